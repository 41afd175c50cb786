/**
 * An address book written against esemu/managed, the ManagedEsent-style layer: the same program a C# client of
 * Microsoft.Isam.Esent.Interop would write, with `using` for the disposable wrappers, typed SetColumn /
 * RetrieveColumnAs* helpers, Try helpers for loops and seeks, and exceptions instead of return codes.
 * docs/managed.md quotes it; tests/managed/docs.test.ts runs it and checks the quotes are still in here.
 *
 * Run: npx tsc -p tsconfig.json --outDir dist/all && node dist/all/examples/managed.js
 */
// #region imports
import {
  Api, Instance, Session, Table, Transaction, Update, Encoding, JET_coltyp, JET_CP, JET_prep,
  ColumndefGrbit, CreateIndexGrbit, MakeKeyGrbit, OpenTableGrbit, SeekGrbit, SetIndexRangeGrbit,
  CommitTransactionGrbit, RetrieveColumnGrbit, EsentErrorException, EsentKeyDuplicateException, EsentStateException,
} from '../src/managed';
import type { JET_COLUMNID, JET_DBID, JET_SESID, JET_TABLEID } from '../src/managed';
// #endregion imports

/** The address book's columns by name. */
export type Columns = Record<'id' | 'name' | 'born' | 'visits', JET_COLUMNID>;

// #region schema
/** Create the "people" table: an autoincrement id, a Unicode name (indexed), a birth date, a visit counter. */
export function createSchema(sesid: JET_SESID, dbid: JET_DBID): void {
  using transaction = new Transaction(sesid);
  const tableid = Api.JetCreateTable(sesid, dbid, 'people', 0, 100);
  Api.JetAddColumn(sesid, tableid, 'id', { coltyp: JET_coltyp.Long, grbit: ColumndefGrbit.ColumnAutoincrement }, null, 0);
  Api.JetAddColumn(sesid, tableid, 'name', { coltyp: JET_coltyp.Text, cp: JET_CP.Unicode, cbMax: 200 }, null, 0);
  Api.JetAddColumn(sesid, tableid, 'born', { coltyp: JET_coltyp.DateTime }, null, 0);
  const zero = new Uint8Array(4);
  Api.JetAddColumn(sesid, tableid, 'visits', { coltyp: JET_coltyp.Long, grbit: ColumndefGrbit.ColumnEscrowUpdate }, zero, 4);
  Api.JetCreateIndex(sesid, tableid, 'primary', CreateIndexGrbit.IndexPrimary, '+id\0\0', 5, 100);
  Api.JetCreateIndex(sesid, tableid, 'byName', CreateIndexGrbit.IndexUnique, '+name\0\0', 7, 100);
  Api.JetCloseTable(sesid, tableid);
  transaction.Commit(CommitTransactionGrbit.LazyFlush);
}
// #endregion schema

// #region insert
/** Add a person; the Update is saved, so the insert stays when the transaction commits. */
export function addPerson(sesid: JET_SESID, tableid: JET_TABLEID, columns: Columns, name: string, born: Date): number {
  using transaction = new Transaction(sesid);
  using update = new Update(sesid, tableid, JET_prep.Insert);
  const id = Api.RetrieveColumnAsInt32(sesid, tableid, columns.id, RetrieveColumnGrbit.RetrieveCopy)!; // the new autoincrement
  Api.SetColumn(sesid, tableid, columns.name, name, Encoding.Unicode);
  Api.SetColumn(sesid, tableid, columns.born, born);
  update.Save();
  transaction.Commit();
  return id;
}
// #endregion insert

// #region scan
/** Everyone, in name order: MoveBeforeFirst, then TryMoveNext until it answers false. */
export function names(sesid: JET_SESID, tableid: JET_TABLEID, columns: Columns): string[] {
  Api.JetSetCurrentIndex(sesid, tableid, 'byName');
  const found: string[] = [];
  Api.MoveBeforeFirst(sesid, tableid);
  while (Api.TryMoveNext(sesid, tableid)) {
    found.push(Api.RetrieveColumnAsString(sesid, tableid, columns.name)!);
  }
  return found;
}
// #endregion scan

