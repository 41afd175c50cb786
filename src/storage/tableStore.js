"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TableStore = void 0;
exports.tokenAlive = tokenAlive;
const pairLog_1 = require("./pairLog");
const tableImage_1 = require("./tableImage");
function tokenAlive(token) {
    for (let t = token; t !== null; t = t.parent)
        if (!t.live)
            return false;
    return true;
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
class TableStore {
    committed = new tableImage_1.TableImage();
    stamp = 0;
    /** Older committed images, oldest first, each with the clock value at which it stopped being current. */
    history = [];
    /** Bookmark → who holds an uncommitted change to it (or a write lock), while its token lives. */
    locks = new Map();
    /** How many entries of `locks` (live or dead) each owner has: an owner holding them all releases them at once. */
    held = new Map();
    /** Bookmark → owners holding a read lock or an escrow delta on it (operations of one kind commute). */
    shared = new Map();
    /** Bookmark → the owner and token of the newest shared hold taken on it (each read lock or delta is a new version). */
    newestShared = new Map();
    /** Entries of `locks` and `shared` whose token may have died since the last sweep (an upper bound). */
    dead = 0;
    /** Bookmark → clock value of its last committed change, kept while a live transaction may care. */
    changedAt = new Map();
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
    soloOwner = null;
    /** The noted locks: bookmark and token pairs (a PairLog: no object per lock, no large array grown by copying). */
    solo = new pairLog_1.PairLog();
    soloFirst = null;
    soloLast = null;
    /** The committed image as a transaction begun at clock `begin` sees it. */
    imageAt(begin) {
        if (this.stamp < begin)
            return this.committed;
        for (const h of this.history)
            if (h.until > begin)
                return h.image;
        return this.committed;
    }
    /**
     * `committed` is about to change at clock `now`: keep it for the
     * transactions begun before `now` (`oldestBegin` is the earliest begin of a
     * live transaction, or null) and leave a copy in its place to change (O(1)),
     * then forget the images nobody can read any more.
     */
    beforeCommit(now, oldestBegin) {
        if (oldestBegin !== null && oldestBegin < now) {
            this.history.push({ until: now, image: this.committed });
            this.committed = this.committed.clone();
        }
        this.prune(oldestBegin);
        this.stamp = now;
    }
    /** Drop the history no live transaction can read (all of it when none is live). */
    prune(oldestBegin) {
        if (oldestBegin === null) {
            this.history.length = 0;
            return;
        }
        let drop = 0;
        while (drop < this.history.length && this.history[drop].until <= oldestBegin)
            drop += 1;
        if (drop > 0)
            this.history.splice(0, drop);
    }
    /** Who holds the write lock on `bookmark` now, if anyone. */
    holder(bookmark) {
        if (this.soloOwner !== null)
            this.settle();
        const token = this.locks.get(bookmark);
        if (token === undefined)
            return undefined;
        if (tokenAlive(token))
            return token.owner;
        this.drop(bookmark, token);
        return undefined;
    }
    drop(bookmark, token) {
        this.locks.delete(bookmark);
        const n = (this.held.get(token.owner) ?? 1) - 1;
        if (n === 0)
            this.held.delete(token.owner);
        else
            this.held.set(token.owner, n);
    }
    /** Does any transaction hold an uncommitted version of `bookmark`: a write lock, a read lock or a delta? */
    active(bookmark) {
        if (this.holder(bookmark) !== undefined)
            return true;
        const holders = this.shared.get(bookmark);
        if (holders !== undefined)
            for (const held of holders)
                if (tokenAlive(held.token))
                    return true;
        return false;
    }
    /** The owners holding a live shared hold of `kind` on `bookmark` (the sessions with an uncommitted escrow delta on it). */
    sharers(bookmark, kind) {
        const holders = this.shared.get(bookmark);
        const out = [];
        if (holders !== undefined)
            for (const held of holders)
                if (held.kind === kind && tokenAlive(held.token))
                    out.push(held.owner);
        return out;
    }
    /**
     * Is the newest uncommitted version of `bookmark` another owner's (ver.cxx VsVERCheck looks at the head of the
     * record's version chain only)? Another owner's write lock is; else the newest live read lock or delta decides,
     * and when that one was rolled back, any other owner's live one counts.
     */
    newestByOther(bookmark, owner) {
        const holder = this.holder(bookmark);
        if (holder !== undefined)
            return holder !== owner;
        const holders = this.shared.get(bookmark);
        if (holders === undefined)
            return false;
        const newest = this.newestShared.get(bookmark);
        if (newest !== undefined && tokenAlive(newest.token))
            return newest.owner !== owner;
        return holders.some((h) => h.owner !== owner && tokenAlive(h.token));
    }
    /** Take the write lock for the token's owner; false when it already holds it (the older token stays). */
    lock(bookmark, token) {
        if (this.soloOwner !== null)
            this.settle();
        return this.take(bookmark, token, true);
    }
    /**
     * Take the write lock on the bookmark of a record the owner is inserting, having just checked (conflicts) that
     * no other owner holds it. While no other owner holds locks in the table it is only noted (see `soloOwner`), and
     * the answer is true even when the owner held the lock already: the caller's list of its locks may then name a
     * bookmark twice, which releasing and counting them allow.
     */
    lockNew(bookmark, token) {
        const owner = this.soloOwner;
        if (owner !== null) {
            const last = this.soloLast;
            // Another owner, or locks a rollback killed since the last one was noted: into `locks` (or gone) first.
            if (owner !== token.owner || (last !== token && !tokenAlive(last)))
                this.settle();
        }
        if (this.locks.size !== 0)
            return this.take(bookmark, token, true);
        this.soloOwner = token.owner;
        this.solo.push(bookmark, token);
        this.soloFirst ??= token;
        this.soloLast = token;
        return true;
    }
    /** The noted locks of the sole owner go into `locks`, but for those whose token died. */
    settle() {
        const noted = this.solo;
        const first = this.soloFirst;
        this.forgetSolo();
        // Dead entries are the last ones: when the first is dead, so is every one.
        if (first === null || !tokenAlive(first))
            return;
        noted.forEach((bookmark, token) => {
            if (tokenAlive(token))
                this.take(bookmark, token, false);
        });
    }
    forgetSolo() {
        this.soloOwner = null;
        this.solo = new pairLog_1.PairLog();
        this.soloFirst = null;
        this.soloLast = null;
    }
    /**
     * lock() once `locks` holds every lock: one lookup for the holder and the entry to replace (an insert's lock is
     * its record's first). A live token of the same owner stays; any other entry, live or dead, is dropped for the
     * new one. `sweep`: dead entries may be swept first.
     */
    take(bookmark, token, sweep) {
        let old = this.locks.get(bookmark);
        if (old !== undefined && old.owner === token.owner && tokenAlive(old))
            return false;
        if (sweep && this.sweepIfNeeded())
            old = this.locks.get(bookmark);
        if (old !== undefined)
            this.drop(bookmark, old);
        this.locks.set(bookmark, token);
        this.held.set(token.owner, (this.held.get(token.owner) ?? 0) + 1);
        return true;
    }
    /** Drop `owner`'s write lock (at its commit). */
    unlock(bookmark, owner) {
        if (this.soloOwner !== null)
            this.settle();
        const token = this.locks.get(bookmark);
        if (token !== undefined && token.owner === owner)
            this.drop(bookmark, token);
    }
    /**
     * Drop `owner`'s write locks on `bookmarks` (its commit): at once when every entry is the owner's (a table only
     * one session writes to), so the commit costs the same whatever the number of records; else one by one.
     */
    unlockAll(owner, bookmarks) {
        if (this.soloOwner === owner) {
            // Every lock in the table is the owner's, and none is in `locks`.
            this.forgetSolo();
            return;
        }
        if (this.soloOwner !== null)
            this.settle();
        if (this.locks.size > 0 && this.held.get(owner) === this.locks.size) {
            this.locks.clear();
            this.held.clear();
            return;
        }
        bookmarks.forEach((bm) => this.unlock(bm, owner));
    }
    /** `count` locks or shared holds just lost their token (a rollback): they are swept when enough have gathered. */
    died(count) {
        this.dead += count;
    }
    /** Drop every lock and shared hold whose token is dead (before the store is copied: a snapshot). */
    compact() {
        if (this.soloOwner !== null)
            this.settle();
        this.dead = SWEEP_AT;
        this.sweepIfNeeded(true);
    }
    /** Sweep the dead entries when they are as many as the live ones (or when forced); whether it swept. */
    sweepIfNeeded(force = false) {
        if (!force && (this.dead < SWEEP_AT || this.dead * 2 < this.locks.size + this.shared.size))
            return false;
        for (const [bm, token] of this.locks)
            if (!tokenAlive(token))
                this.drop(bm, token);
        for (const [bm, newest] of this.newestShared)
            if (!tokenAlive(newest.token))
                this.newestShared.delete(bm);
        for (const [bm, holders] of this.shared) {
            const live = holders.filter((hold) => tokenAlive(hold.token));
            if (live.length === 0)
                this.shared.delete(bm);
            else
                this.shared.set(bm, live);
        }
        this.dead = 0;
        return true;
    }
    /** A change to `bookmark` committed at clock `now`, kept for the transactions live then. */
    committedChange(bookmark, now, kind = 'write') {
        let times = this.changedAt.get(bookmark);
        if (times === undefined) {
            times = { write: 0, read: 0, delta: 0, delta64: 0 };
            this.changedAt.set(bookmark, times);
        }
        times[kind] = now;
    }
    /** No transaction is live: no earlier commit can conflict with anything any more. */
    forgetChanges() {
        if (this.changedAt.size > 0)
            this.changedAt = new Map();
    }
    /**
     * Would `owner` (whose transaction began at `begin`) conflict by taking
     * `kind` on `bookmark` (ver.cxx FVERIWriteConflict): a write meets another
     * owner's write lock, read lock or delta, or a change committed after
     * `begin`; a read lock or a delta meets another owner's write lock or
     * shared hold of another kind, or a change of another kind committed after
     * `begin` (the versions active for it must all be of its own kind).
     */
    conflicts(bookmark, owner, begin, kind = 'write') {
        // While the owner is the only one holding locks in the table, no lock can be in its way.
        if (this.soloOwner !== owner) {
            const holder = this.holder(bookmark);
            if (holder !== undefined && holder !== owner)
                return true;
        }
        // Most tables have no shared holds and no remembered commits: no lookup then.
        const others = this.shared.size === 0 ? undefined : this.shared.get(bookmark);
        if (others !== undefined) {
            for (const held of others) {
                if (held.owner !== owner && (kind === 'write' || held.kind !== kind) && tokenAlive(held.token))
                    return true;
            }
        }
        const times = this.changedAt.size === 0 ? undefined : this.changedAt.get(bookmark);
        if (times === undefined)
            return false;
        if (kind === 'write')
            return Math.max(times.write, times.read, times.delta, times.delta64) > begin;
        return times.write > begin || (kind !== 'read' && times.read > begin) || (kind !== 'delta' && times.delta > begin)
            || (kind !== 'delta64' && times.delta64 > begin);
    }
    /** Take a shared hold; false when `owner` already holds one of that kind. */
    share(bookmark, owner, kind, token) {
        this.newestShared.set(bookmark, { owner, token });
        const found = this.shared.get(bookmark)?.find((h) => h.owner === owner && h.kind === kind);
        if (found !== undefined && tokenAlive(found.token))
            return false;
        if (found !== undefined) {
            // A hold of a rolled-back level: the new level's token keeps it now.
            found.token = token;
            return true;
        }
        this.sweepIfNeeded();
        const holders = this.shared.get(bookmark);
        if (holders === undefined)
            this.shared.set(bookmark, [{ owner, kind, token }]);
        else
            holders.push({ owner, kind, token });
        return true;
    }
    /** Give up the owner's shared holds on `bookmark` (its transaction ended); the kinds it held alive. */
    unshare(bookmark, owner) {
        const holders = this.shared.get(bookmark);
        if (holders === undefined)
            return [];
        const kinds = [];
        const rest = [];
        for (const h of holders) {
            if (h.owner !== owner)
                rest.push(h);
            else if (tokenAlive(h.token))
                kinds.push(h.kind);
        }
        if (rest.length === 0)
            this.shared.delete(bookmark);
        else
            this.shared.set(bookmark, rest);
        if (this.newestShared.get(bookmark)?.owner === owner)
            this.newestShared.delete(bookmark);
        return kinds;
    }
    /** How many images the history holds (the dump's view of the version store). */
    get versions() {
        return this.history.length;
    }
}
exports.TableStore = TableStore;
