import {
  JET_errCannotDeleteSystemTable, JET_errCannotDeleteTemplateTable, JET_errCannotIndex, JET_errColumnDuplicate, JET_errColumnInUse, JET_errColumnNotFound,
  JET_errColumnRedundant, JET_errDefaultValueTooBig, JET_errExclusiveTableLockRequired, JET_errInTransaction, JET_errIndexDuplicate,
  JET_errIndexHasPrimary, JET_errIndexInUse, JET_errIndexInvalidDef, JET_errIndexMustStay,
  JET_errInvalidCreateIndex, JET_errKeyDuplicate, JET_errNullKeyDisallowed,
  JET_errPermissionDenied, JET_errTableDuplicate, JET_errTableInUse, JET_errTableLocked, JET_errTableNotEmpty,
  JET_errTransReadOnly,
} from '../constants/errors';
import { enterChange } from './gates';
import { checkIndexRequest, INDEX, IndexDef, IndexRequest, segmentsOf } from '../catalog/indexDef';
import { checkTableDensities } from '../catalog/spaceHints';
import { keyMostForPage } from '../storage/keys';
import { checkName, nameKey } from '../catalog/names';
import { checkColumnRequest, COLUMN, ColumnRequest, TableColumn } from '../catalog/tableColumn';
import { conditionsOf } from '../catalog/indexConditions';
import { entryKeysOf } from '../catalog/indexEntries';
import { checkTupleSegments, tupleLimitsOf } from '../catalog/indexTuples';
import { TableDef } from '../catalog/tableDef';
import { fail } from '../storage/failure';
import { FIXED_SIZE } from '../storage/coltyp';
import type { AttachedDatabase } from './database';
import type { Engine } from './engine';
import type { Session } from './session';
import {
  closeTableCursor, cursorsOn, markVersioned, newTableCursor, TABLE, TABLE_CREATE, TableCursor, useIndex, Where,
} from './tableCursor';
import { dropViews, indexTree, readImage } from './tableData';
import { fullRecord } from './fullRecord';
import { enterTable } from './tableNav';
import { recordUndo } from './undo';
import {
  addToCatalog, checkEntryWritable, checkNotDeleting, nameHeldElsewhere, newChange, removeFromCatalog, stampCreation,
  tableSeen,
} from './tableCatalog';
import { columnSeen, deletedColumnNamed, indexSeen, seesColumn } from './columnCatalog';
import {
  checkAddColumnDdl, checkCreateGrbit, checkCreateIndexDdl, checkDeleteColumnDdl, checkDeleteIndexDdl,
  checkTemplateColumnClass, openTemplate,
} from './templateDdl';
import { fidOf, inheritFrom, isTemplateColumnid, templateColumnid } from '../catalog/template';
import * as C from '../constants/constants';

/**
 * DDL on regular tables (fcreate.cxx). Changes to the definition apply at
 * once and, inside a transaction, record how to undo them (ese-semantics §7.8):
 * a rolled-back JetCreateTable closes every cursor on the table, a rolled-back
 * JetAddColumn / JetCreateIndex removes the column or index.
 */

export function checkDdl(db: AttachedDatabase, ses: Session): void {
  if (db.readOnly) fail(JET_errPermissionDenied);
  if (ses.readOnly) fail(JET_errTransReadOnly);
}

/**
 * What JetAddColumn brings to a column's checks (fcreate.cxx ErrIsamAddColumn): whether the session holds the table
 * exclusively (FCB::FDomainDenyReadByUs, 3400) and whether the table holds any record, even one not committed.
 */
interface AddedColumn {
  exclusive: boolean;
  hasRecords: () => boolean;
  /** Whether a deletion the session does not see holds the name. */
  heldElsewhere: (name: string) => boolean;
}

/**
 * Add a column to a definition (the column's own checks, then a free id of its class); `added` for JetAddColumn,
 * null for a column of JetCreateTableColumnIndex (a new table, held exclusively: fcreate.cxx:1287).
 */
