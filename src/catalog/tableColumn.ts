import {
  JET_errCannotBeTagged, JET_errColumnCannotBeCompressed, JET_errColumnCannotBeEncrypted, JET_errColumnTooBig,
  JET_errExclusiveTableLockRequired, JET_errInvalidBufferSize, JET_errInvalidCodePage, JET_errInvalidColumnType,
  JET_errInvalidGrbit, JET_errInvalidParameter, JET_errMultiValuedColumnMustBeTagged,
  JET_wrnColumnMaxTruncated,
} from '../constants/errors';
import * as C from '../constants/constants';
import { COLTYP, FIXED_SIZE, storedValue } from '../storage/coltyp';
import { fail } from '../storage/failure';
import { columnClass } from './template';
import { coverPart } from './recordCovers';

const CP_UNICODE = 1200;
const CP_ASCII = 1252;

/** Column grbits (JET_bitColumn*). */
export const COLUMN = {
  Fixed: C.JET_bitColumnFixed, Tagged: C.JET_bitColumnTagged, NotNULL: C.JET_bitColumnNotNULL,
  Version: C.JET_bitColumnVersion, Autoincrement: C.JET_bitColumnAutoincrement, MultiValued: C.JET_bitColumnMultiValued,
  EscrowUpdate: C.JET_bitColumnEscrowUpdate, Unversioned: C.JET_bitColumnUnversioned, MaybeNull: C.JET_bitColumnMaybeNull,
  Finalize: C.JET_bitColumnFinalize, UserDefinedDefault: C.JET_bitColumnUserDefinedDefault,
  DeleteOnZero: C.JET_bitColumnDeleteOnZero, Variable: C.JET_bitColumnVariable, Compressed: C.JET_bitColumnCompressed,
} as const;

/** What a caller asks for (JET_COLUMNDEF / JET_COLUMNCREATE). */
export interface ColumnRequest {
  name: string;
  coltyp: number;
  cp: number;
  cbMax: number;
  grbit: number;
  defaultValue: Uint8Array | null;
}

/** A column of a regular table. */
export class TableColumn {
  readonly fixedSize: number;
  readonly isText: boolean;
  readonly isLong: boolean;
  /** A tagged column (its id is in the tagged class). */
  readonly tagged: boolean;
  /** A column of the fixed class: fixed-size types, and Binary / Text columns made with JET_bitColumnFixed. */
  readonly fixedClass: boolean;
  /** The size a fixed Binary / Text column's values are padded to (its cbMax), 0 for other columns (coltyp.ts padFixed). */
  readonly padTo: number;
  /** Always false: a descending segment is a property of an index segment, not of the column. */
  readonly descending = false;
  /** Where the column's class keeps its bound in a record's covers, and its own FID there (recordCovers.ts). */
  readonly coverMask: number;
  readonly coverValue: number;

  constructor(
    readonly name: string,
    readonly columnid: number,
    readonly coltyp: number,
    readonly cp: number,
    readonly cbMax: number,
    readonly grbit: number,
    readonly defaultValue: Uint8Array | null,
  ) {
    this.fixedSize = FIXED_SIZE[coltyp] ?? 0;
    this.isText = coltyp === COLTYP.Text || coltyp === COLTYP.LongText;
    this.isLong = coltyp === COLTYP.LongBinary || coltyp === COLTYP.LongText;
    this.tagged = columnClass(columnid) === 2;
    this.fixedClass = columnClass(columnid) === 0;
    this.padTo = this.fixedClass && (coltyp === COLTYP.Binary || coltyp === COLTYP.Text) ? cbMax : 0;
    const part = coverPart(columnid);
    this.coverMask = part.mask;
    this.coverValue = part.value;
  }

  /** A value as the record keeps it (coltyp.ts storedValue: a fixed Bit as 0x00 / 0xFF, a fixed Binary / Text padded). */
  stored(value: Uint8Array): Uint8Array {
    return storedValue(value, this, this.fixedClass);
  }

  /** Does stored() change a value (padding, or a Bit made 0x00 / 0xFF)? */
  get reshapes(): boolean {
    return this.padTo !== 0 || (this.fixedClass && this.coltyp === COLTYP.Bit);
  }

  /** The same column under another name (JetRenameColumn). */
  renamed(name: string): TableColumn {
    return new TableColumn(name, this.columnid, this.coltyp, this.cp, this.cbMax, this.grbit, this.defaultValue);
  }

