import {
  createEmulator, onThread, newThreadId, out, JET_bitCommitLazyFlush, JET_bitForceNewLog, JET_bitRollbackAll,
  JET_bitTransactionReadOnly, JET_bitWaitAllLevel0Commit, JET_bitWaitLastLevel0Commit, JET_bitDistributedTransaction,
  JET_errBufferTooSmall, JET_errClientRequestToStopJetService, JET_errInstanceUnavailable, JET_errInvalidGrbit,
  JET_errInvalidParameter, JET_errInvalidSesid, JET_errInvalidTableId, JET_errNotInTransaction, JET_errOutOfMemory,
  JET_errRollbackError, JET_errSessionContextAlreadySet, JET_errSessionContextNotSetByThisThread,
  JET_errSessionSharingViolation, JET_errTermInProgress, JET_errTransTooDeep, JET_errUpdateNotPrepared,
  JET_errSuccess, JET_MoveFirst, JET_MoveNext, JET_prepInsert,
} from '../../src';
import type { JetApi, JET_SESID, JET_SESSIONINFO, JET_TABLEID, JET_COLUMNID } from '../../src';
import { insert, int32, level, openSort, readInt32, session, sessionDump, world } from '../support/fixture';

function rows(api: JetApi, ses: JET_SESID, tableid: JET_TABLEID, col: JET_COLUMNID): number[] {
  const seen: number[] = [];
  for (let rc = api.JetMove(ses, tableid, JET_MoveFirst, 0); rc === 0; rc = api.JetMove(ses, tableid, JET_MoveNext, 0)) {
    const b = new Uint8Array(4);
    expect(api.JetRetrieveColumn(ses, tableid, col, b, 4, null, 0, null)).toBe(0);
    seen.push(readInt32(b));
  }
  return seen;
}

describe('session handles', () => {
  it('are distinct and never reused', () => {
    const { api, inst } = world();
    const seen = new Set<number>();
    for (let i = 0; i < 200; i++) {
      const s = session(api, inst);
      expect(seen.has(s)).toBe(false);
      seen.add(s);
      expect(api.JetEndSession(s, 0)).toBe(0);
    }
    for (const s of seen) expect(api.JetBeginTransaction(s as JET_SESID)).toBe(JET_errInvalidSesid);
  });

  it('JetDupSession gives a fresh session that shares nothing', () => {
    const { emu, api, ses } = world();
    expect(api.JetBeginTransaction(ses)).toBe(0);
    expect(api.JetSetSessionContext(ses, 3)).toBe(0);
    const dup = out<JET_SESID>();
    expect(api.JetDupSession(ses, dup)).toBe(0);
    expect(dup.value).not.toBe(ses);
    expect(sessionDump(emu, dup.value)).toMatchObject({ level: 0, context: 0, cursors: [] });
  });

  it('JetGetSessionInfo reports level and procid, and checks size and level', () => {
    const { api, ses } = world();
    expect(api.JetBeginTransaction(ses)).toBe(0);
    const info = out<JET_SESSIONINFO>();
    expect(api.JetGetSessionInfo(ses, info, 16, 0)).toBe(0);
    expect(info.value).toMatchObject({ ulTrxLevel: 1, ulProcid: 1 });
    expect(api.JetGetSessionInfo(ses, info, 8, 0)).toBe(JET_errBufferTooSmall);
    expect(api.JetGetSessionInfo(ses, info, 16, 1)).toBe(JET_errInvalidParameter);
  });
});

