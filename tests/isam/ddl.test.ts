/**
 * DDL on regular tables: JetCreateTable and its name rules, the column-id layout of JetAddColumn for every coltyp,
 * JetGetTableColumnInfo by name, column validation, JetCreateTableColumnIndex's written-back ids / errs / cCreated,
 * and deleting tables and columns. Expected values come from the engine source (Extensible-Storage-Engine,
 * dev/ese/src/ese/*.cxx); index definitions are in ddlIndex.test.ts.
 */
import {
  out, JET_tableidNil,
  JET_bitColumnFixed, JET_bitColumnMultiValued, JET_bitColumnNotNULL, JET_bitColumnTagged, JET_bitColumnUpdatable,
  JET_bitIndexPrimary, JET_bitTableReadOnly, JET_ColInfo, JET_MoveFirst, JET_prepInsert, JET_prepReplace,
  JET_coltypBinary, JET_coltypBit, JET_coltypCurrency, JET_coltypDateTime, JET_coltypGUID, JET_coltypIEEEDouble,
  JET_coltypIEEESingle, JET_coltypLong, JET_coltypLongBinary, JET_coltypLongLong, JET_coltypLongText, JET_coltypMax,
  JET_coltypShort, JET_coltypSLV, JET_coltypText, JET_coltypUnsignedByte, JET_coltypUnsignedLong,
  JET_coltypUnsignedLongLong, JET_coltypUnsignedShort,
  JET_errBufferTooSmall, JET_errColumnDuplicate, JET_errColumnInUse, JET_errColumnNotFound, JET_errInvalidCodePage, JET_errInvalidColumnType,
  JET_errInvalidDatabaseId, JET_errInvalidGrbit, JET_errInvalidName, JET_errInvalidParameter,
  JET_errMultiValuedColumnMustBeTagged, JET_errNoCurrentRecord,
  JET_errObjectNotFound, JET_errPermissionDenied, JET_errSuccess, JET_errTableDuplicate, JET_errTableInUse,
  JET_wrnColumnMaxTruncated,
} from '../../src';
import type { JET_COLUMNDEF, JET_COLUMNID, JET_SESID, JET_TABLEID } from '../../src';
import {
  addColumn, columnInfo, createPeople, isam, keyOf, openTable, peer, self, tryOpenTable, PEOPLE,
} from '../support/isam';
import type { Isam, JET_COLUMNCREATE, JET_TABLECREATE } from '../support/isam';

function create(w: Isam, name: string): { rc: number; tableid: JET_TABLEID } {
  const box = out<JET_TABLEID>();
  const rc = w.api.JetCreateTable(w.ses, w.dbid, name, 0, 100, box);
  return { rc, tableid: box.value };
}

function addRc(w: Isam, t: JET_TABLEID, name: string, def: JET_COLUMNDEF): number {
  return w.api.JetAddColumn(w.ses, t, name, def, null, 0, out<JET_COLUMNID>());
}

