"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tempRows = tempRows;
exports.tableRecords = tableRecords;
exports.sessionChanges = sessionChanges;
const record_1 = require("../storage/record");
const columnText_1 = require("./columnText");
const hex = (s) => {
    let out = '';
    for (let i = 0; i < s.length; i++)
        out += s.charCodeAt(i).toString(16).padStart(2, '0');
    return out;
};
/** The first `n` rows of a sort or temp table: in key order once sorted, in insertion order while still collecting. */
function tempRows(t, n) {
    const rows = [];
    if (t.phase === 'insert') {
        for (let i = 0; rows.length < n; i++) {
            const r = t.pending.added(i);
            if (r === undefined)
                break;
            rows.push(r);
        }
    }
    else if (t.store !== null) {
        for (let r = t.store.first(); r !== undefined && rows.length < n; r = t.store.next(r.key, r))
            rows.push(r);
    }
    return rows.map((r) => {
        const rec = new record_1.PackedRecord(r.rec, r.at, t.columns.length);
        const values = {};
        for (const c of t.columns) {
            const len = rec.lengthOf(c.index);
            if (len < 0)
                continue;
            const start = rec.startOf(c.index);
            values[String(c.columnid)] = (0, columnText_1.columnValueText)(c.coltyp, c.cp, rec.bytes.subarray(start, start + len));
        }
        return { bookmark: hex(r.key), values };
    });
}
function recordValues(table, rec) {
    const values = {};
    for (const [columnid, list] of rec) {
        const col = table.byId.get(columnid);
        const text = list.map((b) => (col === undefined ? (0, columnText_1.columnValueText)(-1, 0, b) : (0, columnText_1.columnValueText)(col.coltyp, col.cp, b)));
        values[col?.name ?? `#${columnid}`] = text.length === 1 ? text[0] : `[${text.join(', ')}]`;
    }
    return values;
}
/** The first `n` committed records of a table, in bookmark (primary key) order. */
function tableRecords(table, n) {
    const out = [];
    const records = table.store.committed.records;
    for (let key = records.minKey(); key !== undefined && out.length < n;) {
        const rec = records.get(key);
        if (rec !== undefined)
            out.push({ bookmark: hex(key), values: recordValues(table, rec) });
        key = records.nextHigherPair(key)?.[0];
    }
    return out;
}
/** The first `n` records a session changed in a table (in the order of their first change), as it sees them now. */
function sessionChanges(ses, view, n) {
    if (ses.level === 0)
        return [];
    const seen = new Set();
    view.ops.some((bm) => seen.add(bm).size >= n);
    const now = (view.work ?? view.base).records;
    const out = [];
    for (const bm of seen) {
        const was = view.base.records.get(bm);
        const is = now.get(bm);
        const rec = is ?? was;
        // A record inserted and deleted again in the transaction is no change at all.
        if (rec === undefined)
            continue;
        const change = is === undefined ? 'deleted' : was === undefined ? 'inserted' : 'replaced';
        out.push({ bookmark: hex(bm), change, values: recordValues(view.table, rec) });
    }
    return out;
}
