/**
 * Snapshot isolation between sessions of one instance (ese-semantics.md §7.2, §7.5; managedesent-api.md §7 items
 * 11-12): another session never sees uncommitted inserts, replaces or deletes; a transaction sees the database as
 * of its level-0 JetBeginTransaction (dir.cxx ErrDIRBeginTransaction takes trxBegin0 there) plus its own changes,
 * through every cursor and index; a session outside a transaction sees the latest committed state.
 */
import {
  JET_bitSeekEQ, JET_errRecordNotFound, JET_errSuccess, JET_MoveLast, JET_prepReplace,
} from '../../src';
import {
  createPeople, fill, insertPerson, int32, intOf, isam, on, openTable, peer, peopleIds, scan, seekInt, seekText, self,
  PEOPLE, sides,
} from '../support/isam';
import type { Isam, IsamApi, Side } from '../support/isam';

/** people 1..3 (ages 10, 20, 30) committed; sessions a (the creator) and b, each with a fresh cursor. */
function two(): { w: Isam; a: Side; b: Side } {
  const w = isam();
  const c = createPeople(w.api, self(w));
  fill(w.api, w.ses, c, [[1, 'one', 10], [2, 'two', 20], [3, 'three', 30]]);
  expect(w.api.JetCloseTable(w.ses, c.tableid)).toBe(JET_errSuccess);
  return { w, ...sides(w, c) };
}

function ids(api: IsamApi, s: Side): Array<number | null> {
  return peopleIds(api, s.ses, s.t);
}

function ageOf(api: IsamApi, s: Side, id: number): number | null {
  expect(seekInt(api, s.ses, s.t.tableid, id, JET_bitSeekEQ)).toBe(JET_errSuccess);
  return intOf(api, s.ses, s.t.tableid, s.t.age);
}

function setAge(api: IsamApi, s: Side, id: number, age: number): void {
  expect(seekInt(api, s.ses, s.t.tableid, id, JET_bitSeekEQ)).toBe(JET_errSuccess);
  expect(api.JetPrepareUpdate(s.ses, s.t.tableid, JET_prepReplace)).toBe(JET_errSuccess);
  expect(api.JetSetColumn(s.ses, s.t.tableid, s.t.age, int32(age), 4, 0, null)).toBe(JET_errSuccess);
  expect(api.JetUpdate(s.ses, s.t.tableid, null, 0, null)).toBe(JET_errSuccess);
}

function del(api: IsamApi, s: Side, id: number): void {
  expect(seekInt(api, s.ses, s.t.tableid, id, JET_bitSeekEQ)).toBe(JET_errSuccess);
  expect(api.JetDelete(s.ses, s.t.tableid)).toBe(JET_errSuccess);
}

