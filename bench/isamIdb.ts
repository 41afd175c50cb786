/**
 * The ISAM workloads on fake-indexeddb: object stores keyed by id (keyPath "id") with an index "byVal" on val,
 * records { id, val, txt }. IndexedDB is asynchronous: each workload issues its requests in one transaction
 * (all at once where the API allows it, which is the fastest way to use it) and is timed until the event that
 * ends it. IndexedDB has no nested transactions, so W4 / W4p are one transaction that is aborted: the same
 * inserts and the same undo, without the levels.
 */
import { nowMs } from './isamData';
import type { Dataset, Engine, InsertWork, Rows, Timed } from './isamData';
import type { FakeIndexedDb, IdbDatabase, IdbObjectStore, IdbRequest, IdbTransaction } from './peers';

const BIG = 'big';
const FRESH = 'fresh';

function succeeded<T>(request: IdbRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new Error(`fake-indexeddb: request failed: ${String(request.error)}`));
  });
}

function completed(tx: IdbTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(new Error('fake-indexeddb: transaction aborted'));
  });
}

function aborted(tx: IdbTransaction): Promise<void> {
  return new Promise((resolve) => {
    tx.onabort = () => resolve();
  });
}

/** Puts rows [from, to); returns the last request (requests of a transaction complete in order). */
function putRows(store: IdbObjectStore, rows: Rows, from: number, to: number): IdbRequest<unknown> | null {
  let last: IdbRequest<unknown> | null = null;
  for (let i = from; i < to; i++) last = store.put({ id: rows.ids[i], val: rows.vals[i], txt: rows.txt[i] });
  return last;
}

async function count(db: IdbDatabase, name: string): Promise<number> {
  const tx = db.transaction(name, 'readonly');
  return succeeded(tx.objectStore(name).count());
}

export async function idbEngine(idb: FakeIndexedDb, data: Dataset): Promise<Engine> {
  const factory = new idb.IDBFactory();
  const open = factory.open('bench', 1);
  open.onupgradeneeded = () => {
    for (const name of [BIG, FRESH]) open.result.createObjectStore(name, { keyPath: 'id' }).createIndex('byVal', 'val');
  };
  const db = await succeeded(open);
  {
    const tx = db.transaction(BIG, 'readwrite');
    const done = completed(tx);
    putRows(tx.objectStore(BIG), data.preload, 0, data.preload.n);
    await done;
  }

  async function insert(work: InsertWork): Promise<Timed> {
    const name = work.preloaded ? BIG : FRESH;
    const t0 = nowMs();
    const tx = db.transaction(name, 'readwrite');
    const last = putRows(tx.objectStore(name), work.rows, 0, work.rows.n);
    if (last !== null) await succeeded(last);
    const t1 = nowMs();
    if (work.end === 'commit') {
      await completed(tx);
    } else {
      const undone = aborted(tx);
      tx.abort();
      await undone;
    }
    const t2 = nowMs();
    const after = work.verify ? await count(db, name) : Number.NaN;
    if (!work.preloaded) {
      const clear = db.transaction(FRESH, 'readwrite');
      const cleared = completed(clear);
      clear.objectStore(FRESH).clear();
      await cleared;
    }
    return { main: t1 - t0, end: t2 - t1, check: after };
  }

  async function sessions(n: number): Promise<Timed> {
    const t0 = nowMs();
    for (let i = 0; i < n; i++) {
      const tx = db.transaction(BIG, 'readwrite');
      const undone = aborted(tx);
      tx.abort();
      await undone;
    }
    return { main: nowMs() - t0, end: 0, check: n };
  }

  async function seeks(keys: Int32Array): Promise<Timed> {
    let sum = 0;
    const t0 = nowMs();
    const tx = db.transaction(BIG, 'readonly');
    const done = completed(tx);
    const store = tx.objectStore(BIG);
    for (let i = 0; i < keys.length; i++) {
      const request = store.get(keys[i]);
      request.onsuccess = () => {
        sum += request.result?.val ?? 0;
      };
    }
    await done;
    return { main: nowMs() - t0, end: 0, check: sum };
  }

  async function scan(): Promise<Timed> {
    let sum = 0;
    let rowsSeen = 0;
    let previous = -1;
    let ordered = true;
    const t0 = nowMs();
    const tx = db.transaction(BIG, 'readonly');
    const done = completed(tx);
    const request = tx.objectStore(BIG).openCursor();
    request.onsuccess = () => {
      const cursor = request.result;
      if (cursor === null) return;
      const { id, val } = cursor.value;
      if (id <= previous) ordered = false;
      previous = id;
      sum += val;
      rowsSeen++;
      cursor.continue();
    };
    await done;
    const t1 = nowMs();
    if (!ordered) throw new Error('fake-indexeddb: scan out of order');
    return { main: t1 - t0, end: 0, check: rowsSeen * 1e10 + sum };
  }

  async function ranges(starts: Int32Array, width: number): Promise<Timed> {
    let lengths = 0;
    const t0 = nowMs();
    const tx = db.transaction(BIG, 'readonly');
    const done = completed(tx);
    const index = tx.objectStore(BIG).index('byVal');
    // One range after the other: each cursor opens when the previous one has run out.
    const next = (i: number): void => {
      if (i === starts.length) return;
      const request = index.openCursor(idb.IDBKeyRange.bound(starts[i], starts[i] + width, false, true));
      request.onsuccess = () => {
        const cursor = request.result;
        if (cursor === null) {
          next(i + 1);
          return;
        }
        lengths += cursor.value.txt.length;
        cursor.continue();
      };
    };
    next(0);
    await done;
    return { main: nowMs() - t0, end: 0, check: lengths };
  }

  return { name: 'fake-indexeddb', sessions, insert, seeks, scan, ranges, close: () => db.close() };
}
