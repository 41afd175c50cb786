/**
 * Navigation: sort moves and seeks (sortapi.cxx ErrIsamSortMove / ErrIsamSortSeek,
 * sort.cxx ErrSORTFirst/Last/Next/Prev/Seek/CheckIndexRange) and table moves and
 * seeks on materialized temp tables (rec.cxx ErrIsamMove / ErrIsamSeek /
 * ErrIsamSetIndexRange, dir.cxx ErrDIRNext/Prev, fucb.cxx ErrFUCBCheckIndexRange).
 */
import {
  JET_errIllegalOperation, JET_errInvalidOperation, JET_errKeyNotMade, JET_errNoCurrentIndex, JET_errNoCurrentRecord,
  JET_errRecordDeleted, JET_errRecordNotFound, JET_wrnSeekNotEqual,
} from '../../../src';
import { Expect, Outcome } from './gates';
import { isLive, seekable } from './tables';
import { MCursor, NAV_UNKNOWN, TRow } from './world';

export type MoveKind = 'first' | 'last' | 'next' | 'prev' | 'zero';
export type SeekKind = 'EQ' | 'GE' | 'GT' | 'LE' | 'LT';

const NCR = JET_errNoCurrentRecord;
const OPEN: Outcome = { code: 'any' };

function outOfRange(c: MCursor, k: number | null): boolean | undefined {
  if (c.range === undefined) return undefined;
  if (c.range === null || k === null) return false;
  return k > c.range.limit || (k === c.range.limit && !c.range.inclusive);
}

/** A move on a sort in its retrieve phase. */
export function sortMove(c: MCursor, kind: MoveKind): Outcome {
  const rows = c.table.sorted;
  const n = rows.length;
  const at = (i: number) => (): void => { c.pos = { t: 'at', i }; };
  if (kind === 'prev' && !seekable(c.table)) return { code: JET_errIllegalOperation };
  if (kind === 'first') return { code: n === 0 ? NCR : 0, then: () => { c.range = null; at(n === 0 ? -1 : 0)(); } };
  if (kind === 'last') return { code: n === 0 ? NCR : 0, then: () => { c.range = null; at(n === 0 ? 0 : n - 1)(); } };
  if (c.pos.t !== 'at') return unknownAfter(c);
  const i = c.pos.i;
  if (kind === 'zero') return { code: i >= 0 && i < n ? 0 : NCR };
  if (kind === 'next') {
    if (i + 1 >= n) return { code: NCR, then: at(n) };
    const out = outOfRange(c, rows[i + 1].k);
    if (out === undefined) return unknownAfter(c);
    if (out) return { code: NCR, then: () => { c.range = null; at(n)(); } };
    return { code: 0, then: at(i + 1) };
  }
  if (i <= 0) return { code: NCR, then: at(-1) };
  const out = outOfRange(c, rows[i - 1].k);
  // The engine checks an upper range moving backwards too; esemu documents that it does not (differences.md).
  if (out !== false) return unknownAfter(c);
  return { code: 0, then: at(i - 1) };
}

/** The rules leave the answer open: position, range and navigation level become unknown. */
function unknownAfter(c: MCursor): Outcome {
  return {
    code: 'any',
    then: () => {
      c.pos = { t: 'unknown' };
      c.range = undefined;
      if (c.table.phase === 'materialized') c.navLevel = NAV_UNKNOWN;
    },
  };
}

function on(c: MCursor, row: TRow): () => void {
  return () => { c.pos = { t: 'on', row }; };
}

