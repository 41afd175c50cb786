/**
 * ESE normalized keys (keys.md §1-§6): the bytes JetRetrieveKey returns for every column type, and the order
 * rows come back from a sort, which must be the byte order of those keys. Also NULL / zero-length prefixes,
 * descending segments, multi-column keys, truncation at cbKeyMost and the limit keys JetMakeKey builds.
 */
import * as fc from 'fast-check';
import {
  createEmulator, out,
  JET_bitColumnTTDescending, JET_bitColumnTTKey, JET_bitFullColumnEndLimit, JET_bitFullColumnStartLimit,
  JET_bitKeyDataZeroLength, JET_bitNewKey, JET_bitPartialColumnEndLimit, JET_bitPartialColumnStartLimit,
  JET_bitRetrieveCopy, JET_bitSetZeroLength, JET_bitStrLimit, JET_bitSubStrLimit, JET_bitTTDotNetGuid,
  JET_bitTTScrollable, JET_bitTTSortNullsHigh, JET_bitSeekEQ,
  JET_coltypBinary, JET_coltypBit, JET_coltypCurrency, JET_coltypDateTime, JET_coltypGUID, JET_coltypIEEEDouble,
  JET_coltypIEEESingle, JET_coltypLong, JET_coltypLongLong, JET_coltypShort, JET_coltypText, JET_coltypUnsignedByte,
  JET_coltypUnsignedLong, JET_coltypUnsignedLongLong, JET_coltypUnsignedShort,
  JET_errSuccess, JET_MoveFirst, JET_MoveNext, JET_prepInsert,
} from '../src';
import type { JetApi, JET_COLUMNDEF, JET_COLUMNID, JET_INSTANCE, JET_OPENTEMPORARYTABLE, JET_SESID, JET_TABLEID } from '../src';

// ---- helpers ------------------------------------------------------------------------------------

interface Env { api: JetApi; ses: JET_SESID }
interface TT { tid: JET_TABLEID; ids: JET_COLUMNID[] }

function env(): Env {
  const { api } = createEmulator();
  const inst = out<JET_INSTANCE>();
  expect(api.JetCreateInstance(inst, 'keys')).toBe(JET_errSuccess);
  expect(api.JetInit(inst)).toBe(JET_errSuccess);
  const ses = out<JET_SESID>();
  expect(api.JetBeginSession(inst.value, ses, '', '')).toBe(JET_errSuccess);
  return { api, ses: ses.value };
}

function open(e: Env, defs: JET_COLUMNDEF[], grbit = JET_bitTTScrollable, cbKeyMost = 0, cbVarSegMac = 0): TT {
  const s: JET_OPENTEMPORARYTABLE = { prgcolumndef: defs, ccolumn: defs.length, grbit, prgcolumnid: [], cbKeyMost, cbVarSegMac };
  expect(e.api.JetOpenTemporaryTable(e.ses, s)).toBe(JET_errSuccess);
  return { tid: s.tableid as JET_TABLEID, ids: s.prgcolumnid };
}

/** A value to store: bytes, NULL (column left unset) or a zero-length value. */
type Value = Uint8Array | null | 'empty';

function insert(e: Env, t: TT, values: Value[]): void {
  expect(e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepInsert)).toBe(JET_errSuccess);
  values.forEach((v, i) => {
    if (v === 'empty') expect(e.api.JetSetColumn(e.ses, t.tid, t.ids[i], null, 0, JET_bitSetZeroLength, null)).toBe(JET_errSuccess);
    else if (v !== null) expect(e.api.JetSetColumn(e.ses, t.tid, t.ids[i], v, v.length, 0, null)).toBe(JET_errSuccess);
  });
  expect(e.api.JetUpdate(e.ses, t.tid, null, 0, null)).toBe(JET_errSuccess);
}

/** The current row's column value: bytes, or null when NULL. */
function column(e: Env, t: TT, i: number): number[] | null {
  const b = new Uint8Array(512);
  const n = out<number>(0);
  const rc = e.api.JetRetrieveColumn(e.ses, t.tid, t.ids[i], b, 512, n, 0, null);
  if (rc === 1004) return null;
  expect(rc).toBe(JET_errSuccess);
  return Array.from(b.subarray(0, n.value));
}

function currentKey(e: Env, t: TT): number[] {
  const b = new Uint8Array(2100);
  const n = out<number>(0);
  expect(e.api.JetRetrieveKey(e.ses, t.tid, b, 2100, n, 0)).toBe(JET_errSuccess);
  return Array.from(b.subarray(0, n.value));
}

interface Got { values: Array<number[] | null>; key: number[] }

/** Every row in sort order: its column values and its key. */
function readBack(e: Env, t: TT): Got[] {
  const rows: Got[] = [];
  for (let rc = e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0); rc === JET_errSuccess; rc = e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)) {
    rows.push({ values: t.ids.map((_, i) => column(e, t, i)), key: currentKey(e, t) });
  }
  return rows;
}

