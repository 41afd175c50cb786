/**
 * Instance-level APIs: JetCreateInstance(2), JetInit(2/3), JetTerm(2), JetStopService*,
 * JetEnableMultiInstance and the instance gate of JetBeginSession.
 * Expected codes: /work/shared/ese-semantics.md §0, §2, §4.1, §13, §14.
 */
import {
  createEmulator, out,
  JET_bitStopServiceAll, JET_bitStopServiceBackgroundUserTasks, JET_bitStopServiceQuiesceCaches,
  JET_bitStopServiceResume, JET_bitStopServiceStopAndEmitLog, JET_bitTermAbrupt, JET_bitTermComplete,
  JET_bitTermDirty, JET_errAlreadyInitialized, JET_errClientRequestToStopJetService, JET_errDirtyShutdown,
  JET_errInstanceNameInUse, JET_errInstanceUnavailable, JET_errInstanceUnavailableDueToFatalLogDiskFull,
  JET_errInvalidGrbit, JET_errInvalidInstance, JET_errInvalidParameter, JET_errInvalidSesid, JET_errNotInitialized,
  JET_errOutOfMemory, JET_errOutOfSessions, JET_errRestoreInProgress, JET_errRunningInMultiInstanceMode,
  JET_errRunningInOneInstanceMode, JET_errSuccess, JET_errSystemParamsAlreadySet, JET_errTermInProgress,
  JET_errTooManyActiveUsers, JET_errTooManyInstances, JET_instanceNil, JET_paramMaxInstances, JET_paramMaxSessions,
  JET_sesidNil,
} from '../src';
import type { Emulator, JetApi, JET_INSTANCE, JET_SESID, JET_SESSIONINFO, JET_SETSYSPARAM, Out } from '../src';

const noSes = JET_sesidNil as JET_SESID;

interface Multi {
  emu: Emulator;
  api: JetApi;
  box: Out<JET_INSTANCE>;
  inst: JET_INSTANCE;
}

/** A fresh emulator in multi-instance mode with one instance, created (and initialized unless told not to). */
function multi(init = true, params: Array<[number, number]> = []): Multi {
  const emu = createEmulator();
  const api = emu.api;
  const box = out<JET_INSTANCE>();
  expect(api.JetCreateInstance(box, 'main')).toBe(JET_errSuccess);
  for (const [id, value] of params) expect(api.JetSetSystemParameter(box, noSes, id, value, null)).toBe(JET_errSuccess);
  if (init) expect(api.JetInit(box)).toBe(JET_errSuccess);
  return { emu, api, box, inst: box.value };
}

function begin(api: JetApi, inst: JET_INSTANCE): JET_SESID {
  const ses = out<JET_SESID>();
  expect(api.JetBeginSession(inst, ses, '', '')).toBe(JET_errSuccess);
  return ses.value;
}

function info(api: JetApi, ses: JET_SESID): JET_SESSIONINFO {
  const box = out<JET_SESSIONINFO>();
  expect(api.JetGetSessionInfo(ses, box, 24, 0)).toBe(JET_errSuccess);
  return box.value;
}

function beginRc(api: JetApi, inst: JET_INSTANCE): number {
  return api.JetBeginSession(inst, out<JET_SESID>(), '', '');
}

describe('JetCreateInstance / JetCreateInstance2', () => {
  it('creates an instance that is created but not initialized', () => {
    const emu = createEmulator();
    const box = out<JET_INSTANCE>();
    expect(emu.api.JetCreateInstance(box, 'one')).toBe(JET_errSuccess);
    expect(box.value).not.toBe(0);
    expect(box.value).not.toBe(JET_instanceNil);
    expect(emu.dump().instances.map((i) => [i.handle, i.name, i.state])).toEqual([[box.value, 'one', 'created']]);
    expect(beginRc(emu.api, box.value)).toBe(JET_errNotInitialized);
  });

  it('refuses a null output pointer with InvalidParameter', () => {
    const { api } = createEmulator();
    expect(api.JetCreateInstance(null as unknown as Out<JET_INSTANCE>, 'x')).toBe(JET_errInvalidParameter);
  });

  it('JetCreateInstance2 takes a display name and ignores its grbit', () => {
    const emu = createEmulator();
    const box = out<JET_INSTANCE>();
    expect(emu.api.JetCreateInstance2(box, 'two', 'Display name', 0x40)).toBe(JET_errSuccess);
    expect(emu.dump().instances.map((i) => [i.name, i.state])).toEqual([['two', 'created']]);
    expect(emu.api.JetInit(box)).toBe(JET_errSuccess);
    expect(emu.dump().instances[0].state).toBe('initialized');
  });

  it('answers RunningInOneInstanceMode after a legacy JetInit(null) and leaves JET_instanceNil in the box', () => {
    const { api } = createEmulator();
    expect(api.JetInit(null)).toBe(JET_errSuccess);
    const box = out<JET_INSTANCE>(1234 as JET_INSTANCE);
    expect(api.JetCreateInstance(box, 'x')).toBe(JET_errRunningInOneInstanceMode);
    expect(box.value).toBe(JET_instanceNil);
    expect(api.JetCreateInstance2(out<JET_INSTANCE>(), 'y', null, 0)).toBe(JET_errRunningInOneInstanceMode);
  });

  it('answers TooManyInstances once JET_paramMaxInstances instances exist', () => {
    const { api } = createEmulator();
    expect(api.JetSetSystemParameter(null, noSes, JET_paramMaxInstances, 2, null)).toBe(JET_errSuccess);
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'a')).toBe(JET_errSuccess);
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'b')).toBe(JET_errSuccess);
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'c')).toBe(JET_errTooManyInstances);
  });

  it('allows 16 instances by default and refuses the 17th', () => {
    const { api } = createEmulator();
    for (let i = 0; i < 16; i++) expect(api.JetCreateInstance(out<JET_INSTANCE>(), `i${i}`)).toBe(JET_errSuccess);
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'i16')).toBe(JET_errTooManyInstances);
  });

  it('frees a slot when an instance is terminated', () => {
    const { api } = createEmulator();
    expect(api.JetSetSystemParameter(null, noSes, JET_paramMaxInstances, 1, null)).toBe(JET_errSuccess);
    const a = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(a, 'a')).toBe(JET_errSuccess);
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'b')).toBe(JET_errTooManyInstances);
    expect(api.JetTerm(a.value)).toBe(JET_errSuccess);
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'b')).toBe(JET_errSuccess);
  });

  it('answers InstanceNameInUse for an equal name', () => {
    const { api } = createEmulator();
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'same')).toBe(JET_errSuccess);
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'same')).toBe(JET_errInstanceNameInUse);
    expect(api.JetCreateInstance2(out<JET_INSTANCE>(), 'same', 'other display', 0)).toBe(JET_errInstanceNameInUse);
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'different')).toBe(JET_errSuccess);
  });

  it('answers InstanceNameInUse for a second unnamed instance', () => {
    const { api } = createEmulator();
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), null)).toBe(JET_errSuccess);
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), null)).toBe(JET_errInstanceNameInUse);
  });

  it('lets a name be used again once its instance is gone', () => {
    const { api } = createEmulator();
    const a = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(a, 'n')).toBe(JET_errSuccess);
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'keep')).toBe(JET_errSuccess);
    expect(api.JetTerm(a.value)).toBe(JET_errSuccess);
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'n')).toBe(JET_errSuccess);
  });
});

