/**
 * JetPrepareUpdate(JET_prepInsertCopy / JET_prepInsertCopyDeleteOriginal) on the people table (primary "+id",
 * secondary byName "+name" and byAge "-age").
 *
 * The rules, from the engine's source (dev/ese/src/ese/):
 * - fldmod.cxx:1232-1296 (ErrIsamPrepareUpdate): both copy the current record into the copy buffer; the
 *   DeleteOriginal form first write-locks the original (ErrDIRGetLock(writeLock)), which a Replace of another
 *   session then meets as WriteConflict (fldmod.cxx:1116-1155 locks the same way for JET_prepReplace).
 * - recupd.cxx:1595-1660 (ErrRECIInsert): the insert runs in its own (nested) transaction; for DeleteOriginal it
 *   first deletes the original through the same cursor (ErrIsamDelete), then inserts the copy with a separate
 *   cursor, so the caller's cursor stays on the deleted original; an unchanged key therefore does not collide. Any
 *   error rolls that transaction back (recupd.cxx:1960-1990).
 * - recupd.cxx:996-1004 (ErrIsamUpdate): the copy buffer is freed only when the update succeeds, so after a
 *   KeyDuplicate the update is still prepared.
 * - recupd.cxx:2340-2354 (ErrIsamDelete): JetDelete with a DeleteOriginal copy prepared is AlreadyPrepared.
 * - managedesent-api.md items 21, 22, 31, 33: inserts do not move the cursor; a cursor on a deleted record reads
 *   RecordDeleted and moves relative to the deleted key; RetrieveCopy reads the copy buffer.
 */
import {
  JET_bitRetrieveCopy, JET_bitSeekEQ, JET_errAlreadyPrepared, JET_errKeyDuplicate, JET_errRecordDeleted,
  JET_errSuccess, JET_errUpdateNotPrepared, JET_MoveNext, JET_prepCancel, JET_prepInsertCopy,
  JET_prepInsertCopyDeleteOriginal, JET_prepReplace, JET_errWriteConflict,
} from '../../src';
import type { JET_COLUMNID, JET_SESID, JET_TABLEID } from '../../src';
import {
  ascii, createPeople, fill, fromAscii, int32, intOf, isam, peopleIds, readInt32, retrieve, scan, seekInt, self,
  sides, textOf,
} from '../support/isam';
import type { Isam, People } from '../support/isam';

function world(): { w: Isam; p: People } {
  const w = isam();
  const p = createPeople(w.api, self(w));
  fill(w.api, w.ses, p, [[1, 'ann', 30], [2, 'bob', 40], [5, 'eve', 50], [3, 'cid', 20]]);
  return { w, p };
}

function at(w: Isam, ses: JET_SESID, t: People, id: number): void {
  expect(seekInt(w.api, ses, t.tableid, id, JET_bitSeekEQ)).toBe(JET_errSuccess);
}

function setInt(w: Isam, ses: JET_SESID, tableid: JET_TABLEID, col: JET_COLUMNID, n: number): void {
  expect(w.api.JetSetColumn(ses, tableid, col, int32(n), 4, 0, null)).toBe(JET_errSuccess);
}

function setText(w: Isam, ses: JET_SESID, tableid: JET_TABLEID, col: JET_COLUMNID, s: string): void {
  const b = ascii(s);
  expect(w.api.JetSetColumn(ses, tableid, col, b, b.length, 0, null)).toBe(JET_errSuccess);
}

function update(w: Isam, ses: JET_SESID, tableid: JET_TABLEID): number {
  return w.api.JetUpdate(ses, tableid, null, 0, null);
}

/** Every person as [id, name, age], in primary-key order. */
function people(w: Isam, ses: JET_SESID, t: People): Array<[number | null, string | null, number | null]> {
  const ids = peopleIds(w.api, ses, t);
  return ids.map((id) => {
    at(w, ses, t, id as number);
    return [id, textOf(w.api, ses, t.tableid, t.name), intOf(w.api, ses, t.tableid, t.age)];
  });
}

