"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tableInfoApi = tableInfoApi;
const errors_1 = require("../constants/errors");
const columnDefault_1 = require("../engine/columnDefault");
const database_1 = require("../engine/database");
const tableByName_1 = require("../engine/tableByName");
const tableInfoLevel_1 = require("../engine/tableInfoLevel");
const failure_1 = require("../storage/failure");
const args_1 = require("./args");
const columnIndexInfo_1 = require("./columnIndexInfo");
const handles_1 = require("./handles");
const host_1 = require("./host");
/** JetGetTableInfo, and the info and default-value calls that name a table instead of taking a cursor. */
function tableInfoApi(host) {
    return {
        JetGetTableInfo: (0, host_1.apiFunction)(host, 'JetGetTableInfo', (e, sesid, tableid, pvResult, cbMax, InfoLevel) => {
            const c = (0, handles_1.cursorOf)(e, sesid, tableid);
            const box = (0, args_1.outArg)(pvResult);
            const room = (0, args_1.sizeArg)(cbMax);
            const level = (0, args_1.intArg)(InfoLevel);
            const answer = (0, tableInfoLevel_1.tableInfo)(e, c, room, level);
            if (answer !== undefined)
                box.value = answer;
            return errors_1.JET_errSuccess;
        }),
        JetGetColumnInfo: (0, host_1.apiFunction)(host, 'JetGetColumnInfo', (e, sesid, dbid, szTableName, szColumnName, pvResult, cbMax, InfoLevel) => {
            const ses = (0, handles_1.sessionOf)(e, sesid);
            const table = (0, args_1.optionalString)(szTableName);
            const column = (0, columnIndexInfo_1.columnNameOrId)(szColumnName, InfoLevel);
            const box = (0, args_1.outArg)(pvResult);
            const room = (0, args_1.sizeArg)(cbMax);
            const level = (0, args_1.intArg)(InfoLevel);
            const db = (0, database_1.enterDatabase)(e, ses, dbid);
            // jetapi.cxx JetGetColumnInfoEx: the level and the room first; info.cxx ErrIsamGetColumnInfo: then the table name.
            (0, columnIndexInfo_1.checkColumnInfoRoom)(level, room);
            if (table === null)
                (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
            box.value = (0, tableByName_1.withTableByName)(e, ses, db, table, 0, (cursor) => (0, columnIndexInfo_1.columnInfo)(e, cursor, column, level, room, false));
            return errors_1.JET_errSuccess;
        }),
        JetGetIndexInfo: (0, host_1.apiFunction)(host, 'JetGetIndexInfo', (e, sesid, dbid, szTableName, szIndexName, pvResult, cbResult, InfoLevel) => {
            const ses = (0, handles_1.sessionOf)(e, sesid);
            const table = (0, args_1.optionalString)(szTableName);
            const index = (0, args_1.optionalString)(szIndexName);
            const box = (0, args_1.outArg)(pvResult);
            const room = (0, args_1.sizeArg)(cbResult);
            const level = (0, args_1.intArg)(InfoLevel);
            const db = (0, database_1.enterDatabase)(e, ses, dbid);
            (0, columnIndexInfo_1.checkIndexInfoRoom)(level, room);
            box.value = (0, tableByName_1.withTableByName)(e, ses, db, table, 0, (cursor) => (0, columnIndexInfo_1.indexInfo)(e, cursor, index, level, room));
            return errors_1.JET_errSuccess;
        }),
        JetSetColumnDefaultValue: (0, host_1.apiFunction)(host, 'JetSetColumnDefaultValue', (e, sesid, dbid, szTableName, szColumnName, pvData, cbData, grbit) => {
            const ses = (0, handles_1.sessionOf)(e, sesid);
            const table = (0, args_1.optionalString)(szTableName);
            const column = (0, args_1.optionalString)(szColumnName);
            const data = (0, args_1.inputBytes)(pvData, cbData);
            // fldmod.cxx ErrIsamSetColumnDefaultValue never reads its grbit.
            void grbit;
            const db = (0, database_1.enterDatabase)(e, ses, dbid);
            (0, columnDefault_1.setColumnDefaultValue)(e, ses, db, table, column, data);
            return errors_1.JET_errSuccess;
        }),
    };
}
