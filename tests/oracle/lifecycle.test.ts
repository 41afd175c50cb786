/**
 * Oracle tests for the lifecycle calls (instances, parameters, sessions, transactions, databases), written from the
 * engine source only (microsoft/Extensible-Storage-Engine, HEAD 7030fe7: dev/ese/src/ese/jetapi.cxx, tm.cxx, dir.cxx,
 * db.cxx, fmp.cxx, pib.cxx, info.cxx, sysparamtable.g.cxx). Each test names the engine lines that decide its
 * expected values. Codes from /work/shared/esent-errors.tsv, constants from /work/shared/esent-constants.tsv.
 *
 * Line numbers are those of `git show HEAD:<file>` in that commit.
 */
import { createEmulator, out } from '../../src';
import type { Emulator, JetApi, JET_DBID, JET_INSTANCE, JET_SESID } from '../../src';

// ---- codes (esent-errors.tsv) -----------------------------------------------------------------------------
const Success = 0;
const wrnDatabaseAttached = 1007;
const InvalidGrbit = -900;
const FeatureNotAvailable = -1001;
const InvalidParameter = -1003;
const InvalidDatabaseId = -1010;
const AlreadyInitialized = -1030;
const BufferTooSmall = -1038;
const InvalidBufferSize = -1047;
const NotInTransaction = -1054;
const TooManyActiveUsers = -1059;
const RunningInOneInstanceMode = -1080;
const RunningInMultiInstanceMode = -1081;
const InstanceNameInUse = -1086;
const TransTooDeep = -1103;
const InvalidSesid = -1104;
const InTransaction = -1108;
const InvalidInstance = -1115;
const DirtyShutdown = -1116;
const DatabaseDuplicate = -1201;
const DatabaseInUse = -1202;
const DatabaseNotFound = -1203;
const DatabaseLocked = -1207;
const CannotDisableVersioning = -1208;
const TooManyInstances = -1214;
const DatabaseInvalidPath = -1217;
const ForceDetachNotAllowed = -1219;
const FileNotFound = -1811;
const SessionContextAlreadySet = -1912;
const SessionInUse = -1914;
const OneDatabasePerSession = -1916;

// ---- constants (esent-constants.tsv) ----------------------------------------------------------------------
const JET_instanceNil = -1 as JET_INSTANCE;
const JET_sesidNil = -1 as JET_SESID;
const JET_paramBaseName = 3;
const JET_paramMaxSessions = 5;
const JET_paramMaxCursors = 8;
const JET_paramLogFileSize = 11;
const JET_paramCommitDefault = 16;
const JET_paramCircularLog = 17;
const JET_paramLRUKPolicy = 27;
const JET_paramRecovery = 34;
const JET_paramTransactionLevel = 38;
const JET_paramEnableTempTableVersioning = 46;
const JET_paramAccessDeniedRetryPeriod = 53;
const JET_paramOneDatabasePerSession = 102;
const JET_paramMaxInstances = 104;

const JET_bitTermAbrupt = 0x2;
const JET_bitTermDirty = 0x8;
const JET_bitTransactionReadOnly = 0x1;
const JET_bitCommitLazyFlush = 0x1;
const JET_bitWaitLastLevel0Commit = 0x2;
const JET_bitWaitAllLevel0Commit = 0x8;
const JET_bitForceNewLog = 0x10;
const JET_bitCommitRedoCallback = 0x20;
const JET_bitRollbackAll = 0x1;
const JET_bitRollbackRedoCallback = 0x20;
const JET_bitDbReadOnly = 0x1;
const JET_bitDbExclusive = 0x2;
const JET_bitDbRecoveryOff = 0x8;
const JET_bitDbVersioningOff = 0x40;
const JET_bitDbOverwriteExisting = 0x200;
const JET_bitDbDeleteUnicodeIndexes = 0x400;
const JET_bitForceDetach = 0x1;

const JET_DbInfoFilename = 0;
const JET_DbInfoConnect = 1;
const JET_DbInfoOptions = 6;
const JET_DbInfoTransactions = 7;
const JET_DbInfoIsam = 9;
const JET_DbInfoFilesize = 10;
const JET_DbInfoSpaceOwned = 11;
const JET_DbInfoUpgrade = 13;
const JET_DbInfoMisc = 14;
const JET_DbInfoDBInUse = 15;
const JET_DbInfoPageSize = 17;
const JET_DbInfoFileType = 19;
const JET_DbInfoUseCachedResult = 0x40000000;

// ---- helpers ----------------------------------------------------------------------------------------------

interface W {
  emu: Emulator;
  api: JetApi;
  inst: JET_INSTANCE;
  ses: JET_SESID;
}

/** A fresh emulator, one named instance (multi-instance mode), initialized, with one session. */
function world(params: Array<[number, number]> = []): W {
  const emu = createEmulator();
  const api = emu.api;
  const box = out<JET_INSTANCE>();
  expect(api.JetCreateInstance(box, 'lc')).toBe(Success);
  for (const [id, v] of params) expect(api.JetSetSystemParameter(box, JET_sesidNil, id, v, null)).toBe(Success);
  expect(api.JetInit(box)).toBe(Success);
  return { emu, api, inst: box.value, ses: begin(api, box.value) };
}

function begin(api: JetApi, inst: JET_INSTANCE): JET_SESID {
  const s = out<JET_SESID>();
  expect(api.JetBeginSession(inst, s, '', '')).toBe(Success);
  return s.value;
}

function create(api: JetApi, ses: JET_SESID, name: string): JET_DBID {
  const d = out<JET_DBID>();
  expect(api.JetCreateDatabase(ses, name, null, d, 0)).toBe(Success);
  return d.value;
}

/** A database file that exists and is not attached. */
function makeFile(api: JetApi, ses: JET_SESID, name: string): void {
  const d = create(api, ses, name);
  expect(api.JetCloseDatabase(ses, d, 0)).toBe(Success);
  expect(api.JetDetachDatabase(ses, name)).toBe(Success);
}

function getParam(api: JetApi, inst: JET_INSTANCE, ses: JET_SESID, id: number): { rc: number; value: number } {
  const b = out<number>(-777);
  const rc = api.JetGetSystemParameter(inst, ses, id, b, null, 0);
  return { rc, value: b.value };
}

function getStringParam(api: JetApi, inst: JET_INSTANCE, id: number): { rc: number; value: string } {
  const b = out<string>('untouched');
  const rc = api.JetGetSystemParameter(inst, JET_sesidNil, id, null, b, 260);
  return { rc, value: b.value };
}

function trxLevel(api: JetApi, inst: JET_INSTANCE, ses: JET_SESID): number {
  const r = getParam(api, inst, ses, JET_paramTransactionLevel);
  expect(r.rc).toBe(Success);
  return r.value;
}

function dbInfo(w: W, dbid: JET_DBID, cbMax: number, level: number): { rc: number; value: unknown } {
  const b = out<number | string>(-12345);
  const rc = (w.api.JetGetDatabaseInfo as (...a: unknown[]) => number)(w.ses, dbid, b, cbMax, level);
  return { rc, value: b.value };
}

