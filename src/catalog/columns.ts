import {
  JET_errColumnNotFound, JET_errInvalidBufferSize, JET_errInvalidCodePage, JET_errInvalidColumnType,
  JET_errColumnTooBig, JET_errTooManyColumns,
} from '../constants/errors';
import * as C from '../constants/constants';
import { COLTYP, FIXED_SIZE, storedValue } from '../storage/coltyp';
import type { KeyColumn } from '../storage/coltyp';
import { fail } from '../storage/failure';

export { COLTYP } from '../storage/coltyp';

/** Longest value a non-long Binary / Text column holds. */
export const MAX_SHORT_COLUMN = 255;
const CP_UNICODE = 1200;
const CP_ASCII = 1252;
const COLUMN_TT_KEY = 0x40;
const COLUMN_TT_DESCENDING = 0x80;
const COLUMN_TAGGED = 0x2;
const COLUMN_FIXED = 0x1;

/** What a caller describes (JET_COLUMNDEF). */
export interface ColumnSpec {
  coltyp: number;
  cp: number;
  cbMax: number;
  grbit: number;
}

export class Column implements KeyColumn {
  /** Key segment position, or -1 when the column is not part of the key. */
  keySegment = -1;
  constructor(
    readonly columnid: number,
    readonly index: number,
    readonly coltyp: number,
    readonly cp: number,
    readonly cbMax: number,
    readonly grbit: number,
  ) {
    this.fixedSize = FIXED_SIZE[coltyp] ?? 0;
    this.isLong = coltyp === COLTYP.LongBinary || coltyp === COLTYP.LongText;
    // cat.cxx UlCATColumnSize: a Binary / Text column holds at most cbMax bytes, 255 when cbMax is 0 or larger.
    this.maxLength = this.fixedSize !== 0 || this.isLong ? 0 : cbMax === 0 || cbMax > MAX_SHORT_COLUMN ? MAX_SHORT_COLUMN : cbMax;
    this.variable = columnid > FIXED_MOST && columnid <= VAR_MOST;
    this.padTo = columnid <= FIXED_MOST && this.fixedSize === 0 ? this.maxLength : 0;
    this.isText = coltyp === COLTYP.Text || coltyp === COLTYP.LongText;
    this.isKey = (grbit & COLUMN_TT_KEY) !== 0;
    this.descending = (grbit & COLUMN_TT_DESCENDING) !== 0;
  }

  /** Byte size of a fixed-size type, 0 for variable and long ones. */
  readonly fixedSize: number;
  readonly isLong: boolean;
  /** The most bytes a Binary / Text column holds (cbMax, 255 when 0 or above); 0 for other types. */
  readonly maxLength: number;
  /** A column of the variable class (ids 128-255): a longer value is cut to maxLength with a warning. */
  readonly variable: boolean;
  /**
   * A Binary / Text column of the fixed class (JET_bitColumnFixed): its values are padded to maxLength (coltyp.ts
   * padFixed) and keyed as fixed (KeyColumn.padTo); 0 for any other column.
   */
  readonly padTo: number;
  readonly isText: boolean;
  /** A key column of a temp table (JET_bitColumnTTKey). */
  readonly isKey: boolean;
  /** A descending key segment (JET_bitColumnTTDescending). */
  readonly descending: boolean;

  /** A value as the record keeps it (coltyp.ts storedValue: a fixed Bit as 0x00 / 0xFF, a fixed Binary / Text padded). */
  stored(value: Uint8Array): Uint8Array {
    return storedValue(value, this, this.columnid <= FIXED_MOST);
  }

  /**
   * Check the length of a value about to be set (-1: NULL): a fixed-size type takes exactly its size, a fixed Binary /
   * Text column at most its size (fldmod.cxx ErrRECISetFixedColumn: InvalidBufferSize), a tagged one at most
   * maxLength (ErrRECISetTaggedColumn: ColumnTooBig). A variable column's longer value is cut by the caller.
   */
  checkLength(len: number): void {
    if (len < 0) return;
    const fixed = this.fixedSize;
    if (fixed !== 0) {
      if (len !== fixed) fail(JET_errInvalidBufferSize);
      return;
    }
    if (this.padTo !== 0) {
      if (len > this.padTo) fail(JET_errInvalidBufferSize);
      return;
    }
    if (!this.isLong && !this.variable && len > this.maxLength) fail(JET_errColumnTooBig);
  }
}

