/**
 * Survivors of mutation testing in the calls added on 2026-12-04 (src/engine/databaseInfo.ts, idle.ts,
 * instanceInfo.ts, cursorFilter.ts, preread.ts, recordSize.ts, sessionParams.ts), killed here. Expected values from
 * the engine source, cited beside each test; where esemu departs from the engine on purpose, from the row of
 * docs/differences.md that says so.
 */
import {
  out,
  JET_bitDbExclusive, JET_bitIdleStatus, JET_bitIdleCompact, JET_bitIndexDotNetGuid, JET_bitIndexPrimary, JET_bitIndexUnique,
  JET_bitPrereadForward, JET_bitPrereadNormalizedKey, JET_bitRecordSizeInCopyBuffer, JET_bitTTIndexed,
  JET_bitTTScrollable, JET_bitZeroLength, JET_coltypGUID, JET_coltypLong, JET_coltypLongBinary,
  JET_DbInfoCollate, JET_DbInfoMisc, JET_DbInfoOptions, JET_DbInfoSpaceAvailable,
  JET_DbInfoSpaceOwned, JET_DbInfoSplitBuffers, JET_DbInfoUpgrade, JET_errBadColumnId, JET_errInvalidBufferSize,
  JET_errInvalidParameter, JET_errSuccess, JET_MoveFirst, JET_paramMaxVerPages, JET_paramPreferredVerPages,
  JET_paramRecovery, JET_prepInsert, JET_prepInsertCopy, JET_relopLessThan, JET_sesparamClientComponentDesc,
  JET_sesparamCommitContextContainsCustomerData, JET_sesparamCommitContextNeedPreCommitCallback,
  JET_sesparamCommitGenericContext, JET_wrnIdleFull, JET_wrnNoIdleActivity, JET_wrnRemainingVersions,
  createEmulator, JET_bitColumnTTKey, JET_coltypShort,
} from '../../src';
import type {
  JET_COLUMNID, JET_DBID, JET_DBINFOMISC, JET_DBINFOUPGRADE, JET_INSTANCE, JET_INSTANCE_INFO, JET_RECSIZE, JET_SESID,
  JET_TABLEID,
} from '../../src';
import {
  addColumn, createIndex, createPeople, fill, int32, isam, keyOf, openTable, PEOPLE, self,
} from '../support/isam';
import type { Isam } from '../support/isam';

function dbInfo(w: Isam, level: number, room: number, ses: JET_SESID = w.ses, dbid: JET_DBID = w.dbid): { rc: number; value: unknown } {
  const box = out<number | string | JET_DBINFOMISC>();
  const rc = w.api.JetGetDatabaseInfo(ses, dbid, box, room, level);
  return { rc, value: box.value };
}

