"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.enterInstance = enterInstance;
exports.enterInstanceWithoutInit = enterInstanceWithoutInit;
exports.checkTermsInProgress = checkTermsInProgress;
exports.enterSession = enterSession;
exports.ownsTransaction = ownsTransaction;
exports.enterChange = enterChange;
const errors_1 = require("../constants/errors");
const failure_1 = require("../storage/failure");
const threads_1 = require("./threads");
/**
 * The engine's API gates: the checks every call passes before it does any
 * work, in the engine's order (ese-semantics §2.4 and §3).
 */
/** Instance gate (JetBeginSession and other instance APIs). */
function enterInstance(inst) {
    if (inst.stopRequested)
        (0, failure_1.fail)(errors_1.JET_errClientRequestToStopJetService);
    if (inst.unavailable !== 0)
        (0, failure_1.fail)(inst.unavailable);
    switch (inst.state) {
        case 'initialized':
            return;
        case 'terminating':
            (0, failure_1.fail)(errors_1.JET_errTermInProgress);
        case 'restoring':
            (0, failure_1.fail)(errors_1.JET_errRestoreInProgress);
        default:
            (0, failure_1.fail)(errors_1.JET_errNotInitialized);
    }
}
/** Gate of the parameter APIs, which work before init and ignore stop / unavailability. */
function enterInstanceWithoutInit(inst) {
    if (inst.state === 'terminating')
        (0, failure_1.fail)(errors_1.JET_errTermInProgress);
    if (inst.state === 'restoring')
        (0, failure_1.fail)(errors_1.JET_errRestoreInProgress);
    if (inst.state === 'initializing')
        (0, failure_1.fail)(errors_1.JET_errInitInProgress);
}
/** Step 1 of the session gate, which runs before the session handle is looked at. */
function checkTermsInProgress(engine) {
    if (engine.termsInProgress >= engine.instances.size) {
        (0, failure_1.fail)(engine.instances.size === 0 ? errors_1.JET_errNotInitialized : errors_1.JET_errTermInProgress);
    }
}
/**
 * Session gate. `ignoreStop`: the call is one of the clean-up calls that still
 * work after JetStopService. `checkInstanceState`: also refuse while the
 * instance is restoring or not initialized, as the documentation (not the
 * engine) says JetEndSession does.
 */
function enterSession(engine, ses, ignoreStop, checkInstanceState = false) {
    checkTermsInProgress(engine);
    const inst = ses.instance;
    if (inst.stopRequested && !ignoreStop)
        (0, failure_1.fail)(errors_1.JET_errClientRequestToStopJetService);
    if (inst.unavailable !== 0)
        (0, failure_1.fail)(inst.unavailable);
    if (inst.state === 'terminating')
        (0, failure_1.fail)(errors_1.JET_errTermInProgress);
    if (checkInstanceState) {
        if (inst.state === 'restoring')
            (0, failure_1.fail)(errors_1.JET_errRestoreInProgress);
        if (inst.state !== 'initialized')
            (0, failure_1.fail)(errors_1.JET_errNotInitialized);
    }
}
/** Does the calling thread own the session's open transaction (by its session context, or as the thread that began it)? */
function ownsTransaction(ses) {
    if (ses.trxByContext)
        return ses.trxContext === ses.context && ses.contextThread === (0, threads_1.currentThread)();
    return ses.trxContext === (0, threads_1.currentThread)();
}
/**
 * The short transaction the engine wraps around a change it makes for a call (an insert, replace or delete, an
 * escrow update, DDL): ErrDIRBeginTransaction refuses it after a rollback of the session failed (RollbackError,
 * dir.cxx 1818-1822) and, inside an open transaction, to a thread that does not own it (SessionSharingViolation,
 * dir.cxx 1872-1879). Those calls are otherwise not gated by the session's transaction.
 */
function enterChange(ses) {
    if (ses.rollbackFailure !== 0)
        (0, failure_1.fail)(errors_1.JET_errRollbackError);
    if (ses.level > 0 && !ownsTransaction(ses))
        (0, failure_1.fail)(errors_1.JET_errSessionSharingViolation);
}
