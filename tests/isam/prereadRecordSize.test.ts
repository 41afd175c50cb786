/**
 * JetPrereadKeys, JetPrereadIndexRanges, JetPrereadIndexRange and JetGetRecordSize / JetGetRecordSize2 on regular
 * tables (and what temp tables answer), checked against the engine source (microsoft/Extensible-Storage-Engine,
 * dev/ese/src/ese; facts in scratch/specs/prereadRecordSize.md):
 * - jetapi.cxx JetPrereadKeysEx / JetPrereadIndexRangesEx / JetPrereadIndexRangeEx check nothing themselves;
 *   sortapi.cxx: vtfndefIsam holds the ErrIsam... functions, every temp-table table (TTSortIns 2903, TTSortRet 2964,
 *   TTBase 3026) holds ErrIllegalPreread... (IllegalOperation); GetRecordSize is ErrIllegal... only on TTSortIns.
 * - rec.cxx ErrIsamPrereadKeys (2489) / ErrIsamValidatePrereadKeysArguments (2412): the current index's cursor; the
 *   count zeroed first; NULL arrays / ckeys <= 0 InvalidParameter; grbit exactly Forward or exactly Backward, else
 *   InvalidGrbit; per key: length 0 or over the index's cbKeyMost (4 = sizeof(DBK) without a primary index)
 *   InvalidBufferSize, then order against the previous key (CmpKey: bytes, then length) InvalidParameter.
 *   bt.cxx PrereadContext: a tree whose root is a leaf reports every key (2667-2672), never 0 (3485-3489).
 * - rec.cxx ErrIsamIPrereadIndexRanges (3010): keys are made first, range by range (ErrRECIMakeKey 2539: relops
 *   Equals / PrefixEquals-on-last only, JET_INDEX_COLUMN.grbit only ZeroLength with cb 0, columnid ignored,
 *   JetMakeKey with NewKey and a Full/Partial Start/End limit on the last column, JetRetrieveKey(RetrieveCopy));
 *   with JET_bitPrereadNormalizedKey the bytes are taken as given (only cStart != 1 && cEnd > 1 is rejected).
 *   Then ErrIsamIPrereadKeyRanges (2757): grbit (InvalidGrbit), preread columns with a secondary index
 *   (InvalidPreread), non-LV columns (MustBeSeparateLongValue), start/end order per range, order between ranges
 *   when a count is asked for, else ErrRECIInsertionSort (2618) with overlaps InvalidParameter. 0 ranges: count 1
 *   (bt.cxx 3362-3367).
 * - rec.cxx ErrIsamPrereadIndexRange (3188): NULL range, min > max, max > lMax (InvalidParameter); grbit outside
 *   Forward|Backward|NormalizedKey or not exactly one direction (InvalidGrbit); pcPageCacheActual untouched when
 *   cPageCacheMax is 0, else the pages handed to the cache (0 for a one-page tree, bt.cxx 3362-3420).
 * - jetapi.cxx JetGetRecordSize3Ex (10905): grbit outside InCopyBuffer|RunningTotal|Local|IntrinsicPhysicalOnly|
 *   ExtrinsicLogicalOnly is InvalidGrbit before the dispatch; JetGetRecordSizeEx / 2Ex copy the caller's struct in
 *   with RunningTotal and copy back. fldenum.cxx ErrIsamGetRecordSize (3418): the copy buffer only with
 *   InCopyBuffer AND a prepared update, else ErrDIRGet on the current record. ErrRECIGetRecordSize (3343):
 *   cbOverhead 4 (TAG) + 2 (key count) + 4 (REC header) + the key (not for an insert's copy buffer) + the fixed null
 *   bits + 2 per variable slot; cbData / cNonTaggedColumns from the REC's fixed and variable slots (every slot up to
 *   the last one present, NULL ones included); tagged columns through the fldenum.cxx iterators.
 */
import {
  out,
  JET_bitColumnFixed, JET_bitColumnMultiValued, JET_bitColumnTagged, JET_bitIndexKeyMost,
  JET_bitIndexPrimary, JET_bitIndexUnique, JET_bitNewKey, JET_bitPrereadBackward, JET_bitPrereadFirstPage,
  JET_bitPrereadForward, JET_bitPrereadNormalizedKey, JET_bitRecordSizeExtrinsicLogicalOnly,
  JET_bitRecordSizeInCopyBuffer, JET_bitRecordSizeIntrinsicPhysicalOnly, JET_bitRecordSizeLocal,
  JET_bitRecordSizeRunningTotal, JET_bitRetrieveCopy, JET_bitSeekEQ, JET_bitSetSeparateLV, JET_bitTTForceMaterialization,
  JET_bitTTIndexed, JET_bitTTScrollable, JET_bitTTUpdatable, JET_bitZeroLength, JET_coltypBinary, JET_coltypCurrency,
  JET_coltypLong, JET_coltypLongBinary, JET_coltypShort, JET_coltypText, JET_errIllegalOperation, JET_errInvalidBufferSize,
  JET_errInvalidGrbit, JET_errInvalidParameter, JET_errInvalidPreread, JET_errKeyIsMade, JET_errKeyNotMade,
  JET_errMustBeSeparateLongValue, JET_errNoCurrentRecord, JET_errRecordDeleted, JET_errSuccess, JET_MoveFirst,
  JET_MoveLast, JET_MoveNext, JET_prepCancel, JET_prepInsert, JET_prepReplace,
} from '../../src';
import type { JET_COLUMNID, JET_SESID, JET_TABLEID, Out } from '../../src';
import {
  addColumn, ascii, createIndex, createPeople, fill, int32, intOf, isam, openTable, PEOPLE, self, intTempTable,
} from '../support/isam';
import type { Isam, JET_INDEXCREATE, People } from '../support/isam';

// JET_relop values: jethdr.w JET_RELOP (Equals 0, PrefixEquals 1, NotEquals 2, ..., GreaterThanOrEqual 5).
const RELOP_EQ = 0;
const RELOP_PREFIX = 1;
const RELOP_NE = 2;
const RELOP_GE = 5;
const FWD = JET_bitPrereadForward;
const BACK = JET_bitPrereadBackward;

interface JET_INDEX_COLUMN { columnid: JET_COLUMNID; relop: number; pv: Uint8Array | null; cb: number; grbit: number }
interface JET_INDEX_RANGE {
  rgStartColumns: JET_INDEX_COLUMN[] | null; cStartColumns: number; rgEndColumns: JET_INDEX_COLUMN[] | null; cEndColumns: number;
}
interface JET_RECSIZE {
  cbData: number; cbLongValueData: number; cbOverhead: number; cbLongValueOverhead: number; cNonTaggedColumns: number;
  cTaggedColumns: number; cLongValues: number; cMultiValues: number;
}
interface JET_RECSIZE2 extends JET_RECSIZE { cCompressedColumns: number; cbDataCompressed: number; cbLongValueDataCompressed: number }

/** The five calls with esent.h's parameter order. */
interface PrereadApi {
  JetPrereadKeys(sesid: JET_SESID, tableid: JET_TABLEID, rgpvKeys: Uint8Array[] | null, rgcbKeys: number[] | null, ckeys: number,
    pckeysPreread: Out<number> | null, grbit: number): number;
  JetPrereadIndexRanges(sesid: JET_SESID, tableid: JET_TABLEID, rgIndexRanges: JET_INDEX_RANGE[] | null, cIndexRanges: number,
    pcRangesPreread: Out<number> | null, rgcolumnidPreread: JET_COLUMNID[] | null, ccolumnidPreread: number, grbit: number): number;
  JetPrereadIndexRange(sesid: JET_SESID, tableid: JET_TABLEID, pIndexRange: JET_INDEX_RANGE, cPageCacheMin: number,
    cPageCacheMax: number, grbit: number, pcPageCacheActual: Out<number> | null): number;
  JetGetRecordSize(sesid: JET_SESID, tableid: JET_TABLEID, precsize: Out<JET_RECSIZE>, grbit: number): number;
  JetGetRecordSize2(sesid: JET_SESID, tableid: JET_TABLEID, precsize: Out<JET_RECSIZE2>, grbit: number): number;
}

function p(w: Isam): PrereadApi {
  return w.api as unknown as PrereadApi;
}

// ---- keys and ranges ------------------------------------------------------------------------------------

/** The normalized key of a Long ascending segment: 0x7f, then big-endian with the sign bit flipped (fldnorm.cxx). */
function longKey(v: number): number[] {
  const u = (v ^ 0x80000000) >>> 0;
  return [0x7f, u >>> 24, (u >>> 16) & 0xff, (u >>> 8) & 0xff, u & 0xff];
}

function bytes(...b: number[]): Uint8Array {
  return Uint8Array.from(b);
}

