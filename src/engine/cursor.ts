import {
  JET_errAlreadyPrepared, JET_errBufferTooSmall, JET_errIllegalOperation, JET_errInvalidBookmark,
  JET_errInvalidBufferSize, JET_errInvalidGrbit, JET_errInvalidOperation, JET_errInvalidParameter, JET_errKeyIsMade,
  JET_errKeyNotMade, JET_errNoCurrentIndex, JET_errNoCurrentRecord, JET_errNotInTransaction, JET_errOutOfCursors,
  JET_errRecordDeleted, JET_errRecordNotFound, JET_errRecordPrimaryChanged, JET_errSuccess, JET_errUpdateNotPrepared,
  JET_wrnSeekNotEqual,
} from '../constants/errors';
import * as C from '../constants/constants';
import { Column, findColumn } from './columns';
import { Engine } from './engine';
import { fail } from './failure';
import { enterSession } from './gates';
import { newHandle } from './handles';
import { applyLimit, KeyLimit, keyFromBytes, keyToBytes } from './keys';
import { PARAM } from './params';
import { CopyBuffer, copyField, copyPackedField, PackedRecord } from './record';
import { Row, SortedRows, TreeRows } from './rows';
import type { Session } from './session';
import { endInsert, insertRow, releaseSortSlot, TempTable, versioned } from './tempTable';

/** Cursor position: before the first row, on a row, after the last row, or "move to first when first used". */
export const At = { Before: 0, On: 1, After: 2, DeferredFirst: 3 } as const;
export type At = (typeof At)[keyof typeof At];

export const PREP = {
  Insert: C.JET_prepInsert, Replace: C.JET_prepReplace, Cancel: C.JET_prepCancel, ReplaceNoLock: C.JET_prepReplaceNoLock,
  InsertCopy: C.JET_prepInsertCopy, InsertCopyDeleteOriginal: C.JET_prepInsertCopyDeleteOriginal,
  ReadOnlyCopy: C.JET_prepReadOnlyCopy, InsertCopyReplaceOriginal: C.JET_prepInsertCopyReplaceOriginal,
  InsertMustSetAutoIncrement: C.JET_prepInsertMustSetAutoIncrement,
} as const;

/** An empty byte array: JetUpdate's bookmark while a sort still collects rows, and the data of empty values. */
const EMPTY_BYTES = new Uint8Array(0);
const KNOWN_PREPS: ReadonlySet<number> = new Set(Object.values(PREP));

export const MOVE_FIRST = -0x80000000;
export const MOVE_LAST = 0x7fffffff;
const MOVE_KEY_NE = 0x1;
const SET_ZERO_LENGTH = 0x20;
const APPEND_LV = 0x1;
const RETRIEVE_COPY = 0x1;
const KEY = { NewKey: 0x1, StrLimit: 0x2, SubStrLimit: 0x4, NormalizedKey: 0x8, DataZeroLength: 0x10 } as const;
const FULL_START = 0x100;
const FULL_END = 0x200;
const PARTIAL_START = 0x400;
const PARTIAL_END = 0x800;
const SEEK = { EQ: 0x1, LT: 0x2, LE: 0x4, GE: 0x8, GT: 0x10, SetIndexRange: 0x20 } as const;
const RANGE = { Inclusive: 0x1, UpperLimit: 0x2, InstantDuration: 0x4, Remove: 0x8 } as const;

interface PreparedUpdate {
  prep: number;
  level: number;
  /** The copy buffer: the values being prepared (the cursor's, reused between updates). */
  values: CopyBuffer;
  /** Storage key of the record a replace / copy started from. */
  original: Row | null;
}

interface IndexRange {
  limit: string;
  upper: boolean;
  inclusive: boolean;
}

export class Cursor {
  readonly handle = newHandle();
  /** Level the cursor was opened at (lowered by commits); rollback of a higher level closes it. */
  levelOpen: number;
  /** Level of the cursor's last navigation; rollback of that level puts it before the first row. */
  navLevel: number;
  at: At = At.DeferredFirst;
  /** The row the cursor is on (it may have been deleted since). */
  row: Row | null = null;
  /** Key being built by JetMakeKey. */
  keyBytes: number[] = [];
  keySegments = 0;
  keyInProgress = false;
  keyIsLimit = false;
  keyEverMade = false;
  update: PreparedUpdate | null = null;
  /** The update record and copy buffer, kept between updates so preparing one allocates nothing. */
  private spare: PreparedUpdate | null = null;
  range: IndexRange | null = null;
  closed = false;

  constructor(readonly session: Session, readonly table: TempTable) {
    this.levelOpen = session.level;
    this.navLevel = session.level;
  }

