/**
 * JetSeek and JetSetIndexRange on regular tables: EQ / LT / LE / GE / GT with wrnSeekNotEqual, the virtual position
 * a failed seek leaves, seeks on a non-unique secondary index, inclusive / exclusive / lower ranges, walking off a
 * range, RangeRemove, SeekEQ|SetIndexRange and prefix ranges (rec.cxx:1224-1990 ErrIsamSeek, 3789-3895
 * ErrIsamSetIndexRange; dir.cxx; managedesent-api.md §7 items 24-28).
 */
import {
  JET_bitNewKey, JET_bitPartialColumnEndLimit, JET_bitRangeInclusive, JET_bitRangeRemove, JET_bitRangeUpperLimit,
  JET_bitSeekEQ, JET_bitSeekGE, JET_bitSeekGT, JET_bitSeekLE, JET_bitSeekLT, JET_bitSetIndexRange,
  JET_errInvalidOperation, JET_errInvalidParameter, JET_errKeyNotMade, JET_errNoCurrentRecord, JET_errRecordNotFound,
  JET_errSuccess, JET_errUpdateNotPrepared, JET_MoveFirst, JET_MoveNext, JET_MovePrevious, JET_prepInsert,
  JET_wrnSeekNotEqual,
} from '../../src';
import {
  ascii, createPeople, fill, int32, intOf, isam, retrieve, seekInt, seekText, self,
} from '../support/isam';
import type { Isam, People } from '../support/isam';

const UPPER_INCL = JET_bitRangeUpperLimit | JET_bitRangeInclusive;

/** ids 10..50; names: 10 'x', 20 'al', 30 'x', 40 'bo', 50 'x'. */
function table(): { w: Isam; p: People } {
  const w = isam();
  const p = createPeople(w.api, self(w));
  fill(w.api, w.ses, p, [[30, 'x', 3], [10, 'x', 1], [50, 'x', 5], [20, 'al', 2], [40, 'bo', 4]]);
  return { w, p };
}

function cur(w: Isam, p: People): number | null {
  return intOf(w.api, w.ses, p.tableid, p.id);
}

function seek(w: Isam, p: People, n: number, grbit: number): number {
  return seekInt(w.api, w.ses, p.tableid, n, grbit);
}

function key(w: Isam, p: People, n: number, grbit = JET_bitNewKey): void {
  expect(w.api.JetMakeKey(w.ses, p.tableid, int32(n), 4, grbit)).toBe(JET_errSuccess);
}

function walk(w: Isam, p: People, dir = JET_MoveNext): Array<number | null> {
  const seen: Array<number | null> = [cur(w, p)];
  let rc: number;
  while ((rc = w.api.JetMove(w.ses, p.tableid, dir, 0)) === JET_errSuccess) seen.push(cur(w, p));
  expect(rc).toBe(JET_errNoCurrentRecord);
  return seen;
}

