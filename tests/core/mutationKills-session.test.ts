/**
 * Survivors of mutation testing in src/engine/session.ts (docs/testing.md, run 8), killed here. Expected values
 * from the engine: tm.cxx ErrIsamEndSession and pib.hxx (PIBSetTrxContext, PIBResetTrxContext,
 * PrepareTrxContextForEnd); ese-semantics.md §4.3 and §6.
 */
import {
  createEmulator, out, JET_bitColumnTTKey, JET_coltypLong, JET_errOutOfMemory, JET_errSuccess,
} from '../../src';
import type { JetApi, JET_INSTANCE, JET_SESID, JET_SESSIONINFO, JET_TABLEID } from '../../src';

function setup(): { emu: ReturnType<typeof createEmulator>; api: JetApi; ses: JET_SESID } {
  const emu = createEmulator();
  const api = emu.api;
  const inst = out<JET_INSTANCE>();
  expect(api.JetCreateInstance(inst, 'mk-session')).toBe(JET_errSuccess);
  expect(api.JetInit(inst)).toBe(JET_errSuccess);
  const ses = out<JET_SESID>();
  expect(api.JetBeginSession(inst.value, ses, '', '')).toBe(JET_errSuccess);
  return { emu, api, ses: ses.value };
}

function trxContext(api: JetApi, ses: JET_SESID): number {
  const box = out<JET_SESSIONINFO>();
  expect(api.JetGetSessionInfo(ses, box, 24, 0)).toBe(JET_errSuccess);
  return box.value.ulTrxContext;
}

describe('JetEndSession at level 0 leaves the transaction context alone', () => {
  it('a failed JetEndSession at level 0 still reports the context of the last context-owned transaction', () => {
    // pib.hxx: the level-0 begin under a session context records that context as the trx context, and
    // PIBResetTrxContext (commit / rollback to level 0) clears only a thread-owned one, so the context stays.
    // tm.cxx ErrIsamEndSession calls PrepareTrxContextForEnd (which overwrites it with the EndSession lock)
    // only when Level() > 0; a failure in the later cursor closes (HandleError) leaves the session alive.
    const { emu, api, ses } = setup();
    expect(api.JetSetSessionContext(ses, 7)).toBe(JET_errSuccess);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
    expect(api.JetCommitTransaction(ses, 0)).toBe(JET_errSuccess);
    expect(api.JetResetSessionContext(ses)).toBe(JET_errSuccess);
    expect(trxContext(api, ses)).toBe(7);
    const tt = out<JET_TABLEID>();
    expect(api.JetOpenTempTable(ses, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }], 1, 0, tt, [])).toBe(JET_errSuccess);
    expect(emu.failStep('EndSession.closeCursor', { code: JET_errOutOfMemory })).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errOutOfMemory);
    expect(trxContext(api, ses)).toBe(7);
    // The session is usable: a retry ends it.
    expect(api.JetEndSession(ses, 0)).toBe(JET_errSuccess);
  });
});
