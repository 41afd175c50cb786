/**
 * Survivors of mutation testing in src/engine/cursorSeek.ts and src/engine/cursorUpdate.ts (docs/testing.md,
 * run 10), killed here. A materialized temp table runs the ordinary table code of the engine (sortapi.cxx: after
 * ErrIsamSortMaterialize the cursor's dispatch is the regular one), so the expected values come from:
 * - rec.cxx ErrIsamSeek: JetSeek(JET_bitSeekEQ | JET_bitSetIndexRange) on a found key calls
 *   ErrIsamSetIndexRange(JET_bitRangeInclusive | JET_bitRangeUpperLimit); the GE / LE seeks return without
 *   setting a range; a seek that finds nothing is JET_errRecordNotFound;
 * - fldmod.cxx ErrIsamPrepareUpdate: JET_prepInsertMustSetAutoIncrement needs an autoincrement column (a temp
 *   table has none: IllegalOperation); JET_prepReadOnlyCopy is NotInTransaction at level 0;
 * - fldmod.cxx ErrIsamSetColumn: a value replaces the column's value unless JET_bitSetAppendLV; cbData 0 sets NULL
 *   unless JET_bitSetZeroLength;
 * - recupd.cxx ErrIsamUpdate: a read-only copy is not an update (UpdateNotPrepared); a replace (with or without
 *   lock) writes the record in place, and a record deleted since the prepare is RecordDeleted; the insert-copy
 *   variants JET_prepInsertCopyDeleteOriginal / JET_prepInsertCopyReplaceOriginal insert the copy and delete the
 *   original; ErrIsamDelete with an InsertCopyDeleteOriginal prepared is AlreadyPrepared (ese-semantics.md §7.6);
 * - recupd.cxx ErrIsamEscrowUpdate: a pvOld buffer (cbOldMax not 0) smaller than the column is InvalidBufferSize,
 *   checked before the column's escrow flag (a temp table column is never an escrow column: InvalidOperation).
 */
import {
  out, JET_bitColumnTTKey, JET_bitNewKey, JET_bitRetrieveCopy, JET_bitSeekEQ, JET_bitSeekGE,
  JET_bitSeekGT, JET_bitSetIndexRange, JET_bitSetZeroLength, JET_bitTTForceMaterialization, JET_coltypBinary,
  JET_coltypLong, JET_coltypLongBinary, JET_errAlreadyPrepared, JET_errIllegalOperation, JET_errInvalidBufferSize,
  JET_errInvalidOperation, JET_errNoCurrentRecord, JET_errNotInTransaction, JET_errRecordDeleted,
  JET_errRecordNotFound, JET_errSuccess, JET_errUpdateNotPrepared, JET_MoveFirst, JET_MoveNext, JET_MovePrevious,
  JET_prepCancel, JET_prepInsert, JET_prepInsertCopyDeleteOriginal, JET_prepInsertCopyReplaceOriginal,
  JET_prepInsertMustSetAutoIncrement, JET_prepReadOnlyCopy, JET_prepReplace, JET_prepReplaceNoLock,
  JET_wrnColumnNull, JET_wrnSeekNotEqual,
} from '../../src';
import type { JetApi, JET_COLUMNID, JET_SESID, JET_TABLEID } from '../../src';
import { int32, readInt32, world } from '../support/fixture';

interface Tt {
  api: JetApi;
  ses: JET_SESID;
  t: JET_TABLEID;
  k: JET_COLUMNID;
  v: JET_COLUMNID;
  b: JET_COLUMNID;
  lv: JET_COLUMNID;
}

