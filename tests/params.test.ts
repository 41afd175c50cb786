/**
 * JetSetSystemParameter / JetGetSystemParameter: defaults, when a parameter may be written, range checks,
 * global versus per-instance values, the parameter gate, and the effect of the quota parameters.
 * Expected codes: /work/shared/ese-semantics.md §2.4, §4.1, §4.4, §9.3, §11.
 */
import {
  createEmulator, out,
  JET_bitColumnTTKey, JET_bitCommitLazyFlush, JET_bitTTForceMaterialization, JET_coltypLong,
  JET_errAlreadyInitialized, JET_errInitInProgress, JET_errInvalidParameter, JET_errOutOfCursors, JET_errOutOfSessions,
  JET_errRestoreInProgress, JET_errSuccess, JET_errTermInProgress, JET_errTooManySorts, JET_instanceNil,
  JET_paramCommitDefault, JET_paramEnableTempTableVersioning, JET_paramMaxCursors, JET_paramMaxInstances,
  JET_paramMaxOpenTables, JET_paramMaxSessions, JET_paramMaxTemporaryTables, JET_paramMaxVerPages,
  JET_paramOneDatabasePerSession, JET_paramSystemPath, JET_paramTransactionLevel, JET_sesidNil, JET_errBufferTooSmall,
} from '../src';
import type { Emulator, JetApi, JET_COLUMNID, JET_INSTANCE, JET_SESID, JET_TABLEID, Out } from '../src';

const noSes = JET_sesidNil as JET_SESID;
const noInst = 0 as JET_INSTANCE;

interface World {
  emu: Emulator;
  api: JetApi;
  box: Out<JET_INSTANCE>;
  inst: JET_INSTANCE;
}

/** A fresh emulator with one instance, set up with `params` before JetInit (skipped when init is false). */
function world(init = true, params: Array<[number, number]> = []): World {
  const emu = createEmulator();
  const api = emu.api;
  const box = out<JET_INSTANCE>();
  expect(api.JetCreateInstance(box, 'p')).toBe(JET_errSuccess);
  for (const [id, value] of params) expect(api.JetSetSystemParameter(box, noSes, id, value, null)).toBe(JET_errSuccess);
  if (init) expect(api.JetInit(box)).toBe(JET_errSuccess);
  return { emu, api, box, inst: box.value };
}

function begin(api: JetApi, inst: JET_INSTANCE): JET_SESID {
  const ses = out<JET_SESID>();
  expect(api.JetBeginSession(inst, ses, '', '')).toBe(JET_errSuccess);
  return ses.value;
}

/** Read a numeric parameter; returns [code, value]. */
function get(api: JetApi, inst: JET_INSTANCE, ses: JET_SESID, paramid: number): [number, number] {
  const value = out<number>(-12345);
  const rc = api.JetGetSystemParameter(inst, ses, paramid, value, null, 0);
  return [rc, value.value];
}

function openTemp(api: JetApi, ses: JET_SESID, grbit = 0): { rc: number; tableid: JET_TABLEID } {
  const tt = out<JET_TABLEID>();
  const ids: JET_COLUMNID[] = [];
  const rc = api.JetOpenTempTable(ses, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }], 1, grbit, tt, ids);
  return { rc, tableid: tt.value };
}

const DEFAULTS: Array<[string, number, number]> = [
  ['JET_paramMaxSessions', JET_paramMaxSessions, 16],
  ['JET_paramMaxOpenTables', JET_paramMaxOpenTables, 300],
  ['JET_paramMaxCursors', JET_paramMaxCursors, 1024],
  ['JET_paramMaxVerPages', JET_paramMaxVerPages, 64],
  ['JET_paramMaxTemporaryTables', JET_paramMaxTemporaryTables, 20],
  ['JET_paramCommitDefault', JET_paramCommitDefault, 0],
  ['JET_paramEnableTempTableVersioning', JET_paramEnableTempTableVersioning, 1],
  ['JET_paramOneDatabasePerSession', JET_paramOneDatabasePerSession, 0],
  ['JET_paramMaxInstances', JET_paramMaxInstances, 16],
];

