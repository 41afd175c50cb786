"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Emulator = exports.FAULT_STEPS = void 0;
exports.createEmulator = createEmulator;
const errors_1 = require("../constants/errors");
const engine_1 = require("../engine/engine");
const instance_1 = require("../engine/instance");
const api_1 = require("../jet/api");
const trace_1 = require("../jet/trace");
const dump_1 = require("./dump");
const snapshot_1 = require("./snapshot");
/** Engine steps a fault can be injected into (see docs/emulator-control.md). */
exports.FAULT_STEPS = [
    'Init.recovery',
    'BeginSession.allocate',
    'Rollback.level',
    'EndSession.rollbackLevel',
    'EndSession.closeDatabase',
    'EndSession.closeCursor',
    'Sort.endInsert',
];
const INSTANCE_STATES = ['created', 'initializing', 'initialized', 'terminating', 'restoring'];
/**
 * One independent esent.dll: its state, its esent.h API (`api`), and the
 * controls tests use to reach states ordinary calls cannot.
 */
class Emulator {
    host;
    api;
    constructor(options = {}) {
        this.host = { engine: new engine_1.Engine(options), tracer: new trace_1.Tracer(), lastInternalError: undefined };
        this.api = (0, api_1.createJetApi)(this.host);
    }
    /** Forget everything: instances, sessions, files, faults. Handles given out before stay invalid. */
    reset(options = {}) {
        this.host.engine = new engine_1.Engine({ ...this.host.engine.options, ...options });
    }
    get options() {
        return this.host.engine.options;
    }
    /** "engine" (default) answers as esent.dll does; "documented" as its documentation says where they differ. */
    setFidelity(fidelity) {
        this.host.engine.options = { ...this.host.engine.options, fidelity };
    }
    setHandleValidation(handleValidation) {
        this.host.engine.options = { ...this.host.engine.options, handleValidation };
    }
    /** Make the `nth` next call of an API fail with `code` before it does anything. */
    failCall(api, spec) {
        if (!(api in this.api))
            return errors_1.JET_errInvalidParameter;
        return this.arm(api, spec);
    }
    /** Make the `nth` next occurrence of an engine step fail with `code`, leaving the work done before it. */
    failStep(step, spec) {
        if (!exports.FAULT_STEPS.includes(step))
            return errors_1.JET_errInvalidParameter;
        return this.arm(step, spec);
    }
    arm(point, spec) {
        try {
            this.host.engine.faults.arm(point, spec);
            return errors_1.JET_errSuccess;
        }
        catch {
            return errors_1.JET_errInvalidParameter;
        }
    }
    clearFaults() {
        this.host.engine.faults.clear();
    }
    pendingFaults() {
        return this.host.engine.faults.pending();
    }
    /** Put an instance into a state real code reaches only mid-operation (terminating, restoring, initializing). */
    setInstanceState(instance, state) {
        const inst = this.host.engine.instances.get(instance);
        if (inst === undefined || !INSTANCE_STATES.includes(state))
            return errors_1.JET_errInvalidParameter;
        (0, instance_1.setInstanceState)(this.host.engine, inst, state);
        return errors_1.JET_errSuccess;
    }
    /** Mark an instance as hit by a fatal error (JET_errInstanceUnavailable or ...DueToFatalLogDiskFull); 0 clears it. */
    setInstanceUnavailable(instance, code = errors_1.JET_errInstanceUnavailable) {
        const inst = this.host.engine.instances.get(instance);
        if (inst === undefined || (code !== 0 && code !== errors_1.JET_errInstanceUnavailable && code !== -1092))
            return errors_1.JET_errInvalidParameter;
        inst.unavailable = code;
        return errors_1.JET_errSuccess;
    }
    /** Listen to every API call of this emulator; returns the function that stops listening. */
    subscribe(listener) {
        return this.host.tracer.subscribe(listener);
    }
    /**
     * The errors trace listeners threw since the last call (oldest first), and
     * forget them. A listener's exception never reaches the API call it was
     * told about; this is where a test finds it.
     */
    takeListenerErrors() {
        return this.host.tracer.takeErrors();
    }
    /** Throw the errors trace listeners threw since the last call, if any (one AggregateError), and forget them. */
    throwListenerErrors() {
        const errors = this.host.tracer.takeErrors();
        if (errors.length > 0)
            throw new AggregateError(errors, `${errors.length} trace listener errors`);
    }
    /**
     * A copy of the whole state, for fixtures: build the state once, then `restore()` it before each test. Costs
     * what the state holds besides its records (records and index entries are shared copy-on-write), so a table of
     * a million records is as cheap as an empty one. Throws when a session is in a transaction: take it at level 0.
     * Handles stay valid in the restored state; handles made later never repeat one given before.
     */
    snapshot() {
        const refusal = (0, snapshot_1.snapshotRefusal)(this.host.engine);
        if (refusal !== null)
            throw new Error(`emulator.snapshot(): ${refusal}`);
        return new snapshot_1.EmulatorSnapshot((0, snapshot_1.cloneState)(this.host.engine));
    }
    /** Put back the state of a snapshot (of this emulator or another); the snapshot stays usable for the next restore. */
    restore(snapshot) {
        if (!(snapshot instanceof snapshot_1.EmulatorSnapshot))
            throw new TypeError('emulator.restore(): not a snapshot from emulator.snapshot()');
        this.host.engine = (0, snapshot_1.cloneState)(snapshot.state);
    }
    /** A frozen picture of the state; `{ rows: n }` adds the first n rows of each sort, temp table and table, and of each session's changes. */
    dump(options) {
        return (0, dump_1.dumpState)(this.host.engine, options);
    }
    /** The dump as indented text. */
    dumpText(options) {
        return (0, dump_1.formatState)(this.dump(options));
    }
    /** The last JavaScript exception an API call caught and reported as JET_errInternalError. */
    get lastInternalError() {
        return this.host.lastInternalError;
    }
}
exports.Emulator = Emulator;
function createEmulator(options = {}) {
    return new Emulator(options);
}
