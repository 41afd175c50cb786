"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TreeRows = void 0;
const stringTree_1 = require("./stringTree");
/** The rows of a materialized temp table: a B+ tree that takes inserts and deletes. */
class TreeRows {
    tree = (0, stringTree_1.stringTree)();
    get size() {
        return this.tree.size;
    }
    get(key) {
        return this.tree.get(key);
    }
    first() {
        const k = this.tree.minKey();
        return k === undefined ? undefined : this.tree.get(k);
    }
    last() {
        const k = this.tree.maxKey();
        return k === undefined ? undefined : this.tree.get(k);
    }
    next(key) {
        return this.tree.nextHigherPair(key)?.[1];
    }
    prev(key) {
        return this.tree.nextLowerPair(key)?.[1];
    }
    ceiling(key) {
        return this.tree.getPairOrNextHigher(key)?.[1];
    }
    floor(key) {
        return this.tree.getPairOrNextLower(key)?.[1];
    }
    /** False when the key is taken. */
    insert(row) {
        return this.tree.setIfNotPresent(row.key, row);
    }
    delete(key) {
        this.tree.delete(key);
    }
}
exports.TreeRows = TreeRows;