function fileInfo(api: JetApi, name: string, cbMax: number, level: number, initial: unknown = -12345): { rc: number; value: unknown } {
  const b = out<unknown>(initial);
  const rc = (api.JetGetDatabaseFileInfo as (...a: unknown[]) => number)(name, b, cbMax, level);
  return { rc, value: b.value };
}

// ===========================================================================================================
// Instances
// ===========================================================================================================

describe('JetCreateInstance / JetCreateInstance2', () => {
  it('instance names compare case-sensitively', () => {
    // jetapi.cxx ErrNewInst 3525-3541: LOSStrCompareW (os/string.cxx 168-201: wcscmp) on the names.
    const { api } = createEmulator();
    const a = out<JET_INSTANCE>();
    const b = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(a, 'Alpha')).toBe(Success);
    expect(api.JetCreateInstance(b, 'alpha')).toBe(Success);
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'Alpha')).toBe(InstanceNameInUse);
  });

  it('an empty name is a name: it does not collide with an unnamed instance, but two empty names collide', () => {
    // jetapi.cxx JetCreateInstanceExA 21962-21968: CAutoWSZ::ErrSet("") gives a non-NULL empty string
    // (_jet.hxx CAutoIWSZ::ErrSet: only a NULL input stays NULL); ErrNewInst 3525-3541: NULL collides only with NULL,
    // a non-NULL name only with an equal non-NULL name.
    const { api } = createEmulator();
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), null)).toBe(Success);
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), '')).toBe(Success);
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), '')).toBe(InstanceNameInUse);
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), null)).toBe(InstanceNameInUse);
  });

  it('TooManyInstances is checked before the name', () => {
    // jetapi.cxx ErrNewInst 3518-3521 (g_cpinstInit >= g_cpinstMax) before the name loop 3525-3541.
    const { api } = createEmulator();
    expect(api.JetSetSystemParameter(null, JET_sesidNil, JET_paramMaxInstances, 1, null)).toBe(Success);
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'one')).toBe(Success);
    const box = out<JET_INSTANCE>(12345 as JET_INSTANCE);
    expect(api.JetCreateInstance(box, 'one')).toBe(TooManyInstances);
    // 21918: *pinstance = JET_instanceNil before anything else
    expect(box.value).toBe(JET_instanceNil);
  });

  it('in one-instance mode: RunningInOneInstanceMode, the box set to nil; JetCreateInstance2 ignores its grbit', () => {
    // jetapi.cxx JetCreateInstanceEx 21918-21926; JetCreateInstance2A 21986-21993 does not pass the grbit on.
    const { api } = createEmulator();
    expect(api.JetInit(null)).toBe(Success);
    const box = out<JET_INSTANCE>(5 as JET_INSTANCE);
    expect(api.JetCreateInstance2(box, 'x', 'y', 0xffffffff)).toBe(RunningInOneInstanceMode);
    expect(box.value).toBe(JET_instanceNil);
    expect(api.JetTerm(0 as JET_INSTANCE)).toBe(Success);
    // the last instance freed: the mode is unset again (jetapi.cxx FreePinst 3773-3779)
    expect(api.JetCreateInstance2(out<JET_INSTANCE>(), 'x', 'y', 0xffffffff)).toBe(Success);
  });
});

describe('JetInit / JetInit2 / JetInit3', () => {
  it('multi-instance mode: a NULL box is RunningInMultiInstanceMode', () => {
    // jetapi.cxx JetInitEx 21388-21392.
    const { api } = createEmulator();
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'a')).toBe(Success);
    expect(api.JetInit(null)).toBe(RunningInMultiInstanceMode);
    expect(api.JetInit2(null, 0)).toBe(RunningInMultiInstanceMode);
  });

  it('one-instance mode: a second JetInit is AlreadyInitialized and the instance lives on', () => {
    // jetapi.cxx JetInitEx 21394-21398 (Error -> HandleError, not TermAlloc).
    const { api } = createEmulator();
    const box = out<JET_INSTANCE>();
    expect(api.JetInit(box)).toBe(Success);
    expect(api.JetInit(out<JET_INSTANCE>())).toBe(AlreadyInitialized);
    expect(api.JetInit(null)).toBe(AlreadyInitialized);
    const s = out<JET_SESID>();
    expect(api.JetBeginSession(box.value, s, null, null)).toBe(Success);
  });

  it('JetInit3 with a bad cbStruct: InvalidParameter before anything, the box not written', () => {
    // jetapi.cxx JetInit3A 21842-21853: CAutoRSTINFOW::ErrSet (21710-21727) rejects cbStruct != sizeof(JET_RSTINFO_A)
    // before JetInitEx runs (so before 21379-21380 writes JET_instanceNil into a 0 box, and before the mode checks).
    const { api } = createEmulator();
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'a')).toBe(Success);
    const rst = { cbStruct: 44 } as unknown as Parameters<JetApi['JetInit3']>[1];
    const box = out<JET_INSTANCE>(0 as JET_INSTANCE);
    expect(api.JetInit3(box, rst, 0)).toBe(InvalidParameter);
    expect(box.value).toBe(0);
    // and with a NULL box in multi-instance mode it still is InvalidParameter, not RunningInMultiInstanceMode
    expect(api.JetInit3(null, rst, 0)).toBe(InvalidParameter);
  });

  it('multi-instance mode: a box of 0 allocates an unnamed instance; a second one is InstanceNameInUse with the box left nil', () => {
    // jetapi.cxx JetInitEx 21360 (fAllocateInstance for 0/nil), 21379-21380 (box = nil), 21415-21419 ErrNewInst
    // failing with Call -> HandleError (no TermAlloc, the box is not set to NULL); ErrNewInst 3531-3534.
    const { api } = createEmulator();
    expect(api.JetCreateInstance(out<JET_INSTANCE>(), 'named')).toBe(Success);
    const first = out<JET_INSTANCE>(0 as JET_INSTANCE);
    expect(api.JetInit(first)).toBe(Success);
    expect(first.value).not.toBe(0);
    expect(first.value).not.toBe(JET_instanceNil);
    const second = out<JET_INSTANCE>(0 as JET_INSTANCE);
    expect(api.JetInit(second)).toBe(InstanceNameInUse);
    expect(second.value).toBe(JET_instanceNil);
    // the first one works
    expect(api.JetBeginSession(first.value, out<JET_SESID>(), null, null)).toBe(Success);
  });

  it('JetInit on an initialized instance: AlreadyInitialized, the instance and its sessions intact', () => {
    // jetapi.cxx ErrAPIEnterForInit 4486-4490; JetInitEx 21506-21518: no ErrTermAlloc for AlreadyInitialized.
    const w = world();
    const box = out<JET_INSTANCE>(w.inst);
    expect(w.api.JetInit(box)).toBe(AlreadyInitialized);
    expect(box.value).toBe(w.inst);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(Success);
    expect(w.api.JetRollback(w.ses, 0)).toBe(Success);
  });
});

