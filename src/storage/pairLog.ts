import { LevelLog } from './levelLog';

/**
 * A LevelLog of pairs, each kept as two consecutive entries rather than as an object: a transaction's changes
 * (engine/opLog.ts) and a table's noted insert locks (tableStore.ts) hold one pair per record they touch, and live
 * as long as the transaction, so an object per pair is one more for the garbage collector to copy and promote. A
 * mark never falls between the two entries of a pair (push adds both).
 */
export class PairLog<A, B> {
  private readonly log = new LevelLog<A | B>();

  /** How many pairs. */
  get length(): number {
    return this.log.length >> 1;
  }

  push(a: A, b: B): void {
    this.log.push(a);
    this.log.push(b);
  }

  /** A mark cut() goes back to. */
  mark(): number {
    return this.log.mark();
  }

  /** Remove every pair pushed after mark() returned `mark`. */
  cut(mark: number): void {
    this.log.cut(mark);
  }

  /** Visit the pairs in the order they were pushed. */
  forEach(visit: (a: A, b: B) => void): void {
    this.some((a, b) => {
      visit(a, b);
      return false;
    });
  }

  /** Visit the pairs in order until `visit` answers true; whether it did. */
  some(visit: (a: A, b: B) => boolean): boolean {
    let first: A | undefined;
    let odd = false;
    return this.log.some((entry) => {
      odd = !odd;
      if (odd) {
        first = entry as A;
        return false;
      }
      return visit(first as A, entry as B);
    });
  }
}
