import { PairLog } from './pairLog';
import { TableImage } from './tableImage';

/**
 * The locks that commute with their own kind only: read locks (JetGetLock) and escrow deltas (JetEscrowUpdate), a
 * delta of a 4-byte column and one of an 8-byte column being two kinds (ver.hxx: operDelta and operDelta64).
 */
export type SharedKind = 'read' | 'delta' | 'delta64';

/** When each kind of change to a bookmark was last committed (a write: any change other than a shared kind). */
type CommitTimes = Record<'write' | SharedKind, number>;

/**
 * What keeps a lock alive: one token per transaction level of an owner. Rolling a level back kills its token, so
 * every lock taken in the level goes at once, whatever their number; committing a level into the one below links
 * its token to that level's (`parent`), so the locks then die with the lower level. Dead entries are swept later.
 */
export interface LockToken {
  /** Whose locks these are. */
  readonly owner: object;
  live: boolean;
  parent: LockToken | null;
}

export function tokenAlive(token: LockToken): boolean {
  for (let t: LockToken | null = token; t !== null; t = t.parent) if (!t.live) return false;
  return true;
}

interface SharedHold {
  readonly owner: object;
  readonly kind: SharedKind;
  token: LockToken;
}

/** Dead lock entries tolerated before the next lock taken sweeps them (amortized over the locks that made them). */
const SWEEP_AT = 1024;

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
  /** Bookmark → who holds an uncommitted change to it (or a write lock), while its token lives. */
  private readonly locks = new Map<string, LockToken>();
  /** How many entries of `locks` (live or dead) each owner has: an owner holding them all releases them at once. */
  private readonly held = new Map<object, number>();
  /** Bookmark → owners holding a read lock or an escrow delta on it (operations of one kind commute). */
  private readonly shared = new Map<string, SharedHold[]>();
  /** Bookmark → the owner and token of the newest shared hold taken on it (each read lock or delta is a new version). */
  private readonly newestShared = new Map<string, { owner: object; token: LockToken }>();
  /** Entries of `locks` and `shared` whose token may have died since the last sweep (an upper bound). */
  private dead = 0;
  /** Bookmark → clock value of its last committed change, kept while a live transaction may care. */
  private changedAt = new Map<string, CommitTimes>();
  /** Next bookmark number of a table without a primary index (the engine's DBK). */
  nextDbk = 1;
  /**
   * Locks of new records (lockNew) taken while one owner is the only one holding locks in the table, kept as a
   * list instead of in `locks`: an insert's lock is then a push, not three hash lookups (about a sixth of an
   * insert's time, measured). While `soloOwner` is set, `locks` is empty; its entries whose token has died are
   * always the last ones of the list (a rollback kills the levels above a point in time, and so the locks taken
   * since). The list goes into `locks` (settle) as soon as anything needs a lookup: another owner's check or lock,
   * a lookup of a holder, an eager lock.
   */
  private soloOwner: object | null = null;
  /** The noted locks: bookmark and token pairs (a PairLog: no object per lock, no large array grown by copying). */
  private solo = new PairLog<string, LockToken>();
  private soloFirst: LockToken | null = null;
  private soloLast: LockToken | null = null;

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

  /** Who holds the write lock on `bookmark` now, if anyone. */
  holder(bookmark: string): object | undefined {
    if (this.soloOwner !== null) this.settle();
    const token = this.locks.get(bookmark);
    if (token === undefined) return undefined;
    if (tokenAlive(token)) return token.owner;
    this.drop(bookmark, token);
    return undefined;
  }

  private drop(bookmark: string, token: LockToken): void {
    this.locks.delete(bookmark);
    const n = (this.held.get(token.owner) ?? 1) - 1;
    if (n === 0) this.held.delete(token.owner);
    else this.held.set(token.owner, n);
  }

  /** Does any transaction hold an uncommitted version of `bookmark`: a write lock, a read lock or a delta? */
  active(bookmark: string): boolean {
    if (this.holder(bookmark) !== undefined) return true;
    const holders = this.shared.get(bookmark);
    if (holders !== undefined) for (const held of holders) if (tokenAlive(held.token)) return true;
    return false;
  }

  /** The owners holding a live shared hold of `kind` on `bookmark` (the sessions with an uncommitted escrow delta on it). */
  sharers(bookmark: string, kind: SharedKind): object[] {
    const holders = this.shared.get(bookmark);
    const out: object[] = [];
    if (holders !== undefined) for (const held of holders) if (held.kind === kind && tokenAlive(held.token)) out.push(held.owner);
    return out;
  }

  /**
   * Is the newest uncommitted version of `bookmark` another owner's (ver.cxx VsVERCheck looks at the head of the
   * record's version chain only)? Another owner's write lock is; else the newest live read lock or delta decides,
   * and when that one was rolled back, any other owner's live one counts.
   */
  newestByOther(bookmark: string, owner: object): boolean {
    const holder = this.holder(bookmark);
    if (holder !== undefined) return holder !== owner;
    const holders = this.shared.get(bookmark);
    if (holders === undefined) return false;
    const newest = this.newestShared.get(bookmark);
    if (newest !== undefined && tokenAlive(newest.token)) return newest.owner !== owner;
    return holders.some((h) => h.owner !== owner && tokenAlive(h.token));
  }

  /** Take the write lock for the token's owner; false when it already holds it (the older token stays). */
  lock(bookmark: string, token: LockToken): boolean {
    if (this.soloOwner !== null) this.settle();
    return this.take(bookmark, token, true);
  }

  /**
   * Take the write lock on the bookmark of a record the owner is inserting, having just checked (conflicts) that
   * no other owner holds it. While no other owner holds locks in the table it is only noted (see `soloOwner`), and
   * the answer is true even when the owner held the lock already: the caller's list of its locks may then name a
   * bookmark twice, which releasing and counting them allow.
   */
  lockNew(bookmark: string, token: LockToken): boolean {
    const owner = this.soloOwner;
    if (owner !== null) {
      const last = this.soloLast as LockToken;
      // Another owner, or locks a rollback killed since the last one was noted: into `locks` (or gone) first.
      if (owner !== token.owner || (last !== token && !tokenAlive(last))) this.settle();
    }
    if (this.locks.size !== 0) return this.take(bookmark, token, true);
    this.soloOwner = token.owner;
    this.solo.push(bookmark, token);
    this.soloFirst ??= token;
    this.soloLast = token;
    return true;
  }

  /** The noted locks of the sole owner go into `locks`, but for those whose token died. */
  private settle(): void {
    const noted = this.solo;
    const first = this.soloFirst;
    this.forgetSolo();
    // Dead entries are the last ones: when the first is dead, so is every one.
    if (first === null || !tokenAlive(first)) return;
    noted.forEach((bookmark, token) => {
      if (tokenAlive(token)) this.take(bookmark, token, false);
    });
  }

  private forgetSolo(): void {
    this.soloOwner = null;
    this.solo = new PairLog();
    this.soloFirst = null;
    this.soloLast = null;
  }

  /**
   * lock() once `locks` holds every lock: one lookup for the holder and the entry to replace (an insert's lock is
   * its record's first). A live token of the same owner stays; any other entry, live or dead, is dropped for the
   * new one. `sweep`: dead entries may be swept first.
   */
  private take(bookmark: string, token: LockToken, sweep: boolean): boolean {
    let old = this.locks.get(bookmark);
    if (old !== undefined && old.owner === token.owner && tokenAlive(old)) return false;
    if (sweep && this.sweepIfNeeded()) old = this.locks.get(bookmark);
    if (old !== undefined) this.drop(bookmark, old);
    this.locks.set(bookmark, token);
    this.held.set(token.owner, (this.held.get(token.owner) ?? 0) + 1);
    return true;
  }

  /** Drop `owner`'s write lock (at its commit). */
  unlock(bookmark: string, owner: object): void {
    if (this.soloOwner !== null) this.settle();
    const token = this.locks.get(bookmark);
    if (token !== undefined && token.owner === owner) this.drop(bookmark, token);
  }

  /**
   * Drop `owner`'s write locks on `bookmarks` (its commit): at once when every entry is the owner's (a table only
   * one session writes to), so the commit costs the same whatever the number of records; else one by one.
   */
  unlockAll(owner: object, bookmarks: { forEach(visit: (bookmark: string) => void): void }): void {
    if (this.soloOwner === owner) {
      // Every lock in the table is the owner's, and none is in `locks`.
      this.forgetSolo();
      return;
    }
    if (this.soloOwner !== null) this.settle();
    if (this.locks.size > 0 && this.held.get(owner) === this.locks.size) {
      this.locks.clear();
      this.held.clear();
      return;
    }
    bookmarks.forEach((bm) => this.unlock(bm, owner));
  }

  /** `count` locks or shared holds just lost their token (a rollback): they are swept when enough have gathered. */
  died(count: number): void {
    this.dead += count;
  }

  /** Drop every lock and shared hold whose token is dead (before the store is copied: a snapshot). */
  compact(): void {
    if (this.soloOwner !== null) this.settle();
    this.dead = SWEEP_AT;
    this.sweepIfNeeded(true);
  }

  /** Sweep the dead entries when they are as many as the live ones (or when forced); whether it swept. */
  private sweepIfNeeded(force = false): boolean {
    if (!force && (this.dead < SWEEP_AT || this.dead * 2 < this.locks.size + this.shared.size)) return false;
    for (const [bm, token] of this.locks) if (!tokenAlive(token)) this.drop(bm, token);
    for (const [bm, newest] of this.newestShared) if (!tokenAlive(newest.token)) this.newestShared.delete(bm);
    for (const [bm, holders] of this.shared) {
      const live = holders.filter((hold) => tokenAlive(hold.token));
      if (live.length === 0) this.shared.delete(bm);
      else this.shared.set(bm, live);
    }
    this.dead = 0;
    return true;
  }

  /** A change to `bookmark` committed at clock `now`, kept for the transactions live then. */
  committedChange(bookmark: string, now: number, kind: 'write' | SharedKind = 'write'): void {
    let times = this.changedAt.get(bookmark);
    if (times === undefined) {
      times = { write: 0, read: 0, delta: 0, delta64: 0 };
      this.changedAt.set(bookmark, times);
    }
    times[kind] = now;
  }

  /** No transaction is live: no earlier commit can conflict with anything any more. */
  forgetChanges(): void {
    if (this.changedAt.size > 0) this.changedAt = new Map();
  }

  /**
   * Would `owner` (whose transaction began at `begin`) conflict by taking
   * `kind` on `bookmark` (ver.cxx FVERIWriteConflict): a write meets another
   * owner's write lock, read lock or delta, or a change committed after
   * `begin`; a read lock or a delta meets another owner's write lock or
   * shared hold of another kind, or a change of another kind committed after
   * `begin` (the versions active for it must all be of its own kind).
   */
  conflicts(bookmark: string, owner: object, begin: number, kind: 'write' | SharedKind = 'write'): boolean {
    // While the owner is the only one holding locks in the table, no lock can be in its way.
    if (this.soloOwner !== owner) {
      const holder = this.holder(bookmark);
      if (holder !== undefined && holder !== owner) return true;
    }
    // Most tables have no shared holds and no remembered commits: no lookup then.
    const others = this.shared.size === 0 ? undefined : this.shared.get(bookmark);
    if (others !== undefined) {
      for (const held of others) {
        if (held.owner !== owner && (kind === 'write' || held.kind !== kind) && tokenAlive(held.token)) return true;
      }
    }
    const times = this.changedAt.size === 0 ? undefined : this.changedAt.get(bookmark);
    if (times === undefined) return false;
    if (kind === 'write') return Math.max(times.write, times.read, times.delta, times.delta64) > begin;
    return times.write > begin || (kind !== 'read' && times.read > begin) || (kind !== 'delta' && times.delta > begin)
      || (kind !== 'delta64' && times.delta64 > begin);
  }

  /** Take a shared hold; false when `owner` already holds one of that kind. */
  share(bookmark: string, owner: object, kind: SharedKind, token: LockToken): boolean {
    this.newestShared.set(bookmark, { owner, token });
    const found = this.shared.get(bookmark)?.find((h) => h.owner === owner && h.kind === kind);
    if (found !== undefined && tokenAlive(found.token)) return false;
    if (found !== undefined) {
      // A hold of a rolled-back level: the new level's token keeps it now.
      found.token = token;
      return true;
    }
    this.sweepIfNeeded();
    const holders = this.shared.get(bookmark);
    if (holders === undefined) this.shared.set(bookmark, [{ owner, kind, token }]);
    else holders.push({ owner, kind, token });
    return true;
  }

  /** Give up the owner's shared holds on `bookmark` (its transaction ended); the kinds it held alive. */
  unshare(bookmark: string, owner: object): SharedKind[] {
    const holders = this.shared.get(bookmark);
    if (holders === undefined) return [];
    const kinds: SharedKind[] = [];
    const rest: SharedHold[] = [];
    for (const h of holders) {
      if (h.owner !== owner) rest.push(h);
      else if (tokenAlive(h.token)) kinds.push(h.kind);
    }
    if (rest.length === 0) this.shared.delete(bookmark);
    else this.shared.set(bookmark, rest);
    if (this.newestShared.get(bookmark)?.owner === owner) this.newestShared.delete(bookmark);
    return kinds;
  }

  /** How many images the history holds (the dump's view of the version store). */
  get versions(): number {
    return this.history.length;
  }
}
