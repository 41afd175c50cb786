/**
 * JetGetRecordSize / JetGetRecordSize2: a second audit, of the cases tests/isam/prereadRecordSize.test.ts does not
 * cover. Every expected value comes from the engine source (microsoft/Extensible-Storage-Engine, dev/ese/src, HEAD;
 * line numbers are HEAD's), never from esemu. Facts: scratch/specs/prereadRecordSize.md §4.
 *
 * What is measured (ese/fldenum.cxx ErrRECIGetRecordSize 3343-3413):
 * - cbOverhead = 4 (CPAGE::cbInsertionOverhead) + 2 (cbKeyCount) + 4 (REC::cbRecordHeader) + the key + the fixed
 *   null bits (inc/rec.hxx REC::CbFixedNullBitMap 528-531: ceil(fixed slots / 8)) + 2 per variable slot
 *   (CbVarRecordOverhead 589-592) + per tagged column what its iterator adds (below).
 * - The key (fldenum.cxx 3371-3388): kdfCurr.key when the page is still latched (JET_bitRecordSizeLocal without the
 *   copy buffer: ErrIsamGetRecordSize 3458-3470 only releases the latch when it is NOT Local), else bmCurr.key when no
 *   update is prepared or a replace is (FFUCBReplacePrepared = cbstat & fCBSTATReplace, inc/fucb.hxx 1144-1147;
 *   JET_prepReplaceNoLock sets fCBSTATReplace too, 1110-1117), else nothing (an insert, insert-copy or
 *   insert-copy-delete-original: "key hasn't been formulated yet"). Always the primary (table cursor's) key: a Long
 *   segment is 5 bytes (0x7f + 4), a Short 3 (fldnorm.cxx 719-733), a table without a primary index 4 (DBK).
 * - cbData / cNonTaggedColumns: fixed slots 1..fidFixedLastInRec at full width (rec.hxx CbFixedUserData 533-536),
 *   variable slots 128..fidVarLastInRec at their lengths (CbVarUserData 584-587; NULL and zero-length both 0 bytes).
 * - Tagged (fldenum.cxx): CSingleValuedTaggedColumnValueIter::ErrGetColumnSize 328-418 (overhead 4, + 1 header byte
 *   for a long-value column; separated: cLongValues, cbLongValueData unless Local), CDualValued... 468-483 (TWOVALUES:
 *   overhead 4 + 1 + 1, cMultiValues + 1), CMultiValued... 533-625 (overhead 4 + 1 + 2 per value; separated
 *   instances -> cLongValues, the rest -> cbData; cMultiValues + values - 1), inc/fldenum.hxx
 *   CNullValuedTaggedColumnValueIter::ErrGetColumnSize 421-427 (a NULL entry: overhead 4, cTaggedColumns + 1).
 *
 * How records get their slots and tagged entries:
 * - fldmod.cxx ErrIsamPrepareUpdate (JET_prepInsert 810-1114): the default record's fixed + variable part is copied
 *   (only columns with a default put slots there: fileopen.cxx ErrFILERebuildDefaultRec 2502-2545 starts from
 *   REC::SetMinimumRecord, 2456-2459); an autoincrement column is set right there (1090-1101); JET_prepReplace /
 *   ReplaceNoLock / InsertCopy / InsertCopyDeleteOriginal copy the record as stored (1116-1296).
 * - fldmod.cxx ErrRECISetIFixedColumn 2129-2391 / ErrRECISetVarColumn 2669-2985: setting a column past the record's
 *   last slot grows it (NULL and zero length included), bursting the defaults of the columns in between; nothing
 *   ever lowers fidFixedLastInRec / fidVarLastInRec. A record written before a column was added keeps its range
 *   (the column's default is not in it).
 * - recupd.cxx: an insert sets the version column to 0 at JetUpdate (1686-1720); a replace writes it again, 1 when it
 *   was NULL (3090-3168).
 * - tagfld.cxx TAGFIELDS::ErrSetColumn 1042-1560: NULL for a column not in the record adds a NULL entry when the
 *   column has a default and itagSequence is 1 (1095-1109), else nothing; NULL over a single value removes it, or
 *   leaves a NULL entry when the column has a default (1493-1530); JET_bitSetRevertToDefaultValue on that NULL entry
 *   deletes it (1540-1556); NULL at itagSequence n removes value n (CbConvertTwoValuesToSingleValue 648-730,
 *   CbDeleteMultiValue 732-...: one value left loses the header byte unless it is a long value, tagfld.hxx 58), and
 *   past the last value changes nothing. A second non-LV value makes TWOVALUES (1436-1455), a second long value
 *   MULTIVALUES (1418-1433, ConvertToMultiValues 580-646).
 * - lv.cxx ErrRECSetLongField 2424-2800: a long value goes out of the record when its new length exceeds 1023
 *   (rec.hxx cbLVIntrinsicMost 610); a whole-value replace of a separated value dereferences it and stores the new
 *   value by its own length (2600-2620); JET_bitSetAppendLV on an intrinsic value measures old + new (2742-2744);
 *   zero length with JET_bitSetZeroLength stores an empty value (lvopInsertZeroLength, 2643-2654).
 * - Currency: ErrIsamGetRecordSize reads the table cursor's record through ErrDIRGet (fldext.cxx ErrRECIGetRecord
 *   7-59), so the current index does not matter, and another session's uncommitted change is seen as its before
 *   image (the read happens in a transaction of its own at level 0, fldenum.cxx 3443-3449).
 * - jetapi.cxx JetGetRecordSizeEx / JetGetRecordSize2Ex: with JET_bitRecordSizeRunningTotal every field of the
 *   caller's struct is incremented (fldenum.cxx 3356-3359 skip the memset).
 *
 * Left out on purpose (docs/differences.md, JetGetRecordSize row): JET_bitSetSeparateLV / SetIntrinsicLV, the LID
 * size in cbOverhead (no cbOverhead is asserted for a record holding a separated long value), cbLongValueOverhead
 * values, temp tables, and the overhead of a 2-value non-LV column that was 3 values (MULTIVALUES kept), which the
 * facts file's formula does not settle. The default 4096-byte page is a small page (TAGFLD header rules above).
 */
import {
  out,
  JET_bitColumnAutoincrement, JET_bitColumnEscrowUpdate, JET_bitColumnMultiValued, JET_bitColumnTagged,
  JET_bitColumnVersion, JET_bitIndexPrimary, JET_bitIndexUnique, JET_bitRecordSizeInCopyBuffer,
  JET_bitRecordSizeLocal, JET_bitRecordSizeRunningTotal, JET_bitSeekEQ, JET_bitSetAppendLV,
  JET_bitSetRevertToDefaultValue, JET_bitSetZeroLength, JET_coltypBinary, JET_coltypCurrency, JET_coltypLong,
  JET_coltypLongBinary, JET_coltypShort, JET_coltypText, JET_errNoCurrentRecord, JET_errSuccess, JET_MoveFirst,
  JET_MoveNext, JET_prepCancel, JET_prepInsert, JET_prepInsertCopy, JET_prepInsertCopyDeleteOriginal, JET_prepReplace,
  JET_prepReplaceNoLock, JET_wrnColumnNull,
} from '../../src';
import type { JET_COLUMNDEF, JET_COLUMNID, JET_RECSIZE, JET_RECSIZE2, JET_SESID, JET_TABLEID } from '../../src';
import {
  addColumn, ascii, closedPeople, createIndex, createPeople, fill, int32, intOf, isam, openTable, PEOPLE, retrieve,
  seekInt, seekText, self, textOf,
} from '../support/isam';
import type { Isam } from '../support/isam';

