/**
 * The managed forms of JetGetThreadStats (VistaApi: out JET_THREADSTATS; Windows10Api: out JET_THREADSTATS2),
 * JetGetErrorInfo (Windows8Api: out JET_ERRINFOBASIC), Windows8Api.JetTryPrereadIndexRanges (false, here null, where
 * the call fails) and the calls ManagedEsent also keeps on Windows10Api and VistaApi. Expected values are the
 * engine's, written here: jetapi.cxx JetGetThreadStatsEx copies min(cbMax, sizeof(JET_THREADSTATS4)) bytes and sets
 * cbStruct to that; JetGetErrorInfoExW looks the code up in the error table (errdata.txt) and its category in the
 * hierarchy (errorhierarchy.cxx); ManagedEsent's Windows8Api.JetTryPrereadIndexRanges answers err >= Success.
 */
import {
  EsentInvalidParameterException, JET_ERRCAT, JET_err, JET_sesparam, JetRelop, PrereadIndexRangesGrbit, VistaApi,
  Windows10Api, Windows8Api, createApi, versionApis,
} from '../../src/managed';
import { createEmulator } from '../../src';
import { int32 } from '../support/fixture';
import { managedWorld, numbers } from './world';

/** The seven counters of JET_THREADSTATS (jethdr.w), in order. */
const THREADSTATS_COUNTERS = ['cPageReferenced', 'cPageRead', 'cPagePreread', 'cPageDirtied', 'cPageRedirtied', 'cLogRecord', 'cbLogRecord'];

describe('managed JetGetThreadStats', () => {
  it('VistaApi.JetGetThreadStats passes sizeof(JET_THREADSTATS), 32 bytes: cbStruct 32 and the seven counters', () => {
    const stats = VistaApi.JetGetThreadStats();
    expect(stats.cbStruct).toBe(32);
    expect(Object.keys(stats).sort()).toEqual(['cbStruct', ...THREADSTATS_COUNTERS].sort());
    // esemu's model: no buffer cache and no log, so nothing to count (docs/differences.md).
    for (const name of THREADSTATS_COUNTERS) expect(stats[name as keyof typeof stats]).toBe(0);
  });

  it('Windows10Api.JetGetThreadStats passes sizeof(JET_THREADSTATS2), 48 bytes: the cache-miss counters too', () => {
    const stats = Windows10Api.JetGetThreadStats();
    expect(stats.cbStruct).toBe(48);
    // JET_THREADSTATS2 adds an unsigned __int64 at offset 32 and a ULONG at 40.
    expect(stats.cusecPageCacheMiss).toBe(0);
    expect(stats.cPageCacheMiss).toBe(0);
    for (const name of THREADSTATS_COUNTERS) expect(stats[name as keyof typeof stats]).toBe(0);
  });

  it('works with no instance at all (the call reads the calling thread, jetapi.cxx has no gate for it)', () => {
    const api = createApi(createEmulator().api);
    expect(api.JetGetThreadStats().cbStruct).toBe(32);
  });
});

describe('managed JetGetErrorInfo', () => {
  it('WriteConflict: the State category (errdata.txt), under Api under Error; no source file or line', () => {
    const info = Windows8Api.JetGetErrorInfo(JET_err.WriteConflict);
    expect(info.errValue).toBe(JET_err.WriteConflict);
    expect(info.errcatMostSpecific).toBe(JET_ERRCAT.State);
    expect(info.rgCategoricalHierarchy).toEqual([
      JET_ERRCAT.Error, JET_ERRCAT.Api, JET_ERRCAT.State, 0, 0, 0, 0, 0,
    ]);
    expect(info.lSourceLine).toBe(0);
    expect(info.rgszSourceFile).toBe('');
  });

  it('OutOfMemory and DiskFull sit three levels down: Error, Operation, Resource, then Memory / Disk', () => {
    expect(Windows8Api.JetGetErrorInfo(JET_err.OutOfMemory).rgCategoricalHierarchy.slice(0, 5)).toEqual([
      JET_ERRCAT.Error, JET_ERRCAT.Operation, JET_ERRCAT.Resource, JET_ERRCAT.Memory, JET_ERRCAT.Unknown,
    ]);
    expect(Windows8Api.JetGetErrorInfo(JET_err.DiskFull).errcatMostSpecific).toBe(JET_ERRCAT.Disk);
  });

  it('a code the error table does not hold: InvalidParameter, thrown as its exception', () => {
    expect(() => Windows8Api.JetGetErrorInfo(-99999)).toThrow(EsentInvalidParameterException);
  });
});

describe('managed version classes', () => {
  it('Windows8Api.JetTryPrereadIndexRanges: the ranges preread, or null where the call fails', () => {
    const w = managedWorld();
    const { tableid, v } = numbers(w);
    const api = versionApis(w.api);
    const range = {
      rgStartColumns: [{ columnid: v, relop: JetRelop.Equals, pv: int32(2), cb: 4, grbit: 0 }], cStartColumns: 1,
      rgEndColumns: [{ columnid: v, relop: JetRelop.Equals, pv: int32(4), cb: 4, grbit: 0 }], cEndColumns: 1,
    };
    // A tree of one page: every range is preread (rec.cxx ErrIsamPrereadIndexRanges, the engine's count).
    const read = api.Windows8Api.JetTryPrereadIndexRanges(w.sesid, tableid, [range], 0, 1, null, PrereadIndexRangesGrbit.Forward);
    expect(read).toBe(1);
    // No direction bit: the engine's InvalidGrbit, an error, so false in ManagedEsent and null here.
    expect(api.Windows8Api.JetTryPrereadIndexRanges(w.sesid, tableid, [range], 0, 1, null, 0)).toBeNull();
  });

  it('Windows10Api keeps the session parameter calls, VistaApi the column information calls', () => {
    const w = managedWorld();
    const { tableid } = numbers(w);
    const api = versionApis(w.api);
    // JET_sesparamTransactionLevel outside a transaction: 0 (tm.cxx ErrIsamGetSessionParameter).
    expect(api.Windows10Api.JetGetSessionParameter(w.sesid, JET_sesparam.TransactionLevel)).toBe(0);
    expect(api.VistaApi.JetGetTableColumnInfo).toBe(w.api.JetGetTableColumnInfo);
    expect(api.VistaApi.JetGetColumnInfo).toBe(w.api.JetGetColumnInfo);
    expect(api.Windows8Api.JetCreateTableColumnIndex4).toBe(w.api.JetCreateTableColumnIndex4);
    expect(api.Windows8Api.JetGetErrorInfo(JET_err.KeyDuplicate).errcatMostSpecific).toBe(JET_ERRCAT.State);
    w.api.JetCloseTable(w.sesid, tableid);
  });
});
