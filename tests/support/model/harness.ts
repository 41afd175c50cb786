/**
 * Runs calls on the emulator and on the model side by side: the model predicts
 * (before the call), the emulator answers, the answer is compared and, when it
 * matches, the model applies the call's effect.
 */
import { createEmulator, errorName, formatTraceRecord, onThread } from '../../../src';
import type { Emulator, JetApi, JetApiName, TraceRecord } from '../../../src';
import { ModelMismatch } from './check';
import { Expect, matches, Outcome } from './gates';
import { Stats } from './stats';
import { World } from './world';

function describe(e: Expect): string {
  if (e === 'any') return 'any code';
  const list = typeof e === 'number' ? [e] : e;
  return list.map((c) => `${c} ${errorName(c)}`).join(' or ');
}

export class Harness {
  readonly emu: Emulator = createEmulator();
  readonly api: JetApi = this.emu.api;
  readonly w = new World();
  /** The calls of the current run (trace records, or notes), formatted only for a failure message. */
  readonly trace: (string | TraceRecord)[] = [];
  thread = 1;
  async = false;
  /** Codes answered in this run. */
  readonly seen = new Set<number>();

  constructor(readonly stats: Stats) {
    this.emu.subscribe((rec) => {
      this.trace.push(rec);
      if (this.trace.length > 400) this.trace.splice(0, 200);
    });
  }

  /** One API call: failCall first (it answers before anything), else the model's prediction. */
  async jet(api: JetApiName, predict: () => Outcome, invoke: () => number): Promise<number> {
    this.w.thread = this.thread;
    const injected = this.w.faults.hit(`call:${api}`);
    const o: Outcome = injected !== undefined ? { code: injected } : predict();
    const actual = await this.run(invoke);
    const where = this.thread === 1 ? '' : ` [thread ${this.thread}${this.async ? ', async' : ''}]`;
    if (!matches(o.code, actual)) {
      throw new ModelMismatch(`${api}${where}: expected ${describe(o.code)}, got ${actual} ${errorName(actual)}`);
    }
    this.stats.answer(actual);
    this.seen.add(actual);
    o.then?.(actual);
    return actual;
  }

  lastCalls(n: number): string {
    return this.trace.slice(-n).map((x) => (typeof x === 'string' ? x : formatTraceRecord(x))).join('\n  ');
  }

  /** An emulator control call (not an API call): expected to succeed. */
  control(what: string, rc: number, expected = 0): void {
    this.trace.push(`${what} = ${rc}`);
    if (rc !== expected) throw new ModelMismatch(`${what}: expected ${expected}, got ${rc}`);
  }

  private run(invoke: () => number): Promise<number> | number {
    const t = this.thread;
    if (!this.async) return onThread(t, invoke);
    return onThread(t, async () => {
      await Promise.resolve();
      return invoke();
    });
  }
}
