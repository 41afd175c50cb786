/**
 * JetGetTableInfo. Regular tables follow info.cxx ErrIsamGetTableInfo: JET_TblInfo is a JET_OBJECTINFO (40 bytes,
 * BufferTooSmall below) whose grbit is Bookmark | Rollback, plus Updatable when the cursor can write (FFUCBUpdatable),
 * with the statistics kept without JetComputeStats; JET_TblInfoName needs room for the name and its NUL
 * (strlen >= cbMax: BufferTooSmall); JET_TblInfoTemplateTableName needs more than JET_cbNameMost bytes and is empty for
 * a table not derived from a template; JET_TblInfoDbid needs 4 bytes; JET_TblInfoEncryptionKey copies the (absent)
 * key; JET_TblInfoRetrieveAndReserveAutoIncrement (fldmod.cxx ErrRECRetrieveAndReserveAutoInc) needs an
 * autoincrement column (InvalidOperation) and a buffer of exactly its size (InvalidBufferSize), and takes the next
 * value; any level the switch does not list (MostMany, Rvt, OLC, ResetOLC, DumpTable...) is FeatureNotAvailable.
 * Sorts and temp tables follow sortapi.cxx: while collecting rows the dispatch table has ErrIllegalGetTableInfo
 * (IllegalOperation); afterwards ErrIsamSortGetTableInfo knows only JET_TblInfo (InvalidOperation), answers a short
 * buffer with InvalidParameter, and fills a zeroed JET_OBJECTINFO with the table type and the record count.
 */
import {
  out, JET_bitColumnAutoincrement, JET_bitTableInfoBookmark, JET_bitTableInfoRollback, JET_bitTableInfoUpdatable,
  JET_bitTableReadOnly, JET_bitTTForceMaterialization, JET_bitTTIndexed, JET_coltypLong, JET_coltypLongLong, JET_errBufferTooSmall,
  JET_errFeatureNotAvailable, JET_errIllegalOperation, JET_errInvalidBufferSize, JET_errInvalidOperation,
  JET_errInvalidParameter, JET_errSuccess, JET_MoveFirst, JET_objtypTable, JET_prepInsert, JET_TblInfo, JET_TblInfoDbid,
  JET_TblInfoDumpTable, JET_TblInfoEncryptionKey, JET_TblInfoMostMany, JET_TblInfoName, JET_TblInfoObjectId,
  JET_TblInfoOLC, JET_TblInfoResetOLC, JET_TblInfoRetrieveAndReserveAutoIncrement, JET_TblInfoRvt,
  JET_TblInfoSpaceAlloc, JET_TblInfoSpaceAvailable, JET_TblInfoSpaceOwned, JET_TblInfoSpaceUsage,
  JET_TblInfoTemplateTableName,
} from '../../src';
import type { JET_COLUMNID, JET_OBJECTINFO, JET_TABLEID } from '../../src';
import { addColumn, createPeople, int32, intOf, isam, openTable, PEOPLE, self } from '../support/isam';
import type { Isam } from '../support/isam';

function info(w: Isam, tableid: JET_TABLEID, cbMax: number, level: number): { rc: number; value: unknown } {
  const box = out<unknown>('untouched');
  const rc = w.emu.api.JetGetTableInfo(w.ses, tableid, box as never, cbMax, level);
  return { rc, value: box.value };
}

describe('JetGetTableInfo on a regular table', () => {
  it('JET_TblInfo: a JET_OBJECTINFO whose grbit says whether this cursor can write', () => {
    const w = isam();
    const p = createPeople(w.api, self(w), true);
    const rw = openTable(w.api, self(w), PEOPLE);
    const ro = openTable(w.api, self(w), PEOPLE, JET_bitTableReadOnly);
    const base = JET_bitTableInfoBookmark | JET_bitTableInfoRollback;
    const expected: JET_OBJECTINFO = { cbStruct: 40, objtyp: JET_objtypTable, grbit: base | JET_bitTableInfoUpdatable, flags: 0, cRecord: 0, cPage: 0 };
    expect(info(w, rw, 40, JET_TblInfo)).toEqual({ rc: JET_errSuccess, value: expected });
    expect(info(w, ro, 40, JET_TblInfo)).toEqual({ rc: JET_errSuccess, value: { ...expected, grbit: base } });
    expect(info(w, rw, 39, JET_TblInfo)).toEqual({ rc: JET_errBufferTooSmall, value: 'untouched' });
    void p;
  });

  it('JET_TblInfoName: the current name, with room for its terminating NUL', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    expect(info(w, p.tableid, 7, JET_TblInfoName)).toEqual({ rc: JET_errSuccess, value: 'people' });
    expect(info(w, p.tableid, 6, JET_TblInfoName).rc).toBe(JET_errBufferTooSmall);
    expect(w.api.JetRenameTable(w.ses, w.dbid, PEOPLE, 'persons')).toBe(JET_errSuccess);
    expect(info(w, p.tableid, 64, JET_TblInfoName)).toEqual({ rc: JET_errSuccess, value: 'persons' });
  });

  it('JET_TblInfoTemplateTableName: empty (no template), needs more than JET_cbNameMost bytes', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    expect(info(w, p.tableid, 64, JET_TblInfoTemplateTableName).rc).toBe(JET_errBufferTooSmall);
    expect(info(w, p.tableid, 65, JET_TblInfoTemplateTableName)).toEqual({ rc: JET_errSuccess, value: '' });
  });

  it('JET_TblInfoDbid: the database the cursor is in, 4 bytes', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    expect(info(w, p.tableid, 4, JET_TblInfoDbid)).toEqual({ rc: JET_errSuccess, value: w.dbid });
    expect(info(w, p.tableid, 3, JET_TblInfoDbid).rc).toBe(JET_errBufferTooSmall);
  });

  it('JET_TblInfoEncryptionKey copies nothing: no key was given', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    expect(info(w, p.tableid, 0, JET_TblInfoEncryptionKey)).toEqual({ rc: JET_errSuccess, value: 'untouched' });
  });

  it('levels the engine does not know are FeatureNotAvailable; so are the page and space levels in esemu', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    for (const level of [JET_TblInfoMostMany, JET_TblInfoRvt, JET_TblInfoOLC, JET_TblInfoResetOLC, JET_TblInfoDumpTable, 15, 99]) {
      expect(info(w, p.tableid, 1000, level).rc).toBe(JET_errFeatureNotAvailable);
    }
    // docs/differences.md: no pages to count in memory.
    for (const level of [JET_TblInfoSpaceUsage, JET_TblInfoSpaceAlloc, JET_TblInfoSpaceOwned, JET_TblInfoSpaceAvailable, JET_TblInfoObjectId]) {
      expect(info(w, p.tableid, 1000, level).rc).toBe(JET_errFeatureNotAvailable);
    }
  });
});

