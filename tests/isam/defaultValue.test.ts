/**
 * JetSetColumnDefaultValue (fldmod.cxx ErrIsamSetColumnDefaultValue), in the engine's order: the column name is
 * checked (InvalidName) before anything else; no data or zero bytes is NullInvalid ("null/zero-length default value"
 * is not supported); the table is opened with JET_bitTableDenyRead (ErrFILEOpenTable: ObjectNotFound, another
 * session's cursor TableInUse, another session's exclusive cursor TableLocked); then the column (ColumnNotFound) must
 * not be in an index (FFILEIsIndexColumn: ColumnInUse); the new default is set as a value of the column
 * (ErrRECSetDefaultValue: a long value holds at most JET_cbLVDefaultValueMost bytes, a value too long for the column
 * is DefaultValueTooBig, a fixed column needs its own size). The grbit is never read. Records inserted afterwards
 * take the default (JetPrepareUpdate(JET_prepInsert) starts from the default record).
 *
 * JetEnumerateColumns with JET_bitEnumerateIgnoreDefault leaves out a tagged column whose value still comes from the
 * default (fldenum.cxx: tagged defaults live in the default record, not in the record).
 */
import {
  out, JET_bitColumnTagged, JET_bitEnumerateIgnoreDefault, JET_bitTableDenyRead, JET_ColInfoList, JET_coltypLong,
  JET_coltypLongText, JET_coltypText, JET_errColumnInUse, JET_errColumnNotFound, JET_errDefaultValueTooBig,
  JET_errInvalidBufferSize, JET_errInvalidName, JET_errNullInvalid, JET_errObjectNotFound, JET_errSuccess,
  JET_errTableInUse, JET_errTableLocked, JET_MoveFirst, JET_MoveNext, JET_prepInsert, JET_wrnColumnDefault,
} from '../../src';
import type { JET_COLUMNID, JET_COLUMNLIST, JET_ENUMCOLUMN, JET_TABLEID } from '../../src';
import { addColumn, ascii, createIndex, int32, intOf, isam, openTable, peer, retrieve, self, textOf } from '../support/isam';
import type { Isam } from '../support/isam';

interface Box {
  t: JET_TABLEID;
  key: JET_COLUMNID;
  n: JET_COLUMNID;
  s: JET_COLUMNID;
  memo: JET_COLUMNID;
}

/** box: key Long (indexed), n Long, s Text cbMax 8, memo LongText (tagged); the creator's cursor is closed. */
function box(w: Isam): Box {
  const t = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, 'box', 0, 100, t)).toBe(JET_errSuccess);
  const made: Box = {
    t: t.value,
    key: addColumn(w.api, w.ses, t.value, 'key', { coltyp: JET_coltypLong }),
    n: addColumn(w.api, w.ses, t.value, 'n', { coltyp: JET_coltypLong }),
    s: addColumn(w.api, w.ses, t.value, 's', { coltyp: JET_coltypText, cbMax: 8 }),
    memo: addColumn(w.api, w.ses, t.value, 'memo', { coltyp: JET_coltypLongText, grbit: JET_bitColumnTagged }),
  };
  expect(createIndex(w.api, w.ses, t.value, 'byKey', 0, '+key')).toBe(JET_errSuccess);
  expect(w.api.JetCloseTable(w.ses, t.value)).toBe(JET_errSuccess);
  return made;
}

function setDefault(w: Isam, table: string, column: string, value: Uint8Array | null, grbit = 0): number {
  return w.emu.api.JetSetColumnDefaultValue(w.ses, w.dbid, table, column, value, value === null ? 0 : value.length, grbit);
}

