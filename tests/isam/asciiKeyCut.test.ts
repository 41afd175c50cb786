/**
 * Where a non-Unicode (code page 1252) text key segment is cut, and what its last byte is then.
 *
 * The rules, read from the engine's source (dev/ese/src/ese/):
 * - fldnorm.cxx ErrFLDNormalizeTextSegment: the segment gets cbT = min(key space left, cbVarSegMac) bytes, the
 *   prefix byte 0x7f included (cbVarSegMac counts as cbKeyMost + 1 when the index did not set one below cbKeyMost,
 *   ErrRECIIRetrieveKey / ErrFLDNormalizeSegment); the text is normalized into the cbT - 1 bytes after the prefix.
 * - _osu/normu.cxx ErrUtilNormText: when the room is larger than the text, the text up to its first 0x00 is
 *   upper-cased ('a'..'z' only, _crt_clocale_strupr) and a 0x00 terminator follows. Otherwise room - 1 bytes are
 *   copied and cut at a 0x00 (strlen); when none was met and the next source byte is not 0x00 either, that byte goes
 *   in the last place with 0x20 subtracted whatever it is (_crt_clocale_toupper_broken), no terminator, and the
 *   answer is wrnFLDKeyTooBig; else the text ended inside the room and is terminated normally.
 * - fldnorm.cxx ErrFLDNormalizeTextSegment: a cut that leaves exactly cbVarSegMac - 1 bytes (cbVarSegMac below
 *   cbKeyMost) is "truncated on purpose" and the warning is dropped; a cut by the end of key space keeps it.
 * - fldnorm.cxx ErrRECIIRetrieveKey: a kept warning makes the key truncated (JET_errKeyTruncated with
 *   JET_bitIndexDisallowTruncation) and no later segment is appended; a segment cut on purpose is followed by the next.
 *   A descending segment is complemented after all that.
 * - fldnorm.cxx ErrIsamMakeKey / ErrFLDNormalizeSegment: JetMakeKey normalizes with the same function; a kept
 *   warning marks the search key too big (KSSetTooBig) and later segments add nothing; JetMakeKey still answers
 *   JET_errSuccess (no warning reaches the caller).
 * - The cut of the source to its first 255 bytes for cbKeyMost 255 (fldnorm.cxx ErrFLDNormalizeTextSegment,
 *   ErrIsamMakeKey) cannot be seen with single-byte text: such an index never gives a segment more than 254 bytes of
 *   room after the prefix, so the text is cut before byte 255 anyway.
 */
import {
  out,
  JET_bitColumnTTDescending, JET_bitColumnTTKey, JET_bitIndexDisallowTruncation, JET_bitIndexKeyMost,
  JET_bitIndexPrimary, JET_bitIndexUnique, JET_bitNewKey, JET_bitRetrieveCopy, JET_bitSeekEQ, JET_coltypLong,
  JET_coltypLongText, JET_coltypText, JET_errKeyDuplicate, JET_errKeyTruncated, JET_errRecordNotFound, JET_errSuccess,
  JET_MoveFirst, JET_MoveNext, JET_errNoCurrentRecord, JET_prepCancel, JET_prepInsert,
} from '../../src';
import type { JET_COLUMNID, JET_OPENTEMPORARYTABLE, JET_TABLEID } from '../../src';
import { addColumn, ascii, createIndex, int32, intOf, isam, keyOf } from '../support/isam';
import type { Isam, JET_INDEXCREATE } from '../support/isam';

// ---- a table: id Long (primary), s / t / u Text 1252 cbMax 255, n Long, l LongText 1252 ------------------------

interface T {
  w: Isam;
  t: JET_TABLEID;
  cols: Record<'id' | 's' | 't' | 'u' | 'n' | 'l', JET_COLUMNID>;
  next: number;
}

