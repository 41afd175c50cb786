import type { TableDef } from '../catalog/tableDef';
import { COVERS_ALL, withDefaults } from '../catalog/recordCovers';
import { PackedRecord } from '../storage/packedRecord';
import type { RecordValues } from '../storage/tableImage';

/**
 * A stored record's values as its readers and its index keys see them: with the current default of each column the
 * record does not answer for (src/catalog/recordCovers.ts; a column added with a default after the record was
 * written). The record itself when there is none.
 */
export function fullRecord(table: TableDef, values: RecordValues): RecordValues {
  return values instanceof PackedRecord ? withDefaults(table.shape().defaults, values, values.covers) : values;
}

/** The range of a stored record (a record held as a plain map answers for every column). */
export function coversOfRecord(values: RecordValues): number {
  return values instanceof PackedRecord ? values.covers : COVERS_ALL;
}
