"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PackedRecord = void 0;
const byteSlab_1 = require("./byteSlab");
/**
 * A stored record's column values packed in one byte array: the form records keep once written to a table image.
 * It reads as the Map it was packed from (RecordValues: column id -> values, in the Map's order), so code that
 * looks records up by column needs no change, and `copyValue` copies one value straight into a caller's buffer.
 *
 * Why: a record held as a Map of arrays of byte views is six or more heap objects, reached one after the other.
 * A scan or a seek reads records in key order, which is not the order they were made in, so each of those objects
 * was a cache miss: about a third of a scan step went there (docs/performance.md). Packed, a record is this object
 * and one byte range of a shared slab (src/storage/byteSlab.ts), and the garbage collector has one object to trace
 * instead of six. A packed record never changes, so a snapshot of the emulator shares it
 * (src/emulator/snapshot.ts).
 *
 * Layout, each number a 32-bit word (in the machine's byte order: the header is only ever read through `words`):
 * for each column in order, its id, its value count, the length of each value; then the next column. After the last
 * column come the values' bytes, in the same order. A span starts 8-byte aligned (allocSpan), so every header word
 * is one element of `words`: a read is one load, not four byte loads and their shifts.
 */
class PackedRecord {
    bytes;
    words;
    base;
    dataStart;
    size;
    defaults;
    covers;
    constructor(
    /** The slab the record was cut from (shared with other records), or a buffer of its own for a large record. */
    bytes, 
    /** The same memory as `bytes`, read as 32-bit words: the header's numbers are words at 4-byte-aligned offsets. */
    words, 
    /** Where the record starts in `bytes`: every offset below is counted from the start of `bytes`. */
    base, 
    /** Where the values' bytes start. */
    dataStart, size, 
    /** The values that were their column's default value object, in record order (see pack). */
    defaults, 
    /**
     * Which columns the record answers for, as its table's catalog counts them (src/catalog/recordCovers.ts); the
     * other columns read as their default. Kept here, not looked into.
     */
    covers) {
        this.bytes = bytes;
        this.words = words;
        this.base = base;
        this.dataStart = dataStart;
        this.size = size;
        this.defaults = defaults;
        this.covers = covers;
    }
    /**
     * Read ahead of a walk (StringTree's ReadAhead): touch the records vals[from..to) before they are read one by one,
     * as the engine prereads the pages ahead of a sequential scan. Records lie in memory in the order they were
     * written, not in key order, so a walk in key order meets a cache miss at each record's object and another at its
     * first header word. Touched here in two tight loops, with no dependence between one record and the next, the
     * misses of a whole leaf are waited for together instead of one after the other (a scan step about 25% faster on
     * the bench's data, docs/performance.md). Nothing is changed and nothing observable happens.
     */
    static readAhead(vals, from, to) {
        let s = 0;
        for (let i = from; i < to; i++) {
            const v = vals[i];
            if (v instanceof PackedRecord)
                s += v.base;
        }
        for (let i = from; i < to; i++) {
            const v = vals[i];
            if (v instanceof PackedRecord)
                s += v.words[v.base >> 2];
        }
        // Kept where the compiler cannot prove it unused, or it could drop the reads.
        touched ^= s;
    }
    /**
     * Pack a record's values. A value that is its column's default value object (`columns`: the table's columns by
     * id) is given back as that same object: JetEnumerateColumns with JET_bitEnumerateIgnoreDefault tells a default
     * the insert filled in from the same bytes set explicitly by that identity (src/engine/enumerateColumns.ts).
     * `covers` is kept with the record for the catalog (its stored range, src/catalog/recordCovers.ts); -1, the
     * default, is a record that answers for every column.
     */
    static pack(values, columns, covers = -1) {
        // Two passes over the values with Map.forEach and callbacks that keep no state of their own (see `packing`): a
        // for-of over a Map's entries makes an iterator and an array per entry, garbage that every insert paid for.
        packing.header = 0;
        packing.data = 0;
        values.forEach(measure);
        // The record is a span of a shared slab, not a view of its own: no object to allocate at an insert, and none for
        // a scan to fetch from memory before the bytes.
        const bytes = (0, byteSlab_1.allocSpan)(packing.header + packing.data);
        const base = byteSlab_1.spanStart;
        packing.bytes = bytes;
        packing.words = byteSlab_1.spanWords;
        packing.h = base;
        packing.d = base + packing.header;
        packing.columns = columns;
        packing.defaults = null;
        values.forEach(write);
        const defaults = packing.defaults;
        // Nothing of this record stays reachable from the shared state.
        packing.bytes = EMPTY;
        packing.words = NO_WORDS;
        packing.columns = undefined;
        packing.defaults = null;
        return new PackedRecord(bytes, byteSlab_1.spanWords, base, base + packing.header, values.size, defaults, covers);
    }
    /**
     * Copy value `index` (0-based) of a column, from byte `offset` of it, into `dest` (at most `room` bytes); returns
     * the length of what is left of the value from `offset`, or -1 when the column has no such value.
     */
    copyValue(columnid, index, offset, dest, room) {
        const h = this.locate(columnid);
        if (h < 0 || index >= this.words[(h - 4) >> 2])
            return -1;
        const b = this.bytes;
        const d = located.data + this.dataLength(h, index);
        const length = lengthAt(this.words, h + 4 * index);
        const from = Math.min(offset, length);
        const left = length - from;
        if (dest !== null) {
            const n = Math.min(room, left);
            const start = d + from;
            // Column values are mostly a few bytes: a loop costs less than the view set() would need.
            if (n > 64)
                dest.set(b.subarray(start, start + n));
            else
                for (let i = 0; i < n; i++)
                    dest[i] = b[start + i];
        }
        return left;
    }
    /**
     * Where a column's value lengths start in the header (just after its id and count), or -1 when the record holds
     * no such column; sets `located.data` to where its data starts. One walk serves copyValue, get and has.
     */
    locate(columnid) {
        const w = this.words;
        let h = this.base;
        let d = this.dataStart;
        for (let c = 0; c < this.size; c++) {
            const count = w[(h + 4) >> 2];
            if (w[h >> 2] === columnid) {
                located.data = d;
                return h + 8;
            }
            h += 8;
            d += this.dataLength(h, count);
            h += 4 * count;
        }
        return -1;
    }
    get(columnid) {
        const h = this.locate(columnid);
        return h < 0 ? undefined : this.list(h, located.data, this.words[(h - 4) >> 2]);
    }
    /** How many bytes the `count` values whose lengths start at header offset `h` hold. */
    dataLength(h, count) {
        let n = 0;
        for (let i = 0; i < count; i++)
            n += lengthAt(this.words, h + 4 * i);
        return n;
    }
    /** The `count` values whose lengths start at header offset `h` and whose bytes start at `d`. */
    list(h, d, count) {
        const b = this.bytes;
        const list = new Array(count);
        for (let i = 0; i < count; i++) {
            const word = this.words[(h >> 2) + i];
            const length = word & ~DEFAULT_FLAG;
            list[i] = word === length ? b.subarray(d, d + length) : this.defaults[this.defaultsBefore(h + 4 * i)];
            d += length;
        }
        return list;
    }
    /** How many values before the one whose length is at header offset `at` were default value objects (rare: only then counted). */
    defaultsBefore(at) {
        const w = this.words;
        let k = 0;
        let h = this.base;
        while (h < at) {
            const count = w[(h + 4) >> 2];
            h += 8;
            for (let i = 0; i < count && h < at; i++, h += 4)
                if ((w[h >> 2] & DEFAULT_FLAG) !== 0)
                    k += 1;
        }
        return k;
    }
    has(columnid) {
        return this.locate(columnid) >= 0;
    }
    *entries() {
        const w = this.words;
        let h = this.base;
        let d = this.dataStart;
        for (let c = 0; c < this.size; c++) {
            const id = w[h >> 2];
            const count = w[(h + 4) >> 2];
            h += 8;
            yield [id, this.list(h, d, count)];
            d += this.dataLength(h, count);
            h += 4 * count;
        }
    }
    *keys() {
        for (const [id] of this.entries())
            yield id;
    }
    *values() {
        for (const [, list] of this.entries())
            yield list;
    }
    [Symbol.iterator]() {
        return this.entries();
    }
    forEach(visit) {
        for (const [id, list] of this.entries())
            visit(list, id, this);
    }
}
exports.PackedRecord = PackedRecord;
/**
 * Where the data of the column the last locate() found starts, read right after the call that set it. Kept here, not
 * on the record: a read then writes nothing into the record it reads (a store would dirty the record's cache line).
 */
