/**
 * The browser's stand-in for node:async_hooks, used by the playground's bundle only: src/engine/threads.ts needs
 * AsyncLocalStorage for `onThread`. This one follows synchronous calls (a stack); in the page a thread does not
 * follow `await`, which the playground's scripts do not use.
 */
export class AsyncLocalStorage<T> {
  private readonly stack: T[] = [];

  getStore(): T | undefined {
    return this.stack.length === 0 ? undefined : this.stack[this.stack.length - 1];
  }

  run<R>(store: T, fn: () => R): R {
    this.stack.push(store);
    try {
      return fn();
    } finally {
      this.stack.pop();
    }
  }
}