  /** The same column with another default value (JetSetColumnDefaultValue). */
  withDefault(value: Uint8Array): TableColumn {
    return new TableColumn(this.name, this.columnid, this.coltyp, this.cp, this.cbMax, this.grbit, value);
  }

  /** The grbit JetGetTableColumnInfo reports: the column's own bits and its class (Fixed or Tagged). */
  get infoGrbit(): number {
    const cls = columnClass(this.columnid) === 0 ? COLUMN.Fixed : this.tagged ? COLUMN.Tagged : 0;
    return this.grbit | cls;
  }

  has(bit: number): boolean {
    return (this.grbit & bit) !== 0;
  }

  /** Check the length of a value about to be set. */
  checkLength(len: number): void {
    if (this.fixedSize !== 0) {
      if (len !== this.fixedSize) fail(JET_errInvalidBufferSize);
      return;
    }
    // fldmod.cxx ErrRECISetFixedColumn: a fixed Binary / Text value may be shorter than the column, not longer.
    if (this.padTo !== 0) {
      if (len > this.padTo) fail(JET_errInvalidBufferSize);
      return;
    }
    if (!this.isLong && len > (this.cbMax > 0 ? Math.min(this.cbMax, C.JET_cbColumnMost) : C.JET_cbColumnMost)) {
      fail(JET_errColumnTooBig);
    }
    if (this.isLong && this.cbMax > 0 && len > this.cbMax) fail(JET_errColumnTooBig);
  }
}

function knownType(coltyp: number): boolean {
  return FIXED_SIZE[coltyp] !== undefined || coltyp === COLTYP.Binary || coltyp === COLTYP.Text
    || coltyp === COLTYP.LongBinary || coltyp === COLTYP.LongText;
}

/** The options a column with a user-defined default may not have (fcreate.cxx 1058-1075). */
const USER_DEFINED_DEFAULT_EXCLUDES = COLUMN.Fixed | COLUMN.NotNULL | COLUMN.Version | COLUMN.Autoincrement
  | C.JET_bitColumnUpdatable | COLUMN.EscrowUpdate | COLUMN.Finalize | COLUMN.DeleteOnZero | C.JET_bitColumnMaybeNull;
/** sizeof(JET_USERDEFINEDDEFAULT_A) on x64: three pointers and a ULONG, padded. */
const USER_DEFINED_DEFAULT_SIZE = 32;

/**
 * Validate a column request as fcreate.cxx ErrFILEIValidateAddColumn does for JetAddColumn and the columns of
 * JetCreateTableColumnIndex, in its order, and say which id class it takes. `exclusive`: the session holds the
 * table exclusively (FCB::FDomainDenyReadByUs; always so for the columns of a table being created, fcreate.cxx:1287).
 * Not modelled: the engine format version an escrow LongLong column needs (JET_efvEscrow64, fcreate.cxx:983-986).
 */
