import * as C from '../constants/constants';
import { JET_errBadItagSequence, JET_errInvalidBookmark, JET_errInvalidBufferSize, JET_errNoCurrentRecord, JET_errRecordDeleted } from '../constants/errors';
import { tupleAt } from '../catalog/indexTuples';
import { EngineFailure, fail } from '../storage/failure';
import { PackedRecord } from '../storage/packedRecord';
import type { RecordValues } from '../storage/tableImage';
import { keyFromBytes } from '../storage/keys';
import { entryKey } from '../storage/tableImage';
import type { Engine } from './engine';
import { newTableCursor, resetKeys, TABLE, TableCursor, Where } from './tableCursor';
import { readImage } from './tableData';
import { coversOfRecord, fullRecord } from './fullRecord';
import { currentKey, currentRecord, enterTable, landOn } from './tableNav';
import { fromIndex, indexPlace } from './indexRetrieve';
import { columnOf } from './columnCatalog';
import { physicalOldValue } from './escrowValue';
import { answersFor, withDefaults } from '../catalog/recordCovers';
import { COLUMN, TableColumn } from '../catalog/tableColumn';

const RETRIEVE_COPY = 0x1;
const IGNORE_DEFAULT = C.JET_bitRetrieveIgnoreDefault;
/** The JetPrepareUpdate kinds that are not inserts (FFUCBInsertPrepared is false for them). */
const PREP_REPLACE = C.JET_prepReplace;
const PREP_REPLACE_NO_LOCK = C.JET_prepReplaceNoLock;
const PREP_READ_ONLY_COPY = C.JET_prepReadOnlyCopy;

/** JetGetBookmark on a table: the record's bookmark (its primary key, or its sequential number). */
export function tableBookmark(engine: Engine, cursor: TableCursor): Uint8Array {
  enterTable(engine, cursor);
  // dir.hxx ErrDIRGetBookmark: the bookmark of the record the cursor is on, the record not read: a new cursor's
  // move to the first record is not made, and a record deleted since still answers.
  const bm = cursor.where === Where.On ? cursor.bm : null;
  if (bm === null) fail(JET_errNoCurrentRecord);
  const out = new Uint8Array(bm.length);
  for (let i = 0; i < bm.length; i++) out[i] = bm.charCodeAt(i);
  return out;
}

/**
 * JetGotoBookmark on a table: onto the record, at its entry in the current
 * index. Not a navigation: a rollback does not move the cursor back (ese-semantics, managedesent §7 9).
 */
export function gotoTableBookmark(engine: Engine, cursor: TableCursor, bookmark: Uint8Array): void {
  enterTable(engine, cursor);
  if (bookmark.length === 0) fail(JET_errInvalidBookmark);
  // rec.cxx ErrRECIGotoBookmark: the update, the index range and the key being made go before the record is looked for.
  cursor.range = null;
  resetKeys(cursor);
  cursor.update = null;
  const bm = keyFromBytes(bookmark);
  const values = readImage(cursor.session, cursor.table).records.get(bm);
  if (values === undefined) fail(JET_errRecordDeleted);
  if (cursor.index === null) {
    landOn(cursor, bm, bm);
    return;
  }
  const key = cursor.index.keyOf(fullRecord(cursor.table, values));
  if (key === null) {
    // rec.cxx ErrRECIGotoBookmark: a record the index has no entry for leaves the cursor before the first entry.
    cursor.where = Where.Before;
    cursor.bm = null;
    cursor.entry = null;
    fail(JET_errNoCurrentRecord);
  }
  landOn(cursor, entryKey(key, bm), bm);
}

/** JetRetrieveKey on a table: the current entry's key, or with JET_bitRetrieveCopy the key being made. */
export function retrieveTableKey(engine: Engine, cursor: TableCursor, grbit: number): Uint8Array {
  enterTable(engine, cursor);
  if ((grbit & RETRIEVE_COPY) !== 0) {
    return cursor.key.copy();
  }
  return currentKey(cursor);
}

/** JetDupCursor on a table: same table and updatability, primary index, deferred move-first, no deny locks (§8.2). */
export function dupTableCursor(engine: Engine, cursor: TableCursor): TableCursor {
  enterTable(engine, cursor);
  const grbit = cursor.grbit & ~(TABLE.DenyRead | TABLE.DenyWrite | TABLE.PermitDDL);
  return newTableCursor(engine, cursor.session, cursor.database, cursor.table, grbit);
}

