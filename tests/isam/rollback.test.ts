/**
 * Rollback of regular tables, level by level (ese-semantics.md §7.3, §7.4, §7.8; tm.cxx:1884-2040,
 * dir.cxx:2212-2460): inserts, replaces and deletes undone per level, commit merging a level into its parent,
 * RollbackAll, JetEndSession, prepared updates, cursors opened or moved in the level, and DDL (CreateTable closes
 * every cursor on the table, AddColumn / CreateIndex / DeleteTable undone).
 */
import {
  out,
  JET_bitRollbackAll, JET_bitSeekEQ, JET_coltypLong, JET_errColumnNotFound, JET_errIndexNotFound,
  JET_errInvalidTableId, JET_errNoCurrentRecord, JET_errObjectNotFound, JET_errSuccess, JET_MoveNext,
  JET_errUpdateNotPrepared, JET_prepInsert, JET_prepReplace,
} from '../../src';
import type { JET_COLUMNID, JET_TABLEID } from '../../src';
import {
  columnInfo, createIndex, createPeople, fill, insertPerson, int32, intOf, isam, on, openTable, peer, peopleIds,
  retrieve, scan, seekInt, self, tryOpenTable, PEOPLE,
} from '../support/isam';
import type { Isam, People } from '../support/isam';

/** people 1..3 (ages 10, 20, 30) committed, and a fresh cursor of the world's session. */
function table(): { w: Isam; p: People } {
  const w = isam();
  const c = createPeople(w.api, self(w));
  fill(w.api, w.ses, c, [[1, 'one', 10], [2, 'two', 20], [3, 'three', 30]]);
  expect(w.api.JetCloseTable(w.ses, c.tableid)).toBe(JET_errSuccess);
  return { w, p: on(c, openTable(w.api, self(w), PEOPLE)) };
}

const begin = (w: Isam): void => expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
const rollback = (w: Isam, grbit = 0): void => expect(w.api.JetRollback(w.ses, grbit)).toBe(JET_errSuccess);
const commit = (w: Isam): void => expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);

function goto(w: Isam, p: People, id: number): void {
  expect(seekInt(w.api, w.ses, p.tableid, id, JET_bitSeekEQ)).toBe(JET_errSuccess);
}

function setAge(w: Isam, p: People, id: number, age: number): void {
  goto(w, p, id);
  expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepReplace)).toBe(JET_errSuccess);
  expect(w.api.JetSetColumn(w.ses, p.tableid, p.age, int32(age), 4, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetUpdate(w.ses, p.tableid, null, 0, null)).toBe(JET_errSuccess);
}

function ageOf(w: Isam, p: People, id: number): number | null {
  goto(w, p, id);
  return intOf(w.api, w.ses, p.tableid, p.age);
}

function del(w: Isam, p: People, id: number): void {
  goto(w, p, id);
  expect(w.api.JetDelete(w.ses, p.tableid)).toBe(JET_errSuccess);
}