// ---- measuring ----------------------------------------------------------------------------------------------

type Logical = Pick<JET_RECSIZE, 'cbData' | 'cbLongValueData' | 'cNonTaggedColumns' | 'cTaggedColumns' | 'cLongValues' | 'cMultiValues'>;

function size(w: Isam, t: JET_TABLEID, grbit = 0, ses: JET_SESID = w.ses): JET_RECSIZE {
  const box = out<JET_RECSIZE>();
  expect(w.api.JetGetRecordSize(ses, t, box, grbit)).toBe(JET_errSuccess);
  return box.value;
}

/** The logical fields of JetGetRecordSize (cbOverhead and cbLongValueOverhead left out). */
function logical(w: Isam, t: JET_TABLEID, grbit = 0, ses: JET_SESID = w.ses): Logical {
  const r = size(w, t, grbit, ses);
  return {
    cbData: r.cbData, cbLongValueData: r.cbLongValueData, cNonTaggedColumns: r.cNonTaggedColumns,
    cTaggedColumns: r.cTaggedColumns, cLongValues: r.cLongValues, cMultiValues: r.cMultiValues,
  };
}

function overhead(w: Isam, t: JET_TABLEID, grbit = 0, ses: JET_SESID = w.ses): number {
  return size(w, t, grbit, ses).cbOverhead;
}

/** Logical fields, zero unless given. */
function L(v: Partial<Logical>): Logical {
  return { cbData: 0, cbLongValueData: 0, cNonTaggedColumns: 0, cTaggedColumns: 0, cLongValues: 0, cMultiValues: 0, ...v };
}

/** cbOverhead of a record with f fixed and v variable slots, `tagged` bytes of tagged overhead and a cbKey-byte key. */
function ovh(f: number, v: number, tagged = 0, cbKey = 5): number {
  return 4 + 2 + 4 + cbKey + Math.ceil(f / 8) + 2 * v + tagged;
}

const CB = JET_bitRecordSizeInCopyBuffer;
const LOCAL = JET_bitRecordSizeLocal;
const ZL = JET_bitSetZeroLength;

// ---- tables -----------------------------------------------------------------------------------------------

interface Tbl {
  w: Isam;
  /** The creator's cursor (exclusive, kept open: columns added through it are never versioned, fcreate.cxx 3609-3617). */
  t: JET_TABLEID;
  c: Record<string, JET_COLUMNID>;
}

type ColSpec = [string, JET_COLUMNDEF, Uint8Array?];

/** JetCreateTable + JetAddColumn per column (in order, so fids follow it) + a primary index over `key` (none if null). */
function table(w: Isam, name: string, cols: ColSpec[], key: string[] | null = ['+k']): Tbl {
  const box = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, name, 0, 100, box)).toBe(JET_errSuccess);
  const t = box.value;
  const c: Record<string, JET_COLUMNID> = {};
  for (const [n, def, dflt] of cols) c[n] = addColumn(w.api, w.ses, t, n, def, dflt ?? null);
  if (key !== null) expect(createIndex(w.api, w.ses, t, 'pk', JET_bitIndexPrimary | JET_bitIndexUnique, ...key)).toBe(JET_errSuccess);
  return { w, t, c };
}

function add(x: Tbl, name: string, def: JET_COLUMNDEF, dflt: Uint8Array | null = null): void {
  x.c[name] = addColumn(x.w.api, x.w.ses, x.t, name, def, dflt);
}

/** [column name, data (null: NULL), grbit, itagSequence] */
type Set = [string, Uint8Array | null, number?, number?];

function setAll(x: Tbl, sets: Set[]): void {
  for (const [col, data, grbit, itag] of sets) {
    expect([col, x.w.api.JetSetColumn(x.w.ses, x.t, x.c[col], data, data === null ? 0 : data.length, grbit ?? 0,
      itag === undefined ? null : { itagSequence: itag })]).toEqual([col, JET_errSuccess]);
  }
}

function begin(w: Isam, ses: JET_SESID = w.ses): void {
  expect(w.api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
}

function commit(w: Isam, ses: JET_SESID = w.ses): void {
  expect(w.api.JetCommitTransaction(ses, 0)).toBe(JET_errSuccess);
}

function rollback(w: Isam, ses: JET_SESID = w.ses): void {
  expect(w.api.JetRollback(ses, 0)).toBe(JET_errSuccess);
}

function seekK(x: Tbl, k: number): void {
  expect(seekInt(x.w.api, x.w.ses, x.t, k, JET_bitSeekEQ)).toBe(JET_errSuccess);
}

/**
 * Table `name` of k Long, s Short and a third fixed column whose value the insert sets by itself (an escrow column's
 * default, an autoincrement value): the copy buffer already holds three fixed slots before any JetSetColumn
 * (fldmod.cxx ErrIsamPrepareUpdate, insert: no key yet); record 1 inserted and committed, the cursor on it.
 */
function threeSlots(name: string, third: ColSpec): { w: Isam; x: Tbl; t: JET_TABLEID } {
  const w = isam();
  const x = table(w, name, [['k', { coltyp: JET_coltypLong }], ['s', { coltyp: JET_coltypShort }], third]);
  const { t } = x;
  begin(w);
  expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
  expect(logical(w, t, CB)).toEqual(L({ cbData: 4 + 2 + 4, cNonTaggedColumns: 3 }));
  expect(overhead(w, t, CB)).toBe(ovh(3, 0, 0, 0));
  setAll(x, [['k', int32(1)]]);
  expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
  commit(w);
  seekK(x, 1);
  expect(logical(w, t)).toEqual(L({ cbData: 10, cNonTaggedColumns: 3 }));
  expect(overhead(w, t)).toBe(ovh(3, 0));
  return { w, x, t };
}

/** Inserts k (column "k") and the sets, committed, then goes to the new record. */
function put(x: Tbl, k: number, sets: Set[] = []): void {
  begin(x.w);
  expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
  setAll(x, [['k', int32(k)], ...sets]);
  expect(x.w.api.JetUpdate(x.w.ses, x.t, null, 0, null)).toBe(JET_errSuccess);
  commit(x.w);
  seekK(x, k);
}

/** Replaces the current record with the sets, committed. */
function rep(x: Tbl, sets: Set[]): void {
  begin(x.w);
  expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepReplace)).toBe(JET_errSuccess);
  setAll(x, sets);
  expect(x.w.api.JetUpdate(x.w.ses, x.t, null, 0, null)).toBe(JET_errSuccess);
  commit(x.w);
}

function filled(n: number, b = 0x41): Uint8Array {
  return new Uint8Array(n).fill(b);
}

const EMPTY = new Uint8Array(0);
const text = (cbMax = 100): JET_COLUMNDEF => ({ coltyp: JET_coltypText, cp: 1252, cbMax });

/** k Long (fid 1), s Short (2), c Currency (3); v1 Text (128), v2 Binary (129), v3 Text (130). */
function plain(): Tbl {
  return table(isam(), 'plain', [
    ['k', { coltyp: JET_coltypLong }], ['s', { coltyp: JET_coltypShort }], ['c', { coltyp: JET_coltypCurrency }],
    ['v1', text()], ['v2', { coltyp: JET_coltypBinary, cbMax: 100 }], ['v3', text()],
  ]);
}

