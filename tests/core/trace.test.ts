import {
  createEmulator, errorInfo, errorName, errorByName, emulator, formatTraceRecord, onThread, out, JetBeginSession,
  JetCreateInstance, JetInit, JetEndSession, JET_errInvalidSesid, JET_errSuccess, JET_wrnSeekNotEqual,
  JET_errSessionInUse, errorTable,
} from '../../src';
import type { JET_INSTANCE, JET_SESID, TraceRecord } from '../../src';
import { openSort, world } from '../support/fixture';

describe('trace', () => {
  it('reports every call with its arguments, code, code name and thread', () => {
    const emu = createEmulator();
    const seen: TraceRecord[] = [];
    const stop = emu.subscribe((r) => seen.push(r));
    const inst = out<JET_INSTANCE>();
    emu.api.JetCreateInstance(inst, 'traced');
    onThread(7, () => emu.api.JetEndSession(123 as JET_SESID, 0));
    stop();
    emu.api.JetInit(inst);
    expect(seen.map((r) => [r.api, r.code, r.codeName, r.thread])).toEqual([
      ['JetCreateInstance', 0, 'JET_errSuccess', 1],
      ['JetEndSession', JET_errInvalidSesid, 'JET_errInvalidSesid', 7],
    ]);
    expect(formatTraceRecord(seen[0])).toBe(`JetCreateInstance(&${inst.value}, "traced") = 0 JET_errSuccess`);
    expect(formatTraceRecord(seen[1])).toBe('JetEndSession(123, 0) = -1104 JET_errInvalidSesid [thread 7]');
  });
});

describe('state dump', () => {
  it('shows instances, sessions, levels, databases and cursors as data and text', () => {
    const { emu, api, ses } = world();
    expect(api.JetBeginTransaction(ses)).toBe(0);
    openSort(api, ses);
    expect(api.JetSetSessionContext(ses, 3)).toBe(0);
    const dump = emu.dump();
    expect(Object.isFrozen(dump.instances[0].sessions[0])).toBe(true);
    expect(dump.instances[0].sessions[0]).toMatchObject({ level: 1, context: 3, cursors: [{ kind: 'sort', phase: 'insert', rows: 0, levelOpen: 1 }] });
    expect(emu.dumpText()).toContain(`session ${ses} procid 1 level 1 [context 3]`);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSessionInUse);
  });
});

describe('the default emulator', () => {
  it('backs the named exports and can be reset', () => {
    emulator.reset();
    const inst = out<JET_INSTANCE>();
    expect(JetCreateInstance(inst, 'default')).toBe(0);
    expect(JetInit(inst)).toBe(0);
    const ses = out<JET_SESID>();
    expect(JetBeginSession(inst.value, ses, '', '')).toBe(0);
    emulator.reset();
    expect(JetEndSession(ses.value, 0)).toBe(JET_errInvalidSesid);
    expect(emulator.dump().instances).toEqual([]);
    expect(JetCreateInstance(inst, 'default')).toBe(JET_errSuccess);
    emulator.reset();
  });
});

describe('error lookup', () => {
  it('names and describes every code', () => {
    expect(errorName(-1104)).toBe('JET_errInvalidSesid');
    expect(errorInfo(JET_wrnSeekNotEqual).name).toBe('JET_wrnSeekNotEqual');
    expect(errorInfo(-1914).description).toMatch(/context/);
    expect(errorByName('JET_errTransTooDeep')?.value).toBe(-1103);
    expect(errorInfo(-424242).category).toBe('unknown');
    for (const [, value] of errorTable) expect(errorInfo(value).description.length).toBeGreaterThan(5);
    expect(errorTable.length).toBe(491);
  });
});

describe('trace robustness', () => {
  it('a listener that throws does not make the API call throw', () => {
    const emu = createEmulator();
    emu.subscribe(() => {
      throw new Error('listener bug');
    });
    const inst = out<JET_INSTANCE>();
    expect(() => emu.api.JetCreateInstance(inst, 'x')).not.toThrow();
    expect(emu.dump().instances).toHaveLength(1);
    emu.takeListenerErrors();
  });

  it("a listener's errors reach the test: takeListenerErrors hands them out once, throwListenerErrors throws them", () => {
    const emu = createEmulator();
    let calls = 0;
    emu.subscribe((r) => {
      calls += 1;
      if (r.api === 'JetInit') throw new Error(`listener saw ${r.api}`);
    });
    const inst = out<JET_INSTANCE>();
    expect(emu.api.JetCreateInstance(inst, 'x')).toBe(JET_errSuccess);
    expect(emu.takeListenerErrors()).toEqual([]);
    expect(emu.api.JetInit(inst)).toBe(JET_errSuccess);
    expect(emu.api.JetInit(inst)).not.toBe(JET_errSuccess);
    expect(calls).toBe(3);
    const errors = emu.takeListenerErrors();
    expect(errors.map((e) => (e as Error).message)).toEqual(['listener saw JetInit', 'listener saw JetInit']);
    expect(emu.takeListenerErrors()).toEqual([]);
    expect(() => emu.throwListenerErrors()).not.toThrow();
    expect(emu.api.JetInit(inst)).not.toBe(JET_errSuccess);
    let thrown: unknown;
    try {
      emu.throwListenerErrors();
    } catch (caught) {
      thrown = caught;
    }
    expect(thrown).toBeInstanceOf(AggregateError);
    expect((thrown as AggregateError).errors.map((e: Error) => e.message)).toEqual(['listener saw JetInit']);
    expect(() => emu.throwListenerErrors()).not.toThrow();
  });
});
