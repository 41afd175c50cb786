/**
 * JetGetDatabaseInfo (by dbid) and JetGetDatabaseFileInfo (by file name), checked against the engine source
 * (microsoft/Extensible-Storage-Engine, dev/ese/src; facts in scratch/specs/databaseInfo.md):
 * - jetapi.cxx JetGetDatabaseInfoA 12895-12904: JET_VALIDATE_SESID first (InvalidSesid); JetGetDatabaseInfoEx
 *   12833-12865: APICALL_SESID::FEnter(sesid, dbid) (jetapi.cxx 4293-4323): the session gate, then a dbid out of
 *   range or one the session has not opened (pib.hxx ErrPIBCheckIfmp 1199-1201) is InvalidDatabaseId, all before
 *   the level is looked at.
 * - info.cxx ErrIsamGetDatabaseInfo 4059-4277: the level is switched on with JET_DbInfoUseCachedResult (0x40000000)
 *   masked off; unknown levels (Upgrade, DBInUse, FileType and the obsolete SLV ones included) are InvalidParameter;
 *   Filename / Connect answer BufferTooSmall when the string does not fit; Country, LCID, Cp, Collate, Options,
 *   Transactions, Version and SpaceOwned want cbMax 4 exactly (InvalidBufferSize); PageSize wants 4 exactly but
 *   answers BufferTooSmall; Isam is FeatureNotAvailable; Filesize / FilesizeOnDisk check nothing and answer pages;
 *   SpaceAvailable below 4 bytes is InvalidParameter (space.cxx ErrSPGetInfo 15178-15350); Misc accepts exactly
 *   sizeof(JET_DBINFOMISC..7) = 216 / 296 / 300 / 348 / 380 / 400 / 416 (x64 = x86: no pointers).
 * - Answers: Country 1 (norm.hxx countryDefault), LCID 1033 (the instance's default locale "en-US", norm.cxx 20),
 *   Cp 1252 (usEnglishCodePage), Collate 0, Transactions 7 (daeconst.hxx levelUserMost), Version 0x620
 *   (ulDAEVersionMax, sysver.cxx), Options JET_bitDbExclusive only when this session opened it exclusively, Connect
 *   '', PageSize 4096 (daedef.hxx g_cbPageDefault; sysparamtable.g.cxx JET_paramDatabasePageSize default).
 * - util.cxx UtilLoadDbinfomiscFromPdbfilehdr 10-145: JET_DBINFOMISC from the database header. dbstate: a database
 *   created or attached read-write is DirtyShutdown (db.cxx 2473-2482, DBISetHeaderAfterAttach 2934-3015); a
 *   read-only attach leaves the header as it was (db.cxx 4516-4624); a detach writes CleanShutdown with the log
 *   generations 0 (db.cxx 5735-5740; daedef.hxx DBFILEHDR::SetDbstate 3076-3245).
 * - jetapi.cxx JetGetDatabaseFileInfoEx 12917-13239: no instance or session; the file is looked up first
 *   (os/osfs.cxx COSFileFind: no match, a missing folder or an empty name is FileNotFound), then the raw level is
 *   switched on (UseCachedResult not masked: InvalidParameter): Filesize / FilesizeOnDisk in bytes with cbMax 8,
 *   Misc (the attachment's in-memory header when attached anywhere, else the file's), PageSize, FileType
 *   (JET_filetypeDatabase) and DBInUse (is some instance attaching it) with cbMax 4, every size mismatch
 *   InvalidBufferSize; all other levels InvalidParameter.
 * Values that depend on the disk layout (file size, space owned / available) are tested only for the properties any
 * emulation must keep: positive, page multiples, the two forms agreeing, available < owned <= file pages.
 */
import {
  createEmulator, out,
  JET_bitDbExclusive, JET_bitDbReadOnly, JET_errBufferTooSmall, JET_errFeatureNotAvailable, JET_errFileNotFound,
  JET_errInvalidBufferSize, JET_errInvalidDatabaseId, JET_errInvalidParameter, JET_errInvalidSesid, JET_errSuccess,
} from '../../src';
import type { Emulator, Out, JET_DBID, JET_INSTANCE, JET_SESID } from '../../src';
import { isam } from '../support/isam';
import type { Isam } from '../support/isam';

// ---- esent.h values (jethdr.w 5345-5444), defined here so the file does not depend on esemu's exports ---------