/** Parameters that may not change once the instance is initialized, with a legal new value for each. */
const BEFORE_INIT: Array<[string, number, number]> = [
  ['JET_paramMaxSessions', JET_paramMaxSessions, 5],
  ['JET_paramMaxOpenTables', JET_paramMaxOpenTables, 100],
  ['JET_paramMaxCursors', JET_paramMaxCursors, 50],
  ['JET_paramMaxVerPages', JET_paramMaxVerPages, 128],
  ['JET_paramMaxTemporaryTables', JET_paramMaxTemporaryTables, 3],
  ['JET_paramEnableTempTableVersioning', JET_paramEnableTempTableVersioning, 0],
  ['JET_paramOneDatabasePerSession', JET_paramOneDatabasePerSession, 1],
];

describe('defaults', () => {
  it.each(DEFAULTS)('global %s defaults to %s', (_name, id, value) => {
    const { api } = createEmulator();
    expect(get(api, noInst, noSes, id)).toEqual([JET_errSuccess, value]);
  });

  it.each(DEFAULTS.filter(([, id]) => id !== JET_paramMaxInstances))('a new instance starts with %s = %s', (_name, id, value) => {
    const { api, inst } = world(false);
    expect(get(api, inst, noSes, id)).toEqual([JET_errSuccess, value]);
  });

  it('reads the same defaults through a session of an initialized instance', () => {
    const { api, inst } = world();
    const ses = begin(api, inst);
    expect(get(api, noInst, ses, JET_paramMaxSessions)).toEqual([JET_errSuccess, 16]);
    expect(get(api, noInst, ses, JET_paramMaxCursors)).toEqual([JET_errSuccess, 1024]);
  });
});

describe('JetSetSystemParameter before and after JetInit', () => {
  it.each(BEFORE_INIT)('%s can be set on a created instance and read back', (_name, id, value) => {
    const { api, box, inst } = world(false);
    expect(api.JetSetSystemParameter(box, noSes, id, value, null)).toBe(JET_errSuccess);
    expect(get(api, inst, noSes, id)).toEqual([JET_errSuccess, value]);
    expect(api.JetInit(box)).toBe(JET_errSuccess);
    expect(get(api, inst, noSes, id)).toEqual([JET_errSuccess, value]);
  });

  it.each(BEFORE_INIT)('%s answers AlreadyInitialized after init and keeps its value', (_name, id, value) => {
    const { api, box, inst } = world();
    const [, before] = get(api, inst, noSes, id);
    expect(api.JetSetSystemParameter(box, noSes, id, value, null)).toBe(JET_errAlreadyInitialized);
    expect(get(api, inst, noSes, id)).toEqual([JET_errSuccess, before]);
  });

  it.each(BEFORE_INIT)('%s accepts its current value again after init', (_name, id) => {
    const { api, box, inst } = world();
    const [, current] = get(api, inst, noSes, id);
    expect(api.JetSetSystemParameter(box, noSes, id, current, null)).toBe(JET_errSuccess);
  });

  it('checks AlreadyInitialized before the range', () => {
    const { api, box } = world();
    expect(api.JetSetSystemParameter(box, noSes, JET_paramMaxSessions, 30001, null)).toBe(JET_errAlreadyInitialized);
    expect(api.JetSetSystemParameter(box, noSes, JET_paramMaxVerPages, 0, null)).toBe(JET_errAlreadyInitialized);
  });

  it('addressing the instance through a session works the same way, but CommitDefault is then the session\'s', () => {
    const { api, inst } = world();
    const ses = begin(api, inst);
    expect(api.JetSetSystemParameter(null, ses, JET_paramMaxSessions, 3, null)).toBe(JET_errAlreadyInitialized);
    // jetapi.cxx SetCommitDefault / GetCommitDefault: with a session the value is the session's
    // (JET_sesparamCommitDefault), and the instance's stays as it was.
    expect(api.JetSetSystemParameter(null, ses, JET_paramCommitDefault, JET_bitCommitLazyFlush, null)).toBe(JET_errSuccess);
    expect(get(api, inst, ses, JET_paramCommitDefault)).toEqual([JET_errSuccess, JET_bitCommitLazyFlush]);
    expect(get(api, inst, noSes, JET_paramCommitDefault)).toEqual([JET_errSuccess, 0]);
    // The mask is checked all the same.
    expect(api.JetSetSystemParameter(null, ses, JET_paramCommitDefault, 0x4, null)).toBe(JET_errInvalidParameter);
  });

  it('in one-instance mode a null instance addresses the legacy instance', () => {
    const { api } = createEmulator();
    expect(api.JetInit(null)).toBe(JET_errSuccess);
    expect(api.JetSetSystemParameter(null, noSes, JET_paramMaxSessions, 3, null)).toBe(JET_errAlreadyInitialized);
    expect(api.JetSetSystemParameter(null, noSes, JET_paramCommitDefault, JET_bitCommitLazyFlush, null)).toBe(JET_errSuccess);
  });

  it('the after-init rule is per instance: another created instance can still be configured', () => {
    const { api } = world();
    const other = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(other, 'other')).toBe(JET_errSuccess);
    expect(api.JetSetSystemParameter(other, noSes, JET_paramMaxSessions, 4, null)).toBe(JET_errSuccess);
    expect(get(api, other.value, noSes, JET_paramMaxSessions)).toEqual([JET_errSuccess, 4]);
  });
});