/**
 * k Long (fid 1, key); tagged: mv Long multi-valued, tg Long with default 9, tn Long, tb Binary, lv LongBinary,
 * mlv LongBinary multi-valued.
 */
function tagged(): Tbl {
  return table(isam(), 'tagged', [
    ['k', { coltyp: JET_coltypLong }],
    ['mv', { coltyp: JET_coltypLong, grbit: JET_bitColumnTagged | JET_bitColumnMultiValued }],
    ['tg', { coltyp: JET_coltypLong, grbit: JET_bitColumnTagged }, int32(9)],
    ['tn', { coltyp: JET_coltypLong, grbit: JET_bitColumnTagged }],
    ['tb', { coltyp: JET_coltypBinary, cbMax: 100, grbit: JET_bitColumnTagged }],
    ['lv', { coltyp: JET_coltypLongBinary }],
    ['mlv', { coltyp: JET_coltypLongBinary, grbit: JET_bitColumnMultiValued }],
  ]);
}

// =========================================================================================================

describe('fixed and variable columns changed by a replace', () => {
  it('a variable column set shorter, to NULL or to zero length: its bytes leave cbData, its slot stays', () => {
    // rec.hxx CbVarUserData (584-587) is the end of the variable data; ErrRECISetVarColumn (fldmod.cxx 2669-2985)
    // never lowers fidVarLastInRec, so the slots and their 2-byte offsets stay (CbVarRecordOverhead 589-592).
    const x = plain();
    const { w, t } = x;
    put(x, 1, [['v1', ascii('hello world')], ['v2', Uint8Array.from([1, 2, 3, 4, 5])], ['v3', ascii('xyz')]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 11 + 5 + 3, cNonTaggedColumns: 1 + 3 }));
    expect(overhead(w, t)).toBe(ovh(1, 3));
    rep(x, [['v1', ascii('hi')]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 2 + 5 + 3, cNonTaggedColumns: 4 }));
    expect(overhead(w, t)).toBe(ovh(1, 3));
    rep(x, [['v3', null]]); // the last slot set to NULL: still a slot
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 2 + 5, cNonTaggedColumns: 4 }));
    expect(overhead(w, t)).toBe(ovh(1, 3));
    rep(x, [['v2', EMPTY, ZL]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 2, cNonTaggedColumns: 4 }));
    expect(overhead(w, t)).toBe(ovh(1, 3));
    expect(retrieve(w.api, w.ses, t, x.c.v2).rc).toBe(JET_errSuccess); // zero length, not NULL
    expect(retrieve(w.api, w.ses, t, x.c.v3).rc).toBe(JET_wrnColumnNull);
  });

  it('a zero-length value on a variable column past the last slot grows the record like a value would, adding 0 bytes', () => {
    // fldmod.cxx ErrRECISetVarColumn: fBurstRecord when fid > FidVarLastInRec (2760-2980), whatever the length.
    const x = plain();
    const { w, t } = x;
    put(x, 2, [['v3', EMPTY, ZL]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4, cNonTaggedColumns: 1 + 3 }));
    expect(overhead(w, t)).toBe(ovh(1, 3));
    put(x, 3, [['v2', EMPTY, ZL], ['v1', ascii('ab')]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 2, cNonTaggedColumns: 1 + 2 }));
    expect(overhead(w, t)).toBe(ovh(1, 2));
    rep(x, [['v2', ascii('abcd')]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 2 + 4, cNonTaggedColumns: 3 }));
  });

  it('a fixed column set to NULL in a replace keeps its slot at full width (cbData and the null-bit byte unchanged)', () => {
    // rec.hxx CbFixedUserData (533-536) = the whole fixed area; ErrRECISetIFixedColumn only sets the null bit
    // (fldmod.cxx 2406-2412) and never shrinks the record.
    const x = plain();
    const { w, t } = x;
    put(x, 4, [['s', Uint8Array.from([1, 0])], ['c', filled(8, 1)]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 2 + 8, cNonTaggedColumns: 3 }));
    expect(overhead(w, t)).toBe(ovh(3, 0));
    rep(x, [['c', null]]);
    expect(retrieve(w.api, w.ses, t, x.c.c).rc).toBe(JET_wrnColumnNull);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 2 + 8, cNonTaggedColumns: 3 }));
    expect(overhead(w, t)).toBe(ovh(3, 0));
    rep(x, [['s', null], ['c', null]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 2 + 8, cNonTaggedColumns: 3 }));
    expect(overhead(w, t)).toBe(ovh(3, 0));
  });
});

describe('columns added after records were written', () => {
  it('fixed columns: an old record stops before them (a default is read, not stored); a new insert starts from the default record; setting the last one bursts the default between', () => {
    // fileopen.cxx ErrFILERebuildDefaultRec (2502-2545) rebuilds the default record with the new default; old records
    // keep their fidFixedLastInRec. fldmod.cxx ErrIsamPrepareUpdate copies the default record's fixed part
    // (964-983); ErrRECISetIFixedColumn 2333-2388 bursts defaults between the last slot and the column set.
    const w = isam();
    const x = table(w, 'late', [['k', { coltyp: JET_coltypLong }], ['v1', text()]]);
    const { t } = x;
    put(x, 1, [['v1', ascii('ab')]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 2, cNonTaggedColumns: 2 }));
    add(x, 'f2', { coltyp: JET_coltypShort }, Uint8Array.from([7, 0]));
    add(x, 'f3', { coltyp: JET_coltypLong });
    seekK(x, 1);
    expect(Array.from(retrieve(w.api, w.ses, t, x.c.f2).data ?? [])).toEqual([7, 0]);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 2, cNonTaggedColumns: 1 + 1 }));
    expect(overhead(w, t)).toBe(ovh(1, 1));
    put(x, 2);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 2, cNonTaggedColumns: 2 }));
    expect(overhead(w, t)).toBe(ovh(2, 0));
    seekK(x, 1);
    rep(x, [['f3', int32(9)]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 2 + 4 + 2, cNonTaggedColumns: 3 + 1 }));
    expect(overhead(w, t)).toBe(ovh(3, 1));
    expect(Array.from(retrieve(w.api, w.ses, t, x.c.f2).data ?? [])).toEqual([7, 0]);
  });

  it('variable columns: an old record stops before them; a new insert holds slots up to the last one with a default; setting a later one bursts it', () => {
    // ErrIsamPrepareUpdate copies the default record's variable part too (up to PbTaggedData, 964-983);
    // fldmod.cxx CbBurstVarDefaults (2591-2666) / ErrRECISetVarColumn burst the defaults between.
    const w = isam();
    const x = table(w, 'latev', [['k', { coltyp: JET_coltypLong }], ['v1', text()]]);
    const { t } = x;
    put(x, 1, [['v1', ascii('ab')]]);
    add(x, 'v2', text(), ascii('xyz'));
    add(x, 'v3', text());
    seekK(x, 1);
    expect(textOf(w.api, w.ses, t, x.c.v2)).toBe('xyz');
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 2, cNonTaggedColumns: 1 + 1 }));
    expect(overhead(w, t)).toBe(ovh(1, 1));
    put(x, 2);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 3, cNonTaggedColumns: 1 + 2 }));
    expect(overhead(w, t)).toBe(ovh(1, 2));
    seekK(x, 1);
    rep(x, [['v3', ascii('q')]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 2 + 3 + 1, cNonTaggedColumns: 1 + 3 }));
    expect(overhead(w, t)).toBe(ovh(1, 3));
  });
});

