"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HandleSet = exports.SmallestFreeAllocator = void 0;
exports.newHandle = newHandle;
const handleMap_1 = require("./handleMap");
/**
 * Handle values. Every handle the process hands out (instances, sessions,
 * cursors, databases) comes from one counter that only goes up, so a handle is
 * never reused: a stale handle, or one from another emulator, can never name a
 * live object by accident.
 */
let next = 0x10000;
function newHandle() {
    next += 1;
    return next;
}
/** Smallest-free-positive-integer allocator (session procids are reused like this in the engine). */
class SmallestFreeAllocator {
    top = 0;
    freed = []; // binary min-heap
    take() {
        const heap = this.freed;
        if (heap.length === 0)
            return ++this.top;
        const min = heap[0];
        const last = heap.pop();
        if (heap.length > 0) {
            let i = 0;
            for (;;) {
                const l = 2 * i + 1;
                let child = -1;
                let value = last;
                if (l < heap.length && heap[l] < value) {
                    child = l;
                    value = heap[l];
                }
                if (l + 1 < heap.length && heap[l + 1] < value) {
                    child = l + 1;
                    value = heap[l + 1];
                }
                if (child < 0)
                    break;
                heap[i] = value;
                i = child;
            }
            heap[i] = last;
        }
        return min;
    }
    give(n) {
        if (n === this.top) {
            this.top -= 1;
            return;
        }
        const heap = this.freed;
        let i = heap.length;
        heap.push(n);
        while (i > 0) {
            const p = (i - 1) >> 1;
            if (heap[p] <= n)
                break;
            heap[i] = heap[p];
            i = p;
        }
        heap[i] = n;
    }
}
exports.SmallestFreeAllocator = SmallestFreeAllocator;
/**
 * A set of objects that carry handles. It iterates them in the order they were added, which is handle order
 * (handles only go up). A `Set` of objects must give each new object an identity hash the first time it holds it,
 * and a `Map` that sees entries come and go allocates a new table every few of them; kept in a HandleMap, adding and
 * removing a session or cursor allocates nothing.
 */
class HandleSet {
    /** The only item, while the set has never held two (most sessions and temp tables have one cursor). */
    one = null;
    /** Made when a second item comes; from then on it holds every item and `one` stays null. */
    byHandle = null;
    get size() {
        if (this.byHandle !== null)
            return this.byHandle.size;
        return this.one === null ? 0 : 1;
    }
    add(item) {
        if (this.byHandle !== null) {
            this.byHandle.set(item.handle, item);
        }
        else if (this.one === null || this.one.handle === item.handle) {
            this.one = item;
        }
        else {
            this.byHandle = new handleMap_1.HandleMap().set(this.one.handle, this.one).set(item.handle, item);
            this.one = null;
        }
        return this;
    }
    delete(item) {
        const map = this.byHandle;
        if (map !== null)
            return map.get(item.handle) === item && map.delete(item.handle);
        if (this.one !== item)
            return false;
        this.one = null;
        return true;
    }
    has(item) {
        if (this.byHandle !== null)
            return this.byHandle.get(item.handle) === item;
        return this.one === item;
    }
    /** The items in the order they were added. */
    [Symbol.iterator]() {
        return this.sorted()[Symbol.iterator]();
    }
    /** Visit the items in no particular order; `visit` must not add or delete any. */
    forEach(visit) {
        if (this.byHandle !== null)
            this.byHandle.forEach(visit);
        else if (this.one !== null)
            visit(this.one);
    }
    /** The items in no particular order (for a walk whose order does not matter: no sorting). */
    unordered() {
        if (this.byHandle !== null)
            return this.byHandle.values();
        return this.one === null ? [] : [this.one];
    }
    sorted() {
        if (this.byHandle === null)
            return this.one === null ? [] : [this.one];
        return this.byHandle.values().sort((a, b) => a.handle - b.handle);
    }
}
exports.HandleSet = HandleSet;
