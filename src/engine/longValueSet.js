"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.setLongValue = setLongValue;
/**
 * JetSetColumn on a long value column (lv.cxx ErrRECSetLongField): the operation its grbit and data make of it
 * (ErrLVOpFromGrbit), done on the prepared update's values.
 */
const C = __importStar(require("../constants/constants"));
const errors_1 = require("../constants/errors");
const failure_1 = require("../storage/failure");
const APPEND = C.JET_bitSetAppendLV;
const OVERWRITE = C.JET_bitSetOverwriteLV;
const SIZE = C.JET_bitSetSizeLV;
const ZERO_LENGTH = C.JET_bitSetZeroLength;
/** The bits ErrRECSetLongField takes off before it picks the operation (hints and checks made elsewhere). */
const HINTS = C.JET_bitSetSeparateLV | C.JET_bitSetUniqueMultiValues | C.JET_bitSetUniqueNormalizedMultiValues
    | C.JET_bitSetRevertToDefaultValue | C.JET_bitSetIntrinsicLV | C.JET_bitSetCompressed | C.JET_bitSetUncompressed
    | C.JET_bitSetContiguousLV;
/** Leave the value as it is (lvopNull). */
const KEEP = 'keep';
/**
 * Set value `itag` (0: a new one) of a long value column in `values`, from `data` (its length is cbData; for
 * JET_bitSetSizeLV, the new size) and `offset` (JET_SETINFO.ibLongValue). A value that is not there (itag 0, or
 * past the last) is a new instance. Per the grbit, as lv.cxx ErrLVOpFromGrbit maps it:
 * - AppendLV: appended (no data: a new instance becomes zero-length, an existing value stays);
 * - OverwriteLV: written at the offset (ColumnNoChunk past the end, or at a non-zero offset of a new instance; no
 *   data: a new instance becomes zero-length at offset 0, an existing value stays);
 * - SizeLV: resized, zero-filled (no data: NULL); with ZeroLength, no data makes it zero-length;
 * - OverwriteLV | SizeLV: written at the offset, then cut after what was written (no data: NULL);
 * - ZeroLength: replaced (no data: zero-length);
 * - no bit, or any other combination (AppendLV | ZeroLength included): replaced (no data: NULL).
 */
function setLongValue(col, values, itag, data, grbit, offset, list = values.get(col.columnid) ?? []) {
    const at = itag === 0 ? list.length : itag - 1;
    const current = list[at];
    const fresh = current === undefined;
    const bytes = data ?? new Uint8Array(0);
    const none = bytes.length === 0;
    let next;
    switch (grbit & ~HINTS) {
        case APPEND:
            next = none ? (fresh ? new Uint8Array(0) : KEEP) : fresh ? bytes : joined(current, bytes);
            break;
        case OVERWRITE:
            if (fresh && offset !== 0)
                (0, failure_1.fail)(errors_1.JET_errColumnNoChunk);
            next = none ? (fresh ? new Uint8Array(0) : KEEP) : fresh ? bytes : written(current, bytes, offset, false);
            break;
        case SIZE:
            next = none ? null : resized(current, bytes.length);
            break;
        case SIZE | ZERO_LENGTH:
            next = none ? new Uint8Array(0) : resized(current, bytes.length);
            break;
        case SIZE | OVERWRITE:
            if (none) {
                next = null;
                break;
            }
            if (fresh && offset !== 0)
                (0, failure_1.fail)(errors_1.JET_errColumnNoChunk);
            next = fresh ? bytes : written(current, bytes, offset, true);
            break;
        case ZERO_LENGTH:
            next = bytes;
            break;
        default:
            next = none ? null : bytes;
    }
    if (next === KEEP)
        return;
    const changed = [...list];
    if (next === null) {
        if (!fresh)
            changed.splice(at, 1);
    }
    else {
        col.checkLength(next.length);
        if (fresh)
            changed.push(next);
        else
            changed[at] = next;
    }
    if (changed.length === 0)
        values.delete(col.columnid);
    else
        values.set(col.columnid, changed);
}
function joined(a, b) {
    const out = new Uint8Array(a.length + b.length);
    out.set(a);
    out.set(b, a.length);
    return out;
}
/** `size` bytes: the value's first ones, zeros after them (a new instance: all zeros). */
function resized(current, size) {
    const out = new Uint8Array(size);
    if (current !== undefined)
        out.set(current.subarray(0, Math.min(size, current.length)));
    return out;
}
/** `bytes` written over the value at `offset` (ColumnNoChunk past its end); `cut`: the value ends after them. */
function written(current, bytes, offset, cut) {
    if (offset > current.length)
        (0, failure_1.fail)(errors_1.JET_errColumnNoChunk);
    const end = offset + bytes.length;
    const out = new Uint8Array(cut ? end : Math.max(current.length, end));
    out.set(current.subarray(0, Math.min(current.length, out.length)));
    out.set(bytes, offset);
    return out;
}
