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
exports.IndexDef = exports.IndexSegment = exports.INDEX = void 0;
exports.parseKeyDescription = parseKeyDescription;
exports.checkIndexRequest = checkIndexRequest;
exports.segmentsOf = segmentsOf;
const creation_1 = require("./creation");
const errors_1 = require("../constants/errors");
const C = __importStar(require("../constants/constants"));
const failure_1 = require("../storage/failure");
const keys_1 = require("../storage/keys");
const indexConditions_1 = require("./indexConditions");
const indexEntries_1 = require("./indexEntries");
const indexTuples_1 = require("./indexTuples");
/** Index grbits (JET_bitIndex*). */
exports.INDEX = {
    Unique: C.JET_bitIndexUnique, Primary: C.JET_bitIndexPrimary, DisallowNull: C.JET_bitIndexDisallowNull,
    IgnoreNull: C.JET_bitIndexIgnoreNull, IgnoreAnyNull: C.JET_bitIndexIgnoreAnyNull,
    IgnoreFirstNull: C.JET_bitIndexIgnoreFirstNull, SortNullsHigh: C.JET_bitIndexSortNullsHigh,
    KeyMost: C.JET_bitIndexKeyMost, DotNetGuid: C.JET_bitIndexDotNetGuid, Unicode: C.JET_bitIndexUnicode,
    Empty: C.JET_bitIndexEmpty, Tuples: C.JET_bitIndexTuples, DisallowTruncation: C.JET_bitIndexDisallowTruncation,
};
/** One segment of an index: a column, ascending or descending (what key normalization needs). */
class IndexSegment {
    column;
    descending;
    coltyp;
    cp;
    fixedSize;
    isText;
    padTo;
    constructor(column, descending) {
        this.column = column;
        this.descending = descending;
        this.coltyp = column.coltyp;
        this.cp = column.cp;
        this.fixedSize = column.fixedSize;
        this.isText = column.isText;
        this.padTo = column.padTo;
    }
}
exports.IndexSegment = IndexSegment;
/**
 * Parse an esent.h key description ("+name\0-age\0\0", cbKey counting both
 * final NULs) as fcreate.cxx does: cbKey 0 is InvalidParameter; it must
 * start with '+' or '-' and end with two NULs; later segments may omit the
 * '+'; at most JET_ccolKeyMost segments; nothing may follow the final NUL.
 */