describe('tagged columns', () => {
  it('multi-values removed with NULL at an itagSequence: counts drop; one value left is a plain 4-byte entry; none left, no column', () => {
    // tagfld.cxx 1476-1486 (CbDeleteMultiValue: RemoveInstance, or back to one value whose header byte goes when no
    // flag is left, tagfld.hxx FNeedExtendedInfo 58); NULL past the last value is a no-op (1531-1535; CbDeleteMultiValue 732-750: itagSequence out of range changes nothing).
    const x = tagged();
    const { w, t } = x;
    put(x, 1, [['mv', int32(1), 0, 0], ['mv', int32(2), 0, 0], ['mv', int32(3), 0, 0]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 12, cNonTaggedColumns: 1, cTaggedColumns: 1, cMultiValues: 2 }));
    rep(x, [['mv', null, 0, 2]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 8, cNonTaggedColumns: 1, cTaggedColumns: 1, cMultiValues: 1 }));
    rep(x, [['mv', null, 0, 7]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 8, cNonTaggedColumns: 1, cTaggedColumns: 1, cMultiValues: 1 }));
    rep(x, [['mv', null, 0, 1]]);
    expect(intOf(w.api, w.ses, t, x.c.mv)).toBe(3);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 4, cNonTaggedColumns: 1, cTaggedColumns: 1 }));
    expect(overhead(w, t)).toBe(ovh(1, 0, 4));
    rep(x, [['mv', null, 0, 1]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4, cNonTaggedColumns: 1 }));
    expect(overhead(w, t)).toBe(ovh(1, 0));
  });

  it('two values of a non-LV column lose one: back to a single 4-byte entry; a new second value makes TWOVALUES again (6)', () => {
    // tagfld.cxx CbConvertTwoValuesToSingleValue (648-730) drops header and length byte (ResetFExtendedInfo);
    // ConvertToTwoValues (537-578) for a second value of a column without a header; fldenum.cxx 468-483.
    const x = tagged();
    const { w, t } = x;
    put(x, 2, [['mv', int32(5), 0, 0], ['mv', int32(6), 0, 0]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 8, cNonTaggedColumns: 1, cTaggedColumns: 1, cMultiValues: 1 }));
    expect(overhead(w, t)).toBe(ovh(1, 0, 6));
    rep(x, [['mv', null, 0, 1]]);
    expect(intOf(w.api, w.ses, t, x.c.mv)).toBe(6);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 4, cNonTaggedColumns: 1, cTaggedColumns: 1 }));
    expect(overhead(w, t)).toBe(ovh(1, 0, 4));
    rep(x, [['mv', int32(7), 0, 0]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 8, cNonTaggedColumns: 1, cTaggedColumns: 1, cMultiValues: 1 }));
    expect(overhead(w, t)).toBe(ovh(1, 0, 6));
  });

  it('an explicit NULL at insert on a tagged column with a default is kept as a NULL entry (a column, 4 bytes); without a default nothing is stored', () => {
    // tagfld.cxx 1095-1109: NULL, column absent, FFIELDDefault and itagSequence 1 -> a NULL TAGFLD; else Success with
    // no change. fldenum.hxx 421-427: a NULL entry counts cTaggedColumns and sizeof(TAGFLD).
    const x = tagged();
    const { w, t } = x;
    put(x, 3, [['tg', null], ['tn', null]]);
    expect(retrieve(w.api, w.ses, t, x.c.tg).rc).toBe(JET_wrnColumnNull); // the NULL hides the default
    expect(logical(w, t)).toEqual(L({ cbData: 4, cNonTaggedColumns: 1, cTaggedColumns: 1 }));
    expect(overhead(w, t)).toBe(ovh(1, 0, 4));
    put(x, 4);
    expect(intOf(w.api, w.ses, t, x.c.tg)).toBe(9);
    expect(logical(w, t)).toEqual(L({ cbData: 4, cNonTaggedColumns: 1 }));
    expect(overhead(w, t)).toBe(ovh(1, 0));
  });

  it('NULL over a value: removed without a default, a NULL entry (a column, 4 bytes) with one', () => {
    // tagfld.cxx 1493-1530: leave a NULL entry when FFIELDDefault (and no RevertToDefaultValue), else DeleteTagfld.
    const x = tagged();
    const { w, t } = x;
    put(x, 5, [['tg', int32(5)], ['tn', int32(6)]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 4 + 4, cNonTaggedColumns: 1, cTaggedColumns: 2 }));
    expect(overhead(w, t)).toBe(ovh(1, 0, 4 + 4));
    rep(x, [['tg', null], ['tn', null]]);
    expect(retrieve(w.api, w.ses, t, x.c.tg).rc).toBe(JET_wrnColumnNull);
    expect(logical(w, t)).toEqual(L({ cbData: 4, cNonTaggedColumns: 1, cTaggedColumns: 1 }));
    expect(overhead(w, t)).toBe(ovh(1, 0, 4));
  });

  it('JET_bitSetRevertToDefaultValue deletes the entry, over a value or over a NULL entry: the default reads again, no tagged column counts', () => {
    // tagfld.cxx 1497-1530 (RevertToDefaultValue over a value: DeleteTagfld, no NULL entry) and 1540-1556 (NULL over
    // the NULL entry with RevertToDefaultValue: DeleteTagfld). fldmod.cxx ErrFLDSetOneColumn passes the grbit down
    // (1848; 0x200 is not an internal bit).
    const x = tagged();
    const { w, t } = x;
    put(x, 6, [['tg', int32(5)]]);
    rep(x, [['tg', null, JET_bitSetRevertToDefaultValue]]);
    expect(intOf(w.api, w.ses, t, x.c.tg)).toBe(9);
    expect(logical(w, t)).toEqual(L({ cbData: 4, cNonTaggedColumns: 1 }));
    expect(overhead(w, t)).toBe(ovh(1, 0));
    put(x, 7, [['tg', int32(5)]]);
    rep(x, [['tg', null]]);
    expect(retrieve(w.api, w.ses, t, x.c.tg).rc).toBe(JET_wrnColumnNull);
    rep(x, [['tg', null, JET_bitSetRevertToDefaultValue]]);
    expect(intOf(w.api, w.ses, t, x.c.tg)).toBe(9);
    expect(logical(w, t)).toEqual(L({ cbData: 4, cNonTaggedColumns: 1 }));
    expect(overhead(w, t)).toBe(ovh(1, 0));
  });

  it('zero-length tagged values are columns of 0 bytes: 4 bytes of overhead, 5 for a long value (its header byte)', () => {
    // tagfld.cxx 1110-1127 (a new entry of cb bytes; a long value gets a TAGFLD_HEADER on small pages);
    // lv.cxx ErrLVOpFromGrbit (JET_bitSetZeroLength, cb 0, new instance -> lvopInsertZeroLength) and 2643-2654.
    const x = tagged();
    const { w, t } = x;
    put(x, 6, [['tb', EMPTY, ZL], ['lv', EMPTY, ZL]]);
    expect(retrieve(w.api, w.ses, t, x.c.tb).rc).toBe(JET_errSuccess);
    expect(retrieve(w.api, w.ses, t, x.c.lv).rc).toBe(JET_errSuccess);
    expect(logical(w, t)).toEqual(L({ cbData: 4, cNonTaggedColumns: 1, cTaggedColumns: 2 }));
    expect(overhead(w, t)).toBe(ovh(1, 0, 4 + 5));
  });

  it('a multi-valued long value whose values are all small: all in cbData, no cLongValues, overhead 5 + 2 per value', () => {
    // fldenum.cxx CMultiValuedTaggedColumnValueIter::ErrGetColumnSize, FColumnCanBeSeparated branch (552-609):
    // overhead TAGFLD + header + IbStartOfMVData; a non-separated instance adds its bytes to cbData.
    const x = tagged();
    const { w, t } = x;
    put(x, 7, [['mlv', filled(10), 0, 0], ['mlv', filled(20, 0x42), 0, 0], ['mlv', filled(30, 0x43), 0, 0]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 60, cNonTaggedColumns: 1, cTaggedColumns: 1, cMultiValues: 2 }));
    expect(overhead(w, t)).toBe(ovh(1, 0, 5 + 2 * 3));
  });

  it('two values of a long-value column are MULTIVALUES (overhead 9), two of a Long column TWOVALUES (6)', () => {
    // tagfld.cxx 1418-1433: a second value of a column with a header (every long value on small pages) goes through
    // ConvertToMultiValues; 1436-1455: ConvertToTwoValues otherwise. fldenum.cxx 468-483 vs 552-556.
    const x = tagged();
    const { w, t } = x;
    put(x, 8, [['mlv', filled(10), 0, 0], ['mlv', filled(20, 0x42), 0, 0]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 30, cNonTaggedColumns: 1, cTaggedColumns: 1, cMultiValues: 1 }));
    expect(overhead(w, t)).toBe(ovh(1, 0, 5 + 4));
    put(x, 9, [['mv', int32(1), 0, 0], ['mv', int32(2), 0, 0]]);
    expect(overhead(w, t)).toBe(ovh(1, 0, 6));
    // One long value (5), then a second one added by a replace: MULTIVALUES.
    put(x, 10, [['mlv', filled(10)]]);
    expect(overhead(w, t)).toBe(ovh(1, 0, 5));
    rep(x, [['mlv', filled(20, 0x42), 0, 0]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 30, cNonTaggedColumns: 1, cTaggedColumns: 1, cMultiValues: 1 }));
    expect(overhead(w, t)).toBe(ovh(1, 0, 5 + 4));
  });

  it('a long value replaced whole is placed by its new length; appending past 1023 bytes moves it out of the record', () => {
    // lv.cxx ErrRECSetLongField: a separated value replaced whole is dereferenced and the new one inserted
    // (2600-2620, then 2713-2770: separated when longer than cbPreferredIntrinsicLV = 1023); lvopAppend measures the
    // old + appended bytes (2742-2744).
    const x = tagged();
    const { w, t } = x;
    put(x, 11, [['lv', filled(100)]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 100, cNonTaggedColumns: 1, cTaggedColumns: 1 }));
    expect(overhead(w, t)).toBe(ovh(1, 0, 5));
    rep(x, [['lv', filled(2000)]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4, cNonTaggedColumns: 1, cTaggedColumns: 1, cLongValues: 1, cbLongValueData: 2000 }));
    rep(x, [['lv', filled(50)]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 50, cNonTaggedColumns: 1, cTaggedColumns: 1 }));
    expect(overhead(w, t)).toBe(ovh(1, 0, 5));
    rep(x, [['lv', filled(1000, 0x42), JET_bitSetAppendLV]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4, cNonTaggedColumns: 1, cTaggedColumns: 1, cLongValues: 1, cbLongValueData: 1050 }));
    rep(x, [['lv', null]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4, cNonTaggedColumns: 1 }));
    expect(overhead(w, t)).toBe(ovh(1, 0));
  });

  it('a multi-valued long value loses its separated instance, then its first value: the last one is a single intrinsic value (5)', () => {
    // tagfld.cxx CbDeleteMultiValue: 3 -> 2 values stays MULTIVALUES (RemoveInstance); 2 -> 1 keeps the header byte of
    // a long value (FNeedExtendedInfo, tagfld.hxx 58). fldenum.cxx 552-609 / 328-418.
    const x = tagged();
    const { w, t } = x;
    put(x, 12, [['mlv', filled(10), 0, 0], ['mlv', filled(2000, 0x42), 0, 0], ['mlv', filled(30, 0x43), 0, 0]]);
    expect(logical(w, t)).toEqual(L({
      cbData: 4 + 10 + 30, cNonTaggedColumns: 1, cTaggedColumns: 1, cMultiValues: 2, cLongValues: 1, cbLongValueData: 2000,
    }));
    rep(x, [['mlv', null, 0, 2]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 10 + 30, cNonTaggedColumns: 1, cTaggedColumns: 1, cMultiValues: 1 }));
    expect(overhead(w, t)).toBe(ovh(1, 0, 5 + 4));
    rep(x, [['mlv', null, 0, 1]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 30, cNonTaggedColumns: 1, cTaggedColumns: 1 }));
    expect(overhead(w, t)).toBe(ovh(1, 0, 5));
  });
});

