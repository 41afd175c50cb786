/**
 * Write conflicts (ese-semantics.md §7.5): a version is "active not by me" when it is uncommitted and another
 * session's, or committed after my level-0 begin (ver.hxx:1022-1036 RCE::FActiveNotByMe; ver.cxx:4160-4270).
 * JetPrepareUpdate(Replace) in a transaction write-locks at once (fldmod.cxx:1116-1156); at level 0 it degrades
 * to ReplaceNoLock (fldmod.cxx:1138-1141) and JetUpdate finds the conflict (recupd.cxx:2867-2903); JetDelete
 * always write-locks (recupd.cxx:2320-2380). A failed JetUpdate stays prepared (recupd.cxx:1000-1004). Then the
 * client patterns of ese-clients.md §4: retry the batch, competing consumers, insert-or-get.
 */
import {
  JET_bitSeekEQ, JET_bitSeekGE, JET_errAlreadyPrepared, JET_errKeyDuplicate, JET_errRecordNotFound, JET_errSuccess,
  JET_errWriteConflict,
  JET_MoveNext, JET_prepCancel, JET_prepInsert, JET_prepReplace, JET_prepReplaceNoLock,
} from '../../src';
import {
  createPeople, fill, insertPerson, int32, intOf, isam, peopleIds, seekInt, self, textOf, sides,
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

function prepare(api: IsamApi, s: Side, id: number, prep = JET_prepReplace): number {
  goto(api, s, id);
  return api.JetPrepareUpdate(s.ses, s.t.tableid, prep);
}

function setAge(api: IsamApi, s: Side, age: number): void {
  expect(api.JetSetColumn(s.ses, s.t.tableid, s.t.age, int32(age), 4, 0, null)).toBe(JET_errSuccess);
}

function update(api: IsamApi, s: Side): number {
  return api.JetUpdate(s.ses, s.t.tableid, null, 0, null);
}

/** A complete replace of the age of record id; expects every step to succeed. */
function replaceAge(api: IsamApi, s: Side, id: number, age: number): void {
  expect(prepare(api, s, id)).toBe(JET_errSuccess);
  setAge(api, s, age);
  expect(update(api, s)).toBe(JET_errSuccess);
}

function ageOf(api: IsamApi, s: Side, id: number): number | null {
  goto(api, s, id);
  return intOf(api, s.ses, s.t.tableid, s.t.age);
}

describe("another session's uncommitted insert of the same primary key", () => {
  // The new record's version is uncommitted and another session's: "active not by me" (ver.hxx RCE::FActiveNotByMe),
  // so the version store answers a second insert of its key WriteConflict, which the B-tree insert turns into
  // KeyDuplicate (bt.cxx ErrBTInsert: an insert never answers WriteConflict), whatever else either session inserted.
  it('is KeyDuplicate while it is uncommitted, and free once it is rolled back', () => {
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    for (let id = 100; id < 140; id++) expect(insertPerson(w.api, a.ses, a.t, id, `a${id}`)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, b.ses, b.t, 117, 'b')).toBe(JET_errKeyDuplicate);
    // The failed JetUpdate leaves the insert prepared (recupd.cxx:1000-1004).
    expect(w.api.JetPrepareUpdate(b.ses, b.t.tableid, JET_prepInsert)).toBe(JET_errAlreadyPrepared);
    expect(w.api.JetPrepareUpdate(b.ses, b.t.tableid, JET_prepCancel)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, b.ses, b.t, 200, 'b')).toBe(JET_errSuccess);
    // And the other way round: b's uncommitted insert is in a's way.
    expect(insertPerson(w.api, a.ses, a.t, 200, 'a')).toBe(JET_errKeyDuplicate);
    expect(w.api.JetPrepareUpdate(a.ses, a.t.tableid, JET_prepCancel)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, a.ses, a.t, 140, 'a140')).toBe(JET_errSuccess);
    expect(insertPerson(w.api, b.ses, b.t, 140, 'b')).toBe(JET_errKeyDuplicate);
    expect(w.api.JetPrepareUpdate(b.ses, b.t.tableid, JET_prepCancel)).toBe(JET_errSuccess);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, b.ses, b.t, 117, 'b')).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    expect(peopleIds(w.api, a.ses, a.t)).toEqual([1, 2, 3, 117, 200]);
  });

  it('a nested level rolled back gives up its inserts; the level below keeps its own', () => {
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, a.ses, a.t, 10, 'low')).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, a.ses, a.t, 20, 'high')).toBe(JET_errSuccess);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, a.ses, a.t, 30, 'low again')).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    const tries = [10, 20, 30].map((id) => {
      const rc = insertPerson(w.api, b.ses, b.t, id, 'b');
      if (rc !== JET_errSuccess) expect(w.api.JetPrepareUpdate(b.ses, b.t.tableid, JET_prepCancel)).toBe(JET_errSuccess);
      return rc;
    });
    expect(tries).toEqual([JET_errKeyDuplicate, JET_errSuccess, JET_errKeyDuplicate]);
  });
});