describe('JET_paramCommitDefault', () => {
  it('can be changed after init', () => {
    const { api, box, inst } = world();
    expect(api.JetSetSystemParameter(box, noSes, JET_paramCommitDefault, JET_bitCommitLazyFlush, null)).toBe(JET_errSuccess);
    expect(get(api, inst, noSes, JET_paramCommitDefault)).toEqual([JET_errSuccess, JET_bitCommitLazyFlush]);
    expect(api.JetSetSystemParameter(box, noSes, JET_paramCommitDefault, 0, null)).toBe(JET_errSuccess);
    expect(get(api, inst, noSes, JET_paramCommitDefault)).toEqual([JET_errSuccess, 0]);
  });

  it.each([0x4, 0x40, 0x100])('refuses the bit 0x%s outside the commit mask with InvalidParameter', (bit) => {
    const { api, box, inst } = world();
    expect(api.JetSetSystemParameter(box, noSes, JET_paramCommitDefault, bit, null)).toBe(JET_errInvalidParameter);
    expect(api.JetSetSystemParameter(box, noSes, JET_paramCommitDefault, bit | JET_bitCommitLazyFlush, null)).toBe(JET_errInvalidParameter);
    expect(get(api, inst, noSes, JET_paramCommitDefault)).toEqual([JET_errSuccess, 0]);
  });
});

describe('range checks', () => {
  it.each([
    ['MaxSessions 30001', JET_paramMaxSessions, 30001],
    ['MaxVerPages 0', JET_paramMaxVerPages, 0],
    ['MaxInstances 0', JET_paramMaxInstances, 0],
    ['MaxInstances 10241', JET_paramMaxInstances, 10241],
  ])('%s answers InvalidParameter (global)', (_label, id, value) => {
    const { api } = createEmulator();
    const [, before] = get(api, noInst, noSes, id);
    expect(api.JetSetSystemParameter(null, noSes, id, value, null)).toBe(JET_errInvalidParameter);
    expect(get(api, noInst, noSes, id)).toEqual([JET_errSuccess, before]);
  });

  it.each([
    ['MaxSessions 30000', JET_paramMaxSessions, 30000],
    ['MaxSessions 0', JET_paramMaxSessions, 0],
    ['MaxVerPages 1', JET_paramMaxVerPages, 1],
    ['MaxInstances 1', JET_paramMaxInstances, 1],
    ['MaxInstances 10240', JET_paramMaxInstances, 10240],
  ])('%s is at the edge of the range and accepted', (_label, id, value) => {
    const { api } = createEmulator();
    expect(api.JetSetSystemParameter(null, noSes, id, value, null)).toBe(JET_errSuccess);
    expect(get(api, noInst, noSes, id)).toEqual([JET_errSuccess, value]);
  });

  it('range checks apply to a created instance too', () => {
    const { api, box, inst } = world(false);
    expect(api.JetSetSystemParameter(box, noSes, JET_paramMaxSessions, 30001, null)).toBe(JET_errInvalidParameter);
    expect(api.JetSetSystemParameter(box, noSes, JET_paramMaxVerPages, 0, null)).toBe(JET_errInvalidParameter);
    expect(get(api, inst, noSes, JET_paramMaxSessions)).toEqual([JET_errSuccess, 16]);
  });
});

