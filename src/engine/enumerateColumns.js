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
exports.enumerateColumns = enumerateColumns;
const errors_1 = require("../constants/errors");
const C = __importStar(require("../constants/constants"));
const tableColumn_1 = require("../catalog/tableColumn");
const template_1 = require("../catalog/template");
const recordCovers_1 = require("../catalog/recordCovers");
const coltyp_1 = require("../storage/coltyp");
const failure_1 = require("../storage/failure");
const record_1 = require("../storage/record");
const cursor_1 = require("./cursor");
const tableCursor_1 = require("./tableCursor");
const tableNav_1 = require("./tableNav");
const tableRead_1 = require("./tableRead");
const columnCatalog_1 = require("./columnCatalog");
/**
 * JetEnumerateColumns (fldenum.cxx ErrRECEnumerateAllColumns / ErrRECEnumerateReqColumns).
 * The results are plain objects shaped as esent.h's JET_ENUMCOLUMN and
 * JET_ENUMCOLUMNVALUE; every value is a Uint8Array of its own.
 */
const KNOWN = C.JET_bitEnumerateCopy | C.JET_bitEnumerateIgnoreDefault | C.JET_bitEnumerateLocal | C.JET_bitEnumeratePresenceOnly
    | C.JET_bitEnumerateTaggedOnly | C.JET_bitEnumerateCompressOutput | C.JET_bitEnumerateIgnoreUserDefinedDefault
    | C.JET_bitEnumerateInRecordOnly | C.JET_bitEnumerateAsRefIfNotInRecord;
const IGNORE_DEFAULT = C.JET_bitEnumerateIgnoreDefault;
const PRESENCE_ONLY = C.JET_bitEnumeratePresenceOnly;
const COMPRESS = C.JET_bitEnumerateCompressOutput;
const IN_RECORD_ONLY = C.JET_bitEnumerateInRecordOnly;
/** A long value longer than this is kept outside the record (rec.hxx cbLVIntrinsicMost, less the flag byte). */
const INTRINSIC_LV_MOST = 1022;
const classOf = template_1.columnClass;
function tableView(engine, cursor, copy) {
    (0, tableNav_1.enterTable)(engine, cursor);
    const { values: record, covers } = (0, tableRead_1.storedRead)(cursor, copy);
    const columns = (0, columnCatalog_1.columnsSeen)(cursor.session, cursor.table).sort((a, b) => (0, template_1.recordOrder)(a.columnid, b.columnid)).map((c) => ({
        columnid: c.columnid, tagged: classOf(c.columnid) === 2, isLong: c.isLong, defaultValue: c.defaultValue,
    }));
    return {
        columns,
        byId: new Map(columns.map((c) => [c.columnid, c])),
        values: (id) => record.get(id) ?? [],
        range: { covers, defaults: cursor.table.shape().defaults.needed },
    };
}
function tempView(engine, cursor, copy) {
    const table = (0, cursor_1.enter)(engine, cursor);
    (0, cursor_1.requireReadable)(table);
    const read = (index) => {
        if (copy && cursor.update !== null) {
            const src = cursor.update.values;
            const len = (0, record_1.copyField)(src, index, null, 0);
            return len < 0 ? null : src.bytes.slice(src.startOf(index), src.startOf(index) + len);
        }
        const row = (0, cursor_1.currentRow)(cursor);
        const len = (0, record_1.copyPackedField)(row.rec, row.at, table.columns.length, index, null, 0);
        if (len < 0)
            return null;
        const out = new Uint8Array(len);
        (0, record_1.copyPackedField)(row.rec, row.at, table.columns.length, index, out, len);
        return out;
    };
    const found = new Map();
    const columns = [...table.columns].sort((a, b) => a.columnid - b.columnid).map((c) => {
        const v = read(c.index);
        if (v !== null)
            found.set(c.columnid, v);
        return { columnid: c.columnid, tagged: classOf(c.columnid) === 2, isLong: c.coltyp === coltyp_1.COLTYP.LongBinary || c.coltyp === coltyp_1.COLTYP.LongText, defaultValue: null };
    });
    return {
        columns, byId: new Map(columns.map((c) => [c.columnid, c])),
        values: (id) => (found.has(id) ? [found.get(id)] : []),
        range: null,
    };
}
/**
 * Which columns the record holds, and how. fldenum.cxx enumerates the record's columns together with those of the
 * table's default record (not read with IgnoreDefault): a column past the record's stored range reads from the
 * default record, as its default or, for a fixed or variable column within the default record's range, as NULL.
 * A fixed or variable column within the record's range is in it, NULL or not (a temp table's row: when a column of
 * its class with a higher id holds a value). A tagged column's values are its own unless, with IgnoreDefault, they
 * are still the very default value the insert filled in (tagged defaults stay in the engine's default record). A
 * NULL tagged column that has a default was set to NULL over that default.
 */
