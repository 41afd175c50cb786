"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Instance = void 0;
exports.createInstance = createInstance;
exports.findInstance = findInstance;
exports.initInstance = initInstance;
exports.termInstance = termInstance;
exports.freeInstance = freeInstance;
exports.stopServiceLegacy = stopServiceLegacy;
exports.stopInstance = stopInstance;
exports.stopInstance2 = stopInstance2;
exports.enableMultiInstance = enableMultiInstance;
exports.setInstanceState = setInstanceState;
const errors_1 = require("../constants/errors");
const versionStore_1 = require("./versionStore");
const failure_1 = require("../storage/failure");
const handles_1 = require("./handles");
const params_1 = require("./params");
const session_1 = require("./session");
const database_1 = require("./database");
const TERM_DIRTY = 0x8;
const STOP_BACKGROUND = 0x2;
const STOP_QUIESCE = 0x4;
const STOP_EMIT_LOG = 0x8;
const STOP_RESUME = 0x80000000;
class Instance {
    name;
    displayName;
    params;
    handle = (0, handles_1.newHandle)();
    /**
     * The instance's place in the engine's instance table (g_rgpinst): the lowest one free when it was made, the order
     * JetGetInstanceInfo lists instances in.
     */
    slot = 0;
    state = 'created';
    /** JetStopService(Instance) has been called: most APIs now answer ClientRequestToStopJetService. */
    stopRequested = false;
    /** Background work stopped by JetStopServiceInstance2 (BackgroundUserTasks / QuiesceCaches bits). */
    stoppedTasks = 0;
    /** Room the instance's versioned table changes take (JET_paramMaxVerPages; versionStore.ts). */
    versionStore = new versionStore_1.VersionStore();
    /** The full stop came from JetStopServiceInstance2 and is recorded with the stopped tasks (m_grbitStopped). */
    fullStopRecorded = false;
    /** 0, or the code an instance hit by a fatal error answers with. */
    unavailable = 0;
    sessions = new handles_1.HandleSet();
    procids = new handles_1.SmallestFreeAllocator();
    /** Attached user databases by normalized path (at most six, as in the engine). */
    attached = new Map();
    /** Cursors open on the instance, sort cursors included (JET_paramMaxCursors quota). */
    cursorCount = 0;
    /** Unmaterialized sorts open on the instance (JET_paramMaxTemporaryTables quota). */
    sortCount = 0;
    /** Sessions with an open transaction. */
    openTransactions = 0;
    freed = false;
    constructor(name, displayName, params) {
        this.name = name;
        this.displayName = displayName;
        this.params = params;
    }
    param(id) {
        return (0, params_1.numericParam)(this.params, id);
    }
}
exports.Instance = Instance;
function allocateInstance(engine, name, displayName) {
    if (engine.instances.size >= (0, params_1.numericParam)(engine.globalParams, params_1.PARAM.MaxInstances))
        (0, failure_1.fail)(errors_1.JET_errTooManyInstances);
    for (const other of engine.instances.values()) {
        if (other.name === name)
            (0, failure_1.fail)(errors_1.JET_errInstanceNameInUse);
    }
    const inst = new Instance(name, displayName, engine.globalParams);
    const used = new Set();
    for (const other of engine.instances.values())
        used.add(other.slot);
    while (used.has(inst.slot))
        inst.slot += 1;
    engine.instances.set(inst.handle, inst);
    return inst;
}
function createInstance(engine, name, displayName) {
    if (engine.runMode === 'oneInstance')
        (0, failure_1.fail)(errors_1.JET_errRunningInOneInstanceMode);
    engine.runMode = 'multiInstance';
    return allocateInstance(engine, name, displayName);
}
/** The instance a handle names (the engine's ErrFindPinst): in one-instance mode the handle is ignored. */
function findInstance(engine, handle) {
    if (engine.runMode === 'oneInstance') {
        const only = engine.instances.values().next();
        if (!only.done)
            return only.value;
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    }
    const inst = engine.instances.get(handle);
    if (inst === undefined)
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    return inst;
}
/**
 * JetInit*. `target` is the instance handle the caller passed, or null for the
 * "allocate" path (no pointer, or a pointer to 0 / JET_instanceNil).
 * Returns the initialized instance; on failure other than AlreadyInitialized
 * the instance is freed and `onFreed` is told so the caller can clear its handle.
 */
