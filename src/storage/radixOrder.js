"use strict";
/**
 * Key order of a sort's rows. The keys are byte strings held back to back in
 * one byte area: key `r` is `keys[starts[r]]` to `keys[starts[r + 1]]`
 * (exclusive). Their plain byte order (a shorter key before the longer keys
 * it begins) is the index order.
 *
 * The first 8 bytes of every key (0 past its end) are looked at, and of
 * them only the bytes that are not the same in every key: they are packed
 * into one or two 32-bit words per row, sorted by LSD radix passes (11 bits a
 * pass for large sorts: three passes for a 32-bit integer key); the words
 * travel with the row numbers, so each pass reads its input in order. Rows that still agree on all
 * 8 bytes are then ordered by their whole keys. The result is stable: rows
 * with equal keys keep the order they were added in.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.radixOrder = radixOrder;
exports.compareKeys = compareKeys;
/** Bytes of each key the radix passes look at. */
const PREFIX = 8;
/** Bits sorted per pass: 8 for small sorts, 11 (2048 counters) from this many rows on. */
const WIDE_FROM = 4096;
/**
 * Row numbers 0..n-1 in key order, stable; with `removeDuplicates`, of each
 * run of equal keys only the first added is kept. `cut`: the last bytes of
 * each key that are not key (a sequence suffix) and are left out.
 */
function radixOrder(keys, starts, n, removeDuplicates, cut = 0) {
    const idx = new Uint32Array(n);
    for (let r = 0; r < n; r++)
        idx[r] = r;
    if (n < 2)
        return idx;
    // The first 8 key bytes (0 past the end) as two big-endian words.
    const hi = new Int32Array(n);
    const lo = new Int32Array(n);
    let diffHi = 0;
    let diffLo = 0;
    for (let r = 0; r < n; r++) {
        const s = starts[r];
        const len = starts[r + 1] - s - cut;
        let h = 0;
        let l = 0;
        if (len >= PREFIX) {
            h = (keys[s] << 24) | (keys[s + 1] << 16) | (keys[s + 2] << 8) | keys[s + 3];
            l = (keys[s + 4] << 24) | (keys[s + 5] << 16) | (keys[s + 6] << 8) | keys[s + 7];
        }
        else {
            for (let b = 0; b < len; b++) {
                if (b < 4)
                    h |= keys[s + b] << (24 - 8 * b);
                else
                    l |= keys[s + b] << (56 - 8 * b);
            }
        }
        hi[r] = h;
        lo[r] = l;
        diffHi |= h ^ hi[0];
        diffLo |= l ^ lo[0];
    }
    // The prefix bytes (0 = the first) that are not the same in every key: only they can order rows.
    const varying = [];
    for (let p = 0; p < PREFIX; p++) {
        if ((((p < 4 ? diffHi : diffLo) >>> (8 * (3 - (p & 3)))) & 0xff) !== 0)
            varying.push(p);
    }
    const m = varying.length;
    compact(hi, lo, n, varying);
    const lanes = new Lanes(hi, m > 4 ? lo : null, idx);
    const bits = n >= WIDE_FROM ? 11 : 8;
    const counts = new Int32Array(4 << bits);
    // Least significant first: the second word's bytes, then the first word's.
    if (m > 4)
        sortLanes(lanes, true, 8 * (m - 4), bits, counts);
    if (m > 0)
        sortLanes(lanes, false, 8 * Math.min(m, 4), bits, counts);
    return settleTies(keys, starts, lanes.w1, lanes.w2, lanes.idx, n, removeDuplicates, cut);
}
/**
 * Replace each row's prefix words by its varying bytes, in order: the first
 * four in `hi` (right-aligned, the first most significant), the rest in `lo`.
 * Two rows have the same prefix exactly when they have the same words.
 */