/** JetPrereadKeys with rgcbKeys the keys' lengths and ckeys their number. */
function preKeys(w: Isam, t: JET_TABLEID, keys: Uint8Array[], grbit: number, count: Out<number> | null = null): number {
  return p(w).JetPrereadKeys(w.ses, t, keys, keys.map((k) => k.length), keys.length, count, grbit);
}

function ic(columnid: JET_COLUMNID, pv: Uint8Array | null, relop = RELOP_EQ, grbit = 0): JET_INDEX_COLUMN {
  return { columnid, relop, pv, cb: pv === null ? 0 : pv.length, grbit };
}

function range(start: JET_INDEX_COLUMN[], end: JET_INDEX_COLUMN[] = []): JET_INDEX_RANGE {
  return { rgStartColumns: start, cStartColumns: start.length, rgEndColumns: end, cEndColumns: end.length };
}

/** JetPrereadIndexRanges with cIndexRanges the array's length and no preread columns. */
function preRanges(w: Isam, t: JET_TABLEID, ranges: JET_INDEX_RANGE[], grbit: number, count: Out<number> | null,
  cols: JET_COLUMNID[] | null = null): number {
  return p(w).JetPrereadIndexRanges(w.ses, t, ranges, ranges.length, count, cols, cols === null ? 0 : cols.length, grbit);
}

/** The key being made on the cursor (JetRetrieveKey with JET_bitRetrieveCopy), or the error code. */
function madeKey(w: Isam, t: JET_TABLEID): number[] | number {
  const buf = new Uint8Array(600);
  const cb = out<number>(0);
  const rc = w.api.JetRetrieveKey(w.ses, t, buf, buf.length, cb, JET_bitRetrieveCopy);
  return rc === JET_errSuccess ? Array.from(buf.subarray(0, cb.value)) : rc;
}

/** people 1..5 (names one..five, ages 10..50), committed; a fresh cursor of the world's session on it. */
function people(): { w: Isam; t: People } {
  const w = isam();
  const c = createPeople(w.api, self(w));
  fill(w.api, w.ses, c, [[1, 'one', 10], [2, 'two', 20], [3, 'three', 30], [4, 'four', 40], [5, 'five', 50]]);
  expect(w.api.JetCloseTable(w.ses, c.tableid)).toBe(JET_errSuccess);
  return { w, t: { ...c, tableid: openTable(w.api, self(w), PEOPLE) } };
}

function seekId(w: Isam, t: JET_TABLEID, id: number): void {
  expect(w.api.JetMakeKey(w.ses, t, int32(id), 4, JET_bitNewKey)).toBe(JET_errSuccess);
  expect(w.api.JetSeek(w.ses, t, JET_bitSeekEQ)).toBe(JET_errSuccess);
}

// ---- record sizes ---------------------------------------------------------------------------------------

const ZERO: JET_RECSIZE = {
  cbData: 0, cbLongValueData: 0, cbOverhead: 0, cbLongValueOverhead: 0, cNonTaggedColumns: 0, cTaggedColumns: 0,
  cLongValues: 0, cMultiValues: 0,
};

function recSize(w: Isam, t: JET_TABLEID, grbit = 0, start?: JET_RECSIZE): { rc: number; v: JET_RECSIZE } {
  const box = out<JET_RECSIZE>(start === undefined ? undefined : { ...start });
  const rc = p(w).JetGetRecordSize(w.ses, t, box, grbit);
  return { rc, v: box.value };
}

/** JetGetRecordSize, expected to succeed; the logical fields (cbOverhead / cbLongValueOverhead left out). */
function logical(w: Isam, t: JET_TABLEID, grbit = 0): Omit<JET_RECSIZE, 'cbOverhead' | 'cbLongValueOverhead'> {
  const r = recSize(w, t, grbit);
  expect(r.rc).toBe(JET_errSuccess);
  const { cbOverhead, cbLongValueOverhead, ...rest } = r.v;
  void cbOverhead; void cbLongValueOverhead;
  return rest;
}

function overhead(w: Isam, t: JET_TABLEID, grbit = 0): number {
  const r = recSize(w, t, grbit);
  expect(r.rc).toBe(JET_errSuccess);
  return r.v.cbOverhead;
}

/** Logical JET_RECSIZE fields, zero unless given. */
function L(v: Partial<JET_RECSIZE>): Omit<JET_RECSIZE, 'cbOverhead' | 'cbLongValueOverhead'> {
  const { cbOverhead, cbLongValueOverhead, ...rest } = { ...ZERO, ...v };
  void cbOverhead; void cbLongValueOverhead;
  return rest;
}

/** Record overhead of a record with a 5-byte key (Long primary key), f fixed slots and v variable slots, no tagged. */
function baseOverhead(f: number, v: number, cbKey = 5): number {
  return 4 + 2 + 4 + cbKey + Math.ceil(f / 8) + 2 * v;
}

interface Wide {
  w: Isam;
  t: JET_TABLEID;
  k: JET_COLUMNID; s: JET_COLUMNID; c: JET_COLUMNID; ft: JET_COLUMNID; v1: JET_COLUMNID; v2: JET_COLUMNID;
  tg: JET_COLUMNID; mv: JET_COLUMNID; lv: JET_COLUMNID; mlv: JET_COLUMNID;
}

/**
 * Table "wide", built through its creator's (exclusive) cursor, which stays open: fixed k Long (fid 1, primary key),
 * s Short (fid 2), c Currency (fid 3), ft Text fixed cbMax 10 (fid 4); variable v1 Text (128), v2 Binary (129);
 * tagged tg Long, mv Long multi-valued, lv LongBinary, mlv LongBinary multi-valued. No defaults.
 */
function wide(): Wide {
  const w = isam();
  const box = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, 'wide', 0, 100, box)).toBe(JET_errSuccess);
  const t = box.value;
  const k = addColumn(w.api, w.ses, t, 'k', { coltyp: JET_coltypLong });
  const s = addColumn(w.api, w.ses, t, 's', { coltyp: JET_coltypShort });
  const c = addColumn(w.api, w.ses, t, 'c', { coltyp: JET_coltypCurrency });
  const ft = addColumn(w.api, w.ses, t, 'ft', { coltyp: JET_coltypText, cp: 1252, cbMax: 10, grbit: JET_bitColumnFixed });
  const v1 = addColumn(w.api, w.ses, t, 'v1', { coltyp: JET_coltypText, cp: 1252, cbMax: 100 });
  const v2 = addColumn(w.api, w.ses, t, 'v2', { coltyp: JET_coltypBinary, cbMax: 100 });
  const tg = addColumn(w.api, w.ses, t, 'tg', { coltyp: JET_coltypLong, grbit: JET_bitColumnTagged });
  const mv = addColumn(w.api, w.ses, t, 'mv', { coltyp: JET_coltypLong, grbit: JET_bitColumnTagged | JET_bitColumnMultiValued });
  const lv = addColumn(w.api, w.ses, t, 'lv', { coltyp: JET_coltypLongBinary });
  const mlv = addColumn(w.api, w.ses, t, 'mlv', { coltyp: JET_coltypLongBinary, grbit: JET_bitColumnMultiValued });
  expect(createIndex(w.api, w.ses, t, 'pk', JET_bitIndexPrimary | JET_bitIndexUnique, '+k')).toBe(JET_errSuccess);
  return { w, t, k, s, c, ft, v1, v2, tg, mv, lv, mlv };
}

type Set = [JET_COLUMNID, Uint8Array | null, number?, number?];

/** Inserts k plus the sets given ([column, data (null: NULL), grbit, itagSequence]) in a transaction of its own. */
function row(x: Wide, k: number, sets: Set[] = []): void {
  const { w, t } = x;
  expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
  expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
  expect(w.api.JetSetColumn(w.ses, t, x.k, int32(k), 4, 0, null)).toBe(JET_errSuccess);
  for (const [col, data, grbit, itag] of sets) {
    expect(w.api.JetSetColumn(w.ses, t, col, data, data === null ? 0 : data.length, grbit ?? 0,
      itag === undefined ? null : { itagSequence: itag })).toBe(JET_errSuccess);
  }
  expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
  seekId(w, t, k);
}

function filled(n: number, b = 0x41): Uint8Array {
  return new Uint8Array(n).fill(b);
}

// =========================================================================================================