describe('global versus per-instance values', () => {
  it('a new instance starts from the global values set before it was created', () => {
    const { api } = createEmulator();
    expect(api.JetSetSystemParameter(null, noSes, JET_paramMaxSessions, 7, null)).toBe(JET_errSuccess);
    const box = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(box, 'a')).toBe(JET_errSuccess);
    expect(get(api, box.value, noSes, JET_paramMaxSessions)).toEqual([JET_errSuccess, 7]);
  });

  it('setting one instance changes neither the global value nor another instance', () => {
    const { api } = createEmulator();
    const a = out<JET_INSTANCE>();
    const b = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(a, 'a')).toBe(JET_errSuccess);
    expect(api.JetCreateInstance(b, 'b')).toBe(JET_errSuccess);
    expect(api.JetSetSystemParameter(a, noSes, JET_paramMaxCursors, 10, null)).toBe(JET_errSuccess);
    expect(get(api, a.value, noSes, JET_paramMaxCursors)).toEqual([JET_errSuccess, 10]);
    expect(get(api, b.value, noSes, JET_paramMaxCursors)).toEqual([JET_errSuccess, 1024]);
    expect(get(api, noInst, noSes, JET_paramMaxCursors)).toEqual([JET_errSuccess, 1024]);
  });

  it('a global change after an instance exists does not reach that instance', () => {
    const { api } = createEmulator();
    const a = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(a, 'a')).toBe(JET_errSuccess);
    expect(api.JetSetSystemParameter(null, noSes, JET_paramMaxTemporaryTables, 5, null)).toBe(JET_errSuccess);
    expect(get(api, noInst, noSes, JET_paramMaxTemporaryTables)).toEqual([JET_errSuccess, 5]);
    expect(get(api, a.value, noSes, JET_paramMaxTemporaryTables)).toEqual([JET_errSuccess, 20]);
  });

  it('JET_instanceNil in the box addresses the global values', () => {
    const { api } = world(false);
    const nilBox = out<JET_INSTANCE>(JET_instanceNil);
    expect(api.JetSetSystemParameter(nilBox, noSes, JET_paramMaxOpenTables, 42, null)).toBe(JET_errSuccess);
    expect(get(api, JET_instanceNil, noSes, JET_paramMaxOpenTables)).toEqual([JET_errSuccess, 42]);
  });
});

describe('JET_paramMaxInstances', () => {
  it('answers AlreadyInitialized once an instance exists, even one never initialized', () => {
    const { api } = world(false);
    expect(api.JetSetSystemParameter(null, noSes, JET_paramMaxInstances, 4, null)).toBe(JET_errAlreadyInitialized);
    expect(get(api, noInst, noSes, JET_paramMaxInstances)).toEqual([JET_errSuccess, 16]);
  });

  it('accepts its current value after an instance exists', () => {
    const { api } = world();
    expect(api.JetSetSystemParameter(null, noSes, JET_paramMaxInstances, 16, null)).toBe(JET_errSuccess);
  });

  it('answers AlreadyInitialized after JetEnableMultiInstance or a legacy JetInit', () => {
    const multi = createEmulator().api;
    expect(multi.JetEnableMultiInstance(null, 0, null)).toBe(JET_errSuccess);
    expect(multi.JetSetSystemParameter(null, noSes, JET_paramMaxInstances, 4, null)).toBe(JET_errAlreadyInitialized);
    const legacy = createEmulator().api;
    expect(legacy.JetInit(null)).toBe(JET_errSuccess);
    expect(legacy.JetSetSystemParameter(null, noSes, JET_paramMaxInstances, 4, null)).toBe(JET_errAlreadyInitialized);
  });

  it('checks AlreadyInitialized before the range', () => {
    const { api } = world(false);
    expect(api.JetSetSystemParameter(null, noSes, JET_paramMaxInstances, 0, null)).toBe(JET_errAlreadyInitialized);
  });

  it('can be set again once the last instance is gone', () => {
    const { api, inst } = world();
    expect(api.JetTerm(inst)).toBe(JET_errSuccess);
    expect(api.JetSetSystemParameter(null, noSes, JET_paramMaxInstances, 3, null)).toBe(JET_errSuccess);
    expect(get(api, noInst, noSes, JET_paramMaxInstances)).toEqual([JET_errSuccess, 3]);
  });
});

