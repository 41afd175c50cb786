import * as C from '../constants/constants';
import {
  JET_errAlreadyPrepared, JET_errBufferTooSmall, JET_errIllegalOperation, JET_errInvalidParameter, JET_errKeyDuplicate,
  JET_errNotInTransaction, JET_errNullInvalid, JET_errNullKeyDisallowed, JET_errPermissionDenied, JET_errRecordDeleted,
  JET_errRecordPrimaryChanged, JET_errSuccess, JET_errTransReadOnly, JET_errUpdateMustVersion, JET_errUpdateNotPrepared,
  JET_errWriteConflict,
  JET_wrnColumnMaxTruncated, JET_errInvalidColumnType, JET_errAutoIncrementNotSet,
  JET_errSetAutoIncrementTooHigh, JET_errInvalidGrbit,
} from '../constants/errors';
import { enterChange } from './gates';
import { COLUMN } from '../catalog/tableColumn';
import type { TableColumn } from '../catalog/tableColumn';
import type { TableDef } from '../catalog/tableDef';
import { fail } from '../storage/failure';
import { RecordValues } from '../storage/tableImage';
import type { Engine } from './engine';
import { markVersioned, TableCursor, TableUpdate } from './tableCursor';
import { lockRecord, readImage, writeRecord } from './tableData';
import { currentRecord, enterTable } from './tableNav';
import { checkUniqueValue } from './uniqueValues';
import { setLongValue } from './longValueSet';
import { columnOf } from './columnCatalog';
import { entryKeysOf } from '../catalog/indexEntries';
import { coverColumn, withDefaults } from '../catalog/recordCovers';
import { copyValues, extendCovers, int32, newRecord } from './updateBuffer';
import { coversOfRecord } from './fullRecord';
import { PackedRecord } from '../storage/packedRecord';

/** JetPrepareUpdate values (JET_prep*). */
const PREP = { Insert: 0, Replace: 2, Cancel: 3, ReplaceNoLock: 4, InsertCopy: 5, InsertCopyDeleteOriginal: 7, ReadOnlyCopy: 8, InsertCopyReplaceOriginal: 9, InsertMustSetAutoIncrement: 10 } as const;
const SET_APPEND_LV = 0x1;
const SET_OVERWRITE_LV = 0x4;
const SET_SIZE_LV = 0x8;
const SET_ZERO_LENGTH = 0x20;
const SET_UNIQUE = C.JET_bitSetUniqueMultiValues | C.JET_bitSetUniqueNormalizedMultiValues;
const SET_INTERNAL = 0xf0000000 | 0;

/** No values: a shared empty list, never changed. */
const NO_VALUES: readonly Uint8Array[] = [];

/**
 * Write the record an update built: its values packed (a copy: the update stays prepared, and changeable, if the
 * write fails) with its range, each value that is its column's default object known as such (PackedRecord.pack);
 * its keys made from the values as they read (the Map, late defaults included), not from the packed copy.
 */
function writeUpdate(engine: Engine, cursor: TableCursor, bm: string, upd: TableUpdate, absent: boolean): void {
  const table = cursor.table;
  const full = withDefaults(table.shape().defaults, upd.values, upd.covers);
  writeRecord(engine, cursor.session, table, bm, full, true, absent, PackedRecord.pack(upd.values, table.byId, upd.covers));
}

function checkWritable(cursor: TableCursor): void {
  if (!cursor.updatable) fail(JET_errPermissionDenied);
  if (cursor.session.readOnly) fail(JET_errTransReadOnly);
}

