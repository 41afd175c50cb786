/**
 * Template tables and the tables derived from them (JET_bitTableCreateTemplateTable, szTemplateTableName), as the
 * engine settles them:
 * - fcreate.cxx ErrIsamCreateTableColumnIndex: TemplateTable with a template name is CannotNestDDL;
 *   NoFixedVarColumnsInDerivedTables is InvalidGrbit, with a template or without.
 * - fcreate.cxx ErrFILECreateTable: the template is opened read-only by name (ObjectNotFound in this database) and
 *   must be a template (DDLNotInheritable: a plain or a derived table is not); the template is then static (never
 *   again opened with PermitDDL: fileopen.cxx answers TableInUse). MSysObjects flags: a template is
 *   Template | FixedDDL, a derived table Derived (| FixedDDL when asked); the creator's cursor of a FixedDDL table
 *   (not a template) may do DDL until it is closed.
 * - daedef.hxx fCOLUMNIDTemplate (0x80000000): every column id of a template has it, in the template and in the
 *   derived tables; ErrFILEIAddColumns: a derived table's own fixed and variable columns continue the template's id
 *   space, its tagged ones start their own at 256. fldext.cxx ErrRECIAccessColumn: a template id on a table without
 *   template, or an id without the bit on a template, is ColumnNotFound.
 * - ErrFILEIInheritIndexes: the template's indexes are the derived table's, under the same names (IndexDuplicate,
 *   IndexHasPrimary for a second primary).
 * - DDL: AddColumn on a FixedDDL table without PermitDDL is FixedDDL, on a template only tagged columns; CreateIndex on
 *   a template is always FixedDDL; DeleteColumn / DeleteIndex on a FixedDDL table FixedDDL, on an inherited column or
 *   index FixedInheritedDDL (JET_bitDeleteColumnIgnoreTemplateColumns skips the template's columns);
 *   ErrFILEDeleteTable: CannotDeleteTemplateTable once the table is opened for the delete; cat.cxx
 *   ErrCATIRenameTable: a template or FixedDDL table is FixedDDL; cat.cxx ErrCATRenameColumn and fldmod.cxx
 *   ErrIsamSetColumnDefaultValue look in the table's own columns (a derived table's template column: ColumnNotFound).
 * - info.cxx: JET_TblInfoTemplateTableName is the template's name; the column list holds the template's columns
 *   first (none with JET_ColInfoGrbitNonDerivedColumnsOnly); tagfld.hxx orders a record's template (derived) tagged
 *   columns before the table's own.
 */
import {
  out, JET_bitColumnAutoincrement, JET_bitColumnTagged, JET_bitColumnVersion, JET_errColumnRedundant, JET_bitDeleteColumnIgnoreTemplateColumns, JET_bitIndexPrimary, JET_bitObjectTableDerived,
  JET_bitObjectTableFixedDDL, JET_bitObjectTableTemplate, JET_bitSeekEQ, JET_bitTableCreateFixedDDL,
  JET_bitTableCreateNoFixedVarColumnsInDerivedTables, JET_bitTableCreateTemplateTable, JET_bitTableDenyRead,
  JET_bitTablePermitDDL, JET_ColInfo, JET_ColInfoByColid, JET_ColInfoGrbitNonDerivedColumnsOnly, JET_ColInfoList, JET_ColInfoListCompact, JET_ColInfoListSortColumnid,
  JET_coltypLong, JET_coltypLongBinary, JET_coltypLongText, JET_coltypText, JET_errCannotDeleteTemplateTable,
  JET_errCannotNestDDL, JET_errColumnDuplicate, JET_errColumnNotFound, JET_errDDLNotInheritable, JET_errFixedDDL,
  JET_errFixedInheritedDDL, JET_errIndexDuplicate, JET_errIndexHasPrimary, JET_errInvalidGrbit, JET_errObjectNotFound,
  JET_errSuccess, JET_errTableInUse, JET_errTableLocked, JET_IdxInfo, JET_MoveFirst, JET_MoveNext, JET_ObjInfo, JET_ObjInfoList, JET_objtypTable,
  JET_prepInsert, JET_TblInfo, JET_TblInfoTemplateTableName,
} from '../../src';
import type { JET_COLUMNDEF_INFO, JET_COLUMNID, JET_COLUMNLIST, JET_DBID, JET_INDEXLIST, JET_OBJECTINFO, JET_OBJECTLIST, JET_TABLEID } from '../../src';
import {
  ascii, columnInfo, createIndex, int32, intOf, isam, keyOf, openTable, peer, self, seekText, textOf, tryOpenTable,
} from '../support/isam';
import type { Isam, JET_COLUMNCREATE, JET_INDEXCREATE, JET_TABLECREATE } from '../support/isam';

