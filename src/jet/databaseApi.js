"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.databaseApi = databaseApi;
const errors_1 = require("../constants/errors");
const database_1 = require("../engine/database");
const databaseInfo_1 = require("../engine/databaseInfo");
const args_1 = require("./args");
const handles_1 = require("./handles");
const host_1 = require("./host");
function databaseApi(host) {
    return {
        JetCreateDatabase: (0, host_1.apiFunction)(host, 'JetCreateDatabase', (e, sesid, szFilename, szConnect, pdbid, grbit) => {
            const ses = (0, handles_1.sessionOf)(e, sesid);
            const name = (0, args_1.stringArg)(szFilename);
            (0, args_1.optionalString)(szConnect);
            const box = (0, args_1.outArg)(pdbid);
            box.value = (0, database_1.createDatabase)(e, ses, name, (0, args_1.grbitArg)(grbit)).dbid;
            return errors_1.JET_errSuccess;
        }),
        JetCreateDatabase2: (0, host_1.apiFunction)(host, 'JetCreateDatabase2', (e, sesid, szFilename, cpgDatabaseSizeMax, pdbid, grbit) => {
            const ses = (0, handles_1.sessionOf)(e, sesid);
            const name = (0, args_1.stringArg)(szFilename);
            const maxPages = (0, args_1.sizeArg)(cpgDatabaseSizeMax);
            const box = (0, args_1.outArg)(pdbid);
            box.value = (0, database_1.createDatabase)(e, ses, name, (0, args_1.grbitArg)(grbit), maxPages).dbid;
            return errors_1.JET_errSuccess;
        }),
        JetAttachDatabase: (0, host_1.apiFunction)(host, 'JetAttachDatabase', (e, sesid, szFilename, grbit) => {
            const ses = (0, handles_1.sessionOf)(e, sesid);
            return (0, database_1.attachDatabase)(e, ses, (0, args_1.stringArg)(szFilename), (0, args_1.grbitArg)(grbit));
        }),
        JetAttachDatabase2: (0, host_1.apiFunction)(host, 'JetAttachDatabase2', (e, sesid, szFilename, cpgDatabaseSizeMax, grbit) => {
            const ses = (0, handles_1.sessionOf)(e, sesid);
            const name = (0, args_1.stringArg)(szFilename);
            const maxPages = (0, args_1.sizeArg)(cpgDatabaseSizeMax);
            return (0, database_1.attachDatabase)(e, ses, name, (0, args_1.grbitArg)(grbit), maxPages);
        }),
        JetOpenDatabase: (0, host_1.apiFunction)(host, 'JetOpenDatabase', (e, sesid, szFilename, szConnect, pdbid, grbit) => {
            const ses = (0, handles_1.sessionOf)(e, sesid);
            const name = (0, args_1.stringArg)(szFilename);
            (0, args_1.optionalString)(szConnect);
            const box = (0, args_1.outArg)(pdbid);
            const { db, warning } = (0, database_1.openDatabase)(e, ses, name, (0, args_1.grbitArg)(grbit));
            box.value = db.dbid;
            return warning;
        }),
        JetCloseDatabase: (0, host_1.apiFunction)(host, 'JetCloseDatabase', (e, sesid, dbid, grbit) => {
            const ses = (0, handles_1.sessionOf)(e, sesid);
            (0, database_1.closeDatabase)(e, ses, typeof dbid === 'number' ? dbid : -1);
            return errors_1.JET_errSuccess;
        }),
        JetDetachDatabase: (0, host_1.apiFunction)(host, 'JetDetachDatabase', (e, sesid, szFilename) => {
            const ses = (0, handles_1.sessionOf)(e, sesid);
            (0, database_1.detachDatabase)(e, ses, (0, args_1.optionalString)(szFilename));
            return errors_1.JET_errSuccess;
        }),
        JetDetachDatabase2: (0, host_1.apiFunction)(host, 'JetDetachDatabase2', (e, sesid, szFilename, grbit) => {
            const ses = (0, handles_1.sessionOf)(e, sesid);
            const name = (0, args_1.optionalString)(szFilename);
            (0, args_1.grbitArg)(grbit);
            (0, database_1.detachDatabase)(e, ses, name);
            return errors_1.JET_errSuccess;
        }),
        JetGetDatabaseInfo: (0, host_1.apiFunction)(host, 'JetGetDatabaseInfo', (e, sesid, dbid, pvResult, cbMax, InfoLevel) => {
            const ses = (0, handles_1.sessionOf)(e, sesid);
            const box = (0, args_1.outArg)(pvResult);
            const room = (0, args_1.sizeArg)(cbMax);
            const level = (0, args_1.intArg)(InfoLevel);
            box.value = (0, databaseInfo_1.databaseInfo)(ses, (0, database_1.enterDatabase)(e, ses, dbid), room, level);
            return errors_1.JET_errSuccess;
        }),
        JetGetDatabaseFileInfo: (0, host_1.apiFunction)(host, 'JetGetDatabaseFileInfo', (e, szDatabaseName, pvResult, cbMax, InfoLevel) => {
            const name = (0, args_1.stringArg)(szDatabaseName);
            const box = (0, args_1.outArg)(pvResult);
            const room = (0, args_1.sizeArg)(cbMax);
            const level = (0, args_1.intArg)(InfoLevel);
            box.value = (0, databaseInfo_1.databaseFileInfo)(e, name, room, level, box.value);
            return errors_1.JET_errSuccess;
        }),
        JetSetMaxDatabaseSize: (0, host_1.apiFunction)(host, 'JetSetMaxDatabaseSize', (e, sesid, dbid, cpg, grbit) => {
            // jetapi.cxx JetSetMaxDatabaseSizeEx: the session gate only; the grbit is never read.
            void grbit;
            const ses = (0, handles_1.sessionOf)(e, sesid);
            const pages = (0, args_1.grbitArg)(cpg);
            (0, database_1.attachedDatabase)(e, ses, dbid).maxPages = pages;
            return errors_1.JET_errSuccess;
        }),
        JetGetMaxDatabaseSize: (0, host_1.apiFunction)(host, 'JetGetMaxDatabaseSize', (e, sesid, dbid, pcpg, grbit) => {
            // jetapi.cxx JetGetMaxDatabaseSizeEx: the session and dbid gate (a database the session has open); the grbit is
            // never read.
            void grbit;
            const ses = (0, handles_1.sessionOf)(e, sesid);
            const box = (0, args_1.outArg)(pcpg);
            box.value = (0, database_1.enterDatabase)(e, ses, dbid).maxPages;
            return errors_1.JET_errSuccess;
        }),
    };
}
