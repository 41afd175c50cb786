/**
 * JetMakeKey's limit grbits and special grbits on a regular table, used the way clients use them: a seek GE / LE on a
 * key, then a second key made with a limit bit and JetSetIndexRange over a prefix or a range.
 *
 * The rules, all from the engine's source (dev/ese/src/ese/):
 * - fldnorm.cxx:2810-2831 (ErrIsamMakeKey): a Partial*Limit on a column that is neither text nor variable binary is
 *   InvalidGrbit; more than one bit of JET_maskLimitOptions is InvalidGrbit.
 * - fldnorm.cxx:2340-2397 (ErrFLDNormalizeSegment): Full*Limit: the segment as made, the end limit then padded with
 *   0xff to the end of key space (FLDISetFullColumnLimit, 1941-1957); Partial*Limit on text: the terminator of the
 *   text is taken off (a prefix of the column), the end limit padded with 0xff (FLDISetPartialColumnLimitOnTextColumn,
 *   1959-2033); SubStrLimit: the partial end limit, on text columns only (on other columns nothing); StrLimit: the
 *   binary rule (FLDITrySetPartialColumnLimitOnBinaryColumn, 2095-2139), which on a text column has no delimiter and
 *   so is the full-column end limit. Every limit sets KSLimit; only SubStrLimit on a non-text column does not.
 * - fldnorm.cxx:2677-2688: after a limit, a JetMakeKey without JET_bitNewKey is KeyIsMade; without a key, KeyNotMade.
 * - fldnorm.cxx:2196-2216 + 705-737: JET_bitKeyDataZeroLength makes the zero-length segment (prefix 0x40, NULL is
 *   0x00, data 0x7f) on a text or binary column, and is InvalidBufferSize on a fixed or non-text/binary column.
 * - fldnorm.cxx:2670-2700: JET_bitNormalizedKey copies the bytes given as the whole key; more than
 *   CbLimitKeyMost(cbKeyMost) bytes (and more than JET_cbKeyMost) is InvalidParameter.
 * - rec.cxx:3789-3895 (ErrIsamSetIndexRange) + fucb.cxx:331-369 (ErrFUCBCheckIndexRange): the made key is the range's
 *   end, compared bytewise with the index entries' keys (a shorter key that is a prefix sorts first); the current
 *   entry outside the range is NoCurrentRecord.
 * - rec.cxx:1224-1700 (ErrIsamSeek): GE on a key not found exactly is JET_wrnSeekNotEqual.
 */
import {
  out,
  JET_bitColumnFixed, JET_bitFullColumnEndLimit, JET_bitFullColumnStartLimit, JET_bitIndexPrimary, JET_bitIndexUnique,
  JET_bitKeyDataZeroLength, JET_bitNewKey, JET_bitNormalizedKey, JET_bitPartialColumnEndLimit,
  JET_bitPartialColumnStartLimit, JET_bitRangeInclusive, JET_bitRangeUpperLimit, JET_bitSeekEQ, JET_bitSeekGE,
  JET_bitSeekLE, JET_bitSetZeroLength, JET_bitStrLimit, JET_bitSubStrLimit, JET_coltypBinary, JET_coltypLong,
  JET_coltypText, JET_errInvalidBufferSize, JET_errInvalidGrbit, JET_errInvalidParameter, JET_errKeyIsMade,
  JET_errKeyNotMade, JET_errNoCurrentRecord, JET_errSuccess, JET_MoveNext, JET_MovePrevious, JET_prepInsert,
  JET_wrnSeekNotEqual,
} from '../../src';
import type { JET_COLUMNID, JET_TABLEID } from '../../src';
import { addColumn, ascii, createIndex, int32, intOf, isam } from '../support/isam';
import type { Isam } from '../support/isam';

const UPPER_INCL = JET_bitRangeUpperLimit | JET_bitRangeInclusive;

interface T {
  w: Isam;
  t: JET_TABLEID;
  id: JET_COLUMNID;
  a: JET_COLUMNID;
  s: JET_COLUMNID;
  v: JET_COLUMNID;
  f: JET_COLUMNID;
}

type Val = number | string | Uint8Array | null | '';

/**
 * Table "k": id Long (primary "+id"), a Long, s Text 1252 (variable), v Binary (variable), f Binary fixed 4 bytes.
 * Indexes: bys "+s", bya "+a", byas "+a\0+s\0\0", byv "+v", byf "+f".
 */