/** JetPrepareUpdate on a table, in the engine's order (fldmod.cxx, ese-semantics §7.6). */
export function prepareTableUpdate(engine: Engine, cursor: TableCursor, requested: number): void {
  let prep = requested;
  enterTable(engine, cursor);
  const ses = cursor.session;
  if (prep === PREP.Cancel) {
    if (cursor.update === null) fail(JET_errUpdateNotPrepared);
    cursor.update = null;
    return;
  }
  const level = ses.level;
  switch (prep) {
    case PREP.Insert:
    case PREP.InsertMustSetAutoIncrement: {
      checkWritable(cursor);
      if (cursor.update !== null) fail(JET_errAlreadyPrepared);
      const autoInc = cursor.table.autoIncColumn !== undefined;
      if (prep === PREP.InsertMustSetAutoIncrement && !autoInc) fail(JET_errIllegalOperation);
      // fldmod.cxx ErrIsamPrepareUpdate(JET_prepInsert): the copy buffer starts as the default record, so the new record
      // answers for every column up to the last one with a default (and the autoincrement column the insert sets).
      const table = cursor.table;
      const auto = prep === PREP.Insert ? table.autoIncColumn : undefined;
      const covers = auto === undefined ? table.shape().defaults.needed : coverColumn(table.shape().defaults.needed, auto);
      cursor.update = { prep, level, values: newRecord(table, prep === PREP.Insert), original: null, originalValues: null, anySet: false, versionSet: false, covers };
      return;
    }
    case PREP.Replace:
    case PREP.ReplaceNoLock:
    case PREP.InsertCopy:
    case PREP.InsertCopyDeleteOriginal:
    case PREP.InsertCopyReplaceOriginal: {
      checkWritable(cursor);
      if (cursor.update !== null) fail(JET_errAlreadyPrepared);
      const { bm, values } = currentRecord(cursor);
      // A replace in a transaction takes the write lock now; at level 0 it is a ReplaceNoLock (fldmod.cxx:1138-1156).
      // The insert copies that delete or replace their original lock it at once too (fldmod.cxx 1238-1241).
      const locks = prep === PREP.Replace || prep === PREP.InsertCopyDeleteOriginal || prep === PREP.InsertCopyReplaceOriginal;
      if (locks && level > 0) {
        lockRecord(ses, cursor.table, bm);
        markVersioned(cursor);
      }
      if (prep === PREP.Replace && level === 0) prep = PREP.ReplaceNoLock;
      const copy = copyValues(values);
      // The copy buffer is the record, with its range (fldmod.cxx: the record's bytes are copied).
      let covers = coversOfRecord(values);
      // An insert copy gets a new autoincrement value; InsertCopyReplaceOriginal keeps the original's (fldmod.cxx).
      if (prep !== PREP.Replace && prep !== PREP.ReplaceNoLock && prep !== PREP.InsertCopyReplaceOriginal) {
        const auto = cursor.table.autoIncColumn;
        if (auto !== undefined) {
          covers = extendCovers(cursor.table, copy, covers, auto);
          copy.set(auto.columnid, [int32(cursor.table.autoIncNext++, auto.fixedSize)]);
        }
      }
      cursor.update = { prep, level, values: copy, original: bm, originalValues: values, anySet: false, versionSet: false, covers };
      return;
    }
    case PREP.ReadOnlyCopy: {
      if (cursor.update !== null) fail(JET_errAlreadyPrepared);
      if (level === 0) fail(JET_errNotInTransaction);
      const { bm, values } = currentRecord(cursor);
      cursor.update = { prep, level, values: copyValues(values), original: bm, originalValues: values, anySet: false, versionSet: false, covers: coversOfRecord(values) };
      return;
    }
    default:
      fail(JET_errInvalidParameter);
  }
}

function prepared(engine: Engine, cursor: TableCursor): TableUpdate {
  enterTable(engine, cursor);
  if (cursor.update === null) fail(JET_errUpdateNotPrepared);
  return cursor.update;
}

/**
 * The checks of JetSetColumn / JetSetColumns before any column is looked at (fldmod.cxx ErrIsamSetColumn /
 * ErrIsamSetColumns: ErrFUCBCheckUpdatable, ErrPIBCheckUpdatable, then UpdateNotPrepared): the update they set into.
 */
