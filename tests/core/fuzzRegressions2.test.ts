/**
 * Reproductions found by fuzzing (issue 5, section 1b), items f-i: re-entrant calls from argument getters, reads
 * that throw, the handle check of the parameter calls, trace listeners that throw. Items a-e are in
 * fuzzRegressions.test.ts.
 */
import {
  createEmulator, out,
  JET_errSuccess, JET_errInvalidParameter, JET_errInvalidSesid, JET_errTooManySorts, JET_errDirtyShutdown,
  JET_bitColumnTTKey, JET_bitTermDirty, JET_coltypLong, JET_paramMaxCursors,
  JET_paramMaxSessions, JET_prepInsert,
} from '../../src';
import type { Emulator, JetApi, JET_COLUMNDEF, JET_INSTANCE, JET_SESID, JET_TABLEID } from '../../src';
import { openSort, session, world } from '../support/fixture';

/** The API with every argument typed `unknown`, for calls TypeScript would refuse. */
function loose(api: JetApi): Record<keyof JetApi, (...args: unknown[]) => number> {
  return api as unknown as Record<keyof JetApi, (...args: unknown[]) => number>;
}

function cursors(emu: Emulator): number[] {
  return emu.dump().instances.flatMap((i) => i.sessions.flatMap((s) => s.cursors.map((c) => c.handle)));
}

function sessions(emu: Emulator): number[] {
  return emu.dump().instances.flatMap((i) => i.sessions.map((s) => s.handle));
}

function revoked(): object {
  const r = Proxy.revocable({}, {});
  r.revoke();
  return r.proxy;
}

function throwing(base: Record<string, unknown>, key: string): Record<string, unknown> {
  return Object.defineProperty({ ...base }, key, { get(): never { throw new Error(`reading ${key}`); }, enumerable: true });
}

/** Opens a temp table whose argument runs `onRead` (once) while the call reads it. */
type ReentrantOpen = (api: JetApi, ses: JET_SESID, box: { value: JET_TABLEID | undefined }, onRead: () => void) => number;

const reentrantOpens: Array<[string, ReentrantOpen]> = [
  ['JetOpenTempTable, getter on coltyp', (api, ses, box, onRead) => {
    const def = { get coltyp(): number { onRead(); return JET_coltypLong; }, grbit: JET_bitColumnTTKey };
    const tableid = out<JET_TABLEID>();
    const rc = api.JetOpenTempTable(ses, [def], 1, 0, tableid, []);
    box.value = tableid.value;
    return rc;
  }],
  ['JetOpenTemporaryTable, getter on ccolumn', (api, ses, box, onRead) => {
    const tt = {
      prgcolumndef: [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }] as JET_COLUMNDEF[],
      get ccolumn(): number { onRead(); return 1; },
      grbit: 0, prgcolumnid: [], tableid: undefined as JET_TABLEID | undefined,
    };
    const rc = api.JetOpenTemporaryTable(ses, tt);
    box.value = tt.tableid;
    return rc;
  }],
];

