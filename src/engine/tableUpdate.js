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
exports.prepareTableUpdate = prepareTableUpdate;
exports.setTableColumn = setTableColumn;
exports.updateTable = updateTable;
exports.deleteTableRecord = deleteTableRecord;
const C = __importStar(require("../constants/constants"));
const errors_1 = require("../constants/errors");
const gates_1 = require("./gates");
const tableColumn_1 = require("../catalog/tableColumn");
const failure_1 = require("../storage/failure");
const tableCursor_1 = require("./tableCursor");
const tableData_1 = require("./tableData");
const tableNav_1 = require("./tableNav");
const uniqueValues_1 = require("./uniqueValues");
const longValueSet_1 = require("./longValueSet");
const columnCatalog_1 = require("./columnCatalog");
const indexEntries_1 = require("../catalog/indexEntries");
const recordCovers_1 = require("../catalog/recordCovers");
const updateBuffer_1 = require("./updateBuffer");
const fullRecord_1 = require("./fullRecord");
const packedRecord_1 = require("../storage/packedRecord");
/** JetPrepareUpdate values (JET_prep*). */
const PREP = { Insert: 0, Replace: 2, Cancel: 3, ReplaceNoLock: 4, InsertCopy: 5, InsertCopyDeleteOriginal: 7, ReadOnlyCopy: 8, InsertCopyReplaceOriginal: 9, InsertMustSetAutoIncrement: 10 };
const SET_APPEND_LV = 0x1;
const SET_OVERWRITE_LV = 0x4;
const SET_SIZE_LV = 0x8;
const SET_ZERO_LENGTH = 0x20;
const SET_UNIQUE = C.JET_bitSetUniqueMultiValues | C.JET_bitSetUniqueNormalizedMultiValues;
const SET_INTERNAL = 0xf0000000 | 0;
/** No values: a shared empty list, never changed. */
const NO_VALUES = [];
/**
 * Write the record an update built: its values packed (a copy: the update stays prepared, and changeable, if the
 * write fails) with its range, each value that is its column's default object known as such (PackedRecord.pack);
 * its keys made from the values as they read (the Map, late defaults included), not from the packed copy.
 */
