/**
 * Sessions: handle validation, JetBeginSession / JetDupSession / JetGetSessionInfo,
 * and the session gate in every instance state (ese-semantics.md §0, §3, §4, §14.1-2).
 */
import {
  createEmulator, newThreadId, onThread, out,
  JET_bitColumnTTKey, JET_bitRollbackAll, JET_coltypLong, JET_errBufferTooSmall,
  JET_errClientRequestToStopJetService, JET_errInstanceUnavailable, JET_errInstanceUnavailableDueToFatalLogDiskFull,
  JET_errInvalidParameter, JET_errInvalidSesid, JET_errInvalidTableId, JET_errNoCurrentRecord, JET_errNotInTransaction,
  JET_errSessionContextNotSetByThisThread, JET_errSuccess, JET_errTermInProgress, JET_MoveFirst,
  JET_paramTransactionLevel, JET_sesidNil,
} from '../src';
import type {
  Emulator, EngineOptions, JetApi, JET_COLUMNID, JET_DBID, JET_INSTANCE, JET_SESID, JET_SESSIONINFO, JET_TABLEID,
  SessionDump,
} from '../src';

// ---- helpers ------------------------------------------------------------------------------------

interface Setup {
  emu: Emulator;
  api: JetApi;
  inst: JET_INSTANCE;
  ses: JET_SESID;
}

let instanceCounter = 0;

/** A fresh emulator with one initialized instance and one session. */
function setup(options: Partial<EngineOptions> = {}): Setup {
  const emu = createEmulator(options);
  const api = emu.api;
  const inst = newInstance(api);
  return { emu, api, inst, ses: beginSession(api, inst) };
}

function newInstance(api: JetApi): JET_INSTANCE {
  const inst = out<JET_INSTANCE>();
  instanceCounter += 1;
  expect(api.JetCreateInstance(inst, `session-test-${instanceCounter}`)).toBe(JET_errSuccess);
  expect(api.JetInit(inst)).toBe(JET_errSuccess);
  return inst.value;
}

function beginSession(api: JetApi, inst: JET_INSTANCE): JET_SESID {
  const ses = out<JET_SESID>();
  expect(api.JetBeginSession(inst, ses, '', '')).toBe(JET_errSuccess);
  return ses.value;
}

function openSort(api: JetApi, ses: JET_SESID): { tableid: JET_TABLEID; col: JET_COLUMNID } {
  const ids: JET_COLUMNID[] = [];
  const tt = out<JET_TABLEID>();
  expect(api.JetOpenTempTable(ses, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }], 1, 0, tt, ids)).toBe(JET_errSuccess);
  return { tableid: tt.value, col: ids[0] };
}

function sessionDump(emu: Emulator, ses: JET_SESID): SessionDump | undefined {
  for (const i of emu.dump().instances) for (const s of i.sessions) if (s.handle === ses) return s;
  return undefined;
}

function info(api: JetApi, ses: JET_SESID): JET_SESSIONINFO {
  const box = out<JET_SESSIONINFO>();
  expect(api.JetGetSessionInfo(ses, box, 24, 0)).toBe(JET_errSuccess);
  return box.value;
}

/** Run each named call and collect the codes, so a mismatch names the API. */
function codes<T extends unknown[]>(calls: Array<[string, (...args: T) => number]>, ...args: T): Record<string, number> {
  return Object.fromEntries(calls.map(([name, call]) => [name, call(...args)]));
}

/** Each named call on its own fresh world. */
function codesEach<W>(calls: Array<[string, (w: W) => number]>, make: () => W): Record<string, number> {
  return Object.fromEntries(calls.map(([name, call]) => [name, call(make())]));
}

function all(calls: Array<[string, unknown]>, code: number): Record<string, number> {
  return Object.fromEntries(calls.map(([name]) => [name, code]));
}

function trxLevel(api: JetApi, ses: JET_SESID): number {
  const box = out<number>();
  expect(api.JetGetSystemParameter(0 as JET_INSTANCE, ses, JET_paramTransactionLevel, box, null, 0)).toBe(JET_errSuccess);
  return box.value;
}

/** Every session-only API, called with a given sesid; used to check handle validation across the board. */
const SESSION_CALLS: Array<[string, (api: JetApi, ses: JET_SESID) => number]> = [
  ['JetBeginTransaction', (api, ses) => api.JetBeginTransaction(ses)],
  ['JetBeginTransaction2', (api, ses) => api.JetBeginTransaction2(ses, 0)],
  ['JetBeginTransaction3', (api, ses) => api.JetBeginTransaction3(ses, 7, 0)],
  ['JetCommitTransaction', (api, ses) => api.JetCommitTransaction(ses, 0)],
  ['JetCommitTransaction2', (api, ses) => api.JetCommitTransaction2(ses, 0, 0, null)],
  ['JetRollback', (api, ses) => api.JetRollback(ses, 0)],
  ['JetEndSession', (api, ses) => api.JetEndSession(ses, 0)],
  ['JetDupSession', (api, ses) => api.JetDupSession(ses, out<JET_SESID>())],
  ['JetSetSessionContext', (api, ses) => api.JetSetSessionContext(ses, 42)],
  ['JetResetSessionContext', (api, ses) => api.JetResetSessionContext(ses)],
  ['JetGetSessionInfo', (api, ses) => api.JetGetSessionInfo(ses, out<JET_SESSIONINFO>(), 24, 0)],
  ['JetOpenTempTable', (api, ses) => api.JetOpenTempTable(ses, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }], 1, 0, out<JET_TABLEID>(), [])],
  ['JetOpenDatabase', (api, ses) => api.JetOpenDatabase(ses, 'x.edb', null, out<JET_DBID>(), 0)],
  ['JetCloseDatabase', (api, ses) => api.JetCloseDatabase(ses, 1 as JET_DBID, 0)],
  ['JetCreateDatabase', (api, ses) => api.JetCreateDatabase(ses, 'y.edb', null, out<JET_DBID>(), 0)],
  ['JetDetachDatabase', (api, ses) => api.JetDetachDatabase(ses, 'x.edb')],
  ['JET_paramTransactionLevel', (api, ses) => api.JetGetSystemParameter(0 as JET_INSTANCE, ses, JET_paramTransactionLevel, out<number>(), null, 0)],
];