const JET_DbInfoFilename = 0;
const JET_DbInfoConnect = 1;
const JET_DbInfoCountry = 2;
const JET_DbInfoLCID = 3;
const JET_DbInfoCp = 4;
const JET_DbInfoCollate = 5;
const JET_DbInfoOptions = 6;
const JET_DbInfoTransactions = 7;
const JET_DbInfoVersion = 8;
const JET_DbInfoIsam = 9;
const JET_DbInfoFilesize = 10;
const JET_DbInfoSpaceOwned = 11;
const JET_DbInfoSpaceAvailable = 12;
const JET_DbInfoUpgrade = 13;
const JET_DbInfoMisc = 14;
const JET_DbInfoDBInUse = 15;
const JET_DbInfoHasSLVFile_Obsolete = 16;
const JET_DbInfoPageSize = 17;
const JET_DbInfoStreamingFileSpace_Obsolete = 18;
const JET_DbInfoFileType = 19;
const JET_DbInfoStreamingFileSize_Obsolete = 20;
const JET_DbInfoFilesizeOnDisk = 21;
const dbInfoSpaceShelved = 22; // internal (jethdr.w 5381)
const JET_DbInfoSplitBuffers = 23;
const JET_DbInfoUseCachedResult = 0x40000000;

const JET_dbstateDirtyShutdown = 2; // jethdr.w 5407
const JET_dbstateCleanShutdown = 3; // jethdr.w 5408
const JET_filetypeDatabase = 1; // jethdr.w 5428

/** sizeof(JET_DBINFOMISC), ...2 ... 7 (x64; the same on x86: no pointers). */
const cbMisc = [216, 296, 300, 348, 380, 400, 416];
const cbMisc1 = 216;
const cbMisc3 = 300;
/** sizeof(JET_DBINFOUPGRADE): seven ULONGs. */
const cbUpgrade = 28;
/** g_cbPageDefault (daedef.hxx 1039). */
const cbPage = 4096;
/** ulDAEVersionMax (sysver.cxx: 1568 in every format version). */
const ulDAEVersionMax = 0x620;

/** The part of JET_DBINFOMISC(2, 3) these tests read; the object has esent.h's field names. */
interface JET_DBINFOMISC {
  ulVersion: number;
  ulUpdate: number;
  signDb: unknown;
  dbstate: number;
  cbPageSize: number;
  genMinRequired?: number;
  genMaxRequired?: number;
  genCommitted?: number;
  [field: string]: unknown;
}

type Result = number | string | JET_DBINFOMISC;

interface DbInfoApi {
  JetGetDatabaseInfo(sesid: JET_SESID, dbid: JET_DBID, pvResult: Out<Result>, cbMax: number, InfoLevel: number): number;
  JetGetDatabaseFileInfo(szDatabaseName: string, pvResult: Out<Result>, cbMax: number, InfoLevel: number): number;
}

function h(emu: Emulator): DbInfoApi {
  return emu.api as unknown as DbInfoApi;
}

/** A value no answer can have, to see that a failing call leaves the box alone. */
const UNTOUCHED = -12345;

function box(): Out<Result> {
  const b = out<Result>();
  b.value = UNTOUCHED;
  return b;
}

/** JetGetDatabaseInfo on the world's session and dbid: the code and what the box holds. */
function info(w: Isam, cbMax: number, level: number, ses: JET_SESID = w.ses, dbid: JET_DBID = w.dbid): { rc: number; value: Result } {
  const b = box();
  const rc = h(w.emu).JetGetDatabaseInfo(ses, dbid, b, cbMax, level);
  return { rc, value: b.value };
}

function fileInfo(emu: Emulator, name: string, cbMax: number, level: number): { rc: number; value: Result } {
  const b = box();
  const rc = h(emu).JetGetDatabaseFileInfo(name, b, cbMax, level);
  return { rc, value: b.value };
}

/** A successful numeric answer. */
function num(r: { rc: number; value: Result }): number {
  expect(r.rc).toBe(JET_errSuccess);
  expect(typeof r.value).toBe('number');
  return r.value as number;
}

function misc(r: { rc: number; value: Result }): JET_DBINFOMISC {
  expect(r.rc).toBe(JET_errSuccess);
  expect(typeof r.value).toBe('object');
  return r.value as JET_DBINFOMISC;
}

/** Close the world's database and detach its file (the file stays in the emulated file system). */
function detach(w: Isam): void {
  expect(w.api.JetCloseDatabase(w.ses, w.dbid, 0)).toBe(JET_errSuccess);
  expect(w.api.JetDetachDatabase(w.ses, w.file)).toBe(JET_errSuccess);
}

/** Attach (with grbit) and open (with openGrbit) a file on the world's session; the dbid. */
function attachOpen(w: Isam, name: string, grbit: number, openGrbit: number = grbit): JET_DBID {
  expect(w.api.JetAttachDatabase(w.ses, name, grbit)).toBe(JET_errSuccess);
  const dbid = out<JET_DBID>();
  expect(w.api.JetOpenDatabase(w.ses, name, null, dbid, openGrbit)).toBe(JET_errSuccess);
  return dbid.value;
}

