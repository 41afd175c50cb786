/**
 * A database's tables and records live in its (in-memory) file: they survive JetCloseTable, JetCloseDatabase,
 * JetDetachDatabase, JetTerm and a new instance attaching the same file, until the emulator is reset (issue 6 §1;
 * docs/emulator-control.md). Only committed work survives. JetCloseDatabase's last close closes the session's
 * cursors on it (ese-semantics.md §10.3, db.cxx:6394-6462).
 */
import {
  out,
  JET_bitSeekEQ, JET_errDatabaseInUse, JET_errFileNotFound, JET_errInvalidTableId, JET_errObjectNotFound,
  JET_errSuccess, JET_errTooManyActiveUsers,
} from '../../src';
import type { JET_DBID, JET_INSTANCE, JET_SESID, JET_TABLEID } from '../../src';
import {
  columnInfo, createPeople, fill, insertPerson, isam, on, openTable, peopleIds, scan, seekText, self, textOf,
  tryOpenTable, PEOPLE,
} from '../support/isam';
import type { Isam, People, Peer } from '../support/isam';

/** people 1..3 committed, the creator's cursor closed; returns the column layout (tableid stale). */
function filled(): { w: Isam; p: People } {
  const w = isam();
  const p = createPeople(w.api, self(w));
  fill(w.api, w.ses, p, [[1, 'c', 10], [2, 'a', 20], [3, 'b', 30]]);
  expect(w.api.JetCloseTable(w.ses, p.tableid)).toBe(JET_errSuccess);
  return { w, p };
}

/** A new instance of the same emulator, with a session that attached and opened the file. */
function reattach(w: Isam, name: string): Peer & { inst: JET_INSTANCE } {
  const inst = out<JET_INSTANCE>();
  expect(w.api.JetCreateInstance(inst, name)).toBe(JET_errSuccess);
  expect(w.api.JetInit(inst)).toBe(JET_errSuccess);
  const ses = out<JET_SESID>();
  expect(w.api.JetBeginSession(inst.value, ses, '', '')).toBe(JET_errSuccess);
  expect(w.api.JetAttachDatabase(ses.value, w.file, 0)).toBe(JET_errSuccess);
  const dbid = out<JET_DBID>();
  expect(w.api.JetOpenDatabase(ses.value, w.file, null, dbid, 0)).toBe(JET_errSuccess);
  return { inst: inst.value, ses: ses.value, dbid: dbid.value };
}

/** Everything about people a reader can check: ids by primary key, ids by name, a column's info. */
function check(w: Isam, q: Peer, p: People, expected: number[]): void {
  const t = on(p, openTable(w.api, q, PEOPLE));
  expect(peopleIds(w.api, q.ses, t)).toEqual(expected);
  expect(w.api.JetSetCurrentIndex(q.ses, t.tableid, 'byName')).toBe(JET_errSuccess);
  expect(seekText(w.api, q.ses, t.tableid, 'a', JET_bitSeekEQ)).toBe(JET_errSuccess);
  expect(textOf(w.api, q.ses, t.tableid, t.name)).toBe('a');
  expect(columnInfo(w.api, q.ses, t.tableid, 'note').def.columnid).toBe(p.note);
  expect(w.api.JetCloseTable(q.ses, t.tableid)).toBe(JET_errSuccess);
}