describe('JetTerm / JetTerm2', () => {
  it('a created, never initialized instance is freed with Success whatever the grbit', () => {
    // jetapi.cxx ErrTermComplete 20868-20882; JetTerm2 22272-22276 does not check the grbit.
    const { api } = createEmulator();
    const box = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(box, 'a')).toBe(Success);
    expect(api.JetTerm2(box.value, 0x12345678)).toBe(Success);
    // ESENT handle validation of the freed INST (jetapi.cxx JET_VALIDATE_INSTANCE 5263-5270)
    expect(api.JetTerm(box.value)).toBe(InvalidInstance);
  });

  it('multi-instance mode: JetTerm(0) and JetTerm(nil) are InvalidParameter', () => {
    // jetapi.cxx JET_VALIDATE_INSTANCE skips 0 / nil (5263-5270); ErrFindPinst 3834-3837.
    const w = world();
    expect(w.api.JetTerm(0 as JET_INSTANCE)).toBe(InvalidParameter);
    expect(w.api.JetTerm2(JET_instanceNil, JET_bitTermDirty)).toBe(InvalidParameter);
    expect(w.api.JetBeginSession(0 as JET_INSTANCE, out<JET_SESID>(), null, null)).toBe(InvalidParameter);
  });

  it('open sessions without transactions do not stop JetTerm; their handles die', () => {
    // sysinit.cxx 597-606 only refuses for open transactions; PIBTerm (sysinit.cxx 792) frees every PIB.
    const w = world();
    const d = create(w.api, w.ses, 'term.edb');
    expect(d).toBeDefined();
    expect(w.api.JetTerm(w.inst)).toBe(Success);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(InvalidSesid);
  });

  it('an open transaction: TooManyActiveUsers for every term that is not dirty; the instance stays usable', () => {
    // tm.cxx ErrIsamTerm 1168-1180 (Abrupt: no-cleanup, 0: cleanup), sysinit.cxx 597-606, jetapi.cxx 21013-21017.
    const w = world();
    const other = begin(w.api, w.inst);
    expect(w.api.JetBeginTransaction(other)).toBe(Success);
    expect(w.api.JetTerm(w.inst)).toBe(TooManyActiveUsers);
    expect(w.api.JetTerm2(w.inst, 0)).toBe(TooManyActiveUsers);
    expect(w.api.JetTerm2(w.inst, JET_bitTermAbrupt)).toBe(TooManyActiveUsers);
    expect(trxLevel(w.api, w.inst, other)).toBe(1);
    expect(w.api.JetCommitTransaction(other, 0)).toBe(Success);
    expect(w.api.JetTerm2(w.inst, 0)).toBe(Success);
  });

  it('JET_bitTermDirty: DirtyShutdown even with nothing open', () => {
    // tm.cxx ErrIsamTerm 1193-1196: a dirty term that otherwise succeeded returns DirtyShutdown.
    const w = world();
    expect(w.api.JetEndSession(w.ses, 0)).toBe(Success);
    expect(w.api.JetTerm2(w.inst, JET_bitTermDirty)).toBe(DirtyShutdown);
    expect(w.api.JetTerm(w.inst)).toBe(InvalidInstance);
  });
});

// ===========================================================================================================
// System parameters
// ===========================================================================================================

