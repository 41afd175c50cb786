import type { CopyBuffer } from './record';
import { Row, SortedRows } from './rows';

/**
 * The rows a sort collects before its first move: keys and record offsets
 * in parallel arrays, the first bytes of each key in one byte array, and the
 * packed records back to back in one growing byte area. Nothing is allocated
 * per row but its key string.
 */
/** Key bytes sorted by radix passes; keys that agree on all of them are compared whole. */
const PREFIX = 6;

export class SortBuilder {
  private readonly keys: string[] = [];
  /** Index keys, kept apart only when they differ from the storage keys (sorts that keep duplicates). */
  private readonly norms: string[];
  /** The first PREFIX bytes of each key (0 past its end), for the radix passes. */
  private prefixes = new Uint8Array(PREFIX * 64);
  private readonly starts: number[] = [];
  private area = new Uint8Array(1024);

  constructor(keepsDuplicates: boolean) {
    this.norms = keepsDuplicates ? [] : this.keys;
  }
  private used = 0;

  get count(): number {
    return this.keys.length;
  }

  add(key: string, norm: string, values: CopyBuffer): void {
    const size = values.packedSize();
    if (this.used + size > this.area.length) {
      const grown = new Uint8Array(Math.max(this.area.length * 2, this.used + size));
      grown.set(this.area.subarray(0, this.used));
      this.area = grown;
    }
    values.packInto(this.area, this.used);
    const n = this.keys.length;
    if ((n + 1) * PREFIX > this.prefixes.length) {
      const grown = new Uint8Array(this.prefixes.length * 2);
      grown.set(this.prefixes);
      this.prefixes = grown;
    }
    for (let b = 0; b < PREFIX; b++) this.prefixes[n * PREFIX + b] = b < key.length ? key.charCodeAt(b) : 0;
    this.keys.push(key);
    if (this.norms !== this.keys) this.norms.push(norm);
    this.starts.push(this.used);
    this.used += size;
  }

  /**
   * Positions of the rows in key order, stable (equal keys keep insertion
   * order), duplicates dropped if asked: a byte-wise radix sort on the key
   * prefixes, then the few runs that share a whole prefix sorted by full key.
   */
  private order(removeDuplicates: boolean): Uint32Array {
    const n = this.keys.length;
    let order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    let spare = new Uint32Array(n);
    const counts = new Int32Array(257);
    const prefixes = this.prefixes;
    for (let b = PREFIX - 1; b >= 0; b--) {
      counts.fill(0);
      for (let i = 0; i < n; i++) counts[prefixes[order[i] * PREFIX + b] + 1] += 1;
      if (counts.some((c) => c === n)) continue; // every key has the same byte here
      for (let v = 0; v < 256; v++) counts[v + 1] += counts[v];
      for (let i = 0; i < n; i++) {
        const row = order[i];
        spare[counts[prefixes[row * PREFIX + b]]++] = row;
      }
      [order, spare] = [spare, order];
    }
    const keys = this.keys;
    for (let start = 0; start < n;) {
      let end = start + 1;
      while (end < n && this.samePrefix(order[start], order[end])) end += 1;
      if (end - start > 1) {
        const run = Array.from(order.subarray(start, end)).sort((a, c) => (keys[a] < keys[c] ? -1 : keys[a] > keys[c] ? 1 : 0));
        order.set(run, start);
      }
      start = end;
    }
    if (!removeDuplicates || n < 2) return order;
    let kept = 1;
    for (let i = 1; i < n; i++) if (keys[order[i]] !== keys[order[kept - 1]]) order[kept++] = order[i];
    return order.subarray(0, kept);
  }

  private samePrefix(a: number, b: number): boolean {
    for (let k = 0; k < PREFIX; k++) if (this.prefixes[a * PREFIX + k] !== this.prefixes[b * PREFIX + k]) return false;
    return true;
  }

  /** The row added `i`-th (insertion order), for looking at a sort before it is sorted. */
  added(i: number): Row | undefined {
    if (i < 0 || i >= this.keys.length) return undefined;
    return { key: this.keys[i], norm: this.norms[i], rec: this.area, at: this.starts[i], idx: i };
  }

  /** The sorted rows, for reading back. */
  sorted(removeDuplicates: boolean): SortedRows {
    return new SortedRows(this.keys, this.norms, this.starts, this.order(removeDuplicates), this.area);
  }

  /** The sorted rows as Row objects (to fill a materialized table). */
  rows(removeDuplicates: boolean): Row[] {
    return Array.from(this.order(removeDuplicates), (i) => ({ key: this.keys[i], norm: this.norms[i], rec: this.area, at: this.starts[i], idx: 0 }));
  }
}
