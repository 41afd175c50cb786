/**
 * Set-up for the regular-table (ISAM) behaviour tests in tests/isam/: an instance with a session and a created
 * database, extra sessions on the same file, table builders that use the calls real clients use (JetCreateTable,
 * JetAddColumn, JetCreateIndex), and small readers. The ISAM calls are reached through IsamApi, a typed view
 * of the emulator's api with esent.h's signatures, so these files type-check before the calls exist.
 */
import {
  createEmulator, out,
  JET_bitNewKey, JET_bitColumnTagged, JET_bitIndexPrimary, JET_bitIndexUnique, JET_coltypLong, JET_coltypLongText,
  JET_coltypText, JET_ColInfo, JET_MoveFirst, JET_MoveNext, JET_prepInsert, JET_errSuccess, JET_errNoCurrentRecord,
  JET_wrnColumnNull, JET_objtypTable, JET_ObjInfo, JET_ObjInfoList,
} from '../../src';
import type {
  Emulator, JetApi, Out, JET_COLUMNDEF, JET_COLUMNID, JET_DBID, JET_INSTANCE, JET_OBJECTINFO, JET_OBJECTLIST, JET_SESID,
  JET_TABLEID,
} from '../../src';
import { int32, int64, readInt32, readInt64 } from './fixture';

export { int32, int64, readInt32, readInt64 };

// ---- esent.h structs and functions of the ISAM ------------------------------------------------------

export interface JET_COLUMNCREATE {
  szColumnName: string;
  coltyp: number;
  cbMax?: number;
  grbit?: number;
  pvDefault?: Uint8Array | null;
  cbDefault?: number;
  cp?: number;
  /** Written: the new column's id. */
  columnid?: JET_COLUMNID;
  /** Written: this column's result. */
  err?: number;
}

export interface JET_INDEXCREATE {
  szIndexName: string;
  /** esent.h key description: "+a\0-b\0\0". */
  szKey: string;
  /** Its length, both final NULs included. */
  cbKey: number;
  grbit?: number;
  ulDensity?: number;
  cbVarSegMac?: number;
  cbKeyMost?: number;
  /** Conditional columns: { cbStruct?, szColumnName, grbit: JET_bitIndexColumnMustBeNull / MustBeNonNull }. */
  rgconditionalcolumn?: Array<{ cbStruct?: number; szColumnName: string; grbit: number }> | null;
  cConditionalColumn?: number;
  /** Tuple limits, read with JET_bitIndexTupleLimits. */
  ptuplelimits?: { chLengthMin: number; chLengthMax: number; chToIndexMax: number; cchIncrement?: number; ichStart?: number } | null;
  /** The Unicode key's locale: by lcid (JET_UNICODEINDEX) or by name (JET_UNICODEINDEX2, JET_INDEXCREATE3). */
  pidxunicode?: { lcid?: number; szLocaleName?: string; dwMapFlags?: number } | null;
  /** Written: this index's result. */
  err?: number;
}

export interface JET_TABLECREATE {
  szTableName: string;
  szTemplateTableName?: string | null;
  ulPages?: number;
  ulDensity?: number;
  rgcolumncreate: JET_COLUMNCREATE[];
  cColumns: number;
  rgindexcreate: JET_INDEXCREATE[];
  cIndexes: number;
  grbit: number;
  /** Written: the creator's cursor. */
  tableid?: JET_TABLEID;
  /** Written: table + columns + indexes created. */
  cCreated?: number;
}