function table(): T {
  const w = isam();
  const box = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, 'k', 0, 100, box)).toBe(JET_errSuccess);
  const t = box.value;
  const id = addColumn(w.api, w.ses, t, 'id', { coltyp: JET_coltypLong });
  const a = addColumn(w.api, w.ses, t, 'a', { coltyp: JET_coltypLong });
  const s = addColumn(w.api, w.ses, t, 's', { coltyp: JET_coltypText, cp: 1252, cbMax: 255 });
  const v = addColumn(w.api, w.ses, t, 'v', { coltyp: JET_coltypBinary, cbMax: 255 });
  const f = addColumn(w.api, w.ses, t, 'f', { coltyp: JET_coltypBinary, cbMax: 4, grbit: JET_bitColumnFixed });
  expect(createIndex(w.api, w.ses, t, 'pk', JET_bitIndexPrimary | JET_bitIndexUnique, '+id')).toBe(JET_errSuccess);
  expect(createIndex(w.api, w.ses, t, 'bys', 0, '+s')).toBe(JET_errSuccess);
  expect(createIndex(w.api, w.ses, t, 'bya', 0, '+a')).toBe(JET_errSuccess);
  expect(createIndex(w.api, w.ses, t, 'byas', 0, '+a', '+s')).toBe(JET_errSuccess);
  expect(createIndex(w.api, w.ses, t, 'byv', 0, '+v')).toBe(JET_errSuccess);
  expect(createIndex(w.api, w.ses, t, 'byf', 0, '+f')).toBe(JET_errSuccess);
  return { w, t, id, a, s, v, f };
}

function bytesOf(x: Val): Uint8Array | null {
  if (x === null) return null;
  if (typeof x === 'number') return int32(x);
  if (typeof x === 'string') return ascii(x);
  return x;
}

