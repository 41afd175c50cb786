/**
 * JetMakeKey on an index of one integer column, the case a seek by id takes. The key is the column's normalized
 * segment (fldnorm.cxx FLDNormalizeFixedSegment): the prefix byte 0x7f (a non-NULL value), then the value's bytes
 * big-endian with the sign bit flipped for a signed type; a descending segment has every byte complemented. It is
 * read back with JetRetrieveKey(JET_bitRetrieveCopy) (rec.cxx ErrIsamRetrieveKey), and the rules around it are the
 * engine's: a second segment on a one-column index is KeyIsMade (fldnorm.cxx ErrRECIMakeKey), a limit bit or
 * JET_bitStrLimit changes the key, and a seek with the made key finds the record.
 */
import {
  JET_bitIndexPrimary, JET_bitNewKey, JET_bitRetrieveCopy, JET_bitSeekEQ, JET_bitStrLimit, JET_bitFullColumnEndLimit,
  JET_coltypLong, JET_coltypShort, JET_errInvalidBufferSize, JET_errKeyIsMade, JET_errSuccess, JET_MoveFirst, out,
} from '../../src';
import type { JET_TABLEID } from '../../src';
import { addColumn, createIndex, int32, intOf, isam } from '../support/isam';
import type { Isam } from '../support/isam';

function table(w: Isam, coltyp: number, key: string): { t: JET_TABLEID; id: ReturnType<typeof addColumn> } {
  const box = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, 'k', 0, 100, box)).toBe(JET_errSuccess);
  const id = addColumn(w.api, w.ses, box.value, 'id', { coltyp });
  expect(createIndex(w.api, w.ses, box.value, 'pk', JET_bitIndexPrimary, key)).toBe(JET_errSuccess);
  return { t: box.value, id };
}

function keyCopy(w: Isam, t: JET_TABLEID): number[] {
  const buf = new Uint8Array(300);
  const size = out<number>(0);
  expect(w.api.JetRetrieveKey(w.ses, t, buf, 300, size, JET_bitRetrieveCopy)).toBe(JET_errSuccess);
  return Array.from(buf.subarray(0, size.value));
}

describe('JetMakeKey on a one-integer-column index', () => {
  it('makes 0x7f then the value big-endian with the sign bit flipped', () => {
    const w = isam();
    const { t } = table(w, JET_coltypLong, '+id');
    expect(w.api.JetMakeKey(w.ses, t, int32(5), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(keyCopy(w, t)).toEqual([0x7f, 0x80, 0x00, 0x00, 0x05]);
    expect(w.api.JetMakeKey(w.ses, t, int32(-2), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(keyCopy(w, t)).toEqual([0x7f, 0x7f, 0xff, 0xff, 0xfe]);
  });

  it('complements every byte of a descending segment', () => {
    const w = isam();
    const { t } = table(w, JET_coltypShort, '-id');
    expect(w.api.JetMakeKey(w.ses, t, new Uint8Array([0x01, 0x02]), 2, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(keyCopy(w, t)).toEqual([0x80, 0x7d, 0xfe]);
  });

  it('keeps the engine rules: KeyIsMade for a second segment, InvalidBufferSize for a wrong size, limits change the key', () => {
    const w = isam();
    const { t } = table(w, JET_coltypLong, '+id');
    expect(w.api.JetMakeKey(w.ses, t, int32(7), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(w.api.JetMakeKey(w.ses, t, int32(8), 4, 0)).toBe(JET_errKeyIsMade);
    expect(keyCopy(w, t)).toEqual([0x7f, 0x80, 0x00, 0x00, 0x07]);
    expect(w.api.JetMakeKey(w.ses, t, new Uint8Array(3), 3, JET_bitNewKey)).toBe(JET_errInvalidBufferSize);
    // fldnorm.cxx: a full-column end limit (and StrLimit on a fixed column) fills the key with 0xff up to
    // cbKeyMost + 1 bytes; JetCreateIndex's indexes have cbKeyMost 255 (JET_cbKeyMost_OLD), so 5 + 251 bytes.
    const filled = [0x7f, 0x80, 0x00, 0x00, 0x07, ...new Array<number>(251).fill(0xff)];
    expect(w.api.JetMakeKey(w.ses, t, int32(7), 4, JET_bitNewKey | JET_bitFullColumnEndLimit)).toBe(JET_errSuccess);
    expect(keyCopy(w, t)).toEqual(filled);
    expect(w.api.JetMakeKey(w.ses, t, int32(7), 4, JET_bitNewKey | JET_bitStrLimit)).toBe(JET_errSuccess);
    expect(keyCopy(w, t)).toEqual(filled);
    // Made again without a limit, the key is the segment alone.
    expect(w.api.JetMakeKey(w.ses, t, int32(7), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(keyCopy(w, t)).toEqual([0x7f, 0x80, 0x00, 0x00, 0x07]);
  });

  it('finds the record with the key it made', () => {
    const w = isam();
    const { t, id } = table(w, JET_coltypLong, '+id');
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    for (const n of [3, -9, 12]) {
      expect(w.api.JetPrepareUpdate(w.ses, t, 0)).toBe(JET_errSuccess);
      expect(w.api.JetSetColumn(w.ses, t, id, int32(n), 4, 0, null)).toBe(JET_errSuccess);
      expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    }
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, t, id)).toBe(-9);
    expect(w.api.JetMakeKey(w.ses, t, int32(12), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(w.api.JetSeek(w.ses, t, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, t, id)).toBe(12);
  });
});
