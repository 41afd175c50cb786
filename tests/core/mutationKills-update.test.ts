/**
 * JetPrepareUpdate variants (src/engine/tableUpdate.ts) where mutation testing found no test. Expected values from
 * the engine: fldmod.cxx ErrIsamPrepareUpdate (ese-semantics.md §7.6). JET_prepInsert gives the autoincrement
 * column its next value at once (so it can be read from the copy buffer), JET_prepInsertMustSetAutoIncrement
 * does not and needs a table with an autoincrement column (else IllegalOperation); the insert-copy variants copy
 * the record and give the copy a new autoincrement value, except JET_prepInsertCopyReplaceOriginal, which keeps
 * the original's ("ICRO does not allocate new autoinc values"); JET_prepReadOnlyCopy is AlreadyPrepared when an
 * update is prepared, then NotInTransaction at level 0.
 */
import {
  out, JET_bitColumnAutoincrement, JET_bitRetrieveCopy, JET_coltypLong, JET_coltypLongLong, JET_errAlreadyPrepared,
  JET_errInvalidParameter, JET_errWriteConflict, JET_bitIndexUnique, JET_errKeyDuplicate, JET_prepInsertCopyDeleteOriginal,
  JET_bitSetAppendLV, JET_bitColumnTagged, JET_bitColumnMultiValued, JET_bitIndexDisallowNull, JET_errNullKeyDisallowed,
  JET_errIllegalOperation, JET_errNotInTransaction, JET_errSuccess, JET_errUpdateNotPrepared, JET_MoveFirst,
  JET_prepCancel, JET_prepInsert, JET_prepInsertCopy, JET_prepInsertCopyReplaceOriginal,
  JET_prepInsertMustSetAutoIncrement, JET_prepReadOnlyCopy, JET_prepReplace, JET_wrnColumnNull,
} from '../../src';
import type { JET_COLUMNID, JET_TABLEID } from '../../src';
import { addColumn, createIndex, createPeople, fill, int32, isam, readInt32, self, sides } from '../support/isam';
import type { Isam } from '../support/isam';

interface Numbered {
  w: Isam;
  t: JET_TABLEID;
  n: JET_COLUMNID;
  v: JET_COLUMNID;
  x: JET_COLUMNID;
}

/** Table "numbered": n Long autoincrement, v Long, x Long; primary index on v. */
function numbered(): Numbered {
  const w = isam();
  const box = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, 'numbered', 0, 100, box)).toBe(JET_errSuccess);
  const n = addColumn(w.api, w.ses, box.value, 'n', { coltyp: JET_coltypLong, grbit: JET_bitColumnAutoincrement });
  const v = addColumn(w.api, w.ses, box.value, 'v', { coltyp: JET_coltypLong });
  const x = addColumn(w.api, w.ses, box.value, 'x', { coltyp: JET_coltypLong });
  expect(createIndex(w.api, w.ses, box.value, 'primary', 0x1 | 0x2, '+v')).toBe(JET_errSuccess);
  return { w, t: box.value, n, v, x };
}

function copyOf(x: Numbered, col: JET_COLUMNID): number | null {
  const b = new Uint8Array(4);
  const cb = out<number>();
  const rc = x.w.api.JetRetrieveColumn(x.w.ses, x.t, col, b, 4, cb, JET_bitRetrieveCopy, null);
  if (rc === JET_wrnColumnNull) return null;
  expect(rc).toBe(JET_errSuccess);
  return readInt32(b);
}

function current(x: Numbered, col: JET_COLUMNID): number | null {
  const b = new Uint8Array(4);
  const rc = x.w.api.JetRetrieveColumn(x.w.ses, x.t, col, b, 4, out<number>(), 0, null);
  if (rc === JET_wrnColumnNull) return null;
  expect(rc).toBe(JET_errSuccess);
  return readInt32(b);
}

function insert(x: Numbered, v: number, prep = JET_prepInsert): void {
  expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, prep)).toBe(JET_errSuccess);
  expect(x.w.api.JetSetColumn(x.w.ses, x.t, x.v, int32(v), 4, 0, null)).toBe(JET_errSuccess);
  expect(x.w.api.JetUpdate(x.w.ses, x.t, null, 0, null)).toBe(JET_errSuccess);
}