describe('data', () => {
  it('rollback undoes an insert, a replace and a delete of the level', () => {
    const { w, p } = table();
    begin(w);
    expect(insertPerson(w.api, w.ses, p, 4)).toBe(JET_errSuccess);
    setAge(w, p, 1, 11);
    del(w, p, 2);
    expect(peopleIds(w.api, w.ses, p)).toEqual([1, 3, 4]);
    rollback(w);
    expect(peopleIds(w.api, w.ses, p)).toEqual([1, 2, 3]);
    expect(ageOf(w, p, 1)).toBe(10);
    expect(ageOf(w, p, 2)).toBe(20);
  });

  it('each rollback undoes one level only, innermost first', () => {
    const { w, p } = table();
    begin(w);
    expect(insertPerson(w.api, w.ses, p, 10)).toBe(JET_errSuccess);
    begin(w);
    setAge(w, p, 1, 11);
    begin(w);
    del(w, p, 2);
    setAge(w, p, 1, 12);
    rollback(w);
    expect(peopleIds(w.api, w.ses, p)).toEqual([1, 2, 3, 10]);
    expect(ageOf(w, p, 1)).toBe(11);
    rollback(w);
    expect(ageOf(w, p, 1)).toBe(10);
    expect(peopleIds(w.api, w.ses, p)).toEqual([1, 2, 3, 10]);
    rollback(w);
    expect(peopleIds(w.api, w.ses, p)).toEqual([1, 2, 3]);
  });

  it("a commit merges the level into its parent: the parent's rollback undoes both", () => {
    const { w, p } = table();
    begin(w);
    expect(insertPerson(w.api, w.ses, p, 10)).toBe(JET_errSuccess);
    begin(w);
    expect(insertPerson(w.api, w.ses, p, 11)).toBe(JET_errSuccess);
    del(w, p, 3);
    commit(w);
    expect(peopleIds(w.api, w.ses, p)).toEqual([1, 2, 10, 11]);
    rollback(w);
    expect(peopleIds(w.api, w.ses, p)).toEqual([1, 2, 3]);
  });

  it('RollbackAll undoes every level; work done at level 0 before stays', () => {
    const { w, p } = table();
    expect(insertPerson(w.api, w.ses, p, 5)).toBe(JET_errSuccess);
    for (let i = 0; i < 5; i++) {
      begin(w);
      expect(insertPerson(w.api, w.ses, p, 20 + i)).toBe(JET_errSuccess);
    }
    rollback(w, JET_bitRollbackAll);
    expect(peopleIds(w.api, w.ses, p)).toEqual([1, 2, 3, 5]);
  });

  it('a record inserted and deleted in the level, then rolled back, leaves nothing', () => {
    const { w, p } = table();
    begin(w);
    expect(insertPerson(w.api, w.ses, p, 9)).toBe(JET_errSuccess);
    del(w, p, 9);
    rollback(w);
    expect(peopleIds(w.api, w.ses, p)).toEqual([1, 2, 3]);
  });

  it("a session's rollback never touches another session's changes", () => {
    const { w, p } = table();
    const b = peer(w);
    const bt = on(p, openTable(w.api, b, PEOPLE));
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, b.ses, bt, 8)).toBe(JET_errSuccess);
    begin(w);
    expect(insertPerson(w.api, w.ses, p, 7)).toBe(JET_errSuccess);
    rollback(w);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    expect(peopleIds(w.api, w.ses, p)).toEqual([1, 2, 3, 8]);
  });

  it('JetEndSession rolls back every open level; other sessions never see the changes', () => {
    const { w, p } = table();
    const b = peer(w);
    const bt = on(p, openTable(w.api, b, PEOPLE));
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, b.ses, bt, 8)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(seekInt(w.api, b.ses, bt.tableid, 1, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetDelete(b.ses, bt.tableid)).toBe(JET_errSuccess);
    expect(peopleIds(w.api, w.ses, p)).toEqual([1, 2, 3]);
    expect(w.api.JetEndSession(b.ses, 0)).toBe(JET_errSuccess);
    expect(peopleIds(w.api, w.ses, p)).toEqual([1, 2, 3]);
    setAge(w, p, 1, 15); // no lock of the ended session is left behind
    expect(ageOf(w, p, 1)).toBe(15);
  });
});

describe('prepared updates and cursors (tm.cxx:1915-2015, dir.cxx:2264-2274)', () => {
  it('an update prepared in the level is cancelled; one prepared below it survives', () => {
    const { w, p } = table();
    begin(w);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, p.tableid, p.id, int32(6), 4, 0, null)).toBe(JET_errSuccess);
    begin(w);
    rollback(w);
    expect(w.api.JetUpdate(w.ses, p.tableid, null, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    rollback(w);
    expect(w.api.JetUpdate(w.ses, p.tableid, null, 0, null)).toBe(JET_errUpdateNotPrepared);
    expect(peopleIds(w.api, w.ses, p)).toEqual([1, 2, 3]);
  });

  it('a commit moves a prepared update down a level, where it stays prepared (dir.cxx:2097-2177)', () => {
    const { w, p } = table();
    begin(w);
    begin(w);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, p.tableid, p.id, int32(6), 4, 0, null)).toBe(JET_errSuccess);
    commit(w);
    expect(w.api.JetUpdate(w.ses, p.tableid, null, 0, null)).toBe(JET_errSuccess);
    commit(w);
    expect(peopleIds(w.api, w.ses, p)).toEqual([1, 2, 3, 6]);
  });

  it('a cursor opened in the level is closed by its rollback; one opened before stays', () => {
    const { w, p } = table();
    begin(w);
    const inside = openTable(w.api, self(w), PEOPLE);
    rollback(w);
    expect(w.api.JetMove(w.ses, inside, JET_MoveNext, 0)).toBe(JET_errInvalidTableId);
    expect(w.api.JetCloseTable(w.ses, inside)).toBe(JET_errInvalidTableId);
    expect(peopleIds(w.api, w.ses, p)).toEqual([1, 2, 3]);
  });

  it('a cursor that moved in the level goes before the first record; one that did not keeps its record', () => {
    const { w, p } = table();
    const still = on(p, openTable(w.api, self(w), PEOPLE));
    expect(seekInt(w.api, w.ses, still.tableid, 2, JET_bitSeekEQ)).toBe(JET_errSuccess);
    begin(w);
    goto(w, p, 3);
    rollback(w);
    expect(retrieve(w.api, w.ses, p.tableid, p.id).rc).toBe(JET_errNoCurrentRecord);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, p.tableid, p.id)).toBe(1);
    expect(intOf(w.api, w.ses, still.tableid, still.id)).toBe(2);
  });
});

