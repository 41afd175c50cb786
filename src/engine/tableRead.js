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
exports.EscrowCutShort = void 0;
exports.tableBookmark = tableBookmark;
exports.gotoTableBookmark = gotoTableBookmark;
exports.retrieveTableKey = retrieveTableKey;
exports.dupTableCursor = dupTableCursor;
exports.retrieveTableColumn = retrieveTableColumn;
exports.countTableColumn = countTableColumn;
exports.storedRead = storedRead;
exports.readValues = readValues;
const C = __importStar(require("../constants/constants"));
const errors_1 = require("../constants/errors");
const indexTuples_1 = require("../catalog/indexTuples");
const failure_1 = require("../storage/failure");
const packedRecord_1 = require("../storage/packedRecord");
const keys_1 = require("../storage/keys");
const tableImage_1 = require("../storage/tableImage");
const tableCursor_1 = require("./tableCursor");
const tableData_1 = require("./tableData");
const fullRecord_1 = require("./fullRecord");
const tableNav_1 = require("./tableNav");
const indexRetrieve_1 = require("./indexRetrieve");
const columnCatalog_1 = require("./columnCatalog");
const escrowValue_1 = require("./escrowValue");
const recordCovers_1 = require("../catalog/recordCovers");
const tableColumn_1 = require("../catalog/tableColumn");
const RETRIEVE_COPY = 0x1;
const IGNORE_DEFAULT = C.JET_bitRetrieveIgnoreDefault;
/** The JetPrepareUpdate kinds that are not inserts (FFUCBInsertPrepared is false for them). */
const PREP_REPLACE = C.JET_prepReplace;
const PREP_REPLACE_NO_LOCK = C.JET_prepReplaceNoLock;
const PREP_READ_ONLY_COPY = C.JET_prepReadOnlyCopy;
/** JetGetBookmark on a table: the record's bookmark (its primary key, or its sequential number). */
function tableBookmark(engine, cursor) {
    (0, tableNav_1.enterTable)(engine, cursor);
    const { bm } = (0, tableNav_1.currentRecord)(cursor);
    const out = new Uint8Array(bm.length);
    for (let i = 0; i < bm.length; i++)
        out[i] = bm.charCodeAt(i);
    return out;
}
/**
 * JetGotoBookmark on a table: onto the record, at its entry in the current
 * index. Not a navigation: a rollback does not move the cursor back (ese-semantics, managedesent §7 9).
 */
function gotoTableBookmark(engine, cursor, bookmark) {
    (0, tableNav_1.enterTable)(engine, cursor);
    if (bookmark.length === 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidBookmark);
    // rec.cxx ErrRECIGotoBookmark: the update, the index range and the key being made go before the record is looked for.
    cursor.range = null;
    cursor.key.inProgress = false;
    cursor.update = null;
    const bm = (0, keys_1.keyFromBytes)(bookmark);
    const values = (0, tableData_1.readImage)(cursor.session, cursor.table).records.get(bm);
    if (values === undefined)
        (0, failure_1.fail)(errors_1.JET_errRecordDeleted);
    if (cursor.index === null) {
        (0, tableNav_1.landOn)(cursor, bm, bm);
        return;
    }
    const key = cursor.index.keyOf((0, fullRecord_1.fullRecord)(cursor.table, values));
    if (key === null) {
        // rec.cxx ErrRECIGotoBookmark: a record the index has no entry for leaves the cursor before the first entry.
        cursor.where = tableCursor_1.Where.Before;
        cursor.bm = null;
        cursor.entry = null;
        (0, failure_1.fail)(errors_1.JET_errNoCurrentRecord);
    }
    (0, tableNav_1.landOn)(cursor, (0, tableImage_1.entryKey)(key, bm), bm);
}
/** JetRetrieveKey on a table: the current entry's key, or with JET_bitRetrieveCopy the key being made. */
function retrieveTableKey(engine, cursor, grbit) {
    (0, tableNav_1.enterTable)(engine, cursor);
    if ((grbit & RETRIEVE_COPY) !== 0) {
        if (!cursor.key.everMade)
            (0, failure_1.fail)(errors_1.JET_errKeyNotMade);
        return Uint8Array.from(cursor.key.bytes);
    }
    return (0, tableNav_1.currentKey)(cursor);
}
/** JetDupCursor on a table: same table and updatability, primary index, deferred move-first, no deny locks (§8.2). */
function dupTableCursor(engine, cursor) {
    (0, tableNav_1.enterTable)(engine, cursor);
    const grbit = cursor.grbit & ~(tableCursor_1.TABLE.DenyRead | tableCursor_1.TABLE.DenyWrite | tableCursor_1.TABLE.PermitDDL);
    return (0, tableCursor_1.newTableCursor)(engine, cursor.session, cursor.database, cursor.table, grbit);
}
/**
 * JetRetrieveColumn on a table: copy the value (the itag-th of a multi-valued
 * column, 1-based; 0 means the first) into `dest` and return its length, or
 * -1 when it is NULL. JET_bitRetrieveCopy reads the prepared update.
 */
