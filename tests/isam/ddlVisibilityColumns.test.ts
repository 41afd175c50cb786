/**
 * Column and index DDL through a cursor that does not hold the table DenyRead is versioned: the FIELD / IDB is in
 * the table's definition at once but flagged versioned, and every lookup of a versioned one asks the catalog with
 * the caller's session, which sees what its transaction sees. The rules (Extensible-Storage-Engine,
 * dev/ese/src/ese):
 *  - fcreate.cxx ErrIsamAddColumn: FIELDSetVersioned + FIELDSetVersionedAdd unless pfcb->FDomainDenyReadByUs(ppib);
 *    fldext.cxx ErrRECIAccessColumn (retrieve, set, the column list) and fcreate.cxx ErrFILEIScanForColumnName (a
 *    lookup by name) answer a versioned FIELD with cat.cxx ErrCATAccessTableColumn: ColumnNotFound when the
 *    catalog record is not visible to the caller;
 *  - fcreate.cxx ErrFILEICreateIndex: pidb->SetFVersioned() + SetFVersionedCreate() unless FDomainDenyReadByUs;
 *    file.hxx ErrFILEIAccessIndex asks cat.cxx ErrCATAccessTableIndex for a versioned IDB: IndexNotFound;
 *  - the flags are cleared only when the RCE is cleaned (ver.cxx VER::ErrVERICleanOneRCE), never while a
 *    transaction older than the commit is alive, so such a transaction keeps not seeing the column / index.
 * Table creation and deletion are in ddlVisibility.test.ts.
 */
import {
  out, JET_bitSeekEQ, JET_bitTableDenyRead, JET_ColInfoByColid, JET_ColInfoList, JET_coltypLong,
  JET_errColumnNotFound, JET_errIndexNotFound, JET_errSuccess, JET_errTableLocked, JET_IdxInfoCount, JET_IdxInfoList,
  JET_MoveNext, JET_prepCancel, JET_prepInsert, JET_prepReplace, JET_wrnColumnNull,
} from '../../src';
import type { JET_COLUMNDEF_INFO, JET_COLUMNID, JET_COLUMNLIST, JET_INDEXLIST, JET_SESID, JET_TABLEID } from '../../src';
import {
  addColumn, columnInfo, createIndex, createPeople, fill, fromAscii, insertPerson, int32, isam, on, openTable, peer,
  PEOPLE, readInt32, retrieve, scan, seekInt, self, sides, tryOpenTable,
} from '../support/isam';
import type { Isam, Peer, People, Side } from '../support/isam';

const LONG = { coltyp: JET_coltypLong };

/** people 1..3 (ages 10, 20, 30) committed and closed; c gives its column ids. */
function people(): { w: Isam; c: People } {
  const w = isam();
  const c = createPeople(w.api, self(w));
  fill(w.api, w.ses, c, [[1, 'one', 10], [2, 'two', 20], [3, 'three', 30]]);
  expect(w.api.JetCloseTable(w.ses, c.tableid)).toBe(JET_errSuccess);
  return { w, c };
}

/** people, with sessions a and b each holding a cursor on it (opened without DenyRead). */
function two(): { w: Isam; a: Side; b: Side } {
  const { w, c } = people();
  return { w, ...sides(w, c) };
}

/** Text column `col` of every row of a temp-table list, from its first row. */
function names(w: Isam, ses: JET_SESID, tableid: JET_TABLEID, cRecord: number, col: JET_COLUMNID): string[] {
  const api = w.emu.api;
  const found: string[] = [];
  for (let rc = cRecord > 0 ? JET_errSuccess : -1; rc === JET_errSuccess; rc = api.JetMove(ses, tableid, JET_MoveNext, 0)) {
    const b = new Uint8Array(64);
    const size = out<number>();
    expect(api.JetRetrieveColumn(ses, tableid, col, b, 64, size, 0, null)).toBe(JET_errSuccess);
    found.push(fromAscii(b.subarray(0, size.value)));
  }
  expect(api.JetCloseTable(ses, tableid)).toBe(JET_errSuccess);
  return found;
}

/** The column names JetGetTableColumnInfo(JET_ColInfoList) gives through the cursor. */
function columnNames(w: Isam, ses: JET_SESID, tableid: JET_TABLEID): string[] {
  const box = out<JET_COLUMNLIST>();
  expect(w.emu.api.JetGetTableColumnInfo(ses, tableid, null, box, 80, JET_ColInfoList)).toBe(JET_errSuccess);
  return names(w, ses, box.value.tableid, box.value.cRecord, box.value.columnidcolumnname);
}

