"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SESSION_INFO_SIZE = exports.Session = exports.END_SESSION_LOCK = void 0;
exports.beginSession = beginSession;
exports.dupSession = dupSession;
exports.endSession = endSession;
exports.destroySession = destroySession;
exports.setSessionContext = setSessionContext;
exports.resetSessionContext = resetSessionContext;
exports.sessionInfo = sessionInfo;
const errors_1 = require("../constants/errors");
const failure_1 = require("../storage/failure");
const gates_1 = require("./gates");
const handles_1 = require("./handles");
const params_1 = require("./params");
const threads_1 = require("./threads");
const cursorSet_1 = require("./cursorSet");
const tableCursor_1 = require("./tableCursor");
const database_1 = require("./database");
const transaction_1 = require("./transaction");
const tableData_1 = require("./tableData");
/** The session context value the engine installs while JetEndSession runs (~0). */
exports.END_SESSION_LOCK = -1;
const FORCE_SESSION_CLOSED = 0x1;
class Session {
    instance;
    procid;
    handle = (0, handles_1.newHandle)();
    /** Transaction nesting level, 0..7. */
    level = 0;
    /** The level-0 begin asked for a read-only transaction. */
    readOnly = false;
    /** Clock value of the level-0 begin (snapshot point); TRX_MAX outside a transaction. */
    trxBegin0 = transaction_1.TRX_MAX;
    /** Who owns the open transaction: a thread id, or a session context value when trxByContext. */
    trxContext = 0;
    trxByContext = false;
    /** Diagnostic transaction ids pushed by each begin (JetBeginTransaction3's trxid). */
    trxIds = [];
    /** Undo records of the open transaction, and where each level's records start. */
    undo = [];
    levelStarts = [];
    /** What the open transaction's commit to level 0 makes everybody's: its DDL (tableCatalog.ts), given the commit's clock. */
    onCommit = [];
    /** Table cursors closed in the open transaction after they made versions (tableCursor.ts closeTableCursor). */
    deferredCursors = [];
    /** Session context (0 = none) and the thread that set it. */
    context = 0;
    contextThread = 0;
    commitDefault;
    /** The session parameters beyond CommitDefault (sessionParams.ts), made when one is first set. */
    params = null;
    /** The session's view of each table it read or changed in its transaction (tableData.ts). Made when first used. */
    get tableViews() {
        return (this.views ??= new Map());
    }
    views = null;
    /** The token that keeps alive the locks taken at each transaction level (index = level; tableData.ts). */
    lockTokens = [];
    /** Version-store bytes charged at each transaction level (index = level; versionStore.ts). */
    versionCharges = [];
    /** Per-database open counts (JetOpenDatabase stacks). Made when first used: many sessions open none. */
    get openDatabases() {
        return (this.opens ??= new Map());
    }
    opens = null;
    /** Does the session hold a database open (without making the map to say no)? */
    get hasOpenDatabases() {
        return this.opens !== null && this.opens.size > 0;
    }
    /** Every cursor, sort and temp table the session holds, in opening order. */
    cursors = new handles_1.HandleSet();
    /** Sticky error left by a rollback that failed part-way (0 = none). */
    rollbackFailure = 0;
    ended = false;
    constructor(instance, procid) {
        this.instance = instance;
        this.procid = procid;
        this.commitDefault = instance.param(params_1.PARAM.CommitDefault);
    }
}
exports.Session = Session;
function beginSession(engine, inst) {
    (0, gates_1.enterInstance)(inst);
    if (inst.sessions.size >= inst.param(params_1.PARAM.MaxSessions))
        (0, failure_1.fail)(errors_1.JET_errOutOfSessions);
    engine.faults.check('BeginSession.allocate');
    const ses = new Session(inst, inst.procids.take());
    inst.sessions.add(ses);
    engine.sessions.set(ses.handle, ses);
    return ses;
}
function dupSession(engine, ses) {
    (0, gates_1.enterSession)(engine, ses, false);
    const inst = ses.instance;
    if (inst.sessions.size >= inst.param(params_1.PARAM.MaxSessions))
        (0, failure_1.fail)(errors_1.JET_errOutOfSessions);
    engine.faults.check('BeginSession.allocate');
    const dup = new Session(inst, inst.procids.take());
    inst.sessions.add(dup);
    engine.sessions.set(dup.handle, dup);
    return dup;
}
/**
 * JetEndSession. Refuses while a session context is set; otherwise rolls
 * every level back, closes every database (and the tables on it), closes
 * every remaining sort and temp table, and frees the session. A failure
 * part-way leaves the session alive with the work already done kept.
 */