describe('JetInit / JetInit2 / JetInit3', () => {
  it('legacy JetInit(null) enters one-instance mode; a second one answers AlreadyInitialized', () => {
    const emu = createEmulator();
    expect(emu.api.JetInit(null)).toBe(JET_errSuccess);
    expect(emu.dump().instances).toHaveLength(1);
    expect(emu.dump().instances[0].state).toBe('initialized');
    expect(emu.api.JetInit(null)).toBe(JET_errAlreadyInitialized);
    expect(emu.api.JetInit(out<JET_INSTANCE>(0 as JET_INSTANCE))).toBe(JET_errAlreadyInitialized);
    expect(emu.dump().instances).toHaveLength(1);
  });

  it('legacy JetInit with a box holding 0 writes the new handle into it', () => {
    const emu = createEmulator();
    const box = out<JET_INSTANCE>(0 as JET_INSTANCE);
    expect(emu.api.JetInit(box)).toBe(JET_errSuccess);
    expect(box.value).toBe(emu.dump().instances[0].handle);
    expect(begin(emu.api, box.value)).toBeGreaterThan(0);
  });

  it('in one-instance mode JetBeginSession ignores the handle passed', () => {
    const { api } = createEmulator();
    expect(api.JetInit(null)).toBe(JET_errSuccess);
    expect(beginRc(api, 0 as JET_INSTANCE)).toBe(JET_errSuccess);
    expect(beginRc(api, JET_instanceNil)).toBe(JET_errSuccess);
  });

  it.each([
    ['0', 0],
    ['JET_instanceNil', JET_instanceNil],
  ])('in multi-instance mode a box holding %s allocates a new unnamed initialized instance', (_label, start) => {
    const { emu, api, inst } = multi();
    const box = out<JET_INSTANCE>(start as JET_INSTANCE);
    expect(api.JetInit(box)).toBe(JET_errSuccess);
    expect(box.value).not.toBe(start);
    expect(box.value).not.toBe(inst);
    const created = emu.dump().instances.find((i) => i.handle === box.value);
    expect(created).toMatchObject({ name: null, state: 'initialized' });
    expect(beginRc(api, box.value)).toBe(JET_errSuccess);
  });

  it('the allocate path answers InstanceNameInUse when an unnamed instance already exists', () => {
    const { api } = createEmulator();
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), null)).toBe(JET_errSuccess);
    const box = out<JET_INSTANCE>(0 as JET_INSTANCE);
    expect(api.JetInit(box)).toBe(JET_errInstanceNameInUse);
    expect(box.value).toBe(JET_instanceNil);
  });

  it('answers RunningInMultiInstanceMode for a null pointer in multi-instance mode', () => {
    const { emu, api } = multi(false);
    expect(api.JetInit(null)).toBe(JET_errRunningInMultiInstanceMode);
    expect(api.JetInit2(null, 0)).toBe(JET_errRunningInMultiInstanceMode);
    expect(api.JetInit3(null, null, 0)).toBe(JET_errRunningInMultiInstanceMode);
    expect(emu.dump().instances.map((i) => i.state)).toEqual(['created']);
  });

  it('answers AlreadyInitialized for an initialized instance and keeps it usable', () => {
    const { api, box, inst } = multi();
    const ses = begin(api, inst);
    expect(api.JetInit(box)).toBe(JET_errAlreadyInitialized);
    expect(api.JetInit2(box, 0)).toBe(JET_errAlreadyInitialized);
    expect(api.JetInit3(box, null, 0)).toBe(JET_errAlreadyInitialized);
    expect(box.value).toBe(inst);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
    expect(beginRc(api, inst)).toBe(JET_errSuccess);
  });

  it('JetInit2 and JetInit3 (no restore info) initialize a created instance without changing the handle', () => {
    for (const which of ['JetInit2', 'JetInit3'] as const) {
      const { emu, api, box, inst } = multi(false);
      const rc = which === 'JetInit2' ? api.JetInit2(box, 0) : api.JetInit3(box, null, 0);
      expect(rc).toBe(JET_errSuccess);
      expect(box.value).toBe(inst);
      expect(emu.dump().instances[0].state).toBe('initialized');
    }
  });

  it('JetInit3 with a bad JET_RSTINFO cbStruct answers InvalidParameter', () => {
    const { api, box } = multi(false);
    expect(api.JetInit3(box, { cbStruct: 1 }, 0)).toBe(JET_errInvalidParameter);
  });

  it('JetInit3 checks the JET_RSTINFO size before anything else (it is converted before JetInit proper runs)', () => {
    const { emu, api } = multi(false);
    expect(api.JetInit3(null, { cbStruct: 1 }, 0)).toBe(JET_errInvalidParameter);
    const legacy = createEmulator();
    expect(legacy.api.JetInit(null)).toBe(JET_errSuccess);
    expect(legacy.api.JetInit3(null, { cbStruct: 1 }, 0)).toBe(JET_errInvalidParameter);
    expect(emu.dump().instances.map((i) => i.state)).toEqual(['created']);
  });

  it('a bad JET_RSTINFO size neither touches the box nor frees the instance', () => {
    const { emu, api, box, inst } = multi(false);
    expect(api.JetInit3(box, { cbStruct: 0 }, 0)).toBe(JET_errInvalidParameter);
    expect(box.value).toBe(inst);
    expect(emu.dump().instances.map((i) => [i.handle, i.state])).toEqual([[inst, 'created']]);
    expect(api.JetInit(box)).toBe(JET_errSuccess);
  });

  it('a bad JET_RSTINFO size on the legacy path leaves the run mode unset', () => {
    const { api } = createEmulator();
    const box = out<JET_INSTANCE>(0 as JET_INSTANCE);
    expect(api.JetInit3(box, { cbStruct: 1 }, 0)).toBe(JET_errInvalidParameter);
    expect(box.value).toBe(0);
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'multi')).toBe(JET_errSuccess);
  });

  it('a failed init frees a created instance and writes 0 into the box', () => {
    const { emu, api, box, inst } = multi(false);
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'other')).toBe(JET_errSuccess);
    expect(emu.failStep('Init.recovery', { code: JET_errOutOfMemory })).toBe(JET_errSuccess);
    expect(api.JetInit(box)).toBe(JET_errOutOfMemory);
    expect(box.value).toBe(0);
    expect(emu.dump().instances.map((i) => i.name)).toEqual(['other']);
    expect(beginRc(api, inst)).toBe(JET_errInvalidInstance);
    expect(api.JetTerm(inst)).toBe(JET_errInvalidInstance);
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'main')).toBe(JET_errSuccess);
  });

  it('a failed init of the only instance resets the run mode so a legacy JetInit works', () => {
    const { emu, api, box } = multi(false);
    expect(emu.failStep('Init.recovery', { code: JET_errOutOfMemory })).toBe(JET_errSuccess);
    expect(api.JetInit2(box, 0)).toBe(JET_errOutOfMemory);
    expect(box.value).toBe(0);
    expect(emu.dump().instances).toHaveLength(0);
    expect(api.JetInit(null)).toBe(JET_errSuccess);
  });

  it('a failed legacy init leaves nothing behind and can be retried', () => {
    const emu = createEmulator();
    expect(emu.failStep('Init.recovery', { code: JET_errOutOfMemory })).toBe(JET_errSuccess);
    const box = out<JET_INSTANCE>(0 as JET_INSTANCE);
    expect(emu.api.JetInit(box)).toBe(JET_errOutOfMemory);
    expect(box.value).toBe(0);
    expect(emu.dump().instances).toHaveLength(0);
    expect(emu.api.JetInit(box)).toBe(JET_errSuccess);
    expect(emu.dump().instances[0].state).toBe('initialized');
  });

  it('initializes a created instance on which stop-service was requested, but sessions are still refused', () => {
    const { api, box, inst } = multi(false);
    expect(api.JetStopServiceInstance(inst)).toBe(JET_errSuccess);
    expect(api.JetInit(box)).toBe(JET_errSuccess);
    expect(beginRc(api, inst)).toBe(JET_errClientRequestToStopJetService);
  });

  it('answers AlreadyInitialized on a stopped or unavailable initialized instance', () => {
    const { emu, api, box, inst } = multi();
    expect(emu.setInstanceUnavailable(inst)).toBe(JET_errSuccess);
    expect(api.JetInit(box)).toBe(JET_errAlreadyInitialized);
    expect(api.JetStopServiceInstance(inst)).toBe(JET_errSuccess);
    expect(api.JetInit(box)).toBe(JET_errAlreadyInitialized);
  });
});

