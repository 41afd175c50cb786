/**
 * The deferred close of table cursors. bt.cxx BTClose: when the session is in a transaction (Level() > 0) and the
 * cursor made a version in it (FFUCBVersioned, set by ver.cxx VER::ErrVERModify / ErrVERFlag for record changes,
 * record locks and versioned DDL), the FUCB is only flagged FUCBSetDeferClose; it stays linked to the table's FCB
 * with its fDenyRead / fDenyWrite, which only fucb.hxx FUCBCloseDeferredClosed gives back, called by dir.cxx
 * ErrDIRCommitTransaction at the commit to level 0 and by ErrDIRRollback at the rollback to level 0 (or of the
 * level the cursor was opened in). Its tableid is dead at once: fileopen.cxx ErrIsamCloseTable switches it to
 * vtfndefInvalidTableid before closing. The consequences are read through fileopen.cxx ErrFILEISetMode.
 */
import {
  createEmulator, out, JET_errOutOfCursors, JET_paramMaxCursors, JET_bitReadLock, JET_bitTableDenyRead, JET_bitTableDenyWrite, JET_bitTableReadOnly, JET_bitTableUpdatable,
  JET_bitTermDirty, JET_bitWriteLock, JET_bitSeekEQ, JET_coltypLong, JET_errDirtyShutdown, JET_errInvalidTableId,
  JET_errObjectNotFound, JET_errSuccess, JET_errTableInUse, JET_errTableLocked, JET_MoveFirst, JET_prepReplace,
} from '../../src';
import type { JET_DBID, JET_INSTANCE, JET_SESID, JET_TABLEID } from '../../src';
import {
  addColumn, createIndex, insertPerson, on, openTable, peopleIds, seekInt,
  tryOpenTable, closedPeople, reattached, PEOPLE, createPeople, isamApi,
} from '../support/isam';
import type { Isam, People, Peer } from '../support/isam';

const DR = JET_bitTableDenyRead;
const DW = JET_bitTableDenyWrite;
const UPD = JET_bitTableUpdatable;

const setup = closedPeople;

/** B's JetOpenTable code; a cursor it gets is closed again at once (at level 0: nothing deferred). */
function bOpen(w: Isam, b: Peer, grbit: number): number {
  const r = tryOpenTable(w.api, b, PEOPLE, grbit);
  if (r.rc >= 0) expect(w.api.JetCloseTable(b.ses, r.tableid)).toBe(JET_errSuccess);
  return r.rc;
}

/** A opens people with grbit, begins, inserts id 3 through it and closes it: a versioned cursor closed in a transaction. */
function insertAndClose(w: Isam, p: People, a: Peer, grbit: number): JET_TABLEID {
  const t = openTable(w.api, a, PEOPLE, grbit);
  expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
  expect(insertPerson(w.api, a.ses, on(p, t), 3)).toBe(JET_errSuccess);
  expect(w.api.JetCloseTable(a.ses, t)).toBe(JET_errSuccess);
  return t;
}

