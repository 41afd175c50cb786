/**
 * After every command the emulator's state dump must show what the model
 * holds: run mode, instances (state, flags, quotas, attachments), sessions
 * (procid, level, context, read-only, rollback failure, open databases) and
 * cursors (phase, rows, level, prepared update).
 */
import type { CursorDump, InstanceDump, SessionDump, StateDump } from '../../../src';
import { check } from './check';
import { MCursor, MInstance, MSession, Params, World } from './world';

const RUN_MODE = { none: 'none', one: 'oneInstance', multi: 'multiInstance' } as const;
const PARAM_NAMES: Record<keyof Params, string> = {
  maxSessions: 'MaxSessions', maxCursors: 'MaxCursors', maxSorts: 'MaxTemporaryTables', versioning: 'EnableTempTableVersioning',
  oneDb: 'OneDatabasePerSession', commitDefault: 'CommitDefault',
};

function param(d: InstanceDump, name: string): number | string | undefined {
  const key = Object.keys(d.params).find((k) => k === name || k.endsWith(`param${name}`));
  return key === undefined ? undefined : d.params[key];
}

function rowsOf(c: MCursor): number {
  const t = c.table;
  if (t.phase === 'insert') return t.pending.length;
  if (t.phase === 'retrieve') return t.sorted.length;
  if (t.phase === 'materialized') return t.rows.length;
  return 0;
}

function checkCursor(c: MCursor, d: CursorDump | undefined): void {
  const where = `cursor ${c.h}`;
  check(d !== undefined, `${where} missing from the dump`);
  check(d.phase === c.table.phase, `${where} phase ${d.phase}, model ${c.table.phase}`);
  check(d.kind === (c.table.phase === 'materialized' ? 'temp table' : 'sort'), `${where} kind ${d.kind}`);
  check(d.levelOpen === c.levelOpen, `${where} levelOpen ${d.levelOpen}, model ${c.levelOpen}`);
  check(d.updatePrepared === (c.prepared !== null), `${where} updatePrepared ${String(d.updatePrepared)}`);
  if (c.table.phase !== 'broken') check(d.rows === rowsOf(c), `${where} rows ${d.rows}, model ${rowsOf(c)}`);
}

function checkSession(s: MSession, d: SessionDump | undefined): void {
  const where = `session ${s.h}`;
  check(d !== undefined, `${where} missing from the dump`);
  check(d.procid === s.procid, `${where} procid ${d.procid}, model ${s.procid}`);
  check(d.level === s.level, `${where} level ${d.level}, model ${s.level}`);
  check(d.context === s.context, `${where} context ${d.context}, model ${s.context}`);
  check(d.readOnly === s.readOnly, `${where} readOnly ${String(d.readOnly)}, model ${String(s.readOnly)}`);
  check(d.rollbackFailure === s.rollbackFailure, `${where} rollbackFailure ${d.rollbackFailure}, model ${s.rollbackFailure}`);
  const opens = new Map(d.openDatabases.map((o) => [o.dbid, o.count]));
  check(opens.size === s.dbOpens.size, `${where} has ${opens.size} open databases, model ${s.dbOpens.size}`);
  for (const [a, n] of s.dbOpens) {
    const path = d.openDatabases.find((o) => o.path === a.file);
    check(path?.count === n, `${where} opens ${a.file} x${String(path?.count)}, model x${n}`);
    if (a.dbid === 0 && path !== undefined) a.dbid = path.dbid;
  }
  check(d.cursors.length === s.cursors.length, `${where} has ${d.cursors.length} cursors, model ${s.cursors.length}`);
  for (const c of s.cursors) checkCursor(c, d.cursors.find((x) => x.handle === c.h));
}

function checkInstance(w: World, i: MInstance, d: InstanceDump | undefined): void {
  const where = `instance ${i.h}`;
  check(d !== undefined, `${where} missing from the dump`);
  check(d.state === i.state, `${where} state ${d.state}, model ${i.state}`);
  check(d.stopRequested === i.stop, `${where} stopRequested ${String(d.stopRequested)}, model ${String(i.stop)}`);
  check(d.unavailable === i.unavailable, `${where} unavailable ${d.unavailable}, model ${i.unavailable}`);
  for (const key of Object.keys(PARAM_NAMES) as (keyof Params)[]) {
    const v = param(d, PARAM_NAMES[key]);
    if (v !== undefined) check(Number(v) === i.params[key], `${where} ${PARAM_NAMES[key]} ${String(v)}, model ${i.params[key]}`);
  }
  check(d.attached.length === i.attached.length, `${where} has ${d.attached.length} attached, model ${i.attached.length}`);
  for (const a of i.attached) {
    const x = d.attached.find((y) => y.path === a.file);
    check(x !== undefined, `${where}: ${a.file} should be attached`);
    check(x.readOnly === a.readOnly, `${where}: ${a.file} readOnly ${String(x.readOnly)}`);
    check(x.opens === w.pins(a), `${where}: ${a.file} opens ${x.opens}, model ${w.pins(a)}`);
    if (a.dbid === 0) a.dbid = x.dbid;
    check(x.dbid === a.dbid, `${where}: ${a.file} dbid ${x.dbid}, model ${a.dbid}`);
  }
  check(d.sessions.length === i.sessions.length, `${where} has ${d.sessions.length} sessions, model ${i.sessions.length}`);
  for (const s of i.sessions) checkSession(s, d.sessions.find((x) => x.handle === s.h));
}

export function checkWorld(w: World, dump: StateDump, pending: string[]): void {
  check(dump.runMode === RUN_MODE[w.runMode], `run mode ${dump.runMode}, model ${w.runMode}`);
  check(dump.fidelity === w.fidelity, `fidelity ${dump.fidelity}, model ${w.fidelity}`);
  const live = w.liveInstances();
  check(dump.instances.length === live.length, `${dump.instances.length} instances, model ${live.length}`);
  for (const i of live) checkInstance(w, i, dump.instances.find((x) => x.handle === i.h));
  const faults = w.faults.pending().map((p) => p.replace(/^call:/, '')).sort();
  const armed = JSON.stringify([...pending].sort());
  check(armed === JSON.stringify(faults), `pending faults ${armed}, model ${JSON.stringify(faults)}`);
}