describe('DDL (ver.cxx:7562-8200 undo of CreateTable, AddColumn, CreateIndex, DeleteTable)', () => {
  it('rolling back JetCreateTable removes the table and closes every cursor on it', () => {
    const w = isam();
    begin(w);
    const p = createPeople(w.api, self(w));
    expect(insertPerson(w.api, w.ses, p, 1)).toBe(JET_errSuccess);
    const dup = out<JET_TABLEID>();
    expect(w.api.JetDupCursor(w.ses, p.tableid, dup, 0)).toBe(JET_errSuccess);
    begin(w);
    const other = openTable(w.api, self(w), PEOPLE);
    commit(w);
    rollback(w);
    for (const t of [p.tableid, dup.value, other]) expect(w.api.JetCloseTable(w.ses, t)).toBe(JET_errInvalidTableId);
    expect(tryOpenTable(w.api, self(w), PEOPLE).rc).toBe(JET_errObjectNotFound);
    createPeople(w.api, self(w), true); // the name is free again
  });

  it('a table created in a committed transaction stays', () => {
    const w = isam();
    begin(w);
    const p = createPeople(w.api, self(w));
    fill(w.api, w.ses, p, [[1, null, null]]);
    commit(w);
    expect(peopleIds(w.api, w.ses, p)).toEqual([1]);
    expect(w.api.JetCloseTable(w.ses, p.tableid)).toBe(JET_errSuccess);
    expect(tryOpenTable(w.api, self(w), PEOPLE).rc).toBe(JET_errSuccess);
  });

  it('rolling back JetAddColumn removes the column', () => {
    const { w, p } = table();
    begin(w);
    const col = out<JET_COLUMNID>();
    expect(w.api.JetAddColumn(w.ses, p.tableid, 'extra', { coltyp: JET_coltypLong }, null, 0, col)).toBe(JET_errSuccess);
    expect(columnInfo(w.api, w.ses, p.tableid, 'extra').rc).toBe(JET_errSuccess);
    rollback(w);
    expect(columnInfo(w.api, w.ses, p.tableid, 'extra').rc).toBe(JET_errColumnNotFound);
    goto(w, p, 1);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepReplace)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, p.tableid, col.value, int32(1), 4, 0, null)).toBe(JET_errColumnNotFound);
  });

  it('rolling back JetCreateIndex removes the index and puts its cursors back on the primary index', () => {
    const { w, p } = table();
    begin(w);
    expect(createIndex(w.api, w.ses, p.tableid, 'byNameDesc', 0, '-name')).toBe(JET_errSuccess);
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byNameDesc')).toBe(JET_errSuccess);
    expect(scan(w.api, w.ses, p.tableid, p.id)).toEqual([2, 3, 1]);
    rollback(w);
    expect(scan(w.api, w.ses, p.tableid, p.id)).toEqual([1, 2, 3]);
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byNameDesc')).toBe(JET_errIndexNotFound);
  });

  it('rolling back JetDeleteTable brings the table and its records back', () => {
    const { w, p } = table();
    expect(w.api.JetCloseTable(w.ses, p.tableid)).toBe(JET_errSuccess);
    begin(w);
    expect(w.api.JetDeleteTable(w.ses, w.dbid, PEOPLE)).toBe(JET_errSuccess);
    expect(tryOpenTable(w.api, self(w), PEOPLE).rc).toBe(JET_errObjectNotFound);
    rollback(w);
    const again = on(p, openTable(w.api, self(w), PEOPLE));
    expect(peopleIds(w.api, w.ses, again)).toEqual([1, 2, 3]);
  });
});
