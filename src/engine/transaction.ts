import {
  JET_errInstanceUnavailable, JET_errInstanceUnavailableDueToFatalLogDiskFull, JET_errInvalidGrbit,
  JET_errInvalidParameter, JET_errLogDiskFull, JET_errNotInTransaction, JET_errRollbackError,
  JET_errSessionSharingViolation, JET_errTransTooDeep,
} from '../constants/errors';
import type { Engine } from './engine';
import { fail } from '../storage/failure';
import { enterSession, ownsTransaction } from './gates';
import type { Session } from './session';
import { currentThread } from './threads';
import { cursorsAfterCommit, cursorsBeforeRollback, cursorsAfterRollback } from './cursorSet';
import { commitTables, rollbackTables } from './tableData';
import { cleanupVersions } from './versionCleanup';
import { commitCatalog } from './tableCatalog';
import { closeDeferred } from './tableCursor';

/** trxBegin0 of a session outside any transaction (the engine's trxMax, set by PIBResetTrxBegin0). */
export const TRX_MAX = 0xffffffff;

/** Deepest transaction level a user can reach. */
export const MAX_LEVEL = 7;


const TRX_READ_ONLY = 0x1;
const COMMIT_LAZY_FLUSH = 0x1;
const COMMIT_WAIT_LAST = 0x2;
const COMMIT_WAIT_ALL = 0x8;
const COMMIT_FORCE_NEW_LOG = 0x10;
const COMMIT_MASK = COMMIT_LAZY_FLUSH | COMMIT_WAIT_LAST | COMMIT_WAIT_ALL | COMMIT_FORCE_NEW_LOG | 0x20;
const FLUSH_ONLY = [COMMIT_FORCE_NEW_LOG, COMMIT_WAIT_ALL, COMMIT_WAIT_LAST];
const ROLLBACK_ALL = 0x1;
const ROLLBACK_MASK = ROLLBACK_ALL | 0x20;


export function beginTransaction(engine: Engine, ses: Session, trxid: number, grbit: number): void {
  enterSession(engine, ses, false);
  if (ses.level >= MAX_LEVEL) fail(JET_errTransTooDeep);
  if (ses.rollbackFailure !== 0) fail(JET_errRollbackError);
  if (ses.level === 0) {
    ses.trxByContext = ses.context !== 0;
    ses.trxContext = ses.trxByContext ? ses.context : currentThread();
    ses.readOnly = (grbit & TRX_READ_ONLY) !== 0;
    engine.trxClock += 1;
    ses.trxBegin0 = engine.trxClock;
    ses.instance.openTransactions += 1;
  } else if (!ownsTransaction(ses)) {
    fail(JET_errSessionSharingViolation);
  }
  ses.levelStarts.push(ses.undo.length);
  ses.trxIds.push(trxid);
  ses.level += 1;
}

/** JetCommitTransaction(2). `durableCommitMs` is JetCommitTransaction2's cmsecDurableCommit (0 otherwise). */
export function commitTransaction(engine: Engine, ses: Session, grbit: number, durableCommitMs: number): void {
  enterSession(engine, ses, false);
  if ((grbit & ~COMMIT_MASK) !== 0) fail(JET_errInvalidGrbit);
  for (const alone of FLUSH_ONLY) {
    if ((grbit & alone) !== 0) {
      if (grbit !== alone) fail(JET_errInvalidGrbit);
      return; // log flush / wait only: nothing is committed
    }
  }
  if (ses.level === 0) fail(JET_errNotInTransaction);
  if (durableCommitMs !== 0 && ((grbit | ses.commitDefault) & COMMIT_LAZY_FLUSH) === 0) fail(JET_errInvalidParameter);
  if (!ownsTransaction(ses)) fail(JET_errSessionSharingViolation);
  const newLevel = ses.level - 1;
  ses.levelStarts.pop();
  ses.trxIds.pop();
  ses.level = newLevel;
  commitTables(engine, ses, newLevel);
  if (newLevel === 0) {
    commitCatalog(engine, ses);
    endTransaction(engine, ses);
  }
  cursorsAfterCommit(ses, newLevel);
}

export function rollback(engine: Engine, ses: Session, grbit: number): void {
  enterSession(engine, ses, true);
  if ((grbit & ~ROLLBACK_MASK) !== 0) fail(JET_errInvalidGrbit);
  if (ses.level === 0) fail(JET_errNotInTransaction);
  do rollbackLevel(engine, ses, 'Rollback.level');
  while ((grbit & ROLLBACK_ALL) !== 0 && ses.level > 0);
}

/** Roll every level back (JetEndSession's first step). `faultPoint` names each level's undo for fault injection. */
export function rollbackAll(engine: Engine, ses: Session, faultPoint: string): void {
  while (ses.level > 0) rollbackLevel(engine, ses, faultPoint);
}

/**
 * Undo the innermost level, in the engine's order: first the session's
 * cursors (close those opened in the level, cancel updates prepared in it),
 * then the ownership and earlier-failure checks, then the version undo, which
 * is where a failure (injected at `faultPoint`) becomes sticky.
 */
function rollbackLevel(engine: Engine, ses: Session, faultPoint: string): void {
  const target = ses.level - 1;
  cursorsBeforeRollback(engine, ses, target);
  if (!ownsTransaction(ses)) fail(JET_errSessionSharingViolation);
  if (ses.rollbackFailure !== 0) fail(ses.rollbackFailure);
  cursorsAfterRollback(ses, target);
  const code = engine.faults.take(faultPoint);
  if (code !== 0) {
    // ver.cxx ErrVERIUndo: the failure sticks to the session and takes the instance down (SetInstanceUnavailable;
    // the engine spares it only when logging was stopped on purpose, which esemu has no way to do).
    ses.rollbackFailure = code;
    const inst = ses.instance;
    if (inst.unavailable === 0) {
      inst.unavailable = code === JET_errLogDiskFull ? JET_errInstanceUnavailableDueToFatalLogDiskFull : JET_errInstanceUnavailable;
    }
    fail(code);
  }
  rollbackTables(ses, target);
  if (target > 0 && ses.deferredCursors.length !== 0) closeDeferred(engine, ses, target);
  const start = ses.levelStarts.pop() as number;
  // Last first; popped rather than cut by setting the length (see killTokens, tableData.ts).
  while (ses.undo.length > start) (ses.undo.pop() as () => void)();
  ses.trxIds.pop();
  ses.level = target;
  if (target === 0) endTransaction(engine, ses);
}

/**
 * Back at level 0 (PIBResetTrxBegin0, PIB::PIBResetTrxContext): trxBegin0
 * becomes trxMax; a thread-owned transaction's owner is cleared, while one
 * owned by a session context keeps reporting that context until the next begin.
 */
function endTransaction(engine: Engine, ses: Session): void {
  if (ses.undo.length !== 0) ses.undo.length = 0;
  if (ses.onCommit.length !== 0) ses.onCommit.length = 0;
  if (ses.deferredCursors.length !== 0) closeDeferred(engine, ses);
  ses.readOnly = false;
  ses.trxBegin0 = TRX_MAX;
  if (!ses.trxByContext) ses.trxContext = 0;
  ses.instance.openTransactions -= 1;
  // With this transaction gone, versions it kept from clean-up may be cleaned (ver.cxx, the oldest transaction).
  cleanupVersions(engine, ses);
}
