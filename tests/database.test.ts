/**
 * Databases: JetCreateDatabase(2), JetAttachDatabase(2), JetOpenDatabase, JetCloseDatabase, JetDetachDatabase(2).
 * Expected codes: /work/shared/ese-semantics.md §3 (gate, exempt APIs), §4.3, §7.7, §10, §2.5.
 */
import {
  createEmulator, out,
  JET_bitDbExclusive, JET_bitDbOverwriteExisting, JET_bitDbReadOnly, JET_errClientRequestToStopJetService,
  JET_errDatabaseDuplicate, JET_errDatabaseInUse, JET_errDatabaseInvalidPath, JET_errDatabaseLocked,
  JET_errDatabaseNotFound, JET_errFileNotFound, JET_errInTransaction, JET_errInvalidDatabaseId, JET_errInvalidSesid,
  JET_errOneDatabasePerSession, JET_errSuccess, JET_errTooManyAttachedDatabases, JET_paramOneDatabasePerSession,
  JET_sesidNil, JET_wrnDatabaseAttached, JET_wrnFileOpenReadOnly,
} from '../src';
import type { Emulator, JetApi, JET_DBID, JET_INSTANCE, JET_SESID } from '../src';

const noSes = JET_sesidNil as JET_SESID;

interface World {
  emu: Emulator;
  api: JetApi;
  inst: JET_INSTANCE;
  ses: JET_SESID;
}

/** A fresh emulator with one initialized instance (set up with `params`) and one session. */
function world(params: Array<[number, number]> = []): World {
  const emu = createEmulator();
  const api = emu.api;
  const box = out<JET_INSTANCE>();
  expect(api.JetCreateInstance(box, 'db')).toBe(JET_errSuccess);
  for (const [id, value] of params) expect(api.JetSetSystemParameter(box, noSes, id, value, null)).toBe(JET_errSuccess);
  expect(api.JetInit(box)).toBe(JET_errSuccess);
  return { emu, api, inst: box.value, ses: begin(api, box.value) };
}

function begin(api: JetApi, inst: JET_INSTANCE): JET_SESID {
  const ses = out<JET_SESID>();
  expect(api.JetBeginSession(inst, ses, '', '')).toBe(JET_errSuccess);
  return ses.value;
}

function create(api: JetApi, ses: JET_SESID, name: string, grbit = 0): JET_DBID {
  const dbid = out<JET_DBID>();
  expect(api.JetCreateDatabase(ses, name, null, dbid, grbit)).toBe(JET_errSuccess);
  return dbid.value;
}

/** Create a database file and leave it detached. */
function makeFile(api: JetApi, ses: JET_SESID, name: string): void {
  const dbid = create(api, ses, name);
  expect(api.JetCloseDatabase(ses, dbid, 0)).toBe(JET_errSuccess);
  expect(api.JetDetachDatabase(ses, name)).toBe(JET_errSuccess);
}

function open(api: JetApi, ses: JET_SESID, name: string, grbit = 0): { rc: number; dbid: JET_DBID } {
  const dbid = out<JET_DBID>();
  const rc = api.JetOpenDatabase(ses, name, null, dbid, grbit);
  return { rc, dbid: dbid.value };
}

/** The session's open count of each database, by path, from the dump. */
function opens(emu: Emulator, ses: JET_SESID): Record<string, number> {
  const result: Record<string, number> = {};
  for (const i of emu.dump().instances) {
    for (const s of i.sessions) if (s.handle === ses) for (const d of s.openDatabases) result[d.path] = d.count;
  }
  return result;
}

