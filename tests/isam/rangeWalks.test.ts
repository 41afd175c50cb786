/**
 * The reader loops real clients write over index ranges (ese-clients.md): seek, a second key (often with a key-limit
 * grbit), JetSetIndexRange, then JetMove until NoCurrentRecord; lower-limit ranges walked backwards; JetDelete inside
 * the loop; MoveKeyNE and counted moves inside a range; RangeInstantDuration / RangeRemove; JetIndexRecordCount.
 *
 * Every expectation comes from the engine's source (dev/ese/src/ese/, microsoft/Extensible-Storage-Engine):
 * - dir.cxx ErrDIRNext / ErrDIRPrev (label CheckRange): an upper range is checked only on forward moves, a lower range
 *   only on backward moves, each against the entry the move landed on.
 * - fucb.cxx ErrFUCBCheckIndexRange: the entry's key (the index key only, not the primary bookmark) is compared
 *   bytewise with the made key; outside the range it resets the range (FUCBResetLimstat) and answers NoCurrentRecord;
 *   dir.cxx ErrDIRICheckIndexRange then puts the index cursor after the last entry (upper) or before the first (lower).
 * - rec.cxx ErrIsamMove: JET_MoveFirst / JET_MoveLast reset the range (DIRResetIndexRange) and go to the first / last
 *   entry of the whole index; a failed forward (backward) move leaves the table and index cursors after-last
 *   (before-first).
 * - rec.cxx ErrIsamSetIndexRange: RangeRemove first (InvalidOperation when no range, else reset, position kept), then
 *   KeyNotMade, then the range is set and the current entry checked (dir.cxx ErrDIRCheckIndexRange), the made key is
 *   consumed (KSReset), and RangeInstantDuration resets the range again.
 * - rec.cxx ErrIsamSeek: a seek resets the range; SeekEQ | SetIndexRange sets an inclusive upper range on the seek key.
 * - fldnorm.cxx: cp-1252 text keys are upper-cased and 0-terminated (_osu/normu.cxx ErrUtilNormText); a Long key is
 *   0x7f + 4 big-endian bytes with the sign bit flipped; FullColumnEndLimit pads the key space with 0xff after the
 *   segment (FLDISetFullColumnLimit); PartialColumnEndLimit / SubStrLimit on text strip the terminator and pad with 0xff
 *   (FLDISetPartialColumnLimitOnTextColumn); ErrIsamMakeKey refuses a Partial*Limit on a fixed non-text column
 *   (InvalidGrbit).
 * - dir.cxx ErrDIRIndexRecordCount: counts from the current entry to the range's end or the index's end, then resets
 *   the range (FUCBResetLimstat) and goes back to the entry it started from.
 */
import {
  JET_bitFullColumnEndLimit, JET_bitMoveKeyNE, JET_bitNewKey, JET_bitPartialColumnEndLimit, JET_bitRangeInclusive,
  JET_bitRangeInstantDuration, JET_bitRangeRemove, JET_bitRangeUpperLimit, JET_bitSeekEQ, JET_bitSeekGE, JET_bitSeekLE,
  JET_bitSetIndexRange, JET_bitSubStrLimit, JET_errInvalidGrbit, JET_errInvalidOperation, JET_errKeyNotMade,
  JET_errNoCurrentRecord, JET_errRecordDeleted, JET_errSuccess, JET_MoveFirst, JET_MoveLast, JET_MoveNext,
  JET_MovePrevious, JET_wrnSeekNotEqual, out,
} from '../../src';
import {
  ascii, createIndex, createPeople, fill, int32, intOf, isam, retrieve, scan, self,
} from '../support/isam';
import type { Isam, People } from '../support/isam';

const UPPER_INCL = JET_bitRangeUpperLimit | JET_bitRangeInclusive;

/**
 * people (primary "+id") with rows [id, name, age]:
 *   1 al 10, 2 bo 20, 3 bob 20, 4 bo 30, 5 cy 20, 6 b 40, 7 dee 30, 8 bo 50, 9 eve 10.
 * ageUp "+age" (non-unique, duplicates in primary-key order): 10:[1,9] 20:[2,3,5] 30:[4,7] 40:[6] 50:[8].
 * byName "+name" (cp 1252, keys upper-cased): AL[1] B[6] BO[2,4,8] BOB[3] CY[5] DEE[7] EVE[9].
 */
