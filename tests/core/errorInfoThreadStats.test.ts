/**
 * JetGetErrorInfo (esent.h's JetGetErrorInfoW) and JetGetThreadStats, checked against the engine source
 * (microsoft/Extensible-Storage-Engine, dev/ese; facts in scratch/specs/errorinfo-threadstats-facts.md):
 * - src/ese/jetapi.cxx JetGetErrorInfoW 24058-24066 -> JetGetErrorInfoExW 23963-24045. A bare APICALL (23972) that
 *   never enters an instance: no instance, session or JetInit is needed. Checks in order, each answering before
 *   anything is written: InfoLevel other than JET_ErrorInfoSpecificErr (= 1, jethdr.w 5857) -> InvalidParameter
 *   (23989-24002); a NULL context -> InvalidParameter (23994-23997); any grbit bit -> InvalidParameter (24004-24008);
 *   cbMax below sizeof(JET_ERRINFOBASIC_W) -> InvalidBufferSize (24010, 24036-24039).
 * - sizeof(JET_ERRINFOBASIC_W) (jethdr.w 3503-3511) = 4 cbStruct + 4 errValue + 4 JET_ERRCAT + 8 hierarchy bytes +
 *   4 lSourceLine + 64 WCHARs (128) = 152 on x64, no padding.
 * - Then (24012-24031): errValue is written, then cbStruct = 152 (the sizeof, never cbMax); the category lookup
 *   (jetapi.cxx ErrERRLookupErrorCategory 62-72 -> src/_errstr/errorhierarchy.cxx FERRLookupErrorCategory 93-114)
 *   fails with InvalidParameter for a value that is not in errdata.txt, leaving only errValue and cbStruct written;
 *   otherwise errcatMostSpecific, the 8-byte hierarchy row (errorhierarchy.cxx rgerrorHierarchies 141-159 via
 *   FERRLookupErrorHierarchy 159-178), lSourceLine 0 and an empty rgszSourceFile; Success.
 * - The category table (errorhierarchy.cxx 71-86) holds every EXTERNAL/INTERNAL/OBSOLETE ERR/WRN line of
 *   src/_errstr/errdata.txt; commented-out lines (61, 218) are not in it. Categories are cited by errdata.txt line
 *   next to each sample below.
 * - jetapi.cxx JetGetThreadStats 19046-19051 -> JetGetThreadStatsEx 19018-19044: no gate at all; cbMax below
 *   sizeof(JET_THREADSTATS) = 32 -> BufferTooSmall (19032-19036), nothing written; otherwise the thread's
 *   JET_THREADSTATS4 (src/inc/tls.hxx 65) is copied and cbStruct = min(cbMax, sizeof(JET_THREADSTATS4) = 128)
 *   (19038-19041); nothing is reset by reading. Layout of JET_THREADSTATS4 on x64 from jethdr.w 2991-3021.
 * - esemu's own model (docs/differences.md, not an engine rule): no buffer cache and no log, so every counter it
 *   reports is 0.
 */
import {
  createEmulator, out,
  JET_errBufferTooSmall, JET_errInvalidBufferSize, JET_errInvalidParameter, JET_errSuccess,
} from '../../src';
import type { Emulator, JET_ERRINFOBASIC, JET_INSTANCE, Out } from '../../src';
import { session } from '../support/fixture';
import { createPeople, insertPerson, isam, self } from '../support/isam';

// ---- the calls, as esemu declares them ----------------------------------------------------------------


/** JET_THREADSTATS4 as esemu models it: cbStruct and the counters wholly inside cbStruct bytes. */
interface JET_THREADSTATS4 {
  cbStruct: number;
  [counter: string]: number;
}

interface InfoApi {
  JetGetErrorInfo(pvContext: number | null, pvResult: Out<JET_ERRINFOBASIC>, cbMax: number, InfoLevel: number,
    grbit: number): number;
  JetGetThreadStats(pvResult: Out<JET_THREADSTATS4>, cbMax: number): number;
}

function api(emu: Emulator | { api: unknown }): InfoApi {
  return emu.api as unknown as InfoApi;
}

// ---- constants not exported by esemu ------------------------------------------------------------------

/** jethdr.w 5857: the only info level of JetGetErrorInfoW. */
const JET_ErrorInfoSpecificErr = 1;

/** sizeof(JET_ERRINFOBASIC_W) on x64, from jethdr.w 3503-3511 (see the header comment). */
const cbErrInfoBasic = 152;

/** JET_ERRCAT, jethdr.w 3479-3499. */
const JET_errcatUnknown = 0;
const JET_errcatError = 1;
const JET_errcatOperation = 2;
const JET_errcatFatal = 3;
const JET_errcatIO = 4;
const JET_errcatResource = 5;
const JET_errcatMemory = 6;
const JET_errcatQuota = 7;
const JET_errcatDisk = 8;
const JET_errcatData = 9;
const JET_errcatCorruption = 10;
const JET_errcatInconsistent = 11;
const JET_errcatFragmentation = 12;
const JET_errcatApi = 13;
const JET_errcatUsage = 14;
const JET_errcatState = 15;

