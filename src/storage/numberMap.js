"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NumberMap = void 0;
/**
 * A map from positive integer numbers (up to 2^53) to values: the engine's handles (src/engine/handleMap.ts), and
 * the bookmarks of a table image's record hash, as numbers (bookmarkMap.ts).
 *
 * A JavaScript `Map` whose entries come and go keeps the deleted entries in its table until it fills, then
 * allocates a new table: with one or two sessions alive, every second JetBeginSession paid for a new table. This map
 * is an open-addressing table with linear probing, and a delete moves the entries after the freed slot back
 * (backward-shift deletion), so it leaves no tombstones and a churn of adds and deletes allocates nothing. It grows
 * when half full and, past 64 slots, shrinks when a sixteenth full, so its size follows the number of live keys.
 * A lookup reads the number in one typed array and the value in one array: no key object to fetch and compare, which
 * is what most of a Map lookup by a string costs once the keys are out of the cache.
 */
class NumberMap {
    keys;
    vals;
    mask;
    shift;
    count = 0;
    constructor(capacity = 8) {
        const size = 1 << Math.max(3, Math.ceil(Math.log2(capacity)));
        this.keys = new Float64Array(size);
        this.vals = new Array(size).fill(undefined);
        this.mask = size - 1;
        this.shift = 32 - Math.log2(size);
    }
    get size() {
        return this.count;
    }
    /**
     * The slot a key starts probing at (Fibonacci hashing: consecutive keys spread over the table). The bits above
     * the low 32 are mixed in first; a key below 2^32 (a handle) hashes on its low bits alone.
     */
    home(k) {
        const high = (k / 4294967296) | 0;
        return Math.imul((k | 0) ^ Math.imul(high, 0x85ebca6b), 0x9e3779b1) >>> this.shift;
    }
    get(k) {
        if (!(k > 0))
            return undefined;
        const keys = this.keys;
        const mask = this.mask;
        for (let i = this.home(k);; i = (i + 1) & mask) {
            const x = keys[i];
            if (x === k)
                return this.vals[i];
            if (x === 0)
                return undefined;
        }
    }
    has(k) {
        return this.get(k) !== undefined;
    }
    /** Add or replace the value of key `k` (a positive integer). */
    set(k, v) {
        if (!(k > 0))
            throw new RangeError(`NumberMap keys are positive numbers, not ${k}`);
        const keys = this.keys;
        const mask = this.mask;
        let i = this.home(k);
        for (; keys[i] !== 0; i = (i + 1) & mask) {
            if (keys[i] === k) {
                this.vals[i] = v;
                return this;
            }
        }
        keys[i] = k;
        this.vals[i] = v;
        this.count += 1;
        if (this.count * 2 > keys.length)
            this.resize(keys.length * 2);
        return this;
    }
    delete(k) {
        // 0 marks an empty slot: it (or NaN, or anything not positive) is never a key.
        if (!(k > 0))
            return false;
        const keys = this.keys;
        const mask = this.mask;
        let i = this.home(k);
        for (; keys[i] !== k; i = (i + 1) & mask)
            if (keys[i] === 0)
                return false;
        // Move back every entry after the gap whose probe started at or before the gap (cyclically).
        for (let j = (i + 1) & mask; keys[j] !== 0; j = (j + 1) & mask) {
            const h = this.home(keys[j]);
            const movable = i <= j ? h <= i || h > j : h <= i && h > j;
            if (movable) {
                keys[i] = keys[j];
                this.vals[i] = this.vals[j];
                i = j;
            }
        }
        keys[i] = 0;
        this.vals[i] = undefined;
        this.count -= 1;
        // Tables of up to 64 slots keep their size: a session's few cursors coming and going never resize it. A bigger
        // one shrinks once it is a sixteenth full, straight to a quarter full: a mass of sessions ending resizes it
        // a few times, not once per halving.
        if (keys.length > 64 && this.count * 16 < keys.length)
            this.resize(Math.max(64, 1 << Math.ceil(Math.log2(this.count * 4 + 1))));
        return true;
    }
    /** Visit the values, in no particular order; `visit` must not add or delete any. */
    forEach(visit) {
        const keys = this.keys;
        const vals = this.vals;
        for (let i = 0; i < keys.length; i++)
            if (keys[i] !== 0)
                visit(vals[i]);
    }
    /** The values, in no particular order. */
    values() {
        const out = [];
        const keys = this.keys;
        for (let i = 0; i < keys.length; i++)
            if (keys[i] !== 0)
                out.push(this.vals[i]);
        return out;
    }
    /** The keys and their values, in key order. */
    entries() {
        const out = [];
        const keys = this.keys;
        for (let i = 0; i < keys.length; i++)
            if (keys[i] !== 0)
                out.push([keys[i], this.vals[i]]);
        return out.sort((a, b) => a[0] - b[0]);
    }
    resize(size) {
        const oldKeys = this.keys;
        const oldVals = this.vals;
        this.keys = new Float64Array(size);
        this.vals = new Array(size).fill(undefined);
        this.mask = size - 1;
        this.shift = 32 - Math.log2(size);
        this.count = 0;
        for (let i = 0; i < oldKeys.length; i++)
            if (oldKeys[i] !== 0)
                this.set(oldKeys[i], oldVals[i]);
    }
}
exports.NumberMap = NumberMap;
