/**
 * Survivors of mutation testing in src/engine/database.ts (docs/testing.md, run 9), killed here. Expected values
 * from the engine: db.cxx ErrIsamCreateDatabase / ErrDBCreateDatabase (an empty name is DatabaseInvalidPath),
 * ErrIsamAttachDatabase (empty name: DatabaseInvalidPath, after InTransaction), ErrIsamDetachDatabase (an empty
 * name detaches every database, like NULL), ErrDBCloseDatabase (the session's last close of a dbid closes its
 * table cursors on that database only); jetapi.cxx: the calls on a database (JetOpenTable, JetCreateTable, ...)
 * go through the session gate without fIgnoreStopService (ese-semantics.md §3, §10).
 */
import {
  out, JET_errClientRequestToStopJetService, JET_errDatabaseDuplicate, JET_errDatabaseInvalidPath,
  JET_errDatabaseNotFound, JET_errInvalidTableId, JET_errSuccess, JET_MoveFirst, JET_errNoCurrentRecord,
  JET_wrnDatabaseAttached,
} from '../../src';
import type { JET_DBID, JET_TABLEID } from '../../src';
import { isam } from '../support/isam';
import type { Isam } from '../support/isam';

function createDb(w: Isam, path: string): { rc: number; dbid: JET_DBID } {
  const dbid = out<JET_DBID>();
  const rc = w.api.JetCreateDatabase(w.ses, path, null, dbid, 0);
  return { rc, dbid: dbid.value };
}

function createTable(w: Isam, dbid: JET_DBID, name: string): JET_TABLEID {
  const t = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, dbid, name, 0, 100, t)).toBe(JET_errSuccess);
  return t.value;
}

describe('empty database names', () => {
  it('JetCreateDatabase with an empty name is DatabaseInvalidPath, and nothing is created', () => {
    const w = isam();
    expect(createDb(w, '').rc).toBe(JET_errDatabaseInvalidPath);
    // Nothing was attached: the world's own database is still the only one.
    expect(w.emu.dump().instances[0].attached.length).toBe(1);
  });

  it('JetAttachDatabase with an empty name is DatabaseInvalidPath, not FileNotFound', () => {
    const w = isam();
    expect(w.api.JetAttachDatabase(w.ses, '', 0)).toBe(JET_errDatabaseInvalidPath);
    expect(w.api.JetAttachDatabase2(w.ses, '', 0, 0)).toBe(JET_errDatabaseInvalidPath);
  });

  it('JetDetachDatabase with an empty name detaches every database, as NULL does', () => {
    const w = isam('first.edb');
    expect(createDb(w, 'second.edb').rc).toBe(JET_errSuccess);
    expect(w.api.JetCloseDatabase(w.ses, w.dbid, 0)).toBe(JET_errSuccess);
    const second = out<JET_DBID>();
    expect(w.api.JetOpenDatabase(w.ses, 'second.edb', null, second, 0)).toBe(JET_errSuccess);
    expect(w.api.JetCloseDatabase(w.ses, second.value, 0)).toBe(JET_errSuccess);
    expect(w.api.JetCloseDatabase(w.ses, second.value, 0)).toBe(JET_errSuccess);
    expect(w.api.JetDetachDatabase(w.ses, '')).toBe(JET_errSuccess);
    for (const name of ['first.edb', 'second.edb']) {
      expect(w.api.JetOpenDatabase(w.ses, name, null, out<JET_DBID>(), 0)).toBe(JET_errDatabaseNotFound);
      // Detached, not attached: attaching again is Success, not wrnDatabaseAttached.
      expect(w.api.JetAttachDatabase(w.ses, name, 0)).toBe(JET_errSuccess);
    }
    expect(w.api.JetAttachDatabase(w.ses, 'first.edb', 0)).toBe(JET_wrnDatabaseAttached);
    expect(w.api.JetDetachDatabase2(w.ses, '', 0)).toBe(JET_errSuccess);
    expect(w.api.JetOpenDatabase(w.ses, 'first.edb', null, out<JET_DBID>(), 0)).toBe(JET_errDatabaseNotFound);
  });
});

describe('closing a database', () => {
  it("the session's last close of one database closes its tables on that database only", () => {
    const w = isam('one.edb');
    const two = createDb(w, 'two.edb');
    expect(two.rc).toBe(JET_errSuccess);
    const t1 = createTable(w, w.dbid, 'a');
    const t2 = createTable(w, two.dbid, 'b');
    expect(w.api.JetCloseDatabase(w.ses, w.dbid, 0)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, t1, JET_MoveFirst, 0)).toBe(JET_errInvalidTableId);
    // The table on the other database is still open (an empty table: no current record, not an invalid id).
    expect(w.api.JetMove(w.ses, t2, JET_MoveFirst, 0)).toBe(JET_errNoCurrentRecord);
    expect(w.api.JetCloseTable(w.ses, t2)).toBe(JET_errSuccess);
  });
});

describe('the calls on a database after JetStopServiceInstance', () => {
  it('JetOpenTable and JetCreateTable answer ClientRequestToStopJetService (their gate does not ignore the stop)', () => {
    const w = isam();
    const t = createTable(w, w.dbid, 'a');
    expect(w.api.JetCloseTable(w.ses, t)).toBe(JET_errSuccess);
    expect(w.api.JetStopServiceInstance(w.inst)).toBe(JET_errSuccess);
    expect(w.api.JetOpenTable(w.ses, w.dbid, 'a', null, 0, 0, out<JET_TABLEID>())).toBe(JET_errClientRequestToStopJetService);
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'b', 0, 100, out<JET_TABLEID>())).toBe(JET_errClientRequestToStopJetService);
    expect(w.api.JetDeleteTable(w.ses, w.dbid, 'a')).toBe(JET_errClientRequestToStopJetService);
    // JetCloseDatabase ignores the stop (jetapi.cxx passes fIgnoreStopService).
    expect(w.api.JetCloseDatabase(w.ses, w.dbid, 0)).toBe(JET_errSuccess);
  });
});

describe('which names are the same file', () => {
  it("'ß.edb' and 'ss.edb' are two files: Windows compares names by upcasing each character, and ß has no one-character uppercase", () => {
    // db.cxx relies on ErrPathComplete (the file system) to decide which names are the same file; NTFS and the
    // Win32 name comparison upcase one UTF-16 unit at a time (RtlUpcaseUnicodeChar), so ß only matches itself.
    const w = isam('ß.edb');
    expect(createDb(w, 'ss.edb').rc).toBe(JET_errSuccess);
    expect(createDb(w, 'SS.edb').rc).toBe(JET_errDatabaseDuplicate);
  });
});
