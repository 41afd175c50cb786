/**
 * System parameters esemu does not model still read back the default esent.dll starts with. The expected values are
 * written here from the engine's parameter table (dev/ese/src/ese/sysparamtable.g.cxx, the row's last default:
 * jetapi.cxx starts from JET_configDefault, `g_config = JET_configDefault` 6688, and each two-default macro puts its
 * second value in m_valueCurrent, 7368-7411), not read from data/param-defaults.tsv.
 */
import {
  createEmulator, out, JET_errInvalidParameter, JET_errSuccess, JET_paramBaseName, JET_paramCachePriority,
  JET_paramCheckpointDepthMax, JET_paramCircularLog, JET_paramConfiguration, JET_paramDatabasePageSize,
  JET_paramDbExtensionSize, JET_paramEnableIndexChecking, JET_paramLogBuffers, JET_paramLogFileSize, JET_paramLogFilePath,
  JET_paramPreferredVerPages, JET_paramRecovery, JET_paramSystemPath, JET_paramTempPath, JET_paramEventSource,
  JET_sesparamCachePriority, JET_bitIdleStatus, JET_paramMaxVerPages, JET_errAlreadyInitialized, JET_paramCacheSizeMax,
  JET_paramKeyMost,
} from '../src';
import type { JET_INSTANCE, JET_SESID, JetApi } from '../src';

const noSes = 0 as JET_SESID;

function made(): { api: JetApi; inst: JET_INSTANCE } {
  const api = createEmulator().api;
  const box = out<JET_INSTANCE>();
  expect(api.JetCreateInstance(box, 'd')).toBe(JET_errSuccess);
  return { api, inst: box.value };
}

function number(api: JetApi, inst: JET_INSTANCE, id: number): number {
  const n = out<number>(-1);
  expect(api.JetGetSystemParameter(inst, noSes, id, n, null, 0)).toBe(JET_errSuccess);
  return n.value;
}

function text(api: JetApi, inst: JET_INSTANCE, id: number): string {
  const s = out<string>('?');
  expect(api.JetGetSystemParameter(inst, noSes, id, null, s, 256)).toBe(JET_errSuccess);
  return s.value;
}

describe('system parameter defaults', () => {
  it('numbers: each as the parameter table sets it', () => {
    const { api, inst } = made();
    // sysparamtable.g.cxx: LogFileSize 22 (64 small, 5120), LogBuffers 23 (1, 126), CircularLog 28 (0),
    // DbExtensionSize 29 (16, 256), CheckpointDepthMax 35 (20 MB), EnableIndexChecking 56, PreferredVerPages 74 (58),
    // DatabasePageSize 80 (g_cbPageDefault 4096, daedef.hxx), Configuration 145 (JET_configDefault 1),
    // CachePriority 193 (g_pctCachePriorityDefault 100).
    expect(number(api, inst, JET_paramLogFileSize)).toBe(5120);
    expect(number(api, inst, JET_paramLogBuffers)).toBe(126);
    expect(number(api, inst, JET_paramCircularLog)).toBe(0);
    expect(number(api, inst, JET_paramDbExtensionSize)).toBe(256);
    expect(number(api, inst, JET_paramCheckpointDepthMax)).toBe(20 * 1024 * 1024);
    expect(number(api, inst, JET_paramEnableIndexChecking)).toBe(1);
    expect(number(api, inst, JET_paramPreferredVerPages)).toBe(58);
    expect(number(api, inst, JET_paramDatabasePageSize)).toBe(4096);
    expect(number(api, inst, JET_paramConfiguration)).toBe(1);
    expect(number(api, inst, JET_paramCachePriority)).toBe(100);
  });

  it('strings: the folders, the base name, recovery "on", an empty event source', () => {
    const { api, inst } = made();
    // sysparamtable.g.cxx 11-15 (SystemPath, TempPath, LogFilePath, BaseName, EventSource) and 45 (Recovery).
    expect(text(api, inst, JET_paramSystemPath)).toBe('.\\');
    expect(text(api, inst, JET_paramTempPath)).toBe('tmp.edb');
    expect(text(api, inst, JET_paramLogFilePath)).toBe('.\\');
    expect(text(api, inst, JET_paramBaseName)).toBe('edb');
    expect(text(api, inst, JET_paramRecovery)).toBe('on');
    expect(text(api, inst, JET_paramEventSource)).toBe('');
    // A string parameter read into a number alone is InvalidParameter (jetapi.cxx CJetParam::GetString).
    expect(api.JetGetSystemParameter(inst, noSes, JET_paramBaseName, out<number>(0), null, 0)).toBe(JET_errInvalidParameter);
  });

  it('a value set replaces the default, per instance; the defaults reach what reads them', () => {
    const { api, inst } = made();
    expect(api.JetSetSystemParameter(out(inst), noSes, JET_paramLogFileSize, 1024, null)).toBe(JET_errSuccess);
    expect(number(api, inst, JET_paramLogFileSize)).toBe(1024);
    const other = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(other, 'e')).toBe(JET_errSuccess);
    expect(number(api, other.value, JET_paramLogFileSize)).toBe(5120);
    // A session's CachePriority follows the instance's default (tm.cxx ErrIsamGetSessionParameter): 100.
    expect(api.JetInit(out(inst))).toBe(JET_errSuccess);
    const ses = out<JET_SESID>();
    expect(api.JetBeginSession(inst, ses, null, null)).toBe(JET_errSuccess);
    const buf = new Uint8Array(4);
    expect(api.JetGetSessionParameter(ses.value, JET_sesparamCachePriority, buf, 4, null)).toBe(JET_errSuccess);
    expect(new DataView(buf.buffer).getInt32(0, true)).toBe(100);
    // JetIdle's status compares with min(MaxVerPages 64, PreferredVerPages 58) * 0.6 (ver.cxx ErrVERStatus): an
    // empty store is not full.
    expect(number(api, inst, JET_paramMaxVerPages)).toBe(64);
    expect(api.JetIdle(ses.value, JET_bitIdleStatus)).toBe(JET_errSuccess);
  });
});

