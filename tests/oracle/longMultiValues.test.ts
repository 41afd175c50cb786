/**
 * Oracle tests for long values and multi-valued tagged columns on regular tables, with expected values read from the
 * engine source (dev/ese/src/ese/): lv.cxx ErrLVOpFromGrbit / ErrRECSetLongField / ErrRECAOIntrinsicLV /
 * ErrRECAOSeparateLV / ErrRECRetrieveSLongField, fldmod.cxx ErrFLDSetOneColumn / ErrIsamSetColumn /
 * ErrRECICheckUniqueLVMultiValues, tagfld.cxx TAGFIELDS::ErrSetColumn / CbDeleteMultiValue, fldext.cxx
 * ErrIsamRetrieveColumn, rec.hxx KeySequence, dir.cxx (equal keys of one record make one entry).
 */
import {
  out, JET_bitColumnMultiValued, JET_bitColumnTagged, JET_bitRetrieveCopy, JET_bitRetrieveFromIndex, JET_bitSetAppendLV, JET_bitSetOverwriteLV,
  JET_bitSetSizeLV, JET_bitSetUniqueMultiValues, JET_bitSetZeroLength, JET_coltypBinary, JET_coltypLong, JET_coltypLongBinary,
  JET_errColumnNoChunk, JET_errColumnTooBig, JET_errInvalidParameter, JET_errMultiValuedDuplicate, JET_errNoCurrentRecord, JET_errSuccess,
  JET_wrnBufferTruncated,
  JET_MoveFirst, JET_MoveNext, JET_prepInsert, JET_prepReplace, JET_wrnColumnNull,
} from '../../src';
import type { JET_COLUMNID, JET_TABLEID } from '../../src';
import { addColumn, createIndex, int32, isam, readInt32 } from '../support/isam';
import type { Isam } from '../support/isam';

interface T {
  w: Isam;
  t: JET_TABLEID;
  /** LongBinary, tagged multi-valued. */
  mv: JET_COLUMNID;
  /** LongBinary, cbMax 8. */
  small: JET_COLUMNID;
}

function table(): T {
  const w = isam();
  const box = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, 't', 0, 100, box)).toBe(JET_errSuccess);
  const t = box.value;
  const mv = addColumn(w.api, w.ses, t, 'mv', { coltyp: JET_coltypLongBinary, grbit: JET_bitColumnTagged | JET_bitColumnMultiValued });
  const small = addColumn(w.api, w.ses, t, 'small', { coltyp: JET_coltypLongBinary, cbMax: 8 });
  return { w, t, mv, small };
}

function bytes(...b: number[]): Uint8Array {
  return Uint8Array.from(b);
}

function big(n: number, fill: number): Uint8Array {
  return new Uint8Array(n).fill(fill);
}

/** JetSetColumn with a JET_SETINFO. */
function set(x: T, col: JET_COLUMNID, data: Uint8Array | null, cb: number, grbit: number, itagSequence = 1, ibLongValue = 0): number {
  return x.w.api.JetSetColumn(x.w.ses, x.t, col, data, cb, grbit, { itagSequence, ibLongValue });
}

interface Read { rc: number; actual: number; data: number[] }

function get(x: T, col: JET_COLUMNID, itagSequence = 1, ibLongValue = 0, grbit = 0, cbMax = 4096): Read {
  const buf = new Uint8Array(cbMax);
  const actual = out<number>(0);
  const rc = x.w.api.JetRetrieveColumn(x.w.ses, x.t, col, buf, cbMax, actual, grbit, { itagSequence, ibLongValue });
  return { rc, actual: actual.value, data: [...buf.subarray(0, Math.min(actual.value, cbMax))] };
}

/** Every value of the column in the current record (itagSequence 1, 2, ... until wrnColumnNull). */
function values(x: T, col: JET_COLUMNID, grbit = 0): number[][] {
  const found: number[][] = [];
  for (let itag = 1; itag < 50; itag++) {
    const r = get(x, col, itag, 0, grbit);
    if (r.rc === JET_wrnColumnNull) return found;
    expect(r.rc).toBe(JET_errSuccess);
    found.push(r.data);
  }
  return found;
}

