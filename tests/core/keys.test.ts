import fc from 'fast-check';
import {
  out, JET_bitColumnTTDescending, JET_bitColumnTTKey, JET_bitNewKey, JET_bitTTDotNetGuid, JET_bitTTSortNullsHigh,
  JET_coltypBinary, JET_coltypBit, JET_coltypCurrency, JET_coltypDateTime, JET_coltypGUID, JET_coltypIEEEDouble,
  JET_coltypIEEESingle, JET_coltypLong, JET_coltypLongLong, JET_coltypShort, JET_coltypText, JET_coltypUnsignedByte,
  JET_coltypUnsignedLong, JET_coltypUnsignedLongLong, JET_coltypUnsignedShort, JET_MoveFirst, JET_MoveNext,
  JET_prepInsert, JET_bitKeyDataZeroLength, JET_bitRetrieveCopy, JET_bitSetZeroLength, JET_bitStrLimit,
  JET_bitSubStrLimit, JET_errInvalidBufferSize,
} from '../../src';
import type { JetApi, JET_COLUMNDEF, JET_COLUMNID, JET_SESID, JET_TABLEID } from '../../src';
import { world } from '../support/fixture';

interface Table {
  api: JetApi;
  ses: JET_SESID;
  tableid: JET_TABLEID;
  ids: JET_COLUMNID[];
}

function table(defs: JET_COLUMNDEF[], grbit = 0): Table {
  const { api, ses } = world();
  const ids: JET_COLUMNID[] = [];
  const tt = out<JET_TABLEID>();
  expect(api.JetOpenTempTable(ses, defs, defs.length, grbit, tt, ids)).toBe(0);
  return { api, ses, tableid: tt.value, ids };
}

/** Insert rows (each a list of column values: bytes, null for NULL), read them back, return every column of each row. */
function sortRowsAll(t: Table, rows: (Uint8Array | null)[][]): (Uint8Array | null)[][] {
  const { api, ses, tableid, ids } = t;
  for (const row of rows) {
    expect(api.JetPrepareUpdate(ses, tableid, JET_prepInsert)).toBe(0);
    row.forEach((v, i) => {
      if (v !== null) expect(api.JetSetColumn(ses, tableid, ids[i], v, v.length, v.length === 0 ? JET_bitSetZeroLength : 0, null)).toBe(0);
    });
    expect(api.JetUpdate(ses, tableid, null, 0, null)).toBe(0);
  }
  const got: (Uint8Array | null)[][] = [];
  for (let rc = api.JetMove(ses, tableid, JET_MoveFirst, 0); rc === 0; rc = api.JetMove(ses, tableid, JET_MoveNext, 0)) {
    got.push(ids.map((id) => {
      const buf = new Uint8Array(300);
      const size = out<number>(0);
      const code = api.JetRetrieveColumn(ses, tableid, id, buf, 300, size, 0, null);
      return code === 1004 ? null : buf.slice(0, size.value);
    }));
  }
  return got;
}

/** The same, returning each row's first column. */
function sortRows(t: Table, rows: (Uint8Array | null)[][]): (Uint8Array | null)[] {
  return sortRowsAll(t, rows).map((r) => r[0]);
}

function keyOf(t: Table, value: Uint8Array | null, grbit = 0): number[] {
  const len = value === null ? 0 : value.length;
  expect(t.api.JetMakeKey(t.ses, t.tableid, value, len, JET_bitNewKey | grbit)).toBe(0);
  const buf = new Uint8Array(2100);
  const size = out<number>(0);
  expect(t.api.JetRetrieveKey(t.ses, t.tableid, buf, 2100, size, 1)).toBe(0);
  return [...buf.subarray(0, size.value)];
}