  /** A new prepared update with an empty copy buffer (install it as `update`). */
  prepare(prep: number, level: number, original: Row | null): PreparedUpdate {
    let u = this.spare;
    if (u === null) {
      u = { prep, level, values: new CopyBuffer(this.table.columns.length), original };
      this.spare = u;
    } else {
      u.prep = prep;
      u.level = level;
      u.original = original;
      u.values.clear();
    }
    return u;
  }
}

export function newCursor(engine: Engine, ses: Session, table: TempTable): Cursor {
  const cursor = new Cursor(ses, table);
  table.cursors.add(cursor);
  ses.cursors.add(cursor);
  ses.instance.cursorCount += 1;
  engine.cursors.set(cursor.handle, cursor);
  return cursor;
}

/** Close a cursor: its tableid is dead for good; the last cursor of a temp table deletes it. */
export function closeCursor(engine: Engine, cursor: Cursor): void {
  if (cursor.closed) return;
  cursor.closed = true;
  cursor.update = null;
  const ses = cursor.session;
  ses.cursors.delete(cursor);
  ses.instance.cursorCount -= 1;
  engine.cursors.delete(cursor.handle);
  cursor.table.cursors.delete(cursor);
  if (cursor.table.cursors.size === 0) releaseSortSlot(cursor.table);
}

export function closeTable(engine: Engine, cursor: Cursor): void {
  enterSession(engine, cursor.session, true);
  closeCursor(engine, cursor);
}

// ---- transactions -------------------------------------------------------------------------------

/** Commit to `level`: everything the session's cursors did in the committed level now belongs to `level`. */
export function cursorsAfterCommit(ses: Session, level: number): void {
  for (const c of ses.cursors) {
    if (c.levelOpen > level) c.levelOpen = level;
    if (c.navLevel > level) c.navLevel = level;
    if (c.update !== null && c.update.level > level) c.update.level = level;
  }
}

/** Rollback to `target`, first step: cancel updates prepared above it and close cursors opened above it. */
export function cursorsBeforeRollback(engine: Engine, ses: Session, target: number): void {
  for (const c of ses.cursors) {
    if (c.update !== null && c.update.level > target) c.update = null;
    if (c.levelOpen > target) closeCursor(engine, c);
  }
}

/** Rollback to `target`, after the checks: cursors that navigated in the level go before the first row. */
export function cursorsAfterRollback(ses: Session, target: number): void {
  for (const c of ses.cursors) {
    if (c.navLevel > target) {
      c.navLevel = target;
      c.at = At.Before;
      c.row = null;
    }
  }
}

// ---- phases -------------------------------------------------------------------------------------

function enter(engine: Engine, cursor: Cursor): TempTable {
  enterSession(engine, cursor.session, false);
  if (cursor.table.phase === 'broken') fail(JET_errIllegalOperation);
  return cursor.table;
}

/** First Move / Seek of a sort: cancel a pending insert, sort, and start reading from the first row. */
function leaveInsertPhase(engine: Engine, cursor: Cursor): void {
  const table = cursor.table;
  if (table.phase !== 'insert') return;
  cursor.update = null;
  try {
    engine.faults.check('Sort.endInsert');
    endInsert(table);
  } catch (failure) {
    // Only JetCloseTable works now; the sort keeps its slot until then (sortapi.cxx ErrTTEndInsert).
    table.phase = 'broken';
    throw failure;
  }
  cursor.at = At.DeferredFirst;
  cursor.row = null;
}

function requireReadable(table: TempTable): void {
  if (table.phase === 'insert') fail(JET_errIllegalOperation);
}

function store(table: TempTable) {
  return table.store as NonNullable<TempTable['store']>;
}

/** The row under the cursor (resolving a deferred move-first). */
function currentRow(cursor: Cursor): Row {
  if (cursor.at === At.DeferredFirst) land(cursor, store(cursor.table).first(), At.Before);
  if (cursor.at !== At.On || cursor.row === null) fail(JET_errNoCurrentRecord);
  if (cursor.table.phase === 'materialized' && store(cursor.table).get(cursor.row.key) !== cursor.row) {
    fail(JET_errRecordDeleted);
  }
  return cursor.row;
}

function land(cursor: Cursor, row: Row | undefined, otherwise: At): boolean {
  if (row === undefined) {
    cursor.at = otherwise;
    cursor.row = null;
    return false;
  }
  cursor.at = At.On;
  cursor.row = row;
  return true;
}

// ---- updates ------------------------------------------------------------------------------------

