/**
 * A table image answers reads of a record by bookmark (TableImage.record) from its tree, and once it has served a
 * quarter as many reads as it holds records, from a hash table it then keeps up to date (src/storage/tableImage.ts).
 * Whatever path answers, a read must give exactly the record the image holds: the model here is a plain Map of
 * bookmark -> record per image, and a clone is a copy of its model that later changes to either side do not reach
 * (the contract of clone(): persistent images, which rollback and snapshot isolation stand on).
 */
import fc from 'fast-check';
import { TableImage } from '../../src/storage/tableImage';
import type { RecordValues } from '../../src/storage/tableImage';

const SEED = Number(process.env.TABLE_IMAGE_SEED ?? Date.now() % 1_000_000);

function rec(n: number): RecordValues {
  return new Map([[1, [Uint8Array.of(n & 0xff, (n >> 8) & 0xff)]]]);
}

type Op =
  | { kind: 'put'; bm: number; value: number }
  | { kind: 'remove'; bm: number }
  | { kind: 'reads'; bms: number[] }
  | { kind: 'clone'; keepOld: boolean };

const bmArb = fc.integer({ min: 0, max: 2999 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('put' as const), bm: bmArb, value: fc.integer({ min: 0, max: 65535 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), bm: bmArb }) },
  // Bursts of reads: enough of them make the image build its hash table.
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('reads' as const), bms: fc.array(bmArb, { minLength: 100, maxLength: 900 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('clone' as const), keepOld: fc.boolean() }) },
);

function key(bm: number): string {
  return 'b' + String(bm).padStart(5, '0');
}

describe('TableImage.record', () => {
  test('answers every read as a Map of the records would, before and after its hash table, through clones', () => {
    const property = fc.property(fc.integer({ min: 1000, max: 2500 }), fc.array(opArb, { minLength: 1, maxLength: 30 }), (preload, ops) => {
      let image = new TableImage();
      let model = new Map<string, RecordValues>();
      const kept: Array<{ image: TableImage; model: Map<string, RecordValues> }> = [];
      // Enough records that the image may build a hash table (it does from 1,024 records on).
      for (let i = 0; i < preload; i++) {
        const r = rec(i);
        image.put(key(i), r);
        model.set(key(i), r);
      }
      for (const op of ops) {
        if (op.kind === 'put') {
          const r = rec(op.value);
          image.put(key(op.bm), r);
          model.set(key(op.bm), r);
        } else if (op.kind === 'remove') {
          image.remove(key(op.bm));
          model.delete(key(op.bm));
        } else if (op.kind === 'reads') {
          for (const bm of op.bms) expect(image.record(key(bm))).toBe(model.get(key(bm)));
        } else {
          const copy = image.clone();
          kept.push(op.keepOld ? { image, model: new Map(model) } : { image: copy, model: new Map(model) });
          if (op.keepOld) image = copy;
          model = new Map(model);
        }
      }
      // Every run ends with reads enough for a hash table in the current image, then changes it once more.
      for (let k = 0; k < 700; k++) expect(image.record(key(k))).toBe(model.get(key(k)));
      const last = rec(7000);
      image.put(key(7), last);
      model.set(key(7), last);
      for (const { image: img, model: m } of [...kept, { image, model }]) {
        for (let bm = 0; bm < 3000; bm += 7) expect(img.record(key(bm))).toBe(m.get(key(bm)));
        expect(img.records.size).toBe(m.size);
      }
    });
    const details = fc.check(property, { numRuns: 25, seed: SEED });
    if (details.failed) throw new Error(`TABLE_IMAGE_SEED=${SEED}: ${fc.defaultReportMessage(details)}`);
  });

  test('after enough reads the answers come from the hash table, and changes after that still show', () => {
    const image = new TableImage();
    for (let i = 0; i < 2000; i++) image.put(key(i), rec(i));
    // 2000 records: the table is made at the 500th read. Reads before and after it agree with what was put.
    for (let i = 0; i < 600; i++) expect(image.record(key(i))).toEqual(rec(i));
    const replaced = rec(9);
    image.put(key(1), replaced);
    image.remove(key(2));
    image.put(key(5000), replaced);
    expect(image.record(key(1))).toBe(replaced);
    expect(image.record(key(2))).toBeUndefined();
    expect(image.record(key(5000))).toBe(replaced);
    // A clone made now does not see later changes to the original, nor the original the clone's.
    const copy = image.clone();
    image.remove(key(1));
    copy.put(key(3), replaced);
    expect(copy.record(key(1))).toBe(replaced);
    expect(image.record(key(1))).toBeUndefined();
    expect(image.record(key(3))).toEqual(rec(3));
  });
});