export function updateToSet(engine: Engine, cursor: TableCursor): TableUpdate {
  enterTable(engine, cursor);
  checkWritable(cursor);
  const upd = prepared(engine, cursor);
  if (upd.prep === PREP.ReadOnlyCopy) fail(JET_errUpdateNotPrepared);
  return upd;
}

/**
 * JetSetColumn on a table. No data sets NULL (zero-length with
 * JET_bitSetZeroLength); on a tagged column itagSequence 0 adds a value and
 * n replaces (or, with no data, removes) the nth; JET_bitSetAppendLV appends
 * to a long value.
 */
export function setTableColumn(engine: Engine, cursor: TableCursor, columnid: number, data: Uint8Array | null, grbit: number, place: { itag: number; offset: number }): number {
  const itag = place.itag;
  const upd = updateToSet(engine, cursor);
  // fldmod.cxx ErrFLDSetOneColumn, before the column is looked up: uniqueness cannot go with the long-value edits.
  if ((grbit & SET_UNIQUE) !== 0 && (grbit & (SET_APPEND_LV | SET_OVERWRITE_LV | SET_SIZE_LV)) !== 0) fail(JET_errInvalidGrbit);
  // Then a contiguous long value that is not separate, and the engine's internal flags (rec.hxx: the top four bits).
  if ((grbit & C.JET_bitSetContiguousLV) !== 0 && (grbit & C.JET_bitSetSeparateLV) === 0) fail(JET_errInvalidGrbit);
  if ((grbit & SET_INTERNAL) !== 0) fail(JET_errInvalidGrbit);
  const col = columnOf(cursor, columnid);
  const id = col.columnid;
  // fldmod.cxx ErrFLDSetOneColumn: an autoincrement column is set only in a JET_prepInsertMustSetAutoIncrement
  // update, a version column never in a replace.
  const autoInc = col.has(COLUMN.Autoincrement);
  if (autoInc && upd.prep !== PREP.InsertMustSetAutoIncrement) fail(JET_errInvalidColumnType);
  if (col.has(COLUMN.Version) && (upd.prep === PREP.Replace || upd.prep === PREP.ReplaceNoLock)) fail(JET_errInvalidColumnType);
  // lv.cxx ErrRECSetLongField: a long value is set only inside a transaction (NULL included).
  if (col.isLong && cursor.session.level === 0) fail(JET_errNotInTransaction);
  const hasData = data !== null && data.length > 0;
  // A fixed column set to zero length is NULL (fldmod.cxx:2182-2186).
  // The data is already the engine's own copy (jet/args.ts inputCopy): it is kept as it is.
  let value = hasData ? data : (grbit & SET_ZERO_LENGTH) !== 0 && !col.fixedClass ? new Uint8Array(0) : null;
  if (value === null && col.has(COLUMN.NotNULL)) fail(JET_errNullInvalid);
  if (value === null && autoInc) fail(JET_errAutoIncrementNotSet);
  let code = JET_errSuccess;
  if (value !== null && !col.fixedClass && !col.isLong && !col.tagged && value.length > col.cbMax) {
    // A variable column is cut to its cbMax, with a warning (fldmod.cxx:2739-2745).
    value = value.subarray(0, col.cbMax).slice();
    code = JET_wrnColumnMaxTruncated;
  }
  if (value !== null) {
    col.checkLength(value.length);
    // fldmod.cxx ErrRECISetFixedColumn: a fixed Binary / Text value is padded to the column's size.
    value = col.stored(value);
  }
  if (value !== null && autoInc) checkAutoIncValue(cursor.table, value);
  // Uniqueness is enforced for data, or a zero-length value set as such (fldmod.cxx), on tagged columns only.
  if ((grbit & SET_UNIQUE) !== 0 && value !== null && (col.tagged || col.isLong)) {
    checkUniqueValue(col, heldValues(upd.values, col), value, itag, (grbit & C.JET_bitSetUniqueNormalizedMultiValues) !== 0);
  }
  upd.anySet = true;
  if (col.has(COLUMN.Version)) upd.versionSet = true;
  upd.covers = extendCovers(cursor.table, upd.values, upd.covers, col);
  // tagfld.cxx TAGFIELDS::ErrSetColumn: NULL over the last value of a tagged column that has a default leaves a
  // NULL entry (reads NULL), unless JET_bitSetRevertToDefaultValue asks for the entry to go, so that the default
  // reads again: esemu keeps a tagged default in the record as the default value object itself (differences.md).
  const revert = value === null && (grbit & C.JET_bitSetRevertToDefaultValue) !== 0 && col.tagged && col.defaultValue !== null
    ? col.defaultValue : null;
  // The common case, a fixed or variable column set whole: no list of values to look at. (A tagged column takes more
  // values whether or not it is flagged multi-valued: tagfld.cxx TAGFIELDS::ErrSetColumn never looks at the flag.)
  if (!col.isLong && !col.tagged) {
    if (revert !== null) upd.values.set(id, [revert]);
    else if (value === null) upd.values.delete(id);
    else upd.values.set(id, [value]);
    return code;
  }
  if (col.isLong) {
    setLongValue(col, upd.values, itag, data, grbit, place.offset, heldValues(upd.values, col));
    return code;
  }
  const next = [...heldValues(upd.values, col)];
  if (itag === 0 || itag > next.length) {
    if (value !== null) next.push(value);
  } else if (value === null) {
    next.splice(itag - 1, 1);
  } else {
    next[itag - 1] = value;
  }
  if (next.length === 0 && revert !== null) upd.values.set(id, [revert]);
  else if (next.length === 0) upd.values.delete(id);
  else upd.values.set(id, next);
  return code;
}

