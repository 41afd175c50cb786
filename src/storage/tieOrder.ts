/**
 * The last step of a sort's order, where rows whose keys tie meet the engine's rule: sort.cxx keeps each row's key
 * and record bytes back to back (ErrSORTInsert), and its quicksort compares the two as ONE byte string
 * (ISORTICmpPspairPspair: a prefix filled from the key and then the record, ISORTICmp2PspairPspair: the rest of both
 * together, then the lengths). So rows with equal keys come in the order of their record bytes, and a row whose key
 * is a proper beginning of another's may even land after it. Duplicate removal (CspairSORTIUnique) then keeps the
 * first row of each run of equal keys: the one whose record bytes come first.
 *
 * Only rows whose key begins the next row's key (equal keys included) can move, so record bytes are made for those
 * rows alone: a sort of distinct keys pays one comparison per row.
 */

import { compareKeys } from './radixOrder';

/** Keys of a sort: row r's key is keys[starts[r]] up to starts[r + 1] less `cut` bytes (a suffix, not key). */
export interface SortKeys {
  readonly keys: Uint8Array;
  readonly starts: Int32Array;
  readonly cut: number;
}

/** Does row b's key begin with row a's (or equal it)? */
function begins(k: SortKeys, a: number, b: number): boolean {
  const sa = k.starts[a];
  const sb = k.starts[b];
  const la = k.starts[a + 1] - sa - k.cut;
  if (k.starts[b + 1] - sb - k.cut < la) return false;
  for (let i = 0; i < la; i++) if (k.keys[sa + i] !== k.keys[sb + i]) return false;
  return true;
}

function sameKey(k: SortKeys, a: number, b: number): boolean {
  return compareKeys(k.keys, k.starts, a, b, k.cut) === 0;
}

/** Byte order of key + record of row a against row b, as one string each. */
function compareJoined(k: SortKeys, a: number, ra: Uint8Array, b: number, rb: Uint8Array): number {
  const sa = k.starts[a];
  const sb = k.starts[b];
  const ka = k.starts[a + 1] - sa - k.cut;
  const kb = k.starts[b + 1] - sb - k.cut;
  const la = ka + ra.length;
  const lb = kb + rb.length;
  const n = la < lb ? la : lb;
  for (let i = 0; i < n; i++) {
    const x = i < ka ? k.keys[sa + i] : ra[i - ka];
    const y = i < kb ? k.keys[sb + i] : rb[i - kb];
    if (x !== y) return x - y;
  }
  return la - lb;
}

/**
 * `order` (rows in key order) reordered where keys tie or begin one another, by key and record bytes together
 * (`record(r)`: row r's record bytes); with `removeDuplicates`, of each run of equal keys only the first is kept.
 * A kept-duplicates sort's keys end with a sequence number (`cut` bytes) that makes them unique: within each group
 * reordered, those numbers are handed out again in the new order, so the stored keys still ascend.
 */
export function settleTies(order: Uint32Array, k: SortKeys, record: (r: number) => Uint8Array, removeDuplicates: boolean): Uint32Array {
  const n = order.length;
  for (let i = 0; i < n;) {
    let j = i + 1;
    while (j < n && begins(k, order[i], order[j])) j++;
    if (j - i > 1) {
      if (removeDuplicates && sameKey(k, order[i], order[j - 1])) firstToFront(order, i, j, k, record);
      else reorder(order, i, j, k, record);
    }
    i = j;
  }
  if (!removeDuplicates) return order;
  let kept = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0 && sameKey(k, order[i - 1], order[i])) continue;
    order[kept++] = order[i];
  }
  return kept === n ? order : order.subarray(0, kept);
}

/**
 * A run of equal keys in a sort that keeps one row per key: only which row comes first matters (the rest go), so the
 * row with the smallest record bytes is found and put first, in one pass instead of a sort.
 */
function firstToFront(order: Uint32Array, from: number, to: number, k: SortKeys, record: (r: number) => Uint8Array): void {
  let best = from;
  let bestBytes = record(order[from]);
  for (let i = from + 1; i < to; i++) {
    const bytes = record(order[i]);
    if (compareJoined(k, order[i], bytes, order[best], bestBytes) < 0) {
      best = i;
      bestBytes = bytes;
    }
  }
  const r = order[best];
  order[best] = order[from];
  order[from] = r;
}

function reorder(order: Uint32Array, from: number, to: number, k: SortKeys, record: (r: number) => Uint8Array): void {
  const rows = Array.from(order.subarray(from, to));
  const bytes = rows.map(record);
  const suffixes = k.cut === 0 ? null : rows.map((r) => suffixOf(k, r)).sort((a, b) => a - b);
  // Positions in the group sorted, so that the comparison reads each row's bytes from an array (no lookup by row).
  const at = rows.map((_, i) => i);
  at.sort((a, b) => compareJoined(k, rows[a], bytes[a], rows[b], bytes[b]));
  at.forEach((p, i) => {
    const r = rows[p];
    order[from + i] = r;
    if (suffixes !== null) writeSuffix(k, r, suffixes[i]);
  });
}

/** The big-endian number in a row's last `cut` (4) key bytes. */
function suffixOf(k: SortKeys, r: number): number {
  const e = k.starts[r + 1];
  return ((k.keys[e - 4] << 24) | (k.keys[e - 3] << 16) | (k.keys[e - 2] << 8) | k.keys[e - 1]) >>> 0;
}

function writeSuffix(k: SortKeys, r: number, value: number): void {
  const e = k.starts[r + 1];
  k.keys[e - 4] = (value >>> 24) & 0xff;
  k.keys[e - 3] = (value >>> 16) & 0xff;
  k.keys[e - 2] = (value >>> 8) & 0xff;
  k.keys[e - 1] = value & 0xff;
}
