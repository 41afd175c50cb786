"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.dumpState = dumpState;
exports.rowText = rowText;
exports.formatState = formatState;
const immer_1 = require("immer");
const params_1 = require("../engine/params");
const tableCursor_1 = require("../engine/tableCursor");
const tableData_1 = require("../engine/tableData");
const versionStore_1 = require("../engine/versionStore");
const dumpRows_1 = require("./dumpRows");
function cursorDump(c, rows) {
    if (c instanceof tableCursor_1.TableCursor) {
        return {
            handle: c.handle, kind: 'table', phase: c.table.name, rows: (0, tableData_1.readImage)(c.session, c.table).records.size,
            levelOpen: c.levelOpen, updatePrepared: c.update !== null,
        };
    }
    const t = c.table;
    return {
        handle: c.handle,
        kind: t.phase === 'materialized' ? 'temp table' : 'sort',
        phase: t.phase,
        rows: t.phase === 'insert' ? t.pending.count : t.store?.size ?? 0,
        levelOpen: c.levelOpen,
        updatePrepared: c.update !== null,
        columns: t.columns.map((col) => ({ columnid: col.columnid, coltyp: col.coltyp, cp: col.cp })),
        ...(rows > 0 ? { preview: (0, dumpRows_1.tempRows)(t, rows) } : {}),
    };
}
function sessionDump(s, rows) {
    return {
        handle: s.handle,
        procid: s.procid,
        level: s.level,
        readOnly: s.readOnly,
        context: s.context,
        rollbackFailure: s.rollbackFailure,
        openDatabases: [...s.openDatabases].map(([db, count]) => ({ dbid: db.dbid, path: db.file.path, count })),
        cursors: [...s.cursors].map((c) => cursorDump(c, rows)),
        tableChanges: [...s.tableViews.values()]
            .filter((v) => v.ops.length > 0 || v.locks.length > 0)
            .map((v) => ({
            table: v.table.name, changes: v.ops.length, locks: v.locks.length,
            ...(rows > 0 ? { preview: (0, dumpRows_1.sessionChanges)(s, v, rows) } : {}),
        })),
    };
}
function tableDump(t, rows) {
    return {
        name: t.name,
        columns: [...t.byId.values()].map((c) => ({ name: c.name, columnid: c.columnid, coltyp: c.coltyp, cp: c.cp })),
        indexes: t.indexes.map((i) => ({
            name: i.name, primary: i.primary, unique: i.unique,
            key: i.segments.map((g) => `${g.descending ? '-' : '+'}${g.column.name}`).join(' '),
        })),
        records: t.store.committed.records.size,
        versions: t.store.versions,
        ...(rows > 0 ? { preview: (0, dumpRows_1.tableRecords)(t, rows) } : {}),
        ...(t.creation.by !== null ? { uncommitted: 'created' } : t.deletedBy !== null ? { uncommitted: 'deleted' } : {}),
    };
}
function instanceDump(i, rows) {
    const params = {};
    for (const [id, rule] of params_1.modelledParams)
        params[rule.name] = (0, params_1.paramValue)(i.params, id);
    return {
        handle: i.handle,
        name: i.name,
        state: i.state,
        stopRequested: i.stopRequested,
        unavailable: i.unavailable,
        params,
        versionStore: { used: i.versionStore.used, max: (0, versionStore_1.versionBudget)(i) },
        attached: [...i.attached.values()].map((db) => ({ dbid: db.dbid, path: db.file.path, opens: db.pins, readOnly: db.readOnly })),
        sessions: [...i.sessions].map((s) => sessionDump(s, rows)),
    };
}
/** The number of preview rows asked for: anything but a whole number from 1 to 1,000 is 0 or clamped. */
function previewRows(options) {
    const n = options?.rows;
    return typeof n === 'number' && n >= 1 ? Math.min(Math.floor(n), 1000) : 0;
}
function dumpState(engine, options) {
    const rows = previewRows(options);
    return (0, immer_1.freeze)({
        runMode: engine.runMode,
        fidelity: engine.options.fidelity,
        handleValidation: engine.options.handleValidation,
        instances: [...engine.instances.values()].map((i) => instanceDump(i, rows)),
        files: [...engine.files.values()].map((f) => ({ path: f.path, tables: [...f.tables.values()].map((t) => tableDump(t, rows)) })),
    }, true);
}
/** A previewed row on one line: its bookmark, then column=value pairs. */
function rowText(r) {
    const cells = Object.entries(r.values).map(([k, v]) => `${k}=${v}`).join(', ');
    return `[${r.bookmark}] ${cells === '' ? '(all NULL)' : cells}`;
}
/** The dump as an indented tree, one resource per line (and one line per previewed row). */
function formatState(dump) {
    const lines = [`emulator (${dump.runMode}, fidelity ${dump.fidelity})`];
    if (dump.instances.length === 0)
        lines.push('  (no instances)');
    for (const i of dump.instances) {
        const flags = [i.state, i.stopRequested ? 'stop requested' : '', i.unavailable !== 0 ? `unavailable ${i.unavailable}` : '']
            .filter((f) => f !== '').join(', ');
        lines.push(`  instance ${i.handle}${i.name === null ? '' : ` "${i.name}"`} [${flags}]`);
        if (i.versionStore.used > 0)
            lines.push(`    version store ${i.versionStore.used} of ${i.versionStore.max} bytes`);
        for (const db of i.attached)
            lines.push(`    database ${db.dbid} ${db.path} (opens ${db.opens}${db.readOnly ? ', read-only' : ''})`);
        for (const s of i.sessions) {
            const extra = [s.readOnly ? 'read-only' : '', s.context !== 0 ? `context ${s.context}` : '', s.rollbackFailure !== 0 ? `rollback failed ${s.rollbackFailure}` : '']
                .filter((f) => f !== '').join(', ');
            lines.push(`    session ${s.handle} procid ${s.procid} level ${s.level}${extra === '' ? '' : ` [${extra}]`}`);
            for (const d of s.openDatabases)
                lines.push(`      open database ${d.dbid} ${d.path} x${d.count}`);
            for (const c of s.cursors) {
                lines.push(`      ${c.kind} ${c.handle} ${c.phase}, ${c.rows} rows, opened at level ${c.levelOpen}${c.updatePrepared ? ', update prepared' : ''}`);
                for (const r of c.preview ?? [])
                    lines.push(`        ${rowText(r)}`);
            }
            for (const t of s.tableChanges) {
                lines.push(`      uncommitted in ${t.table}: ${t.changes} changes, ${t.locks} locks`);
                for (const r of t.preview ?? [])
                    lines.push(`        ${r.change} ${rowText(r)}`);
            }
        }
    }
    for (const f of dump.files) {
        if (f.tables.length === 0)
            continue;
        lines.push(`  file ${f.path}`);
        for (const t of f.tables) {
            const idx = t.indexes.map((i) => `${i.name}(${i.key}${i.primary ? ', primary' : i.unique ? ', unique' : ''})`).join(', ');
            const pending = t.uncommitted === undefined ? '' : ` (${t.uncommitted}, not committed)`;
            lines.push(`    table ${t.name}${pending}: ${t.records} records, ${t.columns.length} columns${idx === '' ? '' : `, indexes ${idx}`}${t.versions > 0 ? `, ${t.versions} older images kept` : ''}`);
            for (const r of t.preview ?? [])
                lines.push(`      ${rowText(r)}`);
        }
    }
    return lines.join('\n');
}