function addColumnTo(table: TableDef, req: ColumnRequest, added: AddedColumn | null = null): { col: TableColumn; warning: number } {
  const name = checkName(req.name);
  // fcreate.cxx ErrFILEIValidateAddColumn 888-894: a template column's name is ColumnDuplicate before the definition
  // is looked at. A table's own column: JetAddColumn finds it only after the checks below (3454-3456); for the
  // columns of a new table it is checked here, as before.
  if (added === null ? table.column(name) !== undefined : table.template?.column(name) !== undefined) fail(JET_errColumnDuplicate);
  const { cls, cp, cbMax, warning } = checkColumnRequest(req, added === null || added.exclusive);
  // A user-defined default's "default" is its JET_USERDEFINEDDEFAULT (checked above), not a value of the column: the
  // column keeps no default value (the engine would compute it through a callback, which esemu does not run).
  const dflt = (req.grbit & COLUMN.UserDefinedDefault) !== 0 ? null : req.defaultValue;
  // fcreate.cxx ErrFILEIValidateAddColumn, last: a default longer than the column's size (a fixed type's, or the
  // cbMax of any other; 0 is no limit) is DefaultValueTooBig.
  const size = FIXED_SIZE[req.coltyp] ?? cbMax;
  if (dflt !== null && size !== 0 && dflt.length > size) fail(JET_errDefaultValueTooBig);
  if (added !== null) {
    // fcreate.cxx ErrIsamAddColumn 3409-3411: a template table takes only tagged (or long value) columns.
    checkTemplateColumnClass(table, cls);
    // fcreate.cxx 3419-3445: an escrow column is not added to a table with any record in it (TableNotEmpty).
    if ((req.grbit & COLUMN.EscrowUpdate) !== 0 && added.hasRecords()) fail(JET_errTableNotEmpty);
    // fcreate.cxx 3454-3456: ErrFILEICheckForDuplicateColumn; then the catalog's unique name, which a deletion the
    // session does not see still holds (bt.cxx: the insert's write conflict becomes KeyDuplicate).
    if (table.column(name) !== undefined || added.heldElsewhere(name)) fail(JET_errColumnDuplicate);
  }
  // fcreate.cxx: one version column and one autoincrement column per table, a template's counting in a derived table.
  const onePerTable = (req.grbit & COLUMN.Version) !== 0 ? COLUMN.Version : req.grbit & COLUMN.Autoincrement;
  if (onePerTable !== 0 && [...table.byId.values()].some((c) => c.has(onePerTable))) fail(JET_errColumnRedundant);
  const made = new TableColumn(name, table.nextColumnId(cls), req.coltyp, cp, cbMax, req.grbit, dflt);
  if (dflt !== null) made.checkLength(dflt.length);
  // fldmod.cxx ErrRECSetDefaultValue (fcreate.cxx 3773, once the column is made): a long value's default is kept in
  // the record, at most JET_cbLVDefaultValueMost (255) bytes.
  if (made.isLong && dflt !== null && dflt.length > C.JET_cbLVDefaultValueMost) fail(JET_errDefaultValueTooBig);
  // The default is kept as a record keeps a value of the column (a fixed Binary / Text one padded).
  const col = dflt === null || !made.reshapes ? made : made.withDefault(made.stored(dflt));
  table.addColumn(col);
  return { col, warning };
}

