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
exports.TABLE_INFO_GRBIT = void 0;
exports.columnList = columnList;
exports.objectList = objectList;
exports.indexList = indexList;
exports.indexCount = indexCount;
exports.indexKeySizes = indexKeySizes;
const errors_1 = require("../constants/errors");
const C = __importStar(require("../constants/constants"));
const coltyp_1 = require("../storage/coltyp");
const template_1 = require("../catalog/template");
const failure_1 = require("../storage/failure");
const cursorMove_1 = require("./cursorMove");
const cursorUpdate_1 = require("./cursorUpdate");
const openTempTable_1 = require("./openTempTable");
const tableNav_1 = require("./tableNav");
const columnCatalog_1 = require("./columnCatalog");
const tableCatalog_1 = require("./tableCatalog");
const cursorHints_1 = require("./cursorHints");
/**
 * The list forms of the info calls hand back a temp table of rows (info.cxx):
 * opened Scrollable | Indexed with the engine's column layout, filled, and
 * moved to its first row.
 */
const KEY = C.JET_bitColumnTTKey;
const FIXED = C.JET_bitColumnFixed;
/** info.cxx rgcolumndefGetColumnInfo_A: the JET_COLUMNLIST table's columns, in the engine's order. */
const COLUMN_LIST = [
    { coltyp: coltyp_1.COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED | KEY }, // presentation order
    { coltyp: coltyp_1.COLTYP.Text, cp: 0, cbMax: 0, grbit: KEY }, // column name
    { coltyp: coltyp_1.COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // column id
    { coltyp: coltyp_1.COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // column type
    { coltyp: coltyp_1.COLTYP.Short, cp: 0, cbMax: 0, grbit: FIXED }, // country
    { coltyp: coltyp_1.COLTYP.Short, cp: 0, cbMax: 0, grbit: FIXED }, // langid
    { coltyp: coltyp_1.COLTYP.Short, cp: 0, cbMax: 0, grbit: FIXED }, // code page
    { coltyp: coltyp_1.COLTYP.Short, cp: 0, cbMax: 0, grbit: FIXED }, // collate
    { coltyp: coltyp_1.COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // size
    { coltyp: coltyp_1.COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // grbit
    { coltyp: coltyp_1.COLTYP.LongBinary, cp: 0, cbMax: 0, grbit: 0 }, // default value
    { coltyp: coltyp_1.COLTYP.Text, cp: 0, cbMax: 0, grbit: 0 }, // base table name
    { coltyp: coltyp_1.COLTYP.Text, cp: 0, cbMax: 0, grbit: 0 }, // base column name
];
/** A result table: Scrollable | Indexed, the key sizes of JET_cbKeyMost_OLD (info.cxx). */
function resultTable(engine, ses, columns) {
    const list = (0, openTempTable_1.openTempTable)(engine, ses, { columns, grbit: C.JET_bitTTScrollable | C.JET_bitTTIndexed, keyMost: 255, varSegMac: 255 });
    return { list, ids: list.table.columns.map((c) => c.columnid) };
}
/** Hand a filled result table back on its first row (or before it, when empty). */
function toFirstRow(engine, list) {
    try {
        (0, cursorMove_1.move)(engine, list, cursorMove_1.MOVE_FIRST, 0);
    }
    catch (caught) {
        if (!(caught instanceof failure_1.EngineFailure) || caught.code !== errors_1.JET_errNoCurrentRecord)
            throw caught;
    }
}
function int(n, size) {
    const b = new Uint8Array(size);
    const v = new DataView(b.buffer);
    if (size === 2)
        v.setInt16(0, n, true);
    else
        v.setInt32(0, n, true);
    return b;
}
function ascii(s) {
    return Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
}
/**
 * JetGetTableColumnInfo(JET_ColInfoList / JET_ColInfoListSortColumnid): one
 * row per column, ordered by name (or by column id when `byColumnid`).
 */
function columnList(engine, cursor, byColumnid, updatable, ownOnly = false) {
    (0, tableNav_1.enterTable)(engine, cursor);
    const ses = cursor.session;
    const { list, ids } = resultTable(engine, ses, COLUMN_LIST);
    const table = cursor.table;
    // info.cxx ErrInfoGetTableColumnInfoList: a derived table's template columns first, unless NonDerivedColumnsOnly.
    // ...skipping the columns the session does not see (ErrRECIAccessColumn's ColumnNotFound).
    const columns = (0, columnCatalog_1.columnsSeen)(ses, table).filter((c) => !ownOnly || !table.inherited(c));
    columns.sort((a, b) => (0, template_1.recordOrder)(a.columnid, b.columnid));
    for (const col of columns) {
        (0, cursorUpdate_1.prepareUpdate)(engine, list, C.JET_prepInsert);
        const set = (i, v) => (0, cursorUpdate_1.setColumn)(engine, list, ids[i], v, 0, true);
        if (byColumnid)
            set(0, int(col.columnid, 4));
        set(1, ascii(col.name));
        set(2, int(col.columnid, 4));
        set(3, int(col.coltyp, 4));
        set(4, int(0, 2));
        set(5, int(0, 2));
        set(6, int(col.cp, 2));
        set(7, int(0, 2));
        set(8, int(col.fixedSize !== 0 ? col.fixedSize : col.cbMax, 4));
        set(9, int(col.infoGrbit | (updatable ? C.JET_bitColumnUpdatable : 0), 4));
        set(10, col.defaultValue);
        set(11, ascii(table.name));
        set(12, ascii(col.name));
        (0, cursorUpdate_1.update)(engine, list);
    }
    toFirstRow(engine, list);
    return { cursor: list, count: columns.length, ids };
}
/** info.cxx rgcolumndefGetObjectInfo_A: the JET_OBJECTLIST table's columns. */
const OBJECT_LIST = [
    { coltyp: coltyp_1.COLTYP.Text, cp: 0, cbMax: 0, grbit: KEY }, // container name
    { coltyp: coltyp_1.COLTYP.Text, cp: 0, cbMax: 0, grbit: KEY }, // object name
    { coltyp: coltyp_1.COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // object type
    { coltyp: coltyp_1.COLTYP.DateTime, cp: 0, cbMax: 0, grbit: FIXED }, // created (never set)
    { coltyp: coltyp_1.COLTYP.DateTime, cp: 0, cbMax: 0, grbit: FIXED }, // updated (never set)
    { coltyp: coltyp_1.COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // records
    { coltyp: coltyp_1.COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // pages
    { coltyp: coltyp_1.COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // grbit
    { coltyp: coltyp_1.COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // flags
];
/** The grbit a table's object info carries (info.cxx: bookmarks, rollback, and updatable through this session). */
exports.TABLE_INFO_GRBIT = C.JET_bitTableInfoBookmark | C.JET_bitTableInfoRollback | C.JET_bitTableInfoUpdatable;
/**
 * JetGetObjectInfo(JET_ObjInfoList / ListNoStats): one row per table of the
 * database ("Tables" container, JET_objtypTable), ordered by name. Statistics
 * are those JetComputeStats kept (0 before it, and with ListNoStats); esemu has no pages: cPage 0.
 */
function objectList(engine, ses, file, objtyp, stats = true) {
    const { list, ids } = resultTable(engine, ses, OBJECT_LIST);
    let count = 0;
    if (objtyp === C.JET_objtypNil || objtyp === C.JET_objtypTable) {
        for (const { table, name } of (0, tableCatalog_1.tablesSeenBy)(file, ses)) {
            (0, cursorUpdate_1.prepareUpdate)(engine, list, C.JET_prepInsert);
            const set = (i, v) => (0, cursorUpdate_1.setColumn)(engine, list, ids[i], v, 0, true);
            set(0, ascii('Tables'));
            set(1, ascii(name));
            set(2, int(C.JET_objtypTable, 4));
            set(5, int(stats ? (0, cursorHints_1.statsSeen)(ses, table) : 0, 4));
            set(6, int(0, 4));
            set(7, int(exports.TABLE_INFO_GRBIT, 4));
            set(8, int((0, template_1.objectFlags)(table), 4));
            (0, cursorUpdate_1.update)(engine, list);
            count += 1;
        }
    }
    toFirstRow(engine, list);
    return { cursor: list, count, ids };
}
/** info.cxx rgcolumndefGetIndexInfo_A: the JET_INDEXLIST table's columns (index name and key position are the key). */
const INDEX_LIST = [
    { coltyp: coltyp_1.COLTYP.Text, cp: 0, cbMax: 0, grbit: KEY }, // index name
    { coltyp: coltyp_1.COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // index grbit
    { coltyp: coltyp_1.COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // distinct keys
    { coltyp: coltyp_1.COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // entries
    { coltyp: coltyp_1.COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // pages
    { coltyp: coltyp_1.COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // key columns
    { coltyp: coltyp_1.COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED | KEY }, // this column's place in the key
    { coltyp: coltyp_1.COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // column id
    { coltyp: coltyp_1.COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // column type
    { coltyp: coltyp_1.COLTYP.Short, cp: 0, cbMax: 0, grbit: FIXED }, // country
    { coltyp: coltyp_1.COLTYP.Short, cp: 0, cbMax: 0, grbit: FIXED }, // langid
    { coltyp: coltyp_1.COLTYP.Short, cp: 0, cbMax: 0, grbit: FIXED }, // code page
    { coltyp: coltyp_1.COLTYP.Short, cp: 0, cbMax: 0, grbit: FIXED }, // collate
    { coltyp: coltyp_1.COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // column grbit (ascending / descending)
    { coltyp: coltyp_1.COLTYP.Text, cp: 0, cbMax: 0, grbit: 0 }, // column name
    { coltyp: coltyp_1.COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // LCMap flags
];
/**
 * JetGetTableIndexInfo(JET_IdxInfoList): one row per key column of each index
 * (or of the one named), ordered by index name, then key position. Statistics
 * (keys, entries, pages) are 0, as without JetComputeStats.
 */
function indexList(engine, cursor, only) {
    (0, tableNav_1.enterTable)(engine, cursor);
    // A name given must be an index the session sees (IndexNotFound), before the result table is made.
    const named = only === null ? null : (0, columnCatalog_1.indexSeen)(cursor.session, cursor.table.index(only));
    const { list, ids } = resultTable(engine, cursor.session, INDEX_LIST);
    let count = 0;
    for (const index of (0, columnCatalog_1.indexesSeen)(cursor)) {
        if (named !== null && index !== named)
            continue;
        index.segments.forEach((seg, i) => {
            (0, cursorUpdate_1.prepareUpdate)(engine, list, C.JET_prepInsert);
            const set = (at, v) => (0, cursorUpdate_1.setColumn)(engine, list, ids[at], v, 0, true);
            set(0, ascii(index.name));
            set(1, int(index.grbit, 4));
            set(2, int(0, 4));
            set(3, int(0, 4));
            set(4, int(0, 4));
            set(5, int(index.segments.length, 4));
            set(6, int(i, 4));
            set(7, int(seg.column.columnid, 4));
            set(8, int(seg.column.coltyp, 4));
            set(9, int(0, 2));
            set(10, int(0, 2));
            set(11, int(seg.column.cp, 2));
            set(12, int(0, 2));
            set(13, int(seg.descending ? C.JET_bitKeyDescending : C.JET_bitKeyAscending, 4));
            // The column's name now (info.cxx reads it from the table's columns): a rename shows.
            set(14, ascii(cursor.table.byId.get(seg.column.columnid)?.name ?? seg.column.name));
            set(15, int(0, 4));
            (0, cursorUpdate_1.update)(engine, list);
            count += 1;
        });
    }
    toFirstRow(engine, list);
    return { cursor: list, count, ids };
}
/** JetGetTableIndexInfo(JET_IdxInfoCount): the indexes the session sees, the sequential order of a table without a primary index counting as one. */
function indexCount(engine, cursor) {
    (0, tableNav_1.enterTable)(engine, cursor);
    return 1 + (0, columnCatalog_1.indexesSeen)(cursor).filter((i) => !i.primary).length;
}
/**
 * JET_IdxInfoKeyMost / JET_IdxInfoVarSegMac (cat.cxx ErrCATGetIndexKeyMost / ErrCATGetIndexVarSegMac): the named
 * index, sought in the catalog as the session sees it (no name finds none: IndexNotFound); its cbKeyMost, and its
 * cbVarSegMac when one was given, else the key's most.
 */
function indexKeySizes(engine, cursor, name) {
    (0, tableNav_1.enterTable)(engine, cursor);
    const index = (0, columnCatalog_1.indexSeen)(cursor.session, name === null ? undefined : cursor.table.index(name));
    return { keyMost: index.keyMost, varSegMac: index.varSegMac };
}
