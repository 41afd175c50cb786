"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.retrieveColumn = retrieveColumn;
exports.retrieveKey = retrieveKey;
exports.bookmarkOf = bookmarkOf;
exports.getBookmark = getBookmark;
exports.gotoBookmark = gotoBookmark;
exports.dupCursor = dupCursor;
const errors_1 = require("../constants/errors");
const columns_1 = require("../catalog/columns");
const failure_1 = require("../storage/failure");
const keys_1 = require("../storage/keys");
const params_1 = require("./params");
const record_1 = require("../storage/record");
const cursor_1 = require("./cursor");
const RETRIEVE_COPY = 0x1;
// ---- reading ------------------------------------------------------------------------------------
/**
 * JetRetrieveColumn: copy the value into `dest` (at most `room` bytes) and
 * return its full length, or -1 when the column is NULL.
 */
function retrieveColumn(engine, cursor, columnid, grbit, dest, room) {
    const table = (0, cursor_1.enter)(engine, cursor);
    (0, cursor_1.requireReadable)(table);
    const col = (0, columns_1.findColumn)(table.byId, columnid);
    if ((grbit & RETRIEVE_COPY) !== 0 && cursor.update !== null)
        return (0, record_1.copyField)(cursor.update.values, col.index, dest, room);
    const row = (0, cursor_1.currentRow)(cursor);
    return (0, record_1.copyPackedField)(row.rec, row.at, table.columns.length, col.index, dest, room);
}
function retrieveKey(engine, cursor, grbit) {
    (0, cursor_1.enter)(engine, cursor);
    if ((grbit & RETRIEVE_COPY) !== 0) {
        if (!cursor.key.everMade)
            (0, failure_1.fail)(errors_1.JET_errKeyNotMade);
        return Uint8Array.from(cursor.key.bytes);
    }
    if (cursor.table.phase === 'insert')
        (0, failure_1.fail)(errors_1.JET_errNoCurrentRecord);
    return (0, keys_1.keyToBytes)((0, cursor_1.currentRow)(cursor).norm);
}
function bookmarkOf(table, row) {
    if (table.phase === 'retrieve') {
        const b = new Uint8Array(4);
        new DataView(b.buffer).setInt32(0, row.idx, true);
        return b;
    }
    return (0, keys_1.keyToBytes)(row.key);
}
function getBookmark(engine, cursor, cbMax) {
    const table = (0, cursor_1.enter)(engine, cursor);
    (0, cursor_1.requireReadable)(table);
    if (table.phase === 'retrieve' && cbMax < 4)
        (0, failure_1.fail)(errors_1.JET_errBufferTooSmall);
    return bookmarkOf(table, (0, cursor_1.currentRow)(cursor));
}
function gotoBookmark(engine, cursor, bookmark) {
    const table = (0, cursor_1.enter)(engine, cursor);
    (0, cursor_1.requireReadable)(table);
    if (table.phase === 'retrieve') {
        if (bookmark.length !== 4)
            (0, failure_1.fail)(errors_1.JET_errInvalidBookmark);
        const idx = new DataView(bookmark.buffer, bookmark.byteOffset, 4).getInt32(0, true);
        const row = (0, cursor_1.store)(table).at(idx);
        if (row === undefined)
            (0, failure_1.fail)(errors_1.JET_errInvalidBookmark);
        (0, cursor_1.land)(cursor, row, cursor_1.At.Before);
        return;
    }
    if (bookmark.length === 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidBookmark);
    // A materialized table goes to rec.cxx ErrRECIGotoBookmark: a prepared update is cancelled, the range and key dropped.
    cursor.update = null;
    cursor.range = null;
    cursor.key.inProgress = false;
    const row = (0, cursor_1.store)(table).get((0, keys_1.keyFromBytes)(bookmark));
    if (row === undefined)
        (0, failure_1.fail)(errors_1.JET_errRecordDeleted);
    (0, cursor_1.land)(cursor, row, cursor_1.At.Before);
}
function dupCursor(engine, cursor) {
    const table = (0, cursor_1.enter)(engine, cursor);
    (0, cursor_1.requireReadable)(table);
    const inst = cursor.session.instance;
    if (inst.cursorCount >= inst.param(params_1.PARAM.MaxCursors))
        (0, failure_1.fail)(errors_1.JET_errOutOfCursors);
    const dup = (0, cursor_1.newCursor)(engine, cursor.session, table);
    // A copy of a sort being read starts on its first row; a table cursor's copy moves there when first used.
    if (table.phase === 'retrieve')
        (0, cursor_1.land)(dup, (0, cursor_1.store)(table).first(), cursor_1.At.Before);
    return dup;
}
