/**
 * Transactions: levels, begin / commit / rollback grbits and check order, and
 * what commit and rollback do to sorts, temp tables and prepared updates
 * (ese-semantics.md §7.1-7.4, §9.5, §14.5-7).
 */
import {
  out,
  JET_bitColumnTTKey, JET_bitCommitLazyFlush, JET_bitCommitRedoCallback, JET_bitDistributedTransaction,
  JET_bitForceNewLog, JET_bitRollbackAll, JET_bitRollbackRedoCallback, JET_bitTransactionReadOnly,
  JET_bitTTForceMaterialization, JET_bitTTUpdatable, JET_bitWaitAllLevel0Commit, JET_bitWaitLastLevel0Commit,
  JET_coltypLong, JET_errInvalidGrbit, JET_errInvalidParameter, JET_errInvalidTableId, JET_errNoCurrentRecord,
  JET_errInstanceUnavailable, JET_errInstanceUnavailableDueToFatalLogDiskFull, JET_errLogDiskFull,
  JET_errNotInTransaction, JET_errOutOfBuffers, JET_errOutOfMemory, JET_errRollbackError, JET_errSuccess, JET_errTransTooDeep,
  JET_errUpdateNotPrepared, JET_MoveFirst, JET_MoveNext, JET_paramTransactionLevel, JET_prepCancel, JET_prepInsert,
} from '../src';
import { world } from './support/fixture';
import type { World } from './support/fixture';
import type {
  Emulator, JetApi, JET_COLUMNDEF, JET_COLUMNID, JET_SESID, JET_SESSIONINFO, JET_TABLEID, SessionDump,
} from '../src';

// ---- helpers ------------------------------------------------------------------------------------

type Setup = World;
const setup = (): Setup => world();

function dumpOf(emu: Emulator, ses: JET_SESID): SessionDump {
  for (const i of emu.dump().instances) for (const s of i.sessions) if (s.handle === ses) return s;
  throw new Error('session not in dump');
}

/** The level three ways (dump, JetGetSessionInfo, JET_paramTransactionLevel); they must agree. */
function level(w: Setup): number {
  const fromDump = dumpOf(w.emu, w.ses).level;
  const info = out<JET_SESSIONINFO>();
  expect(w.api.JetGetSessionInfo(w.ses, info, 24, 0)).toBe(JET_errSuccess);
  const param = out<number>();
  expect(w.api.JetGetSystemParameter(w.inst, w.ses, JET_paramTransactionLevel, param, null, 0)).toBe(JET_errSuccess);
  expect(info.value.ulTrxLevel).toBe(fromDump);
  expect(param.value).toBe(fromDump);
  return fromDump;
}

function begin(w: Setup, times = 1): void {
  for (let i = 0; i < times; i++) expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
}

interface Tt {
  tableid: JET_TABLEID;
  col: JET_COLUMNID;
}

const KEYED: JET_COLUMNDEF[] = [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }];
const UNKEYED: JET_COLUMNDEF[] = [{ coltyp: JET_coltypLong }];

function openTt(w: Setup, grbit = 0, columns: JET_COLUMNDEF[] = KEYED): Tt {
  const ids: JET_COLUMNID[] = [];
  const tt = out<JET_TABLEID>();
  expect(w.api.JetOpenTempTable(w.ses, columns, 1, grbit, tt, ids)).toBe(JET_errSuccess);
  return { tableid: tt.value, col: ids[0] };
}

function int32(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setInt32(0, n, true);
  return b;
}

