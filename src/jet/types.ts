/**
 * The esent.h types, shaped for TypeScript. Handles are numbers with a brand
 * so they cannot be mixed up at compile time; at run time any value may
 * arrive, and the API answers a bad one with the engine's error code.
 */
declare const brand: unique symbol;
type Handle<Name extends string> = number & { readonly [brand]: Name };

export type JET_INSTANCE = Handle<'JET_INSTANCE'>;
export type JET_SESID = Handle<'JET_SESID'>;
export type JET_TABLEID = Handle<'JET_TABLEID'>;
export type JET_DBID = Handle<'JET_DBID'>;
export type JET_COLUMNID = Handle<'JET_COLUMNID'>;
/** 0 success, > 0 warning, < 0 error. */
export type JET_ERR = number;
export type JET_GRBIT = number;

export const JET_instanceNil = -1 as JET_INSTANCE;
export const JET_sesidNil = -1 as JET_SESID;
export const JET_tableidNil = -1 as JET_TABLEID;
export const JET_dbidNil = 0xffffffff as JET_DBID;
export const JET_columnidNil = -1 as JET_COLUMNID;

export { out } from './outBox';
export type { Out } from './outBox';

export interface JET_COLUMNDEF {
  coltyp: number;
  cp?: number;
  cbMax?: number;
  grbit?: JET_GRBIT;
  /** Written back by the temp-table APIs. */
  columnid?: JET_COLUMNID;
}

export interface JET_UNICODEINDEX {
  lcid?: number;
  szLocaleName?: string;
  dwMapFlags?: number;
}

export interface JET_OPENTEMPORARYTABLE {
  prgcolumndef: JET_COLUMNDEF[];
  ccolumn: number;
  pidxunicode?: JET_UNICODEINDEX | null;
  grbit: JET_GRBIT;
  /** Filled with the column ids, in input order. */
  prgcolumnid: JET_COLUMNID[];
  cbKeyMost?: number;
  cbVarSegMac?: number;
  /** Written with the new cursor. */
  tableid?: JET_TABLEID;
}

export interface JET_SETCOLUMN {
  columnid: JET_COLUMNID;
  pvData: Uint8Array | null;
  cbData: number;
  grbit?: JET_GRBIT;
  ibLongValue?: number;
  itagSequence?: number;
  /** Written: this column's result. */
  err?: JET_ERR;
}

export interface JET_RETRIEVECOLUMN {
  columnid: JET_COLUMNID;
  pvData: Uint8Array | null;
  cbData: number;
  grbit?: JET_GRBIT;
  ibLongValue?: number;
  itagSequence?: number;
  /** Written: the value's full size. */
  cbActual?: number;
  columnidNextTagged?: JET_COLUMNID;
  /** Written: this column's result. */
  err?: JET_ERR;
}

export interface JET_SETINFO {
  /** When given, at least sizeof(JET_SETINFO), 12 (else InvalidParameter). */
  cbStruct?: number;
  ibLongValue?: number;
  itagSequence?: number;
}

export interface JET_RETINFO {
  /** When given, at least sizeof(JET_RETINFO), 16 (else InvalidParameter). */
  cbStruct?: number;
  ibLongValue?: number;
  itagSequence?: number;
  /** Written on a regular table: the column the value was read from. */
  columnidNextTagged?: JET_COLUMNID;
}

/** esent.h's JET_SESSIONINFO: 24 bytes on x64 (the size JetGetSessionInfo's cbMax must reach). */
export interface JET_SESSIONINFO {
  /** Start of the level-0 transaction; 0xFFFFFFFF outside one. */
  ulTrxBegin0: number;
  ulTrxLevel: number;
  ulProcid: number;
  /** Unused by the engine: always 0. */
  ulFlags: number;
  /** The thread id or session context that owns the transaction. */
  ulTrxContext: number;
}

export interface JET_SETSYSPARAM {
  paramid: number;
  lParam?: number;
  sz?: string | null;
  /** Written: this parameter's result. */
  err?: JET_ERR;
}

export interface JET_RSTINFO {
  cbStruct: number;
}

export interface JET_COMMIT_ID {
  commitId: number;
}

/** A column of JetCreateTableColumnIndex* (esent.h JET_COLUMNCREATE). */
export interface JET_COLUMNCREATE {
  cbStruct?: number;
  szColumnName: string;
  coltyp: number;
  cbMax?: number;
  grbit?: JET_GRBIT;
  pvDefault?: Uint8Array | null;
  cbDefault?: number;
  cp?: number;
  /** Written: the new column's id. */
  columnid?: JET_COLUMNID;
  /** Written: this column's result. */
  err?: JET_ERR;
}

