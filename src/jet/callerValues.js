"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UNREADABLE = void 0;
exports.isBytes = isBytes;
exports.bytesLength = bytesLength;
exports.ownBytes = ownBytes;
exports.isPlainData = isPlainData;
exports.canWrite = canWrite;
const node_util_1 = require("node:util");
/**
 * Values that come from the caller, looked at without ever running the
 * caller's code. Only string-named properties matter: esemu never reads a
 * symbol-keyed one. A C caller hands the engine plain memory; a JavaScript caller
 * can hand it a Proxy, a getter, a setter or a revoked object, whose code
 * would run (or throw) in the middle of an engine operation. Every argument is
 * inspected before a call starts, through property descriptors only; one that
 * holds such a thing anywhere is replaced by UNREADABLE, which every argument
 * check answers with JET_errInvalidParameter after the handles are checked.
 * Outputs are checked the same way: a box or field that cannot be written as a
 * plain data property is refused before anything is done.
 */
/** Stands for an argument whose contents cannot be read without running caller code. */
exports.UNREADABLE = Object.freeze(Object.create(null));
/** The engine's own accessors of typed arrays, which no caller can override. */
const typedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
function intrinsicGetter(name) {
    return Object.getOwnPropertyDescriptor(typedArrayProto, name).get;
}
const typedArrayTag = intrinsicGetter(Symbol.toStringTag);
const bufferOf = intrinsicGetter('buffer');
const byteOffsetOf = intrinsicGetter('byteOffset');
const byteLengthOf = intrinsicGetter('byteLength');
/**
 * A real Uint8Array (or Buffer), told apart without calling anything the
 * caller can override (a Proxy is no view). esemu never looks a property up
 * on the caller's byte arrays: it works on a view of its own (ownBytes), or reads their elements by index, which a
 * typed array answers from its memory whatever properties the caller defined (args.ts inputCopy).
 */
function isBytes(value) {
    return ArrayBuffer.isView(value) && typedArrayTag.call(value) === 'Uint8Array';
}
/** The byte count of a Uint8Array, read through the intrinsic getter (0 once its buffer is detached). */
function bytesLength(bytes) {
    return byteLengthOf.call(bytes);
}
const EMPTY = new Uint8Array(0);
/** A plain Uint8Array over the first `length` bytes of the caller's array (same memory, no caller code reachable). */
function ownBytes(bytes, length = bytesLength(bytes)) {
    if (length === 0)
        return EMPTY;
    // Clients pass the same few buffers call after call, and making a view costs more than the rest of a small
    // call: the views made for the last few arrays are kept and reused. An array's buffer and offset never change,
    // and a view is made with a fixed length from the same offset as the array, so while the array still has the
    // bytes the view was made for, so does the view (a detached, shrunk or transferred buffer shortens the array too).
    for (let k = 0; k < RECENT; k++) {
        if (recentCallers[k] === bytes) {
            if (recentLengths[k] === length && byteLengthOf.call(bytes) >= length)
                return recentViews[k];
            break;
        }
    }
    const view = new Uint8Array(bufferOf.call(bytes), byteOffsetOf.call(bytes), length);
    recentCallers[next] = bytes;
    recentViews[next] = view;
    recentLengths[next] = length;
    next = (next + 1) % RECENT;
    return view;
}
/** How many of the caller's arrays ownBytes remembers a view of (and so keeps alive until four others come). */
const RECENT = 4;
const recentCallers = [null, null, null, null];
const recentViews = [EMPTY, EMPTY, EMPTY, EMPTY];
const recentLengths = [0, 0, 0, 0];
let next = 0;
/** How many objects one argument may hold before it counts as unreadable (a C struct graph is small). */
const MAX_NODES = 1 << 20;
/**
 * Is `value` plain data all the way down: no Proxy, no accessor property, no
 * exotic prototype? Cycles are fine (visited once). Cost is proportional to
 * what the value really holds: a sparse array's holes cost nothing.
 */
function isPlainData(value) {
    if (typeof value !== 'object' || value === null)
        return true;
    // Views are only ever read through intrinsics (ownBytes), whatever the caller hung on them.
    if (ArrayBuffer.isView(value))
        return true;
    // The common case, checked without allocating much: a box or struct of primitives.
    if (node_util_1.types.isProxy(value) || !plainPrototype(value))
        return false;
    const names = Object.getOwnPropertyNames(value);
    let nested = false;
    for (let i = 0; i < names.length; i++) {
        const d = Object.getOwnPropertyDescriptor(value, names[i]);
        if (d.get !== undefined || d.set !== undefined)
            return false;
        const v = d.value;
        if (typeof v === 'object' && v !== null)
            nested = true;
    }
    return !nested || isPlainGraph(value);
}
/** Does reading or writing the object's properties stay clear of caller code all along its prototype chain? */
function plainPrototype(node) {
    for (let p = Object.getPrototypeOf(node); p !== null; p = Object.getPrototypeOf(p)) {
        if (p === Object.prototype || p === Array.prototype)
            return true;
        if (node_util_1.types.isProxy(p) || hasAccessors(p))
            return false;
    }
    return true;
}
function isPlainGraph(value) {
    const seen = new Set();
    const stack = [value];
    while (stack.length > 0) {
        const node = stack.pop();
        if (seen.has(node) || ArrayBuffer.isView(node))
            continue;
        if (node_util_1.types.isProxy(node) || !plainPrototype(node))
            return false;
        seen.add(node);
        if (seen.size > MAX_NODES)
            return false;
        const names = Object.getOwnPropertyNames(node);
        for (let i = 0; i < names.length; i++) {
            const d = Object.getOwnPropertyDescriptor(node, names[i]);
            if (d.get !== undefined || d.set !== undefined)
                return false;
            const v = d.value;
            if (typeof v === 'object' && v !== null)
                stack.push(v);
        }
    }
    return true;
}
/** Does an object (a caller's prototype) define getters or setters of its own? */
function hasAccessors(obj) {
    for (const name of Object.getOwnPropertyNames(obj)) {
        const d = Object.getOwnPropertyDescriptor(obj, name);
        if (d.get !== undefined || d.set !== undefined)
            return true;
    }
    return false;
}
/**
 * Can `obj[key] = v` be done as a plain data write: an own writable data
 * property, or an absent one on an extensible object whose prototype chain
 * does not intercept or forbid it?
 */
function canWrite(obj, key) {
    const own = Reflect.getOwnPropertyDescriptor(obj, key);
    if (own !== undefined)
        return 'value' in own && own.writable === true;
    if (!Object.isExtensible(obj))
        return false;
    for (let p = Object.getPrototypeOf(obj); p !== null; p = Object.getPrototypeOf(p)) {
        const d = Reflect.getOwnPropertyDescriptor(p, key);
        if (d !== undefined)
            return 'value' in d && d.writable === true;
    }
    return true;
}
