import fc from 'fast-check';
import {
  out, JET_bitColumnTTDescending, JET_bitColumnTTKey, JET_bitNewKey, JET_bitTTDotNetGuid, JET_bitTTSortNullsHigh,
  JET_coltypBinary, JET_coltypBit, JET_coltypCurrency, JET_coltypDateTime, JET_coltypGUID, JET_coltypIEEEDouble,
  JET_coltypIEEESingle, JET_coltypLong, JET_coltypLongLong, JET_coltypShort, JET_coltypText, JET_coltypUnsignedByte,
  JET_coltypUnsignedLong, JET_coltypUnsignedLongLong, JET_coltypUnsignedShort, JET_MoveFirst, JET_MoveNext,
  JET_prepInsert, JET_bitKeyDataZeroLength, JET_bitSetZeroLength, JET_bitStrLimit, JET_bitSubStrLimit,
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

/** Insert rows (each a list of column values: bytes, null for NULL), read them back, return each row's first column. */
function sortRows(t: Table, rows: (Uint8Array | null)[][]): (Uint8Array | null)[] {
  const { api, ses, tableid, ids } = t;
  for (const row of rows) {
    expect(api.JetPrepareUpdate(ses, tableid, JET_prepInsert)).toBe(0);
    row.forEach((v, i) => {
      if (v !== null) expect(api.JetSetColumn(ses, tableid, ids[i], v, v.length, v.length === 0 ? JET_bitSetZeroLength : 0, null)).toBe(0);
    });
    expect(api.JetUpdate(ses, tableid, null, 0, null)).toBe(0);
  }
  const out1: (Uint8Array | null)[] = [];
  for (let rc = api.JetMove(ses, tableid, JET_MoveFirst, 0); rc === 0; rc = api.JetMove(ses, tableid, JET_MoveNext, 0)) {
    const buf = new Uint8Array(300);
    const size = out<number>(0);
    const code = api.JetRetrieveColumn(ses, tableid, ids[0], buf, 300, size, 0, null);
    out1.push(code === 1004 ? null : buf.slice(0, size.value));
  }
  return out1;
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
    expectOrder(JET_coltypBit, [Uint8Array.of(0), Uint8Array.of(1)]);
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
  it('the stored key of a 32-bit integer row equals the key JetMakeKey builds for it', () => {
    for (const [coltyp, values] of [[JET_coltypLong, [-(2 ** 31), -1, 0, 7, 2 ** 31 - 1].map(i32)], [JET_coltypUnsignedLong, [0, 1, 2 ** 32 - 1].map(u32)]] as const) {
      for (const v of values) {
        const t = table([key(coltyp)]);
        sortRows(t, [[v]]);
        expect(t.api.JetMove(t.ses, t.tableid, JET_MoveFirst, 0)).toBe(0);
        const stored = new Uint8Array(16);
        const size = out<number>(0);
        expect(t.api.JetRetrieveKey(t.ses, t.tableid, stored, 16, size, 0)).toBe(0);
        expect([...stored.subarray(0, size.value)]).toEqual(keyOf(t, v));
      }
    }
  });
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

describe('segments, nulls and limits', () => {
  it('NULL sorts low (00), zero-length (40) next, data (7F) after', () => {
    const t = table([key(JET_coltypText, { cp: 1252 })]);
    expect(keyOf(t, null)).toEqual([0x00]);
    expect(keyOf(t, new Uint8Array(0), JET_bitKeyDataZeroLength)).toEqual([0x40]);
    expect(sortRows(t, [[ascii('a')], [null], [new Uint8Array(0)]]).map(hex)).toEqual(['null', '', hex(ascii('a'))]);
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
  it('multi-column keys compare segment by segment', () => {
    const t = table([key(JET_coltypLong), key(JET_coltypText, { cp: 1252 })]);
    const rows: [number, string][] = [[2, 'a'], [1, 'b'], [1, 'a'], [2, '']];
    const order = sortRows(t, rows.map(([n, s]) => [i32(n), s === '' ? null : ascii(s)]));
    expect(order.map(hex)).toEqual([1, 1, 2, 2].map((n) => hex(i32(n))));
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
