import type { StringTree } from '../storage/stringTree';
import { JET_errKeyDuplicate, JET_errWriteConflict } from '../constants/errors';
import type { IndexDef } from '../catalog/indexDef';
import { COLUMN } from '../catalog/tableColumn';
import { entryKeysOf } from '../catalog/indexEntries';
import type { TableDef } from '../catalog/tableDef';
import { fail } from '../storage/failure';
import { bookmarkOf, entryKey, RecordValues, shiftUp, TableImage } from '../storage/tableImage';
import { PackedRecord } from '../storage/packedRecord';
import { LevelLog } from '../storage/levelLog';
import { Change, Delta, deltaKind, isDelta, OpLog } from './opLog';
import type { LockToken } from '../storage/tableStore';
import type { Engine } from './engine';
import type { Session } from './session';
import { physicalOldValue } from './escrowValue';
import { fullRecord } from './fullRecord';
import { checkKeyLocks, conflictCode, uniqueKeyLocks } from './keyLocks';
import { chargeVersion, commitVersions, rollbackVersions, VERSION_BYTES } from './versionStore';
import { emptyValues } from '../storage/emptyArrays';

/**
 * Versioned table data, per session: snapshot isolation, write conflicts,
 * and rollback that costs the same whatever it undoes.
 *
 * Outside a transaction a session reads and writes a table's committed image
 * directly (each change is its own transaction). Inside one it reads the
 * committed image as of its level-0 begin (`TableStore.imageAt`), and its
 * first change clones that image (O(1)) into its own working image. Before
 * the first change at each level the working image is kept (`saves`), so
 * rolling a level back is putting that image back. At the commit to level 0
 * the working image becomes the committed one when nobody committed to the
 * table meanwhile; otherwise its changes (`ops`) are replayed on the newer
 * committed image, which write conflicts make safe (no two sessions change
 * one record at once).
 */
export interface TableView {
  readonly table: TableDef;
  readonly base: TableImage;
  work: TableImage | null;
  /** Marks of `ops`, `locks` and `shares` (LevelLog.mark) that a rollback of the level cuts back to. */
  readonly saves: Array<{ level: number; image: TableImage | null; ops: number; locks: number; shares: number }>;
  readonly ops: OpLog;
  /** How many of the ops were escrow deltas (an upper bound after a rollback): commit looks at them only then. */
  deltas: number;
  /** Bookmarks this session holds uncommitted changes to, in the order it took them. */
  readonly locks: LevelLog<string>;
  /** Bookmarks it holds a read lock or an escrow delta on. */
  readonly shares: LevelLog<string>;
}

/** No keys: a shared empty list, never changed. */
const NO_KEYS: readonly string[] = [];

/**
 * The earliest level-0 begin among the open transactions of sessions other than `except` (which images and
 * commit stamps must be kept), or null when there is none.
 */
export function oldestBegin(engine: Engine, except: Session | null): number | null {
  let oldest: number | null = null;
  for (const s of engine.sessions.values()) {
    if (s !== except && s.level > 0 && (oldest === null || s.trxBegin0 < oldest)) oldest = s.trxBegin0;
  }
  return oldest;
}

/** The token of the session's current level, made when the level takes its first lock. */
function levelToken(ses: Session): LockToken {
  // Read within the length only: a read past the end throws V8's compiled code away the first time.
  let token = ses.level < ses.lockTokens.length ? ses.lockTokens[ses.level] : undefined;
  if (token === undefined) {
    token = { owner: ses, live: true, parent: null };
    ses.lockTokens[ses.level] = token;
  }
  return token;
}

/** Commit of level `from` into `from - 1`: its locks now live and die with the lower level. */
function commitTokens(ses: Session, from: number): void {
  const token = ses.lockTokens[from];
  if (token === undefined) return;
  ses.lockTokens[from] = undefined;
  const below = ses.lockTokens[from - 1];
  if (below === undefined) ses.lockTokens[from - 1] = token;
  else token.parent = below;
}

/** Rollback of every level above `level`: their locks die at once. */
function killTokens(ses: Session, level: number): void {
  // Popped, not cut by setting the length: that setter is a call into V8's C++ code, which after a long
  // transaction costs a rollback microseconds of cold instruction fetches (docs/performance.md).
  const tokens = ses.lockTokens;
  while (tokens.length > level + 1) {
    const token = tokens.pop();
    if (token !== undefined) token.live = false;
  }
}

function viewOf(ses: Session, table: TableDef): TableView {
  let view = ses.tableViews.get(table);
  if (view === undefined) {
    view = {
      table, base: table.store.imageAt(ses.trxBegin0), work: null, saves: emptyValues(), ops: new OpLog(), deltas: 0,
      locks: new LevelLog(), shares: new LevelLog(),
    };
    ses.tableViews.set(table, view);
  }
  return view;
}

