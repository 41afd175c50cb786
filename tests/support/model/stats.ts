/**
 * How often each code was answered in a pass, and the codes the model
 * predicts that every pass must reach (the test fails if one is missing).
 */
import {
  errorName, JET_errAlreadyInitialized, JET_errAlreadyPrepared, JET_errBufferTooSmall,
  JET_errCannotMaterializeForwardOnlySort, JET_errClientRequestToStopJetService, JET_errDatabaseDuplicate,
  JET_errDatabaseInUse, JET_errDatabaseLocked, JET_errDatabaseNotFound, JET_errDatabaseSharingViolation, JET_errDirtyShutdown,
  JET_errFileNotFound, JET_errIllegalOperation, JET_errInitInProgress, JET_errInstanceNameInUse,
  JET_errInstanceUnavailable, JET_errInstanceUnavailableDueToFatalLogDiskFull, JET_errInTransaction,
  JET_errInvalidDatabaseId, JET_errInvalidGrbit, JET_errInvalidInstance, JET_errInvalidOperation,
  JET_errInvalidParameter, JET_errInvalidSesid, JET_errInvalidTableId, JET_errKeyDuplicate, JET_errKeyNotMade,
  JET_errNoCurrentIndex, JET_errNoCurrentRecord, JET_errNotInitialized, JET_errNotInTransaction,
  JET_errOneDatabasePerSession, JET_errOutOfBuffers, JET_errOutOfCursors, JET_errOutOfMemory, JET_errOutOfSessions,
  JET_errRecordDeleted, JET_errRecordNotFound, JET_errRecordPrimaryChanged, JET_errRestoreInProgress,
  JET_errRollbackError, JET_errRunningInMultiInstanceMode, JET_errRunningInOneInstanceMode,
  JET_errSesidTableIdMismatch, JET_errSessionContextAlreadySet, JET_errSessionContextNotSetByThisThread,
  JET_errSessionInUse, JET_errSessionSharingViolation, JET_errTermInProgress, JET_errTooManyActiveUsers,
  JET_errTooManyInstances, JET_errTooManySorts, JET_errTransTooDeep, JET_errUpdateNotPrepared, JET_wrnColumnNull,
  JET_wrnDatabaseAttached, JET_wrnSeekNotEqual,
} from '../../../src';

/** Every code the model predicts; each must be answered at least once per pass. */
export const MODELLED_CODES: readonly number[] = [
  0, JET_wrnColumnNull, JET_wrnSeekNotEqual, JET_wrnDatabaseAttached,
  // handles and gates
  JET_errInvalidSesid, JET_errInvalidTableId, JET_errSesidTableIdMismatch, JET_errInvalidInstance,
  JET_errInvalidParameter, JET_errClientRequestToStopJetService, JET_errInstanceUnavailable,
  JET_errInstanceUnavailableDueToFatalLogDiskFull, JET_errTermInProgress, JET_errRestoreInProgress,
  JET_errNotInitialized, JET_errInitInProgress,
  // process and instances
  JET_errRunningInOneInstanceMode, JET_errRunningInMultiInstanceMode, JET_errAlreadyInitialized,
  JET_errTooManyInstances, JET_errInstanceNameInUse, JET_errTooManyActiveUsers, JET_errDirtyShutdown,
  JET_errInvalidGrbit,
  // quotas
  JET_errOutOfSessions, JET_errOutOfCursors, JET_errTooManySorts,
  // sessions, contexts, transactions
  JET_errSessionInUse, JET_errSessionContextAlreadySet, JET_errSessionContextNotSetByThisThread,
  JET_errSessionSharingViolation, JET_errTransTooDeep, JET_errNotInTransaction, JET_errRollbackError,
  JET_errBufferTooSmall,
  // temp tables
  JET_errIllegalOperation, JET_errCannotMaterializeForwardOnlySort, JET_errNoCurrentRecord, JET_errRecordNotFound,
  JET_errRecordDeleted, JET_errKeyDuplicate, JET_errKeyNotMade, JET_errNoCurrentIndex, JET_errAlreadyPrepared,
  JET_errUpdateNotPrepared, JET_errRecordPrimaryChanged, JET_errInvalidOperation,
  // databases
  JET_errInTransaction, JET_errDatabaseDuplicate, JET_errDatabaseNotFound, JET_errDatabaseInUse,
  JET_errDatabaseLocked, JET_errInvalidDatabaseId, JET_errFileNotFound, JET_errDatabaseSharingViolation,
  JET_errOneDatabasePerSession,
  // injected
  JET_errOutOfMemory, JET_errOutOfBuffers,
];

export class Stats {
  readonly counts = new Map<number, number>();
  runs = 0;
  steps = 0;

  answer(code: number): void {
    this.counts.set(code, (this.counts.get(code) ?? 0) + 1);
  }

  count(code: number): number {
    return this.counts.get(code) ?? 0;
  }

  missing(): number[] {
    return MODELLED_CODES.filter((c) => this.count(c) === 0);
  }

  report(): string {
    const lines = MODELLED_CODES.map((c) => `${String(this.count(c)).padStart(7)}  ${c} ${errorName(c)}`);
    const extra = [...this.counts.keys()].filter((c) => !MODELLED_CODES.includes(c));
    for (const c of extra) lines.push(`${String(this.count(c)).padStart(7)}  ${c} ${errorName(c)} (not listed)`);
    return `${this.runs} runs, ${this.steps} commands\n${lines.join('\n')}`;
  }
}