function retrieveTableColumn(engine, cursor, columnid, grbit, place, dest, room) {
    (0, tableNav_1.enterTable)(engine, cursor);
    const col = (0, columnCatalog_1.columnOf)(cursor, columnid);
    // JET_bitRetrieveFromIndex: the value the current index entry was made from (a tuple index: its tuple).
    let tuple = null;
    if (grbit !== 0 && (0, indexRetrieve_1.fromIndex)(grbit) && ((grbit & RETRIEVE_COPY) === 0 || (grbit & C.JET_bitRetrieveTuple) !== 0)) {
        const at = (0, indexRetrieve_1.indexPlace)(cursor, col.columnid, grbit);
        place = { itag: at.itag, offset: place.offset };
        tuple = at.tupleOffset;
    }
    if ((grbit & IGNORE_DEFAULT) !== 0 && col.tagged && place.itag !== 0 && !ownValue(cursor, col, grbit))
        return -1;
    if (col.has(tableColumn_1.COLUMN.EscrowUpdate) && (grbit & RETRIEVE_COPY) === 0 && insertPrepared(cursor))
        return physicalEscrow(cursor, col, dest, room);
    const values = readValues(cursor, grbit);
    // rec.hxx ErrRECRetrieveTaggedColumn: a tagged column's value 0 does not exist (a JET_RETINFO whose itagSequence is
    // 0, or left out); from the index the entry's value is read instead.
    if (place.itag === 0 && col.tagged && tuple === null && !(grbit !== 0 && (0, indexRetrieve_1.fromIndex)(grbit)))
        (0, failure_1.fail)(errors_1.JET_errBadItagSequence);
    const index = Math.max(place.itag, 1) - 1;
    // A stored record copies the value straight out of its bytes (ibLongValue: a long value from that offset).
    if (tuple === null && values instanceof packedRecord_1.PackedRecord) {
        const length = values.copyValue(col.columnid, index, col.isLong ? place.offset : 0, dest, room);
        if (length > room)
            checkEscrowRoom(cursor, col, grbit, length);
        return length;
    }
    const list = values.get(col.columnid);
    const whole = list === undefined ? null : list[index] ?? null;
    if (whole === null)
        return -1;
    if (tuple !== null && cursor.index?.tuples)
        return copyValue((0, indexTuples_1.tupleAt)(cursor.index.tuples, whole, tuple, col.isText && col.cp === 1200) ?? whole, dest, room);
    // ibLongValue: a long value is read from that offset (its size is what is left after it).
    const value = col.isLong && place.offset > 0 ? whole.subarray(Math.min(place.offset, whole.length)) : whole;
    const length = copyValue(value, dest, room);
    if (length > room)
        checkEscrowRoom(cursor, col, grbit, length);
    return length;
}
function copyValue(value, dest, room) {
    if (dest !== null) {
        const n = Math.min(room, value.length);
        // Column values are mostly a few bytes: a loop costs less than the subarray view set() would need.
        if (n > 64)
            dest.set(value.subarray(0, n));
        else
            for (let i = 0; i < n; i++)
                dest[i] = value[i];
    }
    return value.length;
}
/**
 * JetRetrieveColumns with itagSequence 0 (fldext.cxx ErrRECRetrieveColumns, RECICountColumn): how many values the
 * column holds in the record (JET_bitRetrieveCopy: in the prepared update), 0 when it is NULL; a fixed or variable
 * column holds at most one. The column is looked up first (ColumnNotFound), then the record (NoCurrentRecord).
 */
