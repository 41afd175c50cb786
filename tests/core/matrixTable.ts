import { errorName, out, JET_bitColumnTTKey, JET_coltypLong, JET_MoveFirst } from '../../src';
import type { Emulator, EngineOptions, JET_DBID, JET_INSTANCE, JET_SESID, JET_TABLEID } from '../../src';
import { createDb, insert, openSort, world } from '../support/fixture';

/** What a matrix cell gets to work with: a session at level 1 holding a sort with one row and an open database. */
interface Scene {
  emu: Emulator;
  inst: JET_INSTANCE;
  ses: JET_SESID;
  sort: JET_TABLEID;
  dbid: JET_DBID;
}

function scene(options: Partial<EngineOptions>): Scene {
  const { emu, api, inst, ses } = world(options);
  const dbid = createDb(api, ses, 'matrix.edb');
  api.JetBeginTransaction(ses);
  const sort = openSort(api, ses);
  insert(api, ses, sort.tableid, sort.col, 1);
  return { emu, inst, ses, sort: sort.tableid, dbid };
}

/** The states of the matrix's columns, each applied to a fresh scene. */
export const states: ReadonlyArray<readonly [string, (s: Scene) => void]> = [
  ['initialized', () => undefined],
  ['level 7', (s) => {
    for (let i = 0; i < 6; i++) s.emu.api.JetBeginTransaction(s.ses);
  }],
  ['context set', (s) => void s.emu.api.JetSetSessionContext(s.ses, 42)],
  ['stop requested', (s) => void s.emu.api.JetStopServiceInstance(s.inst)],
  ['unavailable', (s) => void s.emu.setInstanceUnavailable(s.inst)],
  ['terminating', (s) => void s.emu.setInstanceState(s.inst, 'terminating')],
  ['restoring', (s) => void s.emu.setInstanceState(s.inst, 'restoring')],
  ['session ended', (s) => {
    s.emu.api.JetRollback(s.ses, 1);
    s.emu.api.JetEndSession(s.ses, 0);
  }],
];

/** The matrix's rows: one call each, with the fidelity it runs under. */
export const calls: ReadonlyArray<readonly [string, Partial<EngineOptions>, (s: Scene) => number]> = [
  ['JetBeginSession', {}, (s) => s.emu.api.JetBeginSession(s.inst, out<JET_SESID>(), '', '')],
  ['JetDupSession', {}, (s) => s.emu.api.JetDupSession(s.ses, out<JET_SESID>())],
  ['JetEndSession (engine)', {}, (s) => s.emu.api.JetEndSession(s.ses, 0)],
  ['JetEndSession (documented)', { fidelity: 'documented' }, (s) => s.emu.api.JetEndSession(s.ses, 0)],
  ['JetBeginTransaction', {}, (s) => s.emu.api.JetBeginTransaction(s.ses)],
  ['JetCommitTransaction', {}, (s) => s.emu.api.JetCommitTransaction(s.ses, 0)],
  ['JetRollback', {}, (s) => s.emu.api.JetRollback(s.ses, 0)],
  ['JetSetSessionContext', {}, (s) => s.emu.api.JetSetSessionContext(s.ses, 7)],
  ['JetResetSessionContext', {}, (s) => s.emu.api.JetResetSessionContext(s.ses)],
  ['JetGetSessionInfo', {}, (s) => s.emu.api.JetGetSessionInfo(s.ses, out(), 16, 0)],
  ['JetOpenTempTable', {}, (s) => s.emu.api.JetOpenTempTable(s.ses, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }], 1, 0, out<JET_TABLEID>(), [])],
  ['JetOpenDatabase', {}, (s) => s.emu.api.JetOpenDatabase(s.ses, 'matrix.edb', null, out<JET_DBID>(), 0)],
  ['JetCloseDatabase', {}, (s) => s.emu.api.JetCloseDatabase(s.ses, s.dbid, 0)],
  ['JetDetachDatabase', {}, (s) => s.emu.api.JetDetachDatabase(s.ses, 'matrix.edb')],
  ['JetMove (sort)', {}, (s) => s.emu.api.JetMove(s.ses, s.sort, JET_MoveFirst, 0)],
  ['JetCloseTable (sort)', {}, (s) => s.emu.api.JetCloseTable(s.ses, s.sort)],
  ['JetTerm', {}, (s) => s.emu.api.JetTerm(s.inst)],
];

function shortName(code: number): string {
  return errorName(code).replace(/^JET_(err|wrn)/, '');
}

/** The matrix as markdown, every cell computed by running the call in the state. */
export function computeMatrix(): string {
  const header = `| API | ${states.map(([name]) => name).join(' | ')} |`;
  const rule = `| --- | ${states.map(() => '---').join(' | ')} |`;
  const rows = calls.map(([api, options, run]) => {
    const cells = states.map(([, apply]) => {
      const s = scene(options);
      apply(s);
      return shortName(run(s));
    });
    return `| ${api} | ${cells.join(' | ')} |`;
  });
  return [header, rule, ...rows].join('\n');
}
