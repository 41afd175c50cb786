/**
 * JetSetCursorFilter (esent.h, JET_VERSION >= 0x0602) on regular tables, checked against the engine source
 * (microsoft/Extensible-Storage-Engine, dev/ese/src; facts in scratch/specs/cursorFilter.md):
 * - jetapi.cxx JetSetCursorFilter / JetSetCursorFilterEx (11545-11581): only the handle checks, then the table's
 *   dispatch entry; sortapi.cxx: every temp-table / sort entry (2871-3178) is ErrIllegalSetCursorFilter
 *   (jetapi.cxx 319): IllegalOperation.
 * - rec.cxx ErrIsamSetCursorFilter (771-799): grbit != 0 is InvalidGrbit, a secondary current index is
 *   FilteredMoveNotSupported, and any failure removes the cursor's filter (793-797).
 * - rec.cxx ErrRECSetCursorFilter (591-746): removes the old filter first, cFilters 0 stops there (the way to remove
 *   a filter), validates the entries in order (first failure wins, no filter stays), copies the values.
 * - rec.cxx ErrRECIValidateOneMoveFilter (470-589), in order: per-filter grbit / pv / cb (InvalidParameter), column
 *   access (fldext.cxx ErrRECIAccessColumn: BadColumnId / ColumnNotFound), long value / text / user-defined default
 *   (FilteredMoveNotSupported), PrefixEquals / ZeroLength off Binary, cb 0 with a bitmask or a prefix, cb != the
 *   fixed type's size (cat.cxx UlCATColumnSize), a bitmask on Bit / GUID / Binary (all InvalidParameter). The relop
 *   itself is never checked.
 * - rec.cxx ErrRECICheckCursorFilter (205-446): entries ANDed; the value read as JetRetrieveColumn reads it (default
 *   value included; only the first value of a multi-valued column); the relop tables for a value and for NULL;
 *   an unknown relop matches. rec.cxx 661-677 + fldnorm.cxx FLDNormalizeFixedSegment: range relops (and every relop
 *   on Bit) compare key-normalised values; the others compare raw bytes (daedef.hxx CmpData / FDataEqual).
 * - bt.cxx ErrBTNext (1884-1907), ErrBTPrev (2298), ErrBTDown (4381-4460): a rejected record is skipped like an
 *   invisible one, so JetMove First / Last / Next / Previous, a new cursor's deferred move first (dir.cxx
 *   ErrDIRIIRefresh) and JetSeek (rec.cxx ErrIsamSeek) see only matching records; ErrBTGotoBookmark uses fDIRAllNode:
 *   JetGotoBookmark is not filtered.
 * - rec.cxx ErrIsamMove 838-841: crow 0 with a filter is FilteredMoveNotSupported, before the prepared update is
 *   cancelled. rec.cxx ErrIsamSetCurrentIndex 3913-3917, ErrIsamGotoPosition 3633-3637, stats.cxx
 *   ErrIsamGetRecordPosition 247-251, ErrIsamIndexRecordCount 317-321, ErrIsamComputeStats 88-92: refused with a
 *   filter (FilteredMoveNotSupported).
 * - The filter lives on the cursor (FUCB.pmoveFilterContext) until the next JetSetCursorFilter or JetCloseTable
 *   (fucb.cxx ~FUCB); a new FUCB (JetDupCursor, another cursor) starts without one (CZeroInit).
 */
import {
  out,
  JET_bitColumnMultiValued, JET_bitColumnTagged, JET_bitIndexPrimary, JET_bitIndexUnique, JET_bitNewKey,
  JET_bitRangeInclusive, JET_bitRangeUpperLimit, JET_bitSeekEQ, JET_bitSeekGE, JET_bitSeekGT, JET_bitSeekLE,
  JET_bitSeekLT, JET_bitSetZeroLength, JET_bitTTForceMaterialization, JET_bitTTIndexed, JET_bitTTScrollable,
  JET_bitTTUpdatable, JET_coltypBinary, JET_coltypBit, JET_coltypGUID, JET_coltypIEEEDouble, JET_coltypLong,
  JET_coltypLongBinary, JET_coltypLongText, JET_coltypText, JET_coltypUnsignedLong, JET_errBadColumnId,
  JET_errColumnNotFound, JET_errIllegalOperation, JET_errInvalidGrbit, JET_errInvalidParameter, JET_errNoCurrentRecord,
  JET_errRecordNotFound, JET_errSesidTableIdMismatch, JET_errSuccess, JET_MoveFirst, JET_MoveLast, JET_MoveNext,
  JET_MovePrevious, JET_prepInsert, JET_wrnSeekNotEqual,
} from '../../src';
import type { JET_COLUMNDEF, JET_COLUMNID, JET_RECPOS, JET_SESID, JET_TABLEID } from '../../src';
import { addColumn, createIndex, int32, isam, openTable, peer, retrieve, scan, self } from '../support/isam';
import type { Isam } from '../support/isam';

// ---- esent.h values esemu does not export (yet) ---------------------------------------------------------

/** jethdr.w 1856-1869: enum JET_RELOP. */
const JET_relopEquals = 0;
const JET_relopPrefixEquals = 1;
const JET_relopNotEquals = 2;
const JET_relopLessThanOrEqual = 3;
const JET_relopLessThan = 4;
const JET_relopGreaterThanOrEqual = 5;
const JET_relopGreaterThan = 6;
const JET_relopBitmaskEqualsZero = 7;
const JET_relopBitmaskNotEqualsZero = 8;
/** jethdr.w 5027: the JET_INDEX_COLUMN flag. */
const JET_bitZeroLength = 0x00000001;
/** jethdr.w 6410. */
const JET_errFilteredMoveNotSupported = -1124;

/** jethdr.w 1871-1878 (JET_INDEX_COLUMN), as the task's signature spells it. */
interface JET_INDEX_COLUMN {
  columnid: JET_COLUMNID;
  relop: number;
  pv: Uint8Array | null;
  cb: number;
  grbit: number;
}

interface FilterApi {
  JetSetCursorFilter(sesid: JET_SESID, tableid: JET_TABLEID, rgColumnFilters: JET_INDEX_COLUMN[] | null,
    cColumnFilters: number, grbit: number): number;
  JetComputeStats(sesid: JET_SESID, tableid: JET_TABLEID): number;
}

function fa(w: Isam): FilterApi {
  return w.api as unknown as FilterApi;
}

// ---- the world ---------------------------------------------------------------------------------------------

interface Cols {
  id: JET_COLUMNID; n: JET_COLUMNID; u: JET_COLUMNID; d: JET_COLUMNID; flag: JET_COLUMNID; g: JET_COLUMNID;
  dflt: JET_COLUMNID; bin: JET_COLUMNID; name: JET_COLUMNID; memo: JET_COLUMNID; tag: JET_COLUMNID;
  text: JET_COLUMNID;
}

