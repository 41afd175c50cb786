/**
 * JetGetLock, write conflicts of replaces / deletes, and escrow against locks, with two sessions on one database.
 * Every expected value comes from the engine source (microsoft/Extensible-Storage-Engine, dev/ese/src/ese):
 * - rec.cxx ErrIsamGetLock (37-119): level check, then the switch on grbit & (WriteLock | ReadLock) (other bits are
 *   not checked), then JET_bitKeyLock (KeyNotMade without a search key, else the lock is on the search key), else
 *   dir.cxx ErrDIRGetLock (1507-1545): ErrDIRIRefresh does a deferred MoveFirst, then anything but locOnCurBM is
 *   NoCurrentRecord; bt.cxx ErrBTLock (5164-5210) only makes a version (no check that the record is deleted).
 * - ver.cxx FVERIWriteConflict (4160-4300): readLock / delta commute only with versions of the same oper.
 * - fldmod.cxx ErrIsamPrepareUpdate: Replace at level 0 goes to ReplaceNoLock (1138-1141), which stores a checksum of
 *   the record (1211-1214); recupd.cxx ErrRECUpgradeReplaceNoLock (2867-2905) write-locks, then compares the checksum.
 * - recupd.cxx ErrIsamDelete (2302-2380): a prepared update (other than InsertCopyDeleteOriginal) is cancelled before
 *   the write lock is taken.
 */
import {
  out,
  JET_bitColumnEscrowUpdate, JET_bitColumnFixed, JET_bitIndexPrimary, JET_bitIndexUnique,
  JET_bitReadLock, JET_bitSeekEQ, JET_bitWriteLock,
  JET_coltypLong, JET_errNoCurrentRecord, JET_errNotInTransaction, JET_errSuccess,
  JET_errUpdateNotPrepared, JET_errWriteConflict, JET_MoveFirst, JET_MovePrevious,
  JET_prepInsert, JET_prepReplace, JET_prepReplaceNoLock,
} from '../../src';
import type { JET_COLUMNID, JET_SESID, JET_TABLEID } from '../../src';
import {
  addColumn, createIndex, createPeople, fill, int32, intOf, isam, openTable, peer, seekInt, self, sides,
} from '../support/isam';
import type { Isam, IsamApi, Side } from '../support/isam';


/** people 1..3 (ages 10, 20, 30) committed; sessions a and b with fresh cursors. */
function two(): { w: Isam; a: Side; b: Side } {
  const w = isam();
  const c = createPeople(w.api, self(w));
  fill(w.api, w.ses, c, [[1, 'one', 10], [2, 'two', 20], [3, 'three', 30]]);
  expect(w.api.JetCloseTable(w.ses, c.tableid)).toBe(JET_errSuccess);
  return { w, ...sides(w, c) };
}

function goto(api: IsamApi, s: Side, id: number): void {
  expect(seekInt(api, s.ses, s.t.tableid, id, JET_bitSeekEQ)).toBe(JET_errSuccess);
}

function setAge(api: IsamApi, s: Side, age: number): void {
  expect(api.JetSetColumn(s.ses, s.t.tableid, s.t.age, int32(age), 4, 0, null)).toBe(JET_errSuccess);
}

function update(api: IsamApi, s: Side): number {
  return api.JetUpdate(s.ses, s.t.tableid, null, 0, null);
}

function replaceAge(api: IsamApi, s: Side, id: number, age: number): void {
  goto(api, s, id);
  expect(api.JetPrepareUpdate(s.ses, s.t.tableid, JET_prepReplace)).toBe(JET_errSuccess);
  setAge(api, s, age);
  expect(update(api, s)).toBe(JET_errSuccess);
}

function idHere(api: IsamApi, s: Side): number | null {
  return intOf(api, s.ses, s.t.tableid, s.t.id);
}