/** A temp table materialized at open: k Long key, v Long, b Binary, lv LongBinary; rows (k, v) inserted at level 0. */
function table(rows: Array<[number, number]>): Tt {
  const { api, ses } = world();
  const ids: JET_COLUMNID[] = [];
  const tt = out<JET_TABLEID>();
  const cols = [
    { coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }, { coltyp: JET_coltypLong }, { coltyp: JET_coltypBinary },
    { coltyp: JET_coltypLongBinary },
  ];
  expect(api.JetOpenTempTable(ses, cols, 4, JET_bitTTForceMaterialization, tt, ids)).toBe(JET_errSuccess);
  const x: Tt = { api, ses, t: tt.value, k: ids[0], v: ids[1], b: ids[2], lv: ids[3] };
  for (const [k, v] of rows) {
    ok(api.JetPrepareUpdate(ses, x.t, JET_prepInsert));
    ok(api.JetSetColumn(ses, x.t, x.k, int32(k), 4, 0, null));
    ok(api.JetSetColumn(ses, x.t, x.v, int32(v), 4, 0, null));
    ok(api.JetUpdate(ses, x.t, null, 0, null));
  }
  return x;
}

function ok(rc: number): void {
  expect(rc).toBe(JET_errSuccess);
}

function seek(x: Tt, k: number, grbit: number): number {
  ok(x.api.JetMakeKey(x.ses, x.t, int32(k), 4, JET_bitNewKey));
  return x.api.JetSeek(x.ses, x.t, grbit);
}

function cur(x: Tt, col: JET_COLUMNID, grbit = 0): number | null {
  const b = new Uint8Array(4);
  const rc = x.api.JetRetrieveColumn(x.ses, x.t, col, b, 4, out<number>(), grbit, null);
  if (rc === JET_wrnColumnNull) return null;
  ok(rc);
  return readInt32(b);
}

function keys(x: Tt): Array<[number | null, number | null]> {
  const seen: Array<[number | null, number | null]> = [];
  let rc = x.api.JetMove(x.ses, x.t, JET_MoveFirst, 0);
  while (rc === JET_errSuccess) {
    seen.push([cur(x, x.k), cur(x, x.v)]);
    rc = x.api.JetMove(x.ses, x.t, JET_MoveNext, 0);
  }
  expect(rc).toBe(JET_errNoCurrentRecord);
  return seen;
}

function bytesOf(x: Tt, col: JET_COLUMNID, grbit = 0): { rc: number; bytes: number[] } {
  const b = new Uint8Array(16);
  const cb = out<number>();
  const rc = x.api.JetRetrieveColumn(x.ses, x.t, col, b, 16, cb, grbit, null);
  return { rc, bytes: rc === JET_errSuccess ? [...b.subarray(0, cb.value)] : [] };
}

describe('JetSeek on a materialized temp table', () => {
  it('JET_bitSeekGT past the last key is RecordNotFound', () => {
    const x = table([[1, 10], [2, 20]]);
    expect(seek(x, 2, JET_bitSeekGT)).toBe(JET_errRecordNotFound);
    expect(seek(x, 9, JET_bitSeekGT)).toBe(JET_errRecordNotFound);
    expect(seek(x, 1, JET_bitSeekGT)).toBe(JET_errSuccess);
    expect(cur(x, x.k)).toBe(2);
  });

  it('SeekEQ | SetIndexRange sets an inclusive upper range at the key: back below it and forward onto it again', () => {
    const x = table([[1, 10], [2, 20], [3, 30]]);
    expect(seek(x, 2, JET_bitSeekEQ | JET_bitSetIndexRange)).toBe(JET_errSuccess);
    ok(x.api.JetMove(x.ses, x.t, JET_MovePrevious, 0));
    expect(cur(x, x.k)).toBe(1);
    ok(x.api.JetMove(x.ses, x.t, JET_MoveNext, 0));
    expect(cur(x, x.k)).toBe(2);
    expect(x.api.JetMove(x.ses, x.t, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
  });

  it('SeekGE | SetIndexRange sets no range', () => {
    const x = table([[1, 10], [2, 20], [3, 30]]);
    expect(seek(x, 2, JET_bitSeekGE | JET_bitSetIndexRange)).toBe(JET_errSuccess);
    ok(x.api.JetMove(x.ses, x.t, JET_MoveNext, 0));
    expect(cur(x, x.k)).toBe(3);
    // Not on the key itself: SeekNotEqual, and still no range.
    expect(seek(x, 0, JET_bitSeekGE | JET_bitSetIndexRange)).toBe(JET_wrnSeekNotEqual);
    ok(x.api.JetMove(x.ses, x.t, JET_MoveNext, 0));
    expect(cur(x, x.k)).toBe(2);
  });
});

describe('JetPrepareUpdate on a materialized temp table', () => {
  it('JET_prepInsertMustSetAutoIncrement is IllegalOperation (no autoincrement column), on a row or not', () => {
    const x = table([[1, 10]]);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsertMustSetAutoIncrement)).toBe(JET_errIllegalOperation);
    ok(x.api.JetMove(x.ses, x.t, JET_MoveFirst, 0));
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsertMustSetAutoIncrement)).toBe(JET_errIllegalOperation);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepCancel)).toBe(JET_errUpdateNotPrepared);
  });

  it('JET_prepReadOnlyCopy: NotInTransaction at level 0; in a transaction a copy that JetUpdate does not take', () => {
    const x = table([[1, 10]]);
    ok(x.api.JetMove(x.ses, x.t, JET_MoveFirst, 0));
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepReadOnlyCopy)).toBe(JET_errNotInTransaction);
    ok(x.api.JetBeginTransaction(x.ses));
    ok(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepReadOnlyCopy));
    expect(cur(x, x.v, JET_bitRetrieveCopy)).toBe(10);
    expect(x.api.JetUpdate(x.ses, x.t, null, 0, null)).toBe(JET_errUpdateNotPrepared);
    ok(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepCancel));
    ok(x.api.JetCommitTransaction(x.ses, 0));
    expect(keys(x)).toEqual([[1, 10]]);
  });
});