describe('a DenyWrite cursor closed after an insert in the transaction', () => {
  it('its tableid is dead at once, its DenyWrite holds until the commit to level 0', () => {
    const { w, p, a, b } = setup();
    const t = insertAndClose(w, p, a, DW);
    // fileopen.cxx ErrIsamCloseTable: pvtfndef = vtfndefInvalidTableid, every slot of which is InvalidTableId.
    expect(w.api.JetMove(a.ses, t, JET_MoveFirst, 0)).toBe(JET_errInvalidTableId);
    expect(w.api.JetCloseTable(a.ses, t)).toBe(JET_errInvalidTableId);
    // ErrFILEISetMode: an explicit Updatable open meets another session's FFUCBDenyWrite cursor -> TableLocked;
    // a grbit-0 open asks for nothing that check looks at.
    expect(bOpen(w, b, UPD)).toBe(JET_errTableLocked);
    expect(bOpen(w, b, 0)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess); // dir.cxx: fCommit0 -> FUCBCloseDeferredClosed
    expect(bOpen(w, b, UPD)).toBe(JET_errSuccess);
    expect(bOpen(w, b, DW)).toBe(JET_errSuccess); // ResetDomainDenyWrite ran: no DenyWrite left on the FCB
  });

  it('the same until a rollback to level 0 (dir.cxx ErrDIRRollback: fRollbackToLevel0 closes deferred cursors)', () => {
    const { w, p, a, b } = setup();
    insertAndClose(w, p, a, DW);
    expect(bOpen(w, b, UPD)).toBe(JET_errTableLocked);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess);
    expect(bOpen(w, b, UPD)).toBe(JET_errSuccess);
  });

  it('a commit to level 1 keeps it deferred; the commit to level 0 closes it (dir.cxx ErrDIRCommitTransaction)', () => {
    const { w, p, a, b } = setup();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    insertAndClose(w, p, a, DW); // opened at level 1, insert and close at level 2
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess); // to level 1: not fCommit0
    expect(bOpen(w, b, UPD)).toBe(JET_errTableLocked);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(bOpen(w, b, UPD)).toBe(JET_errSuccess);
  });

  it('a nested rollback keeps a cursor opened below the rolled-back level deferred', () => {
    // dir.cxx ErrDIRRollback closes a deferred cursor only if fOpenedInThisTransaction (levelOpen > new level) or
    // fRollbackToLevel0; tm.cxx ErrIsamRollback skips deferred-closed cursors.
    const { w, p, a, b } = setup();
    const t = openTable(w.api, a, PEOPLE, DW); // levelOpen 0 (fucb.cxx ErrFUCBOpen)
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, a.ses, on(p, t), 3)).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(a.ses, t)).toBe(JET_errSuccess);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess); // level 2 -> 1
    expect(bOpen(w, b, UPD)).toBe(JET_errTableLocked);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess); // -> level 0
    expect(bOpen(w, b, UPD)).toBe(JET_errSuccess);
  });

  it('a nested rollback closes a deferred cursor opened in the rolled-back level', () => {
    const { w, p, a, b } = setup();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    const t = openTable(w.api, a, PEOPLE, DW); // levelOpen 2
    expect(insertPerson(w.api, a.ses, on(p, t), 3)).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(a.ses, t)).toBe(JET_errSuccess);
    expect(bOpen(w, b, UPD)).toBe(JET_errTableLocked);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess); // to level 1: levelOpen 2 > 1, FUCBCloseDeferredClosed
    expect(bOpen(w, b, UPD)).toBe(JET_errSuccess); // A still at level 1
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
  });

  it('a commit moves a deferred cursor down a level: the rollback of a later level no longer closes it', () => {
    // dir.cxx ErrDIRCommitTransaction lowers levelOpen of every cursor of the session, deferred-closed ones
    // included: opened at level 2, it belongs to level 1 after the commit, and rolling back a new level 2 keeps it.
    const { w, p, a, b } = setup();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    const t = openTable(w.api, a, PEOPLE, DW); // levelOpen 2
    expect(insertPerson(w.api, a.ses, on(p, t), 3)).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(a.ses, t)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess); // to level 1: levelOpen 1
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess); // level 2 -> 1: 1 > 1 is false, still deferred
    expect(bOpen(w, b, UPD)).toBe(JET_errTableLocked);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess);
    expect(bOpen(w, b, UPD)).toBe(JET_errSuccess);
  });

  it('a nested rollback keeps a cursor opened at the level it goes back to deferred', () => {
    // fOpenedInThisTransaction is levelOpen > the new level: a cursor opened at level 1 is not closed by the rollback
    // of level 2 to level 1.
    const { w, p, a, b } = setup();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    const t = openTable(w.api, a, PEOPLE, DW); // levelOpen 1
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, a.ses, on(p, t), 3)).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(a.ses, t)).toBe(JET_errSuccess);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess); // to level 1: 1 > 1 is false, the cursor stays
    expect(bOpen(w, b, UPD)).toBe(JET_errTableLocked);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(bOpen(w, b, UPD)).toBe(JET_errSuccess);
  });
});

