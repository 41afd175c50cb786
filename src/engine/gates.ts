import {
  JET_errClientRequestToStopJetService, JET_errInitInProgress, JET_errNotInitialized, JET_errRestoreInProgress,
  JET_errRollbackError, JET_errSessionSharingViolation, JET_errTermInProgress,
} from '../constants/errors';
import type { Engine } from './engine';
import { fail } from '../storage/failure';
import type { Instance } from './instance';
import type { Session } from './session';
import { currentThread } from './threads';

/**
 * The engine's API gates: the checks every call passes before it does any
 * work, in the engine's order (ese-semantics §2.4 and §3).
 */

/** Instance gate (JetBeginSession and other instance APIs). */
export function enterInstance(inst: Instance): void {
  if (inst.stopRequested) fail(JET_errClientRequestToStopJetService);
  if (inst.unavailable !== 0) fail(inst.unavailable);
  switch (inst.state) {
    case 'initialized':
      return;
    case 'terminating':
      fail(JET_errTermInProgress);
    case 'restoring':
      fail(JET_errRestoreInProgress);
    default:
      fail(JET_errNotInitialized);
  }
}

/** Gate of the parameter APIs, which work before init and ignore stop / unavailability. */
export function enterInstanceWithoutInit(inst: Instance): void {
  if (inst.state === 'terminating') fail(JET_errTermInProgress);
  if (inst.state === 'restoring') fail(JET_errRestoreInProgress);
  if (inst.state === 'initializing') fail(JET_errInitInProgress);
}

/** Step 1 of the session gate, which runs before the session handle is looked at. */
export function checkTermsInProgress(engine: Engine): void {
  if (engine.termsInProgress >= engine.instances.size) {
    fail(engine.instances.size === 0 ? JET_errNotInitialized : JET_errTermInProgress);
  }
}

/**
 * Session gate. `ignoreStop`: the call is one of the clean-up calls that still
 * work after JetStopService. `checkInstanceState`: also refuse while the
 * instance is restoring or not initialized, as the documentation (not the
 * engine) says JetEndSession does.
 */
export function enterSession(engine: Engine, ses: Session, ignoreStop: boolean, checkInstanceState = false): void {
  checkTermsInProgress(engine);
  const inst = ses.instance;
  if (inst.stopRequested && !ignoreStop) fail(JET_errClientRequestToStopJetService);
  if (inst.unavailable !== 0) fail(inst.unavailable);
  if (inst.state === 'terminating') fail(JET_errTermInProgress);
  if (checkInstanceState) {
    if (inst.state === 'restoring') fail(JET_errRestoreInProgress);
    if (inst.state !== 'initialized') fail(JET_errNotInitialized);
  }
}

/** Does the calling thread own the session's open transaction (by its session context, or as the thread that began it)? */
export function ownsTransaction(ses: Session): boolean {
  if (ses.trxByContext) return ses.trxContext === ses.context && ses.contextThread === currentThread();
  return ses.trxContext === currentThread();
}

/**
 * The short transaction the engine wraps around a change it makes for a call (an insert, replace or delete, an
 * escrow update, DDL): ErrDIRBeginTransaction refuses it after a rollback of the session failed (RollbackError,
 * dir.cxx 1818-1822) and, inside an open transaction, to a thread that does not own it (SessionSharingViolation,
 * dir.cxx 1872-1879). Those calls are otherwise not gated by the session's transaction.
 */
export function enterChange(ses: Session): void {
  if (ses.rollbackFailure !== 0) fail(JET_errRollbackError);
  if (ses.level > 0 && !ownsTransaction(ses)) fail(JET_errSessionSharingViolation);
}
