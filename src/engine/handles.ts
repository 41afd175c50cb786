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
 * A set of objects that carry handles, kept in insertion order. A `Set` of objects must give each new object an
 * identity hash the first time it holds it, which made adding and removing a fresh session or cursor cost about
 * 90 ns; keyed by the handle (a small integer) it costs a third of that.
 */
export class HandleSet<T extends { readonly handle: number }> {
  /** Made by the first add: most sessions never open a cursor. */
  private byHandle: Map<number, T> | null = null;

  get size(): number {
    return this.byHandle === null ? 0 : this.byHandle.size;
  }

  add(item: T): this {
    (this.byHandle ??= new Map<number, T>()).set(item.handle, item);
    return this;
  }

  delete(item: T): boolean {
    const map = this.byHandle;
    return map !== null && map.get(item.handle) === item && map.delete(item.handle);
  }

  has(item: T): boolean {
    return this.byHandle !== null && this.byHandle.get(item.handle) === item;
  }

  [Symbol.iterator](): IterableIterator<T> {
    return (this.byHandle ?? NO_ITEMS).values() as IterableIterator<T>;
  }
}

/** What an empty HandleSet iterates. */
const NO_ITEMS: ReadonlyMap<number, never> = new Map<number, never>();
