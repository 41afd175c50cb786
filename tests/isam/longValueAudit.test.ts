/**
 * Audit of long values (LongText / LongBinary) and multi-valued tagged columns as clients use them. Every expected
 * code, cbActual and byte below was read from the engine's source (dev/ese/src/ese/ of Extensible-Storage-Engine),
 * never from esemu; the function deciding each one is named beside it:
 * - fldmod.cxx ErrIsamSetColumn / ErrFLDSetOneColumn: no JET_SETINFO means itagSequence 1 and offset 0; a NULL
 *   buffer counts as 0 bytes except with JET_bitSetSizeLV; a long value column goes to lv.cxx ErrRECSetLongField.
 * - lv.cxx ErrRECSetLongField: refused at transaction level 0 (NotInTransaction); itagSequence 0, or one with no value
 *   there, is a new instance; ErrLVOpFromGrbit turns (grbit, cbData == 0, new instance, offset) into the operation.
 * - lv.cxx ErrRECAOIntrinsicLV / ErrRECAOSeparateLV / ErrRECISeparateLV: overwrite past the end is ColumnNoChunk,
 *   a resize fills with zeros, a column's cbMax gives ColumnTooBig.
 * - tagfld.cxx TAGFIELDS::ErrSetColumn / ErrRetrieveColumn / CbDeleteMultiValue / UlColumnInstances: values of a
 *   tagged column, whether or not it is flagged multi-valued.
 * - fldext.cxx ErrIsamRetrieveColumn / ErrRECRetrieveColumns / ErrRECIRetrieveSeparatedLongValue and lv.cxx
 *   ErrRECRetrieveSLongField: offsets, truncation, size queries, JET_bitRetrieveCopy, JET_bitRetrieveTag.
 * - fldnorm.cxx ErrRECIRetrieveKey / ErrRECIIRetrieveKey / ErrFLDNormalizeTextSegment and _osu/normu.cxx
 *   ErrUtilNormText: the key of a long text value.
 */
import {
  out, JET_bitColumnMultiValued, JET_bitColumnTagged, JET_bitIndexDisallowTruncation, JET_bitIndexPrimary,
  JET_bitIndexUnique, JET_bitNewKey, JET_bitRetrieveCopy, JET_bitRetrieveFromIndex, JET_bitRetrieveIgnoreDefault, JET_bitRetrieveTag, JET_bitSeekEQ,
  JET_bitSetAppendLV, JET_bitSetOverwriteLV, JET_bitSetSizeLV, JET_bitSetUniqueMultiValues, JET_bitSetZeroLength,
  JET_coltypLong, JET_coltypLongBinary, JET_coltypLongText, JET_coltypText, JET_errBadItagSequence,
  JET_errColumnNoChunk, JET_errColumnTooBig, JET_errKeyDuplicate, JET_errKeyTruncated, JET_errMultiValuedDuplicate,
  JET_errRecordNotFound, JET_errSuccess, JET_MoveFirst, JET_MoveNext, JET_prepCancel,
  JET_prepInsert, JET_prepReplace, JET_wrnBufferTruncated, JET_wrnColumnNull,
} from '../../src';
import type { JET_COLUMNID, JET_RETRIEVECOLUMN, JET_TABLEID } from '../../src';
import { addColumn, ascii, createIndex, fromAscii, int32, intOf, isam, readInt32, seekInt } from '../support/isam';
import type { Isam, IsamApi } from '../support/isam';

// ---- the world ----------------------------------------------------------------------------------------------------

interface X {
  w: Isam;
  api: IsamApi;
  t: JET_TABLEID;
  id: JET_COLUMNID;
  /** LongBinary. */
  bin: JET_COLUMNID;
  /** LongText, code page 1252. */
  txt: JET_COLUMNID;
  /** LongText, code page 1200. */
  wtxt: JET_COLUMNID;
  /** LongBinary, tagged and multi-valued. */
  mvBin: JET_COLUMNID;
  /** Text 1252, tagged and multi-valued. */
  mvTxt: JET_COLUMNID;
  /** LongText 1252, tagged and multi-valued. */
  mvLong: JET_COLUMNID;
  /** LongBinary with cbMax 16. */
  capped: JET_COLUMNID;
}

const MV = JET_bitColumnTagged | JET_bitColumnMultiValued;
const BIG = 100 * 1024;

/** Table "docs" with a primary index on id and one column of each kind under audit. */
function world(): X {
  const w = isam();
  const api = w.api;
  const box = out<JET_TABLEID>();
  expect(api.JetCreateTable(w.ses, w.dbid, 'docs', 0, 100, box)).toBe(JET_errSuccess);
  const t = box.value;
  const x: X = {
    w, api, t,
    id: addColumn(api, w.ses, t, 'id', { coltyp: JET_coltypLong }),
    bin: addColumn(api, w.ses, t, 'bin', { coltyp: JET_coltypLongBinary }),
    txt: addColumn(api, w.ses, t, 'txt', { coltyp: JET_coltypLongText, cp: 1252 }),
    wtxt: addColumn(api, w.ses, t, 'wtxt', { coltyp: JET_coltypLongText, cp: 1200 }),
    mvBin: addColumn(api, w.ses, t, 'mvBin', { coltyp: JET_coltypLongBinary, grbit: MV }),
    mvTxt: addColumn(api, w.ses, t, 'mvTxt', { coltyp: JET_coltypText, cp: 1252, grbit: MV }),
    mvLong: addColumn(api, w.ses, t, 'mvLong', { coltyp: JET_coltypLongText, cp: 1252, grbit: MV }),
    capped: addColumn(api, w.ses, t, 'capped', { coltyp: JET_coltypLongBinary, cbMax: 16 }),
  };
  expect(createIndex(api, w.ses, t, 'primary', JET_bitIndexPrimary | JET_bitIndexUnique, '+id')).toBe(JET_errSuccess);
  return x;
}

function begin(x: X): void {
  expect(x.api.JetBeginTransaction(x.w.ses)).toBe(JET_errSuccess);
}

function commit(x: X): void {
  expect(x.api.JetCommitTransaction(x.w.ses, 0)).toBe(JET_errSuccess);
}

function prep(x: X, p: number): void {
  expect(x.api.JetPrepareUpdate(x.w.ses, x.t, p)).toBe(JET_errSuccess);
}

function update(x: X): void {
  expect(x.api.JetUpdate(x.w.ses, x.t, null, 0, null)).toBe(JET_errSuccess);
}

/** JetSetColumn with the bytes given (null: no buffer, 0 bytes); a JET_SETINFO only when ib / itag are given. */
function set(x: X, col: JET_COLUMNID, data: Uint8Array | null, grbit = 0, ib?: number, itag?: number): number {
  const info = ib === undefined && itag === undefined ? null : { ibLongValue: ib ?? 0, itagSequence: itag ?? 1 };
  return x.api.JetSetColumn(x.w.ses, x.t, col, data, data === null ? 0 : data.length, grbit, info);
}

/** Moves to the record with this id through the primary index. */
function goTo(x: X, id: number): void {
  expect(seekInt(x.api, x.w.ses, x.t, id, JET_bitSeekEQ)).toBe(JET_errSuccess);
}

/** Inserts record `id` inside a transaction: fill sets the other columns; then moves onto it. */
function insertRow(x: X, id: number, fill: () => void = () => undefined): void {
  begin(x);
  prep(x, JET_prepInsert);
  expect(set(x, x.id, int32(id))).toBe(JET_errSuccess);
  fill();
  update(x);
  commit(x);
  goTo(x, id);
}

/** Replaces the current record inside a transaction. */
function replaceRow(x: X, change: () => void): void {
  begin(x);
  prep(x, JET_prepReplace);
  change();
  update(x);
  commit(x);
}

