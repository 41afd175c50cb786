/**
 * Long values on regular tables (lv.cxx ErrLVIGetLVOP; fldmod.cxx:1652-1700): JET_bitSetAppendLV appends,
 * JET_bitSetOverwriteLV writes cbData bytes at JET_SETINFO.ibLongValue (JET_errColumnNoChunk past the value's end, or
 * at a non-zero offset of a value not there yet), JET_bitSetSizeLV resizes to cbData bytes, zero-filled, with a NULL
 * data pointer allowed (0 bytes makes it NULL), both together overwrite then end the value there; JET_RETINFO's
 * ibLongValue reads from an offset, and the size given back is what is left after it.
 *
 * A long value is set only inside a transaction (lv.cxx ErrRECSetLongField: at level 0 JET_errNotInTransaction,
 * NULL included): every update here that sets one is made in a transaction of its own.
 */
import {
  out, JET_bitSetAppendLV, JET_bitSetOverwriteLV, JET_bitSetSizeLV, JET_coltypLong, JET_coltypLongBinary,
  JET_errColumnNoChunk, JET_errNotInTransaction, JET_errSuccess, JET_MoveFirst, JET_MoveNext, JET_prepInsert,
  JET_prepReplace, JET_wrnColumnNull,
} from '../../src';
import type { JET_COLUMNID, JET_TABLEID } from '../../src';
import { int32, intOf, isam } from '../support/isam';
import type { Isam } from '../support/isam';

function table(w: Isam): { t: JET_TABLEID; lv: JET_COLUMNID } {
  const api = w.emu.api;
  const t = out<JET_TABLEID>();
  expect(api.JetCreateTable(w.ses, w.dbid, 'docs', 0, 0, t)).toBe(JET_errSuccess);
  const lv = out<JET_COLUMNID>();
  expect(api.JetAddColumn(w.ses, t.value, 'body', { coltyp: JET_coltypLongBinary }, null, 0, lv)).toBe(JET_errSuccess);
  return { t: t.value, lv: lv.value };
}

function read(w: Isam, t: JET_TABLEID, lv: JET_COLUMNID, offset = 0): number[] | null {
  const b = new Uint8Array(64);
  const size = out<number>();
  const rc = w.emu.api.JetRetrieveColumn(w.ses, t, lv, b, 64, size, 0, { ibLongValue: offset });
  if (rc === JET_wrnColumnNull) return null;
  expect(rc).toBe(JET_errSuccess);
  return [...b.subarray(0, size.value)];
}