/** errorhierarchy.cxx rgerrorHierarchies 141-159: each category's row, padded with Unknown (0) to 8 entries. */
function row(...cats: number[]): number[] {
  return [...cats, ...new Array(8 - cats.length).fill(JET_errcatUnknown)];
}
const HIERARCHY: Record<number, number[]> = {
  [JET_errcatUnknown]: row(JET_errcatUnknown),
  [JET_errcatOperation]: row(JET_errcatError, JET_errcatOperation),
  [JET_errcatFatal]: row(JET_errcatError, JET_errcatOperation, JET_errcatFatal),
  [JET_errcatIO]: row(JET_errcatError, JET_errcatOperation, JET_errcatIO),
  [JET_errcatResource]: row(JET_errcatError, JET_errcatOperation, JET_errcatResource),
  [JET_errcatMemory]: row(JET_errcatError, JET_errcatOperation, JET_errcatResource, JET_errcatMemory),
  [JET_errcatQuota]: row(JET_errcatError, JET_errcatOperation, JET_errcatResource, JET_errcatQuota),
  [JET_errcatDisk]: row(JET_errcatError, JET_errcatOperation, JET_errcatResource, JET_errcatDisk),
  [JET_errcatCorruption]: row(JET_errcatError, JET_errcatData, JET_errcatCorruption),
  [JET_errcatInconsistent]: row(JET_errcatError, JET_errcatData, JET_errcatInconsistent),
  [JET_errcatFragmentation]: row(JET_errcatError, JET_errcatData, JET_errcatFragmentation),
  [JET_errcatUsage]: row(JET_errcatError, JET_errcatApi, JET_errcatUsage),
  [JET_errcatState]: row(JET_errcatError, JET_errcatApi, JET_errcatState),
};

/** The full answer for a value found in errdata.txt with category cat (jetapi.cxx 24016-24030). */
function basic(errValue: number, cat: number): JET_ERRINFOBASIC {
  return {
    cbStruct: cbErrInfoBasic,
    errValue,
    errcatMostSpecific: cat,
    rgCategoricalHierarchy: HIERARCHY[cat],
    lSourceLine: 0,
    rgszSourceFile: '',
  };
}

/** A fresh emulator: no instance, no session, nothing initialized. */
function bare(): Emulator {
  return createEmulator();
}

/** JetGetErrorInfo with the only legal info level and grbit, into a fresh box. */
function info(emu: Emulator | { api: unknown }, err: number | null, cbMax = cbErrInfoBasic):
  { rc: number; value: JET_ERRINFOBASIC } {
  const box = out<JET_ERRINFOBASIC>();
  const rc = api(emu).JetGetErrorInfo(err, box, cbMax, JET_ErrorInfoSpecificErr, 0);
  return { rc, value: box.value };
}

/** A value a failed call must leave in place (the same object, unchanged). */
function sentinel(): JET_ERRINFOBASIC {
  return {
    cbStruct: 7, errValue: 77, errcatMostSpecific: 3, rgCategoricalHierarchy: [9, 9, 9, 9, 9, 9, 9, 9],
    lSourceLine: 42, rgszSourceFile: 'sentinel.cxx',
  };
}

// ---- JetGetErrorInfo ----------------------------------------------------------------------------------

/**
 * [value, category, errdata.txt line, kind]: a spread over every category errdata.txt uses (13 of them), external,
 * internal and obsolete entries, errors and warnings.
 */
