/**
 * A dirty JetTerm with a transaction open drops its uncommitted table changes and their locks, as recovery would
 * undo them (ese-semantics §2.5: JetTerm2 with JET_bitTermDirty skips the per-session rollback): a later instance
 * attaching the same file neither sees the changes nor meets their locks.
 */
import {
  out, JET_bitTermDirty, JET_errDirtyShutdown, JET_errSuccess, JET_MoveFirst, JET_prepReplace,
} from '../../src';
import type { JET_DBID, JET_INSTANCE, JET_SESID, JET_TABLEID } from '../../src';
import { createPeople, fill, isam, int32, peopleIds, self } from '../support/isam';

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
    const inst = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(inst, 'again')).toBe(JET_errSuccess);
    expect(api.JetInit(inst)).toBe(JET_errSuccess);
    const ses = out<JET_SESID>();
    expect(api.JetBeginSession(inst.value, ses, '', '')).toBe(JET_errSuccess);
    expect(api.JetAttachDatabase(ses.value, w.file, 0)).toBe(JET_errSuccess);
    const dbid = out<JET_DBID>();
    expect(api.JetOpenDatabase(ses.value, w.file, null, dbid, 0)).toBe(JET_errSuccess);
    const t = out<JET_TABLEID>();
    expect(api.JetOpenTable(ses.value, dbid.value, 'people', null, 0, 0, t)).toBe(JET_errSuccess);
    const q = { ...p, tableid: t.value };
    expect(peopleIds(w.api, ses.value, q)).toEqual([1]);
    expect(api.JetBeginTransaction(ses.value)).toBe(JET_errSuccess);
    expect(api.JetMove(ses.value, t.value, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(api.JetPrepareUpdate(ses.value, t.value, JET_prepReplace)).toBe(JET_errSuccess);
    const age = new Uint8Array(4);
    expect(api.JetRetrieveColumn(ses.value, t.value, p.age, age, 4, null, 0, null)).toBe(JET_errSuccess);
    expect(new DataView(age.buffer).getInt32(0, true)).toBe(10);
  });
});
