/**
 * Oracle tests for JetRetrieveColumn, JetRetrieveColumns, JetEnumerateColumns and JetGetRecordSize(2) on regular
 * tables, written from the engine source only (microsoft/Extensible-Storage-Engine, HEAD):
 *   dev/ese/src/ese/fldext.cxx   ErrIsamRetrieveColumn (1692-2290), ErrRECRetrieveColumns (2384-2972),
 *                                ErrIsamRetrieveColumns (2975-3017), ErrRECIRetrieveFromIndex (925-1420),
 *                                ErrRECIRetrieveSeparatedLongValue (663-762), ErrRECIGetIntrinsicAvail (1554-1690),
 *                                ErrRECIGetRecord (7-59), ErrRECIAccessColumn (62-)
 *   dev/ese/src/ese/tagfld.cxx   TAGFIELDS::ErrRetrieveColumn (1600-1750), TAGFIELDS::ErrScan (1892-2310)
 *   dev/ese/src/inc/rec.hxx      grbitRetrieveColumnInternalFlagsMask = 0xf0000000 (72), ErrRECRetrieveTaggedColumn (1403-1432)
 *   dev/ese/src/ese/fldenum.cxx  ErrRECEnumerateAllColumns (1864-2570), ErrRECEnumerateReqColumns (2572-3280),
 *                                ErrRECIFetchMissingLVs (1755-1862), ErrRECIGetRecordSize (3343-3416),
 *                                ErrIsamGetRecordSize (3418-3500)
 *   dev/ese/src/ese/jetapi.cxx   JetGetRecordSize3Ex (10905-10925), JetGetRecordSize2Ex (10937-10952), JetGetRecordSizeEx
 *   dev/ese/published/inc/jethdr.w  JET_RETINFO (1803-1809: 4 ULONG-sized fields, sizeof 16)
 */
import {
  out,
  JET_bitColumnMultiValued, JET_bitColumnTagged, JET_bitIndexPrimary, JET_bitIndexUnique,
  JET_bitRetrieveCopy, JET_bitRetrieveFromIndex, JET_bitRetrieveFromPrimaryBookmark, JET_bitRetrieveTag,
  JET_bitRetrieveIgnoreDefault,
  JET_bitRetrievePhysicalSize, JET_bitRetrieveTuple, JET_bitRetrieveAsRefIfNotInRecord,
  JET_bitEnumerateCopy, JET_bitEnumerateIgnoreDefault, JET_bitEnumerateLocal, JET_bitEnumeratePresenceOnly,
  JET_bitEnumerateTaggedOnly, JET_bitEnumerateCompressOutput, JET_bitEnumerateInRecordOnly,
  JET_bitEnumerateAsRefIfNotInRecord,
  JET_bitRecordSizeInCopyBuffer, JET_bitRecordSizeRunningTotal,
  JET_coltypBinary, JET_coltypLong, JET_coltypLongBinary, JET_coltypText,
  JET_errSuccess, JET_errInvalidParameter, JET_errInvalidGrbit, JET_errColumnNotFound, JET_errBadColumnId,
  JET_errBadItagSequence, JET_errNoCurrentRecord, JET_errRecordDeleted,
  JET_wrnColumnNull, JET_wrnBufferTruncated, JET_wrnColumnSkipped, JET_wrnColumnDefault,
  JET_wrnColumnPresent, JET_wrnColumnSingleValue, JET_wrnColumnTruncated, JET_wrnColumnNotInRecord,
  JET_MoveFirst, JET_MoveLast, JET_MoveNext, JET_prepInsert, JET_prepReplace,
} from '../../src';
import type {
  JET_COLUMNID, JET_ENUMCOLUMN, JET_ENUMCOLUMNID, JET_RETINFO, JET_RETRIEVECOLUMN, JET_SESID, JET_TABLEID, Out,
} from '../../src';
import { addColumn, ascii, createIndex, int32, isam } from '../support/isam';
import type { Isam } from '../support/isam';

// ---- a table ---------------------------------------------------------------------------------------------

interface X {
  w: Isam;
  t: JET_TABLEID;
  /** fixed Long, the primary key */
  a: JET_COLUMNID;
  /** fixed Long, key of the secondary index "byB" */
  b: JET_COLUMNID;
  /** variable Text */
  s: JET_COLUMNID;
  /** tagged multi-valued Binary */
  mv: JET_COLUMNID;
  /** tagged LongBinary */
  blob: JET_COLUMNID;
}

const SENT = 0xdead;

/**
 * t: a (fixed Long, primary "+a"), b (fixed Long, index byB "+b"), s (Text), mv (tagged multi-valued Binary), blob
 * (tagged LongBinary). Row a=1: b=10, s='hello', mv = 'x','yy','zzz', blob = 'abc'. Row a=2: b=20, nothing else.
 * The creator's cursor is left on row 1.
 */
function world(bigBlob = 0): X {
  const w = isam();
  const box = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, 't', 0, 100, box)).toBe(JET_errSuccess);
  const t = box.value;
  const a = addColumn(w.api, w.ses, t, 'a', { coltyp: JET_coltypLong });
  const b = addColumn(w.api, w.ses, t, 'b', { coltyp: JET_coltypLong });
  const s = addColumn(w.api, w.ses, t, 's', { coltyp: JET_coltypText, cp: 1252, cbMax: 32 });
  const mv = addColumn(w.api, w.ses, t, 'mv', { coltyp: JET_coltypBinary, grbit: JET_bitColumnTagged | JET_bitColumnMultiValued });
  const blob = addColumn(w.api, w.ses, t, 'blob', { coltyp: JET_coltypLongBinary, grbit: JET_bitColumnTagged });
  expect(createIndex(w.api, w.ses, t, 'primary', JET_bitIndexPrimary | JET_bitIndexUnique, '+a')).toBe(JET_errSuccess);
  expect(createIndex(w.api, w.ses, t, 'byB', 0, '+b')).toBe(JET_errSuccess);
  const x = { w, t, a, b, s, mv, blob };
  const blobValue = bigBlob > 0 ? new Uint8Array(bigBlob).fill(0x41) : ascii('abc');
  insert(x, [[a, int32(1)], [b, int32(10)], [s, ascii('hello')], [mv, ascii('x')], [mv, ascii('yy')], [mv, ascii('zzz')], [blob, blobValue]]);
  insert(x, [[a, int32(2)], [b, int32(20)]]);
  first(x);
  return x;
}

function insert(x: X, values: Array<[JET_COLUMNID, Uint8Array]>): void {
  const { w, t } = x;
  // lv.cxx ErrRECSetLongField: long values are set inside a transaction.
  expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
  expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
  for (const [col, v] of values) expect(w.api.JetSetColumn(w.ses, t, col, v, v.length, 0, { itagSequence: 0 })).toBe(JET_errSuccess);
  expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
}

