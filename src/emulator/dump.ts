import { freeze } from 'immer';
import type { Engine } from '../engine/engine';
import type { Instance } from '../engine/instance';
import { modelledParams, paramValue } from '../engine/params';
import type { Session } from '../engine/session';
import type { Cursor } from '../engine/cursor';
import { TableCursor } from '../engine/tableCursor';
import { readImage } from '../engine/tableData';
import { versionBudget } from '../engine/versionStore';
import type { TableDef } from '../catalog/tableDef';
import { ChangePreview, RowPreview, sessionChanges, tableRecords, tempRows } from './dumpRows';

export type { ChangePreview, RowPreview } from './dumpRows';

/** What `emulator.dump()` adds to the picture. */
export interface DumpOptions {
  /**
   * Rows to show of each sort and temp table, each table's committed records, and each session's uncommitted
   * changes per table (`preview` fields); 0 (the default) shows none. At most 1,000.
   */
  rows?: number;
}

/** A frozen picture of an emulator's state, for tests, debuggers and teaching. */
export interface StateDump {
  runMode: string;
  fidelity: string;
  handleValidation: string;
  instances: InstanceDump[];
  /** The in-memory database files and the tables in them. */
  files: FileDump[];
}

export interface FileDump {
  path: string;
  tables: TableDump[];
}

export interface TableDump {
  name: string;
  columns: { name: string; columnid: number; coltyp: number; cp: number }[];
  indexes: { name: string; primary: boolean; unique: boolean; key: string }[];
  /** Committed records. */
  records: number;
  /** Older committed images kept for transactions that still read them (the version store's view). */
  versions: number;
  /** The first committed records in primary-key order, when the dump was asked for rows. */
  preview?: RowPreview[];
  /** A creation or deletion of the table in a transaction not committed yet (only its session sees the new state). */
  uncommitted?: 'created' | 'deleted';
}

export interface InstanceDump {
  handle: number;
  name: string | null;
  state: string;
  stopRequested: boolean;
  unavailable: number;
  params: Record<string, number | string>;
  /** The version store (JET_paramMaxVerPages): bytes in use by versioned table changes, and its size. */
  versionStore: { used: number; max: number };
  attached: { dbid: number; path: string; opens: number; readOnly: boolean }[];
  sessions: SessionDump[];
}

export interface SessionDump {
  handle: number;
  procid: number;
  level: number;
  readOnly: boolean;
  context: number;
  rollbackFailure: number;
  openDatabases: { dbid: number; path: string; count: number }[];
  cursors: CursorDump[];
  /**
   * Uncommitted changes per table (changes made, locks held) and, when the dump was asked for rows, the first
   * records changed as this session sees them.
   */
  tableChanges: { table: string; changes: number; locks: number; preview?: ChangePreview[] }[];
}

export interface CursorDump {
  handle: number;
  /** 'table' for a cursor on a regular table (its phase is then the table's name). */
  kind: 'sort' | 'temp table' | 'table';
  phase: string;
  rows: number;
  levelOpen: number;
  updatePrepared: boolean;
  /** A sort's or temp table's columns (a table cursor's are the table's, in `files`). */
  columns?: { columnid: number; coltyp: number; cp: number }[];
  /** A sort's or temp table's first rows, when the dump was asked for rows (while a sort is collecting, as inserted). */
  preview?: RowPreview[];
}

function cursorDump(c: Cursor | TableCursor, rows: number): CursorDump {
  if (c instanceof TableCursor) {
    return {
      handle: c.handle, kind: 'table', phase: c.table.name, rows: readImage(c.session, c.table).records.size,
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
    ...(rows > 0 ? { preview: tempRows(t, rows) } : {}),
  };
}

function sessionDump(s: Session, rows: number): SessionDump {
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
        ...(rows > 0 ? { preview: sessionChanges(s, v, rows) } : {}),
      })),
  };
}

function tableDump(t: TableDef, rows: number): TableDump {
  return {
    name: t.name,
    columns: [...t.byId.values()].map((c) => ({ name: c.name, columnid: c.columnid, coltyp: c.coltyp, cp: c.cp })),
    indexes: t.indexes.map((i) => ({
      name: i.name, primary: i.primary, unique: i.unique,
      key: i.segments.map((g) => `${g.descending ? '-' : '+'}${g.column.name}`).join(' '),
    })),
    records: t.store.committed.records.size,
    versions: t.store.versions,
    ...(rows > 0 ? { preview: tableRecords(t, rows) } : {}),
    ...(t.creation.by !== null ? { uncommitted: 'created' as const } : t.deletedBy !== null ? { uncommitted: 'deleted' as const } : {}),
  };
}

