"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.copyValues = copyValues;
exports.int32 = int32;
exports.newRecord = newRecord;
exports.extendCovers = extendCovers;
/**
 * The copy buffer of a prepared update on a table (the engine's FUCB dataWorkBuf): the values an insert starts from
 * (the default record and the autoincrement value), the copy a replace starts from, and the record's stored range
 * (catalog/recordCovers.ts) that a set extends.
 */
const tableColumn_1 = require("../catalog/tableColumn");
const recordCovers_1 = require("../catalog/recordCovers");
function copyValues(values) {
    const copy = new Map();
    for (const [id, list] of values)
        copy.set(id, [...list]);
    return copy;
}
function int32(n, bytes) {
    const b = new Uint8Array(bytes);
    const view = new DataView(b.buffer);
    if (bytes === 8)
        view.setBigInt64(0, BigInt(n), true);
    else
        view.setInt32(0, n, true);
    return b;
}
/** Values of a new record: the columns' defaults, and the next autoincrement value (not given back on rollback). */
function newRecord(table, autoInc) {
    const values = new Map();
    for (const col of table.shape().initial) {
        if (col.defaultValue !== null)
            values.set(col.columnid, [col.defaultValue]);
        if (autoInc && col.has(tableColumn_1.COLUMN.Autoincrement))
            values.set(col.columnid, [int32(table.autoIncNext++, col.fixedSize)]);
    }
    return values;
}
/**
 * A record being built extended to answer for `column` (fldmod.cxx ErrRECISetFixedColumn, and the same for
 * variable columns): the columns of its class between the old end and it take their current default, as the
 * engine copies them in from the default record; the column itself then takes what is set. Returns the new covers.
 */
function extendCovers(table, values, covers, column) {
    if ((0, recordCovers_1.answersFor)(covers, column))
        return covers;
    const wider = (0, recordCovers_1.coverColumn)(covers, column);
    for (const col of table.shape().defaults.defaulted) {
        if (col !== column && !(0, recordCovers_1.answersFor)(covers, col) && (0, recordCovers_1.answersFor)(wider, col) && !values.has(col.columnid)) {
            values.set(col.columnid, [col.defaultValue]);
        }
    }
    return wider;
}
