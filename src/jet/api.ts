import { cursorApi } from './cursorApi';
import { databaseApi } from './databaseApi';
import { enumerateApi } from './enumerateApi';
import type { Host } from './host';
import { indexApi } from './indexApi';
import { instanceApi } from './instanceApi';
import { sessionApi } from './sessionApi';
import { infoApi } from './infoApi';
import { recordApi } from './recordApi';
import { tableApi } from './tableApi';
import { tableInfoApi } from './tableInfoApi';
import { tempTableApi } from './tempTableApi';
import { prereadApi } from './prereadApi';
import { diagnosticsApi } from './diagnosticsApi';

/** Instances, system parameters, JetStopService (part of JetApi). */
export interface InstanceApi extends ReturnType<typeof instanceApi> {}
/** Sessions, contexts and transactions (part of JetApi). */
export interface SessionApi extends ReturnType<typeof sessionApi> {}
/** Databases (part of JetApi). */
export interface DatabaseApi extends ReturnType<typeof databaseApi> {}
/** Sorts and temp tables (part of JetApi). */
export interface TempTableApi extends ReturnType<typeof tempTableApi> {}
/** Cursors on any table: updates, moves, keys, seeks, ranges, retrieves, bookmarks, close (part of JetApi). */
export interface CursorApi extends ReturnType<typeof cursorApi> {}
/** Tables, columns and indexes: create, open, delete, rename, current index, column info, counts (part of JetApi). */
export interface TableApi extends ReturnType<typeof tableApi> {}
/** Locks, escrow updates, JetUpdate2 and record positions (part of JetApi). */
export interface RecordApi extends ReturnType<typeof recordApi> {}
/** Secondary-index bookmarks and index intersection (part of JetApi). */
export interface IndexApi extends ReturnType<typeof indexApi> {}
/** JetGetTableIndexInfo and JetGetObjectInfo (part of JetApi). */
export interface InfoApi extends ReturnType<typeof infoApi> {}
/** Table, column and index information by name, and column default values (part of JetApi). */
export interface TableInfoApi extends ReturnType<typeof tableInfoApi> {}
/** JetEnumerateColumns (part of JetApi). */
export interface EnumerateApi extends ReturnType<typeof enumerateApi> {}
/** The preread hints and JetGetRecordSize (part of JetApi). */
export interface PrereadApi extends ReturnType<typeof prereadApi> {}

/** JetGetErrorInfo and JetGetThreadStats (part of JetApi). */
export interface DiagnosticsApi extends ReturnType<typeof diagnosticsApi> {}

/** Every esent.h function esemu implements, bound to one emulator. */
export interface JetApi extends InstanceApi, SessionApi, DatabaseApi, TempTableApi, CursorApi, TableApi, RecordApi,
  IndexApi, InfoApi, TableInfoApi, EnumerateApi, PrereadApi, DiagnosticsApi {}
export type JetApiName = keyof JetApi;

/**
 * The functions of one emulator. Object.assign, not one object literal spreading the parts: the spread
 * made createEmulator() take about 0.5 ms (almost all of it here), Object.assign about 0.02 ms.
 */
export function createJetApi(host: Host): JetApi {
  return Object.assign(
    {},
    instanceApi(host),
    sessionApi(host),
    databaseApi(host),
    tempTableApi(host),
    cursorApi(host),
    tableApi(host),
    recordApi(host),
    indexApi(host),
    infoApi(host),
    tableInfoApi(host),
    enumerateApi(host),
    prereadApi(host),
    diagnosticsApi(host),
  ) as JetApi;
}
