"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_LEVEL = exports.TRX_MAX = void 0;
exports.beginTransaction = beginTransaction;
exports.commitTransaction = commitTransaction;
exports.rollback = rollback;
exports.rollbackAll = rollbackAll;
const errors_1 = require("../constants/errors");
const failure_1 = require("../storage/failure");
const gates_1 = require("./gates");
const threads_1 = require("./threads");
const cursorSet_1 = require("./cursorSet");
const tableData_1 = require("./tableData");
const versionCleanup_1 = require("./versionCleanup");
const tableCatalog_1 = require("./tableCatalog");
const tableCursor_1 = require("./tableCursor");
/** trxBegin0 of a session outside any transaction (the engine's trxMax, set by PIBResetTrxBegin0). */
exports.TRX_MAX = 0xffffffff;
/** Deepest transaction level a user can reach. */
exports.MAX_LEVEL = 7;
const TRX_READ_ONLY = 0x1;
const COMMIT_LAZY_FLUSH = 0x1;
const COMMIT_WAIT_LAST = 0x2;
const COMMIT_WAIT_ALL = 0x8;
const COMMIT_FORCE_NEW_LOG = 0x10;
const COMMIT_MASK = COMMIT_LAZY_FLUSH | COMMIT_WAIT_LAST | COMMIT_WAIT_ALL | COMMIT_FORCE_NEW_LOG | 0x20;
const FLUSH_ONLY = [COMMIT_FORCE_NEW_LOG, COMMIT_WAIT_ALL, COMMIT_WAIT_LAST];
const ROLLBACK_ALL = 0x1;
const ROLLBACK_MASK = ROLLBACK_ALL | 0x20;
function beginTransaction(engine, ses, trxid, grbit) {
    (0, gates_1.enterSession)(engine, ses, false);
    if (ses.level >= exports.MAX_LEVEL)
        (0, failure_1.fail)(errors_1.JET_errTransTooDeep);
    if (ses.rollbackFailure !== 0)
        (0, failure_1.fail)(errors_1.JET_errRollbackError);
    if (ses.level === 0) {
        ses.trxByContext = ses.context !== 0;
        ses.trxContext = ses.trxByContext ? ses.context : (0, threads_1.currentThread)();
        ses.readOnly = (grbit & TRX_READ_ONLY) !== 0;
        engine.trxClock += 1;
        ses.trxBegin0 = engine.trxClock;
        ses.instance.openTransactions += 1;
    }
    else if (!(0, gates_1.ownsTransaction)(ses)) {
        (0, failure_1.fail)(errors_1.JET_errSessionSharingViolation);
    }
    ses.levelStarts.push(ses.undo.length);
    ses.trxIds.push(trxid);
    ses.level += 1;
}
/** JetCommitTransaction(2). `durableCommitMs` is JetCommitTransaction2's cmsecDurableCommit (0 otherwise). */
function commitTransaction(engine, ses, grbit, durableCommitMs) {
    (0, gates_1.enterSession)(engine, ses, false);
    if ((grbit & ~COMMIT_MASK) !== 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    for (const alone of FLUSH_ONLY) {
        if ((grbit & alone) !== 0) {
            if (grbit !== alone)
                (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
            return; // log flush / wait only: nothing is committed
        }
    }
    if (ses.level === 0)
        (0, failure_1.fail)(errors_1.JET_errNotInTransaction);
    if (durableCommitMs !== 0 && ((grbit | ses.commitDefault) & COMMIT_LAZY_FLUSH) === 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    if (!(0, gates_1.ownsTransaction)(ses))
        (0, failure_1.fail)(errors_1.JET_errSessionSharingViolation);
    const newLevel = ses.level - 1;
    ses.levelStarts.pop();
    ses.trxIds.pop();
    ses.level = newLevel;
    (0, tableData_1.commitTables)(engine, ses, newLevel);
    if (newLevel === 0) {
        (0, tableCatalog_1.commitCatalog)(engine, ses);
        endTransaction(engine, ses);
    }
    (0, cursorSet_1.cursorsAfterCommit)(ses, newLevel);
}
function rollback(engine, ses, grbit) {
    (0, gates_1.enterSession)(engine, ses, true);
    if ((grbit & ~ROLLBACK_MASK) !== 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    if (ses.level === 0)
        (0, failure_1.fail)(errors_1.JET_errNotInTransaction);
    do
        rollbackLevel(engine, ses, 'Rollback.level');
    while ((grbit & ROLLBACK_ALL) !== 0 && ses.level > 0);
}
/** Roll every level back (JetEndSession's first step). `faultPoint` names each level's undo for fault injection. */
function rollbackAll(engine, ses, faultPoint) {
    while (ses.level > 0)
        rollbackLevel(engine, ses, faultPoint);
}
/**
 * Undo the innermost level, in the engine's order: first the session's
 * cursors (close those opened in the level, cancel updates prepared in it),
 * then the ownership and earlier-failure checks, then the version undo, which
 * is where a failure (injected at `faultPoint`) becomes sticky.
 */
function rollbackLevel(engine, ses, faultPoint) {
    const target = ses.level - 1;
    (0, cursorSet_1.cursorsBeforeRollback)(engine, ses, target);
    if (!(0, gates_1.ownsTransaction)(ses))
        (0, failure_1.fail)(errors_1.JET_errSessionSharingViolation);
    if (ses.rollbackFailure !== 0)
        (0, failure_1.fail)(ses.rollbackFailure);
    (0, cursorSet_1.cursorsAfterRollback)(ses, target);
    const code = engine.faults.take(faultPoint);
    if (code !== 0) {
        // ver.cxx ErrVERIUndo: the failure sticks to the session and takes the instance down (SetInstanceUnavailable;
        // the engine spares it only when logging was stopped on purpose, which esemu has no way to do).
        ses.rollbackFailure = code;
        const inst = ses.instance;
        if (inst.unavailable === 0) {
            inst.unavailable = code === errors_1.JET_errLogDiskFull ? errors_1.JET_errInstanceUnavailableDueToFatalLogDiskFull : errors_1.JET_errInstanceUnavailable;
        }
        (0, failure_1.fail)(code);
    }
    (0, tableData_1.rollbackTables)(ses, target);
    if (target > 0 && ses.deferredCursors.length !== 0)
        (0, tableCursor_1.closeDeferred)(engine, ses, target);
    const start = ses.levelStarts.pop();
    // Last first; popped rather than cut by setting the length (see killTokens, tableData.ts).
    while (ses.undo.length > start)
        ses.undo.pop()();
    ses.trxIds.pop();
    ses.level = target;
    if (target === 0)
        endTransaction(engine, ses);
}
/**
 * Back at level 0 (PIBResetTrxBegin0, PIB::PIBResetTrxContext): trxBegin0
 * becomes trxMax; a thread-owned transaction's owner is cleared, while one
 * owned by a session context keeps reporting that context until the next begin.
 */
function endTransaction(engine, ses) {
    if (ses.undo.length !== 0)
        ses.undo.length = 0;
    if (ses.onCommit.length !== 0)
        ses.onCommit.length = 0;
    if (ses.deferredCursors.length !== 0)
        (0, tableCursor_1.closeDeferred)(engine, ses);
    ses.readOnly = false;
    ses.trxBegin0 = exports.TRX_MAX;
    if (!ses.trxByContext)
        ses.trxContext = 0;
    ses.instance.openTransactions -= 1;
    // With this transaction gone, versions it kept from clean-up may be cleaned (ver.cxx, the oldest transaction).
    (0, versionCleanup_1.cleanupVersions)(engine, ses);
}
