/**
 * Columns added (or given a default) after records exist: what those records read.
 *
 * The engine's rule, from its source:
 * - A record stores its fixed columns up to its own last fixed column "in the record" (REC::FidFixedLastInRec) and its
 *   variable columns likewise (FidVarLastInRec). A fixed or variable column past that range is not in the record and
 *   reads as the column's current default, or NULL without one (fldext.cxx ErrRECIRetrieveFixedColumn /
 *   ErrRECIRetrieveVarColumn, the `fid > prec->FidFixedLastInRec()` / `FidVarLastInRec()` branches, which read the
 *   table's default record through ErrRECIRetrieveFixedDefaultValue / ErrRECIRetrieveVarDefaultValue).
 * - A tagged column the record does not hold reads the default, unless JET_bitRetrieveIgnoreDefault (tagfld.cxx
 *   TAGFIELDS::ErrRetrieveColumn). The non-tagged path is never given the grbit (rec.hxx ErrRECRetrieveNonTaggedColumn).
 * - A new record starts as a copy of the table's default record's fixed and variable part (fldmod.cxx
 *   ErrIsamPrepareUpdate, JET_prepInsert: "only burst fixed and variable column defaults"); the default record holds
 *   every column with a default (fileopen.cxx ErrFILERebuildDefaultRec, each default set with ErrRECSetDefaultValue).
 * - Setting a fixed or variable column past the record's range, to a value or to NULL, extends the range to it and
 *   copies in the current defaults of the columns in between (fldmod.cxx ErrRECISetIFixedColumn, ErrRECISetVarColumn
 *   with CbBurstVarDefaults).
 * - JetEnumerateColumns unions the record with the default record unless JET_bitEnumerateIgnoreDefault (fldenum.cxx
 *   ErrRECEnumerateAllColumns, ErrRECEnumerateReqColumns).
 * - JetSetColumnDefaultValue rebuilds the default record (fldmod.cxx ErrIsamSetColumnDefaultValue); JetAddColumn with
 *   a default does too (fcreate.cxx ErrIsamAddColumn), and a rolled-back JetAddColumn leaves its column deleted
 *   (ver.cxx VERIUndoAddColumn).
 *
 * Layout: table "late" with id (Long, fixed, primary "+id"), n (Long, fixed) and name (Text, variable); records 1..3
 * hold all three. DDL is done through a cursor opened with JET_bitTableDenyRead, so the added FIELDs are not versioned
 * (fcreate.cxx ErrIsamAddColumn sets ffieldVersioned only without the table's deny-read lock) and a JET_prepInsert
 * copies the whole default record (fldmod.cxx ErrIsamPrepareUpdate checks FFIELDVersioned before bursting it).
 */
import {
  out,
  JET_bitColumnEscrowUpdate, JET_bitColumnFixed, JET_bitColumnTagged, JET_bitEnumerateIgnoreDefault,
  JET_bitIndexPrimary, JET_bitIndexUnique, JET_bitNewKey, JET_bitRangeInclusive, JET_bitRangeUpperLimit, JET_bitRetrieveCopy,
  JET_bitRetrieveIgnoreDefault, JET_bitSeekEQ, JET_bitTableDenyRead, JET_coltypBinary, JET_coltypLong, JET_coltypText,
  JET_errColumnInUse, JET_errColumnNotFound, JET_errSuccess, JET_errTableNotEmpty, JET_prepInsert, JET_prepReplace,
  JET_wrnColumnDefault, JET_wrnColumnNull,
} from '../../src';
import type { JET_COLUMNDEF, JET_COLUMNID, JET_ENUMCOLUMN, JET_ENUMCOLUMNID, JET_RETRIEVECOLUMN, JET_SESID, JET_TABLEID } from '../../src';
import {
  addColumn, ascii, columnInfo, createIndex, int32, isam, openTable, peer, reattached, retrieve, seekInt, seekText, self,
} from '../support/isam';
import type { Isam, Peer } from '../support/isam';

const TABLE = 'late';

interface Late {
  w: Isam;
  id: JET_COLUMNID;
  n: JET_COLUMNID;
  name: JET_COLUMNID;
}

const FIXED_LONG: JET_COLUMNDEF = { coltyp: JET_coltypLong, grbit: JET_bitColumnFixed };
const VAR_TEXT: JET_COLUMNDEF = { coltyp: JET_coltypText, cp: 1252, cbMax: 32 };
const TAGGED_TEXT: JET_COLUMNDEF = { coltyp: JET_coltypText, cp: 1252, cbMax: 32, grbit: JET_bitColumnTagged };

/** Inserts one record with the values given (null: JetSetColumn with no data, i.e. NULL). */
function insertRow(w: Isam, ses: JET_SESID, t: JET_TABLEID, cols: Array<[JET_COLUMNID, Uint8Array | null]>): void {
  expect(w.api.JetPrepareUpdate(ses, t, JET_prepInsert)).toBe(JET_errSuccess);
  for (const [col, v] of cols) expect(w.api.JetSetColumn(ses, t, col, v, v === null ? 0 : v.length, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetUpdate(ses, t, null, 0, null)).toBe(JET_errSuccess);
}

/** The "late" table with records 1..3 (id, n = 10 * id, name), the creator's cursor closed. */
function late(): Late {
  const w = isam();
  const box = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, TABLE, 0, 100, box)).toBe(JET_errSuccess);
  const t = box.value;
  const id = addColumn(w.api, w.ses, t, 'id', FIXED_LONG);
  const n = addColumn(w.api, w.ses, t, 'n', FIXED_LONG);
  const name = addColumn(w.api, w.ses, t, 'name', VAR_TEXT);
  expect(createIndex(w.api, w.ses, t, 'primary', JET_bitIndexPrimary | JET_bitIndexUnique, '+id')).toBe(JET_errSuccess);
  for (const [i, s] of [[1, 'one'], [2, 'two'], [3, 'three']] as Array<[number, string]>) {
    insertRow(w, w.ses, t, [[id, int32(i)], [n, int32(10 * i)], [name, ascii(s)]]);
  }
  expect(w.api.JetCloseTable(w.ses, t)).toBe(JET_errSuccess);
  return { w, id, n, name };
}

