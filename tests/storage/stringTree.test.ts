/**
 * The string B+ tree under table records, index entries and temp-table rows (src/storage/stringTree.ts), checked
 * against a model that is only a sorted array of [key, value] pairs searched linearly: every lookup and
 * neighbour query must answer what the sorted array says, before and after random inserts, overwrites and
 * deletes, and a clone must never see changes made to the tree it came from (or the reverse). The counts kept in
 * branches are checked through rank() (keys before a probe) and at() (the k-th pair), for every position.
 *
 * Keys are drawn from a small alphabet that includes the extremes the tree's number prefixes must order right:
 * code units 0, 1, 255, 256, 257 and 0xffff, empty keys, keys that are prefixes of others, and keys longer than
 * the six units a prefix holds. Enough operations run to split and merge nodes (a node holds 64 entries).
 *
 * Replay a failure: STRING_TREE_SEED=<seed> (printed on failure) npx jest tests/storage/stringTree.test.ts
 */
import fc from 'fast-check';
import { StringTree } from '../../src/storage/stringTree';

const UNITS = [0, 1, 2, 0x41, 0x7f, 0xff, 0x100, 0x101, 0xffff];
const SEED = process.env.STRING_TREE_SEED === undefined ? Date.now() % 2 ** 31 : Number(process.env.STRING_TREE_SEED);

const keyArb = fc
  .array(fc.oneof(fc.constantFrom(...UNITS), fc.integer({ min: 0x30, max: 0x7a })), { minLength: 0, maxLength: 9 })
  .map((units) => String.fromCharCode(...units));

type Op =
  | { kind: 'set'; key: string; value: number; overwrite: boolean }
  | { kind: 'delete'; key: string }
  | { kind: 'clone' }
  | { kind: 'bulk'; keys: string[] }
  | { kind: 'getThenSet'; key: string; value: number; between: 'nothing' | 'clone' | 'other'; other: string };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('set' as const), key: keyArb, value: fc.integer(), overwrite: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), key: keyArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('clone' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('bulk' as const), keys: fc.array(keyArb, { minLength: 50, maxLength: 300 }) }) },
  // A lookup, then an insert of the same key (a record insert checks first): with nothing, a clone or another
  // change in between, the insert must not trust where the lookup ended.
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('getThenSet' as const), key: keyArb, value: fc.integer(),
      between: fc.constantFrom('nothing' as const, 'clone' as const, 'other' as const), other: keyArb,
    }),
  },
);

/** A seeded random number source (xorshift): rand(n) is in 0 .. n - 1, the same sequence for the same seed. */
function xorshift(seed: number): (n: number) => number {
  let x = seed;
  return (n) => {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    return (x >>> 0) % n;
  };
}

/** A copy of `items` in a seeded random order (Fisher-Yates), so a failure repeats. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const rand = xorshift(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rand(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The model: pairs sorted by key, compared as JavaScript compares strings (by code unit). */
class Model {
  pairs: Array<[string, number]> = [];
  find(key: string): number {
    return this.pairs.findIndex(([k]) => k === key);
  }
  set(key: string, value: number, overwrite: boolean): boolean {
    const at = this.find(key);
    if (at >= 0) {
      if (overwrite) this.pairs[at] = [key, value];
      return false;
    }
    this.pairs.push([key, value]);
    this.pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return true;
  }
  delete(key: string): boolean {
    const at = this.find(key);
    if (at < 0) return false;
    this.pairs.splice(at, 1);
    return true;
  }
  copy(): Model {
    const m = new Model();
    m.pairs = this.pairs.slice();
    return m;
  }
}