export interface IsamFunctions {
  JetCreateTable(sesid: JET_SESID, dbid: JET_DBID, szTableName: string, lPages: number, lDensity: number,
    ptableid: Out<JET_TABLEID>): number;
  JetCreateTableColumnIndex(sesid: JET_SESID, dbid: JET_DBID, ptablecreate: JET_TABLECREATE): number;
  JetCreateTableColumnIndex2(sesid: JET_SESID, dbid: JET_DBID, ptablecreate: JET_TABLECREATE): number;
  JetCreateTableColumnIndex3(sesid: JET_SESID, dbid: JET_DBID, ptablecreate: JET_TABLECREATE): number;
  JetCreateTableColumnIndex4(sesid: JET_SESID, dbid: JET_DBID, ptablecreate: JET_TABLECREATE): number;
  JetAddColumn(sesid: JET_SESID, tableid: JET_TABLEID, szColumnName: string, pcolumndef: JET_COLUMNDEF,
    pvDefault: Uint8Array | null, cbDefault: number, pcolumnid: Out<JET_COLUMNID>): number;
  JetCreateIndex(sesid: JET_SESID, tableid: JET_TABLEID, szIndexName: string, grbit: number, szKeyDescription: string,
    cbKey: number, lDensity: number): number;
  JetCreateIndex2(sesid: JET_SESID, tableid: JET_TABLEID, pindexcreate: JET_INDEXCREATE[], cIndexCreate: number): number;
  JetOpenTable(sesid: JET_SESID, dbid: JET_DBID, szTableName: string, pvParameters: Uint8Array | null,
    cbParameters: number, grbit: number, ptableid: Out<JET_TABLEID>): number;
  JetDeleteTable(sesid: JET_SESID, dbid: JET_DBID, szTableName: string): number;
  JetDeleteColumn(sesid: JET_SESID, tableid: JET_TABLEID, szColumnName: string): number;
  JetDeleteIndex(sesid: JET_SESID, tableid: JET_TABLEID, szIndexName: string): number;
  JetSetCurrentIndex(sesid: JET_SESID, tableid: JET_TABLEID, szIndexName: string | null): number;
  JetGetTableColumnInfo(sesid: JET_SESID, tableid: JET_TABLEID, szColumnName: string, pvResult: Out<JET_COLUMNDEF>,
    cbResult: number, InfoLevel: number): number;
}

/** The emulator's api with the ISAM calls typed as esent.h declares them. */
export type IsamApi = Omit<JetApi, keyof IsamFunctions> & IsamFunctions;

export function isamApi(emu: Emulator): IsamApi {
  return emu.api as unknown as IsamApi;
}

/** sizeof(JET_COLUMNDEF): 28 bytes (no pointers, same on x86 and x64). */
export const cbColumnDef = 28;

// ---- worlds and sessions ------------------------------------------------------------------------------

export interface Isam {
  emu: Emulator;
  api: IsamApi;
  inst: JET_INSTANCE;
  ses: JET_SESID;
  dbid: JET_DBID;
  file: string;
}

/** A session of the world's instance with the world's database open. */
export interface Peer {
  ses: JET_SESID;
  dbid: JET_DBID;
}

/** A fresh emulator: one initialized instance, one session, one created (and open) database. */
export function isam(file = 'isam.edb'): Isam {
  const emu = createEmulator();
  const api = isamApi(emu);
  const inst = out<JET_INSTANCE>();
  expect(api.JetCreateInstance(inst, 'isam')).toBe(JET_errSuccess);
  expect(api.JetInit(inst)).toBe(JET_errSuccess);
  const ses = out<JET_SESID>();
  expect(api.JetBeginSession(inst.value, ses, '', '')).toBe(JET_errSuccess);
  const dbid = out<JET_DBID>();
  expect(api.JetCreateDatabase(ses.value, file, null, dbid, 0)).toBe(JET_errSuccess);
  return { emu, api, inst: inst.value, ses: ses.value, dbid: dbid.value, file };
}

/** Another session of the same instance, with the same file opened (every session opens its databases). */
export function peer(w: Isam): Peer {
  const ses = out<JET_SESID>();
  expect(w.api.JetBeginSession(w.inst, ses, '', '')).toBe(JET_errSuccess);
  const dbid = out<JET_DBID>();
  expect(w.api.JetOpenDatabase(ses.value, w.file, null, dbid, 0)).toBe(JET_errSuccess);
  return { ses: ses.value, dbid: dbid.value };
}

export function self(w: Isam): Peer {
  return { ses: w.ses, dbid: w.dbid };
}

/** A session of a new instance (after the world's instance ended) that attached and opened the world's file. */
export function reattached(w: Isam): Peer {
  const api = w.emu.api;
  const inst = out<JET_INSTANCE>();
  expect(api.JetCreateInstance(inst, 'again')).toBe(JET_errSuccess);
  expect(api.JetInit(inst)).toBe(JET_errSuccess);
  const ses = out<JET_SESID>();
  expect(api.JetBeginSession(inst.value, ses, '', '')).toBe(JET_errSuccess);
  expect(api.JetAttachDatabase(ses.value, w.file, 0)).toBe(JET_errSuccess);
  const dbid = out<JET_DBID>();
  expect(api.JetOpenDatabase(ses.value, w.file, null, dbid, 0)).toBe(JET_errSuccess);
  return { ses: ses.value, dbid: dbid.value };
}

