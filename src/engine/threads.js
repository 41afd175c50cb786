"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAIN_THREAD = void 0;
exports.currentThread = currentThread;
exports.onThread = onThread;
exports.newThreadId = newThreadId;
const node_async_hooks_1 = require("node:async_hooks");
/**
 * Logical threads. JavaScript runs one thread, but ESE's rules about session
 * contexts and transactions depend on which OS thread makes a call. Code that
 * runs inside onThread(id, fn) (synchronously, or across awaits) is treated as
 * running on thread `id`; everything else runs on MAIN_THREAD.
 */
exports.MAIN_THREAD = 1;
const storage = new node_async_hooks_1.AsyncLocalStorage();
let lastThread = exports.MAIN_THREAD;
function currentThread() {
    return storage.getStore() ?? exports.MAIN_THREAD;
}
/** Run fn as thread `thread` (sync or async; the thread follows its awaits). */
function onThread(thread, fn) {
    if (!Number.isSafeInteger(thread) || thread <= 0) {
        throw new RangeError('onThread: a thread id is a positive integer');
    }
    if (thread > lastThread)
        lastThread = thread;
    return storage.run(thread, fn);
}
/** A thread id nobody has used yet. */
function newThreadId() {
    lastThread += 1;
    return lastThread;
}
