"use strict";
/**
 * The nodes of StringTree (src/storage/stringTree.ts) and the searches and edits within one node that the tree's
 * operations are made of.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.Node = exports.MIN = exports.MAX = void 0;
exports.prefixOf = prefixOf;
exports.bound = bound;
exports.insertAt = insertAt;
exports.insertNumberAt = insertNumberAt;
exports.removeNumberAt = removeNumberAt;
exports.removeAt = removeAt;
exports.lastKey = lastKey;
exports.lastPre = lastPre;
exports.each = each;
/** Entries per node; a node that grows past it splits in two. */
exports.MAX = 64;
/** A node shorter than this after a delete merges with a neighbour when the two fit in one node. */
exports.MIN = exports.MAX >> 2;
class Node {
    owner;
    keys;
    pre;
    vals;
    kids;
    constructor(owner, 
    /** Leaf: the keys. Branch: the greatest key under each child. */
    keys, 
    /** prefixOf() of each key, searched before the keys themselves. */
    pre, 
    /** Leaf: the values (branch: null). */
    vals, 
    /** Branch: the children (leaf: null). */
    kids) {
        this.owner = owner;
        this.keys = keys;
        this.pre = pre;
        this.vals = vals;
        this.kids = kids;
    }
}
exports.Node = Node;
/**
 * The first six code units of a key as one number, in key order: a unit below 256 counts as its value plus one, a
 * missing unit as 0 (so a key sorts after its own prefixes), and a unit of 256 or more as 257 with every later
 * unit left out (so all such keys tie there, which keeps the order, only less precisely). Two keys with
 * different numbers compare as their numbers; only keys with the same number need their strings compared.
 * Searching numbers held in one array touches far less memory than following a pointer to each key string,
 * which is what a lookup mostly paid for.
 */
function prefixOf(key) {
    let p = 0;
    let i = 0;
    for (; i < 6 && i < key.length; i++) {
        const c = key.charCodeAt(i);
        if (c > 255) {
            p = p * 258 + 257;
            i += 1;
            break;
        }
        p = p * 258 + c + 1;
    }
    for (; i < 6; i++)
        p *= 258;
    return p;
}
/**
 * First index whose key is after `key` (`past`), or at or after it (its prefixOf: `p`); keys.length when none.
 */
function bound(n, key, p, past) {
    const { keys, pre } = n;
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const q = pre[mid];
        if (q < p || (q === p && (keys[mid] < key || (past && keys[mid] === key))))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Insert `x` at `i`, moving the rest up one (splice would allocate its result array on every call). */
function insertAt(a, i, x) {
    for (let j = a.length; j > i; j--)
        a[j] = a[j - 1];
    a[i] = x;
}
/**
 * insertAt for a node's prefix numbers, in a function of its own. V8 keeps an array of numbers unboxed (8 bytes
 * each, no object per number) only while the stores into it stay number stores: insertAt's, shared with the arrays
 * of keys, values and children, turned the prefix arrays into arrays of boxed numbers, an object per entry, which
 * every comparison of a search then fetched from wherever it was allocated.
 */
function insertNumberAt(a, i, x) {
    for (let j = a.length; j > i; j--)
        a[j] = a[j - 1];
    a[i] = x;
}
/** removeAt for a node's prefix numbers (see insertNumberAt). */
function removeNumberAt(a, i) {
    const last = a.length - 1;
    for (let j = i; j < last; j++)
        a[j] = a[j + 1];
    a.length = last;
}
/** Remove the element at `i`, moving the rest down one. */
function removeAt(a, i) {
    const last = a.length - 1;
    for (let j = i; j < last; j++)
        a[j] = a[j + 1];
    a.length = last;
}
function lastKey(n) {
    return n.keys[n.keys.length - 1];
}
function lastPre(n) {
    return n.pre[n.pre.length - 1];
}
function each(n, visit) {
    if (n.kids === null) {
        const vals = n.vals;
        for (let i = 0; i < n.keys.length; i++)
            visit(vals[i], n.keys[i]);
        return;
    }
    for (const kid of n.kids)
        each(kid, visit);
}
