"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.prepareUpdate = prepareUpdate;
exports.setColumn = setColumn;
exports.update = update;
exports.deleteRow = deleteRow;
exports.escrowUpdateTemp = escrowUpdateTemp;
const errors_1 = require("../constants/errors");
const columns_1 = require("../catalog/columns");
const coltyp_1 = require("../storage/coltyp");
const failure_1 = require("../storage/failure");
const record_1 = require("../storage/record");
const tempTable_1 = require("./tempTable");
const cursor_1 = require("./cursor");
const cursorRead_1 = require("./cursorRead");
const KNOWN_PREPS = new Set(Object.values(cursor_1.PREP));
const SET_ZERO_LENGTH = 0x20;
const APPEND_LV = 0x1;
/** The first variable column id: fixed columns have the ids below it. */
const FIXED_END = 128;
// ---- updates ------------------------------------------------------------------------------------
function prepareUpdate(engine, cursor, prep) {
    const table = (0, cursor_1.enter)(engine, cursor);
    if (table.phase === 'retrieve')
        (0, failure_1.fail)(errors_1.JET_errIllegalOperation);
    if (prep === cursor_1.PREP.Cancel) {
        if (cursor.update === null)
            (0, failure_1.fail)(errors_1.JET_errUpdateNotPrepared);
        cursor.update = null;
        return;
    }
    if (prep !== cursor_1.PREP.Insert && !KNOWN_PREPS.has(prep))
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    if (table.phase === 'insert' && prep !== cursor_1.PREP.Insert)
        (0, failure_1.fail)(errors_1.JET_errIllegalOperation);
    if (cursor.update !== null)
        (0, failure_1.fail)(errors_1.JET_errAlreadyPrepared);
    const level = cursor.session.level;
    if (prep === cursor_1.PREP.Insert) {
        cursor.update = cursor.prepare(prep, level, null);
        return;
    }
    if (prep === cursor_1.PREP.InsertMustSetAutoIncrement)
        (0, failure_1.fail)(errors_1.JET_errIllegalOperation);
    if (prep === cursor_1.PREP.ReadOnlyCopy && level === 0)
        (0, failure_1.fail)(errors_1.JET_errNotInTransaction);
    const row = (0, cursor_1.currentRow)(cursor);
    cursor.update = cursor.prepare(prep, level, row);
    cursor.update.values.load(fields(table, row));
}
function preparedUpdate(engine, cursor) {
    const table = (0, cursor_1.enter)(engine, cursor);
    if (table.phase === 'retrieve')
        (0, failure_1.fail)(errors_1.JET_errIllegalOperation);
    if (cursor.update === null)
        (0, failure_1.fail)(errors_1.JET_errUpdateNotPrepared);
    return cursor.update;
}
/**
 * JetSetColumn on a sort or temp table. `internal`: esemu filling a list of its own (JET_ColInfoList and the like),
 * which the engine does inside a transaction of its own (info.cxx ErrIsamGetTableColumnInfo begins one at level 0).
 */