describe('escrow, version and autoincrement columns', () => {
  it('an escrow column (it must have a default) is in every inserted record from the default record; JetEscrowUpdate changes no size', () => {
    // fcreate.cxx: an escrow column needs a default; fldmod.cxx ErrIsamPrepareUpdate copies the default record's fixed
    // part (964-983: fixed slots up to the escrow column) before any JetSetColumn; insert copy buffer: no key (3385-3388).
    const { w, x, t } = threeSlots('esc', ['e', { coltyp: JET_coltypLong, grbit: JET_bitColumnEscrowUpdate }, int32(5)]);
    begin(w);
    expect(w.api.JetEscrowUpdate(w.ses, t, x.c.e, int32(3), 4, null, 0, null, 0)).toBe(JET_errSuccess);
    commit(w);
    expect(intOf(w.api, w.ses, t, x.c.e)).toBe(8);
    expect(logical(w, t)).toEqual(L({ cbData: 10, cNonTaggedColumns: 3 }));
    expect(overhead(w, t)).toBe(ovh(3, 0));
  });

  it('a version column is written at JetUpdate: not in the insert copy buffer, in the record; a replace of an older record adds it', () => {
    // recupd.cxx ErrRECIInsert 1686-1720 (version set to 0 unless set, growing the record to its fid);
    // ErrRECIReplace 3090-3168 (NULL -> 1, ErrRECISetFixedColumn on the copy buffer).
    const w = isam();
    const x = table(w, 'ver', [
      ['k', { coltyp: JET_coltypLong }], ['x', { coltyp: JET_coltypLong }],
      ['ver', { coltyp: JET_coltypLong, grbit: JET_bitColumnVersion }],
    ]);
    const { t } = x;
    begin(w);
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    setAll(x, [['k', int32(1)]]);
    expect(logical(w, t, CB)).toEqual(L({ cbData: 4, cNonTaggedColumns: 1 }));
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    commit(w);
    seekK(x, 1);
    expect(intOf(w.api, w.ses, t, x.c.ver)).toBe(0);
    expect(logical(w, t)).toEqual(L({ cbData: 12, cNonTaggedColumns: 3 }));
    expect(overhead(w, t)).toBe(ovh(3, 0));

    // A record written before the version column existed.
    const y = table(w, 'ver2', [['k', { coltyp: JET_coltypLong }], ['x', { coltyp: JET_coltypLong }]]);
    put(y, 1);
    add(y, 'ver', { coltyp: JET_coltypLong, grbit: JET_bitColumnVersion });
    seekK(y, 1);
    expect(logical(w, y.t)).toEqual(L({ cbData: 4, cNonTaggedColumns: 1 }));
    begin(w);
    expect(w.api.JetPrepareUpdate(w.ses, y.t, JET_prepReplace)).toBe(JET_errSuccess);
    setAll(y, [['x', int32(5)]]);
    expect(logical(w, y.t, CB)).toEqual(L({ cbData: 8, cNonTaggedColumns: 2 }));
    expect(w.api.JetUpdate(w.ses, y.t, null, 0, null)).toBe(JET_errSuccess);
    commit(w);
    expect(intOf(w.api, w.ses, y.t, y.c.ver)).toBe(1);
    expect(logical(w, y.t)).toEqual(L({ cbData: 12, cNonTaggedColumns: 3 }));
    expect(overhead(w, y.t)).toBe(ovh(3, 0));
  });

  it('an autoincrement column is set at JET_prepInsert (and InsertCopy): the copy buffer holds slots up to it before any JetSetColumn', () => {
    // fldmod.cxx ErrIsamPrepareUpdate 1092-1101 / 1262-1275 -> ErrRECISetAutoincrement (600-671) ->
    // ErrRECISetFixedColumn, which grows the record to the column (NULL slots below it included).
    const { w, t } = threeSlots('ai', ['ai', { coltyp: JET_coltypLong, grbit: JET_bitColumnAutoincrement }]);
    begin(w);
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsertCopy)).toBe(JET_errSuccess);
    expect(logical(w, t, CB)).toEqual(L({ cbData: 10, cNonTaggedColumns: 3 }));
    expect(overhead(w, t, CB)).toBe(ovh(3, 0, 0, 0));
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepCancel)).toBe(JET_errSuccess);
    rollback(w);
  });
});