/** Sort single values of one key column type; returns the rows in order. */
function sortValues(def: JET_COLUMNDEF, values: Value[], grbit = JET_bitTTScrollable): Got[] {
  const e = env();
  const t = open(e, [{ ...def, grbit: (def.grbit ?? 0) | JET_bitColumnTTKey }], grbit);
  for (const v of values) insert(e, t, [v]);
  return readBack(e, t);
}

/** The key JetMakeKey builds (read back with JET_bitRetrieveCopy). */
function madeKey(e: Env, t: TT, parts: Array<[Uint8Array | null, number]>): number[] {
  parts.forEach(([v, grbit], i) => {
    const g = grbit | (i === 0 ? JET_bitNewKey : 0);
    expect(e.api.JetMakeKey(e.ses, t.tid, v, v === null ? 0 : v.length, g)).toBe(JET_errSuccess);
  });
  const b = new Uint8Array(2100);
  const n = out<number>(0);
  expect(e.api.JetRetrieveKey(e.ses, t.tid, b, 2100, n, JET_bitRetrieveCopy)).toBe(JET_errSuccess);
  return Array.from(b.subarray(0, n.value));
}

function le(size: number, write: (d: DataView) => void): Uint8Array {
  const b = new Uint8Array(size);
  write(new DataView(b.buffer));
  return b;
}
const u8 = (n: number) => Uint8Array.of(n);
const i16 = (n: number) => le(2, (d) => d.setInt16(0, n, true));
const u16 = (n: number) => le(2, (d) => d.setUint16(0, n, true));
const i32 = (n: number) => le(4, (d) => d.setInt32(0, n, true));
const u32 = (n: number) => le(4, (d) => d.setUint32(0, n, true));
const i64 = (n: bigint) => le(8, (d) => d.setBigInt64(0, n, true));
const u64 = (n: bigint) => le(8, (d) => d.setBigUint64(0, n, true));
const f32 = (n: number) => le(4, (d) => d.setFloat32(0, n, true));
const f64 = (n: number) => le(8, (d) => d.setFloat64(0, n, true));
const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const utf16 = (s: string) => le(s.length * 2, (d) => { for (let i = 0; i < s.length; i++) d.setUint16(2 * i, s.charCodeAt(i), true); });

const asI32 = (b: number[] | null) => new DataView(Uint8Array.from(b as number[]).buffer).getInt32(0, true);
const asI64 = (b: number[] | null) => new DataView(Uint8Array.from(b as number[]).buffer).getBigInt64(0, true);
const asU64 = (b: number[] | null) => new DataView(Uint8Array.from(b as number[]).buffer).getBigUint64(0, true);
const asF32 = (b: number[] | null) => new DataView(Uint8Array.from(b as number[]).buffer).getFloat32(0, true);
const asF64 = (b: number[] | null) => new DataView(Uint8Array.from(b as number[]).buffer).getFloat64(0, true);
const asText = (b: number[] | null) => String.fromCharCode(...(b as number[]));
const firsts = (rows: Got[]) => rows.map((r) => r.values[0]);
const keys = (rows: Got[]) => rows.map((r) => r.key);

function shuffled<T>(xs: readonly T[]): T[] {
  // A fixed permutation (reverse then interleave) so inserts are never already in order.
  const r = [...xs].reverse();
  return [...r.filter((_, i) => i % 2 === 1), ...r.filter((_, i) => i % 2 === 0)];
}