describe('JetCreateTable and names (util.cxx:165-253 ErrUTILICheckName; cat.cxx:2589-2598)', () => {
  it('creates a table, returns a cursor on it, and a second create of the name is TableDuplicate', () => {
    const w = isam();
    const t = create(w, 'orders');
    expect(t.rc).toBe(JET_errSuccess);
    expect(t.tableid).not.toBe(JET_tableidNil);
    expect(w.api.JetCloseTable(w.ses, t.tableid)).toBe(JET_errSuccess);
    expect(create(w, 'orders').rc).toBe(JET_errTableDuplicate);
    expect(tryOpenTable(w.api, self(w), 'orders').rc).toBe(JET_errSuccess);
  });

  it('table names compare case-insensitively (_stricmp, normu.hxx:29; catalog Name index is Text)', () => {
    const w = isam();
    expect(create(w, 'Orders').rc).toBe(JET_errSuccess);
    expect(create(w, 'ORDERS').rc).toBe(JET_errTableDuplicate);
    expect(tryOpenTable(w.api, self(w), 'oRdErS').rc).toBe(JET_errSuccess);
  });

  it('a missing table is ObjectNotFound for JetOpenTable and JetDeleteTable (cat.cxx:3174)', () => {
    const w = isam();
    expect(tryOpenTable(w.api, self(w), 'nothing').rc).toBe(JET_errObjectNotFound);
    expect(w.api.JetDeleteTable(w.ses, w.dbid, 'nothing')).toBe(JET_errObjectNotFound);
  });

  it('InvalidName: empty, leading space, longer than 64, control characters, ! . [ ]', () => {
    const w = isam();
    const bad = ['', ' lead', 'x'.repeat(65), 'a.b', 'a!b', 'a[b', 'a]b', 'tab\tin', 'nl\nin', 'bell\x07'];
    for (const name of bad) expect([name, create(w, name).rc]).toEqual([name, JET_errInvalidName]);
    // util.cxx:236-241: 64 significant characters plus a trailing space still overflow the name buffer.
    expect(create(w, `${'y'.repeat(64)} `).rc).toBe(JET_errInvalidName);
    // The same rule guards JetOpenTable (fileopen.cxx:1455) and JetDeleteTable (fcreate.cxx:8600).
    expect(tryOpenTable(w.api, self(w), 'a.b').rc).toBe(JET_errInvalidName);
    expect(w.api.JetDeleteTable(w.ses, w.dbid, 'a!b')).toBe(JET_errInvalidName);
  });

  it('accepts 64 characters, inner spaces and other punctuation', () => {
    const w = isam();
    for (const name of ['x'.repeat(64), 'with space', "a-b_c$#%&'()*+,/:;<=>?@^`{|}~"]) {
      const t = create(w, name);
      expect([name, t.rc]).toEqual([name, JET_errSuccess]);
      expect(w.api.JetCloseTable(w.ses, t.tableid)).toBe(JET_errSuccess);
    }
  });

  it('trailing spaces are not significant: "trail  " is the table "trail" (util.cxx:225-228, 247-258)', () => {
    const w = isam();
    const t = create(w, 'trail  ');
    expect(t.rc).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(w.ses, t.tableid)).toBe(JET_errSuccess);
    expect(tryOpenTable(w.api, self(w), 'trail').rc).toBe(JET_errSuccess);
    expect(create(w, 'trail').rc).toBe(JET_errTableDuplicate);
  });

  it('JetOpenTable needs the database open by the session: InvalidDatabaseId (ese-semantics §8.1 gate)', () => {
    const w = isam();
    createPeople(w.api, self(w), true);
    const ses = out<JET_SESID>();
    expect(w.api.JetBeginSession(w.inst, ses, '', '')).toBe(JET_errSuccess);
    expect(tryOpenTable(w.api, { ses: ses.value, dbid: w.dbid }, PEOPLE).rc).toBe(JET_errInvalidDatabaseId);
  });
});

