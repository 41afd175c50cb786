import {
  JET_columnidNil, JET_dbidNil, JET_instanceNil, JET_sesidNil, JET_tableidNil,
} from '../jet/types';
import type {
  JET_COLUMNID as ColumnId, JET_DBID as DbId, JET_INSTANCE as InstanceHandle, JET_SESID as SesId, JET_TABLEID as TableId,
} from '../jet/types';

/** ManagedEsent's handle types: the flat API's branded numbers, each with its Nil value. */
export type JET_INSTANCE = InstanceHandle;
export type JET_SESID = SesId;
export type JET_TABLEID = TableId;
export type JET_DBID = DbId;
export type JET_COLUMNID = ColumnId;

export const JET_INSTANCE = { Nil: JET_instanceNil } as const;
export const JET_SESID = { Nil: JET_sesidNil } as const;
export const JET_TABLEID = { Nil: JET_tableidNil } as const;
export const JET_DBID = { Nil: JET_dbidNil } as const;
export const JET_COLUMNID = { Nil: JET_columnidNil } as const;
