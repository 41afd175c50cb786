/**
 * Process run mode and instances: JetCreateInstance, JetInit, JetTerm,
 * JetStopService*, as in jetapi.cxx (JetInitEx 21354-21533, ErrNewInst
 * 3478-3728, ErrTermComplete 20847-21026, JetStopServiceInstanceEx
 * 22315-22593) and tm.cxx ErrIsamTerm.
 */
import {
  JET_errAlreadyInitialized, JET_errClientRequestToStopJetService, JET_errDirtyShutdown, JET_errInstanceNameInUse,
  JET_errInvalidGrbit, JET_errInvalidParameter, JET_errNotInitialized, JET_errRestoreInProgress,
  JET_errRunningInMultiInstanceMode, JET_errRunningInOneInstanceMode, JET_errTermInProgress, JET_errTooManyActiveUsers,
  JET_errTooManyInstances,
} from '../../../src';
import { Outcome, resolveInstance } from './gates';
import { check } from './check';
import { MInstance, NIL, World } from './world';

const TERM_DIRTY = 0x8;
const STOP_ALL_INTERNAL = 0x1;
const STOP_BACKGROUND = 0x2;
const STOP_QUIESCE = 0x4;
const STOP_EMIT_LOG = 0x8;
const STOP_RESUME = 0x80000000;

function nameTaken(w: World, name: string | null): boolean {
  return w.liveInstances().some((i) => i.name === name);
}

/** JetCreateInstance(2): the box gets nil first, then the new (created) instance. */
export function createInstance(w: World, name: string | null, box: () => number): Outcome {
  const nilBox = (): void => check(box() === NIL, `create instance box ${box()} should be nil`);
  if (w.runMode === 'one') return { code: JET_errRunningInOneInstanceMode, then: nilBox };
  if (w.liveInstances().length >= w.maxInstances) return { code: JET_errTooManyInstances, then: nilBox };
  if (nameTaken(w, name)) return { code: JET_errInstanceNameInUse, then: nilBox };
  return {
    code: 0,
    then: () => {
      w.runMode = 'multi';
      w.newInstance(box(), name, 'created');
    },
  };
}

/** `initialize` for an instance past the JetInit checks: the Init.recovery fault frees it and writes 0. */
function initialize(w: World, inst: MInstance, hasBox: boolean, box: () => number, allocated: boolean): Outcome {
  const fault = w.faults.hit('Init.recovery');
  if (fault !== undefined) {
    return {
      code: fault,
      then: () => {
        w.freeInstance(inst);
        if (hasBox) check(box() === 0, `failed JetInit box ${box()} should be 0`);
      },
    };
  }
  return {
    code: 0,
    then: () => {
      inst.state = 'initialized';
      if (allocated && hasBox) check(box() === inst.h, 'JetInit box should name the new instance');
    },
  };
}

/**
 * JetInit / JetInit2 / JetInit3: `boxIn` null means no box. The instance of the
 * allocate path is created by the model only when the real one exists (its handle is in the box).
 */
export function init(w: World, boxIn: number | null, box: () => number): Outcome {
  const hasBox = boxIn !== null;
  const allocatePath = boxIn === null || boxIn === 0 || boxIn === NIL;
  const keep = (expected: number | null) => (): void => {
    if (hasBox && expected !== null) check(box() === expected, `JetInit box ${box()} should be ${expected}`);
  };
  const written = allocatePath ? NIL : boxIn;
  if (w.runMode === 'multi' && !hasBox) return { code: JET_errRunningInMultiInstanceMode };
  if (w.runMode === 'one') return { code: JET_errAlreadyInitialized, then: keep(written) };
  if (w.runMode === 'none' || allocatePath) {
    if (w.runMode === 'multi') {
      if (w.liveInstances().length >= w.maxInstances) return { code: JET_errTooManyInstances, then: keep(NIL) };
      if (nameTaken(w, null)) return { code: JET_errInstanceNameInUse, then: keep(NIL) };
    }
    const oneMode = w.runMode === 'none';
    const fault = w.faults.hit('Init.recovery');
    if (fault !== undefined) return { code: fault, then: keep(hasBox ? 0 : null) };
    return {
      code: 0,
      then: () => {
        if (oneMode) w.runMode = 'one';
        const h = hasBox ? box() : undefined;
        check(h === undefined || (h !== 0 && h !== NIL), 'JetInit must write the new instance into the box');
        // Without a box the handle is learnt from the dump by the runner (it calls adopt()).
        w.newInstance(h ?? 0, null, 'initialized');
      },
    };
  }
  const inst = w.instanceByHandle(boxIn);
  if (inst === undefined || !inst.alive) return { code: JET_errInvalidParameter, then: keep(boxIn) };
  if (inst.state === 'initialized' || inst.state === 'terminating') return { code: JET_errAlreadyInitialized, then: keep(boxIn) };
  return initialize(w, inst, hasBox, box, false);
}

