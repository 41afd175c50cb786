"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tableApi = tableApi;
const errors_1 = require("../constants/errors");
const tableCursor_1 = require("../engine/tableCursor");
const tableDdl_1 = require("../engine/tableDdl");
const database_1 = require("../engine/database");
const tableNav_1 = require("../engine/tableNav");
const args_1 = require("./args");
const handles_1 = require("./handles");
const anyCursor_1 = require("../engine/anyCursor");
const columnIndexInfo_1 = require("./columnIndexInfo");
const createTableColumnIndex_1 = require("./createTableColumnIndex");
const ddlRequests_1 = require("./ddlRequests");
const host_1 = require("./host");
function tableApi(host) {
    return {
        JetCreateTable: (0, host_1.apiFunction)(host, 'JetCreateTable', (e, sesid, dbid, szTableName, lPages, lDensity, ptableid) => {
            const ses = (0, handles_1.sessionOf)(e, sesid);
            const name = (0, args_1.stringArg)(szTableName);
            const pages = (0, args_1.intArg)(lPages);
            const density = (0, args_1.intArg)(lDensity);
            const box = (0, args_1.outArg)(ptableid);
            const db = (0, database_1.enterDatabase)(e, ses, dbid);
            box.value = (0, tableDdl_1.createTable)(e, ses, db, name, pages, density, [], []).cursor.handle;
            return errors_1.JET_errSuccess;
        }),
        JetCreateTableColumnIndex: (0, host_1.apiFunction)(host, 'JetCreateTableColumnIndex', (e, sesid, dbid, ptablecreate) => (0, createTableColumnIndex_1.createTableColumnIndex)(e, sesid, dbid, ptablecreate)),
        JetCreateTableColumnIndex2: (0, host_1.apiFunction)(host, 'JetCreateTableColumnIndex2', (e, sesid, dbid, ptablecreate) => (0, createTableColumnIndex_1.createTableColumnIndex)(e, sesid, dbid, ptablecreate)),
        JetCreateTableColumnIndex3: (0, host_1.apiFunction)(host, 'JetCreateTableColumnIndex3', (e, sesid, dbid, ptablecreate) => (0, createTableColumnIndex_1.createTableColumnIndex)(e, sesid, dbid, ptablecreate)),
        JetCreateTableColumnIndex4: (0, host_1.apiFunction)(host, 'JetCreateTableColumnIndex4', (e, sesid, dbid, ptablecreate) => (0, createTableColumnIndex_1.createTableColumnIndex)(e, sesid, dbid, ptablecreate)),
        JetOpenTable: (0, host_1.apiFunction)(host, 'JetOpenTable', (e, sesid, dbid, szTableName, pvParameters, cbParameters, grbit, ptableid) => {
            const ses = (0, handles_1.sessionOf)(e, sesid);
            const name = (0, args_1.stringArg)(szTableName);
            (0, args_1.inputBytes)(pvParameters, cbParameters);
            const bits = (0, args_1.grbitArg)(grbit);
            const box = (0, args_1.outArg)(ptableid);
            const db = (0, database_1.enterDatabase)(e, ses, dbid);
            (0, tableCursor_1.checkOpenGrbit)(bits);
            box.value = (0, tableCursor_1.openTableCursor)(e, ses, db, name, bits).handle;
            return errors_1.JET_errSuccess;
        }),
        JetDeleteTable: (0, host_1.apiFunction)(host, 'JetDeleteTable', (e, sesid, dbid, szTableName) => {
            const ses = (0, handles_1.sessionOf)(e, sesid);
            const name = (0, args_1.stringArg)(szTableName);
            (0, tableDdl_1.deleteTable)(e, ses, (0, database_1.enterDatabase)(e, ses, dbid), name);
            return errors_1.JET_errSuccess;
        }),
        JetAddColumn: (0, host_1.apiFunction)(host, 'JetAddColumn', (e, sesid, tableid, szColumnName, pcolumndef, pvDefault, cbDefault, pcolumnid) => {
            const cursor = (0, handles_1.tableCursorOf)(e, sesid, tableid);
            const def = (0, args_1.objectArg)(pcolumndef);
            const req = (0, ddlRequests_1.columnRequest)(szColumnName, def, pvDefault, cbDefault);
            const box = pcolumnid === null || pcolumnid === undefined ? null : (0, args_1.outArg)(pcolumnid);
            const { col, warning } = (0, tableDdl_1.addColumn)(e, cursor, req);
            if (box !== null)
                box.value = col.columnid;
            return warning;
        }),
        JetCreateIndex: (0, host_1.apiFunction)(host, 'JetCreateIndex', (e, sesid, tableid, szIndexName, grbit, szKeyDescription, cbKey, lDensity) => {
            const cursor = (0, handles_1.tableCursorOf)(e, sesid, tableid);
            (0, args_1.intArg)(lDensity);
            (0, tableDdl_1.createIndex)(e, cursor, (0, ddlRequests_1.indexRequest)(szIndexName, grbit, szKeyDescription, cbKey, 0, 0));
            return errors_1.JET_errSuccess;
        }),
        JetCreateIndex2: (0, host_1.apiFunction)(host, 'JetCreateIndex2', (e, sesid, tableid, pindexcreate, cIndexCreate) => createIndexes(e, sesid, tableid, pindexcreate, cIndexCreate)),
        /** JET_INDEXCREATE2: the same fields (its space hints are not read: esemu has no pages). */
        JetCreateIndex3: (0, host_1.apiFunction)(host, 'JetCreateIndex3', (e, sesid, tableid, pindexcreate, cIndexCreate) => createIndexes(e, sesid, tableid, pindexcreate, cIndexCreate)),
        /** JET_INDEXCREATE3: the locale by name in pidxunicode (JET_UNICODEINDEX2), no lcid. */
        JetCreateIndex4: (0, host_1.apiFunction)(host, 'JetCreateIndex4', (e, sesid, tableid, pindexcreate, cIndexCreate) => createIndexes(e, sesid, tableid, pindexcreate, cIndexCreate)),
        JetDeleteColumn: (0, host_1.apiFunction)(host, 'JetDeleteColumn', (e, sesid, tableid, szColumnName) => {
            const cursor = (0, handles_1.tableCursorOf)(e, sesid, tableid);
            (0, tableDdl_1.deleteColumn)(e, cursor, (0, args_1.stringArg)(szColumnName));
            return errors_1.JET_errSuccess;
        }),
        JetDeleteColumn2: (0, host_1.apiFunction)(host, 'JetDeleteColumn2', (e, sesid, tableid, szColumnName, grbit) => {
            const cursor = (0, handles_1.tableCursorOf)(e, sesid, tableid);
            const name = (0, args_1.stringArg)(szColumnName);
            (0, tableDdl_1.deleteColumn)(e, cursor, name, (0, args_1.grbitArg)(grbit));
            return errors_1.JET_errSuccess;
        }),
        JetDeleteIndex: (0, host_1.apiFunction)(host, 'JetDeleteIndex', (e, sesid, tableid, szIndexName) => {
            const cursor = (0, handles_1.tableCursorOf)(e, sesid, tableid);
            (0, tableDdl_1.deleteIndex)(e, cursor, (0, args_1.stringArg)(szIndexName));
            return errors_1.JET_errSuccess;
        }),
        JetSetCurrentIndex: (0, host_1.apiFunction)(host, 'JetSetCurrentIndex', (e, sesid, tableid, szIndexName) => {
            const cursor = (0, handles_1.tableCursorOf)(e, sesid, tableid);
            (0, tableNav_1.setCurrentIndex)(e, cursor, (0, args_1.optionalString)(szIndexName));
            return errors_1.JET_errSuccess;
        }),
        JetSetCurrentIndex2: (0, host_1.apiFunction)(host, 'JetSetCurrentIndex2', (e, sesid, tableid, szIndexName, grbit) => {
            const cursor = (0, handles_1.tableCursorOf)(e, sesid, tableid);
            const name = (0, args_1.optionalString)(szIndexName);
            (0, tableNav_1.setCurrentIndex)(e, cursor, name, (0, args_1.grbitArg)(grbit));
            return errors_1.JET_errSuccess;
        }),
        JetSetCurrentIndex3: (0, host_1.apiFunction)(host, 'JetSetCurrentIndex3', (e, sesid, tableid, szIndexName, grbit, itagSequence) => {
            const cursor = (0, handles_1.tableCursorOf)(e, sesid, tableid);
            const name = (0, args_1.optionalString)(szIndexName);
            const bits = (0, args_1.grbitArg)(grbit);
            const itag = (0, args_1.sizeArg)(itagSequence);
            (0, tableNav_1.setCurrentIndex)(e, cursor, name, bits, itag);
            return errors_1.JET_errSuccess;
        }),
        JetSetCurrentIndex4: (0, host_1.apiFunction)(host, 'JetSetCurrentIndex4', (e, sesid, tableid, szIndexName, pindexid, grbit, itagSequence) => {
            const cursor = (0, handles_1.tableCursorOf)(e, sesid, tableid);
            const name = (0, args_1.optionalString)(szIndexName);
            // JET_INDEXID is an opaque hint; its size is the only field looked at.
            if (pindexid !== null && pindexid !== undefined) {
                const hint = (0, args_1.objectArg)(pindexid);
                if (hint.cbStruct !== undefined)
                    (0, args_1.sizeArg)(hint.cbStruct);
            }
            const bits = (0, args_1.grbitArg)(grbit);
            const itag = (0, args_1.sizeArg)(itagSequence);
            (0, tableNav_1.setCurrentIndex)(e, cursor, name, bits, itag);
            return errors_1.JET_errSuccess;
        }),
        JetGetCurrentIndex: (0, host_1.apiFunction)(host, 'JetGetCurrentIndex', (e, sesid, tableid, szIndexName, cbIndexName) => {
            const cursor = (0, handles_1.tableCursorOf)(e, sesid, tableid);
            const box = (0, args_1.outArg)(szIndexName);
            const room = (0, args_1.sizeArg)(cbIndexName);
            const name = (0, tableNav_1.currentIndexName)(e, cursor);
            // rec.cxx ErrIsamGetCurrentIndex: no room at all is wrnBufferTruncated with nothing written; otherwise the
            // name is copied with its NUL into cbIndexName bytes (StringCbCopyA), so a name that does not fit loses its
            // tail, and the call still succeeds (the copy's result is not looked at).
            if (room < 1)
                return errors_1.JET_wrnBufferTruncated;
            box.value = name.length < room ? name : name.slice(0, room - 1);
            return errors_1.JET_errSuccess;
        }),
        JetRenameTable: (0, host_1.apiFunction)(host, 'JetRenameTable', (e, sesid, dbid, szName, szNameNew) => {
            const ses = (0, handles_1.sessionOf)(e, sesid);
            const from = (0, args_1.stringArg)(szName);
            const to = (0, args_1.stringArg)(szNameNew);
            (0, tableDdl_1.renameTable)(e, ses, (0, database_1.enterDatabase)(e, ses, dbid), from, to);
            return errors_1.JET_errSuccess;
        }),
        JetRenameColumn: (0, host_1.apiFunction)(host, 'JetRenameColumn', (e, sesid, tableid, szName, szNameNew, grbit) => {
            const cursor = (0, handles_1.tableCursorOf)(e, sesid, tableid);
            const from = (0, args_1.stringArg)(szName);
            const to = (0, args_1.stringArg)(szNameNew);
            (0, args_1.grbitArg)(grbit);
            (0, tableDdl_1.renameColumn)(e, cursor, from, to);
            return errors_1.JET_errSuccess;
        }),
        JetGetTableColumnInfo: (0, host_1.apiFunction)(host, 'JetGetTableColumnInfo', (e, sesid, tableid, szColumnName, pvResult, cbMax, InfoLevel) => {
            const cursor = (0, handles_1.tableCursorOf)(e, sesid, tableid);
            const name = (0, columnIndexInfo_1.columnNameOrId)(szColumnName, InfoLevel);
            const box = (0, args_1.outArg)(pvResult);
            const room = (0, args_1.sizeArg)(cbMax);
            const level = (0, args_1.intArg)(InfoLevel);
            box.value = (0, columnIndexInfo_1.columnInfo)(e, cursor, name, level, room, cursor.updatable);
            return errors_1.JET_errSuccess;
        }),
        JetIndexRecordCount: (0, host_1.apiFunction)(host, 'JetIndexRecordCount', (e, sesid, tableid, pcrec, crecMax) => {
            const c = (0, handles_1.cursorOf)(e, sesid, tableid);
            const box = (0, args_1.outArg)(pcrec);
            const max = (0, args_1.sizeArg)(crecMax);
            // jetapi.cxx JetIndexRecordCountEx32Bit: the 32-bit form writes 0 before the gate and the count.
            box.value = 0;
            box.value = (0, tableNav_1.entryCount)(e, (0, anyCursor_1.tableOnly)(e, c), max, () => { box.value = 0; });
            return errors_1.JET_errSuccess;
        }),
        JetIndexRecordCount2: (0, host_1.apiFunction)(host, 'JetIndexRecordCount2', (e, sesid, tableid, pcrec, crecMax) => {
            const c = (0, handles_1.cursorOf)(e, sesid, tableid);
            const box = (0, args_1.outArg)(pcrec);
            const max = (0, args_1.size64Arg)(crecMax);
            // The count writes 0 first once it starts (dir.cxx ErrDIRIndexRecordCount); the gate's failures write nothing.
            box.value = (0, tableNav_1.entryCount)(e, (0, anyCursor_1.tableOnly)(e, c), max, () => { box.value = 0; });
            return errors_1.JET_errSuccess;
        }),
    };
}
/**
 * JetCreateIndex2 / 3 / 4: jetapi.cxx turns each version of JET_INDEXCREATE into the newest and makes the indexes in
 * one call (JetCreateIndexEx); the fields esemu reads are the same in all three.
 */
function createIndexes(e, sesid, tableid, pindexcreate, cIndexCreate) {
    const cursor = (0, handles_1.tableCursorOf)(e, sesid, tableid);
    const list = (0, ddlRequests_1.structList)(pindexcreate, cIndexCreate, ['err'], ddlRequests_1.writesIndexErr);
    if (list.length > 1)
        (0, tableDdl_1.checkBatchIndexCreate)(e, cursor);
    for (const c of list) {
        (0, tableDdl_1.createIndex)(e, cursor, (0, ddlRequests_1.indexCreateRequest)(c));
        if ((0, ddlRequests_1.writesIndexErr)(c))
            c.err = errors_1.JET_errSuccess;
    }
    return errors_1.JET_errSuccess;
}
