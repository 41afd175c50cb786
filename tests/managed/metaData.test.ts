/**
 * GetTableNames / GetTableColumns / GetTableIndexes / GetColumnDictionary / GetTableColumnid, GetBookmark,
 * RetrieveKey and EscrowUpdate. Expected values follow from the tables the tests create.
 */
import {
  ColumndefGrbit, CreateIndexGrbit, JET_coltyp, JET_CP, JET_prep, OpenTableGrbit, EsentColumnNotFoundException,
  EsentObjectNotFoundException, EsentDefaultValueTooBigException, MakeKeyGrbit, SeekGrbit, RetrieveKeyGrbit, EsentNoCurrentRecordException, Encoding,
} from '../../src/managed';
import type { JET_COLUMNID, JET_TABLEID } from '../../src/managed';
import { managedWorld } from './world';
import type { ManagedWorld } from './world';

let w: ManagedWorld;
let tableid: JET_TABLEID;
let ids: Record<string, JET_COLUMNID>;

beforeEach(() => {
  w = managedWorld();
  const { api, sesid, dbid } = w;
  tableid = api.JetCreateTable(sesid, dbid, 'people', 0, 100);
  ids = {
    Id: api.JetAddColumn(sesid, tableid, 'Id', { coltyp: JET_coltyp.Long, grbit: ColumndefGrbit.ColumnAutoincrement }, null, 0),
    Name: api.JetAddColumn(sesid, tableid, 'Name', { coltyp: JET_coltyp.Text, cp: JET_CP.Unicode, cbMax: 100 }, null, 0),
    Count: api.JetAddColumn(sesid, tableid, 'Count', { coltyp: JET_coltyp.Long, grbit: ColumndefGrbit.ColumnEscrowUpdate }, Uint8Array.of(0, 0, 0, 0), 4),
    Big: api.JetAddColumn(sesid, tableid, 'Big', { coltyp: JET_coltyp.LongLong, grbit: ColumndefGrbit.ColumnEscrowUpdate }, new Uint8Array(8), 8),
  };
  api.JetCreateIndex(sesid, tableid, 'primary', CreateIndexGrbit.IndexPrimary, '+Id\0\0', 5, 100);
  api.JetCreateIndex(sesid, tableid, 'byName', 0, '-Name\0+Id\0\0', 11, 100);
  api.JetCreateTable(sesid, dbid, 'another', 0, 100);
});

describe('metadata helpers', () => {
  it('GetTableNames lists the database\'s tables', () => {
    expect([...w.api.GetTableNames(w.sesid, w.dbid)].sort()).toEqual(['another', 'people']);
  });

  it('GetTableColumns describes each column, by cursor or by table name', () => {
    const { api, sesid, dbid } = w;
    for (const columns of [api.GetTableColumns(sesid, tableid), api.GetTableColumns(sesid, dbid, 'people')]) {
      const byName = new Map(columns.map((c) => [c.name, c]));
      expect([...byName.keys()].sort()).toEqual(['Big', 'Count', 'Id', 'Name']);
      expect(byName.get('Name')).toMatchObject({ columnid: ids.Name, coltyp: JET_coltyp.Text, cp: JET_CP.Unicode, maxLength: 100 });
      expect(byName.get('Id')!.columnid).toBe(ids.Id);
      expect(byName.get('Id')!.grbit & ColumndefGrbit.ColumnAutoincrement).toBe(ColumndefGrbit.ColumnAutoincrement);
      expect(byName.get('Count')!.defaultValue).toEqual(Uint8Array.of(0, 0, 0, 0));
      expect(byName.get('Name')!.defaultValue).toBeNull();
    }
  });

  it('GetTableColumns reads a long value default of the most the engine takes (255 bytes) whole; 256 is DefaultValueTooBig', () => {
    // fldmod.cxx ErrRECSetDefaultValue: a long value's default is at most JET_cbLVDefaultValueMost (255) bytes.
    const { api, sesid } = w;
    const long = Uint8Array.from({ length: 255 }, (_, i) => i);
    api.JetAddColumn(sesid, tableid, 'Blob', { coltyp: JET_coltyp.LongBinary }, long, long.length);
    const blob = api.GetTableColumns(sesid, tableid).find((c) => c.name === 'Blob');
    expect(blob?.defaultValue).toEqual(long);
    const tooLong = new Uint8Array(256);
    expect(() => api.JetAddColumn(sesid, tableid, 'Blob2', { coltyp: JET_coltyp.LongBinary }, tooLong, tooLong.length))
      .toThrow(EsentDefaultValueTooBigException);
  });

  it('GetTableIndexes describes each index with its key columns and their order', () => {
    const { api, sesid, dbid } = w;
    for (const indexes of [api.GetTableIndexes(sesid, tableid), api.GetTableIndexes(sesid, dbid, 'people')]) {
      const byName = new Map(indexes.map((i) => [i.name, i]));
      expect([...byName.keys()].sort()).toEqual(['byName', 'primary']);
      expect(byName.get('byName')!.indexSegments).toEqual([
        { columnName: 'Name', coltyp: JET_coltyp.Text, isAscending: false, isASCII: false },
        { columnName: 'Id', coltyp: JET_coltyp.Long, isAscending: true, isASCII: false },
      ]);
      expect(byName.get('primary')!.grbit & CreateIndexGrbit.IndexPrimary).toBe(CreateIndexGrbit.IndexPrimary);
    }
  });

  it('GetTableIndexes reports no index for a table with only its implicit sequential order', () => {
    const { api, sesid, dbid } = w;
    const other = api.OpenTable(sesid, dbid, 'another', OpenTableGrbit.None);
    expect(api.GetTableIndexes(sesid, other)).toEqual([]);
  });

  it('GetColumnDictionary maps names to ids ignoring case; GetTableColumnid finds one', () => {
    const { api, sesid } = w;
    const dict = api.GetColumnDictionary(sesid, tableid);
    expect(dict.size).toBe(4);
    expect(dict.get('name')).toBe(ids.Name);
    expect(dict.get('NAME')).toBe(ids.Name);
    expect(dict.has('iD')).toBe(true);
    expect(dict.get('missing')).toBeUndefined();
    expect([...dict.keys()].sort()).toEqual(['Big', 'Count', 'Id', 'Name']);
    expect(api.GetTableColumnid(sesid, tableid, 'Count')).toBe(ids.Count);
    expect(() => api.GetTableColumnid(sesid, tableid, 'missing')).toThrow(EsentColumnNotFoundException);
    expect(() => api.GetTableColumns(sesid, w.dbid, 'missing')).toThrow(EsentObjectNotFoundException);
  });

  it('the info temp tables are closed after reading: more calls than JET_paramMaxTemporaryTables (20) still work', () => {
    const { api, sesid } = w;
    for (let i = 0; i < 40; i++) expect(api.GetTableNames(sesid, w.dbid)).toHaveLength(2);
  });
});

