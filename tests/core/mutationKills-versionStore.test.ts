/**
 * Survivors of mutation testing in src/engine/versionStore.ts (docs/testing.md, run 9), killed here. What the
 * tests rely on is the engine's rule, not esemu's size estimate (ver.cxx, ese-semantics.md §7.3 / §7.4):
 * - a nested commit only hands its versions to the level below (they stay in the store), a rollback removes the
 *   versions of the levels it undoes, and a transaction rolled back to level 0 leaves nothing of its own behind;
 * - a committed version stays in the store while any transaction begun before the commit is live (the oldest
 *   transaction, TrxOldest, decides), whatever other transactions begin or end meanwhile;
 * - a change that does not fit answers JET_errVersionStoreOutOfMemory and takes no room, so the store never holds
 *   more than its size (ErrVERIBUAllocBucket).
 * Amounts are compared with each other (the room one insert takes, read from the dump), never with a fixed figure.
 */
import {
  createEmulator, out, JET_errSuccess, JET_errVersionStoreOutOfMemory, JET_paramMaxVerPages, JET_prepCancel,
} from '../../src';
import type { Emulator, JET_DBID, JET_INSTANCE, JET_SESID } from '../../src';
import { createPeople, insertPerson, isamApi, on, openTable, PEOPLE } from '../support/isam';
import type { IsamApi, People } from '../support/isam';

interface Side {
  ses: JET_SESID;
  t: People;
}

/** An instance with a version store of `pages` buckets, an empty people table and `n` sessions, each with a cursor. */
function world(pages: number, n: number): { emu: Emulator; api: IsamApi; s: Side[]; used: () => number; max: () => number } {
  const emu = createEmulator();
  const api = isamApi(emu);
  const inst = out<JET_INSTANCE>();
  expect(api.JetCreateInstance(inst, 'mk-ver')).toBe(JET_errSuccess);
  expect(api.JetSetSystemParameter(inst, 0 as JET_SESID, JET_paramMaxVerPages, pages, null)).toBe(JET_errSuccess);
  expect(api.JetInit(inst)).toBe(JET_errSuccess);
  const s: Side[] = [];
  let cols: People | null = null;
  for (let i = 0; i < n; i++) {
    const ses = out<JET_SESID>();
    expect(api.JetBeginSession(inst.value, ses, '', '')).toBe(JET_errSuccess);
    const dbid = out<JET_DBID>();
    if (i === 0) expect(api.JetCreateDatabase(ses.value, 'ver.edb', null, dbid, 0)).toBe(JET_errSuccess);
    else expect(api.JetOpenDatabase(ses.value, 'ver.edb', null, dbid, 0)).toBe(JET_errSuccess);
    if (cols === null) cols = createPeople(api, { ses: ses.value, dbid: dbid.value }, true);
    s.push({ ses: ses.value, t: on(cols, openTable(api, { ses: ses.value, dbid: dbid.value }, PEOPLE)) });
  }
  const store = (): { used: number; max: number } => emu.dump().instances[0].versionStore;
  return { emu, api, s, used: () => store().used, max: () => store().max };
}

function ok(rc: number): void {
  expect(rc).toBe(JET_errSuccess);
}

