/**
 * JET_paramMaxVerPages as a budget (ver.cxx ErrVERIBUAllocBucket: when no bucket is left for a new version the
 * change fails with JET_errVersionStoreOutOfMemory; versions of a rolled-back level are removed with it; committed
 * versions stay until no transaction begun before their commit is live, ver.cxx RCE cleanup). One bucket is
 * 16 KB with the default 8 KB pages (osu.cxx ErrOSUSetResourceManagerGlobals: max(VerPageSize, 2 x page size)),
 * and every version takes at least its own bookkeeping, so one bucket holds at most a hundred or so inserts.
 */
import {
  createEmulator, out, JET_errKeyDuplicate, JET_errSuccess, JET_errVersionStoreOutOfMemory, JET_paramMaxVerPages,
  JET_prepCancel,
} from '../../src';
import type { Emulator, JET_DBID, JET_INSTANCE, JET_SESID } from '../../src';
import { createPeople, insertPerson, isamApi, on, openTable, PEOPLE } from '../support/isam';
import type { IsamApi, People } from '../support/isam';

interface Side {
  ses: JET_SESID;
  t: People;
}

/** An instance with a version store of `pages` buckets, an empty people table and two sessions on it. */
function world(pages: number): { emu: Emulator; api: IsamApi; a: Side; b: Side } {
  const emu = createEmulator();
  const api = isamApi(emu);
  const inst = out<JET_INSTANCE>();
  expect(api.JetCreateInstance(inst, 'v')).toBe(JET_errSuccess);
  expect(api.JetSetSystemParameter(inst, 0 as JET_SESID, JET_paramMaxVerPages, pages, null)).toBe(JET_errSuccess);
  expect(api.JetInit(inst)).toBe(JET_errSuccess);
  const side = (create: boolean): { ses: JET_SESID; dbid: JET_DBID } => {
    const ses = out<JET_SESID>();
    expect(api.JetBeginSession(inst.value, ses, '', '')).toBe(JET_errSuccess);
    const dbid = out<JET_DBID>();
    if (create) expect(api.JetCreateDatabase(ses.value, 'v.edb', null, dbid, 0)).toBe(JET_errSuccess);
    else expect(api.JetOpenDatabase(ses.value, 'v.edb', null, dbid, 0)).toBe(JET_errSuccess);
    return { ses: ses.value, dbid: dbid.value };
  };
  const pa = side(true);
  const c = createPeople(api, pa, true);
  const pb = side(false);
  return {
    emu, api,
    a: { ses: pa.ses, t: on(c, openTable(api, pa, PEOPLE)) },
    b: { ses: pb.ses, t: on(c, openTable(api, pb, PEOPLE)) },
  };
}

/**
 * Inserts ids from `first` in the open transaction until one fails; returns how many succeeded and the failure.
 * The failed update stays prepared (recupd.cxx) and is cancelled unless `keep` is set.
 */
function fillUp(api: IsamApi, s: Side, first: number, keep = false): { done: number; rc: number } {
  for (let id = first; id < first + 100_000; id++) {
    const rc = insertPerson(api, s.ses, s.t, id, 'a name', 30);
    if (rc === JET_errSuccess) continue;
    if (!keep) expect(api.JetPrepareUpdate(s.ses, s.t.tableid, JET_prepCancel)).toBe(JET_errSuccess);
    return { done: id - first, rc };
  }
  return { done: 100_000, rc: JET_errSuccess };
}

const BUCKET = 16 * 1024;

