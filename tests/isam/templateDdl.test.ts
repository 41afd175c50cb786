/**
 * DDL on template tables, derived tables and fixed-DDL tables (fcreate.cxx), and the version / autoincrement
 * column rule (ColumnRedundant). The rules are listed in templateTables.test.ts.
 */
import {
  JET_bitColumnAutoincrement, JET_bitColumnTagged, JET_bitColumnVersion, JET_bitDeleteColumnIgnoreTemplateColumns,
  JET_bitTableCreateFixedDDL, JET_bitTableCreateTemplateTable, JET_bitTableDenyRead, JET_bitTablePermitDDL,
  JET_coltypLong, JET_coltypLongText, JET_errCannotDeleteTemplateTable, JET_errColumnNotFound,
  JET_errColumnRedundant, JET_errFixedDDL, JET_errFixedInheritedDDL, JET_errIndexDuplicate, JET_errSuccess,
  JET_errTableInUse, JET_IdxInfo, JET_MoveFirst, JET_MoveNext, JET_TblInfoTemplateTableName, out,
} from '../../src';
import type { JET_COLUMNID, JET_INDEXLIST, JET_TABLEID } from '../../src';
import {
  ascii, columnInfo, createIndex, int32, intOf, isam, openTable, self, textOf, tryOpenTable,
} from '../support/isam';
import { col, create, created, derived, insert, tableInfo, template, tid } from '../support/templates';

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
