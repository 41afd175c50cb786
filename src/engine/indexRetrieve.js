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
exports.fromIndex = fromIndex;
exports.indexPlace = indexPlace;
exports.indexItag = indexItag;
const errors_1 = require("../constants/errors");
const C = __importStar(require("../constants/constants"));
const indexEntries_1 = require("../catalog/indexEntries");
const failure_1 = require("../storage/failure");
const tableImage_1 = require("../storage/tableImage");
const tableCursor_1 = require("./tableCursor");
const tableNav_1 = require("./tableNav");
const fullRecord_1 = require("./fullRecord");
const FROM_INDEX = C.JET_bitRetrieveFromIndex;
const FROM_PRIMARY = C.JET_bitRetrieveFromPrimaryBookmark;
/** Does a retrieve read "from the index" (JET_bitRetrieveFromIndex / ...FromPrimaryBookmark; ...Tuple needs the first)? */
function fromIndex(grbit) {
    return (grbit & (FROM_INDEX | FROM_PRIMARY | C.JET_bitRetrieveTuple)) !== 0;
}
/**
 * The value a JET_bitRetrieveFromIndex retrieve reads (fldext.cxx
 * ErrIsamRetrieveColumn / ErrRECIRetrieveFromIndex): JET_bitRetrieveTuple
 * without FromIndex is InvalidGrbit, both FromIndex and FromPrimaryBookmark
 * too; on a secondary index the column must be one of its segments
 * (ColumnNotFound), and a multi-valued column reads the value the current
 * entry was made from (the engine finds it by making the record's keys again
 * until one equals the entry's, as JET_bitRetrieveTag reports it). The first
 * column of a tuple index is IndexTuplesCannotRetrieveFromIndex unless
 * JET_bitRetrieveTuple asks for the entry's tuple. With
 * JET_bitRetrieveFromPrimaryBookmark the column must be in the primary index
 * (a sequential table has none: ColumnNotFound). On the primary index the
 * value is the record's, itag 1, and a column outside the primary key is
 * ColumnNotFound when the cursor is on a record.
 */
function indexPlace(cursor, columnid, grbit) {
    if ((grbit & C.JET_bitRetrieveTuple) !== 0 && (grbit & FROM_INDEX) === 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    if ((grbit & FROM_INDEX) !== 0 && (grbit & FROM_PRIMARY) !== 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    const index = cursor.index;
    if (index === null) {
        // On the primary index, on a record, the value comes from the primary key: a column outside it is
        // ColumnNotFound. Off a record, or in a table without a primary index, the record is read as usual.
        const primary = cursor.table.primary;
        if (primary !== null && cursor.where === tableCursor_1.Where.On && !primary.uses(columnid))
            (0, failure_1.fail)(errors_1.JET_errColumnNotFound);
        return { itag: 1, tupleOffset: null };
    }
    if ((grbit & FROM_PRIMARY) !== 0) {
        const primary = cursor.table.primary;
        if (primary === null || !primary.uses(columnid))
            (0, failure_1.fail)(errors_1.JET_errColumnNotFound);
        return { itag: 1, tupleOffset: null };
    }
    if (!index.uses(columnid))
        (0, failure_1.fail)(errors_1.JET_errColumnNotFound);
    const tupleColumn = index.tuples !== null && index.segments[0].column.columnid === columnid;
    if (tupleColumn && (grbit & C.JET_bitRetrieveTuple) === 0)
        (0, failure_1.fail)(errors_1.JET_errIndexTuplesCannotRetrieveFromIndex);
    const values = (0, fullRecord_1.fullRecord)(cursor.table, (0, tableNav_1.currentRecord)(cursor).values);
    const entry = cursor.entry;
    if (entry === null)
        return { itag: 1, tupleOffset: null };
    const found = (0, indexEntries_1.entryOf)(index, values, (0, tableImage_1.splitEntry)(entry).indexKey);
    const i = index.segments.findIndex((s) => s.column.columnid === columnid);
    return { itag: found === undefined ? 1 : found.itags[i], tupleOffset: tupleColumn && found !== undefined ? found.tupleOffset : null };
}
/** The itagSequence JET_bitRetrieveTag reports for a JET_bitRetrieveFromIndex retrieve. */
function indexItag(cursor, columnid, grbit) {
    return indexPlace(cursor, columnid, grbit).itag;
}
