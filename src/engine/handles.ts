import { HandleMap } from './handleMap';

/**
 * Handle values. Every handle the process hands out (instances, sessions,
 * cursors, databases) comes from one counter that only goes up, so a handle is
 * never reused: a stale handle, or one from another emulator, can never name a
 * live object by accident.
 */
let next = 0x10000;

export function newHandle(): number {
  next += 1;
  return next;
}

/** Smallest-free-positive-integer allocator (session procids are reused like this in the engine). */
export class SmallestFreeAllocator {
  private top = 0;
  private readonly freed: number[] = []; // binary min-heap

  take(): number {
    const heap = this.freed;
    if (heap.length === 0) return ++this.top;
    const min = heap[0];
    const last = heap.pop() as number;
    if (heap.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        let child = -1;
        let value = last;
        if (l < heap.length && heap[l] < value) { child = l; value = heap[l]; }
        if (l + 1 < heap.length && heap[l + 1] < value) { child = l + 1; value = heap[l + 1]; }
        if (child < 0) break;
        heap[i] = value;
        i = child;
      }
      heap[i] = last;
    }
    return min;
  }

  give(n: number): void {
    if (n === this.top) {
      this.top -= 1;
      return;
    }
    const heap = this.freed;
    let i = heap.length;
    heap.push(n);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heap[p] <= n) break;
      heap[i] = heap[p];
      i = p;
    }
    heap[i] = n;
  }
}

/**
 * A set of objects that carry handles. It iterates them in the order they were added, which is handle order
 * (handles only go up). A `Set` of objects must give each new object an identity hash the first time it holds it,
 * and a `Map` that sees entries come and go allocates a new table every few of them; kept in a HandleMap, adding and
 * removing a session or cursor allocates nothing.
 */
export class HandleSet<T extends { readonly handle: number }> {
  /** Made by the first add: most sessions never open a cursor. */
  private byHandle: HandleMap<T> | null = null;

  get size(): number {
    return this.byHandle === null ? 0 : this.byHandle.size;
  }

  add(item: T): this {
    (this.byHandle ??= new HandleMap<T>()).set(item.handle, item);
    return this;
  }

  delete(item: T): boolean {
    const map = this.byHandle;
    return map !== null && map.get(item.handle) === item && map.delete(item.handle);
  }

  has(item: T): boolean {
    return this.byHandle !== null && this.byHandle.get(item.handle) === item;
  }

  /** The items in the order they were added. */
  [Symbol.iterator](): IterableIterator<T> {
    if (this.byHandle === null || this.byHandle.size === 0) return NO_ITEMS[Symbol.iterator]();
    return this.byHandle.entries().map((e) => e[1])[Symbol.iterator]();
  }

  /** The items in no particular order (for a walk whose order does not matter: no sorting). */
  unordered(): T[] {
    return this.byHandle === null ? [] : this.byHandle.values();
  }
}

/** What an empty HandleSet iterates. */
const NO_ITEMS: readonly never[] = [];
