/**
 * The Api's call shapes: outputs come back as return values (several as an object), an error throws, a
 * warning is returned (JetSeek -> JET_wrn.SeekNotEqual). Expected values follow esent's documented behaviour.
 */
import {
  Api, ColumndefGrbit, CreateIndexGrbit, EsentNoCurrentRecordException, EsentRecordNotFoundException,
  EsentTableDuplicateException, JET_coltyp, JET_CP, JET_param, JET_prep, JET_wrn, JET_Move, MakeKeyGrbit,
  OpenTableGrbit, SeekGrbit, TempTableGrbit, JET_TblInfo, EsentAlreadyInitializedException,
  CommitTransactionGrbit, EndSessionGrbit, RetrieveColumnGrbit, Encoding, SetColumnGrbit, createApi, JET_INSTANCE, JET_SESID,
  versionApis,
} from '../../src/managed';
import { createEmulator } from '../../src';
import type { JET_COLUMNID, JET_SETCOLUMN, JET_RETRIEVECOLUMN, JET_OPENTEMPORARYTABLE } from '../../src/managed';
import { managedWorld } from './world';
import type { ManagedWorld } from './world';

let w: ManagedWorld;
let col: JET_COLUMNID;

beforeEach(() => {
  w = managedWorld();
  const { api, sesid, dbid } = w;
  const t = api.JetCreateTable(sesid, dbid, 'nums', 0, 100);
  col = api.JetAddColumn(sesid, t, 'n', { coltyp: JET_coltyp.Long, grbit: ColumndefGrbit.ColumnNotNULL }, null, 0);
  api.JetCreateIndex(sesid, t, 'pk', CreateIndexGrbit.IndexPrimary, '+n\0\0', 4, 100);
  for (const n of [10, 20, 30]) {
    api.JetPrepareUpdate(sesid, t, JET_prep.Insert);
    api.SetColumnInt32(sesid, t, col, n);
    api.JetUpdate(sesid, t);
  }
  api.JetCloseTable(sesid, t);
});