describe('JetTerm / JetTerm2', () => {
  it('frees a created, never initialized instance and answers Success', () => {
    const { emu, api, inst } = multi(false);
    expect(api.JetTerm(inst)).toBe(JET_errSuccess);
    expect(emu.dump().instances).toHaveLength(0);
    expect(api.JetTerm(inst)).toBe(JET_errInvalidInstance);
  });

  it('terminates an initialized instance with no sessions', () => {
    const { emu, api, inst } = multi();
    expect(api.JetTerm(inst)).toBe(JET_errSuccess);
    expect(emu.dump().instances).toHaveLength(0);
  });

  it.each([
    ['JetTerm', -1],
    ['JetTerm2(0)', 0],
    ['JetTerm2(Complete)', JET_bitTermComplete],
    ['JetTerm2(Abrupt)', JET_bitTermAbrupt],
  ])('%s with an open transaction answers TooManyActiveUsers and leaves the instance usable', (_label, grbit) => {
    const { emu, api, inst } = multi();
    const ses = begin(api, inst);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
    const rc = grbit === -1 ? api.JetTerm(inst) : api.JetTerm2(inst, grbit);
    expect(rc).toBe(JET_errTooManyActiveUsers);
    expect(emu.dump().instances[0].state).toBe('initialized');
    expect(info(api, ses).ulTrxLevel).toBe(1);
    expect(api.JetCommitTransaction(ses, 0)).toBe(JET_errSuccess);
    const other = begin(api, inst);
    expect(api.JetEndSession(other, 0)).toBe(JET_errSuccess);
    expect(api.JetTerm(inst)).toBe(JET_errSuccess);
    expect(emu.dump().instances).toHaveLength(0);
  });

  it('counts a transaction in any session, not just the first', () => {
    const { api, inst } = multi();
    begin(api, inst);
    const busy = begin(api, inst);
    expect(api.JetBeginTransaction(busy)).toBe(JET_errSuccess);
    expect(api.JetTerm(inst)).toBe(JET_errTooManyActiveUsers);
    expect(api.JetRollback(busy, 0)).toBe(JET_errSuccess);
    expect(api.JetTerm(inst)).toBe(JET_errSuccess);
  });

  it('JET_bitTermDirty with an open transaction tears everything down and answers DirtyShutdown', () => {
    const { emu, api, inst } = multi();
    const ses = begin(api, inst);
    const idle = begin(api, inst);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
    expect(api.JetTerm2(inst, JET_bitTermDirty)).toBe(JET_errDirtyShutdown);
    expect(emu.dump().instances).toHaveLength(0);
    expect(api.JetRollback(ses, 0)).toBe(JET_errInvalidSesid);
    expect(api.JetEndSession(idle, 0)).toBe(JET_errInvalidSesid);
    expect(api.JetTerm(inst)).toBe(JET_errInvalidInstance);
  });

  it('JET_bitTermDirty without transactions still answers DirtyShutdown', () => {
    const { emu, api, inst } = multi();
    begin(api, inst);
    expect(api.JetTerm2(inst, JET_bitTermDirty)).toBe(JET_errDirtyShutdown);
    expect(emu.dump().instances).toHaveLength(0);
  });

  it('JetTerm2 ignores unknown grbits', () => {
    const { emu, api, inst } = multi();
    expect(api.JetTerm2(inst, 0x100)).toBe(JET_errSuccess);
    expect(emu.dump().instances).toHaveLength(0);
  });

  it('destroys every session: their handles answer InvalidSesid afterwards', () => {
    const { api, inst } = multi();
    const a = begin(api, inst);
    const b = begin(api, inst);
    expect(api.JetTerm(inst)).toBe(JET_errSuccess);
    expect(api.JetBeginTransaction(a)).toBe(JET_errInvalidSesid);
    expect(api.JetEndSession(a, 0)).toBe(JET_errInvalidSesid);
    expect(api.JetEndSession(b, 0)).toBe(JET_errInvalidSesid);
    expect(api.JetGetSessionInfo(b, out<JET_SESSIONINFO>(), 24, 0)).toBe(JET_errInvalidSesid);
  });

  it('leaves other instances and their sessions alone', () => {
    const { api, inst } = multi();
    const other = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(other, 'other')).toBe(JET_errSuccess);
    expect(api.JetInit(other)).toBe(JET_errSuccess);
    const kept = begin(api, other.value);
    begin(api, inst);
    expect(api.JetTerm(inst)).toBe(JET_errSuccess);
    expect(api.JetBeginTransaction(kept)).toBe(JET_errSuccess);
    expect(info(api, kept).ulTrxLevel).toBe(1);
  });

  it('a stale instance handle answers InvalidInstance under esent validation', () => {
    const { api, inst } = multi();
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'alive')).toBe(JET_errSuccess);
    expect(api.JetTerm(inst)).toBe(JET_errSuccess);
    expect(api.JetTerm(inst)).toBe(JET_errInvalidInstance);
    expect(api.JetTerm2(inst, 0)).toBe(JET_errInvalidInstance);
  });

  it('a stale instance handle answers InvalidParameter under ese validation', () => {
    const { emu, api, inst } = multi();
    emu.setHandleValidation('ese');
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'alive')).toBe(JET_errSuccess);
    expect(api.JetTerm(inst)).toBe(JET_errSuccess);
    expect(api.JetTerm(inst)).toBe(JET_errInvalidParameter);
    expect(api.JetTerm2(inst, 0)).toBe(JET_errInvalidParameter);
  });

  it('under ese validation a stale handle with no instance left answers InvalidParameter', () => {
    const { emu, api, inst } = multi();
    emu.setHandleValidation('ese');
    expect(api.JetTerm(inst)).toBe(JET_errSuccess);
    expect(api.JetTerm(inst)).toBe(JET_errInvalidParameter);
  });

  it('JetTerm with a nil handle in multi-instance mode answers InvalidParameter', () => {
    const { api } = multi();
    expect(api.JetTerm(JET_instanceNil)).toBe(JET_errInvalidParameter);
    expect(api.JetTerm(0 as JET_INSTANCE)).toBe(JET_errInvalidParameter);
  });

  it('JetTerm before any instance exists answers InvalidParameter', () => {
    const { api } = createEmulator();
    expect(api.JetTerm(0 as JET_INSTANCE)).toBe(JET_errInvalidParameter);
  });

  it('the run mode resets after the last multi-instance instance so a legacy JetInit works', () => {
    const emu = createEmulator();
    const { api } = emu;
    const a = out<JET_INSTANCE>();
    const b = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(a, 'a')).toBe(JET_errSuccess);
    expect(api.JetCreateInstance(b, 'b')).toBe(JET_errSuccess);
    expect(api.JetInit(a)).toBe(JET_errSuccess);
    expect(api.JetTerm(a.value)).toBe(JET_errSuccess);
    expect(api.JetInit(null)).toBe(JET_errRunningInMultiInstanceMode);
    expect(api.JetTerm(b.value)).toBe(JET_errSuccess);
    expect(api.JetInit(null)).toBe(JET_errSuccess);
    expect(emu.dump().instances).toHaveLength(1);
  });

  it('the run mode resets after a legacy instance so JetCreateInstance works', () => {
    const { api } = createEmulator();
    const box = out<JET_INSTANCE>(0 as JET_INSTANCE);
    expect(api.JetInit(box)).toBe(JET_errSuccess);
    expect(api.JetTerm(box.value)).toBe(JET_errSuccess);
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'multi')).toBe(JET_errSuccess);
  });

  it('terminates an instance on which stop-service was requested', () => {
    const { emu, api, inst } = multi();
    begin(api, inst);
    expect(api.JetStopServiceInstance(inst)).toBe(JET_errSuccess);
    expect(api.JetTerm(inst)).toBe(JET_errSuccess);
    expect(emu.dump().instances).toHaveLength(0);
  });

  it('answers TermInProgress while the instance is terminating', () => {
    const { emu, api, inst } = multi();
    expect(emu.setInstanceState(inst, 'terminating')).toBe(JET_errSuccess);
    expect(api.JetTerm(inst)).toBe(JET_errTermInProgress);
  });

  it('answers RestoreInProgress while the instance is restoring', () => {
    const { emu, api, inst } = multi();
    expect(emu.setInstanceState(inst, 'restoring')).toBe(JET_errSuccess);
    expect(api.JetTerm(inst)).toBe(JET_errRestoreInProgress);
  });

  it('answers NotInitialized while the instance is initializing', () => {
    const { emu, api, inst } = multi(false);
    expect(emu.setInstanceState(inst, 'initializing')).toBe(JET_errSuccess);
    expect(api.JetTerm(inst)).toBe(JET_errNotInitialized);
    expect(emu.dump().instances).toHaveLength(1);
  });
});