describe('JET_paramTransactionLevel', () => {
  it('reads the session level: 0, 1 after begin, 2 nested, back down on commit and rollback', () => {
    const { api, inst } = world();
    const ses = begin(api, inst);
    expect(get(api, noInst, ses, JET_paramTransactionLevel)).toEqual([JET_errSuccess, 0]);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
    expect(get(api, noInst, ses, JET_paramTransactionLevel)).toEqual([JET_errSuccess, 1]);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
    expect(get(api, inst, ses, JET_paramTransactionLevel)).toEqual([JET_errSuccess, 2]);
    expect(api.JetCommitTransaction(ses, 0)).toBe(JET_errSuccess);
    expect(get(api, noInst, ses, JET_paramTransactionLevel)).toEqual([JET_errSuccess, 1]);
    expect(api.JetRollback(ses, 0)).toBe(JET_errSuccess);
    expect(get(api, noInst, ses, JET_paramTransactionLevel)).toEqual([JET_errSuccess, 0]);
  });

  it('is per session', () => {
    const { api, inst } = world();
    const a = begin(api, inst);
    const b = begin(api, inst);
    expect(api.JetBeginTransaction(a)).toBe(JET_errSuccess);
    expect(get(api, noInst, a, JET_paramTransactionLevel)).toEqual([JET_errSuccess, 1]);
    expect(get(api, noInst, b, JET_paramTransactionLevel)).toEqual([JET_errSuccess, 0]);
  });

  it('answers InvalidParameter without a session', () => {
    const { api, inst } = world();
    expect(get(api, inst, noSes, JET_paramTransactionLevel)[0]).toBe(JET_errInvalidParameter);
  });

  it('cannot be set', () => {
    const { api, inst } = world();
    const ses = begin(api, inst);
    expect(api.JetSetSystemParameter(null, ses, JET_paramTransactionLevel, 1, null)).toBe(JET_errInvalidParameter);
    expect(get(api, noInst, ses, JET_paramTransactionLevel)).toEqual([JET_errSuccess, 0]);
  });
});

describe('unknown parameter ids', () => {
  it.each([9999, 100000])('parameter id %s answers InvalidParameter for set and get', (id) => {
    const { api, box, inst } = world(false);
    expect(api.JetSetSystemParameter(box, noSes, id, 1, null)).toBe(JET_errInvalidParameter);
    expect(api.JetSetSystemParameter(null, noSes, id, 1, null)).toBe(JET_errInvalidParameter);
    expect(get(api, inst, noSes, id)[0]).toBe(JET_errInvalidParameter);
    expect(get(api, noInst, noSes, id)[0]).toBe(JET_errInvalidParameter);
  });
});

