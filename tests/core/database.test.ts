import {
  out, JET_bitDbExclusive, JET_bitDbOverwriteExisting, JET_bitDbReadOnly, JET_errDatabaseDuplicate,
  JET_errDatabaseInUse, JET_errDatabaseInvalidPath, JET_errDatabaseLocked, JET_errDatabaseNotFound,
  JET_errFileAccessDenied, JET_errFileNotFound, JET_errInTransaction, JET_errInvalidDatabaseId,
  JET_errOneDatabasePerSession, JET_errTooManyAttachedDatabases, JET_paramOneDatabasePerSession,
  JET_wrnDatabaseAttached, JET_wrnFileOpenReadOnly, JET_errClientRequestToStopJetService,
} from '../../src';
import type { JET_DBID, JET_INSTANCE, JET_SESID } from '../../src';
import { createDb, session, world } from '../support/fixture';

function open(api: ReturnType<typeof world>['api'], ses: JET_SESID, name: string, grbit = 0): [number, JET_DBID] {
  const dbid = out<JET_DBID>();
  const rc = api.JetOpenDatabase(ses, name, null, dbid, grbit);
  return [rc, dbid.value];
}

describe('JetCreateDatabase', () => {
  it('creates, attaches and opens once for the creator', () => {
    const { emu, api, ses } = world();
    const dbid = createDb(api, ses, 'C:\\data\\one.edb');
    expect(emu.dump().instances[0].attached).toEqual([{ dbid, path: 'C:\\data\\one.edb', opens: 1, readOnly: false }]);
    expect(api.JetCloseDatabase(ses, dbid, 0)).toBe(0);
    expect(api.JetCloseDatabase(ses, dbid, 0)).toBe(JET_errInvalidDatabaseId);
  });

  it('refuses inside a transaction, for an existing file, and an empty path', () => {
    const { api, ses } = world();
    createDb(api, ses, 'a.edb');
    expect(api.JetCreateDatabase(ses, 'A.EDB', null, out<JET_DBID>(), 0)).toBe(JET_errDatabaseDuplicate);
    expect(api.JetCreateDatabase(ses, '', null, out<JET_DBID>(), 0)).toBe(JET_errDatabaseInvalidPath);
    expect(api.JetBeginTransaction(ses)).toBe(0);
    expect(api.JetCreateDatabase(ses, 'b.edb', null, out<JET_DBID>(), 0)).toBe(JET_errInTransaction);
    expect(api.JetCreateDatabase2(ses, 'b.edb', 0, out<JET_DBID>(), 0)).toBe(JET_errInTransaction);
  });

  it('overwrites a detached file with JET_bitDbOverwriteExisting', () => {
    const { api, ses } = world();
    const dbid = createDb(api, ses, 'a.edb');
    expect(api.JetCloseDatabase(ses, dbid, 0)).toBe(0);
    expect(api.JetDetachDatabase(ses, 'a.edb')).toBe(0);
    expect(api.JetCreateDatabase(ses, 'a.edb', null, out<JET_DBID>(), 0)).toBe(JET_errDatabaseDuplicate);
    expect(api.JetCreateDatabase(ses, 'a.edb', null, out<JET_DBID>(), JET_bitDbOverwriteExisting)).toBe(0);
  });

  it('an instance attaches at most six databases', () => {
    const { api, ses } = world();
    for (let i = 0; i < 6; i++) createDb(api, ses, `d${i}.edb`);
    expect(api.JetCreateDatabase(ses, 'd6.edb', null, out<JET_DBID>(), 0)).toBe(JET_errTooManyAttachedDatabases);
  });
});

