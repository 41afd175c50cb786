/**
 * A dirty JetTerm with a transaction open drops its uncommitted table changes and their locks, as recovery would
 * undo them (ese-semantics §2.5: JetTerm2 with JET_bitTermDirty skips the per-session rollback): a later instance
 * attaching the same file neither sees the changes nor meets their locks.
 */
import {
  out, JET_bitTermDirty, JET_errDirtyShutdown, JET_errSuccess, JET_MoveFirst, JET_prepReplace,
} from '../../src';
import type { JET_TABLEID } from '../../src';
import { createPeople, fill, isam, int32, peopleIds, reattached, self } from '../support/isam';

describe('a dirty JetTerm and table locks', () => {
  it('forgets the dead session\'s uncommitted changes and locks', () => {
    const w = isam();
    const api = w.emu.api;
    const p = createPeople(w.api, self(w));
    fill(w.api, w.ses, p, [[1, 'a', 10]]);
    expect(api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(api.JetMove(w.ses, p.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(api.JetPrepareUpdate(w.ses, p.tableid, JET_prepReplace)).toBe(JET_errSuccess);
    expect(api.JetSetColumn(w.ses, p.tableid, p.age, int32(99), 4, 0, null)).toBe(JET_errSuccess);
    expect(api.JetUpdate(w.ses, p.tableid, null, 0, null)).toBe(JET_errSuccess);
    expect(api.JetTerm2(w.inst, JET_bitTermDirty)).toBe(JET_errDirtyShutdown);
    const again = reattached(w);
    const t = out<JET_TABLEID>();
    expect(api.JetOpenTable(again.ses, again.dbid, 'people', null, 0, 0, t)).toBe(JET_errSuccess);
    const q = { ...p, tableid: t.value };
    expect(peopleIds(w.api, again.ses, q)).toEqual([1]);
    expect(api.JetBeginTransaction(again.ses)).toBe(JET_errSuccess);
    expect(api.JetMove(again.ses, t.value, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(api.JetPrepareUpdate(again.ses, t.value, JET_prepReplace)).toBe(JET_errSuccess);
    const age = new Uint8Array(4);
    expect(api.JetRetrieveColumn(again.ses, t.value, p.age, age, 4, null, 0, null)).toBe(JET_errSuccess);
    expect(new DataView(age.buffer).getInt32(0, true)).toBe(10);
  });
});