describe('JET_prepInsertCopy', () => {
  it('the copy holds the original\'s values; a new primary key inserts a new record; the cursor stays on the original', () => {
    const { w, p } = world();
    at(w, w.ses, p, 1);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsertCopy)).toBe(JET_errSuccess);
    const copy = (col: JET_COLUMNID): Uint8Array | null => retrieve(w.api, w.ses, p.tableid, col, JET_bitRetrieveCopy).data;
    expect(readInt32(copy(p.id)!)).toBe(1);
    expect(fromAscii(copy(p.name)!)).toBe('ann');
    expect(readInt32(copy(p.age)!)).toBe(30);
    setInt(w, w.ses, p.tableid, p.id, 9);
    expect(readInt32(copy(p.id)!)).toBe(9); // the copy buffer has the new value
    expect(intOf(w.api, w.ses, p.tableid, p.id)).toBe(1); // the record does not
    expect(update(w, w.ses, p.tableid)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, p.tableid, p.id)).toBe(1); // still on the original
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, p.tableid, p.id)).toBe(2);
    expect(people(w, w.ses, p)).toEqual([[1, 'ann', 30], [2, 'bob', 40], [3, 'cid', 20], [5, 'eve', 50], [9, 'ann', 30]]);
  });

  it('the copy is entered in the secondary indexes as well', () => {
    const { w, p } = world();
    at(w, w.ses, p, 2);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsertCopy)).toBe(JET_errSuccess);
    setInt(w, w.ses, p.tableid, p.id, 7);
    setInt(w, w.ses, p.tableid, p.age, 45);
    expect(update(w, w.ses, p.tableid)).toBe(JET_errSuccess);
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byAge')).toBe(JET_errSuccess);
    expect(scan(w.api, w.ses, p.tableid, p.id)).toEqual([5, 7, 2, 1, 3]); // ages 50 45 40 30 20 (descending)
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byName')).toBe(JET_errSuccess);
    expect(scan(w.api, w.ses, p.tableid, p.id)).toEqual([1, 2, 7, 3, 5]); // bob (2) before bob (7): primary key order
  });

  it('an unchanged primary key is KeyDuplicate; nothing is inserted and the update stays prepared', () => {
    const { w, p } = world();
    at(w, w.ses, p, 2);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsertCopy)).toBe(JET_errSuccess);
    setText(w, w.ses, p.tableid, p.name, 'bo2');
    expect(update(w, w.ses, p.tableid)).toBe(JET_errKeyDuplicate);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess); // (reading does not end the prepared update)
    setInt(w, w.ses, p.tableid, p.id, 8);
    expect(update(w, w.ses, p.tableid)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
    expect(people(w, w.ses, p)).toEqual([[1, 'ann', 30], [2, 'bob', 40], [3, 'cid', 20], [5, 'eve', 50], [8, 'bo2', 40]]);
  });
});

