import {
  JET_errIllegalOperation, JET_errInvalidGrbit, JET_errInvalidOperation, JET_errInvalidParameter,
  JET_errNoCurrentIndex, JET_errNoCurrentRecord, JET_errRecordNotFound, JET_errSuccess, JET_wrnSeekNotEqual,
} from '../constants/errors';
import type { Engine } from './engine';
import { fail } from '../storage/failure';
import { Row } from '../storage/rows';
import { At, Cursor, enter, IndexRange, land, leaveInsertPhase, store } from './cursor';
import { beyond, outOfRange, step } from './cursorMove';

const SEEK = { EQ: 0x1, LT: 0x2, LE: 0x4, GE: 0x8, GT: 0x10, SetIndexRange: 0x20 } as const;
const RANGE = { Inclusive: 0x1, UpperLimit: 0x2, InstantDuration: 0x4, Remove: 0x8 } as const;

// ---- keys, seeks, ranges ------------------------------------------------------------------------

export function makeKey(engine: Engine, cursor: Cursor, data: Uint8Array | null, grbit: number): void {
  cursor.key.make(enter(engine, cursor), data, grbit);
}

function madeKey(cursor: Cursor): string {
  return cursor.key.made();
}

export function seek(engine: Engine, cursor: Cursor, grbit: number): number {
  const table = enter(engine, cursor);
  const how = grbit & (SEEK.EQ | SEEK.LT | SEEK.LE | SEEK.GE | SEEK.GT);
  if ((grbit & ~(how | SEEK.SetIndexRange)) !== 0 || (how & (how - 1)) !== 0) fail(JET_errInvalidGrbit);
  if (how === 0) fail(JET_errInvalidParameter);
  // ErrTTSortInsSeek: the seek that ends the insert phase finds nothing in an empty sort before any other check.
  leaveInsertPhase(engine, cursor, JET_errRecordNotFound);
  if (table.phase === 'retrieve') return seekSort(cursor, how);
  return seekTable(cursor, how, (grbit & SEEK.SetIndexRange) !== 0);
}

/** Seek in a sort being read back: no SeekNotEqual warning, and a miss may leave the cursor on a row. */
function seekSort(cursor: Cursor, how: number): number {
  if (!cursor.table.seekable) fail(JET_errIllegalOperation);
  const key = madeKey(cursor);
  cursor.key.inProgress = false;
  const rows = store(cursor.table);
  const ge = rows.ceiling(key);
  if (ge === undefined) {
    land(cursor, rows.last(), At.Before);
    if (how === SEEK.LE || how === SEEK.LT) {
      if (cursor.at !== At.On) fail(JET_errRecordNotFound);
      return JET_errSuccess;
    }
    fail(JET_errRecordNotFound);
  }
  land(cursor, ge, At.Before);
  const exact = ge.norm === key;
  switch (how) {
    case SEEK.EQ:
      if (!exact) fail(JET_errRecordNotFound);
      return JET_errSuccess;
    case SEEK.GE:
      return JET_errSuccess;
    case SEEK.GT:
      if (exact && !step(cursor, true, true)) fail(JET_errRecordNotFound);
      return JET_errSuccess;
    case SEEK.LE:
      if (!exact && !step(cursor, false, false)) fail(JET_errRecordNotFound);
      return JET_errSuccess;
    default:
      if (!step(cursor, false, false)) fail(JET_errRecordNotFound);
      return JET_errSuccess;
  }
}

/** Seek in a materialized temp table (the ordinary B-tree seek). */
function seekTable(cursor: Cursor, how: number, setRange: boolean): number {
  // rec.cxx ErrIsamSeek: KeyNotMade before anything changes; then the prepared update and the range go.
  const key = madeKey(cursor);
  cursor.key.inProgress = false;
  cursor.update = null;
  cursor.range = null;
  cursor.navLevel = cursor.session.level;
  const rows = store(cursor.table);
  let row: Row | undefined;
  let code = JET_errSuccess;
  switch (how) {
    case SEEK.EQ:
      row = rows.get(key);
      break;
    case SEEK.GE:
      row = rows.ceiling(key);
      if (row !== undefined && row.key !== key) code = JET_wrnSeekNotEqual;
      break;
    case SEEK.GT:
      row = rows.ceiling(key);
      if (row !== undefined && row.key === key) row = rows.next(key, null);
      break;
    case SEEK.LE:
      row = rows.floor(key);
      if (row !== undefined && row.key !== key) code = JET_wrnSeekNotEqual;
      break;
    default:
      row = rows.prev(key, null);
  }
  if (!land(cursor, row, At.Before)) fail(JET_errRecordNotFound);
  if (setRange && how === SEEK.EQ) cursor.range = { limit: key, upper: true, inclusive: true };
  return code;
}

export function setIndexRange(engine: Engine, cursor: Cursor, grbit: number): void {
  const table = enter(engine, cursor);
  if ((grbit & ~(RANGE.Inclusive | RANGE.UpperLimit | RANGE.InstantDuration | RANGE.Remove)) !== 0) fail(JET_errInvalidGrbit);
  if (table.phase === 'insert') fail(JET_errIllegalOperation);
  if (table.phase === 'retrieve') {
    if (!table.seekable) fail(JET_errIllegalOperation);
  } else {
    if ((grbit & RANGE.Remove) !== 0) {
      if (cursor.range === null) fail(JET_errInvalidOperation);
      cursor.range = null;
      return;
    }
    // rec.cxx ErrIsamSetIndexRange: a table without a key index has no current index (checked before the key).
    if (!table.indexed) fail(JET_errNoCurrentIndex);
  }
  const limit = madeKey(cursor);
  cursor.key.inProgress = false;
  const range: IndexRange = { limit, upper: (grbit & RANGE.UpperLimit) !== 0, inclusive: (grbit & RANGE.Inclusive) !== 0 };
  cursor.range = range;
  if (table.phase === 'retrieve') {
    // A sort checks the last row it loaded, wherever the cursor is (sortapi.cxx ErrIsamSortSetIndexRange,
    // ErrSORTCheckIndexRange on kdfCurr; none loaded is an empty key): outside, the range goes and the cursor moves
    // after the last row for an upper range, before the first for a lower one; inside, it stays where it is.
    const out = beyond(range, cursor.loaded === null ? '' : cursor.loaded.norm);
    if (out || (grbit & RANGE.InstantDuration) !== 0) cursor.range = null;
    if (out) {
      land(cursor, undefined, range.upper ? At.After : At.Before);
      fail(JET_errNoCurrentRecord);
    }
    return;
  }
  // dir.cxx ErrDIRCheckIndexRange: a deferred move-first is resolved first (it stays deferred on an empty table).
  if (cursor.at === At.DeferredFirst) land(cursor, store(table).first(), At.DeferredFirst);
  const row = cursor.at === At.On ? cursor.row : null;
  if (row !== null && outOfRange(cursor, row, range.upper)) {
    // On a row outside the range: the range goes and the cursor moves past its end (fucb.cxx ErrFUCBCheckIndexRange).
    cursor.range = null;
    land(cursor, undefined, range.upper ? At.After : At.Before);
    fail(JET_errNoCurrentRecord);
  }
  // An instant-duration range is removed whatever the check answered.
  if ((grbit & RANGE.InstantDuration) !== 0) cursor.range = null;
  // Not on a row: NoCurrentRecord, but the range stays set and the cursor stays where it is.
  if (row === null) fail(JET_errNoCurrentRecord);
}