const SAMPLES: Array<[number, number, number, string]> = [
  [0, JET_errcatState, 10, 'JET_errSuccess'],
  [-1, JET_errcatUsage, 11, 'JET_wrnNyi (a warning with a negative value)'],
  [-100, JET_errcatUnknown, 12, 'JET_errRfsFailure (OBSOLETE_ERR)'],
  [-103, JET_errcatMemory, 15, 'JET_errOutOfThreads'],
  [-105, JET_errcatResource, 16, 'JET_errTooManyIO'],
  [-107, JET_errcatOperation, 18, 'JET_errInternalError'],
  [-108, JET_errcatFatal, 19, 'errCodeInconsistency (INTERNAL_ERR)'],
  [-109, JET_errcatState, 20, 'errNotFound (INTERNAL_ERR)'],
  [110, JET_errcatResource, 21, 'wrnSlow (INTERNAL_WRN)'],
  [-117, JET_errcatResource, 28, 'errDeviceBusy (INTERNAL_ERR)'],
  [200, JET_errcatUnknown, 30, 'wrnBFCacheMiss (INTERNAL_WRN)'],
  [-201, JET_errcatUnknown, 31, 'errBFPageNotCached (INTERNAL_ERR)'],
  [308, JET_errcatUnknown, 71, 'errDIRFDP (OBSOLETE_WRN)'],
  [321, JET_errcatState, 84, 'JET_wrnRemainingVersions'],
  [-322, JET_errcatCorruption, 85, 'JET_errPreviousVersion (INTERNAL_ERR)'],
  [-346, JET_errcatState, 109, 'JET_errKeyTruncated'],
  [-510, JET_errcatIO, 162, 'JET_errLogWriteFail'],
  [-511, JET_errcatFatal, 163, 'JET_errLogDisabledDueToRecoveryFailure'],
  [-517, JET_errcatUsage, 169, 'JET_errLogBufferTooSmall (OBSOLETE_ERR, not Unknown)'],
  [-519, JET_errcatFragmentation, 171, 'JET_errLogSequenceEnd'],
  [-529, JET_errcatDisk, 180, 'JET_errLogDiskFull'],
  [-550, JET_errcatInconsistent, 200, 'JET_errDatabaseDirtyShutdown'],
  [558, JET_errcatUnknown, 208, 'JET_wrnExistingLogFileHasBadSignature (OBSOLETE_WRN)'],
  [-601, JET_errcatState, 242, 'JET_errUnicodeTranslationBufferTooSmall (OBSOLETE_ERR, State)'],
  [-614, JET_errcatQuota, 249, 'JET_errCheckpointDepthTooDeep'],
  [-900, JET_errcatUsage, 265, 'JET_errInvalidGrbit'],
  [-1000, JET_errcatOperation, 266, 'JET_errTermInProgress'],
  [-1003, JET_errcatUsage, 269, 'JET_errInvalidParameter'],
  [1004, JET_errcatState, 270, 'JET_wrnColumnNull'],
  [1006, JET_errcatState, 271, 'JET_wrnBufferTruncated'],
  [1009, JET_errcatMemory, 274, 'JET_wrnSortOverflow (a Memory warning)'],
  [-1011, JET_errcatMemory, 276, 'JET_errOutOfMemory'],
  [-1012, JET_errcatQuota, 277, 'JET_errOutOfDatabaseSpace'],
  [-1018, JET_errcatCorruption, 283, 'JET_errReadVerifyFailure'],
  [-1022, JET_errcatIO, 287, 'JET_errDiskIO'],
  [-1038, JET_errcatState, 300, 'JET_errBufferTooSmall'],
  [1039, JET_errcatState, 301, 'JET_wrnSeekNotEqual'],
  [-1047, JET_errcatState, 307, 'JET_errInvalidBufferSize'],
  [1055, JET_errcatUnknown, 313, 'JET_wrnNoErrorInfo (OBSOLETE_WRN)'],
  [1058, JET_errcatUsage, 315, 'JET_wrnNoIdleActivity'],
  [-1065, JET_errcatUsage, 321, 'JET_errVersionStoreEntryTooBig (INTERNAL_ERR)'],
  [-1069, JET_errcatQuota, 325, 'JET_errVersionStoreOutOfMemory'],
  [-1074, JET_errcatFragmentation, 330, 'JET_errOutOfObjectIDs'],
  [-1090, JET_errcatFatal, 343, 'JET_errInstanceUnavailable'],
  [-1102, JET_errcatState, 350, 'JET_errWriteConflict'],
  [-1104, JET_errcatUsage, 352, 'JET_errInvalidSesid'],
  [-1206, JET_errcatCorruption, 384, 'JET_errDatabaseCorrupted'],
  [1417, JET_errcatCorruption, 455, 'JET_wrnPrimaryIndexOutOfDate (a Corruption warning)'],
  [-1601, JET_errcatState, 509, 'JET_errRecordNotFound'],
  [-1605, JET_errcatState, 513, 'JET_errKeyDuplicate'],
  [-1808, JET_errcatDisk, 531, 'JET_errDiskFull'],
  [1908, JET_errcatQuota, 541, 'JET_wrnIdleFull (a Quota warning)'],
  [2005, JET_errcatQuota, 587, 'wrnOLD2TaskSlotFull (INTERNAL_WRN)'],
  [2626, JET_errcatUsage, 602, 'wrnKVPEntryAlreadyNotPresent (INTERNAL_WRN)'],
  [-4006, JET_errcatResource, 612, 'errDiskTilt (INTERNAL_ERR)'],
  [4007, JET_errcatState, 613, 'wrnDiskGameOn (INTERNAL_WRN, named only in a comment)'],
  [4010, JET_errcatIO, 615, 'wrnIOSlow (INTERNAL_WRN)'],
];

/**
 * Values no line of errdata.txt holds (the lookup fails: errorhierarchy.cxx 104-112), including the two lines that
 * are commented out (61: -273, 218: 568) and the ends of the 32-bit JET_ERR range.
 */
const UNKNOWN_VALUES = [-2, 1, 2, 99, 1000, 1003, 12345, -12345, -4007, 65535, -65535, -273, 568, 2147483647, -2147483648];

