import { fail } from '../storage/failure';

/**
 * Deterministic fault injection. A fault names a point (an API such as
 * "JetEndSession", or an engine step such as "EndSession.rollbackLevel") and
 * makes its Nth next occurrence fail with a given code. Points are counted
 * only while a fault is armed on them, so arming costs nothing elsewhere.
 */
export interface FaultSpec {
  /** Which occurrence fails, counting from 1 from the moment the fault is armed (default 1). */
  nth?: number;
  /** The JET_err the point fails with. */
  code: number;
  /** How many consecutive occurrences fail once the Nth is reached (default 1). */
  times?: number;
}

interface ArmedFault {
  countdown: number;
  remaining: number;
  code: number;
}

export class Faults {
  private readonly armed = new Map<string, ArmedFault>();

  arm(point: string, spec: FaultSpec): void {
    const nth = spec.nth ?? 1;
    const times = spec.times ?? 1;
    if (!Number.isSafeInteger(nth) || nth < 1 || !Number.isSafeInteger(times) || times < 1 || !Number.isInteger(spec.code)) {
      throw new RangeError('fault: nth and times are positive integers and code is a JET_err');
    }
    this.armed.set(point, { countdown: nth, remaining: times, code: spec.code });
  }

  clear(point?: string): void {
    if (point === undefined) this.armed.clear();
    else this.armed.delete(point);
  }

  /** Points with a fault still armed. */
  pending(): string[] {
    return [...this.armed.keys()];
  }

  /** The code this occurrence of `point` must fail with, or 0. */
  take(point: string): number {
    if (this.armed.size === 0) return 0; // the common case: nothing armed
    const f = this.armed.get(point);
    if (f === undefined) return 0;
    if (f.countdown > 1) {
      f.countdown -= 1;
      return 0;
    }
    f.remaining -= 1;
    if (f.remaining === 0) this.armed.delete(point);
    return f.code;
  }

  /** Throw the armed failure for this occurrence of `point`, if any. */
  check(point: string): void {
    if (this.armed.size === 0) return;
    const code = this.take(point);
    if (code !== 0) fail(code);
  }
}
