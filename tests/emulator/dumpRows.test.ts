/**
 * The dump's row previews (`emulator.dump({ rows })`, issue 8: the state tree shows sorts and temp tables with
 * their rows, tables with their records and each session's uncommitted changes). Expected rows follow the engine's
 * rules: a table's records in primary-key order (the bookmark is the normalized primary key: for an ascending
 * Long, the byte 0x7F then the value big-endian with its sign bit flipped, fldnorm.cxx), a sort's rows in key order
 * once it is read (sort.cxx) and as inserted before, another session's uncommitted changes invisible in the
 * committed records (snapshot isolation), and a rollback leaving no change behind.
 */
import {
  out, JET_bitColumnMultiValued, JET_bitColumnTagged, JET_bitColumnTTKey, JET_bitSeekEQ, JET_bitTTIndexed, JET_bitTTUpdatable, JET_coltypLong, JET_coltypText, JET_errSuccess, JET_MoveFirst, JET_prepInsert,
  JET_prepReplace,
} from '../../src';
import type { JET_COLUMNID, JET_TABLEID, SessionDump, TableDump } from '../../src';
import { addColumn, ascii, createPeople, fill, insertPerson, int32, isam, openTable, peer, PEOPLE, seekInt, self } from '../support/isam';
import type { Isam, People } from '../support/isam';

function people(): { w: Isam; p: People } {
  const w = isam();
  const p = createPeople(w.api, self(w));
  fill(w.api, w.ses, p, [[1, 'ann', 30], [2, 'bob', null], [3, 'cy', 40]]);
  return { w, p };
}

const table = (w: Isam, rows: unknown): TableDump | undefined =>
  w.emu.dump({ rows } as { rows: number }).files.find((f) => f.path === w.file)?.tables.find((t) => t.name === PEOPLE);
const session = (w: Isam, ses: unknown): SessionDump | undefined =>
  w.emu.dump({ rows: 10 }).instances[0].sessions.find((s) => s.handle === ses);

describe('previews of a table', () => {
  it('are left out of a dump not asked for rows', () => {
    const { w } = people();
    expect(w.emu.dump().files[0].tables[0]).not.toHaveProperty('preview');
    for (const rows of [0, -1, NaN, 'x', null]) expect(table(w, rows)).not.toHaveProperty('preview');
  });

  it('show the first committed records in primary-key order, NULL columns left out', () => {
    const { w } = people();
    expect(table(w, 2)?.preview).toEqual([
      { bookmark: '7f80000001', values: { id: '1', name: '"ann"', age: '30' } },
      { bookmark: '7f80000002', values: { id: '2', name: '"bob"' } },
    ]);
    expect(table(w, 2.9)?.preview).toHaveLength(2);
    expect(table(w, Infinity)?.preview?.map((r) => r.values.id)).toEqual(['1', '2', '3']);
    const text = w.emu.dumpText({ rows: 5 });
    expect(text).toContain('[7f80000001] id=1, name="ann", age=30');
    expect(text).toContain('[7f80000003] id=3, name="cy", age=40');
  });

  it('show every value of a multi-valued column', () => {
    const { w, p } = people();
    const tags = addColumn(w.api, w.ses, p.tableid, 'tags', { coltyp: JET_coltypLong, grbit: JET_bitColumnTagged | JET_bitColumnMultiValued });
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, p.tableid, p.id, int32(0), 4, 0, null)).toBe(JET_errSuccess);
    // itagSequence 0 adds a value (JET_SETINFO).
    for (const v of [7, -1]) expect(w.api.JetSetColumn(w.ses, p.tableid, tags, int32(v), 4, 0, { itagSequence: 0 })).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, p.tableid, null, 0, null)).toBe(JET_errSuccess);
    // id 0 sorts first: 0x80000000 after the sign bit is flipped, below 0x80000001.
    expect(table(w, 1)?.preview).toEqual([{ bookmark: '7f80000000', values: { id: '0', tags: '[7, -1]' } }]);
  });
});

