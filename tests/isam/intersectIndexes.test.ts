/**
 * JetIntersectIndexes, from rec.cxx ErrIsamIntersectIndexes and its helpers:
 * - the record list's cbStruct must be sizeof(JET_RECORDLIST) (24 on x64), cindexrange neither 0 nor over 64
 *   (JET_errInvalidParameter);
 * - ErrRECICheckIndexrangesForUniqueness, per range: cbStruct sizeof(JET_INDEXRANGE) (24 on x64), the cursor on
 *   a secondary index (InvalidParameter), grbit exactly JET_bitRecordInIndex (JET_errInvalidGrbit; RecordNotInIndex
 *   is turned away as well), and against the others the same table and a different index (InvalidParameter);
 * - ErrRECIInsertBookmarksIntoSort: each range's bookmarks from the cursor's current entry (ErrDIRGet:
 *   NoCurrentRecord off an entry) by DIRNext to the end of its upper index range or of the index, into a sort that
 *   drops duplicates; the cursor ends after the range (dir.cxx ErrDIRICheckIndexRange: DIRAfterLast);
 * - ErrRECIJoinFindDuplicates: the bookmarks every sort holds go into a temp table with one Binary column
 *   (JET_bitColumnTTKey) in bookmark order; JET_RECORDLIST gets its tableid, the count and that column's id.
 */
import {
  out, JET_bitColumnMultiValued, JET_bitColumnTagged, JET_bitRangeInclusive, JET_bitRangeUpperLimit,
  JET_bitRecordInIndex, JET_bitRecordNotInIndex, JET_bitSeekEQ, JET_bitSetIndexRange, JET_coltypLong,
  JET_errInvalidGrbit, JET_errInvalidParameter, JET_errNoCurrentRecord, JET_errSuccess, JET_MoveFirst, JET_MoveLast,
  JET_MoveNext, JET_MovePrevious, JET_bitNewKey, JET_prepReplace,
} from '../../src';
import type { JET_INDEXRANGE, JET_RECORDLIST, JET_TABLEID } from '../../src';
import {
  addColumn, createIndex, createPeople, fill, int32, intOf, isam, openTable, seekInt, seekText, self,
} from '../support/isam';
import type { Isam, People } from '../support/isam';

/** ids 1..8: names a/b alternating-ish, ages 10/20. Records with name 'a' and age 20: 2, 6, 8. */
function world(): { w: Isam; p: People } {
  const w = isam();
  const p = createPeople(w.api, self(w));
  fill(w.api, w.ses, p, [
    [1, 'a', 10], [2, 'a', 20], [3, 'b', 20], [4, 'b', 10], [5, 'a', 10], [6, 'a', 20], [7, 'b', 20], [8, 'a', 20],
  ]);
  return { w, p };
}

/** A cursor of its own on `index`, on the entries equal to the key, with that index range (SeekEQ | SetIndexRange). */
function rangeOn(w: Isam, index: string, key: number | string): JET_TABLEID {
  const c = openTable(w.api, self(w), 'people');
  expect(w.api.JetSetCurrentIndex(w.ses, c, index)).toBe(JET_errSuccess);
  const grbit = JET_bitSeekEQ | JET_bitSetIndexRange;
  expect(typeof key === 'number' ? seekInt(w.api, w.ses, c, key, grbit) : seekText(w.api, w.ses, c, key, grbit)).toBe(JET_errSuccess);
  return c;
}

function ranges(...tableids: JET_TABLEID[]): JET_INDEXRANGE[] {
  return tableids.map((tableid) => ({ cbStruct: 24, tableid, grbit: JET_bitRecordInIndex }));
}

function intersect(w: Isam, rs: JET_INDEXRANGE[], n = rs.length): { rc: number; list: JET_RECORDLIST } {
  const box = out<JET_RECORDLIST>();
  const rc = w.api.JetIntersectIndexes(w.ses, rs, n, box, 0);
  return { rc, list: box.value };
}

