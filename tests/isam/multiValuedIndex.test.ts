/**
 * Secondary indexes over tagged multi-valued columns, from the engine's rules:
 * - recupd.cxx ErrRECIEnumerateKeys + rec.hxx KeySequence: one index entry per key a record yields; the first
 *   multi-valued column of the index counts itagSequence 1, 2, ... until it runs out (wrnFLDOutOfKeys), later
 *   multi-valued columns stay on their first value unless JET_bitIndexCrossProduct (every combination);
 *   ErrRECIAddToIndex / TRACK_INDEX_ENTRY_CONTEXT: equal keys of one record make one entry.
 * - fcreate.cxx (IDB flags): AllowSomeNulls unless DisallowNull / IgnoreAnyNull, AllowFirstNull unless also
 *   IgnoreFirstNull, AllowAllNulls unless also IgnoreNull; a NULL key the index does not allow gets no entry.
 * - fcreate.cxx: a primary index over a multi-valued column is JET_errIndexInvalidDef.
 * - fldext.cxx ErrRECIRetrieveFromIndex / ErrIsamRetrieveColumn: JET_bitRetrieveFromIndex reads the value the
 *   current entry came from; with JET_bitRetrieveTag the JET_RETINFO gets its itagSequence; a column that is not
 *   in the current index is JET_errColumnNotFound; FromIndex with FromPrimaryBookmark is JET_errInvalidGrbit.
 * - rec.cxx ErrIsamSetCurrentIndex (NoMove) -> ErrRECIGotoBookmark(itag = max(1, itagSequence)): the entry of
 *   that value; a value that does not exist is JET_errBadItagSequence.
 */
import {
  out, JET_bitColumnMultiValued, JET_bitColumnTagged, JET_bitIndexCrossProduct, JET_bitIndexEmpty, JET_bitIndexIgnoreAnyNull,
  JET_bitIndexIgnoreNull, JET_bitIndexNestedTable, JET_bitIndexPrimary, JET_bitIndexUnique, JET_bitMoveKeyNE, JET_bitNoMove,
  JET_bitRetrieveFromIndex, JET_bitRetrieveFromPrimaryBookmark, JET_bitRetrieveTag, JET_bitSeekEQ, JET_coltypLong,
  JET_errBadItagSequence, JET_errColumnNotFound, JET_errIndexInvalidDef, JET_errInvalidGrbit, JET_errKeyDuplicate,
  JET_errNoCurrentRecord, JET_errSuccess, JET_MoveFirst, JET_MoveNext, JET_prepCancel, JET_prepInsert, JET_prepReplace,
} from '../../src';
import type { JET_COLUMNID, JET_TABLEID } from '../../src';
import { addColumn, createIndex, int32, intOf, isam, readInt32, scan, seekInt } from '../support/isam';
import type { Isam } from '../support/isam';

interface Tags {
  w: Isam;
  t: JET_TABLEID;
  id: JET_COLUMNID;
  tag: JET_COLUMNID;
  other: JET_COLUMNID;
}

/** tags: id Long (primary), tag Long tagged multi-valued, other Long tagged multi-valued; no secondary index yet. */
function tags(): Tags {
  const w = isam();
  const box = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, 'tags', 0, 100, box)).toBe(JET_errSuccess);
  const t = box.value;
  const mv = { coltyp: JET_coltypLong, grbit: JET_bitColumnTagged | JET_bitColumnMultiValued };
  const id = addColumn(w.api, w.ses, t, 'id', { coltyp: JET_coltypLong });
  const tag = addColumn(w.api, w.ses, t, 'tag', mv);
  const other = addColumn(w.api, w.ses, t, 'other', mv);
  expect(createIndex(w.api, w.ses, t, 'primary', JET_bitIndexPrimary | JET_bitIndexUnique, '+id')).toBe(JET_errSuccess);
  return { w, t, id, tag, other };
}