// ---- handle validation --------------------------------------------------------------------------

describe('session handle validation', () => {
  describe('a sesid ended with JetEndSession', () => {
    it('every session API answers InvalidSesid', () => {
      const { api, ses } = setup();
      expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
      expect(codes(SESSION_CALLS, api, ses)).toEqual(all(SESSION_CALLS, JET_errInvalidSesid));
    });

    it('stays invalid forever, however many sessions come after it', () => {
      const { api, inst, ses } = setup();
      expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
      for (let i = 0; i < 50; i++) {
        const s = beginSession(api, inst);
        expect(s).not.toBe(ses);
        expect(api.JetBeginTransaction(ses)).toBe(JET_errInvalidSesid);
        if (i >= 10) expect(api.JetEndSession(s, 0)).toBe(JET_errSuccess);
      }
      expect(api.JetEndSession(ses, 0)).toBe(JET_errInvalidSesid);
      expect(api.JetGetSessionInfo(ses, out<JET_SESSIONINFO>(), 24, 0)).toBe(JET_errInvalidSesid);
    });

    it('does not touch the session that took its place in the instance', () => {
      const { emu, api, inst, ses } = setup();
      expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
      const next = beginSession(api, inst);
      expect(api.JetBeginTransaction(next)).toBe(JET_errSuccess);
      expect(api.JetRollback(ses, JET_bitRollbackAll)).toBe(JET_errInvalidSesid);
      expect(api.JetEndSession(ses, 0)).toBe(JET_errInvalidSesid);
      expect(sessionDump(emu, next)?.level).toBe(1);
    });
  });

  describe('a sesid whose instance was terminated', () => {
    it('every session API answers InvalidSesid once the last instance is gone', () => {
      const { api, inst, ses } = setup();
      expect(api.JetTerm(inst)).toBe(JET_errSuccess);
      expect(codes(SESSION_CALLS, api, ses)).toEqual(all(SESSION_CALLS, JET_errInvalidSesid));
    });

    it('answers InvalidSesid while another instance is still alive', () => {
      const { api, inst, ses } = setup();
      const other = newInstance(api);
      const survivor = beginSession(api, other);
      expect(api.JetTerm(inst)).toBe(JET_errSuccess);
      expect(api.JetBeginTransaction(ses)).toBe(JET_errInvalidSesid);
      expect(api.JetEndSession(ses, 0)).toBe(JET_errInvalidSesid);
      expect(api.JetBeginTransaction(survivor)).toBe(JET_errSuccess);
    });

    it('stays invalid after a new instance with the same name starts', () => {
      const { api, inst, ses } = setup();
      const dead = [ses, beginSession(api, inst), beginSession(api, inst)];
      expect(api.JetTerm(inst)).toBe(JET_errSuccess);
      const again = newInstance(api);
      for (let i = 0; i < 5; i++) beginSession(api, again);
      for (const s of dead) {
        expect(api.JetBeginTransaction(s)).toBe(JET_errInvalidSesid);
        expect(api.JetEndSession(s, 0)).toBe(JET_errInvalidSesid);
      }
    });
  });

  describe('values that were never a session', () => {
    const garbage: Array<[string, unknown]> = [
      ['0', 0],
      ['-1 (JET_sesidNil)', JET_sesidNil],
      ['0xffffffff', 0xffffffff],
      ['NaN', NaN],
      ['Infinity', Infinity],
      ['1.5', 1.5],
      ['a large number', 123456789],
      ['a negative number', -42],
      ['a string', 'session'],
      ['a numeric string', '1'],
      ['null', null],
      ['undefined', undefined],
      ['an object', { value: 1 }],
    ];

    it('0, ~0, NaN, fractions, unknown numbers, strings, null, undefined and objects answer InvalidSesid from every session API', () => {
      const { emu, api, ses } = setup();
      // (JetGetSystemParameter is left out: with a nil sesid it is a malformed parameter request, not a session call)
      const calls = SESSION_CALLS.filter(([name]) => name !== 'JET_paramTransactionLevel');
      const results = Object.fromEntries(garbage.map(([name, value]) => [name, codes(calls, api, value as JET_SESID)]));
      const expected = Object.fromEntries(garbage.map(([name]) => [name, all(calls, JET_errInvalidSesid)]));
      expect(results).toEqual(expected);
      // the real session was not touched by any of it
      expect(sessionDump(emu, ses)).toMatchObject({ level: 0, context: 0, openDatabases: [] });
      expect(emu.dump().instances[0].sessions).toHaveLength(1);
    });

    it('an instance handle is not a sesid', () => {
      const { api, inst } = setup();
      expect(api.JetBeginTransaction(inst as unknown as JET_SESID)).toBe(JET_errInvalidSesid);
      expect(api.JetEndSession(inst as unknown as JET_SESID, 0)).toBe(JET_errInvalidSesid);
    });

    it('a tableid is not a sesid', () => {
      const { api, ses } = setup();
      const { tableid } = openSort(api, ses);
      expect(api.JetBeginTransaction(tableid as unknown as JET_SESID)).toBe(JET_errInvalidSesid);
      expect(api.JetEndSession(tableid as unknown as JET_SESID, 0)).toBe(JET_errInvalidSesid);
    });

    it('with retail ESE validation, 0 and ~0 are still InvalidSesid', () => {
      const { api } = setup({ handleValidation: 'ese' });
      expect(api.JetBeginTransaction(0 as JET_SESID)).toBe(JET_errInvalidSesid);
      expect(api.JetBeginTransaction(JET_sesidNil)).toBe(JET_errInvalidSesid);
      expect(api.JetEndSession(0 as JET_SESID, 0)).toBe(JET_errInvalidSesid);
      expect(api.JetEndSession(JET_sesidNil, 0)).toBe(JET_errInvalidSesid);
    });
  });

  describe('a sesid from another emulator', () => {
    it('every session API answers InvalidSesid', () => {
      const a = setup();
      const b = setup();
      expect(codes(SESSION_CALLS, b.api, a.ses)).toEqual(all(SESSION_CALLS, JET_errInvalidSesid));
      // and the foreign session is not touched
      expect(sessionDump(a.emu, a.ses)).toMatchObject({ level: 0, context: 0, openDatabases: [] });
      expect(sessionDump(b.emu, b.ses)).toMatchObject({ level: 0, context: 0, openDatabases: [] });
    });

    it('works in its own emulator but not in the other, in both directions', () => {
      const a = setup();
      const b = setup();
      expect(a.ses).not.toBe(b.ses);
      expect(a.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
      expect(b.api.JetBeginTransaction(a.ses)).toBe(JET_errInvalidSesid);
      expect(a.api.JetBeginTransaction(b.ses)).toBe(JET_errInvalidSesid);
      expect(b.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
      expect(sessionDump(a.emu, a.ses)?.level).toBe(1);
      expect(sessionDump(b.emu, b.ses)?.level).toBe(1);
    });

    it('a handle given out before emulator.reset() stays invalid after it', () => {
      const { emu, api, ses } = setup();
      emu.reset();
      const inst = newInstance(api);
      const fresh = beginSession(api, inst);
      expect(fresh).not.toBe(ses);
      expect(api.JetBeginTransaction(ses)).toBe(JET_errInvalidSesid);
      expect(api.JetEndSession(ses, 0)).toBe(JET_errInvalidSesid);
    });
  });

  describe('handles are never reused', () => {
    it('begin/end 300 sessions: every handle is distinct and every old one stays invalid', () => {
      const { api, inst, ses } = setup();
      const seen = new Set<number>([ses]);
      for (let i = 0; i < 300; i++) {
        const s = beginSession(api, inst);
        expect(seen.has(s)).toBe(false);
        seen.add(s);
        expect(api.JetEndSession(s, 0)).toBe(JET_errSuccess);
      }
      expect(seen.size).toBe(301);
      seen.delete(ses);
      for (const s of seen) expect(api.JetBeginTransaction(s as JET_SESID)).toBe(JET_errInvalidSesid);
    });

    it('sessions held open at once, duplicated sessions and sessions of other instances are all distinct', () => {
      const { api, inst, ses } = setup();
      const other = newInstance(api);
      const handles = [ses];
      for (let i = 0; i < 7; i++) {
        handles.push(beginSession(api, inst));
        handles.push(beginSession(api, other));
        const dup = out<JET_SESID>();
        expect(api.JetDupSession(ses, dup)).toBe(JET_errSuccess);
        handles.push(dup.value);
      }
      expect(new Set(handles).size).toBe(22);
    });

    it('handles of two emulators never collide', () => {
      const a = setup();
      const b = setup();
      const handles = new Set<number>();
      for (const w of [a, b]) {
        handles.add(w.ses);
        for (let i = 0; i < 15; i++) handles.add(beginSession(w.api, w.inst));
      }
      expect(handles.size).toBe(32);
    });
  });
});

// ---- JetBeginSession ----------------------------------------------------------------------------

describe('JetBeginSession', () => {
  it.each<[string, string | null | undefined, string | null | undefined]>([
    ['empty strings', '', ''],
    ['a user and a password', 'admin', 'secret'],
    ['nulls', null, null],
    ['undefined', undefined, undefined],
    ['odd text', 'ÿ\u0000 user', '\n'],
  ])('ignores the user name and password (%s)', (_name, user, password) => {
    const { emu, api, inst } = setup();
    const ses = out<JET_SESID>();
    expect(api.JetBeginSession(inst, ses, user, password)).toBe(JET_errSuccess);
    expect(sessionDump(emu, ses.value)).toMatchObject({ level: 0, readOnly: false, context: 0, cursors: [] });
    expect(api.JetBeginTransaction(ses.value)).toBe(JET_errSuccess);
  });

  it('a new session is at level 0 with no context and nothing open', () => {
    const { emu, api, ses } = setup();
    expect(sessionDump(emu, ses)).toMatchObject({ level: 0, readOnly: false, context: 0, openDatabases: [], cursors: [] });
    expect(trxLevel(api, ses)).toBe(0);
    expect(info(api, ses).ulTrxLevel).toBe(0);
  });

  it('live sessions have distinct positive procids; a freed procid is the next one given (unlike the handle)', () => {
    const { api, inst, ses } = setup();
    const s2 = beginSession(api, inst);
    const s3 = beginSession(api, inst);
    const procids = [info(api, ses).ulProcid, info(api, s2).ulProcid, info(api, s3).ulProcid];
    expect(new Set(procids).size).toBe(3);
    for (const p of procids) expect(p).toBeGreaterThan(0);
    const freed = procids[1];
    expect(api.JetEndSession(s2, 0)).toBe(JET_errSuccess);
    const s4 = beginSession(api, inst);
    expect(s4).not.toBe(s2);
    expect(info(api, s4).ulProcid).toBe(freed);
  });

  it('after JetStopServiceInstance it answers ClientRequestToStopJetService', () => {
    const { api, inst } = setup();
    expect(api.JetStopServiceInstance(inst)).toBe(JET_errSuccess);
    const ses = out<JET_SESID>();
    expect(api.JetBeginSession(inst, ses, '', '')).toBe(JET_errClientRequestToStopJetService);
  });
});

// ---- JetDupSession ------------------------------------------------------------------------------

describe('JetDupSession', () => {
  it('gives a new, distinct, live handle', () => {
    const { emu, api, ses } = setup();
    const dup = out<JET_SESID>();
    expect(api.JetDupSession(ses, dup)).toBe(JET_errSuccess);
    expect(typeof dup.value).toBe('number');
    expect(dup.value).not.toBe(ses);
    expect(sessionDump(emu, dup.value)).toBeDefined();
    expect(api.JetBeginTransaction(dup.value)).toBe(JET_errSuccess);
  });

  it('shares nothing with its source: no transaction, no context, no cursors, no databases', () => {
    const { emu, api, ses } = setup();
    const dbid = out<JET_DBID>();
    expect(api.JetCreateDatabase(ses, 'dup.edb', null, dbid, 0)).toBe(JET_errSuccess);
    expect(api.JetBeginTransaction2(ses, 1)).toBe(JET_errSuccess);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
    openSort(api, ses);
    expect(api.JetSetSessionContext(ses, 77)).toBe(JET_errSuccess);
    const dup = out<JET_SESID>();
    expect(api.JetDupSession(ses, dup)).toBe(JET_errSuccess);
    expect(sessionDump(emu, dup.value)).toMatchObject({
      level: 0, readOnly: false, context: 0, openDatabases: [], cursors: [],
    });
    expect(trxLevel(api, dup.value)).toBe(0);
    expect(api.JetCommitTransaction(dup.value, 0)).toBe(JET_errNotInTransaction);
    expect(api.JetResetSessionContext(dup.value)).toBe(JET_errSessionContextNotSetByThisThread);
    // the source keeps all of it
    expect(sessionDump(emu, ses)).toMatchObject({ level: 2, readOnly: true, context: 77 });
  });

  it('the duplicate lives on its own: ending one does not end the other', () => {
    const { api, ses } = setup();
    const dup = out<JET_SESID>();
    expect(api.JetDupSession(ses, dup)).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
    expect(api.JetBeginTransaction(dup.value)).toBe(JET_errSuccess);
    expect(api.JetEndSession(dup.value, 0)).toBe(JET_errSuccess);
    expect(api.JetEndSession(dup.value, 0)).toBe(JET_errInvalidSesid);
  });

  it('a duplicate of a duplicate is another distinct session with its own procid', () => {
    const { api, ses } = setup();
    const d1 = out<JET_SESID>();
    const d2 = out<JET_SESID>();
    expect(api.JetDupSession(ses, d1)).toBe(JET_errSuccess);
    expect(api.JetDupSession(d1.value, d2)).toBe(JET_errSuccess);
    expect(new Set([ses, d1.value, d2.value]).size).toBe(3);
    expect(new Set([info(api, ses).ulProcid, info(api, d1.value).ulProcid, info(api, d2.value).ulProcid]).size).toBe(3);
  });

  it('works while the source carries a context set by another thread (the gate does not look at contexts)', () => {
    const { api, ses } = setup();
    onThread(newThreadId(), () => expect(api.JetSetSessionContext(ses, 5)).toBe(JET_errSuccess));
    const dup = out<JET_SESID>();
    expect(api.JetDupSession(ses, dup)).toBe(JET_errSuccess);
    expect(dup.value).not.toBe(ses);
  });
});

// ---- JetGetSessionInfo --------------------------------------------------------------------------

describe('JetGetSessionInfo', () => {
  it('reports level, procid, the level-0 begin and the transaction owner', () => {
    const { api, ses } = setup();
    const procid = info(api, ses).ulProcid;
    expect(procid).toBeGreaterThan(0);
    expect(info(api, ses).ulTrxLevel).toBe(0);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
    const first = info(api, ses);
    expect(first.ulTrxLevel).toBe(1);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
    const nested = info(api, ses);
    expect(nested.ulTrxLevel).toBe(3);
    // trxBegin0 belongs to the level-0 begin; nested begins keep it
    expect(nested.ulTrxBegin0).toBe(first.ulTrxBegin0);
    expect(api.JetRollback(ses, 0)).toBe(JET_errSuccess);
    expect(info(api, ses)).toMatchObject({ ulTrxLevel: 2, ulProcid: procid });
  });

  it('a thread-owned transaction reports the beginning thread as its context', () => {
    const { api, ses } = setup();
    const t = newThreadId();
    onThread(t, () => expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess));
    expect(info(api, ses).ulTrxContext).toBe(t);
  });

  it('a context-owned transaction reports the session context', () => {
    const { api, ses } = setup();
    expect(api.JetSetSessionContext(ses, 0x1234)).toBe(JET_errSuccess);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
    expect(info(api, ses).ulTrxContext).toBe(0x1234);
  });

  // tm.cxx ErrIsamGetSessionInfo: cbMax < sizeof(JET_SESSIONINFO) is BufferTooSmall. esent.h: four ULONGs then a
  // JET_API_PTR, so 24 bytes on x64 (the size esemu follows, docs/differences.md); 20 on x86 is too small here.
  it('accepts any cbMax of at least 24 (sizeof JET_SESSIONINFO on x64)', () => {
    const { api, ses } = setup();
    for (const cb of [24, 25, 64, 4096]) {
      const box = out<JET_SESSIONINFO>();
      expect(api.JetGetSessionInfo(ses, box, cb, 0)).toBe(JET_errSuccess);
      expect(box.value.ulTrxLevel).toBe(0);
    }
  });

  it('answers BufferTooSmall for cbMax below 24 (the x86 size 20 included) and writes nothing', () => {
    const { api, ses } = setup();
    for (const cb of [0, 1, 8, 15, 16, 20, 23]) {
      const box = out<JET_SESSIONINFO>();
      expect(api.JetGetSessionInfo(ses, box, cb, 0)).toBe(JET_errBufferTooSmall);
      expect(box.value).toBeUndefined();
    }
  });

  // pib.hxx PIBGetSessionInfoV1 writes ulFlags = 0; pib.cxx starts a session at trxBegin0 = trxMax and
  // PIBResetTrxBegin0 puts it back there when a transaction ends.
  it('reports ulFlags 0, and ulTrxBegin0 0xFFFFFFFF outside a transaction', () => {
    const { api, ses } = setup();
    expect(info(api, ses)).toMatchObject({ ulFlags: 0, ulTrxBegin0: 0xffffffff, ulTrxContext: 0 });
    expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
    expect(info(api, ses).ulTrxBegin0).not.toBe(0xffffffff);
    expect(api.JetCommitTransaction(ses, 0)).toBe(JET_errSuccess);
    expect(info(api, ses)).toMatchObject({ ulFlags: 0, ulTrxBegin0: 0xffffffff, ulTrxContext: 0 });
    expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
    expect(api.JetRollback(ses, 0)).toBe(JET_errSuccess);
    expect(info(api, ses).ulTrxBegin0).toBe(0xffffffff);
  });

  // pib.hxx PIB::PIBResetTrxContext clears the owner only when it is a thread (not m_fUseSessionContextForTrxContext).
  it('after a context-owned transaction ends, ulTrxContext still names the context; a thread-owned one is cleared', () => {
    const { api, ses } = setup();
    expect(api.JetSetSessionContext(ses, 0x1234)).toBe(JET_errSuccess);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
    expect(api.JetCommitTransaction(ses, 0)).toBe(JET_errSuccess);
    expect(info(api, ses)).toMatchObject({ ulTrxLevel: 0, ulTrxContext: 0x1234 });
    expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
    expect(api.JetRollback(ses, 0)).toBe(JET_errSuccess);
    expect(info(api, ses).ulTrxContext).toBe(0x1234);
    expect(api.JetResetSessionContext(ses)).toBe(JET_errSuccess);
    expect(info(api, ses).ulTrxContext).toBe(0x1234);
    // The next level-0 begin takes a new owner: the thread, which its end clears again.
    expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
    expect(info(api, ses).ulTrxContext).toBe(1);
    expect(api.JetCommitTransaction(ses, 0)).toBe(JET_errSuccess);
    expect(info(api, ses).ulTrxContext).toBe(0);
  });

  it('answers InvalidParameter for any info level but JET_SessionInfo (0)', () => {
    const { api, ses } = setup();
    for (const lvl of [1, 2, -1, 0x100]) {
      const box = out<JET_SESSIONINFO>();
      expect(api.JetGetSessionInfo(ses, box, 24, lvl)).toBe(JET_errInvalidParameter);
      expect(box.value).toBeUndefined();
    }
  });

  it('checks the info level before the buffer size', () => {
    const { api, ses } = setup();
    expect(api.JetGetSessionInfo(ses, out<JET_SESSIONINFO>(), 0, 1)).toBe(JET_errInvalidParameter);
  });

  it('agrees with JET_paramTransactionLevel at every level', () => {
    const { api, ses } = setup();
    for (let l = 1; l <= 7; l++) {
      expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
      expect(info(api, ses).ulTrxLevel).toBe(l);
      expect(trxLevel(api, ses)).toBe(l);
    }
  });
});

// ---- the session gate ---------------------------------------------------------------------------

/** APIs that go through the normal session gate (blocked after a stop). Each is called on a gateWorld, where it would succeed. */
const NORMAL_CALLS: Array<[string, (w: GateWorld) => number]> = [
  ['JetBeginTransaction', ({ api, ses }) => api.JetBeginTransaction(ses)],
  ['JetBeginTransaction2', ({ api, ses }) => api.JetBeginTransaction2(ses, 0)],
  ['JetBeginTransaction3', ({ api, ses }) => api.JetBeginTransaction3(ses, 99, 0)],
  ['JetCommitTransaction', ({ api, ses }) => api.JetCommitTransaction(ses, 0)],
  ['JetCommitTransaction2', ({ api, ses }) => api.JetCommitTransaction2(ses, 0, 0, null)],
  ['JetSetSessionContext', ({ api, ses }) => api.JetSetSessionContext(ses, 9)],
  ['JetDupSession', ({ api, ses }) => api.JetDupSession(ses, out<JET_SESID>())],
  ['JetOpenTempTable', ({ api, ses }) => api.JetOpenTempTable(ses, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }], 1, 0, out<JET_TABLEID>(), [])],
  ['JetOpenDatabase', ({ api, ses }) => api.JetOpenDatabase(ses, 'gate.edb', null, out<JET_DBID>(), 0)],
];

