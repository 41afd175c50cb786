/**
 * JetIdle, JetGetVersion, JetGetInstanceInfo, JetGetSessionParameter / JetSetSessionParameter and
 * JetIndexRecordCount2, checked against the engine source (microsoft/Extensible-Storage-Engine, dev/ese/src; facts
 * in scratch/specs/sessionInfo.md):
 * - jetapi.cxx JetIdleEx 8898-8915 (JET_VALIDATE_SESID, session gate) -> tm.cxx ErrIsamIdle 229-353: one branch of
 *   Status (version-store status) / grbit 0 or Compact (clean, always wrnNoIdleActivity) / CompactAsync alone
 *   (InvalidGrbit) / WaitForAsyncActivity (wrnRemainingVersions while version buckets are in use); then FlushBuffers
 *   is InvalidGrbit; AvailBuffersStatus only upgrades a Success; unknown bits are ignored.
 * - jetapi.cxx JetGetVersionEx 12154-12226: session gate, then the ESENT layout major << 28 | minor << 24 |
 *   build << 8 | service pack; ManagedEsent reads major = v >> 28, build = (v & 0xFFFFFF) >> 8 and gates the
 *   Windows 10 calls on build >= 9900 (DetermineCapabilities).
 * - jetapi.cxx JetGetInstanceInfoA 22910 -> JetGetInstanceInfoExA 22881 -> io.cxx ErrIsamGetInstanceInfo 2137-2430:
 *   no gate; no instance: 0 and (A form, CAutoINSTANCE_INFOW::ErrGet 22773) an empty array; every allocated
 *   instance (g_rgpinst, filled by ErrNewInst 3682 at JetCreateInstance) in slot order, a new instance taking the
 *   lowest free slot (3546-3552); a NULL or empty name is NULL (INST::FSetInstanceName 2432-2460); databases in
 *   per-instance dbid order (lowest free dbid at attach, fmp.cxx 1266-1281), only attached and logged ones
 *   (FLogOn, io.cxx 2226/2330/2372; off for JET_bitDbRecoveryOff and JET_bitDbReadOnly, db.cxx 1881-1898 /
 *   4444-4470); display names NULL (io.cxx 2388-2389).
 * - jetapi.cxx JetSetSessionParameterEx 24069 (session gate) -> tm.cxx ErrIsamSetSessionParameter 1305-1383 and the
 *   PIB setters (pib.hxx 923-1115, pib.cxx 533-565, trace.cxx ErrCopyDescString 3016-3034);
 *   JetGetSessionParameterEx 24107 (instance gate) -> tm.cxx ErrIsamGetSessionParameter 1401-1680: the size is
 *   written to pcbParamActual before the buffer check; CommitDefault, TransactionLevel and IOPriority need exactly
 *   4 bytes, the fixed-size others at least their size (InvalidBufferSize), strings and the generic commit context
 *   at least their length (BufferTooSmall).
 * - jetapi.cxx JetIndexRecordCount2 17424-17432 calls JetIndexRecordCountEx directly; JetIndexRecordCount goes
 *   through JetIndexRecordCountEx32Bit 17386-17413, which zeroes *pcrec first. dir.cxx ErrDIRIndexRecordCount
 *   1597-1598 zeroes the count when the count starts (both forms).
 */
import {
  createEmulator, out,
  JET_bitCommitLazyFlush, JET_bitDbReadOnly, JET_bitDbRecoveryOff, JET_bitIdleAvailBuffersStatus, JET_bitIdleCompact,
  JET_bitIdleCompactAsync, JET_bitIdleFlushBuffers, JET_bitIdleStatus, JET_bitIdleVersionStoreTest,
  JET_bitIdleWaitForAsyncActivity, JET_bitNewKey, JET_bitRangeInclusive, JET_bitRangeRemove, JET_bitRangeUpperLimit,
  JET_bitSeekGE, JET_bitTTIndexed, JET_bitTTScrollable, JET_errBufferTooSmall, JET_errClientRequestToStopJetService,
  JET_errFeatureNotAvailable, JET_errIllegalOperation, JET_errInvalidBufferSize, JET_errInvalidGrbit,
  JET_errInvalidOperation, JET_errInvalidParameter, JET_errInvalidSesid, JET_errInvalidSesparamId,
  JET_errNoCurrentRecord, JET_errSuccess, JET_IOPriorityLow, JET_IOPriorityLowForCheckpoint,
  JET_IOPriorityLowForScavenge, JET_IOPriorityMarkAsMaintenance, JET_IOPriorityUserClassIdMask, JET_MoveFirst,
  JET_MoveLast, JET_MoveNext, JET_paramCachePriority, JET_paramCommitDefault, JET_paramIOPriority,
  JET_sesparamCachePriority, JET_sesparamClientActionContextDesc, JET_sesparamClientActionDesc,
  JET_sesparamClientActivityId, JET_sesparamClientComponentDesc, JET_sesparamCommitContextContainsCustomerData,
  JET_sesparamCommitContextNeedPreCommitCallback, JET_sesparamCommitDefault, JET_sesparamCommitGenericContext,
  JET_sesparamCorrelationID, JET_sesparamIOPriority, JET_sesparamIOSessTraceFlags, JET_sesparamMaxValueInvalid,
  JET_sesparamOperationContext, JET_sesparamTransactionLevel, JET_wrnBufferTruncated, JET_wrnNoIdleActivity,
  JET_wrnRemainingVersions,
} from '../../src';
import type { Emulator, JetApi, Out, JET_DBID, JET_INSTANCE, JET_SESID, JET_TABLEID } from '../../src';
import { int32, openSort, session, world } from '../support/fixture';
import {
  ascii, createPeople, fill, fromAscii, isam, openTable, PEOPLE, seekInt, self,
} from '../support/isam';
import type { Isam, People } from '../support/isam';

/** esent.h's JET_INSTANCE_INFO as the brief gives it (the A form: char strings). */
interface JET_INSTANCE_INFO {
  hInstanceId: JET_INSTANCE;
  szInstanceName: string | null;
  cDatabases: number;
  szDatabaseFileName: string[];
  szDatabaseDisplayName: string[];
  szDatabaseSLVFileName_Obsolete: null;
}

/** The six calls with esent.h's parameter order. */
interface SessionInfoApi {
  JetIdle(sesid: JET_SESID, grbit: number): number;
  JetGetVersion(sesid: JET_SESID, pwVersion: Out<number>): number;
  JetGetInstanceInfo(pcInstanceInfo: Out<number>, paInstanceInfo: Out<JET_INSTANCE_INFO[]>): number;
  JetGetSessionParameter(sesid: JET_SESID, sesparamid: number, pvParam: Uint8Array | null, cbParamMax: number,
    pcbParamActual: Out<number> | null): number;
  JetSetSessionParameter(sesid: JET_SESID, sesparamid: number, pvParam: Uint8Array | null, cbParam: number): number;
  JetIndexRecordCount2(sesid: JET_SESID, tableid: JET_TABLEID, pcrec: Out<number>, crecMax: number): number;
}

function s(api: JetApi | Isam['api']): SessionInfoApi {
  return api as unknown as SessionInfoApi;
}

// ---- helpers -----------------------------------------------------------------------------------------

/** A session that was ended: no longer a live session of its emulator. */
function endedSession(api: JetApi, inst: JET_INSTANCE): JET_SESID {
  const ses = session(api, inst);
  expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
  return ses;
}

/** JetGetInstanceInfo: Success expected; returns the array (count checked against its length). */
function instances(emu: Emulator): JET_INSTANCE_INFO[] {
  const c = out<number>(-1);
  const a = out<JET_INSTANCE_INFO[]>();
  expect(s(emu.api).JetGetInstanceInfo(c, a)).toBe(JET_errSuccess);
  expect(a.value).toHaveLength(c.value);
  return a.value;
}

