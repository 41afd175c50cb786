/**
 * Armed fault points, as docs/emulator-control.md describes them: an armed
 * point counts its occurrences and fails the `nth` one (times 1), then is
 * disarmed; arming it again replaces the spec.
 */
export class FaultModel {
  private readonly armed = new Map<string, { nth: number; code: number; seen: number }>();

  arm(point: string, nth: number, code: number): void {
    this.armed.set(point, { nth, code, seen: 0 });
  }

  /** An occurrence of `point`: the code to fail with, or undefined. */
  hit(point: string): number | undefined {
    const a = this.armed.get(point);
    if (a === undefined) return undefined;
    a.seen += 1;
    if (a.seen < a.nth) return undefined;
    this.armed.delete(point);
    return a.code;
  }

  pending(): string[] {
    return [...this.armed.keys()].sort();
  }
}