/** The image a session reads a table from now. */
export function readImage(ses: Session, table: TableDef): TableImage {
  if (ses.level === 0) return table.store.committed;
  const view = viewOf(ses, table);
  return view.work ?? view.base;
}

/** The entries of a secondary index in an image, built when first needed. */
export function indexTree(image: TableImage, table: TableDef, index: IndexDef): StringTree<RecordValues> {
  return image.index(index.id, (values) => entryKeysOf(index, fullRecord(table, values)));
}

/**
 * Apply one change to an image: the record and the entries of every secondary index built in it. `old` is the
 * record as the image holds it now (undefined: none), which the caller has already looked up.
 */
function apply(
  image: TableImage, table: TableDef, bm: string, values: RecordValues | null, old: RecordValues | undefined, stored = values,
): void {
  image.changes += 1;
  if (stored === null) image.remove(bm);
  else image.put(bm, stored);
  const trees = image.indexes;
  if (trees.size === 0) return;
  // The keys are made from the records as read, late defaults included.
  const was = old === undefined ? undefined : fullRecord(table, old);
  const now = values === null ? null : fullRecord(table, values);
  // The table's list of indexes walked, not the image's map of trees: no iterator, entry pair or closure to
  // allocate per index per change.
  let walked = 0;
  for (const index of table.indexes) {
    const tree = trees.get(index.id);
    if (tree === undefined) continue;
    walked += 1;
    const before = was === undefined ? NO_KEYS : entryKeysOf(index, was);
    const after = now === null ? NO_KEYS : entryKeysOf(index, now);
    // One entry per key: a key both versions yield keeps its entry (recupd.cxx cancels a delete and insert of one
    // key), which now holds the new version of the record.
    for (const key of before) if (!after.includes(key)) tree.delete(entryKey(key, bm));
    if (stored !== null) for (const key of after) tree.set(entryKey(key, bm), stored);
  }
  // Entries of an index deleted since they were built go at the first change that meets them.
  if (walked < trees.size) for (const id of [...trees.keys()]) if (table.indexById(id) === undefined) trees.delete(id);
}

/**
 * Change a record (values null: delete it) for a session, taking the write
 * lock first: WriteConflict when another session holds an uncommitted change
 * to it or committed one after this transaction began (ese-semantics §7.5).
 * Then the same for the keys of unique secondary indexes it takes or gives up
 * and, with `checkUnique`, KeyDuplicate when the session sees another record
 * holding one of its unique keys. `absent`: the caller has just seen that the session's image holds no record
 * `bm` (an insert), which spares a lookup.
 */
export function writeRecord(
  engine: Engine, ses: Session, table: TableDef, bm: string, values: RecordValues | null, checkUnique = false, absent = false,
  packed: PackedRecord | null = null,
): void {
  const store = table.store;
  // The record is kept packed (one byte array), `packed` when the caller made it; its index keys are made from the
  // values as given.
  const stored = packed ?? (values === null || values instanceof PackedRecord ? values : PackedRecord.pack(values, table.byId));
  if (ses.level === 0) {
    const before = absent ? undefined : store.committed.records.get(bm);
    if (store.conflicts(bm, ses, Number.MAX_SAFE_INTEGER)) fail(conflictCode(values !== null && before === undefined));
    const keys = uniqueKeyLocks(table, before, values);
    checkKeyLocks(store, ses, Number.MAX_SAFE_INTEGER, keys);
    if (checkUnique && values !== null && uniqueTaken(store.committed, table, values, bm)) fail(JET_errKeyDuplicate);
    const now = ++engine.trxClock;
    const oldest = oldestBegin(engine, ses);
    store.beforeCommit(now, oldest);
    apply(store.committed, table, bm, values, before, stored);
    // With no transaction live, no commit can conflict with anything any more.
    if (oldest === null) {
      store.forgetChanges();
    } else {
      store.committedChange(bm, now);
      for (const k of keys.names) store.committedChange(k, now);
    }
    return;
  }
  const view = viewOf(ses, table);
  const before = absent ? undefined : (view.work ?? view.base).records.get(bm);
  if (store.conflicts(bm, ses, ses.trxBegin0)) fail(conflictCode(values !== null && before === undefined));
  const keys = uniqueKeyLocks(table, before, values);
  checkKeyLocks(store, ses, ses.trxBegin0, keys);
  if (checkUnique && values !== null && uniqueTaken(view.work ?? view.base, table, values, bm)) fail(JET_errKeyDuplicate);
  chargeVersion(ses, changeBytes(table, bm, before));
  saveLevel(ses, view);
  if (view.work === null) view.work = view.base.clone();
  const token = levelToken(ses);
  // An insert's lock is on a bookmark the session has just seen free (`absent`) and checked (conflicts above).
  if (absent ? store.lockNew(bm, token) : store.lock(bm, token)) view.locks.push(bm);
  for (const k of keys.names) if (store.lock(k, token)) view.locks.push(k);
  apply(view.work, table, bm, values, before, stored);
  view.ops.push(bm, stored);
}

