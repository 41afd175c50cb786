import * as C from '../constants/constants';

/** JET_LOGTIME: a moment as the engine's headers write it (years counted from 1900, months from 1). */
export interface JET_LOGTIME {
  readonly bSeconds: number;
  readonly bMinutes: number;
  readonly bHours: number;
  readonly bDay: number;
  readonly bMonth: number;
  readonly bYear: number;
  readonly fTimeIsUTC: number;
  readonly bMillisecondsLow: number;
  readonly bMillisecondsHigh: number;
}

/** JET_SIGNATURE: what tells one database (or log) apart from every other. */
export interface JET_SIGNATURE {
  readonly ulRandom: number;
  readonly logtimeCreate: JET_LOGTIME;
  readonly szComputerName: string;
}

/** A JET_LOGTIME of nothing (the engine's zeroed header fields). */
export const NO_TIME: JET_LOGTIME = {
  bSeconds: 0, bMinutes: 0, bHours: 0, bDay: 0, bMonth: 0, bYear: 0, fTimeIsUTC: 0, bMillisecondsLow: 0, bMillisecondsHigh: 0,
};

/** `at` (milliseconds since 1970) as a UTC JET_LOGTIME. */
export function logTime(at: number): JET_LOGTIME {
  const d = new Date(at);
  const ms = d.getUTCMilliseconds();
  return {
    bSeconds: d.getUTCSeconds(), bMinutes: d.getUTCMinutes(), bHours: d.getUTCHours(), bDay: d.getUTCDate(),
    bMonth: d.getUTCMonth() + 1, bYear: d.getUTCFullYear() - 1900, fTimeIsUTC: 1, bMillisecondsLow: ms & 0x7f,
    bMillisecondsHigh: ms >> 7,
  };
}

/** The page size a database gets when JET_paramDatabasePageSize names none the engine accepts (daedef.hxx g_cbPageDefault). */
export const DEFAULT_PAGE_SIZE = 4096;
const PAGE_SIZES = new Set([4096, 8192, 16384, 32768]);

/** The page size JET_paramDatabasePageSize asks for, or the default. */
export function pageSizeOf(param: number | string): number {
  return typeof param === 'number' && PAGE_SIZES.has(param) ? param : DEFAULT_PAGE_SIZE;
}

/**
 * Pages of a new database: db.cxx CpgDBInitialUserDatabaseSize, with the default JET_paramDbExtensionSize of 256,
 * makes 30 pages of catalog and system trees, 224 user pages and the two header pages.
 */
export const INITIAL_PAGES = 256;
/** The two header pages (the header and its shadow) that the space tree does not own. */
export const HEADER_PAGES = 2;
/** Pages the catalog and the system trees take in a new database: never available. */
export const SYSTEM_PAGES = 30;

/**
 * The header of a database file (daedef.hxx DBFILEHDR), as far as the information calls read it: the state the
 * last attachment left it in, its signature and page size, and when it was attached and detached. The session
 * layer keeps it up to date (src/engine/database.ts), the information calls read it
 * (src/engine/databaseInfo.ts).
 */
export class FileHeader {
  /** JET_dbstate*: db.cxx makes a new database DirtyShutdown, a read-write attach too, a detach CleanShutdown. */
  dbstate: number = C.JET_dbstateDirtyShutdown;
  logtimeAttach: JET_LOGTIME;
  logtimeDetach: JET_LOGTIME = NO_TIME;
  constructor(readonly signDb: JET_SIGNATURE, readonly pageSize: number, made: JET_LOGTIME) {
    this.logtimeAttach = made;
  }
}
