/**
 * JetSetCursorFilter, second audit: how the filter meets visibility, the cursor's own changes, seeks and index
 * ranges, columns whose value comes from elsewhere, the cursor's lifetime, and each fixed type's comparison. The
 * call's argument checks and the basic walks are in cursorFilter.test.ts; this file covers the interactions.
 *
 * Engine source (microsoft/Extensible-Storage-Engine, dev/ese/src/ese, HEAD of the local mirror):
 * - bt.cxx ErrBTNext 1881-1907, ErrBTPrev 2295-2322, ErrBTDown 4378-4390: the filter (FUCB.pmoveFilterContext) runs
 *   only on a node ErrNDVisibleToCursor found visible, so visibility is decided first; a rejected node is skipped
 *   like an invisible one.
 * - node.cxx ErrNDVisibleToCursor 1031-1085 + ver.cxx ErrVERAccessNode 3214-3420: an insert by another session not
 *   visible to the cursor (uncommitted, or committed after the cursor's transaction began) is invisible
 *   (nsVersionedInsert, 3352); a record another session deleted or replaced is still visible (nsVersionedUpdate,
 *   3349) and, for a replace, kdfCurr is switched to the before image (3367-3378) BEFORE the filter reads it (rec.cxx
 *   ErrRECICheckCursorFilter reads pfucb->kdfCurr.data, 235-253). The session's own uncommitted changes are in the
 *   page (nsUncommittedVerInDB) and are what the filter reads.
 * - Escrow columns: node.cxx ErrNDDelta 2043 adds the delta into the page at once; ErrVERAccessNode classifies a
 *   chain of only delta RCEs as nsDatabase (3355-3362) and leaves kdfCurr on the page. JetRetrieveColumn subtracts
 *   the deltas of other sessions that the reader must not see (fldext.cxx 2231-2243 ErrRECAdjustEscrowedColumn,
 *   ver.cxx DeltaVERGetDelta 3446-3500); the filter does not (rec.cxx 244-252 ErrRECRetrieveNonTaggedColumn on the
 *   raw record). So the filter sees another session's uncommitted escrow delta.
 * - The value compared is read as a retrieve reads it: fldext.cxx ErrRECIRetrieveFixedColumn 343-368 (a fixed column
 *   past the record's FidFixedLastInRec reads the column's default, or NULL); tagfld.cxx TAGFIELDS::ErrRetrieveColumn
 *   1726-1770 (a tagged column the record does not hold reads its default for itagSequence 1).
 * - rec.cxx ErrIsamMove 838-841 (crow 0 refused), 878-907 / 932-958 (one ErrDIRNext / ErrDIRPrev per row, with
 *   fDIRNeighborKey for JET_bitMoveKeyNE), 1010-1018 (a failed forward move leaves the cursor after the last record,
 *   a failed backward move before the first).
 * - rec.cxx ErrIsamSeek: ErrDIRDown (filtered ErrBTDown, fDIRExact for SeekEQ: a rejected exact node is RecordNotFound,
 *   bt.cxx 4443-4447); SeekEQ | SetIndexRange sets the inclusive upper range only on the found-equal path (1434-1449),
 *   so a rejected key sets no range.
 * - rec.cxx ErrIsamSetIndexRange 3789-3896: checks only the current record's key against the limit (no filter).
 *   dir.cxx ErrDIRNext / ErrDIRPrev CheckRange and bt.cxx (upper limit on forward moves, lower limit on backward moves,
 *   also on rejected nodes: fucb.cxx ErrFUCBCheckIndexRange 331-365 resets the range and answers NoCurrentRecord).
 * - rec.cxx ErrRECSetCursorFilter 640-716 (669-676: what is normalised) and fldnorm.cxx FLDNormalizeFixedSegment 448-702: LE / LT / GE / GT (and
 *   every relop on Bit) compare key-normalised values: Short / Long / LongLong / Currency signed; UnsignedByte /
 *   UnsignedShort / UnsignedLongLong unsigned (big-endian, no flip); IEEESingle / IEEEDouble / DateTime with the sign
 *   bit set are bit-inverted, others get the high bit flipped (so -0.0 < +0.0). Equals / NotEquals / Bitmask* use the
 *   raw stored bytes (rec.cxx 267-293 with fNormalized false); bitmasks AND the value as an unsigned integer of the
 *   column's size (rec.cxx 323-360).
 * - Lifetime: only JetSetCursorFilter (rec.cxx 619, 796) and closing the cursor (bt.cxx 773, fucb.cxx 46) remove the
 *   filter; nothing in transactions touches pmoveFilterContext (it is not versioned); JetDupCursor makes a new,
 *   zeroed FUCB (no filter).
 */
import {
  out,
  JET_bitColumnAutoincrement, JET_bitColumnEscrowUpdate, JET_bitColumnFixed, JET_bitColumnTagged,
  JET_bitColumnVersion, JET_bitIndexPrimary, JET_bitIndexUnique, JET_bitMoveKeyNE, JET_bitNewKey,
  JET_bitRangeInclusive, JET_bitRangeUpperLimit, JET_bitSeekEQ, JET_bitSeekGE, JET_bitSetIndexRange,
  JET_bitTableDenyRead, JET_coltypCurrency, JET_coltypDateTime, JET_coltypIEEESingle, JET_coltypLong,
  JET_coltypLongLong, JET_coltypShort, JET_coltypUnsignedByte, JET_coltypUnsignedLongLong, JET_coltypUnsignedShort,
  JET_errFilteredMoveNotSupported, JET_errInvalidGrbit, JET_errNoCurrentRecord, JET_errRecordNotFound, JET_errSuccess, JET_MoveFirst,
  JET_MoveLast, JET_MoveNext, JET_MovePrevious, JET_prepInsert, JET_prepReplace,
  JET_relopBitmaskEqualsZero, JET_relopBitmaskNotEqualsZero, JET_relopEquals, JET_relopGreaterThan,
  JET_relopGreaterThanOrEqual, JET_relopLessThan, JET_relopLessThanOrEqual, JET_relopNotEquals,
} from '../../src';
import type { JET_COLUMNDEF, JET_COLUMNID, JET_INDEX_COLUMN, JET_SESID, JET_TABLEID } from '../../src';
import { addColumn, createIndex, int32, intOf, isam, openTable, peer, scan, self } from '../support/isam';
import type { Isam, Peer } from '../support/isam';

// ---- small helpers -------------------------------------------------------------------------------------------

/** A JET_INDEX_COLUMN; cb is the value's length (0 for null). */
function F(columnid: JET_COLUMNID, relop: number, pv: Uint8Array | null, grbit = 0): JET_INDEX_COLUMN {
  return { columnid, relop, pv, cb: pv === null ? 0 : pv.length, grbit };
}

function setFilter(w: Isam, t: JET_TABLEID, filters: JET_INDEX_COLUMN[] | null, ses: JET_SESID = w.ses): number {
  return w.api.JetSetCursorFilter(ses, t, filters, filters === null ? 0 : filters.length, 0);
}

function bytesOf(n: number, set: (v: DataView) => void): Uint8Array {
  const b = new Uint8Array(n);
  set(new DataView(b.buffer));
  return b;
}
const i16 = (v: number) => bytesOf(2, (d) => d.setInt16(0, v, true));
const u16 = (v: number) => bytesOf(2, (d) => d.setUint16(0, v, true));
const u8 = (v: number) => Uint8Array.of(v);
const i64 = (v: bigint) => bytesOf(8, (d) => d.setBigInt64(0, v, true));
const u64 = (v: bigint) => bytesOf(8, (d) => d.setBigUint64(0, v, true));
const f32 = (v: number) => bytesOf(4, (d) => d.setFloat32(0, v, true));
const f64 = (v: number) => bytesOf(8, (d) => d.setFloat64(0, v, true));