describe('JET_paramMaxVerPages: a transaction that outgrows the version store', () => {
  it('gets VersionStoreOutOfMemory after at most a bucket\'s worth of versions, and the failed insert changes nothing', () => {
    const { api, a } = world(1);
    expect(api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    const { done, rc } = fillUp(api, a, 1, true);
    expect(rc).toBe(JET_errVersionStoreOutOfMemory);
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(BUCKET / 100);
    // A failed JetUpdate stays prepared (recupd.cxx); cancel it and count what the transaction holds.
    expect(api.JetPrepareUpdate(a.ses, a.t.tableid, JET_prepCancel)).toBe(JET_errSuccess);
    const count = out<number>();
    expect(api.JetIndexRecordCount(a.ses, a.t.tableid, count, 0)).toBe(JET_errSuccess);
    expect(count.value).toBe(done);
  });

  it('a bigger store holds more: 4 buckets take about four times as many inserts', () => {
    const small = world(1);
    expect(small.api.JetBeginTransaction(small.a.ses)).toBe(JET_errSuccess);
    const one = fillUp(small.api, small.a, 1).done;
    const big = world(4);
    expect(big.api.JetBeginTransaction(big.a.ses)).toBe(JET_errSuccess);
    const four = fillUp(big.api, big.a, 1).done;
    expect(four).toBeGreaterThanOrEqual(4 * one - 4);
    expect(four).toBeLessThanOrEqual(4 * one + 4);
  });

  it('rolling back frees the room: the next transaction fits as many again', () => {
    const { api, a } = world(1);
    expect(api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    const first = fillUp(api, a, 1);
    expect(api.JetRollback(a.ses, 0)).toBe(JET_errSuccess);
    expect(api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(fillUp(api, a, 1)).toEqual(first);
  });

  it('rolling back a nested level frees only that level\'s room', () => {
    const { api, a } = world(1);
    expect(api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    const outer = 10;
    for (let id = 1; id <= outer; id++) expect(insertPerson(api, a.ses, a.t, id, 'a name', 30)).toBe(JET_errSuccess);
    expect(api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    const inner = fillUp(api, a, 100);
    expect(api.JetRollback(a.ses, 0)).toBe(JET_errSuccess);
    expect(api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(fillUp(api, a, 100).done).toBe(inner.done);
  });

  it('a commit with nobody else in a transaction frees the room at once', () => {
    const { api, a } = world(1);
    expect(api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    const first = fillUp(api, a, 1);
    expect(api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(fillUp(api, a, 10_000).done).toBe(first.done);
  });

  it('committed versions stay while a transaction begun before the commit lives, and go when it ends', () => {
    const { api, a, b } = world(1);
    expect(api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess); // b may still read the old state
    expect(api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    fillUp(api, a, 1);
    expect(api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(insertPerson(api, a.ses, a.t, 50_000, 'a name', 30)).toBe(JET_errVersionStoreOutOfMemory);
    expect(api.JetPrepareUpdate(a.ses, a.t.tableid, JET_prepCancel)).toBe(JET_errSuccess);
    expect(api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    expect(insertPerson(api, a.ses, a.t, 50_000, 'a name', 30)).toBe(JET_errSuccess);
  });

  it('committed versions stay for an older transaction after the session that made them ends, when it is the only session left', () => {
    // ver.cxx RCE cleanup looks at the oldest live transaction whoever made the versions: b began before a's commit,
    // so a's versions stay after a's session is gone, and b's own next insert finds no room.
    const { api, a, b } = world(1);
    expect(api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    fillUp(api, a, 1);
    expect(api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(api.JetEndSession(a.ses, 0)).toBe(JET_errSuccess);
    expect(insertPerson(api, b.ses, b.t, 50_000, 'a name', 30)).toBe(JET_errVersionStoreOutOfMemory);
    expect(api.JetPrepareUpdate(b.ses, b.t.tableid, JET_prepCancel)).toBe(JET_errSuccess);
    // Once b's transaction is over, nothing needs them.
    expect(api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    expect(api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(insertPerson(api, b.ses, b.t, 50_000, 'a name', 30)).toBe(JET_errSuccess);
  });

  it('the room an older transaction pins is freed as soon as that transaction ends (the dump shows it)', () => {
    const { emu, api, a, b } = world(4);
    const used = (): number => emu.dump().instances[0].versionStore.used;
    expect(api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(insertPerson(api, a.ses, a.t, 1, 'a name', 30)).toBe(JET_errSuccess);
    expect(api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(used()).toBeGreaterThan(0); // kept for b
    expect(api.JetRollback(b.ses, 0)).toBe(JET_errSuccess);
    expect(used()).toBe(0);
  });

  it('a write conflict is found before the room is looked at', () => {
    const { api, a, b } = world(1);
    expect(api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(insertPerson(api, b.ses, b.t, 1, 'a name', 30)).toBe(JET_errSuccess);
    expect(api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    fillUp(api, a, 2);
    // The insert's conflict (KeyDuplicate: bt.cxx ErrBTInsert turns ErrVERModify's WriteConflict into it) comes from
    // ErrVERModify before it allocates the version.
    expect(insertPerson(api, a.ses, a.t, 1, 'a name', 30)).toBe(JET_errKeyDuplicate);
  });

  it('the dump shows the room in use and the store\'s size', () => {
    const { emu, api, a } = world(3);
    const store = (): { used: number; max: number } => emu.dump().instances[0].versionStore;
    expect(store()).toEqual({ used: 0, max: 3 * BUCKET });
    expect(api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(insertPerson(api, a.ses, a.t, 1, 'a name', 30)).toBe(JET_errSuccess);
    expect(store().used).toBeGreaterThan(0);
    expect(api.JetRollback(a.ses, 0)).toBe(JET_errSuccess);
    expect(store().used).toBe(0);
  });
});
