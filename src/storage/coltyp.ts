import * as C from '../constants/constants';

/** Column types (JET_coltyp*). */
export const COLTYP = {
  Bit: C.JET_coltypBit, UnsignedByte: C.JET_coltypUnsignedByte, Short: C.JET_coltypShort, Long: C.JET_coltypLong,
  Currency: C.JET_coltypCurrency, IEEESingle: C.JET_coltypIEEESingle, IEEEDouble: C.JET_coltypIEEEDouble,
  DateTime: C.JET_coltypDateTime, Binary: C.JET_coltypBinary, Text: C.JET_coltypText, LongBinary: C.JET_coltypLongBinary,
  LongText: C.JET_coltypLongText, UnsignedLong: C.JET_coltypUnsignedLong, LongLong: C.JET_coltypLongLong,
  GUID: C.JET_coltypGUID, UnsignedShort: C.JET_coltypUnsignedShort, UnsignedLongLong: C.JET_coltypUnsignedLongLong,
} as const;

/** Byte size of each fixed-size type (the others are variable: text, binary and long values). */
export const FIXED_SIZE: Readonly<Record<number, number>> = {
  [COLTYP.Bit]: 1, [COLTYP.UnsignedByte]: 1, [COLTYP.Short]: 2, [COLTYP.Long]: 4, [COLTYP.Currency]: 8,
  [COLTYP.IEEESingle]: 4, [COLTYP.IEEEDouble]: 8, [COLTYP.DateTime]: 8, [COLTYP.UnsignedLong]: 4,
  [COLTYP.LongLong]: 8, [COLTYP.GUID]: 16, [COLTYP.UnsignedShort]: 2, [COLTYP.UnsignedLongLong]: 8,
};

/** What key normalization needs to know of a column (the catalog's Column has all of it). */
export interface KeyColumn {
  readonly coltyp: number;
  /** Code page of a text column (1200 Unicode, 1252 ASCII). */
  readonly cp: number;
  /** Byte size of a fixed-size type, 0 for variable and long ones. */
  readonly fixedSize: number;
  readonly isText: boolean;
  /** A descending key segment. */
  readonly descending: boolean;
  /**
   * The size of a Binary / Text column of a table's fixed class (JET_bitColumnFixed), whose values are padded to it
   * (fldmod.cxx ErrRECISetFixedColumn); 0 for any other column. A key's segment of such a column must have that
   * size (a Text one may be shorter: it is padded with spaces), and a Binary one is keyed as its bytes, not in
   * chunks (fldnorm.cxx FLDNormalizeBinarySegment, fFixedField).
   */
  readonly padTo?: number;
}

/** The byte that fills a fixed Text column's value (and a key segment of it) up to its size: a space (daedef.hxx). */
const FIXED_FILL = 0x20;

/**
 * A value as a record keeps it (fldmod.cxx ErrRECISetFixedColumn): a Bit column of the fixed class as 0x00 for a zero
 * byte and 0xFF for any other (a tagged Bit keeps the byte given: tagfld.cxx copies it as it is), a fixed Binary /
 * Text column's value padded to its size (`padTo`, padFixed); any other value as given.
 */
export function storedValue(value: Uint8Array, col: { readonly coltyp: number; readonly cp: number; readonly padTo?: number }, fixedClass: boolean): Uint8Array {
  if (fixedClass && col.coltyp === COLTYP.Bit) return Uint8Array.of(value[0] === 0 ? 0x00 : 0xff);
  const padTo = col.padTo ?? 0;
  return padTo === 0 ? value : padFixed(value, padTo, col.coltyp, col.cp);
}

/**
 * A value of a fixed Binary / Text column padded to the column's size `size` (rec.hxx RECTextColumnPadding): Binary
 * with zero bytes, Text with spaces (in UTF-16 little-endian for code page 1200, filled by byte position).
 */
export function padFixed(value: Uint8Array, size: number, coltyp: number, cp: number): Uint8Array {
  if (value.length >= size) return value;
  const out = new Uint8Array(size);
  out.set(value);
  if (coltyp === COLTYP.Text) {
    for (let i = value.length; i < size; i++) out[i] = cp === 1200 && i % 2 === 1 ? 0 : FIXED_FILL;
  }
  return out;
}