interface X { w: Isam; p: People }

function world(): X {
  const w = isam();
  const p = createPeople(w.api, self(w));
  expect(createIndex(w.api, w.ses, p.tableid, 'ageUp', 0, '+age')).toBe(JET_errSuccess);
  fill(w.api, w.ses, p, [
    [5, 'cy', 20], [1, 'al', 10], [8, 'bo', 50], [3, 'bob', 20], [9, 'eve', 10],
    [2, 'bo', 20], [7, 'dee', 30], [4, 'bo', 30], [6, 'b', 40],
  ]);
  return { w, p };
}

function index(x: X, name: string | null): void {
  expect(x.w.api.JetSetCurrentIndex(x.w.ses, x.p.tableid, name)).toBe(JET_errSuccess);
}

function bytes(v: number | string): Uint8Array {
  return typeof v === 'number' ? int32(v) : ascii(v);
}

function makeKey(x: X, v: number | string, grbit = 0): number {
  const b = bytes(v);
  return x.w.api.JetMakeKey(x.w.ses, x.p.tableid, b, b.length, JET_bitNewKey | grbit);
}

function key(x: X, v: number | string, grbit = 0): void {
  expect(makeKey(x, v, grbit)).toBe(JET_errSuccess);
}

function seek(x: X, v: number | string, grbit: number): number {
  key(x, v);
  return x.w.api.JetSeek(x.w.ses, x.p.tableid, grbit);
}

function range(x: X, grbit: number): number {
  return x.w.api.JetSetIndexRange(x.w.ses, x.p.tableid, grbit);
}

function move(x: X, crow: number, grbit = 0): number {
  return x.w.api.JetMove(x.w.ses, x.p.tableid, crow, grbit);
}

function cur(x: X): number | null {
  return intOf(x.w.api, x.w.ses, x.p.tableid, x.p.id);
}

function curRc(x: X): number {
  return retrieve(x.w.api, x.w.ses, x.p.tableid, x.p.id).rc;
}

/** The current id, then every id JetMove(dir) reaches; the move that stops must be NoCurrentRecord. */
function walk(x: X, dir = JET_MoveNext): Array<number | null> {
  const seen: Array<number | null> = [cur(x)];
  let rc: number;
  while ((rc = move(x, dir)) === JET_errSuccess) seen.push(cur(x));
  expect(rc).toBe(JET_errNoCurrentRecord);
  return seen;
}

function count(x: X, max = 0): number {
  const n = out<number>(0);
  expect(x.w.api.JetIndexRecordCount(x.w.ses, x.p.tableid, n, max)).toBe(JET_errSuccess);
  return n.value;
}

