import { closeTable, Cursor } from './cursor';
import { move } from './cursorMove';
import { checkRetrieveColumns, dupCursor, getBookmark, gotoBookmark, retrieveColumn, retrieveKey } from './cursorRead';
import { makeKey, seek, setIndexRange } from './cursorSeek';
import type { AnyCursor } from './cursorSet';
import { deleteRow, escrowUpdateTemp, preparedUpdate, prepareUpdate, setColumn, update } from './cursorUpdate';
import type { Engine } from './engine';
import { JET_errIllegalOperation } from '../constants/errors';
import { fail } from '../storage/failure';
import { keyToBytes } from '../storage/keys';
import { escrowUpdate, getLock } from './tableLocks';
import { enterSession } from './gates';
import { closeTableCursor, TableCursor } from './tableCursor';
import { enterTable, makeTableKey, moveTable, seekTable, setTableIndexRange } from './tableNav';
import { countTableColumn, dupTableCursor, gotoTableBookmark, retrieveTableColumn, retrieveTableKey, tableBookmark } from './tableRead';
import { deleteTableRecord, prepareTableUpdate, setTableColumn, updateTable, updateToSet } from './tableUpdate';

/** Which value of a multi-valued column (itagSequence, 1-based; 0 the first, or a new one when setting) and where in a long value (ibLongValue). */
export interface ValuePlace {
  itag: number;
  offset: number;
}

/**
 * The cursor calls, for either kind of cursor: a sort or temp table
 * (cursor*.ts) or a regular table (table*.ts). The API layer calls these.
 */

export function prepareAny(e: Engine, c: AnyCursor, prep: number): void {
  if (c instanceof TableCursor) prepareTableUpdate(e, c, prep);
  else prepareUpdate(e, c, prep);
}

/**
 * JetSetColumns' checks before it reads any entry (fldmod.cxx ErrIsamSetColumns; on a sort being read back,
 * sortapi.cxx's ErrIllegalSetColumns): they apply with no entry at all.
 */
export function checkSetColumnsAny(e: Engine, c: AnyCursor): void {
  if (c instanceof TableCursor) updateToSet(e, c);
  else preparedUpdate(e, c);
}

/** JetRetrieveColumns' checks before it reads any entry (on a table only the call's gate: the record is read per entry). */
export function checkRetrieveColumnsAny(e: Engine, c: AnyCursor): void {
  if (c instanceof TableCursor) enterTable(e, c);
  else checkRetrieveColumns(e, c);
}

/** JetSetColumn: Success, or a warning (wrnColumnMaxTruncated). `data` is the engine's to keep (jet/args.ts inputCopy). */
export function setColumnAny(e: Engine, c: AnyCursor, columnid: number, data: Uint8Array | null, grbit: number, place: ValuePlace): number {
  if (c instanceof TableCursor) return setTableColumn(e, c, columnid, data, grbit, place);
  return setColumn(e, c, columnid, data, grbit);
}

/**
 * JetUpdate / JetUpdate2: the new or replaced record's bookmark. A table's bookmark is made into bytes only when the
 * caller asks for it (`wanted`: a buffer or a length to write); most inserts pass neither, and the bytes would be
 * garbage. `room`: the bookmark buffer's size (null: no buffer); `grbit`: JetUpdate2's.
 */
export function updateAny(e: Engine, c: AnyCursor, wanted: boolean, room: number | null = null, grbit = 0): Uint8Array {
  if (!(c instanceof TableCursor)) return update(e, c);
  const bm = updateTable(e, c, room, grbit);
  return wanted ? keyToBytes(bm) : NOT_WANTED;
}

const NOT_WANTED = new Uint8Array(0);

export function deleteAny(e: Engine, c: AnyCursor): void {
  if (c instanceof TableCursor) deleteTableRecord(e, c);
  else deleteRow(e, c);
}

export function moveAny(e: Engine, c: AnyCursor, cRow: number, grbit: number): void {
  if (c instanceof TableCursor) moveTable(e, c, cRow, grbit);
  else move(e, c, cRow, grbit);
}

export function makeKeyAny(e: Engine, c: AnyCursor, data: Uint8Array | null, grbit: number): void {
  if (c instanceof TableCursor) makeTableKey(e, c, data, grbit);
  else makeKey(e, c, data, grbit);
}

