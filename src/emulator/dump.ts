import { freeze } from 'immer';
import type { Engine } from '../engine/engine';
import type { Instance } from '../engine/instance';
import { modelledParams, paramValue } from '../engine/params';
import type { Session } from '../engine/session';
import type { Cursor } from '../engine/cursor';
import { TableCursor } from '../engine/tableCursor';
import { readImage } from '../engine/tableData';

/** A frozen picture of an emulator's state, for tests, debuggers and teaching. */
export interface StateDump {
  runMode: string;
  fidelity: string;
  handleValidation: string;
  instances: InstanceDump[];
}

export interface InstanceDump {
  handle: number;
  name: string | null;
  state: string;
  stopRequested: boolean;
  unavailable: number;
  params: Record<string, number | string>;
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
}

export interface CursorDump {
  handle: number;
  /** 'table' for a cursor on a regular table (its phase is then the table's name). */
  kind: 'sort' | 'temp table' | 'table';
  phase: string;
  rows: number;
  levelOpen: number;
  updatePrepared: boolean;
}

function cursorDump(c: Cursor | TableCursor): CursorDump {
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
  };
}

function sessionDump(s: Session): SessionDump {
  return {
    handle: s.handle,
    procid: s.procid,
    level: s.level,
    readOnly: s.readOnly,
    context: s.context,
    rollbackFailure: s.rollbackFailure,
    openDatabases: [...s.openDatabases].map(([db, count]) => ({ dbid: db.dbid, path: db.file.path, count })),
    cursors: [...s.cursors].map(cursorDump),
  };
}

function instanceDump(i: Instance): InstanceDump {
  const params: Record<string, number | string> = {};
  for (const [id, rule] of modelledParams) params[rule.name] = paramValue(i.params, id);
  return {
    handle: i.handle,
    name: i.name,
    state: i.state,
    stopRequested: i.stopRequested,
    unavailable: i.unavailable,
    params,
    attached: [...i.attached.values()].map((db) => ({ dbid: db.dbid, path: db.file.path, opens: db.pins, readOnly: db.readOnly })),
    sessions: [...i.sessions].map(sessionDump),
  };
}

export function dumpState(engine: Engine): StateDump {
  return freeze({
    runMode: engine.runMode,
    fidelity: engine.options.fidelity,
    handleValidation: engine.options.handleValidation,
    instances: [...engine.instances.values()].map(instanceDump),
  }, true);
}

/** The dump as an indented tree, one resource per line. */
export function formatState(dump: StateDump): string {
  const lines = [`emulator (${dump.runMode}, fidelity ${dump.fidelity})`];
  if (dump.instances.length === 0) lines.push('  (no instances)');
  for (const i of dump.instances) {
    const flags = [i.state, i.stopRequested ? 'stop requested' : '', i.unavailable !== 0 ? `unavailable ${i.unavailable}` : '']
      .filter((f) => f !== '').join(', ');
    lines.push(`  instance ${i.handle}${i.name === null ? '' : ` "${i.name}"`} [${flags}]`);
    for (const db of i.attached) lines.push(`    database ${db.dbid} ${db.path} (opens ${db.opens}${db.readOnly ? ', read-only' : ''})`);
    for (const s of i.sessions) {
      const extra = [s.readOnly ? 'read-only' : '', s.context !== 0 ? `context ${s.context}` : '', s.rollbackFailure !== 0 ? `rollback failed ${s.rollbackFailure}` : '']
        .filter((f) => f !== '').join(', ');
      lines.push(`    session ${s.handle} procid ${s.procid} level ${s.level}${extra === '' ? '' : ` [${extra}]`}`);
      for (const d of s.openDatabases) lines.push(`      open database ${d.dbid} ${d.path} x${d.count}`);
      for (const c of s.cursors) {
        lines.push(`      ${c.kind} ${c.handle} ${c.phase}, ${c.rows} rows, opened at level ${c.levelOpen}${c.updatePrepared ? ', update prepared' : ''}`);
      }
    }
  }
  return lines.join('\n');
}
