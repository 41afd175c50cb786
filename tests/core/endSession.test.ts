import {
  createEmulator, onThread, newThreadId, out,
  JET_bitForceSessionClosed, JET_errClientRequestToStopJetService, JET_errInstanceUnavailable,
  JET_errInstanceUnavailableDueToFatalLogDiskFull, JET_errInvalidParameter, JET_errInvalidSesid, JET_errInvalidTableId,
  JET_errNotInitialized, JET_errOutOfBuffers, JET_errOutOfMemory, JET_errRestoreInProgress, JET_errRollbackError,
  JET_errSessionInUse, JET_errSessionSharingViolation, JET_errSuccess, JET_errTermInProgress, JET_errTooManySorts,
  JET_paramMaxTemporaryTables, JET_paramMaxSessions, JET_MoveFirst, JET_errNoCurrentRecord, JET_errInvalidDatabaseId,
} from '../../src';
import type { JET_SESSIONINFO, JET_SESID } from '../../src';
import { createDb, insert, level, openSort, session, sessionDump, world } from '../support/fixture';

describe('JetEndSession: Success', () => {
  it('ends an idle session and the handle is invalid forever', () => {
    const { api, ses } = world();
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
    for (let i = 0; i < 3; i++) expect(api.JetEndSession(ses, 0)).toBe(JET_errInvalidSesid);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errInvalidSesid);
  });

  it('rolls back 7 levels, closes 10 sorts and 3 databases in one call', () => {
    const { emu, api, inst, ses } = world();
    const dbs = ['a.edb', 'b.edb', 'c.edb'].map((n) => createDb(api, ses, n));
    for (let i = 0; i < 7; i++) expect(api.JetBeginTransaction(ses)).toBe(0);
    const sorts = Array.from({ length: 10 }, () => openSort(api, ses));
    sorts.forEach((s, i) => expect(insert(api, ses, s.tableid, s.col, i)).toBe(0));
    expect(sessionDump(emu, ses)).toMatchObject({ level: 7 });
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
    expect(sessionDump(emu, ses)).toBeUndefined();
    const other = session(api, inst);
    for (const s of sorts) expect(api.JetCloseTable(other, s.tableid)).toBe(JET_errInvalidTableId);
    for (const dbid of dbs) expect(api.JetCloseDatabase(other, dbid, 0)).toBe(JET_errInvalidDatabaseId);
    expect(emu.dump().instances[0].attached.map((d) => d.opens)).toEqual([0, 0, 0]);
    for (const name of ['a.edb', 'b.edb', 'c.edb']) expect(api.JetDetachDatabase(other, name)).toBe(JET_errSuccess);
  });

  it('gives the sort slots back to the instance', () => {
    const { api, inst, ses } = world({}, [[JET_paramMaxTemporaryTables, 2]]);
    openSort(api, ses);
    openSort(api, ses);
    const other = session(api, inst);
    const ids: number[] = [];
    const tt = out<number>();
    const def = [{ coltyp: 4, grbit: 0x40 }];
    expect(api.JetOpenTempTable(other, def, 1, 0, tt as never, ids as never)).toBe(JET_errTooManySorts);
    expect(api.JetEndSession(ses, 0)).toBe(0);
    expect(api.JetOpenTempTable(other, def, 1, 0, tt as never, ids as never)).toBe(0);
  });

  it('rolls back uncommitted changes of a temp table, then closes it', () => {
    const { api, inst, ses } = world();
    const t = openSort(api, ses, 0, true);
    expect(api.JetBeginTransaction(ses)).toBe(0);
    expect(insert(api, ses, t.tableid, t.col, 1)).toBe(0);
    expect(api.JetEndSession(ses, 0)).toBe(0);
    const other = session(api, inst);
    expect(api.JetMove(other, t.tableid, JET_MoveFirst, 0)).toBe(JET_errInvalidTableId);
  });

  it('frees the procid for the next session', () => {
    const { api, inst, ses } = world();
    const info = out<JET_SESSIONINFO>();
    expect(api.JetGetSessionInfo(ses, info, 16, 0)).toBe(0);
    const procid = info.value.ulProcid;
    expect(api.JetEndSession(ses, 0)).toBe(0);
    const next = session(api, inst);
    expect(api.JetGetSessionInfo(next, info, 16, 0)).toBe(0);
    expect(info.value.ulProcid).toBe(procid);
    expect(next).not.toBe(ses);
  });

  it('ignores the grbit entirely in engine fidelity, whatever its kind', () => {
    const { api, inst } = world();
    for (const grbit of [0, JET_bitForceSessionClosed, 0xffffffff, -5, NaN, 'x', undefined, {}]) {
      expect(api.JetEndSession(session(api, inst), grbit as number)).toBe(JET_errSuccess);
    }
  });

  it('works after JetStopServiceInstance in engine fidelity', () => {
    const { api, inst, ses } = world();
    expect(api.JetStopServiceInstance(inst)).toBe(0);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
  });

  it('works with a session context set and reset again', () => {
    const { api, ses } = world();
    expect(api.JetSetSessionContext(ses, 9)).toBe(0);
    expect(api.JetResetSessionContext(ses)).toBe(0);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
  });

  it('rolls back a context-based transaction from another thread', () => {
    const { api, ses } = world();
    const t = newThreadId();
    onThread(t, () => {
      expect(api.JetSetSessionContext(ses, 77)).toBe(0);
      expect(api.JetBeginTransaction(ses)).toBe(0);
      expect(api.JetResetSessionContext(ses)).toBe(0);
    });
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
  });
});

