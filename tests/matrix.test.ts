/**
 * docs/error-matrix.md against esemu: the table between the markers must be
 * exactly what tests/support/matrix.ts computes (every cell = a fresh
 * emulator, the column's state, the row's call), and the computed cells must
 * agree with the rules of ese-semantics.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorByName } from '../src';
import { columns, computeCells, parseMatrix, renderMatrix, rows } from './support/matrix';
import type { Matrix } from './support/matrix';

const DOC = join(__dirname, '..', 'docs', 'error-matrix.md');
const BEGIN = '<!-- matrix:begin -->';
const END = '<!-- matrix:end -->';

function documentedTable(): string {
  const doc = readFileSync(DOC, 'utf8');
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/error-matrix.md needs the markers ${BEGIN} and ${END}`);
  return doc.slice(start + BEGIN.length, end).trim();
}

// Computed once: 17 rows x 12 columns, each on its own emulator.
const computed: Matrix = computeCells();

function cell(api: string, column: string): string {
  const r = computed.rows.find((x) => x.api === api);
  const c = computed.columns.indexOf(column);
  if (r === undefined || c < 0) throw new Error(`no cell ${api} / ${column}`);
  return r.cells[c];
}

/** Cells of several rows in one column, as [api, code] pairs so a failure names the row. */
function column(apis: readonly string[], name: string): Array<[string, string]> {
  return apis.map((api) => [api, cell(api, name)]);
}

const SESSION_APIS = [
  'JetDupSession', 'JetEndSession (engine)', 'JetEndSession (documented)', 'JetBeginTransaction',
  'JetCommitTransaction', 'JetRollback', 'JetSetSessionContext', 'JetResetSessionContext', 'JetGetSessionInfo',
  'JetOpenTempTable', 'JetOpenDatabase', 'JetCloseDatabase', 'JetDetachDatabase', 'JetCloseTable (sort)', 'JetMove (sort)',
];

describe('docs/error-matrix.md', () => {
  it('shows exactly the codes esemu returns in each state', () => {
    const expected = renderMatrix(computed);
    let documented: Matrix;
    try {
      documented = parseMatrix(documentedTable());
    } catch (e) {
      throw new Error(`docs/error-matrix.md: ${(e as Error).message}; the table between the markers should be:\n\n${expected}\n`);
    }
    if (JSON.stringify(documented) !== JSON.stringify(computed)) {
      throw new Error(`docs/error-matrix.md is out of date; the table between the markers should be:\n\n${expected}\n`);
    }
    expect(documented).toEqual(computed);
  });

  it('has the rows and columns the matrix promises', () => {
    const doc = parseMatrix(documentedTable());
    expect(doc.rows.map((r) => r.api)).toEqual(expect.arrayContaining([
      'JetBeginSession', 'JetDupSession', 'JetEndSession (engine)', 'JetEndSession (documented)', 'JetBeginTransaction',
      'JetCommitTransaction', 'JetRollback', 'JetSetSessionContext', 'JetResetSessionContext', 'JetGetSessionInfo',
      'JetOpenTempTable', 'JetOpenDatabase', 'JetCloseDatabase', 'JetDetachDatabase', 'JetCloseTable (sort)',
      'JetMove (sort)', 'JetTerm',
    ]));
    expect(doc.columns).toEqual(expect.arrayContaining([
      'initialized', 'stop requested', 'unavailable', 'terminating', 'restoring', 'stale handle', 'context by caller',
      'context by other thread',
    ]));
    for (const r of doc.rows) expect([r.api, r.cells.length]).toEqual([r.api, doc.columns.length]);
  });

  it('names only codes esent.h defines, and explains how every column is reached', () => {
    const doc = parseMatrix(documentedTable());
    const unknown = doc.rows.flatMap((r) => r.cells.filter((c) => errorByName(`JET_err${c}`) === undefined && errorByName(`JET_wrn${c}`) === undefined));
    expect(unknown).toEqual([]);
    const text = readFileSync(DOC, 'utf8');
    for (const c of columns) expect([c.name, text.includes(`| ${c.name} | ${c.how} |`)]).toEqual([c.name, true]);
    expect(rows.length).toBe(doc.rows.length);
  });
});

