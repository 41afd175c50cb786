/**
 * The API x state matrix of docs/error-matrix.md, computed: every cell builds
 * its state on a fresh emulator and makes the row's call. Used by
 * tests/matrix.test.ts, which checks these cells against the hand-written
 * expectations of tests/support/matrixExpected.ts and keeps the document
 * equal to what esemu does.
 */
import {
  createEmulator, errorName, newThreadId, onThread, out,
  JET_bitColumnTTKey, JET_bitNewKey, JET_bitRangeInclusive, JET_bitRangeUpperLimit, JET_bitSeekEQ, JET_bitTermDirty,
  JET_ColInfo, JET_coltypLong, JET_errOutOfMemory, JET_MoveFirst, JET_prepInsert,
} from '../../src';
import type {
  Emulator, EngineOptions, JetApi, JET_COLUMNDEF_INFO, JET_COLUMNID, JET_COLUMNLIST, JET_DBID, JET_INSTANCE,
  JET_RETRIEVECOLUMN, JET_SESID, JET_SESSIONINFO, JET_TABLEID,
} from '../../src';

/**
 * What a cell works with: a session at level 1 with a database open, a sort (opened at level 0, one row) and a
 * cursor on a regular table (opened at level 0, one committed record).
 */
export interface Scene {
  emu: Emulator;
  api: JetApi;
  inst: JET_INSTANCE;
  ses: JET_SESID;
  sort: JET_TABLEID;
  dbid: JET_DBID;
  table: JET_TABLEID;
  /** The table's Long column `n` (the one record holds 1 in it). */
  col: JET_COLUMNID;
}

export const TABLE = 'matrix';

export const DATABASE = 'matrix.edb';
const SORT_COLUMNS = [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }];
/** sizeof(JET_SESSIONINFO) on x64: four ULONGs and a JET_API_PTR (ese-semantics.md §15). */
export const SESSIONINFO_SIZE = 24;

/** Fail loudly when building a state does not go as planned, so no cell is computed on a wrong state. */
function must(what: string, rc: number, expected = 0): void {
  if (rc !== expected) throw new Error(`matrix setup: ${what} returned ${errorName(rc)}, expected ${errorName(expected)}`);
}

export function scene(options: Partial<EngineOptions> = {}): Scene {
  const emu = createEmulator(options);
  const api = emu.api;
  const inst = out<JET_INSTANCE>();
  must('JetCreateInstance', api.JetCreateInstance(inst, 'matrix'));
  must('JetInit', api.JetInit(inst));
  const ses = out<JET_SESID>();
  must('JetBeginSession', api.JetBeginSession(inst.value, ses, '', ''));
  const dbid = out<JET_DBID>();
  must('JetCreateDatabase', api.JetCreateDatabase(ses.value, DATABASE, null, dbid, 0));
  const ids: JET_COLUMNID[] = [];
  const sort = out<JET_TABLEID>();
  must('JetOpenTempTable', api.JetOpenTempTable(ses.value, SORT_COLUMNS, 1, 0, sort, ids));
  must('JetPrepareUpdate', api.JetPrepareUpdate(ses.value, sort.value, JET_prepInsert));
  must('JetSetColumn', api.JetSetColumn(ses.value, sort.value, ids[0], Uint8Array.of(1, 0, 0, 0), 4, 0, null));
  must('JetUpdate', api.JetUpdate(ses.value, sort.value, null, 0, null));
  const { table, col } = regularTable(api, ses.value, dbid.value);
  must('JetBeginTransaction', api.JetBeginTransaction(ses.value));
  return { emu, api, inst: inst.value, ses: ses.value, sort: sort.value, dbid: dbid.value, table, col };
}

/** The table TABLE with one Long column and one record, and a (shared) cursor on it. */
function regularTable(api: JetApi, ses: JET_SESID, dbid: JET_DBID): { table: JET_TABLEID; col: JET_COLUMNID } {
  const created = out<JET_TABLEID>();
  must('JetCreateTable', api.JetCreateTable(ses, dbid, TABLE, 0, 100, created));
  const col = out<JET_COLUMNID>();
  must('JetAddColumn', api.JetAddColumn(ses, created.value, 'n', { coltyp: JET_coltypLong }, null, 0, col));
  must('JetPrepareUpdate', api.JetPrepareUpdate(ses, created.value, JET_prepInsert));
  must('JetSetColumn', api.JetSetColumn(ses, created.value, col.value, Uint8Array.of(1, 0, 0, 0), 4, 0, null));
  must('JetUpdate', api.JetUpdate(ses, created.value, null, 0, null));
  // The creator's cursor is exclusive; a table cursor opened the usual way replaces it.
  must('JetCloseTable', api.JetCloseTable(ses, created.value));
  const table = out<JET_TABLEID>();
  must('JetOpenTable', api.JetOpenTable(ses, dbid, TABLE, null, 0, 0, table));
  return { table: table.value, col: col.value };
}