describe('JetEndSession: InvalidSesid', () => {
  it.each([
    ['zero', 0], ['nil', -1], ['garbage', 123456789], ['NaN', NaN], ['a string', 'ses'], ['undefined', undefined],
  ])('for %s', (_label, sesid) => {
    const { api } = world();
    expect(api.JetEndSession(sesid as JET_SESID, 0)).toBe(JET_errInvalidSesid);
  });

  it('for a session of another emulator', () => {
    const a = world();
    const b = createEmulator();
    expect(b.api.JetEndSession(a.ses, 0)).toBe(JET_errInvalidSesid);
    expect(a.api.JetEndSession(a.ses, 0)).toBe(JET_errSuccess);
  });

  it('for a session destroyed by JetTerm', () => {
    const { api, inst, ses } = world();
    expect(api.JetTerm(inst)).toBe(0);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errInvalidSesid);
  });
});

describe('JetEndSession: NotInitialized', () => {
  it('with retail ESE handle checks, a stale session once no instance exists', () => {
    const { api, inst, ses } = world({ handleValidation: 'ese' });
    expect(api.JetTerm(inst)).toBe(0);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errNotInitialized);
  });

  it('but InvalidSesid with esent.dll handle checks', () => {
    const { api, inst, ses } = world();
    expect(api.JetTerm(inst)).toBe(0);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errInvalidSesid);
  });

  it('in documented fidelity, while the instance is initializing', () => {
    const { emu, api, inst, ses } = world({ fidelity: 'documented' });
    expect(emu.setInstanceState(inst, 'initializing')).toBe(0);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errNotInitialized);
  });
});

describe('JetEndSession: SessionInUse', () => {
  it('when the caller set a context, changing nothing', () => {
    const { emu, api, ses } = world();
    expect(api.JetBeginTransaction(ses)).toBe(0);
    openSort(api, ses);
    expect(api.JetSetSessionContext(ses, 5)).toBe(0);
    const before = emu.dump();
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSessionInUse);
    expect(emu.dump()).toEqual(before);
    expect(api.JetResetSessionContext(ses)).toBe(0);
    expect(api.JetEndSession(ses, 0)).toBe(0);
  });

  it('when another thread set a context', () => {
    const { api, ses } = world();
    onThread(newThreadId(), () => expect(api.JetSetSessionContext(ses, 5)).toBe(0));
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSessionInUse);
  });
});

describe('JetEndSession: instance states', () => {
  it('InstanceUnavailable after a fatal error', () => {
    const { emu, api, inst, ses } = world();
    expect(emu.setInstanceUnavailable(inst)).toBe(0);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errInstanceUnavailable);
  });

  it('InstanceUnavailableDueToFatalLogDiskFull when the log disk filled', () => {
    const { emu, api, inst, ses } = world();
    expect(emu.setInstanceUnavailable(inst, JET_errInstanceUnavailableDueToFatalLogDiskFull)).toBe(0);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errInstanceUnavailableDueToFatalLogDiskFull);
  });

  it('TermInProgress while the instance terminates', () => {
    const { emu, api, inst, ses } = world();
    expect(emu.setInstanceState(inst, 'terminating')).toBe(0);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errTermInProgress);
    expect(emu.setInstanceState(inst, 'initialized')).toBe(0);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
  });

  it('restoring: let through by the engine, RestoreInProgress as documented', () => {
    const engine = world();
    expect(engine.emu.setInstanceState(engine.inst, 'restoring')).toBe(0);
    expect(engine.api.JetEndSession(engine.ses, 0)).toBe(JET_errSuccess);
    const documented = world({ fidelity: 'documented' });
    expect(documented.emu.setInstanceState(documented.inst, 'restoring')).toBe(0);
    expect(documented.api.JetEndSession(documented.ses, 0)).toBe(JET_errRestoreInProgress);
  });
});

describe('JetEndSession: documented fidelity', () => {
  it('ClientRequestToStopJetService after a stop', () => {
    const { api, inst, ses } = world({ fidelity: 'documented' });
    expect(api.JetStopServiceInstance(inst)).toBe(0);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errClientRequestToStopJetService);
  });

  it.each([[2], [0xffffffff], [NaN], ['x']])('InvalidParameter for grbit %p', (grbit) => {
    const { api, ses } = world({ fidelity: 'documented' });
    expect(api.JetEndSession(ses, grbit as number)).toBe(JET_errInvalidParameter);
    expect(api.JetEndSession(ses, JET_bitForceSessionClosed)).toBe(JET_errSuccess);
  });

  it('can be switched on and off on a live emulator', () => {
    const { emu, api, inst, ses } = world();
    emu.setFidelity('documented');
    expect(api.JetEndSession(ses, 4)).toBe(JET_errInvalidParameter);
    emu.setFidelity('engine');
    expect(api.JetEndSession(ses, 4)).toBe(JET_errSuccess);
    expect(api.JetEndSession(session(api, inst), 0)).toBe(JET_errSuccess);
  });
});