// A getter is never called: arguments are looked at through their property descriptors only, and an accessor is
// unreadable (InvalidParameter) "so no code of the caller's ever runs inside a call, and a getter cannot end a session
// in the middle of one" (docs/api-reference.md, "Arguments are plain data"). The call thus answers as if the session
// were not yet gone, and the session or instance is still there afterwards, with nothing opened.
describe('f. an argument getter that ends the session or terminates the instance', () => {
  it.each(reentrantOpens)('%s calling JetEndSession, 20 times: no cursor on a dead session, slots and quota back', (_n, open) => {
    const { emu, api, inst, ses: keep } = world({}, [[JET_paramMaxCursors, 25]]);
    const got: string[] = [];
    for (let i = 0; i < 20; i++) {
      const ses = session(api, inst);
      let nested: number | undefined;
      const box: { value: JET_TABLEID | undefined } = { value: undefined };
      const rc = open(api, ses, box, () => { nested ??= api.JetEndSession(ses, 0); });
      got.push(`open ${rc}, nested JetEndSession ${String(nested)}, session ${sessions(emu).includes(ses) ? 'alive' : 'gone'}, `
        + `cursors ${cursors(emu).length}`);
      if (sessions(emu).includes(ses)) expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
    }
    expect(got).toEqual(got.map(() => `open ${JET_errInvalidParameter}, nested JetEndSession undefined, session alive, cursors 0`));
    expect(sessions(emu)).toEqual([keep]);
    expect(cursors(emu)).toEqual([]);
    // All 20 sort slots (default JET_paramMaxTemporaryTables) and the cursors (MaxCursors 25) are free.
    const fresh = session(api, inst);
    for (let i = 0; i < 20; i++) openSort(api, fresh);
    expect(api.JetOpenTempTable(fresh, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }], 1, 0, out(), [])).toBe(JET_errTooManySorts);
    expect(api.JetTerm(inst)).toBe(JET_errSuccess);
    expect(emu.dump().instances).toEqual([]);
    expect(emu.lastInternalError).toBeUndefined();
  });

  it.each(reentrantOpens)('%s calling JetTerm2(JET_bitTermDirty): nothing left after the term', (_n, open) => {
    const emu = createEmulator();
    const api = emu.api;
    const got: string[] = [];
    for (let i = 0; i < 5; i++) {
      const inst = out<JET_INSTANCE>();
      expect(api.JetCreateInstance(inst, `term${i}`)).toBe(0);
      expect(api.JetInit(inst)).toBe(0);
      const ses = session(api, inst.value);
      let nested: number | undefined;
      const box: { value: JET_TABLEID | undefined } = { value: undefined };
      const rc = open(api, ses, box, () => { nested ??= api.JetTerm2(inst.value, JET_bitTermDirty); });
      const alive = emu.dump().instances.some((x) => x.handle === inst.value);
      got.push(`open ${rc}, nested JetTerm2 ${String(nested)}, instance ${alive ? 'alive' : 'gone'}, cursors ${cursors(emu).length}`);
      if (alive) expect(api.JetTerm2(inst.value, JET_bitTermDirty)).toBe(JET_errDirtyShutdown);
    }
    expect(got).toEqual(got.map(() => `open ${JET_errInvalidParameter}, nested JetTerm2 undefined, instance alive, cursors 0`));
    expect(emu.dump().instances).toEqual([]);
    const inst = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(inst, 'after')).toBe(0);
    expect(api.JetInit(inst)).toBe(0);
    openSort(api, session(api, inst.value));
    expect(api.JetTerm(inst.value)).toBe(JET_errSuccess);
    expect(emu.dump().instances).toEqual([]);
    expect(emu.lastInternalError).toBeUndefined();
  });
});

describe('g. an argument whose own read throws answers InvalidParameter', () => {
  it('a throwing cbStruct, coltyp, ccolumn, cbData or paramid, or a revoked Proxy as the struct', () => {
    const { emu, api, ses } = world();
    const l = loose(api);
    const created = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(created, 'created')).toBe(0);
    const s = openSort(api, ses);
    expect(api.JetPrepareUpdate(ses, s.tableid, JET_prepInsert)).toBe(0);
    const def = { coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey };
    const tt = { prgcolumndef: [def], ccolumn: 1, grbit: 0, prgcolumnid: [] };
    const calls: Array<[string, () => number]> = [
      ['JetInit3 prstInfo.cbStruct', () => l.JetInit3({ value: created.value }, throwing({ cbStruct: 48 }, 'cbStruct'), 0)],
      ['JetInit3 prstInfo revoked', () => l.JetInit3({ value: created.value }, revoked(), 0)],
      ['JetOpenTempTable [0].coltyp', () => l.JetOpenTempTable(ses, [throwing(def, 'coltyp')], 1, 0, out(), [])],
      ['JetOpenTempTable3 pidxunicode.lcid', () => l.JetOpenTempTable3(ses, [def], 1, throwing({ lcid: 1033 }, 'lcid'), 0, out(), [])],
      ['JetOpenTemporaryTable revoked', () => l.JetOpenTemporaryTable(ses, revoked())],
      ['JetOpenTemporaryTable .ccolumn', () => l.JetOpenTemporaryTable(ses, throwing(tt, 'ccolumn'))],
      ['JetSetColumns [0].cbData', () => l.JetSetColumns(ses, s.tableid, [throwing({ columnid: s.col, pvData: new Uint8Array(4) }, 'cbData')], 1)],
      ['JetEnableMultiInstance [0].paramid', () => l.JetEnableMultiInstance([throwing({ lParam: 10 }, 'paramid')], 1, null)],
    ];
    const before = emu.dump();
    expect(calls.map(([what, fn]) => `${what}: ${fn()}`)).toEqual(calls.map(([what]) => `${what}: ${JET_errInvalidParameter}`));
    expect(emu.dump()).toEqual(before);
    expect(emu.lastInternalError).toBeUndefined();
  });
});

