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
  JET_bitIndexPrimary, JET_bitObjectTableDerived, JET_bitObjectTableFixedDDL, JET_bitObjectTableTemplate,
  JET_bitSeekEQ, JET_bitTableCreateFixedDDL, JET_bitTableCreateNoFixedVarColumnsInDerivedTables,
  JET_bitTableCreateTemplateTable, JET_bitTableDenyRead, JET_ColInfo, JET_ColInfoByColid,
  JET_ColInfoGrbitNonDerivedColumnsOnly, JET_ColInfoList, JET_ColInfoListCompact, JET_ColInfoListSortColumnid,
  JET_coltypLong, JET_coltypLongBinary, JET_coltypLongText, JET_coltypText, JET_errCannotNestDDL,
  JET_errColumnDuplicate, JET_errColumnNotFound, JET_errDDLNotInheritable, JET_errIndexDuplicate,
  JET_errIndexHasPrimary, JET_errInvalidCreateIndex, JET_errInvalidGrbit, JET_errInvalidName, JET_errObjectNotFound,
  JET_errSuccess, JET_errTableDuplicate, JET_errTableLocked, JET_MoveFirst, JET_MoveNext, JET_ObjInfoList,
  JET_objtypTable, JET_prepInsert, JET_tableidNil, JET_TblInfo, JET_TblInfoTemplateTableName, out,
} from '../../src';
import type {
  JET_COLUMNDEF_INFO, JET_COLUMNID, JET_DBID, JET_OBJECTINFO, JET_OBJECTLIST, JET_TABLEID,
} from '../../src';
import {
  ascii, columnInfo, int32, intOf, isam, openTable, peer, seekText, self, textOf, tryOpenTable,
} from '../support/isam';
import type { Isam, JET_COLUMNCREATE, JET_TABLECREATE } from '../support/isam';
import {
  col, columnInfoAt, columnRows, create, created, derived, idx, insert, objectFlags, tableInfo, template, tid,
} from '../support/templates';

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

  it('leaves cCreated 0 when the template fails, 1 (and no tableid) when the name is taken (fcreate.cxx ErrFILECreateTable)', () => {
    const w = isam();
    template(w);
    const missing = { szTableName: 'x', szTemplateTableName: 'nosuch', rgcolumncreate: [], cColumns: 0, rgindexcreate: [], cIndexes: 0, grbit: 0, cCreated: 99 };
    expect(w.api.JetCreateTableColumnIndex3(w.ses, w.dbid, missing)).toBe(JET_errObjectNotFound);
    expect(missing.cCreated).toBe(0);
    const badName = { ...missing, szTableName: 'a!b', szTemplateTableName: null, cCreated: 99 };
    expect(w.api.JetCreateTableColumnIndex3(w.ses, w.dbid, badName)).toBe(JET_errInvalidName);
    expect(badName.cCreated).toBe(0);
    const taken = { ...missing, szTableName: 'tmpl', szTemplateTableName: null, cCreated: 99, tableid: 12345 as JET_TABLEID };
    expect(w.api.JetCreateTableColumnIndex3(w.ses, w.dbid, taken)).toBe(JET_errTableDuplicate);
    expect(taken.cCreated).toBe(1);
    expect(taken.tableid).toBe(JET_tableidNil);
  });

  it('indexes without a column array are InvalidCreateIndex, even on template columns (ErrFILEICreateIndexes)', () => {
    const w = isam();
    template(w);
    const indexes = [idx('byNotes', 0, '+Name', '-Id')];
    const tc = { szTableName: 'x', szTemplateTableName: 'tmpl', rgcolumncreate: null as unknown as JET_COLUMNCREATE[], cColumns: 0,
      rgindexcreate: indexes, cIndexes: 1, grbit: 0 };
    expect(w.api.JetCreateTableColumnIndex3(w.ses, w.dbid, tc)).toBe(JET_errInvalidCreateIndex);
    expect((tc as JET_TABLECREATE).cCreated).toBe(1);
    expect(indexes[0].err).toBeUndefined();
    expect(tryOpenTable(w.api, self(w), 'x').rc).toBe(JET_errObjectNotFound);
    // With an empty array the same indexes are made.
    expect(create(w, 'x', 0, [], [idx('byNotes', 0, '+Name', '-Id')], 'tmpl').rc).toBe(JET_errSuccess);
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
    // The same id as JavaScript's bitwise or makes it (negative) names the same column.
    expect(intOf(w.api, w.ses, t, (1 | 0x80000000) as JET_COLUMNID)).toBe(1);
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
    // Blob (256) and Notes (tid(256)) are long value columns, set only inside a transaction (lv.cxx ErrRECSetLongField).
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    insert(w, t, [[256, ascii('own')], [tid(256), ascii('inherited')], [2, int32(5)], [tid(1), int32(9)], [129, ascii('v')], [tid(128), ascii('n')]]);
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
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
