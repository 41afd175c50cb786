/**
 * JetEndSession, one return code at a time, each reached through a real state
 * (ese-semantics.md §3, §4.3, §6, §7.4, §9.5, §10.3, §13).
 */
import {
  createEmulator, newThreadId, onThread, out,
  JET_bitColumnTTKey, JET_bitForceSessionClosed, JET_bitTermDirty, JET_bitTTForceMaterialization, JET_coltypLong,
  JET_errClientRequestToStopJetService, JET_errDatabaseInUse, JET_errDirtyShutdown, JET_errInstanceUnavailable,
  JET_errInstanceUnavailableDueToFatalLogDiskFull, JET_errInvalidDatabaseId, JET_errInvalidParameter,
  JET_errInvalidSesid, JET_errInvalidTableId, JET_errNoCurrentRecord, JET_errNotInitialized, JET_errOutOfBuffers,
  JET_errOutOfMemory, JET_errRestoreInProgress, JET_errRollbackError, JET_errSesidTableIdMismatch,
  JET_errSessionContextAlreadySet, JET_errSessionContextNotSetByThisThread, JET_errSessionInUse,
  JET_errSessionSharingViolation, JET_errSuccess, JET_errTermInProgress, JET_errTooManyActiveUsers,
  JET_errTooManySorts, JET_MoveFirst, JET_MoveNext, JET_paramMaxTemporaryTables, JET_prepInsert,
} from '../src';
import type {
  Emulator, EngineOptions, JetApi, JET_COLUMNID, JET_DBID, JET_INSTANCE, JET_SESID, JET_SESSIONINFO, JET_TABLEID,
  SessionDump, TraceRecord,
} from '../src';

// ---- helpers ------------------------------------------------------------------------------------

interface Setup {
  emu: Emulator;
  api: JetApi;
  inst: JET_INSTANCE;
  ses: JET_SESID;
}

/** A fresh emulator, one initialized instance (parameters set before JetInit) and one session. */
function setup(options: Partial<EngineOptions> = {}, params: Array<[number, number]> = [], name = 'es'): Setup {
  const emu = createEmulator(options);
  const api = emu.api;
  const inst = out<JET_INSTANCE>();
  expect(api.JetCreateInstance(inst, name)).toBe(JET_errSuccess);
  for (const [id, value] of params) expect(api.JetSetSystemParameter(inst, 0 as JET_SESID, id, value, null)).toBe(JET_errSuccess);
  expect(api.JetInit(inst)).toBe(JET_errSuccess);
  return { emu, api, inst: inst.value, ses: beginSession(api, inst.value) };
}

function beginSession(api: JetApi, inst: JET_INSTANCE): JET_SESID {
  const ses = out<JET_SESID>();
  expect(api.JetBeginSession(inst, ses, '', '')).toBe(JET_errSuccess);
  return ses.value;
}

interface Tt {
  tableid: JET_TABLEID;
  col: JET_COLUMNID;
}

const KEY_COLUMN = [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }];

/** A sort keyed by one Long column (a temp table when `grbit` forces materialization). */
function openSort(api: JetApi, ses: JET_SESID, grbit = 0): Tt {
  const ids: JET_COLUMNID[] = [];
  const tt = out<JET_TABLEID>();
  expect(api.JetOpenTempTable(ses, KEY_COLUMN, 1, grbit, tt, ids)).toBe(JET_errSuccess);
  return { tableid: tt.value, col: ids[0] };
}

function tryOpenSort(api: JetApi, ses: JET_SESID): number {
  return api.JetOpenTempTable(ses, KEY_COLUMN, 1, 0, out<JET_TABLEID>(), []);
}

function le32(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setInt32(0, n, true);
  return b;
}

function insert(api: JetApi, ses: JET_SESID, t: Tt, value: number): void {
  expect(api.JetPrepareUpdate(ses, t.tableid, JET_prepInsert)).toBe(JET_errSuccess);
  expect(api.JetSetColumn(ses, t.tableid, t.col, le32(value), 4, 0, null)).toBe(JET_errSuccess);
  expect(api.JetUpdate(ses, t.tableid, null, 0, null)).toBe(JET_errSuccess);
}

function createDb(api: JetApi, ses: JET_SESID, path: string): JET_DBID {
  const dbid = out<JET_DBID>();
  expect(api.JetCreateDatabase(ses, path, null, dbid, 0)).toBe(JET_errSuccess);
  return dbid.value;
}

function openDb(api: JetApi, ses: JET_SESID, path: string): JET_DBID {
  const dbid = out<JET_DBID>();
  expect(api.JetOpenDatabase(ses, path, null, dbid, 0)).toBe(JET_errSuccess);
  return dbid.value;
}

function begin(api: JetApi, ses: JET_SESID, levels: number): void {
  for (let i = 0; i < levels; i++) expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
}

