/**
 * Survivors of mutation testing in src/jet/indexApi.ts (docs/testing.md, "Tenth session"), killed here. Expected
 * values come from:
 * - rec.cxx ErrIsamGetIndexBookmark: each output is copied as far as its buffer goes, and BufferTooSmall only when a
 *   key or bookmark is longer than its buffer (one exactly as long fits).
 * - rec.cxx ErrIsamIntersectIndexes: the record list's cbStruct must be sizeof(JET_RECORDLIST), 24 (esemu: when the
 *   box already holds a list; nothing, null or a list without cbStruct is no list to check); at most 64 ranges
 *   (InvalidParameter over that, before any range is read); each range's grbit must be JET_bitRecordInIndex
 *   (InvalidGrbit).
 */
import {
  out, JET_bitRecordInIndex, JET_bitSeekEQ, JET_bitSetIndexRange, JET_errBufferTooSmall, JET_errInvalidGrbit,
  JET_errInvalidParameter, JET_errSuccess, JET_MoveFirst,
} from '../../src';
import type { JET_INDEXRANGE, JET_RECORDLIST, JET_TABLEID } from '../../src';
import { createPeople, fill, isam, openTable, seekInt, self } from '../support/isam';
import type { Isam } from '../support/isam';

function world(): Isam {
  const w = isam();
  const p = createPeople(w.api, self(w));
  fill(w.api, w.ses, p, [[1, 'a', 10], [2, 'b', 20], [3, 'c', 20]]);
  return w;
}

/** A cursor on byAge, on the entries of age 20 with that index range. */
function ageRange(w: Isam): JET_TABLEID {
  const c = openTable(w.api, self(w), 'people');
  expect(w.api.JetSetCurrentIndex(w.ses, c, 'byAge')).toBe(JET_errSuccess);
  expect(seekInt(w.api, w.ses, c, 20, JET_bitSeekEQ | JET_bitSetIndexRange)).toBe(JET_errSuccess);
  return c;
}

describe('indexApi.ts survivors', () => {
  it('JetGetSecondaryIndexBookmark: buffers exactly as long as the key and the bookmark are Success', () => {
    const w = world();
    const c = openTable(w.api, self(w), 'people');
    expect(w.api.JetSetCurrentIndex(w.ses, c, 'byName')).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, c, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    const cbKey = out<number>(0);
    const cbBm = out<number>(0);
    expect(w.emu.api.JetGetSecondaryIndexBookmark(w.ses, c, new Uint8Array(64), 64, cbKey, new Uint8Array(64), 64, cbBm, 0)).toBe(JET_errSuccess);
    const k = cbKey.value;
    const b = cbBm.value;
    expect(w.emu.api.JetGetSecondaryIndexBookmark(w.ses, c, new Uint8Array(k), k, null, new Uint8Array(b), b, null, 0)).toBe(JET_errSuccess);
    expect(w.emu.api.JetGetSecondaryIndexBookmark(w.ses, c, new Uint8Array(k - 1), k - 1, null, new Uint8Array(b), b, null, 0)).toBe(JET_errBufferTooSmall);
  });

  it('JetIntersectIndexes: a box holding null, a list without cbStruct or one with cbStruct 24 is taken; cbStruct 10 is not', () => {
    const w = world();
    // A new range each time: an intersection leaves its cursors after their ranges.
    const call = (value: unknown): number => {
      const rs: JET_INDEXRANGE[] = [{ cbStruct: 24, tableid: ageRange(w), grbit: JET_bitRecordInIndex }];
      const box = out<JET_RECORDLIST>(value as JET_RECORDLIST);
      return w.api.JetIntersectIndexes(w.ses, rs, 1, box, 0);
    };
    expect(call({ cbStruct: 10 })).toBe(JET_errInvalidParameter);
    expect(call(null)).toBe(JET_errSuccess);
    expect(call({})).toBe(JET_errSuccess);
    expect(call({ cbStruct: 24 })).toBe(JET_errSuccess);
  });

  it('JetIntersectIndexes: 64 ranges pass the count check (a bad grbit is found next), 65 do not', () => {
    const w = world();
    const c = ageRange(w);
    const many = (n: number): JET_INDEXRANGE[] => Array.from({ length: n }, () => ({ cbStruct: 24, tableid: c, grbit: 0 }));
    expect(w.api.JetIntersectIndexes(w.ses, many(64), 64, out<JET_RECORDLIST>(), 0)).toBe(JET_errInvalidGrbit);
    expect(w.api.JetIntersectIndexes(w.ses, many(65), 65, out<JET_RECORDLIST>(), 0)).toBe(JET_errInvalidParameter);
  });
});
