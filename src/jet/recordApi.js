"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.recordApi = recordApi;
exports.indexColumns = indexColumns;
const errors_1 = require("../constants/errors");
const anyCursor_1 = require("../engine/anyCursor");
const tableNav_1 = require("../engine/tableNav");
const failure_1 = require("../storage/failure");
const errors_2 = require("../constants/errors");
const args_1 = require("./args");
const callerValues_1 = require("./callerValues");
const cursorHints_1 = require("../engine/cursorHints");
const cursorFilter_1 = require("../engine/cursorFilter");
const anyCursor_2 = require("../engine/anyCursor");
const handles_1 = require("./handles");
const host_1 = require("./host");
/** sizeof(JET_RECPOS): four ULONGs. */
const JET_RECPOS_SIZE = 16;
/** Record-level calls beyond the basic cursor ones: locks, escrow updates, JetUpdate2, cursor hints and statistics. */
function recordApi(host) {
    return {
        JetGetCursorInfo: (0, host_1.apiFunction)(host, 'JetGetCursorInfo', (e, sesid, tableid, pvResult, cbMax, InfoLevel) => {
            const c = (0, handles_1.cursorOf)(e, sesid, tableid);
            // info.cxx ErrIsamGetCursorInfo never reads or writes pvResult: only cbMax 0 is accepted.
            void pvResult;
            (0, cursorHints_1.cursorInfo)(e, c, (0, args_1.sizeArg)(cbMax), (0, args_1.intArg)(InfoLevel));
            return errors_1.JET_errSuccess;
        }),
        JetSetTableSequential: (0, host_1.apiFunction)(host, 'JetSetTableSequential', (e, sesid, tableid, grbit) => {
            const c = (0, handles_1.cursorOf)(e, sesid, tableid);
            (0, args_1.grbitArg)(grbit);
            (0, cursorHints_1.tableSequential)(e, c);
            return errors_1.JET_errSuccess;
        }),
        JetResetTableSequential: (0, host_1.apiFunction)(host, 'JetResetTableSequential', (e, sesid, tableid, grbit) => {
            const c = (0, handles_1.cursorOf)(e, sesid, tableid);
            (0, args_1.grbitArg)(grbit);
            (0, cursorHints_1.tableSequential)(e, c);
            return errors_1.JET_errSuccess;
        }),
        JetComputeStats: (0, host_1.apiFunction)(host, 'JetComputeStats', (e, sesid, tableid) => {
            (0, cursorHints_1.computeStats)(e, (0, handles_1.cursorOf)(e, sesid, tableid));
            return errors_1.JET_errSuccess;
        }),
        JetSetCursorFilter: (0, host_1.apiFunction)(host, 'JetSetCursorFilter', (e, sesid, tableid, rgColumnFilters, cColumnFilters, grbit) => {
            const c = (0, handles_1.cursorOf)(e, sesid, tableid);
            const specs = indexColumns(rgColumnFilters, cColumnFilters);
            const bits = (0, args_1.grbitArg)(grbit);
            (0, cursorFilter_1.setCursorFilter)(e, (0, anyCursor_2.tableOnly)(e, c), specs, bits);
            return errors_1.JET_errSuccess;
        }),
        JetGetLock: (0, host_1.apiFunction)(host, 'JetGetLock', (e, sesid, tableid, grbit) => {
            const c = (0, handles_1.cursorOf)(e, sesid, tableid);
            (0, anyCursor_1.getLockAny)(e, c, (0, args_1.grbitArg)(grbit));
            return errors_1.JET_errSuccess;
        }),
        JetEscrowUpdate: (0, host_1.apiFunction)(host, 'JetEscrowUpdate', (e, sesid, tableid, columnid, pv, cbMax, pvOld, cbOldMax, pcbOldActual, grbit) => {
            const c = (0, handles_1.cursorOf)(e, sesid, tableid);
            const id = (0, args_1.columnidArg)(columnid);
            const delta = (0, args_1.inputBytes)(pv, cbMax) ?? new Uint8Array(0);
            const old = (0, args_1.outputBuffer)(pvOld, cbOldMax);
            const room = (0, args_1.outputRoom)(pvOld, cbOldMax);
            const actual = (0, args_1.optionalOut)(pcbOldActual);
            (0, args_1.grbitArg)(grbit);
            const before = (0, anyCursor_1.escrowUpdateAny)(e, c, id, delta, old === null ? null : room);
            if (old !== null)
                old.set(before.subarray(0, Math.min(room, before.length)));
            if (actual !== null)
                actual.value = before.length;
            return errors_1.JET_errSuccess;
        }),
        JetGetRecordPosition: (0, host_1.apiFunction)(host, 'JetGetRecordPosition', (e, sesid, tableid, precpos, cbRecpos) => {
            const c = (0, handles_1.tableCursorOf)(e, sesid, tableid);
            const box = (0, args_1.outArg)(precpos);
            if ((0, args_1.sizeArg)(cbRecpos) < JET_RECPOS_SIZE)
                (0, failure_1.fail)(errors_2.JET_errInvalidParameter);
            const { before, total } = (0, tableNav_1.recordPosition)(e, c);
            box.value = { cbStruct: JET_RECPOS_SIZE, centriesLT: before, centriesInRange: 1, centriesTotal: total };
            return errors_1.JET_errSuccess;
        }),
        JetGotoPosition: (0, host_1.apiFunction)(host, 'JetGotoPosition', (e, sesid, tableid, precpos) => {
            const c = (0, handles_1.tableCursorOf)(e, sesid, tableid);
            const pos = (0, args_1.objectArg)(precpos);
            if (pos.cbStruct !== undefined)
                (0, args_1.sizeArg)(pos.cbStruct);
            (0, args_1.sizeArg)(pos.centriesInRange);
            const before = (0, args_1.sizeArg)(pos.centriesLT);
            const total = (0, args_1.sizeArg)(pos.centriesTotal);
            if (before > total)
                (0, failure_1.fail)(errors_2.JET_errInvalidParameter);
            (0, tableNav_1.gotoPosition)(e, c, before, total);
            return errors_1.JET_errSuccess;
        }),
        JetUpdate2: (0, host_1.apiFunction)(host, 'JetUpdate2', (e, sesid, tableid, pvBookmark, cbBookmark, pcbActual, grbit) => {
            const c = (0, handles_1.cursorOf)(e, sesid, tableid);
            const buffer = (0, args_1.outputBuffer)(pvBookmark, cbBookmark);
            const room = (0, args_1.outputRoom)(pvBookmark, cbBookmark);
            const actual = (0, args_1.optionalOut)(pcbActual);
            (0, args_1.grbitArg)(grbit);
            const bookmark = (0, anyCursor_1.updateAny)(e, c, buffer !== null || actual !== null);
            if (buffer !== null)
                buffer.set(bookmark.subarray(0, Math.min(room, bookmark.length)));
            if (actual !== null)
                actual.value = bookmark.length;
            return errors_1.JET_errSuccess;
        }),
    };
}
/**
 * The first `count` JET_INDEX_COLUMNs of an array, copied (the engine keeps its own copy of the values). Only what
 * JavaScript adds is screened here (a value that is not bytes, a length past the buffer's end: InvalidParameter);
 * the engine's own rules on pv and cb are the caller's (cursorFilter.ts).
 */
function indexColumns(value, count) {
    const n = (0, args_1.sizeArg)(count);
    if (n === 0)
        return [];
    const list = (0, args_1.arrayArg)(value, n);
    const specs = [];
    // A loop by index, not map(): map skips the holes of a sparse array, which must count as bad entries.
    for (let i = 0; i < n; i++)
        specs.push(indexColumn(list[i]));
    return specs;
}
/** One JET_INDEX_COLUMN, screened and copied (see indexColumns). */
function indexColumn(entry) {
    const c = (0, args_1.objectArg)(entry);
    const columnid = (0, args_1.columnidArg)(c.columnid);
    const relop = (0, args_1.intArg)(c.relop);
    const cb = (0, args_1.sizeArg)(c.cb);
    const grbit = (0, args_1.grbitArg)(c.grbit ?? 0);
    const pv = c.pv;
    if (pv === null || pv === undefined)
        return { columnid, relop, pv: null, cb, grbit };
    if (!(0, callerValues_1.isBytes)(pv) || cb > (0, callerValues_1.bytesLength)(pv))
        (0, failure_1.fail)(errors_2.JET_errInvalidParameter);
    return { columnid, relop, pv: (0, callerValues_1.ownBytes)(pv, cb).slice(), cb, grbit };
}