export function seekAny(e: Engine, c: AnyCursor, grbit: number): number {
  return c instanceof TableCursor ? seekTable(e, c, grbit) : seek(e, c, grbit);
}

export function setIndexRangeAny(e: Engine, c: AnyCursor, grbit: number): void {
  if (c instanceof TableCursor) setTableIndexRange(e, c, grbit);
  else setIndexRange(e, c, grbit);
}

/** The value's length (from the place asked for), or -1 for NULL; the place is read on tables only. */
export function retrieveColumnAny(e: Engine, c: AnyCursor, columnid: number, grbit: number, place: ValuePlace, dest: Uint8Array | null, room: number): number {
  return c instanceof TableCursor
    ? retrieveTableColumn(e, c, columnid, grbit, place, dest, room)
    : retrieveColumn(e, c, columnid, grbit, dest, room);
}

/**
 * How many values a column holds in the current record (JetRetrieveColumns with itagSequence 0, fldext.cxx
 * RECICountColumn). A sort or temp table holds one value per column at most here (docs/differences.md): 1, or 0 when
 * it is NULL, with the same answers as a retrieve of it for everything else.
 */
export function countColumnAny(e: Engine, c: AnyCursor, columnid: number, grbit: number): number {
  if (c instanceof TableCursor) return countTableColumn(e, c, columnid, grbit);
  return retrieveColumn(e, c, columnid, grbit, null, 0) < 0 ? 0 : 1;
}

export function retrieveKeyAny(e: Engine, c: AnyCursor, grbit: number): Uint8Array {
  return c instanceof TableCursor ? retrieveTableKey(e, c, grbit) : retrieveKey(e, c, grbit);
}

export function getBookmarkAny(e: Engine, c: AnyCursor, room: number): Uint8Array {
  return c instanceof TableCursor ? tableBookmark(e, c) : getBookmark(e, c, room);
}

export function gotoBookmarkAny(e: Engine, c: AnyCursor, bookmark: Uint8Array): void {
  if (c instanceof TableCursor) gotoTableBookmark(e, c, bookmark);
  else gotoBookmark(e, c, bookmark);
}

export function dupAny(e: Engine, c: AnyCursor): AnyCursor {
  return c instanceof TableCursor ? dupTableCursor(e, c) : dupCursor(e, c);
}

/** JetCloseTable: a clean-up call (it works after JetStopService). */
export function closeAny(e: Engine, c: AnyCursor): void {
  if (c instanceof TableCursor) {
    enterSession(e, c.session, true);
    closeTableCursor(e, c, true);
  } else {
    closeTable(e, c as Cursor);
  }
}

/**
 * For the calls whose JET layer checks arguments between the session's gate and the cursor's dispatch table (the
 * info levels and room, JetSetCurrentIndex's grbit): a temp table's cursor passes its session's gate here, so that
 * those checks come after it as in the engine; a regular table's passes it in the call itself (enterTable).
 */
export function gateTempCursor(e: Engine, c: AnyCursor): void {
  if (!(c instanceof TableCursor)) enterSession(e, c.session, false);
}

/**
 * A regular-table cursor for a call every kind of temp table answers with its ErrIllegal* function
 * (IllegalOperation, sortapi.cxx's function tables): a temp table's cursor passes the session gate first.
 */
export function tableOnly(e: Engine, c: AnyCursor): TableCursor {
  if (c instanceof TableCursor) return c;
  gateTempCursor(e, c);
  fail(JET_errIllegalOperation);
}

/** JetGetLock: no kind of temp table takes locks (ErrIllegalGetLock in all three of their function tables). */
export function getLockAny(e: Engine, c: AnyCursor, grbit: number): void {
  getLock(e, tableOnly(e, c), grbit);
}

/** JetEscrowUpdate: the value before the delta. */
export function escrowUpdateAny(e: Engine, c: AnyCursor, columnid: number, delta: Uint8Array, oldRoom: number | null): Uint8Array {
  if (c instanceof TableCursor) return escrowUpdate(e, c, columnid, delta, oldRoom);
  return escrowUpdateTemp(e, c, columnid, delta, oldRoom);
}
