"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OpLog = void 0;
exports.deltaKind = deltaKind;
exports.isDelta = isDelta;
const pairLog_1 = require("../storage/pairLog");
/** The kind of version a delta makes (ver.hxx: operDelta for a 4-byte column, operDelta64 for an 8-byte one). */
function deltaKind(delta) {
    return delta.size === 8 ? 'delta64' : 'delta';
}
function isDelta(change) {
    return change !== null && 'amount' in change;
}
/**
 * The changes a session made to one table in its transaction, in order, as replayed at commit (tableData.ts): each
 * a bookmark and what was done to it, as pairs of a PairLog (no object per change). A rollback cuts it back to the
 * mark its level took.
 */
class OpLog extends pairLog_1.PairLog {
}
exports.OpLog = OpLog;