const TEMPLATE_BIT = 0x80000000;
const tid = (fid: number): number => (fid | TEMPLATE_BIT) >>> 0;

function col(szColumnName: string, coltyp: number, grbit = 0): JET_COLUMNCREATE {
  return { szColumnName, coltyp, grbit };
}

function idx(szIndexName: string, grbit: number, ...segments: string[]): JET_INDEXCREATE {
  return { szIndexName, grbit, ...keyOf(...segments) };
}

function create(w: Isam, name: string, grbit: number, columns: JET_COLUMNCREATE[], indexes: JET_INDEXCREATE[] = [],
  template: string | null = null, dbid: JET_DBID = w.dbid): { rc: number; tc: JET_TABLECREATE } {
  const tc: JET_TABLECREATE = {
    szTableName: name, szTemplateTableName: template, rgcolumncreate: columns, cColumns: columns.length,
    rgindexcreate: indexes, cIndexes: indexes.length, grbit,
  };
  return { rc: w.api.JetCreateTableColumnIndex3(w.ses, dbid, tc), tc };
}

function created(w: Isam, name: string, grbit: number, columns: JET_COLUMNCREATE[], indexes: JET_INDEXCREATE[] = [],
  template: string | null = null): JET_TABLECREATE {
  const r = create(w, name, grbit, columns, indexes, template);
  expect(r.rc).toBe(JET_errSuccess);
  return r.tc;
}

/** The template "tmpl": Id (Long, fixed), Name (Text, variable), Notes (LongText, tagged); primary on Id, byName. */
function template(w: Isam, close = true): JET_TABLECREATE {
  const tc = created(w, 'tmpl', JET_bitTableCreateTemplateTable,
    [col('Id', JET_coltypLong), col('Name', JET_coltypText), col('Notes', JET_coltypLongText)],
    [idx('pk', JET_bitIndexPrimary, '+Id'), idx('byName', 0, '+Name')]);
  if (close) expect(w.api.JetCloseTable(w.ses, tc.tableid as JET_TABLEID)).toBe(JET_errSuccess);
  return tc;
}

/** "d1" derived from "tmpl": Extra (Long, fixed), Note2 (Text, variable), Blob (LongBinary, tagged); byExtra. */
function derived(w: Isam, grbit = 0): JET_TABLECREATE {
  return created(w, 'd1', grbit,
    [col('Extra', JET_coltypLong), col('Note2', JET_coltypText), col('Blob', JET_coltypLongBinary)],
    [idx('byExtra', 0, '+Extra')], 'tmpl');
}

function objectFlags(w: Isam, name: string): number {
  const box = out<JET_OBJECTINFO>();
  expect(w.emu.api.JetGetObjectInfo(w.ses, w.dbid, JET_objtypTable, null, name, box, 40, JET_ObjInfo)).toBe(JET_errSuccess);
  return box.value.flags;
}

function tableInfo(w: Isam, tableid: JET_TABLEID, level: number, cbMax = 256): unknown {
  const box = out<unknown>();
  expect(w.emu.api.JetGetTableInfo(w.ses, tableid, box as never, cbMax, level)).toBe(JET_errSuccess);
  return box.value;
}

