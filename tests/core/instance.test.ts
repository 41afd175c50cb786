import {
  createEmulator, out, JET_bitStopServiceBackgroundUserTasks, JET_bitStopServiceQuiesceCaches,
  JET_bitStopServiceResume, JET_bitStopServiceStopAndEmitLog, JET_bitTermDirty, JET_errAlreadyInitialized,
  JET_errClientRequestToStopJetService, JET_errDirtyShutdown, JET_errInitInProgress, JET_errInstanceNameInUse,
  JET_errInstanceUnavailable, JET_errInvalidGrbit, JET_errInvalidInstance, JET_errInvalidParameter, JET_errInvalidSesid,
  JET_errNotInitialized, JET_errOutOfMemory, JET_errOutOfSessions, JET_errRestoreInProgress,
  JET_errRunningInMultiInstanceMode, JET_errRunningInOneInstanceMode, JET_errSystemParamsAlreadySet,
  JET_errTermInProgress, JET_errTooManyActiveUsers, JET_errTooManyInstances, JET_instanceNil, JET_paramCommitDefault,
  JET_paramMaxInstances, JET_paramMaxSessions, JET_paramMaxCursors, JET_paramMaxOpenTables, JET_paramMaxVerPages,
  JET_paramMaxTemporaryTables, JET_paramEnableTempTableVersioning, JET_paramOneDatabasePerSession,
  JET_paramTransactionLevel, JET_paramSystemPath, JET_paramCircularLog, JET_sesidNil,
} from '../../src';
import type { JET_INSTANCE, JET_SESID, JET_SESSIONINFO, JET_SETSYSPARAM } from '../../src';
import { openSort, session, world } from '../support/fixture';

const nil = JET_sesidNil as JET_SESID;

describe('JetCreateInstance / JetInit', () => {
  it('creates a named instance that is not initialized until JetInit', () => {
    const emu = createEmulator();
    const inst = out<JET_INSTANCE>();
    expect(emu.api.JetCreateInstance2(inst, 'one', 'display', 0)).toBe(0);
    expect(emu.dump().instances[0]).toMatchObject({ name: 'one', state: 'created' });
    expect(emu.api.JetBeginSession(inst.value, out<JET_SESID>(), '', '')).toBe(JET_errNotInitialized);
    expect(emu.api.JetInit2(inst, 0)).toBe(0);
    expect(emu.api.JetInit(inst)).toBe(JET_errAlreadyInitialized);
    expect(emu.dump().instances[0].state).toBe('initialized');
  });

  it('refuses a second instance with the same name, unnamed ones included', () => {
    const { api } = createEmulator();
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'a')).toBe(0);
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'a')).toBe(JET_errInstanceNameInUse);
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), null)).toBe(0);
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), null)).toBe(JET_errInstanceNameInUse);
  });

  it('refuses more than JET_paramMaxInstances instances', () => {
    const { api } = createEmulator();
    expect(api.JetSetSystemParameter(null, nil, JET_paramMaxInstances, 2, null)).toBe(0);
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'a')).toBe(0);
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'b')).toBe(0);
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'c')).toBe(JET_errTooManyInstances);
    expect(api.JetSetSystemParameter(null, nil, JET_paramMaxInstances, 3, null)).toBe(JET_errAlreadyInitialized);
  });

  it('legacy JetInit without a handle enters one-instance mode', () => {
    const { api } = createEmulator();
    expect(api.JetInit(null)).toBe(0);
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'x')).toBe(JET_errRunningInOneInstanceMode);
    expect(api.JetInit(null)).toBe(JET_errAlreadyInitialized);
    const ses = out<JET_SESID>();
    expect(api.JetBeginSession(0 as JET_INSTANCE, ses, '', '')).toBe(0);
    expect(api.JetStopService()).toBe(0);
    expect(api.JetBeginSession(0 as JET_INSTANCE, out<JET_SESID>(), '', '')).toBe(JET_errClientRequestToStopJetService);
  });

  it('JetInit with a box holding 0 or JET_instanceNil allocates a new instance in multi-instance mode', () => {
    const { api } = world();
    for (const start of [0, JET_instanceNil]) {
      const box = out<JET_INSTANCE>(start as JET_INSTANCE);
      expect(api.JetInit(box)).toBe(start === 0 ? 0 : JET_errInstanceNameInUse);
      if (start === 0) expect(box.value).toBeGreaterThan(0);
    }
    expect(api.JetInit(null)).toBe(JET_errRunningInMultiInstanceMode);
  });

  it('JetInit3 checks the JET_RSTINFO size', () => {
    const { api } = createEmulator();
    const inst = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(inst, 'r')).toBe(0);
    expect(api.JetInit3(inst, { cbStruct: 1 }, 0)).toBe(JET_errInvalidParameter);
  });

  it('a failed JetInit frees the instance and clears the handle', () => {
    const emu = createEmulator();
    const inst = out<JET_INSTANCE>();
    expect(emu.api.JetCreateInstance(inst, 'f')).toBe(0);
    const handle = inst.value;
    expect(emu.failStep('Init.recovery', { code: JET_errOutOfMemory })).toBe(0);
    expect(emu.api.JetInit(inst)).toBe(JET_errOutOfMemory);
    expect(inst.value).toBe(0);
    expect(emu.dump().instances).toEqual([]);
    expect(emu.api.JetTerm(handle)).toBe(JET_errInvalidInstance);
  });
});