function table(): T {
  const w = isam();
  const box = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, 'cut', 0, 100, box)).toBe(JET_errSuccess);
  const t = box.value;
  const text = { coltyp: JET_coltypText, cp: 1252, cbMax: 255 };
  const cols = {
    id: addColumn(w.api, w.ses, t, 'id', { coltyp: JET_coltypLong }),
    s: addColumn(w.api, w.ses, t, 's', text),
    t: addColumn(w.api, w.ses, t, 't', text),
    u: addColumn(w.api, w.ses, t, 'u', text),
    n: addColumn(w.api, w.ses, t, 'n', { coltyp: JET_coltypLong }),
    l: addColumn(w.api, w.ses, t, 'l', { coltyp: JET_coltypLongText, cp: 1252 }),
  };
  expect(createIndex(w.api, w.ses, t, 'pk', JET_bitIndexPrimary | JET_bitIndexUnique, '+id')).toBe(JET_errSuccess);
  return { w, t, cols, next: 1 };
}

function index(k: T, name: string, grbit: number, segments: string[], more: Partial<JET_INDEXCREATE> = {}): number {
  const ic: JET_INDEXCREATE = { szIndexName: name, ...keyOf(...segments), grbit, ulDensity: 100, ...more };
  return k.w.api.JetCreateIndex2(k.w.ses, k.t, [ic], 1);
}

interface Row { s?: string; t?: string; u?: string; n?: number; l?: string }

/** Inserts a row with the next id; answers JetUpdate's code (the update is cancelled when it fails). */
function insert(k: T, row: Row): number {
  const { w, t } = k;
  // lv.cxx ErrRECSetLongField: long values are set only inside a transaction (the LongText column l).
  const inTrx = row.l !== undefined;
  if (inTrx) expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
  expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
  expect(w.api.JetSetColumn(w.ses, t, k.cols.id, int32(k.next++), 4, 0, null)).toBe(JET_errSuccess);
  for (const c of ['s', 't', 'u', 'l'] as const) {
    const v = row[c];
    if (v !== undefined) expect(w.api.JetSetColumn(w.ses, t, k.cols[c], ascii(v), v.length, 0, null)).toBe(JET_errSuccess);
  }
  if (row.n !== undefined) expect(w.api.JetSetColumn(w.ses, t, k.cols.n, int32(row.n), 4, 0, null)).toBe(JET_errSuccess);
  const rc = w.api.JetUpdate(w.ses, t, null, 0, null);
  if (rc < 0) expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepCancel)).toBe(JET_errSuccess);
  if (inTrx) expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
  return rc;
}

/** [id, key bytes] of every entry of the index, in index order (JetRetrieveKey on the current entry). */
function entries(k: T, name: string): Array<[number | null, number[]]> {
  const { w, t } = k;
  expect(w.api.JetSetCurrentIndex(w.ses, t, name)).toBe(JET_errSuccess);
  const got: Array<[number | null, number[]]> = [];
  let rc = w.api.JetMove(w.ses, t, JET_MoveFirst, 0);
  while (rc === JET_errSuccess) {
    const buf = new Uint8Array(600);
    const cb = out<number>(0);
    expect(w.api.JetRetrieveKey(w.ses, t, buf, buf.length, cb, 0)).toBe(JET_errSuccess);
    got.push([intOf(w.api, w.ses, t, k.cols.id), [...buf.subarray(0, cb.value)]]);
    rc = w.api.JetMove(w.ses, t, JET_MoveNext, 0);
  }
  expect(rc).toBe(JET_errNoCurrentRecord);
  return got;
}

/** JetMakeKey of the segments given (strings as cp 1252 text, numbers as int32) on the current index; the made key. */
function made(k: T, name: string, ...segments: Array<string | number>): number[] {
  const { w, t } = k;
  expect(w.api.JetSetCurrentIndex(w.ses, t, name)).toBe(JET_errSuccess);
  segments.forEach((seg, i) => {
    const b = typeof seg === 'number' ? int32(seg) : ascii(seg);
    expect(w.api.JetMakeKey(w.ses, t, b, b.length, i === 0 ? JET_bitNewKey : 0)).toBe(JET_errSuccess);
  });
  const buf = new Uint8Array(600);
  const cb = out<number>(0);
  expect(w.api.JetRetrieveKey(w.ses, t, buf, buf.length, cb, JET_bitRetrieveCopy)).toBe(JET_errSuccess);
  return [...buf.subarray(0, cb.value)];
}

/** The bytes of an ASCII string, written out by hand in the expectations (no normalization here). */
const b = (s: string): number[] => [...ascii(s)];
const times = (n: number, byte: number): number[] => new Array<number>(n).fill(byte);
const complement = (key: number[]): number[] => key.map((x) => x ^ 0xff);