function setColumn(engine, cursor, columnid, data, grbit, internal = false) {
    const update = preparedUpdate(engine, cursor);
    const col = (0, columns_1.findColumn)(cursor.table.byId, columnid);
    // lv.cxx ErrRECSetLongField, which a temp table's long values go through too: only inside a transaction.
    if (col.isLong && cursor.session.level === 0 && !internal)
        (0, failure_1.fail)(errors_1.JET_errNotInTransaction);
    const values = update.values;
    const i = col.index;
    if (data !== null && data.length > 0 && (grbit & APPEND_LV) !== 0 && col.isLong) {
        col.checkLength(Math.max(values.lengthOf(i), 0) + data.length);
        values.append(i, data, data.length);
        return;
    }
    // fldmod.cxx ErrRECISetFixedColumn: a fixed column (ids below 128) set to zero length is NULL.
    const len = data !== null && data.length > 0 ? data.length : (grbit & SET_ZERO_LENGTH) !== 0 && col.columnid >= FIXED_END ? 0 : -1;
    col.checkLength(len);
    // A fixed Bit column keeps 0x00 or 0xFF (fldmod.cxx ErrRECISetFixedColumn), as on a regular table.
    const stored = len > 0 && col.coltyp === columns_1.COLTYP.Bit && col.columnid < FIXED_END ? (0, coltyp_1.bitByte)(data) : data;
    values.write(i, stored ?? cursor_1.EMPTY_BYTES, 0, len);
}
/** A stored row's values, for reading. */
function fields(table, row) {
    return new record_1.PackedRecord(row.rec, row.at, table.columns.length);
}
/** JetUpdate: returns the new or replaced record's bookmark (empty while a sort is still collecting). */
function update(engine, cursor) {
    const upd = preparedUpdate(engine, cursor);
    const table = cursor.table;
    if (upd.prep === cursor_1.PREP.ReadOnlyCopy)
        (0, failure_1.fail)(errors_1.JET_errUpdateNotPrepared);
    if (upd.prep === cursor_1.PREP.Replace || upd.prep === cursor_1.PREP.ReplaceNoLock) {
        const row = upd.original;
        const tree = (0, cursor_1.store)(table);
        if (tree.get(row.key) !== row)
            (0, failure_1.fail)(errors_1.JET_errRecordDeleted);
        if (table.indexed && table.keyOf(upd.values) !== row.norm)
            (0, failure_1.fail)(errors_1.JET_errRecordPrimaryChanged);
        const before = row.rec;
        const beforeAt = row.at;
        row.rec = upd.values.pack();
        row.at = 0;
        (0, tempTable_1.versioned)(table, () => {
            row.rec = before;
            row.at = beforeAt;
        });
        cursor.update = null;
        return (0, cursorRead_1.bookmarkOf)(table, row);
    }
    const row = (0, tempTable_1.insertRow)(table, upd.values);
    const original = upd.original;
    if (original !== null && (upd.prep === cursor_1.PREP.InsertCopyDeleteOriginal || upd.prep === cursor_1.PREP.InsertCopyReplaceOriginal)) {
        removeRow(table, original);
    }
    cursor.update = null;
    return row === null ? cursor_1.EMPTY_BYTES : (0, cursorRead_1.bookmarkOf)(table, row);
}
function removeRow(table, row) {
    const tree = (0, cursor_1.store)(table);
    if (tree.get(row.key) !== row)
        return;
    tree.delete(row.key);
    (0, tempTable_1.versioned)(table, () => tree.insert(row));
}
function deleteRow(engine, cursor) {
    const table = (0, cursor_1.enter)(engine, cursor);
    if (table.phase !== 'materialized')
        (0, failure_1.fail)(errors_1.JET_errIllegalOperation);
    if (cursor.update !== null) {
        if (cursor.update.prep === cursor_1.PREP.InsertCopyDeleteOriginal)
            (0, failure_1.fail)(errors_1.JET_errAlreadyPrepared);
        cursor.update = null;
    }
    removeRow(table, (0, cursor_1.currentRow)(cursor));
}
/**
 * JetEscrowUpdate on a sort or temp table. A sort being read has no escrow
 * update (sortapi.cxx vtfndefTTSortRet: IllegalOperation); otherwise the
 * engine runs its ordinary escrow checks (recupd.cxx ErrIsamEscrowUpdate,
 * ErrRECIEscrowUpdate) and, since no temp table column is an escrow column,
 * they end in InvalidOperation at the latest.
 */
function escrowUpdateTemp(engine, cursor, columnid, delta, oldRoom) {
    const table = (0, cursor_1.enter)(engine, cursor);
    if (table.phase === 'retrieve')
        (0, failure_1.fail)(errors_1.JET_errIllegalOperation);
    if (cursor.session.level === 0)
        (0, failure_1.fail)(errors_1.JET_errNotInTransaction);
    const col = (0, columns_1.findColumn)(table.byId, columnid);
    if (cursor.update !== null)
        (0, failure_1.fail)(errors_1.JET_errAlreadyPrepared);
    if (col.fixedSize !== 0) {
        if (col.fixedSize !== delta.length)
            (0, failure_1.fail)(errors_1.JET_errInvalidBufferSize);
        if (oldRoom !== null && oldRoom !== 0 && col.fixedSize > oldRoom)
            (0, failure_1.fail)(errors_1.JET_errInvalidBufferSize);
    }
    (0, failure_1.fail)(errors_1.JET_errInvalidOperation);
}
