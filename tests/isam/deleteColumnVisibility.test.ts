/**
 * JetDeleteColumn(2) through a cursor that does not hold the table DenyRead is versioned. The rules
 * (Extensible-Storage-Engine, dev/ese/src/ese):
 *  - fcreate.cxx ErrIsamDeleteColumn: cat.cxx ErrCATDeleteTableColumn -> ErrCATIDeleteTableColumn replaces the
 *    column's catalog record (coltyp JET_coltypNil, name "JetStub_<objid>_<columnid>") in the deleter's
 *    transaction; then ErrVERFlag(operDeleteColumn), FIELDSetVersioned unless pfcb->FDomainDenyReadByUs(ppib), and
 *    FIELDSetDeleted. The FIELD keeps its slot: column ids are not given again (fcreate.cxx ErrFILEGetNextColumnid);
 *  - fldext.cxx ErrRECIAccessColumn (retrieve, fldmod.cxx ErrRECSetColumn, info.cxx's column list): a versioned FIELD
 *    asks cat.cxx ErrCATAccessTableColumn by id with the caller's session (ColumnNotFound when the catalog record it
 *    sees is gone or has coltyp Nil); an unversioned deleted FIELD is ColumnNotFound at once;
 *  - by name, fcreate.cxx ErrFILEIScanForColumnName skips committed deletes (tdb.hxx FFIELDCommittedDelete: deleted
 *    and not versioned) and answers a versioned name match with ErrCATAccessTableColumn by name, whose column id
 *    it returns (it may differ from the FIELD's when the column was deleted and re-added under the same name);
 *  - ver.cxx VER::ErrVERICleanOneRCE (operDeleteColumn) clears the Versioned flag only when the RCE is cleaned, after
 *    every transaction older than the commit ended; ver.cxx VERIUndoDeleteColumn (rollback) clears Deleted and
 *    Versioned.
 */
import {
  out, JET_bitSeekEQ, JET_bitTableDenyRead, JET_ColInfoList, JET_coltypLongText, JET_bitColumnTagged,
  JET_errColumnDuplicate, JET_errColumnNotFound, JET_errSuccess, JET_prepCancel, JET_prepInsert, JET_prepReplace,
  JET_MoveNext, JET_wrnColumnNull,
} from '../../src';
import type { JET_COLUMNID, JET_COLUMNLIST, JET_SESID, JET_TABLEID } from '../../src';
import {
  addColumn, ascii, columnInfo, createPeople, fill, fromAscii, int32, isam, on, openTable, peer, PEOPLE, retrieve, seekInt, self,
  sides,
} from '../support/isam';
import type { Isam, People, Side } from '../support/isam';

const NOTE = { coltyp: JET_coltypLongText, cp: 1252, grbit: JET_bitColumnTagged };
const BASE = ['age', 'id', 'name', 'note'];
const LESS = ['age', 'id', 'name'];

