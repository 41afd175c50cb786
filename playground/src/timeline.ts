import { createEmulator, currentThread, formatTraceRecord, onThread } from '../../src/index';
import type { Emulator, EmulatorSnapshot, JET_INSTANCE, StateDump, TraceRecord } from '../../src/index';
import { Aliases } from './aliases';
import { diffLines, flattenDump, TreeLine } from './flatten';
import { machineStates, MachineState } from './machines';
import { pageDump } from './pageDump';
import { ControlOp, controlLabel, Step } from './steps';
import { copyValue } from './values';

/** Rows the state tree shows of each sort, temp table, table and session's changes. */
const PREVIEW_ROWS = 5;

export type ApiFunction = (...args: unknown[]) => number;

/** How many steps at most between two snapshots of the history (a snapshot needs every session at level 0). */
export const CHECKPOINT_EVERY = 32;

interface Checkpoint {
  snapshot: EmulatorSnapshot;
  aliases: Aliases;
}

/** What a replayed step needs: the call and its recorded arguments, or the control. */
export type ReplayStep =
  | { kind: 'call'; api: string; before: readonly unknown[]; after: readonly unknown[]; thread: number }
  | { kind: 'control'; control: ControlOp };

/**
 * The history: every call and control is a step; stepping back or forward puts the emulator in the state after
 * that step. Snapshots (`emulator.snapshot()`) are taken every CHECKPOINT_EVERY steps where the state allows it;
 * going to a step restores the nearest one at or before it and replays the steps between.
 */
export class Timeline {
  readonly emu: Emulator = createEmulator();
  /** The Jet functions, as the page's scripts and composer call them. */
  readonly api: Readonly<Record<string, ApiFunction>>;
  private aliases = new Aliases();
  private readonly history: Step[] = [];
  private pos = 0;
  private checkpoints = new Map<number, Checkpoint>();
  private lastCheckpoint = 0;
  private record: TraceRecord | null = null;
  private current: { dump: StateDump; lines: TreeLine[]; states: Map<string, MachineState> };
  private readonly listeners: Array<() => void> = [];
  private readonly stepListeners: Array<(step: Step, before: StateDump, after: StateDump) => void> = [];
  private batch = 0;

  constructor() {
    this.emu.subscribe((r) => {
      this.record = r;
    });
    this.checkpoints.set(0, { snapshot: this.emu.snapshot(), aliases: new Aliases() });
    const raw = this.emu.api as unknown as Record<string, ApiFunction>;
    const api: Record<string, ApiFunction> = {};
    for (const name of Object.keys(raw)) api[name] = (...args: unknown[]): number => this.call(name, args);
    this.api = api;
    this.current = this.look();
  }

  get steps(): readonly Step[] {
    return this.history;
  }

  /** How many steps are applied (0: the empty state). */
  get position(): number {
    return this.pos;
  }

  /** The state now, with the handles the page shows. */
  get dump(): StateDump {
    return this.current.dump;
  }

  get lines(): readonly TreeLine[] {
    return this.current.lines;
  }

  get states(): ReadonlyMap<string, MachineState> {
    return this.current.states;
  }

  /** Where things were before the current step. */
  get previousStates(): ReadonlyMap<string, MachineState> {
    return this.pos >= 2 ? this.history[this.pos - 2].states : new Map();
  }

