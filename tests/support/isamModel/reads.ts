/**
 * The read commands: a full scan of an index (JetMove First / Next, or Last / Previous, retrieving k, v and s),
 * a JetSeek EQ or GE (wrnSeekNotEqual when GE lands on a greater key; a failed seek leaves no current record), and
 * an index range (JetSeek GE on lo, then JetSetIndexRange(JET_bitRangeUpperLimit | JET_bitRangeInclusive) on hi,
 * then JetMove Next until NoCurrentRecord). The model predicts every code and the exact records, in index order
 * (byV orders equal v by primary key).
 */
import {
  JET_bitRangeInclusive, JET_bitRangeUpperLimit, JET_bitSeekEQ, JET_bitSeekGE, JET_errNoCurrentRecord,
  JET_errSuccess, JET_MoveFirst, JET_MoveLast, JET_MoveNext, JET_MovePrevious,
} from '../../../src';
import type { JET_TABLEID } from '../../../src';
import type { Cmd } from './commands';
import { KEYS } from './commands';
import { Ctx } from './context';
import { Model } from './model';
import type { IndexName } from './model';
import type { Rec } from './store';

/** More records than the table can hold: a read that goes on this long is a divergence already. */
const CAP = KEYS + 2;

/** From the record a move or seek answering `first` landed on: read it, move with dir, and so on. */
function walk(c: Ctx, i: number, tableid: JET_TABLEID, expected: readonly Rec[], first: number, dir: number,
  what: string): Rec[] {
  const got: Rec[] = [];
  const move = `${what} JetMove(${dir === JET_MoveNext ? 'Next' : 'Previous'})`;
  for (let rc = first; rc === JET_errSuccess && got.length <= CAP;) {
    got.push(c.readRec(i, tableid, what));
    rc = c.es.api.JetMove(c.ses(i).ses, tableid, dir, 0);
    c.check.code(move, got.length < expected.length ? JET_errSuccess : JET_errNoCurrentRecord, rc, false);
  }
  return got;
}

export function scan(c: Ctx, i: number, cmd: Extract<Cmd, { t: 'scan' }>): void {
  const tableid = c.ses(i).readers[cmd.ix];
  const all = c.model.records(i, cmd.ix);
  const expected = cmd.reverse ? [...all].reverse() : all;
  const what = `scan ${cmd.ix}`;
  const rc = c.es.api.JetMove(c.ses(i).ses, tableid, cmd.reverse ? JET_MoveLast : JET_MoveFirst, 0);
  const code = expected.length > 0 ? JET_errSuccess : JET_errNoCurrentRecord;
  c.check.code(`${what} JetMove(${cmd.reverse ? 'Last' : 'First'})`, code, rc);
  const got = walk(c, i, tableid, expected, rc, cmd.reverse ? JET_MovePrevious : JET_MoveNext, what);
  c.check.recs(what, expected, got);
}

/** MakeKey + JetSeek; then the record it landed on, or NoCurrentRecord from a retrieve. Returns the record. */
function seekOn(c: Ctx, i: number, ix: IndexName, key: number, ge: boolean, what: string): Rec | null {
  const tableid = c.ses(i).readers[ix];
  const p = c.model.seek(i, ix, key, ge);
  c.makeKey(i, tableid, key, what);
  const rc = c.es.api.JetSeek(c.ses(i).ses, tableid, ge ? JET_bitSeekGE : JET_bitSeekEQ);
  c.check.code(`${what} JetSeek(${ge ? 'GE' : 'EQ'} ${key})`, p.code, rc);
  if (p.rec === null) {
    c.retrieveInt(i, tableid, c.es.cols.k, `${what} JetRetrieveColumn(k)`, JET_errNoCurrentRecord);
    return null;
  }
  const got = c.readRec(i, tableid, what);
  c.check.recs(what, [p.rec], [got]);
  return got;
}

export function seek(c: Ctx, i: number, cmd: Extract<Cmd, { t: 'seek' }>): void {
  seekOn(c, i, cmd.ix, cmd.key, cmd.ge, `seek ${cmd.ix}`);
}

export function range(c: Ctx, i: number, cmd: Extract<Cmd, { t: 'range' }>): void {
  const what = `range ${cmd.ix} ${cmd.lo}..${cmd.hi}`;
  const start = seekOn(c, i, cmd.ix, cmd.lo, true, what);
  if (start === null) return;
  const tableid = c.ses(i).readers[cmd.ix];
  c.makeKey(i, tableid, cmd.hi, what);
  const inside = Model.keyOf(start, cmd.ix) <= cmd.hi;
  const rc = c.es.api.JetSetIndexRange(c.ses(i).ses, tableid, JET_bitRangeUpperLimit | JET_bitRangeInclusive);
  c.check.code(`${what} JetSetIndexRange(UpperLimit|Inclusive ${cmd.hi})`, inside ? JET_errSuccess : JET_errNoCurrentRecord, rc);
  if (!inside) return;
  const expected = c.model.records(i, cmd.ix).filter((r) => {
    const key = Model.keyOf(r, cmd.ix);
    return key >= cmd.lo && key <= cmd.hi;
  });
  const got = walk(c, i, tableid, expected, JET_errSuccess, JET_MoveNext, what);
  c.check.recs(what, expected, got);
}