describe('JetSetSystemParameter / JetGetSystemParameter', () => {
  it('a boolean "may not write after init" parameter: the raw value is compared with the current 0/1', () => {
    // jetapi.cxx CJetParam::ValidateSet 5600-5625 compares the raw ulParam with m_valueCurrent (1 for
    // EnableTempTableVersioning, sysparamtable.g.cxx 57); 5634-5637 then AlreadyInitialized after JetInit.
    // SetBoolean 5657-5673 stores ulParam ? 1 : 0 only after ValidateSet passed.
    const w = world();
    const box = out<JET_INSTANCE>(w.inst);
    expect(w.api.JetSetSystemParameter(box, JET_sesidNil, JET_paramEnableTempTableVersioning, 1, null)).toBe(Success);
    expect(w.api.JetSetSystemParameter(box, JET_sesidNil, JET_paramEnableTempTableVersioning, 5, null)).toBe(AlreadyInitialized);
    expect(w.api.JetSetSystemParameter(box, JET_sesidNil, JET_paramCircularLog, 0, null)).toBe(Success);
    expect(w.api.JetSetSystemParameter(box, JET_sesidNil, JET_paramCircularLog, 1, null)).toBe(AlreadyInitialized);
  });

  it('a boolean set before JetInit is stored as 0 / 1 (any value is in range)', () => {
    // sysparamtable.g.cxx 118 (OneDatabasePerSession: range 0..-1); jetapi.cxx SetBoolean 5657-5673.
    const { api } = createEmulator();
    const box = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(box, 'a')).toBe(Success);
    expect(api.JetSetSystemParameter(box, JET_sesidNil, JET_paramOneDatabasePerSession, 7, null)).toBe(Success);
    expect(getParam(api, box.value, JET_sesidNil, JET_paramOneDatabasePerSession)).toEqual({ rc: Success, value: 1 });
  });

  it('a string parameter set to its current text after JetInit: AlreadyInitialized (the same-value test compares pointers)', () => {
    // jetapi.cxx ValidateSet 5609-5611: newParam = (ULONG_PTR)wszParam for strings, compared with m_valueCurrent, a
    // pointer to the stored copy (SetString 5711-5746); the caller's string (converted by CAutoWSZ in
    // JetSetSystemParameterExA 20536-20548) is never that pointer. Then 5634-5637: BaseName and Recovery may not be
    // written after instance init (sysparamtable.g.cxx 14, 45).
    const w = world();
    const box = out<JET_INSTANCE>(w.inst);
    expect(getStringParam(w.api, w.inst, JET_paramBaseName)).toEqual({ rc: Success, value: 'edb' });
    expect(w.api.JetSetSystemParameter(box, JET_sesidNil, JET_paramBaseName, 0, 'edb')).toBe(AlreadyInitialized);
    expect(w.api.JetSetSystemParameter(box, JET_sesidNil, JET_paramRecovery, 0, 'on')).toBe(AlreadyInitialized);
  });

  it('a string parameter before JetInit: its length is range-checked (BaseName is exactly 3 characters)', () => {
    // jetapi.cxx ValidateSet 5645-5652; sysparamtable.g.cxx 14: BaseName range 3..3, default "edb".
    const { api } = createEmulator();
    const box = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(box, 'a')).toBe(Success);
    expect(api.JetSetSystemParameter(box, JET_sesidNil, JET_paramBaseName, 0, 'ab')).toBe(InvalidParameter);
    expect(api.JetSetSystemParameter(box, JET_sesidNil, JET_paramBaseName, 0, null)).toBe(InvalidParameter);
    expect(api.JetSetSystemParameter(box, JET_sesidNil, JET_paramBaseName, 0, 'abc')).toBe(Success);
    expect(getStringParam(api, box.value, JET_paramBaseName)).toEqual({ rc: Success, value: 'abc' });
  });

  it('MaxSessions after JetInit: the current value succeeds, another is AlreadyInitialized even out of range', () => {
    // jetapi.cxx ValidateSet: 5609-5627 same value, 5634-5637 AlreadyInitialized, 5638-5644 range (after).
    // sysparamtable.g.cxx 16: MaxSessions 0..30000, legacy default 16, may not write after instance init.
    const w = world();
    const box = out<JET_INSTANCE>(w.inst);
    expect(w.api.JetSetSystemParameter(box, JET_sesidNil, JET_paramMaxSessions, 16, null)).toBe(Success);
    expect(w.api.JetSetSystemParameter(box, JET_sesidNil, JET_paramMaxSessions, 17, null)).toBe(AlreadyInitialized);
    expect(w.api.JetSetSystemParameter(box, JET_sesidNil, JET_paramMaxSessions, 40000, null)).toBe(AlreadyInitialized);
    // through a session of the instance: the same (jetapi.cxx JetSetSystemParameterEx 20481-20490)
    expect(w.api.JetSetSystemParameter(null, w.ses, JET_paramMaxCursors, 5, null)).toBe(AlreadyInitialized);
  });

  it('with no instance and no session in multi-instance mode the defaults are set, even while instances run', () => {
    // jetapi.cxx JetSetSystemParameterEx 20503-20511: no pinst -> ErrSetSystemParameter(pinstNil, ...): the
    // instance-init check (5634) needs a pinst, so MaxSessions is written into the global table; a later
    // instance clones it (ErrNewInst).
    const w = world();
    expect(w.api.JetSetSystemParameter(null, JET_sesidNil, JET_paramMaxSessions, 5, null)).toBe(Success);
    const b = out<JET_INSTANCE>();
    expect(w.api.JetCreateInstance(b, 'later')).toBe(Success);
    expect(getParam(w.api, b.value, JET_sesidNil, JET_paramMaxSessions)).toEqual({ rc: Success, value: 5 });
    // the running instance keeps its own
    expect(getParam(w.api, w.inst, JET_sesidNil, JET_paramMaxSessions)).toEqual({ rc: Success, value: 16 });
  });

  it('a global parameter set through one instance is read through another', () => {
    // jetapi.cxx ErrSetSystemParameter 7694-7697 / ErrGetSystemParameter 7794-7797: FGlobal() -> g_rgparam.
    // sysparamtable.g.cxx: AccessDeniedRetryPeriod is global (fGlobal 1), writable at any time, 0..-1.
    const { api } = createEmulator();
    const a = out<JET_INSTANCE>();
    const b = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(a, 'a')).toBe(Success);
    expect(api.JetCreateInstance(b, 'b')).toBe(Success);
    expect(api.JetSetSystemParameter(a, JET_sesidNil, JET_paramAccessDeniedRetryPeriod, 4321, null)).toBe(Success);
    expect(getParam(api, b.value, JET_sesidNil, JET_paramAccessDeniedRetryPeriod)).toEqual({ rc: Success, value: 4321 });
    // and with no instance named (the global table, 12321-12326)
    expect(getParam(api, 0 as JET_INSTANCE, JET_sesidNil, JET_paramAccessDeniedRetryPeriod)).toEqual({ rc: Success, value: 4321 });
  });

  it('a global parameter set with no instance is read through an instance created before the set', () => {
    // jetapi.cxx ErrGetSystemParameter 7794-7797: a global parameter is always read from g_rgparam.
    const { api } = createEmulator();
    const a = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(a, 'a')).toBe(Success);
    expect(api.JetSetSystemParameter(null, JET_sesidNil, JET_paramAccessDeniedRetryPeriod, 777, null)).toBe(Success);
    expect(getParam(api, a.value, JET_sesidNil, JET_paramAccessDeniedRetryPeriod)).toEqual({ rc: Success, value: 777 });
  });

  it('a "may not write after global init" parameter: AlreadyInitialized once a run mode is set, before its range', () => {
    // jetapi.cxx ValidateSet 5630-5633 before 5638-5644; sysparamtable.g.cxx: LRUKPolicy 1..2 default 2,
    // MaxInstances 1..cMaxInstances default 16, both fMayNotWriteAfterGlobalInit.
    const { api } = createEmulator();
    expect(api.JetSetSystemParameter(null, JET_sesidNil, JET_paramLRUKPolicy, 3, null)).toBe(InvalidParameter);
    expect(api.JetSetSystemParameter(null, JET_sesidNil, JET_paramMaxInstances, 0, null)).toBe(InvalidParameter);
    const box = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(box, 'a')).toBe(Success);
    expect(api.JetSetSystemParameter(box, JET_sesidNil, JET_paramLRUKPolicy, 2, null)).toBe(Success);
    expect(api.JetSetSystemParameter(box, JET_sesidNil, JET_paramLRUKPolicy, 1, null)).toBe(AlreadyInitialized);
    expect(api.JetSetSystemParameter(box, JET_sesidNil, JET_paramLRUKPolicy, 3, null)).toBe(AlreadyInitialized);
    expect(api.JetSetSystemParameter(null, JET_sesidNil, JET_paramMaxInstances, 16, null)).toBe(Success);
    expect(api.JetSetSystemParameter(null, JET_sesidNil, JET_paramMaxInstances, 0, null)).toBe(AlreadyInitialized);
  });

  it('LogFileSize before JetInit: 64..32768', () => {
    // sysparamtable.g.cxx 22: LogFileSize range 64..32768; jetapi.cxx ValidateSet 5638-5644.
    const { api } = createEmulator();
    const box = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(box, 'a')).toBe(Success);
    expect(api.JetSetSystemParameter(box, JET_sesidNil, JET_paramLogFileSize, 63, null)).toBe(InvalidParameter);
    expect(api.JetSetSystemParameter(box, JET_sesidNil, JET_paramLogFileSize, 32769, null)).toBe(InvalidParameter);
    expect(api.JetSetSystemParameter(box, JET_sesidNil, JET_paramLogFileSize, 64, null)).toBe(Success);
  });

  it('CommitDefault: bits in the commit mask only, settable after JetInit', () => {
    // jetapi.cxx SetCommitDefault 6115-6150: grbit & ~g_grbitCommitFlagsMsk (6071: 0x1|0x2|0x8|0x10|0x20) ->
    // InvalidParameter; no ValidateSet, so no AlreadyInitialized.
    const w = world();
    const box = out<JET_INSTANCE>(w.inst);
    expect(w.api.JetSetSystemParameter(box, JET_sesidNil, JET_paramCommitDefault, 0x4, null)).toBe(InvalidParameter);
    expect(w.api.JetSetSystemParameter(box, JET_sesidNil, JET_paramCommitDefault, 0x40, null)).toBe(InvalidParameter);
    expect(w.api.JetSetSystemParameter(box, JET_sesidNil, JET_paramCommitDefault, 0x20, null)).toBe(Success);
    expect(w.api.JetSetSystemParameter(box, JET_sesidNil, JET_paramCommitDefault, JET_bitCommitLazyFlush, null)).toBe(Success);
    expect(getParam(w.api, w.inst, JET_sesidNil, JET_paramCommitDefault)).toEqual({ rc: Success, value: JET_bitCommitLazyFlush });
  });

  it('TransactionLevel: cannot be set; read needs a session and answers its level', () => {
    // sysparamtable.g.cxx 49 (CJetParam::IllegalSet, jetapi.cxx 5543-5551); GetTransactionLevel 6167-6180.
    const w = world();
    expect(w.api.JetSetSystemParameter(null, w.ses, JET_paramTransactionLevel, 0, null)).toBe(InvalidParameter);
    expect(getParam(w.api, w.inst, JET_sesidNil, JET_paramTransactionLevel).rc).toBe(InvalidParameter);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(Success);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(Success);
    expect(trxLevel(w.api, w.inst, w.ses)).toBe(2);
    // an integer parameter read without a box: InvalidParameter (CJetParam::GetInteger 5553-5569)
    expect(w.api.JetGetSystemParameter(w.inst, JET_sesidNil, JET_paramMaxSessions, null, null, 0)).toBe(InvalidParameter);
  });

  it('a bad instance handle in multi-instance mode: InvalidInstance', () => {
    // jetapi.cxx JetSetSystemParameterEx 20492-20499 (ErrJetValidateInstance, 5375-5379).
    const w = world();
    const bogus = out<JET_INSTANCE>(987654 as JET_INSTANCE);
    expect(w.api.JetSetSystemParameter(bogus, JET_sesidNil, JET_paramMaxSessions, 10, null)).toBe(InvalidInstance);
    expect(w.api.JetGetSystemParameter(987654 as JET_INSTANCE, JET_sesidNil, JET_paramMaxSessions, out<number>(), null, 0)).toBe(InvalidInstance);
  });
});