/**
 * JetRetrieveColumn on a table: copy the value (the itag-th of a multi-valued
 * column, 1-based; 0 means the first) into `dest` and return its length, or
 * -1 when it is NULL. JET_bitRetrieveCopy reads the prepared update.
 */
export function retrieveTableColumn(engine: Engine, cursor: TableCursor, columnid: number, grbit: number, place: { itag: number; offset: number }, dest: Uint8Array | null, room: number): number {
  enterTable(engine, cursor);
  const col = columnOf(cursor, columnid);
  // JET_bitRetrieveFromIndex: the value the current index entry was made from (a tuple index: its tuple).
  let tuple: number | null = null;
  if (grbit !== 0 && fromIndex(grbit) && ((grbit & RETRIEVE_COPY) === 0 || (grbit & C.JET_bitRetrieveTuple) !== 0)) {
    const at = indexPlace(cursor, col.columnid, grbit);
    place = { itag: at.itag, offset: place.offset };
    tuple = at.tupleOffset;
  }
  if ((grbit & IGNORE_DEFAULT) !== 0 && col.tagged && place.itag !== 0 && !ownValue(cursor, col, grbit)) return -1;
  if (col.has(COLUMN.EscrowUpdate) && (grbit & RETRIEVE_COPY) === 0 && insertPrepared(cursor)) return physicalEscrow(cursor, col, dest, room);
  const values = readValues(cursor, grbit);
  // rec.hxx ErrRECRetrieveTaggedColumn: a tagged column's value 0 does not exist (a JET_RETINFO whose itagSequence is
  // 0, or left out); from the index the entry's value is read instead.
  if (place.itag === 0 && col.tagged && tuple === null && !(grbit !== 0 && fromIndex(grbit))) fail(JET_errBadItagSequence);
  // rec.hxx ErrRECRetrieveNonTaggedColumn reads a fixed or variable column's one value whatever the itagSequence.
  const index = col.tagged ? Math.max(place.itag, 1) - 1 : 0;
  // A stored record copies the value straight out of its bytes (ibLongValue: a long value from that offset).
  if (tuple === null && values instanceof PackedRecord) {
    const length = values.copyValue(col.columnid, index, col.isLong ? place.offset : 0, dest, room);
    if (length > room) checkEscrowRoom(cursor, col, grbit, length);
    return length;
  }
  const list = values.get(col.columnid);
  const whole = list === undefined ? null : list[index] ?? null;
  if (whole === null) return -1;
  if (tuple !== null && cursor.index?.tuples) return copyValue(tupleAt(cursor.index.tuples, whole, tuple, col.isText && col.cp === 1200) ?? whole, dest, room);
  // ibLongValue: a long value is read from that offset (its size is what is left after it).
  const value = col.isLong && place.offset > 0 ? whole.subarray(Math.min(place.offset, whole.length)) : whole;
  const length = copyValue(value, dest, room);
  if (length > room) checkEscrowRoom(cursor, col, grbit, length);
  return length;
}

function copyValue(value: Uint8Array, dest: Uint8Array | null, room: number): number {
  if (dest !== null) {
    const n = Math.min(room, value.length);
    // Column values are mostly a few bytes: a loop costs less than the subarray view set() would need.
    if (n > 64) dest.set(value.subarray(0, n));
    else for (let i = 0; i < n; i++) dest[i] = value[i];
  }
  return value.length;
}

/**
 * JetRetrieveColumns with itagSequence 0 (fldext.cxx ErrRECRetrieveColumns, RECICountColumn): how many values the
 * column holds in the record (JET_bitRetrieveCopy: in the prepared update), 0 when it is NULL; a fixed or variable
 * column holds at most one. The column is looked up first (ColumnNotFound), then the record (NoCurrentRecord).
 */
export function countTableColumn(engine: Engine, cursor: TableCursor, columnid: number, grbit: number): number {
  enterTable(engine, cursor);
  const col = columnOf(cursor, columnid);
  return readValues(cursor, grbit).get(col.columnid)?.length ?? 0;
}

