import {
  JET_errIllegalOperation, JET_errInvalidBufferSize, JET_errInvalidGrbit, JET_errInvalidOperation,
  JET_errInvalidParameter, JET_errKeyIsMade, JET_errKeyNotMade, JET_errNoCurrentIndex, JET_errNoCurrentRecord,
  JET_errRecordNotFound, JET_errSuccess, JET_wrnSeekNotEqual,
} from '../constants/errors';
import { Column } from '../catalog/columns';
import type { Engine } from './engine';
import { fail } from '../storage/failure';
import { applyLimit, KeyLimit, keyFromBytes } from '../storage/keys';
import { Row } from '../storage/rows';
import { At, Cursor, EMPTY_BYTES, enter, IndexRange, land, leaveInsertPhase, store } from './cursor';
import { outOfRange, step } from './cursorMove';

const KEY = { NewKey: 0x1, StrLimit: 0x2, SubStrLimit: 0x4, NormalizedKey: 0x8, DataZeroLength: 0x10 } as const;
const FULL_START = 0x100;
const FULL_END = 0x200;
const PARTIAL_START = 0x400;
const PARTIAL_END = 0x800;
const SEEK = { EQ: 0x1, LT: 0x2, LE: 0x4, GE: 0x8, GT: 0x10, SetIndexRange: 0x20 } as const;
const RANGE = { Inclusive: 0x1, UpperLimit: 0x2, InstantDuration: 0x4, Remove: 0x8 } as const;

// ---- keys, seeks, ranges ------------------------------------------------------------------------

/** The limit asked for, as the engine reads the bits (fldnorm.cxx): the limit options first, then SubStrLimit on text, then StrLimit. */
function limitOf(grbit: number, col: Column): KeyLimit {
  const limits = grbit & (FULL_START | FULL_END | PARTIAL_START | PARTIAL_END);
  if ((limits & (limits - 1)) !== 0) fail(JET_errInvalidGrbit);
  if (limits === FULL_START) return 'start';
  if (limits === FULL_END) return 'fullEnd';
  if (limits === PARTIAL_START) return 'partialStart';
  if (limits === PARTIAL_END) return 'partialEnd';
  if ((grbit & KEY.SubStrLimit) !== 0 && col.isText) return 'subStr';
  if ((grbit & KEY.StrLimit) !== 0) return 'str';
  return 'none';
}

export function makeKey(engine: Engine, cursor: Cursor, data: Uint8Array | null, grbit: number): void {
  const table = enter(engine, cursor);
  const keyMost = table.keyMost;
  if ((grbit & KEY.NormalizedKey) !== 0) {
    const length = data === null ? 0 : data.length;
    if (length > keyMost + 1 && length > 255) fail(JET_errInvalidParameter);
    cursor.keyBytes = data === null ? [] : Array.from(data.subarray(0, keyMost + 1));
    cursor.keySegments = Math.max(1, table.keyColumns.length);
    cursor.keyInProgress = true;
    cursor.keyEverMade = true;
    cursor.keyIsLimit = length > keyMost;
    return;
  }
  if (!table.indexed) fail(JET_errNoCurrentIndex);
  if ((grbit & KEY.NewKey) !== 0) {
    cursor.keyBytes = [];
    cursor.keySegments = 0;
    cursor.keyIsLimit = false;
    cursor.keyInProgress = false;
  } else {
    if (cursor.keyIsLimit) fail(JET_errKeyIsMade);
    if (!cursor.keyInProgress) fail(JET_errKeyNotMade);
  }
  if (cursor.keySegments >= table.keyColumns.length) fail(JET_errKeyIsMade);
  const col: Column = table.keyColumns[cursor.keySegments];
  // The engine's order: a wrong size for a fixed column, then the limit bits, then zero-length data.
  let value: Uint8Array | null = null;
  if (data !== null && data.length > 0) {
    if (col.fixedSize !== 0 && data.length !== col.fixedSize) fail(JET_errInvalidBufferSize);
    value = data;
  }
  const limit = limitOf(grbit, col);
  const variable = col.fixedSize === 0;
  if ((limit === 'partialStart' || limit === 'partialEnd') && !variable) fail(JET_errInvalidGrbit);
  if (value === null && (grbit & KEY.DataZeroLength) !== 0) {
    if (col.fixedSize !== 0) fail(JET_errInvalidBufferSize);
    value = EMPTY_BYTES;
  }
  const bytes = cursor.keyBytes;
  if (bytes.length < keyMost) {
    const segStart = bytes.length;
    table.appendKeySegment(bytes, col, value ?? EMPTY_BYTES, 0, value === null ? -1 : value.length);
    if (bytes.length > keyMost) bytes.length = keyMost;
    if (applyLimit(bytes, segStart, col, limit, keyMost, value === null ? -1 : value.length)) cursor.keyIsLimit = true;
  }
  if (bytes.length > keyMost + 1) bytes.length = keyMost + 1;
  cursor.keySegments += 1;
  cursor.keyInProgress = true;
  cursor.keyEverMade = true;
}

function madeKey(cursor: Cursor): string {
  if (!cursor.keyInProgress) fail(JET_errKeyNotMade);
  return keyFromBytes(cursor.keyBytes);
}

export function seek(engine: Engine, cursor: Cursor, grbit: number): number {
  const table = enter(engine, cursor);
  const how = grbit & (SEEK.EQ | SEEK.LT | SEEK.LE | SEEK.GE | SEEK.GT);
  if ((grbit & ~(how | SEEK.SetIndexRange)) !== 0 || (how & (how - 1)) !== 0) fail(JET_errInvalidGrbit);
  if (how === 0) fail(JET_errInvalidParameter);
  const endsInsertPhase = table.phase === 'insert';
  leaveInsertPhase(engine, cursor);
  // The seek that ends the insert phase finds nothing in an empty sort before any other check.
  if (endsInsertPhase && store(table).size === 0) fail(JET_errRecordNotFound);
  cursor.navLevel = cursor.session.level;
  if (table.phase === 'retrieve') return seekSort(cursor, how);
  return seekTable(cursor, how, (grbit & SEEK.SetIndexRange) !== 0);
}

/** Seek in a sort being read back: no SeekNotEqual warning, and a miss may leave the cursor on a row. */
function seekSort(cursor: Cursor, how: number): number {
  if (!cursor.table.seekable) fail(JET_errIllegalOperation);
  const key = madeKey(cursor);
  cursor.keyInProgress = false;
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
  const key = madeKey(cursor);
  cursor.keyInProgress = false;
  cursor.range = null;
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
  } else if ((grbit & RANGE.Remove) !== 0) {
    if (cursor.range === null) fail(JET_errInvalidOperation);
    cursor.range = null;
    return;
  }
  const limit = madeKey(cursor);
  cursor.keyInProgress = false;
  const range: IndexRange = { limit, upper: (grbit & RANGE.UpperLimit) !== 0, inclusive: (grbit & RANGE.Inclusive) !== 0 };
  cursor.range = range;
  const row = cursor.at === At.On ? cursor.row : null;
  if (row === null || outOfRange(cursor, row, range.upper)) {
    cursor.range = null;
    land(cursor, undefined, range.upper ? At.After : At.Before);
    fail(JET_errNoCurrentRecord);
  }
  if ((grbit & RANGE.InstantDuration) !== 0) cursor.range = null;
}