describe('autoincrement columns and the insert variants', () => {
  it('JET_prepInsert sets the next value in the copy buffer; MustSetAutoIncrement leaves it to the caller', () => {
    const x = numbered();
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(copyOf(x, x.n)).toBe(1);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepCancel)).toBe(JET_errSuccess);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepInsertMustSetAutoIncrement)).toBe(JET_errSuccess);
    expect(copyOf(x, x.n)).toBeNull();
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepInsertMustSetAutoIncrement)).toBe(JET_errAlreadyPrepared);
  });

  it('JET_prepInsertMustSetAutoIncrement on a table without an autoincrement column is IllegalOperation', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsertMustSetAutoIncrement)).toBe(JET_errIllegalOperation);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepCancel)).toBe(JET_errUpdateNotPrepared);
  });

  it('JET_prepInsertCopy gives the copy a new value; JET_prepInsertCopyReplaceOriginal keeps the original one', () => {
    const x = numbered();
    insert(x, 100);
    insert(x, 200);
    expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(current(x, x.n)).toBe(1);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepInsertCopy)).toBe(JET_errSuccess);
    expect(copyOf(x, x.n)).toBe(3);
    expect(copyOf(x, x.v)).toBe(100);
    expect(x.w.api.JetSetColumn(x.w.ses, x.t, x.v, int32(300), 4, 0, null)).toBe(JET_errSuccess);
    expect(x.w.api.JetUpdate(x.w.ses, x.t, null, 0, null)).toBe(JET_errSuccess);
    expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepInsertCopyReplaceOriginal)).toBe(JET_errSuccess);
    expect(copyOf(x, x.n)).toBe(1);
    expect(x.w.api.JetSetColumn(x.w.ses, x.t, x.v, int32(50), 4, 0, null)).toBe(JET_errSuccess);
    expect(x.w.api.JetUpdate(x.w.ses, x.t, null, 0, null)).toBe(JET_errSuccess);
    // The records by v: 50 (moved from 100, still n 1), 200 (n 2), 300 (n 3).
    expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    const seen: Array<[number | null, number | null]> = [];
    do seen.push([current(x, x.v), current(x, x.n)]); while (x.w.api.JetMove(x.w.ses, x.t, 1, 0) === JET_errSuccess);
    expect(seen).toEqual([[50, 1], [200, 2], [300, 3]]);
  });
});

describe('JET_prepReadOnlyCopy', () => {
  it('AlreadyPrepared first, then NotInTransaction at level 0; in a transaction the copy holds the record', () => {
    const x = numbered();
    insert(x, 100);
    expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepReadOnlyCopy)).toBe(JET_errAlreadyPrepared);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepCancel)).toBe(JET_errSuccess);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepReadOnlyCopy)).toBe(JET_errNotInTransaction);
    expect(x.w.api.JetBeginTransaction(x.w.ses)).toBe(JET_errSuccess);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepReadOnlyCopy)).toBe(JET_errSuccess);
    expect(copyOf(x, x.v)).toBe(100);
    expect(copyOf(x, x.n)).toBe(1);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepReadOnlyCopy)).toBe(JET_errAlreadyPrepared);
    // A read-only copy is neither an insert nor a replace: JetSetColumn and JetUpdate find no update prepared
    // (fldmod.cxx ErrIsamSetColumn FFUCBSetPrepared, recupd.cxx ErrIsamUpdate).
    expect(x.w.api.JetSetColumn(x.w.ses, x.t, x.x, int32(1), 4, 0, null)).toBe(JET_errUpdateNotPrepared);
    expect(x.w.api.JetUpdate(x.w.ses, x.t, null, 0, null)).toBe(JET_errUpdateNotPrepared);
  });
});

