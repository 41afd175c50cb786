/**
 * The framework-neutral core of the test helper (src/testing): the leak finder lists each kind of thing a test
 * can leave open (instance, session, transaction level, open database, table cursor, sort, temp table) and
 * nothing once everything is closed; call sites point at the line that made each; the matchers name codes.
 */
import {
  createEmulator, out,
  JET_bitColumnTTKey, JET_bitTTIndexed, JET_bitTTUpdatable, JET_coltypLong, JET_errSuccess, JET_MoveFirst,
} from '../../src';
import type { JET_COLUMNID, JET_DBID, JET_INSTANCE, JET_SESID, JET_TABLEID } from '../../src';
import { CallSites } from '../../src/testing/callSites';
import { findLeaks, formatLeaks } from '../../src/testing/leaks';
import { describeCode, toBeJetError, toBeJetSuccess } from '../../src/testing/matchers';

function world(recordSites = false) {
  const emu = createEmulator();
  const sites = recordSites ? new CallSites(emu) : null;
  const api = emu.api;
  const inst = out<JET_INSTANCE>();
  expect(api.JetCreateInstance(inst, 'leaks')).toBe(JET_errSuccess);
  expect(api.JetInit(inst)).toBe(JET_errSuccess);
  return { emu, api, inst: inst.value, sites };
}

describe('findLeaks', () => {
  it('lists each kind a test can leave open, under its owner, and nothing after clean-up', () => {
    const { emu, api, inst, sites } = world(true);
    const ses = out<JET_SESID>();
    expect(api.JetBeginSession(inst, ses, '', '')).toBe(JET_errSuccess);
    const s = ses.value;
    const db = out<JET_DBID>();
    expect(api.JetCreateDatabase(s, 'leaks.edb', null, db, 0)).toBe(JET_errSuccess);
    const table = out<JET_TABLEID>();
    expect(api.JetCreateTable(s, db.value, 'people', 0, 100, table)).toBe(JET_errSuccess);
    const cols: JET_COLUMNID[] = [];
    const sort = out<JET_TABLEID>();
    expect(api.JetOpenTempTable(s, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }], 1, 0, sort, cols)).toBe(JET_errSuccess);
    const temp = out<JET_TABLEID>();
    expect(api.JetOpenTempTable(s, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }], 1, JET_bitTTIndexed | JET_bitTTUpdatable, temp, cols)).toBe(JET_errSuccess);
    // An updatable temp table is materialized by its first move: from then on it is a temp table, not a sort.
    api.JetMove(s, temp.value, JET_MoveFirst, 0);
    expect(api.JetBeginTransaction(s)).toBe(JET_errSuccess);
    expect(api.JetBeginTransaction(s)).toBe(JET_errSuccess);

    const leaks = findLeaks(emu.dump(), sites);
    expect(leaks.map((l) => [l.kind, l.handle, l.session])).toEqual([
      ['instance', inst, null],
      ['session', s, null],
      ['transaction', s, s],
      ['database', db.value, s],
      ['cursor', table.value, s],
      ['sort', sort.value, s],
      ['temp table', temp.value, s],
    ]);
    expect(leaks[2].what).toBe(`a transaction of session ${s}, at level 2`);
    expect(leaks[4].what).toBe(`cursor ${table.value} on table "people" of session ${s}`);
    // Every site is this file (the first frame outside esemu), on the line of the call that made it.
    for (const l of leaks) expect(l.createdAt).toMatch(/tests[\\/]testing[\\/]leaks\.test\.ts:\d+:\d+$/);
    const report = formatLeaks(leaks);
    expect(report.split('\n')[0]).toBe('esemu: the test left open 7 things:');
    expect(report).toContain(`    session ${s}, made at `);

    expect(api.JetRollback(s, 1)).toBe(JET_errSuccess);
    expect(api.JetCloseTable(s, table.value)).toBe(JET_errSuccess);
    expect(api.JetCloseTable(s, sort.value)).toBe(JET_errSuccess);
    expect(api.JetCloseTable(s, temp.value)).toBe(JET_errSuccess);
    expect(findLeaks(emu.dump()).map((l) => l.kind)).toEqual(['instance', 'session', 'database']);
    expect(api.JetCloseDatabase(s, db.value, 0)).toBe(JET_errSuccess);
    expect(api.JetEndSession(s, 0)).toBe(JET_errSuccess);
    expect(api.JetTerm(inst)).toBe(JET_errSuccess);
    expect(findLeaks(emu.dump())).toEqual([]);
    expect(formatLeaks([])).toBe('esemu: the test left open: nothing');
    sites?.close();
  });

  it('without call sites, createdAt is null; a site is kept per handle from the call that made it', () => {
    const { emu, api, inst } = world();
    const ses = out<JET_SESID>();
    expect(api.JetBeginSession(inst, ses, '', '')).toBe(JET_errSuccess);
    expect(findLeaks(emu.dump()).every((l) => l.createdAt === null)).toBe(true);
    const sites = new CallSites(emu);
    const other = out<JET_SESID>();
    const line = Number(new Error().stack?.split('\n')[1].match(/:(\d+):\d+\)?$/)?.[1]) + 1;
    expect(api.JetBeginSession(inst, other, '', '')).toBe(JET_errSuccess);
    expect(sites.get(`session:${other.value}`)).toMatch(new RegExp(`leaks\\.test\\.ts:${line}:\\d+$`));
    // The session made before the sites were recorded has none; a failed call records nothing.
    expect(sites.get(`session:${ses.value}`)).toBeNull();
    const failed = out<JET_SESID>(0 as JET_SESID);
    api.JetBeginSession(123456 as JET_INSTANCE, failed, '', '');
    expect(sites.get('session:0')).toBeNull();
    sites.close();
  });
});

describe('matchers', () => {
  it('toBeJetError matches by name or number and names both codes on failure', () => {
    expect(toBeJetError(-1102, 'JET_errWriteConflict').pass).toBe(true);
    expect(toBeJetError(-1102, -1102).pass).toBe(true);
    const miss = toBeJetError(0, 'JET_errWriteConflict');
    expect(miss.pass).toBe(false);
    expect(miss.message()).toMatch(/expected -1102 JET_errWriteConflict \(.+\)\nreceived 0 JET_errSuccess/);
    expect(toBeJetError(-1102, 'JET_errNoSuchThing').message()).toMatch(/not a JET_err or JET_wrn name/);
    expect(toBeJetError(321, 'JET_wrnRemainingVersions').pass).toBe(true);
  });

  it('toBeJetSuccess takes warnings unless told not to, and never a failure or a non-integer', () => {
    expect(toBeJetSuccess(0).pass).toBe(true);
    expect(toBeJetSuccess(1004).pass).toBe(true);
    expect(toBeJetSuccess(1004, { warnings: false }).pass).toBe(false);
    expect(toBeJetSuccess(-1104).pass).toBe(false);
    expect(toBeJetSuccess(-1104).message()).toMatch(/received -1104 JET_errInvalidSesid/);
    expect(toBeJetSuccess(0.5).pass).toBe(false);
    expect(toBeJetSuccess('0').pass).toBe(false);
    expect(describeCode('x')).toMatch(/not a JET_ERR/);
  });
});