describe('JetGetDatabaseInfo / JetGetDatabaseFileInfo (info.cxx, util.cxx, jetapi.cxx)', () => {
  it('JET_DBINFOMISC carries the fields of the size asked for and no others (util.cxx UtilLoadDbinfomiscFromPdbfilehdr)', () => {
    const w = isam();
    const fields = (room: number): JET_DBINFOMISC => dbInfo(w, JET_DbInfoMisc, room).value as JET_DBINFOMISC;
    const has = (room: number, f: string): boolean => f in fields(room);
    // 216: JET_DBINFOMISC; 296 adds the generations and repair counters; 300 genCommitted; 348 the copy and
    // differential backups; 380 the reseed and page patch counters; 400 the checksum times; 416 the last re-attach.
    expect([has(216, 'cbPageSize'), has(216, 'genMinRequired')]).toEqual([true, false]);
    expect([has(296, 'genMinRequired'), has(296, 'genCommitted')]).toEqual([true, false]);
    expect([has(300, 'genCommitted'), has(300, 'bkinfoCopyPrev')]).toEqual([true, false]);
    expect([has(348, 'bkinfoDiffPrev'), has(348, 'ulPagePatchCount')]).toEqual([true, false]);
    expect([has(380, 'ulPagePatchCount'), has(380, 'cpgDatabaseChecked')]).toEqual([true, false]);
    expect([has(400, 'cpgDatabaseChecked'), has(400, 'lgposLastReAttach')]).toEqual([true, false]);
    expect(has(416, 'lgposLastReAttach')).toBe(true);
  });

  it('the consistent time is the detach time of a cleanly detached file, nothing while attached', () => {
    const w = isam();
    const attached = dbInfo(w, JET_DbInfoMisc, 216).value as JET_DBINFOMISC;
    expect(attached.logtimeConsistent.bYear).toBe(0);
    expect(w.api.JetCloseDatabase(w.ses, w.dbid, 0)).toBe(JET_errSuccess);
    expect(w.api.JetDetachDatabase(w.ses, 'isam.edb')).toBe(JET_errSuccess);
    const box = out<JET_DBINFOMISC>();
    expect(w.api.JetGetDatabaseFileInfo('isam.edb', box as never, 216, JET_DbInfoMisc)).toBe(JET_errSuccess);
    expect(box.value.logtimeConsistent).toEqual(box.value.logtimeDetach);
    expect(box.value.logtimeDetach.bYear).toBeGreaterThan(100);
  });

  it('Collate is 0 even for the session holding the database exclusively (Options is then JET_bitDbExclusive)', () => {
    const w = isam();
    expect(w.api.JetCloseDatabase(w.ses, w.dbid, 0)).toBe(JET_errSuccess);
    const dbid = out<JET_DBID>();
    expect(w.api.JetOpenDatabase(w.ses, 'isam.edb', null, dbid, JET_bitDbExclusive)).toBe(JET_errSuccess);
    expect(dbInfo(w, JET_DbInfoOptions, 4, w.ses, dbid.value).value).toBe(JET_bitDbExclusive);
    expect(dbInfo(w, JET_DbInfoCollate, 4, w.ses, dbid.value).value).toBe(0);
  });

  it('space: 254 pages owned, 224 available (a new database; docs/differences.md "Database headers")', () => {
    const w = isam();
    expect(dbInfo(w, JET_DbInfoSpaceOwned, 4).value).toBe(254);
    expect(dbInfo(w, JET_DbInfoSpaceAvailable, 8).value).toBe(224);
  });

  it('the internal shelved-space level (22) and SplitBuffers (23): their own size codes, then 0 (info.cxx, space.cxx)', () => {
    const w = isam();
    expect(dbInfo(w, 22, 3).rc).toBe(JET_errInvalidBufferSize);
    expect(dbInfo(w, 22, 4)).toEqual({ rc: JET_errSuccess, value: 0 });
    expect(dbInfo(w, JET_DbInfoSplitBuffers, 3).rc).toBe(JET_errInvalidParameter);
    expect(dbInfo(w, JET_DbInfoSplitBuffers, 4)).toEqual({ rc: JET_errSuccess, value: 0 });
  });

  it('Upgrade: the caller\'s cbStruct must be 28; the estimates follow jetapi.cxx\'s formulas for the file\'s size', () => {
    const w = isam();
    const bad = out<JET_DBINFOUPGRADE>({ cbStruct: 24 } as JET_DBINFOUPGRADE);
    expect(w.api.JetGetDatabaseFileInfo('isam.edb', bad as never, 28, JET_DbInfoUpgrade)).toBe(JET_errInvalidParameter);
    expect(w.api.JetGetDatabaseFileInfo('isam.edb', out() as never, 28, JET_DbInfoUpgrade)).toBe(JET_errInvalidParameter);
    const box = out<JET_DBINFOUPGRADE>({ cbStruct: 28 } as JET_DBINFOUPGRADE);
    expect(w.api.JetGetDatabaseFileInfo('isam.edb', box as never, 28, JET_DbInfoUpgrade)).toBe(JET_errSuccess);
    // 256 pages of 4 KiB = 1 MiB: an hour per GiB (3600 * 2^20 >> 30 = 3 s), free space size * 10 >> 6.
    expect(box.value).toEqual({
      cbStruct: 28, cbFilesizeLow: 1048576, cbFilesizeHigh: 0, cbFreeSpaceRequiredLow: 163840, cbFreeSpaceRequiredHigh: 0,
      csecToUpgrade: 3, ulFlags: 2, fUpgradable: 0, fAlreadyUpgraded: 1,
    });
  });
});

