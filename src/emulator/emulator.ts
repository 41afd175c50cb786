import { JET_errInstanceUnavailable, JET_errInvalidParameter, JET_errSuccess } from '../constants/errors';
import { Engine, EngineOptions, Fidelity, HandleValidation } from '../engine/engine';
import type { FaultSpec } from '../engine/faults';
import { InstanceState, setInstanceState } from '../engine/instance';
import { createJetApi, JetApi } from '../jet/api';
import type { Host } from '../jet/host';
import { Tracer, TraceListener } from '../jet/trace';
import type { JET_INSTANCE } from '../jet/types';
import { DumpOptions, dumpState, formatState, StateDump } from './dump';
import { cloneState, EmulatorSnapshot, snapshotRefusal } from './snapshot';

/** Engine steps a fault can be injected into (see docs/emulator-control.md). */
export const FAULT_STEPS = [
  'Init.recovery',
  'BeginSession.allocate',
  'Rollback.level',
  'EndSession.rollbackLevel',
  'EndSession.closeDatabase',
  'EndSession.closeCursor',
  'Sort.endInsert',
] as const;
export type FaultStep = (typeof FAULT_STEPS)[number];

const INSTANCE_STATES: readonly InstanceState[] = ['created', 'initializing', 'initialized', 'terminating', 'restoring'];

/**
 * One independent esent.dll: its state, its esent.h API (`api`), and the
 * controls tests use to reach states ordinary calls cannot.
 */
export class Emulator {
  private readonly host: Host;
  readonly api: JetApi;

  constructor(options: Partial<EngineOptions> = {}) {
    this.host = { engine: new Engine(options), tracer: new Tracer(), lastInternalError: undefined };
    this.api = createJetApi(this.host);
  }

  /** Forget everything: instances, sessions, files, faults. Handles given out before stay invalid. */
  reset(options: Partial<EngineOptions> = {}): void {
    this.host.engine = new Engine({ ...this.host.engine.options, ...options });
  }

  get options(): Readonly<EngineOptions> {
    return this.host.engine.options;
  }

  /** "engine" (default) answers as esent.dll does; "documented" as its documentation says where they differ. */
  setFidelity(fidelity: Fidelity): void {
    this.host.engine.options = { ...this.host.engine.options, fidelity };
  }

  setHandleValidation(handleValidation: HandleValidation): void {
    this.host.engine.options = { ...this.host.engine.options, handleValidation };
  }

  /** Make the `nth` next call of an API fail with `code` before it does anything. */
  failCall(api: keyof JetApi, spec: FaultSpec): number {
    if (!(api in this.api)) return JET_errInvalidParameter;
    return this.arm(api, spec);
  }

  /** Make the `nth` next occurrence of an engine step fail with `code`, leaving the work done before it. */
  failStep(step: FaultStep, spec: FaultSpec): number {
    if (!(FAULT_STEPS as readonly string[]).includes(step)) return JET_errInvalidParameter;
    return this.arm(step, spec);
  }

  private arm(point: string, spec: FaultSpec): number {
    try {
      this.host.engine.faults.arm(point, spec);
      return JET_errSuccess;
    } catch {
      return JET_errInvalidParameter;
    }
  }

  clearFaults(): void {
    this.host.engine.faults.clear();
  }

  pendingFaults(): string[] {
    return this.host.engine.faults.pending();
  }

  /** Put an instance into a state real code reaches only mid-operation (terminating, restoring, initializing). */
  setInstanceState(instance: JET_INSTANCE, state: InstanceState): number {
    const inst = this.host.engine.instances.get(instance);
    if (inst === undefined || !INSTANCE_STATES.includes(state)) return JET_errInvalidParameter;
    setInstanceState(this.host.engine, inst, state);
    return JET_errSuccess;
  }

  /** Mark an instance as hit by a fatal error (JET_errInstanceUnavailable or ...DueToFatalLogDiskFull); 0 clears it. */
  setInstanceUnavailable(instance: JET_INSTANCE, code: number = JET_errInstanceUnavailable): number {
    const inst = this.host.engine.instances.get(instance);
    if (inst === undefined || (code !== 0 && code !== JET_errInstanceUnavailable && code !== -1092)) return JET_errInvalidParameter;
    inst.unavailable = code;
    return JET_errSuccess;
  }

  /** Listen to every API call of this emulator; returns the function that stops listening. */
  subscribe(listener: TraceListener): () => void {
    return this.host.tracer.subscribe(listener);
  }

  /**
   * The errors trace listeners threw since the last call (oldest first), and
   * forget them. A listener's exception never reaches the API call it was
   * told about; this is where a test finds it.
   */
  takeListenerErrors(): unknown[] {
    return this.host.tracer.takeErrors();
  }

  /** Throw the errors trace listeners threw since the last call, if any (one AggregateError), and forget them. */
  throwListenerErrors(): void {
    const errors = this.host.tracer.takeErrors();
    if (errors.length > 0) throw new AggregateError(errors, `${errors.length} trace listener errors`);
  }

  /**
   * A copy of the whole state, for fixtures: build the state once, then `restore()` it before each test. Costs
   * what the state holds besides its records (records and index entries are shared copy-on-write), so a table of
   * a million records is as cheap as an empty one. Throws when a session is in a transaction: take it at level 0.
   * Handles stay valid in the restored state; handles made later never repeat one given before.
   */
  snapshot(): EmulatorSnapshot {
    const refusal = snapshotRefusal(this.host.engine);
    if (refusal !== null) throw new Error(`emulator.snapshot(): ${refusal}`);
    return new EmulatorSnapshot(cloneState(this.host.engine));
  }

  /** Put back the state of a snapshot (of this emulator or another); the snapshot stays usable for the next restore. */
  restore(snapshot: EmulatorSnapshot): void {
    if (!(snapshot instanceof EmulatorSnapshot)) throw new TypeError('emulator.restore(): not a snapshot from emulator.snapshot()');
    this.host.engine = cloneState(snapshot.state);
  }

  /** A frozen picture of the state; `{ rows: n }` adds the first n rows of each sort, temp table and table, and of each session's changes. */
  dump(options?: DumpOptions): StateDump {
    return dumpState(this.host.engine, options);
  }

  /** The dump as indented text. */
  dumpText(options?: DumpOptions): string {
    return formatState(this.dump(options));
  }

  /** The last JavaScript exception an API call caught and reported as JET_errInternalError. */
  get lastInternalError(): unknown {
    return this.host.lastInternalError;
  }
}

export function createEmulator(options: Partial<EngineOptions> = {}): Emulator {
  return new Emulator(options);
}
