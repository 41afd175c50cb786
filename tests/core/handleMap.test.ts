/**
 * HandleMap (src/engine/handleMap.ts) names every live session and cursor by its handle, and HandleSet
 * (src/engine/handles.ts) keeps a session's cursors and an instance's sessions. Their contract is that of a Map
 * keyed by positive integers: a lookup finds what was set last for a handle until it is deleted, the size counts
 * the live handles, and a HandleSet iterates its items in the order they were added. The model is a plain Map; the
 * runs mix handles that collide in a small table (many within a few slots) and far-apart ones, through growing and
 * shrinking, which is where open addressing with backward-shift deletion can go wrong.
 */
import fc from 'fast-check';
import { HandleMap } from '../../src/engine/handleMap';
import { HandleSet } from '../../src/engine/handles';

const SEED = Number(process.env.HANDLE_MAP_SEED ?? Date.now() % 1_000_000);

type Op = { kind: 'set'; k: number; v: number } | { kind: 'delete'; k: number } | { kind: 'fill'; from: number; n: number } | { kind: 'drain' };

const keyArb = fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0x10000, max: 0x10040 }), fc.integer({ min: 1, max: 2 ** 31 - 1 }));
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('set' as const), k: keyArb, v: fc.integer() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('delete' as const), k: keyArb }) },
  // A run of consecutive handles (as sessions get them), enough to grow the table several times.
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('fill' as const), from: fc.integer({ min: 0x10000, max: 0x20000 }), n: fc.integer({ min: 10, max: 300 }) }) },
  // Delete nearly everything: the table shrinks back.
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drain' as const) }) },
);

describe('HandleMap against a Map', () => {
  test('answers get, has, size, values and entries as a Map would, through collisions, growth and shrinking', () => {
    let grew = 0;
    let shrank = 0;
    const property = fc.property(fc.array(opArb, { minLength: 1, maxLength: 60 }), (ops) => {
      const map = new HandleMap<number>();
      const model = new Map<number, number>();
      let peak = 0;
      for (const op of ops) {
        if (op.kind === 'set') {
          map.set(op.k, op.v);
          model.set(op.k, op.v);
        } else if (op.kind === 'delete') {
          expect(map.delete(op.k)).toBe(model.delete(op.k));
        } else if (op.kind === 'fill') {
          for (let i = 0; i < op.n; i++) {
            map.set(op.from + i, i);
            model.set(op.from + i, i);
          }
        } else {
          for (const k of [...model.keys()].slice(1)) {
            expect(map.delete(k)).toBe(true);
            model.delete(k);
          }
          if (peak > 64) shrank += 1;
        }
        peak = Math.max(peak, model.size);
        expect(map.size).toBe(model.size);
        const missed = [...model].filter(([k, v]) => map.get(k) !== v);
        expect(missed).toEqual([]);
      }
      if (peak > 64) grew += 1;
      for (let k = 1; k <= 40; k++) expect(map.has(k)).toBe(model.has(k));
      expect(map.entries()).toEqual([...model.entries()].sort((a, b) => a[0] - b[0]));
      expect([...map.values()].sort((a, b) => a - b)).toEqual([...model.values()].sort((a, b) => a - b));
    });
    const details = fc.check(property, { numRuns: 200, seed: SEED });
    if (details.failed) throw new Error(`HANDLE_MAP_SEED=${SEED}: ${fc.defaultReportMessage(details)}`);
    // The runs reached tables that grew past 128 slots, and drained ones.
    expect(grew).toBeGreaterThan(0);
    expect(shrank).toBeGreaterThan(0);
  });

  test('a churn of one handle after another keeps finding the long-lived ones', () => {
    const map = new HandleMap<string>();
    map.set(0x10001, 'first');
    // Plain checks inside the loop (an expect per step would cost more than the map): count what goes wrong.
    let wrong = 0;
    for (let k = 0x10002; k < 0x10002 + 100_000; k++) {
      map.set(k, 'churn');
      if (map.get(k) !== 'churn' || map.get(0x10001) !== 'first') wrong += 1;
      if (!map.delete(k) || map.get(k) !== undefined) wrong += 1;
    }
    expect(wrong).toBe(0);
    expect(map.get(0x10001)).toBe('first');
    expect(map.size).toBe(1);
  });

  test('deletes in a full run of slots that wraps around the end of the table', () => {
    // White-box: the slot a key starts at is Fibonacci hashing of the key into the 8-slot table a new map has
    // (top 3 bits of key * 0x9e3779b1). Keys whose runs cross the last slot are where backward shifting has to
    // treat the table as a ring.
    const home = (k: number): number => Math.imul(k, 0x9e3779b1) >>> 29;
    const pick = (slot: number, n: number): number[] => {
      const out: number[] = [];
      for (let k = 0x10000; out.length < n; k++) if (home(k) === slot) out.push(k);
      return out;
    };
    const keys = [...pick(7, 2), ...pick(6, 1), ...pick(0, 1)];
    const orders = (xs: number[]): number[][] => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => orders([...xs.slice(0, i), ...xs.slice(i + 1)]).map((r) => [x, ...r])));
    for (const insert of orders(keys)) {
      for (const remove of orders(keys)) {
        const map = new HandleMap<number>();
        const model = new Map<number, number>();
        for (const k of insert) {
          map.set(k, k);
          model.set(k, k);
        }
        for (const k of remove) {
          expect(map.delete(k)).toBe(true);
          model.delete(k);
          for (const other of keys) expect(map.get(other)).toBe(model.get(other));
        }
        expect(map.size).toBe(0);
      }
    }
  });

  test('keys must be positive handles; anything else is found nowhere and deletes nothing', () => {
    expect(() => new HandleMap<number>().set(0, 1)).toThrow(RangeError);
    expect(() => new HandleMap<number>().set(Number.NaN, 1)).toThrow(RangeError);
    const map = new HandleMap<number>();
    map.set(0x10001, 1).set(0x10002, 2);
    for (const bad of [0, -0, -1, Number.NaN, 0.5, Number.POSITIVE_INFINITY, -0x10001]) {
      expect(map.get(bad)).toBeUndefined();
      expect(map.has(bad)).toBe(false);
      expect(map.delete(bad)).toBe(false);
    }
    expect(map.size).toBe(2);
    expect(map.entries()).toEqual([[0x10001, 1], [0x10002, 2]]);
  });
});

