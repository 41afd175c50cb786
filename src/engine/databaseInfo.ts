import * as C from '../constants/constants';
import { COUNTRY_DEFAULT, CP_WESTERN, LCID_EN_US } from '../catalog/locale';
import {
  JET_errBufferTooSmall, JET_errFeatureNotAvailable, JET_errFileNotFound, JET_errInvalidBufferSize, JET_errInvalidParameter,
} from '../constants/errors';
import { FileHeader, HEADER_PAGES, INITIAL_PAGES, JET_LOGTIME, NO_TIME, JET_SIGNATURE, SYSTEM_PAGES } from '../catalog/fileHeader';
import type { DatabaseFile } from '../catalog/databaseFile';
import { fail } from '../storage/failure';
import type { AttachedDatabase } from './database';
import { pathKey } from './database';
import type { Engine } from './engine';
import type { Session } from './session';

/** JET_LGPOS: a place in the log; esemu has no log, so every one is zero. */
export interface JET_LGPOS {
  readonly ib: number;
  readonly isec: number;
  readonly lGeneration: number;
}

/** JET_BKINFO: a backup's place and time; esemu makes no backups. */
export interface JET_BKINFO {
  readonly lgposMark: JET_LGPOS;
  readonly logtimeMark: JET_LOGTIME;
  readonly genLow: number;
  readonly genHigh: number;
}

/**
 * JET_DBINFOMISC (216 bytes) and the fields JET_DBINFOMISC2 to 7 add: present as far as the size asked for reaches
 * (util.cxx UtilLoadDbinfomiscFromPdbfilehdr writes no field past it).
 */
export interface JET_DBINFOMISC {
  ulVersion: number;
  ulUpdate: number;
  signDb: JET_SIGNATURE;
  dbstate: number;
  lgposConsistent: JET_LGPOS;
  logtimeConsistent: JET_LOGTIME;
  logtimeAttach: JET_LOGTIME;
  lgposAttach: JET_LGPOS;
  logtimeDetach: JET_LOGTIME;
  lgposDetach: JET_LGPOS;
  signLog: JET_SIGNATURE;
  bkinfoFullPrev: JET_BKINFO;
  bkinfoIncPrev: JET_BKINFO;
  bkinfoFullCur: JET_BKINFO;
  fShadowingDisabled: number;
  fUpgradeDb: number;
  dwMajorVersion: number;
  dwMinorVersion: number;
  dwBuildNumber: number;
  lSPNumber: number;
  cbPageSize: number;
  [more: string]: unknown;
}

/** sizeof(JET_DBINFOMISC) .. sizeof(JET_DBINFOMISC7): no pointers, so x64 and x86 agree. */
const MISC_SIZES = [216, 296, 300, 348, 380, 400, 416];
/** ulDAEVersionMax (sysver.cxx: the database format's major version in every format). */
const DB_VERSION = 0x620;
/** The format update of Windows 10's database format (sysver.cxx JET_efvWindows10Rtm: 1568.20). */
const DB_UPDATE = 20;
/** levelUserMost (daeconst.hxx): the transaction levels a session may nest. */
const USER_LEVELS = 7;

const ZERO_LGPOS: JET_LGPOS = { ib: 0, isec: 0, lGeneration: 0 };
const NO_BACKUP: JET_BKINFO = { lgposMark: ZERO_LGPOS, logtimeMark: NO_TIME, genLow: 0, genHigh: 0 };
const NO_SIGNATURE: JET_SIGNATURE = { ulRandom: 0, logtimeCreate: NO_TIME, szComputerName: '' };

function exactly(room: number, size: number, code: number = JET_errInvalidBufferSize): void {
  if (room !== size) fail(code);
}

/** The file's size in pages: a new database's, which esemu's files keep (there are no pages to grow). */
function filePages(): number {
  return INITIAL_PAGES;
}

