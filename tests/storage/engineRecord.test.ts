/**
 * The engine's record bytes of a sort row (src/storage/engineRecord.ts) and the order of rows whose keys tie
 * (src/storage/tieOrder.ts), against bytes worked out by hand from the engine's record format:
 * - rec.hxx REC: a header of fidFixedLastInRec, fidVarLastInRec and ibEndOfFixedData (little-endian); the fixed
 *   columns from offset 4 (rec.cxx ibRECStartFixedColumns) each as wide as cat.cxx UlCATColumnSize says, then one NULL
 *   bit per fixed column (1 = NULL); one end offset per variable column (0x8000 = NULL), then the variable data;
 * - fldmod.cxx ErrRECISetFixedColumn: a record widened over a fixed column fills it with '*' (daedef.hxx chRECFill)
 *   and sets every new bitmap bit; a NULL set keeps the slot's bytes; a short fixed Binary
 *   value is padded with 0, a short fixed Text value with spaces (rec.hxx RECTextColumnPadding);
 * - tagfld.cxx TAGFIELDS::InsertTagfld / tagfld.hxx: per tagged value a 4-byte entry (column id, offset of its data
 *   from the start of the tagged area), entries then data in column-id order; on pages of 8 KB or less only a long
 *   value has a header byte (0x01, TAGFLD_HEADER fLongValue) and its entry's offset carries 0x4000 (fExtendedInfo);
 *   on larger pages every value has a header byte and no offset carries the flag;
 * - sort.cxx ISORTICmp2PspairPspair: key and record are compared as one byte string; CspairSORTIUnique keeps the
 *   first row of each run of equal keys.
 */
import { RecordImage, RecordColumn } from '../../src/storage/engineRecord';
import { CopyBuffer, NO_REACH, widen } from '../../src/storage/record';
import { settleTies } from '../../src/storage/tieOrder';

// esent.h JET_coltyp values.
const BIT = 1;
const SHORT = 3;
const LONG = 4;
const GUID = 16;
const BINARY = 9;
const TEXT = 10;
const LONG_BINARY = 11;

/** esent.h's sizes of the fixed-size types used here. */
const SIZE: Record<number, number> = { [BIT]: 1, [SHORT]: 2, [LONG]: 4, [GUID]: 16 };

/** A column of a type; a Binary / Text one `maxLength` bytes (its width when it is a fixed one). */
const col = (index: number, columnid: number, coltyp: number, maxLength = 0): RecordColumn => ({
  index, columnid, fixedSize: SIZE[coltyp] ?? 0, maxLength, isLong: coltyp === LONG_BINARY || coltyp === 12,
});

/** A copy buffer of `columns` with their ids, and the values set in the order given (null: NULL). */
function buffer(columns: readonly RecordColumn[], sets: Array<[number, number[] | null]>): CopyBuffer {
  const b = new CopyBuffer(columns.length, Int32Array.from(columns, (c) => c.columnid));
  for (const [i, v] of sets) b.write(i, Uint8Array.from(v ?? []), 0, v === null ? -1 : v.length);
  return b;
}

const hex = (bytes: Uint8Array) => Array.from(bytes, (x) => x.toString(16).padStart(2, '0')).join(' ');

function image(columns: readonly RecordColumn[], sets: Array<[number, number[] | null]>, smallPage = true): string {
  const b = buffer(columns, sets);
  return hex(new RecordImage(columns, smallPage).bytes(b, b.reach, b.stale ?? undefined));
}

