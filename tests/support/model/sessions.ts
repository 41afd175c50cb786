/**
 * Sessions, session contexts and transactions: JetBeginSession / JetDupSession
 * (pib.cxx ErrPIBBeginSession), JetEndSession (tm.cxx ErrIsamEndSession 97-195),
 * JetSet/ResetSessionContext (pib.hxx), JetGetSessionInfo (tm.cxx 197-227),
 * JetBeginTransaction* / JetCommitTransaction* / JetRollback (tm.cxx, dir.cxx).
 */
import {
  JET_errBufferTooSmall, JET_errClientRequestToStopJetService, JET_errInvalidGrbit, JET_errInvalidParameter,
  JET_errInvalidSesid, JET_errNotInTransaction, JET_errOutOfSessions, JET_errRestoreInProgress, JET_errRollbackError,
  JET_errSessionContextAlreadySet, JET_errSessionContextNotSetByThisThread, JET_errSessionInUse,
  JET_errSessionSharingViolation, JET_errTermInProgress, JET_errTransTooDeep, JET_SESSIONINFO,
} from '../../../src';
import { check } from './check';
import { allTerminating, instanceGate, Outcome, resolveInstance, sessionCall } from './gates';
import { beginLevel, commitLevel, cursorsNewestFirst, owns, rollback } from './transactions';
import { CONTEXT_UNUSABLE, MInstance, MSession, TRX_MAX, World } from './world';

const SESSIONINFO_SIZE = 24;
const COMMIT_MASK = 0x1 | 0x2 | 0x8 | 0x10 | 0x20;

function allocate(w: World, inst: MInstance, box: () => number): Outcome {
  if (inst.sessions.length >= inst.params.maxSessions) return { code: JET_errOutOfSessions };
  const fault = w.faults.hit('BeginSession.allocate');
  if (fault !== undefined) return { code: fault };
  return { code: 0, then: () => { w.newSession(box(), inst); } };
}

export function beginSession(w: World, h: number, box: () => number): Outcome {
  const r = resolveInstance(w, h);
  if (typeof r === 'number') return { code: r };
  const g = instanceGate(r);
  if (g !== 0) return { code: g };
  return allocate(w, r, box);
}

export function dupSession(w: World, s: MSession, box: () => number): Outcome {
  const g = sessionCall(w, s, false);
  if (g !== 0) return { code: g };
  return allocate(w, s.inst, box);
}

/** The session gate as the documented fidelity reads it for JetEndSession (docs/end-session.md). */
function documentedEndGate(w: World, s: MSession, grbit: number): number | readonly number[] {
  if (grbit !== 0 && grbit !== 1) return JET_errInvalidParameter;
  const codes: number[] = [];
  if (allTerminating(w)) codes.push(JET_errTermInProgress);
  if (s.inst.stop) codes.push(JET_errClientRequestToStopJetService);
  if (codes.length > 0) return codes;
  if (s.inst.unavailable !== 0) return s.inst.unavailable;
  if (s.inst.state === 'terminating') return JET_errTermInProgress;
  if (s.inst.state === 'restoring') return JET_errRestoreInProgress;
  return 0;
}

export function endSession(w: World, s: MSession, grbit: number): Outcome {
  if (!s.alive) return { code: JET_errInvalidSesid };
  const g = w.fidelity === 'documented' ? documentedEndGate(w, s, grbit) : sessionCall(w, s, true);
  if (g !== 0) return { code: g };
  if (s.context !== 0) return { code: JET_errSessionInUse };
  const thread = w.thread;
  // Take the session (context ~0 by this thread); a context-owned transaction is handed to the call.
  s.context = CONTEXT_UNUSABLE;
  s.contextThread = thread;
  const release = (code: number): Outcome => {
    s.context = 0;
    s.contextThread = 0;
    return { code };
  };
  if (s.level > 0) {
    if (s.owner.byContext) {
      s.owner = { byContext: true, value: CONTEXT_UNUSABLE };
      s.trxContextInfo = undefined;
    }
    const code = rollback(w, s, true, 'EndSession.rollbackLevel', thread);
    if (code !== 0) return release(code);
  }
  // ErrDBCloseAllDBs goes through the instance's dbids in order (db.cxx:6511-6526).
  const opened = [...s.dbOpens.keys()].sort((a, b) => a.slot - b.slot);
  for (const a of opened) {
    const fault = w.faults.hit('EndSession.closeDatabase');
    if (fault !== undefined) return release(fault);
    s.dbOpens.delete(a);
    if (a.exclusiveBy === s) a.exclusiveBy = null;
  }
  for (const c of cursorsNewestFirst(s)) {
    const fault = w.faults.hit('EndSession.closeCursor');
    if (fault !== undefined) return release(fault);
    w.dropCursor(c);
  }
  return { code: 0, then: () => w.dropSession(s) };
}