describe('uncommitted changes are invisible to other sessions', () => {
  it('an insert: b neither scans nor seeks it until a commits; a sees it at once', () => {
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, a.ses, a.t, 4, 'four', 40)).toBe(JET_errSuccess);
    expect(ids(w.api, a)).toEqual([1, 2, 3, 4]);
    expect(ids(w.api, b)).toEqual([1, 2, 3]);
    expect(seekInt(w.api, b.ses, b.t.tableid, 4, JET_bitSeekEQ)).toBe(JET_errRecordNotFound);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(ids(w.api, b)).toEqual([1, 2, 3, 4]);
    expect(ageOf(w.api, b, 4)).toBe(40);
  });

  it('a replace: b reads the committed value until a commits', () => {
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    setAge(w.api, a, 2, 21);
    expect(ageOf(w.api, a, 2)).toBe(21);
    expect(ageOf(w.api, b, 2)).toBe(20);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(ageOf(w.api, b, 2)).toBe(21);
  });

  it('a delete: b still reads the record until a commits', () => {
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    del(w.api, a, 2);
    expect(ids(w.api, a)).toEqual([1, 3]);
    expect(ids(w.api, b)).toEqual([1, 2, 3]);
    expect(ageOf(w.api, b, 2)).toBe(20);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(ids(w.api, b)).toEqual([1, 3]);
  });

  it('secondary indexes are isolated too', () => {
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, a.ses, a.t, 4, 'aaa', 99)).toBe(JET_errSuccess);
    setAge(w.api, a, 1, 5);
    for (const s of [a, b]) expect(w.api.JetSetCurrentIndex(s.ses, s.t.tableid, 'byAge')).toBe(JET_errSuccess);
    expect(scan(w.api, a.ses, a.t.tableid, a.t.id)).toEqual([4, 3, 2, 1]);
    expect(scan(w.api, b.ses, b.t.tableid, b.t.id)).toEqual([3, 2, 1]);
    expect(w.api.JetSetCurrentIndex(b.ses, b.t.tableid, 'byName')).toBe(JET_errSuccess);
    expect(seekText(w.api, b.ses, b.t.tableid, 'aaa', JET_bitSeekEQ)).toBe(JET_errRecordNotFound);
  });

  it('a replace that keeps the record\'s secondary key: a walk of that index reads each session\'s own version', () => {
    // The byName entry of record 2 stays (recupd.cxx: a key both versions yield is neither deleted nor inserted),
    // yet what a cursor on byName reads through it is the version its session sees (§7.2): a's new age at once,
    // b's snapshot age until b's transaction, begun before a's commit, ends.
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    setAge(w.api, a, 2, 21);
    for (const s of [a, b]) expect(w.api.JetSetCurrentIndex(s.ses, s.t.tableid, 'byName')).toBe(JET_errSuccess);
    // byName order: one (1, 10), three (3, 30), two (2, 20).
    expect(scan(w.api, a.ses, a.t.tableid, a.t.age)).toEqual([10, 30, 21]);
    expect(scan(w.api, b.ses, b.t.tableid, b.t.age)).toEqual([10, 30, 20]);
    expect(w.api.JetMove(a.ses, a.t.tableid, JET_MoveLast, 0)).toBe(JET_errSuccess);
    expect(intOf(w.api, a.ses, a.t.tableid, a.t.age)).toBe(21);
    // A nested level's replace, rolled back, leaves the entry reading the level below's version.
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetSetCurrentIndex(a.ses, a.t.tableid, null)).toBe(JET_errSuccess);
    setAge(w.api, a, 2, 22);
    expect(w.api.JetSetCurrentIndex(a.ses, a.t.tableid, 'byName')).toBe(JET_errSuccess);
    expect(scan(w.api, a.ses, a.t.tableid, a.t.age)).toEqual([10, 30, 22]);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess);
    expect(scan(w.api, a.ses, a.t.tableid, a.t.age)).toEqual([10, 30, 21]);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(scan(w.api, b.ses, b.t.tableid, b.t.age)).toEqual([10, 30, 20]);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    expect(scan(w.api, b.ses, b.t.tableid, b.t.age)).toEqual([10, 30, 21]);
  });

  it('a rolled-back change is never seen by anyone', () => {
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, a.ses, a.t, 4)).toBe(JET_errSuccess);
    setAge(w.api, a, 1, 11);
    del(w.api, a, 3);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess);
    expect(ids(w.api, b)).toEqual([1, 2, 3]);
    expect(ids(w.api, a)).toEqual([1, 2, 3]);
    expect(ageOf(w.api, b, 1)).toBe(10);
  });

  it('three sessions: each sees only its own uncommitted work until the others commit', () => {
    const { w, a, b } = two();
    const pc = peer(w);
    const c: Side = { ses: pc.ses, t: on(a.t, openTable(w.api, pc, PEOPLE)) };
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, a.ses, a.t, 10)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, b.ses, b.t, 20)).toBe(JET_errSuccess);
    expect(ids(w.api, a)).toEqual([1, 2, 3, 10]);
    expect(ids(w.api, b)).toEqual([1, 2, 3, 20]);
    expect(ids(w.api, c)).toEqual([1, 2, 3]);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(ids(w.api, c)).toEqual([1, 2, 3, 10]);
    expect(ids(w.api, b)).toEqual([1, 2, 3, 20]); // b's snapshot predates a's commit
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    expect(ids(w.api, c)).toEqual([1, 2, 3, 10, 20]);
    expect(ids(w.api, a)).toEqual([1, 2, 3, 10, 20]);
  });
});

describe('a transaction reads its snapshot (taken at the level-0 begin)', () => {
  it('changes committed after the begin are not seen, even when the transaction had read nothing yet', () => {
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, a.ses, a.t, 4)).toBe(JET_errSuccess); // level 0: committed at once
    setAge(w.api, a, 1, 11);
    del(w.api, a, 2);
    expect(ids(w.api, a)).toEqual([1, 3, 4]);
    expect(ids(w.api, b)).toEqual([1, 2, 3]);
    expect(ageOf(w.api, b, 1)).toBe(10);
    expect(ageOf(w.api, b, 2)).toBe(20);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    expect(ids(w.api, b)).toEqual([1, 3, 4]);
    expect(ageOf(w.api, b, 1)).toBe(11);
  });

  it('the snapshot holds across later commits of another transaction and across nested levels', () => {
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(ids(w.api, b)).toEqual([1, 2, 3]);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    setAge(w.api, a, 3, 33);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess); // level 2 keeps the level-0 snapshot
    expect(ageOf(w.api, b, 3)).toBe(30);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    expect(ageOf(w.api, b, 3)).toBe(30);
    expect(w.api.JetRollback(b.ses, 0)).toBe(JET_errSuccess);
    expect(ageOf(w.api, b, 3)).toBe(33);
  });

  it('a transaction sees its own changes through every cursor of its session', () => {
    const { w, a } = two();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, a.ses, a.t, 7)).toBe(JET_errSuccess);
    const other: Side = { ses: a.ses, t: on(a.t, openTable(w.api, self(w), PEOPLE)) };
    expect(ids(w.api, other)).toEqual([1, 2, 3, 7]);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess);
  });

  it('outside a transaction every read sees the latest committed state', () => {
    const { w, a, b } = two();
    expect(ids(w.api, b)).toEqual([1, 2, 3]);
    expect(insertPerson(w.api, a.ses, a.t, 4)).toBe(JET_errSuccess);
    expect(ids(w.api, b)).toEqual([1, 2, 3, 4]);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    del(w.api, a, 4);
    expect(ids(w.api, b)).toEqual([1, 2, 3, 4]);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(ids(w.api, b)).toEqual([1, 2, 3]);
  });
});
