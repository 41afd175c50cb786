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
exports.prereadKeys = prereadKeys;
exports.prereadIndexRanges = prereadIndexRanges;
exports.prereadIndexRange = prereadIndexRange;
/**
 * JetPrereadKeys, JetPrereadIndexRanges and JetPrereadIndexRange (rec.cxx ErrIsamPrereadKeys,
 * ErrIsamIPrereadIndexRanges, ErrIsamIPrereadKeyRanges, ErrIsamPrereadIndexRange): hints that the caller is about to
 * read these keys or ranges of the current index. esemu has no pages to bring in, so nothing is read; what the
 * caller sees is the engine's: its argument checks in their order, the keys the range calls make on the cursor (the
 * cursor's made key is left as the last one made), and the counts a tree small enough to fit one page reports
 * (every key, every range).
 */
const C = __importStar(require("../constants/constants"));
const errors_1 = require("../constants/errors");
const failure_1 = require("../storage/failure");
const keys_1 = require("../storage/keys");
const tableNav_1 = require("./tableNav");
const tableRead_1 = require("./tableRead");
const FORWARD = C.JET_bitPrereadForward;
const BACKWARD = C.JET_bitPrereadBackward;
const NORMALIZED = C.JET_bitPrereadNormalizedKey;
/** bitPrereadSingletonRanges: an engine-internal bit the range calls accept. */
const SINGLETONS = 0x10;
/** A table with no primary index keys its records by DBK, a ULONG (tdb.hxx). */
const DBK_SIZE = 4;
/** The first tagged column id (daedef.hxx fidTaggedLeast). */
const TAGGED_LEAST = 256;
/**
 * JetPrereadKeys after the cursor's gate: `zero` writes 0 into the caller's count first (rec.cxx 2509), then the
 * checks (ErrIsamValidatePrereadKeysArguments), then the count: every key.
 */