/** Is one of the unique secondary keys of `values` held by another record than `self` in this image? */
function uniqueTaken(image: TableImage, table: TableDef, values: RecordValues, self: string): boolean {
  for (const index of table.indexes) {
    if (index.primary || !index.unique) continue;
    for (const key of entryKeysOf(index, fullRecord(table, values))) {
      const prefix = shiftUp(key) + '\u0000';
      const hit = indexTree(image, table, index).getPairOrNextHigher(prefix);
      if (hit !== undefined && hit[0].startsWith(prefix) && bookmarkOf(hit[0]) !== self) return true;
    }
  }
  return false;
}

/**
 * The version-store room a change takes (versionStore.ts): a version for the record with its bookmark and the
 * record as it was, and one per secondary index entry it adds or removes.
 */
function changeBytes(table: TableDef, bm: string, before: RecordValues | undefined): number {
  let bytes = VERSION_BYTES * (1 + table.indexes.length - (table.primary === null ? 0 : 1)) + bm.length;
  if (before !== undefined) for (const list of before.values()) for (const v of list) bytes += v.length;
  return bytes;
}

/** Take the write lock on a record without changing it (JetPrepareUpdate(JET_prepReplace) in a transaction). */
export function lockRecord(ses: Session, table: TableDef, bm: string): void {
  const store = table.store;
  if (store.conflicts(bm, ses, ses.trxBegin0)) fail(JET_errWriteConflict);
  if (store.holder(bm) === ses) return;
  const view = viewOf(ses, table);
  chargeVersion(ses, VERSION_BYTES + bm.length);
  saveLevel(ses, view);
  store.lock(bm, levelToken(ses));
  view.locks.push(bm);
}

/** Before the first change at a level: keep what a rollback of the level puts back. */
function saveLevel(ses: Session, view: TableView): void {
  const saves = view.saves;
  // Read within the length only (see levelToken).
  if (saves.length === 0 || saves[saves.length - 1].level < ses.level) {
    view.saves.push({
      level: ses.level, image: view.work === null ? null : view.work.clone(), ops: view.ops.mark(), locks: view.locks.mark(),
      shares: view.shares.mark(),
    });
  }
}

/** A read lock (JetGetLock): WriteConflict when another session changed the record or holds a delta on it. */
export function readLockRecord(ses: Session, table: TableDef, bm: string): void {
  const store = table.store;
  if (store.conflicts(bm, ses, ses.trxBegin0, 'read')) fail(JET_errWriteConflict);
  const view = viewOf(ses, table);
  chargeVersion(ses, VERSION_BYTES + bm.length);
  saveLevel(ses, view);
  if (store.share(bm, ses, 'read', levelToken(ses))) view.shares.push(bm);
}

/** The value a delta makes of a column's current value (little-endian, wrapping like the engine's integer add). */
export function addDelta(table: TableDef, values: RecordValues, delta: Delta): { before: Uint8Array; after: RecordValues } {
  const list = values.get(delta.columnid);
  const before = list !== undefined && list.length > 0 ? list[0] : new Uint8Array(delta.size);
  const bits = BigInt(delta.size * 8);
  const view = new DataView(before.buffer, before.byteOffset, before.byteLength);
  const old = delta.size === 8 ? view.getBigInt64(0, true) : BigInt(view.getInt32(0, true));
  const sum = BigInt.asIntN(Number(bits), old + delta.amount);
  const bytes = new Uint8Array(delta.size);
  const out = new DataView(bytes.buffer);
  if (delta.size === 8) out.setBigInt64(0, sum, true);
  else out.setInt32(0, Number(sum), true);
  const after = new Map(values);
  after.set(delta.columnid, [bytes]);
  // Stored packed, with the record's range: the columns it did not answer for still read as their defaults.
  return { before, after: values instanceof PackedRecord ? PackedRecord.pack(after, table.byId, values.covers) : after };
}

/**
 * An escrow delta (JetEscrowUpdate): deltas of several sessions on one record
 * commute, so it conflicts only with another session's write or read lock.
 * Returns the value before the delta as the record physically holds it, other
 * sessions' uncommitted deltas included (escrowValue.ts).
 */
