import { statsSeen } from './cursorHints';
import {
  JET_errBufferTooSmall, JET_errFeatureNotAvailable, JET_errInvalidBufferSize, JET_errInvalidOperation,
  JET_errInvalidParameter,
} from '../constants/errors';
import * as C from '../constants/constants';
import { COLUMN } from '../catalog/tableColumn';
import { objectFlags } from '../catalog/template';
import { fail } from '../storage/failure';
import { enter, requireReadable, store } from './cursor';
import type { AnyCursor } from './cursorSet';
import type { Engine } from './engine';
import { TableCursor } from './tableCursor';
import { enterTable } from './tableNav';

/**
 * JetGetTableInfo (info.cxx ErrIsamGetTableInfo for tables, sortapi.cxx
 * ErrIsamSortGetTableInfo for sorts and temp tables). The answer is what the
 * API layer puts in the caller's box: a JET_OBJECTINFO-shaped object, a
 * name, a number, or nothing (undefined).
 */

/** sizeof(JET_OBJECTINFO): cbStruct, objtyp, two 8-byte dates, grbit, flags, cRecord, cPage. */
export const OBJECTINFO_SIZE = 40;
/** sizeof(JET_DBID) and sizeof(OBJID): a ULONG. */
const ULONG_SIZE = 4;

export interface ObjectInfo {
  cbStruct: number;
  objtyp: number;
  grbit: number;
  flags: number;
  cRecord: number;
  cPage: number;
}

/** A sort or temp table knows only JET_TblInfo; its record count is the rows it holds. */
function tempTableInfo(engine: Engine, cursor: Exclude<AnyCursor, TableCursor>, room: number, level: number): ObjectInfo {
  const table = enter(engine, cursor);
  // While a sort collects rows its dispatch table has no GetTableInfo (ErrIllegalGetTableInfo).
  requireReadable(table);
  if (level !== C.JET_TblInfo) fail(JET_errInvalidOperation);
  if (room < OBJECTINFO_SIZE) fail(JET_errInvalidParameter);
  return { cbStruct: OBJECTINFO_SIZE, objtyp: C.JET_objtypTable, grbit: 0, flags: 0, cRecord: store(table).size, cPage: 0 };
}

/** JET_TblInfoRetrieveAndReserveAutoIncrement (fldmod.cxx ErrRECRetrieveAndReserveAutoInc): take the next value. */
function reserveAutoIncrement(cursor: TableCursor, room: number): number {
  const table = cursor.table;
  const col = table.autoIncColumn;
  if (col === undefined) fail(JET_errInvalidOperation);
  if (col.defaultValue !== null || col.has(COLUMN.UserDefinedDefault)) fail(JET_errInvalidOperation);
  if (room !== col.fixedSize) fail(JET_errInvalidBufferSize);
  return table.autoIncNext++;
}

/**
 * The answer for one info level. Levels the engine answers from pages and
 * extents (space usage, allocation, owned / available space, LV chunk size,
 * object id) have no in-memory counterpart and answer FeatureNotAvailable,
 * as do the levels the engine itself does not know (MostMany, Rvt, OLC,
 * ResetOLC, DumpTable and any other number).
 */
export function tableInfo(engine: Engine, cursor: AnyCursor, room: number, level: number): ObjectInfo | string | number | undefined {
  if (!(cursor instanceof TableCursor)) return tempTableInfo(engine, cursor, room, level);
  enterTable(engine, cursor);
  switch (level) {
    case C.JET_TblInfo: {
      if (room < OBJECTINFO_SIZE) fail(JET_errBufferTooSmall);
      const grbit = C.JET_bitTableInfoBookmark | C.JET_bitTableInfoRollback | (cursor.updatable ? C.JET_bitTableInfoUpdatable : 0);
      // Statistics are those JetComputeStats kept in the catalog (none before it); esemu has no pages.
      return { cbStruct: OBJECTINFO_SIZE, objtyp: C.JET_objtypTable, grbit, flags: objectFlags(cursor.table), cRecord: statsSeen(cursor.session, cursor.table), cPage: 0 };
    }
    case C.JET_TblInfoName:
      // The name and its terminating NUL must fit.
      if (cursor.table.name.length >= room) fail(JET_errBufferTooSmall);
      return cursor.table.name;
    case C.JET_TblInfoTemplateTableName:
      if (room <= C.JET_cbNameMost) fail(JET_errBufferTooSmall);
      // The template's name, or the empty string for a table not derived from one.
      return cursor.table.template?.name ?? '';
    case C.JET_TblInfoDbid:
      if (room < ULONG_SIZE) fail(JET_errBufferTooSmall);
      return cursor.database.dbid;
    case C.JET_TblInfoEncryptionKey:
      // No key was given when the table was opened: nothing is copied.
      return undefined;
    case C.JET_TblInfoRetrieveAndReserveAutoIncrement:
      return reserveAutoIncrement(cursor, room);
    default:
      fail(JET_errFeatureNotAvailable);
  }
}
