/**
 * Sort slots: the JET_paramMaxTemporaryTables quota.
 *
 * Engine rules:
 * - every sort holds one SCB from the instance's pool, whose quota is JET_paramMaxTemporaryTables (default 20);
 *   opening a sort with the pool used up is TooManySorts (ErrSORTOpen, sort.cxx:93-96; ese-semantics.md §9.3);
 *   the value 0 refuses every open (sortapi.cxx:3257-3261);
 * - JetDupCursor on a sort links another cursor to the same SCB (ErrIsamSortDupCursor, sortapi.cxx:804-);
 *   SORTClose (sort.cxx:769-) frees the SCB only when the cursor being closed is its last one;
 * - materializing a sort gives its SCB back (ErrIsamSortMaterialize, sortapi.cxx:2627-2632). A
 *   JET_bitTTUpdatable sort materializes when its insert phase ends at the first JetMove / JetSeek
 *   (ErrTTEndInsert, sortapi.cxx:3325-); any other in-memory sort keeps its SCB while it is read;
 * - JET_bitTTForceMaterialization tables take an SCB at open and give it back at once (§9.3 step 7);
 * - a rollback closes the sorts and cursors opened in the level (tm.cxx:1953-2004), JetEndSession closes the
 *   session's remaining ones (tm.cxx:132-177).
 */
import {
  out, JET_bitColumnTTKey, JET_bitNewKey, JET_bitSeekGE, JET_bitTTForceMaterialization, JET_bitTTIndexed, JET_bitTTScrollable,
  JET_bitTTUpdatable, JET_coltypLong, JET_errNoCurrentRecord, JET_errRecordNotFound, JET_errTooManySorts, JET_MoveFirst,
  JET_paramMaxCursors, JET_paramMaxTemporaryTables,
} from '../../src';
import type { JetApi, JET_SESID, JET_TABLEID } from '../../src';
import { insert, int32, openSort, session, world } from '../support/fixture';
import type { World } from '../support/fixture';

/** A world with `slots` sort slots and plenty of cursors. */
function slotsWorld(slots: number): World {
  return world({}, [[JET_paramMaxTemporaryTables, slots], [JET_paramMaxCursors, 1000]]);
}

/** Try to open one more sort; returns the code (and closes nothing). */
function tryOpen(api: JetApi, ses: JET_SESID, grbit = 0): number {
  const tt = out<JET_TABLEID>();
  return api.JetOpenTempTable(ses, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }], 1, grbit, tt, []);
}

/** A sort with a few rows, moved to its first row (read from memory unless it is updatable). */
function readSort(api: JetApi, ses: JET_SESID, grbit = 0): JET_TABLEID {
  const s = openSort(api, ses, grbit);
  for (const v of [3, 1, 2]) expect(insert(api, ses, s.tableid, s.col, v)).toBe(0);
  expect(api.JetMove(ses, s.tableid, JET_MoveFirst, 0)).toBe(0);
  return s.tableid;
}

function dup(api: JetApi, ses: JET_SESID, tableid: JET_TABLEID): JET_TABLEID {
  const box = out<JET_TABLEID>();
  expect(api.JetDupCursor(ses, tableid, box, 0)).toBe(0);
  return box.value;
}

describe('the quota at its limit and one below', () => {
  it.each([1, 2, 5, 20])('MaxTemporaryTables %i: the last free slot opens, the next open is TooManySorts', (slots) => {
    const { api, ses } = slotsWorld(slots);
    const open: JET_TABLEID[] = [];
    for (let i = 0; i < slots; i++) open.push(openSort(api, ses).tableid);
    expect(tryOpen(api, ses)).toBe(JET_errTooManySorts);
    expect(tryOpen(api, ses, JET_bitTTForceMaterialization)).toBe(JET_errTooManySorts);
    expect(api.JetCloseTable(ses, open[0])).toBe(0);
    expect(tryOpen(api, ses)).toBe(0);
    expect(tryOpen(api, ses)).toBe(JET_errTooManySorts);
  });

  it('the default is 20 slots', () => {
    const { api, ses } = world();
    for (let i = 0; i < 20; i++) expect(tryOpen(api, ses)).toBe(0);
    expect(tryOpen(api, ses)).toBe(JET_errTooManySorts);
  });

  it('MaxTemporaryTables 0 refuses every open', () => {
    const { api, ses } = slotsWorld(0);
    expect(tryOpen(api, ses)).toBe(JET_errTooManySorts);
    expect(tryOpen(api, ses, JET_bitTTForceMaterialization)).toBe(JET_errTooManySorts);
  });

  it('the slots are the instance\'s: one session\'s sorts leave none for another, until it ends', () => {
    const { api, inst, ses } = slotsWorld(2);
    const other = session(api, inst);
    openSort(api, ses);
    expect(tryOpen(api, other)).toBe(0);
    expect(tryOpen(api, other)).toBe(JET_errTooManySorts);
    expect(api.JetEndSession(ses, 0)).toBe(0);
    expect(tryOpen(api, other)).toBe(0);
    expect(tryOpen(api, other)).toBe(JET_errTooManySorts);
  });
});

