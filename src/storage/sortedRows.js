"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SortedRows = void 0;
exports.bytesToString = bytesToString;
/**
 * The rows of a finished sort, which never change again. Keys stay bytes in
 * the sort's key area (key `r` from `starts[r]` to `starts[r + 1]`); records
 * stay in its byte area. `order` holds the row numbers in key order and
 * `recAt` where each position's record starts. A Row is made only for the
 * position a cursor moves to, and its key strings only when asked for.
 */
class SortedRows {
    keys;
    starts;
    normCut;
    order;
    area;
    /** Where the record of each position starts in `area`. */
    recAt;
    /**
     * @param normCut bytes at the end of each storage key that are not part of the index key (the sequence suffix of
     *   a sort that keeps duplicates), or 0
     */
    constructor(keys, starts, normCut, order, recStarts, area) {
        this.keys = keys;
        this.starts = starts;
        this.normCut = normCut;
        this.order = order;
        this.area = area;
        const m = order.length;
        const recAt = new Int32Array(m);
        for (let i = 0; i < m; i++)
            recAt[i] = recStarts[order[i]];
        this.recAt = recAt;
    }
    get size() {
        return this.order.length;
    }
    /** The row at a position (a sort's bookmark is its position). */
    at(i) {
        if (!Number.isInteger(i) || i < 0 || i >= this.order.length)
            return undefined;
        return new SortRow(this, i, this.area, this.recAt[i]);
    }
    /** Storage key of the row at position `i` (a valid position). */
    keyAt(i) {
        const r = this.order[i];
        const s = this.starts[r];
        return bytesToString(this.keys, s, this.starts[r + 1] - s);
    }
    /** Index key of the row at position `i` (a valid position). */
    normAt(i) {
        const r = this.order[i];
        const s = this.starts[r];
        return bytesToString(this.keys, s, this.starts[r + 1] - s - this.normCut);
    }
    get(key) {
        const i = this.lowerBound(key);
        return i < this.order.length && this.compareAt(i, key) === 0 ? this.at(i) : undefined;
    }
    first() {
        return this.at(0);
    }
    last() {
        return this.at(this.order.length - 1);
    }
    next(key, from) {
        if (from !== null)
            return this.at(from.idx + 1);
        const i = this.lowerBound(key);
        return this.at(i < this.order.length && this.compareAt(i, key) === 0 ? i + 1 : i);
    }
    /** The row after position `i` (undefined past the end): next() without a key. */
    after(i) {
        return i + 1 < this.order.length ? new SortRow(this, i + 1, this.area, this.recAt[i + 1]) : undefined;
    }
    /**
     * Step `row` (a row of this sort, held by one cursor alone) to the next or previous position in place, without
     * making a new Row; false, leaving it as it was, when there is none.
     */
    stepInPlace(row, forward) {
        if (!(row instanceof SortRow) || row.rows !== this)
            return false;
        const i = forward ? row.idx + 1 : row.idx - 1;
        if (i < 0 || i >= this.order.length)
            return false;
        row.idx = i;
        row.at = this.recAt[i];
        return true;
    }
    prev(key, from) {
        if (from !== null)
            return this.at(from.idx - 1);
        return this.at(this.lowerBound(key) - 1);
    }
    ceiling(key) {
        return this.at(this.lowerBound(key));
    }
    floor(key) {
        const i = this.lowerBound(key);
        return this.at(i < this.order.length && this.compareAt(i, key) === 0 ? i : i - 1);
    }
    /** Position of the first row with storage key >= `key`. */
    lowerBound(key) {
        let lo = 0;
        let hi = this.order.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (this.compareAt(mid, key) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
    /** Order of the storage key at position `i` against `key` (one char per byte): negative, 0 or positive. */
    compareAt(i, key) {
        const r = this.order[i];
        const s = this.starts[r];
        const len = this.starts[r + 1] - s;
        const common = len < key.length ? len : key.length;
        for (let k = 0; k < common; k++) {
            const d = this.keys[s + k] - key.charCodeAt(k);
            if (d !== 0)
                return d;
        }
        return len - key.length;
    }
}
exports.SortedRows = SortedRows;
/** A row of a SortedRows: its position, its record, and its keys made from the key bytes when read. */
class SortRow {
    rows;
    idx;
    rec;
    at;
    constructor(rows, idx, rec, at) {
        this.rows = rows;
        this.idx = idx;
        this.rec = rec;
        this.at = at;
    }
    get key() {
        return this.rows.keyAt(this.idx);
    }
    get norm() {
        return this.rows.normAt(this.idx);
    }
}
/** `len` bytes of `bytes` from `start` as a key string (one char per byte). */
function bytesToString(bytes, start, len) {
    if (len <= 0)
        return '';
    let s = '';
    for (let i = 0; i < len; i += 4096) {
        s += String.fromCharCode.apply(null, bytes.subarray(start + i, start + Math.min(len, i + 4096)));
    }
    return s;
}