describe('JetCreateDatabase / JetCreateDatabase2', () => {
  it('creates, attaches and opens the database once for the creating session', () => {
    const { emu, api, ses } = world();
    const dbid = create(api, ses, 'a.edb');
    expect(opens(emu, ses)).toEqual({ 'a.edb': 1 });
    expect(api.JetCloseDatabase(ses, dbid, 0)).toBe(JET_errSuccess);
    expect(api.JetCloseDatabase(ses, dbid, 0)).toBe(JET_errInvalidDatabaseId);
  });

  it('JetCreateDatabase2 does the same', () => {
    const { emu, api, ses } = world();
    const dbid = out<JET_DBID>();
    expect(api.JetCreateDatabase2(ses, 'b.edb', 0, dbid, 0)).toBe(JET_errSuccess);
    expect(opens(emu, ses)).toEqual({ 'b.edb': 1 });
    expect(open(api, ses, 'b.edb')).toEqual({ rc: JET_errSuccess, dbid: dbid.value });
  });

  it('does not open the database for other sessions', () => {
    const { api, inst, ses } = world();
    const dbid = create(api, ses, 'a.edb');
    const other = begin(api, inst);
    expect(api.JetCloseDatabase(other, dbid, 0)).toBe(JET_errInvalidDatabaseId);
    expect(open(api, other, 'a.edb')).toEqual({ rc: JET_errSuccess, dbid });
  });

  it('is not exclusive: another session may open it', () => {
    const { api, inst, ses } = world();
    create(api, ses, 'a.edb');
    expect(open(api, begin(api, inst), 'a.edb').rc).toBe(JET_errSuccess);
  });

  it('answers InTransaction inside a transaction and creates nothing', () => {
    const { api, ses } = world();
    expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
    expect(api.JetCreateDatabase(ses, 'a.edb', null, out<JET_DBID>(), 0)).toBe(JET_errInTransaction);
    expect(api.JetCreateDatabase2(ses, 'a.edb', 0, out<JET_DBID>(), 0)).toBe(JET_errInTransaction);
    expect(api.JetRollback(ses, 0)).toBe(JET_errSuccess);
    expect(api.JetAttachDatabase(ses, 'a.edb', 0)).toBe(JET_errFileNotFound);
  });

  it('answers DatabaseDuplicate for an attached database, with or without OverwriteExisting', () => {
    const { api, ses } = world();
    create(api, ses, 'a.edb');
    expect(api.JetCreateDatabase(ses, 'a.edb', null, out<JET_DBID>(), 0)).toBe(JET_errDatabaseDuplicate);
    expect(api.JetCreateDatabase(ses, 'a.edb', null, out<JET_DBID>(), JET_bitDbOverwriteExisting)).toBe(JET_errDatabaseDuplicate);
  });

  it('answers DatabaseDuplicate for an existing detached file', () => {
    const { api, ses } = world();
    makeFile(api, ses, 'a.edb');
    expect(api.JetCreateDatabase(ses, 'a.edb', null, out<JET_DBID>(), 0)).toBe(JET_errDatabaseDuplicate);
  });

  it('OverwriteExisting replaces a detached file and opens it for the creator', () => {
    const { emu, api, ses } = world();
    makeFile(api, ses, 'a.edb');
    const dbid = out<JET_DBID>();
    expect(api.JetCreateDatabase(ses, 'a.edb', null, dbid, JET_bitDbOverwriteExisting)).toBe(JET_errSuccess);
    expect(opens(emu, ses)).toEqual({ 'a.edb': 1 });
    expect(api.JetCloseDatabase(ses, dbid.value, 0)).toBe(JET_errSuccess);
  });

  it('answers TooManyAttachedDatabases for the seventh database', () => {
    const { api, ses } = world();
    for (let i = 1; i <= 6; i++) create(api, ses, `db${i}.edb`);
    expect(api.JetCreateDatabase(ses, 'db7.edb', null, out<JET_DBID>(), 0)).toBe(JET_errTooManyAttachedDatabases);
    expect(api.JetAttachDatabase(ses, 'db7.edb', 0)).toBe(JET_errFileNotFound);
  });

  it('frees a slot when a database is detached', () => {
    const { api, ses } = world();
    const ids: JET_DBID[] = [];
    for (let i = 1; i <= 6; i++) ids.push(create(api, ses, `db${i}.edb`));
    expect(api.JetCloseDatabase(ses, ids[0], 0)).toBe(JET_errSuccess);
    expect(api.JetDetachDatabase(ses, 'db1.edb')).toBe(JET_errSuccess);
    create(api, ses, 'db7.edb');
  });

  it('the attachment limit is per instance', () => {
    const { api, ses } = world();
    for (let i = 1; i <= 6; i++) create(api, ses, `db${i}.edb`);
    const other = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(other, 'other')).toBe(JET_errSuccess);
    expect(api.JetInit(other)).toBe(JET_errSuccess);
    create(api, begin(api, other.value), 'db7.edb');
  });

  it('answers ClientRequestToStopJetService after a stop', () => {
    const { api, inst, ses } = world();
    expect(api.JetStopServiceInstance(inst)).toBe(JET_errSuccess);
    expect(api.JetCreateDatabase(ses, 'a.edb', null, out<JET_DBID>(), 0)).toBe(JET_errClientRequestToStopJetService);
  });

  it('answers InvalidSesid for an ended session', () => {
    const { api, ses } = world();
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
    expect(api.JetCreateDatabase(ses, 'a.edb', null, out<JET_DBID>(), 0)).toBe(JET_errInvalidSesid);
  });
});

