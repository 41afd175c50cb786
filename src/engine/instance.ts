import {
  JET_errAlreadyInitialized, JET_errClientRequestToStopJetService, JET_errDirtyShutdown, JET_errInstanceNameInUse,
  JET_errInvalidGrbit, JET_errInvalidParameter, JET_errNotInitialized, JET_errRestoreInProgress,
  JET_errRunningInMultiInstanceMode, JET_errRunningInOneInstanceMode, JET_errSuccess, JET_errSystemParamsAlreadySet,
  JET_errTermInProgress, JET_errTooManyActiveUsers, JET_errTooManyInstances,
} from '../constants/errors';
import { VersionStore } from './versionStore';
import type { Engine } from './engine';
import { fail } from '../storage/failure';
import { HandleSet, newHandle, SmallestFreeAllocator } from './handles';
import { numericParam, PARAM, ParamSet } from './params';
import type { Session } from './session';
import type { AttachedDatabase } from './database';
import { destroySession } from './session';
import { forgetAttachment } from './database';

/** Where an instance is in its life. Only "created" and "initialized" are reached by ordinary calls. */
export type InstanceState = 'created' | 'initializing' | 'initialized' | 'terminating' | 'restoring';

const TERM_DIRTY = 0x8;
const STOP_BACKGROUND = 0x2;
const STOP_QUIESCE = 0x4;
const STOP_EMIT_LOG = 0x8;
const STOP_RESUME = 0x80000000;

export class Instance {
  readonly handle = newHandle();
  /**
   * The instance's place in the engine's instance table (g_rgpinst): the lowest one free when it was made, the order
   * JetGetInstanceInfo lists instances in.
   */
  slot = 0;
  state: InstanceState = 'created';
  /** JetStopService(Instance) has been called: most APIs now answer ClientRequestToStopJetService. */
  stopRequested = false;
  /** Background work stopped by JetStopServiceInstance2 (BackgroundUserTasks / QuiesceCaches bits). */
  stoppedTasks = 0;
  /** Room the instance's versioned table changes take (JET_paramMaxVerPages; versionStore.ts). */
  readonly versionStore = new VersionStore();
  /** The full stop came from JetStopServiceInstance2 and is recorded with the stopped tasks (m_grbitStopped). */
  fullStopRecorded = false;
  /** 0, or the code an instance hit by a fatal error answers with. */
  unavailable = 0;
  readonly sessions = new HandleSet<Session>();
  readonly procids = new SmallestFreeAllocator();
  /** Attached user databases by normalized path (at most six, as in the engine). */
  readonly attached = new Map<string, AttachedDatabase>();
  /** Cursors open on the instance, sort cursors included (JET_paramMaxCursors quota). */
  cursorCount = 0;
  /** Unmaterialized sorts open on the instance (JET_paramMaxTemporaryTables quota). */
  sortCount = 0;
  /** Sessions with an open transaction. */
  openTransactions = 0;
  freed = false;

  constructor(
    readonly name: string | null,
    readonly displayName: string | null,
    public params: ParamSet,
  ) {}

  param(id: number): number {
    return numericParam(this.params, id);
  }
}

function allocateInstance(engine: Engine, name: string | null, displayName: string | null): Instance {
  if (engine.instances.size >= numericParam(engine.globalParams, PARAM.MaxInstances)) fail(JET_errTooManyInstances);
  for (const other of engine.instances.values()) {
    if (other.name === name) fail(JET_errInstanceNameInUse);
  }
  const inst = new Instance(name, displayName, engine.globalParams);
  const used = new Set<number>();
  for (const other of engine.instances.values()) used.add(other.slot);
  while (used.has(inst.slot)) inst.slot += 1;
  engine.instances.set(inst.handle, inst);
  return inst;
}

export function createInstance(engine: Engine, name: string | null, displayName: string | null): Instance {
  if (engine.runMode === 'oneInstance') fail(JET_errRunningInOneInstanceMode);
  engine.runMode = 'multiInstance';
  return allocateInstance(engine, name, displayName);
}

/** The instance a handle names (the engine's ErrFindPinst): in one-instance mode the handle is ignored. */
export function findInstance(engine: Engine, handle: number): Instance {
  if (engine.runMode === 'oneInstance') {
    const only = engine.instances.values().next();
    if (!only.done) return only.value;
    fail(JET_errInvalidParameter);
  }
  const inst = engine.instances.get(handle);
  if (inst === undefined) fail(JET_errInvalidParameter);
  return inst;
}

/**
 * JetInit*. `target` is the instance handle the caller passed, or null for the
 * "allocate" path (no pointer, or a pointer to 0 / JET_instanceNil).
 * Returns the initialized instance; on failure other than AlreadyInitialized
 * the instance is freed and `onFreed` is told so the caller can clear its handle.
 */