/** people 1..2 committed and closed; person 1's note is "hello" (set in a transaction, committed). */
function people(): { w: Isam; c: People } {
  const w = isam();
  const c = createPeople(w.api, self(w));
  fill(w.api, w.ses, c, [[1, 'one', 10], [2, 'two', 20]]);
  expect(seekInt(w.api, w.ses, c.tableid, 1, JET_bitSeekEQ)).toBe(JET_errSuccess);
  // lv.cxx ErrRECSetLongField: long values are set only inside a transaction (note is LongText).
  expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
  expect(w.api.JetPrepareUpdate(w.ses, c.tableid, JET_prepReplace)).toBe(JET_errSuccess);
  expect(w.api.JetSetColumn(w.ses, c.tableid, c.note, ascii('hello'), 5, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetUpdate(w.ses, c.tableid, null, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
  expect(w.api.JetCloseTable(w.ses, c.tableid)).toBe(JET_errSuccess);
  return { w, c };
}

function two(): { w: Isam; c: People; a: Side; b: Side } {
  const { w, c } = people();
  return { w, c, ...sides(w, c) };
}

/** Column `col` (default: the old "note" id) of person `id` through s's cursor: code and text. */
function noteOf(w: Isam, s: Side, id: number, col: JET_COLUMNID = s.t.note): { rc: number; text: string | null } {
  expect(seekInt(w.api, s.ses, s.t.tableid, id, JET_bitSeekEQ)).toBe(JET_errSuccess);
  const r = retrieve(w.api, s.ses, s.t.tableid, col);
  return { rc: r.rc, text: r.data === null ? null : fromAscii(r.data) };
}

/**
 * Inserts person `id` with column `col` set to `text`; the failing call's code (the update cancelled), else JetUpdate's.
 * The column is LongText: the caller must be inside a transaction (lv.cxx ErrRECSetLongField).
 */
function insertNote(w: Isam, s: Side, id: number, text: string, col: JET_COLUMNID = s.t.note): number {
  expect(w.api.JetPrepareUpdate(s.ses, s.t.tableid, JET_prepInsert)).toBe(JET_errSuccess);
  expect(w.api.JetSetColumn(s.ses, s.t.tableid, s.t.id, int32(id), 4, 0, null)).toBe(JET_errSuccess);
  const rc = w.api.JetSetColumn(s.ses, s.t.tableid, col, ascii(text), text.length, 0, null);
  if (rc !== JET_errSuccess) {
    expect(w.api.JetPrepareUpdate(s.ses, s.t.tableid, JET_prepCancel)).toBe(JET_errSuccess);
    return rc;
  }
  return w.api.JetUpdate(s.ses, s.t.tableid, null, 0, null);
}

/** The column names JetGetTableColumnInfo(JET_ColInfoList) gives through the cursor. */
function columnNames(w: Isam, ses: JET_SESID, tableid: JET_TABLEID): string[] {
  const api = w.emu.api;
  const box = out<JET_COLUMNLIST>();
  expect(api.JetGetTableColumnInfo(ses, tableid, null, box, 80, JET_ColInfoList)).toBe(JET_errSuccess);
  const l = box.value;
  const found: string[] = [];
  for (let rc = l.cRecord > 0 ? JET_errSuccess : -1; rc === JET_errSuccess; rc = api.JetMove(ses, l.tableid, JET_MoveNext, 0)) {
    const b = new Uint8Array(64);
    const size = out<number>();
    expect(api.JetRetrieveColumn(ses, l.tableid, l.columnidcolumnname, b, 64, size, 0, null)).toBe(JET_errSuccess);
    found.push(fromAscii(b.subarray(0, size.value)));
  }
  expect(api.JetCloseTable(ses, l.tableid)).toBe(JET_errSuccess);
  return found.sort();
}

/** Does s see "note" under the old id: retrieve person 1, by name, in the list. */
function sees(w: Isam, s: Side): void {
  expect(noteOf(w, s, 1)).toEqual({ rc: JET_errSuccess, text: 'hello' });
  expect(columnInfo(w.api, s.ses, s.t.tableid, 'note')).toMatchObject({ rc: JET_errSuccess, def: { columnid: s.t.note } });
  expect(columnNames(w, s.ses, s.t.tableid)).toEqual(BASE);
}

function lost(w: Isam, s: Side): void {
  expect(noteOf(w, s, 1).rc).toBe(JET_errColumnNotFound);
  expect(columnInfo(w.api, s.ses, s.t.tableid, 'note').rc).toBe(JET_errColumnNotFound);
  expect(columnNames(w, s.ses, s.t.tableid)).toEqual(LESS);
}

describe('JetDeleteColumn without DenyRead is versioned (fcreate.cxx ErrIsamDeleteColumn: FIELDSetVersioned)', () => {
  it('the deleter loses the column at once; B keeps it: its value, name and list in and out of a transaction, its own sets in one', () => {
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetDeleteColumn(a.ses, a.t.tableid, 'note')).toBe(JET_errSuccess);
    // A's catalog view has the record with coltyp Nil and a stub name (cat.cxx ErrCATIDeleteTableColumn): by id
    // ErrCATAccessTableColumn -> ColumnNotFound (retrieve: fldext.cxx ErrRECIAccessColumn; set: fldmod.cxx
    // ErrRECSetColumn), by name the seek on "note" fails (cat.cxx ErrCATISeekTableObject), the list skips it.
    lost(w, a);
    expect(insertNote(w, a, 3, 'x')).toBe(JET_errColumnNotFound);
    // B's catalog reads see the record as committed: coltyp LongText, name "note", id unchanged.
    sees(w, b);
    // lv.cxx ErrRECSetLongField: long values are set only inside a transaction; B's reads stay at level 0.
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(insertNote(w, b, 3, 'three')).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    expect(noteOf(w, b, 3)).toEqual({ rc: JET_errSuccess, text: 'three' });
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    sees(w, b);
    expect(insertNote(w, b, 4, 'four')).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    lost(w, b); // B at level 0 reads the committed catalog record: coltyp Nil
  });

  it('a B transaction begun before A\'s commit keeps the column until it ends; a level-0 C loses it at the commit', () => {
    const { w, c, a, b } = two();
    const pc = peer(w);
    const cs: Side = { ses: pc.ses, t: on(c, openTable(w.api, pc, PEOPLE)) };
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetDeleteColumn(a.ses, a.t.tableid, 'note')).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    sees(w, cs);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    lost(w, cs);
    // The FIELD stays versioned while B (older than the commit) lives (ver.cxx VER::ErrVERICleanOneRCE), and B's
    // catalog reads use its snapshot, which still has the record.
    sees(w, b);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    lost(w, b);
  });

  it('a delete at level 0 (JetDeleteColumn2, grbit 0) commits at once: an older B transaction keeps it, a new one does not', () => {
    // ErrIsamDeleteColumn wraps its work in ErrDIRBeginTransaction / ErrDIRCommitTransaction.
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(w.emu.api.JetDeleteColumn2(a.ses, a.t.tableid, 'note', 0)).toBe(JET_errSuccess);
    lost(w, a);
    sees(w, b);
    expect(insertNote(w, b, 3, 'three')).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    lost(w, b);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
  });

  it('two deletes pending: B finds each deleted column under its own name', () => {
    // Each versioned field is looked up by its own name in the catalog as B sees it (fcreate.cxx
    // ErrFILEIScanForColumnName, one field after the other).
    const { w, a, b } = two();
    // A second column no index uses, added (and committed) at level 0 before the deletes.
    const memo = addColumn(w.api, a.ses, a.t.tableid, 'memo', NOTE);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetDeleteColumn(a.ses, a.t.tableid, 'memo')).toBe(JET_errSuccess);
    expect(w.api.JetDeleteColumn(a.ses, a.t.tableid, 'note')).toBe(JET_errSuccess);
    expect(columnInfo(w.api, b.ses, b.t.tableid, 'note')).toMatchObject({ rc: JET_errSuccess, def: { columnid: b.t.note } });
    expect(columnInfo(w.api, b.ses, b.t.tableid, 'memo')).toMatchObject({ rc: JET_errSuccess, def: { columnid: memo } });
    expect(columnInfo(w.api, a.ses, a.t.tableid, 'note').rc).toBe(JET_errColumnNotFound);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
  });

  it('a rolled-back delete gives the column back to everybody, values included', () => {
    // ver.cxx VERIUndoDeleteColumn resets Deleted and Versioned; the catalog replace is undone with the transaction.
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetDeleteColumn(a.ses, a.t.tableid, 'note')).toBe(JET_errSuccess);
    lost(w, a);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess);
    sees(w, a);
    sees(w, b);
    // lv.cxx ErrRECSetLongField: long values are set only inside a transaction.
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(insertNote(w, a, 3, 'three')).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(noteOf(w, b, 3)).toEqual({ rc: JET_errSuccess, text: 'three' });
  });
});