function first(x: X): void {
  expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
}

/** Leaves the cursor after the last record (no current record). */
function offEnd(x: X): void {
  expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveLast, 0)).toBe(JET_errSuccess);
  expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
}

/** Deletes row 1 and stays on it. */
function onDeleted(x: X): void {
  first(x);
  expect(x.w.api.JetDelete(x.w.ses, x.t)).toBe(JET_errSuccess);
}

interface Got {
  rc: number;
  cb: number;
  buf: number[];
}

/** JetRetrieveColumn into a buffer of cbMax bytes filled with 0xee (null when buf is null). */
function get(x: X, col: number, o: { cbMax?: number; nullBuf?: boolean; grbit?: number; ri?: JET_RETINFO | null;
  pcb?: Out<number> | null } = {}): Got {
  const cbMax = o.cbMax ?? 16;
  const buf = o.nullBuf ? null : new Uint8Array(Math.max(cbMax, 1)).fill(0xee);
  const pcb = o.pcb === undefined ? out<number>(SENT) : o.pcb;
  const rc = x.w.api.JetRetrieveColumn(x.w.ses, x.t, col as JET_COLUMNID, buf, cbMax, pcb, o.grbit ?? 0, o.ri ?? null);
  return { rc, cb: pcb === null ? -1 : pcb.value, buf: buf === null ? [] : [...buf.subarray(0, cbMax)] };
}

/**
 * esent.h's JET_RETINFO has cbStruct first (jethdr.w 1803-1809); esemu's JET_RETINFO type leaves it out, so it is
 * added here as an extra field.
 */
type RETINFO = JET_RETINFO & { cbStruct: number };

function ri(itagSequence = 1, ibLongValue = 0, cbStruct = 16): RETINFO {
  return { cbStruct, ibLongValue, itagSequence, columnidNextTagged: SENT as JET_COLUMNID };
}

function rcol(columnid: number, cbData: number, grbit = 0, extra: Partial<JET_RETRIEVECOLUMN> = {}): JET_RETRIEVECOLUMN {
  return {
    columnid: columnid as JET_COLUMNID, pvData: new Uint8Array(Math.max(cbData, 1)).fill(0xee), cbData, grbit,
    ibLongValue: 0, itagSequence: 1, cbActual: SENT, columnidNextTagged: SENT as JET_COLUMNID, err: SENT, ...extra,
  };
}

function rcols(x: X, cols: JET_RETRIEVECOLUMN[]): number {
  return x.w.api.JetRetrieveColumns(x.w.ses, x.t, cols, cols.length);
}

function enumerate(x: X, ids: JET_ENUMCOLUMNID[], grbit = 0, cbDataMost = 0x7fffffff):
  { rc: number; count: number; columns: JET_ENUMCOLUMN[] | null } {
  const count = out<number>(SENT);
  const columns = out<JET_ENUMCOLUMN[] | null>();
  const rc = x.w.api.JetEnumerateColumns(x.w.ses, x.t, ids.length, ids, count, columns, null, null, cbDataMost, grbit);
  return { rc, count: count.value, columns: columns.value };
}

interface JET_RECSIZE {
  cbData: number; cbLongValueData: number; cbOverhead: number; cbLongValueOverhead: number; cNonTaggedColumns: number;
  cTaggedColumns: number; cLongValues: number; cMultiValues: number;
}
interface JET_RECSIZE2 extends JET_RECSIZE { cCompressedColumns: number; cbDataCompressed: number; cbLongValueDataCompressed: number }
interface RecSizeApi {
  JetGetRecordSize(sesid: JET_SESID, tableid: JET_TABLEID, precsize: Out<JET_RECSIZE>, grbit: number): number;
  JetGetRecordSize2(sesid: JET_SESID, tableid: JET_TABLEID, precsize: Out<JET_RECSIZE2>, grbit: number): number;
}
function rs(x: X): RecSizeApi {
  return x.w.api as unknown as RecSizeApi;
}
const SIZES: JET_RECSIZE = {
  cbData: 11, cbLongValueData: 12, cbOverhead: 13, cbLongValueOverhead: 14, cNonTaggedColumns: 15, cTaggedColumns: 16,
  cLongValues: 17, cMultiValues: 18,
};

const A1 = [...int32(1)];

// ==========================================================================================================
describe('JetRetrieveColumn: JET_RETINFO.cbStruct', () => {
  // fldext.cxx ErrIsamRetrieveColumn 1727-1731: `if ( pretinfo->cbStruct < sizeof(JET_RETINFO) ) return
  // InvalidParameter` is the first check of all (before the grbit check at 1740, the column lookup at 1889, the record
  // at 1905); nothing is written. sizeof(JET_RETINFO) is 16 (jethdr.w 1803-1809). A larger cbStruct is accepted.
  it('cbStruct 15 is InvalidParameter, before an internal grbit, a bad column and no current record', () => {
    const x = world();
    offEnd(x);
    const info = ri(1, 0, 15);
    const g = get(x, 0x7777, { grbit: 0x10000000, ri: info });
    expect(g.rc).toBe(JET_errInvalidParameter);
    expect(g.cb).toBe(SENT);
    expect(info.columnidNextTagged).toBe(SENT);
  });

  it('cbStruct 0 is InvalidParameter; 16 and 100 are accepted', () => {
    const x = world();
    expect(get(x, x.a, { ri: ri(1, 0, 0) }).rc).toBe(JET_errInvalidParameter);
    const g16 = get(x, x.a, { ri: ri(1, 0, 16) });
    expect([g16.rc, g16.cb]).toEqual([JET_errSuccess, 4]);
    const g100 = get(x, x.a, { ri: ri(1, 0, 100) });
    expect([g100.rc, g100.cb]).toEqual([JET_errSuccess, 4]);
  });
});