const located = { data: 0 };
/** What readAhead read (see there). */
let touched = 0;
const EMPTY = new Uint8Array(0);
const NO_WORDS = new Uint32Array(0);
/** The state of the pack() under way, shared by its two callbacks (a pack never runs inside another). */
const packing = {
    header: 0,
    data: 0,
    bytes: EMPTY,
    words: NO_WORDS,
    h: 0,
    d: 0,
    columns: undefined,
    defaults: null,
};
/** pack()'s first pass: the header and data sizes of one column. */
function measure(list) {
    packing.header += 8 + 4 * list.length;
    for (let i = 0; i < list.length; i++)
        packing.data += list[i].length;
}
/** pack()'s second pass: one column's header words and value bytes. */
function write(list, id) {
    const { bytes, words } = packing;
    let h = put32(words, packing.h, id);
    h = put32(words, h, list.length);
    let d = packing.d;
    const dflt = packing.columns?.get(id)?.defaultValue ?? null;
    for (let k = 0; k < list.length; k++) {
        const v = list[k];
        if (v === dflt)
            (packing.defaults ??= []).push(v);
        const n = v.length;
        h = put32(words, h, v === dflt ? n | DEFAULT_FLAG : n);
        // Values are mostly a few bytes: a loop costs less than set() does for them.
        if (n > 64)
            bytes.set(v, d);
        else
            for (let i = 0; i < n; i++)
                bytes[d + i] = v[i];
        d += n;
    }
    packing.h = h;
    packing.d = d;
}
/** Marks, in a value's length, a value that was its column's default value object. */
const DEFAULT_FLAG = 0x80000000;
/** The length of the value whose header word is at byte offset `at` (4-byte aligned). */
function lengthAt(w, at) {
    return w[at >> 2] & ~DEFAULT_FLAG;
}
/** Write a header word at byte offset `at` (4-byte aligned); returns the offset after it. */
function put32(w, at, n) {
    w[at >> 2] = n;
    return at + 4;
}