describe('JetPrereadKeys', () => {
  it('argument checks in order: NULL arrays, ckeys <= 0 (InvalidParameter), then a grbit that is not exactly Forward or Backward (InvalidGrbit); the count is zeroed first', () => {
    // rec.cxx ErrIsamPrereadKeys 2509-2512 zeroes *pckeysPreread before ErrIsamValidatePrereadKeysArguments (2424-2437).
    const { w, t } = people();
    const k = [bytes(...longKey(1))];
    const count = out<number>(77);
    expect(p(w).JetPrereadKeys(w.ses, t.tableid, null, [5], 1, count, 0x99)).toBe(JET_errInvalidParameter);
    expect(count.value).toBe(0);
    count.value = 77;
    expect(p(w).JetPrereadKeys(w.ses, t.tableid, k, null, 1, count, FWD)).toBe(JET_errInvalidParameter);
    expect(count.value).toBe(0);
    for (const ckeys of [0, -1]) {
      count.value = 77;
      expect([ckeys, p(w).JetPrereadKeys(w.ses, t.tableid, k, [5], ckeys, count, 0x99)]).toEqual([ckeys, JET_errInvalidParameter]);
      expect(count.value).toBe(0);
    }
    for (const grbit of [0, FWD | BACK, JET_bitPrereadFirstPage, JET_bitPrereadNormalizedKey, FWD | JET_bitPrereadNormalizedKey,
      BACK | JET_bitPrereadFirstPage, 0x10]) {
      count.value = 77;
      expect([grbit, preKeys(w, t.tableid, k, grbit, count)]).toEqual([grbit, JET_errInvalidGrbit]);
      expect(count.value).toBe(0);
    }
    expect(preKeys(w, t.tableid, k, FWD, count)).toBe(JET_errSuccess);
    expect(count.value).toBe(1);
    expect(preKeys(w, t.tableid, k, BACK, null)).toBe(JET_errSuccess);
  });

  it("key lengths: 0 or over the current index's cbKeyMost is InvalidBufferSize (255 by default; 4 without a primary index)", () => {
    // ErrIsamValidatePrereadKeysArguments 2439-2453: cbKeyMost from the cursor's IDB, sizeof(DBK) = 4 without one.
    const { w, t } = people();
    const count = out<number>(77);
    expect(preKeys(w, t.tableid, [new Uint8Array(0)], FWD, count)).toBe(JET_errInvalidBufferSize);
    expect(count.value).toBe(0);
    expect(preKeys(w, t.tableid, [filled(256, 0x7f)], FWD, count)).toBe(JET_errInvalidBufferSize);
    expect(preKeys(w, t.tableid, [filled(255, 0x7f)], FWD, count)).toBe(JET_errSuccess);
    expect(count.value).toBe(1);
    // The secondary index's own cbKeyMost when it is current.
    expect(w.api.JetCloseTable(w.ses, t.tableid)).toBe(JET_errSuccess);
    const c = openTable(w.api, self(w), PEOPLE, 0);
    const big: JET_INDEXCREATE = { szIndexName: 'big', szKey: '+name\0\0', cbKey: 7, grbit: JET_bitIndexKeyMost, ulDensity: 100, cbKeyMost: 500 };
    expect(w.api.JetCreateIndex2(w.ses, c, [big], 1)).toBe(JET_errSuccess);
    expect(w.api.JetSetCurrentIndex(w.ses, c, 'big')).toBe(JET_errSuccess);
    expect(preKeys(w, c, [filled(500)], FWD, count)).toBe(JET_errSuccess);
    expect(preKeys(w, c, [filled(501)], FWD, count)).toBe(JET_errInvalidBufferSize);
    expect(w.api.JetSetCurrentIndex(w.ses, c, null)).toBe(JET_errSuccess);
    expect(preKeys(w, c, [filled(300)], FWD, count)).toBe(JET_errInvalidBufferSize);
    // A table without a primary index (sequential): 4 bytes at most.
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'seq', 0, 100, box)).toBe(JET_errSuccess);
    addColumn(w.api, w.ses, box.value, 'n', { coltyp: JET_coltypLong });
    expect(preKeys(w, box.value, [bytes(0, 0, 0, 1)], FWD, count)).toBe(JET_errSuccess);
    expect(preKeys(w, box.value, [bytes(0, 0, 0, 0, 1)], FWD, count)).toBe(JET_errInvalidBufferSize);
  });

  it('keys must be in order: non-decreasing for Forward, non-increasing for Backward (bytes, then length), duplicates allowed', () => {
    // ErrIsamValidatePrereadKeysArguments 2456-2478 with daedef.hxx CmpKey (memcmp of the common length, then length).
    const { w, t } = people();
    const a = bytes(1, 2);
    const a0 = bytes(1, 2, 0);
    const b = bytes(1, 3);
    const c = bytes(2);
    const count = out<number>(0);
    expect(preKeys(w, t.tableid, [a, a, a0, b, c], FWD, count)).toBe(JET_errSuccess);
    expect(count.value).toBe(5);
    expect(preKeys(w, t.tableid, [c, b, a0, a, a], BACK, count)).toBe(JET_errSuccess);
    expect(count.value).toBe(5);
    expect(preKeys(w, t.tableid, [a, c, b], FWD, count)).toBe(JET_errInvalidParameter);
    expect(count.value).toBe(0);
    expect(preKeys(w, t.tableid, [a0, a], FWD, null)).toBe(JET_errInvalidParameter);
    expect(preKeys(w, t.tableid, [a, a0], BACK, null)).toBe(JET_errInvalidParameter);
    expect(preKeys(w, t.tableid, [a, b], BACK, null)).toBe(JET_errInvalidParameter);
    expect(preKeys(w, t.tableid, [b, a], FWD, null)).toBe(JET_errInvalidParameter);
  });

  it("each key's length is checked before its order, keys one after the other", () => {
    // ErrIsamValidatePrereadKeysArguments: the loop checks key i's pointer and length, then key i against key i-1.
    const { w, t } = people();
    const ok = bytes(5);
    const low = bytes(1);
    const long = filled(256, 0);
    expect(preKeys(w, t.tableid, [ok, low, long], FWD)).toBe(JET_errInvalidParameter);
    expect(preKeys(w, t.tableid, [ok, long, low], FWD)).toBe(JET_errInvalidBufferSize);
    expect(preKeys(w, t.tableid, [ok, new Uint8Array(0)], FWD)).toBe(JET_errInvalidBufferSize);
  });

  it('every key is reported preread (keys need not exist, the table may be empty); currency and the made key are left alone', () => {
    // bt.cxx ErrPrereadRangesForward/Backward: a root that is a leaf reports cbm; ErrIsamPrereadKeys writes the count
    // on success. No MakeKey and no DIR movement of the cursor.
    const { w, t } = people();
    seekId(w, t.tableid, 3);
    expect(w.api.JetMakeKey(w.ses, t.tableid, int32(9), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    const keys = [1, 3, 4, 700, 800].map((v) => bytes(...longKey(v)));
    const count = out<number>(0);
    expect(preKeys(w, t.tableid, keys, FWD, count)).toBe(JET_errSuccess);
    expect(count.value).toBe(5);
    expect(preKeys(w, t.tableid, [...keys].reverse(), BACK, count)).toBe(JET_errSuccess);
    expect(count.value).toBe(5);
    expect(intOf(w.api, w.ses, t.tableid, t.id)).toBe(3);
    expect(madeKey(w, t.tableid)).toEqual(longKey(9));
    expect(w.api.JetMove(w.ses, t.tableid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, t.tableid, t.id)).toBe(4);
    // An empty table.
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'empty', 0, 100, box)).toBe(JET_errSuccess);
    const k = addColumn(w.api, w.ses, box.value, 'k', { coltyp: JET_coltypLong });
    void k;
    expect(createIndex(w.api, w.ses, box.value, 'pk', JET_bitIndexPrimary, '+k')).toBe(JET_errSuccess);
    expect(preKeys(w, box.value, keys.slice(0, 3), FWD, count)).toBe(JET_errSuccess);
    expect(count.value).toBe(3);
  });
});