describe('another session changed the record and has not committed', () => {
  it('JetPrepareUpdate(Replace) in a transaction is WriteConflict (fldmod.cxx:1151-1152)', () => {
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    replaceAge(w.api, a, 2, 21);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(prepare(w.api, b, 2)).toBe(JET_errWriteConflict);
    expect(prepare(w.api, b, 1)).toBe(JET_errSuccess); // another record is free
  });

  it('JetDelete is WriteConflict, in a transaction and at level 0 (recupd.cxx:2366-2391)', () => {
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    replaceAge(w.api, a, 2, 21);
    goto(w.api, b, 2);
    expect(w.api.JetDelete(b.ses, b.t.tableid)).toBe(JET_errWriteConflict);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    goto(w.api, b, 2);
    expect(w.api.JetDelete(b.ses, b.t.tableid)).toBe(JET_errWriteConflict);
    expect(peopleIds(w.api, b.ses, b.t)).toEqual([1, 2, 3]);
  });

  it('the lock of a prepared replace alone, before any JetUpdate, already conflicts', () => {
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(prepare(w.api, a, 3)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(prepare(w.api, b, 3)).toBe(JET_errWriteConflict);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetRollback(b.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(prepare(w.api, b, 3)).toBe(JET_errSuccess); // the lock went with a's rollback
  });

  it('at level 0 a Replace prepares (as ReplaceNoLock) and the conflict comes from JetUpdate, which stays prepared', () => {
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    replaceAge(w.api, a, 2, 21);
    expect(prepare(w.api, b, 2)).toBe(JET_errSuccess);
    setAge(w.api, b, 22);
    expect(update(w.api, b)).toBe(JET_errWriteConflict);
    setAge(w.api, b, 23); // still prepared
    expect(w.api.JetPrepareUpdate(b.ses, b.t.tableid, JET_prepInsert)).toBe(JET_errAlreadyPrepared);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    // The record changed after b prepared it (recupd.cxx:2886-2902: checksum taken at a level-0 prepare).
    expect(update(w.api, b)).toBe(JET_errWriteConflict);
    expect(w.api.JetPrepareUpdate(b.ses, b.t.tableid, JET_prepCancel)).toBe(JET_errSuccess);
    replaceAge(w.api, b, 2, 24);
    expect(ageOf(w.api, a, 2)).toBe(24);
  });
});

describe('another session committed a change after this transaction began', () => {
  it('JetPrepareUpdate(Replace) and JetDelete are WriteConflict; a transaction begun later is free', () => {
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    replaceAge(w.api, a, 2, 21); // a at level 0: committed at once
    expect(prepare(w.api, b, 2)).toBe(JET_errWriteConflict);
    goto(w.api, b, 2);
    expect(w.api.JetDelete(b.ses, b.t.tableid)).toBe(JET_errWriteConflict);
    expect(w.api.JetRollback(b.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    replaceAge(w.api, b, 2, 22);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    expect(ageOf(w.api, a, 2)).toBe(22);
  });

  it('a record deleted by a committed transaction conflicts the same way', () => {
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    goto(w.api, a, 1);
    expect(w.api.JetDelete(a.ses, a.t.tableid)).toBe(JET_errSuccess);
    expect(ageOf(w.api, b, 1)).toBe(10); // b still sees it (snapshot)
    expect(w.api.JetPrepareUpdate(b.ses, b.t.tableid, JET_prepReplace)).toBe(JET_errWriteConflict);
  });

  it('ReplaceNoLock in a transaction prepares, and its JetUpdate is WriteConflict', () => {
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    replaceAge(w.api, a, 3, 31);
    expect(prepare(w.api, b, 3, JET_prepReplaceNoLock)).toBe(JET_errSuccess);
    setAge(w.api, b, 32);
    expect(update(w.api, b)).toBe(JET_errWriteConflict);
  });

  it('two ReplaceNoLock updates: the first JetUpdate wins, the second is WriteConflict (managedesent-api.md §7 item 13)', () => {
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(prepare(w.api, a, 1, JET_prepReplaceNoLock)).toBe(JET_errSuccess);
    expect(prepare(w.api, b, 1, JET_prepReplaceNoLock)).toBe(JET_errSuccess);
    setAge(w.api, a, 11);
    setAge(w.api, b, 12);
    expect(update(w.api, a)).toBe(JET_errSuccess);
    expect(update(w.api, b)).toBe(JET_errWriteConflict);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(update(w.api, b)).toBe(JET_errWriteConflict);
    expect(w.api.JetRollback(b.ses, 0)).toBe(JET_errSuccess);
    expect(ageOf(w.api, b, 1)).toBe(11);
  });
});

describe('no conflict', () => {
  it('different records, the same session, nested levels, and after the other transaction ended', () => {
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    replaceAge(w.api, a, 1, 11);
    replaceAge(w.api, b, 2, 22);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    replaceAge(w.api, a, 1, 12); // a's own version
    goto(w.api, a, 1);
    expect(w.api.JetDelete(a.ses, a.t.tableid)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    replaceAge(w.api, b, 3, 33); // level 0, after both committed
    expect(peopleIds(w.api, a.ses, a.t)).toEqual([2, 3]);
    expect([ageOf(w.api, a, 2), ageOf(w.api, a, 3)]).toEqual([22, 33]);
  });
});

describe('client patterns (ese-clients.md §4)', () => {
  it('retry the batch on WriteConflict: two read-modify-write increments both land', () => {
    const { w, a, b } = two();
    const increment = (s: Side): number => {
      expect(w.api.JetBeginTransaction(s.ses)).toBe(JET_errSuccess);
      const age = ageOf(w.api, s, 1) ?? 0;
      const rc = w.api.JetPrepareUpdate(s.ses, s.t.tableid, JET_prepReplace);
      if (rc !== JET_errSuccess) {
        expect(w.api.JetRollback(s.ses, 0)).toBe(JET_errSuccess);
        return rc;
      }
      setAge(w.api, s, age + 1);
      expect(update(w.api, s)).toBe(JET_errSuccess);
      return JET_errSuccess;
    };
    expect(increment(a)).toBe(JET_errSuccess); // a holds its transaction open
    expect(increment(b)).toBe(JET_errWriteConflict);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(increment(b)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    expect(ageOf(w.api, a, 1)).toBe(12);
  });

  it('competing consumers: a consumer that meets WriteConflict skips to the next item', () => {
    const { w, a, b } = two();
    /** Claims the first unclaimed item (age < 100) from id 1 on, in the open transaction; returns its id. */
    const claim = (s: Side): number | null => {
      expect(seekInt(w.api, s.ses, s.t.tableid, 1, JET_bitSeekGE)).toBe(JET_errSuccess);
      do {
        const age = intOf(w.api, s.ses, s.t.tableid, s.t.age) ?? 0;
        if (age >= 100) continue;
        const rc = w.api.JetPrepareUpdate(s.ses, s.t.tableid, JET_prepReplace);
        if (rc === JET_errWriteConflict) continue;
        expect(rc).toBe(JET_errSuccess);
        setAge(w.api, s, age + 100);
        expect(update(w.api, s)).toBe(JET_errSuccess);
        return intOf(w.api, s.ses, s.t.tableid, s.t.id);
      } while (w.api.JetMove(s.ses, s.t.tableid, JET_MoveNext, 0) === JET_errSuccess);
      return null;
    };
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(claim(a)).toBe(1);
    expect(claim(b)).toBe(2);
    expect(claim(a)).toBe(3);
    expect(claim(b)).toBeNull();
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    expect([1, 2, 3].map((id) => ageOf(w.api, a, id))).toEqual([110, 120, 130]);
  });

  it("insert-or-get on a unique index: the loser of the race finds the winner's row", () => {
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(seekInt(w.api, b.ses, b.t.tableid, 9, JET_bitSeekEQ)).toBe(JET_errRecordNotFound); // not there yet
    expect(insertPerson(w.api, a.ses, a.t, 9, 'winner')).toBe(JET_errSuccess); // a commits first (level 0)
    // b's insert of the same key: which of the two codes comes back for a key committed after b's begin is not
    // traced in the engine (ese-semantics.md §7.5, "unsure"); Roslyn treats both as "someone else won".
    expect([JET_errKeyDuplicate, JET_errWriteConflict]).toContain(insertPerson(w.api, b.ses, b.t, 9, 'loser'));
    expect(w.api.JetRollback(b.ses, 0)).toBe(JET_errSuccess);
    expect(seekInt(w.api, b.ses, b.t.tableid, 9, JET_bitSeekEQ)).toBe(JET_errSuccess); // look again
    expect(textOf(w.api, b.ses, b.t.tableid, b.t.name)).toBe('winner');
    // With the winner committed before the loser's transaction began, the answer is KeyDuplicate.
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, b.ses, b.t, 9, 'late')).toBe(JET_errKeyDuplicate);
    expect(w.api.JetRollback(b.ses, 0)).toBe(JET_errSuccess);
    expect(peopleIds(w.api, b.ses, b.t)).toEqual([1, 2, 3, 9]);
  });
});