describe('cbVarSegMac 10: a segment has 9 bytes after the prefix', () => {
  it('a text shorter than the room ends with 0x00; one as long as the room or longer is cut without it', () => {
    // normu.cxx ErrUtilNormText: room 9 > 8 characters: terminated; room 9 <= 9 characters: 8 bytes + the 9th - 0x20.
    const k = table();
    expect(index(k, 'bys', 0, ['+s'], { cbVarSegMac: 10 })).toBe(JET_errSuccess);
    expect(insert(k, { s: 'abcdefghijkl' })).toBe(JET_errSuccess); // 1
    expect(insert(k, { s: 'abcdefgh' })).toBe(JET_errSuccess); // 2
    expect(insert(k, { s: 'abcdefghi' })).toBe(JET_errSuccess); // 3
    expect(insert(k, { s: 'abcdefg' })).toBe(JET_errSuccess); // 4
    expect(entries(k, 'bys')).toEqual([
      [4, [0x7f, ...b('ABCDEFG'), 0x00]],
      [2, [0x7f, ...b('ABCDEFGH'), 0x00]],
      [1, [0x7f, ...b('ABCDEFGHI')]],
      [3, [0x7f, ...b('ABCDEFGHI')]],
    ]);
    // fldnorm.cxx ErrIsamMakeKey -> ErrFLDNormalizeSegment -> ErrFLDNormalizeTextSegment: the same bytes.
    expect(made(k, 'bys', 'abcdefghijkl')).toEqual([0x7f, ...b('ABCDEFGHI')]);
    expect(made(k, 'bys', 'abcdefgh')).toEqual([0x7f, ...b('ABCDEFGH'), 0x00]);
  });

  it('the byte in the last place has 0x20 subtracted whatever it is; the 8 before it fold a-z only', () => {
    // normu.cxx ErrUtilNormText: _crt_clocale_toupper_broken on the last place, _crt_clocale_strupr before it.
    const k = table();
    expect(index(k, 'bys', 0, ['+s'], { cbVarSegMac: 10 })).toBe(JET_errSuccess);
    const head = 'aB1 {\xe9@z'; // folds to 41 42 31 20 7b e9 40 5a
    const folded = [0x41, 0x42, 0x31, 0x20, 0x7b, 0xe9, 0x40, 0x5a];
    const cases: Array<[string, number]> = [
      ['a', 0x41], ['z', 0x5a], ['A', 0x21], ['Z', 0x3a], ['1', 0x11], [' ', 0x00], ['@', 0x20], ['`', 0x40],
      ['{', 0x5b], ['\xe9', 0xc9], ['\x01', 0xe1], ['\x1f', 0xff], ['\xff', 0xdf],
    ];
    const got = cases.map(([ch]) => made(k, 'bys', `${head}${ch}tail`));
    expect(got).toEqual(cases.map(([, last]) => [0x7f, ...folded, last]));
  });

  it('index order follows the last byte: "Z" (0x3a) and "`" (0x40) sort before "a" (0x41), "A" (0x21) apart from "a"', () => {
    // fldnorm.cxx ErrRECIIRetrieveKey -> ErrFLDNormalizeTextSegment; normu.cxx _crt_clocale_toupper_broken.
    const k = table();
    expect(index(k, 'bys', 0, ['+s'], { cbVarSegMac: 10 })).toBe(JET_errSuccess);
    const ninth = ['a', 'A', '1', '{', '\xe9', 'Z', '`'];
    for (const ch of ninth) expect(insert(k, { s: `abcdefgh${ch}zz` })).toBe(JET_errSuccess); // ids 1..7
    expect(entries(k, 'bys').map(([id, key]) => [id, key[9]])).toEqual([
      [3, 0x11], [2, 0x21], [6, 0x3a], [7, 0x40], [1, 0x41], [4, 0x5b], [5, 0xc9],
    ]);
  });

  it('unique index: "...a" and "...A" at the cut are two keys; a space at the cut equals the terminator', () => {
    // normu.cxx ErrUtilNormText: 'a' -> 0x41, 'A' -> 0x21, ' ' -> 0x00 (the byte a text of 8 ends with);
    // the first 8 bytes fold as usual, so "ABCDEFGHa…" and "abcdefgha…" are one key.
    const k = table();
    expect(index(k, 'us', JET_bitIndexUnique, ['+s'], { cbVarSegMac: 10 })).toBe(JET_errSuccess);
    expect(insert(k, { s: 'abcdefghaX' })).toBe(JET_errSuccess);
    expect(insert(k, { s: 'abcdefghAY' })).toBe(JET_errSuccess);
    expect(insert(k, { s: 'ABCDEFGHaZ' })).toBe(JET_errKeyDuplicate);
    expect(insert(k, { s: 'abcdefgh' })).toBe(JET_errSuccess);
    expect(insert(k, { s: 'abcdefgh tail' })).toBe(JET_errKeyDuplicate);
    expect(entries(k, 'us').map(([id]) => id)).toEqual([4, 2, 1]);
  });

  it('building a unique index over the records sees the same keys', () => {
    // fldnorm.cxx ErrRECIIRetrieveKey is what the index build uses too: "…aX"/"…AY" differ, "…aX"/"…aY" do not.
    const k = table();
    expect(insert(k, { s: 'abcdefghaX', t: 'abcdefghaX' })).toBe(JET_errSuccess);
    expect(insert(k, { s: 'abcdefghAY', t: 'ABCDEFGHaY' })).toBe(JET_errSuccess);
    expect(index(k, 'us', JET_bitIndexUnique, ['+s'], { cbVarSegMac: 10 })).toBe(JET_errSuccess);
    expect(index(k, 'ut', JET_bitIndexUnique, ['+t'], { cbVarSegMac: 10 })).toBe(JET_errKeyDuplicate);
    expect(entries(k, 'us')).toEqual([[2, [0x7f, ...b('ABCDEFGH'), 0x21]], [1, [0x7f, ...b('ABCDEFGH'), 0x41]]]);
  });

  it('a 0x00 before the last place, or at it, ends the text: it fits and is terminated', () => {
    // normu.cxx ErrUtilNormText: strlen stops the copy; pbText[room - 1] == 0 is the "fits" branch.
    const k = table();
    expect(index(k, 'bys', 0, ['+s'], { cbVarSegMac: 10 })).toBe(JET_errSuccess);
    expect(made(k, 'bys', 'abc\0defghijk')).toEqual([0x7f, ...b('ABC'), 0x00]);
    expect(made(k, 'bys', 'abcdefgh\0xyz')).toEqual([0x7f, ...b('ABCDEFGH'), 0x00]);
    expect(made(k, 'bys', 'abcdefgh\0')).toEqual([0x7f, ...b('ABCDEFGH'), 0x00]);
    expect(made(k, 'bys', `\0${'x'.repeat(20)}`)).toEqual([0x7f, 0x00]);
    // A 0x00 just after the last place is not looked at: the text is cut.
    expect(made(k, 'bys', 'abcdefghi\0')).toEqual([0x7f, ...b('ABCDEFGHI')]);
    // Stored records give the same entries.
    expect(insert(k, { s: 'abcdefgh\0xyz' })).toBe(JET_errSuccess); // 1
    expect(insert(k, { s: 'abcdefghi\0' })).toBe(JET_errSuccess); // 2
    expect(insert(k, { s: 'abc\0defghijk' })).toBe(JET_errSuccess); // 3
    expect(entries(k, 'bys')).toEqual([
      [3, [0x7f, ...b('ABC'), 0x00]],
      [1, [0x7f, ...b('ABCDEFGH'), 0x00]],
      [2, [0x7f, ...b('ABCDEFGHI')]],
    ]);
  });

  it('a seek with a cut search key finds the record whose cut matches, case of the last byte included', () => {
    // fldnorm.cxx ErrIsamMakeKey normalizes "ABCDEFGHaQQ" to …0x41 and "abcdefghAQQ" to …0x21.
    const k = table();
    expect(index(k, 'bys', 0, ['+s'], { cbVarSegMac: 10 })).toBe(JET_errSuccess);
    expect(insert(k, { s: 'abcdefghaXX' })).toBe(JET_errSuccess); // 1
    expect(insert(k, { s: 'abcdefghAYY' })).toBe(JET_errSuccess); // 2
    const { w, t } = k;
    expect(w.api.JetSetCurrentIndex(w.ses, t, 'bys')).toBe(JET_errSuccess);
    const seek = (s: string): number => {
      expect(w.api.JetMakeKey(w.ses, t, ascii(s), s.length, JET_bitNewKey)).toBe(JET_errSuccess);
      return w.api.JetSeek(w.ses, t, JET_bitSeekEQ);
    };
    expect(seek('ABCDEFGHaQQ')).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, t, k.cols.id)).toBe(1);
    expect(seek('abcdefghAQQ')).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, t, k.cols.id)).toBe(2);
    expect(seek('abcdefghA')).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, t, k.cols.id)).toBe(2);
    expect(seek('abcdefgh!QQ')).toBe(JET_errRecordNotFound); // '!' -> 0x01
  });

  it('a cut on purpose is followed by the next segment, in the entry and in the made key', () => {
    // fldnorm.cxx ErrFLDNormalizeTextSegment drops the warning when 9 == cbVarSegMac - 1 bytes were used;
    // ErrRECIIRetrieveKey then appends the Long segment (0x7f, big-endian, sign bit flipped).
    const k = table();
    expect(index(k, 'sn', 0, ['+s', '+n'], { cbVarSegMac: 10 })).toBe(JET_errSuccess);
    expect(insert(k, { s: 'abcdefghijk', n: 5 })).toBe(JET_errSuccess);
    const key = [0x7f, ...b('ABCDEFGHI'), 0x7f, 0x80, 0x00, 0x00, 0x05];
    expect(entries(k, 'sn')).toEqual([[1, key]]);
    expect(made(k, 'sn', 'abcdefghijk', 5)).toEqual(key);
  });

  it('JET_bitIndexDisallowTruncation accepts a cut on purpose', () => {
    // fldnorm.cxx ErrFLDNormalizeTextSegment ("truncated on purpose"): no wrnFLDKeyTooBig, so ErrRECIIRetrieveKey
    // does not set fKeyTruncated and JET_errKeyTruncated is not raised.
    const k = table();
    expect(index(k, 'strict', JET_bitIndexDisallowTruncation, ['+s', '+n'], { cbVarSegMac: 10 })).toBe(JET_errSuccess);
    expect(insert(k, { s: 'abcdefghijklmnop', n: -1 })).toBe(JET_errSuccess);
    expect(entries(k, 'strict')).toEqual([[1, [0x7f, ...b('ABCDEFGHI'), 0x7f, 0x7f, 0xff, 0xff, 0xff]]]);
  });

  it('a descending segment is the complement of the cut bytes, and sorts the other way', () => {
    // fldnorm.cxx ErrRECIIRetrieveKey / ErrFLDNormalizeSegment: every byte of the segment ^ 0xff.
    const k = table();
    expect(index(k, 'down', 0, ['-s'], { cbVarSegMac: 10 })).toBe(JET_errSuccess);
    expect(insert(k, { s: 'abcdefghAx' })).toBe(JET_errSuccess); // 1: …0x21
    expect(insert(k, { s: 'abcdefghax' })).toBe(JET_errSuccess); // 2: …0x41
    expect(insert(k, { s: 'abcdefgh' })).toBe(JET_errSuccess); // 3: …0x00 (terminator)
    expect(entries(k, 'down')).toEqual([
      [2, complement([0x7f, ...b('ABCDEFGHA')])],
      [1, complement([0x7f, ...b('ABCDEFGH!')])],
      [3, complement([0x7f, ...b('ABCDEFGH'), 0x00])],
    ]);
    expect(made(k, 'down', 'abcdefgh1x')).toEqual(complement([0x7f, ...b('ABCDEFGH'), 0x11]));
  });
});

