/**
 * Setting values of multi-valued columns, from fldmod.cxx and tagfld.cxx:
 * - ErrIsamSetColumn (fldmod.cxx ~1971-1983): without a JET_SETINFO, itagSequence is 1 and ibLongValue 0, so a
 *   JetSetColumn sets (or replaces) the first value; itagSequence 0 in a JET_SETINFO adds one.
 * - ErrFLDSetOneColumn (~1650): JET_bitSetUniqueMultiValues / JET_bitSetUniqueNormalizedMultiValues with AppendLV,
 *   OverwriteLV or SizeLV is InvalidGrbit, answered before the column is looked up; uniqueness is enforced for data,
 *   or a zero-length value set with JET_bitSetZeroLength.
 * - tagfld.cxx MULTIVALUES::ErrCheckUnique (~907) compares with every value but the one at itagSequence;
 *   TAGFIELDS::ErrCheckUniqueMultiValues (~946) checks a column holding one value unless itagSequence is 1. Equal
 *   values are MultiValuedDuplicate. The normalized form compares the values as normalized key data (fldmod.cxx
 *   ErrRECICheckUniqueNormalizedTaggedRecordData): ASCII text compares without regard to a-z case.
 * - A long value appended to with JET_bitSetAppendLV is the one at itagSequence.
 */
import {
  out, JET_bitColumnMultiValued, JET_bitColumnTagged, JET_bitSetAppendLV, JET_bitSetContiguousLV, JET_bitSetOverwriteLV, JET_bitSetSizeLV,
  JET_bitSetUniqueMultiValues, JET_bitSetUniqueNormalizedMultiValues, JET_bitSetZeroLength, JET_coltypLongBinary,
  JET_coltypLongText, JET_coltypText, JET_errColumnNotFound, JET_errMultiValuedDuplicateAfterTruncation, JET_errInvalidGrbit, JET_errMultiValuedDuplicate, JET_errSuccess,
  JET_MoveFirst, JET_prepInsert, JET_prepReplace,
} from '../../src';
import type { JET_COLUMNID, JET_TABLEID } from '../../src';
import { addColumn, ascii, fromAscii, isam } from '../support/isam';
import type { Isam } from '../support/isam';

interface T {
  w: Isam;
  t: JET_TABLEID;
  tags: JET_COLUMNID;
  blobs: JET_COLUMNID;
}

function table(): T {
  const w = isam();
  const box = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, 't', 0, 100, box)).toBe(JET_errSuccess);
  const t = box.value;
  const mv = JET_bitColumnTagged | JET_bitColumnMultiValued;
  const tags = addColumn(w.api, w.ses, t, 'tags', { coltyp: JET_coltypText, cp: 1252, grbit: mv });
  const blobs = addColumn(w.api, w.ses, t, 'blobs', { coltyp: JET_coltypLongBinary, grbit: mv });
  return { w, t, tags, blobs };
}

function set(x: T, col: JET_COLUMNID, s: string, grbit = 0, itagSequence?: number): number {
  const data = ascii(s);
  return x.w.api.JetSetColumn(x.w.ses, x.t, col, data, data.length, grbit, itagSequence === undefined ? null : { itagSequence });
}

/** Every value of a column of the current record, in itagSequence order (read with JET_RETINFO.itagSequence 1, 2, ...). */
function values(x: T, col: JET_COLUMNID): string[] {
  const found: string[] = [];
  for (let itag = 1; ; itag++) {
    const buf = new Uint8Array(64);
    const actual = out<number>(0);
    const rc = x.w.api.JetRetrieveColumn(x.w.ses, x.t, col, buf, buf.length, actual, 0, { itagSequence: itag });
    if (rc !== JET_errSuccess) return found;
    found.push(fromAscii(buf.subarray(0, actual.value)));
  }
}

function update(x: T): void {
  expect(x.w.api.JetUpdate(x.w.ses, x.t, null, 0, null)).toBe(JET_errSuccess);
  expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
}