describe('JetRetrieveColumn: grbits', () => {
  // fldext.cxx 1740-1744: only grbitRetrieveColumnInternalFlagsMask (rec.hxx 72: 0xf0000000) is InvalidGrbit, checked
  // before the column (ErrRECIAccessColumn, 1889) and the record (ErrRECIGetRecord, 1905).
  it.each([0x10000000, 0x20000000, 0x40000000, 0x80000000])('internal bit %s is InvalidGrbit before ColumnNotFound and NoCurrentRecord', (bit) => {
    const x = world();
    offEnd(x);
    const g = get(x, 0x7777, { grbit: bit });
    expect(g.rc).toBe(JET_errInvalidGrbit);
    expect(g.cb).toBe(SENT);
  });

  // Nothing else in ErrIsamRetrieveColumn (1692-2290) or the fixed-column path (ErrRECRetrieveNonTaggedColumn,
  // rec.hxx 1344) looks at bits 0x100, 0x200, 0x400, 0x40000..0x08000000: they are ignored.
  it.each([0x100, 0x200, 0x400, 0x40000, 0x100000, 0x1000000, 0x08000000])('unknown bit %s is ignored: Success', (bit) => {
    const x = world();
    const g = get(x, x.a, { grbit: bit, cbMax: 4 });
    expect([g.rc, g.cb, g.buf]).toEqual([JET_errSuccess, 4, A1]);
  });

  // fldext.cxx 1813-1831: PhysicalSize with any bit but RetrieveCopy is InvalidGrbit; then cbMax != 0, no pcbActual or
  // an ibLongValue is InvalidParameter (1827); all before the column (1889) and the record (1905).
  it('RetrievePhysicalSize with RetrieveTag is InvalidGrbit, before ColumnNotFound and NoCurrentRecord', () => {
    const x = world();
    offEnd(x);
    expect(get(x, 0x7777, { grbit: JET_bitRetrievePhysicalSize | JET_bitRetrieveTag, cbMax: 0 }).rc).toBe(JET_errInvalidGrbit);
    expect(get(x, 0x7777, { grbit: JET_bitRetrievePhysicalSize | JET_bitRetrieveFromIndex, cbMax: 0 }).rc).toBe(JET_errInvalidGrbit);
  });

  it('RetrievePhysicalSize InvalidGrbit beats its InvalidParameter', () => {
    const x = world();
    expect(get(x, x.a, { grbit: JET_bitRetrievePhysicalSize | JET_bitRetrieveIgnoreDefault, cbMax: 4, pcb: null }).rc).toBe(JET_errInvalidGrbit);
  });

  it('RetrievePhysicalSize: cbMax, no pcbActual or an ibLongValue is InvalidParameter, before ColumnNotFound / NoCurrentRecord', () => {
    const x = world();
    offEnd(x);
    expect(get(x, 0x7777, { grbit: JET_bitRetrievePhysicalSize, cbMax: 4 }).rc).toBe(JET_errInvalidParameter);
    expect(get(x, 0x7777, { grbit: JET_bitRetrievePhysicalSize, cbMax: 0, pcb: null }).rc).toBe(JET_errInvalidParameter);
    expect(get(x, 0x7777, { grbit: JET_bitRetrievePhysicalSize, cbMax: 0, ri: ri(1, 1) }).rc).toBe(JET_errInvalidParameter);
  });

  // fldext.cxx 2204-2212: pcbActual gets the size, nothing is copied (PhysicalSize), err Success;
  // columnidNextTagged = columnid (2247-2250).
  it('RetrievePhysicalSize (| RetrieveCopy) on a fixed column: Success, pcbActual 4, the buffer untouched', () => {
    const x = world();
    const info = ri();
    const g = get(x, x.a, { grbit: JET_bitRetrievePhysicalSize | JET_bitRetrieveCopy, cbMax: 0, ri: info });
    expect([g.rc, g.cb]).toEqual([JET_errSuccess, 4]);
    expect(info.columnidNextTagged).toBe(x.a);
  });

  // fldext.cxx 1835-1838: RetrieveTuple without RetrieveFromIndex is InvalidGrbit, before the column.
  it('RetrieveTuple without RetrieveFromIndex: InvalidGrbit before ColumnNotFound', () => {
    const x = world();
    expect(get(x, 0x7777, { grbit: JET_bitRetrieveTuple }).rc).toBe(JET_errInvalidGrbit);
  });

  // fldext.cxx 1842-1846: AsRefIfNotInRecord with an update prepared is InvalidGrbit, before the column.
  it('RetrieveAsRefIfNotInRecord with an update prepared: InvalidGrbit before ColumnNotFound', () => {
    const x = world();
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(get(x, 0x7777, { grbit: JET_bitRetrieveAsRefIfNotInRecord }).rc).toBe(JET_errInvalidGrbit);
  });

  it('RetrieveAsRefIfNotInRecord with an update prepared, a valid column: InvalidGrbit', () => {
    const x = world();
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(get(x, x.a, { grbit: JET_bitRetrieveAsRefIfNotInRecord }).rc).toBe(JET_errInvalidGrbit);
  });

  // Without an update prepared, on a value in the record (fldext.cxx 2096-2110 is only reached for wrnRECSeparatedLV):
  // the value is returned as usual.
  it('RetrieveAsRefIfNotInRecord without an update, on a value in the record: the value', () => {
    const x = world();
    const g = get(x, x.a, { grbit: JET_bitRetrieveAsRefIfNotInRecord, cbMax: 4 });
    expect([g.rc, g.cb, g.buf]).toEqual([JET_errSuccess, 4, A1]);
  });
});

describe('JetRetrieveColumn: column, record and itagSequence order', () => {
  // fldext.cxx ErrRECIAccessColumn (1889) comes before ErrRECIGetRecord (1905).
  it('an unknown column with no current record: ColumnNotFound; on a deleted record: ColumnNotFound', () => {
    const x = world();
    offEnd(x);
    const g = get(x, 0x7777);
    expect([g.rc, g.cb]).toEqual([JET_errColumnNotFound, SENT]);
    onDeleted(x);
    expect(get(x, 0x7777).rc).toBe(JET_errColumnNotFound);
  });

  // fldext.cxx ErrRECIAccessColumn 70-73: FCOLUMNIDValid (daedef.hxx 723-733: bits above 16 other than the template bit)
  // -> BadColumnId; the template bit on a table without a template -> ColumnNotFound (95-98).
  it('columnid 0x10001 is BadColumnId; 0x80000001 (template bit, no template) is ColumnNotFound', () => {
    const x = world();
    expect(get(x, 0x10001).rc).toBe(JET_errBadColumnId);
    expect(get(x, 0x80000001).rc).toBe(JET_errColumnNotFound);
  });

  it('no current record: NoCurrentRecord, pcbActual and columnidNextTagged untouched', () => {
    const x = world();
    offEnd(x);
    const info = ri();
    const g = get(x, x.a, { ri: info });
    expect([g.rc, g.cb, info.columnidNextTagged]).toEqual([JET_errNoCurrentRecord, SENT, SENT]);
  });

  // rec.hxx ErrRECRetrieveTaggedColumn 1414-1429: itagSequence 0 on a tagged column is BadItagSequence, after the
  // record is read (fldext.cxx 1905 before 1943); fixed columns ignore itagSequence (ErrRECRetrieveNonTaggedColumn).
  it('itagSequence 0: BadItagSequence on a tagged column (after NoCurrentRecord), the value on a fixed column', () => {
    const x = world();
    const info = ri(0);
    const g = get(x, x.mv, { ri: info });
    expect([g.rc, g.cb, info.columnidNextTagged]).toEqual([JET_errBadItagSequence, SENT, SENT]);
    const f = get(x, x.a, { ri: ri(0), cbMax: 4 });
    expect([f.rc, f.cb, f.buf]).toEqual([JET_errSuccess, 4, A1]);
    offEnd(x);
    expect(get(x, x.mv, { ri: ri(0) }).rc).toBe(JET_errNoCurrentRecord);
  });

  it('an itagSequence past the last value: wrnColumnNull, pcbActual 0, columnidNextTagged the column', () => {
    const x = world();
    const info = ri(4);
    const g = get(x, x.mv, { ri: info });
    expect([g.rc, g.cb, info.columnidNextTagged]).toEqual([JET_wrnColumnNull, 0, x.mv]);
  });
});