function insert(w: Isam, tableid: JET_TABLEID, values: Array<[number, Uint8Array]>): void {
  expect(w.api.JetPrepareUpdate(w.ses, tableid, JET_prepInsert)).toBe(JET_errSuccess);
  for (const [id, v] of values) expect(w.api.JetSetColumn(w.ses, tableid, id as JET_COLUMNID, v, v.length, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetUpdate(w.ses, tableid, null, 0, null)).toBe(JET_errSuccess);
}

/** The column list's (name, columnid) rows, in the list's order. */
function columnRows(w: Isam, tableid: JET_TABLEID, level: number): Array<[string, number]> {
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

function columnInfoAt(w: Isam, tableid: JET_TABLEID, name: string, level: number): JET_COLUMNDEF_INFO {
  const box = out<JET_COLUMNDEF_INFO>();
  expect(w.emu.api.JetGetTableColumnInfo(w.ses, tableid, name, box, 28, level)).toBe(JET_errSuccess);
  return box.value;
}

describe('creating a template table and a derived table', () => {
  it('gives every template column the template bit, in each class', () => {
    const w = isam();
    const tc = template(w, false);
    expect(tc.cCreated).toBe(6);
    expect(tc.rgcolumncreate.map((c) => c.columnid)).toEqual([tid(1), tid(128), tid(256)]);
    const t = tc.tableid as JET_TABLEID;
    expect(columnInfo(w.api, w.ses, t, 'Name').def.columnid).toBe(tid(128));
    expect(tableInfo(w, t, JET_TblInfoTemplateTableName)).toBe('');
    expect(objectFlags(w, 'tmpl')).toBe(JET_bitObjectTableTemplate | JET_bitObjectTableFixedDDL);
    expect((tableInfo(w, t, JET_TblInfo) as JET_OBJECTINFO).flags).toBe(JET_bitObjectTableTemplate | JET_bitObjectTableFixedDDL);
  });

  it('continues the fixed and variable id space of the template; tagged ids start again at 256', () => {
    const w = isam();
    template(w);
    const tc = derived(w);
    // The table, its 3 own columns and its own index (the inherited ones are not counted).
    expect(tc.cCreated).toBe(5);
    expect(tc.rgcolumncreate.map((c) => c.columnid)).toEqual([2, 129, 256]);
    const t = tc.tableid as JET_TABLEID;
    expect(columnInfo(w.api, w.ses, t, 'Id').def.columnid).toBe(tid(1));
    expect(columnInfo(w.api, w.ses, t, 'Notes').def.columnid).toBe(tid(256));
    expect(columnInfo(w.api, w.ses, t, 'Extra').def.columnid).toBe(2);
    expect(tableInfo(w, t, JET_TblInfoTemplateTableName)).toBe('tmpl');
    expect(objectFlags(w, 'd1')).toBe(JET_bitObjectTableDerived);
    expect((tableInfo(w, t, JET_TblInfo) as JET_OBJECTINFO).flags).toBe(JET_bitObjectTableDerived);
  });

  it('a derived table asked to have fixed DDL is Derived | FixedDDL', () => {
    const w = isam();
    template(w);
    derived(w, JET_bitTableCreateFixedDDL);
    expect(objectFlags(w, 'd1')).toBe(JET_bitObjectTableDerived | JET_bitObjectTableFixedDDL);
    // The list form reads the same catalog flags (info.cxx ErrInfoGetObjectInfoList), one row per table by name.
    created(w, 'plain', 0, []);
    const box = out<JET_OBJECTLIST>();
    expect(w.emu.api.JetGetObjectInfo(w.ses, w.dbid, JET_objtypTable, null, null, box, 56, JET_ObjInfoList)).toBe(JET_errSuccess);
    const flags: number[] = [];
    for (let i = 0; i < box.value.cRecord; i++) {
      if (i > 0) expect(w.api.JetMove(w.ses, box.value.tableid, JET_MoveNext, 0)).toBe(JET_errSuccess);
      flags.push(intOf(w.api, w.ses, box.value.tableid, box.value.columnidflags) as number);
    }
    expect(flags).toEqual([JET_bitObjectTableDerived | JET_bitObjectTableFixedDDL, 0, JET_bitObjectTableTemplate | JET_bitObjectTableFixedDDL]);
  });

  it('refuses the grbits that do not go together (CannotNestDDL, InvalidGrbit)', () => {
    const w = isam();
    template(w);
    expect(create(w, 'x', JET_bitTableCreateTemplateTable, [], [], 'tmpl').rc).toBe(JET_errCannotNestDDL);
    expect(create(w, 'x', JET_bitTableCreateTemplateTable | JET_bitTableCreateNoFixedVarColumnsInDerivedTables, []).rc)
      .toBe(JET_errInvalidGrbit);
    expect(create(w, 'x', JET_bitTableCreateNoFixedVarColumnsInDerivedTables, []).rc).toBe(JET_errInvalidGrbit);
    expect(tryOpenTable(w.api, self(w), 'x').rc).toBe(JET_errObjectNotFound);
  });

  it('needs a template of the same database: ObjectNotFound, then DDLNotInheritable for a table that is not one', () => {
    const w = isam();
    template(w);
    const other = out<JET_DBID>();
    expect(w.api.JetCreateDatabase(w.ses, 'other.edb', null, other, 0)).toBe(JET_errSuccess);
    expect(create(w, 'x', 0, [], [], 'tmpl', other.value).rc).toBe(JET_errObjectNotFound);
    expect(create(w, 'x', 0, [], [], 'nosuch').rc).toBe(JET_errObjectNotFound);
    created(w, 'plain', 0, [col('A', JET_coltypLong)]);
    expect(create(w, 'x', 0, [], [], 'plain').rc).toBe(JET_errDDLNotInheritable);
    derived(w);
    // No derived table of a derived table.
    expect(create(w, 'x', 0, [], [], 'd1').rc).toBe(JET_errDDLNotInheritable);
    // The template is looked up before the new name is found taken.
    expect(create(w, 'plain', 0, [], [], 'nosuch').rc).toBe(JET_errObjectNotFound);
  });

  it('opens the template read-only: another session holding it exclusively locks it', () => {
    const w = isam();
    template(w);
    const b = peer(w);
    const held = openTable(w.api, b, 'tmpl', JET_bitTableDenyRead);
    expect(create(w, 'd1', 0, [], [], 'tmpl').rc).toBe(JET_errTableLocked);
    expect(w.api.JetCloseTable(b.ses, held)).toBe(JET_errSuccess);
    expect(create(w, 'd1', 0, [], [], 'tmpl').rc).toBe(JET_errSuccess);
  });

  it('inherits the column names: an own column of the same name is ColumnDuplicate, an index of the same name IndexDuplicate', () => {
    const w = isam();
    template(w);
    const dup = create(w, 'x', 0, [col('name', JET_coltypLong)], [], 'tmpl');
    expect(dup.rc).toBe(JET_errColumnDuplicate);
    expect(dup.tc.rgcolumncreate[0].err).toBe(JET_errColumnDuplicate);
    expect(create(w, 'x', 0, [col('A', JET_coltypLong)], [idx('byName', 0, '+A')], 'tmpl').rc).toBe(JET_errIndexDuplicate);
    expect(create(w, 'x', 0, [col('A', JET_coltypLong)], [idx('pk2', JET_bitIndexPrimary, '+A')], 'tmpl').rc).toBe(JET_errIndexHasPrimary);
    const t = derived(w).tableid as JET_TABLEID;
    const id = out<JET_COLUMNID>();
    expect(w.api.JetAddColumn(w.ses, t, 'Notes', { coltyp: JET_coltypLong }, null, 0, id)).toBe(JET_errColumnDuplicate);
  });

  it('is undone with the transaction that created it', () => {
    const w = isam();
    template(w);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    derived(w);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    expect(tryOpenTable(w.api, self(w), 'd1').rc).toBe(JET_errObjectNotFound);
    expect(tryOpenTable(w.api, self(w), 'tmpl').rc).toBe(JET_errSuccess);
    derived(w);
    expect(objectFlags(w, 'd1')).toBe(JET_bitObjectTableDerived);
  });
});

describe('records of a derived table', () => {
  it('hold the inherited columns and are found through the inherited indexes', () => {
    const w = isam();
    template(w);
    const d = derived(w);
    const t = d.tableid as JET_TABLEID;
    for (const [id, name, extra] of [[3, 'c', 30], [1, 'b', 10], [2, 'a', 20]] as Array<[number, string, number]>) {
      insert(w, t, [[tid(1), int32(id)], [tid(128), ascii(name)], [2, int32(extra)]]);
    }
    // The inherited primary index orders the records.
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, t, tid(1) as JET_COLUMNID)).toBe(1);
    expect(intOf(w.api, w.ses, t, 2 as JET_COLUMNID)).toBe(10);
    expect(w.api.JetSetCurrentIndex(w.ses, t, 'byName')).toBe(JET_errSuccess);
    expect(seekText(w.api, w.ses, t, 'a', JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, t, tid(1) as JET_COLUMNID)).toBe(2);
    expect(textOf(w.api, w.ses, t, tid(128) as JET_COLUMNID)).toBe('a');
    // The template itself holds no records.
    const tt = openTable(w.api, self(w), 'tmpl');
    expect(w.api.JetMove(w.ses, tt, JET_MoveFirst, 0)).not.toBe(JET_errSuccess);
  });

  it('answers ColumnNotFound for a template id on a plain table and for an id without the bit on a template', () => {
    const w = isam();
    const tmpl = template(w, false);
    const t = tmpl.tableid as JET_TABLEID;
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, 1 as JET_COLUMNID, int32(1), 4, 0, null)).toBe(JET_errColumnNotFound);
    expect(w.api.JetSetColumn(w.ses, t, tid(1) as JET_COLUMNID, int32(1), 4, 0, null)).toBe(JET_errSuccess);
    const plain = created(w, 'plain', 0, [col('A', JET_coltypLong)]).tableid as JET_TABLEID;
    expect(w.api.JetPrepareUpdate(w.ses, plain, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, plain, tid(1) as JET_COLUMNID, int32(1), 4, 0, null)).toBe(JET_errColumnNotFound);
    expect(w.api.JetSetColumn(w.ses, plain, 1 as JET_COLUMNID, int32(1), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(w.ses, t)).toBe(JET_errSuccess);
    const d = derived(w).tableid as JET_TABLEID;
    // Fixed id 1 without the bit is below the derived table's own fixed columns.
    expect(w.api.JetPrepareUpdate(w.ses, d, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, d, 1 as JET_COLUMNID, int32(1), 4, 0, null)).toBe(JET_errColumnNotFound);
  });

  it('enumerate in record order: in each class the template columns first', () => {
    const w = isam();
    template(w);
    const t = derived(w).tableid as JET_TABLEID;
    insert(w, t, [[256, ascii('own')], [tid(256), ascii('inherited')], [2, int32(5)], [tid(1), int32(9)], [129, ascii('v')], [tid(128), ascii('n')]]);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    const count = out<number>();
    const columns = out<Array<{ columnid: number }>>();
    expect(w.emu.api.JetEnumerateColumns(w.ses, t, 0, null, count, columns as never, null, null, 0, 0)).toBe(JET_errSuccess);
    expect(columns.value.map((c) => c.columnid >>> 0)).toEqual([tid(1), 2, tid(128), 129, tid(256), 256]);
  });

  it('lists the template columns first, and only its own with JET_ColInfoGrbitNonDerivedColumnsOnly', () => {
    const w = isam();
    template(w);
    const t = derived(w).tableid as JET_TABLEID;
    expect(columnRows(w, t, JET_ColInfoListSortColumnid)).toEqual([
      ['Id', tid(1)], ['Name', tid(128)], ['Notes', tid(256)], ['Extra', 2], ['Note2', 129], ['Blob', 256],
    ]);
    expect(columnRows(w, t, JET_ColInfoList | JET_ColInfoGrbitNonDerivedColumnsOnly).map((r) => r[0])).toEqual(['Blob', 'Extra', 'Note2']);
    expect(columnRows(w, t, JET_ColInfoList)).toHaveLength(6);
    // The compacting form leaves them out too.
    expect(columnRows(w, t, JET_ColInfoListCompact).map((r) => r[0])).toEqual(['Blob', 'Extra', 'Note2']);
  });
});