function dumpOf(emu: Emulator, ses: JET_SESID): SessionDump | undefined {
  for (const i of emu.dump().instances) for (const s of i.sessions) if (s.handle === ses) return s;
  return undefined;
}

function live(emu: Emulator, ses: JET_SESID): SessionDump {
  const d = dumpOf(emu, ses);
  if (d === undefined) throw new Error(`session ${ses} is not in the dump`);
  return d;
}

function info(api: JetApi, ses: JET_SESID): { rc: number; level: number; procid: number } {
  const box = out<JET_SESSIONINFO>();
  const rc = api.JetGetSessionInfo(ses, box, 24, 0);
  return { rc, level: rc === 0 ? box.value.ulTrxLevel : -1, procid: rc === 0 ? box.value.ulProcid : -1 };
}

function opens(emu: Emulator): number[] {
  return emu.dump().instances.flatMap((i) => i.attached.map((d) => d.opens));
}

// ---- JET_errSuccess -----------------------------------------------------------------------------

describe('JetEndSession -> Success', () => {
  it('ends an idle session; the sesid is InvalidSesid for every session API from then on', () => {
    const { api, ses } = setup();
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
    for (let round = 0; round < 3; round++) {
      expect(api.JetEndSession(ses, 0)).toBe(JET_errInvalidSesid);
      expect(api.JetBeginTransaction(ses)).toBe(JET_errInvalidSesid);
      expect(api.JetCommitTransaction(ses, 0)).toBe(JET_errInvalidSesid);
      expect(api.JetRollback(ses, 0)).toBe(JET_errInvalidSesid);
      expect(info(api, ses).rc).toBe(JET_errInvalidSesid);
      expect(api.JetSetSessionContext(ses, 3)).toBe(JET_errInvalidSesid);
      expect(api.JetResetSessionContext(ses)).toBe(JET_errInvalidSesid);
      expect(api.JetDupSession(ses, out<JET_SESID>())).toBe(JET_errInvalidSesid);
      expect(tryOpenSort(api, ses)).toBe(JET_errInvalidSesid);
    }
  });

  it('never hands the ended sesid out again, however many sessions follow', () => {
    const { api, inst, ses } = setup();
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
    for (let i = 0; i < 12; i++) {
      const next = beginSession(api, inst);
      expect(next).not.toBe(ses);
      expect(api.JetEndSession(next, 0)).toBe(JET_errSuccess);
    }
    expect(api.JetEndSession(ses, 0)).toBe(JET_errInvalidSesid);
  });

  it("turns the session's cursors into InvalidTableId for every other session", () => {
    const { api, inst, ses } = setup();
    const sort = openSort(api, ses);
    insert(api, ses, sort, 1);
    const other = beginSession(api, inst);
    expect(api.JetCloseTable(other, sort.tableid)).toBe(JET_errSesidTableIdMismatch);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
    expect(api.JetCloseTable(other, sort.tableid)).toBe(JET_errInvalidTableId);
    expect(api.JetMove(other, sort.tableid, JET_MoveFirst, 0)).toBe(JET_errInvalidTableId);
    expect(api.JetMove(ses, sort.tableid, JET_MoveFirst, 0)).toBe(JET_errInvalidSesid);
  });

  it("gives back the session's MaxTemporaryTables slots, so another session can open that many sorts", () => {
    const { api, inst, ses } = setup({}, [[JET_paramMaxTemporaryTables, 3]]);
    for (let i = 0; i < 3; i++) openSort(api, ses);
    const other = beginSession(api, inst);
    expect(tryOpenSort(api, other)).toBe(JET_errTooManySorts);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
    for (let i = 0; i < 3; i++) expect(tryOpenSort(api, other)).toBe(JET_errSuccess);
    expect(tryOpenSort(api, other)).toBe(JET_errTooManySorts);
  });

  it('closes every open of its databases (count back to 0), so JetDetachDatabase works', () => {
    const { emu, api, inst, ses } = setup();
    createDb(api, ses, 'a.edb');
    openDb(api, ses, 'a.edb');
    openDb(api, ses, 'a.edb');
    expect(live(emu, ses).openDatabases.map((d) => d.count)).toEqual([3]);
    expect(opens(emu)).toEqual([3]);
    const other = beginSession(api, inst);
    expect(api.JetDetachDatabase(other, 'a.edb')).toBe(JET_errDatabaseInUse);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
    expect(opens(emu)).toEqual([0]);
    expect(api.JetDetachDatabase(other, 'a.edb')).toBe(JET_errSuccess);
  });

  it("closes only its own opens: another session's opens of the same database stay", () => {
    const { emu, api, inst, ses } = setup();
    createDb(api, ses, 'shared.edb');
    const other = beginSession(api, inst);
    const dbid = openDb(api, other, 'shared.edb');
    expect(opens(emu)).toEqual([2]);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
    expect(opens(emu)).toEqual([1]);
    expect(api.JetDetachDatabase(other, 'shared.edb')).toBe(JET_errDatabaseInUse);
    expect(api.JetCloseDatabase(other, dbid, 0)).toBe(JET_errSuccess);
    expect(api.JetDetachDatabase(other, 'shared.edb')).toBe(JET_errSuccess);
  });

  it('leaves no trace in dump() or dumpText()', () => {
    const { emu, api, inst, ses } = setup();
    createDb(api, ses, 'trace.edb');
    begin(api, ses, 2);
    openSort(api, ses);
    const keep = beginSession(api, inst);
    expect(dumpOf(emu, ses)).toMatchObject({ level: 2 });
    expect(emu.dumpText()).toContain(`session ${ses} `);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
    expect(dumpOf(emu, ses)).toBeUndefined();
    expect(emu.dump().instances[0].sessions.map((s) => s.handle)).toEqual([keep]);
    expect(emu.dumpText()).not.toContain(`session ${ses} `);
  });

  it('frees its procid for the next session', () => {
    const { api, inst, ses } = setup();
    const second = beginSession(api, inst);
    const procid = info(api, ses).procid;
    expect(info(api, second).procid).not.toBe(procid);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
    const third = beginSession(api, inst);
    expect(info(api, third).procid).toBe(procid);
  });

  it('no longer counts as an open transaction: JetTerm goes from TooManyActiveUsers to Success', () => {
    const { api, inst, ses } = setup();
    begin(api, ses, 3);
    expect(api.JetTerm(inst)).toBe(JET_errTooManyActiveUsers);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
    expect(api.JetTerm(inst)).toBe(JET_errSuccess);
  });

  it('rolls back 7 levels, closes 10 sorts and 3 databases in one call', () => {
    const { emu, api, inst, ses } = setup();
    const names = ['one.edb', 'two.edb', 'three.edb'];
    const dbids = names.map((n) => createDb(api, ses, n));
    openDb(api, ses, 'two.edb');
    const sorts: Tt[] = [openSort(api, ses), openSort(api, ses), openSort(api, ses)];
    for (let lvl = 1; lvl <= 7; lvl++) {
      expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
      sorts.push(openSort(api, ses));
    }
    sorts.forEach((s, i) => insert(api, ses, s, i));
    const before = live(emu, ses);
    expect(before.level).toBe(7);
    expect(before.cursors).toHaveLength(10);
    expect(before.openDatabases).toHaveLength(3);
    const calls: TraceRecord[] = [];
    const stop = emu.subscribe((r) => calls.push(r));
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
    stop();
    expect(calls.map((c) => [c.api, c.codeName])).toEqual([['JetEndSession', 'JET_errSuccess']]);
    expect(dumpOf(emu, ses)).toBeUndefined();
    expect(opens(emu)).toEqual([0, 0, 0]);
    const other = beginSession(api, inst);
    for (const s of sorts) expect(api.JetCloseTable(other, s.tableid)).toBe(JET_errInvalidTableId);
    for (const dbid of dbids) expect(api.JetCloseDatabase(other, dbid, 0)).toBe(JET_errInvalidDatabaseId);
    for (let i = 0; i < 20; i++) expect(tryOpenSort(api, other)).toBe(JET_errSuccess);
    expect(tryOpenSort(api, other)).toBe(JET_errTooManySorts);
    for (const n of names) expect(api.JetDetachDatabase(other, n)).toBe(JET_errSuccess);
  });

  it('undoes the changes a materialized temp table got inside the levels before closing it', () => {
    const { emu, api, ses } = setup();
    const tt = openSort(api, ses, JET_bitTTForceMaterialization);
    insert(api, ses, tt, 1);
    begin(api, ses, 1);
    insert(api, ses, tt, 2);
    begin(api, ses, 1);
    insert(api, ses, tt, 3);
    expect(live(emu, ses).cursors[0]).toMatchObject({ kind: 'temp table', rows: 3 });
    // Stop EndSession at its last step to look at the table after the rollback.
    expect(emu.failStep('EndSession.closeCursor', { code: JET_errOutOfMemory })).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errOutOfMemory);
    expect(live(emu, ses)).toMatchObject({ level: 0 });
    expect(live(emu, ses).cursors).toEqual([expect.objectContaining({ kind: 'temp table', rows: 1 })]);
    expect(api.JetMove(ses, tt.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    const buf = new Uint8Array(4);
    expect(api.JetRetrieveColumn(ses, tt.tableid, tt.col, buf, 4, null, 0, null)).toBe(JET_errSuccess);
    expect(Array.from(buf)).toEqual([1, 0, 0, 0]);
    expect(api.JetMove(ses, tt.tableid, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
  });

  it('works after a session context was set and reset again', () => {
    const { api, ses } = setup();
    expect(api.JetSetSessionContext(ses, 11)).toBe(JET_errSuccess);
    expect(api.JetResetSessionContext(ses)).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
  });

  it('ends a session while an insert is prepared on its sort', () => {
    const { api, ses } = setup();
    const sort = openSort(api, ses);
    expect(api.JetPrepareUpdate(ses, sort.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
  });

  it('engine fidelity, while the instance is marked initializing: the session gate does not look', () => {
    const { emu, api, inst, ses } = setup();
    expect(emu.setInstanceState(inst, 'initializing')).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
  });
});

// ---- JET_errInvalidSesid ------------------------------------------------------------------------

describe('JetEndSession -> InvalidSesid', () => {
  it('for garbage: 0, JET_sesidNil, never-issued numbers, NaN, non-numbers', () => {
    const { api, ses } = setup();
    const garbage: Array<[string, unknown]> = [
      ['0', 0], ['JET_sesidNil (-1)', -1], ['0xffffffff', 0xffffffff], ['never issued', 987654321], ['NaN', NaN],
      ['Infinity', Infinity], ['1.5', 1.5], ['a string', 'ses'], ['undefined', undefined], ['null', null], ['an object', {}],
    ];
    const got = garbage.map(([label, sesid]) => [label, api.JetEndSession(sesid as JET_SESID, 0)]);
    expect(got).toEqual(garbage.map(([label]) => [label, JET_errInvalidSesid]));
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
  });

  it('for a session of another emulator, which stays alive there', () => {
    const a = setup();
    const b = setup();
    expect(b.api.JetEndSession(a.ses, 0)).toBe(JET_errInvalidSesid);
    expect(info(a.api, a.ses).rc).toBe(JET_errSuccess);
    expect(a.api.JetEndSession(a.ses, 0)).toBe(JET_errSuccess);
    expect(b.api.JetEndSession(b.ses, 0)).toBe(JET_errSuccess);
  });

  it('for other kinds of handle (instance, tableid, dbid) passed as a sesid', () => {
    const { api, inst, ses } = setup();
    const sort = openSort(api, ses);
    const dbid = createDb(api, ses, 'kind.edb');
    for (const h of [inst, sort.tableid, dbid]) expect(api.JetEndSession(h as unknown as JET_SESID, 0)).toBe(JET_errInvalidSesid);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
  });

  it('for a session JetTerm destroyed', () => {
    const { api, inst, ses } = setup();
    const other = setup({}, [], 'other');
    expect(api.JetTerm(inst)).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errInvalidSesid);
    expect(other.api.JetEndSession(other.ses, 0)).toBe(JET_errSuccess);
  });

  it('comes before every other check, the documented grbit check included', () => {
    const { emu, api, inst, ses } = setup({ fidelity: 'documented' });
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
    expect(emu.setInstanceState(inst, 'terminating')).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses, 0x40)).toBe(JET_errInvalidSesid);
  });
});

// ---- JET_errNotInitialized ----------------------------------------------------------------------

describe('JetEndSession -> NotInitialized', () => {
  it("retail ESE handle checks ('ese'): a stale sesid once every instance is gone", () => {
    const { emu, api, inst, ses } = setup();
    expect(api.JetTerm(inst)).toBe(JET_errSuccess);
    expect(emu.dump().instances).toEqual([]);
    emu.setHandleValidation('ese');
    expect(api.JetEndSession(ses, 0)).toBe(JET_errNotInitialized);
  });

  it("esent.dll handle checks ('esent', the default) answer InvalidSesid in the same state", () => {
    const { emu, api, inst, ses } = setup();
    expect(api.JetTerm(inst)).toBe(JET_errSuccess);
    expect(emu.options.handleValidation).toBe('esent');
    expect(api.JetEndSession(ses, 0)).toBe(JET_errInvalidSesid);
  });

  it("'ese' still catches 0 and JET_sesidNil up front as InvalidSesid", () => {
    const { api, inst } = setup({ handleValidation: 'ese' });
    expect(api.JetTerm(inst)).toBe(JET_errSuccess);
    expect(api.JetEndSession(0 as JET_SESID, 0)).toBe(JET_errInvalidSesid);
    expect(api.JetEndSession(-1 as JET_SESID, 0)).toBe(JET_errInvalidSesid);
  });

  it("documented fidelity: while the instance is marked initializing", () => {
    const { emu, api, inst, ses } = setup({ fidelity: 'documented' });
    expect(emu.setInstanceState(inst, 'initializing')).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errNotInitialized);
    expect(emu.setInstanceState(inst, 'initialized')).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
  });
});

// ---- JET_errSessionInUse ------------------------------------------------------------------------

describe('JetEndSession -> SessionInUse', () => {
  it('when the caller set a context; nothing changes', () => {
    const { emu, api, ses } = setup();
    createDb(api, ses, 'inuse.edb');
    begin(api, ses, 2);
    openSort(api, ses);
    expect(api.JetSetSessionContext(ses, 42)).toBe(JET_errSuccess);
    const before = emu.dump();
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSessionInUse);
    expect(emu.dump()).toEqual(before);
    expect(live(emu, ses)).toMatchObject({ level: 2, context: 42 });
    expect(api.JetSetSessionContext(ses, 43)).toBe(JET_errSessionContextAlreadySet);
    expect(api.JetResetSessionContext(ses)).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
  });

  it('when another thread set a context; only that thread can clear it', () => {
    const { emu, api, ses } = setup();
    begin(api, ses, 1);
    const t = newThreadId();
    onThread(t, () => expect(api.JetSetSessionContext(ses, 77)).toBe(JET_errSuccess));
    const before = emu.dump();
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSessionInUse);
    expect(onThread(t, () => api.JetEndSession(ses, 0))).toBe(JET_errSessionInUse);
    expect(emu.dump()).toEqual(before);
    expect(api.JetResetSessionContext(ses)).toBe(JET_errSessionContextNotSetByThisThread);
    onThread(t, () => expect(api.JetResetSessionContext(ses)).toBe(JET_errSuccess));
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
  });

  it('also in engine fidelity after a stop, since the stop does not gate it', () => {
    const { api, inst, ses } = setup();
    expect(api.JetSetSessionContext(ses, 5)).toBe(JET_errSuccess);
    expect(api.JetStopServiceInstance(inst)).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSessionInUse);
  });

  it('comes after the gate: an unavailable instance answers first', () => {
    const { emu, api, inst, ses } = setup();
    expect(api.JetSetSessionContext(ses, 5)).toBe(JET_errSuccess);
    expect(emu.setInstanceUnavailable(inst)).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errInstanceUnavailable);
  });
});