describe('JetStopService', () => {
  it('answers InvalidParameter when no run mode is set', () => {
    const { api } = createEmulator();
    expect(api.JetStopService()).toBe(JET_errInvalidParameter);
  });

  it('answers RunningInMultiInstanceMode in multi-instance mode', () => {
    const { emu, api, inst } = multi();
    expect(api.JetStopService()).toBe(JET_errRunningInMultiInstanceMode);
    expect(emu.dump().instances[0].stopRequested).toBe(false);
    expect(beginRc(api, inst)).toBe(JET_errSuccess);
  });

  it('stops the legacy instance: new sessions and session APIs answer ClientRequestToStopJetService', () => {
    const { api } = createEmulator();
    const box = out<JET_INSTANCE>(0 as JET_INSTANCE);
    expect(api.JetInit(box)).toBe(JET_errSuccess);
    const ses = begin(api, box.value);
    expect(api.JetStopService()).toBe(JET_errSuccess);
    expect(beginRc(api, box.value)).toBe(JET_errClientRequestToStopJetService);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errClientRequestToStopJetService);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
    expect(api.JetTerm(box.value)).toBe(JET_errSuccess);
  });
});

describe('JetStopServiceInstance', () => {
  it('blocks JetBeginSession and ordinary session APIs but not the exempt ones or JetTerm', () => {
    const { emu, api, inst } = multi();
    const ses = begin(api, inst);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
    expect(api.JetStopServiceInstance(inst)).toBe(JET_errSuccess);
    expect(emu.dump().instances[0].stopRequested).toBe(true);
    expect(beginRc(api, inst)).toBe(JET_errClientRequestToStopJetService);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errClientRequestToStopJetService);
    expect(api.JetCommitTransaction(ses, 0)).toBe(JET_errClientRequestToStopJetService);
    expect(api.JetGetSessionInfo(ses, out<JET_SESSIONINFO>(), 24, 0)).toBe(JET_errSuccess);
    expect(api.JetRollback(ses, 0)).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
    expect(api.JetTerm(inst)).toBe(JET_errSuccess);
  });

  it('can be called twice', () => {
    const { api, inst } = multi();
    expect(api.JetStopServiceInstance(inst)).toBe(JET_errSuccess);
    expect(api.JetStopServiceInstance(inst)).toBe(JET_errSuccess);
    expect(beginRc(api, inst)).toBe(JET_errClientRequestToStopJetService);
  });

  it('works on a created, not initialized instance', () => {
    const { emu, api, inst } = multi(false);
    expect(api.JetStopServiceInstance(inst)).toBe(JET_errSuccess);
    expect(emu.dump().instances[0]).toMatchObject({ state: 'created', stopRequested: true });
  });

  it('only stops the instance it names', () => {
    const { api, inst } = multi();
    const other = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(other, 'other')).toBe(JET_errSuccess);
    expect(api.JetInit(other)).toBe(JET_errSuccess);
    expect(api.JetStopServiceInstance(inst)).toBe(JET_errSuccess);
    expect(beginRc(api, other.value)).toBe(JET_errSuccess);
    expect(beginRc(api, inst)).toBe(JET_errClientRequestToStopJetService);
  });

  it('a stale handle answers InvalidInstance', () => {
    const { api, inst } = multi();
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'alive')).toBe(JET_errSuccess);
    expect(api.JetTerm(inst)).toBe(JET_errSuccess);
    expect(api.JetStopServiceInstance(inst)).toBe(JET_errInvalidInstance);
    expect(api.JetStopServiceInstance2(inst, 0)).toBe(JET_errInvalidInstance);
  });
});