describe('cbKeyMost 255 (JetCreateIndex): a single segment has 254 bytes after the prefix', () => {
  it('253 characters fit with the terminator; 254 and more are cut, the 254th losing 0x20', () => {
    // fldnorm.cxx ErrFLDNormalizeTextSegment cbT = 255 - 1; normu.cxx ErrUtilNormText.
    const k = table();
    expect(createIndex(k.w.api, k.w.ses, k.t, 'bys', 0, '+s')).toBe(JET_errSuccess);
    expect(insert(k, { s: `${'a'.repeat(253)}Bc` })).toBe(JET_errSuccess); // 1
    expect(insert(k, { s: `${'a'.repeat(253)}b` })).toBe(JET_errSuccess); // 2: exactly 254
    expect(insert(k, { s: `${'a'.repeat(252)}b` })).toBe(JET_errSuccess); // 3: 253, fits
    expect(entries(k, 'bys')).toEqual([
      [1, [0x7f, ...times(253, 0x41), 0x22]],
      [2, [0x7f, ...times(253, 0x41), 0x42]],
      [3, [0x7f, ...times(252, 0x41), 0x42, 0x00]],
    ]);
    expect(made(k, 'bys', `${'a'.repeat(253)}Bc`)).toEqual([0x7f, ...times(253, 0x41), 0x22]);
  });

  it('unique index: texts equal but for the case of character 254 are two keys', () => {
    // normu.cxx _crt_clocale_toupper_broken: 'a' -> 0x41, 'A' -> 0x21; the 253 before it fold normally.
    const k = table();
    expect(createIndex(k.w.api, k.w.ses, k.t, 'us', JET_bitIndexUnique, '+s')).toBe(JET_errSuccess);
    expect(insert(k, { s: `${'x'.repeat(253)}a1` })).toBe(JET_errSuccess);
    expect(insert(k, { s: `${'x'.repeat(253)}A2` })).toBe(JET_errSuccess);
    expect(insert(k, { s: `${'X'.repeat(253)}a3` })).toBe(JET_errKeyDuplicate);
    expect(entries(k, 'us').map(([id, key]) => [id, key.length, key[254]])).toEqual([[2, 255, 0x21], [1, 255, 0x41]]);
  });

  it('JET_bitIndexDisallowTruncation: 254 characters are KeyTruncated; a 0x00 at the last place fits', () => {
    // fldnorm.cxx: the key-space cut keeps wrnFLDKeyTooBig (254 < cbVarSegMac - 1 = 255), ErrRECIIRetrieveKey answers
    // JET_errKeyTruncated; normu.cxx: pbText[253] == 0 is the "fits" branch, no warning.
    const k = table();
    expect(createIndex(k.w.api, k.w.ses, k.t, 'strict', JET_bitIndexDisallowTruncation, '+s')).toBe(JET_errSuccess);
    expect(insert(k, { s: 'a'.repeat(253) })).toBe(JET_errSuccess); // 1
    expect(insert(k, { s: 'a'.repeat(254) })).toBe(JET_errKeyTruncated);
    expect(insert(k, { s: `${'a'.repeat(253)}\0z` })).toBe(JET_errSuccess); // 3
    expect(insert(k, { s: `${'b'.repeat(100)}\0${'c'.repeat(150)}` })).toBe(JET_errSuccess); // 4
    expect(entries(k, 'strict')).toEqual([
      [1, [0x7f, ...times(253, 0x41), 0x00]],
      [3, [0x7f, ...times(253, 0x41), 0x00]],
      [4, [0x7f, ...times(100, 0x42), 0x00]],
    ]);
  });

  it('after a key-space cut no segment follows, in the entry or in the made key (JetMakeKey still succeeds)', () => {
    // fldnorm.cxx ErrRECIIRetrieveKey: cbKeyAvail is 0 after the cut segment; ErrIsamMakeKey: FKSTooBig -> empty segment.
    const k = table();
    expect(index(k, 'sn', JET_bitIndexUnique, ['+s', '+n'])).toBe(JET_errSuccess);
    expect(insert(k, { s: 'a'.repeat(255), n: 5 })).toBe(JET_errSuccess);
    expect(insert(k, { s: 'a'.repeat(255), n: 6 })).toBe(JET_errKeyDuplicate);
    const key = [0x7f, ...times(254, 0x41)];
    expect(entries(k, 'sn')).toEqual([[1, key]]);
    expect(made(k, 'sn', 'a'.repeat(255), 5)).toEqual(key);
  });

  it('cbVarSegMac 100 and three segments: a third segment cut by cbVarSegMac exactly at the end of key space is not a truncation', () => {
    // fldnorm.cxx ErrFLDNormalizeTextSegment: with 100 bytes left, cbT = 99 and the cut leaves 99 == cbVarSegMac - 1:
    // on purpose. With 99 bytes left it leaves 98 < 99: the warning stays and DisallowTruncation answers KeyTruncated.
    const k = table();
    expect(index(k, 'three', JET_bitIndexDisallowTruncation, ['+s', '+t', '+u'], { cbVarSegMac: 100 })).toBe(JET_errSuccess);
    const third = `${'c'.repeat(98)}C${'c'.repeat(101)}`;
    expect(insert(k, { s: 'a'.repeat(200), t: 'b'.repeat(53), u: third })).toBe(JET_errSuccess); // 100 + 55 + 100
    expect(insert(k, { s: 'a'.repeat(200), t: 'b'.repeat(54), u: third })).toBe(JET_errKeyTruncated); // 100 + 56 + 99
    expect(entries(k, 'three')).toEqual([[1, [
      0x7f, ...times(99, 0x41),
      0x7f, ...times(53, 0x42), 0x00,
      0x7f, ...times(98, 0x43), 0x23,
    ]]]);
  });
});

