/**
 * The reference model: the committed store and two or three sessions, with the rules of ese-semantics.md §7.5 /
 * §7.6 and the task's list, written from those rules (and the engine source they cite), not from esemu's source.
 * Each method answers the code the engine gives for one call and applies the call's effect when it succeeds.
 *
 * Write conflicts. A session may write key k when it holds k itself (a change or a write lock in one of its open
 * levels). Otherwise it conflicts when another session holds k uncommitted, or when it is in a transaction and the
 * newest version of k, a change or a write lock committed alone, was committed after its level-0 begin (ver.hxx
 * RCE::FActiveNotByMe; ver.cxx FVERIWriteConflict looks at the newest RCE of the bookmark whatever its operation,
 * and VERICommitTransactionToLevel0 keeps a committed writeLock RCE with its commit time).
 * - JetPrepareUpdate(Replace) in a transaction checks and takes the lock at once (fldmod.cxx:1149-1156);
 *   ReplaceNoLock in a transaction checks at JetUpdate.
 * - At level 0 Replace is ReplaceNoLock: JetUpdate takes the write lock first (WriteConflict when another session
 *   holds the record), then reads the record (RecordDeleted when it was deleted since the prepare), then compares
 *   its checksum (WriteConflict when it changed since the prepare) (recupd.cxx ErrRECUpgradeReplaceNoLock).
 * - JetDelete checks at once, at every level.
 * - An insert of a key in the session's view is KeyDuplicate; of a key it conflicts on, WriteConflict; of a key
 *   it deleted itself in an open level, a success (its own version is not "active not by me").
 */
import {
  JET_errAlreadyPrepared, JET_errKeyDuplicate, JET_errNotInTransaction, JET_errRecordDeleted, JET_errRecordNotFound,
  JET_errSuccess, JET_errTransTooDeep, JET_errUpdateNotPrepared, JET_errWriteConflict, JET_wrnSeekNotEqual,
} from '../../../src';
import { COMMITTED, ConflictWhy, HELD, LOCK_COMMITTED, rule } from './rules';
import { MAX_LEVELS, SessionModel } from './session';
import { Rec, Row, Store } from './store';

export type IndexName = 'primary' | 'byV';

export class Model {
  readonly store = new Store();
  readonly sessions: SessionModel[];

  /** hit names the rule behind each answer that is not a plain success (the pass reports how often each fired). */
  constructor(count: number, private readonly hit: (rule: string) => void = () => undefined) {
    this.sessions = Array.from({ length: count }, () => new SessionModel());
  }

  private answer(code: number, rule: string): number {
    this.hit(rule);
    return code;
  }

  // ---- transactions --------------------------------------------------------------------------------------

  begin(i: number): number {
    const me = this.sessions[i];
    if (me.level >= MAX_LEVELS) return JET_errTransTooDeep;
    me.begin(this.store);
    return JET_errSuccess;
  }

  commit(i: number): number {
    const me = this.sessions[i];
    if (me.level === 0) return JET_errNotInTransaction;
    me.commit(this.store);
    return JET_errSuccess;
  }

  rollback(i: number, all: boolean): number {
    const me = this.sessions[i];
    if (me.level === 0) return JET_errNotInTransaction;
    do me.rollback(); while (all && me.level > 0);
    return JET_errSuccess;
  }

  /** JetEndSession: every level rolled back; a new session takes the slot. */
  endSession(i: number): void {
    this.sessions[i] = new SessionModel();
  }

  // ---- conflicts -----------------------------------------------------------------------------------------

  /** Why session i may not write key k (null: it may). */
  conflicts(i: number, k: number): ConflictWhy | null {
    const me = this.sessions[i];
    if (me.holds(k)) return null;
    if (this.sessions.some((o) => o !== me && o.holds(k))) return HELD;
    if (me.level === 0 || this.store.lastTouched(k) <= me.begin0) return null;
    return this.store.dataStamp(k) > me.begin0 ? COMMITTED : LOCK_COMMITTED;
  }

  /** A change by session i: at level 0 its own transaction, committed at once. */
  private write(i: number, k: number, row: Row | null): void {
    const me = this.sessions[i];
    if (me.level === 0) this.store.commit(new Map([[k, row]]));
    else me.change(k, row);
  }

  // ---- updates -------------------------------------------------------------------------------------------