/**
 * The values of a tagged column as the record itself holds them, for a set to add to, replace or check against. A
 * tagged default is not in a record in the engine: it lives in the table's default record and reads through when
 * the record holds nothing (tagfld.cxx TAGFIELDS::ErrSetColumn: a column the record does not hold takes the value
 * set as its first and only one, with no uniqueness check against the default). esemu copies the default into a
 * new record (the default value object itself, docs/differences.md), so a list that is just that object counts as
 * empty here: a value added with itagSequence 0 becomes value 1, JET_bitSetUniqueMultiValues does not compare with
 * the default, and a long value appended to starts from nothing.
 */
function heldValues(values: ReadonlyMap<number, readonly Uint8Array[]>, col: TableColumn): readonly Uint8Array[] {
  const list = values.get(col.columnid);
  if (list === undefined) return NO_VALUES;
  return list.length === 1 && list[0] === col.defaultValue && col.tagged ? NO_VALUES : list;
}

/**
 * A value set into the autoincrement column (JET_prepInsertMustSetAutoIncrement, fldmod.cxx): 0 is never one the
 * table gave (InvalidParameter), and it must be below the next value the table would give (SetAutoIncrementTooHigh).
 */
function checkAutoIncValue(table: TableDef, value: Uint8Array): void {
  const view = new DataView(value.buffer, value.byteOffset, value.byteLength);
  const n = value.length === 8 ? view.getBigUint64(0, true) : BigInt(view.getUint32(0, true));
  if (n === 0n) fail(JET_errInvalidParameter);
  if (n >= BigInt(table.autoIncNext)) fail(JET_errSetAutoIncrementTooHigh);
}

