/**
 * esemu: esent.dll (ESE, "JET Blue") re-created in TypeScript, in memory.
 *
 * The named Jet* exports are esent.h's functions bound to a default emulator;
 * `emulator` controls it (reset, fidelity, faults, trace, dump), and
 * `createEmulator()` makes independent ones whose `api` has the same functions.
 */
import { Emulator } from './emulator/emulator';

export * from './constants/errors';
export * from './constants/constants';
export { errorInfo, errorName, errorByName } from './constants/errorInfo';
export type { ErrorInfo } from './constants/errorInfo';
export {
  out, JET_instanceNil, JET_sesidNil, JET_tableidNil, JET_dbidNil, JET_columnidNil,
} from './jet/types';
export type {
  Out, JET_INSTANCE, JET_SESID, JET_TABLEID, JET_DBID, JET_COLUMNID, JET_ERR, JET_GRBIT, JET_COLUMNDEF,
  JET_UNICODEINDEX, JET_OPENTEMPORARYTABLE, JET_SETCOLUMN, JET_RETRIEVECOLUMN, JET_SETINFO, JET_RETINFO,
  JET_SESSIONINFO, JET_SETSYSPARAM, JET_RSTINFO, JET_COMMIT_ID, JET_COLUMNCREATE, JET_INDEXCREATE, JET_TABLECREATE,
  JET_COLUMNDEF_INFO, JET_COLUMNBASE, JET_COLUMNLIST, JET_OBJECTLIST, JET_OBJECTINFO, JET_INDEXLIST, JET_RECPOS, JET_INDEXRANGE,
  JET_RECORDLIST, JET_CONDITIONALCOLUMN, JET_TUPLELIMITS,
  JET_ENUMCOLUMNID, JET_ENUMCOLUMN, JET_ENUMCOLUMNVALUE, JET_INDEX_COLUMN, JET_INDEX_RANGE,
  JET_INSTANCE_INFO, JET_RECSIZE, JET_RECSIZE2,
} from './jet/types';
export type {
  JetApi, JetApiName, InstanceApi, SessionApi, DatabaseApi, TempTableApi, CursorApi, TableApi, RecordApi, IndexApi,
  InfoApi, TableInfoApi, EnumerateApi, PrereadApi,
} from './jet/api';
export type { JET_DBINFOMISC, JET_DBINFOUPGRADE, JET_LGPOS, JET_BKINFO } from './engine/databaseInfo';
export type { JET_LOGTIME, JET_SIGNATURE } from './catalog/fileHeader';
export type { JET_ERRINFOBASIC } from './engine/errorInfo';
export type { JET_THREADSTATS } from './engine/threadStats';
export { Emulator, createEmulator, FAULT_STEPS } from './emulator/emulator';
export type { FaultStep } from './emulator/emulator';
export { EmulatorSnapshot } from './emulator/snapshot';
export type { FaultSpec } from './engine/faults';
export type { EngineOptions, Fidelity, HandleValidation } from './engine/engine';
export type { InstanceState } from './engine/instance';
export type {
  StateDump, InstanceDump, SessionDump, CursorDump, FileDump, TableDump, DumpOptions, RowPreview, ChangePreview,
} from './emulator/dump';
export { formatState, rowText } from './emulator/dump';
export { columnValueText, columnValueBytes } from './emulator/columnText';
export type { TraceRecord, TraceListener } from './jet/trace';
export { formatTraceRecord } from './jet/trace';
export { onThread, newThreadId, currentThread, MAIN_THREAD } from './engine/threads';

/** The emulator the named Jet* functions run on. */
export const emulator = new Emulator();

export const {
  JetCreateInstance, JetCreateInstance2, JetInit, JetInit2, JetInit3, JetTerm, JetTerm2, JetStopService,
  JetStopServiceInstance, JetStopServiceInstance2, JetEnableMultiInstance, JetSetSystemParameter, JetGetSystemParameter,
  JetBeginSession, JetDupSession, JetEndSession, JetSetSessionContext, JetResetSessionContext, JetGetSessionInfo,
  JetBeginTransaction, JetBeginTransaction2, JetBeginTransaction3, JetCommitTransaction, JetCommitTransaction2,
  JetRollback, JetCreateDatabase, JetCreateDatabase2, JetAttachDatabase, JetAttachDatabase2, JetOpenDatabase,
  JetCloseDatabase, JetDetachDatabase, JetDetachDatabase2, JetOpenTempTable, JetOpenTempTable2, JetOpenTempTable3,
  JetOpenTemporaryTable, JetOpenTemporaryTable2, JetPrepareUpdate, JetSetColumn, JetSetColumns, JetUpdate, JetDelete,
  JetMove, JetMakeKey, JetSeek, JetSetIndexRange, JetRetrieveColumn, JetRetrieveColumns, JetRetrieveKey,
  JetGetBookmark, JetGotoBookmark, JetDupCursor, JetCloseTable, JetCreateTable, JetCreateTableColumnIndex,
  JetCreateTableColumnIndex2, JetCreateTableColumnIndex3, JetCreateTableColumnIndex4, JetOpenTable, JetDeleteTable,
  JetAddColumn, JetCreateIndex, JetCreateIndex2, JetDeleteColumn, JetDeleteColumn2, JetDeleteIndex, JetSetCurrentIndex,
  JetSetCurrentIndex2, JetSetCurrentIndex3, JetSetCurrentIndex4, JetGetCurrentIndex, JetRenameTable, JetRenameColumn,
  JetGetTableColumnInfo, JetIndexRecordCount, JetGetLock, JetEscrowUpdate, JetUpdate2, JetGetObjectInfo,
  JetGetTableIndexInfo, JetGetRecordPosition, JetGotoPosition, JetGetSecondaryIndexBookmark, JetGotoSecondaryIndexBookmark,
  JetIntersectIndexes,
  JetGetTableInfo, JetGetColumnInfo, JetGetIndexInfo, JetSetColumnDefaultValue, JetEnumerateColumns,
  JetGetCursorInfo, JetSetTableSequential, JetResetTableSequential, JetComputeStats, JetGetDatabaseInfo,
  JetGetDatabaseFileInfo, JetSetCursorFilter, JetIdle, JetGetVersion, JetGetInstanceInfo, JetGetSessionParameter,
  JetSetSessionParameter, JetIndexRecordCount2, JetPrereadKeys, JetPrereadIndexRanges, JetPrereadIndexRange,
  JetGetRecordSize, JetGetRecordSize2, JetCreateIndex3, JetCreateIndex4, JetSetMaxDatabaseSize, JetGetMaxDatabaseSize,
  JetGetErrorInfo, JetGetThreadStats,
} = emulator.api;