function session(w: Isam): JET_SESID {
  const ses = out<JET_SESID>();
  expect(w.api.JetBeginSession(w.inst, ses, '', '')).toBe(JET_errSuccess);
  return ses.value;
}

// ============================================================================================================

describe('JetGetDatabaseInfo: the order of the checks', () => {
  it('a bad or ended sesid is InvalidSesid before the dbid, the level and the size', () => {
    // jetapi.cxx JetGetDatabaseInfoA 12901: JET_VALIDATE_SESID before anything else.
    const w = isam();
    expect(info(w, 3, 999, 0xdead as JET_SESID, 0x7777 as JET_DBID)).toEqual({ rc: JET_errInvalidSesid, value: UNTOUCHED });
    const other = session(w);
    expect(w.api.JetEndSession(other, 0)).toBe(JET_errSuccess);
    expect(info(w, 4, JET_DbInfoVersion, other).rc).toBe(JET_errInvalidSesid);
    expect(info(w, 4, JET_DbInfoVersion, other, 0x7777 as JET_DBID).rc).toBe(JET_errInvalidSesid);
  });

  it('a dbid the session has not opened is InvalidDatabaseId, before an unknown level or a wrong size', () => {
    // jetapi.cxx FEnter(sesid, dbid) 4293-4323: FInRangeIFMP, then pib.hxx ErrPIBCheckIfmp: the session's own open.
    const w = isam();
    expect(info(w, 3, 999, w.ses, 0x7777 as JET_DBID)).toEqual({ rc: JET_errInvalidDatabaseId, value: UNTOUCHED });
    // Another session of the same instance that never opened the file cannot use the dbid.
    const other = session(w);
    expect(info(w, 4, JET_DbInfoVersion, other).rc).toBe(JET_errInvalidDatabaseId);
    expect(info(w, 0, 999, other).rc).toBe(JET_errInvalidDatabaseId);
    // ... until it opens it.
    const dbid = out<JET_DBID>();
    expect(w.api.JetOpenDatabase(other, w.file, null, dbid, 0)).toBe(JET_errSuccess);
    expect(num(info(w, 4, JET_DbInfoVersion, other, dbid.value))).toBe(ulDAEVersionMax);
  });

  it('after the last JetCloseDatabase, and after a detach, the dbid is InvalidDatabaseId', () => {
    // ErrPIBCheckIfmp needs the session's open count above 0 (pib.hxx 1199-1201).
    const w = isam();
    expect(num(info(w, 4, JET_DbInfoTransactions))).toBe(7);
    expect(w.api.JetCloseDatabase(w.ses, w.dbid, 0)).toBe(JET_errSuccess);
    expect(info(w, 4, JET_DbInfoTransactions)).toEqual({ rc: JET_errInvalidDatabaseId, value: UNTOUCHED });
    expect(w.api.JetDetachDatabase(w.ses, w.file)).toBe(JET_errSuccess);
    expect(info(w, 4, JET_DbInfoTransactions).rc).toBe(JET_errInvalidDatabaseId);
  });

  it('unknown levels are InvalidParameter, the file-only levels included, and write nothing', () => {
    // info.cxx 4270-4271 (default): Upgrade, DBInUse and FileType are only in the file form (jetapi.cxx 12978-13227);
    // 16, 18 and 20 are the obsolete SLV levels; 24 is past JET_DbInfoSplitBuffers.
    const w = isam();
    for (const level of [JET_DbInfoUpgrade, JET_DbInfoDBInUse, JET_DbInfoFileType, JET_DbInfoHasSLVFile_Obsolete,
      JET_DbInfoStreamingFileSpace_Obsolete, JET_DbInfoStreamingFileSize_Obsolete, 24, 100, 0x7fffffff]) {
      for (const cb of [4, 8, cbUpgrade, cbMisc1]) {
        expect({ level, cb, r: info(w, cb, level) }).toEqual({ level, cb, r: { rc: JET_errInvalidParameter, value: UNTOUCHED } });
      }
    }
  });

  it('JET_DbInfoUseCachedResult is masked off; any other high bit makes the level unknown', () => {
    // info.cxx 4093-4095: ulT = InfoLevel & ~JET_DbInfoUseCachedResult.
    const w = isam();
    expect(num(info(w, 4, JET_DbInfoVersion | JET_DbInfoUseCachedResult))).toBe(ulDAEVersionMax);
    expect(num(info(w, 4, JET_DbInfoTransactions | JET_DbInfoUseCachedResult))).toBe(7);
    expect(misc(info(w, cbMisc1, JET_DbInfoMisc | JET_DbInfoUseCachedResult)).ulVersion).toBe(ulDAEVersionMax);
    expect(info(w, 3, JET_DbInfoVersion | JET_DbInfoUseCachedResult).rc).toBe(JET_errInvalidBufferSize);
    expect(info(w, 4, JET_DbInfoVersion | 0x20000000).rc).toBe(JET_errInvalidParameter);
    expect(info(w, 4, JET_DbInfoVersion | 0x80000000).rc).toBe(JET_errInvalidParameter);
  });

  it('answers inside a transaction (no transaction check)', () => {
    const w = isam();
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(num(info(w, 4, JET_DbInfoCp))).toBe(1252);
    expect(misc(info(w, cbMisc1, JET_DbInfoMisc)).dbstate).toBe(JET_dbstateDirtyShutdown);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
  });
});