/** Runs one update in a transaction of its own (a long value is set only inside a transaction), then commits it. */
function inTransaction(w: Isam, update: () => void): void {
  expect(w.emu.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
  update();
  expect(w.emu.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
}

describe('long values', () => {
  it('append, overwrite at an offset, resize, and read from an offset', () => {
    const w = isam();
    const api = w.emu.api;
    const { t, lv } = table(w);
    inTransaction(w, () => {
      expect(api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
      expect(api.JetSetColumn(w.ses, t, lv, Uint8Array.of(1, 2, 3), 3, 0, null)).toBe(JET_errSuccess);
      expect(api.JetSetColumn(w.ses, t, lv, Uint8Array.of(4, 5), 2, JET_bitSetAppendLV, null)).toBe(JET_errSuccess);
      expect(api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    });
    expect(api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(read(w, t, lv)).toEqual([1, 2, 3, 4, 5]);
    expect(read(w, t, lv, 3)).toEqual([4, 5]);
    inTransaction(w, () => {
      expect(api.JetPrepareUpdate(w.ses, t, JET_prepReplace)).toBe(JET_errSuccess);
      expect(api.JetSetColumn(w.ses, t, lv, Uint8Array.of(9, 9), 2, JET_bitSetOverwriteLV, { itagSequence: 1, ibLongValue: 4 })).toBe(JET_errSuccess);
      expect(api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    });
    expect(read(w, t, lv)).toEqual([1, 2, 3, 4, 9, 9]);
    inTransaction(w, () => {
      expect(api.JetPrepareUpdate(w.ses, t, JET_prepReplace)).toBe(JET_errSuccess);
      expect(api.JetSetColumn(w.ses, t, lv, null, 8, JET_bitSetSizeLV, null)).toBe(JET_errSuccess);
      expect(api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    });
    expect(read(w, t, lv)).toEqual([1, 2, 3, 4, 9, 9, 0, 0]);
    inTransaction(w, () => {
      expect(api.JetPrepareUpdate(w.ses, t, JET_prepReplace)).toBe(JET_errSuccess);
      expect(api.JetSetColumn(w.ses, t, lv, Uint8Array.of(7), 1, JET_bitSetSizeLV | JET_bitSetOverwriteLV, { itagSequence: 1, ibLongValue: 2 }))
        .toBe(JET_errSuccess);
      expect(api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    });
    expect(read(w, t, lv)).toEqual([1, 2, 7]);
    inTransaction(w, () => {
      expect(api.JetPrepareUpdate(w.ses, t, JET_prepReplace)).toBe(JET_errSuccess);
      expect(api.JetSetColumn(w.ses, t, lv, null, 0, JET_bitSetSizeLV, null)).toBe(JET_errSuccess);
      expect(api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    });
    expect(read(w, t, lv)).toBeNull();
  });

  it('ColumnNoChunk: overwriting past the end, or at an offset of a value that is not there yet', () => {
    const w = isam();
    const api = w.emu.api;
    const { t, lv } = table(w);
    inTransaction(w, () => {
      expect(api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
      expect(api.JetSetColumn(w.ses, t, lv, Uint8Array.of(1), 1, JET_bitSetOverwriteLV, { ibLongValue: 1 })).toBe(JET_errColumnNoChunk);
      expect(api.JetSetColumn(w.ses, t, lv, Uint8Array.of(1, 2), 2, JET_bitSetOverwriteLV, { ibLongValue: 0 })).toBe(JET_errSuccess);
      expect(api.JetSetColumn(w.ses, t, lv, Uint8Array.of(3), 1, JET_bitSetOverwriteLV, { itagSequence: 1, ibLongValue: 2 })).toBe(JET_errSuccess);
      expect(api.JetSetColumn(w.ses, t, lv, Uint8Array.of(4), 1, JET_bitSetOverwriteLV, { itagSequence: 1, ibLongValue: 4 })).toBe(JET_errColumnNoChunk);
      expect(api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    });
    expect(api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(read(w, t, lv)).toEqual([1, 2, 3]);
  });

  it('a long value column is set only inside a transaction: at level 0 NotInTransaction, with data or without (lv.cxx ErrRECSetLongField)', () => {
    // fldmod.cxx ErrFLDSetOneColumn sends every long value column (LongText, LongBinary) to lv.cxx ErrRECSetLongField,
    // whose first check is `if ( 0 == pfucb->ppib->Level() )`: JET_errNotInTransaction, before the data is looked at
    // (so a NULL set too). A column that is not a long value is set at level 0 as always.
    const w = isam();
    const api = w.emu.api;
    const { t, lv } = table(w);
    const n = out<JET_COLUMNID>();
    expect(api.JetAddColumn(w.ses, t, 'n', { coltyp: JET_coltypLong }, null, 0, n)).toBe(JET_errSuccess);
    expect(api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(api.JetSetColumn(w.ses, t, lv, Uint8Array.of(1, 2, 3), 3, 0, null)).toBe(JET_errNotInTransaction);
    expect(api.JetSetColumn(w.ses, t, lv, null, 0, 0, null)).toBe(JET_errNotInTransaction);
    expect(api.JetSetColumn(w.ses, t, n.value, int32(1), 4, 0, null)).toBe(JET_errSuccess);
    // The refused sets left nothing in the insert: the record goes in with the Long column only.
    expect(api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    // Inside a transaction the same sets succeed.
    expect(api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(api.JetSetColumn(w.ses, t, lv, null, 0, 0, null)).toBe(JET_errSuccess);
    expect(api.JetSetColumn(w.ses, t, lv, Uint8Array.of(1, 2, 3), 3, 0, null)).toBe(JET_errSuccess);
    expect(api.JetSetColumn(w.ses, t, n.value, int32(2), 4, 0, null)).toBe(JET_errSuccess);
    expect(api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
    expect(api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, t, n.value)).toBe(1);
    expect(read(w, t, lv)).toBeNull();
    expect(api.JetMove(w.ses, t, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, t, n.value)).toBe(2);
    expect(read(w, t, lv)).toEqual([1, 2, 3]);
  });
});