/**
 * The failure of a retrieve of an escrow column cut short (checkEscrowRoom): InvalidBufferSize, after the bytes that
 * fit were copied and with the value's length, which the engine has written to *pcbActual by then.
 */
export class EscrowCutShort extends EngineFailure {
  constructor(readonly length: number) {
    super(JET_errInvalidBufferSize);
  }
}

/** Is an insert prepared on the cursor (FFUCBInsertPrepared: any JetPrepareUpdate kind but the replaces and the read-only copy)? */
function insertPrepared(cursor: TableCursor): boolean {
  const prep = cursor.update?.prep;
  return prep !== undefined && prep !== PREP_REPLACE && prep !== PREP_REPLACE_NO_LOCK && prep !== PREP_READ_ONLY_COPY;
}

/**
 * An escrow column's value cut short by the room given (fldext.cxx ErrRECIRetrieveColumn): the engine copies what fits,
 * then adjusts it for the deltas the transaction does not see (ErrRECAdjustEscrowedColumn), which needs the whole
 * value: InvalidBufferSize, a size query included, unless an insert is prepared on the cursor or
 * JET_bitRetrievePhysicalSize asks for no data.
 */
function checkEscrowRoom(cursor: TableCursor, col: TableColumn, grbit: number, length: number): void {
  if (!col.has(COLUMN.EscrowUpdate) || (grbit & C.JET_bitRetrievePhysicalSize) !== 0 || insertPrepared(cursor)) return;
  throw new EscrowCutShort(length);
}

/**
 * An escrow column of the current record read while an insert is prepared on the cursor (and not from the copy): the
 * engine skips the adjustment then (fldext.cxx ErrIsamRetrieveColumn), and a record whose only versions are deltas
 * reads as the page holds it (ver.cxx ErrVERAccessNode), every session's uncommitted deltas included.
 */
function physicalEscrow(cursor: TableCursor, col: TableColumn, dest: Uint8Array | null, room: number): number {
  const { bm, values } = currentRecord(cursor);
  const own = fullRecord(cursor.table, values).get(col.columnid)?.[0];
  if (own === undefined) return -1;
  const delta = { columnid: col.columnid, amount: 0n, size: col.fixedSize };
  return copyValue(physicalOldValue(cursor.session, cursor.table, bm, delta, own), dest, room);
}

/**
 * JET_bitRetrieveIgnoreDefault on a tagged column (tagfld.cxx TAGFIELDS::ErrRetrieveColumn): a column the record does
 * not hold reads as NULL instead of its default. The record holds it unless it is past the record's range or holds
 * just the very default the insert filled in (esemu keeps tagged defaults in the record, docs/differences.md).
 * Fixed and variable columns read their default past the record's range whatever the grbit (fldext.cxx).
 */
function ownValue(cursor: TableCursor, col: TableColumn, grbit: number): boolean {
  const { values, covers } = storedRead(cursor, (grbit & RETRIEVE_COPY) !== 0);
  if (!answersFor(covers, col)) return false;
  const list = values.get(col.columnid);
  return list !== undefined && !(list.length === 1 && list[0] === col.defaultValue);
}

/**
 * The record a read looks at as it is stored, with its range: the current record, or (`copy`, JET_bitRetrieveCopy /
 * JET_bitEnumerateCopy with an update prepared) the update's copy buffer.
 */
export function storedRead(cursor: TableCursor, copy: boolean): { values: RecordValues; covers: number } {
  const upd = cursor.update;
  if (copy && upd !== null) return { values: upd.values, covers: upd.covers };
  const { values } = currentRecord(cursor);
  return { values, covers: coversOfRecord(values) };
}

/**
 * The values a retrieve reads: the current record's, or with JET_bitRetrieveCopy the prepared update's; in both, a
 * column the record does not answer for reads as its current default (catalog/recordCovers.ts).
 */
export function readValues(cursor: TableCursor, grbit: number): RecordValues {
  const upd = cursor.update;
  if ((grbit & RETRIEVE_COPY) !== 0 && upd !== null) return withDefaults(cursor.table.shape().defaults, upd.values, upd.covers);
  return fullRecord(cursor.table, currentRecord(cursor).values);
}