// ===========================================================================================================
// Sessions
// ===========================================================================================================

describe('sessions and contexts', () => {
  it('JetSetSessionContext: the reserved values are checked before "already set"', () => {
    // pib.cxx ErrIsamSetSessionContext 942-952: 0 / ~0 -> InvalidParameter before ErrPIBSetSessionContext.
    const w = world();
    expect(w.api.JetSetSessionContext(w.ses, 42)).toBe(Success);
    expect(w.api.JetSetSessionContext(w.ses, 0)).toBe(InvalidParameter);
    expect(w.api.JetSetSessionContext(w.ses, 43)).toBe(SessionContextAlreadySet);
    expect(w.api.JetEndSession(w.ses, 0)).toBe(SessionInUse);
    expect(w.api.JetResetSessionContext(w.ses)).toBe(Success);
    expect(w.api.JetEndSession(w.ses, 0)).toBe(Success);
  });

  it('JetDupSession: a new session at level 0 while the first is in a transaction', () => {
    // jetapi.cxx JetDupSessionEx 12503-12522: ErrIsamBeginSession on the same instance; pib.cxx: level 0.
    const w = world();
    expect(w.api.JetBeginTransaction(w.ses)).toBe(Success);
    const dup = out<JET_SESID>();
    expect(w.api.JetDupSession(w.ses, dup)).toBe(Success);
    expect(trxLevel(w.api, w.inst, dup.value)).toBe(0);
    expect(w.api.JetCommitTransaction(dup.value, 0)).toBe(NotInTransaction);
  });

  it('JetEndSession with a transaction and an open database: Success, the database can then be detached', () => {
    // tm.cxx ErrIsamEndSession 97-195: rollback all, ErrDBCloseAllDBs, free.
    const w = world();
    create(w.api, w.ses, 'end.edb');
    expect(w.api.JetBeginTransaction(w.ses)).toBe(Success);
    expect(w.api.JetEndSession(w.ses, 0)).toBe(Success);
    const s2 = begin(w.api, w.inst);
    expect(w.api.JetDetachDatabase(s2, 'end.edb')).toBe(Success);
  });
});

// ===========================================================================================================
// Transactions
// ===========================================================================================================

describe('JetBeginTransaction / 2 / 3', () => {
  it('level 7 is the deepest; the 8th begin is TransTooDeep and changes nothing', () => {
    // tm.cxx ErrIsamBeginTransaction 1706-1732 (levelUserMost 7).
    const w = world();
    for (let i = 0; i < 7; i++) expect(w.api.JetBeginTransaction(w.ses)).toBe(Success);
    expect(w.api.JetBeginTransaction2(w.ses, JET_bitTransactionReadOnly)).toBe(TransTooDeep);
    expect(trxLevel(w.api, w.inst, w.ses)).toBe(7);
    expect(w.api.JetRollback(w.ses, JET_bitRollbackAll)).toBe(Success);
    expect(trxLevel(w.api, w.inst, w.ses)).toBe(0);
  });

  it('unknown grbits are masked off, not rejected', () => {
    // tm.cxx 1719-1723: grbit & JET_bitTransactionReadOnly.
    const w = world();
    expect(w.api.JetBeginTransaction2(w.ses, 0xfffffffe)).toBe(Success);
    expect(w.api.JetBeginTransaction3(w.ses, 77, 0x80000000)).toBe(Success);
    expect(trxLevel(w.api, w.inst, w.ses)).toBe(2);
  });
});

describe('JetCommitTransaction / 2', () => {
  it('at level 0: the flush-only grbits succeed, the others are NotInTransaction, bad bits InvalidGrbit', () => {
    // tm.cxx ErrIsamCommitTransaction 1765-1768 (mask), 1772-1784 ForceNewLog alone, 1788-1799 WaitAll alone,
    // 1804-1830 WaitLast alone (Success with no earlier commit), 1832-1835 NotInTransaction.
    const w = world();
    const c = (g: number): number => w.api.JetCommitTransaction(w.ses, g);
    expect(c(JET_bitWaitLastLevel0Commit)).toBe(Success);
    expect(c(JET_bitWaitAllLevel0Commit)).toBe(Success);
    expect(c(JET_bitForceNewLog)).toBe(Success);
    expect(c(0)).toBe(NotInTransaction);
    expect(c(JET_bitCommitLazyFlush)).toBe(NotInTransaction);
    expect(c(JET_bitCommitRedoCallback)).toBe(NotInTransaction);
    expect(c(JET_bitCommitLazyFlush | JET_bitCommitRedoCallback)).toBe(NotInTransaction);
    expect(c(0x4)).toBe(InvalidGrbit);
    expect(c(0x40)).toBe(InvalidGrbit);
    expect(c(JET_bitForceNewLog | JET_bitWaitAllLevel0Commit)).toBe(InvalidGrbit);
    expect(c(JET_bitWaitAllLevel0Commit | JET_bitWaitLastLevel0Commit)).toBe(InvalidGrbit);
    expect(c(JET_bitWaitLastLevel0Commit | JET_bitCommitLazyFlush)).toBe(InvalidGrbit);
    expect(c(JET_bitForceNewLog | JET_bitCommitRedoCallback)).toBe(InvalidGrbit);
  });

  it('the flush-only grbits inside a transaction commit nothing', () => {
    // tm.cxx 1772-1830: each returns before the level test and before ErrDIRCommitTransaction.
    const w = world();
    expect(w.api.JetBeginTransaction(w.ses)).toBe(Success);
    expect(w.api.JetCommitTransaction(w.ses, JET_bitWaitLastLevel0Commit)).toBe(Success);
    expect(w.api.JetCommitTransaction(w.ses, JET_bitWaitAllLevel0Commit)).toBe(Success);
    expect(w.api.JetCommitTransaction(w.ses, JET_bitForceNewLog)).toBe(Success);
    expect(trxLevel(w.api, w.inst, w.ses)).toBe(1);
    expect(w.api.JetCommitTransaction(w.ses, JET_bitCommitRedoCallback)).toBe(Success);
    expect(trxLevel(w.api, w.inst, w.ses)).toBe(0);
  });

  it('JetCommitTransaction2: a durable-commit time needs lazy flush; NotInTransaction comes first at level 0', () => {
    // tm.cxx 1832-1835 before dir.cxx ErrDIRCommitTransaction 1915-1925 (fLazyCommit from the grbit or the
    // session's grbitCommitDefault).
    const w = world();
    expect(w.api.JetCommitTransaction2(w.ses, 0, 100, null)).toBe(NotInTransaction);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(Success);
    expect(w.api.JetCommitTransaction2(w.ses, 0, 100, null)).toBe(InvalidParameter);
    expect(trxLevel(w.api, w.inst, w.ses)).toBe(1);
    expect(w.api.JetCommitTransaction2(w.ses, JET_bitCommitLazyFlush, 100, null)).toBe(Success);
    expect(trxLevel(w.api, w.inst, w.ses)).toBe(0);
  });
});