describe('JetRetrieveColumn: buffers and outputs', () => {
  // fldext.cxx 2204-2222: pcbActual = the whole size; cbCopy = cbMax and wrnBufferTruncated when the value is longer.
  it('a buffer shorter than the value: wrnBufferTruncated, pcbActual the full size, cbMax bytes copied', () => {
    const x = world();
    const info = ri();
    const g = get(x, x.s, { cbMax: 3, ri: info });
    expect([g.rc, g.cb, g.buf]).toEqual([JET_wrnBufferTruncated, 5, [...ascii('hel')]]);
    expect(info.columnidNextTagged).toBe(x.s);
  });

  it('a NULL buffer with cbData 0 on a value: wrnBufferTruncated with the size', () => {
    const x = world();
    const g = get(x, x.s, { nullBuf: true, cbMax: 0 });
    expect([g.rc, g.cb]).toEqual([JET_wrnBufferTruncated, 5]);
  });

  // fldext.cxx 2212-2226: a NULL column has dataRetrieved.Cb() 0, so cbCopy is 0 and nothing is copied: the NULL
  // buffer is never touched whatever cbData says.
  it('a NULL buffer with cbData > 0 on a NULL column: wrnColumnNull, pcbActual 0', () => {
    const x = world();
    expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveNext, 0)).toBe(JET_errSuccess); // row 2: s is NULL
    const g = get(x, x.s, { nullBuf: true, cbMax: 8 });
    expect([g.rc, g.cb]).toEqual([JET_wrnColumnNull, 0]);
  });

  it('a NULL buffer with cbData > 0 and no current record: NoCurrentRecord', () => {
    const x = world();
    offEnd(x);
    expect(get(x, x.s, { nullBuf: true, cbMax: 8 }).rc).toBe(JET_errNoCurrentRecord);
  });

  it('a NULL column: wrnColumnNull, pcbActual 0, columnidNextTagged the column', () => {
    const x = world();
    expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveNext, 0)).toBe(JET_errSuccess);
    const info = ri();
    const g = get(x, x.blob, { ri: info });
    expect([g.rc, g.cb, info.columnidNextTagged]).toEqual([JET_wrnColumnNull, 0, x.blob]);
  });

});

describe('JetRetrieveColumn: ibLongValue and itagSequence on other columns', () => {
  // fldext.cxx: ibLVOffset is applied only for wrnRECIntrinsicLV (2157-2166), compressed values and separated long
  // values; a fixed, variable or non-long tagged value (TAGFIELDS::ErrRetrieveColumn returns Success for a column that
  // is not a long value) comes back whole.
  it('ibLongValue 2 on a fixed, a variable and a tagged Binary column: the whole value', () => {
    const x = world();
    const ga = get(x, x.a, { ri: ri(1, 2), cbMax: 4 });
    expect([ga.rc, ga.cb, ga.buf]).toEqual([JET_errSuccess, 4, A1]);
    const gs = get(x, x.s, { ri: ri(1, 2), cbMax: 8 });
    expect([gs.rc, gs.cb]).toEqual([JET_errSuccess, 5]);
    const gm = get(x, x.mv, { ri: ri(3, 2), cbMax: 8 });
    expect([gm.rc, gm.cb]).toEqual([JET_errSuccess, 3]);
  });

  // 2157-2166: an intrinsic long value read from an offset at or past its end has Cb 0 and err Success (not
  // wrnColumnNull); pcbActual 0.
  it('ibLongValue at or past the end of an intrinsic long value: Success, pcbActual 0', () => {
    const x = world();
    const g1 = get(x, x.blob, { ri: ri(1, 1), cbMax: 8 });
    expect([g1.rc, g1.cb, g1.buf.slice(0, 2)]).toEqual([JET_errSuccess, 2, [...ascii('bc')]]);
    const g3 = get(x, x.blob, { ri: ri(1, 3), cbMax: 8 });
    expect([g3.rc, g3.cb]).toEqual([JET_errSuccess, 0]);
    const g9 = get(x, x.blob, { ri: ri(1, 9), cbMax: 8 });
    expect([g9.rc, g9.cb]).toEqual([JET_errSuccess, 0]);
  });

  it('JetRetrieveColumns: an entry ibLongValue past the end of an intrinsic long value: err Success, cbActual 0', () => {
    const x = world();
    const c = rcol(x.blob, 8, 0, { ibLongValue: 5 });
    expect(rcols(x, [c])).toBe(JET_errSuccess);
    expect([c.err, c.cbActual]).toEqual([JET_errSuccess, 0]);
  });

  // ErrRECRetrieveNonTaggedColumn (rec.hxx 1344-1400) never looks at itagSequence; a non-multi-valued tagged column
  // has no value 2 (tagfld.cxx 1722-1725: wrnColumnNull).
  it('itagSequence 2: a fixed column gives its value, a single-valued tagged column wrnColumnNull', () => {
    const x = world();
    const ga = get(x, x.a, { ri: ri(2), cbMax: 4 });
    expect([ga.rc, ga.cb]).toEqual([JET_errSuccess, 4]);
    const gb = get(x, x.blob, { ri: ri(2), cbMax: 4 });
    expect([gb.rc, gb.cb]).toEqual([JET_wrnColumnNull, 0]);
  });
});

describe('JetRetrieveColumn: columnid 0 (scan of the tagged values)', () => {
});

