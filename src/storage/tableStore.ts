import { TableImage } from './tableImage';

/** The locks that commute with their own kind: read locks (JetGetLock) and escrow deltas (JetEscrowUpdate). */
export type SharedKind = 'read' | 'delta';

/**
 * Where a table's data lives across transactions (the engine's B-tree plus
 * its version store, reduced to what snapshot isolation needs):
 * - `committed`, the latest committed image, and `stamp`, the clock value of
 *   the last committed change;
 * - older committed images kept while a transaction begun before they were
 *   replaced may still read them (`imageAt`);
 * - who holds an uncommitted change to each bookmark (`locks`), and when each
 *   bookmark was last changed by a commit (`changedAt`): the two facts a
 *   write conflict is decided on.
 * It knows nothing of sessions: an owner is any object.
 */
export class TableStore {
  committed = new TableImage();
  stamp = 0;
  /** Older committed images, oldest first, each with the clock value at which it stopped being current. */
  private history: Array<{ until: number; image: TableImage }> = [];
  readonly locks = new Map<string, object>();
  /** Bookmark → owners holding a read lock or an escrow delta on it (operations of one kind commute). */
  readonly shared = new Map<string, Map<object, SharedKind>>();
  readonly changedAt = new Map<string, number>();
  /** Next bookmark number of a table without a primary index (the engine's DBK). */
  nextDbk = 1;

  /** The committed image as a transaction begun at clock `begin` sees it. */
  imageAt(begin: number): TableImage {
    if (this.stamp < begin) return this.committed;
    for (const h of this.history) if (h.until > begin) return h.image;
    return this.committed;
  }

  /**
   * `committed` is about to change at clock `now`: keep it for the
   * transactions begun before `now` (`oldestBegin` is the earliest begin of a
   * live transaction, or null) and leave a copy in its place to change (O(1)),
   * then forget the images nobody can read any more.
   */
  beforeCommit(now: number, oldestBegin: number | null): void {
    if (oldestBegin !== null && oldestBegin < now) {
      this.history.push({ until: now, image: this.committed });
      this.committed = this.committed.clone();
    }
    this.prune(oldestBegin);
    this.stamp = now;
  }

  /** Drop the history no live transaction can read (all of it when none is live). */
  prune(oldestBegin: number | null): void {
    if (oldestBegin === null) {
      this.history.length = 0;
      return;
    }
    let drop = 0;
    while (drop < this.history.length && this.history[drop].until <= oldestBegin) drop += 1;
    if (drop > 0) this.history.splice(0, drop);
  }

  /**
   * Would `owner` (whose transaction began at `begin`) conflict by taking
   * `kind` on `bookmark` (ver.cxx): a write meets another owner's write lock,
   * a commit after `begin`, or another owner's read lock or delta; a read lock
   * or a delta meets another owner's write lock, or another owner's shared
   * hold of the other kind; a read lock also meets a commit after `begin`.
   */
  conflicts(bookmark: string, owner: object, begin: number, kind: 'write' | SharedKind = 'write'): boolean {
    const holder = this.locks.get(bookmark);
    if (holder !== undefined && holder !== owner) return true;
    const others = this.shared.get(bookmark);
    if (others !== undefined) {
      for (const [who, held] of others) if (who !== owner && (kind === 'write' || held !== kind)) return true;
    }
    if (kind === 'delta') return false;
    return (this.changedAt.get(bookmark) ?? 0) > begin;
  }

  share(bookmark: string, owner: object, kind: SharedKind): boolean {
    let holders = this.shared.get(bookmark);
    if (holders === undefined) {
      holders = new Map();
      this.shared.set(bookmark, holders);
    }
    if (holders.get(owner) === kind) return false;
    holders.set(owner, kind);
    return true;
  }

  unshare(bookmark: string, owner: object): void {
    const holders = this.shared.get(bookmark);
    if (holders === undefined) return;
    holders.delete(owner);
    if (holders.size === 0) this.shared.delete(bookmark);
  }

  /** How many images the history holds (the dump's view of the version store). */
  get versions(): number {
    return this.history.length;
  }
}
