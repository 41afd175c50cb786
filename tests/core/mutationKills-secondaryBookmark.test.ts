/**
 * Survivors of mutation testing in src/engine/secondaryBookmark.ts (docs/testing.md, run 16), killed here.
 * Expected values from the engine:
 * - rec.cxx ErrIsamGotoIndexBookmark: a secondary key of 0 bytes is InvalidBookmark, and so is a primary bookmark
 *   of 0 bytes on an index that is not unique; KSReset drops the key being made; on a unique index the entry is
 *   found by its key alone (an entry whose key only starts with the one given is another entry: RecordDeleted),
 *   and a primary bookmark given that is the found entry's is a success;
 * - without JET_bitBookmarkPermitVirtualCurrency a failed goto leaves the cursor where it was in esemu
 *   (docs/differences.md; the engine leaves it where its failed seek did);
 * - fldnorm.cxx ErrIsamGetIndexBookmark reads the entry with ErrDIRGet: an entry gone from the session's view (the
 *   record's key changed) is RecordDeleted.
 */
import {
  out, JET_bitIndexUnique, JET_bitNewKey, JET_bitRetrieveCopy, JET_bitSeekEQ, JET_errInvalidBookmark,
  JET_errKeyNotMade, JET_errRecordDeleted, JET_errSuccess, JET_MoveFirst, JET_MoveLast, JET_prepReplace,
} from '../../src';
import type { JET_TABLEID } from '../../src';
import { ascii, createIndex, createPeople, fill, intOf, isam, openTable, self, textOf, PEOPLE } from '../support/isam';
import type { Isam, People } from '../support/isam';

/** people 1 'ab' 10, 2 'cd' 20; index 'uName' unique on +name. */
function world(): { w: Isam; p: People } {
  const w = isam();
  const p = createPeople(w.api, self(w));
  expect(createIndex(w.api, w.ses, p.tableid, 'uName', JET_bitIndexUnique, '+name')).toBe(JET_errSuccess);
  fill(w.api, w.ses, p, [[1, 'ab', 10], [2, 'cd', 20]]);
  return { w, p };
}

function current(w: Isam, t: JET_TABLEID): { key: Uint8Array; bm: Uint8Array } {
  const key = new Uint8Array(64);
  const bm = new Uint8Array(64);
  const cbKey = out<number>(0);
  const cbBm = out<number>(0);
  expect(w.api.JetGetSecondaryIndexBookmark(w.ses, t, key, 64, cbKey, bm, 64, cbBm, 0)).toBe(JET_errSuccess);
  return { key: key.slice(0, cbKey.value), bm: bm.slice(0, cbBm.value) };
}

/** The normalized key of a name on the cursor's index (JetMakeKey, then JetRetrieveKey with JET_bitRetrieveCopy). */
function keyOfName(w: Isam, t: JET_TABLEID, name: string): Uint8Array {
  expect(w.api.JetMakeKey(w.ses, t, ascii(name), name.length, JET_bitNewKey)).toBe(JET_errSuccess);
  const buf = new Uint8Array(64);
  const cb = out<number>(0);
  expect(w.api.JetRetrieveKey(w.ses, t, buf, 64, cb, JET_bitRetrieveCopy)).toBe(JET_errSuccess);
  return buf.slice(0, cb.value);
}

function goto(w: Isam, t: JET_TABLEID, key: Uint8Array, bm: Uint8Array | null, grbit = 0): number {
  return w.api.JetGotoSecondaryIndexBookmark(w.ses, t, key, key.length, bm, bm === null ? 0 : bm.length, grbit);
}

describe('JetGotoSecondaryIndexBookmark (rec.cxx ErrIsamGotoIndexBookmark)', () => {
  it('a secondary key of 0 bytes is InvalidBookmark; so is a primary bookmark of 0 bytes on a non-unique index', () => {
    const { w, p } = world();
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byName')).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    const at = current(w, p.tableid);
    expect(goto(w, p.tableid, new Uint8Array(0), at.bm)).toBe(JET_errInvalidBookmark);
    expect(goto(w, p.tableid, at.key, new Uint8Array(0))).toBe(JET_errInvalidBookmark);
    expect(goto(w, p.tableid, at.key, at.bm)).toBe(JET_errSuccess);
  });

  it('drops the key being made (KSReset)', () => {
    const { w, p } = world();
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byName')).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    const at = current(w, p.tableid);
    keyOfName(w, p.tableid, 'cd');
    expect(goto(w, p.tableid, at.key, at.bm)).toBe(JET_errSuccess);
    expect(w.api.JetSeek(w.ses, p.tableid, JET_bitSeekEQ)).toBe(JET_errKeyNotMade);
  });

  it('on a unique index, a key that only begins the key of an entry finds nothing: RecordDeleted', () => {
    const { w, p } = world();
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'uName')).toBe(JET_errSuccess);
    const a = keyOfName(w, p.tableid, 'a');
    expect(goto(w, p.tableid, a, null)).toBe(JET_errRecordDeleted);
    // The caller's bytes need not be a whole normalized key: the first bytes of the key of 'ab' are not its key.
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    const ab = current(w, p.tableid).key;
    expect(goto(w, p.tableid, ab.subarray(0, ab.length - 1), null)).toBe(JET_errRecordDeleted);
    expect(goto(w, p.tableid, ab, null)).toBe(JET_errSuccess);
  });

  it("on a unique index, the found entry's own primary bookmark is a success", () => {
    const { w, p } = world();
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'uName')).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveLast, 0)).toBe(JET_errSuccess);
    const last = current(w, p.tableid);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(goto(w, p.tableid, last.key, last.bm)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, p.tableid, p.id)).toBe(2);
  });

  it('without JET_bitBookmarkPermitVirtualCurrency a missing entry leaves the cursor where it was (docs/differences.md)', () => {
    const { w, p } = world();
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byName')).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    const first = current(w, p.tableid);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveLast, 0)).toBe(JET_errSuccess);
    const zz = keyOfName(w, p.tableid, 'zz');
    expect(goto(w, p.tableid, zz, first.bm)).toBe(JET_errRecordDeleted);
    expect(textOf(w.api, w.ses, p.tableid, p.name)).toBe('cd');
  });
});

describe('JetGetSecondaryIndexBookmark (fldnorm.cxx ErrIsamGetIndexBookmark)', () => {
  it("is RecordDeleted once the record's key in the index changed under the cursor", () => {
    const { w, p } = world();
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byName')).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(current(w, p.tableid).bm.length).toBeGreaterThan(0);
    const other = openTable(w.api, self(w), PEOPLE);
    expect(w.api.JetMove(w.ses, other, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, other, JET_prepReplace)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, other, p.name, ascii('zz'), 2, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, other, null, 0, null)).toBe(JET_errSuccess);
    const cb = out<number>(0);
    const rc = w.api.JetGetSecondaryIndexBookmark(w.ses, p.tableid, new Uint8Array(64), 64, cb, new Uint8Array(64), 64, null, 0);
    expect(rc).toBe(JET_errRecordDeleted);
  });
});