describe('JetDeleteColumn through a DenyRead cursor is not versioned', () => {
  it('a B transaction begun before the delete gets ColumnNotFound as soon as it can open the table', () => {
    // ErrIsamDeleteColumn: FDomainDenyReadByUs -> only FIELDSetDeleted; fldext.cxx ErrRECIAccessColumn answers an
    // unversioned deleted FIELD with ColumnNotFound without the catalog, and ErrFILEIScanForColumnName skips it
    // (FFIELDCommittedDelete), so B's older snapshot does not matter.
    const { w, c } = people();
    const pb = peer(w);
    expect(w.api.JetBeginTransaction(pb.ses)).toBe(JET_errSuccess); // B: a snapshot before the delete, no cursor
    const ta = openTable(w.api, self(w), PEOPLE, JET_bitTableDenyRead);
    expect(w.api.JetDeleteColumn(w.ses, ta, 'note')).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(w.ses, ta)).toBe(JET_errSuccess); // level 0: the DenyRead is gone at once
    const b: Side = { ses: pb.ses, t: on(c, openTable(w.api, pb, PEOPLE)) };
    lost(w, b);
    expect(insertNote(w, b, 3, 'three')).toBe(JET_errColumnNotFound);
    expect(w.api.JetCommitTransaction(pb.ses, 0)).toBe(JET_errSuccess);
  });
});