/** JET_DbInfoMisc from a header, with the fields of the size asked for. */
function misc(header: FileHeader, room: number): JET_DBINFOMISC {
  if (!MISC_SIZES.includes(room)) fail(JET_errInvalidBufferSize);
  const out: JET_DBINFOMISC = {
    ulVersion: DB_VERSION, ulUpdate: DB_UPDATE, signDb: header.signDb, dbstate: header.dbstate,
    lgposConsistent: ZERO_LGPOS, logtimeConsistent: header.dbstate === C.JET_dbstateCleanShutdown ? header.logtimeDetach : NO_TIME,
    logtimeAttach: header.logtimeAttach, lgposAttach: ZERO_LGPOS, logtimeDetach: header.logtimeDetach, lgposDetach: ZERO_LGPOS,
    signLog: NO_SIGNATURE, bkinfoFullPrev: NO_BACKUP, bkinfoIncPrev: NO_BACKUP, bkinfoFullCur: NO_BACKUP,
    fShadowingDisabled: 0, fUpgradeDb: 0, dwMajorVersion: 0, dwMinorVersion: 0, dwBuildNumber: 0, lSPNumber: 0,
    cbPageSize: header.pageSize,
  };
  if (room >= 296) {
    // No log: every generation is 0 (with logging off the engine writes 0 too); no repair, ECC or checksum events.
    Object.assign(out, {
      genMinRequired: 0, genMaxRequired: 0, logtimeGenMaxCreate: NO_TIME, ulRepairCount: 0, logtimeRepair: NO_TIME,
      ulRepairCountOld: 0, ulECCFixSuccess: 0, logtimeECCFixSuccess: NO_TIME, ulECCFixSuccessOld: 0, ulECCFixFail: 0,
      logtimeECCFixFail: NO_TIME, ulECCFixFailOld: 0, ulBadChecksum: 0, logtimeBadChecksum: NO_TIME, ulBadChecksumOld: 0,
    });
  }
  if (room >= 300) out.genCommitted = 0;
  if (room >= 348) Object.assign(out, { bkinfoCopyPrev: NO_BACKUP, bkinfoDiffPrev: NO_BACKUP });
  if (room >= 380) {
    Object.assign(out, {
      ulIncrementalReseedCount: 0, logtimeIncrementalReseed: NO_TIME, ulIncrementalReseedCountOld: 0, ulPagePatchCount: 0,
      logtimePagePatch: NO_TIME, ulPagePatchCountOld: 0,
    });
  }
  if (room >= 400) Object.assign(out, { logtimeChecksumPrev: NO_TIME, logtimeChecksumStart: NO_TIME, cpgDatabaseChecked: 0 });
  if (room >= 416) Object.assign(out, { logtimeLastReAttach: NO_TIME, lgposLastReAttach: ZERO_LGPOS });
  return out;
}

/**
 * JetGetDatabaseInfo after the session and dbid checks (info.cxx ErrIsamGetDatabaseInfo): the level with
 * JET_DbInfoUseCachedResult masked off, each level's own size check, then its answer. The buffer-size codes differ
 * from level to level as the engine's do.
 */
export function databaseInfo(ses: Session, db: AttachedDatabase, room: number, infoLevel: number): number | string | JET_DBINFOMISC {
  const header = db.file.header;
  switch (infoLevel & ~C.JET_DbInfoUseCachedResult) {
    case C.JET_DbInfoFilename:
      if (db.path.length >= room) fail(JET_errBufferTooSmall);
      return db.path;
    case C.JET_DbInfoConnect:
      if (room < 1) fail(JET_errBufferTooSmall);
      return '';
    case C.JET_DbInfoCountry:
      exactly(room, 4);
      return COUNTRY_DEFAULT;
    case C.JET_DbInfoLCID:
      exactly(room, 4);
      return LCID_EN_US;
    case C.JET_DbInfoCp:
      exactly(room, 4);
      return CP_WESTERN;
    case C.JET_DbInfoCollate:
      exactly(room, 4);
      return 0;
    case C.JET_DbInfoOptions:
      exactly(room, 4);
      // Only this session's exclusive open shows; a read-only attachment does not.
      return db.exclusiveOwner === ses ? C.JET_bitDbExclusive : 0;
    case C.JET_DbInfoTransactions:
      exactly(room, 4);
      return USER_LEVELS;
    case C.JET_DbInfoVersion:
      exactly(room, 4);
      return DB_VERSION;
    case C.JET_DbInfoIsam:
      return fail(JET_errFeatureNotAvailable);
    case C.JET_DbInfoFilesize:
    case C.JET_DbInfoFilesizeOnDisk:
      // In pages, and with no size check at all (info.cxx).
      return filePages();
    case C.JET_DbInfoSpaceOwned:
      exactly(room, 4);
      return filePages() - HEADER_PAGES;
    case C.JET_DbInfoSpaceAvailable:
      // space.cxx ErrSPGetInfo: a buffer too small for one count is InvalidParameter.
      if (room < 4) fail(JET_errInvalidParameter);
      return filePages() - HEADER_PAGES - SYSTEM_PAGES;
    case C.JET_DbInfoMisc:
      return misc(header, room);
    case C.JET_DbInfoPageSize:
      exactly(room, 4, JET_errBufferTooSmall);
      return header.pageSize;
    case DB_INFO_SPACE_SHELVED:
      if (room < 4) fail(JET_errInvalidBufferSize);
      return 0;
    case C.JET_DbInfoSplitBuffers:
      if (room < 4) fail(JET_errInvalidParameter);
      return 0;
    default:
      return fail(JET_errInvalidParameter);
  }
}

