/**
 * One session of the model: its transaction levels (each with the changes made in it and the write locks taken
 * in it, so that rolling a level back drops exactly those), the snapshot its level-0 begin took, and its prepared
 * update. The model keeps the prepared update at the session's current level: the runner cancels it before a
 * JetBeginTransaction and before the commit of level 1 (an update prepared below the current level, or carried to
 * level 0 with a lock, is outside the rules this model writes down).
 */
import { Row, Store } from './store';

/** Changes (row, or null for a deletion) and write locks of one transaction level. */
export interface Level {
  readonly changes: Map<number, Row | null>;
  readonly locks: Set<number>;
}

/**
 * A prepared replace: 'locked' (JET_prepReplace in a transaction: the write lock was taken at prepare),
 * 'deferred' (JET_prepReplaceNoLock in a transaction: JetUpdate takes the lock), or 'checksum' (either at level 0:
 * JetUpdate fails when the record changed since the prepare, dataStamp being what the prepare saw).
 */
export interface Pending {
  readonly k: number;
  readonly mode: 'locked' | 'deferred' | 'checksum';
  readonly dataStamp: number;
}

export const MAX_LEVELS = 7;

export class SessionModel {
  /** The snapshot of the level-0 begin (meaningful while level > 0). */
  begin0 = 0;
  readonly levels: Level[] = [];
  pending: Pending | null = null;

  get level(): number {
    return this.levels.length;
  }

  /** Does any open level of this session hold a change or a write lock on k? */
  holds(k: number): boolean {
    return this.levels.some((l) => l.locks.has(k));
  }

  /** What this session reads: the snapshot of its level-0 begin (or the latest commit) plus its own changes. */
  view(store: Store): Map<number, Row> {
    const m = store.viewAt(this.level === 0 ? store.now() : this.begin0);
    for (const l of this.levels) {
      for (const [k, row] of l.changes) {
        if (row === null) m.delete(k);
        else m.set(k, row);
      }
    }
    return m;
  }

  begin(store: Store): void {
    if (this.level === 0) this.begin0 = store.now();
    this.levels.push({ changes: new Map(), locks: new Set() });
  }

  /** Records a change (or, with row undefined, only a lock) at the current level; level > 0. */
  change(k: number, row?: Row | null): void {
    const top = this.levels[this.levels.length - 1];
    top.locks.add(k);
    if (row !== undefined) top.changes.set(k, row);
  }

  /** Commits the current level into the one below, or publishes everything when it is level 1. */
  commit(store: Store): void {
    const top = this.levels.pop();
    if (top === undefined) throw new Error('model: commit at level 0');
    if (this.levels.length === 0) {
      store.commit(top.changes, top.locks);
      return;
    }
    const below = this.levels[this.levels.length - 1];
    for (const [k, row] of top.changes) below.changes.set(k, row);
    for (const k of top.locks) below.locks.add(k);
  }

  /** Drops the current level's changes and locks, and the update prepared in it. */
  rollback(): void {
    this.levels.pop();
    this.pending = null;
  }
}