function create(emu: Emulator, name: string | null): JET_INSTANCE {
  const inst = out<JET_INSTANCE>();
  expect(emu.api.JetCreateInstance(inst, name)).toBe(JET_errSuccess);
  return inst.value;
}

/** A session parameter read into a buffer of cb bytes: rc, the bytes, the size written. */
function getParam(w: { api: JetApi | Isam['api'] }, ses: JET_SESID, id: number, cb: number, fill = 0xcc):
  { rc: number; buf: Uint8Array; actual: number } {
  const buf = new Uint8Array(cb).fill(fill);
  const actual = out<number>(-1);
  const rc = s(w.api).JetGetSessionParameter(ses, id, buf, cb, actual);
  return { rc, buf, actual: actual.value };
}

/** A DWORD session parameter (4-byte buffer), expecting Success. */
function getDword(w: { api: JetApi | Isam['api'] }, ses: JET_SESID, id: number): number {
  const r = getParam(w, ses, id, 4);
  expect(r.rc).toBe(JET_errSuccess);
  expect(r.actual).toBe(4);
  return new DataView(r.buf.buffer).getUint32(0, true);
}

function dword(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n >>> 0, true);
  return b;
}

function setDword(w: { api: JetApi | Isam['api'] }, ses: JET_SESID, id: number, n: number): number {
  return s(w.api).JetSetSessionParameter(ses, id, dword(n), 4);
}

/** A description string read back: its text (up to the NUL), and the size the call gave. */
function getDesc(w: { api: JetApi | Isam['api'] }, ses: JET_SESID, id: number): { text: string; actual: number } {
  const r = getParam(w, ses, id, 64, 0xee);
  expect(r.rc).toBe(JET_errSuccess);
  const nul = r.buf.indexOf(0);
  expect(nul).toBe(r.actual - 1); // the string and one NUL, nothing more (OSStrCbCopyA)
  expect(r.buf[r.actual]).toBe(0xee);
  return { text: fromAscii(r.buf.slice(0, nul)), actual: r.actual };
}

/** Five people (ids 10..50) and the creator's cursor. */
function five(): { w: Isam; p: People } {
  const w = isam();
  const p = createPeople(w.api, self(w));
  fill(w.api, w.ses, p, [[10, 'a', 1], [20, 'b', 2], [30, 'c', 3], [40, 'd', 4], [50, 'e', 5]]);
  return { w, p };
}

function count2(w: Isam, tableid: JET_TABLEID, max: number): number {
  const n = out<number>(-1);
  expect(s(w.api).JetIndexRecordCount2(w.ses, tableid, n, max)).toBe(JET_errSuccess);
  return n.value;
}

// ---- JetIdle -------------------------------------------------------------------------------------------