describe('JetGetErrorInfo: no gate', () => {
  test('works on a fresh emulator with no instance, session or JetInit (a bare APICALL, jetapi.cxx 23972)', () => {
    const r = info(bare(), -1601);
    expect(r.rc).toBe(JET_errSuccess);
    // errdata.txt 509: JET_errRecordNotFound is State.
    expect(r.value).toEqual({
      cbStruct: 152, errValue: -1601, errcatMostSpecific: JET_errcatState,
      rgCategoricalHierarchy: [1, 13, 15, 0, 0, 0, 0, 0], lSourceLine: 0, rgszSourceFile: '',
    });
  });

  test('an instance that is created but not initialized, an initialized one and a terminated one change nothing', () => {
    const emu = bare();
    const inst = out<JET_INSTANCE>();
    expect(emu.api.JetCreateInstance(inst, 'ei')).toBe(JET_errSuccess);
    expect(info(emu, -1011)).toEqual({ rc: JET_errSuccess, value: basic(-1011, JET_errcatMemory) }); // errdata.txt 276
    expect(emu.api.JetInit(inst)).toBe(JET_errSuccess);
    const ses = session(emu.api, inst.value);
    expect(info(emu, -1102)).toEqual({ rc: JET_errSuccess, value: basic(-1102, JET_errcatState) }); // errdata.txt 350
    expect(emu.api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
    expect(emu.api.JetTerm(inst.value)).toBe(JET_errSuccess);
    expect(info(emu, -1808)).toEqual({ rc: JET_errSuccess, value: basic(-1808, JET_errcatDisk) }); // errdata.txt 531
    // The checks still run with no instance: a small buffer is still InvalidBufferSize.
    expect(info(emu, -1808, 151).rc).toBe(JET_errInvalidBufferSize);
  });
});

describe('JetGetErrorInfo: argument checks, in order (jetapi.cxx 23989-24039)', () => {
  // [label, pvContext, cbMax, InfoLevel, grbit, expected code]
  const cases: Array<[string, number | null, number, number, number, number]> = [
    // 1. InfoLevel first (23989-24002).
    ['InfoLevel 0', -1601, 152, 0, 0, JET_errInvalidParameter],
    ['InfoLevel 2', -1601, 152, 2, 0, JET_errInvalidParameter],
    ['InfoLevel 0xFFFFFFFF', -1601, 152, 0xffffffff, 0, JET_errInvalidParameter],
    ['InfoLevel 0 with a small buffer (InfoLevel wins over the size)', -1601, 0, 0, 0, JET_errInvalidParameter],
    ['InfoLevel 2, NULL context, grbit 1, cbMax 0 (all wrong)', null, 0, 2, 1, JET_errInvalidParameter],
    ['InfoLevel 0 with an unknown error value', 12345, 152, 0, 0, JET_errInvalidParameter],
    // 2. NULL context (23994-23997).
    ['NULL context', null, 152, JET_ErrorInfoSpecificErr, 0, JET_errInvalidParameter],
    ['NULL context with a big buffer', null, 4096, JET_ErrorInfoSpecificErr, 0, JET_errInvalidParameter],
    ['NULL context with cbMax 0 (the context wins over the size)', null, 0, JET_ErrorInfoSpecificErr, 0,
      JET_errInvalidParameter],
    ['NULL context and grbit 1', null, 152, JET_ErrorInfoSpecificErr, 1, JET_errInvalidParameter],
    // 3. grbit: no bit is defined (24004-24008).
    ['grbit 1', -1601, 152, JET_ErrorInfoSpecificErr, 1, JET_errInvalidParameter],
    ['grbit 0x80000000', -1601, 152, JET_ErrorInfoSpecificErr, 0x80000000, JET_errInvalidParameter],
    ['grbit 0x100 with a context of 0', 0, 152, JET_ErrorInfoSpecificErr, 0x100, JET_errInvalidParameter],
    ['grbit 1 with cbMax 0 (the grbit wins over the size)', -1601, 0, JET_ErrorInfoSpecificErr, 1,
      JET_errInvalidParameter],
    ['grbit 1 with cbMax 151', -1601, 151, JET_ErrorInfoSpecificErr, 1, JET_errInvalidParameter],
    // 4. size (24010, 24036-24039): sizeof(JET_ERRINFOBASIC_W) = 152.
    ['cbMax 151', -1601, 151, JET_ErrorInfoSpecificErr, 0, JET_errInvalidBufferSize],
    ['cbMax 0', -1601, 0, JET_ErrorInfoSpecificErr, 0, JET_errInvalidBufferSize],
    ['cbMax 1', -1601, 1, JET_ErrorInfoSpecificErr, 0, JET_errInvalidBufferSize],
    ['cbMax 24 (up to the source file name)', -1601, 24, JET_ErrorInfoSpecificErr, 0, JET_errInvalidBufferSize],
    ['cbMax 148', -1601, 148, JET_ErrorInfoSpecificErr, 0, JET_errInvalidBufferSize],
    ['cbMax 151 with an unknown value (the size comes before the lookup)', 12345, 151, JET_ErrorInfoSpecificErr, 0,
      JET_errInvalidBufferSize],
    ['cbMax 0 with a context of 0', 0, 0, JET_ErrorInfoSpecificErr, 0, JET_errInvalidBufferSize],
  ];

  test.each(cases)('%s -> %d, and the output is not touched', (_label, ctx, cbMax, level, grbit, expected) => {
    const emu = bare();
    const before = sentinel();
    const box = out<JET_ERRINFOBASIC>(before);
    expect(api(emu).JetGetErrorInfo(ctx, box, cbMax, level, grbit)).toBe(expected);
    // Every one of these checks answers before perrinfobasic is written (24016 comes after them).
    expect(box.value).toBe(before);
    expect(box.value).toEqual(sentinel());
  });

  test('an untouched box with no value stays without one', () => {
    const box = out<JET_ERRINFOBASIC>();
    expect(api(bare()).JetGetErrorInfo(-1601, box, 151, JET_ErrorInfoSpecificErr, 0)).toBe(JET_errInvalidBufferSize);
    expect(box.value).toBeUndefined();
  });

  test('the same call with every argument right succeeds (the cases above fail for their one reason)', () => {
    for (const ctx of [-1601, 0]) {
      const box = out<JET_ERRINFOBASIC>(sentinel());
      expect(api(bare()).JetGetErrorInfo(ctx, box, 152, JET_ErrorInfoSpecificErr, 0)).toBe(JET_errSuccess);
      expect(box.value.errValue).toBe(ctx);
    }
  });

  test.each([152, 153, 160, 200, 4096, 0xffffffff])(
    'cbMax %d is enough, and cbStruct is still 152 (cbStruct = cbMin, 24019)', (cbMax) => {
      const r = info(bare(), -1605, cbMax);
      expect(r.rc).toBe(JET_errSuccess);
      expect(r.value).toEqual(basic(-1605, JET_errcatState)); // errdata.txt 513
      expect(r.value.cbStruct).toBe(152);
    });
});

describe('JetGetErrorInfo: JET_errSuccess and unknown values', () => {
  test('a context of 0 (JET_errSuccess) is a value, not a NULL pointer: State (errdata.txt 10)', () => {
    const r = info(bare(), 0);
    expect(r.rc).toBe(JET_errSuccess);
    expect(r.value).toEqual({
      cbStruct: 152, errValue: 0, errcatMostSpecific: 15, rgCategoricalHierarchy: [1, 13, 15, 0, 0, 0, 0, 0],
      lSourceLine: 0, rgszSourceFile: '',
    });
  });

  test.each(UNKNOWN_VALUES)(
    'value %d is not in errdata.txt: InvalidParameter with only errValue and cbStruct written (24016-24027)', (v) => {
      const box = out<JET_ERRINFOBASIC>(sentinel());
      expect(api(bare()).JetGetErrorInfo(v, box, 152, JET_ErrorInfoSpecificErr, 0)).toBe(JET_errInvalidParameter);
      expect(box.value).toEqual({ cbStruct: 152, errValue: v });
      expect(Object.keys(box.value).sort()).toEqual(['cbStruct', 'errValue']);
    });

  test('an unknown value with a big buffer: cbStruct is the sizeof, not cbMax', () => {
    const box = out<JET_ERRINFOBASIC>();
    expect(api(bare()).JetGetErrorInfo(-2, box, 4096, JET_ErrorInfoSpecificErr, 0)).toBe(JET_errInvalidParameter);
    expect(box.value).toEqual({ cbStruct: 152, errValue: -2 });
  });

  test('the neighbours of the commented-out lines are found (only lines 61 and 218 are missing)', () => {
    // errdata.txt 60: -272 errBFIPageAbandoned, Unknown; 62: 275 wrnVERRCEMoved, Unknown;
    // 217: -567 JET_errDbTimeTooNew, Corruption; 219: -569 JET_errMissingFileToBackup, Inconsistent.
    expect(info(bare(), -272)).toEqual({ rc: JET_errSuccess, value: basic(-272, JET_errcatUnknown) });
    expect(info(bare(), 275)).toEqual({ rc: JET_errSuccess, value: basic(275, JET_errcatUnknown) });
    expect(info(bare(), -567)).toEqual({ rc: JET_errSuccess, value: basic(-567, JET_errcatCorruption) });
    expect(info(bare(), -569)).toEqual({ rc: JET_errSuccess, value: basic(-569, JET_errcatInconsistent) });
    expect(info(bare(), -273).rc).toBe(JET_errInvalidParameter);
    expect(info(bare(), 568).rc).toBe(JET_errInvalidParameter);
  });

  test('a warning and its negation are different entries: 1004 is State, -1004 is not in the table', () => {
    // errdata.txt 270: 1004 JET_wrnColumnNull; no line holds -1004.
    expect(info(bare(), 1004)).toEqual({ rc: JET_errSuccess, value: basic(1004, JET_errcatState) });
    const r = info(bare(), -1004);
    expect(r.rc).toBe(JET_errInvalidParameter);
    expect(r.value).toEqual({ cbStruct: 152, errValue: -1004 });
  });

  test('one box reused: a full answer, then a failed lookup leaves only the two fields, then a full one again', () => {
    const emu = bare();
    const box = out<JET_ERRINFOBASIC>();
    const a = api(emu);
    expect(a.JetGetErrorInfo(-1206, box, 152, JET_ErrorInfoSpecificErr, 0)).toBe(JET_errSuccess);
    expect(box.value).toEqual(basic(-1206, JET_errcatCorruption)); // errdata.txt 384
    expect(a.JetGetErrorInfo(99, box, 152, JET_ErrorInfoSpecificErr, 0)).toBe(JET_errInvalidParameter);
    expect(box.value).toEqual({ cbStruct: 152, errValue: 99 });
    expect(a.JetGetErrorInfo(-1206, box, 152, JET_ErrorInfoSpecificErr, 1)).toBe(JET_errInvalidParameter);
    expect(box.value).toEqual({ cbStruct: 152, errValue: 99 }); // untouched by the grbit failure
    expect(a.JetGetErrorInfo(1908, box, 152, JET_ErrorInfoSpecificErr, 0)).toBe(JET_errSuccess);
    expect(box.value).toEqual(basic(1908, JET_errcatQuota)); // errdata.txt 541
  });
});

describe('JetGetErrorInfo: category and hierarchy of each error (errdata.txt, errorhierarchy.cxx 141-159)', () => {
  test.each(SAMPLES)('%d: category %d (errdata.txt line %d, %s)', (v, cat, _line, _name) => {
    const r = info(bare(), v);
    expect(r.rc).toBe(JET_errSuccess);
    expect(r.value).toEqual(basic(v, cat));
    expect(r.value.rgCategoricalHierarchy).toHaveLength(8);
    expect(r.value.lSourceLine).toBe(0);
    expect(r.value.rgszSourceFile).toBe('');
  });

  test('the answers cover the 13 categories errdata.txt uses, each with its hierarchy row', () => {
    const emu = bare();
    const seen = new Map<number, number[]>();
    for (const [v] of SAMPLES) {
      const r = info(emu, v);
      expect(r.rc).toBe(JET_errSuccess);
      seen.set(r.value.errcatMostSpecific, r.value.rgCategoricalHierarchy);
    }
    expect([...seen.keys()].sort((x, y) => x - y)).toEqual([0, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 14, 15]);
    // Written out once more by hand from rgerrorHierarchies (errorhierarchy.cxx 141-159).
    expect(seen.get(JET_errcatUnknown)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(seen.get(JET_errcatOperation)).toEqual([1, 2, 0, 0, 0, 0, 0, 0]);
    expect(seen.get(JET_errcatFatal)).toEqual([1, 2, 3, 0, 0, 0, 0, 0]);
    expect(seen.get(JET_errcatIO)).toEqual([1, 2, 4, 0, 0, 0, 0, 0]);
    expect(seen.get(JET_errcatResource)).toEqual([1, 2, 5, 0, 0, 0, 0, 0]);
    expect(seen.get(JET_errcatMemory)).toEqual([1, 2, 5, 6, 0, 0, 0, 0]);
    expect(seen.get(JET_errcatQuota)).toEqual([1, 2, 5, 7, 0, 0, 0, 0]);
    expect(seen.get(JET_errcatDisk)).toEqual([1, 2, 5, 8, 0, 0, 0, 0]);
    expect(seen.get(JET_errcatCorruption)).toEqual([1, 9, 10, 0, 0, 0, 0, 0]);
    expect(seen.get(JET_errcatInconsistent)).toEqual([1, 9, 11, 0, 0, 0, 0, 0]);
    expect(seen.get(JET_errcatFragmentation)).toEqual([1, 9, 12, 0, 0, 0, 0, 0]);
    expect(seen.get(JET_errcatUsage)).toEqual([1, 13, 14, 0, 0, 0, 0, 0]);
    expect(seen.get(JET_errcatState)).toEqual([1, 13, 15, 0, 0, 0, 0, 0]);
  });

  test('the call answers Success about an error or a warning; it does not return the value itself', () => {
    const emu = bare();
    expect(info(emu, -1003).rc).toBe(JET_errSuccess); // JET_errInvalidParameter, errdata.txt 269
    expect(info(emu, 1006).rc).toBe(JET_errSuccess); // JET_wrnBufferTruncated, errdata.txt 271
    expect(info(emu, -1).rc).toBe(JET_errSuccess); // JET_wrnNyi, errdata.txt 11
  });

  test('the codes esemu itself returns are found too, with their categories', () => {
    // errdata.txt 269 (-1003 Usage), 307 (-1047 State), 300 (-1038 State), 315 (1058 Usage).
    const emu = bare();
    expect(info(emu, JET_errInvalidParameter).value).toEqual(basic(-1003, JET_errcatUsage));
    expect(info(emu, JET_errInvalidBufferSize).value).toEqual(basic(-1047, JET_errcatState));
    expect(info(emu, JET_errBufferTooSmall).value).toEqual(basic(-1038, JET_errcatState));
    expect(info(emu, 1058).value).toEqual(basic(1058, JET_errcatUsage));
  });

  test('two calls in a row give the same answer, and calls do not depend on each other', () => {
    const emu = bare();
    const first = info(emu, -550);
    const second = info(emu, -550);
    expect(first).toEqual({ rc: JET_errSuccess, value: basic(-550, JET_errcatInconsistent) }); // errdata.txt 200
    expect(second).toEqual(first);
    expect(info(emu, 12345).rc).toBe(JET_errInvalidParameter);
    expect(info(emu, -550)).toEqual(first);
  });

  test('while a session is in a transaction with a change, answers are unchanged', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, w.ses, p, 1, 'a', 1)).toBe(JET_errSuccess);
    expect(info(w, -519)).toEqual({ rc: JET_errSuccess, value: basic(-519, JET_errcatFragmentation) }); // line 171
    expect(info(w, -510)).toEqual({ rc: JET_errSuccess, value: basic(-510, JET_errcatIO) }); // line 162
  });
});

