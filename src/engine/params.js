"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.knownParamIds = exports.modelledParams = exports.PARAM = void 0;
exports.defaultParams = defaultParams;
exports.paramValue = paramValue;
exports.numericParam = numericParam;
exports.checkedSet = checkedSet;
exports.isStringParam = isStringParam;
const immer_1 = require("immer");
const C = __importStar(require("../constants/constants"));
const paramDefaults_1 = require("../constants/paramDefaults");
const errors_1 = require("../constants/errors");
exports.PARAM = {
    MaxSessions: C.JET_paramMaxSessions,
    MaxOpenTables: C.JET_paramMaxOpenTables,
    MaxCursors: C.JET_paramMaxCursors,
    MaxVerPages: C.JET_paramMaxVerPages,
    MaxTemporaryTables: C.JET_paramMaxTemporaryTables,
    CommitDefault: C.JET_paramCommitDefault,
    TransactionLevel: C.JET_paramTransactionLevel,
    EnableTempTableVersioning: C.JET_paramEnableTempTableVersioning,
    OneDatabasePerSession: C.JET_paramOneDatabasePerSession,
    MaxInstances: C.JET_paramMaxInstances,
};
const INT_MAX = 0x7fffffff;
const COMMIT_MASK = 0x1 | 0x2 | 0x8 | 0x10 | 0x20;
/** Parameters whose values change behaviour, with the engine's defaults and rules. */
exports.modelledParams = new Map([
    [exports.PARAM.MaxSessions, { name: 'JET_paramMaxSessions', fallback: 16, min: 0, max: 30000, writable: 'beforeInstanceInit' }],
    [exports.PARAM.MaxOpenTables, { name: 'JET_paramMaxOpenTables', fallback: 300, min: 0, max: INT_MAX, writable: 'beforeInstanceInit' }],
    [exports.PARAM.MaxCursors, { name: 'JET_paramMaxCursors', fallback: 1024, min: 0, max: INT_MAX, writable: 'beforeInstanceInit' }],
    [exports.PARAM.MaxVerPages, { name: 'JET_paramMaxVerPages', fallback: 64, min: 1, max: INT_MAX, writable: 'beforeInstanceInit' }],
    [exports.PARAM.MaxTemporaryTables, { name: 'JET_paramMaxTemporaryTables', fallback: 20, min: 0, max: INT_MAX, writable: 'beforeInstanceInit' }],
    [exports.PARAM.CommitDefault, { name: 'JET_paramCommitDefault', fallback: 0, mask: COMMIT_MASK, writable: 'always' }],
    [exports.PARAM.TransactionLevel, { name: 'JET_paramTransactionLevel', fallback: 0, writable: 'never' }],
    [exports.PARAM.EnableTempTableVersioning, { name: 'JET_paramEnableTempTableVersioning', fallback: 1, boolean: true, writable: 'beforeInstanceInit' }],
    [exports.PARAM.OneDatabasePerSession, { name: 'JET_paramOneDatabasePerSession', fallback: 0, boolean: true, writable: 'beforeInstanceInit' }],
    [exports.PARAM.MaxInstances, { name: 'JET_paramMaxInstances', fallback: 16, min: 1, max: 10240, writable: 'beforeAnyInstance' }],
]);
/** Every parameter id of esent.h; those not modelled are stored and read back but change nothing. */
exports.knownParamIds = new Set(C.constantTable.filter(([name, , kind]) => kind === 'param' && name.startsWith('JET_param')).map(([, v]) => v));
function defaultParams() {
    const out = {};
    for (const [id, rule] of exports.modelledParams)
        out[id] = rule.fallback;
    return out;
}
/** A parameter's value: the one set, else its default as esent.dll starts with it (src/constants/paramDefaults.ts). */
function paramValue(params, id) {
    return params[id] ?? exports.modelledParams.get(id)?.fallback ?? paramDefaults_1.paramDefaults.get(id) ?? 0;
}
function numericParam(params, id) {
    const v = paramValue(params, id);
    return typeof v === 'number' ? v : 0;
}
/**
 * Check a write against the engine's order of rules and return the new
 * snapshot (or the same one when nothing changes). Throws on refusal.
 */