describe('JetStopServiceInstance2', () => {
  it('JET_bitStopServiceAll (0) stops the instance like JetStopServiceInstance', () => {
    const { emu, api, inst } = multi();
    expect(JET_bitStopServiceAll).toBe(0);
    expect(api.JetStopServiceInstance2(inst, JET_bitStopServiceAll)).toBe(JET_errSuccess);
    expect(emu.dump().instances[0].stopRequested).toBe(true);
    expect(beginRc(api, inst)).toBe(JET_errClientRequestToStopJetService);
  });

  it.each([0x1, 0x10, 0x100, 0x40000000])('answers InvalidGrbit for the unknown bit 0x%s and stops nothing', (bit) => {
    const { emu, api, inst } = multi();
    expect(api.JetStopServiceInstance2(inst, bit)).toBe(JET_errInvalidGrbit);
    expect(api.JetStopServiceInstance2(inst, bit | JET_bitStopServiceBackgroundUserTasks)).toBe(JET_errInvalidGrbit);
    expect(emu.dump().instances[0].stopRequested).toBe(false);
    expect(beginRc(api, inst)).toBe(JET_errSuccess);
  });

  it('StopAndEmitLog must be alone', () => {
    const { api, inst } = multi();
    expect(api.JetStopServiceInstance2(inst, JET_bitStopServiceStopAndEmitLog | JET_bitStopServiceBackgroundUserTasks)).toBe(JET_errInvalidGrbit);
    expect(api.JetStopServiceInstance2(inst, JET_bitStopServiceStopAndEmitLog | JET_bitStopServiceQuiesceCaches)).toBe(JET_errInvalidGrbit);
    expect(api.JetStopServiceInstance2(inst, JET_bitStopServiceStopAndEmitLog | JET_bitStopServiceResume)).toBe(JET_errInvalidGrbit);
    expect(api.JetStopServiceInstance2(inst, JET_bitStopServiceStopAndEmitLog)).toBe(JET_errSuccess);
  });

  it('StopAndEmitLog alone does not block the APIs', () => {
    const { api, inst } = multi();
    expect(api.JetStopServiceInstance2(inst, JET_bitStopServiceStopAndEmitLog)).toBe(JET_errSuccess);
    expect(beginRc(api, inst)).toBe(JET_errSuccess);
  });

  it.each([
    ['BackgroundUserTasks', JET_bitStopServiceBackgroundUserTasks],
    ['QuiesceCaches', JET_bitStopServiceQuiesceCaches],
    ['both', JET_bitStopServiceBackgroundUserTasks | JET_bitStopServiceQuiesceCaches],
  ])('%s does not block sessions or session APIs', (_label, bits) => {
    const { emu, api, inst } = multi();
    const ses = begin(api, inst);
    expect(api.JetStopServiceInstance2(inst, bits)).toBe(JET_errSuccess);
    expect(emu.dump().instances[0].stopRequested).toBe(false);
    expect(beginRc(api, inst)).toBe(JET_errSuccess);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
    expect(api.JetCommitTransaction(ses, 0)).toBe(JET_errSuccess);
  });

  it('Resume undoes BackgroundUserTasks and QuiesceCaches', () => {
    const { api, inst } = multi();
    expect(api.JetStopServiceInstance2(inst, JET_bitStopServiceBackgroundUserTasks)).toBe(JET_errSuccess);
    expect(api.JetStopServiceInstance2(inst, JET_bitStopServiceResume | JET_bitStopServiceBackgroundUserTasks)).toBe(JET_errSuccess);
    expect(api.JetStopServiceInstance2(inst, JET_bitStopServiceQuiesceCaches)).toBe(JET_errSuccess);
    expect(api.JetStopServiceInstance2(inst, JET_bitStopServiceResume | JET_bitStopServiceQuiesceCaches)).toBe(JET_errSuccess);
    expect(beginRc(api, inst)).toBe(JET_errSuccess);
  });

  it('Resume without other bits resumes whatever was stopped with the task bits', () => {
    const { api, inst } = multi();
    expect(api.JetStopServiceInstance2(inst, JET_bitStopServiceBackgroundUserTasks | JET_bitStopServiceQuiesceCaches)).toBe(JET_errSuccess);
    expect(api.JetStopServiceInstance2(inst, JET_bitStopServiceResume)).toBe(JET_errSuccess);
    expect(beginRc(api, inst)).toBe(JET_errSuccess);
  });

  it('Resume without other bits succeeds when nothing was stopped', () => {
    const { api, inst } = multi();
    expect(api.JetStopServiceInstance2(inst, JET_bitStopServiceResume)).toBe(JET_errSuccess);
    expect(beginRc(api, inst)).toBe(JET_errSuccess);
  });

  it('after the "all" stop, resuming only the task bits succeeds but the instance stays stopped', () => {
    const { emu, api, inst } = multi();
    expect(api.JetStopServiceInstance2(inst, JET_bitStopServiceAll)).toBe(JET_errSuccess);
    expect(api.JetStopServiceInstance2(inst, JET_bitStopServiceResume | JET_bitStopServiceBackgroundUserTasks)).toBe(JET_errSuccess);
    expect(emu.dump().instances[0].stopRequested).toBe(true);
    expect(beginRc(api, inst)).toBe(JET_errClientRequestToStopJetService);
  });

  it('Resume of the "all" stop answers ClientRequestToStopJetService and the instance stays stopped', () => {
    const { emu, api, inst } = multi();
    expect(api.JetStopServiceInstance2(inst, JET_bitStopServiceAll)).toBe(JET_errSuccess);
    expect(api.JetStopServiceInstance2(inst, JET_bitStopServiceResume)).toBe(JET_errClientRequestToStopJetService);
    expect(emu.dump().instances[0].stopRequested).toBe(true);
    expect(beginRc(api, inst)).toBe(JET_errClientRequestToStopJetService);
  });
});