describe('the computed matrix follows ese-semantics.md', () => {
  it('§3: after a stop only the clean-up calls still work', () => {
    const cleanUp = ['JetEndSession (engine)', 'JetRollback', 'JetGetSessionInfo', 'JetCloseTable (sort)', 'JetCloseDatabase'];
    expect(column(cleanUp, 'stop requested')).toEqual(cleanUp.map((a) => [a, 'Success']));
    const blocked = ['JetBeginSession', 'JetDupSession', 'JetBeginTransaction', 'JetCommitTransaction', 'JetSetSessionContext',
      'JetOpenTempTable', 'JetOpenDatabase', 'JetMove (sort)'];
    expect(column(blocked, 'stop requested')).toEqual(blocked.map((a) => [a, 'ClientRequestToStopJetService']));
    // Exempt, so they answer what they would answer anyway.
    expect(cell('JetResetSessionContext', 'stop requested')).toBe('SessionContextNotSetByThisThread');
    expect(cell('JetDetachDatabase', 'stop requested')).toBe('InTransaction');
    // §13: only the documentation lists the stop for JetEndSession.
    expect(cell('JetEndSession (documented)', 'stop requested')).toBe('ClientRequestToStopJetService');
  });

  it('§2.7 / §3: an unavailable instance and a termination under way block every session call, clean-up included', () => {
    const apis = ['JetBeginSession', ...SESSION_APIS];
    expect(column(apis, 'unavailable')).toEqual(apis.map((a) => [a, 'InstanceUnavailable']));
    expect(column(apis, 'terminating')).toEqual(apis.map((a) => [a, 'TermInProgress']));
    expect(cell('JetTerm', 'terminating')).toBe('TermInProgress');
  });

  it('§3 / §13: the session gate never reports RestoreInProgress; the instance gate does', () => {
    const engineOnly = SESSION_APIS.filter((a) => a !== 'JetEndSession (documented)');
    expect(column(engineOnly, 'restoring').filter(([, c]) => c === 'RestoreInProgress')).toEqual([]);
    expect(cell('JetBeginSession', 'restoring')).toBe('RestoreInProgress');
    expect(cell('JetTerm', 'restoring')).toBe('RestoreInProgress');
    expect(cell('JetEndSession (engine)', 'restoring')).toBe('Success');
    expect(cell('JetEndSession (documented)', 'restoring')).toBe('RestoreInProgress');
  });

  it('§4.3 / §6: a session context blocks JetEndSession whoever set it, and only its thread can reset it', () => {
    for (const col of ['context by caller', 'context by other thread']) {
      expect(cell('JetEndSession (engine)', col)).toBe('SessionInUse');
      expect(cell('JetEndSession (documented)', col)).toBe('SessionInUse');
      expect(cell('JetSetSessionContext', col)).toBe('SessionContextAlreadySet');
      expect(cell('JetBeginTransaction', col)).toBe('Success');
    }
    expect(cell('JetResetSessionContext', 'context by caller')).toBe('Success');
    expect(cell('JetResetSessionContext', 'context by other thread')).toBe('SessionContextNotSetByThisThread');
    expect(cell('JetResetSessionContext', 'initialized')).toBe('SessionContextNotSetByThisThread');
  });

  it("§6: another thread's transaction makes nested begin, commit, rollback and JetEndSession fail", () => {
    const trx = ['JetBeginTransaction', 'JetCommitTransaction', 'JetRollback', 'JetEndSession (engine)'];
    expect(column(trx, 'trx of other thread')).toEqual(trx.map((a) => [a, 'SessionSharingViolation']));
    const unchecked = ['JetGetSessionInfo', 'JetMove (sort)', 'JetCloseTable (sort)', 'JetOpenTempTable', 'JetSetSessionContext'];
    expect(column(unchecked, 'trx of other thread')).toEqual(unchecked.map((a) => [a, 'Success']));
  });

  it('§7.4: a failed rollback sticks: begin gets RollbackError, rollback and JetEndSession the first failure', () => {
    expect(cell('JetBeginTransaction', 'rollback failed')).toBe('RollbackError');
    expect(cell('JetRollback', 'rollback failed')).toBe('OutOfMemory');
    expect(cell('JetEndSession (engine)', 'rollback failed')).toBe('OutOfMemory');
    expect(cell('JetTerm', 'rollback failed')).toBe('TooManyActiveUsers');
  });

  it('§7.1 / §2.5 / §10.4: level 7 is the deepest, JetTerm refuses open transactions, detach needs level 0', () => {
    expect(cell('JetBeginTransaction', 'initialized')).toBe('Success');
    expect(cell('JetBeginTransaction', 'level 7')).toBe('TransTooDeep');
    expect(cell('JetTerm', 'initialized')).toBe('TooManyActiveUsers');
    expect(cell('JetTerm', 'stale handle')).toBe('Success');
    expect(cell('JetDetachDatabase', 'initialized')).toBe('InTransaction');
  });

  it('§0: stale handles answer InvalidSesid (esent.dll checks); a freed instance answers InvalidInstance', () => {
    for (const col of ['stale handle', 'instance gone']) {
      expect(column(SESSION_APIS, col)).toEqual(SESSION_APIS.map((a) => [a, 'InvalidSesid']));
    }
    expect(cell('JetBeginSession', 'instance gone')).toBe('InvalidInstance');
    expect(cell('JetTerm', 'instance gone')).toBe('InvalidInstance');
    expect(cell('JetBeginSession', 'stale handle')).toBe('Success');
  });
});