describe('JetAddColumn: column ids by class (fcreate.cxx:3067-3105 ErrFILEGetNextColumnid)', () => {
  const FIXED = [JET_coltypBit, JET_coltypUnsignedByte, JET_coltypShort, JET_coltypUnsignedShort, JET_coltypLong,
    JET_coltypUnsignedLong, JET_coltypLongLong, JET_coltypUnsignedLongLong, JET_coltypCurrency, JET_coltypIEEESingle,
    JET_coltypIEEEDouble, JET_coltypDateTime, JET_coltypGUID];
  // cat.cxx:8722-8790 UlCATColumnSize
  const SIZE = [1, 1, 2, 2, 4, 4, 8, 8, 8, 4, 8, 8, 16];

  it('fixed types from 1, Text / Binary from 128, long values and tagged columns from 256, interleaved', () => {
    const w = isam();
    const t = create(w, 'all').tableid;
    const ids: number[] = [];
    ids.push(addColumn(w.api, w.ses, t, 'text', { coltyp: JET_coltypText, cp: 1252 }));
    for (const [i, coltyp] of FIXED.entries()) ids.push(addColumn(w.api, w.ses, t, `f${i}`, { coltyp }));
    ids.push(addColumn(w.api, w.ses, t, 'memo', { coltyp: JET_coltypLongText, cp: 1200 }));
    ids.push(addColumn(w.api, w.ses, t, 'bin', { coltyp: JET_coltypBinary }));
    ids.push(addColumn(w.api, w.ses, t, 'blob', { coltyp: JET_coltypLongBinary }));
    ids.push(addColumn(w.api, w.ses, t, 'tagLong', { coltyp: JET_coltypLong, grbit: JET_bitColumnTagged }));
    ids.push(addColumn(w.api, w.ses, t, 'fixBin', { coltyp: JET_coltypBinary, cbMax: 8, grbit: JET_bitColumnFixed }));
    expect(ids).toEqual([128, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 256, 129, 257, 258, 14]);
  });

  it('JetGetTableColumnInfo by name: id, coltyp, cbMax, cp and the class grbit (info.cxx:340-402, 1832-1870)', () => {
    const w = isam();
    const t = create(w, 'info').tableid;
    FIXED.forEach((coltyp, i) => addColumn(w.api, w.ses, t, `f${i}`, { coltyp }));
    FIXED.forEach((coltyp, i) => {
      const r = columnInfo(w.api, w.ses, t, `F${i}`); // names compare case-insensitively
      expect(r.rc).toBe(JET_errSuccess);
      expect(r.def).toMatchObject({ columnid: i + 1, coltyp, cbMax: SIZE[i], cp: 0, grbit: JET_bitColumnFixed | JET_bitColumnUpdatable });
    });
    addColumn(w.api, w.ses, t, 'ansi', { coltyp: JET_coltypText });
    addColumn(w.api, w.ses, t, 'uni', { coltyp: JET_coltypText, cp: 1200, cbMax: 100 });
    addColumn(w.api, w.ses, t, 'memo', { coltyp: JET_coltypLongText, grbit: JET_bitColumnNotNULL });
    // Text with cp 0 gets 1252 and cbMax 0 becomes 255 (fcreate.cxx:907-913, cat.cxx:8762-8765).
    expect(columnInfo(w.api, w.ses, t, 'ansi').def).toMatchObject({ columnid: 128, coltyp: JET_coltypText, cbMax: 255, cp: 1252, grbit: JET_bitColumnUpdatable });
    expect(columnInfo(w.api, w.ses, t, 'uni').def).toMatchObject({ columnid: 129, cbMax: 100, cp: 1200 });
    expect(columnInfo(w.api, w.ses, t, 'memo').def).toMatchObject({
      columnid: 256, coltyp: JET_coltypLongText, cbMax: 0, cp: 1252,
      grbit: JET_bitColumnTagged | JET_bitColumnUpdatable | JET_bitColumnNotNULL,
    });
  });

  it('through a ReadOnly cursor the info has no JET_bitColumnUpdatable (info.cxx:355-356)', () => {
    const w = isam();
    createPeople(w.api, self(w), true);
    const ro = openTable(w.api, self(w), PEOPLE, JET_bitTableReadOnly);
    expect(columnInfo(w.api, w.ses, ro, 'id').def).toMatchObject({ columnid: 1, grbit: JET_bitColumnFixed });
  });

  it('ColumnNotFound for a missing or empty name, InvalidName for a bad one (info.cxx:253-254, 1765)', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    expect(columnInfo(w.api, w.ses, p.tableid, 'missing').rc).toBe(JET_errColumnNotFound);
    expect(columnInfo(w.api, w.ses, p.tableid, '').rc).toBe(JET_errColumnNotFound);
    expect(columnInfo(w.api, w.ses, p.tableid, 'a.b').rc).toBe(JET_errInvalidName);
    // jetapi.cxx:10248-10303: an unknown info level is InvalidParameter; cbResult below sizeof(JET_COLUMNDEF), 28,
    // is BufferTooSmall, both before the name is looked at.
    const box = out<JET_COLUMNDEF>({ coltyp: 0 });
    expect(w.api.JetGetTableColumnInfo(w.ses, p.tableid, 'id', box, 27, JET_ColInfo)).toBe(JET_errBufferTooSmall);
    expect(w.api.JetGetTableColumnInfo(w.ses, p.tableid, 'a.b', box, 27, JET_ColInfo)).toBe(JET_errBufferTooSmall);
    expect(w.api.JetGetTableColumnInfo(w.ses, p.tableid, 'id', box, 28, 0x7ff)).toBe(JET_errInvalidParameter);
  });

  it('ColumnDuplicate, case-insensitively, without using up a column id (fcreate.cxx:3454-3456)', () => {
    const w = isam();
    const t = create(w, 'dups').tableid;
    expect(addColumn(w.api, w.ses, t, 'Name', { coltyp: JET_coltypLong })).toBe(1);
    expect(addRc(w, t, 'NAME', { coltyp: JET_coltypLong })).toBe(JET_errColumnDuplicate);
    expect(addRc(w, t, 'name', { coltyp: JET_coltypText })).toBe(JET_errColumnDuplicate);
    expect(addColumn(w.api, w.ses, t, 'other', { coltyp: JET_coltypLong })).toBe(2);
  });

  it('column definitions the engine refuses (fcreate.cxx:888-941)', () => {
    const w = isam();
    const t = create(w, 'bad').tableid;
    expect(addRc(w, t, 'a.b', { coltyp: JET_coltypLong })).toBe(JET_errInvalidName);
    expect(addRc(w, t, 'c0', { coltyp: 0 })).toBe(JET_errInvalidColumnType);
    expect(addRc(w, t, 'c13', { coltyp: JET_coltypSLV })).toBe(JET_errInvalidColumnType);
    expect(addRc(w, t, 'cmax', { coltyp: JET_coltypMax })).toBe(JET_errInvalidColumnType);
    expect(addRc(w, t, 'cp', { coltyp: JET_coltypText, cp: 437 })).toBe(JET_errInvalidCodePage);
    expect(addRc(w, t, 'tf', { coltyp: JET_coltypLong, grbit: JET_bitColumnTagged | JET_bitColumnFixed })).toBe(JET_errInvalidGrbit);
    expect(addRc(w, t, 'lvf', { coltyp: JET_coltypLongText, grbit: JET_bitColumnFixed })).toBe(JET_errInvalidGrbit);
    expect(addRc(w, t, 'mv', { coltyp: JET_coltypLong, grbit: JET_bitColumnMultiValued }))
      .toBe(JET_errMultiValuedColumnMustBeTagged);
    // None of them was created.
    expect(columnInfo(w.api, w.ses, t, 'c0').rc).toBe(JET_errColumnNotFound);
  });

  it('Text cbMax above 255 is cut to 255 with wrnColumnMaxTruncated (cat.cxx:8766-8772, fcreate.cxx:3858-3859)', () => {
    const w = isam();
    const t = create(w, 'trunc').tableid;
    expect(w.api.JetAddColumn(w.ses, t, 'big', { coltyp: JET_coltypText, cbMax: 300 }, null, 0, out<JET_COLUMNID>()))
      .toBe(JET_wrnColumnMaxTruncated);
    expect(columnInfo(w.api, w.ses, t, 'big').def.cbMax).toBe(255);
  });

  it('JetAddColumn through a ReadOnly cursor is PermissionDenied (fcreate.cxx:3325)', () => {
    const w = isam();
    createPeople(w.api, self(w), true);
    const ro = openTable(w.api, self(w), PEOPLE, JET_bitTableReadOnly);
    expect(addRc(w, ro, 'extra', { coltyp: JET_coltypLong })).toBe(JET_errPermissionDenied);
  });
});