describe('JetSetColumn on a temp table', () => {
  it('a second value for a long column replaces the first (no JET_bitSetAppendLV)', () => {
    const x = table([]);
    // Long values are set only inside a transaction (lv.cxx ErrRECSetLongField: NotInTransaction at level 0).
    ok(x.api.JetBeginTransaction(x.ses));
    ok(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsert));
    ok(x.api.JetSetColumn(x.ses, x.t, x.lv, new Uint8Array([1, 2]), 2, 0, null));
    ok(x.api.JetSetColumn(x.ses, x.t, x.lv, new Uint8Array([3]), 1, 0, null));
    expect(bytesOf(x, x.lv, JET_bitRetrieveCopy)).toEqual({ rc: JET_errSuccess, bytes: [3] });
  });

  it('an empty value sets NULL, unless JET_bitSetZeroLength', () => {
    const x = table([]);
    ok(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsert));
    ok(x.api.JetSetColumn(x.ses, x.t, x.b, new Uint8Array([7]), 1, 0, null));
    ok(x.api.JetSetColumn(x.ses, x.t, x.b, new Uint8Array(0), 0, 0, null));
    expect(bytesOf(x, x.b, JET_bitRetrieveCopy).rc).toBe(JET_wrnColumnNull);
    ok(x.api.JetSetColumn(x.ses, x.t, x.b, new Uint8Array(0), 0, JET_bitSetZeroLength, null));
    expect(bytesOf(x, x.b, JET_bitRetrieveCopy)).toEqual({ rc: JET_errSuccess, bytes: [] });
    // A fixed column given no bytes is set to NULL too (no length check on a NULL).
    ok(x.api.JetSetColumn(x.ses, x.t, x.v, new Uint8Array(0), 0, 0, null));
    expect(cur(x, x.v, JET_bitRetrieveCopy)).toBeNull();
  });
});