describe('JetSetColumn on a multi-valued column', () => {
  it('without a JET_SETINFO sets the first value (itagSequence 1); itagSequence 0 adds one', () => {
    const x = table();
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(set(x, x.tags, 'a')).toBe(JET_errSuccess);
    expect(set(x, x.tags, 'b')).toBe(JET_errSuccess);
    expect(set(x, x.tags, 'c', 0, 0)).toBe(JET_errSuccess);
    expect(set(x, x.tags, 'd', 0, 0)).toBe(JET_errSuccess);
    update(x);
    expect(values(x, x.tags)).toEqual(['b', 'c', 'd']);
  });

  it('JET_bitSetUniqueMultiValues: a value equal to another one is MultiValuedDuplicate; the one being replaced does not count', () => {
    const x = table();
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    for (const s of ['red', 'green']) expect(set(x, x.tags, s, JET_bitSetUniqueMultiValues, 0)).toBe(JET_errSuccess);
    expect(set(x, x.tags, 'red', JET_bitSetUniqueMultiValues, 0)).toBe(JET_errMultiValuedDuplicate);
    expect(set(x, x.tags, 'green', JET_bitSetUniqueMultiValues, 1)).toBe(JET_errMultiValuedDuplicate);
    // Replacing value 2 by itself, or value 1 by a new value, is no duplicate.
    expect(set(x, x.tags, 'green', JET_bitSetUniqueMultiValues, 2)).toBe(JET_errSuccess);
    expect(set(x, x.tags, 'blue', JET_bitSetUniqueMultiValues, 1)).toBe(JET_errSuccess);
    // Case differs: not a duplicate of the bytes.
    expect(set(x, x.tags, 'GREEN', JET_bitSetUniqueMultiValues, 0)).toBe(JET_errSuccess);
    update(x);
    expect(values(x, x.tags)).toEqual(['blue', 'green', 'GREEN']);
  });

  it('the check is against the record as it stands in the update: a replace sees the stored values', () => {
    const x = table();
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    for (const s of ['x', 'y']) expect(set(x, x.tags, s, 0, 0)).toBe(JET_errSuccess);
    update(x);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(set(x, x.tags, 'y', JET_bitSetUniqueMultiValues, 0)).toBe(JET_errMultiValuedDuplicate);
    expect(set(x, x.tags, 'z', JET_bitSetUniqueMultiValues, 0)).toBe(JET_errSuccess);
    update(x);
    expect(values(x, x.tags)).toEqual(['x', 'y', 'z']);
  });

  it('JET_bitSetUniqueNormalizedMultiValues compares normalized text: ASCII case does not make values differ', () => {
    const x = table();
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(set(x, x.tags, 'Alpha', JET_bitSetUniqueNormalizedMultiValues, 0)).toBe(JET_errSuccess);
    expect(set(x, x.tags, 'ALPHA', JET_bitSetUniqueNormalizedMultiValues, 0)).toBe(JET_errMultiValuedDuplicate);
    expect(set(x, x.tags, 'alphabet', JET_bitSetUniqueNormalizedMultiValues, 0)).toBe(JET_errSuccess);
    update(x);
    expect(values(x, x.tags)).toEqual(['Alpha', 'alphabet']);
  });

  it('zero-length values are checked only when set as such (JET_bitSetZeroLength); no data sets nothing to compare', () => {
    const x = table();
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    const empty = new Uint8Array(0);
    const zl = JET_bitSetUniqueMultiValues | JET_bitSetZeroLength;
    expect(x.w.api.JetSetColumn(x.w.ses, x.t, x.tags, empty, 0, zl, { itagSequence: 0 })).toBe(JET_errSuccess);
    expect(x.w.api.JetSetColumn(x.w.ses, x.t, x.tags, empty, 0, zl, { itagSequence: 0 })).toBe(JET_errMultiValuedDuplicate);
  });

  it('on a multi-valued long column too; with AppendLV, OverwriteLV or SizeLV it is InvalidGrbit, before the column is looked up', () => {
    const x = table();
    // blobs is a long value column, set only inside a transaction (lv.cxx ErrRECSetLongField).
    expect(x.w.api.JetBeginTransaction(x.w.ses)).toBe(JET_errSuccess);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(set(x, x.blobs, 'one', JET_bitSetUniqueMultiValues, 0)).toBe(JET_errSuccess);
    expect(set(x, x.blobs, 'one', JET_bitSetUniqueMultiValues, 0)).toBe(JET_errMultiValuedDuplicate);
    for (const lv of [JET_bitSetAppendLV, JET_bitSetContiguousLV, JET_bitSetOverwriteLV, JET_bitSetSizeLV]) {
      expect(set(x, x.blobs, 'two', JET_bitSetUniqueMultiValues | lv, 1)).toBe(JET_errInvalidGrbit);
      expect(set(x, 0x7777 as JET_COLUMNID, 'two', JET_bitSetUniqueNormalizedMultiValues | lv, 1)).toBe(JET_errInvalidGrbit);
    }
    expect(set(x, 0x7777 as JET_COLUMNID, 'two', JET_bitSetUniqueMultiValues, 1)).toBe(JET_errColumnNotFound);
  });

  it('JET_bitSetAppendLV appends to the value at itagSequence, not always to the first', () => {
    const x = table();
    // blobs is a long value column, set only inside a transaction (lv.cxx ErrRECSetLongField).
    expect(x.w.api.JetBeginTransaction(x.w.ses)).toBe(JET_errSuccess);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(set(x, x.blobs, 'ab', 0, 0)).toBe(JET_errSuccess);
    expect(set(x, x.blobs, 'cd', 0, 0)).toBe(JET_errSuccess);
    expect(set(x, x.blobs, 'X', JET_bitSetAppendLV, 2)).toBe(JET_errSuccess);
    expect(set(x, x.blobs, 'Y', JET_bitSetAppendLV)).toBe(JET_errSuccess);
    update(x);
    expect(x.w.api.JetCommitTransaction(x.w.ses, 0)).toBe(JET_errSuccess);
    expect(values(x, x.blobs)).toEqual(['abY', 'cdX']);
  });

  it('the engine\'s internal flag bits and ContiguousLV without SeparateLV are InvalidGrbit, before the column is looked up; other unknown bits are ignored', () => {
    // fldmod.cxx ErrFLDSetOneColumn; rec.hxx grbitSetColumnInternalFlagsMask 0xf0000000.
    const x = table();
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    for (const bit of [0x10000000, 0x20000000, 0x40000000, 0x80000000]) {
      expect(set(x, x.tags, 'v', bit, 0)).toBe(JET_errInvalidGrbit);
      expect(set(x, 0x7777 as JET_COLUMNID, 'v', bit, 0)).toBe(JET_errInvalidGrbit);
    }
    expect(set(x, x.blobs, 'v', JET_bitSetContiguousLV, 0)).toBe(JET_errInvalidGrbit);
    expect(set(x, x.tags, 'w', 0x00800000, 0)).toBe(JET_errSuccess);
    update(x);
    expect(values(x, x.tags)).toEqual(['w']);
  });

  it('normalized forms cut at 255 bytes that are equal are MultiValuedDuplicateAfterTruncation; on a variable column the bits check nothing', () => {
    const x = table();
    const box = out<JET_TABLEID>();
    expect(x.w.api.JetCloseTable(x.w.ses, x.t)).toBe(JET_errSuccess);
    expect(x.w.api.JetOpenTable(x.w.ses, x.w.dbid, 't', null, 0, 0, box)).toBe(JET_errSuccess);
    const y = { ...x, t: box.value };
    const long = addColumn(x.w.api, x.w.ses, y.t, 'long', { coltyp: JET_coltypLongText, cp: 1252, grbit: JET_bitColumnTagged | JET_bitColumnMultiValued });
    const plain = addColumn(x.w.api, x.w.ses, y.t, 'plain', { coltyp: JET_coltypText, cp: 1252 });
    // The columns are added at level 0; long is a long value column, set only inside a transaction (lv.cxx
    // ErrRECSetLongField).
    expect(x.w.api.JetBeginTransaction(x.w.ses)).toBe(JET_errSuccess);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, y.t, JET_prepInsert)).toBe(JET_errSuccess);
    const head = 'k'.repeat(290);
    expect(set(y, long, head + 'a', JET_bitSetUniqueNormalizedMultiValues, 0)).toBe(JET_errSuccess);
    // Differs only after the first 255 normalized bytes: the two cut forms are equal.
    expect(set(y, long, head + 'b', JET_bitSetUniqueNormalizedMultiValues, 0)).toBe(JET_errMultiValuedDuplicateAfterTruncation);
    // Differs inside them: no duplicate.
    expect(set(y, long, 'j' + head, JET_bitSetUniqueNormalizedMultiValues, 0)).toBe(JET_errSuccess);
    // A variable (not tagged) column holds one value: the uniqueness bits are not looked at there.
    expect(set(y, plain, 'same', JET_bitSetUniqueMultiValues)).toBe(JET_errSuccess);
    expect(set(y, plain, 'same', JET_bitSetUniqueMultiValues)).toBe(JET_errSuccess);
  });
});