function insertKey(w: Isam, t: JET_TABLEID, col: JET_COLUMNID, key: number): void {
  expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
  expect(w.api.JetSetColumn(w.ses, t, col, int32(key), 4, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
}

describe('JetSetColumnDefaultValue', () => {
  it('new records take the default; the column list shows it', () => {
    const w = isam();
    const b = box(w);
    expect(setDefault(w, 'box', 'n', int32(42), 0xdeadbeef)).toBe(JET_errSuccess);
    expect(setDefault(w, 'box', 'MEMO', ascii('note'))).toBe(JET_errSuccess);
    const t = openTable(w.api, self(w), 'box');
    insertKey(w, t, b.key, 1);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, t, b.n)).toBe(42);
    expect(textOf(w.api, w.ses, t, b.memo)).toBe('note');
    expect(retrieve(w.api, w.ses, t, b.s).data).toBeNull();
    const list = out<JET_COLUMNLIST>();
    expect(w.emu.api.JetGetTableColumnInfo(w.ses, t, null, list, 80, JET_ColInfoList)).toBe(JET_errSuccess);
    const defaults: Array<number | null> = [];
    for (let rc = JET_errSuccess; rc === JET_errSuccess; rc = w.api.JetMove(w.ses, list.value.tableid, JET_MoveNext, 0)) {
      const r = retrieve(w.api, w.ses, list.value.tableid, list.value.columnidDefault);
      defaults.push(r.data === null ? null : r.data.length);
    }
    // By name: key, memo, n, s.
    expect(defaults).toEqual([null, 4, 4, null]);
  });

  it('a changed default replaces the previous one for later inserts', () => {
    const w = isam();
    const b = box(w);
    expect(setDefault(w, 'box', 'n', int32(1))).toBe(JET_errSuccess);
    expect(setDefault(w, 'box', 'n', int32(2))).toBe(JET_errSuccess);
    const t = openTable(w.api, self(w), 'box');
    insertKey(w, t, b.key, 1);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, t, b.n)).toBe(2);
  });

  it('checks, in order: the column name, the data, the table, the column, its use in an index, the value', () => {
    const w = isam();
    box(w);
    expect(setDefault(w, 'nowhere', 'bad!', null)).toBe(JET_errInvalidName);
    expect(setDefault(w, 'nowhere', 'n', null)).toBe(JET_errNullInvalid);
    expect(setDefault(w, 'nowhere', 'n', new Uint8Array(0))).toBe(JET_errNullInvalid);
    expect(setDefault(w, 'nowhere', 'n', int32(1))).toBe(JET_errObjectNotFound);
    expect(setDefault(w, 'box', 'missing', int32(1))).toBe(JET_errColumnNotFound);
    expect(setDefault(w, 'box', 'key', int32(1))).toBe(JET_errColumnInUse);
    expect(setDefault(w, 'box', 'n', new Uint8Array(2))).toBe(JET_errInvalidBufferSize);
    expect(setDefault(w, 'box', 's', ascii('123456789'))).toBe(JET_errDefaultValueTooBig);
    expect(setDefault(w, 'box', 'memo', new Uint8Array(256))).toBe(JET_errDefaultValueTooBig);
    expect(setDefault(w, 'box', 'memo', new Uint8Array(255))).toBe(JET_errSuccess);
  });

  it('opens the table exclusively: another session having it open is TableInUse, its exclusive open TableLocked', () => {
    const w = isam();
    box(w);
    const own = openTable(w.api, self(w), 'box');
    expect(setDefault(w, 'box', 'n', int32(1))).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(w.ses, own)).toBe(JET_errSuccess);
    const other = peer(w);
    const shared = openTable(w.api, other, 'box');
    expect(setDefault(w, 'box', 'n', int32(1))).toBe(JET_errTableInUse);
    expect(w.api.JetCloseTable(other.ses, shared)).toBe(JET_errSuccess);
    openTable(w.api, other, 'box', JET_bitTableDenyRead);
    expect(setDefault(w, 'box', 'n', int32(1))).toBe(JET_errTableLocked);
  });

  it('inside a transaction, its rollback puts the old default back', () => {
    const w = isam();
    const b = box(w);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(setDefault(w, 'box', 'n', int32(9))).toBe(JET_errSuccess);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    const t = openTable(w.api, self(w), 'box');
    insertKey(w, t, b.key, 1);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, t, b.n)).toBeNull();
  });

  it('JetEnumerateColumns(IgnoreDefault) leaves out a tagged value that is still the default, not one set explicitly', () => {
    const w = isam();
    const b = box(w);
    expect(setDefault(w, 'box', 'memo', ascii('dflt'))).toBe(JET_errSuccess);
    const t = openTable(w.api, self(w), 'box');
    insertKey(w, t, b.key, 1);
    // lv.cxx ErrRECSetLongField: long values are set only inside a transaction (memo is LongText).
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, b.key, int32(2), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, b.memo, ascii('dflt'), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
    const ids = (grbit: number) => {
      const count = out<number>();
      const cols = out<JET_ENUMCOLUMN[] | null>();
      expect(w.emu.api.JetEnumerateColumns(w.ses, t, 0, null, count, cols, null, null, 0, grbit)).toBe(JET_errSuccess);
      return (cols.value ?? []).map((c) => c.columnid);
    };
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(ids(0)).toEqual([b.key, b.memo]);
    expect(ids(JET_bitEnumerateIgnoreDefault)).toEqual([b.key]);
    const count = out<number>();
    const cols = out<JET_ENUMCOLUMN[] | null>();
    expect(w.emu.api.JetEnumerateColumns(w.ses, t, 1, [{ columnid: b.memo }], count, cols, null, null, 0, JET_bitEnumerateIgnoreDefault)).toBe(JET_errSuccess);
    expect(cols.value?.[0].err).toBe(JET_wrnColumnDefault);
    expect(w.api.JetMove(w.ses, t, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(ids(JET_bitEnumerateIgnoreDefault)).toEqual([b.key, b.memo]);
  });
});
