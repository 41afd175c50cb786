"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.prepareAny = prepareAny;
exports.setColumnAny = setColumnAny;
exports.updateAny = updateAny;
exports.deleteAny = deleteAny;
exports.moveAny = moveAny;
exports.makeKeyAny = makeKeyAny;
exports.seekAny = seekAny;
exports.setIndexRangeAny = setIndexRangeAny;
exports.retrieveColumnAny = retrieveColumnAny;
exports.countColumnAny = countColumnAny;
exports.retrieveKeyAny = retrieveKeyAny;
exports.getBookmarkAny = getBookmarkAny;
exports.gotoBookmarkAny = gotoBookmarkAny;
exports.dupAny = dupAny;
exports.closeAny = closeAny;
exports.tableOnly = tableOnly;
exports.getLockAny = getLockAny;
exports.escrowUpdateAny = escrowUpdateAny;
const cursor_1 = require("./cursor");
const cursorMove_1 = require("./cursorMove");
const cursorRead_1 = require("./cursorRead");
const cursorSeek_1 = require("./cursorSeek");
const cursorUpdate_1 = require("./cursorUpdate");
const errors_1 = require("../constants/errors");
const failure_1 = require("../storage/failure");
const keys_1 = require("../storage/keys");
const tableLocks_1 = require("./tableLocks");
const gates_1 = require("./gates");
const tableCursor_1 = require("./tableCursor");
const tableNav_1 = require("./tableNav");
const tableRead_1 = require("./tableRead");
const tableUpdate_1 = require("./tableUpdate");
/**
 * The cursor calls, for either kind of cursor: a sort or temp table
 * (cursor*.ts) or a regular table (table*.ts). The API layer calls these.
 */
function prepareAny(e, c, prep) {
    if (c instanceof tableCursor_1.TableCursor)
        (0, tableUpdate_1.prepareTableUpdate)(e, c, prep);
    else
        (0, cursorUpdate_1.prepareUpdate)(e, c, prep);
}
/** JetSetColumn: Success, or a warning (wrnColumnMaxTruncated). `data` is the engine's to keep (jet/args.ts inputCopy). */
function setColumnAny(e, c, columnid, data, grbit, place) {
    if (c instanceof tableCursor_1.TableCursor)
        return (0, tableUpdate_1.setTableColumn)(e, c, columnid, data, grbit, place);
    (0, cursorUpdate_1.setColumn)(e, c, columnid, data, grbit);
    return 0;
}
/**
 * JetUpdate: the new or replaced record's bookmark. A table's bookmark is made into bytes only when the caller asks
 * for it (`wanted`: a buffer or a length to write); most inserts pass neither, and the bytes would be garbage.
 */
function updateAny(e, c, wanted) {
    if (!(c instanceof tableCursor_1.TableCursor))
        return (0, cursorUpdate_1.update)(e, c);
    const bm = (0, tableUpdate_1.updateTable)(e, c);
    return wanted ? (0, keys_1.keyToBytes)(bm) : NOT_WANTED;
}
const NOT_WANTED = new Uint8Array(0);
function deleteAny(e, c) {
    if (c instanceof tableCursor_1.TableCursor)
        (0, tableUpdate_1.deleteTableRecord)(e, c);
    else
        (0, cursorUpdate_1.deleteRow)(e, c);
}
function moveAny(e, c, cRow, grbit) {
    if (c instanceof tableCursor_1.TableCursor)
        (0, tableNav_1.moveTable)(e, c, cRow, grbit);
    else
        (0, cursorMove_1.move)(e, c, cRow, grbit);
}
function makeKeyAny(e, c, data, grbit) {
    if (c instanceof tableCursor_1.TableCursor)
        (0, tableNav_1.makeTableKey)(e, c, data, grbit);
    else
        (0, cursorSeek_1.makeKey)(e, c, data, grbit);
}
function seekAny(e, c, grbit) {
    return c instanceof tableCursor_1.TableCursor ? (0, tableNav_1.seekTable)(e, c, grbit) : (0, cursorSeek_1.seek)(e, c, grbit);
}
function setIndexRangeAny(e, c, grbit) {
    if (c instanceof tableCursor_1.TableCursor)
        (0, tableNav_1.setTableIndexRange)(e, c, grbit);
    else
        (0, cursorSeek_1.setIndexRange)(e, c, grbit);
}
/** The value's length (from the place asked for), or -1 for NULL; the place is read on tables only. */
function retrieveColumnAny(e, c, columnid, grbit, place, dest, room) {
    return c instanceof tableCursor_1.TableCursor
        ? (0, tableRead_1.retrieveTableColumn)(e, c, columnid, grbit, place, dest, room)
        : (0, cursorRead_1.retrieveColumn)(e, c, columnid, grbit, dest, room);
}
/**
 * How many values a column holds in the current record (JetRetrieveColumns with itagSequence 0, fldext.cxx
 * RECICountColumn). A sort or temp table holds one value per column at most here (docs/differences.md): 1, or 0 when
 * it is NULL, with the same answers as a retrieve of it for everything else.
 */
