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
exports.checkCreateGrbit = checkCreateGrbit;
exports.openTemplate = openTemplate;
exports.checkAddColumnDdl = checkAddColumnDdl;
exports.checkTemplateColumnClass = checkTemplateColumnClass;
exports.checkCreateIndexDdl = checkCreateIndexDdl;
exports.checkDeleteColumnDdl = checkDeleteColumnDdl;
exports.checkDeleteIndexDdl = checkDeleteIndexDdl;
exports.checkRenameTableDdl = checkRenameTableDdl;
const errors_1 = require("../constants/errors");
const C = __importStar(require("../constants/constants"));
const failure_1 = require("../storage/failure");
const tableCursor_1 = require("./tableCursor");
/**
 * The DDL rules of template tables, derived tables and fixed-DDL tables
 * (fcreate.cxx). A template table's DDL is fixed; a derived table's inherited
 * columns and indexes are too, its own ones are not.
 */
/** fcreate.cxx ErrIsamCreateTableColumnIndex: the JET_TABLECREATE grbits checked before the table is looked at. */
function checkCreateGrbit(grbit, templateName) {
    if ((grbit & C.JET_bitTableCreateTemplateTable) !== 0) {
        // Hierarchical DDL does not nest: a template cannot itself be derived.
        if (templateName !== null)
            (0, failure_1.fail)(errors_1.JET_errCannotNestDDL);
        // Deprecated and refused even with a template.
        if ((grbit & C.JET_bitTableCreateNoFixedVarColumnsInDerivedTables) !== 0)
            (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    }
    else if ((grbit & C.JET_bitTableCreateNoFixedVarColumnsInDerivedTables) !== 0) {
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    }
    // Internal use only.
    if ((grbit & C.JET_bitTableCreateSystemTable) !== 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
}
/**
 * fcreate.cxx ErrFILECreateTable: the template is opened read-only (ObjectNotFound, TableLocked as for any open),
 * flagged static (no PermitDDL open from now on), closed, and must be a template (DDLNotInheritable).
 */
function openTemplate(engine, ses, db, name) {
    const cursor = (0, tableCursor_1.openTableCursor)(engine, ses, db, name, tableCursor_1.TABLE.ReadOnly);
    const template = cursor.table;
    if (template.isTemplate)
        template.templateStatic = true;
    (0, tableCursor_1.closeTableCursor)(engine, cursor);
    if (!template.isTemplate)
        (0, failure_1.fail)(errors_1.JET_errDDLNotInheritable);
    return template;
}
/**
 * Whether a cursor may change a fixed-DDL table: one opened with JET_bitTablePermitDDL, or the creator's cursor
 * of a FixedDDL table that is not a template (fcreate.cxx: "Allow DDL until table (cursor) is closed").
 */
function permitsDdl(cursor) {
    if ((cursor.grbit & tableCursor_1.TABLE.PermitDDL) !== 0)
        return true;
    return (cursor.grbit & tableCursor_1.TABLE_CREATE) !== 0 && !cursor.table.isTemplate;
}
/** fcreate.cxx ErrIsamAddColumn: a fixed-DDL table takes a column only through a cursor that permits DDL. */
function checkAddColumnDdl(cursor) {
    if (cursor.table.fixedDdl && !permitsDdl(cursor))
        (0, failure_1.fail)(errors_1.JET_errFixedDDL);
}
/** fcreate.cxx ErrIsamAddColumn: a template table takes only tagged (or long value) columns. */
function checkTemplateColumnClass(table, cls) {
    if (table.isTemplate && cls !== 'tagged')
        (0, failure_1.fail)(errors_1.JET_errFixedDDL);
}
/**
 * fcreate.cxx ErrIsamCreateIndex / ErrFILEBuildIndexes: a template never takes an index, a fixed-DDL table only
 * through a cursor that permits DDL.
 */
function checkCreateIndexDdl(cursor) {
    if (cursor.table.fixedDdl && (!permitsDdl(cursor) || cursor.table.isTemplate))
        (0, failure_1.fail)(errors_1.JET_errFixedDDL);
}
/**
 * fcreate.cxx ErrIsamDeleteColumn: nothing is deleted from a fixed-DDL table (PermitDDL or not); a derived table's
 * template column is FixedInheritedDDL unless JET_bitDeleteColumnIgnoreTemplateColumns skips the template.
 */
function checkDeleteColumnDdl(table, name, grbit) {
    if (table.fixedDdl)
        (0, failure_1.fail)(errors_1.JET_errFixedDDL);
    const template = table.template;
    if (template !== null && (grbit & C.JET_bitDeleteColumnIgnoreTemplateColumns) === 0 && template.column(name) !== undefined) {
        (0, failure_1.fail)(errors_1.JET_errFixedInheritedDDL);
    }
}
/** fcreate.cxx ErrIsamDeleteIndex: the same for indexes (a derived table's inherited index, by name). */
function checkDeleteIndexDdl(table, name) {
    if (table.fixedDdl)
        (0, failure_1.fail)(errors_1.JET_errFixedDDL);
    if (table.template !== null && table.template.index(name) !== undefined)
        (0, failure_1.fail)(errors_1.JET_errFixedInheritedDDL);
}
/** cat.cxx ErrCATIRenameTable: a template (its derived tables would not follow) or a fixed-DDL table keeps its name. */
function checkRenameTableDdl(table) {
    if (table.isTemplate || table.fixedDdl)
        (0, failure_1.fail)(errors_1.JET_errFixedDDL);
}