describe('tables and records stay in the file', () => {
  it('after JetCloseTable and a new JetOpenTable', () => {
    const { w, p } = filled();
    check(w, self(w), p, [1, 2, 3]);
  });

  it("after the session's last JetCloseDatabase, which closed its cursors, and a new JetOpenDatabase", () => {
    const { w, p } = filled();
    const t = openTable(w.api, self(w), PEOPLE);
    expect(w.api.JetCloseDatabase(w.ses, w.dbid, 0)).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(w.ses, t)).toBe(JET_errInvalidTableId);
    const dbid = out<JET_DBID>();
    expect(w.api.JetOpenDatabase(w.ses, w.file, null, dbid, 0)).toBe(JET_errSuccess);
    check(w, { ses: w.ses, dbid: dbid.value }, p, [1, 2, 3]);
  });

  it('after JetDetachDatabase and a new JetAttachDatabase in the same instance', () => {
    const { w, p } = filled();
    expect(w.api.JetDetachDatabase(w.ses, w.file)).toBe(JET_errDatabaseInUse); // still open
    expect(w.api.JetCloseDatabase(w.ses, w.dbid, 0)).toBe(JET_errSuccess);
    expect(w.api.JetDetachDatabase(w.ses, w.file)).toBe(JET_errSuccess);
    expect(w.api.JetAttachDatabase(w.ses, w.file, 0)).toBe(JET_errSuccess);
    const dbid = out<JET_DBID>();
    expect(w.api.JetOpenDatabase(w.ses, w.file, null, dbid, 0)).toBe(JET_errSuccess);
    check(w, { ses: w.ses, dbid: dbid.value }, p, [1, 2, 3]);
  });

  it('after JetTerm, in a new instance that attaches the file', () => {
    const { w, p } = filled();
    expect(w.api.JetTerm(w.inst)).toBe(JET_errSuccess);
    const q = reattach(w, 'second');
    check(w, q, p, [1, 2, 3]);
    // and what the new instance writes is there for the next one
    const t = on(p, openTable(w.api, q, PEOPLE));
    expect(insertPerson(w.api, q.ses, t, 4, 'd', 40)).toBe(JET_errSuccess);
    expect(w.api.JetTerm(q.inst)).toBe(JET_errSuccess);
    check(w, reattach(w, 'third'), p, [1, 2, 3, 4]);
  });

  it('several tables and DDL done later are kept too', () => {
    const { w, p } = filled();
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'second', 0, 100, box)).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(w.ses, box.value)).toBe(JET_errSuccess);
    expect(w.api.JetTerm(w.inst)).toBe(JET_errSuccess);
    const q = reattach(w, 'again');
    expect(tryOpenTable(w.api, q, 'second').rc).toBe(JET_errSuccess);
    check(w, q, p, [1, 2, 3]);
  });
});

describe('only committed work is kept', () => {
  it('JetTerm with an open transaction is TooManyActiveUsers and changes nothing', () => {
    const { w, p } = filled();
    const t = on(p, openTable(w.api, self(w), PEOPLE));
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, w.ses, t, 9)).toBe(JET_errSuccess);
    expect(w.api.JetTerm(w.inst)).toBe(JET_errTooManyActiveUsers);
    expect(peopleIds(w.api, w.ses, t)).toEqual([1, 2, 3, 9]);
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
  });

  it('work rolled back by JetEndSession is not in the file the next instance attaches', () => {
    const { w, p } = filled();
    const t = on(p, openTable(w.api, self(w), PEOPLE));
    expect(insertPerson(w.api, w.ses, t, 4)).toBe(JET_errSuccess); // level 0: committed
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, w.ses, t, 5)).toBe(JET_errSuccess);
    expect(w.api.JetEndSession(w.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetTerm(w.inst)).toBe(JET_errSuccess);
    const q = reattach(w, 'after');
    const t2 = on(p, openTable(w.api, q, PEOPLE));
    expect(scan(w.api, q.ses, t2.tableid, t2.id)).toEqual([1, 2, 3, 4]);
  });

  it('a table whose creation was rolled back does not exist for the next instance', () => {
    const { w } = filled();
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'ghost', 0, 100, box)).toBe(JET_errSuccess);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetTerm(w.inst)).toBe(JET_errSuccess);
    expect(tryOpenTable(w.api, reattach(w, 'after'), 'ghost').rc).toBe(JET_errObjectNotFound);
  });
});

describe('files belong to the emulator', () => {
  it('another database file has its own tables', () => {
    const { w } = filled();
    const dbid = out<JET_DBID>();
    expect(w.api.JetCreateDatabase(w.ses, 'other.edb', null, dbid, 0)).toBe(JET_errSuccess);
    expect(tryOpenTable(w.api, { ses: w.ses, dbid: dbid.value }, PEOPLE).rc).toBe(JET_errObjectNotFound);
  });

  it('emu.reset() drops the file', () => {
    const { w } = filled();
    w.emu.reset();
    const inst = out<JET_INSTANCE>();
    expect(w.api.JetCreateInstance(inst, 'fresh')).toBe(JET_errSuccess);
    expect(w.api.JetInit(inst)).toBe(JET_errSuccess);
    const ses = out<JET_SESID>();
    expect(w.api.JetBeginSession(inst.value, ses, '', '')).toBe(JET_errSuccess);
    expect(w.api.JetAttachDatabase(ses.value, w.file, 0)).toBe(JET_errFileNotFound);
  });
});