// ---- JetGetThreadStats --------------------------------------------------------------------------------

/**
 * JET_THREADSTATS4 on x64 (jethdr.w 2991-3021): [name, offset, size]. unsigned long is 4 bytes; unsigned __int64
 * is 8 bytes aligned to 8, which puts 4 bytes of padding at 84 (before cusecWait at 88). sizeof = 128.
 */
const LAYOUT: Array<[string, number, number]> = [
  ['cbStruct', 0, 4],
  ['cPageReferenced', 4, 4],
  ['cPageRead', 8, 4],
  ['cPagePreread', 12, 4],
  ['cPageDirtied', 16, 4],
  ['cPageRedirtied', 20, 4],
  ['cLogRecord', 24, 4],
  ['cbLogRecord', 28, 4],
  ['cusecPageCacheMiss', 32, 8],
  ['cPageCacheMiss', 40, 4],
  ['cSeparatedLongValueRead', 44, 4],
  ['cusecLongValuePageCacheMiss', 48, 8],
  ['cLongValuePageCacheMiss', 56, 4],
  ['cSeparatedLongValueCreated', 60, 4],
  ['cPageUniqueCacheHits', 64, 4],
  ['cPageUniqueCacheRequests', 68, 4],
  ['cDatabaseReads', 72, 4],
  ['cSumDatabaseReadQueueDepthImpact', 76, 4],
  ['cSumDatabaseReadQueueDepth', 80, 4],
  ['cusecWait', 88, 8],
  ['cWait', 96, 4],
  ['cNodesFlagDeleted', 100, 4],
  ['cbNodesFlagDeleted', 104, 4],
  ['cPageTableAllocated', 108, 4],
  ['cPageTableReleased', 112, 4],
  ['cPageUpdateAllocated', 116, 4],
  ['cPageUpdateReleased', 120, 4],
  ['cPageUniqueModified', 124, 4],
];