// esent.dll, multi-instance mode: JetGetSystemParameterEx validates a non-nil sesid before anything else
// (jetapi.cxx:12303-12309), JetSetSystemParameterEx too (ErrJetValidateSession, jetapi.cxx:20467-20476).
describe('h. the parameter calls check the sesid before the parameter id', () => {
  it('a stale or foreign sesid answers InvalidSesid, even with an unknown parameter id', () => {
    const { api, inst, ses } = world();
    const ended = session(api, inst);
    expect(api.JetEndSession(ended, 0)).toBe(0);
    const foreign = world().ses;
    for (const bad of [ended, foreign]) {
      expect(api.JetGetSystemParameter(0 as JET_INSTANCE, bad, 99999, out<number>(), null, 0)).toBe(JET_errInvalidSesid);
      expect(api.JetSetSystemParameter(null, bad, 99999, 0, null)).toBe(JET_errInvalidSesid);
      expect(api.JetGetSystemParameter(inst, bad, JET_paramMaxSessions, out<number>(), null, 0)).toBe(JET_errInvalidSesid);
    }
    expect(api.JetGetSystemParameter(0 as JET_INSTANCE, ses, 99999, out<number>(), null, 0)).toBe(JET_errInvalidParameter);
    expect(api.JetSetSystemParameter(null, ses, 99999, 0, null)).toBe(JET_errInvalidParameter);
  });
});

describe('i. a trace listener that throws', () => {
  it('the call returns its code; the error is collected, taken once, and thrown as an AggregateError on demand', () => {
    const emu = createEmulator();
    const boom = new Error('listener boom');
    const stop = emu.subscribe(() => { throw boom; });
    const later: string[] = [];
    emu.subscribe((r) => later.push(r.api));
    const inst = out<JET_INSTANCE>();
    let rc: number | undefined;
    expect(() => { rc = emu.api.JetCreateInstance(inst, 'x'); }).not.toThrow();
    expect(rc).toBe(JET_errSuccess);
    expect(emu.dump().instances).toHaveLength(1);
    expect(later).toEqual(['JetCreateInstance']);
    expect(emu.takeListenerErrors()).toEqual([boom]);
    expect(emu.takeListenerErrors()).toEqual([]);
    expect(() => emu.throwListenerErrors()).not.toThrow();

    expect(emu.api.JetInit(inst)).toBe(JET_errSuccess);
    let thrown: unknown;
    try {
      emu.throwListenerErrors();
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(AggregateError);
    expect((thrown as AggregateError).errors).toEqual([boom]);
    stop();
  });

  it('a failing expect() inside the listener is collected, not thrown into the API call', () => {
    const emu = createEmulator();
    emu.subscribe((r) => { expect(r.code).toBe(-1); });
    const inst = out<JET_INSTANCE>();
    expect(emu.api.JetCreateInstance(inst, 'x')).toBe(JET_errSuccess);
    expect(emu.api.JetTerm(inst.value)).toBe(JET_errSuccess);
    const errors = emu.takeListenerErrors();
    expect(errors).toHaveLength(2);
    expect(errors.every((e) => e instanceof Error && e.message.includes('toBe'))).toBe(true);
  });
});
