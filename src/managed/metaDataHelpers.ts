import {
  JET_ColInfo, JET_ColInfoList, JET_IdxInfoList, JET_MoveFirst, JET_MoveNext, JET_ObjInfoList, JET_bitKeyDescending,
  JET_objtypTable,
} from '../constants/constants';
import { JET_errNoCurrentRecord, JET_wrnBufferTruncated, JET_wrnColumnNull } from '../constants/errors';
import type { JetApi } from '../jet/api';
import { out } from '../jet/types';
import type {
  JET_COLUMNDEF_INFO, JET_COLUMNID, JET_COLUMNLIST, JET_DBID, JET_INDEXLIST, JET_OBJECTLIST, JET_SESID, JET_TABLEID,
} from '../jet/types';
import { check } from './check';
import { ColumnDictionary } from './columnDictionary';
import { bytesNumber, bytesString, Encoding } from './conversions';

/** A column as GetTableColumns describes it (ManagedEsent's ColumnInfo). */
export interface ColumnInfo {
  name: string;
  columnid: JET_COLUMNID;
  coltyp: number;
  cp: number;
  maxLength: number;
  defaultValue: Uint8Array | null;
  grbit: number;
}

/** One key column of an index (ManagedEsent's IndexSegment). */
export interface IndexSegment {
  columnName: string;
  coltyp: number;
  isAscending: boolean;
  isASCII: boolean;
}

/** An index as GetTableIndexes describes it (ManagedEsent's IndexInfo). */
export interface IndexInfo {
  name: string;
  grbit: number;
  keys: number;
  entries: number;
  pages: number;
  indexSegments: IndexSegment[];
}

const ROOM = 1024;
const CP_ASCII = 1252;

