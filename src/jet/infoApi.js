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
exports.infoApi = infoApi;
const cursorHints_1 = require("../engine/cursorHints");
const errors_1 = require("../constants/errors");
const C = __importStar(require("../constants/constants"));
const names_1 = require("../catalog/names");
const template_1 = require("../catalog/template");
const database_1 = require("../engine/database");
const tableInfo_1 = require("../engine/tableInfo");
const tableCatalog_1 = require("../engine/tableCatalog");
const failure_1 = require("../storage/failure");
const args_1 = require("./args");
const handles_1 = require("./handles");
const columnIndexInfo_1 = require("./columnIndexInfo");
const host_1 = require("./host");
/** sizeof(JET_OBJECTLIST) on x64 (cbStruct, an 8-byte tableid, cRecord, 9 column ids). */
const JET_OBJECTLIST_SIZE = 56;
/** sizeof(JET_OBJECTINFO): cbStruct, objtyp, two 8-byte dates, grbit, flags, cRecord, cPage. */
const JET_OBJECTINFO_SIZE = 40;
/** The info calls that answer with a temp table (and their single forms). */
function infoApi(host) {
    return {
        JetGetTableIndexInfo: (0, host_1.apiFunction)(host, 'JetGetTableIndexInfo', (e, sesid, tableid, szIndexName, pvResult, cbResult, InfoLevel) => {
            const c = (0, handles_1.tableCursorOf)(e, sesid, tableid);
            const name = (0, args_1.optionalString)(szIndexName);
            const box = (0, args_1.outArg)(pvResult);
            const room = (0, args_1.sizeArg)(cbResult);
            const level = (0, args_1.intArg)(InfoLevel);
            box.value = (0, columnIndexInfo_1.indexInfo)(e, c, name, level, room);
            return errors_1.JET_errSuccess;
        }),
        JetGetObjectInfo: (0, host_1.apiFunction)(host, 'JetGetObjectInfo', (e, sesid, dbid, objtyp, szContainerName, szObjectName, pvResult, cbMax, InfoLevel) => {
            const ses = (0, handles_1.sessionOf)(e, sesid);
            const type = (0, args_1.intArg)(objtyp);
            (0, args_1.optionalString)(szContainerName);
            const name = (0, args_1.optionalString)(szObjectName);
            const box = (0, args_1.outArg)(pvResult);
            const room = (0, args_1.sizeArg)(cbMax);
            const level = (0, args_1.intArg)(InfoLevel);
            const db = (0, database_1.enterDatabase)(e, ses, dbid);
            if (level === C.JET_ObjInfoList || level === C.JET_ObjInfoListNoStats) {
                if (room < JET_OBJECTLIST_SIZE)
                    (0, failure_1.fail)(errors_1.JET_errBufferTooSmall);
                const list = (0, tableInfo_1.objectList)(e, ses, db.file, type, level === C.JET_ObjInfoList);
                const id = (i) => list.ids[i];
                box.value = {
                    cbStruct: JET_OBJECTLIST_SIZE, tableid: list.cursor.handle, cRecord: list.count,
                    columnidcontainername: id(0), columnidobjectname: id(1), columnidobjtyp: id(2), columniddtCreate: id(3),
                    columniddtUpdate: id(4), columnidgrbit: id(7), columnidflags: id(8), columnidcRecord: id(5), columnidcPage: id(6),
                };
                return errors_1.JET_errSuccess;
            }
            if (level !== C.JET_ObjInfo && level !== C.JET_ObjInfoNoStats)
                (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
            if (room < JET_OBJECTINFO_SIZE)
                (0, failure_1.fail)(errors_1.JET_errBufferTooSmall);
            if (name === null)
                (0, failure_1.fail)(errors_1.JET_errObjectNotFound);
            const table = (0, tableCatalog_1.tableSeen)(db.file, ses, (0, names_1.checkName)(name));
            const cRecord = level === C.JET_ObjInfo ? (0, cursorHints_1.statsSeen)(ses, table) : 0;
            box.value = { cbStruct: JET_OBJECTINFO_SIZE, objtyp: C.JET_objtypTable, grbit: tableInfo_1.TABLE_INFO_GRBIT, flags: (0, template_1.objectFlags)(table), cRecord, cPage: 0 };
            return errors_1.JET_errSuccess;
        }),
    };
}