// ---- instance states ----------------------------------------------------------------------------

describe('JetEndSession -> InstanceUnavailable', () => {
  it('after a fatal error, changing nothing; clearing it lets the call through', () => {
    const { emu, api, inst, ses } = setup();
    begin(api, ses, 1);
    expect(emu.setInstanceUnavailable(inst)).toBe(JET_errSuccess);
    const before = emu.dump();
    expect(api.JetEndSession(ses, 0)).toBe(JET_errInstanceUnavailable);
    expect(emu.dump()).toEqual(before);
    expect(emu.setInstanceUnavailable(inst, 0)).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
  });

  it('as InstanceUnavailableDueToFatalLogDiskFull (-1092) when that was the fatal error', () => {
    const { emu, api, inst, ses } = setup();
    expect(emu.setInstanceUnavailable(inst, JET_errInstanceUnavailableDueToFatalLogDiskFull)).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses, 0)).toBe(-1092);
  });

  it('engine fidelity: a stop does not hide it (the stop check is skipped)', () => {
    const { emu, api, inst, ses } = setup();
    expect(api.JetStopServiceInstance(inst)).toBe(JET_errSuccess);
    expect(emu.setInstanceUnavailable(inst)).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errInstanceUnavailable);
  });
});

describe('JetEndSession -> TermInProgress', () => {
  it('while the only instance terminates', () => {
    const { emu, api, inst, ses } = setup();
    expect(emu.setInstanceState(inst, 'terminating')).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errTermInProgress);
    expect(emu.setInstanceState(inst, 'initialized')).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
  });

  it("with two instances: the terminating one's session is refused, the other's is not", () => {
    const a = setup();
    const api = a.api;
    const inst2 = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(inst2, 'second')).toBe(JET_errSuccess);
    expect(api.JetInit(inst2)).toBe(JET_errSuccess);
    const ses2 = beginSession(api, inst2.value);
    expect(a.emu.setInstanceState(a.inst, 'terminating')).toBe(JET_errSuccess);
    expect(api.JetEndSession(a.ses, 0)).toBe(JET_errTermInProgress);
    expect(api.JetEndSession(ses2, 0)).toBe(JET_errSuccess);
  });

  it("'ese' handle checks: a stale sesid meets the gate's first check before the handle is looked at", () => {
    const { emu, api, inst, ses } = setup();
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
    expect(emu.setInstanceState(inst, 'terminating')).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errInvalidSesid);
    emu.setHandleValidation('ese');
    expect(api.JetEndSession(ses, 0)).toBe(JET_errTermInProgress);
  });

  it('the "every instance terminating" check comes before the unavailable check', () => {
    const { emu, api, inst, ses } = setup();
    expect(emu.setInstanceUnavailable(inst)).toBe(JET_errSuccess);
    expect(emu.setInstanceState(inst, 'terminating')).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errTermInProgress);
  });

  it("but the instance's own terminating flag comes after it, when another instance is alive", () => {
    const { emu, api, inst, ses } = setup();
    const inst2 = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(inst2, 'alive')).toBe(JET_errSuccess);
    expect(api.JetInit(inst2)).toBe(JET_errSuccess);
    expect(emu.setInstanceUnavailable(inst)).toBe(JET_errSuccess);
    expect(emu.setInstanceState(inst, 'terminating')).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errInstanceUnavailable);
  });
});