describe('Api call shapes', () => {
  it('JetSeek returns SeekNotEqual for an inexact GE seek and Success for an exact one', () => {
    const { api, sesid, dbid } = w;
    const { tableid, wrn } = api.JetOpenTable(sesid, dbid, 'nums', null, 0, OpenTableGrbit.None);
    expect(wrn).toBe(JET_wrn.Success);
    api.MakeKeyInt32(sesid, tableid, 15, MakeKeyGrbit.NewKey);
    expect(api.JetSeek(sesid, tableid, SeekGrbit.SeekGE)).toBe(JET_wrn.SeekNotEqual);
    expect(api.RetrieveColumnAsInt32(sesid, tableid, col)).toBe(20);
    api.MakeKeyInt32(sesid, tableid, 30, MakeKeyGrbit.NewKey);
    expect(api.JetSeek(sesid, tableid, SeekGrbit.SeekEQ)).toBe(JET_wrn.Success);
    api.MakeKeyInt32(sesid, tableid, 31, MakeKeyGrbit.NewKey);
    expect(() => api.JetSeek(sesid, tableid, SeekGrbit.SeekEQ)).toThrow(EsentRecordNotFoundException);
  });

  it('JetRetrieveColumn returns the size and the warning; a null column warns ColumnNull', () => {
    const { api, sesid, dbid } = w;
    const tableid = api.OpenTable(sesid, dbid, 'nums', OpenTableGrbit.None);
    const tag = api.JetAddColumn(sesid, tableid, 'tag', { coltyp: JET_coltyp.LongText, cp: JET_CP.Unicode }, null, 0);
    api.JetMove(sesid, tableid, JET_Move.First, 0);
    const buffer = new Uint8Array(2);
    expect(api.JetRetrieveColumn(sesid, tableid, col, buffer, 2, RetrieveColumnGrbit.None)).toEqual({
      actualDataSize: 4, wrn: JET_wrn.BufferTruncated,
    });
    expect(Array.from(buffer)).toEqual([10, 0]);
    expect(api.JetRetrieveColumn(sesid, tableid, tag, null, 0, 0)).toEqual({ actualDataSize: 0, wrn: JET_wrn.ColumnNull });
  });

  it('JetSetColumns / JetRetrieveColumns fill their structs, and JetUpdate can hand back the bookmark', () => {
    const { api, sesid, dbid } = w;
    const tableid = api.OpenTable(sesid, dbid, 'nums', OpenTableGrbit.None);
    api.JetPrepareUpdate(sesid, tableid, JET_prep.Insert);
    const set: JET_SETCOLUMN[] = [{ columnid: col, pvData: Uint8Array.of(40, 0, 0, 0), cbData: 4 }];
    expect(api.JetSetColumns(sesid, tableid, set, 1)).toBe(JET_wrn.Success);
    const bookmark = new Uint8Array(64);
    const size = api.JetUpdate(sesid, tableid, bookmark, bookmark.length);
    expect(size).toBeGreaterThan(0);
    api.JetGotoBookmark(sesid, tableid, bookmark, size);
    const get: JET_RETRIEVECOLUMN[] = [{ columnid: col, pvData: new Uint8Array(4), cbData: 4 }];
    api.JetRetrieveColumns(sesid, tableid, get, 1);
    expect(get[0].cbActual).toBe(4);
    expect(Array.from(get[0].pvData!)).toEqual([40, 0, 0, 0]);
  });

  it('JetIndexRecordCount, JetGetCurrentIndex, JetGetTableInfo and JetDupCursor return their outputs', () => {
    const { api, sesid, dbid } = w;
    const tableid = api.OpenTable(sesid, dbid, 'nums', OpenTableGrbit.None);
    expect(api.JetIndexRecordCount(sesid, tableid, 0)).toBe(3);
    expect(api.JetGetCurrentIndex(sesid, tableid)).toBe('pk');
    expect(api.JetGetTableInfo(sesid, tableid, JET_TblInfo.Name)).toBe('nums');
    const dup = api.JetDupCursor(sesid, tableid, 0);
    expect(dup).not.toBe(tableid);
    api.JetMove(sesid, dup, JET_Move.Last, 0);
    expect(api.RetrieveColumnAsInt32(sesid, dup, col)).toBe(30);
    const pos = api.JetGetRecordPosition(sesid, dup);
    expect(pos.centriesTotal).toBe(3);
  });

  it('temp tables: JetOpenTempTable returns the cursor and the column ids; rows come back sorted', () => {
    const { api, sesid } = w;
    const { tableid, columnids } = api.JetOpenTempTable(sesid, [
      { coltyp: JET_coltyp.Text, cp: JET_CP.Unicode, grbit: ColumndefGrbit.TTKey }, { coltyp: JET_coltyp.Long },
    ], 2, TempTableGrbit.Scrollable | TempTableGrbit.Indexed);
    expect(columnids).toHaveLength(2);
    for (const s of ['pear', 'apple', 'fig']) {
      api.JetPrepareUpdate(sesid, tableid, JET_prep.Insert);
      api.SetColumn(sesid, tableid, columnids[0], s, Encoding.Unicode);
      api.JetUpdate(sesid, tableid);
    }
    const seen: string[] = [];
    api.MoveBeforeFirst(sesid, tableid);
    while (api.TryMoveNext(sesid, tableid)) seen.push(api.RetrieveColumnAsString(sesid, tableid, columnids[0])!);
    expect(seen).toEqual(['apple', 'fig', 'pear']);
    api.JetCloseTable(sesid, tableid);

    const spec: JET_OPENTEMPORARYTABLE = {
      prgcolumndef: [{ coltyp: JET_coltyp.Long, grbit: ColumndefGrbit.TTKey }], ccolumn: 1, grbit: TempTableGrbit.None, prgcolumnid: [],
    };
    api.JetOpenTemporaryTable(sesid, spec);
    expect(spec.tableid).toBeDefined();
    expect(spec.prgcolumnid).toHaveLength(1);
    api.JetCloseTable(sesid, spec.tableid!);
  });

  it('JetEnumerateColumns returns the values with their count', () => {
    const { api, sesid, dbid } = w;
    const tableid = api.OpenTable(sesid, dbid, 'nums', OpenTableGrbit.None);
    api.JetMove(sesid, tableid, JET_Move.First, 0);
    const { numColumnValues, columnValues } = api.JetEnumerateColumns(sesid, tableid, 0, null, 0, 0);
    expect(numColumnValues).toBe(1);
    expect(columnValues[0].columnid).toBe(col);
  });

  it('errors throw their class: a duplicate table, a move past the end, a second init', () => {
    const { api, sesid, dbid, instance } = w;
    expect(() => api.JetCreateTable(sesid, dbid, 'nums', 0, 100)).toThrow(EsentTableDuplicateException);
    const tableid = api.OpenTable(sesid, dbid, 'nums', OpenTableGrbit.None);
    api.JetMove(sesid, tableid, JET_Move.Last, 0);
    expect(() => api.JetMove(sesid, tableid, JET_Move.Next, 0)).toThrow(EsentNoCurrentRecordException);
    expect(() => api.JetInit(instance)).toThrow(EsentAlreadyInitializedException);
  });

  it('system parameters: a set value reads back through JetGetSystemParameter', () => {
    const { api } = w;
    const inst = api.JetCreateInstance('params');
    api.JetSetSystemParameter(inst, -1 as never, JET_param.MaxCursors, 500, null);
    expect(api.JetGetSystemParameter(inst, -1 as never, JET_param.MaxCursors).paramValue).toBe(500);
    api.JetTerm(inst);
  });

  it('transactions: commit keeps, rollback undoes; WaitLastLevel0Commit is legal outside a transaction', () => {
    const { api, sesid, dbid } = w;
    const tableid = api.OpenTable(sesid, dbid, 'nums', OpenTableGrbit.None);
    api.JetBeginTransaction(sesid);
    api.JetMove(sesid, tableid, JET_Move.First, 0);
    api.JetDelete(sesid, tableid);
    api.JetRollback(sesid, 0);
    // The rollback leaves the cursor, which moved inside the level, before the first record.
    expect(() => api.JetIndexRecordCount(sesid, tableid, 0)).toThrow(EsentNoCurrentRecordException);
    api.JetMove(sesid, tableid, JET_Move.First, 0);
    expect(api.JetIndexRecordCount(sesid, tableid, 0)).toBe(3);
    api.JetBeginTransaction(sesid);
    api.JetPrepareUpdate(sesid, tableid, JET_prep.Insert);
    api.SetColumnInt32(sesid, tableid, col, 50, SetColumnGrbit.None);
    api.JetUpdate(sesid, tableid);
    api.JetCommitTransaction(sesid, CommitTransactionGrbit.LazyFlush);
    api.JetMove(sesid, tableid, JET_Move.First, 0);
    expect(api.JetIndexRecordCount(sesid, tableid, 0)).toBe(4);
    expect(() => api.JetCommitTransaction(sesid, CommitTransactionGrbit.WaitLastLevel0Commit)).not.toThrow();
    api.JetEndSession(sesid, EndSessionGrbit.None);
  });

  it('JetInit(JET_INSTANCE.Nil) starts the legacy single instance and returns its handle', () => {
    const api = createApi(createEmulator().api);
    const inst = api.JetInit(JET_INSTANCE.Nil);
    expect(inst).not.toBe(JET_INSTANCE.Nil);
    expect(api.BeginSession(inst)).not.toBe(JET_SESID.Nil);
    api.JetTerm(inst);
  });

  it('the default Api runs on the default emulator', () => {
    const inst = Api.JetCreateInstance('default-api');
    Api.JetInit(inst);
    const ses = Api.BeginSession(inst);
    expect(Api.JetGetSessionInfo(ses).ulTrxLevel).toBe(0);
    Api.JetTerm(inst);
  });
});