/** The distinct index names JetGetTableIndexInfo(JET_IdxInfoList) gives through the cursor. */
function indexNames(w: Isam, ses: JET_SESID, tableid: JET_TABLEID): string[] {
  const box = out<JET_INDEXLIST | number>();
  expect(w.emu.api.JetGetTableIndexInfo(ses, tableid, null, box, 88, JET_IdxInfoList)).toBe(JET_errSuccess);
  const l = box.value as JET_INDEXLIST;
  return [...new Set(names(w, ses, l.tableid, l.cRecord, l.columnidindexname))];
}

function indexCount(w: Isam, ses: JET_SESID, tableid: JET_TABLEID): number {
  const box = out<JET_INDEXLIST | number>();
  expect(w.emu.api.JetGetTableIndexInfo(ses, tableid, null, box, 4, JET_IdxInfoCount)).toBe(JET_errSuccess);
  return box.value as number;
}

/** The Long column `col` of person `id` through s's cursor: its code and value. */
function extraOf(w: Isam, s: Side, id: number, col: JET_COLUMNID): { rc: number; value: number | null } {
  expect(seekInt(w.api, s.ses, s.t.tableid, id, JET_bitSeekEQ)).toBe(JET_errSuccess);
  const r = retrieve(w.api, s.ses, s.t.tableid, col);
  return { rc: r.rc, value: r.data === null ? null : readInt32(r.data) };
}

