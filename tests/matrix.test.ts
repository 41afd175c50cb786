/**
 * The API x state matrix: 38 calls x 12 states (tests/support/matrix.ts
 * builds each cell on a fresh emulator, applies the column's state and makes
 * the row's call).
 *
 * The oracle is tests/support/matrixExpected.ts: 436 of the 456 cells
 * written by hand from the engine's rules (ese-semantics.md and the engine
 * source), with the rule and source lines beside each row. The first suite
 * checks esemu against it and names every cell that differs.
 *
 * docs/error-matrix.md is generated from what esemu computes; the second suite
 * only detects change between the document and the code (it would pass on a
 * wrong engine as long as the document was regenerated), so its name says so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorByName } from '../src';
import { columns, computeCells, parseMatrix, renderMatrix, rows } from './support/matrix';
import type { Matrix } from './support/matrix';
import { COLUMN_NAMES, EXPECTED, ROW_NAMES, UNWRITTEN } from './support/matrixExpected';
import type { ColumnName, RowName } from './support/matrixExpected';

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

// Computed once for every test below: 456 fresh emulators.
const computed: Matrix = computeCells();

function isEsentCode(code: string): boolean {
  return errorByName(`JET_err${code}`) !== undefined || errorByName(`JET_wrn${code}`) !== undefined;
}

function isRowName(name: string): name is RowName {
  return (ROW_NAMES as readonly string[]).includes(name);
}

function isColumnName(name: string): name is ColumnName {
  return (COLUMN_NAMES as readonly string[]).includes(name);
}

function isUnwritten(row: RowName, column: ColumnName): boolean {
  return UNWRITTEN.some(([r, c]) => r === row && c === column);
}

/** "row / column: rule X, esemu Y" for every computed cell that differs from the hand-written one. */
function mismatches(m: Matrix): string[] {
  const out: string[] = [];
  for (const r of m.rows) {
    const api = r.api;
    if (!isRowName(api)) {
      out.push(`${api}: no hand-written row`);
      continue;
    }
    m.columns.forEach((column, i) => {
      if (!isColumnName(column)) {
        out.push(`${api} / ${column}: no hand-written column`);
        return;
      }
      if (isUnwritten(api, column)) return;
      const rule = EXPECTED[api][column];
      if (r.cells[i] !== rule) out.push(`${api} / ${column}: rule ${rule}, esemu ${r.cells[i]}`);
    });
  }
  return out;
}

describe('the matrix against the hand-written engine rules (tests/support/matrixExpected.ts)', () => {
  it('has a hand-written cell for every row and column the matrix computes, and no other', () => {
    expect(rows.map((r) => r.name)).toEqual([...ROW_NAMES]);
    expect(columns.map((c) => c.name)).toEqual([...COLUMN_NAMES]);
    expect(Object.keys(EXPECTED)).toEqual([...ROW_NAMES]);
    for (const row of ROW_NAMES) {
      const written = COLUMN_NAMES.filter((c) => !isUnwritten(row, c));
      expect([row, Object.keys(EXPECTED[row])]).toEqual([row, written]);
    }
    expect(ROW_NAMES.length * COLUMN_NAMES.length).toBe(456);
    expect(ROW_NAMES.length * COLUMN_NAMES.length - UNWRITTEN.length).toBe(456);
  });

  it('writes only codes esent.h defines', () => {
    const unknown = ROW_NAMES.flatMap((row) => COLUMN_NAMES
      .filter((column) => !isUnwritten(row, column))
      .map((column) => [row, column, EXPECTED[row][column]] as const)
      .filter(([, , code]) => code === undefined || !isEsentCode(code)));
    expect(unknown).toEqual([]);
  });

  it('every cell esemu computes is the one the engine rules give', () => {
    expect(computed.rows.length * computed.columns.length).toBe(456);
    expect(mismatches(computed)).toEqual([]);
  });
});

describe('docs/error-matrix.md against what esemu computes (change detector, not an oracle)', () => {
  it('the table between the markers is exactly what the code computes now', () => {
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

  it('the document names only esent.h codes and explains how every column is reached', () => {
    const doc = parseMatrix(documentedTable());
    expect(doc.rows.map((r) => r.api)).toEqual(rows.map((r) => r.name));
    expect(doc.columns).toEqual(columns.map((c) => c.name));
    const unknown = doc.rows.flatMap((r) => r.cells.filter((c) => !isEsentCode(c)));
    expect(unknown).toEqual([]);
    const text = readFileSync(DOC, 'utf8');
    for (const c of columns) expect([c.name, text.includes(`| ${c.name} | ${c.how} |`)]).toEqual([c.name, true]);
  });
});
