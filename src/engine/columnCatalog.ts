import { JET_errBadColumnId, JET_errColumnNotFound, JET_errIndexNotFound } from '../constants/errors';
import { columnidValid } from '../catalog/columns';
import type { IndexDef } from '../catalog/indexDef';
import { nameKey } from '../catalog/names';
import type { TableColumn } from '../catalog/tableColumn';
import type { TableDef } from '../catalog/tableDef';
import { fail } from '../storage/failure';
import type { Session } from './session';
import { sees } from './tableCatalog';
import type { TableCursor } from './tableCursor';

/*
 * The columns and indexes of a table as a session sees them: added, or deleted, without DenyRead, they follow the
 * catalog's versioning (tableCatalog.ts has the rule and the tables' side).
 */

/** Does the session see this column of the table? */
export function seesColumn(ses: Session, table: TableDef, col: TableColumn): boolean {
  const made = table.columnCreations.get(col.columnid);
  return made === undefined || sees(ses, made);
}

/** A column found by id or name, or ColumnNotFound when the session does not see it. */
export function columnSeen(ses: Session, table: TableDef, col: TableColumn | undefined): TableColumn {
  if (col === undefined || !seesColumn(ses, table, col)) fail(JET_errColumnNotFound);
  return col;
}

/**
 * A column deleted without DenyRead is flagged versioned too (fcreate.cxx ErrIsamDeleteColumn: FIELDSetVersioned
 * unless FDomainDenyReadByUs), and the catalog, read with the caller's session, still holds it for a session that
 * does not see the deletion (an uncommitted one of another session, or one committed after its transaction began):
 * for that session the column is still there, by id and by name.
 */
export function deletedColumnSeen(ses: Session, table: TableDef, columnid: number): TableColumn | undefined {
  const gone = table.columnDeletions.get(columnid);
  return gone !== undefined && !sees(ses, gone.deletion) ? gone.col : undefined;
}

/** The same, by name (another session's pending deletion holds the name: nobody else may add it, ColumnDuplicate). */
export function deletedColumnNamed(ses: Session, table: TableDef, name: string): TableColumn | undefined {
  if (table.columnDeletions.size === 0) return undefined;
  const key = nameKey(name);
  for (const { col } of table.columnDeletions.values()) {
    const seen = nameKey(col.name) === key ? deletedColumnSeen(ses, table, col.columnid) : undefined;
    if (seen !== undefined) return seen;
  }
  return undefined;
}

/** Every column of a table a session sees, in no particular order. */
export function columnsSeen(ses: Session, table: TableDef): TableColumn[] {
  const cols = [...table.byId.values()].filter((c) => seesColumn(ses, table, c));
  for (const { col } of table.columnDeletions.values()) if (deletedColumnSeen(ses, table, col.columnid) !== undefined) cols.push(col);
  return cols;
}

/** The column a cursor's call names by id: ColumnNotFound when there is none, or its session does not see it. */
export function columnOf(cursor: TableCursor, columnid: number): TableColumn {
  if (!columnidValid(columnid)) fail(JET_errBadColumnId);
  const table = cursor.table;
  const col = table.columnById(columnid) ?? (table.columnDeletions.size === 0 ? undefined : deletedColumnSeen(cursor.session, table, columnid));
  if (col === undefined) fail(JET_errColumnNotFound);
  // Most tables have no column another session may not see yet: one size check on the path of every set and read.
  if (table.columnCreations.size !== 0) columnSeen(cursor.session, table, col);
  return col;
}

/** An index found by name, or IndexNotFound when the session does not see it. */
export function indexSeen(ses: Session, index: IndexDef | undefined): IndexDef {
  if (index === undefined || !sees(ses, index.creation)) fail(JET_errIndexNotFound);
  return index;
}

/** The indexes of a cursor's table its session sees (info.cxx: the lists and counts skip the others). */
export function indexesSeen(cursor: TableCursor): IndexDef[] {
  return cursor.table.indexes.filter((i) => sees(cursor.session, i.creation));
}