function insert(w: Setup, t: Tt, value: number): void {
  expect(w.api.JetPrepareUpdate(w.ses, t.tableid, JET_prepInsert)).toBe(JET_errSuccess);
  expect(w.api.JetSetColumn(w.ses, t.tableid, t.col, int32(value), 4, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetUpdate(w.ses, t.tableid, null, 0, null)).toBe(JET_errSuccess);
}

/** Every row's value, sorted. */
function rows(w: Setup, t: Tt): number[] {
  const seen: number[] = [];
  for (let rc = w.api.JetMove(w.ses, t.tableid, JET_MoveFirst, 0); rc === JET_errSuccess; rc = w.api.JetMove(w.ses, t.tableid, JET_MoveNext, 0)) {
    const b = new Uint8Array(4);
    expect(w.api.JetRetrieveColumn(w.ses, t.tableid, t.col, b, 4, null, 0, null)).toBe(JET_errSuccess);
    seen.push(new DataView(b.buffer).getInt32(0, true));
  }
  return seen.sort((a, b) => a - b);
}

/** A closed tableid answers InvalidTableId to everything, close included. */
function expectClosed(w: Setup, t: Tt): void {
  expect(w.api.JetMove(w.ses, t.tableid, JET_MoveFirst, 0)).toBe(JET_errInvalidTableId);
  expect(w.api.JetPrepareUpdate(w.ses, t.tableid, JET_prepInsert)).toBe(JET_errInvalidTableId);
  expect(w.api.JetCloseTable(w.ses, t.tableid)).toBe(JET_errInvalidTableId);
}

function cursorHandles(w: Setup): number[] {
  return dumpOf(w.emu, w.ses).cursors.map((c) => c.handle);
}

// ---- levels -------------------------------------------------------------------------------------

describe('transaction levels', () => {
  it('a session can nest seven levels; the eighth begin answers TransTooDeep and changes nothing', () => {
    const w = setup();
    for (let l = 1; l <= 7; l++) {
      expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
      expect(level(w)).toBe(l);
    }
    const before = dumpOf(w.emu, w.ses);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errTransTooDeep);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errTransTooDeep);
    expect(dumpOf(w.emu, w.ses)).toEqual(before);
    expect(level(w)).toBe(7);
  });

  it.each<[string, (api: JetApi, ses: JET_SESID) => number]>([
    ['JetBeginTransaction2', (api, ses) => api.JetBeginTransaction2(ses, 0)],
    ['JetBeginTransaction2 with ReadOnly', (api, ses) => api.JetBeginTransaction2(ses, JET_bitTransactionReadOnly)],
    ['JetBeginTransaction3', (api, ses) => api.JetBeginTransaction3(ses, 1234, 0)],
  ])('%s also stops at level 7 with TransTooDeep', (_name, call) => {
    const w = setup();
    begin(w, 7);
    expect(call(w.api, w.ses)).toBe(JET_errTransTooDeep);
    expect(level(w)).toBe(7);
    expect(dumpOf(w.emu, w.ses).readOnly).toBe(false);
  });

  it('after TransTooDeep all seven levels still commit one by one', () => {
    const w = setup();
    begin(w, 7);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errTransTooDeep);
    for (let l = 6; l >= 0; l--) {
      expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
      expect(level(w)).toBe(l);
    }
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errNotInTransaction);
  });

  it('JET_paramTransactionLevel tracks begin, commit, rollback and RollbackAll', () => {
    const w = setup();
    const seen: number[] = [level(w)];
    begin(w, 3);
    seen.push(level(w));
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
    seen.push(level(w));
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    seen.push(level(w));
    begin(w, 4);
    seen.push(level(w));
    expect(w.api.JetRollback(w.ses, JET_bitRollbackAll)).toBe(JET_errSuccess);
    seen.push(level(w));
    expect(seen).toEqual([0, 3, 2, 1, 5, 0]);
  });

  it('levels are per session', () => {
    const w = setup();
    const other = out<JET_SESID>();
    expect(w.api.JetBeginSession(w.inst, other, '', '')).toBe(JET_errSuccess);
    begin(w, 7);
    expect(w.api.JetBeginTransaction(other.value)).toBe(JET_errSuccess);
    expect(dumpOf(w.emu, other.value).level).toBe(1);
    expect(w.api.JetRollback(other.value, 0)).toBe(JET_errSuccess);
    expect(level(w)).toBe(7);
  });
});

// ---- begin --------------------------------------------------------------------------------------

