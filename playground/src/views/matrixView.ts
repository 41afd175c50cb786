import { h } from '../dom';
import { cellScript } from '../matrixScripts';

export interface MatrixData {
  columns: string[];
  rows: Array<{ api: string; cells: string[] }>;
}

/**
 * The API x state matrix of docs/error-matrix.md as a table of buttons: a cell loads the script that reaches its
 * state and makes its call, and runs it from an empty state.
 */
export function renderMatrix(box: HTMLElement, m: MatrixData, pick: (script: string, expected: string) => void): void {
  const head = h('tr', {}, h('th', { scope: 'col' }, 'API'), ...m.columns.map((c) => h('th', { scope: 'col' }, c)));
  const body = m.rows.map((r) => h('tr', {}, h('th', { scope: 'row' }, r.api), ...r.cells.map((cell, i) => {
    const script = cellScript(r.api, m.columns[i]);
    if (script === null) return h('td', {}, cell);
    const ok = cell === 'Success';
    return h('td', {}, h('button', {
      type: 'button', class: ok ? 'cell success' : 'cell error', 'data-row': r.api, 'data-column': m.columns[i], 'data-code': cell,
      'aria-label': `${r.api} in state ${m.columns[i]}: ${cell}. Load and run.`, onclick: () => pick(script, cell),
    }, ok ? '✓ ' : '✗ ', cell));
  })));
  box.replaceChildren(h('table', { class: 'matrix' }, h('thead', {}, head), h('tbody', {}, ...body)));
}
