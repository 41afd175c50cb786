/**
 * JetOpenTable's grbits and lock matrix (ese-semantics.md §8.1; fileopen.cxx:908-966 ErrIsamOpenTable,
 * 1045-1270 ErrFILEISetMode / ErrFILEICheckAndSetMode; fcb.hxx:1738-1747 FDomainDenyRead is "held by another
 * session"), the creator's exclusive cursor, and PermissionDenied for writes through a ReadOnly cursor
 * (fucb.hxx ErrFUCBCheckUpdatable).
 */
import {
  out,
  JET_bitTableCreate, JET_bitTableDelete, JET_bitTableDenyRead, JET_bitTableDenyWrite, JET_bitTablePermitDDL,
  JET_bitTableReadOnly, JET_bitTableUpdatable, JET_bitSeekEQ,
  JET_bitTransactionReadOnly, JET_coltypLong,
  JET_errInvalidGrbit, JET_errObjectNotFound, JET_errPermissionDenied, JET_errSuccess, JET_errTableInUse,
  JET_errSesidTableIdMismatch, JET_errTableLocked, JET_errTransReadOnly, JET_MoveFirst, JET_prepInsert, JET_prepReplace,
} from '../../src';
import type { JET_COLUMNID, JET_TABLEID } from '../../src';
import {
  createIndex, createPeople, insertPerson, int32, isam, on, openTable, peer, peopleIds, seekInt, self,
  tryOpenTable, closedPeople, PEOPLE,
} from '../support/isam';
import type { Isam, People, Peer } from '../support/isam';

const DR = JET_bitTableDenyRead;
const DW = JET_bitTableDenyWrite;
const RO = JET_bitTableReadOnly;
const UPD = JET_bitTableUpdatable;

const setup = closedPeople;

function rc(w: Isam, s: Peer, grbit: number, name = PEOPLE): number {
  const r = tryOpenTable(w.api, s, name, grbit);
  return r.rc;
}

describe('grbits refused by JetOpenTable', () => {
  it('TableDelete / TableCreate, PermitDDL without DenyRead, DenyRead with ReadOnly: InvalidGrbit before the lookup', () => {
    const { w, a } = setup();
    for (const g of [JET_bitTableDelete, JET_bitTableCreate, JET_bitTablePermitDDL, JET_bitTablePermitDDL | DW, DR | RO]) {
      expect([g, rc(w, a, g)]).toEqual([g, JET_errInvalidGrbit]); // fileopen.cxx:929-953
      expect([g, rc(w, a, g, 'missing')]).toEqual([g, JET_errInvalidGrbit]);
    }
  });

  it('ReadOnly with Updatable is InvalidGrbit, but only once the table is found (fileopen.cxx:1228-1233)', () => {
    const { w, a } = setup();
    expect(rc(w, a, RO | UPD)).toBe(JET_errInvalidGrbit);
    expect(rc(w, a, RO | UPD, 'missing')).toBe(JET_errObjectNotFound);
  });

  it('the allowed combinations open', () => {
    const { w, a } = setup();
    // (PermitDDL | DenyRead is left out: it is TableInUse while the table has versions, fileopen.cxx:1191-1199.)
    for (const g of [0, RO, UPD, DW, DW | UPD, DR, DR | UPD]) {
      const r = tryOpenTable(w.api, a, PEOPLE, g);
      expect([g, r.rc]).toEqual([g, JET_errSuccess]);
      expect(w.api.JetCloseTable(a.ses, r.tableid)).toBe(JET_errSuccess);
    }
  });
});