describe('the session gate', () => {
  it('after a stop only clean-up calls work', () => {
    const { api, inst, ses } = world();
    expect(api.JetBeginTransaction(ses)).toBe(0);
    const sort = openSort(api, ses);
    expect(api.JetSetSessionContext(ses, 1)).toBe(0);
    expect(api.JetStopServiceInstance(inst)).toBe(0);
    for (const rc of [api.JetBeginTransaction(ses), api.JetCommitTransaction(ses, 0), api.JetSetSessionContext(ses, 2),
      api.JetDupSession(ses, out<JET_SESID>()), api.JetMove(ses, sort.tableid, JET_MoveFirst, 0)]) {
      expect(rc).toBe(JET_errClientRequestToStopJetService);
    }
    expect(api.JetGetSessionInfo(ses, out<JET_SESSIONINFO>(), 16, 0)).toBe(0);
    expect(api.JetResetSessionContext(ses)).toBe(0);
    expect(api.JetCloseTable(ses, sort.tableid)).toBe(0);
    expect(api.JetRollback(ses, 0)).toBe(0);
    expect(api.JetEndSession(ses, 0)).toBe(0);
  });

  it('an unavailable or terminating instance blocks clean-up calls too', () => {
    const { emu, api, inst, ses } = world();
    expect(emu.setInstanceUnavailable(inst)).toBe(0);
    expect(api.JetRollback(ses, 0)).toBe(JET_errInstanceUnavailable);
    expect(emu.setInstanceUnavailable(inst, 0)).toBe(0);
    expect(emu.setInstanceState(inst, 'terminating')).toBe(0);
    expect(api.JetGetSessionInfo(ses, out<JET_SESSIONINFO>(), 16, 0)).toBe(JET_errTermInProgress);
  });

  it('a session of another emulator is unknown here', () => {
    const a = world();
    const b = createEmulator();
    expect(b.api.JetBeginTransaction(a.ses)).toBe(JET_errInvalidSesid);
  });
});

describe('JetBeginTransaction', () => {
  it('nests seven levels, then TransTooDeep with no change', () => {
    const { emu, api, ses } = world();
    for (let i = 1; i <= 7; i++) {
      expect(api.JetBeginTransaction(ses)).toBe(0);
      expect(level(emu, ses)).toBe(i);
    }
    expect(api.JetBeginTransaction(ses)).toBe(JET_errTransTooDeep);
    expect(api.JetBeginTransaction2(ses, 0)).toBe(JET_errTransTooDeep);
    expect(level(emu, ses)).toBe(7);
  });

  it('ignores grbits other than ReadOnly, and ReadOnly counts only at level 0', () => {
    const { emu, api, ses } = world();
    expect(api.JetBeginTransaction2(ses, JET_bitDistributedTransaction | 0x100)).toBe(0);
    expect(api.JetBeginTransaction2(ses, JET_bitTransactionReadOnly)).toBe(0);
    expect(sessionDump(emu, ses)?.readOnly).toBe(false);
    expect(api.JetRollback(ses, JET_bitRollbackAll)).toBe(0);
    expect(api.JetBeginTransaction3(ses, 12345, JET_bitTransactionReadOnly)).toBe(0);
    expect(sessionDump(emu, ses)?.readOnly).toBe(true);
    expect(api.JetBeginTransaction3(ses, 1.5, 0)).toBe(JET_errInvalidParameter);
  });
});

describe('JetCommitTransaction', () => {
  it('needs a transaction, except for the flush-only grbits, which must be alone', () => {
    const { emu, api, ses } = world();
    expect(api.JetCommitTransaction(ses, 0)).toBe(JET_errNotInTransaction);
    expect(api.JetCommitTransaction(ses, JET_bitCommitLazyFlush)).toBe(JET_errNotInTransaction);
    for (const g of [JET_bitForceNewLog, JET_bitWaitAllLevel0Commit, JET_bitWaitLastLevel0Commit]) {
      expect(api.JetCommitTransaction(ses, g)).toBe(0);
      expect(api.JetCommitTransaction(ses, g | JET_bitCommitLazyFlush)).toBe(JET_errInvalidGrbit);
    }
    expect(api.JetCommitTransaction(ses, 0x40)).toBe(JET_errInvalidGrbit);
    expect(api.JetBeginTransaction(ses)).toBe(0);
    expect(api.JetCommitTransaction(ses, JET_bitWaitLastLevel0Commit)).toBe(0);
    expect(level(emu, ses)).toBe(1);
    expect(api.JetCommitTransaction(ses, JET_bitCommitLazyFlush)).toBe(0);
    expect(level(emu, ses)).toBe(0);
  });

  it('JetCommitTransaction2 refuses a durable-commit time without lazy flush', () => {
    const { api, ses } = world();
    expect(api.JetBeginTransaction(ses)).toBe(0);
    expect(api.JetCommitTransaction2(ses, 0, 100, null)).toBe(JET_errInvalidParameter);
    const id = out<{ commitId: number }>();
    expect(api.JetCommitTransaction2(ses, JET_bitCommitLazyFlush, 100, id)).toBe(0);
    expect(typeof id.value.commitId).toBe('number');
  });
});