describe('JetRollback', () => {
  it('the grbit is checked before the level; RedoCallback alone is a valid grbit', () => {
    // jetapi.cxx JetRollbackEx 9650-9653 before tm.cxx ErrIsamRollback 1896-1899.
    const w = world();
    expect(w.api.JetRollback(w.ses, 0x2)).toBe(InvalidGrbit);
    expect(w.api.JetRollback(w.ses, JET_bitRollbackRedoCallback)).toBe(NotInTransaction);
    expect(w.api.JetRollback(w.ses, JET_bitRollbackAll)).toBe(NotInTransaction);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(Success);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(Success);
    expect(w.api.JetRollback(w.ses, 0x40 | JET_bitRollbackAll)).toBe(InvalidGrbit);
    expect(trxLevel(w.api, w.inst, w.ses)).toBe(2);
    expect(w.api.JetRollback(w.ses, JET_bitRollbackRedoCallback)).toBe(Success);
    expect(trxLevel(w.api, w.inst, w.ses)).toBe(1);
  });
});

// ===========================================================================================================
// Databases
// ===========================================================================================================

describe('JetCreateDatabase / 2', () => {
  it('InTransaction is checked before the name', () => {
    // db.cxx ErrDBCreateDatabase 1698-1701 (level) before 1757-1760 (empty name).
    const w = world();
    const d = out<JET_DBID>();
    expect(w.api.JetCreateDatabase(w.ses, '', null, d, 0)).toBe(DatabaseInvalidPath);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(Success);
    expect(w.api.JetCreateDatabase(w.ses, '', null, d, 0)).toBe(InTransaction);
    expect(w.api.JetCreateDatabase(w.ses, 'x.edb', null, d, JET_bitDbVersioningOff)).toBe(InTransaction);
  });

  it('JET_bitDbVersioningOff without JET_bitDbRecoveryOff: CannotDisableVersioning; with it: Success', () => {
    // db.cxx ErrDBCreateDatabase 1708-1714.
    const w = world();
    const d = out<JET_DBID>();
    expect(w.api.JetCreateDatabase(w.ses, 'nv1.edb', null, d, JET_bitDbVersioningOff)).toBe(CannotDisableVersioning);
    expect(w.api.JetCreateDatabase2(w.ses, 'nv2.edb', 0, d, JET_bitDbVersioningOff | JET_bitDbRecoveryOff)).toBe(Success);
  });

  it('CannotDisableVersioning is checked before the empty name', () => {
    // db.cxx ErrDBCreateDatabase 1708-1714 before 1757-1760.
    const w = world();
    const d = out<JET_DBID>();
    expect(w.api.JetCreateDatabase(w.ses, '', null, d, JET_bitDbVersioningOff)).toBe(CannotDisableVersioning);
  });

  it('a name attached here is DatabaseDuplicate even with OverwriteExisting; a detached file is overwritten', () => {
    // db.cxx 1779-1796: FMP::ErrNewAndWriteLatch -> wrnDatabaseAttached -> DatabaseDuplicate, before the file
    // check 1827-1846 where OverwriteExisting applies.
    const w = world();
    create(w.api, w.ses, 'dup.edb');
    const d = out<JET_DBID>();
    expect(w.api.JetCreateDatabase(w.ses, 'dup.edb', null, d, JET_bitDbOverwriteExisting)).toBe(DatabaseDuplicate);
    makeFile(w.api, w.ses, 'file.edb');
    expect(w.api.JetCreateDatabase(w.ses, 'file.edb', null, d, 0)).toBe(DatabaseDuplicate);
    expect(w.api.JetCreateDatabase(w.ses, 'file.edb', null, d, JET_bitDbOverwriteExisting)).toBe(Success);
  });
});

describe('JetAttachDatabase / 2', () => {
  it('order: InTransaction, empty name, then the file; already attached is wrnDatabaseAttached', () => {
    // db.cxx ErrIsamAttachDatabase 4080-4081 (level), 4086-4087 (empty name), ErrUtilPathComplete 4100-4106
    // (FileNotFound), FMP::ErrNewAndWriteLatch (fmp.cxx 1198-1207: wrnDatabaseAttached).
    const w = world();
    expect(w.api.JetAttachDatabase(w.ses, '', 0)).toBe(DatabaseInvalidPath);
    expect(w.api.JetAttachDatabase(w.ses, 'missing.edb', 0)).toBe(FileNotFound);
    create(w.api, w.ses, 'att.edb');
    expect(w.api.JetAttachDatabase2(w.ses, 'att.edb', 0, 0)).toBe(wrnDatabaseAttached);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(Success);
    expect(w.api.JetAttachDatabase(w.ses, '', 0)).toBe(InTransaction);
    expect(w.api.JetAttachDatabase(w.ses, 'att.edb', 0)).toBe(InTransaction);
    expect(w.api.JetAttachDatabase(w.ses, 'att.edb', JET_bitDbVersioningOff)).toBe(InTransaction);
  });

  it('JET_bitDbVersioningOff is CannotDisableVersioning, RecoveryOff or not, attached or not', () => {
    // db.cxx ErrIsamAttachDatabase 4083-4084 (no RecoveryOff exception on attach).
    const w = world();
    makeFile(w.api, w.ses, 'nv.edb');
    expect(w.api.JetAttachDatabase(w.ses, 'nv.edb', JET_bitDbVersioningOff)).toBe(CannotDisableVersioning);
    expect(w.api.JetAttachDatabase(w.ses, 'nv.edb', JET_bitDbVersioningOff | JET_bitDbRecoveryOff)).toBe(CannotDisableVersioning);
    create(w.api, w.ses, 'att2.edb');
    expect(w.api.JetAttachDatabase(w.ses, 'att2.edb', JET_bitDbVersioningOff)).toBe(CannotDisableVersioning);
  });

  it('CannotDisableVersioning is checked before the empty name', () => {
    // db.cxx ErrIsamAttachDatabase 4083-4084 before 4086-4087.
    const w = world();
    expect(w.api.JetAttachDatabase(w.ses, '', JET_bitDbVersioningOff)).toBe(CannotDisableVersioning);
  });

  it('JET_bitDbDeleteUnicodeIndexes with JET_bitDbReadOnly: InvalidGrbit, before the file is looked for', () => {
    // db.cxx ErrIsamAttachDatabase 4089-4093 before ErrUtilPathComplete 4100-4106.
    const w = world();
    makeFile(w.api, w.ses, 'du.edb');
    expect(w.api.JetAttachDatabase(w.ses, 'du.edb', JET_bitDbDeleteUnicodeIndexes | JET_bitDbReadOnly)).toBe(InvalidGrbit);
    expect(w.api.JetAttachDatabase(w.ses, 'missing.edb', JET_bitDbDeleteUnicodeIndexes | JET_bitDbReadOnly)).toBe(InvalidGrbit);
  });
});

