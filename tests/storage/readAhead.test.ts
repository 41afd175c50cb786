/**
 * Read-ahead on a walk (StringTree's ReadAhead, PackedRecord.readAhead): the contract is that a walk entry by entry
 * (nextHigherPair / nextLowerPair from the entry it was last given) announces, each time it steps into another
 * leaf, the entries of that leaf it is about to read in order, before it reads them; that searches which are not
 * such a step announce nothing; and that the look changes nothing. The leaves' sizes are the tree's own business,
 * so the tests check what is announced against what the walk then returns, not against a leaf size.
 */
import { stringTree } from '../../src/storage/stringTree';
import type { ReadAhead } from '../../src/storage/stringTree';
import { PackedRecord } from '../../src/storage/packedRecord';
import { TableImage } from '../../src/storage/tableImage';

const N = 1000;
const key = (i: number): string => `k${String(i).padStart(5, '0')}`;

interface Announced { values: number[] }

function recordingTree(): { tree: ReturnType<typeof stringTree<number>>; calls: Announced[] } {
  const calls: Announced[] = [];
  const spy: ReadAhead<number> = (vals, from, to) => {
    calls.push({ values: vals.slice(from, to) });
  };
  const tree = stringTree<number>(spy);
  // Inserted in a shuffled order, so leaves split all over the tree.
  const order = Array.from({ length: N }, (_, i) => (i * 389) % N);
  for (const i of order) tree.set(key(i), i);
  return { tree, calls };
}

/**
 * Walk with `next` from `start`, checking at every step that an announcement made by that step lists the value the
 * step returned, then the values the following steps return, in that order. Returns the values read.
 */
function walk(tree: ReturnType<typeof stringTree<number>>, calls: Announced[], start: [string, number], next: (k: string) => [string, number] | undefined): { read: number[]; announcedSteps: number } {
  const read = [start[1]];
  let pending: number[] = [];
  let announcedSteps = 0;
  let at: [string, number] | undefined = start;
  for (;;) {
    const before = calls.length;
    at = next(at[0]);
    if (at === undefined) break;
    if (calls.length > before) {
      // A new leaf: whatever the last leaf announced must have been read up to its end already.
      expect(pending).toEqual([]);
      expect(calls.length).toBe(before + 1);
      pending = [...calls[before].values];
      announcedSteps += 1;
    }
    if (pending.length > 0) expect(pending.shift()).toBe(at[1]);
    read.push(at[1]);
  }
  expect(pending).toEqual([]);
  return { read, announcedSteps };
}