describe('JetTerm', () => {
  it('frees a created, never initialized instance with Success', () => {
    const { api } = createEmulator();
    const inst = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(inst, 'c')).toBe(0);
    expect(api.JetTerm(inst.value)).toBe(0);
    expect(api.JetTerm(inst.value)).toBe(JET_errInvalidInstance);
  });

  it('refuses with TooManyActiveUsers while a transaction is open, leaving everything usable', () => {
    const { emu, api, inst, ses } = world();
    expect(api.JetBeginTransaction(ses)).toBe(0);
    expect(api.JetTerm(inst)).toBe(JET_errTooManyActiveUsers);
    expect(api.JetTerm2(inst, 0)).toBe(JET_errTooManyActiveUsers);
    expect(emu.dump().instances[0].sessions[0].level).toBe(1);
    expect(api.JetCommitTransaction(ses, 0)).toBe(0);
    expect(api.JetTerm(inst)).toBe(0);
  });

  it('JET_bitTermDirty tears down anyway and returns DirtyShutdown', () => {
    const { emu, api, inst, ses } = world();
    expect(api.JetBeginTransaction(ses)).toBe(0);
    const sort = openSort(api, ses);
    expect(api.JetTerm2(inst, JET_bitTermDirty)).toBe(JET_errDirtyShutdown);
    expect(emu.dump().instances).toEqual([]);
    expect(api.JetCloseTable(ses, sort.tableid)).toBe(JET_errInvalidSesid);
  });

  it('destroys idle sessions; their handles die', () => {
    const { api, inst, ses } = world();
    expect(api.JetTerm(inst)).toBe(0);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errInvalidSesid);
  });

  it('stale instance handles: InvalidInstance with esent.dll checks, InvalidParameter with retail ESE checks', () => {
    const a = world();
    const other = out<JET_INSTANCE>();
    expect(a.api.JetCreateInstance(other, 'other')).toBe(0);
    expect(a.api.JetTerm(a.inst)).toBe(0);
    expect(a.api.JetTerm(a.inst)).toBe(JET_errInvalidInstance);
    const b = world({ handleValidation: 'ese' });
    expect(b.api.JetCreateInstance(out<JET_INSTANCE>(), 'other')).toBe(0);
    expect(b.api.JetTerm(b.inst)).toBe(0);
    expect(b.api.JetTerm(b.inst)).toBe(JET_errInvalidParameter);
  });

  it('after the last instance, the run mode is free again', () => {
    const { api, inst } = world();
    expect(api.JetTerm(inst)).toBe(0);
    expect(api.JetInit(null)).toBe(0);
  });

  it('reports TermInProgress / RestoreInProgress / NotInitialized for instances mid-operation', () => {
    const { emu, api, inst } = world();
    expect(emu.setInstanceState(inst, 'terminating')).toBe(0);
    expect(api.JetTerm(inst)).toBe(JET_errTermInProgress);
    expect(emu.setInstanceState(inst, 'restoring')).toBe(0);
    expect(api.JetTerm(inst)).toBe(JET_errRestoreInProgress);
    expect(emu.setInstanceState(inst, 'initializing')).toBe(0);
    expect(api.JetTerm(inst)).toBe(JET_errNotInitialized);
  });
});

