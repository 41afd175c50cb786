/**
 * Survivors of mutation testing in src/engine/tableCursor.ts and src/engine/anyCursor.ts (docs/testing.md, run 14),
 * killed here.
 * - fileopen.cxx ErrFILEISetMode (ese-semantics.md §8.1): an explicit JET_bitTableUpdatable open is refused
 *   (TableLocked) only when a cursor of *another* session holds DenyWrite; the holder's own session may open
 *   updatable cursors ("Sessions that own locks may open other read or read write cursors").
 * - fucb.cxx ErrFUCBOpen / jetapi.cxx (JET_residFUCB quota = JET_paramMaxCursors, ese-semantics.md §8.1): a
 *   cursor that does not fit in the instance's cursor pool is OutOfCursors; a closed cursor gives its room back.
 * - ese-semantics.md §8.3 (jetapi.cxx JetCloseTable): the gate of JetCloseTable ignores JetStopServiceInstance.
 */
import {
  createEmulator, out,
  JET_bitTableDenyWrite, JET_bitTableUpdatable, JET_errClientRequestToStopJetService, JET_errInvalidTableId,
  JET_errOutOfCursors, JET_errSuccess, JET_MoveFirst, JET_paramMaxCursors,
} from '../../src';
import type { JET_DBID, JET_INSTANCE, JET_SESID, JET_TABLEID } from '../../src';
import { createPeople, isam, isamApi, openTable, self, tryOpenTable, PEOPLE } from '../support/isam';
import type { IsamApi, Peer } from '../support/isam';

describe('the lock matrix of JetOpenTable', () => {
  it('the session holding DenyWrite may itself open the table with JET_bitTableUpdatable (fileopen.cxx:1084-1100)', () => {
    const w = isam();
    createPeople(w.api, self(w), true);
    openTable(w.api, self(w), PEOPLE, JET_bitTableDenyWrite);
    expect(tryOpenTable(w.api, self(w), PEOPLE, JET_bitTableUpdatable).rc).toBe(JET_errSuccess);
  });
});

/** An instance with JET_paramMaxCursors set, one session and a database holding the people table (closed). */
function withMaxCursors(max: number): { api: IsamApi; inst: JET_INSTANCE; p: Peer } {
  const api = isamApi(createEmulator());
  const inst = out<JET_INSTANCE>();
  expect(api.JetCreateInstance(inst, 'cursors')).toBe(JET_errSuccess);
  expect(api.JetSetSystemParameter(inst, -1 as JET_SESID, JET_paramMaxCursors, max, null)).toBe(JET_errSuccess);
  expect(api.JetInit(inst)).toBe(JET_errSuccess);
  const ses = out<JET_SESID>();
  expect(api.JetBeginSession(inst.value, ses, '', '')).toBe(JET_errSuccess);
  const dbid = out<JET_DBID>();
  expect(api.JetCreateDatabase(ses.value, 'cursors.edb', null, dbid, 0)).toBe(JET_errSuccess);
  const p = { ses: ses.value, dbid: dbid.value };
  createPeople(api, p, true);
  return { api, inst: inst.value, p };
}

describe('JET_paramMaxCursors and JetOpenTable', () => {
  it('a JetOpenTable that does not fit in the cursor quota is OutOfCursors; a close makes room (fucb.cxx ErrFUCBOpen)', () => {
    const { api, p } = withMaxCursors(2);
    const first = openTable(api, p, PEOPLE);
    openTable(api, p, PEOPLE);
    // The quota is used up exactly: one more cursor does not fit. (esemu counts the caller's cursors only; the
    // engine's pool also holds its own internal cursors, so there the quota may run out earlier.)
    expect(tryOpenTable(api, p, PEOPLE).rc).toBe(JET_errOutOfCursors);
    expect(api.JetCloseTable(p.ses, first)).toBe(JET_errSuccess);
    expect(tryOpenTable(api, p, PEOPLE).rc).toBe(JET_errSuccess);
  });
});

describe('JetCloseTable after JetStopServiceInstance', () => {
  it('closes a regular table cursor: its gate ignores the stop (ese-semantics.md §8.3)', () => {
    const w = isam();
    createPeople(w.api, self(w), true);
    const t: JET_TABLEID = openTable(w.api, self(w), PEOPLE);
    expect(w.api.JetStopServiceInstance(w.inst)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errClientRequestToStopJetService);
    expect(w.api.JetCloseTable(w.ses, t)).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(w.ses, t)).toBe(JET_errInvalidTableId);
  });
});