describe('JetOpenDatabase / JetCloseDatabase', () => {
  it('a read-only attachment opened without JET_bitDbReadOnly: Success (the warning does not leave ErrIsamOpenDatabase)', () => {
    // db.cxx ErrDBOpenDatabase 6068-6069 sets err = wrnFileOpenReadOnly and returns it, but ErrIsamOpenDatabase
    // 5922 takes it through CallR (error.hxx 599-607: continues on a warning) and ends with `return JET_errSuccess`
    // (5988); jetapi.cxx JetOpenDatabaseEx 12748-12756 hands that result back as is.
    const w = world();
    makeFile(w.api, w.ses, 'ro.edb');
    expect(w.api.JetAttachDatabase(w.ses, 'ro.edb', JET_bitDbReadOnly)).toBe(Success);
    const d = out<JET_DBID>();
    expect(w.api.JetOpenDatabase(w.ses, 'ro.edb', null, d, 0)).toBe(Success);
    expect(w.api.JetOpenDatabase(w.ses, 'ro.edb', null, d, JET_bitDbReadOnly)).toBe(Success);
  });

  it('DatabaseLocked (exclusive elsewhere) before DatabaseInUse; an exclusive open over the caller\'s own open is DatabaseInUse', () => {
    // db.cxx ErrDBOpenDatabase 6071-6083.
    const w = world();
    const d = create(w.api, w.ses, 'ex.edb');
    const other = begin(w.api, w.inst);
    const od = out<JET_DBID>();
    expect(w.api.JetOpenDatabase(other, 'ex.edb', null, od, JET_bitDbExclusive)).toBe(DatabaseInUse);
    expect(w.api.JetCloseDatabase(w.ses, d, 0)).toBe(Success);
    expect(w.api.JetOpenDatabase(other, 'ex.edb', null, od, JET_bitDbExclusive)).toBe(Success);
    const d2 = out<JET_DBID>();
    expect(w.api.JetOpenDatabase(w.ses, 'ex.edb', null, d2, JET_bitDbExclusive)).toBe(DatabaseLocked);
    expect(w.api.JetOpenDatabase(w.ses, 'ex.edb', null, d2, 0)).toBe(DatabaseLocked);
    expect(w.api.JetOpenDatabase(other, 'ex.edb', null, od, 0)).toBe(Success);
    expect(w.api.JetOpenDatabase(other, 'ex.edb', null, od, JET_bitDbExclusive)).toBe(DatabaseInUse);
  });

  it('OneDatabasePerSession: an unknown name is DatabaseNotFound first; the same database may be opened again', () => {
    // db.cxx ErrDBOpenDatabase: ErrWriteLatchByNameWsz (6040-6044, fmp.cxx 829-870: DatabaseNotFound) before the
    // OneDatabasePerSession test 6048-6054, which excludes the database being opened (fmp.hxx FSomeDatabaseOpen).
    const w = world([[JET_paramOneDatabasePerSession, 1]]);
    create(w.api, w.ses, 'one.edb');
    makeFile(w.api, begin(w.api, w.inst), 'two.edb');
    const s2 = begin(w.api, w.inst);
    expect(w.api.JetAttachDatabase(s2, 'two.edb', 0)).toBe(Success);
    const d = out<JET_DBID>();
    expect(w.api.JetOpenDatabase(w.ses, 'nowhere.edb', null, d, 0)).toBe(DatabaseNotFound);
    expect(w.api.JetOpenDatabase(w.ses, 'one.edb', null, d, 0)).toBe(Success);
    expect(w.api.JetOpenDatabase(w.ses, 'two.edb', null, d, 0)).toBe(OneDatabasePerSession);
  });

  it('JetCloseDatabase of a dbid the session does not have open: InvalidDatabaseId', () => {
    // jetapi.cxx APICALL_SESID::FEnter(sesid, dbid) 4293-4323, pib.hxx ErrPIBCheckIfmp 1199-1201.
    const w = world();
    const d = create(w.api, w.ses, 'c.edb');
    const other = begin(w.api, w.inst);
    expect(w.api.JetCloseDatabase(other, d, 0)).toBe(InvalidDatabaseId);
    expect(w.api.JetCloseDatabase(w.ses, d, 0)).toBe(Success);
    expect(w.api.JetCloseDatabase(w.ses, d, 0)).toBe(InvalidDatabaseId);
  });
});

describe('JetDetachDatabase / 2', () => {
  it('JET_bitForceDetach on an attached database: ForceDetachNotAllowed, nothing detached', () => {
    // jetapi.cxx JetDetachDatabaseEx 16911-16921: checked right after the gate; ErrIsamDetachDatabase never runs.
    const w = world();
    makeFile(w.api, w.ses, 'fd.edb');
    expect(w.api.JetAttachDatabase(w.ses, 'fd.edb', 0)).toBe(Success);
    expect(w.api.JetDetachDatabase2(w.ses, 'fd.edb', JET_bitForceDetach)).toBe(ForceDetachNotAllowed);
    expect(w.api.JetAttachDatabase(w.ses, 'fd.edb', 0)).toBe(wrnDatabaseAttached);
  });

  it('JET_bitForceDetach wins over InTransaction and over an unknown name', () => {
    // jetapi.cxx JetDetachDatabaseEx 16911-16921 before db.cxx ErrIsamDetachDatabase 5371-5374 / 5406-5411.
    const w = world();
    expect(w.api.JetDetachDatabase2(w.ses, 'nothing.edb', JET_bitForceDetach)).toBe(ForceDetachNotAllowed);
    expect(w.api.JetDetachDatabase2(w.ses, null, 0x3)).toBe(ForceDetachNotAllowed);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(Success);
    expect(w.api.JetDetachDatabase2(w.ses, 'nothing.edb', JET_bitForceDetach)).toBe(ForceDetachNotAllowed);
    expect(w.api.JetDetachDatabase2(w.ses, 'nothing.edb', 0)).toBe(InTransaction);
  });

  it('detach-all stops at the first database in use: those before it are already detached', () => {
    // db.cxx ErrIsamDetachAllDatabase 5318-5351 walks dbid 1.. and Calls ErrIsamDetachDatabase for each; the
    // first DatabaseInUse (5493-5496) ends the walk, the earlier detaches stay done.
    const w = world();
    makeFile(w.api, w.ses, 'first.edb');
    expect(w.api.JetAttachDatabase(w.ses, 'first.edb', 0)).toBe(Success);   // dbid slot 1, not open
    create(w.api, w.ses, 'second.edb');                                       // slot 2, open by the creator
    makeFile(w.api, w.ses, 'third.edb');
    expect(w.api.JetAttachDatabase(w.ses, 'third.edb', 0)).toBe(Success);   // slot 3, not open
    expect(w.api.JetDetachDatabase(w.ses, null)).toBe(DatabaseInUse);
    expect(w.api.JetAttachDatabase(w.ses, 'first.edb', 0)).toBe(Success);
    expect(w.api.JetAttachDatabase(w.ses, 'third.edb', 0)).toBe(wrnDatabaseAttached);
  });

  it('DatabaseInUse while another session has it open; DatabaseNotFound for a file not attached', () => {
    // db.cxx ErrIsamDetachDatabase 5493-5501 (CPin before FAttached); fmp.cxx ErrWriteLatchByNameWsz /
    // ErrResolveByNameWsz: DatabaseNotFound for a name with no FMP.
    const w = world();
    create(w.api, w.ses, 'used.edb');
    const other = begin(w.api, w.inst);
    expect(w.api.JetDetachDatabase(other, 'used.edb')).toBe(DatabaseInUse);
    expect(w.api.JetDetachDatabase(other, 'never.edb')).toBe(DatabaseNotFound);
    makeFile(w.api, other, 'plain.edb');
    expect(w.api.JetDetachDatabase(other, 'plain.edb')).toBe(DatabaseNotFound);
  });
});