describe('stop service', () => {
  it('JetStopService needs one-instance mode', () => {
    expect(createEmulator().api.JetStopService()).toBe(JET_errInvalidParameter);
    expect(world().api.JetStopService()).toBe(JET_errRunningInMultiInstanceMode);
  });

  it('JetStopServiceInstance2 checks its grbit; partial stops do not block APIs', () => {
    const { api, inst } = world();
    expect(api.JetStopServiceInstance2(inst, 0x100)).toBe(JET_errInvalidGrbit);
    expect(api.JetStopServiceInstance2(inst, JET_bitStopServiceStopAndEmitLog | JET_bitStopServiceQuiesceCaches)).toBe(JET_errInvalidGrbit);
    expect(api.JetStopServiceInstance2(inst, JET_bitStopServiceBackgroundUserTasks | JET_bitStopServiceQuiesceCaches)).toBe(0);
    expect(api.JetBeginSession(inst, out<JET_SESID>(), '', '')).toBe(0);
    expect(api.JetStopServiceInstance2(inst, JET_bitStopServiceResume | JET_bitStopServiceQuiesceCaches)).toBe(0);
    expect(api.JetStopServiceInstance2(inst, 0)).toBe(0);
    expect(api.JetBeginSession(inst, out<JET_SESID>(), '', '')).toBe(JET_errClientRequestToStopJetService);
    expect(api.JetStopServiceInstance2(inst, JET_bitStopServiceResume | JET_bitStopServiceQuiesceCaches)).toBe(JET_errClientRequestToStopJetService);
    expect(api.JetTerm(inst)).toBe(0);
  });
});

describe('JetBeginSession instance gate', () => {
  it.each([
    ['initializing', JET_errNotInitialized], ['terminating', JET_errTermInProgress], ['restoring', JET_errRestoreInProgress],
  ] as const)('%s -> %p', (state, code) => {
    const { emu, api, inst } = world();
    expect(emu.setInstanceState(inst, state)).toBe(0);
    expect(api.JetBeginSession(inst, out<JET_SESID>(), '', '')).toBe(code);
  });

  it('stop is checked before unavailability', () => {
    const { emu, api, inst } = world();
    expect(emu.setInstanceUnavailable(inst)).toBe(0);
    expect(api.JetBeginSession(inst, out<JET_SESID>(), '', '')).toBe(JET_errInstanceUnavailable);
    expect(api.JetStopServiceInstance(inst)).toBe(0);
    expect(api.JetBeginSession(inst, out<JET_SESID>(), '', '')).toBe(JET_errClientRequestToStopJetService);
  });

  it('OutOfSessions at JET_paramMaxSessions, and procids reuse the smallest free number', () => {
    const { api, inst, ses } = world({}, [[JET_paramMaxSessions, 3]]);
    const s2 = session(api, inst);
    const s3 = session(api, inst);
    expect(api.JetBeginSession(inst, out<JET_SESID>(), '', '')).toBe(JET_errOutOfSessions);
    expect(api.JetEndSession(s2, 0)).toBe(0);
    const again = session(api, inst);
    const info = out<JET_SESSIONINFO>();
    expect(api.JetGetSessionInfo(again, info, 16, 0)).toBe(0);
    expect(info.value.ulProcid).toBe(2);
    expect([ses, s2, s3, again].length).toBe(new Set([ses, s2, s3, again]).size);
  });
});

