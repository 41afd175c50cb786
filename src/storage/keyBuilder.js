"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.KeyBuilder = void 0;
const errors_1 = require("../constants/errors");
const coltyp_1 = require("./coltyp");
const failure_1 = require("./failure");
const keys_1 = require("./keys");
const KEY = { NewKey: 0x1, StrLimit: 0x2, SubStrLimit: 0x4, NormalizedKey: 0x8, DataZeroLength: 0x10 };
const FULL_START = 0x100;
const FULL_END = 0x200;
const PARTIAL_START = 0x400;
const PARTIAL_END = 0x800;
const EMPTY_BYTES = new Uint8Array(0);
/** The limit asked for, as the engine reads the bits (fldnorm.cxx): the limit options first, then SubStrLimit on text, then StrLimit. */
function limitOf(grbit, col) {
    const limits = grbit & (FULL_START | FULL_END | PARTIAL_START | PARTIAL_END);
    if ((limits & (limits - 1)) !== 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    if (limits === FULL_START)
        return 'start';
    if (limits === FULL_END)
        return 'fullEnd';
    if (limits === PARTIAL_START)
        return 'partialStart';
    if (limits === PARTIAL_END)
        return 'partialEnd';
    if ((grbit & KEY.SubStrLimit) !== 0 && col.isText)
        return 'subStr';
    if ((grbit & KEY.StrLimit) !== 0)
        return 'str';
    return 'none';
}
/**
 * The search key a cursor is building with JetMakeKey (the engine's
 * dataSearchKey): its bytes, how many segments it has, whether it is a limit
 * (no more segments may follow) and whether a key was ever made (JetRetrieveKey
 * with JET_bitRetrieveCopy).
 */
class KeyBuilder {
    /** The key's bytes, or null while only `made` holds it (a key made by the integer fast path below). */
    built = [];
    /** The key as made() returns it, once known; null while `built` is being changed. */
    madeKey = null;
    segments = 0;
    inProgress = false;
    isLimit = false;
    everMade = false;
    /** The key's normalized bytes (JetRetrieveKey with JET_bitRetrieveCopy; appended to by make()). */
    get bytes() {
        if (this.built === null) {
            const key = this.madeKey;
            const list = [];
            for (let i = 0; i < key.length; i++)
                list.push(key.charCodeAt(i));
            this.built = list;
        }
        return this.built;
    }
    set bytes(list) {
        this.built = list;
        this.madeKey = null;
    }
    /** JetMakeKey, in the engine's order of checks. */
    make(shape, data, grbit) {
        const keyMost = shape.keyMost;
        // The usual seek of an index on one integer column: a new key of one whole value, no limit asked for. Every check
        // below passes for it and every step makes what integerSegment does, so the key is made as a string at once.
        const only = shape.integerKey;
        if (grbit === KEY.NewKey && only !== undefined && only !== null && data !== null && data.length === only.fixedSize) {
            this.built = null;
            this.madeKey = (0, keys_1.integerSegment)(only, data);
            this.segments = 1;
            this.isLimit = false;
            this.inProgress = true;
            this.everMade = true;
            return;
        }
        if ((grbit & KEY.NormalizedKey) !== 0) {
            const length = data === null ? 0 : data.length;
            if (length > keyMost + 1 && length > 255)
                (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
            this.bytes = data === null ? [] : Array.from(data.subarray(0, keyMost + 1));
            this.segments = Math.max(1, shape.keyColumns.length);
            this.inProgress = true;
            this.everMade = true;
            this.isLimit = length > keyMost;
            return;
        }
        if (!shape.indexed)
            (0, failure_1.fail)(errors_1.JET_errNoCurrentIndex);
        if ((grbit & KEY.NewKey) !== 0) {
            this.bytes = [];
            this.segments = 0;
            this.isLimit = false;
            this.inProgress = false;
        }
        else {
            if (this.isLimit)
                (0, failure_1.fail)(errors_1.JET_errKeyIsMade);
            if (!this.inProgress)
                (0, failure_1.fail)(errors_1.JET_errKeyNotMade);
        }
        if (this.segments >= shape.keyColumns.length)
            (0, failure_1.fail)(errors_1.JET_errKeyIsMade);
        const col = shape.keyColumns[this.segments];
        // The engine's order: a wrong size for a fixed column, then the limit bits, then zero-length data.
        let value = null;
        const padTo = col.padTo ?? 0;
        if (data !== null && data.length > 0) {
            if (col.fixedSize !== 0 && data.length !== col.fixedSize)
                (0, failure_1.fail)(errors_1.JET_errInvalidBufferSize);
            value = data;
            // fldnorm.cxx ErrIsamMakeKey: a fixed Text segment shorter than its column is padded with spaces; any other
            // fixed column's segment must have the column's size.
            if (padTo !== 0 && data.length !== padTo) {
                if (!col.isText || data.length > padTo)
                    (0, failure_1.fail)(errors_1.JET_errInvalidBufferSize);
                value = (0, coltyp_1.padFixed)(data, padTo, col.coltyp, col.cp);
            }
        }
        const limit = limitOf(grbit, col);
        // Partial limits need a delimiter to strip: text, or variable binary (ErrIsamMakeKey's limit switch).
        if ((limit === 'partialStart' || limit === 'partialEnd') && (col.fixedSize !== 0 || (padTo !== 0 && !col.isText)))
            (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
        if (value === null && (grbit & KEY.DataZeroLength) !== 0) {
            // fldnorm.cxx ErrFLDNormalizeSegment: only variable binary and text columns can be zero-length.
            if (col.fixedSize !== 0 || padTo !== 0)
                (0, failure_1.fail)(errors_1.JET_errInvalidBufferSize);
            value = EMPTY_BYTES;
        }
        const bytes = this.bytes;
        this.madeKey = null;
        if (bytes.length < keyMost) {
            const segStart = bytes.length;
            shape.appendKeySegment(bytes, col, value ?? EMPTY_BYTES, 0, value === null ? -1 : value.length);
            if (bytes.length > keyMost)
                bytes.length = keyMost;
            if ((0, keys_1.applyLimit)(bytes, segStart, col, limit, keyMost, value === null ? -1 : value.length))
                this.isLimit = true;
        }
        if (bytes.length > keyMost + 1)
            bytes.length = keyMost + 1;
        this.segments += 1;
        this.inProgress = true;
        this.everMade = true;
    }
    /** The key made so far, for a seek or an index range (KeyNotMade when none is being made). */
    made() {
        if (!this.inProgress)
            (0, failure_1.fail)(errors_1.JET_errKeyNotMade);
        return (this.madeKey ??= (0, keys_1.keyFromBytes)(this.bytes));
    }
}
exports.KeyBuilder = KeyBuilder;