describe('the engine record of a row', () => {
  const keyAndData = [col(0, 1, LONG), col(1, 2, LONG)];

  it('an empty record is the minimum record: no fixed column, no variable column, fixed part ending at 4', () => {
    expect(image(keyAndData, [])).toBe('00 7f 04 00');
  });

  it('fixed columns: the values little-endian at their offsets, then the NULL bitmap (unused bits set)', () => {
    expect(image(keyAndData, [[0, [1, 0, 0, 0]], [1, [0, 1, 0, 0]]])).toBe('02 7f 0d 00 01 00 00 00 00 01 00 00 fc');
    // Only the first column set: the record reaches fixed column 1 alone.
    expect(image(keyAndData, [[0, [1, 0, 0, 0]]])).toBe('01 7f 09 00 01 00 00 00 fe');
  });

  it('a fixed column the record was widened over is NULL and filled with *', () => {
    expect(image(keyAndData, [[1, [5, 0, 0, 0]]])).toBe('02 7f 0d 00 2a 2a 2a 2a 05 00 00 00 fd');
  });

  it('a NULL set widens the record too, and keeps the bytes of a value set before it', () => {
    expect(image(keyAndData, [[0, [1, 0, 0, 0]], [1, null]])).toBe('02 7f 0d 00 01 00 00 00 2a 2a 2a 2a fe');
    expect(image(keyAndData, [[0, [1, 0, 0, 0]], [1, [5, 0, 0, 0]], [1, null]])).toBe('02 7f 0d 00 01 00 00 00 05 00 00 00 fe');
    // A second NULL does not forget them; a new value replaces them.
    expect(image(keyAndData, [[1, [5, 0, 0, 0]], [1, null], [1, null]])).toBe('02 7f 0d 00 2a 2a 2a 2a 05 00 00 00 ff');
    expect(image(keyAndData, [[1, [5, 0, 0, 0]], [1, null], [1, [7, 0, 0, 0]]])).toBe('02 7f 0d 00 2a 2a 2a 2a 07 00 00 00 fd');
  });

  it('the widths follow the column types (a Bit value arrives as 00 or ff: the set made it so)', () => {
    const cols = [col(0, 1, BIT), col(1, 2, SHORT), col(2, 3, GUID)];
    const guid = Array.from({ length: 16 }, (_, i) => i);
    // 4 (header) + 1 + 2 + 16 + 1 (bitmap) = 24 = 0x18.
    expect(image(cols, [[0, [0xff]], [1, [2, 1]], [2, guid]])).toBe(`03 7f 18 00 ff 02 01 ${hex(Uint8Array.from(guid))} f8`);
    expect(image(cols, [[0, [0]]])).toBe('01 7f 06 00 00 fe');
  });

  it('a fixed Binary / Text column takes its size in the record, its values as the set padded them', () => {
    // Values arrive padded (coltyp.ts storedValue, tested in tempTable.test): Binary with zeros, Text with spaces.
    const cols = [col(0, 1, BINARY, 4), col(1, 2, TEXT, 4), col(2, 3, TEXT, 4)];
    expect(image(cols, [[0, [9, 0, 0, 0]], [1, [0x41, 0x20, 0x20, 0x20]], [2, [0x42, 0, 0x20, 0]]]))
      .toBe('03 7f 11 00 09 00 00 00 41 20 20 20 42 00 20 00 f8');
    // A NULL one still takes its size, in '*' filler: column 2 starts at 4 + 255, the fixed part ends at
    // 4 + 255 + 1 + 1 (bitmap) = 261 = 0x0105.
    const wide = [col(0, 1, BINARY, 255), col(1, 2, BIT)];
    const b = buffer(wide, [[1, [0xff]]]);
    const bytes = new RecordImage(wide, true).bytes(b, b.reach);
    expect(hex(bytes.subarray(0, 4))).toBe('02 7f 05 01');
    expect([bytes[4], bytes[258], bytes[259]]).toEqual([0x2a, 0x2a, 0xff]);
    expect(bytes.length).toBe(261);
  });

  it('columns given in any order are laid out by column id', () => {
    const cols = [col(0, 128, TEXT, 255), col(1, 2, LONG), col(2, 1, LONG)];
    expect(image(cols, [[0, [0x61]], [1, [2, 0, 0, 0]], [2, [1, 0, 0, 0]]])).toBe('02 80 0d 00 01 00 00 00 02 00 00 00 fc 01 00 61');
  });

  it('nine fixed columns take two bitmap bytes', () => {
    const cols = Array.from({ length: 9 }, (_, i) => col(i, i + 1, BIT));
    expect(image(cols, [[8, [0xff]]])).toBe(`09 7f 0f 00 ${'2a '.repeat(8)}ff ff fe`);
  });

  it('variable columns: end offsets (0x8000 for NULL), then the data; zero-length is not NULL', () => {
    const cols = [col(0, 1, LONG), col(1, 128, TEXT, 255), col(2, 129, TEXT, 255)];
    expect(image(cols, [[0, [1, 0, 0, 0]], [1, [0x61, 0x62]]])).toBe('01 80 09 00 01 00 00 00 fe 02 00 61 62');
    expect(image(cols, [[0, [1, 0, 0, 0]], [2, [0x78]]])).toBe('01 81 09 00 01 00 00 00 fe 00 80 01 00 78');
    expect(image(cols, [[0, [1, 0, 0, 0]], [1, []]])).toBe('01 80 09 00 01 00 00 00 fe 00 00');
    expect(image(cols, [[0, [1, 0, 0, 0]], [1, null]])).toBe('01 80 09 00 01 00 00 00 fe 00 80');
    // The order of the sets does not matter.
    expect(image(cols, [[2, [0x79]], [1, [0x78]], [0, [1, 0, 0, 0]]])).toBe('01 81 09 00 01 00 00 00 fe 01 00 02 00 78 79');
  });

  it('tagged columns on small pages: entries, then data; a long value has a header byte and the 0x4000 flag', () => {
    const cols = [col(0, 1, LONG), col(1, 256, LONG_BINARY), col(2, 257, BINARY, 255)];
    expect(image(cols, [[0, [1, 0, 0, 0]], [1, [0x41, 0x42]]])).toBe('01 7f 09 00 01 00 00 00 fe 00 01 04 40 01 41 42');
    expect(image(cols, [[2, [0x41]]])).toBe('00 7f 04 00 01 01 04 00 41');
    expect(image(cols, [[2, [0x42]], [1, [0x41]]])).toBe('00 7f 04 00 00 01 08 40 01 01 0a 00 01 41 42');
    // Zero-length: an entry with no data (the long value keeps its header); NULL: nothing.
    expect(image(cols, [[1, []], [2, []]])).toBe('00 7f 04 00 00 01 08 40 01 01 09 00 01');
    expect(image(cols, [[1, null], [2, null]])).toBe('00 7f 04 00');
  });

  it('tagged columns on large pages: every value has a header byte, no offset carries a flag', () => {
    const cols = [col(0, 256, LONG_BINARY), col(1, 257, BINARY, 255)];
    expect(image(cols, [[0, [0x41]], [1, [0x42]]], false)).toBe('00 7f 04 00 00 01 08 00 01 01 0a 00 01 41 00 42');
  });
});

