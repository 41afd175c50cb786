"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fullRecord = fullRecord;
exports.coversOfRecord = coversOfRecord;
const recordCovers_1 = require("../catalog/recordCovers");
const packedRecord_1 = require("../storage/packedRecord");
/**
 * A stored record's values as its readers and its index keys see them: with the current default of each column the
 * record does not answer for (src/catalog/recordCovers.ts; a column added with a default after the record was
 * written). The record itself when there is none.
 */
function fullRecord(table, values) {
    return values instanceof packedRecord_1.PackedRecord ? (0, recordCovers_1.withDefaults)(table.shape().defaults, values, values.covers) : values;
}
/** The range of a stored record (a record held as a plain map answers for every column). */
function coversOfRecord(values) {
    return values instanceof packedRecord_1.PackedRecord ? values.covers : recordCovers_1.COVERS_ALL;
}