describe('more JetPrepareUpdate rules', () => {
  it('an 8-byte autoincrement column gets its value as a little-endian LONGLONG', () => {
    const w = isam();
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'wide', 0, 100, box)).toBe(JET_errSuccess);
    const n = addColumn(w.api, w.ses, box.value, 'n', { coltyp: JET_coltypLongLong, grbit: JET_bitColumnAutoincrement });
    expect(w.api.JetPrepareUpdate(w.ses, box.value, JET_prepInsert)).toBe(JET_errSuccess);
    const b = new Uint8Array(8);
    expect(w.api.JetRetrieveColumn(w.ses, box.value, n, b, 8, out<number>(), JET_bitRetrieveCopy, null)).toBe(JET_errSuccess);
    expect([...b]).toEqual([1, 0, 0, 0, 0, 0, 0, 0]);
  });

  // fldmod.cxx ErrIsamPrepareUpdate: AlreadyPrepared for every variant while an update is prepared; an unknown
  // prep value is InvalidParameter.
  it('a second JET_prepReplace is AlreadyPrepared; unknown prep values are InvalidParameter', () => {
    const x = numbered();
    insert(x, 100);
    expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepReplace)).toBe(JET_errAlreadyPrepared);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepInsertCopy)).toBe(JET_errAlreadyPrepared);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepCancel)).toBe(JET_errSuccess);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, 1)).toBe(JET_errInvalidParameter);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, 6)).toBe(JET_errInvalidParameter);
  });

  // In a transaction JET_prepReplace write-locks the record (fldmod.cxx: the replace takes the lock, it is not a
  // ReplaceNoLock), so JetUpdate writes the copy buffer even when another cursor of the same session changed the
  // record in between; only a ReplaceNoLock checks that the record is unchanged (recupd.cxx
  // ErrRECUpgradeReplaceNoLock).
  it('a locked replace in a transaction overwrites a change the same session made through another cursor', () => {
    const x = numbered();
    insert(x, 100);
    const t2 = out<JET_TABLEID>();
    expect(x.w.api.JetOpenTable(x.w.ses, x.w.dbid, 'numbered', null, 0, 0, t2)).toBe(JET_errSuccess);
    expect(x.w.api.JetBeginTransaction(x.w.ses)).toBe(JET_errSuccess);
    expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(x.w.api.JetMove(x.w.ses, t2.value, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, t2.value, JET_prepReplace)).toBe(JET_errSuccess);
    expect(x.w.api.JetSetColumn(x.w.ses, t2.value, x.x, int32(7), 4, 0, null)).toBe(JET_errSuccess);
    expect(x.w.api.JetUpdate(x.w.ses, t2.value, null, 0, null)).toBe(JET_errSuccess);
    expect(x.w.api.JetSetColumn(x.w.ses, x.t, x.x, int32(9), 4, 0, null)).toBe(JET_errSuccess);
    expect(x.w.api.JetUpdate(x.w.ses, x.t, null, 0, null)).toBe(JET_errSuccess);
    expect(x.w.api.JetCommitTransaction(x.w.ses, 0)).toBe(JET_errSuccess);
    expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(current(x, x.x)).toBe(9);
  });
});

describe('replaces keep the autoincrement value; a value of exactly cbMax fits', () => {
  // fldmod.cxx ErrIsamPrepareUpdate: only the insert variants (not ICRO) set an autoincrement value; a replace
  // (at level 0 a ReplaceNoLock) copies the record as it is.
  it('JET_prepReplace outside a transaction leaves the autoincrement column as it was', () => {
    const x = numbered();
    insert(x, 100);
    insert(x, 200);
    expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(copyOf(x, x.n)).toBe(1);
    expect(x.w.api.JetSetColumn(x.w.ses, x.t, x.x, int32(5), 4, 0, null)).toBe(JET_errSuccess);
    expect(x.w.api.JetUpdate(x.w.ses, x.t, null, 0, null)).toBe(JET_errSuccess);
    expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(current(x, x.n)).toBe(1);
    expect(current(x, x.x)).toBe(5);
    // The next insert still gets 3: the replace took no value.
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(copyOf(x, x.n)).toBe(3);
  });

  // A Text column of cbMax 64 takes a 64-byte value whole: no truncation, no warning.
  it('a 64-byte value in a Text column of cbMax 64 is set whole with Success', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, p.tableid, p.id, int32(1), 4, 0, null)).toBe(JET_errSuccess);
    const name = new Uint8Array(64).fill(0x61);
    expect(w.api.JetSetColumn(w.ses, p.tableid, p.name, name, 64, 0, null)).toBe(JET_errSuccess);
    const back = new Uint8Array(80);
    const cb = out<number>();
    expect(w.api.JetRetrieveColumn(w.ses, p.tableid, p.name, back, 80, cb, JET_bitRetrieveCopy, null)).toBe(JET_errSuccess);
    expect(cb.value).toBe(64);
  });
});

