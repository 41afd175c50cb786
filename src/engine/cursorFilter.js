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
exports.setCursorFilter = setCursorFilter;
/**
 * JetSetCursorFilter (rec.cxx ErrIsamSetCursorFilter, ErrRECSetCursorFilter, ErrRECIValidateOneMoveFilter,
 * ErrRECICheckCursorFilter): conditions on column values that a table cursor's moves and seeks skip the records
 * failing. The filter is kept on the cursor (TableCursor.filter) and applied by its entry views (entryView.ts), so
 * every navigation that looks for a record (JetMove, a new cursor's first use, JetSeek) sees only records that pass;
 * JetGotoBookmark and the calls on the current record do not look at it.
 */
const C = __importStar(require("../constants/constants"));
const errors_1 = require("../constants/errors");
const tableColumn_1 = require("../catalog/tableColumn");
const coltyp_1 = require("../storage/coltyp");
const failure_1 = require("../storage/failure");
const keys_1 = require("../storage/keys");
const columnCatalog_1 = require("./columnCatalog");
const escrowValue_1 = require("./escrowValue");
const fullRecord_1 = require("./fullRecord");
const tableNav_1 = require("./tableNav");
const RELOP = {
    Equals: C.JET_relopEquals, PrefixEquals: C.JET_relopPrefixEquals, NotEquals: C.JET_relopNotEquals,
    LessThanOrEqual: C.JET_relopLessThanOrEqual, LessThan: C.JET_relopLessThan,
    GreaterThanOrEqual: C.JET_relopGreaterThanOrEqual, GreaterThan: C.JET_relopGreaterThan,
    BitmaskEqualsZero: C.JET_relopBitmaskEqualsZero, BitmaskNotEqualsZero: C.JET_relopBitmaskNotEqualsZero,
};
/**
 * JetSetCursorFilter on a table cursor: any old filter goes first, whatever the outcome (a failed call leaves the
 * cursor with none); count 0 only removes it. Each condition is checked in order and the first bad one answers.
 */
