"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.THREADSTATS2_SIZE = exports.THREADSTATS_SIZE = exports.ERRINFOBASIC_SIZE = void 0;
exports.diagnosticsApi = diagnosticsApi;
const errors_1 = require("../constants/errors");
const constants_1 = require("../constants/constants");
const errorInfo_1 = require("../engine/errorInfo");
const threadStats_1 = require("../engine/threadStats");
/** The struct sizes callers pass (the managed layer's VistaApi, Windows8Api and Windows10Api calls). */
var errorInfo_2 = require("../engine/errorInfo");
Object.defineProperty(exports, "ERRINFOBASIC_SIZE", { enumerable: true, get: function () { return errorInfo_2.ERRINFOBASIC_SIZE; } });
var threadStats_2 = require("../engine/threadStats");
Object.defineProperty(exports, "THREADSTATS_SIZE", { enumerable: true, get: function () { return threadStats_2.THREADSTATS_SIZE; } });
Object.defineProperty(exports, "THREADSTATS2_SIZE", { enumerable: true, get: function () { return threadStats_2.THREADSTATS2_SIZE; } });
const failure_1 = require("../storage/failure");
const args_1 = require("./args");
const host_1 = require("./host");
/** The calls that answer about codes and the calling thread, not about an instance: no gate, no handle. */
function diagnosticsApi(host) {
    return {
        /**
         * esent.h's JetGetErrorInfoW. `pvContext` is the code asked about (C passes a pointer to it; null is NULL).
         * jetapi.cxx JetGetErrorInfoExW: the level, then the context, then the grbit (all InvalidParameter), then the
         * buffer's size (InvalidBufferSize); errValue and cbStruct are written before the code is looked up.
         */
        JetGetErrorInfo: (0, host_1.apiFunction)(host, 'JetGetErrorInfo', (_e, pvContext, pvResult, cbMax, InfoLevel, grbit) => {
            // A NULL context is the engine's InvalidParameter, like a value that is no 32-bit integer; the level and grbit
            // checks before and after it give the same code, so where it is checked makes no difference.
            const err = (0, args_1.intArg)(pvContext);
            const box = (0, args_1.outArg)(pvResult);
            const room = (0, args_1.ulongArg)(cbMax);
            const level = (0, args_1.intArg)(InfoLevel);
            const bits = (0, args_1.grbitArg)(grbit);
            if (level !== constants_1.JET_ErrorInfoSpecificErr || bits !== 0)
                (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
            if (room < errorInfo_1.ERRINFOBASIC_SIZE)
                (0, failure_1.fail)(errors_1.JET_errInvalidBufferSize);
            box.value = (0, errorInfo_1.errorInfoBasic)(err, (partial) => { box.value = partial; });
            return errors_1.JET_errSuccess;
        }),
        /** jetapi.cxx JetGetThreadStatsEx: BufferTooSmall below sizeof(JET_THREADSTATS), else the thread's counters. */
        JetGetThreadStats: (0, host_1.apiFunction)(host, 'JetGetThreadStats', (_e, pvResult, cbMax) => {
            const box = (0, args_1.outArg)(pvResult);
            const room = (0, args_1.ulongArg)(cbMax);
            if (room < threadStats_1.THREADSTATS_SIZE)
                (0, failure_1.fail)(errors_1.JET_errBufferTooSmall);
            box.value = (0, threadStats_1.threadStats)(room);
            return errors_1.JET_errSuccess;
        }),
    };
}