describe('cbKeyMost 300 (JET_bitIndexKeyMost) on a LongText column', () => {
  it('the segment has 299 bytes after the prefix: 298 folded, then the 299th byte - 0x20', () => {
    // fldnorm.cxx ErrFLDNormalizeTextSegment with cbKeyAvail 300 (no 255-byte source cut: cbKeyMost is not 255).
    const k = table();
    expect(index(k, 'byl', JET_bitIndexKeyMost, ['+l'], { cbKeyMost: 300 })).toBe(JET_errSuccess);
    expect(insert(k, { l: `${'b'.repeat(298)}#tail` })).toBe(JET_errSuccess); // 1: '#' -> 0x03
    expect(insert(k, { l: 'b'.repeat(297) })).toBe(JET_errSuccess); // 2: fits, 299 bytes
    const cut = [0x7f, ...times(298, 0x42), 0x03];
    expect(entries(k, 'byl')).toEqual([[2, [0x7f, ...times(297, 0x42), 0x00]], [1, cut]]);
    expect(made(k, 'byl', `${'b'.repeat(298)}#tail`)).toEqual(cut);
  });

  it('JET_bitIndexDisallowTruncation: 298 characters fit, 299 are KeyTruncated', () => {
    const k = table();
    expect(index(k, 'strict', JET_bitIndexKeyMost | JET_bitIndexDisallowTruncation, ['+l'], { cbKeyMost: 300 })).toBe(JET_errSuccess);
    expect(insert(k, { l: 'q'.repeat(298) })).toBe(JET_errSuccess);
    expect(insert(k, { l: 'q'.repeat(299) })).toBe(JET_errKeyTruncated);
    expect(entries(k, 'strict')).toEqual([[1, [0x7f, ...times(298, 0x51), 0x00]]]);
  });
});