describe('currency: which record is measured, and the key', () => {
  /** people 1..5 (one..five, ages 10..50) committed, a fresh cursor on it. */
  function people5(): { w: Isam; t: JET_TABLEID; p: ReturnType<typeof createPeople> } {
    const w = isam();
    const p = createPeople(w.api, self(w));
    fill(w.api, w.ses, p, [[1, 'one', 10], [2, 'two', 20], [3, 'three', 30], [4, 'four', 40], [5, 'five', 50]]);
    expect(w.api.JetCloseTable(w.ses, p.tableid)).toBe(JET_errSuccess);
    return { w, t: openTable(w.api, self(w), PEOPLE), p };
  }

  it('on a secondary index, after JetSeek and after JetGotoBookmark: the same record, the same counts, the primary key in cbOverhead', () => {
    // fldext.cxx ErrRECIGetRecord: ErrDIRGet on the table cursor (its primary record); fldenum.cxx 3371-3388 count
    // that cursor's key (kdfCurr with Local, bmCurr without): the 5-byte primary key, not the secondary key.
    const { w, t } = people5();
    const three = L({ cbData: 4 + 4 + 5, cNonTaggedColumns: 3 });
    expect(seekInt(w.api, w.ses, t, 3, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(logical(w, t)).toEqual(three);
    expect(overhead(w, t)).toBe(ovh(2, 1));
    expect(overhead(w, t, LOCAL)).toBe(ovh(2, 1));
    expect(w.api.JetSetCurrentIndex(w.ses, t, 'byName')).toBe(JET_errSuccess);
    expect(seekText(w.api, w.ses, t, 'three', JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(logical(w, t)).toEqual(three);
    expect(overhead(w, t)).toBe(ovh(2, 1));
    expect(overhead(w, t, LOCAL)).toBe(ovh(2, 1));
    expect(w.api.JetSetCurrentIndex(w.ses, t, 'byAge')).toBe(JET_errSuccess);
    expect(seekInt(w.api, w.ses, t, 30, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(logical(w, t)).toEqual(three);
    expect(overhead(w, t)).toBe(ovh(2, 1));
    const bm = new Uint8Array(64);
    const cb = out<number>(0);
    expect(w.api.JetGetBookmark(w.ses, t, bm, bm.length, cb)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess); // byAge descends: age 50, "five"
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 4 + 4, cNonTaggedColumns: 3 }));
    expect(w.api.JetGotoBookmark(w.ses, t, bm, cb.value)).toBe(JET_errSuccess);
    expect(logical(w, t)).toEqual(three);
    expect(overhead(w, t)).toBe(ovh(2, 1));
  });

  it('the key in cbOverhead is the primary key as normalized: 4 bytes (DBK) without a primary index, 5 + 3 for Long + Short', () => {
    // fldenum.cxx 3371-3388 (bmCurr / kdfCurr key length); tdb.hxx DBK is a ULONG; fldnorm.cxx 719-733 (Short: 3).
    const w = isam();
    const s = table(w, 'seq', [['k', { coltyp: JET_coltypLong }], ['v1', text()]], null);
    begin(w);
    expect(w.api.JetPrepareUpdate(w.ses, s.t, JET_prepInsert)).toBe(JET_errSuccess);
    setAll(s, [['k', int32(1)], ['v1', ascii('abc')]]);
    expect(w.api.JetUpdate(w.ses, s.t, null, 0, null)).toBe(JET_errSuccess);
    commit(w);
    expect(w.api.JetMove(w.ses, s.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(logical(w, s.t)).toEqual(L({ cbData: 4 + 3, cNonTaggedColumns: 2 }));
    expect(overhead(w, s.t)).toBe(ovh(1, 1, 0, 4));
    expect(overhead(w, s.t, LOCAL)).toBe(ovh(1, 1, 0, 4));
    const two = table(w, 'two', [['k', { coltyp: JET_coltypLong }], ['s', { coltyp: JET_coltypShort }]], ['+k', '+s']);
    begin(w);
    expect(w.api.JetPrepareUpdate(w.ses, two.t, JET_prepInsert)).toBe(JET_errSuccess);
    setAll(two, [['k', int32(1)], ['s', Uint8Array.from([2, 0])]]);
    expect(w.api.JetUpdate(w.ses, two.t, null, 0, null)).toBe(JET_errSuccess);
    commit(w);
    expect(w.api.JetMove(w.ses, two.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(logical(w, two.t)).toEqual(L({ cbData: 6, cNonTaggedColumns: 2 }));
    expect(overhead(w, two.t)).toBe(ovh(2, 0, 0, 8));
  });

  it("another session's uncommitted replace: the old version is measured, also inside a transaction begun before its commit", () => {
    // ErrIsamGetRecordSize reads through ErrDIRGet in a (read-only) transaction of its own at level 0 (3443-3449):
    // the version store gives the image this session may see.
    const { w, p: c, a, b } = closedPeople();
    const ta = openTable(w.api, a, PEOPLE);
    const tb = openTable(w.api, b, PEOPLE);
    begin(w, b.ses);
    expect(seekInt(w.api, b.ses, tb, 2, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(b.ses, tb, JET_prepReplace)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(b.ses, tb, c.name, ascii('twotwotwo'), 9, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(b.ses, tb, null, 0, null)).toBe(JET_errSuccess);
    expect(logical(w, tb, 0, b.ses)).toEqual(L({ cbData: 8 + 9, cNonTaggedColumns: 3 }));
    expect(seekInt(w.api, a.ses, ta, 2, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(logical(w, ta, 0, a.ses)).toEqual(L({ cbData: 8 + 3, cNonTaggedColumns: 3 }));
    expect(overhead(w, ta, 0, a.ses)).toBe(ovh(2, 1));
    expect(overhead(w, ta, LOCAL, a.ses)).toBe(ovh(2, 1));
    begin(w, a.ses);
    commit(w, b.ses);
    expect(logical(w, ta, 0, a.ses)).toEqual(L({ cbData: 8 + 3, cNonTaggedColumns: 3 }));
    commit(w, a.ses);
    expect(logical(w, ta, 0, a.ses)).toEqual(L({ cbData: 8 + 9, cNonTaggedColumns: 3 }));
  });

  it("another session's uncommitted delete: the record is still measured (Success) by this session", () => {
    // The delete is versioned; ErrDIRGet for a session that cannot see it returns the record (fldext.cxx 30-33).
    const { w, a, b } = closedPeople();
    const ta = openTable(w.api, a, PEOPLE);
    const tb = openTable(w.api, b, PEOPLE);
    expect(seekInt(w.api, a.ses, ta, 1, JET_bitSeekEQ)).toBe(JET_errSuccess);
    begin(w, b.ses);
    expect(seekInt(w.api, b.ses, tb, 1, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetDelete(b.ses, tb)).toBe(JET_errSuccess);
    expect(logical(w, ta, 0, a.ses)).toEqual(L({ cbData: 8 + 3, cNonTaggedColumns: 3 }));
    expect(overhead(w, ta, 0, a.ses)).toBe(ovh(2, 1));
    rollback(w, b.ses);
  });
});

describe('JET_bitRecordSizeInCopyBuffer with each prepared update', () => {
  /** people 1 "one" 10 and 2 "two" 20 committed; the creator's cursor on record 1. */
  function two(): { w: Isam; t: JET_TABLEID; p: ReturnType<typeof createPeople> } {
    const w = isam();
    const p = createPeople(w.api, self(w));
    fill(w.api, w.ses, p, [[1, 'one', 10], [2, 'two', 20]]);
    expect(seekInt(w.api, w.ses, p.tableid, 1, JET_bitSeekEQ)).toBe(JET_errSuccess);
    return { w, t: p.tableid, p };
  }

  it('JET_prepInsert before any JetSetColumn: a table without defaults gives the minimal record (10 bytes of overhead, nothing else); a long value set in it is measured', () => {
    // fldmod.cxx ErrIsamPrepareUpdate: the default record of a table without defaults is REC::SetMinimumRecord
    // (fileopen.cxx FILEPrepareDefaultRecord 2452-2454); fldenum.cxx 3385-3388: no key for an insert. A separated
    // value written by the prepared update is read back by ErrRECGetLVSize.
    const w = isam();
    const p = createPeople(w.api, self(w));
    const t = p.tableid;
    begin(w);
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(logical(w, t, CB)).toEqual(L({}));
    expect(overhead(w, t, CB)).toBe(4 + 2 + 4);
    expect(size(w, t, CB).cbLongValueOverhead).toBe(0);
    expect(w.api.JetSetColumn(w.ses, t, p.note, filled(2000), 2000, 0, null)).toBe(JET_errSuccess);
    expect(logical(w, t, CB)).toEqual(L({ cTaggedColumns: 1, cLongValues: 1, cbLongValueData: 2000 }));
    expect(logical(w, t, CB | LOCAL)).toEqual(L({ cTaggedColumns: 1, cLongValues: 1 }));
    expect(w.api.JetSetColumn(w.ses, t, p.id, int32(1), 4, 0, null)).toBe(JET_errSuccess);
    expect(logical(w, t, CB)).toEqual(L({ cbData: 4, cNonTaggedColumns: 1, cTaggedColumns: 1, cLongValues: 1, cbLongValueData: 2000 }));
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepCancel)).toBe(JET_errSuccess);
    rollback(w);
  });

  it('JET_prepReplace and JET_prepReplaceNoLock: the copy of the record before any JetSetColumn, then the changes; the key counts', () => {
    // ErrIsamPrepareUpdate copies kdfCurr.data into the copy buffer (1170, 1205); both set fCBSTATReplace
    // (fucb.hxx 1110-1117), so fldenum.cxx 3377-3383 count bmCurr's key.
    const { w, t, p } = two();
    const one = L({ cbData: 8 + 3, cNonTaggedColumns: 3 });
    begin(w);
    for (const prep of [JET_prepReplace, JET_prepReplaceNoLock]) {
      expect(w.api.JetPrepareUpdate(w.ses, t, prep)).toBe(JET_errSuccess);
      expect([prep, logical(w, t, CB)]).toEqual([prep, one]);
      expect([prep, overhead(w, t, CB)]).toEqual([prep, ovh(2, 1)]);
      expect(w.api.JetSetColumn(w.ses, t, p.name, ascii('one-one'), 7, 0, null)).toBe(JET_errSuccess);
      expect([prep, logical(w, t, CB)]).toEqual([prep, L({ cbData: 8 + 7, cNonTaggedColumns: 3 })]);
      expect(w.api.JetSetColumn(w.ses, t, p.name, null, 0, 0, null)).toBe(JET_errSuccess);
      expect(w.api.JetSetColumn(w.ses, t, p.age, null, 0, 0, null)).toBe(JET_errSuccess);
      expect([prep, logical(w, t, CB)]).toEqual([prep, L({ cbData: 8, cNonTaggedColumns: 3 })]);
      expect([prep, overhead(w, t, CB)]).toEqual([prep, ovh(2, 1)]);
      expect([prep, logical(w, t)]).toEqual([prep, one]);
      expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepCancel)).toBe(JET_errSuccess);
    }
    rollback(w);
  });

  it('JET_prepInsertCopy and JET_prepInsertCopyDeleteOriginal: the copy of the record, without a key', () => {
    // ErrIsamPrepareUpdate 1224-1296 copies the record (1248); cbstat is InsertCopy (fucb.hxx 1089 / 1103), neither Null nor
    // Replace, and the copy buffer is not latched: fldenum.cxx 3385-3388 count no key.
    const { w, t, p } = two();
    expect(seekInt(w.api, w.ses, t, 2, JET_bitSeekEQ)).toBe(JET_errSuccess);
    const rec = L({ cbData: 8 + 3, cNonTaggedColumns: 3 });
    begin(w);
    for (const prep of [JET_prepInsertCopy, JET_prepInsertCopyDeleteOriginal]) {
      expect(w.api.JetPrepareUpdate(w.ses, t, prep)).toBe(JET_errSuccess);
      expect([prep, logical(w, t, CB)]).toEqual([prep, rec]);
      expect([prep, overhead(w, t, CB)]).toEqual([prep, ovh(2, 1, 0, 0)]);
      expect(w.api.JetSetColumn(w.ses, t, p.id, int32(9), 4, 0, null)).toBe(JET_errSuccess);
      expect(w.api.JetSetColumn(w.ses, t, p.name, ascii('twelve'), 6, 0, null)).toBe(JET_errSuccess);
      expect([prep, logical(w, t, CB)]).toEqual([prep, L({ cbData: 8 + 6, cNonTaggedColumns: 3 })]);
      expect([prep, overhead(w, t, CB)]).toEqual([prep, ovh(2, 1, 0, 0)]);
      expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepCancel)).toBe(JET_errSuccess);
    }
    rollback(w);
  });

  it('an update prepared, the record measured (no InCopyBuffer): insert kinds count the key only with Local (page still latched); a replace always', () => {
    // fldenum.cxx ErrIsamGetRecordSize 3458-3470: without Local the record is copied and the latch released; then
    // ErrRECIGetRecordSize 3371-3388: latched -> kdfCurr.key; else bmCurr.key only for cbstat Null or a replace.
    const { w, t, p } = two();
    const one = L({ cbData: 8 + 3, cNonTaggedColumns: 3 });
    begin(w);
    for (const prep of [JET_prepInsert, JET_prepInsertCopy]) {
      expect(w.api.JetPrepareUpdate(w.ses, t, prep)).toBe(JET_errSuccess);
      expect(w.api.JetSetColumn(w.ses, t, p.id, int32(7), 4, 0, null)).toBe(JET_errSuccess);
      expect([prep, logical(w, t)]).toEqual([prep, one]);
      expect([prep, overhead(w, t)]).toEqual([prep, ovh(2, 1, 0, 0)]);
      expect([prep, overhead(w, t, LOCAL)]).toEqual([prep, ovh(2, 1)]);
      expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepCancel)).toBe(JET_errSuccess);
    }
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, p.name, ascii('one-one'), 7, 0, null)).toBe(JET_errSuccess);
    expect(logical(w, t)).toEqual(one);
    expect(overhead(w, t)).toBe(ovh(2, 1));
    expect(overhead(w, t, LOCAL)).toBe(ovh(2, 1));
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepCancel)).toBe(JET_errSuccess);
    rollback(w);
  });
});

