import BTree from 'sorted-btree';

/** One record of a temp table or sort: its storage key, its index key and its packed column values. */
export interface Row {
  /** Unique key the row is stored under (also its bookmark). */
  readonly key: string;
  /** Normalized index key (what JetRetrieveKey returns and seeks compare with). */
  readonly norm: string;
  /** keyPrefix(key), to sort rows quickly. */
  readonly prefix: number;
  /** Column values, packed (see record.ts). */
  rec: Uint8Array;
  /** Position in a SortedRows array (ignored by TreeRows). */
  idx: number;
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

/** The rows of a finished sort: a sorted array that never changes again. */
export class SortedRows implements RowStore {
  constructor(private readonly list: Row[]) {
    for (let i = 0; i < list.length; i++) list[i].idx = i;
  }
  get size(): number {
    return this.list.length;
  }
  get(key: string): Row | undefined {
    const i = this.lowerBound(key);
    const row = this.list[i];
    return row !== undefined && row.key === key ? row : undefined;
  }
  first(): Row | undefined {
    return this.list[0];
  }
  last(): Row | undefined {
    return this.list[this.list.length - 1];
  }
  next(key: string, from: Row | null): Row | undefined {
    if (from !== null) return this.list[from.idx + 1];
    const i = this.lowerBound(key);
    const row = this.list[i];
    return row !== undefined && row.key === key ? this.list[i + 1] : row;
  }
  prev(key: string, from: Row | null): Row | undefined {
    if (from !== null) return this.list[from.idx - 1];
    return this.list[this.lowerBound(key) - 1];
  }
  ceiling(key: string): Row | undefined {
    return this.list[this.lowerBound(key)];
  }
  floor(key: string): Row | undefined {
    const i = this.lowerBound(key);
    const row = this.list[i];
    return row !== undefined && row.key === key ? row : this.list[i - 1];
  }
  /** The row at a position (a sort's bookmark is its position). */
  at(idx: number): Row | undefined {
    return Number.isInteger(idx) && idx >= 0 ? this.list[idx] : undefined;
  }
  /** Index of the first row with key >= `key`. */
  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.list[mid].key < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The rows of a materialized temp table: a B+ tree that takes inserts and deletes. */
export class TreeRows implements RowStore {
  private readonly tree = new BTree<string, Row>();
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