function byteOrder(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

const RUNS = { numRuns: 25 };

// ---- fixed-size types ---------------------------------------------------------------------------

describe('fixed-size types', () => {
  it('Bit: 0 -> 7F 00, any non-zero -> 7F FF (so 1, 7 and FF collide)', () => {
    const rows = sortValues({ coltyp: JET_coltypBit }, [u8(1), u8(0), u8(0xff), u8(7)]);
    expect(keys(rows)).toEqual([[0x7f, 0x00], [0x7f, 0xff]]);
    expect(rows[0].values[0]).toEqual([0]);
  });

  it('UnsignedByte: the byte as is', () => {
    const rows = sortValues({ coltyp: JET_coltypUnsignedByte }, [u8(200), u8(0), u8(5), u8(255)]);
    expect(firsts(rows)).toEqual([[0], [5], [200], [255]]);
    expect(keys(rows)).toEqual([[0x7f, 0], [0x7f, 5], [0x7f, 200], [0x7f, 255]]);
  });

  it('Short: big-endian with the sign bit flipped', () => {
    const vals = [-32768, -1, 0, 5, 32767];
    const rows = sortValues({ coltyp: JET_coltypShort }, shuffled(vals).map(i16));
    expect(firsts(rows)).toEqual(vals.map((v) => Array.from(i16(v))));
    expect(keys(rows)).toEqual([[0x7f, 0x00, 0x00], [0x7f, 0x7f, 0xff], [0x7f, 0x80, 0x00], [0x7f, 0x80, 0x05], [0x7f, 0xff, 0xff]]);
  });

  it('UnsignedShort: big-endian, no flip (40000 sorts above 5)', () => {
    const vals = [0, 5, 40000, 65535];
    const rows = sortValues({ coltyp: JET_coltypUnsignedShort }, shuffled(vals).map(u16));
    expect(firsts(rows)).toEqual(vals.map((v) => Array.from(u16(v))));
    expect(keys(rows)).toEqual([[0x7f, 0, 0], [0x7f, 0, 5], [0x7f, 0x9c, 0x40], [0x7f, 0xff, 0xff]]);
  });

  it('Long: big-endian with the sign bit flipped', () => {
    const vals = [-2147483648, -1, 0, 1, 2147483647];
    const rows = sortValues({ coltyp: JET_coltypLong }, shuffled(vals).map(i32));
    expect(rows.map((r) => asI32(r.values[0]))).toEqual(vals);
    expect(keys(rows)).toEqual([
      [0x7f, 0x00, 0x00, 0x00, 0x00], [0x7f, 0x7f, 0xff, 0xff, 0xff], [0x7f, 0x80, 0, 0, 0], [0x7f, 0x80, 0, 0, 1],
      [0x7f, 0xff, 0xff, 0xff, 0xff],
    ]);
  });

  it('Long: random int32 arrays come back numerically sorted, without duplicates', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -2147483648, max: 2147483647 }), { maxLength: 40 }), (vals) => {
      const rows = sortValues({ coltyp: JET_coltypLong }, vals.map(i32));
      expect(rows.map((r) => asI32(r.values[0]))).toEqual([...new Set(vals)].sort((a, b) => a - b));
    }), RUNS);
  });

  it('UnsignedLong: big-endian, no flip (0x80000000 above 0x7FFFFFFF)', () => {
    const vals = [0, 1, 0x7fffffff, 0x80000000, 0xffffffff];
    const rows = sortValues({ coltyp: JET_coltypUnsignedLong }, shuffled(vals).map(u32));
    expect(firsts(rows)).toEqual(vals.map((v) => Array.from(u32(v))));
    expect(rows[4].key).toEqual([0x7f, 0xff, 0xff, 0xff, 0xff]);
    expect(rows[3].key).toEqual([0x7f, 0x80, 0, 0, 0]);
  });

  it.each([
    ['LongLong', JET_coltypLongLong],
    ['Currency', JET_coltypCurrency],
  ])('%s: negative < zero < positive, 9-byte keys with the sign bit flipped', (_n, coltyp) => {
    const vals = [-(2n ** 63n), -1000n, -1n, 0n, 1n, 2n ** 40n, 2n ** 63n - 1n];
    const rows = sortValues({ coltyp }, shuffled(vals).map(i64));
    expect(rows.map((r) => asI64(r.values[0]))).toEqual(vals);
    expect(rows[2].key).toEqual([0x7f, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
    expect(rows[3].key).toEqual([0x7f, 0x80, 0, 0, 0, 0, 0, 0, 0]);
    expect(rows[4].key).toEqual([0x7f, 0x80, 0, 0, 0, 0, 0, 0, 1]);
    expect(rows[0].key).toEqual([0x7f, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('LongLong: random 64-bit values come back sorted', () => {
    fc.assert(fc.property(fc.array(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), { maxLength: 30 }), (vals) => {
      const rows = sortValues({ coltyp: JET_coltypLongLong }, vals.map(i64));
      const expected = [...new Set(vals)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      expect(rows.map((r) => asI64(r.values[0]))).toEqual(expected);
    }), RUNS);
  });

  it('UnsignedLongLong: big-endian, no flip', () => {
    const vals = [0n, 1n, 2n ** 63n - 1n, 2n ** 63n, 2n ** 64n - 1n];
    const rows = sortValues({ coltyp: JET_coltypUnsignedLongLong }, shuffled(vals).map(u64));
    expect(rows.map((r) => asU64(r.values[0]))).toEqual(vals);
    expect(rows[4].key).toEqual([0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
    expect(rows[3].key).toEqual([0x7f, 0x80, 0, 0, 0, 0, 0, 0, 0]);
    expect(rows[1].key).toEqual([0x7f, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('IEEESingle: negatives complemented, positives sign-flipped; -0 and +0 are distinct keys', () => {
    const vals = [-Infinity, -1e30, -1, -1e-30, -0, 0, 1e-30, 1, 1e30, Infinity].map(Math.fround);
    const rows = sortValues({ coltyp: JET_coltypIEEESingle }, shuffled(vals).map(f32));
    expect(rows).toHaveLength(10);
    rows.forEach((r, i) => expect(Object.is(asF32(r.values[0]), vals[i])).toBe(true));
    const keyOf = (v: number) => rows[vals.findIndex((x) => Object.is(x, v))].key;
    expect(keyOf(-0)).toEqual([0x7f, 0x7f, 0xff, 0xff, 0xff]);
    expect(keyOf(0)).toEqual([0x7f, 0x80, 0, 0, 0]);
    expect(keyOf(1)).toEqual([0x7f, 0xbf, 0x80, 0, 0]);
    expect(keyOf(-1)).toEqual([0x7f, 0x40, 0x7f, 0xff, 0xff]);
  });

  it.each([
    ['IEEEDouble', JET_coltypIEEEDouble],
    ['DateTime', JET_coltypDateTime],
  ])('%s: the same rule on the 64-bit pattern', (_n, coltyp) => {
    const vals = [-Infinity, -1.7e308, -1, -5e-324, -0, 0, 5e-324, 1, 45000.25, 1.7e308, Infinity];
    const rows = sortValues({ coltyp }, shuffled(vals).map(f64));
    expect(rows).toHaveLength(vals.length);
    rows.forEach((r, i) => expect(Object.is(asF64(r.values[0]), vals[i])).toBe(true));
    const keyOf = (v: number) => rows[vals.findIndex((x) => Object.is(x, v))].key;
    expect(keyOf(1)).toEqual([0x7f, 0xbf, 0xf0, 0, 0, 0, 0, 0, 0]);
    expect(keyOf(-1)).toEqual([0x7f, 0x40, 0x0f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
    expect(keyOf(-0)).toEqual([0x7f, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
    expect(keyOf(0)).toEqual([0x7f, 0x80, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('IEEEDouble: random doubles come back in numeric order (-0 before +0)', () => {
    const cmp = (a: number, b: number) => (a !== b ? a - b : Object.is(a, -0) && Object.is(b, 0) ? -1 : Object.is(a, 0) && Object.is(b, -0) ? 1 : 0);
    fc.assert(fc.property(fc.array(fc.double({ noNaN: true }), { maxLength: 30 }), (vals) => {
      const rows = sortValues({ coltyp: JET_coltypIEEEDouble }, vals.map(f64));
      const unique: number[] = [];
      for (const v of vals) if (!unique.some((u) => Object.is(u, v))) unique.push(v);
      const got = rows.map((r) => asF64(r.values[0]));
      expect(got.length).toBe(unique.length);
      unique.sort(cmp).forEach((v, i) => expect(Object.is(got[i], v)).toBe(true));
    }), RUNS);
  });

  it('GUID: ESE byte order [10..15, 8,9, 6,7, 4,5, 0..3]', () => {
    const g = Uint8Array.from({ length: 16 }, (_, i) => i);
    const rows = sortValues({ coltyp: JET_coltypGUID }, [g]);
    expect(rows[0].key).toEqual([0x7f, 10, 11, 12, 13, 14, 15, 8, 9, 6, 7, 4, 5, 0, 1, 2, 3]);
  });

  it('GUID with JET_bitTTDotNetGuid: .NET byte order [3,2,1,0, 5,4, 7,6, 8..15]', () => {
    const g = Uint8Array.from({ length: 16 }, (_, i) => i);
    const rows = sortValues({ coltyp: JET_coltypGUID }, [g], JET_bitTTScrollable | JET_bitTTDotNetGuid);
    expect(rows[0].key).toEqual([0x7f, 3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15]);
  });

  it('GUID order differs between the two layouts', () => {
    const low = new Uint8Array(16);
    low[0] = 1; // first byte of Data1
    const high = new Uint8Array(16);
    high[15] = 1; // last byte of Data4
    const ese = sortValues({ coltyp: JET_coltypGUID }, [high, low]);
    expect(firsts(ese)).toEqual([Array.from(low), Array.from(high)]);
    const net = sortValues({ coltyp: JET_coltypGUID }, [low, high], JET_bitTTScrollable | JET_bitTTDotNetGuid);
    expect(firsts(net)).toEqual([Array.from(high), Array.from(low)]);
  });
});

// ---- binary -------------------------------------------------------------------------------------

describe('variable binary: 8-byte chunks of 9 key bytes', () => {
  it('41 42 -> 7F 41 42 00 00 00 00 00 00 02', () => {
    expect(sortValues({ coltyp: JET_coltypBinary }, [Uint8Array.of(0x41, 0x42)])[0].key)
      .toEqual([0x7f, 0x41, 0x42, 0, 0, 0, 0, 0, 0, 0x02]);
  });

  it('01..08 -> one chunk with marker 08', () => {
    expect(sortValues({ coltyp: JET_coltypBinary }, [Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8)])[0].key)
      .toEqual([0x7f, 1, 2, 3, 4, 5, 6, 7, 8, 0x08]);
  });

  it('01..09 -> a full chunk with marker 09, then 09 + seven zeros + marker 01', () => {
    expect(sortValues({ coltyp: JET_coltypBinary }, [Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9)])[0].key)
      .toEqual([0x7f, 1, 2, 3, 4, 5, 6, 7, 8, 0x09, 9, 0, 0, 0, 0, 0, 0, 0, 0x01]);
  });

  it('order: zero-length < 00 < 00 00 < 41 < 41 00 < 41 42 < 42, and NULL first of all', () => {
    const vals: Value[] = [Uint8Array.of(0x42), Uint8Array.of(0x41, 0x42), 'empty', Uint8Array.of(0x41, 0), Uint8Array.of(0),
      null, Uint8Array.of(0x41), Uint8Array.of(0, 0)];
    const rows = sortValues({ coltyp: JET_coltypBinary }, vals);
    expect(firsts(rows)).toEqual([null, [], [0], [0, 0], [0x41], [0x41, 0], [0x41, 0x42], [0x42]]);
    expect(rows[0].key).toEqual([0x00]);
    expect(rows[1].key).toEqual([0x40]);
  });

  it('random byte strings come back in byte order (shorter prefix first)', () => {
    fc.assert(fc.property(fc.array(fc.uint8Array({ minLength: 1, maxLength: 20 }), { maxLength: 25 }), (vals) => {
      const rows = sortValues({ coltyp: JET_coltypBinary }, vals);
      const unique = [...new Map(vals.map((v) => [Array.from(v).join(','), Array.from(v)])).values()];
      expect(firsts(rows)).toEqual(unique.sort(byteOrder));
    }), RUNS);
  });

  it('a 255-byte value fills a 255-byte key: 28 chunks (marker 09) and 2 raw data bytes', () => {
    const v = Uint8Array.from({ length: 255 }, (_, i) => (i * 7 + 1) & 0xff);
    const expected = [0x7f];
    for (let c = 0; c < 28; c++) expected.push(...v.subarray(8 * c, 8 * c + 8), 0x09);
    expected.push(v[224], v[225]);
    const rows = sortValues({ coltyp: JET_coltypBinary }, [v]);
    expect(rows[0].key).toHaveLength(255);
    expect(rows[0].key).toEqual(expected);
  });
});

// ---- text ---------------------------------------------------------------------------------------

describe('ASCII text (cp 1252)', () => {
  it("'abc' -> 7F 41 42 43 00", () => {
    expect(sortValues({ coltyp: JET_coltypText, cp: 1252 }, [ascii('abc')])[0].key).toEqual([0x7f, 0x41, 0x42, 0x43, 0x00]);
  });

  it("'abc' and 'ABC' collide: one of them is dropped", () => {
    const rows = sortValues({ coltyp: JET_coltypText, cp: 1252 }, [ascii('abc'), ascii('ABC'), ascii('abd')]);
    expect(rows).toHaveLength(2);
    expect(['abc', 'ABC']).toContain(asText(rows[0].values[0]));
    expect(asText(rows[1].values[0])).toBe('abd');
    expect(rows[0].key).toEqual([0x7f, 0x41, 0x42, 0x43, 0x00]);
  });

  it('only a-z are upper-cased: order A, z, Z1, _, \\xE9 (0xE9 kept as is)', () => {
    const rows = sortValues({ coltyp: JET_coltypText, cp: 1252 }, ['_', '\u00e9', 'Z1', 'A', 'z'].map(ascii));
    expect(rows.map((r) => asText(r.values[0]))).toEqual(['A', 'z', 'Z1', '_', '\u00e9']);
    expect(rows[4].key).toEqual([0x7f, 0xe9, 0x00]);
    expect(rows[3].key).toEqual([0x7f, 0x5f, 0x00]);
  });

  it('a shorter string sorts before its extensions; an embedded NUL ends the key', () => {
    const rows = sortValues({ coltyp: JET_coltypText, cp: 1252 }, [ascii('ab'), ascii('a'), ascii('abc'), Uint8Array.of(0x61, 0x62, 0, 0x63)]);
    expect(rows.map((r) => r.key)).toEqual([[0x7f, 0x41, 0x00], [0x7f, 0x41, 0x42, 0x00], [0x7f, 0x41, 0x42, 0x43, 0x00]]);
  });

  it('code page 0 means 1252', () => {
    expect(sortValues({ coltyp: JET_coltypText, cp: 0 }, [ascii('Hi')])[0].key).toEqual([0x7f, 0x48, 0x49, 0x00]);
  });

  it('random letter strings come back in case-insensitive order, one per folded value', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: fc.constantFrom(...'abcXYZ'), minLength: 1, maxLength: 6 }), { maxLength: 25 }), (vals) => {
      const rows = sortValues({ coltyp: JET_coltypText, cp: 1252 }, vals.map(ascii));
      const folded = [...new Set(vals.map((v) => v.toUpperCase()))].sort();
      expect(rows.map((r) => asText(r.values[0]).toUpperCase())).toEqual(folded);
    }), RUNS);
  });
});

describe('Unicode text (cp 1200)', () => {
  it('is case-insensitive: abc and ABC collide', () => {
    const rows = sortValues({ coltyp: JET_coltypText, cp: 1200 }, [utf16('abc'), utf16('ABC')]);
    expect(rows).toHaveLength(1);
  });

  it('orders letters ignoring case and keys start with 7F and end with 00', () => {
    const rows = sortValues({ coltyp: JET_coltypText, cp: 1200 }, ['c', 'B', 'a', 'bb'].map(utf16));
    expect(rows.map((r) => String.fromCharCode(...new Uint16Array(Uint8Array.from(r.values[0] as number[]).buffer))))
      .toEqual(['a', 'B', 'bb', 'c']);
    for (const r of rows) {
      expect(r.key[0]).toBe(0x7f);
      expect(r.key[r.key.length - 1]).toBe(0x00);
    }
  });
});

// ---- NULL, zero-length, descending, multi-column ------------------------------------------------

describe('NULL and zero-length segments', () => {
  it('NULL is 00 and sorts first by default', () => {
    const rows = sortValues({ coltyp: JET_coltypLong }, [i32(5), null, i32(-5)]);
    expect(keys(rows)).toEqual([[0x00], [0x7f, 0x7f, 0xff, 0xff, 0xfb], [0x7f, 0x80, 0, 0, 5]]);
    expect(rows[0].values[0]).toBeNull();
  });

  it('with JET_bitTTSortNullsHigh NULL is C0 and sorts last', () => {
    const rows = sortValues({ coltyp: JET_coltypLong }, [i32(5), null, i32(-5)], JET_bitTTScrollable | JET_bitTTSortNullsHigh);
    expect(keys(rows)).toEqual([[0x7f, 0x7f, 0xff, 0xff, 0xfb], [0x7f, 0x80, 0, 0, 5], [0xc0]]);
  });

  it('zero-length text (40) sorts between NULL and data', () => {
    const rows = sortValues({ coltyp: JET_coltypText, cp: 1252 }, [ascii('a'), 'empty', null]);
    expect(keys(rows)).toEqual([[0x00], [0x40], [0x7f, 0x41, 0x00]]);
    expect(firsts(rows)).toEqual([null, [], [0x61]]);
  });

  it('with SortNullsHigh: zero-length, data, NULL', () => {
    const rows = sortValues({ coltyp: JET_coltypText, cp: 1252 }, [ascii('a'), 'empty', null], JET_bitTTScrollable | JET_bitTTSortNullsHigh);
    expect(keys(rows)).toEqual([[0x40], [0x7f, 0x41, 0x00], [0xc0]]);
  });

  it('JetMakeKey builds the same NULL / zero-length bytes', () => {
    const e = env();
    const t = open(e, [{ coltyp: JET_coltypText, cp: 1252, grbit: JET_bitColumnTTKey }], JET_bitTTScrollable | JET_bitTTSortNullsHigh);
    expect(madeKey(e, t, [[null, 0]])).toEqual([0xc0]);
    expect(madeKey(e, t, [[null, JET_bitKeyDataZeroLength]])).toEqual([0x40]);
  });
});

describe('descending segments', () => {
  const DESC = JET_bitColumnTTDescending;

  it('Long descending: complemented bytes (prefix too), reversed order, NULL (FF) last', () => {
    const rows = sortValues({ coltyp: JET_coltypLong, grbit: DESC }, [i32(1), null, i32(3), i32(2)]);
    expect(rows.map((r) => (r.values[0] === null ? null : asI32(r.values[0])))).toEqual([3, 2, 1, null]);
    expect(rows[2].key).toEqual([0x80, 0x7f, 0xff, 0xff, 0xfe]);
    expect(rows[3].key).toEqual([0xff]);
  });

  it('Text descending: complemented, terminator becomes FF; zero-length becomes BF', () => {
    const rows = sortValues({ coltyp: JET_coltypText, cp: 1252, grbit: DESC }, [ascii('abc'), ascii('b'), 'empty']);
    expect(rows.map((r) => asText(r.values[0]))).toEqual(['b', 'abc', '']);
    expect(rows[1].key).toEqual([0x80, 0xbe, 0xbd, 0xbc, 0xff]);
    expect(rows[2].key).toEqual([0xbf]);
  });

  it('NULL-high descending is 3F and sorts first', () => {
    const rows = sortValues({ coltyp: JET_coltypLong, grbit: DESC }, [i32(1), null], JET_bitTTScrollable | JET_bitTTSortNullsHigh);
    expect(keys(rows)).toEqual([[0x3f], [0x80, 0x7f, 0xff, 0xff, 0xfe]]);
  });

  it('JetMakeKey complements a descending segment the same way', () => {
    const e = env();
    const t = open(e, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey | DESC }]);
    expect(madeKey(e, t, [[i32(1), 0]])).toEqual([0x80, 0x7f, 0xff, 0xff, 0xfe]);
  });
});

describe('multi-column keys', () => {
  it('segments are concatenated with no separators; ascending then descending', () => {
    const e = env();
    const t = open(e, [
      { coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey },
      { coltyp: JET_coltypText, cp: 1252, grbit: JET_bitColumnTTKey | JET_bitColumnTTDescending },
    ]);
    for (const [k, s] of [[1, 'a'], [0, 'z'], [1, 'b'], [0, 'a']] as const) insert(e, t, [i32(k), ascii(s)]);
    const rows = readBack(e, t);
    expect(rows.map((r) => [asI32(r.values[0]), asText(r.values[1])])).toEqual([[0, 'z'], [0, 'a'], [1, 'b'], [1, 'a']]);
    expect(rows[3].key).toEqual([0x7f, 0x80, 0, 0, 1, 0x80, 0xbe, 0xff]);
  });

  it('a NULL middle segment is one byte', () => {
    const e = env();
    const t = open(e, [0, 1, 2].map(() => ({ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey })));
    insert(e, t, [i32(1), null, i32(2)]);
    expect(readBack(e, t)[0].key).toEqual([0x7f, 0x80, 0, 0, 1, 0x00, 0x7f, 0x80, 0, 0, 2]);
  });

  it('only the key columns make the key; data columns do not appear in it', () => {
    const e = env();
    const t = open(e, [{ coltyp: JET_coltypLong }, { coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }]);
    insert(e, t, [i32(9), i32(1)]);
    insert(e, t, [i32(8), i32(1)]);
    const rows = readBack(e, t);
    expect(rows).toHaveLength(1);
    expect(rows[0].key).toEqual([0x7f, 0x80, 0, 0, 1]);
  });

  it('JetMakeKey on every segment gives the stored key, and an EQ seek finds the row', () => {
    const e = env();
    const t = open(e, [
      { coltyp: JET_coltypText, cp: 1252, grbit: JET_bitColumnTTKey },
      { coltyp: JET_coltypShort, grbit: JET_bitColumnTTKey | JET_bitColumnTTDescending },
    ]);
    insert(e, t, [ascii('Key'), i16(7)]);
    insert(e, t, [ascii('key'), i16(8)]);
    const rows = readBack(e, t);
    expect(madeKey(e, t, [[ascii('KEY'), 0], [i16(7), 0]])).toEqual(rows.find((r) => r.values[1]?.[0] === 7)?.key);
    expect(e.api.JetSeek(e.ses, t.tid, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(column(e, t, 1)).toEqual([7, 0]);
  });

  it('JetMakeKey bytes equal the stored key for random Long values', () => {
    fc.assert(fc.property(fc.integer({ min: -2147483648, max: 2147483647 }), (v) => {
      const e = env();
      const t = open(e, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }]);
      insert(e, t, [i32(v)]);
      const stored = readBack(e, t)[0].key;
      expect(madeKey(e, t, [[i32(v), 0]])).toEqual(stored);
    }), RUNS);
  });
});

// ---- truncation ---------------------------------------------------------------------------------

describe('key truncation', () => {
  const twoTexts: JET_COLUMNDEF[] = [
    { coltyp: JET_coltypText, cp: 1252, grbit: JET_bitColumnTTKey },
    { coltyp: JET_coltypText, cp: 1252, grbit: JET_bitColumnTTKey },
  ];

  it('keys are cut at cbKeyMost (255): rows differing only past it collide', () => {
    const e = env();
    const t = open(e, twoTexts.map((d) => ({ ...d })));
    const a = 'a'.repeat(200);
    insert(e, t, [ascii(a), ascii('x'.repeat(99) + 'y')]);
    insert(e, t, [ascii(a), ascii('x'.repeat(100))]);
    const rows = readBack(e, t);
    expect(rows).toHaveLength(1);
    expect(rows[0].key).toHaveLength(255);
    expect(rows[0].key.slice(0, 202)).toEqual([0x7f, ...new Array(200).fill(0x41), 0x00]);
    expect(rows[0].key.slice(202)).toEqual([0x7f, ...new Array(52).fill(0x58)]);
  });

  it('with cbKeyMost 500 the same rows are kept apart', () => {
    const e = env();
    const t = open(e, twoTexts.map((d) => ({ ...d })), JET_bitTTScrollable, 500);
    const a = 'a'.repeat(200);
    insert(e, t, [ascii(a), ascii('x'.repeat(99) + 'y')]);
    insert(e, t, [ascii(a), ascii('x'.repeat(100))]);
    const rows = readBack(e, t);
    expect(rows).toHaveLength(2);
    expect(rows[0].key).toHaveLength(304);
    expect(rows.map((r) => asText(r.values[1]).slice(99))).toEqual(['x', 'y']);
  });

  it('a later segment is dropped entirely once the key is full', () => {
    const e = env();
    const t = open(e, [{ coltyp: JET_coltypBinary, grbit: JET_bitColumnTTKey }, { coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }]);
    insert(e, t, [new Uint8Array(255).fill(1), i32(1)]);
    insert(e, t, [new Uint8Array(255).fill(1), i32(2)]);
    const rows = readBack(e, t);
    expect(rows).toHaveLength(1);
    expect(rows[0].key).toHaveLength(255);
  });

  it('cbVarSegMac caps a binary segment (prefix included) without dropping the later segments', () => {
    const e = env();
    const t = open(e, [{ coltyp: JET_coltypBinary, grbit: JET_bitColumnTTKey }, { coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }],
      JET_bitTTScrollable, 0, 10);
    insert(e, t, [Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), i32(1)]);
    expect(readBack(e, t)[0].key).toEqual([0x7f, 1, 2, 3, 4, 5, 6, 7, 8, 0x09, 0x7f, 0x80, 0, 0, 1]);
  });

  it('cbVarSegMac caps a text segment (no terminator when cut) and the next segment follows', () => {
    const e = env();
    const t = open(e, [{ coltyp: JET_coltypText, cp: 1252, grbit: JET_bitColumnTTKey }, { coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }],
      JET_bitTTScrollable, 0, 5);
    insert(e, t, [ascii('abcdefgh'), i32(1)]);
    expect(readBack(e, t)[0].key).toEqual([0x7f, 0x41, 0x42, 0x43, 0x44, 0x7f, 0x80, 0, 0, 1]);
  });
});

// ---- limit keys ---------------------------------------------------------------------------------

describe('limit keys made by JetMakeKey', () => {
  const FF = (n: number) => new Array<number>(n).fill(0xff);

  function oneKey(def: JET_COLUMNDEF): Env & { t: TT } {
    const e = env();
    return { ...e, t: open(e, [{ ...def, grbit: (def.grbit ?? 0) | JET_bitColumnTTKey }]) };
  }

  it('Long StrLimit / FullColumnEndLimit: the key is filled with FF to cbKeyMost + 1 bytes', () => {
    const { t, ...e } = oneKey({ coltyp: JET_coltypLong });
    const base = [0x7f, 0x80, 0, 0, 1];
    expect(madeKey(e, t, [[i32(1), JET_bitStrLimit]])).toEqual([...base, ...FF(251)]);
    expect(madeKey(e, t, [[i32(1), JET_bitFullColumnEndLimit]])).toEqual([...base, ...FF(251)]);
  });

  it('FullColumnStartLimit adds nothing', () => {
    const { t, ...e } = oneKey({ coltyp: JET_coltypLong });
    expect(madeKey(e, t, [[i32(1), JET_bitFullColumnStartLimit]])).toEqual([0x7f, 0x80, 0, 0, 1]);
  });

  it('descending Long with an end limit: complemented segment, then uncomplemented FF fill', () => {
    const { t, ...e } = oneKey({ coltyp: JET_coltypLong, grbit: JET_bitColumnTTDescending });
    expect(madeKey(e, t, [[i32(1), JET_bitFullColumnEndLimit]])).toEqual([0x80, 0x7f, 0xff, 0xff, 0xfe, ...FF(251)]);
  });

  it('text: StrLimit keeps the terminator, SubStrLimit and PartialColumnEndLimit drop it, PartialColumnStartLimit adds no fill', () => {
    const { t, ...e } = oneKey({ coltyp: JET_coltypText, cp: 1252 });
    const abc = [0x7f, 0x41, 0x42, 0x43];
    expect(madeKey(e, t, [[ascii('abc'), JET_bitStrLimit]])).toEqual([...abc, 0x00, ...FF(251)]);
    expect(madeKey(e, t, [[ascii('abc'), JET_bitSubStrLimit]])).toEqual([...abc, ...FF(252)]);
    expect(madeKey(e, t, [[ascii('abc'), JET_bitPartialColumnEndLimit]])).toEqual([...abc, ...FF(252)]);
    expect(madeKey(e, t, [[ascii('abc'), JET_bitPartialColumnStartLimit]])).toEqual(abc);
  });

  it('a partial limit on a NULL text segment falls back to the full variant', () => {
    const { t, ...e } = oneKey({ coltyp: JET_coltypText, cp: 1252 });
    expect(madeKey(e, t, [[null, JET_bitSubStrLimit]])).toEqual([0x00, ...FF(255)]);
  });

  it('variable binary: StrLimit keeps the data, then FF through the chunk plus one byte', () => {
    const { t, ...e } = oneKey({ coltyp: JET_coltypBinary });
    expect(madeKey(e, t, [[Uint8Array.of(0x41, 0x42), JET_bitStrLimit]])).toEqual([0x7f, 0x41, 0x42, ...FF(8)]);
    expect(madeKey(e, t, [[Uint8Array.of(0x41, 0x42), JET_bitPartialColumnEndLimit]])).toEqual([0x7f, 0x41, 0x42, ...FF(8)]);
    expect(madeKey(e, t, [[Uint8Array.of(0x41, 0x42), JET_bitPartialColumnStartLimit]])).toEqual([0x7f, 0x41, 0x42]);
    expect(madeKey(e, t, [[Uint8Array.of(0x41, 0x42), JET_bitFullColumnEndLimit]])).toEqual([0x7f, 0x41, 0x42, 0, 0, 0, 0, 0, 0, 0x02, ...FF(246)]);
  });

  it('a limit on the first of two segments with cbKeyMost 500 fills to 501 bytes', () => {
    const e = env();
    const t = open(e, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }, { coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }],
      JET_bitTTScrollable, 500);
    const k = madeKey(e, t, [[i32(1), JET_bitStrLimit]]);
    expect(k).toHaveLength(501);
    expect(k.slice(0, 6)).toEqual([0x7f, 0x80, 0, 0, 1, 0xff]);
  });
});
