"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.indexApi = indexApi;
const errors_1 = require("../constants/errors");
const anyCursor_1 = require("../engine/anyCursor");
const intersectIndexes_1 = require("../engine/intersectIndexes");
const secondaryBookmark_1 = require("../engine/secondaryBookmark");
const tableCursor_1 = require("../engine/tableCursor");
const failure_1 = require("../storage/failure");
const args_1 = require("./args");
const handles_1 = require("./handles");
const host_1 = require("./host");
const types_1 = require("./types");
/** sizeof(JET_INDEXRANGE) on x64: cbStruct, an 8-byte tableid, grbit, padded to 8. */
const JET_INDEXRANGE_SIZE = 24;
/** sizeof(JET_RECORDLIST) on x64: cbStruct, an 8-byte tableid, cRecord, columnidBookmark. */
const JET_RECORDLIST_SIZE = 24;
/** rec.cxx ErrIsamIntersectIndexes: at most 64 ranges. */
const MAX_RANGES = 64;
/** A regular-table cursor for the index-bookmark calls: a sort or temp table dispatches to the engine's ErrIllegal* (IllegalOperation). */
function indexCursorOf(e, sesid, tableid) {
    return (0, anyCursor_1.tableOnly)(e, (0, handles_1.cursorOf)(e, sesid, tableid));
}
/** Copy `value` into an output buffer of `room` bytes; true when it did not fit. */
function copyInto(value, buffer, room, actual) {
    if (actual !== null)
        actual.value = value.length;
    if (buffer !== null)
        buffer.set(value.subarray(0, Math.min(room, value.length)));
    return value.length > room;
}
/** JetGetSecondaryIndexBookmark, JetGotoSecondaryIndexBookmark, JetIntersectIndexes. */
function indexApi(host) {
    return {
        JetGetSecondaryIndexBookmark: (0, host_1.apiFunction)(host, 'JetGetSecondaryIndexBookmark', (e, sesid, tableid, pvSecondaryKey, cbSecondaryKeyMax, pcbSecondaryKeyActual, pvPrimaryBookmark, cbPrimaryBookmarkMax, pcbPrimaryBookmarkActual, grbit) => {
            const keyBuffer = (0, args_1.outputBuffer)(pvSecondaryKey, cbSecondaryKeyMax);
            const keyRoom = (0, args_1.outputRoom)(pvSecondaryKey, cbSecondaryKeyMax);
            const keyActual = (0, args_1.optionalOut)(pcbSecondaryKeyActual);
            const bmBuffer = (0, args_1.outputBuffer)(pvPrimaryBookmark, cbPrimaryBookmarkMax);
            const bmRoom = (0, args_1.outputRoom)(pvPrimaryBookmark, cbPrimaryBookmarkMax);
            const bmActual = (0, args_1.optionalOut)(pcbPrimaryBookmarkActual);
            // jetapi.cxx JetGetSecondaryIndexBookmark does not pass its grbit on.
            (0, args_1.grbitArg)(grbit);
            const c = indexCursorOf(e, sesid, tableid);
            const { key, bookmark } = (0, secondaryBookmark_1.secondaryBookmark)(e, c);
            const keyShort = copyInto(key, keyBuffer, keyRoom, keyActual);
            const bmShort = copyInto(bookmark, bmBuffer, bmRoom, bmActual);
            return keyShort || bmShort ? errors_1.JET_errBufferTooSmall : errors_1.JET_errSuccess;
        }),
        JetGotoSecondaryIndexBookmark: (0, host_1.apiFunction)(host, 'JetGotoSecondaryIndexBookmark', (e, sesid, tableid, pvSecondaryKey, cbSecondaryKey, pvPrimaryBookmark, cbPrimaryBookmark, grbit) => {
            const key = (0, args_1.inputBytes)(pvSecondaryKey, cbSecondaryKey);
            const bookmark = (0, args_1.inputBytes)(pvPrimaryBookmark, cbPrimaryBookmark);
            const bits = (0, args_1.grbitArg)(grbit);
            const c = indexCursorOf(e, sesid, tableid);
            (0, secondaryBookmark_1.gotoSecondaryBookmark)(e, c, key === null ? null : key.slice(), bookmark === null ? null : bookmark.slice(), bits);
            return errors_1.JET_errSuccess;
        }),
        JetIntersectIndexes: (0, host_1.apiFunction)(host, 'JetIntersectIndexes', (e, sesid, rgindexrange, cindexrange, precordlist, grbit) => {
            const ses = (0, handles_1.sessionOf)(e, sesid);
            const box = (0, args_1.outArg)(precordlist);
            // rec.cxx: the record list's cbStruct must be sizeof(JET_RECORDLIST) (here: when the box already holds one).
            const given = box.value;
            if (given !== undefined && given !== null) {
                const list = (0, args_1.objectArg)(given);
                if (list.cbStruct !== undefined && list.cbStruct !== JET_RECORDLIST_SIZE)
                    (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
            }
            const n = (0, args_1.sizeArg)(cindexrange);
            (0, args_1.grbitArg)(grbit);
            if (n === 0 || n > MAX_RANGES)
                (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
            const items = (0, args_1.arrayArg)(rgindexrange, n);
            const ranges = [];
            for (let i = 0; i < n; i++) {
                const r = (0, args_1.objectArg)(items[i]);
                if (r.cbStruct !== undefined && r.cbStruct !== JET_INDEXRANGE_SIZE)
                    (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
                const tableid = (0, args_1.intArg)(r.tableid);
                const bits = (0, args_1.grbitArg)(r.grbit);
                const c = (0, handles_1.cursorOf)(e, ses.handle, tableid);
                if (!(c instanceof tableCursor_1.TableCursor))
                    (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
                ranges.push({ cursor: c, grbit: bits });
            }
            box.value = { cbStruct: JET_RECORDLIST_SIZE, tableid: types_1.JET_tableidNil, cRecord: 0, columnidBookmark: 0 };
            const made = (0, intersectIndexes_1.intersectIndexes)(e, ses, ranges);
            box.value = {
                cbStruct: JET_RECORDLIST_SIZE, tableid: made.cursor.handle, cRecord: made.count,
                columnidBookmark: made.columnid,
            };
            return errors_1.JET_errSuccess;
        }),
    };
}