describe('the parameter gate', () => {
  it('answers TermInProgress while the instance is terminating', () => {
    const { emu, api, box, inst } = world();
    expect(emu.setInstanceState(inst, 'terminating')).toBe(JET_errSuccess);
    expect(api.JetSetSystemParameter(box, noSes, JET_paramCommitDefault, JET_bitCommitLazyFlush, null)).toBe(JET_errTermInProgress);
    expect(get(api, inst, noSes, JET_paramMaxSessions)[0]).toBe(JET_errTermInProgress);
  });

  it('answers RestoreInProgress while the instance is restoring', () => {
    const { emu, api, box, inst } = world();
    expect(emu.setInstanceState(inst, 'restoring')).toBe(JET_errSuccess);
    expect(api.JetSetSystemParameter(box, noSes, JET_paramCommitDefault, JET_bitCommitLazyFlush, null)).toBe(JET_errRestoreInProgress);
    expect(get(api, inst, noSes, JET_paramMaxSessions)[0]).toBe(JET_errRestoreInProgress);
  });

  it('answers InitInProgress while the instance is initializing', () => {
    const { emu, api, box, inst } = world(false);
    expect(emu.setInstanceState(inst, 'initializing')).toBe(JET_errSuccess);
    expect(api.JetSetSystemParameter(box, noSes, JET_paramMaxSessions, 4, null)).toBe(JET_errInitInProgress);
    expect(get(api, inst, noSes, JET_paramMaxSessions)[0]).toBe(JET_errInitInProgress);
  });

  it('the gate applies to the state-blocked instance only; global calls still work', () => {
    const { emu, api, inst } = world(false);
    expect(emu.setInstanceState(inst, 'initializing')).toBe(JET_errSuccess);
    expect(get(api, noInst, noSes, JET_paramMaxSessions)).toEqual([JET_errSuccess, 16]);
  });

  it('stop-service does not block parameter calls', () => {
    const { api, box, inst } = world();
    expect(api.JetStopServiceInstance(inst)).toBe(JET_errSuccess);
    expect(api.JetSetSystemParameter(box, noSes, JET_paramCommitDefault, JET_bitCommitLazyFlush, null)).toBe(JET_errSuccess);
    expect(get(api, inst, noSes, JET_paramCommitDefault)).toEqual([JET_errSuccess, JET_bitCommitLazyFlush]);
    expect(api.JetSetSystemParameter(box, noSes, JET_paramMaxSessions, 3, null)).toBe(JET_errAlreadyInitialized);
  });

  it('stop-service on a created instance still lets it be configured', () => {
    const { api, box, inst } = world(false);
    expect(api.JetStopServiceInstance(inst)).toBe(JET_errSuccess);
    expect(api.JetSetSystemParameter(box, noSes, JET_paramMaxSessions, 3, null)).toBe(JET_errSuccess);
    expect(get(api, inst, noSes, JET_paramMaxSessions)).toEqual([JET_errSuccess, 3]);
  });

  it('an unavailable instance does not block parameter calls', () => {
    const { emu, api, box, inst } = world();
    expect(emu.setInstanceUnavailable(inst)).toBe(JET_errSuccess);
    expect(api.JetSetSystemParameter(box, noSes, JET_paramCommitDefault, JET_bitCommitLazyFlush, null)).toBe(JET_errSuccess);
    expect(get(api, inst, noSes, JET_paramMaxCursors)).toEqual([JET_errSuccess, 1024]);
  });
});

