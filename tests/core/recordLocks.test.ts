/**
 * JetGetLock, from the engine source: rec.cxx ErrIsamGetLock (37-119): outside a transaction NotInTransaction;
 * grbit must hold exactly one of ReadLock / WriteLock (else InvalidGrbit); a write lock first needs an updatable
 * cursor (ErrFUCBCheckUpdatable: PermissionDenied) and then an updatable transaction (ErrPIBCheckUpdatable:
 * TransReadOnly), a read lock needs neither; then ErrDIRGetLock puts a readLock / writeLock version on the record,
 * which conflicts as ver.cxx 4176-4260 says (ese-semantics.md §7.5): two read locks commute, anything else by
 * another session on a record with an uncommitted version of mine is WriteConflict.
 */
import {
  JET_bitReadLock, JET_bitTableReadOnly, JET_bitTransactionReadOnly, JET_bitWriteLock, JET_errInvalidGrbit,
  JET_errNotInTransaction, JET_errPermissionDenied, JET_errSuccess, JET_errTransReadOnly, JET_errWriteConflict,
  JET_MoveFirst, JET_prepCancel, JET_prepReplace,
} from '../../src';
import type { JET_TABLEID } from '../../src';
import { createPeople, fill, isam, openTable, peer, PEOPLE, self } from '../support/isam';
import type { Isam, Peer } from '../support/isam';

/** people 1..2 committed; a (the world's session) and b each with a cursor on person 1. */
function setup(grbitA = 0): { w: Isam; a: Peer; b: Peer; ta: JET_TABLEID; tb: JET_TABLEID } {
  const w = isam();
  const p = createPeople(w.api, self(w));
  fill(w.api, w.ses, p, [[1, 'one', 10], [2, 'two', 20]]);
  expect(w.api.JetCloseTable(w.ses, p.tableid)).toBe(JET_errSuccess);
  const a = self(w);
  const b = peer(w);
  const ta = openTable(w.api, a, PEOPLE, grbitA);
  const tb = openTable(w.api, b, PEOPLE);
  expect(w.api.JetMove(a.ses, ta, JET_MoveFirst, 0)).toBe(JET_errSuccess);
  expect(w.api.JetMove(b.ses, tb, JET_MoveFirst, 0)).toBe(JET_errSuccess);
  return { w, a, b, ta, tb };
}

describe('JetGetLock refuses (rec.cxx 37-72)', () => {
  it('outside a transaction, for either lock: NotInTransaction (48-49)', () => {
    const { w, a, ta } = setup();
    expect(w.api.JetGetLock(a.ses, ta, JET_bitReadLock)).toBe(JET_errNotInTransaction);
    expect(w.api.JetGetLock(a.ses, ta, JET_bitWriteLock)).toBe(JET_errNotInTransaction);
  });

  it('neither lock bit, or both: InvalidGrbit (the switch on grbit & (WriteLock | ReadLock), 51-71)', () => {
    const { w, a, ta } = setup();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetGetLock(a.ses, ta, 0)).toBe(JET_errInvalidGrbit);
    expect(w.api.JetGetLock(a.ses, ta, JET_bitReadLock | JET_bitWriteLock)).toBe(JET_errInvalidGrbit);
  });

  it('a write lock through a ReadOnly cursor: PermissionDenied, before the read-only transaction (60, 63); a read lock works', () => {
    const { w, a, ta } = setup(JET_bitTableReadOnly);
    expect(w.api.JetBeginTransaction2(a.ses, JET_bitTransactionReadOnly)).toBe(JET_errSuccess);
    expect(w.api.JetGetLock(a.ses, ta, JET_bitWriteLock)).toBe(JET_errPermissionDenied);
    expect(w.api.JetGetLock(a.ses, ta, JET_bitReadLock)).toBe(JET_errSuccess);
  });

  it('a write lock in a read-only transaction: TransReadOnly (63); a read lock works', () => {
    const { w, a, ta } = setup();
    expect(w.api.JetBeginTransaction2(a.ses, JET_bitTransactionReadOnly)).toBe(JET_errSuccess);
    expect(w.api.JetGetLock(a.ses, ta, JET_bitWriteLock)).toBe(JET_errTransReadOnly);
    expect(w.api.JetGetLock(a.ses, ta, JET_bitReadLock)).toBe(JET_errSuccess);
  });
});

describe('what a lock holds off (ver.cxx 4176-4260, ese-semantics.md §7.5)', () => {
  it("a's write lock: b's read lock, write lock and replace are WriteConflict", () => {
    const { w, a, b, tb, ta } = setup();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetGetLock(a.ses, ta, JET_bitWriteLock)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(w.api.JetGetLock(b.ses, tb, JET_bitReadLock)).toBe(JET_errWriteConflict);
    expect(w.api.JetGetLock(b.ses, tb, JET_bitWriteLock)).toBe(JET_errWriteConflict);
    expect(w.api.JetPrepareUpdate(b.ses, tb, JET_prepReplace)).toBe(JET_errWriteConflict);
  });

  it("a's read lock alone: b's write lock, replace and delete are WriteConflict; b's read lock is not", () => {
    const { w, a, b, tb, ta } = setup();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetGetLock(a.ses, ta, JET_bitReadLock)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(w.api.JetGetLock(b.ses, tb, JET_bitWriteLock)).toBe(JET_errWriteConflict);
    expect(w.api.JetPrepareUpdate(b.ses, tb, JET_prepReplace)).toBe(JET_errWriteConflict);
    expect(w.api.JetDelete(b.ses, tb)).toBe(JET_errWriteConflict);
    expect(w.api.JetGetLock(b.ses, tb, JET_bitReadLock)).toBe(JET_errSuccess);
  });

  it("a's own read lock is not in a's way: a write-locks, replaces and deletes the record it read-locked", () => {
    const { w, a, ta } = setup();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetGetLock(a.ses, ta, JET_bitReadLock)).toBe(JET_errSuccess);
    expect(w.api.JetGetLock(a.ses, ta, JET_bitWriteLock)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(a.ses, ta, JET_prepReplace)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(a.ses, ta, JET_prepCancel)).toBe(JET_errSuccess);
    expect(w.api.JetDelete(a.ses, ta)).toBe(JET_errSuccess);
  });

  it("read locks of a and b commute; then b's write lock conflicts with a's read lock", () => {
    const { w, a, b, tb, ta } = setup();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetGetLock(a.ses, ta, JET_bitReadLock)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(w.api.JetGetLock(b.ses, tb, JET_bitReadLock)).toBe(JET_errSuccess);
    expect(w.api.JetGetLock(b.ses, tb, JET_bitWriteLock)).toBe(JET_errWriteConflict);
  });
});