describe('JetRetrieveColumn: RetrieveFromIndex / RetrieveFromPrimaryBookmark', () => {
  // fldext.cxx ErrRECIRetrieveFromIndex 971-974: both bits together are InvalidGrbit, whatever the index.
  it('both bits together: InvalidGrbit on the primary index and on a secondary one', () => {
    const x = world();
    const both = JET_bitRetrieveFromIndex | JET_bitRetrieveFromPrimaryBookmark;
    expect(get(x, x.a, { grbit: both }).rc).toBe(JET_errInvalidGrbit);
    expect(x.w.api.JetSetCurrentIndex(x.w.ses, x.t, 'byB')).toBe(JET_errSuccess);
    expect(get(x, x.b, { grbit: both }).rc).toBe(JET_errInvalidGrbit);
  });

  // ErrRECIRetrieveFromIndex 983-1007: on the primary index off a record (locLogical != locOnCurBM) it answers
  // errDIRNoShortCircuit at once (no index-segment lookup), so the retrieve goes on to the record: a column outside
  // the key is read from the record -> NoCurrentRecord, not ColumnNotFound.
  it('primary index, no current record, a column outside the key: NoCurrentRecord', () => {
    const x = world();
    offEnd(x);
    expect(get(x, x.s, { grbit: JET_bitRetrieveFromIndex }).rc).toBe(JET_errNoCurrentRecord);
  });

  // On a record the segments are searched (1076-1103): a column outside the primary key is ColumnNotFound.
  it('primary index, on a record, a column outside the key: ColumnNotFound', () => {
    const x = world();
    expect(get(x, x.s, { grbit: JET_bitRetrieveFromIndex }).rc).toBe(JET_errColumnNotFound);
  });

  // Secondary index: the segment lookup (1076-1103) comes before ErrDIRGet of the index cursor (1165).
  it('secondary index, no current record: a column outside the index ColumnNotFound, its key column NoCurrentRecord', () => {
    const x = world();
    expect(x.w.api.JetSetCurrentIndex(x.w.ses, x.t, 'byB')).toBe(JET_errSuccess);
    offEnd(x);
    expect(get(x, x.s, { grbit: JET_bitRetrieveFromIndex }).rc).toBe(JET_errColumnNotFound);
    expect(get(x, x.b, { grbit: JET_bitRetrieveFromIndex }).rc).toBe(JET_errNoCurrentRecord);
  });

  // fldext.cxx 1866-1874: with RetrieveTag, pretinfo->itagSequence gets the itag when the result is not an error
  // (for a non-multi-valued column, 1 at 1420).
  it('RetrieveFromIndex | RetrieveTag on a secondary key: the value and itagSequence 1', () => {
    const x = world();
    expect(x.w.api.JetSetCurrentIndex(x.w.ses, x.t, 'byB')).toBe(JET_errSuccess);
    expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    const info = ri(7);
    const g = get(x, x.b, { grbit: JET_bitRetrieveFromIndex | JET_bitRetrieveTag, cbMax: 4, ri: info });
    expect([g.rc, g.cb, g.buf, info.itagSequence]).toEqual([JET_errSuccess, 4, [...int32(10)], 1]);
  });

});

describe('JetRetrieveColumn: RetrieveCopy', () => {
  // fldext.cxx 1900-1905: RetrieveCopy with an update prepared reads the copy buffer, so there is no record to miss.
  it('an insert prepared with no current record: RetrieveCopy reads the copy buffer; without it NoCurrentRecord', () => {
    const x = world();
    offEnd(x);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(x.w.api.JetSetColumn(x.w.ses, x.t, x.a, int32(9), 4, 0, null)).toBe(JET_errSuccess);
    const g = get(x, x.a, { grbit: JET_bitRetrieveCopy, cbMax: 4 });
    expect([g.rc, g.cb, g.buf]).toEqual([JET_errSuccess, 4, [...int32(9)]]);
    expect(get(x, x.a, { cbMax: 4 }).rc).toBe(JET_errNoCurrentRecord);
  });
});

