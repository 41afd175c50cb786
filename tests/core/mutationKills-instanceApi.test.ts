/**
 * Survivors of mutation testing in src/jet/instanceApi.ts (docs/testing.md, "Ninth session"), killed here. Expected
 * values come from api-reference.md (JetInit*, JetSetSystemParameter / JetGetSystemParameter, JetEnableMultiInstance,
 * "Arguments are plain data": `undefined` is a left-out argument, as NULL; a struct whose `err` cannot be written is
 * InvalidParameter with nothing done) and emulator-control.md (a trace record names its call):
 * - JetInit's in/out instance may hold nothing yet (undefined, null, 0 or nil: a new instance); JetInit3's JET_RSTINFO
 *   may be NULL.
 * - The parameter calls' target is the sesid's instance when a sesid that is not 0 / nil is given (undefined is nil).
 * - A NULL or left-out lParam is 0.
 * - JET_paramTransactionLevel needs a sesid: InvalidParameter without one (undefined, null, 0, nil).
 * - A string needs cbMax of at least its length plus one: BufferTooSmall below that (InvalidParameter only below 1).
 * - JET_paramCommitDefault with a session is the session's own value in multi-instance mode only.
 */
import {
  createEmulator, out, JET_bitCommitLazyFlush, JET_errBufferTooSmall, JET_errInvalidParameter, JET_errSuccess,
  JET_paramBaseName, JET_paramCommitDefault, JET_paramMaxSessions, JET_paramTransactionLevel, JET_sesidNil,
} from '../../src';
import type { JET_INSTANCE, JET_SESID, JET_SETSYSPARAM, TraceRecord } from '../../src';

type Loose = Record<string, (...args: unknown[]) => number>;

function emulator(): { emu: ReturnType<typeof createEmulator>; api: Loose } {
  const emu = createEmulator();
  return { emu, api: emu.api as unknown as Loose };
}

/** One instance made by JetCreateInstance (which chooses multi-instance mode), initialized, and a session of it. */
function started(): { emu: ReturnType<typeof createEmulator>; api: Loose; inst: JET_INSTANCE; ses: JET_SESID } {
  const { emu, api } = emulator();
  const inst = out<JET_INSTANCE>();
  expect(emu.api.JetCreateInstance(inst, 'kills')).toBe(JET_errSuccess);
  expect(emu.api.JetInit(inst)).toBe(JET_errSuccess);
  const ses = out<JET_SESID>();
  expect(emu.api.JetBeginSession(inst.value, ses, '', '')).toBe(JET_errSuccess);
  return { emu, api, inst: inst.value, ses: ses.value };
}