/** Every query of the tree against the model, for the probe keys. */
function agree(tree: StringTree<number>, model: Model, probes: readonly string[]): void {
  expect(tree.size).toBe(model.pairs.length);
  const seen: Array<[string, number]> = [];
  tree.forEach((v, k) => seen.push([k, v]));
  expect(seen).toEqual(model.pairs);
  expect(tree.minKey()).toBe(model.pairs[0]?.[0]);
  expect(tree.maxKey()).toBe(model.pairs[model.pairs.length - 1]?.[0]);
  expect(tree.firstPair()).toEqual(model.pairs[0]);
  expect(tree.lastPair()).toEqual(model.pairs[model.pairs.length - 1]);
  for (const key of probes) {
    const at = model.find(key);
    expect(tree.get(key)).toBe(at >= 0 ? model.pairs[at][1] : undefined);
    expect(tree.has(key)).toBe(at >= 0);
    expect(tree.getPairOrNextHigher(key)).toEqual(model.pairs.find(([k]) => k >= key));
    expect(tree.nextHigherPair(key)).toEqual(model.pairs.find(([k]) => k > key));
    expect(tree.getPairOrNextLower(key)).toEqual([...model.pairs].reverse().find(([k]) => k <= key));
    expect(tree.nextLowerPair(key)).toEqual([...model.pairs].reverse().find(([k]) => k < key));
    // rank: how many keys sort before the probe (the model counts them one by one).
    expect(tree.rank(key)).toBe(model.pairs.filter(([k]) => k < key).length);
  }
  // at(k): the k-th pair in key order, for every position, and nothing outside 0 .. size - 1.
  model.pairs.forEach((pair, k) => expect(tree.at(k)).toEqual(pair));
  expect(tree.at(-1)).toBeUndefined();
  expect(tree.at(model.pairs.length)).toBeUndefined();
  expect(tree.at(Number.NaN)).toBeUndefined();
  // at() leaves the tree's hint where it landed: the next step from there is the model's next pair.
  if (model.pairs.length > 1) {
    const mid = model.pairs.length >> 1;
    tree.at(mid);
    expect(tree.nextHigherPair(model.pairs[mid][0])).toEqual(model.pairs[mid + 1]);
  }
}

