/**
 * The copy buffer of a prepared update on a table (the engine's FUCB dataWorkBuf): the values an insert starts from
 * (the default record and the autoincrement value), the copy a replace starts from, and the record's stored range
 * (catalog/recordCovers.ts) that a set extends.
 */
import { COLUMN, TableColumn } from '../catalog/tableColumn';
import type { TableDef } from '../catalog/tableDef';
import { answersFor, coverColumn } from '../catalog/recordCovers';
import type { RecordValues } from '../storage/tableImage';

export function copyValues(values: RecordValues): Map<number, Uint8Array[]> {
  const copy = new Map<number, Uint8Array[]>();
  for (const [id, list] of values) copy.set(id, [...list]);
  return copy;
}

export function int32(n: number, bytes: number): Uint8Array {
  const b = new Uint8Array(bytes);
  const view = new DataView(b.buffer);
  if (bytes === 8) view.setBigInt64(0, BigInt(n), true);
  else view.setInt32(0, n, true);
  return b;
}

/** Values of a new record: the columns' defaults, and the next autoincrement value (not given back on rollback). */
export function newRecord(table: TableDef, autoInc: boolean): Map<number, Uint8Array[]> {
  const values = new Map<number, Uint8Array[]>();
  for (const col of table.shape().initial) {
    if (col.defaultValue !== null) values.set(col.columnid, [col.defaultValue]);
    if (autoInc && col.has(COLUMN.Autoincrement)) values.set(col.columnid, [int32(table.autoIncNext++, col.fixedSize)]);
  }
  return values;
}

/**
 * A record being built extended to answer for `column` (fldmod.cxx ErrRECISetFixedColumn, and the same for
 * variable columns): the columns of its class between the old end and it take their current default, as the
 * engine copies them in from the default record; the column itself then takes what is set. Returns the new covers.
 */
export function extendCovers(table: TableDef, values: Map<number, Uint8Array[]>, covers: number, column: TableColumn): number {
  if (answersFor(covers, column)) return covers;
  const wider = coverColumn(covers, column);
  for (const col of table.shape().defaults.defaulted) {
    if (col !== column && !answersFor(covers, col) && answersFor(wider, col) && !values.has(col.columnid)) {
      values.set(col.columnid, [col.defaultValue as Uint8Array]);
    }
  }
  return wider;
}
