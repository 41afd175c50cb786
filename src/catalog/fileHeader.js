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
exports.FileHeader = exports.SYSTEM_PAGES = exports.HEADER_PAGES = exports.INITIAL_PAGES = exports.DEFAULT_PAGE_SIZE = exports.NO_TIME = void 0;
exports.logTime = logTime;
exports.pageSizeOf = pageSizeOf;
const C = __importStar(require("../constants/constants"));
/** A JET_LOGTIME of nothing (the engine's zeroed header fields). */
exports.NO_TIME = {
    bSeconds: 0, bMinutes: 0, bHours: 0, bDay: 0, bMonth: 0, bYear: 0, fTimeIsUTC: 0, bMillisecondsLow: 0, bMillisecondsHigh: 0,
};
/** `at` (milliseconds since 1970) as a UTC JET_LOGTIME. */
function logTime(at) {
    const d = new Date(at);
    const ms = d.getUTCMilliseconds();
    return {
        bSeconds: d.getUTCSeconds(), bMinutes: d.getUTCMinutes(), bHours: d.getUTCHours(), bDay: d.getUTCDate(),
        bMonth: d.getUTCMonth() + 1, bYear: d.getUTCFullYear() - 1900, fTimeIsUTC: 1, bMillisecondsLow: ms & 0x7f,
        bMillisecondsHigh: ms >> 7,
    };
}
/** The page size a database gets when JET_paramDatabasePageSize names none the engine accepts (daedef.hxx g_cbPageDefault). */
exports.DEFAULT_PAGE_SIZE = 4096;
const PAGE_SIZES = new Set([4096, 8192, 16384, 32768]);
/** The page size JET_paramDatabasePageSize asks for, or the default. */
function pageSizeOf(param) {
    return typeof param === 'number' && PAGE_SIZES.has(param) ? param : exports.DEFAULT_PAGE_SIZE;
}
/**
 * Pages of a new database: db.cxx CpgDBInitialUserDatabaseSize, with the default JET_paramDbExtensionSize of 256,
 * makes 30 pages of catalog and system trees, 224 user pages and the two header pages.
 */
exports.INITIAL_PAGES = 256;
/** The two header pages (the header and its shadow) that the space tree does not own. */
exports.HEADER_PAGES = 2;
/** Pages the catalog and the system trees take in a new database: never available. */
exports.SYSTEM_PAGES = 30;
/**
 * The header of a database file (daedef.hxx DBFILEHDR), as far as the information calls read it: the state the
 * last attachment left it in, its signature and page size, and when it was attached and detached. The session
 * layer keeps it up to date (src/engine/database.ts), the information calls read it
 * (src/engine/databaseInfo.ts).
 */
class FileHeader {
    signDb;
    pageSize;
    /** JET_dbstate*: db.cxx makes a new database DirtyShutdown, a read-write attach too, a detach CleanShutdown. */
    dbstate = C.JET_dbstateDirtyShutdown;
    logtimeAttach;
    logtimeDetach = exports.NO_TIME;
    constructor(signDb, pageSize, made) {
        this.signDb = signDb;
        this.pageSize = pageSize;
        this.logtimeAttach = made;
    }
}
exports.FileHeader = FileHeader;