interface Got {
  rc: number;
  cb: number;
  data: number[];
}

/**
 * JetRetrieveColumn with a JET_RETINFO { ib, itag }; cbMax 0 with noBuffer is a size query (null buffer). data holds
 * the bytes copied (min(cbActual, cbMax)) when the code is not an error or wrnColumnNull.
 */
function get(x: X, col: JET_COLUMNID, o: { ib?: number; itag?: number; cbMax?: number; grbit?: number; noBuffer?: boolean } = {}): Got {
  const cbMax = o.noBuffer ? 0 : o.cbMax ?? 2 * BIG;
  const buf = o.noBuffer ? null : new Uint8Array(cbMax);
  const cb = out<number>(0xdead);
  const rc = x.api.JetRetrieveColumn(x.w.ses, x.t, col, buf, cbMax, cb, o.grbit ?? 0,
    { ibLongValue: o.ib ?? 0, itagSequence: o.itag ?? 1 });
  const data = buf === null || rc < 0 || rc === JET_wrnColumnNull ? [] : [...buf.subarray(0, Math.min(cb.value, cbMax))];
  return { rc, cb: cb.value, data };
}

/** The whole value as bytes (Success expected), or null when NULL. */
function bytesOf(x: X, col: JET_COLUMNID, itag = 1, grbit = 0): number[] | null {
  const g = get(x, col, { itag, grbit });
  if (g.rc === JET_wrnColumnNull) {
    expect(g.cb).toBe(0);
    return null;
  }
  expect(g.rc).toBe(JET_errSuccess);
  return g.data;
}

function textOfCol(x: X, col: JET_COLUMNID, itag = 1, grbit = 0): string | null {
  const b = bytesOf(x, col, itag, grbit);
  return b === null ? null : String.fromCharCode(...b);
}

/** Every value of a tagged column, itagSequence 1, 2, ... until wrnColumnNull. */
function values(x: X, col: JET_COLUMNID, grbit = 0): number[][] {
  const all: number[][] = [];
  for (let itag = 1; ; itag++) {
    const g = get(x, col, { itag, grbit });
    if (g.rc === JET_wrnColumnNull) return all;
    expect(g.rc).toBe(JET_errSuccess);
    all.push(g.data);
  }
}

function texts(x: X, col: JET_COLUMNID, grbit = 0): string[] {
  return values(x, col, grbit).map((b) => String.fromCharCode(...b));
}

/** JetRetrieveColumns with itagSequence 0: the number of values. */
function count(x: X, col: JET_COLUMNID, grbit = 0): number {
  const c: JET_RETRIEVECOLUMN = { columnid: col, pvData: null, cbData: 0, grbit, itagSequence: 0 };
  expect(x.api.JetRetrieveColumns(x.w.ses, x.t, [c], 1)).toBe(JET_errSuccess);
  expect(c.err).toBe(JET_errSuccess);
  expect(c.cbActual).toBe(0);
  return c.itagSequence as number;
}

/** n bytes, never 0, a different run for each seed. */
function pat(n: number, seed = 1): Uint8Array {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = ((i * 7 + seed * 13) % 251) + 1;
  return b;
}

/** n lower-case letters, a different run for each seed. */
function letters(n: number, seed = 1): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(97 + ((i * 5 + seed * 3 + Math.floor(i / 26)) % 26));
  return s;
}

function arr(b: Uint8Array | string): number[] {
  return typeof b === 'string' ? [...ascii(b)] : [...b];
}

function cat(...parts: Array<Uint8Array | number[]>): number[] {
  return parts.flatMap((p) => [...p]);
}

/** s with character i replaced by c. */
function at(s: string, i: number, c: string): string {
  return s.slice(0, i) + c + s.slice(i + 1);
}

// ---- JetSetColumn on long values ------------------------------------------------------------------------------------

describe('long values: JetSetColumn', () => {
  it('whole values: 0 bytes is NULL, JET_bitSetZeroLength is zero-length; small, above 1 KB and 100 KB values read back', () => {
    // lv.cxx ErrLVOpFromGrbit: grbit 0 with no data -> lvopInsertNull / lvopReplaceWithNull; SetZeroLength with no
    // data -> lvopInsertZeroLength / lvopReplaceWithZeroLength; SetZeroLength with data -> plain insert / replace.
    // fldext.cxx ErrIsamRetrieveColumn: a NULL column is wrnColumnNull with cbActual 0; zero-length is Success, 0.
    const x = world();
    const big = pat(BIG, 3);
    const odd = pat(1101, 4);
    insertRow(x, 1, () => {
      expect(set(x, x.bin, pat(10))).toBe(JET_errSuccess);
      expect(set(x, x.bin, null)).toBe(JET_errSuccess); // back to NULL
      expect(set(x, x.txt, null, JET_bitSetZeroLength)).toBe(JET_errSuccess);
      expect(set(x, x.wtxt, odd)).toBe(JET_errSuccess); // cp 1200: an odd byte count is not checked
      expect(set(x, x.mvBin, big)).toBe(JET_errSuccess);
      expect(set(x, x.capped, ascii('ab'), JET_bitSetZeroLength)).toBe(JET_errSuccess);
    });
    expect(get(x, x.bin)).toEqual({ rc: JET_wrnColumnNull, cb: 0, data: [] });
    expect(get(x, x.txt)).toEqual({ rc: JET_errSuccess, cb: 0, data: [] });
    expect(get(x, x.txt, { noBuffer: true })).toEqual({ rc: JET_errSuccess, cb: 0, data: [] });
    expect(get(x, x.bin, { noBuffer: true })).toEqual({ rc: JET_wrnColumnNull, cb: 0, data: [] });
    expect(bytesOf(x, x.wtxt)).toEqual(arr(odd));
    expect(bytesOf(x, x.mvBin)).toEqual(arr(big));
    expect(textOfCol(x, x.capped)).toBe('ab');
    // A value set with data then 0 bytes without the bit: NULL again (lvopReplaceWithNull).
    replaceRow(x, () => expect(set(x, x.wtxt, null)).toBe(JET_errSuccess));
    expect(bytesOf(x, x.wtxt)).toBeNull();
    // A value replaced by zero-length (lvopReplaceWithZeroLength), even a 100 KB one.
    replaceRow(x, () => expect(set(x, x.mvBin, null, JET_bitSetZeroLength)).toBe(JET_errSuccess));
    expect(get(x, x.mvBin)).toEqual({ rc: JET_errSuccess, cb: 0, data: [] });
  });

  it('JET_bitSetAppendLV: 0 bytes onto NULL make a zero-length value; onto a value nothing changes', () => {
    // lv.cxx ErrLVOpFromGrbit, case JET_bitSetAppendLV: no data and a new instance -> lvopInsertZeroLength;
    // no data onto an existing value -> lvopNull (nothing done); data onto NULL -> lvopInsert; else lvopAppend.
    const x = world();
    insertRow(x, 1, () => {
      expect(set(x, x.bin, null, JET_bitSetAppendLV)).toBe(JET_errSuccess);
      expect(set(x, x.txt, ascii('abc'), JET_bitSetAppendLV)).toBe(JET_errSuccess);
      expect(set(x, x.txt, ascii('def'), JET_bitSetAppendLV)).toBe(JET_errSuccess);
      expect(set(x, x.txt, null, JET_bitSetAppendLV)).toBe(JET_errSuccess);
      // A zero-length cp 1200 value, then 3 bytes appended (lvopAppend onto 0 bytes).
      expect(set(x, x.wtxt, null, JET_bitSetZeroLength)).toBe(JET_errSuccess);
      expect(set(x, x.wtxt, Uint8Array.of(0x41, 0, 0x42), JET_bitSetAppendLV)).toBe(JET_errSuccess);
    });
    expect(get(x, x.bin)).toEqual({ rc: JET_errSuccess, cb: 0, data: [] });
    expect(textOfCol(x, x.txt)).toBe('abcdef');
    expect(bytesOf(x, x.wtxt)).toEqual([0x41, 0, 0x42]);
  });

  it('JET_bitSetAppendLV across the intrinsic size up to 100 KB; the pieces read back at their offsets', () => {
    // lv.cxx ErrRECSetLongField: an append whose result passes the preferred intrinsic size is moved out
    // (ErrRECISeparateLV / ErrRECIAppendSeparateLV, then ErrRECAOSeparateLV lvopAppend): the bytes are the same.
    const x = world();
    const a = pat(1000, 1);
    const b = pat(100, 2);
    const c = pat(BIG, 3);
    insertRow(x, 1, () => expect(set(x, x.bin, a)).toBe(JET_errSuccess));
    replaceRow(x, () => expect(set(x, x.bin, b, JET_bitSetAppendLV)).toBe(JET_errSuccess));
    expect(bytesOf(x, x.bin)).toEqual(cat(a, b));
    replaceRow(x, () => expect(set(x, x.bin, c, JET_bitSetAppendLV)).toBe(JET_errSuccess));
    expect(get(x, x.bin, { noBuffer: true })).toEqual({ rc: JET_wrnBufferTruncated, cb: 1100 + BIG, data: [] });
    // fldext.cxx ErrRECIRetrieveSeparatedLongValue: cbActual is what is left after the offset; more than cbMax
    // is wrnBufferTruncated.
    expect(get(x, x.bin, { ib: 1000, cbMax: 100 })).toEqual({ rc: JET_wrnBufferTruncated, cb: 100 + BIG, data: arr(b) });
    expect(get(x, x.bin, { ib: 1100 })).toEqual({ rc: JET_errSuccess, cb: BIG, data: arr(c) });
  });
});