/** A move on a materialized temp table (ErrIsamMove); `level` is the session's level (navigation level). */
export function tableMove(c: MCursor, kind: MoveKind, level: number): Outcome {
  const rows = c.table.rows;
  const nav = (): void => { c.navLevel = level; };
  if (kind === 'first' || kind === 'last') {
    const row = kind === 'first' ? rows[0] : rows[rows.length - 1];
    return {
      code: row === undefined ? NCR : 0,
      then: () => {
        nav();
        c.range = null;
        c.pos = row === undefined ? { t: 'unknown' } : { t: 'on', row };
      },
    };
  }
  const pos = c.pos;
  if (pos.t === 'unknown') {
    return { code: 'any', then: () => { if (kind !== 'zero') nav(); } };
  }
  if (kind === 'zero') {
    if (pos.t === 'defer') return rows.length === 0 ? { code: NCR } : { code: 0, then: on(c, rows[0]) };
    if (pos.t !== 'on') return { code: NCR };
    return { code: isLive(c.table, pos.row) ? 0 : [JET_errRecordDeleted, NCR] };
  }
  let from: TRow | 'before' | 'after';
  if (pos.t === 'defer') {
    if (rows.length === 0) return { code: NCR, then: nav };
    from = rows[0];
  } else if (pos.t === 'on') from = pos.row;
  else if (pos.t === 'before' || pos.t === 'after') from = pos.t;
  else return OPEN;
  let target: TRow | undefined;
  if (kind === 'next') {
    if (from === 'after') return { code: NCR, then: nav };
    target = from === 'before' ? rows[0] : rows.find((r) => r.order > from.order);
    if (target === undefined) {
      return { code: NCR, then: () => { nav(); c.pos = from === 'before' ? { t: 'before' } : { t: 'after' }; } };
    }
  } else {
    if (from === 'before') return { code: NCR, then: nav };
    target = from === 'after' ? rows[rows.length - 1] : [...rows].reverse().find((r) => r.order < from.order);
    if (target === undefined) {
      return { code: NCR, then: () => { nav(); c.pos = from === 'after' ? { t: 'after' } : { t: 'before' }; } };
    }
  }
  // dir.cxx ErrDIRNext checks an upper range; ErrDIRPrev checks only a lower one, which the model never sets.
  const out = kind === 'next' ? outOfRange(c, target.k) : false;
  if (out === undefined) return unknownAfter(c);
  const row = target;
  if (out) return { code: NCR, then: () => { nav(); c.range = null; c.pos = { t: 'after' }; } };
  return { code: 0, then: () => { nav(); c.pos = { t: 'on', row }; } };
}

/** JetSeek on a sort in its retrieve phase (the key was made). Never SeekNotEqual. */
export function sortSeek(c: MCursor, kind: SeekKind): Outcome {
  if (!seekable(c.table)) return { code: JET_errIllegalOperation };
  if (c.key === false) return { code: JET_errKeyNotMade };
  if (c.key === undefined || c.range !== null) return unknownAfter(c);
  const key = c.key;
  const rows = c.table.sorted;
  const n = rows.length;
  if (n === 0) return { code: JET_errRecordNotFound };
  const j = rows.findIndex((r) => r.k >= key);
  const found: 'eq' | 'greater' | 'less' = j < 0 ? 'less' : rows[j].k === key ? 'eq' : 'greater';
  const landed = j < 0 ? n - 1 : j;
  let code: Expect = 0;
  let i = landed;
  const prev = (): void => {
    if (landed - 1 >= 0) i = landed - 1;
    else { i = -1; code = JET_errRecordNotFound; }
  };
  switch (kind) {
    case 'EQ': if (found !== 'eq') code = JET_errRecordNotFound; break;
    case 'GE': if (found === 'less') code = JET_errRecordNotFound; break;
    case 'GT':
      if (found === 'less') code = JET_errRecordNotFound;
      else if (found === 'eq') {
        if (landed + 1 < n) i = landed + 1;
        else { i = n; code = JET_errRecordNotFound; }
      }
      break;
    case 'LE': if (found === 'greater') prev(); break;
    case 'LT': if (found !== 'less') prev(); break;
  }
  return { code, then: () => { c.pos = { t: 'at', i }; c.key = false; } };
}

