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
exports.OBJECTINFO_SIZE = void 0;
exports.tableInfo = tableInfo;
const cursorHints_1 = require("./cursorHints");
const errors_1 = require("../constants/errors");
const C = __importStar(require("../constants/constants"));
const tableColumn_1 = require("../catalog/tableColumn");
const template_1 = require("../catalog/template");
const failure_1 = require("../storage/failure");
const cursor_1 = require("./cursor");
const tableCursor_1 = require("./tableCursor");
const tableNav_1 = require("./tableNav");
/**
 * JetGetTableInfo (info.cxx ErrIsamGetTableInfo for tables, sortapi.cxx
 * ErrIsamSortGetTableInfo for sorts and temp tables). The answer is what the
 * API layer puts in the caller's box: a JET_OBJECTINFO-shaped object, a
 * name, a number, or nothing (undefined).
 */
/** sizeof(JET_OBJECTINFO): cbStruct, objtyp, two 8-byte dates, grbit, flags, cRecord, cPage. */
exports.OBJECTINFO_SIZE = 40;
/** sizeof(JET_DBID) and sizeof(OBJID): a ULONG. */
const ULONG_SIZE = 4;
/** A sort or temp table knows only JET_TblInfo; its record count is the rows it holds. */
function tempTableInfo(engine, cursor, room, level) {
    const table = (0, cursor_1.enter)(engine, cursor);
    // While a sort collects rows its dispatch table has no GetTableInfo (ErrIllegalGetTableInfo).
    (0, cursor_1.requireReadable)(table);
    if (level !== C.JET_TblInfo)
        (0, failure_1.fail)(errors_1.JET_errInvalidOperation);
    if (room < exports.OBJECTINFO_SIZE)
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    return { cbStruct: exports.OBJECTINFO_SIZE, objtyp: C.JET_objtypTable, grbit: 0, flags: 0, cRecord: (0, cursor_1.store)(table).size, cPage: 0 };
}
/** JET_TblInfoRetrieveAndReserveAutoIncrement (fldmod.cxx ErrRECRetrieveAndReserveAutoInc): take the next value. */
function reserveAutoIncrement(cursor, room) {
    const table = cursor.table;
    const col = table.autoIncColumn;
    if (col === undefined)
        (0, failure_1.fail)(errors_1.JET_errInvalidOperation);
    if (col.defaultValue !== null || col.has(tableColumn_1.COLUMN.UserDefinedDefault))
        (0, failure_1.fail)(errors_1.JET_errInvalidOperation);
    if (room !== col.fixedSize)
        (0, failure_1.fail)(errors_1.JET_errInvalidBufferSize);
    return table.autoIncNext++;
}
/**
 * The answer for one info level. Levels the engine answers from pages and
 * extents (space usage, allocation, owned / available space, LV chunk size,
 * object id) have no in-memory counterpart and answer FeatureNotAvailable,
 * as do the levels the engine itself does not know (MostMany, Rvt, OLC,
 * ResetOLC, DumpTable and any other number).
 */
function tableInfo(engine, cursor, room, level) {
    if (!(cursor instanceof tableCursor_1.TableCursor))
        return tempTableInfo(engine, cursor, room, level);
    (0, tableNav_1.enterTable)(engine, cursor);
    switch (level) {
        case C.JET_TblInfo: {
            if (room < exports.OBJECTINFO_SIZE)
                (0, failure_1.fail)(errors_1.JET_errBufferTooSmall);
            const grbit = C.JET_bitTableInfoBookmark | C.JET_bitTableInfoRollback | (cursor.updatable ? C.JET_bitTableInfoUpdatable : 0);
            // Statistics are those JetComputeStats kept in the catalog (none before it); esemu has no pages.
            return { cbStruct: exports.OBJECTINFO_SIZE, objtyp: C.JET_objtypTable, grbit, flags: (0, template_1.objectFlags)(cursor.table), cRecord: (0, cursorHints_1.statsSeen)(cursor.session, cursor.table), cPage: 0 };
        }
        case C.JET_TblInfoName:
            // The name and its terminating NUL must fit.
            if (cursor.table.name.length >= room)
                (0, failure_1.fail)(errors_1.JET_errBufferTooSmall);
            return cursor.table.name;
        case C.JET_TblInfoTemplateTableName:
            if (room <= C.JET_cbNameMost)
                (0, failure_1.fail)(errors_1.JET_errBufferTooSmall);
            // The template's name, or the empty string for a table not derived from one.
            return cursor.table.template?.name ?? '';
        case C.JET_TblInfoDbid:
            if (room < ULONG_SIZE)
                (0, failure_1.fail)(errors_1.JET_errBufferTooSmall);
            return cursor.database.dbid;
        case C.JET_TblInfoEncryptionKey:
            // No key was given when the table was opened: nothing is copied.
            return undefined;
        case C.JET_TblInfoRetrieveAndReserveAutoIncrement:
            return reserveAutoIncrement(cursor, room);
        default:
            (0, failure_1.fail)(errors_1.JET_errFeatureNotAvailable);
    }
}