describe('JetIdle and JetGetInstanceInfo', () => {
  function busy(maxVerPages: number, preferred: number | null): { api: ReturnType<typeof createEmulator>['api']; ses: JET_SESID; t: JET_TABLEID; id: JET_COLUMNID } {
    const api = createEmulator().api;
    const inst = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(inst, 'idle')).toBe(JET_errSuccess);
    expect(api.JetSetSystemParameter(inst, 0 as JET_SESID, JET_paramMaxVerPages, maxVerPages, null)).toBe(JET_errSuccess);
    if (preferred !== null) expect(api.JetSetSystemParameter(inst, 0 as JET_SESID, JET_paramPreferredVerPages, preferred, null)).toBe(JET_errSuccess);
    expect(api.JetInit(inst)).toBe(JET_errSuccess);
    const ses = out<JET_SESID>();
    expect(api.JetBeginSession(inst.value, ses, null, null)).toBe(JET_errSuccess);
    const dbid = out<JET_DBID>();
    expect(api.JetCreateDatabase(ses.value, 'i.edb', null, dbid, 0)).toBe(JET_errSuccess);
    const t = out<JET_TABLEID>();
    expect(api.JetCreateTable(ses.value, dbid.value, 't', 0, 100, t)).toBe(JET_errSuccess);
    const id = out<JET_COLUMNID>();
    expect(api.JetAddColumn(ses.value, t.value, 'id', { coltyp: JET_coltypLong }, null, 0, id)).toBe(JET_errSuccess);
    return { api, ses: ses.value, t: t.value, id: id.value };
  }

  function insert(x: ReturnType<typeof busy>, n: number): void {
    for (let i = 0; i < n; i++) {
      expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
      expect(x.api.JetSetColumn(x.ses, x.t, x.id, int32(i), 4, 0, null)).toBe(JET_errSuccess);
      expect(x.api.JetUpdate(x.ses, x.t, null, 0, null)).toBe(JET_errSuccess);
    }
  }

  it('Status: wrnIdleFull past 60% of min(MaxVerPages, PreferredVerPages) buckets in use (ver.cxx ErrVERStatus)', () => {
    // MaxVerPages 4 (the smaller): full past 2.4 buckets; 300 inserts charge well over 3 buckets of 16 KB.
    const x = busy(4, null);
    expect(x.api.JetBeginTransaction(x.ses)).toBe(JET_errSuccess);
    expect(x.api.JetIdle(x.ses, JET_bitIdleStatus)).toBe(JET_errSuccess);
    insert(x, 300);
    expect(x.api.JetIdle(x.ses, JET_bitIdleStatus)).toBe(JET_wrnIdleFull);
    // PreferredVerPages the smaller: 1000 pages of store, full past 0.6 of 2 preferred.
    const y = busy(1000, 2);
    expect(y.api.JetBeginTransaction(y.ses)).toBe(JET_errSuccess);
    insert(y, 300);
    expect(y.api.JetIdle(y.ses, JET_bitIdleStatus)).toBe(JET_wrnIdleFull);
    // Compact wins the chain only without Status: versions in use do not change its answer.
    expect(y.api.JetIdle(y.ses, JET_bitIdleCompact)).toBe(JET_wrnNoIdleActivity);
  });

  it('unknown bits alone answer Success even while versions are pending (no branch of the chain runs)', () => {
    const x = busy(64, null);
    expect(x.api.JetBeginTransaction(x.ses)).toBe(JET_errSuccess);
    insert(x, 3);
    expect(x.api.JetIdle(x.ses, 0x80)).toBe(JET_errSuccess);
    expect(x.api.JetIdle(x.ses, 0x40)).toBe(JET_wrnRemainingVersions);
  });

  it('an instance whose JET_paramRecovery is "off" logs no database: none listed (fmp.hxx SetLogOn)', () => {
    const api = createEmulator().api;
    const inst = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(inst, 'nolog')).toBe(JET_errSuccess);
    expect(api.JetSetSystemParameter(inst, 0 as JET_SESID, JET_paramRecovery, 0, 'Off')).toBe(JET_errSuccess);
    expect(api.JetInit(inst)).toBe(JET_errSuccess);
    const ses = out<JET_SESID>();
    expect(api.JetBeginSession(inst.value, ses, null, null)).toBe(JET_errSuccess);
    expect(api.JetCreateDatabase(ses.value, 'n.edb', null, out<JET_DBID>(), 0)).toBe(JET_errSuccess);
    const list = out<JET_INSTANCE_INFO[]>();
    expect(api.JetGetInstanceInfo(out<number>(), list)).toBe(JET_errSuccess);
    expect(list.value.map((i) => [i.szInstanceName, i.cDatabases, i.szDatabaseFileName])).toEqual([['nolog', 0, []]]);
  });
});