/** Column id ranges (daedef.hxx FID): fixed 1-127, variable 128-255, tagged 256-JET_ccolMost. */
const FIXED_MOST = 127;
const VAR_MOST = 255;
const TAGGED_MOST = C.JET_ccolMost;
/** The most columns a table can have: every id of the three classes. */
export const MAX_COLUMNS = FIXED_MOST + (VAR_MOST - FIXED_MOST) + (TAGGED_MOST - VAR_MOST);

function isKnownType(coltyp: number): boolean {
  return FIXED_SIZE[coltyp] !== undefined || coltyp === COLTYP.Binary || coltyp === COLTYP.Text
    || coltyp === COLTYP.LongBinary || coltyp === COLTYP.LongText;
}

/**
 * Build the columns of a table from caller specs as sortapi.cxx does: a first
 * pass gives the column ids (tagged for long values and JET_bitColumnTagged,
 * fixed for fixed-size types and JET_bitColumnFixed, variable otherwise),
 * answering JET_errTooManyColumns when a class runs out; a second pass checks
 * each column's type and code page.
 */
export function buildColumns(specs: readonly ColumnSpec[]): Column[] {
  let fixed = 0;
  let variable = FIXED_MOST;
  let tagged = VAR_MOST;
  const ids = specs.map((spec) => {
    const long = spec.coltyp === COLTYP.LongBinary || spec.coltyp === COLTYP.LongText;
    if (long || (spec.grbit & COLUMN_TAGGED) !== 0) {
      if (tagged >= TAGGED_MOST) fail(JET_errTooManyColumns);
      return ++tagged;
    }
    if (FIXED_SIZE[spec.coltyp] !== undefined || (spec.grbit & COLUMN_FIXED) !== 0) {
      if (fixed >= FIXED_MOST) fail(JET_errTooManyColumns);
      return ++fixed;
    }
    if (variable >= VAR_MOST) fail(JET_errTooManyColumns);
    return ++variable;
  });
  return specs.map((spec, index) => {
    if (!isKnownType(spec.coltyp)) fail(JET_errInvalidColumnType);
    const text = spec.coltyp === COLTYP.Text || spec.coltyp === COLTYP.LongText;
    if (text && spec.cp !== 0 && spec.cp !== CP_UNICODE && spec.cp !== CP_ASCII) fail(JET_errInvalidCodePage);
    const cp = text ? (spec.cp === 0 ? CP_ASCII : spec.cp) : 0;
    return new Column(ids[index], index, spec.coltyp, cp, spec.cbMax, spec.grbit);
  });
}

/** Columns indexed by column id (ids are small: at most 256 plus the column count). */
export type ColumnsById = readonly (Column | undefined)[];

export function columnsById(columns: readonly Column[]): ColumnsById {
  const byId: (Column | undefined)[] = [];
  for (const c of columns) byId[c.columnid] = c;
  return byId;
}

/**
 * daedef.hxx FCOLUMNIDValid: of the high 16 bits only the template bit may be set, and the low 16 (the FID) must
 * be of a column class: 1 to JET_ccolMost (fixed up to 127, variable 128-255, tagged from 256). fldext.cxx
 * ErrRECIAccessColumn answers BadColumnId for any other id, before it looks for the column.
 */
export function columnidValid(columnid: number): boolean {
  const fid = columnid & 0xffff;
  return (columnid & 0x7fff0000) === 0 && fid !== 0 && fid <= C.JET_ccolMost;
}

export function findColumn(columns: ColumnsById, columnid: number): Column {
  const col = columnid >= 0 ? columns[columnid] : undefined;
  if (col === undefined) fail(JET_errColumnNotFound);
  return col;
}