function insertRow(w: Isam, ses: JET_SESID, t: JET_TABLEID, cols: Array<[JET_COLUMNID, Uint8Array | null]>): void {
  expect(w.api.JetPrepareUpdate(ses, t, JET_prepInsert)).toBe(JET_errSuccess);
  for (const [c, v] of cols) {
    if (v !== null) expect(w.api.JetSetColumn(ses, t, c, v, v.length, 0, null)).toBe(JET_errSuccess);
  }
  expect(w.api.JetUpdate(ses, t, null, 0, null)).toBe(JET_errSuccess);
}

/** Replaces the current record's columns. */
function replaceCur(w: Isam, ses: JET_SESID, t: JET_TABLEID, cols: Array<[JET_COLUMNID, Uint8Array | null]>): void {
  expect(w.api.JetPrepareUpdate(ses, t, JET_prepReplace)).toBe(JET_errSuccess);
  for (const [c, v] of cols) {
    expect(w.api.JetSetColumn(ses, t, c, v, v === null ? 0 : v.length, 0, null)).toBe(JET_errSuccess);
  }
  expect(w.api.JetUpdate(ses, t, null, 0, null)).toBe(JET_errSuccess);
}

function seekKey(w: Isam, ses: JET_SESID, t: JET_TABLEID, id: number, grbit: number): number {
  expect(w.api.JetMakeKey(ses, t, int32(id), 4, JET_bitNewKey)).toBe(JET_errSuccess);
  return w.api.JetSeek(ses, t, grbit);
}

// ---- the main world ------------------------------------------------------------------------------------------

interface X {
  w: Isam;
  /** A fresh cursor of the world's session on the primary index. */
  t: JET_TABLEID;
  id: JET_COLUMNID;
  n: JET_COLUMNID;
  /** Fixed Long, escrow, default 0. */
  e: JET_COLUMNID;
}

/**
 * Table "items" (primary "+id"), id -> n (a missing n is NULL); e is 0 everywhere:
 *   1: -5, 2: -1, 3: 0, 4: 3, 5: 100, 6: NULL, 7: 7, 8: -100.
 * The filter n > 0 (positive) keeps 4, 5, 7.
 */
const ROWS: Array<[number, number | null]> = [[5, 100], [1, -5], [8, -100], [3, 0], [6, null], [2, -1], [7, 7], [4, 3]];
const ALL = [1, 2, 3, 4, 5, 6, 7, 8];

function world(): X {
  const w = isam();
  const box = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, 'items', 0, 100, box)).toBe(JET_errSuccess);
  const tc = box.value;
  const id = addColumn(w.api, w.ses, tc, 'id', { coltyp: JET_coltypLong });
  const n = addColumn(w.api, w.ses, tc, 'n', { coltyp: JET_coltypLong });
  const e = addColumn(w.api, w.ses, tc, 'e', { coltyp: JET_coltypLong, grbit: JET_bitColumnFixed | JET_bitColumnEscrowUpdate },
    int32(0));
  expect(createIndex(w.api, w.ses, tc, 'primary', JET_bitIndexPrimary | JET_bitIndexUnique, '+id')).toBe(JET_errSuccess);
  for (const [i, v] of ROWS) insertRow(w, w.ses, tc, [[id, int32(i)], [n, v === null ? null : int32(v)]]);
  expect(w.api.JetCloseTable(w.ses, tc)).toBe(JET_errSuccess);
  return { w, t: openTable(w.api, self(w), 'items'), id, n, e };
}

function positive(x: X): JET_INDEX_COLUMN {
  return F(x.n, JET_relopGreaterThan, int32(0));
}

/** The ids MoveFirst + MoveNext visit through cursor t of session ses. */
function ids(x: X, t: JET_TABLEID = x.t, ses: JET_SESID = x.w.ses): Array<number | null> {
  return scan(x.w.api, ses, t, x.id);
}

function curId(x: X, t: JET_TABLEID = x.t, ses: JET_SESID = x.w.ses): number | null {
  return intOf(x.w.api, ses, t, x.id);
}

function move(x: X, crow: number, grbit = 0, t: JET_TABLEID = x.t): number {
  return x.w.api.JetMove(x.w.ses, t, crow, grbit);
}

/** From the current record, the ids MoveNext visits (current first) until the move fails; returns them and the code. */
function walk(x: X, crow: number): { seen: Array<number | null>; rc: number } {
  const seen: Array<number | null> = [curId(x)];
  let rc = move(x, crow);
  while (rc === JET_errSuccess) {
    seen.push(curId(x));
    rc = move(x, crow);
  }
  return { seen, rc };
}

/** The bookmark of record `id` (found with an unfiltered seek: call before setting a filter). */
function bookmarkOf(x: X, id: number): Uint8Array {
  expect(seekKey(x.w, x.w.ses, x.t, id, JET_bitSeekEQ)).toBe(JET_errSuccess);
  const b = new Uint8Array(64);
  const cb = out<number>();
  expect(x.w.api.JetGetBookmark(x.w.ses, x.t, b, b.length, cb)).toBe(JET_errSuccess);
  return b.slice(0, cb.value);
}

function gotoBm(x: X, bm: Uint8Array): void {
  expect(x.w.api.JetGotoBookmark(x.w.ses, x.t, bm, bm.length)).toBe(JET_errSuccess);
}

/** Another session with its own cursor on "items". */
function other(x: X): { p: Peer; t: JET_TABLEID } {
  const p = peer(x.w);
  return { p, t: openTable(x.w.api, p, 'items') };
}

// ---- tests ---------------------------------------------------------------------------------------------------

