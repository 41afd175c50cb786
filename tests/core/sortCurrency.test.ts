/**
 * How a sort read from memory keeps its currency. A temp table opened with
 * JET_bitTTIndexed or JET_bitTTScrollable (not Updatable / ForceMaterialization, a TTKey column, no long-value
 * column) stays an in-memory sort after its insert phase. Its cursor holds three separate things:
 *   - the position ispairCurr (-1 before the first row, 0..n-1 on a row, n after the last);
 *   - the location locLogical (BeforeFirst / OnCurBM / AfterLast);
 *   - kdfCurr, the key and record of the last row LOADED.
 * Rules, from dev/ese/src/ese/ of microsoft/Extensible-Storage-Engine (HEAD line numbers):
 * - sort.cxx SrecToKeydataflags (55-64) is the only writer of kdfCurr; it also sets locLogical = OnCurBM. It is called
 *   by ErrSORTFirst (423), ErrSORTLast (491), ErrSORTNext (562), ErrSORTPrev (621) and ErrSORTSeek (712).
 *   fucb.cxx FUCB::FUCB (27-41) starts kdfCurr empty (Nullify); nothing in the insert phase loads a row.
 * - sortapi.cxx ErrTTSortInsMove (3395) / ErrTTSortInsSeek (3436) end the insert phase with ErrTTEndInsert (3325),
 *   which loads row 0 (ErrSORTFirst, 3357) before the move / seek itself runs.
 * - fldext.cxx ErrRECIGetRecord (7-50) / ErrRECRetrieveColumns (2407-2415): a sort's columns come from kdfCurr.data
 *   when locLogical is OnCurBM, else NoCurrentRecord (the position is not looked at).
 * - sortapi.cxx ErrIsamSortMove (393-464): Move(0) is Success iff 0 <= ispairCurr < ispairMac; Next / Previous are
 *   ErrSORTNext / ErrSORTPrev, repeated |crow| times, stopping at the first error; Previous on a sort that is neither
 *   Scrollable nor Indexed is IllegalOperation. sort.cxx ErrSORTNext (506-578): position+1, LOAD the row, then check an
 *   upper range; past the end: position n, AfterLast, kdfCurr kept. ErrSORTPrev (592-629): from position <= 0,
 *   SORTBeforeFirst (sortapi.hxx 226: position -1, BeforeFirst), kdfCurr kept; else position-1, LOAD, check an upper
 *   range.
 * - sortapi.cxx ErrIsamSortGetBookmark (601-639): cbMax < 4 BufferTooSmall, position out of 0..n-1 NoCurrentRecord,
 *   else the position as a 4-byte LONG. ErrIsamSortGotoBookmark (642-673): not 4 bytes (or no buffer) is
 *   InvalidBookmark, else ispairCurr = the LONG and nothing else changes (locLogical, kdfCurr, the range stay).
 * - fldnorm.cxx ErrIsamRetrieveKey (3553-3646; sortapi.cxx 2678-2680 makes it the sort's function in retail):
 *   JET_bitRetrieveCopy gives the search-key bytes (KeyNotMade when there are none; Success even when truncated);
 *   otherwise a sort (not an index cursor) gives kdfCurr.key whatever the location: no NoCurrentRecord.
 * - sortapi.cxx ErrIsamSortSetIndexRange (357-390): IllegalOperation unless Scrollable|Indexed, KeyNotMade, set the
 *   range, ErrSORTCheckIndexRange, KSReset. sort.cxx ErrSORTCheckIndexRange (849-888) checks kdfCurr.key (fucb.cxx
 *   ErrFUCBCheckIndexRange 331-369, CmpPartialKeyKey 315-328: an empty key compares by length); out of range: the
 *   range is removed, and the cursor goes after the last row (upper: position n) or before the first (lower).
 * - sortapi.cxx ErrIsamSortSeek (468-598) / sort.cxx ErrSORTSeek (647-715): the first row with key >= the search key
 *   (or the last row when all are below) is LOADED; then SeekEQ / GE answer RecordNotFound while ON that row, SeekGT
 *   moves Next and SeekLE / LT move Previous (ErrIsamSortMove) when needed. A seek does not remove a range.
 * - sortapi.cxx ErrIsamSortDupCursor (804-871): the copy has no search key and is moved to the first row.
 */
import {
  out, JET_bitColumnTTKey, JET_bitNewKey, JET_bitRangeInclusive, JET_bitRangeUpperLimit, JET_bitRetrieveCopy,
  JET_bitSeekEQ, JET_bitSeekGE, JET_bitSeekGT, JET_bitSeekLE, JET_bitSeekLT, JET_bitTTIndexed, JET_bitTTScrollable,
  JET_coltypLong, JET_errBufferTooSmall, JET_errIllegalOperation, JET_errInvalidBookmark, JET_errKeyNotMade,
  JET_errNoCurrentRecord, JET_errRecordNotFound, JET_errSuccess, JET_MoveFirst, JET_MoveLast, JET_MoveNext,
  JET_MovePrevious, JET_prepInsert, JET_wrnBufferTruncated,
} from '../../src';
import type { JetApi, JET_COLUMNID, JET_SESID, JET_TABLEID } from '../../src';
import { int32, readInt32, world } from '../support/fixture';

