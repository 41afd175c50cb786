import * as C from '../constants/constants';
import type { TableDef } from './tableDef';

/**
 * Template tables and the tables derived from them (fcreate.cxx
 * ErrFILECreateTable, daedef.hxx). Every column of a template table has the
 * template bit (fCOLUMNIDTemplate, 0x80000000) in its column id, in the
 * template itself as in the tables derived from it; a derived table's own
 * fixed and variable columns continue the template's id space, its tagged
 * columns start their own (at 256, without the bit).
 */

/** daedef.hxx fCOLUMNIDTemplate: the bit that marks a template column's id. */
export const TEMPLATE_COLUMN_BIT = 0x80000000;

/** The FID of a column id (its low 16 bits). */
export function fidOf(columnid: number): number {
  return columnid & 0xffff;
}

export function isTemplateColumnid(columnid: number): boolean {
  return (columnid & TEMPLATE_COLUMN_BIT) !== 0;
}

/** The id of a template column: the FID with the template bit (unsigned, as JET_COLUMNID is). */
export function templateColumnid(fid: number): number {
  return (fid | TEMPLATE_COLUMN_BIT) >>> 0;
}

/** The class of a column id: 0 fixed (1-127), 1 variable (128-255), 2 tagged. */
export function columnClass(columnid: number): number {
  const fid = fidOf(columnid);
  return fid <= C.JET_ccolFixedMost ? 0 : fid <= 255 ? 1 : 2;
}

/**
 * The order of columns in a record (rec.hxx, tagfld.hxx TAGFLD::FIsLessThan):
 * by class, then template columns before a derived table's own, then by FID.
 */
export function recordOrder(a: number, b: number): number {
  const byClass = columnClass(a) - columnClass(b);
  if (byClass !== 0) return byClass;
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
export function inheritFrom(derived: TableDef, template: TableDef): void {
  derived.template = template;
  for (const col of template.byId.values()) derived.addColumn(col);
  derived.indexes.push(...template.indexes);
  derived.fixedLast = template.fixedLast;
  derived.varLast = template.varLast;
}

/** JetGetObjectInfo / JET_TblInfo flags of a table (fcreate.cxx ErrFILECreateTable, the MSysObjects flags). */
export function objectFlags(table: TableDef): number {
  if (table.isTemplate) return C.JET_bitObjectTableTemplate | C.JET_bitObjectTableFixedDDL;
  let flags = table.template !== null ? C.JET_bitObjectTableDerived : 0;
  if (table.fixedDdl) flags |= C.JET_bitObjectTableFixedDDL;
  return flags;
}