function parseKeyDescription(szKey, cbKey) {
    if (cbKey === 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    if (cbKey > szKey.length)
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    const key = szKey.slice(0, cbKey);
    if (cbKey < 2 || (key[0] !== '+' && key[0] !== '-') || key[cbKey - 1] !== '\0' || key[cbKey - 2] !== '\0') {
        (0, failure_1.fail)(errors_1.JET_errIndexInvalidDef);
    }
    const names = [];
    const descending = [];
    let at = 0;
    while (key[at] !== '\0') {
        if (names.length >= C.JET_ccolKeyMost)
            (0, failure_1.fail)(errors_1.JET_errIndexInvalidDef);
        let desc = false;
        if (key[at] === '-') {
            desc = true;
            at += 1;
        }
        else if (key[at] === '+') {
            at += 1;
        }
        const end = key.indexOf('\0', at);
        names.push(key.slice(at, end));
        descending.push(desc);
        at = end + 1;
    }
    if (names.length === 0 || at + 1 < cbKey)
        (0, failure_1.fail)(errors_1.JET_errIndexInvalidDef);
    return { names, descending };
}
/** Check the grbit and sizes of an index request (fcreate.cxx ErrFILEIIndexCreate...). */
function checkIndexRequest(req) {
    const g = req.grbit;
    const primary = (g & exports.INDEX.Primary) !== 0;
    if (primary && (g & (exports.INDEX.IgnoreNull | exports.INDEX.IgnoreAnyNull | exports.INDEX.IgnoreFirstNull)) !== 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    if ((g & C.JET_bitIndexCrossProduct) !== 0 && (g & C.JET_bitIndexNestedTable) !== 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    // fcreate.cxx: a primary index cannot be conditional.
    if (primary && (req.conditional?.length ?? 0) > 0)
        (0, failure_1.fail)(errors_1.JET_errIndexInvalidDef);
    if ((g & exports.INDEX.Empty) !== 0 && (g & exports.INDEX.IgnoreAnyNull) === 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    (0, indexTuples_1.checkTupleGrbit)(g, req.tupleLimits ?? null);
    let keyMost = C.JET_cbKeyMost_OLD;
    if ((g & exports.INDEX.KeyMost) !== 0) {
        if (req.cbKeyMost < C.JET_cbKeyMostMin || req.cbKeyMost > keys_1.LARGEST_KEY_MOST)
            (0, failure_1.fail)(errors_1.JET_errIndexInvalidDef);
        keyMost = req.cbKeyMost;
    }
    // With JET_bitIndexTupleLimits the cbVarSegMac field holds the tuple limits instead (a union in esent.h).
    const varSegMac = req.cbVarSegMac === 0 || (g & C.JET_bitIndexTupleLimits) !== 0 ? keyMost : req.cbVarSegMac;
    if (varSegMac > keyMost)
        (0, failure_1.fail)(errors_1.JET_errIndexInvalidDef);
    return { keyMost, varSegMac };
}
/** Find the columns of a key description (ColumnNotFound for a name the table does not have). */
function segmentsOf(key, column) {
    return key.names.map((name, i) => {
        const col = column(name);
        if (col === undefined)
            (0, failure_1.fail)(errors_1.JET_errColumnNotFound);
        return new IndexSegment(col, key.descending[i]);
    });
}
/** An index of a regular table. The primary index orders the records themselves; the others have entries. */
class IndexDef {
    id;
    name;
    segments;
    grbit;
    keyMost;
    varSegMac;
    conditions;
    tuples;
    indexed = true;
    keyColumns;
    /** When other sessions see it (the session layer's tableCatalog.ts). */
    creation = (0, creation_1.committedCreation)();
    constructor(
    /** Never reused within a database file: images key their entry trees by it. */
    id, name, segments, grbit, keyMost, varSegMac, 
    /** Conditional columns (JET_INDEXCREATE's rgconditionalcolumn): a record not meeting them has no entry. */
    conditions = [], 
    /** A tuple index's limits (JET_bitIndexTuples), or null. */
    tuples = null) {
        this.id = id;
        this.name = name;
        this.segments = segments;
        this.grbit = grbit;
        this.keyMost = keyMost;
        this.varSegMac = varSegMac;
        this.conditions = conditions;
        this.tuples = tuples;
        this.keyColumns = segments;
        const only = segments.length === 1 ? segments[0] : null;
        this.integerKey = only !== null && conditions.length === 0 && tuples === null && only.fixedSize > 0 &&
            (0, keys_1.isIntegerColtyp)(only.coltyp) && 1 + only.fixedSize <= keyMost ? only : null;
    }
    /**
     * The segment of an index of one integer column with no conditions or tuples: a record's key in it is then
     * made directly from the column's value (keys.ts integerSegment). Null for every other index.
     */
    integerKey;
    get primary() {
        return (this.grbit & exports.INDEX.Primary) !== 0;
    }
    /** Primary indexes are unique (the record's key is its bookmark). */
    get unique() {
        return (this.grbit & (exports.INDEX.Unique | exports.INDEX.Primary)) !== 0;
    }
    /** How this index normalizes a segment (made once: the key of every record of the table goes through it). */
    get segmentOptions() {
        return (this.options ??= { nullsHigh: (this.grbit & exports.INDEX.SortNullsHigh) !== 0, dotNetGuid: (this.grbit & exports.INDEX.DotNetGuid) !== 0, keyMost: this.keyMost });
    }
    options;
    appendKeySegment(bytes, col, v, at, len) {
        const start = bytes.length;
        (0, keys_1.appendSegment)(bytes, col, v, at, len, this.segmentOptions);
        const cap = this.varSegMac;
        if (cap < this.keyMost && col.fixedSize === 0 && bytes.length - start > cap)
            bytes.length = start + cap;
        if (col.isText)
            (0, keys_1.cutAsciiText)(bytes, start, col, v, at, len, Math.min(this.keyMost - start, cap < this.keyMost ? cap : this.keyMost), this.keyMost);
    }
    /** JET_bitIndexDisallowTruncation: a record whose key would be cut is refused (KeyTruncated). */
    get disallowsTruncation() {
        return (this.grbit & exports.INDEX.DisallowTruncation) !== 0;
    }
    /**
     * The base key of a record in this index (every multi-valued column at its
     * first value), or null when the index takes no entry for it (see
     * indexEntries.ts for the NULL rules). The record's other entries: indexKeys.
     */
    keyOf(values) {
        const key = (0, indexEntries_1.keyAtItag)(this, values, 1);
        return key === 'outOfKeys' ? null : key;
    }
    /** Does a record break DisallowNull (some key column NULL)? */
    refusesNulls(values) {
        if ((this.grbit & exports.INDEX.DisallowNull) === 0)
            return false;
        const isNull = (seg) => {
            const v = values.get(seg.column.columnid);
            return v === undefined || v.length === 0;
        };
        // A record the index leaves out (a condition, or no tuple in a NULL first column) has no key to refuse
        // (fldnorm.cxx answers NotPresentInIndex / OutOfTuples before any NULL-segment warning).
        if (!(0, indexConditions_1.meetsConditions)(this.conditions, values))
            return false;
        if (this.tuples !== null && isNull(this.segments[0]))
            return false;
        return this.segments.some(isNull);
    }
    /** Does the index use this column? */
    uses(columnid) {
        return this.segments.some((s) => s.column.columnid === columnid);
    }
}
exports.IndexDef = IndexDef;
