"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.prereadApi = prereadApi;
const errors_1 = require("../constants/errors");
const anyCursor_1 = require("../engine/anyCursor");
const preread_1 = require("../engine/preread");
const recordSize_1 = require("../engine/recordSize");
const gates_1 = require("../engine/gates");
const errors_2 = require("../constants/errors");
const failure_1 = require("../storage/failure");
const args_1 = require("./args");
const callerValues_1 = require("./callerValues");
const handles_1 = require("./handles");
const host_1 = require("./host");
const recordApi_1 = require("./recordApi");
const RUNNING_TOTAL = 0x2;
const RECSIZE_FIELDS = [
    'cbData', 'cbLongValueData', 'cbOverhead', 'cbLongValueOverhead', 'cNonTaggedColumns', 'cTaggedColumns', 'cLongValues',
    'cMultiValues',
];
const RECSIZE2_FIELDS = [...RECSIZE_FIELDS, 'cCompressedColumns', 'cbDataCompressed', 'cbLongValueDataCompressed'];
/**
 * JetGetRecordSize / JetGetRecordSize2 (jetapi.cxx JetGetRecordSize3Ex): the session gate, the grbit, then the
 * record's sizes; with JET_bitRecordSizeRunningTotal they are added to the struct the box holds (its fields read as
 * numbers, a missing one as 0), else they replace it. A failure leaves the box as it was.
 */
