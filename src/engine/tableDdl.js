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
exports.createTable = createTable;
exports.addColumn = addColumn;
exports.checkBatchIndexCreate = checkBatchIndexCreate;
exports.createIndex = createIndex;
exports.deleteTable = deleteTable;
exports.deleteColumn = deleteColumn;
exports.deleteIndex = deleteIndex;
exports.columnByName = columnByName;
exports.columnById = columnById;
exports.renameTable = renameTable;
exports.renameColumn = renameColumn;
const errors_1 = require("../constants/errors");
const gates_1 = require("./gates");
const indexDef_1 = require("../catalog/indexDef");
const names_1 = require("../catalog/names");
const tableColumn_1 = require("../catalog/tableColumn");
const indexConditions_1 = require("../catalog/indexConditions");
const indexEntries_1 = require("../catalog/indexEntries");
const indexTuples_1 = require("../catalog/indexTuples");
const tableDef_1 = require("../catalog/tableDef");
const failure_1 = require("../storage/failure");
const coltyp_1 = require("../storage/coltyp");
const tableCursor_1 = require("./tableCursor");
const tableData_1 = require("./tableData");
const fullRecord_1 = require("./fullRecord");
const tableNav_1 = require("./tableNav");
const undo_1 = require("./undo");
const tableCatalog_1 = require("./tableCatalog");
const columnCatalog_1 = require("./columnCatalog");
const templateDdl_1 = require("./templateDdl");
const template_1 = require("../catalog/template");
const C = __importStar(require("../constants/constants"));
/**
 * DDL on regular tables (fcreate.cxx). Changes to the definition apply at
 * once and, inside a transaction, record how to undo them (ese-semantics §7.8):
 * a rolled-back JetCreateTable closes every cursor on the table, a rolled-back
 * JetAddColumn / JetCreateIndex removes the column or index.
 */
function checkDdl(db, ses) {
    if (db.readOnly)
        (0, failure_1.fail)(errors_1.JET_errPermissionDenied);
    if (ses.readOnly)
        (0, failure_1.fail)(errors_1.JET_errTransReadOnly);
}
/**
 * Add a column to a definition (the column's own checks, then a free id of its class); `added` for JetAddColumn,
 * null for a column of JetCreateTableColumnIndex (a new table, held exclusively: fcreate.cxx:1287).
 */