/** Add an index to a definition, checking the data the session sees (TableNotEmpty, KeyDuplicate). */
function addIndexTo(ses: Session, file: AttachedDatabase['file'], table: TableDef, req: IndexRequest): IndexDef {
  const name = checkName(req.name);
  if ((req.grbit & INDEX.Primary) !== 0 && table.primary !== null) fail(JET_errIndexHasPrimary);
  if (table.index(name) !== undefined) fail(JET_errIndexDuplicate);
  const { keyMost, varSegMac } = checkIndexRequest(req, keyMostForPage(ses.instance.param(C.JET_paramDatabasePageSize)));
  const tuples = tupleLimitsOf(req.grbit, keyMost, varSegMac, req.tupleLimits ?? null, (id) => ses.instance.param(id));
  // fcreate.cxx ErrFILEICreateIndex, segment by segment as each column is found: an escrow column cannot be indexed
  // (CannotIndex), a primary index cannot be over a multi-valued column, and an empty index (JET_bitIndexEmpty) not
  // over a column with a default value (IndexInvalidDef).
  const segments = segmentsOf(req.key, (n) => {
    const col = table.column(n);
    if (col === undefined) return col;
    if (col.has(COLUMN.EscrowUpdate)) fail(JET_errCannotIndex);
    if ((req.grbit & INDEX.Primary) !== 0 && col.has(COLUMN.MultiValued)) fail(JET_errIndexInvalidDef);
    if ((req.grbit & INDEX.Empty) !== 0 && col.defaultValue !== null) fail(JET_errIndexInvalidDef);
    return col;
  });
  checkTupleSegments(tuples, segments);
  const conditions = conditionsOf(req.conditional ?? [], (n) => table.column(n));
  const index = new IndexDef(file.newIndexId(), name, segments, req.grbit, keyMost, varSegMac, conditions, tuples);
  if (index.primary) {
    if (table.primary !== null) fail(JET_errIndexHasPrimary);
    if (table.store.committed.records.size > 0 || readImage(ses, table).records.size > 0) fail(JET_errTableNotEmpty);
  } else {
    // fcreate.cxx ErrFILEIBuildIndex: a NULL segment in a DisallowNull index is NullKeyDisallowed (found while the
    // records are read); then, as the sorted keys go in, a unique index over a key two records share is KeyDuplicate.
    const records = readImage(ses, table).records;
    let nulls = false;
    records.forEach((values) => {
      if (index.refusesNulls(fullRecord(table, values))) nulls = true;
    });
    if (nulls) fail(JET_errNullKeyDisallowed);
    if (index.unique) {
      const seen = new Set<string>();
      let dup = false;
      records.forEach((values) => {
        for (const key of entryKeysOf(index, fullRecord(table, values))) {
          if (seen.has(key)) dup = true;
          seen.add(key);
        }
      });
      if (dup) fail(JET_errKeyDuplicate);
    }
  }
  table.indexes.push(index);
  return index;
}

/** Run one item of a table creation; on failure tell which, then fail the whole creation. */
function reported<T>(run: () => T, onFailure: () => void): T {
  try {
    return run();
  } catch (failure) {
    onFailure();
    throw failure;
  }
}

/**
 * JET_TABLECREATE's grbit and szTemplateTableName (JetCreateTable has neither), whether it has a column array
 * (fcreate.cxx ErrFILEICreateIndexes: indexes without one are InvalidCreateIndex), and where a failure left
 * cCreated: 0 once ErrFILECreateTable has begun, 1 once the table's directory exists (then `begun`: the
 * transaction's rollback also resets the tableid).
 */
export interface CreateOptions {
  grbit: number;
  templateName: string | null;
  columnArray?: boolean;
  progress?: { created: number | null; begun: boolean };
}

export interface CreateTableResult {
  cursor: TableCursor;
  columns: TableColumn[];
}

/**
 * JetCreateTable / JetCreateTableColumnIndex*: a new table with its columns
 * and indexes, opened exclusively for its creator. When a column or an
 * index fails, `onFailure` hears which, and nothing is created.
 */
