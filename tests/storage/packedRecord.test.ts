/**
 * A stored record packed into one byte array (src/storage/packedRecord.ts) must read exactly as the Map of column
 * values it was packed from: the same columns in the same order, the same values byte for byte, and, for
 * copyValue, the JetRetrieveColumn rules written out below. The expected answers come from the Map itself (the
 * record as the engine layer builds it), never from the packed form.
 *
 * copyValue(columnid, index, offset, dest, room), as JetRetrieveColumn reads one value (esent.h: the value's full
 * size is returned, at most cbData bytes are copied; ibLongValue skips the first bytes of a long value):
 *  - -1 when the column is absent or has fewer than index + 1 values (JET_wrnColumnNull);
 *  - otherwise the length of the value after `offset` (offset past the end: 0), and min(room, that) bytes copied
 *    to dest from position offset of the value; dest beyond them untouched.
 *
 * Replay a failure: PACKED_SEED=<seed> npx jest tests/storage/packedRecord.test.ts
 */
import fc from 'fast-check';
import { PackedRecord } from '../../src/storage/packedRecord';

const SEED = process.env.PACKED_SEED === undefined ? Date.now() % 2 ** 31 : Number(process.env.PACKED_SEED);

// Column ids as esent hands them out: fixed 1-127, variable 128-255, tagged 256 and up (to 0xFFFF and beyond).
const idArb = fc.oneof(fc.integer({ min: 1, max: 127 }), fc.integer({ min: 128, max: 255 }), fc.integer({ min: 256, max: 0x7fffffff }));
const valueArb = fc.oneof(
  { weight: 4, arbitrary: fc.uint8Array({ minLength: 0, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.uint8Array({ minLength: 60, maxLength: 700 }) },
);
const recordArb = fc
  .uniqueArray(fc.tuple(idArb, fc.array(valueArb, { minLength: 1, maxLength: 4 })), { selector: ([id]) => id, maxLength: 12 })
  .map((pairs) => new Map<number, Uint8Array[]>(pairs));

function check<T>(property: fc.IProperty<T>, numRuns: number): void {
  const details = fc.check(property, { numRuns, seed: SEED });
  if (details.failed) throw new Error(`PACKED_SEED=${SEED}: ${fc.defaultReportMessage(details)}`);
}

const plain = (list: readonly Uint8Array[] | undefined) => list?.map((v) => [...v]);

describe('PackedRecord reads as the Map it was packed from', () => {
  it('has the same size, columns in the same order, values byte for byte, through every Map method', () => {
    check(fc.property(recordArb, fc.array(idArb, { maxLength: 6 }), (values, probes) => {
      const packed = PackedRecord.pack(values);
      expect(packed.size).toBe(values.size);
      expect([...packed.keys()]).toEqual([...values.keys()]);
      expect([...packed.values()].map(plain)).toEqual([...values.values()].map(plain));
      expect([...packed].map(([id, list]) => [id, plain(list)])).toEqual([...values].map(([id, list]) => [id, plain(list)]));
      expect([...packed.entries()].map(([id, list]) => [id, plain(list)])).toEqual([...values].map(([id, list]) => [id, plain(list)]));
      const visited: Array<[number, number[][] | undefined]> = [];
      packed.forEach((list, id, map) => {
        expect(map).toBe(packed);
        visited.push([id, plain(list)]);
      });
      expect(visited).toEqual([...values].map(([id, list]) => [id, plain(list)]));
      for (const id of [...values.keys(), ...probes]) {
        expect(packed.has(id)).toBe(values.has(id));
        expect(plain(packed.get(id))).toEqual(plain(values.get(id)));
      }
    }), 100);
  });

  it('copyValue answers as JetRetrieveColumn reads one value: full length after the offset, at most room bytes copied', () => {
    check(fc.property(recordArb, fc.nat(5), fc.nat(40), fc.nat(30), fc.array(idArb, { maxLength: 3 }), (values, index, offset, room, probes) => {
      const packed = PackedRecord.pack(values);
      for (const id of [...values.keys(), ...probes]) {
        const value = values.get(id)?.[index];
        const dest = new Uint8Array(room + 4).fill(0xee);
        const got = packed.copyValue(id, index, offset, dest, room);
        if (value === undefined) {
          expect(got).toBe(-1);
          expect(dest.every((b) => b === 0xee)).toBe(true);
          continue;
        }
        const rest = value.subarray(Math.min(offset, value.length));
        expect(got).toBe(rest.length);
        const n = Math.min(room, rest.length);
        expect([...dest.subarray(0, n)]).toEqual([...rest.subarray(0, n)]);
        expect(dest.subarray(n).every((b) => b === 0xee)).toBe(true);
        // No buffer: only the size.
        expect(packed.copyValue(id, index, offset, null, 0)).toBe(rest.length);
      }
    }), 300);
  });

  it('gives back the very default value object a column had when the record was packed, and copies of the rest', () => {
    const dfltA = Uint8Array.of(1, 2, 3);
    const dfltB = Uint8Array.of(4, 5);
    const sameAsB = Uint8Array.of(4, 5);
    const columns = new Map<number, { defaultValue: Uint8Array | null }>([[256, { defaultValue: dfltA }], [257, { defaultValue: dfltB }], [1, { defaultValue: null }]]);
    const values = new Map<number, Uint8Array[]>([[1, [Uint8Array.of(9)]], [256, [dfltA]], [257, [sameAsB, dfltB]], [258, [Uint8Array.of(7)]]]);
    const packed = PackedRecord.pack(values, columns);
    expect(packed.get(256)?.[0]).toBe(dfltA);
    // Equal bytes set explicitly are not the default; the second value of 257 is 257's default, not 256's.
    expect(packed.get(257)?.[0]).not.toBe(dfltB);
    expect([...(packed.get(257)?.[0] ?? [])]).toEqual([4, 5]);
    expect(packed.get(257)?.[1]).toBe(dfltB);
    expect([...(packed.get(258)?.[0] ?? [])]).toEqual([7]);
    const flags = (entries: Iterable<[number, readonly Uint8Array[]]>) => [...entries].map(([id, list]) => [id, list.map((v) => (v === dfltA ? 'A' : v === dfltB ? 'B' : [...v]))]);
    const want = [[1, [[9]]], [256, ['A']], [257, [[4, 5], 'B']], [258, [[7]]]];
    expect(flags(packed)).toEqual(want);
    expect(flags(packed.entries())).toEqual(want);
    // The bytes are there too, for copyValue.
    const dest = new Uint8Array(3);
    expect(packed.copyValue(257, 1, 1, dest, 3)).toBe(1);
    expect([...dest]).toEqual([5, 0, 0]);
    expect(packed.copyValue(258, 0, 0, dest, 3)).toBe(1);
    expect(dest[0]).toBe(7);
    // Changing the packed-from values afterwards changes nothing in the record (except the default objects
    // themselves, which are the columns' and never written).
    values.get(1)?.[0].fill(0);
    expect([...(packed.get(1)?.[0] ?? [])]).toEqual([9]);
  });

  it('records packed one after another share slabs without touching each other, across the end of a slab', () => {
    // byteSlab.ts cuts small records from 64 KB slabs: 4,000 records of 27-35 bytes (header 8 + 4 + data) fill
    // more than one, and a large one (over 512 bytes) has a buffer of its own in between.
    const made: Array<Map<number, Uint8Array[]>> = [];
    const packed: PackedRecord[] = [];
    for (let i = 0; i < 4000; i++) {
      const size = i === 1999 ? 600 : 15 + (i % 9);
      const values = new Map<number, Uint8Array[]>([[1 + (i % 5), [Uint8Array.from({ length: size }, (_, k) => (i * 31 + k) & 0xff)]]]);
      made.push(values);
      packed.push(PackedRecord.pack(values));
    }
    for (let i = 0; i < made.length; i++) {
      const [id, [value]] = [...made[i]][0];
      expect([...packed[i].keys()]).toEqual([id]);
      expect(plain(packed[i].get(id))).toEqual([[...value]]);
      const dest = new Uint8Array(value.length);
      expect(packed[i].copyValue(id, 0, 0, dest, dest.length)).toBe(value.length);
      expect([...dest]).toEqual([...value]);
    }
  });

  it('gives back each default value object at its own place when several values of a record are defaults', () => {
    // Defaults are found by counting the default values before them in record order: column 6's fourth value must
    // come back as 6's default, not as the default of column 5 that precedes it.
    const d5 = Uint8Array.of(5, 5);
    const d6 = Uint8Array.of(6);
    const columns = new Map<number, { defaultValue: Uint8Array | null }>([[5, { defaultValue: d5 }], [6, { defaultValue: d6 }]]);
    const packed = PackedRecord.pack(new Map<number, Uint8Array[]>([
      [4, [Uint8Array.of(4)]], [5, [Uint8Array.of(9), d5]], [6, [d6, Uint8Array.of(8), Uint8Array.of(7), d6]],
    ]), columns);
    const five = packed.get(5) ?? [];
    expect([...five[0]]).toEqual([9]);
    expect(five[1]).toBe(d5);
    const six = packed.get(6) ?? [];
    expect(six[0]).toBe(d6);
    expect(six.slice(1, 3).map((v) => [...v])).toEqual([[8], [7]]);
    expect(six[3]).toBe(d6);
  });

  it('an empty record has no columns', () => {
    const packed = PackedRecord.pack(new Map());
    expect(packed.size).toBe(0);
    expect([...packed]).toEqual([]);
    expect(packed.get(1)).toBeUndefined();
    expect(packed.has(1)).toBe(false);
    expect(packed.copyValue(1, 0, 0, new Uint8Array(1), 1)).toBe(-1);
  });
});