describe('JetIdle', () => {
  // tm.cxx ErrIsamIdle 255-267: grbit 0 or Compact cleans the version store and answers wrnNoIdleActivity, always;
  // CompactAsync with Compact only picks the background cleanup; unknown bits do not stop the branch.
  it('grbit 0 and JET_bitIdleCompact (with CompactAsync or unknown bits) answer wrnNoIdleActivity', () => {
    const w = world();
    const idle = (g: number) => s(w.api).JetIdle(w.ses, g);
    expect(idle(0)).toBe(JET_wrnNoIdleActivity);
    expect(idle(JET_bitIdleCompact)).toBe(JET_wrnNoIdleActivity);
    expect(idle(JET_bitIdleCompact | JET_bitIdleCompactAsync)).toBe(JET_wrnNoIdleActivity);
    expect(idle(JET_bitIdleCompact | 0x80)).toBe(JET_wrnNoIdleActivity);
    // 342-350: AvailBuffersStatus only replaces a Success, so the warning stays
    expect(idle(JET_bitIdleCompact | JET_bitIdleAvailBuffersStatus)).toBe(JET_wrnNoIdleActivity);
    // the else-if chain: Compact is tested before WaitForAsyncActivity
    expect(idle(JET_bitIdleCompact | JET_bitIdleWaitForAsyncActivity)).toBe(JET_wrnNoIdleActivity);
  });

  // tm.cxx 268-271: CompactAsync without Compact is InvalidGrbit; 337-341: FlushBuffers is InvalidGrbit whatever
  // the first step answered.
  it('CompactAsync alone and any grbit with FlushBuffers answer InvalidGrbit', () => {
    const w = world();
    const idle = (g: number) => s(w.api).JetIdle(w.ses, g);
    expect(idle(JET_bitIdleCompactAsync)).toBe(JET_errInvalidGrbit);
    expect(idle(JET_bitIdleFlushBuffers)).toBe(JET_errInvalidGrbit);
    expect(idle(JET_bitIdleFlushBuffers | JET_bitIdleCompact)).toBe(JET_errInvalidGrbit);
    expect(idle(JET_bitIdleFlushBuffers | JET_bitIdleStatus)).toBe(JET_errInvalidGrbit);
    expect(idle(JET_bitIdleFlushBuffers | JET_bitIdleWaitForAsyncActivity)).toBe(JET_errInvalidGrbit);
    expect(idle(JET_bitIdleFlushBuffers | JET_bitIdleAvailBuffersStatus)).toBe(JET_errInvalidGrbit);
  });

  // tm.cxx 248-254: Status is the first branch (ver.cxx ErrVERStatus: wrnIdleFull only past 60 % of the version
  // store), so Compact and CompactAsync next to it are not looked at (no InvalidGrbit for Status | CompactAsync).
  it('JET_bitIdleStatus answers Success on an idle instance and hides the Compact / CompactAsync bits', () => {
    const w = world();
    const idle = (g: number) => s(w.api).JetIdle(w.ses, g);
    expect(idle(JET_bitIdleStatus)).toBe(JET_errSuccess);
    expect(idle(JET_bitIdleStatus | JET_bitIdleCompactAsync)).toBe(JET_errSuccess);
    expect(idle(JET_bitIdleStatus | JET_bitIdleCompact)).toBe(JET_errSuccess);
  });

  // tm.cxx: no branch takes 0x80 / 0x100 / 0x20 alone (first step Success); VersionStoreTest 0x8 exists only in
  // non-RTM builds (233-244); AvailBuffersStatus (bf.cxx ErrBFCheckMaintAvailPoolStatus) is Success with buffers.
  it('unknown bits, VersionStoreTest and AvailBuffersStatus alone answer Success, not wrnNoIdleActivity', () => {
    const w = world();
    const idle = (g: number) => s(w.api).JetIdle(w.ses, g);
    expect(idle(0x80)).toBe(JET_errSuccess);
    expect(idle(0x100)).toBe(JET_errSuccess);
    expect(idle(0x80000000)).toBe(JET_errSuccess);
    expect(idle(JET_bitIdleVersionStoreTest)).toBe(JET_errSuccess);
    expect(idle(JET_bitIdleAvailBuffersStatus)).toBe(JET_errSuccess);
  });

  // tm.cxx 272-322: WaitForAsyncActivity answers wrnRemainingVersions while any version bucket is in use (an RCE of
  // an open transaction's change), else Success. Beginning a transaction makes no RCE.
  it('JET_bitIdleWaitForAsyncActivity: Success with no change pending, wrnRemainingVersions during an open change', () => {
    const w = world();
    expect(s(w.api).JetIdle(w.ses, JET_bitIdleWaitForAsyncActivity)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(s(w.api).JetIdle(w.ses, JET_bitIdleWaitForAsyncActivity)).toBe(JET_errSuccess);

    const x = isam();
    const p = createPeople(x.api, self(x), true);
    const t = openTable(x.api, self(x), PEOPLE);
    expect(x.api.JetBeginTransaction(x.ses)).toBe(JET_errSuccess);
    fill(x.api, x.ses, { ...p, tableid: t }, [[1, 'one', 1]]);
    expect(s(x.api).JetIdle(x.ses, JET_bitIdleWaitForAsyncActivity)).toBe(JET_wrnRemainingVersions);
  });

  // Nothing in ErrIsamIdle looks at the transaction level: the answers are the same inside a transaction.
  it('inside a transaction the answers are the same', () => {
    const w = world();
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(s(w.api).JetIdle(w.ses, 0)).toBe(JET_wrnNoIdleActivity);
    expect(s(w.api).JetIdle(w.ses, JET_bitIdleStatus)).toBe(JET_errSuccess);
    expect(s(w.api).JetIdle(w.ses, JET_bitIdleCompactAsync)).toBe(JET_errInvalidGrbit);
    // and it leaves the transactions alone
    expect(getDword(w, w.ses, JET_sesparamTransactionLevel)).toBe(2);
  });

  // jetapi.cxx JetIdle: JET_VALIDATE_SESID then APICALL_SESID::FEnter (stop checked: not a clean-up call),
  // before the grbit is looked at.
  it('the session gate comes first: InvalidSesid, ClientRequestToStopJetService (even for a bad grbit)', () => {
    const w = world();
    const gone = endedSession(w.api, w.inst);
    expect(s(w.api).JetIdle(gone, 0)).toBe(JET_errInvalidSesid);
    expect(s(w.api).JetIdle(gone, JET_bitIdleFlushBuffers)).toBe(JET_errInvalidSesid);
    expect(w.api.JetStopServiceInstance(w.inst)).toBe(JET_errSuccess);
    expect(s(w.api).JetIdle(w.ses, 0)).toBe(JET_errClientRequestToStopJetService);
    expect(s(w.api).JetIdle(w.ses, JET_bitIdleCompactAsync)).toBe(JET_errClientRequestToStopJetService);
  });
});

// ---- JetGetVersion ------------------------------------------------------------------------------------

describe('JetGetVersion', () => {
  // jetapi.cxx JetGetVersionEx 12188-12211 (ESENT): major in bits 28-31, minor 24-27, build 8-23, SP 0-7, an
  // unsigned 32-bit value. ManagedEsent (EsentVersion / DetermineCapabilities) reads major = v >> 28 and
  // build = (v & 0xFFFFFF) >> 8 and offers the Windows 10 calls (session parameters) from build 9900.
  it('answers Success with an unsigned 32-bit ESENT version: major in bits 28-31, a Windows 10 build in bits 8-23', () => {
    const w = world();
    const v = out<number>(-1);
    expect(s(w.api).JetGetVersion(w.ses, v)).toBe(JET_errSuccess);
    expect(Number.isInteger(v.value)).toBe(true);
    expect(v.value).toBeGreaterThan(0);
    expect(v.value).toBeLessThan(2 ** 32);
    const major = v.value >>> 28;
    const build = (v.value & 0xffffff) >>> 8;
    expect(major).toBeGreaterThanOrEqual(6);
    expect(major).toBeLessThanOrEqual(15);
    expect(build).toBeGreaterThanOrEqual(9900);
  });

  // The number depends only on the esent.dll image and the OS (DwUtilImage*, DwUtilSystemServicePackNumber).
  it('is the same for every call, session, instance and emulator', () => {
    const read = (api: JetApi, ses: JET_SESID) => {
      const v = out<number>(-1);
      expect(s(api).JetGetVersion(ses, v)).toBe(JET_errSuccess);
      return v.value;
    };
    const w = world();
    const first = read(w.api, w.ses);
    expect(read(w.api, w.ses)).toBe(first);
    expect(read(w.api, session(w.api, w.inst))).toBe(first);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(read(w.api, w.ses)).toBe(first);
    const other = world();
    expect(read(other.api, other.ses)).toBe(first);
  });

  // jetapi.cxx JetGetVersion: JET_VALIDATE_SESID, then APICALL_SESID::FEnter; the output is written only after.
  it('the session gate: InvalidSesid and ClientRequestToStopJetService, the box left alone', () => {
    const w = world();
    const v = out<number>(7);
    expect(s(w.api).JetGetVersion(endedSession(w.api, w.inst), v)).toBe(JET_errInvalidSesid);
    expect(v.value).toBe(7);
    expect(w.api.JetStopServiceInstance(w.inst)).toBe(JET_errSuccess);
    expect(s(w.api).JetGetVersion(w.ses, v)).toBe(JET_errClientRequestToStopJetService);
    expect(v.value).toBe(7);
  });
});

// ---- JetGetInstanceInfo ---------------------------------------------------------------------------------

describe('JetGetInstanceInfo', () => {
  // io.cxx ErrIsamGetInstanceInfo 2191-2196: no instance -> 0 and NULL, Success; the A form (the one esent.h's
  // JetGetInstanceInfo names) then returns a zero-byte allocation (CAutoINSTANCE_INFOW::ErrGet 22773): an empty array.
  it('with no instance: Success, count 0, an empty array', () => {
    const emu = createEmulator();
    const c = out<number>(5);
    const a = out<JET_INSTANCE_INFO[]>();
    expect(s(emu.api).JetGetInstanceInfo(c, a)).toBe(JET_errSuccess);
    expect(c.value).toBe(0);
    expect(a.value).toEqual([]);
  });

  // ErrNewInst (jetapi.cxx 3682-3683) puts the instance in g_rgpinst at JetCreateInstance; ErrIsamGetInstanceInfo
  // lists every g_rgpinst entry, initialized or not. hInstanceId is the handle (io.cxx 2307).
  it('lists a created, not yet initialized instance with its handle, its name and no database', () => {
    const emu = createEmulator();
    const inst = create(emu, 'alpha');
    expect(instances(emu)).toEqual([{
      hInstanceId: inst, szInstanceName: 'alpha', cDatabases: 0, szDatabaseFileName: [], szDatabaseDisplayName: [],
      szDatabaseSLVFileName_Obsolete: null,
    }]);
    expect(emu.api.JetInit(out<JET_INSTANCE>(inst))).toBe(JET_errSuccess);
    const after = instances(emu);
    expect(after.map((i) => [i.hInstanceId, i.szInstanceName, i.cDatabases])).toEqual([[inst, 'alpha', 0]]);
  });

  // io.cxx 2289-2304 walks g_rgpinst by slot; ErrNewInst takes the lowest free slot (jetapi.cxx 3546-3552), so a
  // new instance goes into the slot a terminated one left.
  it('lists instances in slot order: a new instance takes the lowest free slot', () => {
    const emu = createEmulator();
    const a = create(emu, 'a');
    const b = create(emu, 'b');
    expect(emu.api.JetInit(out<JET_INSTANCE>(b))).toBe(JET_errSuccess);
    expect(instances(emu).map((i) => [i.hInstanceId, i.szInstanceName])).toEqual([[a, 'a'], [b, 'b']]);
    expect(emu.api.JetTerm(a)).toBe(JET_errSuccess);
    expect(instances(emu).map((i) => i.szInstanceName)).toEqual(['b']);
    const c = create(emu, 'c');
    expect(instances(emu).map((i) => [i.hInstanceId, i.szInstanceName])).toEqual([[c, 'c'], [b, 'b']]);
    expect(emu.api.JetTerm(b)).toBe(JET_errSuccess);
    expect(emu.api.JetTerm(c)).toBe(JET_errSuccess);
    expect(instances(emu)).toEqual([]);
  });

  // INST::FSetInstanceName (jetapi.cxx 2432-2460) keeps no name for NULL or ""; JetInit's one-instance-mode
  // instance has none (ErrNewInst(&pinst, NULL, NULL, NULL), 21422); the display name is not in the struct.
  it('an unnamed instance reports null; JetCreateInstance2 reports the instance name, not the display name', () => {
    const one = createEmulator();
    const box = out<JET_INSTANCE>(0 as JET_INSTANCE);
    expect(one.api.JetInit(box)).toBe(JET_errSuccess);
    expect(instances(one).map((i) => [i.hInstanceId, i.szInstanceName])).toEqual([[box.value, null]]);

    const multi = createEmulator();
    const unnamed = create(multi, null);
    const named = out<JET_INSTANCE>();
    expect(multi.api.JetCreateInstance2(named, 'real', 'shown', 0)).toBe(JET_errSuccess);
    expect(instances(multi).map((i) => [i.hInstanceId, i.szInstanceName])).toEqual([[unnamed, null], [named.value, 'real']]);

    const empty = createEmulator();
    const e = create(empty, '');
    expect(instances(empty).map((i) => [i.hInstanceId, i.szInstanceName])).toEqual([[e, null]]);
  });

  // io.cxx 2364-2396: the attached databases, file name each, display name NULL ("currently unused").
  // The engine stores the full path (db.cxx ErrUtilPathComplete); esemu has no directory, so only the end is checked.
  it('lists the instance\'s attached databases with their file names and null display names', () => {
    const w = isam('first.edb');
    let info = instances(w.emu);
    expect(info).toHaveLength(1);
    expect(info[0].hInstanceId).toBe(w.inst);
    expect(info[0].cDatabases).toBe(1);
    expect(info[0].szDatabaseFileName).toHaveLength(1);
    expect(info[0].szDatabaseFileName[0].endsWith('first.edb')).toBe(true);
    expect(info[0].szDatabaseDisplayName).toEqual([null]);
    expect(info[0].szDatabaseSLVFileName_Obsolete).toBeNull();
    const dbid = out<JET_DBID>();
    expect(w.api.JetCreateDatabase(w.ses, 'second.edb', null, dbid, 0)).toBe(JET_errSuccess);
    info = instances(w.emu);
    expect(info[0].cDatabases).toBe(2);
    expect(info[0].szDatabaseFileName.map((n) => n.endsWith('first.edb') ? 1 : n.endsWith('second.edb') ? 2 : 0)).toEqual([1, 2]);
    expect(info[0].szDatabaseDisplayName).toEqual([null, null]);
    // the array is a snapshot: a later detach does not change what was returned
    expect(w.api.JetCloseDatabase(w.ses, dbid.value, 0)).toBe(JET_errSuccess);
    expect(w.api.JetDetachDatabase(w.ses, 'second.edb')).toBe(JET_errSuccess);
    expect(info[0].cDatabases).toBe(2);
    expect(instances(w.emu)[0].cDatabases).toBe(1);
  });

  // Per-instance dbids: the lowest free one at attach (fmp.cxx 1266-1281); io.cxx lists by dbid.
  it('orders databases by dbid: a database attached after a detach takes the freed dbid', () => {
    const w = world();
    const a = out<JET_DBID>();
    const b = out<JET_DBID>();
    expect(w.api.JetCreateDatabase(w.ses, 'a.edb', null, a, 0)).toBe(JET_errSuccess);
    expect(w.api.JetCreateDatabase(w.ses, 'b.edb', null, b, 0)).toBe(JET_errSuccess);
    const names = () => instances(w.emu)[0].szDatabaseFileName.map((n) => n.slice(-5));
    expect(names()).toEqual(['a.edb', 'b.edb']);
    expect(w.api.JetCloseDatabase(w.ses, a.value, 0)).toBe(JET_errSuccess);
    expect(w.api.JetDetachDatabase(w.ses, 'a.edb')).toBe(JET_errSuccess);
    expect(names()).toEqual(['b.edb']);
    expect(w.api.JetCreateDatabase(w.ses, 'c.edb', null, out<JET_DBID>(), 0)).toBe(JET_errSuccess);
    expect(names()).toEqual(['c.edb', 'b.edb']);
  });

  // io.cxx 2226/2330/2372 skip a database whose FLogOn is off: JET_bitDbRecoveryOff at create (db.cxx 1881-1898),
  // JET_bitDbReadOnly at attach (db.cxx 4462-4470).
  it('leaves out databases that are not logged: created with DbRecoveryOff, attached read-only', () => {
    const w = world();
    expect(w.api.JetCreateDatabase(w.ses, 'logged.edb', null, out<JET_DBID>(), 0)).toBe(JET_errSuccess);
    expect(w.api.JetCreateDatabase(w.ses, 'nolog.edb', null, out<JET_DBID>(), JET_bitDbRecoveryOff)).toBe(JET_errSuccess);
    const ro = out<JET_DBID>();
    expect(w.api.JetCreateDatabase(w.ses, 'ro.edb', null, ro, 0)).toBe(JET_errSuccess);
    expect(w.api.JetCloseDatabase(w.ses, ro.value, 0)).toBe(JET_errSuccess);
    expect(w.api.JetDetachDatabase(w.ses, 'ro.edb')).toBe(JET_errSuccess);
    expect(w.api.JetAttachDatabase(w.ses, 'ro.edb', JET_bitDbReadOnly)).toBe(JET_errSuccess);
    const info = instances(w.emu)[0];
    expect(info.cDatabases).toBe(1);
    expect(info.szDatabaseFileName).toHaveLength(1);
    expect(info.szDatabaseFileName[0].endsWith('logged.edb')).toBe(true);
  });

  // Each instance lists its own m_mpdbidifmp only.
  it('each instance lists only its own databases', () => {
    const emu = createEmulator();
    const one = create(emu, 'one');
    const two = create(emu, 'two');
    for (const [inst, file] of [[one, 'one.edb'], [two, 'two.edb']] as const) {
      expect(emu.api.JetInit(out<JET_INSTANCE>(inst))).toBe(JET_errSuccess);
      expect(emu.api.JetCreateDatabase(session(emu.api, inst), file, null, out<JET_DBID>(), 0)).toBe(JET_errSuccess);
    }
    const info = instances(emu);
    expect(info.map((i) => [i.szInstanceName, i.cDatabases, i.szDatabaseFileName.map((n) => n.slice(-7))]))
      .toEqual([['one', 1, ['one.edb']], ['two', 1, ['two.edb']]]);
  });

  // JetGetInstanceInfoA has no APICALL: no stop / unavailable / term check.
  it('has no gate: a stopped instance is still listed and the call answers Success', () => {
    const w = world();
    expect(w.api.JetStopServiceInstance(w.inst)).toBe(JET_errSuccess);
    expect(instances(w.emu).map((i) => [i.hInstanceId, i.szInstanceName])).toEqual([[w.inst, 'test']]);
  });

  // io.cxx 2141-2146 and ErrGet 22725-22728: a NULL output is InvalidParameter.
  it('a missing output box is InvalidParameter', () => {
    const w = world();
    const noCount = null as unknown as Out<number>;
    const noArray = null as unknown as Out<JET_INSTANCE_INFO[]>;
    expect(s(w.api).JetGetInstanceInfo(noCount, out<JET_INSTANCE_INFO[]>())).toBe(JET_errInvalidParameter);
    expect(s(w.api).JetGetInstanceInfo(out<number>(), noArray)).toBe(JET_errInvalidParameter);
  });
});

// ---- JetGetSessionParameter / JetSetSessionParameter ------------------------------------------------------

describe('session parameters: defaults and sizes', () => {
  // tm.cxx ErrIsamGetSessionParameter; defaults: tm.cxx ErrIsamBeginSession 72 (CommitDefault from the instance,
  // 0), UserTraceContext() zeroes (trace.hxx 1339-1345), cache priority unassigned -> JET_paramCachePriority 100
  // (daeconst.hxx 142), IOPriority from JET_paramIOPriority 0 (pib.cxx 724-731).
  it('a new session answers the defaults with their sizes', () => {
    const w = world();
    expect(getDword(w, w.ses, JET_sesparamCommitDefault)).toBe(0);
    expect(getDword(w, w.ses, JET_sesparamTransactionLevel)).toBe(0);
    expect(getDword(w, w.ses, JET_sesparamCorrelationID)).toBe(0);
    expect(getDword(w, w.ses, JET_sesparamCachePriority)).toBe(100);
    expect(getDword(w, w.ses, JET_sesparamIOSessTraceFlags)).toBe(0);
    expect(getDword(w, w.ses, JET_sesparamIOPriority)).toBe(0);
    expect(getDword(w, w.ses, JET_sesparamCommitContextContainsCustomerData)).toBe(0);
    expect(getDword(w, w.ses, JET_sesparamCommitContextNeedPreCommitCallback)).toBe(0);
    const oc = getParam(w, w.ses, JET_sesparamOperationContext, 8);
    expect([oc.rc, oc.actual, Array.from(oc.buf)]).toEqual([JET_errSuccess, 8, new Array(8).fill(0)]);
    const guid = getParam(w, w.ses, JET_sesparamClientActivityId, 16);
    expect([guid.rc, guid.actual, Array.from(guid.buf)]).toEqual([JET_errSuccess, 16, new Array(16).fill(0)]);
    for (const id of [JET_sesparamClientComponentDesc, JET_sesparamClientActionDesc, JET_sesparamClientActionContextDesc]) {
      expect(getDesc(w, w.ses, id)).toEqual({ text: '', actual: 1 });
    }
    const ctx = getParam(w, w.ses, JET_sesparamCommitGenericContext, 4);
    expect([ctx.rc, ctx.actual, Array.from(ctx.buf)]).toEqual([JET_errSuccess, 0, [0xcc, 0xcc, 0xcc, 0xcc]]);
  });

  // Each case writes *pcbParamActual first; a NULL pvParam skips the buffer check and the copy.
  it('a null buffer with a size box asks only for the size (cbParamMax not looked at)', () => {
    const w = world();
    const sizes: Array<[number, number]> = [
      [JET_sesparamCommitDefault, 4], [JET_sesparamCommitGenericContext, 0], [JET_sesparamTransactionLevel, 4],
      [JET_sesparamOperationContext, 8], [JET_sesparamCorrelationID, 4], [JET_sesparamCachePriority, 4],
      [JET_sesparamClientComponentDesc, 1], [JET_sesparamClientActionDesc, 1], [JET_sesparamClientActionContextDesc, 1],
      [JET_sesparamClientActivityId, 16], [JET_sesparamIOSessTraceFlags, 4], [JET_sesparamIOPriority, 4],
      [JET_sesparamCommitContextContainsCustomerData, 4], [JET_sesparamCommitContextNeedPreCommitCallback, 4],
    ];
    for (const [id, size] of sizes) {
      const actual = out<number>(-1);
      expect([id, s(w.api).JetGetSessionParameter(w.ses, id, null, 0, actual), actual.value]).toEqual([id, JET_errSuccess, size]);
      const again = out<number>(-1);
      expect([id, s(w.api).JetGetSessionParameter(w.ses, id, null, 1000, again), again.value]).toEqual([id, JET_errSuccess, size]);
    }
  });

  // tm.cxx 1409-1412 (get: no buffer and no size box) and 1316-1319 (set: NULL with cbParam != 0) come before the
  // id; then unknown ids (4096, 4111 = JET_sesparamMaxValueInvalid, a system parameter id) are InvalidSesparamId.
  it('InvalidParameter for no buffer and no size box (get) or a null buffer with a size (set), before InvalidSesparamId', () => {
    const w = world();
    const api = s(w.api);
    expect(api.JetGetSessionParameter(w.ses, JET_sesparamCommitDefault, null, 4, null)).toBe(JET_errInvalidParameter);
    expect(api.JetGetSessionParameter(w.ses, 4096, null, 4, null)).toBe(JET_errInvalidParameter);
    expect(api.JetSetSessionParameter(w.ses, JET_sesparamCommitDefault, null, 4)).toBe(JET_errInvalidParameter);
    expect(api.JetSetSessionParameter(w.ses, 4096, null, 4)).toBe(JET_errInvalidParameter);
    expect(api.JetSetSessionParameter(w.ses, JET_sesparamTransactionLevel, null, 4)).toBe(JET_errInvalidParameter);
    for (const id of [4096, JET_sesparamMaxValueInvalid, 4200, JET_paramCommitDefault, 0]) {
      const actual = out<number>(-1);
      expect([id, api.JetGetSessionParameter(w.ses, id, new Uint8Array(4), 4, actual)]).toEqual([id, JET_errInvalidSesparamId]);
      expect(actual.value).toBe(-1);
      expect([id, api.JetSetSessionParameter(w.ses, id, dword(1), 4)]).toEqual([id, JET_errInvalidSesparamId]);
      expect([id, api.JetSetSessionParameter(w.ses, id, null, 0)]).toEqual([id, JET_errInvalidSesparamId]);
    }
  });

  // tm.cxx 1418-1432, 1452-1469, 1624-1641: CommitDefault, TransactionLevel and IOPriority need cbParamMax == 4;
  // the other fixed-size ids only cbParamMax >= size (1471-1529, 1588-1622, 1643-1673). The size box is written
  // before the check; the copy writes the value's bytes only.
  it('buffer sizes on get: exactly 4 for three ids, at least the size for the others, pcbParamActual always set', () => {
    const w = world();
    for (const id of [JET_sesparamCommitDefault, JET_sesparamTransactionLevel, JET_sesparamIOPriority]) {
      for (const cb of [0, 3, 5, 8]) {
        const r = getParam(w, w.ses, id, cb);
        expect([id, cb, r.rc, r.actual]).toEqual([id, cb, JET_errInvalidBufferSize, 4]);
        expect(r.buf.every((b) => b === 0xcc)).toBe(true);
      }
    }
    const atLeast: Array<[number, number]> = [
      [JET_sesparamOperationContext, 8], [JET_sesparamCorrelationID, 4], [JET_sesparamCachePriority, 4],
      [JET_sesparamClientActivityId, 16], [JET_sesparamIOSessTraceFlags, 4],
      [JET_sesparamCommitContextContainsCustomerData, 4], [JET_sesparamCommitContextNeedPreCommitCallback, 4],
    ];
    for (const [id, size] of atLeast) {
      const small = getParam(w, w.ses, id, size - 1);
      expect([id, small.rc, small.actual]).toEqual([id, JET_errInvalidBufferSize, size]);
      const big = getParam(w, w.ses, id, size + 4);
      expect([id, big.rc, big.actual]).toEqual([id, JET_errSuccess, size]);
      expect(Array.from(big.buf.slice(size))).toEqual([0xcc, 0xcc, 0xcc, 0xcc]);
    }
  });
});

describe('session parameters: values', () => {
  // tm.cxx 1324-1330: cbParam must be 4, the DWORD is stored with no bit check (JET_paramCommitDefault's mask is
  // not applied here); a failed set keeps the value.
  it('CommitDefault takes any DWORD of 4 bytes and keeps it; other sizes are InvalidBufferSize', () => {
    const w = world();
    expect(setDword(w, w.ses, JET_sesparamCommitDefault, 0x12345678)).toBe(JET_errSuccess);
    expect(getDword(w, w.ses, JET_sesparamCommitDefault)).toBe(0x12345678);
    expect(s(w.api).JetSetSessionParameter(w.ses, JET_sesparamCommitDefault, new Uint8Array(8), 8)).toBe(JET_errInvalidBufferSize);
    expect(s(w.api).JetSetSessionParameter(w.ses, JET_sesparamCommitDefault, new Uint8Array(3), 3)).toBe(JET_errInvalidBufferSize);
    expect(s(w.api).JetSetSessionParameter(w.ses, JET_sesparamCommitDefault, null, 0)).toBe(JET_errInvalidBufferSize);
    expect(getDword(w, w.ses, JET_sesparamCommitDefault)).toBe(0x12345678);
    expect(setDword(w, w.ses, JET_sesparamCommitDefault, JET_bitCommitLazyFlush)).toBe(JET_errSuccess);
    expect(getDword(w, w.ses, JET_sesparamCommitDefault)).toBe(JET_bitCommitLazyFlush);
  });

  // dir.cxx ErrDIRCommitTransaction 1916-1924: a durable-commit time needs LazyFlush in grbit | the session's
  // CommitDefault, the value JetSetSessionParameter(CommitDefault) sets.
  it('CommitDefault LazyFlush lets JetCommitTransaction2 take a durable-commit time', () => {
    const w = world();
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction2(w.ses, 0, 50, null)).toBe(JET_errInvalidParameter);
    expect(setDword(w, w.ses, JET_sesparamCommitDefault, JET_bitCommitLazyFlush)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction2(w.ses, 0, 50, null)).toBe(JET_errSuccess);
    expect(getDword(w, w.ses, JET_sesparamTransactionLevel)).toBe(0);
  });

  // tm.cxx ErrIsamBeginSession 72: a session starts with the instance's JET_paramCommitDefault of that moment;
  // JetDupSession runs ErrIsamBeginSession afresh (jetapi.cxx 12517), nothing is copied from the first session.
  it('a session starts with the instance\'s JET_paramCommitDefault of its begin; JetDupSession copies nothing', () => {
    const w = world();
    const inst = out<JET_INSTANCE>(w.inst);
    expect(w.api.JetSetSystemParameter(inst, 0 as JET_SESID, JET_paramCommitDefault, JET_bitCommitLazyFlush, null)).toBe(JET_errSuccess);
    const later = session(w.api, w.inst);
    expect(getDword(w, later, JET_sesparamCommitDefault)).toBe(JET_bitCommitLazyFlush);
    expect(getDword(w, w.ses, JET_sesparamCommitDefault)).toBe(0);
    expect(setDword(w, w.ses, JET_sesparamCorrelationID, 99)).toBe(JET_errSuccess);
    expect(setDword(w, w.ses, JET_sesparamCommitDefault, 0x40)).toBe(JET_errSuccess);
    const dup = out<JET_SESID>();
    expect(w.api.JetDupSession(w.ses, dup)).toBe(JET_errSuccess);
    expect(getDword(w, dup.value, JET_sesparamCommitDefault)).toBe(JET_bitCommitLazyFlush);
    expect(getDword(w, dup.value, JET_sesparamCorrelationID)).toBe(0);
    // the values belong to one session
    expect(getDword(w, later, JET_sesparamCorrelationID)).toBe(0);
    expect(getDword(w, w.ses, JET_sesparamCorrelationID)).toBe(99);
  });

  // jetapi.cxx GetCommitDefault 6086-6099 / SetCommitDefault 6124-6137: with a sesid, JET_paramCommitDefault is
  // the session's JET_sesparamCommitDefault (ErrGet/SetSystemParameter pass the sesid as the PIB, 7782 / 7670).
  it('JET_paramCommitDefault through a sesid is the session\'s CommitDefault', () => {
    const w = world();
    const other = session(w.api, w.inst);
    expect(setDword(w, w.ses, JET_sesparamCommitDefault, JET_bitCommitLazyFlush)).toBe(JET_errSuccess);
    const v = out<number>(-1);
    expect(w.api.JetGetSystemParameter(w.inst, w.ses, JET_paramCommitDefault, v, null, 0)).toBe(JET_errSuccess);
    expect(v.value).toBe(JET_bitCommitLazyFlush);
    expect(w.api.JetGetSystemParameter(w.inst, other, JET_paramCommitDefault, v, null, 0)).toBe(JET_errSuccess);
    expect(v.value).toBe(0);
    expect(w.api.JetSetSystemParameter(null, other, JET_paramCommitDefault, JET_bitCommitLazyFlush, null)).toBe(JET_errSuccess);
    expect(getDword(w, other, JET_sesparamCommitDefault)).toBe(JET_bitCommitLazyFlush);
    // the instance's value is untouched: a new session still starts with 0
    expect(getDword(w, session(w.api, w.inst), JET_sesparamCommitDefault)).toBe(0);
  });

  // tm.cxx 1335-1336 (set: FeatureNotAvailable) and 1452-1469 (get: the level).
  it('TransactionLevel follows begin / commit / rollback and cannot be set', () => {
    const w = world();
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(getDword(w, w.ses, JET_sesparamTransactionLevel)).toBe(3);
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
    expect(getDword(w, w.ses, JET_sesparamTransactionLevel)).toBe(2);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    expect(getDword(w, w.ses, JET_sesparamTransactionLevel)).toBe(1);
    expect(setDword(w, w.ses, JET_sesparamTransactionLevel, 0)).toBe(JET_errFeatureNotAvailable);
    expect(s(w.api).JetSetSessionParameter(w.ses, JET_sesparamTransactionLevel, null, 0)).toBe(JET_errFeatureNotAvailable);
    expect(getDword(w, w.ses, JET_sesparamTransactionLevel)).toBe(1);
  });

  // pib.hxx ErrSetOperationContext 970-981 (exactly 8), ErrSetCorrelationID 985-995 and ErrSetIOSESSTraceFlags
  // 999-1010 (exactly 4), ErrSetClientActivityID 1013-1024 (exactly 16): stored bytes read back as given.
  it('OperationContext, CorrelationID, IOSessTraceFlags and ClientActivityId keep the bytes of an exact-size set', () => {
    const w = world();
    const api = s(w.api);
    const ctx = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(api.JetSetSessionParameter(w.ses, JET_sesparamOperationContext, ctx, 8)).toBe(JET_errSuccess);
    expect(api.JetSetSessionParameter(w.ses, JET_sesparamOperationContext, new Uint8Array(16), 16)).toBe(JET_errInvalidBufferSize);
    expect(api.JetSetSessionParameter(w.ses, JET_sesparamOperationContext, new Uint8Array(4), 4)).toBe(JET_errInvalidBufferSize);
    expect(Array.from(getParam(w, w.ses, JET_sesparamOperationContext, 8).buf)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);

    expect(setDword(w, w.ses, JET_sesparamCorrelationID, 0xdeadbeef)).toBe(JET_errSuccess);
    expect(api.JetSetSessionParameter(w.ses, JET_sesparamCorrelationID, new Uint8Array(8), 8)).toBe(JET_errInvalidBufferSize);
    expect(getDword(w, w.ses, JET_sesparamCorrelationID)).toBe(0xdeadbeef);

    expect(setDword(w, w.ses, JET_sesparamIOSessTraceFlags, 0x5)).toBe(JET_errSuccess);
    expect(api.JetSetSessionParameter(w.ses, JET_sesparamIOSessTraceFlags, new Uint8Array(2), 2)).toBe(JET_errInvalidBufferSize);
    expect(getDword(w, w.ses, JET_sesparamIOSessTraceFlags)).toBe(0x5);

    const guid = Uint8Array.from({ length: 16 }, (_, i) => 0xa0 + i);
    expect(api.JetSetSessionParameter(w.ses, JET_sesparamClientActivityId, guid, 16)).toBe(JET_errSuccess);
    expect(api.JetSetSessionParameter(w.ses, JET_sesparamClientActivityId, guid, 15)).toBe(JET_errInvalidBufferSize);
    expect(Array.from(getParam(w, w.ses, JET_sesparamClientActivityId, 16).buf)).toEqual(Array.from(guid));
  });

  // pib.cxx PIB::ErrSetCachePriority 533-565: 4 bytes, 0..1000 (daeconst.hxx 139-143) else InvalidParameter;
  // PctCachePriorityPib 577-590: never set -> the instance's JET_paramCachePriority, read at get time.
  it('CachePriority: 0..1000, InvalidParameter above, and an unset session follows JET_paramCachePriority', () => {
    const w = world();
    const inst = out<JET_INSTANCE>(w.inst);
    expect(w.api.JetSetSystemParameter(inst, 0 as JET_SESID, JET_paramCachePriority, 500, null)).toBe(JET_errSuccess);
    expect(getDword(w, w.ses, JET_sesparamCachePriority)).toBe(500);
    expect(setDword(w, w.ses, JET_sesparamCachePriority, 1001)).toBe(JET_errInvalidParameter);
    expect(setDword(w, w.ses, JET_sesparamCachePriority, 0xffffffff)).toBe(JET_errInvalidParameter);
    expect(s(w.api).JetSetSessionParameter(w.ses, JET_sesparamCachePriority, new Uint8Array(2), 2)).toBe(JET_errInvalidBufferSize);
    expect(getDword(w, w.ses, JET_sesparamCachePriority)).toBe(500);
    expect(setDword(w, w.ses, JET_sesparamCachePriority, 1000)).toBe(JET_errSuccess);
    expect(getDword(w, w.ses, JET_sesparamCachePriority)).toBe(1000);
    expect(setDword(w, w.ses, JET_sesparamCachePriority, 0)).toBe(JET_errSuccess);
    expect(getDword(w, w.ses, JET_sesparamCachePriority)).toBe(0);
    expect(w.api.JetSetSystemParameter(inst, 0 as JET_SESID, JET_paramCachePriority, 300, null)).toBe(JET_errSuccess);
    expect(getDword(w, w.ses, JET_sesparamCachePriority)).toBe(0);
    expect(getDword(w, session(w.api, w.inst), JET_sesparamCachePriority)).toBe(300);
  });

  // trace.cxx USER_CONTEXT_DESC::ErrCopyDescString 3016-3034: under 32 bytes stored whole with a NUL after them;
  // 32 or more: 28 bytes + "..." and wrnBufferTruncated. Get (tm.cxx 1531-1586): strlen + 1, BufferTooSmall below.
  it('the client descriptions: stored up to 31 bytes, cut to 28 + "..." with wrnBufferTruncated from 32', () => {
    const w = world();
    const api = s(w.api);
    const ids = [JET_sesparamClientComponentDesc, JET_sesparamClientActionDesc, JET_sesparamClientActionContextDesc];
    expect(api.JetSetSessionParameter(w.ses, ids[0], ascii('comp'), 4)).toBe(JET_errSuccess);
    expect(api.JetSetSessionParameter(w.ses, ids[1], ascii('action-xyz'), 6)).toBe(JET_errSuccess);
    const long31 = 'abcdefghijklmnopqrstuvwxyz01234';
    expect(api.JetSetSessionParameter(w.ses, ids[2], ascii(long31), 31)).toBe(JET_errSuccess);
    expect(getDesc(w, w.ses, ids[0])).toEqual({ text: 'comp', actual: 5 });
    expect(getDesc(w, w.ses, ids[1])).toEqual({ text: 'action', actual: 7 });
    expect(getDesc(w, w.ses, ids[2])).toEqual({ text: long31, actual: 32 });
    const long40 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcd';
    expect(api.JetSetSessionParameter(w.ses, ids[0], ascii(long40), 32)).toBe(JET_wrnBufferTruncated);
    expect(getDesc(w, w.ses, ids[0])).toEqual({ text: `${long40.slice(0, 28)}...`, actual: 32 });
    // an embedded NUL ends the string read back
    expect(api.JetSetSessionParameter(w.ses, ids[1], Uint8Array.from([0x41, 0, 0x42]), 3)).toBe(JET_errSuccess);
    expect(getDesc(w, w.ses, ids[1])).toEqual({ text: 'A', actual: 2 });
    // a buffer shorter than the string and its NUL: BufferTooSmall, size given, nothing written
    const short = getParam(w, w.ses, ids[2], 31);
    expect([short.rc, short.actual]).toEqual([JET_errBufferTooSmall, 32]);
    expect(short.buf.every((b) => b === 0xcc)).toBe(true);
    // an empty set clears it
    expect(api.JetSetSessionParameter(w.ses, ids[2], null, 0)).toBe(JET_errSuccess);
    expect(getDesc(w, w.ses, ids[2])).toEqual({ text: '', actual: 1 });
  });

  // pib.hxx PIB::ErrSetUserIoPriority 1076-1115: 4 bytes; bits other than Low 0x1, UserClassIdMask 0x0F000000,
  // MarkAsMaintenance 0x40000000 and 0x40 are InvalidGrbit and nothing is stored. pib.cxx 724-731: a new session
  // takes JET_paramIOPriority without the bits 0x2 / 0x4.
  it('IOPriority: the accepted bits are stored as given, others are InvalidGrbit; the default comes from JET_paramIOPriority', () => {
    const w = world();
    const good = JET_IOPriorityLow | JET_IOPriorityMarkAsMaintenance | 0x03000000 | 0x40;
    expect(setDword(w, w.ses, JET_sesparamIOPriority, good)).toBe(JET_errSuccess);
    expect(getDword(w, w.ses, JET_sesparamIOPriority)).toBe(good);
    expect(setDword(w, w.ses, JET_sesparamIOPriority, JET_IOPriorityUserClassIdMask)).toBe(JET_errSuccess);
    expect(getDword(w, w.ses, JET_sesparamIOPriority)).toBe(JET_IOPriorityUserClassIdMask);
    for (const bad of [JET_IOPriorityLowForCheckpoint, JET_IOPriorityLowForScavenge, 0x80, JET_IOPriorityLow | 0x10000]) {
      expect([bad, setDword(w, w.ses, JET_sesparamIOPriority, bad)]).toEqual([bad, JET_errInvalidGrbit]);
    }
    expect(s(w.api).JetSetSessionParameter(w.ses, JET_sesparamIOPriority, new Uint8Array(8), 8)).toBe(JET_errInvalidBufferSize);
    expect(getDword(w, w.ses, JET_sesparamIOPriority)).toBe(JET_IOPriorityUserClassIdMask);

    const inst = out<JET_INSTANCE>(w.inst);
    expect(w.api.JetSetSystemParameter(inst, 0 as JET_SESID, JET_paramIOPriority, JET_IOPriorityLow, null)).toBe(JET_errSuccess);
    expect(getDword(w, session(w.api, w.inst), JET_sesparamIOPriority)).toBe(JET_IOPriorityLow);
  });

  // pib.hxx ErrSetClientCommitContextGeneric 923-953 (at most 30000 bytes; too long empties the context; 0 bytes
  // also clears NeedPreCommitCallback), ErrSetCommitContextContainsCustomerData 957-966 and tm.cxx 1368-1374
  // (4 bytes, stored as 0 / 1); get 1434-1450: BufferTooSmall under the stored length.
  it('CommitGenericContext and the two commit-context flags', () => {
    const w = world();
    const api = s(w.api);
    const bytes = Uint8Array.from([9, 8, 7, 6, 5]);
    expect(api.JetSetSessionParameter(w.ses, JET_sesparamCommitGenericContext, bytes, 5)).toBe(JET_errSuccess);
    const got = getParam(w, w.ses, JET_sesparamCommitGenericContext, 8);
    expect([got.rc, got.actual, Array.from(got.buf)]).toEqual([JET_errSuccess, 5, [9, 8, 7, 6, 5, 0xcc, 0xcc, 0xcc]]);
    const small = getParam(w, w.ses, JET_sesparamCommitGenericContext, 4);
    expect([small.rc, small.actual]).toEqual([JET_errBufferTooSmall, 5]);
    expect(api.JetSetSessionParameter(w.ses, JET_sesparamCommitGenericContext, new Uint8Array(30001), 30001))
      .toBe(JET_errInvalidBufferSize);
    expect(getParam(w, w.ses, JET_sesparamCommitGenericContext, 8).actual).toBe(0);
    expect(api.JetSetSessionParameter(w.ses, JET_sesparamCommitGenericContext, new Uint8Array(30000), 30000)).toBe(JET_errSuccess);
    const big = getParam(w, w.ses, JET_sesparamCommitGenericContext, 29999);
    expect([big.rc, big.actual]).toEqual([JET_errBufferTooSmall, 30000]);

    expect(setDword(w, w.ses, JET_sesparamCommitContextContainsCustomerData, 7)).toBe(JET_errSuccess);
    expect(getDword(w, w.ses, JET_sesparamCommitContextContainsCustomerData)).toBe(1);
    expect(setDword(w, w.ses, JET_sesparamCommitContextNeedPreCommitCallback, 0x100)).toBe(JET_errSuccess);
    expect(getDword(w, w.ses, JET_sesparamCommitContextNeedPreCommitCallback)).toBe(1);
    expect(api.JetSetSessionParameter(w.ses, JET_sesparamCommitContextNeedPreCommitCallback, new Uint8Array(1), 1))
      .toBe(JET_errInvalidBufferSize);
    expect(api.JetSetSessionParameter(w.ses, JET_sesparamCommitContextContainsCustomerData, new Uint8Array(8), 8))
      .toBe(JET_errInvalidBufferSize);
    // an empty generic context clears the pre-commit-callback flag, not the customer-data flag
    expect(api.JetSetSessionParameter(w.ses, JET_sesparamCommitGenericContext, null, 0)).toBe(JET_errSuccess);
    expect(getDword(w, w.ses, JET_sesparamCommitContextNeedPreCommitCallback)).toBe(0);
    expect(getDword(w, w.ses, JET_sesparamCommitContextContainsCustomerData)).toBe(1);
  });

  // JetSetSessionParameter: JET_VALIDATE_SESID + APICALL_SESID::FEnter(sesid, fFalse); JetGetSessionParameter:
  // JET_VALIDATE_SESID + APICALL_INST::FEnter (INST::ErrAPIEnter checks the stop flag too). Both before the id.
  it('the gates: InvalidSesid for an ended session, ClientRequestToStopJetService after a stop', () => {
    const w = world();
    const api = s(w.api);
    const gone = endedSession(w.api, w.inst);
    const actual = out<number>(-1);
    expect(api.JetGetSessionParameter(gone, JET_sesparamCommitDefault, new Uint8Array(4), 4, actual)).toBe(JET_errInvalidSesid);
    expect(api.JetSetSessionParameter(gone, JET_sesparamCommitDefault, dword(0), 4)).toBe(JET_errInvalidSesid);
    expect(w.api.JetStopServiceInstance(w.inst)).toBe(JET_errSuccess);
    expect(api.JetGetSessionParameter(w.ses, JET_sesparamCommitDefault, new Uint8Array(4), 4, actual))
      .toBe(JET_errClientRequestToStopJetService);
    expect(api.JetGetSessionParameter(w.ses, 4096, null, 0, actual)).toBe(JET_errClientRequestToStopJetService);
    expect(actual.value).toBe(-1);
    expect(api.JetSetSessionParameter(w.ses, JET_sesparamCorrelationID, dword(1), 4)).toBe(JET_errClientRequestToStopJetService);
    expect(api.JetSetSessionParameter(w.ses, 4096, null, 4)).toBe(JET_errClientRequestToStopJetService);
  });
});