describe('CopyBuffer.reach', () => {
  it('is the last fixed and the last variable column id set, NULL sets included; tagged ids leave it', () => {
    expect(NO_REACH).toBe(127 * 256);
    expect(widen(NO_REACH, 3)).toBe(3 + 127 * 256);
    expect(widen(widen(NO_REACH, 3), 2)).toBe(3 + 127 * 256);
    expect(widen(NO_REACH, 130)).toBe(130 * 256);
    expect(widen(widen(NO_REACH, 130), 129)).toBe(130 * 256);
    expect(widen(NO_REACH, 256)).toBe(NO_REACH);
    const b = buffer([col(0, 1, LONG), col(1, 128, TEXT, 255)], [[1, null]]);
    expect(b.reach).toBe(128 * 256);
    b.clear();
    expect([b.reach, b.stale]).toEqual([NO_REACH, null]);
    // A buffer not given its column ids keeps nothing.
    const plain = new CopyBuffer(1);
    plain.write(0, Uint8Array.of(1, 2, 3, 4), 0, 4);
    plain.write(0, new Uint8Array(0), 0, -1);
    expect([plain.reach, plain.stale]).toEqual([NO_REACH, null]);
  });
});

describe('settleTies', () => {
  /** Keys back to back. */
  function keysOf(keys: number[][]): { keys: Uint8Array; starts: Int32Array; cut: number } {
    const starts = new Int32Array(keys.length + 1);
    keys.forEach((k, i) => (starts[i + 1] = starts[i] + k.length));
    const bytes = new Uint8Array(starts[keys.length]);
    keys.forEach((k, i) => bytes.set(k, starts[i]));
    return { keys: bytes, starts, cut: 0 };
  }

  it('orders equal keys by record bytes and keeps the first when duplicates go', () => {
    const k = keysOf([[5], [5], [5], [6]]);
    const records = [[3], [1], [2], [0]].map((r) => Uint8Array.from(r));
    expect(Array.from(settleTies(Uint32Array.of(0, 1, 2, 3), k, (r) => records[r], false))).toEqual([1, 2, 0, 3]);
    expect(Array.from(settleTies(Uint32Array.of(0, 1, 2, 3), k, (r) => records[r], true))).toEqual([1, 3]);
  });

  it('compares a key that begins another with its record bytes against the longer key (sort.cxx concatenates them)', () => {
    // Key 05 with record 00 is 05 00 < 05 01 (key 05 01, record ff); with record 02 it is 05 02 > 05 01 ff.
    const k = keysOf([[5], [5, 1]]);
    expect(Array.from(settleTies(Uint32Array.of(0, 1), k, (r) => Uint8Array.of(r === 0 ? 0 : 0xff), false))).toEqual([0, 1]);
    expect(Array.from(settleTies(Uint32Array.of(0, 1), k, (r) => Uint8Array.of(r === 0 ? 2 : 0xff), false))).toEqual([1, 0]);
    // Rows whose keys neither tie nor begin one another never need their records.
    const distinct = keysOf([[1], [2], [3]]);
    expect(Array.from(settleTies(Uint32Array.of(0, 1, 2), distinct, () => {
      throw new Error('record asked for');
    }, true))).toEqual([0, 1, 2]);
  });

  it('hands the sequence numbers out in ascending order whatever order the rows came in', () => {
    // Rows 0 and 1 tie on key 07; row 0 holds sequence 0x01020304, row 1 0x01020303 (not ascending in row order);
    // row 0's record comes first, so it takes the smaller number.
    const k = { ...keysOf([[7, 1, 2, 3, 4], [7, 1, 2, 3, 3]]), cut: 4 };
    expect(Array.from(settleTies(Uint32Array.of(0, 1), k, (r) => Uint8Array.of(r === 0 ? 1 : 9), false))).toEqual([0, 1]);
    expect(Array.from(k.keys)).toEqual([7, 1, 2, 3, 3, 7, 1, 2, 3, 4]);
  });

  it('hands a kept-duplicates sort its sequence numbers again in the new order', () => {
    // Keys 07 with 4-byte suffixes 0 and 1; row 1's record comes first.
    const k = { ...keysOf([[7, 0, 0, 0, 0], [7, 0, 0, 0, 1]]), cut: 4 };
    expect(Array.from(settleTies(Uint32Array.of(0, 1), k, (r) => Uint8Array.of(r === 0 ? 9 : 1), false))).toEqual([1, 0]);
    expect(Array.from(k.keys)).toEqual([7, 0, 0, 0, 1, 7, 0, 0, 0, 0]);
  });
});