describe('JetCreateTableColumnIndex (fcreate.cxx:1130-1420, 1849-2275, 2653-3062)', () => {
  function spec(columns: JET_COLUMNCREATE[], indexes: Array<{ name: string; key: string[]; grbit?: number }>): JET_TABLECREATE {
    const rgindexcreate = indexes.map((i) => ({ szIndexName: i.name, ...keyOf(...i.key), grbit: i.grbit ?? 0 }));
    return { szTableName: 'made', rgcolumncreate: columns, cColumns: columns.length, rgindexcreate, cIndexes: rgindexcreate.length, grbit: 0 };
  }

  it('writes each column id and err, the cursor and cCreated = 1 + columns + indexes', () => {
    const w = isam();
    const tc = spec([
      { szColumnName: 'memo', coltyp: JET_coltypLongText },
      { szColumnName: 'k', coltyp: JET_coltypLong },
      { szColumnName: 's', coltyp: JET_coltypText, cp: 1252 },
      { szColumnName: 'n', coltyp: JET_coltypShort },
    ], [{ name: 'pk', key: ['+k'], grbit: JET_bitIndexPrimary }, { name: 'byS', key: ['-s', '+n'] }]);
    expect(w.api.JetCreateTableColumnIndex(w.ses, w.dbid, tc)).toBe(JET_errSuccess);
    expect(tc.rgcolumncreate.map((c) => [c.columnid, c.err])).toEqual([[256, 0], [1, 0], [128, 0], [2, 0]]);
    expect(tc.rgindexcreate.map((i) => i.err)).toEqual([0, 0]);
    expect(tc.cCreated).toBe(7);
    expect(tc.tableid).not.toBe(JET_tableidNil);
    expect(columnInfo(w.api, w.ses, tc.tableid as JET_TABLEID, 'n').def.columnid).toBe(2);
  });

  it('a bad column fails the call: its err is set, the columns before it count, the table is not there', () => {
    const w = isam();
    const tc = spec([{ szColumnName: 'a', coltyp: JET_coltypLong }, { szColumnName: 'b', coltyp: 0 },
      { szColumnName: 'c', coltyp: JET_coltypLong }], []);
    expect(w.api.JetCreateTableColumnIndex(w.ses, w.dbid, tc)).toBe(JET_errInvalidColumnType);
    expect(tc.rgcolumncreate[0].err).toBe(JET_errSuccess);
    expect(tc.rgcolumncreate[1].err).toBe(JET_errInvalidColumnType);
    expect(tc.cCreated).toBe(2); // the table, then column a (fcreate.cxx:1385-1387); not reset on failure
    expect(tc.tableid).toBe(JET_tableidNil); // fcreate.cxx:3055
    expect(tryOpenTable(w.api, self(w), 'made').rc).toBe(JET_errObjectNotFound);
  });

  it('an index on a column not in the list fails with ColumnNotFound in that index err (fcreate.cxx:1988-2045)', () => {
    const w = isam();
    const tc = spec([{ szColumnName: 'a', coltyp: JET_coltypLong }], [{ name: 'ok', key: ['+A'] }, { name: 'bad', key: ['+zz'] }]);
    expect(w.api.JetCreateTableColumnIndex(w.ses, w.dbid, tc)).toBe(JET_errColumnNotFound);
    expect(tc.rgindexcreate.map((i) => i.err)).toEqual([JET_errSuccess, JET_errColumnNotFound]);
    expect(tryOpenTable(w.api, self(w), 'made').rc).toBe(JET_errObjectNotFound);
  });

  it('the creator cursor of JetCreateTableColumnIndex3 / 4 is usable and the table then opens by name', () => {
    const w = isam();
    for (const fn of ['JetCreateTableColumnIndex3', 'JetCreateTableColumnIndex4'] as const) {
      const tc = { ...spec([{ szColumnName: 'a', coltyp: JET_coltypLong }], [{ name: 'pk', key: ['+a'], grbit: JET_bitIndexPrimary }]), szTableName: fn };
      expect(w.api[fn](w.ses, w.dbid, tc)).toBe(JET_errSuccess);
      expect(tc.rgcolumncreate[0].columnid).toBe(1);
      expect(w.api.JetCloseTable(w.ses, tc.tableid as JET_TABLEID)).toBe(JET_errSuccess);
      expect(tryOpenTable(w.api, self(w), fn).rc).toBe(JET_errSuccess);
    }
  });
});