describe('a sort keeps its slot while any cursor on it is open', () => {
  it('closing the original while its JetDupCursor copy is open keeps the slot', () => {
    const { api, ses } = slotsWorld(2);
    const a = readSort(api, ses);
    const copy = dup(api, ses, a);
    expect(api.JetCloseTable(ses, a)).toBe(0);
    expect(tryOpen(api, ses)).toBe(0);
    expect(tryOpen(api, ses)).toBe(JET_errTooManySorts);
    expect(api.JetMove(ses, copy, JET_MoveFirst, 0)).toBe(0);
    expect(api.JetCloseTable(ses, copy)).toBe(0);
    expect(tryOpen(api, ses)).toBe(0);
    expect(tryOpen(api, ses)).toBe(JET_errTooManySorts);
  });

  it('closing the copy first keeps the slot too', () => {
    const { api, ses } = slotsWorld(1);
    const a = readSort(api, ses);
    expect(api.JetCloseTable(ses, dup(api, ses, a))).toBe(0);
    expect(tryOpen(api, ses)).toBe(JET_errTooManySorts);
    expect(api.JetCloseTable(ses, a)).toBe(0);
    expect(tryOpen(api, ses)).toBe(0);
  });

  it.each([[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]])(
    'three cursors on one sort closed in the order %i, %i, %i: the slot comes back with the last',
    (...order) => {
      const { api, ses } = slotsWorld(1);
      const a = readSort(api, ses);
      const b = dup(api, ses, a);
      const cursors = [a, b, dup(api, ses, b)];
      for (const [n, i] of order.entries()) {
        expect(tryOpen(api, ses)).toBe(JET_errTooManySorts);
        expect(api.JetCloseTable(ses, cursors[i])).toBe(0);
        if (n < 2) expect(api.JetMove(ses, cursors[order[2]], JET_MoveFirst, 0)).toBe(0);
      }
      expect(tryOpen(api, ses)).toBe(0);
      expect(tryOpen(api, ses)).toBe(JET_errTooManySorts);
    },
  );

  it('a copy made inside a transaction is closed by its rollback; the original still holds the slot', () => {
    const { api, ses } = slotsWorld(1);
    const a = readSort(api, ses);
    expect(api.JetBeginTransaction(ses)).toBe(0);
    dup(api, ses, a);
    expect(api.JetRollback(ses, 0)).toBe(0);
    expect(tryOpen(api, ses)).toBe(JET_errTooManySorts);
    expect(api.JetCloseTable(ses, a)).toBe(0);
    expect(tryOpen(api, ses)).toBe(0);
  });

  it('the original closed, its copy closed by JetEndSession: the slot comes back', () => {
    const { api, inst, ses } = slotsWorld(1);
    const a = readSort(api, ses);
    dup(api, ses, a);
    expect(api.JetCloseTable(ses, a)).toBe(0);
    const other = session(api, inst);
    expect(tryOpen(api, other)).toBe(JET_errTooManySorts);
    expect(api.JetEndSession(ses, 0)).toBe(0);
    expect(tryOpen(api, other)).toBe(0);
  });

  it('cursors on a materialized table hold no slot, and closing them gives back none', () => {
    const { api, ses } = slotsWorld(1);
    const m = openSort(api, ses, 0, true);
    expect(insert(api, ses, m.tableid, m.col, 1)).toBe(0);
    const copy = dup(api, ses, m.tableid);
    expect(tryOpen(api, ses)).toBe(0);
    expect(tryOpen(api, ses)).toBe(JET_errTooManySorts);
    expect(api.JetCloseTable(ses, copy)).toBe(0);
    expect(api.JetCloseTable(ses, m.tableid)).toBe(0);
    expect(tryOpen(api, ses)).toBe(JET_errTooManySorts);
  });
});

