/**
 * The engine's own transaction around a change (dir.cxx ErrDIRBeginTransaction, begun by recupd.cxx ErrRECIInsert /
 * ErrRECIReplace / ErrIsamDelete / ErrRECIEscrowUpdate and by the DDL in fcreate.cxx): after a rollback of the
 * session failed it answers RollbackError (dir.cxx 1818-1822); inside an open transaction, a thread that does not
 * own it gets SessionSharingViolation (dir.cxx 1872-1879). Reads are not gated so. Also the replace in which no
 * column was set (recupd.cxx ErrRECIReplace, !FFUCBAnyColumnSet): a ReplaceNoLock still checks the record first
 * (ErrRECUpgradeReplaceNoLock), then nothing is written.
 */
import {
  newThreadId, onThread, out, JET_bitColumnEscrowUpdate, JET_bitColumnFixed, JET_bitSetContiguousLV,
  JET_bitSetSeparateLV, JET_bitTableDenyRead, JET_coltypLong, JET_coltypLongBinary, JET_errOutOfMemory,
  JET_errRollbackError, JET_errSessionSharingViolation, JET_errSuccess, JET_errWriteConflict, JET_MoveFirst,
  JET_prepInsert, JET_prepReplace, JET_prepReplaceNoLock,
} from '../../src';
import type { JET_COLUMNID, JET_TABLEID } from '../../src';
import { addColumn, createPeople, fill, int32, intOf, isam, openTable, peer, seekInt, self } from '../support/isam';
import type { Isam } from '../support/isam';

interface World {
  w: Isam;
  t: JET_TABLEID;
  n: JET_COLUMNID;
  e: JET_COLUMNID;
}