export function setContext(w: World, s: MSession, ctx: number): Outcome {
  const g = sessionCall(w, s, false);
  if (g !== 0) return { code: g };
  if (ctx === 0 || ctx === CONTEXT_UNUSABLE) return { code: JET_errInvalidParameter };
  if (s.context !== 0) return { code: JET_errSessionContextAlreadySet };
  const thread = w.thread;
  return { code: 0, then: () => { s.context = ctx; s.contextThread = thread; } };
}

export function resetContext(w: World, s: MSession): Outcome {
  const g = sessionCall(w, s, true);
  if (g !== 0) return { code: g };
  if (s.context === 0 || s.contextThread !== w.thread) return { code: JET_errSessionContextNotSetByThisThread };
  return { code: 0, then: () => { s.context = 0; s.contextThread = 0; } };
}

/** JetGetSessionInfo: all four fields, ulFlags 0, ulTrxBegin0 trxMax outside a transaction. */
export function sessionInfo(w: World, s: MSession, cbMax: number, infoLevel: number, info: () => JET_SESSIONINFO): Outcome {
  const g = sessionCall(w, s, true);
  if (g !== 0) return { code: g };
  if (infoLevel !== 0) return { code: JET_errInvalidParameter };
  if (cbMax < SESSIONINFO_SIZE) return { code: JET_errBufferTooSmall };
  return {
    code: 0,
    then: () => {
      const v = info();
      check(v.ulTrxLevel === s.level, `ulTrxLevel ${v.ulTrxLevel}, expected ${s.level}`);
      check(v.ulProcid === s.procid, `ulProcid ${v.ulProcid}, expected ${s.procid}`);
      const flags = (v as { ulFlags?: unknown }).ulFlags;
      check(flags === 0, `ulFlags ${String(flags)}, expected 0`);
      if (s.trxContextInfo !== undefined) {
        check(v.ulTrxContext === s.trxContextInfo, `ulTrxContext ${v.ulTrxContext}, expected ${s.trxContextInfo}`);
      }
      observeTrxBegin0(s, v.ulTrxBegin0);
    },
  };
}

function observeTrxBegin0(s: MSession, value: number): void {
  if (s.trx === null) {
    check(value === TRX_MAX, `ulTrxBegin0 ${value} outside a transaction, expected 0xFFFFFFFF`);
    return;
  }
  check(value !== TRX_MAX, 'ulTrxBegin0 inside a transaction should not be trxMax');
  const seq = s.trx.seq;
  for (const o of s.inst.observedTrx) {
    if (o.seq === seq) check(o.value === value, `ulTrxBegin0 changed within one transaction: ${o.value} -> ${value}`);
    else check(o.seq < seq ? o.value < value : o.value > value, 'ulTrxBegin0 does not follow the order of level-0 begins');
  }
  if (!s.inst.observedTrx.some((o) => o.seq === seq)) s.inst.observedTrx.push({ seq, value });
}

export function beginTransaction(w: World, s: MSession, grbit: number): Outcome {
  const g = sessionCall(w, s, false);
  if (g !== 0) return { code: g };
  if (s.level >= 7) return { code: JET_errTransTooDeep };
  if (s.rollbackFailure !== 0) return { code: JET_errRollbackError };
  const thread = w.thread;
  if (s.level > 0 && !owns(s, thread)) return { code: JET_errSessionSharingViolation };
  return { code: 0, then: () => beginLevel(s, thread, (grbit & 1) !== 0) };
}

/** JetCommitTransaction(2); `cmsec` is JetCommitTransaction2's durable-commit time (0 for the first form). */
export function commitTransaction(w: World, s: MSession, grbit: number, cmsec: number): Outcome {
  const g = sessionCall(w, s, false);
  if (g !== 0) return { code: g };
  if ((grbit & ~COMMIT_MASK) !== 0) return { code: JET_errInvalidGrbit };
  for (const bit of [0x10, 0x8, 0x2]) {
    if ((grbit & bit) !== 0) return { code: grbit === bit ? 0 : JET_errInvalidGrbit };
  }
  if (s.level === 0) return { code: JET_errNotInTransaction };
  if (cmsec !== 0 && ((grbit | s.commitDefault) & 1) === 0) return { code: JET_errInvalidParameter };
  if (!owns(s, w.thread)) return { code: JET_errSessionSharingViolation };
  return { code: 0, then: () => commitLevel(s) };
}

export function rollbackTransaction(w: World, s: MSession, grbit: number): Outcome {
  const g = sessionCall(w, s, true);
  if (g !== 0) return { code: g };
  if ((grbit & ~0x21) !== 0) return { code: JET_errInvalidGrbit };
  if (s.level === 0) return { code: JET_errNotInTransaction };
  return { code: rollback(w, s, (grbit & 1) !== 0, 'Rollback.level', w.thread) };
}