describe('JetEndSession and JetStopService', () => {
  it('engine fidelity: Success after JetStopServiceInstance, whatever the session holds', () => {
    const { emu, api, inst, ses } = setup();
    createDb(api, ses, 'stop.edb');
    begin(api, ses, 2);
    openSort(api, ses);
    expect(api.JetStopServiceInstance(inst)).toBe(JET_errSuccess);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errClientRequestToStopJetService);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
    expect(dumpOf(emu, ses)).toBeUndefined();
  });

  it('documented fidelity: ClientRequestToStopJetService after JetStopServiceInstance, changing nothing', () => {
    const { emu, api, inst, ses } = setup({ fidelity: 'documented' });
    begin(api, ses, 1);
    expect(api.JetStopServiceInstance(inst)).toBe(JET_errSuccess);
    const before = emu.dump();
    expect(api.JetEndSession(ses, 0)).toBe(JET_errClientRequestToStopJetService);
    expect(emu.dump()).toEqual(before);
    emu.setFidelity('engine');
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
  });

  it('documented fidelity: after JetStopServiceInstance2(inst, 0) too, but not after a background-tasks-only stop', () => {
    const stopAll = setup({ fidelity: 'documented' });
    expect(stopAll.api.JetStopServiceInstance2(stopAll.inst, 0)).toBe(JET_errSuccess);
    expect(stopAll.api.JetEndSession(stopAll.ses, 0)).toBe(JET_errClientRequestToStopJetService);
    const partial = setup({ fidelity: 'documented' });
    expect(partial.api.JetStopServiceInstance2(partial.inst, 0x2)).toBe(JET_errSuccess);
    expect(partial.api.JetEndSession(partial.ses, 0)).toBe(JET_errSuccess);
  });

  it('documented fidelity: the stop is reported before an unavailable instance', () => {
    const { emu, api, inst, ses } = setup({ fidelity: 'documented' });
    expect(api.JetStopServiceInstance(inst)).toBe(JET_errSuccess);
    expect(emu.setInstanceUnavailable(inst)).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errClientRequestToStopJetService);
  });
});

