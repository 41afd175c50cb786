/**
 * Survivors of mutation testing in src/engine/tableRead.ts and src/engine/indexRetrieve.ts (docs/testing.md,
 * run 15), killed here. Expected values from the engine:
 * - rec.cxx ErrRECIGotoBookmark: an empty bookmark is InvalidBookmark; KSReset drops a key being made;
 * - fldnorm.cxx ErrIsamRetrieveKey: JET_bitRetrieveCopy hands back the search key being made (KeyNotMade when there
 *   is none), not the current entry's key;
 * - fileopen.cxx ErrIsamDupCursor (ese-semantics.md §8.2): the copy has the source's updatability;
 * - fldext.cxx ErrRECIRetrieveFromIndex: on the primary index, a cursor not on a record reads the record as usual
 *   (errDIRNoShortCircuit); JET_bitRetrieveFromPrimaryBookmark looks the column up among the primary index's
 *   segments (ColumnNotFound when it is not one); only the first column of a tuple index is tuplized
 *   (IndexTuplesCannotRetrieveFromIndex), a later segment is read from the index as usual.
 */
import {
  out, JET_bitIndexTuples, JET_bitNewKey, JET_bitRetrieveCopy, JET_bitRetrieveFromIndex,
  JET_bitRetrieveFromPrimaryBookmark, JET_bitSeekEQ, JET_bitTableReadOnly, JET_errColumnNotFound,
  JET_errInvalidBookmark, JET_errKeyNotMade, JET_errNoCurrentRecord, JET_errPermissionDenied, JET_errSuccess,
  JET_errRecordDeleted, JET_errUpdateNotPrepared, JET_MoveFirst, JET_MovePrevious, JET_prepCancel, JET_prepInsert,
} from '../../src';
import type { JET_TABLEID } from '../../src';
import { createPeople, fill, int32, isam, openTable, readInt32, retrieve, self, PEOPLE } from '../support/isam';
import type { Isam, People } from '../support/isam';

function people(): { w: Isam; p: People } {
  const w = isam();
  const p = createPeople(w.api, self(w));
  fill(w.api, w.ses, p, [[3, 'cat', 30], [5, 'emu', 50]]);
  return { w, p };
}

function key(w: Isam, t: JET_TABLEID, grbit: number): { rc: number; bytes: Uint8Array } {
  const buf = new Uint8Array(256);
  const cb = out<number>(0);
  const rc = w.api.JetRetrieveKey(w.ses, t, buf, 256, cb, grbit);
  return { rc, bytes: buf.slice(0, cb.value) };
}

describe('JetGotoBookmark on a table', () => {
  it('an empty bookmark is InvalidBookmark (rec.cxx ErrRECIGotoBookmark)', () => {
    const { w, p } = people();
    expect(w.api.JetGotoBookmark(w.ses, p.tableid, new Uint8Array(0), 0)).toBe(JET_errInvalidBookmark);
  });

  it('drops the key being made (KSReset)', () => {
    const { w, p } = people();
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    const bm = new Uint8Array(256);
    const cb = out<number>(0);
    expect(w.api.JetGetBookmark(w.ses, p.tableid, bm, 256, cb)).toBe(JET_errSuccess);
    expect(w.api.JetMakeKey(w.ses, p.tableid, int32(5), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(w.api.JetGotoBookmark(w.ses, p.tableid, bm.subarray(0, cb.value), cb.value)).toBe(JET_errSuccess);
    expect(w.api.JetSeek(w.ses, p.tableid, JET_bitSeekEQ)).toBe(JET_errKeyNotMade);
  });
});

describe('a JetGotoBookmark that finds no record', () => {
  it('has dropped the key being made and cancelled the prepared update already (rec.cxx ErrRECIGotoBookmark)', () => {
    const { w, p } = people();
    expect(w.api.JetMakeKey(w.ses, p.tableid, int32(5), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    const missing = new Uint8Array([0x7f, 0x80, 0, 0, 9]);
    expect(w.api.JetGotoBookmark(w.ses, p.tableid, missing, missing.length)).toBe(JET_errRecordDeleted);
    expect(w.api.JetSeek(w.ses, p.tableid, JET_bitSeekEQ)).toBe(JET_errKeyNotMade);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepCancel)).toBe(JET_errUpdateNotPrepared);
  });
});

describe('JetRetrieveKey with JET_bitRetrieveCopy on a table', () => {
  it('is KeyNotMade before any JetMakeKey, then the key being made, not the current entry\'s (fldnorm.cxx)', () => {
    const { w, p } = people();
    expect(key(w, p.tableid, JET_bitRetrieveCopy).rc).toBe(JET_errKeyNotMade);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    const current = key(w, p.tableid, 0);
    expect(current.rc).toBe(JET_errSuccess);
    expect(w.api.JetMakeKey(w.ses, p.tableid, int32(5), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    const made = key(w, p.tableid, JET_bitRetrieveCopy);
    expect(made.rc).toBe(JET_errSuccess);
    // The cursor is still on id 3; the key made is id 5's, the one a seek then finds.
    expect(made.bytes).not.toEqual(current.bytes);
    expect(w.api.JetSeek(w.ses, p.tableid, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(key(w, p.tableid, 0).bytes).toEqual(made.bytes);
  });
});

describe('JetDupCursor on a table', () => {
  it('the copy of a read-only cursor is read-only (ese-semantics.md §8.2)', () => {
    const { w } = people();
    const ro = openTable(w.api, self(w), PEOPLE, JET_bitTableReadOnly);
    const box = out<JET_TABLEID>();
    expect(w.api.JetDupCursor(w.ses, ro, box, 0)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, box.value, JET_prepInsert)).toBe(JET_errPermissionDenied);
  });
});

describe('JET_bitRetrieveFromIndex / FromPrimaryBookmark (fldext.cxx ErrRECIRetrieveFromIndex)', () => {
  it('on the primary index off a record, a column outside the primary key is read as usual: NoCurrentRecord', () => {
    const { w, p } = people();
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MovePrevious, 0)).toBe(JET_errNoCurrentRecord);
    expect(retrieve(w.api, w.ses, p.tableid, p.name, JET_bitRetrieveFromIndex).rc).toBe(JET_errNoCurrentRecord);
  });

  it('FromPrimaryBookmark on a secondary index: a column outside the primary key is ColumnNotFound', () => {
    const { w, p } = people();
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byName')).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(retrieve(w.api, w.ses, p.tableid, p.name, JET_bitRetrieveFromPrimaryBookmark).rc).toBe(JET_errColumnNotFound);
    const id = retrieve(w.api, w.ses, p.tableid, p.id, JET_bitRetrieveFromPrimaryBookmark);
    expect(id.rc).toBe(JET_errSuccess);
    expect(readInt32(id.data as Uint8Array)).toBe(3);
  });

  it('the second segment of a tuple index is read from the index without JET_bitRetrieveTuple', () => {
    const { w, p } = people();
    const szKey = '+name\0+age\0\0';
    const ic = { szIndexName: 'tuples', szKey, cbKey: szKey.length, grbit: JET_bitIndexTuples };
    expect(w.api.JetCreateIndex2(w.ses, p.tableid, [ic], 1)).toBe(JET_errSuccess);
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'tuples')).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    const age = retrieve(w.api, w.ses, p.tableid, p.age, JET_bitRetrieveFromIndex);
    expect(age.rc).toBe(JET_errSuccess);
    expect(readInt32(age.data as Uint8Array)).toBe(30);
  });
});
