/**
 * Setting a tagged column that has a default, on a record that holds nothing of it. In the engine a tagged default
 * is not in the record: it lives in the table's default record and is read through when the record holds no
 * instance of the column (tagfld.cxx TAGFIELDS::ErrRetrieveColumn). So a set meets no instance:
 * - tagfld.cxx TAGFIELDS::ErrSetColumn (1063-1090): when the record holds no TAGFLD for the column ("not found,
 *   so insert or append new"), the value set becomes the column's first and only instance, whatever itagSequence
 *   asked, and JET_bitSetUniqueMultiValues has no instance to compare with; from then on the record holds the
 *   column and the default is not read any more.
 * - lv.cxx ErrRECSetLongField (2511-2573): a long value is looked for in the record itself
 *   (ErrRECIRetrieveTaggedColumn on the copy buffer, no default record); not found is JET_wrnColumnNull, and the set
 *   is a new instance: JET_bitSetAppendLV then makes the value just the bytes appended.
 * esemu copies a tagged default into a new record (docs/differences.md, "Tagged defaults"); these are the cases
 * where the copy must not count as an instance.
 */
import {
  JET_bitColumnMultiValued, JET_bitColumnTagged, JET_bitRetrieveCopy, JET_bitSetAppendLV, JET_bitSetUniqueMultiValues, JET_coltypLong,
  JET_coltypLongBinary, JET_errMultiValuedDuplicate, JET_errSuccess, JET_MoveFirst, JET_prepInsert, JET_prepReplace,
  JET_wrnColumnNull, out,
} from '../../src';
import type { JET_COLUMNID, JET_RETINFO, JET_TABLEID } from '../../src';
import { int32 } from '../support/fixture';
import { addColumn, isam } from '../support/isam';
import type { Isam } from '../support/isam';

const DEFAULT = 7;

/** A table with a Long key column and the given tagged column, which has a default. */
function table(w: Isam, coltyp: number, grbit: number, dflt: Uint8Array): { t: JET_TABLEID; key: JET_COLUMNID; col: JET_COLUMNID } {
  const box = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, 't', 0, 100, box)).toBe(JET_errSuccess);
  const t = box.value;
  const key = addColumn(w.api, w.ses, t, 'k', { coltyp: JET_coltypLong });
  const col = addColumn(w.api, w.ses, t, 'tags', { coltyp, grbit: grbit | JET_bitColumnTagged }, dflt);
  expect(w.api.JetCreateIndex(w.ses, t, 'pk', 0, '+k\0\0', 4, 100)).toBe(JET_errSuccess);
  return { t, key, col };
}

/** Value `itag` (1-based) of the column in the current record: its bytes, or null for NULL. */
function valueAt(w: Isam, t: JET_TABLEID, col: JET_COLUMNID, itag: number, grbit = 0): Uint8Array | null {
  const buf = new Uint8Array(64);
  const cb = out<number>(0);
  const info: JET_RETINFO = { ibLongValue: 0, itagSequence: itag };
  const rc = w.api.JetRetrieveColumn(w.ses, t, col, buf, buf.length, cb, grbit, info);
  if (rc === JET_wrnColumnNull) return null;
  expect(rc).toBe(JET_errSuccess);
  return buf.slice(0, cb.value);
}

function add(w: Isam, t: JET_TABLEID, col: JET_COLUMNID, value: Uint8Array, grbit = 0): number {
  return w.api.JetSetColumn(w.ses, t, col, value, value.length, grbit, { ibLongValue: 0, itagSequence: 0 });
}

describe('a tagged column with a default, set on a record that holds none of it', () => {
  it('a value added with itagSequence 0 to a new record is value 1, and the default is no longer read', () => {
    const w = isam();
    const { t, key, col } = table(w, JET_coltypLong, JET_bitColumnMultiValued, int32(DEFAULT));
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, key, int32(1), 4, 0, null)).toBe(JET_errSuccess);
    // Before anything is set, the copy buffer reads the default (from the default record, in the engine).
    expect(valueAt(w, t, col, 1, JET_bitRetrieveCopy)).toEqual(int32(DEFAULT));
    expect(add(w, t, col, int32(42))).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(valueAt(w, t, col, 1)).toEqual(int32(42));
    expect(valueAt(w, t, col, 2)).toBeNull();
    // A second value added goes after the first.
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(add(w, t, col, int32(43))).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect([valueAt(w, t, col, 1), valueAt(w, t, col, 2), valueAt(w, t, col, 3)]).toEqual([int32(42), int32(43), null]);
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
  });

  it('a record left with only the default, replaced later: the added value is value 1 there too', () => {
    const w = isam();
    const { t, key, col } = table(w, JET_coltypLong, JET_bitColumnMultiValued, int32(DEFAULT));
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, key, int32(1), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(valueAt(w, t, col, 1)).toEqual(int32(DEFAULT));
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(add(w, t, col, int32(5))).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect([valueAt(w, t, col, 1), valueAt(w, t, col, 2)]).toEqual([int32(5), null]);
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
  });

  it('JET_bitSetUniqueMultiValues does not compare with the default: the default\'s own value is taken once', () => {
    const w = isam();
    const { t, key, col } = table(w, JET_coltypLong, JET_bitColumnMultiValued, int32(DEFAULT));
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, key, int32(1), 4, 0, null)).toBe(JET_errSuccess);
    expect(add(w, t, col, int32(DEFAULT), JET_bitSetUniqueMultiValues)).toBe(JET_errSuccess);
    // Now the record holds it: the same value again is a duplicate (tagfld.cxx, fEnforceUniqueMultiValues).
    expect(add(w, t, col, int32(DEFAULT), JET_bitSetUniqueMultiValues)).toBe(JET_errMultiValuedDuplicate);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect([valueAt(w, t, col, 1), valueAt(w, t, col, 2)]).toEqual([int32(DEFAULT), null]);
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
  });

  it('a long value appended to on a new record is the bytes appended, not the default followed by them', () => {
    const w = isam();
    const dflt = new Uint8Array([1, 2, 3]);
    const { t, key, col } = table(w, JET_coltypLongBinary, 0, dflt);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, key, int32(1), 4, 0, null)).toBe(JET_errSuccess);
    const tail = new Uint8Array([9, 9]);
    expect(w.api.JetSetColumn(w.ses, t, col, tail, 2, JET_bitSetAppendLV, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(valueAt(w, t, col, 1)).toEqual(tail);
    // A second append adds to the value the record now holds.
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, col, new Uint8Array([4]), 1, JET_bitSetAppendLV, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(valueAt(w, t, col, 1)).toEqual(new Uint8Array([9, 9, 4]));
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
  });
});