// ==========================================================================================================
describe('JetRetrieveColumns', () => {
  // fldext.cxx ErrRECRetrieveColumns 2406-2422: only a sort checks the currency before the loop; a regular table reads
  // the record per entry (ErrDIRGet, 2544), so no entry is no error.
  it('no entries, no current record: Success', () => {
    const x = world();
    offEnd(x);
    expect(x.w.api.JetRetrieveColumns(x.w.ses, x.t, [], 0)).toBe(JET_errSuccess);
  });

  // 2439-2442 (grbit) before 2544 (ErrDIRGet) before 2613 (ErrRECIAccessColumn).
  it('no current record: an internal grbit bit (0x20000000) is InvalidGrbit first', () => {
    const x = world();
    offEnd(x);
    const c1 = rcol(0x7777, 4, 0x20000000);
    expect(rcols(x, [c1])).toBe(JET_errInvalidGrbit);
    expect([c1.err, c1.cbActual]).toEqual([SENT, SENT]);
  });

  // 2613: ErrRECIAccessColumn (fldext.cxx 70-73, daedef.hxx FCOLUMNIDValid): an id with bits above 16 is BadColumnId.
  it('columnid 0x10001: BadColumnId, the entry left as it was', () => {
    const x = world();
    const c = rcol(0x10001, 4);
    expect(rcols(x, [c])).toBe(JET_errBadColumnId);
    expect([c.err, c.cbActual]).toEqual([SENT, SENT]);
  });

  it('a deleted record: RecordDeleted', () => {
    const x = world();
    onDeleted(x);
    const c = rcol(x.a, 4);
    expect(rcols(x, [c])).toBe(JET_errRecordDeleted);
    expect([c.err, c.cbActual]).toEqual([SENT, SENT]);
  });

  // The first error ends the loop (Call at 2441); entries before it are filled.
  it('an error in the second entry: the first entry is filled, the second left as it was', () => {
    const x = world();
    const c1 = rcol(x.a, 4);
    const c2 = rcol(x.b, 4, 0x80000000);
    expect(rcols(x, [c1, c2])).toBe(JET_errInvalidGrbit);
    expect([c1.err, c1.cbActual, c1.columnidNextTagged]).toEqual([JET_errSuccess, 4, x.a]);
    expect([c2.err, c2.cbActual, c2.columnidNextTagged]).toEqual([SENT, SENT, SENT]);
  });

  // 2448-2467: PhysicalSize with another bit but RetrieveCopy: InvalidGrbit.
  it('RetrievePhysicalSize with RetrieveTag: InvalidGrbit', () => {
    const x = world();
    expect(rcols(x, [rcol(x.a, 0, JET_bitRetrievePhysicalSize | JET_bitRetrieveTag)])).toBe(JET_errInvalidGrbit);
  });

  it('RetrievePhysicalSize in the first entry with cbData 4: InvalidParameter', () => {
    const x = world();
    const c = rcol(x.a, 4, JET_bitRetrievePhysicalSize);
    expect(rcols(x, [c])).toBe(JET_errInvalidParameter);
    expect([c.err, c.cbActual]).toEqual([SENT, SENT]);
  });

  // 2640-2648: a fixed or variable column goes to ErrRECRetrieveNonTaggedColumn, which never reads itagSequence.
  it('itagSequence 2 on a fixed and a variable column: the value', () => {
    const x = world();
    const c1 = rcol(x.a, 4, 0, { itagSequence: 2 });
    const c2 = rcol(x.s, 8, 0, { itagSequence: 2 });
    expect(rcols(x, [c1, c2])).toBe(JET_errSuccess);
    expect([c1.err, c1.cbActual, c2.err, c2.cbActual]).toEqual([JET_errSuccess, 4, JET_errSuccess, 5]);
  });

  it('RetrievePhysicalSize in the first entry with cbData 0: Success, cbActual the size', () => {
    const x = world();
    const c = rcol(x.s, 0, JET_bitRetrievePhysicalSize);
    expect(rcols(x, [c])).toBe(JET_errSuccess);
    expect([c.err, c.cbActual]).toEqual([JET_errSuccess, 5]);
  });

  // 2472-2476: AsRefIfNotInRecord with an update prepared: InvalidGrbit.
  it('RetrieveAsRefIfNotInRecord with an update prepared: InvalidGrbit', () => {
    const x = world();
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(rcols(x, [rcol(x.a, 4, JET_bitRetrieveAsRefIfNotInRecord)])).toBe(JET_errInvalidGrbit);
  });

  it('RetrieveFromIndex | RetrieveFromPrimaryBookmark: InvalidGrbit', () => {
    const x = world();
    expect(rcols(x, [rcol(x.a, 4, JET_bitRetrieveFromIndex | JET_bitRetrieveFromPrimaryBookmark)])).toBe(JET_errInvalidGrbit);
  });

  // 2944-2948 + ErrIsamRetrieveColumns 3007-3008: a NULL entry does not make the call a warning; only a truncation does.
  it('a NULL column alone: the call answers Success, the entry wrnColumnNull with cbActual 0 and columnidNextTagged', () => {
    const x = world();
    expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveNext, 0)).toBe(JET_errSuccess);
    const c = rcol(x.s, 8);
    expect(rcols(x, [c])).toBe(JET_errSuccess);
    expect([c.err, c.cbActual, c.columnidNextTagged]).toEqual([JET_wrnColumnNull, 0, x.s]);
  });

  it('a short buffer: entry wrnBufferTruncated with the full cbActual; the call wrnBufferTruncated', () => {
    const x = world();
    const c1 = rcol(x.s, 2);
    const c2 = rcol(x.a, 4);
    expect(rcols(x, [c1, c2])).toBe(JET_wrnBufferTruncated);
    expect([c1.err, c1.cbActual, [...(c1.pvData as Uint8Array)]]).toEqual([JET_wrnBufferTruncated, 5, [...ascii('he')]]);
    expect([c2.err, c2.cbActual]).toEqual([JET_errSuccess, 4]);
  });

  // 2620-2650: itagSequence 0 counts (RECICountColumn), else ErrRECRetrieveTaggedColumn: past the last value wrnColumnNull.
  it('a tagged itagSequence past the last value: wrnColumnNull; itagSequence 0 on a tagged column counts (3)', () => {
    const x = world();
    const c1 = rcol(x.mv, 8, 0, { itagSequence: 5 });
    const c2 = rcol(x.mv, 8, 0, { itagSequence: 0 });
    expect(rcols(x, [c1, c2])).toBe(JET_errSuccess);
    expect([c1.err, c1.cbActual, c1.columnidNextTagged]).toEqual([JET_wrnColumnNull, 0, x.mv]);
    expect([c2.err, c2.cbActual, c2.columnidNextTagged, c2.itagSequence]).toEqual([JET_errSuccess, 0, x.mv, 3]);
  });

  // RetrieveCopy with an insert prepared reads the copy buffer (2530-2538): no record needed.
  it('an insert prepared with no current record: RetrieveCopy entries read the copy', () => {
    const x = world();
    offEnd(x);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(x.w.api.JetSetColumn(x.w.ses, x.t, x.a, int32(9), 4, 0, null)).toBe(JET_errSuccess);
    const c = rcol(x.a, 4, JET_bitRetrieveCopy);
    expect(rcols(x, [c])).toBe(JET_errSuccess);
    expect([c.err, c.cbActual, [...(c.pvData as Uint8Array)]]).toEqual([JET_errSuccess, 4, [...int32(9)]]);
    const d = rcol(x.a, 4);
    expect(rcols(x, [d])).toBe(JET_errNoCurrentRecord);
  });
});

// ==========================================================================================================
describe('JetEnumerateColumns: grbit and state order', () => {
  // fldenum.cxx ErrRECEnumerateReqColumns 2623-2664: unknown bits, Local, TaggedOnly (a list, 2645), InRecordOnly with
  // AsRefIfNotInRecord: InvalidGrbit, all before ErrRECIGetRecord (2675); on failure the outputs are 0 / NULL
  // (2576-2581; 3262-3265).
  it.each([
    ['an unknown bit', 0x2],
    ['EnumerateLocal', JET_bitEnumerateLocal],
    ['TaggedOnly with a column list', JET_bitEnumerateTaggedOnly],
    ['InRecordOnly | AsRefIfNotInRecord', JET_bitEnumerateInRecordOnly | JET_bitEnumerateAsRefIfNotInRecord],
  ])('a list, %s, no current record: InvalidGrbit; count 0 and no array', (_n, grbit) => {
    const x = world();
    offEnd(x);
    const r = enumerate(x, [{ columnid: x.a }], grbit);
    expect([r.rc, r.count, r.columns]).toEqual([JET_errInvalidGrbit, 0, null]);
  });

  // ErrRECEnumerateAllColumns 1940-1972 before ErrRECIGetRecord (2129).
  it.each([
    ['an unknown bit', 0x800000],
    ['EnumerateLocal', JET_bitEnumerateLocal],
    ['InRecordOnly | AsRefIfNotInRecord', JET_bitEnumerateInRecordOnly | JET_bitEnumerateAsRefIfNotInRecord],
  ])('every column, %s, no current record: InvalidGrbit', (_n, grbit) => {
    const x = world();
    offEnd(x);
    expect(enumerate(x, [], grbit).rc).toBe(JET_errInvalidGrbit);
  });

  it('TaggedOnly over every column is accepted; no current record: NoCurrentRecord', () => {
    const x = world();
    offEnd(x);
    const r = enumerate(x, [], JET_bitEnumerateTaggedOnly);
    expect([r.rc, r.count, r.columns]).toEqual([JET_errNoCurrentRecord, 0, null]);
  });

  it('a deleted record: RecordDeleted (a list and every column)', () => {
    const x = world();
    onDeleted(x);
    expect(enumerate(x, [{ columnid: x.a }]).rc).toBe(JET_errRecordDeleted);
    expect(enumerate(x, []).rc).toBe(JET_errRecordDeleted);
  });

  // The AsRefIfNotInRecord / update-prepared check (2685-2690 and 2140-2145) comes AFTER ErrRECIGetRecord (2675, 2129): with an
  // insert prepared and no current record, the record is missed first unless EnumerateCopy reads the copy buffer.
  it('AsRefIfNotInRecord with an insert prepared and no current record: NoCurrentRecord; with EnumerateCopy InvalidGrbit', () => {
    const x = world();
    offEnd(x);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(enumerate(x, [{ columnid: x.a }], JET_bitEnumerateAsRefIfNotInRecord).rc).toBe(JET_errNoCurrentRecord);
    expect(enumerate(x, [], JET_bitEnumerateAsRefIfNotInRecord).rc).toBe(JET_errNoCurrentRecord);
    expect(enumerate(x, [{ columnid: x.a }], JET_bitEnumerateAsRefIfNotInRecord | JET_bitEnumerateCopy).rc).toBe(JET_errInvalidGrbit);
    expect(enumerate(x, [], JET_bitEnumerateAsRefIfNotInRecord | JET_bitEnumerateCopy).rc).toBe(JET_errInvalidGrbit);
  });

  it('AsRefIfNotInRecord with a replace prepared (on a record): InvalidGrbit', () => {
    const x = world();
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(enumerate(x, [{ columnid: x.a }], JET_bitEnumerateAsRefIfNotInRecord).rc).toBe(JET_errInvalidGrbit);
  });

  it('EnumerateCopy with an insert prepared and no current record: the copy buffer', () => {
    const x = world();
    offEnd(x);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(x.w.api.JetSetColumn(x.w.ses, x.t, x.a, int32(9), 4, 0, null)).toBe(JET_errSuccess);
    const r = enumerate(x, [{ columnid: x.a }], JET_bitEnumerateCopy);
    expect(r.rc).toBe(JET_errSuccess);
    expect(r.columns?.[0]).toMatchObject({ columnid: x.a, err: JET_errSuccess, cEnumColumnValue: 1 });
  });
});

