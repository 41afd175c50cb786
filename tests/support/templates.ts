/**
 * Set-up for the template-table tests (tests/isam/templateTables.test.ts, templateDdl.test.ts): a template "tmpl"
 * and a table "d1" derived from it, made with JetCreateTableColumnIndex3, and small readers.
 */
import {
  JET_bitIndexPrimary, JET_bitTableCreateTemplateTable, JET_coltypLong, JET_coltypLongBinary, JET_coltypLongText,
  JET_coltypText, JET_errSuccess, JET_MoveNext, JET_ObjInfo, JET_objtypTable, JET_prepInsert, out,
} from '../../src';
import type {
  JET_COLUMNDEF_INFO, JET_COLUMNID, JET_COLUMNLIST, JET_DBID, JET_OBJECTINFO, JET_TABLEID,
} from '../../src';
import { intOf, keyOf, textOf } from './isam';
import type { Isam, JET_COLUMNCREATE, JET_INDEXCREATE, JET_TABLECREATE } from './isam';

export const TEMPLATE_BIT = 0x80000000;
export const tid = (fid: number): number => (fid | TEMPLATE_BIT) >>> 0;

export function col(szColumnName: string, coltyp: number, grbit = 0): JET_COLUMNCREATE {
  return { szColumnName, coltyp, grbit };
}

export function idx(szIndexName: string, grbit: number, ...segments: string[]): JET_INDEXCREATE {
  return { szIndexName, grbit, ...keyOf(...segments) };
}

export function create(w: Isam, name: string, grbit: number, columns: JET_COLUMNCREATE[], indexes: JET_INDEXCREATE[] = [],
  template: string | null = null, dbid: JET_DBID = w.dbid): { rc: number; tc: JET_TABLECREATE } {
  const tc: JET_TABLECREATE = {
    szTableName: name, szTemplateTableName: template, rgcolumncreate: columns, cColumns: columns.length,
    rgindexcreate: indexes, cIndexes: indexes.length, grbit,
  };
  return { rc: w.api.JetCreateTableColumnIndex3(w.ses, dbid, tc), tc };
}

export function created(w: Isam, name: string, grbit: number, columns: JET_COLUMNCREATE[], indexes: JET_INDEXCREATE[] = [],
  template: string | null = null): JET_TABLECREATE {
  const r = create(w, name, grbit, columns, indexes, template);
  expect(r.rc).toBe(JET_errSuccess);
  return r.tc;
}

/** The template "tmpl": Id (Long, fixed), Name (Text, variable), Notes (LongText, tagged); primary on Id, byName. */
export function template(w: Isam, close = true): JET_TABLECREATE {
  const tc = created(w, 'tmpl', JET_bitTableCreateTemplateTable,
    [col('Id', JET_coltypLong), col('Name', JET_coltypText), col('Notes', JET_coltypLongText)],
    [idx('pk', JET_bitIndexPrimary, '+Id'), idx('byName', 0, '+Name')]);
  if (close) expect(w.api.JetCloseTable(w.ses, tc.tableid as JET_TABLEID)).toBe(JET_errSuccess);
  return tc;
}

/** "d1" derived from "tmpl": Extra (Long, fixed), Note2 (Text, variable), Blob (LongBinary, tagged); byExtra. */
export function derived(w: Isam, grbit = 0): JET_TABLECREATE {
  return created(w, 'd1', grbit,
    [col('Extra', JET_coltypLong), col('Note2', JET_coltypText), col('Blob', JET_coltypLongBinary)],
    [idx('byExtra', 0, '+Extra')], 'tmpl');
}

export function objectFlags(w: Isam, name: string): number {
  const box = out<JET_OBJECTINFO>();
  expect(w.emu.api.JetGetObjectInfo(w.ses, w.dbid, JET_objtypTable, null, name, box, 40, JET_ObjInfo)).toBe(JET_errSuccess);
  return box.value.flags;
}

export function tableInfo(w: Isam, tableid: JET_TABLEID, level: number, cbMax = 256): unknown {
  const box = out<unknown>();
  expect(w.emu.api.JetGetTableInfo(w.ses, tableid, box as never, cbMax, level)).toBe(JET_errSuccess);
  return box.value;
}

export function insert(w: Isam, tableid: JET_TABLEID, values: Array<[number, Uint8Array]>): void {
  expect(w.api.JetPrepareUpdate(w.ses, tableid, JET_prepInsert)).toBe(JET_errSuccess);
  for (const [id, v] of values) expect(w.api.JetSetColumn(w.ses, tableid, id as JET_COLUMNID, v, v.length, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetUpdate(w.ses, tableid, null, 0, null)).toBe(JET_errSuccess);
}

/** The column list's (name, columnid) rows, in the list's order. */
export function columnRows(w: Isam, tableid: JET_TABLEID, level: number): Array<[string, number]> {
  const box = out<JET_COLUMNLIST>();
  expect(w.emu.api.JetGetTableColumnInfo(w.ses, tableid, null, box, 80, level)).toBe(JET_errSuccess);
  const l = box.value;
  const rows: Array<[string, number]> = [];
  for (let i = 0; i < l.cRecord; i++) {
    if (i > 0) expect(w.api.JetMove(w.ses, l.tableid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    const name = textOf(w.api, w.ses, l.tableid, l.columnidcolumnname) as string;
    const id = intOf(w.api, w.ses, l.tableid, l.columnidcolumnid) as number;
    rows.push([name, id >>> 0]);
  }
  expect(w.api.JetCloseTable(w.ses, l.tableid)).toBe(JET_errSuccess);
  return rows;
}

export function columnInfoAt(w: Isam, tableid: JET_TABLEID, name: string, level: number): JET_COLUMNDEF_INFO {
  const box = out<JET_COLUMNDEF_INFO>();
  expect(w.emu.api.JetGetTableColumnInfo(w.ses, tableid, name, box, 28, level)).toBe(JET_errSuccess);
  return box.value;
}

