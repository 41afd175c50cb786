import type { JetApi } from '../jet/api';
import { out } from '../jet/types';
import type {
  JET_COLUMNDEF_INFO, JET_COLUMNLIST, JET_DBID, JET_INDEXLIST, JET_OBJECTINFO, JET_OBJECTLIST, JET_SESID, JET_TABLEID,
} from '../jet/types';
import { check } from './check';
import * as C from '../constants/constants';
import type { JET_DBINFOMISC, JET_DBINFOUPGRADE } from '../engine/databaseInfo';

/** The room a JetGetDatabaseInfo level wants (the string levels any; Misc the largest JET_DBINFOMISC, 7). */
function dbInfoRoom(level: number, byFile: boolean): number {
  if (level === C.JET_DbInfoMisc) return 416;
  if (level === C.JET_DbInfoFilename || level === C.JET_DbInfoConnect) return ROOM;
  if (level === C.JET_DbInfoUpgrade) return 28;
  return byFile && (level === C.JET_DbInfoFilesize || level === C.JET_DbInfoFilesizeOnDisk) ? 8 : 4;
}

/**
 * Room passed for an info result: enough for every struct and name esent hands back. ManagedEsent sizes
 * the native buffer itself too; the caller only picks the info level.
 */
const ROOM = 1024;

/**
 * The info calls. ManagedEsent has one overload per result type (out JET_COLUMNDEF, out JET_COLUMNLIST, ...);
 * TypeScript cannot overload on an out type, so each takes the esent info level and returns that level's result.
 */
export function infoCalls(jet: JetApi) {
  return {
    /** The level's result: a number, the file name, or a JET_DBINFOMISC (ManagedEsent's out int / string / struct forms). */
    JetGetDatabaseInfo(sesid: JET_SESID, dbid: JET_DBID, infoLevel: number): number | string | JET_DBINFOMISC {
      const box = out<number | string | JET_DBINFOMISC>();
      check(jet.JetGetDatabaseInfo(sesid, dbid, box, dbInfoRoom(infoLevel, false), infoLevel));
      return box.value;
    },
    /** The level's result for a file, attached or not (ManagedEsent's out int / long / JET_DBINFOMISC forms). */
    JetGetDatabaseFileInfo(databaseName: string, infoLevel: number): number | JET_DBINFOMISC | JET_DBINFOUPGRADE {
      const box = out<number | JET_DBINFOMISC | JET_DBINFOUPGRADE>({ cbStruct: 28 } as JET_DBINFOUPGRADE);
      check(jet.JetGetDatabaseFileInfo(databaseName, box, dbInfoRoom(infoLevel, true), infoLevel));
      return box.value;
    },
    JetGetTableColumnInfo(
      sesid: JET_SESID, tableid: JET_TABLEID, columnName: string | null, infoLevel: number,
    ): JET_COLUMNDEF_INFO | JET_COLUMNLIST {
      const box = out<JET_COLUMNDEF_INFO | JET_COLUMNLIST>();
      check(jet.JetGetTableColumnInfo(sesid, tableid, columnName, box, ROOM, infoLevel));
      return box.value;
    },
    JetGetColumnInfo(
      sesid: JET_SESID, dbid: JET_DBID, tablename: string, columnName: string | null, infoLevel: number,
    ): JET_COLUMNDEF_INFO | JET_COLUMNLIST {
      const box = out<JET_COLUMNDEF_INFO | JET_COLUMNLIST>();
      check(jet.JetGetColumnInfo(sesid, dbid, tablename, columnName, box, ROOM, infoLevel));
      return box.value;
    },
    JetGetTableIndexInfo(
      sesid: JET_SESID, tableid: JET_TABLEID, indexName: string | null, infoLevel: number,
    ): number | JET_INDEXLIST {
      const box = out<number | JET_INDEXLIST>();
      check(jet.JetGetTableIndexInfo(sesid, tableid, indexName, box, ROOM, infoLevel));
      return box.value;
    },
    JetGetIndexInfo(
      sesid: JET_SESID, dbid: JET_DBID, tablename: string, indexName: string | null, infoLevel: number,
    ): number | JET_INDEXLIST {
      const box = out<number | JET_INDEXLIST>();
      check(jet.JetGetIndexInfo(sesid, dbid, tablename, indexName, box, ROOM, infoLevel));
      return box.value;
    },
    JetGetTableInfo(sesid: JET_SESID, tableid: JET_TABLEID, infoLevel: number): JET_OBJECTINFO | string | number {
      const box = out<JET_OBJECTINFO | string | number>();
      check(jet.JetGetTableInfo(sesid, tableid, box, ROOM, infoLevel));
      return box.value;
    },
    JetGetObjectInfo(
      sesid: JET_SESID, dbid: JET_DBID, objtyp: number, containerName: string | null, objectName: string | null,
      infoLevel: number,
    ): JET_OBJECTLIST | JET_OBJECTINFO {
      const box = out<JET_OBJECTLIST | JET_OBJECTINFO>();
      check(jet.JetGetObjectInfo(sesid, dbid, objtyp, containerName, objectName, box, ROOM, infoLevel));
      return box.value;
    },
  };
}