const le = (bytes: number, write: (v: DataView) => void): Uint8Array => {
  const b = new Uint8Array(bytes);
  write(new DataView(b.buffer));
  return b;
};
const i16 = (n: number) => le(2, (v) => v.setInt16(0, n, true));
const u16 = (n: number) => le(2, (v) => v.setUint16(0, n, true));
const i32 = (n: number) => le(4, (v) => v.setInt32(0, n, true));
const u32 = (n: number) => le(4, (v) => v.setUint32(0, n, true));
const i64 = (n: bigint) => le(8, (v) => v.setBigInt64(0, n, true));
const u64 = (n: bigint) => le(8, (v) => v.setBigUint64(0, n, true));
const f32 = (n: number) => le(4, (v) => v.setFloat32(0, n, true));
const f64 = (n: number) => le(8, (v) => v.setFloat64(0, n, true));
const ascii = (s: string) => new TextEncoder().encode(s);
const utf16 = (s: string) => {
  const b = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) new DataView(b.buffer).setUint16(2 * i, s.charCodeAt(i), true);
  return b;
};
const hex = (b: Uint8Array | null) => (b === null ? 'null' : [...b].map((x) => x.toString(16).padStart(2, '0')).join(''));
const key = (coltyp: number, extra: Partial<JET_COLUMNDEF> = {}): JET_COLUMNDEF => ({ coltyp, grbit: JET_bitColumnTTKey, ...extra });

/** A sort of `values` (shuffled in) must come back in the order given. */
function expectOrder(coltyp: number, ordered: Uint8Array[], extra: Partial<JET_COLUMNDEF> = {}): void {
  const t = table([key(coltyp, extra)]);
  const shuffled = [...ordered].reverse();
  shuffled.push(shuffled.shift() as Uint8Array);
  expect(sortRows(t, shuffled.map((v) => [v])).map(hex)).toEqual(ordered.map(hex));
}

describe('normalized key order by column type', () => {
  it('Bit', () => {
    // The rows read back hold 0x00 / 0xFF: a fixed Bit column keeps a non-zero byte as 0xFF (fldmod.cxx).
    expectOrder(JET_coltypBit, [Uint8Array.of(0), Uint8Array.of(0xff)]);
    expect(keyOf(table([key(JET_coltypBit)]), Uint8Array.of(1))).toEqual([0x7f, 0xff]);
  });
  it('UnsignedByte', () => expectOrder(JET_coltypUnsignedByte, [0, 1, 127, 128, 255].map((n) => Uint8Array.of(n))));
  it('Short', () => {
    expectOrder(JET_coltypShort, [-32768, -1, 0, 1, 32767].map(i16));
    expect(keyOf(table([key(JET_coltypShort)]), i16(1))).toEqual([0x7f, 0x80, 0x01]);
  });
  it('UnsignedShort', () => expectOrder(JET_coltypUnsignedShort, [0, 1, 0x7fff, 0x8000, 0xffff].map(u16)));
  it('Long', () => {
    expectOrder(JET_coltypLong, [-(2 ** 31), -256, -1, 0, 1, 256, 2 ** 31 - 1].map(i32));
    expect(keyOf(table([key(JET_coltypLong)]), i32(-1))).toEqual([0x7f, 0x7f, 0xff, 0xff, 0xff]);
  });
  it('UnsignedLong', () => expectOrder(JET_coltypUnsignedLong, [0, 1, 2 ** 31, 2 ** 32 - 1].map(u32)));
  it('LongLong and Currency', () => {
    const values = [-(2n ** 63n), -1n, 0n, 1n, 2n ** 40n, 2n ** 63n - 1n].map(i64);
    expectOrder(JET_coltypLongLong, values);
    expectOrder(JET_coltypCurrency, values);
  });
  it('UnsignedLongLong', () => expectOrder(JET_coltypUnsignedLongLong, [0n, 1n, 2n ** 63n, 2n ** 64n - 1n].map(u64)));
  it('IEEESingle', () => {
    expectOrder(JET_coltypIEEESingle, [-Infinity, -1e30, -1.5, -1e-30, 0, 1e-30, 1.5, 1e30, Infinity].map(f32));
    expect(keyOf(table([key(JET_coltypIEEESingle)]), f32(1))).toEqual([0x7f, 0xbf, 0x80, 0x00, 0x00]);
    expect(keyOf(table([key(JET_coltypIEEESingle)]), f32(-1))).toEqual([0x7f, 0x40, 0x7f, 0xff, 0xff]);
  });
  it('IEEEDouble and DateTime', () => {
    const values = [-Infinity, -1e300, -2.5, -1e-300, 0, 5e-324, 1, 2.5, 1e300, Infinity].map(f64);
    expectOrder(JET_coltypIEEEDouble, values);
    expectOrder(JET_coltypDateTime, values);
  });
  it('-0 sorts just below 0', () => {
    expectOrder(JET_coltypIEEEDouble, [f64(-1), f64(-0), f64(0)]);
  });
  it('GUID in ESE byte order, and in .NET order with JET_bitTTDotNetGuid', () => {
    const g = Uint8Array.from({ length: 16 }, (_, i) => i);
    expect(keyOf(table([key(JET_coltypGUID)]), g)).toEqual([0x7f, 10, 11, 12, 13, 14, 15, 8, 9, 6, 7, 4, 5, 0, 1, 2, 3]);
    expect(keyOf(table([key(JET_coltypGUID)], JET_bitTTDotNetGuid), g)).toEqual([0x7f, 3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15]);
    const low = new Uint8Array(16);
    const high = new Uint8Array(16);
    low[15] = 1;
    high[0] = 1; // byte 0 is the last to count in ESE order
    expectOrder(JET_coltypGUID, [high, low]);
  });
  it('Binary in 8-byte chunks with a length marker', () => {
    const t = table([key(JET_coltypBinary)]);
    expect(keyOf(t, Uint8Array.of(0x41, 0x42))).toEqual([0x7f, 0x41, 0x42, 0, 0, 0, 0, 0, 0, 2]);
    expect(keyOf(t, Uint8Array.from({ length: 8 }, (_, i) => i + 1))).toEqual([0x7f, 1, 2, 3, 4, 5, 6, 7, 8, 8]);
    expect(keyOf(t, Uint8Array.from({ length: 9 }, (_, i) => i + 1))).toEqual([0x7f, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 0, 0, 0, 0, 0, 0, 0, 1]);
    expectOrder(JET_coltypBinary, [Uint8Array.of(0), Uint8Array.of(0, 0), Uint8Array.of(1), Uint8Array.of(1, 0, 0, 0, 0, 0, 0, 0, 0)]);
  });
  it('ASCII text: a-z folded to upper case, 00 terminator', () => {
    const t = table([key(JET_coltypText, { cp: 1252 })]);
    expect(keyOf(t, ascii('ab'))).toEqual([0x7f, 0x41, 0x42, 0x00]);
    expectOrder(JET_coltypText, ['A', 'ab', 'B', 'b c', 'z'].map(ascii), { cp: 1252 });
    const rows = sortRows(table([key(JET_coltypText, { cp: 1252 })]), [[ascii('abc')], [ascii('ABC')]]);
    expect(rows).toHaveLength(1);
  });
  it('Unicode text: case-insensitive', () => {
    const t = table([key(JET_coltypText, { cp: 1200 })]);
    expect(keyOf(t, utf16('a'))).toEqual(keyOf(t, utf16('A')));
    expectOrder(JET_coltypText, ['apple', 'Banana', 'cherry'].map(utf16), { cp: 1200 });
  });
});

