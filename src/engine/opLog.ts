import { PairLog } from '../storage/pairLog';
import type { RecordValues } from '../storage/tableImage';

/** An escrow delta: add `amount` to a fixed 4- or 8-byte column, whatever its value is by then. */
export interface Delta {
  readonly columnid: number;
  readonly amount: bigint;
  readonly size: number;
}

/** The kind of version a delta makes (ver.hxx: operDelta for a 4-byte column, operDelta64 for an 8-byte one). */
export function deltaKind(delta: Delta): 'delta' | 'delta64' {
  return delta.size === 8 ? 'delta64' : 'delta';
}

/** What one change did to a record: its new values (null: deleted), or a delta. */
export type Change = RecordValues | null | Delta;

export function isDelta(change: Change): change is Delta {
  return change !== null && 'amount' in change;
}

/**
 * The changes a session made to one table in its transaction, in order, as replayed at commit (tableData.ts): each
 * a bookmark and what was done to it, as pairs of a PairLog (no object per change). A rollback cuts it back to the
 * mark its level took.
 */
export class OpLog extends PairLog<string, Change> {}
