"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tempTableApi = tempTableApi;
const errors_1 = require("../constants/errors");
const columns_1 = require("../catalog/columns");
const failure_1 = require("../storage/failure");
const openTempTable_1 = require("../engine/openTempTable");
const args_1 = require("./args");
const callerValues_1 = require("./callerValues");
const handles_1 = require("./handles");
const host_1 = require("./host");
/**
 * The column definitions, read one by one: a hole or a value of the wrong
 * kind stops the reading with InvalidParameter. No more than MAX_COLUMNS + 1
 * are read, since the engine's column-id pass fails on the one past that
 * (TooManyColumns) whatever the rest holds.
 */
function columnSpecs(prgcolumndef, ccolumn) {
    const count = (0, args_1.sizeArg)(ccolumn);
    const list = count === 0 ? [] : (0, args_1.arrayArg)(prgcolumndef, count);
    const read = Math.min(count, columns_1.MAX_COLUMNS + 1);
    const defs = [];
    const specs = [];
    for (let i = 0; i < read; i++) {
        const def = (0, args_1.objectArg)(list[i]);
        defs.push(def);
        specs.push({
            coltyp: (0, args_1.intArg)(def.coltyp),
            cp: def.cp === undefined ? 0 : (0, args_1.intArg)(def.cp),
            cbMax: def.cbMax === undefined ? 0 : (0, args_1.sizeArg)(def.cbMax),
            grbit: def.grbit === undefined ? 0 : (0, args_1.grbitArg)(def.grbit),
        });
    }
    return { defs, specs };
}
/**
 * Shared body of every temp-table entry point; returns the new cursor and
 * fills the column ids (checked writable first, so a failure changes nothing).
 * Each definition also gets its `columnid` when that field can take it (the
 * engine never writes its const definitions; this is esemu's convenience).
 */
function open(engine, ses, req) {
    const { defs, specs } = columnSpecs(req.prgcolumndef, req.ccolumn);
    const ids = specs.length === 0 ? [] : (0, args_1.outputArray)(req.prgcolumnid, specs.length);
    const grbit = (0, args_1.grbitArg)(req.grbit);
    const keyMost = req.cbKeyMost === undefined ? 0 : (0, args_1.sizeArg)(req.cbKeyMost);
    const varSegMac = req.cbVarSegMac === undefined ? 0 : (0, args_1.sizeArg)(req.cbVarSegMac);
    const cursor = (0, openTempTable_1.openTempTable)(engine, ses, { columns: specs, grbit, keyMost, varSegMac });
    cursor.table.columns.forEach((col, i) => {
        ids[i] = col.columnid;
        if ((0, callerValues_1.canWrite)(defs[i], 'columnid'))
            defs[i].columnid = col.columnid;
    });
    return cursor.handle;
}
function checkUnicodeIndex(idx) {
    if (idx === null || idx === undefined)
        return;
    const u = (0, args_1.objectArg)(idx);
    if (u.lcid !== undefined)
        (0, args_1.intArg)(u.lcid);
    if (u.dwMapFlags !== undefined)
        (0, args_1.grbitArg)(u.dwMapFlags);
    if (u.szLocaleName !== undefined && typeof u.szLocaleName !== 'string')
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
}
function tempTableApi(host) {
    function classic(e, sesid, prgcolumndef, ccolumn, grbit, ptableid, prgcolumnid) {
        const ses = (0, handles_1.sessionOf)(e, sesid);
        const box = (0, args_1.outArg)(ptableid);
        box.value = open(e, ses, { prgcolumndef, ccolumn, grbit, prgcolumnid, cbKeyMost: 0, cbVarSegMac: 0 });
        return errors_1.JET_errSuccess;
    }
    function structured(e, sesid, popentemporarytable) {
        const ses = (0, handles_1.sessionOf)(e, sesid);
        const t = (0, args_1.objectArg)(popentemporarytable);
        checkUnicodeIndex(t.pidxunicode);
        (0, args_1.writableField)(t, 'tableid');
        t.tableid = open(e, ses, { ...t, cbKeyMost: t.cbKeyMost ?? 0, cbVarSegMac: t.cbVarSegMac ?? 0 });
        return errors_1.JET_errSuccess;
    }
    return {
        JetOpenTempTable: (0, host_1.apiFunction)(host, 'JetOpenTempTable', (e, sesid, prgcolumndef, ccolumn, grbit, ptableid, prgcolumnid) => classic(e, sesid, prgcolumndef, ccolumn, grbit, ptableid, prgcolumnid)),
        JetOpenTempTable2: (0, host_1.apiFunction)(host, 'JetOpenTempTable2', (e, sesid, prgcolumndef, ccolumn, lcid, grbit, ptableid, prgcolumnid) => {
            const ses = (0, handles_1.sessionOf)(e, sesid);
            (0, args_1.intArg)(lcid);
            return classic(e, ses.handle, prgcolumndef, ccolumn, grbit, ptableid, prgcolumnid);
        }),
        JetOpenTempTable3: (0, host_1.apiFunction)(host, 'JetOpenTempTable3', (e, sesid, prgcolumndef, ccolumn, pidxunicode, grbit, ptableid, prgcolumnid) => {
            const ses = (0, handles_1.sessionOf)(e, sesid);
            checkUnicodeIndex(pidxunicode);
            return classic(e, ses.handle, prgcolumndef, ccolumn, grbit, ptableid, prgcolumnid);
        }),
        JetOpenTemporaryTable: (0, host_1.apiFunction)(host, 'JetOpenTemporaryTable', (e, sesid, popentemporarytable) => structured(e, sesid, popentemporarytable)),
        JetOpenTemporaryTable2: (0, host_1.apiFunction)(host, 'JetOpenTemporaryTable2', (e, sesid, popentemporarytable) => structured(e, sesid, popentemporarytable)),
    };
}