// ---- key descriptions -----------------------------------------------------------------------------------

/** esent.h's key description for the segments given ("+id", "-age"), with cbKey counting both final NULs. */
export function keyOf(...segments: string[]): { szKey: string; cbKey: number } {
  const szKey = segments.map((s) => `${s}\0`).join('') + '\0';
  return { szKey, cbKey: szKey.length };
}

export function createIndex(api: IsamApi, ses: JET_SESID, tableid: JET_TABLEID, name: string, grbit: number,
  ...segments: string[]): number {
  const k = keyOf(...segments);
  return api.JetCreateIndex(ses, tableid, name, grbit, k.szKey, k.cbKey, 100);
}

// ---- tables --------------------------------------------------------------------------------------------

export function tryOpenTable(api: IsamApi, p: Peer, name: string, grbit = 0): { rc: number; tableid: JET_TABLEID } {
  const box = out<JET_TABLEID>();
  const rc = api.JetOpenTable(p.ses, p.dbid, name, null, 0, grbit, box);
  return { rc, tableid: box.value };
}

export function openTable(api: IsamApi, p: Peer, name: string, grbit = 0): JET_TABLEID {
  const r = tryOpenTable(api, p, name, grbit);
  expect(r.rc).toBe(JET_errSuccess);
  return r.tableid;
}

export function addColumn(api: IsamApi, ses: JET_SESID, tableid: JET_TABLEID, name: string, def: JET_COLUMNDEF,
  dflt: Uint8Array | null = null): JET_COLUMNID {
  const id = out<JET_COLUMNID>();
  expect(api.JetAddColumn(ses, tableid, name, def, dflt, dflt === null ? 0 : dflt.length, id)).toBe(JET_errSuccess);
  return id.value;
}

/** The column layout of the "people" table. */
export interface People {
  tableid: JET_TABLEID;
  id: JET_COLUMNID;
  name: JET_COLUMNID;
  age: JET_COLUMNID;
  note: JET_COLUMNID;
}

export const PEOPLE = 'people';

/**
 * people: id Long (primary, "+id"), name Text 1252 cbMax 64 (index "byName" "+name"), age Long (index "byAge"
 * "-age"), note LongText (tagged). Built with JetCreateTable + JetAddColumn + JetCreateIndex by the session
 * given; the creator's (exclusive) cursor is returned open unless close is set.
 */
export function createPeople(api: IsamApi, p: Peer, close = false): People {
  const box = out<JET_TABLEID>();
  expect(api.JetCreateTable(p.ses, p.dbid, PEOPLE, 0, 100, box)).toBe(JET_errSuccess);
  const t = box.value;
  const id = addColumn(api, p.ses, t, 'id', { coltyp: JET_coltypLong });
  const name = addColumn(api, p.ses, t, 'name', { coltyp: JET_coltypText, cp: 1252, cbMax: 64 });
  const age = addColumn(api, p.ses, t, 'age', { coltyp: JET_coltypLong });
  const note = addColumn(api, p.ses, t, 'note', { coltyp: JET_coltypLongText, cp: 1252, grbit: JET_bitColumnTagged });
  expect(createIndex(api, p.ses, t, 'primary', JET_bitIndexPrimary | JET_bitIndexUnique, '+id')).toBe(JET_errSuccess);
  expect(createIndex(api, p.ses, t, 'byName', 0, '+name')).toBe(JET_errSuccess);
  expect(createIndex(api, p.ses, t, 'byAge', 0, '-age')).toBe(JET_errSuccess);
  if (close) expect(api.JetCloseTable(p.ses, t)).toBe(JET_errSuccess);
  return { tableid: t, id, name, age, note };
}

/** The people columns as seen through another cursor (column ids are per table, not per cursor). */
/** people 1..2 committed, the creator's cursor closed at level 0; a is the world's session, b another one. */
export function closedPeople(): { w: Isam; p: People; a: Peer; b: Peer } {
  const w = isam();
  const p = createPeople(w.api, self(w));
  fill(w.api, w.ses, p, [[1, 'one', 10], [2, 'two', 20]]);
  expect(w.api.JetCloseTable(w.ses, p.tableid)).toBe(JET_errSuccess);
  return { w, p, a: self(w), b: peer(w) };
}