function addColumnTo(table, req, added = null) {
    const name = (0, names_1.checkName)(req.name);
    // fcreate.cxx ErrFILEIValidateAddColumn 888-894: a template column's name is ColumnDuplicate before the definition
    // is looked at. A table's own column: JetAddColumn finds it only after the checks below (3454-3456); for the
    // columns of a new table it is checked here, as before.
    if (added === null ? table.column(name) !== undefined : table.template?.column(name) !== undefined)
        (0, failure_1.fail)(errors_1.JET_errColumnDuplicate);
    const { cls, cp, cbMax, warning } = (0, tableColumn_1.checkColumnRequest)(req, added === null || added.exclusive);
    // fcreate.cxx ErrFILEIValidateAddColumn, last: a default longer than the column's size (a fixed type's, or the
    // cbMax of any other; 0 is no limit) is DefaultValueTooBig.
    const size = coltyp_1.FIXED_SIZE[req.coltyp] ?? cbMax;
    if (req.defaultValue !== null && size !== 0 && req.defaultValue.length > size)
        (0, failure_1.fail)(errors_1.JET_errDefaultValueTooBig);
    if (added !== null) {
        // fcreate.cxx ErrIsamAddColumn 3409-3411: a template table takes only tagged (or long value) columns.
        (0, templateDdl_1.checkTemplateColumnClass)(table, cls);
        // fcreate.cxx 3419-3445: an escrow column is not added to a table with any record in it (TableNotEmpty).
        if ((req.grbit & tableColumn_1.COLUMN.EscrowUpdate) !== 0 && added.hasRecords())
            (0, failure_1.fail)(errors_1.JET_errTableNotEmpty);
        // fcreate.cxx 3454-3456: ErrFILEICheckForDuplicateColumn; then the catalog's unique name, which a deletion the
        // session does not see still holds (bt.cxx: the insert's write conflict becomes KeyDuplicate).
        if (table.column(name) !== undefined || added.heldElsewhere(name))
            (0, failure_1.fail)(errors_1.JET_errColumnDuplicate);
    }
    // fcreate.cxx: one version column and one autoincrement column per table, a template's counting in a derived table.
    const onePerTable = (req.grbit & tableColumn_1.COLUMN.Version) !== 0 ? tableColumn_1.COLUMN.Version : req.grbit & tableColumn_1.COLUMN.Autoincrement;
    if (onePerTable !== 0 && [...table.byId.values()].some((c) => c.has(onePerTable)))
        (0, failure_1.fail)(errors_1.JET_errColumnRedundant);
    const made = new tableColumn_1.TableColumn(name, table.nextColumnId(cls), req.coltyp, cp, cbMax, req.grbit, req.defaultValue);
    if (req.defaultValue !== null)
        made.checkLength(req.defaultValue.length);
    // The default is kept as a record keeps a value of the column (a fixed Binary / Text one padded).
    const col = req.defaultValue === null || !made.reshapes ? made : made.withDefault(made.stored(req.defaultValue));
    table.addColumn(col);
    return { col, warning };
}
/** Add an index to a definition, checking the data the session sees (TableNotEmpty, KeyDuplicate). */
function addIndexTo(ses, file, table, req) {
    const name = (0, names_1.checkName)(req.name);
    if ((req.grbit & indexDef_1.INDEX.Primary) !== 0 && table.primary !== null)
        (0, failure_1.fail)(errors_1.JET_errIndexHasPrimary);
    if (table.index(name) !== undefined)
        (0, failure_1.fail)(errors_1.JET_errIndexDuplicate);
    const { keyMost, varSegMac } = (0, indexDef_1.checkIndexRequest)(req);
    const tuples = (0, indexTuples_1.tupleLimitsOf)(req.grbit, keyMost, varSegMac, req.tupleLimits ?? null, (id) => ses.instance.param(id));
    const segments = (0, indexDef_1.segmentsOf)(req.key, (n) => table.column(n));
    // fcreate.cxx, segment by segment: a primary index cannot be over a multi-valued column...
    if ((req.grbit & indexDef_1.INDEX.Primary) !== 0 && segments.some((s) => s.column.has(tableColumn_1.COLUMN.MultiValued)))
        (0, failure_1.fail)(errors_1.JET_errIndexInvalidDef);
    // ... and an empty index (JET_bitIndexEmpty) cannot be over a column with a default value.
    if ((req.grbit & indexDef_1.INDEX.Empty) !== 0 && segments.some((s) => s.column.defaultValue !== null))
        (0, failure_1.fail)(errors_1.JET_errIndexInvalidDef);
    (0, indexTuples_1.checkTupleSegments)(tuples, segments);
    const conditions = (0, indexConditions_1.conditionsOf)(req.conditional ?? [], (n) => table.column(n));
    const index = new indexDef_1.IndexDef(file.newIndexId(), name, segments, req.grbit, keyMost, varSegMac, conditions, tuples);
    if (index.primary) {
        if (table.primary !== null)
            (0, failure_1.fail)(errors_1.JET_errIndexHasPrimary);
        if (table.store.committed.records.size > 0 || (0, tableData_1.readImage)(ses, table).records.size > 0)
            (0, failure_1.fail)(errors_1.JET_errTableNotEmpty);
    }
    else {
        // fcreate.cxx ErrFILEIBuildIndex: a NULL segment in a DisallowNull index is NullKeyDisallowed (found while the
        // records are read); then, as the sorted keys go in, a unique index over a key two records share is KeyDuplicate.
        const records = (0, tableData_1.readImage)(ses, table).records;
        let nulls = false;
        records.forEach((values) => {
            if (index.refusesNulls((0, fullRecord_1.fullRecord)(table, values)))
                nulls = true;
        });
        if (nulls)
            (0, failure_1.fail)(errors_1.JET_errNullKeyDisallowed);
        if (index.unique) {
            const seen = new Set();
            let dup = false;
            records.forEach((values) => {
                for (const key of (0, indexEntries_1.entryKeysOf)(index, (0, fullRecord_1.fullRecord)(table, values))) {
                    if (seen.has(key))
                        dup = true;
                    seen.add(key);
                }
            });
            if (dup)
                (0, failure_1.fail)(errors_1.JET_errKeyDuplicate);
        }
    }
    table.indexes.push(index);
    return index;
}
/** Run one item of a table creation; on failure tell which, then fail the whole creation. */
function reported(run, onFailure) {
    try {
        return run();
    }
    catch (failure) {
        onFailure();
        throw failure;
    }
}
/**
 * JetCreateTable / JetCreateTableColumnIndex*: a new table with its columns
 * and indexes, opened exclusively for its creator. When a column or an
 * index fails, `onFailure` hears which, and nothing is created.
 */