function setCursorFilter(engine, cursor, specs, grbit) {
    (0, tableNav_1.enterTable)(engine, cursor);
    clearFilter(cursor);
    if (grbit !== 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    // Only the primary index (or the sequential order) is filtered; a filter never moves to another index.
    if (cursor.index !== null)
        (0, failure_1.fail)(errors_1.JET_errFilteredMoveNotSupported);
    if (specs.length === 0)
        return;
    const primary = cursor.table.primary;
    const dotNetGuid = primary !== null && (primary.grbit & C.JET_bitIndexDotNetGuid) !== 0;
    const conditions = specs.map((spec) => condition(cursor, spec, dotNetGuid));
    const table = cursor.table;
    const ses = cursor.session;
    cursor.filter = (values, bm) => {
        const record = (0, fullRecord_1.fullRecord)(table, values);
        for (const c of conditions) {
            let value = record.get(c.col.columnid)?.[0] ?? null;
            // rec.cxx ErrRECICheckCursorFilter reads the record as it physically is: an escrow column with every
            // session's uncommitted deltas (node.cxx ErrNDDelta changes it in place), where a retrieve takes back those
            // the reader cannot see (escrowValue.ts).
            if (c.escrow && value !== null)
                value = (0, escrowValue_1.physicalOldValue)(ses, table, bm, { columnid: c.col.columnid, amount: 0n, size: value.length }, value);
            if (!matches(c, value))
                return false;
        }
        return true;
    };
}
function clearFilter(cursor) {
    cursor.filter = null;
    // The view the last navigation made carries the old filter.
    cursor.entries = null;
}
/** rec.cxx ErrRECIValidateOneMoveFilter, in its order, then the value in the form it is compared in. */
function condition(cursor, spec, dotNetGuid) {
    const zeroLength = spec.grbit === C.JET_bitZeroLength;
    if ((spec.grbit & ~C.JET_bitZeroLength) !== 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    if (spec.cb === 0 ? spec.pv !== null : spec.pv === null || zeroLength)
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    // daedef.hxx FCOLUMNIDValid, then the column as a retrieve finds it (fldext.cxx ErrRECIAccessColumn).
    if ((spec.columnid & 0x7fff0000) !== 0 || (spec.columnid & 0xffff) === 0)
        (0, failure_1.fail)(errors_1.JET_errBadColumnId);
    const col = (0, columnCatalog_1.columnOf)(cursor, spec.columnid);
    if (col.isLong || col.isText || col.has(tableColumn_1.COLUMN.UserDefinedDefault))
        (0, failure_1.fail)(errors_1.JET_errFilteredMoveNotSupported);
    const binary = col.coltyp === coltyp_1.COLTYP.Binary;
    const relop = spec.relop;
    const bitmask = relop === RELOP.BitmaskEqualsZero || relop === RELOP.BitmaskNotEqualsZero;
    if (!binary && (relop === RELOP.PrefixEquals || zeroLength))
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    if (spec.cb === 0) {
        if (bitmask || relop === RELOP.PrefixEquals)
            (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    }
    else if (!binary && spec.cb !== coltyp_1.FIXED_SIZE[col.coltyp]) {
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    }
    else if (bitmask && (col.coltyp === coltyp_1.COLTYP.Bit || col.coltyp === coltyp_1.COLTYP.GUID || binary)) {
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    }
    const ordered = relop === RELOP.LessThanOrEqual || relop === RELOP.LessThan || relop === RELOP.GreaterThanOrEqual
        || relop === RELOP.GreaterThan;
    const normalized = !binary && (col.coltyp === coltyp_1.COLTYP.Bit || ordered);
    const given = spec.cb === 0 ? (zeroLength ? new Uint8Array(0) : null) : spec.pv.slice(0, spec.cb);
    const value = given !== null && normalized && given.length > 0 ? normal(col, given, dotNetGuid) : given;
    return { col, relop, value, normalized, dotNetGuid, escrow: col.has(tableColumn_1.COLUMN.EscrowUpdate) };
}
/** A fixed value in key order (fldnorm.cxx FLDNormalizeFixedSegment), without its prefix byte. */
function normal(col, v, dotNetGuid) {
    const out = [];
    (0, keys_1.appendSegment)(out, col, v, 0, v.length, { nullsHigh: false, dotNetGuid });
    return Uint8Array.from(out.slice(1));
}
/** Whether `a & mask` has any bit set, both as integers of the column's size (little-endian bytes alike). */
function anyBitsShared(a, mask) {
    const n = Math.min(a.length, mask.length);
    for (let i = 0; i < n; i++)
        if ((a[i] & mask[i]) !== 0)
            return true;
    return false;
}
/** rec.cxx ErrRECICheckCursorFilter for one condition and the record's first value of its column (null: NULL). */
function matches(c, stored) {
    const filter = c.value;
    if (stored === null) {
        // NULL sorts below every value and equals only a NULL filter value.
        switch (c.relop) {
            case RELOP.Equals: return filter === null;
            case RELOP.PrefixEquals: return false;
            case RELOP.NotEquals: return filter !== null;
            case RELOP.LessThanOrEqual: return true;
            case RELOP.LessThan: return filter !== null;
            case RELOP.GreaterThanOrEqual: return filter === null;
            case RELOP.GreaterThan: return false;
            case RELOP.BitmaskEqualsZero: return true;
            case RELOP.BitmaskNotEqualsZero: return false;
            // An operator the engine does not know lets every record through (its switch's default).
            default: return true;
        }
    }
    const data = c.normalized && stored.length > 0 ? normal(c.col, stored, c.dotNetGuid) : stored;
    const none = new Uint8Array(0);
    switch (c.relop) {
        case RELOP.Equals: return filter !== null && (0, keys_1.compareBytes)(data, filter) === 0;
        case RELOP.PrefixEquals: {
            const f = filter ?? none;
            return data.length >= f.length && (0, keys_1.compareBytes)(data.subarray(0, f.length), f) === 0;
        }
        case RELOP.NotEquals: return filter === null || (0, keys_1.compareBytes)(data, filter) !== 0;
        case RELOP.LessThanOrEqual: return filter !== null && (0, keys_1.compareBytes)(data, filter) <= 0;
        case RELOP.LessThan: return (0, keys_1.compareBytes)(data, filter ?? none) < 0;
        case RELOP.GreaterThanOrEqual: return (0, keys_1.compareBytes)(data, filter ?? none) >= 0;
        case RELOP.GreaterThan: return filter === null || (0, keys_1.compareBytes)(data, filter) > 0;
        case RELOP.BitmaskEqualsZero: return !anyBitsShared(data, filter ?? none);
        case RELOP.BitmaskNotEqualsZero: return anyBitsShared(data, filter ?? none);
        default: return true;
    }
}
