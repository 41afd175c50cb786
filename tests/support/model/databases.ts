/**
 * Databases: create / attach / open / close / detach (db.cxx ErrDBCreateDatabase,
 * ErrIsamAttachDatabase, ErrDBOpenDatabase 5990-6100, ErrIsamCloseDatabase,
 * ErrIsamDetachDatabase 5356-5700, ErrIsamDetachAllDatabase; fmp.cxx slot choice).
 * Files live in the emulator's in-memory file system and stay after a detach.
 */
import {
  JET_errDatabaseDuplicate, JET_errDatabaseInUse, JET_errDatabaseSharingViolation, JET_errDatabaseLocked, JET_errDatabaseNotFound,
  JET_errFileNotFound, JET_errInTransaction, JET_errInvalidDatabaseId,
  JET_errOneDatabasePerSession, JET_errTooManyAttachedDatabases, JET_wrnDatabaseAttached, JET_wrnFileOpenReadOnly,
} from '../../../src';
import { check } from './check';
import { Outcome, sessionCall } from './gates';
import { MAttach, MInstance, MSession, World } from './world';

/** Another instance's attachment of the same file (fmp.cxx FMP::ErrNewAndWriteLatch). */
const SHARING = JET_errDatabaseSharingViolation;
const DB_EXCLUSIVE = 0x2;
const DB_READONLY = 0x1;

function attachedHere(inst: MInstance, file: string): MAttach | undefined {
  return inst.attached.find((a) => a.alive && a.file === file);
}

function attachedElsewhere(w: World, inst: MInstance, file: string): boolean {
  return w.attachments.some((a) => a.alive && a.file === file && a.inst !== inst);
}

function freeSlot(inst: MInstance): number | undefined {
  for (let slot = 1; slot <= 6; slot += 1) if (!inst.attached.some((a) => a.alive && a.slot === slot)) return slot;
  return undefined;
}

function attach(w: World, inst: MInstance, file: string, readOnly: boolean, dbid: number): MAttach {
  const slot = freeSlot(inst);
  check(slot !== undefined, 'no dbid slot left');
  const a: MAttach = { inst, file, slot, readOnly, dbid, alive: true, exclusiveBy: null };
  inst.attached.push(a);
  w.attachments.push(a);
  return a;
}

/**
 * The name is looked up among every instance's attachments first (FMP::ErrNewAndWriteLatch): another
 * instance's attachment is JET_errDatabaseSharingViolation, this instance's is DatabaseDuplicate (create) or
 * wrnDatabaseAttached (attach); the file itself is looked at after that.
 */
export function createDatabase(w: World, s: MSession, file: string, overwrite: boolean, dbid: () => number): Outcome {
  const g = sessionCall(w, s, false);
  if (g !== 0) return { code: g };
  if (s.level > 0) return { code: JET_errInTransaction };
  if (attachedHere(s.inst, file) !== undefined) return { code: JET_errDatabaseDuplicate };
  if (attachedElsewhere(w, s.inst, file)) return { code: SHARING };
  if (w.files.has(file) && !overwrite) return { code: JET_errDatabaseDuplicate };
  if (freeSlot(s.inst) === undefined) return { code: JET_errTooManyAttachedDatabases };
  return {
    code: 0,
    then: () => {
      w.files.add(file);
      const a = attach(w, s.inst, file, false, dbid());
      s.dbOpens.set(a, 1);
    },
  };
}

/** JetAttachDatabase: does not open the database. */
export function attachDatabase(w: World, s: MSession, file: string, readOnly: boolean): Outcome {
  const g = sessionCall(w, s, false);
  if (g !== 0) return { code: g };
  if (s.level > 0) return { code: JET_errInTransaction };
  if (!w.files.has(file)) return { code: JET_errFileNotFound };
  if (attachedHere(s.inst, file) !== undefined) return { code: JET_wrnDatabaseAttached };
  if (attachedElsewhere(w, s.inst, file)) return { code: SHARING };
  if (freeSlot(s.inst) === undefined) return { code: JET_errTooManyAttachedDatabases };
  return { code: 0, then: () => { attach(w, s.inst, file, readOnly, 0); } };
}

