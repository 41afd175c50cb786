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

import { emptyNumbers, emptyStrings, emptyValues } from './emptyArrays';
import { bound, each, entriesBefore, entriesUnder, insertAt, leafAt, leafWith, insertNumberAt, lastKey, lastPre, MAX, MIN, Node, prefixOf, removeAt, removeNumberAt, splitNode } from './treeNode';

export class StringTree<V> {
  private owner: object = {};
  private root: Node<V>;
  private count = 0;
  /** Set by insert(): whether the key was new. */
  private added = false;
  /**
   * Bumped by every change to this tree (a change may copy the hinted leaf instead of changing it): a hint taken at
   * another count is stale. A clone changes nothing: the two trees share the leaf until one of them changes.
   */
  private changes = 0;
  /**
   * Where the last search ended: a leaf and an index in it, valid while `changes` is still `hintChanges`. A scan asks
   * for the entry after the one it was just given, which is then the next one in the same leaf (or the first of the
   * next leaf, found by a search): one comparison instead of a search from the root.
   */
  private hintLeaf: Node<V> | null = null;
  private hintAt = 0;
  private hintChanges = -1;
  /** Where the last get() that found nothing ended (the leaf and index its key would go to), while `changes` holds. */
  private missLeaf: Node<V> | null = null;
  private missAt = 0;
  private missKey = '';
  private missPre = 0;
  private missChanges = -1;
  /** The branches that search went down through, root first (`missDepth` of them): their counts grow with the insert. */
  private readonly missPath: Array<Node<V>> = emptyValues<Node<V>>();
  private missDepth = 0;

  /**
   * `readAhead` (optional) is shown the entries of each leaf a walk steps into from the one before (the entries
   * from where it lands to the leaf's end, or from the start to where it lands going back), before it reads them.
   */
  constructor(private readonly readAhead: ReadAhead<V> | null = null) {
    this.root = new Node<V>(this.owner, emptyStrings(), emptyNumbers(), emptyValues<V>(), null);
  }

  get size(): number {
    return this.count;
  }

  /** Levels from the root to the leaves (1: the root is a leaf): what the node sizes make of the entries. */
  get height(): number {
    let h = 1;
    for (let n = this.root; n.kids !== null; n = n.kids[0]) h += 1;
    return h;
  }

  /** A tree with the same entries, in O(1); later changes to either one do not show in the other. */
  clone(): StringTree<V> {
    const copy = new StringTree<V>(this.readAhead);
    copy.root = this.root;
    copy.count = this.count;
    this.owner = {};
    return copy;
  }

  get(key: string): V | undefined {
    const p = prefixOf(key);
    let n = this.root;
    let depth = 0;
    while (n.kids !== null) {
      const i = bound(n, key, p, false);
      if (i === n.keys.length) return undefined;
      this.missPath[depth++] = n;
      n = n.kids[i];
    }
    const i = bound(n, key, p, false);
    if (i < n.keys.length && n.keys[i] === key) return (n.vals as V[])[i];
    this.missLeaf = n;
    this.missAt = i;
    this.missKey = key;
    this.missPre = p;
    this.missDepth = depth;
    this.missChanges = this.changes;
    return undefined;
  }

  has(key: string): boolean {
    const p = prefixOf(key);
    let n = this.root;
    while (n.kids !== null) {
      const i = bound(n, key, p, false);
      if (i === n.keys.length) return false;
      n = n.kids[i];
    }
    const i = bound(n, key, p, false);
    return i < n.keys.length && n.keys[i] === key;
  }

  /** Add or (with `overwrite`, the default) replace an entry; true when the key was not there. */
  set(key: string, value: V, overwrite = true): boolean {
    if (this.insertAtMiss(key, value)) return true;
    this.changes += 1;
    const root = this.writable(this.root);
    this.root = root;
    const split = this.insert(root, key, prefixOf(key), value, overwrite);
    if (split !== null) {
      this.root = new Node<V>(
        this.owner, [lastKey(root), lastKey(split)], [lastPre(root), lastPre(split)], null, [root, split], entriesUnder(root) + entriesUnder(split),
      );
    }
    if (this.added) this.count += 1;
    return this.added;
  }

  /** Add an entry unless its key is there; true when added. */
  setIfNotPresent(key: string, value: V): boolean {
    return this.set(key, value, false);
  }

  /** Remove an entry; true when it was there. */
  delete(key: string): boolean {
    if (!this.has(key)) return false;
    this.changes += 1;
    this.root = this.writable(this.root);
    this.remove(this.root, key, prefixOf(key));
    this.count -= 1;
    while (this.root.kids !== null && this.root.kids.length === 1) this.root = this.root.kids[0];
    return true;
  }

  minKey(): string | undefined {
    return this.firstPair()?.[0];
  }

  maxKey(): string | undefined {
    return this.maxPair(this.root)?.[0];
  }

