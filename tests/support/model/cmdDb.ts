/** Commands on databases. */
import {
  JET_bitDbExclusive, JET_bitDbOverwriteExisting, JET_bitDbReadOnly, JET_errDatabaseLocked, JET_errDatabaseSharingViolation,
  JET_errOneDatabasePerSession, out,
} from '../../../src';
import type { JET_DBID, JET_SESID } from '../../../src';
import { attachDatabase, closeDatabase, createDatabase, detachDatabase, openDatabase } from './databases';
import { Rng, sessionArg } from './random';
import { CommandSpec, onThreadOf } from './commandSpec';
import { MSession, World } from './world';

const FILES = ['a.edb', 'b.edb', 'c.edb'];
const sid = (s: MSession): JET_SESID => s.h as JET_SESID;
const hasSessions = (w: World): boolean => w.liveSessions().length > 0;

function level0(w: World, r: Rng): MSession | undefined {
  return sessionArg(w, r, (s) => s.level === 0);
}

const create: CommandSpec = {
  kind: 'createDatabase',
  weight: (w) => (hasSessions(w) ? 4 : 0),
  produces: [JET_errDatabaseSharingViolation],
  async run(h, r) {
    const s = level0(h.w, r);
    if (s === undefined) return;
    onThreadOf(h, r, s);
    const file = r.pick(FILES);
    const overwrite = r.chance(0.3);
    const box = out<JET_DBID>();
    const grbit = overwrite ? JET_bitDbOverwriteExisting : 0;
    const dbid = (): number => box.value;
    if (r.chance(0.7)) {
      await h.jet('JetCreateDatabase', () => createDatabase(h.w, s, file, overwrite, dbid),
        () => h.api.JetCreateDatabase(sid(s), file, null, box, grbit));
    } else {
      await h.jet('JetCreateDatabase2', () => createDatabase(h.w, s, file, overwrite, dbid),
        () => h.api.JetCreateDatabase2(sid(s), file, 0, box, grbit));
    }
  },
};

/** Files that exist and are not attached to the session's instance. */
function detachedFiles(w: World, s: MSession): string[] {
  return [...w.files].filter((f) => !s.inst.attached.some((a) => a.alive && a.file === f));
}

const attach: CommandSpec = {
  kind: 'attachDatabase',
  weight: (w) => (hasSessions(w) ? (w.liveSessions().some((s) => detachedFiles(w, s).length > 0) ? 8 : 2) : 0),
  produces: [],
  async run(h, r) {
    const s = level0(h.w, r);
    if (s === undefined) return;
    onThreadOf(h, r, s);
    const free = detachedFiles(h.w, s);
    const file = free.length > 0 && r.chance(0.7) ? r.pick(free) : r.pick(FILES);
    const readOnly = r.chance(0.5);
    const grbit = readOnly ? JET_bitDbReadOnly : 0;
    if (r.chance(0.7)) {
      await h.jet('JetAttachDatabase', () => attachDatabase(h.w, s, file, readOnly),
        () => h.api.JetAttachDatabase(sid(s), file, grbit));
    } else {
      await h.jet('JetAttachDatabase2', () => attachDatabase(h.w, s, file, readOnly),
        () => h.api.JetAttachDatabase2(sid(s), file, 0, grbit));
    }
  },
};

const open: CommandSpec = {
  kind: 'openDatabase',
  weight: (w) => (w.attachments.some((a) => a.alive) ? 9 : hasSessions(w) ? 1 : 0),
  produces: [JET_errDatabaseLocked, JET_errOneDatabasePerSession],
  async run(h, r) {
    const s = sessionArg(h.w, r);
    if (s === undefined) return;
    onThreadOf(h, r, s);
    const mine = s.inst.attached.filter((a) => a.alive);
    const locked = mine.filter((a) => a.exclusiveBy !== null && a.exclusiveBy !== s);
    const others = mine.filter((a) => !s.dbOpens.has(a));
    let file: string;
    if (locked.length > 0 && r.chance(0.8)) file = r.pick(locked).file;
    else if (others.length > 0 && r.chance(0.6)) file = r.pick(others).file;
    else file = mine.length > 0 && r.chance(0.8) ? r.pick(mine).file : r.pick(FILES);
    const grbit = r.weighted([[0, 4], [JET_bitDbExclusive, 3], [JET_bitDbReadOnly, 2], [JET_bitDbExclusive | JET_bitDbReadOnly, 1]]);
    const box = out<JET_DBID>();
    await h.jet('JetOpenDatabase', () => openDatabase(h.w, s, file, grbit, () => box.value),
      () => h.api.JetOpenDatabase(sid(s), file, null, box, grbit));
  },
};