describe('JetEnumerateColumns: requested columns', () => {
  // 2722-2740: columnid 0 -> wrnColumnSkipped; BadColumnId / ColumnNotFound go in err; 3191-3199: the call returns the
  // first negative err in list order, with the results kept (fRetColumnIdError).
  it('columnid 0 is wrnColumnSkipped; bad ids get their own err; the first in list order is returned', () => {
    const x = world();
    const r = enumerate(x, [{ columnid: 0 as JET_COLUMNID }, { columnid: 0x10001 as JET_COLUMNID }, { columnid: 0x7777 as JET_COLUMNID }, { columnid: x.a }]);
    expect(r.rc).toBe(JET_errBadColumnId);
    expect(r.count).toBe(4);
    expect(r.columns?.map((c) => c.err)).toEqual([JET_wrnColumnSkipped, JET_errBadColumnId, JET_errColumnNotFound, JET_errSuccess]);
    const r2 = enumerate(x, [{ columnid: 0x7777 as JET_COLUMNID }, { columnid: 0x10001 as JET_COLUMNID }]);
    expect(r2.rc).toBe(JET_errColumnNotFound);
    expect(r2.count).toBe(2);
  });

  // 2837-2843: a column not in the record, IgnoreDefault, no ctagSequence: wrnColumnDefault (whether or not the column
  // has a default); 2847-2852: without IgnoreDefault, no values: wrnColumnNull.
  it('a tagged column the record does not hold: wrnColumnDefault with IgnoreDefault, wrnColumnNull without', () => {
    const x = world();
    expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveNext, 0)).toBe(JET_errSuccess); // row 2
    expect(enumerate(x, [{ columnid: x.blob }], JET_bitEnumerateIgnoreDefault).columns?.[0].err).toBe(JET_wrnColumnDefault);
    expect(enumerate(x, [{ columnid: x.blob }]).columns?.[0].err).toBe(JET_wrnColumnNull);
  });

  // 3005-3032: with ctagSequence: itag 0 -> wrnColumnSkipped, past the last value -> wrnColumnNull (or
  // wrnColumnDefault with IgnoreDefault when the column was not found), else the value.
  it('ctagSequence [0, 2, 5] on mv: skipped, value 2, NULL', () => {
    const x = world();
    const r = enumerate(x, [{ columnid: x.mv, ctagSequence: 3, rgtagSequence: [0, 2, 5] }]);
    expect(r.rc).toBe(JET_errSuccess);
    const c = r.columns?.[0];
    expect(c).toMatchObject({ columnid: x.mv, err: JET_errSuccess, cEnumColumnValue: 3 });
    const v = (c as { rgEnumColumnValue: Array<{ itagSequence: number; err: number; cbData: number }> }).rgEnumColumnValue;
    expect(v.map((e) => [e.itagSequence, e.err])).toEqual([[0, JET_wrnColumnSkipped], [2, JET_errSuccess], [5, JET_wrnColumnNull]]);
    expect(v[1].cbData).toBe(2);
  });

  it('ctagSequence on a column the record does not hold, IgnoreDefault: wrnColumnDefault per value (0 skipped)', () => {
    const x = world();
    expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveNext, 0)).toBe(JET_errSuccess);
    const r = enumerate(x, [{ columnid: x.mv, ctagSequence: 2, rgtagSequence: [0, 1] }], JET_bitEnumerateIgnoreDefault);
    const c = r.columns?.[0] as { err: number; cEnumColumnValue: number; rgEnumColumnValue: Array<{ itagSequence: number; err: number }> };
    expect([c.err, c.cEnumColumnValue]).toEqual([JET_errSuccess, 2]);
    expect(c.rgEnumColumnValue.map((e) => [e.itagSequence, e.err])).toEqual([[0, JET_wrnColumnSkipped], [1, JET_wrnColumnDefault]]);
  });

  // 2858-2863 apply only without ctagSequence; with it, 3036-3040 answer wrnColumnPresent per value.
  it('PresenceOnly with ctagSequence: per value wrnColumnPresent / wrnColumnNull, the column err 0', () => {
    const x = world();
    const r = enumerate(x, [{ columnid: x.mv, ctagSequence: 2, rgtagSequence: [3, 4] }], JET_bitEnumeratePresenceOnly);
    const c = r.columns?.[0] as { err: number; rgEnumColumnValue: Array<{ err: number }> };
    expect(c.err).toBe(JET_errSuccess);
    expect(c.rgEnumColumnValue.map((e) => e.err)).toEqual([JET_wrnColumnPresent, JET_wrnColumnNull]);
  });

  it('PresenceOnly without ctagSequence: wrnColumnPresent for the column', () => {
    const x = world();
    expect(enumerate(x, [{ columnid: x.mv }], JET_bitEnumeratePresenceOnly).columns?.[0].err).toBe(JET_wrnColumnPresent);
  });

  // 2875-2878: CompressOutput only without ctagSequence.
  it('CompressOutput: a lone value goes in the JET_ENUMCOLUMN, but not when ctagSequence is given', () => {
    const x = world();
    const r = enumerate(x, [{ columnid: x.a }, { columnid: x.a, ctagSequence: 1, rgtagSequence: [1] }], JET_bitEnumerateCompressOutput);
    expect(r.columns?.[0]).toMatchObject({ columnid: x.a, err: JET_wrnColumnSingleValue, cbData: 4 });
    expect(r.columns?.[1]).toMatchObject({ columnid: x.a, err: JET_errSuccess, cEnumColumnValue: 1 });
  });

  // ErrRECIFetchMissingLVs 1822-1846: a separated long value is cut at cbDataMost with wrnColumnTruncated and
  // cbData = cbDataMost (1850-1854); the call still succeeds. With InRecordOnly (3050-3054): wrnColumnNotInRecord.
  it('a separated long value: cut at cbDataMost (wrnColumnTruncated), or wrnColumnNotInRecord with InRecordOnly', () => {
    const x = world(5000);
    const r = enumerate(x, [{ columnid: x.blob }], 0, 10);
    expect(r.rc).toBe(JET_errSuccess);
    const v = (r.columns?.[0] as { rgEnumColumnValue: Array<{ err: number; cbData: number }> }).rgEnumColumnValue[0];
    expect([v.err, v.cbData]).toEqual([JET_wrnColumnTruncated, 10]);
    const r2 = enumerate(x, [{ columnid: x.blob }], JET_bitEnumerateInRecordOnly);
    const v2 = (r2.columns?.[0] as { rgEnumColumnValue: Array<{ err: number }> }).rgEnumColumnValue[0];
    expect(v2.err).toBe(JET_wrnColumnNotInRecord);
  });

  it('cbDataMost 0 on a separated long value: wrnColumnTruncated, cbData 0', () => {
    const x = world(5000);
    const r = enumerate(x, [{ columnid: x.blob }], 0, 0);
    const v = (r.columns?.[0] as { rgEnumColumnValue: Array<{ err: number; cbData: number }> }).rgEnumColumnValue[0];
    expect([r.rc, v.err, v.cbData]).toEqual([JET_errSuccess, JET_wrnColumnTruncated, 0]);
  });

  it('every column, a separated long value, CompressOutput: not put in the JET_ENUMCOLUMN (fSeparated), cut at cbDataMost', () => {
    const x = world(5000);
    const r = enumerate(x, [], JET_bitEnumerateCompressOutput, 7);
    expect(r.rc).toBe(JET_errSuccess);
    const blob = r.columns?.find((c) => c.columnid === x.blob) as { err: number; cEnumColumnValue: number; rgEnumColumnValue: Array<{ err: number; cbData: number }> };
    expect([blob.err, blob.cEnumColumnValue]).toEqual([JET_errSuccess, 1]);
    expect([blob.rgEnumColumnValue[0].err, blob.rgEnumColumnValue[0].cbData]).toEqual([JET_wrnColumnTruncated, 7]);
  });
});

