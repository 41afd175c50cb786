import type { JetApi } from '../jet/api';
import { out } from '../jet/types';
import type {
  JET_COLUMNDEF, JET_COLUMNID, JET_DBID, JET_INDEXCREATE, JET_OPENTEMPORARYTABLE, JET_SESID, JET_TABLECREATE,
  JET_TABLEID, JET_UNICODEINDEX,
} from '../jet/types';
import { check } from './check';
import type { JET_wrn } from './generated/enums';

/** What the JetOpenTempTable calls hand back: the cursor and the column ids, in input order. */
export interface TempTable {
  tableid: JET_TABLEID;
  columnids: JET_COLUMNID[];
}

/** Tables, columns and indexes: creating, opening, changing, deleting; temp tables. */
export function ddlCalls(jet: JetApi) {
  const temp = (call: (box: { value: JET_TABLEID }, ids: JET_COLUMNID[]) => number): TempTable => {
    const box = out<JET_TABLEID>();
    const columnids: JET_COLUMNID[] = [];
    check(call(box, columnids));
    return { tableid: box.value, columnids };
  };
  return {
    JetCreateTable(sesid: JET_SESID, dbid: JET_DBID, table: string, pages: number, density: number): JET_TABLEID {
      const box = out<JET_TABLEID>();
      check(jet.JetCreateTable(sesid, dbid, table, pages, density, box));
      return box.value;
    },
    /** Fills tablecreate.tableid, cCreated and each column's and index's results, as esent does. */
    JetCreateTableColumnIndex(sesid: JET_SESID, dbid: JET_DBID, tablecreate: JET_TABLECREATE): void {
      check(jet.JetCreateTableColumnIndex(sesid, dbid, tablecreate));
    },
    JetCreateTableColumnIndex2(sesid: JET_SESID, dbid: JET_DBID, tablecreate: JET_TABLECREATE): void {
      check(jet.JetCreateTableColumnIndex2(sesid, dbid, tablecreate));
    },
    JetCreateTableColumnIndex3(sesid: JET_SESID, dbid: JET_DBID, tablecreate: JET_TABLECREATE): void {
      check(jet.JetCreateTableColumnIndex3(sesid, dbid, tablecreate));
    },
    JetCreateTableColumnIndex4(sesid: JET_SESID, dbid: JET_DBID, tablecreate: JET_TABLECREATE): void {
      check(jet.JetCreateTableColumnIndex4(sesid, dbid, tablecreate));
    },
    JetOpenTable(
      sesid: JET_SESID, dbid: JET_DBID, tablename: string, parameters: Uint8Array | null, parametersSize: number,
      grbit: number,
    ): { tableid: JET_TABLEID; wrn: JET_wrn } {
      const box = out<JET_TABLEID>();
      const wrn = check(jet.JetOpenTable(sesid, dbid, tablename, parameters, parametersSize, grbit, box));
      return { tableid: box.value, wrn };
    },
    JetCloseTable(sesid: JET_SESID, tableid: JET_TABLEID): void {
      check(jet.JetCloseTable(sesid, tableid));
    },
    JetDeleteTable(sesid: JET_SESID, dbid: JET_DBID, table: string): void {
      check(jet.JetDeleteTable(sesid, dbid, table));
    },
    JetRenameTable(sesid: JET_SESID, dbid: JET_DBID, tableName: string, newTableName: string): void {
      check(jet.JetRenameTable(sesid, dbid, tableName, newTableName));
    },
    JetAddColumn(
      sesid: JET_SESID, tableid: JET_TABLEID, column: string, columndef: JET_COLUMNDEF,
      defaultValue: Uint8Array | null, defaultValueSize: number,
    ): JET_COLUMNID {
      const box = out<JET_COLUMNID>();
      check(jet.JetAddColumn(sesid, tableid, column, columndef, defaultValue, defaultValueSize, box));
      return box.value;
    },
    JetDeleteColumn(sesid: JET_SESID, tableid: JET_TABLEID, column: string): void {
      check(jet.JetDeleteColumn(sesid, tableid, column));
    },
    JetDeleteColumn2(sesid: JET_SESID, tableid: JET_TABLEID, column: string, grbit: number): void {
      check(jet.JetDeleteColumn2(sesid, tableid, column, grbit));
    },
    JetRenameColumn(sesid: JET_SESID, tableid: JET_TABLEID, name: string, newName: string, grbit: number): void {
      check(jet.JetRenameColumn(sesid, tableid, name, newName, grbit));
    },
    JetSetColumnDefaultValue(
      sesid: JET_SESID, dbid: JET_DBID, tableName: string, columnName: string, data: Uint8Array | null,
      dataSize: number, grbit: number,
    ): void {
      check(jet.JetSetColumnDefaultValue(sesid, dbid, tableName, columnName, data, dataSize, grbit));
    },
    JetCreateIndex(
      sesid: JET_SESID, tableid: JET_TABLEID, indexName: string, grbit: number, keyDescription: string,
      keyDescriptionLength: number, density: number,
    ): void {
      check(jet.JetCreateIndex(sesid, tableid, indexName, grbit, keyDescription, keyDescriptionLength, density));
    },
    JetCreateIndex2(sesid: JET_SESID, tableid: JET_TABLEID, indexcreates: JET_INDEXCREATE[], numIndexCreates: number): void {
      check(jet.JetCreateIndex2(sesid, tableid, indexcreates, numIndexCreates));
    },
    /** Windows8Api.JetCreateIndex4: JET_INDEXCREATE3, the locale named in pidxunicode.szLocaleName. */
    JetCreateIndex4(sesid: JET_SESID, tableid: JET_TABLEID, indexcreates: JET_INDEXCREATE[], numIndexCreates: number): void {
      check(jet.JetCreateIndex4(sesid, tableid, indexcreates, numIndexCreates));
    },
    JetDeleteIndex(sesid: JET_SESID, tableid: JET_TABLEID, index: string): void {
      check(jet.JetDeleteIndex(sesid, tableid, index));
    },
    JetOpenTempTable(sesid: JET_SESID, columns: JET_COLUMNDEF[], numColumns: number, grbit: number): TempTable {
      return temp((box, ids) => jet.JetOpenTempTable(sesid, columns, numColumns, grbit, box, ids));
    },
    JetOpenTempTable2(
      sesid: JET_SESID, columns: JET_COLUMNDEF[], numColumns: number, lcid: number, grbit: number,
    ): TempTable {
      return temp((box, ids) => jet.JetOpenTempTable2(sesid, columns, numColumns, lcid, grbit, box, ids));
    },
    JetOpenTempTable3(
      sesid: JET_SESID, columns: JET_COLUMNDEF[], numColumns: number, unicodeindex: JET_UNICODEINDEX | null,
      grbit: number,
    ): TempTable {
      return temp((box, ids) => jet.JetOpenTempTable3(sesid, columns, numColumns, unicodeindex, grbit, box, ids));
    },
    /** Fills temporarytable.tableid and prgcolumnid, as esent does. */
    JetOpenTemporaryTable(sesid: JET_SESID, temporarytable: JET_OPENTEMPORARYTABLE): void {
      check(jet.JetOpenTemporaryTable(sesid, temporarytable));
    },
    JetOpenTemporaryTable2(sesid: JET_SESID, temporarytable: JET_OPENTEMPORARYTABLE): void {
      check(jet.JetOpenTemporaryTable2(sesid, temporarytable));
    },
  };
}