describe('StringTree against a sorted-array model', () => {
  it('answers every lookup and neighbour query as the model does, through splits, merges and clones', () => {
    let largest = 0;
    const property = fc.property(fc.array(opArb, { minLength: 1, maxLength: 40 }), fc.array(keyArb, { maxLength: 12 }), (ops, extra) => {
      let tree = new StringTree<number>();
      const model = new Model();
      const frozen: Array<{ tree: StringTree<number>; model: Model }> = [];
      const probes = new Set<string>(extra);
      for (const op of ops) {
        if (op.kind === 'set') {
          probes.add(op.key);
          expect(tree.set(op.key, op.value, op.overwrite)).toBe(model.set(op.key, op.value, op.overwrite));
        } else if (op.kind === 'delete') {
          probes.add(op.key);
          expect(tree.delete(op.key)).toBe(model.delete(op.key));
        } else if (op.kind === 'getThenSet') {
          probes.add(op.key);
          probes.add(op.other);
          const at = model.find(op.key);
          expect(tree.get(op.key)).toBe(at >= 0 ? model.pairs[at][1] : undefined);
          if (op.between === 'clone') frozen.push({ tree: tree.clone(), model: model.copy() });
          if (op.between === 'other') expect(tree.set(op.other, -op.value, true)).toBe(model.set(op.other, -op.value, true));
          expect(tree.set(op.key, op.value, true)).toBe(model.set(op.key, op.value, true));
        } else if (op.kind === 'bulk') {
          // The drawn keys, each also with a distinct counter after it, so a bulk alone splits nodes.
          const keys = op.keys.flatMap((k, i) => [k, k + String(i).padStart(3, '0')]);
          keys.forEach((k, i) => {
            // Every other key is looked up first, as a record insert does, so inserts land where a lookup ended.
            if (i % 2 === 1) expect(tree.get(k) === undefined).toBe(model.find(k) < 0);
            expect(tree.setIfNotPresent(k, i)).toBe(model.set(k, i, false));
          });
          // The peak, before the deletes below: what the tree held when its nodes split.
          largest = Math.max(largest, model.pairs.length);
          // Then delete most of them again, so nodes empty out and merge.
          keys.forEach((k, i) => {
            if (i % 4 !== 0) expect(tree.delete(k)).toBe(model.delete(k));
          });
        } else {
          // Keep the current state aside; go on changing one side of the clone, alternately the original.
          const copy = tree.clone();
          frozen.push(frozen.length % 2 === 0 ? { tree: copy, model: model.copy() } : { tree, model: model.copy() });
          if (frozen.length % 2 === 0) tree = copy;
        }
        largest = Math.max(largest, model.pairs.length);
      }
      agree(tree, model, [...probes]);
      for (const f of frozen) agree(f.tree, f.model, [...probes]);
    });
    const details = fc.check(property, { numRuns: 80, seed: SEED });
    if (details.failed) throw new Error(`STRING_TREE_SEED=${SEED}: ${fc.defaultReportMessage(details)}`);
    // The runs reached trees big enough to have split nodes (more than one 64-entry node).
    if (largest <= 64) throw new Error(`STRING_TREE_SEED=${SEED}: the runs held at most ${largest} entries, no node split`);
    expect(largest).toBeGreaterThan(64);
  });

  it('orders keys the tree cannot tell apart by their first six code units by the rest of the string', () => {
    const tree = new StringTree<number>();
    const base = 'abcdef';
    const keys = [base + '\u0000', base, base + 'z', base + '\u0100', base + '\u0101', base + 'a\u0000', base + '\uffff'];
    keys.forEach((k, i) => tree.set(k, i));
    const order: string[] = [];
    tree.forEach((_, k) => order.push(k));
    expect(order).toEqual([...keys].sort());
    // Code units above 256 share one prefix value: still ordered by the strings.
    const high = new StringTree<number>();
    for (const k of ['\u0200', '\u0101', '\uffff', '\u0100\u0000', '\u0100', '\u0102']) high.set(k, 0);
    const seen: string[] = [];
    high.forEach((_, k) => seen.push(k));
    expect(seen).toEqual(['\u0100', '\u0100\u0000', '\u0101', '\u0102', '\u0200', '\uffff']);
  });

  it('three levels deep, the counts under each branch stay exact through inserts after a lookup, clones and deletes', () => {
    const keys = shuffled(Array.from({ length: 12_000 }, (_, i) => `r${String(i * 3).padStart(6, '0')}`), 0x2545f491);
    const tree = new StringTree<number>();
    // The first half in, every other key looked up first (the insert then lands where the lookup ended).
    keys.slice(0, 6_000).forEach((k, i) => {
      if (i % 2 === 0) expect(tree.get(k)).toBeUndefined();
      tree.set(k, i);
    });
    const half = tree.clone();
    // The second half into the tree, whose nodes the clone now shares (each first change copies a leaf), half of
    // them after a lookup too; then a quarter of all keys out again.
    keys.slice(6_000).forEach((k, i) => {
      if (i % 2 === 0) expect(tree.get(k)).toBeUndefined();
      tree.set(k, i);
    });
    const gone = new Set(keys.filter((_, i) => i % 4 === 1));
    for (const k of gone) expect(tree.delete(k)).toBe(true);
    const check = (t: StringTree<number>, held: string[]) => {
      const sorted = [...held].sort();
      expect(t.size).toBe(sorted.length);
      // Every key held: its rank is its index in key order, and at() of that index gives it back.
      sorted.forEach((k, i) => {
        expect(t.rank(k)).toBe(i);
        expect(t.at(i)?.[0]).toBe(k);
      });
      // Keys not held, between and beyond the held ones: the count of held keys before them.
      for (const probe of ['', 'r', 'r0000001', 'r0180000', 's', 'r0035999']) {
        expect(t.rank(probe)).toBe(sorted.filter((k) => k < probe).length);
      }
    };
    check(tree, keys.filter((k) => !gone.has(k)));
    check(half, keys.slice(0, 6_000));
  });

  it('splits nodes at 64 entries: 12,000 keys make three levels, in any insert order, copied on write or not', () => {
    // A node holds at most 64 entries and a split leaves two of at least 32, so 12,000 entries need three levels
    // (64 x 64 = 4,096 is too few) and fit in three (a root of at most 64 children of at least 32 entries' nodes).
    const keys = Array.from({ length: 12_000 }, (_, i) => `h${String(i).padStart(6, '0')}`);
    const ascending = new StringTree<number>();
    keys.forEach((k, i) => ascending.set(k, i));
    expect(ascending.height).toBe(3);
    const scrambled = new StringTree<number>();
    keys.forEach((_, i) => scrambled.set(keys[(i * 7_919) % keys.length], i));
    expect(scrambled.height).toBe(3);
    // Built while a clone shares its nodes (each first change copies a leaf): the same shape rules.
    const shared = new StringTree<number>();
    // 1,500 entries: more than one node holds, and at most 47 leaves of at least 32, under one root.
    keys.slice(0, 1_500).forEach((k, i) => shared.set(k, i));
    expect(shared.height).toBe(2);
    const frozen = shared.clone();
    keys.slice(1_500).forEach((_, i) => shared.set(keys[1_500 + ((i * 7_919) % 10_500)], i));
    expect(shared.size).toBe(12_000);
    expect(shared.height).toBe(3);
    expect(frozen.height).toBe(2);
    expect(frozen.size).toBe(1_500);
  });

  it('a key set again in a leaf shared with a clone: the count, the value kept or replaced, and the clone untouched', () => {
    const keys = Array.from({ length: 2_000 }, (_, i) => `s${String(i * 2).padStart(5, '0')}`);
    const tree = new StringTree<number>();
    keys.forEach((k, i) => tree.set(k, i));
    const frozen = tree.clone();
    // Into leaves the clone shares: an existing key kept (setIfNotPresent), another replaced, then a new key next to
    // the replaced one (now in a leaf of the tree's own, changed in place).
    expect(tree.setIfNotPresent(keys[500], -1)).toBe(false);
    expect(tree.get(keys[500])).toBe(500);
    expect(tree.set(keys[1_200], -2)).toBe(false);
    expect(tree.get(keys[1_200])).toBe(-2);
    const between = `s${String(1_200 * 2 + 1).padStart(5, '0')}`;
    expect(tree.set(between, -3)).toBe(true);
    // Counts: nothing added by the first two, one by the third.
    expect(tree.size).toBe(2_001);
    expect(tree.rank('t')).toBe(2_001);
    expect(tree.rank(between)).toBe(1_201);
    expect(tree.at(1_201)).toEqual([between, -3]);
    expect(tree.at(1_202)).toEqual([keys[1_201], 1_201]);
    // The clone: as it was, keys and values.
    expect(frozen.size).toBe(2_000);
    expect(frozen.has(between)).toBe(false);
    expect(frozen.get(keys[1_200])).toBe(1_200);
    const seen: string[] = [];
    frozen.forEach((_, k) => seen.push(k));
    expect(seen).toEqual(keys);
    expect(frozen.rank('t')).toBe(2_000);
  });

  it('a step after a clone, a copied leaf and an insert where a lookup ended goes by the tree as it is now', () => {
    // Each change moves the tree's change count on, so a step hint taken before the leaf was copied never counts
    // again, however the changes after it were made (a full insert, then one where a lookup ended).
    const tree = new StringTree<number>();
    for (let i = 0; i < 100; i += 2) tree.set(`a${String(i).padStart(3, '0')}`, i);
    expect(tree.getPairOrNextHigher('a010')).toEqual(['a010', 10]);
    const frozen = tree.clone();
    expect(tree.set('a011', 11)).toBe(true);
    expect(tree.get('a013')).toBeUndefined();
    expect(tree.set('a013', 13)).toBe(true);
    expect(tree.nextHigherPair('a010')).toEqual(['a011', 11]);
    expect(tree.nextHigherPair('a011')).toEqual(['a012', 12]);
    expect(tree.nextHigherPair('a012')).toEqual(['a013', 13]);
    expect(frozen.nextHigherPair('a010')).toEqual(['a012', 12]);
  });

  it('three levels deep: 12,000 keys in, 95% out in random order (branch nodes merge, the root shrinks), every answer right', () => {
    const rand = xorshift(0x9e3779b9);
    const keys = Array.from({ length: 12_000 }, (_, i) => `k${String(i * 7).padStart(6, '0')}`);
    const order = shuffled(keys, 0x9e3779b9);
    const tree = new StringTree<number>();
    order.forEach((k) => tree.set(k, k.length));
    const before = tree.clone();
    const gone = new Set(order.slice(0, 11_400));
    for (const k of order.slice(0, 11_400)) expect(tree.delete(k)).toBe(true);
    const left = keys.filter((k) => !gone.has(k));
    const seen: string[] = [];
    tree.forEach((_, k) => seen.push(k));
    expect(seen).toEqual(left);
    expect(tree.size).toBe(600);
    const all = new Set(keys);
    const firstAtOrAfter = (probe: string): number => {
      let lo = 0;
      let hi = left.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (left[mid] < probe) lo = mid + 1;
        else hi = mid;
      }
      return lo === left.length ? -1 : lo;
    };
    for (let i = 0; i < 600; i++) {
      const probe = `k${String(rand(84_000)).padStart(6, '0')}`;
      const at = firstAtOrAfter(probe);
      expect(tree.getPairOrNextHigher(probe)?.[0]).toBe(at < 0 ? undefined : left[at]);
      const below = at < 0 ? left[left.length - 1] : left[at] === probe ? probe : left[at - 1];
      expect(tree.getPairOrNextLower(probe)?.[0]).toBe(below);
      expect(tree.has(probe)).toBe(!gone.has(probe) && all.has(probe));
    }
    // The counts under the branches that merged: every key left is at its index in key order, and every key is
    // before a probe past the last one.
    left.forEach((k, i) => {
      expect(tree.rank(k)).toBe(i);
      expect(tree.at(i)?.[0]).toBe(k);
    });
    expect(tree.rank('z')).toBe(600);
    // The clone taken before the deletes still has all 12,000.
    expect(before.size).toBe(12_000);
    let n = 0;
    before.forEach(() => { n += 1; });
    expect(n).toBe(12_000);
    expect(before.get(order[0])).toBe(7);
  });

  it('a clone shares nothing visible: 10^4 changes on each side leave the other as it was', () => {
    const a = new StringTree<number>();
    for (let i = 0; i < 10_000; i++) a.set(`k${String(i).padStart(5, '0')}`, i);
    const b = a.clone();
    for (let i = 0; i < 10_000; i += 2) b.delete(`k${String(i).padStart(5, '0')}`);
    for (let i = 0; i < 10_000; i += 3) a.set(`k${String(i).padStart(5, '0')}`, -i);
    expect(a.size).toBe(10_000);
    expect(b.size).toBe(5_000);
    expect(a.get('k00002')).toBe(2);
    expect(a.get('k00003')).toBe(-3);
    expect(b.get('k00002')).toBeUndefined();
    expect(b.get('k00003')).toBe(3);
    expect(b.get('k00001')).toBe(1);
  });
});