function countTableColumn(engine, cursor, columnid, grbit) {
    (0, tableNav_1.enterTable)(engine, cursor);
    const col = (0, columnCatalog_1.columnOf)(cursor, columnid);
    return readValues(cursor, grbit).get(col.columnid)?.length ?? 0;
}
/**
 * The failure of a retrieve of an escrow column cut short (checkEscrowRoom): InvalidBufferSize, after the bytes that
 * fit were copied and with the value's length, which the engine has written to *pcbActual by then.
 */
class EscrowCutShort extends failure_1.EngineFailure {
    length;
    constructor(length) {
        super(errors_1.JET_errInvalidBufferSize);
        this.length = length;
    }
}
exports.EscrowCutShort = EscrowCutShort;
/** Is an insert prepared on the cursor (FFUCBInsertPrepared: any JetPrepareUpdate kind but the replaces and the read-only copy)? */
function insertPrepared(cursor) {
    const prep = cursor.update?.prep;
    return prep !== undefined && prep !== PREP_REPLACE && prep !== PREP_REPLACE_NO_LOCK && prep !== PREP_READ_ONLY_COPY;
}
/**
 * An escrow column's value cut short by the room given (fldext.cxx ErrRECIRetrieveColumn): the engine copies what fits,
 * then adjusts it for the deltas the transaction does not see (ErrRECAdjustEscrowedColumn), which needs the whole
 * value: InvalidBufferSize, a size query included, unless an insert is prepared on the cursor or
 * JET_bitRetrievePhysicalSize asks for no data.
 */
function checkEscrowRoom(cursor, col, grbit, length) {
    if (!col.has(tableColumn_1.COLUMN.EscrowUpdate) || (grbit & C.JET_bitRetrievePhysicalSize) !== 0 || insertPrepared(cursor))
        return;
    throw new EscrowCutShort(length);
}
/**
 * An escrow column of the current record read while an insert is prepared on the cursor (and not from the copy): the
 * engine skips the adjustment then (fldext.cxx ErrIsamRetrieveColumn), and a record whose only versions are deltas
 * reads as the page holds it (ver.cxx ErrVERAccessNode), every session's uncommitted deltas included.
 */
function physicalEscrow(cursor, col, dest, room) {
    const { bm, values } = (0, tableNav_1.currentRecord)(cursor);
    const own = (0, fullRecord_1.fullRecord)(cursor.table, values).get(col.columnid)?.[0];
    if (own === undefined)
        return -1;
    const delta = { columnid: col.columnid, amount: 0n, size: col.fixedSize };
    return copyValue((0, escrowValue_1.physicalOldValue)(cursor.session, cursor.table, bm, delta, own), dest, room);
}
/**
 * JET_bitRetrieveIgnoreDefault on a tagged column (tagfld.cxx TAGFIELDS::ErrRetrieveColumn): a column the record does
 * not hold reads as NULL instead of its default. The record holds it unless it is past the record's range or holds
 * just the very default the insert filled in (esemu keeps tagged defaults in the record, docs/differences.md).
 * Fixed and variable columns read their default past the record's range whatever the grbit (fldext.cxx).
 */
function ownValue(cursor, col, grbit) {
    const { values, covers } = storedRead(cursor, (grbit & RETRIEVE_COPY) !== 0);
    if (!(0, recordCovers_1.answersFor)(covers, col))
        return false;
    const list = values.get(col.columnid);
    return list !== undefined && !(list.length === 1 && list[0] === col.defaultValue);
}
/**
 * The record a read looks at as it is stored, with its range: the current record, or (`copy`, JET_bitRetrieveCopy /
 * JET_bitEnumerateCopy with an update prepared) the update's copy buffer.
 */
function storedRead(cursor, copy) {
    const upd = cursor.update;
    if (copy && upd !== null)
        return { values: upd.values, covers: upd.covers };
    const { values } = (0, tableNav_1.currentRecord)(cursor);
    return { values, covers: (0, fullRecord_1.coversOfRecord)(values) };
}
/**
 * The values a retrieve reads: the current record's, or with JET_bitRetrieveCopy the prepared update's; in both, a
 * column the record does not answer for reads as its current default (catalog/recordCovers.ts).
 */
function readValues(cursor, grbit) {
    const upd = cursor.update;
    if ((grbit & RETRIEVE_COPY) !== 0 && upd !== null)
        return (0, recordCovers_1.withDefaults)(cursor.table.shape().defaults, upd.values, upd.covers);
    return (0, fullRecord_1.fullRecord)(cursor.table, (0, tableNav_1.currentRecord)(cursor).values);
}