function getRecordSize(e, sesid, tableid, box, grbit, fields) {
    const c = (0, handles_1.cursorOf)(e, sesid, tableid);
    const out = (0, args_1.outArg)(box);
    const bits = (0, args_1.grbitArg)(grbit);
    (0, gates_1.enterSession)(e, c.session, false);
    if ((bits & ~recordSize_1.RECORD_SIZE_GRBITS) !== 0)
        (0, failure_1.fail)(errors_2.JET_errInvalidGrbit);
    const sizes = (0, recordSize_1.recordSize)(e, c, bits);
    const given = (bits & RUNNING_TOTAL) !== 0 && typeof out.value === 'object' && out.value !== null ? out.value : null;
    const result = {};
    for (const f of fields) {
        const before = given === null ? 0 : given[f];
        result[f] = (typeof before === 'number' ? before : 0) + sizes[f];
    }
    out.value = result;
    return errors_1.JET_errSuccess;
}
/** The preread hints (JetPrereadKeys, JetPrereadIndexRanges, JetPrereadIndexRange: src/engine/preread.ts) and JetGetRecordSize. */
function prereadApi(host) {
    return {
        JetGetRecordSize: (0, host_1.apiFunction)(host, 'JetGetRecordSize', (e, sesid, tableid, precsize, grbit) => getRecordSize(e, sesid, tableid, precsize, grbit, RECSIZE_FIELDS)),
        JetGetRecordSize2: (0, host_1.apiFunction)(host, 'JetGetRecordSize2', (e, sesid, tableid, precsize, grbit) => getRecordSize(e, sesid, tableid, precsize, grbit, RECSIZE2_FIELDS)),
        JetPrereadKeys: (0, host_1.apiFunction)(host, 'JetPrereadKeys', (e, sesid, tableid, rgpvKeys, rgcbKeys, ckeys, pckeysPreread, grbit) => {
            const c = (0, handles_1.cursorOf)(e, sesid, tableid);
            const n = (0, args_1.intArg)(ckeys);
            const keys = rgpvKeys === null || rgpvKeys === undefined ? null : keyList(rgpvKeys, Math.max(n, 0));
            const sizes = rgcbKeys === null || rgcbKeys === undefined ? null : sizeList(rgcbKeys, Math.max(n, 0));
            // A key shorter than its size is past the end of the caller's buffer: C would read garbage.
            if (keys !== null && sizes !== null)
                keys.forEach((k, i) => { if (k !== null && sizes[i] > (0, callerValues_1.bytesLength)(k))
                    (0, failure_1.fail)(errors_1.JET_errInvalidParameter); });
            const count = (0, args_1.optionalOut)(pckeysPreread);
            const bits = (0, args_1.grbitArg)(grbit);
            const read = (0, preread_1.prereadKeys)(e, (0, anyCursor_1.tableOnly)(e, c), keys, sizes, n, bits, () => { if (count !== null)
                count.value = 0; });
            if (count !== null)
                count.value = read;
            return errors_1.JET_errSuccess;
        }),
        JetPrereadIndexRanges: (0, host_1.apiFunction)(host, 'JetPrereadIndexRanges', (e, sesid, tableid, rgIndexRanges, cIndexRanges, pcRangesPreread, rgcolumnidPreread, ccolumnidPreread, grbit) => {
            const c = (0, handles_1.cursorOf)(e, sesid, tableid);
            const n = (0, args_1.sizeArg)(cIndexRanges);
            const ranges = [];
            if (n > 0) {
                const list = (0, args_1.arrayArg)(rgIndexRanges, n);
                for (let i = 0; i < n; i++)
                    ranges.push(rangeArg(list[i]));
            }
            const count = (0, args_1.optionalOut)(pcRangesPreread);
            const columns = idList(rgcolumnidPreread, ccolumnidPreread);
            const bits = (0, args_1.grbitArg)(grbit);
            const read = (0, preread_1.prereadIndexRanges)(e, (0, anyCursor_1.tableOnly)(e, c), ranges, count !== null, columns, bits);
            if (count !== null)
                count.value = read;
            return errors_1.JET_errSuccess;
        }),
        JetPrereadIndexRange: (0, host_1.apiFunction)(host, 'JetPrereadIndexRange', (e, sesid, tableid, pIndexRange, cPageCacheMin, cPageCacheMax, grbit, pcPageCacheActual) => {
            const c = (0, handles_1.cursorOf)(e, sesid, tableid);
            const range = pIndexRange === null || pIndexRange === undefined ? null : rangeArg(pIndexRange);
            const min = (0, args_1.sizeArg)(cPageCacheMin);
            const max = (0, args_1.sizeArg)(cPageCacheMax);
            const bits = (0, args_1.grbitArg)(grbit);
            const actual = (0, args_1.optionalOut)(pcPageCacheActual);
            const pages = (0, preread_1.prereadIndexRange)(e, (0, anyCursor_1.tableOnly)(e, c), range, min, max, bits);
            if (pages !== null && actual !== null)
                actual.value = pages;
            return errors_1.JET_errSuccess;
        }),
    };
}
/** The first `n` keys of JetPrereadKeys: each a byte array, or null (the engine's own InvalidParameter). */
function keyList(value, n) {
    const list = (0, args_1.arrayArg)(value, n);
    const keys = [];
    for (let i = 0; i < n; i++) {
        const k = list[i];
        if (k === null)
            keys.push(null);
        else if ((0, callerValues_1.isBytes)(k))
            keys.push((0, callerValues_1.ownBytes)(k, (0, callerValues_1.bytesLength)(k)).slice());
        else
            (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    }
    return keys;
}
/** The first `n` key sizes of JetPrereadKeys (a loop by index: a hole in the array is a bad size, not a skipped one). */
function sizeList(value, n) {
    const list = (0, args_1.arrayArg)(value, n);
    const sizes = [];
    for (let i = 0; i < n; i++)
        sizes.push((0, args_1.sizeArg)(list[i]));
    return sizes;
}
/** A JET_INDEX_RANGE: its start and end columns, screened and copied. */
function rangeArg(value) {
    const r = (0, args_1.objectArg)(value);
    return { start: (0, recordApi_1.indexColumns)(r.rgStartColumns, r.cStartColumns ?? 0), end: (0, recordApi_1.indexColumns)(r.rgEndColumns, r.cEndColumns ?? 0) };
}
/** The first `count` column ids of an array (none when the count is 0). */
function idList(value, count) {
    const n = (0, args_1.sizeArg)(count);
    if (n === 0)
        return [];
    const list = (0, args_1.arrayArg)(value, n);
    const ids = [];
    for (let i = 0; i < n; i++)
        ids.push((0, args_1.columnidArg)(list[i]));
    return ids;
}
