"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.databaseInfo = databaseInfo;
exports.databaseFileInfo = databaseFileInfo;
const C = __importStar(require("../constants/constants"));
const errors_1 = require("../constants/errors");
const fileHeader_1 = require("../catalog/fileHeader");
const failure_1 = require("../storage/failure");
const database_1 = require("./database");
/** sizeof(JET_DBINFOMISC) .. sizeof(JET_DBINFOMISC7): no pointers, so x64 and x86 agree. */
const MISC_SIZES = [216, 296, 300, 348, 380, 400, 416];
/** ulDAEVersionMax (sysver.cxx: the database format's major version in every format). */
const DB_VERSION = 0x620;
/** The format update of Windows 10's database format (sysver.cxx JET_efvWindows10Rtm: 1568.20). */
const DB_UPDATE = 20;
/** levelUserMost (daeconst.hxx): the transaction levels a session may nest. */
const USER_LEVELS = 7;
/** The instance's default locale, en-US (norm.cxx), and the engine's code page and country (norm.hxx). */
const LCID_EN_US = 1033;
const CP_WESTERN = 1252;
const COUNTRY_DEFAULT = 1;
const ZERO_LGPOS = { ib: 0, isec: 0, lGeneration: 0 };
const NO_BACKUP = { lgposMark: ZERO_LGPOS, logtimeMark: fileHeader_1.NO_TIME, genLow: 0, genHigh: 0 };
const NO_SIGNATURE = { ulRandom: 0, logtimeCreate: fileHeader_1.NO_TIME, szComputerName: '' };
function exactly(room, size, code = errors_1.JET_errInvalidBufferSize) {
    if (room !== size)
        (0, failure_1.fail)(code);
}
/** The file's size in pages: a new database's, which esemu's files keep (there are no pages to grow). */
function filePages() {
    return fileHeader_1.INITIAL_PAGES;
}
/** JET_DbInfoMisc from a header, with the fields of the size asked for. */
function misc(header, room) {
    if (!MISC_SIZES.includes(room))
        (0, failure_1.fail)(errors_1.JET_errInvalidBufferSize);
    const out = {
        ulVersion: DB_VERSION, ulUpdate: DB_UPDATE, signDb: header.signDb, dbstate: header.dbstate,
        lgposConsistent: ZERO_LGPOS, logtimeConsistent: header.dbstate === C.JET_dbstateCleanShutdown ? header.logtimeDetach : fileHeader_1.NO_TIME,
        logtimeAttach: header.logtimeAttach, lgposAttach: ZERO_LGPOS, logtimeDetach: header.logtimeDetach, lgposDetach: ZERO_LGPOS,
        signLog: NO_SIGNATURE, bkinfoFullPrev: NO_BACKUP, bkinfoIncPrev: NO_BACKUP, bkinfoFullCur: NO_BACKUP,
        fShadowingDisabled: 0, fUpgradeDb: 0, dwMajorVersion: 0, dwMinorVersion: 0, dwBuildNumber: 0, lSPNumber: 0,
        cbPageSize: header.pageSize,
    };
    if (room >= 296) {
        // No log: every generation is 0 (with logging off the engine writes 0 too); no repair, ECC or checksum events.
        Object.assign(out, {
            genMinRequired: 0, genMaxRequired: 0, logtimeGenMaxCreate: fileHeader_1.NO_TIME, ulRepairCount: 0, logtimeRepair: fileHeader_1.NO_TIME,
            ulRepairCountOld: 0, ulECCFixSuccess: 0, logtimeECCFixSuccess: fileHeader_1.NO_TIME, ulECCFixSuccessOld: 0, ulECCFixFail: 0,
            logtimeECCFixFail: fileHeader_1.NO_TIME, ulECCFixFailOld: 0, ulBadChecksum: 0, logtimeBadChecksum: fileHeader_1.NO_TIME, ulBadChecksumOld: 0,
        });
    }
    if (room >= 300)
        out.genCommitted = 0;
    if (room >= 348)
        Object.assign(out, { bkinfoCopyPrev: NO_BACKUP, bkinfoDiffPrev: NO_BACKUP });
    if (room >= 380) {
        Object.assign(out, {
            ulIncrementalReseedCount: 0, logtimeIncrementalReseed: fileHeader_1.NO_TIME, ulIncrementalReseedCountOld: 0, ulPagePatchCount: 0,
            logtimePagePatch: fileHeader_1.NO_TIME, ulPagePatchCountOld: 0,
        });
    }
    if (room >= 400)
        Object.assign(out, { logtimeChecksumPrev: fileHeader_1.NO_TIME, logtimeChecksumStart: fileHeader_1.NO_TIME, cpgDatabaseChecked: 0 });
    if (room >= 416)
        Object.assign(out, { logtimeLastReAttach: fileHeader_1.NO_TIME, lgposLastReAttach: ZERO_LGPOS });
    return out;
}
/**
 * JetGetDatabaseInfo after the session and dbid checks (info.cxx ErrIsamGetDatabaseInfo): the level with
 * JET_DbInfoUseCachedResult masked off, each level's own size check, then its answer. The buffer-size codes differ
 * from level to level as the engine's do.
 */
