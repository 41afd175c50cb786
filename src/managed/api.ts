import { emulator } from '../index';
import type { JetApi } from '../jet/api';
import type { JET_DBID, JET_INSTANCE, JET_SESID, JET_TABLEID } from '../jet/types';
import { cursorCalls } from './apiCursor';
import { ddlCalls } from './apiDdl';
import { infoCalls } from './apiInfo';
import { intersectHelper } from './intersectHelper';
import { instanceCalls } from './apiInstance';
import { recordCalls } from './apiRecord';
import { sessionCalls } from './apiSession';
import { keyColumnHelpers } from './keyColumnHelpers';
import { metaDataHelpers } from './metaDataHelpers';
import { moveHelpers } from './moveHelpers';
import { retrieveHelpers } from './retrieveHelpers';

/**
 * ManagedEsent's Api over a flat esemu API: the Jet* calls with their outputs as return values (several as an
 * object), errors thrown as generated exceptions, warnings returned; plus the helpers (TryMoveNext, MakeKey,
 * SetColumn, RetrieveColumnAs*, GetTableNames, ...).
 */
export function createApi(jet: JetApi) {
  const calls = {
    ...instanceCalls(jet),
    ...sessionCalls(jet),
    ...ddlCalls(jet),
    ...cursorCalls(jet),
    ...recordCalls(jet),
    ...infoCalls(jet),
  };
  return {
    ...calls,
    ...moveHelpers(jet),
    ...keyColumnHelpers(jet),
    ...retrieveHelpers(jet),
    ...metaDataHelpers(jet),
    ...intersectHelper(jet),
    /** A session with no user name or password. */
    BeginSession(instance: JET_INSTANCE): JET_SESID {
      return calls.JetBeginSession(instance, '', '');
    },
    CreateDatabase(sesid: JET_SESID, database: string, grbit: number): JET_DBID {
      return calls.JetCreateDatabase(sesid, database, null, grbit);
    },
    /** The database id (a warning the open returns is dropped; call JetOpenDatabase to see it). */
    OpenDatabase(sesid: JET_SESID, database: string, grbit: number): JET_DBID {
      return calls.JetOpenDatabase(sesid, database, null, grbit).dbid;
    },
    /** The cursor (a warning the open returns is dropped; call JetOpenTable to see it). */
    OpenTable(sesid: JET_SESID, dbid: JET_DBID, tablename: string, grbit: number): JET_TABLEID {
      return calls.JetOpenTable(sesid, dbid, tablename, null, 0, grbit).tableid;
    },
  };
}

/** The managed API's type: what createApi returns. */
export type ManagedApi = ReturnType<typeof createApi>;

/** The managed API over esemu's default emulator (the one the named Jet* exports of 'esemu' use). */
export const Api: ManagedApi = createApi(emulator.api);