describe('column info by id (JET_ColInfoByColid: info.cxx ErrINFOGetTableColumnInfo)', () => {
  function byColid(w: Isam, tableid: JET_TABLEID, columnid: number): { rc: number; def: JET_COLUMNDEF_INFO } {
    const box = out<JET_COLUMNDEF_INFO>();
    const rc = w.emu.api.JetGetTableColumnInfo(w.ses, tableid, columnid as JET_COLUMNID, box, 28, JET_ColInfoByColid);
    return { rc, def: box.value };
  }

  it('finds a derived table\'s template columns by their template id, its own by theirs', () => {
    const w = isam();
    template(w);
    const t = derived(w).tableid as JET_TABLEID;
    expect(byColid(w, t, tid(1)).def).toMatchObject({ columnid: tid(1), coltyp: JET_coltypLong });
    expect(byColid(w, t, tid(256)).def).toMatchObject({ columnid: tid(256), coltyp: JET_coltypLongText });
    expect(byColid(w, t, 2).def).toMatchObject({ columnid: 2, coltyp: JET_coltypLong });
    expect(byColid(w, t, 256).def).toMatchObject({ columnid: 256, coltyp: JET_coltypLongBinary });
    // Fixed id 1 without the bit is below the derived table's own columns; tagged 257 was never given.
    expect(byColid(w, t, 1).rc).toBe(JET_errColumnNotFound);
    expect(byColid(w, t, tid(257)).rc).toBe(JET_errColumnNotFound);
    const named = out<JET_COLUMNDEF_INFO>();
    expect(w.emu.api.JetGetColumnInfo(w.ses, w.dbid, 'd1', tid(128) as JET_COLUMNID, named, 28, JET_ColInfoByColid)).toBe(JET_errSuccess);
    expect(named.value).toMatchObject({ columnid: tid(128), coltyp: JET_coltypText });
    // The level's grbits are not part of it.
    expect(columnInfoAt(w, t, 'Extra', JET_ColInfo | JET_ColInfoGrbitNonDerivedColumnsOnly)).toMatchObject({ columnid: 2 });
  });

  it('on a template, finds a column by its FID and hands back the id it was given', () => {
    const w = isam();
    const t = template(w, false).tableid as JET_TABLEID;
    expect(byColid(w, t, 1).def).toMatchObject({ columnid: 1, coltyp: JET_coltypLong });
    expect(byColid(w, t, tid(128)).def).toMatchObject({ columnid: tid(128), coltyp: JET_coltypText });
    expect(byColid(w, t, 2).rc).toBe(JET_errColumnNotFound);
  });
});