const close: CommandSpec = {
  kind: 'closeDatabase',
  weight: (w) => (w.liveSessions().some((s) => s.dbOpens.size > 0) ? 6 : hasSessions(w) ? 1 : 0),
  async run(h, r) {
    const s = sessionArg(h.w, r, (x) => x.dbOpens.size > 0);
    if (s === undefined) return;
    onThreadOf(h, r, s);
    const own = [...s.dbOpens.keys()];
    const known = h.w.attachments.filter((a) => a.dbid !== 0);
    const a = own.length > 0 && r.chance(0.85) ? r.pick(own) : known.length > 0 && r.chance(0.8) ? r.pick(known) : undefined;
    const dbid = (a?.dbid ?? 0x7777) as JET_DBID;
    await h.jet('JetCloseDatabase', () => closeDatabase(h.w, s, a),
      () => h.api.JetCloseDatabase(sid(s), dbid, r.pick([0, 1])));
  },
};

const detach: CommandSpec = {
  kind: 'detachDatabase',
  weight: (w) => (w.attachments.some((a) => a.alive && w.pins(a) === 0) ? 7 : w.attachments.some((a) => a.alive) ? 3 : hasSessions(w) ? 1 : 0),
  async run(h, r) {
    const s = sessionArg(h.w, r, (x) => x.level === 0);
    if (s === undefined) return;
    onThreadOf(h, r, s);
    const idle = s.inst.attached.filter((a) => a.alive && h.w.pins(a) === 0).map((a) => a.file);
    const file = r.chance(0.15) ? null : idle.length > 0 && r.chance(0.7) ? r.pick(idle) : r.pick(FILES);
    if (r.chance(0.7)) {
      await h.jet('JetDetachDatabase', () => detachDatabase(h.w, s, file), () => h.api.JetDetachDatabase(sid(s), file));
    } else {
      await h.jet('JetDetachDatabase2', () => detachDatabase(h.w, s, file), () => h.api.JetDetachDatabase2(sid(s), file, 0));
    }
  },
};

/** Files this instance could attach without colliding with another instance's attachment. */
function attachable(w: World, s: MSession): string[] {
  return detachedFiles(w, s).filter((f) => !w.attachments.some((a) => a.alive && a.file === f));
}

/** Detach an idle database (or pick a detached file), attach it read-only, open it without JET_bitDbReadOnly, close it. */
const readOnlyCycle: CommandSpec = {
  kind: 'readOnlyCycle',
  weight: (w) => (w.files.size > 0 && w.liveSessions().some((s) => s.level === 0) ? 4 : 0),
  produces: [],
  async run(h, r) {
    const s = level0(h.w, r);
    if (s === undefined || s.level > 0) return;
    onThreadOf(h, r, s);
    const idle = s.inst.attached.filter((a) => a.alive && h.w.pins(a) === 0);
    if (idle.length > 0 && r.chance(0.6)) {
      const file = r.pick(idle).file;
      const rc = await h.jet('JetDetachDatabase', () => detachDatabase(h.w, s, file),
        () => h.api.JetDetachDatabase(sid(s), file));
      if (rc !== 0) return;
    }
    const free = attachable(h.w, s);
    if (free.length === 0) return;
    const file = r.pick(free);
    const rc = await h.jet('JetAttachDatabase', () => attachDatabase(h.w, s, file, true),
      () => h.api.JetAttachDatabase(sid(s), file, JET_bitDbReadOnly));
    if (rc !== 0) return;
    const box = out<JET_DBID>();
    const grbit = r.chance(0.8) ? 0 : JET_bitDbReadOnly;
    const opened = await h.jet('JetOpenDatabase', () => openDatabase(h.w, s, file, grbit, () => box.value),
      () => h.api.JetOpenDatabase(sid(s), file, null, box, grbit));
    const a = s.inst.attached.find((x) => x.alive && x.file === file);
    if (opened >= 0 && a !== undefined && r.chance(0.5)) {
      await h.jet('JetCloseDatabase', () => closeDatabase(h.w, s, a),
        () => h.api.JetCloseDatabase(sid(s), a.dbid as JET_DBID, 0));
    }
  },
};

export const DATABASE_COMMANDS: readonly CommandSpec[] = [create, attach, open, close, detach, readOnlyCycle];
