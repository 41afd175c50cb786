/**
 * Secondary indexes and NULL columns: JET_bitIndexIgnoreNull, IgnoreAnyNull, IgnoreFirstNull, SortNullsHigh and
 * DisallowNull over one and two Long columns.
 *
 * The rules, from the engine's source (dev/ese/src/ese/):
 * - fcreate.cxx:1761-1786 (index definition): AllowSomeNulls unless DisallowNull or IgnoreAnyNull; AllowFirstNull
 *   also needs no IgnoreFirstNull; AllowAllNulls also needs no IgnoreNull. DisallowNull sets NoNullSeg and, if
 *   set, SortNullsHigh is not applied. fcreate.cxx:1503-1507: a primary index with an Ignore*Null bit is InvalidGrbit.
 * - fldnorm.cxx:1675-1700, 1875-1883 (ErrRECIIRetrieveKey): a NULL segment is the single byte 0x00 (0xc0 with
 *   SortNullsHigh, fldnorm.cxx:705-737), a value is 0x7f then its bytes; a descending segment has every byte
 *   complemented. The key is reported as all-NULL (wrnFLDNullKey), NULL first segment (wrnFLDNullFirstSeg) or some
 *   other NULL segment (wrnFLDNullSeg).
 * - recupd.cxx:581-662 (key enumeration for an update): NoNullSeg with any of the three is NullKeyDisallowed; an
 *   all-NULL key is left out unless AllowAllNulls, a NULL first segment unless AllowFirstNull, another NULL
 *   segment unless AllowSomeNulls. fcreate.cxx:4005-4008: building a NoNullSeg index over a NULL is
 *   NullKeyDisallowed.
 * - Entries with equal keys in a non-unique index are in primary-key order (managedesent-api.md item 23).
 */
import {
  out,
  JET_bitIndexDisallowNull, JET_bitIndexIgnoreAnyNull, JET_bitNewKey, JET_bitIndexIgnoreFirstNull, JET_bitIndexIgnoreNull,
  JET_bitIndexPrimary, JET_bitIndexSortNullsHigh, JET_bitIndexUnique, JET_coltypLong, JET_errInvalidGrbit,
  JET_errNullKeyDisallowed, JET_errSuccess, JET_prepCancel, JET_prepInsert, JET_prepReplace, JET_bitSeekEQ,
} from '../../src';
import type { JET_COLUMNID, JET_TABLEID } from '../../src';
import { addColumn, createIndex, int32, isam, scan, seekInt } from '../support/isam';
import type { Isam } from '../support/isam';

interface T {
  w: Isam;
  t: JET_TABLEID;
  id: JET_COLUMNID;
  x: JET_COLUMNID;
  y: JET_COLUMNID;
}

function table(): T {
  const w = isam();
  const box = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, 'n', 0, 100, box)).toBe(JET_errSuccess);
  const t = box.value;
  const id = addColumn(w.api, w.ses, t, 'id', { coltyp: JET_coltypLong });
  const x = addColumn(w.api, w.ses, t, 'x', { coltyp: JET_coltypLong });
  const y = addColumn(w.api, w.ses, t, 'y', { coltyp: JET_coltypLong });
  expect(createIndex(w.api, w.ses, t, 'pk', JET_bitIndexPrimary | JET_bitIndexUnique, '+id')).toBe(JET_errSuccess);
  return { w, t, id, x, y };
}

function insert(k: T, id: number, x: number | null, y: number | null): number {
  const { w, t } = k;
  expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
  expect(w.api.JetSetColumn(w.ses, t, k.id, int32(id), 4, 0, null)).toBe(JET_errSuccess);
  if (x !== null) expect(w.api.JetSetColumn(w.ses, t, k.x, int32(x), 4, 0, null)).toBe(JET_errSuccess);
  if (y !== null) expect(w.api.JetSetColumn(w.ses, t, k.y, int32(y), 4, 0, null)).toBe(JET_errSuccess);
  return w.api.JetUpdate(w.ses, t, null, 0, null);
}

/** id 1 (1,1), 2 (NULL,2), 3 (3,NULL), 4 (NULL,NULL), 5 (2,5). */
function rows(): T {
  const k = table();
  for (const [id, x, y] of [[1, 1, 1], [2, null, 2], [3, 3, null], [4, null, null], [5, 2, 5]] as Array<[number, number | null, number | null]>) {
    expect(insert(k, id, x, y)).toBe(JET_errSuccess);
  }
  return k;
}

/** The ids a walk of the index sees, in order. */
function walk(k: T, name: string): Array<number | null> {
  expect(k.w.api.JetSetCurrentIndex(k.w.ses, k.t, name)).toBe(JET_errSuccess);
  return scan(k.w.api, k.w.ses, k.t, k.id);
}