export interface MatrixColumn {
  name: string;
  /** How the state is reached, for the document's legend. */
  how: string;
  apply: (s: Scene) => void;
}

export interface MatrixRow {
  name: string;
  options: Partial<EngineOptions>;
  call: (s: Scene) => number;
}

export const columns: readonly MatrixColumn[] = [
  { name: 'initialized', how: 'nothing more', apply: () => undefined },
  {
    name: 'level 7', how: 'six more `JetBeginTransaction` calls',
    apply: (s) => {
      for (let i = 0; i < 6; i++) must('JetBeginTransaction', s.api.JetBeginTransaction(s.ses));
    },
  },
  {
    name: 'context by caller', how: '`JetSetSessionContext(ses, 42)` on the calling thread',
    apply: (s) => must('JetSetSessionContext', s.api.JetSetSessionContext(s.ses, 42)),
  },
  {
    name: 'context by other thread', how: '`JetSetSessionContext(ses, 42)` inside `onThread(t, ...)`',
    apply: (s) => must('JetSetSessionContext', onThread(newThreadId(), () => s.api.JetSetSessionContext(s.ses, 42))),
  },
  {
    name: 'trx of other thread',
    how: '`JetRollback(ses, 0)`, then `JetBeginTransaction(ses)` inside `onThread(t, ...)` with no context: level 1 belongs to thread t',
    apply: (s) => {
      must('JetRollback', s.api.JetRollback(s.ses, 0));
      must('JetBeginTransaction', onThread(newThreadId(), () => s.api.JetBeginTransaction(s.ses)));
    },
  },
  {
    name: 'rollback failed',
    how: "`emu.failStep('Rollback.level', { code: JET_errOutOfMemory })`, then `JetRollback(ses, 0)` fails: level 1 stays, the failure is sticky; the failure took the instance down, and `emu.setInstanceUnavailable(inst, 0)` brings it back",
    apply: (s) => {
      must('failStep', s.emu.failStep('Rollback.level', { code: JET_errOutOfMemory }));
      must('JetRollback', s.api.JetRollback(s.ses, 0), JET_errOutOfMemory);
      must('setInstanceUnavailable', s.emu.setInstanceUnavailable(s.inst, 0));
    },
  },
  {
    name: 'stop requested', how: '`JetStopServiceInstance(inst)`',
    apply: (s) => must('JetStopServiceInstance', s.api.JetStopServiceInstance(s.inst)),
  },
  {
    name: 'unavailable', how: '`emu.setInstanceUnavailable(inst)` (the instance hit a fatal error)',
    apply: (s) => must('setInstanceUnavailable', s.emu.setInstanceUnavailable(s.inst)),
  },
  {
    name: 'terminating', how: "`emu.setInstanceState(inst, 'terminating')` (another thread is inside `JetTerm`)",
    apply: (s) => must('setInstanceState', s.emu.setInstanceState(s.inst, 'terminating')),
  },
  {
    name: 'restoring', how: "`emu.setInstanceState(inst, 'restoring')` (a restore is running)",
    apply: (s) => must('setInstanceState', s.emu.setInstanceState(s.inst, 'restoring')),
  },
  {
    name: 'stale handle',
    how: '`JetEndSession(ses, 0)`: the sesid, the sort\'s tableid and the session\'s database open are gone; the instance is fine',
    apply: (s) => must('JetEndSession', s.api.JetEndSession(s.ses, 0)),
  },
  {
    name: 'instance gone', how: '`JetTerm2(inst, JET_bitTermDirty)`: the instance and everything in it are freed',
    apply: (s) => must('JetTerm2', s.api.JetTerm2(s.inst, JET_bitTermDirty), -1116),
  },
];

/**
 * Steps some ISAM rows take inside their call, after the column's state is applied, before the call the row is
 * named after. Their answers are not checked: in a state where a step fails, the row's call runs on what that
 * failure left (the cell is always the answer of the last call).
 */
/** The value 1 as a Long column stores it (little-endian). */
const ONE = (): Uint8Array => Uint8Array.of(1, 0, 0, 0);
/** The secondary index `ix` over `n` that the key rows create and make current. */
export const INDEX = 'ix';
const INDEX_KEY = '+n\0\0';
/** sizeof(JET_COLUMNDEF) on x64: seven 32/16-bit fields, 28 bytes. */
export const COLUMNDEF_SIZE = 28;

function moveFirst(s: Scene): void {
  s.api.JetMove(s.ses, s.table, JET_MoveFirst, 0);
}

function createIndex(s: Scene): number {
  return s.api.JetCreateIndex(s.ses, s.table, INDEX, 0, INDEX_KEY, INDEX_KEY.length, 100);
}