describe('temp table (JetOpenTemporaryTable, cbVarSegMac 8)', () => {
  function tempTable(grbit: number): { api: Isam['api']; ses: Isam['ses']; tt: JET_TABLEID; col: JET_COLUMNID } {
    const w = isam();
    const spec: JET_OPENTEMPORARYTABLE = {
      prgcolumndef: [{ coltyp: JET_coltypText, cp: 1252, cbMax: 255, grbit: JET_bitColumnTTKey | grbit }],
      ccolumn: 1, grbit: 0, prgcolumnid: [], cbVarSegMac: 8,
    };
    expect(w.api.JetOpenTemporaryTable(w.ses, spec)).toBe(JET_errSuccess);
    return { api: w.api, ses: w.ses, tt: spec.tableid as JET_TABLEID, col: spec.prgcolumnid[0] };
  }

  function keysOf(x: ReturnType<typeof tempTable>, values: string[]): number[][] {
    for (const v of values) {
      expect(x.api.JetPrepareUpdate(x.ses, x.tt, JET_prepInsert)).toBe(JET_errSuccess);
      expect(x.api.JetSetColumn(x.ses, x.tt, x.col, ascii(v), v.length, 0, null)).toBe(JET_errSuccess);
      expect(x.api.JetUpdate(x.ses, x.tt, null, 0, null)).toBe(JET_errSuccess);
    }
    const keys: number[][] = [];
    for (let rc = x.api.JetMove(x.ses, x.tt, JET_MoveFirst, 0); rc === JET_errSuccess; rc = x.api.JetMove(x.ses, x.tt, JET_MoveNext, 0)) {
      const buf = new Uint8Array(300);
      const cb = out<number>(0);
      expect(x.api.JetRetrieveKey(x.ses, x.tt, buf, buf.length, cb, 0)).toBe(JET_errSuccess);
      keys.push([...buf.subarray(0, cb.value)]);
    }
    return keys;
  }

  it('7 bytes after the prefix (6 folded, then the 7th - 0x20): "…A" and "…a" at the cut are two rows, 0x21 before 0x41', () => {
    // sortapi.cxx ErrSORTTableOpen (idb cbVarSegMac 8) -> fldnorm.cxx ErrRECIIRetrieveKey -> normu.cxx ErrUtilNormText.
    const x = tempTable(0);
    expect(keysOf(x, ['abcdefazz', 'abcdefAzz', 'abcde', 'abcdefg'])).toEqual([
      [0x7f, ...b('ABCDE'), 0x00],
      [0x7f, ...b('ABCDEF'), 0x21],
      [0x7f, ...b('ABCDEF'), 0x41],
      [0x7f, ...b('ABCDEF'), 0x47],
    ]);
    const v = ascii('abcdefZ');
    expect(x.api.JetMakeKey(x.ses, x.tt, v, v.length, JET_bitNewKey)).toBe(JET_errSuccess);
    const buf = new Uint8Array(300);
    const cb = out<number>(0);
    expect(x.api.JetRetrieveKey(x.ses, x.tt, buf, buf.length, cb, JET_bitRetrieveCopy)).toBe(JET_errSuccess);
    expect([...buf.subarray(0, cb.value)]).toEqual([0x7f, ...b('ABCDEF'), 0x3a]);
  });

  it('a descending key column complements the cut segment', () => {
    const x = tempTable(JET_bitColumnTTDescending);
    expect(keysOf(x, ['abcdefazz', 'abcdefAzz'])).toEqual([
      complement([0x7f, ...b('ABCDEF'), 0x41]),
      complement([0x7f, ...b('ABCDEF'), 0x21]),
    ]);
  });
});