describe('JetSeek on the primary index', () => {
  it('EQ lands on the key or is RecordNotFound', () => {
    const { w, p } = table();
    expect(seek(w, p, 30, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(30);
    expect(seek(w, p, 25, JET_bitSeekEQ)).toBe(JET_errRecordNotFound);
  });

  it('a failed seek leaves no current record but a position at the key: Next goes to the record above (dir.cxx:882-897)', () => {
    const { w, p } = table();
    expect(seek(w, p, 25, JET_bitSeekEQ)).toBe(JET_errRecordNotFound);
    expect(retrieve(w.api, w.ses, p.tableid, p.id).rc).toBe(JET_errNoCurrentRecord); // dir.cxx:387-397
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(30);
  });

  it('GE: exact is Success, inexact is wrnSeekNotEqual on the next key, past the end RecordNotFound', () => {
    const { w, p } = table();
    expect(seek(w, p, 30, JET_bitSeekGE)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(30);
    expect(seek(w, p, 25, JET_bitSeekGE)).toBe(JET_wrnSeekNotEqual);
    expect(cur(w, p)).toBe(30);
    expect(seek(w, p, 51, JET_bitSeekGE)).toBe(JET_errRecordNotFound);
  });

  it('LE: exact is Success, inexact is wrnSeekNotEqual on the key below, before the start RecordNotFound', () => {
    const { w, p } = table();
    expect(seek(w, p, 20, JET_bitSeekLE)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(20);
    expect(seek(w, p, 25, JET_bitSeekLE)).toBe(JET_wrnSeekNotEqual);
    expect(cur(w, p)).toBe(20);
    expect(seek(w, p, 9, JET_bitSeekLE)).toBe(JET_errRecordNotFound);
  });

  it('GT and LT skip an equal key and return plain Success', () => {
    const { w, p } = table();
    expect(seek(w, p, 30, JET_bitSeekGT)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(40);
    expect(seek(w, p, 25, JET_bitSeekGT)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(30);
    expect(seek(w, p, 30, JET_bitSeekLT)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(20);
    expect(seek(w, p, 50, JET_bitSeekGT)).toBe(JET_errRecordNotFound);
    expect(seek(w, p, 10, JET_bitSeekLT)).toBe(JET_errRecordNotFound);
  });

  it('no seek bit is InvalidParameter, then no key is KeyNotMade; a seek uses up the key (rec.cxx:1247-1262, 1938)', () => {
    const { w, p } = table();
    key(w, p, 30);
    expect(w.api.JetSeek(w.ses, p.tableid, 0)).toBe(JET_errInvalidParameter);
    expect(w.api.JetSeek(w.ses, p.tableid, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetSeek(w.ses, p.tableid, JET_bitSeekEQ)).toBe(JET_errKeyNotMade);
    expect(w.api.JetSeek(w.ses, p.tableid, 0)).toBe(JET_errInvalidParameter);
  });

  it('a seek cancels a prepared update (rec.cxx:1264-1270)', () => {
    const { w, p } = table();
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(seek(w, p, 10, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, p.tableid, null, 0, null)).toBe(JET_errUpdateNotPrepared);
  });
});

describe('JetSeek on a non-unique secondary index (duplicates ordered by primary key)', () => {
  it('EQ, GE and GT land on the first entry of a key group, LT on the last entry of the group below', () => {
    const { w, p } = table();
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byName')).toBe(JET_errSuccess);
    expect(seekText(w.api, w.ses, p.tableid, 'x', JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(10);
    expect(seekText(w.api, w.ses, p.tableid, 'c', JET_bitSeekGE)).toBe(JET_wrnSeekNotEqual);
    expect(cur(w, p)).toBe(10);
    expect(seekText(w.api, w.ses, p.tableid, 'bo', JET_bitSeekGT)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(10);
    expect(seekText(w.api, w.ses, p.tableid, 'x', JET_bitSeekLE)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(10);
    expect(seekText(w.api, w.ses, p.tableid, 'y', JET_bitSeekLT)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(50);
    expect(seekText(w.api, w.ses, p.tableid, 'X', JET_bitSeekEQ)).toBe(JET_errSuccess); // Text keys ignore case
  });

  it('SeekEQ | SetIndexRange walks exactly the equal keys (rec.cxx:1622-1656)', () => {
    const { w, p } = table();
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byName')).toBe(JET_errSuccess);
    expect(seekText(w.api, w.ses, p.tableid, 'x', JET_bitSeekEQ | JET_bitSetIndexRange)).toBe(JET_errSuccess);
    expect(walk(w, p)).toEqual([10, 30, 50]);
  });
});

describe('JetSetIndexRange', () => {
  it('an inclusive upper range stops at the limit; walking off it cancels it, leaving the cursor after the last record', () => {
    const { w, p } = table();
    expect(seek(w, p, 20, JET_bitSeekGE)).toBe(JET_errSuccess);
    key(w, p, 40);
    expect(w.api.JetSetIndexRange(w.ses, p.tableid, UPPER_INCL)).toBe(JET_errSuccess);
    expect(walk(w, p)).toEqual([20, 30, 40]);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MovePrevious, 0)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(50); // outside the old range: it is gone (managedesent-api.md §7 item 27)
  });

  it('without Inclusive the limit key itself is outside', () => {
    const { w, p } = table();
    expect(seek(w, p, 20, JET_bitSeekGE)).toBe(JET_errSuccess);
    key(w, p, 40);
    expect(w.api.JetSetIndexRange(w.ses, p.tableid, JET_bitRangeUpperLimit)).toBe(JET_errSuccess);
    expect(walk(w, p)).toEqual([20, 30]);
  });

  it('a lower range is walked backwards and walking off it leaves the cursor before the first record', () => {
    const { w, p } = table();
    expect(seek(w, p, 40, JET_bitSeekLE)).toBe(JET_errSuccess);
    key(w, p, 20);
    expect(w.api.JetSetIndexRange(w.ses, p.tableid, JET_bitRangeInclusive)).toBe(JET_errSuccess);
    expect(walk(w, p, JET_MovePrevious)).toEqual([40, 30, 20]);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(10);
  });

  it('a current record already outside the range is NoCurrentRecord (an empty range)', () => {
    const { w, p } = table();
    expect(seek(w, p, 45, JET_bitSeekGE)).toBe(JET_wrnSeekNotEqual);
    key(w, p, 40);
    expect(w.api.JetSetIndexRange(w.ses, p.tableid, UPPER_INCL)).toBe(JET_errNoCurrentRecord);
  });

  it('KeyNotMade without a key; RangeRemove with no range is InvalidOperation (rec.cxx:3800-3813, 3877-3881)', () => {
    const { w, p } = table();
    expect(seek(w, p, 20, JET_bitSeekGE)).toBe(JET_errSuccess);
    expect(w.api.JetSetIndexRange(w.ses, p.tableid, UPPER_INCL)).toBe(JET_errKeyNotMade);
    expect(w.api.JetSetIndexRange(w.ses, p.tableid, JET_bitRangeRemove)).toBe(JET_errInvalidOperation);
  });

  it('RangeRemove keeps the position and lifts the limit', () => {
    const { w, p } = table();
    expect(seek(w, p, 20, JET_bitSeekGE)).toBe(JET_errSuccess);
    key(w, p, 30);
    expect(w.api.JetSetIndexRange(w.ses, p.tableid, UPPER_INCL)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(w.api.JetSetIndexRange(w.ses, p.tableid, JET_bitRangeRemove)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(30);
    expect(walk(w, p)).toEqual([30, 40, 50]);
  });

  it('JetMove(First) and a new seek drop the range (rec.cxx:903-905, 1272-1274)', () => {
    const { w, p } = table();
    expect(seek(w, p, 20, JET_bitSeekGE)).toBe(JET_errSuccess);
    key(w, p, 30);
    expect(w.api.JetSetIndexRange(w.ses, p.tableid, UPPER_INCL)).toBe(JET_errSuccess);
    expect(seek(w, p, 40, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(walk(w, p)).toEqual([40, 50]);
    expect(seek(w, p, 20, JET_bitSeekGE)).toBe(JET_errSuccess);
    key(w, p, 30);
    expect(w.api.JetSetIndexRange(w.ses, p.tableid, UPPER_INCL)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(walk(w, p)).toEqual([10, 20, 30, 40, 50]);
  });

  it('a prefix range on Text: SeekGE "b" and an upper limit made with PartialColumnEndLimit', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    fill(w.api, w.ses, p, [[1, 'al', null], [2, 'bo', null], [3, 'bob', null], [4, 'by', null], [5, 'ca', null], [6, 'b', null]]);
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byName')).toBe(JET_errSuccess);
    expect(seekText(w.api, w.ses, p.tableid, 'b', JET_bitSeekGE)).toBe(JET_errSuccess);
    const b = ascii('b');
    expect(w.api.JetMakeKey(w.ses, p.tableid, b, b.length, JET_bitNewKey | JET_bitPartialColumnEndLimit)).toBe(JET_errSuccess);
    expect(w.api.JetSetIndexRange(w.ses, p.tableid, UPPER_INCL)).toBe(JET_errSuccess);
    expect(walk(w, p)).toEqual([6, 2, 3, 4]);
  });
});
