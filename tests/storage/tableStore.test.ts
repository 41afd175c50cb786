/**
 * TableStore's write locks, as the storage layer sees them: owners are plain objects, and each transaction level of
 * an owner has a token (a rollback of the level kills it; a commit into the level below links it to that level's
 * token). The rules the expectations come from (ese-semantics §7.5, ver.cxx):
 * - a write meets a WriteConflict when another owner holds an uncommitted change (a live lock) of the record;
 * - an owner's own locks never stand in its way;
 * - a rolled-back level's locks are gone; a level committed into the one below keeps its locks until that level
 *   ends; a commit to level 0 releases every lock the owner holds.
 * An insert's lock (lockNew) is noted in a list while one owner is the only one holding locks in the table; these
 * tests check that every answer is the same as for locks kept in the table of locks, whatever the order.
 */
import { LockToken, TableStore } from '../../src/storage/tableStore';

function token(owner: object, parent: LockToken | null = null): LockToken {
  return { owner, live: true, parent };
}

const A = { name: 'A' };
const B = { name: 'B' };
const C = { name: 'C' };
/** A write check as the engine makes it: a transaction begun at clock 1, no commits since. */
const conflicts = (store: TableStore, bm: string, owner: object): boolean => store.conflicts(bm, owner, 1);

describe('TableStore write locks of inserts (lockNew)', () => {
  test("another owner meets an insert's lock; the owner itself does not", () => {
    const store = new TableStore();
    const a1 = token(A);
    expect(conflicts(store, 'k1', A)).toBe(false);
    expect(store.lockNew('k1', a1)).toBe(true);
    expect(conflicts(store, 'k1', A)).toBe(false);
    expect(conflicts(store, 'k1', B)).toBe(true);
    expect(conflicts(store, 'k2', B)).toBe(false);
    expect(store.holder('k1')).toBe(A);
    expect(store.active('k1')).toBe(true);
    expect(store.active('k2')).toBe(false);
  });

  test('a rollback of the level releases its locks', () => {
    const store = new TableStore();
    const a1 = token(A);
    store.lockNew('k1', a1);
    store.lockNew('k2', a1);
    a1.live = false;
    expect(conflicts(store, 'k1', B)).toBe(false);
    expect(conflicts(store, 'k2', B)).toBe(false);
    expect(store.holder('k1')).toBeUndefined();
  });

  test('a rollback of a nested level keeps the locks of the level below', () => {
    const store = new TableStore();
    const a1 = token(A);
    const a2 = token(A);
    store.lockNew('low', a1);
    store.lockNew('high', a2);
    a2.live = false;
    // The owner goes on at level 1: the killed lock is forgotten, the one of level 1 stays, the new one is taken.
    expect(store.lockNew('after', a1)).toBe(true);
    expect(store.holder('low')).toBe(A);
    expect(store.holder('high')).toBeUndefined();
    expect(store.holder('after')).toBe(A);
    expect(conflicts(store, 'low', B)).toBe(true);
    expect(conflicts(store, 'high', B)).toBe(false);
    expect(conflicts(store, 'after', B)).toBe(true);
  });

  test('locks taken after a rollback of the level that took the first ones', () => {
    const store = new TableStore();
    const a1 = token(A);
    const a2 = token(A);
    store.lockNew('x', a2);
    a2.live = false; // rollback of level 2 to level 1
    store.lockNew('y', a1);
    store.lockNew('z', a1);
    expect(conflicts(store, 'x', B)).toBe(false);
    expect(conflicts(store, 'y', B)).toBe(true);
    expect(conflicts(store, 'z', B)).toBe(true);
  });

  test('a level committed into the one below keeps its locks until that level ends', () => {
    const store = new TableStore();
    const a1 = token(A);
    const a2 = token(A, null);
    store.lockNew('k1', a1);
    store.lockNew('k2', a2);
    a2.parent = a1; // commit of level 2 into level 1
    expect(conflicts(store, 'k2', B)).toBe(true);
    a1.live = false; // rollback of level 1
    expect(conflicts(store, 'k1', B)).toBe(false);
    expect(conflicts(store, 'k2', B)).toBe(false);
  });

  test("the same checks after another owner's look-up moved the locks into the table of locks", () => {
    const store = new TableStore();
    const a1 = token(A);
    const a2 = token(A);
    store.lockNew('k1', a1);
    store.lockNew('k2', a2);
    // B's check needs the table of locks: A's locks go there.
    expect(conflicts(store, 'k1', B)).toBe(true);
    a2.live = false;
    expect(conflicts(store, 'k2', B)).toBe(false);
    expect(conflicts(store, 'k1', B)).toBe(true);
    // And A's next insert lock goes straight to the table: B still meets it.
    expect(store.lockNew('k3', a1)).toBe(true);
    expect(conflicts(store, 'k3', B)).toBe(true);
  });

  test("another owner's insert lock after the first owner's locks all died", () => {
    const store = new TableStore();
    const a1 = token(A);
    store.lockNew('k1', a1);
    a1.live = false; // A's transaction rolled back (or its session ended)
    const b1 = token(B);
    expect(conflicts(store, 'k1', B)).toBe(false);
    expect(store.lockNew('k1', b1)).toBe(true);
    expect(conflicts(store, 'k1', A)).toBe(true);
    expect(store.holder('k1')).toBe(B);
  });

  test('two owners holding insert locks at once each meet the other', () => {
    const store = new TableStore();
    const a1 = token(A);
    const b1 = token(B);
    store.lockNew('a', a1);
    expect(conflicts(store, 'b', B)).toBe(false);
    store.lockNew('b', b1);
    expect(conflicts(store, 'a', B)).toBe(true);
    expect(conflicts(store, 'b', A)).toBe(true);
    expect(conflicts(store, 'a', A)).toBe(false);
    expect(conflicts(store, 'b', B)).toBe(false);
  });

  test("another owner's insert lock taken without a check first still keeps both owners' locks apart", () => {
    const store = new TableStore();
    store.lockNew('a', token(A));
    store.lockNew('b', token(B));
    expect(conflicts(store, 'a', B)).toBe(true);
    expect(conflicts(store, 'b', A)).toBe(true);
    expect(store.holder('a')).toBe(A);
    expect(store.holder('b')).toBe(B);
  });

  test('an eager lock of another owner keeps the insert locks', () => {
    const store = new TableStore();
    const a1 = token(A);
    store.lockNew('k1', a1);
    expect(store.lock('k2', token(B))).toBe(true);
    expect(store.holder('k1')).toBe(A);
    expect(store.holder('k2')).toBe(B);
  });

  test("the owner's own lock(): false once it holds the lock, true for a new one", () => {
    const store = new TableStore();
    const a1 = token(A);
    store.lockNew('k1', a1);
    expect(store.lock('k1', a1)).toBe(false);
    expect(store.lock('k2', a1)).toBe(true);
  });

  test('a commit to level 0 releases every lock of the owner, noted twice or not', () => {
    const store = new TableStore();
    const a1 = token(A);
    store.lockNew('k1', a1);
    store.lockNew('k1', a1); // an insert after the owner's own delete of the same record
    store.lockNew('k2', a1);
    store.unlockAll(A, ['k1', 'k1', 'k2']);
    expect(conflicts(store, 'k1', B)).toBe(false);
    expect(conflicts(store, 'k2', B)).toBe(false);
    expect(store.holder('k1')).toBeUndefined();
    // Another owner's locks taken after the commit are its own alone.
    store.lockNew('k3', token(B));
    expect(conflicts(store, 'k1', C)).toBe(false);
    expect(conflicts(store, 'k3', C)).toBe(true);
    expect(store.holder('k1')).toBeUndefined();
  });

  test("a commit releases only the committing owner's locks", () => {
    const store = new TableStore();
    const a1 = token(A);
    const b1 = token(B);
    store.lockNew('a', a1);
    store.lockNew('b', b1);
    store.unlockAll(A, ['a']);
    expect(conflicts(store, 'a', B)).toBe(false);
    expect(conflicts(store, 'b', A)).toBe(true);
    store.unlockAll(B, ['b']);
    expect(conflicts(store, 'b', A)).toBe(false);
  });

  test('compact() (before a snapshot) keeps live insert locks and drops dead ones', () => {
    const store = new TableStore();
    const a1 = token(A);
    const a2 = token(A);
    store.lockNew('live', a1);
    store.lockNew('dead', a2);
    a2.live = false;
    store.compact();
    expect(store.holder('live')).toBe(A);
    expect(store.holder('dead')).toBeUndefined();
  });

  test('many insert locks, a rollback of the newer half, then a check of each', () => {
    const store = new TableStore();
    const a1 = token(A);
    const a2 = token(A);
    for (let i = 0; i < 3000; i++) store.lockNew(`k${i}`, i < 1500 ? a1 : a2);
    a2.live = false;
    for (let i = 0; i < 3000; i += 7) expect([i, conflicts(store, `k${i}`, B)]).toEqual([i, i < 1500]);
  });
});
