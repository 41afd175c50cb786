import { COUNTRY_DEFAULT, LANGID_DEFAULT } from '../catalog/locale';
import {
  JET_errBufferTooSmall, JET_errFeatureNotAvailable, JET_errInvalidParameter,
} from '../constants/errors';
import * as C from '../constants/constants';
import { checkName } from '../catalog/names';
import type { Engine } from '../engine/engine';
import type { TableCursor } from '../engine/tableCursor';
import { columnById, columnByName } from '../engine/tableDdl';
import { columnidArg, optionalString } from './args';
import { columnList, indexCount, indexKeySizes, indexList } from '../engine/tableInfo';
import { enterTable } from '../engine/tableNav';
import { fail } from '../storage/failure';
import type { JET_COLUMNBASE, JET_COLUMNDEF_INFO, JET_COLUMNID, JET_COLUMNLIST, JET_INDEXLIST, JET_TABLEID } from './types';

/**
 * The answers of the column and index info calls, shared by the cursor forms
 * (JetGetTableColumnInfo, JetGetTableIndexInfo) and the forms that name the
 * table (JetGetColumnInfo, JetGetIndexInfo, whose internal cursor is never
 * updatable: info.cxx resets the flag after opening).
 */

/** sizeof(JET_COLUMNDEF): cbStruct, columnid, coltyp, wCountry, langid, cp, wCollate, cbMax, grbit. */
const JET_COLUMNDEF_SIZE = 28;
/** sizeof(JET_COLUMNLIST) on x64: cbStruct, an 8-byte tableid, cRecord and 14 column ids, padded to 8. */
const JET_COLUMNLIST_SIZE = 80;
/** sizeof(JET_COLUMNBASE_A): 4 x 4 bytes, 4 x 2, 2 x 4, then two names of 256 characters. */
const JET_COLUMNBASE_SIZE = 540;
/** sizeof(JET_INDEXLIST) on x64 (cbStruct, an 8-byte tableid, cRecord, 16 column ids, padded to 8). */
const JET_INDEXLIST_SIZE = 88;
/** The struct before columnidLCMapFlags was added (info.cxx cbIDXLISTNewMembersSinceOriginalFormat): still accepted. */
const JET_INDEXLIST_ORIGINAL_SIZE = JET_INDEXLIST_SIZE - 4;

function isListLevel(level: number): boolean {
  const base = level & 0x0fffffff;
  return base === C.JET_ColInfoList || base === C.JET_ColInfoListSortColumnid || base === C.JET_ColInfoListCompact;
}

/** jetapi.cxx JetGetColumnInfoEx / JetGetTableColumnInfoEx: a known info level, then a result big enough for its struct. */
export function checkColumnInfoRoom(level: number, room: number): void {
  if (isListLevel(level)) {
    if (room < JET_COLUMNLIST_SIZE) fail(JET_errBufferTooSmall);
    return;
  }
  // jetapi.cxx maskGetColumInfoGrbits: the grbits in the level's top bits are not part of it.
  const base = level & 0x0fffffff;
  // jetapi.cxx JetGetTableColumnInfoEx / JetGetColumnInfoEx: the system-table cursor level is refused as a feature.
  if (base === C.JET_ColInfoSysTabCursor) fail(JET_errFeatureNotAvailable);
  if (base === C.JET_ColInfoBase || base === C.JET_ColInfoBaseByColid) {
    if (room < JET_COLUMNBASE_SIZE) fail(JET_errBufferTooSmall);
    return;
  }
  if (base !== C.JET_ColInfo && base !== C.JET_ColInfoByColid) fail(JET_errInvalidParameter);
  if (room < JET_COLUMNDEF_SIZE) fail(JET_errBufferTooSmall);
}

/** The column argument: a name (or null), or with JET_ColInfoByColid the JET_COLUMNID it points to. */
export type ColumnNameOrId = string | null | { columnid: number };

/** Read the column argument of the column info calls as the level says (jetapi.cxx: fByColid). */
export function columnNameOrId(value: unknown, level: unknown): ColumnNameOrId {
  const base = typeof level === 'number' ? level & 0x0fffffff : -1;
  const byColid = base === C.JET_ColInfoByColid || base === C.JET_ColInfoBaseByColid;
  return byColid ? { columnid: columnidArg(value) } : optionalString(value);
}

