/**
 * A record's stored range: which of its table's columns the record itself answers for, and which it leaves to the
 * column's current default value.
 *
 * The engine's record holds its fixed columns up to its FidFixedLastInRec and its variable columns up to its
 * FidVarLastInRec; a column past that range reads as the column's default value *as the table defines it now*, or
 * NULL without one (fldext.cxx ErrRECIRetrieveFixedColumn / ErrRECIRetrieveVarColumn: `fid > FidFixedLastInRec`).
 * The range is set by the insert, whose copy buffer starts as the table's default record (fldmod.cxx
 * ErrIsamPrepareUpdate, JET_prepInsert: the fixed and variable part of the default record, so up to the last column
 * that has a default), and grows when a column past it is set, to NULL as well (fldmod.cxx ErrRECISetFixedColumn:
 * the record is extended to the column, the defaults in between are copied in from the default record). So a
 * column added with a default to a table that already holds records reads as that default in those records: the
 * schema upgrade of a client that adds a counter or a flag column.
 *
 * Tagged columns have no such range in the engine: a tagged column the record does not hold reads as its default
 * (tagfld.cxx TAGFIELDS::ErrRetrieveColumn). esemu copies the tagged defaults into a new record at the insert
 * (docs/differences.md), so its tagged range is the last tagged column that had a default then: a tagged column
 * past it is one added (or given a default) since, and reads as its default.
 *
 * The three bounds are held in one number, `covers`, kept with the stored record (PackedRecord.covers):
 * bits 0-6 the last fixed FID (0: none), bits 7-14 the last variable FID less 127 (0: none), bits 15-30 the last
 * tagged FID less 255 (0: none). Each column keeps its class's bits and its own FID in them (coverPart), so that
 * telling whether a record answers for it, or extending a record to it, is a mask and a comparison. COVERS_ALL is a record whose range is not tracked: it answers for every column.
 * Template columns (the template bit) are left out: a derived table's records always answer for them.
 */
import type { RecordValues } from '../storage/tableImage';
import { fidOf, isTemplateColumnid } from './template';

/** A record that answers for every column (no range tracked). */
export const COVERS_ALL = -1;
/** A record that holds no column at all. */
export const COVERS_NONE = 0;

/** Where a column's class keeps its bound in `covers`, and the bound that takes the column in. */
export interface CoverPart {
  /** The bits of the column's class (0 for a template column: always answered for). */
  readonly mask: number;
  /** The column's own FID in those bits: a record answers for it when its bits hold at least this. */
  readonly value: number;
}

const FIXED_MASK = 0x7f;
const VAR_MASK = 0xff << 7;
const TAGGED_MASK = 0xffff << 15;

/** The CoverPart of a column id (TableColumn keeps its own: coverMask, coverValue). */
export function coverPart(columnid: number): CoverPart {
  if (isTemplateColumnid(columnid)) return { mask: 0, value: 0 };
  const fid = fidOf(columnid);
  if (fid <= 127) return { mask: FIXED_MASK, value: fid };
  if (fid <= 255) return { mask: VAR_MASK, value: (fid - 127) << 7 };
  return { mask: TAGGED_MASK, value: (fid - 255) * (1 << 15) };
}

/**
 * The last fixed FID (0: none) and the last variable FID (127: none) a record's stored range reaches, the engine's
 * FidFixedLastInRec / FidVarLastInRec; null for a record whose range is not tracked (COVERS_ALL).
 */
export function lastStored(covers: number): { fixed: number; variable: number } | null {
  if (covers === COVERS_ALL) return null;
  return { fixed: bits(covers, FIXED_MASK), variable: (bits(covers, VAR_MASK) >>> 7) + 127 };
}

/** What recordCovers needs of a column: TableColumn has it. */
export interface CoveredColumn {
  readonly columnid: number;
  readonly defaultValue: Uint8Array | null;
  readonly coverMask: number;
  readonly coverValue: number;
}

/** The bits of `covers` under `mask`, as a non-negative number (the tagged bits reach bit 30). */
function bits(covers: number, mask: number): number {
  return (covers & mask) >>> 0;
}

/** Does a record with these covers answer for the column (hold its value, or its NULL)? */
export function answersFor(covers: number, col: CoveredColumn): boolean {
  return covers === COVERS_ALL || bits(covers, col.coverMask) >= col.coverValue;
}

/** answersFor, by column id (the slow paths that have no TableColumn at hand). */
export function answersForId(covers: number, columnid: number): boolean {
  const part = coverPart(columnid);
  return covers === COVERS_ALL || bits(covers, part.mask) >= part.value;
}

/** Covers raised so that the record answers for the column too (the other classes unchanged). */
export function coverColumn(covers: number, col: CoveredColumn): number {
  if (answersFor(covers, col)) return covers;
  return covers - bits(covers, col.coverMask) + col.coverValue;
}

/** Does every column in `needed` (covers of the last column of each class that has a default) fall in `covers`? */
export function coversAll(covers: number, needed: number): boolean {
  if (covers === COVERS_ALL || covers === needed) return true;
  return bits(covers, FIXED_MASK) >= bits(needed, FIXED_MASK) && bits(covers, VAR_MASK) >= bits(needed, VAR_MASK)
    && bits(covers, TAGGED_MASK) >= bits(needed, TAGGED_MASK);
}

/** What a table's columns ask of its records' covers (part of the table's ColumnShape). */
export interface DefaultsShape {
  /** The table's own columns that have a default value, in column id order. */
  readonly defaulted: readonly CoveredColumn[];
  /** The covers of the last column of each class in `defaulted`: a record covering it needs no default filled in. */
  readonly needed: number;
}

/** The DefaultsShape of a table's columns. */
export function defaultsShape(columns: readonly CoveredColumn[]): DefaultsShape {
  const defaulted = columns.filter((c) => c.defaultValue !== null && c.coverMask !== 0);
  let needed = COVERS_NONE;
  for (const c of defaulted) needed = coverColumn(needed, c);
  return { defaulted, needed };
}

/**
 * A record's values as its readers see them: the stored values, and the current default of each column the record
 * does not answer for (see the top of this file). The stored values themselves when there is none to add: a table
 * whose records all answer for its defaulted columns pays one comparison.
 */
export function withDefaults(shape: DefaultsShape, values: RecordValues, covers: number): RecordValues {
  if (coversAll(covers, shape.needed)) return values;
  let full: Map<number, readonly Uint8Array[]> | null = null;
  for (const col of shape.defaulted) {
    if (answersFor(covers, col) || values.has(col.columnid)) continue;
    full ??= new Map(values);
    full.set(col.columnid, [col.defaultValue as Uint8Array]);
  }
  return full ?? values;
}