function databaseInfo(ses, db, room, infoLevel) {
    const header = db.file.header;
    switch (infoLevel & ~C.JET_DbInfoUseCachedResult) {
        case C.JET_DbInfoFilename:
            if (db.path.length >= room)
                (0, failure_1.fail)(errors_1.JET_errBufferTooSmall);
            return db.path;
        case C.JET_DbInfoConnect:
            if (room < 1)
                (0, failure_1.fail)(errors_1.JET_errBufferTooSmall);
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
            return (0, failure_1.fail)(errors_1.JET_errFeatureNotAvailable);
        case C.JET_DbInfoFilesize:
        case C.JET_DbInfoFilesizeOnDisk:
            // In pages, and with no size check at all (info.cxx).
            return filePages();
        case C.JET_DbInfoSpaceOwned:
            exactly(room, 4);
            return filePages() - fileHeader_1.HEADER_PAGES;
        case C.JET_DbInfoSpaceAvailable:
            // space.cxx ErrSPGetInfo: a buffer too small for one count is InvalidParameter.
            if (room < 4)
                (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
            return filePages() - fileHeader_1.HEADER_PAGES - fileHeader_1.SYSTEM_PAGES;
        case C.JET_DbInfoMisc:
            return misc(header, room);
        case C.JET_DbInfoPageSize:
            exactly(room, 4, errors_1.JET_errBufferTooSmall);
            return header.pageSize;
        case DB_INFO_SPACE_SHELVED:
            if (room < 4)
                (0, failure_1.fail)(errors_1.JET_errInvalidBufferSize);
            return 0;
        case C.JET_DbInfoSplitBuffers:
            if (room < 4)
                (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
            return 0;
        default:
            return (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    }
}
/** dbInfoSpaceShelved: a level the engine answers that esent.h does not name (jethdr.w). */
const DB_INFO_SPACE_SHELVED = 22;
/**
 * JetGetDatabaseFileInfo (jetapi.cxx JetGetDatabaseFileInfoEx): no instance or session; the file is found first
 * (FileNotFound for any level), then the level, not masked, with its size checks (InvalidBufferSize throughout).
 */
function databaseFileInfo(engine, path, room, infoLevel, given) {
    const file = engine.files.get((0, database_1.pathKey)(path));
    if (file === undefined)
        (0, failure_1.fail)(errors_1.JET_errFileNotFound);
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
            return (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    }
}
/** sizeof(JET_DBINFOUPGRADE): seven ULONGs. */
const UPGRADE_SIZE = 28;
/**
 * JET_DbInfoUpgrade (jetapi.cxx JetGetDatabaseFileInfoEx): the caller's struct must say its size in cbStruct
 * (InvalidParameter otherwise); the estimates grow with the file as the engine's formulas make them (an
 * hour per gigabyte, free space of about 15% of the file), and a file in the engine's own format is already upgraded.
 */
function upgrade(file, given) {
    const cbStruct = typeof given === 'object' && given !== null ? given.cbStruct : undefined;
    if (cbStruct !== UPGRADE_SIZE)
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    const size = filePages() * file.header.pageSize;
    const free = Math.floor((size * 10) / 64);
    return {
        cbStruct: UPGRADE_SIZE, cbFilesizeLow: size % 2 ** 32, cbFilesizeHigh: Math.floor(size / 2 ** 32),
        cbFreeSpaceRequiredLow: free % 2 ** 32, cbFreeSpaceRequiredHigh: Math.floor(free / 2 ** 32),
        csecToUpgrade: Math.floor((size * 3600) / 2 ** 30), ulFlags: 2, fUpgradable: 0, fAlreadyUpgraded: 1,
    };
}
/** Whether some instance has the file attached. */
function inUse(engine, file) {
    return engine.attachments.has(file);
}