/** sizeof(JET_THREADSTATS) = 32 (8 unsigned longs, jethdr.w 2935-2946): the smallest cbMax accepted. */
const cbThreadStats = 32;
/** sizeof(JET_THREADSTATS4) = 128: the engine's per-thread struct (tls.hxx 65). */
const cbThreadStats4 = 128;

/** The names present for a cbStruct: fields whose bytes lie wholly within the first cbStruct bytes. */
function fieldsWithin(cbStruct: number): string[] {
  return LAYOUT.filter(([, off, size]) => off + size <= cbStruct).map(([name]) => name).sort();
}

const V1 = ['cbStruct', 'cPageReferenced', 'cPageRead', 'cPagePreread', 'cPageDirtied', 'cPageRedirtied',
  'cLogRecord', 'cbLogRecord'];

function stats(emu: Emulator | { api: unknown }, cbMax: number): { rc: number; value: JET_THREADSTATS4 } {
  const box = out<JET_THREADSTATS4>();
  const rc = api(emu).JetGetThreadStats(box, cbMax);
  return { rc, value: box.value };
}

/** Checks a successful answer for cbMax: cbStruct, exactly the fields inside it, every counter 0. */
function expectStats(emu: Emulator | { api: unknown }, cbMax: number): JET_THREADSTATS4 {
  const r = stats(emu, cbMax);
  expect(r.rc).toBe(JET_errSuccess);
  const cbStruct = Math.min(cbMax, cbThreadStats4); // jetapi.cxx 19041
  expect(r.value.cbStruct).toBe(cbStruct);
  expect(Object.keys(r.value).sort()).toEqual(fieldsWithin(cbStruct));
  // esemu's model (docs/differences.md), not an engine rule: no buffer cache, no log, every counter 0.
  for (const [name, value] of Object.entries(r.value)) if (name !== 'cbStruct') expect([name, value]).toEqual([name, 0]);
  return r.value;
}

