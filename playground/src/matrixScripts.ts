/**
 * The error matrix (docs/error-matrix.md) as scripts: the starting point of every cell, each column's state and
 * each row's call, written in the page's script syntax after tests/support/matrix.ts.
 */
export const MATRIX_SCENE = [
  "JetCreateInstance(inst = out(), 'matrix');",
  'JetInit(inst);',
  "JetBeginSession(inst.value, ses = out(), '', '');",
  "JetCreateDatabase(ses.value, 'matrix.edb', null, dbid = out(), 0);",
  'JetOpenTempTable(ses.value, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }], 1, 0, sort = out(), ids = []);',
  'JetPrepareUpdate(ses.value, sort.value, JET_prepInsert);',
  'JetSetColumn(ses.value, sort.value, ids[0], int32(1), 4, 0, null);',
  'JetUpdate(ses.value, sort.value, null, 0, null);',
  "JetCreateTable(ses.value, dbid.value, 'matrix', 0, 100, created = out());",
  "JetAddColumn(ses.value, created.value, 'n', { coltyp: JET_coltypLong }, null, 0, col = out());",
  'JetPrepareUpdate(ses.value, created.value, JET_prepInsert);',
  'JetSetColumn(ses.value, created.value, col.value, int32(1), 4, 0, null);',
  'JetUpdate(ses.value, created.value, null, 0, null);',
  'JetCloseTable(ses.value, created.value);',
  "JetOpenTable(ses.value, dbid.value, 'matrix', null, 0, 0, table = out());",
  'JetBeginTransaction(ses.value);',
].join('\n');

export const MATRIX_COLUMNS: Readonly<Record<string, string>> = {
  'initialized': '',
  'level 7': 'for (let i = 0; i < 6; i++) JetBeginTransaction(ses.value);',
  'context by caller': 'JetSetSessionContext(ses.value, 42);',
  'context by other thread': 'onThread(newThreadId(), () => JetSetSessionContext(ses.value, 42));',
  'trx of other thread': 'JetRollback(ses.value, 0);\nonThread(newThreadId(), () => JetBeginTransaction(ses.value));',
  'rollback failed': "emu.failStep('Rollback.level', { code: JET_errOutOfMemory });\nJetRollback(ses.value, 0);\nemu.setInstanceUnavailable(inst.value, 0);",
  'stop requested': 'JetStopServiceInstance(inst.value);',
  'unavailable': 'emu.setInstanceUnavailable(inst.value);',
  'terminating': "emu.setInstanceState(inst.value, 'terminating');",
  'restoring': "emu.setInstanceState(inst.value, 'restoring');",
  'stale handle': 'JetEndSession(ses.value, 0);',
  'instance gone': 'JetTerm2(inst.value, JET_bitTermDirty);',
};

export const MATRIX_ROWS: Readonly<Record<string, string>> = {
  'JetBeginSession': "JetBeginSession(inst.value, out(), '', '');",
  'JetDupSession': 'JetDupSession(ses.value, out());',
  'JetEndSession (engine)': 'JetEndSession(ses.value, 0);',
  'JetEndSession (documented)': 'JetEndSession(ses.value, 0);',
  'JetBeginTransaction': 'JetBeginTransaction(ses.value);',
  'JetCommitTransaction': 'JetCommitTransaction(ses.value, 0);',
  'JetRollback': 'JetRollback(ses.value, 0);',
  'JetSetSessionContext': 'JetSetSessionContext(ses.value, 7);',
  'JetResetSessionContext': 'JetResetSessionContext(ses.value);',
  'JetGetSessionInfo': 'JetGetSessionInfo(ses.value, out(), 24, 0);',
  'JetOpenTempTable': 'JetOpenTempTable(ses.value, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }], 1, 0, out(), []);',
  'JetOpenDatabase': "JetOpenDatabase(ses.value, 'matrix.edb', null, out(), 0);",
  'JetCloseDatabase': 'JetCloseDatabase(ses.value, dbid.value, 0);',
  'JetDetachDatabase': "JetDetachDatabase(ses.value, 'matrix.edb');",
  'JetCloseTable (sort)': 'JetCloseTable(ses.value, sort.value);',
  'JetMove (sort)': 'JetMove(ses.value, sort.value, JET_MoveFirst, 0);',
  'JetOpenTable': "JetOpenTable(ses.value, dbid.value, 'matrix', null, 0, 0, out());",
  'JetMove (table)': 'JetMove(ses.value, table.value, JET_MoveFirst, 0);',
  'JetPrepareUpdate (table)': 'JetPrepareUpdate(ses.value, table.value, JET_prepInsert);',
  'JetCloseTable (table)': 'JetCloseTable(ses.value, table.value);',
  'JetTerm': 'JetTerm(inst.value);',
};

/** The script of one cell: the scene (with documented fidelity for that row), the column's state, the row's call. */
export function cellScript(row: string, column: string): string | null {
  const call = MATRIX_ROWS[row];
  const state = MATRIX_COLUMNS[column];
  if (call === undefined || state === undefined) return null;
  const fidelity = row.includes('(documented)') ? "emu.setFidelity('documented');\n" : '';
  const stateLines = state === '' ? '' : `// the column's state: ${column}\n${state}\n`;
  return `// ${row} in the state "${column}" (docs/error-matrix.md)\n${fidelity}${MATRIX_SCENE}\n${stateLines}// the call\n${call}\n`;
}
