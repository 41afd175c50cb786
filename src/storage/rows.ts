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

/**
 * The rows of a finished sort, which never change again: parallel arrays of
 * keys and record offsets into one byte area, and `order`, the row numbers in
 * key order. A Row is made only for the position a cursor moves to.
 */
export class SortedRows implements RowStore {
  constructor(
    private readonly keys: readonly string[],
    private readonly norms: readonly string[],
    private readonly starts: readonly number[],
    private readonly order: Uint32Array,
    private readonly area: Uint8Array,
  ) {}
  get size(): number {
    return this.order.length;
  }
  /** The row at a position (a sort's bookmark is its position). */
  at(i: number): Row | undefined {
    if (!Number.isInteger(i) || i < 0 || i >= this.order.length) return undefined;
    const r = this.order[i];
    return { key: this.keys[r], norm: this.norms[r], rec: this.area, at: this.starts[r], idx: i };
  }
  /** Storage key of the row at a position (past the end: undefined). */
  private keyAt(i: number): string | undefined {
    return i < this.order.length ? this.keys[this.order[i]] : undefined;
  }
  get(key: string): Row | undefined {
    const i = this.lowerBound(key);
    return this.keyAt(i) === key ? this.at(i) : undefined;
  }
  first(): Row | undefined {
    return this.at(0);
  }
  last(): Row | undefined {
    return this.at(this.order.length - 1);
  }
  next(key: string, from: Row | null): Row | undefined {
    if (from !== null) return this.at(from.idx + 1);
    const i = this.lowerBound(key);
    return this.at(this.keyAt(i) === key ? i + 1 : i);
  }
  prev(key: string, from: Row | null): Row | undefined {
    if (from !== null) return this.at(from.idx - 1);
    return this.at(this.lowerBound(key) - 1);
  }
  ceiling(key: string): Row | undefined {
    return this.at(this.lowerBound(key));
  }
  floor(key: string): Row | undefined {
    const i = this.lowerBound(key);
    return this.at(this.keyAt(i) === key ? i : i - 1);
  }
  /** Position of the first row with key >= `key`. */
  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys[this.order[mid]] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
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
