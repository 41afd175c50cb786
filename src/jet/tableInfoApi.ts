import { JET_errInvalidParameter, JET_errSuccess } from '../constants/errors';
import { setColumnDefaultValue } from '../engine/columnDefault';
import { enterDatabase } from '../engine/database';
import { withTableByName } from '../engine/tableByName';
import { indexKeySizesByName } from '../engine/tableInfo';
import { tableInfo } from '../engine/tableInfoLevel';
import { checkName } from '../catalog/names';
import * as C from '../constants/constants';
import { fail } from '../storage/failure';
import { inputBytes, intArg, optionalString, outArg, sizeArg } from './args';
import { checkColumnInfoRoom, checkIndexInfoRoom, columnInfo, columnNameOrId, indexInfo } from './columnIndexInfo';
import { cursorOf, sessionOf } from './handles';
import { apiFunction, Host } from './host';
import type {
  JET_COLUMNBASE, JET_COLUMNDEF_INFO, JET_COLUMNID, JET_COLUMNLIST, JET_DBID, JET_INDEXLIST, JET_OBJECTINFO, JET_SESID, JET_TABLEID, Out,
} from './types';

/** JetGetTableInfo, and the info and default-value calls that name a table instead of taking a cursor. */
export function tableInfoApi(host: Host) {
  return {
    JetGetTableInfo: apiFunction(host, 'JetGetTableInfo',
      (e, sesid: JET_SESID, tableid: JET_TABLEID, pvResult: Out<JET_OBJECTINFO | string | number>, cbMax: number, InfoLevel: number) => {
        const c = cursorOf(e, sesid, tableid);
        const box = outArg<JET_OBJECTINFO | string | number>(pvResult);
        const room = sizeArg(cbMax);
        const level = intArg(InfoLevel);
        const answer = tableInfo(e, c, room, level);
        if (answer !== undefined) box.value = answer;
        return JET_errSuccess;
      }),
    JetGetColumnInfo: apiFunction(host, 'JetGetColumnInfo',
      (e, sesid: JET_SESID, dbid: JET_DBID, szTableName: string, szColumnName: string | JET_COLUMNID | null, pvResult: Out<JET_COLUMNDEF_INFO | JET_COLUMNLIST | JET_COLUMNBASE>, cbMax: number, InfoLevel: number) => {
        const ses = sessionOf(e, sesid);
        const table = optionalString(szTableName);
        const column = columnNameOrId(szColumnName, InfoLevel);
        const box = outArg<JET_COLUMNDEF_INFO | JET_COLUMNLIST | JET_COLUMNBASE>(pvResult);
        const room = sizeArg(cbMax);
        const level = intArg(InfoLevel);
        const db = enterDatabase(e, ses, dbid);
        // jetapi.cxx JetGetColumnInfoEx: the level and the room first; info.cxx ErrIsamGetColumnInfo: then the table name.
        checkColumnInfoRoom(level, room);
        if (table === null) fail(JET_errInvalidParameter);
        box.value = withTableByName(e, ses, db, table, 0, (cursor) => columnInfo(e, cursor, column, level, room, false));
        return JET_errSuccess;
      }),
    JetGetIndexInfo: apiFunction(host, 'JetGetIndexInfo',
      (e, sesid: JET_SESID, dbid: JET_DBID, szTableName: string, szIndexName: string | null, pvResult: Out<JET_INDEXLIST | number>, cbResult: number, InfoLevel: number) => {
        const ses = sessionOf(e, sesid);
        const table = optionalString(szTableName);
        const index = optionalString(szIndexName);
        const box = outArg<JET_INDEXLIST | number>(pvResult);
        const room = sizeArg(cbResult);
        const level = intArg(InfoLevel);
        const db = enterDatabase(e, ses, dbid);
        checkIndexInfoRoom(level, room);
        if (level === C.JET_IdxInfoKeyMost || level === C.JET_IdxInfoVarSegMac) {
          // info.cxx ErrIsamGetIndexInfo: the table's name is checked, then the table is sought in the catalog, not
          // opened.
          const sizes = indexKeySizesByName(ses, db.file, checkName(table), index);
          box.value = level === C.JET_IdxInfoKeyMost ? sizes.keyMost : sizes.varSegMac;
          return JET_errSuccess;
        }
        box.value = withTableByName(e, ses, db, table, 0, (cursor) => indexInfo(e, cursor, index, level, room));
        return JET_errSuccess;
      }),
    JetSetColumnDefaultValue: apiFunction(host, 'JetSetColumnDefaultValue',
      (e, sesid: JET_SESID, dbid: JET_DBID, szTableName: string, szColumnName: string, pvData: Uint8Array | null, cbData: number, grbit: number) => {
        const ses = sessionOf(e, sesid);
        const table = optionalString(szTableName);
        const column = optionalString(szColumnName);
        const data = inputBytes(pvData, cbData);
        // fldmod.cxx ErrIsamSetColumnDefaultValue never reads its grbit.
        void grbit;
        const db = enterDatabase(e, ses, dbid);
        setColumnDefaultValue(e, ses, db, table, column, data);
        return JET_errSuccess;
      }),
  };
}