function prereadKeys(engine, cursor, keys, sizes, ckeys, grbit, zero) {
    (0, tableNav_1.enterTable)(engine, cursor);
    zero();
    if (keys === null || sizes === null || ckeys <= 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    if (grbit !== FORWARD && grbit !== BACKWARD)
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    const keyMost = cursor.index?.keyMost ?? cursor.table.primary?.keyMost ?? DBK_SIZE;
    let previous = null;
    for (let i = 0; i < ckeys; i++) {
        const key = keys[i];
        if (key === null)
            (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
        const cb = sizes[i];
        if (cb === 0 || cb > keyMost)
            (0, failure_1.fail)(errors_1.JET_errInvalidBufferSize);
        const bytes = key.subarray(0, cb);
        if (previous !== null) {
            const cmp = (0, keys_1.compareBytes)(previous, bytes);
            if (grbit === FORWARD ? cmp > 0 : cmp < 0)
                (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
        }
        previous = bytes;
    }
    return ckeys;
}
/**
 * rec.cxx ErrRECIMakeKey: a key from index columns made on the cursor with JetMakeKey (value i is the index's i-th
 * key column, whatever its columnid says), a full or partial start or end limit on the last one, then read back as
 * JetRetrieveKey(JET_bitRetrieveCopy) reads it (with no column: the key the cursor was already making).
 */
function makeRangeKey(engine, cursor, columns, startRange) {
    const last = columns.length - 1;
    columns.forEach((c, i) => {
        const prefix = c.relop === C.JET_relopPrefixEquals;
        if (c.relop !== C.JET_relopEquals && (i !== last || !prefix))
            (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
        const zeroLength = c.grbit === C.JET_bitZeroLength;
        if ((c.grbit & ~C.JET_bitZeroLength) !== 0 || (zeroLength && c.cb !== 0))
            (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
        let bits = i === 0 ? C.JET_bitNewKey : 0;
        if (zeroLength)
            bits |= C.JET_bitKeyDataZeroLength;
        if (i === last) {
            if (prefix)
                bits |= startRange ? C.JET_bitPartialColumnStartLimit : C.JET_bitPartialColumnEndLimit;
            else
                bits |= startRange ? C.JET_bitFullColumnStartLimit : C.JET_bitFullColumnEndLimit;
        }
        (0, tableNav_1.makeTableKey)(engine, cursor, c.cb === 0 ? null : c.pv, bits);
    });
    return (0, tableRead_1.retrieveTableKey)(engine, cursor, C.JET_bitRetrieveCopy);
}
/** With JET_bitPrereadNormalizedKey: the first column's bytes are the key. */
function givenKey(columns) {
    const c = columns[0];
    return c === undefined || c.pv === null ? new Uint8Array(0) : c.pv.subarray(0, c.cb);
}
/**
 * JetPrereadIndexRanges after the cursor's gate (rec.cxx ErrIsamIPrereadIndexRanges, then ErrIsamIPrereadKeyRanges):
 * the keys are made first, range by range, then the grbit, the long-value columns and the order of the keys and
 * ranges are checked. `counted`: whether the caller asked for the count (without it the ranges are sorted, and
 * overlapping ones refused). Returns the count: every range (1 for none, an empty preread being complete).
 */
function prereadIndexRanges(engine, cursor, ranges, counted, lvColumns, grbit) {
    (0, tableNav_1.enterTable)(engine, cursor);
    const starts = [];
    const ends = [];
    let singletons = true;
    for (const range of ranges) {
        if ((grbit & NORMALIZED) !== 0) {
            if (range.start.length !== 1 && range.end.length > 1)
                (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
            starts.push(givenKey(range.start));
            if (range.end.length === 1)
                singletons = false;
            ends.push(range.end.length === 1 ? givenKey(range.end) : new Uint8Array(0));
        }
        else {
            const forward = (grbit & FORWARD) !== 0;
            starts.push(makeRangeKey(engine, cursor, range.start, forward));
            singletons &&= range.end.length === 0;
            ends.push(makeRangeKey(engine, cursor, range.end, !forward));
        }
    }
    if ((grbit & (FORWARD | BACKWARD)) === 0 || (grbit & ~(FORWARD | BACKWARD | C.JET_bitPrereadFirstPage | SINGLETONS | NORMALIZED)) !== 0) {
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    }
    const forward = (grbit & FORWARD) !== 0;
    if (lvColumns.length > 0 && cursor.index !== null)
        (0, failure_1.fail)(errors_1.JET_errInvalidPreread);
    if (singletons)
        for (let i = 0; i < starts.length; i++)
            ends[i] = starts[i];
    for (const id of lvColumns) {
        // Only a tagged column id (fid 256 and up) of a long value type: the engine's long values are all tagged.
        const col = (id & 0xffff) >= TAGGED_LEAST ? cursor.table.columnById(id) : undefined;
        if (col === undefined || !col.isLong)
            (0, failure_1.fail)(errors_1.JET_errMustBeSeparateLongValue);
    }
    for (let i = 0; i < starts.length; i++) {
        const cmp = (0, keys_1.compareBytes)(starts[i], ends[i]);
        if (forward ? cmp > 0 : cmp < 0)
            (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
        if (counted && i > 0) {
            const between = (0, keys_1.compareBytes)(ends[i - 1], starts[i]);
            if (forward ? between > 0 : between < 0)
                (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
        }
    }
    if (!counted)
        sortRanges(starts, ends, forward);
    return Math.max(ranges.length, 1);
}
/**
 * rec.cxx ErrRECIInsertionSort: each range goes before the first sorted one it lies wholly before (after, backward);
 * one it partly overlaps is InvalidParameter.
 */
function sortRanges(starts, ends, forward) {
    for (let i = 1; i < starts.length; i++) {
        for (let j = 0; j < i; j++) {
            const c1 = (0, keys_1.compareBytes)(starts[i], ends[j]);
            const c2 = (0, keys_1.compareBytes)(ends[i], starts[j]);
            const before1 = forward ? c1 < 0 : c1 > 0;
            const before2 = forward ? c2 < 0 : c2 > 0;
            if (before1 && before2) {
                starts.splice(j, 0, ...starts.splice(i, 1));
                ends.splice(j, 0, ...ends.splice(i, 1));
                break;
            }
            if (before1 || before2)
                (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
        }
    }
}
/**
 * JetPrereadIndexRange (rec.cxx ErrIsamPrereadIndexRange): its own checks, then one range as JetPrereadIndexRanges
 * takes it without a count. Returns the pages handed to the cache (0: every tree here fits its root page), or null
 * when `cPageCacheMax` is 0 (the request completes empty and the caller's count is not written).
 */
function prereadIndexRange(engine, cursor, range, min, max, grbit) {
    (0, tableNav_1.enterTable)(engine, cursor);
    if (range === null || min > max || max > 0x7fffffff)
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    if ((grbit & ~(FORWARD | BACKWARD | NORMALIZED)) !== 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    if (((grbit & FORWARD) !== 0) === ((grbit & BACKWARD) !== 0))
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    prereadIndexRanges(engine, cursor, [range], false, [], grbit);
    return max === 0 ? null : 0;
}
