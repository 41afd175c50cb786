/**
 * JetRenameTable and a committed JetDeleteTable as other sessions see them. The rules, from the engine source
 * (Extensible-Storage-Engine, dev/ese/src/ese):
 *  - fcreate.cxx ErrIsamRenameTable warns that the rename is versioned in the catalog but "instantly visible in the
 *    TDB"; it does not check the transaction level nor whether the table is open.
 *  - cat.cxx ErrCATRenameTable: inside a transaction of its own (nested in the caller's), ErrCATSeekTable(old name)
 *    with the caller's session, then ErrCATIRenameTable replaces fidMSO_Name of the table's MSysObjects record (and
 *    of its shadow): JET_prepReplace above level 0 takes a write lock (fldmod.cxx ErrIsamPrepareUpdate ->
 *    ErrDIRGetLock), and the unique RootObjects index (_cat.cxx rgidescMSO "+RootFlag\0+Name\0") loses the old key
 *    and gains the new one, both versioned. After that inner commit it removes the old name from the catalog hash
 *    (CATHashDelete) and sets the TDB's name to the new one; the new name is never put in the hash (CATHashInsert is
 *    commented out), and fileopen.cxx ErrFILEIOpenTable only hashes a table while initialising its FCB. So after a
 *    rename FCATHashLookup knows neither name, and every open goes to ErrCATSeekTable with the opener's session:
 *    what it finds is what that session's transaction (or, at level 0, a fresh read-only one) sees of the catalog.
 *  - The TDB name has no version: nothing in ver.cxx undoes it, so it stays new after a rollback too, and
 *    info.cxx ErrIsamGetTableInfo(JET_TblInfoName) reads it (INFOGetTableName -> Ptdb()->SzTableName()).
 *  - A catalog insert meeting a key another session changed and did not commit before the inserter began is a write
 *    conflict that bt.cxx ErrBTInsert turns into KeyDuplicate, cat.cxx ErrCATAddTable into TableDuplicate
 *    (ver.cxx FVERIWriteConflict: prce->FActiveNotByMe).
 *  - fcreate.cxx ErrFILEDeleteTable sets DeletePending on the FCB; ver.cxx VERICommitTransactionToLevel0 only adds
 *    DeleteCommitted, and the FCB leaves the FCB hash in VER::ErrVERICleanOneRCE, which waits for older transactions.
 *    An open that still finds the catalog record reaches fileopen.cxx ErrFILEICheckAndSetMode: DeletePending ->
 *    TableLocked.
 */
import {
  out, JET_coltypLong, JET_errColumnNotFound, JET_errObjectNotFound, JET_errSuccess, JET_errTableDuplicate,
  JET_errTableLocked, JET_errWriteConflict, JET_TblInfoName,
} from '../../src';
import type { JET_TABLEID } from '../../src';
import { addColumn, columnInfo, infoRc, isam, listed, openRc, openTable, peer, self, tryCreate } from '../support/isam';
import type { Isam, Peer } from '../support/isam';

/** JetGetTableInfo(JET_TblInfoName) of a cursor. */
function tblName(w: Isam, p: Peer, tableid: JET_TABLEID): { rc: number; value: unknown } {
  const box = out<unknown>('untouched');
  const rc = w.emu.api.JetGetTableInfo(p.ses, tableid, box as never, 64, JET_TblInfoName);
  return { rc, value: box.value };
}

/** Sessions a (the world's) and b, and a committed table "t" with a column "old" that nobody has open. */
function world(): { w: Isam; a: Peer; b: Peer } {
  const w = isam();
  const a = self(w);
  const b = peer(w);
  const c = tryCreate(w, a, 't');
  expect(c.rc).toBe(JET_errSuccess);
  addColumn(w.api, a.ses, c.tableid, 'old', { coltyp: JET_coltypLong });
  expect(w.api.JetCloseTable(a.ses, c.tableid)).toBe(JET_errSuccess);
  expect(openRc(w, b, 't')).toBe(JET_errSuccess); // the FCB is initialised (fileopen.cxx ErrFILEIOpenTable)
  return { w, a, b };
}

/** What p finds of "t" and "u": open codes and the list. */
function view(w: Isam, p: Peer): [number, number, string[]] {
  return [openRc(w, p, 't'), openRc(w, p, 'u'), listed(w, p)];
}

const OLD: [number, number, string[]] = [JET_errSuccess, JET_errObjectNotFound, ['t']];
const NEW: [number, number, string[]] = [JET_errObjectNotFound, JET_errSuccess, ['u']];