function compact(hi, lo, n, varying) {
    const m = varying.length;
    const first = m > 0 ? varying[0] : 0;
    if (m <= 4 && (m === 0 || varying[m - 1] === first + m - 1)) {
        // One run of at most four bytes (a 32-bit integer key): shifts take it out of the two words.
        const end = first + m; // one past its last byte, 1..8
        const mask = m === 4 ? -1 : (1 << (8 * m)) - 1;
        if (end <= 4) {
            for (let r = 0; r < n; r++)
                hi[r] = (hi[r] >>> (8 * (4 - end))) & mask;
        }
        else if (first >= 4) {
            for (let r = 0; r < n; r++)
                hi[r] = (lo[r] >>> (8 * (8 - end))) & mask;
        }
        else {
            const up = 8 * (end - 4);
            for (let r = 0; r < n; r++)
                hi[r] = ((hi[r] << up) | (lo[r] >>> (32 - up))) & mask;
        }
        return;
    }
    for (let r = 0; r < n; r++) {
        const h = hi[r];
        const l = lo[r];
        let a = 0;
        let b = 0;
        for (let j = 0; j < m; j++) {
            const p = varying[j];
            const byte = (p < 4 ? h >>> (24 - 8 * p) : l >>> (56 - 8 * p)) & 0xff;
            if (j < 4)
                a = (a << 8) | byte;
            else
                b = (b << 8) | byte;
        }
        hi[r] = a;
        lo[r] = b;
    }
}
/** The arrays a radix pass moves: one or two words of each row and its row number, each with a spare. */
class Lanes {
    w1;
    w2;
    idx;
    w1s;
    w2s;
    idxs;
    constructor(w1, w2, idx) {
        this.w1 = w1;
        this.w2 = w2;
        this.idx = idx;
        const n = idx.length;
        this.w1s = new Int32Array(n);
        this.w2s = w2 === null ? null : new Int32Array(n);
        this.idxs = new Uint32Array(n);
    }
    /** Move every row to counts[base + its digit] (then incremented), by the word w2 (byW2) or w1. */
    scatter(byW2, shift, mask, counts, base) {
        const n = this.idx.length;
        const key = byW2 ? this.w2 : this.w1;
        const keyTo = byW2 ? this.w2s : this.w1s;
        const other = byW2 ? this.w1 : this.w2;
        const otherTo = byW2 ? this.w1s : this.w2s;
        const idx = this.idx;
        const idxTo = this.idxs;
        if (other === null || otherTo === null) {
            for (let i = 0; i < n; i++) {
                const v = key[i];
                const to = counts[base + ((v >>> shift) & mask)]++;
                keyTo[to] = v;
                idxTo[to] = idx[i];
            }
        }
        else {
            for (let i = 0; i < n; i++) {
                const v = key[i];
                const to = counts[base + ((v >>> shift) & mask)]++;
                keyTo[to] = v;
                otherTo[to] = other[i];
                idxTo[to] = idx[i];
            }
        }
        [this.w1, this.w1s] = [this.w1s, this.w1];
        [this.idx, this.idxs] = [this.idxs, this.idx];
        if (this.w2 !== null)
            [this.w2, this.w2s] = [this.w2s, this.w2];
    }
}
/** Stable LSD radix sort of the lanes by the low `width` bits of w2 (byW2) or w1, `bits` bits a pass. */
function sortLanes(lanes, byW2, width, bits, counts) {
    const passes = Math.ceil(width / bits);
    const size = 1 << bits;
    const mask = size - 1;
    const n = lanes.idx.length;
    counts.fill(0, 0, passes * size);
    // Every pass's counts from one reading of the words (a pass moves rows, not their digits' counts).
    const words = byW2 ? lanes.w2 : lanes.w1;
    for (let i = 0; i < n; i++) {
        const v = words[i];
        for (let p = 0; p < passes; p++)
            counts[(p << bits) + ((v >>> (p * bits)) & mask)]++;
    }
    for (let p = 0; p < passes; p++) {
        const base = p << bits;
        const shift = p * bits;
        const first = byW2 ? lanes.w2[0] : lanes.w1[0];
        if (counts[base + ((first >>> shift) & mask)] === n)
            continue; // one digit value: the pass would move nothing
        let sum = 0;
        for (let d = 0; d < size; d++) {
            const c = counts[base + d];
            counts[base + d] = sum;
            sum += c;
        }
        lanes.scatter(byW2, shift, mask, counts, base);
    }
}
/**
 * Rows in prefix order to rows in key order: each run of rows with the same 8-byte prefix is sorted by whole key
 * (by length alone when every key of the run fits in the prefix), and duplicates are dropped if asked. Only rows
 * of such runs can have equal keys.
 */
function settleTies(keys, starts, w1, w2, idx, n, removeDuplicates, cut) {
    let kept = 0;
    for (let s = 0; s < n;) {
        let e = s + 1;
        while (e < n && w1[e] === w1[s] && (w2 === null || w2[e] === w2[s]))
            e++;
        if (e - s === 1) {
            idx[kept++] = idx[s];
            s = e;
            continue;
        }
        const run = Array.from(idx.subarray(s, e));
        // Array.prototype.sort is stable: equal keys keep the order they were added in.
        run.sort((a, b) => compareKeys(keys, starts, a, b, cut));
        for (let i = 0; i < run.length; i++) {
            if (removeDuplicates && i > 0 && compareKeys(keys, starts, run[i - 1], run[i], cut) === 0)
                continue;
            idx[kept++] = run[i];
        }
        s = e;
    }
    return kept === n ? idx : idx.subarray(0, kept);
}
/** Byte order of keys `a` and `b` (each less its last `cut` bytes): negative, 0 or positive. */
function compareKeys(keys, starts, a, b, cut = 0) {
    const sa = starts[a];
    const sb = starts[b];
    const la = starts[a + 1] - sa - cut;
    const lb = starts[b + 1] - sb - cut;
    const common = la < lb ? la : lb;
    for (let k = 0; k < common; k++) {
        const d = keys[sa + k] - keys[sb + k];
        if (d !== 0)
            return d;
    }
    return la - lb;
}
