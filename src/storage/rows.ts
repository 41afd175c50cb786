import { stringTree } from './stringTree';

/** One record of a temp table or sort: its storage key, its index key and its packed column values. */
export interface Row {
  /** Unique key the row is stored under (also a materialized table's bookmark). */
  readonly key: string;
  /** Normalized index key (what JetRetrieveKey returns and seeks compare with). */
  readonly norm: string;
  /** Bytes holding the packed record (see record.ts), which starts at `at`. */
  rec: Uint8Array;
  at: number;
  /** Position in a SortedRows (ignored by TreeRows). */
  readonly idx: number;
}

/** Ordered rows, navigated by storage key. Keys are byte strings (one char per byte), so `<` is byte order. */
export interface RowStore {
  readonly size: number;
  get(key: string): Row | undefined;
  first(): Row | undefined;
  last(): Row | undefined;
  /** First row with key > `key`; `from` is the row the caller is on, when it still exists. */
  next(key: string, from: Row | null): Row | undefined;
  /** Last row with key < `key`. */
  prev(key: string, from: Row | null): Row | undefined;
  /** First row with key >= `key`. */
  ceiling(key: string): Row | undefined;
  /** Last row with key <= `key`. */
  floor(key: string): Row | undefined;
}

/** The rows of a materialized temp table: a B+ tree that takes inserts and deletes. */
export class TreeRows implements RowStore {
  private readonly tree = stringTree<Row>();
  get size(): number {
    return this.tree.size;
  }
  get(key: string): Row | undefined {
    return this.tree.get(key);
  }
  first(): Row | undefined {
    const k = this.tree.minKey();
    return k === undefined ? undefined : this.tree.get(k);
  }
  last(): Row | undefined {
    const k = this.tree.maxKey();
    return k === undefined ? undefined : this.tree.get(k);
  }
  next(key: string): Row | undefined {
    return this.tree.nextHigherPair(key)?.[1];
  }
  prev(key: string): Row | undefined {
    return this.tree.nextLowerPair(key)?.[1];
  }
  ceiling(key: string): Row | undefined {
    return this.tree.getPairOrNextHigher(key)?.[1];
  }
  floor(key: string): Row | undefined {
    return this.tree.getPairOrNextLower(key)?.[1];
  }
  /** False when the key is taken. */
  insert(row: Row): boolean {
    return this.tree.setIfNotPresent(row.key, row);
  }
  delete(key: string): void {
    this.tree.delete(key);
  }
}
