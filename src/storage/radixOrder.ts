/**
 * Key order of a sort's rows. The keys are byte strings held back to back in
 * one byte area: key `r` is `keys[starts[r]]` to `keys[starts[r + 1]]`
 * (exclusive). Their plain byte order (a shorter key before the longer keys
 * it begins) is the index order.
 *
 * The first 8 bytes of every key (0 past its end) are packed into two 32-bit
 * words and sorted by LSD radix passes over the bytes that are not the same in
 * every key, two bytes a pass for large sorts; the words travel with the row
 * numbers, so each pass reads its input in order. Rows that still agree on all
 * 8 bytes are then ordered by their whole keys. The result is stable: rows
 * with equal keys keep the order they were added in.
 */

/** Bytes packed into the two words sorted by the radix passes. */
const PREFIX = 8;
/** From this many rows on, a pass sorts two bytes at once (65,536 counters instead of 256). */
const WIDE_FROM = 8192;

/**
 * Row numbers 0..n-1 in key order, stable; with `removeDuplicates`, of each
 * run of equal keys only the first added is kept.
 */
export function radixOrder(keys: Uint8Array, starts: Int32Array, n: number, removeDuplicates: boolean): Uint32Array {
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  let idx = new Uint32Array(n);
  let diffHi = 0;
  let diffLo = 0;
  for (let r = 0; r < n; r++) {
    const s = starts[r];
    const len = starts[r + 1] - s;
    let h: number;
    let l: number;
    if (len >= PREFIX) {
      h = ((keys[s] << 24) | (keys[s + 1] << 16) | (keys[s + 2] << 8) | keys[s + 3]) >>> 0;
      l = ((keys[s + 4] << 24) | (keys[s + 5] << 16) | (keys[s + 6] << 8) | keys[s + 7]) >>> 0;
    } else {
      h = 0;
      l = 0;
      for (let b = 0; b < len; b++) {
        if (b < 4) h |= keys[s + b] << (24 - 8 * b);
        else l |= keys[s + b] << (56 - 8 * b);
      }
      h >>>= 0;
      l >>>= 0;
    }
    hi[r] = h;
    lo[r] = l;
    idx[r] = r;
    diffHi |= h ^ hi[0];
    diffLo |= l ^ lo[0];
  }
  if (n < 2) return idx;
  // Byte positions (0 = first key byte) that differ somewhere, least significant first.
  const varying: number[] = [];
  for (let p = PREFIX - 1; p >= 0; p--) {
    const diff = p < 4 ? diffHi : diffLo;
    if (((diff >>> (8 * (3 - (p & 3)))) & 0xff) !== 0) varying.push(p);
  }
  const wide = n >= WIDE_FROM;
  const counts = new Int32Array(wide ? 0x10001 : 0x101);
  let hi2 = new Uint32Array(n);
  let lo2 = new Uint32Array(n);
  let idx2 = new Uint32Array(n);
  for (let v = 0; v < varying.length;) {
    const low = varying[v];
    const high = wide && v + 1 < varying.length ? varying[v + 1] : -1;
    radixPass(hi, lo, idx, hi2, lo2, idx2, n, counts, low, high);
    v += high < 0 ? 1 : 2;
    [hi, hi2] = [hi2, hi];
    [lo, lo2] = [lo2, lo];
    [idx, idx2] = [idx2, idx];
  }
  return settleTies(keys, starts, hi, lo, idx, n, removeDuplicates);
}

/**
 * One stable counting pass from (hi, lo, idx) into (hi2, lo2, idx2) by the byte at position `low`, or by the
 * 16-bit digit of the bytes at `high` (more significant) and `low` when `high` is not -1.
 */
function radixPass(
  hi: Uint32Array, lo: Uint32Array, idx: Uint32Array, hi2: Uint32Array, lo2: Uint32Array, idx2: Uint32Array,
  n: number, counts: Int32Array, low: number, high: number,
): void {
  const wl = low < 4 ? hi : lo;
  const sl = 8 * (3 - (low & 3));
  const wh = high < 4 ? hi : lo;
  const sh = high < 0 ? 0 : 8 * (3 - (high & 3));
  const size = high < 0 ? 0x100 : 0x10000;
  counts.fill(0, 0, size + 1);
  if (high < 0) {
    for (let i = 0; i < n; i++) counts[((wl[i] >>> sl) & 0xff) + 1]++;
  } else {
    for (let i = 0; i < n; i++) counts[((((wh[i] >>> sh) & 0xff) << 8) | ((wl[i] >>> sl) & 0xff)) + 1]++;
  }
  for (let d = 0; d < size; d++) counts[d + 1] += counts[d];
  for (let i = 0; i < n; i++) {
    const digit = high < 0 ? (wl[i] >>> sl) & 0xff : (((wh[i] >>> sh) & 0xff) << 8) | ((wl[i] >>> sl) & 0xff);
    const to = counts[digit]++;
    hi2[to] = hi[i];
    lo2[to] = lo[i];
    idx2[to] = idx[i];
  }
}

/**
 * Rows in prefix order to rows in key order: each run of rows with the same 8-byte prefix is sorted by whole key
 * (by length alone when every key of the run fits in the prefix), and duplicates are dropped if asked. Only rows
 * of such runs can have equal keys.
 */
function settleTies(
  keys: Uint8Array, starts: Int32Array, hi: Uint32Array, lo: Uint32Array, idx: Uint32Array, n: number,
  removeDuplicates: boolean,
): Uint32Array {
  let kept = 0;
  for (let s = 0; s < n;) {
    let e = s + 1;
    while (e < n && hi[e] === hi[s] && lo[e] === lo[s]) e++;
    if (e - s === 1) {
      idx[kept++] = idx[s];
      s = e;
      continue;
    }
    const run = Array.from(idx.subarray(s, e));
    // Array.prototype.sort is stable: equal keys keep the order they were added in.
    run.sort((a, b) => compareKeys(keys, starts, a, b));
    for (let i = 0; i < run.length; i++) {
      if (removeDuplicates && i > 0 && compareKeys(keys, starts, run[i - 1], run[i]) === 0) continue;
      idx[kept++] = run[i];
    }
    s = e;
  }
  return kept === n ? idx : idx.subarray(0, kept);
}

/** Byte order of keys `a` and `b`: negative, 0 or positive. */
export function compareKeys(keys: Uint8Array, starts: Int32Array, a: number, b: number): number {
  const sa = starts[a];
  const sb = starts[b];
  const la = starts[a + 1] - sa;
  const lb = starts[b + 1] - sb;
  const common = la < lb ? la : lb;
  for (let k = 0; k < common; k++) {
    const d = keys[sa + k] - keys[sb + k];
    if (d !== 0) return d;
  }
  return la - lb;
}