/** JetTerm = JetTerm2(JET_bitTermAbrupt); grbits other than Dirty only pick the flavour. */
export function term(w: World, h: number, grbit: number): Outcome {
  const r = resolveInstance(w, h);
  if (typeof r === 'number') return { code: r };
  const inst = r;
  if (inst.state === 'created') return { code: 0, then: () => w.freeInstance(inst) };
  if (inst.state === 'initializing') return { code: JET_errNotInitialized };
  if (inst.state === 'terminating') return { code: JET_errTermInProgress };
  if (inst.state === 'restoring') return { code: JET_errRestoreInProgress };
  const dirty = (grbit & TERM_DIRTY) !== 0;
  if (inst.unavailable === 0 && !dirty && inst.sessions.some((s) => s.level > 0)) return { code: JET_errTooManyActiveUsers };
  return { code: dirty ? JET_errDirtyShutdown : 0, then: () => w.freeInstance(inst) };
}

export function stopService(w: World): Outcome {
  if (w.runMode === 'none') return { code: JET_errInvalidParameter };
  if (w.runMode === 'multi') return { code: JET_errRunningInMultiInstanceMode };
  const inst = w.liveInstances()[0];
  return { code: 0, then: () => { inst.stop = true; } };
}

/** The old JetStopServiceInstance: sets the stop flag only (not m_grbitStopped). */
export function stopInstance(w: World, h: number): Outcome {
  const r = resolveInstance(w, h);
  if (typeof r === 'number') return { code: r };
  return { code: 0, then: () => { r.stop = true; } };
}

export function stopInstance2(w: World, h: number, grbit: number): Outcome {
  const r = resolveInstance(w, h);
  if (typeof r === 'number') return { code: r };
  const inst = r;
  const g = grbit >>> 0;
  const userBits = STOP_BACKGROUND | STOP_QUIESCE | STOP_EMIT_LOG | STOP_RESUME;
  const resumable = STOP_BACKGROUND | STOP_QUIESCE;
  if ((g & ~userBits) !== 0) return { code: JET_errInvalidGrbit };
  if ((g & STOP_RESUME) !== 0) {
    // Resume alone resumes what m_grbitStopped holds; the old JetStopServiceInstance never sets it.
    const bits = (g & ~STOP_RESUME) !== 0 ? g & ~STOP_RESUME : inst.stopBits;
    if ((bits & ~resumable & userBits) !== 0) return { code: JET_errInvalidGrbit };
    if ((bits & ~resumable) !== 0) return { code: JET_errClientRequestToStopJetService };
    return { code: 0, then: () => { inst.stopBits &= ~bits; } };
  }
  if ((g & STOP_EMIT_LOG) !== 0) return { code: g === STOP_EMIT_LOG ? 0 : JET_errInvalidGrbit };
  return {
    code: 0,
    then: () => {
      let bits = g === 0 ? STOP_ALL_INTERNAL : g;
      if ((bits & STOP_ALL_INTERNAL) !== 0) bits |= STOP_BACKGROUND | STOP_QUIESCE;
      inst.stopBits |= bits;
      if ((bits & STOP_ALL_INTERNAL) !== 0) inst.stop = true;
    },
  };
}