describe("previews of a session's uncommitted changes", () => {
  it('show what the session inserted, replaced and deleted, as it sees them, while the committed records stay as they were', () => {
    const { w, p: created } = people();
    // The creator's cursor holds the new table exclusively (JetCreateTable): close it so that a peer can open it.
    expect(w.api.JetCloseTable(w.ses, created.tableid)).toBe(JET_errSuccess);
    const b = peer(w);
    const t = openTable(w.api, b, PEOPLE);
    const p: People = { ...created, tableid: t };
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, b.ses, p, 4, 'dee')).toBe(JET_errSuccess);
    expect(seekInt(w.api, b.ses, t, 2, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(b.ses, t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(b.ses, t, p.name, ascii('bo2'), 3, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(b.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(seekInt(w.api, b.ses, t, 3, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetDelete(b.ses, t)).toBe(JET_errSuccess);
    // Inserted and deleted again in the transaction: no change at all.
    expect(insertPerson(w.api, b.ses, p, 5)).toBe(JET_errSuccess);
    expect(seekInt(w.api, b.ses, t, 5, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetDelete(b.ses, t)).toBe(JET_errSuccess);

    expect(session(w, b.ses)?.tableChanges[0].preview).toEqual([
      { change: 'inserted', bookmark: '7f80000004', values: { id: '4', name: '"dee"' } },
      { change: 'replaced', bookmark: '7f80000002', values: { id: '2', name: '"bo2"' } },
      { change: 'deleted', bookmark: '7f80000003', values: { id: '3', name: '"cy"', age: '40' } },
    ]);
    expect(session(w, w.ses)?.tableChanges).toEqual([]);
    expect(table(w, 10)?.preview?.map((r) => r.values)).toEqual([
      { id: '1', name: '"ann"', age: '30' }, { id: '2', name: '"bob"' }, { id: '3', name: '"cy"', age: '40' },
    ]);
    expect(w.emu.dumpText({ rows: 3 })).toContain('replaced [7f80000002] id=2, name="bo2"');
    expect(w.api.JetRollback(b.ses, 0)).toBe(JET_errSuccess);
    expect(session(w, b.ses)?.tableChanges).toEqual([]);
    expect(table(w, 10)?.preview).toHaveLength(3);
  });
});

describe('previews of sorts and temp tables', () => {
  it('show the rows as inserted while the sort collects them, in key order once it is read, keyed by column id', () => {
    const w = isam();
    const box = out<JET_TABLEID>();
    const ids: JET_COLUMNID[] = [];
    const defs = [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }, { coltyp: JET_coltypText, cp: 1200 }];
    expect(w.api.JetOpenTempTable(w.ses, defs, 2, 0, box, ids)).toBe(JET_errSuccess);
    const t = box.value;
    for (const [k, s] of [[5, null], [2, 'b'], [9, null]] as const) {
      expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
      expect(w.api.JetSetColumn(w.ses, t, ids[0], int32(k), 4, 0, null)).toBe(JET_errSuccess);
      if (s !== null) expect(w.api.JetSetColumn(w.ses, t, ids[1], Uint8Array.of(s.charCodeAt(0), 0), 2, 0, null)).toBe(JET_errSuccess);
      expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    }
    const cursor = () => session(w, w.ses)?.cursors.find((c) => c.handle === (t as unknown as number));
    const [k, v] = ids.map(String);
    expect(cursor()?.columns).toEqual([{ columnid: ids[0], coltyp: JET_coltypLong, cp: 0 }, { columnid: ids[1], coltyp: JET_coltypText, cp: 1200 }]);
    expect(cursor()?.preview).toEqual([
      { bookmark: '7f80000005', values: { [k]: '5' } },
      { bookmark: '7f80000002', values: { [k]: '2', [v]: '"b"' } },
      { bookmark: '7f80000009', values: { [k]: '9' } },
    ]);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(cursor()?.preview?.map((r) => r.values[k])).toEqual(['2', '5', '9']);
    expect(w.emu.dump({ rows: 1 }).instances[0].sessions[0].cursors[0].preview).toHaveLength(1);
    expect(w.emu.dumpText({ rows: 3 })).toContain(`[7f80000002] ${k}=2, ${v}="b"`);
  });

  it('show a materialized temp table in key order, with the rows inserted after it was materialized', () => {
    const w = isam();
    const box = out<JET_TABLEID>();
    const ids: JET_COLUMNID[] = [];
    expect(w.api.JetOpenTempTable(w.ses, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }], 1, JET_bitTTIndexed | JET_bitTTUpdatable, box, ids)).toBe(JET_errSuccess);
    const t = box.value;
    const insert = (n: number): void => {
      expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
      expect(w.api.JetSetColumn(w.ses, t, ids[0], int32(n), 4, 0, null)).toBe(JET_errSuccess);
      expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    };
    insert(8);
    insert(3);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    insert(5);
    const c = session(w, w.ses)?.cursors[0];
    expect(c).toMatchObject({ kind: 'temp table', rows: 3 });
    expect(c?.preview?.map((r) => r.values[String(ids[0])])).toEqual(['3', '5', '8']);
  });
});
