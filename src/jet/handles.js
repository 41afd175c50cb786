"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sessionOf = sessionOf;
exports.cursorOf = cursorOf;
exports.tableCursorOf = tableCursorOf;
exports.instanceOf = instanceOf;
const errors_1 = require("../constants/errors");
const failure_1 = require("../storage/failure");
const gates_1 = require("../engine/gates");
const instance_1 = require("../engine/instance");
const tableCursor_1 = require("../engine/tableCursor");
/**
 * Handle validation, as esent.dll's API layer does it before anything else:
 * a handle that is not live gets InvalidSesid / InvalidTableId /
 * InvalidInstance; a cursor used with another session's handle gets
 * SesidTableIdMismatch. With handleValidation "ese" (the retail ESE build)
 * only 0 and ~0 are caught up front, as that build does.
 */
const NIL = -1;
function isNil(h) {
    return h === 0 || h === NIL || h === 0xffffffff;
}
/**
 * The last session and cursor resolved (and the engine state they belong to),
 * so that a run of calls on one cursor skips the table lookups. Handles are
 * never reused, so a hit only needs the object to be still alive and the
 * engine state to be the same one (a reset or another emulator replaces it).
 */
let cacheEngine = null;
let lastSession = null;
let lastCursor = null;
function sessionOf(engine, sesid) {
    if (cacheEngine !== engine) {
        cacheEngine = engine;
        lastSession = null;
        lastCursor = null;
    }
    const cached = lastSession;
    if (cached !== null && cached.handle === sesid && !cached.ended)
        return cached;
    const ses = typeof sesid === 'number' ? engine.sessions.get(sesid) : undefined;
    if (ses !== undefined) {
        lastSession = ses;
        return ses;
    }
    if (engine.options.handleValidation === 'ese' && !isNil(sesid)) {
        // The retail build runs the gate's first step before touching the handle.
        (0, gates_1.checkTermsInProgress)(engine);
    }
    (0, failure_1.fail)(errors_1.JET_errInvalidSesid);
}
/** A cursor of either kind (a sort or temp table, or a regular table). */
function cursorOf(engine, sesid, tableid) {
    const ses = sessionOf(engine, sesid);
    const cached = lastCursor;
    if (cached !== null && cached.handle === tableid && !cached.closed && cached.session === ses)
        return cached;
    const cursor = typeof tableid === 'number' ? engine.cursors.get(tableid) : undefined;
    if (cursor === undefined)
        (0, failure_1.fail)(errors_1.JET_errInvalidTableId);
    lastCursor = cursor;
    if (cursor.session !== ses)
        (0, failure_1.fail)(errors_1.JET_errSesidTableIdMismatch);
    return cursor;
}
/**
 * The cursor of a call only regular tables have: on a sort or temp table the engine's dispatch table for it
 * (sortapi.cxx vtfndefTTSortIns / TTSortRet / TTBase) holds an ErrIllegal... entry, which answers IllegalOperation
 * before the call looks at its other arguments.
 */
function tableCursorOf(engine, sesid, tableid) {
    const c = cursorOf(engine, sesid, tableid);
    if (!(c instanceof tableCursor_1.TableCursor))
        (0, failure_1.fail)(errors_1.JET_errIllegalOperation);
    return c;
}
/** An instance handle passed to an instance API (JetBeginSession, JetTerm, JetStopServiceInstance...). */
function instanceOf(engine, instance) {
    if (engine.options.handleValidation === 'esent' && !isNil(instance)) {
        const live = typeof instance === 'number' ? engine.instances.get(instance) : undefined;
        if (live === undefined)
            (0, failure_1.fail)(errors_1.JET_errInvalidInstance);
    }
    return (0, instance_1.findInstance)(engine, typeof instance === 'number' ? instance : 0);
}