describe('upper-limit ranges walked with JetMove(Next)', () => {
  it('inclusive on the primary index: the records up to the limit, NoCurrentRecord, then the range is gone and the cursor after-last', () => {
    const x = world();
    expect(seek(x, 3, JET_bitSeekGE)).toBe(JET_errSuccess);
    key(x, 6);
    expect(range(x, UPPER_INCL)).toBe(JET_errSuccess); // rec.cxx ErrIsamSetIndexRange: 3 <= 6, in range
    expect(walk(x)).toEqual([3, 4, 5, 6]); // dir.cxx ErrDIRNext CheckRange; fucb.cxx ErrFUCBCheckIndexRange: 7 > 6
    // dir.cxx ErrDIRNext: locAfterLast answers NoCurrentRecord again; rec.cxx ErrIsamMove crow 0 -> ErrDIRGet
    expect(move(x, JET_MoveNext)).toBe(JET_errNoCurrentRecord);
    expect(move(x, 0)).toBe(JET_errNoCurrentRecord);
    expect(curRc(x)).toBe(JET_errNoCurrentRecord);
    // fucb.cxx ErrFUCBCheckIndexRange reset the range (FUCBResetLimstat): rec.cxx ErrIsamSetIndexRange RangeRemove
    expect(range(x, JET_bitRangeRemove)).toBe(JET_errInvalidOperation);
    // dir.cxx ErrDIRPrev from locAfterLast: posLast of the whole index
    expect(move(x, JET_MovePrevious)).toBe(JET_errSuccess);
    expect(cur(x)).toBe(9);
  });

  it('exclusive on the primary index stops before the limit key', () => {
    const x = world();
    expect(seek(x, 3, JET_bitSeekGE)).toBe(JET_errSuccess);
    key(x, 6);
    expect(range(x, JET_bitRangeUpperLimit)).toBe(JET_errSuccess);
    expect(walk(x)).toEqual([3, 4, 5]); // fucb.cxx ErrFUCBCheckIndexRange: cmp == 0 and not Inclusive is out
    expect(move(x, JET_MovePrevious)).toBe(JET_errSuccess); // dir.cxx ErrDIRICheckIndexRange: DIRAfterLast
    expect(cur(x)).toBe(9);
  });

  it('a plain key over duplicates: exclusive leaves out every entry of the limit key, inclusive takes them all', () => {
    const x = world();
    index(x, 'ageUp');
    // rec.cxx ErrIsamSeek: GE on a key not there is wrnSeekNotEqual, on the first entry above (age 20, id 2)
    expect(seek(x, 15, JET_bitSeekGE)).toBe(JET_wrnSeekNotEqual);
    key(x, 30);
    expect(range(x, JET_bitRangeUpperLimit)).toBe(JET_errSuccess);
    // fucb.cxx ErrFUCBCheckIndexRange compares the index key only: both age-30 entries equal the limit
    expect(walk(x)).toEqual([2, 3, 5]);
    expect(seek(x, 15, JET_bitSeekGE)).toBe(JET_wrnSeekNotEqual);
    key(x, 30);
    expect(range(x, UPPER_INCL)).toBe(JET_errSuccess);
    expect(walk(x)).toEqual([2, 3, 5, 4, 7]);
  });

  it('FullColumnEndLimit on the Long index: an exclusive range still takes every entry of the limit value', () => {
    const x = world();
    index(x, 'ageUp');
    expect(seek(x, 15, JET_bitSeekGE)).toBe(JET_wrnSeekNotEqual);
    // fldnorm.cxx FLDISetFullColumnLimit: 7f 80 00 00 1e ff ff ..., above every age-30 key 7f 80 00 00 1e
    key(x, 30, JET_bitFullColumnEndLimit);
    expect(range(x, JET_bitRangeUpperLimit)).toBe(JET_errSuccess);
    expect(walk(x)).toEqual([2, 3, 5, 4, 7]);
    expect(range(x, JET_bitRangeRemove)).toBe(JET_errInvalidOperation); // fucb.cxx ErrFUCBCheckIndexRange reset it
  });

  it('PartialColumnEndLimit on the Long column is InvalidGrbit, and then no key is made for the range', () => {
    const x = world();
    index(x, 'ageUp');
    expect(seek(x, 20, JET_bitSeekGE)).toBe(JET_errSuccess);
    // fldnorm.cxx ErrIsamMakeKey: a Partial*Limit on a fixed, non-text column; the NewKey already wiped the key
    expect(makeKey(x, 30, JET_bitPartialColumnEndLimit)).toBe(JET_errInvalidGrbit);
    expect(range(x, UPPER_INCL)).toBe(JET_errKeyNotMade); // rec.cxx ErrIsamSetIndexRange: !FKSPrepared
    expect(cur(x)).toBe(2);
  });

  it('SubStrLimit on the text index: every name starting with the prefix, longer names included', () => {
    const x = world();
    index(x, 'byName');
    expect(seek(x, 'b', JET_bitSeekGE)).toBe(JET_errSuccess); // B (id 6) equals the key
    // fldnorm.cxx FLDISetPartialColumnLimitOnTextColumn: 7f 42 4f ff ..., so BO and BOB are below, CY above
    key(x, 'bo', JET_bitSubStrLimit);
    expect(range(x, UPPER_INCL)).toBe(JET_errSuccess);
    expect(walk(x)).toEqual([6, 2, 4, 8, 3]);
    expect(range(x, JET_bitRangeRemove)).toBe(JET_errInvalidOperation);
    expect(move(x, JET_MovePrevious)).toBe(JET_errSuccess); // after-last of byName: its last entry, EVE
    expect(cur(x)).toBe(9);
  });

  it('FullColumnEndLimit on the text index: the whole value only, not the longer names it prefixes', () => {
    const x = world();
    index(x, 'byName');
    expect(seek(x, 'b', JET_bitSeekGE)).toBe(JET_errSuccess);
    // fldnorm.cxx FLDISetFullColumnLimit keeps the terminator: 7f 42 4f 00 ff ...; BOB (7f 42 4f 42 00) is above
    key(x, 'bo', JET_bitFullColumnEndLimit);
    expect(range(x, UPPER_INCL)).toBe(JET_errSuccess);
    expect(walk(x)).toEqual([6, 2, 4, 8]);
  });

  it('PartialColumnEndLimit on the text index is the prefix range, exclusive or not', () => {
    const x = world();
    index(x, 'byName');
    expect(seek(x, 'bo', JET_bitSeekGE)).toBe(JET_errSuccess);
    key(x, 'bo', JET_bitPartialColumnEndLimit); // fldnorm.cxx: same key as SubStrLimit for an end limit
    expect(range(x, JET_bitRangeUpperLimit)).toBe(JET_errSuccess);
    expect(walk(x)).toEqual([2, 4, 8, 3]);
  });
});