function countColumnAny(e, c, columnid, grbit) {
    if (c instanceof tableCursor_1.TableCursor)
        return (0, tableRead_1.countTableColumn)(e, c, columnid, grbit);
    return (0, cursorRead_1.retrieveColumn)(e, c, columnid, grbit, null, 0) < 0 ? 0 : 1;
}
function retrieveKeyAny(e, c, grbit) {
    return c instanceof tableCursor_1.TableCursor ? (0, tableRead_1.retrieveTableKey)(e, c, grbit) : (0, cursorRead_1.retrieveKey)(e, c, grbit);
}
function getBookmarkAny(e, c, room) {
    return c instanceof tableCursor_1.TableCursor ? (0, tableRead_1.tableBookmark)(e, c) : (0, cursorRead_1.getBookmark)(e, c, room);
}
function gotoBookmarkAny(e, c, bookmark) {
    if (c instanceof tableCursor_1.TableCursor)
        (0, tableRead_1.gotoTableBookmark)(e, c, bookmark);
    else
        (0, cursorRead_1.gotoBookmark)(e, c, bookmark);
}
function dupAny(e, c) {
    return c instanceof tableCursor_1.TableCursor ? (0, tableRead_1.dupTableCursor)(e, c) : (0, cursorRead_1.dupCursor)(e, c);
}
/** JetCloseTable: a clean-up call (it works after JetStopService). */
function closeAny(e, c) {
    if (c instanceof tableCursor_1.TableCursor) {
        (0, gates_1.enterSession)(e, c.session, true);
        (0, tableCursor_1.closeTableCursor)(e, c, true);
    }
    else {
        (0, cursor_1.closeTable)(e, c);
    }
}
/**
 * A regular-table cursor for a call every kind of temp table answers with its ErrIllegal* function
 * (IllegalOperation, sortapi.cxx's function tables): a temp table's cursor passes the session gate first.
 */
function tableOnly(e, c) {
    if (c instanceof tableCursor_1.TableCursor)
        return c;
    (0, gates_1.enterSession)(e, c.session, false);
    (0, failure_1.fail)(errors_1.JET_errIllegalOperation);
}
/** JetGetLock: no kind of temp table takes locks (ErrIllegalGetLock in all three of their function tables). */
function getLockAny(e, c, grbit) {
    (0, tableLocks_1.getLock)(e, tableOnly(e, c), grbit);
}
/** JetEscrowUpdate: the value before the delta. */
function escrowUpdateAny(e, c, columnid, delta, oldRoom) {
    if (c instanceof tableCursor_1.TableCursor)
        return (0, tableLocks_1.escrowUpdate)(e, c, columnid, delta, oldRoom);
    return (0, cursorUpdate_1.escrowUpdateTemp)(e, c, columnid, delta, oldRoom);
}