function endSession(engine, ses, grbit) {
    const documented = engine.options.fidelity === 'documented';
    if (documented && grbit !== 0 && grbit !== FORCE_SESSION_CLOSED)
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    (0, gates_1.enterSession)(engine, ses, !documented, documented);
    if (ses.context !== 0)
        (0, failure_1.fail)(errors_1.JET_errSessionInUse);
    ses.context = exports.END_SESSION_LOCK;
    ses.contextThread = (0, threads_1.currentThread)();
    try {
        if (ses.level > 0) {
            if (ses.trxByContext)
                ses.trxContext = exports.END_SESSION_LOCK;
            (0, transaction_1.rollbackAll)(engine, ses, 'EndSession.rollbackLevel');
        }
        (0, database_1.closeAllDatabases)(engine, ses, 'EndSession.closeDatabase');
        // Newest first: the engine walks the session's cursor list from its head, where each new cursor is linked.
        if (ses.cursors.size > 0) {
            for (const cursor of [...ses.cursors].reverse()) {
                engine.faults.check('EndSession.closeCursor');
                (0, cursorSet_1.closeAnyCursor)(engine, cursor);
            }
        }
    }
    catch (failure) {
        ses.context = 0;
        ses.contextThread = 0;
        throw failure;
    }
    freeSession(engine, ses);
}
/** Remove a session and everything it holds without any per-resource work (JetTerm's teardown). */
function destroySession(engine, ses) {
    // Uncommitted table changes go, and with them the locks they held (recovery would undo them too).
    (0, tableData_1.rollbackTables)(ses, 0);
    // So do its uncommitted DDL (a table it created, deleted, a column or index it added), newest first.
    while (ses.undo.length > 0)
        ses.undo.pop()();
    ses.onCommit.length = 0;
    (0, tableCursor_1.closeDeferred)(engine, ses);
    for (const cursor of ses.cursors)
        (0, cursorSet_1.closeAnyCursor)(engine, cursor);
    (0, database_1.releaseAllDatabases)(ses);
    freeSession(engine, ses);
}
function freeSession(engine, ses) {
    const inst = ses.instance;
    if (ses.level > 0)
        inst.openTransactions -= 1;
    ses.ended = true;
    inst.sessions.delete(ses);
    engine.sessions.delete(ses.handle);
    inst.procids.give(ses.procid);
}
function setSessionContext(engine, ses, context) {
    (0, gates_1.enterSession)(engine, ses, false);
    if (context === 0 || context === exports.END_SESSION_LOCK)
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    if (ses.context !== 0)
        (0, failure_1.fail)(errors_1.JET_errSessionContextAlreadySet);
    ses.context = context;
    ses.contextThread = (0, threads_1.currentThread)();
}
function resetSessionContext(engine, ses) {
    (0, gates_1.enterSession)(engine, ses, true);
    if (ses.context === 0 || ses.contextThread !== (0, threads_1.currentThread)())
        (0, failure_1.fail)(errors_1.JET_errSessionContextNotSetByThisThread);
    ses.context = 0;
    ses.contextThread = 0;
}
/**
 * sizeof(JET_SESSIONINFO) on x64, the size esemu follows: four ULONGs, then
 * ulTrxContext, a JET_API_PTR (8 bytes on x64; 20 in all on x86).
 */
exports.SESSION_INFO_SIZE = 24;
function sessionInfo(engine, ses, cbMax, infoLevel) {
    (0, gates_1.enterSession)(engine, ses, true);
    if (infoLevel !== 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    if (cbMax < exports.SESSION_INFO_SIZE)
        (0, failure_1.fail)(errors_1.JET_errBufferTooSmall);
    return { trxBegin0: ses.trxBegin0, trxLevel: ses.level, procid: ses.procid, flags: 0, trxContext: ses.trxContext };
}
