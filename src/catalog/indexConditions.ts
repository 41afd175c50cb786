import { JET_errColumnNotFound, JET_errIndexInvalidDef, JET_errInvalidGrbit } from '../constants/errors';
import * as C from '../constants/constants';
import { fail } from '../storage/failure';
import type { RecordValues } from '../storage/tableImage';
import type { TableColumn } from './tableColumn';

/** sizeof(JET_CONDITIONALCOLUMN) on x64: cbStruct, a pointer to the name, grbit, padded to 8. */
export const CONDITIONAL_COLUMN_SIZE = 24;

/** One JET_CONDITIONALCOLUMN as given (cbStruct undefined: left out). */
export interface ConditionalRequest {
  readonly cbStruct: number | undefined;
  readonly name: string;
  readonly grbit: number;
}

/** A condition of a conditional index: the record is in the index only when the column is NULL (or only when it is not). */
export interface IndexCondition {
  readonly column: TableColumn;
  readonly mustBeNull: boolean;
}

/**
 * The conditions of a new index, checked as fcreate.cxx does after the key
 * segments: more than JET_ccolKeyMost is IndexInvalidDef; each one's cbStruct
 * must be sizeof(JET_CONDITIONALCOLUMN) (IndexInvalidDef), its grbit exactly
 * JET_bitIndexColumnMustBeNull or ...MustBeNonNull (InvalidGrbit), its column
 * one of the table's (ColumnNotFound).
 */
export function conditionsOf(reqs: readonly ConditionalRequest[], column: (name: string) => TableColumn | undefined): IndexCondition[] {
  if (reqs.length > C.JET_ccolKeyMost) fail(JET_errIndexInvalidDef);
  return reqs.map((r) => {
    if (r.cbStruct !== undefined && r.cbStruct !== CONDITIONAL_COLUMN_SIZE) fail(JET_errIndexInvalidDef);
    if (r.grbit !== C.JET_bitIndexColumnMustBeNull && r.grbit !== C.JET_bitIndexColumnMustBeNonNull) fail(JET_errInvalidGrbit);
    const col = column(r.name);
    if (col === undefined) fail(JET_errColumnNotFound);
    return { column: col, mustBeNull: r.grbit === C.JET_bitIndexColumnMustBeNull };
  });
}

/**
 * Is a record in a conditional index (fldnorm.cxx: each condition reads the
 * column's first value; one that does not hold is wrnFLDNotPresentInIndex, and
 * the record has no entry at all)?
 */
export function meetsConditions(conditions: readonly IndexCondition[], values: RecordValues): boolean {
  for (const c of conditions) {
    const list = values.get(c.column.columnid);
    const isNull = list === undefined || list.length === 0;
    if (isNull !== c.mustBeNull) return false;
  }
  return true;
}