interface GateWorld extends Setup {
  tableid: JET_TABLEID;
  dbid: JET_DBID;
}

/**
 * A session with something for every call to work on: a database created
 * (and so opened once), a temp table opened at level 0, and a transaction at level 1.
 */
function gateWorld(): GateWorld {
  const w = setup();
  const { api, ses } = w;
  const dbid = out<JET_DBID>();
  expect(api.JetCreateDatabase(ses, 'gate.edb', null, dbid, 0)).toBe(JET_errSuccess);
  const { tableid } = openSort(api, ses);
  expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
  return { ...w, tableid, dbid: dbid.value };
}

/** The stop-exempt APIs, each called in a state where it would succeed. */
const EXEMPT_CALLS: Array<[string, (w: GateWorld) => number]> = [
  ['JetRollback', ({ api, ses }) => api.JetRollback(ses, 0)],
  ['JetGetSessionInfo', ({ api, ses }) => api.JetGetSessionInfo(ses, out<JET_SESSIONINFO>(), 24, 0)],
  ['JetCloseTable', ({ api, ses, tableid }) => api.JetCloseTable(ses, tableid)],
  ['JetEndSession', ({ api, ses }) => api.JetEndSession(ses, 0)],
  ['JetCloseDatabase', ({ api, ses, dbid }) => api.JetCloseDatabase(ses, dbid, 0)],
];