describe('system parameters', () => {
  const get = (api: ReturnType<typeof world>['api'], inst: JET_INSTANCE, id: number, ses = nil) => {
    const v = out<number>();
    const rc = api.JetGetSystemParameter(inst, ses, id, v, null, 0);
    return rc === 0 ? v.value : rc;
  };

  it('has the engine defaults', () => {
    const { api, inst } = world();
    expect([JET_paramMaxSessions, JET_paramMaxOpenTables, JET_paramMaxCursors, JET_paramMaxVerPages,
      JET_paramMaxTemporaryTables, JET_paramCommitDefault, JET_paramEnableTempTableVersioning,
      JET_paramOneDatabasePerSession, JET_paramMaxInstances].map((id) => get(api, inst, id)))
      .toEqual([16, 300, 1024, 64, 20, 0, 1, 0, 16]);
  });

  it('instance-init parameters freeze at JetInit unless set to the same value', () => {
    const { api, inst } = world();
    const box = out<JET_INSTANCE>(inst);
    expect(api.JetSetSystemParameter(box, nil, JET_paramMaxSessions, 16, null)).toBe(0);
    expect(api.JetSetSystemParameter(box, nil, JET_paramMaxSessions, 17, null)).toBe(JET_errAlreadyInitialized);
    expect(api.JetSetSystemParameter(box, nil, JET_paramCommitDefault, 1, null)).toBe(0);
    expect(api.JetSetSystemParameter(box, nil, JET_paramCommitDefault, 0x40, null)).toBe(JET_errInvalidParameter);
  });

  it('checks ranges before init and keeps per-instance values apart', () => {
    const { api } = createEmulator();
    const a = out<JET_INSTANCE>();
    const b = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(a, 'a')).toBe(0);
    expect(api.JetCreateInstance(b, 'b')).toBe(0);
    expect(api.JetSetSystemParameter(a, nil, JET_paramMaxSessions, 30001, null)).toBe(JET_errInvalidParameter);
    expect(api.JetSetSystemParameter(a, nil, JET_paramMaxVerPages, 0, null)).toBe(JET_errInvalidParameter);
    expect(api.JetSetSystemParameter(a, nil, JET_paramMaxSessions, 100, null)).toBe(0);
    expect(get(api, a.value, JET_paramMaxSessions)).toBe(100);
    expect(get(api, b.value, JET_paramMaxSessions)).toBe(16);
  });

  it('stores parameters it does not model, numbers and strings', () => {
    const { api, inst } = world();
    const box = out<JET_INSTANCE>(inst);
    expect(api.JetSetSystemParameter(box, nil, JET_paramCircularLog, 1, null)).toBe(0);
    expect(get(api, inst, JET_paramCircularLog)).toBe(1);
    expect(api.JetSetSystemParameter(box, nil, JET_paramSystemPath, 0, 'C:\\data\\')).toBe(0);
    const s = out<string>();
    expect(api.JetGetSystemParameter(inst, nil, JET_paramSystemPath, null, s, 256)).toBe(0);
    expect(s.value).toBe('C:\\data\\');
    expect(api.JetSetSystemParameter(box, nil, 99999, 1, null)).toBe(JET_errInvalidParameter);
  });

  it('JET_paramTransactionLevel reads the session level and cannot be set', () => {
    const { api, inst, ses } = world();
    expect(get(api, inst, JET_paramTransactionLevel, ses)).toBe(0);
    expect(api.JetBeginTransaction(ses)).toBe(0);
    expect(get(api, inst, JET_paramTransactionLevel, ses)).toBe(1);
    expect(api.JetSetSystemParameter(null, ses, JET_paramTransactionLevel, 3, null)).toBe(JET_errInvalidParameter);
  });

  it('work after a stop and answer InitInProgress / TermInProgress / RestoreInProgress mid-operation', () => {
    const { emu, api, inst } = world();
    expect(api.JetStopServiceInstance(inst)).toBe(0);
    expect(get(api, inst, JET_paramMaxSessions)).toBe(16);
    for (const [state, code] of [['initializing', JET_errInitInProgress], ['terminating', JET_errTermInProgress], ['restoring', JET_errRestoreInProgress]] as const) {
      expect(emu.setInstanceState(inst, state)).toBe(0);
      expect(get(api, inst, JET_paramMaxSessions)).toBe(code);
    }
  });

  it('JetEnableMultiInstance applies parameters and reports each', () => {
    const { api } = createEmulator();
    const params: JET_SETSYSPARAM[] = [{ paramid: JET_paramMaxSessions, lParam: 40 }, { paramid: 99999, lParam: 1 }];
    const ok = out<number>();
    expect(api.JetEnableMultiInstance(params, 2, ok)).toBe(JET_errInvalidParameter);
    expect(ok.value).toBe(1);
    expect(params.map((p) => p.err)).toEqual([0, JET_errInvalidParameter]);
    expect(api.JetEnableMultiInstance(null, 0, null)).toBe(JET_errSystemParamsAlreadySet);
    const inst = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(inst, 'm')).toBe(0);
    expect(get(api, inst.value, JET_paramMaxSessions)).toBe(40);
    const legacy = createEmulator().api;
    expect(legacy.JetInit(null)).toBe(0);
    expect(legacy.JetEnableMultiInstance(null, 0, null)).toBe(JET_errRunningInOneInstanceMode);
  });
});
