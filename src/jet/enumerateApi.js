"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.enumerateApi = enumerateApi;
const enumerateColumns_1 = require("../engine/enumerateColumns");
const args_1 = require("./args");
const handles_1 = require("./handles");
const host_1 = require("./host");
/** The requested columns: each a struct with a column id and, when ctagSequence is not 0, that many itagSequences. */
function requestsOf(count, list) {
    if (count === 0)
        return null;
    const items = (0, args_1.arrayArg)(list, count);
    const out = [];
    for (let i = 0; i < count; i++) {
        const item = (0, args_1.objectArg)(items[i]);
        const columnid = (0, args_1.columnidArg)(item.columnid);
        const ctag = item.ctagSequence === undefined ? 0 : (0, args_1.sizeArg)(item.ctagSequence);
        let tags = null;
        if (ctag > 0) {
            const given = (0, args_1.arrayArg)(item.rgtagSequence, ctag);
            tags = [];
            for (let j = 0; j < ctag; j++)
                tags.push((0, args_1.sizeArg)(given[j]));
        }
        out.push({ columnid, tags });
    }
    return out;
}
/**
 * JetEnumerateColumns. esent.h's pfnRealloc and pvReallocContext are how a C
 * caller hands the engine its allocator; here every array and value is a new
 * JavaScript object (each value a Uint8Array of its own), so neither is read.
 */
function enumerateApi(host) {
    return {
        JetEnumerateColumns: (0, host_1.apiFunction)(host, 'JetEnumerateColumns', (e, sesid, tableid, cEnumColumnId, rgEnumColumnId, pcEnumColumn, prgEnumColumn, pfnRealloc, pvReallocContext, cbDataMost, grbit) => {
            const c = (0, handles_1.cursorOf)(e, sesid, tableid);
            const requests = requestsOf((0, args_1.sizeArg)(cEnumColumnId), rgEnumColumnId);
            const count = (0, args_1.outArg)(pcEnumColumn);
            const columns = (0, args_1.outArg)(prgEnumColumn);
            void pfnRealloc;
            void pvReallocContext;
            const most = (0, args_1.sizeArg)(cbDataMost);
            const bits = (0, args_1.grbitArg)(grbit);
            // fldenum.cxx: the outputs are emptied before anything is checked, and stay empty on failure.
            count.value = 0;
            columns.value = null;
            const result = (0, enumerateColumns_1.enumerateColumns)(e, c, requests, most, bits);
            count.value = result.columns.length;
            columns.value = result.columns;
            return result.code;
        }),
    };
}
