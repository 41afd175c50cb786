"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.grbitArg = grbitArg;
exports.intArg = intArg;
exports.columnidArg = columnidArg;
exports.sizeArg = sizeArg;
exports.ulongArg = ulongArg;
exports.size64Arg = size64Arg;
exports.optionalString = optionalString;
exports.stringArg = stringArg;
exports.outArg = outArg;
exports.writableField = writableField;
exports.outputArray = outputArray;
exports.optionalOut = optionalOut;
exports.inputBytes = inputBytes;
exports.inputCopy = inputCopy;
exports.outputBuffer = outputBuffer;
exports.outputRoom = outputRoom;
exports.arrayArg = arrayArg;
exports.objectArg = objectArg;
const errors_1 = require("../constants/errors");
const byteSlab_1 = require("../storage/byteSlab");
const failure_1 = require("../storage/failure");
const callerValues_1 = require("./callerValues");
const outBox_1 = require("./outBox");
/**
 * Argument checks for values a C caller could not get wrong in kind but a
 * JavaScript caller can: each wrong kind is answered with
 * JET_errInvalidParameter, the code the engine gives a bad pointer or size.
 */
/** A grbit: an integer that fits 32 bits (negative values are taken as their unsigned bit pattern). */
function grbitArg(value) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < -0x80000000 || value > 0xffffffff) {
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    }
    return value >>> 0;
}
/** A signed 32-bit integer argument (counts, sizes, move offsets, ids). */
function intArg(value) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < -0x80000000 || value > 0xffffffff) {
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    }
    return value | 0;
}
/** A JET_COLUMNID: an unsigned 32-bit id (a template column's has the high bit set). */
function columnidArg(value) {
    return intArg(value) >>> 0;
}
/** A non-negative size or count. */
function sizeArg(value) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 0x7fffffff)
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    return value;
}
/** An unsigned long that only states a size (no JavaScript buffer behind it): any integer from 0 to 0xFFFFFFFF. */
function ulongArg(value) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 0xffffffff)
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    return value;
}
/** An unsigned 64-bit count (esent.h's unsigned long long), as a JavaScript number: any non-negative safe integer. */
function size64Arg(value) {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    return value;
}
/** A string that may be absent (C NULL). */
function optionalString(value) {
    if (value === null || value === undefined)
        return null;
    if (typeof value !== 'string')
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    return value;
}
function stringArg(value) {
    if (typeof value !== 'string')
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    return value;
}
/** An output box that must be there, and that can take its value (not frozen, sealed without it, or read-only). */
function outArg(value) {
    if (typeof value !== 'object' || value === null || value === callerValues_1.UNREADABLE || Array.isArray(value) || ArrayBuffer.isView(value)) {
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    }
    if (!(0, outBox_1.isClearBox)(value) && !(0, callerValues_1.canWrite)(value, 'value'))
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    return value;
}
/** A field of a caller's struct that the call writes (an `err`, a `tableid`...): it must be writable. */
function writableField(obj, key) {
    if (!(0, callerValues_1.canWrite)(obj, key))
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
}
/** An output array whose first `count` entries the call writes. */
function outputArray(value, count) {
    if (!Array.isArray(value))
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    for (let i = 0; i < count; i++)
        if (!(0, callerValues_1.canWrite)(value, i))
            (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    return value;
}
/** An output box that may be absent. */
function optionalOut(value) {
    if (value === null || value === undefined)
        return null;
    return outArg(value);
}
/**
 * Is there input data: false for none (a NULL pointer with a size of 0); true for a real Uint8Array holding at
 * least `size` bytes; anything else is JET_errInvalidParameter.
 */
function hasInput(pv, size) {
    if (pv === null || pv === undefined) {
        if (size !== 0)
            (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
        return false;
    }
    if (!(0, callerValues_1.isBytes)(pv) || size > (0, callerValues_1.bytesLength)(pv))
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    return true;
}
/** The first `cb` bytes of `pv` (null when there is no data). */
function inputBytes(pv, cb) {
    const size = sizeArg(cb);
    return hasInput(pv, size) ? (0, callerValues_1.ownBytes)(pv, size) : null;
}
/**
 * Data the engine keeps (JetSetColumn's): checked as inputBytes checks it, then copied at once into memory the
 * engine owns, so the engine needs no copy of its own and no view of the caller's array is made. The caller's
 * bytes are read by index, which on a real Uint8Array runs no caller code (its elements are not properties a
 * caller can redefine).
 */
function inputCopy(pv, cb) {
    const size = sizeArg(cb);
    if (!hasInput(pv, size))
        return null;
    const copy = (0, byteSlab_1.allocBytes)(size);
    if (size > 64)
        copy.set((0, callerValues_1.ownBytes)(pv, size));
    else
        for (let i = 0; i < size; i++)
            copy[i] = pv[i];
    return copy;
}
/** An output buffer holding at least `cbMax` bytes, or null (a call that only asks for the size). */
function outputBuffer(pv, cbMax) {
    const size = sizeArg(cbMax);
    if (pv === null || pv === undefined)
        return null;
    if (!(0, callerValues_1.isBytes)(pv))
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    const length = (0, callerValues_1.bytesLength)(pv);
    if (size > length)
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    return (0, callerValues_1.ownBytes)(pv, length);
}
/** The usable capacity of an output buffer checked by outputBuffer (0 without a buffer). */
function outputRoom(pv, cbMax) {
    return pv === null || pv === undefined ? 0 : cbMax;
}
/** An array argument of at least `count` entries. */
function arrayArg(value, count) {
    if (!Array.isArray(value) || value.length < count)
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    return value;
}
function objectArg(value) {
    if (typeof value !== 'object' || value === null || value === callerValues_1.UNREADABLE || Array.isArray(value) || ArrayBuffer.isView(value)) {
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    }
    return value;
}
