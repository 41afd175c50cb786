/**
 * The locks esemu takes on the keys of unique secondary indexes beside a record's, and the code a conflict on a key
 * answers (an insert's KeyDuplicate, any other change's WriteConflict).
 */
import { JET_errKeyDuplicate, JET_errWriteConflict } from '../constants/errors';
import { entryKeysOf } from '../catalog/indexEntries';
import type { TableDef } from '../catalog/tableDef';
import { fail } from '../storage/failure';
import type { RecordValues } from '../storage/tableImage';
import { fullRecord } from './fullRecord';
import type { Session } from './session';

/** No keys: a shared empty list, never changed. */
const NO_KEYS: readonly string[] = [];

/**
 * The code of a conflict on a version another session holds or committed after this transaction began: a new key
 * (a record's insert, a unique secondary key taken) is KeyDuplicate, because the B-tree insert turns the version
 * store's WriteConflict into one (bt.cxx ErrBTInsert: an insert never answers WriteConflict); any other change is
 * WriteConflict.
 */
export function conflictCode(insert: boolean): number {
  return insert ? JET_errKeyDuplicate : JET_errWriteConflict;
}

/** The unique secondary keys a change takes (KeyDuplicate when held) or gives up (WriteConflict), in that order. */
export function checkKeyLocks(store: TableDef['store'], ses: Session, begin: number, keys: UniqueKeyLocks): void {
  const names = keys.names;
  for (let i = 0; i < names.length; i++) if (store.conflicts(names[i], ses, begin)) fail(conflictCode(i < keys.taken));
}

/** Lock names of unique secondary keys: the first `taken` are keys a change takes, the rest keys it gives up. */
export interface UniqueKeyLocks {
  readonly names: readonly string[];
  readonly taken: number;
}

const NO_KEY_LOCKS: UniqueKeyLocks = { names: NO_KEYS, taken: 0 };

/**
 * The keys of unique secondary indexes a change adds or gives up, as lock names. In the engine the index entry
 * itself is versioned: another session's uncommitted insert or delete of the same unique key, or one committed
 * after this transaction began, is "active not by me": taking the key is then KeyDuplicate (bt.cxx ErrBTInsert),
 * giving it up WriteConflict (the entry's flag-delete). esemu takes a lock on each such key beside the record's,
 * with the same rules. The names cannot meet a bookmark: bookmarks hold only characters below 256.
 */
export function uniqueKeyLocks(table: TableDef, before: RecordValues | undefined, after: RecordValues | null): UniqueKeyLocks {
  let taken: string[] | null = null;
  let given: string[] | null = null;
  for (const index of table.indexes) {
    if (index.primary || !index.unique) continue;
    const old = before === undefined ? [] : entryKeysOf(index, fullRecord(table, before));
    const now = after === null ? [] : entryKeysOf(index, fullRecord(table, after));
    for (const key of now) if (!old.includes(key)) (taken ??= []).push(`\uffff${index.id}\u0000${key}`);
    for (const key of old) if (!now.includes(key)) (given ??= []).push(`\uffff${index.id}\u0000${key}`);
  }
  if (taken === null && given === null) return NO_KEY_LOCKS;
  return { names: [...(taken ?? []), ...(given ?? [])], taken: taken?.length ?? 0 };
}
