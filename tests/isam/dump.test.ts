/**
 * The state dump shows regular tables (issue 6 section 3: "the dump shows tables, indexes, record counts and each
 * session's uncommitted changes"): committed records only, the kept images while an older transaction reads, and a
 * session's uncommitted changes until its commit or rollback.
 */
import { out, JET_errSuccess, JET_MoveFirst } from '../../src';
import type { JET_TABLEID } from '../../src';
import { createPeople, fill, isam, peer, PEOPLE, self } from '../support/isam';

describe('the dump of regular tables', () => {
  it('lists each table with its columns, indexes and committed records', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    fill(w.api, w.ses, p, [[1, 'a', 10], [2, 'b', 20]]);
    const file = w.emu.dump().files.find((f) => f.path === w.file);
    expect(file?.tables).toHaveLength(1);
    const t = file?.tables[0];
    expect(t).toMatchObject({ name: PEOPLE, records: 2, versions: 0 });
    expect(t?.columns.map((c) => c.name)).toEqual(['id', 'name', 'age', 'note']);
    expect(t?.indexes.map((i) => [i.name, i.primary, i.key])).toEqual([
      ['primary', true, '+id'], ['byName', false, '+name'], ['byAge', false, '-age'],
    ]);
    expect(w.emu.dumpText()).toContain(`table ${PEOPLE}: 2 records, 4 columns`);
  });

  it("shows a session's uncommitted changes, which leave the committed count alone until the commit", () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    fill(w.api, w.ses, p, [[1, 'a', 10]]);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    fill(w.api, w.ses, p, [[2, 'b', 20], [3, 'c', 30]]);
    const session = () => w.emu.dump().instances[0].sessions.find((s) => s.handle === w.ses);
    expect(session()?.tableChanges).toEqual([{ table: PEOPLE, changes: 2, locks: 2 }]);
    expect(w.emu.dump().files[0].tables[0].records).toBe(1);
    expect(w.emu.dumpText()).toContain(`uncommitted in ${PEOPLE}: 2 changes, 2 locks`);
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
    expect(session()?.tableChanges).toEqual([]);
    expect(w.emu.dump().files[0].tables[0].records).toBe(3);
  });

  it('counts the older image kept for a transaction that began before a commit, and drops it when that ends', () => {
    const w = isam();
    const p = createPeople(w.api, self(w), true);
    const other = peer(w);
    expect(w.api.JetBeginTransaction(other.ses)).toBe(JET_errSuccess);
    const box = out<JET_TABLEID>();
    expect(w.api.JetOpenTable(w.ses, w.dbid, PEOPLE, null, 0, 0, box)).toBe(JET_errSuccess);
    fill(w.api, w.ses, { ...p, tableid: box.value }, [[1, 'a', 10]]);
    expect(w.emu.dump().files[0].tables[0].versions).toBe(1);
    expect(w.api.JetRollback(other.ses, 0)).toBe(JET_errSuccess);
    fill(w.api, w.ses, { ...p, tableid: box.value }, [[2, 'b', 20]]);
    expect(w.emu.dump().files[0].tables[0].versions).toBe(0);
    expect(w.api.JetMove(w.ses, box.value, JET_MoveFirst, 0)).toBe(JET_errSuccess);
  });

  it('marks a table whose creation or deletion its transaction has not committed', () => {
    // The creation is its session's until the commit (fileopen.cxx ErrFILEOpenTable seeks the versioned catalog),
    // a deletion is pending until then (FDeletePending): the dump says which, and stops saying it at the commit.
    const w = isam();
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    const p = createPeople(w.api, self(w));
    const table = () => w.emu.dump().files[0].tables.find((t) => t.name === PEOPLE);
    expect(table()?.uncommitted).toBe('created');
    expect(w.emu.dumpText()).toContain(`table ${PEOPLE} (created, not committed): 0 records`);
    expect(w.api.JetCloseTable(w.ses, p.tableid)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
    expect(table()?.uncommitted).toBeUndefined();
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetDeleteTable(w.ses, w.dbid, PEOPLE)).toBe(JET_errSuccess);
    expect(table()?.uncommitted).toBe('deleted');
    expect(w.emu.dumpText()).toContain(`table ${PEOPLE} (deleted, not committed)`);
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
    expect(table()).toBeUndefined();
  });
});