describe('long values: JET_bitSetOverwriteLV and JET_bitSetSizeLV', () => {
  it('OverwriteLV inside, reaching past the end, at the end; past the end is ColumnNoChunk; 0 bytes anywhere change nothing', () => {
    // lv.cxx ErrRECAOIntrinsicLV, lvopOverwriteRange: an offset above the value's length is ColumnNoChunk, else the
    // value becomes max(length, ib + cb) long. ErrLVOpFromGrbit: no data onto an existing value is lvopNull, so no
    // offset check at all.
    const x = world();
    const v = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    insertRow(x, 1, () => expect(set(x, x.bin, Uint8Array.from(v))).toBe(JET_errSuccess));
    replaceRow(x, () => {
      expect(set(x, x.bin, Uint8Array.of(21, 22), JET_bitSetOverwriteLV, 3, 1)).toBe(JET_errSuccess);
      expect(set(x, x.bin, Uint8Array.of(31, 32, 33), JET_bitSetOverwriteLV, 8, 1)).toBe(JET_errSuccess);
      expect(set(x, x.bin, Uint8Array.of(41), JET_bitSetOverwriteLV, 11, 1)).toBe(JET_errSuccess);
      expect(set(x, x.bin, Uint8Array.of(51), JET_bitSetOverwriteLV, 13, 1)).toBe(JET_errColumnNoChunk);
      expect(set(x, x.bin, null, JET_bitSetOverwriteLV, 50, 1)).toBe(JET_errSuccess);
    });
    expect(bytesOf(x, x.bin)).toEqual([1, 2, 3, 21, 22, 6, 7, 8, 31, 32, 33, 41]);
  });

  it('OverwriteLV on a NULL column: offset 0 inserts (0 bytes: zero-length); any other offset is ColumnNoChunk', () => {
    // lv.cxx ErrLVOpFromGrbit, case JET_bitSetOverwriteLV with a new instance: ib 0 -> lvopInsert (no data:
    // lvopInsertZeroLength); ib != 0 -> JET_errColumnNoChunk whether or not there is data.
    const x = world();
    insertRow(x, 1, () => {
      expect(set(x, x.bin, Uint8Array.of(1, 2), JET_bitSetOverwriteLV, 0, 1)).toBe(JET_errSuccess);
      expect(set(x, x.txt, ascii('xy'), JET_bitSetOverwriteLV, 2, 1)).toBe(JET_errColumnNoChunk);
      expect(set(x, x.wtxt, null, JET_bitSetOverwriteLV, 0, 1)).toBe(JET_errSuccess);
      expect(set(x, x.mvBin, null, JET_bitSetOverwriteLV, 2, 1)).toBe(JET_errColumnNoChunk);
    });
    expect(bytesOf(x, x.bin)).toEqual([1, 2]);
    expect(bytesOf(x, x.txt)).toBeNull();
    expect(get(x, x.wtxt)).toEqual({ rc: JET_errSuccess, cb: 0, data: [] });
    expect(bytesOf(x, x.mvBin)).toBeNull();
  });

  it('OverwriteLV on 100 KB and across the intrinsic size: inside, at the end, past the end (ColumnNoChunk, value kept)', () => {
    // lv.cxx ErrRECAOSeparateLV: "ibLongValue > ulSize" with lvopOverwriteRange is ColumnNoChunk; ib == size
    // degenerates to an append. ErrRECSetLongField: a 1000-byte value written past the preferred intrinsic size is
    // separated first, then ErrRECAOSeparateLV checks the offset; the failure rolls the separation back.
    const x = world();
    const big = pat(BIG, 5);
    const k = pat(1000, 6);
    insertRow(x, 1, () => {
      expect(set(x, x.bin, big)).toBe(JET_errSuccess);
      expect(set(x, x.txt, k)).toBe(JET_errSuccess);
      expect(set(x, x.wtxt, k)).toBe(JET_errSuccess);
    });
    replaceRow(x, () => {
      expect(set(x, x.bin, pat(5, 7), JET_bitSetOverwriteLV, 50000, 1)).toBe(JET_errSuccess);
      expect(set(x, x.bin, pat(10, 8), JET_bitSetOverwriteLV, BIG, 1)).toBe(JET_errSuccess);
      expect(set(x, x.bin, pat(10, 9), JET_bitSetOverwriteLV, BIG + 11, 1)).toBe(JET_errColumnNoChunk);
      expect(set(x, x.txt, pat(50, 10), JET_bitSetOverwriteLV, 1000, 1)).toBe(JET_errSuccess);
      expect(set(x, x.wtxt, pat(50, 11), JET_bitSetOverwriteLV, 1001, 1)).toBe(JET_errColumnNoChunk);
    });
    const want = cat(big.subarray(0, 50000), pat(5, 7), big.subarray(50005), pat(10, 8));
    expect(get(x, x.bin, { noBuffer: true })).toEqual({ rc: JET_wrnBufferTruncated, cb: BIG + 10, data: [] });
    expect(bytesOf(x, x.bin)).toEqual(want);
    expect(bytesOf(x, x.txt)).toEqual(cat(k, pat(50, 10)));
    expect(bytesOf(x, x.wtxt)).toEqual(arr(k));
  });

  it('SizeLV grows with zeros whatever the buffer holds, shrinks, 0 makes NULL; SizeLV|ZeroLength 0 makes zero-length', () => {
    // lv.cxx ErrLVOpFromGrbit, case JET_bitSetSizeLV: no data -> lvopInsertNull / lvopReplaceWithNull; data onto NULL
    // -> lvopInsertZeroedOut; else lvopResize. ErrRECAOIntrinsicLV: lvopInsertZeroedOut memsets cb zeros, lvopResize
    // keeps min(old, new) bytes and zero-fills the rest; the buffer's bytes are never copied. Case
    // JET_bitSetSizeLV|JET_bitSetZeroLength with no data -> lvopReplaceWithZeroLength.
    const x = world();
    insertRow(x, 1, () => {
      expect(set(x, x.bin, Uint8Array.of(1, 2, 3, 4, 5))).toBe(JET_errSuccess);
      expect(set(x, x.wtxt, ascii('ab'))).toBe(JET_errSuccess);
      expect(set(x, x.mvBin, Uint8Array.of(9, 9))).toBe(JET_errSuccess);
    });
    replaceRow(x, () => {
      expect(set(x, x.bin, new Uint8Array(8).fill(9), JET_bitSetSizeLV)).toBe(JET_errSuccess);
      expect(set(x, x.txt, Uint8Array.of(7, 7, 7), JET_bitSetSizeLV)).toBe(JET_errSuccess);
      expect(set(x, x.wtxt, null, JET_bitSetSizeLV | JET_bitSetZeroLength)).toBe(JET_errSuccess);
      expect(set(x, x.mvBin, null, JET_bitSetSizeLV)).toBe(JET_errSuccess);
      expect(set(x, x.mvLong, null, JET_bitSetSizeLV)).toBe(JET_errSuccess); // NULL stays NULL (lvopInsertNull)
    });
    expect(bytesOf(x, x.bin)).toEqual([1, 2, 3, 4, 5, 0, 0, 0]);
    expect(bytesOf(x, x.txt)).toEqual([0, 0, 0]);
    expect(get(x, x.wtxt)).toEqual({ rc: JET_errSuccess, cb: 0, data: [] });
    expect(bytesOf(x, x.mvBin)).toBeNull();
    expect(bytesOf(x, x.mvLong)).toBeNull();
    // A NULL buffer with a size (ErrFLDSetOneColumn keeps cbData for SizeLV): shrink to 2.
    replaceRow(x, () => expect(x.api.JetSetColumn(x.w.ses, x.t, x.bin, null, 2, JET_bitSetSizeLV, null)).toBe(JET_errSuccess));
    expect(bytesOf(x, x.bin)).toEqual([1, 2]);
  });

  it('SizeLV on separated values: 100 KB shrunk to 10 then grown to 3000; 100 bytes grown to 5000', () => {
    // lv.cxx ErrRECAOSeparateLV lvopResize: ErrLVTruncate below the size, zeroed chunks (ErrLVAppendZeroedOutChunks)
    // above it. ErrRECSetLongField: a resize past the preferred intrinsic size separates the value, then resizes.
    const x = world();
    const big = pat(BIG, 12);
    const small = pat(100, 13);
    insertRow(x, 1, () => {
      expect(set(x, x.bin, big)).toBe(JET_errSuccess);
      expect(set(x, x.txt, small)).toBe(JET_errSuccess);
    });
    replaceRow(x, () => {
      expect(x.api.JetSetColumn(x.w.ses, x.t, x.bin, null, 10, JET_bitSetSizeLV, null)).toBe(JET_errSuccess);
      expect(x.api.JetSetColumn(x.w.ses, x.t, x.txt, null, 5000, JET_bitSetSizeLV, null)).toBe(JET_errSuccess);
    });
    expect(bytesOf(x, x.bin)).toEqual(arr(big.subarray(0, 10)));
    expect(bytesOf(x, x.txt)).toEqual(cat(small, new Array(4900).fill(0)));
    replaceRow(x, () => expect(x.api.JetSetColumn(x.w.ses, x.t, x.bin, null, 3000, JET_bitSetSizeLV, null)).toBe(JET_errSuccess));
    expect(bytesOf(x, x.bin)).toEqual(cat(big.subarray(0, 10), new Array(2990).fill(0)));
  });

  it('OverwriteLV|SizeLV ends the value after the bytes written; past the end ColumnNoChunk; no data makes it NULL at any offset', () => {
    // lv.cxx ErrLVOpFromGrbit, case JET_bitSetSizeLV|JET_bitSetOverwriteLV: no data -> lvopReplaceWithNull (the
    // offset is not looked at); onto NULL: ib 0 -> lvopInsert, else ColumnNoChunk; else lvopOverwriteRangeAndResize
    // (ErrRECAOIntrinsicLV / ErrRECAOSeparateLV: ib above the length is ColumnNoChunk, the new length ib + cb).
    const x = world();
    const big = pat(BIG, 14);
    const both = JET_bitSetOverwriteLV | JET_bitSetSizeLV;
    insertRow(x, 1, () => {
      expect(set(x, x.txt, ascii('abcdefgh'))).toBe(JET_errSuccess);
      expect(set(x, x.bin, big)).toBe(JET_errSuccess);
      expect(set(x, x.wtxt, ascii('keep me'))).toBe(JET_errSuccess);
    });
    replaceRow(x, () => {
      expect(set(x, x.txt, ascii('XY'), both, 2, 1)).toBe(JET_errSuccess);
      expect(set(x, x.txt, ascii('Z'), both, 4, 1)).toBe(JET_errSuccess);
      expect(set(x, x.txt, ascii('Q'), both, 7, 1)).toBe(JET_errColumnNoChunk);
      expect(set(x, x.bin, pat(10, 15), both, 50000, 1)).toBe(JET_errSuccess);
      expect(set(x, x.wtxt, null, both, 3, 1)).toBe(JET_errSuccess);
      expect(set(x, x.mvBin, Uint8Array.of(1), both, 1, 1)).toBe(JET_errColumnNoChunk);
      expect(set(x, x.capped, Uint8Array.of(1, 2), both, 0, 1)).toBe(JET_errSuccess);
    });
    expect(textOfCol(x, x.txt)).toBe('abXYZ');
    expect(bytesOf(x, x.bin)).toEqual(cat(big.subarray(0, 50000), pat(10, 15)));
    expect(bytesOf(x, x.wtxt)).toBeNull();
    expect(bytesOf(x, x.mvBin)).toBeNull();
    expect(bytesOf(x, x.capped)).toEqual([1, 2]);
  });

  it('AppendLV together with SetZeroLength is no LV operation: the data replaces the value, no data makes it NULL', () => {
    // lv.cxx ErrRECSetLongField strips only SeparateLV, the unique bits, RevertToDefault, IntrinsicLV, Compressed,
    // Uncompressed and ContiguousLV; ErrLVOpFromGrbit switches on what is left and has no case for
    // AppendLV|ZeroLength: its default case gives lvopReplace (data) or lvopReplaceWithNull (no data).
    // (ManagedEsent's SetColumn adds ZeroLength whenever it is given an empty array.)
    const x = world();
    insertRow(x, 1, () => {
      expect(set(x, x.txt, ascii('abc'))).toBe(JET_errSuccess);
      expect(set(x, x.bin, Uint8Array.of(1, 2, 3))).toBe(JET_errSuccess);
    });
    replaceRow(x, () => {
      expect(set(x, x.txt, ascii('de'), JET_bitSetAppendLV | JET_bitSetZeroLength)).toBe(JET_errSuccess);
      expect(set(x, x.bin, null, JET_bitSetAppendLV | JET_bitSetZeroLength)).toBe(JET_errSuccess);
    });
    expect(textOfCol(x, x.txt)).toBe('de');
    expect(bytesOf(x, x.bin)).toBeNull();
  });

  it('OverwriteLV together with SetZeroLength replaces the whole value, and its offset is never checked', () => {
    // lv.cxx ErrLVOpFromGrbit: OverwriteLV|ZeroLength has no case either, so the default case's lvopReplace: no
    // ColumnNoChunk (that check is only in the OverwriteLV cases and in ErrRECAOIntrinsicLV / ErrRECAOSeparateLV for
    // lvopOverwriteRange*).
    const x = world();
    insertRow(x, 1, () => {
      expect(set(x, x.wtxt, ascii('uvw'))).toBe(JET_errSuccess);
      expect(set(x, x.txt, ascii('abcdef'))).toBe(JET_errSuccess);
    });
    replaceRow(x, () => {
      expect(set(x, x.wtxt, ascii('Q'), JET_bitSetOverwriteLV | JET_bitSetZeroLength, 9, 1)).toBe(JET_errSuccess);
      expect(set(x, x.txt, ascii('Z'), JET_bitSetOverwriteLV | JET_bitSetZeroLength, 0, 1)).toBe(JET_errSuccess);
    });
    expect(textOfCol(x, x.wtxt)).toBe('Q');
    expect(textOfCol(x, x.txt)).toBe('Z');
  });

  it('a column cbMax bounds appends, overwrites and resizes: ColumnTooBig, the value kept', () => {
    // lv.cxx ErrRECAOIntrinsicLV: "ulColMax > 0 && cbT > ulColMax" is ColumnTooBig, cbT being the length the
    // operation would give (append: old + new; overwrite: max(old, ib + cb); resize: cb).
    const x = world();
    insertRow(x, 1, () => expect(set(x, x.capped, pat(10, 16))).toBe(JET_errSuccess));
    replaceRow(x, () => {
      expect(set(x, x.capped, pat(6, 17), JET_bitSetAppendLV)).toBe(JET_errSuccess);
      expect(set(x, x.capped, pat(1, 18), JET_bitSetAppendLV)).toBe(JET_errColumnTooBig);
      expect(set(x, x.capped, pat(2, 19), JET_bitSetOverwriteLV, 15, 1)).toBe(JET_errColumnTooBig);
      expect(set(x, x.capped, pat(2, 20), JET_bitSetOverwriteLV, 14, 1)).toBe(JET_errSuccess);
      expect(x.api.JetSetColumn(x.w.ses, x.t, x.capped, null, 17, JET_bitSetSizeLV, null)).toBe(JET_errColumnTooBig);
      expect(set(x, x.capped, pat(17, 21))).toBe(JET_errColumnTooBig);
    });
    expect(bytesOf(x, x.capped)).toEqual(cat(pat(10, 16), pat(4, 17), pat(2, 20)));
  });
});

