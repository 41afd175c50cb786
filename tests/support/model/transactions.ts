/**
 * What ending a transaction level does (tm.cxx ErrIsamRollback 1884-2040 and
 * ErrIsamCommitTransaction, dir.cxx ErrDIRRollback 2212-2460 /
 * ErrDIRCommitTransaction 2097-2190, pib.hxx PIBResetTrxContext).
 */
import { JET_errInstanceUnavailable, JET_errSessionSharingViolation } from '../../../src';
import { addRow, removeRow } from './tables';
import { MCursor, MSession, NAV_UNKNOWN, TRow, UndoEntry, World } from './world';

/** FPIBCheckTrxContext (pib.hxx:1441-1466). */
export function owns(s: MSession, thread: number): boolean {
  if (s.owner.byContext) return s.owner.value === s.context && s.contextThread === thread;
  return s.owner.value === thread;
}

/** Level-0 begin: the owner is the session context if one is set, else the thread (PIBSetTrxContext). */
export function beginLevel(s: MSession, thread: number, readOnly: boolean): void {
  if (s.level === 0) {
    s.owner = s.context !== 0 ? { byContext: true, value: s.context } : { byContext: false, value: thread };
    s.trxContextInfo = s.owner.value;
    s.readOnly = readOnly;
    s.inst.trxSeq += 1;
    s.trx = { seq: s.inst.trxSeq };
  }
  s.level += 1;
  s.undo.push([]);
}

/** Back at level 0: trxBegin0 reset, read-only flag cleared; only a thread-owned trx context is cleared. */
function endTrx(s: MSession): void {
  s.readOnly = false;
  s.trx = null;
  if (!s.owner.byContext) s.trxContextInfo = 0;
}

/** Commit one level: cursors, prepared updates and versions move down with it. */
export function commitLevel(s: MSession): void {
  const to = s.level - 1;
  for (const c of s.cursors) {
    c.levelOpen = Math.min(c.levelOpen, to);
    if (c.navLevel !== NAV_UNKNOWN) c.navLevel = Math.min(c.navLevel, to);
    if (c.prepared !== null && c.prepared.level > to) c.prepared.level = to;
  }
  const entries = s.undo.pop() ?? [];
  if (to > 0) s.undo[to - 1].push(...entries);
  s.level = to;
  if (to === 0) endTrx(s);
}

/** Loop 1 of ErrIsamRollback: cancel updates prepared at this level, close cursors opened above the target. */
export function closeAbove(w: World, s: MSession): void {
  const target = s.level - 1;
  for (const c of [...s.cursors]) {
    if (c.prepared !== null && c.prepared.level > target) c.prepared = null;
    if (c.levelOpen > target) w.dropCursor(c);
  }
}

/** One level's rollback after the ownership and sticky-failure checks; `fault` is the undo's failure, if any. */
function undoOneLevel(w: World, s: MSession, fault: number | undefined): number {
  const level = s.level;
  for (const c of s.cursors) {
    // Sort moves never record a navigation level (it stays 0), so only table cursors are reset.
    if (c.table.phase === 'materialized' && c.navLevel === NAV_UNKNOWN) c.pos = { t: 'unknown' };
    if (c.table.phase === 'materialized' && c.navLevel === level) {
      c.navLevel = level - 1;
      c.pos = { t: 'before' };
    }
  }
  if (fault !== undefined) {
    // An undo failing with a fatal error makes the failure sticky and the instance unavailable (ver.cxx:7350-7431).
    s.rollbackFailure = fault;
    s.inst.unavailable = JET_errInstanceUnavailable;
    return fault;
  }
  const entries = s.undo.pop() ?? [];
  const touched = new Set<TRow>();
  for (const e of [...entries].reverse()) applyUndo(e, touched);
  for (const c of s.cursors) if (c.pos.t === 'on' && touched.has(c.pos.row)) c.pos = { t: 'unknown' };
  s.level = level - 1;
  if (s.level === 0) endTrx(s);
  return 0;
}

function applyUndo(e: UndoEntry, touched: Set<TRow>): void {
  if (!e.table.alive) return;
  touched.add(e.row);
  if (e.op === 'insert') removeRow(e.table, e.row);
  else if (e.op === 'delete') addRow(e.table, e.row);
  else {
    e.row.k = e.k;
    e.row.d = e.d;
    if (e.dCands === undefined) delete e.row.dCands;
    else e.row.dCands = [...e.dCands];
  }
}

/**
 * Roll back one level or all (JetRollback, and the rollback inside JetEndSession with `step` set to
 * its fault point). Returns the code; levels already undone stay undone.
 */
export function rollback(w: World, s: MSession, all: boolean, step: string, thread: number): number {
  do {
    closeAbove(w, s);
    if (!owns(s, thread)) return JET_errSessionSharingViolation;
    if (s.rollbackFailure !== 0) return s.rollbackFailure;
    const code = undoOneLevel(w, s, w.faults.hit(step));
    if (code !== 0) return code;
  } while (all && s.level > 0);
  return 0;
}

/** Record a versioned change of a materialized temp table made at the session's level. */
export function recordUndo(s: MSession, e: UndoEntry): void {
  if (s.level === 0 || s.inst.params.versioning === 0) return;
  s.undo[s.level - 1].push(e);
}

export function cursorsNewestFirst(s: MSession): MCursor[] {
  return [...s.cursors].sort((a, b) => b.seq - a.seq);
}