describe('values of a multi-valued column in the copy buffer', () => {
  // fldmod.cxx / tagfld.cxx (JetSetColumn with JET_SETINFO): itagSequence 0 or past the last value adds a value;
  // 1..count replaces that value; NULL data at 1..count removes it, and removing the last one leaves the column NULL.
  it('adds, replaces and removes values by itagSequence', () => {
    const x = numbered();
    const box = out<JET_COLUMNID>();
    expect(x.w.api.JetAddColumn(x.w.ses, x.t, 'tags', { coltyp: JET_coltypLong, grbit: JET_bitColumnTagged | JET_bitColumnMultiValued },
      null, 0, box)).toBe(JET_errSuccess);
    const tags = box.value;
    const set = (v: number | null, itagSequence: number): number =>
      x.w.api.JetSetColumn(x.w.ses, x.t, tags, v === null ? null : int32(v), v === null ? 0 : 4, 0, { itagSequence });
    const values = (): number[] => {
      const got: number[] = [];
      for (let itag = 1; ; itag++) {
        const b = new Uint8Array(4);
        const rc = x.w.api.JetRetrieveColumn(x.w.ses, x.t, tags, b, 4, out<number>(), JET_bitRetrieveCopy, { itagSequence: itag });
        if (rc === JET_wrnColumnNull) return got;
        expect(rc).toBe(JET_errSuccess);
        got.push(readInt32(b));
      }
    };
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(set(1, 0)).toBe(JET_errSuccess);
    expect(set(2, 5)).toBe(JET_errSuccess);
    expect(values()).toEqual([1, 2]);
    expect(set(3, 2)).toBe(JET_errSuccess);
    expect(values()).toEqual([1, 3]);
    expect(set(null, 1)).toBe(JET_errSuccess);
    expect(values()).toEqual([3]);
    expect(set(null, 1)).toBe(JET_errSuccess);
    expect(values()).toEqual([]);
  });
});

describe('JetUpdate and a DisallowNull index', () => {
  // JET_bitIndexDisallowNull: a record whose key for the index would be NULL is refused with NullKeyDisallowed.
  it('an insert without the indexed column is NullKeyDisallowed, with it Success', () => {
    const x = numbered();
    expect(createIndex(x.w.api, x.w.ses, x.t, 'xSet', JET_bitIndexDisallowNull, '+x')).toBe(JET_errSuccess);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(x.w.api.JetSetColumn(x.w.ses, x.t, x.v, int32(1), 4, 0, null)).toBe(JET_errSuccess);
    expect(x.w.api.JetUpdate(x.w.ses, x.t, null, 0, null)).toBe(JET_errNullKeyDisallowed);
    expect(x.w.api.JetSetColumn(x.w.ses, x.t, x.x, int32(1), 4, 0, null)).toBe(JET_errSuccess);
    expect(x.w.api.JetUpdate(x.w.ses, x.t, null, 0, null)).toBe(JET_errSuccess);
  });
});

