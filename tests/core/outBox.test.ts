/**
 * The boxes `out()` makes stand for C pointers to outputs. esemu promises that no caller code (a getter, a
 * setter, a Proxy trap) runs inside a call, and that an output it cannot write is JET_errInvalidParameter before
 * anything changes (a C caller passing a pointer to read-only memory; src/jet/callerValues.ts). `out()` boxes take
 * a shorter path through that screening (src/jet/outBox.ts), so these tests attack exactly what that path trusts:
 * the brand, the seal, the prototype and the writability of `value`. Each expected code follows the rule above;
 * JetBeginSession writes its session handle through `psesid` (esent.h), so an unwritable box must leave no
 * session behind.
 */
import { out, JET_errInvalidParameter, JET_errSuccess } from '../../src';
import type { Emulator, JET_SESID, Out } from '../../src';
import { world } from '../support/fixture';

/** How many sessions the instance has (the fixture's own one included). */
function sessionsOf(emu: Emulator): number {
  return emu.dump().instances[0].sessions.length;
}

describe('out() boxes', () => {
  test('a box out() made is sealed: no property can be added, value cannot become an accessor', () => {
    const box = out<number>(1);
    expect(Object.isSealed(box)).toBe(true);
    expect(() => Object.defineProperty(box, 'value', { get: () => 2 })).toThrow(TypeError);
    expect(() => Object.defineProperty(box, 'extra', { value: 1 })).toThrow(TypeError);
    expect(() => Object.setPrototypeOf(box, {})).toThrow(TypeError);
    // Its prototype is frozen, so no accessor can be hung there either.
    expect(Object.isFrozen(Object.getPrototypeOf(box))).toBe(true);
    box.value = 3;
    expect(box.value).toBe(3);
    // It compares as the plain { value } it stands for.
    expect(box).toEqual({ value: 3 });
  });

  test('a writable out() box receives the output', () => {
    const { api, inst } = world();
    const box = out<JET_SESID>();
    expect(api.JetBeginSession(inst, box, '', '')).toBe(JET_errSuccess);
    expect(typeof box.value).toBe('number');
    expect(api.JetEndSession(box.value, 0)).toBe(JET_errSuccess);
  });

  test('a frozen out() box is an unwritable output: InvalidParameter, and no session is made', () => {
    const { api, inst, emu } = world();
    const box = Object.freeze(out<JET_SESID>(7 as JET_SESID));
    const before = sessionsOf(emu);
    expect(api.JetBeginSession(inst, box, '', '')).toBe(JET_errInvalidParameter);
    expect(box.value).toBe(7);
    expect(sessionsOf(emu)).toBe(before);
  });

  test('an out() box whose value was made read-only is unwritable too', () => {
    const { api, inst, emu } = world();
    const box = out<JET_SESID>(7 as JET_SESID);
    Object.defineProperty(box, 'value', { writable: false });
    const before = sessionsOf(emu);
    expect(api.JetBeginSession(inst, box, '', '')).toBe(JET_errInvalidParameter);
    expect(box.value).toBe(7);
    expect(sessionsOf(emu)).toBe(before);
  });

  test('an object made by a subclass of the box class, with a setter on its prototype, runs no caller code', () => {
    const { api, inst, emu } = world();
    const BoxClass = Object.getPrototypeOf(out()).constructor as new (v?: unknown) => Out<unknown>;
    let calls = 0;
    class Trap extends BoxClass {}
    Object.defineProperty(Trap.prototype, 'extra', { get: () => { calls += 1; return 0; }, enumerable: true });
    const box = new Trap(undefined) as Out<JET_SESID>;
    const before = sessionsOf(emu);
    // Its prototype holds an accessor, so the call treats it as unreadable (callerValues.ts) and writes nothing.
    expect(api.JetBeginSession(inst, box, '', '')).toBe(JET_errInvalidParameter);
    expect(calls).toBe(0);
    expect(sessionsOf(emu)).toBe(before);
  });

  test('an out() box holding an object with a getter is screened like any argument: the getter never runs', () => {
    const { api, inst } = world();
    let calls = 0;
    const held = Object.defineProperty({}, 'x', { get: () => { calls += 1; return 1; }, enumerable: true });
    const box = out<unknown>(held) as Out<JET_SESID>;
    expect(api.JetBeginSession(inst, box, '', '')).toBe(JET_errInvalidParameter);
    expect(calls).toBe(0);
    expect(box.value).toBe(held);
  });

  test('a plain { value } object still works as a box, and a frozen one is refused', () => {
    const { api, inst, emu } = world();
    const box: Out<JET_SESID> = { value: 0 as JET_SESID };
    expect(api.JetBeginSession(inst, box, '', '')).toBe(JET_errSuccess);
    expect(api.JetEndSession(box.value, 0)).toBe(JET_errSuccess);
    expect(api.JetBeginSession(inst, Object.freeze({ value: 0 as JET_SESID }), '', '')).toBe(JET_errInvalidParameter);
    expect(sessionsOf(emu)).toBe(1);
  });
});
