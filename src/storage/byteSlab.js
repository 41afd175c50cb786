"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.spanWords = exports.spanStart = void 0;
exports.allocBytes = allocBytes;
exports.allocSpan = allocSpan;
/**
 * Copies of small byte values cut from shared slabs: a column value copied
 * out of the caller's buffer costs a view, not a buffer of its own (a new
 * ArrayBuffer per value is most of what a record insert allocates). A slab is
 * freed when no value cut from it is alive any more.
 */
const SLAB_BYTES = 64 * 1024;
/** Values longer than this get a buffer of their own. */
const SMALL = 512;
let slab = new ArrayBuffer(SLAB_BYTES);
/** All of the current slab, for allocSpan (made once per slab). */
let slabBytes = new Uint8Array(slab);
let slabWords = new Uint32Array(slab);
let used = 0;
/** Where the span the last allocSpan() call handed out starts in the array it returned (a multiple of 8). */
exports.spanStart = 0;
/** The memory of the array the last allocSpan() call returned, as 32-bit words (element i is bytes 4i to 4i+3). */
exports.spanWords = slabWords;
/** `n` zeroed bytes that nothing else writes to. */
function allocBytes(n) {
    if (n > SMALL)
        return new Uint8Array(n);
    if (used + n > SLAB_BYTES)
        newSlab();
    // A view made from the buffer costs half what subarray() does (no species lookup).
    const out = new Uint8Array(slab, used, n);
    // Keep every value 8-byte aligned, so DataView reads of one never straddle another.
    used += (n + 7) & ~7;
    return out;
}
/**
 * `n` zeroed bytes that nothing else writes to, as a span of a shared array: the array is returned and the span
 * starts at `spanStart`, 8-byte aligned; `spanWords` is the same memory as 32-bit words (read both right after
 * the call). Unlike allocBytes, this makes no object for a small span.
 */
function allocSpan(n) {
    if (n > SMALL) {
        // A buffer of its own, rounded up to whole words so that `spanWords` covers all of it.
        const own = new ArrayBuffer((n + 3) & ~3);
        exports.spanStart = 0;
        exports.spanWords = new Uint32Array(own);
        return new Uint8Array(own);
    }
    if (used + n > SLAB_BYTES)
        newSlab();
    exports.spanStart = used;
    exports.spanWords = slabWords;
    used += (n + 7) & ~7;
    return slabBytes;
}
function newSlab() {
    slab = new ArrayBuffer(SLAB_BYTES);
    slabBytes = new Uint8Array(slab);
    slabWords = new Uint32Array(slab);
    used = 0;
}