export function checkColumnRequest(req: ColumnRequest, exclusive = true): { cls: 'fixed' | 'variable' | 'tagged'; cp: number; cbMax: number; warning: number } {
  // fcreate.cxx ErrFILEIValidateAddColumn 900-903: a type the engine does not know.
  if (!knownType(req.coltyp)) fail(JET_errInvalidColumnType);
  const g = req.grbit;
  const text = req.coltyp === COLTYP.Text || req.coltyp === COLTYP.LongText;
  const long = req.coltyp === COLTYP.LongBinary || req.coltyp === COLTYP.LongText;
  const fixedType = FIXED_SIZE[req.coltyp] !== undefined;
  const hasDefault = req.defaultValue !== null && req.defaultValue.length > 0;
  // fcreate.cxx 907-919: a text column's code page (0 means 1252), checked before any grbit.
  if (text && req.cp !== 0 && req.cp !== CP_UNICODE && req.cp !== CP_ASCII) fail(JET_errInvalidCodePage);
  // fcreate.cxx 922-933: only a long value column may be compressed or encrypted, and an encrypted one is neither
  // multi-valued nor given a default.
  if ((g & C.JET_bitColumnCompressed) !== 0 && !long) fail(JET_errColumnCannotBeCompressed);
  if ((g & C.JET_bitColumnEncrypted) !== 0 && (!long || (g & COLUMN.MultiValued) !== 0 || hasDefault)) fail(JET_errColumnCannotBeEncrypted);
  // fcreate.cxx 937-945: a tagged or long value column cannot be Fixed; a MultiValued one must be tagged.
  if (((g & COLUMN.Tagged) !== 0 || long) && (g & COLUMN.Fixed) !== 0) fail(JET_errInvalidGrbit);
  else if ((g & COLUMN.MultiValued) !== 0 && !long && (g & COLUMN.Tagged) === 0) fail(JET_errMultiValuedColumnMustBeTagged);
  if ((g & COLUMN.EscrowUpdate) !== 0) {
    // fcreate.cxx 965-980: an escrow column is a Long or LongLong (else InvalidGrbit), not tagged (CannotBeTagged),
    // neither Version nor Autoincrement, has a default value (cbDefault > 0, 878; else InvalidGrbit), and needs the table exclusively.
    if (req.coltyp !== COLTYP.Long && req.coltyp !== COLTYP.LongLong) fail(JET_errInvalidGrbit);
    if ((g & COLUMN.Tagged) !== 0) fail(JET_errCannotBeTagged);
    if ((g & COLUMN.Version) !== 0) fail(JET_errInvalidGrbit);
    if ((g & COLUMN.Autoincrement) !== 0) fail(JET_errInvalidGrbit);
    if (!hasDefault) fail(JET_errInvalidGrbit);
    if (!exclusive) fail(JET_errExclusiveTableLockRequired);
    // fcreate.cxx 988-997: Finalize and DeleteOnZero together.
    if ((g & COLUMN.Finalize) !== 0 && (g & COLUMN.DeleteOnZero) !== 0) fail(JET_errInvalidGrbit);
  } else if ((g & (COLUMN.Finalize | COLUMN.DeleteOnZero)) !== 0) {
    // fcreate.cxx 1013-1016: Finalize / DeleteOnZero only on an escrow column.
    fail(JET_errInvalidGrbit);
  } else if ((g & (COLUMN.Version | COLUMN.Autoincrement)) !== 0) {
    // fcreate.cxx 1022-1031: an autoincrement column is a Long, LongLong, UnsignedLongLong or Currency, a version
    // column (without Autoincrement) a Long; else InvalidGrbit.
    if ((g & COLUMN.Autoincrement) !== 0) {
      const ok = req.coltyp === COLTYP.Long || req.coltyp === COLTYP.LongLong
        || req.coltyp === COLTYP.UnsignedLongLong || req.coltyp === COLTYP.Currency;
      if (!ok) fail(JET_errInvalidGrbit);
    } else if (req.coltyp !== COLTYP.Long) fail(JET_errInvalidGrbit);
    // fcreate.cxx 1033-1034: neither is tagged.
    if ((g & COLUMN.Tagged) !== 0) fail(JET_errCannotBeTagged);
    // fcreate.cxx 1036-1039: not both.
    if ((g & COLUMN.Version) !== 0 && (g & COLUMN.Autoincrement) !== 0) fail(JET_errInvalidGrbit);
    // fcreate.cxx 1051-1052: an autoincrement column needs the table exclusively.
    if ((g & COLUMN.Version) === 0 && !exclusive) fail(JET_errExclusiveTableLockRequired);
  }
  // fcreate.cxx 1056-1085: a default computed by a callback (JET_USERDEFINEDDEFAULT) goes only on a tagged or long
  // column with none of these options, and its default is that struct (x64: 32 bytes; esemu runs no callbacks).
  if ((g & C.JET_bitColumnUserDefinedDefault) !== 0) {
    if ((g & USER_DEFINED_DEFAULT_EXCLUDES) !== 0 || ((g & COLUMN.Tagged) === 0 && !long)) fail(JET_errInvalidGrbit);
    if ((req.defaultValue?.length ?? 0) !== USER_DEFINED_DEFAULT_SIZE) fail(JET_errInvalidParameter);
  }
  const cp = text ? (req.cp === 0 ? CP_ASCII : req.cp) : 0;
  // A Text / Binary column holds at most 255 bytes: 0 means that, more is cut to it with a warning (cat.cxx).
  let cbMax = req.cbMax;
  let warning = 0;
  if (!long && !fixedType) {
    if (cbMax === 0) cbMax = C.JET_cbColumnMost;
    else if (cbMax > C.JET_cbColumnMost) {
      cbMax = C.JET_cbColumnMost;
      warning = JET_wrnColumnMaxTruncated;
    }
  }
  if (long || (g & COLUMN.Tagged) !== 0) return { cls: 'tagged', cp, cbMax, warning };
  if (fixedType || (g & COLUMN.Fixed) !== 0) return { cls: 'fixed', cp, cbMax, warning };
  return { cls: 'variable', cp, cbMax, warning };
}