describe('JetGetLock: order of checks and grbit (rec.cxx ErrIsamGetLock 37-72)', () => {
  it('at level 0 a bad grbit is NotInTransaction: the level check (48-49) comes before the grbit switch (51-71)', () => {
    const { w, a } = two();
    goto(w.api, a, 1);
    expect(w.api.JetGetLock(a.ses, a.t.tableid, 0)).toBe(JET_errNotInTransaction);
    expect(w.api.JetGetLock(a.ses, a.t.tableid, JET_bitReadLock | JET_bitWriteLock)).toBe(JET_errNotInTransaction);
  });

  it('bits outside WriteLock | ReadLock | KeyLock are not checked: the switch masks them (51)', () => {
    const { w, a } = two();
    goto(w.api, a, 1);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetGetLock(a.ses, a.t.tableid, JET_bitReadLock | 0x100)).toBe(JET_errSuccess);
    expect(w.api.JetGetLock(a.ses, a.t.tableid, JET_bitWriteLock | 0x1000)).toBe(JET_errSuccess);
  });

});

describe('JetGetLock without a current record (dir.cxx ErrDIRGetLock 1507-1545)', () => {
  it('before the first record: NoCurrentRecord', () => {
    const { w, a } = two();
    expect(w.api.JetMove(a.ses, a.t.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(w.api.JetMove(a.ses, a.t.tableid, JET_MovePrevious, 0)).toBe(JET_errNoCurrentRecord);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetGetLock(a.ses, a.t.tableid, JET_bitReadLock)).toBe(JET_errNoCurrentRecord);
    expect(w.api.JetGetLock(a.ses, a.t.tableid, JET_bitWriteLock)).toBe(JET_errNoCurrentRecord);
  });

  it('a new cursor: ErrDIRIRefresh does the deferred MoveFirst and the first record is locked', () => {
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetGetLock(a.ses, a.t.tableid, JET_bitWriteLock)).toBe(JET_errSuccess);
    expect(idHere(w.api, a)).toBe(1);
    goto(w.api, b, 1);
    expect(w.api.JetDelete(b.ses, b.t.tableid)).toBe(JET_errWriteConflict);
  });

  it('a new cursor on an empty table: NoCurrentRecord (ErrDIRIIRefresh turns RecordNotFound into it)', () => {
    const w = isam();
    const c = createPeople(w.api, self(w));
    expect(w.api.JetCloseTable(w.ses, c.tableid)).toBe(JET_errSuccess);
    const { a } = sides(w, c);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetGetLock(a.ses, a.t.tableid, JET_bitReadLock)).toBe(JET_errNoCurrentRecord);
  });

});