describe('lower-limit ranges walked with JetMove(Previous)', () => {
  it('inclusive on the Long index: down to the first entry of the limit key, then before-first', () => {
    const x = world();
    index(x, 'ageUp');
    // rec.cxx ErrIsamSeek: LE on a key not there is wrnSeekNotEqual, on the last entry below (age 30, id 7)
    expect(seek(x, 35, JET_bitSeekLE)).toBe(JET_wrnSeekNotEqual);
    expect(cur(x)).toBe(7);
    key(x, 20);
    expect(range(x, JET_bitRangeInclusive)).toBe(JET_errSuccess); // no UpperLimit: the key is the lower end
    expect(walk(x, JET_MovePrevious)).toEqual([7, 4, 5, 3, 2]); // dir.cxx ErrDIRPrev CheckRange: age 10 < 20
    expect(move(x, JET_MovePrevious)).toBe(JET_errNoCurrentRecord); // dir.cxx ErrDIRPrev: locBeforeFirst
    expect(range(x, JET_bitRangeRemove)).toBe(JET_errInvalidOperation); // fucb.cxx ErrFUCBCheckIndexRange reset it
    // dir.cxx ErrDIRNext from locBeforeFirst: the first entry of the whole index, outside the old range
    expect(move(x, JET_MoveNext)).toBe(JET_errSuccess);
    expect(cur(x)).toBe(1);
  });

  it('exclusive on the primary index stops above the limit key', () => {
    const x = world();
    expect(seek(x, 7, JET_bitSeekLE)).toBe(JET_errSuccess);
    key(x, 4);
    expect(range(x, 0)).toBe(JET_errSuccess);
    expect(walk(x, JET_MovePrevious)).toEqual([7, 6, 5]); // fucb.cxx ErrFUCBCheckIndexRange: 4 == limit, not inclusive
    expect(move(x, JET_MoveNext)).toBe(JET_errSuccess); // rec.cxx ErrIsamMove crow < 0: DIRBeforeFirst
    expect(cur(x)).toBe(1);
  });

  it('a lower range does not bound forward moves, and stays set through them', () => {
    const x = world();
    index(x, 'ageUp');
    expect(seek(x, 35, JET_bitSeekLE)).toBe(JET_wrnSeekNotEqual);
    key(x, 20);
    expect(range(x, JET_bitRangeInclusive)).toBe(JET_errSuccess);
    // dir.cxx ErrDIRNext checks the range only when FFUCBUpper
    expect(move(x, JET_MoveNext)).toBe(JET_errSuccess);
    expect(cur(x)).toBe(6);
    expect(move(x, JET_MoveNext)).toBe(JET_errSuccess);
    expect(cur(x)).toBe(8);
    expect(walk(x, JET_MovePrevious)).toEqual([8, 6, 7, 4, 5, 3, 2]);
  });
});

