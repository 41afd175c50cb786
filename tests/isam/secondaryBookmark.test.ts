/**
 * JetGetSecondaryIndexBookmark / JetGotoSecondaryIndexBookmark, from the engine's rules:
 * - fldnorm.cxx ErrIsamGetIndexBookmark: NoCurrentIndex on the primary index; the current secondary entry is read
 *   with ErrDIRGet (NoCurrentRecord off an entry, a new cursor is on the first entry); its key and its data (the
 *   primary bookmark) are copied as far as each buffer goes, both actual sizes are reported, and either buffer
 *   being short is JET_errBufferTooSmall. jetapi.cxx does not pass the grbit on.
 * - rec.cxx ErrIsamGotoIndexBookmark: NoCurrentIndex on the primary index; an empty secondary key is
 *   JET_errInvalidBookmark, and so is an empty primary bookmark on a non-unique index; a prepared update is
 *   cancelled and the index range reset; an entry that is not there is JET_errRecordDeleted, and with
 *   JET_bitBookmarkPermitVirtualCurrency the cursor is placed where it would be (DIRNext goes on from there); on a
 *   unique index a primary bookmark that is not the entry's is JET_errRecordDeleted, the cursor on the entry.
 * - sortapi.cxx: sorts and temp tables dispatch these calls to ErrIllegal* (JET_errIllegalOperation).
 */
import {
  out, JET_bitBookmarkPermitVirtualCurrency, JET_bitIndexUnique, JET_bitRangeInclusive, JET_bitRangeUpperLimit,
  JET_bitNewKey, JET_bitSeekEQ, JET_bitTTIndexed, JET_coltypLong, JET_errBufferTooSmall, JET_errIllegalOperation,
  JET_errInvalidBookmark, JET_errNoCurrentIndex, JET_errNoCurrentRecord, JET_errRecordDeleted, JET_errSuccess,
  JET_errUpdateNotPrepared, JET_bitColumnTTKey, JET_MoveLast, JET_MoveNext, JET_prepReplace,
} from '../../src';
import type { JET_COLUMNID, JET_TABLEID } from '../../src';
import { createIndex, createPeople, fill, intOf, isam, openTable, seekInt, seekText, self } from '../support/isam';
import type { Isam, People } from '../support/isam';

/** ids 1..5; names 1 'cy', 2 'al', 3 'bo', 4 'al', 5 'di'; ages 10 20 30 40 50; index 'uAge' unique on +age too. */
function world(): { w: Isam; p: People } {
  const w = isam();
  const p = createPeople(w.api, self(w));
  expect(createIndex(w.api, w.ses, p.tableid, 'uAge', JET_bitIndexUnique, '+age')).toBe(JET_errSuccess);
  fill(w.api, w.ses, p, [[1, 'cy', 10], [2, 'al', 20], [3, 'bo', 30], [4, 'al', 40], [5, 'di', 50]]);
  return { w, p };
}

interface Got { rc: number; key: Uint8Array; bm: Uint8Array; cbKey: number; cbBm: number }

function get(w: Isam, t: JET_TABLEID, keyRoom = 64, bmRoom = 64): Got {
  const key = new Uint8Array(keyRoom);
  const bm = new Uint8Array(bmRoom);
  const cbKey = out<number>(-1);
  const cbBm = out<number>(-1);
  const rc = w.api.JetGetSecondaryIndexBookmark(w.ses, t, key, keyRoom, cbKey, bm, bmRoom, cbBm, 0);
  return { rc, key, bm, cbKey: cbKey.value, cbBm: cbBm.value };
}

function bytes(w: Isam, t: JET_TABLEID, which: 'key' | 'bookmark'): Uint8Array {
  const buf = new Uint8Array(64);
  const cb = out<number>(0);
  const rc = which === 'key' ? w.api.JetRetrieveKey(w.ses, t, buf, 64, cb, 0) : w.api.JetGetBookmark(w.ses, t, buf, 64, cb);
  expect(rc).toBe(JET_errSuccess);
  return buf.slice(0, cb.value);
}