describe('JetEndSession -> RestoreInProgress', () => {
  it('documented fidelity while a restore runs; engine fidelity lets the call through', () => {
    const documented = setup({ fidelity: 'documented' });
    expect(documented.emu.setInstanceState(documented.inst, 'restoring')).toBe(JET_errSuccess);
    expect(documented.api.JetEndSession(documented.ses, 0)).toBe(JET_errRestoreInProgress);
    const engine = setup();
    expect(engine.emu.setInstanceState(engine.inst, 'restoring')).toBe(JET_errSuccess);
    expect(engine.api.JetEndSession(engine.ses, 0)).toBe(JET_errSuccess);
  });
});

// ---- grbit --------------------------------------------------------------------------------------

describe('JetEndSession grbit', () => {
  it("engine fidelity ignores any grbit, even garbage such as 'x' or NaN", () => {
    const { emu, api, inst } = setup();
    const grbits: Array<[string, unknown]> = [
      ['0', 0], ['JET_bitForceSessionClosed', JET_bitForceSessionClosed], ['2', 2], ['0xffffffff', 0xffffffff],
      ['-5', -5], ['NaN', NaN], ["'x'", 'x'], ['undefined', undefined], ['an object', {}],
    ];
    const got = grbits.map(([label, grbit]) => {
      const ses = beginSession(api, inst);
      begin(api, ses, 1);
      return [label, api.JetEndSession(ses, grbit as number), dumpOf(emu, ses)];
    });
    expect(got).toEqual(grbits.map(([label]) => [label, JET_errSuccess, undefined]));
  });

  it('documented fidelity answers InvalidParameter for any other grbit and leaves the session alive', () => {
    const { emu, api, ses } = setup({ fidelity: 'documented' });
    begin(api, ses, 1);
    const grbits: Array<[string, unknown]> = [
      ['2', 2], ['0x41', 0x41], ['0xffffffff', 0xffffffff], ['-1', -1], ['NaN', NaN], ["'x'", 'x'], ['undefined', undefined],
    ];
    const got = grbits.map(([label, grbit]) => [label, api.JetEndSession(ses, grbit as number)]);
    expect(got).toEqual(grbits.map(([label]) => [label, JET_errInvalidParameter]));
    expect(live(emu, ses)).toMatchObject({ level: 1, context: 0 });
    expect(api.JetEndSession(ses, JET_bitForceSessionClosed)).toBe(JET_errSuccess);
  });

  it('documented fidelity accepts 0 and JET_bitForceSessionClosed', () => {
    const { api, inst, ses } = setup({ fidelity: 'documented' });
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
    expect(api.JetEndSession(beginSession(api, inst), JET_bitForceSessionClosed)).toBe(JET_errSuccess);
  });
});

