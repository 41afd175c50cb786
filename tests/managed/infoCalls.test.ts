/**
 * The managed forms of the information and session calls added after the first managed layer: JetGetDatabaseInfo /
 * JetGetDatabaseFileInfo (ManagedEsent's out int / long / JET_DBINFOMISC overloads become the level's value),
 * JetGetInstanceInfo (the array), JetGetVersion, JetIdle (its warning returned), the session parameters (the int and
 * byte[] forms), JetIndexRecordCount2 and Windows8Api.JetSetCursorFilter. Expected values are the engine's
 * (info.cxx ErrIsamGetDatabaseInfo, jetapi.cxx JetGetDatabaseFileInfoEx, tm.cxx ErrIsamIdle /
 * ErrIsamGetSessionParameter, rec.cxx ErrIsamSetCursorFilter), written here, not read back from esemu.
 */
import {
  EsentFilteredMoveNotSupportedException, EsentInvalidGrbitException, IdleGrbit, JET_DbInfo, JET_Move, JET_sesparam,
  JET_wrn, JetRelop, Windows8Api, createApi, GetRecordSizeGrbit, PrereadIndexRangesGrbit, PrereadKeysGrbit, versionApis,
  EsentInvalidParameterException,
} from '../../src/managed';
import type { JET_DBINFOMISC } from '../../src/managed';
import { createEmulator, JET_DbInfoCp } from '../../src';
import { int32 } from '../support/fixture';
import { managedWorld, numbers } from './world';

describe('managed database information', () => {
  it('JetGetDatabaseInfo answers each level with its value: code page 1252, 7 levels, the file name', () => {
    const w = managedWorld();
    // ManagedEsent's JET_DbInfo has no Cp member: the esent.h level works all the same.
    expect(w.api.JetGetDatabaseInfo(w.sesid, w.dbid, JET_DbInfoCp)).toBe(1252);
    expect(w.api.JetGetDatabaseInfo(w.sesid, w.dbid, JET_DbInfo.Transactions)).toBe(7);
    expect(w.api.JetGetDatabaseInfo(w.sesid, w.dbid, JET_DbInfo.Version)).toBe(0x620);
    expect(w.api.JetGetDatabaseInfo(w.sesid, w.dbid, JET_DbInfo.Filename)).toBe('managed.edb');
    const misc = w.api.JetGetDatabaseInfo(w.sesid, w.dbid, JET_DbInfo.Misc) as JET_DBINFOMISC;
    // db.cxx: a database attached read-write is DirtyShutdown (2); the largest struct carries the newest fields.
    expect(misc.dbstate).toBe(2);
    expect(misc.cbPageSize).toBe(w.api.JetGetDatabaseInfo(w.sesid, w.dbid, JET_DbInfo.PageSize));
    expect('lgposLastReAttach' in misc).toBe(true);
  });

  it('JetGetDatabaseFileInfo sizes the buffer per level: Filesize in bytes, DBInUse while attached', () => {
    const w = managedWorld();
    const pages = w.api.JetGetDatabaseInfo(w.sesid, w.dbid, JET_DbInfo.Filesize) as number;
    const pageSize = w.api.JetGetDatabaseFileInfo('managed.edb', JET_DbInfo.PageSize) as number;
    expect(w.api.JetGetDatabaseFileInfo('managed.edb', JET_DbInfo.Filesize)).toBe(pages * pageSize);
    expect(w.api.JetGetDatabaseFileInfo('managed.edb', JET_DbInfo.DBInUse)).toBe(1);
    w.api.JetCloseDatabase(w.sesid, w.dbid, 0);
    w.api.JetDetachDatabase(w.sesid, 'managed.edb');
    expect(w.api.JetGetDatabaseFileInfo('managed.edb', JET_DbInfo.DBInUse)).toBe(0);
    // db.cxx ErrIsamDetachDatabase: CleanShutdown (3) after the detach.
    expect((w.api.JetGetDatabaseFileInfo('managed.edb', JET_DbInfo.Misc) as JET_DBINFOMISC).dbstate).toBe(3);
  });
});

describe('managed instance and session calls', () => {
  it('JetGetInstanceInfo lists the instance with its database', () => {
    const w = managedWorld();
    const infos = w.api.JetGetInstanceInfo();
    expect(infos.map((i) => [i.hInstanceId, i.szInstanceName, i.szDatabaseFileName])).toEqual([[w.instance, 'managed', ['managed.edb']]]);
  });

  it('JetGetVersion is an ESENT version number: major 10, a Windows 10 build', () => {
    const w = managedWorld();
    const version = w.api.JetGetVersion(w.sesid);
    expect(version >>> 28).toBe(10);
    expect((version & 0xffffff) >>> 8).toBeGreaterThanOrEqual(9900);
  });

  it('JetIdle returns its warning; a bad grbit throws', () => {
    const w = managedWorld();
    expect(w.api.JetIdle(w.sesid, IdleGrbit.Compact)).toBe(JET_wrn.NoIdleActivity);
    expect(w.api.JetIdle(w.sesid, IdleGrbit.GetStatus)).toBe(0);
    expect(() => w.api.JetIdle(w.sesid, IdleGrbit.FlushBuffers)).toThrow(EsentInvalidGrbitException);
  });

  it('session parameters: the int form and the byte[] form, also through Windows8Api', () => {
    const api = createApi(createEmulator().api);
    const instance = api.JetCreateInstance('s');
    api.JetInit(instance);
    const sesid = api.BeginSession(instance);
    api.JetSetSessionParameter(sesid, JET_sesparam.CommitDefault, 0x1);
    expect(api.JetGetSessionParameter(sesid, JET_sesparam.CommitDefault)).toBe(0x1);
    api.JetBeginTransaction(sesid);
    expect(api.JetGetSessionParameter(sesid, JET_sesparam.TransactionLevel)).toBe(1);
    const buffer = new Uint8Array(8);
    // tm.cxx ErrIsamGetSessionParameter: CorrelationID is 4 bytes; a larger buffer is fine, the size comes back.
    expect(api.JetSetSessionParameter(sesid, JET_sesparam.CorrelationID, Uint8Array.of(7, 0, 0, 0), 4)).toBe(0);
    expect(api.JetGetSessionParameter(sesid, JET_sesparam.CorrelationID, buffer, 8)).toBe(4);
    expect(buffer[0]).toBe(7);
    expect(Windows8Api.JetGetSessionParameter).toBeDefined();
  });
});

