/**
 * Table DDL is versioned through the catalog: which session sees a table another session creates or deletes, and
 * when. The rules, from the engine source (Extensible-Storage-Engine, dev/ese/src/ese):
 *  - fileopen.cxx ErrFILEIOpenTable: a normal table is found by FCATHashLookup, else ErrCATSeekTable, a seek of
 *    MSysObjects with the caller's own session (inside a read-only transaction of its own when the caller is at
 *    level 0), so what the caller sees of the catalog is what its transaction sees: its own uncommitted changes,
 *    others' committed ones when it is at level 0, its snapshot when it is in a transaction;
 *  - the catalog hash learns a created table only when the operCreateTable RCE is cleaned (ver.cxx
 *    VER::ErrVERICleanOneRCE), which cannot happen while an older transaction is alive, and forgets a deleted one
 *    at once (fcreate.cxx ErrFILEDeleteTable, CATHashDelete): it never shows a table the catalog would hide;
 *  - JetGetObjectInfo reads the catalog with the caller's session too (info.cxx ErrInfoGetObjectInfoList walks
 *    MSysObjects, ErrInfoGetObjectInfo -> cat.cxx ErrCATGetTableInfoCursor -> ErrCATISeekTable).
 * Column and index visibility is in ddlVisibilityColumns.test.ts.
 */
import {
  JET_errObjectNotFound, JET_errSuccess, JET_errTableDuplicate, JET_errTableLocked, JET_errWriteConflict,
  JET_coltypLong, JET_errColumnNotFound,
} from '../../src';
import type { JET_TABLEID } from '../../src';
import { addColumn, columnInfo, infoRc, isam, listed, openRc, openTable, peer, self, tryCreate } from '../support/isam';
import type { Isam, Peer } from '../support/isam';

function create(w: Isam, p: Peer, name: string): JET_TABLEID {
  const r = tryCreate(w, p, name);
  expect(r.rc).toBe(JET_errSuccess);
  return r.tableid;
}

/** A world with sessions a (the world's) and b, and optionally a committed table "t" nobody has open. */
function world(withT: boolean): { w: Isam; a: Peer; b: Peer } {
  const w = isam();
  const a = self(w);
  const b = peer(w);
  if (withT) {
    const t = create(w, a, 't');
    addColumn(w.api, a.ses, t, 'old', { coltyp: JET_coltypLong });
    expect(w.api.JetCloseTable(a.ses, t)).toBe(JET_errSuccess);
  }
  return { w, a, b };
}