function insert(k: T, id: number, cols: { a?: number | null; s?: string | null; v?: Uint8Array | null }): void {
  const { w, t } = k;
  expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
  expect(w.api.JetSetColumn(w.ses, t, k.id, int32(id), 4, 0, null)).toBe(JET_errSuccess);
  if (cols.a !== undefined && cols.a !== null) expect(w.api.JetSetColumn(w.ses, t, k.a, int32(cols.a), 4, 0, null)).toBe(JET_errSuccess);
  if (cols.s === '') expect(w.api.JetSetColumn(w.ses, t, k.s, null, 0, JET_bitSetZeroLength, null)).toBe(JET_errSuccess);
  else if (cols.s !== undefined && cols.s !== null) {
    const b = ascii(cols.s);
    expect(w.api.JetSetColumn(w.ses, t, k.s, b, b.length, 0, null)).toBe(JET_errSuccess);
  }
  if (cols.v !== undefined && cols.v !== null) expect(w.api.JetSetColumn(w.ses, t, k.v, cols.v, cols.v.length, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
}

function use(k: T, index: string): void {
  expect(k.w.api.JetSetCurrentIndex(k.w.ses, k.t, index)).toBe(JET_errSuccess);
}

function mk(k: T, x: Val, grbit: number): number {
  const b = bytesOf(x);
  return k.w.api.JetMakeKey(k.w.ses, k.t, b, b === null ? 0 : b.length, grbit);
}

function key(k: T, x: Val, grbit: number): void {
  expect(mk(k, x, grbit)).toBe(JET_errSuccess);
}

function seek(k: T, grbit: number): number {
  return k.w.api.JetSeek(k.w.ses, k.t, grbit);
}

function range(k: T, grbit: number): number {
  return k.w.api.JetSetIndexRange(k.w.ses, k.t, grbit);
}

function cur(k: T): number | null {
  return intOf(k.w.api, k.w.ses, k.t, k.id);
}

/** The current record's id, then the ids met moving dir until NoCurrentRecord. */
function walk(k: T, dir = JET_MoveNext): Array<number | null> {
  const seen = [cur(k)];
  let rc: number;
  while ((rc = k.w.api.JetMove(k.w.ses, k.t, dir, 0)) === JET_errSuccess) seen.push(cur(k));
  expect(rc).toBe(JET_errNoCurrentRecord);
  return seen;
}

/** Text rows for "+s": 1 'ab', 2 'abc', 3 'abd', 4 'abz', 5 'ac', 6 'b', 7 'aa'. */
function texts(): T {
  const k = table();
  const rows: Array<[number, string]> = [[1, 'ab'], [2, 'abc'], [3, 'abd'], [4, 'abz'], [5, 'ac'], [6, 'b'], [7, 'aa']];
  for (const [id, s] of rows) insert(k, id, { s });
  use(k, 'bys');
  return k;
}

/** Rows for "+a\0+s": 1 (1,'x'), 2 (1,'ya'), 3 (1,'yb'), 4 (2,'a'), 5 (2,'yc'), 6 (3,'b'), 7 (0,'z'). */
function pairs(): T {
  const k = table();
  const rows: Array<[number, number, string]> = [[1, 1, 'x'], [2, 1, 'ya'], [3, 1, 'yb'], [4, 2, 'a'], [5, 2, 'yc'], [6, 3, 'b'], [7, 0, 'z']];
  for (const [id, a, s] of rows) insert(k, id, { a, s });
  use(k, 'byas');
  return k;
}

describe('text prefix ranges on one text segment', () => {
  it('seek GE on the prefix, then PartialColumnEndLimit as an inclusive upper limit: every value starting with it', () => {
    const k = texts();
    key(k, 'ab', JET_bitNewKey);
    expect(seek(k, JET_bitSeekGE)).toBe(JET_errSuccess); // 'ab' itself is there
    key(k, 'ab', JET_bitNewKey | JET_bitPartialColumnEndLimit);
    expect(range(k, UPPER_INCL)).toBe(JET_errSuccess);
    expect(walk(k)).toEqual([1, 2, 3, 4]);
  });

  it('SubStrLimit on a text segment is the same partial end limit', () => {
    const k = texts();
    key(k, 'ab', JET_bitNewKey);
    expect(seek(k, JET_bitSeekGE)).toBe(JET_errSuccess);
    key(k, 'ab', JET_bitNewKey | JET_bitSubStrLimit);
    expect(range(k, UPPER_INCL)).toBe(JET_errSuccess);
    expect(walk(k)).toEqual([1, 2, 3, 4]);
  });

  it('PartialColumnStartLimit drops the terminator: a GE seek on a prefix nobody has lands on the first value with it', () => {
    const k = texts();
    // 'ab' + terminator sorts before 'abc', so a plain GE on 'abc' would find 'abc'; a partial start limit of
    // 'abc' is a prefix key: the first entry at or above it is 'abc' (equal is not possible: the entries all
    // carry their terminator), hence SeekNotEqual.
    key(k, 'abc', JET_bitNewKey | JET_bitPartialColumnStartLimit);
    expect(seek(k, JET_bitSeekGE)).toBe(JET_wrnSeekNotEqual);
    expect(cur(k)).toBe(2);
    key(k, 'abd', JET_bitNewKey | JET_bitPartialColumnEndLimit);
    expect(range(k, UPPER_INCL)).toBe(JET_errSuccess);
    expect(walk(k)).toEqual([2, 3]);
  });

  it('StrLimit on a text segment is the full-column end limit: the value itself, not the longer ones', () => {
    const k = texts();
    key(k, 'ab', JET_bitNewKey);
    expect(seek(k, JET_bitSeekGE)).toBe(JET_errSuccess);
    key(k, 'ab', JET_bitNewKey | JET_bitStrLimit);
    expect(range(k, UPPER_INCL)).toBe(JET_errSuccess);
    expect(walk(k)).toEqual([1]);
  });

  it('FullColumnEndLimit on a text segment likewise ends after the value itself', () => {
    const k = texts();
    key(k, 'aa', JET_bitNewKey | JET_bitFullColumnStartLimit);
    expect(seek(k, JET_bitSeekGE)).toBe(JET_errSuccess); // the start limit of a one-segment index is the key itself
    expect(cur(k)).toBe(7);
    key(k, 'ab', JET_bitNewKey | JET_bitFullColumnEndLimit);
    expect(range(k, UPPER_INCL)).toBe(JET_errSuccess);
    expect(walk(k)).toEqual([7, 1]);
  });

  it('an exclusive upper limit made without a limit bit stops before the value itself', () => {
    const k = texts();
    key(k, 'aa', JET_bitNewKey);
    expect(seek(k, JET_bitSeekGE)).toBe(JET_errSuccess);
    key(k, 'abd', JET_bitNewKey);
    expect(range(k, JET_bitRangeUpperLimit)).toBe(JET_errSuccess);
    expect(walk(k)).toEqual([7, 1, 2]);
  });

  it('a seek LE on a partial end limit lands on the last value with the prefix; a lower range walks back over the prefix', () => {
    const k = texts();
    key(k, 'ab', JET_bitNewKey | JET_bitPartialColumnEndLimit);
    expect(seek(k, JET_bitSeekLE)).toBe(JET_wrnSeekNotEqual);
    expect(cur(k)).toBe(4); // 'abz'
    key(k, 'ab', JET_bitNewKey | JET_bitPartialColumnStartLimit);
    expect(range(k, JET_bitRangeInclusive)).toBe(JET_errSuccess); // no UpperLimit: the key is the lower end
    expect(walk(k, JET_MovePrevious)).toEqual([4, 3, 2, 1]);
  });
});

describe('ranges on a two-column index "+a\\0+s\\0\\0"', () => {
  it('a prefix range over the first segment needs FullColumnEndLimit', () => {
    const k = pairs();
    key(k, 1, JET_bitNewKey);
    expect(seek(k, JET_bitSeekGE)).toBe(JET_wrnSeekNotEqual); // (1,'x') is above the one-segment key
    expect(cur(k)).toBe(1);
    key(k, 1, JET_bitNewKey | JET_bitFullColumnEndLimit);
    expect(range(k, UPPER_INCL)).toBe(JET_errSuccess);
    expect(walk(k)).toEqual([1, 2, 3]);
  });

  it('without the limit the one-segment key sorts before (1,x): the current entry is outside the range', () => {
    const k = pairs();
    key(k, 1, JET_bitNewKey);
    expect(seek(k, JET_bitSeekGE)).toBe(JET_wrnSeekNotEqual);
    key(k, 1, JET_bitNewKey);
    expect(range(k, UPPER_INCL)).toBe(JET_errNoCurrentRecord);
  });

  it('StrLimit on the integer first segment is the full-column end limit too', () => {
    const k = pairs();
    key(k, 2, JET_bitNewKey | JET_bitFullColumnStartLimit);
    expect(seek(k, JET_bitSeekGE)).toBe(JET_wrnSeekNotEqual);
    expect(cur(k)).toBe(4);
    key(k, 2, JET_bitNewKey | JET_bitStrLimit);
    expect(range(k, UPPER_INCL)).toBe(JET_errSuccess);
    expect(walk(k)).toEqual([4, 5]);
  });

  it('limits on the second segment: a=1 and s starting with "y"', () => {
    const k = pairs();
    key(k, 1, JET_bitNewKey);
    key(k, 'y', JET_bitPartialColumnStartLimit);
    expect(seek(k, JET_bitSeekGE)).toBe(JET_wrnSeekNotEqual);
    expect(cur(k)).toBe(2);
    key(k, 1, JET_bitNewKey);
    key(k, 'y', JET_bitPartialColumnEndLimit);
    expect(range(k, UPPER_INCL)).toBe(JET_errSuccess);
    expect(walk(k)).toEqual([2, 3]); // (2,'yc') has a=2: outside
  });

  it('a full-column end limit on the second segment includes the value itself only', () => {
    const k = pairs();
    key(k, 1, JET_bitNewKey);
    key(k, 'x', 0);
    expect(seek(k, JET_bitSeekGE)).toBe(JET_errSuccess);
    key(k, 1, JET_bitNewKey);
    key(k, 'ya', JET_bitFullColumnEndLimit);
    expect(range(k, UPPER_INCL)).toBe(JET_errSuccess);
    expect(walk(k)).toEqual([1, 2]);
  });

  it('seek LE on the first segment\'s end limit, then a lower range on its start limit, walks a=1 backwards', () => {
    const k = pairs();
    key(k, 1, JET_bitNewKey | JET_bitFullColumnEndLimit);
    expect(seek(k, JET_bitSeekLE)).toBe(JET_wrnSeekNotEqual);
    expect(cur(k)).toBe(3); // (1,'yb')
    key(k, 1, JET_bitNewKey | JET_bitFullColumnStartLimit);
    expect(range(k, JET_bitRangeInclusive)).toBe(JET_errSuccess);
    expect(walk(k, JET_MovePrevious)).toEqual([3, 2, 1]);
  });

  it('after a limit on the first segment a second segment is KeyIsMade; SubStrLimit on an integer makes no limit', () => {
    const k = pairs();
    for (const limit of [JET_bitFullColumnStartLimit, JET_bitFullColumnEndLimit, JET_bitStrLimit]) {
      key(k, 1, JET_bitNewKey | limit);
      expect(mk(k, 'x', 0)).toBe(JET_errKeyIsMade);
    }
    // fldnorm.cxx:2376-2385: SubStrLimit only acts on text columns; the Long segment is a plain one.
    key(k, 1, JET_bitNewKey | JET_bitSubStrLimit);
    expect(mk(k, 'x', 0)).toBe(JET_errSuccess);
    expect(seek(k, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(cur(k)).toBe(1);
  });

  it('a limit on the last segment also closes the key: a third JetMakeKey is KeyIsMade', () => {
    const k = pairs();
    key(k, 1, JET_bitNewKey);
    key(k, 'y', JET_bitPartialColumnEndLimit);
    expect(mk(k, 'z', 0)).toBe(JET_errKeyIsMade);
  });
});

describe('integer and binary segments', () => {
  it('an inclusive integer range [2, 3] made with FullColumnStartLimit / FullColumnEndLimit', () => {
    const k = table();
    for (const [id, a] of [[1, 1], [2, 2], [3, 2], [4, 3], [5, 4]]) insert(k, id, { a });
    use(k, 'bya');
    key(k, 2, JET_bitNewKey | JET_bitFullColumnStartLimit);
    expect(seek(k, JET_bitSeekGE)).toBe(JET_errSuccess);
    expect(cur(k)).toBe(2);
    key(k, 3, JET_bitNewKey | JET_bitFullColumnEndLimit);
    expect(range(k, UPPER_INCL)).toBe(JET_errSuccess);
    expect(walk(k)).toEqual([2, 3, 4]);
  });

  it('a prefix range over a variable binary column with PartialColumnEndLimit', () => {
    const k = table();
    const rows: Array<[number, number[]]> = [[1, [1, 2]], [2, [1, 2, 3]], [3, [1, 2, 9, 9]], [4, [1, 3]], [5, [1]]];
    for (const [id, v] of rows) insert(k, id, { v: Uint8Array.from(v) });
    use(k, 'byv');
    key(k, Uint8Array.from([1, 2]), JET_bitNewKey | JET_bitPartialColumnStartLimit);
    expect([JET_errSuccess, JET_wrnSeekNotEqual]).toContain(seek(k, JET_bitSeekGE));
    expect(cur(k)).toBe(1);
    key(k, Uint8Array.from([1, 2]), JET_bitNewKey | JET_bitPartialColumnEndLimit);
    expect(range(k, UPPER_INCL)).toBe(JET_errSuccess);
    expect(walk(k)).toEqual([1, 2, 3]);
  });
});

describe('combinations the engine refuses (fldnorm.cxx)', () => {
  it('partial-column limits on a Long segment are InvalidGrbit; on text and variable binary they work', () => {
    const k = table();
    use(k, 'bya');
    expect(mk(k, 1, JET_bitNewKey | JET_bitPartialColumnStartLimit)).toBe(JET_errInvalidGrbit);
    expect(mk(k, 1, JET_bitNewKey | JET_bitPartialColumnEndLimit)).toBe(JET_errInvalidGrbit);
    // (fldnorm.cxx:2810-2822 refuses a fixed binary segment too; esemu accepts it: reported, left out.)
    use(k, 'byv');
    expect(mk(k, Uint8Array.from([1, 2, 3]), JET_bitNewKey | JET_bitPartialColumnEndLimit)).toBe(JET_errSuccess);
    use(k, 'bys');
    expect(mk(k, 'x', JET_bitNewKey | JET_bitPartialColumnStartLimit)).toBe(JET_errSuccess);
  });

  it('two limit options at once are InvalidGrbit', () => {
    const k = table();
    use(k, 'bys');
    expect(mk(k, 'x', JET_bitNewKey | JET_bitFullColumnStartLimit | JET_bitFullColumnEndLimit)).toBe(JET_errInvalidGrbit);
    expect(mk(k, 'x', JET_bitNewKey | JET_bitPartialColumnStartLimit | JET_bitPartialColumnEndLimit)).toBe(JET_errInvalidGrbit);
    expect(mk(k, 'x', JET_bitNewKey | JET_bitFullColumnEndLimit | JET_bitPartialColumnEndLimit)).toBe(JET_errInvalidGrbit);
  });

  it('a segment without JET_bitNewKey and no key started is KeyNotMade', () => {
    const k = table();
    use(k, 'bys');
    expect(mk(k, 'x', 0)).toBe(JET_errKeyNotMade);
  });

  it('KeyDataZeroLength on a Long segment is InvalidBufferSize', () => {
    const k = table();
    use(k, 'bya');
    expect(mk(k, null, JET_bitNewKey | JET_bitKeyDataZeroLength)).toBe(JET_errInvalidBufferSize);
    // (fldnorm.cxx:2200-2204 answers the same for a fixed binary segment; esemu accepts it: reported, left out.)
  });

  it('a normalized key longer than the index can hold is InvalidParameter', () => {
    const k = table();
    use(k, 'bys');
    // cbKeyMost 255 (JetCreateIndex): CbLimitKeyMost is 256, JET_cbKeyMost 255; 300 bytes is over both.
    expect(k.w.api.JetMakeKey(k.w.ses, k.t, new Uint8Array(300).fill(0x7f), 300, JET_bitNormalizedKey)).toBe(JET_errInvalidParameter);
    expect(k.w.api.JetMakeKey(k.w.ses, k.t, new Uint8Array(200).fill(0x7f), 200, JET_bitNormalizedKey)).toBe(JET_errSuccess);
  });
});

describe('JET_bitKeyDataZeroLength', () => {
  it('a zero-length segment finds the zero-length value, a segment with no data finds NULL; NULL < "" < data', () => {
    const k = table();
    insert(k, 12, { s: 'a' });
    insert(k, 10, { s: null });
    insert(k, 11, { s: '' });
    use(k, 'bys');
    key(k, null, JET_bitNewKey | JET_bitKeyDataZeroLength);
    expect(seek(k, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(cur(k)).toBe(11);
    key(k, null, JET_bitNewKey);
    expect(seek(k, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(cur(k)).toBe(10);
    key(k, null, JET_bitNewKey);
    expect(seek(k, JET_bitSeekGE)).toBe(JET_errSuccess);
    expect(walk(k)).toEqual([10, 11, 12]);
  });
});

describe('JET_bitNormalizedKey', () => {
  function retrieveKey(k: T): Uint8Array {
    const buf = new Uint8Array(300);
    const cb = out<number>(0);
    expect(k.w.api.JetRetrieveKey(k.w.ses, k.t, buf, buf.length, cb, 0)).toBe(JET_errSuccess);
    return buf.slice(0, cb.value);
  }

  it('the key of an entry, read with JetRetrieveKey and given back normalized, seeks to that entry', () => {
    const k = pairs();
    key(k, 2, JET_bitNewKey);
    key(k, 'yc', 0);
    expect(seek(k, JET_bitSeekEQ)).toBe(JET_errSuccess);
    const kb = retrieveKey(k);
    expect(k.w.api.JetMove(k.w.ses, k.t, JET_MoveNext, 0)).toBe(JET_errSuccess); // go elsewhere
    expect(cur(k)).toBe(6);
    expect(k.w.api.JetMakeKey(k.w.ses, k.t, kb, kb.length, JET_bitNormalizedKey)).toBe(JET_errSuccess);
    expect(seek(k, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(cur(k)).toBe(5);
  });

  it('the normalized first segment is a prefix key: seek GE lands on the first entry with that a', () => {
    const k = pairs();
    // The Long segment is 5 bytes (fldnorm.cxx FLDNormalizeFixedSegment: the 0x7f prefix, then 4 bytes).
    key(k, 2, JET_bitNewKey);
    key(k, 'yc', 0);
    expect(seek(k, JET_bitSeekEQ)).toBe(JET_errSuccess);
    const prefix = retrieveKey(k).slice(0, 5);
    expect(k.w.api.JetMakeKey(k.w.ses, k.t, prefix, prefix.length, JET_bitNormalizedKey)).toBe(JET_errSuccess);
    expect(seek(k, JET_bitSeekGE)).toBe(JET_wrnSeekNotEqual);
    expect(cur(k)).toBe(4);
    // and the same bytes followed by 0xff, normalized, make the upper end of the a=2 range
    const limit = Uint8Array.from([...prefix, 0xff]);
    expect(k.w.api.JetMakeKey(k.w.ses, k.t, limit, limit.length, JET_bitNormalizedKey)).toBe(JET_errSuccess);
    expect(range(k, UPPER_INCL)).toBe(JET_errSuccess);
    expect(walk(k)).toEqual([4, 5]);
  });
});