describe('StringTree walks (a cursor asking for the entry after, or before, the one it was given)', () => {
  /**
   * Several cursors walk the tree a step at a time while it changes between their steps, and clones are taken
   * and changed: every step must answer what the model says at that moment. (The tree remembers where its last
   * search ended so that the next step of a scan costs one comparison; a change, a clone, a deleted current key or
   * another cursor's walk in between must never make it answer from a stale place.)
   */
  type WalkOp =
    | { kind: 'step'; cursor: number; forward: boolean; count: number }
    | { kind: 'seek'; cursor: number; key: string }
    | { kind: 'set'; key: string; value: number }
    | { kind: 'delete'; key: string }
    | { kind: 'deleteCurrent'; cursor: number }
    | { kind: 'clone'; keepOld: boolean };

  const walkArb: fc.Arbitrary<WalkOp> = fc.oneof(
    { weight: 8, arbitrary: fc.record({ kind: fc.constant('step' as const), cursor: fc.nat(2), forward: fc.boolean(), count: fc.integer({ min: 1, max: 80 }) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('seek' as const), cursor: fc.nat(2), key: keyArb }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('set' as const), key: keyArb, value: fc.integer() }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), key: keyArb }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteCurrent' as const), cursor: fc.nat(2) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('clone' as const), keepOld: fc.boolean() }) },
  );

  it('every step of every cursor answers as the model does, whatever changed between the steps', () => {
    let steps = 0;
    const property = fc.property(fc.array(keyArb, { minLength: 100, maxLength: 400 }), fc.array(walkArb, { minLength: 1, maxLength: 60 }), (initial, ops) => {
      let tree = new StringTree<number>();
      let model = new Model();
      initial.forEach((k, i) => {
        tree.set(k, i);
        model.set(k, i, true);
      });
      // Each cursor is on a key (or nowhere yet: undefined).
      const at: Array<string | undefined> = [undefined, undefined, undefined];
      for (const op of ops) {
        if (op.kind === 'seek') {
          const want = model.pairs.find(([k]) => k >= op.key);
          expect(tree.getPairOrNextHigher(op.key)).toEqual(want);
          at[op.cursor] = want?.[0];
        } else if (op.kind === 'step') {
          for (let n = 0; n < op.count; n++) {
            const from = at[op.cursor] ?? (op.forward ? tree.minKey() : tree.maxKey());
            if (from === undefined) break;
            const want = op.forward ? model.pairs.find(([k]) => k > from) : [...model.pairs].reverse().find(([k]) => k < from);
            expect(op.forward ? tree.nextHigherPair(from) : tree.nextLowerPair(from)).toEqual(want);
            steps += 1;
            if (want === undefined) break;
            at[op.cursor] = want[0];
          }
        } else if (op.kind === 'set') {
          expect(tree.set(op.key, op.value)).toBe(model.set(op.key, op.value, true));
        } else if (op.kind === 'delete') {
          expect(tree.delete(op.key)).toBe(model.delete(op.key));
        } else if (op.kind === 'deleteCurrent') {
          // The cursor keeps its (now missing) key: its next step must go on from there.
          const key = at[op.cursor];
          if (key !== undefined) expect(tree.delete(key)).toBe(model.delete(key));
        } else {
          // Walk on in the clone (its own changes copy the shared nodes) or in the original.
          const copy = tree.clone();
          if (!op.keepOld) {
            tree = copy;
            model = model.copy();
          }
        }
      }
    });
    const details = fc.check(property, { numRuns: 60, seed: SEED });
    if (details.failed) throw new Error(`STRING_TREE_SEED=${SEED}: ${fc.defaultReportMessage(details)}`);
    expect(steps).toBeGreaterThan(1000);
  });

  it('after a clone, the next step sees a key added or removed right after the current one (the change copied the leaf)', () => {
    for (const change of ['add', 'remove'] as const) {
      const tree = new StringTree<number>();
      for (const k of ['a', 'c', 'e']) tree.set(k, 0);
      expect(tree.minKey()).toBe('a');
      const copy = tree.clone();
      if (change === 'add') tree.set('b', 1);
      else tree.delete('c');
      expect(tree.nextHigherPair('a')?.[0]).toBe(change === 'add' ? 'b' : 'e');
      expect(copy.nextHigherPair('a')?.[0]).toBe('c');
      // Backwards from the last key, after the same kind of change.
      const back = new StringTree<number>();
      for (const k of ['a', 'c', 'e']) back.set(k, 0);
      expect(back.getPairOrNextHigher('e')?.[0]).toBe('e');
      const before = back.clone();
      if (change === 'add') back.set('d', 1);
      else back.delete('c');
      expect(back.nextLowerPair('e')?.[0]).toBe(change === 'add' ? 'd' : 'a');
      expect(before.nextLowerPair('e')?.[0]).toBe('c');
    }
  });

  it('a full scan forward and back over 5,000 keys, with the tree cloned and changed in the middle, sees each key once in order', () => {
    const keys = Array.from({ length: 5_000 }, (_, i) => `r${String(i * 3).padStart(6, '0')}`);
    const tree = new StringTree<number>();
    [...keys].reverse().forEach((k, i) => tree.set(k, i));
    const seen: string[] = [];
    let cur = tree.minKey();
    while (cur !== undefined) {
      seen.push(cur);
      if (seen.length === 2_500) {
        // A clone changed under the walk must not disturb it; a change to the tree itself must show.
        const other = tree.clone();
        other.delete(keys[2_600]);
        other.set(`${keys[2_700]}x`, 0);
        tree.set(`${keys[2_800]}y`, 0);
      }
      cur = tree.nextHigherPair(cur)?.[0];
    }
    const expected = [...keys.slice(0, 2_801), `${keys[2_800]}y`, ...keys.slice(2_801)];
    expect(seen).toEqual(expected);
    const back: string[] = [];
    let prev = tree.maxKey();
    while (prev !== undefined) {
      back.push(prev);
      prev = tree.nextLowerPair(prev)?.[0];
    }
    expect(back).toEqual([...expected].reverse());
  });
});
