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
exports.TempTable = exports.TT = void 0;
exports.endInsert = endInsert;
exports.releaseSortSlot = releaseSortSlot;
exports.insertRow = insertRow;
exports.versioned = versioned;
const errors_1 = require("../constants/errors");
const C = __importStar(require("../constants/constants"));
const columns_1 = require("../catalog/columns");
const failure_1 = require("../storage/failure");
const keys_1 = require("../storage/keys");
const params_1 = require("./params");
const handles_1 = require("./handles");
const rows_1 = require("../storage/rows");
const sortBuilder_1 = require("../storage/sortBuilder");
const engineRecord_1 = require("../storage/engineRecord");
const undo_1 = require("./undo");
/** Temp table grbits (JET_bitTT*). */
exports.TT = {
    Indexed: C.JET_bitTTIndexed, Unique: C.JET_bitTTUnique, Updatable: C.JET_bitTTUpdatable,
    Scrollable: C.JET_bitTTScrollable, SortNullsHigh: C.JET_bitTTSortNullsHigh,
    ForceMaterialization: C.JET_bitTTForceMaterialization, ForwardOnly: C.JET_bitTTForwardOnly,
    IntrinsicLVsOnly: C.JET_bitTTIntrinsicLVsOnly, DotNetGuid: C.JET_bitTTDotNetGuid,
};
/** The largest page size of the engine's small-page record formats. */
const SMALL_PAGE = 8192;
class TempTable {
    session;
    grbit;
    keyMost;
    varSegMac;
    phase;
    columns;
    byId;
    keyColumns;
    segmentOptions;
    /** Rows collected in the insert phase. */
    pending;
    /** The engine's record format of the rows, which orders the rows of a sort whose keys tie. */
    image;
    /** The column id of each value of a row, for the copy buffer (CopyBuffer.reach). */
    ids;
    /** Rows in key order once the insert phase is over. */
    store = null;
    cursors = new handles_1.HandleSet();
    /** Counter for tables without key columns, and for keeping duplicates apart. */
    sequence = 0;
    /** The key column when the key is one ascending Long / UnsignedLong (built without the general segment code). */
    int32Key;
    /** Reused by the general key code (keyNumbers). */
    scratch = [];
    /** Holds one of the instance's sort slots (released on materialization or close). */
    holdsSortSlot = false;
    /**
     * Rows are ordered by the key columns. False for a table without key
     * columns, and for an updatable sort opened without JET_bitTTIndexed once
     * it is materialized: its rows then sit in a sequential index (insertion
     * order, duplicates allowed, no key to make).
     */
    indexed;
    /**
     * @param keyMost longest key (cbKeyMost)
     * @param varSegMac longest text / binary key segment, prefix byte included (cbVarSegMac; 0 or keyMost: no limit)
     */
    constructor(session, grbit, specs, keyMost, varSegMac) {
        this.session = session;
        this.grbit = grbit;
        this.keyMost = keyMost;
        this.varSegMac = varSegMac;
        this.columns = (0, columns_1.buildColumns)(specs);
        this.byId = (0, columns_1.columnsById)(this.columns);
        // At most JET_ccolKeyMost key segments; further key columns are plain columns (sortapi.cxx ErrSORTTableOpen).
        this.keyColumns = this.columns.filter((c) => c.isKey).slice(0, C.JET_ccolKeyMost);
        this.indexed = this.keyColumns.length > 0;
        this.keyColumns.forEach((c, i) => (c.keySegment = i));
        this.segmentOptions = { nullsHigh: (grbit & exports.TT.SortNullsHigh) !== 0, dotNetGuid: (grbit & exports.TT.DotNetGuid) !== 0, keyMost };
        // tagfld.hxx: the tagged part of a record has one format up to 8 KB pages and another above (xsum.cxx FIsSmallPage).
        this.image = new engineRecord_1.RecordImage(this.columns, session.instance.param(C.JET_paramDatabasePageSize) <= SMALL_PAGE);
        this.ids = Int32Array.from(this.columns, (c) => c.columnid);
        this.pending = new sortBuilder_1.SortBuilder(!this.removesDuplicates, this.image);
        const only = this.keyColumns.length === 1 ? this.keyColumns[0] : null;
        this.int32Key = only !== null && !only.descending && (only.coltyp === columns_1.COLTYP.Long || only.coltyp === columns_1.COLTYP.UnsignedLong) ? only : null;
        this.phase = 'insert';
    }
    has(bit) {
        return (this.grbit & bit) !== 0;
    }
    /** Duplicate keys are dropped unless the sort is forward-only and not unique. */
    get removesDuplicates() {
        return !this.has(exports.TT.ForwardOnly) || this.has(exports.TT.Unique);
    }
    /** Seeks, ranges and backward moves need an indexed or scrollable sort. */
    get seekable() {
        return this.has(exports.TT.Indexed) || this.has(exports.TT.Scrollable);
    }
    /** Normalized key of a row's values. */
    keyOf(values) {
        if (!this.indexed)
            return this.sequenceSuffix();
        const int32 = this.int32Key;
        if (int32 !== null) {
            // Fast path for the most common sort key, one ascending 32-bit integer: the same bytes appendSegment makes.
            const i = int32.index;
            if (values.lengthOf(i) === 4) {
                const v = values.bytes;
                const at = values.startOf(i);
                const top = int32.coltyp === columns_1.COLTYP.Long ? v[at + 3] ^ 0x80 : v[at + 3];
                return String.fromCharCode(keys_1.PREFIX_DATA, top, v[at + 2], v[at + 1], v[at]);
            }
        }
        return (0, keys_1.keyFromBytes)(this.keyNumbers(values));
    }
    /**
     * Write the normalized key of a row's values (the bytes keyOf makes a
     * string of) into `dst` from `at`, which has room for keyMost bytes;
     * returns its length.
     */
    writeKey(values, dst, at) {
        if (!this.indexed)
            return this.writeSequence(dst, at);
        const int32 = this.int32Key;
        if (int32 !== null) {
            const i = int32.index;
            if (values.lengthOf(i) === 4) {
                const v = values.bytes;
                const from = values.startOf(i);
                dst[at] = keys_1.PREFIX_DATA;
                dst[at + 1] = int32.coltyp === columns_1.COLTYP.Long ? v[from + 3] ^ 0x80 : v[from + 3];
                dst[at + 2] = v[from + 2];
                dst[at + 3] = v[from + 1];
                dst[at + 4] = v[from];
                return 5;
            }
        }
        const bytes = this.keyNumbers(values);
        const n = bytes.length;
        for (let k = 0; k < n; k++)
            dst[at + k] = bytes[k];
        return n;
    }
    /** The key bytes through the general segment code, in a scratch array reused from call to call. */
    keyNumbers(values) {
        const bytes = this.scratch;
        bytes.length = 0;
        for (const col of this.keyColumns) {
            const i = col.index;
            this.appendKeySegment(bytes, col, values.bytes, values.startOf(i), values.lengthOf(i));
            if (bytes.length >= this.keyMost)
                break;
        }
        if (bytes.length > this.keyMost)
            bytes.length = this.keyMost;
        return bytes;
    }
    /** Append one key segment, cut to cbVarSegMac for text and binary columns (later segments still follow). */
    appendKeySegment(bytes, col, v, at, len) {
        const start = bytes.length;
        (0, keys_1.appendSegment)(bytes, col, v, at, len, this.segmentOptions);
        const cap = this.varSegMac;
        if (cap !== 0 && cap < this.keyMost && col.fixedSize === 0 && bytes.length - start > cap)
            bytes.length = start + cap;
        if (col.isText)
            (0, keys_1.cutAsciiText)(bytes, start, col, v, at, len, Math.min(this.keyMost - start, cap !== 0 && cap < this.keyMost ? cap : this.keyMost), this.keyMost);
    }
    /** The next 4-byte big-endian counter value (key of a keyless table, tie-breaker of kept duplicates). */
    sequenceSuffix() {
        const n = this.sequence++;
        return String.fromCharCode((n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
    }
    /** sequenceSuffix() written into `dst` from `at`; returns its length, 4. */
    writeSequence(dst, at) {
        const n = this.sequence++;
        dst[at] = (n >>> 24) & 0xff;
        dst[at + 1] = (n >>> 16) & 0xff;
        dst[at + 2] = (n >>> 8) & 0xff;
        dst[at + 3] = n & 0xff;
        return 4;
    }
}
exports.TempTable = TempTable;
/**
 * End the insert phase: sort and drop duplicates, then either read back from
 * memory or, for updatable sorts, materialize into a B+ tree temp table.
 */
function endInsert(table) {
    const pending = table.pending;
    table.pending = new sortBuilder_1.SortBuilder(!table.removesDuplicates, table.image);
    if (table.has(exports.TT.Updatable)) {
        // Materializing gives the sort slot back; a sort read from memory keeps it until it is closed.
        releaseSortSlot(table);
        const tree = new rows_1.TreeRows();
        const rows = pending.rows(table.removesDuplicates);
        if (table.has(exports.TT.Indexed)) {
            for (const row of rows)
                tree.insert(row);
        }
        else {
            // ErrIsamSortMaterialize without an index: the sorted rows get sequential keys, in order.
            table.indexed = false;
            for (const row of rows) {
                const key = table.sequenceSuffix();
                tree.insert({ key, norm: key, rec: row.rec, at: row.at, idx: 0 });
            }
        }
        table.store = tree;
        table.phase = 'materialized';
    }
    else {
        table.store = pending.sorted(table.removesDuplicates);
        table.phase = 'retrieve';
    }
}
function releaseSortSlot(table) {
    if (!table.holdsSortSlot)
        return;
    table.holdsSortSlot = false;
    table.session.instance.sortCount -= 1;
}
/**
 * Add a row: to the collecting sort (returns null: the row has no position
 * yet), or to a materialized table's tree, versioned inside a transaction.
 */
function insertRow(table, values) {
    if (table.phase === 'insert') {
        // The key is written straight into the sort's key area: no string per row.
        const sort = table.pending;
        const dst = sort.keyRoom(table.keyMost + 16);
        const at = sort.keyEnd;
        let length = table.writeKey(values, dst, at);
        if (!table.removesDuplicates)
            length += table.writeSequence(dst, at + length);
        sort.add(length, values);
        return null;
    }
    const key = table.keyOf(values);
    const norm = key;
    const tree = table.store;
    if (tree.get(key) !== undefined)
        (0, failure_1.fail)(errors_1.JET_errKeyDuplicate);
    const row = { key, norm, rec: values.pack(), at: 0, idx: 0 };
    tree.insert(row);
    versioned(table, () => tree.delete(key));
    return row;
}
/** Record an undo step for a change to a materialized temp table. */
function versioned(table, undo) {
    if (table.session.instance.param(params_1.PARAM.EnableTempTableVersioning) !== 0)
        (0, undo_1.recordUndo)(table.session, undo);
}