// ---- JetRetrieveColumn on long values --------------------------------------------------------------------------------

describe('long values: JetRetrieveColumn', () => {
  it('ibLongValue inside, at the end and past the end; cbMax smaller; size queries (intrinsic, cp 1200 and 100 KB)', () => {
    // fldext.cxx ErrIsamRetrieveColumn, wrnRECIntrinsicLV: an offset at or past the end leaves 0 bytes (Success,
    // cbActual 0); else the bytes after it, cbActual their count, wrnBufferTruncated when more than cbMax. lv.cxx
    // ErrRECRetrieveSLongField: ibGraphic >= size gives cbActual 0 and Success; a NULL buffer returns only the size,
    // and ErrRECIRetrieveSeparatedLongValue turns cbActual > cbMax into wrnBufferTruncated.
    const x = world();
    const digits = '0123456789'.repeat(4);
    const big = pat(BIG, 22);
    insertRow(x, 1, () => {
      expect(set(x, x.txt, ascii(digits))).toBe(JET_errSuccess);
      expect(set(x, x.wtxt, pat(11, 23))).toBe(JET_errSuccess);
      expect(set(x, x.bin, big)).toBe(JET_errSuccess);
    });
    expect(get(x, x.txt, { ib: 10, cbMax: 64 })).toEqual({ rc: JET_errSuccess, cb: 30, data: arr(digits.slice(10)) });
    expect(get(x, x.txt, { ib: 5, cbMax: 4 })).toEqual({ rc: JET_wrnBufferTruncated, cb: 35, data: arr('5678') });
    expect(get(x, x.txt, { ib: 40 })).toEqual({ rc: JET_errSuccess, cb: 0, data: [] });
    expect(get(x, x.txt, { ib: 41 })).toEqual({ rc: JET_errSuccess, cb: 0, data: [] });
    expect(get(x, x.txt, { noBuffer: true })).toEqual({ rc: JET_wrnBufferTruncated, cb: 40, data: [] });
    expect(get(x, x.txt, { ib: 30, noBuffer: true })).toEqual({ rc: JET_wrnBufferTruncated, cb: 10, data: [] });
    expect(get(x, x.txt, { ib: 40, noBuffer: true })).toEqual({ rc: JET_errSuccess, cb: 0, data: [] });
    // A byte offset into Unicode text is not aligned to characters.
    expect(get(x, x.wtxt, { ib: 3 })).toEqual({ rc: JET_errSuccess, cb: 8, data: arr(pat(11, 23).subarray(3)) });
    expect(get(x, x.bin, { ib: 100000, cbMax: 10 })).toEqual({ rc: JET_wrnBufferTruncated, cb: BIG - 100000, data: arr(big.subarray(100000, 100010)) });
    expect(get(x, x.bin, { ib: BIG })).toEqual({ rc: JET_errSuccess, cb: 0, data: [] });
    expect(get(x, x.bin, { ib: 2 * BIG })).toEqual({ rc: JET_errSuccess, cb: 0, data: [] });
    expect(get(x, x.bin, { noBuffer: true })).toEqual({ rc: JET_wrnBufferTruncated, cb: BIG, data: [] });
    expect(get(x, x.bin, { ib: BIG - 7, noBuffer: true })).toEqual({ rc: JET_wrnBufferTruncated, cb: 7, data: [] });
  });

  it('JET_RETINFO.itagSequence 0 on a tagged column is BadItagSequence; past the last value wrnColumnNull; a fixed column ignores it', () => {
    // rec.hxx ErrRECRetrieveTaggedColumn: itagSequence 0 -> JET_errBadItagSequence (JetRetrieveColumn never counts).
    // tagfld.cxx TAGFIELDS::ErrRetrieveColumn: an itagSequence with no value is JET_wrnColumnNull. fldext.cxx
    // ErrIsamRetrieveColumn reads a fixed column with ErrRECRetrieveNonTaggedColumn, which takes no itagSequence.
    const x = world();
    insertRow(x, 1, () => {
      expect(set(x, x.txt, ascii('only'))).toBe(JET_errSuccess);
      expect(set(x, x.mvTxt, ascii('a'), 0, 0, 0)).toBe(JET_errSuccess);
    });
    expect(get(x, x.txt, { itag: 0 }).rc).toBe(JET_errBadItagSequence);
    expect(get(x, x.mvTxt, { itag: 0 }).rc).toBe(JET_errBadItagSequence);
    // The itagSequence is checked before the default branch that JET_bitRetrieveIgnoreDefault skips, also for a column
    // the record does not hold (rec.hxx ErrRECRetrieveTaggedColumn, then tagfld.cxx TAGFIELDS::ErrRetrieveColumn).
    expect(get(x, x.bin, { itag: 0, grbit: JET_bitRetrieveIgnoreDefault }).rc).toBe(JET_errBadItagSequence);
    expect(get(x, x.txt, { itag: 2 })).toEqual({ rc: JET_wrnColumnNull, cb: 0, data: [] });
    const id = get(x, x.id, { itag: 0 });
    expect([id.rc, id.cb, readInt32(Uint8Array.from(id.data))]).toEqual([JET_errSuccess, 4, 1]);
  });

  it('JET_bitRetrieveCopy during a replace after AppendLV sees the new value, the record the old one; Cancel and rollback put it back', () => {
    // fldext.cxx ErrIsamRetrieveColumn: RetrieveCopy with an update prepared reads the copy buffer; without it the
    // record is read, and a separated value changed in this replace is read as its before-image (fAfterImage false
    // when FFUCBUpdateSeparateLV && FFUCBReplacePrepared). fldmod.cxx ErrIsamPrepareUpdate, JET_prepCancel: the LV
    // changes of the update are rolled back (ErrVERRollback on the updateid).
    const x = world();
    const big = pat(BIG, 24);
    const tail = pat(10, 25);
    insertRow(x, 1, () => {
      expect(set(x, x.txt, ascii('abc'))).toBe(JET_errSuccess);
      expect(set(x, x.bin, big)).toBe(JET_errSuccess);
    });
    begin(x);
    prep(x, JET_prepReplace);
    expect(set(x, x.txt, ascii('def'), JET_bitSetAppendLV)).toBe(JET_errSuccess);
    expect(set(x, x.bin, tail, JET_bitSetAppendLV)).toBe(JET_errSuccess);
    expect(textOfCol(x, x.txt)).toBe('abc');
    expect(textOfCol(x, x.txt, 1, JET_bitRetrieveCopy)).toBe('abcdef');
    expect(get(x, x.bin, { noBuffer: true })).toEqual({ rc: JET_wrnBufferTruncated, cb: BIG, data: [] });
    expect(get(x, x.bin, { noBuffer: true, grbit: JET_bitRetrieveCopy })).toEqual({ rc: JET_wrnBufferTruncated, cb: BIG + 10, data: [] });
    expect(get(x, x.bin, { ib: BIG, grbit: JET_bitRetrieveCopy })).toEqual({ rc: JET_errSuccess, cb: 10, data: arr(tail) });
    expect(get(x, x.bin, { ib: BIG })).toEqual({ rc: JET_errSuccess, cb: 0, data: [] });
    expect(x.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepCancel)).toBe(JET_errSuccess);
    expect(textOfCol(x, x.txt, 1, JET_bitRetrieveCopy)).toBe('abc');
    expect(get(x, x.bin, { noBuffer: true, grbit: JET_bitRetrieveCopy })).toEqual({ rc: JET_wrnBufferTruncated, cb: BIG, data: [] });
    expect(bytesOf(x, x.bin)).toEqual(arr(big));
    // The same change made for real, then rolled back with the transaction.
    prep(x, JET_prepReplace);
    expect(set(x, x.bin, Uint8Array.of(1, 2, 3), JET_bitSetOverwriteLV, 0, 1)).toBe(JET_errSuccess);
    update(x);
    expect(bytesOf(x, x.bin)?.slice(0, 4)).toEqual([1, 2, 3, big[3]]);
    expect(x.api.JetRollback(x.w.ses, 0)).toBe(JET_errSuccess);
    goTo(x, 1);
    expect(bytesOf(x, x.bin)).toEqual(arr(big));
    expect(textOfCol(x, x.txt)).toBe('abc');
  });
});