/** Table "t" (n Long, e Long escrow with default 0) holding one record, open on the main session. */
function world(): World {
  const w = isam();
  const box = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, 't', 0, 100, box)).toBe(JET_errSuccess);
  const n = addColumn(w.api, w.ses, box.value, 'n', { coltyp: JET_coltypLong });
  const e = addColumn(w.api, w.ses, box.value, 'e', { coltyp: JET_coltypLong, grbit: JET_bitColumnEscrowUpdate | JET_bitColumnFixed }, int32(0));
  expect(w.api.JetCloseTable(w.ses, box.value)).toBe(JET_errSuccess);
  const t = openTable(w.api, self(w), 't');
  expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
  expect(w.api.JetSetColumn(w.ses, t, n, int32(1), 4, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
  return { w, t, n, e };
}

/** Each change call, made once (a prepared insert is set up first where needed). */
function changes(x: World): Array<[string, () => number]> {
  const { w, t } = x;
  return [
    ['JetUpdate', () => w.api.JetUpdate(w.ses, t, null, 0, null)],
    ['JetDelete', () => w.api.JetDelete(w.ses, t)],
    ['JetEscrowUpdate', () => w.api.JetEscrowUpdate(w.ses, t, x.e, int32(1), 4, null, 0, null, 0)],
    ['JetAddColumn', () => w.api.JetAddColumn(w.ses, t, 'added', { coltyp: JET_coltypLong }, null, 0, out<JET_COLUMNID>())],
    ['JetCreateIndex', () => w.api.JetCreateIndex(w.ses, t, 'ix', 0, '+n\0\0', 4, 100)],
    ['JetCreateTable', () => w.api.JetCreateTable(w.ses, w.dbid, 'other', 0, 100, out<JET_TABLEID>())],
    ['JetDeleteTable', () => w.api.JetDeleteTable(w.ses, w.dbid, 'gone')],
  ];
}

/** A world where change i can run: a table 'gone' to delete, and for JetUpdate (only) an insert prepared. */
function readyFor(i: number): World {
  const x = world();
  expect(x.w.api.JetCreateTable(x.w.ses, x.w.dbid, 'gone', 0, 100, out<JET_TABLEID>())).toBe(JET_errSuccess);
  // JetUpdate needs a prepared insert; the others must find none (JetEscrowUpdate would be AlreadyPrepared).
  if (i === 0) {
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(x.w.api.JetSetColumn(x.w.ses, x.t, x.n, int32(2), 4, 0, null)).toBe(JET_errSuccess);
  }
  return x;
}

describe('the engine\'s own transaction around a change', () => {
  it('a thread that does not own the session\'s open transaction gets SessionSharingViolation from each change', () => {
    for (let i = 0; i < 7; i++) {
      const x = readyFor(i);
      // Level 1 is begun on another thread: the main thread does not own it.
      expect(onThread(newThreadId(), () => x.w.api.JetBeginTransaction(x.w.ses))).toBe(JET_errSuccess);
      const [name, call] = changes(x)[i];
      expect([name, call()]).toEqual([name, JET_errSessionSharingViolation]);
      // A read is not refused so.
      expect(intOf(x.w.api, x.w.ses, x.t, x.n)).toBe(1);
    }
  });

  it('after a rollback that failed, each change is RollbackError', () => {
    for (let i = 0; i < 7; i++) {
      const x = readyFor(i);
      expect(x.w.api.JetBeginTransaction(x.w.ses)).toBe(JET_errSuccess);
      x.w.emu.failStep('Rollback.level', { code: JET_errOutOfMemory });
      expect(x.w.api.JetRollback(x.w.ses, 0)).toBe(JET_errOutOfMemory);
      x.w.emu.setInstanceUnavailable(x.w.inst, 0);
      const [name, call] = changes(x)[i];
      expect([name, call()]).toEqual([name, JET_errRollbackError]);
    }
  });

  it('the thread that owns the transaction changes as usual', () => {
    const x = world();
    expect(x.w.api.JetBeginTransaction(x.w.ses)).toBe(JET_errSuccess);
    expect(x.w.api.JetEscrowUpdate(x.w.ses, x.t, x.e, int32(5), 4, null, 0, null, 0)).toBe(JET_errSuccess);
    expect(intOf(x.w.api, x.w.ses, x.t, x.e)).toBe(5);
  });
});

describe('a replace in which no column was set', () => {
  it('a ReplaceNoLock still meets another session\'s lock or change (WriteConflict); nothing is written', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    fill(w.api, w.ses, p, [[1, 'ann', 30]]);
    expect(w.api.JetCloseTable(w.ses, p.tableid)).toBe(JET_errSuccess);
    const b = peer(w);
    const bt = openTable(w.api, b, 'people');
    const mine = openTable(w.api, self(w), 'people');
    expect(seekInt(w.api, w.ses, mine, 1, 0x1)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, mine, JET_prepReplaceNoLock)).toBe(JET_errSuccess);
    // Another session replaces the record and keeps its transaction open: its write lock is in the way.
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(seekInt(w.api, b.ses, bt, 1, 0x1)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(b.ses, bt, JET_prepReplace)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(b.ses, bt, p.age, int32(31), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(b.ses, bt, null, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, mine, null, 0, null)).toBe(JET_errWriteConflict);
    // Committed, the record has changed since the prepare: still WriteConflict.
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, mine, null, 0, null)).toBe(JET_errWriteConflict);
    // Prepared again on the new record, with nothing set, it succeeds and writes nothing.
    expect(w.api.JetPrepareUpdate(w.ses, mine, 3)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, mine, JET_prepReplaceNoLock)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, mine, null, 0, null)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, mine, p.age)).toBe(31);
  });
});

describe('JetSetColumn grbits', () => {
  it('ContiguousLV with SeparateLV on a value larger than any page is accepted', () => {
    const x = world();
    const box = out<JET_TABLEID>();
    expect(x.w.api.JetOpenTable(x.w.ses, x.w.dbid, 't', null, 0, JET_bitTableDenyRead, box)).toBe(JET_errSuccess);
    const lv = addColumn(x.w.api, x.w.ses, box.value, 'lv', { coltyp: JET_coltypLongBinary });
    const big = new Uint8Array(40000).fill(7);
    // lv.cxx ErrRECSetLongField: long values are set only inside a transaction.
    expect(x.w.api.JetBeginTransaction(x.w.ses)).toBe(JET_errSuccess);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, box.value, JET_prepInsert)).toBe(JET_errSuccess);
    expect(x.w.api.JetSetColumn(x.w.ses, box.value, lv, big, big.length, JET_bitSetContiguousLV | JET_bitSetSeparateLV, null)).toBe(JET_errSuccess);
    expect(x.w.api.JetUpdate(x.w.ses, box.value, null, 0, null)).toBe(JET_errSuccess);
    expect(x.w.api.JetCommitTransaction(x.w.ses, 0)).toBe(JET_errSuccess);
  });
});