describe('JetBeginTransaction2 / 3', () => {
  it('ignores unknown grbits, DistributedTransaction included (no InvalidGrbit, not read-only)', () => {
    for (const grbit of [JET_bitDistributedTransaction, 0x4, 0x100, 0x80000000, 0xfffffffe]) {
      const w = setup();
      expect(w.api.JetBeginTransaction2(w.ses, grbit)).toBe(JET_errSuccess);
      expect(w.api.JetBeginTransaction3(w.ses, 5, grbit)).toBe(JET_errSuccess);
      expect(level(w)).toBe(2);
      expect(dumpOf(w.emu, w.ses).readOnly).toBe(false);
    }
  });

  it('ReadOnly mixed with unknown bits still makes the transaction read-only', () => {
    const w = setup();
    expect(w.api.JetBeginTransaction2(w.ses, JET_bitTransactionReadOnly | JET_bitDistributedTransaction | 0x400)).toBe(JET_errSuccess);
    expect(dumpOf(w.emu, w.ses).readOnly).toBe(true);
  });

  it('ReadOnly is taken from the level-0 begin and inherited by nested begins', () => {
    const w = setup();
    expect(w.api.JetBeginTransaction2(w.ses, JET_bitTransactionReadOnly)).toBe(JET_errSuccess);
    expect(dumpOf(w.emu, w.ses).readOnly).toBe(true);
    expect(w.api.JetBeginTransaction2(w.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(dumpOf(w.emu, w.ses)).toMatchObject({ level: 3, readOnly: true });
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    expect(dumpOf(w.emu, w.ses)).toMatchObject({ level: 1, readOnly: true });
  });

  it('ReadOnly on a nested begin is ignored', () => {
    const w = setup();
    expect(w.api.JetBeginTransaction2(w.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction2(w.ses, JET_bitTransactionReadOnly)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction3(w.ses, 1, JET_bitTransactionReadOnly)).toBe(JET_errSuccess);
    expect(dumpOf(w.emu, w.ses)).toMatchObject({ level: 3, readOnly: false });
  });

  it('the read-only flag ends with the transaction (commit or rollback to level 0)', () => {
    const w = setup();
    expect(w.api.JetBeginTransaction2(w.ses, JET_bitTransactionReadOnly)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
    expect(dumpOf(w.emu, w.ses).readOnly).toBe(false);
    expect(w.api.JetBeginTransaction3(w.ses, 9, JET_bitTransactionReadOnly)).toBe(JET_errSuccess);
    expect(dumpOf(w.emu, w.ses).readOnly).toBe(true);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    expect(dumpOf(w.emu, w.ses).readOnly).toBe(false);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(dumpOf(w.emu, w.ses).readOnly).toBe(false);
  });

  it('JetBeginTransaction3 takes any trxid: it is only a tag', () => {
    const w = setup();
    for (const trxid of [0, 1, 57573, 32997, 0x7fffffff, 2 ** 40]) {
      expect(w.api.JetBeginTransaction3(w.ses, trxid, 0)).toBe(JET_errSuccess);
    }
    expect(level(w)).toBe(6);
    expect(w.api.JetRollback(w.ses, JET_bitRollbackAll)).toBe(JET_errSuccess);
    expect(level(w)).toBe(0);
  });

  it('JetBeginTransaction3 with ReadOnly at level 0 makes the transaction read-only', () => {
    const w = setup();
    expect(w.api.JetBeginTransaction3(w.ses, 42, JET_bitTransactionReadOnly)).toBe(JET_errSuccess);
    expect(dumpOf(w.emu, w.ses)).toMatchObject({ level: 1, readOnly: true });
  });
});

// ---- commit -------------------------------------------------------------------------------------

describe('JetCommitTransaction', () => {
  it('at level 0 answers NotInTransaction (grbit 0 and LazyFlush)', () => {
    const w = setup();
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errNotInTransaction);
    expect(w.api.JetCommitTransaction(w.ses, JET_bitCommitLazyFlush)).toBe(JET_errNotInTransaction);
    expect(w.api.JetCommitTransaction(w.ses, JET_bitCommitRedoCallback)).toBe(JET_errNotInTransaction);
  });

  it('commits one level at a time', () => {
    const w = setup();
    begin(w, 3);
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
    expect(level(w)).toBe(2);
    expect(w.api.JetCommitTransaction(w.ses, JET_bitCommitLazyFlush)).toBe(JET_errSuccess);
    expect(level(w)).toBe(1);
    expect(w.api.JetCommitTransaction(w.ses, JET_bitCommitRedoCallback | JET_bitCommitLazyFlush)).toBe(JET_errSuccess);
    expect(level(w)).toBe(0);
  });

  it('a grbit outside the commit mask answers InvalidGrbit at any level, before the level check', () => {
    for (const grbit of [0x4, 0x40, 0x100, 0x80000000, 0xffffffff]) {
      const w = setup();
      expect(w.api.JetCommitTransaction(w.ses, grbit)).toBe(JET_errInvalidGrbit);
      begin(w, 2);
      expect(w.api.JetCommitTransaction(w.ses, grbit)).toBe(JET_errInvalidGrbit);
      expect(w.api.JetCommitTransaction(w.ses, grbit | JET_bitCommitLazyFlush)).toBe(JET_errInvalidGrbit);
      expect(level(w)).toBe(2);
    }
  });

  describe.each([
    ['ForceNewLog', JET_bitForceNewLog],
    ['WaitAllLevel0Commit', JET_bitWaitAllLevel0Commit],
    ['WaitLastLevel0Commit', JET_bitWaitLastLevel0Commit],
  ])('%s (flush only)', (_name, bit) => {
    it('is valid at level 0', () => {
      const w = setup();
      expect(w.api.JetCommitTransaction(w.ses, bit)).toBe(JET_errSuccess);
      expect(level(w)).toBe(0);
    });

    it('commits nothing inside a transaction', () => {
      const w = setup();
      begin(w, 2);
      expect(w.api.JetCommitTransaction(w.ses, bit)).toBe(JET_errSuccess);
      expect(w.api.JetCommitTransaction(w.ses, bit)).toBe(JET_errSuccess);
      expect(level(w)).toBe(2);
    });

    it.each([
      ['LazyFlush', JET_bitCommitLazyFlush],
      ['CommitRedoCallback', JET_bitCommitRedoCallback],
    ])('must be alone: with %s it answers InvalidGrbit', (_other, other) => {
      const w = setup();
      expect(w.api.JetCommitTransaction(w.ses, bit | other)).toBe(JET_errInvalidGrbit);
      begin(w);
      expect(w.api.JetCommitTransaction(w.ses, bit | other)).toBe(JET_errInvalidGrbit);
      expect(level(w)).toBe(1);
    });

    it('works through JetCommitTransaction2 too', () => {
      const w = setup();
      expect(w.api.JetCommitTransaction2(w.ses, bit, 0, null)).toBe(JET_errSuccess);
      begin(w);
      expect(w.api.JetCommitTransaction2(w.ses, bit, 0, null)).toBe(JET_errSuccess);
      expect(level(w)).toBe(1);
    });
  });

  it('two flush-only bits together answer InvalidGrbit', () => {
    const w = setup();
    begin(w);
    expect(w.api.JetCommitTransaction(w.ses, JET_bitForceNewLog | JET_bitWaitAllLevel0Commit)).toBe(JET_errInvalidGrbit);
    expect(w.api.JetCommitTransaction(w.ses, JET_bitWaitAllLevel0Commit | JET_bitWaitLastLevel0Commit)).toBe(JET_errInvalidGrbit);
    expect(w.api.JetCommitTransaction(w.ses, JET_bitForceNewLog | JET_bitWaitLastLevel0Commit)).toBe(JET_errInvalidGrbit);
    expect(level(w)).toBe(1);
  });

  it('a flush-only bit with an unknown bit answers InvalidGrbit, at level 0 too', () => {
    const w = setup();
    expect(w.api.JetCommitTransaction(w.ses, JET_bitForceNewLog | 0x4)).toBe(JET_errInvalidGrbit);
    expect(w.api.JetCommitTransaction(w.ses, JET_bitWaitLastLevel0Commit | 0x100)).toBe(JET_errInvalidGrbit);
    expect(level(w)).toBe(0);
  });

  describe('JetCommitTransaction2 durable commit', () => {
    it('a non-zero cmsecDurableCommit without LazyFlush answers InvalidParameter and commits nothing', () => {
      const w = setup();
      begin(w, 2);
      expect(w.api.JetCommitTransaction2(w.ses, 0, 100, null)).toBe(JET_errInvalidParameter);
      expect(w.api.JetCommitTransaction2(w.ses, JET_bitCommitRedoCallback, 1, null)).toBe(JET_errInvalidParameter);
      expect(level(w)).toBe(2);
    });

    it('with LazyFlush it commits', () => {
      const w = setup();
      begin(w, 2);
      expect(w.api.JetCommitTransaction2(w.ses, JET_bitCommitLazyFlush, 100, null)).toBe(JET_errSuccess);
      expect(level(w)).toBe(1);
    });

    it('cmsecDurableCommit 0 commits with or without LazyFlush', () => {
      const w = setup();
      begin(w, 2);
      expect(w.api.JetCommitTransaction2(w.ses, 0, 0, null)).toBe(JET_errSuccess);
      expect(w.api.JetCommitTransaction2(w.ses, JET_bitCommitLazyFlush, 0, null)).toBe(JET_errSuccess);
      expect(level(w)).toBe(0);
    });

    it('at level 0 the level check answers first (NotInTransaction)', () => {
      const w = setup();
      expect(w.api.JetCommitTransaction2(w.ses, 0, 100, null)).toBe(JET_errNotInTransaction);
    });

    it('an unknown grbit answers InvalidGrbit before the durable check', () => {
      const w = setup();
      begin(w);
      expect(w.api.JetCommitTransaction2(w.ses, 0x4, 100, null)).toBe(JET_errInvalidGrbit);
      expect(level(w)).toBe(1);
    });
  });
});

// ---- rollback -----------------------------------------------------------------------------------

describe('JetRollback', () => {
  it('at level 0 answers NotInTransaction (with and without RollbackAll)', () => {
    const w = setup();
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errNotInTransaction);
    expect(w.api.JetRollback(w.ses, JET_bitRollbackAll)).toBe(JET_errNotInTransaction);
    expect(w.api.JetRollback(w.ses, JET_bitRollbackRedoCallback)).toBe(JET_errNotInTransaction);
  });

  it('a grbit outside RollbackAll | RollbackRedoCallback answers InvalidGrbit, even at level 0 (checked first)', () => {
    for (const grbit of [0x2, 0x4, 0x40, 0x80000000, 0xffffffff]) {
      const w = setup();
      expect(w.api.JetRollback(w.ses, grbit)).toBe(JET_errInvalidGrbit);
      begin(w, 2);
      expect(w.api.JetRollback(w.ses, grbit)).toBe(JET_errInvalidGrbit);
      expect(w.api.JetRollback(w.ses, grbit | JET_bitRollbackAll)).toBe(JET_errInvalidGrbit);
      expect(level(w)).toBe(2);
    }
  });

  it('rolls back one level per call', () => {
    const w = setup();
    begin(w, 3);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    expect(level(w)).toBe(2);
    expect(w.api.JetRollback(w.ses, JET_bitRollbackRedoCallback)).toBe(JET_errSuccess);
    expect(level(w)).toBe(1);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    expect(level(w)).toBe(0);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errNotInTransaction);
  });

  it('RollbackAll unwinds every level', () => {
    const w = setup();
    begin(w, 7);
    expect(w.api.JetRollback(w.ses, JET_bitRollbackAll)).toBe(JET_errSuccess);
    expect(level(w)).toBe(0);
    expect(w.api.JetRollback(w.ses, JET_bitRollbackAll | JET_bitRollbackRedoCallback)).toBe(JET_errNotInTransaction);
  });

  it('RollbackAll | RollbackRedoCallback is valid', () => {
    const w = setup();
    begin(w, 2);
    expect(w.api.JetRollback(w.ses, JET_bitRollbackAll | JET_bitRollbackRedoCallback)).toBe(JET_errSuccess);
    expect(level(w)).toBe(0);
  });

  it('a new transaction can start after a full rollback', () => {
    const w = setup();
    begin(w, 7);
    expect(w.api.JetRollback(w.ses, JET_bitRollbackAll)).toBe(JET_errSuccess);
    begin(w, 7);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errTransTooDeep);
  });
});

