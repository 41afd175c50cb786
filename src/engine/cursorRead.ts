import {
  JET_errBufferTooSmall, JET_errInvalidBookmark, JET_errOutOfCursors,
  JET_errRecordDeleted,
} from '../constants/errors';
import { findColumn } from '../catalog/columns';
import type { Engine } from './engine';
import { fail } from '../storage/failure';
import { keyFromBytes, keyToBytes } from '../storage/keys';
import { PARAM } from './params';
import { copyField, copyPackedField } from '../storage/record';
import { Row } from '../storage/rows';
import type { SortedRows } from '../storage/sortedRows';
import { TempTable } from './tempTable';
import { At, Cursor, currentRow, enter, land, newCursor, requireReadable, store } from './cursor';

const RETRIEVE_COPY = 0x1;

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

/**
 * JetRetrieveColumns' checks on a sort or temp table before it reads any entry, so with none too: while rows go in,
 * sortapi.cxx's ErrIllegalRetrieveColumns (IllegalOperation); a sort being read back must be on a row
 * (fldext.cxx ErrRECRetrieveColumns reads a sort's current row before its loop: NoCurrentRecord). A materialized
 * table reads the row per entry, as a regular table does.
 */
export function checkRetrieveColumns(engine: Engine, cursor: Cursor): void {
  const table = enter(engine, cursor);
  requireReadable(table);
  if (table.phase === 'retrieve') currentRow(cursor);
}

export function retrieveKey(engine: Engine, cursor: Cursor, grbit: number): Uint8Array {
  enter(engine, cursor);
  if ((grbit & RETRIEVE_COPY) !== 0) {
    return cursor.key.copy();
  }
  // A sort gives the key of the last row it loaded, wherever the cursor is (fldnorm.cxx ErrIsamRetrieveKey reads
  // kdfCurr): none loaded yet, as while rows go in, is an empty key.
  if (cursor.table.phase !== 'materialized') return cursor.loaded === null ? new Uint8Array(0) : keyToBytes(cursor.loaded.norm);
  return keyToBytes(currentRow(cursor).norm);
}

export function bookmarkOf(table: TempTable, row: Row): Uint8Array {
  return table.phase === 'retrieve' ? int32Bytes(row.idx) : keyToBytes(row.key);
}

/** A sort's bookmark: its position, 4 bytes little-endian. */
function int32Bytes(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setInt32(0, n, true);
  return b;
}

export function getBookmark(engine: Engine, cursor: Cursor, cbMax: number): Uint8Array {
  const table = enter(engine, cursor);
  requireReadable(table);
  if (table.phase === 'retrieve' && cbMax < 4) fail(JET_errBufferTooSmall);
  // A sort's bookmark is its position (sortapi.cxx ErrIsamSortGetBookmark), which JetGotoBookmark may have set alone.
  if (cursor.pos !== null) return int32Bytes(cursor.pos);
  return bookmarkOf(table, currentRow(cursor));
}

export function gotoBookmark(engine: Engine, cursor: Cursor, bookmark: Uint8Array): void {
  const table = enter(engine, cursor);
  requireReadable(table);
  if (table.phase === 'retrieve') {
    if (bookmark.length !== 4) fail(JET_errInvalidBookmark);
    const idx = new DataView(bookmark.buffer, bookmark.byteOffset, 4).getInt32(0, true);
    // A position outside the sort is not checked by the engine (undefined behaviour there); esemu refuses it.
    if ((store(table) as SortedRows).at(idx) === undefined) fail(JET_errInvalidBookmark);
    // sortapi.cxx ErrIsamSortGotoBookmark sets the position alone: the row loaded before stays what JetRetrieveColumn
    // and JetRetrieveKey read, and the next move starts from the new position.
    cursor.pos = idx;
    return;
  }
  if (bookmark.length === 0) fail(JET_errInvalidBookmark);
  // A materialized table goes to rec.cxx ErrRECIGotoBookmark: a prepared update is cancelled, the range and key dropped.
  cursor.update = null;
  cursor.range = null;
  cursor.key.inProgress = false;
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