function hasOtherOpen(s: MSession, a: MAttach | undefined): boolean {
  for (const [x, n] of s.dbOpens) if (x !== a && n > 0) return true;
  return false;
}

export function openDatabase(w: World, s: MSession, file: string, grbit: number, dbid: () => number): Outcome {
  const g = sessionCall(w, s, false);
  if (g !== 0) return { code: g };
  const a = attachedHere(s.inst, file);
  const oneDb = s.inst.params.oneDb !== 0 && hasOtherOpen(s, a);
  if (a === undefined) {
    // The engine finds the file's slot by name first; an unknown name is DatabaseNotFound either way.
    return { code: oneDb ? [JET_errOneDatabasePerSession, JET_errDatabaseNotFound] : JET_errDatabaseNotFound };
  }
  if (oneDb) return { code: JET_errOneDatabasePerSession };
  if (a.exclusiveBy !== null && a.exclusiveBy !== s) return { code: JET_errDatabaseLocked };
  const exclusive = (grbit & DB_EXCLUSIVE) !== 0;
  if (exclusive && w.pins(a) > 0) return { code: JET_errDatabaseInUse };
  return {
    // A read-only attachment opened without JET_bitDbReadOnly: db.cxx ErrDBOpenDatabase's wrnFileOpenReadOnly does not
    // leave ErrIsamOpenDatabase (CallR, then `return JET_errSuccess`); the documented fidelity gives the warning.
    code: w.fidelity === 'documented' && a.readOnly && (grbit & DB_READONLY) === 0 ? JET_wrnFileOpenReadOnly : 0,
    then: () => {
      if (a.dbid === 0) a.dbid = dbid();
      check(dbid() === a.dbid, `JetOpenDatabase gave dbid ${dbid()}, the attachment's is ${a.dbid}`);
      if (exclusive) a.exclusiveBy = s;
      s.dbOpens.set(a, (s.dbOpens.get(a) ?? 0) + 1);
    },
  };
}

/** JetCloseDatabase with a dbid (a clean-up call): the session must have it open. */
export function closeDatabase(w: World, s: MSession, a: MAttach | undefined): Outcome {
  const g = sessionCall(w, s, true);
  if (g !== 0) return { code: g };
  const n = a === undefined ? 0 : s.dbOpens.get(a) ?? 0;
  if (a === undefined || !a.alive || n === 0) return { code: JET_errInvalidDatabaseId };
  return {
    code: 0,
    then: () => {
      if (n === 1) {
        s.dbOpens.delete(a);
        if (a.exclusiveBy === s) a.exclusiveBy = null;
      } else s.dbOpens.set(a, n - 1);
    },
  };
}

/** JetDetachDatabase(2): one file, or (null) every attachment in slot order until one is in use. */
export function detachDatabase(w: World, s: MSession, file: string | null): Outcome {
  const g = sessionCall(w, s, true);
  if (g !== 0) return { code: g };
  if (s.level > 0) return { code: JET_errInTransaction };
  if (file === null) {
    const all = s.inst.attached.filter((x) => x.alive).sort((x, y) => x.slot - y.slot);
    for (const a of all) {
      if (w.pins(a) > 0) return { code: JET_errDatabaseInUse };
      detach(s.inst, a);
    }
    return { code: 0 };
  }
  const a = attachedHere(s.inst, file);
  if (a !== undefined && w.pins(a) > 0) return { code: JET_errDatabaseInUse };
  if (a === undefined) return { code: JET_errDatabaseNotFound };
  return { code: 0, then: () => detach(s.inst, a) };
}

function detach(inst: MInstance, a: MAttach): void {
  a.alive = false;
  inst.attached = inst.attached.filter((x) => x !== a);
}
