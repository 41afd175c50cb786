import type { TableDef } from '../catalog/tableDef';
import type { Session } from '../engine/session';
import type { TempTable } from '../engine/tempTable';
import type { TableView } from '../engine/tableData';
import { PackedRecord } from '../storage/record';
import type { Row } from '../storage/rows';
import type { RecordValues } from '../storage/tableImage';
import { columnValueText } from './columnText';

/**
 * Bounded previews of rows for the state dump (`emulator.dump({ rows })`): the first rows of a sort or temp table,
 * the first committed records of a table, the records a session changed and has not committed. Values are short
 * text by column type (columnText.ts); a NULL column is left out.
 */

/** One row or record: its bookmark (storage key) in hex, and its values by column (name, or id for a sort). */
export interface RowPreview {
  bookmark: string;
  values: Record<string, string>;
}

/** A record a session changed in its open transaction, as that session sees it now. */
export interface ChangePreview extends RowPreview {
  /** inserted: not in the session's snapshot; replaced: in it and still there; deleted: in it and gone (values as they were). */
  change: 'inserted' | 'replaced' | 'deleted';
}

const hex = (s: string): string => {
  let out = '';
  for (let i = 0; i < s.length; i++) out += s.charCodeAt(i).toString(16).padStart(2, '0');
  return out;
};

/** The first `n` rows of a sort or temp table: in key order once sorted, in insertion order while still collecting. */
export function tempRows(t: TempTable, n: number): RowPreview[] {
  const rows: Row[] = [];
  if (t.phase === 'insert') {
    for (let i = 0; rows.length < n; i++) {
      const r = t.pending.added(i);
      if (r === undefined) break;
      rows.push(r);
    }
  } else if (t.store !== null) {
    for (let r = t.store.first(); r !== undefined && rows.length < n; r = t.store.next(r.key, r)) rows.push(r);
  }
  return rows.map((r) => {
    const rec = new PackedRecord(r.rec, r.at, t.columns.length);
    const values: Record<string, string> = {};
    for (const c of t.columns) {
      const len = rec.lengthOf(c.index);
      if (len < 0) continue;
      const start = rec.startOf(c.index);
      values[String(c.columnid)] = columnValueText(c.coltyp, c.cp, rec.bytes.subarray(start, start + len));
    }
    return { bookmark: hex(r.key), values };
  });
}

function recordValues(table: TableDef, rec: RecordValues): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [columnid, list] of rec) {
    const col = table.byId.get(columnid);
    const text = list.map((b) => (col === undefined ? columnValueText(-1, 0, b) : columnValueText(col.coltyp, col.cp, b)));
    values[col?.name ?? `#${columnid}`] = text.length === 1 ? text[0] : `[${text.join(', ')}]`;
  }
  return values;
}

/** The first `n` committed records of a table, in bookmark (primary key) order. */
export function tableRecords(table: TableDef, n: number): RowPreview[] {
  const out: RowPreview[] = [];
  const records = table.store.committed.records;
  for (let key = records.minKey(); key !== undefined && out.length < n;) {
    const rec = records.get(key);
    if (rec !== undefined) out.push({ bookmark: hex(key), values: recordValues(table, rec) });
    key = records.nextHigherPair(key)?.[0];
  }
  return out;
}

/** The first `n` records a session changed in a table (in the order of their first change), as it sees them now. */
export function sessionChanges(ses: Session, view: TableView, n: number): ChangePreview[] {
  if (ses.level === 0) return [];
  const seen = new Set<string>();
  view.ops.some((bm) => seen.add(bm).size >= n);
  const now = (view.work ?? view.base).records;
  const out: ChangePreview[] = [];
  for (const bm of seen) {
    const was = view.base.records.get(bm);
    const is = now.get(bm);
    const rec = is ?? was;
    // A record inserted and deleted again in the transaction is no change at all.
    if (rec === undefined) continue;
    const change = is === undefined ? 'deleted' : was === undefined ? 'inserted' : 'replaced';
    out.push({ bookmark: hex(bm), change, values: recordValues(view.table, rec) });
  }
  return out;
}