describe('JetEndSession: failures part-way', () => {
  it('OutOfMemory on the third level rolled back leaves two levels rolled back, and is sticky', () => {
    const { emu, api, ses } = world();
    for (let i = 0; i < 5; i++) expect(api.JetBeginTransaction(ses)).toBe(0);
    expect(emu.failStep('EndSession.rollbackLevel', { nth: 3, code: JET_errOutOfMemory })).toBe(0);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errOutOfMemory);
    expect(level(emu, ses)).toBe(3);
    const info = out<JET_SESSIONINFO>();
    expect(api.JetGetSessionInfo(ses, info, 16, 0)).toBe(0);
    expect(info.value.ulTrxLevel).toBe(3);
    expect(sessionDump(emu, ses)?.context).toBe(0);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errRollbackError);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errOutOfMemory);
  });

  it('OutOfBuffers while closing the second database: levels at 0, first database closed, retry succeeds', () => {
    const { emu, api, inst, ses } = world();
    createDb(api, ses, 'one.edb');
    createDb(api, ses, 'two.edb');
    expect(api.JetBeginTransaction(ses)).toBe(0);
    expect(emu.failStep('EndSession.closeDatabase', { nth: 2, code: JET_errOutOfBuffers })).toBe(0);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errOutOfBuffers);
    const left = sessionDump(emu, ses);
    expect(left?.level).toBe(0);
    expect(left?.openDatabases.map((d) => d.path)).toEqual(['two.edb']);
    const other = session(api, inst);
    expect(api.JetDetachDatabase(other, 'one.edb')).toBe(0);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
    expect(api.JetDetachDatabase(other, 'two.edb')).toBe(0);
  });

  it('OutOfMemory while closing sorts leaves the rest open and usable', () => {
    const { emu, api, ses } = world();
    const sorts = [openSort(api, ses), openSort(api, ses), openSort(api, ses)];
    expect(emu.failStep('EndSession.closeCursor', { nth: 2, code: JET_errOutOfMemory })).toBe(0);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errOutOfMemory);
    expect(api.JetCloseTable(ses, sorts[0].tableid)).toBe(JET_errInvalidTableId);
    expect(insert(api, ses, sorts[1].tableid, sorts[1].col, 1)).toBe(0);
    expect(sessionDump(emu, ses)?.cursors).toHaveLength(2);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
  });

  it('an API-level fault fails before anything happens', () => {
    const { emu, api, ses } = world();
    expect(api.JetBeginTransaction(ses)).toBe(0);
    expect(emu.failCall('JetEndSession', { code: JET_errOutOfMemory })).toBe(0);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errOutOfMemory);
    expect(level(emu, ses)).toBe(1);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
  });

  it('the Nth call of the API can be chosen', () => {
    const { emu, api, inst } = world();
    expect(emu.failCall('JetEndSession', { nth: 2, code: JET_errOutOfMemory })).toBe(0);
    expect(api.JetEndSession(session(api, inst), 0)).toBe(0);
    const second = session(api, inst);
    expect(api.JetEndSession(second, 0)).toBe(JET_errOutOfMemory);
    expect(api.JetEndSession(second, 0)).toBe(0);
    expect(emu.pendingFaults()).toEqual([]);
  });
});

describe('JetEndSession: SessionSharingViolation', () => {
  it('when another thread owns the transaction; cursors of the top level are closed first', () => {
    const { emu, api, ses } = world();
    let sort = openSort(api, ses);
    onThread(newThreadId(), () => {
      expect(api.JetBeginTransaction(ses)).toBe(0);
      sort = openSort(api, ses);
    });
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSessionSharingViolation);
    expect(level(emu, ses)).toBe(1);
    expect(api.JetMove(ses, sort.tableid, JET_MoveFirst, 0)).toBe(JET_errInvalidTableId);
    expect(sessionDump(emu, ses)?.cursors).toHaveLength(1);
  });
});

describe('JetEndSession at scale', () => {
  it('ends one session among many without touching the others', () => {
    const { emu, api, inst } = world({}, [[JET_paramMaxSessions, 300]]);
    const all = Array.from({ length: 200 }, () => session(api, inst));
    for (const s of all.filter((_, i) => i % 2 === 0)) expect(api.JetEndSession(s, 0)).toBe(0);
    expect(emu.dump().instances[0].sessions).toHaveLength(101);
    for (const s of all.filter((_, i) => i % 2 === 1)) expect(api.JetBeginTransaction(s)).toBe(0);
    const sort = openSort(api, all[1]);
    expect(api.JetMove(all[1], sort.tableid, JET_MoveFirst, 0)).toBe(JET_errNoCurrentRecord);
  });
});
