import {
  JET_errIllegalOperation, JET_errInvalidInstance, JET_errInvalidSesid, JET_errInvalidTableId, JET_errSesidTableIdMismatch,
} from '../constants/errors';
import type { Engine } from '../engine/engine';
import { fail } from '../storage/failure';
import { checkTermsInProgress } from '../engine/gates';
import { findInstance, Instance } from '../engine/instance';
import type { Session } from '../engine/session';
import type { AnyCursor } from '../engine/cursorSet';
import { TableCursor } from '../engine/tableCursor';

/**
 * Handle validation, as esent.dll's API layer does it before anything else:
 * a handle that is not live gets InvalidSesid / InvalidTableId /
 * InvalidInstance; a cursor used with another session's handle gets
 * SesidTableIdMismatch. With handleValidation "ese" (the retail ESE build)
 * only 0 and ~0 are caught up front, as that build does.
 */
const NIL = -1;

function isNil(h: unknown): boolean {
  return h === 0 || h === NIL || h === 0xffffffff;
}

/**
 * The last session and cursor resolved (and the engine state they belong to),
 * so that a run of calls on one cursor skips the table lookups. Handles are
 * never reused, so a hit only needs the object to be still alive and the
 * engine state to be the same one (a reset or another emulator replaces it).
 */
let cacheEngine: Engine | null = null;
let lastSession: Session | null = null;
let lastCursor: AnyCursor | null = null;

export function sessionOf(engine: Engine, sesid: unknown): Session {
  if (cacheEngine !== engine) {
    cacheEngine = engine;
    lastSession = null;
    lastCursor = null;
  }
  const cached = lastSession;
  if (cached !== null && cached.handle === sesid && !cached.ended) return cached;
  const ses = typeof sesid === 'number' ? engine.sessions.get(sesid) : undefined;
  if (ses !== undefined) {
    lastSession = ses;
    return ses;
  }
  if (engine.options.handleValidation === 'ese' && !isNil(sesid)) {
    // The retail build runs the gate's first step before touching the handle.
    checkTermsInProgress(engine);
  }
  fail(JET_errInvalidSesid);
}

/** A cursor of either kind (a sort or temp table, or a regular table). */
export function cursorOf(engine: Engine, sesid: unknown, tableid: unknown): AnyCursor {
  const ses = sessionOf(engine, sesid);
  const cached = lastCursor;
  if (cached !== null && cached.handle === tableid && !cached.closed && cached.session === ses) return cached;
  const cursor = typeof tableid === 'number' ? engine.cursors.get(tableid) : undefined;
  if (cursor === undefined) fail(JET_errInvalidTableId);
  lastCursor = cursor;
  if (cursor.session !== ses) fail(JET_errSesidTableIdMismatch);
  return cursor;
}

/**
 * The cursor of a call only regular tables have: on a sort or temp table the engine's dispatch table for it
 * (sortapi.cxx vtfndefTTSortIns / TTSortRet / TTBase) holds an ErrIllegal... entry, which answers IllegalOperation
 * before the call looks at its other arguments.
 */
export function tableCursorOf(engine: Engine, sesid: unknown, tableid: unknown): TableCursor {
  const c = cursorOf(engine, sesid, tableid);
  if (!(c instanceof TableCursor)) fail(JET_errIllegalOperation);
  return c;
}

/** An instance handle passed to an instance API (JetBeginSession, JetTerm, JetStopServiceInstance...). */
export function instanceOf(engine: Engine, instance: unknown): Instance {
  if (engine.options.handleValidation === 'esent' && !isNil(instance)) {
    const live = typeof instance === 'number' ? engine.instances.get(instance) : undefined;
    if (live === undefined) fail(JET_errInvalidInstance);
  }
  return findInstance(engine, typeof instance === 'number' ? instance : 0);
}
