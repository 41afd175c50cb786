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
exports.TableDef = void 0;
const creation_1 = require("./creation");
const errors_1 = require("../constants/errors");
const C = __importStar(require("../constants/constants"));
const failure_1 = require("../storage/failure");
const tableStore_1 = require("../storage/tableStore");
const names_1 = require("./names");
const recordCovers_1 = require("./recordCovers");
const template_1 = require("./template");
const FIXED_MOST = C.JET_ccolFixedMost;
const VAR_MOST = 255;
/** Column ids below this are also kept in an array (fixed, variable and the first tagged columns). */
const SMALL_IDS = 1024;
/**
 * A regular table: its columns, its indexes and its data. The definition
 * changes in place (DDL inside a transaction records how to undo it); the
 * data is versioned in `store`.
 */
class TableDef {
    name;
    pages;
    density;
    columns = new Map();
    byId = new Map();
    /** The same columns, indexed by id for ids below SMALL_IDS (every id but a template column's): see columnById. */
    smallIds = [];
    /** Every index, primary included, in creation order. */
    indexes = [];
    store = new tableStore_1.TableStore();
    /** Last column id given in each class (ids are not reused after a column is deleted). */
    fixedLast = 0;
    varLast = FIXED_MOST;
    taggedLast = VAR_MOST;
    /** Next value of the autoincrement column (not rolled back, as in the engine). */
    autoIncNext = 1;
    /** Marked when JetDeleteTable removed it; cursors still open on it answer as the engine does. */
    deleted = false;
    /** The table's creation, and the session deleting it in a transaction not committed yet (tableCatalog.ts). */
    creation = (0, creation_1.committedCreation)();
    deletedBy = null;
    /** The rename that gave the table its name, when there was one (the others see the old name until they see it). */
    nameMade = null;
    /** The table of the same name its creator deleted in the same transaction, which the others still see until the commit. */
    replaced = null;
    /** The creations of columns added in a way other sessions see only once committed (by column id). */
    columnCreations = new Map();
    /** Columns deleted in a way other sessions see only once committed: the column and its deletion (by column id). */
    columnDeletions = new Map();
    /** JET_bitTableCreateFixedDDL (a template table's DDL is fixed too). */
    fixedDdl = false;
    /** JET_bitTableCreateTemplateTable: its DDL is inherited by the tables derived from it. */
    isTemplate = false;
    /** A template a table has been derived from can no longer be opened with JET_bitTablePermitDDL (FCB::SetTemplateStatic). */
    templateStatic = false;
    /**
     * The record counts JetComputeStats stored in the catalog (stats.cxx ErrSTATSComputeIndexStats), newest first, each
     * with its change (versioned like the catalog row it lives in): JET_TblInfo and JetGetObjectInfo report the newest
     * one the reader sees, 0 when there is none.
     */
    stats = [];
    /** The template a derived table inherits its columns and indexes from. */
    template = null;
    constructor(name, pages, density) {
        this.name = name;
        this.pages = pages;
        this.density = density;
    }
    get primary() {
        return this.indexes.find((i) => i.primary) ?? null;
    }
    /** The column with this id: an array read for the ids a table gives its own columns, which a retrieve pays for. */
    columnById(columnid) {
        return columnid < SMALL_IDS ? this.smallIds[columnid] : this.byId.get(columnid);
    }
    column(name) {
        return this.columns.get((0, names_1.nameKey)(name));
    }
    indexById(id) {
        for (const i of this.indexes)
            if (i.id === id)
                return i;
        return undefined;
    }
    /** A column a derived table inherits from its template. */
    inherited(col) {
        return this.template !== null && (0, template_1.isTemplateColumnid)(col.columnid);
    }
    /** A column of the table's own (not one inherited from a template). */
    ownColumn(name) {
        const col = this.column(name);
        return col === undefined || this.inherited(col) ? undefined : col;
    }
    index(name) {
        const key = (0, names_1.nameKey)(name);
        return this.indexes.find((i) => (0, names_1.nameKey)(i.name) === key);
    }
    get autoIncColumn() {
        return this.shape().autoInc;
    }
    /** What every insert asks of the columns, kept until a column is added or removed (or changed: both happen). */
    shape() {
        let shape = this.cachedShape;
        if (shape === null) {
            const cols = [...this.byId.values()];
            shape = {
                autoInc: cols.find((c) => (c.grbit & C.JET_bitColumnAutoincrement) !== 0),
                version: cols.find((c) => (c.grbit & C.JET_bitColumnVersion) !== 0),
                initial: cols.filter((c) => c.defaultValue !== null || (c.grbit & C.JET_bitColumnAutoincrement) !== 0),
                required: cols.filter((c) => (c.grbit & (C.JET_bitColumnNotNULL | C.JET_bitColumnAutoincrement)) !== 0),
                defaults: (0, recordCovers_1.defaultsShape)(cols.sort((a, b) => a.columnid - b.columnid)),
            };
            this.cachedShape = shape;
        }
        return shape;
    }
    cachedShape = null;
    /** The next column id of a class (TooManyColumns when the class is used up); a template's carry the template bit. */
    nextColumnId(cls) {
        const fid = this.nextFid(cls);
        return this.isTemplate ? (0, template_1.templateColumnid)(fid) : fid;
    }
    nextFid(cls) {
        if (cls === 'fixed') {
            if (this.fixedLast >= FIXED_MOST)
                (0, failure_1.fail)(errors_1.JET_errTooManyColumns);
            return ++this.fixedLast;
        }
        if (cls === 'variable') {
            if (this.varLast >= VAR_MOST)
                (0, failure_1.fail)(errors_1.JET_errTooManyColumns);
            return ++this.varLast;
        }
        if (this.taggedLast >= C.JET_ccolMost)
            (0, failure_1.fail)(errors_1.JET_errTooManyColumns);
        return ++this.taggedLast;
    }
    addColumn(col) {
        this.columns.set((0, names_1.nameKey)(col.name), col);
        this.byId.set(col.columnid, col);
        if (col.columnid < SMALL_IDS)
            this.smallIds[col.columnid] = col;
        this.cachedShape = null;
    }
    removeColumn(col) {
        this.columns.delete((0, names_1.nameKey)(col.name));
        this.byId.delete(col.columnid);
        if (col.columnid < SMALL_IDS)
            this.smallIds[col.columnid] = undefined;
        this.cachedShape = null;
    }
    /** Put a changed definition of a column in place (renamed, new default), in the tables derived from this one too. */
    replaceColumn(old, changed, derived) {
        for (const t of [this, ...derived]) {
            if (t.byId.get(old.columnid) !== old)
                continue;
            t.removeColumn(old);
            t.addColumn(changed);
        }
    }
}
exports.TableDef = TableDef;