/** JetSeek on a materialized temp table (ErrIsamSeek): resets the index range; a miss leaves currency unknown. */
export function tableSeek(c: MCursor, kind: SeekKind, level: number): Outcome {
  // KeyNotMade comes before the cursor navigates (no navigation level recorded).
  if (c.key === false) return { code: JET_errKeyNotMade };
  if (c.key === undefined || !c.table.indexed) return unknownAfter(c);
  const key = c.key;
  const rows = c.table.rows;
  const exact = rows.find((r) => r.k === key);
  const greater = rows.find((r) => r.k !== null && r.k > key);
  const less = [...rows].reverse().find((r) => r.k !== null && r.k < key);
  let row: TRow | undefined;
  let code: number = 0;
  switch (kind) {
    case 'EQ': row = exact; break;
    case 'GE': row = exact ?? greater; if (exact === undefined) code = JET_wrnSeekNotEqual; break;
    case 'GT': row = greater; break;
    case 'LE': row = exact ?? less; if (exact === undefined) code = JET_wrnSeekNotEqual; break;
    case 'LT': row = less; break;
  }
  const found = row;
  return {
    code: found === undefined ? JET_errRecordNotFound : code,
    then: () => {
      c.prepared = null;
      c.range = null;
      c.navLevel = level;
      c.key = undefined;
      c.pos = found === undefined ? { t: 'unknown' } : { t: 'on', row: found };
    },
  };
}

/** JetSetIndexRange resets the key being made once it got past KeyNotMade (KSReset), whatever it answers. */
function keyConsumed(c: MCursor, o: Outcome): Outcome {
  return { code: o.code, then: (actual) => { o.then?.(actual); c.key = false; } };
}

/** JetSetIndexRange(UpperLimit [| Inclusive]) on a sort in its retrieve phase (ErrIsamSortSetIndexRange). */
export function sortRange(c: MCursor, inclusive: boolean): Outcome {
  if (!seekable(c.table)) return { code: JET_errIllegalOperation };
  if (c.key === false) return { code: JET_errKeyNotMade };
  const rows = c.table.sorted;
  if (c.key === undefined || c.pos.t !== 'at' || c.pos.i < 0 || c.pos.i >= rows.length) return keyConsumed(c, unknownAfter(c));
  const range = { limit: c.key, inclusive };
  const k = rows[c.pos.i].k;
  const out = k > range.limit || (k === range.limit && !inclusive);
  const n = rows.length;
  return {
    code: out ? NCR : 0,
    then: () => {
      c.key = false;
      c.range = out ? null : range;
      if (out) c.pos = { t: 'at', i: n };
    },
  };
}

/** JetSetIndexRange on a materialized temp table. */
export function tableRange(c: MCursor, grbit: 'upper' | 'upperInclusive' | 'remove'): Outcome {
  if (grbit === 'remove') {
    if (c.range === undefined) return unknownAfter(c);
    return c.range === null ? { code: JET_errInvalidOperation } : { code: 0, then: () => { c.range = null; } };
  }
  // A table without a key index has no current index (rec.cxx ErrIsamSetIndexRange, before KeyNotMade).
  if (!c.table.indexed) return { code: JET_errNoCurrentIndex };
  if (c.key === false) return { code: JET_errKeyNotMade };
  if (c.key === undefined) return unknownAfter(c);
  const range = { limit: c.key, inclusive: grbit === 'upperInclusive' };
  const set = (): void => { c.key = false; c.range = range; };
  const rows = c.table.rows;
  const pos = c.pos;
  // Not on a row: NoCurrentRecord, but DIRSetIndexRange already ran, so the range stays (rec.cxx ErrIsamSetIndexRange).
  if (pos.t === 'before' || pos.t === 'after') return { code: NCR, then: set };
  if (pos.t === 'defer' && rows.length === 0) {
    // ErrDIRIIRefresh finds nothing: the cursor stays "deferred move first".
    return { code: NCR, then: set };
  }
  let row: TRow;
  if (pos.t === 'defer') row = rows[0];
  else if (pos.t === 'on' && isLive(c.table, pos.row)) row = pos.row;
  else return keyConsumed(c, unknownAfter(c));
  const k = row.k ?? 0;
  const out = k > range.limit || (k === range.limit && !range.inclusive);
  const current = row;
  return {
    code: out ? NCR : 0,
    then: () => {
      c.key = false;
      c.range = out ? null : range;
      c.pos = out ? { t: 'after' } : { t: 'on', row: current };
    },
  };
}