interface X { w: Isam; t: JET_TABLEID; c: Cols }

function uint32(v: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, v, true);
  return b;
}

function double(v: number): Uint8Array {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setFloat64(0, v, true);
  return b;
}

/** A GUID's 16 bytes, all zero but byte i, which is 1. */
function guidWith(i: number): Uint8Array {
  const b = new Uint8Array(16);
  b[i] = 1;
  return b;
}
const G1 = guidWith(10); // key order (fldnorm.cxx: bytes 10..15 come first): the larger; raw bytes: the smaller
const G2 = guidWith(0);

/**
 * A tagged column id the table does not have (fldext.cxx ErrRECIAccessColumn: ColumnNotFound). Tagged FIDs end at
 * JET_ccolMost (0xFEE0): an id above it is of no column class, BadColumnId (daedef.hxx FCOLUMNIDValid).
 */
const MISSING = 0xfe00 as JET_COLUMNID;
/** An id with bits 16-30 set (daedef.hxx FCOLUMNIDValid: BadColumnId). */
const BAD = 0x00010001 as JET_COLUMNID;

interface Row { id: number; n?: number; u?: number; d?: number; flag?: number; g?: Uint8Array; bin?: number[]; tag?: number[] }

/**
 * Table "items" (primary "+id", secondary "byN" "+n"), ids 1..8; a missing field is NULL:
 *   id | n    | u          | d      | flag | g  | bin        | tag (multi-valued)
 *   1  | -5   | 1          | -2.5   | 0    | G1 | 01         | 5, 50
 *   2  | -1   | 0x80000000 | -0.0   | 1    | G2 | 01 02      | 50, 5
 *   3  | 0    | 2          | +0.0   | 0    |    | (zero-len) |
 *   4  | 3    | 0xffffffff | 1.5    | 1    |    | 02         | 5
 *   5  | 100  | 3          | 1e10   | 0    |    | ff         |
 *   6  |      |            |        |      |    |            |
 *   7  | 7    | 7          | 7      | 1    |    | 01 02 03   | 7
 *   8  | -100 | 0x7fffffff | -1e10  | 0    |    | 80         |
 * dflt (Long, default 7) is never set; name (Text), text (LongText) and memo (LongBinary) stay NULL.
 * t is a fresh cursor of the world's session on the primary index.
 */
const ROWS: Row[] = [
  { id: 5, n: 100, u: 3, d: 1e10, flag: 0, bin: [0xff] },
  { id: 1, n: -5, u: 1, d: -2.5, flag: 0, g: G1, bin: [0x01], tag: [5, 50] },
  { id: 8, n: -100, u: 0x7fffffff, d: -1e10, flag: 0, bin: [0x80] },
  { id: 3, n: 0, u: 2, d: 0, flag: 0, bin: [] },
  { id: 6 },
  { id: 2, n: -1, u: 0x80000000, d: -0, flag: 1, g: G2, bin: [0x01, 0x02], tag: [50, 5] },
  { id: 7, n: 7, u: 7, d: 7, flag: 1, bin: [0x01, 0x02, 0x03], tag: [7] },
  { id: 4, n: 3, u: 0xffffffff, d: 1.5, flag: 1, bin: [0x02], tag: [5] },
];

function world(): X {
  const w = isam();
  const api = w.api;
  const box = out<JET_TABLEID>();
  expect(api.JetCreateTable(w.ses, w.dbid, 'items', 0, 100, box)).toBe(JET_errSuccess);
  const tc = box.value;
  const col = (name: string, def: JET_COLUMNDEF, dflt: Uint8Array | null = null): JET_COLUMNID =>
    addColumn(api, w.ses, tc, name, def, dflt);
  const c: Cols = {
    id: col('id', { coltyp: JET_coltypLong }),
    n: col('n', { coltyp: JET_coltypLong }),
    u: col('u', { coltyp: JET_coltypUnsignedLong }),
    d: col('d', { coltyp: JET_coltypIEEEDouble }),
    flag: col('flag', { coltyp: JET_coltypBit }),
    g: col('g', { coltyp: JET_coltypGUID }),
    dflt: col('dflt', { coltyp: JET_coltypLong }, int32(7)),
    bin: col('bin', { coltyp: JET_coltypBinary, cbMax: 32 }),
    name: col('name', { coltyp: JET_coltypText, cp: 1252, cbMax: 64 }),
    memo: col('memo', { coltyp: JET_coltypLongBinary, grbit: JET_bitColumnTagged }),
    tag: col('tag', { coltyp: JET_coltypLong, grbit: JET_bitColumnTagged | JET_bitColumnMultiValued }),
    text: col('text', { coltyp: JET_coltypLongText, cp: 1252, grbit: JET_bitColumnTagged }),
  };
  expect(createIndex(api, w.ses, tc, 'primary', JET_bitIndexPrimary | JET_bitIndexUnique, '+id')).toBe(JET_errSuccess);
  expect(createIndex(api, w.ses, tc, 'byN', 0, '+n')).toBe(JET_errSuccess);
  for (const r of ROWS) {
    expect(api.JetPrepareUpdate(w.ses, tc, JET_prepInsert)).toBe(JET_errSuccess);
    const set = (id: JET_COLUMNID, b: Uint8Array, grbit = 0): void => {
      expect(api.JetSetColumn(w.ses, tc, id, b, b.length, grbit, null)).toBe(JET_errSuccess);
    };
    set(c.id, int32(r.id));
    if (r.n !== undefined) set(c.n, int32(r.n));
    if (r.u !== undefined) set(c.u, uint32(r.u));
    if (r.d !== undefined) set(c.d, double(r.d));
    if (r.flag !== undefined) set(c.flag, Uint8Array.of(r.flag));
    if (r.g !== undefined) set(c.g, r.g);
    if (r.bin !== undefined) set(c.bin, Uint8Array.from(r.bin), r.bin.length === 0 ? JET_bitSetZeroLength : 0);
    for (const v of r.tag ?? []) {
      expect(api.JetSetColumn(w.ses, tc, c.tag, int32(v), 4, 0, { itagSequence: 0 })).toBe(JET_errSuccess);
    }
    expect(api.JetUpdate(w.ses, tc, null, 0, null)).toBe(JET_errSuccess);
  }
  expect(api.JetCloseTable(w.ses, tc)).toBe(JET_errSuccess);
  return { w, t: openTable(api, self(w), 'items'), c };
}

const ALL = [1, 2, 3, 4, 5, 6, 7, 8];

/** A JET_INDEX_COLUMN; cb is the value's length (0 for null). */
function F(columnid: JET_COLUMNID, relop: number, pv: Uint8Array | null, grbit = 0): JET_INDEX_COLUMN {
  return { columnid, relop, pv, cb: pv === null ? 0 : pv.length, grbit };
}

