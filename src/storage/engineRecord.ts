/**
 * The bytes esent.dll's record format (rec.hxx REC) gives a row, for the one place where they are visible: a sort
 * orders rows whose keys tie by their record bytes, and of duplicate keys keeps the row whose bytes come first
 * (sort.cxx; see sortTieOrder.ts). esemu stores rows in its own packed form (record.ts); this builds the engine's
 * image of one, as JetSetColumn would have built it in the copy buffer of a new record (temp tables have no default
 * record: fldmod.cxx ErrIsamPrepareUpdate starts from REC::SetMinimumRecord).
 *
 * The layout:
 * - a 4-byte header: the last fixed column id the record holds (0: none), the last variable one (127: none), and
 *   the offset where the fixed part ends (little-endian 16 bits);
 * - the fixed columns up to the last one held, each at its place (sortapi.cxx ErrSORTTableOpen: in column order
 *   from offset 4, each as wide as its type, cat.cxx UlCATColumnSize), then one NULL bit per fixed column (rec.hxx
 *   FixedNullBit: 1 is NULL; the unused bits of the last byte are 1, fldmod.cxx fills new bitmap bytes with 0xff).
 *   A NULL fixed column the record was widened over holds '*' bytes (daedef.hxx chRECFill);
 * - one 16-bit end offset per variable column up to the last one held, relative to the variable data, its top bit
 *   set for NULL (rec.hxx SetVarNullBit), then the variable data;
 * - the tagged columns that hold a value (tagfld.cxx TAGFIELDS::InsertTagfld): a 4-byte entry per column in
 *   column-id order (the id, then the offset of its data from the start of the tagged area), then their data in
 *   the same order. On pages up to 8 KB a long value's data starts with a header byte (TAGFLD_HEADER fLongValue,
 *   0x01) and its entry's offset carries fExtendedInfo (0x4000); on larger pages every value has a header byte
 *   and no entry carries the flag (tagfld.hxx).
 */
import type { FieldSource } from './record';

/** What the record format needs of a column. */
export interface RecordColumn {
  /** Its place among the row's values. */
  readonly index: number;
  /** Fixed 1-127, variable 128-255, tagged 256 and up. */
  readonly columnid: number;
  /** A fixed-size type's size, else 0. */
  readonly fixedSize: number;
  /** A Binary / Text column's size (cat.cxx UlCATColumnSize: cbMax, 255 when 0 or above): a fixed one's width. */
  readonly maxLength: number;
  readonly isLong: boolean;
}

const HEADER = 4;
const VAR_LEAST = 128;
const TAGGED_LEAST = 256;
/** daedef.hxx chRECFill: what fills a fixed column the record was widened over. */
const FILL = 0x2a;
const VAR_NULL = 0x8000;
const EXTENDED_INFO = 0x4000;
const LONG_VALUE_HEADER = 0x01;

/** The bytes a fixed column takes in the record (sortapi.cxx ErrSORTTableOpen: cbMaxLen). */
function fixedWidth(col: RecordColumn): number {
  return col.fixedSize !== 0 ? col.fixedSize : col.maxLength;
}

export class RecordImage {
  private readonly fixed: RecordColumn[];
  private readonly variable: RecordColumn[];
  private readonly tagged: RecordColumn[];
  /** Where each fixed column starts (by position in `fixed`), and where the last one ends. */
  private readonly offsets: number[];

  /** How many values a row has. */
  readonly count: number;

  /** @param smallPage database pages of 8 KB or less (tagfld.hxx: the tagged format depends on it) */
  constructor(columns: readonly RecordColumn[], private readonly smallPage: boolean) {
    this.count = columns.length;
    const byId = [...columns].sort((a, b) => a.columnid - b.columnid);
    this.fixed = byId.filter((c) => c.columnid < VAR_LEAST);
    this.variable = byId.filter((c) => c.columnid >= VAR_LEAST && c.columnid < TAGGED_LEAST);
    this.tagged = byId.filter((c) => c.columnid >= TAGGED_LEAST);
    this.offsets = [HEADER];
    for (const col of this.fixed) this.offsets.push(this.offsets[this.offsets.length - 1] + fixedWidth(col));
  }