describe('JetSetCursorFilter (rec.cxx)', () => {
  it('a GUID range in key order follows the primary index\'s JET_bitIndexDotNetGuid (rec.cxx 605-615)', () => {
    const w = isam();
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'g', 0, 100, box)).toBe(JET_errSuccess);
    const t = box.value;
    const g = addColumn(w.api, w.ses, t, 'g', { coltyp: JET_coltypGUID });
    expect(createIndex(w.api, w.ses, t, 'pk', JET_bitIndexPrimary | JET_bitIndexUnique | JET_bitIndexDotNetGuid, '+g')).toBe(JET_errSuccess);
    // .NET order reads bytes 3,2,1,0 first; the string order bytes 10..15 first. a has byte 3 set, b byte 10.
    const a = new Uint8Array(16); a[3] = 1;
    const b = new Uint8Array(16); b[10] = 1;
    for (const v of [a, b]) {
      expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
      expect(w.api.JetSetColumn(w.ses, t, g, v, 16, 0, null)).toBe(JET_errSuccess);
      expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    }
    // Keep what sorts below a: in .NET order b (bytes 3..0 zero) is below a; in string order it would be above.
    expect(w.api.JetSetCursorFilter(w.ses, t, [{ columnid: g, relop: JET_relopLessThan, pv: a, cb: 16, grbit: 0 }], 1, 0)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    const got = new Uint8Array(16);
    expect(w.api.JetRetrieveColumn(w.ses, t, g, got, 16, null, 0, null)).toBe(JET_errSuccess);
    expect(Array.from(got)).toEqual(Array.from(b));
  });

  it('column id 0 is BadColumnId (daedef.hxx FCOLUMNIDValid: fid 0 is no column)', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    expect(w.api.JetSetCursorFilter(w.ses, p.tableid, [{ columnid: 0 as JET_COLUMNID, relop: 0, pv: int32(1), cb: 4, grbit: 0 }], 1, 0))
      .toBe(JET_errBadColumnId);
  });
});

