import { StringTree, stringTree } from './stringTree';

/**
 * A table's record: each column id maps to its values (one for a fixed or
 * variable column, one or more for a tagged multi-valued one; a NULL column is
 * absent; a zero-length value is an empty Uint8Array). Treated as immutable:
 * a change makes a new Map.
 */
export type RecordValues = ReadonlyMap<number, readonly Uint8Array[]>;

/**
 * One state of a table's data: its records by bookmark, and the entries of
 * each secondary index that has been built for this state, by index id. An
 * entry key is the index key and the bookmark joined so that entries sort by
 * index key, then by bookmark (see entryKey). Images are persistent: clone()
 * is O(1) (the trees share their nodes and copy them on write), so a
 * transaction level can keep the image it started from and a rollback is
 * putting it back.
 */
export class TableImage {
  constructor(
    readonly records: StringTree<RecordValues> = stringTree<RecordValues>(),
    readonly indexes: Map<number, StringTree<string>> = new Map(),
  ) {}

  /** The entries of a secondary index (a record has one per key it yields), built the first time they are asked for. */
  index(id: number, keysOf: (values: RecordValues) => readonly string[]): StringTree<string> {
    let tree = this.indexes.get(id);
    if (tree === undefined) {
      const built = stringTree<string>();
      this.records.forEach((values, bm) => {
        for (const key of keysOf(values)) built.set(entryKey(key, bm), bm);
      });
      this.indexes.set(id, built);
      tree = built;
    }
    return tree;
  }

  /**
   * How many changes this image has taken (bumped by every change to it): with the image itself, it tells a
   * reader whether a record it read from the image can still be the current one.
   */
  changes = 0;

  clone(): TableImage {
    const indexes = new Map<number, StringTree<string>>();
    for (const [id, tree] of this.indexes) indexes.set(id, tree.clone());
    return new TableImage(this.records.clone(), indexes);
  }
}

/**
 * The entry key of a secondary index entry: every byte of the index key moved
 * up by one, a 0 separator, then the bookmark. Byte order of entry keys is
 * then (index key, bookmark) order, whatever bytes the keys hold, and a
 * search key made the same way without the separator finds the first entry
 * at or after it.
 */
export function entryKey(indexKey: string, bookmark: string): string {
  return shiftUp(indexKey) + '\u0000' + bookmark;
}

/** The index key part of a search: every byte moved up by one, as in entryKey. */
export function shiftUp(key: string): string {
  let s = '';
  for (let i = 0; i < key.length; i++) s += String.fromCharCode(key.charCodeAt(i) + 1);
  return s;
}

/** The index key and the bookmark an entry key holds. */
export function splitEntry(entry: string): { indexKey: string; bookmark: string } {
  const sep = entry.indexOf('\u0000');
  let indexKey = '';
  for (let i = 0; i < sep; i++) indexKey += String.fromCharCode(entry.charCodeAt(i) - 1);
  return { indexKey, bookmark: entry.slice(sep + 1) };
}