/** The ids of the records whose bookmarks the record list holds, in its order (each bookmark gone to on `p`). */
function idsOf(w: Isam, p: People, list: JET_RECORDLIST): number[] {
  const ids: number[] = [];
  let rc = w.api.JetMove(w.ses, list.tableid, JET_MoveFirst, 0);
  while (rc === JET_errSuccess) {
    const bm = new Uint8Array(64);
    const cb = out<number>(0);
    expect(w.api.JetRetrieveColumn(w.ses, list.tableid, list.columnidBookmark, bm, 64, cb, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetGotoBookmark(w.ses, p.tableid, bm, cb.value)).toBe(JET_errSuccess);
    ids.push(intOf(w.api, w.ses, p.tableid, p.id) as number);
    rc = w.api.JetMove(w.ses, list.tableid, JET_MoveNext, 0);
  }
  expect(rc).toBe(JET_errNoCurrentRecord);
  return ids;
}

describe('JetIntersectIndexes', () => {
  test('the records in every range, as a temp table of their bookmarks in bookmark order', () => {
    const { w, p } = world();
    const r = intersect(w, ranges(rangeOn(w, 'byName', 'a'), rangeOn(w, 'byAge', 20)));
    expect(r.rc).toBe(JET_errSuccess);
    expect(r.list.cbStruct).toBe(24);
    expect(r.list.cRecord).toBe(3);
    expect(idsOf(w, p, r.list)).toEqual([2, 6, 8]);
  });

  test('one range gives its own records; the cursors are left after their ranges', () => {
    const { w, p } = world();
    const c = rangeOn(w, 'byAge', 10);
    const r = intersect(w, ranges(c));
    expect(r.rc).toBe(JET_errSuccess);
    expect(idsOf(w, p, r.list)).toEqual([1, 4, 5]);
    expect(w.api.JetRetrieveColumn(w.ses, c, p.id, new Uint8Array(4), 4, null, 0, null)).toBe(JET_errNoCurrentRecord);
    // byAge is "-age": after the 10s comes the end of the index; the range is gone, so Previous goes back to the last 10.
    expect(w.api.JetMove(w.ses, c, JET_MovePrevious, 0)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, c, p.id)).toBe(5);
  });

  test('without an index range a cursor contributes its entries from the current one to the end of the index', () => {
    const { w, p } = world();
    const c = openTable(w.api, self(w), 'people');
    expect(w.api.JetSetCurrentIndex(w.ses, c, 'byName')).toBe(JET_errSuccess);
    // byName: a(1) a(2) a(5) a(6) a(8) b(3) b(4) b(7); start on a(6).
    expect(seekText(w.api, w.ses, c, 'a', JET_bitSeekEQ)).toBe(JET_errSuccess);
    for (let i = 0; i < 3; i++) expect(w.api.JetMove(w.ses, c, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, c, p.id)).toBe(6);
    const r = intersect(w, ranges(c, rangeOn(w, 'byAge', 20)));
    expect(r.rc).toBe(JET_errSuccess);
    expect(idsOf(w, p, r.list)).toEqual([3, 6, 7, 8]);
  });

  test('a record with several entries in a range counts once', () => {
    const { w, p } = world();
    const tags = addColumn(w.api, w.ses, p.tableid, 'tags', { coltyp: JET_coltypLong, grbit: JET_bitColumnTagged | JET_bitColumnMultiValued });
    expect(createIndex(w.api, w.ses, p.tableid, 'byTags', 0, '+tags')).toBe(JET_errSuccess);
    // Record 2 gets tags 1 and 2.
    expect(seekInt(w.api, w.ses, p.tableid, 2, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepReplace)).toBe(JET_errSuccess);
    for (const v of [1, 2]) expect(w.api.JetSetColumn(w.ses, p.tableid, tags, int32(v), 4, 0, { itagSequence: 0 })).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, p.tableid, null, 0, null)).toBe(JET_errSuccess);
    // byTags from tag 1 up to tag 2: both entries of record 2.
    const c = rangeOn(w, 'byTags', 1);
    expect(w.api.JetMakeKey(w.ses, c, int32(2), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(w.api.JetSetIndexRange(w.ses, c, JET_bitRangeUpperLimit | JET_bitRangeInclusive)).toBe(JET_errSuccess);
    const r = intersect(w, ranges(c, rangeOn(w, 'byName', 'a')));
    expect(r.rc).toBe(JET_errSuccess);
    expect(r.list.cRecord).toBe(1);
    expect(idsOf(w, p, r.list)).toEqual([2]);
  });

  test('bad counts and sizes are InvalidParameter', () => {
    const { w } = world();
    const rs = ranges(rangeOn(w, 'byName', 'a'), rangeOn(w, 'byAge', 20));
    expect(intersect(w, rs, 0).rc).toBe(JET_errInvalidParameter);
    expect(intersect(w, rs, 65).rc).toBe(JET_errInvalidParameter);
    expect(intersect(w, [{ ...rs[0], cbStruct: 16 }, rs[1]]).rc).toBe(JET_errInvalidParameter);
    const box = out<JET_RECORDLIST>({ cbStruct: 16 } as JET_RECORDLIST);
    expect(w.api.JetIntersectIndexes(w.ses, rs, 2, box, 0)).toBe(JET_errInvalidParameter);
  });

  test('the primary index, one index twice, or two tables are InvalidParameter; a grbit other than RecordInIndex InvalidGrbit', () => {
    const { w } = world();
    const onPrimary = openTable(w.api, self(w), 'people');
    expect(w.api.JetMove(w.ses, onPrimary, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(intersect(w, ranges(onPrimary, rangeOn(w, 'byAge', 20))).rc).toBe(JET_errInvalidParameter);
    expect(intersect(w, ranges(rangeOn(w, 'byAge', 10), rangeOn(w, 'byAge', 20))).rc).toBe(JET_errInvalidParameter);
    const notIn = ranges(rangeOn(w, 'byName', 'a'), rangeOn(w, 'byAge', 20));
    notIn[1].grbit = JET_bitRecordNotInIndex;
    expect(intersect(w, notIn).rc).toBe(JET_errInvalidGrbit);

    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'other', 0, 100, box)).toBe(JET_errSuccess);
    addColumn(w.api, w.ses, box.value, 'age', { coltyp: JET_coltypLong });
    expect(createIndex(w.api, w.ses, box.value, 'byAge2', 0, '+age')).toBe(JET_errSuccess);
    expect(w.api.JetSetCurrentIndex(w.ses, box.value, 'byAge2')).toBe(JET_errSuccess);
    expect(intersect(w, ranges(box.value, rangeOn(w, 'byAge', 20))).rc).toBe(JET_errInvalidParameter);
  });

  test('a cursor off an entry is NoCurrentRecord', () => {
    const { w } = world();
    const c = openTable(w.api, self(w), 'people');
    expect(w.api.JetSetCurrentIndex(w.ses, c, 'byName')).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, c, JET_MoveLast, 0)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, c, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    expect(intersect(w, ranges(c, rangeOn(w, 'byAge', 20))).rc).toBe(JET_errNoCurrentRecord);
  });
});