function setFilter(x: X, filters: JET_INDEX_COLUMN[] | null, grbit = 0, t: JET_TABLEID = x.t): number {
  return fa(x.w).JetSetCursorFilter(x.w.ses, t, filters, filters === null ? 0 : filters.length, grbit);
}

/** The ids MoveFirst + MoveNext visit (ending with NoCurrentRecord). */
function ids(x: X, t: JET_TABLEID = x.t): Array<number | null> {
  return scan(x.w.api, x.w.ses, t, x.c.id);
}

/** The ids MoveLast + MovePrevious visit (ending with NoCurrentRecord). */
function idsBack(x: X): number[] {
  const seen: number[] = [];
  let rc = x.w.api.JetMove(x.w.ses, x.t, JET_MoveLast, 0);
  while (rc === JET_errSuccess) {
    seen.push(curId(x));
    rc = x.w.api.JetMove(x.w.ses, x.t, JET_MovePrevious, 0);
  }
  expect(rc).toBe(JET_errNoCurrentRecord);
  return seen;
}

/** Sets the filters (expecting Success) and returns the ids a forward walk visits. */
function through(x: X, ...filters: JET_INDEX_COLUMN[]): Array<number | null> {
  expect(setFilter(x, filters)).toBe(JET_errSuccess);
  return ids(x);
}

/** The id of the current record. */
function curId(x: X, t: JET_TABLEID = x.t): number {
  const r = retrieve(x.w.api, x.w.ses, t, x.c.id);
  expect(r.rc).toBe(JET_errSuccess);
  return new DataView(r.data!.buffer, r.data!.byteOffset).getInt32(0, true);
}

function seek(x: X, id: number, grbit: number): number {
  expect(x.w.api.JetMakeKey(x.w.ses, x.t, int32(id), 4, JET_bitNewKey)).toBe(JET_errSuccess);
  return x.w.api.JetSeek(x.w.ses, x.t, grbit);
}

/** n > 0: records 4, 5, 7. */
function positive(x: X): JET_INDEX_COLUMN {
  return F(x.c.n, JET_relopGreaterThan, int32(0));
}

// ---- tests -------------------------------------------------------------------------------------------------

