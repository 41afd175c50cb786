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
exports.SessionParams = void 0;
exports.setSessionParameter = setSessionParameter;
exports.getSessionParameter = getSessionParameter;
/**
 * JetSetSessionParameter / JetGetSessionParameter (tm.cxx ErrIsamSetSessionParameter / ErrIsamGetSessionParameter):
 * values a session keeps for itself, set and read as little-endian bytes. Only JET_sesparamCommitDefault changes
 * what esemu does (JetCommitTransaction2's durable-commit check reads it); the others are kept and read back, as
 * the engine keeps them for its tracing and cache policy.
 */
const C = __importStar(require("../constants/constants"));
const errors_1 = require("../constants/errors");
const failure_1 = require("../storage/failure");
/** The session parameters other than CommitDefault and TransactionLevel (which the session holds itself). */
class SessionParams {
    commitContext = new Uint8Array(0);
    operationContext = new Uint8Array(8);
    correlationId = 0;
    /** null: never set, the instance's JET_paramCachePriority at the time it is read. */
    cachePriority = null;
    descriptions = new Map();
    activityId = new Uint8Array(16);
    ioTraceFlags = 0;
    ioPriority;
    containsCustomerData = 0;
    needPreCommitCallback = 0;
    constructor(ses) {
        this.ioPriority = initialIoPriority(ses);
    }
}
exports.SessionParams = SessionParams;
/** pib.cxx ErrPIBBeginSession: a session starts with the instance's I/O priority without the engine's own bits. */
function initialIoPriority(ses) {
    return ses.instance.param(C.JET_paramIOPriority) & ~(C.JET_IOPriorityLowForCheckpoint | C.JET_IOPriorityLowForScavenge);
}
/** sizeof(JET_OPERATIONCONTEXT): a ULONG and four bytes. */
const OPERATION_CONTEXT_SIZE = 8;
/** The largest generic commit context (pib.hxx ErrSetClientCommitContextGeneric). */
const COMMIT_CONTEXT_MOST = 30000;
/** The room of a client description (trace.hxx): 31 characters and a NUL. */
const DESCRIPTION_ROOM = 32;
/** The I/O priority bits a session may set (pib.hxx ErrSetUserIoPriority; 0x40 is the background dispatch bit). */
const IO_PRIORITY_BITS = C.JET_IOPriorityLow | C.JET_IOPriorityUserClassIdMask | C.JET_IOPriorityMarkAsMaintenance | 0x40;
const CACHE_PRIORITY_MOST = 1000;
function extras(ses) {
    return (ses.params ??= new SessionParams(ses));
}
function u32(bytes) {
    return new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true);
}
function bytesOf(n) {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, n >>> 0, true);
    return b;
}
function exactly(cb, size) {
    if (cb !== size)
        (0, failure_1.fail)(errors_1.JET_errInvalidBufferSize);
}
/** JetSetSessionParameter after the session gate: Success, or JET_wrnBufferTruncated for a description cut short. */
function setSessionParameter(ses, id, data, cb) {
    if (data === null && cb !== 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    const v = data ?? new Uint8Array(0);
    switch (id) {
        case C.JET_sesparamCommitDefault:
            exactly(cb, 4);
            // Kept as given: unlike JET_paramCommitDefault, no bit is checked.
            ses.commitDefault = u32(v);
            return errors_1.JET_errSuccess;
        case C.JET_sesparamCommitGenericContext: {
            const p = extras(ses);
            if (cb > COMMIT_CONTEXT_MOST) {
                p.commitContext = new Uint8Array(0);
                (0, failure_1.fail)(errors_1.JET_errInvalidBufferSize);
            }
            p.commitContext = v.slice(0, cb);
            if (cb === 0)
                p.needPreCommitCallback = 0;
            return errors_1.JET_errSuccess;
        }
        case C.JET_sesparamTransactionLevel:
            return (0, failure_1.fail)(errors_1.JET_errFeatureNotAvailable);
        case C.JET_sesparamOperationContext:
            exactly(cb, OPERATION_CONTEXT_SIZE);
            extras(ses).operationContext = v.slice(0, OPERATION_CONTEXT_SIZE);
            return errors_1.JET_errSuccess;
        case C.JET_sesparamCorrelationID:
            exactly(cb, 4);
            extras(ses).correlationId = u32(v);
            return errors_1.JET_errSuccess;
        case C.JET_sesparamCachePriority: {
            exactly(cb, 4);
            const pct = new DataView(v.buffer, v.byteOffset, 4).getInt32(0, true);
            if (pct < 0 || pct > CACHE_PRIORITY_MOST)
                (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
            extras(ses).cachePriority = pct;
            return errors_1.JET_errSuccess;
        }
        case C.JET_sesparamClientComponentDesc:
        case C.JET_sesparamClientActionDesc:
        case C.JET_sesparamClientActionContextDesc: {
            // trace.cxx ErrCopyDescString: what does not fit 31 characters keeps its first 28 and "...", with a warning.
            const text = String.fromCharCode(...v.subarray(0, Math.min(cb, DESCRIPTION_ROOM)));
            const cut = cb >= DESCRIPTION_ROOM;
            const kept = cut ? `${text.slice(0, DESCRIPTION_ROOM - 4)}...` : text;
            const nul = kept.indexOf('\0');
            extras(ses).descriptions.set(id, nul < 0 ? kept : kept.slice(0, nul));
            return cut ? errors_1.JET_wrnBufferTruncated : errors_1.JET_errSuccess;
        }
        case C.JET_sesparamClientActivityId:
            exactly(cb, 16);
            extras(ses).activityId = v.slice(0, 16);
            return errors_1.JET_errSuccess;
        case C.JET_sesparamIOSessTraceFlags:
            exactly(cb, 4);
            extras(ses).ioTraceFlags = u32(v);
            return errors_1.JET_errSuccess;
        case C.JET_sesparamIOPriority: {
            exactly(cb, 4);
            const bits = u32(v);
            if ((bits & ~IO_PRIORITY_BITS) !== 0)
                (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
            extras(ses).ioPriority = bits;
            return errors_1.JET_errSuccess;
        }
        case C.JET_sesparamCommitContextContainsCustomerData:
            exactly(cb, 4);
            extras(ses).containsCustomerData = u32(v) !== 0 ? 1 : 0;
            return errors_1.JET_errSuccess;
        case C.JET_sesparamCommitContextNeedPreCommitCallback:
            exactly(cb, 4);
            extras(ses).needPreCommitCallback = u32(v) !== 0 ? 1 : 0;
            return errors_1.JET_errSuccess;
        default:
            return (0, failure_1.fail)(errors_1.JET_errInvalidSesparamId);
    }
}
/**
 * A session parameter's value as bytes, and how the caller's room is checked: 'exact' (only that size),
 * 'atLeast' with InvalidBufferSize, or 'fits' with BufferTooSmall.
 */
function valueOf(ses, id) {
    const p = ses.params;
    switch (id) {
        case C.JET_sesparamCommitDefault:
            return { bytes: bytesOf(ses.commitDefault), room: 'exact' };
        case C.JET_sesparamCommitGenericContext:
            return { bytes: p?.commitContext ?? new Uint8Array(0), room: 'fits' };
        case C.JET_sesparamTransactionLevel:
            return { bytes: bytesOf(ses.level), room: 'exact' };
        case C.JET_sesparamOperationContext:
            return { bytes: p?.operationContext ?? new Uint8Array(OPERATION_CONTEXT_SIZE), room: 'atLeast' };
        case C.JET_sesparamCorrelationID:
            return { bytes: bytesOf(p?.correlationId ?? 0), room: 'atLeast' };
        case C.JET_sesparamCachePriority:
            return { bytes: bytesOf(p?.cachePriority ?? ses.instance.param(C.JET_paramCachePriority)), room: 'atLeast' };
        case C.JET_sesparamClientComponentDesc:
        case C.JET_sesparamClientActionDesc:
        case C.JET_sesparamClientActionContextDesc: {
            const text = p?.descriptions.get(id) ?? '';
            const bytes = new Uint8Array(text.length + 1);
            for (let i = 0; i < text.length; i++)
                bytes[i] = text.charCodeAt(i);
            return { bytes, room: 'fits' };
        }
        case C.JET_sesparamClientActivityId:
            return { bytes: p?.activityId ?? new Uint8Array(16), room: 'atLeast' };
        case C.JET_sesparamIOSessTraceFlags:
            return { bytes: bytesOf(p?.ioTraceFlags ?? 0), room: 'atLeast' };
        case C.JET_sesparamIOPriority:
            return { bytes: bytesOf(p?.ioPriority ?? initialIoPriority(ses)), room: 'exact' };
        case C.JET_sesparamCommitContextContainsCustomerData:
            return { bytes: bytesOf(p?.containsCustomerData ?? 0), room: 'atLeast' };
        case C.JET_sesparamCommitContextNeedPreCommitCallback:
            return { bytes: bytesOf(p?.needPreCommitCallback ?? 0), room: 'atLeast' };
        default:
            return (0, failure_1.fail)(errors_1.JET_errInvalidSesparamId);
    }
}
/**
 * JetGetSessionParameter after the instance gate: the size is written first (`setActual`, when the caller gave a
 * place for it), even when the buffer then turns out too small; without a buffer only the size is given.
 */
function getSessionParameter(ses, id, out, cbMax, setActual) {
    if (out === null && setActual === null)
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    const { bytes, room } = valueOf(ses, id);
    if (setActual !== null)
        setActual(bytes.length);
    if (out === null)
        return;
    if (room === 'exact' ? cbMax !== bytes.length : cbMax < bytes.length) {
        (0, failure_1.fail)(room === 'fits' ? errors_1.JET_errBufferTooSmall : errors_1.JET_errInvalidBufferSize);
    }
    out.set(bytes);
}