describe('DenyRead and plain cursors closed after a change in the transaction', () => {
  it("a deferred DenyRead cursor: every open of B is TableLocked until A's transaction ends", () => {
    const { w, p, a, b } = setup();
    insertAndClose(w, p, a, DR);
    // ErrFILEISetMode: pfcb->FDomainDenyRead(B) (crefDomainDenyRead > 0, held by A) -> TableLocked for any grbit.
    for (const g of [0, JET_bitTableReadOnly, UPD, DR]) expect([g, bOpen(w, b, g)]).toEqual([g, JET_errTableLocked]);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(bOpen(w, b, DR)).toBe(JET_errSuccess);
  });

  it("a deferred plain cursor counts as another session's cursor for B's DenyRead open and JetDeleteTable", () => {
    const { w, p, a, b } = setup();
    insertAndClose(w, p, a, 0);
    // ErrFILEISetMode, DenyRead requested: a FUCB of another session linked to the FCB -> TableInUse.
    expect(bOpen(w, b, DR)).toBe(JET_errTableInUse);
    // fcreate.cxx ErrIsamDeleteTable opens with JET_bitTableDelete | JET_bitTableDenyRead: the same check.
    expect(w.api.JetDeleteTable(b.ses, b.dbid, PEOPLE)).toBe(JET_errTableInUse);
    expect(bOpen(w, b, 0)).toBe(JET_errSuccess); // no deny bit anywhere: ErrFILEISetMode is not even called
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(bOpen(w, b, DR)).toBe(JET_errSuccess);
  });

  // Each call versions through the cursor: ver.cxx ErrVERModify (record, write lock from JET_prepReplace in a
  // transaction via fldmod.cxx ErrIsamPrepareUpdate -> ErrDIRGetLock, read / write lock from JetGetLock) or
  // ErrVERFlag (fcreate.cxx: operAddColumn, operCreateIndex on pfucbTable, operDeleteColumn, operDeleteIndex).
  const ops: Array<[string, (w: Isam, ses: JET_SESID, t: People) => number]> = [
    ['replace', (w, ses, t) => {
      expect(seekInt(w.api, ses, t.tableid, 1, JET_bitSeekEQ)).toBe(JET_errSuccess);
      expect(w.api.JetPrepareUpdate(ses, t.tableid, JET_prepReplace)).toBe(JET_errSuccess);
      return w.api.JetUpdate(ses, t.tableid, null, 0, null);
    }],
    ['delete', (w, ses, t) => {
      expect(w.api.JetMove(ses, t.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
      return w.api.JetDelete(ses, t.tableid);
    }],
    ['JET_prepReplace lock alone', (w, ses, t) => {
      expect(w.api.JetMove(ses, t.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
      return w.api.JetPrepareUpdate(ses, t.tableid, JET_prepReplace); // left prepared: the close cancels it
    }],
    ['JetGetLock write', (w, ses, t) => {
      expect(w.api.JetMove(ses, t.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
      return w.api.JetGetLock(ses, t.tableid, JET_bitWriteLock);
    }],
    ['JetGetLock read', (w, ses, t) => {
      expect(w.api.JetMove(ses, t.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
      return w.api.JetGetLock(ses, t.tableid, JET_bitReadLock);
    }],
    ['JetAddColumn', (w, ses, t) => { addColumn(w.api, ses, t.tableid, 'extra', { coltyp: JET_coltypLong }); return 0; }],
    ['JetCreateIndex', (w, ses, t) => createIndex(w.api, ses, t.tableid, 'byIdDesc', 0, '-id')],
    ['JetDeleteColumn', (w, ses, t) => w.api.JetDeleteColumn(ses, t.tableid, 'note')],
    ['JetDeleteIndex', (w, ses, t) => w.api.JetDeleteIndex(ses, t.tableid, 'byAge')],
  ];
  it.each(ops)('%s in the transaction defers the close', (_name, op) => {
    const { w, p, a, b } = setup();
    const t = on(p, openTable(w.api, a, PEOPLE));
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(op(w, a.ses, t)).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(a.ses, t.tableid)).toBe(JET_errSuccess);
    expect(bOpen(w, b, DR)).toBe(JET_errTableInUse);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(bOpen(w, b, DR)).toBe(JET_errSuccess);
  });
});

describe('cursors closed at once inside a transaction (BTClose: not FFUCBVersioned)', () => {
  it('a cursor that only read and moved', () => {
    const { w, p, a, b } = setup();
    const t = on(p, openTable(w.api, a, PEOPLE, DW));
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(peopleIds(w.api, a.ses, t)).toEqual([1, 2]);
    expect(seekInt(w.api, a.ses, t.tableid, 2, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(a.ses, t.tableid)).toBe(JET_errSuccess);
    expect(bOpen(w, b, UPD)).toBe(JET_errSuccess); // DenyWrite reset by BTClose itself
    expect(bOpen(w, b, DR)).toBe(JET_errSuccess); // and the FUCB unlinked
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
  });

  it('a cursor whose version belongs to an earlier transaction, committed or rolled back', () => {
    // dir.cxx: FUCBResetVersioned on every cursor of the session at the commit to level 0 (ErrDIRCommitTransaction,
    // fCommit0) and at the rollback to level 0 (ErrDIRRollback, fRollbackToLevel0).
    const { w, p, a, b } = setup();
    const t = on(p, openTable(w.api, a, PEOPLE));
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, a.ses, t, 3)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, a.ses, t, 4)).toBe(JET_errSuccess);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, a.ses, t, 5)).toBe(JET_errSuccess); // level 0: its own internal transaction, committed
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(peopleIds(w.api, a.ses, t)).toEqual([1, 2, 3, 5]);
    expect(w.api.JetCloseTable(a.ses, t.tableid)).toBe(JET_errSuccess);
    expect(bOpen(w, b, DR)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
  });
});

describe("the session's own JetDeleteTable", () => {
  it('is refused for its own open cursor, passes over its deferred-closed one', () => {
    // fileopen.cxx ErrFILEISetMode, DenyRead | Delete: a cursor of the same session is TableInUse only if
    // !FFUCBDeferClosed.
    const { w, p, a, b } = setup();
    const t = on(p, openTable(w.api, a, PEOPLE));
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, a.ses, t, 3)).toBe(JET_errSuccess);
    expect(w.api.JetDeleteTable(a.ses, a.dbid, PEOPLE)).toBe(JET_errTableInUse);
    expect(w.api.JetCloseTable(a.ses, t.tableid)).toBe(JET_errSuccess);
    // (bt.cxx ErrBTOpen may even reuse the deferred FUCB for the delete's cursor: ErrFILEISetMode skips pfucb itself.)
    expect(w.api.JetDeleteTable(a.ses, a.dbid, PEOPLE)).toBe(JET_errSuccess);
    // fcreate.cxx ErrFILEDeleteTable: ErrCATDeleteTable + CATHashDelete; the deleter's catalog seek misses it.
    expect(tryOpenTable(w.api, a, PEOPLE).rc).toBe(JET_errObjectNotFound);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(bOpen(w, b, 0)).toBe(JET_errObjectNotFound);
  });
});

describe('JetCloseDatabase inside a transaction (db.cxx ErrDBCloseDatabase)', () => {
  // The session's last open of the database closes its table cursors through pfnCloseTable (ErrIsamCloseTable ->
  // ErrFILECloseTable -> DIRClose -> BTClose), so the same deferral applies.
  it('defers the close of a versioned cursor: its DenyWrite holds until the commit', () => {
    const { w, p, a, b } = setup();
    const t = on(p, openTable(w.api, a, PEOPLE, DW));
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, a.ses, t, 3)).toBe(JET_errSuccess);
    expect(w.api.JetCloseDatabase(a.ses, a.dbid, 0)).toBe(JET_errSuccess);
    expect(w.api.JetMove(a.ses, t.tableid, JET_MoveFirst, 0)).toBe(JET_errInvalidTableId);
    expect(bOpen(w, b, UPD)).toBe(JET_errTableLocked);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(bOpen(w, b, UPD)).toBe(JET_errSuccess);
  });

  it('closes a cursor that made no version at once', () => {
    const { w, p, a, b } = setup();
    const t = on(p, openTable(w.api, a, PEOPLE, DR));
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(peopleIds(w.api, a.ses, t)).toEqual([1, 2]);
    expect(w.api.JetCloseDatabase(a.ses, a.dbid, 0)).toBe(JET_errSuccess);
    expect(w.api.JetMove(a.ses, t.tableid, JET_MoveFirst, 0)).toBe(JET_errInvalidTableId);
    expect(bOpen(w, b, DR)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
  });
});

describe('the end of the session', () => {
  it('JetEndSession with the transaction open rolls it back and frees the deferred cursor', () => {
    // tm.cxx ErrIsamEndSession: ErrIsamRollback(JET_bitRollbackAll) first -> dir.cxx ErrDIRRollback to level 0.
    const { w, p, a, b } = setup();
    insertAndClose(w, p, a, DR);
    expect(bOpen(w, b, 0)).toBe(JET_errTableLocked);
    expect(w.api.JetEndSession(a.ses, 0)).toBe(JET_errSuccess);
    const t = on(p, openTable(w.api, b, PEOPLE, DR));
    expect(peopleIds(w.api, b.ses, t)).toEqual([1, 2]); // the insert was rolled back
  });

  it('a dirty JetTerm: the next instance meets no lock and none of the uncommitted work', () => {
    // tm.cxx: JET_bitTermDirty skips the rollback and returns DirtyShutdown; recovery of the file undoes what was
    // not committed (the insert and the CreateTable, ver.cxx operCreateTable), so nothing of the dead session holds
    // the table in the new instance.
    const { w, p, a } = setup();
    insertAndClose(w, p, a, DR);
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(a.ses, a.dbid, 'fresh', 0, 100, box)).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(a.ses, box.value)).toBe(JET_errSuccess); // versioned (operCreateTable): deferred
    expect(w.api.JetTerm2(w.inst, JET_bitTermDirty)).toBe(JET_errDirtyShutdown);
    const n: Peer = reattached(w);
    const t = on(p, openTable(w.api, n, PEOPLE, DR));
    expect(peopleIds(w.api, n.ses, t)).toEqual([1, 2]);
    expect(tryOpenTable(w.api, n, 'fresh').rc).toBe(JET_errObjectNotFound);
    const again = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(n.ses, n.dbid, 'fresh', 0, 100, again)).toBe(JET_errSuccess);
  });
});