describe('JetRenameTable inside a transaction (cat.cxx ErrCATRenameTable: a versioned replace of the catalog record)', () => {
  it('A finds only "u"; B, at level 0 or in a transaction, only "t"; B may take neither name nor rename or delete "t"', () => {
    const { w, a, b } = world();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetRenameTable(a.ses, a.dbid, 't', 'u')).toBe(JET_errSuccess);
    // A's ErrCATSeekTable sees its own replace: the old RootObjects key is gone for A, the new one is there; the hash
    // no longer holds "t" (CATHashDelete) and never holds "u".
    expect(view(w, a)).toEqual(NEW);
    expect(infoRc(w, a, 'u')).toBe(JET_errSuccess);
    expect(infoRc(w, a, 't')).toBe(JET_errObjectNotFound);
    // B's seek (fileopen.cxx ErrFILEIOpenTable -> cat.cxx ErrCATSeekTable, in B's read-only transaction at level 0)
    // sees the catalog without A's uncommitted replace: the old key, not the new one.
    expect(view(w, b)).toEqual(OLD);
    expect(infoRc(w, b, 't')).toBe(JET_errSuccess);
    expect(infoRc(w, b, 'u')).toBe(JET_errObjectNotFound);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(view(w, b)).toEqual(OLD); // B's own transaction: the same snapshot rule
    // B's insert of either RootObjects key meets A's uncommitted flag-delete ("t") or insert ("u"): write conflict ->
    // KeyDuplicate (bt.cxx ErrBTInsert) -> TableDuplicate (cat.cxx ErrCATAddTable).
    expect(tryCreate(w, b, 't').rc).toBe(JET_errTableDuplicate);
    expect(tryCreate(w, b, 'u').rc).toBe(JET_errTableDuplicate);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    // B's rename finds "t" and prepares a replace of the record A has replaced: ErrDIRGetLock -> WriteConflict
    // (cat.cxx ErrCATIRenameTable, fldmod.cxx ErrIsamPrepareUpdate).
    expect(w.api.JetRenameTable(b.ses, b.dbid, 't', 'v')).toBe(JET_errWriteConflict);
    // B's delete opens "t" DenyRead (nobody else has it open), then ErrCATDeleteTable's ErrIsamDelete of the record
    // conflicts with A's replace: WriteConflict; its rollback resets DeletePending (ver.cxx VERIUndoDeleteTable).
    expect(w.api.JetDeleteTable(b.ses, b.dbid, 't')).toBe(JET_errWriteConflict);
    expect(view(w, b)).toEqual(OLD);
    expect(openRc(w, b, 'v')).toBe(JET_errObjectNotFound);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(view(w, b)).toEqual(NEW);
  });

  it('after A commits, B at level 0 finds "u"; a B transaction begun before the commit keeps "t" until it ends', () => {
    const { w, a, b } = world();
    const c = peer(w);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetRenameTable(a.ses, a.dbid, 't', 'u')).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess); // B's snapshot: before A's commit
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(view(w, c)).toEqual(NEW); // C at level 0: a fresh read-only transaction sees the committed replace
    expect(view(w, b)).toEqual(OLD); // B's transaction reads the catalog as of its begin
    // A's flag-delete of the "t" key committed after B began: still a write conflict for B's insert (ver.cxx
    // FVERIWriteConflict, FActiveNotByMe) -> KeyDuplicate -> TableDuplicate.
    expect(tryCreate(w, b, 't').rc).toBe(JET_errTableDuplicate);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    expect(view(w, b)).toEqual(NEW);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess); // begun after the commit
    expect(view(w, b)).toEqual(NEW);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
  });

  it('a rolled-back rename gives "t" back to everyone, and "u" is free again', () => {
    const { w, a, b } = world();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetRenameTable(a.ses, a.dbid, 't', 'u')).toBe(JET_errSuccess);
    expect(view(w, b)).toEqual(OLD);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess); // the catalog replace (and its index keys) undone
    expect(view(w, a)).toEqual(OLD);
    expect(view(w, b)).toEqual(OLD);
    const tb = openTable(w.api, b, 't');
    expect(columnInfo(w.api, b.ses, tb, 'old').rc).toBe(JET_errSuccess); // the same table
    const u = tryCreate(w, b, 'u'); // nobody holds the "u" key any more
    expect(u.rc).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(b.ses, u.tableid)).toBe(JET_errSuccess);
  });
});

describe('JetRenameTable at level 0 while B is in an older transaction', () => {
  it('the rename commits at once for A; B keeps "t" until its transaction ends, and may not rename it', () => {
    const { w, a, b } = world();
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    // ErrCATRenameTable runs in a transaction of its own, committed before it returns.
    expect(w.api.JetRenameTable(a.ses, a.dbid, 't', 'u')).toBe(JET_errSuccess);
    expect(view(w, a)).toEqual(NEW);
    expect(view(w, b)).toEqual(OLD); // B's snapshot predates the rename
    // B's replace of the record A replaced after B began: ErrDIRGetLock -> WriteConflict (FVERIWriteConflict).
    expect(w.api.JetRenameTable(b.ses, b.dbid, 't', 'v')).toBe(JET_errWriteConflict);
    expect(tryCreate(w, b, 't').rc).toBe(JET_errTableDuplicate); // the "t" key's delete committed after B began
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    expect(view(w, b)).toEqual(NEW);
    expect(openRc(w, b, 'v')).toBe(JET_errObjectNotFound);
  });

  it('later DDL of other tables does not take the old name away from B\'s older transaction', () => {
    // B's catalog reads stay those of its snapshot whatever is committed after its begin (ver.cxx): other tables
    // created and deleted meanwhile change nothing for "t".
    const { w, a, b } = world();
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(w.api.JetRenameTable(a.ses, a.dbid, 't', 'u')).toBe(JET_errSuccess);
    const z = tryCreate(w, a, 'z');
    expect(z.rc).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(a.ses, z.tableid)).toBe(JET_errSuccess);
    expect(w.api.JetDeleteTable(a.ses, a.dbid, 'z')).toBe(JET_errSuccess);
    expect(view(w, b)).toEqual(OLD);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    expect(view(w, b)).toEqual(NEW);
  });
});

