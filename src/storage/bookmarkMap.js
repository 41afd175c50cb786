"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BookmarkMap = void 0;
exports.shortBookmark = shortBookmark;
const numberMap_1 = require("./numberMap");
/** Bookmarks up to this many code units long are kept as numbers. */
const SHORT = 6;
/**
 * The number standing for a short bookmark, or 0 when the bookmark is not short: at most SHORT code units, each
 * below 256 (a bookmark is a string of key bytes). Each unit counts as its value plus one and a missing unit as 0,
 * in base 257, plus one: two different short bookmarks never get the same number (a bookmark and the same one
 * with a 0 byte after it differ in that unit, 1 against 0), and the largest, 257^6, is below 2^53.
 */
function shortBookmark(bm) {
    const n = bm.length;
    if (n > SHORT)
        return 0;
    let x = 0;
    for (let i = 0; i < SHORT; i++) {
        let unit = 0;
        if (i < n) {
            const c = bm.charCodeAt(i);
            if (c > 255)
                return 0;
            unit = c + 1;
        }
        x = x * 257 + unit;
    }
    return x + 1;
}
/**
 * A hash table keyed by bookmark: a table image's records by bookmark, for reads (tableImage.ts record()).
 *
 * A JavaScript Map keyed by strings costs, per lookup, the key string's hash and a comparison with the stored key,
 * whose string is one more object to fetch from memory: among 10^5 records, about 140-190 ns. Short bookmarks
 * (the primary key of one integer column is 5 bytes) are kept in a NumberMap under the number shortBookmark() gives
 * them instead (about 40 ns); the others in a Map.
 */
class BookmarkMap {
    short;
    long = new Map();
    /** `expected`: about how many entries it will hold (it grows past that as needed). */
    constructor(expected = 0) {
        this.short = new numberMap_1.NumberMap(2 * expected + 2);
    }
    get size() {
        return this.short.size + this.long.size;
    }
    get(bm) {
        const x = shortBookmark(bm);
        return x !== 0 ? this.short.get(x) : this.long.get(bm);
    }
    set(bm, value) {
        const x = shortBookmark(bm);
        if (x !== 0)
            this.short.set(x, value);
        else
            this.long.set(bm, value);
    }
    delete(bm) {
        const x = shortBookmark(bm);
        return x !== 0 ? this.short.delete(x) : this.long.delete(bm);
    }
}
exports.BookmarkMap = BookmarkMap;
