import { LevelLog } from '../storage/levelLog';
import type { RecordValues } from '../storage/tableImage';

/** An escrow delta: add `amount` to a fixed 4- or 8-byte column, whatever its value is by then. */
export interface Delta {
  readonly columnid: number;
  readonly amount: bigint;
  readonly size: number;
}

/** What one change did to a record: its new values (null: deleted), or a delta. */
export type Change = RecordValues | null | Delta;

export function isDelta(change: Change): change is Delta {
  return change !== null && 'amount' in change;
}

/**
 * The changes a session made to one table in its transaction, in order, as replayed at commit (tableData.ts): each
 * is a bookmark and what was done to it. They are kept as two consecutive entries of one LevelLog rather than as
 * an object per change: an insert then leaves one object fewer for the garbage collector to copy and promote
 * (a change lives as long as its transaction). A rollback cuts the log back to a mark as LevelLog does.
 */
export class OpLog {
  private readonly log = new LevelLog<string | Change>();

  /** How many changes. */
  get length(): number {
    return this.log.length >> 1;
  }

  push(bm: string, change: Change): void {
    this.log.push(bm);
    this.log.push(change);
  }

  /** A mark a rollback cuts back to (a mark never falls between a change's two entries: push adds both). */
  mark(): number {
    return this.log.mark();
  }

  cut(mark: number): void {
    this.log.cut(mark);
  }

  /** Visit the changes in the order they were made. */
  forEach(visit: (bm: string, change: Change) => void): void {
    this.some((bm, change) => {
      visit(bm, change);
      return false;
    });
  }

  /** Visit the changes in order until `visit` answers true; whether it did. */
  some(visit: (bm: string, change: Change) => boolean): boolean {
    let bm = '';
    let odd = false;
    return this.log.some((entry) => {
      odd = !odd;
      if (odd) {
        bm = entry as string;
        return false;
      }
      return visit(bm, entry as Change);
    });
  }
}