describe('quota effects', () => {
  it('JET_paramMaxSessions limits sessions', () => {
    const { api, inst } = world(true, [[JET_paramMaxSessions, 2]]);
    begin(api, inst);
    begin(api, inst);
    expect(api.JetBeginSession(inst, out<JET_SESID>(), '', '')).toBe(JET_errOutOfSessions);
  });

  it('JET_paramMaxCursors: opening temp tables past the quota answers OutOfCursors', () => {
    const { api, inst } = world(true, [[JET_paramMaxCursors, 2]]);
    const ses = begin(api, inst);
    const first = openTemp(api, ses);
    expect(first.rc).toBe(JET_errSuccess);
    expect(openTemp(api, ses, JET_bitTTForceMaterialization).rc).toBe(JET_errSuccess);
    expect(openTemp(api, ses).rc).toBe(JET_errOutOfCursors);
    expect(openTemp(api, ses, JET_bitTTForceMaterialization).rc).toBe(JET_errOutOfCursors);
    expect(api.JetCloseTable(ses, first.tableid)).toBe(JET_errSuccess);
    expect(openTemp(api, ses).rc).toBe(JET_errSuccess);
  });

  it('JET_paramMaxCursors is instance-wide, shared by all sessions', () => {
    const { api, inst } = world(true, [[JET_paramMaxCursors, 2]]);
    const a = begin(api, inst);
    const b = begin(api, inst);
    expect(openTemp(api, a).rc).toBe(JET_errSuccess);
    expect(openTemp(api, b).rc).toBe(JET_errSuccess);
    expect(openTemp(api, a).rc).toBe(JET_errOutOfCursors);
    expect(openTemp(api, b).rc).toBe(JET_errOutOfCursors);
  });

  it('JET_paramMaxTemporaryTables: the sort past the quota answers TooManySorts', () => {
    const { api, inst } = world(true, [[JET_paramMaxTemporaryTables, 2]]);
    const ses = begin(api, inst);
    const first = openTemp(api, ses);
    expect(first.rc).toBe(JET_errSuccess);
    expect(openTemp(api, ses).rc).toBe(JET_errSuccess);
    expect(openTemp(api, ses).rc).toBe(JET_errTooManySorts);
    expect(api.JetCloseTable(ses, first.tableid)).toBe(JET_errSuccess);
    expect(openTemp(api, ses).rc).toBe(JET_errSuccess);
  });

  it('JET_paramMaxTemporaryTables counts only unmaterialized sorts', () => {
    const { api, inst } = world(true, [[JET_paramMaxTemporaryTables, 1]]);
    const ses = begin(api, inst);
    expect(openTemp(api, ses, JET_bitTTForceMaterialization).rc).toBe(JET_errSuccess);
    expect(openTemp(api, ses, JET_bitTTForceMaterialization).rc).toBe(JET_errSuccess);
    expect(openTemp(api, ses).rc).toBe(JET_errSuccess);
    expect(openTemp(api, ses).rc).toBe(JET_errTooManySorts);
  });

  it('JET_paramMaxTemporaryTables 0 refuses every temp table with TooManySorts', () => {
    const { api, inst } = world(true, [[JET_paramMaxTemporaryTables, 0]]);
    const ses = begin(api, inst);
    expect(openTemp(api, ses).rc).toBe(JET_errTooManySorts);
    expect(openTemp(api, ses, JET_bitTTForceMaterialization).rc).toBe(JET_errTooManySorts);
  });

  it('the quotas are per instance', () => {
    const { api, inst } = world(true, [[JET_paramMaxTemporaryTables, 0]]);
    const other = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(other, 'other')).toBe(JET_errSuccess);
    expect(api.JetInit(other)).toBe(JET_errSuccess);
    expect(openTemp(api, begin(api, inst)).rc).toBe(JET_errTooManySorts);
    expect(openTemp(api, begin(api, other.value)).rc).toBe(JET_errSuccess);
  });
});

describe('JetGetSystemParameter of a string parameter (jetapi.cxx CJetParam::GetString, JetGetSystemParameterA)', () => {
  it('needs room for the string and its NUL: BufferTooSmall leaves the buffer unwritten; no buffer or cbMax 0 is InvalidParameter', () => {
    const { api, inst } = world(false);
    const path = 'abc';
    expect(api.JetSetSystemParameter(out(inst), noSes, JET_paramSystemPath, 0, path)).toBe(JET_errSuccess);
    // ErrOSStrCbCopyW copies the string and a NUL: 3 characters need cbMax 4.
    const text = out('unset');
    expect(api.JetGetSystemParameter(inst, noSes, JET_paramSystemPath, null, text, path.length + 1)).toBe(JET_errSuccess);
    expect(text.value).toBe(path);
    // One short: BufferTooSmall; the A entry point returns it before converting anything into the caller's buffer.
    const short = out('unset');
    expect(api.JetGetSystemParameter(inst, noSes, JET_paramSystemPath, null, short, path.length)).toBe(JET_errBufferTooSmall);
    expect(short.value).toBe('unset');
    // GetString: no buffer, or one smaller than a character.
    expect(api.JetGetSystemParameter(inst, noSes, JET_paramSystemPath, null, out(''), 0)).toBe(JET_errInvalidParameter);
    expect(api.JetGetSystemParameter(inst, noSes, JET_paramSystemPath, out(0), null, 64)).toBe(JET_errInvalidParameter);
  });
});