/** JET_ColInfo / ByColid: one column's definition; the list levels: a JET_COLUMNLIST temp table of every column. */
export function columnInfo(e: Engine, cursor: TableCursor, column: ColumnNameOrId, level: number, room: number, updatable: boolean): JET_COLUMNDEF_INFO | JET_COLUMNLIST | JET_COLUMNBASE {
  checkColumnInfoRoom(level, room);
  // info.cxx ErrIsamGetTableColumnInfo: a column name given is checked whatever the level (InvalidName).
  enterTable(e, cursor);
  const name = typeof column === 'string' || column === null ? column : null;
  if (name !== null && name !== '') checkName(name);
  if (isListLevel(level)) {
    const base = level & 0x0fffffff;
    const byColumnid = base === C.JET_ColInfoListSortColumnid || (level & C.JET_ColInfoGrbitSortByColumnid) !== 0;
    // info.cxx ErrInfoGetTableColumnInfoList: NonDerivedColumnsOnly, and the compacting form, leave the template's out.
    const compacting = base === C.JET_ColInfoListCompact || (level & C.JET_ColInfoGrbitCompacting) !== 0;
    const ownOnly = compacting || (level & C.JET_ColInfoGrbitNonDerivedColumnsOnly) !== 0;
    const list = columnList(e, cursor, byColumnid, updatable, ownOnly, (level & C.JET_ColInfoGrbitMinimalInfo) !== 0);
    const id = (i: number) => list.ids[i] as JET_COLUMNID;
    return {
      cbStruct: JET_COLUMNLIST_SIZE, tableid: list.cursor.handle as JET_TABLEID, cRecord: list.count,
      columnidPresentationOrder: id(0), columnidcolumnname: id(1), columnidcolumnid: id(2), columnidcoltyp: id(3),
      columnidCountry: id(4), columnidLangid: id(5), columnidCp: id(6), columnidCollate: id(7), columnidcbMax: id(8),
      columnidgrbit: id(9), columnidDefault: id(10), columnidBaseTableName: id(11), columnidBaseColumnName: id(12),
      columnidDefinitionName: id(1),
    };
  }
  const byId = column !== null && typeof column === 'object';
  const col = byId ? columnById(e, cursor, column.columnid) : columnByName(e, cursor, name ?? '');
  const def = {
    // By id, the id asked for is handed back (info.cxx ErrInfoGetTableColumnInfo copies it). The country and langid
    // are the engine's defaults (info.cxx ErrINFOGetTableColumnInfo).
    columnid: (byId ? column.columnid : col.columnid) as JET_COLUMNID, coltyp: col.coltyp, wCountry: COUNTRY_DEFAULT, langid: LANGID_DEFAULT,
    cp: col.cp, wCollate: 0,
    cbMax: col.fixedSize !== 0 ? col.fixedSize : col.cbMax,
    grbit: col.infoGrbit | (updatable ? C.JET_bitColumnUpdatable : 0),
  };
  const base = level & 0x0fffffff;
  if (base !== C.JET_ColInfoBase && base !== C.JET_ColInfoBaseByColid) return def;
  // info.cxx ErrInfoGetTableColumnInfoBase: the same definition, with the column's name and the cursor's table's.
  return {
    cbStruct: JET_COLUMNBASE_SIZE, columnid: def.columnid, coltyp: def.coltyp, wCountry: def.wCountry, langid: def.langid,
    cp: def.cp, wFiller: 0, cbMax: def.cbMax, grbit: def.grbit, szBaseTableName: cursor.table.name, szBaseColumnName: col.name,
  };
}

/** The index info levels esemu answers and the room each needs (InvalidParameter for the others). */
export function checkIndexInfoRoom(level: number, room: number): void {
  // jetapi.cxx JetGetTableIndexInfoEx / JetGetIndexInfoEx: levels the engine has dropped.
  if (level === C.JET_IdxInfoSysTabCursor || level === C.JET_IdxInfoOLC || level === C.JET_IdxInfoResetOLC) fail(JET_errFeatureNotAvailable);
  if (level === C.JET_IdxInfoCount) {
    if (room < 4) fail(JET_errBufferTooSmall);
    return;
  }
  // A USHORT each (jetapi.cxx: cbMin sizeof(USHORT)).
  if (level === C.JET_IdxInfoKeyMost || level === C.JET_IdxInfoVarSegMac) {
    if (room < 2) fail(JET_errBufferTooSmall);
    return;
  }
  if (level !== C.JET_IdxInfo && level !== C.JET_IdxInfoList) fail(JET_errInvalidParameter);
  if (room < JET_INDEXLIST_ORIGINAL_SIZE) fail(JET_errBufferTooSmall);
}

/**
 * JET_IdxInfoCount: how many indexes, the sequential order of a table without a primary index counted; JET_IdxInfo / List: a JET_INDEXLIST temp table (of one index when named). A
 * result smaller than JET_INDEXLIST gets the original struct: cbStruct 84 and no columnidLCMapFlags.
 */
export function indexInfo(e: Engine, cursor: TableCursor, name: string | null, level: number, room: number): JET_INDEXLIST | number {
  checkIndexInfoRoom(level, room);
  // info.cxx ErrIsamGetTableIndexInfo: an index name given is checked at every level (InvalidName).
  enterTable(e, cursor);
  const checked = name === null || name === '' ? null : checkName(name);
  if (level === C.JET_IdxInfoCount) return indexCount(e, cursor);
  if (level === C.JET_IdxInfoKeyMost || level === C.JET_IdxInfoVarSegMac) {
    const sizes = indexKeySizes(e, cursor, checked);
    return level === C.JET_IdxInfoKeyMost ? sizes.keyMost : sizes.varSegMac;
  }
  const list = indexList(e, cursor, checked);
  const id = (i: number) => list.ids[i] as JET_COLUMNID;
  const whole = room >= JET_INDEXLIST_SIZE;
  const answer: JET_INDEXLIST = {
    cbStruct: whole ? JET_INDEXLIST_SIZE : JET_INDEXLIST_ORIGINAL_SIZE, tableid: list.cursor.handle as JET_TABLEID, cRecord: list.count,
    columnidindexname: id(0), columnidgrbitIndex: id(1), columnidcKey: id(2), columnidcEntry: id(3), columnidcPage: id(4),
    columnidcColumn: id(5), columnidiColumn: id(6), columnidcolumnid: id(7), columnidcoltyp: id(8), columnidCountry: id(9),
    columnidLangid: id(10), columnidCp: id(11), columnidCollate: id(12), columnidgrbitColumn: id(13),
    columnidcolumnname: id(14),
  };
  if (whole) answer.columnidLCMapFlags = id(15);
  return answer;
}