describe('JetGetThreadStats: size check (jetapi.cxx 19032-19036)', () => {
  test.each([0, 1, 4, 16, 28, 31])('cbMax %d is below sizeof(JET_THREADSTATS) = 32: BufferTooSmall, untouched', (cb) => {
    const before: JET_THREADSTATS4 = { cbStruct: 5, cPageReferenced: 6 };
    const box = out<JET_THREADSTATS4>(before);
    expect(api(bare()).JetGetThreadStats(box, cb)).toBe(JET_errBufferTooSmall);
    expect(box.value).toBe(before);
    expect(box.value).toEqual({ cbStruct: 5, cPageReferenced: 6 });
  });

  test('a box with no value stays without one after BufferTooSmall', () => {
    const box = out<JET_THREADSTATS4>();
    expect(api(bare()).JetGetThreadStats(box, 31)).toBe(JET_errBufferTooSmall);
    expect(box.value).toBeUndefined();
  });

  test('cbMax 32 (the smallest struct) is enough', () => {
    const r = stats(bare(), cbThreadStats);
    expect(r.rc).toBe(JET_errSuccess);
    expect(r.value.cbStruct).toBe(32);
  });
});

describe('JetGetThreadStats: cbStruct and the fields present (jetapi.cxx 19038-19041, jethdr.w 2991-3021)', () => {
  test('no instance is needed: a fresh emulator answers the whole JET_THREADSTATS4', () => {
    const v = expectStats(bare(), 128);
    expect(v.cbStruct).toBe(128);
    expect(Object.keys(v)).toHaveLength(28);
  });

  test('cbMax 32: JET_THREADSTATS, cbStruct and its 7 counters', () => {
    const v = expectStats(bare(), 32);
    expect(Object.keys(v).sort()).toEqual([...V1].sort());
    // esemu's model, not an engine rule: every counter 0.
    expect(v).toEqual({ cbStruct: 32, cPageReferenced: 0, cPageRead: 0, cPagePreread: 0, cPageDirtied: 0,
      cPageRedirtied: 0, cLogRecord: 0, cbLogRecord: 0 });
  });

  test('cbMax 36: the 8-byte cusecPageCacheMiss (32..40) is not wholly inside, so absent', () => {
    const v = expectStats(bare(), 36);
    expect(v.cbStruct).toBe(36);
    expect(Object.keys(v).sort()).toEqual([...V1].sort());
  });

  test('cbMax 40: + cusecPageCacheMiss', () => {
    expect(Object.keys(expectStats(bare(), 40)).sort()).toEqual([...V1, 'cusecPageCacheMiss'].sort());
  });

  test('cbMax 44: + cPageCacheMiss (the fields of JET_THREADSTATS2, whose sizeof is 48 with padding)', () => {
    expect(Object.keys(expectStats(bare(), 44)).sort())
      .toEqual([...V1, 'cusecPageCacheMiss', 'cPageCacheMiss'].sort());
  });

  test('cbMax 48 (sizeof JET_THREADSTATS2): + cSeparatedLongValueRead, a JET_THREADSTATS3 field at 44', () => {
    const v = expectStats(bare(), 48);
    expect(v.cbStruct).toBe(48);
    expect(Object.keys(v).sort())
      .toEqual([...V1, 'cusecPageCacheMiss', 'cPageCacheMiss', 'cSeparatedLongValueRead'].sort());
  });

  test('cbMax 64 (sizeof JET_THREADSTATS3): up to cSeparatedLongValueCreated (60..64)', () => {
    const v = expectStats(bare(), 64);
    expect(v.cbStruct).toBe(64);
    expect(Object.keys(v).sort()).toEqual([...V1, 'cusecPageCacheMiss', 'cPageCacheMiss', 'cSeparatedLongValueRead',
      'cusecLongValuePageCacheMiss', 'cLongValuePageCacheMiss', 'cSeparatedLongValueCreated'].sort());
  });

  test('cbMax 79: cbStruct 79; cSumDatabaseReadQueueDepthImpact (76..80) is cut, so absent', () => {
    const v = expectStats(bare(), 79);
    expect(v.cbStruct).toBe(79);
    expect(v).toHaveProperty('cDatabaseReads');
    expect(v).not.toHaveProperty('cSumDatabaseReadQueueDepthImpact');
    expect(Object.keys(v)).toHaveLength(17);
  });

  test('cbMax 80: + cSumDatabaseReadQueueDepthImpact', () => {
    const v = expectStats(bare(), 80);
    expect(v.cbStruct).toBe(80);
    expect(v).toHaveProperty('cSumDatabaseReadQueueDepthImpact', 0);
    expect(v).not.toHaveProperty('cSumDatabaseReadQueueDepth');
    expect(Object.keys(v)).toHaveLength(18);
  });

  test('cbMax 88..95: the padding at 84 adds nothing; cusecWait needs 96', () => {
    for (const cb of [84, 88, 95]) {
      const v = expectStats(bare(), cb);
      expect(v).toHaveProperty('cSumDatabaseReadQueueDepth', 0);
      expect(v).not.toHaveProperty('cusecWait');
      expect(Object.keys(v)).toHaveLength(19);
    }
    const v96 = expectStats(bare(), 96);
    expect(v96).toHaveProperty('cusecWait', 0);
    expect(v96).not.toHaveProperty('cWait');
  });

  test('cbMax 4096: cbStruct is sizeof(JET_THREADSTATS4) = 128, every field present', () => {
    const v = expectStats(bare(), 4096);
    expect(v.cbStruct).toBe(128);
    expect(Object.keys(v).sort()).toEqual(LAYOUT.map(([n]) => n).sort());
    expect(v).toHaveProperty('cPageUniqueModified', 0);
  });

  test.each([32, 33, 36, 39, 40, 43, 44, 47, 48, 52, 55, 56, 60, 63, 64, 68, 72, 76, 79, 80, 84, 88, 95, 96, 100, 104,
    108, 112, 116, 120, 124, 127, 128, 129, 200, 4096, 0xffffffff])(
    'cbMax %d: cbStruct = min(cbMax, 128) and exactly the fields wholly inside', (cb) => {
      expectStats(bare(), cb);
    });
});