/** JetUpdate on a table: the new or replaced record's bookmark (as a key string). A failure leaves the update prepared. */
export function updateTable(engine: Engine, cursor: TableCursor, room: number | null = null, grbit = 0): string {
  const upd = prepared(engine, cursor);
  if (upd.prep === PREP.ReadOnlyCopy) fail(JET_errUpdateNotPrepared);
  const ses = cursor.session;
  const table = cursor.table;
  // recupd.cxx ErrRECIInsert / ErrRECIReplace: first the engine's own transaction (gates.ts enterChange).
  enterChange(ses);
  const replacing = upd.prep === PREP.Replace || upd.prep === PREP.ReplaceNoLock;
  // Then JET_bitUpdateNoVersion: never for a replace, and for an insert only into a table whose creation has not
  // committed (the insert is then made without a version: esemu versions it all the same).
  if ((grbit & C.JET_bitUpdateNoVersion) !== 0 && (replacing || table.creation.by === null)) fail(JET_errUpdateMustVersion);
  if (replacing && !upd.anySet) return unchangedReplace(cursor, upd);
  const version = table.shape().version;
  // recupd.cxx ErrRECIInsert: an insert that did not set the version column starts it at 0.
  if (version !== undefined && !replacing && !upd.versionSet) {
    upd.covers = extendCovers(table, upd.values, upd.covers, version);
    upd.values.set(version.columnid, [new Uint8Array(4)]);
  }
  // The checks and the keys see the record as it will read: columns it does not answer for at their defaults.
  const values = withDefaults(table.shape().defaults, upd.values, upd.covers);
  for (const col of table.shape().required) {
    if (values.has(col.columnid)) continue;
    // rec.cxx ErrRECIIllegalNulls: an autoincrement column left unset (only possible with MustSetAutoIncrement).
    if (col.has(COLUMN.Autoincrement) && upd.prep === PREP.InsertMustSetAutoIncrement) fail(JET_errAutoIncrementNotSet);
    if (col.has(COLUMN.NotNULL)) fail(JET_errNullInvalid);
  }
  for (const index of table.indexes) if (index.refusesNulls(values)) fail(JET_errNullKeyDisallowed);
  // An index that refuses truncated keys answers before anything is written (recupd.cxx rolls the whole insert back).
  for (const index of table.indexes) if (index.disallowsTruncation) entryKeysOf(index, values);
  const primary = table.primary;
  const image = readImage(ses, table);
  if (upd.prep === PREP.Replace || upd.prep === PREP.ReplaceNoLock) {
    const bm = upd.original as string;
    const now = replacedRecord(cursor, upd);
    // After the upgrade (recupd.cxx ErrRECIReplace 3020, then the index checks): the primary key must not change.
    if (primary !== null && primary.keyOf(values) !== bm) fail(JET_errRecordPrimaryChanged);
    // recupd.cxx ErrRECIReplace: the version column goes up by one from the record as it is (NULL, in a record
    // from before the column was added, becomes 1), wrapping as the engine's ULONG does.
    if (version !== undefined) {
      upd.covers = extendCovers(table, upd.values, upd.covers, version);
      upd.values.set(version.columnid, [nextVersion(now.get(version.columnid)?.[0])]);
    }
    writeUpdate(engine, cursor, bm, upd, false);
    markVersioned(cursor);
    cursor.update = null;
    return bm;
  }
  const original = upd.original;
  const moves = original !== null && (upd.prep === PREP.InsertCopyDeleteOriginal || upd.prep === PREP.InsertCopyReplaceOriginal);
  let bm: string;
  if (primary !== null) {
    bm = primary.keyOf(values) ?? '';
    checkBookmarkRoom(bm, room);
    // recupd.cxx ErrRECIInsert 1656-1660: an insert copy that deletes its original deletes it first, so the copy
    // may keep the original's key: then the record is written over, in place.
    if (moves && bm === original) {
      writeUpdate(engine, cursor, bm, upd, false);
      markVersioned(cursor);
      cursor.update = null;
      return bm;
    }
    if (image.records.get(bm) !== undefined) fail(JET_errKeyDuplicate);
    // A key the session cannot see but that exists: another session's uncommitted or later committed insert is a
    // write conflict (writeRecord checks it); the session's own uncommitted delete is not (ver.hxx FActiveNotByMe).
  } else {
    const n = table.store.nextDbk;
    bm = String.fromCharCode((n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
    checkBookmarkRoom(bm, room);
  }
  writeUpdate(engine, cursor, bm, upd, primary !== null);
  markVersioned(cursor);
  if (primary === null) table.store.nextDbk += 1;
  if (moves) {
    if (readImage(ses, table).records.get(original) !== undefined) writeRecord(engine, ses, table, original, null);
  }
  cursor.update = null;
  return bm;
}

/**
 * recupd.cxx ErrRECIInsert 1835: the caller's bookmark buffer (`room` bytes; null: no buffer) must hold the new
 * record's bookmark, or the insert is refused (BufferTooSmall) before anything is written, the update still prepared
 * (after NullInvalid, before KeyDuplicate). A replace cuts its bookmark to the buffer instead.
 */
function checkBookmarkRoom(bm: string, room: number | null): void {
  if (room !== null && bm.length > room) fail(JET_errBufferTooSmall);
}

/**
 * JetUpdate of a replace in which no JetSetColumn succeeded (recupd.cxx ErrRECIReplace: !FFUCBAnyColumnSet): once a
 * ReplaceNoLock has passed its checks, nothing is written, so nothing is locked or versioned either.
 */
function unchangedReplace(cursor: TableCursor, upd: TableUpdate): string {
  if (upd.prep === PREP.ReplaceNoLock) replacedRecord(cursor, upd);
  cursor.update = null;
  return upd.original as string;
}

/**
 * The record a replace is about to change, as the session sees it now (RecordDeleted when it is gone). A ReplaceNoLock
 * is upgraded first (recupd.cxx ErrRECUpgradeReplaceNoLock): the write lock (WriteConflict when another session holds
 * the record or committed it since this transaction began), then the record, then the check that it is still the one
 * the update was prepared from (WriteConflict).
 */
function replacedRecord(cursor: TableCursor, upd: TableUpdate): RecordValues {
  const ses = cursor.session;
  const table = cursor.table;
  const bm = upd.original as string;
  const noLock = upd.prep === PREP.ReplaceNoLock;
  if (noLock && table.store.conflicts(bm, ses, ses.level > 0 ? ses.trxBegin0 : Number.MAX_SAFE_INTEGER)) fail(JET_errWriteConflict);
  const now = readImage(ses, table).records.get(bm);
  if (now === undefined) fail(JET_errRecordDeleted);
  if (noLock && now !== upd.originalValues) fail(JET_errWriteConflict);
  return now;
}

/** The version column's next value: one more than `current` (4 bytes, little-endian), 1 when it is NULL. */
function nextVersion(current: Uint8Array | undefined): Uint8Array {
  const next = new Uint8Array(4);
  const n = current === undefined || current.length !== 4 ? 1 : (new DataView(current.buffer, current.byteOffset, 4).getUint32(0, true) + 1) >>> 0;
  new DataView(next.buffer).setUint32(0, n, true);
  return next;
}

/** JetDelete on a table: the record goes, the cursor stays on its entry (§7.6, managedesent §7 22). */
export function deleteTableRecord(engine: Engine, cursor: TableCursor): void {
  enterTable(engine, cursor);
  checkWritable(cursor);
  if (cursor.update !== null) {
    // recupd.cxx ErrIsamDelete: an insert copy that deletes its original (both preps set that state, fldmod.cxx
    // PrepareInsertCopyDeleteOriginal) keeps its update: AlreadyPrepared.
    const prep = cursor.update.prep;
    if (prep === PREP.InsertCopyDeleteOriginal || prep === PREP.InsertCopyReplaceOriginal) fail(JET_errAlreadyPrepared);
    cursor.update = null;
  }
  // recupd.cxx ErrIsamDelete: the engine's own transaction begins once the prepared update is cancelled.
  enterChange(cursor.session);
  const { bm } = currentRecord(cursor);
  writeRecord(engine, cursor.session, cursor.table, bm, null);
  markVersioned(cursor);
}