function presence(view, col, ignoreDefault, highest) {
    const values = view.values(col.columnid);
    const range = view.range;
    if (range !== null && !(0, recordCovers_1.answersForId)(range.covers, col.columnid)) {
        if (ignoreDefault)
            return { found: false, values: [] };
        if (col.defaultValue !== null)
            return { found: true, values: [col.defaultValue] };
        return { found: !col.tagged && (0, recordCovers_1.answersForId)(range.defaults, col.columnid), values: [] };
    }
    if (col.tagged) {
        if (ignoreDefault && values.length === 1 && values[0] === col.defaultValue)
            return { found: false, values: [] };
        return { found: values.length > 0 || col.defaultValue !== null, values };
    }
    if (range !== null && range.covers !== recordCovers_1.COVERS_ALL)
        return { found: true, values };
    const last = highest[classOf(col.columnid)];
    return { found: values.length > 0 || (last !== 0 && (0, template_1.recordOrder)(col.columnid, last) < 0), values };
}
function highestPresent(view) {
    const highest = [0, 0, 0];
    for (const col of view.columns)
        if (view.values(col.columnid).length > 0)
            highest[classOf(col.columnid)] = col.columnid;
    return highest;
}
function separated(col, value) {
    return col.isLong && value.length > INTRINSIC_LV_MOST;
}
/** One value as ErrRECEnumerate* hands it back: kept outside the record (InRecordOnly), cut at cbDataMost, or whole. */
function valueOf(col, itag, value, cbDataMost, grbit) {
    if (separated(col, value)) {
        if ((grbit & IN_RECORD_ONLY) !== 0)
            return { itagSequence: itag, err: errors_1.JET_wrnColumnNotInRecord, cbData: 0, pvData: null };
        if (value.length > cbDataMost) {
            return { itagSequence: itag, err: errors_1.JET_wrnColumnTruncated, cbData: cbDataMost, pvData: value.slice(0, cbDataMost) };
        }
    }
    return { itagSequence: itag, err: errors_1.JET_errSuccess, cbData: value.length, pvData: value.slice() };
}
/** A column with at least one value: one value in the struct itself (CompressOutput), or the list of them. */
function columnOf(col, values, cbDataMost, grbit) {
    if ((grbit & PRESENCE_ONLY) !== 0)
        return { columnid: col.columnid, err: errors_1.JET_wrnColumnPresent, cEnumColumnValue: 0, rgEnumColumnValue: null };
    if (values.length === 1 && (grbit & COMPRESS) !== 0 && !separated(col, values[0])) {
        return { columnid: col.columnid, err: errors_1.JET_wrnColumnSingleValue, cbData: values[0].length, pvData: values[0].slice() };
    }
    const list = values.map((v, i) => valueOf(col, i + 1, v, cbDataMost, grbit));
    return { columnid: col.columnid, err: errors_1.JET_errSuccess, cEnumColumnValue: list.length, rgEnumColumnValue: list };
}
function empty(columnid, err) {
    return { columnid, err, cEnumColumnValue: 0, rgEnumColumnValue: null };
}
function allColumns(view, cbDataMost, grbit) {
    const ignoreDefault = (grbit & IGNORE_DEFAULT) !== 0;
    const highest = highestPresent(view);
    const out = [];
    for (const col of view.columns) {
        if ((grbit & C.JET_bitEnumerateTaggedOnly) !== 0 && !col.tagged)
            continue;
        const { found, values } = presence(view, col, ignoreDefault, highest);
        if (!found)
            continue;
        out.push(values.length === 0 ? empty(col.columnid, errors_1.JET_wrnColumnNull) : columnOf(col, values, cbDataMost, grbit));
    }
    return out;
}
function requestedValue(col, itag, found, values, cbDataMost, grbit) {
    const none = (err) => ({ itagSequence: itag, err, cbData: 0, pvData: null });
    if (itag === 0)
        return none(errors_1.JET_wrnColumnSkipped);
    if (itag > values.length)
        return none(!found && (grbit & IGNORE_DEFAULT) !== 0 ? errors_1.JET_wrnColumnDefault : errors_1.JET_wrnColumnNull);
    if ((grbit & PRESENCE_ONLY) !== 0)
        return none(errors_1.JET_wrnColumnPresent);
    return valueOf(col, itag, values[itag - 1], cbDataMost, grbit);
}
function requestedColumns(view, requests, cbDataMost, grbit) {
    const ignoreDefault = (grbit & IGNORE_DEFAULT) !== 0;
    const highest = highestPresent(view);
    let code = errors_1.JET_errSuccess;
    const columns = requests.map((req) => {
        const id = req.columnid;
        if (id === 0)
            return empty(id, errors_1.JET_wrnColumnSkipped);
        const col = view.byId.get(id);
        if (col === undefined) {
            // fldext.cxx ErrRECIAccessColumn: an id outside the 16 bits of column ids is a bad one.
            const err = ((id & 0x7fff0000) !== 0) ? errors_1.JET_errBadColumnId : errors_1.JET_errColumnNotFound;
            if (code === errors_1.JET_errSuccess)
                code = err;
            return empty(id, err);
        }
        const { found, values } = presence(view, col, ignoreDefault, highest);
        if (req.tags === null) {
            if (!found && ignoreDefault)
                return empty(id, errors_1.JET_wrnColumnDefault);
            if (values.length === 0)
                return empty(id, errors_1.JET_wrnColumnNull);
            return columnOf(col, values, cbDataMost, grbit);
        }
        const list = req.tags.map((itag) => requestedValue(col, itag, found, values, cbDataMost, grbit));
        return { columnid: id, err: errors_1.JET_errSuccess, cEnumColumnValue: list.length, rgEnumColumnValue: list };
    });
    return { columns, code };
}
/**
 * Enumerate the current record's columns (`requests` null: every column in the
 * record, by column id) or the ones requested, in their order. `code` is
 * Success, or the first BadColumnId / ColumnNotFound of a requested column
 * (the results are handed back with it).
 */