// ---- sorts and temp tables ----------------------------------------------------------------------

describe('rollback and commit close the right sorts and temp tables', () => {
  describe.each([
    ['a sort', 0],
    ['a materialized temp table', JET_bitTTForceMaterialization],
    ['an updatable sort', JET_bitTTUpdatable],
  ])('%s', (_kind, grbit) => {
    it('opened at level 2 is closed by rolling back level 2', () => {
      const w = setup();
      begin(w, 2);
      const t = openTt(w, grbit);
      expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
      expectClosed(w, t);
      expect(cursorHandles(w)).toEqual([]);
    });

    it('opened at level 2 survives its commit, then rolling back level 1 closes it', () => {
      const w = setup();
      begin(w, 2);
      const t = openTt(w, grbit);
      expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
      expect(cursorHandles(w)).toEqual([t.tableid]);
      insert(w, t, 5);
      expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
      expectClosed(w, t);
    });

    it('opened at level 1 survives a rollback of level 2', () => {
      const w = setup();
      begin(w);
      const t = openTt(w, grbit);
      begin(w);
      expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
      expect(cursorHandles(w)).toEqual([t.tableid]);
      insert(w, t, 1);
      expect(w.api.JetMove(w.ses, t.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    });

    it('opened at level 0 survives RollbackAll', () => {
      const w = setup();
      const t = openTt(w, grbit);
      begin(w, 4);
      expect(w.api.JetRollback(w.ses, JET_bitRollbackAll)).toBe(JET_errSuccess);
      expect(cursorHandles(w)).toEqual([t.tableid]);
      expect(w.api.JetCloseTable(w.ses, t.tableid)).toBe(JET_errSuccess);
    });

    it('committed all the way to level 0, it survives any later transaction', () => {
      const w = setup();
      begin(w);
      const t = openTt(w, grbit);
      expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
      begin(w, 2);
      expect(w.api.JetRollback(w.ses, JET_bitRollbackAll)).toBe(JET_errSuccess);
      expect(cursorHandles(w)).toEqual([t.tableid]);
    });
  });

  it('RollbackAll closes what each level opened and keeps what level 0 opened', () => {
    const w = setup();
    const t0 = openTt(w);
    begin(w);
    const t1 = openTt(w, JET_bitTTForceMaterialization);
    begin(w);
    const t2 = openTt(w);
    begin(w);
    const t3 = openTt(w, JET_bitTTUpdatable);
    expect(cursorHandles(w)).toEqual([t0.tableid, t1.tableid, t2.tableid, t3.tableid]);
    expect(w.api.JetRollback(w.ses, JET_bitRollbackAll)).toBe(JET_errSuccess);
    expect(cursorHandles(w)).toEqual([t0.tableid]);
    for (const t of [t1, t2, t3]) expectClosed(w, t);
  });

  it('rolling back one level at a time closes each level’s tables in turn', () => {
    const w = setup();
    begin(w);
    const t1 = openTt(w);
    begin(w);
    const t2 = openTt(w);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    expect(cursorHandles(w)).toEqual([t1.tableid]);
    expectClosed(w, t2);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    expect(cursorHandles(w)).toEqual([]);
    expectClosed(w, t1);
  });

  it('a table closed by rollback does not come back when a new one is opened', () => {
    const w = setup();
    begin(w);
    const gone = openTt(w);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    const fresh = openTt(w);
    expect(fresh.tableid).not.toBe(gone.tableid);
    expectClosed(w, gone);
  });

  it('the dump records the level each cursor belongs to, lowered by commit', () => {
    const w = setup();
    begin(w, 3);
    openTt(w);
    expect(dumpOf(w.emu, w.ses).cursors[0].levelOpen).toBe(3);
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
    expect(dumpOf(w.emu, w.ses).cursors[0].levelOpen).toBe(2);
  });
});

// ---- prepared updates ---------------------------------------------------------------------------

describe('prepared updates and transactions', () => {
  it('an update prepared at level 2 is cancelled by rolling back level 2', () => {
    const w = setup();
    begin(w);
    const t = openTt(w);
    begin(w);
    expect(w.api.JetPrepareUpdate(w.ses, t.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(dumpOf(w.emu, w.ses).cursors[0].updatePrepared).toBe(true);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    expect(dumpOf(w.emu, w.ses).cursors[0].updatePrepared).toBe(false);
    expect(w.api.JetUpdate(w.ses, t.tableid, null, 0, null)).toBe(JET_errUpdateNotPrepared);
    expect(w.api.JetSetColumn(w.ses, t.tableid, t.col, int32(1), 4, 0, null)).toBe(JET_errUpdateNotPrepared);
    expect(w.api.JetPrepareUpdate(w.ses, t.tableid, JET_prepCancel)).toBe(JET_errUpdateNotPrepared);
  });

  it('an update prepared at level 2 migrates to level 1 on commit and can still be completed', () => {
    const w = setup();
    const t = openTt(w);
    begin(w, 2);
    expect(w.api.JetPrepareUpdate(w.ses, t.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t.tableid, t.col, int32(7), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
    expect(dumpOf(w.emu, w.ses).cursors[0].updatePrepared).toBe(true);
    expect(w.api.JetUpdate(w.ses, t.tableid, null, 0, null)).toBe(JET_errSuccess);
    expect(rows(w, t)).toEqual([7]);
  });

  it('once migrated to level 1, rolling back level 1 cancels it', () => {
    const w = setup();
    const t = openTt(w);
    begin(w, 2);
    expect(w.api.JetPrepareUpdate(w.ses, t.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t.tableid, null, 0, null)).toBe(JET_errUpdateNotPrepared);
  });

  it('an update prepared at level 1 survives the rollback of level 2', () => {
    const w = setup();
    const t = openTt(w);
    begin(w);
    expect(w.api.JetPrepareUpdate(w.ses, t.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t.tableid, t.col, int32(3), 4, 0, null)).toBe(JET_errSuccess);
    begin(w);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t.tableid, null, 0, null)).toBe(JET_errSuccess);
    expect(rows(w, t)).toEqual([3]);
  });

  it('an update prepared at level 0 survives RollbackAll of a later transaction', () => {
    const w = setup();
    const t = openTt(w);
    expect(w.api.JetPrepareUpdate(w.ses, t.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    begin(w, 3);
    expect(w.api.JetRollback(w.ses, JET_bitRollbackAll)).toBe(JET_errSuccess);
    expect(dumpOf(w.emu, w.ses).cursors[0].updatePrepared).toBe(true);
  });

  it('committed to level 0, a prepared update stays prepared', () => {
    const w = setup();
    const t = openTt(w, JET_bitTTForceMaterialization);
    begin(w);
    expect(w.api.JetPrepareUpdate(w.ses, t.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t.tableid, t.col, int32(11), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t.tableid, null, 0, null)).toBe(JET_errSuccess);
    expect(rows(w, t)).toEqual([11]);
  });
});

// ---- temp table contents ------------------------------------------------------------------------

describe('what rollback undoes in a temp table', () => {
  describe.each<[string, number, JET_COLUMNDEF[]]>([
    ['ForceMaterialization', JET_bitTTForceMaterialization, KEYED],
    ['no key columns', 0, UNKEYED],
  ])('a materialized temp table (%s)', (_name, grbit, columns) => {
    it('inserts made in a rolled-back transaction disappear', () => {
      const w = setup();
      const t = openTt(w, grbit, columns);
      insert(w, t, 100);
      begin(w);
      insert(w, t, 1);
      insert(w, t, 2);
      expect(rows(w, t)).toEqual([1, 2, 100]);
      expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
      expect(rows(w, t)).toEqual([100]);
    });

    it('inserts made in a committed transaction stay', () => {
      const w = setup();
      const t = openTt(w, grbit, columns);
      begin(w);
      insert(w, t, 1);
      insert(w, t, 2);
      expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
      expect(rows(w, t)).toEqual([1, 2]);
      begin(w);
      expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
      expect(rows(w, t)).toEqual([1, 2]);
    });

    it('nested levels: rolling back level 2 keeps level 1’s rows; committing level 1 keeps them for good', () => {
      const w = setup();
      const t = openTt(w, grbit, columns);
      begin(w);
      insert(w, t, 1);
      begin(w);
      insert(w, t, 2);
      expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
      expect(rows(w, t)).toEqual([1]);
      begin(w);
      insert(w, t, 3);
      expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
      expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
      expect(rows(w, t)).toEqual([1, 3]);
    });

    it('a level committed into its parent is undone when the parent rolls back', () => {
      const w = setup();
      const t = openTt(w, grbit, columns);
      begin(w);
      insert(w, t, 1);
      begin(w);
      insert(w, t, 2);
      expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
      expect(rows(w, t)).toEqual([1, 2]);
      expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
      expect(rows(w, t)).toEqual([]);
    });

    it('a delete made in a rolled-back transaction is undone', () => {
      const w = setup();
      const t = openTt(w, grbit, columns);
      insert(w, t, 4);
      begin(w);
      expect(w.api.JetMove(w.ses, t.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
      expect(w.api.JetDelete(w.ses, t.tableid)).toBe(JET_errSuccess);
      expect(rows(w, t)).toEqual([]);
      expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
      expect(rows(w, t)).toEqual([4]);
    });

    it('RollbackAll undoes every level', () => {
      const w = setup();
      const t = openTt(w, grbit, columns);
      for (let v = 1; v <= 5; v++) {
        begin(w);
        insert(w, t, v);
      }
      expect(w.api.JetRollback(w.ses, JET_bitRollbackAll)).toBe(JET_errSuccess);
      expect(rows(w, t)).toEqual([]);
    });
  });

  it('an unmaterialized sort is not versioned: rows inserted in a rolled-back level stay', () => {
    const w = setup();
    const t = openTt(w);
    begin(w);
    insert(w, t, 2);
    insert(w, t, 1);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    expect(rows(w, t)).toEqual([1, 2]);
  });

  it('a cursor that moved inside the rolled-back level is back before the first row', () => {
    const w = setup();
    const t = openTt(w, JET_bitTTForceMaterialization);
    insert(w, t, 1);
    begin(w);
    expect(w.api.JetMove(w.ses, t.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    const b = new Uint8Array(4);
    expect(w.api.JetRetrieveColumn(w.ses, t.tableid, t.col, b, 4, null, 0, null)).toBe(JET_errNoCurrentRecord);
  });
});

// ---- failed rollback ----------------------------------------------------------------------------

describe('a rollback that fails', () => {
  /**
   * A rollback that failed at `levels`, with the instance then brought back by the emulator control, so that what
   * sticks to the session can be seen (the failure itself takes the instance down, see the first test).
   */
  function failedAt(levels: number): Setup {
    const w = setup();
    begin(w, levels);
    expect(w.emu.failStep('Rollback.level', { code: JET_errOutOfMemory })).toBe(JET_errSuccess);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errOutOfMemory);
    expect(w.emu.setInstanceUnavailable(w.inst, 0)).toBe(JET_errSuccess);
    return w;
  }

  it('takes the instance down: every session then gets InstanceUnavailable (ver.cxx ErrVERIUndo: SetInstanceUnavailable)', () => {
    const w = setup();
    begin(w, 2);
    expect(w.emu.failStep('Rollback.level', { code: JET_errOutOfBuffers })).toBe(JET_errSuccess);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errOutOfBuffers);
    const other = out<JET_SESID>();
    expect(w.api.JetBeginSession(w.inst, other, '', '')).toBe(JET_errInstanceUnavailable);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errInstanceUnavailable);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errInstanceUnavailable);
  });

  it('a log disk full takes the instance down with InstanceUnavailableDueToFatalLogDiskFull (daedef.hxx ErrInstanceUnavailableErrorCode)', () => {
    const w = setup();
    begin(w, 1);
    expect(w.emu.failStep('Rollback.level', { code: JET_errLogDiskFull })).toBe(JET_errSuccess);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errLogDiskFull);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errInstanceUnavailableDueToFatalLogDiskFull);
  });

  it('returns the failure and leaves the level where it was', () => {
    const w = failedAt(2);
    expect(level(w)).toBe(2);
    expect(dumpOf(w.emu, w.ses).rollbackFailure).toBe(JET_errOutOfMemory);
  });

  it('afterwards JetBeginTransaction answers RollbackError (also 2 and 3)', () => {
    const w = failedAt(2);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errRollbackError);
    expect(w.api.JetBeginTransaction2(w.ses, 0)).toBe(JET_errRollbackError);
    expect(w.api.JetBeginTransaction3(w.ses, 1, 0)).toBe(JET_errRollbackError);
    expect(level(w)).toBe(2);
  });

  it('afterwards JetRollback returns the original failure again, every time', () => {
    const w = failedAt(2);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errOutOfMemory);
    expect(w.api.JetRollback(w.ses, JET_bitRollbackAll)).toBe(JET_errOutOfMemory);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errOutOfMemory);
    expect(level(w)).toBe(2);
  });

  it('the sticky failure does not hide the grbit check', () => {
    const w = failedAt(1);
    expect(w.api.JetRollback(w.ses, 0x4)).toBe(JET_errInvalidGrbit);
  });

  it('at level 7 the begin answers TransTooDeep before RollbackError', () => {
    const w = failedAt(7);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errTransTooDeep);
  });

  it('the temp tables of the failed level were already closed (cursors go first)', () => {
    const w = setup();
    begin(w);
    const t1 = openTt(w);
    begin(w);
    const t2 = openTt(w);
    expect(w.emu.failStep('Rollback.level', { code: JET_errOutOfMemory })).toBe(JET_errSuccess);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errOutOfMemory);
    expectClosed(w, t2);
    expect(cursorHandles(w)).toEqual([t1.tableid]);
  });

  it('RollbackAll failing on the second level stops there', () => {
    const w = setup();
    begin(w, 3);
    expect(w.emu.failStep('Rollback.level', { code: JET_errOutOfMemory, nth: 2 })).toBe(JET_errSuccess);
    expect(w.api.JetRollback(w.ses, JET_bitRollbackAll)).toBe(JET_errOutOfMemory);
    expect(w.emu.setInstanceUnavailable(w.inst, 0)).toBe(JET_errSuccess);
    expect(level(w)).toBe(2);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errRollbackError);
  });

  it('once the instance is back, other sessions are not affected', () => {
    const w = failedAt(1);
    const other = out<JET_SESID>();
    expect(w.api.JetBeginSession(w.inst, other, '', '')).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(other.value)).toBe(JET_errSuccess);
    expect(w.api.JetRollback(other.value, 0)).toBe(JET_errSuccess);
  });
});
