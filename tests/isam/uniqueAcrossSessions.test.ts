/**
 * A unique secondary index seen by two sessions. In the engine the index entry is versioned like the record: a
 * key that another session inserted or deleted without committing yet, or committed after this transaction began,
 * belongs to a version that is "active not by me" (ver.hxx RCE::FActiveNotByMe): the version store answers the
 * entry's insert WriteConflict, which the B-tree insert turns into KeyDuplicate (bt.cxx ErrBTInsert: an insert
 * never answers WriteConflict), as it answers a key committed before this transaction began and still there.
 * Giving such a key up (the entry's flag-delete) stays WriteConflict. A non-unique index never conflicts on keys.
 */
import {
  JET_bitIndexUnique, JET_bitSeekEQ, JET_errKeyDuplicate, JET_errSuccess, JET_prepCancel,
  JET_prepReplace,
} from '../../src';
import {
  ascii, createIndex, createPeople, insertPerson, isam, seekInt, self, sides,
} from '../support/isam';
import type { Isam, Side } from '../support/isam';

/** people with a unique index on name ("byNick") and the non-unique "byName" kept; two sessions. */
function two(): { w: Isam; a: Side; b: Side } {
  const w = isam();
  const c = createPeople(w.api, self(w));
  expect(createIndex(w.api, w.ses, c.tableid, 'byNick', JET_bitIndexUnique, '+name')).toBe(JET_errSuccess);
  expect(w.api.JetCloseTable(w.ses, c.tableid)).toBe(JET_errSuccess);
  return { w, ...sides(w, c) };
}

/** insertPerson, cancelling the update when it fails (a failed JetUpdate stays prepared). */
function add(w: Isam, s: Side, id: number, name: string | null): number {
  const rc = insertPerson(w.api, s.ses, s.t, id, name);
  if (rc !== JET_errSuccess) expect(w.api.JetPrepareUpdate(s.ses, s.t.tableid, JET_prepCancel)).toBe(JET_errSuccess);
  return rc;
}

function rename(w: Isam, s: Side, id: number, name: string): number {
  expect(seekInt(w.api, s.ses, s.t.tableid, id, JET_bitSeekEQ)).toBe(JET_errSuccess);
  expect(w.api.JetPrepareUpdate(s.ses, s.t.tableid, JET_prepReplace)).toBe(JET_errSuccess);
  const b = ascii(name);
  expect(w.api.JetSetColumn(s.ses, s.t.tableid, s.t.name, b, b.length, 0, null)).toBe(JET_errSuccess);
  const rc = w.api.JetUpdate(s.ses, s.t.tableid, null, 0, null);
  if (rc !== JET_errSuccess) expect(w.api.JetPrepareUpdate(s.ses, s.t.tableid, JET_prepCancel)).toBe(JET_errSuccess);
  return rc;
}

function begin(w: Isam, s: Side): void {
  expect(w.api.JetBeginTransaction(s.ses)).toBe(JET_errSuccess);
}

describe('a unique secondary key across sessions', () => {
  it('another session\'s uncommitted insert of the key: KeyDuplicate (the insert\'s conflict), until it rolls back', () => {
    const { w, a, b } = two();
    begin(w, a);
    expect(add(w, a, 1, 'ann')).toBe(JET_errSuccess);
    begin(w, b);
    expect(add(w, b, 2, 'ann')).toBe(JET_errKeyDuplicate);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess);
    expect(add(w, b, 2, 'ann')).toBe(JET_errSuccess);
  });

  it('even outside a transaction', () => {
    const { w, a, b } = two();
    begin(w, a);
    expect(add(w, a, 1, 'ann')).toBe(JET_errSuccess);
    expect(add(w, b, 2, 'ann')).toBe(JET_errKeyDuplicate);
  });

  it('committed after this transaction began, or before it: KeyDuplicate either way', () => {
    const { w, a, b } = two();
    begin(w, b);
    begin(w, a);
    expect(add(w, a, 1, 'ann')).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(add(w, b, 2, 'ann')).toBe(JET_errKeyDuplicate);
    expect(w.api.JetRollback(b.ses, 0)).toBe(JET_errSuccess);
    begin(w, b);
    expect(add(w, b, 2, 'ann')).toBe(JET_errKeyDuplicate);
  });

  it('another session\'s uncommitted delete or change of the key holds it too', () => {
    const { w, a, b } = two();
    expect(add(w, a, 1, 'ann')).toBe(JET_errSuccess);
    expect(add(w, a, 3, 'cy')).toBe(JET_errSuccess);
    begin(w, a);
    expect(seekInt(w.api, a.ses, a.t.tableid, 1, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetDelete(a.ses, a.t.tableid)).toBe(JET_errSuccess); // gives up "ann", uncommitted
    expect(rename(w, a, 3, 'dee')).toBe(JET_errSuccess); // gives up "cy", takes "dee", uncommitted
    begin(w, b);
    expect(add(w, b, 2, 'ann')).toBe(JET_errKeyDuplicate);
    expect(add(w, b, 4, 'cy')).toBe(JET_errKeyDuplicate);
    expect(add(w, b, 5, 'dee')).toBe(JET_errKeyDuplicate);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetRollback(b.ses, 0)).toBe(JET_errSuccess);
    begin(w, b); // after a's commit: "ann" and "cy" are free, "dee" is taken
    expect(add(w, b, 2, 'ann')).toBe(JET_errSuccess);
    expect(add(w, b, 4, 'cy')).toBe(JET_errSuccess);
    expect(add(w, b, 5, 'dee')).toBe(JET_errKeyDuplicate);
  });

  it('a session may take back a key it gave up itself; another session still meets it', () => {
    const { w, a, b } = two();
    expect(add(w, a, 1, 'ann')).toBe(JET_errSuccess);
    begin(w, a);
    expect(seekInt(w.api, a.ses, a.t.tableid, 1, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetDelete(a.ses, a.t.tableid)).toBe(JET_errSuccess);
    expect(add(w, a, 2, 'ann')).toBe(JET_errSuccess);
    begin(w, b);
    expect(add(w, b, 7, 'ann')).toBe(JET_errKeyDuplicate);
  });

  it('a non-unique index never conflicts on keys', () => {
    const { w, a, b } = two();
    begin(w, a);
    begin(w, b);
    // "byName" is not unique; "byNick" is, so the names differ, but the ages (index "byAge") are equal.
    expect(insertPerson(w.api, a.ses, a.t, 1, 'ann', 40)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, b.ses, b.t, 2, 'bo', 40)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
  });
});
