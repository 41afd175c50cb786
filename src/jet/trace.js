"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Tracer = exports.UNREADABLE_ARG = void 0;
exports.formatTraceRecord = formatTraceRecord;
const errorInfo_1 = require("../constants/errorInfo");
const callerValues_1 = require("./callerValues");
/** What the trace shows for an argument it could not read without running the caller's code. */
exports.UNREADABLE_ARG = '<unreadable>';
/** Arrays and objects in a trace record keep at most this many entries, and nest at most MAX_DEPTH deep. */
const MAX_ENTRIES = 256;
const MAX_DEPTH = 4;
/**
 * Fan-out of API calls to subscribers; costs nothing while nobody listens.
 * A listener that throws does not make the API call throw (the call has
 * already happened): its error is kept, and the emulator hands the errors out
 * (takeListenerErrors / throwListenerErrors) so a test sees an expect() that
 * failed inside a listener.
 */
class Tracer {
    listeners = new Set();
    seq = 0;
    errors = [];
    get active() {
        return this.listeners.size > 0;
    }
    /** Listen to every API call; returns the function that stops listening. */
    subscribe(listener) {
        this.listeners.add(listener);
        return () => {
            this.listeners.delete(listener);
        };
    }
    emit(api, args, code, thread) {
        const copied = args.map((a) => snapshotArg(a, 0));
        const record = { seq: ++this.seq, api, args: copied, code, codeName: (0, errorInfo_1.errorName)(code), thread };
        for (const listener of [...this.listeners]) {
            try {
                listener(record);
            }
            catch (caught) {
                this.errors.push(caught);
            }
        }
    }
    /** The errors listeners threw since the last call, oldest first; the list is emptied. */
    takeErrors() {
        const taken = this.errors;
        this.errors = [];
        return taken;
    }
}
exports.Tracer = Tracer;
/**
 * Copy what an argument holds now, so later changes to a box or buffer do not
 * rewrite history. Arguments reach here screened (plain data or UNREADABLE),
 * so no caller code runs; the copy is bounded in size and depth all the same.
 */
function snapshotArg(arg, depth) {
    if (typeof arg !== 'object' || arg === null)
        return arg;
    if (arg === callerValues_1.UNREADABLE)
        return exports.UNREADABLE_ARG;
    if ((0, callerValues_1.isBytes)(arg))
        return (0, callerValues_1.ownBytes)(arg).slice();
    if (depth >= MAX_DEPTH)
        return Array.isArray(arg) ? `<array of ${arg.length}>` : '<object>';
    if (Array.isArray(arg)) {
        const n = Math.min(arg.length, MAX_ENTRIES);
        const copy = [];
        for (let i = 0; i < n; i++)
            copy.push(snapshotArg(arg[i], depth + 1));
        if (arg.length > n)
            copy.push(`<${arg.length - n} more>`);
        return copy;
    }
    const copy = {};
    let n = 0;
    for (const key of Object.keys(arg)) {
        if (n++ >= MAX_ENTRIES)
            break;
        copy[key] = snapshotArg(arg[key], depth + 1);
    }
    return copy;
}
function formatArg(arg, depth) {
    if (arg === null || arg === undefined)
        return 'NULL';
    if (typeof arg === 'string')
        return JSON.stringify(arg);
    if (typeof arg !== 'object')
        return typeof arg === 'symbol' ? arg.toString() : String(arg);
    if ((0, callerValues_1.isBytes)(arg))
        return `<${(0, callerValues_1.bytesLength)(arg)} bytes>`;
    if (depth >= MAX_DEPTH)
        return '...';
    if (Array.isArray(arg)) {
        // A trace copy of a long array is MAX_ENTRIES entries and its "<n more>" note: shown whole, with the true count.
        const n = arg.length <= MAX_ENTRIES + 1 ? arg.length : MAX_ENTRIES;
        const parts = [];
        for (let i = 0; i < n; i++)
            parts.push(formatArg(arg[i], depth + 1));
        if (arg.length > n)
            parts.push(`<${arg.length - n} more>`);
        return `[${parts.join(', ')}]`;
    }
    const keys = Object.keys(arg).slice(0, MAX_ENTRIES);
    if (keys.length === 1 && keys[0] === 'value')
        return `&${formatArg(arg.value, depth + 1)}`;
    return `{${keys.map((k) => `${k}: ${formatArg(arg[k], depth + 1)}`).join(', ')}}`;
}
/** One line per call: `JetBeginSession(65538, &65539, "", "") = 0 JET_errSuccess`. Never throws. */
function formatTraceRecord(r) {
    try {
        const thread = r.thread === 1 ? '' : ` [thread ${r.thread}]`;
        const args = Array.isArray(r.args) ? r.args.slice(0, 16).map((a) => safeFormat(a)).join(', ') : '?';
        return `${String(r.api)}(${args}) = ${String(r.code)} ${String(r.codeName)}${thread}`;
    }
    catch {
        return '<a trace record that cannot be shown>';
    }
}
function safeFormat(arg) {
    try {
        return formatArg(arg, 0);
    }
    catch {
        return '<unreadable>';
    }
}