/** An index of JetCreateIndex2 / JetCreateTableColumnIndex* (esent.h JET_INDEXCREATE). */
export interface JET_INDEXCREATE {
  cbStruct?: number;
  szIndexName: string;
  /** The key description, e.g. "+name\0-age\0\0". */
  szKey: string;
  /** Its length, both final NULs included. */
  cbKey: number;
  grbit?: JET_GRBIT;
  ulDensity?: number;
  lcid?: number;
  pidxunicode?: JET_UNICODEINDEX | null;
  cbVarSegMac?: number;
  /** Conditional columns: the record is in the index only when each is NULL (MustBeNull) or not (MustBeNonNull). */
  rgconditionalcolumn?: JET_CONDITIONALCOLUMN[] | null;
  cConditionalColumn?: number;
  /** JET_INDEXCREATE2+: the limits of a tuple index, read with JET_bitIndexTupleLimits. */
  ptuplelimits?: JET_TUPLELIMITS | null;
  cbKeyMost?: number;
  /** Written: this index's result. */
  err?: JET_ERR;
}

/** JetCreateTableColumnIndex*'s description of a table (esent.h JET_TABLECREATE..4). */
export interface JET_TABLECREATE {
  cbStruct?: number;
  szTableName: string;
  szTemplateTableName?: string | null;
  ulPages?: number;
  ulDensity?: number;
  rgcolumncreate: JET_COLUMNCREATE[];
  cColumns: number;
  rgindexcreate: JET_INDEXCREATE[];
  cIndexes: number;
  grbit?: JET_GRBIT;
  /** Written: a cursor on the new table, opened exclusively. */
  tableid?: JET_TABLEID;
  /** Written: how many columns and indexes were created. */
  cCreated?: number;
}

/** What JetGetTableColumnInfo / JetGetColumnInfo answer at JET_ColInfo (esent.h JET_COLUMNDEF). */
export interface JET_COLUMNDEF_INFO {
  columnid: JET_COLUMNID;
  coltyp: number;
  wCountry: number;
  langid: number;
  cp: number;
  wCollate: number;
  cbMax: number;
  grbit: JET_GRBIT;
}

/**
 * JET_COLUMNBASE (JET_ColInfoBase / JET_ColInfoBaseByColid): a column's definition with its name and its table's
 * (info.cxx ErrInfoGetTableColumnInfoBase); `cbStruct` is sizeof(JET_COLUMNBASE_A), 540.
 */
export interface JET_COLUMNBASE {
  cbStruct: number;
  columnid: JET_COLUMNID;
  coltyp: number;
  wCountry: number;
  langid: number;
  cp: number;
  wFiller: number;
  cbMax: number;
  grbit: JET_GRBIT;
  szBaseTableName: string;
  szBaseColumnName: string;
}

/** What JetGetTableColumnInfo answers at JET_ColInfoList: a temp table of the columns, and the ids of its columns. */
export interface JET_COLUMNLIST {
  cbStruct: number;
  tableid: JET_TABLEID;
  cRecord: number;
  columnidPresentationOrder: JET_COLUMNID;
  columnidcolumnname: JET_COLUMNID;
  columnidcolumnid: JET_COLUMNID;
  columnidcoltyp: JET_COLUMNID;
  columnidCountry: JET_COLUMNID;
  columnidLangid: JET_COLUMNID;
  columnidCp: JET_COLUMNID;
  columnidCollate: JET_COLUMNID;
  columnidcbMax: JET_COLUMNID;
  columnidgrbit: JET_COLUMNID;
  columnidDefault: JET_COLUMNID;
  columnidBaseTableName: JET_COLUMNID;
  columnidBaseColumnName: JET_COLUMNID;
  columnidDefinitionName: JET_COLUMNID;
}

/** What JetGetObjectInfo answers at JET_ObjInfoList: a temp table of the database's objects. */
export interface JET_OBJECTLIST {
  cbStruct: number;
  tableid: JET_TABLEID;
  cRecord: number;
  columnidcontainername: JET_COLUMNID;
  columnidobjectname: JET_COLUMNID;
  columnidobjtyp: JET_COLUMNID;
  columniddtCreate: JET_COLUMNID;
  columniddtUpdate: JET_COLUMNID;
  columnidgrbit: JET_COLUMNID;
  columnidflags: JET_COLUMNID;
  columnidcRecord: JET_COLUMNID;
  columnidcPage: JET_COLUMNID;
}

/** What JetGetObjectInfo answers at JET_ObjInfo for one table. */
export interface JET_OBJECTINFO {
  cbStruct: number;
  objtyp: number;
  grbit: JET_GRBIT;
  flags: number;
  cRecord: number;
  cPage: number;
}

/** What JetGetTableIndexInfo answers at JET_IdxInfoList: a temp table with one row per key column of each index. */
export interface JET_INDEXLIST {
  cbStruct: number;
  tableid: JET_TABLEID;
  cRecord: number;
  columnidindexname: JET_COLUMNID;
  columnidgrbitIndex: JET_COLUMNID;
  columnidcKey: JET_COLUMNID;
  columnidcEntry: JET_COLUMNID;
  columnidcPage: JET_COLUMNID;
  columnidcColumn: JET_COLUMNID;
  columnidiColumn: JET_COLUMNID;
  columnidcolumnid: JET_COLUMNID;
  columnidcoltyp: JET_COLUMNID;
  columnidCountry: JET_COLUMNID;
  columnidLangid: JET_COLUMNID;
  columnidCp: JET_COLUMNID;
  columnidCollate: JET_COLUMNID;
  columnidgrbitColumn: JET_COLUMNID;
  columnidcolumnname: JET_COLUMNID;
  /** Absent when the result had room for the original struct only (84 bytes, cbStruct 84). */
  columnidLCMapFlags?: JET_COLUMNID;
}