function createTable(engine, ses, db, name, pages, density, columns, indexes, onFailure = () => undefined, options = { grbit: 0, templateName: null }) {
    if (db.readOnly)
        (0, failure_1.fail)(errors_1.JET_errPermissionDenied);
    (0, templateDdl_1.checkCreateGrbit)(options.grbit, options.templateName);
    checkDdl(db, ses);
    const progress = options.progress ?? { created: null, begun: false };
    progress.created = 0;
    const tableName = (0, names_1.checkName)(name);
    const template = options.templateName === null ? null : (0, templateDdl_1.openTemplate)(engine, ses, db, options.templateName);
    // fcreate.cxx ErrFILECreateTable: the engine's own transaction begins here (gates.ts enterChange).
    (0, gates_1.enterChange)(ses);
    progress.created = 1;
    progress.begun = true;
    // cat.cxx ErrCATAddTable: the name is a unique key of the catalog, whoever's entry holds it (bt.cxx turns a
    // write conflict on it into KeyDuplicate); only an entry this session deleted is reused.
    const holder = db.file.table(tableName);
    if (holder !== undefined && holder.deletedBy !== ses)
        (0, failure_1.fail)(errors_1.JET_errTableDuplicate);
    if ((0, tableCatalog_1.nameHeldElsewhere)(db.file, ses, (0, names_1.nameKey)(tableName)))
        (0, failure_1.fail)(errors_1.JET_errTableDuplicate);
    const table = new tableDef_1.TableDef(tableName, pages, density);
    table.isTemplate = (options.grbit & C.JET_bitTableCreateTemplateTable) !== 0;
    table.fixedDdl = table.isTemplate || (options.grbit & C.JET_bitTableCreateFixedDDL) !== 0;
    if (template !== null)
        (0, template_1.inheritFrom)(table, template);
    const made = columns.map((c, i) => reported(() => addColumnTo(table, c).col, () => onFailure('column', i)));
    if (indexes.length > 0 && options.columnArray === false) {
        progress.created = 1 + made.length;
        (0, failure_1.fail)(errors_1.JET_errInvalidCreateIndex);
    }
    indexes.forEach((req, i) => reported(() => addIndexTo(ses, db.file, table, req), () => onFailure('index', i)));
    const cursor = (0, tableCursor_1.newTableCursor)(engine, ses, db, table, tableCursor_1.TABLE_CREATE | tableCursor_1.TABLE.DenyRead);
    (0, undo_1.recordUndo)(ses, () => {
        for (const c of (0, tableCursor_1.cursorsOn)(engine, table))
            (0, tableCursor_1.closeTableCursor)(engine, c);
        table.deleted = true;
        (0, tableData_1.dropViews)(engine, table);
    });
    (0, tableCatalog_1.addToCatalog)(engine, ses, db.file, table);
    (0, tableCursor_1.markVersioned)(cursor);
    return { cursor, columns: made };
}
/** FCB::FDomainDenyReadByUs: a cursor of this session opened the table with JET_bitTableDenyRead, or created it. */
function deniesReadToOthers(engine, ses, table) {
    return (0, tableCursor_1.cursorsOn)(engine, table).some((c) => c.session === ses && (c.grbit & (tableCursor_1.TABLE.DenyRead | tableCursor_1.TABLE_CREATE)) !== 0);
}
function checkTableDdl(cursor) {
    if (!cursor.updatable)
        (0, failure_1.fail)(errors_1.JET_errPermissionDenied);
    if (cursor.session.readOnly)
        (0, failure_1.fail)(errors_1.JET_errTransReadOnly);
}
/** JetAddColumn: the new column (and wrnColumnMaxTruncated when its cbMax was cut); the cursor ends before the first record. */
function addColumn(engine, cursor, req) {
    (0, tableNav_1.enterTable)(engine, cursor);
    checkTableDdl(cursor);
    (0, templateDdl_1.checkAddColumnDdl)(cursor);
    const table = cursor.table;
    const ses = cursor.session;
    (0, gates_1.enterChange)(ses);
    const exclusive = deniesReadToOthers(engine, ses, table);
    const added = addColumnTo(table, req, {
        exclusive,
        heldElsewhere: (name) => (0, columnCatalog_1.deletedColumnNamed)(ses, table, name) !== undefined,
        // fcreate.cxx 3430-3444: any node of the table, even one deleted or not committed, is a record.
        hasRecords: () => table.store.committed.records.size > 0 || [...engine.sessions.values()].some((s) => {
            const view = s.tableViews.get(table);
            return view !== undefined && (view.work ?? view.base).records.size > 0;
        }),
    });
    (0, undo_1.recordUndo)(ses, () => {
        table.removeColumn(added.col);
        table.columnCreations.delete(added.col.columnid);
    });
    // fcreate.cxx ErrIsamAddColumn: versioned (FIELDSetVersioned) unless the table is held with DenyRead by the caller.
    if (!exclusive)
        table.columnCreations.set(added.col.columnid, (0, tableCatalog_1.newChange)(engine, ses));
    (0, tableCursor_1.markVersioned)(cursor);
    cursor.where = tableCursor_1.Where.Before;
    cursor.bm = null;
    cursor.entry = null;
    return added;
}
/** JetCreateIndex2 with several indexes builds them in one pass: level 0 and an exclusive (DenyRead) cursor (fcreate.cxx:7592-7612). */
function checkBatchIndexCreate(engine, cursor) {
    (0, tableNav_1.enterTable)(engine, cursor);
    if (cursor.session.level > 0)
        (0, failure_1.fail)(errors_1.JET_errInTransaction);
    if ((cursor.grbit & (tableCursor_1.TABLE.DenyRead | tableCursor_1.TABLE_CREATE)) === 0)
        (0, failure_1.fail)(errors_1.JET_errExclusiveTableLockRequired);
    (0, templateDdl_1.checkCreateIndexDdl)(cursor);
}
/** JetCreateIndex / JetCreateIndex2 (one index). */
function createIndex(engine, cursor, req) {
    (0, tableNav_1.enterTable)(engine, cursor);
    checkTableDdl(cursor);
    (0, templateDdl_1.checkCreateIndexDdl)(cursor);
    const table = cursor.table;
    (0, gates_1.enterChange)(cursor.session);
    const index = addIndexTo(cursor.session, cursor.database.file, table, req);
    if (!index.primary)
        (0, tableData_1.indexTree)((0, tableData_1.readImage)(cursor.session, table), table, index);
    // fcreate.cxx ErrIsamCreateIndex: versioned (SetFVersionedCreate) unless the table is held with DenyRead by the caller.
    if (!deniesReadToOthers(engine, cursor.session, table))
        (0, tableCatalog_1.stampCreation)(engine, cursor.session, index.creation);
    (0, tableCursor_1.markVersioned)(cursor);
    (0, undo_1.recordUndo)(cursor.session, () => {
        const at = table.indexes.indexOf(index);
        if (at >= 0)
            table.indexes.splice(at, 1);
        for (const c of (0, tableCursor_1.cursorsOn)(engine, table))
            if (c.index === index)
                c.index = null;
    });
    return index;
}
/** JetDeleteTable: nobody may have it open (its opener included), then it is gone (§8.5). */
function deleteTable(engine, ses, db, name) {
    checkDdl(db, ses);
    const tableName = (0, names_1.checkName)(name);
    (0, gates_1.enterChange)(ses);
    const table = (0, tableCatalog_1.tableSeen)(db.file, ses, tableName);
    (0, tableCatalog_1.checkNotDeleting)(table);
    for (const c of (0, tableCursor_1.cursorsOn)(engine, table)) {
        if (c.session !== ses && (c.grbit & (tableCursor_1.TABLE.DenyRead | tableCursor_1.TABLE_CREATE)) !== 0)
            (0, failure_1.fail)(errors_1.JET_errTableLocked);
    }
    // fileopen.cxx ErrFILEISetMode, the delete's DenyRead: any cursor of another session, or one of this session
    // that is not a deferred close (closed after it changed something in this transaction), is TableInUse.
    if ((0, tableCursor_1.cursorsOn)(engine, table).some((c) => c.session !== ses || !c.deferred))
        (0, failure_1.fail)(errors_1.JET_errTableInUse);
    // fcreate.cxx ErrFILEDeleteTable: once opened for the delete, a template table stays.
    if (table.isTemplate)
        (0, failure_1.fail)(errors_1.JET_errCannotDeleteTemplateTable);
    // cat.cxx ErrCATDeleteTable: the catalog entry another session renamed (and this one does not see) conflicts.
    (0, tableCatalog_1.checkEntryWritable)(ses, table);
    (0, tableCatalog_1.removeFromCatalog)(engine, ses, db.file, table);
}
/** JetDeleteColumn / JetDeleteColumn2: not while an index uses it (ColumnInUse). */
function deleteColumn(engine, cursor, name, grbit = 0) {
    (0, tableNav_1.enterTable)(engine, cursor);
    checkTableDdl(cursor);
    const table = cursor.table;
    (0, templateDdl_1.checkDeleteColumnDdl)(table, name, grbit);
    // fcreate.cxx ErrFILEGetPfieldAndEnterDML: a column the session does not see yet is not found.
    const ses = cursor.session;
    const col = (0, columnCatalog_1.columnSeen)(ses, table, table.ownColumn(name));
    if (table.indexes.some((i) => i.uses(col.columnid)))
        (0, failure_1.fail)(errors_1.JET_errColumnInUse);
    table.removeColumn(col);
    // fcreate.cxx ErrIsamDeleteColumn: versioned (FIELDSetVersioned) unless the table is held with DenyRead by the
    // caller: the others keep the column until the delete is committed before their transaction (tableCatalog.ts).
    const versioned = !deniesReadToOthers(engine, ses, table);
    if (versioned)
        table.columnDeletions.set(col.columnid, { col, deletion: (0, tableCatalog_1.newChange)(engine, ses) });
    (0, undo_1.recordUndo)(ses, () => {
        table.addColumn(col);
        if (versioned)
            table.columnDeletions.delete(col.columnid);
    });
    (0, tableCursor_1.markVersioned)(cursor);
}
/** JetDeleteIndex: the primary index must stay; one that a cursor has current is in use. */
function deleteIndex(engine, cursor, name) {
    (0, tableNav_1.enterTable)(engine, cursor);
    checkTableDdl(cursor);
    const table = cursor.table;
    (0, templateDdl_1.checkDeleteIndexDdl)(table, name);
    const index = (0, columnCatalog_1.indexSeen)(cursor.session, table.index(name));
    if (index.primary)
        (0, failure_1.fail)(errors_1.JET_errIndexMustStay);
    // fcb.cxx FCB::ErrSetDeleteIndex: IndexInUse while any cursor has the index current, the caller's own included.
    if ((0, tableCursor_1.cursorsOn)(engine, table).some((c) => c.index === index))
        (0, failure_1.fail)(errors_1.JET_errIndexInUse);
    table.indexes.splice(table.indexes.indexOf(index), 1);
    (0, undo_1.recordUndo)(cursor.session, () => table.indexes.push(index));
    (0, tableCursor_1.markVersioned)(cursor);
}
/** The column a JetGetTableColumnInfo names. */
function columnByName(engine, cursor, name) {
    (0, tableNav_1.enterTable)(engine, cursor);
    // fcreate.cxx ErrFILEIScanForColumnName: a versioned column is looked up in the catalog with the caller's session.
    if (name === '')
        (0, failure_1.fail)(errors_1.JET_errColumnNotFound);
    const checked = (0, names_1.checkName)(name);
    const table = cursor.table;
    const ses = cursor.session;
    // The name's column as the session sees it: the current one, else one whose deletion it does not see yet (the
    // catalog's entry as it was: a name deleted and added again in one transaction still leads the others to the old).
    const live = table.column(checked);
    const col = live !== undefined && (0, columnCatalog_1.seesColumn)(ses, table, live) ? live : (0, columnCatalog_1.deletedColumnNamed)(ses, table, checked) ?? live;
    return (0, columnCatalog_1.columnSeen)(ses, table, col);
}
/**
 * The column a JetGetTableColumnInfo(JET_ColInfoByColid) names (info.cxx ErrINFOGetTableColumnInfo): found by its
 * FID in the table, or in the template for an id with the template bit on a derived table; a template table finds
 * its column by FID whatever the id's high bits.
 */