/** Table, column and index listings, read from esent's info temp tables (which are closed afterwards). */
export function metaDataHelpers(jet: JetApi) {
  /** A value of a result table (read again at its size when longer than the first buffer). */
  const read = (sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID): Uint8Array | null => {
    let room = new Uint8Array(ROOM);
    const size = out(0);
    let wrn = check(jet.JetRetrieveColumn(sesid, tableid, columnid, room, room.length, size, 0, null));
    if (wrn === JET_wrnBufferTruncated) {
      room = new Uint8Array(size.value);
      wrn = check(jet.JetRetrieveColumn(sesid, tableid, columnid, room, room.length, size, 0, null));
    }
    return wrn === JET_wrnColumnNull ? null : room.slice(0, size.value);
  };
  const text = (sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID): string =>
    bytesString(read(sesid, tableid, columnid) ?? new Uint8Array(0), Encoding.ASCII);
  const int = (sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID): number => {
    const data = read(sesid, tableid, columnid);
    if (data === null) return 0;
    return data.length === 2 ? bytesNumber(data, 'Int16') : bytesNumber(data, 'Int32');
  };
  /** Visit each row of a result table, then close it. */
  const rows = (sesid: JET_SESID, tableid: JET_TABLEID, visit: () => void): void => {
    try {
      let err = jet.JetMove(sesid, tableid, JET_MoveFirst, 0);
      while (err !== JET_errNoCurrentRecord) {
        check(err);
        visit();
        err = jet.JetMove(sesid, tableid, JET_MoveNext, 0);
      }
    } finally {
      jet.JetCloseTable(sesid, tableid);
    }
  };
  const columnsOf = (sesid: JET_SESID, list: JET_COLUMNLIST): ColumnInfo[] => {
    const found: ColumnInfo[] = [];
    rows(sesid, list.tableid, () => found.push({
      name: text(sesid, list.tableid, list.columnidcolumnname),
      columnid: int(sesid, list.tableid, list.columnidcolumnid) as JET_COLUMNID,
      coltyp: int(sesid, list.tableid, list.columnidcoltyp),
      cp: int(sesid, list.tableid, list.columnidCp),
      maxLength: int(sesid, list.tableid, list.columnidcbMax),
      defaultValue: read(sesid, list.tableid, list.columnidDefault),
      grbit: int(sesid, list.tableid, list.columnidgrbit),
    }));
    return found;
  };
  const indexesOf = (sesid: JET_SESID, list: JET_INDEXLIST): IndexInfo[] => {
    const found: IndexInfo[] = [];
    const t = list.tableid;
    rows(sesid, t, () => {
      const name = text(sesid, t, list.columnidindexname);
      let index = found[found.length - 1];
      if (index === undefined || index.name !== name || int(sesid, t, list.columnidiColumn) === 0) {
        index = {
          name, grbit: int(sesid, t, list.columnidgrbitIndex), keys: int(sesid, t, list.columnidcKey),
          entries: int(sesid, t, list.columnidcEntry), pages: int(sesid, t, list.columnidcPage), indexSegments: [],
        };
        found.push(index);
      }
      index.indexSegments.push({
        columnName: text(sesid, t, list.columnidcolumnname),
        coltyp: int(sesid, t, list.columnidcoltyp),
        isAscending: (int(sesid, t, list.columnidgrbitColumn) & JET_bitKeyDescending) === 0,
        isASCII: int(sesid, t, list.columnidCp) === CP_ASCII,
      });
    });
    return found;
  };
  function GetTableColumns(sesid: JET_SESID, tableid: JET_TABLEID): ColumnInfo[];
  function GetTableColumns(sesid: JET_SESID, dbid: JET_DBID, tablename: string): ColumnInfo[];
  /** The table's columns, ordered by name. */
  function GetTableColumns(sesid: JET_SESID, id: JET_TABLEID | JET_DBID, tablename?: string): ColumnInfo[] {
    const box = out<JET_COLUMNDEF_INFO | JET_COLUMNLIST>();
    if (tablename === undefined) check(jet.JetGetTableColumnInfo(sesid, id as JET_TABLEID, null, box, ROOM, JET_ColInfoList));
    else check(jet.JetGetColumnInfo(sesid, id as JET_DBID, tablename, null, box, ROOM, JET_ColInfoList));
    return columnsOf(sesid, box.value as JET_COLUMNLIST);
  }
  function GetTableIndexes(sesid: JET_SESID, tableid: JET_TABLEID): IndexInfo[];
  function GetTableIndexes(sesid: JET_SESID, dbid: JET_DBID, tablename: string): IndexInfo[];
  /** The table's indexes with their key columns, ordered by name. */
  function GetTableIndexes(sesid: JET_SESID, id: JET_TABLEID | JET_DBID, tablename?: string): IndexInfo[] {
    const box = out<number | JET_INDEXLIST>();
    if (tablename === undefined) check(jet.JetGetTableIndexInfo(sesid, id as JET_TABLEID, null, box, ROOM, JET_IdxInfoList));
    else check(jet.JetGetIndexInfo(sesid, id as JET_DBID, tablename, null, box, ROOM, JET_IdxInfoList));
    return indexesOf(sesid, box.value as JET_INDEXLIST);
  }
  return {
    GetTableColumns,
    GetTableIndexes,
    /** The names of the database's tables, ordered by name. */
    GetTableNames(sesid: JET_SESID, dbid: JET_DBID): string[] {
      const box = out<JET_OBJECTLIST>();
      check(jet.JetGetObjectInfo(sesid, dbid, JET_objtypTable, null, null, box, ROOM, JET_ObjInfoList));
      const list = box.value;
      const names: string[] = [];
      rows(sesid, list.tableid, () => names.push(text(sesid, list.tableid, list.columnidobjectname)));
      return names;
    },
    /** Column name to column id; names are matched ignoring case. */
    GetColumnDictionary(sesid: JET_SESID, tableid: JET_TABLEID): ColumnDictionary {
      const dictionary = new ColumnDictionary();
      for (const column of GetTableColumns(sesid, tableid)) dictionary.set(column.name, column.columnid);
      return dictionary;
    },
    /** One column's id. */
    GetTableColumnid(sesid: JET_SESID, tableid: JET_TABLEID, columnName: string): JET_COLUMNID {
      const box = out<JET_COLUMNDEF_INFO | JET_COLUMNLIST>();
      check(jet.JetGetTableColumnInfo(sesid, tableid, columnName, box, ROOM, JET_ColInfo));
      return (box.value as JET_COLUMNDEF_INFO).columnid;
    },
  };
}