describe('JetDelete inside a range loop', () => {
  it('delete then Next moves on from the deleted record, and after the last one in the range Next is NoCurrentRecord', () => {
    const x = world();
    expect(seek(x, 3, JET_bitSeekGE)).toBe(JET_errSuccess);
    key(x, 6);
    expect(range(x, UPPER_INCL)).toBe(JET_errSuccess);
    const deleted: Array<number | null> = [];
    let rc: number;
    do {
      deleted.push(cur(x));
      expect(x.w.api.JetDelete(x.w.ses, x.p.tableid)).toBe(JET_errSuccess); // recupd.cxx ErrIsamDelete: range untouched
      if (deleted.length === 1) expect(curRc(x)).toBe(JET_errRecordDeleted); // the deleted record stays current
      rc = move(x, JET_MoveNext); // dir.cxx ErrDIRNext from the deleted node, then CheckRange
    } while (rc === JET_errSuccess);
    expect(rc).toBe(JET_errNoCurrentRecord);
    expect(deleted).toEqual([3, 4, 5, 6]);
    expect(scan(x.w.api, x.w.ses, x.p.tableid, x.p.id)).toEqual([1, 2, 7, 8, 9]);
  });

  it('on the text index inside a transaction: SeekEQ | SetIndexRange, delete each duplicate', () => {
    const x = world();
    index(x, 'byName');
    expect(x.w.api.JetBeginTransaction(x.w.ses)).toBe(JET_errSuccess);
    // rec.cxx ErrIsamSeek: SeekEQ | SetIndexRange sets an inclusive upper range on BO; BOB is above it
    expect(seek(x, 'bo', JET_bitSeekEQ | JET_bitSetIndexRange)).toBe(JET_errSuccess);
    const deleted: Array<number | null> = [];
    let rc: number;
    do {
      deleted.push(cur(x));
      expect(x.w.api.JetDelete(x.w.ses, x.p.tableid)).toBe(JET_errSuccess);
      rc = move(x, JET_MoveNext);
    } while (rc === JET_errSuccess);
    expect(rc).toBe(JET_errNoCurrentRecord);
    expect(deleted).toEqual([2, 4, 8]);
    expect(x.w.api.JetCommitTransaction(x.w.ses, 0)).toBe(JET_errSuccess);
    expect(scan(x.w.api, x.w.ses, x.p.tableid, x.p.id)).toEqual([1, 6, 3, 5, 7, 9]);
  });

  it('deleting the last record of a duplicate range, then Next: NoCurrentRecord though records follow in the index', () => {
    const x = world();
    index(x, 'ageUp');
    expect(seek(x, 20, JET_bitSeekEQ | JET_bitSetIndexRange)).toBe(JET_errSuccess);
    expect(cur(x)).toBe(2);
    expect(move(x, JET_MoveNext)).toBe(JET_errSuccess);
    expect(move(x, JET_MoveNext)).toBe(JET_errSuccess);
    expect(cur(x)).toBe(5);
    expect(x.w.api.JetDelete(x.w.ses, x.p.tableid)).toBe(JET_errSuccess);
    // dir.cxx ErrDIRNext lands on (30, id 4); fucb.cxx ErrFUCBCheckIndexRange: 30 > 20
    expect(move(x, JET_MoveNext)).toBe(JET_errNoCurrentRecord);
    expect(move(x, JET_MovePrevious)).toBe(JET_errSuccess); // after-last: the index's last entry
    expect(cur(x)).toBe(8);
    expect(scan(x.w.api, x.w.ses, x.p.tableid, x.p.id)).toEqual([1, 9, 2, 3, 4, 7, 6, 8]);
  });
});