describe('JetGetDatabaseInfo: fixed answers', () => {
  it('Country 1, LCID (= Langid) 1033, Cp 1252, Collate 0, Transactions 7, Version 0x620', () => {
    // info.cxx 4117-4170; norm.hxx countryDefault 1 / usEnglishCodePage 1252; norm.cxx wszLocaleNameDefault
    // "en-US" = LCID 0x409; daeconst.hxx levelUserMost 7; daedef.hxx ulDAEVersionMax (sysver.cxx: 1568).
    const w = isam();
    expect(num(info(w, 4, JET_DbInfoCountry))).toBe(1);
    expect(num(info(w, 4, JET_DbInfoLCID))).toBe(1033);
    expect(num(info(w, 4, JET_DbInfoCp))).toBe(1252);
    expect(num(info(w, 4, JET_DbInfoCollate))).toBe(0);
    expect(num(info(w, 4, JET_DbInfoTransactions))).toBe(7);
    expect(num(info(w, 4, JET_DbInfoVersion))).toBe(0x620);
  });

  it('the four-byte levels want cbMax 4 exactly: InvalidBufferSize otherwise, and nothing written', () => {
    // info.cxx 4117-4170 (cbMax != sizeof(LONG)) and 4205-4208 (SpaceOwned).
    const w = isam();
    for (const level of [JET_DbInfoCountry, JET_DbInfoLCID, JET_DbInfoCp, JET_DbInfoCollate, JET_DbInfoOptions,
      JET_DbInfoTransactions, JET_DbInfoVersion, JET_DbInfoSpaceOwned]) {
      for (const cb of [0, 2, 3, 5, 8, 216]) {
        expect({ level, cb, r: info(w, cb, level) }).toEqual({ level, cb, r: { rc: JET_errInvalidBufferSize, value: UNTOUCHED } });
      }
      expect(info(w, 4, level).rc).toBe(JET_errSuccess);
    }
  });

  it('Isam is FeatureNotAvailable whatever cbMax is', () => {
    // info.cxx 4175-4179: returns JET_errFeatureNotAvailable without a size check.
    const w = isam();
    for (const cb of [0, 4, 8, 1000]) expect(info(w, cb, JET_DbInfoIsam)).toEqual({ rc: JET_errFeatureNotAvailable, value: UNTOUCHED });
  });

  it('Options is JET_bitDbExclusive only while this session has it open exclusively', () => {
    // info.cxx 4143-4154: FExclusiveBySession(ppib) ? JET_bitDbExclusive : 0; JetCreateDatabase opens it shared
    // (db.cxx 2064); JetOpenDatabase(JET_bitDbExclusive) needs nobody to have it open (db.cxx 6076-6083).
    const w = isam();
    expect(num(info(w, 4, JET_DbInfoOptions))).toBe(0);
    expect(w.api.JetCloseDatabase(w.ses, w.dbid, 0)).toBe(JET_errSuccess);
    const ex = out<JET_DBID>();
    expect(w.api.JetOpenDatabase(w.ses, w.file, null, ex, JET_bitDbExclusive)).toBe(JET_errSuccess);
    expect(num(info(w, 4, JET_DbInfoOptions, w.ses, ex.value))).toBe(JET_bitDbExclusive);
    expect(w.api.JetCloseDatabase(w.ses, ex.value, 0)).toBe(JET_errSuccess);
    const shared = out<JET_DBID>();
    expect(w.api.JetOpenDatabase(w.ses, w.file, null, shared, 0)).toBe(JET_errSuccess);
    expect(num(info(w, 4, JET_DbInfoOptions, w.ses, shared.value))).toBe(0);
  });

  it('Options does not report read-only: a read-only attachment opened read-only answers 0', () => {
    // info.cxx 4154 looks at exclusivity only.
    const w = isam();
    detach(w);
    const dbid = attachOpen(w, w.file, JET_bitDbReadOnly);
    expect(num(info(w, 4, JET_DbInfoOptions, w.ses, dbid))).toBe(0);
  });

  it('PageSize is 4096 with cbMax 4; any other cbMax, a larger one too, is BufferTooSmall', () => {
    // info.cxx 4196-4207: sizeof(ULONG) != cbMax -> JET_errBufferTooSmall; the header's page size, the default
    // g_cbPageDefault 4096 (daedef.hxx 1039) being what JET_paramDatabasePageSize starts at.
    const w = isam();
    expect(num(info(w, 4, JET_DbInfoPageSize))).toBe(cbPage);
    for (const cb of [0, 2, 3, 5, 8, 64]) expect(info(w, cb, JET_DbInfoPageSize)).toEqual({ rc: JET_errBufferTooSmall, value: UNTOUCHED });
  });
});