describe('JET_TblInfoName reads the in-memory definition (fcreate.cxx ErrIsamRenameTable: "instantly visible in the TDB")', () => {
  it('B\'s cursor opened as "t" is named "u" at once, while the catalog still says "t" to B', () => {
    const { w, a, b } = world();
    const bt = openTable(w.api, b, 't');
    expect(tblName(w, b, bt)).toEqual({ rc: JET_errSuccess, value: 't' });
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    // ErrCATRenameTable neither checks for open cursors nor for the level; it sets the TDB's name after its inner
    // commit (ptdb->SetItagTableName), while A's outer transaction is still open.
    expect(w.api.JetRenameTable(a.ses, a.dbid, 't', 'u')).toBe(JET_errSuccess);
    expect(tblName(w, b, bt)).toEqual({ rc: JET_errSuccess, value: 'u' });
    const bt2 = openTable(w.api, b, 't'); // B's catalog view still resolves "t" to the same FCB
    expect(tblName(w, b, bt2)).toEqual({ rc: JET_errSuccess, value: 'u' });
    const at = openTable(w.api, a, 'u');
    expect(tblName(w, a, at)).toEqual({ rc: JET_errSuccess, value: 'u' });
    expect(w.api.JetCloseTable(a.ses, at)).toBe(JET_errSuccess);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess);
    expect(view(w, b)).toEqual(OLD);
    // (After the rollback the engine's TDB keeps the name "u" until the FCB is purged, as no version holds the old
    // one; esemu gives the old name back with the catalog's: docs/differences.md, "Rolled-back JetRenameTable".)
  });
});

describe('a committed JetDeleteTable and a transaction begun before the commit', () => {
  it('deleted in A\'s transaction: B\'s old transaction still finds the record but the FCB is DeletePending', () => {
    const { w, a, b } = world();
    const c = peer(w);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetDeleteTable(a.ses, a.dbid, 't')).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess); // before A's commit
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(openRc(w, c, 't')).toBe(JET_errObjectNotFound); // C at level 0: the record's delete is committed
    // B's snapshot still has the record; the FCB is still in the FCB hash (purged only by ErrVERICleanOneRCE, which
    // waits for B) and DeletePending: fileopen.cxx ErrFILEICheckAndSetMode -> TableLocked, not ObjectNotFound.
    expect(openRc(w, b, 't')).toBe(JET_errTableLocked);
    expect(w.api.JetDeleteTable(b.ses, b.dbid, 't')).toBe(JET_errTableLocked); // ErrFILEDeleteTable opens first
    expect(listed(w, b)).toEqual(['t']);
    expect(infoRc(w, b, 't')).toBe(JET_errSuccess);
    // The "t" key's delete committed after B began: write conflict -> KeyDuplicate -> TableDuplicate.
    expect(tryCreate(w, b, 't').rc).toBe(JET_errTableDuplicate);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    expect(openRc(w, b, 't')).toBe(JET_errObjectNotFound);
    expect(listed(w, b)).toEqual([]);
    const nt = tryCreate(w, b, 't');
    expect(nt.rc).toBe(JET_errSuccess);
    expect(columnInfo(w.api, b.ses, nt.tableid, 'old').rc).toBe(JET_errColumnNotFound); // a new, empty table
  });

  it('deleted at level 0 while B\'s transaction is open: the same until B\'s transaction ends', () => {
    const { w, a, b } = world();
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    // ErrFILEDeleteTable wraps itself in a transaction, committed before it returns.
    expect(w.api.JetDeleteTable(a.ses, a.dbid, 't')).toBe(JET_errSuccess);
    expect(openRc(w, a, 't')).toBe(JET_errObjectNotFound);
    expect(listed(w, a)).toEqual([]);
    expect(openRc(w, b, 't')).toBe(JET_errTableLocked);
    expect(listed(w, b)).toEqual(['t']);
    expect(tryCreate(w, b, 't').rc).toBe(JET_errTableDuplicate);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    expect(openRc(w, b, 't')).toBe(JET_errObjectNotFound);
    const nt = tryCreate(w, b, 't');
    expect(nt.rc).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(b.ses, nt.tableid)).toBe(JET_errSuccess);
    expect(openRc(w, a, 't')).toBe(JET_errSuccess);
  });
});