describe('the preread calls (rec.cxx)', () => {
  function people(): { w: Isam; t: JET_TABLEID; id: JET_COLUMNID; name: JET_COLUMNID } {
    const w = isam();
    const c = createPeople(w.api, self(w));
    fill(w.api, w.ses, c, [[1, 'a', 10], [2, 'b', 20]]);
    expect(w.api.JetCloseTable(w.ses, c.tableid)).toBe(JET_errSuccess);
    return { w, t: openTable(w.api, self(w), PEOPLE), id: c.id, name: c.name };
  }
  const col = (columnid: JET_COLUMNID, pv: Uint8Array | null, grbit = 0, relop = 0) => ({ columnid, relop, pv, cb: pv === null ? 0 : pv.length, grbit });
  const madeKey = (w: Isam, t: JET_TABLEID): number[] => {
    const buf = new Uint8Array(300);
    const cb = out<number>(0);
    expect(w.api.JetRetrieveKey(w.ses, t, buf, 300, cb, 1 /* JET_bitRetrieveCopy */)).toBe(JET_errSuccess);
    return Array.from(buf.subarray(0, cb.value));
  };

  it('a range column with JET_bitZeroLength and data is InvalidParameter; without data it makes a zero-length key value (ErrRECIMakeKey)', () => {
    const { w, t, name } = people();
    expect(w.api.JetSetCurrentIndex(w.ses, t, 'byName')).toBe(JET_errSuccess);
    const r = (c: ReturnType<typeof col>) => ({ rgStartColumns: [c], cStartColumns: 1, rgEndColumns: [], cEndColumns: 0 });
    expect(w.api.JetPrereadIndexRanges(w.ses, t, [r({ ...col(name, Uint8Array.of(0x61)), grbit: JET_bitZeroLength })], 1, null, null, 0, JET_bitPrereadForward))
      .toBe(JET_errInvalidParameter);
    expect(w.api.JetPrereadIndexRanges(w.ses, t, [r(col(name, null, JET_bitZeroLength))], 1, null, null, 0, JET_bitPrereadForward)).toBe(JET_errSuccess);
    // JetMakeKey with JET_bitKeyDataZeroLength: the zero-length prefix 0x40 (fldnorm.cxx), not NULL's 0x00.
    expect(madeKey(w, t)[0]).toBe(0x40);
  });

  it('on a two-column index only the last range column gets the limit: the first stays an exact segment', () => {
    const w = isam();
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'two', 0, 100, box)).toBe(JET_errSuccess);
    const t = box.value;
    const a = addColumn(w.api, w.ses, t, 'a', { coltyp: JET_coltypLong });
    const b = addColumn(w.api, w.ses, t, 'b', { coltyp: JET_coltypLong });
    expect(w.api.JetCreateIndex(w.ses, t, 'ab', 0, keyOf('+a', '+b').szKey, keyOf('+a', '+b').cbKey, 100)).toBe(JET_errSuccess);
    expect(w.api.JetSetCurrentIndex(w.ses, t, 'ab')).toBe(JET_errSuccess);
    const range = { rgStartColumns: [col(a, int32(1)), col(b, int32(2))], cStartColumns: 2, rgEndColumns: [col(a, int32(1))], cEndColumns: 1 };
    expect(w.api.JetPrereadIndexRanges(w.ses, t, [range], 1, out<number>(), null, 0, JET_bitPrereadForward)).toBe(JET_errSuccess);
    // The end key (made last): a = 1 as an exact segment, then the end limit's 0xFF fill to cbKeyMost + 1.
    const end = madeKey(w, t);
    expect(end.slice(0, 5)).toEqual([0x7f, 0x80, 0, 0, 1]);
    expect(end.length).toBe(256);
    expect(end.slice(5).every((x) => x === 0xff)).toBe(true);
  });

  it('NormalizedKey singletons that repeat a key need no count: equal ranges do not overlap (ErrRECIInsertionSort compares strictly)', () => {
    const { w, t, id } = people();
    const k = Uint8Array.of(0x7f, 0x80, 0, 0, 1);
    const r = { rgStartColumns: [col(id, k)], cStartColumns: 1, rgEndColumns: [], cEndColumns: 0 };
    expect(w.api.JetPrereadIndexRanges(w.ses, t, [r, r, r], 3, null, null, 0, JET_bitPrereadForward | JET_bitPrereadNormalizedKey)).toBe(JET_errSuccess);
    // A NormalizedKey range with one end column is no singleton: its end must not come before its start.
    const back = { rgStartColumns: [col(id, k)], cStartColumns: 1, rgEndColumns: [col(id, Uint8Array.of(0x7f))], cEndColumns: 1 };
    expect(w.api.JetPrereadIndexRanges(w.ses, t, [back], 1, null, null, 0, JET_bitPrereadForward | JET_bitPrereadNormalizedKey)).toBe(JET_errInvalidParameter);
  });

  it('JetPrereadIndexRange with a NULL range is InvalidParameter even when the page counts and grbit are fine', () => {
    const { w, t } = people();
    expect(w.api.JetPrereadIndexRange(w.ses, t, null, 0, 4, JET_bitPrereadForward, null)).toBe(JET_errInvalidParameter);
  });
});