describe('JetSetCursorFilter audit: visibility is decided before the filter', () => {
  it('another session\'s uncommitted insert / delete / replace: the filter judges what the cursor sees', () => {
    // ver.cxx ErrVERAccessNode: another session's uncommitted insert is nsVersionedInsert (invisible, 3352); its
    // delete and replace leave the record visible (nsVersionedUpdate, 3349) and a replace switches kdfCurr to the
    // before image (3367-3378); bt.cxx ErrBTNext 1881-1886 runs the filter on that kdfCurr only when visible.
    const x = world();
    const { w } = x;
    const b = other(x);
    expect(setFilter(w, x.t, [positive(x)])).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.p.ses)).toBe(JET_errSuccess);
    insertRow(w, b.p.ses, b.t, [[x.id, int32(9)], [x.n, int32(9)]]); // would match
    expect(seekKey(w, b.p.ses, b.t, 5, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetDelete(b.p.ses, b.t)).toBe(JET_errSuccess); // 5 matches
    expect(seekKey(w, b.p.ses, b.t, 3, JET_bitSeekEQ)).toBe(JET_errSuccess);
    replaceCur(w, b.p.ses, b.t, [[x.n, int32(50)]]); // 3: 0 -> 50 (would now match)
    expect(seekKey(w, b.p.ses, b.t, 4, JET_bitSeekEQ)).toBe(JET_errSuccess);
    replaceCur(w, b.p.ses, b.t, [[x.n, int32(-3)]]); // 4: 3 -> -3 (would now fail)
    // the world's session (level 0) sees the committed state only, and the filter judges that state
    expect(ids(x)).toEqual([4, 5, 7]);
    expect(move(x, JET_MoveFirst)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, x.t, x.n)).toBe(3);
    expect(move(x, JET_MoveLast)).toBe(JET_errSuccess);
    expect(walk(x, JET_MovePrevious)).toEqual({ seen: [7, 5, 4], rc: JET_errNoCurrentRecord });
    // the writer's own filtered cursor sees its own changes
    const bt2 = openTable(w.api, b.p, 'items');
    expect(setFilter(w, bt2, [positive(x)], b.p.ses)).toBe(JET_errSuccess);
    expect(ids(x, bt2, b.p.ses)).toEqual([3, 7, 9]);
    expect(w.api.JetCommitTransaction(b.p.ses, 0)).toBe(JET_errSuccess);
    expect(ids(x)).toEqual([3, 7, 9]);
  });

  it('snapshot isolation: changes committed after the reader\'s transaction began are judged as they were', () => {
    // ver.cxx ErrVERAccessNode 3292-3378: an RCE committed after trxSession (the reader's begin) is not visible:
    // insert -> invisible, delete -> still visible, replace -> before image; the filter reads that (bt.cxx 1881-1886).
    const x = world();
    const { w } = x;
    const b = other(x);
    expect(setFilter(w, x.t, [positive(x)])).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(ids(x)).toEqual([4, 5, 7]);
    // the other session commits (level 0: each update is its own transaction)
    insertRow(w, b.p.ses, b.t, [[x.id, int32(9)], [x.n, int32(9)]]);
    expect(seekKey(w, b.p.ses, b.t, 7, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetDelete(b.p.ses, b.t)).toBe(JET_errSuccess);
    expect(seekKey(w, b.p.ses, b.t, 6, JET_bitSeekEQ)).toBe(JET_errSuccess);
    replaceCur(w, b.p.ses, b.t, [[x.n, int32(6)]]); // NULL -> 6
    expect(seekKey(w, b.p.ses, b.t, 5, JET_bitSeekEQ)).toBe(JET_errSuccess);
    replaceCur(w, b.p.ses, b.t, [[x.n, null]]); // 100 -> NULL
    expect(ids(x)).toEqual([4, 5, 7]);
    expect(seekKey(w, w.ses, x.t, 7, JET_bitSeekEQ)).toBe(JET_errSuccess); // still there, still matching
    expect(seekKey(w, w.ses, x.t, 6, JET_bitSeekEQ)).toBe(JET_errRecordNotFound); // judged by its old NULL
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
    expect(ids(x)).toEqual([4, 6, 9]);
  });

  it('the session\'s own uncommitted changes are filtered as they now are; rollback restores the old judgement', () => {
    // ver.cxx ErrVERAccessNode 3284-3291 (own uncommitted RCE: nsUncommittedVerInDB, the page holds the new data);
    // node.cxx ErrNDVisibleToCursor 1062-1066 (own delete: FNDDeleted, invisible).
    const x = world();
    const { w } = x;
    const b = other(x);
    expect(setFilter(w, x.t, [positive(x)])).toBe(JET_errSuccess);
    expect(setFilter(w, b.t, [positive(x)], b.p.ses)).toBe(JET_errSuccess);
    const t2 = openTable(w.api, self(w), 'items'); // the same session, unfiltered
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    insertRow(w, w.ses, t2, [[x.id, int32(9)], [x.n, int32(1)]]);
    insertRow(w, w.ses, t2, [[x.id, int32(10)], [x.n, int32(-1)]]);
    expect(seekKey(w, w.ses, t2, 3, JET_bitSeekEQ)).toBe(JET_errSuccess);
    replaceCur(w, w.ses, t2, [[x.n, int32(1)]]);
    expect(seekKey(w, w.ses, t2, 7, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetDelete(w.ses, t2)).toBe(JET_errSuccess);
    // a change through the filtered cursor itself
    expect(seekKey(w, w.ses, x.t, 5, JET_bitSeekEQ)).toBe(JET_errSuccess);
    replaceCur(w, w.ses, x.t, [[x.n, int32(-1)]]);
    expect(ids(x)).toEqual([3, 4, 9]);
    expect(ids(x, b.t, b.p.ses)).toEqual([4, 5, 7]); // the other session sees none of it
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    expect(ids(x)).toEqual([4, 5, 7]);
    expect(ids(x, b.t, b.p.ses)).toEqual([4, 5, 7]);
  });

  it('an escrow column: the session\'s own uncommitted JetEscrowUpdate is what its filter compares', () => {
    // node.cxx ErrNDDelta 2043 (the delta goes into the page); ver.cxx ErrVERAccessNode 3284-3291 (own RCE: page).
    const x = world();
    const { w } = x;
    const t2 = openTable(w.api, self(w), 'items');
    expect(setFilter(w, x.t, [F(x.e, JET_relopGreaterThan, int32(0))])).toBe(JET_errSuccess);
    expect(ids(x)).toEqual([]);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(seekKey(w, w.ses, t2, 2, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetEscrowUpdate(w.ses, t2, x.e, int32(5), 4, null, 0, null, 0)).toBe(JET_errSuccess);
    expect(seekKey(w, w.ses, t2, 6, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetEscrowUpdate(w.ses, t2, x.e, int32(-5), 4, null, 0, null, 0)).toBe(JET_errSuccess);
    expect(ids(x)).toEqual([2]);
    expect(move(x, JET_MoveFirst)).toBe(JET_errSuccess);
    expect(curId(x)).toBe(2);
    expect(intOf(w.api, w.ses, x.t, x.e)).toBe(5);
    expect(setFilter(w, x.t, [F(x.e, JET_relopLessThan, int32(0))])).toBe(JET_errSuccess);
    expect(ids(x)).toEqual([6]);
    expect(setFilter(w, x.t, [F(x.e, JET_relopEquals, int32(0))])).toBe(JET_errSuccess);
    expect(ids(x)).toEqual([1, 3, 4, 5, 7, 8]);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    expect(ids(x)).toEqual(ALL);
  });

  it('an escrow column: another session\'s uncommitted delta is in the page, and the filter sees it (a retrieve does not)', () => {
    // node.cxx ErrNDDelta 2043: the delta is applied to the page at once (recupd.cxx ErrRECIEscrowUpdate 3657 ->
    // ErrDIRDelta -> bt.cxx ErrBTDelta 5604). ver.cxx ErrVERAccessNode 3355-3362: a chain of delta RCEs only is
    // nsDatabase, kdfCurr stays on the page. rec.cxx ErrRECICheckCursorFilter 246-252 reads that
    // record raw; only JetRetrieveColumn compensates (fldext.cxx 2231-2243, ver.cxx DeltaVERGetDelta 3446-3500).
    const x = world();
    const { w } = x;
    const b = other(x);
    expect(w.api.JetBeginTransaction(b.p.ses)).toBe(JET_errSuccess);
    expect(seekKey(w, b.p.ses, b.t, 3, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetEscrowUpdate(b.p.ses, b.t, x.e, int32(7), 4, null, 0, null, 0)).toBe(JET_errSuccess);
    // the world's session (level 0): its retrieve hides the other session's delta ...
    expect(seekKey(w, w.ses, x.t, 3, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, x.t, x.e)).toBe(0);
    // ... its filter does not
    expect(setFilter(w, x.t, [F(x.e, JET_relopGreaterThan, int32(0))])).toBe(JET_errSuccess);
    expect(ids(x)).toEqual([3]);
    expect(move(x, JET_MoveFirst)).toBe(JET_errSuccess);
    expect(curId(x)).toBe(3);
    expect(intOf(w.api, w.ses, x.t, x.e)).toBe(0); // the record the filter judged by e = 7 still reads 0
    expect(setFilter(w, x.t, [F(x.e, JET_relopEquals, int32(0))])).toBe(JET_errSuccess);
    expect(ids(x)).toEqual([1, 2, 4, 5, 6, 7, 8]);
    expect(w.api.JetRollback(b.p.ses, 0)).toBe(JET_errSuccess);
    expect(ids(x)).toEqual(ALL);
  });
});

describe('JetSetCursorFilter audit: the cursor\'s own record changes under it', () => {
  it('the current record deleted by the cursor\'s session: moves go to the neighbouring matching records', () => {
    // dir.cxx ErrDIRNext / ErrDIRPrev from the deleted current node; node.cxx ErrNDVisibleToCursor (own delete:
    // invisible) before the filter (bt.cxx 1881-1886, 2295-2300); rec.cxx ErrIsamMove 1010-1013 (after last).
    const x = world();
    const { w } = x;
    expect(setFilter(w, x.t, [positive(x)])).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(seekKey(w, w.ses, x.t, 5, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetDelete(w.ses, x.t)).toBe(JET_errSuccess);
    expect(move(x, JET_MoveNext)).toBe(JET_errSuccess);
    expect(curId(x)).toBe(7);
    expect(move(x, JET_MovePrevious)).toBe(JET_errSuccess);
    expect(curId(x)).toBe(4);
    expect(seekKey(w, w.ses, x.t, 7, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetDelete(w.ses, x.t)).toBe(JET_errSuccess);
    expect(move(x, JET_MoveNext)).toBe(JET_errNoCurrentRecord); // 8 fails the filter
    expect(move(x, JET_MovePrevious)).toBe(JET_errSuccess); // from after the last
    expect(curId(x)).toBe(4);
    expect(ids(x)).toEqual([4]);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    expect(ids(x)).toEqual([4, 5, 7]);
  });

  it('the current record replaced so that it fails: it stays current, and moves from it skip it both ways', () => {
    // JetSetCursorFilter and JetUpdate do not move the cursor; bt.cxx ErrBTNext / ErrBTPrev filter each node they
    // land on (1884-1907, 2298-2322), so the changed record is skipped when coming back to it.
    const x = world();
    const { w } = x;
    expect(setFilter(w, x.t, [positive(x)])).toBe(JET_errSuccess);
    expect(seekKey(w, w.ses, x.t, 5, JET_bitSeekEQ)).toBe(JET_errSuccess);
    replaceCur(w, w.ses, x.t, [[x.n, int32(-1)]]);
    expect(curId(x)).toBe(5);
    expect(intOf(w.api, w.ses, x.t, x.n)).toBe(-1);
    expect(move(x, JET_MovePrevious)).toBe(JET_errSuccess);
    expect(curId(x)).toBe(4);
    expect(move(x, JET_MoveNext)).toBe(JET_errSuccess);
    expect(curId(x)).toBe(7);
    expect(move(x, JET_MovePrevious)).toBe(JET_errSuccess);
    expect(curId(x)).toBe(4);
    expect(seekKey(w, w.ses, x.t, 5, JET_bitSeekEQ)).toBe(JET_errRecordNotFound);
    expect(ids(x)).toEqual([4, 7]);
  });

  it('a rejected current record replaced so that it passes is found by later moves and seeks', () => {
    // The filter is evaluated at each landing (bt.cxx 1884, 2298, 4382) on the record as it is now.
    const x = world();
    const { w } = x;
    expect(seekKey(w, w.ses, x.t, 6, JET_bitSeekEQ)).toBe(JET_errSuccess); // before the filter: 6 (NULL) is current
    expect(setFilter(w, x.t, [positive(x)])).toBe(JET_errSuccess);
    expect(curId(x)).toBe(6);
    replaceCur(w, w.ses, x.t, [[x.n, int32(50)]]);
    expect(move(x, JET_MoveNext)).toBe(JET_errSuccess);
    expect(curId(x)).toBe(7);
    expect(move(x, JET_MovePrevious)).toBe(JET_errSuccess);
    expect(curId(x)).toBe(6);
    expect(seekKey(w, w.ses, x.t, 6, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(ids(x)).toEqual([4, 5, 6, 7]);
  });
});

describe('JetSetCursorFilter audit: seeks, index ranges and counted moves', () => {
  it('SeekEQ | SetIndexRange: a matching key gets its inclusive range; a rejected key is RecordNotFound and no range', () => {
    // rec.cxx ErrIsamSeek: fFoundEqual SeekEQ -> ErrIsamSetIndexRange(Inclusive | UpperLimit) (1434-1449); a rejected
    // exact node is RecordNotFound from bt.cxx ErrBTDown (fDIRExact, 4443-4447), before any range is set.
    // rec.cxx ErrIsamMove 1010-1013: the failed forward move leaves the cursor after the last record.
    const x = world();
    const { w } = x;
    expect(setFilter(w, x.t, [positive(x)])).toBe(JET_errSuccess);
    expect(seekKey(w, w.ses, x.t, 4, JET_bitSeekEQ | JET_bitSetIndexRange)).toBe(JET_errSuccess);
    expect(curId(x)).toBe(4);
    expect(move(x, JET_MoveNext)).toBe(JET_errNoCurrentRecord); // 5 matches but is past the range
    expect(move(x, JET_MovePrevious)).toBe(JET_errSuccess); // after the last: the last matching record
    expect(curId(x)).toBe(7);
    expect(seekKey(w, w.ses, x.t, 3, JET_bitSeekEQ | JET_bitSetIndexRange)).toBe(JET_errRecordNotFound);
    expect(move(x, JET_MoveNext)).toBe(JET_errSuccess);
    expect(curId(x)).toBe(4);
    expect(move(x, JET_MoveNext)).toBe(JET_errSuccess); // no range [3, 3] was set
    expect(curId(x)).toBe(5);
    expect(move(x, JET_MoveNext)).toBe(JET_errSuccess);
    expect(curId(x)).toBe(7);
  });

  it('an upper range: the limit is checked on every landing, rejected or not; the walk then ends after the last', () => {
    // bt.cxx ErrBTNext 1897-1900 (rejected node: ErrFUCBCheckIndexRange), dir.cxx ErrDIRNext CheckRange 977-987;
    // fucb.cxx ErrFUCBCheckIndexRange 345-356 (== limit: out unless inclusive); rec.cxx ErrIsamMove 1010-1013.
    const x = world();
    const { w } = x;
    expect(setFilter(w, x.t, [positive(x)])).toBe(JET_errSuccess);
    const upTo = (limit: number, grbit: number): { seen: Array<number | null>; rc: number } => {
      expect(seekKey(w, w.ses, x.t, 1, JET_bitSeekGE)).toBeGreaterThanOrEqual(0); // lands on 4
      expect(w.api.JetMakeKey(w.ses, x.t, int32(limit), 4, JET_bitNewKey)).toBe(JET_errSuccess);
      expect(w.api.JetSetIndexRange(w.ses, x.t, JET_bitRangeUpperLimit | grbit)).toBe(JET_errSuccess);
      return walk(x, JET_MoveNext);
    };
    expect(upTo(7, JET_bitRangeInclusive)).toEqual({ seen: [4, 5, 7], rc: JET_errNoCurrentRecord });
    expect(upTo(7, 0)).toEqual({ seen: [4, 5], rc: JET_errNoCurrentRecord });
    expect(move(x, JET_MovePrevious)).toBe(JET_errSuccess); // the cursor is after the last record, not after 5
    expect(curId(x)).toBe(7);
    expect(upTo(6, JET_bitRangeInclusive)).toEqual({ seen: [4, 5], rc: JET_errNoCurrentRecord }); // 6 rejected
    expect(upTo(6, 0)).toEqual({ seen: [4, 5], rc: JET_errNoCurrentRecord });
    expect(upTo(5, 0)).toEqual({ seen: [4], rc: JET_errNoCurrentRecord });
    expect(upTo(4, JET_bitRangeInclusive)).toEqual({ seen: [4], rc: JET_errNoCurrentRecord });
    // the range ended with the walk: a later forward walk from 4 goes on to the end
    expect(seekKey(w, w.ses, x.t, 4, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(walk(x, JET_MoveNext)).toEqual({ seen: [4, 5, 7], rc: JET_errNoCurrentRecord });
  });

  it('a lower range walked backwards stops at the limit even when matching records lie below it', () => {
    // bt.cxx ErrBTPrev 2311-2314 (rejected node: lower range check), dir.cxx ErrDIRPrev CheckRange 1170-1180;
    // rec.cxx ErrIsamMove 1015-1018 (a failed backward move: before the first).
    const x = world();
    const { w } = x;
    expect(setFilter(w, x.t, [positive(x)])).toBe(JET_errSuccess);
    const downTo = (limit: number, grbit: number): { seen: Array<number | null>; rc: number } => {
      expect(seekKey(w, w.ses, x.t, 7, JET_bitSeekEQ)).toBe(JET_errSuccess);
      expect(w.api.JetMakeKey(w.ses, x.t, int32(limit), 4, JET_bitNewKey)).toBe(JET_errSuccess);
      expect(w.api.JetSetIndexRange(w.ses, x.t, grbit)).toBe(JET_errSuccess);
      return walk(x, JET_MovePrevious);
    };
    expect(downTo(4, JET_bitRangeInclusive)).toEqual({ seen: [7, 5, 4], rc: JET_errNoCurrentRecord });
    expect(downTo(4, 0)).toEqual({ seen: [7, 5], rc: JET_errNoCurrentRecord });
    expect(move(x, JET_MoveNext)).toBe(JET_errSuccess); // before the first: the first matching record
    expect(curId(x)).toBe(4);
    expect(downTo(6, JET_bitRangeInclusive)).toEqual({ seen: [7], rc: JET_errNoCurrentRecord }); // 6 rejected, 5 below
    expect(downTo(2, JET_bitRangeInclusive)).toEqual({ seen: [7, 5, 4], rc: JET_errNoCurrentRecord });
  });

  it('JetSetIndexRange checks the current record\'s key only, not the filter', () => {
    // rec.cxx ErrIsamSetIndexRange 3879-3880: DIRSetIndexRange + ErrDIRCheckIndexRange on the current key;
    // bt.cxx ErrBTGotoBookmark uses fDIRAllNode (no filter), so the current record may be a rejected one.
    const x = world();
    const { w } = x;
    const bm6 = bookmarkOf(x, 6);
    const bm8 = bookmarkOf(x, 8);
    expect(setFilter(w, x.t, [positive(x)])).toBe(JET_errSuccess);
    gotoBm(x, bm6);
    expect(w.api.JetMakeKey(w.ses, x.t, int32(7), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(w.api.JetSetIndexRange(w.ses, x.t, JET_bitRangeUpperLimit | JET_bitRangeInclusive)).toBe(JET_errSuccess);
    expect(curId(x)).toBe(6);
    expect(walk(x, JET_MoveNext)).toEqual({ seen: [6, 7], rc: JET_errNoCurrentRecord });
    gotoBm(x, bm8);
    expect(w.api.JetMakeKey(w.ses, x.t, int32(7), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(w.api.JetSetIndexRange(w.ses, x.t, JET_bitRangeUpperLimit | JET_bitRangeInclusive)).toBe(JET_errNoCurrentRecord);
    gotoBm(x, bm6);
    expect(w.api.JetMakeKey(w.ses, x.t, int32(6), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(w.api.JetSetIndexRange(w.ses, x.t, JET_bitRangeInclusive)).toBe(JET_errSuccess); // lower limit 6
    expect(move(x, JET_MovePrevious)).toBe(JET_errNoCurrentRecord); // 5 matches but is below the limit
  });

  it('counted moves (and JET_bitMoveKeyNE) count matching records only, from a rejected current record too', () => {
    // rec.cxx ErrIsamMove 878-907 / 932-958: one filtered ErrDIRNext / ErrDIRPrev per row; fDIRNeighborKey only skips
    // equal keys (none on the unique primary index, bt.cxx 1841-1852); 1010-1018: failed moves end after last /
    // before first. bt.cxx ErrBTGotoBookmark (fDIRAllNode) puts the cursor on a rejected record.
    const x = world();
    const { w } = x;
    const bm3 = bookmarkOf(x, 3);
    const bm6 = bookmarkOf(x, 6);
    const bm8 = bookmarkOf(x, 8);
    expect(setFilter(w, x.t, [positive(x)])).toBe(JET_errSuccess); // 4, 5, 7
    gotoBm(x, bm6);
    expect(move(x, 1)).toBe(JET_errSuccess);
    expect(curId(x)).toBe(7);
    gotoBm(x, bm6);
    expect(move(x, -2)).toBe(JET_errSuccess);
    expect(curId(x)).toBe(4);
    gotoBm(x, bm3);
    expect(move(x, 2)).toBe(JET_errSuccess);
    expect(curId(x)).toBe(5);
    gotoBm(x, bm3);
    expect(move(x, -1)).toBe(JET_errNoCurrentRecord);
    expect(move(x, JET_MoveNext)).toBe(JET_errSuccess); // from before the first
    expect(curId(x)).toBe(4);
    gotoBm(x, bm8);
    expect(move(x, -3)).toBe(JET_errSuccess);
    expect(curId(x)).toBe(4);
    gotoBm(x, bm8);
    expect(move(x, 1)).toBe(JET_errNoCurrentRecord);
    expect(move(x, -1)).toBe(JET_errSuccess); // from after the last
    expect(curId(x)).toBe(7);
    // JET_bitMoveKeyNE changes nothing on the unique primary index
    expect(move(x, JET_MoveFirst)).toBe(JET_errSuccess);
    expect(move(x, 2, JET_bitMoveKeyNE)).toBe(JET_errSuccess);
    expect(curId(x)).toBe(7);
    expect(move(x, -2, JET_bitMoveKeyNE)).toBe(JET_errSuccess);
    expect(curId(x)).toBe(4);
    expect(move(x, JET_MoveNext, JET_bitMoveKeyNE)).toBe(JET_errSuccess);
    expect(curId(x)).toBe(5);
    expect(move(x, 3, JET_bitMoveKeyNE)).toBe(JET_errNoCurrentRecord);
    // crow 0 stays refused whatever the grbit
    expect(move(x, 0, JET_bitMoveKeyNE)).toBe(JET_errFilteredMoveNotSupported);
  });
});

describe('JetSetCursorFilter audit: values that come from elsewhere', () => {
  function late(): { w: Isam; t: JET_TABLEID; id: JET_COLUMNID; x: JET_COLUMNID; y: JET_COLUMNID; tg: JET_COLUMNID } {
    const w = isam();
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'late', 0, 100, box)).toBe(JET_errSuccess);
    const tc = box.value;
    const id = addColumn(w.api, w.ses, tc, 'id', { coltyp: JET_coltypLong, grbit: JET_bitColumnFixed });
    const tg = addColumn(w.api, w.ses, tc, 'tg', { coltyp: JET_coltypLong, grbit: JET_bitColumnTagged }, int32(9));
    expect(createIndex(w.api, w.ses, tc, 'primary', JET_bitIndexPrimary | JET_bitIndexUnique, '+id')).toBe(JET_errSuccess);
    for (const i of [1, 2, 3, 4]) insertRow(w, w.ses, tc, [[id, int32(i)], [tg, i === 3 ? int32(5) : null]]);
    expect(w.api.JetCloseTable(w.ses, tc)).toBe(JET_errSuccess);
    // DDL through a deny-read cursor, as tests/isam/lateDefaults.test.ts does
    const ddl = openTable(w.api, self(w), 'late', JET_bitTableDenyRead);
    const x = addColumn(w.api, w.ses, ddl, 'x', { coltyp: JET_coltypLong, grbit: JET_bitColumnFixed }, int32(42));
    const y = addColumn(w.api, w.ses, ddl, 'y', { coltyp: JET_coltypLong, grbit: JET_bitColumnFixed });
    expect(w.api.JetCloseTable(w.ses, ddl)).toBe(JET_errSuccess);
    const t = openTable(w.api, self(w), 'late');
    insertRow(w, w.ses, t, [[id, int32(5)], [x, int32(1)], [y, int32(7)]]);
    return { w, t, id, x, y, tg };
  }

  it('a fixed column added after records exist: the old records are compared by its default (or as NULL)', () => {
    // fldext.cxx ErrRECIRetrieveFixedColumn 343-368: fid > FidFixedLastInRec -> the default (FFIELDDefault), else NULL.
    const l = late();
    const through = (f: JET_INDEX_COLUMN): Array<number | null> => {
      expect(setFilter(l.w, l.t, [f])).toBe(JET_errSuccess);
      return scan(l.w.api, l.w.ses, l.t, l.id);
    };
    expect(through(F(l.x, JET_relopEquals, int32(42)))).toEqual([1, 2, 3, 4]);
    expect(through(F(l.x, JET_relopLessThan, int32(42)))).toEqual([5]);
    expect(through(F(l.x, JET_relopEquals, null))).toEqual([]);
    expect(through(F(l.x, JET_relopGreaterThan, int32(41)))).toEqual([1, 2, 3, 4]);
    expect(through(F(l.y, JET_relopEquals, null))).toEqual([1, 2, 3, 4]);
    expect(through(F(l.y, JET_relopGreaterThan, null))).toEqual([5]);
    expect(through(F(l.y, JET_relopLessThanOrEqual, int32(0)))).toEqual([1, 2, 3, 4]); // NULL is below every value
  });

  it('a tagged column with a default that was never set: the default is the value compared', () => {
    // rec.cxx ErrRECICheckCursorFilter 237-243 (ErrRECRetrieveTaggedColumn, itagSequence 1); tagfld.cxx
    // TAGFIELDS::ErrRetrieveColumn 1726-1770 (no instance, itagSequence 1, FFIELDDefault -> the default value).
    const l = late();
    const through = (f: JET_INDEX_COLUMN): Array<number | null> => {
      expect(setFilter(l.w, l.t, [f])).toBe(JET_errSuccess);
      return scan(l.w.api, l.w.ses, l.t, l.id);
    };
    expect(through(F(l.tg, JET_relopEquals, int32(9)))).toEqual([1, 2, 4, 5]);
    expect(through(F(l.tg, JET_relopEquals, null))).toEqual([]);
    expect(through(F(l.tg, JET_relopNotEquals, null))).toEqual([1, 2, 3, 4, 5]);
    expect(through(F(l.tg, JET_relopLessThan, int32(9)))).toEqual([3]);
    expect(through(F(l.tg, JET_relopBitmaskNotEqualsZero, int32(8)))).toEqual([1, 2, 4, 5]);
  });

  it('autoincrement and version columns: the values the engine stored are compared', () => {
    // recupd.cxx ErrRECIInsert (autoincrement assigned at insert, version 0 at insert), ErrRECIReplace (version + 1);
    // the filter reads the stored record (rec.cxx 244-252).
    const w = isam();
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'c', 0, 100, box)).toBe(JET_errSuccess);
    const tc = box.value;
    const id = addColumn(w.api, w.ses, tc, 'id', { coltyp: JET_coltypLong });
    const n = addColumn(w.api, w.ses, tc, 'n', { coltyp: JET_coltypLong });
    const auto = addColumn(w.api, w.ses, tc, 'auto', { coltyp: JET_coltypLong, grbit: JET_bitColumnAutoincrement });
    const ver = addColumn(w.api, w.ses, tc, 'ver', { coltyp: JET_coltypLong, grbit: JET_bitColumnVersion });
    expect(createIndex(w.api, w.ses, tc, 'primary', JET_bitIndexPrimary | JET_bitIndexUnique, '+id')).toBe(JET_errSuccess);
    for (const i of [3, 1, 4, 2]) insertRow(w, w.ses, tc, [[id, int32(i)]]); // auto: 3 -> 1, 1 -> 2, 4 -> 3, 2 -> 4
    expect(w.api.JetCloseTable(w.ses, tc)).toBe(JET_errSuccess);
    const t = openTable(w.api, self(w), 'c');
    expect(seekKey(w, w.ses, t, 2, JET_bitSeekEQ)).toBe(JET_errSuccess);
    replaceCur(w, w.ses, t, [[n, int32(1)]]);
    replaceCur(w, w.ses, t, [[n, int32(2)]]);
    expect(seekKey(w, w.ses, t, 4, JET_bitSeekEQ)).toBe(JET_errSuccess);
    replaceCur(w, w.ses, t, [[n, int32(1)]]);
    const through = (f: JET_INDEX_COLUMN): Array<number | null> => {
      expect(setFilter(w, t, [f])).toBe(JET_errSuccess);
      return scan(w.api, w.ses, t, id);
    };
    expect(through(F(auto, JET_relopLessThanOrEqual, int32(2)))).toEqual([1, 3]);
    expect(through(F(auto, JET_relopGreaterThan, int32(2)))).toEqual([2, 4]);
    expect(through(F(auto, JET_relopEquals, int32(3)))).toEqual([4]);
    expect(through(F(ver, JET_relopGreaterThan, int32(0)))).toEqual([2, 4]);
    expect(through(F(ver, JET_relopEquals, int32(2)))).toEqual([2]);
    expect(through(F(ver, JET_relopEquals, int32(0)))).toEqual([1, 3]);
    // a replace raises the version: the current record (1) no longer matches "ver == 0"
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, t, id)).toBe(1);
    replaceCur(w, w.ses, t, [[n, int32(5)]]);
    expect(w.api.JetMove(w.ses, t, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, t, id)).toBe(3);
    expect(w.api.JetMove(w.ses, t, JET_MovePrevious, 0)).toBe(JET_errNoCurrentRecord);
  });
});

describe('JetSetCursorFilter audit: the filter\'s lifetime', () => {
  it('the filter is not versioned: a rollback neither removes one set nor restores one removed in the transaction', () => {
    // rec.cxx ErrRECSetCursorFilter / RECAddMoveFilter 123-133 touch only FUCB.pmoveFilterContext; no RCE is made and
    // the only other removal is at close (bt.cxx 773, fucb.cxx 46). The cursor was opened before the transaction.
    const x = world();
    const { w } = x;
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(setFilter(w, x.t, [positive(x)])).toBe(JET_errSuccess);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    expect(ids(x)).toEqual([4, 5, 7]);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(setFilter(w, x.t, null)).toBe(JET_errSuccess);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    expect(ids(x)).toEqual(ALL);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(setFilter(w, x.t, [positive(x)])).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(setFilter(w, x.t, [F(x.n, JET_relopLessThan, int32(0))])).toBe(JET_errSuccess);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    expect(ids(x)).toEqual([1, 2, 6, 8]);
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
    expect(ids(x)).toEqual([1, 2, 6, 8]);
    // a failed call inside a transaction removes the filter for good too (rec.cxx 793-797)
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetSetCursorFilter(w.ses, x.t, [positive(x)], 1, 1)).toBe(JET_errInvalidGrbit);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    expect(ids(x)).toEqual(ALL);
  });

  it('JetDupCursor: the copy has no filter; each cursor\'s filter is its own, and closing one leaves the other', () => {
    // A new FUCB is zeroed (fucb.cxx FUCB::FUCB); nothing copies pmoveFilterContext; bt.cxx 773 / fucb.cxx 46 free
    // only the closed cursor's filter.
    const x = world();
    const { w } = x;
    expect(setFilter(w, x.t, [positive(x)])).toBe(JET_errSuccess);
    const dup = out<JET_TABLEID>();
    expect(w.api.JetDupCursor(w.ses, x.t, dup, 0)).toBe(JET_errSuccess);
    expect(ids(x, dup.value)).toEqual(ALL);
    expect(setFilter(w, dup.value, [F(x.n, JET_relopEquals, null)])).toBe(JET_errSuccess);
    expect(ids(x, dup.value)).toEqual([6]);
    expect(ids(x)).toEqual([4, 5, 7]);
    expect(setFilter(w, x.t, null)).toBe(JET_errSuccess);
    expect(ids(x, dup.value)).toEqual([6]);
    expect(setFilter(w, x.t, [F(x.n, JET_relopLessThan, int32(-1))])).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(w.ses, dup.value)).toBe(JET_errSuccess);
    expect(ids(x)).toEqual([1, 6, 8]);
    // a dup made while the original has a filter has none (crow 0 is not refused) and outlives the original
    const dup2 = out<JET_TABLEID>();
    expect(w.api.JetDupCursor(w.ses, x.t, dup2, 0)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, dup2.value, 0, 0)).not.toBe(JET_errFilteredMoveNotSupported);
    expect(w.api.JetCloseTable(w.ses, x.t)).toBe(JET_errSuccess);
    expect(ids(x, dup2.value)).toEqual(ALL);
  });
});

// ---- fixed types -------------------------------------------------------------------------------------------

interface Types {
  w: Isam;
  t: JET_TABLEID;
  id: JET_COLUMNID;
  s: JET_COLUMNID; us: JET_COLUMNID; ub: JET_COLUMNID; ll: JET_COLUMNID; ull: JET_COLUMNID;
  cur: JET_COLUMNID; f: JET_COLUMNID; dt: JET_COLUMNID;
}

const P62 = 1n << 62n;
const P53_1 = (1n << 53n) + 1n;

/**
 * Table "types" (primary "+id"), row 6 all NULL:
 *   id | s (Short) | us (UShort) | ub (UByte) | ll (LongLong) | ull (ULongLong) | cur (Currency) | f (Single) | dt
 *   1  | -2        | 1           | 0          | -2^62         | 1               | -10000         | -1.5       | -1.5
 *   2  | -1        | 0x8000      | 0x80       | -1            | 2^63            | -1             | -0.0       | -0.0
 *   3  | 0         | 0           | 1          | 0             | 0               | 0              | +0.0       | +0.0
 *   4  | 1         | 0x7fff      | 0x7f       | 2^53 + 1      | 2^64 - 1        | 1              | 2.5        | 2.5
 *   5  | 300       | 0xffff      | 0xff       | 2^62          | 2^63 - 1        | 123456789012   | 1e30       | 1e300
 */
function types(): Types {
  const w = isam();
  const box = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, 'types', 0, 100, box)).toBe(JET_errSuccess);
  const tc = box.value;
  const col = (name: string, def: JET_COLUMNDEF): JET_COLUMNID => addColumn(w.api, w.ses, tc, name, def);
  const c = {
    id: col('id', { coltyp: JET_coltypLong }),
    s: col('s', { coltyp: JET_coltypShort }),
    us: col('us', { coltyp: JET_coltypUnsignedShort }),
    ub: col('ub', { coltyp: JET_coltypUnsignedByte }),
    ll: col('ll', { coltyp: JET_coltypLongLong }),
    ull: col('ull', { coltyp: JET_coltypUnsignedLongLong }),
    cur: col('cur', { coltyp: JET_coltypCurrency }),
    f: col('f', { coltyp: JET_coltypIEEESingle }),
    dt: col('dt', { coltyp: JET_coltypDateTime }),
  };
  expect(createIndex(w.api, w.ses, tc, 'primary', JET_bitIndexPrimary | JET_bitIndexUnique, '+id')).toBe(JET_errSuccess);
  const rows: Array<[number, number, number, number, bigint, bigint, bigint, number, number]> = [
    [1, -2, 1, 0, -P62, 1n, -10000n, -1.5, -1.5],
    [2, -1, 0x8000, 0x80, -1n, 1n << 63n, -1n, -0, -0],
    [3, 0, 0, 1, 0n, 0n, 0n, 0, 0],
    [4, 1, 0x7fff, 0x7f, P53_1, (1n << 64n) - 1n, 1n, 2.5, 2.5],
    [5, 300, 0xffff, 0xff, P62, (1n << 63n) - 1n, 123456789012n, 1e30, 1e300],
  ];
  for (const [i, s, us, ub, ll, ull, cur, f, dt] of rows) {
    insertRow(w, w.ses, tc, [[c.id, int32(i)], [c.s, i16(s)], [c.us, u16(us)], [c.ub, u8(ub)], [c.ll, i64(ll)],
      [c.ull, u64(ull)], [c.cur, i64(cur)], [c.f, f32(f)], [c.dt, f64(dt)]]);
  }
  insertRow(w, w.ses, tc, [[c.id, int32(6)]]);
  expect(w.api.JetCloseTable(w.ses, tc)).toBe(JET_errSuccess);
  return { w, t: openTable(w.api, self(w), 'types'), ...c };
}

function thru(y: Types, ...filters: JET_INDEX_COLUMN[]): Array<number | null> {
  expect(setFilter(y.w, y.t, filters)).toBe(JET_errSuccess);
  return scan(y.w.api, y.w.ses, y.t, y.id);
}

describe('JetSetCursorFilter audit: each fixed type in key order (range relops) and raw bytes (Equals / bitmasks)', () => {
  it('Short: signed order', () => {
    // fldnorm.cxx 484-498 (big-endian, high bit flipped); a NULL value: LT / LE match, GT / GE do not (rec.cxx 368-404).
    const y = types();
    expect(thru(y, F(y.s, JET_relopGreaterThan, i16(0)))).toEqual([4, 5]);
    expect(thru(y, F(y.s, JET_relopGreaterThanOrEqual, i16(-1)))).toEqual([2, 3, 4, 5]);
    expect(thru(y, F(y.s, JET_relopLessThan, i16(0)))).toEqual([1, 2, 6]);
    expect(thru(y, F(y.s, JET_relopLessThanOrEqual, i16(-2)))).toEqual([1, 6]);
    expect(thru(y, F(y.s, JET_relopGreaterThan, i16(255)))).toEqual([5]);
    expect(thru(y, F(y.s, JET_relopEquals, i16(-1)))).toEqual([2]);
    expect(thru(y, F(y.s, JET_relopNotEquals, i16(-1)))).toEqual([1, 3, 4, 5, 6]);
  });

  it('UnsignedShort: unsigned order (0x8000 above 0x7fff)', () => {
    // fldnorm.cxx 500-516 (big-endian, no flip).
    const y = types();
    expect(thru(y, F(y.us, JET_relopGreaterThan, u16(0x7fff)))).toEqual([2, 5]);
    expect(thru(y, F(y.us, JET_relopLessThan, u16(0x8000)))).toEqual([1, 3, 4, 6]);
    expect(thru(y, F(y.us, JET_relopGreaterThanOrEqual, u16(0)))).toEqual([1, 2, 3, 4, 5]);
    expect(thru(y, F(y.us, JET_relopLessThanOrEqual, u16(1)))).toEqual([1, 3, 6]);
    expect(thru(y, F(y.us, JET_relopGreaterThan, u16(0x00ff)))).toEqual([2, 4, 5]);
  });

  it('UnsignedByte: unsigned order', () => {
    // fldnorm.cxx 475-480.
    const y = types();
    expect(thru(y, F(y.ub, JET_relopGreaterThan, u8(0x7f)))).toEqual([2, 5]);
    expect(thru(y, F(y.ub, JET_relopGreaterThanOrEqual, u8(0x7f)))).toEqual([2, 4, 5]);
    expect(thru(y, F(y.ub, JET_relopLessThan, u8(1)))).toEqual([1, 6]);
    expect(thru(y, F(y.ub, JET_relopLessThanOrEqual, u8(0x80)))).toEqual([1, 2, 3, 4, 6]);
    expect(thru(y, F(y.ub, JET_relopEquals, u8(0)))).toEqual([1]);
  });

  it('LongLong: signed 64-bit order, exact beyond 2^53', () => {
    // fldnorm.cxx 555-570 (LongLong / Currency: big-endian, high bit flipped).
    const y = types();
    expect(thru(y, F(y.ll, JET_relopGreaterThan, i64(-1n)))).toEqual([3, 4, 5]);
    expect(thru(y, F(y.ll, JET_relopLessThan, i64(0n)))).toEqual([1, 2, 6]);
    expect(thru(y, F(y.ll, JET_relopGreaterThan, i64(1n << 53n)))).toEqual([4, 5]);
    expect(thru(y, F(y.ll, JET_relopLessThanOrEqual, i64(1n << 53n)))).toEqual([1, 2, 3, 6]);
    expect(thru(y, F(y.ll, JET_relopGreaterThanOrEqual, i64(P53_1)))).toEqual([4, 5]);
    expect(thru(y, F(y.ll, JET_relopLessThan, i64(-P62 + 1n)))).toEqual([1, 6]);
    expect(thru(y, F(y.ll, JET_relopEquals, i64(P53_1)))).toEqual([4]);
    expect(thru(y, F(y.ll, JET_relopEquals, i64(1n << 53n)))).toEqual([]);
  });

  it('UnsignedLongLong: unsigned 64-bit order', () => {
    // fldnorm.cxx 572-588 (big-endian, no flip).
    const y = types();
    expect(thru(y, F(y.ull, JET_relopGreaterThan, u64((1n << 63n) - 1n)))).toEqual([2, 4]);
    expect(thru(y, F(y.ull, JET_relopGreaterThanOrEqual, u64((1n << 63n) - 1n)))).toEqual([2, 4, 5]);
    expect(thru(y, F(y.ull, JET_relopLessThan, u64(2n)))).toEqual([1, 3, 6]);
    expect(thru(y, F(y.ull, JET_relopLessThanOrEqual, u64((1n << 64n) - 2n)))).toEqual([1, 2, 3, 5, 6]);
    expect(thru(y, F(y.ull, JET_relopEquals, u64((1n << 64n) - 1n)))).toEqual([4]);
  });

  it('Currency: signed 64-bit order', () => {
    // fldnorm.cxx 555-570 (the same case as LongLong).
    const y = types();
    expect(thru(y, F(y.cur, JET_relopGreaterThan, i64(-1n)))).toEqual([3, 4, 5]);
    expect(thru(y, F(y.cur, JET_relopLessThan, i64(0n)))).toEqual([1, 2, 6]);
    expect(thru(y, F(y.cur, JET_relopGreaterThanOrEqual, i64(1n)))).toEqual([4, 5]);
    expect(thru(y, F(y.cur, JET_relopLessThanOrEqual, i64(-10000n)))).toEqual([1, 6]);
    expect(thru(y, F(y.cur, JET_relopGreaterThan, i64(1n << 32n)))).toEqual([5]);
    expect(thru(y, F(y.cur, JET_relopNotEquals, i64(0n)))).toEqual([1, 2, 4, 5, 6]);
  });

  it('IEEESingle: float key order (-0.0 below +0.0); Equals on raw bytes (-0.0 is not +0.0)', () => {
    // fldnorm.cxx 592-619 (sign bit set: all bits inverted, else high bit flipped); rec.cxx 297-299 raw FDataEqual.
    const y = types();
    expect(thru(y, F(y.f, JET_relopGreaterThan, f32(-0)))).toEqual([3, 4, 5]);
    expect(thru(y, F(y.f, JET_relopGreaterThanOrEqual, f32(-0)))).toEqual([2, 3, 4, 5]);
    expect(thru(y, F(y.f, JET_relopLessThan, f32(0)))).toEqual([1, 2, 6]);
    expect(thru(y, F(y.f, JET_relopLessThanOrEqual, f32(-1.5)))).toEqual([1, 6]);
    expect(thru(y, F(y.f, JET_relopLessThan, f32(-1)))).toEqual([1, 6]);
    expect(thru(y, F(y.f, JET_relopGreaterThan, f32(1e29)))).toEqual([5]);
    expect(thru(y, F(y.f, JET_relopEquals, f32(0)))).toEqual([3]);
    expect(thru(y, F(y.f, JET_relopEquals, f32(-0)))).toEqual([2]);
    expect(thru(y, F(y.f, JET_relopNotEquals, f32(0)))).toEqual([1, 2, 4, 5, 6]);
  });

  it('DateTime: the double\'s key order (-0.0 below +0.0); Equals on raw bytes', () => {
    // fldnorm.cxx 621-643 (IEEEDouble and DateTime share the case); rec.cxx 297-299.
    const y = types();
    expect(thru(y, F(y.dt, JET_relopGreaterThan, f64(-0)))).toEqual([3, 4, 5]);
    expect(thru(y, F(y.dt, JET_relopLessThan, f64(0)))).toEqual([1, 2, 6]);
    expect(thru(y, F(y.dt, JET_relopLessThan, f64(-1)))).toEqual([1, 6]);
    expect(thru(y, F(y.dt, JET_relopGreaterThanOrEqual, f64(2.5)))).toEqual([4, 5]);
    expect(thru(y, F(y.dt, JET_relopGreaterThan, f64(1e299)))).toEqual([5]);
    expect(thru(y, F(y.dt, JET_relopEquals, f64(-0)))).toEqual([2]);
    expect(thru(y, F(y.dt, JET_relopEquals, f64(0)))).toEqual([3]);
  });

  it('bitmasks work on the raw stored integer: negative values have their sign bits; floats their raw bits', () => {
    // rec.cxx 323-360: (value & mask) as BYTE / USHORT / ULONG / QWORD of the column's size; bitmasks are never
    // normalised (rec.cxx 669-676 lists only Bit and the range relops); a NULL value: EqualsZero matches (405-417).
    const y = types();
    expect(thru(y, F(y.s, JET_relopBitmaskNotEqualsZero, u16(0x8000)))).toEqual([1, 2]);
    expect(thru(y, F(y.s, JET_relopBitmaskEqualsZero, u16(0x0001)))).toEqual([1, 3, 5, 6]);
    expect(thru(y, F(y.s, JET_relopBitmaskNotEqualsZero, u16(0x0100)))).toEqual([1, 2, 5]);
    expect(thru(y, F(y.ll, JET_relopBitmaskNotEqualsZero, u64(1n << 63n)))).toEqual([1, 2]);
    expect(thru(y, F(y.ll, JET_relopBitmaskNotEqualsZero, u64(1n)))).toEqual([2, 4]);
    expect(thru(y, F(y.cur, JET_relopBitmaskEqualsZero, u64(1n << 63n)))).toEqual([3, 4, 5, 6]);
    expect(thru(y, F(y.ub, JET_relopBitmaskNotEqualsZero, u8(0x80)))).toEqual([2, 5]);
    expect(thru(y, F(y.f, JET_relopBitmaskNotEqualsZero, bytesOf(4, (d) => d.setUint32(0, 0x80000000, true)))))
      .toEqual([1, 2]);
    expect(thru(y, F(y.dt, JET_relopBitmaskEqualsZero, u64(1n << 63n)))).toEqual([3, 4, 5, 6]);
  });
});