export function createTable(
  engine: Engine, ses: Session, db: AttachedDatabase, name: string, pages: number, density: number,
  columns: readonly ColumnRequest[], indexes: readonly IndexRequest[],
  onFailure: (kind: 'column' | 'index', i: number) => void = () => undefined,
  options: CreateOptions = { grbit: 0, templateName: null },
): CreateTableResult {
  if (db.readOnly) fail(JET_errPermissionDenied);
  checkCreateGrbit(options.grbit, options.templateName);
  checkDdl(db, ses);
  const progress = options.progress ?? { created: null, begun: false };
  progress.created = 0;
  const tableName = checkName(name);
  const template = options.templateName === null ? null : openTemplate(engine, ses, db, options.templateName);
  checkTableDensities(density, indexes);
  // fcreate.cxx ErrFILECreateTable: the engine's own transaction begins here (gates.ts enterChange).
  enterChange(ses);
  progress.created = 1;
  progress.begun = true;
  // cat.cxx ErrCATAddTable: the name is a unique key of the catalog, whoever's entry holds it (bt.cxx turns a
  // write conflict on it into KeyDuplicate); only an entry this session deleted is reused.
  const holder = db.file.table(tableName);
  if (holder !== undefined && holder.deletedBy !== ses) fail(JET_errTableDuplicate);
  if (nameHeldElsewhere(db.file, ses, nameKey(tableName))) fail(JET_errTableDuplicate);
  const table = new TableDef(tableName, pages, density);
  table.isTemplate = (options.grbit & C.JET_bitTableCreateTemplateTable) !== 0;
  table.fixedDdl = table.isTemplate || (options.grbit & C.JET_bitTableCreateFixedDDL) !== 0;
  if (template !== null) inheritFrom(table, template);
  const made = columns.map((c, i) => reported(() => addColumnTo(table, c).col, () => onFailure('column', i)));
  if (indexes.length > 0 && options.columnArray === false) {
    progress.created = 1 + made.length;
    fail(JET_errInvalidCreateIndex);
  }
  indexes.forEach((req, i) => reported(() => addIndexTo(ses, db.file, table, req), () => onFailure('index', i)));
  const cursor = newTableCursor(engine, ses, db, table, TABLE_CREATE | TABLE.DenyRead);
  recordUndo(ses, () => {
    for (const c of cursorsOn(engine, table)) closeTableCursor(engine, c);
    table.deleted = true;
    dropViews(engine, table);
  });
  addToCatalog(engine, ses, db.file, table);
  markVersioned(cursor);
  return { cursor, columns: made };
}

/** _cat.cxx szMSObjids, szMSExtentPageCountCache, as names compare (nameKey). */
const SYSTEM_TABLES: ReadonlySet<string> = new Set(['msysobjids', 'msysextentpagecountcache']);

/** FCB::FDomainDenyReadByUs: a cursor of this session opened the table with JET_bitTableDenyRead, or created it. */
function deniesReadToOthers(engine: Engine, ses: Session, table: TableDef): boolean {
  return cursorsOn(engine, table).some((c) => c.session === ses && (c.grbit & (TABLE.DenyRead | TABLE_CREATE)) !== 0);
}

function checkTableDdl(cursor: TableCursor): void {
  if (!cursor.updatable) fail(JET_errPermissionDenied);
  if (cursor.session.readOnly) fail(JET_errTransReadOnly);
}

/** JetAddColumn: the new column (and wrnColumnMaxTruncated when its cbMax was cut); the cursor ends before the first record. */
export function addColumn(engine: Engine, cursor: TableCursor, req: ColumnRequest): { col: TableColumn; warning: number } {
  enterTable(engine, cursor);
  checkTableDdl(cursor);
  checkAddColumnDdl(cursor);
  const table = cursor.table;
  const ses = cursor.session;
  enterChange(ses);
  const exclusive = deniesReadToOthers(engine, ses, table);
  const added = addColumnTo(table, req, {
    exclusive,
    heldElsewhere: (name) => deletedColumnNamed(ses, table, name) !== undefined,
    // fcreate.cxx 3430-3444: any node of the table, even one deleted or not committed, is a record.
    hasRecords: () => table.store.committed.records.size > 0 || [...engine.sessions.values()].some((s) => {
      const view = s.tableViews.get(table);
      return view !== undefined && (view.work ?? view.base).records.size > 0;
    }),
  });
  recordUndo(ses, () => {
    table.removeColumn(added.col);
    table.columnCreations.delete(added.col.columnid);
  });
  // fcreate.cxx ErrIsamAddColumn: versioned (FIELDSetVersioned) unless the table is held with DenyRead by the caller.
  if (!exclusive) table.columnCreations.set(added.col.columnid, newChange(engine, ses));
  markVersioned(cursor);
  beforeFirst(cursor);
  return added;
}