/** Key segments as given to JetMakeKey: bytes, null for NULL, an empty array for zero-length. */
type Seg = Uint8Array | null;

/** The key of the one row of a one-row sort, read with JetRetrieveKey(grbit 0) on that row. */
function storedKey(t: Table, row: Seg[]): number[] {
  sortRows(t, [row]);
  expect(t.api.JetMove(t.ses, t.tableid, JET_MoveFirst, 0)).toBe(0);
  const buf = new Uint8Array(300);
  const size = out<number>(0);
  expect(t.api.JetRetrieveKey(t.ses, t.tableid, buf, 300, size, 0)).toBe(0);
  return [...buf.subarray(0, size.value)];
}

/** The key JetMakeKey builds from `segs`, one call per segment, read back with JET_bitRetrieveCopy. */
function madeKey(t: Table, segs: Seg[]): number[] {
  segs.forEach((v, i) => {
    const len = v === null ? 0 : v.length;
    const grbit = (i === 0 ? JET_bitNewKey : 0) | (v !== null && len === 0 ? JET_bitKeyDataZeroLength : 0);
    expect(t.api.JetMakeKey(t.ses, t.tableid, v, len, grbit)).toBe(0);
  });
  const buf = new Uint8Array(300);
  const size = out<number>(0);
  expect(t.api.JetRetrieveKey(t.ses, t.tableid, buf, 300, size, JET_bitRetrieveCopy)).toBe(0);
  return [...buf.subarray(0, size.value)];
}

const desc = (coltyp: number, extra: Partial<JET_COLUMNDEF> = {}): JET_COLUMNDEF =>
  key(coltyp, { grbit: JET_bitColumnTTKey | JET_bitColumnTTDescending, ...extra });