/** Opens a transaction and prepares an insert (a long value is set only inside a transaction). */
function begin(x: T, prep = JET_prepInsert): void {
  expect(x.w.api.JetBeginTransaction(x.w.ses)).toBe(JET_errSuccess);
  expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, prep)).toBe(JET_errSuccess);
}

function commit(x: T): void {
  expect(x.w.api.JetUpdate(x.w.ses, x.t, null, 0, null)).toBe(JET_errSuccess);
  expect(x.w.api.JetCommitTransaction(x.w.ses, 0)).toBe(JET_errSuccess);
  expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
}

describe('oracle: long values and multi-valued columns', () => {
  it('AppendLV / OverwriteLV / ZeroLength with no data on a NULL value make it zero-length, not NULL', () => {
    // lv.cxx ErrLVOpFromGrbit: AppendLV, cbData 0, fNewInstance -> lvopInsertZeroLength; OverwriteLV, cbData 0,
    // ibLongValue 0, fNewInstance -> lvopInsertZeroLength; ZeroLength, cbData 0 -> lvopInsertZeroLength;
    // ErrRECSetLongField case lvopInsertZeroLength: ErrRECSetColumn with a DATA of 0 bytes (a value, not NULL).
    const x = table();
    begin(x);
    expect(set(x, x.mv, null, 0, JET_bitSetAppendLV, 0)).toBe(JET_errSuccess);
    expect(set(x, x.mv, new Uint8Array(0), 0, JET_bitSetOverwriteLV, 0)).toBe(JET_errSuccess);
    expect(set(x, x.mv, null, 0, JET_bitSetZeroLength, 0)).toBe(JET_errSuccess);
    expect(set(x, x.mv, null, 0, JET_bitSetSizeLV | JET_bitSetZeroLength, 0)).toBe(JET_errSuccess);
    commit(x);
    expect(values(x, x.mv)).toEqual([[], [], [], []]);
    expect(get(x, x.mv, 1)).toEqual({ rc: JET_errSuccess, actual: 0, data: [] });
  });

  it('OverwriteLV at a non-zero offset of a value not there yet is ColumnNoChunk, with data or without', () => {
    // lv.cxx ErrLVOpFromGrbit: OverwriteLV, fNewInstance, ibLongValue != 0 -> JET_errColumnNoChunk (both with
    // cbData 0 and with data); OverwriteLV|SizeLV with data, fNewInstance, ibLongValue != 0 -> ColumnNoChunk.
    const x = table();
    begin(x);
    expect(set(x, x.mv, null, 0, JET_bitSetOverwriteLV, 1, 3)).toBe(JET_errColumnNoChunk);
    expect(set(x, x.mv, bytes(1), 1, JET_bitSetOverwriteLV | JET_bitSetSizeLV, 1, 1)).toBe(JET_errColumnNoChunk);
    // A value past the last is a new instance too (ErrRECIRetrieveTaggedColumn answers JET_wrnColumnNull).
    expect(set(x, x.mv, bytes(1, 2), 2, 0, 0)).toBe(JET_errSuccess);
    expect(set(x, x.mv, bytes(9), 1, JET_bitSetOverwriteLV, 4, 1)).toBe(JET_errColumnNoChunk);
    commit(x);
    expect(values(x, x.mv)).toEqual([[1, 2]]);
  });

  it('on a value that is there: no data with AppendLV or OverwriteLV changes nothing, even past the end', () => {
    // lv.cxx ErrLVOpFromGrbit: AppendLV / OverwriteLV, cbData 0, !fNewInstance -> lvopNull;
    // ErrRECSetLongField case lvopNull: JET_errSuccess, nothing set (no offset check is reached).
    const x = table();
    begin(x);
    expect(set(x, x.mv, bytes(1, 2, 3), 3, 0, 0)).toBe(JET_errSuccess);
    expect(set(x, x.mv, null, 0, JET_bitSetAppendLV, 1)).toBe(JET_errSuccess);
    expect(set(x, x.mv, new Uint8Array(0), 0, JET_bitSetOverwriteLV, 1, 10)).toBe(JET_errSuccess);
    commit(x);
    expect(values(x, x.mv)).toEqual([[1, 2, 3]]);
  });

  it('OverwriteLV at exactly the end extends the value; one byte further is ColumnNoChunk', () => {
    // lv.cxx ErrRECAOIntrinsicLV lvopOverwriteRange: ibLongValue > cb -> ColumnNoChunk, else the size is
    // max(cb, ib + cbNew); lvopOverwriteRangeAndResize: ib > cb -> ColumnNoChunk, else the size is ib + cbNew.
    const x = table();
    begin(x);
    expect(set(x, x.mv, bytes(1, 2, 3), 3, 0, 0)).toBe(JET_errSuccess);
    expect(set(x, x.mv, bytes(4), 1, JET_bitSetOverwriteLV, 1, 3)).toBe(JET_errSuccess);
    expect(set(x, x.mv, bytes(9), 1, JET_bitSetOverwriteLV, 1, 5)).toBe(JET_errColumnNoChunk);
    expect(set(x, x.mv, bytes(9), 1, JET_bitSetOverwriteLV | JET_bitSetSizeLV, 1, 5)).toBe(JET_errColumnNoChunk);
    expect(get(x, x.mv, 1, 0, JET_bitRetrieveCopy).data).toEqual([1, 2, 3, 4]);
    expect(set(x, x.mv, bytes(7, 8), 2, JET_bitSetOverwriteLV | JET_bitSetSizeLV, 1, 4)).toBe(JET_errSuccess);
    expect(get(x, x.mv, 1, 0, JET_bitRetrieveCopy).data).toEqual([1, 2, 3, 4, 7, 8]);
    expect(set(x, x.mv, bytes(5), 1, JET_bitSetOverwriteLV | JET_bitSetSizeLV, 1, 1)).toBe(JET_errSuccess);
    commit(x);
    expect(values(x, x.mv)).toEqual([[1, 5]]);
  });

  it('SizeLV (alone or with OverwriteLV) to 0 bytes makes the value NULL: value n is deleted', () => {
    // lv.cxx ErrLVOpFromGrbit: SizeLV or SizeLV|OverwriteLV, cbData 0, !fNewInstance -> lvopReplaceWithNull ->
    // ErrRECSetColumn(itagSequence, NULL) -> tagfld.cxx TAGFIELDS::ErrSetColumn "Delete one from multivalues".
    const x = table();
    begin(x);
    for (const v of [1, 2, 3, 4]) expect(set(x, x.mv, bytes(v), 1, 0, 0)).toBe(JET_errSuccess);
    expect(set(x, x.mv, null, 0, JET_bitSetSizeLV, 2)).toBe(JET_errSuccess);
    expect(set(x, x.mv, null, 0, JET_bitSetSizeLV | JET_bitSetOverwriteLV, 3, 7)).toBe(JET_errSuccess);
    commit(x);
    expect(values(x, x.mv)).toEqual([[1], [3]]);
  });

  it('SizeLV with no data buffer on a value not there yet makes a zero-filled value', () => {
    // lv.cxx ErrLVOpFromGrbit: SizeLV, cbData > 0, fNewInstance -> lvopInsertZeroedOut; ErrRECAOIntrinsicLV memsets 0.
    // fldmod.cxx ErrFLDSetOneColumn keeps cbData with a NULL pv when SizeLV is given.
    const x = table();
    begin(x);
    expect(set(x, x.mv, null, 5, JET_bitSetSizeLV, 0)).toBe(JET_errSuccess);
    expect(set(x, x.mv, null, 3, JET_bitSetSizeLV, 9)).toBe(JET_errSuccess);
    commit(x);
    expect(values(x, x.mv)).toEqual([[0, 0, 0, 0, 0], [0, 0, 0]]);
  });

  it('itagSequence past the last value adds a value; NULL past the last or with itagSequence 0 changes nothing', () => {
    // lv.cxx ErrRECSetLongField: ErrRECIRetrieveTaggedColumn of a missing value -> JET_wrnColumnNull -> fNewInstance;
    // AppendLV / OverwriteLV(ib 0) with data on a new instance -> lvopInsert. tagfld.cxx TAGFIELDS::ErrSetColumn:
    // itagSequence > CMultiValues() adds a new instance at the end; NULL on a multi-value: CbDeleteMultiValue only
    // for 0 < itagSequence <= CMultiValues().
    const x = table();
    begin(x);
    expect(set(x, x.mv, bytes(1), 1, 0, 0)).toBe(JET_errSuccess);
    expect(set(x, x.mv, bytes(2), 1, 0, 0)).toBe(JET_errSuccess);
    expect(set(x, x.mv, bytes(3), 1, 0, 7)).toBe(JET_errSuccess);
    expect(set(x, x.mv, bytes(4), 1, JET_bitSetAppendLV, 9)).toBe(JET_errSuccess);
    expect(set(x, x.mv, bytes(5), 1, JET_bitSetOverwriteLV, 12, 0)).toBe(JET_errSuccess);
    expect(set(x, x.mv, null, 0, 0, 20)).toBe(JET_errSuccess);
    expect(set(x, x.mv, null, 0, 0, 0)).toBe(JET_errSuccess);
    expect(set(x, x.mv, null, 0, JET_bitSetSizeLV, 30)).toBe(JET_errSuccess);
    commit(x);
    expect(values(x, x.mv)).toEqual([[1], [2], [3], [4], [5]]);
  });

  it('NULL at itagSequence n deletes value n; later values move down; replacing value n keeps its place', () => {
    // tagfld.cxx TAGFIELDS::ErrSetColumn: NULL on a multi-value -> CbDeleteMultiValue(itagSequence)
    // (MULTIVALUES::RemoveInstance); non-NULL at 1 <= itag <= count -> UpdateInstance.
    const x = table();
    begin(x);
    for (const v of [1, 2, 3]) expect(set(x, x.mv, bytes(v), 1, 0, 0)).toBe(JET_errSuccess);
    commit(x);
    begin(x, JET_prepReplace);
    expect(set(x, x.mv, null, 0, 0, 2)).toBe(JET_errSuccess);
    expect(values(x, x.mv, JET_bitRetrieveCopy)).toEqual([[1], [3]]);
    expect(values(x, x.mv)).toEqual([[1], [2], [3]]);
    expect(set(x, x.mv, bytes(8, 8), 2, 0, 2)).toBe(JET_errSuccess);
    expect(set(x, x.mv, bytes(6), 1, JET_bitSetAppendLV, 1)).toBe(JET_errSuccess);
    commit(x);
    expect(values(x, x.mv)).toEqual([[1, 6], [8, 8]]);
    begin(x, JET_prepReplace);
    expect(set(x, x.mv, null, 0, 0, 1)).toBe(JET_errSuccess);
    expect(set(x, x.mv, null, 0, 0, 1)).toBe(JET_errSuccess);
    commit(x);
    expect(get(x, x.mv, 1)).toEqual({ rc: JET_wrnColumnNull, actual: 0, data: [] });
  });

  it('retrieve: value n past the last is wrnColumnNull; ibLongValue at or past the end reads 0 bytes, Success', () => {
    // fldext.cxx ErrIsamRetrieveColumn case wrnRECIntrinsicLV: ibLVOffset >= cb -> cb 0, JET_errSuccess.
    // lv.cxx ErrRECRetrieveSLongField: ibGraphic >= ulLVSize -> *pcbActual = 0, JET_errSuccess; else
    // *pcbActual = ulLVSize - ibGraphic.
    const x = table();
    begin(x);
    expect(set(x, x.mv, bytes(1, 2, 3), 3, 0, 0)).toBe(JET_errSuccess);
    const long = big(3000, 7);
    long[2999] = 9;
    expect(set(x, x.mv, long, 3000, 0, 0)).toBe(JET_errSuccess);
    commit(x);
    expect(get(x, x.mv, 3).rc).toBe(JET_wrnColumnNull);
    expect(get(x, x.mv, 3).actual).toBe(0);
    expect(get(x, x.mv, 1, 3)).toEqual({ rc: JET_errSuccess, actual: 0, data: [] });
    expect(get(x, x.mv, 1, 100)).toEqual({ rc: JET_errSuccess, actual: 0, data: [] });
    expect(get(x, x.mv, 1, 2)).toEqual({ rc: JET_errSuccess, actual: 1, data: [3] });
    expect(get(x, x.mv, 2, 3000)).toEqual({ rc: JET_errSuccess, actual: 0, data: [] });
    expect(get(x, x.mv, 2, 5000)).toEqual({ rc: JET_errSuccess, actual: 0, data: [] });
    const tail = get(x, x.mv, 2, 2998);
    expect(tail).toEqual({ rc: JET_errSuccess, actual: 2, data: [7, 9] });
  });

  it('JET_bitRetrieveCopy reads a long value as it is being built; a plain retrieve reads the stored one', () => {
    // fldext.cxx ErrIsamRetrieveColumn: fUseCopyBuffer with JET_bitRetrieveCopy and an update prepared;
    // for a separated LV fAfterImage = fUseCopyBuffer || ... (lv.cxx ErrRECRetrieveSLongField).
    const x = table();
    begin(x);
    expect(set(x, x.mv, bytes(1, 2), 2, 0, 1)).toBe(JET_errSuccess);
    commit(x);
    begin(x, JET_prepReplace);
    expect(set(x, x.mv, bytes(3), 1, JET_bitSetAppendLV, 1)).toBe(JET_errSuccess);
    expect(set(x, x.mv, big(2000, 5), 2000, JET_bitSetAppendLV, 1)).toBe(JET_errSuccess);
    const copy = get(x, x.mv, 1, 0, JET_bitRetrieveCopy, 4096);
    expect(copy.rc).toBe(JET_errSuccess);
    expect(copy.actual).toBe(2003);
    expect(copy.data.slice(0, 4)).toEqual([1, 2, 3, 5]);
    expect(get(x, x.mv, 1, 2001, JET_bitRetrieveCopy)).toEqual({ rc: JET_errSuccess, actual: 2, data: [5, 5] });
    expect(get(x, x.mv, 1, 0, 0)).toEqual({ rc: JET_errSuccess, actual: 2, data: [1, 2] });
    expect(set(x, x.mv, null, 4, JET_bitSetSizeLV, 1)).toBe(JET_errSuccess);
    expect(get(x, x.mv, 1, 0, JET_bitRetrieveCopy)).toEqual({ rc: JET_errSuccess, actual: 4, data: [1, 2, 3, 5] });
    commit(x);
    expect(values(x, x.mv)).toEqual([[1, 2, 3, 5]]);
  });

  it('growing a long value past its cbMax is ColumnTooBig, by append, overwrite or resize', () => {
    // lv.cxx ErrRECAOIntrinsicLV: ulColMax > 0 && cbT > ulColMax -> JET_errColumnTooBig (cbT: append cb + cbNew,
    // overwrite max(cb, ib + cbNew), resize cbNew, insert cbNew).
    const x = table();
    begin(x);
    expect(set(x, x.small, big(9, 1), 9, 0)).toBe(JET_errColumnTooBig);
    expect(set(x, x.small, big(6, 1), 6, 0)).toBe(JET_errSuccess);
    expect(set(x, x.small, big(3, 2), 3, JET_bitSetAppendLV)).toBe(JET_errColumnTooBig);
    expect(set(x, x.small, big(4, 2), 4, JET_bitSetOverwriteLV, 1, 5)).toBe(JET_errColumnTooBig);
    expect(set(x, x.small, null, 9, JET_bitSetSizeLV)).toBe(JET_errColumnTooBig);
    expect(set(x, x.small, null, 9, JET_bitSetSizeLV, 0)).toBe(JET_errColumnTooBig);
    expect(set(x, x.small, big(2, 2), 2, JET_bitSetAppendLV)).toBe(JET_errSuccess);
    commit(x);
    expect(get(x, x.small).data).toEqual([1, 1, 1, 1, 1, 1, 2, 2]);
  });

  it('JET_bitSetUniqueMultiValues on a long value compares with every other value, long ones included', () => {
    // fldmod.cxx ErrRECICheckUniqueLVMultiValues: skips itagSequence only; intrinsic: FDataEqual ->
    // MultiValuedDuplicate; separated: lv.cxx ErrRECRetrieveSLongField comparing (pcbActual NULL) -> equal data is
    // MultiValuedDuplicate, a different size is not. ErrFLDSetOneColumn: a zero-length value is checked only with
    // JET_bitSetZeroLength.
    const x = table();
    begin(x);
    const a = big(2000, 3);
    expect(set(x, x.mv, a, 2000, 0, 0)).toBe(JET_errSuccess);
    expect(set(x, x.mv, bytes(1, 2), 2, 0, 0)).toBe(JET_errSuccess);
    expect(set(x, x.mv, a, 2000, JET_bitSetUniqueMultiValues, 0)).toBe(JET_errMultiValuedDuplicate);
    expect(set(x, x.mv, a, 2000, JET_bitSetUniqueMultiValues, 5)).toBe(JET_errMultiValuedDuplicate);
    expect(set(x, x.mv, a, 2000, JET_bitSetUniqueMultiValues, 1)).toBe(JET_errSuccess);
    expect(set(x, x.mv, a, 1999, JET_bitSetUniqueMultiValues, 0)).toBe(JET_errSuccess);
    expect(set(x, x.mv, bytes(1, 2), 2, JET_bitSetUniqueMultiValues, 1)).toBe(JET_errMultiValuedDuplicate);
    expect(set(x, x.mv, bytes(1, 2), 2, JET_bitSetUniqueMultiValues, 2)).toBe(JET_errSuccess);
    expect(set(x, x.mv, null, 0, JET_bitSetZeroLength, 0)).toBe(JET_errSuccess);
    expect(set(x, x.mv, null, 0, JET_bitSetZeroLength | JET_bitSetUniqueMultiValues, 0)).toBe(JET_errMultiValuedDuplicate);
    expect(set(x, x.mv, null, 0, JET_bitSetUniqueMultiValues, 0)).toBe(JET_errSuccess);
    commit(x);
    expect(values(x, x.mv).map((v) => v.length)).toEqual([2000, 2, 1999, 0]);
  });

  it('index entries follow the values as they are replaced, deleted and added past the last', () => {
    // recupd.cxx ErrRECIEnumerateKeys + rec.hxx KeySequence: one key per value of the (first) multi-valued column;
    // dir.cxx: equal keys of one record make one entry. tagfld.cxx ErrSetColumn: itag past the last adds a value,
    // NULL at n deletes value n.
    const w = isam();
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'ix', 0, 100, box)).toBe(JET_errSuccess);
    const t = box.value;
    const tag = addColumn(w.api, w.ses, t, 'tag', { coltyp: JET_coltypLong, grbit: JET_bitColumnTagged | JET_bitColumnMultiValued });
    expect(createIndex(w.api, w.ses, t, 'byTag', 0, '+tag')).toBe(JET_errSuccess);
    expect(w.api.JetSetCurrentIndex(w.ses, t, 'byTag')).toBe(JET_errSuccess);
    const s = (v: number | null, itagSequence: number): number =>
      w.api.JetSetColumn(w.ses, t, tag, v === null ? null : int32(v), v === null ? 0 : 4, 0, { itagSequence, ibLongValue: 0 });
    const keys = (): number[] => {
      const seen: number[] = [];
      let rc = w.api.JetMove(w.ses, t, JET_MoveFirst, 0);
      while (rc === JET_errSuccess) {
        const b = new Uint8Array(4);
        const cb = out<number>(0);
        expect(w.api.JetRetrieveColumn(w.ses, t, tag, b, 4, cb, JET_bitRetrieveFromIndex, null)).toBe(JET_errSuccess);
        seen.push(readInt32(b));
        rc = w.api.JetMove(w.ses, t, JET_MoveNext, 0);
      }
      expect(rc).toBe(JET_errNoCurrentRecord);
      return seen;
    };
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    for (const v of [5, 3, 5, 9]) expect(s(v, 0)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(keys()).toEqual([3, 5, 9]);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(s(null, 2)).toBe(JET_errSuccess); // [5, 5, 9]
    expect(s(1, 8)).toBe(JET_errSuccess); // [5, 5, 9, 1]
    expect(s(7, 1)).toBe(JET_errSuccess); // [7, 5, 9, 1]
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(keys()).toEqual([1, 5, 7, 9]);
  });
  it('a grbit bit the engine does not strip turns AppendLV / OverwriteLV into a plain replace', () => {
    // lv.cxx ErrRECSetLongField strips only SeparateLV, Unique*, RevertToDefault, IntrinsicLV, (Un)Compressed and
    // ContiguousLV; ErrLVOpFromGrbit switches on the whole grbit: AppendLV|0x2 or OverwriteLV|0x10 hit `default`
    // -> lvopReplace (existing value) / lvopInsert (new value, no ColumnNoChunk for ibLongValue).
    const x = table();
    begin(x);
    expect(set(x, x.mv, bytes(1, 2), 2, 0, 0)).toBe(JET_errSuccess);
    expect(set(x, x.mv, bytes(3), 1, JET_bitSetAppendLV | 0x2, 1)).toBe(JET_errSuccess);
    expect(set(x, x.mv, bytes(4, 5), 2, 0, 0)).toBe(JET_errSuccess);
    expect(set(x, x.mv, bytes(6), 1, JET_bitSetOverwriteLV | 0x10, 2, 1)).toBe(JET_errSuccess);
    expect(set(x, x.mv, bytes(7), 1, JET_bitSetOverwriteLV | 0x800, 0, 5)).toBe(JET_errSuccess);
    commit(x);
    expect(values(x, x.mv)).toEqual([[3], [6], [7]]);
  });

  it('cbData over JET_cbLVColumnMost is InvalidParameter, before the update is checked', () => {
    // fldmod.cxx ErrIsamSetColumn: cbData > JET_cbLVColumnMost (0x7fffffff) -> JET_errInvalidParameter, before
    // FFUCBSetPrepared (UpdateNotPrepared).
    const x = table();
    expect(x.w.api.JetSetColumn(x.w.ses, x.t, x.mv, null, 0x80000000, JET_bitSetSizeLV, null)).toBe(JET_errInvalidParameter);
    begin(x);
    expect(x.w.api.JetSetColumn(x.w.ses, x.t, x.mv, null, 0x80000000, JET_bitSetSizeLV, null)).toBe(JET_errInvalidParameter);
  });

  it('separated long values: overwrite past the end is ColumnNoChunk, at the end it extends; cbMax is checked', () => {
    // lv.cxx ErrRECAOSeparateLV: ibLongValue > ulSize with OverwriteRange(AndResize) -> ColumnNoChunk; new size
    // over ulColMax -> ColumnTooBig; ErrRECSetLongField fForceSeparateLV: cbIntrinsic > ulColMax -> ColumnTooBig.
    const w = isam();
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 's', 0, 100, box)).toBe(JET_errSuccess);
    const t = box.value;
    const lv = addColumn(w.api, w.ses, t, 'lv', { coltyp: JET_coltypLongBinary, cbMax: 2500 });
    const x: T = { w, t, mv: lv, small: lv };
    begin(x);
    expect(set(x, lv, big(2600, 1), 2600, 0)).toBe(JET_errColumnTooBig);
    expect(set(x, lv, big(2000, 1), 2000, 0)).toBe(JET_errSuccess);
    commit(x);
    begin(x, JET_prepReplace);
    expect(set(x, lv, bytes(9), 1, JET_bitSetOverwriteLV, 1, 2001)).toBe(JET_errColumnNoChunk);
    expect(set(x, lv, bytes(9), 1, JET_bitSetOverwriteLV | JET_bitSetSizeLV, 1, 2001)).toBe(JET_errColumnNoChunk);
    expect(set(x, lv, bytes(9), 1, JET_bitSetOverwriteLV, 1, 2000)).toBe(JET_errSuccess);
    expect(set(x, lv, big(600, 2), 600, JET_bitSetAppendLV)).toBe(JET_errColumnTooBig);
    expect(set(x, lv, null, 2501, JET_bitSetSizeLV)).toBe(JET_errColumnTooBig);
    expect(set(x, lv, big(500, 2), 500, JET_bitSetOverwriteLV, 1, 2001)).toBe(JET_errColumnTooBig);
    expect(set(x, lv, big(499, 2), 499, JET_bitSetOverwriteLV, 1, 2001)).toBe(JET_errSuccess);
    commit(x);
    const r = get(x, lv, 1, 1999, 0, 4);
    expect(r).toEqual({ rc: JET_wrnBufferTruncated, actual: 501, data: [1, 9, 2, 2] });
  });

  it('a tagged column that is not a long value: AppendLV sets the whole value, ibLongValue is not applied on retrieve', () => {
    // fldmod.cxx ErrFLDSetOneColumn: only FRECLongValue columns go to ErrRECSetLongField; others go to
    // ErrRECSetColumn, where TAGFIELDS::ErrSetColumn does not look at AppendLV / OverwriteLV.
    // fldext.cxx ErrIsamRetrieveColumn: ibLVOffset is applied only for wrnRECIntrinsicLV / wrnRECSeparatedLV.
    const w = isam();
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'b', 0, 100, box)).toBe(JET_errSuccess);
    const t = box.value;
    const bin = addColumn(w.api, w.ses, t, 'bin', { coltyp: JET_coltypBinary, grbit: JET_bitColumnTagged | JET_bitColumnMultiValued });
    const x: T = { w, t, mv: bin, small: bin };
    begin(x);
    expect(set(x, bin, bytes(1, 2), 2, 0, 0)).toBe(JET_errSuccess);
    expect(set(x, bin, bytes(3), 1, JET_bitSetAppendLV, 1)).toBe(JET_errSuccess);
    expect(set(x, bin, bytes(4, 5, 6), 3, JET_bitSetOverwriteLV, 0, 2)).toBe(JET_errSuccess);
    commit(x);
    expect(values(x, bin)).toEqual([[3], [4, 5, 6]]);
    expect(get(x, bin, 2, 2)).toEqual({ rc: JET_errSuccess, actual: 3, data: [4, 5, 6] });
  });

  it('a tagged column not flagged multi-valued takes a 2nd value with itagSequence 0 or 2 (no multi-valued check on set)', () => {
    // fldmod.cxx ErrFLDSetOneColumn / ErrRECISetTaggedColumn and rec.hxx ErrRECSetColumn never look at
    // FFIELDMultivalued; tagfld.cxx TAGFIELDS::ErrSetColumn, column present, no header, itagSequence != 1 and not
    // NULL -> "add a 2nd value" (ConvertToTwoValues / ConvertToMultiValues). The long-value path does the same
    // (lv.cxx ErrRECSetLongField: a missing itag is a new instance).
    const w = isam();
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'b', 0, 100, box)).toBe(JET_errSuccess);
    const t = box.value;
    const one = addColumn(w.api, w.ses, t, 'one', { coltyp: JET_coltypBinary, grbit: JET_bitColumnTagged });
    const two = addColumn(w.api, w.ses, t, 'two', { coltyp: JET_coltypBinary, grbit: JET_bitColumnTagged });
    const lv = addColumn(w.api, w.ses, t, 'lv', { coltyp: JET_coltypLongBinary });
    const x: T = { w, t, mv: one, small: one };
    begin(x);
    expect(set(x, one, bytes(7), 1, 0, 0)).toBe(JET_errSuccess);
    expect(set(x, one, bytes(8), 1, 0, 0)).toBe(JET_errSuccess);
    expect(set(x, two, bytes(7), 1, 0, 1)).toBe(JET_errSuccess);
    expect(set(x, two, bytes(8), 1, 0, 2)).toBe(JET_errSuccess);
    expect(set(x, lv, bytes(7), 1, 0, 0)).toBe(JET_errSuccess);
    expect(set(x, lv, bytes(8), 1, 0, 0)).toBe(JET_errSuccess);
    commit(x);
    expect(values(x, lv)).toEqual([[7], [8]]);
    expect(values(x, two)).toEqual([[7], [8]]);
    expect(values(x, one)).toEqual([[7], [8]]);
  });
});
