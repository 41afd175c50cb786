"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkUniqueValue = checkUniqueValue;
const errors_1 = require("../constants/errors");
const failure_1 = require("../storage/failure");
const keys_1 = require("../storage/keys");
/** How long a normalized value may be for the comparison (the engine's JET_cbKeyMost_OLD buffer). */
const NORMALIZED_MOST = 255;
/**
 * JET_bitSetUniqueMultiValues / JET_bitSetUniqueNormalizedMultiValues on a tagged column: the value being set must
 * differ from each value the column holds already, except the one it replaces (itagSequence `itag`, 1-based; 0 adds
 * a value, so every one counts). tagfld.cxx MULTIVALUES::ErrCheckUnique and TAGFIELDS::ErrCheckUniqueMultiValues
 * skip exactly that position, and a column holding one value checks it unless `itag` is 1. Plain: the bytes are
 * compared. Normalized: both values are normalized as an ascending key segment of the column would be, in at most
 * 255 bytes (fldmod.cxx ErrRECICheckUniqueNormalizedTaggedRecordData); equal normalized forms are
 * MultiValuedDuplicate, or MultiValuedDuplicateAfterTruncation when both had to be cut to fit.
 */
function checkUniqueValue(col, list, value, itag, normalized) {
    if (list.length === 0)
        return;
    const mine = normalized ? normalize(col, value) : null;
    for (let i = 0; i < list.length; i++) {
        if (i + 1 === itag)
            continue;
        if (mine === null) {
            if (sameBytes(list[i], value))
                (0, failure_1.fail)(errors_1.JET_errMultiValuedDuplicate);
            continue;
        }
        const theirs = normalize(col, list[i]);
        if (sameBytes(mine.bytes, theirs.bytes))
            (0, failure_1.fail)(mine.truncated || theirs.truncated ? errors_1.JET_errMultiValuedDuplicateAfterTruncation : errors_1.JET_errMultiValuedDuplicate);
    }
}
function normalize(col, v) {
    const out = [];
    (0, keys_1.appendSegment)(out, col, v, 0, v.length, { nullsHigh: false, dotNetGuid: false });
    const truncated = out.length > NORMALIZED_MOST;
    return { bytes: Uint8Array.from(truncated ? out.slice(0, NORMALIZED_MOST) : out), truncated };
}
function sameBytes(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