describe('a replace prepared outside a transaction (ReplaceNoLock) meets changes at JetUpdate', () => {
  // fldmod.cxx: JET_prepReplace at level 0 takes no lock (it is a ReplaceNoLock); recupd.cxx
  // ErrRECUpgradeReplaceNoLock takes the write lock at JetUpdate (WriteConflict while another session holds it)
  // and then fails with WriteConflict when the record changed since the prepare.
  function two() {
    const w = isam();
    const c = createPeople(w.api, self(w), true);
    const s = sides(w, c);
    fill(w.api, s.a.ses, s.a.t, [[10, 'a', 1]]);
    for (const x of [s.a, s.b]) expect(w.api.JetMove(x.ses, x.t.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    return { w, ...s };
  }

  it('WriteConflict while another session holds an uncommitted change to the record; Success after its rollback', () => {
    const { w, a, b } = two();
    expect(w.api.JetPrepareUpdate(a.ses, a.t.tableid, JET_prepReplace)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(a.ses, a.t.tableid, a.t.age, int32(5), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(b.ses, b.t.tableid, JET_prepReplace)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(b.ses, b.t.tableid, b.t.name, new Uint8Array([0x62]), 1, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(b.ses, b.t.tableid, null, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(a.ses, a.t.tableid, null, 0, null)).toBe(JET_errWriteConflict);
    expect(w.api.JetRollback(b.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(a.ses, a.t.tableid, null, 0, null)).toBe(JET_errSuccess);
  });

  it('WriteConflict when another session committed a change to the record after the prepare', () => {
    const { w, a, b } = two();
    expect(w.api.JetPrepareUpdate(a.ses, a.t.tableid, JET_prepReplace)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(b.ses, b.t.tableid, JET_prepReplace)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(b.ses, b.t.tableid, b.t.age, int32(7), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(b.ses, b.t.tableid, null, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(a.ses, a.t.tableid, null, 0, null)).toBe(JET_errWriteConflict);
  });
});

describe('replace, delete and append rules', () => {
  // recupd.cxx ErrRECIReplace checks the unique indexes of the new values: a replace that takes another
  // record's unique key is KeyDuplicate.
  it('a replace into another record\'s unique key is KeyDuplicate', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    expect(createIndex(w.api, w.ses, p.tableid, 'uName', JET_bitIndexUnique, '+name')).toBe(JET_errSuccess);
    fill(w.api, w.ses, p, [[10, 'a', 1], [20, 'b', 2]]);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepReplace)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, p.tableid, p.name, new Uint8Array([0x62]), 1, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, p.tableid, null, 0, null)).toBe(JET_errKeyDuplicate);
  });

  // recupd.cxx ErrIsamDelete (ese-semantics.md §7.6): a pending JET_prepInsertCopyDeleteOriginal makes JetDelete
  // AlreadyPrepared; any other prepared update is cancelled and the record deleted.
  it('JetDelete with an InsertCopyDeleteOriginal prepared is AlreadyPrepared; with a replace prepared it deletes', () => {
    const x = numbered();
    insert(x, 100);
    insert(x, 200);
    expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepInsertCopyDeleteOriginal)).toBe(JET_errSuccess);
    expect(x.w.api.JetDelete(x.w.ses, x.t)).toBe(JET_errAlreadyPrepared);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepCancel)).toBe(JET_errSuccess);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(x.w.api.JetDelete(x.w.ses, x.t)).toBe(JET_errSuccess);
    expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(current(x, x.v)).toBe(200);
  });

  // JET_bitSetAppendLV on a long value column that is NULL sets the value.
  it('JET_bitSetAppendLV on a NULL long value sets it; a second append adds to it', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    // lv.cxx ErrRECSetLongField: a long value is set only inside a transaction.
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, p.tableid, p.note, new Uint8Array([0x61, 0x62]), 2, JET_bitSetAppendLV, null)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, p.tableid, p.note, new Uint8Array([0x63]), 1, JET_bitSetAppendLV, null)).toBe(JET_errSuccess);
    const b = new Uint8Array(8);
    const cb = out<number>();
    expect(w.api.JetRetrieveColumn(w.ses, p.tableid, p.note, b, 8, cb, JET_bitRetrieveCopy, null)).toBe(JET_errSuccess);
    expect([...b.subarray(0, cb.value)]).toEqual([0x61, 0x62, 0x63]);
  });
});