  /** JetPrepareUpdate(JET_prepInsert). */
  prepareInsert(i: number): number {
    return this.sessions[i].pending !== null ? JET_errAlreadyPrepared : JET_errSuccess;
  }

  /** JetUpdate of a prepared insert of k. */
  insert(i: number, k: number, row: Row): number {
    if (this.sessions[i].view(this.store).has(k)) return this.answer(JET_errKeyDuplicate, rule.insertDuplicate);
    const why = this.conflicts(i, k);
    if (why !== null) return this.answer(JET_errKeyDuplicate, rule.insert(why));
    this.write(i, k, row);
    return JET_errSuccess;
  }

  /** JetPrepareUpdate(Replace or ReplaceNoLock) with the cursor on record k (nothing prepared). */
  prepareReplace(i: number, k: number, noLock: boolean): number {
    const me = this.sessions[i];
    const dataStamp = this.store.dataStamp(k);
    if (me.level === 0) {
      me.pending = { k, mode: 'checksum', dataStamp };
      return JET_errSuccess;
    }
    if (noLock) {
      me.pending = { k, mode: 'deferred', dataStamp };
      return JET_errSuccess;
    }
    const why = this.conflicts(i, k);
    if (why !== null) return this.answer(JET_errWriteConflict, rule.prepare(why));
    me.change(k);
    me.pending = { k, mode: 'locked', dataStamp };
    return JET_errSuccess;
  }

  /** JetUpdate of the prepared replace (a failure leaves it prepared). */
  update(i: number, row: Row): number {
    const me = this.sessions[i];
    const p = me.pending;
    if (p === null) return JET_errUpdateNotPrepared;
    if (p.mode === 'checksum') {
      // recupd.cxx ErrRECUpgradeReplaceNoLock: the write lock (ErrDIRGetLock) first, then the record is read
      // (ErrDIRGet: RecordDeleted when it was deleted meanwhile), then its checksum is compared.
      if (this.sessions.some((o) => o !== me && o.holds(p.k))) {
        return this.answer(JET_errWriteConflict, rule.level0UpdateHeld);
      }
      if (this.store.latest(p.k) === null) return this.answer(JET_errRecordDeleted, rule.level0UpdateDeleted);
      if (this.store.dataStamp(p.k) !== p.dataStamp) return this.answer(JET_errWriteConflict, rule.level0UpdateChanged);
    } else if (p.mode === 'deferred') {
      const why = this.conflicts(i, p.k);
      if (why !== null) return this.answer(JET_errWriteConflict, rule.noLockUpdate(why));
    }
    this.write(i, p.k, row);
    me.pending = null;
    return JET_errSuccess;
  }

  /** JetPrepareUpdate(JET_prepCancel). */
  cancel(i: number): number {
    const me = this.sessions[i];
    if (me.pending === null) return JET_errUpdateNotPrepared;
    me.pending = null;
    return JET_errSuccess;
  }

  /** JetDelete with the cursor on record k. */
  delete(i: number, k: number): number {
    const why = this.conflicts(i, k);
    if (why !== null) return this.answer(JET_errWriteConflict, this.sessions[i].level === 0 ? rule.level0Delete : rule.delete(why));
    this.write(i, k, null);
    return JET_errSuccess;
  }

  // ---- reads ---------------------------------------------------------------------------------------------

  /** The records session i reads, in the order of the index: byV orders equal v by primary key. */
  records(i: number, ix: IndexName): Rec[] {
    const list = [...this.sessions[i].view(this.store)].map(([k, r]) => ({ k, v: r.v, s: r.s }));
    return list.sort((a, b) => (ix === 'primary' ? a.k - b.k : a.v - b.v || a.k - b.k));
  }

  /** The key of record r in index ix. */
  static keyOf(r: Rec, ix: IndexName): number {
    return ix === 'primary' ? r.k : r.v;
  }

  /** JetSeek EQ or GE for key in index ix: the code and the record it lands on. */
  seek(i: number, ix: IndexName, key: number, ge: boolean): { code: number; rec: Rec | null } {
    const hit = this.records(i, ix).find((r) => Model.keyOf(r, ix) >= key) ?? null;
    if (hit === null) return { code: JET_errRecordNotFound, rec: null };
    if (Model.keyOf(hit, ix) === key) return { code: JET_errSuccess, rec: hit };
    return ge ? { code: JET_wrnSeekNotEqual, rec: hit } : { code: JET_errRecordNotFound, rec: null };
  }
}
