/**
 * Rollback of changes to materialized temp tables.
 *
 * Engine rules (ese-semantics.md §7.4, §9.5):
 * - a materialized temp table lives in the temp database, which is versioned unless
 *   JET_paramEnableTempTableVersioning is off (sysinit.cxx); every insert, replace and delete made inside a
 *   transaction creates a version (RCE) and the rollback of that level undoes them (ErrVERRollback, ver.cxx);
 * - the undo walks the level's versions from the newest to the oldest (ErrVERRollback, ver.cxx:8237: from
 *   ppib->prceNewest back along PrcePrevOfSession while the version belongs to the level), so after the
 *   rollback the table is exactly as it was when the level began, whatever mix of operations touched a row;
 * - at level 0 each operation commits on its own, so a later rollback never undoes it;
 * - a commit hands the level's versions to the level below, whose rollback then undoes them.
 */
import fc from 'fast-check';
import {
  out, JET_bitColumnTTKey, JET_bitRollbackAll, JET_bitSeekEQ, JET_bitTTForceMaterialization, JET_bitTTIndexed,
  JET_bitTTUpdatable, JET_bitNewKey, JET_coltypLong, JET_errNoCurrentRecord, JET_MoveFirst, JET_MoveNext,
  JET_prepInsert, JET_prepReplace,
} from '../../src';
import type { JetApi, JET_COLUMNID, JET_SESID, JET_TABLEID } from '../../src';
import { int32, readInt32, world } from '../support/fixture';

interface Kv {
  api: JetApi;
  ses: JET_SESID;
  tableid: JET_TABLEID;
  k: JET_COLUMNID;
  v: JET_COLUMNID;
}

type Mode = 'materialized at open' | 'updatable sort after its first move';

/** A materialized temp table with a Long key `k` and a Long value `v`, holding `rows` (inserted at level 0). */
function kvTable(mode: Mode, rows: Array<[number, number]>): Kv {
  const { api, ses } = world();
  const ids: JET_COLUMNID[] = [];
  const tt = out<JET_TABLEID>();
  const grbit = mode === 'materialized at open' ? JET_bitTTForceMaterialization : JET_bitTTUpdatable | JET_bitTTIndexed;
  expect(api.JetOpenTempTable(ses, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }, { coltyp: JET_coltypLong }], 2, grbit, tt, ids)).toBe(0);
  const t: Kv = { api, ses, tableid: tt.value, k: ids[0], v: ids[1] };
  for (const [k, v] of rows) expect(put(t, k, v)).toBe(0);
  // The first move ends the insert phase of the updatable sort and materializes it (ErrTTEndInsert, sortapi.cxx).
  expect(api.JetMove(ses, t.tableid, JET_MoveFirst, 0)).toBe(rows.length > 0 ? 0 : JET_errNoCurrentRecord);
  return t;
}

function put(t: Kv, k: number, v: number): number {
  expect(t.api.JetPrepareUpdate(t.ses, t.tableid, JET_prepInsert)).toBe(0);
  expect(t.api.JetSetColumn(t.ses, t.tableid, t.k, int32(k), 4, 0, null)).toBe(0);
  expect(t.api.JetSetColumn(t.ses, t.tableid, t.v, int32(v), 4, 0, null)).toBe(0);
  return t.api.JetUpdate(t.ses, t.tableid, null, 0, null);
}

function seek(t: Kv, k: number): void {
  expect(t.api.JetMakeKey(t.ses, t.tableid, int32(k), 4, JET_bitNewKey)).toBe(0);
  expect(t.api.JetSeek(t.ses, t.tableid, JET_bitSeekEQ)).toBe(0);
}

function replace(t: Kv, k: number, v: number): void {
  seek(t, k);
  expect(t.api.JetPrepareUpdate(t.ses, t.tableid, JET_prepReplace)).toBe(0);
  expect(t.api.JetSetColumn(t.ses, t.tableid, t.v, int32(v), 4, 0, null)).toBe(0);
  expect(t.api.JetUpdate(t.ses, t.tableid, null, 0, null)).toBe(0);
}

function del(t: Kv, k: number): void {
  seek(t, k);
  expect(t.api.JetDelete(t.ses, t.tableid)).toBe(0);
}

/** Every row, in key order. */
function rows(t: Kv): Array<[number, number]> {
  const got: Array<[number, number]> = [];
  const read = (col: JET_COLUMNID): number => {
    const buf = new Uint8Array(4);
    expect(t.api.JetRetrieveColumn(t.ses, t.tableid, col, buf, 4, null, 0, null)).toBe(0);
    return readInt32(buf);
  };
  for (let rc = t.api.JetMove(t.ses, t.tableid, JET_MoveFirst, 0); rc === 0; rc = t.api.JetMove(t.ses, t.tableid, JET_MoveNext, 0)) {
    got.push([read(t.k), read(t.v)]);
  }
  return got;
}

const begin = (t: Kv) => expect(t.api.JetBeginTransaction(t.ses)).toBe(0);
const rollback = (t: Kv, grbit = 0) => expect(t.api.JetRollback(t.ses, grbit)).toBe(0);
const commit = (t: Kv) => expect(t.api.JetCommitTransaction(t.ses, 0)).toBe(0);

const MODES: Mode[] = ['materialized at open', 'updatable sort after its first move'];
const START: Array<[number, number]> = [[1, 10], [2, 20]];