function goto(w: Isam, t: JET_TABLEID, key: Uint8Array | null, bm: Uint8Array | null, grbit = 0): number {
  return w.api.JetGotoSecondaryIndexBookmark(w.ses, t, key, key === null ? 0 : key.length, bm, bm === null ? 0 : bm.length, grbit);
}

describe('JetGetSecondaryIndexBookmark', () => {
  test('on the primary index it is NoCurrentIndex', () => {
    const { w, p } = world();
    expect(seekInt(w.api, w.ses, p.tableid, 3, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(get(w, p.tableid).rc).toBe(JET_errNoCurrentIndex);
    expect(goto(w, p.tableid, new Uint8Array([1]), new Uint8Array([1]))).toBe(JET_errNoCurrentIndex);
  });

  test('gives the entry key (JetRetrieveKey) and the primary bookmark (JetGetBookmark) with their sizes', () => {
    const { w, p } = world();
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byName')).toBe(JET_errSuccess);
    expect(seekText(w.api, w.ses, p.tableid, 'bo', JET_bitSeekEQ)).toBe(JET_errSuccess);
    const key = bytes(w, p.tableid, 'key');
    const bm = bytes(w, p.tableid, 'bookmark');
    const g = get(w, p.tableid);
    expect(g.rc).toBe(JET_errSuccess);
    expect([g.cbKey, g.cbBm]).toEqual([key.length, bm.length]);
    expect(g.key.slice(0, g.cbKey)).toEqual(key);
    expect(g.bm.slice(0, g.cbBm)).toEqual(bm);
  });

  test('a short buffer is BufferTooSmall, with what fits copied and both full sizes reported', () => {
    const { w, p } = world();
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byName')).toBe(JET_errSuccess);
    expect(seekText(w.api, w.ses, p.tableid, 'bo', JET_bitSeekEQ)).toBe(JET_errSuccess);
    const full = get(w, p.tableid);
    const short = get(w, p.tableid, 1, 64);
    expect(short.rc).toBe(JET_errBufferTooSmall);
    expect([short.cbKey, short.cbBm]).toEqual([full.cbKey, full.cbBm]);
    expect(short.key[0]).toBe(full.key[0]);
    expect(short.bm.slice(0, short.cbBm)).toEqual(full.bm.slice(0, full.cbBm));
    expect(get(w, p.tableid, 64, 0).rc).toBe(JET_errBufferTooSmall);
  });

  test('a new cursor reads the first entry; off an entry is NoCurrentRecord; a deleted record RecordDeleted', () => {
    const { w, p } = world();
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byName')).toBe(JET_errSuccess);
    const first = get(w, p.tableid);
    expect(first.rc).toBe(JET_errSuccess);
    // The first entry of byName is ('al', record 2).
    expect(intOf(w.api, w.ses, p.tableid, p.id)).toBe(2);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveLast, 0)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    expect(get(w, p.tableid).rc).toBe(JET_errNoCurrentRecord);
    expect(seekText(w.api, w.ses, p.tableid, 'cy', JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetDelete(w.ses, p.tableid)).toBe(JET_errSuccess);
    expect(get(w, p.tableid).rc).toBe(JET_errRecordDeleted);
  });

  test('a sort or temp table is IllegalOperation', () => {
    const { w } = world();
    const t = out<JET_TABLEID>();
    const ids: JET_COLUMNID[] = [];
    expect(w.api.JetOpenTempTable(w.ses, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }], 1, JET_bitTTIndexed, t, ids)).toBe(JET_errSuccess);
    expect(get(w, t.value).rc).toBe(JET_errIllegalOperation);
    expect(goto(w, t.value, new Uint8Array([1]), new Uint8Array([1]))).toBe(JET_errIllegalOperation);
  });
});