describe('one column "+x"', () => {
  it.each([
    ['no bit: NULLs included, lowest (0x00 < 0x7f), equal keys by primary key', 0, [2, 4, 1, 5, 3]],
    ['IgnoreNull', JET_bitIndexIgnoreNull, [1, 5, 3]],
    ['IgnoreAnyNull', JET_bitIndexIgnoreAnyNull, [1, 5, 3]],
    ['IgnoreFirstNull', JET_bitIndexIgnoreFirstNull, [1, 5, 3]],
    ['SortNullsHigh: NULLs after every value (0xc0 > 0x7f)', JET_bitIndexSortNullsHigh, [1, 5, 3, 2, 4]],
    ['SortNullsHigh | IgnoreNull', JET_bitIndexSortNullsHigh | JET_bitIndexIgnoreNull, [1, 5, 3]],
  ])('%s', (_name, grbit, expected) => {
    const k = rows();
    expect(createIndex(k.w.api, k.w.ses, k.t, 'ix', grbit, '+x')).toBe(JET_errSuccess);
    expect(walk(k, 'ix')).toEqual(expected);
  });

  it('the same rules hold for entries made by inserts after the index exists', () => {
    const k = table();
    expect(createIndex(k.w.api, k.w.ses, k.t, 'plain', 0, '+x')).toBe(JET_errSuccess);
    expect(createIndex(k.w.api, k.w.ses, k.t, 'ign', JET_bitIndexIgnoreNull, '+x')).toBe(JET_errSuccess);
    expect(createIndex(k.w.api, k.w.ses, k.t, 'high', JET_bitIndexSortNullsHigh, '+x')).toBe(JET_errSuccess);
    for (const [id, x] of [[4, null], [3, 3], [2, null], [1, 1], [5, 2]] as Array<[number, number | null]>) {
      expect(insert(k, id, x, null)).toBe(JET_errSuccess);
    }
    expect(walk(k, 'plain')).toEqual([2, 4, 1, 5, 3]);
    expect(walk(k, 'ign')).toEqual([1, 5, 3]);
    expect(walk(k, 'high')).toEqual([1, 5, 3, 2, 4]);
  });

  it('descending "-x": the complemented NULL byte (0xff) sorts after the values, unless SortNullsHigh (0x3f)', () => {
    const k = rows();
    expect(createIndex(k.w.api, k.w.ses, k.t, 'desc', 0, '-x')).toBe(JET_errSuccess);
    expect(createIndex(k.w.api, k.w.ses, k.t, 'deschigh', JET_bitIndexSortNullsHigh, '-x')).toBe(JET_errSuccess);
    expect(walk(k, 'desc')).toEqual([3, 5, 1, 2, 4]);
    expect(walk(k, 'deschigh')).toEqual([2, 4, 3, 5, 1]);
  });

  it('a key with no data seeks the NULL entries', () => {
    const k = rows();
    expect(createIndex(k.w.api, k.w.ses, k.t, 'ix', 0, '+x')).toBe(JET_errSuccess);
    expect(k.w.api.JetSetCurrentIndex(k.w.ses, k.t, 'ix')).toBe(JET_errSuccess);
    expect(k.w.api.JetMakeKey(k.w.ses, k.t, null, 0, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(k.w.api.JetSeek(k.w.ses, k.t, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(scan(k.w.api, k.w.ses, k.t, k.id).slice(0, 2)).toEqual([2, 4]);
    expect(seekInt(k.w.api, k.w.ses, k.t, 2, JET_bitSeekEQ)).toBe(JET_errSuccess);
  });
});

describe('two columns "+x\\0+y\\0\\0"', () => {
  it.each([
    // keys: 4 (00 00) < 2 (00 7f..) < 1 (7f..1 ..) < 5 (x 2) < 3 (x 3, y NULL)
    ['no bit: every record', 0, [4, 2, 1, 5, 3]],
    ['IgnoreNull: only the all-NULL key is left out', JET_bitIndexIgnoreNull, [2, 1, 5, 3]],
    ['IgnoreFirstNull: keys with a NULL first segment are left out', JET_bitIndexIgnoreFirstNull, [1, 5, 3]],
    ['IgnoreAnyNull: keys with any NULL segment are left out', JET_bitIndexIgnoreAnyNull, [1, 5]],
    ['SortNullsHigh: 0xc0 for every NULL segment', JET_bitIndexSortNullsHigh, [1, 5, 3, 2, 4]],
    ['SortNullsHigh | IgnoreFirstNull', JET_bitIndexSortNullsHigh | JET_bitIndexIgnoreFirstNull, [1, 5, 3]],
  ])('%s', (_name, grbit, expected) => {
    const k = rows();
    expect(createIndex(k.w.api, k.w.ses, k.t, 'ix', grbit, '+x', '+y')).toBe(JET_errSuccess);
    expect(walk(k, 'ix')).toEqual(expected);
  });

  it('a replace that makes a segment NULL takes the entry out of an IgnoreAnyNull index, and back in when set again', () => {
    const k = rows();
    expect(createIndex(k.w.api, k.w.ses, k.t, 'ix', JET_bitIndexIgnoreAnyNull, '+x', '+y')).toBe(JET_errSuccess);
    const { w, t } = k;
    expect(seekInt(w.api, w.ses, t, 5, JET_bitSeekEQ)).toBe(JET_errSuccess); // primary index: id 5
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, k.y, null, 0, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(walk(k, 'ix')).toEqual([1]);
    expect(w.api.JetSetCurrentIndex(w.ses, t, 'pk')).toBe(JET_errSuccess);
    expect(seekInt(w.api, w.ses, t, 4, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, k.x, int32(0), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, k.y, int32(9), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(walk(k, 'ix')).toEqual([4, 1]);
  });
});

describe('JET_bitIndexDisallowNull', () => {
  it('JetUpdate of a record with a NULL segment is NullKeyDisallowed, first or second, one column or two', () => {
    const k = table();
    expect(createIndex(k.w.api, k.w.ses, k.t, 'one', JET_bitIndexDisallowNull, '+x')).toBe(JET_errSuccess);
    expect(createIndex(k.w.api, k.w.ses, k.t, 'two', JET_bitIndexDisallowNull, '+y', '+x')).toBe(JET_errSuccess);
    expect(insert(k, 1, null, 1)).toBe(JET_errNullKeyDisallowed);
    expect(k.w.api.JetPrepareUpdate(k.w.ses, k.t, JET_prepCancel)).toBe(JET_errSuccess);
    expect(insert(k, 2, 2, null)).toBe(JET_errNullKeyDisallowed); // "two" has y first: NULL first segment
    expect(k.w.api.JetPrepareUpdate(k.w.ses, k.t, JET_prepCancel)).toBe(JET_errSuccess);
    expect(insert(k, 3, 3, 3)).toBe(JET_errSuccess);
    expect(walk(k, 'one')).toEqual([3]);
    expect(walk(k, 'two')).toEqual([3]);
    expect(walk(k, 'pk')).toEqual([3]); // nothing of the refused inserts is left
  });

  it('a replace that sets the column to NULL is NullKeyDisallowed and leaves the record as it was', () => {
    const k = table();
    expect(createIndex(k.w.api, k.w.ses, k.t, 'one', JET_bitIndexDisallowNull, '+x')).toBe(JET_errSuccess);
    expect(insert(k, 1, 7, null)).toBe(JET_errSuccess);
    const { w, t } = k;
    expect(seekInt(w.api, w.ses, t, 1, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, k.x, null, 0, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errNullKeyDisallowed);
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepCancel)).toBe(JET_errSuccess);
    expect(walk(k, 'one')).toEqual([1]);
    expect(seekInt(w.api, w.ses, t, 7, JET_bitSeekEQ)).toBe(JET_errSuccess);
  });

  it('building it over a record with a NULL is NullKeyDisallowed; SortNullsHigh beside it changes nothing for values', () => {
    const k = rows();
    expect(createIndex(k.w.api, k.w.ses, k.t, 'bad', JET_bitIndexDisallowNull, '+x')).toBe(JET_errNullKeyDisallowed);
    const k2 = table();
    expect(createIndex(k2.w.api, k2.w.ses, k2.t, 'dn', JET_bitIndexDisallowNull | JET_bitIndexSortNullsHigh, '+x')).toBe(JET_errSuccess);
    for (const [id, x] of [[1, 3], [2, 1], [3, 2]]) expect(insert(k2, id, x, null)).toBe(JET_errSuccess);
    expect(walk(k2, 'dn')).toEqual([2, 3, 1]);
  });
});

describe('the primary index', () => {
  it.each([
    ['IgnoreNull', JET_bitIndexIgnoreNull],
    ['IgnoreAnyNull', JET_bitIndexIgnoreAnyNull],
    ['IgnoreFirstNull', JET_bitIndexIgnoreFirstNull],
  ])('refuses %s with InvalidGrbit', (_name, grbit) => {
    const w = isam();
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'p', 0, 100, box)).toBe(JET_errSuccess);
    addColumn(w.api, w.ses, box.value, 'id', { coltyp: JET_coltypLong });
    expect(createIndex(w.api, w.ses, box.value, 'pk', JET_bitIndexPrimary | grbit, '+id')).toBe(JET_errInvalidGrbit);
  });
});