describe('JetEnableMultiInstance', () => {
  it('enters multi-instance mode: legacy JetInit(null) is refused, JetCreateInstance works', () => {
    const { api } = createEmulator();
    const count = out<number>();
    expect(api.JetEnableMultiInstance(null, 0, count)).toBe(JET_errSuccess);
    expect(count.value).toBe(0);
    expect(api.JetInit(null)).toBe(JET_errRunningInMultiInstanceMode);
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'x')).toBe(JET_errSuccess);
  });

  it('a second call answers SystemParamsAlreadySet', () => {
    const { api } = createEmulator();
    expect(api.JetEnableMultiInstance(null, 0, null)).toBe(JET_errSuccess);
    expect(api.JetEnableMultiInstance(null, 0, null)).toBe(JET_errSystemParamsAlreadySet);
  });

  it('answers SystemParamsAlreadySet once an instance has been created', () => {
    const { api } = createEmulator();
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'x')).toBe(JET_errSuccess);
    expect(api.JetEnableMultiInstance(null, 0, null)).toBe(JET_errSystemParamsAlreadySet);
  });

  it('answers RunningInOneInstanceMode after a legacy JetInit', () => {
    const { api } = createEmulator();
    expect(api.JetInit(null)).toBe(JET_errSuccess);
    expect(api.JetEnableMultiInstance(null, 0, null)).toBe(JET_errRunningInOneInstanceMode);
  });

  it('applies the parameters, writes each err and the success count', () => {
    const { api } = createEmulator();
    const params: JET_SETSYSPARAM[] = [
      { paramid: JET_paramMaxSessions, lParam: 2 },
      { paramid: JET_paramMaxInstances, lParam: 1 },
    ];
    const count = out<number>(-1);
    expect(api.JetEnableMultiInstance(params, 2, count)).toBe(JET_errSuccess);
    expect(count.value).toBe(2);
    expect(params.map((p) => p.err)).toEqual([JET_errSuccess, JET_errSuccess]);
    const box = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(box, 'a')).toBe(JET_errSuccess);
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'b')).toBe(JET_errTooManyInstances);
    const value = out<number>();
    expect(api.JetGetSystemParameter(box.value, noSes, JET_paramMaxSessions, value, null, 0)).toBe(JET_errSuccess);
    expect(value.value).toBe(2);
    expect(api.JetInit(box)).toBe(JET_errSuccess);
    begin(api, box.value);
    begin(api, box.value);
    expect(beginRc(api, box.value)).toBe(JET_errOutOfSessions);
  });
});