describe('JetGotoSecondaryIndexBookmark', () => {
  function bookmarkOf(w: Isam, p: People, name: string, id: number): { key: Uint8Array; bm: Uint8Array } {
    const c = openTable(w.api, self(w), 'people');
    expect(w.api.JetSetCurrentIndex(w.ses, c, 'byName')).toBe(JET_errSuccess);
    expect(seekText(w.api, w.ses, c, name, JET_bitSeekEQ)).toBe(JET_errSuccess);
    while (intOf(w.api, w.ses, c, p.id) !== id) expect(w.api.JetMove(w.ses, c, JET_MoveNext, 0)).toBe(JET_errSuccess);
    const g = get(w, c);
    expect(w.api.JetCloseTable(w.ses, c)).toBe(JET_errSuccess);
    return { key: g.key.slice(0, g.cbKey), bm: g.bm.slice(0, g.cbBm) };
  }

  test('goes onto the entry; moves go on in index order from there', () => {
    const { w, p } = world();
    const b = bookmarkOf(w, p, 'al', 4);
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byName')).toBe(JET_errSuccess);
    expect(goto(w, p.tableid, b.key, b.bm)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, p.tableid, p.id)).toBe(4);
    // byName: al(2) al(4) bo(3) cy(1) di(5).
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, p.tableid, p.id)).toBe(3);
  });

  test('an empty key, or no primary bookmark on a non-unique index, is InvalidBookmark', () => {
    const { w, p } = world();
    const b = bookmarkOf(w, p, 'bo', 3);
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byName')).toBe(JET_errSuccess);
    expect(goto(w, p.tableid, null, b.bm)).toBe(JET_errInvalidBookmark);
    expect(goto(w, p.tableid, b.key, null)).toBe(JET_errInvalidBookmark);
  });

  test('a unique index finds the entry by its key; a primary bookmark that is not its record is RecordDeleted, on the entry', () => {
    const { w, p } = world();
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'uAge')).toBe(JET_errSuccess);
    expect(seekInt(w.api, w.ses, p.tableid, 30, JET_bitSeekEQ)).toBe(JET_errSuccess);
    const g = get(w, p.tableid);
    const key = g.key.slice(0, g.cbKey);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveLast, 0)).toBe(JET_errSuccess);
    expect(goto(w, p.tableid, key, null)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, p.tableid, p.id)).toBe(3);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveLast, 0)).toBe(JET_errSuccess);
    const other = bytes(w, p.tableid, 'bookmark');
    expect(goto(w, p.tableid, key, other)).toBe(JET_errRecordDeleted);
    expect(intOf(w.api, w.ses, p.tableid, p.id)).toBe(3);
  });

  test('an entry that is gone is RecordDeleted; with PermitVirtualCurrency the next move goes on from its place', () => {
    const { w, p } = world();
    const b = bookmarkOf(w, p, 'bo', 3);
    expect(seekInt(w.api, w.ses, p.tableid, 3, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetDelete(w.ses, p.tableid)).toBe(JET_errSuccess);
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byName')).toBe(JET_errSuccess);
    expect(goto(w, p.tableid, b.key, b.bm)).toBe(JET_errRecordDeleted);
    expect(goto(w, p.tableid, b.key, b.bm, JET_bitBookmarkPermitVirtualCurrency)).toBe(JET_errRecordDeleted);
    // Virtual currency: no record to read (ErrDIRGet on locOnSeekBM), but the next entry is cy(1).
    const buf = new Uint8Array(4);
    expect(w.api.JetRetrieveColumn(w.ses, p.tableid, p.id, buf, 4, null, 0, null)).toBe(JET_errNoCurrentRecord);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, p.tableid, p.id)).toBe(1);
  });

  test('cancels a prepared update and removes the index range', () => {
    const { w, p } = world();
    const b = bookmarkOf(w, p, 'al', 2);
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byName')).toBe(JET_errSuccess);
    // On al(2), with a range up to 'al' inclusive.
    expect(seekText(w.api, w.ses, p.tableid, 'al', JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetMakeKey(w.ses, p.tableid, new Uint8Array([0x61, 0x6c]), 2, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(w.api.JetSetIndexRange(w.ses, p.tableid, JET_bitRangeUpperLimit | JET_bitRangeInclusive)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepReplace)).toBe(JET_errSuccess);
    expect(goto(w, p.tableid, b.key, b.bm)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, p.tableid, null, 0, null)).toBe(JET_errUpdateNotPrepared);
    // Without the range the cursor walks past the 'al' entries: al(4), then bo(3).
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, p.tableid, p.id)).toBe(3);
  });
});