export function prepareUpdate(engine: Engine, cursor: Cursor, prep: number): void {
  const table = enter(engine, cursor);
  if (table.phase === 'retrieve') fail(JET_errIllegalOperation);
  if (prep === PREP.Cancel) {
    if (cursor.update === null) fail(JET_errUpdateNotPrepared);
    cursor.update = null;
    return;
  }
  if (!KNOWN_PREPS.has(prep)) fail(JET_errInvalidParameter);
  if (table.phase === 'insert' && prep !== PREP.Insert) fail(JET_errIllegalOperation);
  if (cursor.update !== null) fail(JET_errAlreadyPrepared);
  const level = cursor.session.level;
  if (prep === PREP.Insert) {
    cursor.update = cursor.prepare(prep, level, null);
    return;
  }
  if (prep === PREP.InsertMustSetAutoIncrement) fail(JET_errIllegalOperation);
  if (prep === PREP.ReadOnlyCopy && level === 0) fail(JET_errNotInTransaction);
  const row = currentRow(cursor);
  cursor.update = cursor.prepare(prep, level, row);
  cursor.update.values.load(fields(table, row));
}

function preparedUpdate(engine: Engine, cursor: Cursor): PreparedUpdate {
  const table = enter(engine, cursor);
  if (table.phase === 'retrieve') fail(JET_errIllegalOperation);
  if (cursor.update === null) fail(JET_errUpdateNotPrepared);
  return cursor.update;
}

export function setColumn(engine: Engine, cursor: Cursor, columnid: number, data: Uint8Array | null, grbit: number): void {
  const update = preparedUpdate(engine, cursor);
  const col = findColumn(cursor.table.byId, columnid);
  const values = update.values;
  const i = col.index;
  if (data !== null && data.length > 0 && (grbit & APPEND_LV) !== 0 && col.isLong) {
    col.checkLength(Math.max(values.lengthOf(i), 0) + data.length);
    values.append(i, data, data.length);
    return;
  }
  const len = data !== null && data.length > 0 ? data.length : (grbit & SET_ZERO_LENGTH) !== 0 ? 0 : -1;
  col.checkLength(len);
  values.write(i, data ?? EMPTY_BYTES, 0, len);
}

/** A stored row's values, for reading. */
function fields(table: TempTable, row: Row): PackedRecord {
  return new PackedRecord(row.rec, row.at, table.columns.length);
}

/** JetUpdate: returns the new or replaced record's bookmark (empty while a sort is still collecting). */
export function update(engine: Engine, cursor: Cursor): Uint8Array {
  const upd = preparedUpdate(engine, cursor);
  const table = cursor.table;
  if (upd.prep === PREP.ReadOnlyCopy) fail(JET_errUpdateNotPrepared);
  if (upd.prep === PREP.Replace || upd.prep === PREP.ReplaceNoLock) {
    const row = upd.original as Row;
    const tree = store(table) as TreeRows;
    if (tree.get(row.key) !== row) fail(JET_errRecordDeleted);
    if (table.indexed && table.keyOf(upd.values) !== row.norm) fail(JET_errRecordPrimaryChanged);
    const before = row.rec;
    const beforeAt = row.at;
    row.rec = upd.values.pack();
    row.at = 0;
    versioned(table, () => {
      row.rec = before;
      row.at = beforeAt;
    });
    cursor.update = null;
    return bookmarkOf(table, row);
  }
  const row = insertRow(table, upd.values);
  const original = upd.original;
  if (original !== null && (upd.prep === PREP.InsertCopyDeleteOriginal || upd.prep === PREP.InsertCopyReplaceOriginal)) {
    removeRow(table, original);
  }
  cursor.update = null;
  return row === null ? EMPTY_BYTES : bookmarkOf(table, row);
}

function removeRow(table: TempTable, row: Row): void {
  const tree = store(table) as TreeRows;
  if (tree.get(row.key) !== row) return;
  tree.delete(row.key);
  versioned(table, () => tree.insert(row));
}

export function deleteRow(engine: Engine, cursor: Cursor): void {
  const table = enter(engine, cursor);
  if (table.phase !== 'materialized') fail(JET_errIllegalOperation);
  if (cursor.update !== null) {
    if (cursor.update.prep === PREP.InsertCopyDeleteOriginal) fail(JET_errAlreadyPrepared);
    cursor.update = null;
  }
  removeRow(table, currentRow(cursor));
}

// ---- reading ------------------------------------------------------------------------------------

/**
 * JetRetrieveColumn: copy the value into `dest` (at most `room` bytes) and
 * return its full length, or -1 when the column is NULL.
 */
export function retrieveColumn(engine: Engine, cursor: Cursor, columnid: number, grbit: number, dest: Uint8Array | null, room: number): number {
  const table = enter(engine, cursor);
  requireReadable(table);
  const col = findColumn(table.byId, columnid);
  if ((grbit & RETRIEVE_COPY) !== 0 && cursor.update !== null) return copyField(cursor.update.values, col.index, dest, room);
  const row = currentRow(cursor);
  return copyPackedField(row.rec, row.at, table.columns.length, col.index, dest, room);
}