describe('HandleSet', () => {
  test('iterates in the order items were added (handle order), and forgets deleted ones', () => {
    const set = new HandleSet<{ handle: number; name: string }>();
    expect([...set]).toEqual([]);
    const items = [0x10005, 0x10009, 0x10012, 0x10100].map((handle, i) => ({ handle, name: `c${i}` }));
    for (const it of items) set.add(it);
    expect([...set].map((i) => i.name)).toEqual(['c0', 'c1', 'c2', 'c3']);
    expect(set.delete(items[1])).toBe(true);
    expect(set.delete(items[1])).toBe(false);
    // Another object with a live handle is not the member.
    expect(set.has({ handle: 0x10005, name: 'impostor' })).toBe(false);
    expect(set.delete({ handle: 0x10005, name: 'impostor' })).toBe(false);
    expect(set.size).toBe(3);
    expect([...set].map((i) => i.name)).toEqual(['c0', 'c2', 'c3']);
    expect(set.unordered().map((i) => i.name).sort()).toEqual(['c0', 'c2', 'c3']);
  });

  test('one item, then a second: the same answers before and after the set starts a table', () => {
    const set = new HandleSet<{ handle: number; name: string }>();
    const a = { handle: 0x10020, name: 'a' };
    const b = { handle: 0x10010, name: 'b' };
    set.add(a);
    expect(set.size).toBe(1);
    expect(set.unordered()).toEqual([a]);
    expect(set.has(a)).toBe(true);
    expect(set.has(b)).toBe(false);
    expect(set.delete(b)).toBe(false);
    expect([...set]).toEqual([a]);
    expect(set.delete(a)).toBe(true);
    expect(set.size).toBe(0);
    expect([...set]).toEqual([]);
    expect(set.unordered()).toEqual([]);
    set.add(a).add(b);
    expect(set.size).toBe(2);
    // Handle order, whatever the order of adding.
    expect([...set].map((i) => i.name)).toEqual(['b', 'a']);
    const seen: string[] = [];
    set.forEach((i) => seen.push(i.name));
    expect(seen.sort()).toEqual(['a', 'b']);
    expect(set.delete(a)).toBe(true);
    expect(set.has(b)).toBe(true);
    expect([...set]).toEqual([b]);
  });
});