describe('JetUpdate on a materialized temp table', () => {
  it('JET_prepReplaceNoLock replaces the record in place', () => {
    const x = table([[1, 10], [2, 20]]);
    expect(seek(x, 1, JET_bitSeekEQ)).toBe(JET_errSuccess);
    ok(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepReplaceNoLock));
    ok(x.api.JetSetColumn(x.ses, x.t, x.v, int32(11), 4, 0, null));
    ok(x.api.JetUpdate(x.ses, x.t, null, 0, null));
    expect(keys(x)).toEqual([[1, 11], [2, 20]]);
  });

  it('a replace whose record another cursor deleted is RecordDeleted, and changes nothing', () => {
    const x = table([[1, 10], [2, 20]]);
    const dup = out<JET_TABLEID>();
    ok(x.api.JetDupCursor(x.ses, x.t, dup, 0));
    expect(seek(x, 1, JET_bitSeekEQ)).toBe(JET_errSuccess);
    ok(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepReplace));
    ok(x.api.JetSetColumn(x.ses, x.t, x.v, int32(11), 4, 0, null));
    ok(x.api.JetMove(x.ses, dup.value, JET_MoveFirst, 0));
    ok(x.api.JetDelete(x.ses, dup.value));
    expect(x.api.JetUpdate(x.ses, x.t, null, 0, null)).toBe(JET_errRecordDeleted);
    ok(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepCancel));
    expect(keys(x)).toEqual([[2, 20]]);
  });

  it.each([
    ['JET_prepInsertCopyDeleteOriginal', JET_prepInsertCopyDeleteOriginal],
    ['JET_prepInsertCopyReplaceOriginal', JET_prepInsertCopyReplaceOriginal],
  ])('%s inserts the copy under its new key and deletes the original', (_name, prep) => {
    const x = table([[1, 10], [2, 20]]);
    expect(seek(x, 1, JET_bitSeekEQ)).toBe(JET_errSuccess);
    ok(x.api.JetPrepareUpdate(x.ses, x.t, prep));
    ok(x.api.JetSetColumn(x.ses, x.t, x.k, int32(5), 4, 0, null));
    ok(x.api.JetUpdate(x.ses, x.t, null, 0, null));
    expect(keys(x)).toEqual([[2, 20], [5, 10]]);
  });

  it('JetDelete with JET_prepInsertCopyDeleteOriginal prepared is AlreadyPrepared; with a replace prepared it deletes', () => {
    const x = table([[1, 10], [2, 20]]);
    expect(seek(x, 1, JET_bitSeekEQ)).toBe(JET_errSuccess);
    ok(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsertCopyDeleteOriginal));
    expect(x.api.JetDelete(x.ses, x.t)).toBe(JET_errAlreadyPrepared);
    ok(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepCancel));
    expect(keys(x)).toEqual([[1, 10], [2, 20]]);
    expect(seek(x, 1, JET_bitSeekEQ)).toBe(JET_errSuccess);
    ok(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepReplace));
    ok(x.api.JetDelete(x.ses, x.t));
    expect(keys(x)).toEqual([[2, 20]]);
  });
});

describe('JetEscrowUpdate on a materialized temp table', () => {
  it('a pvOld smaller than the column is InvalidBufferSize; cbOldMax 0 or enough room reaches InvalidOperation', () => {
    const x = table([[1, 10]]);
    ok(x.api.JetMove(x.ses, x.t, JET_MoveFirst, 0));
    ok(x.api.JetBeginTransaction(x.ses));
    const delta = int32(1);
    expect(x.api.JetEscrowUpdate(x.ses, x.t, x.v, delta, 4, new Uint8Array(2), 2, out<number>(), 0)).toBe(JET_errInvalidBufferSize);
    expect(x.api.JetEscrowUpdate(x.ses, x.t, x.v, delta, 4, new Uint8Array(4), 0, out<number>(), 0)).toBe(JET_errInvalidOperation);
    expect(x.api.JetEscrowUpdate(x.ses, x.t, x.v, delta, 4, new Uint8Array(4), 4, out<number>(), 0)).toBe(JET_errInvalidOperation);
    expect(x.api.JetEscrowUpdate(x.ses, x.t, x.v, delta, 4, new Uint8Array(8), 8, out<number>(), 0)).toBe(JET_errInvalidOperation);
    expect(x.api.JetEscrowUpdate(x.ses, x.t, x.v, delta, 4, null, 0, null, 0)).toBe(JET_errInvalidOperation);
  });
});
