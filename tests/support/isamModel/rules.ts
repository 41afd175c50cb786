/**
 * Names of the rules behind the model's non-success answers on writes, so that a pass can count how often each
 * fired and fail when one never did (the commands would no longer exercise it).
 */

/** Why a session may not write a key (ese-semantics.md §7.5; ver.hxx RCE::FActiveNotByMe). */
export const HELD = 'held uncommitted by another session';
export const COMMITTED = 'committed after the begin';
export const LOCK_COMMITTED = 'write lock committed after the begin';
export type ConflictWhy = typeof HELD | typeof COMMITTED | typeof LOCK_COMMITTED;

export const rule = {
  insertDuplicate: 'insert: KeyDuplicate (in the view)',
  // bt.cxx ErrBTInsert: the version store's WriteConflict on a new key is turned into KeyDuplicate.
  insert: (why: ConflictWhy) => `insert: KeyDuplicate (${why})`,
  prepare: (why: ConflictWhy) => `prepare Replace: WriteConflict (${why})`,
  noLockUpdate: (why: ConflictWhy) => `ReplaceNoLock update: WriteConflict (${why})`,
  delete: (why: ConflictWhy) => `delete: WriteConflict (${why})`,
  level0Delete: `level-0 delete: WriteConflict (${HELD})`,
  level0UpdateHeld: `level-0 update: WriteConflict (${HELD})`,
  level0UpdateDeleted: 'level-0 update: RecordDeleted (deleted since the prepare)',
  level0UpdateChanged: 'level-0 update: WriteConflict (changed since the prepare)',
};

/**
 * Every rule a pass must reach. An insert never meets a write lock committed alone: the locked record exists in
 * every snapshot that could conflict on it, so the insert is KeyDuplicate first.
 */
export const REQUIRED_RULES: readonly string[] = [
  rule.insertDuplicate, rule.insert(HELD), rule.insert(COMMITTED),
  ...([HELD, COMMITTED, LOCK_COMMITTED] as const).flatMap((why) => [rule.prepare(why), rule.noLockUpdate(why), rule.delete(why)]),
  rule.level0Delete, rule.level0UpdateHeld, rule.level0UpdateDeleted, rule.level0UpdateChanged,
];