// ---- values of tagged columns ---------------------------------------------------------------------------------------

describe('tagged columns: itagSequence', () => {
  it('a JET_SETINFO with itagSequence 0 adds a value even to a column not flagged multi-valued', () => {
    // lv.cxx ErrRECSetLongField: fNewInstance = ( 0 == itagSequence ), so OverwriteLV at offset 0 and AppendLV are
    // lvopInsert; tagfld.cxx TAGFIELDS::ErrSetColumn adds a second value to an existing single one whatever the
    // column's flags (nothing in fldmod.cxx / tagfld.cxx reads FFIELDMultivalued). ManagedEsent's JET_SETINFO has
    // itagSequence 0 unless the caller sets it.
    const x = world();
    insertRow(x, 1, () => expect(set(x, x.txt, ascii('hello'))).toBe(JET_errSuccess));
    replaceRow(x, () => {
      expect(set(x, x.txt, ascii('HE'), JET_bitSetOverwriteLV, 0, 0)).toBe(JET_errSuccess);
      expect(set(x, x.txt, ascii('!!'), JET_bitSetAppendLV, 0, 0)).toBe(JET_errSuccess);
      expect(set(x, x.txt, ascii('?'), JET_bitSetAppendLV, 0, 2)).toBe(JET_errSuccess);
      // Offset 3 of a new instance is ColumnNoChunk (ErrLVOpFromGrbit), itagSequence 0 or one past the end.
      expect(set(x, x.txt, ascii('z'), JET_bitSetOverwriteLV, 3, 0)).toBe(JET_errColumnNoChunk);
      expect(set(x, x.txt, ascii('z'), JET_bitSetOverwriteLV, 3, 4)).toBe(JET_errColumnNoChunk);
    });
    expect(count(x, x.txt)).toBe(3);
    expect(texts(x, x.txt)).toEqual(['hello', 'HE?', '!!']);
  });

  it('multi-valued LongBinary: 0 appends, n replaces, n past the end appends, NULL at n removes (later ones shift), NULL past the end does nothing', () => {
    // lv.cxx ErrRECSetLongField: an itagSequence with no value is a new instance (wrnColumnNull -> fNewInstance);
    // NULL on an existing one is lvopReplaceWithNull (a separated one dereferenced first). tagfld.cxx
    // TAGFIELDS::ErrSetColumn: MULTIVALUES adds when "0 == itagSequence || itagSequence > CMultiValues()";
    // CbDeleteMultiValue removes 1..n and does nothing past the end. fldext.cxx ErrRECRetrieveColumns: itagSequence 0
    // counts; a missing value is wrnColumnNull, cbActual 0; a truncated one makes the call wrnBufferTruncated.
    const x = world();
    const a = Uint8Array.of(1, 2, 3);
    const b = pat(2000, 26);
    const c = Uint8Array.of(7, 7, 7, 7, 7);
    insertRow(x, 1, () => {
      for (const v of [a, b, c]) expect(set(x, x.mvBin, v, 0, 0, 0)).toBe(JET_errSuccess);
    });
    expect(count(x, x.mvBin)).toBe(3);
    expect(values(x, x.mvBin)).toEqual([arr(a), arr(b), arr(c)]);
    const f = pat(3000, 27);
    replaceRow(x, () => {
      expect(set(x, x.mvBin, null, 0, 0, 2)).toBe(JET_errSuccess); // removes b: [a, c]
      expect(set(x, x.mvBin, Uint8Array.of(4, 4, 4, 4), 0, 0, 2)).toBe(JET_errSuccess); // replaces c: [a, d]
      expect(set(x, x.mvBin, Uint8Array.of(9, 9), 0, 0, 7)).toBe(JET_errSuccess); // appends: [a, d, e]
      expect(get(x, x.mvBin, { itag: 4, grbit: JET_bitRetrieveCopy })).toEqual({ rc: JET_wrnColumnNull, cb: 0, data: [] });
      expect(set(x, x.mvBin, null, 0, 0, 9)).toBe(JET_errSuccess); // nothing there
      expect(set(x, x.mvBin, Uint8Array.of(8), JET_bitSetOverwriteLV, 1, 3)).toBe(JET_errSuccess); // e = [9, 8]
      expect(set(x, x.mvBin, Uint8Array.of(6), JET_bitSetAppendLV, 0, 2)).toBe(JET_errSuccess); // d = [4, 4, 4, 4, 6]
      expect(set(x, x.mvBin, f, 0, 0, 1)).toBe(JET_errSuccess); // a replaced by a separated value
    });
    expect(values(x, x.mvBin)).toEqual([arr(f), [4, 4, 4, 4, 6], [9, 8]]);
    expect(get(x, x.mvBin, { itag: 1, ib: 2990 })).toEqual({ rc: JET_errSuccess, cb: 10, data: arr(f.subarray(2990)) });
    const cols: JET_RETRIEVECOLUMN[] = [
      { columnid: x.mvBin, pvData: null, cbData: 0, itagSequence: 0 },
      { columnid: x.mvBin, pvData: new Uint8Array(2), cbData: 2, itagSequence: 2 },
      { columnid: x.mvBin, pvData: new Uint8Array(8), cbData: 8, itagSequence: 4 },
      { columnid: x.mvBin, pvData: new Uint8Array(8), cbData: 8, itagSequence: 1, ibLongValue: 2999 },
    ];
    expect(x.api.JetRetrieveColumns(x.w.ses, x.t, cols, cols.length)).toBe(JET_wrnBufferTruncated);
    expect(cols.map((c2) => [c2.err, c2.cbActual])).toEqual([
      [JET_errSuccess, 0], [JET_wrnBufferTruncated, 5], [JET_wrnColumnNull, 0], [JET_errSuccess, 1],
    ]);
    expect(cols[0].itagSequence).toBe(3);
    expect([...(cols[1].pvData as Uint8Array)]).toEqual([4, 4]);
    expect((cols[3].pvData as Uint8Array)[0]).toBe(f[2999]);
  });

  it('multi-valued Text: itagSequence past the end appends (one value, two values, more), NULL at n removes down to none', () => {
    // tagfld.cxx TAGFIELDS::ErrSetColumn: one value and itagSequence != 1 -> "add a 2nd value"; TWOVALUES with an
    // itagSequence other than 1 or 2 -> converted to MULTIVALUES with the value added; NULL: CbDeleteMultiValue /
    // CbConvertTwoValuesToSingleValue remove 1..n, anything else is "appending NULL, which is a NOP"; a single value
    // set to NULL at itagSequence 1 is deleted (no default).
    const x = world();
    insertRow(x, 1, () => {
      expect(set(x, x.mvTxt, ascii('a'))).toBe(JET_errSuccess);
      expect(set(x, x.mvTxt, ascii('b'), 0, 0, 3)).toBe(JET_errSuccess);
      expect(set(x, x.mvTxt, ascii('c'), 0, 0, 9)).toBe(JET_errSuccess);
      expect(set(x, x.mvTxt, ascii('d'), 0, 0, 4)).toBe(JET_errSuccess);
    });
    expect(texts(x, x.mvTxt)).toEqual(['a', 'b', 'c', 'd']);
    replaceRow(x, () => {
      expect(set(x, x.mvTxt, null, 0, 0, 1)).toBe(JET_errSuccess); // [b, c, d]
      expect(set(x, x.mvTxt, null, 0, 0, 3)).toBe(JET_errSuccess); // [b, c]
      expect(set(x, x.mvTxt, null, 0, 0, 7)).toBe(JET_errSuccess); // nothing there
      expect(set(x, x.mvTxt, null, 0, 0, 0)).toBe(JET_errSuccess); // NULL "added": nothing
      expect(set(x, x.mvTxt, ascii('C'), 0, 0, 2)).toBe(JET_errSuccess); // [b, C]
    });
    expect(count(x, x.mvTxt)).toBe(2);
    expect(texts(x, x.mvTxt)).toEqual(['b', 'C']);
    replaceRow(x, () => {
      expect(set(x, x.mvTxt, null, 0, 0, 1)).toBe(JET_errSuccess); // [C]
      expect(set(x, x.mvTxt, null, 0, 0, 2)).toBe(JET_errSuccess); // nothing there
    });
    expect(texts(x, x.mvTxt)).toEqual(['C']);
    replaceRow(x, () => expect(set(x, x.mvTxt, null, 0, 0, 1)).toBe(JET_errSuccess));
    expect(count(x, x.mvTxt)).toBe(0);
    expect(get(x, x.mvTxt)).toEqual({ rc: JET_wrnColumnNull, cb: 0, data: [] });
  });

  it('JET_bitSetUniqueMultiValues on a multi-valued LongText, separated values included', () => {
    // fldmod.cxx ErrFLDSetOneColumn -> ErrRECICheckUniqueLVMultiValues: every value but the one at itagSequence is
    // compared byte for byte (a separated one through ErrRECRetrieveSLongField in compare mode); equal is
    // MultiValuedDuplicate. Without the bit nothing is compared.
    const x = world();
    const big = letters(1500, 2);
    const big2 = at(big, 1499, big[1499] === 'a' ? 'b' : 'a');
    const U = JET_bitSetUniqueMultiValues;
    insertRow(x, 1, () => {
      for (const s of ['red', 'green', big]) expect(set(x, x.mvLong, ascii(s), U, 0, 0)).toBe(JET_errSuccess);
      expect(set(x, x.mvLong, ascii('red'), U, 0, 0)).toBe(JET_errMultiValuedDuplicate);
      expect(set(x, x.mvLong, ascii(big), U, 0, 0)).toBe(JET_errMultiValuedDuplicate);
      expect(set(x, x.mvLong, ascii(big2), U, 0, 0)).toBe(JET_errSuccess);
      expect(set(x, x.mvLong, ascii('RED'), U, 0, 0)).toBe(JET_errSuccess);
      expect(set(x, x.mvLong, ascii('green'), U, 0, 2)).toBe(JET_errSuccess);
      expect(set(x, x.mvLong, ascii('red'), U, 0, 2)).toBe(JET_errMultiValuedDuplicate);
      expect(set(x, x.mvLong, ascii(big), U, 0, 3)).toBe(JET_errSuccess);
      expect(set(x, x.mvLong, ascii(big2), U, 0, 3)).toBe(JET_errMultiValuedDuplicate);
      expect(set(x, x.mvLong, ascii('red'), 0, 0, 0)).toBe(JET_errSuccess);
    });
    expect(count(x, x.mvLong)).toBe(6);
    expect(texts(x, x.mvLong)).toEqual(['red', 'green', big, big2, 'RED', 'red']);
  });

  it('JET_bitRetrieveFromIndex | JET_bitRetrieveTag on a multi-valued LongText index: the value and itagSequence of each entry', () => {
    // fldext.cxx ErrRECIRetrieveFromIndex: a text column cannot be read back from the key (errDIRNoShortCircuit), so
    // the itagSequence of the current entry is found from the record's keys (ComputeItag, ItagFromColumnid) and
    // ErrIsamRetrieveColumn writes it to the JET_RETINFO (RetrieveTag) and reads that value from the record.
    const x = world();
    expect(createIndex(x.api, x.w.ses, x.t, 'byTag', 0, '+mvLong')).toBe(JET_errSuccess);
    insertRow(x, 1, () => {
      for (const s of ['pear', 'apple', 'fig']) expect(set(x, x.mvLong, ascii(s), 0, 0, 0)).toBe(JET_errSuccess);
    });
    expect(x.api.JetSetCurrentIndex(x.w.ses, x.t, 'byTag')).toBe(JET_errSuccess);
    const seen: Array<[number, string, number]> = [];
    let rc = x.api.JetMove(x.w.ses, x.t, JET_MoveFirst, 0);
    while (rc === JET_errSuccess) {
      const buf = new Uint8Array(16);
      const cb = out<number>(0);
      const info = { ibLongValue: 0, itagSequence: 1 };
      const r = x.api.JetRetrieveColumn(x.w.ses, x.t, x.mvLong, buf, 16, cb, JET_bitRetrieveFromIndex | JET_bitRetrieveTag, info);
      seen.push([r, fromAscii(buf.subarray(0, cb.value)), info.itagSequence]);
      rc = x.api.JetMove(x.w.ses, x.t, JET_MoveNext, 0);
    }
    expect(seen).toEqual([[JET_errSuccess, 'apple', 2], [JET_errSuccess, 'fig', 3], [JET_errSuccess, 'pear', 1]]);
  });
});