describe('JetRollback', () => {
  it('checks the grbit before the level', () => {
    const { api, ses } = world();
    expect(api.JetRollback(ses, 0x2)).toBe(JET_errInvalidGrbit);
    expect(api.JetRollback(ses, 0)).toBe(JET_errNotInTransaction);
  });

  it('undoes one level, or all with JET_bitRollbackAll', () => {
    const { emu, api, ses } = world();
    for (let i = 0; i < 4; i++) expect(api.JetBeginTransaction(ses)).toBe(0);
    expect(api.JetRollback(ses, 0)).toBe(0);
    expect(level(emu, ses)).toBe(3);
    expect(api.JetRollback(ses, JET_bitRollbackAll)).toBe(0);
    expect(level(emu, ses)).toBe(0);
  });

  it('closes sorts opened in the rolled-back level, keeps those opened below', () => {
    const { api, ses } = world();
    expect(api.JetBeginTransaction(ses)).toBe(0);
    const low = openSort(api, ses);
    expect(api.JetBeginTransaction(ses)).toBe(0);
    const high = openSort(api, ses);
    expect(api.JetRollback(ses, 0)).toBe(0);
    expect(api.JetMove(ses, high.tableid, JET_MoveFirst, 0)).toBe(JET_errInvalidTableId);
    expect(insert(api, ses, low.tableid, low.col, 1)).toBe(0);
  });

  it('a cursor committed down one level is closed by rolling that level back', () => {
    const { api, ses } = world();
    expect(api.JetBeginTransaction(ses)).toBe(0);
    expect(api.JetBeginTransaction(ses)).toBe(0);
    const sort = openSort(api, ses);
    expect(api.JetCommitTransaction(ses, 0)).toBe(0);
    expect(insert(api, ses, sort.tableid, sort.col, 1)).toBe(0);
    expect(api.JetRollback(ses, 0)).toBe(0);
    expect(api.JetCloseTable(ses, sort.tableid)).toBe(JET_errInvalidTableId);
  });

  it('cancels an update prepared in the level; a commit carries it down instead', () => {
    const { api, ses } = world();
    const sort = openSort(api, ses);
    expect(api.JetBeginTransaction(ses)).toBe(0);
    expect(api.JetPrepareUpdate(ses, sort.tableid, JET_prepInsert)).toBe(0);
    expect(api.JetRollback(ses, 0)).toBe(0);
    expect(api.JetUpdate(ses, sort.tableid, null, 0, null)).toBe(JET_errUpdateNotPrepared);
    expect(api.JetBeginTransaction(ses)).toBe(0);
    expect(api.JetPrepareUpdate(ses, sort.tableid, JET_prepInsert)).toBe(0);
    expect(api.JetSetColumn(ses, sort.tableid, sort.col, int32(4), 4, 0, null)).toBe(0);
    expect(api.JetCommitTransaction(ses, 0)).toBe(0);
    expect(api.JetUpdate(ses, sort.tableid, null, 0, null)).toBe(0);
  });

  it('undoes changes to a materialized temp table; commit keeps them', () => {
    const { api, ses } = world();
    const t = openSort(api, ses, 0, true);
    expect(insert(api, ses, t.tableid, t.col, 1)).toBe(0);
    expect(api.JetBeginTransaction(ses)).toBe(0);
    expect(insert(api, ses, t.tableid, t.col, 2)).toBe(0);
    expect(api.JetBeginTransaction(ses)).toBe(0);
    expect(api.JetMove(ses, t.tableid, JET_MoveFirst, 0)).toBe(0);
    expect(api.JetDelete(ses, t.tableid)).toBe(0);
    expect(insert(api, ses, t.tableid, t.col, 3)).toBe(0);
    expect(rows(api, ses, t.tableid, t.col)).toEqual([2, 3]);
    expect(api.JetRollback(ses, 0)).toBe(0);
    expect(rows(api, ses, t.tableid, t.col)).toEqual([1, 2]);
    expect(api.JetCommitTransaction(ses, 0)).toBe(0);
    expect(rows(api, ses, t.tableid, t.col)).toEqual([1, 2]);
  });

  it('a cursor that navigated in the rolled-back level goes before the first row', () => {
    const { api, ses } = world();
    const t = openSort(api, ses, 0, true);
    expect(insert(api, ses, t.tableid, t.col, 1)).toBe(0);
    expect(api.JetBeginTransaction(ses)).toBe(0);
    expect(api.JetMove(ses, t.tableid, JET_MoveFirst, 0)).toBe(0);
    expect(api.JetRollback(ses, 0)).toBe(0);
    expect(api.JetRetrieveColumn(ses, t.tableid, t.col, new Uint8Array(4), 4, null, 0, null)).toBe(-1603);
    expect(api.JetMove(ses, t.tableid, JET_MoveNext, 0)).toBe(0);
  });

  it('a failed rollback is sticky, as in the engine', () => {
    const { emu, api, ses } = world();
    expect(api.JetBeginTransaction(ses)).toBe(0);
    expect(api.JetBeginTransaction(ses)).toBe(0);
    expect(emu.failStep('Rollback.level', { code: JET_errOutOfMemory })).toBe(0);
    expect(api.JetRollback(ses, 0)).toBe(JET_errOutOfMemory);
    expect(level(emu, ses)).toBe(2);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errRollbackError);
    expect(api.JetRollback(ses, 0)).toBe(JET_errOutOfMemory);
    expect(sessionDump(emu, ses)?.rollbackFailure).toBe(JET_errOutOfMemory);
  });
});

