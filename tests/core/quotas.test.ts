/**
 * Every quota at its limit and one below (sort slots: sortSlots.test.ts).
 *
 * - Sessions: JetBeginSession and JetDupSession both allocate through ErrIsamBeginSession -> ErrPIBBeginSession,
 *   OutOfSessions when the PIB pool is used up (pib.cxx:706-710, ese-semantics.md §4.1, §4.2). The engine's pool
 *   is MaxSessions + 69 shared with internal sessions; esemu allows exactly JET_paramMaxSessions user sessions
 *   per instance (docs/differences.md, "Session limit"), and these tests follow that documented limit.
 * - Cursors: one FUCB pool per instance, quota JET_paramMaxCursors, OutOfCursors (fucb.cxx:99-103, §8.1); a
 *   sort takes a cursor (ErrSORTOpen), JetDupCursor another (sortapi.cxx:829).
 * - Instances: JET_paramMaxInstances (default 16), TooManyInstances (ErrNewInst, jetapi.cxx:3518-3521, §2.2).
 * - Transaction levels: up to 7, the 8th begin is TransTooDeep with no change (tm.cxx:1706-1732, §7.1).
 * - Attached databases: 6 per instance, TooManyAttachedDatabases (daeconst.hxx:239-243, §10.1).
 */
import {
  createEmulator, out, JET_bitColumnTTKey, JET_coltypLong, JET_errOutOfCursors, JET_errOutOfSessions, JET_errTooManyAttachedDatabases,
  JET_errTooManyInstances, JET_errTransTooDeep, JET_MoveFirst, JET_paramMaxCursors, JET_paramMaxInstances,
  JET_paramMaxSessions, JET_paramMaxTemporaryTables, JET_sesidNil,
} from '../../src';
import type { JetApi, JET_DBID, JET_INSTANCE, JET_SESID, JET_TABLEID } from '../../src';
import { createDb, insert, level, openSort, session, world } from '../support/fixture';

function tryBegin(api: JetApi, inst: JET_INSTANCE): number {
  return api.JetBeginSession(inst, out<JET_SESID>(), '', '');
}

function tryDup(api: JetApi, ses: JET_SESID): number {
  return api.JetDupSession(ses, out<JET_SESID>());
}

describe('JET_paramMaxSessions', () => {
  it.each([1, 2, 3, 16, 40])('MaxSessions %i: the last session begins, the next is OutOfSessions, by Begin and Dup alike', (max) => {
    const { api, inst, ses } = world({}, [[JET_paramMaxSessions, max]]);
    const live = [ses];
    // One below the limit: alternate JetBeginSession and JetDupSession up to the last free session.
    for (let i = 1; i < max; i++) {
      if (i % 2 === 1) live.push(session(api, inst));
      else {
        const box = out<JET_SESID>();
        expect(api.JetDupSession(live[0], box)).toBe(0);
        live.push(box.value);
      }
    }
    expect(tryBegin(api, inst)).toBe(JET_errOutOfSessions);
    expect(tryDup(api, live[live.length - 1])).toBe(JET_errOutOfSessions);
    // Refusals take nothing: one session ended frees exactly one place.
    expect(api.JetEndSession(live[0], 0)).toBe(0);
    if (max > 1) expect(tryDup(api, live[1])).toBe(0);
    else expect(tryBegin(api, inst)).toBe(0);
    expect(tryBegin(api, inst)).toBe(JET_errOutOfSessions);
    if (max > 1) expect(tryDup(api, live[1])).toBe(JET_errOutOfSessions);
  });

  it('the default is 16 sessions', () => {
    const { api, inst, ses } = world();
    for (let i = 1; i < 15; i++) expect(tryBegin(api, inst)).toBe(0);
    expect(tryDup(api, ses)).toBe(0);
    expect(tryDup(api, ses)).toBe(JET_errOutOfSessions);
    expect(tryBegin(api, inst)).toBe(JET_errOutOfSessions);
  });

  it('the limit is per instance', () => {
    const { api, inst } = world({}, [[JET_paramMaxSessions, 2]]);
    const other = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(other, 'other')).toBe(0);
    expect(api.JetSetSystemParameter(other, JET_sesidNil as JET_SESID, JET_paramMaxSessions, 1, null)).toBe(0);
    expect(api.JetInit(other)).toBe(0);
    expect(tryBegin(api, inst)).toBe(0);
    expect(tryBegin(api, other.value)).toBe(0);
    expect(tryBegin(api, other.value)).toBe(JET_errOutOfSessions);
    expect(tryBegin(api, inst)).toBe(JET_errOutOfSessions);
  });
});