describe('JetAttachDatabase / JetAttachDatabase2', () => {
  it('answers FileNotFound for a file that does not exist', () => {
    const { api, ses } = world();
    expect(api.JetAttachDatabase(ses, 'missing.edb', 0)).toBe(JET_errFileNotFound);
    expect(api.JetAttachDatabase2(ses, 'missing.edb', 0, 0)).toBe(JET_errFileNotFound);
  });

  it('attaches a detached file without opening it', () => {
    const { emu, api, ses } = world();
    makeFile(api, ses, 'a.edb');
    expect(api.JetAttachDatabase(ses, 'a.edb', 0)).toBe(JET_errSuccess);
    expect(opens(emu, ses)).toEqual({});
    const { rc, dbid } = open(api, ses, 'a.edb');
    expect(rc).toBe(JET_errSuccess);
    expect(api.JetCloseDatabase(ses, dbid, 0)).toBe(JET_errSuccess);
    expect(api.JetCloseDatabase(ses, dbid, 0)).toBe(JET_errInvalidDatabaseId);
  });

  it('JetAttachDatabase2 attaches too', () => {
    const { api, ses } = world();
    makeFile(api, ses, 'a.edb');
    expect(api.JetAttachDatabase2(ses, 'a.edb', 1000, 0)).toBe(JET_errSuccess);
    expect(open(api, ses, 'a.edb').rc).toBe(JET_errSuccess);
  });

  it('answers wrnDatabaseAttached for an attached database and changes no open count', () => {
    const { emu, api, ses } = world();
    create(api, ses, 'a.edb');
    expect(api.JetAttachDatabase(ses, 'a.edb', 0)).toBe(JET_wrnDatabaseAttached);
    expect(api.JetAttachDatabase2(ses, 'a.edb', 0, 0)).toBe(JET_wrnDatabaseAttached);
    expect(opens(emu, ses)).toEqual({ 'a.edb': 1 });
  });

  it('answers InTransaction inside a transaction', () => {
    const { api, ses } = world();
    makeFile(api, ses, 'a.edb');
    expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
    expect(api.JetAttachDatabase(ses, 'a.edb', 0)).toBe(JET_errInTransaction);
    expect(api.JetAttachDatabase2(ses, 'a.edb', 0, 0)).toBe(JET_errInTransaction);
    expect(api.JetCommitTransaction(ses, 0)).toBe(JET_errSuccess);
    expect(open(api, ses, 'a.edb').rc).toBe(JET_errDatabaseNotFound);
  });

  it('answers TooManyAttachedDatabases for the seventh attachment', () => {
    const { api, ses } = world();
    makeFile(api, ses, 'extra.edb');
    for (let i = 1; i <= 6; i++) create(api, ses, `db${i}.edb`);
    expect(api.JetAttachDatabase(ses, 'extra.edb', 0)).toBe(JET_errTooManyAttachedDatabases);
  });

  it('matches paths case-insensitively with either slash', () => {
    const { api, ses } = world();
    create(api, ses, 'C:\\Data\\Mixed.EDB');
    expect(api.JetAttachDatabase(ses, 'c:/data/mixed.edb', 0)).toBe(JET_wrnDatabaseAttached);
    expect(api.JetAttachDatabase(ses, 'C:/DATA\\MIXED.edb', 0)).toBe(JET_wrnDatabaseAttached);
  });

  it('answers ClientRequestToStopJetService after a stop', () => {
    const { api, inst, ses } = world();
    makeFile(api, ses, 'a.edb');
    expect(api.JetStopServiceInstance(inst)).toBe(JET_errSuccess);
    expect(api.JetAttachDatabase(ses, 'a.edb', 0)).toBe(JET_errClientRequestToStopJetService);
  });
});

