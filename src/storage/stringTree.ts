import BTree from 'sorted-btree';

/**
 * A B+ tree keyed by strings compared by code unit (the order of the byte
 * strings keys are), with wider nodes than sorted-btree's default: the plain
 * comparison skips the default comparator's type checks, and wider nodes mean
 * fewer splits and a shallower tree. Clones keep both settings.
 */
export function stringTree<V>(): BTree<string, V> {
  return new BTree<string, V>(undefined, compareStrings, 64);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