const text = key(JET_coltypText, { cp: 1252 });
const ff = (n: number) => new Array<number>(n).fill(0xff);
const zeros = (n: number) => new Array<number>(n).fill(0);
const seq = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);
const bytes = (...b: number[]) => Uint8Array.from(b);
const empty = new Uint8Array(0);

/**
 * Expected bytes written out by hand from the engine's rules (fldnorm.cxx):
 * - every segment starts with a prefix byte: 0x7F data, 0x00 NULL (0xC0 with JET_bitTTSortNullsHigh),
 *   0x40 zero-length Text / Binary (bPrefix* constants, FLDNormalizeNullSegment);
 * - fixed types (FLDNormalizeFixedSegment): big-endian; Short / Long / LongLong / Currency flip the sign bit;
 *   unsigned types are copied; Bit is 0x00 or 0xFF; IEEESingle / IEEEDouble / DateTime flip the sign bit when
 *   positive and every bit when negative; GUID is reordered 10..15, 8, 9, 6, 7, 4, 5, 0..3 (.NET order with
 *   JET_bitTTDotNetGuid: 3, 2, 1, 0, 5, 4, 7, 6, 8..15);
 * - ASCII text (ErrUtilNormText, normu.cxx): a-z upper-cased, other bytes kept, then a 0x00 terminator;
 * - Binary (FLDNormalizeBinarySegment): 8-byte chunks, each followed by 9, the last one zero-padded and
 *   followed by its length (8 when it is full);
 * - a descending segment has every byte complemented, prefix included (ErrFLDNormalizeSegment);
 * - segments are concatenated in key-column order.
 */