describe('JetEnableMultiInstance: failing parameters', () => {
  it('stops at the first failing parameter, reports it, and leaves the run mode unset', () => {
    const { api } = createEmulator();
    const params: JET_SETSYSPARAM[] = [
      { paramid: JET_paramMaxSessions, lParam: 3 },
      { paramid: JET_paramMaxSessions, lParam: 30001 },
      { paramid: JET_paramMaxInstances, lParam: 4 },
    ];
    const count = out<number>(-1);
    expect(api.JetEnableMultiInstance(params, 3, count)).toBe(JET_errInvalidParameter);
    expect(count.value).toBe(1);
    expect(params[0].err).toBe(JET_errSuccess);
    expect(params[1].err).toBe(JET_errInvalidParameter);
    expect(params[2].err).toBeUndefined();
    expect(api.JetInit(null)).toBe(JET_errSuccess);
  });

  it('answers InvalidParameter for a count with no array', () => {
    const { api } = createEmulator();
    expect(api.JetEnableMultiInstance(null, 1, null)).toBe(JET_errInvalidParameter);
  });
});

describe('JetBeginSession: the instance gate', () => {
  it('answers NotInitialized on a created instance', () => {
    const { api, inst } = multi(false);
    expect(beginRc(api, inst)).toBe(JET_errNotInitialized);
  });

  it('answers ClientRequestToStopJetService after a stop', () => {
    const { api, inst } = multi();
    expect(api.JetStopServiceInstance(inst)).toBe(JET_errSuccess);
    expect(beginRc(api, inst)).toBe(JET_errClientRequestToStopJetService);
  });

  it('answers InstanceUnavailable on an unavailable instance', () => {
    const { emu, api, inst } = multi();
    expect(emu.setInstanceUnavailable(inst, JET_errInstanceUnavailable)).toBe(JET_errSuccess);
    expect(beginRc(api, inst)).toBe(JET_errInstanceUnavailable);
  });

  it('answers the LogDiskFull variant (-1092) when that was the fatal error', () => {
    const { emu, api, inst } = multi();
    expect(JET_errInstanceUnavailableDueToFatalLogDiskFull).toBe(-1092);
    expect(emu.setInstanceUnavailable(inst, JET_errInstanceUnavailableDueToFatalLogDiskFull)).toBe(JET_errSuccess);
    expect(beginRc(api, inst)).toBe(-1092);
  });

  it('checks stop-service before unavailability', () => {
    const { emu, api, inst } = multi();
    expect(emu.setInstanceUnavailable(inst)).toBe(JET_errSuccess);
    expect(api.JetStopServiceInstance(inst)).toBe(JET_errSuccess);
    expect(beginRc(api, inst)).toBe(JET_errClientRequestToStopJetService);
  });

  it('answers TermInProgress while terminating', () => {
    const { emu, api, inst } = multi();
    expect(emu.setInstanceState(inst, 'terminating')).toBe(JET_errSuccess);
    expect(beginRc(api, inst)).toBe(JET_errTermInProgress);
  });

  it('checks unavailability before terminating', () => {
    const { emu, api, inst } = multi();
    expect(emu.setInstanceState(inst, 'terminating')).toBe(JET_errSuccess);
    expect(emu.setInstanceUnavailable(inst)).toBe(JET_errSuccess);
    expect(beginRc(api, inst)).toBe(JET_errInstanceUnavailable);
  });

  it('answers RestoreInProgress while restoring', () => {
    const { emu, api, inst } = multi();
    expect(emu.setInstanceState(inst, 'restoring')).toBe(JET_errSuccess);
    expect(beginRc(api, inst)).toBe(JET_errRestoreInProgress);
  });

  it('answers NotInitialized while initializing', () => {
    const { emu, api, inst } = multi(false);
    expect(emu.setInstanceState(inst, 'initializing')).toBe(JET_errSuccess);
    expect(beginRc(api, inst)).toBe(JET_errNotInitialized);
  });

  it('works again once the instance is back to initialized', () => {
    const { emu, api, inst } = multi();
    expect(emu.setInstanceState(inst, 'restoring')).toBe(JET_errSuccess);
    expect(beginRc(api, inst)).toBe(JET_errRestoreInProgress);
    expect(emu.setInstanceState(inst, 'initialized')).toBe(JET_errSuccess);
    expect(beginRc(api, inst)).toBe(JET_errSuccess);
  });

  it('answers InvalidInstance for a stale handle (esent) and InvalidParameter (ese)', () => {
    const { emu, api, inst } = multi();
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'alive')).toBe(JET_errSuccess);
    expect(api.JetTerm(inst)).toBe(JET_errSuccess);
    expect(beginRc(api, inst)).toBe(JET_errInvalidInstance);
    emu.setHandleValidation('ese');
    expect(beginRc(api, inst)).toBe(JET_errInvalidParameter);
  });

  it('answers InvalidParameter for JET_instanceNil in multi-instance mode and before any instance', () => {
    const { api } = multi();
    expect(beginRc(api, JET_instanceNil)).toBe(JET_errInvalidParameter);
    expect(beginRc(createEmulator().api, 0 as JET_INSTANCE)).toBe(JET_errInvalidParameter);
  });

  it('ignores the user name and password', () => {
    const { api, inst } = multi();
    expect(api.JetBeginSession(inst, out<JET_SESID>(), 'someone', 'secret')).toBe(JET_errSuccess);
    expect(api.JetBeginSession(inst, out<JET_SESID>(), null, null)).toBe(JET_errSuccess);
  });

  it('answers OutOfSessions at JET_paramMaxSessions and succeeds again after a session ends', () => {
    const { api, inst } = multi(true, [[JET_paramMaxSessions, 3]]);
    const first = begin(api, inst);
    begin(api, inst);
    begin(api, inst);
    expect(beginRc(api, inst)).toBe(JET_errOutOfSessions);
    const dup = out<JET_SESID>();
    expect(api.JetDupSession(first, dup)).toBe(JET_errOutOfSessions);
    expect(api.JetEndSession(first, 0)).toBe(JET_errSuccess);
    expect(beginRc(api, inst)).toBe(JET_errSuccess);
  });

  it('allows 16 sessions by default', () => {
    const { api, inst } = multi();
    for (let i = 0; i < 16; i++) begin(api, inst);
    expect(beginRc(api, inst)).toBe(JET_errOutOfSessions);
  });

  it('counts sessions per instance', () => {
    const { api, inst } = multi(true, [[JET_paramMaxSessions, 1]]);
    const other = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(other, 'other')).toBe(JET_errSuccess);
    expect(api.JetSetSystemParameter(other, noSes, JET_paramMaxSessions, 1, null)).toBe(JET_errSuccess);
    expect(api.JetInit(other)).toBe(JET_errSuccess);
    begin(api, inst);
    expect(beginRc(api, inst)).toBe(JET_errOutOfSessions);
    expect(beginRc(api, other.value)).toBe(JET_errSuccess);
  });

  it('gives procids starting at 1 and reuses the smallest free one first', () => {
    const { api, inst } = multi();
    const s = [begin(api, inst), begin(api, inst), begin(api, inst), begin(api, inst)];
    expect(s.map((x) => info(api, x).ulProcid)).toEqual([1, 2, 3, 4]);
    expect(api.JetEndSession(s[2], 0)).toBe(JET_errSuccess);
    expect(api.JetEndSession(s[0], 0)).toBe(JET_errSuccess);
    const a = begin(api, inst);
    const b = begin(api, inst);
    const c = begin(api, inst);
    expect([info(api, a).ulProcid, info(api, b).ulProcid, info(api, c).ulProcid]).toEqual([1, 3, 5]);
  });

  it('never reuses a session handle', () => {
    const { api, inst } = multi();
    const a = begin(api, inst);
    expect(api.JetEndSession(a, 0)).toBe(JET_errSuccess);
    const b = begin(api, inst);
    expect(b).not.toBe(a);
    expect(api.JetEndSession(a, 0)).toBe(JET_errInvalidSesid);
  });

  it('a fault in session allocation leaves no session behind', () => {
    const { emu, api, inst } = multi();
    expect(emu.failStep('BeginSession.allocate', { code: JET_errOutOfMemory })).toBe(JET_errSuccess);
    expect(beginRc(api, inst)).toBe(JET_errOutOfMemory);
    expect(emu.dump().instances[0].sessions).toHaveLength(0);
    const ses = begin(api, inst);
    expect(info(api, ses).ulProcid).toBe(1);
  });
});