// ---- long values in an index ----------------------------------------------------------------------------------------

interface B {
  x: X;
  body: JET_COLUMNID;
}

/** Table "bodies": id (primary) and body LongText 1252 with the index given over "+body". */
function bodies(grbit: number): B {
  const x = world();
  const box = out<JET_TABLEID>();
  expect(x.api.JetCreateTable(x.w.ses, x.w.dbid, 'bodies', 0, 100, box)).toBe(JET_errSuccess);
  x.t = box.value;
  x.id = addColumn(x.api, x.w.ses, x.t, 'id', { coltyp: JET_coltypLong });
  const body = addColumn(x.api, x.w.ses, x.t, 'body', { coltyp: JET_coltypLongText, cp: 1252 });
  expect(createIndex(x.api, x.w.ses, x.t, 'primary', JET_bitIndexPrimary | JET_bitIndexUnique, '+id')).toBe(JET_errSuccess);
  expect(createIndex(x.api, x.w.ses, x.t, 'byBody', grbit, '+body')).toBe(JET_errSuccess);
  return { x, body };
}

/** Inserts (id, body) in a transaction; returns JetUpdate's code (the update cancelled when it failed). */
function tryInsertBody(b: B, id: number, body: string): number {
  const x = b.x;
  begin(x);
  prep(x, JET_prepInsert);
  expect(set(x, x.id, int32(id))).toBe(JET_errSuccess);
  expect(set(x, b.body, ascii(body))).toBe(JET_errSuccess);
  const rc = x.api.JetUpdate(x.w.ses, x.t, null, 0, null);
  if (rc < 0) expect(x.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepCancel)).toBe(JET_errSuccess);
  commit(x);
  return rc;
}