describe.each(MODES)('rollback undoes a level newest change first (%s)', (mode) => {
  it('the same row replaced twice goes back to its value before the level', () => {
    const t = kvTable(mode, START);
    begin(t);
    replace(t, 1, 11);
    replace(t, 1, 12);
    expect(rows(t)).toEqual([[1, 12], [2, 20]]);
    rollback(t);
    expect(rows(t)).toEqual(START);
  });

  it('the same row replaced three times, with another row changed in between', () => {
    const t = kvTable(mode, START);
    begin(t);
    replace(t, 2, 21);
    replace(t, 1, 11);
    replace(t, 2, 22);
    replace(t, 1, 12);
    replace(t, 2, 23);
    rollback(t);
    expect(rows(t)).toEqual(START);
  });

  it('insert k, delete k, insert k with another value: k is gone again', () => {
    const t = kvTable(mode, START);
    begin(t);
    expect(put(t, 3, 30)).toBe(0);
    del(t, 3);
    expect(put(t, 3, 31)).toBe(0);
    expect(rows(t)).toEqual([...START, [3, 31]]);
    rollback(t);
    expect(rows(t)).toEqual(START);
  });

  it('delete k, insert k with another value, replace it: k has its old value', () => {
    const t = kvTable(mode, START);
    begin(t);
    del(t, 1);
    expect(put(t, 1, 15)).toBe(0);
    replace(t, 1, 16);
    expect(rows(t)).toEqual([[1, 16], [2, 20]]);
    rollback(t);
    expect(rows(t)).toEqual(START);
  });

  it('replace, delete, insert again, delete again: the row is back with its first value', () => {
    const t = kvTable(mode, START);
    begin(t);
    replace(t, 2, 21);
    del(t, 2);
    expect(put(t, 2, 22)).toBe(0);
    del(t, 2);
    expect(rows(t)).toEqual([[1, 10]]);
    rollback(t);
    expect(rows(t)).toEqual(START);
  });

  it('nested levels: each rollback restores the state at the start of its own level', () => {
    const t = kvTable(mode, START);
    begin(t);
    replace(t, 1, 11);
    begin(t);
    replace(t, 1, 12);
    del(t, 2);
    expect(put(t, 2, 21)).toBe(0);
    replace(t, 1, 13);
    rollback(t);
    expect(rows(t)).toEqual([[1, 11], [2, 20]]);
    rollback(t);
    expect(rows(t)).toEqual(START);
  });

  it('JET_bitRollbackAll undoes every level, newest first', () => {
    const t = kvTable(mode, START);
    begin(t);
    replace(t, 1, 11);
    begin(t);
    replace(t, 1, 12);
    begin(t);
    del(t, 1);
    expect(put(t, 1, 14)).toBe(0);
    rollback(t, JET_bitRollbackAll);
    expect(rows(t)).toEqual(START);
  });

  it('random changes inside one level are all undone by its rollback, and all kept by its commit', () => {
    type Op = { op: 'put' | 'replace' | 'del'; k: number; v: number };
    const op = fc.record({ op: fc.constantFrom<Op['op']>('put', 'replace', 'del'), k: fc.integer({ min: 1, max: 4 }), v: fc.integer({ min: 100, max: 999 }) });
    fc.assert(fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), fc.boolean(), (ops, keep) => {
      const t = kvTable(mode, START);
      const model = new Map<number, number>(START);
      begin(t);
      for (const { op: o, k, v } of ops) {
        if (o === 'put' && !model.has(k)) {
          expect(put(t, k, v)).toBe(0);
          model.set(k, v);
        } else if (o === 'replace' && model.has(k)) {
          replace(t, k, v);
          model.set(k, v);
        } else if (o === 'del' && model.has(k)) {
          del(t, k);
          model.delete(k);
        }
      }
      if (keep) commit(t);
      else rollback(t);
      const expected = keep ? [...model.entries()].sort((a, b) => a[0] - b[0]) : START;
      expect(rows(t)).toEqual(expected);
    }), { numRuns: 60 });
  });
});

describe.each(MODES)('a replace is versioned (%s)', (mode) => {
  it('a replace inside a transaction is undone by its rollback', () => {
    const t = kvTable(mode, START);
    begin(t);
    replace(t, 2, 99);
    expect(rows(t)).toEqual([[1, 10], [2, 99]]);
    rollback(t);
    expect(rows(t)).toEqual(START);
  });

  it('a replace at level 2 is undone by rolling back level 2; a replace at level 1 stays until level 1 rolls back', () => {
    const t = kvTable(mode, START);
    begin(t);
    replace(t, 1, 11);
    begin(t);
    replace(t, 2, 22);
    rollback(t);
    expect(rows(t)).toEqual([[1, 11], [2, 20]]);
    rollback(t);
    expect(rows(t)).toEqual(START);
  });

  it('a replace committed from level 2 into level 1 is undone by the rollback of level 1', () => {
    const t = kvTable(mode, START);
    begin(t);
    begin(t);
    replace(t, 1, 11);
    commit(t);
    expect(rows(t)).toEqual([[1, 11], [2, 20]]);
    rollback(t);
    expect(rows(t)).toEqual(START);
  });

  it('a replace committed to level 0 stays after a later transaction rolls back', () => {
    const t = kvTable(mode, START);
    begin(t);
    replace(t, 1, 11);
    commit(t);
    begin(t);
    replace(t, 1, 12);
    rollback(t);
    expect(rows(t)).toEqual([[1, 11], [2, 20]]);
  });

  it('a replace made at level 0 commits at once: a later rollback does not undo it', () => {
    const t = kvTable(mode, START);
    replace(t, 1, 11);
    begin(t);
    rollback(t);
    expect(rows(t)).toEqual([[1, 11], [2, 20]]);
  });
});
