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
exports.TEMPLATE_COLUMN_BIT = void 0;
exports.fidOf = fidOf;
exports.isTemplateColumnid = isTemplateColumnid;
exports.templateColumnid = templateColumnid;
exports.columnClass = columnClass;
exports.recordOrder = recordOrder;
exports.inheritFrom = inheritFrom;
exports.objectFlags = objectFlags;
const C = __importStar(require("../constants/constants"));
/**
 * Template tables and the tables derived from them (fcreate.cxx
 * ErrFILECreateTable, daedef.hxx). Every column of a template table has the
 * template bit (fCOLUMNIDTemplate, 0x80000000) in its column id, in the
 * template itself as in the tables derived from it; a derived table's own
 * fixed and variable columns continue the template's id space, its tagged
 * columns start their own (at 256, without the bit).
 */
/** daedef.hxx fCOLUMNIDTemplate: the bit that marks a template column's id. */
exports.TEMPLATE_COLUMN_BIT = 0x80000000;
/** The FID of a column id (its low 16 bits). */
function fidOf(columnid) {
    return columnid & 0xffff;
}
function isTemplateColumnid(columnid) {
    return (columnid & exports.TEMPLATE_COLUMN_BIT) !== 0;
}
/** The id of a template column: the FID with the template bit (unsigned, as JET_COLUMNID is). */
function templateColumnid(fid) {
    return (fid | exports.TEMPLATE_COLUMN_BIT) >>> 0;
}
/** The class of a column id: 0 fixed (1-127), 1 variable (128-255), 2 tagged. */
function columnClass(columnid) {
    const fid = fidOf(columnid);
    return fid <= C.JET_ccolFixedMost ? 0 : fid <= 255 ? 1 : 2;
}
/**
 * The order of columns in a record (rec.hxx, tagfld.hxx TAGFLD::FIsLessThan):
 * by class, then template columns before a derived table's own, then by FID.
 */
function recordOrder(a, b) {
    const byClass = columnClass(a) - columnClass(b);
    if (byClass !== 0)
        return byClass;
    const ta = isTemplateColumnid(a) ? 0 : 1;
    const tb = isTemplateColumnid(b) ? 0 : 1;
    return ta !== tb ? ta - tb : fidOf(a) - fidOf(b);
}
/**
 * Give a new derived table what it inherits: the template's columns (the same
 * definitions, ids with the template bit) and indexes (fcreate.cxx
 * ErrFILEIInheritIndexes, under the same names), and the end of the
 * template's fixed and variable id space, where its own columns continue.
 */
function inheritFrom(derived, template) {
    derived.template = template;
    for (const col of template.byId.values())
        derived.addColumn(col);
    derived.indexes.push(...template.indexes);
    derived.fixedLast = template.fixedLast;
    derived.varLast = template.varLast;
}
/** JetGetObjectInfo / JET_TblInfo flags of a table (fcreate.cxx ErrFILECreateTable, the MSysObjects flags). */
function objectFlags(table) {
    if (table.isTemplate)
        return C.JET_bitObjectTableTemplate | C.JET_bitObjectTableFixedDDL;
    let flags = table.template !== null ? C.JET_bitObjectTableDerived : 0;
    if (table.fixedDdl)
        flags |= C.JET_bitObjectTableFixedDDL;
    return flags;
}