/** The world's session's cursor on "late", opened with JET_bitTableDenyRead (for DDL). */
function exclusive(l: Late): JET_TABLEID {
  return openTable(l.w.api, self(l.w), TABLE, JET_bitTableDenyRead);
}

function close(l: Late, t: JET_TABLEID): void {
  expect(l.w.api.JetCloseTable(l.w.ses, t)).toBe(JET_errSuccess);
}

/** Onto the record with that id, through the primary index. */
function goto(l: Late, t: JET_TABLEID, id: number, ses: JET_SESID = l.w.ses): void {
  expect(l.w.api.JetSetCurrentIndex(ses, t, 'primary')).toBe(JET_errSuccess);
  expect(seekInt(l.w.api, ses, t, id, JET_bitSeekEQ)).toBe(JET_errSuccess);
}

function get(l: Late, t: JET_TABLEID, col: JET_COLUMNID, grbit = 0, ses: JET_SESID = l.w.ses) {
  return retrieve(l.w.api, ses, t, col, grbit);
}

/** The column of record `id` as { rc, data }. */
function at(l: Late, t: JET_TABLEID, id: number, col: JET_COLUMNID, grbit = 0) {
  goto(l, t, id);
  return get(l, t, col, grbit);
}

const value = (data: Uint8Array) => ({ rc: JET_errSuccess, data });
const NULL = { rc: JET_wrnColumnNull, data: null };

function setDefault(l: Late, column: string, v: Uint8Array): number {
  return l.w.api.JetSetColumnDefaultValue(l.w.ses, l.w.dbid, TABLE, column, v, v.length, 0);
}

function replace(l: Late, t: JET_TABLEID, id: number, cols: Array<[JET_COLUMNID, Uint8Array | null]>): void {
  goto(l, t, id);
  expect(l.w.api.JetBeginTransaction(l.w.ses)).toBe(JET_errSuccess);
  expect(l.w.api.JetPrepareUpdate(l.w.ses, t, JET_prepReplace)).toBe(JET_errSuccess);
  for (const [col, v] of cols) expect(l.w.api.JetSetColumn(l.w.ses, t, col, v, v === null ? 0 : v.length, 0, null)).toBe(JET_errSuccess);
  expect(l.w.api.JetUpdate(l.w.ses, t, null, 0, null)).toBe(JET_errSuccess);
  expect(l.w.api.JetCommitTransaction(l.w.ses, 0)).toBe(JET_errSuccess);
}

function enumerate(l: Late, t: JET_TABLEID, ids: JET_ENUMCOLUMNID[], grbit: number) {
  const count = out<number>(-1);
  const columns = out<JET_ENUMCOLUMN[] | null>();
  const rc = l.w.api.JetEnumerateColumns(l.w.ses, t, ids.length, ids, count, columns, null, null, 0x7fffffff, grbit);
  return { rc, count: count.value, columns: columns.value ?? [] };
}

/** A JET_ENUMCOLUMN with one value. */
function one(columnid: JET_COLUMNID, v: Uint8Array) {
  return { columnid, err: JET_errSuccess, cEnumColumnValue: 1, rgEnumColumnValue: [{ itagSequence: 1, err: JET_errSuccess, cbData: v.length, pvData: v }] };
}

function none(columnid: JET_COLUMNID, err: number) {
  return { columnid, err, cEnumColumnValue: 0, rgEnumColumnValue: null };
}

/** JetIndexRecordCount from the current entry up to the key n (an inclusive upper range). */
function countRange(l: Late, t: JET_TABLEID, n: number): number {
  expect(l.w.api.JetMakeKey(l.w.ses, t, int32(n), 4, JET_bitNewKey)).toBe(JET_errSuccess);
  expect(l.w.api.JetSetIndexRange(l.w.ses, t, JET_bitRangeUpperLimit | JET_bitRangeInclusive)).toBe(JET_errSuccess);
  const c = out<number>(-1);
  expect(l.w.api.JetIndexRecordCount(l.w.ses, t, c, 0)).toBe(JET_errSuccess);
  return c.value;
}