describe('JetOpenDatabase', () => {
  it('returns the same dbid every time, for every session', () => {
    const { api, inst, ses } = world();
    const dbid = create(api, ses, 'a.edb');
    expect(open(api, ses, 'a.edb')).toEqual({ rc: JET_errSuccess, dbid });
    expect(open(api, ses, 'a.edb')).toEqual({ rc: JET_errSuccess, dbid });
    expect(open(api, begin(api, inst), 'a.edb')).toEqual({ rc: JET_errSuccess, dbid });
  });

  it('stacks opens: each needs its own close', () => {
    const { emu, api, ses } = world();
    const dbid = create(api, ses, 'a.edb');
    expect(open(api, ses, 'a.edb').rc).toBe(JET_errSuccess);
    expect(open(api, ses, 'a.edb').rc).toBe(JET_errSuccess);
    expect(opens(emu, ses)).toEqual({ 'a.edb': 3 });
    for (const left of [2, 1]) {
      expect(api.JetCloseDatabase(ses, dbid, 0)).toBe(JET_errSuccess);
      expect(opens(emu, ses)).toEqual({ 'a.edb': left });
    }
    expect(api.JetCloseDatabase(ses, dbid, 0)).toBe(JET_errSuccess);
    expect(opens(emu, ses)).toEqual({});
    expect(api.JetCloseDatabase(ses, dbid, 0)).toBe(JET_errInvalidDatabaseId);
  });

  it('answers DatabaseNotFound for a database that is not attached', () => {
    const { api, ses } = world();
    expect(open(api, ses, 'never.edb').rc).toBe(JET_errDatabaseNotFound);
    makeFile(api, ses, 'a.edb');
    expect(open(api, ses, 'a.edb').rc).toBe(JET_errDatabaseNotFound);
  });

  it('answers DatabaseInvalidPath for an empty name', () => {
    const { api, ses } = world();
    expect(open(api, ses, '').rc).toBe(JET_errDatabaseInvalidPath);
  });

  it('is allowed inside a transaction', () => {
    const { api, ses } = world();
    const dbid = create(api, ses, 'a.edb');
    expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
    expect(open(api, ses, 'a.edb')).toEqual({ rc: JET_errSuccess, dbid });
  });

  it('with JET_paramOneDatabasePerSession refuses a second database with OneDatabasePerSession', () => {
    const { api, inst, ses } = world([[JET_paramOneDatabasePerSession, 1]]);
    create(api, ses, 'a.edb');
    const other = begin(api, inst);
    const b = create(api, other, 'b.edb');
    expect(open(api, ses, 'b.edb').rc).toBe(JET_errOneDatabasePerSession);
    expect(open(api, ses, 'a.edb').rc).toBe(JET_errSuccess);
    expect(open(api, other, 'a.edb').rc).toBe(JET_errOneDatabasePerSession);
    expect(api.JetCloseDatabase(other, b, 0)).toBe(JET_errSuccess);
    expect(open(api, other, 'a.edb').rc).toBe(JET_errSuccess);
  });

  it('with JET_paramOneDatabasePerSession a name that was never attached still answers DatabaseNotFound', () => {
    const { api, ses } = world([[JET_paramOneDatabasePerSession, 1]]);
    create(api, ses, 'a.edb');
    expect(open(api, ses, 'never.edb').rc).toBe(JET_errDatabaseNotFound);
  });

  it('without JET_paramOneDatabasePerSession a session may open several databases', () => {
    const { emu, api, ses } = world();
    create(api, ses, 'a.edb');
    create(api, ses, 'b.edb');
    expect(opens(emu, ses)).toEqual({ 'a.edb': 1, 'b.edb': 1 });
  });

  it('Exclusive answers DatabaseInUse when the same session already has it open', () => {
    const { api, ses } = world();
    create(api, ses, 'a.edb');
    expect(open(api, ses, 'a.edb', JET_bitDbExclusive).rc).toBe(JET_errDatabaseInUse);
  });

  it('Exclusive answers DatabaseInUse when another session has it open', () => {
    const { api, inst, ses } = world();
    create(api, ses, 'a.edb');
    expect(open(api, begin(api, inst), 'a.edb', JET_bitDbExclusive).rc).toBe(JET_errDatabaseInUse);
  });

  it('an exclusive open locks others out with DatabaseLocked, not the holder', () => {
    const { api, inst, ses } = world();
    const dbid = create(api, ses, 'a.edb');
    expect(api.JetCloseDatabase(ses, dbid, 0)).toBe(JET_errSuccess);
    const holder = begin(api, inst);
    expect(open(api, holder, 'a.edb', JET_bitDbExclusive)).toEqual({ rc: JET_errSuccess, dbid });
    expect(open(api, ses, 'a.edb').rc).toBe(JET_errDatabaseLocked);
    expect(open(api, ses, 'a.edb', JET_bitDbExclusive).rc).toBe(JET_errDatabaseLocked);
    expect(open(api, holder, 'a.edb').rc).toBe(JET_errSuccess);
    expect(open(api, holder, 'a.edb', JET_bitDbExclusive).rc).toBe(JET_errDatabaseInUse);
  });

  it('the exclusive lock goes with the holder\'s last close', () => {
    const { api, inst, ses } = world();
    const dbid = create(api, ses, 'a.edb');
    expect(api.JetCloseDatabase(ses, dbid, 0)).toBe(JET_errSuccess);
    const holder = begin(api, inst);
    expect(open(api, holder, 'a.edb', JET_bitDbExclusive).rc).toBe(JET_errSuccess);
    expect(open(api, holder, 'a.edb').rc).toBe(JET_errSuccess);
    expect(api.JetCloseDatabase(holder, dbid, 0)).toBe(JET_errSuccess);
    expect(open(api, ses, 'a.edb').rc).toBe(JET_errDatabaseLocked);
    expect(api.JetCloseDatabase(holder, dbid, 0)).toBe(JET_errSuccess);
    expect(open(api, ses, 'a.edb').rc).toBe(JET_errSuccess);
  });

  it('the exclusive lock goes when the holder ends its session', () => {
    const { api, inst, ses } = world();
    const dbid = create(api, ses, 'a.edb');
    expect(api.JetCloseDatabase(ses, dbid, 0)).toBe(JET_errSuccess);
    const holder = begin(api, inst);
    expect(open(api, holder, 'a.edb', JET_bitDbExclusive).rc).toBe(JET_errSuccess);
    expect(api.JetEndSession(holder, 0)).toBe(JET_errSuccess);
    expect(open(api, ses, 'a.edb').rc).toBe(JET_errSuccess);
  });

  // db.cxx ErrDBOpenDatabase sets wrnFileOpenReadOnly for a read-only attachment opened without JET_bitDbReadOnly,
  // but ErrIsamOpenDatabase calls it with CallR and ends with `return JET_errSuccess`: the engine answers Success.
  // The documentation (and ese-semantics.md) name the warning: the documented fidelity gives it.
  it('a read-only attachment opens without JET_bitDbReadOnly with Success (the documented fidelity: wrnFileOpenReadOnly)', () => {
    const { emu, api, ses } = world();
    makeFile(api, ses, 'ro.edb');
    expect(api.JetAttachDatabase(ses, 'ro.edb', JET_bitDbReadOnly)).toBe(JET_errSuccess);
    const first = open(api, ses, 'ro.edb');
    expect(first.rc).toBe(JET_errSuccess);
    expect(open(api, ses, 'ro.edb', JET_bitDbReadOnly)).toEqual({ rc: JET_errSuccess, dbid: first.dbid });
    emu.setFidelity('documented');
    expect(open(api, ses, 'ro.edb')).toEqual({ rc: JET_wrnFileOpenReadOnly, dbid: first.dbid });
    expect(open(api, ses, 'ro.edb', JET_bitDbReadOnly)).toEqual({ rc: JET_errSuccess, dbid: first.dbid });
    expect(opens(emu, ses)).toEqual({ 'ro.edb': 4 });
  });

  it('matches paths case-insensitively with either slash', () => {
    const { api, ses } = world();
    const dbid = create(api, ses, 'C:\\Data\\A.edb');
    expect(open(api, ses, 'c:/data/a.EDB')).toEqual({ rc: JET_errSuccess, dbid });
    expect(open(api, ses, 'C:/Data\\a.edb')).toEqual({ rc: JET_errSuccess, dbid });
  });

  it('answers ClientRequestToStopJetService after a stop', () => {
    const { api, inst, ses } = world();
    create(api, ses, 'a.edb');
    expect(api.JetStopServiceInstance(inst)).toBe(JET_errSuccess);
    expect(open(api, ses, 'a.edb').rc).toBe(JET_errClientRequestToStopJetService);
  });

  it('does not see another instance\'s attachments', () => {
    const { api, ses } = world();
    create(api, ses, 'a.edb');
    const other = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(other, 'other')).toBe(JET_errSuccess);
    expect(api.JetInit(other)).toBe(JET_errSuccess);
    expect(open(api, begin(api, other.value), 'a.edb').rc).toBe(JET_errDatabaseNotFound);
  });
});