describe('JetAddColumn of the deleted name', () => {
  function addNote(w: Isam, s: Side): { rc: number; columnid: JET_COLUMNID } {
    const id = out<JET_COLUMNID>();
    const rc = w.api.JetAddColumn(s.ses, s.t.tableid, 'note', NOTE, null, 0, id);
    return { rc, columnid: id.value };
  }

  it('by B while A\'s delete is pending: ColumnDuplicate; after A\'s commit B may add it, under a new id', () => {
    // fcreate.cxx ErrIsamAddColumn -> ErrFILEICheckForDuplicateColumn -> ErrFILEPfieldFromColumnName: the versioned
    // FIELD "note" matches, ErrCATAccessTableColumn by name with B's session finds the committed record ->
    // ColumnDuplicate (had it passed, cat.cxx ErrCATAddTableColumn's Name-index insert would meet A's uncommitted
    // version: bt.cxx ErrBTInsert WriteConflict -> KeyDuplicate -> ColumnDuplicate).
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetDeleteColumn(a.ses, a.t.tableid, 'note')).toBe(JET_errSuccess);
    expect(addNote(w, b).rc).toBe(JET_errColumnDuplicate);
    sees(w, b);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    // Now the catalog seek by "note" fails for B (ColumnNotFound = no duplicate) and the Name-index node is A's
    // committed delete: the insert reuses it. Tagged ids go on from the last one (fcreate.cxx ErrFILEGetNextColumnid).
    const added = addNote(w, b);
    expect(added).toEqual({ rc: JET_errSuccess, columnid: b.t.note + 1 });
    expect(columnInfo(w.api, b.ses, b.t.tableid, 'note')).toMatchObject({ rc: JET_errSuccess, def: { columnid: added.columnid } });
    expect(noteOf(w, b, 1).rc).toBe(JET_errColumnNotFound); // the old id stays deleted
    expect(noteOf(w, b, 1, added.columnid)).toEqual({ rc: JET_wrnColumnNull, text: null });
  });

  it('by A after its own delete in the same transaction: a new column; B keeps the old one until A commits', () => {
    // ErrFILEIScanForColumnName: A's catalog has no "note" record (renamed to a stub) -> ColumnNotFound -> no
    // duplicate; the Name-index node "note" carries only A's own version (ver.cxx FVERIWriteConflict: not
    // FActiveNotByMe), so bt.cxx ErrBTInsert replaces the flag-deleted node.
    const { w, a, b } = two();
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetDeleteColumn(a.ses, a.t.tableid, 'note')).toBe(JET_errSuccess);
    const added = addNote(w, a);
    expect(added).toEqual({ rc: JET_errSuccess, columnid: a.t.note + 1 });
    const fresh = added.columnid;
    // By name both FIELDs are named "note"; the scan stops at the old, versioned one (256) and returns the id the
    // caller's catalog gives (the WARNING in ErrFILEIScanForColumnName): A gets the new id. B's seek on the Name
    // node "note" (A's chain: FlagDelete, Insert, Replace) is nsVersionedUpdate with the Replace's before image, the
    // old record's bookmark (ver.cxx ErrVERAccessNode), whose before image has coltyp LongText: B gets the old id.
    expect(columnInfo(w.api, a.ses, a.t.tableid, 'note')).toMatchObject({ rc: JET_errSuccess, def: { columnid: fresh } });
    expect(columnInfo(w.api, b.ses, b.t.tableid, 'note')).toMatchObject({ rc: JET_errSuccess, def: { columnid: b.t.note } });
    expect(insertNote(w, a, 3, 'new', fresh)).toBe(JET_errSuccess);
    expect(noteOf(w, a, 1).rc).toBe(JET_errColumnNotFound);
    expect(noteOf(w, a, 3, fresh)).toEqual({ rc: JET_errSuccess, text: 'new' });
    // Each sees one "note" in its list: A the new id (old one Nil in its catalog), B the old one (new one unseen).
    expect(columnNames(w, a.ses, a.t.tableid)).toEqual(BASE);
    expect(columnNames(w, b.ses, b.t.tableid)).toEqual(BASE);
    expect(noteOf(w, b, 1)).toEqual({ rc: JET_errSuccess, text: 'hello' });
    expect(noteOf(w, b, 1, fresh).rc).toBe(JET_errColumnNotFound); // versioned add, not in B's catalog
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(columnInfo(w.api, b.ses, b.t.tableid, 'note')).toMatchObject({ rc: JET_errSuccess, def: { columnid: fresh } });
    expect(noteOf(w, b, 1).rc).toBe(JET_errColumnNotFound);
    expect(noteOf(w, b, 3, fresh)).toEqual({ rc: JET_errSuccess, text: 'new' });
  });
});