describe('IntersectIndexes and the version classes', () => {
  it('IntersectIndexes returns the bookmarks of the records in both index ranges', () => {
    const { api, sesid, dbid } = w;
    const t = api.JetCreateTable(sesid, dbid, 'pairs', 0, 100);
    const id = api.JetAddColumn(sesid, t, 'id', { coltyp: JET_coltyp.Long }, null, 0);
    const a = api.JetAddColumn(sesid, t, 'a', { coltyp: JET_coltyp.Long }, null, 0);
    const b = api.JetAddColumn(sesid, t, 'b', { coltyp: JET_coltyp.Long }, null, 0);
    api.JetCreateIndex(sesid, t, 'pk', CreateIndexGrbit.IndexPrimary, '+id\0\0', 5, 100);
    api.JetCreateIndex(sesid, t, 'byA', 0, '+a\0\0', 4, 100);
    api.JetCreateIndex(sesid, t, 'byB', 0, '+b\0\0', 4, 100);
    // (id, a, b): the records with a = 1 and b = 2 are ids 2 and 4.
    for (const [i, x, y] of [[1, 1, 1], [2, 1, 2], [3, 2, 2], [4, 1, 2]]) {
      api.JetPrepareUpdate(sesid, t, JET_prep.Insert);
      api.SetColumnInt32(sesid, t, id, i);
      api.SetColumnInt32(sesid, t, a, x);
      api.SetColumnInt32(sesid, t, b, y);
      api.JetUpdate(sesid, t);
    }
    const onRange = (index: string, value: number): typeof t => {
      const c = api.JetDupCursor(sesid, t, 0);
      api.JetSetCurrentIndex(sesid, c, index);
      api.MakeKeyInt32(sesid, c, value, MakeKeyGrbit.NewKey);
      api.JetSeek(sesid, c, SeekGrbit.SeekEQ | SeekGrbit.SetIndexRange);
      return c;
    };
    const bookmarks = api.IntersectIndexes(sesid, onRange('byA', 1), onRange('byB', 2));
    const ids = bookmarks.map((bm) => {
      api.JetGotoBookmark(sesid, t, bm, bm.length);
      return api.RetrieveColumnAsInt32(sesid, t, id);
    });
    expect(ids.sort()).toEqual([2, 4]);
  });

  it('Server2003Api / VistaApi / Windows8Api carry ManagedEsent newer calls', () => {
    const { api, sesid } = w;
    const { Windows8Api, VistaApi, Server2003Api } = versionApis(api);
    Windows8Api.JetBeginTransaction3(sesid, 77, 0);
    expect(api.JetGetSessionInfo(sesid).ulTrxLevel).toBe(1);
    expect(Windows8Api.JetCommitTransaction2(sesid, CommitTransactionGrbit.None, 0)).toHaveProperty('commitId');
    const spec: JET_OPENTEMPORARYTABLE = {
      prgcolumndef: [{ coltyp: JET_coltyp.Long, grbit: ColumndefGrbit.TTKey }], ccolumn: 1, grbit: TempTableGrbit.None, prgcolumnid: [],
    };
    VistaApi.JetOpenTemporaryTable(sesid, spec);
    expect(spec.prgcolumnid).toHaveLength(1);
    expect(typeof Server2003Api.JetUpdate2).toBe('function');
  });
});
