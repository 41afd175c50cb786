/**
 * Versioned table data (src/engine/tableData.ts) where mutation testing found no test. Expected values from the
 * engine's rules (ese-semantics.md §7, ver.cxx): a transaction reads the database as of its begin (snapshot
 * isolation), whatever commits later and whoever else is in a transaction; a nested commit hands its versions
 * to the enclosing level, where they stay until the outermost transaction ends, so another session's update of
 * the record is a WriteConflict until then; an escrow delta conflicts with another session's write lock, and its
 * own hold ends with the transaction; unique keys clash only when equal.
 */
import {
  out, JET_bitColumnEscrowUpdate, JET_bitIndexUnique, JET_bitReadLock, JET_bitSeekEQ, JET_coltypLong, JET_errKeyDuplicate,
  JET_errSuccess, JET_errWriteConflict, JET_prepInsert, JET_prepReplace,
} from '../../src';
import type { JET_COLUMNID, JET_SESID, JET_TABLEID } from '../../src';
import {
  addColumn, createIndex, createPeople, fill, insertPerson, int32, intOf, isam, openTable, peer, PEOPLE,
  People, seekInt, self, sides,
} from '../support/isam';
import type { IsamApi } from '../support/isam';

function setAge(api: IsamApi, ses: JET_SESID, t: People, id: number, age: number): number {
  expect(seekInt(api, ses, t.tableid, id, JET_bitSeekEQ)).toBe(JET_errSuccess);
  let rc = api.JetPrepareUpdate(ses, t.tableid, JET_prepReplace);
  if (rc !== JET_errSuccess) return rc;
  expect(api.JetSetColumn(ses, t.tableid, t.age, int32(age), 4, 0, null)).toBe(JET_errSuccess);
  rc = api.JetUpdate(ses, t.tableid, null, 0, null);
  if (rc !== JET_errSuccess) expect(api.JetPrepareUpdate(ses, t.tableid, 3)).toBe(JET_errSuccess);
  return rc;
}

function ageOf(api: IsamApi, ses: JET_SESID, t: People, id: number): number | null {
  expect(seekInt(api, ses, t.tableid, id, JET_bitSeekEQ)).toBe(JET_errSuccess);
  return intOf(api, ses, t.tableid, t.age);
}

describe('snapshots: the oldest transaction keeps what it reads', () => {
  it('a transaction older than two newer ones still reads the record as of its begin after two commits', () => {
    const w = isam();
    const c = createPeople(w.api, self(w), true);
    const s1 = { ses: w.ses, t: { ...c, tableid: openTable(w.api, self(w), PEOPLE) } };
    const p2 = peer(w);
    const s2 = { ses: p2.ses, t: { ...c, tableid: openTable(w.api, p2, PEOPLE) } };
    const p3 = peer(w);
    const s3 = { ses: p3.ses, t: { ...c, tableid: openTable(w.api, p3, PEOPLE) } };
    const pw = peer(w);
    const writer = { ses: pw.ses, t: { ...c, tableid: openTable(w.api, pw, PEOPLE) } };
    fill(w.api, writer.ses, writer.t, [[10, 'a', 1]]);
    // s2 begins first (the oldest), the writer commits, s1 and s3 begin, the writer commits again.
    expect(w.api.JetBeginTransaction(s2.ses)).toBe(JET_errSuccess);
    expect(setAge(w.api, writer.ses, writer.t, 10, 2)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(s1.ses)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(s3.ses)).toBe(JET_errSuccess);
    expect(setAge(w.api, writer.ses, writer.t, 10, 3)).toBe(JET_errSuccess);
    expect(ageOf(w.api, s2.ses, s2.t, 10)).toBe(1);
    expect(ageOf(w.api, s1.ses, s1.t, 10)).toBe(2);
    expect(ageOf(w.api, s3.ses, s3.t, 10)).toBe(2);
    expect(ageOf(w.api, writer.ses, writer.t, 10)).toBe(3);
  });
});

describe('write locks of nested levels', () => {
  it('a change committed from level 2 to level 1 stays locked when a later inner level is rolled back', () => {
    const w = isam();
    const c = createPeople(w.api, self(w), true);
    const { a, b } = sides(w, c);
    fill(w.api, a.ses, a.t, [[10, 'a', 1]]);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(setAge(w.api, a.ses, a.t, 10, 2)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess);
    // a is at level 2 and still holds its level-1 change.
    expect(setAge(w.api, b.ses, b.t, 10, 9)).toBe(JET_errWriteConflict);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess);
    expect(setAge(w.api, b.ses, b.t, 10, 9)).toBe(JET_errWriteConflict);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess);
    expect(setAge(w.api, b.ses, b.t, 10, 9)).toBe(JET_errSuccess);
  });
});