describe('JetSetCursorFilter: the call and its arguments', () => {
  it('grbit != 0 is InvalidGrbit before anything else, and the failure removes the filter already set', () => {
    // rec.cxx ErrIsamSetCursorFilter 779-782 (first check), HandleError 793-797 (RECRemoveCursorFilter).
    const x = world();
    expect(through(x, positive(x))).toEqual([4, 5, 7]);
    expect(setFilter(x, [positive(x)], 1)).toBe(JET_errInvalidGrbit);
    expect(ids(x)).toEqual(ALL);
    expect(setFilter(x, null, 0x100)).toBe(JET_errInvalidGrbit);
    // an entry that would be InvalidParameter / ColumnNotFound is not looked at
    expect(setFilter(x, [F(MISSING, JET_relopEquals, int32(1), 0x80)], 2)).toBe(JET_errInvalidGrbit);
  });

  it('cColumnFilters 0 removes the filter (the array is not read)', () => {
    // rec.cxx ErrRECSetCursorFilter 619 (remove first) and 621-624 (cFilters 0: Success).
    const x = world();
    expect(through(x, positive(x))).toEqual([4, 5, 7]);
    expect(setFilter(x, null)).toBe(JET_errSuccess);
    expect(ids(x)).toEqual(ALL);
    expect(through(x, positive(x))).toEqual([4, 5, 7]);
    // a non-empty array with cColumnFilters 0: its (invalid) entry is never validated
    expect(fa(x.w).JetSetCursorFilter(x.w.ses, x.t, [F(MISSING, JET_relopEquals, int32(1), 0x80)], 0, 0))
      .toBe(JET_errSuccess);
    expect(ids(x)).toEqual(ALL);
  });

  it('the per-filter grbit / pv / cb rules come first: InvalidParameter', () => {
    // rec.cxx ErrRECIValidateOneMoveFilter 490-495.
    const x = world();
    const c = x.c;
    // unknown per-filter bits
    expect(setFilter(x, [F(c.n, JET_relopEquals, int32(1), 0x2)])).toBe(JET_errInvalidParameter);
    expect(setFilter(x, [F(c.bin, JET_relopEquals, null, JET_bitZeroLength | 0x100)])).toBe(JET_errInvalidParameter);
    // cb 0 with a non-null pv
    expect(setFilter(x, [{ columnid: c.n, relop: JET_relopEquals, pv: new Uint8Array(4), cb: 0, grbit: 0 }]))
      .toBe(JET_errInvalidParameter);
    // cb != 0 with a null pv
    expect(setFilter(x, [{ columnid: c.n, relop: JET_relopEquals, pv: null, cb: 4, grbit: 0 }]))
      .toBe(JET_errInvalidParameter);
    // cb != 0 with JET_bitZeroLength (a Binary column, so nothing later would refuse it)
    expect(setFilter(x, [F(c.bin, JET_relopEquals, Uint8Array.of(1), JET_bitZeroLength)])).toBe(JET_errInvalidParameter);
    // checked before the column: an unknown column with a bad grbit is InvalidParameter, not ColumnNotFound
    expect(setFilter(x, [F(MISSING, JET_relopEquals, int32(1), 0x2)])).toBe(JET_errInvalidParameter);
    expect(setFilter(x, [F(BAD, JET_relopEquals, null, 0x4)])).toBe(JET_errInvalidParameter);
  });

  it('the column: BadColumnId for an id beyond 16 bits, ColumnNotFound for a column the table lacks', () => {
    // rec.cxx 499 -> fldext.cxx ErrRECIAccessColumn 69-72 (FCOLUMNIDValid), 151-166 (fid past the last tagged).
    const x = world();
    expect(setFilter(x, [F(BAD, JET_relopEquals, int32(1))])).toBe(JET_errBadColumnId);
    expect(setFilter(x, [F(0xfee1 as JET_COLUMNID, JET_relopEquals, int32(1))])).toBe(JET_errBadColumnId);
    expect(setFilter(x, [F(MISSING, JET_relopEquals, int32(1))])).toBe(JET_errColumnNotFound);
    // before the size check: a wrong size on a missing column is still ColumnNotFound
    expect(setFilter(x, [F(MISSING, JET_relopEquals, Uint8Array.of(1, 2, 3))])).toBe(JET_errColumnNotFound);
  });

  it('Text, LongText and LongBinary columns are FilteredMoveNotSupported, before any size or relop check', () => {
    // rec.cxx 536-542 (FRECLongValue || FRECTextColumn), ahead of 543-581.
    const x = world();
    const c = x.c;
    expect(setFilter(x, [F(c.name, JET_relopEquals, Uint8Array.of(0x41))])).toBe(JET_errFilteredMoveNotSupported);
    expect(setFilter(x, [F(c.name, JET_relopPrefixEquals, Uint8Array.of(0x41))])).toBe(JET_errFilteredMoveNotSupported);
    expect(setFilter(x, [F(c.text, JET_relopBitmaskEqualsZero, null)])).toBe(JET_errFilteredMoveNotSupported);
    expect(setFilter(x, [F(c.memo, JET_relopEquals, null, JET_bitZeroLength)])).toBe(JET_errFilteredMoveNotSupported);
    expect(setFilter(x, [F(c.memo, JET_relopPrefixEquals, Uint8Array.of(1))])).toBe(JET_errFilteredMoveNotSupported);
  });

  it('PrefixEquals and JET_bitZeroLength are for Binary columns only', () => {
    // rec.cxx 543-551.
    const x = world();
    const c = x.c;
    expect(setFilter(x, [F(c.n, JET_relopPrefixEquals, int32(1))])).toBe(JET_errInvalidParameter);
    expect(setFilter(x, [F(c.g, JET_relopPrefixEquals, G1)])).toBe(JET_errInvalidParameter);
    expect(setFilter(x, [F(c.n, JET_relopEquals, null, JET_bitZeroLength)])).toBe(JET_errInvalidParameter);
    expect(setFilter(x, [F(c.tag, JET_relopNotEquals, null, JET_bitZeroLength)])).toBe(JET_errInvalidParameter);
    expect(setFilter(x, [F(c.bin, JET_relopPrefixEquals, Uint8Array.of(1, 2, 3, 4, 5))])).toBe(JET_errSuccess);
    expect(setFilter(x, [F(c.bin, JET_relopEquals, null, JET_bitZeroLength)])).toBe(JET_errSuccess);
  });

  it('an empty value (cb 0) is refused only with a bitmask or PrefixEquals', () => {
    // rec.cxx 552-564.
    const x = world();
    const c = x.c;
    expect(setFilter(x, [F(c.n, JET_relopBitmaskEqualsZero, null)])).toBe(JET_errInvalidParameter);
    expect(setFilter(x, [F(c.n, JET_relopBitmaskNotEqualsZero, null)])).toBe(JET_errInvalidParameter);
    expect(setFilter(x, [F(c.bin, JET_relopPrefixEquals, null)])).toBe(JET_errInvalidParameter);
    expect(setFilter(x, [F(c.bin, JET_relopPrefixEquals, null, JET_bitZeroLength)])).toBe(JET_errInvalidParameter);
    for (const relop of [JET_relopEquals, JET_relopNotEquals, JET_relopLessThanOrEqual, JET_relopLessThan,
      JET_relopGreaterThanOrEqual, JET_relopGreaterThan]) {
      expect(setFilter(x, [F(c.n, relop, null)])).toBe(JET_errSuccess);
      expect(setFilter(x, [F(c.g, relop, null)])).toBe(JET_errSuccess);
    }
  });

  it('a non-Binary value must have its type\'s exact size; a Binary value any size', () => {
    // rec.cxx 565-571, cat.cxx UlCATColumnSize 8722-8790.
    const x = world();
    const c = x.c;
    expect(setFilter(x, [F(c.n, JET_relopEquals, Uint8Array.of(1, 2))])).toBe(JET_errInvalidParameter);
    expect(setFilter(x, [F(c.n, JET_relopGreaterThan, new Uint8Array(8))])).toBe(JET_errInvalidParameter);
    expect(setFilter(x, [F(c.d, JET_relopLessThan, new Uint8Array(4))])).toBe(JET_errInvalidParameter);
    expect(setFilter(x, [F(c.flag, JET_relopEquals, Uint8Array.of(1, 0))])).toBe(JET_errInvalidParameter);
    expect(setFilter(x, [F(c.g, JET_relopEquals, new Uint8Array(15))])).toBe(JET_errInvalidParameter);
    expect(setFilter(x, [F(c.tag, JET_relopEquals, Uint8Array.of(1))])).toBe(JET_errInvalidParameter);
    expect(setFilter(x, [F(c.u, JET_relopEquals, uint32(1))])).toBe(JET_errSuccess);
    expect(setFilter(x, [F(c.flag, JET_relopEquals, Uint8Array.of(1))])).toBe(JET_errSuccess);
    expect(setFilter(x, [F(c.bin, JET_relopEquals, new Uint8Array(100))])).toBe(JET_errSuccess);
    expect(setFilter(x, [F(c.bin, JET_relopLessThan, Uint8Array.of(9))])).toBe(JET_errSuccess);
  });

  it('the bitmask relops refuse Bit, GUID and Binary columns and take any other fixed type', () => {
    // rec.cxx 572-581.
    const x = world();
    const c = x.c;
    expect(setFilter(x, [F(c.flag, JET_relopBitmaskEqualsZero, Uint8Array.of(1))])).toBe(JET_errInvalidParameter);
    expect(setFilter(x, [F(c.g, JET_relopBitmaskNotEqualsZero, G1)])).toBe(JET_errInvalidParameter);
    expect(setFilter(x, [F(c.bin, JET_relopBitmaskNotEqualsZero, Uint8Array.of(1))])).toBe(JET_errInvalidParameter);
    expect(setFilter(x, [F(c.n, JET_relopBitmaskEqualsZero, int32(1))])).toBe(JET_errSuccess);
    expect(setFilter(x, [F(c.d, JET_relopBitmaskNotEqualsZero, double(1))])).toBe(JET_errSuccess);
    expect(setFilter(x, [F(c.tag, JET_relopBitmaskNotEqualsZero, int32(1))])).toBe(JET_errSuccess);
  });

  it('entries are validated in order: the first bad one decides, and no filter is left', () => {
    // rec.cxx ErrRECSetCursorFilter 640-646 (in order, Call), 735-739 (error: RECRemoveCursorFilter).
    const x = world();
    const c = x.c;
    expect(through(x, positive(x))).toEqual([4, 5, 7]);
    expect(setFilter(x, [positive(x), F(MISSING, JET_relopEquals, int32(1)), F(c.n, JET_relopEquals, int32(1), 0x2)]))
      .toBe(JET_errColumnNotFound);
    expect(ids(x)).toEqual(ALL);
    expect(setFilter(x, [F(c.n, JET_relopEquals, int32(1), 0x2), F(MISSING, JET_relopEquals, int32(1))]))
      .toBe(JET_errInvalidParameter);
    expect(setFilter(x, [positive(x), F(c.name, JET_relopEquals, null), F(c.n, JET_relopPrefixEquals, int32(1))]))
      .toBe(JET_errFilteredMoveNotSupported);
    expect(ids(x)).toEqual(ALL);
  });

  it('the relop is never range-checked; an unknown relop accepts every record', () => {
    // rec.cxx ErrRECIValidateOneMoveFilter never reads the relop's range; ErrRECICheckCursorFilter's switch default
    // (361-366, 419-424) keeps the record (fMatch = fTrue; an assert only in debug builds).
    const x = world();
    const c = x.c;
    expect(through(x, F(c.n, 9, int32(0)))).toEqual(ALL);
    expect(through(x, F(c.n, 100, null))).toEqual(ALL);
    expect(through(x, F(c.n, 9, int32(0)), positive(x))).toEqual([4, 5, 7]);
  });

  it('temp tables and sorts answer IllegalOperation before looking at anything', () => {
    // sortapi.cxx vtfndefTTSortIns / TTSortRet / TTBase ...: ErrIllegalSetCursorFilter (jetapi.cxx 319-323).
    const x = world();
    const w = x.w;
    for (const grbit of [0, JET_bitTTIndexed | JET_bitTTScrollable | JET_bitTTUpdatable | JET_bitTTForceMaterialization]) {
      const box = out<JET_TABLEID>();
      const colids: JET_COLUMNID[] = [];
      expect(w.api.JetOpenTempTable(w.ses, [{ coltyp: JET_coltypLong, grbit: 0x40 /* JET_bitColumnTTKey */ }], 1,
        grbit, box, colids)).toBe(JET_errSuccess);
      const f = [F(colids[0], JET_relopEquals, int32(1))];
      expect(fa(w).JetSetCursorFilter(w.ses, box.value, f, 1, 0)).toBe(JET_errIllegalOperation);
      expect(fa(w).JetSetCursorFilter(w.ses, box.value, null, 0, 0x1234)).toBe(JET_errIllegalOperation);
      expect(w.api.JetCloseTable(w.ses, box.value)).toBe(JET_errSuccess);
    }
  });

  it('a secondary current index is FilteredMoveNotSupported, even to remove a filter', () => {
    // rec.cxx ErrIsamSetCursorFilter 783-789 (pfucbCurIndex != NULL), after the grbit check.
    const x = world();
    expect(x.w.api.JetSetCurrentIndex(x.w.ses, x.t, 'byN')).toBe(JET_errSuccess);
    expect(setFilter(x, [positive(x)])).toBe(JET_errFilteredMoveNotSupported);
    expect(setFilter(x, null)).toBe(JET_errFilteredMoveNotSupported);
    expect(setFilter(x, null, 1)).toBe(JET_errInvalidGrbit);
    // byN order ("+n", NULL first): 6, 8, 1, 2, 3, 4, 7, 5: no filter was installed
    expect(ids(x)).toEqual([6, 8, 1, 2, 3, 4, 7, 5]);
    expect(x.w.api.JetSetCurrentIndex(x.w.ses, x.t, null)).toBe(JET_errSuccess);
    expect(through(x, positive(x))).toEqual([4, 5, 7]);
  });

  it('another session\'s tableid is SesidTableIdMismatch', () => {
    // jetapi.cxx JetSetCursorFilter: JET_VALIDATE_SESID_TABLEID (5298-5333).
    const x = world();
    const p = peer(x.w);
    expect(fa(x.w).JetSetCursorFilter(p.ses, x.t, [positive(x)], 1, 0)).toBe(JET_errSesidTableIdMismatch);
    expect(ids(x)).toEqual(ALL);
  });
});