describe('DenyRead (exclusive)', () => {
  it("another session's DenyRead cursor makes every open TableLocked until it closes (fileopen.cxx:1060-1066)", () => {
    const { w, a, b } = setup();
    const x = openTable(w.api, b, PEOPLE, DR);
    for (const g of [0, RO, UPD, DW, DR]) expect([g, rc(w, a, g)]).toEqual([g, JET_errTableLocked]);
    expect(w.api.JetCloseTable(b.ses, x)).toBe(JET_errSuccess);
    expect(rc(w, a, 0)).toBe(JET_errSuccess);
  });

  it('the holder opens more cursors, DenyRead ones included (reference-counted, fcb.hxx:1748-1762)', () => {
    const { w, a, b } = setup();
    const x1 = openTable(w.api, a, PEOPLE, DR);
    const x2 = openTable(w.api, a, PEOPLE, DR);
    openTable(w.api, a, PEOPLE, RO);
    expect(w.api.JetCloseTable(a.ses, x1)).toBe(JET_errSuccess);
    expect(rc(w, b, RO)).toBe(JET_errTableLocked); // x2 still holds it
    expect(w.api.JetCloseTable(a.ses, x2)).toBe(JET_errSuccess);
    expect(rc(w, b, RO)).toBe(JET_errSuccess);
  });

  it("DenyRead while another session has any cursor open, ReadOnly included, is TableInUse (fileopen.cxx:1152-1170)", () => {
    const { w, a, b } = setup();
    const y = openTable(w.api, b, PEOPLE, RO);
    expect(rc(w, a, DR)).toBe(JET_errTableInUse);
    expect(w.api.JetCloseTable(b.ses, y)).toBe(JET_errSuccess);
    openTable(w.api, a, PEOPLE); // the caller's own cursors do not count
    expect(rc(w, a, DR)).toBe(JET_errSuccess);
  });

  it("the cursor JetCreateTable returns is DenyRead: other sessions get TableLocked until it closes (fcreate.cxx:2924-2930)", () => {
    const w = isam();
    const b = peer(w);
    const p = createPeople(w.api, self(w));
    expect(rc(w, b, RO)).toBe(JET_errTableLocked);
    expect(rc(w, self(w), 0)).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(w.ses, p.tableid)).toBe(JET_errSuccess);
    expect(rc(w, b, RO)).toBe(JET_errSuccess);
  });

  it("JetDeleteTable is TableLocked while another session holds DenyRead (fcreate.cxx:8620; §8.5)", () => {
    const { w, a, b } = setup();
    openTable(w.api, b, PEOPLE, DR);
    expect(w.api.JetDeleteTable(a.ses, a.dbid, PEOPLE)).toBe(JET_errTableLocked);
  });
});

describe('cursors belong to their session', () => {
  it("another session's tableid is SesidTableIdMismatch (ese-semantics.md §8.4)", () => {
    const { w, p, a, b } = setup();
    const t = openTable(w.api, a, PEOPLE);
    expect(w.api.JetMove(b.ses, t, JET_MoveFirst, 0)).toBe(JET_errSesidTableIdMismatch);
    expect(w.api.JetRetrieveColumn(b.ses, t, p.id, new Uint8Array(4), 4, null, 0, null)).toBe(JET_errSesidTableIdMismatch);
    expect(w.api.JetCloseTable(b.ses, t)).toBe(JET_errSesidTableIdMismatch);
    expect(w.api.JetCloseTable(a.ses, t)).toBe(JET_errSuccess);
  });
});

describe('DenyWrite', () => {
  it("another session's DenyWrite: an explicit Updatable open is TableLocked, grbit 0 and ReadOnly open (fileopen.cxx:1084-1100)", () => {
    const { w, a, b } = setup();
    openTable(w.api, b, PEOPLE, DW);
    expect(rc(w, a, UPD)).toBe(JET_errTableLocked);
    expect(rc(w, a, 0)).toBe(JET_errSuccess);
    expect(rc(w, a, RO)).toBe(JET_errSuccess);
  });

  it('a second DenyWrite is TableInUse, even by the holder (fileopen.cxx:1110-1115)', () => {
    const { w, a, b } = setup();
    openTable(w.api, b, PEOPLE, DW);
    expect(rc(w, a, DW)).toBe(JET_errTableInUse);
    expect(rc(w, b, DW)).toBe(JET_errTableInUse);
  });

  it("DenyWrite while another session has an updatable cursor (grbit 0 included) is TableInUse (fileopen.cxx:1117-1131)", () => {
    const { w, a, b } = setup();
    const y = openTable(w.api, b, PEOPLE);
    expect(rc(w, a, DW)).toBe(JET_errTableInUse);
    expect(w.api.JetCloseTable(b.ses, y)).toBe(JET_errSuccess);
    openTable(w.api, b, PEOPLE, RO); // read-only cursors of others do not block it
    openTable(w.api, a, PEOPLE, UPD); // nor do the caller's own
    expect(rc(w, a, DW)).toBe(JET_errSuccess);
  });

  it('the DenyWrite holder writes through its cursor; closing it releases the lock', () => {
    const { w, p, a, b } = setup();
    const x = on(p, openTable(w.api, a, PEOPLE, DW));
    expect(insertPerson(w.api, a.ses, x, 3)).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(a.ses, x.tableid)).toBe(JET_errSuccess);
    expect(rc(w, b, UPD)).toBe(JET_errSuccess);
    expect(rc(w, b, DW)).toBe(JET_errSuccess);
  });
});

