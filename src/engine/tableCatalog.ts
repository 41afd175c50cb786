import { JET_errColumnNotFound, JET_errIndexNotFound, JET_errObjectNotFound, JET_errTableLocked } from '../constants/errors';
import type { DatabaseFile } from '../catalog/databaseFile';
import type { IndexDef } from '../catalog/indexDef';
import { nameKey } from '../catalog/names';
import type { TableColumn } from '../catalog/tableColumn';
import type { Creation } from '../catalog/creation';
import type { TableDef } from '../catalog/tableDef';
import { fail } from '../storage/failure';
import type { Engine } from './engine';
import type { Session } from './session';
import type { TableCursor } from './tableCursor';
import { recordUndo } from './undo';

/**
 * Which tables, columns and indexes a session sees. The engine keeps its
 * catalog (MSysObjects) in a table of its own, versioned like any other:
 *
 * - A table is found by seeking its name there with the caller's session
 *   (fileopen.cxx ErrFILEOpenTable: ErrCATSeekTable, in a read-only transaction
 *   of its own outside one). The catalog's name hash, which would skip that
 *   seek, learns a new table only when its creation's version is cleaned up
 *   (ver.cxx, operCreateTable), once no transaction older than the commit is
 *   left. So a table is seen by the session that created it, and by the others
 *   once the creation committed before their transaction began (at once
 *   outside a transaction).
 * - A column or index added while the table is not held with DenyRead by its
 *   creator is flagged versioned (fcreate.cxx ErrIsamAddColumn / ErrIsamCreateIndex:
 *   FIELDSetVersioned, SetFVersionedCreate), and every use of it asks the
 *   catalog with the caller's session (fldext.cxx ErrRECIAccessColumn and
 *   fcreate.cxx ErrFILEIScanForColumnName: ColumnNotFound; file.hxx
 *   ErrFILEIAccessIndex: IndexNotFound), the same rule; lists skip it (info.cxx).
 *   Added under DenyRead it is not versioned: everybody sees it at once.
 * - A table deleted in a transaction stays in the catalog for the others until
 *   the delete commits, and its FCB is marked delete-pending at once: opening
 *   it answers TableLocked (fileopen.cxx ErrFILEISetMode, FDeletePending),
 *   while the session that deleted it no longer finds it.
 */
export function sees(ses: Session, made: Creation): boolean {
  if (made.by !== null) return made.by === ses;
  return made.at < ses.trxBegin0;
}

export function seesTable(ses: Session, table: TableDef): boolean {
  return table.deletedBy !== ses && sees(ses, table.creation);
}

/**
 * The entry of a name the session sees: the table there, or the one it replaced (a session deleted a table and
 * created another of the same name in one transaction: the catalog entry is reused, and the others read it as it
 * was before that transaction's first change, ver.cxx ErrVERAccessNode: the old table, delete-pending).
 */
function entrySeen(ses: Session, table: TableDef | undefined): TableDef | undefined {
  for (let t = table ?? null; t !== null; t = t.replaced) if (seesTable(ses, t)) return t;
  return undefined;
}

/** The table a session finds by name in the catalog (ObjectNotFound when it does not see one). */
export function tableSeen(file: DatabaseFile, ses: Session, name: string): TableDef {
  const table = entrySeen(ses, file.table(name));
  if (table === undefined) fail(JET_errObjectNotFound);
  return table;
}

/** Opening a table another session is deleting: TableLocked (checked once the open's grbits are). */
export function checkNotDeleting(table: TableDef): void {
  if (table.deletedBy !== null) fail(JET_errTableLocked);
}

/** The tables of a file that a session sees, in the file's order. */
export function tablesSeenBy(file: DatabaseFile, ses: Session): TableDef[] {
  const seen: TableDef[] = [];
  for (const entry of file.tables.values()) {
    const t = entrySeen(ses, entry);
    if (t !== undefined) seen.push(t);
  }
  return seen;
}

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

/**
 * Stamp a creation: the session's until its transaction commits (a rollback
 * undoes the creation itself), or committed now, stamped with the clock, for
 * one made outside a transaction.
 */
export function stampCreation(engine: Engine, ses: Session, made: Creation): void {
  if (ses.level === 0) {
    made.at = ++engine.trxClock;
    return;
  }
  made.by = ses;
  ses.onCommit.push((now) => {
    if (made.by !== ses) return;
    made.by = null;
    made.at = now;
  });
}

/**
 * Put a new table in the catalog. A table the same session deleted under the
 * same name is replaced (the engine reuses the catalog's deleted entry); a
 * rollback puts it back.
 */
export function addToCatalog(engine: Engine, ses: Session, file: DatabaseFile, table: TableDef): void {
  const key = nameKey(table.name);
  const before = file.tables.get(key);
  file.tables.set(key, table);
  stampCreation(engine, ses, table.creation);
  if (before !== undefined && ses.level > 0) {
    table.replaced = before;
    // Once committed, the old table is gone for everybody (docs/differences.md: older transactions included).
    ses.onCommit.push(() => {
      table.replaced = null;
    });
  }
  recordUndo(ses, () => {
    table.creation.by = null;
    if (before === undefined) file.tables.delete(key);
    else file.tables.set(key, before);
  });
}

/** Take a table out of the catalog: at once outside a transaction, when the transaction commits inside one. */
export function removeFromCatalog(ses: Session, file: DatabaseFile, table: TableDef): void {
  table.deleted = true;
  const key = nameKey(table.name);
  if (ses.level === 0) {
    file.tables.delete(key);
    return;
  }
  table.deletedBy = ses;
  ses.onCommit.push(() => {
    if (table.deletedBy !== ses) return;
    table.deletedBy = null;
    if (file.tables.get(key) === table) file.tables.delete(key);
  });
  recordUndo(ses, () => {
    table.deletedBy = null;
    table.deleted = false;
  });
}

/** A transaction's commit to level 0 makes its creations and deletions everybody's, stamped with the clock. */
export function commitCatalog(engine: Engine, ses: Session): void {
  const hooks = ses.onCommit;
  if (hooks.length === 0) return;
  const now = ++engine.trxClock;
  for (const hook of hooks) hook(now);
}