describe('write locks of two levels', () => {
  it('the locks of level 1 and of a level 2 committed into it all end with the rollback of the transaction', () => {
    const w = isam();
    const c = createPeople(w.api, self(w), true);
    const { a, b } = sides(w, c);
    fill(w.api, a.ses, a.t, [[10, 'a', 1], [20, 'b', 2]]);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(setAge(w.api, a.ses, a.t, 10, 5)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(setAge(w.api, a.ses, a.t, 20, 6)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(setAge(w.api, b.ses, b.t, 10, 9)).toBe(JET_errWriteConflict);
    expect(setAge(w.api, b.ses, b.t, 20, 9)).toBe(JET_errWriteConflict);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess);
    expect(setAge(w.api, b.ses, b.t, 10, 9)).toBe(JET_errSuccess);
    expect(setAge(w.api, b.ses, b.t, 20, 9)).toBe(JET_errSuccess);
  });
});

describe('unique secondary keys', () => {
  function uniqueNames() {
    const w = isam();
    const c = createPeople(w.api, self(w));
    expect(createIndex(w.api, w.ses, c.tableid, 'uName', JET_bitIndexUnique, '+name')).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(w.ses, c.tableid)).toBe(JET_errSuccess);
    return { w, ...sides(w, c) };
  }

  it('two sessions delete records with different unique keys without conflict', () => {
    const { w, a, b } = uniqueNames();
    fill(w.api, a.ses, a.t, [[10, 'a', 1], [20, 'b', 2]]);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(seekInt(w.api, a.ses, a.t.tableid, 10, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetDelete(a.ses, a.t.tableid)).toBe(JET_errSuccess);
    expect(seekInt(w.api, b.ses, b.t.tableid, 20, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetDelete(b.ses, b.t.tableid)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
  });

  // A replace that leaves a unique key as it was does not touch that index entry, so another session inserting
  // the same key meets the committed entry: KeyDuplicate, not a conflict with the replacing transaction.
  it('a duplicate of a key that another transaction\'s replace keeps is KeyDuplicate', () => {
    const { w, a, b } = uniqueNames();
    fill(w.api, a.ses, a.t, [[10, 'a', 1]]);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(setAge(w.api, a.ses, a.t, 10, 2)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, b.ses, b.t, 20, 'a', 3)).toBe(JET_errKeyDuplicate);
  });

  it('a key that is a prefix of a taken one is not a duplicate; an equal one is; a record keeps its own key', () => {
    const { w, a } = uniqueNames();
    fill(w.api, a.ses, a.t, [[10, 'abc', 1]]);
    expect(insertPerson(w.api, a.ses, a.t, 20, 'ab', 2)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, a.ses, a.t, 30, 'abc', 3)).toBe(JET_errKeyDuplicate);
    expect(w.api.JetPrepareUpdate(a.ses, a.t.tableid, 3)).toBe(JET_errSuccess);
    // Replacing another column of a record leaves its unique key where it is: no KeyDuplicate with itself.
    expect(setAge(w.api, a.ses, a.t, 10, 7)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(setAge(w.api, a.ses, a.t, 20, 8)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(ageOf(w.api, a.ses, a.t, 10)).toBe(7);
    expect(ageOf(w.api, a.ses, a.t, 20)).toBe(8);
  });
});

describe('escrow deltas and write locks', () => {
  function counter() {
    const w = isam();
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'counters', 0, 100, box)).toBe(JET_errSuccess);
    const id = addColumn(w.api, w.ses, box.value, 'id', { coltyp: JET_coltypLong });
    const n = addColumn(w.api, w.ses, box.value, 'n', { coltyp: JET_coltypLong, grbit: JET_bitColumnEscrowUpdate }, int32(0));
    expect(createIndex(w.api, w.ses, box.value, 'primary', 0x1 | 0x2, '+id')).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, box.value, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, box.value, id, int32(1), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, box.value, null, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(w.ses, box.value)).toBe(JET_errSuccess);
    const p = peer(w);
    const a = { ses: w.ses, t: openTable(w.api, self(w), 'counters') };
    const b = { ses: p.ses, t: openTable(w.api, p, 'counters') };
    for (const s of [a, b]) expect(seekInt(w.api, s.ses, s.t, 1, JET_bitSeekEQ)).toBe(JET_errSuccess);
    return { w, a, b, n };
  }
  const escrow = (api: IsamApi, ses: JET_SESID, t: JET_TABLEID, n: JET_COLUMNID, delta: number): number =>
    api.JetEscrowUpdate(ses, t, n, int32(delta), 4, null, 0, null, 0);

  it('a delta on a record another session holds the write lock of is a WriteConflict', () => {
    const { w, a, b, n } = counter();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(a.ses, a.t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(escrow(w.api, b.ses, b.t, n, 1)).toBe(JET_errWriteConflict);
  });

  // ver.cxx 4176-4260 (ese-semantics.md §7.5): deltas commute with deltas and read locks with read locks; a new
  // operation of another kind than an active chain of them conflicts with any active version by another session,
  // and a session's own versions never do.
  it("a's delta: b's read lock is WriteConflict, b's delta commutes", () => {
    const { w, a, b, n } = counter();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(escrow(w.api, a.ses, a.t, n, 2)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(w.api.JetGetLock(b.ses, b.t, JET_bitReadLock)).toBe(JET_errWriteConflict);
    expect(escrow(w.api, b.ses, b.t, n, 3)).toBe(JET_errSuccess);
  });

  it("a's own delta is not in the way of a's read lock; b's delta then meets that read lock", () => {
    const { w, a, b, n } = counter();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(escrow(w.api, a.ses, a.t, n, 2)).toBe(JET_errSuccess);
    expect(w.api.JetGetLock(a.ses, a.t, JET_bitReadLock)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(escrow(w.api, b.ses, b.t, n, 3)).toBe(JET_errWriteConflict);
  });

  it("b's read lock: a's delta is WriteConflict", () => {
    const { w, a, b, n } = counter();
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(w.api.JetGetLock(b.ses, b.t, JET_bitReadLock)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(escrow(w.api, a.ses, a.t, n, 1)).toBe(JET_errWriteConflict);
  });

  it("a delta committed after b's transaction began: b's replace is WriteConflict, b's own delta still commutes", () => {
    // ver.cxx 4176-4260: a version committed after my trxBegin0 is active not by me; deltas commute with deltas.
    const { w, a, b, n } = counter();
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(escrow(w.api, a.ses, a.t, n, 5)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(b.ses, b.t, JET_prepReplace)).toBe(JET_errWriteConflict);
    expect(escrow(w.api, b.ses, b.t, n, 1)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    expect(intOf(w.api, a.ses, a.t, n)).toBe(6);
  });

  it('the hold of a committed delta ends with its transaction: another session can then replace the record', () => {
    const { w, a, b, n } = counter();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(escrow(w.api, a.ses, a.t, n, 5)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(b.ses, b.t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(b.ses, b.t, n, int32(9), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(b.ses, b.t, null, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    expect(intOf(w.api, a.ses, a.t, n)).toBe(9);
  });
});

describe('nested levels: a commit hands its changes to the level below', () => {
  // ese-semantics.md §7 (ver.cxx): JetCommitTransaction at level n makes the level's changes part of level n-1;
  // a rollback of level n-1 then undoes them, and leaves what lower levels did.
  it('a level-3 change committed into level 2 goes with the rollback of level 2; level 1 keeps its own', () => {
    const w = isam();
    const c = createPeople(w.api, self(w), true);
    const { a } = sides(w, c);
    fill(w.api, a.ses, a.t, [[10, 'a', 1]]);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(setAge(w.api, a.ses, a.t, 10, 2)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(setAge(w.api, a.ses, a.t, 10, 3)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(ageOf(w.api, a.ses, a.t, 10)).toBe(3);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess);
    expect(ageOf(w.api, a.ses, a.t, 10)).toBe(2);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess);
    expect(ageOf(w.api, a.ses, a.t, 10)).toBe(1);
  });

  it('a commit of an inner level that did not touch the table leaves level 1 change in place for a rollback to 1', () => {
    const w = isam();
    const c = createPeople(w.api, self(w), true);
    const { a } = sides(w, c);
    fill(w.api, a.ses, a.t, [[10, 'a', 1]]);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(setAge(w.api, a.ses, a.t, 10, 2)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess);
    expect(ageOf(w.api, a.ses, a.t, 10)).toBe(2);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess);
    expect(ageOf(w.api, a.ses, a.t, 10)).toBe(1);
  });
});
