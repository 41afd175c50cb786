/**
 * Logical threads (src/engine/threads.ts), the emulator's stand-in for the OS
 * threads ESE's session-context and transaction-ownership rules look at
 * (ese-semantics.md §6). The contract is docs/emulator-control.md, "Threads":
 *
 * - onThread(id, fn) takes a positive integer; anything else throws a
 *   RangeError (the only esemu call that throws) and fn does not run.
 * - newThreadId() gives "an id no one has used yet": also none given to
 *   onThread by hand, whether larger or smaller than the ids handed out so far.
 */
import { currentThread, MAIN_THREAD, newThreadId, onThread } from '../../src';

describe('onThread refuses what is not a positive integer', () => {
  it.each([0, -1, -7, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('%p throws a RangeError and fn never runs', (id) => {
    let ran = false;
    const call = (): void => {
      onThread(id, () => {
        ran = true;
      });
    };
    expect(call).toThrow(RangeError);
    // The message names the rule broken (its wording is esemu's own).
    expect(call).toThrow(/positive integer/);
    expect(ran).toBe(false);
    expect(currentThread()).toBe(MAIN_THREAD);
  });

  it('the smallest valid id, 1, is the main thread itself and is accepted', () => {
    expect(onThread(1, () => currentThread())).toBe(MAIN_THREAD);
  });
});

describe('newThreadId never hands out an id already used', () => {
  it('an id used by hand above the ones handed out is skipped', () => {
    const before = newThreadId();
    const byHand = before + 1000;
    expect(onThread(byHand, () => currentThread())).toBe(byHand);
    const next = newThreadId();
    expect(next).toBeGreaterThan(byHand);
  });

  it('an id used by hand below the ones handed out does not send the counter back', () => {
    const a = newThreadId();
    const b = newThreadId();
    expect(b).toBeGreaterThan(a);
    // Re-using a low id (the main thread's, and the one just handed out) must not make newThreadId repeat.
    onThread(MAIN_THREAD, () => undefined);
    onThread(a, () => undefined);
    const c = newThreadId();
    expect(c).toBeGreaterThan(b);
  });
});