describe('materializing gives the slot back', () => {
  it.each([
    ['TTUpdatable | TTIndexed', JET_bitTTUpdatable | JET_bitTTIndexed],
    ['TTUpdatable', JET_bitTTUpdatable],
    ['TTUpdatable | TTScrollable', JET_bitTTUpdatable | JET_bitTTScrollable],
  ])('a %s sort holds its slot while collecting and frees it at its first move', (_name, grbit) => {
    const { api, ses } = slotsWorld(2);
    const u = openSort(api, ses, grbit);
    for (const v of [2, 1]) expect(insert(api, ses, u.tableid, u.col, v)).toBe(0);
    const other = openSort(api, ses).tableid;
    expect(tryOpen(api, ses)).toBe(JET_errTooManySorts);
    expect(api.JetMove(ses, u.tableid, JET_MoveFirst, 0)).toBe(0);
    expect(tryOpen(api, ses)).toBe(0);
    expect(tryOpen(api, ses)).toBe(JET_errTooManySorts);
    // Still a working table: it takes inserts after reading, and its close frees no slot.
    expect(insert(api, ses, u.tableid, u.col, 3)).toBe(0);
    expect(api.JetCloseTable(ses, u.tableid)).toBe(0);
    expect(tryOpen(api, ses)).toBe(JET_errTooManySorts);
    expect(api.JetCloseTable(ses, other)).toBe(0);
    expect(tryOpen(api, ses)).toBe(0);
  });

  it('an empty updatable sort materializes too (its first move answers NoCurrentRecord)', () => {
    const { api, ses } = slotsWorld(1);
    const u = openSort(api, ses, JET_bitTTUpdatable | JET_bitTTIndexed);
    expect(tryOpen(api, ses)).toBe(JET_errTooManySorts);
    expect(api.JetMove(ses, u.tableid, JET_MoveFirst, 0)).toBe(JET_errNoCurrentRecord);
    expect(tryOpen(api, ses)).toBe(0);
  });

  it('a first JetSeek ends the insert phase and materializes as well', () => {
    const { api, ses } = slotsWorld(1);
    const u = openSort(api, ses, JET_bitTTUpdatable | JET_bitTTIndexed);
    expect(insert(api, ses, u.tableid, u.col, 5)).toBe(0);
    expect(api.JetMakeKey(ses, u.tableid, int32(9), 4, JET_bitNewKey)).toBe(0);
    expect(api.JetSeek(ses, u.tableid, JET_bitSeekGE)).toBe(JET_errRecordNotFound);
    expect(tryOpen(api, ses)).toBe(0);
  });

  it('a table materialized at open needs a free slot but keeps none', () => {
    const { api, ses } = slotsWorld(1);
    openSort(api, ses, 0, true);
    const s = openSort(api, ses).tableid;
    expect(tryOpen(api, ses, JET_bitTTForceMaterialization)).toBe(JET_errTooManySorts);
    expect(api.JetCloseTable(ses, s)).toBe(0);
    expect(tryOpen(api, ses, JET_bitTTForceMaterialization)).toBe(0);
    expect(tryOpen(api, ses)).toBe(0);
  });

  it.each([
    ['no grbit', 0], ['TTIndexed', JET_bitTTIndexed], ['TTScrollable', JET_bitTTScrollable],
    ['TTIndexed | TTScrollable', JET_bitTTIndexed | JET_bitTTScrollable],
  ])('a %s sort read from memory keeps its slot', (_name, grbit) => {
    const { api, ses } = slotsWorld(1);
    const s = readSort(api, ses, grbit);
    expect(tryOpen(api, ses)).toBe(JET_errTooManySorts);
    expect(api.JetCloseTable(ses, s)).toBe(0);
    expect(tryOpen(api, ses)).toBe(0);
  });
});
