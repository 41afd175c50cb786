import {
  JET_errAlreadyPrepared, JET_errIllegalOperation, JET_errInvalidBufferSize, JET_errInvalidOperation,
  JET_errInvalidParameter, JET_errNotInTransaction,
  JET_errRecordDeleted, JET_errRecordPrimaryChanged, JET_errSuccess, JET_errUpdateNotPrepared, JET_wrnColumnMaxTruncated,
} from '../constants/errors';
import { findColumn } from '../catalog/columns';
import type { Engine } from './engine';
import { fail } from '../storage/failure';
import { PackedRecord } from '../storage/record';
import { Row, TreeRows } from '../storage/rows';
import { insertRow, TempTable, versioned } from './tempTable';
import { Cursor, currentRow, EMPTY_BYTES, enter, PreparedUpdate, PREP, store } from './cursor';
import { bookmarkOf } from './cursorRead';

const KNOWN_PREPS: ReadonlySet<number> = new Set(Object.values(PREP));
const SET_ZERO_LENGTH = 0x20;
const APPEND_LV = 0x1;
/** The first variable column id: fixed columns have the ids below it. */
const FIXED_END = 128;

// ---- updates ------------------------------------------------------------------------------------

export function prepareUpdate(engine: Engine, cursor: Cursor, prep: number): void {
  const table = enter(engine, cursor);
  if (table.phase === 'retrieve') fail(JET_errIllegalOperation);
  if (prep === PREP.Cancel) {
    if (cursor.update === null) fail(JET_errUpdateNotPrepared);
    cursor.update = null;
    return;
  }
  if (prep !== PREP.Insert && !KNOWN_PREPS.has(prep)) fail(JET_errInvalidParameter);
  // fldmod.cxx ErrIsamPrepareUpdate (a sort taking rows has it too, sortapi.cxx vtfndefTTSortIns): every kind first
  // finds an update already prepared, a read-only copy then needs a transaction; what a sort cannot do comes after.
  if (cursor.update !== null) fail(JET_errAlreadyPrepared);
  const level = cursor.session.level;
  if (prep === PREP.ReadOnlyCopy && level === 0) fail(JET_errNotInTransaction);
  if (table.phase === 'insert' && prep !== PREP.Insert) fail(JET_errIllegalOperation);
  if (prep === PREP.Insert) {
    cursor.update = cursor.prepare(prep, level, null);
    return;
  }
  if (prep === PREP.InsertMustSetAutoIncrement) fail(JET_errIllegalOperation);
  const row = currentRow(cursor);
  cursor.update = cursor.prepare(prep, level, row);
  cursor.update.values.load(fields(table, row));
}

export function preparedUpdate(engine: Engine, cursor: Cursor): PreparedUpdate {
  const table = enter(engine, cursor);
  if (table.phase === 'retrieve') fail(JET_errIllegalOperation);
  if (cursor.update === null) fail(JET_errUpdateNotPrepared);
  return cursor.update;
}

/**
 * JetSetColumn on a sort or temp table. `internal`: esemu filling a list of its own (JET_ColInfoList and the like),
 * which the engine does inside a transaction of its own (info.cxx ErrIsamGetTableColumnInfo begins one at level 0).
 */
export function setColumn(engine: Engine, cursor: Cursor, columnid: number, data: Uint8Array | null, grbit: number, internal = false): number {
  const update = preparedUpdate(engine, cursor);
  const col = findColumn(cursor.table.byId, columnid);
  // lv.cxx ErrRECSetLongField, which a temp table's long values go through too: only inside a transaction.
  if (col.isLong && cursor.session.level === 0 && !internal) fail(JET_errNotInTransaction);
  const values = update.values;
  const i = col.index;
  if (data !== null && data.length > 0 && (grbit & APPEND_LV) !== 0 && col.isLong) {
    col.checkLength(Math.max(values.lengthOf(i), 0) + data.length);
    values.append(i, data, data.length);
    return JET_errSuccess;
  }
  // fldmod.cxx ErrRECISetFixedColumn: a fixed column (ids below 128) set to zero length is NULL.
  let len = data !== null && data.length > 0 ? data.length : (grbit & SET_ZERO_LENGTH) !== 0 && col.columnid >= FIXED_END ? 0 : -1;
  let code = JET_errSuccess;
  if (col.variable && len > col.maxLength) {
    // ErrRECISetVarColumn: a variable column's longer value is cut to its size, with a warning.
    len = col.maxLength;
    code = JET_wrnColumnMaxTruncated;
  }
  col.checkLength(len);
  // As the record keeps it, as on a regular table: a fixed Bit as 0x00 / 0xFF, a fixed Binary / Text value padded.
  const stored = len > 0 ? col.stored(data as Uint8Array) : data;
  if (stored !== data) len = (stored as Uint8Array).length;
  values.write(i, stored ?? EMPTY_BYTES, 0, len);
  return code;
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
    // recupd.cxx ErrIsamDelete: an insert copy that deletes its original (both preps set that state, fldmod.cxx
    // PrepareInsertCopyDeleteOriginal) keeps its update: AlreadyPrepared.
    const prep = cursor.update.prep;
    if (prep === PREP.InsertCopyDeleteOriginal || prep === PREP.InsertCopyReplaceOriginal) fail(JET_errAlreadyPrepared);
    cursor.update = null;
  }
  removeRow(table, currentRow(cursor));
}

/**
 * JetEscrowUpdate on a sort or temp table. A sort being read has no escrow
 * update (sortapi.cxx vtfndefTTSortRet: IllegalOperation); otherwise the
 * engine runs its ordinary escrow checks (recupd.cxx ErrIsamEscrowUpdate,
 * ErrRECIEscrowUpdate) and, since no temp table column is an escrow column,
 * they end in InvalidOperation at the latest.
 */
export function escrowUpdateTemp(engine: Engine, cursor: Cursor, columnid: number, delta: Uint8Array, oldRoom: number | null): never {
  const table = enter(engine, cursor);
  if (table.phase === 'retrieve') fail(JET_errIllegalOperation);
  if (cursor.session.level === 0) fail(JET_errNotInTransaction);
  const col = findColumn(table.byId, columnid);
  if (cursor.update !== null) fail(JET_errAlreadyPrepared);
  if (col.fixedSize !== 0) {
    if (col.fixedSize !== delta.length) fail(JET_errInvalidBufferSize);
    if (oldRoom !== null && oldRoom !== 0 && col.fixedSize > oldRoom) fail(JET_errInvalidBufferSize);
  }
  fail(JET_errInvalidOperation);
}
