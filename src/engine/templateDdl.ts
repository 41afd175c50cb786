import {
  JET_errCannotNestDDL, JET_errDDLNotInheritable, JET_errFixedDDL, JET_errFixedInheritedDDL, JET_errInvalidGrbit,
} from '../constants/errors';
import * as C from '../constants/constants';
import type { TableDef } from '../catalog/tableDef';
import { fail } from '../storage/failure';
import type { AttachedDatabase } from './database';
import type { Engine } from './engine';
import type { Session } from './session';
import { closeTableCursor, openTableCursor, TABLE, TABLE_CREATE, TableCursor } from './tableCursor';

/**
 * The DDL rules of template tables, derived tables and fixed-DDL tables
 * (fcreate.cxx). A template table's DDL is fixed; a derived table's inherited
 * columns and indexes are too, its own ones are not.
 */

/** fcreate.cxx ErrIsamCreateTableColumnIndex: the JET_TABLECREATE grbits checked before the table is looked at. */
export function checkCreateGrbit(grbit: number, templateName: string | null): void {
  if ((grbit & C.JET_bitTableCreateTemplateTable) !== 0) {
    // Hierarchical DDL does not nest: a template cannot itself be derived.
    if (templateName !== null) fail(JET_errCannotNestDDL);
    // Deprecated and refused even with a template.
    if ((grbit & C.JET_bitTableCreateNoFixedVarColumnsInDerivedTables) !== 0) fail(JET_errInvalidGrbit);
  } else if ((grbit & C.JET_bitTableCreateNoFixedVarColumnsInDerivedTables) !== 0) {
    fail(JET_errInvalidGrbit);
  }
  // Internal use only.
  if ((grbit & C.JET_bitTableCreateSystemTable) !== 0) fail(JET_errInvalidGrbit);
}

/**
 * fcreate.cxx ErrFILECreateTable: the template is opened read-only (ObjectNotFound, TableLocked as for any open),
 * flagged static (no PermitDDL open from now on), closed, and must be a template (DDLNotInheritable).
 */
export function openTemplate(engine: Engine, ses: Session, db: AttachedDatabase, name: string): TableDef {
  const cursor = openTableCursor(engine, ses, db, name, TABLE.ReadOnly);
  const template = cursor.table;
  if (template.isTemplate) template.templateStatic = true;
  closeTableCursor(engine, cursor);
  if (!template.isTemplate) fail(JET_errDDLNotInheritable);
  return template;
}

/**
 * Whether a cursor may change a fixed-DDL table: one opened with JET_bitTablePermitDDL, or the creator's cursor
 * of a FixedDDL table that is not a template (fcreate.cxx: "Allow DDL until table (cursor) is closed").
 */
function permitsDdl(cursor: TableCursor): boolean {
  if ((cursor.grbit & TABLE.PermitDDL) !== 0) return true;
  return (cursor.grbit & TABLE_CREATE) !== 0 && !cursor.table.isTemplate;
}

/** fcreate.cxx ErrIsamAddColumn: a fixed-DDL table takes a column only through a cursor that permits DDL. */
export function checkAddColumnDdl(cursor: TableCursor): void {
  if (cursor.table.fixedDdl && !permitsDdl(cursor)) fail(JET_errFixedDDL);
}

/** fcreate.cxx ErrIsamAddColumn: a template table takes only tagged (or long value) columns. */
export function checkTemplateColumnClass(table: TableDef, cls: 'fixed' | 'variable' | 'tagged'): void {
  if (table.isTemplate && cls !== 'tagged') fail(JET_errFixedDDL);
}

/**
 * fcreate.cxx ErrIsamCreateIndex / ErrFILEBuildIndexes: a template never takes an index, a fixed-DDL table only
 * through a cursor that permits DDL.
 */
export function checkCreateIndexDdl(cursor: TableCursor): void {
  if (cursor.table.fixedDdl && (!permitsDdl(cursor) || cursor.table.isTemplate)) fail(JET_errFixedDDL);
}

/**
 * fcreate.cxx ErrIsamDeleteColumn: nothing is deleted from a fixed-DDL table (PermitDDL or not); a derived table's
 * template column is FixedInheritedDDL unless JET_bitDeleteColumnIgnoreTemplateColumns skips the template.
 */
export function checkDeleteColumnDdl(table: TableDef, name: string, grbit: number): void {
  if (table.fixedDdl) fail(JET_errFixedDDL);
  const template = table.template;
  if (template !== null && (grbit & C.JET_bitDeleteColumnIgnoreTemplateColumns) === 0 && template.column(name) !== undefined) {
    fail(JET_errFixedInheritedDDL);
  }
}

/** fcreate.cxx ErrIsamDeleteIndex: the same for indexes (a derived table's inherited index, by name). */
export function checkDeleteIndexDdl(table: TableDef, name: string): void {
  if (table.fixedDdl) fail(JET_errFixedDDL);
  if (table.template !== null && table.template.index(name) !== undefined) fail(JET_errFixedInheritedDDL);
}

/** cat.cxx ErrCATIRenameTable: a template (its derived tables would not follow) or a fixed-DDL table keeps its name. */
export function checkRenameTableDdl(table: TableDef): void {
  if (table.isTemplate || table.fixedDdl) fail(JET_errFixedDDL);
}