describe('managed cursor calls', () => {
  it('JetIndexRecordCount2 counts with a 64-bit limit', () => {
    const w = managedWorld();
    const { tableid } = numbers(w);
    w.api.JetMove(w.sesid, tableid, JET_Move.First, 0);
    expect(w.api.JetIndexRecordCount2(w.sesid, tableid, 2 ** 40)).toBe(5);
    expect(w.api.JetIndexRecordCount2(w.sesid, tableid, 3)).toBe(3);
  });

  it('JetSetCursorFilter: moves skip what fails; a filtered cursor refuses JetIndexRecordCount', () => {
    const w = managedWorld();
    const { tableid, v } = numbers(w);
    w.api.JetSetCursorFilter(w.sesid, tableid, [{ columnid: v, relop: JetRelop.GreaterThan, pv: int32(3), cb: 4, grbit: 0 }], 0);
    w.api.JetMove(w.sesid, tableid, JET_Move.First, 0);
    expect(w.api.RetrieveColumnAsInt32(w.sesid, tableid, v)).toBe(4);
    expect(w.api.TryMoveNext(w.sesid, tableid)).toBe(true);
    expect(w.api.RetrieveColumnAsInt32(w.sesid, tableid, v)).toBe(5);
    expect(w.api.TryMoveNext(w.sesid, tableid)).toBe(false);
    expect(() => w.api.JetIndexRecordCount(w.sesid, tableid, 0)).toThrow(EsentFilteredMoveNotSupportedException);
    // No filters: removed.
    w.api.JetSetCursorFilter(w.sesid, tableid, [], 0);
    w.api.JetMove(w.sesid, tableid, JET_Move.First, 0);
    expect(w.api.RetrieveColumnAsInt32(w.sesid, tableid, v)).toBe(1);
  });
});

describe('managed preread and record size calls', () => {
  /** The normalized key of a Long ascending segment (fldnorm.cxx: 0x7f, big-endian with the sign bit flipped). */
  function key(n: number): Uint8Array {
    return Uint8Array.of(0x7f, ((n >>> 24) & 0xff) ^ 0x80, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
  }

  it('Windows7Api.JetPrereadKeys: every key of a small tree is preread (rec.cxx ErrIsamPrereadKeys); out of order throws', () => {
    const w = managedWorld();
    const { tableid } = numbers(w);
    const keys = [key(1), key(3), key(4)];
    const { Windows7Api } = versionApis(w.api);
    expect(Windows7Api.JetPrereadKeys(w.sesid, tableid, keys, [5, 5, 5], 3, PrereadKeysGrbit.Forward)).toBe(3);
    // With a first key index: keys[1..2].
    expect(w.api.JetPrereadKeys(w.sesid, tableid, keys, [5, 5, 5], 1, 2, PrereadKeysGrbit.Forward)).toBe(2);
    expect(() => w.api.JetPrereadKeys(w.sesid, tableid, keys, [5, 5, 5], 3, PrereadKeysGrbit.Backwards)).toThrow(EsentInvalidParameterException);
  });

  it('Windows8Api.JetPrereadIndexRanges: the ranges preread, counted from rangeIndex', () => {
    const w = managedWorld();
    const { tableid, v } = numbers(w);
    const one = (lo: number, hi: number) => ({
      rgStartColumns: [{ columnid: v, relop: JetRelop.Equals, pv: int32(lo), cb: 4, grbit: 0 }], cStartColumns: 1,
      rgEndColumns: [{ columnid: v, relop: JetRelop.Equals, pv: int32(hi), cb: 4, grbit: 0 }], cEndColumns: 1,
    });
    const ranges = [one(9, 9), one(1, 2), one(4, 5)];
    expect(versionApis(w.api).Windows8Api.JetPrereadIndexRanges(w.sesid, tableid, ranges, 1, 2, null, PrereadIndexRangesGrbit.Forward)).toBe(2);
  });

  it('VistaApi.JetGetRecordSize: a record of one Long column, and a running total over two', () => {
    const w = managedWorld();
    const { tableid } = numbers(w);
    w.api.JetMove(w.sesid, tableid, JET_Move.First, 0);
    // One fixed slot of 4 bytes; overhead: TAG 4 + key count 2 + REC header 4 + a 5-byte key + 1 null-bit byte.
    const one = versionApis(w.api).VistaApi.JetGetRecordSize(w.sesid, tableid, null, GetRecordSizeGrbit.None);
    expect([one.cbData, one.cNonTaggedColumns, one.cbOverhead]).toEqual([4, 1, 16]);
    const two = w.api.JetGetRecordSize(w.sesid, tableid, one, GetRecordSizeGrbit.RunningTotal);
    expect([two.cbData, two.cNonTaggedColumns]).toEqual([8, 2]);
  });
});

