/**
 * Survivors of mutation testing in src/engine/handles.ts and src/engine/cursorSet.ts (docs/testing.md, run 13),
 * killed here.
 * - pib.cxx ErrPIBBeginSession (ese-semantics.md §4.1): a new session takes the smallest positive procid no live
 *   session holds, so the procid of the session begun last is reused at once when that session ends.
 * - ese-semantics.md §7.3 / §7.4 (dir.cxx): a nested commit moves a prepared update down to the level below only
 *   when it was prepared in the committed level; a rollback cancels an update prepared in a level it undoes, and
 *   leaves one prepared at a lower level alone.
 */
import { out, JET_errSuccess, JET_errUpdateNotPrepared, JET_prepCancel, JET_prepInsert, JET_SessionInfo } from '../../src';
import type { JetApi, JET_SESID, JET_SESSIONINFO } from '../../src';
import { session, world } from '../support/fixture';
import { createPeople, isam, self } from '../support/isam';

function procid(api: JetApi, ses: JET_SESID): number {
  const box = out<JET_SESSIONINFO>();
  expect(api.JetGetSessionInfo(ses, box, 24, JET_SessionInfo)).toBe(JET_errSuccess);
  return box.value.ulProcid;
}

describe('procids', () => {
  it('the procid of the newest session comes back as soon as that session ends', () => {
    const w = world();
    const a = session(w.api, w.inst);
    const b = session(w.api, w.inst);
    const pb = procid(w.api, b);
    expect(pb).toBeGreaterThan(procid(w.api, a));
    expect(w.api.JetEndSession(b, 0)).toBe(JET_errSuccess);
    const c = session(w.api, w.inst);
    expect(procid(w.api, c)).toBe(pb);
    // And again with two at the top: ending both frees both, smallest first.
    const d = session(w.api, w.inst);
    const pd = procid(w.api, d);
    expect(w.api.JetEndSession(d, 0)).toBe(JET_errSuccess);
    expect(w.api.JetEndSession(c, 0)).toBe(JET_errSuccess);
    expect(procid(w.api, session(w.api, w.inst))).toBe(pb);
    expect(procid(w.api, session(w.api, w.inst))).toBe(pd);
  });
});

describe('a prepared update across nested levels', () => {
  it('an update prepared at level 1 survives the commit of level 3 into 2 and the rollback of level 2', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    // Still prepared (at level 1): cancelling it works once.
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepCancel)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepCancel)).toBe(JET_errUpdateNotPrepared);
  });
});