describe('JetGetTableInfo(JET_TblInfoRetrieveAndReserveAutoIncrement)', () => {
  function counter(w: Isam, coltyp: number): { t: JET_TABLEID; n: JET_COLUMNID } {
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'counter', 0, 100, box)).toBe(JET_errSuccess);
    const n = addColumn(w.api, w.ses, box.value, 'n', { coltyp, grbit: JET_bitColumnAutoincrement });
    return { t: box.value, n };
  }

  it('takes the next value: the following insert gets the one after', () => {
    const w = isam();
    const { t, n } = counter(w, JET_coltypLong);
    expect(info(w, t, 4, JET_TblInfoRetrieveAndReserveAutoIncrement)).toEqual({ rc: JET_errSuccess, value: 1 });
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, t, n)).toBe(2);
    expect(info(w, t, 4, JET_TblInfoRetrieveAndReserveAutoIncrement)).toEqual({ rc: JET_errSuccess, value: 3 });
  });

  it('needs a buffer of exactly the column size, and an autoincrement column', () => {
    const w = isam();
    const { t } = counter(w, JET_coltypLongLong);
    expect(info(w, t, 4, JET_TblInfoRetrieveAndReserveAutoIncrement).rc).toBe(JET_errInvalidBufferSize);
    expect(info(w, t, 8, JET_TblInfoRetrieveAndReserveAutoIncrement)).toEqual({ rc: JET_errSuccess, value: 1 });
    const p = createPeople(w.api, self(w));
    expect(info(w, p.tableid, 4, JET_TblInfoRetrieveAndReserveAutoIncrement).rc).toBe(JET_errInvalidOperation);
  });
});

describe('JetGetTableInfo on sorts and temp tables (sortapi.cxx)', () => {
  function sort(w: Isam, grbit: number): JET_TABLEID {
    const box = out<JET_TABLEID>();
    const ids: JET_COLUMNID[] = [];
    expect(w.api.JetOpenTempTable(w.ses, [{ coltyp: JET_coltypLong, grbit: 0x40 }], 1, grbit, box, ids)).toBe(JET_errSuccess);
    for (const v of [3, 1, 2]) {
      expect(w.api.JetPrepareUpdate(w.ses, box.value, JET_prepInsert)).toBe(JET_errSuccess);
      expect(w.api.JetSetColumn(w.ses, box.value, ids[0], int32(v), 4, 0, null)).toBe(JET_errSuccess);
      expect(w.api.JetUpdate(w.ses, box.value, null, 0, null)).toBe(JET_errSuccess);
    }
    return box.value;
  }

  it('is illegal while the sort collects rows, then JET_TblInfo only, with the record count', () => {
    const w = isam();
    const t = sort(w, 0);
    expect(info(w, t, 40, JET_TblInfo).rc).toBe(JET_errIllegalOperation);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(info(w, t, 40, JET_TblInfo)).toEqual({
      rc: JET_errSuccess, value: { cbStruct: 40, objtyp: JET_objtypTable, grbit: 0, flags: 0, cRecord: 3, cPage: 0 },
    });
    expect(info(w, t, 40, JET_TblInfoName).rc).toBe(JET_errInvalidOperation);
    expect(info(w, t, 39, JET_TblInfo).rc).toBe(JET_errInvalidParameter);
  });

  it('a temp table materialized at open answers JET_TblInfo at once (its row count: see docs/differences.md)', () => {
    const w = isam();
    const t = sort(w, JET_bitTTIndexed | JET_bitTTForceMaterialization);
    const r = info(w, t, 40, JET_TblInfo);
    expect(r.rc).toBe(JET_errSuccess);
    expect((r.value as JET_OBJECTINFO).cRecord).toBe(3);
    expect(info(w, t, 40, JET_TblInfoDbid).rc).toBe(JET_errInvalidOperation);
  });
});