function setExtra(w: Isam, s: Side, id: number, col: JET_COLUMNID, v: number): void {
  expect(seekInt(w.api, s.ses, s.t.tableid, id, JET_bitSeekEQ)).toBe(JET_errSuccess);
  expect(w.api.JetPrepareUpdate(s.ses, s.t.tableid, JET_prepReplace)).toBe(JET_errSuccess);
  expect(w.api.JetSetColumn(s.ses, s.t.tableid, col, int32(v), 4, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetUpdate(s.ses, s.t.tableid, null, 0, null)).toBe(JET_errSuccess);
}

const BASE = ['age', 'id', 'name', 'note'];
const FOUR = ['age', 'extra', 'id', 'name', 'note'];

describe('JetAddColumn without DenyRead is versioned (fcreate.cxx ErrIsamAddColumn: FIELDSetVersioned)', () => {
  it('B gets ColumnNotFound for the column until A commits; A uses it at once', () => {
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    const extra = addColumn(w.api, a.ses, a.t.tableid, 'extra', LONG);
    expect(extra).toBe(3); // the next fixed column id (fcreate.cxx ErrFILEGetNextColumnid)
    setExtra(w, a, 1, extra, 7);
    expect(extraOf(w, a, 1, extra)).toEqual({ rc: JET_errSuccess, value: 7 });
    expect(columnNames(w, a.ses, a.t.tableid)).toEqual(FOUR);
    // fldext.cxx ErrIsamRetrieveColumn -> ErrRECIAccessColumn -> ErrCATAccessTableColumn (by id, B's session).
    expect(extraOf(w, b, 1, extra).rc).toBe(JET_errColumnNotFound);
    // fldmod.cxx ErrRECSetColumn checks ErrRECIAccessColumn ("Verify column is visible to us").
    expect(w.api.JetPrepareUpdate(b.ses, b.t.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(b.ses, b.t.tableid, extra, int32(1), 4, 0, null)).toBe(JET_errColumnNotFound);
    expect(w.api.JetPrepareUpdate(b.ses, b.t.tableid, JET_prepCancel)).toBe(JET_errSuccess);
    // By name: fcreate.cxx ErrFILEIScanForColumnName finds the FIELD, sees it versioned, asks the catalog.
    expect(columnInfo(w.api, b.ses, b.t.tableid, 'extra').rc).toBe(JET_errColumnNotFound);
    // info.cxx ErrInfoGetTableColumnInfoList skips a column ErrRECIAccessColumn answers with ColumnNotFound.
    expect(columnNames(w, b.ses, b.t.tableid)).toEqual(BASE);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    // B at level 0: the catalog read sees the committed record.
    expect(extraOf(w, b, 1, extra)).toEqual({ rc: JET_errSuccess, value: 7 });
    expect(extraOf(w, b, 2, extra)).toEqual({ rc: JET_wrnColumnNull, value: null });
    expect(columnInfo(w.api, b.ses, b.t.tableid, 'extra')).toMatchObject({ rc: JET_errSuccess, def: { columnid: extra } });
    expect(columnNames(w, b.ses, b.t.tableid)).toEqual(FOUR);
  });

  it('by column id (JET_ColInfoByColid) the column is described to B at once: that path has no version check', () => {
    // info.cxx ErrINFOGetTableColumnInfo with szColumnName NULL takes the FIELD from the TDB by FID (ptdb->Pfield*)
    // and reads it out; unlike the by-name path it never calls ErrRECIAccessColumn / ErrCATAccessTableColumn, so
    // an uncommitted (versioned) column is answered like any other.
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    const extra = addColumn(w.api, a.ses, a.t.tableid, 'extra', LONG);
    const box = out<JET_COLUMNDEF_INFO>();
    const rc = w.emu.api.JetGetTableColumnInfo(b.ses, b.t.tableid, extra as unknown as string, box, 28, JET_ColInfoByColid);
    expect({ rc, columnid: box.value?.columnid, coltyp: box.value?.coltyp }).toEqual({ rc: JET_errSuccess, columnid: extra, coltyp: JET_coltypLong });
    expect(columnInfo(w.api, b.ses, b.t.tableid, 'extra').rc).toBe(JET_errColumnNotFound); // by name: versioned
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess);
  });

  it('a B transaction begun before A\'s commit keeps not seeing the column until it ends', () => {
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    const extra = addColumn(w.api, a.ses, a.t.tableid, 'extra', LONG);
    setExtra(w, a, 1, extra, 7);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    // B's catalog reads use its snapshot; the FIELD stays versioned while B's transaction is alive.
    expect(extraOf(w, b, 1, extra).rc).toBe(JET_errColumnNotFound);
    expect(columnInfo(w.api, b.ses, b.t.tableid, 'extra').rc).toBe(JET_errColumnNotFound);
    expect(columnNames(w, b.ses, b.t.tableid)).toEqual(BASE);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    expect(extraOf(w, b, 1, extra)).toEqual({ rc: JET_errSuccess, value: 7 });
    expect(columnNames(w, b.ses, b.t.tableid)).toEqual(FOUR);
  });
});

describe('JetAddColumn through a DenyRead cursor is not versioned', () => {
  it('a B transaction begun before the add sees the column as soon as it can open the table', () => {
    // fcreate.cxx ErrIsamAddColumn: no FIELDSetVersioned when FDomainDenyReadByUs, so ErrRECIAccessColumn and
    // ErrFILEIScanForColumnName never consult the catalog: even B's older snapshot sees the column.
    const { w, c } = people();
    const pa: Peer = self(w);
    const pb = peer(w);
    expect(w.api.JetBeginTransaction(pb.ses)).toBe(JET_errSuccess); // B: a snapshot before the add, no cursor
    const ta = openTable(w.api, pa, PEOPLE, JET_bitTableDenyRead);
    const extra = addColumn(w.api, pa.ses, ta, 'extra', LONG);
    expect(w.api.JetCloseTable(pa.ses, ta)).toBe(JET_errSuccess); // at level 0: closed at once, DenyRead gone
    const b: Side = { ses: pb.ses, t: on(c, openTable(w.api, pb, PEOPLE)) };
    expect(columnInfo(w.api, b.ses, b.t.tableid, 'extra')).toMatchObject({ rc: JET_errSuccess, def: { columnid: extra } });
    expect(columnNames(w, b.ses, b.t.tableid)).toEqual(FOUR);
    expect(extraOf(w, b, 1, extra)).toEqual({ rc: JET_wrnColumnNull, value: null });
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
  });

  it('a DenyRead cursor closed inside A\'s transaction keeps the table locked until A commits', () => {
    // The add flags an RCE on A's cursor (ver.cxx VER::ErrVERFlag: FUCBSetVersioned); bt.cxx BTClose defers the
    // close of a versioned cursor above level 0, and only fucb.hxx FUCBCloseDeferredClosed, at commit / rollback
    // to level 0, resets the DenyRead: until then fileopen.cxx ErrFILEISetMode answers B with TableLocked.
    const { w } = people();
    const pa: Peer = self(w);
    const pb = peer(w);
    const ta = openTable(w.api, pa, PEOPLE, JET_bitTableDenyRead);
    expect(w.api.JetBeginTransaction(pa.ses)).toBe(JET_errSuccess);
    const extra = addColumn(w.api, pa.ses, ta, 'extra', LONG);
    expect(w.api.JetCloseTable(pa.ses, ta)).toBe(JET_errSuccess);
    expect(tryOpenTable(w.api, pb, PEOPLE).rc).toBe(JET_errTableLocked);
    expect(w.api.JetCommitTransaction(pa.ses, 0)).toBe(JET_errSuccess);
    const tb = openTable(w.api, pb, PEOPLE);
    expect(columnInfo(w.api, pb.ses, tb, 'extra')).toMatchObject({ rc: JET_errSuccess, def: { columnid: extra } });
  });
});

describe('JetCreateIndex without DenyRead is versioned (fcreate.cxx ErrFILEICreateIndex: SetFVersioned)', () => {
  const BASEIDX = ['byAge', 'byName', 'primary'];

  it('B cannot select, count, list, name or delete the index until A commits; A uses it at once', () => {
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(createIndex(w.api, a.ses, a.t.tableid, 'byIdDesc', 0, '-id')).toBe(JET_errSuccess);
    expect(insertPerson(w.api, a.ses, a.t, 4)).toBe(JET_errSuccess);
    expect(w.api.JetSetCurrentIndex(a.ses, a.t.tableid, 'byIdDesc')).toBe(JET_errSuccess);
    expect(scan(w.api, a.ses, a.t.tableid, a.t.id)).toEqual([4, 3, 2, 1]);
    expect(indexCount(w, a.ses, a.t.tableid)).toBe(4);
    // rec.cxx ErrRECSetCurrentIndex -> file.hxx ErrFILEIAccessIndexByName -> ErrFILEIAccessIndex ->
    // cat.cxx ErrCATAccessTableIndex with B's session: IndexNotFound.
    expect(w.api.JetSetCurrentIndex(b.ses, b.t.tableid, 'byIdDesc')).toBe(JET_errIndexNotFound);
    // info.cxx ErrINFOGetTableIndexInfo: JET_IdxInfoCount and the list skip an index B cannot access; by name
    // the search ends IndexNotFound.
    expect(indexCount(w, b.ses, b.t.tableid)).toBe(3);
    expect(indexNames(w, b.ses, b.t.tableid)).toEqual(BASEIDX);
    expect(w.emu.api.JetGetTableIndexInfo(b.ses, b.t.tableid, 'byIdDesc', out(), 88, JET_IdxInfoList)).toBe(JET_errIndexNotFound);
    // fcreate.cxx ErrIsamDeleteIndex -> cat.cxx ErrCATIDeleteTableIndex seeks the catalog by name as B sees it.
    expect(w.api.JetDeleteIndex(b.ses, b.t.tableid, 'byIdDesc')).toBe(JET_errIndexNotFound);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetSetCurrentIndex(b.ses, b.t.tableid, 'byIdDesc')).toBe(JET_errSuccess);
    expect(scan(w.api, b.ses, b.t.tableid, b.t.id)).toEqual([4, 3, 2, 1]); // A's record, committed with it
    expect(indexCount(w, b.ses, b.t.tableid)).toBe(4);
    expect(indexNames(w, b.ses, b.t.tableid)).toEqual(['byAge', 'byIdDesc', 'byName', 'primary']);
  });

  it('an index created at level 0 stays hidden from a B transaction begun before it', () => {
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(createIndex(w.api, a.ses, a.t.tableid, 'byIdDesc', 0, '-id')).toBe(JET_errSuccess); // committed at once
    expect(w.api.JetSetCurrentIndex(a.ses, a.t.tableid, 'byIdDesc')).toBe(JET_errSuccess);
    expect(w.api.JetSetCurrentIndex(b.ses, b.t.tableid, 'byIdDesc')).toBe(JET_errIndexNotFound);
    expect(indexCount(w, b.ses, b.t.tableid)).toBe(3);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetSetCurrentIndex(b.ses, b.t.tableid, 'byIdDesc')).toBe(JET_errSuccess);
    expect(indexCount(w, b.ses, b.t.tableid)).toBe(4);
  });

  it('an index created through a DenyRead cursor is not versioned: an older B transaction uses it', () => {
    // fcreate.cxx ErrFILEICreateIndex: no SetFVersioned under FDomainDenyReadByUs, so ErrFILEIAccessIndex never
    // asks the catalog.
    const { w, c } = people();
    const pb = peer(w);
    expect(w.api.JetBeginTransaction(pb.ses)).toBe(JET_errSuccess);
    const ta = openTable(w.api, self(w), PEOPLE, JET_bitTableDenyRead);
    expect(createIndex(w.api, w.ses, ta, 'byIdDesc', 0, '-id')).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(w.ses, ta)).toBe(JET_errSuccess);
    const tb = openTable(w.api, pb, PEOPLE);
    expect(w.api.JetSetCurrentIndex(pb.ses, tb, 'byIdDesc')).toBe(JET_errSuccess);
    expect(scan(w.api, pb.ses, tb, c.id)).toEqual([3, 2, 1]);
    expect(indexCount(w, pb.ses, tb)).toBe(4);
    expect(w.api.JetCommitTransaction(pb.ses, 0)).toBe(JET_errSuccess);
  });
});
