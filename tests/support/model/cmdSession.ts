/** Commands on sessions, contexts and transactions. */
import {
  JET_errOutOfBuffers, JET_errOutOfMemory, JET_errOutOfSessions, JET_errRollbackError,
  JET_errSessionContextNotSetByThisThread, JET_errSessionInUse, JET_errSessionSharingViolation, JET_errTransTooDeep, out,
} from '../../../src';
import type { JET_COMMIT_ID, JET_INSTANCE, JET_SESID, JET_SESSIONINFO } from '../../../src';
import {
  beginSession, beginTransaction, commitTransaction, dupSession, endSession, resetContext, rollbackTransaction,
  sessionInfo, setContext,
} from './sessions';
import { usable } from './cmdInstance';
import { instanceArg, sessionArg } from './random';
import { CommandSpec, onThreadOf } from './commandSpec';
import { MSession, World } from './world';

const sessionsOf = (w: World): number => w.liveSessions().length;
const initialized = (w: World): boolean => w.liveInstances().some(usable);

const begin: CommandSpec = {
  kind: 'beginSession',
  weight: (w) => (!initialized(w) ? 1 : sessionsOf(w) < 2 ? 30 : 10),
  produces: [JET_errOutOfSessions],
  async run(h, r) {
    onThreadOf(h, r, undefined);
    const odd = r.chance(0.15);
    const inst = instanceArg(h.w, r, (i) => (odd ? !usable(i) : usable(i))) as JET_INSTANCE;
    const box = out<JET_SESID>();
    await h.jet('JetBeginSession', () => beginSession(h.w, inst, () => box.value),
      () => h.api.JetBeginSession(inst, box, r.pick(['', 'user', null]), r.pick(['', null])));
  },
};

const dup: CommandSpec = {
  kind: 'dupSession',
  weight: (w) => (sessionsOf(w) > 0 ? 5 : 0),
  produces: [JET_errOutOfSessions],
  async run(h, r) {
    const s = sessionArg(h.w, r);
    if (s === undefined) return;
    onThreadOf(h, r, s);
    const box = out<JET_SESID>();
    await h.jet('JetDupSession', () => dupSession(h.w, s, () => box.value),
      () => h.api.JetDupSession(s.h as JET_SESID, box));
  },
};

const end: CommandSpec = {
  kind: 'endSession',
  weight: (w) => (sessionsOf(w) > 0 ? 6 : 0),
  produces: [JET_errSessionInUse],
  async run(h, r) {
    const s = sessionArg(h.w, r);
    if (s === undefined) return;
    onThreadOf(h, r, s);
    const grbit = r.weighted([[0, 8], [1, 1], [2, 1], [0x10, 1]]);
    await h.jet('JetEndSession', () => endSession(h.w, s, grbit), () => h.api.JetEndSession(s.h as JET_SESID, grbit));
  },
};

const setCtx: CommandSpec = {
  kind: 'setContext',
  weight: (w) => (sessionsOf(w) > 0 ? 5 : 0),
  async run(h, r) {
    const s = sessionArg(h.w, r);
    if (s === undefined) return;
    onThreadOf(h, r, s);
    const ctx = r.weighted([[5, 4], [6, 3], [7, 2], [0, 1]]);
    await h.jet('JetSetSessionContext', () => setContext(h.w, s, ctx),
      () => h.api.JetSetSessionContext(s.h as JET_SESID, ctx));
  },
};

const resetCtx: CommandSpec = {
  kind: 'resetContext',
  weight: (w) => (w.liveSessions().some((s) => s.context !== 0) ? 6 : 1),
  produces: [JET_errSessionContextNotSetByThisThread],
  async run(h, r) {
    const s = sessionArg(h.w, r, (x) => x.context !== 0);
    if (s === undefined) return;
    onThreadOf(h, r, s);
    await h.jet('JetResetSessionContext', () => resetContext(h.w, s), () => h.api.JetResetSessionContext(s.h as JET_SESID));
  },
};

const info: CommandSpec = {
  kind: 'sessionInfo',
  weight: (w) => (sessionsOf(w) > 0 ? 5 : 0),
  async run(h, r) {
    const s = sessionArg(h.w, r);
    if (s === undefined) return;
    onThreadOf(h, r, s);
    const box = out<JET_SESSIONINFO>();
    const cb = r.weighted([[24, 8], [32, 1], [16, 1], [20, 1], [23, 1]]);
    const level = r.weighted([[0, 9], [1, 1]]);
    await h.jet('JetGetSessionInfo', () => sessionInfo(h.w, s, cb, level, () => box.value),
      () => h.api.JetGetSessionInfo(s.h as JET_SESID, box, cb, level));
  },
};

/** The deepest session is favoured so the 8th level is reached. */
function deepest(w: World): (s: MSession) => boolean {
  const max = Math.max(0, ...w.liveSessions().map((s) => s.level));
  return (s) => s.level === max;
}

