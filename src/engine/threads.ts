import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Logical threads. JavaScript runs one thread, but ESE's rules about session
 * contexts and transactions depend on which OS thread makes a call. Code that
 * runs inside onThread(id, fn) (synchronously, or across awaits) is treated as
 * running on thread `id`; everything else runs on MAIN_THREAD.
 */
export const MAIN_THREAD = 1;

const storage = new AsyncLocalStorage<number>();
let lastThread = MAIN_THREAD;

export function currentThread(): number {
  return storage.getStore() ?? MAIN_THREAD;
}

/** Run fn as thread `thread` (sync or async; the thread follows its awaits). */
export function onThread<T>(thread: number, fn: () => T): T {
  if (!Number.isSafeInteger(thread) || thread <= 0) {
    throw new RangeError('onThread: a thread id is a positive integer');
  }
  if (thread > lastThread) lastThread = thread;
  return storage.run(thread, fn);
}

/** A thread id nobody has used yet. */
export function newThreadId(): number {
  lastThread += 1;
  return lastThread;
}