function onIndex(s: Scene): void {
  createIndex(s);
  s.api.JetSetCurrentIndex(s.ses, s.table, INDEX);
}

function makeKey(s: Scene): number {
  return s.api.JetMakeKey(s.ses, s.table, ONE(), 4, JET_bitNewKey);
}

function seekOne(s: Scene): number {
  onIndex(s);
  makeKey(s);
  return s.api.JetSeek(s.ses, s.table, JET_bitSeekEQ);
}

function prepareInsertOfOne(s: Scene): number {
  s.api.JetPrepareUpdate(s.ses, s.table, JET_prepInsert);
  return s.api.JetSetColumn(s.ses, s.table, s.col, ONE(), 4, 0, null);
}

function bookmark(s: Scene): { rc: number; bm: Uint8Array; cb: number } {
  const bm = new Uint8Array(256);
  const cb = out<number>(0);
  const rc = s.api.JetGetBookmark(s.ses, s.table, bm, bm.length, cb);
  return { rc, bm, cb: cb.value };
}

export const rows: readonly MatrixRow[] = [
  { name: 'JetBeginSession', options: {}, call: (s) => s.api.JetBeginSession(s.inst, out<JET_SESID>(), '', '') },
  { name: 'JetDupSession', options: {}, call: (s) => s.api.JetDupSession(s.ses, out<JET_SESID>()) },
  { name: 'JetEndSession (engine)', options: {}, call: (s) => s.api.JetEndSession(s.ses, 0) },
  { name: 'JetEndSession (documented)', options: { fidelity: 'documented' }, call: (s) => s.api.JetEndSession(s.ses, 0) },
  { name: 'JetBeginTransaction', options: {}, call: (s) => s.api.JetBeginTransaction(s.ses) },
  { name: 'JetCommitTransaction', options: {}, call: (s) => s.api.JetCommitTransaction(s.ses, 0) },
  { name: 'JetRollback', options: {}, call: (s) => s.api.JetRollback(s.ses, 0) },
  { name: 'JetSetSessionContext', options: {}, call: (s) => s.api.JetSetSessionContext(s.ses, 7) },
  { name: 'JetResetSessionContext', options: {}, call: (s) => s.api.JetResetSessionContext(s.ses) },
  {
    name: 'JetGetSessionInfo', options: {},
    call: (s) => s.api.JetGetSessionInfo(s.ses, out<JET_SESSIONINFO>(), SESSIONINFO_SIZE, 0),
  },
  {
    name: 'JetOpenTempTable', options: {},
    call: (s) => s.api.JetOpenTempTable(s.ses, SORT_COLUMNS, 1, 0, out<JET_TABLEID>(), []),
  },
  { name: 'JetOpenDatabase', options: {}, call: (s) => s.api.JetOpenDatabase(s.ses, DATABASE, null, out<JET_DBID>(), 0) },
  { name: 'JetCloseDatabase', options: {}, call: (s) => s.api.JetCloseDatabase(s.ses, s.dbid, 0) },
  { name: 'JetDetachDatabase', options: {}, call: (s) => s.api.JetDetachDatabase(s.ses, DATABASE) },
  { name: 'JetCloseTable (sort)', options: {}, call: (s) => s.api.JetCloseTable(s.ses, s.sort) },
  { name: 'JetMove (sort)', options: {}, call: (s) => s.api.JetMove(s.ses, s.sort, JET_MoveFirst, 0) },
  { name: 'JetOpenTable', options: {}, call: (s) => s.api.JetOpenTable(s.ses, s.dbid, TABLE, null, 0, 0, out<JET_TABLEID>()) },
  { name: 'JetMove (table)', options: {}, call: (s) => s.api.JetMove(s.ses, s.table, JET_MoveFirst, 0) },
  { name: 'JetPrepareUpdate (table)', options: {}, call: (s) => s.api.JetPrepareUpdate(s.ses, s.table, JET_prepInsert) },
  { name: 'JetCloseTable (table)', options: {}, call: (s) => s.api.JetCloseTable(s.ses, s.table) },
  {
    name: 'JetRetrieveColumn (table)', options: {},
    call: (s) => {
      moveFirst(s);
      return s.api.JetRetrieveColumn(s.ses, s.table, s.col, new Uint8Array(4), 4, out<number>(0), 0, null);
    },
  },
  { name: 'JetSetColumn (table)', options: {}, call: (s) => prepareInsertOfOne(s) },
  {
    name: 'JetUpdate (table)', options: {},
    call: (s) => {
      prepareInsertOfOne(s);
      return s.api.JetUpdate(s.ses, s.table, null, 0, null);
    },
  },
  { name: 'JetSeek (table)', options: {}, call: (s) => seekOne(s) },
  {
    name: 'JetMakeKey (table)', options: {},
    call: (s) => {
      onIndex(s);
      return makeKey(s);
    },
  },
  {
    name: 'JetDelete (table)', options: {},
    call: (s) => {
      moveFirst(s);
      return s.api.JetDelete(s.ses, s.table);
    },
  },
  {
    name: 'JetSetCurrentIndex (table)', options: {},
    call: (s) => {
      createIndex(s);
      return s.api.JetSetCurrentIndex(s.ses, s.table, INDEX);
    },
  },
  {
    name: 'JetGetTableColumnInfo (table)', options: {},
    call: (s) => s.api.JetGetTableColumnInfo(
      s.ses, s.table, 'n', out<JET_COLUMNDEF_INFO | JET_COLUMNLIST>(), COLUMNDEF_SIZE, JET_ColInfo),
  },
  {
    name: 'JetCreateTable', options: {},
    call: (s) => s.api.JetCreateTable(s.ses, s.dbid, 'second', 0, 100, out<JET_TABLEID>()),
  },
  {
    name: 'JetAddColumn (table)', options: {},
    call: (s) => s.api.JetAddColumn(s.ses, s.table, 'm', { coltyp: JET_coltypLong }, null, 0, out<JET_COLUMNID>()),
  },
  { name: 'JetCreateIndex (table)', options: {}, call: (s) => createIndex(s) },
  {
    name: 'JetSetIndexRange (table)', options: {},
    call: (s) => {
      seekOne(s);
      makeKey(s);
      return s.api.JetSetIndexRange(s.ses, s.table, JET_bitRangeUpperLimit | JET_bitRangeInclusive);
    },
  },
  {
    name: 'JetGetBookmark (table)', options: {},
    call: (s) => {
      moveFirst(s);
      return bookmark(s).rc;
    },
  },
  {
    name: 'JetGotoBookmark (table)', options: {},
    call: (s) => {
      moveFirst(s);
      const { bm, cb } = bookmark(s);
      return s.api.JetGotoBookmark(s.ses, s.table, bm, cb);
    },
  },
  {
    name: 'JetRetrieveColumns (table)', options: {},
    call: (s) => {
      moveFirst(s);
      const columns: JET_RETRIEVECOLUMN[] = [{ columnid: s.col, pvData: new Uint8Array(4), cbData: 4, itagSequence: 1 }];
      return s.api.JetRetrieveColumns(s.ses, s.table, columns, 1);
    },
  },
  {
    name: 'JetIndexRecordCount (table)', options: {},
    call: (s) => s.api.JetIndexRecordCount(s.ses, s.table, out<number>(0), 0),
  },
  {
    name: 'JetDeleteTable', options: {},
    call: (s) => {
      s.api.JetCloseTable(s.ses, s.table);
      return s.api.JetDeleteTable(s.ses, s.dbid, TABLE);
    },
  },
  { name: 'JetTerm', options: {}, call: (s) => s.api.JetTerm(s.inst) },
];

