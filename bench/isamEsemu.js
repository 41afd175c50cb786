"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.esemuEngine = esemuEngine;
/**
 * The ISAM workloads on esemu, through the esent.h API of an emulator made by createEmulator(), as a client
 * would write them: JetCreateTable / JetAddColumn / JetCreateIndex, JetPrepareUpdate + 3 x JetSetColumn +
 * JetUpdate per record, JetMakeKey + JetSeek, JetSetIndexRange, JetMove + JetRetrieveColumn. Column values are
 * passed through reused buffers, as a client filling a DataView would.
 */
const src_1 = require("../src");
const isamData_1 = require("./isamData");
const FILE = 'bench.edb';
const BIG = 'big';
const FRESH = 'fresh';
function check(rc, what) {
    if (rc < 0)
        throw new Error(`esemu: ${what} failed with ${rc}`);
}
/** esent.h's key description of one ascending column, cbKey counting both final NULs. */
function key(column) {
    const sz = `+${column}\0\0`;
    return { sz, cb: sz.length };
}
function esemuEngine(data) {
    const api = (0, src_1.createEmulator)().api;
    const instBox = (0, src_1.out)();
    check(api.JetCreateInstance(instBox, 'isam-bench'), 'JetCreateInstance');
    const inst = instBox.value;
    // A client with big transactions raises the version store (esent's default is 64 pages of 16 KB).
    check(api.JetSetSystemParameter(instBox, -1, src_1.JET_paramMaxVerPages, 1 << 16, null), 'MaxVerPages');
    check(api.JetSetSystemParameter(instBox, -1, src_1.JET_paramMaxSessions, 1024, null), 'MaxSessions');
    check(api.JetInit(instBox), 'JetInit');
    const sesBox = (0, src_1.out)();
    check(api.JetBeginSession(inst, sesBox, '', ''), 'JetBeginSession');
    const s = sesBox.value;
    const dbBox = (0, src_1.out)();
    check(api.JetCreateDatabase(s, FILE, null, dbBox, 0), 'JetCreateDatabase');
    const dbid = dbBox.value;
    // Reused value buffers.
    const idBuf = new Uint8Array(4);
    const idView = new DataView(idBuf.buffer);
    const valBuf = new Uint8Array(4);
    const valView = new DataView(valBuf.buffer);
    const txtBuf = new Uint8Array(64);
    const cbActual = (0, src_1.out)(0);
    function createTable(name) {
        const box = (0, src_1.out)();
        check(api.JetCreateTable(s, dbid, name, 0, 100, box), 'JetCreateTable');
        const t = box.value;
        const column = (columnName, coltyp, cbMax = 0) => {
            const id = (0, src_1.out)();
            check(api.JetAddColumn(s, t, columnName, { coltyp, cp: 1252, cbMax }, null, 0, id), 'JetAddColumn');
            return id.value;
        };
        const cols = { id: column('id', src_1.JET_coltypLong), val: column('val', src_1.JET_coltypLong), txt: column('txt', src_1.JET_coltypText, 64) };
        const primary = key('id');
        check(api.JetCreateIndex(s, t, 'primary', src_1.JET_bitIndexPrimary | src_1.JET_bitIndexUnique, primary.sz, primary.cb, 100), 'JetCreateIndex');
        const byVal = key('val');
        check(api.JetCreateIndex(s, t, 'byVal', 0, byVal.sz, byVal.cb, 100), 'JetCreateIndex');
        // The creator's cursor is exclusive: close it so that other sessions can open the table.
        check(api.JetCloseTable(s, t), 'JetCloseTable');
        return cols;
    }
    function openTable(ses, db, name) {
        const box = (0, src_1.out)();
        check(api.JetOpenTable(ses, db, name, null, 0, 0, box), 'JetOpenTable');
        return box.value;
    }
    /** Inserts rows [from, to); returns the OR of every code, negative if any call failed. */
    function insertRows(ses, t, cols, rows, from, to) {
        let codes = 0;
        for (let i = from; i < to; i++) {
            idView.setInt32(0, rows.ids[i], true);
            valView.setInt32(0, rows.vals[i], true);
            const txt = rows.txtBytes[i];
            codes |= api.JetPrepareUpdate(ses, t, src_1.JET_prepInsert);
            codes |= api.JetSetColumn(ses, t, cols.id, idBuf, 4, 0, null);
            codes |= api.JetSetColumn(ses, t, cols.val, valBuf, 4, 0, null);
            codes |= api.JetSetColumn(ses, t, cols.txt, txt, txt.length, 0, null);
            codes |= api.JetUpdate(ses, t, null, 0, null);
        }
        return codes;
    }
    /** The table's records: JetIndexRecordCount counts from the cursor's entry, so the cursor goes first. */
    function count(t) {
        const rc = api.JetMove(s, t, src_1.JET_MoveFirst, 0);
        if (rc === src_1.JET_errNoCurrentRecord)
            return 0;
        check(rc, 'JetMove');
        const n = (0, src_1.out)(0);
        check(api.JetIndexRecordCount(s, t, n, 0), 'JetIndexRecordCount');
        return n.value;
    }
    const bigCols = createTable(BIG);
    const big = openTable(s, dbid, BIG);
    check(api.JetBeginTransaction(s), 'JetBeginTransaction');
    check(insertRows(s, big, bigCols, data.preload, 0, data.preload.n), 'preload');
    check(api.JetCommitTransaction(s, 0), 'JetCommitTransaction');
    async function insert(work) {
        const name = work.preloaded ? BIG : FRESH;
        const cols = work.preloaded ? bigCols : createTable(FRESH);
        const mine = work.preloaded ? big : openTable(s, dbid, FRESH);
        const { rows } = work;
        let codes = 0;
        let t0;
        let t1;
        let t2;
        if (work.end === 'levels') {
            t0 = (0, isamData_1.nowMs)();
            const other = (0, src_1.out)();
            codes |= api.JetBeginSession(inst, other, '', '');
            const db = (0, src_1.out)();
            codes |= api.JetOpenDatabase(other.value, FILE, null, db, 0);
            const t = (0, src_1.out)();
            codes |= api.JetOpenTable(other.value, db.value, name, null, 0, 0, t);
            for (let level = 0; level < isamData_1.LEVELS; level++) {
                codes |= api.JetBeginTransaction(other.value);
                codes |= insertRows(other.value, t.value, cols, rows, (0, isamData_1.levelStart)(rows.n, level), (0, isamData_1.levelStart)(rows.n, level + 1));
            }
            t1 = (0, isamData_1.nowMs)();
            codes |= api.JetEndSession(other.value, 0);
            t2 = (0, isamData_1.nowMs)();
        }
        else {
            t0 = (0, isamData_1.nowMs)();
            codes |= api.JetBeginTransaction(s);
            codes |= insertRows(s, mine, cols, rows, 0, rows.n);
            t1 = (0, isamData_1.nowMs)();
            codes |= work.end === 'commit' ? api.JetCommitTransaction(s, 0) : api.JetRollback(s, 0);
            t2 = (0, isamData_1.nowMs)();
        }
        check(codes, `insert workload (${work.end})`);
        // Counting walks every entry: only the runs that verify pay for it.
        const after = work.verify ? count(mine) : Number.NaN;
        if (!work.preloaded) {
            check(api.JetCloseTable(s, mine), 'JetCloseTable');
            check(api.JetDeleteTable(s, dbid, FRESH), 'JetDeleteTable');
        }
        return { main: t1 - t0, end: t2 - t1, check: after };
    }
    async function sessions(n) {
        const box = (0, src_1.out)();
        let codes = 0;
        const t0 = (0, isamData_1.nowMs)();
        for (let i = 0; i < n; i++) {
            codes |= api.JetBeginSession(inst, box, '', '');
            codes |= api.JetEndSession(box.value, 0);
        }
        const t1 = (0, isamData_1.nowMs)();
        check(codes, 'JetBeginSession / JetEndSession');
        return { main: t1 - t0, end: 0, check: n };
    }
    async function seeks(keys) {
        let codes = 0;
        let sum = 0;
        const t0 = (0, isamData_1.nowMs)();
        codes |= api.JetBeginTransaction(s);
        for (let i = 0; i < keys.length; i++) {
            idView.setInt32(0, keys[i], true);
            codes |= api.JetMakeKey(s, big, idBuf, 4, src_1.JET_bitNewKey);
            codes |= api.JetSeek(s, big, src_1.JET_bitSeekEQ);
            codes |= api.JetRetrieveColumn(s, big, bigCols.val, valBuf, 4, null, 0, null);
            sum += valView.getInt32(0, true);
        }
        codes |= api.JetCommitTransaction(s, 0);
        const t1 = (0, isamData_1.nowMs)();
        check(codes, 'seeks');
        return { main: t1 - t0, end: 0, check: sum };
    }
    async function scan() {
        let codes = 0;
        let sum = 0;
        let rowsSeen = 0;
        let previous = -1;
        let ordered = true;
        const t0 = (0, isamData_1.nowMs)();
        codes |= api.JetBeginTransaction(s);
        let rc = api.JetMove(s, big, src_1.JET_MoveFirst, 0);
        for (; rc >= 0; rc = api.JetMove(s, big, src_1.JET_MoveNext, 0)) {
            codes |= api.JetRetrieveColumn(s, big, bigCols.id, idBuf, 4, null, 0, null);
            codes |= api.JetRetrieveColumn(s, big, bigCols.val, valBuf, 4, null, 0, null);
            const id = idView.getInt32(0, true);
            if (id <= previous)
                ordered = false;
            previous = id;
            sum += valView.getInt32(0, true);
            rowsSeen++;
        }
        codes |= api.JetCommitTransaction(s, 0);
        const t1 = (0, isamData_1.nowMs)();
        check(codes, 'scan');
        if (rc !== src_1.JET_errNoCurrentRecord || !ordered)
            throw new Error(`esemu: scan ended with ${rc}, in order: ${ordered}`);
        return { main: t1 - t0, end: 0, check: rowsSeen * 1e10 + sum };
    }
    async function ranges(starts, width) {
        check(api.JetSetCurrentIndex(s, big, 'byVal'), 'JetSetCurrentIndex');
        let codes = 0;
        let lengths = 0;
        const t0 = (0, isamData_1.nowMs)();
        codes |= api.JetBeginTransaction(s);
        for (let i = 0; i < starts.length; i++) {
            valView.setInt32(0, starts[i], true);
            codes |= api.JetMakeKey(s, big, valBuf, 4, src_1.JET_bitNewKey);
            if (api.JetSeek(s, big, src_1.JET_bitSeekGE) < 0)
                continue;
            valView.setInt32(0, starts[i] + width, true);
            codes |= api.JetMakeKey(s, big, valBuf, 4, src_1.JET_bitNewKey);
            let rc = api.JetSetIndexRange(s, big, src_1.JET_bitRangeUpperLimit);
            for (; rc >= 0; rc = api.JetMove(s, big, src_1.JET_MoveNext, 0)) {
                codes |= api.JetRetrieveColumn(s, big, bigCols.txt, txtBuf, txtBuf.length, cbActual, 0, null);
                lengths += cbActual.value;
            }
        }
        codes |= api.JetCommitTransaction(s, 0);
        const t1 = (0, isamData_1.nowMs)();
        check(codes, 'ranges');
        check(api.JetSetCurrentIndex(s, big, null), 'JetSetCurrentIndex');
        return { main: t1 - t0, end: 0, check: lengths };
    }
    return {
        name: 'esemu',
        sessions, insert, seeks, scan, ranges,
        close: () => {
            check(api.JetEndSession(s, 0), 'JetEndSession');
            check(api.JetTerm(inst), 'JetTerm');
        },
    };
}