  /**
   * The record bytes of a row: its values, how far its record reaches (CopyBuffer.reach), and what its NULL fixed
   * columns that had a value still hold (CopyBuffer.stale).
   */
  bytes(src: FieldSource, reach: number, stale?: ReadonlyMap<number, Uint8Array>): Uint8Array {
    const fixedLast = reach & 0xff;
    const varLast = reach >>> 8;
    const fixedCount = fixedLast;
    const varCount = varLast - (VAR_LEAST - 1);
    const bitmap = (fixedCount + 7) >> 3;
    const endFixed = this.offsets[fixedCount] + bitmap;
    let varBytes = 0;
    for (let v = 0; v < varCount; v++) varBytes += Math.max(src.lengthOf(this.variable[v].index), 0);
    let held = 0;
    let taggedBytes = 0;
    for (const c of this.tagged) {
      const len = src.lengthOf(c.index);
      if (len < 0) continue;
      held += 1;
      taggedBytes += 4 + this.headerOf(c) + len;
    }
    const out = new Uint8Array(endFixed + 2 * varCount + varBytes + taggedBytes);
    out[0] = fixedLast;
    out[1] = varLast;
    out[2] = endFixed & 0xff;
    out[3] = endFixed >>> 8;
    // Fixed columns and their NULL bits.
    const bits = this.offsets[fixedCount];
    out.fill(0xff, bits, endFixed);
    for (let f = 0; f < fixedCount; f++) {
      const col = this.fixed[f];
      const at = this.offsets[f];
      const width = this.offsets[f + 1] - at;
      const len = src.lengthOf(col.index);
      const old = len > 0 ? undefined : stale?.get(col.index);
      if (len <= 0 && old === undefined) {
        out.fill(FILL, at, at + width);
        continue;
      }
      if (len > 0) out[bits + (f >> 3)] &= ~(1 << (f & 7));
      const n = Math.min(old === undefined ? len : old.length, width);
      // The value is already as the record keeps it (a Bit 0x00 / 0xFF, a Binary / Text padded: coltyp.ts storedValue).
      if (old === undefined) copy(src.bytes, src.startOf(col.index), out, at, n);
      else copy(old, 0, out, at, n);
    }
    // Variable columns: the offsets, then the data.
    let at = endFixed + 2 * varCount;
    let end = 0;
    for (let v = 0; v < varCount; v++) {
      const col = this.variable[v];
      const len = src.lengthOf(col.index);
      if (len > 0) {
        copy(src.bytes, src.startOf(col.index), out, at, len);
        at += len;
        end += len;
      }
      const entry = len < 0 ? end | VAR_NULL : end;
      out[endFixed + 2 * v] = entry & 0xff;
      out[endFixed + 2 * v + 1] = entry >>> 8;
    }
    // Tagged columns: the entries, then the data.
    const area = at;
    let ib = 4 * held;
    let entry = area;
    for (const col of this.tagged) {
      const len = src.lengthOf(col.index);
      if (len < 0) continue;
      const header = this.headerOf(col);
      const flags = this.smallPage && header !== 0 ? EXTENDED_INFO : 0;
      out[entry] = col.columnid & 0xff;
      out[entry + 1] = col.columnid >>> 8;
      out[entry + 2] = (ib | flags) & 0xff;
      out[entry + 3] = (ib | flags) >>> 8;
      entry += 4;
      if (header !== 0) out[area + ib] = col.isLong ? LONG_VALUE_HEADER : 0;
      if (len > 0) copy(src.bytes, src.startOf(col.index), out, area + ib + header, len);
      ib += header + len;
    }
    return out;
  }

  /** The header byte a tagged value has: always on large pages, only a long value's on small ones. */
  private headerOf(col: RecordColumn): number {
    return !this.smallPage || col.isLong ? 1 : 0;
  }
}

/** Copy `n` bytes (values are mostly a few bytes: a loop costs less than a view for set()). */
function copy(from: Uint8Array, start: number, to: Uint8Array, at: number, n: number): void {
  for (let i = 0; i < n; i++) to[at + i] = from[start + i];
}