describe('version store room across nested levels', () => {
  it('a nested commit keeps its room at the level below; the outer rollback frees all of it', () => {
    const { api, s: [a], used } = world(4, 1);
    ok(api.JetBeginTransaction(a.ses));
    ok(insertPerson(api, a.ses, a.t, 1, 'one', 1));
    const one = used();
    expect(one).toBeGreaterThan(0);
    // Level 2 changes nothing and commits: nothing moves, nothing is freed.
    ok(api.JetBeginTransaction(a.ses));
    ok(api.JetCommitTransaction(a.ses, 0));
    expect(used()).toBe(one);
    // Level 2 inserts and commits into level 1: its versions stay (ver.cxx: a nested commit renumbers them).
    ok(api.JetBeginTransaction(a.ses));
    ok(insertPerson(api, a.ses, a.t, 2, 'two', 2));
    const two = used();
    expect(two).toBeGreaterThan(one);
    ok(api.JetCommitTransaction(a.ses, 0));
    expect(used()).toBe(two);
    // Rolling back level 1 removes every version it now holds, its own and the committed level's.
    ok(api.JetRollback(a.ses, 0));
    expect(used()).toBe(0);
  });

  it('rolling back two levels one at a time frees each level once', () => {
    const { api, s: [a], used } = world(4, 1);
    ok(api.JetBeginTransaction(a.ses));
    ok(insertPerson(api, a.ses, a.t, 1, 'one', 1));
    const one = used();
    ok(api.JetBeginTransaction(a.ses));
    ok(insertPerson(api, a.ses, a.t, 2, 'two', 2));
    ok(api.JetRollback(a.ses, 0));
    expect(used()).toBe(one);
    ok(api.JetRollback(a.ses, 0));
    expect(used()).toBe(0);
  });

  it('after an empty level 3 is rolled back, level 2 can still take room and give it back', () => {
    const { api, s: [a], used } = world(4, 1);
    ok(api.JetBeginTransaction(a.ses));
    ok(insertPerson(api, a.ses, a.t, 1, 'one', 1));
    const one = used();
    ok(api.JetBeginTransaction(a.ses));
    ok(api.JetBeginTransaction(a.ses));
    ok(api.JetRollback(a.ses, 0));
    expect(used()).toBe(one);
    ok(insertPerson(api, a.ses, a.t, 2, 'two', 2));
    expect(used()).toBeGreaterThan(one);
    ok(api.JetRollback(a.ses, 0));
    expect(used()).toBe(one);
    ok(api.JetRollback(a.ses, 0));
    expect(used()).toBe(0);
  });
});

describe('committed versions and the oldest transaction', () => {
  it('the oldest live transaction keeps a commit\'s versions, even when a younger one began after the commit', () => {
    // Sessions in this order: a (oldest transaction), b (begins after c's commit), c (commits).
    const { api, s: [a, b, c], used } = world(4, 3);
    ok(api.JetBeginTransaction(a.ses));
    ok(api.JetBeginTransaction(c.ses));
    ok(insertPerson(api, c.ses, c.t, 1, 'one', 1));
    ok(api.JetCommitTransaction(c.ses, 0));
    const kept = used();
    expect(kept).toBeGreaterThan(0); // a began before the commit
    ok(api.JetBeginTransaction(b.ses));
    // Another transaction ends (c begins and rolls back): a is still live, so nothing of the commit goes.
    ok(api.JetBeginTransaction(c.ses));
    ok(api.JetRollback(c.ses, 0));
    expect(used()).toBe(kept);
    ok(api.JetCommitTransaction(b.ses, 0));
    expect(used()).toBe(kept);
    // a ends: nobody older than the commit is left.
    ok(api.JetRollback(a.ses, 0));
    expect(used()).toBe(0);
  });

  it('a nested rollback of the oldest transaction does not end it: the versions it may read stay', () => {
    const { api, s: [a, b], used } = world(4, 2);
    ok(api.JetBeginTransaction(a.ses));
    ok(api.JetBeginTransaction(b.ses));
    ok(insertPerson(api, b.ses, b.t, 1, 'one', 1));
    ok(api.JetCommitTransaction(b.ses, 0));
    const kept = used();
    expect(kept).toBeGreaterThan(0);
    ok(api.JetBeginTransaction(a.ses));
    ok(api.JetRollback(a.ses, 0));
    expect(used()).toBe(kept);
    ok(api.JetRollback(a.ses, 0));
    expect(used()).toBe(0);
  });
});

describe('the store never holds more than its size', () => {
  it('inserts until VersionStoreOutOfMemory: the room in use stays within the size, and the failure took none', () => {
    const { api, s: [a], used, max } = world(1, 1);
    ok(api.JetBeginTransaction(a.ses));
    let rc = JET_errSuccess;
    let before = 0;
    for (let id = 1; id < 10_000 && rc === JET_errSuccess; id++) {
      before = used();
      rc = insertPerson(api, a.ses, a.t, id, 'a name', 30);
      expect(used()).toBeLessThanOrEqual(max());
    }
    expect(rc).toBe(JET_errVersionStoreOutOfMemory);
    expect(used()).toBe(before);
    ok(api.JetPrepareUpdate(a.ses, a.t.tableid, JET_prepCancel));
    ok(api.JetRollback(a.ses, 0));
    expect(used()).toBe(0);
  });
});
