import {
  JET_errDatabaseDuplicate, JET_errDatabaseInUse, JET_errDatabaseInvalidPath, JET_errDatabaseLocked,
  JET_errCannotDisableVersioning, JET_errDatabaseNotFound, JET_errDatabaseSharingViolation, JET_errFileNotFound,
  JET_errForceDetachNotAllowed, JET_errInTransaction, JET_errInvalidGrbit,
  JET_errInvalidDatabaseId, JET_errOneDatabasePerSession, JET_errTooManyAttachedDatabases, JET_errSuccess,
  JET_wrnDatabaseAttached, JET_wrnFileOpenReadOnly,
} from '../constants/errors';
import { DatabaseFile } from '../catalog/databaseFile';
import { FileHeader, logTime, pageSizeOf } from '../catalog/fileHeader';
import * as C from '../constants/constants';
import type { Engine } from './engine';
import { fail } from '../storage/failure';
import { enterSession } from './gates';
import { newHandle } from './handles';
import type { Instance } from './instance';
import { PARAM } from './params';
import type { Session } from './session';
import { closeTableCursor, TableCursor } from './tableCursor';

/** User databases an instance can attach at once (the engine's dbid 1..6). */
export const MAX_ATTACHED = 6;

const DB_READ_ONLY = 0x1;
const DB_EXCLUSIVE = 0x2;
const DB_OVERWRITE_EXISTING = 0x200;

/** A file attached to an instance. Its dbid is what every JetOpenDatabase of it returns. */
export class AttachedDatabase {
  readonly dbid = newHandle();
  /** Opens by all sessions (the engine's pin count). */
  pins = 0;
  /** Session holding it open with JET_bitDbExclusive. */
  exclusiveOwner: Session | null = null;
  /**
   * The most pages the file may grow to (fmp.hxx CpgDatabaseSizeMax; 0: no limit): cpgDatabaseSizeMax of the create
   * or attach, or JetSetMaxDatabaseSize. Kept and read back; esemu's files do not grow (docs/differences.md).
   */
  maxPages = 0;
  /**
   * The engine's dbid within the instance (1..6): the smallest one free at attach time (fmp.cxx). Calls that
   * go through every database (JetEndSession's closes, a detach of all) go in this order.
   */
  readonly slot: number;
  /**
   * `path`: the file's name as the create or attach spelled it (JET_DbInfoFilename). `logged`: whether the engine
   * would log its changes (not for JET_bitDbRecoveryOff or a read-only attach, db.cxx), which decides whether
   * JetGetInstanceInfo lists it.
   */
  constructor(
    readonly instance: Instance, readonly file: DatabaseFile, readonly readOnly: boolean, readonly path: string,
    readonly logged: boolean,
  ) {
    const used = new Set<number>();
    for (const db of instance.attached.values()) used.add(db.slot);
    let slot = 1;
    while (used.has(slot)) slot += 1;
    this.slot = slot;
  }
}

/** Databases in the engine's dbid order. */
export function bySlot(dbs: Iterable<AttachedDatabase>): AttachedDatabase[] {
  return [...dbs].sort((a, b) => a.slot - b.slot);
}

/** Windows paths: case-insensitive, either slash. */
export function pathKey(path: string): string {
  return path.replace(/\\/g, '/').toLowerCase();
}

function requireLevel0(ses: Session): void {
  if (ses.level > 0) fail(JET_errInTransaction);
}

function attach(engine: Engine, inst: Instance, file: DatabaseFile, grbit: number, path: string): AttachedDatabase {
  if (inst.attached.size >= MAX_ATTACHED) fail(JET_errTooManyAttachedDatabases);
  const readOnly = (grbit & DB_READ_ONLY) !== 0;
  const db = new AttachedDatabase(inst, file, readOnly, path, !readOnly && (grbit & C.JET_bitDbRecoveryOff) === 0);
  // db.cxx DBISetHeaderAfterAttach: a read-write attach marks the header in use (DirtyShutdown until the detach);
  // a read-only one leaves the header as it is.
  if (!readOnly) {
    file.header.dbstate = C.JET_dbstateDirtyShutdown;
    file.header.logtimeAttach = logTime(Date.now());
  }
  engine.attachments.set(file, db);
  inst.attached.set(pathKey(file.path), db);
  engine.databases.set(db.dbid, db);
  return db;
}

