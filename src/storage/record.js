"use strict";
/**
 * Row storage. A row's column values live in one byte array: a header of one
 * 32-bit little-endian length per column (-1 for NULL), then the values back
 * to back. One allocation per row keeps large sorts cheap to build, collect
 * and walk.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.CopyBuffer = exports.PackedRecord = exports.NO_REACH = void 0;
exports.widen = widen;
exports.copyField = copyField;
exports.copyPackedField = copyPackedField;
/** A reach (CopyBuffer.reach) of no fixed and no variable column: ids 0 and 127, one below each class's first. */
exports.NO_REACH = 127 * 256;
/** `reach` widened to column id `id` (tagged ids, 256 and up, leave it as it is). */
function widen(reach, id) {
    if (id < 128)
        return id > (reach & 0xff) ? (reach & ~0xff) | id : reach;
    if (id < 256)
        return id > reach >>> 8 ? (reach & 0xff) | (id << 8) : reach;
    return reach;
}
function readLength(rec, at, i) {
    const o = at + 4 * i;
    return rec[o] | (rec[o + 1] << 8) | (rec[o + 2] << 16) | (rec[o + 3] << 24);
}
/** Where column `i`'s value starts in a packed record of `columns` columns stored at `at`. */
function packedStart(rec, at, columns, i) {
    let offset = at + 4 * columns;
    for (let j = 0; j < i; j++) {
        const len = readLength(rec, at, j);
        if (len > 0)
            offset += len;
    }
    return offset;
}
/** A packed record (at offset `at` of `bytes`) seen as a FieldSource; holds no copy. */
class PackedRecord {
    bytes;
    at;
    columns;
    constructor(bytes, at, columns) {
        this.bytes = bytes;
        this.at = at;
        this.columns = columns;
    }
    lengthOf(i) {
        return readLength(this.bytes, this.at, i);
    }
    startOf(i) {
        return packedStart(this.bytes, this.at, this.columns, i);
    }
}
exports.PackedRecord = PackedRecord;
/**
 * The copy buffer of a prepared update: values set so far, kept in a growing
 * byte area reused from one update to the next.
 */
class CopyBuffer {
    columns;
    ids;
    /**
     * The last fixed and the last variable column id set since clear(), NULL sets included, as fixed + 256 * variable
     * (NO_REACH: none): how far the engine's record of these values reaches (engineRecord.ts). Kept only when the
     * buffer was given its columns' ids.
     */
    reach = exports.NO_REACH;
    /**
     * Fixed columns (ids below 128) set to a value and then to NULL since clear(), with that value: the engine's
     * record keeps a nulled fixed column's old bytes (fldmod.cxx ErrRECISetFixedColumn sets only its NULL bit), which a
     * sort's order can see (engineRecord.ts). Null when there are none; kept only when the buffer knows the column ids.
     */
    stale = null;
    lengths;
    starts;
    bytes = new Uint8Array(64);
    used = 0;
    /** Sum of the lengths of the values set (the packed record's size less its header). */
    valueBytes = 0;
    /** @param ids the column id of each value, when reach is wanted */
    constructor(columns, ids = null) {
        this.columns = columns;
        this.ids = ids;
        this.lengths = new Int32Array(columns).fill(-1);
        this.starts = new Int32Array(columns);
    }
    lengthOf(i) {
        return this.lengths[i];
    }
    startOf(i) {
        return this.starts[i];
    }
    /** Forget every value (all columns NULL). */
    clear() {
        const lengths = this.lengths;
        // A loop: for the few columns of a typical sort it costs less than a call to fill().
        for (let i = 0; i < lengths.length; i++)
            lengths[i] = -1;
        this.reach = exports.NO_REACH;
        this.stale = null;
        this.used = 0;
        this.valueBytes = 0;
    }
    /** Start from the values of a stored record. */
    load(source) {
        this.clear();
        for (let i = 0; i < this.columns; i++) {
            const len = source.lengthOf(i);
            if (len >= 0)
                this.write(i, source.bytes, source.startOf(i), len);
        }
    }
    /** Set column `i` to `len` bytes of `src` from `start` (len -1: NULL, 0: zero-length). */
    write(i, src, start, len) {
        const had = this.lengths[i];
        this.lengths[i] = len;
        if (this.ids !== null) {
            this.reach = widen(this.reach, this.ids[i]);
            if (len < 0 && had > 0 && this.ids[i] < 128) {
                (this.stale ??= new Map()).set(i, this.bytes.slice(this.starts[i], this.starts[i] + had));
            }
            else if (len >= 0 && this.stale !== null) {
                this.stale.delete(i);
            }
        }
        this.valueBytes += (len > 0 ? len : 0) - (had > 0 ? had : 0);
        if (len <= 0)
            return;
        this.reserve(len);
        const at = this.used;
        const dst = this.bytes;
        for (let k = 0; k < len; k++)
            dst[at + k] = src[start + k];
        this.starts[i] = at;
        this.used += len;
    }
    /** Append `len` bytes to column `i`'s value (long values). */
    append(i, src, len) {
        const had = this.lengths[i];
        if (had <= 0) {
            this.write(i, src, 0, len);
            return;
        }
        const joined = new Uint8Array(had + len);
        joined.set(this.bytes.subarray(this.starts[i], this.starts[i] + had));
        joined.set(src.subarray(0, len), had);
        this.write(i, joined, 0, joined.length);
    }
    /** Bytes the packed record takes. */
    packedSize() {
        return 4 * this.columns + this.valueBytes;
    }
    /** The values as a packed record of its own. */
    pack() {
        const rec = new Uint8Array(this.packedSize());
        this.packInto(rec, 0);
        return rec;
    }
    /** Write the packed record into `rec` at `start` (which must have room for packedSize()). */
    packInto(rec, start) {
        const columns = this.columns;
        const lengths = this.lengths;
        const starts = this.starts;
        const bytes = this.bytes;
        let at = start + 4 * columns;
        for (let i = 0; i < columns; i++) {
            const len = lengths[i];
            const o = start + 4 * i;
            rec[o] = len & 0xff;
            rec[o + 1] = (len >> 8) & 0xff;
            rec[o + 2] = (len >> 16) & 0xff;
            rec[o + 3] = (len >> 24) & 0xff;
            if (len > 0) {
                const from = starts[i] - at;
                const end = at + len;
                for (; at < end; at++)
                    rec[at] = bytes[from + at];
            }
        }
    }
    reserve(extra) {
        if (this.used + extra <= this.bytes.length)
            return;
        const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.used + extra));
        grown.set(this.bytes.subarray(0, this.used));
        this.bytes = grown;
    }
}
exports.CopyBuffer = CopyBuffer;
/** Copy column `i` of `source` into `dest` (at most `room` bytes); returns its length, or -1 for NULL. */
function copyField(source, i, dest, room) {
    const len = source.lengthOf(i);
    if (len > 0 && dest !== null)
        copyBytes(source.bytes, source.startOf(i), dest, Math.min(len, room));
    return len;
}
/** copyField for a packed record, without wrapping it first (the hot read path). */
function copyPackedField(rec, at, columns, i, dest, room) {
    const len = readLength(rec, at, i);
    if (len > 0 && dest !== null)
        copyBytes(rec, packedStart(rec, at, columns, i), dest, Math.min(len, room));
    return len;
}
function copyBytes(from, start, to, count) {
    for (let k = 0; k < count; k++)
        to[k] = from[start + k];
}