describe('version and autoincrement columns (fcreate.cxx ErrFILEIAddColumns, ErrIsamAddColumn: ColumnRedundant)', () => {
  it('a table has at most one of each, a derived table counting its template\'s', () => {
    const w = isam();
    const two = create(w, 'x', 0, [col('A', JET_coltypLong, JET_bitColumnAutoincrement), col('B', JET_coltypLong, JET_bitColumnAutoincrement)]);
    expect(two.rc).toBe(JET_errColumnRedundant);
    expect(two.tc.rgcolumncreate.map((c) => c.err)).toEqual([JET_errSuccess, JET_errColumnRedundant]);
    const t = created(w, 'v', 0, [col('V', JET_coltypLong, JET_bitColumnVersion)]).tableid as JET_TABLEID;
    const id = out<JET_COLUMNID>();
    expect(w.api.JetAddColumn(w.ses, t, 'V2', { coltyp: JET_coltypLong, grbit: JET_bitColumnVersion }, null, 0, id)).toBe(JET_errColumnRedundant);
    expect(w.api.JetAddColumn(w.ses, t, 'A', { coltyp: JET_coltypLong, grbit: JET_bitColumnAutoincrement }, null, 0, id)).toBe(JET_errSuccess);
    // The failed column used no id up.
    expect(id.value).toBe(2);
    created(w, 'auto', JET_bitTableCreateTemplateTable, [col('N', JET_coltypLong, JET_bitColumnAutoincrement)]);
    expect(create(w, 'd', 0, [col('M', JET_coltypLong, JET_bitColumnAutoincrement)], [], 'auto').rc).toBe(JET_errColumnRedundant);
    const d = created(w, 'd', 0, [col('M', JET_coltypLong)], [], 'auto').tableid as JET_TABLEID;
    insert(w, d, [[2, int32(5)]]);
    insert(w, d, [[2, int32(6)]]);
    expect(w.api.JetMove(w.ses, d, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, d, tid(1) as JET_COLUMNID)).toBe(1);
    expect(w.api.JetMove(w.ses, d, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, d, tid(1) as JET_COLUMNID)).toBe(2);
  });
});