export function createDatabase(engine: Engine, ses: Session, path: string, grbit: number, maxPages = 0): AttachedDatabase {
  enterSession(engine, ses, false);
  requireLevel0(ses);
  // db.cxx ErrDBCreateDatabase: versioning may be turned off only with recovery off.
  if ((grbit & C.JET_bitDbVersioningOff) !== 0 && (grbit & C.JET_bitDbRecoveryOff) === 0) fail(JET_errCannotDisableVersioning);
  if (path === '') fail(JET_errDatabaseInvalidPath);
  const key = pathKey(path);
  const existing = engine.files.get(key);
  if (existing !== undefined) {
    const holder = engine.attachments.get(existing);
    if (holder !== undefined) fail(holder.instance === ses.instance ? JET_errDatabaseDuplicate : JET_errDatabaseSharingViolation);
    if ((grbit & DB_OVERWRITE_EXISTING) === 0) fail(JET_errDatabaseDuplicate);
  }
  if (ses.instance.attached.size >= MAX_ATTACHED) fail(JET_errTooManyAttachedDatabases);
  const made = logTime(Date.now());
  engine.signatures += 1;
  const signDb = { ulRandom: engine.signatures, logtimeCreate: made, szComputerName: '' };
  const file = new DatabaseFile(path, new FileHeader(signDb, pageSizeOf(ses.instance.param(C.JET_paramDatabasePageSize)), made));
  engine.files.set(key, file);
  const db = attach(engine, ses.instance, file, grbit & C.JET_bitDbRecoveryOff, path);
  db.maxPages = maxPages;
  openFor(ses, db, false);
  return db;
}

export function attachDatabase(engine: Engine, ses: Session, path: string, grbit: number, maxPages = 0): number {
  enterSession(engine, ses, false);
  requireLevel0(ses);
  // db.cxx ErrIsamAttachDatabase: an attachment never turns versioning off; then the name; a read-only attachment
  // cannot delete Unicode indexes, found before the file is looked for.
  if ((grbit & C.JET_bitDbVersioningOff) !== 0) fail(JET_errCannotDisableVersioning);
  if (path === '') fail(JET_errDatabaseInvalidPath);
  if ((grbit & C.JET_bitDbDeleteUnicodeIndexes) !== 0 && (grbit & DB_READ_ONLY) !== 0) fail(JET_errInvalidGrbit);
  const file = engine.files.get(pathKey(path));
  if (file === undefined) fail(JET_errFileNotFound);
  const holder = engine.attachments.get(file);
  if (holder !== undefined) {
    if (holder.instance === ses.instance) return JET_wrnDatabaseAttached;
    fail(JET_errDatabaseSharingViolation);
  }
  attach(engine, ses.instance, file, grbit, path).maxPages = maxPages;
  return JET_errSuccess;
}

export function openDatabase(engine: Engine, ses: Session, path: string, grbit: number): { db: AttachedDatabase; warning: number } {
  enterSession(engine, ses, false);
  if (path === '') fail(JET_errDatabaseInvalidPath);
  const db = ses.instance.attached.get(pathKey(path));
  if (db === undefined) fail(JET_errDatabaseNotFound);
  if (ses.instance.param(PARAM.OneDatabasePerSession) !== 0) {
    for (const open of ses.openDatabases.keys()) if (open !== db) fail(JET_errOneDatabasePerSession);
  }
  // db.cxx ErrDBOpenDatabase warns of a read-only attachment opened without JET_bitDbReadOnly, but
  // ErrIsamOpenDatabase takes it with CallR and ends with `return JET_errSuccess`: the documented warning is given
  // only with the documented fidelity (docs/differences.md).
  const warns = db.readOnly && (grbit & DB_READ_ONLY) === 0 && engine.options.fidelity === 'documented';
  const warning = warns ? JET_wrnFileOpenReadOnly : JET_errSuccess;
  if (db.exclusiveOwner !== null && db.exclusiveOwner !== ses) fail(JET_errDatabaseLocked);
  if ((grbit & DB_EXCLUSIVE) !== 0 && db.pins > 0) fail(JET_errDatabaseInUse);
  openFor(ses, db, (grbit & DB_EXCLUSIVE) !== 0);
  return { db, warning };
}

function openFor(ses: Session, db: AttachedDatabase, exclusive: boolean): void {
  ses.openDatabases.set(db, (ses.openDatabases.get(db) ?? 0) + 1);
  db.pins += 1;
  if (exclusive) db.exclusiveOwner = ses;
}

