/**
 * Session procids (src/engine/handles.ts SmallestFreeAllocator): the engine hands a new session the smallest
 * positive procid no live session holds, so a procid freed by JetEndSession is the next one given (ese-semantics.md;
 * the engine's PIB allocation reuses the lowest free slot). The model is the rule itself: the smallest positive
 * integer not in the set of ids in use. Replayable with SMALLEST_FREE_SEED.
 */
import fc from 'fast-check';
import { SmallestFreeAllocator } from '../../src/engine/handles';

const SEED = Number(process.env.SMALLEST_FREE_SEED ?? Date.now() % 1_000_000);

type Op = { kind: 'take'; n: number } | { kind: 'give'; pick: number };

// Takes come in bursts, so that many ids are in use and many are given back out of order: a heap of a few levels.
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('take' as const), n: fc.integer({ min: 1, max: 12 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('give' as const), pick: fc.nat() }) },
);

function smallestFree(inUse: ReadonlySet<number>): number {
  let n = 1;
  while (inUse.has(n)) n += 1;
  return n;
}

describe('SmallestFreeAllocator against the rule', () => {
  test('take() is always the smallest positive id not in use, whatever order ids are given back in', () => {
    let deepGives = 0;
    const property = fc.property(fc.array(opArb, { minLength: 1, maxLength: 120 }), (ops) => {
      const alloc = new SmallestFreeAllocator();
      const inUse = new Set<number>();
      for (const op of ops) {
        if (op.kind === 'take') {
          for (let k = 0; k < op.n; k++) {
            const expected = smallestFree(inUse);
            expect(alloc.take()).toBe(expected);
            inUse.add(expected);
          }
        } else if (inUse.size > 0) {
          const ids = [...inUse];
          const id = ids[op.pick % ids.length];
          // A give below the highest id in use goes into the heap of freed ids (the case the heap order matters in).
          if (id < Math.max(...ids)) deepGives += 1;
          alloc.give(id);
          inUse.delete(id);
        }
      }
    });
    const details = fc.check(property, { numRuns: 300, seed: SEED });
    if (details.failed) throw new Error(`SMALLEST_FREE_SEED=${SEED}: ${fc.defaultReportMessage(details)}`);
    // Every run reaches the heap: ids given back out of order, then taken again.
    expect(deepGives).toBeGreaterThan(200);
  });

  test('ids given back in any order come back smallest first, then the counter goes on', () => {
    const alloc = new SmallestFreeAllocator();
    for (let i = 1; i <= 10; i++) expect(alloc.take()).toBe(i);
    for (const id of [7, 2, 9, 4, 3, 8]) alloc.give(id);
    expect([alloc.take(), alloc.take(), alloc.take(), alloc.take(), alloc.take(), alloc.take()]).toEqual([2, 3, 4, 7, 8, 9]);
    expect(alloc.take()).toBe(11);
    // Giving back the highest id lowers the counter: it is given next.
    alloc.give(11);
    expect(alloc.take()).toBe(11);
  });
});