describe('bookmark, key and escrow helpers', () => {
  function add(name: string): void {
    const { api, sesid } = w;
    api.JetPrepareUpdate(sesid, tableid, JET_prep.Insert);
    api.SetColumn(sesid, tableid, ids.Name, name, Encoding.Unicode);
    api.JetUpdate(sesid, tableid);
  }

  it('GetBookmark returns a bookmark JetGotoBookmark takes back to the record', () => {
    const { api, sesid } = w;
    add('a');
    add('b');
    api.TryMoveLast(sesid, tableid);
    const bookmark = api.GetBookmark(sesid, tableid);
    api.TryMoveFirst(sesid, tableid);
    api.JetGotoBookmark(sesid, tableid, bookmark, bookmark.length);
    expect(api.RetrieveColumnAsString(sesid, tableid, ids.Name)).toBe('b');
    expect(api.RetrieveColumnAsInt32(sesid, tableid, ids.Id)).toBe(2);
  });

  it('RetrieveKey returns the current key, the same bytes MakeKey + RetrieveCopy give', () => {
    const { api, sesid } = w;
    add('a');
    api.TryMoveFirst(sesid, tableid);
    const key = api.RetrieveKey(sesid, tableid, RetrieveKeyGrbit.None);
    api.MakeKeyInt32(sesid, tableid, 1, MakeKeyGrbit.NewKey);
    expect(api.RetrieveKey(sesid, tableid, RetrieveKeyGrbit.RetrieveCopy)).toEqual(key);
    expect(api.TrySeek(sesid, tableid, SeekGrbit.SeekEQ)).toBe(true);
  });

  it('GetBookmark / RetrieveKey without a current record throw NoCurrentRecord', () => {
    const { api, sesid } = w;
    api.MoveBeforeFirst(sesid, tableid);
    expect(() => api.GetBookmark(sesid, tableid)).toThrow(EsentNoCurrentRecordException);
  });

  it('EscrowUpdate adds a delta and returns the value before, for 32-bit numbers and 64-bit bigints', () => {
    const { api, sesid } = w;
    add('a');
    api.TryMoveFirst(sesid, tableid);
    api.JetBeginTransaction(sesid);
    expect(api.EscrowUpdate(sesid, tableid, ids.Count, 5)).toBe(0);
    expect(api.EscrowUpdate(sesid, tableid, ids.Count, -2)).toBe(5);
    expect(api.RetrieveColumnAsInt32(sesid, tableid, ids.Count)).toBe(3);
    expect(api.EscrowUpdate(sesid, tableid, ids.Big, 2n ** 40n)).toBe(0n);
    expect(api.EscrowUpdate(sesid, tableid, ids.Big, 1n)).toBe(2n ** 40n);
    expect(api.RetrieveColumnAsInt64(sesid, tableid, ids.Big)).toBe(2n ** 40n + 1n);
    api.JetCommitTransaction(sesid, 0);
  });
});