/** fcreate.cxx ErrIsamAddColumn / ErrIsamDeleteColumn end with the cursor (and its index's) before the first record. */
function beforeFirst(cursor: TableCursor): void {
  cursor.where = Where.Before;
  cursor.bm = null;
  cursor.entry = null;
}

/** JetCreateIndex2 with several indexes builds them in one pass: level 0 and an exclusive (DenyRead) cursor (fcreate.cxx:7592-7612). */
export function checkBatchIndexCreate(engine: Engine, cursor: TableCursor): void {
  enterTable(engine, cursor);
  // fcreate.cxx ErrFILEIBatchCreateIndex: the cursor and the transaction may write, then level 0, DenyRead, FixedDDL.
  checkTableDdl(cursor);
  if (cursor.session.level > 0) fail(JET_errInTransaction);
  if ((cursor.grbit & (TABLE.DenyRead | TABLE_CREATE)) === 0) fail(JET_errExclusiveTableLockRequired);
  checkCreateIndexDdl(cursor);
}

/** JetCreateIndex / JetCreateIndex2 (one index). */
export function createIndex(engine: Engine, cursor: TableCursor, req: IndexRequest): IndexDef {
  enterTable(engine, cursor);
  checkTableDdl(cursor);
  checkCreateIndexDdl(cursor);
  const table = cursor.table;
  enterChange(cursor.session);
  const index = addIndexTo(cursor.session, cursor.database.file, table, req);
  if (!index.primary) indexTree(readImage(cursor.session, table), table, index);
  // fcreate.cxx ErrIsamCreateIndex: versioned (SetFVersionedCreate) unless the table is held with DenyRead by the caller.
  if (!deniesReadToOthers(engine, cursor.session, table)) stampCreation(engine, cursor.session, index.creation);
  markVersioned(cursor);
  recordUndo(cursor.session, () => {
    const at = table.indexes.indexOf(index);
    if (at >= 0) table.indexes.splice(at, 1);
    for (const c of cursorsOn(engine, table)) if (c.index === index) useIndex(c, null);
  });
  return index;
}

/** JetDeleteTable: nobody may have it open (its opener included), then it is gone (§8.5). */
export function deleteTable(engine: Engine, ses: Session, db: AttachedDatabase, name: string): void {
  // fcreate.cxx ErrIsamDeleteTable: the names of two system tables (cat.hxx FCATObjidsTable,
  // FCATExtentPageCountCacheTable) are refused before anything else, though esemu has no system tables.
  if (SYSTEM_TABLES.has(nameKey(name.replace(/ +$/, '')))) fail(JET_errCannotDeleteSystemTable);
  checkDdl(db, ses);
  const tableName = checkName(name);
  enterChange(ses);
  const table = tableSeen(db.file, ses, tableName);
  checkNotDeleting(table);
  for (const c of cursorsOn(engine, table)) {
    if (c.session !== ses && (c.grbit & (TABLE.DenyRead | TABLE_CREATE)) !== 0) fail(JET_errTableLocked);
  }
  // fileopen.cxx ErrFILEISetMode, the delete's DenyRead: any cursor of another session, or one of this session
  // that is not a deferred close (closed after it changed something in this transaction), is TableInUse.
  if (cursorsOn(engine, table).some((c) => c.session !== ses || !c.deferred)) fail(JET_errTableInUse);
  // fcreate.cxx ErrFILEDeleteTable: once opened for the delete, a template table stays.
  if (table.isTemplate) fail(JET_errCannotDeleteTemplateTable);
  // cat.cxx ErrCATDeleteTable: the catalog entry another session renamed (and this one does not see) conflicts.
  checkEntryWritable(ses, table);
  removeFromCatalog(engine, ses, db.file, table);
}