describe('MaxCursors and a deferred cursor', () => {
  it('the deferred cursor keeps its slot until the commit (jetapi.cxx: JET_paramMaxCursors is the FUCB quota, freed by FUCBClose)', () => {
    // The resource manager's JET_residFUCB quota (ErrRESSetResourceParam with JET_paramMaxCursors) counts FUCBs
    // allocated; a deferred-closed FUCB is freed only when FUCBCloseDeferredClosed closes it at the commit.
    const emu = createEmulator();
    const api = emu.api;
    const inst = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(inst, 'quota')).toBe(JET_errSuccess);
    expect(api.JetSetSystemParameter(inst, 0 as JET_SESID, JET_paramMaxCursors, 2, null)).toBe(JET_errSuccess);
    expect(api.JetInit(inst)).toBe(JET_errSuccess);
    const ses = out<JET_SESID>();
    expect(api.JetBeginSession(inst.value, ses, '', '')).toBe(JET_errSuccess);
    const dbid = out<JET_DBID>();
    expect(api.JetCreateDatabase(ses.value, 'quota.edb', null, dbid, 0)).toBe(JET_errSuccess);
    const w: Isam = { emu, api: isamApi(emu), inst: inst.value, ses: ses.value, dbid: dbid.value, file: 'quota.edb' };
    const a: Peer = { ses: w.ses, dbid: w.dbid };
    const p = createPeople(w.api, a, true);
    insertAndClose(w, p, a, 0); // deferred: one slot still taken
    const second = openTable(w.api, a, PEOPLE); // the second slot
    expect(tryOpenTable(w.api, a, PEOPLE).rc).toBe(JET_errOutOfCursors);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess); // the deferred FUCB is closed
    const third = tryOpenTable(w.api, a, PEOPLE);
    expect(third.rc).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(a.ses, third.tableid)).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(a.ses, second)).toBe(JET_errSuccess);
  });
});