function initInstance(engine, target, hasPointer, onFreed) {
    if (!hasPointer && engine.runMode === 'multiInstance')
        (0, failure_1.fail)(errors_1.JET_errRunningInMultiInstanceMode);
    if (engine.runMode === 'oneInstance' && engine.instances.size > 0)
        (0, failure_1.fail)(errors_1.JET_errAlreadyInitialized);
    if (engine.runMode === 'none')
        engine.runMode = 'oneInstance';
    const inst = target === null || engine.runMode === 'oneInstance'
        ? allocateInstance(engine, null, null)
        : findInstance(engine, target);
    // The init gate looks only at "already initialized", which a terminating instance still is.
    if (inst.state === 'initialized' || inst.state === 'terminating')
        (0, failure_1.fail)(errors_1.JET_errAlreadyInitialized);
    const prior = inst.state;
    inst.state = 'initializing';
    try {
        engine.faults.check('Init.recovery');
    }
    catch (failure) {
        inst.state = prior;
        // A failed init frees the instance with whatever it holds (an instance put in the restoring state by the
        // emulator control may already have sessions and attachments).
        dropContents(engine, inst, false);
        freeInstance(engine, inst);
        onFreed();
        throw failure;
    }
    inst.state = 'initialized';
    return inst;
}
/** JetTerm / JetTerm2 after the handle has been resolved. Returns Success or DirtyShutdown. */
function termInstance(engine, inst, grbit) {
    if (inst.state === 'created') {
        freeInstance(engine, inst);
        return errors_1.JET_errSuccess;
    }
    if (inst.state === 'initializing')
        (0, failure_1.fail)(errors_1.JET_errNotInitialized);
    if (inst.state === 'terminating')
        (0, failure_1.fail)(errors_1.JET_errTermInProgress);
    if (inst.state === 'restoring')
        (0, failure_1.fail)(errors_1.JET_errRestoreInProgress);
    const dirty = inst.unavailable !== 0 || (grbit & TERM_DIRTY) !== 0;
    if (!dirty && inst.openTransactions > 0)
        (0, failure_1.fail)(errors_1.JET_errTooManyActiveUsers);
    // Past the point of no return: every session goes without being ended one by one.
    dropContents(engine, inst, (grbit & TERM_DIRTY) === 0);
    freeInstance(engine, inst);
    return (grbit & TERM_DIRTY) !== 0 ? errors_1.JET_errDirtyShutdown : errors_1.JET_errSuccess;
}
/** Every session and attachment of an instance, gone without per-resource work. */
function dropContents(engine, inst, clean) {
    for (const ses of [...inst.sessions])
        (0, session_1.destroySession)(engine, ses);
    // A dirty term leaves the files' headers as they were while attached (DirtyShutdown).
    for (const db of [...inst.attached.values()])
        (0, database_1.forgetAttachment)(engine, db, clean);
}
function freeInstance(engine, inst) {
    if (inst.freed)
        return;
    if (inst.state === 'terminating')
        engine.termsInProgress -= 1;
    inst.freed = true;
    engine.instances.delete(inst.handle);
    if (engine.instances.size === 0)
        engine.runMode = 'none';
}
/** JetStopService: the one-instance form. */
function stopServiceLegacy(engine) {
    if (engine.runMode === 'multiInstance')
        (0, failure_1.fail)(errors_1.JET_errRunningInMultiInstanceMode);
    if (engine.runMode === 'none')
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    stopInstance(findInstance(engine, 0));
}
function stopInstance(inst) {
    inst.stopRequested = true;
}
/** JetStopServiceInstance2. */
function stopInstance2(inst, grbit) {
    const known = STOP_BACKGROUND | STOP_QUIESCE | STOP_EMIT_LOG | STOP_RESUME;
    if ((grbit & ~known) !== 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    if ((grbit & STOP_EMIT_LOG) !== 0 && grbit !== STOP_EMIT_LOG)
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    if (grbit === STOP_EMIT_LOG)
        return;
    if ((grbit & STOP_RESUME) !== 0) {
        // Resume the tasks named, or with no other bit everything stopped so far; the full stop cannot be undone.
        const named = grbit & ~STOP_RESUME;
        // Resuming everything resumes what JetStopServiceInstance2 recorded as stopped (m_grbitStopped); a full stop
        // recorded there cannot be undone, but JetStopServiceInstance's full stop is not recorded there (jetapi.cxx).
        if (named === 0 && inst.fullStopRecorded)
            (0, failure_1.fail)(errors_1.JET_errClientRequestToStopJetService);
        inst.stoppedTasks &= ~(named === 0 ? inst.stoppedTasks : named);
        return;
    }
    if (grbit === 0) {
        inst.stopRequested = true;
        inst.fullStopRecorded = true;
        return;
    }
    inst.stoppedTasks |= grbit;
}
/**
 * JetEnableMultiInstance: apply the parameters in order (stopping at the
 * first that fails, which then leaves the run mode unchosen), then choose
 * multi-instance mode. `apply` sets one parameter and throws on failure.
 */
function enableMultiInstance(engine, count, apply) {
    if (engine.runMode === 'oneInstance')
        (0, failure_1.fail)(errors_1.JET_errRunningInOneInstanceMode);
    if (engine.runMode === 'multiInstance')
        (0, failure_1.fail)(errors_1.JET_errSystemParamsAlreadySet);
    for (let i = 0; i < count; i++)
        apply(i);
    engine.runMode = 'multiInstance';
}
/** Emulator control: put an instance into a state that real code only reaches mid-operation. */
function setInstanceState(engine, inst, state) {
    if (inst.state === 'terminating')
        engine.termsInProgress -= 1;
    if (state === 'terminating')
        engine.termsInProgress += 1;
    inst.state = state;
}
