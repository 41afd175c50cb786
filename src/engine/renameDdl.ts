import {
  JET_errColumnNotFound, JET_errInTransaction, JET_errKeyDuplicate, JET_errPermissionDenied, JET_errTransReadOnly,
} from '../constants/errors';
import { checkName, nameKey } from '../catalog/names';
import { fail } from '../storage/failure';
import type { AttachedDatabase } from './database';
import type { Engine } from './engine';
import type { Session } from './session';
import { checkEntryWritable, nameHeldElsewhere, renameInCatalog, tableSeen } from './tableCatalog';
import type { TableCursor } from './tableCursor';
import { checkDdl } from './tableDdl';
import { enterTable } from './tableNav';
import { checkRenameTableDdl } from './templateDdl';

/** JetRenameTable and JetRenameColumn (fcreate.cxx ErrIsamRenameTable / ErrIsamRenameColumn, cat.cxx). */

/** JetRenameTable: a versioned change of the catalog (KeyDuplicate when the new name is taken: the catalog's unique index). */
export function renameTable(engine: Engine, ses: Session, db: AttachedDatabase, from: string, to: string): void {
  checkDdl(db, ses);
  // fcreate.cxx ErrIsamRenameTable: both names are checked before the table is looked for.
  const oldName = checkName(from);
  const newName = checkName(to);
  const table = tableSeen(db.file, ses, oldName);
  // cat.cxx ErrCATRenameTable replaces the catalog entry: one another session deletes or renamed is a write conflict.
  checkEntryWritable(ses, table);
  checkRenameTableDdl(table);
  // No check of its own: the catalog's unique index on names refuses the update (KeyDuplicate), whoever holds the name.
  const other = db.file.table(newName);
  if ((other !== undefined && other !== table) || nameHeldElsewhere(db.file, ses, nameKey(newName))) fail(JET_errKeyDuplicate);
  renameInCatalog(engine, ses, db.file, table, newName);
}

/** JetRenameColumn: only at level 0 (fcreate.cxx:9537-9540). */
export function renameColumn(engine: Engine, cursor: TableCursor, from: string, to: string): void {
  enterTable(engine, cursor);
  // fcreate.cxx ErrIsamRenameColumn: the transaction may write, it is at level 0, both names are valid; the cursor
  // itself is never checked (a read-only one renames too).
  if (cursor.session.readOnly) fail(JET_errTransReadOnly);
  if (cursor.session.level > 0) fail(JET_errInTransaction);
  const oldName = checkName(from);
  const newName = checkName(to);
  const table = cursor.table;
  // cat.cxx ErrCATRenameColumn looks in the table's own columns: a derived table's template column is not found.
  const col = table.ownColumn(oldName);
  if (col === undefined) fail(JET_errColumnNotFound);
  // The catalog's update: refused on a database attached read-only, and by its unique index on names (KeyDuplicate).
  if (cursor.database.readOnly) fail(JET_errPermissionDenied);
  const other = table.column(newName);
  if (other !== undefined && other !== col) fail(JET_errKeyDuplicate);
  // A template's column is renamed in the tables derived from it too: they read the template's definition.
  table.replaceColumn(col, col.renamed(newName), cursor.database.file.derivedFrom(table));
}