describe('JetSetCursorFilter: what the filter does to moves and seeks', () => {
  it('MoveFirst / MoveNext and MoveLast / MovePrevious visit only matching records', () => {
    // bt.cxx ErrBTDown 4381-4460 (posFirst -> ErrBTNext, posLast -> ErrBTPrev), ErrBTNext 1884-1907, ErrBTPrev 2298.
    const x = world();
    expect(setFilter(x, [positive(x)])).toBe(JET_errSuccess);
    expect(ids(x)).toEqual([4, 5, 7]);
    expect(idsBack(x)).toEqual([7, 5, 4]);
  });

  it('a counted move counts matching records only', () => {
    // rec.cxx ErrIsamMove 878-907 / 932-958: one ErrDIRNext / ErrDIRPrev (filtered) per row.
    const x = world();
    const { w, t } = x;
    expect(setFilter(x, [F(x.c.n, JET_relopGreaterThanOrEqual, int32(-1))])).toBe(JET_errSuccess); // 2, 3, 4, 5, 7
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(curId(x)).toBe(2);
    expect(w.api.JetMove(w.ses, t, 3, 0)).toBe(JET_errSuccess);
    expect(curId(x)).toBe(5);
    expect(w.api.JetMove(w.ses, t, -2, 0)).toBe(JET_errSuccess);
    expect(curId(x)).toBe(3);
    expect(w.api.JetMove(w.ses, t, 4, 0)).toBe(JET_errNoCurrentRecord);
    expect(w.api.JetMove(w.ses, t, -2, 0)).toBe(JET_errSuccess); // from after the last: 7, then 5
    expect(curId(x)).toBe(5);
  });

  it('no matching record: MoveFirst / MoveLast are NoCurrentRecord, seeks RecordNotFound', () => {
    // bt.cxx ErrBTDown HandleError 4597-4603 (NoCurrentRecord -> RecordNotFound); rec.cxx ErrIsamMove 1021-1027.
    const x = world();
    expect(setFilter(x, [F(x.c.n, JET_relopEquals, int32(12345))])).toBe(JET_errSuccess);
    expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveFirst, 0)).toBe(JET_errNoCurrentRecord);
    expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveLast, 0)).toBe(JET_errNoCurrentRecord);
    expect(seek(x, 1, JET_bitSeekGE)).toBe(JET_errRecordNotFound);
    expect(seek(x, 8, JET_bitSeekLE)).toBe(JET_errRecordNotFound);
    expect(seek(x, 4, JET_bitSeekEQ)).toBe(JET_errRecordNotFound);
  });

  it('JetMove(0) is FilteredMoveNotSupported and does not cancel a prepared update', () => {
    // rec.cxx ErrIsamMove 838-841, before the JET_prepCancel of 843-846.
    const x = world();
    const { w, t, c } = x;
    expect(setFilter(x, [positive(x)])).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, t, 0, 0)).toBe(JET_errFilteredMoveNotSupported);
    expect(curId(x)).toBe(4);
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, c.id, int32(9), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, t, 0, 0)).toBe(JET_errFilteredMoveNotSupported);
    expect(w.api.JetSetColumn(w.ses, t, c.n, int32(9), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(ids(x)).toEqual([4, 5, 7, 9]);
    expect(setFilter(x, null)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, t, 0, 0)).toBe(JET_errSuccess);
  });

  it('a new cursor\'s deferred move first lands on the first matching record', () => {
    // dir.cxx ErrDIRIIRefresh 2533-2600: ErrBTDown posFirst, filtered.
    const x = world();
    const t2 = openTable(x.w.api, self(x.w), 'items');
    expect(setFilter(x, [positive(x)], 0, t2)).toBe(JET_errSuccess);
    expect(curId(x, t2)).toBe(4);
    expect(x.w.api.JetMove(x.w.ses, t2, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(curId(x, t2)).toBe(5);
    const t3 = openTable(x.w.api, self(x.w), 'items');
    expect(setFilter(x, [F(x.c.n, JET_relopEquals, int32(12345))], 0, t3)).toBe(JET_errSuccess);
    expect(retrieve(x.w.api, x.w.ses, t3, x.c.id).rc).toBe(JET_errNoCurrentRecord);
  });

  it('setting a filter does not move the cursor; moves go on from its place', () => {
    // rec.cxx ErrRECSetCursorFilter touches only the filter stack (RECAddMoveFilter 123-133).
    const x = world();
    const { w, t } = x;
    expect(seek(x, 2, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(setFilter(x, [positive(x)])).toBe(JET_errSuccess);
    expect(curId(x)).toBe(2);
    expect(w.api.JetMove(w.ses, t, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(curId(x)).toBe(4);
    expect(w.api.JetMove(w.ses, t, JET_MovePrevious, 0)).toBe(JET_errNoCurrentRecord);
  });

  it('JetGotoBookmark is not filtered; moves from there see matching records only', () => {
    // bt.cxx ErrBTGotoBookmark 4766-4770: fDIRAllNode, so ErrBTDown skips the filter (4371).
    const x = world();
    const { w, t } = x;
    const bm = (id: number): Uint8Array => {
      expect(seek(x, id, JET_bitSeekEQ)).toBe(JET_errSuccess);
      const b = new Uint8Array(64);
      const cb = out<number>();
      expect(w.api.JetGetBookmark(w.ses, t, b, b.length, cb)).toBe(JET_errSuccess);
      return b.slice(0, cb.value);
    };
    const b3 = bm(3);
    const b6 = bm(6);
    expect(setFilter(x, [positive(x)])).toBe(JET_errSuccess);
    expect(w.api.JetGotoBookmark(w.ses, t, b3, b3.length)).toBe(JET_errSuccess);
    expect(curId(x)).toBe(3);
    expect(w.api.JetMove(w.ses, t, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(curId(x)).toBe(4);
    expect(w.api.JetGotoBookmark(w.ses, t, b6, b6.length)).toBe(JET_errSuccess);
    expect(curId(x)).toBe(6);
    expect(w.api.JetMove(w.ses, t, JET_MovePrevious, 0)).toBe(JET_errSuccess);
    expect(curId(x)).toBe(5);
  });

  it('seeks see only matching records', () => {
    // rec.cxx ErrIsamSeek 1284-1366 (FavourPrev / FavourNext / Exact), bt.cxx ErrBTDown 4389-4460, and
    // ErrRECIFilteredMove 1058-1199 for the GT / LT / adjust steps.
    const x = world();
    const { w, t } = x;
    expect(setFilter(x, [positive(x)])).toBe(JET_errSuccess); // 4, 5, 7
    expect(seek(x, 5, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(curId(x)).toBe(5);
    expect(seek(x, 6, JET_bitSeekEQ)).toBe(JET_errRecordNotFound); // 6 exists but is rejected
    expect(w.api.JetMove(w.ses, t, JET_MoveNext, 0)).toBe(JET_errSuccess); // from the place at key 6
    expect(curId(x)).toBe(7);
    expect(seek(x, 3, JET_bitSeekEQ)).toBe(JET_errRecordNotFound);
    expect(w.api.JetMove(w.ses, t, JET_MovePrevious, 0)).toBe(JET_errNoCurrentRecord);
    expect(seek(x, 1, JET_bitSeekGE)).toBe(JET_wrnSeekNotEqual);
    expect(curId(x)).toBe(4);
    expect(seek(x, 4, JET_bitSeekGE)).toBe(JET_errSuccess);
    expect(curId(x)).toBe(4);
    expect(seek(x, 4, JET_bitSeekGT)).toBe(JET_errSuccess);
    expect(curId(x)).toBe(5);
    expect(seek(x, 5, JET_bitSeekGT)).toBe(JET_errSuccess);
    expect(curId(x)).toBe(7);
    expect(seek(x, 6, JET_bitSeekLE)).toBe(JET_wrnSeekNotEqual);
    expect(curId(x)).toBe(5);
    expect(seek(x, 7, JET_bitSeekLT)).toBe(JET_errSuccess);
    expect(curId(x)).toBe(5);
    expect(seek(x, 8, JET_bitSeekLT)).toBe(JET_errSuccess);
    expect(curId(x)).toBe(7);
    expect(seek(x, 3, JET_bitSeekLE)).toBe(JET_errRecordNotFound);
    expect(seek(x, 4, JET_bitSeekLT)).toBe(JET_errRecordNotFound);
    expect(seek(x, 7, JET_bitSeekGT)).toBe(JET_errRecordNotFound);
    expect(seek(x, 8, JET_bitSeekGE)).toBe(JET_errRecordNotFound);
  });

  it('an index range and a filter both apply', () => {
    // bt.cxx ErrBTNext 1897-1900 (ErrFUCBCheckIndexRange on a skipped node), dir.cxx ErrDIRNext CheckRange 977-987.
    const x = world();
    const { w, t } = x;
    expect(setFilter(x, [positive(x)])).toBe(JET_errSuccess);
    expect(seek(x, 2, JET_bitSeekGE)).toBe(JET_wrnSeekNotEqual);
    expect(curId(x)).toBe(4);
    expect(w.api.JetMakeKey(w.ses, t, int32(6), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(w.api.JetSetIndexRange(w.ses, t, JET_bitRangeUpperLimit | JET_bitRangeInclusive)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, t, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(curId(x)).toBe(5);
    expect(w.api.JetMove(w.ses, t, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord); // 6 rejected, 7 out of range
    expect(ids(x)).toEqual([4, 5, 7]);
  });
});

describe('JetSetCursorFilter: comparisons', () => {
  it('Long: range relops compare signed values; NULL is below every value', () => {
    // rec.cxx 669-676 (normalised for LE / LT / GE / GT), fldnorm.cxx 518-532; NULL table 368-425.
    const x = world();
    const n = x.c.n;
    expect(through(x, F(n, JET_relopGreaterThan, int32(-2)))).toEqual([2, 3, 4, 5, 7]);
    expect(through(x, F(n, JET_relopGreaterThanOrEqual, int32(0)))).toEqual([3, 4, 5, 7]);
    expect(through(x, F(n, JET_relopLessThanOrEqual, int32(-1)))).toEqual([1, 2, 6, 8]);
    expect(through(x, F(n, JET_relopLessThan, int32(-1)))).toEqual([1, 6, 8]);
    expect(through(x, F(n, JET_relopEquals, int32(0)))).toEqual([3]);
    expect(through(x, F(n, JET_relopNotEquals, int32(0)))).toEqual([1, 2, 4, 5, 6, 7, 8]);
  });

  it('UnsignedLong: range relops compare unsigned values', () => {
    // fldnorm.cxx 537-551 (no sign flip).
    const x = world();
    const u = x.c.u;
    expect(through(x, F(u, JET_relopGreaterThan, uint32(3)))).toEqual([2, 4, 7, 8]);
    expect(through(x, F(u, JET_relopLessThan, uint32(2)))).toEqual([1, 6]);
    expect(through(x, F(u, JET_relopGreaterThanOrEqual, uint32(0x80000000)))).toEqual([2, 4]);
  });

  it('IEEEDouble: range relops in key order (-0.0 below +0.0), Equals on raw bytes', () => {
    // fldnorm.cxx 621-643 (sign bit set: all bits inverted); rec.cxx 297-299 FDataEqual on raw bytes.
    const x = world();
    const d = x.c.d;
    expect(through(x, F(d, JET_relopGreaterThanOrEqual, double(0)))).toEqual([3, 4, 5, 7]);
    expect(through(x, F(d, JET_relopLessThan, double(0)))).toEqual([1, 2, 6, 8]);
    expect(through(x, F(d, JET_relopLessThanOrEqual, double(-0)))).toEqual([1, 2, 6, 8]);
    expect(through(x, F(d, JET_relopGreaterThan, double(-3)))).toEqual([1, 2, 3, 4, 5, 7]);
    expect(through(x, F(d, JET_relopEquals, double(0)))).toEqual([3]);
    expect(through(x, F(d, JET_relopEquals, double(-0)))).toEqual([2]);
    expect(through(x, F(d, JET_relopNotEquals, double(1.5)))).toEqual([1, 2, 3, 5, 6, 7, 8]);
  });

  it('Bit: every relop compares normalised values (any non-zero byte is true)', () => {
    // rec.cxx 669 (coltypBit always normalised), fldnorm.cxx 466-471.
    const x = world();
    const flag = x.c.flag;
    expect(through(x, F(flag, JET_relopEquals, Uint8Array.of(0x07)))).toEqual([2, 4, 7]);
    expect(through(x, F(flag, JET_relopEquals, Uint8Array.of(0)))).toEqual([1, 3, 5, 8]);
    expect(through(x, F(flag, JET_relopNotEquals, Uint8Array.of(0)))).toEqual([2, 4, 6, 7]);
    expect(through(x, F(flag, JET_relopGreaterThan, Uint8Array.of(0)))).toEqual([2, 4, 7]);
  });

  it('GUID: range relops in key order (bytes 10..15 first), Equals on raw bytes', () => {
    // fldnorm.cxx 644-694 (no JET_bitIndexDotNetGuid on the primary index: string order).
    const x = world();
    const g = x.c.g;
    expect(through(x, F(g, JET_relopGreaterThan, G2))).toEqual([1]);
    expect(through(x, F(g, JET_relopGreaterThan, new Uint8Array(16)))).toEqual([1, 2]);
    expect(through(x, F(g, JET_relopLessThan, G1))).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(through(x, F(g, JET_relopEquals, G1))).toEqual([1]);
  });

  it('Binary: raw byte order (shorter first on a tie), PrefixEquals on the leading bytes', () => {
    // rec.cxx 658-661 (Binary never normalised), 301-303 (PrefixEquals); daedef.hxx CmpData 1771-1778.
    const x = world();
    const bin = x.c.bin;
    expect(through(x, F(bin, JET_relopPrefixEquals, Uint8Array.of(1)))).toEqual([1, 2, 7]);
    expect(through(x, F(bin, JET_relopPrefixEquals, Uint8Array.of(1, 2)))).toEqual([2, 7]);
    expect(through(x, F(bin, JET_relopGreaterThan, Uint8Array.of(1, 2)))).toEqual([4, 5, 7, 8]);
    expect(through(x, F(bin, JET_relopLessThan, Uint8Array.of(2)))).toEqual([1, 2, 3, 6, 7]);
    expect(through(x, F(bin, JET_relopEquals, Uint8Array.of(1)))).toEqual([1]);
  });

  it('a NULL filter value (cb 0): equal to NULL, below every value', () => {
    // rec.cxx 233 (fFilterNull), 295-321 and 374-404.
    const x = world();
    const n = x.c.n;
    expect(through(x, F(n, JET_relopEquals, null))).toEqual([6]);
    expect(through(x, F(n, JET_relopNotEquals, null))).toEqual([1, 2, 3, 4, 5, 7, 8]);
    expect(through(x, F(n, JET_relopLessThanOrEqual, null))).toEqual([6]);
    expect(through(x, F(n, JET_relopLessThan, null))).toEqual([]);
    expect(through(x, F(n, JET_relopGreaterThanOrEqual, null))).toEqual(ALL);
    expect(through(x, F(n, JET_relopGreaterThan, null))).toEqual([1, 2, 3, 4, 5, 7, 8]);
    // a zero-length Binary value is not NULL
    expect(through(x, F(x.c.bin, JET_relopEquals, null))).toEqual([6]);
    expect(through(x, F(x.c.bin, JET_relopGreaterThan, null))).toEqual([1, 2, 3, 4, 5, 7, 8]);
    expect(through(x, F(x.c.bin, JET_relopLessThanOrEqual, null))).toEqual([6]);
  });

  it('a zero-length filter value (JET_bitZeroLength): above NULL, below every non-empty value', () => {
    // rec.cxx 233 (not fFilterNull), 297-321 with cbFilter 0, 376-404 for the NULL record.
    const x = world();
    const zl = (relop: number): JET_INDEX_COLUMN => F(x.c.bin, relop, null, JET_bitZeroLength);
    expect(through(x, zl(JET_relopEquals))).toEqual([3]);
    expect(through(x, zl(JET_relopNotEquals))).toEqual([1, 2, 4, 5, 6, 7, 8]);
    expect(through(x, zl(JET_relopLessThanOrEqual))).toEqual([3, 6]);
    expect(through(x, zl(JET_relopLessThan))).toEqual([6]);
    expect(through(x, zl(JET_relopGreaterThanOrEqual))).toEqual([1, 2, 3, 4, 5, 7, 8]);
    expect(through(x, zl(JET_relopGreaterThan))).toEqual([1, 2, 4, 5, 7, 8]);
  });

  it('bitmasks AND the value with the mask; a NULL value has no bit set', () => {
    // rec.cxx 323-360 (ULONG and), 405-417 (NULL: EqualsZero matches, NotEqualsZero does not).
    const x = world();
    const n = x.c.n;
    expect(through(x, F(n, JET_relopBitmaskNotEqualsZero, int32(1)))).toEqual([1, 2, 4, 7]);
    expect(through(x, F(n, JET_relopBitmaskEqualsZero, int32(1)))).toEqual([3, 5, 6, 8]);
    expect(through(x, F(n, JET_relopBitmaskNotEqualsZero, uint32(0x80000000)))).toEqual([1, 2, 8]);
    expect(through(x, F(x.c.u, JET_relopBitmaskEqualsZero, uint32(0x80000001)))).toEqual([3, 6]);
  });

  it('a multi-valued column is compared by its first value; a default value is the value', () => {
    // rec.cxx 237-243 (itagSequence 1); fldext.cxx ErrRECIRetrieveFixedColumn 340-372 (default when not in the record).
    const x = world();
    const c = x.c;
    expect(through(x, F(c.tag, JET_relopEquals, int32(50)))).toEqual([2]);
    expect(through(x, F(c.tag, JET_relopEquals, int32(5)))).toEqual([1, 4]);
    expect(through(x, F(c.tag, JET_relopEquals, null))).toEqual([3, 5, 6, 8]);
    expect(through(x, F(c.dflt, JET_relopEquals, int32(7)))).toEqual(ALL);
    expect(through(x, F(c.dflt, JET_relopEquals, null))).toEqual([]);
  });

  it('several entries are ANDed, the same column included', () => {
    // rec.cxx ErrRECICheckCursorFilter 230-438: the loop stops at the first entry that does not match.
    const x = world();
    const c = x.c;
    expect(through(x, F(c.n, JET_relopGreaterThanOrEqual, int32(0)), F(c.n, JET_relopLessThan, int32(100))))
      .toEqual([3, 4, 7]);
    expect(through(x, F(c.n, JET_relopGreaterThanOrEqual, int32(0)), F(c.n, JET_relopLessThan, int32(100)),
      F(c.flag, JET_relopEquals, Uint8Array.of(1)))).toEqual([4, 7]);
    expect(through(x, F(c.n, JET_relopGreaterThan, int32(0)), F(c.n, JET_relopLessThan, int32(0)))).toEqual([]);
  });

  it('the values are copied: changing the caller\'s buffer afterwards changes nothing', () => {
    // rec.cxx ErrRECSetCursorFilter 693-716 (normalised or memcpy into the cursor's own buffer).
    const x = world();
    const v = int32(0);
    const raw = Uint8Array.of(1);
    expect(setFilter(x, [F(x.c.n, JET_relopGreaterThan, v), F(x.c.bin, JET_relopPrefixEquals, raw)])).toBe(JET_errSuccess);
    v.set(int32(50));
    raw[0] = 0x02;
    expect(ids(x)).toEqual([7]);
  });
});

describe('JetSetCursorFilter: lifetime and the calls it refuses', () => {
  it('JetSetCurrentIndex is FilteredMoveNotSupported (after its grbit check); the index and the filter stay', () => {
    // rec.cxx ErrIsamSetCurrentIndex 3913-3917; jetapi.cxx JetSetCurrentIndexEx 11405-11408 (InvalidGrbit first).
    const x = world();
    const { w, t } = x;
    expect(setFilter(x, [positive(x)])).toBe(JET_errSuccess);
    expect(w.api.JetSetCurrentIndex(w.ses, t, 'byN')).toBe(JET_errFilteredMoveNotSupported);
    expect(w.api.JetSetCurrentIndex(w.ses, t, null)).toBe(JET_errFilteredMoveNotSupported);
    expect(w.api.JetSetCurrentIndex(w.ses, t, 'primary')).toBe(JET_errFilteredMoveNotSupported);
    expect(w.api.JetSetCurrentIndex2(w.ses, t, 'byN', 0x4)).toBe(JET_errInvalidGrbit);
    const name = out<string>();
    expect(w.api.JetGetCurrentIndex(w.ses, t, name, 64)).toBe(JET_errSuccess);
    expect(name.value).toBe('primary');
    expect(ids(x)).toEqual([4, 5, 7]);
    expect(setFilter(x, null)).toBe(JET_errSuccess);
    expect(w.api.JetSetCurrentIndex(w.ses, t, 'byN')).toBe(JET_errSuccess);
  });

  it('JetGotoPosition, JetGetRecordPosition, JetIndexRecordCount and JetComputeStats are FilteredMoveNotSupported', () => {
    // rec.cxx ErrIsamGotoPosition 3633-3637; stats.cxx ErrIsamGetRecordPosition 247-251, ErrIsamIndexRecordCount
    // 317-321, ErrIsamComputeStats 88-92.
    const x = world();
    const { w, t } = x;
    expect(setFilter(x, [positive(x)])).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(w.api.JetGotoPosition(w.ses, t, { centriesLT: 1, centriesInRange: 1, centriesTotal: 8 }))
      .toBe(JET_errFilteredMoveNotSupported);
    expect(w.api.JetGetRecordPosition(w.ses, t, out<JET_RECPOS>(), 16)).toBe(JET_errFilteredMoveNotSupported);
    const count = out<number>();
    expect(w.api.JetIndexRecordCount(w.ses, t, count, 0)).toBe(JET_errFilteredMoveNotSupported);
    expect(fa(w).JetComputeStats(w.ses, t)).toBe(JET_errFilteredMoveNotSupported);
    expect(curId(x)).toBe(4);
    expect(setFilter(x, null)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(w.api.JetIndexRecordCount(w.ses, t, count, 0)).toBe(JET_errSuccess);
    expect(count.value).toBe(8);
    expect(w.api.JetGetRecordPosition(w.ses, t, out<JET_RECPOS>(), 16)).toBe(JET_errSuccess);
    expect(fa(w).JetComputeStats(w.ses, t)).toBe(JET_errSuccess);
  });

  it('the filter stays through seeks, moves and transactions, and belongs to its cursor alone', () => {
    // Only JetSetCursorFilter (rec.cxx 619, 796) and closing the cursor (bt.cxx 773, fucb.cxx 46) remove it; a new
    // FUCB (JetDupCursor, JetOpenTable) starts zeroed (fucb.cxx FUCB::FUCB, CZeroInit).
    const x = world();
    const { w, t } = x;
    expect(setFilter(x, [positive(x)])).toBe(JET_errSuccess);
    expect(seek(x, 1, JET_bitSeekEQ)).toBe(JET_errRecordNotFound);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(ids(x)).toEqual([4, 5, 7]);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    expect(ids(x)).toEqual([4, 5, 7]);
    const dup = out<JET_TABLEID>();
    expect(w.api.JetDupCursor(w.ses, t, dup, 0)).toBe(JET_errSuccess);
    expect(ids(x, dup.value)).toEqual(ALL);
    const p = peer(w);
    const other = openTable(w.api, p, 'items');
    expect(scan(w.api, p.ses, other, x.c.id)).toEqual(ALL);
    expect(ids(x)).toEqual([4, 5, 7]);
    expect(w.api.JetCloseTable(w.ses, t)).toBe(JET_errSuccess);
    const again = openTable(w.api, self(w), 'items');
    expect(ids(x, again)).toEqual(ALL);
  });
});
