/**
 * The key order of a sort (src/storage/radixOrder.ts, src/storage/sortBuilder.ts, src/storage/sortedRows.ts)
 * against what it stands for: the row numbers sorted by key in plain byte order (a key before the longer keys it
 * begins), stable (equal keys in the order they were added), and with duplicates removed only the first added of
 * each key kept; a finished sort then answers get / next / prev / ceiling / floor like a sorted array of its keys.
 * Keys are drawn from few byte values and short lengths, so that prefixes, zero bytes and duplicates are common;
 * large sorts take the two-byte passes. Each run prints its seed (fast-check) so that a failure can be replayed.
 */
import fc from 'fast-check';
import { compareKeys, radixOrder } from '../../src/storage/radixOrder';
import { CopyBuffer } from '../../src/storage/record';
import { SortBuilder } from '../../src/storage/sortBuilder';
import { RecordImage } from '../../src/storage/engineRecord';
import type { Row } from '../../src/storage/rows';

const seed = Date.now() ^ (Math.random() * 0x7fffffff);
const runs = { seed, numRuns: 60 };
// eslint-disable-next-line no-console
console.log(`sortOrder.test seed ${seed}`);

/** Keys back to back, as a sort holds them. */
function pack(keys: readonly number[][]): { bytes: Uint8Array; starts: Int32Array } {
  const starts = new Int32Array(keys.length + 1);
  for (let i = 0; i < keys.length; i++) starts[i + 1] = starts[i] + keys[i].length;
  const bytes = new Uint8Array(starts[keys.length]);
  keys.forEach((k, i) => bytes.set(k, starts[i]));
  return { bytes, starts };
}