describe('JetPrereadIndexRanges: grbit and key making', () => {
  it('grbit: Forward or Backward needed, only FirstPage and NormalizedKey besides; Forward|Backward is accepted', () => {
    // rec.cxx ErrIsamIPrereadKeyRanges 2779-2784.
    const { w, t } = people();
    const r = [range([ic(t.id, int32(2))], [ic(t.id, int32(4))])];
    const count = out<number>(77);
    for (const grbit of [0, JET_bitPrereadFirstPage, FWD | 0x20, BACK | 0x40, FWD | 0x100, FWD | 0x80000000]) {
      expect([grbit, preRanges(w, t.tableid, r, grbit, count)]).toEqual([grbit, JET_errInvalidGrbit]);
      expect(count.value).toBe(77);
    }
    for (const grbit of [FWD, FWD | BACK, FWD | JET_bitPrereadFirstPage, FWD | 0x10]) {
      count.value = 77;
      expect([grbit, preRanges(w, t.tableid, r, grbit, count)]).toEqual([grbit, JET_errSuccess]);
      expect(count.value).toBe(1);
    }
    // Forward|Backward means forward: a range given backwards (4..2) is then out of order.
    const down = [range([ic(t.id, int32(4))], [ic(t.id, int32(2))])];
    expect(preRanges(w, t.tableid, down, FWD | BACK, count)).toBe(JET_errInvalidParameter);
    expect(preRanges(w, t.tableid, down, BACK | JET_bitPrereadFirstPage, count)).toBe(JET_errSuccess);
  });

  it('JET_INDEX_COLUMN checks (relop, grbit) come before the grbit check, as they run while the keys are made', () => {
    // rec.cxx ErrIsamIPrereadIndexRanges makes every key (ErrRECIMakeKey 2553-2563) before ErrIsamIPrereadKeyRanges.
    const { w, t } = people();
    const bad: JET_INDEX_RANGE[][] = [
      [range([ic(t.id, int32(2), RELOP_NE)])],
      [range([ic(t.id, int32(2), RELOP_GE)])],
      [range([ic(t.id, int32(2))], [ic(t.id, int32(4), 99)])],
      [range([ic(t.name, ascii('t'), RELOP_PREFIX), ic(t.id, int32(2))])],
      [range([ic(t.id, int32(2), RELOP_EQ, 2)])],
      [range([ic(t.id, int32(2), RELOP_EQ, JET_bitZeroLength)])],
    ];
    for (const [i, r] of bad.entries()) {
      expect([i, preRanges(w, t.tableid, r, 0, null)]).toEqual([i, JET_errInvalidParameter]);
      expect([i, preRanges(w, t.tableid, r, FWD, null)]).toEqual([i, JET_errInvalidParameter]);
    }
    expect(preRanges(w, t.tableid, [range([ic(t.id, int32(2))])], 0, null)).toBe(JET_errInvalidGrbit);
  });

  it("JetMakeKey's own errors come through: too many columns KeyIsMade, wrong size InvalidBufferSize, a prefix on a Long InvalidGrbit", () => {
    // ErrRECIMakeKey calls ErrIsamMakeKey: fldnorm.cxx 2683-2686 (KeyIsMade), 2756-2785 (InvalidBufferSize),
    // 2810-2824 (partial limit on a fixed column: InvalidGrbit).
    const { w, t } = people();
    const count = out<number>(77);
    expect(preRanges(w, t.tableid, [range([ic(t.id, int32(2)), ic(t.id, int32(3))])], FWD, count)).toBe(JET_errKeyIsMade);
    expect(preRanges(w, t.tableid, [range([ic(t.id, bytes(1, 2))])], FWD, count)).toBe(JET_errInvalidBufferSize);
    expect(preRanges(w, t.tableid, [range([ic(t.id, int32(2), RELOP_PREFIX)])], FWD, count)).toBe(JET_errInvalidGrbit);
    expect(count.value).toBe(77);
    // A prefix on the text index is fine, start and end alike.
    expect(w.api.JetSetCurrentIndex(w.ses, t.tableid, 'byName')).toBe(JET_errSuccess);
    const r = range([ic(t.name, ascii('f'), RELOP_PREFIX)], [ic(t.name, ascii('t'), RELOP_PREFIX)]);
    expect(preRanges(w, t.tableid, [r], FWD, count)).toBe(JET_errSuccess);
    expect(count.value).toBe(1);
  });

  it('the columnid of a JET_INDEX_COLUMN is not looked at: value i is the index\'s i-th key column', () => {
    // ErrRECIMakeKey passes pv / cb to JetMakeKey; columnid is never read.
    const { w, t } = people();
    const count = out<number>(0);
    expect(preRanges(w, t.tableid, [range([ic(t.name, int32(2))], [ic(0x7fff as JET_COLUMNID, int32(3))])], FWD, count)).toBe(JET_errSuccess);
    expect(count.value).toBe(1);
    // ... and so a 4-byte value for the name column on the primary index works, a text value does not (Long: 4 bytes).
    expect(preRanges(w, t.tableid, [range([ic(t.id, ascii('two'))])], FWD, count)).toBe(JET_errInvalidBufferSize);
  });

  it('a range without start columns takes the key already being made: KeyNotMade on a cursor that never made one', () => {
    // ErrRECIMakeKey with 0 columns makes nothing and reads the key buffer (fldnorm.cxx ErrIsamRetrieveKey 3572-3577).
    const { w, t } = people();
    const noStart: JET_INDEX_RANGE = { rgStartColumns: null, cStartColumns: 0, rgEndColumns: [ic(t.id, int32(4))], cEndColumns: 1 };
    expect(preRanges(w, t.tableid, [noStart], FWD, null)).toBe(JET_errKeyNotMade);
    expect(w.api.JetMakeKey(w.ses, t.tableid, int32(2), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    const count = out<number>(0);
    expect(preRanges(w, t.tableid, [noStart], FWD, count)).toBe(JET_errSuccess);
    expect(count.value).toBe(1);
  });

  it('the cursor stays where it was, but its made key is replaced by the last key the preread made (not with NormalizedKey)', () => {
    // ErrRECIMakeKey runs JetMakeKey on the caller's cursor; FLDISetFullColumnLimit pads an end limit with 0xff to
    // cbKeyMost + 1 (256) bytes. With JET_bitPrereadNormalizedKey no key is made.
    const { w, t } = people();
    seekId(w, t.tableid, 3);
    expect(w.api.JetMakeKey(w.ses, t.tableid, int32(9), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    const norm = range([ic(t.id, bytes(...longKey(1)))], [ic(t.id, bytes(...longKey(2)))]);
    expect(preRanges(w, t.tableid, [norm], FWD | JET_bitPrereadNormalizedKey, null)).toBe(JET_errSuccess);
    expect(madeKey(w, t.tableid)).toEqual(longKey(9));
    expect(preRanges(w, t.tableid, [range([ic(t.id, int32(2))])], FWD, null)).toBe(JET_errSuccess);
    expect(madeKey(w, t.tableid)).toEqual(longKey(2));
    expect(preRanges(w, t.tableid, [range([ic(t.id, int32(2))], [ic(t.id, int32(4))])], FWD, null)).toBe(JET_errSuccess);
    const k = madeKey(w, t.tableid) as number[];
    expect(k.length).toBe(256);
    expect(k.slice(0, 5)).toEqual(longKey(4));
    expect(k.slice(5).every((b) => b === 0xff)).toBe(true);
    expect(intOf(w.api, w.ses, t.tableid, t.id)).toBe(3);
    expect(w.api.JetMove(w.ses, t.tableid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, t.tableid, t.id)).toBe(4);
  });
});

describe('JetPrereadIndexRanges: order of keys and ranges, counts', () => {
  it('each range must run the way of the grbit: start <= end forward, start >= end backward, in key order', () => {
    // ErrIsamIPrereadKeyRanges 2834-2843. Forward: start made with a start limit, end with an end limit (0xff pad);
    // backward the other way round, so start == end is fine both ways.
    const { w, t } = people();
    const r = (a: number, b: number) => [range([ic(t.id, int32(a))], [ic(t.id, int32(b))])];
    const count = out<number>(0);
    const OK = JET_errSuccess;
    const BAD = JET_errInvalidParameter;
    for (const [a, b, grbit, rc] of [[3, 5, FWD, OK], [3, 3, FWD, OK], [5, 3, FWD, BAD], [5, 3, BACK, OK], [3, 3, BACK, OK],
      [3, 5, BACK, BAD], [-1, 1, FWD, OK], [1, -1, FWD, BAD]]) {
      expect([a, b, grbit, preRanges(w, t.tableid, r(a, b), grbit, count)]).toEqual([a, b, grbit, rc]);
    }
    // byAge is descending: in key order age 30 comes before age 10.
    expect(w.api.JetSetCurrentIndex(w.ses, t.tableid, 'byAge')).toBe(JET_errSuccess);
    expect(preRanges(w, t.tableid, [range([ic(t.age, int32(30))], [ic(t.age, int32(10))])], FWD, count)).toBe(JET_errSuccess);
    expect(preRanges(w, t.tableid, [range([ic(t.age, int32(10))], [ic(t.age, int32(30))])], FWD, count)).toBe(JET_errInvalidParameter);
    expect(preRanges(w, t.tableid, [range([ic(t.age, int32(10))], [ic(t.age, int32(30))])], BACK, count)).toBe(JET_errSuccess);
  });

  it('with a count asked for, ranges must follow each other; ranges sharing an end value overlap because of the end limit', () => {
    // ErrIsamIPrereadKeyRanges 2845-2857: CmpKey(end[i-1], start[i]) > 0 forward / < 0 backward is InvalidParameter.
    const { w, t } = people();
    const r = (a: number, b?: number) => range([ic(t.id, int32(a))], b === undefined ? [] : [ic(t.id, int32(b))]);
    const count = out<number>(77);
    expect(preRanges(w, t.tableid, [r(1, 2), r(4, 5)], FWD, count)).toBe(JET_errSuccess);
    expect(count.value).toBe(2);
    expect(preRanges(w, t.tableid, [r(5, 4), r(2, 1)], BACK, count)).toBe(JET_errSuccess);
    expect(count.value).toBe(2);
    count.value = 77;
    expect(preRanges(w, t.tableid, [r(4, 5), r(1, 2)], FWD, count)).toBe(JET_errInvalidParameter);
    expect(preRanges(w, t.tableid, [r(1, 3), r(3, 5)], FWD, count)).toBe(JET_errInvalidParameter);
    expect(preRanges(w, t.tableid, [r(2, 1), r(5, 4)], BACK, count)).toBe(JET_errInvalidParameter);
    expect(count.value).toBe(77);
    // Singleton ranges (no end columns anywhere): start = end, duplicates allowed.
    expect(preRanges(w, t.tableid, [r(2), r(2), r(5)], FWD, count)).toBe(JET_errSuccess);
    expect(count.value).toBe(3);
    expect(preRanges(w, t.tableid, [r(5), r(2), r(2)], BACK, count)).toBe(JET_errSuccess);
    expect(count.value).toBe(3);
    expect(preRanges(w, t.tableid, [r(5), r(2)], FWD, count)).toBe(JET_errInvalidParameter);
    expect(preRanges(w, t.tableid, [r(2), r(5)], BACK, count)).toBe(JET_errInvalidParameter);
  });

  it('without a count the ranges are sorted instead: any order is fine, overlapping ranges are InvalidParameter', () => {
    // ErrIsamIPrereadKeyRanges 2860-2863 -> ErrRECIInsertionSort (2618).
    const { w, t } = people();
    const r = (a: number, b?: number) => range([ic(t.id, int32(a))], b === undefined ? [] : [ic(t.id, int32(b))]);
    expect(preRanges(w, t.tableid, [r(4, 5), r(1, 2)], FWD, null)).toBe(JET_errSuccess);
    expect(preRanges(w, t.tableid, [r(4, 5), r(7, 9), r(1, 2)], FWD, null)).toBe(JET_errSuccess);
    expect(preRanges(w, t.tableid, [r(2, 1), r(5, 4)], BACK, null)).toBe(JET_errSuccess);
    expect(preRanges(w, t.tableid, [r(5), r(2)], FWD, null)).toBe(JET_errSuccess);
    expect(preRanges(w, t.tableid, [r(1, 3), r(2, 5)], FWD, null)).toBe(JET_errInvalidParameter);
    expect(preRanges(w, t.tableid, [r(1, 3), r(3, 5)], FWD, null)).toBe(JET_errInvalidParameter);
    expect(preRanges(w, t.tableid, [r(5, 2), r(3, 1)], BACK, null)).toBe(JET_errInvalidParameter);
    // The per-range check still applies.
    expect(preRanges(w, t.tableid, [r(1, 2), r(5, 4)], FWD, null)).toBe(JET_errInvalidParameter);
  });

  it('no ranges at all: Success with a count of 1 (an empty preread is complete), the grbit still checked', () => {
    // bt.cxx ErrPrereadBookmarkRanges 3362-3367: singleton ranges with cbm 0 -> cpgPrereadMax 0 -> count 1.
    const { w, t } = people();
    const count = out<number>(77);
    expect(p(w).JetPrereadIndexRanges(w.ses, t.tableid, null, 0, count, null, 0, FWD)).toBe(JET_errSuccess);
    expect(count.value).toBe(1);
    count.value = 77;
    expect(p(w).JetPrereadIndexRanges(w.ses, t.tableid, [], 0, count, null, 0, BACK)).toBe(JET_errSuccess);
    expect(count.value).toBe(1);
    count.value = 77;
    expect(p(w).JetPrereadIndexRanges(w.ses, t.tableid, null, 0, count, null, 0, 0)).toBe(JET_errInvalidGrbit);
    expect(count.value).toBe(77);
  });

  it('JET_bitPrereadNormalizedKey: the bytes are the keys; only cStartColumns != 1 together with cEndColumns > 1 is rejected', () => {
    // rec.cxx ErrIsamIPrereadIndexRanges 3044-3061 (the test is `&&`); no relop / grbit / columnid check on this path.
    const { w, t } = people();
    const N = JET_bitPrereadNormalizedKey;
    const col = (...b: number[]) => ({ columnid: 0 as JET_COLUMNID, relop: RELOP_GE, pv: bytes(...b), cb: b.length, grbit: 7 });
    const mk = (s: JET_INDEX_COLUMN[], e: JET_INDEX_COLUMN[]): JET_INDEX_RANGE =>
      ({ rgStartColumns: s, cStartColumns: s.length, rgEndColumns: e, cEndColumns: e.length });
    const count = out<number>(0);
    expect(preRanges(w, t.tableid, [mk([col(1)], [col(3)]), mk([col(4)], [col(4)])], FWD | N, count)).toBe(JET_errSuccess);
    expect(count.value).toBe(2);
    expect(preRanges(w, t.tableid, [mk([col(3)], [col(1)])], FWD | N, count)).toBe(JET_errInvalidParameter);
    expect(preRanges(w, t.tableid, [mk([col(3)], [col(1)])], BACK | N, count)).toBe(JET_errSuccess);
    expect(preRanges(w, t.tableid, [mk([col(1), col(9)], [col(2), col(9)])], FWD | N, count)).toBe(JET_errInvalidParameter);
    expect(preRanges(w, t.tableid, [mk([col(1), col(0)], [col(2)])], FWD | N, count)).toBe(JET_errSuccess);
    expect(preRanges(w, t.tableid, [mk([col(1)], [col(2), col(0)])], FWD | N, count)).toBe(JET_errSuccess);
    // Raw byte order, shorter first: [1 2] before [1 2 0].
    expect(preRanges(w, t.tableid, [mk([col(1, 2, 0)], [col(1, 2)])], FWD | N, count)).toBe(JET_errInvalidParameter);
    expect(preRanges(w, t.tableid, [mk([col(1, 2)], [col(1, 2, 0)])], FWD | N, count)).toBe(JET_errSuccess);
  });
});

describe('JetPrereadIndexRanges: long-value columns to preread', () => {
  it('InvalidPreread with a secondary index current, MustBeSeparateLongValue for a column that is not a tagged long value, in that order', () => {
    // ErrIsamIPrereadKeyRanges: grbit (2779), secondary index + columns (2788-2791), column types (2813-2831), then
    // the range order (2834-).
    const { w, t } = people();
    const tagged = (() => {
      expect(w.api.JetCloseTable(w.ses, t.tableid)).toBe(JET_errSuccess);
      const c = openTable(w.api, self(w), PEOPLE);
      const id = addColumn(w.api, w.ses, c, 'tagLong', { coltyp: JET_coltypLong, grbit: JET_bitColumnTagged });
      return { c, id };
    })();
    const c = tagged.c;
    const up = [range([ic(t.id, int32(1))], [ic(t.id, int32(5))])];
    const down = [range([ic(t.id, int32(5))], [ic(t.id, int32(1))])];
    const count = out<number>(0);
    expect(preRanges(w, c, up, FWD, count, [t.note])).toBe(JET_errSuccess);
    expect(count.value).toBe(1);
    for (const col of [t.id, t.name, t.age, tagged.id]) {
      expect([col, preRanges(w, c, up, FWD, count, [col])]).toEqual([col, JET_errMustBeSeparateLongValue]);
      expect([col, preRanges(w, c, down, FWD, count, [t.note, col])]).toEqual([col, JET_errMustBeSeparateLongValue]);
    }
    expect(preRanges(w, c, down, FWD, count, [t.note])).toBe(JET_errInvalidParameter);
    expect(preRanges(w, c, up, 0, count, [t.id])).toBe(JET_errInvalidGrbit);
    expect(w.api.JetSetCurrentIndex(w.ses, c, 'byAge')).toBe(JET_errSuccess);
    const ages = [range([ic(t.age, int32(50))], [ic(t.age, int32(10))])];
    expect(preRanges(w, c, ages, FWD, count, [t.note])).toBe(JET_errInvalidPreread);
    expect(preRanges(w, c, ages, FWD, count, [t.id])).toBe(JET_errInvalidPreread);
    expect(preRanges(w, c, ages, 0, count, [t.note])).toBe(JET_errInvalidGrbit);
    expect(preRanges(w, c, ages, FWD, count, [])).toBe(JET_errSuccess);
  });
});

describe('JetPrereadIndexRange', () => {
  it('checks in order: NULL range, cPageCacheMin > cPageCacheMax, cPageCacheMax > 0x7fffffff (InvalidParameter), then the grbit (InvalidGrbit)', () => {
    // rec.cxx ErrIsamPrereadIndexRange 3198-3217.
    const { w, t } = people();
    const r = range([ic(t.id, int32(1))], [ic(t.id, int32(3))]);
    const actual = out<number>(77);
    const nul = null as unknown as JET_INDEX_RANGE;
    expect(p(w).JetPrereadIndexRange(w.ses, t.tableid, nul, 5, 1, 0x99, actual)).toBe(JET_errInvalidParameter);
    expect(p(w).JetPrereadIndexRange(w.ses, t.tableid, r, 5, 1, 0x99, actual)).toBe(JET_errInvalidParameter);
    expect(p(w).JetPrereadIndexRange(w.ses, t.tableid, r, 0, 0x80000000, 0x99, actual)).toBe(JET_errInvalidParameter);
    for (const grbit of [0, FWD | BACK, FWD | JET_bitPrereadFirstPage, BACK | 0x10, 0x99]) {
      expect([grbit, p(w).JetPrereadIndexRange(w.ses, t.tableid, r, 0, 10, grbit, actual)]).toEqual([grbit, JET_errInvalidGrbit]);
    }
    expect(actual.value).toBe(77);
    expect(p(w).JetPrereadIndexRange(w.ses, t.tableid, r, 0, 0x7fffffff, FWD, null)).toBe(JET_errSuccess);
    // cPageCacheMin == cPageCacheMax passes; with NormalizedKey the 4-byte values are the raw keys ([1 0 0 0] < [3 0 0 0]).
    expect(p(w).JetPrereadIndexRange(w.ses, t.tableid, r, 3, 3, FWD | JET_bitPrereadNormalizedKey, null)).toBe(JET_errSuccess);
    expect(p(w).JetPrereadIndexRange(w.ses, t.tableid, r, 3, 3, BACK | JET_bitPrereadNormalizedKey, null)).toBe(JET_errInvalidParameter);
  });

  it('then the range as for JetPrereadIndexRanges; pcPageCacheActual untouched when cPageCacheMax is 0 or on error, else 0 for a small tree', () => {
    // ErrIsamPrereadIndexRange -> ErrIsamIPrereadIndexRanges (one range, no count); bt.cxx ErrPrereadBookmarkRanges:
    // cpgPrereadMax 0 returns before pcPageCacheActual is written; a root that is a leaf collects no page (0).
    const { w, t } = people();
    const up = range([ic(t.id, int32(1))], [ic(t.id, int32(3))]);
    const down = range([ic(t.id, int32(3))], [ic(t.id, int32(1))]);
    const actual = out<number>(77);
    expect(p(w).JetPrereadIndexRange(w.ses, t.tableid, up, 0, 0, FWD, actual)).toBe(JET_errSuccess);
    expect(actual.value).toBe(77);
    expect(p(w).JetPrereadIndexRange(w.ses, t.tableid, up, 0, 16, FWD, actual)).toBe(JET_errSuccess);
    expect(actual.value).toBe(0);
    actual.value = 77;
    expect(p(w).JetPrereadIndexRange(w.ses, t.tableid, down, 0, 16, FWD, actual)).toBe(JET_errInvalidParameter);
    expect(p(w).JetPrereadIndexRange(w.ses, t.tableid, up, 0, 16, BACK, actual)).toBe(JET_errInvalidParameter);
    expect(p(w).JetPrereadIndexRange(w.ses, t.tableid, range([ic(t.id, int32(1), RELOP_NE)]), 0, 16, FWD, actual)).toBe(JET_errInvalidParameter);
    expect(actual.value).toBe(77);
    expect(p(w).JetPrereadIndexRange(w.ses, t.tableid, down, 2, 16, BACK, actual)).toBe(JET_errSuccess);
    expect(actual.value).toBe(0);
    // Normalized keys on the byName index.
    expect(w.api.JetSetCurrentIndex(w.ses, t.tableid, 'byName')).toBe(JET_errSuccess);
    const n = { rgStartColumns: [ic(t.name, bytes(0x7f, 0x41))], cStartColumns: 1, rgEndColumns: [ic(t.name, bytes(0x7f, 0x5a))], cEndColumns: 1 };
    expect(p(w).JetPrereadIndexRange(w.ses, t.tableid, n, 0, 1, FWD | JET_bitPrereadNormalizedKey, null)).toBe(JET_errSuccess);
    expect(p(w).JetPrereadIndexRange(w.ses, t.tableid, n, 0, 1, BACK | JET_bitPrereadNormalizedKey, null)).toBe(JET_errInvalidParameter);
  });
});

describe('temp tables', () => {
  it('the three preread calls are IllegalOperation on a temp table in every state; the counts are not touched', () => {
    // sortapi.cxx vtfndefTTSortIns / TTSortRet / TTBase: ErrIllegalPrereadKeys / ...IndexRanges / ...IndexRange.
    const w = isam();
    const sorting = intTempTable(w, JET_bitTTIndexed | JET_bitTTScrollable, [3, 1, 2]);
    const read = intTempTable(w, JET_bitTTIndexed | JET_bitTTScrollable, [3, 1, 2]);
    expect(w.api.JetMove(w.ses, read.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    const mat = intTempTable(w, JET_bitTTForceMaterialization | JET_bitTTIndexed | JET_bitTTScrollable | JET_bitTTUpdatable, [4]);
    expect(w.api.JetMove(w.ses, mat.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    for (const tt of [sorting, read, mat]) {
      const count = out<number>(77);
      expect(preKeys(w, tt.tableid, [bytes(...longKey(1))], FWD, count)).toBe(JET_errIllegalOperation);
      expect(count.value).toBe(77);
      expect(preRanges(w, tt.tableid, [range([ic(tt.col, int32(1))])], FWD, count)).toBe(JET_errIllegalOperation);
      expect(count.value).toBe(77);
      expect(p(w).JetPrereadIndexRange(w.ses, tt.tableid, range([ic(tt.col, int32(1))]), 0, 4, FWD, count)).toBe(JET_errIllegalOperation);
      expect(count.value).toBe(77);
    }
  });

  it('JetGetRecordSize: IllegalOperation while a temp table takes rows (after the grbit check), computed once it is read or materialized', () => {
    // jetapi.cxx JetGetRecordSize3Ex checks the grbit before ErrDispGetRecordSize; vtfndefTTSortIns holds
    // ErrIllegalGetRecordSize, vtfndefTTSortRet / vtfndefTTBase ErrIsamGetRecordSize. One Long column: one fixed slot.
    const w = isam();
    const s = intTempTable(w, JET_bitTTIndexed | JET_bitTTScrollable, [3, 1, 2]);
    expect(recSize(w, s.tableid, 0).rc).toBe(JET_errIllegalOperation);
    expect(recSize(w, s.tableid, 8 /* IncludeDefaultValues */).rc).toBe(JET_errInvalidGrbit);
    expect(w.api.JetMove(w.ses, s.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(logical(w, s.tableid)).toEqual(L({ cbData: 4, cNonTaggedColumns: 1 }));
    const m = intTempTable(w, JET_bitTTForceMaterialization | JET_bitTTIndexed | JET_bitTTScrollable | JET_bitTTUpdatable, [7, 8]);
    expect(w.api.JetMove(w.ses, m.tableid, JET_MoveLast, 0)).toBe(JET_errSuccess);
    expect(logical(w, m.tableid)).toEqual(L({ cbData: 4, cNonTaggedColumns: 1 }));
    expect(w.api.JetMove(w.ses, m.tableid, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    expect(recSize(w, m.tableid).rc).toBe(JET_errNoCurrentRecord);
  });
});

describe('JetGetRecordSize: grbits and currency', () => {
  it('grbit: IncludeDefaultValues, SecondaryIndexKeyOnly and unknown bits are InvalidGrbit; the five others in any mix are fine', () => {
    // jetapi.cxx JetGetRecordSize3Ex: grbit & ~(1|2|4|0x20|0x40) -> InvalidGrbit.
    const { w, t } = people();
    seekId(w, t.tableid, 1);
    for (const grbit of [8, 0x10, 0x80, 0x100, 0x10000, 1 | 8]) {
      expect([grbit, recSize(w, t.tableid, grbit).rc]).toEqual([grbit, JET_errInvalidGrbit]);
      const box = out<JET_RECSIZE2>();
      expect([grbit, p(w).JetGetRecordSize2(w.ses, t.tableid, box, grbit)]).toEqual([grbit, JET_errInvalidGrbit]);
    }
    for (const grbit of [0, JET_bitRecordSizeInCopyBuffer, JET_bitRecordSizeLocal, JET_bitRecordSizeIntrinsicPhysicalOnly,
      JET_bitRecordSizeExtrinsicLogicalOnly, 0x65]) {
      expect([grbit, logical(w, t.tableid, grbit)]).toEqual([grbit, L({ cbData: 4 + 3 + 4, cNonTaggedColumns: 3 })]);
    }
  });

  it('NoCurrentRecord off a record and on an empty table; a fresh cursor measures the first record (its move-first is resolved)', () => {
    // fldext.cxx ErrRECIGetRecord -> dir.cxx ErrDIRGet (resolves locDeferMoveFirst, NoCurrentRecord elsewhere).
    const w = isam();
    const c = createPeople(w.api, self(w));
    expect(recSize(w, c.tableid).rc).toBe(JET_errNoCurrentRecord);
    expect(recSize(w, c.tableid, JET_bitRecordSizeInCopyBuffer).rc).toBe(JET_errNoCurrentRecord);
    fill(w.api, w.ses, c, [[1, 'a', 10], [2, 'bbbb', 20]]);
    expect(w.api.JetCloseTable(w.ses, c.tableid)).toBe(JET_errSuccess);
    const t = openTable(w.api, self(w), PEOPLE);
    expect(logical(w, t)).toEqual(L({ cbData: 9, cNonTaggedColumns: 3 }));
    expect(w.api.JetMove(w.ses, t, JET_MoveLast, 0)).toBe(JET_errSuccess);
    expect(logical(w, t)).toEqual(L({ cbData: 12, cNonTaggedColumns: 3 }));
    expect(w.api.JetMove(w.ses, t, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    expect(recSize(w, t).rc).toBe(JET_errNoCurrentRecord);
    // The same through a secondary index.
    expect(w.api.JetSetCurrentIndex(w.ses, t, 'byName')).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, t, JET_MoveLast, 0)).toBe(JET_errSuccess);
    expect(logical(w, t)).toEqual(L({ cbData: 12, cNonTaggedColumns: 3 }));
  });

  it("the caller's own uncommitted delete is RecordDeleted", () => {
    // ErrDIRGet -> bt.cxx ErrBTGet: a node the cursor cannot see is RecordDeleted.
    const { w, t } = people();
    seekId(w, t.tableid, 2);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetDelete(w.ses, t.tableid)).toBe(JET_errSuccess);
    expect(recSize(w, t.tableid).rc).toBe(JET_errRecordDeleted);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    expect(logical(w, t.tableid)).toEqual(L({ cbData: 11, cNonTaggedColumns: 3 }));
  });

  it('InCopyBuffer measures the prepared update (an insert has no key yet); without it, or without an update, the record itself', () => {
    // fldenum.cxx ErrIsamGetRecordSize: fUseCopyBuffer = InCopyBuffer && update prepared; ErrRECIGetRecordSize
    // 3364-3387: key counted on a record or with a replace, not for an insert's copy buffer.
    const w = isam();
    const c = createPeople(w.api, self(w));
    const t = c.tableid;
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, c.id, int32(1), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, c.name, ascii('abc'), 3, 0, null)).toBe(JET_errSuccess);
    expect(recSize(w, t).rc).toBe(JET_errNoCurrentRecord);
    expect(logical(w, t, JET_bitRecordSizeInCopyBuffer)).toEqual(L({ cbData: 7, cNonTaggedColumns: 2 }));
    expect(overhead(w, t, JET_bitRecordSizeInCopyBuffer)).toBe(baseOverhead(1, 1, 0));
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(logical(w, t, JET_bitRecordSizeInCopyBuffer)).toEqual(L({ cbData: 7, cNonTaggedColumns: 2 }));
    expect(overhead(w, t)).toBe(baseOverhead(1, 1));
    // An insert prepared while on the record: without InCopyBuffer the record is measured.
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, c.id, int32(2), 4, 0, null)).toBe(JET_errSuccess);
    expect(logical(w, t)).toEqual(L({ cbData: 7, cNonTaggedColumns: 2 }));
    expect(logical(w, t, JET_bitRecordSizeInCopyBuffer)).toEqual(L({ cbData: 4, cNonTaggedColumns: 1 }));
    expect(overhead(w, t, JET_bitRecordSizeInCopyBuffer)).toBe(baseOverhead(1, 0, 0));
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepCancel)).toBe(JET_errSuccess);
    // A replace: the copy buffer has the new value, and the key is counted.
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, c.name, ascii('abcdefgh'), 8, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, c.age, int32(5), 4, 0, null)).toBe(JET_errSuccess);
    expect(logical(w, t, JET_bitRecordSizeInCopyBuffer)).toEqual(L({ cbData: 16, cNonTaggedColumns: 3 }));
    expect(overhead(w, t, JET_bitRecordSizeInCopyBuffer)).toBe(baseOverhead(2, 1));
    expect(logical(w, t)).toEqual(L({ cbData: 7, cNonTaggedColumns: 2 }));
  });
});

describe('JetGetRecordSize: what is counted', () => {
  it('fixed slots: every fixed column up to the highest one set, NULL ones included, at their full width', () => {
    // rec.hxx REC::CFixedColumns / CbFixedUserData (slots 1..fidFixedLastInRec); fldmod.cxx ErrRECISetIFixedColumn
    // grows the record to the column set, also for a NULL value; ceil(slots / 8) null-bit bytes in cbOverhead.
    const x = wide();
    const { w, t } = x;
    row(x, 1);
    expect(logical(w, t)).toEqual(L({ cbData: 4, cNonTaggedColumns: 1 }));
    expect(overhead(w, t)).toBe(baseOverhead(1, 0));
    row(x, 2, [[x.c, new Uint8Array(8).fill(1)]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 2 + 8, cNonTaggedColumns: 3 }));
    expect(overhead(w, t)).toBe(baseOverhead(3, 0));
    row(x, 3, [[x.ft, ascii('abcdefghij')]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 2 + 8 + 10, cNonTaggedColumns: 4 }));
    row(x, 4, [[x.s, null]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 2, cNonTaggedColumns: 2 }));
    expect(overhead(w, t)).toBe(baseOverhead(2, 0));
  });

  it('variable slots: every variable column up to the highest one set (NULL included), data at its length, 2 bytes of offset each', () => {
    // rec.hxx CVarColumns / CbVarUserData / CbVarRecordOverhead; fldmod.cxx ErrRECISetVarColumn grows the record to
    // the column set, NULL included.
    const x = wide();
    const { w, t } = x;
    row(x, 1, [[x.v2, bytes(1, 2, 3, 4, 5)]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 5, cNonTaggedColumns: 1 + 2 }));
    expect(overhead(w, t)).toBe(baseOverhead(1, 2));
    row(x, 2, [[x.v1, null]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4, cNonTaggedColumns: 2 }));
    expect(overhead(w, t)).toBe(baseOverhead(1, 1));
    row(x, 3, [[x.v1, ascii('hello')], [x.v2, null]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 5, cNonTaggedColumns: 3 }));
    // A replace that sets a higher fixed column grows the record; setting a value back to NULL does not shrink it.
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, x.s, bytes(1, 0), 2, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, x.v1, null, 0, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 2, cNonTaggedColumns: 2 + 2 }));
    expect(overhead(w, t)).toBe(baseOverhead(2, 2));
  });

  it('tagged columns: one each; multi-values count beyond the first; overheads 4 (one value), 6 (two), 5 + 2n (more)', () => {
    // fldenum.cxx CSingleValuedTaggedColumnValueIter / CDualValued... / CMultiValued... ErrGetColumnSize; tagfld.cxx
    // makes TWOVALUES for a second non-LV value on small (8 KB) pages, MULTIVALUES beyond.
    const x = wide();
    const { w, t } = x;
    row(x, 1, [[x.tg, int32(9)]]);
    expect(logical(w, t)).toEqual(L({ cbData: 8, cNonTaggedColumns: 1, cTaggedColumns: 1 }));
    expect(overhead(w, t)).toBe(baseOverhead(1, 0) + 4);
    row(x, 2, [[x.mv, int32(1), 0, 0], [x.mv, int32(2), 0, 0]]);
    expect(logical(w, t)).toEqual(L({ cbData: 12, cNonTaggedColumns: 1, cTaggedColumns: 1, cMultiValues: 1 }));
    expect(overhead(w, t)).toBe(baseOverhead(1, 0) + 6);
    row(x, 3, [[x.tg, int32(9)], [x.mv, int32(1), 0, 0], [x.mv, int32(2), 0, 0], [x.mv, int32(3), 0, 0]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 4 + 12, cNonTaggedColumns: 1, cTaggedColumns: 2, cMultiValues: 2 }));
    expect(overhead(w, t)).toBe(baseOverhead(1, 0) + 4 + (5 + 2 * 3));
  });

  it('long values: up to 1023 bytes in the record (cbData), longer ones separated (cLongValues, cbLongValueData; not with Local)', () => {
    // rec.hxx cbLVIntrinsicMost 1023; lv.cxx ErrRECSetLongField separates a value longer than that;
    // fldenum.cxx single-value iterator: intrinsic -> cbData, overhead TAGFLD + header (5); separated -> cLongValues,
    // and unless JET_bitRecordSizeLocal, ErrRECGetLVSize's logical size in cbLongValueData.
    const x = wide();
    const { w, t } = x;
    row(x, 1, [[x.lv, filled(1023)]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 1023, cNonTaggedColumns: 1, cTaggedColumns: 1 }));
    expect(overhead(w, t)).toBe(baseOverhead(1, 0) + 5);
    row(x, 2, [[x.lv, filled(1024)]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4, cNonTaggedColumns: 1, cTaggedColumns: 1, cLongValues: 1, cbLongValueData: 1024 }));
    expect(logical(w, t, JET_bitRecordSizeLocal)).toEqual(L({ cbData: 4, cNonTaggedColumns: 1, cTaggedColumns: 1, cLongValues: 1 }));
    expect(recSize(w, t, JET_bitRecordSizeLocal).v.cbLongValueOverhead).toBe(0);
    expect(recSize(w, t).v.cbLongValueOverhead).toBeGreaterThan(0);
    for (const grbit of [JET_bitRecordSizeIntrinsicPhysicalOnly, JET_bitRecordSizeExtrinsicLogicalOnly]) {
      expect([grbit, logical(w, t, grbit)]).toEqual([grbit, L({ cbData: 4, cNonTaggedColumns: 1, cTaggedColumns: 1, cLongValues: 1, cbLongValueData: 1024 })]);
    }
  });

  it('a multi-valued long value counts each separated instance; JET_bitSetSeparateLV is not remembered (differences.md)', () => {
    // fldenum.cxx CMultiValuedTaggedColumnValueIter: separated instances -> cLongValues, the others -> cbData.
    // lv.cxx ErrRECSetLongField: in the engine JET_bitSetSeparateLV separates even a 100-byte value (cLongValues 1,
    // cbLongValueData 100); esemu keeps no record of where a value is stored and separates by length alone, as
    // docs/differences.md says ("JetGetRecordSize"): the value counts in cbData.
    const x = wide();
    const { w, t } = x;
    row(x, 1, [[x.lv, filled(100), JET_bitSetSeparateLV]]);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 100, cNonTaggedColumns: 1, cTaggedColumns: 1 }));
    row(x, 2, [[x.mlv, filled(10), 0, 0], [x.mlv, filled(2000), 0, 0], [x.mlv, filled(30), 0, 0]]);
    expect(logical(w, t)).toEqual(L({
      cbData: 4 + 10 + 30, cNonTaggedColumns: 1, cTaggedColumns: 1, cMultiValues: 2, cLongValues: 1, cbLongValueData: 2000,
    }));
  });

  it('an insert starts from the default record: fixed and variable columns up to the last one with a default are in it; tagged defaults are not', () => {
    // fldmod.cxx ErrIsamPrepareUpdate (JET_prepInsert) copies the default record's fixed and variable part (the
    // columns were added through the creator's exclusive cursor, so none is versioned: fcreate.cxx 3609-3617).
    const w = isam();
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'defs', 0, 100, box)).toBe(JET_errSuccess);
    const t = box.value;
    const k = addColumn(w.api, w.ses, t, 'k', { coltyp: JET_coltypLong });
    const d = addColumn(w.api, w.ses, t, 'd', { coltyp: JET_coltypLong }, int32(7));
    const e = addColumn(w.api, w.ses, t, 'e', { coltyp: JET_coltypShort });
    addColumn(w.api, w.ses, t, 'vt', { coltyp: JET_coltypText, cp: 1252, cbMax: 50 }, ascii('abc'));
    addColumn(w.api, w.ses, t, 'vw', { coltyp: JET_coltypText, cp: 1252, cbMax: 50 });
    const tg = addColumn(w.api, w.ses, t, 'tg', { coltyp: JET_coltypLong, grbit: JET_bitColumnTagged }, int32(9));
    expect(createIndex(w.api, w.ses, t, 'pk', JET_bitIndexPrimary | JET_bitIndexUnique, '+k')).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, k, int32(1), 4, 0, null)).toBe(JET_errSuccess);
    expect(logical(w, t, JET_bitRecordSizeInCopyBuffer)).toEqual(L({ cbData: 4 + 4 + 3, cNonTaggedColumns: 3 }));
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    seekId(w, t, 1);
    expect(intOf(w.api, w.ses, t, d)).toBe(7);
    expect(intOf(w.api, w.ses, t, tg)).toBe(9);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 4 + 3, cNonTaggedColumns: 3 }));
    expect(overhead(w, t)).toBe(baseOverhead(2, 1));
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, e, bytes(1, 0), 2, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(logical(w, t)).toEqual(L({ cbData: 4 + 4 + 2 + 3, cNonTaggedColumns: 4 }));
  });
});