export function on(t: People, tableid: JET_TABLEID): People {
  return { ...t, tableid };
}

/** A session and its own cursor on the people table. */
export interface Side {
  ses: JET_SESID;
  t: People;
}

/**
 * Two sessions on the world's people table (created and closed beforehand): a, the world's session, and b, a new
 * peer, each with a cursor of its own.
 */
export function sides(w: Isam, c: People): { a: Side; b: Side } {
  const pb = peer(w);
  return {
    a: { ses: w.ses, t: on(c, openTable(w.api, self(w), PEOPLE)) },
    b: { ses: pb.ses, t: on(c, openTable(w.api, pb, PEOPLE)) },
  };
}

/** Inserts one person; returns the code of the first call that did not succeed, else JetUpdate's. */
export function insertPerson(api: IsamApi, ses: JET_SESID, t: People, id: number, name: string | null = null,
  age: number | null = null): number {
  let rc = api.JetPrepareUpdate(ses, t.tableid, JET_prepInsert);
  if (rc !== JET_errSuccess) return rc;
  rc = api.JetSetColumn(ses, t.tableid, t.id, int32(id), 4, 0, null);
  if (rc !== JET_errSuccess) return rc;
  if (name !== null) {
    const b = ascii(name);
    rc = api.JetSetColumn(ses, t.tableid, t.name, b, b.length, 0, null);
    if (rc !== JET_errSuccess) return rc;
  }
  if (age !== null) {
    rc = api.JetSetColumn(ses, t.tableid, t.age, int32(age), 4, 0, null);
    if (rc !== JET_errSuccess) return rc;
  }
  return api.JetUpdate(ses, t.tableid, null, 0, null);
}

/** Inserts people [id, name, age] and expects every insert to succeed. */
export function fill(api: IsamApi, ses: JET_SESID, t: People, rows: Array<[number, string | null, number | null]>): void {
  for (const [id, name, age] of rows) expect(insertPerson(api, ses, t, id, name, age)).toBe(JET_errSuccess);
}

// ---- reading ------------------------------------------------------------------------------------------