describe('JetGetThreadStats: repeated calls and activity', () => {
  test('two calls in a row give equal results (reading resets nothing, jetapi.cxx 19038-19040)', () => {
    const emu = bare();
    const a = expectStats(emu, 128);
    const b = expectStats(emu, 128);
    expect(b).toEqual(a);
    expect(expectStats(emu, 48)).toEqual(expectStats(emu, 48));
  });

  test('one box reused: a smaller cbMax leaves only the smaller set of fields', () => {
    const emu = bare();
    const box = out<JET_THREADSTATS4>();
    expect(api(emu).JetGetThreadStats(box, 128)).toBe(JET_errSuccess);
    expect(Object.keys(box.value)).toHaveLength(28);
    expect(api(emu).JetGetThreadStats(box, 32)).toBe(JET_errSuccess);
    expect(box.value.cbStruct).toBe(32);
    expect(Object.keys(box.value).sort()).toEqual([...V1].sort());
    expect(api(emu).JetGetThreadStats(box, 31)).toBe(JET_errBufferTooSmall);
    expect(box.value.cbStruct).toBe(32); // untouched
  });

  test('beginning a session and inserting a record make no call fail', () => {
    const w = isam();
    expectStats(w, 128);
    const p = createPeople(w.api, self(w));
    expectStats(w, 64);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, w.ses, p, 1, 'one', 10)).toBe(JET_errSuccess);
    // Inside the transaction, with an uncommitted insert.
    expectStats(w, 32);
    expectStats(w, 128);
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, w.ses, p, 2, 'two', 20)).toBe(JET_errSuccess);
    const after = expectStats(w, 4096);
    expect(after.cbStruct).toBe(128);
    expect(stats(w, 31).rc).toBe(JET_errBufferTooSmall);
    // Two calls in a row after the activity are still equal.
    expect(expectStats(w, 128)).toEqual(after);
  });

  test('the size check does not depend on the world: an initialized instance with a session answers the same', () => {
    const w = isam();
    expect(stats(w, 0).rc).toBe(JET_errBufferTooSmall);
    expect(stats(w, 31).rc).toBe(JET_errBufferTooSmall);
    expect(stats(w, 32).rc).toBe(JET_errSuccess);
  });
});
