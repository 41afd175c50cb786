/**
 * What every call checks before its own rules: handles (ESENT validation,
 * jetapi.cxx JET_VALIDATE_*), the instance gate (APICALL_INST::FEnter,
 * INST::ErrAPIEnter) and the session gate (APICALL_SESID::FEnter).
 */
import {
  JET_errClientRequestToStopJetService, JET_errInitInProgress, JET_errInvalidInstance, JET_errInvalidParameter,
  JET_errInvalidSesid, JET_errInvalidTableId, JET_errNotInitialized, JET_errRestoreInProgress,
  JET_errSesidTableIdMismatch, JET_errTermInProgress,
} from '../../../src';
import { MCursor, MInstance, MSession, NIL, World } from './world';

/** An expected answer: one code, any of several (where the rules leave it open), or anything. */
export type Expect = number | readonly number[] | 'any';

/** A prediction; `then` applies the call's effect once the answer matched. */
export interface Outcome {
  code: Expect;
  then?: (actual: number) => void;
}

export function fail(code: Expect): Outcome {
  return { code };
}

export function matches(e: Expect, actual: number): boolean {
  if (e === 'any') return true;
  if (typeof e === 'number') return e === actual;
  return e.includes(actual);
}

/** Instance handle as instance APIs read it: ESENT validation, then ErrFindPinst (jetapi.cxx:3811-3859). */
export function resolveInstance(w: World, h: number): MInstance | number {
  if (h !== 0 && h !== NIL) {
    const inst = w.instanceByHandle(h);
    return inst !== undefined && inst.alive ? inst : JET_errInvalidInstance;
  }
  if (w.runMode === 'one') return w.liveInstances()[0];
  return JET_errInvalidParameter;
}

/** APICALL_INST::FEnter: stop, unavailable, then the API lock flags / not initialized. */
export function instanceGate(inst: MInstance): number {
  if (inst.stop) return JET_errClientRequestToStopJetService;
  if (inst.unavailable !== 0) return inst.unavailable;
  if (inst.state === 'terminating') return JET_errTermInProgress;
  if (inst.state === 'restoring') return JET_errRestoreInProgress;
  if (inst.state !== 'initialized') return JET_errNotInitialized;
  return 0;
}

/** FEnterWithoutInit (parameter calls): lock flags only. */
export function paramGate(inst: MInstance): number {
  if (inst.state === 'terminating') return JET_errTermInProgress;
  if (inst.state === 'restoring') return JET_errRestoreInProgress;
  if (inst.state === 'initializing') return JET_errInitInProgress;
  return 0;
}

export function allTerminating(w: World): boolean {
  const live = w.liveInstances();
  return live.length > 0 && live.every((i) => i.state === 'terminating');
}

/** APICALL_SESID::FEnter (jetapi.cxx:4182-4290); `cleanup` = the API passes fIgnoreStopService. */
export function sessionGate(w: World, s: MSession, cleanup: boolean): number {
  if (allTerminating(w)) return JET_errTermInProgress;
  if (s.inst.stop && !cleanup) return JET_errClientRequestToStopJetService;
  if (s.inst.unavailable !== 0) return s.inst.unavailable;
  if (s.inst.state === 'terminating') return JET_errTermInProgress;
  return 0;
}

/** Handle validation then the gate for a session API. */
export function sessionCall(w: World, s: MSession, cleanup: boolean): number {
  if (!s.alive) return JET_errInvalidSesid;
  return sessionGate(w, s, cleanup);
}

/** JET_VALIDATE_SESID_TABLEID (jetapi.cxx:5298-5335) then the session gate. */
export function cursorCall(w: World, s: MSession, c: MCursor, cleanup: boolean): number {
  if (!s.alive) return JET_errInvalidSesid;
  if (!c.alive) return JET_errInvalidTableId;
  if (c.session !== s) return JET_errSesidTableIdMismatch;
  return sessionGate(w, s, cleanup);
}