export function ascii(s: string): Uint8Array {
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

export function fromAscii(b: Uint8Array): string {
  return String.fromCharCode(...b);
}

/** A column of the current record: rc, and the bytes (null for a NULL column). */
export function retrieve(api: IsamApi, ses: JET_SESID, tableid: JET_TABLEID, col: JET_COLUMNID, grbit = 0):
  { rc: number; data: Uint8Array | null } {
  const buf = new Uint8Array(512);
  const cb = out<number>(0);
  const rc = api.JetRetrieveColumn(ses, tableid, col, buf, buf.length, cb, grbit, null);
  if (rc === JET_wrnColumnNull || rc < 0) return { rc, data: null };
  return { rc, data: buf.slice(0, cb.value) };
}

/** An int32 column of the current record; null when NULL; expects the retrieve to work. */
export function intOf(api: IsamApi, ses: JET_SESID, tableid: JET_TABLEID, col: JET_COLUMNID): number | null {
  const r = retrieve(api, ses, tableid, col);
  expect([JET_errSuccess, JET_wrnColumnNull]).toContain(r.rc);
  return r.data === null ? null : readInt32(r.data);
}

export function textOf(api: IsamApi, ses: JET_SESID, tableid: JET_TABLEID, col: JET_COLUMNID): string | null {
  const r = retrieve(api, ses, tableid, col);
  expect([JET_errSuccess, JET_wrnColumnNull]).toContain(r.rc);
  return r.data === null ? null : fromAscii(r.data);
}

/** The int32 column of every record in the current index's order, from MoveFirst to NoCurrentRecord. */
export function scan(api: IsamApi, ses: JET_SESID, tableid: JET_TABLEID, col: JET_COLUMNID): Array<number | null> {
  const seen: Array<number | null> = [];
  let rc = api.JetMove(ses, tableid, JET_MoveFirst, 0);
  while (rc === JET_errSuccess) {
    seen.push(intOf(api, ses, tableid, col));
    rc = api.JetMove(ses, tableid, JET_MoveNext, 0);
  }
  expect(rc).toBe(JET_errNoCurrentRecord);
  return seen;
}

/** The ids of all people, through a cursor of the session given, in primary-key order. */
export function peopleIds(api: IsamApi, ses: JET_SESID, t: People): Array<number | null> {
  return scan(api, ses, t.tableid, t.id);
}

/** MakeKey(int32) + JetSeek on the cursor's current index; returns the seek's code. */
export function seekInt(api: IsamApi, ses: JET_SESID, tableid: JET_TABLEID, n: number, grbit: number): number {
  expect(api.JetMakeKey(ses, tableid, int32(n), 4, JET_bitNewKey)).toBe(JET_errSuccess);
  return api.JetSeek(ses, tableid, grbit);
}

export function seekText(api: IsamApi, ses: JET_SESID, tableid: JET_TABLEID, s: string, grbit: number): number {
  const b = ascii(s);
  expect(api.JetMakeKey(ses, tableid, b, b.length, JET_bitNewKey)).toBe(JET_errSuccess);
  return api.JetSeek(ses, tableid, grbit);
}

/** JetGetTableColumnInfo(JET_ColInfo) by name. */
export function columnInfo(api: IsamApi, ses: JET_SESID, tableid: JET_TABLEID, name: string):
  { rc: number; def: JET_COLUMNDEF } {
  const box = out<JET_COLUMNDEF>({ coltyp: 0 });
  const rc = api.JetGetTableColumnInfo(ses, tableid, name, box, cbColumnDef, JET_ColInfo);
  return { rc, def: box.value };
}

// ---- the catalog as a session sees it ---------------------------------------------------------------------

/** JetCreateTable by p: its code and the tableid it gave. */
export function tryCreate(w: Isam, p: Peer, name: string): { rc: number; tableid: JET_TABLEID } {
  const box = out<JET_TABLEID>();
  const rc = w.api.JetCreateTable(p.ses, p.dbid, name, 0, 100, box);
  return { rc, tableid: box.value };
}

/** The code of JetOpenTable by p; the cursor, if any, is closed again. */
export function openRc(w: Isam, p: Peer, name: string): number {
  const r = tryOpenTable(w.api, p, name);
  if (r.rc >= 0) expect(w.api.JetCloseTable(p.ses, r.tableid)).toBe(JET_errSuccess);
  return r.rc;
}

/** The table names JetGetObjectInfo(JET_ObjInfoList) gives p. */
export function listed(w: Isam, p: Peer): string[] {
  const api = w.emu.api;
  const box = out<JET_OBJECTLIST>();
  expect(api.JetGetObjectInfo(p.ses, p.dbid, JET_objtypTable, null, null, box, 56, JET_ObjInfoList)).toBe(JET_errSuccess);
  const l = box.value;
  const names: string[] = [];
  for (let rc = l.cRecord > 0 ? JET_errSuccess : -1; rc === JET_errSuccess; rc = api.JetMove(p.ses, l.tableid, JET_MoveNext, 0)) {
    const b = new Uint8Array(64);
    const size = out<number>();
    expect(api.JetRetrieveColumn(p.ses, l.tableid, l.columnidobjectname, b, 64, size, 0, null)).toBe(JET_errSuccess);
    names.push(fromAscii(b.subarray(0, size.value)));
  }
  expect(api.JetCloseTable(p.ses, l.tableid)).toBe(JET_errSuccess);
  return names;
}

/** The code of JetGetObjectInfo(JET_ObjInfo) of one table by p. */
export function infoRc(w: Isam, p: Peer, name: string): number {
  return w.emu.api.JetGetObjectInfo(p.ses, p.dbid, JET_objtypTable, null, name, out<JET_OBJECTINFO>(), 40, JET_ObjInfo);
}

/** A temp table of one Long key column (JET_bitColumnTTKey) with the rows given, opened with grbit. */
export function intTempTable(w: Isam, grbit: number, rows: number[]): { tableid: JET_TABLEID; col: JET_COLUMNID } {
  const defs: JET_COLUMNDEF[] = [{ coltyp: JET_coltypLong, grbit: 0x40 /* JET_bitColumnTTKey */ }];
  const ids: JET_COLUMNID[] = [];
  const box = out<JET_TABLEID>();
  expect(w.api.JetOpenTempTable(w.ses, defs, 1, grbit, box, ids)).toBe(JET_errSuccess);
  for (const n of rows) {
    expect(w.api.JetPrepareUpdate(w.ses, box.value, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, box.value, ids[0], int32(n), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, box.value, null, 0, null)).toBe(JET_errSuccess);
  }
  return { tableid: box.value, col: ids[0] };
}

