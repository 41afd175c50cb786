import { JET_errNoCurrentRecord } from '../constants/errors';
import { COUNTRY_DEFAULT, LANGID_DEFAULT } from '../catalog/locale';
import * as C from '../constants/constants';
import type { ColumnSpec } from '../catalog/columns';
import { COLTYP } from '../storage/coltyp';
import { objectFlags, recordOrder } from '../catalog/template';
import { EngineFailure } from '../storage/failure';
import type { Cursor } from './cursor';
import { move, MOVE_FIRST } from './cursorMove';
import { prepareUpdate, setColumn, update } from './cursorUpdate';
import type { Engine } from './engine';
import { openTempTable } from './openTempTable';
import type { Session } from './session';
import type { TableCursor } from './tableCursor';
import type { DatabaseFile } from '../catalog/databaseFile';
import { enterTable } from './tableNav';
import { columnsSeen, indexesSeen, indexSeen } from './columnCatalog';
import { tableSeen, tablesSeenBy } from './tableCatalog';
import type { TableDef } from '../catalog/tableDef';
import { checkName } from '../catalog/names';
import { statsSeen } from './cursorHints';

/**
 * The list forms of the info calls hand back a temp table of rows (info.cxx):
 * opened Scrollable | Indexed with the engine's column layout, filled, and
 * moved to its first row.
 */

const KEY = C.JET_bitColumnTTKey;
const FIXED = C.JET_bitColumnFixed;