const UPPER_INCL = JET_bitRangeUpperLimit | JET_bitRangeInclusive;
/** The rows every test inserts (in this scrambled order): key k, data k + 1000. */
const KEYS = [30, 10, 50, 20, 40];

interface Sort { api: JetApi; ses: JET_SESID; t: JET_TABLEID; kcol: JET_COLUMNID; dcol: JET_COLUMNID }

/** A sort with a Long TTKey column and a Long data column, filled with `keys` (data = key + 1000). */
function sortOf(grbit: number, keys: number[] = KEYS): Sort {
  const { api, ses } = world();
  const ids: JET_COLUMNID[] = [];
  const tt = out<JET_TABLEID>();
  expect(api.JetOpenTempTable(ses, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }, { coltyp: JET_coltypLong }], 2,
    grbit, tt, ids)).toBe(JET_errSuccess);
  const s = { api, ses, t: tt.value, kcol: ids[0], dcol: ids[1] };
  for (const k of keys) {
    expect(api.JetPrepareUpdate(ses, s.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(api.JetSetColumn(ses, s.t, s.kcol, int32(k), 4, 0, null)).toBe(JET_errSuccess);
    expect(api.JetSetColumn(ses, s.t, s.dcol, int32(k + 1000), 4, 0, null)).toBe(JET_errSuccess);
    expect(api.JetUpdate(ses, s.t, null, 0, null)).toBe(JET_errSuccess);
  }
  return s;
}

/** The normalized key of a non-negative Long: 0x7f, then the value big-endian with its sign bit flipped. */
function nk(v: number): number[] {
  return [0x7f, ((v >>> 24) & 0xff) ^ 0x80, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];
}

/** JetRetrieveColumn of the data column: the data value, or the error. */
function data(s: Sort): number | string {
  const buf = new Uint8Array(4);
  const rc = s.api.JetRetrieveColumn(s.ses, s.t, s.dcol, buf, 4, null, 0, null);
  return rc === JET_errSuccess ? readInt32(buf) : `err ${rc}`;
}

/** JetRetrieveKey (grbit 0 unless given): the key bytes, or the error. */
function rkey(s: Sort, grbit = 0): number[] | string {
  const buf = new Uint8Array(16);
  const cb = out<number>(-1);
  const rc = s.api.JetRetrieveKey(s.ses, s.t, buf, 16, cb, grbit);
  return rc === JET_errSuccess ? [...buf.subarray(0, cb.value)] : `err ${rc}`;
}

/** JetGetBookmark: the position, or the error. */
function bookmark(s: Sort): number | string {
  const buf = new Uint8Array(4);
  const cb = out<number>(0);
  const rc = s.api.JetGetBookmark(s.ses, s.t, buf, 4, cb);
  if (rc !== JET_errSuccess) return `err ${rc}`;
  expect(cb.value).toBe(4);
  return readInt32(buf);
}

const err = (rc: number): string => `err ${rc}`;
const move = (s: Sort, crow: number): number => s.api.JetMove(s.ses, s.t, crow, 0);
const makeKey = (s: Sort, v: number): void => expect(s.api.JetMakeKey(s.ses, s.t, int32(v), 4, JET_bitNewKey)).toBe(JET_errSuccess);
const seek = (s: Sort, v: number, grbit: number): number => { makeKey(s, v); return s.api.JetSeek(s.ses, s.t, grbit); };
const goto = (s: Sort, pos: number): number => s.api.JetGotoBookmark(s.ses, s.t, int32(pos), 4);
const range = (s: Sort, v: number, grbit: number): number => { makeKey(s, v); return s.api.JetSetIndexRange(s.ses, s.t, grbit); };

const READABLE: Array<[string, number]> = [['Indexed', JET_bitTTIndexed], ['Scrollable', JET_bitTTScrollable]];

describe('before any row is loaded', () => {
  it('JetRetrieveKey in the insert phase is Success with an empty key', () => {
    // fucb.cxx FUCB::FUCB: kdfCurr.Nullify(); no insert-phase code loads a row; fldnorm.cxx ErrIsamRetrieveKey copies
    // kdfCurr.key (0 bytes) and sets *pcbActual = 0; the buffer is not written.
    const s = sortOf(JET_bitTTIndexed);
    const buf = new Uint8Array(8).fill(0xaa);
    const cb = out<number>(-1);
    expect(s.api.JetRetrieveKey(s.ses, s.t, buf, 8, cb, 0)).toBe(JET_errSuccess);
    expect(cb.value).toBe(0);
    expect([...buf]).toEqual(new Array(8).fill(0xaa));
    // With RetrieveCopy and no key made yet: KeyNotMade (the search key was nulled at open, sortapi.cxx 312).
    expect(rkey(s, JET_bitRetrieveCopy)).toBe(err(JET_errKeyNotMade));
  });

  it('an empty sort: the key stays empty; an upper range is in range, a lower one is not', () => {
    const s = sortOf(JET_bitTTIndexed, []);
    // sortapi.cxx ErrTTSortInsMove -> ErrTTEndInsert -> ErrSORTFirst: no rows, NoCurrentRecord, nothing loaded.
    expect(move(s, JET_MoveFirst)).toBe(JET_errNoCurrentRecord);
    expect(rkey(s)).toEqual([]); // fldnorm.cxx ErrIsamRetrieveKey: kdfCurr.key, 0 bytes
    expect(move(s, 0)).toBe(JET_errNoCurrentRecord); // sortapi.cxx ErrIsamSortMove: ispairMac == 0
    // fucb.cxx CmpPartialKeyKey: an empty key compares by length (0 - 5 < 0): below the limit.
    expect(range(s, 7, UPPER_INCL)).toBe(JET_errSuccess);
    expect(range(s, 7, JET_bitRangeInclusive)).toBe(JET_errNoCurrentRecord);
  });

  it('a first JetMove(Previous) loads row 0, then steps before it', () => {
    // sortapi.cxx ErrTTSortInsMove: ErrTTEndInsert loads row 0 (ErrSORTFirst), crow -1 is passed on to
    // ErrIsamSortMove; sort.cxx ErrSORTPrev from position 0: SORTBeforeFirst, NoCurrentRecord, kdfCurr kept.
    const s = sortOf(JET_bitTTIndexed);
    expect(move(s, JET_MovePrevious)).toBe(JET_errNoCurrentRecord);
    expect(data(s)).toBe(err(JET_errNoCurrentRecord)); // fldext.cxx: locLogical BeforeFirst
    expect(rkey(s)).toEqual(nk(10)); // kdfCurr = row 0
    expect(move(s, 0)).toBe(JET_errNoCurrentRecord); // position -1
    expect(move(s, JET_MoveNext)).toBe(JET_errSuccess); // -1 -> 0
    expect(data(s)).toBe(1010);
  });

  it('a first JetMove(Previous) on a plain sort is IllegalOperation, but the insert phase ended on row 0', () => {
    // sortapi.cxx ErrTTSortInsMove: ErrTTEndInsert (row 0 loaded) runs first; ErrIsamSortMove refuses Previous on a
    // sort that is neither Scrollable nor Indexed (435-438) before moving.
    const s = sortOf(0);
    expect(move(s, JET_MovePrevious)).toBe(JET_errIllegalOperation);
    expect(data(s)).toBe(1010);
    expect(bookmark(s)).toBe(0);
    expect(move(s, JET_MoveNext)).toBe(JET_errSuccess);
    expect(data(s)).toBe(1020);
  });

  it('a first JetSeek without a key ends the insert phase on row 0, then answers KeyNotMade', () => {
    // sortapi.cxx ErrTTSortInsSeek: ErrTTEndInsert (row 0 loaded) before ErrIsamSortSeek's KeyNotMade check (484).
    const s = sortOf(JET_bitTTIndexed);
    expect(s.api.JetSeek(s.ses, s.t, JET_bitSeekEQ)).toBe(JET_errKeyNotMade);
    expect(data(s)).toBe(1010);
    expect(rkey(s)).toEqual(nk(10));
    expect(move(s, 0)).toBe(JET_errSuccess);
    expect(move(s, JET_MoveNext)).toBe(JET_errSuccess);
    expect(data(s)).toBe(1020);
  });

  it('a first JetSeek on a plain sort is IllegalOperation, with the cursor on row 0', () => {
    // sortapi.cxx ErrTTSortInsSeek then ErrIsamSortSeek (476-479: IllegalOperation unless Scrollable|Indexed).
    const s = sortOf(0);
    expect(seek(s, 40, JET_bitSeekEQ)).toBe(JET_errIllegalOperation);
    expect(data(s)).toBe(1010);
    expect(move(s, JET_MoveNext)).toBe(JET_errSuccess);
    expect(data(s)).toBe(1020);
  });
});

describe.each(READABLE)('moves keep the last row loaded (%s)', (_name, grbit) => {
  it('Next off the end: no current row, the key of the last row, Previous comes back to it', () => {
    const s = sortOf(grbit);
    expect(move(s, JET_MoveLast)).toBe(JET_errSuccess);
    // sort.cxx ErrSORTNext: position n, AfterLast, NoCurrentRecord, kdfCurr kept.
    expect(move(s, JET_MoveNext)).toBe(JET_errNoCurrentRecord);
    expect(data(s)).toBe(err(JET_errNoCurrentRecord)); // fldext.cxx: not OnCurBM
    expect(rkey(s)).toEqual(nk(50)); // fldnorm.cxx ErrIsamRetrieveKey: kdfCurr.key, no NoCurrentRecord
    expect(bookmark(s)).toBe(err(JET_errNoCurrentRecord)); // sortapi.cxx ErrIsamSortGetBookmark: position n
    expect(move(s, 0)).toBe(JET_errNoCurrentRecord); // sortapi.cxx ErrIsamSortMove(0): position n
    expect(move(s, JET_MoveNext)).toBe(JET_errNoCurrentRecord); // stays at n
    expect(rkey(s)).toEqual(nk(50));
    expect(move(s, JET_MovePrevious)).toBe(JET_errSuccess); // sort.cxx ErrSORTPrev: n -> n-1, loaded
    expect(data(s)).toBe(1050);
  });

  it('Previous off the start: no current row, the key of the first row, Next comes back to it', () => {
    const s = sortOf(grbit);
    expect(move(s, JET_MoveFirst)).toBe(JET_errSuccess);
    expect(move(s, JET_MoveNext)).toBe(JET_errSuccess);
    expect(move(s, JET_MovePrevious)).toBe(JET_errSuccess);
    // sort.cxx ErrSORTPrev from position 0: SORTBeforeFirst, NoCurrentRecord, kdfCurr kept (row 0).
    expect(move(s, JET_MovePrevious)).toBe(JET_errNoCurrentRecord);
    expect(data(s)).toBe(err(JET_errNoCurrentRecord));
    expect(rkey(s)).toEqual(nk(10));
    expect(bookmark(s)).toBe(err(JET_errNoCurrentRecord)); // position -1
    expect(move(s, JET_MovePrevious)).toBe(JET_errNoCurrentRecord);
    expect(rkey(s)).toEqual(nk(10));
    expect(move(s, JET_MoveNext)).toBe(JET_errSuccess); // -1 -> 0
    expect(data(s)).toBe(1010);
  });

  it('counted moves load every row on the way and stop at the first error', () => {
    // sortapi.cxx ErrIsamSortMove: ErrSORTNext / ErrSORTPrev |crow| times, break on error (418-425, 440-445).
    const s = sortOf(grbit);
    expect(move(s, JET_MoveLast)).toBe(JET_errSuccess); // kdfCurr = row 50
    expect(goto(s, 1)).toBe(JET_errSuccess);
    expect(move(s, -3)).toBe(JET_errNoCurrentRecord); // 1 -> 0 (row 10 loaded) -> before the first
    expect(rkey(s)).toEqual(nk(10));
    expect(move(s, JET_MoveNext)).toBe(JET_errSuccess);
    expect(data(s)).toBe(1010);
    expect(goto(s, 3)).toBe(JET_errSuccess);
    expect(move(s, 3)).toBe(JET_errNoCurrentRecord); // 3 -> 4 (row 50 loaded) -> after the last
    expect(rkey(s)).toEqual(nk(50));
    expect(move(s, -2)).toBe(JET_errSuccess); // 5 -> 4 -> 3
    expect(data(s)).toBe(1040);
  });
});

describe.each(READABLE)('JetGotoBookmark sets the position only (%s)', (_name, grbit) => {
  it('the retrieve still reads the row loaded before; bookmark, Move(0) and moves use the new position', () => {
    const s = sortOf(grbit);
    expect(move(s, JET_MoveFirst)).toBe(JET_errSuccess);
    expect(move(s, JET_MoveNext)).toBe(JET_errSuccess);
    const bm = new Uint8Array(4);
    const cb = out<number>(0);
    expect(s.api.JetGetBookmark(s.ses, s.t, bm, 4, cb)).toBe(JET_errSuccess);
    expect([...bm]).toEqual([1, 0, 0, 0]); // sortapi.cxx ErrIsamSortGetBookmark: the position as a LONG
    expect(cb.value).toBe(4);
    expect(move(s, JET_MoveLast)).toBe(JET_errSuccess);
    // sortapi.cxx ErrIsamSortGotoBookmark: ispairCurr = 1, kdfCurr / locLogical untouched.
    expect(s.api.JetGotoBookmark(s.ses, s.t, bm, 4)).toBe(JET_errSuccess);
    expect(data(s)).toBe(1050); // fldext.cxx: kdfCurr.data, still row 50
    expect(rkey(s)).toEqual(nk(50)); // fldnorm.cxx: kdfCurr.key
    expect(bookmark(s)).toBe(1); // the position
    expect(move(s, 0)).toBe(JET_errSuccess); // 0 <= 1 < 5
    expect(move(s, JET_MoveNext)).toBe(JET_errSuccess); // sort.cxx ErrSORTNext: 1 -> 2, loaded
    expect(data(s)).toBe(1030);
    expect(rkey(s)).toEqual(nk(30));
  });

  it('Previous after a goto loads position-1; from position 0 it goes before the first, keeping the old row', () => {
    const s = sortOf(grbit);
    expect(move(s, JET_MoveLast)).toBe(JET_errSuccess);
    expect(goto(s, 3)).toBe(JET_errSuccess);
    expect(data(s)).toBe(1050);
    expect(move(s, JET_MovePrevious)).toBe(JET_errSuccess); // sort.cxx ErrSORTPrev: 3 -> 2, loaded
    expect(data(s)).toBe(1030);
    expect(goto(s, 0)).toBe(JET_errSuccess);
    expect(move(s, JET_MovePrevious)).toBe(JET_errNoCurrentRecord); // position 0: SORTBeforeFirst, kdfCurr kept
    expect(rkey(s)).toEqual(nk(30));
    expect(data(s)).toBe(err(JET_errNoCurrentRecord));
    expect(move(s, JET_MoveNext)).toBe(JET_errSuccess);
    expect(data(s)).toBe(1010);
  });

  it('from after the last row a goto gives a position but no current row to read', () => {
    const s = sortOf(grbit);
    expect(move(s, JET_MoveLast)).toBe(JET_errSuccess);
    expect(move(s, JET_MoveNext)).toBe(JET_errNoCurrentRecord); // AfterLast, kdfCurr = row 50
    expect(goto(s, 1)).toBe(JET_errSuccess);
    expect(data(s)).toBe(err(JET_errNoCurrentRecord)); // fldext.cxx: locLogical is still AfterLast
    expect(move(s, 0)).toBe(JET_errSuccess); // sortapi.cxx ErrIsamSortMove(0) looks at the position only
    expect(bookmark(s)).toBe(1);
    expect(rkey(s)).toEqual(nk(50));
    expect(move(s, JET_MoveNext)).toBe(JET_errSuccess); // 1 -> 2
    expect(data(s)).toBe(1030);
  });

  it('from before the first row likewise', () => {
    const s = sortOf(grbit);
    expect(move(s, JET_MoveFirst)).toBe(JET_errSuccess);
    expect(move(s, JET_MovePrevious)).toBe(JET_errNoCurrentRecord); // BeforeFirst, kdfCurr = row 10
    expect(goto(s, 3)).toBe(JET_errSuccess);
    expect(data(s)).toBe(err(JET_errNoCurrentRecord));
    expect(move(s, 0)).toBe(JET_errSuccess);
    expect(bookmark(s)).toBe(3);
    expect(rkey(s)).toEqual(nk(10));
    expect(move(s, JET_MovePrevious)).toBe(JET_errSuccess); // 3 -> 2
    expect(data(s)).toBe(1030);
  });

  it('a bookmark that is not 4 bytes is InvalidBookmark and changes nothing', () => {
    // sortapi.cxx ErrIsamSortGotoBookmark 660-664 (before the position is written).
    const s = sortOf(grbit);
    expect(move(s, JET_MoveFirst)).toBe(JET_errSuccess);
    expect(move(s, JET_MoveNext)).toBe(JET_errSuccess);
    expect(s.api.JetGotoBookmark(s.ses, s.t, new Uint8Array([3, 0, 0]), 3)).toBe(JET_errInvalidBookmark);
    expect(s.api.JetGotoBookmark(s.ses, s.t, new Uint8Array([3, 0, 0, 0, 0]), 5)).toBe(JET_errInvalidBookmark);
    expect(s.api.JetGotoBookmark(s.ses, s.t, new Uint8Array(0), 0)).toBe(JET_errInvalidBookmark);
    expect(s.api.JetGotoBookmark(s.ses, s.t, null, 0)).toBe(JET_errInvalidBookmark);
    expect(bookmark(s)).toBe(1);
    expect(data(s)).toBe(1020);
    // sortapi.cxx ErrIsamSortGetBookmark: cbMax < 4 is BufferTooSmall (619), checked before the position.
    expect(s.api.JetGetBookmark(s.ses, s.t, new Uint8Array(3), 3, null)).toBe(JET_errBufferTooSmall);
  });
});

describe.each(READABLE)('index ranges check the last row loaded (%s)', (_name, grbit) => {
  it('walking off an upper range loads the first row beyond the limit, then goes after the last row', () => {
    const s = sortOf(grbit);
    expect(seek(s, 20, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(range(s, 30, UPPER_INCL)).toBe(JET_errSuccess);
    expect(move(s, JET_MoveNext)).toBe(JET_errSuccess);
    expect(data(s)).toBe(1030);
    // sort.cxx ErrSORTNext loads row 40 (562) before ErrSORTCheckIndexRange (567): out of range, position n,
    // AfterLast, the range removed.
    expect(move(s, JET_MoveNext)).toBe(JET_errNoCurrentRecord);
    expect(rkey(s)).toEqual(nk(40));
    expect(data(s)).toBe(err(JET_errNoCurrentRecord));
    expect(move(s, 0)).toBe(JET_errNoCurrentRecord);
    expect(bookmark(s)).toBe(err(JET_errNoCurrentRecord));
    // From position n, Previous lands on the last row of the sort; the range is gone (row 50 is above it).
    expect(move(s, JET_MovePrevious)).toBe(JET_errSuccess);
    expect(data(s)).toBe(1050);
    expect(move(s, JET_MovePrevious)).toBe(JET_errSuccess);
    expect(data(s)).toBe(1040);
  });

  it('an exclusive upper limit equal to a row stops on that row, whose key is then kept', () => {
    // fucb.cxx ErrFUCBCheckIndexRange: cmp == 0 is out of range when not inclusive.
    const s = sortOf(grbit);
    expect(move(s, JET_MoveFirst)).toBe(JET_errSuccess);
    expect(range(s, 30, JET_bitRangeUpperLimit)).toBe(JET_errSuccess);
    expect(move(s, JET_MoveNext)).toBe(JET_errSuccess);
    expect(data(s)).toBe(1020);
    expect(move(s, JET_MoveNext)).toBe(JET_errNoCurrentRecord);
    expect(rkey(s)).toEqual(nk(30));
  });

  it('from after the last row, an upper limit at or above the last row is in range and the cursor stays put', () => {
    const s = sortOf(grbit);
    expect(move(s, JET_MoveLast)).toBe(JET_errSuccess);
    expect(move(s, JET_MoveNext)).toBe(JET_errNoCurrentRecord); // AfterLast, kdfCurr = row 50
    // sort.cxx ErrSORTCheckIndexRange checks kdfCurr.key (50) whatever the location.
    expect(range(s, 60, UPPER_INCL)).toBe(JET_errSuccess);
    expect(data(s)).toBe(err(JET_errNoCurrentRecord));
    expect(move(s, 0)).toBe(JET_errNoCurrentRecord);
    expect(range(s, 50, UPPER_INCL)).toBe(JET_errSuccess);
    expect(move(s, 0)).toBe(JET_errNoCurrentRecord);
    expect(move(s, JET_MovePrevious)).toBe(JET_errSuccess); // n -> n-1, row 50 <= 50
    expect(data(s)).toBe(1050);
  });

  it('from after the last row, an upper limit below the last row is out of range', () => {
    const s = sortOf(grbit);
    expect(move(s, JET_MoveLast)).toBe(JET_errSuccess);
    expect(move(s, JET_MoveNext)).toBe(JET_errNoCurrentRecord);
    expect(range(s, 50, JET_bitRangeUpperLimit)).toBe(JET_errNoCurrentRecord); // cmp 0, exclusive
    expect(range(s, 40, UPPER_INCL)).toBe(JET_errNoCurrentRecord);
    expect(rkey(s)).toEqual(nk(50));
    // The range was removed (fucb.cxx FUCBResetLimstat) and the cursor is after the last row: Previous gives 50.
    expect(move(s, JET_MovePrevious)).toBe(JET_errSuccess);
    expect(data(s)).toBe(1050);
  });

  it('from before the first row, an upper range set there is walked from the first row', () => {
    const s = sortOf(grbit);
    expect(move(s, JET_MoveFirst)).toBe(JET_errSuccess);
    expect(move(s, JET_MovePrevious)).toBe(JET_errNoCurrentRecord); // BeforeFirst, kdfCurr = row 10
    expect(range(s, 20, UPPER_INCL)).toBe(JET_errSuccess); // 10 <= 20
    expect(data(s)).toBe(err(JET_errNoCurrentRecord)); // still before the first row
    expect(move(s, 0)).toBe(JET_errNoCurrentRecord);
    const seen: number[] = [];
    while (move(s, JET_MoveNext) === JET_errSuccess) seen.push(data(s) as number);
    expect(seen).toEqual([1010, 1020]);
    expect(rkey(s)).toEqual(nk(30)); // the first row beyond the limit was loaded
  });

  it('from before the first row, a lower limit is checked against the first row', () => {
    const s = sortOf(grbit);
    expect(move(s, JET_MoveFirst)).toBe(JET_errSuccess);
    expect(move(s, JET_MovePrevious)).toBe(JET_errNoCurrentRecord); // kdfCurr = row 10
    expect(range(s, 10, JET_bitRangeInclusive)).toBe(JET_errSuccess);
    expect(range(s, 10, 0)).toBe(JET_errNoCurrentRecord); // cmp 0, exclusive: out, SORTBeforeFirst
    expect(range(s, 15, JET_bitRangeInclusive)).toBe(JET_errNoCurrentRecord); // 10 < 15
    expect(move(s, JET_MoveNext)).toBe(JET_errSuccess); // from position -1
    expect(data(s)).toBe(1010);
  });

  it('out of range on a row: an upper range goes after the last row, a lower one before the first', () => {
    const s = sortOf(grbit);
    expect(seek(s, 30, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(range(s, 20, UPPER_INCL)).toBe(JET_errNoCurrentRecord);
    expect(data(s)).toBe(err(JET_errNoCurrentRecord)); // sort.cxx ErrSORTCheckIndexRange: AfterLast
    expect(rkey(s)).toEqual(nk(30)); // kdfCurr untouched
    expect(move(s, 0)).toBe(JET_errNoCurrentRecord); // position n
    // sortapi.cxx ErrIsamSortSetIndexRange: KSReset whatever the result.
    expect(s.api.JetSetIndexRange(s.ses, s.t, UPPER_INCL)).toBe(JET_errKeyNotMade);
    expect(move(s, JET_MovePrevious)).toBe(JET_errSuccess);
    expect(data(s)).toBe(1050);

    expect(seek(s, 30, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(range(s, 40, JET_bitRangeInclusive)).toBe(JET_errNoCurrentRecord); // lower: SORTBeforeFirst
    expect(data(s)).toBe(err(JET_errNoCurrentRecord));
    expect(rkey(s)).toEqual(nk(30));
    expect(move(s, JET_MoveNext)).toBe(JET_errSuccess); // -1 -> 0
    expect(data(s)).toBe(1010);
  });

  it('after a goto, the range checks the row loaded before; the next backward move checks the new row', () => {
    const s = sortOf(grbit);
    expect(move(s, JET_MoveFirst)).toBe(JET_errSuccess); // kdfCurr = row 10
    expect(goto(s, 4)).toBe(JET_errSuccess); // position of row 50
    expect(range(s, 20, UPPER_INCL)).toBe(JET_errSuccess); // checks 10, not 50
    expect(data(s)).toBe(1010);
    expect(bookmark(s)).toBe(4);
    // sort.cxx ErrSORTPrev: 4 -> 3, row 40 loaded, then the upper range is checked: out, position n, range removed.
    expect(move(s, JET_MovePrevious)).toBe(JET_errNoCurrentRecord);
    expect(rkey(s)).toEqual(nk(40));
    expect(move(s, 0)).toBe(JET_errNoCurrentRecord);
    expect(move(s, JET_MovePrevious)).toBe(JET_errSuccess);
    expect(data(s)).toBe(1050);
  });

  it('after a goto to row 0 from the last row, an upper range below the last row fails and goes after the last', () => {
    const s = sortOf(grbit);
    expect(move(s, JET_MoveLast)).toBe(JET_errSuccess); // kdfCurr = row 50
    expect(goto(s, 0)).toBe(JET_errSuccess);
    expect(range(s, 20, UPPER_INCL)).toBe(JET_errNoCurrentRecord); // checks 50
    expect(move(s, 0)).toBe(JET_errNoCurrentRecord); // position n, not 0
    expect(move(s, JET_MovePrevious)).toBe(JET_errSuccess);
    expect(data(s)).toBe(1050);
  });
});

describe.each(READABLE)('seeks load the row they land on (%s)', (_name, grbit) => {
  it('a SeekEQ that finds no equal row answers RecordNotFound, on the next greater row', () => {
    // sort.cxx ErrSORTSeek: the first row >= 25 (30) is loaded, wrnNDFoundGreater; sortapi.cxx ErrIsamSortSeek
    // SeekEQ turns it into RecordNotFound without moving.
    const s = sortOf(grbit);
    expect(move(s, JET_MoveLast)).toBe(JET_errSuccess);
    expect(seek(s, 25, JET_bitSeekEQ)).toBe(JET_errRecordNotFound);
    expect(data(s)).toBe(1030);
    expect(rkey(s)).toEqual(nk(30));
    expect(move(s, 0)).toBe(JET_errSuccess);
    expect(bookmark(s)).toBe(2);
    expect(move(s, JET_MovePrevious)).toBe(JET_errSuccess);
    expect(data(s)).toBe(1020);
    expect(seek(s, 25, JET_bitSeekEQ)).toBe(JET_errRecordNotFound);
    expect(move(s, JET_MoveNext)).toBe(JET_errSuccess);
    expect(data(s)).toBe(1040);
  });

  it('a SeekEQ / SeekGE / SeekGT above every row answers RecordNotFound, on the last row', () => {
    // sort.cxx ErrSORTSeek: no row >= key: position n-1, loaded, wrnNDFoundLess -> RecordNotFound (EQ, GE, GT).
    for (const g of [JET_bitSeekEQ, JET_bitSeekGE, JET_bitSeekGT]) {
      const s = sortOf(grbit);
      expect(move(s, JET_MoveFirst)).toBe(JET_errSuccess);
      expect(seek(s, 60, g)).toBe(JET_errRecordNotFound);
      expect(data(s)).toBe(1050);
      expect(bookmark(s)).toBe(4);
      expect(move(s, JET_MovePrevious)).toBe(JET_errSuccess);
      expect(data(s)).toBe(1040);
    }
  });

  it('a SeekGT on the last key loads it, then moves after the last row', () => {
    // sortapi.cxx ErrIsamSortSeek SeekGT: exact -> ErrIsamSortMove(Next) -> NoCurrentRecord -> RecordNotFound.
    const s = sortOf(grbit);
    expect(move(s, JET_MoveFirst)).toBe(JET_errSuccess);
    expect(seek(s, 50, JET_bitSeekGT)).toBe(JET_errRecordNotFound);
    expect(data(s)).toBe(err(JET_errNoCurrentRecord));
    expect(rkey(s)).toEqual(nk(50));
    expect(move(s, 0)).toBe(JET_errNoCurrentRecord);
    expect(move(s, JET_MovePrevious)).toBe(JET_errSuccess);
    expect(data(s)).toBe(1050);
  });

  it('a SeekLT / SeekLE below the first row loads row 0, then moves before it', () => {
    // sortapi.cxx ErrIsamSortSeek SeekLT (exact or greater) / SeekLE (greater): ErrIsamSortMove(Previous) from
    // position 0 -> SORTBeforeFirst -> RecordNotFound; kdfCurr = row 0, loaded by the seek.
    for (const [v, g] of [[10, JET_bitSeekLT], [5, JET_bitSeekLT], [5, JET_bitSeekLE]]) {
      const s = sortOf(grbit);
      expect(move(s, JET_MoveLast)).toBe(JET_errSuccess);
      expect(seek(s, v, g)).toBe(JET_errRecordNotFound);
      expect(data(s)).toBe(err(JET_errNoCurrentRecord));
      expect(rkey(s)).toEqual(nk(10));
      expect(move(s, 0)).toBe(JET_errNoCurrentRecord);
      expect(move(s, JET_MoveNext)).toBe(JET_errSuccess);
      expect(data(s)).toBe(1010);
    }
  });

  it('a seek with no key made leaves the cursor where it was', () => {
    // sortapi.cxx ErrIsamSortSeek: KeyNotMade (484-487) before ErrSORTSeek.
    const s = sortOf(grbit);
    expect(move(s, JET_MoveFirst)).toBe(JET_errSuccess);
    expect(move(s, JET_MoveNext)).toBe(JET_errSuccess);
    expect(s.api.JetSeek(s.ses, s.t, JET_bitSeekGE)).toBe(JET_errKeyNotMade);
    expect(data(s)).toBe(1020);
    expect(bookmark(s)).toBe(1);
  });

  it('a seek does not remove an upper range: the next backward move still checks it', () => {
    // sortapi.cxx ErrIsamSortSeek / sort.cxx ErrSORTSeek never reset the range (only ErrSORTFirst / ErrSORTLast do).
    const s = sortOf(grbit);
    expect(move(s, JET_MoveFirst)).toBe(JET_errSuccess);
    expect(range(s, 30, UPPER_INCL)).toBe(JET_errSuccess);
    expect(seek(s, 50, JET_bitSeekEQ)).toBe(JET_errSuccess); // no range check in a seek that does not move
    expect(data(s)).toBe(1050);
    expect(move(s, JET_MovePrevious)).toBe(JET_errNoCurrentRecord); // row 40 loaded, above 30
    expect(rkey(s)).toEqual(nk(40));
    expect(move(s, JET_MovePrevious)).toBe(JET_errSuccess); // from position n; range removed
    expect(data(s)).toBe(1050);
  });
});

describe('JetRetrieveKey with JET_bitRetrieveCopy does not depend on the row', () => {
  it('gives the key made, even after the seek and the walk that used it', () => {
    // fldnorm.cxx ErrIsamRetrieveKey: RetrieveCopy copies dataSearchKey; a seek only does KSReset (sortapi.cxx 502),
    // so the bytes stay; Success even when truncated (*pcbActual = the full size).
    const s = sortOf(JET_bitTTIndexed);
    expect(seek(s, 20, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(rkey(s, JET_bitRetrieveCopy)).toEqual(nk(20));
    expect(move(s, JET_MoveLast)).toBe(JET_errSuccess);
    expect(move(s, JET_MoveNext)).toBe(JET_errNoCurrentRecord);
    expect(rkey(s, JET_bitRetrieveCopy)).toEqual(nk(20));
    expect(rkey(s)).toEqual(nk(50));
    const buf = new Uint8Array(2);
    const cb = out<number>(0);
    expect(s.api.JetRetrieveKey(s.ses, s.t, buf, 2, cb, JET_bitRetrieveCopy)).toBe(JET_errSuccess);
    expect(cb.value).toBe(5);
    expect([...buf]).toEqual(nk(20).slice(0, 2));
    // Without RetrieveCopy a short buffer is wrnBufferTruncated (fldnorm.cxx 3621-3626), on the kept row too.
    expect(s.api.JetRetrieveKey(s.ses, s.t, buf, 2, cb, 0)).toBe(JET_wrnBufferTruncated);
    expect(cb.value).toBe(5);
    expect([...buf]).toEqual(nk(50).slice(0, 2));
  });
});

describe('JetDupCursor', () => {
  it('the copy is on the first row with no key made; the original keeps its currency', () => {
    // sortapi.cxx ErrIsamSortDupCursor: search key nulled (835), ErrIsamSortMove(MoveFirst) on the copy.
    const s = sortOf(JET_bitTTIndexed);
    expect(move(s, JET_MoveLast)).toBe(JET_errSuccess);
    expect(move(s, JET_MoveNext)).toBe(JET_errNoCurrentRecord);
    makeKey(s, 30);
    const dup = out<JET_TABLEID>();
    expect(s.api.JetDupCursor(s.ses, s.t, dup, 0)).toBe(JET_errSuccess);
    const d: Sort = { ...s, t: dup.value };
    expect(data(d)).toBe(1010);
    expect(rkey(d)).toEqual(nk(10));
    expect(rkey(d, JET_bitRetrieveCopy)).toBe(err(JET_errKeyNotMade));
    expect(data(s)).toBe(err(JET_errNoCurrentRecord));
    expect(rkey(s)).toEqual(nk(50));
    expect(rkey(s, JET_bitRetrieveCopy)).toEqual(nk(30));
    expect(move(s, JET_MovePrevious)).toBe(JET_errSuccess);
    expect(data(s)).toBe(1050);
  });
});