/** Insert (or with `replace` replace the current record with) id and the values of tag and other, each appended (itagSequence 0). */
function put(x: Tags, id: number, tagValues: number[], otherValues: number[] = [], replace = false): number {
  const { w, t } = x;
  let rc = w.api.JetPrepareUpdate(w.ses, t, replace ? JET_prepReplace : JET_prepInsert);
  if (rc !== JET_errSuccess) return rc;
  if (!replace) expect(w.api.JetSetColumn(w.ses, t, x.id, int32(id), 4, 0, null)).toBe(JET_errSuccess);
  for (const v of tagValues) expect(w.api.JetSetColumn(w.ses, t, x.tag, int32(v), 4, 0, { itagSequence: 0 })).toBe(JET_errSuccess);
  for (const v of otherValues) expect(w.api.JetSetColumn(w.ses, t, x.other, int32(v), 4, 0, { itagSequence: 0 })).toBe(JET_errSuccess);
  rc = w.api.JetUpdate(w.ses, t, null, 0, null);
  return rc;
}

/** The (value read from the index, id) of every entry of the current index, in order. */
function entries(x: Tags, col: JET_COLUMNID): Array<[number | null, number | null]> {
  const { w, t } = x;
  const seen: Array<[number | null, number | null]> = [];
  let rc = w.api.JetMove(w.ses, t, JET_MoveFirst, 0);
  while (rc === JET_errSuccess) {
    const buf = new Uint8Array(4);
    const cb = out<number>(0);
    const r = w.api.JetRetrieveColumn(w.ses, t, col, buf, 4, cb, JET_bitRetrieveFromIndex, null);
    seen.push([r === JET_errSuccess ? readInt32(buf) : null, intOf(w.api, w.ses, t, x.id)]);
    rc = w.api.JetMove(w.ses, t, JET_MoveNext, 0);
  }
  expect(rc).toBe(JET_errNoCurrentRecord);
  return seen;
}

function count(x: Tags): number {
  const n = out<number>(0);
  expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
  expect(x.w.api.JetIndexRecordCount(x.w.ses, x.t, n, 0)).toBe(JET_errSuccess);
  return n.value;
}

function useIndex(x: Tags, name: string): void {
  expect(x.w.api.JetSetCurrentIndex(x.w.ses, x.t, name)).toBe(JET_errSuccess);
}