describe('MoveKeyNE and counted moves inside a range', () => {
  it('MoveKeyNE over duplicates goes to the next distinct key and stops at the range end', () => {
    const x = world();
    index(x, 'ageUp');
    expect(seek(x, 10, JET_bitSeekGE)).toBe(JET_errSuccess);
    key(x, 30);
    expect(range(x, UPPER_INCL)).toBe(JET_errSuccess);
    expect(cur(x)).toBe(1);
    expect(move(x, JET_MoveNext)).toBe(JET_errSuccess);
    expect(cur(x)).toBe(9);
    // bt.cxx ErrBTNext fDIRNeighborKey skips entries whose key equals the one the move started from
    expect(move(x, JET_MoveNext, JET_bitMoveKeyNE)).toBe(JET_errSuccess);
    expect(cur(x)).toBe(2);
    expect(move(x, JET_MoveNext, JET_bitMoveKeyNE)).toBe(JET_errSuccess);
    expect(cur(x)).toBe(4);
    // lands on (40, id 6): dir.cxx ErrDIRNext CheckRange, out of the range
    expect(move(x, JET_MoveNext, JET_bitMoveKeyNE)).toBe(JET_errNoCurrentRecord);
    expect(range(x, JET_bitRangeRemove)).toBe(JET_errInvalidOperation);
  });

  it('MoveKeyNE backwards in a lower range goes to the last entry of the previous key and stops at the limit', () => {
    const x = world();
    index(x, 'ageUp');
    expect(seek(x, 35, JET_bitSeekLE)).toBe(JET_wrnSeekNotEqual); // (30, id 7)
    key(x, 20);
    expect(range(x, JET_bitRangeInclusive)).toBe(JET_errSuccess);
    expect(move(x, JET_MovePrevious, JET_bitMoveKeyNE)).toBe(JET_errSuccess); // bt.cxx ErrBTPrev fDIRNeighborKey
    expect(cur(x)).toBe(5);
    expect(move(x, JET_MovePrevious, JET_bitMoveKeyNE)).toBe(JET_errNoCurrentRecord); // (10, id 9) < 20
    expect(move(x, JET_MoveNext)).toBe(JET_errSuccess); // before-first
    expect(cur(x)).toBe(1);
  });

  it('JetMove(2) checks the range at each step: the second step past the limit is NoCurrentRecord', () => {
    const x = world();
    expect(seek(x, 2, JET_bitSeekGE)).toBe(JET_errSuccess);
    key(x, 7);
    expect(range(x, UPPER_INCL)).toBe(JET_errSuccess);
    expect(move(x, 2)).toBe(JET_errSuccess);
    expect(cur(x)).toBe(4);
    expect(move(x, 2)).toBe(JET_errSuccess);
    expect(cur(x)).toBe(6);
    // rec.cxx ErrIsamMove: one ErrDIRNext per row; 7 is in, 8 is out
    expect(move(x, 2)).toBe(JET_errNoCurrentRecord);
    expect(curRc(x)).toBe(JET_errNoCurrentRecord);
    expect(move(x, JET_MovePrevious)).toBe(JET_errSuccess);
    expect(cur(x)).toBe(9);
  });

  it('JetMove(-2) is not checked against an upper range and keeps it; in a lower range it is', () => {
    const x = world();
    expect(seek(x, 4, JET_bitSeekGE)).toBe(JET_errSuccess);
    key(x, 7);
    expect(range(x, UPPER_INCL)).toBe(JET_errSuccess);
    // dir.cxx ErrDIRPrev checks only a lower range (!FFUCBUpper)
    expect(move(x, -2)).toBe(JET_errSuccess);
    expect(cur(x)).toBe(2);
    expect(walk(x)).toEqual([2, 3, 4, 5, 6, 7]);

    expect(seek(x, 7, JET_bitSeekLE)).toBe(JET_errSuccess);
    key(x, 4);
    expect(range(x, JET_bitRangeInclusive)).toBe(JET_errSuccess);
    expect(move(x, -2)).toBe(JET_errSuccess);
    expect(cur(x)).toBe(5);
    expect(move(x, -2)).toBe(JET_errNoCurrentRecord); // 4 is in, 3 is out
    expect(move(x, JET_MoveNext)).toBe(JET_errSuccess);
    expect(cur(x)).toBe(1);
  });

  it('JET_MoveFirst and JET_MoveLast inside a range drop it and go to the ends of the whole index', () => {
    const x = world();
    index(x, 'ageUp');
    expect(seek(x, 20, JET_bitSeekGE)).toBe(JET_errSuccess);
    key(x, 30);
    expect(range(x, UPPER_INCL)).toBe(JET_errSuccess);
    expect(move(x, JET_MoveFirst)).toBe(JET_errSuccess); // rec.cxx ErrIsamMove: DIRResetIndexRange, posFirst
    expect(walk(x)).toEqual([1, 9, 2, 3, 5, 4, 7, 6, 8]);

    expect(seek(x, 20, JET_bitSeekGE)).toBe(JET_errSuccess);
    key(x, 30);
    expect(range(x, UPPER_INCL)).toBe(JET_errSuccess);
    expect(move(x, JET_MoveLast)).toBe(JET_errSuccess); // rec.cxx ErrIsamMove: DIRResetIndexRange, posLast
    expect(cur(x)).toBe(8);
    expect(range(x, JET_bitRangeRemove)).toBe(JET_errInvalidOperation);
  });
});

