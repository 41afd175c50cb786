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
exports.keyAt = keyAt;
exports.allowsNulls = allowsNulls;
exports.multiValuedSegments = multiValuedSegments;
exports.indexKeys = indexKeys;
exports.entryKeysOf = entryKeysOf;
exports.entryOf = entryOf;
exports.keyAtItag = keyAtItag;
const C = __importStar(require("../constants/constants"));
const errors_1 = require("../constants/errors");
const failure_1 = require("../storage/failure");
const keys_1 = require("../storage/keys");
const indexConditions_1 = require("./indexConditions");
const indexTuples_1 = require("./indexTuples");
const tableColumn_1 = require("./tableColumn");
/** Every segment at its first value (rec.hxx rgitagBaseKey). */
const BASE_KEY = new Array(C.JET_ccolKeyMost).fill(1);
/**
 * The key made from the given itags (and, in a tuple index, the tuple at
 * `tupleOffset`), with which of its segments are NULL; `outOfKeys` is the
 * segment whose multi-valued column has no such value (-1: none), and
 * 'outOfTuples' means the first column has no tuple there.
 */
function keyAt(index, values, itags, nested = false, tupleOffset = 0) {
    const bytes = [];
    let nullCount = 0;
    let firstNull = false;
    let allMvOut = true;
    let anyMv = false;
    let truncated = false;
    for (let i = 0; i < index.segments.length; i++) {
        const seg = index.segments[i];
        const list = values.get(seg.column.columnid);
        const itag = itags[i] ?? 1;
        let value = list === undefined ? null : list[itag - 1] ?? null;
        if (itag > 1) {
            anyMv = true;
            if (value !== null)
                allMvOut = false;
            if (value === null && !nested)
                return { key: '', nulls: 'none', outOfKeys: i };
        }
        // A tuple index keys its first column by the tuple at the offset (fldnorm.cxx; too short: wrnFLDOutOfTuples).
        if (i === 0 && index.tuples !== null) {
            value = (0, indexTuples_1.tupleAt)(index.tuples, value, tupleOffset, seg.isText && seg.cp === 1200);
            if (value === null)
                return 'outOfTuples';
        }
        if (value === null) {
            nullCount += 1;
            if (i === 0)
                firstNull = true;
        }
        // fldnorm.cxx ErrRECIRetrieveKey: a segment that does not fit whole in what is left of cbKeyMost, or any segment
        // after the key is full, makes the key truncated; a segment cut to cbVarSegMac is cut on purpose and does not
        // (the normalization drops its warning, fldnorm.cxx 153-167).
        if (bytes.length < index.keyMost) {
            index.appendKeySegment(bytes, seg, value ?? new Uint8Array(0), 0, value === null ? -1 : value.length);
        }
        else {
            truncated = true;
        }
    }
    if (nested && anyMv && allMvOut)
        return { key: '', nulls: 'none', outOfKeys: 0 };
    if (bytes.length > index.keyMost) {
        bytes.length = index.keyMost;
        truncated = true;
    }
    // ... which an index made with JET_bitIndexDisallowTruncation refuses (fldnorm.cxx 1336-1343, 1808-1838).
    if (truncated && index.disallowsTruncation)
        (0, failure_1.fail)(errors_1.JET_errKeyTruncated);
    const nulls = nullCount === index.segments.length ? 'all' : firstNull ? 'first' : nullCount > 0 ? 'some' : 'none';
    return { key: (0, keys_1.keyFromBytes)(bytes), nulls, outOfKeys: -1 };
}
/** Does the index take a key with these NULL segments (its IgnoreNull / IgnoreAnyNull / IgnoreFirstNull / DisallowNull)? */
function allowsNulls(index, nulls) {
    const g = index.grbit;
    const someOk = (g & (C.JET_bitIndexDisallowNull | C.JET_bitIndexIgnoreAnyNull)) === 0;
    const firstOk = someOk && (g & C.JET_bitIndexIgnoreFirstNull) === 0;
    const allOk = firstOk && (g & C.JET_bitIndexIgnoreNull) === 0;
    if (nulls === 'all')
        return allOk;
    if (nulls === 'first')
        return firstOk;
    if (nulls === 'some')
        return someOk;
    return true;
}
/** Index definitions never change: their multi-valued segments are worked out once. */
const mvCache = new WeakMap();
/** The segments whose multi-valued columns count up (see the comment at the top). */
function multiValuedSegments(index) {
    const cached = mvCache.get(index);
    if (cached !== undefined)
        return cached;
    const all = (index.grbit & (C.JET_bitIndexCrossProduct | C.JET_bitIndexNestedTable)) !== 0;
    const out = [];
    index.segments.forEach((seg, i) => {
        if (seg.column.tagged && seg.column.has(tableColumn_1.COLUMN.MultiValued) && (all || out.length === 0))
            out.push(i);
    });
    mvCache.set(index, out);
    return out;
}
/** Every entry key of a record in the index, in enumeration order, without repeats. */
function indexKeys(index, values) {
    if (!(0, indexConditions_1.meetsConditions)(index.conditions, values))
        return [];
    const mv = multiValuedSegments(index);
    const nested = (index.grbit & C.JET_bitIndexNestedTable) !== 0 && (index.grbit & C.JET_bitIndexCrossProduct) === 0;
    const itags = index.segments.map(() => 1);
    const out = [];
    const seen = new Set();
    const tuples = index.tuples;
    const firstMv = mv[0] === 0;
    for (;;) {
        let rollover = -1;
        let complete = false;
        // Each tuple of the first column in turn (a plain index has one "tuple": the whole value).
        const count = tuples === null ? 1 : tuples.toIndexMax;
        for (let t = 0; t < count; t++) {
            const made = keyAt(index, values, itags, nested, tuples === null ? 0 : tuples.start + t * tuples.increment);
            if (made === 'outOfTuples') {
                // recupd.cxx: the tuples of this value are done; unless the first column is multi-valued, so is the record.
                if (!firstMv)
                    complete = true;
                break;
            }
            if (made.outOfKeys >= 0) {
                rollover = made.outOfKeys;
                break;
            }
            if (!allowsNulls(index, made.nulls)) {
                complete = true;
                break;
            }
            if (!seen.has(made.key)) {
                seen.add(made.key);
                out.push({ key: made.key, itags: itags.slice(), tupleOffset: tuples === null ? 0 : tuples.start + t * tuples.increment });
            }
            if (made.nulls === 'all')
                complete = true;
        }
        if (complete || mv.length === 0)
            break;
        if (rollover < 0) {
            // No column ran out: the next value of the least significant one (all of them in a nested-table index).
            if (nested)
                for (const s of mv)
                    itags[s] += 1;
            else
                itags[mv[mv.length - 1]] += 1;
            continue;
        }
        if (nested)
            break;
        // The column at `rollover` ran out: back to its first value, and the next more significant one moves on.
        const before = mv.filter((s) => s < rollover);
        if (before.length === 0)
            break;
        for (const s of mv)
            if (s >= rollover)
                itags[s] = 1;
        itags[before[before.length - 1]] += 1;
    }
    return out;
}
/** The keys alone (what a table image's index tree holds per record). */
function entryKeysOf(index, values) {
    // The common case (no multi-valued column, tuples or conditions): the base key or nothing.
    if (index.tuples === null && index.conditions.length === 0 && multiValuedSegments(index).length === 0) {
        const key = keyAtItag(index, values, 1);
        return typeof key === 'string' ? [key] : [];
    }
    return indexKeys(index, values).map((k) => k.key);
}
/** The key of a record that an entry key is (which itags, which tuple), or undefined. */
function entryOf(index, values, key) {
    return indexKeys(index, values).find((k) => k.key === key);
}
/**
 * The key JetGotoBookmark / JetSetCurrentIndex3(NoMove) use: the first
 * multi-valued column at `itag` (KeySequence's itag constructor). 'outOfKeys'
 * when that value does not exist (itag > 1), null when the index takes no
 * entry for it.
 */
function keyAtItag(index, values, itag) {
    // One integer column holding a whole value: no NULL rule, truncation or condition can apply.
    const seg = index.integerKey;
    if (seg !== null && itag === 1) {
        const list = values.get(seg.column.columnid);
        const v = list === undefined ? undefined : list[0];
        if (v !== undefined && v.length === seg.fixedSize)
            return (0, keys_1.integerSegment)(seg, v);
    }
    if (!(0, indexConditions_1.meetsConditions)(index.conditions, values))
        return null;
    const mv = multiValuedSegments(index);
    let itags = BASE_KEY;
    if (itag > 1 && mv.length > 0) {
        const picked = index.segments.map(() => 1);
        picked[mv[0]] = itag;
        itags = picked;
    }
    const nested = (index.grbit & C.JET_bitIndexNestedTable) !== 0 && (index.grbit & C.JET_bitIndexCrossProduct) === 0;
    // rec.cxx ErrRECIGotoBookmark makes the key at tuple offset 0; out of tuples: no entry.
    const made = keyAt(index, values, itags, nested, 0);
    if (made === 'outOfTuples')
        return null;
    if (made.outOfKeys >= 0)
        return 'outOfKeys';
    return allowsNulls(index, made.nulls) ? made.key : null;
}