function columnById(engine, cursor, columnid) {
    (0, tableNav_1.enterTable)(engine, cursor);
    const table = cursor.table;
    const fid = (0, template_1.fidOf)(columnid);
    const key = table.isTemplate || (0, template_1.isTemplateColumnid)(columnid) ? (0, template_1.templateColumnid)(fid) : fid;
    // info.cxx ErrINFOGetTableColumnInfo reads the definition by id without asking the catalog (ErrRECIAccessColumn):
    // a column another session added and has not committed is described all the same.
    const col = table.byId.get(key);
    if (col === undefined)
        (0, failure_1.fail)(errors_1.JET_errColumnNotFound);
    return col;
}
/** JetRenameTable: a versioned change of the catalog (TableDuplicate when the new name is taken). */
function renameTable(engine, ses, db, from, to) {
    checkDdl(db, ses);
    const table = (0, tableCatalog_1.tableSeen)(db.file, ses, (0, names_1.checkName)(from));
    // cat.cxx ErrCATRenameTable replaces the catalog entry: one another session deletes or renamed is a write conflict.
    (0, tableCatalog_1.checkEntryWritable)(ses, table);
    const newName = (0, names_1.checkName)(to);
    (0, templateDdl_1.checkRenameTableDdl)(table);
    const other = db.file.table(newName);
    if ((other !== undefined && other !== table) || (0, tableCatalog_1.nameHeldElsewhere)(db.file, ses, (0, names_1.nameKey)(newName)))
        (0, failure_1.fail)(errors_1.JET_errTableDuplicate);
    (0, tableCatalog_1.renameInCatalog)(engine, ses, db.file, table, newName);
}
/** JetRenameColumn: only at level 0 (fcreate.cxx:9537-9540). */
function renameColumn(engine, cursor, from, to) {
    (0, tableNav_1.enterTable)(engine, cursor);
    checkTableDdl(cursor);
    if (cursor.session.level > 0)
        (0, failure_1.fail)(errors_1.JET_errInTransaction);
    const table = cursor.table;
    // cat.cxx ErrCATRenameColumn looks in the table's own columns: a derived table's template column is not found.
    const col = table.ownColumn((0, names_1.checkName)(from));
    if (col === undefined)
        (0, failure_1.fail)(errors_1.JET_errColumnNotFound);
    const newName = (0, names_1.checkName)(to);
    const other = table.column(newName);
    if (other !== undefined && other !== col)
        (0, failure_1.fail)(errors_1.JET_errColumnDuplicate);
    // A template's column is renamed in the tables derived from it too: they read the template's definition.
    table.replaceColumn(col, col.renamed(newName), cursor.database.file.derivedFrom(table));
}