/** A code as the matrix shows it: its esent.h name without the JET_err / JET_wrn prefix. */
export function shortName(code: number): string {
  return errorName(code).replace(/^JET_(err|wrn)/, '');
}

/** One cell: a fresh scene, the column's state, the row's call. */
export function computeCell(row: MatrixRow, column: MatrixColumn): string {
  const s = scene(row.options);
  column.apply(s);
  return shortName(row.call(s));
}

export interface Matrix {
  columns: string[];
  rows: Array<{ api: string; cells: string[] }>;
}

export function computeCells(): Matrix {
  return {
    columns: columns.map((c) => c.name),
    rows: rows.map((r) => ({ api: r.name, cells: columns.map((c) => computeCell(r, c)) })),
  };
}

export function renderMatrix(m: Matrix): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(['API', ...m.columns]),
    line(['---', ...m.columns.map(() => '---')]),
    ...m.rows.map((r) => line([r.api, ...r.cells])),
  ].join('\n');
}

/** The matrix as markdown, every cell computed by running the call in the state. */
export function computeMatrix(): string {
  return renderMatrix(computeCells());
}

/** Read a markdown table (header, rule, rows) back into a Matrix; throws on a malformed table. */
export function parseMatrix(text: string): Matrix {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const split = (l: string): string[] => {
    if (!l.startsWith('|') || !l.endsWith('|')) throw new Error(`not a table line: ${l}`);
    return l.slice(1, -1).split('|').map((c) => c.trim());
  };
  if (lines.length < 2) throw new Error('a table needs a header and a rule');
  const [first, ...header] = split(lines[0]);
  if (first !== 'API') throw new Error(`the first header cell should be "API", not "${first}"`);
  if (!split(lines[1]).every((c) => /^:?-{3,}:?$/.test(c))) throw new Error('the second line should be the rule');
  return {
    columns: header,
    rows: lines.slice(2).map((l) => {
      const [api, ...cells] = split(l);
      return { api, cells };
    }),
  };
}