describe('instanceApi.ts: left-out and nil arguments', () => {
  it('JetInit with a box holding nothing yet (undefined or null) makes the instance', () => {
    const { emu } = emulator();
    const box = out<JET_INSTANCE>();
    expect(box.value).toBeUndefined();
    expect(emu.api.JetInit(box)).toBe(JET_errSuccess);
    expect(typeof box.value).toBe('number');
    expect(box.value).not.toBe(0);
    const again = createEmulator();
    const nullBox = out<JET_INSTANCE | null>(null);
    expect(again.api.JetInit(nullBox as never)).toBe(JET_errSuccess);
    expect(typeof nullBox.value).toBe('number');
  });

  it('JetInit3 with a NULL or left-out JET_RSTINFO initializes the instance', () => {
    for (const rst of [null, undefined]) {
      const { emu, api } = emulator();
      const inst = out<JET_INSTANCE>();
      expect(emu.api.JetCreateInstance(inst, 'a')).toBe(JET_errSuccess);
      expect([rst, api.JetInit3(inst, rst, 0)]).toEqual([rst, JET_errSuccess]);
      const ses = out<JET_SESID>();
      expect(emu.api.JetBeginSession(inst.value, ses, '', '')).toBe(JET_errSuccess);
    }
  });

  it('a left-out sesid is nil: the parameter calls go to the instance given (multi-instance mode)', () => {
    const { api, inst } = started();
    expect(api.JetSetSystemParameter(out<JET_INSTANCE>(inst), undefined, JET_paramCommitDefault, JET_bitCommitLazyFlush, null)).toBe(JET_errSuccess);
    const n = out<number>(-1);
    expect(api.JetGetSystemParameter(inst, undefined, JET_paramCommitDefault, n, null, 0)).toBe(JET_errSuccess);
    expect(n.value).toBe(JET_bitCommitLazyFlush);
  });

  it('a left-out lParam is 0', () => {
    const { api } = emulator();
    expect(api.JetSetSystemParameter(null, JET_sesidNil, JET_paramCommitDefault, JET_bitCommitLazyFlush, null)).toBe(JET_errSuccess);
    expect(api.JetSetSystemParameter(null, JET_sesidNil, JET_paramCommitDefault, undefined, null)).toBe(JET_errSuccess);
    const n = out<number>(-1);
    expect(api.JetGetSystemParameter(0, JET_sesidNil, JET_paramCommitDefault, n, null, 0)).toBe(JET_errSuccess);
    expect(n.value).toBe(0);
  });

  it('JET_paramTransactionLevel without a session (undefined, null, 0, nil) is InvalidParameter', () => {
    const { api, inst } = started();
    for (const nil of [undefined, null, 0, JET_sesidNil]) {
      const n = out<number>(-1);
      expect([nil, api.JetGetSystemParameter(inst, nil, JET_paramTransactionLevel, n, null, 0)]).toEqual([nil, JET_errInvalidParameter]);
      expect(n.value).toBe(-1);
    }
  });

  it('a string parameter with cbMax 1 is BufferTooSmall, not InvalidParameter', () => {
    const { api, inst } = started();
    const sz = out<string>('unread');
    expect(api.JetGetSystemParameter(inst, JET_sesidNil, JET_paramBaseName, null, sz, 1)).toBe(JET_errBufferTooSmall);
    expect(api.JetGetSystemParameter(inst, JET_sesidNil, JET_paramBaseName, null, sz, 0)).toBe(JET_errInvalidParameter);
    expect(sz.value).toBe('unread');
  });

  it("JET_paramCommitDefault with a session in one-instance mode is the instance's value", () => {
    // JetInit without JetCreateInstance chooses one-instance mode.
    const { emu, api } = emulator();
    const box = out<JET_INSTANCE>();
    expect(emu.api.JetInit(box)).toBe(JET_errSuccess);
    const inst = box.value;
    const sesBox = out<JET_SESID>();
    expect(emu.api.JetBeginSession(inst, sesBox, '', '')).toBe(JET_errSuccess);
    const ses = sesBox.value;
    expect(api.JetSetSystemParameter(out<JET_INSTANCE>(inst), ses, JET_paramCommitDefault, JET_bitCommitLazyFlush, null)).toBe(JET_errSuccess);
    const n = out<number>(-1);
    expect(api.JetGetSystemParameter(inst, JET_sesidNil, JET_paramCommitDefault, n, null, 0)).toBe(JET_errSuccess);
    expect(n.value).toBe(JET_bitCommitLazyFlush);
  });
});

describe('instanceApi.ts: outputs and trace', () => {
  it('JetEnableMultiInstance with an entry whose err cannot be written: InvalidParameter, and the mode is not chosen', () => {
    const { api } = emulator();
    const p: JET_SETSYSPARAM = { paramid: JET_paramMaxSessions, lParam: 100 };
    Object.defineProperty(p, 'err', { value: 0, writable: false, enumerable: true });
    expect(api.JetEnableMultiInstance([p], 1, null)).toBe(JET_errInvalidParameter);
    expect(api.JetEnableMultiInstance(null, 0, null)).toBe(JET_errSuccess);
  });

  it('JetStopService is traced under its name', () => {
    const { emu, api } = emulator();
    const seen: TraceRecord[] = [];
    emu.subscribe((r) => seen.push(r));
    api.JetStopService();
    expect(seen.map((r) => r.api)).toEqual(['JetStopService']);
  });
});