const KEY_BYTES: Array<[string, JET_COLUMNDEF[], Seg[], number[], number?]> = [
  ['Long -2^31', [key(JET_coltypLong)], [i32(-(2 ** 31))], [0x7f, 0, 0, 0, 0]],
  ['Long -1', [key(JET_coltypLong)], [i32(-1)], [0x7f, 0x7f, 0xff, 0xff, 0xff]],
  ['Long 0', [key(JET_coltypLong)], [i32(0)], [0x7f, 0x80, 0, 0, 0]],
  ['Long 0x01020304', [key(JET_coltypLong)], [i32(0x01020304)], [0x7f, 0x81, 0x02, 0x03, 0x04]],
  ['Long 2^31-1', [key(JET_coltypLong)], [i32(2 ** 31 - 1)], [0x7f, 0xff, 0xff, 0xff, 0xff]],
  ['UnsignedLong 0x80000001', [key(JET_coltypUnsignedLong)], [u32(0x80000001)], [0x7f, 0x80, 0, 0, 0x01]],
  ['Short -32768', [key(JET_coltypShort)], [i16(-32768)], [0x7f, 0, 0]],
  ['Short -2', [key(JET_coltypShort)], [i16(-2)], [0x7f, 0x7f, 0xfe]],
  ['Short 0x1234', [key(JET_coltypShort)], [i16(0x1234)], [0x7f, 0x92, 0x34]],
  ['UnsignedShort 0x8001', [key(JET_coltypUnsignedShort)], [u16(0x8001)], [0x7f, 0x80, 0x01]],
  ['UnsignedByte 0', [key(JET_coltypUnsignedByte)], [bytes(0)], [0x7f, 0]],
  ['UnsignedByte 0xAB', [key(JET_coltypUnsignedByte)], [bytes(0xab)], [0x7f, 0xab]],
  ['Bit 0', [key(JET_coltypBit)], [bytes(0)], [0x7f, 0]],
  ['Bit 1', [key(JET_coltypBit)], [bytes(1)], [0x7f, 0xff]],
  ['LongLong -1', [key(JET_coltypLongLong)], [i64(-1n)], [0x7f, 0x7f, ...ff(7)]],
  ['LongLong -2^63', [key(JET_coltypLongLong)], [i64(-(2n ** 63n))], [0x7f, ...zeros(8)]],
  ['LongLong 0x0102030405060708', [key(JET_coltypLongLong)], [i64(0x0102030405060708n)], [0x7f, 0x81, 2, 3, 4, 5, 6, 7, 8]],
  ['Currency -2', [key(JET_coltypCurrency)], [i64(-2n)], [0x7f, 0x7f, ...ff(6), 0xfe]],
  ['Currency 10000', [key(JET_coltypCurrency)], [i64(10000n)], [0x7f, 0x80, 0, 0, 0, 0, 0, 0x27, 0x10]],
  ['UnsignedLongLong 2^63+5', [key(JET_coltypUnsignedLongLong)], [u64(2n ** 63n + 5n)], [0x7f, 0x80, ...zeros(6), 5]],
  ['IEEESingle 1', [key(JET_coltypIEEESingle)], [f32(1)], [0x7f, 0xbf, 0x80, 0, 0]],
  ['IEEESingle -2.5', [key(JET_coltypIEEESingle)], [f32(-2.5)], [0x7f, 0x3f, 0xdf, 0xff, 0xff]],
  ['IEEESingle 0', [key(JET_coltypIEEESingle)], [f32(0)], [0x7f, 0x80, 0, 0, 0]],
  ['IEEESingle -0', [key(JET_coltypIEEESingle)], [f32(-0)], [0x7f, 0x7f, 0xff, 0xff, 0xff]],
  ['IEEESingle Infinity', [key(JET_coltypIEEESingle)], [f32(Infinity)], [0x7f, 0xff, 0x80, 0, 0]],
  ['IEEEDouble 1', [key(JET_coltypIEEEDouble)], [f64(1)], [0x7f, 0xbf, 0xf0, ...zeros(6)]],
  ['IEEEDouble -1', [key(JET_coltypIEEEDouble)], [f64(-1)], [0x7f, 0x40, 0x0f, ...ff(6)]],
  ['IEEEDouble -0', [key(JET_coltypIEEEDouble)], [f64(-0)], [0x7f, 0x7f, ...ff(7)]],
  ['DateTime 2.0', [key(JET_coltypDateTime)], [f64(2)], [0x7f, 0xc0, ...zeros(7)]],
  ['DateTime -0.5', [key(JET_coltypDateTime)], [f64(-0.5)], [0x7f, 0x40, 0x1f, ...ff(6)]],
  ['GUID', [key(JET_coltypGUID)], [Uint8Array.from(seq(0x10, 16))],
    [0x7f, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f, 0x18, 0x19, 0x16, 0x17, 0x14, 0x15, 0x10, 0x11, 0x12, 0x13]],
  ['GUID, .NET order', [key(JET_coltypGUID)], [Uint8Array.from(seq(0x10, 16))],
    [0x7f, 0x13, 0x12, 0x11, 0x10, 0x15, 0x14, 0x17, 0x16, ...seq(0x18, 8)], JET_bitTTDotNetGuid],
  ['Text "ab"', [text], [ascii('ab')], [0x7f, 0x41, 0x42, 0]],
  ['Text "Hello, z!"', [text], [ascii('Hello, z!')], [0x7f, 0x48, 0x45, 0x4c, 0x4c, 0x4f, 0x2c, 0x20, 0x5a, 0x21, 0]],
  ['Binary 2 bytes', [key(JET_coltypBinary)], [bytes(0x41, 0x42)], [0x7f, 0x41, 0x42, ...zeros(6), 2]],
  ['Binary 8 bytes', [key(JET_coltypBinary)], [Uint8Array.from(seq(1, 8))], [0x7f, ...seq(1, 8), 8]],
  ['Binary 9 bytes', [key(JET_coltypBinary)], [Uint8Array.from(seq(1, 9))], [0x7f, ...seq(1, 8), 9, 9, ...zeros(7), 1]],
  ['Binary 16 bytes', [key(JET_coltypBinary)], [Uint8Array.from(seq(1, 16))], [0x7f, ...seq(1, 8), 9, ...seq(9, 8), 8]],
  ['Binary 17 bytes', [key(JET_coltypBinary)], [Uint8Array.from(seq(1, 17))],
    [0x7f, ...seq(1, 8), 9, ...seq(9, 8), 9, 17, ...zeros(7), 1]],
  ['Long NULL', [key(JET_coltypLong)], [null], [0x00]],
  ['Long NULL, nulls high', [key(JET_coltypLong)], [null], [0xc0], JET_bitTTSortNullsHigh],
  ['Text NULL', [text], [null], [0x00]],
  ['Text zero-length', [text], [empty], [0x40]],
  ['Text zero-length, nulls high', [text], [empty], [0x40], JET_bitTTSortNullsHigh],
  ['Binary zero-length', [key(JET_coltypBinary)], [empty], [0x40]],
  ['Binary NULL, nulls high', [key(JET_coltypBinary)], [null], [0xc0], JET_bitTTSortNullsHigh],
  ['descending Long 1', [desc(JET_coltypLong)], [i32(1)], [0x80, 0x7f, 0xff, 0xff, 0xfe]],
  ['descending Bit 1', [desc(JET_coltypBit)], [bytes(1)], [0x80, 0x00]],
  ['descending Text "ab"', [desc(JET_coltypText, { cp: 1252 })], [ascii('ab')], [0x80, 0xbe, 0xbd, 0xff]],
  ['descending Binary 2 bytes', [desc(JET_coltypBinary)], [bytes(1, 2)], [0x80, 0xfe, 0xfd, ...ff(6), 0xfd]],
  ['descending NULL', [desc(JET_coltypLong)], [null], [0xff]],
  ['descending NULL, nulls high', [desc(JET_coltypLong)], [null], [0x3f], JET_bitTTSortNullsHigh],
  ['descending zero-length Text', [desc(JET_coltypText, { cp: 1252 })], [empty], [0xbf]],
  ['Long + Text', [key(JET_coltypLong), text], [i32(5), ascii('hi')], [0x7f, 0x80, 0, 0, 5, 0x7f, 0x48, 0x49, 0]],
  ['NULL Long + Text', [key(JET_coltypLong), text], [null, ascii('x')], [0x00, 0x7f, 0x58, 0]],
  ['Short + descending Long + Text + zero-length Binary',
    [key(JET_coltypShort), desc(JET_coltypLong), text, key(JET_coltypBinary)], [i16(1), i32(2), ascii('a'), empty],
    [0x7f, 0x80, 0x01, 0x80, 0x7f, 0xff, 0xff, 0xfd, 0x7f, 0x41, 0, 0x40]],
  ['zero-length Text + descending NULL + UnsignedByte',
    [text, desc(JET_coltypLong), key(JET_coltypUnsignedByte)], [empty, null, bytes(7)], [0x40, 0xff, 0x7f, 0x07]],
];

