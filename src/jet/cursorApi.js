"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cursorApi = cursorApi;
const errors_1 = require("../constants/errors");
const failure_1 = require("../storage/failure");
const constants_1 = require("../constants/constants");
const types_1 = require("./types");
const anyCursor_1 = require("../engine/anyCursor");
const indexRetrieve_1 = require("../engine/indexRetrieve");
const tableCursor_1 = require("../engine/tableCursor");
const tableRead_1 = require("../engine/tableRead");
const failure_2 = require("../storage/failure");
const args_1 = require("./args");
const handles_1 = require("./handles");
const host_1 = require("./host");
/** The most bytes esemu will make up for a long value resized without data (an emulator limit: OutOfMemory above). */
const MAX_ZEROED = 64 * 1024 * 1024;
function zeroed(size) {
    if (size > MAX_ZEROED)
        (0, failure_1.fail)(errors_1.JET_errOutOfMemory);
    return new Uint8Array(size);
}
/** Copy `count` bytes; a plain loop beats creating a subarray view for the short values columns hold. */
function copyBytes(from, to, count) {
    if (count > 64) {
        to.set(from.subarray(0, count));
        return;
    }
    for (let i = 0; i < count; i++)
        to[i] = from[i];
}
/** Copy a value into a caller's buffer; the full size goes to pcbActual. */
function copyOut(value, pv, cbMax, pcbActual) {
    const buffer = (0, args_1.outputBuffer)(pv, cbMax);
    const room = (0, args_1.outputRoom)(pv, cbMax);
    const actual = (0, args_1.optionalOut)(pcbActual);
    if (buffer !== null)
        copyBytes(value, buffer, Math.min(room, value.length));
    if (actual !== null)
        actual.value = value.length;
    return value.length > room ? errors_1.JET_wrnBufferTruncated : errors_1.JET_errSuccess;
}
/** JetRetrieveColumn without a JET_RETINFO: itagSequence 1, ibLongValue 0 (fldext.cxx ErrIsamRetrieveColumn). */
const NO_PLACE = { itag: 1, offset: 0 };
const PHYSICAL_SIZE = constants_1.JET_bitRetrievePhysicalSize;
/** JetSetColumn without a JET_SETINFO: itagSequence 1, ibLongValue 0 (fldmod.cxx ErrIsamSetColumn), so the first value is set. */
const FIRST_VALUE = { itag: 1, offset: 0 };
function placeOf(itagSequence, ibLongValue) {
    return {
        // Left out of the struct, itagSequence is 1, the first value (the usual C initialization sets it so); 0 given
        // explicitly keeps its meaning (a new value for a set, BadItagSequence for a retrieve of a tagged column).
        itag: itagSequence === undefined ? 1 : (0, args_1.sizeArg)(itagSequence),
        offset: ibLongValue === undefined ? 0 : (0, args_1.sizeArg)(ibLongValue),
    };
}
/** Check a JET_SETINFO / JET_RETINFO and return the place it names. */
function checkInfo(info, absent = NO_PLACE) {
    if (info === null || info === undefined)
        return absent;
    const i = (0, args_1.objectArg)(info);
    return placeOf(i.itagSequence, i.ibLongValue);
}
function retrieveOne(e, cursor, columnid, pv, cb, pcbActual, grbit, place) {
    const id = (0, args_1.columnidArg)(columnid);
    const bits = (0, args_1.grbitArg)(grbit);
    const buffer = (0, args_1.outputBuffer)(pv, cb);
    const room = (0, args_1.outputRoom)(pv, cb);
    const actual = (0, args_1.optionalOut)(pcbActual);
    if ((bits & PHYSICAL_SIZE) !== 0 && cursor instanceof tableCursor_1.TableCursor) {
        // fldext.cxx ErrIsamRetrieveColumn / ErrRECRetrieveColumns: the size only, into pcbActual; the copy buffer may be
        // named, nothing else; no data, no offset.
        if ((bits & ~(PHYSICAL_SIZE | constants_1.JET_bitRetrieveCopy)) !== 0)
            (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
        if ((0, args_1.sizeArg)(cb) !== 0 || actual === null || place.offset !== 0)
            (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    }
    let length;
    try {
        length = (0, anyCursor_1.retrieveColumnAny)(e, cursor, id, bits, place, buffer, room);
    }
    catch (caught) {
        // An escrow column cut short: the engine has written the length before it fails.
        if (caught instanceof tableRead_1.EscrowCutShort && actual !== null)
            actual.value = caught.length;
        throw caught;
    }
    if (actual !== null)
        actual.value = Math.max(length, 0);
    if (length < 0)
        return errors_1.JET_wrnColumnNull;
    return length > room && (bits & PHYSICAL_SIZE) === 0 ? errors_1.JET_wrnBufferTruncated : errors_1.JET_errSuccess;
}
/** Run one element of a JetSetColumns / JetRetrieveColumns array, turning a failure into its code. */
function each(run) {
    try {
        return run();
    }
    catch (caught) {
        if (caught instanceof failure_2.EngineFailure)
            return caught.code;
        throw caught;
    }
}
/**
 * The first `count` entries of an array of structs (JET_SETCOLUMN, JET_RETRIEVECOLUMN), each checked to be
 * an object whose output fields can be written, before any of them is acted on.
 */
function structs(value, count, outputs) {
    const n = (0, args_1.sizeArg)(count);
    const list = n === 0 ? [] : (0, args_1.arrayArg)(value, n);
    const checked = [];
    for (let i = 0; i < n; i++) {
        const c = (0, args_1.objectArg)(list[i]);
        for (const field of outputs)
            (0, args_1.writableField)(c, field);
        checked.push(c);
    }
    return checked;
}
function cursorApi(host) {
    return {
        JetPrepareUpdate: (0, host_1.apiFunction)(host, 'JetPrepareUpdate', (e, sesid, tableid, prep) => {
            const cursor = (0, handles_1.cursorOf)(e, sesid, tableid);
            (0, anyCursor_1.prepareAny)(e, cursor, (0, args_1.intArg)(prep));
            return errors_1.JET_errSuccess;
        }),
        JetSetColumn: (0, host_1.apiFunction)(host, 'JetSetColumn', (e, sesid, tableid, columnid, pvData, cbData, grbit, psetinfo) => {
            const cursor = (0, handles_1.cursorOf)(e, sesid, tableid);
            const id = (0, args_1.columnidArg)(columnid);
            const bits = (0, args_1.grbitArg)(grbit);
            // With JET_bitSetSizeLV only cbData counts: the data pointer may be NULL (fldmod.cxx:1696).
            const sizeOnly = (bits & constants_1.JET_bitSetSizeLV) !== 0 && (pvData === null || pvData === undefined);
            const data = sizeOnly ? zeroed((0, args_1.sizeArg)(cbData)) : (0, args_1.inputCopy)(pvData, cbData);
            const place = checkInfo(psetinfo, FIRST_VALUE);
            return (0, anyCursor_1.setColumnAny)(e, cursor, id, data, bits, place);
        }),
        JetSetColumns: (0, host_1.apiFunction)(host, 'JetSetColumns', (e, sesid, tableid, psetcolumn, csetcolumn) => {
            const cursor = (0, handles_1.cursorOf)(e, sesid, tableid);
            const list = structs(psetcolumn, csetcolumn, ['err']);
            for (const c of list) {
                const code = each(() => {
                    const place = placeOf(c.itagSequence, c.ibLongValue);
                    return (0, anyCursor_1.setColumnAny)(e, cursor, (0, args_1.columnidArg)(c.columnid), (0, args_1.inputCopy)(c.pvData, c.cbData), (0, args_1.grbitArg)(c.grbit ?? 0), place);
                });
                c.err = code;
                if (code < 0)
                    return code;
            }
            return errors_1.JET_errSuccess;
        }),
        JetUpdate: (0, host_1.apiFunction)(host, 'JetUpdate', (e, sesid, tableid, pvBookmark, cbBookmark, pcbActual) => {
            const cursor = (0, handles_1.cursorOf)(e, sesid, tableid);
            const buffer = (0, args_1.outputBuffer)(pvBookmark, cbBookmark);
            const actual = (0, args_1.optionalOut)(pcbActual);
            const bookmark = (0, anyCursor_1.updateAny)(e, cursor, buffer !== null || actual !== null);
            copyOut(bookmark, pvBookmark, cbBookmark, pcbActual);
            return errors_1.JET_errSuccess;
        }),
        JetDelete: (0, host_1.apiFunction)(host, 'JetDelete', (e, sesid, tableid) => {
            (0, anyCursor_1.deleteAny)(e, (0, handles_1.cursorOf)(e, sesid, tableid));
            return errors_1.JET_errSuccess;
        }),
        JetMove: (0, host_1.apiFunction)(host, 'JetMove', (e, sesid, tableid, cRow, grbit) => {
            const cursor = (0, handles_1.cursorOf)(e, sesid, tableid);
            (0, anyCursor_1.moveAny)(e, cursor, (0, args_1.intArg)(cRow), (0, args_1.grbitArg)(grbit));
            return errors_1.JET_errSuccess;
        }),
        JetMakeKey: (0, host_1.apiFunction)(host, 'JetMakeKey', (e, sesid, tableid, pvData, cbData, grbit) => {
            const cursor = (0, handles_1.cursorOf)(e, sesid, tableid);
            (0, anyCursor_1.makeKeyAny)(e, cursor, (0, args_1.inputBytes)(pvData, cbData), (0, args_1.grbitArg)(grbit));
            return errors_1.JET_errSuccess;
        }),
        JetSeek: (0, host_1.apiFunction)(host, 'JetSeek', (e, sesid, tableid, grbit) => {
            const cursor = (0, handles_1.cursorOf)(e, sesid, tableid);
            return (0, anyCursor_1.seekAny)(e, cursor, (0, args_1.grbitArg)(grbit));
        }),
        JetSetIndexRange: (0, host_1.apiFunction)(host, 'JetSetIndexRange', (e, sesid, tableid, grbit) => {
            const cursor = (0, handles_1.cursorOf)(e, sesid, tableid);
            (0, anyCursor_1.setIndexRangeAny)(e, cursor, (0, args_1.grbitArg)(grbit));
            return errors_1.JET_errSuccess;
        }),
        JetRetrieveColumn: (0, host_1.apiFunction)(host, 'JetRetrieveColumn', (e, sesid, tableid, columnid, pvData, cbData, pcbActual, grbit, pretinfo) => {
            const cursor = (0, handles_1.cursorOf)(e, sesid, tableid);
            // The usual call: no JET_RETINFO, so no place to read and no itagSequence to write back.
            if (pretinfo === null || pretinfo === undefined)
                return retrieveOne(e, cursor, columnid, pvData, cbData, pcbActual, grbit, NO_PLACE);
            const place = checkInfo(pretinfo);
            const bits = (0, args_1.grbitArg)(grbit);
            // fldext.cxx: with RetrieveFromIndex, JET_bitRetrieveTag reports the itagSequence the entry came from.
            const tag = (bits & constants_1.JET_bitRetrieveTag) !== 0 && (0, indexRetrieve_1.fromIndex)(bits) && cursor instanceof tableCursor_1.TableCursor;
            if (tag)
                (0, args_1.writableField)(pretinfo, 'itagSequence');
            const code = retrieveOne(e, cursor, columnid, pvData, cbData, pcbActual, grbit, place);
            if (tag)
                pretinfo.itagSequence = (0, indexRetrieve_1.indexItag)(cursor, (0, args_1.columnidArg)(columnid), bits);
            return code;
        }),
        JetRetrieveColumns: (0, host_1.apiFunction)(host, 'JetRetrieveColumns', (e, sesid, tableid, pretrievecolumn, cretrievecolumn) => {
            const cursor = (0, handles_1.cursorOf)(e, sesid, tableid);
            const list = structs(pretrievecolumn, cretrievecolumn, ['err', 'cbActual']);
            let result = errors_1.JET_errSuccess;
            for (const c of list) {
                const size = (0, types_1.out)(0);
                // fldext.cxx ErrRECRetrieveColumns: itagSequence 0 (given as 0; left out, it reads value 1) counts the
                // column's values into itagSequence, unless the value is read from the index.
                if (c.itagSequence === 0 && !(0, indexRetrieve_1.fromIndex)((0, args_1.grbitArg)(c.grbit ?? 0))) {
                    const counted = each(() => {
                        (0, args_1.writableField)(c, 'itagSequence');
                        (0, args_1.writableField)(c, 'columnidNextTagged');
                        c.itagSequence = (0, anyCursor_1.countColumnAny)(e, cursor, (0, args_1.columnidArg)(c.columnid), (0, args_1.grbitArg)(c.grbit ?? 0));
                        c.columnidNextTagged = c.columnid;
                        return errors_1.JET_errSuccess;
                    });
                    c.err = counted;
                    c.cbActual = 0;
                    if (counted < 0)
                        return counted;
                    continue;
                }
                let cut = false;
                const code = each(() => {
                    let rc;
                    try {
                        rc = retrieveOne(e, cursor, c.columnid, c.pvData, c.cbData, size, c.grbit ?? 0, placeOf(c.itagSequence, c.ibLongValue));
                    }
                    catch (caught) {
                        cut = caught instanceof tableRead_1.EscrowCutShort;
                        throw caught;
                    }
                    // fldext.cxx ErrRECRetrieveColumns: RetrieveFromIndex | RetrieveTag writes the entry's itagSequence back.
                    const bits = (0, args_1.grbitArg)(c.grbit ?? 0);
                    if ((bits & constants_1.JET_bitRetrieveTag) !== 0 && (0, indexRetrieve_1.fromIndex)(bits) && cursor instanceof tableCursor_1.TableCursor) {
                        (0, args_1.writableField)(c, 'itagSequence');
                        c.itagSequence = (0, indexRetrieve_1.indexItag)(cursor, (0, args_1.columnidArg)(c.columnid), bits);
                    }
                    return rc;
                });
                // fldext.cxx ErrRECRetrieveColumns: an escrow column cut short has its entry marked truncated, then the
                // adjustment's failure ends the call.
                c.err = cut ? errors_1.JET_wrnBufferTruncated : code;
                c.cbActual = size.value;
                if (code < 0)
                    return code;
                // Of the per-column warnings, only truncation is reported for the whole call.
                if (code === errors_1.JET_wrnBufferTruncated)
                    result = code;
            }
            return result;
        }),
        JetRetrieveKey: (0, host_1.apiFunction)(host, 'JetRetrieveKey', (e, sesid, tableid, pvKey, cbMax, pcbActual, grbit) => {
            const cursor = (0, handles_1.cursorOf)(e, sesid, tableid);
            (0, args_1.outputBuffer)(pvKey, cbMax);
            (0, args_1.optionalOut)(pcbActual);
            const bits = (0, args_1.grbitArg)(grbit);
            const key = (0, anyCursor_1.retrieveKeyAny)(e, cursor, bits);
            const code = copyOut(key, pvKey, cbMax, pcbActual);
            return (bits & 0x1) !== 0 ? errors_1.JET_errSuccess : code;
        }),
        JetGetBookmark: (0, host_1.apiFunction)(host, 'JetGetBookmark', (e, sesid, tableid, pvBookmark, cbMax, pcbActual) => {
            const cursor = (0, handles_1.cursorOf)(e, sesid, tableid);
            (0, args_1.outputBuffer)(pvBookmark, cbMax);
            const room = (0, args_1.outputRoom)(pvBookmark, cbMax);
            (0, args_1.optionalOut)(pcbActual);
            const bookmark = (0, anyCursor_1.getBookmarkAny)(e, cursor, room);
            copyOut(bookmark, pvBookmark, cbMax, pcbActual);
            return bookmark.length > room ? errors_1.JET_errBufferTooSmall : errors_1.JET_errSuccess;
        }),
        JetGotoBookmark: (0, host_1.apiFunction)(host, 'JetGotoBookmark', (e, sesid, tableid, pvBookmark, cbBookmark) => {
            const cursor = (0, handles_1.cursorOf)(e, sesid, tableid);
            (0, anyCursor_1.gotoBookmarkAny)(e, cursor, (0, args_1.inputBytes)(pvBookmark, cbBookmark) ?? new Uint8Array(0));
            return errors_1.JET_errSuccess;
        }),
        JetDupCursor: (0, host_1.apiFunction)(host, 'JetDupCursor', (e, sesid, tableid, ptableid, grbit) => {
            const cursor = (0, handles_1.cursorOf)(e, sesid, tableid);
            const box = (0, args_1.outArg)(ptableid);
            box.value = (0, anyCursor_1.dupAny)(e, cursor).handle;
            return errors_1.JET_errSuccess;
        }),
        JetCloseTable: (0, host_1.apiFunction)(host, 'JetCloseTable', (e, sesid, tableid) => {
            (0, anyCursor_1.closeAny)(e, (0, handles_1.cursorOf)(e, sesid, tableid));
            return errors_1.JET_errSuccess;
        }),
    };
}