// ==========================================================================================================
describe('JetGetRecordSize / JetGetRecordSize2', () => {
  // jetapi.cxx JetGetRecordSize3Ex 10913-10919: bits other than InCopyBuffer|RunningTotal|Local|IntrinsicPhysicalOnly|
  // ExtrinsicLogicalOnly (0x1|0x2|0x4|0x20|0x40) are InvalidGrbit before the dispatch (so before NoCurrentRecord);
  // JET_bitRecordSizeIncludeDefaultValues (0x8) and SecondaryIndexKeyOnly (0x10) included.
  it.each([0x8, 0x10, 0x80, 0x100000])('grbit %s with no current record: InvalidGrbit', (bit) => {
    const x = world();
    offEnd(x);
    expect(rs(x).JetGetRecordSize(x.w.ses, x.t, out<JET_RECSIZE>({ ...SIZES }), bit)).toBe(JET_errInvalidGrbit);
    expect(rs(x).JetGetRecordSize2(x.w.ses, x.t, out<JET_RECSIZE2>({ ...SIZES, cCompressedColumns: 0, cbDataCompressed: 0, cbLongValueDataCompressed: 0 }), bit)).toBe(JET_errInvalidGrbit);
  });

  // fldenum.cxx ErrIsamGetRecordSize 3451-3454: ErrRECIGetRecord; jetapi.cxx JetGetRecordSizeEx copies the caller's struct in with
  // RunningTotal and back out whatever the result, so a failed running total leaves it as it was.
  it('no current record / deleted record: NoCurrentRecord / RecordDeleted; a RunningTotal struct is left as it was', () => {
    const x = world();
    offEnd(x);
    const box = out<JET_RECSIZE>({ ...SIZES });
    expect(rs(x).JetGetRecordSize(x.w.ses, x.t, box, JET_bitRecordSizeRunningTotal)).toBe(JET_errNoCurrentRecord);
    expect(box.value).toEqual(SIZES);
    onDeleted(x);
    const box2 = out<JET_RECSIZE>({ ...SIZES });
    expect(rs(x).JetGetRecordSize(x.w.ses, x.t, box2, JET_bitRecordSizeRunningTotal)).toBe(JET_errRecordDeleted);
    expect(box2.value).toEqual(SIZES);
  });

  // fldenum.cxx 3451-3454: InCopyBuffer with an update prepared reads the copy buffer (no record needed); without an update it
  // reads the record.
  it('InCopyBuffer: with an insert prepared and no current record Success; without an update NoCurrentRecord', () => {
    const x = world();
    offEnd(x);
    expect(rs(x).JetGetRecordSize(x.w.ses, x.t, out<JET_RECSIZE>(), JET_bitRecordSizeInCopyBuffer)).toBe(JET_errNoCurrentRecord);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(x.w.api.JetSetColumn(x.w.ses, x.t, x.a, int32(9), 4, 0, null)).toBe(JET_errSuccess);
    const box = out<JET_RECSIZE>();
    expect(rs(x).JetGetRecordSize(x.w.ses, x.t, box, JET_bitRecordSizeInCopyBuffer)).toBe(JET_errSuccess);
    expect(box.value.cNonTaggedColumns).toBe(1);
    expect(rs(x).JetGetRecordSize(x.w.ses, x.t, out<JET_RECSIZE>(), 0)).toBe(JET_errNoCurrentRecord);
  });

  // fldenum.cxx ErrRECIGetRecordSize 3357-3360 zeroes the struct unless RunningTotal, which adds (3362-3413).
  it('RunningTotal adds to the struct given', () => {
    const x = world();
    const one = out<JET_RECSIZE>();
    expect(rs(x).JetGetRecordSize(x.w.ses, x.t, one, 0)).toBe(JET_errSuccess);
    const sum = out<JET_RECSIZE>({ ...one.value });
    expect(rs(x).JetGetRecordSize(x.w.ses, x.t, sum, JET_bitRecordSizeRunningTotal)).toBe(JET_errSuccess);
    expect(sum.value.cbData).toBe(2 * one.value.cbData);
    expect(sum.value.cTaggedColumns).toBe(2 * one.value.cTaggedColumns);
    expect(sum.value.cMultiValues).toBe(2 * one.value.cMultiValues);
  });
});
