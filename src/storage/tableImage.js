"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TableImage = void 0;
exports.entryKey = entryKey;
exports.shiftUp = shiftUp;
exports.bookmarkOf = bookmarkOf;
exports.splitEntry = splitEntry;
const bookmarkMap_1 = require("./bookmarkMap");
const packedRecord_1 = require("./packedRecord");
const stringTree_1 = require("./stringTree");
/** Images of fewer records never get a hash table: their trees are shallow. */
const HASH_FROM = 1024;
/**
 * One state of a table's data: its records by bookmark, and the entries of
 * each secondary index that has been built for this state, by index id. An
 * entry key is the index key and the bookmark joined so that entries sort by
 * index key, then by bookmark (see entryKey); its value is the record itself, as
 * this image holds it, so a walk of a secondary index reads records without a
 * lookup by bookmark (a replace that keeps a key points its entry at the new
 * version: tableData.ts apply). Images are persistent: clone()
 * is O(1) (the trees share their nodes and copy them on write), so a
 * transaction level can keep the image it started from and a rollback is
 * putting it back.
 */
class TableImage {
    records;
    indexes;
    constructor(records = (0, stringTree_1.stringTree)(packedRecord_1.PackedRecord.readAhead), indexes = new Map()) {
        this.records = records;
        this.indexes = indexes;
    }
    /** The entries of a secondary index (a record has one per key it yields), built the first time they are asked for. */
    index(id, keysOf) {
        let tree = this.indexes.get(id);
        if (tree === undefined) {
            const built = (0, stringTree_1.stringTree)(packedRecord_1.PackedRecord.readAhead);
            this.records.forEach((values, bm) => {
                for (const key of keysOf(values))
                    built.set(entryKey(key, bm), values);
            });
            this.indexes.set(id, built);
            tree = built;
        }
        return tree;
    }
    /**
     * How many changes this image has taken (bumped by every change to it): with the image itself, it tells a
     * reader whether a record it read from the image can still be the current one.
     */
    changes = 0;
    /**
     * The records by bookmark in a hash table, made once the image has served enough reads (see record()), then kept
     * up to date by put() and remove(). Never shared: a clone starts without one.
     */
    hashed = null;
    /** Reads served from the tree while there is no hash table. */
    reads = 0;
    /**
     * The record with bookmark `bm`, for a reader (a retrieve, an exact seek). A lookup in the tree costs several
     * cache misses per level (about 550 ns among 10^5 records); a hash table (bookmarkMap.ts), 40-150 ns. Making one costs as much
     * as a few lookups per record, so it is made only once the image has served a quarter as many reads as it holds
     * records (and holds at least HASH_FROM): over the reads, its cost stays a small constant per read.
     */
    record(bm) {
        const hashed = this.hashed;
        if (hashed !== null)
            return hashed.get(bm);
        const size = this.records.size;
        if (size >= HASH_FROM && ++this.reads * 4 >= size) {
            const made = new bookmarkMap_1.BookmarkMap(size);
            this.records.forEach((values, key) => made.set(key, values));
            this.hashed = made;
            return made.get(bm);
        }
        return this.records.get(bm);
    }
    /** Forget the hash table (before the image is copied: a snapshot copies the trees in O(1), not the table). */
    dropHash() {
        this.hashed = null;
        this.reads = 0;
    }
    /** Add or replace a record (the secondary index entries are the caller's: tableData.ts apply). */
    put(bm, values) {
        this.records.set(bm, values);
        if (this.hashed !== null)
            this.hashed.set(bm, values);
    }
    /** Remove a record. */
    remove(bm) {
        this.records.delete(bm);
        if (this.hashed !== null)
            this.hashed.delete(bm);
    }
    clone() {
        const indexes = new Map();
        for (const [id, tree] of this.indexes)
            indexes.set(id, tree.clone());
        return new TableImage(this.records.clone(), indexes);
    }
}
exports.TableImage = TableImage;
/**
 * The entry key of a secondary index entry: every byte of the index key moved
 * up by one, a 0 separator, then the bookmark. Byte order of entry keys is
 * then (index key, bookmark) order, whatever bytes the keys hold, and a
 * search key made the same way without the separator finds the first entry
 * at or after it.
 */
function entryKey(indexKey, bookmark) {
    const n = indexKey.length;
    const m = bookmark.length;
    if (n + 1 + m > SHORT_KEY)
        return shiftUp(indexKey) + '\u0000' + bookmark;
    // One string made at once from a reused array of codes, not a string per character joined into a chain.
    const codes = scratch;
    codes.length = n + 1 + m;
    for (let i = 0; i < n; i++)
        codes[i] = indexKey.charCodeAt(i) + 1;
    codes[n] = 0;
    for (let i = 0; i < m; i++)
        codes[n + 1 + i] = bookmark.charCodeAt(i);
    return String.fromCharCode.apply(null, codes);
}
/** Entry keys up to this long are made in one step (entryKey). */
const SHORT_KEY = 64;
const scratch = [];
/** The index key part of a search: every byte moved up by one, as in entryKey. */
function shiftUp(key) {
    const n = key.length;
    if (n > SHORT_KEY) {
        let s = '';
        for (let i = 0; i < n; i++)
            s += String.fromCharCode(key.charCodeAt(i) + 1);
        return s;
    }
    const codes = scratch;
    codes.length = n;
    for (let i = 0; i < n; i++)
        codes[i] = key.charCodeAt(i) + 1;
    return String.fromCharCode.apply(null, codes);
}
/** The bookmark an entry key holds (what follows its first 0). */
function bookmarkOf(entry) {
    return entry.slice(entry.indexOf('\u0000') + 1);
}
/** The index key and the bookmark an entry key holds. */
function splitEntry(entry) {
    const sep = entry.indexOf('\u0000');
    let indexKey = '';
    for (let i = 0; i < sep; i++)
        indexKey += String.fromCharCode(entry.charCodeAt(i) - 1);
    return { indexKey, bookmark: entry.slice(sep + 1) };
}
