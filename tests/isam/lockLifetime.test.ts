/**
 * How long write locks and commit stamps live (ver.cxx: a version belongs to the transaction level that made it;
 * a rollback of the level removes its versions, a commit of the level hands them to the level below, and a commit
 * to level 0 makes them committed versions that conflict only with transactions begun before that commit;
 * ese-semantics.md §7.5). esemu drops a level's locks at once when the level is rolled back, and clears dead ones
 * lazily; these tests pin down what must stay true however many locks there are.
 */
import {
  JET_bitSeekEQ, JET_errKeyDuplicate, JET_errSuccess, JET_errWriteConflict, JET_prepCancel, JET_prepReplace,
} from '../../src';
import { createPeople, insertPerson, int32, isam, seekInt, self, sides } from '../support/isam';
import type { Isam, Side } from '../support/isam';

/** An empty people table and two sessions with cursors on it. */
function two(): { w: Isam; a: Side; b: Side } {
  const w = isam();
  const c = createPeople(w.api, self(w), true);
  return { w, ...sides(w, c) };
}

/** insertPerson, cancelling the update when it fails (a failed JetUpdate stays prepared, recupd.cxx). */
function tryInsert(w: Isam, s: Side, id: number): number {
  const rc = insertPerson(w.api, s.ses, s.t, id);
  if (rc !== JET_errSuccess) expect(w.api.JetPrepareUpdate(s.ses, s.t.tableid, JET_prepCancel)).toBe(JET_errSuccess);
  return rc;
}

function replaceAge(w: Isam, s: Side, id: number, age: number): number {
  expect(seekInt(w.api, s.ses, s.t.tableid, id, JET_bitSeekEQ)).toBe(JET_errSuccess);
  const rc = w.api.JetPrepareUpdate(s.ses, s.t.tableid, JET_prepReplace);
  if (rc !== JET_errSuccess) return rc;
  expect(w.api.JetSetColumn(s.ses, s.t.tableid, s.t.age, int32(age), 4, 0, null)).toBe(JET_errSuccess);
  const done = w.api.JetUpdate(s.ses, s.t.tableid, null, 0, null);
  if (done !== JET_errSuccess) expect(w.api.JetPrepareUpdate(s.ses, s.t.tableid, JET_prepCancel)).toBe(JET_errSuccess);
  return done;
}

describe('locks of a rolled-back level', () => {
  it('all go with the rollback, thousands of them, and the other session can take every one', () => {
    const { w, a, b } = two();
    const n = 1500; // above the sweep threshold, within the default version store
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    for (let id = 1; id <= n; id++) expect(insertPerson(w.api, a.ses, a.t, id)).toBe(JET_errSuccess);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess);
    // b began before a's inserts, and they never committed: nothing of them conflicts.
    for (let id = 1; id <= n; id++) expect(insertPerson(w.api, b.ses, b.t, id)).toBe(JET_errSuccess);
    // Now b holds them: a's new attempt conflicts on each key b has not committed; an insert's conflict answers
    // KeyDuplicate (bt.cxx ErrBTInsert turns the version store's WriteConflict into it).
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(tryInsert(w, a, 1)).toBe(JET_errKeyDuplicate);
    expect(tryInsert(w, a, n)).toBe(JET_errKeyDuplicate);
  });

  it('repeated fill-and-roll-back cycles leave nothing behind that conflicts', () => {
    const { w, a, b } = two();
    for (let round = 0; round < 4; round++) {
      expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
      for (let id = 1; id <= 800; id++) expect(insertPerson(w.api, a.ses, a.t, id)).toBe(JET_errSuccess);
      expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess);
    }
    for (let id = 1; id <= 800; id += 97) expect(insertPerson(w.api, b.ses, b.t, id)).toBe(JET_errSuccess);
  });

  it('a level committed into its parent loses its locks when the parent is rolled back', () => {
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, a.ses, a.t, 5)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess); // level 2 into level 1
    expect(tryInsert(w, b, 5)).toBe(JET_errKeyDuplicate); // still held, now by level 1
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess); // level 1
    expect(insertPerson(w.api, b.ses, b.t, 5)).toBe(JET_errSuccess);
  });

  it('a level committed into its parent keeps its locks when a new inner level is rolled back', () => {
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, a.ses, a.t, 5)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess); // level 2 into level 1
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess); // a new level 2
    expect(insertPerson(w.api, a.ses, a.t, 6)).toBe(JET_errSuccess);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess); // only the new level 2
    expect(tryInsert(w, b, 5)).toBe(JET_errKeyDuplicate);
    expect(tryInsert(w, b, 6)).toBe(JET_errSuccess);
  });

  it('rolling back an inner level keeps a lock the outer level took first', () => {
    const { w, a, b } = two();
    expect(insertPerson(w.api, a.ses, a.t, 7)).toBe(JET_errSuccess); // committed at level 0
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(replaceAge(w, a, 7, 1)).toBe(JET_errSuccess); // level 1 locks record 7
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(replaceAge(w, a, 7, 2)).toBe(JET_errSuccess); // level 2 changes it again
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess); // level 2 only
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(replaceAge(w, b, 7, 3)).toBe(JET_errWriteConflict);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    // Committed after b began: still a conflict for b's transaction.
    expect(replaceAge(w, b, 7, 3)).toBe(JET_errWriteConflict);
  });
});

describe('commit stamps', () => {
  it('a change committed while another transaction is live conflicts with that transaction only', () => {
    const { w, a, b } = two();
    expect(insertPerson(w.api, a.ses, a.t, 1)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(replaceAge(w, a, 1, 10)).toBe(JET_errSuccess); // level 0: committed at once, after b began
    expect(replaceAge(w, b, 1, 20)).toBe(JET_errWriteConflict);
    expect(w.api.JetRollback(b.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess); // begun after the commit
    expect(replaceAge(w, b, 1, 20)).toBe(JET_errSuccess);
  });

  it('a change committed when no transaction is live conflicts with no later transaction', () => {
    const { w, a, b } = two();
    expect(insertPerson(w.api, a.ses, a.t, 1)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(replaceAge(w, a, 1, 10)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(replaceAge(w, b, 1, 20)).toBe(JET_errSuccess);
  });
});

describe('locks at a commit to level 0 (ver.cxx: only the committing transaction\'s versions become committed)', () => {
  it('a session that alone holds the table\'s locks releases them all: a later transaction takes each one', () => {
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    for (let id = 1; id <= 300; id++) expect(tryInsert(w, a, id)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    // b begins after the commit: no version of a's is active or committed after its begin.
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    for (const id of [1, 150, 300]) expect(replaceAge(w, b, id, 7)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
  });

  it('with another session holding locks in the same table, the commit releases only its own', () => {
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    for (let id = 1; id <= 100; id++) expect(tryInsert(w, a, id)).toBe(JET_errSuccess);
    for (let id = 101; id <= 200; id++) expect(tryInsert(w, b, id)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    // b's inserts are still uncommitted versions: a new transaction of a inserting one of those keys conflicts.
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    for (const id of [101, 150, 200]) expect(tryInsert(w, a, id)).toBe(JET_errKeyDuplicate);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
  });
});