/** A record's position in its index (JetGetRecordPosition / JetGotoPosition). */
export interface JET_RECPOS {
  cbStruct?: number;
  centriesLT: number;
  centriesInRange: number;
  centriesTotal: number;
}

/** One input of JetIntersectIndexes: a cursor on a secondary index with its range set, and JET_bitRecordInIndex. */
export interface JET_INDEXRANGE {
  /** sizeof(JET_INDEXRANGE), 24 on x64; may be left out. */
  cbStruct?: number;
  tableid: JET_TABLEID;
  grbit: number;
}

/** JetIntersectIndexes' result: a temp table of primary bookmarks (one Binary key column). */
export interface JET_RECORDLIST {
  cbStruct: number;
  tableid: JET_TABLEID;
  cRecord: number;
  columnidBookmark: JET_COLUMNID;
}

/** A conditional column of a JET_INDEXCREATE. */
export interface JET_CONDITIONALCOLUMN {
  /** sizeof(JET_CONDITIONALCOLUMN), 24 on x64; may be left out. */
  cbStruct?: number;
  szColumnName: string;
  /** JET_bitIndexColumnMustBeNull or JET_bitIndexColumnMustBeNonNull. */
  grbit: number;
}

/** The limits of a tuple index (JET_INDEXCREATE2+ ptuplelimits with JET_bitIndexTupleLimits), in characters. */
export interface JET_TUPLELIMITS {
  chLengthMin: number;
  chLengthMax: number;
  chToIndexMax: number;
  cchIncrement?: number;
  ichStart?: number;
}

/** One column JetEnumerateColumns is asked for: its id and, when ctagSequence is not 0, which of its values. */
export interface JET_ENUMCOLUMNID {
  columnid: JET_COLUMNID;
  ctagSequence?: number;
  rgtagSequence?: number[] | null;
}

/** One value JetEnumerateColumns hands back (pvData is a Uint8Array of its own, null when there is no data). */
export interface JET_ENUMCOLUMNVALUE {
  itagSequence: number;
  err: JET_ERR;
  cbData: number;
  pvData: Uint8Array | null;
}

/**
 * One column JetEnumerateColumns hands back. With err JET_wrnColumnSingleValue the one value is in the struct
 * (cbData / pvData); otherwise its values are in rgEnumColumnValue (null when there are none).
 */
export type JET_ENUMCOLUMN =
  | { columnid: JET_COLUMNID; err: JET_ERR; cEnumColumnValue: number; rgEnumColumnValue: JET_ENUMCOLUMNVALUE[] | null }
  | { columnid: JET_COLUMNID; err: JET_ERR; cbData: number; pvData: Uint8Array };

/**
 * One condition on a column (esent.h JET_INDEX_COLUMN): a JetSetCursorFilter condition, or one column of a
 * JET_INDEX_RANGE's start or end. `relop` is a JET_relop* value; `pv` the value's bytes (cb of them; null and cb 0:
 * NULL, or zero-length with `grbit` JET_bitZeroLength).
 */
export interface JET_INDEX_COLUMN {
  columnid: JET_COLUMNID;
  relop: number;
  pv: Uint8Array | null;
  cb: number;
  grbit: number;
}

/** A range of an index for JetPrereadIndexRanges (esent.h JET_INDEX_RANGE): its start and end columns. */
export interface JET_INDEX_RANGE {
  rgStartColumns: JET_INDEX_COLUMN[] | null;
  cStartColumns: number;
  rgEndColumns: JET_INDEX_COLUMN[] | null;
  cEndColumns: number;
}

/** One instance as JetGetInstanceInfo lists it (esent.h JET_INSTANCE_INFO), with its attached, logged databases. */
export interface JET_INSTANCE_INFO {
  hInstanceId: JET_INSTANCE;
  /** null for an instance made without a name (or with an empty one). */
  szInstanceName: string | null;
  cDatabases: number;
  szDatabaseFileName: string[];
  /** The engine never fills these in: one null per database. */
  szDatabaseDisplayName: Array<string | null>;
  szDatabaseSLVFileName_Obsolete: null;
}

/** JetGetRecordSize's structs: defined where the sizes are measured (src/engine/recordSize.ts). */
export type { JET_RECSIZE, JET_RECSIZE2 } from '../engine/recordSize';
/** JetGetErrorInfo's and JetGetThreadStats's structs: defined beside the code that fills them. */
export type { JET_ERRINFOBASIC } from '../engine/errorInfo';
export type { JET_THREADSTATS } from '../engine/threadStats';
