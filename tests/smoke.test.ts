import {
  createEmulator, out, JET_bitColumnTTKey, JET_coltypLong, JET_errInvalidSesid, JET_errSessionInUse, JET_errSuccess,
  JET_MoveFirst, JET_MoveNext, JET_errNoCurrentRecord, JET_prepInsert,
} from '../src';
import type { JET_COLUMNID, JET_INSTANCE, JET_SESID, JET_TABLEID } from '../src';

describe('lifecycle smoke', () => {
  it('runs create, init, session, sort, context, end session and term', () => {
    const { api } = createEmulator();
    const inst = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(inst, 'smoke')).toBe(JET_errSuccess);
    expect(api.JetInit(inst)).toBe(JET_errSuccess);
    const ses = out<JET_SESID>();
    expect(api.JetBeginSession(inst.value, ses, '', '')).toBe(JET_errSuccess);
    expect(api.JetBeginTransaction(ses.value)).toBe(JET_errSuccess);
    const ids: JET_COLUMNID[] = [];
    const tt = out<JET_TABLEID>();
    expect(api.JetOpenTempTable(ses.value, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }], 1, 0, tt, ids)).toBe(JET_errSuccess);
    for (const v of [3, 1, 2]) {
      expect(api.JetPrepareUpdate(ses.value, tt.value, JET_prepInsert)).toBe(JET_errSuccess);
      expect(api.JetSetColumn(ses.value, tt.value, ids[0], Uint8Array.of(v, 0, 0, 0), 4, 0, null)).toBe(JET_errSuccess);
      expect(api.JetUpdate(ses.value, tt.value, null, 0, null)).toBe(JET_errSuccess);
    }
    const seen: number[] = [];
    for (let rc = api.JetMove(ses.value, tt.value, JET_MoveFirst, 0); rc === JET_errSuccess; rc = api.JetMove(ses.value, tt.value, JET_MoveNext, 0)) {
      const buf = new Uint8Array(4);
      expect(api.JetRetrieveColumn(ses.value, tt.value, ids[0], buf, 4, null, 0, null)).toBe(JET_errSuccess);
      seen.push(buf[0]);
    }
    expect(seen).toEqual([1, 2, 3]);
    expect(api.JetMove(ses.value, tt.value, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    expect(api.JetSetSessionContext(ses.value, 7)).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses.value, 0)).toBe(JET_errSessionInUse);
    expect(api.JetResetSessionContext(ses.value)).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses.value, 0)).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses.value, 0)).toBe(JET_errInvalidSesid);
    expect(api.JetTerm(inst.value)).toBe(JET_errSuccess);
  });
});