describe('entries of a multi-valued index', () => {
  test('one entry per value, in (value, bookmark) order; equal values of one record make one entry', () => {
    const x = tags();
    expect(createIndex(x.w.api, x.w.ses, x.t, 'byTag', 0, '+tag')).toBe(JET_errSuccess);
    expect(put(x, 1, [3, 1, 2])).toBe(JET_errSuccess);
    expect(put(x, 2, [2, 5])).toBe(JET_errSuccess);
    expect(put(x, 3, [7, 7])).toBe(JET_errSuccess);
    useIndex(x, 'byTag');
    expect(entries(x, x.tag)).toEqual([[1, 1], [2, 1], [2, 2], [3, 1], [5, 2], [7, 3]]);
    expect(count(x)).toBe(6);
  });

  test('an index built over existing records has the same entries as one maintained by the inserts', () => {
    const x = tags();
    expect(put(x, 1, [3, 1, 2])).toBe(JET_errSuccess);
    expect(put(x, 2, [2, 5])).toBe(JET_errSuccess);
    expect(createIndex(x.w.api, x.w.ses, x.t, 'byTag', 0, '+tag')).toBe(JET_errSuccess);
    useIndex(x, 'byTag');
    expect(entries(x, x.tag)).toEqual([[1, 1], [2, 1], [2, 2], [3, 1], [5, 2]]);
  });

  test('a replace drops the entries of values that went and keeps the others; a delete drops them all', () => {
    const x = tags();
    expect(createIndex(x.w.api, x.w.ses, x.t, 'byTag', 0, '+tag')).toBe(JET_errSuccess);
    expect(put(x, 1, [3, 1])).toBe(JET_errSuccess);
    expect(put(x, 2, [4])).toBe(JET_errSuccess);
    // On record 1 (primary index), replace its first value 3 by 9: values become [9, 1].
    expect(seekInt(x.w.api, x.w.ses, x.t, 1, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(x.w.api.JetSetColumn(x.w.ses, x.t, x.tag, int32(9), 4, 0, { itagSequence: 1 })).toBe(JET_errSuccess);
    expect(x.w.api.JetUpdate(x.w.ses, x.t, null, 0, null)).toBe(JET_errSuccess);
    useIndex(x, 'byTag');
    expect(entries(x, x.tag)).toEqual([[1, 1], [4, 2], [9, 1]]);
    expect(seekInt(x.w.api, x.w.ses, x.t, 9, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(x.w.api.JetDelete(x.w.ses, x.t)).toBe(JET_errSuccess);
    expect(entries(x, x.tag)).toEqual([[4, 2]]);
  });

  test('a record without values has one NULL entry, unless the index ignores NULL keys', () => {
    const x = tags();
    expect(createIndex(x.w.api, x.w.ses, x.t, 'byTag', 0, '+tag')).toBe(JET_errSuccess);
    expect(createIndex(x.w.api, x.w.ses, x.t, 'byTagNN', JET_bitIndexIgnoreNull, '+tag')).toBe(JET_errSuccess);
    expect(createIndex(x.w.api, x.w.ses, x.t, 'byTagId', JET_bitIndexIgnoreAnyNull, '+tag', '+id')).toBe(JET_errSuccess);
    expect(put(x, 1, [])).toBe(JET_errSuccess);
    expect(put(x, 2, [6, 4])).toBe(JET_errSuccess);
    useIndex(x, 'byTag');
    // NULLs sort low (no JET_bitIndexSortNullsHigh).
    expect(scan(x.w.api, x.w.ses, x.t, x.id)).toEqual([1, 2, 2]);
    useIndex(x, 'byTagNN');
    expect(scan(x.w.api, x.w.ses, x.t, x.id)).toEqual([2, 2]);
    useIndex(x, 'byTagId');
    expect(scan(x.w.api, x.w.ses, x.t, x.id)).toEqual([2, 2]);
  });

  test('only the first multi-valued column counts up; with CrossProduct every combination is an entry', () => {
    const x = tags();
    expect(createIndex(x.w.api, x.w.ses, x.t, 'plain', 0, '+tag', '+other')).toBe(JET_errSuccess);
    expect(createIndex(x.w.api, x.w.ses, x.t, 'cross', JET_bitIndexCrossProduct, '+tag', '+other')).toBe(JET_errSuccess);
    expect(put(x, 1, [1, 2], [10, 20])).toBe(JET_errSuccess);
    useIndex(x, 'plain');
    // (1,10) and (2,10): `other` stays on its first value.
    expect(entries(x, x.tag)).toEqual([[1, 1], [2, 1]]);
    expect(entries(x, x.other)).toEqual([[10, 1], [10, 1]]);
    useIndex(x, 'cross');
    expect(count(x)).toBe(4);
    expect(entries(x, x.other)).toEqual([[10, 1], [20, 1], [10, 1], [20, 1]]);
  });

  test('NestedTable moves the multi-valued columns together; a shorter one reads NULL until all are out', () => {
    // rec.hxx KeySequence::Increment (nested: every multi-valued itag + 1); fldnorm.cxx: in a nested-table index a
    // missing value beyond itag 1 is NULL, and wrnFLDOutOfKeys only when every multi-valued column is out.
    const x = tags();
    expect(createIndex(x.w.api, x.w.ses, x.t, 'nested', JET_bitIndexNestedTable, '+tag', '+other')).toBe(JET_errSuccess);
    expect(put(x, 1, [1, 2, 3], [10])).toBe(JET_errSuccess);
    useIndex(x, 'nested');
    // (1,10), (2,NULL), (3,NULL).
    expect(entries(x, x.tag)).toEqual([[1, 1], [2, 1], [3, 1]]);
    expect(entries(x, x.other)).toEqual([[10, 1], [null, 1], [null, 1]]);
    expect(createIndex(x.w.api, x.w.ses, x.t, 'both', JET_bitIndexNestedTable | JET_bitIndexCrossProduct, '+tag')).toBe(JET_errInvalidGrbit);
  });

  test('a unique multi-valued index refuses a value another record has, not one its own record repeats', () => {
    const x = tags();
    expect(createIndex(x.w.api, x.w.ses, x.t, 'uTag', JET_bitIndexUnique, '+tag')).toBe(JET_errSuccess);
    expect(put(x, 1, [1, 2])).toBe(JET_errSuccess);
    expect(put(x, 2, [3, 2])).toBe(JET_errKeyDuplicate);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepCancel)).toBe(JET_errSuccess);
    expect(put(x, 3, [4, 4])).toBe(JET_errSuccess);
    // Creating a unique index over records that share a value fails as well.
    expect(x.w.api.JetDeleteIndex(x.w.ses, x.t, 'uTag')).toBe(JET_errSuccess);
    expect(put(x, 4, [5])).toBe(JET_errSuccess);
    expect(put(x, 5, [6, 5])).toBe(JET_errSuccess);
    expect(createIndex(x.w.api, x.w.ses, x.t, 'uTag2', JET_bitIndexUnique, '+tag')).toBe(JET_errKeyDuplicate);
  });

  test('JET_bitIndexEmpty needs IgnoreAnyNull (InvalidGrbit) and no column with a default value (IndexInvalidDef)', () => {
    // fcreate.cxx: fEmptyIndex && !fIgnoreAnyNull is InvalidGrbit; an empty index over a column with a default
    // value is IndexInvalidDef.
    const x = tags();
    addColumn(x.w.api, x.w.ses, x.t, 'd', { coltyp: JET_coltypLong }, int32(7));
    expect(createIndex(x.w.api, x.w.ses, x.t, 'e0', JET_bitIndexEmpty, '+tag')).toBe(JET_errInvalidGrbit);
    expect(createIndex(x.w.api, x.w.ses, x.t, 'e1', JET_bitIndexEmpty | JET_bitIndexIgnoreAnyNull, '+d')).toBe(JET_errIndexInvalidDef);
    expect(createIndex(x.w.api, x.w.ses, x.t, 'e2', JET_bitIndexEmpty | JET_bitIndexIgnoreAnyNull, '+tag')).toBe(JET_errSuccess);
  });

  test('a primary index over a multi-valued column is IndexInvalidDef', () => {
    const w = isam();
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'p', 0, 100, box)).toBe(JET_errSuccess);
    addColumn(w.api, w.ses, box.value, 'tag', { coltyp: JET_coltypLong, grbit: JET_bitColumnTagged | JET_bitColumnMultiValued });
    expect(createIndex(w.api, w.ses, box.value, 'pk', JET_bitIndexPrimary, '+tag')).toBe(JET_errIndexInvalidDef);
  });
});