describe('read locks against committed versions (ver.cxx FVERIWriteConflict 4183-4210)', () => {
  it("b's replace committed after a began: a's read lock is WriteConflict (the walk meets operReplace)", () => {
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    goto(w.api, a, 1);
    replaceAge(w.api, b, 1, 11); // level 0: committed at once
    expect(w.api.JetGetLock(a.ses, a.t.tableid, JET_bitReadLock)).toBe(JET_errWriteConflict);
    expect(w.api.JetGetLock(a.ses, a.t.tableid, JET_bitWriteLock)).toBe(JET_errWriteConflict);
  });

  it("a's read lock committed after b began: b's read lock commutes, b's write lock conflicts", () => {
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    goto(w.api, b, 1);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    goto(w.api, a, 1);
    expect(w.api.JetGetLock(a.ses, a.t.tableid, JET_bitReadLock)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetGetLock(b.ses, b.t.tableid, JET_bitReadLock)).toBe(JET_errSuccess);
    expect(w.api.JetGetLock(b.ses, b.t.tableid, JET_bitWriteLock)).toBe(JET_errWriteConflict);
  });

  it('a transaction begun after the read lock committed is free', () => {
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    goto(w.api, a, 1);
    expect(w.api.JetGetLock(a.ses, a.t.tableid, JET_bitReadLock)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    goto(w.api, b, 1);
    expect(w.api.JetGetLock(b.ses, b.t.tableid, JET_bitWriteLock)).toBe(JET_errSuccess);
  });
});

describe('JetDelete cancels a prepared update before it locks (recupd.cxx ErrIsamDelete 2339-2352)', () => {
  it('ReplaceNoLock at level 0, b holds the record: JetDelete is WriteConflict and the update is gone', () => {
    const { w, a, b } = two();
    goto(w.api, a, 1);
    expect(w.api.JetPrepareUpdate(a.ses, a.t.tableid, JET_prepReplace)).toBe(JET_errSuccess); // as ReplaceNoLock
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    replaceAge(w.api, b, 1, 11);
    expect(w.api.JetDelete(a.ses, a.t.tableid)).toBe(JET_errWriteConflict);
    expect(update(w.api, a)).toBe(JET_errUpdateNotPrepared);
    expect(idHere(w.api, a)).toBe(1); // the cursor is still on record 1
  });

  it('a Replace prepared (locked) in a transaction: JetDelete succeeds and nothing is prepared afterwards', () => {
    const { w, a } = two();
    goto(w.api, a, 1);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(a.ses, a.t.tableid, JET_prepReplace)).toBe(JET_errSuccess);
    expect(w.api.JetDelete(a.ses, a.t.tableid)).toBe(JET_errSuccess);
    expect(update(w.api, a)).toBe(JET_errUpdateNotPrepared);
  });

  it('a prepared insert is cancelled too, and the current record is deleted', () => {
    const { w, a } = two();
    goto(w.api, a, 2);
    expect(w.api.JetPrepareUpdate(a.ses, a.t.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetDelete(a.ses, a.t.tableid)).toBe(JET_errSuccess);
    expect(update(w.api, a)).toBe(JET_errUpdateNotPrepared);
    expect(seekInt(w.api, a.ses, a.t.tableid, 2, JET_bitSeekEQ)).not.toBe(JET_errSuccess);
  });
});

describe('ReplaceNoLock at level 0: the checksum (fldmod.cxx 1211-1214, recupd.cxx ErrRECUpgradeReplaceNoLock)', () => {
  it("b's uncommitted change: JetUpdate is WriteConflict and stays prepared; after b's rollback a retry succeeds", () => {
    const { w, a, b } = two();
    goto(w.api, a, 1);
    expect(w.api.JetPrepareUpdate(a.ses, a.t.tableid, JET_prepReplaceNoLock)).toBe(JET_errSuccess);
    setAge(w.api, a, 55);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    replaceAge(w.api, b, 1, 11);
    expect(update(w.api, a)).toBe(JET_errWriteConflict); // ErrDIRGetLock
    expect(w.api.JetRollback(b.ses, 0)).toBe(JET_errSuccess);
    expect(update(w.api, a)).toBe(JET_errSuccess); // the record's bytes are back: the checksum matches
    goto(w.api, a, 1);
    expect(intOf(w.api, a.ses, a.t.tableid, a.t.age)).toBe(55);
  });

  it("b's change committed after the prepare: WriteConflict, and again on a retry (the checksum never matches)", () => {
    const { w, a, b } = two();
    goto(w.api, a, 1);
    expect(w.api.JetPrepareUpdate(a.ses, a.t.tableid, JET_prepReplaceNoLock)).toBe(JET_errSuccess);
    setAge(w.api, a, 55);
    replaceAge(w.api, b, 1, 11);
    expect(update(w.api, a)).toBe(JET_errWriteConflict);
    expect(update(w.api, a)).toBe(JET_errWriteConflict);
    expect(idHere(w.api, a)).toBe(1);
  });

  it('a replace with no column set still upgrades the lock first: WriteConflict (recupd.cxx 3018-3030)', () => {
    const { w, a, b } = two();
    goto(w.api, a, 1);
    expect(w.api.JetPrepareUpdate(a.ses, a.t.tableid, JET_prepReplaceNoLock)).toBe(JET_errSuccess);
    replaceAge(w.api, b, 1, 11);
    expect(update(w.api, a)).toBe(JET_errWriteConflict);
  });
});

describe('a failed JetPrepareUpdate(Replace) in a transaction leaves nothing prepared (fldmod.cxx 1151-1152)', () => {
  it('JetUpdate is UpdateNotPrepared, ReplaceNoLock then prepares, and the cursor stays on the record', () => {
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    replaceAge(w.api, b, 2, 21);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    goto(w.api, a, 2);
    expect(w.api.JetPrepareUpdate(a.ses, a.t.tableid, JET_prepReplace)).toBe(JET_errWriteConflict);
    expect(update(w.api, a)).toBe(JET_errUpdateNotPrepared);
    expect(idHere(w.api, a)).toBe(2);
    expect(w.api.JetPrepareUpdate(a.ses, a.t.tableid, JET_prepReplaceNoLock)).toBe(JET_errSuccess);
    expect(update(w.api, a)).toBe(JET_errWriteConflict);
  });
});

// ---- escrow against locks -------------------------------------------------------------------------------

interface Counter {
  w: Isam;
  n: JET_COLUMNID;
  ta: JET_TABLEID;
  tb: JET_TABLEID;
  sb: JET_SESID;
}

/** counters(id Long primary, n Long escrow default 0), record id 1 n 100; a and b each with a cursor on it. */
function counter(): Counter {
  const w = isam();
  const box = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, 'counters', 0, 100, box)).toBe(JET_errSuccess);
  const t = box.value;
  const id = addColumn(w.api, w.ses, t, 'id', { coltyp: JET_coltypLong });
  const n = addColumn(w.api, w.ses, t, 'n', { coltyp: JET_coltypLong, grbit: JET_bitColumnFixed | JET_bitColumnEscrowUpdate }, int32(0));
  expect(createIndex(w.api, w.ses, t, 'primary', JET_bitIndexPrimary | JET_bitIndexUnique, '+id')).toBe(JET_errSuccess);
  expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
  expect(w.api.JetSetColumn(w.ses, t, id, int32(1), 4, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetSetColumn(w.ses, t, n, int32(100), 4, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetCloseTable(w.ses, t)).toBe(JET_errSuccess);
  const pb = peer(w);
  const ta = openTable(w.api, self(w), 'counters');
  const tb = openTable(w.api, pb, 'counters');
  expect(w.api.JetMove(w.ses, ta, JET_MoveFirst, 0)).toBe(JET_errSuccess);
  expect(w.api.JetMove(pb.ses, tb, JET_MoveFirst, 0)).toBe(JET_errSuccess);
  return { w, n, ta, tb, sb: pb.ses };
}

function escrow(c: Counter, ses: JET_SESID, t: JET_TABLEID, d: number): number {
  return c.w.api.JetEscrowUpdate(ses, t, c.n, int32(d), 4, null, 0, null, 0);
}

describe('escrow deltas and read locks do not commute (ver.cxx FVERIWriteConflict: different opers)', () => {
  it("a's uncommitted read lock: b's delta is WriteConflict", () => {
    const c = counter();
    const { w } = c;
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetGetLock(w.ses, c.ta, JET_bitReadLock)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(c.sb)).toBe(JET_errSuccess);
    expect(escrow(c, c.sb, c.tb, 1)).toBe(JET_errWriteConflict);
  });

  it("b's uncommitted delta: a's read lock is WriteConflict, a's delta commutes", () => {
    const c = counter();
    const { w } = c;
    expect(w.api.JetBeginTransaction(c.sb)).toBe(JET_errSuccess);
    expect(escrow(c, c.sb, c.tb, 1)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetGetLock(w.ses, c.ta, JET_bitReadLock)).toBe(JET_errWriteConflict);
    expect(escrow(c, w.ses, c.ta, 2)).toBe(JET_errSuccess);
  });

  it("b's delta committed after a began: a's delta commutes, a's read lock and a's replace are WriteConflict", () => {
    const c = counter();
    const { w } = c;
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(c.sb)).toBe(JET_errSuccess);
    expect(escrow(c, c.sb, c.tb, 1)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(c.sb, 0)).toBe(JET_errSuccess);
    expect(w.api.JetGetLock(w.ses, c.ta, JET_bitReadLock)).toBe(JET_errWriteConflict);
    expect(w.api.JetPrepareUpdate(w.ses, c.ta, JET_prepReplace)).toBe(JET_errWriteConflict);
    expect(escrow(c, w.ses, c.ta, 2)).toBe(JET_errSuccess);
    // what a reads: its snapshot (100) plus its own delta; b's committed delta is compensated (DeltaVERGetDelta)
    expect(intOf(w.api, w.ses, c.ta, c.n)).toBe(102);
  });

  it("a's own read lock then a's delta, with b's read lock also held: WriteConflict (walk of all versions, 4240-4262)", () => {
    const c = counter();
    const { w } = c;
    expect(w.api.JetBeginTransaction(c.sb)).toBe(JET_errSuccess);
    expect(w.api.JetGetLock(c.sb, c.tb, JET_bitReadLock)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetGetLock(w.ses, c.ta, JET_bitReadLock)).toBe(JET_errSuccess);
    expect(escrow(c, w.ses, c.ta, 1)).toBe(JET_errWriteConflict);
  });
});