describe('session contexts and threads', () => {
  it('JetSetSessionContext refuses 0 and ~0, and a second context', () => {
    const { api, ses } = world();
    expect(api.JetSetSessionContext(ses, 0)).toBe(JET_errInvalidParameter);
    expect(api.JetSetSessionContext(ses, -1)).toBe(JET_errInvalidParameter);
    expect(api.JetSetSessionContext(ses, 1)).toBe(0);
    expect(api.JetSetSessionContext(ses, 1)).toBe(JET_errSessionContextAlreadySet);
    expect(onThread(newThreadId(), () => api.JetSetSessionContext(ses, 2))).toBe(JET_errSessionContextAlreadySet);
  });

  it('only the thread that set the context resets it', () => {
    const { api, ses } = world();
    expect(api.JetResetSessionContext(ses)).toBe(JET_errSessionContextNotSetByThisThread);
    expect(api.JetSetSessionContext(ses, 1)).toBe(0);
    expect(onThread(newThreadId(), () => api.JetResetSessionContext(ses))).toBe(JET_errSessionContextNotSetByThisThread);
    expect(api.JetResetSessionContext(ses)).toBe(0);
  });

  it('a transaction begun without a context belongs to its thread', () => {
    const { api, ses } = world();
    expect(api.JetBeginTransaction(ses)).toBe(0);
    const other = newThreadId();
    expect(onThread(other, () => api.JetBeginTransaction(ses))).toBe(JET_errSessionSharingViolation);
    expect(onThread(other, () => api.JetCommitTransaction(ses, 0))).toBe(JET_errSessionSharingViolation);
    expect(onThread(other, () => api.JetRollback(ses, 0))).toBe(JET_errSessionSharingViolation);
    expect(api.JetCommitTransaction(ses, 0)).toBe(0);
  });

  it('a transaction begun under a context follows the context to another thread', () => {
    const { api, ses } = world();
    const a = newThreadId();
    const b = newThreadId();
    onThread(a, () => {
      expect(api.JetSetSessionContext(ses, 99)).toBe(0);
      expect(api.JetBeginTransaction(ses)).toBe(0);
      expect(api.JetResetSessionContext(ses)).toBe(0);
    });
    expect(onThread(b, () => api.JetCommitTransaction(ses, 0))).toBe(JET_errSessionSharingViolation);
    onThread(b, () => {
      expect(api.JetSetSessionContext(ses, 99)).toBe(0);
      expect(api.JetBeginTransaction(ses)).toBe(0);
      expect(api.JetCommitTransaction(ses, 0)).toBe(0);
      expect(api.JetCommitTransaction(ses, 0)).toBe(0);
      expect(api.JetResetSessionContext(ses)).toBe(0);
    });
  });

  it('the logical thread follows awaits', async () => {
    const { api, ses } = world();
    const t = newThreadId();
    await onThread(t, async () => {
      expect(api.JetSetSessionContext(ses, 5)).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 1));
      expect(api.JetResetSessionContext(ses)).toBe(JET_errSuccess);
    });
  });
});