describe('a column added with a default to a table that holds records', () => {
  it('a fixed Long column: every old record reads the default, through any cursor', () => {
    const l = late();
    const t = exclusive(l);
    const x = addColumn(l.w.api, l.w.ses, t, 'x', FIXED_LONG, int32(42));
    // fldext.cxx ErrRECIRetrieveFixedColumn: fid > FidFixedLastInRec and FFIELDDefault -> the default record's value.
    for (const id of [1, 2, 3]) expect(at(l, t, id, x)).toEqual(value(int32(42)));
    // The stored columns are untouched.
    expect(at(l, t, 2, l.n)).toEqual(value(int32(20)));
    close(l, t);
    // The default lives with the table (its default record), so another session's cursor reads it too.
    const p = peer(l.w);
    const t2 = openTable(l.w.api, p, TABLE);
    goto(l, t2, 3, p.ses);
    expect(get(l, t2, x, 0, p.ses)).toEqual(value(int32(42)));
  });

  it('a fixed Binary column: the default bytes', () => {
    const l = late();
    const t = exclusive(l);
    const bytes = Uint8Array.of(0xde, 0xad, 0xbe, 0xef);
    const b = addColumn(l.w.api, l.w.ses, t, 'b', { coltyp: JET_coltypBinary, cbMax: 4, grbit: JET_bitColumnFixed }, bytes);
    // fldext.cxx ErrRECIRetrieveFixedColumn -> ErrRECIRetrieveFixedDefaultValue.
    for (const id of [1, 3]) expect(at(l, t, id, b)).toEqual(value(bytes));
  });

  it('a variable Text column: the default text', () => {
    const l = late();
    const t = exclusive(l);
    const v = addColumn(l.w.api, l.w.ses, t, 'v', VAR_TEXT, ascii('dflt'));
    // fldext.cxx ErrRECIRetrieveVarColumn: fid > FidVarLastInRec and FFIELDDefault -> ErrRECIRetrieveVarDefaultValue.
    for (const id of [1, 2, 3]) expect(at(l, t, id, v)).toEqual(value(ascii('dflt')));
    expect(at(l, t, 1, l.name)).toEqual(value(ascii('one')));
  });

  it('a tagged Text column: the default text', () => {
    const l = late();
    const t = exclusive(l);
    const tg = addColumn(l.w.api, l.w.ses, t, 'tg', TAGGED_TEXT, ascii('tdef'));
    // tagfld.cxx TAGFIELDS::ErrRetrieveColumn: no TAGFLD for the column, itag 1, FTableHasNonEscrowDefault -> default.
    for (const id of [1, 2, 3]) expect(at(l, t, id, tg)).toEqual(value(ascii('tdef')));
  });

  it('columns added without a default read NULL in the old records', () => {
    const l = late();
    const t = exclusive(l);
    const f = addColumn(l.w.api, l.w.ses, t, 'f', FIXED_LONG);
    const v = addColumn(l.w.api, l.w.ses, t, 'v', VAR_TEXT);
    const tg = addColumn(l.w.api, l.w.ses, t, 'tg', TAGGED_TEXT);
    // fldext.cxx ErrRECIRetrieveFixedColumn / ErrRECIRetrieveVarColumn past the range without FFIELDDefault, and
    // TAGFIELDS::ErrRetrieveColumn without a default: JET_wrnColumnNull.
    for (const col of [f, v, tg]) expect(at(l, t, 2, col)).toEqual(NULL);
  });

  it('JetRetrieveColumns reads the defaults of the late columns (and NULL for one without)', () => {
    const l = late();
    const t = exclusive(l);
    const x = addColumn(l.w.api, l.w.ses, t, 'x', FIXED_LONG, int32(42));
    const v = addColumn(l.w.api, l.w.ses, t, 'v', VAR_TEXT, ascii('dflt'));
    const tg = addColumn(l.w.api, l.w.ses, t, 'tg', TAGGED_TEXT, ascii('tdef!'));
    const f = addColumn(l.w.api, l.w.ses, t, 'f', FIXED_LONG);
    goto(l, t, 1);
    const ret: JET_RETRIEVECOLUMN[] = [x, v, tg, f].map((columnid) => ({ columnid, pvData: new Uint8Array(16), cbData: 16 }));
    // fldext.cxx ErrIsamRetrieveColumns reads each column through ErrRECRetrieveNonTaggedColumn /
    // ErrRECRetrieveTaggedColumn, the same paths as JetRetrieveColumn.
    expect(l.w.api.JetRetrieveColumns(l.w.ses, t, ret, ret.length)).toBe(JET_errSuccess);
    expect(ret.map((r) => [r.err, r.cbActual])).toEqual([[JET_errSuccess, 4], [JET_errSuccess, 4], [JET_errSuccess, 5], [JET_wrnColumnNull, 0]]);
    expect((ret[0].pvData as Uint8Array).slice(0, 4)).toEqual(int32(42));
    expect((ret[1].pvData as Uint8Array).slice(0, 4)).toEqual(ascii('dflt'));
    expect((ret[2].pvData as Uint8Array).slice(0, 5)).toEqual(ascii('tdef!'));
  });

  it('JET_bitRetrieveIgnoreDefault: a tagged default is NULL, fixed and variable defaults past the range are still read', () => {
    const l = late();
    const t = exclusive(l);
    const x = addColumn(l.w.api, l.w.ses, t, 'x', FIXED_LONG, int32(42));
    const v = addColumn(l.w.api, l.w.ses, t, 'v', VAR_TEXT, ascii('dflt'));
    const tg = addColumn(l.w.api, l.w.ses, t, 'tg', TAGGED_TEXT, ascii('tdef'));
    goto(l, t, 2);
    // tagfld.cxx TAGFIELDS::ErrRetrieveColumn: the default branch needs !( grbit & JET_bitRetrieveIgnoreDefault ).
    expect(get(l, t, tg, JET_bitRetrieveIgnoreDefault)).toEqual(NULL);
    // fldext.cxx ErrIsamRetrieveColumn calls ErrRECRetrieveNonTaggedColumn without the grbit (rec.hxx), so
    // ErrRECIRetrieveFixedColumn / ErrRECIRetrieveVarColumn return the default whatever the grbit.
    expect(get(l, t, x, JET_bitRetrieveIgnoreDefault)).toEqual(value(int32(42)));
    expect(get(l, t, v, JET_bitRetrieveIgnoreDefault)).toEqual(value(ascii('dflt')));
  });

  it('JET_bitRetrieveIgnoreDefault: a tagged column holding its own value reads it, from the record and from the copy', () => {
    const l = late();
    const t = exclusive(l);
    const tg = addColumn(l.w.api, l.w.ses, t, 'tg', TAGGED_TEXT, ascii('tdef'));
    // tagfld.cxx TAGFIELDS::ErrRetrieveColumn: a value the record holds is returned whatever the grbit; only a
    // missing one falls to the default branch that IgnoreDefault skips.
    replace(l, t, 2, [[tg, ascii('own')]]);
    goto(l, t, 2);
    expect(get(l, t, tg, JET_bitRetrieveIgnoreDefault)).toEqual(value(ascii('own')));
    expect(l.w.api.JetBeginTransaction(l.w.ses)).toBe(JET_errSuccess);
    expect(l.w.api.JetPrepareUpdate(l.w.ses, t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(get(l, t, tg, JET_bitRetrieveIgnoreDefault | JET_bitRetrieveCopy)).toEqual(value(ascii('own')));
    expect(l.w.api.JetSetColumn(l.w.ses, t, tg, ascii('new'), 3, 0, null)).toBe(JET_errSuccess);
    expect(get(l, t, tg, JET_bitRetrieveIgnoreDefault | JET_bitRetrieveCopy)).toEqual(value(ascii('new')));
    expect(get(l, t, tg, JET_bitRetrieveIgnoreDefault)).toEqual(value(ascii('own')));
    expect(l.w.api.JetRollback(l.w.ses, 0)).toBe(JET_errSuccess);
    // Record 3 never held it: NULL with the grbit, the default without.
    goto(l, t, 3);
    expect(get(l, t, tg, JET_bitRetrieveIgnoreDefault)).toEqual(NULL);
    expect(get(l, t, tg)).toEqual(value(ascii('tdef')));
    close(l, t);
  });

  it('a record inserted afterwards starts from the default record; one that sets the column to NULL reads NULL', () => {
    const l = late();
    const t = exclusive(l);
    const x = addColumn(l.w.api, l.w.ses, t, 'x', FIXED_LONG, int32(42));
    const v = addColumn(l.w.api, l.w.ses, t, 'v', VAR_TEXT, ascii('dflt'));
    insertRow(l.w, l.w.ses, t, [[l.id, int32(4)]]);
    insertRow(l.w, l.w.ses, t, [[l.id, int32(5)], [x, null], [v, null]]);
    // fldmod.cxx ErrIsamPrepareUpdate(JET_prepInsert) copies the default record's fixed and variable part.
    expect(at(l, t, 4, x)).toEqual(value(int32(42)));
    expect(at(l, t, 4, v)).toEqual(value(ascii('dflt')));
    // fldmod.cxx ErrRECISetIFixedColumn / ErrRECISetVarColumn with no data: the null bit of a column in the record.
    expect(at(l, t, 5, x)).toEqual(NULL);
    expect(at(l, t, 5, v)).toEqual(NULL);
  });

  it('after JetTerm, a new instance still reads the default in the old records', () => {
    const l = late();
    const t = exclusive(l);
    const x = addColumn(l.w.api, l.w.ses, t, 'x', FIXED_LONG, int32(42));
    const v = addColumn(l.w.api, l.w.ses, t, 'v', VAR_TEXT, ascii('dflt'));
    close(l, t);
    expect(l.w.api.JetTerm(l.w.inst)).toBe(JET_errSuccess);
    const q: Peer = reattached(l.w);
    const t2 = openTable(l.w.api, q, TABLE);
    goto(l, t2, 1, q.ses);
    // The default record is rebuilt from the catalog when the table is opened (cat.cxx, FILEPrepareDefaultRecord /
    // ErrFILERebuildDefaultRec); the old records still stop before the column (fldext.cxx ErrRECIRetrieveFixedColumn).
    expect(get(l, t2, x, 0, q.ses)).toEqual(value(int32(42)));
    expect(get(l, t2, v, 0, q.ses)).toEqual(value(ascii('dflt')));
  });
});

describe('JetEnumerateColumns over an old record', () => {
  it('all columns: the late columns are listed with their defaults; with IgnoreDefault they are not listed', () => {
    const l = late();
    const t = exclusive(l);
    const x = addColumn(l.w.api, l.w.ses, t, 'x', FIXED_LONG, int32(42));
    const v = addColumn(l.w.api, l.w.ses, t, 'v', VAR_TEXT, ascii('dflt'));
    const tg = addColumn(l.w.api, l.w.ses, t, 'tg', TAGGED_TEXT, ascii('tdef'));
    goto(l, t, 1);
    const byId = (a: { columnid: number }, b: { columnid: number }) => a.columnid - b.columnid;
    // fldenum.cxx ErrRECEnumerateAllColumns: a CUnionIter of the record's iterators and the default record's
    // (fDefaultRecord), by column id, the record's entry winning for a column both have.
    const all = enumerate(l, t, [], 0);
    expect(all.rc).toBe(JET_errSuccess);
    expect(all.columns).toEqual([
      one(l.id, int32(1)), one(l.n, int32(10)), one(l.name, ascii('one')),
      one(x, int32(42)), one(v, ascii('dflt')), one(tg, ascii('tdef')),
    ].sort(byId));
    expect(all.count).toBe(6);
    // fDefaultRecord = !( grbit & JET_bitEnumerateIgnoreDefault ) && ...: only the record's own columns.
    const own = enumerate(l, t, [], JET_bitEnumerateIgnoreDefault);
    expect(own.rc).toBe(JET_errSuccess);
    expect(own.columns).toEqual([one(l.id, int32(1)), one(l.n, int32(10)), one(l.name, ascii('one'))].sort(byId));
  });

  it('all columns: a column without a default inside the default record\'s range is listed as NULL', () => {
    const l = late();
    const t = exclusive(l);
    const b = addColumn(l.w.api, l.w.ses, t, 'b', FIXED_LONG);
    const x = addColumn(l.w.api, l.w.ses, t, 'x', FIXED_LONG, int32(42));
    const u = addColumn(l.w.api, l.w.ses, t, 'u', VAR_TEXT);
    const v = addColumn(l.w.api, l.w.ses, t, 'v', VAR_TEXT, ascii('dflt'));
    goto(l, t, 1);
    const byId = (a: { columnid: number }, c: { columnid: number }) => a.columnid - c.columnid;
    // fileopen.cxx ErrFILERebuildDefaultRec sets x and v into an empty record: its fixed range runs to x and its
    // variable range to v, with b and u NULL (fldmod.cxx ErrRECISetIFixedColumn / ErrRECISetVarColumn set the null
    // bits of the columns they extend over). fldenum.cxx ErrRECEnumerateAllColumns walks the default record's
    // CFixedColumnIter / CVariableColumnIter to their ends, so b and u come from it, with no value: JET_wrnColumnNull.
    expect(enumerate(l, t, [], 0).columns).toEqual([
      one(l.id, int32(1)), one(l.n, int32(10)), none(b, JET_wrnColumnNull), one(x, int32(42)),
      one(l.name, ascii('one')), none(u, JET_wrnColumnNull), one(v, ascii('dflt')),
    ].sort(byId));
    // Without the default record only the record's own range is walked.
    expect(enumerate(l, t, [], JET_bitEnumerateIgnoreDefault).columns).toEqual(
      [one(l.id, int32(1)), one(l.n, int32(10)), one(l.name, ascii('one'))].sort(byId));
  });

  it('requested columns: the defaults; with IgnoreDefault wrnColumnDefault, but wrnColumnNull for a stored NULL', () => {
    const l = late();
    const t = exclusive(l);
    const x = addColumn(l.w.api, l.w.ses, t, 'x', FIXED_LONG, int32(42));
    const v = addColumn(l.w.api, l.w.ses, t, 'v', VAR_TEXT, ascii('dflt'));
    const tg = addColumn(l.w.api, l.w.ses, t, 'tg', TAGGED_TEXT, ascii('tdef'));
    insertRow(l.w, l.w.ses, t, [[l.id, int32(4)], [x, null], [v, null]]);
    const ids: JET_ENUMCOLUMNID[] = [{ columnid: x }, { columnid: v }, { columnid: tg }];
    goto(l, t, 2);
    // fldenum.cxx ErrRECEnumerateReqColumns: the record's iterator does not find the column (ErrSeek past
    // FidFixedLastInRec / FidVarLastInRec, no TAGFLD), so the default record's iterator is asked.
    expect(enumerate(l, t, ids, 0).columns).toEqual([one(x, int32(42)), one(v, ascii('dflt')), one(tg, ascii('tdef'))]);
    // Without the default record: "!fColumnFound && JET_bitEnumerateIgnoreDefault" -> JET_wrnColumnDefault.
    expect(enumerate(l, t, ids, JET_bitEnumerateIgnoreDefault).columns).toEqual([
      none(x, JET_wrnColumnDefault), none(v, JET_wrnColumnDefault), none(tg, JET_wrnColumnDefault),
    ]);
    // Record 4 holds x and v (set to NULL): found with no value -> JET_wrnColumnNull.
    goto(l, t, 4);
    expect(enumerate(l, t, [{ columnid: x }, { columnid: v }], JET_bitEnumerateIgnoreDefault).columns).toEqual([
      none(x, JET_wrnColumnNull), none(v, JET_wrnColumnNull),
    ]);
  });
});

describe('an index created afterwards over the late column', () => {
  it('a fixed Long column: the old records are under the default key', () => {
    const l = late();
    const t = exclusive(l);
    const x = addColumn(l.w.api, l.w.ses, t, 'x', FIXED_LONG, int32(42));
    insertRow(l.w, l.w.ses, t, [[l.id, int32(4)], [x, int32(5)]]);
    expect(createIndex(l.w.api, l.w.ses, t, 'byX', 0, '+x')).toBe(JET_errSuccess);
    expect(l.w.api.JetSetCurrentIndex(l.w.ses, t, 'byX')).toBe(JET_errSuccess);
    // fldnorm.cxx ErrRECIRetrieveKey reads each segment with ErrRECRetrieveNonTaggedColumn: the default for a
    // record that stops before the column.
    expect(seekInt(l.w.api, l.w.ses, t, 42, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect([1, 2, 3].map((i) => int32(i))).toContainEqual(get(l, t, l.id).data);
    expect(countRange(l, t, 42)).toBe(3);
    expect(seekInt(l.w.api, l.w.ses, t, 5, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(get(l, t, l.id).data).toEqual(int32(4));
    expect(countRange(l, t, 5)).toBe(1);
  });

  it('a variable Text column: the old records are under the default text', () => {
    const l = late();
    const t = exclusive(l);
    const v = addColumn(l.w.api, l.w.ses, t, 'v', VAR_TEXT, ascii('dflt'));
    insertRow(l.w, l.w.ses, t, [[l.id, int32(4)], [v, ascii('zzz')]]);
    expect(createIndex(l.w.api, l.w.ses, t, 'byV', 0, '+v')).toBe(JET_errSuccess);
    expect(l.w.api.JetSetCurrentIndex(l.w.ses, t, 'byV')).toBe(JET_errSuccess);
    // fldnorm.cxx ErrRECIRetrieveKey -> ErrRECIRetrieveVarColumn -> the default.
    expect(seekText(l.w.api, l.w.ses, t, 'dflt', JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect([1, 2, 3].map((i) => int32(i))).toContainEqual(get(l, t, l.id).data);
    const k = ascii('dflt');
    expect(l.w.api.JetMakeKey(l.w.ses, t, k, k.length, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(l.w.api.JetSetIndexRange(l.w.ses, t, JET_bitRangeUpperLimit | JET_bitRangeInclusive)).toBe(JET_errSuccess);
    const c = out<number>(-1);
    expect(l.w.api.JetIndexRecordCount(l.w.ses, t, c, 0)).toBe(JET_errSuccess);
    expect(c.value).toBe(3);
  });
});

describe('JetSetColumnDefaultValue changes what records that stop before the column read', () => {
  it('a fixed column added without a default: old records read NULL, then the new default', () => {
    const l = late();
    const t = exclusive(l);
    const b = addColumn(l.w.api, l.w.ses, t, 'b', FIXED_LONG);
    expect(at(l, t, 1, b)).toEqual(NULL);
    close(l, t);
    // fldmod.cxx ErrIsamSetColumnDefaultValue: sets FFIELDDefault and rebuilds the default record
    // (ErrFILERebuildDefaultRec); fldext.cxx ErrRECIRetrieveFixedColumn reads it for fid > FidFixedLastInRec.
    expect(setDefault(l, 'b', int32(9))).toBe(JET_errSuccess);
    const t2 = openTable(l.w.api, self(l.w), TABLE);
    for (const id of [1, 2, 3]) expect(at(l, t2, id, b)).toEqual(value(int32(9)));
  });

  it('a record that set the column to NULL, or set a later fixed column, holds it and still reads NULL', () => {
    const l = late();
    const t = exclusive(l);
    const b = addColumn(l.w.api, l.w.ses, t, 'b', FIXED_LONG);
    const c = addColumn(l.w.api, l.w.ses, t, 'c', FIXED_LONG);
    // Record 4 sets only c (after b): fldmod.cxx ErrRECISetIFixedColumn extends the record to c, b's null bit set
    // (b had no default to burst). Record 5 sets b to NULL: extended to b, null bit set.
    insertRow(l.w, l.w.ses, t, [[l.id, int32(4)], [c, int32(1)]]);
    insertRow(l.w, l.w.ses, t, [[l.id, int32(5)], [b, null]]);
    close(l, t);
    expect(setDefault(l, 'b', int32(9))).toBe(JET_errSuccess);
    const t2 = openTable(l.w.api, self(l.w), TABLE);
    // fldext.cxx ErrRECIRetrieveFixedColumn: in the range, the null bit decides.
    expect(at(l, t2, 4, b)).toEqual(NULL);
    expect(at(l, t2, 5, b)).toEqual(NULL);
    // Past the range: the new default.
    expect(at(l, t2, 2, b)).toEqual(value(int32(9)));
    expect(at(l, t2, 4, c)).toEqual(value(int32(1)));
  });

  it('a record inserted while the column had a default keeps it; old records read the changed default', () => {
    const l = late();
    const t = exclusive(l);
    const x = addColumn(l.w.api, l.w.ses, t, 'x', FIXED_LONG, int32(42));
    // fldmod.cxx ErrIsamPrepareUpdate(JET_prepInsert): the default record (x = 42) is copied into the new record.
    insertRow(l.w, l.w.ses, t, [[l.id, int32(4)]]);
    close(l, t);
    expect(setDefault(l, 'x', int32(99))).toBe(JET_errSuccess);
    const t2 = openTable(l.w.api, self(l.w), TABLE);
    expect(at(l, t2, 4, x)).toEqual(value(int32(42)));
    // fldext.cxx ErrRECIRetrieveFixedColumn: the old records read the current default.
    for (const id of [1, 2, 3]) expect(at(l, t2, id, x)).toEqual(value(int32(99)));
    // A record inserted now takes 99 (the rebuilt default record).
    insertRow(l.w, l.w.ses, t2, [[l.id, int32(5)]]);
    expect(at(l, t2, 5, x)).toEqual(value(int32(99)));
  });

  it('a record inserted after a later column got a default holds the earlier column (NULL) in its range', () => {
    const l = late();
    const t = exclusive(l);
    const b = addColumn(l.w.api, l.w.ses, t, 'b', FIXED_LONG);
    const x = addColumn(l.w.api, l.w.ses, t, 'x', FIXED_LONG, int32(42));
    // fldmod.cxx ErrIsamPrepareUpdate(JET_prepInsert) copies the default record, whose fixed range runs to x
    // (ErrFILERebuildDefaultRec), b NULL inside it: record 4 holds b as NULL without setting it.
    insertRow(l.w, l.w.ses, t, [[l.id, int32(4)]]);
    close(l, t);
    expect(setDefault(l, 'b', int32(9))).toBe(JET_errSuccess);
    const t2 = openTable(l.w.api, self(l.w), TABLE);
    // fldext.cxx ErrRECIRetrieveFixedColumn: b inside record 4's range, null bit set -> NULL; past records 1..3's
    // range -> the new default.
    expect(at(l, t2, 4, b)).toEqual(NULL);
    expect(at(l, t2, 4, x)).toEqual(value(int32(42)));
    for (const id of [1, 2, 3]) expect(at(l, t2, id, b)).toEqual(value(int32(9)));
  });

  it('a variable column added without a default: old records read the new default, an explicit NULL stays NULL', () => {
    const l = late();
    const t = exclusive(l);
    const v = addColumn(l.w.api, l.w.ses, t, 'v', VAR_TEXT);
    // fldmod.cxx ErrRECISetVarColumn with no data: the record is extended to v, its offset carries the null bit.
    insertRow(l.w, l.w.ses, t, [[l.id, int32(4)], [v, null]]);
    close(l, t);
    expect(setDefault(l, 'v', ascii('abc'))).toBe(JET_errSuccess);
    const t2 = openTable(l.w.api, self(l.w), TABLE);
    // fldext.cxx ErrRECIRetrieveVarColumn: past FidVarLastInRec -> the default; in the range with the null bit -> NULL.
    for (const id of [1, 2, 3]) expect(at(l, t2, id, v)).toEqual(value(ascii('abc')));
    expect(at(l, t2, 4, v)).toEqual(NULL);
  });

  it('a tagged column added without a default: old records read the new default (NULL with RetrieveIgnoreDefault)', () => {
    const l = late();
    const t = exclusive(l);
    const tg = addColumn(l.w.api, l.w.ses, t, 'tg', TAGGED_TEXT);
    close(l, t);
    expect(setDefault(l, 'tg', ascii('tdef'))).toBe(JET_errSuccess);
    const t2 = openTable(l.w.api, self(l.w), TABLE);
    // fldmod.cxx ErrIsamSetColumnDefaultValue sets FTableHasNonEscrowDefault; tagfld.cxx TAGFIELDS::ErrRetrieveColumn
    // then reads the default for a column without a TAGFLD, unless JET_bitRetrieveIgnoreDefault.
    for (const id of [1, 2, 3]) expect(at(l, t2, id, tg)).toEqual(value(ascii('tdef')));
    expect(at(l, t2, 1, tg, JET_bitRetrieveIgnoreDefault)).toEqual(NULL);
  });

  it('an indexed column is refused (ColumnInUse) and the records keep reading the old default', () => {
    const l = late();
    const t = exclusive(l);
    const x = addColumn(l.w.api, l.w.ses, t, 'x', FIXED_LONG, int32(42));
    expect(createIndex(l.w.api, l.w.ses, t, 'byX', 0, '+x')).toBe(JET_errSuccess);
    close(l, t);
    // fldmod.cxx ErrIsamSetColumnDefaultValue: FFILEIsIndexColumn -> JET_errColumnInUse, before the catalog changes.
    expect(setDefault(l, 'x', int32(99))).toBe(JET_errColumnInUse);
    const t2 = openTable(l.w.api, self(l.w), TABLE);
    expect(at(l, t2, 1, x)).toEqual(value(int32(42)));
  });
});

describe('a replace of an old record', () => {
  it('setting a lower column leaves the new column to the default (RetrieveCopy reads it; it is not stored)', () => {
    const l = late();
    const t = exclusive(l);
    const x = addColumn(l.w.api, l.w.ses, t, 'x', FIXED_LONG, int32(42));
    goto(l, t, 1);
    expect(l.w.api.JetBeginTransaction(l.w.ses)).toBe(JET_errSuccess);
    // fldmod.cxx ErrIsamPrepareUpdate(JET_prepReplace) copies the record as it is into the copy buffer.
    expect(l.w.api.JetPrepareUpdate(l.w.ses, t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(l.w.api.JetSetColumn(l.w.ses, t, l.n, int32(11), 4, 0, null)).toBe(JET_errSuccess);
    // fldext.cxx ErrIsamRetrieveColumn with JET_bitRetrieveCopy reads the copy buffer; x is past its range.
    expect(get(l, t, x, JET_bitRetrieveCopy)).toEqual(value(int32(42)));
    expect(get(l, t, l.n, JET_bitRetrieveCopy)).toEqual(value(int32(11)));
    expect(l.w.api.JetUpdate(l.w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(l.w.api.JetCommitTransaction(l.w.ses, 0)).toBe(JET_errSuccess);
    expect(at(l, t, 1, x)).toEqual(value(int32(42)));
    expect(at(l, t, 1, l.n)).toEqual(value(int32(11)));
    close(l, t);
    // n is below FidFixedLastInRec (fldmod.cxx ErrRECISetIFixedColumn does not extend the record), so x is still
    // not in record 1 and follows the default.
    expect(setDefault(l, 'x', int32(99))).toBe(JET_errSuccess);
    const t2 = openTable(l.w.api, self(l.w), TABLE);
    expect(at(l, t2, 1, x)).toEqual(value(int32(99)));
  });

  it('setting the new column to NULL makes it read NULL (also after a new default)', () => {
    const l = late();
    const t = exclusive(l);
    const x = addColumn(l.w.api, l.w.ses, t, 'x', FIXED_LONG, int32(42));
    const v = addColumn(l.w.api, l.w.ses, t, 'v', VAR_TEXT, ascii('dflt'));
    goto(l, t, 2);
    expect(l.w.api.JetBeginTransaction(l.w.ses)).toBe(JET_errSuccess);
    expect(l.w.api.JetPrepareUpdate(l.w.ses, t, JET_prepReplace)).toBe(JET_errSuccess);
    // fldmod.cxx ErrFLDSetOneColumn: no data and no JET_bitSetZeroLength -> NULL; ErrRECISetIFixedColumn /
    // ErrRECISetVarColumn extend the record to the column and set its null bit.
    expect(l.w.api.JetSetColumn(l.w.ses, t, x, null, 0, 0, null)).toBe(JET_errSuccess);
    expect(l.w.api.JetSetColumn(l.w.ses, t, v, null, 0, 0, null)).toBe(JET_errSuccess);
    expect(get(l, t, x, JET_bitRetrieveCopy)).toEqual(NULL);
    expect(get(l, t, v, JET_bitRetrieveCopy)).toEqual(NULL);
    expect(l.w.api.JetUpdate(l.w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(l.w.api.JetCommitTransaction(l.w.ses, 0)).toBe(JET_errSuccess);
    expect(at(l, t, 2, x)).toEqual(NULL);
    expect(at(l, t, 2, v)).toEqual(NULL);
    expect(at(l, t, 1, x)).toEqual(value(int32(42)));
    close(l, t);
    expect(setDefault(l, 'x', int32(99))).toBe(JET_errSuccess);
    const t2 = openTable(l.w.api, self(l.w), TABLE);
    expect(at(l, t2, 2, x)).toEqual(NULL);
    expect(at(l, t2, 3, x)).toEqual(value(int32(99)));
  });

  it('two late fixed columns: setting the lower one to NULL leaves it NULL while the higher still reads its default', () => {
    const l = late();
    const t = exclusive(l);
    const x = addColumn(l.w.api, l.w.ses, t, 'x', FIXED_LONG, int32(42));
    const y = addColumn(l.w.api, l.w.ses, t, 'y', FIXED_LONG, int32(77));
    // fldmod.cxx ErrRECISetIFixedColumn: the NULL set of x extends the record's fixed range to x (its null bit set);
    // y stays past the range and reads its default (fldext.cxx ErrRECIRetrieveFixedColumn).
    replace(l, t, 2, [[x, null]]);
    expect(at(l, t, 2, x)).toEqual(NULL);
    expect(at(l, t, 2, y)).toEqual(value(int32(77)));
    expect(at(l, t, 1, x)).toEqual(value(int32(42)));
    close(l, t);
  });

  it('setting a later fixed column stores the current default of the fixed column in between', () => {
    const l = late();
    const t = exclusive(l);
    const x = addColumn(l.w.api, l.w.ses, t, 'x', FIXED_LONG, int32(42));
    const y = addColumn(l.w.api, l.w.ses, t, 'y', FIXED_LONG);
    // fldmod.cxx ErrRECISetIFixedColumn: extending record 1 from n to y bursts the defaults of the columns between
    // (x = 42, copied from the default record, its null bit cleared).
    replace(l, t, 1, [[y, int32(5)]]);
    expect(at(l, t, 1, x)).toEqual(value(int32(42)));
    close(l, t);
    expect(setDefault(l, 'x', int32(99))).toBe(JET_errSuccess);
    const t2 = openTable(l.w.api, self(l.w), TABLE);
    expect(at(l, t2, 1, x)).toEqual(value(int32(42)));
    expect(at(l, t2, 1, y)).toEqual(value(int32(5)));
    // Record 2 was not touched: x past its range, the new default; y NULL (no default).
    expect(at(l, t2, 2, x)).toEqual(value(int32(99)));
    expect(at(l, t2, 2, y)).toEqual(NULL);
  });

  it('setting a later variable column stores the current default of the variable column in between', () => {
    const l = late();
    const t = exclusive(l);
    const v = addColumn(l.w.api, l.w.ses, t, 'v', VAR_TEXT, ascii('dflt'));
    const u = addColumn(l.w.api, l.w.ses, t, 'u', VAR_TEXT);
    // fldmod.cxx ErrRECISetVarColumn: extending record 3 from name to u, CbBurstVarDefaults copies v's default.
    replace(l, t, 3, [[u, ascii('uu')]]);
    close(l, t);
    expect(setDefault(l, 'v', ascii('new!'))).toBe(JET_errSuccess);
    const t2 = openTable(l.w.api, self(l.w), TABLE);
    expect(at(l, t2, 3, v)).toEqual(value(ascii('dflt')));
    expect(at(l, t2, 3, u)).toEqual(value(ascii('uu')));
    expect(at(l, t2, 3, l.name)).toEqual(value(ascii('three')));
    expect(at(l, t2, 1, v)).toEqual(value(ascii('new!')));
  });
});

describe('rolled-back and refused JetAddColumn', () => {
  it('a JetAddColumn rolled back leaves nothing behind', () => {
    const l = late();
    const t = exclusive(l);
    expect(l.w.api.JetBeginTransaction(l.w.ses)).toBe(JET_errSuccess);
    const x = addColumn(l.w.api, l.w.ses, t, 'x', FIXED_LONG, int32(42));
    expect(at(l, t, 1, x)).toEqual(value(int32(42)));
    expect(l.w.api.JetRollback(l.w.ses, 0)).toBe(JET_errSuccess);
    // ver.cxx VERIUndoAddColumn marks the FIELD deleted and drops its name: fldext.cxx ErrRECIAccessColumn answers
    // JET_errColumnNotFound for it.
    expect(columnInfo(l.w.api, l.w.ses, t, 'x').rc).toBe(JET_errColumnNotFound);
    goto(l, t, 1);
    expect(get(l, t, x).rc).toBe(JET_errColumnNotFound);
    // fldenum.cxx ErrRECEnumerateAllColumns skips a column ErrRECIAccessColumn does not find: the record as before.
    const all = enumerate(l, t, [], 0);
    expect(all.rc).toBe(JET_errSuccess);
    expect(all.columns.map((c) => c.columnid).sort((a, b) => a - b)).toEqual([l.id, l.n, l.name].sort((a, b) => a - b));
    expect(get(l, t, l.n)).toEqual(value(int32(10)));
    // The same name again, without a default: the old records read NULL.
    const x2 = addColumn(l.w.api, l.w.ses, t, 'x', FIXED_LONG);
    expect(at(l, t, 1, x2)).toEqual(NULL);
  });

  it('an escrow column cannot be added to a table that holds records (TableNotEmpty)', () => {
    const l = late();
    const t = exclusive(l);
    const id = out<JET_COLUMNID>();
    const escrow: JET_COLUMNDEF = { coltyp: JET_coltypLong, grbit: JET_bitColumnFixed | JET_bitColumnEscrowUpdate };
    // fcreate.cxx ErrIsamAddColumn: an escrow column (default given, table held exclusively) needs an empty table:
    // ErrDIRDown finds a node -> JET_errTableNotEmpty, before anything is added.
    expect(l.w.api.JetAddColumn(l.w.ses, t, 'esc', escrow, int32(0), 4, id)).toBe(JET_errTableNotEmpty);
    expect(columnInfo(l.w.api, l.w.ses, t, 'esc').rc).toBe(JET_errColumnNotFound);
    close(l, t);
    // An empty table takes it.
    const box = out<JET_TABLEID>();
    expect(l.w.api.JetCreateTable(l.w.ses, l.w.dbid, 'empty', 0, 100, box)).toBe(JET_errSuccess);
    addColumn(l.w.api, l.w.ses, box.value, 'k', FIXED_LONG);
    expect(l.w.api.JetCloseTable(l.w.ses, box.value)).toBe(JET_errSuccess);
    const e = openTable(l.w.api, self(l.w), 'empty', JET_bitTableDenyRead);
    expect(l.w.api.JetAddColumn(l.w.ses, e, 'esc', escrow, int32(0), 4, id)).toBe(JET_errSuccess);
  });
});