describe('JET_bitRecordSizeRunningTotal and JET_bitRecordSizeLocal', () => {
  const ZERO2: JET_RECSIZE2 = {
    cbData: 0, cbLongValueData: 0, cbOverhead: 0, cbLongValueOverhead: 0, cNonTaggedColumns: 0, cTaggedColumns: 0,
    cLongValues: 0, cMultiValues: 0, cCompressedColumns: 0, cbDataCompressed: 0, cbLongValueDataCompressed: 0,
  };

  function total2(w: Isam, t: JET_TABLEID, start: JET_RECSIZE2, grbit: number): JET_RECSIZE2 {
    let acc = { ...start };
    let rc = w.api.JetMove(w.ses, t, JET_MoveFirst, 0);
    while (rc === JET_errSuccess) {
      const box = out<JET_RECSIZE2>({ ...acc });
      expect(w.api.JetGetRecordSize2(w.ses, t, box, grbit | JET_bitRecordSizeRunningTotal)).toBe(JET_errSuccess);
      acc = box.value;
      rc = w.api.JetMove(w.ses, t, JET_MoveNext, 0);
    }
    expect(rc).toBe(JET_errNoCurrentRecord);
    return acc;
  }

  it('JetGetRecordSize2 with RunningTotal over every record adds them all up, in any index order', () => {
    // jetapi.cxx JetGetRecordSize2Ex copies the caller's JET_RECSIZE2 in; fldenum.cxx 3356-3359 then only add.
    const w = isam();
    const p = createPeople(w.api, self(w));
    fill(w.api, w.ses, p, [[1, 'one', 10], [2, 'two', 20], [3, 'three', 30], [4, 'four', 40], [5, 'five', 50]]);
    const t = p.tableid;
    const start = { ...ZERO2, cbOverhead: 1000, cCompressedColumns: 2 };
    const expected: JET_RECSIZE2 = {
      ...ZERO2, cbData: 5 * 8 + 3 + 3 + 5 + 4 + 4, cbDataCompressed: 59, cNonTaggedColumns: 15, cbOverhead: 1000 + 5 * ovh(2, 1),
      cCompressedColumns: 2,
    };
    expect(total2(w, t, start, 0)).toEqual(expected);
    expect(total2(w, t, start, LOCAL)).toEqual(expected);
    expect(w.api.JetSetCurrentIndex(w.ses, t, 'byAge')).toBe(JET_errSuccess);
    expect(total2(w, t, start, 0)).toEqual(expected);
  });

  it('RunningTotal over records with tagged columns, separated long values and a zero-length value: every logical field summed', () => {
    // fldenum.cxx iterators (328-418, 468-483, 533-625); lv.cxx ErrRECGetLVSize.
    const x = tagged();
    const { w, t } = x;
    put(x, 1, [['mv', int32(1), 0, 0], ['mv', int32(2), 0, 0], ['mv', int32(3), 0, 0]]);
    put(x, 2, [['lv', filled(2000)]]);
    put(x, 3, [['mlv', filled(10), 0, 0], ['mlv', filled(3000, 0x42), 0, 0]]);
    put(x, 4, [['tb', EMPTY, ZL]]);
    const sum = (grbit: number): JET_RECSIZE2 => total2(w, t, { ...ZERO2, cbData: 1, cTaggedColumns: 1 }, grbit);
    const all = sum(0);
    expect([all.cbData, all.cNonTaggedColumns, all.cTaggedColumns, all.cMultiValues, all.cLongValues, all.cbLongValueData])
      .toEqual([1 + 16 + 4 + 14 + 4, 4, 1 + 4, 2 + 1, 2, 5000]);
    expect([all.cbDataCompressed, all.cbLongValueDataCompressed, all.cCompressedColumns]).toEqual([all.cbData - 1, 5000, 0]);
    const local = sum(LOCAL);
    expect([local.cbData, local.cTaggedColumns, local.cMultiValues, local.cLongValues, local.cbLongValueData, local.cbLongValueOverhead])
      .toEqual([all.cbData, all.cTaggedColumns, all.cMultiValues, 2, 0, 0]);
    expect(local.cbOverhead).toBe(all.cbOverhead);
  });

  it('Local with a multi-valued long value: each separated instance still counts in cLongValues, none of their sizes', () => {
    // fldenum.cxx CMultiValuedTaggedColumnValueIter::ErrGetColumnSize 560-583: ErrRECGetLVSize only when !fLocal;
    // cbOverhead += the LID and cLongValues++ either way; the intrinsic instances go to cbData.
    const x = tagged();
    const { w, t } = x;
    put(x, 1, [['mlv', filled(10), 0, 0], ['mlv', filled(2000, 0x42), 0, 0], ['mlv', filled(3000, 0x43), 0, 0],
      ['mlv', filled(30, 0x44), 0, 0]]);
    const full = out<JET_RECSIZE2>();
    expect(w.api.JetGetRecordSize2(w.ses, t, full, 0)).toBe(JET_errSuccess);
    const f = full.value;
    expect([f.cbData, f.cbDataCompressed, f.cNonTaggedColumns, f.cTaggedColumns, f.cMultiValues, f.cLongValues,
      f.cbLongValueData, f.cbLongValueDataCompressed, f.cCompressedColumns]).toEqual([44, 44, 1, 1, 3, 2, 5000, 5000, 0]);
    expect(f.cbLongValueOverhead).toBeGreaterThan(0);
    const local = out<JET_RECSIZE2>();
    expect(w.api.JetGetRecordSize2(w.ses, t, local, LOCAL)).toBe(JET_errSuccess);
    const l = local.value;
    expect([l.cbData, l.cbDataCompressed, l.cNonTaggedColumns, l.cTaggedColumns, l.cMultiValues, l.cLongValues,
      l.cbLongValueData, l.cbLongValueDataCompressed, l.cbLongValueOverhead, l.cCompressedColumns])
      .toEqual([44, 44, 1, 1, 3, 2, 0, 0, 0, 0]);
    expect(l.cbOverhead).toBe(f.cbOverhead);
  });
});