describe('StringTree read-ahead', () => {
  it('a forward walk announces each next leaf, and the values announced are the ones it then reads, in order', () => {
    const { tree, calls } = recordingTree();
    const first = tree.firstPair() as [string, number];
    expect(calls).toHaveLength(0); // landing on the first entry is a search, not a step
    const { read, announcedSteps } = walk(tree, calls, first, (k) => tree.nextHigherPair(k));
    expect(read).toEqual(Array.from({ length: N }, (_, i) => i));
    // Leaves hold at most a few dozen entries: a walk over 1000 must have stepped into many of them.
    expect(announcedSteps).toBeGreaterThan(N / 100);
    // Everything after the first leaf was announced, exactly once.
    const announced = calls.flatMap((c) => c.values);
    expect(announced).toEqual(read.slice(N - announced.length));
  });

  it('a backward walk announces the leaf it steps back into, from its start to where it lands (read back to front)', () => {
    const { tree, calls } = recordingTree();
    const last = tree.lastPair() as [string, number];
    expect(calls).toHaveLength(0);
    const announcedInOrder: number[][] = [];
    const read: number[] = [last[1]];
    let at: [string, number] | undefined = last;
    for (;;) {
      const before = calls.length;
      at = tree.nextLowerPair(at[0]);
      if (at === undefined) break;
      if (calls.length > before) announcedInOrder.push(calls[before].values);
      read.push(at[1]);
    }
    expect(read).toEqual(Array.from({ length: N }, (_, i) => N - 1 - i));
    // The step back from the first entry finds nothing and announces nothing.
    expect(calls).toHaveLength(announcedInOrder.length);
    expect(announcedInOrder.length).toBeGreaterThan(N / 100);
    // Each announcement, read back to front, is the run of values the walk reads next.
    const announced = announcedInOrder.flatMap((values) => [...values].reverse());
    expect(announced).toEqual(read.slice(N - announced.length));
  });

  it('searches, gets and a step from an entry other than the last one given announce nothing', () => {
    const { tree, calls } = recordingTree();
    for (let i = 0; i < N; i += 37) {
      expect(tree.get(key(i))).toBe(i);
      expect(tree.getPairOrNextHigher(key(i))?.[1]).toBe(i);
      expect(tree.getPairOrNextLower(key(i))?.[1]).toBe(i);
    }
    // nextHigherPair from a key the tree was not just positioned on is a search from the root.
    expect(tree.nextHigherPair(key(10))?.[1]).toBe(11);
    expect(tree.nextHigherPair(key(500))?.[1]).toBe(501);
    expect(tree.nextLowerPair(key(900))?.[1]).toBe(899);
    expect(calls).toHaveLength(0);
  });

  it('a walk that starts from a seek in the middle announces from the next leaf on, up to the end', () => {
    const { tree, calls } = recordingTree();
    const start = tree.getPairOrNextHigher(key(400)) as [string, number];
    expect(start[1]).toBe(400);
    const { read } = walk(tree, calls, start, (k) => tree.nextHigherPair(k));
    expect(read).toEqual(Array.from({ length: N - 400 }, (_, i) => 400 + i));
    expect(calls.length).toBeGreaterThan(0);
  });

  it('a clone reads ahead as its tree does, and a change between two steps makes the next step a search', () => {
    const { tree, calls } = recordingTree();
    const copy = tree.clone();
    const first = copy.firstPair() as [string, number];
    const { read } = walk(copy, calls, first, (k) => copy.nextHigherPair(k));
    expect(read).toHaveLength(N);
    expect(calls.length).toBeGreaterThan(0);
    // After a change the hint is stale: the step is a search from the root, not a step off a leaf.
    calls.length = 0;
    const a = tree.firstPair() as [string, number];
    tree.set('k99999', N);
    expect(tree.nextHigherPair(a[0])?.[1]).toBe(1);
    expect(calls).toHaveLength(0);
  });
});

describe('PackedRecord.readAhead', () => {
  it('looks at records, skips anything else, and leaves every record as it was', () => {
    const a = PackedRecord.pack(new Map([[1, [Uint8Array.of(1, 2, 3)]], [2, [Uint8Array.of(9)]]]));
    const b = PackedRecord.pack(new Map([[7, [Uint8Array.of(4), Uint8Array.of(5, 6)]]]));
    const other = new Map([[3, [Uint8Array.of(8)]]]);
    const list: unknown[] = [a, other, b, undefined, null, 42];
    expect(() => PackedRecord.readAhead(list, 0, list.length)).not.toThrow();
    expect(() => PackedRecord.readAhead(list, 2, 1)).not.toThrow(); // an empty range
    expect([...a]).toEqual([[1, [Uint8Array.of(1, 2, 3)]], [2, [Uint8Array.of(9)]]]);
    expect([...b]).toEqual([[7, [Uint8Array.of(4), Uint8Array.of(5, 6)]]]);
    expect(list).toEqual([a, other, b, undefined, null, 42]);
  });

  it('a walk over a table image\'s record and index trees (which read ahead) reads every record once', () => {
    const image = new TableImage();
    const recs = Array.from({ length: 300 }, (_, i) => PackedRecord.pack(new Map([[1, [Uint8Array.of(i & 0xff, i >> 8)]]])));
    recs.forEach((r, i) => image.put(key(i), r));
    const index = image.index(5, (v) => [String.fromCharCode(0x41 + ((v.get(1)?.[0][0] ?? 0) % 7))]);
    for (const t of [image.records, index, image.clone().records]) {
      const seen: unknown[] = [];
      let at = t.firstPair();
      while (at !== undefined) {
        seen.push(at[1]);
        at = t.nextHigherPair(at[0]);
      }
      expect(seen).toHaveLength(300);
      expect(new Set(seen)).toEqual(new Set(recs));
    }
  });
});