  /** The first entry (its leaf becomes the hint). */
  firstPair(): [string, V] | undefined {
    let n = this.root;
    while (n.kids !== null) n = n.kids[0];
    if (n.keys.length === 0) return undefined;
    this.hint(n, 0);
    return [n.keys[0], (n.vals as V[])[0]];
  }

  /** The last entry (its leaf becomes the hint). */
  lastPair(): [string, V] | undefined {
    return this.maxPair(this.root);
  }

  /** The entry at `key`, or the first after it. */
  getPairOrNextHigher(key: string): [string, V] | undefined {
    return this.higher(key, false);
  }

  /** The first entry after `key`. */
  nextHigherPair(key: string): [string, V] | undefined {
    return this.higher(key, true);
  }

  /** The entry at `key`, or the last before it. */
  getPairOrNextLower(key: string): [string, V] | undefined {
    return this.lowerPair(this.root, key, prefixOf(key), false);
  }

  /** The last entry before `key`. */
  nextLowerPair(key: string): [string, V] | undefined {
    const leaf = this.hinted(key);
    if (leaf !== null && this.hintAt > 0) {
      const i = --this.hintAt;
      return [leaf.keys[i], (leaf.vals as V[])[i]];
    }
    const found = this.lowerPair(this.root, key, prefixOf(key), true);
    // Stepped back off the hinted leaf: the walk goes on through the one it landed in.
    if (leaf !== null && found !== undefined && this.readAhead !== null) this.readAhead(this.hintLeaf?.vals as V[], 0, this.hintAt + 1);
    return found;
  }

  /** How many entries have a key before `key`, in O(depth x fan-out): the position JetGetRecordPosition reports. */
  rank(key: string): number {
    return entriesBefore(this.root, key);
  }

  /** The entry with `k` entries before it (undefined outside 0 .. size - 1); its leaf becomes the hint. */
  at(k: number): [string, V] | undefined {
    if (!(k >= 0 && k < this.count)) return undefined;
    const [leaf, i] = leafAt(this.root, Math.floor(k));
    this.hint(leaf, i);
    return [leaf.keys[i], (leaf.vals as V[])[i]];
  }

  /** Every entry in key order. */
  forEach(visit: (value: V, key: string) => void): void {
    each(this.root, visit);
  }

  private higher(key: string, strict: boolean): [string, V] | undefined {
    let walking = false;
    if (strict) {
      const leaf = this.hinted(key);
      if (leaf !== null && this.hintAt + 1 < leaf.keys.length) {
        const i = ++this.hintAt;
        return [leaf.keys[i], (leaf.vals as V[])[i]];
      }
      walking = leaf !== null;
    }
    const p = prefixOf(key);
    let n = this.root;
    for (;;) {
      const i = bound(n, key, p, strict);
      if (i === n.keys.length) return undefined;
      if (n.kids === null) {
        this.hint(n, i);
        // Stepped off the end of the hinted leaf: the walk goes on through this one.
        if (walking && this.readAhead !== null) this.readAhead(n.vals as V[], i, n.keys.length);
        return [n.keys[i], (n.vals as V[])[i]];
      }
      n = n.kids[i];
    }
  }

  /** The greatest entry under `n` (its leaf becomes the hint). */
  private maxPair(n: Node<V>): [string, V] | undefined {
    let node = n;
    while (node.kids !== null) node = node.kids[node.kids.length - 1];
    const i = node.keys.length - 1;
    if (i < 0) return undefined;
    this.hint(node, i);
    return [node.keys[i], (node.vals as V[])[i]];
  }

  /** The greatest entry before `key` (strict) or at or before it, under `n` (its leaf becomes the hint). */
  private lowerPair(n: Node<V>, key: string, p: number, strict: boolean): [string, V] | undefined {
    if (n.kids === null) {
      const i = bound(n, key, p, !strict) - 1;
      if (i < 0) return undefined;
      this.hint(n, i);
      return [n.keys[i], (n.vals as V[])[i]];
    }
    const i = bound(n, key, p, false);
    if (i === n.keys.length) return this.maxPair(n);
    const found = this.lowerPair(n.kids[i], key, p, strict);
    if (found !== undefined || i === 0) return found;
    return this.maxPair(n.kids[i - 1]);
  }

  private hint(leaf: Node<V>, at: number): void {
    this.hintLeaf = leaf;
    this.hintAt = at;
    this.hintChanges = this.changes;
  }

  /** The hinted leaf when the hint is current and its entry is `key`, else null. */
  private hinted(key: string): Node<V> | null {
    const leaf = this.hintLeaf;
    if (leaf === null || this.hintChanges !== this.changes || leaf.keys[this.hintAt] !== key) return null;
    return leaf;
  }