/** The gate of the calls on a database (JetOpenTable, JetCreateTable...): the session gate, then the dbid. */
export function enterDatabase(engine: Engine, ses: Session, dbid: unknown): AttachedDatabase {
  enterSession(engine, ses, false);
  return sessionDatabase(engine, ses, typeof dbid === 'number' ? dbid : -1);
}

/** The gate's dbid check: the session must have the database open. */
export function sessionDatabase(engine: Engine, ses: Session, dbid: number): AttachedDatabase {
  const db = engine.databases.get(dbid);
  if (db === undefined || !ses.openDatabases.has(db)) fail(JET_errInvalidDatabaseId);
  return db;
}

export function closeDatabase(engine: Engine, ses: Session, dbid: number): void {
  enterSession(engine, ses, true);
  closeOnce(engine, ses, sessionDatabase(engine, ses, dbid));
}

function closeOnce(engine: Engine, ses: Session, db: AttachedDatabase): void {
  const count = ses.openDatabases.get(db) ?? 0;
  if (count <= 1) {
    // The session's last open of the database closes its tables on it.
    for (const cursor of [...ses.cursors]) {
      if (cursor instanceof TableCursor && cursor.database === db) closeTableCursor(engine, cursor, true);
    }
    ses.openDatabases.delete(db);
    if (db.exclusiveOwner === ses) db.exclusiveOwner = null;
  } else {
    ses.openDatabases.set(db, count - 1);
  }
  db.pins -= 1;
}

/** Close each database until the session's count is 0 (JetEndSession). */
export function closeAllDatabases(engine: Engine, ses: Session, faultPoint: string): void {
  if (!ses.hasOpenDatabases) return;
  // db.cxx ErrDBCloseAllDBs goes through the instance's dbids in order.
  for (const db of bySlot(ses.openDatabases.keys())) {
    engine.faults.check(faultPoint);
    while (ses.openDatabases.has(db)) closeOnce(engine, ses, db);
  }
}

/** Forget the session's opens without closing anything one by one (JetTerm teardown). */
export function releaseAllDatabases(ses: Session): void {
  for (const [db, count] of ses.openDatabases) {
    db.pins -= count;
    if (db.exclusiveOwner === ses) db.exclusiveOwner = null;
  }
  ses.openDatabases.clear();
}

export function detachDatabase(engine: Engine, ses: Session, path: string | null, grbit = 0): void {
  enterSession(engine, ses, true);
  // jetapi.cxx JetDetachDatabaseEx: a forced detach is refused right after the session's gate.
  if ((grbit & C.JET_bitForceDetach) !== 0) fail(JET_errForceDetachNotAllowed);
  requireLevel0(ses);
  const inst = ses.instance;
  if (path === null || path === '') {
    // db.cxx ErrIsamDetachAllDatabase: in dbid order, stopping at the first one in use (those before it stay detached).
    for (const db of bySlot(inst.attached.values())) {
      if (db.pins > 0) fail(JET_errDatabaseInUse);
      forgetAttachment(engine, db);
    }
    return;
  }
  const db = inst.attached.get(pathKey(path));
  if (db !== undefined && db.pins > 0) fail(JET_errDatabaseInUse);
  if (db === undefined) fail(JET_errDatabaseNotFound);
  forgetAttachment(engine, db);
}

/**
 * Detach: the file stays in the file system, the attachment and its dbid are gone for good. A read-write attachment
 * leaves the header CleanShutdown (db.cxx ErrIsamDetachDatabase), unless `clean` is false (JET_bitTermDirty).
 */
export function forgetAttachment(engine: Engine, db: AttachedDatabase, clean = true): void {
  if (clean && !db.readOnly) {
    db.file.header.dbstate = C.JET_dbstateCleanShutdown;
    db.file.header.logtimeDetach = logTime(Date.now());
  }
  db.instance.attached.delete(pathKey(db.file.path));
  engine.databases.delete(db.dbid);
  engine.attachments.delete(db.file);
}

/**
 * JetSetMaxDatabaseSize's database (db.cxx ErrIsamSetMaxDatabaseSize, ErrDBCheckUserDbid): any user database
 * attached in the process, whether or not the session has it open (the call passes only the session gate);
 * InvalidDatabaseId otherwise.
 */
export function attachedDatabase(engine: Engine, ses: Session, dbid: unknown): AttachedDatabase {
  enterSession(engine, ses, false);
  const db = typeof dbid === 'number' ? engine.databases.get(dbid) : undefined;
  if (db === undefined) fail(JET_errInvalidDatabaseId);
  return db;
}

