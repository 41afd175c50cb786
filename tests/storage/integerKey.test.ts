/**
 * Keys of integer columns made directly (src/storage/keys.ts integerSegment), the path every insert into an index
 * of one integer column takes. The rule (fldnorm.cxx, FLDNormalizeFixedSegment; ese-semantics.md §9): a data segment
 * is the prefix byte 0x7f, then the value's bytes most significant first, with the sign bit flipped for signed types
 * (Short, Long, LongLong, Currency) so that negative numbers sort first; a descending segment complements every
 * byte, prefix included. Expected keys below are written from that rule by hand, and the order property checks that
 * byte order of the keys is numeric order, which is what the rule exists for.
 */
import fc from 'fast-check';
import { COLTYP } from '../../src/storage/coltyp';
import type { KeyColumn } from '../../src/storage/coltyp';
import { integerSegment, isIntegerColtyp } from '../../src/storage/keys';

function column(coltyp: number, fixedSize: number, descending = false): KeyColumn {
  return { coltyp, cp: 0, fixedSize, isText: false, descending };
}

function hex(key: string): string {
  return [...key].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
}

function le(n: bigint, size: number): Uint8Array {
  const b = new Uint8Array(size);
  let x = BigInt.asUintN(size * 8, n);
  for (let i = 0; i < size; i++) {
    b[i] = Number(x & 0xffn);
    x >>= 8n;
  }
  return b;
}

const SIGNED: Array<[string, number, number]> = [['Short', COLTYP.Short, 2], ['Long', COLTYP.Long, 4], ['LongLong', COLTYP.LongLong, 8], ['Currency', COLTYP.Currency, 8]];
const UNSIGNED: Array<[string, number, number]> = [['UnsignedByte', COLTYP.UnsignedByte, 1], ['UnsignedShort', COLTYP.UnsignedShort, 2], ['UnsignedLong', COLTYP.UnsignedLong, 4], ['UnsignedLongLong', COLTYP.UnsignedLongLong, 8]];

describe('integerSegment', () => {
  test('hand-written keys: prefix 7f, big-endian, sign bit flipped for signed types', () => {
    expect(hex(integerSegment(column(COLTYP.Long, 4), le(1n, 4)))).toBe('7f80000001');
    expect(hex(integerSegment(column(COLTYP.Long, 4), le(-1n, 4)))).toBe('7f7fffffff');
    expect(hex(integerSegment(column(COLTYP.Long, 4), le(0x01020304n, 4)))).toBe('7f81020304');
    expect(hex(integerSegment(column(COLTYP.Short, 2), le(-32768n, 2)))).toBe('7f0000');
    expect(hex(integerSegment(column(COLTYP.UnsignedShort, 2), le(0x8001n, 2)))).toBe('7f8001');
    expect(hex(integerSegment(column(COLTYP.UnsignedByte, 1), le(0xabn, 1)))).toBe('7fab');
    expect(hex(integerSegment(column(COLTYP.LongLong, 8), le(2n, 8)))).toBe('7f8000000000000002');
    expect(hex(integerSegment(column(COLTYP.UnsignedLongLong, 8), le(2n, 8)))).toBe('7f0000000000000002');
    // Descending: every byte complemented, the prefix too (0x7f -> 0x80).
    expect(hex(integerSegment(column(COLTYP.Long, 4, true), le(1n, 4)))).toBe('807ffffffe');
    expect(hex(integerSegment(column(COLTYP.UnsignedByte, 1, true), le(0n, 1)))).toBe('80ff');
  });

  test('integer types are those keyed by their bytes; Bit, GUID and the floating types are not', () => {
    for (const [, t] of [...SIGNED, ...UNSIGNED]) expect(isIntegerColtyp(t)).toBe(true);
    for (const t of [COLTYP.Bit, COLTYP.GUID, COLTYP.IEEESingle, COLTYP.IEEEDouble, COLTYP.DateTime]) expect(isIntegerColtyp(t)).toBe(false);
  });

  test.each([...SIGNED.map((s) => [...s, true] as const), ...UNSIGNED.map((s) => [...s, false] as const)])(
    '%s keys sort as the numbers do, ascending and descending', (_name, coltyp, size, signed) => {
      const bits = BigInt(size * 8);
      const arb = signed
        ? fc.bigInt({ min: -(1n << (bits - 1n)), max: (1n << (bits - 1n)) - 1n })
        : fc.bigInt({ min: 0n, max: (1n << bits) - 1n });
      fc.assert(fc.property(arb, arb, (a, b) => {
        const ka = integerSegment(column(coltyp, size), le(a, size));
        const kb = integerSegment(column(coltyp, size), le(b, size));
        const da = integerSegment(column(coltyp, size, true), le(a, size));
        const db = integerSegment(column(coltyp, size, true), le(b, size));
        expect(ka.length).toBe(1 + size);
        expect(Math.sign(ka < kb ? -1 : ka > kb ? 1 : 0)).toBe(a < b ? -1 : a > b ? 1 : 0);
        expect(Math.sign(da < db ? -1 : da > db ? 1 : 0)).toBe(a < b ? 1 : a > b ? -1 : 0);
      }), { numRuns: 300 });
    });
});
