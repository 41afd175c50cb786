/**
 * JetSetMaxDatabaseSize / JetGetMaxDatabaseSize, from the engine source:
 * - jetapi.cxx JetSetMaxDatabaseSizeEx (20131-20160): JET_VALIDATE_SESID, then APICALL_SESID::FEnter(sesid) only
 *   (no dbid check at the gate), then db.cxx ErrIsamSetMaxDatabaseSize (6123-6137): ErrDBCheckUserDbid (a user
 *   database attached in the process, InvalidDatabaseId otherwise), then FMP::SetDatabaseSizeMax(cpg). The grbit is
 *   never read.
 * - jetapi.cxx JetGetMaxDatabaseSizeEx (20172-20202): FEnter(sesid, dbid): the session gate and a database the session
 *   has open (pib.hxx ErrPIBCheckIfmp, InvalidDatabaseId), then db.cxx ErrIsamGetMaxDatabaseSize (6140-6154):
 *   FMP::CpgDatabaseSizeMax.
 * - The value starts as the cpgDatabaseSizeMax given to JetCreateDatabase2 / JetAttachDatabase2 (db.cxx
 *   ErrIsamCreateDatabase / ErrIsamAttachDatabase set the FMP's maximum), 0 (no limit) through JetCreateDatabase /
 *   JetAttachDatabase; it belongs to the attachment (the FMP), so a new attachment starts again from its own.
 */
import {
  createEmulator, out, JET_errInvalidDatabaseId, JET_errInvalidSesid, JET_errSuccess,
} from '../../src';
import type { JetApi, JET_DBID, JET_INSTANCE, JET_SESID } from '../../src';

function world(): { api: JetApi; ses: JET_SESID; other: JET_SESID } {
  const api = createEmulator().api;
  const inst = out<JET_INSTANCE>();
  expect(api.JetCreateInstance(inst, 'm')).toBe(JET_errSuccess);
  expect(api.JetInit(inst)).toBe(JET_errSuccess);
  const ses = out<JET_SESID>();
  const other = out<JET_SESID>();
  expect(api.JetBeginSession(inst.value, ses, null, null)).toBe(JET_errSuccess);
  expect(api.JetBeginSession(inst.value, other, null, null)).toBe(JET_errSuccess);
  return { api, ses: ses.value, other: other.value };
}

function max(api: JetApi, ses: JET_SESID, dbid: JET_DBID): number {
  const box = out<number>(-1);
  expect(api.JetGetMaxDatabaseSize(ses, dbid, box, 0)).toBe(JET_errSuccess);
  return box.value;
}

describe('JetSetMaxDatabaseSize / JetGetMaxDatabaseSize', () => {
  it('start from the create\'s cpgDatabaseSizeMax (0 without one) and read back what is set', () => {
    const { api, ses } = world();
    const a = out<JET_DBID>();
    expect(api.JetCreateDatabase(ses, 'a.edb', null, a, 0)).toBe(JET_errSuccess);
    expect(max(api, ses, a.value)).toBe(0);
    const b = out<JET_DBID>();
    expect(api.JetCreateDatabase2(ses, 'b.edb', 5000, b, 0)).toBe(JET_errSuccess);
    expect(max(api, ses, b.value)).toBe(5000);
    // The grbit is never read.
    expect(api.JetSetMaxDatabaseSize(ses, a.value, 1234, 0x7777)).toBe(JET_errSuccess);
    expect(max(api, ses, a.value)).toBe(1234);
    expect(max(api, ses, b.value)).toBe(5000);
  });

  it('set needs only an attached database; get needs the database open in the session (InvalidDatabaseId)', () => {
    const { api, ses, other } = world();
    const a = out<JET_DBID>();
    expect(api.JetCreateDatabase(ses, 'a.edb', null, a, 0)).toBe(JET_errSuccess);
    // The other session has not opened it: the set passes (ErrDBCheckUserDbid), the get does not (ErrPIBCheckIfmp).
    expect(api.JetSetMaxDatabaseSize(other, a.value, 99, 0)).toBe(JET_errSuccess);
    expect(api.JetGetMaxDatabaseSize(other, a.value, out<number>(), 0)).toBe(JET_errInvalidDatabaseId);
    expect(max(api, ses, a.value)).toBe(99);
    expect(api.JetSetMaxDatabaseSize(ses, 0xffffffff as JET_DBID, 1, 0)).toBe(JET_errInvalidDatabaseId);
    expect(api.JetSetMaxDatabaseSize(-5 as unknown as JET_SESID, a.value, 1, 0)).toBe(JET_errInvalidSesid);
  });

  it('belongs to the attachment: a new attach starts from its own cpgDatabaseSizeMax', () => {
    const { api, ses } = world();
    const a = out<JET_DBID>();
    expect(api.JetCreateDatabase(ses, 'a.edb', null, a, 0)).toBe(JET_errSuccess);
    expect(api.JetSetMaxDatabaseSize(ses, a.value, 777, 0)).toBe(JET_errSuccess);
    expect(api.JetCloseDatabase(ses, a.value, 0)).toBe(JET_errSuccess);
    expect(api.JetDetachDatabase(ses, 'a.edb')).toBe(JET_errSuccess);
    expect(api.JetSetMaxDatabaseSize(ses, a.value, 1, 0)).toBe(JET_errInvalidDatabaseId);
    expect(api.JetAttachDatabase2(ses, 'a.edb', 300, 0)).toBe(JET_errSuccess);
    const again = out<JET_DBID>();
    expect(api.JetOpenDatabase(ses, 'a.edb', null, again, 0)).toBe(JET_errSuccess);
    expect(max(api, ses, again.value)).toBe(300);
  });
});