function byteOrder(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** The model: row numbers sorted stably by key, duplicates after the first dropped if asked. */
function expected(keys: readonly number[][], removeDuplicates: boolean): number[] {
  const rows = keys.map((_, i) => i).sort((a, b) => byteOrder(keys[a], keys[b]) || a - b);
  return removeDuplicates ? rows.filter((r, i) => i === 0 || byteOrder(keys[rows[i - 1]], keys[r]) !== 0) : rows;
}

const byteValue = fc.constantFrom(0, 1, 2, 0x7f, 0x80, 0xfe, 0xff);
const key = fc.array(byteValue, { minLength: 0, maxLength: 12 });
/** Keys that share a long constant head, so the radix passes see only their tails. */
const headedKey = fc.tuple(fc.constantFrom([0x7f, 3, 3, 3], [0x7f, 3, 3, 3, 9, 9, 9, 9, 9]), key).map(([h, t]) => [...h, ...t]);

describe('radixOrder', () => {
  it('orders small sorts stably by byte order, with and without duplicates', () => {
    fc.assert(fc.property(fc.array(fc.oneof(key, headedKey), { maxLength: 60 }), fc.boolean(), (keys, dedup) => {
      const { bytes, starts } = pack(keys);
      expect(Array.from(radixOrder(bytes, starts, keys.length, dedup))).toEqual(expected(keys, dedup));
    }), runs);
  });

  it('orders large sorts (two-byte passes) the same way', () => {
    fc.assert(fc.property(fc.array(fc.oneof(key, headedKey), { minLength: 8192, maxLength: 9000 }), fc.boolean(), (keys, dedup) => {
      const { bytes, starts } = pack(keys);
      expect(Array.from(radixOrder(bytes, starts, keys.length, dedup))).toEqual(expected(keys, dedup));
    }), { seed, numRuns: 4 });
  });

  it('orders 32-bit integer keys as the numbers they stand for', () => {
    const values = Array.from({ length: 20000 }, (_, i) => (i % 7 === 0 ? 5 : (Math.random() * 2 ** 32) | 0));
    // The normalized key of a Long: data prefix, then big-endian with the sign bit flipped.
    const keys = values.map((v) => [0x7f, ((v >>> 24) ^ 0x80) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff]);
    const { bytes, starts } = pack(keys);
    const order = Array.from(radixOrder(bytes, starts, keys.length, true));
    const sorted = [...new Set(values)].sort((a, b) => a - b);
    expect(order.map((r) => values[r])).toEqual(sorted);
    expect(order[0]).toBe(values.indexOf(sorted[0]));
  });

  it('orders keys that differ only at some positions (each choice of varying bytes), small and large', () => {
    const positions = fc.uniqueArray(fc.integer({ min: 0, max: 9 }), { minLength: 0, maxLength: 6 });
    fc.assert(fc.property(positions, fc.integer({ min: 2, max: 5000 }), fc.integer(), fc.boolean(), (varying, n, salt, dedup) => {
      let x = salt | 1;
      const random = () => ((x = (x * 1103515245 + 12345) & 0x7fffffff) >>> 16) & 0xff;
      const length = 6 + (salt & 3); // some keys are shorter than the 8 bytes looked at
      const keys = Array.from({ length: n }, () => {
        const k = Array.from({ length }, (_, i) => (i * 37) & 0xff);
        for (const p of varying) if (p < length) k[p] = random() & (p & 1 ? 0x0f : 0xff);
        return k;
      });
      const { bytes, starts } = pack(keys);
      expect(Array.from(radixOrder(bytes, starts, keys.length, dedup))).toEqual(expected(keys, dedup));
    }), { seed, numRuns: 40 });
  });

  it('handles no rows and one row', () => {
    expect(Array.from(radixOrder(new Uint8Array(0), new Int32Array(1), 0, true))).toEqual([]);
    const { bytes, starts } = pack([[1, 2, 3]]);
    expect(Array.from(radixOrder(bytes, starts, 1, true))).toEqual([0]);
  });

  it('compareKeys is byte order, a key before the longer keys it begins', () => {
    fc.assert(fc.property(key, key, (a, b) => {
      const { bytes, starts } = pack([a, b]);
      expect(Math.sign(compareKeys(bytes, starts, 0, 1))).toBe(Math.sign(byteOrder(a, b)));
    }), runs);
  });
});

const text = (k: readonly number[]) => String.fromCharCode(...k);

/** A sort of one-column rows, each row's value the row number (4 bytes), its key `keys[i]` (plus a suffix if kept). */
const stored = (keys: readonly number[][], keepsDuplicates: boolean) => keys.map((k, i) => (keepsDuplicates ? [...k, 0, 0, i >> 8, i & 0xff] : k));

/** The rows' one column: a fixed Long (column id 1) holding the row number. */
const image = new RecordImage([{ index: 0, columnid: 1, fixedSize: 4, maxLength: 0, isLong: false }], true);

/**
 * Row i's record in the engine's format (rec.hxx REC): fixed column 1 the last fixed one, no variable column (127),
 * the fixed part ending at 4 + 4 + 1 (its NULL bitmap byte), the value little-endian, then the bitmap: bit 0 clear
 * (not NULL), the seven unused bits set.
 */
const recordOf = (i: number) => {
  const v = valueOf(i);
  return [1, 0x7f, 9, 0, v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff, 0xfe];
};

/**
 * The value row i holds: its number in the upper bytes, and a low byte that is not in row order, so that rows whose
 * keys tie are not already in the order they were added in (their records differ first in that byte).
 */
function valueOf(i: number): number {
  return (i << 8) | ((i * 37 + 11) & 0xff);
}

/**
 * The order of a sort's rows (sort.cxx): by key and record bytes taken as one byte string (ISORTICmp2PspairPspair),
 * then, when duplicates go, each row whose key equals the one before it dropped (CspairSORTIUnique).
 */
function engineOrder(keys: readonly number[][], removeDuplicates: boolean): number[] {
  const joined = keys.map((k, i) => [...k, ...recordOf(i)]);
  const rows = keys.map((_, i) => i).sort((a, b) => byteOrder(joined[a], joined[b]) || a - b);
  return removeDuplicates ? rows.filter((r, i) => i === 0 || byteOrder(keys[rows[i - 1]], keys[r]) !== 0) : rows;
}

/** Keys none of which is a proper beginning of another (as a table's normalized keys are). */
const prefixFree = (keys: readonly number[][]) =>
  keys.filter((k) => !keys.some((o) => o.length > k.length && byteOrder(o.slice(0, k.length), k) === 0));

function build(keys: readonly number[][], keepsDuplicates: boolean): SortBuilder {
  const sort = new SortBuilder(keepsDuplicates, image);
  const values = new CopyBuffer(1, Int32Array.of(1));
  keys.forEach((k, i) => {
    values.clear();
    values.write(0, new Uint8Array(new Int32Array([valueOf(i)]).buffer), 0, 4);
    // A key written and abandoned first: the next one overwrites it.
    sort.keyRoom(3).fill(0xaa, sort.keyEnd, sort.keyEnd + 3);
    const full = stored(keys, keepsDuplicates)[i];
    const dst = sort.keyRoom(full.length);
    dst.set(full, sort.keyEnd);
    sort.add(full.length, values);
  });
  return sort;
}

const rowNumber = (row: Row | undefined) => (row === undefined ? undefined : new DataView(row.rec.buffer, row.rec.byteOffset + row.at + 4, 4).getInt32(0, true) >> 8);

describe('SortBuilder and SortedRows', () => {
  it('keep each added row, its keys and its record, in insertion order and in key order', () => {
    fc.assert(fc.property(fc.array(fc.oneof(key, headedKey), { maxLength: 40 }), fc.boolean(), (keys, keeps) => {
      const sort = build(keys, keeps);
      expect(sort.count).toBe(keys.length);
      keys.forEach((k, i) => {
        const row = sort.added(i) as Row;
        expect(row.norm).toBe(text(k));
        expect(row.key.startsWith(row.norm)).toBe(true);
        expect(rowNumber(row)).toBe(i);
      });
      expect(sort.added(keys.length)).toBeUndefined();
      // By index key and record bytes together; the sequence suffix of a sort that keeps duplicates plays no part.
      const order = engineOrder(keys, !keeps);
      expect(sort.rows(!keeps).map(rowNumber)).toEqual(order);
      const rows = sort.sorted(!keeps);
      expect(rows.size).toBe(order.length);
      order.forEach((r, i) => {
        const row = rows.at(i) as Row;
        expect(row.idx).toBe(i);
        expect(rowNumber(row)).toBe(r);
        expect(row.norm).toBe(text(keys[r]));
      });
      expect(rows.at(-1)).toBeUndefined();
      expect(rows.at(order.length)).toBeUndefined();
      expect(rows.at(0.5)).toBeUndefined();
    }), runs);
  });

  it('step a row in place to the next or previous position, and refuse past either end or a row of another sort', () => {
    const keys = [[5], [1], [3], [1]];
    const rows = build(keys, false).sorted(true); // keys 1, 3, 5: rows 1, 2, 0
    const row = rows.first() as Row;
    expect(rows.stepInPlace(row, false)).toBe(false);
    expect([row.idx, rowNumber(row)]).toEqual([0, 1]);
    expect(rows.stepInPlace(row, true)).toBe(true);
    expect([row.idx, rowNumber(row), row.key]).toEqual([1, 2, text([3])]);
    expect(rows.stepInPlace(row, true)).toBe(true);
    expect([row.idx, rowNumber(row), row.norm]).toEqual([2, 0, text([5])]);
    expect(rows.stepInPlace(row, true)).toBe(false);
    expect(row.idx).toBe(2);
    expect(rows.stepInPlace(row, false)).toBe(true);
    expect(rowNumber(row)).toBe(2);
    const other = build(keys, false).sorted(true);
    const foreign = other.first() as Row;
    expect(rows.stepInPlace(foreign, true)).toBe(false);
    expect(rows.stepInPlace({ key: '', norm: '', rec: new Uint8Array(8), at: 0, idx: 0 }, true)).toBe(false);
    expect(foreign.idx).toBe(0);
  });

  it('answer get / next / prev / ceiling / floor as a sorted array of the storage keys does', () => {
    fc.assert(fc.property(fc.array(key, { maxLength: 30 }).map(prefixFree), fc.array(key, { maxLength: 10 }), (keys, probes) => {
      const rows = build(keys, false).sorted(true);
      const sorted = [...new Set(keys.map(text))].sort();
      const key = (row: Row | undefined) => row?.key;
      for (const p of [...probes.map(text), ...sorted]) {
        const ge = sorted.findIndex((k) => k >= p);
        const ceiling = ge < 0 ? undefined : sorted[ge];
        expect(key(rows.ceiling(p))).toBe(ceiling);
        expect(key(rows.get(p))).toBe(ceiling === p ? p : undefined);
        expect(key(rows.floor(p))).toBe([...sorted].reverse().find((k) => k <= p));
        expect(key(rows.next(p, null))).toBe(sorted.find((k) => k > p));
        expect(key(rows.prev(p, null))).toBe([...sorted].reverse().find((k) => k < p));
      }
      expect(key(rows.first())).toBe(sorted[0]);
      expect(key(rows.last())).toBe(sorted[sorted.length - 1]);
      for (let i = 0; i < sorted.length; i++) {
        const row = rows.at(i) as Row;
        expect(key(rows.next(row.key, row))).toBe(sorted[i + 1]);
        expect(key(rows.after(i))).toBe(sorted[i + 1]);
        expect(key(rows.prev(row.key, row))).toBe(sorted[i - 1]);
      }
    }), runs);
  });
});
