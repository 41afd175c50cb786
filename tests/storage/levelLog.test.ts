/**
 * LevelLog (src/storage/levelLog.ts) against a plain array, the list it stands for: push, mark (the length to
 * come back to) and cut (back to a mark) in any order, marks taken at nested levels and cut newest first, as
 * transaction levels are rolled back. Each run prints its seed (fast-check) so that a failure can be replayed.
 */
import fc from 'fast-check';
import { LevelLog } from '../../src/storage/levelLog';

type Cmd = { kind: 'push'; value: number } | { kind: 'mark' } | { kind: 'cut' } | { kind: 'commit' };

describe('LevelLog', () => {
  it('holds what an array truncated to its marks holds, whatever the order of pushes, marks, cuts and merges', () => {
    const cmd = fc.oneof(
      { arbitrary: fc.integer().map((value): Cmd => ({ kind: 'push', value })), weight: 5 },
      { arbitrary: fc.constant<Cmd>({ kind: 'mark' }), weight: 2 },
      { arbitrary: fc.constant<Cmd>({ kind: 'cut' }), weight: 1 },
      { arbitrary: fc.constant<Cmd>({ kind: 'commit' }), weight: 1 },
    );
    let cuts = 0;
    const seed = Date.now() ^ (Math.random() * 0x7fffffff);
    process.stdout.write(`LevelLog model: seed ${seed}\n`);
    // Chunks of 1-4 entries here (4,096 in use), so that full chunks, marks and cuts meet in every run.
    fc.assert(fc.property(fc.integer({ min: 1, max: 4 }), fc.array(cmd, { maxLength: 60 }), (chunkMost, cmds) => {
      const log = new LevelLog<number>(chunkMost);
      const model: number[] = [];
      // Open levels: each the log's mark and the model's length when it began.
      const levels: Array<{ mark: number; length: number }> = [];
      for (const c of cmds) {
        if (c.kind === 'push') {
          log.push(c.value);
          model.push(c.value);
        } else if (c.kind === 'mark') {
          levels.push({ mark: log.mark(), length: model.length });
        } else {
          const top = levels.pop();
          if (top === undefined) continue;
          // A cut rolls the newest level back; a commit merges it into the one below (its mark is forgotten).
          if (c.kind === 'cut') {
            log.cut(top.mark);
            model.length = top.length;
            cuts += 1;
          }
        }
        expect(log.length).toBe(model.length);
      }
      const seen: number[] = [];
      log.forEach((v) => seen.push(v));
      expect(seen).toEqual(model);
      const firstTwo: number[] = [];
      expect(log.some((v) => firstTwo.push(v) >= 2)).toBe(model.length >= 2);
      expect(firstTwo).toEqual(model.slice(0, 2));
    }), { seed, numRuns: 400 });
    // The generator reaches the interesting case: cuts happen in every run of this size.
    expect(cuts).toBeGreaterThan(0);
  });

  it('a log of 10^4 entries (three chunks) cut back to a mark taken inside its second chunk', () => {
    const log = new LevelLog<number>();
    for (let i = 0; i < 5000; i++) log.push(i);
    const m = log.mark();
    for (let i = 5000; i < 10000; i++) log.push(i);
    expect(log.length).toBe(10000);
    log.cut(m);
    expect(log.length).toBe(5000);
    let sum = 0;
    let count = 0;
    log.forEach((v) => {
      sum += v;
      count += 1;
    });
    expect([count, sum]).toEqual([5000, (4999 * 5000) / 2]);
  });

  it('cuts back to the start, and takes pushes again after a cut', () => {
    const log = new LevelLog<string>();
    const m0 = log.mark();
    log.push('a');
    const m1 = log.mark();
    log.push('b');
    log.push('c');
    log.cut(m1);
    expect(log.length).toBe(1);
    log.push('d');
    const seen: string[] = [];
    log.forEach((v) => seen.push(v));
    expect(seen).toEqual(['a', 'd']);
    log.cut(m0);
    expect(log.length).toBe(0);
    log.push('e');
    expect(log.length).toBe(1);
  });

  it('a cut back to a mark inside what an earlier cut removed removes nothing more', () => {
    // cut(m) removes what was pushed after m; after cut(m1), nothing pushed after the later m2 is left.
    for (const chunkMost of [1, 2, 4096]) {
      const log = new LevelLog<number>(chunkMost);
      log.push(1);
      const m1 = log.mark();
      log.push(2);
      const m2 = log.mark();
      log.push(3);
      log.cut(m1);
      expect(log.length).toBe(1);
      log.cut(m2);
      expect(log.length).toBe(1);
      log.push(4);
      const seen: number[] = [];
      log.forEach((v) => seen.push(v));
      expect(seen).toEqual([1, 4]);
      expect(log.length).toBe(2);
    }
  });
});