describe('JetCloseDatabase', () => {
  it('answers InvalidDatabaseId when this session does not have it open', () => {
    const { api, inst, ses } = world();
    const dbid = create(api, ses, 'a.edb');
    const other = begin(api, inst);
    expect(api.JetCloseDatabase(other, dbid, 0)).toBe(JET_errInvalidDatabaseId);
    expect(api.JetCloseDatabase(ses, dbid, 0)).toBe(JET_errSuccess);
  });

  it('answers InvalidDatabaseId for a dbid that was never handed out', () => {
    const { api, ses } = world();
    create(api, ses, 'a.edb');
    expect(api.JetCloseDatabase(ses, 987654 as JET_DBID, 0)).toBe(JET_errInvalidDatabaseId);
  });

  it('closes one open at a time, per session', () => {
    const { emu, api, inst, ses } = world();
    const dbid = create(api, ses, 'a.edb');
    const other = begin(api, inst);
    expect(open(api, other, 'a.edb').rc).toBe(JET_errSuccess);
    expect(open(api, other, 'a.edb').rc).toBe(JET_errSuccess);
    expect(api.JetCloseDatabase(other, dbid, 0)).toBe(JET_errSuccess);
    expect(opens(emu, other)).toEqual({ 'a.edb': 1 });
    expect(opens(emu, ses)).toEqual({ 'a.edb': 1 });
  });

  it('ignores its grbit', () => {
    const { api, ses } = world();
    const dbid = create(api, ses, 'a.edb');
    expect(api.JetCloseDatabase(ses, dbid, 0x1234)).toBe(JET_errSuccess);
  });

  it('works after JetStopServiceInstance', () => {
    const { api, inst, ses } = world();
    const dbid = create(api, ses, 'a.edb');
    expect(api.JetStopServiceInstance(inst)).toBe(JET_errSuccess);
    expect(api.JetCloseDatabase(ses, dbid, 0)).toBe(JET_errSuccess);
    expect(api.JetCloseDatabase(ses, dbid, 0)).toBe(JET_errInvalidDatabaseId);
  });

  it('works inside a transaction', () => {
    const { api, ses } = world();
    const dbid = create(api, ses, 'a.edb');
    expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
    expect(api.JetCloseDatabase(ses, dbid, 0)).toBe(JET_errSuccess);
  });

  it('answers InvalidSesid for an ended session', () => {
    const { api, ses } = world();
    const dbid = create(api, ses, 'a.edb');
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
    expect(api.JetCloseDatabase(ses, dbid, 0)).toBe(JET_errInvalidSesid);
  });
});