describe('key bytes, as stored for a row and as made by JetMakeKey', () => {
  it.each(KEY_BYTES)('%s', (_name, defs, row, expected, grbit = 0) => {
    const t = table(defs, grbit);
    expect(storedKey(t, row)).toEqual(expected);
    expect(madeKey(t, row)).toEqual(expected);
  });
});

describe('segments, nulls and limits', () => {
  it('NULL sorts low (00), zero-length (40) next, data (7F) after', () => {
    const t = table([key(JET_coltypText, { cp: 1252 })]);
    expect(keyOf(t, null)).toEqual([0x00]);
    expect(keyOf(t, new Uint8Array(0), JET_bitKeyDataZeroLength)).toEqual([0x40]);
    expect(sortRows(t, [[ascii('a')], [null], [new Uint8Array(0)]]).map(hex)).toEqual(['null', '', hex(ascii('a'))]);
  });
  it('zero-length is for Text and Binary only: on a fixed-size column JetMakeKey answers InvalidBufferSize', () => {
    // ErrFLDNormalizeSegment (fldnorm.cxx): JET_bitKeyDataZeroLength on a column that is not Text / Binary.
    const t = table([key(JET_coltypLong)]);
    expect(t.api.JetMakeKey(t.ses, t.tableid, null, 0, JET_bitNewKey | JET_bitKeyDataZeroLength)).toBe(JET_errInvalidBufferSize);
    expect(keyOf(t, null)).toEqual([0x00]);
  });
  it('NULL sorts high (C0) with JET_bitTTSortNullsHigh', () => {
    const t = table([key(JET_coltypLong)], JET_bitTTSortNullsHigh);
    expect(keyOf(t, null)).toEqual([0xc0]);
    expect(sortRows(t, [[null], [i32(5)], [i32(-5)]]).map(hex)).toEqual([hex(i32(-5)), hex(i32(5)), 'null']);
  });
  it('descending segments complement every byte, prefix included', () => {
    const t = table([key(JET_coltypLong, { grbit: JET_bitColumnTTKey | JET_bitColumnTTDescending })]);
    expect(keyOf(t, i32(1))).toEqual([0x80, 0x7f, 0xff, 0xff, 0xfe]);
    expect(sortRows(t, [[i32(1)], [i32(3)], [i32(2)]]).map(hex)).toEqual([3, 2, 1].map((n) => hex(i32(n))));
  });
  it('multi-column keys compare segment by segment, every segment', () => {
    // Segments are concatenated (ErrRECIRetrieveKey, fldnorm.cxx), so rows compare on the first segment, then
    // on the second where the first is equal, and so on: NULL (00) < zero-length (40) < data (7F) for text,
    // text compares case-insensitively (normu.cxx), a descending segment in reverse.
    const t = table([key(JET_coltypLong), key(JET_coltypText, { cp: 1252 }), desc(JET_coltypShort)]);
    const row = (n: number, s: string | null, d: number) => [i32(n), s === null ? null : ascii(s), i16(d)];
    const expected = [
      row(-1, 'a', 1), row(0, 'z', 7), row(1, 'a', 9), row(1, 'a', 1), row(1, 'b', 5), row(1, 'B', 4),
      row(2, null, 0), row(2, '', 0), row(2, 'a', 3), row(2, 'a', -3),
    ];
    const shuffled = [6, 3, 9, 0, 5, 2, 8, 1, 7, 4].map((i) => expected[i]);
    expect(sortRowsAll(t, shuffled).map((r) => r.map(hex))).toEqual(expected.map((r) => r.map(hex)));
  });
  it('StrLimit and SubStrLimit pad the key with FF to cbKeyMost + 1', () => {
    const t = table([key(JET_coltypText, { cp: 1252 })]);
    const str = keyOf(t, ascii('ab'), JET_bitStrLimit);
    expect(str.slice(0, 4)).toEqual([0x7f, 0x41, 0x42, 0x00]);
    expect(str).toHaveLength(256);
    expect(new Set(str.slice(4))).toEqual(new Set([0xff]));
    const sub = keyOf(t, ascii('ab'), JET_bitSubStrLimit);
    expect(sub.slice(0, 4)).toEqual([0x7f, 0x41, 0x42, 0xff]);
    expect(sub).toHaveLength(256);
  });
  it('keys longer than cbKeyMost are truncated, and rows whose truncated keys match collapse', () => {
    const t = table([key(JET_coltypBinary, { cbMax: 255 })]);
    const a = new Uint8Array(250).fill(1);
    const b = new Uint8Array(250).fill(1);
    b[249] = 2;
    expect(sortRows(t, [[a], [b]])).toHaveLength(1);
  });
});