describe('a Unicode text column is not cut by the ASCII rule', () => {
  it('cbVarSegMac 10 on a cp 1200 column: the segment ends in the mapped text, no byte less 0x20', () => {
    // fldnorm.cxx ErrFLDNormalizeTextSegment: cp 1200 text goes to ErrNORMMapString, never to normu.cxx
    // ErrUtilNormText; esemu's stand-in for the Windows sort key (docs/differences.md: upper-cased UTF-16 code units,
    // big-endian) is cut at the room, 9 bytes after the prefix here.
    const k = table();
    const u = addColumn(k.w.api, k.w.ses, k.t, 'w', { coltyp: JET_coltypText, cp: 1200, cbMax: 255 });
    expect(index(k, 'byw', 0, ['+w'], { cbVarSegMac: 10 })).toBe(JET_errSuccess);
    // Ten characters U+4E01..U+4E0A: no zero byte in their UTF-16 (a NUL would end the text before any cut).
    const utf16 = new Uint8Array(20);
    for (let i = 0; i < 10; i++) {
      utf16[2 * i] = 0x01 + i;
      utf16[2 * i + 1] = 0x4e;
    }
    expect(k.w.api.JetPrepareUpdate(k.w.ses, k.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(k.w.api.JetSetColumn(k.w.ses, k.t, k.cols.id, int32(1), 4, 0, null)).toBe(JET_errSuccess);
    expect(k.w.api.JetSetColumn(k.w.ses, k.t, u, utf16, utf16.length, 0, null)).toBe(JET_errSuccess);
    expect(k.w.api.JetUpdate(k.w.ses, k.t, null, 0, null)).toBe(JET_errSuccess);
    expect(entries(k, 'byw')).toEqual([[1, [0x7f, 0x4e, 0x01, 0x4e, 0x02, 0x4e, 0x03, 0x4e, 0x04, 0x4e]]]);
  });
});