/** info.cxx rgcolumndefGetColumnInfo_A: the JET_COLUMNLIST table's columns, in the engine's order. */
const COLUMN_LIST: readonly ColumnSpec[] = [
  { coltyp: COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED | KEY }, // presentation order
  { coltyp: COLTYP.Text, cp: 0, cbMax: 0, grbit: KEY }, // column name
  { coltyp: COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // column id
  { coltyp: COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // column type
  { coltyp: COLTYP.Short, cp: 0, cbMax: 0, grbit: FIXED }, // country
  { coltyp: COLTYP.Short, cp: 0, cbMax: 0, grbit: FIXED }, // langid
  { coltyp: COLTYP.Short, cp: 0, cbMax: 0, grbit: FIXED }, // code page
  { coltyp: COLTYP.Short, cp: 0, cbMax: 0, grbit: FIXED }, // collate
  { coltyp: COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // size
  { coltyp: COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // grbit
  { coltyp: COLTYP.LongBinary, cp: 0, cbMax: 0, grbit: 0 }, // default value
  { coltyp: COLTYP.Text, cp: 0, cbMax: 0, grbit: 0 }, // base table name
  { coltyp: COLTYP.Text, cp: 0, cbMax: 0, grbit: 0 }, // base column name
];

/** The column ids of a JET_COLUMNLIST table, in COLUMN_LIST's order. */
export interface ColumnListResult {
  cursor: Cursor;
  count: number;
  ids: number[];
}

/** A result table: Scrollable | Indexed, the key sizes of JET_cbKeyMost_OLD (info.cxx). */
function resultTable(engine: Engine, ses: Session, columns: readonly ColumnSpec[]): { list: Cursor; ids: number[] } {
  const list = openTempTable(engine, ses, { columns, grbit: C.JET_bitTTScrollable | C.JET_bitTTIndexed, keyMost: 255, varSegMac: 255 });
  return { list, ids: list.table.columns.map((c) => c.columnid) };
}

/** Hand a filled result table back on its first row (or before it, when empty). */
function toFirstRow(engine: Engine, list: Cursor): void {
  try {
    move(engine, list, MOVE_FIRST, 0);
  } catch (caught) {
    if (!(caught instanceof EngineFailure) || caught.code !== JET_errNoCurrentRecord) throw caught;
  }
}

function int(n: number, size: number): Uint8Array {
  const b = new Uint8Array(size);
  const v = new DataView(b.buffer);
  if (size === 2) v.setInt16(0, n, true);
  else v.setInt32(0, n, true);
  return b;
}

function ascii(s: string): Uint8Array {
  return Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
}

/**
 * JetGetTableColumnInfo(JET_ColInfoList / JET_ColInfoListSortColumnid): one
 * row per column, ordered by name (or by column id when `byColumnid`).
 */
export function columnList(
  engine: Engine, cursor: TableCursor, byColumnid: boolean, updatable: boolean, ownOnly = false, minimal = false,
): ColumnListResult {
  enterTable(engine, cursor);
  const ses = cursor.session;
  const { list, ids } = resultTable(engine, ses, COLUMN_LIST);
  const table = cursor.table;
  // info.cxx ErrInfoGetTableColumnInfoList: a derived table's template columns first, unless NonDerivedColumnsOnly.
  // ...skipping the columns the session does not see (ErrRECIAccessColumn's ColumnNotFound).
  const columns = columnsSeen(ses, table).filter((c) => !ownOnly || !table.inherited(c));
  columns.sort((a, b) => recordOrder(a.columnid, b.columnid));
  for (const col of columns) {
    prepareUpdate(engine, list, C.JET_prepInsert);
    const set = (i: number, v: Uint8Array | null): void => void setColumn(engine, list, ids[i], v, 0, true);
    if (byColumnid) set(0, int(col.columnid, 4));
    set(1, ascii(col.name));
    set(2, int(col.columnid, 4));
    // info.cxx ErrInfoSetTableColumnInfoList: with JET_ColInfoGrbitMinimalInfo, only the name and the id.
    if (!minimal) {
      set(3, int(col.coltyp, 4));
      set(4, int(COUNTRY_DEFAULT, 2));
      set(5, int(LANGID_DEFAULT, 2));
      set(6, int(col.cp, 2));
      set(7, int(0, 2));
      set(8, int(col.fixedSize !== 0 ? col.fixedSize : col.cbMax, 4));
      set(9, int(col.infoGrbit | (updatable ? C.JET_bitColumnUpdatable : 0), 4));
      set(10, col.defaultValue);
      set(11, ascii(table.name));
      set(12, ascii(col.name));
    }
    update(engine, list);
  }
  toFirstRow(engine, list);
  return { cursor: list, count: columns.length, ids };
}

/** info.cxx rgcolumndefGetObjectInfo_A: the JET_OBJECTLIST table's columns. */
const OBJECT_LIST: readonly ColumnSpec[] = [
  { coltyp: COLTYP.Text, cp: 0, cbMax: 0, grbit: KEY }, // container name
  { coltyp: COLTYP.Text, cp: 0, cbMax: 0, grbit: KEY }, // object name
  { coltyp: COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // object type
  { coltyp: COLTYP.DateTime, cp: 0, cbMax: 0, grbit: FIXED }, // created (never set)
  { coltyp: COLTYP.DateTime, cp: 0, cbMax: 0, grbit: FIXED }, // updated (never set)
  { coltyp: COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // records
  { coltyp: COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // pages
  { coltyp: COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // grbit
  { coltyp: COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // flags
];

/**
 * The grbit a table's object info carries (info.cxx: bookmarks, rollback, and Updatable from the catalog's cursor,
 * which is updatable unless the database is attached read-only: fucb.cxx ErrFUCBOpen).
 */
export function objectInfoGrbit(readOnly: boolean): number {
  const grbit = C.JET_bitTableInfoBookmark | C.JET_bitTableInfoRollback;
  return readOnly ? grbit : grbit | C.JET_bitTableInfoUpdatable;
}

/**
 * JetGetObjectInfo(JET_ObjInfoList / ListNoStats): one row per table of the
 * database ("Tables" container, JET_objtypTable), ordered by name. Statistics
 * are those JetComputeStats kept (0 before it, and with ListNoStats); esemu has no pages: cPage 0. `readOnly`: the
 * database is attached read-only (objectInfoGrbit).
 */
export function objectList(engine: Engine, ses: Session, file: DatabaseFile, objtyp: number, stats: boolean, readOnly: boolean): ColumnListResult {
  const { list, ids } = resultTable(engine, ses, OBJECT_LIST);
  let count = 0;
  if (objtyp === C.JET_objtypNil || objtyp === C.JET_objtypTable) {
    for (const { table, name } of tablesSeenBy(file, ses)) {
      prepareUpdate(engine, list, C.JET_prepInsert);
      const set = (i: number, v: Uint8Array | null): void => void setColumn(engine, list, ids[i], v, 0, true);
      set(0, ascii('Tables'));
      set(1, ascii(name));
      set(2, int(C.JET_objtypTable, 4));
      set(5, int(stats ? statsSeen(ses, table) : 0, 4));
      set(6, int(0, 4));
      set(7, int(objectInfoGrbit(readOnly), 4));
      set(8, int(objectFlags(table), 4));
      update(engine, list);
      count += 1;
    }
  }
  toFirstRow(engine, list);
  return { cursor: list, count, ids };
}

/** info.cxx rgcolumndefGetIndexInfo_A: the JET_INDEXLIST table's columns (index name and key position are the key). */
const INDEX_LIST: readonly ColumnSpec[] = [
  { coltyp: COLTYP.Text, cp: 0, cbMax: 0, grbit: KEY }, // index name
  { coltyp: COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // index grbit
  { coltyp: COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // distinct keys
  { coltyp: COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // entries
  { coltyp: COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // pages
  { coltyp: COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // key columns
  { coltyp: COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED | KEY }, // this column's place in the key
  { coltyp: COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // column id
  { coltyp: COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // column type
  { coltyp: COLTYP.Short, cp: 0, cbMax: 0, grbit: FIXED }, // country
  { coltyp: COLTYP.Short, cp: 0, cbMax: 0, grbit: FIXED }, // langid
  { coltyp: COLTYP.Short, cp: 0, cbMax: 0, grbit: FIXED }, // code page
  { coltyp: COLTYP.Short, cp: 0, cbMax: 0, grbit: FIXED }, // collate
  { coltyp: COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // column grbit (ascending / descending)
  { coltyp: COLTYP.Text, cp: 0, cbMax: 0, grbit: 0 }, // column name
  { coltyp: COLTYP.Long, cp: 0, cbMax: 0, grbit: FIXED }, // LCMap flags
];

/**
 * JetGetTableIndexInfo(JET_IdxInfoList): one row per key column of each index
 * (or of the one named), ordered by index name, then key position. Statistics
 * (keys, entries, pages) are 0, as without JetComputeStats.
 */
export function indexList(engine: Engine, cursor: TableCursor, only: string | null): ColumnListResult {
  enterTable(engine, cursor);
  // A name given must be an index the session sees (IndexNotFound), before the result table is made.
  const named = only === null ? null : indexSeen(cursor.session, cursor.table.index(only));
  const { list, ids } = resultTable(engine, cursor.session, INDEX_LIST);
  let count = 0;
  for (const index of indexesSeen(cursor)) {
    if (named !== null && index !== named) continue;
    index.segments.forEach((seg, i) => {
      prepareUpdate(engine, list, C.JET_prepInsert);
      const set = (at: number, v: Uint8Array): void => void setColumn(engine, list, ids[at], v, 0, true);
      set(0, ascii(index.name));
      set(1, int(index.grbit, 4));
      set(2, int(0, 4));
      set(3, int(0, 4));
      set(4, int(0, 4));
      set(5, int(index.segments.length, 4));
      set(6, int(i, 4));
      set(7, int(seg.column.columnid, 4));
      set(8, int(seg.column.coltyp, 4));
      // info.cxx ErrINFOGetTableIndexInfo: the default country, and the langid of the index's locale (esemu keeps
      // none: the instance's default, en-US).
      set(9, int(COUNTRY_DEFAULT, 2));
      set(10, int(LANGID_DEFAULT, 2));
      set(11, int(seg.column.cp, 2));
      set(12, int(0, 2));
      set(13, int(seg.descending ? C.JET_bitKeyDescending : C.JET_bitKeyAscending, 4));
      // The column's name now (info.cxx reads it from the table's columns): a rename shows.
      set(14, ascii(cursor.table.byId.get(seg.column.columnid)?.name ?? seg.column.name));
      set(15, int(0, 4));
      update(engine, list);
      count += 1;
    });
  }
  toFirstRow(engine, list);
  return { cursor: list, count, ids };
}

/** JetGetTableIndexInfo(JET_IdxInfoCount): the indexes the session sees, the sequential order of a table without a primary index counting as one. */
export function indexCount(engine: Engine, cursor: TableCursor): number {
  enterTable(engine, cursor);
  return 1 + indexesSeen(cursor).filter((i) => !i.primary).length;
}

/**
 * JET_IdxInfoKeyMost / JET_IdxInfoVarSegMac (cat.cxx ErrCATGetIndexKeyMost / ErrCATGetIndexVarSegMac): the named
 * index, sought in the catalog as the session sees it (no name finds none: IndexNotFound); its cbKeyMost, and its
 * cbVarSegMac when one was given, else the key's most.
 */
export function indexKeySizes(engine: Engine, cursor: TableCursor, name: string | null): { keyMost: number; varSegMac: number } {
  enterTable(engine, cursor);
  return keySizesOf(cursor.session, cursor.table, name);
}

/**
 * JetGetIndexInfo at the same two levels (info.cxx ErrIsamGetIndexInfo): the table is only looked up in the catalog
 * as the session sees it (FCATHashLookup / ErrCATSeekTable), not opened, so no cursor's lock (another session's
 * DenyRead) and no delete in progress stand in the way.
 */
export function indexKeySizesByName(ses: Session, file: DatabaseFile, table: string, name: string | null): { keyMost: number; varSegMac: number } {
  const found = tableSeen(file, ses, table);
  // Then the index name, as at every level (ErrINFOGetTableIndexInfo).
  return keySizesOf(ses, found, name === null || name === '' ? null : checkName(name));
}

function keySizesOf(ses: Session, table: TableDef, name: string | null): { keyMost: number; varSegMac: number } {
  const index = indexSeen(ses, name === null ? undefined : table.index(name));
  return { keyMost: index.keyMost, varSegMac: index.varSegMac };
}
