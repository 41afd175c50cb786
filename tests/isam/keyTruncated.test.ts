/**
 * JET_bitIndexDisallowTruncation (fldnorm.cxx ErrRECIRetrieveKey, lines ~1336-1343 and ~1808-1838): while a record's
 * key is made for an index, a segment that does not fit whole in what is left of cbKeyMost, or any segment once the
 * key is full, makes the key truncated (a segment cut to cbVarSegMac is cut on purpose: not a truncation); an index made with
 * DisallowTruncation then refuses the record with JET_errKeyTruncated (an index without it keeps the cut key). The
 * error comes from JetUpdate (the update stays prepared, recupd.cxx) and from building the index over the records
 * a table holds (JetCreateIndex).
 */
import {
  out, JET_bitIndexDisallowTruncation, JET_coltypLongText, JET_errKeyTruncated, JET_errSuccess, JET_MoveFirst, JET_prepCancel,
  JET_prepInsert,
} from '../../src';
import type { JET_COLUMNID, JET_INDEXCREATE, JET_TABLEID } from '../../src';
import { addColumn, ascii, createIndex, isam, keyOf } from '../support/isam';
import type { Isam } from '../support/isam';

function world(): { w: Isam; t: JET_TABLEID; a: JET_COLUMNID; b: JET_COLUMNID } {
  const w = isam();
  const box = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, 't', 0, 100, box)).toBe(JET_errSuccess);
  const t = box.value;
  const a = addColumn(w.api, w.ses, t, 'a', { coltyp: JET_coltypLongText, cp: 1252 });
  const b = addColumn(w.api, w.ses, t, 'b', { coltyp: JET_coltypLongText, cp: 1252 });
  return { w, t, a, b };
}

/**
 * Inserts (a, b) in a transaction (a and b are long values, set only inside one: lv.cxx ErrRECSetLongField) and
 * returns JetUpdate's answer. The transaction is committed when the update succeeds; when it fails, the update stays
 * prepared in the open transaction, and the caller cancels it and commits.
 */
function insert(x: ReturnType<typeof world>, a: string, b = 'b'): number {
  expect(x.w.api.JetBeginTransaction(x.w.ses)).toBe(JET_errSuccess);
  expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
  expect(x.w.api.JetSetColumn(x.w.ses, x.t, x.a, ascii(a), a.length, 0, null)).toBe(JET_errSuccess);
  expect(x.w.api.JetSetColumn(x.w.ses, x.t, x.b, ascii(b), b.length, 0, null)).toBe(JET_errSuccess);
  const rc = x.w.api.JetUpdate(x.w.ses, x.t, null, 0, null);
  if (rc >= 0) expect(x.w.api.JetCommitTransaction(x.w.ses, 0)).toBe(JET_errSuccess);
  return rc;
}

function index2(x: ReturnType<typeof world>, name: string, grbit: number, cbVarSegMac: number, ...segments: string[]): number {
  const k = keyOf(...segments);
  const create: JET_INDEXCREATE = { szIndexName: name, szKey: k.szKey, cbKey: k.cbKey, grbit, ulDensity: 100, cbVarSegMac };
  return x.w.api.JetCreateIndex2(x.w.ses, x.t, [create], 1);
}

describe('JET_bitIndexDisallowTruncation', () => {
  it('a key longer than cbKeyMost (255 by default) is KeyTruncated at JetUpdate, and the update stays prepared', () => {
    const x = world();
    expect(createIndex(x.w.api, x.w.ses, x.t, 'strict', JET_bitIndexDisallowTruncation, '+a')).toBe(JET_errSuccess);
    // An ASCII text segment takes a prefix byte, one byte per character and a terminator: 100 characters fit.
    expect(insert(x, 'x'.repeat(100))).toBe(JET_errSuccess);
    expect(insert(x, 'y'.repeat(300))).toBe(JET_errKeyTruncated);
    expect(x.w.api.JetUpdate(x.w.ses, x.t, null, 0, null)).toBe(JET_errKeyTruncated);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepCancel)).toBe(JET_errSuccess);
    // The transaction insert() left open for the refused update.
    expect(x.w.api.JetCommitTransaction(x.w.ses, 0)).toBe(JET_errSuccess);
    // Nothing of the refused insert stays: the table and the index hold the one record that went in.
    const count = out<number>(0);
    expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(x.w.api.JetIndexRecordCount(x.w.ses, x.t, count, 0)).toBe(JET_errSuccess);
    expect(count.value).toBe(1);
    expect(x.w.api.JetSetCurrentIndex(x.w.ses, x.t, 'strict')).toBe(JET_errSuccess);
    expect(x.w.api.JetIndexRecordCount(x.w.ses, x.t, count, 0)).toBe(JET_errSuccess);
    expect(count.value).toBe(1);
  });

  it('without the bit the same key is cut and the record goes in', () => {
    const x = world();
    expect(createIndex(x.w.api, x.w.ses, x.t, 'loose', 0, '+a')).toBe(JET_errSuccess);
    expect(insert(x, 'y'.repeat(300))).toBe(JET_errSuccess);
  });

  it('a segment cut to cbVarSegMac is cut on purpose, not truncated (fldnorm.cxx 153-167): the record goes in', () => {
    const x = world();
    expect(index2(x, 'seg', JET_bitIndexDisallowTruncation, 10, '+a', '+b')).toBe(JET_errSuccess);
    expect(insert(x, 'abcdefghijklmnop', 'q')).toBe(JET_errSuccess);
    expect(insert(x, 'a', 'abcdefghijklmnop')).toBe(JET_errSuccess);
  });

  it('building the index over a record whose key would be cut is KeyTruncated; without the bit it builds', () => {
    const x = world();
    expect(insert(x, 'z'.repeat(300))).toBe(JET_errSuccess);
    expect(createIndex(x.w.api, x.w.ses, x.t, 'strict', JET_bitIndexDisallowTruncation, '+a')).toBe(JET_errKeyTruncated);
    expect(createIndex(x.w.api, x.w.ses, x.t, 'loose', 0, '+a')).toBe(JET_errSuccess);
  });

  it('a segment that finds the key already full is a truncation too (fldnorm.cxx 1336-1343)', () => {
    const x = world();
    expect(createIndex(x.w.api, x.w.ses, x.t, 'two', JET_bitIndexDisallowTruncation, '+a', '+b')).toBe(JET_errSuccess);
    // A prefix byte, 253 characters and a terminator fill the 255 bytes exactly: the second segment has no room.
    expect(insert(x, 'x'.repeat(253), 'b')).toBe(JET_errKeyTruncated);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepCancel)).toBe(JET_errSuccess);
    // The transaction insert() left open for the refused update.
    expect(x.w.api.JetCommitTransaction(x.w.ses, 0)).toBe(JET_errSuccess);
    expect(insert(x, 'x'.repeat(250), 'b')).toBe(JET_errSuccess);
  });
});