describe('a table created inside a transaction (fcreate.cxx ErrFILECreateTable: catalog insert + operCreateTable)', () => {
  it('B neither opens, lists, describes nor deletes it; B creating it is TableDuplicate; A opens it again', () => {
    const { w, a, b } = world(false);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    const ct = create(w, a, 't');
    // B's catalog seek does not see A's uncommitted MSysObjects record (fileopen.cxx ErrFILEIOpenTable ->
    // cat.cxx ErrCATSeekTable -> ErrCATISeekTableObject: RecordNotFound becomes ObjectNotFound for sysobjTable).
    expect(openRc(w, b, 't')).toBe(JET_errObjectNotFound);
    expect(listed(w, b)).toEqual([]); // info.cxx ErrInfoGetObjectInfoList walks the catalog as B sees it
    expect(infoRc(w, b, 't')).toBe(JET_errObjectNotFound); // cat.cxx ErrCATGetTableInfoCursor -> ErrCATISeekTable
    // fcreate.cxx ErrFILEDeleteTable opens the table first (ErrFILEOpenTable): the same seek, the same answer.
    expect(w.api.JetDeleteTable(b.ses, b.dbid, 't')).toBe(JET_errObjectNotFound);
    // B's catalog insert meets A's uncommitted key in the unique Name index: bt.cxx ErrBTInsert turns the write
    // conflict (or the live node) into KeyDuplicate, cat.cxx ErrCATAddTable maps it to TableDuplicate.
    expect(tryCreate(w, b, 't').rc).toBe(JET_errTableDuplicate);
    // A sees its own insert; the creator cursor's DenyRead is A's own, so it does not lock A out
    // (fileopen.cxx ErrFILEISetMode: only another session's DenyRead is TableLocked).
    expect(openRc(w, a, 't')).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(a.ses, ct)).toBe(JET_errSuccess);
    expect(openRc(w, a, 't')).toBe(JET_errSuccess);
    expect(listed(w, a)).toEqual(['t']);
    expect(infoRc(w, a, 't')).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(openRc(w, b, 't')).toBe(JET_errSuccess);
  });

  it('after the commit B at level 0 opens it; a B transaction begun before the commit does not, one begun after does', () => {
    const { w, a, b } = world(false);
    const c = peer(w);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(a.ses, create(w, a, 't'))).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess); // B's snapshot: before A's commit
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    // C at level 0 seeks the catalog in a fresh read-only transaction (fileopen.cxx ErrFILEIOpenTable): committed.
    expect(openRc(w, c, 't')).toBe(JET_errSuccess);
    // B's transaction reads the catalog as of its begin; the operCreateTable RCE cannot be cleaned (and the hash
    // cannot learn "t") while B's older transaction is alive (ver.cxx VER::ErrVERICleanOneRCE).
    expect(openRc(w, b, 't')).toBe(JET_errObjectNotFound);
    expect(infoRc(w, b, 't')).toBe(JET_errObjectNotFound);
    expect(listed(w, b)).toEqual([]);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    expect(openRc(w, b, 't')).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(openRc(w, b, 't')).toBe(JET_errSuccess);
    expect(listed(w, b)).toEqual(['t']);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
  });

  it('created at level 0 while B is in an older transaction: B finds it only once that transaction ends', () => {
    const { w, a, b } = world(false);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    // ErrFILECreateTable runs in a transaction of its own, committed before JetCreateTable returns.
    expect(w.api.JetCloseTable(a.ses, create(w, a, 't'))).toBe(JET_errSuccess);
    expect(openRc(w, a, 't')).toBe(JET_errSuccess);
    expect(openRc(w, b, 't')).toBe(JET_errObjectNotFound); // B's snapshot predates the create
    expect(listed(w, b)).toEqual([]);
    // B's own create still collides with the committed key in the unique Name index (bt.cxx ErrBTInsert ->
    // KeyDuplicate; cat.cxx ErrCATAddTable -> TableDuplicate): snapshot reads, not snapshot writes.
    expect(tryCreate(w, b, 't').rc).toBe(JET_errTableDuplicate);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    expect(openRc(w, b, 't')).toBe(JET_errSuccess);
  });

  it('a rolled-back creation leaves no "t" for anyone, and B can then create it', () => {
    const { w, a, b } = world(false);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    create(w, a, 't');
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess); // ver.cxx VERIUndoCreateTable: catalog record gone
    expect(openRc(w, a, 't')).toBe(JET_errObjectNotFound);
    expect(openRc(w, b, 't')).toBe(JET_errObjectNotFound);
    expect(listed(w, a)).toEqual([]);
    expect(listed(w, b)).toEqual([]);
    const bt = tryCreate(w, b, 't');
    expect(bt.rc).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(b.ses, bt.tableid)).toBe(JET_errSuccess);
    expect(openRc(w, a, 't')).toBe(JET_errSuccess);
  });
});