describe('JetSetIndexRange grbits and the currency it leaves', () => {
  it('RangeInstantDuration checks the current entry but keeps no range; past the limit it is NoCurrentRecord', () => {
    const x = world();
    expect(seek(x, 3, JET_bitSeekGE)).toBe(JET_errSuccess);
    key(x, 5);
    expect(range(x, UPPER_INCL | JET_bitRangeInstantDuration)).toBe(JET_errSuccess);
    expect(cur(x)).toBe(3);
    // rec.cxx ErrIsamSetIndexRange: DIRResetIndexRange after the check
    expect(range(x, JET_bitRangeRemove)).toBe(JET_errInvalidOperation);
    expect(walk(x)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    // with the current entry past the limit: NoCurrentRecord and after-last
    expect(seek(x, 7, JET_bitSeekGE)).toBe(JET_errSuccess);
    key(x, 5);
    expect(range(x, UPPER_INCL | JET_bitRangeInstantDuration)).toBe(JET_errNoCurrentRecord);
    expect(curRc(x)).toBe(JET_errNoCurrentRecord); // dir.cxx ErrDIRICheckIndexRange: DIRAfterLast
    expect(move(x, JET_MoveNext)).toBe(JET_errNoCurrentRecord);
    expect(move(x, JET_MovePrevious)).toBe(JET_errSuccess);
    expect(cur(x)).toBe(9);
  });

  it('RangeRemove: InvalidOperation without a range (a made key survives it); with one, removed in place', () => {
    const x = world();
    // rec.cxx ErrIsamSetIndexRange looks at RangeRemove before KeyNotMade
    expect(range(x, JET_bitRangeRemove)).toBe(JET_errInvalidOperation);
    expect(seek(x, 3, JET_bitSeekGE)).toBe(JET_errSuccess);
    key(x, 5);
    expect(range(x, JET_bitRangeRemove)).toBe(JET_errInvalidOperation); // returns before KSReset
    expect(range(x, UPPER_INCL)).toBe(JET_errSuccess); // so the key made above is still there
    expect(move(x, JET_MoveNext)).toBe(JET_errSuccess);
    expect(cur(x)).toBe(4);
    expect(range(x, JET_bitRangeRemove)).toBe(JET_errSuccess); // DIRResetIndexRange, position kept
    expect(walk(x)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(range(x, JET_bitRangeRemove)).toBe(JET_errInvalidOperation);
  });

  it('a range whose end is before the current entry (primary): NoCurrentRecord, no range, after-last / before-first', () => {
    const x = world();
    expect(seek(x, 7, JET_bitSeekGE)).toBe(JET_errSuccess);
    key(x, 5);
    // dir.cxx ErrDIRCheckIndexRange -> fucb.cxx ErrFUCBCheckIndexRange: 7 > 5
    expect(range(x, UPPER_INCL)).toBe(JET_errNoCurrentRecord);
    expect(curRc(x)).toBe(JET_errNoCurrentRecord);
    expect(range(x, JET_bitRangeRemove)).toBe(JET_errInvalidOperation);
    expect(move(x, JET_MoveNext)).toBe(JET_errNoCurrentRecord);
    expect(move(x, JET_MovePrevious)).toBe(JET_errSuccess);
    expect(cur(x)).toBe(9);
    // exclusive upper end equal to the current key
    expect(seek(x, 5, JET_bitSeekGE)).toBe(JET_errSuccess);
    key(x, 5);
    expect(range(x, JET_bitRangeUpperLimit)).toBe(JET_errNoCurrentRecord);
    // a lower end above the current entry: DIRBeforeFirst, so Next is the index's first record
    expect(seek(x, 3, JET_bitSeekGE)).toBe(JET_errSuccess);
    key(x, 5);
    expect(range(x, JET_bitRangeInclusive)).toBe(JET_errNoCurrentRecord);
    expect(move(x, JET_MoveNext)).toBe(JET_errSuccess);
    expect(cur(x)).toBe(1);
  });

  it('on the text index the failed range moves only the index cursor: the record stays readable, moves start after-last', () => {
    const x = world();
    index(x, 'byName');
    expect(seek(x, 'cy', JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(cur(x)).toBe(5);
    key(x, 'bo', JET_bitSubStrLimit);
    expect(range(x, UPPER_INCL)).toBe(JET_errNoCurrentRecord);
    // rec.cxx ErrIsamSetIndexRange checks pfucbCurIndex; dir.cxx ErrDIRICheckIndexRange puts only that cursor
    // after-last; fldext.cxx ErrIsamRetrieveColumn -> ErrRECIGetRecord reads the table cursor, still on id 5
    expect(curRc(x)).toBe(JET_errSuccess);
    expect(cur(x)).toBe(5);
    expect(move(x, JET_MoveNext)).toBe(JET_errNoCurrentRecord); // dir.cxx ErrDIRNext: locAfterLast
    expect(curRc(x)).toBe(JET_errNoCurrentRecord); // rec.cxx ErrIsamMove HandleError: DIRAfterLast on both cursors
    expect(move(x, JET_MovePrevious)).toBe(JET_errSuccess);
    expect(cur(x)).toBe(9);
  });
});

describe('JetIndexRecordCount inside a range', () => {
  it('counts from the current entry to the range end, leaves the cursor there and the range removed', () => {
    const x = world();
    index(x, 'ageUp');
    expect(seek(x, 20, JET_bitSeekGE)).toBe(JET_errSuccess);
    key(x, 30);
    expect(range(x, UPPER_INCL)).toBe(JET_errSuccess);
    // dir.cxx ErrDIRIndexRecordCount: 2, 3, 5, 4, 7 then (40, id 6) fails ErrDIRICheckIndexRange
    expect(count(x)).toBe(5);
    expect(cur(x)).toBe(2); // ErrDIRGotoBookmark back to the start
    // HandleError: FUCBResetLimstat, so a second count runs to the end of the index and the walk passes 30
    expect(count(x)).toBe(7);
    expect(range(x, JET_bitRangeRemove)).toBe(JET_errInvalidOperation);
    expect(walk(x)).toEqual([2, 3, 5, 4, 7, 6, 8]);
  });

  it('from an entry inside a primary range, with and without a maximum', () => {
    const x = world();
    expect(seek(x, 3, JET_bitSeekGE)).toBe(JET_errSuccess);
    key(x, 7);
    expect(range(x, JET_bitRangeUpperLimit)).toBe(JET_errSuccess);
    expect(move(x, JET_MoveNext)).toBe(JET_errSuccess);
    expect(count(x)).toBe(3); // 4, 5, 6; 7 is the exclusive end
    expect(cur(x)).toBe(4);
    key(x, 7);
    expect(range(x, JET_bitRangeUpperLimit)).toBe(JET_errSuccess);
    expect(count(x, 2)).toBe(2); // dir.cxx ErrDIRIndexRecordCount stops at ullCountMost
    expect(walk(x)).toEqual([4, 5, 6, 7, 8, 9]); // the range went with the count
  });
});