describe('JetAttachDatabase / JetOpenDatabase', () => {
  it('attach does not open; open returns the same dbid each time and counts stack', () => {
    const { emu, api, inst, ses } = world();
    const dbid = createDb(api, ses, 'a.edb');
    expect(api.JetCloseDatabase(ses, dbid, 0)).toBe(0);
    expect(api.JetDetachDatabase(ses, 'a.edb')).toBe(0);
    expect(api.JetAttachDatabase(ses, 'missing.edb', 0)).toBe(JET_errFileNotFound);
    expect(api.JetAttachDatabase(ses, 'a.edb', 0)).toBe(0);
    expect(api.JetAttachDatabase2(ses, 'a.edb', 0, 0)).toBe(JET_wrnDatabaseAttached);
    expect(emu.dump().instances[0].attached[0].opens).toBe(0);
    const [rc1, id1] = open(api, ses, 'a.edb');
    const [rc2, id2] = open(api, ses, 'a.edb');
    const other = session(api, inst);
    const [rc3, id3] = open(api, other, 'a.edb');
    expect([rc1, rc2, rc3]).toEqual([0, 0, 0]);
    expect(new Set([id1, id2, id3]).size).toBe(1);
    expect(id1).not.toBe(dbid);
    expect(emu.dump().instances[0].attached[0].opens).toBe(3);
    expect(api.JetDetachDatabase(ses, 'a.edb')).toBe(JET_errDatabaseInUse);
    expect(api.JetCloseDatabase(ses, id1, 0)).toBe(0);
    expect(api.JetCloseDatabase(ses, id1, 0)).toBe(0);
    expect(api.JetCloseDatabase(ses, id1, 0)).toBe(JET_errInvalidDatabaseId);
    expect(api.JetCloseDatabase(other, id1, 0)).toBe(0);
    expect(api.JetDetachDatabase(ses, 'a.edb')).toBe(0);
    expect(api.JetCloseDatabase(ses, id1, 0)).toBe(JET_errInvalidDatabaseId);
    expect(open(api, ses, 'a.edb')[0]).toBe(JET_errDatabaseNotFound);
  });

  it('attach and detach are refused inside a transaction', () => {
    const { api, ses } = world();
    createDb(api, ses, 'a.edb');
    expect(api.JetBeginTransaction(ses)).toBe(0);
    expect(api.JetAttachDatabase(ses, 'a.edb', 0)).toBe(JET_errInTransaction);
    expect(api.JetDetachDatabase(ses, 'a.edb')).toBe(JET_errInTransaction);
  });

  it('exclusive opens', () => {
    const { api, inst, ses } = world();
    const dbid = createDb(api, ses, 'a.edb');
    expect(open(api, ses, 'a.edb', JET_bitDbExclusive)[0]).toBe(JET_errDatabaseInUse);
    expect(api.JetCloseDatabase(ses, dbid, 0)).toBe(0);
    expect(open(api, ses, 'a.edb', JET_bitDbExclusive)[0]).toBe(0);
    const other = session(api, inst);
    expect(open(api, other, 'a.edb')[0]).toBe(JET_errDatabaseLocked);
    expect(open(api, ses, 'a.edb')[0]).toBe(0);
  });

  it('a read-only attachment opens with a warning', () => {
    const { api, ses } = world();
    const dbid = createDb(api, ses, 'a.edb');
    expect(api.JetCloseDatabase(ses, dbid, 0)).toBe(0);
    expect(api.JetDetachDatabase(ses, 'a.edb')).toBe(0);
    expect(api.JetAttachDatabase(ses, 'a.edb', JET_bitDbReadOnly)).toBe(0);
    expect(open(api, ses, 'a.edb')[0]).toBe(JET_wrnFileOpenReadOnly);
    expect(open(api, ses, 'a.edb', JET_bitDbReadOnly)[0]).toBe(0);
  });

  it('JET_paramOneDatabasePerSession', () => {
    const { api, ses } = world({}, [[JET_paramOneDatabasePerSession, 1]]);
    createDb(api, ses, 'a.edb');
    expect(open(api, ses, 'a.edb')[0]).toBe(0);
    expect(api.JetCreateDatabase(ses, 'b.edb', null, out<JET_DBID>(), 0)).toBe(0);
    expect(open(api, ses, 'b.edb')[0]).toBe(JET_errOneDatabasePerSession);
  });

  it('paths are case-insensitive, either slash', () => {
    const { api, ses } = world();
    const dbid = createDb(api, ses, 'C:\\Data\\A.edb');
    expect(open(api, ses, 'c:/data/a.EDB')).toEqual([0, dbid]);
  });

  it('another instance cannot attach a file in use', () => {
    const { api, ses } = world();
    createDb(api, ses, 'shared.edb');
    const inst2 = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(inst2, 'second')).toBe(0);
    expect(api.JetInit(inst2)).toBe(0);
    const ses2 = session(api, inst2.value);
    expect(api.JetAttachDatabase(ses2, 'shared.edb', 0)).toBe(JET_errFileAccessDenied);
  });
});

describe('JetDetachDatabase', () => {
  it('detaches all with a null name, once nothing is open', () => {
    const { emu, api, ses } = world();
    const a = createDb(api, ses, 'a.edb');
    const b = createDb(api, ses, 'b.edb');
    expect(api.JetDetachDatabase2(ses, null, 0)).toBe(JET_errDatabaseInUse);
    expect(api.JetCloseDatabase(ses, a, 0)).toBe(0);
    expect(api.JetCloseDatabase(ses, b, 0)).toBe(0);
    expect(api.JetDetachDatabase(ses, null)).toBe(0);
    expect(emu.dump().instances[0].attached).toEqual([]);
    expect(api.JetDetachDatabase(ses, 'a.edb')).toBe(JET_errDatabaseNotFound);
  });

  it('close and detach still work after a stop; open does not', () => {
    const { api, inst, ses } = world();
    const dbid = createDb(api, ses, 'a.edb');
    expect(api.JetStopServiceInstance(inst)).toBe(0);
    expect(open(api, ses, 'a.edb')[0]).toBe(JET_errClientRequestToStopJetService);
    expect(api.JetCloseDatabase(ses, dbid, 0)).toBe(0);
    expect(api.JetDetachDatabase(ses, 'a.edb')).toBe(0);
  });
});
