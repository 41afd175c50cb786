/**
 * The copy buffer and packed records of sorts and temp tables (src/storage/record.ts) against a plain array of
 * values per column: whatever sequence of sets (values, zero-length, NULL, overwrites), appends and clears, the
 * buffer reads back the last value of each column, its packed record has packedSize() bytes and reads back the
 * same through PackedRecord, copyField and copyPackedField, and loading a packed record gives the same values.
 * Each run prints its seed (fast-check) so that a failure can be replayed.
 */
import fc from 'fast-check';
import { CopyBuffer, copyField, copyPackedField, FieldSource, PackedRecord } from '../../src/storage/record';

const seed = Date.now() ^ (Math.random() * 0x7fffffff);
// eslint-disable-next-line no-console
console.log(`record.test seed ${seed}`);

type Op = { kind: 'set'; column: number; value: number[] | null } | { kind: 'append'; column: number; value: number[] } | { kind: 'clear' };

function valuesOf(source: FieldSource, columns: number): (number[] | null)[] {
  return Array.from({ length: columns }, (_, i) => {
    const len = source.lengthOf(i);
    if (len < 0) return null;
    const start = source.startOf(i);
    return Array.from(source.bytes.subarray(start, start + len));
  });
}

describe('CopyBuffer and packed records', () => {
  it('hold the last value set of each column, packed and unpacked', () => {
    const columns = 5;
    const column = fc.integer({ min: 0, max: columns - 1 });
    const bytes = fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 70 });
    const op = fc.oneof(
      { arbitrary: fc.record({ kind: fc.constant('set' as const), column, value: fc.option(bytes) }), weight: 6 },
      { arbitrary: fc.record({ kind: fc.constant('append' as const), column, value: bytes }), weight: 2 },
      { arbitrary: fc.constant<Op>({ kind: 'clear' }), weight: 1 },
    );
    fc.assert(fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
      const buffer = new CopyBuffer(columns);
      const model: (number[] | null)[] = Array.from({ length: columns }, () => null);
      for (const o of ops) {
        if (o.kind === 'clear') {
          buffer.clear();
          model.fill(null);
        } else if (o.kind === 'set') {
          const v = o.value;
          // Data at an offset in a larger array, as a caller's buffer may hold it.
          const src = new Uint8Array([9, 9, ...(v ?? []), 9]);
          buffer.write(o.column, src, 2, v === null ? -1 : v.length);
          model[o.column] = v === null ? null : [...v];
        } else {
          buffer.append(o.column, Uint8Array.from(o.value), o.value.length);
          // Appending to a NULL or zero-length value sets it (appending nothing makes it zero-length).
          const had = model[o.column];
          model[o.column] = had === null || had.length === 0 ? [...o.value] : [...had, ...o.value];
        }
        expect(valuesOf(buffer, columns)).toEqual(model);
      }
      const rec = buffer.pack();
      expect(rec.length).toBe(buffer.packedSize());
      const area = new Uint8Array(rec.length + 7);
      buffer.packInto(area, 7);
      expect(Array.from(area.subarray(7))).toEqual(Array.from(rec));
      const packed = new PackedRecord(area, 7, columns);
      expect(valuesOf(packed, columns)).toEqual(model);
      for (let i = 0; i < columns; i++) {
        const dest = new Uint8Array(8);
        const want = model[i];
        expect(copyPackedField(area, 7, columns, i, dest, 8)).toBe(want === null ? -1 : want.length);
        expect(copyField(buffer, i, dest.fill(0), 8)).toBe(want === null ? -1 : want.length);
        if (want !== null) expect(Array.from(dest.subarray(0, Math.min(8, want.length)))).toEqual(want.slice(0, 8));
      }
      const loaded = new CopyBuffer(columns);
      loaded.load(packed);
      expect(valuesOf(loaded, columns)).toEqual(model);
      expect(loaded.packedSize()).toBe(rec.length);
    }), { seed, numRuns: 300 });
  });
});