export function deltaRecord(engine: Engine, ses: Session, table: TableDef, bm: string, delta: Delta): Uint8Array {
  const store = table.store;
  const kind = deltaKind(delta);
  if (store.conflicts(bm, ses, ses.trxBegin0, kind)) fail(JET_errWriteConflict);
  const view = viewOf(ses, table);
  chargeVersion(ses, VERSION_BYTES + bm.length + delta.size);
  saveLevel(ses, view);
  if (view.work === null) view.work = view.base.clone();
  const current = view.work.records.get(bm) as RecordValues;
  const { before, after } = addDelta(table, current, delta);
  const physical = physicalOldValue(ses, table, bm, delta, before);
  if (store.share(bm, ses, kind, levelToken(ses))) view.shares.push(bm);
  apply(view.work, table, bm, after, current);
  view.ops.push(bm, delta);
  view.deltas += 1;
  void engine;
  return physical;
}

/** Commit one level of the session's table changes (to `level`). At level 0 they become everybody's. */
export function commitTables(engine: Engine, ses: Session, level: number): void {
  commitVersions(engine, ses, level);
  if (level > 0) {
    commitTokens(ses, level + 1);
    for (const view of ses.tableViews.values()) {
      const top = view.saves[view.saves.length - 1];
      if (top === undefined || top.level <= level) continue;
      const below = view.saves[view.saves.length - 2];
      if (below !== undefined && below.level === level) view.saves.pop();
      else top.level = level;
    }
    return;
  }
  const views = [...ses.tableViews.values()];
  ses.tableViews.clear();
  // Images and commit stamps are kept only for the other sessions' transactions: this one ends here.
  const oldest = oldestBegin(engine, ses);
  for (const view of views) {
    const store = view.table.store;
    if (view.work !== null || view.locks.length > 0) {
      const now = ++engine.trxClock;
      if (view.deltas > 0) {
        view.ops.forEach((bm, change) => {
          if (isDelta(change) && finalizes(view.table, change.columnid)) {
            engine.finalizing.push({ table: view.table, bm, columnid: change.columnid, at: now });
          }
        });
      }
      if (view.work !== null) {
        const untouched = store.stamp < ses.trxBegin0;
        store.beforeCommit(now, oldest);
        if (untouched) store.committed = view.work;
        else view.ops.forEach((bm, change) => replay(store.committed, view.table, bm, change));
      }
      if (oldest === null) {
        store.forgetChanges();
      } else {
        // Every version committed, a write lock without a change included, stays until later transactions (ver.cxx).
        view.locks.forEach((bm) => store.committedChange(bm, now));
        view.ops.forEach((bm, change) => store.committedChange(bm, now, isDelta(change) ? deltaKind(change) : 'write'));
      }
    }
    store.unlockAll(ses, view.locks);
    // A committed read lock stays a version the transactions begun before the commit meet (ver.cxx operReadLock).
    let readAt = 0;
    view.shares.forEach((bm) => {
      for (const kind of store.unshare(bm, ses)) {
        if (kind === 'read' && oldest !== null) store.committedChange(bm, readAt === 0 ? (readAt = ++engine.trxClock) : readAt, 'read');
      }
    });
  }
  killTokens(ses, 0);
}

/** Does a column's delta wait for delete-on-zero clean-up after its commit (versionCleanup.ts)? */
function finalizes(table: TableDef, columnid: number): boolean {
  const col = table.byId.get(columnid);
  return col !== undefined && (col.has(COLUMN.DeleteOnZero) || col.has(COLUMN.Finalize));
}

/** Apply a committed change to the latest committed image (a delta adds to whatever value is there now). */
function replay(image: TableImage, table: TableDef, bm: string, change: Change): void {
  if (isDelta(change)) {
    const current = image.records.get(bm);
    if (current !== undefined) apply(image, table, bm, addDelta(table, current, change).after, current);
    return;
  }
  apply(image, table, bm, change, image.records.get(bm));
}

/**
 * Roll the session's table changes back to `level` (0: all of them, and its views go). Each table's image of the
 * level is put back and the level's locks die with its token; the logs of changes and locks drop whole chunks
 * without looking into them (LevelLog), so the cost is nearly the same whatever is undone.
 */
export function rollbackTables(ses: Session, level: number): void {
  ses.tableViews.forEach((view) => {
    while (view.saves.length > 0 && view.saves[view.saves.length - 1].level > level) {
      const save = view.saves.pop() as (typeof view.saves)[number];
      view.work = save.image;
      view.ops.cut(save.ops);
      const held = view.locks.length + view.shares.length;
      view.locks.cut(save.locks);
      view.shares.cut(save.shares);
      view.table.store.died(held - view.locks.length - view.shares.length);
    }
  });
  killTokens(ses, level);
  rollbackVersions(ses, level);
  if (level === 0) ses.tableViews.clear();
}

/** Forget a table everywhere a session could hold it (JetDeleteTable, a rolled-back JetCreateTable). */
export function dropViews(engine: Engine, table: TableDef): void {
  for (const s of engine.sessions.values()) s.tableViews.delete(table);
}
