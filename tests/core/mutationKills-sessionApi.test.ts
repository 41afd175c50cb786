/**
 * Survivors of mutation testing in src/jet/sessionApi.ts (docs/testing.md, "Ninth session"), killed here. Expected
 * values come from api-reference.md:
 * - JetSetSessionContext: InvalidParameter for a context that is not a safe integer, before the session gate; 0 and -1
 *   (the value JetEndSession reserves) are InvalidParameter after the gate.
 * - JetBeginTransaction3: the trxid is a safe integer (InvalidParameter otherwise).
 * - JetSetSessionParameter: a NULL buffer with a size is the engine's own InvalidParameter, after the session gate
 *   (tm.cxx); undefined is NULL ("Arguments are plain data"). Session gate: TermInProgress when every instance is
 *   terminating.
 */
import { createEmulator, out, JET_errInvalidParameter, JET_errSuccess, JET_errTermInProgress, JET_sesparamCommitDefault } from '../../src';
import type { JET_INSTANCE, JET_SESID } from '../../src';

function started(): { emu: ReturnType<typeof createEmulator>; inst: JET_INSTANCE; ses: JET_SESID } {
  const emu = createEmulator();
  const inst = out<JET_INSTANCE>();
  expect(emu.api.JetCreateInstance(inst, 'kills')).toBe(JET_errSuccess);
  expect(emu.api.JetInit(inst)).toBe(JET_errSuccess);
  const ses = out<JET_SESID>();
  expect(emu.api.JetBeginSession(inst.value, ses, '', '')).toBe(JET_errSuccess);
  return { emu, inst: inst.value, ses: ses.value };
}

/** The API with its arguments loosened, for values TypeScript would refuse. */
type Loose = Record<string, (...args: unknown[]) => number>;

describe('sessionApi.ts: argument kinds', () => {
  it('JetSetSessionContext: a context that is not a safe integer is InvalidParameter, before the gate; a good one is set', () => {
    const { emu, inst, ses } = started();
    const api = emu.api as unknown as Loose;
    for (const bad of ['7', 1.5, 2 ** 53, Number.NaN, null, {}]) expect([bad, api.JetSetSessionContext(ses, bad)]).toEqual([bad, JET_errInvalidParameter]);
    expect(emu.setInstanceState(inst, 'terminating')).toBe(JET_errSuccess);
    expect(api.JetSetSessionContext(ses, 'x')).toBe(JET_errInvalidParameter);
    expect(api.JetSetSessionContext(ses, 0)).toBe(JET_errTermInProgress);
    expect(emu.setInstanceState(inst, 'initialized')).toBe(JET_errSuccess);
    expect(api.JetSetSessionContext(ses, 0)).toBe(JET_errInvalidParameter);
    expect(api.JetSetSessionContext(ses, 42)).toBe(JET_errSuccess);
  });

  it('JetBeginTransaction3: a trxid that is not a safe integer is InvalidParameter, and no level begins', () => {
    const { emu, ses } = started();
    const api = emu.api as unknown as Loose;
    for (const bad of ['7', 1.5, -(2 ** 53), Number.POSITIVE_INFINITY, null]) {
      expect([bad, api.JetBeginTransaction3(ses, bad, 0)]).toEqual([bad, JET_errInvalidParameter]);
    }
    expect(emu.api.JetCommitTransaction(ses, 0)).not.toBe(JET_errSuccess);
    expect(api.JetBeginTransaction3(ses, 12345, 0)).toBe(JET_errSuccess);
    expect(emu.api.JetCommitTransaction(ses, 0)).toBe(JET_errSuccess);
  });

  it('JetSetSessionParameter: undefined data with a size is NULL, so the gate answers first', () => {
    const { emu, inst, ses } = started();
    const api = emu.api as unknown as Loose;
    expect(api.JetSetSessionParameter(ses, JET_sesparamCommitDefault, undefined, 4)).toBe(JET_errInvalidParameter);
    expect(emu.setInstanceState(inst, 'terminating')).toBe(JET_errSuccess);
    expect(api.JetSetSessionParameter(ses, JET_sesparamCommitDefault, null, 4)).toBe(JET_errTermInProgress);
    expect(api.JetSetSessionParameter(ses, JET_sesparamCommitDefault, undefined, 4)).toBe(JET_errTermInProgress);
  });
});
