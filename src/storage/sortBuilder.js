"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SortBuilder = void 0;
const record_1 = require("./record");
const radixOrder_1 = require("./radixOrder");
const tieOrder_1 = require("./tieOrder");
const sortedRows_1 = require("./sortedRows");
/**
 * The rows a sort collects before its first move, with nothing allocated per
 * row: the key bytes back to back in one growing byte area (row `r`'s key
 * from `keyStarts[r]` to `keyStarts[r + 1]`), the packed records back to
 * back in another, and where each record starts. Keys become strings only
 * when a row is looked at as a Row.
 *
 * A row is added in two steps: its key is written into `keyRoom(max)` from
 * `keyEnd`, then `add(length, values)` takes it. A key written but not added
 * (its making failed) is overwritten by the next one.
 */
class SortBuilder {
    image;
    // Every area starts at 64 bytes, which V8 keeps on its heap (a larger typed array gets a buffer of its own, which
    // costs about a microsecond to make and to free): opening a small sort stays cheap; the areas double as they fill.
    /** Key bytes of every row, back to back. */
    keys = new Uint8Array(64);
    /** Row `r`'s key starts at keyStarts[r] and ends at keyStarts[r + 1]. */
    keyStarts = new Int32Array(16);
    /** Where each row's packed record starts in `area`. */
    recStarts = new Int32Array(16);
    /** How far each row's engine record reaches (CopyBuffer.reach), for ordering rows whose keys tie. */
    reaches = new Int32Array(16);
    /** The rows whose copy buffer held stale fixed-column bytes (CopyBuffer.stale), with them: rare. */
    stale = null;
    area = new Uint8Array(64);
    used = 0;
    n = 0;
    /**
     * Bytes at the end of each key that are not part of the index key: 4 for a
     * sort that keeps duplicates (its keys end with a sequence number), else 0.
     */
    normCut;
    /** @param image the engine's record format of the rows, which orders rows whose keys tie (tieOrder.ts) */
    constructor(keepsDuplicates, image) {
        this.image = image;
        this.normCut = keepsDuplicates ? 4 : 0;
    }
    get count() {
        return this.n;
    }
    /** Where the next row's key is written in the key area. */
    get keyEnd() {
        return this.keyStarts[this.n];
    }
    /** The key area, with room for at least `max` bytes from keyEnd. */
    keyRoom(max) {
        const end = this.keyStarts[this.n];
        if (end + max > this.keys.length) {
            const grown = new Uint8Array(Math.max(this.keys.length * 2, end + max));
            grown.set(this.keys.subarray(0, end));
            this.keys = grown;
        }
        return this.keys;
    }
    /** Add a row whose key (`keyLength` bytes, the sequence suffix included) was written at keyEnd. */
    add(keyLength, values) {
        const size = values.packedSize();
        if (this.used + size > this.area.length) {
            const grown = new Uint8Array(Math.max(this.area.length * 2, this.used + size));
            grown.set(this.area.subarray(0, this.used));
            this.area = grown;
        }
        values.packInto(this.area, this.used);
        const n = this.n;
        if (n + 2 > this.keyStarts.length) {
            const starts = new Int32Array(this.keyStarts.length * 2);
            starts.set(this.keyStarts);
            this.keyStarts = starts;
            const recs = new Int32Array(this.recStarts.length * 2);
            recs.set(this.recStarts);
            this.recStarts = recs;
            const reaches = new Int32Array(this.reaches.length * 2);
            reaches.set(this.reaches);
            this.reaches = reaches;
        }
        this.keyStarts[n + 1] = this.keyStarts[n] + keyLength;
        this.recStarts[n] = this.used;
        this.reaches[n] = values.reach;
        if (values.stale !== null && values.stale.size > 0)
            (this.stale ??= new Map()).set(n, new Map(values.stale));
        this.used += size;
        this.n = n + 1;
    }
    /** The row added `i`-th (insertion order), for looking at a sort before it is sorted. */
    added(i) {
        if (i < 0 || i >= this.n)
            return undefined;
        return this.row(i, i);
    }
    /** The sorted rows, for reading back. */
    sorted(removeDuplicates) {
        return new sortedRows_1.SortedRows(this.keys, this.keyStarts, this.normCut, this.order(removeDuplicates), this.recStarts, this.area);
    }
    /** The sorted rows as Row objects (to fill a materialized table). */
    rows(removeDuplicates) {
        return Array.from(this.order(removeDuplicates), (r) => this.row(r, 0));
    }
    order(removeDuplicates) {
        const byKey = (0, radixOrder_1.radixOrder)(this.keys, this.keyStarts, this.n, false, this.normCut);
        const record = (r) => {
            const reach = this.reaches[r];
            return this.image.bytes(new record_1.PackedRecord(this.area, this.recStarts[r], this.image.count), reach, this.stale?.get(r));
        };
        return (0, tieOrder_1.settleTies)(byKey, { keys: this.keys, starts: this.keyStarts, cut: this.normCut }, record, removeDuplicates);
    }
    row(r, idx) {
        const s = this.keyStarts[r];
        const len = this.keyStarts[r + 1] - s;
        const key = (0, sortedRows_1.bytesToString)(this.keys, s, len);
        const norm = this.normCut === 0 ? key : (0, sortedRows_1.bytesToString)(this.keys, s, len - this.normCut);
        return { key, norm, rec: this.area, at: this.recStarts[r], idx };
    }
}
exports.SortBuilder = SortBuilder;