/** dbInfoSpaceShelved: a level the engine answers that esent.h does not name (jethdr.w). */
const DB_INFO_SPACE_SHELVED = 22;

/**
 * JetGetDatabaseFileInfo (jetapi.cxx JetGetDatabaseFileInfoEx): no instance or session; the file is found first
 * (FileNotFound for any level), then the level, not masked, with its size checks (InvalidBufferSize throughout).
 */
export function databaseFileInfo(
  engine: Engine, path: string, room: number, infoLevel: number, given: unknown,
): number | JET_DBINFOMISC | JET_DBINFOUPGRADE {
  const file = engine.files.get(pathKey(path));
  if (file === undefined) fail(JET_errFileNotFound);
  switch (infoLevel) {
    case C.JET_DbInfoFilesize:
    case C.JET_DbInfoFilesizeOnDisk:
      exactly(room, 8);
      return filePages() * file.header.pageSize;
    case C.JET_DbInfoMisc:
      return misc(file.header, room);
    case C.JET_DbInfoPageSize:
      exactly(room, 4);
      return file.header.pageSize;
    case C.JET_DbInfoFileType:
      exactly(room, 4);
      return C.JET_filetypeDatabase;
    case C.JET_DbInfoDBInUse:
      exactly(room, 4);
      return inUse(engine, file) ? 1 : 0;
    case C.JET_DbInfoUpgrade:
      exactly(room, UPGRADE_SIZE);
      return upgrade(file, given);
    default:
      return fail(JET_errInvalidParameter);
  }
}

/** JET_DBINFOUPGRADE: what upgrading the file to the engine's format would take. */
export interface JET_DBINFOUPGRADE {
  cbStruct: number;
  cbFilesizeLow: number;
  cbFilesizeHigh: number;
  cbFreeSpaceRequiredLow: number;
  cbFreeSpaceRequiredHigh: number;
  csecToUpgrade: number;
  /** Bit 0 fUpgradable, bit 1 fAlreadyUpgraded (the union's two bit fields). */
  ulFlags: number;
  fUpgradable: number;
  fAlreadyUpgraded: number;
}

/** sizeof(JET_DBINFOUPGRADE): seven ULONGs. */
const UPGRADE_SIZE = 28;

/**
 * JET_DbInfoUpgrade (jetapi.cxx JetGetDatabaseFileInfoEx): the caller's struct must say its size in cbStruct
 * (InvalidParameter otherwise); the estimates grow with the file as the engine's formulas make them (an
 * hour per gigabyte, free space of about 15% of the file), and a file in the engine's own format is already upgraded.
 */
function upgrade(file: DatabaseFile, given: unknown): JET_DBINFOUPGRADE {
  const cbStruct = typeof given === 'object' && given !== null ? (given as { cbStruct?: unknown }).cbStruct : undefined;
  if (cbStruct !== UPGRADE_SIZE) fail(JET_errInvalidParameter);
  const size = filePages() * file.header.pageSize;
  const free = Math.floor((size * 10) / 64);
  return {
    cbStruct: UPGRADE_SIZE, cbFilesizeLow: size % 2 ** 32, cbFilesizeHigh: Math.floor(size / 2 ** 32),
    cbFreeSpaceRequiredLow: free % 2 ** 32, cbFreeSpaceRequiredHigh: Math.floor(free / 2 ** 32),
    csecToUpgrade: Math.floor((size * 3600) / 2 ** 30), ulFlags: 2, fUpgradable: 0, fAlreadyUpgraded: 1,
  };
}

/** Whether some instance has the file attached. */
function inUse(engine: Engine, file: DatabaseFile): boolean {
  return engine.attachments.has(file);
}