describe('JetGetDatabaseInfo: strings', () => {
  it('Filename is the attached file name; BufferTooSmall unless cbMax exceeds its length', () => {
    // info.cxx 4098-4106 with the A entry point's character count (jetapi.cxx JetGetDatabaseInfoExA 12867-12893):
    // the name and its NUL must fit.
    const w = isam('Some.edb');
    expect(info(w, 9, JET_DbInfoFilename)).toEqual({ rc: JET_errSuccess, value: 'Some.edb' });
    expect(info(w, 260, JET_DbInfoFilename)).toEqual({ rc: JET_errSuccess, value: 'Some.edb' });
    for (const cb of [0, 1, 7, 8]) expect(info(w, cb, JET_DbInfoFilename)).toEqual({ rc: JET_errBufferTooSmall, value: UNTOUCHED });
  });

  it('Filename is the name the attachment was made with, not the spelling the session opened it by', () => {
    // The FMP keeps the attach name (db.cxx ErrIsamAttachDatabase); JetOpenDatabase finds it case-insensitively.
    const w = isam('Data.edb');
    detach(w);
    expect(w.api.JetAttachDatabase(w.ses, 'DATA.EDB', 0)).toBe(JET_errSuccess);
    const dbid = out<JET_DBID>();
    expect(w.api.JetOpenDatabase(w.ses, 'data.edb', null, dbid, 0)).toBe(JET_errSuccess);
    expect(info(w, 64, JET_DbInfoFilename, w.ses, dbid.value)).toEqual({ rc: JET_errSuccess, value: 'DATA.EDB' });
  });

  it('Connect is the empty string; cbMax 0 is BufferTooSmall', () => {
    // info.cxx 4108-4115: 1 > cbMax -> BufferTooSmall, else a single NUL.
    const w = isam();
    expect(info(w, 1, JET_DbInfoConnect)).toEqual({ rc: JET_errSuccess, value: '' });
    expect(info(w, 100, JET_DbInfoConnect)).toEqual({ rc: JET_errSuccess, value: '' });
    expect(info(w, 0, JET_DbInfoConnect)).toEqual({ rc: JET_errBufferTooSmall, value: UNTOUCHED });
  });
});

describe('JetGetDatabaseInfo: sizes (invariants only)', () => {
  it('Filesize and FilesizeOnDisk are page counts, whatever cbMax is, and match the file form in bytes', () => {
    // info.cxx 4210-4222: no size check, CpgOfCb(bytes) (fmp.hxx 992); jetapi.cxx 12958-12976: the file form
    // answers the same file's bytes.
    const w = isam();
    const pages = num(info(w, 4, JET_DbInfoFilesize));
    expect(Number.isInteger(pages)).toBe(true);
    expect(pages).toBeGreaterThan(0);
    for (const cb of [0, 8, 100]) expect(num(info(w, cb, JET_DbInfoFilesize))).toBe(pages);
    const onDisk = num(info(w, 8, JET_DbInfoFilesizeOnDisk));
    expect(onDisk).toBeGreaterThan(0);
    expect(onDisk).toBeLessThanOrEqual(pages);
    expect(num(fileInfo(w.emu, w.file, 8, JET_DbInfoFilesize))).toBe(pages * cbPage);
    expect(num(fileInfo(w.emu, w.file, 8, JET_DbInfoFilesizeOnDisk))).toBe(onDisk * cbPage);
  });

  it('SpaceOwned (cbMax 4) and SpaceAvailable (at least 4 bytes, less is InvalidParameter) are consistent page counts', () => {
    // info.cxx 4224-4245 and space.cxx ErrSPGetInfo 15178-15350: the root's owned pages (the file minus its
    // headers) and its free pages; cbMax below the 4 bytes asked is InvalidParameter before BufferTooSmall.
    const w = isam();
    const pages = num(info(w, 4, JET_DbInfoFilesize));
    const owned = num(info(w, 4, JET_DbInfoSpaceOwned));
    expect(owned).toBeGreaterThan(0);
    expect(owned).toBeLessThanOrEqual(pages);
    const avail = num(info(w, 4, JET_DbInfoSpaceAvailable));
    expect(avail).toBeGreaterThanOrEqual(0);
    expect(avail).toBeLessThan(owned);
    expect(num(info(w, 8, JET_DbInfoSpaceAvailable))).toBe(avail);
    for (const cb of [0, 3]) expect(info(w, cb, JET_DbInfoSpaceAvailable)).toEqual({ rc: JET_errInvalidParameter, value: UNTOUCHED });
    expect(info(w, 3, JET_DbInfoSplitBuffers).rc).toBe(JET_errInvalidParameter);
    expect(info(w, 3, dbInfoSpaceShelved).rc).toBe(JET_errInvalidBufferSize);
  });
});