// ---- failures part-way --------------------------------------------------------------------------

describe('JetEndSession -> OutOfMemory / OutOfBuffers part-way', () => {
  it('level 5, third rollback step fails: two levels stay rolled back, the session lives on, the failure sticks', () => {
    const { emu, api, inst, ses } = setup();
    const perLevel: Tt[] = [openSort(api, ses)];
    for (let lvl = 1; lvl <= 5; lvl++) {
      begin(api, ses, 1);
      perLevel.push(openSort(api, ses));
    }
    expect(emu.failStep('EndSession.rollbackLevel', { nth: 3, code: JET_errOutOfMemory })).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errOutOfMemory);
    // The failed undo took the instance down (ver.cxx ErrVERIUndo); bring it back to see what stuck to the session.
    expect(api.JetEndSession(ses, 0)).toBe(JET_errInstanceUnavailable);
    expect(emu.setInstanceUnavailable(inst, 0)).toBe(JET_errSuccess);
    expect(info(api, ses)).toMatchObject({ rc: JET_errSuccess, level: 3 });
    const left = live(emu, ses);
    expect(left).toMatchObject({ level: 3, context: 0, rollbackFailure: JET_errOutOfMemory });
    // Levels 5 and 4 were rolled back; level 3's cursors were closed before its undo failed.
    expect(left.cursors.map((c) => c.levelOpen)).toEqual([0, 1, 2]);
    for (const lvl of [3, 4, 5]) expect(api.JetMove(ses, perLevel[lvl].tableid, JET_MoveFirst, 0)).toBe(JET_errInvalidTableId);
    // No context was left behind: the session can take one and give it back.
    expect(api.JetSetSessionContext(ses, 8)).toBe(JET_errSuccess);
    expect(api.JetResetSessionContext(ses)).toBe(JET_errSuccess);
    // Sticky, as in the engine.
    expect(api.JetEndSession(ses, 0)).toBe(JET_errOutOfMemory);
    expect(api.JetRollback(ses, 0)).toBe(JET_errOutOfMemory);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errRollbackError);
    expect(info(api, ses).level).toBe(3);
    // Only a dirty termination gets rid of such a session.
    expect(api.JetTerm(inst)).toBe(JET_errTooManyActiveUsers);
    expect(api.JetTerm2(inst, JET_bitTermDirty)).toBe(JET_errDirtyShutdown);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errInvalidSesid);
  });

  it('OutOfBuffers on the first rollback step: nothing rolled back, every level still open', () => {
    const { emu, api, inst, ses } = setup();
    begin(api, ses, 2);
    expect(emu.failStep('EndSession.rollbackLevel', { code: JET_errOutOfBuffers })).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errOutOfBuffers);
    expect(live(emu, ses)).toMatchObject({ level: 2, context: 0, rollbackFailure: JET_errOutOfBuffers });
    expect(api.JetEndSession(ses, 0)).toBe(JET_errInstanceUnavailable);
    expect(emu.setInstanceUnavailable(inst, 0)).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errOutOfBuffers);
  });

  it('a database close failing: levels at 0, the first database closed, the rest open, a retry succeeds', () => {
    const { emu, api, inst, ses } = setup();
    const names = ['d1.edb', 'd2.edb', 'd3.edb'];
    for (const n of names) createDb(api, ses, n);
    openDb(api, ses, 'd1.edb');
    begin(api, ses, 2);
    expect(emu.failStep('EndSession.closeDatabase', { nth: 2, code: JET_errOutOfBuffers })).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errOutOfBuffers);
    const left = live(emu, ses);
    expect(left).toMatchObject({ level: 0, context: 0, rollbackFailure: 0 });
    expect(left.openDatabases.map((d) => [d.path, d.count])).toEqual([['d2.edb', 1], ['d3.edb', 1]]);
    expect(opens(emu)).toEqual([0, 1, 1]);
    const other = beginSession(api, inst);
    expect(api.JetDetachDatabase(other, 'd1.edb')).toBe(JET_errSuccess);
    expect(api.JetDetachDatabase(other, 'd2.edb')).toBe(JET_errDatabaseInUse);
    // Not sticky: the session works normally, and the next JetEndSession finishes the job.
    begin(api, ses, 1);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
    expect(api.JetDetachDatabase(other, 'd2.edb')).toBe(JET_errSuccess);
    expect(api.JetDetachDatabase(other, 'd3.edb')).toBe(JET_errSuccess);
  });

  it("a database close failing twice in a row ('times: 2') takes two retries", () => {
    const { emu, api, ses } = setup();
    createDb(api, ses, 'twice.edb');
    expect(emu.failStep('EndSession.closeDatabase', { code: JET_errOutOfMemory, times: 2 })).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errOutOfMemory);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errOutOfMemory);
    expect(live(emu, ses).openDatabases).toHaveLength(1);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
    expect(emu.pendingFaults()).toEqual([]);
  });

  // tm.cxx ErrIsamEndSession walks the session's cursor list from its head (pfucbOfSession), and fucb.cxx links each
  // new cursor at the head: the newest cursor is closed first.
  it('a sort close failing: newer sorts closed, older ones open and usable, a retry succeeds', () => {
    const { emu, api, ses } = setup();
    createDb(api, ses, 'c.edb');
    const sorts = [openSort(api, ses), openSort(api, ses), openSort(api, ses)];
    expect(emu.failStep('EndSession.closeCursor', { nth: 2, code: JET_errOutOfMemory })).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errOutOfMemory);
    const left = live(emu, ses);
    expect(left).toMatchObject({ level: 0, context: 0, openDatabases: [] });
    expect(left.cursors.map((c) => c.handle)).toEqual([sorts[0].tableid, sorts[1].tableid]);
    expect(api.JetCloseTable(ses, sorts[2].tableid)).toBe(JET_errInvalidTableId);
    insert(api, ses, sorts[1], 7);
    expect(api.JetMove(ses, sorts[1].tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
    expect(dumpOf(emu, ses)).toBeUndefined();
  });

  it("failCall('JetEndSession') fails before anything happens", () => {
    const { emu, api, ses } = setup();
    createDb(api, ses, 'f.edb');
    begin(api, ses, 3);
    openSort(api, ses);
    expect(emu.failCall('JetEndSession', { code: JET_errOutOfMemory })).toBe(JET_errSuccess);
    const before = emu.dump();
    expect(api.JetEndSession(ses, 0)).toBe(JET_errOutOfMemory);
    expect(emu.dump()).toEqual(before);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
  });

  it("failCall('JetEndSession') with nth and times picks which calls fail", () => {
    const { emu, api, inst } = setup();
    const a = beginSession(api, inst);
    const b = beginSession(api, inst);
    expect(emu.failCall('JetEndSession', { nth: 2, times: 2, code: JET_errOutOfBuffers })).toBe(JET_errSuccess);
    expect(api.JetEndSession(a, 0)).toBe(JET_errSuccess);
    expect(api.JetEndSession(b, 0)).toBe(JET_errOutOfBuffers);
    expect(api.JetEndSession(b, 0)).toBe(JET_errOutOfBuffers);
    expect(live(emu, b).level).toBe(0);
    expect(api.JetEndSession(b, 0)).toBe(JET_errSuccess);
  });
});

