/**
 * The nodes of StringTree (src/storage/stringTree.ts) and the searches and edits within one node that the tree's
 * operations are made of.
 */

/** Entries per node; a node that grows past it splits in two. */
export const MAX = 64;
/** A node shorter than this after a delete merges with a neighbour when the two fit in one node. */
export const MIN = MAX >> 2;

export class Node<V> {
  constructor(
    public owner: object,
    /** Leaf: the keys. Branch: the greatest key under each child. */
    public keys: string[],
    /** prefixOf() of each key, searched before the keys themselves. */
    public pre: number[],
    /** Leaf: the values (branch: null). */
    public vals: V[] | null,
    /** Branch: the children (leaf: null). */
    public kids: Array<Node<V>> | null,
    /** Branch: how many entries lie under it (a leaf's count is its keys' length; this field stays 0). */
    public size = 0,
  ) {}
}

/** How many entries lie under a node. */
export function entriesUnder<V>(n: Node<V>): number {
  return n.kids === null ? n.keys.length : n.size;
}

/**
 * The first six code units of a key as one number, in key order: a unit below 256 counts as its value plus one, a
 * missing unit as 0 (so a key sorts after its own prefixes), and a unit of 256 or more as 257 with every later
 * unit left out (so all such keys tie there, which keeps the order, only less precisely). Two keys with
 * different numbers compare as their numbers; only keys with the same number need their strings compared.
 * Searching numbers held in one array touches far less memory than following a pointer to each key string,
 * which is what a lookup mostly paid for.
 */
export function prefixOf(key: string): number {
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
  for (; i < 6; i++) p *= 258;
  return p;
}

/**
 * First index whose key is after `key` (`past`), or at or after it (its prefixOf: `p`); keys.length when none.
 */
export function bound(n: { keys: readonly string[]; pre: readonly number[] }, key: string, p: number, past: boolean): number {
  const { keys, pre } = n;
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const q = pre[mid];
    if (q < p || (q === p && (keys[mid] < key || (past && keys[mid] === key)))) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Insert `x` at `i`, moving the rest up one (splice would allocate its result array on every call). */
export function insertAt<T>(a: T[], i: number, x: T): void {
  for (let j = a.length; j > i; j--) a[j] = a[j - 1];
  a[i] = x;
}

/**
 * insertAt for a node's prefix numbers, in a function of its own. V8 keeps an array of numbers unboxed (8 bytes
 * each, no object per number) only while the stores into it stay number stores: insertAt's, shared with the arrays
 * of keys, values and children, turned the prefix arrays into arrays of boxed numbers, an object per entry, which
 * every comparison of a search then fetched from wherever it was allocated.
 */
export function insertNumberAt(a: number[], i: number, x: number): void {
  for (let j = a.length; j > i; j--) a[j] = a[j - 1];
  a[i] = x;
}

/** removeAt for a node's prefix numbers (see insertNumberAt). */
export function removeNumberAt(a: number[], i: number): void {
  const last = a.length - 1;
  for (let j = i; j < last; j++) a[j] = a[j + 1];
  a.length = last;
}

/** Remove the element at `i`, moving the rest down one. */
export function removeAt<T>(a: T[], i: number): void {
  const last = a.length - 1;
  for (let j = i; j < last; j++) a[j] = a[j + 1];
  a.length = last;
}

export function lastKey<V>(n: Node<V>): string {
  return n.keys[n.keys.length - 1];
}

export function lastPre<V>(n: Node<V>): number {
  return n.pre[n.pre.length - 1];
}

export function each<V>(n: Node<V>, visit: (value: V, key: string) => void): void {
  if (n.kids === null) {
    const vals = n.vals as V[];
    for (let i = 0; i < n.keys.length; i++) visit(vals[i], n.keys[i]);
    return;
  }
  for (const kid of n.kids) each(kid, visit);
}

/** How many entries under `root` have a key before `key`: the counts of the children passed over on the way down. */
export function entriesBefore<V>(root: Node<V>, key: string): number {
  const p = prefixOf(key);
  let n = root;
  let before = 0;
  while (n.kids !== null) {
    const i = bound(n, key, p, false);
    if (i === n.keys.length) return before + n.size;
    for (let j = 0; j < i; j++) before += entriesUnder(n.kids[j]);
    n = n.kids[i];
  }
  return before + bound(n, key, p, false);
}

/** The leaf holding the entry with `k` entries before it under `root` (0 <= k < its count), and its index there. */
export function leafAt<V>(root: Node<V>, k: number): [Node<V>, number] {
  let left = k;
  let n = root;
  while (n.kids !== null) {
    const kids = n.kids;
    let j = 0;
    while (left >= entriesUnder(kids[j])) left -= entriesUnder(kids[j++]);
    n = kids[j];
  }
  return [n, left];
}

/**
 * A copy of a shared leaf owned by `owner`, with `key` put in, each array made once at exactly the size needed
 * (toSpliced): copying first and then inserting would make each array twice, the copy and then a larger one as the
 * insert grows it. A key already there is replaced (with `overwrite`) or kept, in a plain copy.
 */
export function leafWith<V>(leaf: Node<V>, owner: object, key: string, p: number, value: V, overwrite: boolean): Node<V> {
  const i = bound(leaf, key, p, false);
  const vals = leaf.vals as V[];
  if (i < leaf.keys.length && leaf.keys[i] === key) {
    const copy = vals.slice();
    if (overwrite) copy[i] = value;
    return new Node<V>(owner, leaf.keys.slice(), leaf.pre.slice(), copy, null);
  }
  return new Node<V>(owner, leaf.keys.toSpliced(i, 0, key), leaf.pre.toSpliced(i, 0, p), vals.toSpliced(i, 0, value), null);
}

/** Move the upper half of a node `owner` may change into a new right sibling it owns, which is returned. */
export function splitNode<V>(n: Node<V>, owner: object): Node<V> {
  const half = n.keys.length >> 1;
  const keys = n.keys.splice(half);
  const pre = n.pre.splice(half);
  const vals = n.vals === null ? null : n.vals.splice(half);
  const kids = n.kids === null ? null : n.kids.splice(half);
  let moved = 0;
  if (kids !== null) for (const kid of kids) moved += entriesUnder(kid);
  n.size -= moved;
  return new Node<V>(owner, keys, pre, vals, kids, moved);
}
