/**
 * The disposable wrappers (ManagedEsent's Instance, Session, Transaction, Table, Update) with `using`:
 * dispose releases what is still held (terminate, end, roll back, close, cancel), in reverse order of
 * declaration; a second dispose does nothing; any use after dispose throws ObjectDisposedError.
 */
import { createEmulator } from '../../src';
import {
  createApi, Instance, Session, Transaction, Table, Update, ObjectDisposedError, InvalidOperationError,
  JET_prep, OpenTableGrbit, JET_SESID, JET_TABLEID, EsentInvalidSesidException, EsentUpdateNotPreparedException,
  EsentInvalidTableIdException, EsentInvalidInstanceException,
  ColumndefGrbit, CreateIndexGrbit, JET_coltyp, disposeSymbol, TermGrbit,
} from '../../src/managed';
import type { ManagedApi, JET_COLUMNID, JET_DBID } from '../../src/managed';

let api: ManagedApi;

beforeEach(() => {
  api = createApi(createEmulator().api);
});

/** Initialise the Instance and give it a database w.edb holding table "t" (column "v", Long, primary index on it). */
function setUp(instance: Instance): { column: JET_COLUMNID } {
  instance.Init();
  using session = new Session(instance, api);
  const dbid = api.CreateDatabase(session.JetSesid, 'w.edb', 0);
  const tableid = api.JetCreateTable(session.JetSesid, dbid, 't', 0, 100);
  const column = api.JetAddColumn(session.JetSesid, tableid, 'v', { coltyp: JET_coltyp.Long, grbit: ColumndefGrbit.ColumnNotNULL }, null, 0);
  api.JetCreateIndex(session.JetSesid, tableid, 'pk', CreateIndexGrbit.IndexPrimary, '+v\0\0', 4, 100);
  api.JetCloseTable(session.JetSesid, tableid);
  api.JetCloseDatabase(session.JetSesid, dbid, 0);
  return { column };
}

function count(sesid: JET_SESID, dbid: JET_DBID): number {
  using table = new Table(sesid, dbid, 't', OpenTableGrbit.ReadOnly, api);
  let n = 0;
  api.MoveBeforeFirst(sesid, table.JetTableid);
  while (api.TryMoveNext(sesid, table.JetTableid)) n++;
  return n;
}

function insert(sesid: JET_SESID, tableid: JET_TABLEID, column: JET_COLUMNID, v: number, save: boolean): void {
  using update = new Update(sesid, tableid, JET_prep.Insert, api);
  api.SetColumnInt32(sesid, tableid, column, v);
  if (save) update.Save();
}

