/**
 * JetSetSystemParameter: which check answers first — "same value", "may not be written any more"
 * (AlreadyInitialized) or the range (InvalidParameter) — at and around each boundary.
 *
 * Engine rule (CJetParam::ValidateSet, jetapi.cxx:5600-5654; ese-semantics.md §11):
 *   1. the value equals the current one -> Success, nothing else looked at;
 *   2. a parameter that may not be written after global init (JET_paramMaxInstances) once a run mode is
 *      chosen -> AlreadyInitialized;
 *   3. a parameter that may not be written after instance init (MaxSessions, MaxOpenTables, MaxCursors,
 *      MaxVerPages, MaxTemporaryTables, EnableTempTableVersioning, OneDatabasePerSession;
 *      sysparamtable.g.cxx) on an initialized instance -> AlreadyInitialized;
 *   4. only then, the value outside [rangeLow, rangeHigh] -> InvalidParameter.
 * So an out-of-range value of an init-only parameter on an initialized instance answers AlreadyInitialized,
 * and InvalidParameter only where the parameter may still be written. Ranges (sysparamtable.g.cxx):
 * MaxSessions 0..30000, MaxVerPages 1..2^31-1, MaxTemporaryTables / MaxCursors / MaxOpenTables 0..2^31-1,
 * MaxInstances 1..10240 (cMaxInstances, daeconst.hxx:228). Booleans are stored as 0 / 1 (CJetParam::SetBoolean),
 * but step 1 compares the raw value. JET_paramCommitDefault has its own setter (SetCommitDefault,
 * jetapi.cxx:6113-): no init rule, InvalidParameter for bits outside the commit mask 0x3B (jetapi.cxx:6071).
 */
import {
  createEmulator, out, JET_errAlreadyInitialized, JET_errInvalidParameter, JET_paramCommitDefault,
  JET_paramEnableTempTableVersioning, JET_paramMaxCursors, JET_paramMaxInstances, JET_paramMaxOpenTables,
  JET_paramMaxSessions, JET_paramMaxTemporaryTables, JET_paramMaxVerPages, JET_paramOneDatabasePerSession,
  JET_sesidNil,
} from '../../src';
import type { JetApi, JET_INSTANCE, JET_SESID, Out } from '../../src';

const noSes = JET_sesidNil as JET_SESID;

/** An instance, created and (when `init`) initialized, in a fresh emulator. */
function instance(init: boolean): { api: JetApi; box: Out<JET_INSTANCE> } {
  const { api } = createEmulator();
  const box = out<JET_INSTANCE>();
  expect(api.JetCreateInstance(box, 'params')).toBe(0);
  if (init) expect(api.JetInit(box)).toBe(0);
  return { api, box };
}

function get(api: JetApi, inst: JET_INSTANCE, paramid: number): number {
  const value = out<number>(-1);
  expect(api.JetGetSystemParameter(inst, noSes, paramid, value, null, 0)).toBe(0);
  return value.value;
}

/** [name, id, default, values around the boundaries other than the default]. */
const INIT_ONLY: Array<[string, number, number, number[]]> = [
  ['JET_paramMaxSessions', JET_paramMaxSessions, 16, [0, 1, 15, 17, 29999, 30000, 30001, 40000]],
  ['JET_paramMaxVerPages', JET_paramMaxVerPages, 64, [0, 1, 63, 65]],
  ['JET_paramMaxTemporaryTables', JET_paramMaxTemporaryTables, 20, [0, 1, 19, 21]],
  ['JET_paramMaxCursors', JET_paramMaxCursors, 1024, [0, 1023, 1025, 2 ** 31 - 1]],
  ['JET_paramMaxOpenTables', JET_paramMaxOpenTables, 300, [0, 299, 301, 2 ** 31 - 1]],
];

describe('an init-only parameter on an initialized instance', () => {
  it.each(INIT_ONLY)('%s: any other value, in range or not, is AlreadyInitialized; the current one is Success', (_n, id, def, values) => {
    const { api, box } = instance(true);
    for (const v of values) expect({ v, rc: api.JetSetSystemParameter(box, noSes, id, v, null) }).toEqual({ v, rc: JET_errAlreadyInitialized });
    expect(get(api, box.value, id)).toBe(def);
    expect(api.JetSetSystemParameter(box, noSes, id, def, null)).toBe(0);
  });

  it.each([
    ['JET_paramEnableTempTableVersioning', JET_paramEnableTempTableVersioning, 1],
    ['JET_paramOneDatabasePerSession', JET_paramOneDatabasePerSession, 0],
  ])('%s (a boolean): the current raw value is Success, any other raw value AlreadyInitialized', (_n, id, def) => {
    const { api, box } = instance(true);
    expect(api.JetSetSystemParameter(box, noSes, id, def, null)).toBe(0);
    for (const v of [1 - def, 2, 255]) expect({ v, rc: api.JetSetSystemParameter(box, noSes, id, v, null) }).toEqual({ v, rc: JET_errAlreadyInitialized });
    expect(get(api, box.value, id)).toBe(def);
  });
});