describe('JET_paramMaxCursors', () => {
  it.each([1, 2, 4])('MaxCursors %i: the last cursor opens, the next open or JetDupCursor is OutOfCursors', (max) => {
    const { api, ses } = world({}, [[JET_paramMaxCursors, max], [JET_paramMaxTemporaryTables, 100]]);
    const first = openSort(api, ses);
    expect(insert(api, ses, first.tableid, first.col, 1)).toBe(0);
    expect(api.JetMove(ses, first.tableid, JET_MoveFirst, 0)).toBe(0);
    const cursors: JET_TABLEID[] = [first.tableid];
    // One below the limit: sorts and copies alternate up to the last free cursor.
    for (let i = 1; i < max; i++) {
      if (i % 2 === 1) {
        const box = out<JET_TABLEID>();
        expect(api.JetDupCursor(ses, first.tableid, box, 0)).toBe(0);
        cursors.push(box.value);
      } else cursors.push(openSort(api, ses).tableid);
    }
    const tryOpen = () => api.JetOpenTempTable(ses, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }], 1, 0, out<JET_TABLEID>(), []);
    expect(api.JetDupCursor(ses, first.tableid, out<JET_TABLEID>(), 0)).toBe(JET_errOutOfCursors);
    expect(tryOpen()).toBe(JET_errOutOfCursors);
    // Refusals take nothing: one cursor closed frees exactly one.
    expect(api.JetCloseTable(ses, cursors[cursors.length - 1])).toBe(0);
    if (max > 1) expect(api.JetDupCursor(ses, first.tableid, out<JET_TABLEID>(), 0)).toBe(0);
    else expect(tryOpen()).toBe(0);
    expect(tryOpen()).toBe(JET_errOutOfCursors);
  });
});

describe('JET_paramMaxInstances', () => {
  it.each([1, 2, 5])('MaxInstances %i: the last instance is created, the next is TooManyInstances', (max) => {
    const { api } = createEmulator();
    expect(api.JetSetSystemParameter(null, JET_sesidNil as JET_SESID, JET_paramMaxInstances, max, null)).toBe(0);
    const made: JET_INSTANCE[] = [];
    for (let i = 0; i < max; i++) {
      const box = out<JET_INSTANCE>();
      expect(api.JetCreateInstance(box, `i${i}`)).toBe(0);
      made.push(box.value);
    }
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'one too many')).toBe(JET_errTooManyInstances);
    expect(api.JetTerm(made[0])).toBe(0);
    if (max > 1) {
      expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'again')).toBe(0);
      expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'and again')).toBe(JET_errTooManyInstances);
    }
  });

  it('the default is 16 instances', () => {
    const { api } = createEmulator();
    for (let i = 0; i < 16; i++) expect(api.JetCreateInstance(out<JET_INSTANCE>(), `i${i}`)).toBe(0);
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'i16')).toBe(JET_errTooManyInstances);
  });
});

describe('transaction levels', () => {
  it('level 6 -> 7 works, 7 -> 8 is TransTooDeep and changes nothing', () => {
    const { emu, api, ses } = world();
    for (let l = 1; l <= 7; l++) {
      expect(api.JetBeginTransaction(ses)).toBe(0);
      expect(level(emu, ses)).toBe(l);
    }
    expect(api.JetBeginTransaction(ses)).toBe(JET_errTransTooDeep);
    expect(api.JetBeginTransaction2(ses, 0)).toBe(JET_errTransTooDeep);
    expect(level(emu, ses)).toBe(7);
    expect(api.JetCommitTransaction(ses, 0)).toBe(0);
    expect(api.JetBeginTransaction(ses)).toBe(0);
    expect(level(emu, ses)).toBe(7);
    expect(api.JetRollback(ses, 0)).toBe(0);
    expect(level(emu, ses)).toBe(6);
  });
});

describe('attached databases', () => {
  it('the 6th database attaches, the 7th is TooManyAttachedDatabases, until one is detached', () => {
    const { api, ses } = world();
    const dbids: JET_DBID[] = [];
    for (let i = 1; i <= 6; i++) dbids.push(createDb(api, ses, `d${i}.edb`));
    expect(api.JetCreateDatabase(ses, 'd7.edb', null, out<JET_DBID>(), 0)).toBe(JET_errTooManyAttachedDatabases);
    expect(api.JetCloseDatabase(ses, dbids[2], 0)).toBe(0);
    expect(api.JetDetachDatabase(ses, 'd3.edb')).toBe(0);
    expect(api.JetAttachDatabase(ses, 'd3.edb', 0)).toBe(0);
    expect(api.JetDetachDatabase(ses, 'd3.edb')).toBe(0);
    expect(createDb(api, ses, 'd7.edb')).toBeGreaterThan(0);
    expect(api.JetAttachDatabase(ses, 'd3.edb', 0)).toBe(JET_errTooManyAttachedDatabases);
  });
});
