/**
 * Temp-table contents: the insert phase, the end of insertion (sortapi.cxx
 * ErrTTEndInsert, ErrIsamSortMaterialize; sort.cxx duplicate removal) and the
 * rows of a materialized table (unique key index, or sequential dbk without one).
 */
import {
  JET_bitTTForwardOnly, JET_bitTTIndexed, JET_bitTTScrollable, JET_bitTTUnique, JET_bitTTUpdatable,
} from '../../../src';
import { check } from './check';
import { MCursor, MTable, SortRow, TRow } from './world';

/** Duplicate keys are removed unless the sort is forward-only without TTUnique (sortapi.cxx:68-71). */
export function removesDuplicates(t: MTable): boolean {
  return (t.grbit & JET_bitTTForwardOnly) === 0 || (t.grbit & JET_bitTTUnique) !== 0;
}

/** Sorts that allow backward moves, seeks and index ranges. */
export function seekable(t: MTable): boolean {
  return (t.grbit & (JET_bitTTScrollable | JET_bitTTIndexed)) !== 0;
}

function byKey(rows: { k: number; d: number | null }[]): Map<number, (number | null)[]> {
  const groups = new Map<number, (number | null)[]>();
  for (const r of rows) {
    const g = groups.get(r.k);
    if (g === undefined) groups.set(r.k, [r.d]);
    else g.push(r.d);
  }
  return new Map([...groups.entries()].sort((a, b) => a[0] - b[0]));
}

/** The sorted output of the insert phase. Which of equal-key records survives (or their order) is not fixed. */
export function sortOutput(t: MTable): SortRow[] {
  const out: SortRow[] = [];
  const dedup = removesDuplicates(t);
  for (const [k, ds] of byKey(t.pending)) {
    if (dedup) out.push({ k, cands: [...ds], pinnable: true });
    else for (let i = 0; i < ds.length; i += 1) out.push({ k, cands: [...ds], pinnable: false });
  }
  return out;
}

function uniqueValue(cands: (number | null)[]): boolean {
  return cands.every((x) => x === cands[0]);
}

/** Copy the sort's records into a table: keyed by k with TTIndexed, else sequential in sort order. */
export function materialize(t: MTable): void {
  const sorted = sortOutput(t);
  t.indexed = (t.grbit & JET_bitTTIndexed) !== 0;
  t.rows = sorted.map((r, i) => {
    const row: TRow = { k: r.k, d: r.cands[0], order: t.indexed ? r.k : i };
    if (!uniqueValue(r.cands)) row.dCands = [...r.cands];
    return row;
  });
  t.nextDbk = sorted.length + 1;
  t.pending = [];
  t.phase = 'materialized';
  t.holdsSlot = false;
}

/** End of the insert phase without failure. */
export function endInsert(t: MTable): void {
  if ((t.grbit & JET_bitTTUpdatable) !== 0) {
    materialize(t);
    return;
  }
  t.sorted = sortOutput(t);
  t.pending = [];
  t.phase = 'retrieve';
}

export function isLive(t: MTable, row: TRow): boolean {
  return t.rows.includes(row);
}

export function addRow(t: MTable, row: TRow): void {
  let i = t.rows.length;
  while (i > 0 && t.rows[i - 1].order > row.order) i -= 1;
  t.rows.splice(i, 0, row);
}

export function removeRow(t: MTable, row: TRow): void {
  t.rows = t.rows.filter((r) => r !== row);
}

/** A new row for a materialized table, or 'duplicate' when its unique key is taken. */
export function newRow(t: MTable, k: number, d: number | null): TRow | 'duplicate' {
  if (t.indexed) {
    if (t.rows.some((r) => r.k === k)) return 'duplicate';
    return { k, d, order: k };
  }
  const row: TRow = { k, d, order: t.nextDbk };
  t.nextDbk += 1;
  return row;
}

/** Check a retrieved value against the candidates and pin the surviving duplicate once seen. */
export function observeSortRow(r: SortRow, col: 'k' | 'd', value: number | null): void {
  if (col === 'k') {
    check(value === r.k, `sort row key ${String(value)}, expected ${r.k}`);
    return;
  }
  check(r.cands.includes(value), `sort row ${r.k} value ${String(value)}, expected one of ${JSON.stringify(r.cands)}`);
  if (r.pinnable) r.cands = [value];
}

export function observeRow(row: TRow, col: 'k' | 'd', value: number | null): void {
  if (col === 'k') {
    check(value === row.k, `row key ${String(value)}, expected ${String(row.k)}`);
    return;
  }
  if (row.dCands !== undefined) {
    check(row.dCands.includes(value), `row value ${String(value)}, expected one of ${JSON.stringify(row.dCands)}`);
    row.d = value;
    delete row.dCands;
    return;
  }
  check(value === row.d, `row ${String(row.k)} value ${String(value)}, expected ${String(row.d)}`);
}

/** The row a materialized cursor stands on for reading (resolving a deferred move-first), if any. */
export function currentRow(c: MCursor): TRow | 'deleted' | undefined {
  const t = c.table;
  if (c.pos.t === 'defer') {
    if (t.rows.length === 0) return undefined;
    c.pos = { t: 'on', row: t.rows[0] };
  }
  if (c.pos.t !== 'on') return undefined;
  return isLive(t, c.pos.row) ? c.pos.row : 'deleted';
}
