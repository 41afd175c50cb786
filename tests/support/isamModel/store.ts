/**
 * The committed state of the model's one table: for every primary key, the list of versions committed to it, each
 * stamped with the commit timestamp of its transaction. A version is a row, a deletion (row null), or a write lock
 * that was committed without a change (ESE keeps the writeLock RCE of a committed transaction, with its commit
 * time: ver.cxx VERICommitTransactionToLevel0; a later transaction that began before that commit meets it in
 * FVERIWriteConflict, ver.cxx:4160-4270, as "committed after my begin").
 */

/** The non-key columns of a record: v (the secondary index "byV" is on it) and s, a stamp unique to each write. */
export interface Row {
  readonly v: number;
  readonly s: number;
}

/** A record as a read returns it. */
export interface Rec extends Row {
  readonly k: number;
}

interface Version {
  readonly ts: number;
  /** The row from this commit on; null when the commit deleted it (or it never existed). */
  readonly row: Row | null;
  /** A write lock committed without a change of the data. */
  readonly lockOnly: boolean;
}

export class Store {
  private clock = 0;
  private readonly history = new Map<number, Version[]>();

  /** The timestamp of the newest commit (a level-0 begin takes it as its snapshot). */
  now(): number {
    return this.clock;
  }

  /** Commits one transaction: its changes, and its write locks on keys it did not change. */
  commit(changes: ReadonlyMap<number, Row | null>, locks: Iterable<number> = []): void {
    this.clock += 1;
    const ts = this.clock;
    for (const [k, row] of changes) this.push(k, { ts, row, lockOnly: false });
    for (const k of locks) {
      if (!changes.has(k)) this.push(k, { ts, row: null, lockOnly: true });
    }
  }

  /** The row of key k as of timestamp at (the newest data version committed at or before it). */
  rowAt(k: number, at: number): Row | null {
    const list = this.history.get(k) ?? [];
    for (let i = list.length - 1; i >= 0; i -= 1) {
      const x = list[i];
      if (x.ts <= at && !x.lockOnly) return x.row;
    }
    return null;
  }

  latest(k: number): Row | null {
    return this.rowAt(k, Number.POSITIVE_INFINITY);
  }

  /** The commit time of the newest version of key k, write locks included (0: never touched). */
  lastTouched(k: number): number {
    const list = this.history.get(k) ?? [];
    return list.length === 0 ? 0 : list[list.length - 1].ts;
  }

  /** The commit time of the newest data version of key k (what a level-0 ReplaceNoLock checksums). */
  dataStamp(k: number): number {
    const list = this.history.get(k) ?? [];
    for (let i = list.length - 1; i >= 0; i -= 1) if (!list[i].lockOnly) return list[i].ts;
    return 0;
  }

  /** Every record as of timestamp at. */
  viewAt(at: number): Map<number, Row> {
    const m = new Map<number, Row>();
    for (const k of this.history.keys()) {
      const row = this.rowAt(k, at);
      if (row !== null) m.set(k, row);
    }
    return m;
  }

  private push(k: number, v: Version): void {
    const list = this.history.get(k);
    if (list === undefined) this.history.set(k, [v]);
    else list.push(v);
  }
}
