import { statsSeen } from '../engine/cursorHints';
import {
  JET_errBufferTooSmall, JET_errInvalidParameter, JET_errObjectNotFound, JET_errSuccess,
} from '../constants/errors';
import * as C from '../constants/constants';
import { checkName } from '../catalog/names';
import { objectFlags } from '../catalog/template';
import { enterDatabase } from '../engine/database';
import { objectList, TABLE_INFO_GRBIT } from '../engine/tableInfo';
import { tableSeen } from '../engine/tableCatalog';
import { fail } from '../storage/failure';
import { intArg, optionalString, outArg, sizeArg } from './args';
import { sessionOf, tableCursorOf } from './handles';
import { indexInfo } from './columnIndexInfo';
import { apiFunction, Host } from './host';
import type {
  JET_COLUMNID, JET_DBID, JET_INDEXLIST, JET_OBJECTINFO, JET_OBJECTLIST, JET_SESID, JET_TABLEID, Out,
} from './types';

/** sizeof(JET_OBJECTLIST) on x64 (cbStruct, an 8-byte tableid, cRecord, 9 column ids). */
const JET_OBJECTLIST_SIZE = 56;
/** sizeof(JET_OBJECTINFO): cbStruct, objtyp, two 8-byte dates, grbit, flags, cRecord, cPage. */
const JET_OBJECTINFO_SIZE = 40;

/** The info calls that answer with a temp table (and their single forms). */
export function infoApi(host: Host) {
  return {
    JetGetTableIndexInfo: apiFunction(host, 'JetGetTableIndexInfo',
      (e, sesid: JET_SESID, tableid: JET_TABLEID, szIndexName: string | null, pvResult: Out<JET_INDEXLIST | number>, cbResult: number, InfoLevel: number) => {
        const c = tableCursorOf(e, sesid, tableid);
        const name = optionalString(szIndexName);
        const box = outArg<JET_INDEXLIST | number>(pvResult);
        const room = sizeArg(cbResult);
        const level = intArg(InfoLevel);
        box.value = indexInfo(e, c, name, level, room);
        return JET_errSuccess;
      }),
    JetGetObjectInfo: apiFunction(host, 'JetGetObjectInfo',
      (e, sesid: JET_SESID, dbid: JET_DBID, objtyp: number, szContainerName: string | null, szObjectName: string | null, pvResult: Out<JET_OBJECTLIST | JET_OBJECTINFO>, cbMax: number, InfoLevel: number) => {
        const ses = sessionOf(e, sesid);
        const type = intArg(objtyp);
        optionalString(szContainerName);
        const name = optionalString(szObjectName);
        const box = outArg<JET_OBJECTLIST | JET_OBJECTINFO>(pvResult);
        const room = sizeArg(cbMax);
        const level = intArg(InfoLevel);
        const db = enterDatabase(e, ses, dbid);
        if (level === C.JET_ObjInfoList || level === C.JET_ObjInfoListNoStats) {
          if (room < JET_OBJECTLIST_SIZE) fail(JET_errBufferTooSmall);
          const list = objectList(e, ses, db.file, type, level === C.JET_ObjInfoList);
          const id = (i: number) => list.ids[i] as JET_COLUMNID;
          box.value = {
            cbStruct: JET_OBJECTLIST_SIZE, tableid: list.cursor.handle as JET_TABLEID, cRecord: list.count,
            columnidcontainername: id(0), columnidobjectname: id(1), columnidobjtyp: id(2), columniddtCreate: id(3),
            columniddtUpdate: id(4), columnidgrbit: id(7), columnidflags: id(8), columnidcRecord: id(5), columnidcPage: id(6),
          };
          return JET_errSuccess;
        }
        if (level !== C.JET_ObjInfo && level !== C.JET_ObjInfoNoStats) fail(JET_errInvalidParameter);
        if (room < JET_OBJECTINFO_SIZE) fail(JET_errBufferTooSmall);
        if (name === null) fail(JET_errObjectNotFound);
        const table = tableSeen(db.file, ses, checkName(name));
        const cRecord = level === C.JET_ObjInfo ? statsSeen(ses, table) : 0;
        box.value = { cbStruct: JET_OBJECTINFO_SIZE, objtyp: C.JET_objtypTable, grbit: TABLE_INFO_GRBIT, flags: objectFlags(table), cRecord, cPage: 0 };
        return JET_errSuccess;
      }),
  };
}