export function initInstance(engine: Engine, target: number | null, hasPointer: boolean, onFreed: () => void): Instance {
  if (!hasPointer && engine.runMode === 'multiInstance') fail(JET_errRunningInMultiInstanceMode);
  if (engine.runMode === 'oneInstance' && engine.instances.size > 0) fail(JET_errAlreadyInitialized);
  if (engine.runMode === 'none') engine.runMode = 'oneInstance';
  const inst = target === null || engine.runMode === 'oneInstance'
    ? allocateInstance(engine, null, null)
    : findInstance(engine, target);
  // The init gate looks only at "already initialized", which a terminating instance still is.
  if (inst.state === 'initialized' || inst.state === 'terminating') fail(JET_errAlreadyInitialized);
  const prior = inst.state;
  inst.state = 'initializing';
  try {
    engine.faults.check('Init.recovery');
  } catch (failure) {
    inst.state = prior;
    // A failed init frees the instance with whatever it holds (an instance put in the restoring state by the
    // emulator control may already have sessions and attachments).
    dropContents(engine, inst, false);
    freeInstance(engine, inst);
    onFreed();
    throw failure;
  }
  inst.state = 'initialized';
  return inst;
}

/** JetTerm / JetTerm2 after the handle has been resolved. Returns Success or DirtyShutdown. */
export function termInstance(engine: Engine, inst: Instance, grbit: number): number {
  if (inst.state === 'created') {
    freeInstance(engine, inst);
    return JET_errSuccess;
  }
  if (inst.state === 'initializing') fail(JET_errNotInitialized);
  if (inst.state === 'terminating') fail(JET_errTermInProgress);
  if (inst.state === 'restoring') fail(JET_errRestoreInProgress);
  const dirty = inst.unavailable !== 0 || (grbit & TERM_DIRTY) !== 0;
  if (!dirty && inst.openTransactions > 0) fail(JET_errTooManyActiveUsers);
  // Past the point of no return: every session goes without being ended one by one.
  dropContents(engine, inst, (grbit & TERM_DIRTY) === 0);
  freeInstance(engine, inst);
  return (grbit & TERM_DIRTY) !== 0 ? JET_errDirtyShutdown : JET_errSuccess;
}

/** Every session and attachment of an instance, gone without per-resource work. */
function dropContents(engine: Engine, inst: Instance, clean: boolean): void {
  for (const ses of [...inst.sessions]) destroySession(engine, ses);
  // A dirty term leaves the files' headers as they were while attached (DirtyShutdown).
  for (const db of [...inst.attached.values()]) forgetAttachment(engine, db, clean);
}

export function freeInstance(engine: Engine, inst: Instance): void {
  if (inst.freed) return;
  if (inst.state === 'terminating') engine.termsInProgress -= 1;
  inst.freed = true;
  engine.instances.delete(inst.handle);
  if (engine.instances.size === 0) engine.runMode = 'none';
}

/** JetStopService: the one-instance form. */
export function stopServiceLegacy(engine: Engine): void {
  if (engine.runMode === 'multiInstance') fail(JET_errRunningInMultiInstanceMode);
  if (engine.runMode === 'none') fail(JET_errInvalidParameter);
  stopInstance(findInstance(engine, 0));
}

export function stopInstance(inst: Instance): void {
  inst.stopRequested = true;
}

/** JetStopServiceInstance2. */
export function stopInstance2(inst: Instance, grbit: number): void {
  const known = STOP_BACKGROUND | STOP_QUIESCE | STOP_EMIT_LOG | STOP_RESUME;
  if ((grbit & ~known) !== 0) fail(JET_errInvalidGrbit);
  if ((grbit & STOP_EMIT_LOG) !== 0 && grbit !== STOP_EMIT_LOG) fail(JET_errInvalidGrbit);
  if (grbit === STOP_EMIT_LOG) return;
  if ((grbit & STOP_RESUME) !== 0) {
    // Resume the tasks named, or with no other bit everything stopped so far; the full stop cannot be undone.
    const named = grbit & ~STOP_RESUME;
    // Resuming everything resumes what JetStopServiceInstance2 recorded as stopped (m_grbitStopped); a full stop
    // recorded there cannot be undone, but JetStopServiceInstance's full stop is not recorded there (jetapi.cxx).
    if (named === 0 && inst.fullStopRecorded) fail(JET_errClientRequestToStopJetService);
    inst.stoppedTasks &= ~(named === 0 ? inst.stoppedTasks : named);
    return;
  }
  if (grbit === 0) {
    inst.stopRequested = true;
    inst.fullStopRecorded = true;
    return;
  }
  inst.stoppedTasks |= grbit;
}

/**
 * JetEnableMultiInstance: apply the parameters in order (stopping at the
 * first that fails, which then leaves the run mode unchosen), then choose
 * multi-instance mode. `apply` sets one parameter and throws on failure.
 */
export function enableMultiInstance(engine: Engine, count: number, apply: (i: number) => void): void {
  if (engine.runMode === 'oneInstance') fail(JET_errRunningInOneInstanceMode);
  if (engine.runMode === 'multiInstance') fail(JET_errSystemParamsAlreadySet);
  for (let i = 0; i < count; i++) apply(i);
  engine.runMode = 'multiInstance';
}

/** Emulator control: put an instance into a state that real code only reaches mid-operation. */
export function setInstanceState(engine: Engine, inst: Instance, state: InstanceState): void {
  if (inst.state === 'terminating') engine.termsInProgress -= 1;
  if (state === 'terminating') engine.termsInProgress += 1;
  inst.state = state;
}