function seekBody(b: B, s: string): number {
  const x = b.x;
  expect(x.api.JetSetCurrentIndex(x.w.ses, x.t, 'byBody')).toBe(JET_errSuccess);
  expect(x.api.JetMakeKey(x.w.ses, x.t, ascii(s), s.length, JET_bitNewKey)).toBe(JET_errSuccess);
  return x.api.JetSeek(x.w.ses, x.t, JET_bitSeekEQ);
}

describe('long values in an index', () => {
  it('a LongText key is made from its first 254 characters, case folded: later bytes do not make a unique key differ', () => {
    // fldnorm.cxx ErrRECIRetrieveKey: cbDataMost = cbKeyMost (255) bytes of the long value are read
    // (ErrRECRetrieveSLongField for a separated one); ErrFLDNormalizeTextSegment gives the text min(255, 256) - 1 =
    // 254 bytes of room; _osu/normu.cxx ErrUtilNormText copies 253 characters upper-cased (a-z) and puts the 254th
    // with 0x20 subtracted. Characters from index 254 on are not in the key.
    const b = bodies(JET_bitIndexUnique);
    const s = letters(2000, 1);
    const other = (c: string) => (c === 'a' ? 'b' : 'a');
    expect(tryInsertBody(b, 1, s)).toBe(JET_errSuccess);
    expect(tryInsertBody(b, 2, at(s, 1500, other(s[1500])))).toBe(JET_errKeyDuplicate);
    expect(tryInsertBody(b, 3, at(s, 254, other(s[254])))).toBe(JET_errKeyDuplicate);
    expect(tryInsertBody(b, 4, at(s, 200, s[200].toUpperCase()))).toBe(JET_errKeyDuplicate);
    expect(tryInsertBody(b, 5, s.slice(0, 600))).toBe(JET_errKeyDuplicate);
    expect(tryInsertBody(b, 6, at(s, 253, other(s[253])))).toBe(JET_errSuccess);
    expect(tryInsertBody(b, 7, at(s, 100, other(s[100])))).toBe(JET_errSuccess);
    const n = out<number>(0);
    expect(b.x.api.JetSetCurrentIndex(b.x.w.ses, b.x.t, 'byBody')).toBe(JET_errSuccess);
    expect(b.x.api.JetMove(b.x.w.ses, b.x.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(b.x.api.JetIndexRecordCount(b.x.w.ses, b.x.t, n, 0)).toBe(JET_errSuccess);
    expect(n.value).toBe(3);
  });

  it('OverwriteLV at offset 0 of a 100 KB indexed value moves its index entry; the old key is free again', () => {
    // recupd.cxx replace: the old key is made from the value's before-image (ErrRECRetrieveKeyFromRecord with
    // fRetrieveLVBeforeImage) and the new one from the record, so the entry follows the first bytes written.
    const b = bodies(JET_bitIndexUnique);
    const x = b.x;
    const s = letters(BIG, 3);
    expect(tryInsertBody(b, 1, s)).toBe(JET_errSuccess);
    goTo(x, 1);
    replaceRow(x, () => expect(set(x, b.body, ascii('zzzzzzzz'), JET_bitSetOverwriteLV, 0, 1)).toBe(JET_errSuccess));
    const t = 'zzzzzzzz' + s.slice(8);
    expect(get(x, b.body, { noBuffer: true })).toEqual({ rc: JET_wrnBufferTruncated, cb: BIG, data: [] });
    expect(seekBody(b, t.slice(0, 300))).toBe(JET_errSuccess);
    expect(intOf(x.api, x.w.ses, x.t, x.id)).toBe(1);
    expect(seekBody(b, s.slice(0, 300))).toBe(JET_errRecordNotFound);
    expect(x.api.JetSetCurrentIndex(x.w.ses, x.t, null)).toBe(JET_errSuccess);
    expect(tryInsertBody(b, 2, s)).toBe(JET_errSuccess);
    expect(tryInsertBody(b, 3, t.slice(0, 254))).toBe(JET_errKeyDuplicate);
  });

  it('JET_bitIndexDisallowTruncation: 253 characters fit; AppendLV to 254 makes JetUpdate KeyTruncated, the update staying prepared', () => {
    // normu.cxx ErrUtilNormText: 253 characters fit the 254 bytes of room with their terminator; 254 or more are cut
    // (wrnFLDKeyTooBig), and fldnorm.cxx ErrRECIIRetrieveKey makes that JET_errKeyTruncated for such an index.
    // recupd.cxx: a failed JetUpdate leaves the update prepared.
    const b = bodies(JET_bitIndexDisallowTruncation);
    const x = b.x;
    const s = letters(253, 4);
    expect(tryInsertBody(b, 1, s)).toBe(JET_errSuccess);
    expect(tryInsertBody(b, 2, letters(5000, 5))).toBe(JET_errKeyTruncated);
    goTo(x, 1);
    begin(x);
    prep(x, JET_prepReplace);
    expect(set(x, b.body, ascii('q'), JET_bitSetAppendLV)).toBe(JET_errSuccess);
    expect(x.api.JetUpdate(x.w.ses, x.t, null, 0, null)).toBe(JET_errKeyTruncated);
    expect(x.api.JetUpdate(x.w.ses, x.t, null, 0, null)).toBe(JET_errKeyTruncated);
    expect(get(x, b.body, { noBuffer: true, grbit: JET_bitRetrieveCopy })).toEqual({ rc: JET_wrnBufferTruncated, cb: 254, data: [] });
    expect(x.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepCancel)).toBe(JET_errSuccess);
    commit(x);
    expect(textOfCol(x, b.body)).toBe(s);
  });
});