function checkedSet(params, id, value, ctx) {
    if (!exports.knownParamIds.has(id))
        return { code: errors_1.JET_errInvalidParameter, params };
    const rule = exports.modelledParams.get(id);
    if (rule === undefined) {
        const table = paramDefaults_1.paramSetRules.get(id);
        if (table === undefined)
            return { code: errors_1.JET_errSuccess, params: write(params, id, value) };
        return tableSet(params, id, value, table, ctx);
    }
    if (rule.writable === 'never')
        return { code: errors_1.JET_errInvalidParameter, params };
    if (typeof value !== 'number')
        return { code: errors_1.JET_errInvalidParameter, params };
    if (paramValue(params, id) === value)
        return { code: errors_1.JET_errSuccess, params };
    if (rule.writable === 'beforeAnyInstance' && ctx.runModeSet)
        return { code: errors_1.JET_errAlreadyInitialized, params };
    if (rule.writable === 'beforeInstanceInit' && ctx.instanceInitialized)
        return { code: errors_1.JET_errAlreadyInitialized, params };
    if (rule.min !== undefined && value < rule.min)
        return { code: errors_1.JET_errInvalidParameter, params };
    if (rule.max !== undefined && value > rule.max)
        return { code: errors_1.JET_errInvalidParameter, params };
    if (rule.mask !== undefined && (value & ~rule.mask) !== 0)
        return { code: errors_1.JET_errInvalidParameter, params };
    return { code: errors_1.JET_errSuccess, params: write(params, id, rule.boolean === true ? Number(value !== 0) : value) };
}
/**
 * A parameter esemu does not model, set by the engine's rules for it (jetapi.cxx CJetParam::ValidateSet and the
 * type's setter; data/param-defaults.tsv): a read-only one is InvalidParameter; the current value again is Success
 * at once; then the write window (AlreadyInitialized) and the range (InvalidParameter: a number compared as the
 * engine's unsigned ULONG_PTR, so a negative one is past any bound but the largest; a string by its length); a
 * boolean is stored as 0 or 1, a block size must be a power of two. What the other custom setters do beyond that
 * (a path completed to a full one, for instance) is not done: the value is stored as given.
 */
function tableSet(params, id, value, rule, ctx) {
    if (rule.set === 'readonly')
        return { code: errors_1.JET_errInvalidParameter, params };
    if (typeof value === 'number' && paramValue(params, id) === value)
        return { code: errors_1.JET_errSuccess, params };
    if (rule.write === 'beforeGlobalInit' && ctx.runModeSet)
        return { code: errors_1.JET_errAlreadyInitialized, params };
    if (rule.write === 'beforeInstanceInit' && ctx.instanceInitialized)
        return { code: errors_1.JET_errAlreadyInitialized, params };
    const measure = typeof value === 'string' ? value.length : value;
    const below = rule.min !== null && measure >= 0 && measure < rule.min;
    const above = rule.max !== null && (measure < 0 || measure > rule.max);
    if (below || above)
        return { code: errors_1.JET_errInvalidParameter, params };
    // jetapi.cxx SetBlockSize: a page or version page size is a power of two.
    if ((id === C.JET_paramDatabasePageSize || id === C.JET_paramVerPageSize) && typeof value === 'number' && (value & (value - 1)) !== 0) {
        return { code: errors_1.JET_errInvalidParameter, params };
    }
    const stored = rule.set === 'boolean' && typeof value === 'number' ? Number(value !== 0) : value;
    return { code: errors_1.JET_errSuccess, params: write(params, id, stored) };
}
/** Is a parameter one the engine's table gives a string (read from szParam, lParam ignored)? */
function isStringParam(id) {
    return typeof paramDefaults_1.paramDefaults.get(id) === 'string';
}
function write(params, id, value) {
    return (0, immer_1.produce)(params, (draft) => {
        draft[id] = value;
    });
}