describe('JetDetachDatabase / JetDetachDatabase2', () => {
  it('answers DatabaseInUse while the caller has it open', () => {
    const { api, ses } = world();
    const dbid = create(api, ses, 'a.edb');
    expect(api.JetDetachDatabase(ses, 'a.edb')).toBe(JET_errDatabaseInUse);
    expect(api.JetCloseDatabase(ses, dbid, 0)).toBe(JET_errSuccess);
    expect(api.JetDetachDatabase(ses, 'a.edb')).toBe(JET_errSuccess);
  });

  it('answers DatabaseInUse while any other session has it open', () => {
    const { api, inst, ses } = world();
    const dbid = create(api, ses, 'a.edb');
    expect(api.JetCloseDatabase(ses, dbid, 0)).toBe(JET_errSuccess);
    const other = begin(api, inst);
    expect(open(api, other, 'a.edb').rc).toBe(JET_errSuccess);
    expect(open(api, other, 'a.edb').rc).toBe(JET_errSuccess);
    expect(api.JetDetachDatabase(ses, 'a.edb')).toBe(JET_errDatabaseInUse);
    expect(api.JetCloseDatabase(other, dbid, 0)).toBe(JET_errSuccess);
    expect(api.JetDetachDatabase2(ses, 'a.edb', 0)).toBe(JET_errDatabaseInUse);
    expect(api.JetCloseDatabase(other, dbid, 0)).toBe(JET_errSuccess);
    expect(api.JetDetachDatabase2(ses, 'a.edb', 0)).toBe(JET_errSuccess);
  });

  it('answers DatabaseNotFound for a database that is not attached', () => {
    const { api, ses } = world();
    expect(api.JetDetachDatabase(ses, 'never.edb')).toBe(JET_errDatabaseNotFound);
    makeFile(api, ses, 'a.edb');
    expect(api.JetDetachDatabase(ses, 'a.edb')).toBe(JET_errDatabaseNotFound);
  });

  it('answers InTransaction inside a transaction, before looking at the name', () => {
    const { api, ses } = world();
    const dbid = create(api, ses, 'a.edb');
    expect(api.JetCloseDatabase(ses, dbid, 0)).toBe(JET_errSuccess);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
    expect(api.JetDetachDatabase(ses, 'a.edb')).toBe(JET_errInTransaction);
    expect(api.JetDetachDatabase2(ses, 'a.edb', 0)).toBe(JET_errInTransaction);
    expect(api.JetDetachDatabase(ses, 'never.edb')).toBe(JET_errInTransaction);
    expect(api.JetDetachDatabase(ses, null)).toBe(JET_errInTransaction);
    expect(api.JetRollback(ses, 0)).toBe(JET_errSuccess);
    expect(api.JetDetachDatabase(ses, 'a.edb')).toBe(JET_errSuccess);
  });

  it('a null name detaches every attached database', () => {
    const { api, ses } = world();
    const a = create(api, ses, 'a.edb');
    const b = create(api, ses, 'b.edb');
    expect(api.JetCloseDatabase(ses, a, 0)).toBe(JET_errSuccess);
    expect(api.JetCloseDatabase(ses, b, 0)).toBe(JET_errSuccess);
    expect(api.JetDetachDatabase(ses, null)).toBe(JET_errSuccess);
    expect(open(api, ses, 'a.edb').rc).toBe(JET_errDatabaseNotFound);
    expect(open(api, ses, 'b.edb').rc).toBe(JET_errDatabaseNotFound);
    expect(api.JetAttachDatabase(ses, 'a.edb', 0)).toBe(JET_errSuccess);
  });

  it('JetDetachDatabase2 with a null name detaches every attached database', () => {
    const { api, ses } = world();
    const a = create(api, ses, 'a.edb');
    expect(api.JetCloseDatabase(ses, a, 0)).toBe(JET_errSuccess);
    expect(api.JetDetachDatabase2(ses, null, 0)).toBe(JET_errSuccess);
    expect(open(api, ses, 'a.edb').rc).toBe(JET_errDatabaseNotFound);
  });

  it('works after JetStopServiceInstance', () => {
    const { api, inst, ses } = world();
    const dbid = create(api, ses, 'a.edb');
    expect(api.JetStopServiceInstance(inst)).toBe(JET_errSuccess);
    expect(api.JetCloseDatabase(ses, dbid, 0)).toBe(JET_errSuccess);
    expect(api.JetDetachDatabase(ses, 'a.edb')).toBe(JET_errSuccess);
    expect(api.JetDetachDatabase(ses, 'a.edb')).toBe(JET_errDatabaseNotFound);
  });

  it('leaves the file behind: it can be attached again but not created again', () => {
    const { api, ses } = world();
    makeFile(api, ses, 'a.edb');
    expect(api.JetCreateDatabase(ses, 'a.edb', null, out<JET_DBID>(), 0)).toBe(JET_errDatabaseDuplicate);
    expect(api.JetAttachDatabase(ses, 'a.edb', 0)).toBe(JET_errSuccess);
  });

  it('a dbid kept from before the detach answers InvalidDatabaseId', () => {
    const { api, inst, ses } = world();
    const dbid = create(api, ses, 'a.edb');
    const other = begin(api, inst);
    expect(api.JetCloseDatabase(ses, dbid, 0)).toBe(JET_errSuccess);
    expect(api.JetDetachDatabase(other, 'a.edb')).toBe(JET_errSuccess);
    expect(api.JetCloseDatabase(ses, dbid, 0)).toBe(JET_errInvalidDatabaseId);
    expect(api.JetCloseDatabase(other, dbid, 0)).toBe(JET_errInvalidDatabaseId);
  });

  it('matches paths case-insensitively with either slash', () => {
    const { api, ses } = world();
    const dbid = create(api, ses, 'C:\\Data\\X.edb');
    expect(api.JetCloseDatabase(ses, dbid, 0)).toBe(JET_errSuccess);
    expect(api.JetDetachDatabase(ses, 'c:/DATA/x.EDB')).toBe(JET_errSuccess);
    expect(open(api, ses, 'C:\\Data\\X.edb').rc).toBe(JET_errDatabaseNotFound);
  });

  it('JetEndSession closes the session\'s databases so they can be detached', () => {
    const { api, inst, ses } = world();
    create(api, ses, 'a.edb');
    expect(open(api, ses, 'a.edb').rc).toBe(JET_errSuccess);
    const other = begin(api, inst);
    expect(api.JetDetachDatabase(other, 'a.edb')).toBe(JET_errDatabaseInUse);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
    expect(api.JetDetachDatabase(other, 'a.edb')).toBe(JET_errSuccess);
  });

  it('JetTerm detaches every database whatever its open count', () => {
    const { api, inst, ses } = world();
    create(api, ses, 'a.edb');
    expect(api.JetTerm(inst)).toBe(JET_errSuccess);
    const again = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(again, 'again')).toBe(JET_errSuccess);
    expect(api.JetInit(again)).toBe(JET_errSuccess);
    const ses2 = begin(api, again.value);
    expect(open(api, ses2, 'a.edb').rc).toBe(JET_errDatabaseNotFound);
    expect(api.JetAttachDatabase(ses2, 'a.edb', 0)).toBe(JET_errSuccess);
    expect(open(api, ses2, 'a.edb').rc).toBe(JET_errSuccess);
  });

  it('answers InvalidSesid for an ended session', () => {
    const { api, ses } = world();
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
    expect(api.JetDetachDatabase(ses, 'a.edb')).toBe(JET_errInvalidSesid);
  });
});
