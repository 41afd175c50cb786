import { statsSeen } from '../engine/cursorHints';
import {
  JET_errBufferTooSmall, JET_errFeatureNotAvailable, JET_errInvalidParameter, JET_errObjectNotFound, JET_errSuccess,
} from '../constants/errors';
import * as C from '../constants/constants';
import { checkName, nameKey } from '../catalog/names';
import { objectFlags } from '../catalog/template';
import { enterDatabase } from '../engine/database';
import { objectInfoGrbit, objectList } from '../engine/tableInfo';
import { tableSeen } from '../engine/tableCatalog';
import { fail } from '../storage/failure';
import { intArg, optionalString, outArg, sizeArg } from './args';
import { cursorOf, sessionOf } from './handles';
import { gateTempCursor, tableOnly } from '../engine/anyCursor';
import { checkIndexInfoRoom, indexInfo } from './columnIndexInfo';
import { apiFunction, Host } from './host';
import type {
  JET_COLUMNID, JET_DBID, JET_INDEXLIST, JET_OBJECTINFO, JET_OBJECTLIST, JET_SESID, JET_TABLEID, Out,
} from './types';

/** sizeof(JET_OBJECTLIST) on x64 (cbStruct, an 8-byte tableid, cRecord, 9 column ids). */
const JET_OBJECTLIST_SIZE = 56;
/** sizeof(JET_OBJECTINFO): cbStruct, objtyp, two 8-byte dates, grbit, flags, cRecord, cPage. */
const JET_OBJECTINFO_SIZE = 40;

/** jetapi.cxx JetGetObjectInfoEx: levels esent.h names that the engine does not offer (FeatureNotAvailable). */
const NOT_AVAILABLE: readonly number[] = [
  C.JET_ObjInfoSysTabCursor, C.JET_ObjInfoListACM, C.JET_ObjInfoSysTabReadOnly, C.JET_ObjInfoRulesLoaded,
];

/** The info calls that answer with a temp table (and their single forms). */
export function infoApi(host: Host) {
  return {
    JetGetTableIndexInfo: apiFunction(host, 'JetGetTableIndexInfo',
      (e, sesid: JET_SESID, tableid: JET_TABLEID, szIndexName: string | null, pvResult: Out<JET_INDEXLIST | number>, cbResult: number, InfoLevel: number) => {
        const any = cursorOf(e, sesid, tableid);
        const name = optionalString(szIndexName);
        const box = outArg<JET_INDEXLIST | number>(pvResult);
        const room = sizeArg(cbResult);
        const level = intArg(InfoLevel);
        // jetapi.cxx JetGetTableIndexInfoEx: the level and the room before the cursor's dispatch table (a sort's:
        // IllegalOperation).
        gateTempCursor(e, any);
        checkIndexInfoRoom(level, room);
        box.value = indexInfo(e, tableOnly(e, any), name, level, room);
        return JET_errSuccess;
      }),
    JetGetObjectInfo: apiFunction(host, 'JetGetObjectInfo',
      (e, sesid: JET_SESID, dbid: JET_DBID, objtyp: number, szContainerName: string | null, szObjectName: string | null, pvResult: Out<JET_OBJECTLIST | JET_OBJECTINFO>, cbMax: number, InfoLevel: number) => {
        const ses = sessionOf(e, sesid);
        const type = intArg(objtyp);
        const container = optionalString(szContainerName);
        const name = optionalString(szObjectName);
        const box = outArg<JET_OBJECTLIST | JET_OBJECTINFO>(pvResult);
        const room = sizeArg(cbMax);
        const level = intArg(InfoLevel);
        const db = enterDatabase(e, ses, dbid);
        // jetapi.cxx JetGetObjectInfoEx: the level, then the buffer's size.
        const list = level === C.JET_ObjInfoList || level === C.JET_ObjInfoListNoStats;
        if (NOT_AVAILABLE.includes(level)) fail(JET_errFeatureNotAvailable);
        if (!list && level !== C.JET_ObjInfo && level !== C.JET_ObjInfoNoStats) fail(JET_errInvalidParameter);
        if (room < (list ? JET_OBJECTLIST_SIZE : JET_OBJECTINFO_SIZE)) fail(JET_errBufferTooSmall);
        // info.cxx ErrIsamGetObjectInfo: a container, when named, must be a valid name and the "Tables" container;
        // an object name, when not empty, must be a valid name, at every level (an empty one is none).
        if (container !== null && container !== '' && nameKey(checkName(container)) !== 'tables') fail(JET_errObjectNotFound);
        const objectName = name === null || name === '' ? null : checkName(name);
        if (list) {
          const made = objectList(e, ses, db.file, type, level === C.JET_ObjInfoList, db.readOnly);
          const id = (i: number) => made.ids[i] as JET_COLUMNID;
          box.value = {
            cbStruct: JET_OBJECTLIST_SIZE, tableid: made.cursor.handle as JET_TABLEID, cRecord: made.count,
            columnidcontainername: id(0), columnidobjectname: id(1), columnidobjtyp: id(2), columniddtCreate: id(3),
            columniddtUpdate: id(4), columnidgrbit: id(7), columnidflags: id(8), columnidcRecord: id(5), columnidcPage: id(6),
          };
          return JET_errSuccess;
        }
        // info.cxx ErrInfoGetObjectInfo: no name finds no table (cat.cxx ErrCATGetTableInfoCursor).
        if (objectName === null) fail(JET_errObjectNotFound);
        const table = tableSeen(db.file, ses, objectName);
        const cRecord = level === C.JET_ObjInfo ? statsSeen(ses, table) : 0;
        box.value = {
          cbStruct: JET_OBJECTINFO_SIZE, objtyp: C.JET_objtypTable, grbit: objectInfoGrbit(db.readOnly), flags: objectFlags(table), cRecord,
          cPage: 0,
        };
        return JET_errSuccess;
      }),
  };
}