  get checkpointCount(): number {
    return this.checkpoints.size;
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** Told of every new step (not of replays), with the states before and after it. */
  onStep(listener: (step: Step, before: StateDump, after: StateDump) => void): void {
    this.stepListeners.push(listener);
  }

  /** Run fn with the views told once at the end, not after every call. */
  quietly<T>(fn: () => T): T {
    this.batch += 1;
    try {
      return fn();
    } finally {
      this.batch -= 1;
      if (this.batch === 0) this.notify();
    }
  }

  private notify(): void {
    if (this.batch > 0) return;
    for (const l of this.listeners) l();
  }

  private look(): { dump: StateDump; lines: TreeLine[]; states: Map<string, MachineState> } {
    const dump = pageDump(this.emu.dump({ rows: PREVIEW_ROWS }), this.aliases);
    return { dump, lines: flattenDump(dump), states: machineStates(dump) };
  }

  /** A new call: the steps after the current one are dropped (the history branches). */
  call(api: string, args: unknown[]): number {
    this.branch();
    const before = args.map((a) => copyValue(a));
    const code = this.invoke(api, args, null);
    const after = args.map((a) => copyValue(a));
    this.push({ kind: 'call', api, before, after, thread: currentThread(), code, label: this.label(api, code), changes: [], states: new Map() });
    return code;
  }

  /** An emulator control, as a step. */
  control(c: ControlOp): number {
    this.branch();
    const code = this.applyControl(c);
    this.push({ kind: 'control', control: c, code, label: controlLabel(c), changes: [], states: new Map() });
    return code;
  }

  private branch(): void {
    if (this.pos === this.history.length) return;
    this.history.length = this.pos;
    for (const k of [...this.checkpoints.keys()]) if (k > this.pos) this.checkpoints.delete(k);
  }

  private invoke(api: string, args: unknown[], recordedAfter: readonly unknown[] | null): number {
    const fn = (this.emu.api as unknown as Record<string, ApiFunction | undefined>)[api];
    if (fn === undefined) throw new Error(`${api} is not a Jet function esemu implements`);
    const live = args.map((a) => this.aliases.translate(a, 'toLive'));
    this.record = null;
    const code = fn(...live);
    if (recordedAfter !== null) this.aliases.discover(recordedAfter, live);
    for (let i = 0; i < args.length; i++) args[i] = this.aliases.translate(live[i], 'toPage');
    return code;
  }

  private label(api: string, code: number): string {
    const r = this.record;
    if (r === null) return `${api}(...) = ${code}`;
    return formatTraceRecord({ ...r, args: r.args.map((a) => this.aliases.translate(copyValue(a), 'toPage')) });
  }

  private applyControl(c: ControlOp): number {
    const e = this.emu;
    switch (c.op) {
      case 'setFidelity': e.setFidelity(c.fidelity); return 0;
      case 'setHandleValidation': e.setHandleValidation(c.handleValidation); return 0;
      case 'failCall': return e.failCall(c.api as keyof Emulator['api'], c.spec);
      case 'failStep': return e.failStep(c.step, c.spec);
      case 'clearFaults': e.clearFaults(); return 0;
      case 'setInstanceState': return e.setInstanceState(this.aliases.toLive(c.instance) as JET_INSTANCE, c.state);
      case 'setInstanceUnavailable': return e.setInstanceUnavailable(this.aliases.toLive(c.instance) as JET_INSTANCE, c.code);
    }
  }

  private push(step: Step): void {
    const before = this.current;
    this.current = this.look();
    const done: Step = { ...step, changes: diffLines(before.lines, this.current.lines), states: this.current.states };
    this.history.push(done);
    this.pos += 1;
    this.maybeCheckpoint();
    for (const l of this.stepListeners) l(done, before.dump, this.current.dump);
    this.notify();
  }

  private maybeCheckpoint(): void {
    if (this.checkpoints.has(this.pos)) {
      this.lastCheckpoint = this.pos;
      return;
    }
    if (this.pos - this.lastCheckpoint < CHECKPOINT_EVERY) return;
    if (this.emu.dump().instances.some((i) => i.sessions.some((s) => s.level > 0))) return;
    try {
      this.checkpoints.set(this.pos, { snapshot: this.emu.snapshot(), aliases: this.aliases.copy() });
      this.lastCheckpoint = this.pos;
    } catch {
      // A state snapshot() refuses for another reason: the next step tries again.
    }
  }

  private replay(step: ReplayStep): void {
    if (step.kind === 'control') {
      this.applyControl(step.control);
      return;
    }
    const args = step.before.map((a) => copyValue(a));
    const run = (): number => this.invoke(step.api, args, step.after);
    if (step.thread === 1) run();
    else onThread(step.thread, run);
  }

  /** Put the emulator in the state after `target` steps. */
  goTo(target: number): void {
    const to = Math.max(0, Math.min(this.history.length, Math.floor(target)));
    if (to === this.pos) return;
    let base = 0;
    for (const k of this.checkpoints.keys()) if (k <= to && k > base) base = k;
    if (!(this.pos < to && this.pos >= base)) {
      const cp = this.checkpoints.get(base) as Checkpoint;
      this.emu.restore(cp.snapshot);
      this.aliases = cp.aliases.copy();
      this.pos = base;
      this.lastCheckpoint = base;
    }
    while (this.pos < to) {
      this.replay(this.history[this.pos]);
      this.pos += 1;
      this.maybeCheckpoint();
    }
    this.current = this.look();
    this.notify();
  }

  /** Forget every step: back to the empty state. */
  reset(): void {
    this.quietly(() => {
      this.goTo(0);
      this.branch();
      this.emu.clearFaults();
    });
  }

  /** Start again from the empty state and redo the given steps as new ones (a shared link). */
  load(steps: readonly ReplayStep[]): void {
    this.quietly(() => {
      this.reset();
      for (const s of steps) {
        if (s.kind === 'control') {
          this.control(s.control);
          continue;
        }
        const args = s.before.map((a) => copyValue(a));
        const run = (): number => this.invoke(s.api, args, s.after);
        const code = s.thread === 1 ? run() : onThread(s.thread, run);
        this.push({
          kind: 'call', api: s.api, before: s.before, after: s.after, thread: s.thread, code,
          label: this.label(s.api, code), changes: [], states: new Map(),
        });
      }
    });
  }
}
