"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.getLock = getLock;
exports.escrowUpdate = escrowUpdate;
const errors_1 = require("../constants/errors");
const gates_1 = require("./gates");
const C = __importStar(require("../constants/constants"));
const tableColumn_1 = require("../catalog/tableColumn");
const template_1 = require("../catalog/template");
const failure_1 = require("../storage/failure");
const tableCursor_1 = require("./tableCursor");
const columnCatalog_1 = require("./columnCatalog");
const tableData_1 = require("./tableData");
const tableNav_1 = require("./tableNav");
/** JetGetLock, in rec.cxx ErrIsamGetLock's order (ese-semantics §7.5). */
function getLock(engine, cursor, grbit) {
    (0, tableNav_1.enterTable)(engine, cursor);
    const ses = cursor.session;
    if (ses.level === 0)
        (0, failure_1.fail)(errors_1.JET_errNotInTransaction);
    const read = (grbit & C.JET_bitReadLock) !== 0;
    const write = (grbit & C.JET_bitWriteLock) !== 0;
    if (read === write)
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    if (write) {
        if (!cursor.updatable)
            (0, failure_1.fail)(errors_1.JET_errPermissionDenied);
        if (ses.readOnly)
            (0, failure_1.fail)(errors_1.JET_errTransReadOnly);
    }
    const { bm } = (0, tableNav_1.currentRecord)(cursor);
    if (write)
        (0, tableData_1.lockRecord)(ses, cursor.table, bm);
    else
        (0, tableData_1.readLockRecord)(ses, cursor.table, bm);
    (0, tableCursor_1.markVersioned)(cursor);
}
/**
 * JetEscrowUpdate, in recupd.cxx's order: a transaction, an updatable cursor
 * and transaction, the column, no update prepared, a delta of the column's
 * size, room for the old value, a fixed escrow column; then the delta.
 * Returns the value before the delta.
 */
function escrowUpdate(engine, cursor, columnid, delta, oldRoom) {
    (0, tableNav_1.enterTable)(engine, cursor);
    const ses = cursor.session;
    if (ses.level === 0)
        (0, failure_1.fail)(errors_1.JET_errNotInTransaction);
    if (!cursor.updatable)
        (0, failure_1.fail)(errors_1.JET_errPermissionDenied);
    if (ses.readOnly)
        (0, failure_1.fail)(errors_1.JET_errTransReadOnly);
    const col = (0, columnCatalog_1.columnOf)(cursor, columnid);
    if (cursor.update !== null)
        (0, failure_1.fail)(errors_1.JET_errAlreadyPrepared);
    if (col.fixedSize !== delta.length)
        (0, failure_1.fail)(errors_1.JET_errInvalidBufferSize);
    if (oldRoom !== null && oldRoom !== 0 && col.fixedSize > oldRoom)
        (0, failure_1.fail)(errors_1.JET_errInvalidBufferSize);
    if ((0, template_1.columnClass)(col.columnid) !== 0 || !col.has(tableColumn_1.COLUMN.EscrowUpdate))
        (0, failure_1.fail)(errors_1.JET_errInvalidOperation);
    if (col.fixedSize !== 4 && col.fixedSize !== 8)
        (0, failure_1.fail)(errors_1.JET_errInvalidOperation);
    // recupd.cxx ErrRECIEscrowUpdate: the engine's own transaction (gates.ts enterChange).
    (0, gates_1.enterChange)(ses);
    const { bm } = (0, tableNav_1.currentRecord)(cursor);
    const view = new DataView(delta.buffer, delta.byteOffset, delta.byteLength);
    const amount = col.fixedSize === 8 ? view.getBigInt64(0, true) : BigInt(view.getInt32(0, true));
    // A delta that brings a DeleteOnZero column to zero deletes nothing now: version cleanup does, after the commit
    // (versionCleanup.ts).
    const before = (0, tableData_1.deltaRecord)(engine, ses, cursor.table, bm, { columnid: col.columnid, amount, size: col.fixedSize });
    (0, tableCursor_1.markVersioned)(cursor);
    return before;
}