describe('a table deleted inside a transaction (fcreate.cxx ErrFILEDeleteTable)', () => {
  it('B\'s open is TableLocked, A\'s is ObjectNotFound, B still lists it; after the commit B does not find it', () => {
    const { w, a, b } = world(true);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetDeleteTable(a.ses, a.dbid, 't')).toBe(JET_errSuccess);
    // B's seek still finds the record A has deleted but not committed; the FCB is flagged DeletePending, which
    // fileopen.cxx ErrFILEICheckAndSetMode answers with TableLocked before any lock check.
    expect(openRc(w, b, 't')).toBe(JET_errTableLocked);
    expect(w.api.JetDeleteTable(b.ses, b.dbid, 't')).toBe(JET_errTableLocked); // same open, same check
    // A's seek sees its own delete: ObjectNotFound (cat.cxx ErrCATISeekTableObject).
    expect(openRc(w, a, 't')).toBe(JET_errObjectNotFound);
    expect(listed(w, a)).toEqual([]);
    expect(listed(w, b)).toEqual(['t']);
    expect(infoRc(w, b, 't')).toBe(JET_errSuccess); // a catalog read only (ErrCATGetTableInfoCursor)
    expect(infoRc(w, a, 't')).toBe(JET_errObjectNotFound);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(openRc(w, b, 't')).toBe(JET_errObjectNotFound);
    expect(listed(w, b)).toEqual([]);
    expect(infoRc(w, b, 't')).toBe(JET_errObjectNotFound);
  });

  it('a rolled-back delete gives the table back to everyone', () => {
    const { w, a, b } = world(true);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetDeleteTable(a.ses, a.dbid, 't')).toBe(JET_errSuccess);
    expect(openRc(w, b, 't')).toBe(JET_errTableLocked);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess);
    expect(openRc(w, a, 't')).toBe(JET_errSuccess);
    expect(openRc(w, b, 't')).toBe(JET_errSuccess);
    expect(listed(w, b)).toEqual(['t']);
    const tb = openTable(w.api, b, 't');
    expect(columnInfo(w.api, b.ses, tb, 'old').rc).toBe(JET_errSuccess); // the same table, its column intact
  });

  it('a delete rolled back with its level stays undone when the level below commits', () => {
    // The rollback of a level undoes its DDL (ese-semantics §7.8); the commit of the outer level makes only what is
    // left everybody's: "t" stays, for A and for B.
    const { w, a, b } = world(true);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetDeleteTable(a.ses, a.dbid, 't')).toBe(JET_errSuccess);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(openRc(w, a, 't')).toBe(JET_errSuccess);
    expect(openRc(w, b, 't')).toBe(JET_errSuccess);
    expect(listed(w, b)).toEqual(['t']);
  });

  it('A re-creates "t" in the deleting transaction (reusing its own deleted key); B\'s create meanwhile is TableDuplicate', () => {
    const { w, a, b } = world(true);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetDeleteTable(a.ses, a.dbid, 't')).toBe(JET_errSuccess);
    // B's insert of the key A flag-deleted but has not committed: a write conflict on a unique key, KeyDuplicate
    // (bt.cxx ErrBTInsert), TableDuplicate (cat.cxx ErrCATAddTable).
    expect(tryCreate(w, b, 't').rc).toBe(JET_errTableDuplicate);
    // A's own flag-deleted node is no conflict for A: the insert reuses it (bt.cxx ErrBTInsert, unique key whose
    // node is deleted).
    const nt = create(w, a, 't');
    expect(columnInfo(w.api, a.ses, nt, 'old').rc).toBe(JET_errColumnNotFound); // a new, empty table
    expect(w.api.JetCloseTable(a.ses, nt)).toBe(JET_errSuccess);
    expect(listed(w, a)).toEqual(['t']);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    const tb = openTable(w.api, b, 't');
    expect(columnInfo(w.api, b.ses, tb, 'old').rc).toBe(JET_errColumnNotFound);
    expect(listed(w, b)).toEqual(['t']);
  });

  it('while A\'s delete and re-create of "t" are pending, B still resolves "t" to the old table: TableLocked', () => {
    // A's re-insert of the name key flag-inserts the node A flag-deleted and replaces its data (bt.cxx ErrBTInsert:
    // operInsert + operReplace on the unique key). For B, ver.cxx ErrVERAccessNode walks A's uncommitted RCEs back
    // to the oldest, the flagDelete: nsVersionedUpdate, with the replace's before image, the old table's bookmark.
    // So B's ErrCATSeekTable finds the old record (A's delete of it uncommitted), whose FCB is DeletePending:
    // fileopen.cxx ErrFILEICheckAndSetMode -> TableLocked, as with the delete alone.
    const { w, a, b } = world(true);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetDeleteTable(a.ses, a.dbid, 't')).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(a.ses, create(w, a, 't'))).toBe(JET_errSuccess);
    // What B sees of "t" is the old table: listed, described, TableLocked to open.
    expect([listed(w, b), infoRc(w, b, 't'), openRc(w, b, 't')]).toEqual([['t'], JET_errSuccess, JET_errTableLocked]);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(openRc(w, b, 't')).toBe(JET_errSuccess);
  });

  it('B renaming a table A is deleting is WriteConflict; nothing is renamed', () => {
    // cat.cxx ErrCATRenameTable: B's ErrCATSeekTable still finds the record (A's delete is uncommitted); then
    // ErrCATIRenameTable prepares a replace of that record inside B's transaction, and fldmod.cxx
    // ErrIsamPrepareUpdate(JET_prepReplace) above level 0 takes a write lock (ErrDIRGetLock), which conflicts with
    // A's uncommitted delete of the record: JET_errWriteConflict.
    const { w, a, b } = world(true);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetDeleteTable(a.ses, a.dbid, 't')).toBe(JET_errSuccess);
    expect(w.api.JetRenameTable(b.ses, b.dbid, 't', 't2')).toBe(JET_errWriteConflict);
    expect(openRc(w, b, 't2')).toBe(JET_errObjectNotFound);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess);
    expect(listed(w, b)).toEqual(['t']);
    expect(openRc(w, b, 't')).toBe(JET_errSuccess);
  });
});