describe('DDL on template, derived and fixed-DDL tables', () => {
  it('AddColumn: FixedDDL on a template, also through its creator cursor; a FixedDDL table takes one until its creator closes', () => {
    const w = isam();
    const tmpl = template(w, false);
    const id = out<JET_COLUMNID>();
    expect(w.api.JetAddColumn(w.ses, tmpl.tableid as JET_TABLEID, 'T', { coltyp: JET_coltypLongText }, null, 0, id)).toBe(JET_errFixedDDL);
    const fixed = created(w, 'fixed', JET_bitTableCreateFixedDDL, [col('A', JET_coltypLong)]).tableid as JET_TABLEID;
    expect(w.api.JetAddColumn(w.ses, fixed, 'B', { coltyp: JET_coltypLong }, null, 0, id)).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(w.ses, fixed)).toBe(JET_errSuccess);
    const again = openTable(w.api, self(w), 'fixed');
    expect(w.api.JetAddColumn(w.ses, again, 'C', { coltyp: JET_coltypLong }, null, 0, id)).toBe(JET_errFixedDDL);
    // (A PermitDDL open of it is TableInUse in the engine while versions of the table remain: see docs/differences.md.)
  });

  it('a template opened with PermitDDL takes tagged columns only, until a table is derived from it', () => {
    const w = isam();
    template(w);
    const t = openTable(w.api, self(w), 'tmpl', JET_bitTableDenyRead | JET_bitTablePermitDDL);
    const id = out<JET_COLUMNID>();
    expect(w.api.JetAddColumn(w.ses, t, 'Fx', { coltyp: JET_coltypLong }, null, 0, id)).toBe(JET_errFixedDDL);
    expect(w.api.JetAddColumn(w.ses, t, 'Tg', { coltyp: JET_coltypLong, grbit: JET_bitColumnTagged }, null, 0, id)).toBe(JET_errSuccess);
    expect(id.value).toBe(tid(257));
    expect(createIndex(w.api, w.ses, t, 'byTg', 0, '+Tg')).toBe(JET_errFixedDDL);
    expect(w.api.JetCloseTable(w.ses, t)).toBe(JET_errSuccess);
    const d = derived(w).tableid as JET_TABLEID;
    expect(columnInfo(w.api, w.ses, d, 'Tg').def.columnid).toBe(tid(257));
    expect(tryOpenTable(w.api, self(w), 'tmpl', JET_bitTableDenyRead | JET_bitTablePermitDDL).rc).toBe(JET_errTableInUse);
  });

  it('CreateIndex: FixedDDL on a template; a derived table takes its own', () => {
    const w = isam();
    const tmpl = template(w, false);
    expect(createIndex(w.api, w.ses, tmpl.tableid as JET_TABLEID, 'byNotes', 0, '+Name', '+Id')).toBe(JET_errFixedDDL);
    expect(w.api.JetCloseTable(w.ses, tmpl.tableid as JET_TABLEID)).toBe(JET_errSuccess);
    const d = derived(w).tableid as JET_TABLEID;
    expect(createIndex(w.api, w.ses, d, 'byNameExtra', 0, '+Name', '+Extra')).toBe(JET_errSuccess);
    expect(createIndex(w.api, w.ses, d, 'BYNAME', 0, '+Extra')).toBe(JET_errIndexDuplicate);
  });

  it('DeleteColumn: FixedInheritedDDL for a template column (IgnoreTemplateColumns: not found), FixedDDL on a template', () => {
    const w = isam();
    const tmpl = template(w, false);
    expect(w.emu.api.JetDeleteColumn(w.ses, tmpl.tableid as JET_TABLEID, 'Notes')).toBe(JET_errFixedDDL);
    expect(w.api.JetCloseTable(w.ses, tmpl.tableid as JET_TABLEID)).toBe(JET_errSuccess);
    const d = derived(w).tableid as JET_TABLEID;
    expect(w.emu.api.JetDeleteColumn(w.ses, d, 'Notes')).toBe(JET_errFixedInheritedDDL);
    expect(w.emu.api.JetDeleteColumn2(w.ses, d, 'Notes', JET_bitDeleteColumnIgnoreTemplateColumns)).toBe(JET_errColumnNotFound);
    expect(w.emu.api.JetDeleteColumn2(w.ses, d, 'Blob', JET_bitDeleteColumnIgnoreTemplateColumns)).toBe(JET_errSuccess);
    expect(w.emu.api.JetDeleteColumn(w.ses, d, 'Note2')).toBe(JET_errSuccess);
    expect(columnInfo(w.api, w.ses, d, 'Note2').rc).toBe(JET_errColumnNotFound);
  });

  it('DeleteIndex: FixedInheritedDDL for an inherited index (the primary one too), FixedDDL on a template', () => {
    const w = isam();
    const tmpl = template(w, false);
    expect(w.api.JetDeleteIndex(w.ses, tmpl.tableid as JET_TABLEID, 'byName')).toBe(JET_errFixedDDL);
    expect(w.api.JetCloseTable(w.ses, tmpl.tableid as JET_TABLEID)).toBe(JET_errSuccess);
    const d = derived(w).tableid as JET_TABLEID;
    expect(w.api.JetDeleteIndex(w.ses, d, 'byName')).toBe(JET_errFixedInheritedDDL);
    expect(w.api.JetDeleteIndex(w.ses, d, 'PK')).toBe(JET_errFixedInheritedDDL);
    expect(w.api.JetDeleteIndex(w.ses, d, 'byExtra')).toBe(JET_errSuccess);
    expect(w.api.JetSetCurrentIndex(w.ses, d, 'byExtra')).not.toBe(JET_errSuccess);
  });

  it('DeleteTable: a template stays (CannotDeleteTemplateTable, TableInUse first while open); a derived table goes', () => {
    const w = isam();
    const tmpl = template(w, false);
    expect(w.api.JetDeleteTable(w.ses, w.dbid, 'tmpl')).toBe(JET_errTableInUse);
    expect(w.api.JetCloseTable(w.ses, tmpl.tableid as JET_TABLEID)).toBe(JET_errSuccess);
    expect(w.api.JetDeleteTable(w.ses, w.dbid, 'tmpl')).toBe(JET_errCannotDeleteTemplateTable);
    const d = derived(w).tableid as JET_TABLEID;
    expect(w.api.JetCloseTable(w.ses, d)).toBe(JET_errSuccess);
    expect(w.api.JetDeleteTable(w.ses, w.dbid, 'd1')).toBe(JET_errSuccess);
    expect(w.api.JetDeleteTable(w.ses, w.dbid, 'tmpl')).toBe(JET_errCannotDeleteTemplateTable);
  });

  it('RenameTable: FixedDDL for a template and a FixedDDL table; a derived table may be renamed', () => {
    const w = isam();
    template(w);
    created(w, 'fixed', JET_bitTableCreateFixedDDL, [col('A', JET_coltypLong)]);
    const d = derived(w).tableid as JET_TABLEID;
    expect(w.api.JetCloseTable(w.ses, d)).toBe(JET_errSuccess);
    expect(w.emu.api.JetRenameTable(w.ses, w.dbid, 'tmpl', 'tmpl2')).toBe(JET_errFixedDDL);
    expect(w.emu.api.JetRenameTable(w.ses, w.dbid, 'fixed', 'fixed2')).toBe(JET_errFixedDDL);
    expect(w.emu.api.JetRenameTable(w.ses, w.dbid, 'd1', 'd2')).toBe(JET_errSuccess);
    const t = openTable(w.api, self(w), 'd2');
    expect(tableInfo(w, t, JET_TblInfoTemplateTableName)).toBe('tmpl');
  });

  it('RenameColumn and SetColumnDefaultValue see a derived table\'s own columns only; on the template they reach the derived tables', () => {
    const w = isam();
    template(w);
    const d = derived(w).tableid as JET_TABLEID;
    expect(w.emu.api.JetRenameColumn(w.ses, d, 'Name', 'Title', 0)).toBe(JET_errColumnNotFound);
    expect(w.api.JetCloseTable(w.ses, d)).toBe(JET_errSuccess);
    expect(w.emu.api.JetSetColumnDefaultValue(w.ses, w.dbid, 'd1', 'Notes', ascii('x'), 1, 0)).toBe(JET_errColumnNotFound);
    expect(w.emu.api.JetSetColumnDefaultValue(w.ses, w.dbid, 'tmpl', 'Notes', ascii('dflt'), 4, 0)).toBe(JET_errSuccess);
    const t = openTable(w.api, self(w), 'tmpl');
    expect(w.emu.api.JetRenameColumn(w.ses, t, 'Name', 'Title', 0)).toBe(JET_errSuccess);
    const again = openTable(w.api, self(w), 'd1');
    expect(columnInfo(w.api, w.ses, again, 'Title').def.columnid).toBe(tid(128));
    expect(columnInfo(w.api, w.ses, again, 'Name').rc).toBe(JET_errColumnNotFound);
    // info.cxx reads an index segment's column name from the columns: the inherited index shows the new name.
    const il = out<JET_INDEXLIST>();
    expect(w.emu.api.JetGetTableIndexInfo(w.ses, again, 'byName', il, 88, JET_IdxInfo)).toBe(JET_errSuccess);
    expect(textOf(w.api, w.ses, il.value.tableid, il.value.columnidcolumnname)).toBe('Title');
    expect(intOf(w.api, w.ses, il.value.tableid, il.value.columnidcolumnid)! >>> 0).toBe(tid(128));
    expect(w.api.JetCloseTable(w.ses, il.value.tableid)).toBe(JET_errSuccess);
    insert(w, again, [[tid(1), int32(1)]]);
    expect(w.api.JetMove(w.ses, again, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(textOf(w.api, w.ses, again, tid(256) as JET_COLUMNID)).toBe('dflt');
    expect(intOf(w.api, w.ses, again, 2 as JET_COLUMNID)).toBeNull();
  });
});