describe('sorting random data', () => {
  it('a sort of random int32 values equals the numeric sort without duplicates', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 60 }), (values) => {
      const t = table([key(JET_coltypLong)]);
      const got = sortRows(t, values.map((v) => [i32(v)])).map((b) => new DataView((b as Uint8Array).buffer).getInt32(0, true));
      expect(got).toEqual([...new Set(values)].sort((x, y) => x - y));
    }), { numRuns: 100 });
  });
  it('keys sharing a long prefix are ordered by the whole key', () => {
    fc.assert(fc.property(fc.array(fc.stringMatching(/^[a-d]{0,4}$/), { maxLength: 40 }), (tails) => {
      const t = table([key(JET_coltypText, { cp: 1252 })]);
      const got = sortRows(t, tails.map((s) => [ascii(`shared-prefix-${s}`)])).map((b) => new TextDecoder().decode(b as Uint8Array));
      expect(got).toEqual([...new Set(tails)].map((s) => `shared-prefix-${s}`).sort());
    }), { numRuns: 60 });
  });

  it('a sort of random doubles equals the numeric sort', () => {
    fc.assert(fc.property(fc.array(fc.double({ noNaN: true }), { maxLength: 40 }), (values) => {
      const t = table([key(JET_coltypIEEEDouble)]);
      const got = sortRows(t, values.map((v) => [f64(v)])).map((b) => new DataView((b as Uint8Array).buffer).getFloat64(0, true));
      const expected = [...new Map(values.map((v) => [hex(f64(v)), v])).values()].sort((x, y) => x - y || (Object.is(x, -0) ? -1 : 1));
      expect(got).toEqual(expected);
    }), { numRuns: 100 });
  });
});