describe('JetGetDatabaseInfo: JET_DbInfoMisc', () => {
  it('accepts exactly the seven struct sizes, InvalidBufferSize for any other', () => {
    // info.cxx 4181-4191: sizeof(JET_DBINFOMISC) 216, ...2 296, ...3 300, ...4 348, ...5 380, ...6 400, ...7 416.
    const w = isam();
    for (const cb of cbMisc) expect(misc(info(w, cb, JET_DbInfoMisc)).ulVersion).toBe(ulDAEVersionMax);
    for (const cb of [0, 4, 215, 217, 292, 304, 412, 420, 1024]) {
      expect({ cb, r: info(w, cb, JET_DbInfoMisc) }).toEqual({ cb, r: { rc: JET_errInvalidBufferSize, value: UNTOUCHED } });
    }
  });

  it('a database attached read-write is DirtyShutdown, version 0x620, its page size', () => {
    // db.cxx 2473-2482 (create) and DBISetHeaderAfterAttach (attach); util.cxx 23-56.
    const w = isam();
    const m = misc(info(w, cbMisc1, JET_DbInfoMisc));
    expect(m.dbstate).toBe(JET_dbstateDirtyShutdown);
    expect(m.ulVersion).toBe(ulDAEVersionMax);
    expect(m.cbPageSize).toBe(cbPage);
    // and again after a detach and a read-write re-attach
    detach(w);
    const dbid = attachOpen(w, w.file, 0);
    expect(misc(info(w, cbMisc3, JET_DbInfoMisc, w.ses, dbid)).dbstate).toBe(JET_dbstateDirtyShutdown);
  });

  it('a read-only attachment of a cleanly detached file stays CleanShutdown', () => {
    // db.cxx 4516-4624: the header update is skipped for FReadOnlyAttach.
    const w = isam();
    detach(w);
    const dbid = attachOpen(w, w.file, JET_bitDbReadOnly);
    expect(misc(info(w, cbMisc1, JET_DbInfoMisc, w.ses, dbid)).dbstate).toBe(JET_dbstateCleanShutdown);
  });

  it('signDb is the file\'s: the same by dbid and by name, across detach and re-attach; another database has another', () => {
    // The signature is made at create and kept in the header (util.cxx 25); both forms read that header.
    const w = isam();
    const sig = misc(info(w, cbMisc1, JET_DbInfoMisc)).signDb;
    expect(sig).toBeDefined();
    expect(misc(fileInfo(w.emu, w.file, cbMisc1, JET_DbInfoMisc)).signDb).toEqual(sig);
    detach(w);
    expect(misc(fileInfo(w.emu, w.file, cbMisc1, JET_DbInfoMisc)).signDb).toEqual(sig);
    const dbid = attachOpen(w, w.file, 0);
    expect(misc(info(w, cbMisc1, JET_DbInfoMisc, w.ses, dbid)).signDb).toEqual(sig);
    const other = out<JET_DBID>();
    expect(w.api.JetCreateDatabase(w.ses, 'other.edb', null, other, 0)).toBe(JET_errSuccess);
    expect(misc(info(w, cbMisc1, JET_DbInfoMisc, w.ses, other.value)).signDb).not.toEqual(sig);
  });
});

