/**
 * esemu/managed: ManagedEsent's programming model (Microsoft.Isam.Esent.Interop) over esemu's flat API.
 * `Api` has the Jet* calls with outputs as return values, errors as exceptions and warnings as values, and
 * the helpers; `Instance`, `Session`, `Transaction`, `Table` and `Update` are disposable wrappers for `using`.
 * `createApi(createEmulator().api)` gives the same over an emulator of one's own.
 */
export { Api, createApi } from './api';
export type { ManagedApi } from './api';
export type { TempTable } from './apiDdl';
export { check, errToException, setErrorHandler } from './check';
export type { ErrorHandler } from './check';
export { ColumnDictionary } from './columnDictionary';
export {
  Encoding, bytesGuid, bytesString, dateToOADate, guidBytes, oaDateToDate, stringBytes,
} from './conversions';
export { disposeSymbol } from './disposeSymbol';
export { EsentResource } from './esentResource';
export { InvalidOperationError } from './invalidOperationError';
export { ObjectDisposedError } from './objectDisposedError';
export { EsentErrorException } from './esentErrorException';
export { EsentException } from './esentException';
export { EsentInvalidColumnException } from './esentInvalidColumnException';
export * from './generated/enums';
export * from './generated/exceptions';
export { JET_COLUMNID, JET_DBID, JET_INSTANCE, JET_SESID, JET_TABLEID } from './handles';
export { Instance } from './instance';
export type { ColumnInfo, IndexInfo, IndexSegment } from './metaDataHelpers';
export { Session } from './session';
export { Table } from './table';
export { Transaction } from './transaction';
export { unmappedFlatFunctions } from './unmapped';
export { Update } from './update';
export { Server2003Api, VistaApi, Windows7Api, Windows8Api, Windows10Api, versionApis } from './versionApis';
export type {
  JET_COLUMNDEF, JET_COLUMNCREATE, JET_INDEXCREATE, JET_TABLECREATE, JET_SETCOLUMN, JET_RETRIEVECOLUMN, JET_SETINFO,
  JET_RETINFO, JET_RECPOS, JET_INDEXRANGE, JET_RECORDLIST, JET_OPENTEMPORARYTABLE, JET_UNICODEINDEX, JET_ENUMCOLUMN,
  JET_ENUMCOLUMNID, JET_COLUMNLIST, JET_INDEXLIST, JET_OBJECTLIST, JET_OBJECTINFO, JET_COLUMNDEF_INFO, JET_SESSIONINFO,
  JET_COMMIT_ID, JET_RSTINFO, JET_SETSYSPARAM, JET_INDEX_COLUMN, JET_INSTANCE_INFO,
  JET_INDEX_RANGE, JET_RECSIZE, JET_RECSIZE2,
} from '../jet/types';
export type { JET_DBINFOMISC, JET_DBINFOUPGRADE } from '../engine/databaseInfo';