describe('disposable wrappers', () => {
  it('release in reverse order at the end of the block: update cancelled, transaction rolled back, table closed, session ended, instance terminated', () => {
    const log: string[] = [];
    const traced: ManagedApi = {
      ...api,
      JetPrepareUpdate: (s, t, p) => { log.push(`prepare ${p}`); api.JetPrepareUpdate(s, t, p); },
      JetRollback: (s, g) => { log.push('rollback'); api.JetRollback(s, g); },
      JetCloseTable: (s, t) => { log.push('close'); api.JetCloseTable(s, t); },
      JetEndSession: (s, g) => { log.push('end'); api.JetEndSession(s, g); },
      JetTerm2: (i, g) => { log.push('term'); api.JetTerm2(i, g); },
    };
    let sesid = JET_SESID.Nil;
    {
      using instance = new Instance('order', null, 0, traced);
      setUp(instance);
      log.length = 0;
      using session = new Session(instance, traced);
      sesid = session.JetSesid;
      const dbid = api.OpenDatabase(sesid, 'w.edb', 0);
      using table = new Table(session, dbid, 't', OpenTableGrbit.None, traced);
      using transaction = new Transaction(session, traced);
      using update = new Update(session, table, JET_prep.Insert, traced);
      expect(transaction.IsInTransaction).toBe(true);
      expect(update.toString()).toBe('Update (Insert)');
    }
    expect(log).toEqual(['prepare 0', `prepare ${JET_prep.Cancel}`, 'rollback', 'close', 'end', 'term']);
    expect(() => api.JetBeginTransaction(sesid)).toThrow(EsentInvalidSesidException);
  });

  it('dispose twice is harmless; use after dispose throws ObjectDisposedError', () => {
    const instance = new Instance('twice', null, 0, api);
    setUp(instance);
    const session = new Session(instance, api);
    const dbid = api.OpenDatabase(session.JetSesid, 'w.edb', 0);
    const table = new Table(session, dbid, 't', OpenTableGrbit.None, api);
    const transaction = new Transaction(session, api);
    const update = new Update(session, table, JET_prep.Insert, api);
    for (const wrapper of [update, transaction, table, session, instance]) {
      wrapper.dispose();
      expect(() => wrapper.dispose()).not.toThrow();
      expect(() => wrapper[disposeSymbol]()).not.toThrow();
    }
    expect(() => update.Save()).toThrow(ObjectDisposedError);
    expect(() => update.Cancel()).toThrow(ObjectDisposedError);
    expect(() => transaction.Commit()).toThrow(ObjectDisposedError);
    expect(() => transaction.Begin()).toThrow(ObjectDisposedError);
    expect(() => transaction.IsInTransaction).toThrow(ObjectDisposedError);
    expect(() => table.JetTableid).toThrow(ObjectDisposedError);
    expect(() => table.Name).toThrow(ObjectDisposedError);
    expect(() => table.Close()).toThrow(ObjectDisposedError);
    expect(() => session.JetSesid).toThrow(ObjectDisposedError);
    expect(() => session.End()).toThrow(ObjectDisposedError);
    expect(() => instance.JetInstance).toThrow(ObjectDisposedError);
    expect(() => instance.Init()).toThrow(ObjectDisposedError);
    expect(() => instance.Term()).toThrow(ObjectDisposedError);
  });

  it('Transaction: committed work stays, uncommitted work is rolled back on dispose; Begin / Commit / Rollback check state', () => {
    using instance = new Instance('trx', null, 0, api);
    const { column } = setUp(instance);
    using session = new Session(instance, api);
    const sesid = session.JetSesid;
    const dbid = api.OpenDatabase(sesid, 'w.edb', 0);
    using table = new Table(session, dbid, 't', OpenTableGrbit.None, api);
    {
      using transaction = new Transaction(session, api);
      insert(sesid, table.JetTableid, column, 1, true);
      transaction.Commit();
      expect(transaction.IsInTransaction).toBe(false);
      expect(() => transaction.Commit()).toThrow(InvalidOperationError);
      expect(() => transaction.Rollback()).toThrow(InvalidOperationError);
      transaction.Begin();
      expect(() => transaction.Begin()).toThrow(InvalidOperationError);
      insert(sesid, table.JetTableid, column, 2, true);
    }
    expect(count(sesid, dbid)).toBe(1);
    const transaction = new Transaction(session, api);
    expect(transaction.TransactionLevel).toBe(1);
    const inner = new Transaction(session, api);
    expect(inner.TransactionLevel).toBe(2);
    inner.Commit();
    expect(transaction.TransactionLevel).toBe(1);
    insert(sesid, table.JetTableid, column, 3, true);
    transaction.Rollback();
    expect(transaction.TransactionLevel).toBe(0);
    expect(count(sesid, dbid)).toBe(1);
    transaction.dispose();
  });

  it('Update: saved inserts stay, unsaved ones are cancelled; Save twice and Cancel after Save throw', () => {
    using instance = new Instance('upd', null, 0, api);
    const { column } = setUp(instance);
    using session = new Session(instance, api);
    const sesid = session.JetSesid;
    const dbid = api.OpenDatabase(sesid, 'w.edb', 0);
    using table = new Table(session, dbid, 't', OpenTableGrbit.None, api);
    insert(sesid, table.JetTableid, column, 1, true);
    insert(sesid, table.JetTableid, column, 2, false);
    expect(count(sesid, dbid)).toBe(1);
    // After the unsaved update was cancelled there is no update to set a column in.
    expect(() => api.SetColumnInt32(sesid, table.JetTableid, column, 5)).toThrow(EsentUpdateNotPreparedException);
    const update = new Update(sesid, table.JetTableid, JET_prep.Insert, api);
    api.SetColumnInt32(sesid, table.JetTableid, column, 7);
    update.SaveAndGotoBookmark();
    expect(api.RetrieveColumnAsInt32(sesid, table.JetTableid, column)).toBe(7);
    expect(() => update.Save()).toThrow(InvalidOperationError);
    expect(() => update.Cancel()).toThrow(InvalidOperationError);
    update.dispose();
    expect(() => new Update(sesid, table.JetTableid, JET_prep.Cancel, api)).toThrow(RangeError);
  });

  it('Table: Close() closes the cursor, leaves Name null and JetTableid Nil; dispose after Close is harmless', () => {
    using instance = new Instance('tbl', null, 0, api);
    setUp(instance);
    using session = new Session(instance, api);
    const dbid = api.OpenDatabase(session.JetSesid, 'w.edb', 0);
    const table = new Table(session, dbid, 't', OpenTableGrbit.None, api);
    const tableid = table.JetTableid;
    expect(table.Name).toBe('t');
    table.Close();
    expect(table.Name).toBeNull();
    expect(table.JetTableid).toBe(JET_TABLEID.Nil);
    expect(() => api.JetMove(session.JetSesid, tableid, 1, 0)).toThrow(EsentInvalidTableIdException);
    table.dispose();
  });

  it('Session: End() ends the session and leaves JetSesid Nil', () => {
    using instance = new Instance('ses', null, 0, api);
    instance.Init();
    const session = new Session(instance, api);
    const sesid = session.JetSesid;
    session.End();
    expect(session.JetSesid).toBe(JET_SESID.Nil);
    expect(() => api.JetBeginTransaction(sesid)).toThrow(EsentInvalidSesidException);
    session.dispose();
  });

  it('Instance: a failed Init (here a second one) gives up the handle, so later calls throw ObjectDisposedError and dispose does not terminate', () => {
    const instance = new Instance('init', null, 0, api);
    const handle = instance.JetInstance;
    instance.Init();
    expect(() => instance.Init()).toThrow(); // already initialised
    expect(() => instance.JetInstance).toThrow(ObjectDisposedError);
    expect(() => instance.dispose()).not.toThrow();
    // The wrapper never terminated the instance: the engine still has it.
    api.JetTerm(handle);
    expect(() => api.JetTerm2(handle, 0)).toThrow(EsentInvalidInstanceException);
  });

  it('Instance: disposing one that was never initialised calls JetTerm2 with its termGrbit, once', () => {
    const terms: Array<[number, number]> = [];
    const traced: ManagedApi = { ...api, JetTerm2: (i, g) => { terms.push([i, g]); api.JetTerm2(i, g); } };
    const instance = new Instance('never', null, 0, traced);
    const handle = instance.JetInstance;
    instance.termGrbit = TermGrbit.Abrupt;
    instance.dispose();
    instance.dispose();
    expect(terms).toEqual([[handle, TermGrbit.Abrupt]]);
  });

  it('Instance: Term() terminates; sessions of a terminated instance are gone', () => {
    const instance = new Instance('term', null, 0, api);
    instance.Init();
    const handle = instance.JetInstance;
    const sesid = api.BeginSession(handle);
    instance.Term();
    expect(() => api.JetBeginTransaction(sesid)).toThrow(EsentInvalidSesidException);
    expect(() => api.BeginSession(handle)).toThrow(EsentInvalidInstanceException);
    expect(() => instance.dispose()).not.toThrow();
  });
});