export function retrieveKey(engine: Engine, cursor: Cursor, grbit: number): Uint8Array {
  enter(engine, cursor);
  if ((grbit & RETRIEVE_COPY) !== 0) {
    if (!cursor.keyEverMade) fail(JET_errKeyNotMade);
    return Uint8Array.from(cursor.keyBytes);
  }
  if (cursor.table.phase === 'insert') fail(JET_errNoCurrentRecord);
  return keyToBytes(currentRow(cursor).norm);
}

function bookmarkOf(table: TempTable, row: Row): Uint8Array {
  if (table.phase === 'retrieve') {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setInt32(0, row.idx, true);
    return b;
  }
  return keyToBytes(row.key);
}

export function getBookmark(engine: Engine, cursor: Cursor, cbMax: number): Uint8Array {
  const table = enter(engine, cursor);
  requireReadable(table);
  if (table.phase === 'retrieve' && cbMax < 4) fail(JET_errBufferTooSmall);
  return bookmarkOf(table, currentRow(cursor));
}

export function gotoBookmark(engine: Engine, cursor: Cursor, bookmark: Uint8Array): void {
  const table = enter(engine, cursor);
  requireReadable(table);
  if (table.phase === 'retrieve') {
    if (bookmark.length !== 4) fail(JET_errInvalidBookmark);
    const idx = new DataView(bookmark.buffer, bookmark.byteOffset, 4).getInt32(0, true);
    const row = (store(table) as SortedRows).at(idx);
    if (row === undefined) fail(JET_errInvalidBookmark);
    land(cursor, row, At.Before);
    return;
  }
  if (bookmark.length === 0) fail(JET_errInvalidBookmark);
  cursor.range = null;
  cursor.keyInProgress = false;
  const row = store(table).get(keyFromBytes(bookmark));
  if (row === undefined) fail(JET_errRecordDeleted);
  land(cursor, row, At.Before);
}

export function dupCursor(engine: Engine, cursor: Cursor): Cursor {
  const table = enter(engine, cursor);
  requireReadable(table);
  const inst = cursor.session.instance;
  if (inst.cursorCount >= inst.param(PARAM.MaxCursors)) fail(JET_errOutOfCursors);
  const dup = newCursor(engine, cursor.session, table);
  // A copy of a sort being read starts on its first row; a table cursor's copy moves there when first used.
  if (table.phase === 'retrieve') land(dup, store(table).first(), At.Before);
  return dup;
}

// ---- navigation ---------------------------------------------------------------------------------

function outOfRange(cursor: Cursor, row: Row, forward: boolean): boolean {
  const r = cursor.range;
  if (r === null || r.upper !== forward) return false;
  if (row.norm === r.limit) return !r.inclusive;
  return r.upper ? row.norm > r.limit : row.norm < r.limit;
}

function step(cursor: Cursor, forward: boolean, keyNE: boolean): boolean {
  const rows = store(cursor.table);
  let next: Row | undefined;
  const from = cursor.row;
  switch (cursor.at) {
    case At.DeferredFirst:
    case At.Before:
      next = forward ? rows.first() : undefined;
      break;
    case At.After:
      next = forward ? undefined : rows.last();
      break;
    default: {
      const key = (from as Row).key;
      const live = cursor.table.phase !== 'materialized' || rows.get(key) === from ? from : null;
      next = forward ? rows.next(key, live) : rows.prev(key, live);
      while (keyNE && next !== undefined && next.norm === (from as Row).norm) {
        next = forward ? rows.next(next.key, next) : rows.prev(next.key, next);
      }
    }
  }
  if (next !== undefined && outOfRange(cursor, next, forward)) {
    cursor.range = null;
    next = undefined;
  }
  return land(cursor, next, forward ? At.After : At.Before);
}

export function move(engine: Engine, cursor: Cursor, cRow: number, grbit: number): void {
  const table = enter(engine, cursor);
  leaveInsertPhase(engine, cursor);
  const backwards = cRow < 0 && cRow !== MOVE_FIRST;
  if (table.phase === 'retrieve' && (backwards) && !table.seekable) fail(JET_errIllegalOperation);
  const rows = store(table);
  if (cRow === 0) {
    // Only a re-read of the current row (rec.cxx ErrIsamMove: ErrDIRGet): no navigation, no level recorded.
    currentRow(cursor);
    return;
  }
  cursor.navLevel = cursor.session.level;
  if (cRow === MOVE_FIRST || cRow === MOVE_LAST) {
    cursor.range = null;
    if (!land(cursor, cRow === MOVE_FIRST ? rows.first() : rows.last(), cRow === MOVE_FIRST ? At.Before : At.After)) {
      fail(JET_errNoCurrentRecord);
    }
    return;
  }
  const keyNE = (grbit & MOVE_KEY_NE) !== 0;
  for (let n = Math.abs(cRow); n > 0; n--) {
    if (!step(cursor, cRow > 0, keyNE)) fail(JET_errNoCurrentRecord);
  }
}

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