function enumerateColumns(engine, cursor, requests, cbDataMost, grbit) {
    const copy = (grbit & C.JET_bitEnumerateCopy) !== 0;
    // A sort still collecting rows has no EnumerateColumns in its dispatch table (ErrIllegalEnumerateColumns).
    if (!(cursor instanceof tableCursor_1.TableCursor))
        (0, cursor_1.requireReadable)((0, cursor_1.enter)(engine, cursor));
    else
        (0, tableNav_1.enterTable)(engine, cursor);
    if ((grbit & ~KNOWN) !== 0 || (grbit & C.JET_bitEnumerateLocal) !== 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    if (requests !== null && (grbit & C.JET_bitEnumerateTaggedOnly) !== 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    // User-defined defaults would need the callback, which the engine does not call here.
    const userDefault = cursor instanceof tableCursor_1.TableCursor && [...cursor.table.byId.values()].some((c) => c.has(tableColumn_1.COLUMN.UserDefinedDefault));
    if (userDefault && (grbit & (IGNORE_DEFAULT | C.JET_bitEnumerateIgnoreUserDefinedDefault)) === 0)
        (0, failure_1.fail)(errors_1.JET_errCallbackFailed);
    if ((grbit & IN_RECORD_ONLY) !== 0 && (grbit & C.JET_bitEnumerateAsRefIfNotInRecord) !== 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    const view = cursor instanceof tableCursor_1.TableCursor ? tableView(engine, cursor, copy) : tempView(engine, cursor, copy);
    if ((grbit & C.JET_bitEnumerateAsRefIfNotInRecord) !== 0) {
        const prepared = cursor.update !== null;
        if (prepared || !(cursor instanceof tableCursor_1.TableCursor))
            (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    }
    if (requests === null)
        return { columns: allColumns(view, cbDataMost, grbit), code: errors_1.JET_errSuccess };
    return requestedColumns(view, requests, cbDataMost, grbit);
}