describe('ReadOnly cursors (fldmod.cxx:819, 1119, 1949, 2020; recupd.cxx:2322)', () => {
  function readOnly(): { w: Isam; t: People } {
    const { w, p, a } = setup();
    return { w, t: on(p, openTable(w.api, a, PEOPLE, RO)) };
  }

  it('reads work', () => {
    const { w, t } = readOnly();
    expect(peopleIds(w.api, w.ses, t)).toEqual([1, 2]);
    expect(seekInt(w.api, w.ses, t.tableid, 2, JET_bitSeekEQ)).toBe(JET_errSuccess);
  });

  it('JetPrepareUpdate Insert and Replace, JetDelete are PermissionDenied', () => {
    const { w, t } = readOnly();
    expect(w.api.JetMove(w.ses, t.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, t.tableid, JET_prepInsert)).toBe(JET_errPermissionDenied);
    expect(w.api.JetPrepareUpdate(w.ses, t.tableid, JET_prepReplace)).toBe(JET_errPermissionDenied);
    expect(w.api.JetDelete(w.ses, t.tableid)).toBe(JET_errPermissionDenied);
    expect(peopleIds(w.api, w.ses, t)).toEqual([1, 2]);
  });

  it('JetSetColumn / JetSetColumns are PermissionDenied before UpdateNotPrepared is looked at (fldmod.cxx:1949-1963)', () => {
    const { w, t } = readOnly();
    expect(w.api.JetSetColumn(w.ses, t.tableid, t.id, int32(1), 4, 0, null)).toBe(JET_errPermissionDenied);
    expect(w.api.JetSetColumns(w.ses, t.tableid, [{ columnid: t.id, pvData: int32(1), cbData: 4 }], 1)).toBe(JET_errPermissionDenied);
  });

  it('a ReadOnly cursor does not stop another cursor of the session from writing', () => {
    const { w, t } = readOnly();
    const rw: JET_TABLEID = openTable(w.api, self(w), PEOPLE);
    expect(insertPerson(w.api, w.ses, on(t, rw), 3)).toBe(JET_errSuccess);
    expect(peopleIds(w.api, w.ses, t)).toEqual([1, 2, 3]);
  });
});

describe('read-only transactions (ese-semantics.md §7.7; pib.hxx:1495-1505 ErrPIBCheckUpdatable)', () => {
  function readOnlyTrx(): { w: Isam; t: People } {
    const { w, p, a } = setup();
    const t = on(p, openTable(w.api, a, PEOPLE));
    expect(w.api.JetBeginTransaction2(w.ses, JET_bitTransactionReadOnly)).toBe(JET_errSuccess);
    return { w, t };
  }

  it('reads work; inserts, replaces and deletes are TransReadOnly (fldmod.cxx:822, 1122; recupd.cxx:2325)', () => {
    const { w, t } = readOnlyTrx();
    expect(peopleIds(w.api, w.ses, t)).toEqual([1, 2]);
    expect(w.api.JetPrepareUpdate(w.ses, t.tableid, JET_prepInsert)).toBe(JET_errTransReadOnly);
    expect(seekInt(w.api, w.ses, t.tableid, 1, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, t.tableid, JET_prepReplace)).toBe(JET_errTransReadOnly);
    expect(w.api.JetDelete(w.ses, t.tableid)).toBe(JET_errTransReadOnly);
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
    expect(peopleIds(w.api, w.ses, t)).toEqual([1, 2]);
  });

  it('DDL is TransReadOnly: JetAddColumn, JetCreateIndex, JetDeleteTable (fcreate.cxx:3326, 7126, 8464)', () => {
    const { w, t } = readOnlyTrx();
    expect(w.api.JetAddColumn(w.ses, t.tableid, 'x', { coltyp: JET_coltypLong }, null, 0, out<JET_COLUMNID>()))
      .toBe(JET_errTransReadOnly);
    expect(createIndex(w.api, w.ses, t.tableid, 'byNote', 0, '+note')).toBe(JET_errTransReadOnly);
    expect(w.api.JetCloseTable(w.ses, t.tableid)).toBe(JET_errSuccess);
    expect(w.api.JetDeleteTable(w.ses, w.dbid, PEOPLE)).toBe(JET_errTransReadOnly);
  });

  it('a ReadOnly cursor is PermissionDenied before the transaction is looked at (fldmod.cxx:819-823)', () => {
    const { w } = readOnlyTrx();
    const ro = openTable(w.api, self(w), PEOPLE, RO);
    expect(w.api.JetPrepareUpdate(w.ses, ro, JET_prepInsert)).toBe(JET_errPermissionDenied);
  });

  it('only the level-0 begin makes a transaction read-only (dir.cxx ErrDIRBeginTransaction, §7.2)', () => {
    const { w, p, a } = setup();
    const t = on(p, openTable(w.api, a, PEOPLE));
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction2(w.ses, JET_bitTransactionReadOnly)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, w.ses, t, 3)).toBe(JET_errSuccess);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction2(w.ses, JET_bitTransactionReadOnly)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess); // nested levels inherit it
    expect(insertPerson(w.api, w.ses, t, 3)).toBe(JET_errTransReadOnly);
  });
});