function instanceDump(i: Instance, rows: number): InstanceDump {
  const params: Record<string, number | string> = {};
  for (const [id, rule] of modelledParams) params[rule.name] = paramValue(i.params, id);
  return {
    handle: i.handle,
    name: i.name,
    state: i.state,
    stopRequested: i.stopRequested,
    unavailable: i.unavailable,
    params,
    versionStore: { used: i.versionStore.used, max: versionBudget(i) },
    attached: [...i.attached.values()].map((db) => ({ dbid: db.dbid, path: db.file.path, opens: db.pins, readOnly: db.readOnly })),
    sessions: [...i.sessions].map((s) => sessionDump(s, rows)),
  };
}

/** The number of preview rows asked for: anything but a whole number from 1 to 1,000 is 0 or clamped. */
function previewRows(options: DumpOptions | undefined): number {
  const n = options?.rows;
  return typeof n === 'number' && n >= 1 ? Math.min(Math.floor(n), 1000) : 0;
}

export function dumpState(engine: Engine, options?: DumpOptions): StateDump {
  const rows = previewRows(options);
  return freeze({
    runMode: engine.runMode,
    fidelity: engine.options.fidelity,
    handleValidation: engine.options.handleValidation,
    instances: [...engine.instances.values()].map((i) => instanceDump(i, rows)),
    files: [...engine.files.values()].map((f) => ({ path: f.path, tables: [...f.tables.values()].map((t) => tableDump(t, rows)) })),
  }, true);
}

/** A previewed row on one line: its bookmark, then column=value pairs. */
export function rowText(r: RowPreview): string {
  const cells = Object.entries(r.values).map(([k, v]) => `${k}=${v}`).join(', ');
  return `[${r.bookmark}] ${cells === '' ? '(all NULL)' : cells}`;
}

/** The dump as an indented tree, one resource per line (and one line per previewed row). */
export function formatState(dump: StateDump): string {
  const lines = [`emulator (${dump.runMode}, fidelity ${dump.fidelity})`];
  if (dump.instances.length === 0) lines.push('  (no instances)');
  for (const i of dump.instances) {
    const flags = [i.state, i.stopRequested ? 'stop requested' : '', i.unavailable !== 0 ? `unavailable ${i.unavailable}` : '']
      .filter((f) => f !== '').join(', ');
    lines.push(`  instance ${i.handle}${i.name === null ? '' : ` "${i.name}"`} [${flags}]`);
    if (i.versionStore.used > 0) lines.push(`    version store ${i.versionStore.used} of ${i.versionStore.max} bytes`);
    for (const db of i.attached) lines.push(`    database ${db.dbid} ${db.path} (opens ${db.opens}${db.readOnly ? ', read-only' : ''})`);
    for (const s of i.sessions) {
      const extra = [s.readOnly ? 'read-only' : '', s.context !== 0 ? `context ${s.context}` : '', s.rollbackFailure !== 0 ? `rollback failed ${s.rollbackFailure}` : '']
        .filter((f) => f !== '').join(', ');
      lines.push(`    session ${s.handle} procid ${s.procid} level ${s.level}${extra === '' ? '' : ` [${extra}]`}`);
      for (const d of s.openDatabases) lines.push(`      open database ${d.dbid} ${d.path} x${d.count}`);
      for (const c of s.cursors) {
        lines.push(`      ${c.kind} ${c.handle} ${c.phase}, ${c.rows} rows, opened at level ${c.levelOpen}${c.updatePrepared ? ', update prepared' : ''}`);
        for (const r of c.preview ?? []) lines.push(`        ${rowText(r)}`);
      }
      for (const t of s.tableChanges) {
        lines.push(`      uncommitted in ${t.table}: ${t.changes} changes, ${t.locks} locks`);
        for (const r of t.preview ?? []) lines.push(`        ${r.change} ${rowText(r)}`);
      }
    }
  }
  for (const f of dump.files) {
    if (f.tables.length === 0) continue;
    lines.push(`  file ${f.path}`);
    for (const t of f.tables) {
      const idx = t.indexes.map((i) => `${i.name}(${i.key}${i.primary ? ', primary' : i.unique ? ', unique' : ''})`).join(', ');
      const pending = t.uncommitted === undefined ? '' : ` (${t.uncommitted}, not committed)`;
      lines.push(`    table ${t.name}${pending}: ${t.records} records, ${t.columns.length} columns${idx === '' ? '' : `, indexes ${idx}`}${t.versions > 0 ? `, ${t.versions} older images kept` : ''}`);
      for (const r of t.preview ?? []) lines.push(`      ${rowText(r)}`);
    }
  }
  return lines.join('\n');
}
