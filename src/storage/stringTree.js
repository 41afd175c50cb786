"use strict";
/**
 * A persistent B+ tree keyed by strings compared by code unit (the order of the byte strings keys are): the
 * ordered store under table records, index entries and temp-table rows.
 *
 * Why not sorted-btree, which esemu used before: its comparisons go through a comparator function, its node
 * search re-checks sizes and types, and a lookup costs about twice what a search written for strings does. The
 * per-record cost of inserts, seeks and scans is mostly tree work (docs/performance.md), so the tree is worth
 * owning. The API keeps the names and meanings of the sorted-btree methods esemu used.
 *
 * Copy on write: every node carries the token of the tree that may change it in place. `clone()` is O(1): the
 * two trees share every node and both take new tokens, so the first change either one makes to a shared node
 * copies that node (and the path above it) for itself. A table level keeps its image with one clone, and a
 * rollback puts it back.
 *
 * Branch nodes keep, for each child, the greatest key under it: the child to search for a key is the first
 * whose greatest key is at or after it.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.StringTree = void 0;
exports.stringTree = stringTree;
const treeNode_1 = require("./treeNode");
class StringTree {
    readAhead;
    owner = {};
    root;
    count = 0;
    /** Set by insert(): whether the key was new. */
    added = false;
    /**
     * Bumped by every change to this tree (a change may copy the hinted leaf instead of changing it): a hint taken at
     * another count is stale. A clone changes nothing: the two trees share the leaf until one of them changes.
     */
    changes = 0;
    /**
     * Where the last search ended: a leaf and an index in it, valid while `changes` is still `hintChanges`. A scan asks
     * for the entry after the one it was just given, which is then the next one in the same leaf (or the first of the
     * next leaf, found by a search): one comparison instead of a search from the root.
     */
    hintLeaf = null;
    hintAt = 0;
    hintChanges = -1;
    /** Where the last get() that found nothing ended (the leaf and index its key would go to), while `changes` holds. */
    missLeaf = null;
    missAt = 0;
    missKey = '';
    missPre = 0;
    missChanges = -1;
    /**
     * `readAhead` (optional) is shown the entries of each leaf a walk steps into from the one before (the entries
     * from where it lands to the leaf's end, or from the start to where it lands going back), before it reads them.
     */
    constructor(readAhead = null) {
        this.readAhead = readAhead;
        this.root = new treeNode_1.Node(this.owner, [], [], [], null);
    }
    get size() {
        return this.count;
    }
    /** A tree with the same entries, in O(1); later changes to either one do not show in the other. */
    clone() {
        const copy = new StringTree(this.readAhead);
        copy.root = this.root;
        copy.count = this.count;
        this.owner = {};
        return copy;
    }
    get(key) {
        const p = (0, treeNode_1.prefixOf)(key);
        let n = this.root;
        while (n.kids !== null) {
            const i = (0, treeNode_1.bound)(n, key, p, false);
            if (i === n.keys.length)
                return undefined;
            n = n.kids[i];
        }
        const i = (0, treeNode_1.bound)(n, key, p, false);
        if (i < n.keys.length && n.keys[i] === key)
            return n.vals[i];
        this.missLeaf = n;
        this.missAt = i;
        this.missKey = key;
        this.missPre = p;
        this.missChanges = this.changes;
        return undefined;
    }
    has(key) {
        const p = (0, treeNode_1.prefixOf)(key);
        let n = this.root;
        while (n.kids !== null) {
            const i = (0, treeNode_1.bound)(n, key, p, false);
            if (i === n.keys.length)
                return false;
            n = n.kids[i];
        }
        const i = (0, treeNode_1.bound)(n, key, p, false);
        return i < n.keys.length && n.keys[i] === key;
    }
    /** Add or (with `overwrite`, the default) replace an entry; true when the key was not there. */
    set(key, value, overwrite = true) {
        if (this.insertAtMiss(key, value))
            return true;
        this.changes += 1;
        const root = this.writable(this.root);
        this.root = root;
        const split = this.insert(root, key, (0, treeNode_1.prefixOf)(key), value, overwrite);
        if (split !== null) {
            this.root = new treeNode_1.Node(this.owner, [(0, treeNode_1.lastKey)(root), (0, treeNode_1.lastKey)(split)], [(0, treeNode_1.lastPre)(root), (0, treeNode_1.lastPre)(split)], null, [root, split]);
        }
        if (this.added)
            this.count += 1;
        return this.added;
    }
    /** Add an entry unless its key is there; true when added. */
    setIfNotPresent(key, value) {
        return this.set(key, value, false);
    }
    /** Remove an entry; true when it was there. */
    delete(key) {
        if (!this.has(key))
            return false;
        this.changes += 1;
        this.root = this.writable(this.root);
        this.remove(this.root, key, (0, treeNode_1.prefixOf)(key));
        this.count -= 1;
        while (this.root.kids !== null && this.root.kids.length === 1)
            this.root = this.root.kids[0];
        return true;
    }
    minKey() {
        return this.firstPair()?.[0];
    }
    maxKey() {
        return this.maxPair(this.root)?.[0];
    }
    /** The first entry (its leaf becomes the hint). */
    firstPair() {
        let n = this.root;
        while (n.kids !== null)
            n = n.kids[0];
        if (n.keys.length === 0)
            return undefined;
        this.hint(n, 0);
        return [n.keys[0], n.vals[0]];
    }
    /** The last entry (its leaf becomes the hint). */
    lastPair() {
        return this.maxPair(this.root);
    }
    /** The entry at `key`, or the first after it. */
    getPairOrNextHigher(key) {
        return this.higher(key, false);
    }
    /** The first entry after `key`. */
    nextHigherPair(key) {
        return this.higher(key, true);
    }
    /** The entry at `key`, or the last before it. */
    getPairOrNextLower(key) {
        return this.lowerPair(this.root, key, (0, treeNode_1.prefixOf)(key), false);
    }
    /** The last entry before `key`. */
    nextLowerPair(key) {
        const leaf = this.hinted(key);
        if (leaf !== null && this.hintAt > 0) {
            const i = --this.hintAt;
            return [leaf.keys[i], leaf.vals[i]];
        }
        const found = this.lowerPair(this.root, key, (0, treeNode_1.prefixOf)(key), true);
        // Stepped back off the hinted leaf: the walk goes on through the one it landed in.
        if (leaf !== null && found !== undefined && this.readAhead !== null)
            this.readAhead(this.hintLeaf?.vals, 0, this.hintAt + 1);
        return found;
    }
    /** Every entry in key order. */
    forEach(visit) {
        (0, treeNode_1.each)(this.root, visit);
    }
    higher(key, strict) {
        let walking = false;
        if (strict) {
            const leaf = this.hinted(key);
            if (leaf !== null && this.hintAt + 1 < leaf.keys.length) {
                const i = ++this.hintAt;
                return [leaf.keys[i], leaf.vals[i]];
            }
            walking = leaf !== null;
        }
        const p = (0, treeNode_1.prefixOf)(key);
        let n = this.root;
        for (;;) {
            const i = (0, treeNode_1.bound)(n, key, p, strict);
            if (i === n.keys.length)
                return undefined;
            if (n.kids === null) {
                this.hint(n, i);
                // Stepped off the end of the hinted leaf: the walk goes on through this one.
                if (walking && this.readAhead !== null)
                    this.readAhead(n.vals, i, n.keys.length);
                return [n.keys[i], n.vals[i]];
            }
            n = n.kids[i];
        }
    }
    /** The greatest entry under `n` (its leaf becomes the hint). */
    maxPair(n) {
        let node = n;
        while (node.kids !== null)
            node = node.kids[node.kids.length - 1];
        const i = node.keys.length - 1;
        if (i < 0)
            return undefined;
        this.hint(node, i);
        return [node.keys[i], node.vals[i]];
    }
    /** The greatest entry before `key` (strict) or at or before it, under `n` (its leaf becomes the hint). */
    lowerPair(n, key, p, strict) {
        if (n.kids === null) {
            const i = (0, treeNode_1.bound)(n, key, p, !strict) - 1;
            if (i < 0)
                return undefined;
            this.hint(n, i);
            return [n.keys[i], n.vals[i]];
        }
        const i = (0, treeNode_1.bound)(n, key, p, false);
        if (i === n.keys.length)
            return this.maxPair(n);
        const found = this.lowerPair(n.kids[i], key, p, strict);
        if (found !== undefined || i === 0)
            return found;
        return this.maxPair(n.kids[i - 1]);
    }
    hint(leaf, at) {
        this.hintLeaf = leaf;
        this.hintAt = at;
        this.hintChanges = this.changes;
    }
    /** The hinted leaf when the hint is current and its entry is `key`, else null. */
    hinted(key) {
        const leaf = this.hintLeaf;
        if (leaf === null || this.hintChanges !== this.changes || leaf.keys[this.hintAt] !== key)
            return null;
        return leaf;
    }
    /**
     * An insert of the key the last get() missed, with nothing changed since (the usual check-then-insert of a new
     * record), made where that search ended instead of searching again: when the leaf is this tree's own (then so is
     * every node above it: a path is copied from the root down) and has room. The key never becomes the greatest of a
     * leaf under a branch (which the branch would have to learn): get() only goes down into a child whose greatest key
     * is at or after the key, and gives up when there is none. False when it cannot be done so.
     */
    insertAtMiss(key, value) {
        const leaf = this.missLeaf;
        if (leaf === null || this.missChanges !== this.changes || this.missKey !== key)
            return false;
        this.missLeaf = null;
        const i = this.missAt;
        if (leaf.owner !== this.owner || leaf.keys.length >= treeNode_1.MAX)
            return false;
        this.changes += 1;
        (0, treeNode_1.insertAt)(leaf.keys, i, key);
        (0, treeNode_1.insertNumberAt)(leaf.pre, i, this.missPre);
        (0, treeNode_1.insertAt)(leaf.vals, i, value);
        this.count += 1;
        this.added = true;
        return true;
    }
    /** `n` itself when this tree may change it, else a copy this tree owns. */
    writable(n) {
        if (n.owner === this.owner)
            return n;
        return new treeNode_1.Node(this.owner, n.keys.slice(), n.pre.slice(), n.vals === null ? null : n.vals.slice(), n.kids === null ? null : n.kids.slice());
    }
    /** Insert under a node this tree owns; returns the new right sibling when the node split. */
    insert(n, key, p, value, overwrite) {
        const kids = n.kids;
        if (kids === null) {
            const vals = n.vals;
            const i = (0, treeNode_1.bound)(n, key, p, false);
            if (i < n.keys.length && n.keys[i] === key) {
                if (overwrite)
                    vals[i] = value;
                this.added = false;
                return null;
            }
            this.added = true;
            (0, treeNode_1.insertAt)(n.keys, i, key);
            (0, treeNode_1.insertNumberAt)(n.pre, i, p);
            (0, treeNode_1.insertAt)(vals, i, value);
            return n.keys.length > treeNode_1.MAX ? this.split(n) : null;
        }
        let i = (0, treeNode_1.bound)(n, key, p, false);
        if (i === n.keys.length)
            i -= 1;
        const child = this.writable(kids[i]);
        kids[i] = child;
        const split = this.insert(child, key, p, value, overwrite);
        n.keys[i] = (0, treeNode_1.lastKey)(child);
        n.pre[i] = (0, treeNode_1.lastPre)(child);
        if (split === null)
            return null;
        (0, treeNode_1.insertAt)(n.keys, i + 1, (0, treeNode_1.lastKey)(split));
        (0, treeNode_1.insertNumberAt)(n.pre, i + 1, (0, treeNode_1.lastPre)(split));
        (0, treeNode_1.insertAt)(kids, i + 1, split);
        return n.keys.length > treeNode_1.MAX ? this.split(n) : null;
    }
    /** Move the upper half of a node into a new right sibling. */
    split(n) {
        const half = n.keys.length >> 1;
        const keys = n.keys.splice(half);
        const pre = n.pre.splice(half);
        const vals = n.vals === null ? null : n.vals.splice(half);
        const kids = n.kids === null ? null : n.kids.splice(half);
        return new treeNode_1.Node(this.owner, keys, pre, vals, kids);
    }
    /** Remove a key known to be under a node this tree owns. */
    remove(n, key, p) {
        const kids = n.kids;
        const i = (0, treeNode_1.bound)(n, key, p, false);
        if (kids === null) {
            (0, treeNode_1.removeAt)(n.keys, i);
            (0, treeNode_1.removeNumberAt)(n.pre, i);
            (0, treeNode_1.removeAt)(n.vals, i);
            return;
        }
        const child = this.writable(kids[i]);
        kids[i] = child;
        this.remove(child, key, p);
        if (child.keys.length === 0) {
            (0, treeNode_1.removeAt)(n.keys, i);
            (0, treeNode_1.removeNumberAt)(n.pre, i);
            (0, treeNode_1.removeAt)(kids, i);
            return;
        }
        n.keys[i] = (0, treeNode_1.lastKey)(child);
        n.pre[i] = (0, treeNode_1.lastPre)(child);
        if (child.keys.length < treeNode_1.MIN)
            this.mergeAround(n, i);
    }
    /** Merge the small child `i` of `n` with a neighbour when both fit in one node. */
    mergeAround(n, i) {
        const kids = n.kids;
        const left = i > 0 && kids[i - 1].keys.length + kids[i].keys.length <= treeNode_1.MAX ? i - 1 : -1;
        const at = left >= 0 ? left : i + 1 < kids.length && kids[i].keys.length + kids[i + 1].keys.length <= treeNode_1.MAX ? i : -1;
        if (at < 0)
            return;
        const into = this.writable(kids[at]);
        const from = kids[at + 1];
        into.keys.push(...from.keys);
        into.pre.push(...from.pre);
        if (into.vals !== null)
            into.vals.push(...from.vals);
        if (into.kids !== null)
            into.kids.push(...from.kids);
        kids[at] = into;
        kids.splice(at + 1, 1);
        n.keys.splice(at, 1);
        n.pre.splice(at, 1);
    }
}
exports.StringTree = StringTree;
/** An empty tree; `readAhead`: see the constructor. */
function stringTree(readAhead = null) {
    return new StringTree(readAhead);
}