describe('an init-only parameter on an instance not yet initialized: the range decides', () => {
  it.each([
    ['JET_paramMaxSessions', JET_paramMaxSessions, [0, 30000], [30001, 40000]],
    ['JET_paramMaxVerPages', JET_paramMaxVerPages, [1, 2 ** 31 - 1], [0]],
    ['JET_paramMaxTemporaryTables', JET_paramMaxTemporaryTables, [0, 2 ** 31 - 1], []],
    ['JET_paramMaxCursors', JET_paramMaxCursors, [0, 2 ** 31 - 1], []],
  ])('%s (id %i): %j accepted, %j InvalidParameter (value kept)', (_n, id, good, bad) => {
    const { api, box } = instance(false);
    for (const v of good) {
      expect({ v, rc: api.JetSetSystemParameter(box, noSes, id, v, null) }).toEqual({ v, rc: 0 });
      expect(get(api, box.value, id)).toBe(v);
    }
    const kept = get(api, box.value, id);
    for (const v of bad) expect({ v, rc: api.JetSetSystemParameter(box, noSes, id, v, null) }).toEqual({ v, rc: JET_errInvalidParameter });
    expect(get(api, box.value, id)).toBe(kept);
  });

  it.each([
    ['JET_paramOneDatabasePerSession', JET_paramOneDatabasePerSession],
    ['JET_paramEnableTempTableVersioning', JET_paramEnableTempTableVersioning],
  ])('%s (a boolean, range 0..ULONG_PTR max) takes any value and stores it as 0 / 1', (_n, id) => {
    const { api, box } = instance(false);
    for (const [v, stored] of [[7, 1], [0, 0], [0x7fffffff, 1], [1, 1]]) {
      expect({ v, rc: api.JetSetSystemParameter(box, noSes, id, v, null) }).toEqual({ v, rc: 0 });
      expect({ v, stored: get(api, box.value, id) }).toEqual({ v, stored });
    }
  });

  it('the limits set before init are the ones in force after it, and then locked', () => {
    const { api, box } = instance(false);
    expect(api.JetSetSystemParameter(box, noSes, JET_paramMaxSessions, 30000, null)).toBe(0);
    expect(api.JetInit(box)).toBe(0);
    expect(api.JetSetSystemParameter(box, noSes, JET_paramMaxSessions, 30000, null)).toBe(0);
    expect(api.JetSetSystemParameter(box, noSes, JET_paramMaxSessions, 30001, null)).toBe(JET_errAlreadyInitialized);
    expect(api.JetSetSystemParameter(box, noSes, JET_paramMaxSessions, 29999, null)).toBe(JET_errAlreadyInitialized);
  });
});

describe('JET_paramMaxInstances (global; locked once a run mode is chosen)', () => {
  const set = (api: JetApi, v: number) => api.JetSetSystemParameter(null, noSes, JET_paramMaxInstances, v, null);

  it('before any run mode: 1 and 10240 are accepted, 0 and 10241 are InvalidParameter', () => {
    const { api } = createEmulator();
    for (const [v, rc] of [[0, JET_errInvalidParameter], [1, 0], [10240, 0], [10241, JET_errInvalidParameter]]) {
      expect({ v, rc: set(api, v) }).toEqual({ v, rc });
    }
    expect(get(api, 0 as JET_INSTANCE, JET_paramMaxInstances)).toBe(10240);
  });

  it.each([['multi-instance', true], ['one-instance', false]])('in %s mode: any other value, in range or not, is AlreadyInitialized', (_n, multi) => {
    const { api } = createEmulator();
    if (multi) expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'x')).toBe(0);
    else expect(api.JetInit(null)).toBe(0);
    for (const v of [0, 1, 15, 17, 10240, 10241]) expect({ v, rc: set(api, v) }).toEqual({ v, rc: JET_errAlreadyInitialized });
    expect(set(api, 16)).toBe(0);
  });

  it('once the last instance is gone the mode is none again and the range decides', () => {
    const { api } = createEmulator();
    const box = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(box, 'x')).toBe(0);
    expect(set(api, 3)).toBe(JET_errAlreadyInitialized);
    expect(api.JetTerm(box.value)).toBe(0);
    expect(set(api, 10241)).toBe(JET_errInvalidParameter);
    expect(set(api, 3)).toBe(0);
  });
});

describe('JET_paramCommitDefault: no init rule, only its mask', () => {
  it.each([
    ['0', 0, 0], ['LazyFlush 0x1', 0, 0x1], ['every mask bit 0x3B', 0, 0x3b], ['CommitRedoCallback 0x20', 0, 0x20],
    ['0x4 (inside the mask\'s span, not in it)', JET_errInvalidParameter, 0x4], ['0x40', JET_errInvalidParameter, 0x40],
    ['0x7F', JET_errInvalidParameter, 0x7f],
  ])('on an initialized instance, %s answers %i', (_n, rc, v) => {
    const { api, box } = instance(true);
    expect(api.JetSetSystemParameter(box, noSes, JET_paramCommitDefault, v, null)).toBe(rc);
    expect(get(api, box.value, JET_paramCommitDefault)).toBe(rc === 0 ? v : 0);
  });
});