describe('JetGetDatabaseFileInfo', () => {
  it('a missing file is FileNotFound whatever the level and size, never DatabaseNotFound or InvalidPath', () => {
    // jetapi.cxx 12947-12952 find the file before the switch; osfs.cxx COSFileFind::ErrInit / ErrNext: no match,
    // a missing folder (InvalidPath turned into FileNotFound) and an empty name (_wfullpath fails) alike.
    const w = isam();
    for (const name of ['missing.edb', 'nofolder/x.edb', '']) {
      for (const [cb, level] of [[cbMisc1, JET_DbInfoMisc], [4, JET_DbInfoPageSize], [8, JET_DbInfoFilesize], [3, 999], [4, JET_DbInfoFilename]]) {
        expect({ name, level, r: fileInfo(w.emu, name, cb, level) }).toEqual({ name, level, r: { rc: JET_errFileNotFound, value: UNTOUCHED } });
      }
    }
  });

  it('finds the file by the file system\'s rules (case, separators), attached or not', () => {
    const w = isam('Folder/Mixed.edb');
    expect(num(fileInfo(w.emu, 'FOLDER\\MIXED.EDB', 4, JET_DbInfoFileType))).toBe(JET_filetypeDatabase);
    detach(w);
    expect(num(fileInfo(w.emu, 'folder/mixed.edb', 4, JET_DbInfoFileType))).toBe(JET_filetypeDatabase);
  });

  it('only Filesize, FilesizeOnDisk, Upgrade, Misc, PageSize, FileType and DBInUse are known; the cached-result bit is not masked', () => {
    // jetapi.cxx 12956-13231: every other level (the dbid-only ones included) falls to InvalidParameter.
    const w = isam();
    for (const level of [JET_DbInfoFilename, JET_DbInfoConnect, JET_DbInfoCountry, JET_DbInfoLCID, JET_DbInfoCp,
      JET_DbInfoCollate, JET_DbInfoOptions, JET_DbInfoTransactions, JET_DbInfoVersion, JET_DbInfoIsam,
      JET_DbInfoSpaceOwned, JET_DbInfoSpaceAvailable, JET_DbInfoHasSLVFile_Obsolete, JET_DbInfoStreamingFileSpace_Obsolete,
      JET_DbInfoStreamingFileSize_Obsolete, dbInfoSpaceShelved, JET_DbInfoSplitBuffers, 24]) {
      for (const cb of [4, 8, 260]) {
        expect({ level, cb, r: fileInfo(w.emu, w.file, cb, level) }).toEqual({ level, cb, r: { rc: JET_errInvalidParameter, value: UNTOUCHED } });
      }
    }
    expect(fileInfo(w.emu, w.file, cbMisc1, JET_DbInfoMisc | JET_DbInfoUseCachedResult).rc).toBe(JET_errInvalidParameter);
    expect(fileInfo(w.emu, w.file, 4, JET_DbInfoPageSize | JET_DbInfoUseCachedResult).rc).toBe(JET_errInvalidParameter);
  });

  it('every size mismatch is InvalidBufferSize: 8 for the sizes, 4 for PageSize / FileType / DBInUse, 28 for Upgrade', () => {
    // jetapi.cxx 12958-12983, 13090-13102, 13177-13181.
    const w = isam();
    const cases: Array<[number, number[]]> = [
      [JET_DbInfoFilesize, [0, 4, 7, 9, 16]],
      [JET_DbInfoFilesizeOnDisk, [0, 4, 16]],
      [JET_DbInfoPageSize, [0, 2, 8]],
      [JET_DbInfoFileType, [0, 2, 8]],
      [JET_DbInfoDBInUse, [0, 2, 8]],
      [JET_DbInfoUpgrade, [0, 4, 27, 32]],
      [JET_DbInfoMisc, [0, 4, 215, 217, 420]],
    ];
    for (const [level, sizes] of cases) {
      for (const cb of sizes) {
        expect({ level, cb, r: fileInfo(w.emu, w.file, cb, level) }).toEqual({ level, cb, r: { rc: JET_errInvalidBufferSize, value: UNTOUCHED } });
      }
    }
    for (const cb of cbMisc) expect(misc(fileInfo(w.emu, w.file, cb, JET_DbInfoMisc)).ulVersion).toBe(ulDAEVersionMax);
  });

  it('PageSize 4096, FileType JET_filetypeDatabase, Filesize a positive multiple of the page size in bytes', () => {
    // jetapi.cxx 13133-13160: the header's page size and file type; 12958-12966: the logical size in bytes.
    const w = isam();
    expect(num(fileInfo(w.emu, w.file, 4, JET_DbInfoPageSize))).toBe(cbPage);
    expect(num(fileInfo(w.emu, w.file, 4, JET_DbInfoFileType))).toBe(JET_filetypeDatabase);
    const bytes = num(fileInfo(w.emu, w.file, 8, JET_DbInfoFilesize));
    expect(bytes).toBeGreaterThan(0);
    expect(bytes % cbPage).toBe(0);
    detach(w);
    expect(num(fileInfo(w.emu, w.file, 4, JET_DbInfoPageSize))).toBe(cbPage);
    expect(num(fileInfo(w.emu, w.file, 8, JET_DbInfoFilesize))).toBe(bytes);
  });

  it('DBInUse and dbstate follow the attachment: 1 and DirtyShutdown while attached, 0 and CleanShutdown after the detach', () => {
    // jetapi.cxx 13104-13131 (the attachment's in-memory header, else the file's) and 13175-13227 (an FMP in use
    // with that name); db.cxx 5735-5740 (detach writes CleanShutdown, generations 0).
    const w = isam();
    expect(num(fileInfo(w.emu, w.file, 4, JET_DbInfoDBInUse))).toBe(1);
    expect(misc(fileInfo(w.emu, w.file, cbMisc1, JET_DbInfoMisc)).dbstate).toBe(JET_dbstateDirtyShutdown);
    // closing is not detaching
    expect(w.api.JetCloseDatabase(w.ses, w.dbid, 0)).toBe(JET_errSuccess);
    expect(num(fileInfo(w.emu, w.file, 4, JET_DbInfoDBInUse))).toBe(1);
    expect(w.api.JetDetachDatabase(w.ses, w.file)).toBe(JET_errSuccess);
    expect(num(fileInfo(w.emu, w.file, 4, JET_DbInfoDBInUse))).toBe(0);
    const m = misc(fileInfo(w.emu, w.file, cbMisc3, JET_DbInfoMisc));
    expect(m.dbstate).toBe(JET_dbstateCleanShutdown);
    expect(m.ulVersion).toBe(ulDAEVersionMax);
    expect(m.cbPageSize).toBe(cbPage);
    expect([m.genMinRequired, m.genMaxRequired, m.genCommitted]).toEqual([0, 0, 0]);
  });

  it('a read-only attachment is in use but its header stays CleanShutdown', () => {
    // DBInUse counts any attachment (jetapi.cxx 13196-13222); db.cxx 4516-4624 leaves a read-only header alone.
    const w = isam();
    detach(w);
    expect(w.api.JetAttachDatabase(w.ses, w.file, JET_bitDbReadOnly)).toBe(JET_errSuccess);
    expect(num(fileInfo(w.emu, w.file, 4, JET_DbInfoDBInUse))).toBe(1);
    expect(misc(fileInfo(w.emu, w.file, cbMisc1, JET_DbInfoMisc)).dbstate).toBe(JET_dbstateCleanShutdown);
  });

  it('needs no instance: after JetTerm the file is still described, not in use; after reset it is gone', () => {
    // JetGetDatabaseFileInfoW 13581-13586 has no instance or session gate; files stay until the emulator is reset.
    const emu = createEmulator();
    const inst = out<JET_INSTANCE>();
    expect(emu.api.JetCreateInstance(inst, 'f')).toBe(JET_errSuccess);
    expect(emu.api.JetInit(inst)).toBe(JET_errSuccess);
    const ses = out<JET_SESID>();
    expect(emu.api.JetBeginSession(inst.value, ses, '', '')).toBe(JET_errSuccess);
    const dbid = out<JET_DBID>();
    expect(emu.api.JetCreateDatabase(ses.value, 'kept.edb', null, dbid, 0)).toBe(JET_errSuccess);
    expect(emu.api.JetEndSession(ses.value, 0)).toBe(JET_errSuccess);
    expect(emu.api.JetTerm(inst.value)).toBe(JET_errSuccess);
    expect(num(fileInfo(emu, 'kept.edb', 4, JET_DbInfoFileType))).toBe(JET_filetypeDatabase);
    expect(num(fileInfo(emu, 'kept.edb', 4, JET_DbInfoDBInUse))).toBe(0);
    expect(num(fileInfo(emu, 'kept.edb', 4, JET_DbInfoPageSize))).toBe(cbPage);
    expect(misc(fileInfo(emu, 'kept.edb', cbMisc1, JET_DbInfoMisc)).ulVersion).toBe(ulDAEVersionMax);
    emu.reset();
    expect(fileInfo(emu, 'kept.edb', 4, JET_DbInfoFileType)).toEqual({ rc: JET_errFileNotFound, value: UNTOUCHED });
  });

  it('one emulator does not see another\'s files', () => {
    // Each emulator has its own in-memory file system (docs/differences.md, Files).
    const w = isam('mine.edb');
    expect(num(fileInfo(w.emu, 'mine.edb', 4, JET_DbInfoDBInUse))).toBe(1);
    expect(fileInfo(createEmulator(), 'mine.edb', 4, JET_DbInfoDBInUse).rc).toBe(JET_errFileNotFound);
  });
});