// ---- JET_errSessionSharingViolation -------------------------------------------------------------

describe('JetEndSession -> SessionSharingViolation', () => {
  it('transaction begun on another thread without a context: refused, after closing the top level\'s cursors', () => {
    const { emu, api, ses } = setup();
    const base = openSort(api, ses);
    const t = newThreadId();
    let mid: Tt = base;
    let top: Tt = base;
    onThread(t, () => {
      begin(api, ses, 1);
      mid = openSort(api, ses);
      begin(api, ses, 1);
      top = openSort(api, ses);
    });
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSessionSharingViolation);
    const left = live(emu, ses);
    expect(left).toMatchObject({ level: 2, context: 0, rollbackFailure: 0 });
    expect(left.cursors.map((c) => c.handle)).toEqual([base.tableid, mid.tableid]);
    expect(api.JetMove(ses, top.tableid, JET_MoveFirst, 0)).toBe(JET_errInvalidTableId);
    // Not sticky: the owning thread ends it.
    expect(onThread(t, () => api.JetEndSession(ses, 0))).toBe(JET_errSuccess);
    expect(dumpOf(emu, ses)).toBeUndefined();
  });

  it('transaction begun on the main thread, ended from another thread', () => {
    const { api, ses } = setup();
    begin(api, ses, 1);
    expect(onThread(newThreadId(), () => api.JetEndSession(ses, 0))).toBe(JET_errSessionSharingViolation);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
  });

  it('a transaction begun under a session context can be ended from any thread', () => {
    const { emu, api, ses } = setup();
    const t = newThreadId();
    onThread(t, () => {
      expect(api.JetSetSessionContext(ses, 99)).toBe(JET_errSuccess);
      begin(api, ses, 3);
      openSort(api, ses);
      expect(api.JetResetSessionContext(ses)).toBe(JET_errSuccess);
    });
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
    expect(dumpOf(emu, ses)).toBeUndefined();
  });

  it('and one begun under a context on the main thread can be ended from another thread', () => {
    const { api, ses } = setup();
    expect(api.JetSetSessionContext(ses, 5)).toBe(JET_errSuccess);
    begin(api, ses, 2);
    expect(api.JetResetSessionContext(ses)).toBe(JET_errSuccess);
    expect(onThread(newThreadId(), () => api.JetEndSession(ses, 0))).toBe(JET_errSuccess);
  });
});