describe('JetDeleteTable and JetDeleteColumn (fcreate.cxx:8439-8620, 9303-9440)', () => {
  it('a deleted table is gone and its name free again', () => {
    const w = isam();
    createPeople(w.api, self(w), true);
    expect(w.api.JetDeleteTable(w.ses, w.dbid, PEOPLE)).toBe(JET_errSuccess);
    expect(tryOpenTable(w.api, self(w), PEOPLE).rc).toBe(JET_errObjectNotFound);
    expect(create(w, PEOPLE).rc).toBe(JET_errSuccess);
  });

  it("deleting a table any cursor has open is TableInUse, the caller's own included (fileopen.cxx:1159-1168)", () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    expect(w.api.JetDeleteTable(w.ses, w.dbid, PEOPLE)).toBe(JET_errTableInUse);
    expect(w.api.JetCloseTable(w.ses, p.tableid)).toBe(JET_errSuccess);
    const b = peer(w);
    const tb = openTable(w.api, b, PEOPLE);
    expect(w.api.JetDeleteTable(w.ses, w.dbid, PEOPLE)).toBe(JET_errTableInUse);
    expect(w.api.JetCloseTable(b.ses, tb)).toBe(JET_errSuccess);
    expect(w.api.JetDeleteTable(w.ses, w.dbid, PEOPLE)).toBe(JET_errSuccess);
  });

  it('JetDeleteColumn: ColumnNotFound for a missing column, ColumnInUse for an indexed one, else gone', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    expect(w.api.JetDeleteColumn(w.ses, p.tableid, 'missing')).toBe(JET_errColumnNotFound); // cat.cxx:3163
    expect(w.api.JetDeleteColumn(w.ses, p.tableid, 'age')).toBe(JET_errColumnInUse); // fcreate.cxx:9396-9402
    expect(w.api.JetDeleteColumn(w.ses, p.tableid, 'NOTE')).toBe(JET_errSuccess);
    expect(columnInfo(w.api, w.ses, p.tableid, 'note').rc).toBe(JET_errColumnNotFound);
  });

  it('a deleted column id answers ColumnNotFound to set and retrieve; tagged ids far past the first ones still work', () => {
    // fldmod.cxx / fldext.cxx: a column id whose FIELD is gone (deleted: coltyp JET_coltypNil) or never given is
    // JET_errColumnNotFound. Tagged ids are given one after another from fidTaggedLeast (256), so the 900th tagged
    // column of a table has id 1155.
    const w = isam();
    const t = create(w, 'wide').tableid;
    const ids: JET_COLUMNID[] = [];
    for (let k = 0; k < 900; k++) ids.push(addColumn(w.api, w.ses, t, `c${k}`, { coltyp: JET_coltypLong, grbit: JET_bitColumnTagged }));
    expect(ids[0]).toBe(256);
    expect(ids[899]).toBe(1155);
    const four = (n: number): Uint8Array => new Uint8Array([n, 0, 0, 0]);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, ids[5], four(5), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, ids[899], four(99), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    const got = new Uint8Array(4);
    expect(w.api.JetRetrieveColumn(w.ses, t, ids[899], got, 4, null, 0, null)).toBe(JET_errSuccess);
    expect(got[0]).toBe(99);
    expect(w.api.JetRetrieveColumn(w.ses, t, ids[5], got, 4, null, 0, null)).toBe(JET_errSuccess);
    expect(got[0]).toBe(5);
    expect(w.api.JetDeleteColumn(w.ses, t, 'c5')).toBe(JET_errSuccess);
    expect(w.api.JetDeleteColumn(w.ses, t, 'c899')).toBe(JET_errSuccess);
    expect(w.api.JetRetrieveColumn(w.ses, t, ids[5], got, 4, null, 0, null)).toBe(JET_errColumnNotFound);
    expect(w.api.JetRetrieveColumn(w.ses, t, ids[899], got, 4, null, 0, null)).toBe(JET_errColumnNotFound);
    expect(w.api.JetRetrieveColumn(w.ses, t, 1156 as JET_COLUMNID, got, 4, null, 0, null)).toBe(JET_errColumnNotFound);
    // JetDeleteColumn left the cursor before the first record (fcreate.cxx ErrIsamDeleteColumn: DIRBeforeFirst).
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepReplace)).toBe(JET_errNoCurrentRecord);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, ids[5], four(1), 4, 0, null)).toBe(JET_errColumnNotFound);
    expect(w.api.JetSetColumn(w.ses, t, ids[899], four(1), 4, 0, null)).toBe(JET_errColumnNotFound);
  });
});