function writeUpdate(engine, cursor, bm, upd, absent) {
    const table = cursor.table;
    const full = (0, recordCovers_1.withDefaults)(table.shape().defaults, upd.values, upd.covers);
    (0, tableData_1.writeRecord)(engine, cursor.session, table, bm, full, true, absent, packedRecord_1.PackedRecord.pack(upd.values, table.byId, upd.covers));
}
function checkWritable(cursor) {
    if (!cursor.updatable)
        (0, failure_1.fail)(errors_1.JET_errPermissionDenied);
    if (cursor.session.readOnly)
        (0, failure_1.fail)(errors_1.JET_errTransReadOnly);
}
/** JetPrepareUpdate on a table, in the engine's order (fldmod.cxx, ese-semantics §7.6). */
function prepareTableUpdate(engine, cursor, requested) {
    let prep = requested;
    (0, tableNav_1.enterTable)(engine, cursor);
    const ses = cursor.session;
    if (prep === PREP.Cancel) {
        if (cursor.update === null)
            (0, failure_1.fail)(errors_1.JET_errUpdateNotPrepared);
        cursor.update = null;
        return;
    }
    const level = ses.level;
    switch (prep) {
        case PREP.Insert:
        case PREP.InsertMustSetAutoIncrement: {
            checkWritable(cursor);
            if (cursor.update !== null)
                (0, failure_1.fail)(errors_1.JET_errAlreadyPrepared);
            const autoInc = cursor.table.autoIncColumn !== undefined;
            if (prep === PREP.InsertMustSetAutoIncrement && !autoInc)
                (0, failure_1.fail)(errors_1.JET_errIllegalOperation);
            // fldmod.cxx ErrIsamPrepareUpdate(JET_prepInsert): the copy buffer starts as the default record, so the new record
            // answers for every column up to the last one with a default (and the autoincrement column the insert sets).
            const table = cursor.table;
            const auto = prep === PREP.Insert ? table.autoIncColumn : undefined;
            const covers = auto === undefined ? table.shape().defaults.needed : (0, recordCovers_1.coverColumn)(table.shape().defaults.needed, auto);
            cursor.update = { prep, level, values: (0, updateBuffer_1.newRecord)(table, prep === PREP.Insert), original: null, originalValues: null, anySet: false, versionSet: false, covers };
            return;
        }
        case PREP.Replace:
        case PREP.ReplaceNoLock:
        case PREP.InsertCopy:
        case PREP.InsertCopyDeleteOriginal:
        case PREP.InsertCopyReplaceOriginal: {
            checkWritable(cursor);
            if (cursor.update !== null)
                (0, failure_1.fail)(errors_1.JET_errAlreadyPrepared);
            const { bm, values } = (0, tableNav_1.currentRecord)(cursor);
            // A replace in a transaction takes the write lock now; at level 0 it is a ReplaceNoLock (fldmod.cxx:1138-1156).
            // The insert copies that delete or replace their original lock it at once too (fldmod.cxx 1238-1241).
            const locks = prep === PREP.Replace || prep === PREP.InsertCopyDeleteOriginal || prep === PREP.InsertCopyReplaceOriginal;
            if (locks && level > 0) {
                (0, tableData_1.lockRecord)(ses, cursor.table, bm);
                (0, tableCursor_1.markVersioned)(cursor);
            }
            if (prep === PREP.Replace && level === 0)
                prep = PREP.ReplaceNoLock;
            const copy = (0, updateBuffer_1.copyValues)(values);
            // The copy buffer is the record, with its range (fldmod.cxx: the record's bytes are copied).
            let covers = (0, fullRecord_1.coversOfRecord)(values);
            // An insert copy gets a new autoincrement value; InsertCopyReplaceOriginal keeps the original's (fldmod.cxx).
            if (prep !== PREP.Replace && prep !== PREP.ReplaceNoLock && prep !== PREP.InsertCopyReplaceOriginal) {
                const auto = cursor.table.autoIncColumn;
                if (auto !== undefined) {
                    covers = (0, updateBuffer_1.extendCovers)(cursor.table, copy, covers, auto);
                    copy.set(auto.columnid, [(0, updateBuffer_1.int32)(cursor.table.autoIncNext++, auto.fixedSize)]);
                }
            }
            cursor.update = { prep, level, values: copy, original: bm, originalValues: values, anySet: false, versionSet: false, covers };
            return;
        }
        case PREP.ReadOnlyCopy: {
            if (cursor.update !== null)
                (0, failure_1.fail)(errors_1.JET_errAlreadyPrepared);
            if (level === 0)
                (0, failure_1.fail)(errors_1.JET_errNotInTransaction);
            const { bm, values } = (0, tableNav_1.currentRecord)(cursor);
            cursor.update = { prep, level, values: (0, updateBuffer_1.copyValues)(values), original: bm, originalValues: values, anySet: false, versionSet: false, covers: (0, fullRecord_1.coversOfRecord)(values) };
            return;
        }
        default:
            (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    }
}
function prepared(engine, cursor) {
    (0, tableNav_1.enterTable)(engine, cursor);
    if (cursor.update === null)
        (0, failure_1.fail)(errors_1.JET_errUpdateNotPrepared);
    return cursor.update;
}
/**
 * JetSetColumn on a table. No data sets NULL (zero-length with
 * JET_bitSetZeroLength); on a tagged column itagSequence 0 adds a value and
 * n replaces (or, with no data, removes) the nth; JET_bitSetAppendLV appends
 * to a long value.
 */
function setTableColumn(engine, cursor, columnid, data, grbit, place) {
    const itag = place.itag;
    (0, tableNav_1.enterTable)(engine, cursor);
    checkWritable(cursor);
    const upd = prepared(engine, cursor);
    if (upd.prep === PREP.ReadOnlyCopy)
        (0, failure_1.fail)(errors_1.JET_errUpdateNotPrepared);
    // fldmod.cxx ErrFLDSetOneColumn, before the column is looked up: uniqueness cannot go with the long-value edits.
    if ((grbit & SET_UNIQUE) !== 0 && (grbit & (SET_APPEND_LV | SET_OVERWRITE_LV | SET_SIZE_LV)) !== 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    // Then a contiguous long value that is not separate, and the engine's internal flags (rec.hxx: the top four bits).
    if ((grbit & C.JET_bitSetContiguousLV) !== 0 && (grbit & C.JET_bitSetSeparateLV) === 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    if ((grbit & SET_INTERNAL) !== 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    const col = (0, columnCatalog_1.columnOf)(cursor, columnid);
    const id = col.columnid;
    // fldmod.cxx ErrFLDSetOneColumn: an autoincrement column is set only in a JET_prepInsertMustSetAutoIncrement
    // update, a version column never in a replace.
    const autoInc = col.has(tableColumn_1.COLUMN.Autoincrement);
    if (autoInc && upd.prep !== PREP.InsertMustSetAutoIncrement)
        (0, failure_1.fail)(errors_1.JET_errInvalidColumnType);
    if (col.has(tableColumn_1.COLUMN.Version) && (upd.prep === PREP.Replace || upd.prep === PREP.ReplaceNoLock))
        (0, failure_1.fail)(errors_1.JET_errInvalidColumnType);
    // lv.cxx ErrRECSetLongField: a long value is set only inside a transaction (NULL included).
    if (col.isLong && cursor.session.level === 0)
        (0, failure_1.fail)(errors_1.JET_errNotInTransaction);
    const hasData = data !== null && data.length > 0;
    // A fixed column set to zero length is NULL (fldmod.cxx:2182-2186).
    // The data is already the engine's own copy (jet/args.ts inputCopy): it is kept as it is.
    let value = hasData ? data : (grbit & SET_ZERO_LENGTH) !== 0 && !col.fixedClass ? new Uint8Array(0) : null;
    if (value === null && col.has(tableColumn_1.COLUMN.NotNULL))
        (0, failure_1.fail)(errors_1.JET_errNullInvalid);
    if (value === null && autoInc)
        (0, failure_1.fail)(errors_1.JET_errAutoIncrementNotSet);
    let code = errors_1.JET_errSuccess;
    if (value !== null && !col.fixedClass && !col.isLong && !col.tagged && value.length > col.cbMax) {
        // A variable column is cut to its cbMax, with a warning (fldmod.cxx:2739-2745).
        value = value.subarray(0, col.cbMax).slice();
        code = errors_1.JET_wrnColumnMaxTruncated;
    }
    if (value !== null) {
        col.checkLength(value.length);
        // fldmod.cxx ErrRECISetFixedColumn: a fixed Binary / Text value is padded to the column's size.
        value = col.stored(value);
    }
    if (value !== null && autoInc)
        checkAutoIncValue(cursor.table, value);
    // Uniqueness is enforced for data, or a zero-length value set as such (fldmod.cxx), on tagged columns only.
    if ((grbit & SET_UNIQUE) !== 0 && value !== null && (col.tagged || col.isLong)) {
        (0, uniqueValues_1.checkUniqueValue)(col, heldValues(upd.values, col), value, itag, (grbit & C.JET_bitSetUniqueNormalizedMultiValues) !== 0);
    }
    upd.anySet = true;
    if (col.has(tableColumn_1.COLUMN.Version))
        upd.versionSet = true;
    upd.covers = (0, updateBuffer_1.extendCovers)(cursor.table, upd.values, upd.covers, col);
    // tagfld.cxx TAGFIELDS::ErrSetColumn: NULL over the last value of a tagged column that has a default leaves a
    // NULL entry (reads NULL), unless JET_bitSetRevertToDefaultValue asks for the entry to go, so that the default
    // reads again: esemu keeps a tagged default in the record as the default value object itself (differences.md).
    const revert = value === null && (grbit & C.JET_bitSetRevertToDefaultValue) !== 0 && col.tagged && col.defaultValue !== null
        ? col.defaultValue : null;
    // The common case, a single-valued column set whole: no list of values to look at.
    if (!col.isLong && (!col.tagged || !col.has(tableColumn_1.COLUMN.MultiValued))) {
        if (revert !== null)
            upd.values.set(id, [revert]);
        else if (value === null)
            upd.values.delete(id);
        else
            upd.values.set(id, [value]);
        return code;
    }
    if (col.isLong) {
        (0, longValueSet_1.setLongValue)(col, upd.values, itag, data, grbit, place.offset, heldValues(upd.values, col));
        return code;
    }
    const list = heldValues(upd.values, col);
    if (!col.tagged || !col.has(tableColumn_1.COLUMN.MultiValued)) {
        if (value === null)
            upd.values.delete(id);
        else
            upd.values.set(id, [value]);
        return code;
    }
    const next = [...list];
    if (itag === 0 || itag > next.length) {
        if (value !== null)
            next.push(value);
    }
    else if (value === null) {
        next.splice(itag - 1, 1);
    }
    else {
        next[itag - 1] = value;
    }
    if (next.length === 0 && revert !== null)
        upd.values.set(id, [revert]);
    else if (next.length === 0)
        upd.values.delete(id);
    else
        upd.values.set(id, next);
    return code;
}
/**
 * The values of a tagged column as the record itself holds them, for a set to add to, replace or check against. A
 * tagged default is not in a record in the engine: it lives in the table's default record and reads through when
 * the record holds nothing (tagfld.cxx TAGFIELDS::ErrSetColumn: a column the record does not hold takes the value
 * set as its first and only one, with no uniqueness check against the default). esemu copies the default into a
 * new record (the default value object itself, docs/differences.md), so a list that is just that object counts as
 * empty here: a value added with itagSequence 0 becomes value 1, JET_bitSetUniqueMultiValues does not compare with
 * the default, and a long value appended to starts from nothing.
 */
function heldValues(values, col) {
    const list = values.get(col.columnid);
    if (list === undefined)
        return NO_VALUES;
    return list.length === 1 && list[0] === col.defaultValue && col.tagged ? NO_VALUES : list;
}
/**
 * A value set into the autoincrement column (JET_prepInsertMustSetAutoIncrement, fldmod.cxx): 0 is never one the
 * table gave (InvalidParameter), and it must be below the next value the table would give (SetAutoIncrementTooHigh).
 */
function checkAutoIncValue(table, value) {
    const view = new DataView(value.buffer, value.byteOffset, value.byteLength);
    const n = value.length === 8 ? view.getBigUint64(0, true) : BigInt(view.getUint32(0, true));
    if (n === 0n)
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    if (n >= BigInt(table.autoIncNext))
        (0, failure_1.fail)(errors_1.JET_errSetAutoIncrementTooHigh);
}
/** JetUpdate on a table: the new or replaced record's bookmark (as a key string). A failure leaves the update prepared. */
function updateTable(engine, cursor) {
    const upd = prepared(engine, cursor);
    if (upd.prep === PREP.ReadOnlyCopy)
        (0, failure_1.fail)(errors_1.JET_errUpdateNotPrepared);
    const ses = cursor.session;
    const table = cursor.table;
    // recupd.cxx ErrRECIInsert / ErrRECIReplace: first the engine's own transaction (gates.ts enterChange).
    (0, gates_1.enterChange)(ses);
    const replacing = upd.prep === PREP.Replace || upd.prep === PREP.ReplaceNoLock;
    if (replacing && !upd.anySet)
        return unchangedReplace(cursor, upd);
    const version = table.shape().version;
    // recupd.cxx ErrRECIInsert: an insert that did not set the version column starts it at 0.
    if (version !== undefined && !replacing && !upd.versionSet) {
        upd.covers = (0, updateBuffer_1.extendCovers)(table, upd.values, upd.covers, version);
        upd.values.set(version.columnid, [new Uint8Array(4)]);
    }
    // The checks and the keys see the record as it will read: columns it does not answer for at their defaults.
    const values = (0, recordCovers_1.withDefaults)(table.shape().defaults, upd.values, upd.covers);
    for (const col of table.shape().required) {
        if (values.has(col.columnid))
            continue;
        // rec.cxx ErrRECIIllegalNulls: an autoincrement column left unset (only possible with MustSetAutoIncrement).
        if (col.has(tableColumn_1.COLUMN.Autoincrement) && upd.prep === PREP.InsertMustSetAutoIncrement)
            (0, failure_1.fail)(errors_1.JET_errAutoIncrementNotSet);
        if (col.has(tableColumn_1.COLUMN.NotNULL))
            (0, failure_1.fail)(errors_1.JET_errNullInvalid);
    }
    for (const index of table.indexes)
        if (index.refusesNulls(values))
            (0, failure_1.fail)(errors_1.JET_errNullKeyDisallowed);
    // An index that refuses truncated keys answers before anything is written (recupd.cxx rolls the whole insert back).
    for (const index of table.indexes)
        if (index.disallowsTruncation)
            (0, indexEntries_1.entryKeysOf)(index, values);
    const primary = table.primary;
    const image = (0, tableData_1.readImage)(ses, table);
    if (upd.prep === PREP.Replace || upd.prep === PREP.ReplaceNoLock) {
        const bm = upd.original;
        const now = replacedRecord(cursor, upd);
        // After the upgrade (recupd.cxx ErrRECIReplace 3020, then the index checks): the primary key must not change.
        if (primary !== null && primary.keyOf(values) !== bm)
            (0, failure_1.fail)(errors_1.JET_errRecordPrimaryChanged);
        // recupd.cxx ErrRECIReplace: the version column goes up by one from the record as it is (NULL, in a record
        // from before the column was added, becomes 1), wrapping as the engine's ULONG does.
        if (version !== undefined) {
            upd.covers = (0, updateBuffer_1.extendCovers)(table, upd.values, upd.covers, version);
            upd.values.set(version.columnid, [nextVersion(now.get(version.columnid)?.[0])]);
        }
        writeUpdate(engine, cursor, bm, upd, false);
        (0, tableCursor_1.markVersioned)(cursor);
        cursor.update = null;
        return bm;
    }
    const original = upd.original;
    const moves = original !== null && (upd.prep === PREP.InsertCopyDeleteOriginal || upd.prep === PREP.InsertCopyReplaceOriginal);
    let bm;
    if (primary !== null) {
        bm = primary.keyOf(values) ?? '';
        // recupd.cxx ErrRECIInsert 1656-1660: an insert copy that deletes its original deletes it first, so the copy
        // may keep the original's key: then the record is written over, in place.
        if (moves && bm === original) {
            writeUpdate(engine, cursor, bm, upd, false);
            (0, tableCursor_1.markVersioned)(cursor);
            cursor.update = null;
            return bm;
        }
        if (image.records.get(bm) !== undefined)
            (0, failure_1.fail)(errors_1.JET_errKeyDuplicate);
        // A key the session cannot see but that exists: another session's uncommitted or later committed insert is a
        // write conflict (writeRecord checks it); the session's own uncommitted delete is not (ver.hxx FActiveNotByMe).
    }
    else {
        const n = table.store.nextDbk;
        bm = String.fromCharCode((n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
    }
    writeUpdate(engine, cursor, bm, upd, primary !== null);
    (0, tableCursor_1.markVersioned)(cursor);
    if (primary === null)
        table.store.nextDbk += 1;
    if (moves) {
        if ((0, tableData_1.readImage)(ses, table).records.get(original) !== undefined)
            (0, tableData_1.writeRecord)(engine, ses, table, original, null);
    }
    cursor.update = null;
    return bm;
}
/**
 * JetUpdate of a replace in which no JetSetColumn succeeded (recupd.cxx ErrRECIReplace: !FFUCBAnyColumnSet): once a
 * ReplaceNoLock has passed its checks, nothing is written, so nothing is locked or versioned either.
 */
function unchangedReplace(cursor, upd) {
    if (upd.prep === PREP.ReplaceNoLock)
        replacedRecord(cursor, upd);
    cursor.update = null;
    return upd.original;
}
/**
 * The record a replace is about to change, as the session sees it now (RecordDeleted when it is gone). A ReplaceNoLock
 * is upgraded first (recupd.cxx ErrRECUpgradeReplaceNoLock): the write lock (WriteConflict when another session holds
 * the record or committed it since this transaction began), then the record, then the check that it is still the one
 * the update was prepared from (WriteConflict).
 */
function replacedRecord(cursor, upd) {
    const ses = cursor.session;
    const table = cursor.table;
    const bm = upd.original;
    const noLock = upd.prep === PREP.ReplaceNoLock;
    if (noLock && table.store.conflicts(bm, ses, ses.level > 0 ? ses.trxBegin0 : Number.MAX_SAFE_INTEGER))
        (0, failure_1.fail)(errors_1.JET_errWriteConflict);
    const now = (0, tableData_1.readImage)(ses, table).records.get(bm);
    if (now === undefined)
        (0, failure_1.fail)(errors_1.JET_errRecordDeleted);
    if (noLock && now !== upd.originalValues)
        (0, failure_1.fail)(errors_1.JET_errWriteConflict);
    return now;
}
/** The version column's next value: one more than `current` (4 bytes, little-endian), 1 when it is NULL. */
function nextVersion(current) {
    const next = new Uint8Array(4);
    const n = current === undefined || current.length !== 4 ? 1 : (new DataView(current.buffer, current.byteOffset, 4).getUint32(0, true) + 1) >>> 0;
    new DataView(next.buffer).setUint32(0, n, true);
    return next;
}
/** JetDelete on a table: the record goes, the cursor stays on its entry (§7.6, managedesent §7 22). */
function deleteTableRecord(engine, cursor) {
    (0, tableNav_1.enterTable)(engine, cursor);
    checkWritable(cursor);
    if (cursor.update !== null) {
        if (cursor.update.prep === PREP.InsertCopyDeleteOriginal)
            (0, failure_1.fail)(errors_1.JET_errAlreadyPrepared);
        cursor.update = null;
    }
    // recupd.cxx ErrIsamDelete: the engine's own transaction begins once the prepared update is cancelled.
    (0, gates_1.enterChange)(cursor.session);
    const { bm } = (0, tableNav_1.currentRecord)(cursor);
    (0, tableData_1.writeRecord)(engine, cursor.session, cursor.table, bm, null);
    (0, tableCursor_1.markVersioned)(cursor);
}