// #region seek
/** The names starting with a prefix: Seek(GE) to the prefix, then an inclusive upper range at its limit. */
export function namesStartingWith(sesid: JET_SESID, tableid: JET_TABLEID, columns: Columns, prefix: string): string[] {
  Api.JetSetCurrentIndex(sesid, tableid, 'byName');
  Api.MakeKey(sesid, tableid, prefix, Encoding.Unicode, MakeKeyGrbit.NewKey);
  if (!Api.TrySeek(sesid, tableid, SeekGrbit.SeekGE)) return [];
  Api.MakeKey(sesid, tableid, prefix, Encoding.Unicode, MakeKeyGrbit.NewKey | MakeKeyGrbit.PartialColumnEndLimit);
  if (!Api.TrySetIndexRange(sesid, tableid, SetIndexRangeGrbit.RangeUpperLimit | SetIndexRangeGrbit.RangeInclusive)) return [];
  const found: string[] = [];
  do {
    found.push(Api.RetrieveColumnAsString(sesid, tableid, columns.name)!);
  } while (Api.TryMoveNext(sesid, tableid));
  return found;
}
// #endregion seek

// #region errors
/** A second person with the same name breaks the unique index: the error arrives as a typed exception. */
export function tryDuplicate(sesid: JET_SESID, tableid: JET_TABLEID, columns: Columns, name: string): string {
  try {
    addPerson(sesid, tableid, columns, name, new Date(0));
    return 'added';
  } catch (e) {
    if (e instanceof EsentKeyDuplicateException) return `duplicate (${e.error})`; // the one code
    if (e instanceof EsentStateException) return 'some other state error';     // a whole category
    if (e instanceof EsentErrorException) return `error ${e.error}`;            // any engine error
    throw e;
  }
}
// #endregion errors

// #region main
/** The whole program: instance, session, database, schema, inserts, queries; everything disposed at the end. */
export function main(): { all: string[]; withA: string[]; duplicate: string; visits: number; born: Date | null } {
  using instance = new Instance('addressbook');
  instance.Init();
  using session = new Session(instance);
  const sesid = session.JetSesid;
  const dbid = Api.CreateDatabase(sesid, 'addressbook.edb', 0);
  createSchema(sesid, dbid);
  using table = new Table(session, dbid, 'people', OpenTableGrbit.Updatable);
  const tableid = table.JetTableid;
  const dictionary = Api.GetColumnDictionary(sesid, tableid);
  const columns: Columns = {
    id: dictionary.get('id')!, name: dictionary.get('Name')!, born: dictionary.get('born')!, visits: dictionary.get('visits')!,
  };
  addPerson(sesid, tableid, columns, 'Bob', new Date(Date.UTC(1990, 4, 17)));
  addPerson(sesid, tableid, columns, 'Alice', new Date(Date.UTC(1985, 0, 2)));
  addPerson(sesid, tableid, columns, 'Anna', new Date(Date.UTC(2001, 8, 30)));

  Api.JetSetCurrentIndex(sesid, tableid, 'byName');
  Api.MakeKey(sesid, tableid, 'Alice', Encoding.Unicode, MakeKeyGrbit.NewKey);
  Api.JetSeek(sesid, tableid, SeekGrbit.SeekEQ);
  const born = Api.RetrieveColumnAsDateTime(sesid, tableid, columns.born);
  let visits = 0;
  {
    using transaction = new Transaction(sesid);
    Api.EscrowUpdate(sesid, tableid, columns.visits, 1);
    visits = Api.EscrowUpdate(sesid, tableid, columns.visits, 1) + 1; // EscrowUpdate returns the value before
    transaction.Commit();
  }

  return {
    all: names(sesid, tableid, columns),
    withA: namesStartingWith(sesid, tableid, columns, 'A'),
    duplicate: tryDuplicate(sesid, tableid, columns, 'Bob'),
    visits,
    born,
  };
}
// #endregion main

if (require.main === module) console.log(main());
