"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Engine = void 0;
const handleMap_1 = require("./handleMap");
const faults_1 = require("./faults");
const params_1 = require("./params");
/**
 * The whole state of one emulator: what esent.dll keeps per process. Tables
 * indexed by handle give O(1) lookups; each instance and session also keeps
 * its own children so cleanup costs what the owner holds, not what exists.
 */
class Engine {
    options;
    runMode = 'none';
    /** Parameter values new instances start from (JetSetSystemParameter with no instance). */
    globalParams = (0, params_1.defaultParams)();
    instances = new Map();
    sessions = new handleMap_1.HandleMap();
    cursors = new handleMap_1.HandleMap();
    /** Who has each regular table open (JetOpenTable's lock matrix). */
    tableUse = new Map();
    databases = new Map();
    /** The in-memory file system: database files by normalized path. */
    files = new Map();
    /** Which attachment holds each file (a file is attached by one instance at a time). */
    attachments = new Map();
    /** Instances whose JetTerm is under way (the engine's g_cTermsInProgress). */
    termsInProgress = 0;
    faults = new faults_1.Faults();
    /** Monotonic clock for transaction begin / commit timestamps. */
    trxClock = 0;
    /** Database signatures made so far: each new file's signDb is told apart by the next number. */
    signatures = 0;
    /** Committed deltas on DeleteOnZero columns that version cleanup has still to look at (versionCleanup.ts). */
    finalizing = [];
    constructor(options = {}) {
        this.options = { fidelity: options.fidelity ?? 'engine', handleValidation: options.handleValidation ?? 'esent' };
    }
}
exports.Engine = Engine;