describe('JetGetRecordSize (fldenum.cxx)', () => {
  function size(w: Isam, t: JET_TABLEID, grbit = 0): JET_RECSIZE {
    const box = out<JET_RECSIZE>();
    expect(w.api.JetGetRecordSize(w.ses, t, box, grbit)).toBe(JET_errSuccess);
    return box.value;
  }

  it('an InsertCopy\'s copy buffer has no key yet (only a replace keeps the record\'s)', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    fill(w.api, w.ses, p, [[1, 'a', 10]]);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    const record = size(w, p.tableid);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsertCopy)).toBe(JET_errSuccess);
    const copy = size(w, p.tableid, JET_bitRecordSizeInCopyBuffer);
    // The same data, 5 bytes of key (0x7f and a Long) less overhead.
    expect(copy.cbData).toBe(record.cbData);
    expect(record.cbOverhead - copy.cbOverhead).toBe(5);
  });

  it('a table without a primary index keys its records by a 4-byte DBK', () => {
    const w = isam();
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'seq', 0, 100, box)).toBe(JET_errSuccess);
    const t = box.value;
    const n = addColumn(w.api, w.ses, t, 'n', { coltyp: JET_coltypLong });
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, n, int32(5), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    // TAG 4 + key count 2 + REC header 4 + DBK 4 + one null-bit byte.
    expect(size(w, t).cbOverhead).toBe(15);
  });

  it('a separated long value leaves its LID in the record: TAGFLD 4 + header 1 + LID 8 (LID64, docs/differences.md)', () => {
    const w = isam();
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'lv', 0, 100, box)).toBe(JET_errSuccess);
    const t = box.value;
    const k = addColumn(w.api, w.ses, t, 'k', { coltyp: JET_coltypLong });
    const lv = addColumn(w.api, w.ses, t, 'lv', { coltyp: JET_coltypLongBinary });
    expect(createIndex(w.api, w.ses, t, 'pk', JET_bitIndexPrimary | JET_bitIndexUnique, '+k')).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    for (const [key, length] of [[1, 2000], [2, 9000]]) {
      expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
      expect(w.api.JetSetColumn(w.ses, t, k, int32(key), 4, 0, null)).toBe(JET_errSuccess);
      expect(w.api.JetSetColumn(w.ses, t, lv, new Uint8Array(length), length, 0, null)).toBe(JET_errSuccess);
      expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    }
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    const small = size(w, t);
    // TAG 4 + key count 2 + REC 4 + key 5 + one null-bit byte, then the long value's TAGFLD, header and LID.
    expect(small.cbOverhead).toBe(16 + 4 + 1 + 8);
    expect(w.api.JetMove(w.ses, t, 1, 0)).toBe(JET_errSuccess);
    // A longer value takes more chunks, so its tree more overhead (an estimate: docs/differences.md).
    expect(size(w, t).cbLongValueOverhead).toBeGreaterThan(small.cbLongValueOverhead);
  });

  it('a temp table\'s row: its fixed slots run to the last fixed column set', () => {
    const w = isam();
    const defs = [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }, { coltyp: JET_coltypShort }, { coltyp: JET_coltypLong }];
    const ids: JET_COLUMNID[] = [];
    const box = out<JET_TABLEID>();
    expect(w.api.JetOpenTempTable(w.ses, defs, 3, JET_bitTTIndexed | JET_bitTTScrollable, box, ids)).toBe(JET_errSuccess);
    const t = box.value;
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, ids[0], int32(1), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, ids[0], int32(2), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, ids[2], int32(9), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect([size(w, t).cNonTaggedColumns, size(w, t).cbData]).toEqual([1, 4]);
    expect(w.api.JetMove(w.ses, t, 1, 0)).toBe(JET_errSuccess);
    // The NULL Short between counts at its width.
    expect([size(w, t).cNonTaggedColumns, size(w, t).cbData]).toEqual([3, 10]);
  });
});

