/**
 * Fixtures: `emulator.snapshot()` copies the whole state and `restore()` puts it back (src/emulator/snapshot.ts).
 * What a restored state must be is the state at the snapshot, whatever happened since: the same instances,
 * sessions (their handles working again), open databases, cursors (on the same record) and tables with the same
 * records; changes made after the snapshot, in the live state or in an earlier restore, never show.
 */
import { createEmulator, out, EmulatorSnapshot, JET_errInvalidSesid, JET_errRecordNotFound, JET_errSuccess, JET_MoveFirst, JET_MoveNext } from '../../src';
import type { JET_COLUMNID, JET_SESID, JET_TABLEID } from '../../src';
import { addColumn, createIndex, int32, intOf, isam, isamApi, scan } from '../support/isam';
import type { Emulator } from '../../src';

interface World {
  emu: Emulator;
  ses: JET_SESID;
  t: JET_TABLEID;
  id: JET_COLUMNID;
}

/** One instance, one session, a database with table "nums" (id Long, primary) holding ids 1..n, a cursor on it at id 1. */
function world(n: number): World {
  const w = isam('fixture.edb');
  const { emu, api } = w;
  const ses = { value: w.ses };
  const box = out<JET_TABLEID>();
  expect(api.JetCreateTable(ses.value, w.dbid, 'nums', 0, 100, box)).toBe(JET_errSuccess);
  const id = addColumn(api, ses.value, box.value, 'id', { coltyp: 4 });
  createIndex(api, ses.value, box.value, 'primary', 0x1 | 0x2, '+id');
  expect(api.JetBeginTransaction(ses.value)).toBe(JET_errSuccess);
  for (let i = 1; i <= n; i++) {
    expect(api.JetPrepareUpdate(ses.value, box.value, 0)).toBe(JET_errSuccess);
    expect(api.JetSetColumn(ses.value, box.value, id, int32(i), 4, 0, null)).toBe(JET_errSuccess);
    expect(api.JetUpdate(ses.value, box.value, null, 0, null)).toBe(JET_errSuccess);
  }
  expect(api.JetCommitTransaction(ses.value, 0)).toBe(JET_errSuccess);
  expect(api.JetMove(ses.value, box.value, JET_MoveFirst, 0)).toBe(JET_errSuccess);
  return { emu, ses: ses.value, t: box.value, id };
}

describe('emulator.snapshot() / restore()', () => {
  it('puts back sessions, cursors and records after the live state changed every one of them', () => {
    const w = world(50);
    const api = isamApi(w.emu);
    const snap = w.emu.snapshot();
    expect(snap).toBeInstanceOf(EmulatorSnapshot);
    // Change everything: delete records, move the cursor, end the session.
    expect(api.JetMove(w.ses, w.t, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(api.JetDelete(w.ses, w.t)).toBe(JET_errSuccess);
    expect(api.JetMove(w.ses, w.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(api.JetDelete(w.ses, w.t)).toBe(JET_errSuccess);
    expect(scan(api, w.ses, w.t, w.id)).toHaveLength(48);
    expect(api.JetEndSession(w.ses, 0)).toBe(JET_errSuccess);
    expect(api.JetBeginTransaction(w.ses)).toBe(JET_errInvalidSesid);

    w.emu.restore(snap);
    // The session works again, its cursor is on the record it was on, and every record is back.
    expect(intOf(api, w.ses, w.t, w.id)).toBe(1);
    expect(scan(api, w.ses, w.t, w.id)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
  });

  it('a table read often (its records then answered from a hash table) restores as it was, and stays exact after', () => {
    // esemu's images answer exact seeks from a hash table after enough reads (src/storage/tableImage.ts); a snapshot
    // must not carry it, and what a restored table answers must still be its records, changed or not.
    const w = world(2000);
    const api = isamApi(w.emu);
    const seekEq = (n: number): number => {
      expect(api.JetMakeKey(w.ses, w.t, int32(n), 4, 0x1)).toBe(JET_errSuccess);
      return api.JetSeek(w.ses, w.t, 0x1);
    };
    for (let i = 1; i <= 2000; i++) expect(seekEq(i)).toBe(JET_errSuccess);
    const snap = w.emu.snapshot();
    expect(seekEq(7)).toBe(JET_errSuccess);
    expect(api.JetDelete(w.ses, w.t)).toBe(JET_errSuccess);
    expect(seekEq(7)).toBe(JET_errRecordNotFound);
    w.emu.restore(snap);
    for (let i = 1; i <= 2000; i++) {
      expect(seekEq(i)).toBe(JET_errSuccess);
      expect(intOf(api, w.ses, w.t, w.id)).toBe(i);
    }
    expect(seekEq(2001)).toBe(JET_errRecordNotFound);
    // Changes after the restore show in exact seeks at once.
    expect(seekEq(9)).toBe(JET_errSuccess);
    expect(api.JetDelete(w.ses, w.t)).toBe(JET_errSuccess);
    expect(seekEq(9)).toBe(JET_errRecordNotFound);
    expect(seekEq(10)).toBe(JET_errSuccess);
  });

  it('each restore starts from the snapshot, not from what the previous restore became', () => {
    const w = world(10);
    const api = isamApi(w.emu);
    const snap = w.emu.snapshot();
    const atSnapshot = w.emu.dump();
    for (let round = 0; round < 3; round++) {
      w.emu.restore(snap);
      expect(scan(api, w.ses, w.t, w.id)).toHaveLength(10);
      expect(api.JetMove(w.ses, w.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
      expect(api.JetDelete(w.ses, w.t)).toBe(JET_errSuccess);
      expect(scan(api, w.ses, w.t, w.id)).toHaveLength(9);
    }
    // After three rounds of deletes, a restored state dumps as the state did when the snapshot was taken.
    w.emu.restore(snap);
    expect(w.emu.dump()).toEqual(atSnapshot);
  });

  it('restores into another emulator, and a snapshot taken in a transaction is refused', () => {
    const w = world(5);
    const api = isamApi(w.emu);
    const other = createEmulator();
    other.restore(w.emu.snapshot());
    expect(scan(isamApi(other), w.ses, w.t, w.id)).toEqual([1, 2, 3, 4, 5]);
    expect(api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(() => w.emu.snapshot()).toThrow(/in a transaction \(level 1\)/);
    expect(() => w.emu.restore({} as EmulatorSnapshot)).toThrow(/not a snapshot/);
  });
});