describe('the session gate', () => {
  it('on a healthy instance every call of both lists succeeds (baseline for the tests below)', () => {
    expect(codesEach(NORMAL_CALLS, gateWorld)).toEqual(all(NORMAL_CALLS, JET_errSuccess));
    expect(codesEach(EXEMPT_CALLS, gateWorld)).toEqual(all(EXEMPT_CALLS, JET_errSuccess));
  });

  describe('after JetStopServiceInstance', () => {
    const stopped = (): GateWorld => {
      const w = gateWorld();
      expect(w.api.JetStopServiceInstance(w.inst)).toBe(JET_errSuccess);
      return w;
    };

    it('JetBegin/CommitTransaction*, JetSetSessionContext, JetDupSession, JetOpenTempTable, JetOpenDatabase answer ClientRequestToStopJetService', () => {
      expect(codesEach(NORMAL_CALLS, stopped)).toEqual(all(NORMAL_CALLS, JET_errClientRequestToStopJetService));
    });

    it('a refused call changes nothing', () => {
      const w = stopped();
      for (const [, call] of NORMAL_CALLS) call(w);
      expect(sessionDump(w.emu, w.ses)).toMatchObject({ level: 1, context: 0, openDatabases: [{ count: 1 }] });
      expect(sessionDump(w.emu, w.ses)?.cursors).toHaveLength(1);
      expect(w.emu.dump().instances[0].sessions).toHaveLength(1);
    });

    it('JetRollback, JetGetSessionInfo, JetCloseTable, JetEndSession, JetCloseDatabase still work', () => {
      expect(codesEach(EXEMPT_CALLS, stopped)).toEqual(all(EXEMPT_CALLS, JET_errSuccess));
    });

    it('JetResetSessionContext still works', () => {
      const { api, inst, ses } = setup();
      expect(api.JetSetSessionContext(ses, 3)).toBe(JET_errSuccess);
      expect(api.JetStopServiceInstance(inst)).toBe(JET_errSuccess);
      expect(api.JetResetSessionContext(ses)).toBe(JET_errSuccess);
      expect(api.JetSetSessionContext(ses, 3)).toBe(JET_errClientRequestToStopJetService);
    });

    it('JetDetachDatabase still works', () => {
      const { emu, api, inst, ses } = setup();
      const dbid = out<JET_DBID>();
      expect(api.JetCreateDatabase(ses, 'detach.edb', null, dbid, 0)).toBe(JET_errSuccess);
      expect(api.JetCloseDatabase(ses, dbid.value, 0)).toBe(JET_errSuccess);
      expect(api.JetStopServiceInstance(inst)).toBe(JET_errSuccess);
      expect(api.JetDetachDatabase(ses, 'detach.edb')).toBe(JET_errSuccess);
      expect(emu.dump().instances[0].attached).toEqual([]);
    });

    it('JetRollback with RollbackAll unwinds every level; commit stays refused meanwhile', () => {
      const { emu, api, inst, ses } = setup();
      for (let i = 0; i < 4; i++) expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
      expect(api.JetStopServiceInstance(inst)).toBe(JET_errSuccess);
      expect(api.JetCommitTransaction(ses, 0)).toBe(JET_errClientRequestToStopJetService);
      expect(api.JetRollback(ses, 0)).toBe(JET_errSuccess);
      expect(sessionDump(emu, ses)?.level).toBe(3);
      expect(api.JetRollback(ses, JET_bitRollbackAll)).toBe(JET_errSuccess);
      expect(sessionDump(emu, ses)?.level).toBe(0);
    });

    it('the exempt calls still run their own checks', () => {
      const { api, inst, ses } = setup();
      expect(api.JetStopServiceInstance(inst)).toBe(JET_errSuccess);
      expect(api.JetRollback(ses, 0)).toBe(JET_errNotInTransaction);
      expect(api.JetResetSessionContext(ses)).toBe(JET_errSessionContextNotSetByThisThread);
      expect(api.JetGetSessionInfo(ses, out<JET_SESSIONINFO>(), 4, 0)).toBe(JET_errBufferTooSmall);
      expect(api.JetCloseTable(ses, 12345 as JET_TABLEID)).toBe(JET_errInvalidTableId);
    });

    it('a closed temp table answers InvalidTableId, and ending the session frees it', () => {
      const w = gateWorld();
      expect(w.api.JetStopServiceInstance(w.inst)).toBe(JET_errSuccess);
      expect(w.api.JetCloseTable(w.ses, w.tableid)).toBe(JET_errSuccess);
      expect(w.api.JetCloseTable(w.ses, w.tableid)).toBe(JET_errInvalidTableId);
      expect(w.api.JetEndSession(w.ses, 0)).toBe(JET_errSuccess);
      expect(w.api.JetGetSessionInfo(w.ses, out<JET_SESSIONINFO>(), 24, 0)).toBe(JET_errInvalidSesid);
    });

    it('stopping another instance does not affect this one', () => {
      const { api, ses } = setup();
      const other = newInstance(api);
      const otherSes = beginSession(api, other);
      expect(api.JetStopServiceInstance(other)).toBe(JET_errSuccess);
      expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
      expect(api.JetBeginTransaction(otherSes)).toBe(JET_errClientRequestToStopJetService);
    });
  });

  describe('on an unavailable instance', () => {
    const unavailable = (): GateWorld => {
      const w = gateWorld();
      expect(w.emu.setInstanceUnavailable(w.inst)).toBe(JET_errSuccess);
      return w;
    };

    it('the normal calls answer InstanceUnavailable', () => {
      expect(codesEach(NORMAL_CALLS, unavailable)).toEqual(all(NORMAL_CALLS, JET_errInstanceUnavailable));
    });

    it('the stop-exempt calls also answer InstanceUnavailable, and change nothing', () => {
      expect(codesEach(EXEMPT_CALLS, unavailable)).toEqual(all(EXEMPT_CALLS, JET_errInstanceUnavailable));
      const w = unavailable();
      for (const [, call] of EXEMPT_CALLS) call(w);
      expect(sessionDump(w.emu, w.ses)).toMatchObject({ level: 1, openDatabases: [{ count: 1 }] });
      expect(sessionDump(w.emu, w.ses)?.cursors).toHaveLength(1);
    });

    it('JetResetSessionContext and JetDetachDatabase also answer InstanceUnavailable', () => {
      const { emu, api, inst, ses } = setup();
      expect(api.JetSetSessionContext(ses, 3)).toBe(JET_errSuccess);
      expect(emu.setInstanceUnavailable(inst)).toBe(JET_errSuccess);
      expect(api.JetResetSessionContext(ses)).toBe(JET_errInstanceUnavailable);
      expect(api.JetDetachDatabase(ses, null)).toBe(JET_errInstanceUnavailable);
      expect(sessionDump(emu, ses)?.context).toBe(3);
    });

    it('the log-disk-full variant is reported as such', () => {
      const { emu, api, inst, ses } = setup();
      expect(emu.setInstanceUnavailable(inst, JET_errInstanceUnavailableDueToFatalLogDiskFull)).toBe(JET_errSuccess);
      expect(api.JetBeginTransaction(ses)).toBe(JET_errInstanceUnavailableDueToFatalLogDiskFull);
      expect(api.JetEndSession(ses, 0)).toBe(JET_errInstanceUnavailableDueToFatalLogDiskFull);
    });

    it('the stop check comes first for normal calls; exempt calls skip it and see the unavailability', () => {
      const w = gateWorld();
      expect(w.api.JetStopServiceInstance(w.inst)).toBe(JET_errSuccess);
      expect(w.emu.setInstanceUnavailable(w.inst)).toBe(JET_errSuccess);
      expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errClientRequestToStopJetService);
      expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errClientRequestToStopJetService);
      expect(w.api.JetSetSessionContext(w.ses, 1)).toBe(JET_errClientRequestToStopJetService);
      expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errInstanceUnavailable);
      expect(w.api.JetEndSession(w.ses, 0)).toBe(JET_errInstanceUnavailable);
      expect(w.api.JetGetSessionInfo(w.ses, out<JET_SESSIONINFO>(), 24, 0)).toBe(JET_errInstanceUnavailable);
    });

    it('unavailability is checked before the API’s own checks', () => {
      const { emu, api, inst, ses } = setup();
      expect(emu.setInstanceUnavailable(inst)).toBe(JET_errSuccess);
      expect(api.JetCommitTransaction(ses, 0x4000)).toBe(JET_errInstanceUnavailable);
      expect(api.JetRollback(ses, 0)).toBe(JET_errInstanceUnavailable);
      expect(api.JetSetSessionContext(ses, 0)).toBe(JET_errInstanceUnavailable);
    });

    it('clearing the unavailability makes the session usable again', () => {
      const { emu, api, inst, ses } = setup();
      expect(emu.setInstanceUnavailable(inst)).toBe(JET_errSuccess);
      expect(api.JetBeginTransaction(ses)).toBe(JET_errInstanceUnavailable);
      expect(emu.setInstanceUnavailable(inst, 0)).toBe(JET_errSuccess);
      expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
    });

    it('a bad sesid is still reported before the instance state', () => {
      const { emu, api, inst } = setup();
      expect(emu.setInstanceUnavailable(inst)).toBe(JET_errSuccess);
      expect(api.JetBeginTransaction(987654 as JET_SESID)).toBe(JET_errInvalidSesid);
    });
  });

  describe('on a terminating instance', () => {
    const terminating = (): GateWorld => {
      const w = gateWorld();
      expect(w.emu.setInstanceState(w.inst, 'terminating')).toBe(JET_errSuccess);
      return w;
    };

    it('the normal calls answer TermInProgress', () => {
      expect(codesEach(NORMAL_CALLS, terminating)).toEqual(all(NORMAL_CALLS, JET_errTermInProgress));
    });

    it('the stop-exempt calls also answer TermInProgress', () => {
      expect(codesEach(EXEMPT_CALLS, terminating)).toEqual(all(EXEMPT_CALLS, JET_errTermInProgress));
    });

    it('answers TermInProgress while another instance is alive (the per-instance check)', () => {
      const { emu, api, inst, ses } = setup();
      const other = newInstance(api);
      const otherSes = beginSession(api, other);
      expect(emu.setInstanceState(inst, 'terminating')).toBe(JET_errSuccess);
      expect(api.JetBeginTransaction(ses)).toBe(JET_errTermInProgress);
      expect(api.JetEndSession(ses, 0)).toBe(JET_errTermInProgress);
      expect(api.JetResetSessionContext(ses)).toBe(JET_errTermInProgress);
      expect(api.JetBeginTransaction(otherSes)).toBe(JET_errSuccess);
    });

    it('stop and unavailability are both checked before termination', () => {
      const { emu, api, inst, ses } = setup();
      const other = newInstance(api);
      beginSession(api, other);
      expect(emu.setInstanceState(inst, 'terminating')).toBe(JET_errSuccess);
      expect(api.JetStopServiceInstance(inst)).toBe(JET_errSuccess);
      expect(api.JetBeginTransaction(ses)).toBe(JET_errClientRequestToStopJetService);
      expect(api.JetRollback(ses, 0)).toBe(JET_errTermInProgress);
      expect(emu.setInstanceUnavailable(inst)).toBe(JET_errSuccess);
      expect(api.JetBeginTransaction(ses)).toBe(JET_errClientRequestToStopJetService);
      expect(api.JetRollback(ses, 0)).toBe(JET_errInstanceUnavailable);
    });

    it('back to initialized, the session works again and kept its state', () => {
      const { emu, api, inst, ses } = setup();
      expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
      expect(emu.setInstanceState(inst, 'terminating')).toBe(JET_errSuccess);
      expect(api.JetCommitTransaction(ses, 0)).toBe(JET_errTermInProgress);
      expect(emu.setInstanceState(inst, 'initialized')).toBe(JET_errSuccess);
      expect(trxLevel(api, ses)).toBe(1);
      expect(api.JetCommitTransaction(ses, 0)).toBe(JET_errSuccess);
    });
  });

  it('a session of a healthy instance is not affected by another instance’s unavailability', () => {
    const { emu, api, ses } = setup();
    const other = newInstance(api);
    const otherSes = beginSession(api, other);
    expect(emu.setInstanceUnavailable(other)).toBe(JET_errSuccess);
    expect(api.JetBeginTransaction(otherSes)).toBe(JET_errInstanceUnavailable);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
    const { tableid } = openSort(api, ses);
    expect(api.JetMove(ses, tableid, JET_MoveFirst, 0)).toBe(JET_errNoCurrentRecord);
  });
});