describe('setting a parameter esemu does not model follows the engine\'s table (jetapi.cxx CJetParam::ValidateSet)', () => {
  it('a number: its range (InvalidParameter), then the instance-init window (AlreadyInitialized); the current value always', () => {
    const { api, inst } = made();
    // sysparamtable.g.cxx 22: JET_paramLogFileSize 64..32768, not after the instance's JetInit.
    expect(api.JetSetSystemParameter(out(inst), noSes, JET_paramLogFileSize, 63, null)).toBe(JET_errInvalidParameter);
    expect(api.JetSetSystemParameter(out(inst), noSes, JET_paramLogFileSize, 32769, null)).toBe(JET_errInvalidParameter);
    // lParam is a ULONG_PTR: -1 is the largest value there is, past 32768.
    expect(api.JetSetSystemParameter(out(inst), noSes, JET_paramLogFileSize, -1, null)).toBe(JET_errInvalidParameter);
    expect(number(api, inst, JET_paramLogFileSize)).toBe(5120);
    expect(api.JetSetSystemParameter(out(inst), noSes, JET_paramLogFileSize, 64, null)).toBe(JET_errSuccess);
    expect(api.JetInit(out(inst))).toBe(JET_errSuccess);
    expect(api.JetSetSystemParameter(out(inst), noSes, JET_paramLogFileSize, 128, null)).toBe(JET_errAlreadyInitialized);
    // ValidateSet 5609-5628: the value it already has succeeds before the window is looked at.
    expect(api.JetSetSystemParameter(out(inst), noSes, JET_paramLogFileSize, 64, null)).toBe(JET_errSuccess);
    // An 'always' parameter (sysparamtable.g.cxx 56: EnableIndexChecking 0..2) is still range-checked after JetInit.
    expect(api.JetSetSystemParameter(out(inst), noSes, JET_paramEnableIndexChecking, 3, null)).toBe(JET_errInvalidParameter);
    expect(api.JetSetSystemParameter(out(inst), noSes, JET_paramEnableIndexChecking, 2, null)).toBe(JET_errSuccess);
    // A range up to ULONG_PTR's largest takes -1 (CacheSizeMax 1..ULONG_PTR max).
    expect(api.JetSetSystemParameter(out(inst), noSes, JET_paramCacheSizeMax, -1, null)).toBe(JET_errSuccess);
    expect(api.JetSetSystemParameter(out(inst), noSes, JET_paramCacheSizeMax, 0, null)).toBe(JET_errInvalidParameter);
  });

  it('a boolean is stored as 0 or 1; a string by its length (BaseName is three characters, NULL counts as empty)', () => {
    const { api, inst } = made();
    // CJetParam::SetBoolean: ValidateSet, then !!value (sysparamtable.g.cxx 28: CircularLog 0..ULONG_PTR max).
    expect(api.JetSetSystemParameter(out(inst), noSes, JET_paramCircularLog, 5, null)).toBe(JET_errSuccess);
    expect(number(api, inst, JET_paramCircularLog)).toBe(1);
    // sysparamtable.g.cxx 14: BaseName's length 3..3; a string parameter reads szParam only (lParam ignored).
    expect(api.JetSetSystemParameter(out(inst), noSes, JET_paramBaseName, 0, 'abcd')).toBe(JET_errInvalidParameter);
    expect(api.JetSetSystemParameter(out(inst), noSes, JET_paramBaseName, 7, null)).toBe(JET_errInvalidParameter);
    expect(api.JetSetSystemParameter(out(inst), noSes, JET_paramBaseName, 0, 'abc')).toBe(JET_errSuccess);
    expect(text(api, inst, JET_paramBaseName)).toBe('abc');
    // A number parameter ignores szParam: it stores lParam.
    expect(api.JetSetSystemParameter(out(inst), noSes, JET_paramLogFileSize, 1024, 'ignored')).toBe(JET_errSuccess);
    expect(number(api, inst, JET_paramLogFileSize)).toBe(1024);
  });

  it('read-only parameters refuse a set; the page size is a power of two, set before any instance', () => {
    const api = createEmulator().api;
    // jetapi.cxx CJetParam::IllegalSet (KeyMost is computed from the page size).
    expect(api.JetSetSystemParameter(null, noSes, JET_paramKeyMost, 500, null)).toBe(JET_errInvalidParameter);
    // SetDatabasePageSize: 4096..32768 (ValidateSet), then a power of two (SetBlockSize); only while no instance
    // exists (fMayNotWriteAfterGlobalInit).
    expect(api.JetSetSystemParameter(null, noSes, JET_paramDatabasePageSize, 2048, null)).toBe(JET_errInvalidParameter);
    expect(api.JetSetSystemParameter(null, noSes, JET_paramDatabasePageSize, 12288, null)).toBe(JET_errInvalidParameter);
    expect(api.JetSetSystemParameter(null, noSes, JET_paramDatabasePageSize, 8192, null)).toBe(JET_errSuccess);
    const box = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(box, 'p')).toBe(JET_errSuccess);
    expect(number(api, box.value, JET_paramDatabasePageSize)).toBe(8192);
    expect(api.JetSetSystemParameter(null, noSes, JET_paramDatabasePageSize, 16384, null)).toBe(JET_errAlreadyInitialized);
  });

  it('JetEnableMultiInstance sets each parameter by the same rules, its err written per entry', () => {
    const api = createEmulator().api;
    // jetapi.cxx JetEnableMultiInstanceEx sets each JET_SETSYSPARAM through the same setter (ValidateSet): LogFileSize
    // 64..32768 refuses 10; a NULL lParam is 0, which CircularLog (a boolean) takes.
    const bad = [{ paramid: JET_paramLogFileSize, lParam: 10, sz: null, err: 0 }];
    expect(api.JetEnableMultiInstance(bad, 1, out<number>())).toBe(JET_errInvalidParameter);
    expect(bad[0].err).toBe(JET_errInvalidParameter);
    const good = [{ paramid: JET_paramLogFileSize, lParam: 2048, sz: null, err: -1 }, { paramid: JET_paramCircularLog, lParam: null, sz: null, err: -1 }];
    const ok = out<number>(0);
    expect(api.JetEnableMultiInstance(good as never, 2, ok)).toBe(JET_errSuccess);
    expect([good[0].err, good[1].err, ok.value]).toEqual([JET_errSuccess, JET_errSuccess, 2]);
    const box = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(box, 'm')).toBe(JET_errSuccess);
    expect(number(api, box.value, JET_paramLogFileSize)).toBe(2048);
  });
});