// ---- JetIndexRecordCount2 -------------------------------------------------------------------------------

describe('JetIndexRecordCount2', () => {
  // Same path as JetIndexRecordCount (JetIndexRecordCountEx -> ErrIsamIndexRecordCount -> ErrDIRIndexRecordCount):
  // from the current entry, at most crecMax (0: no limit), the cursor left where it was.
  it('counts like JetIndexRecordCount: from the current entry, at most crecMax, 0 for no limit', () => {
    const { w, p } = five();
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    const n32 = out<number>(-1);
    for (const max of [0, 1, 3, 5, 6]) {
      expect(w.api.JetIndexRecordCount(w.ses, p.tableid, n32, max)).toBe(JET_errSuccess);
      expect([max, count2(w, p.tableid, max)]).toEqual([max, n32.value]);
    }
    expect(count2(w, p.tableid, 0)).toBe(5);
    expect(count2(w, p.tableid, 3)).toBe(3);
    expect(w.api.JetMove(w.ses, p.tableid, 3, 0)).toBe(JET_errSuccess);
    expect(count2(w, p.tableid, 0)).toBe(2);
    expect(count2(w, p.tableid, 1)).toBe(1);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(count2(w, p.tableid, 0)).toBe(1);
  });

  // crecMax is an unsigned long long (jetapi.cxx 17428): a limit of 2^32 or more is a limit larger than the count.
  it('takes a crecMax of 2^32 and more (64-bit), counting everything', () => {
    const { w, p } = five();
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(count2(w, p.tableid, 2 ** 32)).toBe(5);
    expect(count2(w, p.tableid, 2 ** 32 + 2)).toBe(5);
    expect(count2(w, p.tableid, 2 ** 40)).toBe(5);
    expect(count2(w, p.tableid, Number.MAX_SAFE_INTEGER)).toBe(5);
  });

  // dir.cxx ErrDIRIndexRecordCount 1597-1598 zeroes the count first: NoCurrentRecord past the end leaves 0 in both
  // forms; a new cursor on an empty table counts 0 (the empty-table special case, Success); a range ends the count
  // and is removed.
  it('past the last entry NoCurrentRecord with the count 0; an empty table 0; a range ends the count and goes', () => {
    const { w, p } = five();
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveLast, 0)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    const n = out<number>(9);
    expect(s(w.api).JetIndexRecordCount2(w.ses, p.tableid, n, 0)).toBe(JET_errNoCurrentRecord);
    expect(n.value).toBe(0);

    expect(seekInt(w.api, w.ses, p.tableid, 20, JET_bitSeekGE)).toBe(JET_errSuccess);
    expect(w.api.JetMakeKey(w.ses, p.tableid, int32(40), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(w.api.JetSetIndexRange(w.ses, p.tableid, JET_bitRangeUpperLimit | JET_bitRangeInclusive)).toBe(JET_errSuccess);
    expect(count2(w, p.tableid, 0)).toBe(3);
    expect(w.api.JetSetIndexRange(w.ses, p.tableid, JET_bitRangeRemove)).toBe(JET_errInvalidOperation);
    expect(count2(w, p.tableid, 0)).toBe(4);

    const e = isam('empty.edb');
    createPeople(e.api, self(e), true);
    const fresh = openTable(e.api, self(e), PEOPLE);
    const z = out<number>(9);
    expect(s(e.api).JetIndexRecordCount2(e.ses, fresh, z, 0)).toBe(JET_errSuccess);
    expect(z.value).toBe(0);
  });

  // sortapi.cxx: sorts and temp tables dispatch to ErrIllegalIndexRecordCount. JetIndexRecordCountEx32Bit zeroes
  // *pcrec before the call (17394-17395); JetIndexRecordCount2 writes nothing on that path.
  it('on a sort: IllegalOperation; JetIndexRecordCount2 leaves the box alone, JetIndexRecordCount writes 0', () => {
    const w = world();
    for (const grbit of [JET_bitTTIndexed, JET_bitTTScrollable]) {
      const sort = openSort(w.api, w.ses, grbit);
      const n2 = out<number>(77);
      expect(s(w.api).JetIndexRecordCount2(w.ses, sort.tableid, n2, 0)).toBe(JET_errIllegalOperation);
      expect(n2.value).toBe(77);
      const n = out<number>(77);
      expect(w.api.JetIndexRecordCount(w.ses, sort.tableid, n, 0)).toBe(JET_errIllegalOperation);
      expect(n.value).toBe(0);
    }
  });

  // jetapi.cxx JetIndexRecordCountEx: APICALL_SESID::FEnter; the 32-bit form has zeroed *pcrec before it.
  it('after a stop: ClientRequestToStopJetService; JetIndexRecordCount2 leaves the box, JetIndexRecordCount writes 0', () => {
    const { w, p } = five();
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(w.api.JetStopServiceInstance(w.inst)).toBe(JET_errSuccess);
    const n2 = out<number>(42);
    expect(s(w.api).JetIndexRecordCount2(w.ses, p.tableid, n2, 0)).toBe(JET_errClientRequestToStopJetService);
    expect(n2.value).toBe(42);
    const n = out<number>(42);
    expect(w.api.JetIndexRecordCount(w.ses, p.tableid, n, 0)).toBe(JET_errClientRequestToStopJetService);
    expect(n.value).toBe(0);
  });
});