/** JetDeleteColumn / JetDeleteColumn2: not while an index uses it (ColumnInUse). */
export function deleteColumn(engine: Engine, cursor: TableCursor, given: string, grbit = 0): void {
  enterTable(engine, cursor);
  // fcreate.cxx ErrIsamDeleteColumn: the name is checked before the cursor and the transaction.
  const name = checkName(given);
  checkTableDdl(cursor);
  const table = cursor.table;
  checkDeleteColumnDdl(table, name, grbit);
  // fcreate.cxx ErrFILEGetPfieldAndEnterDML: a column the session does not see yet is not found.
  const ses = cursor.session;
  const col = columnSeen(ses, table, table.ownColumn(name));
  if (table.indexes.some((i) => i.involves(col.columnid))) fail(JET_errColumnInUse);
  table.removeColumn(col);
  // fcreate.cxx ErrIsamDeleteColumn: versioned (FIELDSetVersioned) unless the table is held with DenyRead by the
  // caller: the others keep the column until the delete is committed before their transaction (tableCatalog.ts).
  const versioned = !deniesReadToOthers(engine, ses, table);
  if (versioned) table.columnDeletions.set(col.columnid, { col, deletion: newChange(engine, ses) });
  recordUndo(ses, () => {
    table.addColumn(col);
    if (versioned) table.columnDeletions.delete(col.columnid);
  });
  markVersioned(cursor);
  beforeFirst(cursor);
}

/** JetDeleteIndex: the primary index must stay; one that a cursor has current is in use. */
export function deleteIndex(engine: Engine, cursor: TableCursor, given: string): void {
  enterTable(engine, cursor);
  // fcreate.cxx ErrIsamDeleteIndex: the name is checked before the cursor and the transaction.
  const name = checkName(given);
  checkTableDdl(cursor);
  const table = cursor.table;
  checkDeleteIndexDdl(table, name);
  const index = indexSeen(cursor.session, table.index(name));
  if (index.primary) fail(JET_errIndexMustStay);
  // fcb.cxx FCB::ErrSetDeleteIndex: IndexInUse while any cursor has the index current, the caller's own included.
  if (cursorsOn(engine, table).some((c) => c.index === index)) fail(JET_errIndexInUse);
  table.indexes.splice(table.indexes.indexOf(index), 1);
  recordUndo(cursor.session, () => table.indexes.push(index));
  markVersioned(cursor);
}

/** The column a JetGetTableColumnInfo names. */
export function columnByName(engine: Engine, cursor: TableCursor, name: string): TableColumn {
  enterTable(engine, cursor);
  // fcreate.cxx ErrFILEIScanForColumnName: a versioned column is looked up in the catalog with the caller's session.
  if (name === '') fail(JET_errColumnNotFound);
  const checked = checkName(name);
  const table = cursor.table;
  const ses = cursor.session;
  // The name's column as the session sees it: the current one, else one whose deletion it does not see yet (the
  // catalog's entry as it was: a name deleted and added again in one transaction still leads the others to the old).
  const live = table.column(checked);
  const col = live !== undefined && seesColumn(ses, table, live) ? live : deletedColumnNamed(ses, table, checked) ?? live;
  return columnSeen(ses, table, col);
}

/**
 * The column a JetGetTableColumnInfo(JET_ColInfoByColid) names (info.cxx ErrINFOGetTableColumnInfo): found by its
 * FID in the table, or in the template for an id with the template bit on a derived table; a template table finds
 * its column by FID whatever the id's high bits.
 */
export function columnById(engine: Engine, cursor: TableCursor, columnid: number): TableColumn {
  enterTable(engine, cursor);
  const table = cursor.table;
  const fid = fidOf(columnid);
  const key = table.isTemplate || isTemplateColumnid(columnid) ? templateColumnid(fid) : fid;
  // info.cxx ErrINFOGetTableColumnInfo reads the definition by id without asking the catalog (ErrRECIAccessColumn):
  // a column another session added and has not committed is described all the same.
  const col = table.byId.get(key);
  if (col === undefined) fail(JET_errColumnNotFound);
  return col;
}
