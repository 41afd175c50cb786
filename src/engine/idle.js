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
exports.idle = idle;
/**
 * JetIdle (tm.cxx ErrIsamIdle): the idle work a caller may ask for. esemu has no background tasks and no cache, so
 * the work is the version store's clean-up; the codes are the engine's. The first group of bits is an if / else-if
 * chain (at most one branch runs); JET_bitIdleFlushBuffers is refused after it; unknown bits are ignored.
 */
const C = __importStar(require("../constants/constants"));
const errors_1 = require("../constants/errors");
const failure_1 = require("../storage/failure");
const params_1 = require("./params");
const versionStore_1 = require("./versionStore");
/** JetIdle after the session gate. */
function idle(ses, grbit) {
    const inst = ses.instance;
    const store = inst.versionStore;
    let result = errors_1.JET_errSuccess;
    if ((grbit & C.JET_bitIdleStatus) !== 0) {
        // ver.cxx ErrVERStatus: full past 60% of the smaller of the store's size and the preferred size.
        const most = Math.min(inst.param(params_1.PARAM.MaxVerPages), inst.param(C.JET_paramPreferredVerPages));
        if (Math.ceil(store.used / versionStore_1.VERSION_BUCKET_BYTES) > most * 0.6)
            result = errors_1.JET_wrnIdleFull;
    }
    else if (grbit === 0 || (grbit & C.JET_bitIdleCompact) !== 0) {
        (0, versionStore_1.cleanUp)(inst, null);
        result = errors_1.JET_wrnNoIdleActivity;
    }
    else if ((grbit & C.JET_bitIdleCompactAsync) !== 0) {
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    }
    else if ((grbit & C.JET_bitIdleWaitForAsyncActivity) !== 0) {
        if (store.used > 0)
            result = errors_1.JET_wrnRemainingVersions;
    }
    if ((grbit & C.JET_bitIdleFlushBuffers) !== 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    // JET_bitIdleAvailBuffersStatus: esemu has no buffer cache to run short of.
    return result;
}
