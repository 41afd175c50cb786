import { createEmulator } from '../../src';
import {
  createApi, ColumndefGrbit, CreateIndexGrbit, JET_coltyp, JET_CP, JET_prep, OpenTableGrbit,
} from '../../src/managed';
import { int32 } from '../support/fixture';
import type {
  ManagedApi, JET_COLUMNID, JET_DBID, JET_INSTANCE, JET_SESID, JET_TABLEID,
} from '../../src/managed';

/** A managed Api over a fresh emulator, with an initialised instance, a session and a database. */
export interface ManagedWorld {
  api: ManagedApi;
  instance: JET_INSTANCE;
  sesid: JET_SESID;
  dbid: JET_DBID;
}

/** A table "n" with a Long column "v" (primary index on it) holding 1..5. */
export function numbers(w: ManagedWorld): { tableid: JET_TABLEID; v: JET_COLUMNID } {
  const { api, sesid, dbid } = w;
  const tableid = api.JetCreateTable(sesid, dbid, 'n', 0, 100);
  const v = api.JetAddColumn(sesid, tableid, 'v', { coltyp: JET_coltyp.Long, grbit: ColumndefGrbit.ColumnNotNULL }, null, 0);
  api.JetCreateIndex(sesid, tableid, 'primary', CreateIndexGrbit.IndexPrimary | CreateIndexGrbit.IndexUnique, '+v\0\0', 4, 100);
  for (let i = 1; i <= 5; i++) {
    api.JetPrepareUpdate(sesid, tableid, JET_prep.Insert);
    api.JetSetColumn(sesid, tableid, v, int32(i), 4, 0, null);
    api.JetUpdate(sesid, tableid);
  }
  return { tableid, v };
}

export function managedWorld(): ManagedWorld {
  const api = createApi(createEmulator().api);
  const instance = api.JetCreateInstance('managed');
  api.JetInit(instance);
  const sesid = api.BeginSession(instance);
  const dbid = api.CreateDatabase(sesid, 'managed.edb', 0);
  return { api, instance, sesid, dbid };
}

/** Column names of the test table, one per managed value type, each with its esent column type. */
export const COLUMNS = {
  key: JET_coltyp.Long,
  int16: JET_coltyp.Short,
  uint16: JET_coltyp.UnsignedShort,
  int32: JET_coltyp.Long,
  uint32: JET_coltyp.UnsignedLong,
  int64: JET_coltyp.LongLong,
  uint64: JET_coltyp.UnsignedLongLong,
  byte: JET_coltyp.UnsignedByte,
  bool: JET_coltyp.Bit,
  float: JET_coltyp.IEEESingle,
  double: JET_coltyp.IEEEDouble,
  date: JET_coltyp.DateTime,
  guid: JET_coltyp.GUID,
  binary: JET_coltyp.LongBinary,
  unicode: JET_coltyp.LongText,
  ascii: JET_coltyp.LongText,
} as const;

export type ColumnName = keyof typeof COLUMNS;

/**
 * A table "t" with a column per managed type, a unique primary index on `key`, and a secondary index on
 * `unicode`. Returns an open cursor and the column ids.
 */
export function typedTable(w: ManagedWorld, name = 't'): { tableid: JET_TABLEID; columns: Record<ColumnName, JET_COLUMNID> } {
  const { api, sesid, dbid } = w;
  const tableid = api.JetCreateTable(sesid, dbid, name, 0, 100);
  const columns = {} as Record<ColumnName, JET_COLUMNID>;
  for (const [column, coltyp] of Object.entries(COLUMNS) as Array<[ColumnName, number]>) {
    const cp = column === 'ascii' ? JET_CP.ASCII : column === 'unicode' ? JET_CP.Unicode : 0;
    columns[column] = api.JetAddColumn(sesid, tableid, column, { coltyp, cp, grbit: column === 'key' ? ColumndefGrbit.ColumnNotNULL : 0 }, null, 0);
  }
  api.JetCreateIndex(sesid, tableid, 'primary', CreateIndexGrbit.IndexPrimary | CreateIndexGrbit.IndexUnique, '+key\0\0', '+key\0\0'.length, 100);
  api.JetCreateIndex(sesid, tableid, 'byUnicode', 0, '+unicode\0\0', '+unicode\0\0'.length, 100);
  api.JetCloseTable(sesid, tableid);
  return { tableid: api.OpenTable(sesid, dbid, name, OpenTableGrbit.None), columns };
}