describe('JetGetRecordSize: the output structs', () => {
  it('RunningTotal adds this record to every field of the struct given; without it the struct is overwritten', () => {
    // jetapi.cxx JetGetRecordSizeEx copies the caller's JET_RECSIZE in with RunningTotal; ErrRECIGetRecordSize zeroes
    // it otherwise, then adds.
    const { w, t } = people();
    seekId(w, t.tableid, 1);
    const one = recSize(w, t.tableid);
    expect(one.rc).toBe(JET_errSuccess);
    const start: JET_RECSIZE = {
      cbData: 1000, cbLongValueData: 2000, cbOverhead: 3000, cbLongValueOverhead: 4000, cNonTaggedColumns: 5,
      cTaggedColumns: 6, cLongValues: 7, cMultiValues: 8,
    };
    const sum = recSize(w, t.tableid, JET_bitRecordSizeRunningTotal, start);
    expect(sum.rc).toBe(JET_errSuccess);
    const expected = Object.fromEntries(Object.entries(start).map(([f, v]) => [f, v + one.v[f as keyof JET_RECSIZE]]));
    expect(sum.v).toEqual(expected);
    expect(sum.v.cbData).toBe(1011);
    expect(sum.v.cNonTaggedColumns).toBe(8);
    // Over two records.
    const twice = recSize(w, t.tableid, JET_bitRecordSizeRunningTotal, one.v);
    expect(w.api.JetMove(w.ses, t.tableid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    const acc = recSize(w, t.tableid, JET_bitRecordSizeRunningTotal, twice.v);
    expect(acc.v.cbData).toBe(11 * 3);
    expect(acc.v.cNonTaggedColumns).toBe(9);
    // Without RunningTotal the values given are ignored.
    const plain = recSize(w, t.tableid, 0, start);
    expect(plain.rc).toBe(JET_errSuccess);
    expect(plain.v).toEqual(recSize(w, t.tableid).v);
    expect(plain.v.cbData).toBe(11);
    // A failing call with RunningTotal hands the struct back unchanged.
    expect(w.api.JetMove(w.ses, t.tableid, JET_MoveLast, 0)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, t.tableid, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    const failed = recSize(w, t.tableid, JET_bitRecordSizeRunningTotal, start);
    expect(failed.rc).toBe(JET_errNoCurrentRecord);
    expect(failed.v).toEqual(start);
  });

  it('JET_RECSIZE2: cCompressedColumns is never counted, the compressed sizes equal the plain ones for uncompressed data', () => {
    // fldenum.cxx: nothing increments cCompressedColumns; cbDataCompressed gets the stored size (= size when not
    // compressed); ErrRECGetLVSize adds the chunks' sizes to cbLongValueDataCompressed.
    const x = wide();
    const { w, t } = x;
    row(x, 1, [[x.v1, ascii('xyz')], [x.tg, int32(1)], [x.lv, filled(3000)], [x.mlv, filled(20), 0, 0], [x.mlv, filled(40), 0, 0]]);
    const box = out<JET_RECSIZE2>();
    expect(p(w).JetGetRecordSize2(w.ses, t, box, 0)).toBe(JET_errSuccess);
    const v = box.value;
    expect([v.cbData, v.cNonTaggedColumns, v.cTaggedColumns, v.cMultiValues, v.cLongValues, v.cbLongValueData])
      .toEqual([4 + 3 + 4 + 20 + 40, 2, 3, 1, 1, 3000]);
    expect(v.cCompressedColumns).toBe(0);
    expect(v.cbDataCompressed).toBe(v.cbData);
    expect(v.cbLongValueDataCompressed).toBe(3000);
    const again = out<JET_RECSIZE2>({ ...v, cCompressedColumns: 5 });
    expect(p(w).JetGetRecordSize2(w.ses, t, again, JET_bitRecordSizeRunningTotal)).toBe(JET_errSuccess);
    expect(again.value.cCompressedColumns).toBe(5);
    expect(again.value.cbDataCompressed).toBe(2 * v.cbData);
    expect(again.value.cbLongValueDataCompressed).toBe(6000);
    expect(again.value.cMultiValues).toBe(2);
  });
});
