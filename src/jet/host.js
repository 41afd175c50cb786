"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.apiFunction = apiFunction;
const errors_1 = require("../constants/errors");
const failure_1 = require("../storage/failure");
const threads_1 = require("../engine/threads");
const callerValues_1 = require("./callerValues");
const outBox_1 = require("./outBox");
/** An argument as the body sees it: itself when it is plain data, UNREADABLE when reading it could run caller code. */
function screen(x) {
    // Numbers, strings, null and byte arrays (only ever read through intrinsics) are the common case: no call.
    if (typeof x !== 'object' || x === null || ArrayBuffer.isView(x) || (0, outBox_1.isClearBox)(x))
        return x;
    return (0, callerValues_1.isPlainData)(x) ? x : callerValues_1.UNREADABLE;
}
/** The arguments a call's trace shows: those the body declares, less the undefined ones at the end (not given). */
function givenArgs(all, arity) {
    let n = arity;
    while (n > 0 && all[n - 1] === undefined)
        n -= 1;
    return all.slice(0, n);
}
/**
 * Turn an implementation into an API function: the screening of arguments
 * (so that no caller code runs inside the call, see callerValues.ts), the API-level fault point,
 * conversion of engine failures to return codes, a safety net that turns
 * any exception into JET_errInternalError, and the trace. The function takes
 * its arguments as fixed parameters (the esent.h functions esemu has take at most ten),
 * which keeps the hot path free of rest-array allocation.
 */
function apiFunction(host, name, body) {
    // How many arguments the body reads: only those need screening (one it does not declare it never looks at).
    // Counted from its declaration, not from `arguments`: a function that reads `arguments` and reassigns its
    // parameters costs V8 a copy of them on every call (about 10% of a JetRetrieveColumn). tests/core/apiBodies.test.ts
    // checks that no body has a default or rest parameter, which would end the count early.
    const arity = Math.max(body.length - 1, 0);
    const run = body;
    function call(a, b, c, d, e, f, g, h, i, j) {
        const engine = host.engine;
        let code;
        try {
            // Only objects need a look (screen() is not called for the numbers, strings and nulls most arguments are).
            if (typeof a === 'object' && a !== null)
                a = screen(a);
            if (typeof b === 'object' && b !== null)
                b = screen(b);
            if (arity > 2) {
                if (typeof c === 'object' && c !== null)
                    c = screen(c);
                if (typeof d === 'object' && d !== null)
                    d = screen(d);
                if (arity > 4) {
                    if (typeof e === 'object' && e !== null)
                        e = screen(e);
                    if (typeof f === 'object' && f !== null)
                        f = screen(f);
                    if (arity > 6) {
                        if (typeof g === 'object' && g !== null)
                            g = screen(g);
                        if (typeof h === 'object' && h !== null)
                            h = screen(h);
                        if (typeof i === 'object' && i !== null)
                            i = screen(i);
                        if (typeof j === 'object' && j !== null)
                            j = screen(j);
                    }
                }
            }
            const injected = engine.faults.take(name);
            code = injected !== 0 ? injected : run(engine, a, b, c, d, e, f, g, h, i, j);
        }
        catch (caught) {
            if (caught instanceof failure_1.EngineFailure) {
                code = caught.code;
            }
            else {
                host.lastInternalError = caught;
                code = errors_1.JET_errInternalError;
            }
        }
        if (host.tracer.active) {
            host.tracer.emit(name, givenArgs([a, b, c, d, e, f, g, h, i, j], arity), code, (0, threads_1.currentThread)());
        }
        return code;
    }
    return call;
}