describe('session parameters (tm.cxx, pib.hxx)', () => {
  function session(): { api: ReturnType<typeof createEmulator>['api']; ses: JET_SESID } {
    const api = createEmulator().api;
    const inst = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(inst, 's')).toBe(JET_errSuccess);
    expect(api.JetInit(inst)).toBe(JET_errSuccess);
    const ses = out<JET_SESID>();
    expect(api.JetBeginSession(inst.value, ses, null, null)).toBe(JET_errSuccess);
    return { api, ses: ses.value };
  }
  const dword = (n: number): Uint8Array => Uint8Array.of(n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff);
  const read = (s: ReturnType<typeof session>, id: number): number => {
    const b = new Uint8Array(4);
    expect(s.api.JetGetSessionParameter(s.ses, id, b, 4, null)).toBe(JET_errSuccess);
    return new DataView(b.buffer).getUint32(0, true);
  };

  it('the two commit-context flags store !!value: set to 0 after 1 they read 0', () => {
    const s = session();
    for (const id of [JET_sesparamCommitContextContainsCustomerData, JET_sesparamCommitContextNeedPreCommitCallback]) {
      expect(s.api.JetSetSessionParameter(s.ses, id, dword(7), 4)).toBe(JET_errSuccess);
      expect(read(s, id)).toBe(1);
      expect(s.api.JetSetSessionParameter(s.ses, id, dword(0), 4)).toBe(JET_errSuccess);
      expect(read(s, id)).toBe(0);
    }
  });

  it('an empty generic commit context also clears NeedPreCommitCallback (pib.hxx ErrSetClientCommitContextGeneric)', () => {
    const s = session();
    expect(s.api.JetSetSessionParameter(s.ses, JET_sesparamCommitContextNeedPreCommitCallback, dword(1), 4)).toBe(JET_errSuccess);
    expect(s.api.JetSetSessionParameter(s.ses, JET_sesparamCommitGenericContext, Uint8Array.of(1, 2), 2)).toBe(JET_errSuccess);
    expect(read(s, JET_sesparamCommitContextNeedPreCommitCallback)).toBe(1);
    expect(s.api.JetSetSessionParameter(s.ses, JET_sesparamCommitGenericContext, null, 0)).toBe(JET_errSuccess);
    expect(read(s, JET_sesparamCommitContextNeedPreCommitCallback)).toBe(0);
  });

  it('a description reads back up to its first NUL: one that starts with NUL reads as empty (size 1)', () => {
    const s = session();
    expect(s.api.JetSetSessionParameter(s.ses, JET_sesparamClientComponentDesc, Uint8Array.of(0, 0x41, 0x42), 3)).toBe(JET_errSuccess);
    const actual = out<number>(0);
    expect(s.api.JetGetSessionParameter(s.ses, JET_sesparamClientComponentDesc, null, 0, actual)).toBe(JET_errSuccess);
    expect(actual.value).toBe(1);
  });
});
