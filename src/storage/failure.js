"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EngineFailure = void 0;
exports.fail = fail;
/**
 * How the engine reports an error: it throws an EngineFailure carrying the
 * JET_err code, and the API layer turns it into the function's return value.
 * It is deliberately not an Error subclass: failures are an ordinary outcome
 * and capturing a stack trace for each would cost time on hot paths.
 */
class EngineFailure {
    code;
    constructor(code) {
        this.code = code;
    }
}
exports.EngineFailure = EngineFailure;
function fail(code) {
    throw new EngineFailure(code);
}