  /**
   * An insert of the key the last get() missed, with nothing changed since (the usual check-then-insert of a new
   * record), made where that search ended instead of searching again: when the leaf is this tree's own (then so is
   * every node above it: a path is copied from the root down) and has room. The key never becomes the greatest of a
   * leaf under a branch (which the branch would have to learn): get() only goes down into a child whose greatest key
   * is at or after the key, and gives up when there is none. False when it cannot be done so.
   */
  private insertAtMiss(key: string, value: V): boolean {
    const leaf = this.missLeaf;
    if (leaf === null || this.missChanges !== this.changes || this.missKey !== key) return false;
    this.missLeaf = null;
    const i = this.missAt;
    if (leaf.owner !== this.owner || leaf.keys.length >= MAX) return false;
    this.changes += 1;
    insertAt(leaf.keys, i, key);
    insertNumberAt(leaf.pre, i, this.missPre);
    insertAt(leaf.vals as V[], i, value);
    const path = this.missPath;
    for (let d = 0; d < this.missDepth; d++) path[d].size += 1;
    this.count += 1;
    this.added = true;
    return true;
  }

  /** `n` itself when this tree may change it, else a copy this tree owns. */
  private writable(n: Node<V>): Node<V> {
    if (n.owner === this.owner) return n;
    return new Node<V>(this.owner, n.keys.slice(), n.pre.slice(), n.vals === null ? null : n.vals.slice(), n.kids === null ? null : n.kids.slice(), n.size);
  }

  /** Insert under a node this tree owns; returns the new right sibling when the node split. */
  private insert(n: Node<V>, key: string, p: number, value: V, overwrite: boolean): Node<V> | null {
    const kids = n.kids;
    if (kids === null) {
      const vals = n.vals as V[];
      const i = bound(n, key, p, false);
      if (i < n.keys.length && n.keys[i] === key) {
        if (overwrite) vals[i] = value;
        this.added = false;
        return null;
      }
      this.added = true;
      insertAt(n.keys, i, key);
      insertNumberAt(n.pre, i, p);
      insertAt(vals, i, value);
      return n.keys.length > MAX ? splitNode(n, this.owner) : null;
    }
    let i = bound(n, key, p, false);
    if (i === n.keys.length) i -= 1;
    const kid = kids[i];
    let child: Node<V>;
    let split: Node<V> | null;
    if (kid.owner !== this.owner && kid.kids === null) {
      child = leafWith(kid, this.owner, key, p, value, overwrite);
      this.added = child.keys.length > kid.keys.length;
      kids[i] = child;
      split = child.keys.length > MAX ? splitNode(child, this.owner) : null;
    } else {
      child = this.writable(kid);
      kids[i] = child;
      split = this.insert(child, key, p, value, overwrite);
    }
    n.keys[i] = lastKey(child);
    n.pre[i] = lastPre(child);
    if (this.added) n.size += 1;
    if (split === null) return null;
    insertAt(n.keys, i + 1, lastKey(split));
    insertNumberAt(n.pre, i + 1, lastPre(split));
    insertAt(kids, i + 1, split);
    return n.keys.length > MAX ? splitNode(n, this.owner) : null;
  }

  /** Remove a key known to be under a node this tree owns. */
  private remove(n: Node<V>, key: string, p: number): void {
    const kids = n.kids;
    const i = bound(n, key, p, false);
    if (kids === null) {
      removeAt(n.keys, i);
      removeNumberAt(n.pre, i);
      removeAt(n.vals as V[], i);
      return;
    }
    const child = this.writable(kids[i]);
    kids[i] = child;
    n.size -= 1;
    this.remove(child, key, p);
    if (child.keys.length === 0) {
      removeAt(n.keys, i);
      removeNumberAt(n.pre, i);
      removeAt(kids, i);
      return;
    }
    n.keys[i] = lastKey(child);
    n.pre[i] = lastPre(child);
    if (child.keys.length < MIN) this.mergeAround(n, i);
  }

  /** Merge the small child `i` of `n` with a neighbour when both fit in one node. */
  private mergeAround(n: Node<V>, i: number): void {
    const kids = n.kids as Array<Node<V>>;
    const left = i > 0 && kids[i - 1].keys.length + kids[i].keys.length <= MAX ? i - 1 : -1;
    const at = left >= 0 ? left : i + 1 < kids.length && kids[i].keys.length + kids[i + 1].keys.length <= MAX ? i : -1;
    if (at < 0) return;
    const into = this.writable(kids[at]);
    const from = kids[at + 1];
    into.keys.push(...from.keys);
    into.pre.push(...from.pre);
    if (into.vals !== null) into.vals.push(...(from.vals as V[]));
    if (into.kids !== null) into.kids.push(...(from.kids as Array<Node<V>>));
    into.size += from.size;
    kids[at] = into;
    kids.splice(at + 1, 1);
    n.keys.splice(at, 1);
    n.pre.splice(at, 1);
  }
}

/** A look at entries [from, to) of a leaf that a walk is about to read one by one. */
export type ReadAhead<V> = (vals: readonly V[], from: number, to: number) => void;

/** An empty tree; `readAhead`: see the constructor. */
export function stringTree<V>(readAhead: ReadAhead<V> | null = null): StringTree<V> {
  return new StringTree<V>(readAhead);
}
