/**
 * BookmarkMap (src/storage/bookmarkMap.ts), the hash table a table image reads records from by bookmark, must act
 * exactly as a Map<string, V> would: same answers to get / set / delete / size after any sequence of operations.
 * Bookmarks are strings of key bytes (code units 0-255), short ones (up to 6 units) kept under a number, long ones
 * in a Map; the model is a plain Map, so the expected answers never come from the code under test.
 *
 * shortBookmark() must tell every two short bookmarks apart (a collision would hand one record's values to a reader
 * of another): checked over random pairs and over the pairs most likely to collide (a bookmark and the same one
 * with a 0 byte after it, the empty bookmark, the all-0xFF one).
 *
 * NumberMap (src/storage/numberMap.ts) takes keys up to 2^53 here: keys that agree in their low 32 bits must still
 * be told apart, and probe runs among them must survive deletes.
 *
 * Replay a failure: BOOKMARK_SEED=<seed> npx jest tests/storage/bookmarkMap.test.ts
 */
import fc from 'fast-check';
import { BookmarkMap, shortBookmark } from '../../src/storage/bookmarkMap';
import { NumberMap } from '../../src/storage/numberMap';

const SEED = process.env.BOOKMARK_SEED === undefined ? Date.now() % 2 ** 31 : Number(process.env.BOOKMARK_SEED);

function check<T>(property: fc.IProperty<T>, numRuns: number): void {
  const details = fc.check(property, { numRuns, seed: SEED });
  if (details.failed) throw new Error(`BOOKMARK_SEED=${SEED}: ${fc.defaultReportMessage(details)}`);
}

const byteString = (min: number, max: number) =>
  fc.array(fc.oneof(fc.constantFrom(0, 1, 0xfe, 0xff), fc.integer({ min: 0, max: 255 })), { minLength: min, maxLength: max })
    .map((units) => String.fromCharCode(...units));

// Mostly short bookmarks over few byte values (so keys repeat and collide in prefixes), some long ones, and a few
// with a unit above 255, which no key byte string has but which must still work (kept as long ones).
const bookmarkArb = fc.oneof(
  { weight: 6, arbitrary: byteString(0, 6) },
  { weight: 2, arbitrary: byteString(7, 12) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 4 }).map((s) => `${s}\u0100`) },
);

type Op = { kind: 'set'; bm: string; value: number } | { kind: 'delete'; bm: string } | { kind: 'get'; bm: string };
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('set' as const), bm: bookmarkArb, value: fc.integer() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), bm: bookmarkArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('get' as const), bm: bookmarkArb }) },
);

describe('BookmarkMap answers as a Map of bookmarks does', () => {
  it('after any sequence of set, delete and get, for short, long and odd bookmarks', () => {
    let reachedGrowth = false;
    check(fc.property(fc.array(opArb, { maxLength: 400 }), fc.nat(8), (ops, expected) => {
      const map = new BookmarkMap<number>(expected);
      const model = new Map<string, number>();
      for (const op of ops) {
        if (op.kind === 'set') {
          map.set(op.bm, op.value);
          model.set(op.bm, op.value);
        } else if (op.kind === 'delete') {
          expect(map.delete(op.bm)).toBe(model.delete(op.bm));
        } else {
          expect(map.get(op.bm)).toBe(model.get(op.bm));
        }
        expect(map.size).toBe(model.size);
      }
      for (const [bm, value] of model) expect(map.get(bm)).toBe(value);
      if (model.size > 2 * expected + 2) reachedGrowth = true;
    }), 200);
    // The runs must have made the table grow past the size it was made for.
    expect(reachedGrowth).toBe(true);
  });

  it('a value set under one bookmark is never found under another', () => {
    const map = new BookmarkMap<string>();
    const bookmarks = ['', '\u0000', '\u0000\u0000', 'a', 'a\u0000', '\u00ff'.repeat(6), '\u00ff'.repeat(5), '\u0000'.repeat(6), 'abcdef', 'abcdefg', 'abcde\u0000'];
    for (const bm of bookmarks) map.set(bm, bm);
    expect(map.size).toBe(bookmarks.length);
    for (const bm of bookmarks) expect(map.get(bm)).toBe(bm);
    expect(map.get('b')).toBeUndefined();
    // Deleting takes each kind out of its own table: a long bookmark, a short one, then the same again (gone).
    expect(map.delete('abcdefg')).toBe(true);
    expect(map.get('abcdefg')).toBeUndefined();
    expect(map.delete('abcdefg')).toBe(false);
    expect(map.delete('a')).toBe(true);
    expect(map.get('a')).toBeUndefined();
    expect(map.get('a\u0000')).toBe('a\u0000');
    expect(map.size).toBe(bookmarks.length - 2);
    expect(map.get('abcdefgh')).toBeUndefined();
  });
});

describe('shortBookmark', () => {
  it('gives different short bookmarks different positive numbers below 2^53, and 0 to the rest', () => {
    check(fc.property(byteString(0, 6), byteString(0, 6), (a, b) => {
      const x = shortBookmark(a);
      const y = shortBookmark(b);
      expect(x).toBeGreaterThan(0);
      expect(Number.isSafeInteger(x)).toBe(true);
      expect(x === y).toBe(a === b);
    }), 500);
    const edge = ['', '\u0000', '\u0000'.repeat(6), '\u00ff'.repeat(6), 'a', 'a\u0000', 'a\u0000\u0000'];
    expect(new Set(edge.map(shortBookmark)).size).toBe(edge.length);
    expect(Number.isSafeInteger(shortBookmark('\u00ff'.repeat(6)))).toBe(true);
    expect(shortBookmark('abcdefg')).toBe(0);
    expect(shortBookmark('a\u0100')).toBe(0);
  });
});

describe('NumberMap with keys above 2^32', () => {
  it('tells apart keys that share their low 32 bits, through growth and deletes, as a Map does', () => {
    check(fc.property(fc.array(fc.tuple(fc.nat(40), fc.integer({ min: 1, max: 50 }), fc.boolean()), { maxLength: 300 }), (ops) => {
      const map = new NumberMap<number>();
      const model = new Map<number, number>();
      for (const [high, low, remove] of ops) {
        // Only a few distinct low halves: many keys agree in their low 32 bits.
        const k = high * 2 ** 32 + low;
        if (remove) expect(map.delete(k)).toBe(model.delete(k));
        else {
          map.set(k, high);
          model.set(k, high);
        }
        expect(map.size).toBe(model.size);
      }
      for (const [k, v] of model) expect(map.get(k)).toBe(v);
      expect(map.entries()).toEqual([...model].sort((x, y) => x[0] - y[0]));
    }), 200);
    const big = 2 ** 53 - 1;
    const map = new NumberMap<string>();
    map.set(big, 'max');
    map.set(big - 2 ** 32, 'below');
    expect(map.get(big)).toBe('max');
    expect(map.get(big - 2 ** 32)).toBe('below');
  });
});