describe('JetGetDatabaseInfo', () => {
  it('per-level size checks (info.cxx ErrIsamGetDatabaseInfo 4059-4290)', () => {
    const w = world();
    const d = create(w.api, w.ses, 'info.edb');
    // Connect: cbMax < 1 -> BufferTooSmall (4112-4119)
    expect(dbInfo(w, d, 0, JET_DbInfoConnect).rc).toBe(BufferTooSmall);
    expect(dbInfo(w, d, 1, JET_DbInfoConnect).rc).toBe(Success);
    // Options: cbMax != 4 -> InvalidBufferSize (4147-4157)
    expect(dbInfo(w, d, 8, JET_DbInfoOptions).rc).toBe(InvalidBufferSize);
    // Transactions with JET_DbInfoUseCachedResult: the bit is removed (4096-4098), levelUserMost 7 (4159-4167)
    expect(dbInfo(w, d, 4, JET_DbInfoTransactions | JET_DbInfoUseCachedResult)).toEqual({ rc: Success, value: 7 });
    // Isam: FeatureNotAvailable whatever the size (4178-4182)
    expect(dbInfo(w, d, 0, JET_DbInfoIsam).rc).toBe(FeatureNotAvailable);
    // PageSize: cbMax != 4 -> BufferTooSmall (4201-4206)
    expect(dbInfo(w, d, 8, JET_DbInfoPageSize).rc).toBe(BufferTooSmall);
    // SpaceOwned: cbMax != 4 -> InvalidBufferSize (4230-4233)
    expect(dbInfo(w, d, 8, JET_DbInfoSpaceOwned).rc).toBe(InvalidBufferSize);
    // Misc: a size that is none of the JET_DBINFOMISC structs -> InvalidBufferSize (4184-4196)
    expect(dbInfo(w, d, 100, JET_DbInfoMisc).rc).toBe(InvalidBufferSize);
    // Filename (A entry point): cbMax must hold the name and its NUL (jetapi.cxx JetGetDatabaseInfoExA 12866-12892,
    // info.cxx 4101-4108)
    expect(dbInfo(w, d, 8, JET_DbInfoFilename).rc).toBe(BufferTooSmall);
    expect(dbInfo(w, d, 9, JET_DbInfoFilename)).toEqual({ rc: Success, value: 'info.edb' });
    // unknown level -> InvalidParameter (4283-4284)
    expect(dbInfo(w, d, 4, 9999).rc).toBe(InvalidParameter);
    // a dbid the session does not have open: the gate's InvalidDatabaseId (jetapi.cxx 4293-4323)
    const other = begin(w.api, w.inst);
    const b = out<number | string>(0);
    expect((w.api.JetGetDatabaseInfo as (...a: unknown[]) => number)(other, d, b, 4, JET_DbInfoTransactions)).toBe(InvalidDatabaseId);
  });
});

describe('JetGetDatabaseFileInfo', () => {
  it('a missing file is FileNotFound whatever the level, before the level is looked at', () => {
    // jetapi.cxx JetGetDatabaseFileInfoEx 12946-12951 (ErrFileFind / ErrNext) before the switch 12955.
    const { api } = createEmulator();
    expect(fileInfo(api, 'none.edb', 4, 9999).rc).toBe(FileNotFound);
    expect(fileInfo(api, 'none.edb', 8, JET_DbInfoFilesize).rc).toBe(FileNotFound);
  });

  it('per-level size checks and unknown levels', () => {
    // jetapi.cxx JetGetDatabaseFileInfoEx: Filesize 8 (12957-12963), Upgrade 28 then cbStruct (12977-12989),
    // Misc / PageSize / FileType sizes (13065-13080), DBInUse 4 (13158-13162), default InvalidParameter (13190).
    const w = world();
    create(w.api, w.ses, 'fi.edb');
    expect(fileInfo(w.api, 'fi.edb', 4, JET_DbInfoFilesize).rc).toBe(InvalidBufferSize);
    expect(fileInfo(w.api, 'fi.edb', 27, JET_DbInfoUpgrade, { cbStruct: 28 }).rc).toBe(InvalidBufferSize);
    expect(fileInfo(w.api, 'fi.edb', 28, JET_DbInfoUpgrade, { cbStruct: 0 }).rc).toBe(InvalidParameter);
    expect(fileInfo(w.api, 'fi.edb', 8, JET_DbInfoFileType).rc).toBe(InvalidBufferSize);
    expect(fileInfo(w.api, 'fi.edb', 4, JET_DbInfoFileType)).toEqual({ rc: Success, value: 1 });
    expect(fileInfo(w.api, 'fi.edb', 8, JET_DbInfoPageSize).rc).toBe(InvalidBufferSize);
    expect(fileInfo(w.api, 'fi.edb', 8, JET_DbInfoDBInUse).rc).toBe(InvalidBufferSize);
    expect(fileInfo(w.api, 'fi.edb', 4, JET_DbInfoDBInUse)).toEqual({ rc: Success, value: 1 });
    expect(fileInfo(w.api, 'fi.edb', 100, JET_DbInfoMisc).rc).toBe(InvalidBufferSize);
    expect(fileInfo(w.api, 'fi.edb', 4, JET_DbInfoTransactions).rc).toBe(InvalidParameter);
    expect(fileInfo(w.api, 'fi.edb', 4, JET_DbInfoFilename).rc).toBe(InvalidParameter);
    expect(fileInfo(w.api, 'fi.edb', 4, JET_DbInfoPageSize | JET_DbInfoUseCachedResult).rc).toBe(InvalidParameter);
  });
});