describe('moving, seeking and reading on a multi-valued index', () => {
  function world(): Tags {
    const x = tags();
    expect(createIndex(x.w.api, x.w.ses, x.t, 'byTag', 0, '+tag')).toBe(JET_errSuccess);
    expect(put(x, 1, [3, 1, 2])).toBe(JET_errSuccess);
    expect(put(x, 2, [2, 5])).toBe(JET_errSuccess);
    useIndex(x, 'byTag');
    return x;
  }

  function tagOf(x: Tags, grbit: number): { rc: number; value: number; itag: number } {
    const buf = new Uint8Array(4);
    const info = { itagSequence: 0, ibLongValue: 0 };
    const rc = x.w.api.JetRetrieveColumn(x.w.ses, x.t, x.tag, buf, 4, null, grbit, info);
    return { rc, value: readInt32(buf), itag: info.itagSequence };
  }

  test('a seek lands on the first entry of the key; MoveKeyNE skips the other records with that value', () => {
    const x = world();
    expect(seekInt(x.w.api, x.w.ses, x.t, 2, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(intOf(x.w.api, x.w.ses, x.t, x.id)).toBe(1);
    expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(intOf(x.w.api, x.w.ses, x.t, x.id)).toBe(2);
    expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(intOf(x.w.api, x.w.ses, x.t, x.id)).toBe(1);
    expect(seekInt(x.w.api, x.w.ses, x.t, 2, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveNext, JET_bitMoveKeyNE)).toBe(JET_errSuccess);
    expect(tagOf(x, JET_bitRetrieveFromIndex).value).toBe(3);
  });

  test('RetrieveFromIndex | RetrieveTag gives the value and the itagSequence of the current entry', () => {
    const x = world();
    expect(seekInt(x.w.api, x.w.ses, x.t, 2, JET_bitSeekEQ)).toBe(JET_errSuccess);
    // Record 1 holds [3, 1, 2]: its entry for 2 came from the third value.
    expect(tagOf(x, JET_bitRetrieveFromIndex | JET_bitRetrieveTag)).toEqual({ rc: JET_errSuccess, value: 2, itag: 3 });
    // Without FromIndex the retinfo's itagSequence 0 names no value of the tagged column (rec.hxx
    // ErrRECRetrieveTaggedColumn: BadItagSequence); nothing is read or written back.
    expect(tagOf(x, JET_bitRetrieveTag)).toEqual({ rc: JET_errBadItagSequence, value: 0, itag: 0 });
    expect(seekInt(x.w.api, x.w.ses, x.t, 5, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(tagOf(x, JET_bitRetrieveFromIndex | JET_bitRetrieveTag)).toEqual({ rc: JET_errSuccess, value: 5, itag: 2 });
  });

  test('JetRetrieveColumns with RetrieveFromIndex | RetrieveTag writes the itagSequence back', () => {
    // fldext.cxx ErrRECRetrieveColumns passes &pretcol->itagSequence to ErrRECIRetrieveFromIndex.
    const x = world();
    expect(seekInt(x.w.api, x.w.ses, x.t, 1, JET_bitSeekEQ)).toBe(JET_errSuccess);
    const col = { columnid: x.tag, pvData: new Uint8Array(4), cbData: 4, grbit: JET_bitRetrieveFromIndex | JET_bitRetrieveTag, itagSequence: 0,
      ibLongValue: 0, cbActual: 0, err: 0 };
    expect(x.w.api.JetRetrieveColumns(x.w.ses, x.t, [col], 1)).toBe(JET_errSuccess);
    // Record 1 [3, 1, 2]: key 1 is its second value.
    expect([readInt32(col.pvData), col.itagSequence]).toEqual([1, 2]);
  });

  test('RetrieveFromIndex of a column outside the index, or with FromPrimaryBookmark, fails', () => {
    const x = world();
    expect(seekInt(x.w.api, x.w.ses, x.t, 5, JET_bitSeekEQ)).toBe(JET_errSuccess);
    const buf = new Uint8Array(4);
    expect(x.w.api.JetRetrieveColumn(x.w.ses, x.t, x.other, buf, 4, null, JET_bitRetrieveFromIndex, null)).toBe(JET_errColumnNotFound);
    expect(x.w.api.JetRetrieveColumn(x.w.ses, x.t, x.tag, buf, 4, null,
      JET_bitRetrieveFromIndex | JET_bitRetrieveFromPrimaryBookmark, null)).toBe(JET_errInvalidGrbit);
    // FromPrimaryBookmark reads a column of the primary index.
    expect(x.w.api.JetRetrieveColumn(x.w.ses, x.t, x.id, buf, 4, null, JET_bitRetrieveFromPrimaryBookmark, null)).toBe(JET_errSuccess);
    expect(readInt32(buf)).toBe(2);
  });

  test('on the primary index RetrieveFromIndex reads the primary key: another column is ColumnNotFound', () => {
    // fldext.cxx ErrRECIRetrieveFromIndex: on the primary index, on a record, the segment is looked up in the
    // primary index (JET_errColumnNotFound when it is not there).
    const x = world();
    useIndex(x, 'primary');
    expect(seekInt(x.w.api, x.w.ses, x.t, 2, JET_bitSeekEQ)).toBe(JET_errSuccess);
    const buf = new Uint8Array(4);
    expect(x.w.api.JetRetrieveColumn(x.w.ses, x.t, x.tag, buf, 4, null, JET_bitRetrieveFromIndex, null)).toBe(JET_errColumnNotFound);
    expect(x.w.api.JetRetrieveColumn(x.w.ses, x.t, x.id, buf, 4, null, JET_bitRetrieveFromIndex, null)).toBe(JET_errSuccess);
    expect(readInt32(buf)).toBe(2);
  });

  test('JetSetCurrentIndex3(NoMove, itagSequence) lands on the entry of that value; a missing value is BadItagSequence', () => {
    const x = world();
    useIndex(x, 'primary');
    expect(seekInt(x.w.api, x.w.ses, x.t, 1, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(x.w.api.JetSetCurrentIndex3(x.w.ses, x.t, 'byTag', JET_bitNoMove, 2)).toBe(JET_errSuccess);
    // Record 1's second value is 1: its entry is the first of the index, so the next is (2, record 1).
    expect(tagOf(x, JET_bitRetrieveFromIndex).value).toBe(1);
    expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(tagOf(x, JET_bitRetrieveFromIndex | JET_bitRetrieveTag)).toEqual({ rc: JET_errSuccess, value: 2, itag: 3 });
    useIndex(x, 'primary');
    expect(seekInt(x.w.api, x.w.ses, x.t, 2, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(x.w.api.JetSetCurrentIndex3(x.w.ses, x.t, 'byTag', JET_bitNoMove, 3)).toBe(JET_errBadItagSequence);
  });
});