describe('JET_prepInsertCopyDeleteOriginal', () => {
  it('inserts the copy and deletes the original in one update; another session sees both only after commit', () => {
    const w = isam();
    const c = createPeople(w.api, self(w), true);
    const { a, b } = sides(w, c);
    fill(w.api, a.ses, a.t, [[1, 'ann', 30], [2, 'bob', 40], [3, 'cid', 20]]);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    at(w, a.ses, a.t, 2);
    expect(w.api.JetPrepareUpdate(a.ses, a.t.tableid, JET_prepInsertCopyDeleteOriginal)).toBe(JET_errSuccess);
    setInt(w, a.ses, a.t.tableid, a.t.id, 4);
    expect(update(w, a.ses, a.t.tableid)).toBe(JET_errSuccess);
    expect(peopleIds(w.api, a.ses, a.t)).toEqual([1, 3, 4]);
    expect(peopleIds(w.api, b.ses, b.t)).toEqual([1, 2, 3]);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(people(w, b.ses, b.t)).toEqual([[1, 'ann', 30], [3, 'cid', 20], [4, 'bob', 40]]);
    expect(w.api.JetSetCurrentIndex(b.ses, b.t.tableid, 'byName')).toBe(JET_errSuccess);
    expect(scan(w.api, b.ses, b.t.tableid, b.t.id)).toEqual([1, 4, 3]);
  });

  it('the cursor is left on the deleted original: RecordDeleted, and Next moves on from the original\'s key', () => {
    const { w, p } = world();
    at(w, w.ses, p, 2);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsertCopyDeleteOriginal)).toBe(JET_errSuccess);
    setInt(w, w.ses, p.tableid, p.id, 4);
    expect(update(w, w.ses, p.tableid)).toBe(JET_errSuccess);
    expect(retrieve(w.api, w.ses, p.tableid, p.id).rc).toBe(JET_errRecordDeleted);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, p.tableid, p.id)).toBe(3);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, p.tableid, p.id)).toBe(4);
  });

  it('a new key that another record has is KeyDuplicate, and the original is not deleted', () => {
    const { w, p } = world();
    at(w, w.ses, p, 2);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsertCopyDeleteOriginal)).toBe(JET_errSuccess);
    setInt(w, w.ses, p.tableid, p.id, 5);
    expect(update(w, w.ses, p.tableid)).toBe(JET_errKeyDuplicate);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepCancel)).toBe(JET_errSuccess);
    expect(people(w, w.ses, p)).toEqual([[1, 'ann', 30], [2, 'bob', 40], [3, 'cid', 20], [5, 'eve', 50]]);
  });

  it('JetDelete while it is prepared is AlreadyPrepared; the record stays and the update can still be done', () => {
    const { w, p } = world();
    at(w, w.ses, p, 3);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsertCopyDeleteOriginal)).toBe(JET_errSuccess);
    expect(w.api.JetDelete(w.ses, p.tableid)).toBe(JET_errAlreadyPrepared);
    expect(intOf(w.api, w.ses, p.tableid, p.id)).toBe(3);
    setInt(w, w.ses, p.tableid, p.id, 6);
    expect(update(w, w.ses, p.tableid)).toBe(JET_errSuccess);
    expect(peopleIds(w.api, w.ses, p)).toEqual([1, 2, 5, 6]);
  });

  it('with the key unchanged the copy takes the original\'s place (the original is deleted first, recupd.cxx:1656-1660)', () => {
    const { w, p } = world();
    at(w, w.ses, p, 2);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsertCopyDeleteOriginal)).toBe(JET_errSuccess);
    setText(w, w.ses, p.tableid, p.name, 'bea');
    expect(update(w, w.ses, p.tableid)).toBe(JET_errSuccess);
    expect(people(w, w.ses, p)).toEqual([[1, 'ann', 30], [2, 'bea', 40], [3, 'cid', 20], [5, 'eve', 50]]);
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byName')).toBe(JET_errSuccess);
    expect(scan(w.api, w.ses, p.tableid, p.id)).toEqual([1, 2, 3, 5]);
  });

  it('the prepare write-locks the original in a transaction: another session\'s Replace of it is WriteConflict (fldmod.cxx:1238-1241)', () => {
    const w = isam();
    const c = createPeople(w.api, self(w), true);
    const { a, b } = sides(w, c);
    fill(w.api, a.ses, a.t, [[1, 'ann', 30], [2, 'bob', 40]]);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    at(w, a.ses, a.t, 2);
    expect(w.api.JetPrepareUpdate(a.ses, a.t.tableid, JET_prepInsertCopyDeleteOriginal)).toBe(JET_errSuccess);
    at(w, b.ses, b.t, 2);
    expect(w.api.JetPrepareUpdate(b.ses, b.t.tableid, JET_prepReplace)).toBe(JET_errWriteConflict);
    at(w, b.ses, b.t, 1);
    expect(w.api.JetPrepareUpdate(b.ses, b.t.tableid, JET_prepReplace)).toBe(JET_errSuccess);
  });

  it('Cancel drops it: nothing inserted, nothing deleted, and JetUpdate is then UpdateNotPrepared', () => {
    const { w, p } = world();
    at(w, w.ses, p, 3);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsertCopyDeleteOriginal)).toBe(JET_errSuccess);
    setInt(w, w.ses, p.tableid, p.id, 6);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepCancel)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, p.tableid, p.id)).toBe(3);
    expect(update(w, w.ses, p.tableid)).toBe(JET_errUpdateNotPrepared);
    expect(peopleIds(w.api, w.ses, p)).toEqual([1, 2, 3, 5]);
  });
});