const trx: CommandSpec = {
  kind: 'beginTransaction',
  weight: (w) => (sessionsOf(w) > 0 ? 22 : 0),
  produces: [JET_errTransTooDeep, JET_errRollbackError, JET_errSessionSharingViolation],
  async run(h, r) {
    const failed = h.w.liveSessions().some((x) => x.rollbackFailure !== 0 && x.inst.unavailable === 0);
    const prefer = failed && r.chance(0.5) ? (x: MSession): boolean => x.rollbackFailure !== 0 : r.chance(0.6) ? deepest(h.w) : undefined;
    const s = sessionArg(h.w, r, prefer);
    if (s === undefined) return;
    onThreadOf(h, r, s);
    const sid = s.h as JET_SESID;
    const v = r.int(3);
    const grbit = r.weighted([[0, 5], [1, 2], [2, 1], [0x40, 1]]);
    if (v === 0) await h.jet('JetBeginTransaction', () => beginTransaction(h.w, s, 0), () => h.api.JetBeginTransaction(sid));
    else if (v === 1) await h.jet('JetBeginTransaction2', () => beginTransaction(h.w, s, grbit),
      () => h.api.JetBeginTransaction2(sid, grbit));
    else {
      await h.jet('JetBeginTransaction3', () => beginTransaction(h.w, s, grbit),
        () => h.api.JetBeginTransaction3(sid, r.int(100000), grbit));
    }
  },
};

const commit: CommandSpec = {
  kind: 'commit',
  weight: (w) => (w.liveSessions().some((s) => s.level > 0) ? 9 : 2),
  async run(h, r) {
    const s = sessionArg(h.w, r, (x) => x.level > 0);
    if (s === undefined) return;
    onThreadOf(h, r, s);
    const sid = s.h as JET_SESID;
    const grbit = r.weighted([[0, 8], [0x1, 2], [0x21, 1], [0x2, 1], [0x8, 1], [0x10, 1], [0x3, 1], [0x12, 1], [0x40, 1]]);
    if (r.chance(0.7)) {
      await h.jet('JetCommitTransaction', () => commitTransaction(h.w, s, grbit, 0),
        () => h.api.JetCommitTransaction(sid, grbit));
      return;
    }
    const cmsec = r.weighted([[0, 2], [10, 1]]);
    const id = r.chance(0.5) ? out<JET_COMMIT_ID>() : null;
    await h.jet('JetCommitTransaction2', () => commitTransaction(h.w, s, grbit, cmsec),
      () => h.api.JetCommitTransaction2(sid, grbit, cmsec, id));
  },
};

const rollbackCmd: CommandSpec = {
  kind: 'rollback',
  weight: (w) => (w.liveSessions().some((s) => s.level > 0) ? 9 : 2),
  async run(h, r) {
    const s = sessionArg(h.w, r, (x) => x.level > 0);
    if (s === undefined) return;
    onThreadOf(h, r, s);
    const grbit = r.weighted([[0, 6], [1, 3], [0x20, 1], [0x21, 1], [0x2, 1]]);
    await h.jet('JetRollback', () => rollbackTransaction(h.w, s, grbit), () => h.api.JetRollback(s.h as JET_SESID, grbit));
  },
};

/**
 * A failed undo and what follows it: arm Rollback.level, roll back (the failure sticks and takes the
 * instance down), bring the instance back with the emulator control, then begin again (RollbackError).
 */
const failedUndo: CommandSpec = {
  kind: 'failedUndo',
  weight: (w) => (w.liveSessions().some((s) => s.level > 0 && s.inst.unavailable === 0 && s.rollbackFailure === 0) ? 2 : 0),
  produces: [JET_errRollbackError],
  async run(h, r) {
    const s = sessionArg(h.w, r, (x) => x.level > 0 && x.inst.unavailable === 0 && x.rollbackFailure === 0);
    if (s === undefined || !s.alive || s.level === 0) return;
    onThreadOf(h, r, s);
    const code = r.pick([JET_errOutOfMemory, JET_errOutOfBuffers]);
    h.control(`failStep(Rollback.level, 1, ${code})`, h.emu.failStep('Rollback.level', { code, nth: 1 }));
    h.w.faults.arm('Rollback.level', 1, code);
    await h.jet('JetRollback', () => rollbackTransaction(h.w, s, 0), () => h.api.JetRollback(s.h as JET_SESID, 0));
    if (s.inst.unavailable !== 0 && r.chance(0.8)) {
      h.control(`setInstanceUnavailable(${s.inst.h}, 0)`, h.emu.setInstanceUnavailable(s.inst.h as JET_INSTANCE, 0));
      s.inst.unavailable = 0;
    }
    await h.jet('JetBeginTransaction', () => beginTransaction(h.w, s, 0), () => h.api.JetBeginTransaction(s.h as JET_SESID));
  },
};

export const SESSION_COMMANDS: readonly CommandSpec[] = [begin, dup, end, setCtx, resetCtx, info, trx, commit, rollbackCmd, failedUndo];
