/**
 * Navigation on a regular table (src/engine/tableNav.ts) where mutation testing found no test: the limit of
 * JetIndexRecordCount and the place JetGotoPosition lands on. Expected values from the engine's rules:
 * dir.cxx ErrDIRIndexRecordCount counts entries from the current one forward and stops when the count reaches
 * crecMax (0: no limit); an empty index counts 0.
 */
import {
  out, JET_bitNewKey, JET_bitNoMove, JET_bitRangeInclusive, JET_bitRangeInstantDuration, JET_bitRangeRemove,
  JET_bitRangeUpperLimit, JET_bitSeekEQ, JET_bitSeekGE, JET_errClientRequestToStopJetService, JET_errInvalidOperation,
  JET_errKeyNotMade, JET_errNoCurrentRecord, JET_errRecordNotFound, JET_errSuccess, JET_MoveFirst, JET_MoveLast,
  JET_MoveNext, JET_MovePrevious, JET_bitIndexIgnoreAnyNull,
} from '../../src';
import type { JET_RECPOS } from '../../src';
import {
  createIndex, createPeople, fill, int32, intOf, isam, openTable, People, PEOPLE, seekText, self,
} from '../support/isam';
import type { Isam } from '../support/isam';

function five(): { w: Isam; p: People } {
  const w = isam();
  const p = createPeople(w.api, self(w));
  fill(w.api, w.ses, p, [[10, 'a', 1], [20, 'b', 2], [30, 'c', 3], [40, 'd', 4], [50, 'e', 5]]);
  return { w, p };
}

function count(w: Isam, p: People, max: number): number {
  const n = out<number>();
  expect(w.api.JetIndexRecordCount(w.ses, p.tableid, n, max)).toBe(JET_errSuccess);
  return n.value;
}

describe('JetIndexRecordCount: crecMax', () => {
  it('stops at crecMax, counts to the end without a limit or with a larger one, from the current entry', () => {
    const { w, p } = five();
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(count(w, p, 3)).toBe(3);
    expect(count(w, p, 1)).toBe(1);
    expect(count(w, p, 5)).toBe(5);
    expect(count(w, p, 6)).toBe(5);
    expect(count(w, p, 0)).toBe(5);
    expect(w.api.JetMove(w.ses, p.tableid, 3, 0)).toBe(JET_errSuccess);
    // On the fourth of five entries: 2 to the end.
    expect(count(w, p, 0)).toBe(2);
    expect(count(w, p, 2)).toBe(2);
    expect(count(w, p, 1)).toBe(1);
    // The count leaves the cursor where it was (the fourth record, id 40): one more move reaches the last.
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(count(w, p, 0)).toBe(1);
  });
});

describe('JetGotoPosition: the entry at the fraction', () => {
  // rec.cxx ErrIsamGotoPosition -> dir.cxx ErrDIRGotoPosition -> bt.cxx IlineBTIFrac: on one page (five small
  // records) the line is the integral part of fraction * lines; fraction 0 is the first line, 1 the last.
  it.each([
    [0, 5, 0], [5, 5, 4], [4, 5, 4], [3, 10, 1], [1, 3, 1], [2, 3, 3],
  ])('centriesLT %i of centriesTotal %i lands on the entry with %i before it', (lt, total, before) => {
    const { w, p } = five();
    expect(w.api.JetGotoPosition(w.ses, p.tableid, { centriesLT: lt, centriesInRange: 1, centriesTotal: total })).toBe(JET_errSuccess);
    const pos = out<JET_RECPOS>();
    expect(w.api.JetGetRecordPosition(w.ses, p.tableid, pos, 16)).toBe(JET_errSuccess);
    expect(pos.value).toMatchObject({ centriesLT: before, centriesTotal: 5 });
  });
});

function idAt(w: Isam, p: People): number | null {
  return intOf(w.api, w.ses, p.tableid, p.id);
}

describe('table navigation: gates, currency off a record, index ranges, current index', () => {
  // ese-semantics.md (instance states): after JetStopServiceInstance every normal session API answers
  // ClientRequestToStopJetService; the table calls pass that gate (jetapi.cxx APICALL_SESID FEnter).
  it('after JetStopServiceInstance the navigation calls answer ClientRequestToStopJetService', () => {
    const { w, p } = five();
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(w.api.JetStopServiceInstance(w.inst)).toBe(JET_errSuccess);
    const stop = JET_errClientRequestToStopJetService;
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveNext, 0)).toBe(stop);
    expect(w.api.JetMakeKey(w.ses, p.tableid, int32(1), 4, JET_bitNewKey)).toBe(stop);
    expect(w.api.JetSeek(w.ses, p.tableid, JET_bitSeekEQ)).toBe(stop);
    expect(w.api.JetSetIndexRange(w.ses, p.tableid, JET_bitRangeRemove)).toBe(stop);
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byName')).toBe(stop);
    expect(w.api.JetGetCurrentIndex(w.ses, p.tableid, out<string>(), 64)).toBe(stop);
    expect(w.api.JetIndexRecordCount(w.ses, p.tableid, out<number>(), 0)).toBe(stop);
    expect(w.api.JetGotoPosition(w.ses, p.tableid, { centriesLT: 0, centriesInRange: 1, centriesTotal: 1 })).toBe(stop);
  });

  // Past the last record the cursor has no current record (locAfterLast): reading it, counting from it and
  // setting an index range there are NoCurrentRecord (rec.cxx / dir.cxx ErrDIRIndexRecordCount "not on a record").
  it('past the last record: retrieve, count and set an index range answer NoCurrentRecord', () => {
    const { w, p } = five();
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveLast, 0)).toBe(JET_errSuccess);
    expect(idAt(w, p)).toBe(50);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    expect(w.api.JetRetrieveColumn(w.ses, p.tableid, p.id, new Uint8Array(4), 4, out<number>(), 0, null))
      .toBe(JET_errNoCurrentRecord);
    expect(w.api.JetIndexRecordCount(w.ses, p.tableid, out<number>(), 0)).toBe(JET_errNoCurrentRecord);
    expect(w.api.JetMakeKey(w.ses, p.tableid, int32(30), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(w.api.JetSetIndexRange(w.ses, p.tableid, JET_bitRangeUpperLimit)).toBe(JET_errNoCurrentRecord);
  });

  // dir.cxx ErrDIRIRefresh: a new cursor's deferred move-first on an empty index fails with NoCurrentRecord.
  it('a new cursor on an empty table: JetMove(Next) is NoCurrentRecord', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MovePrevious, 0)).toBe(JET_errNoCurrentRecord);
  });

  // rec.cxx ErrIsamSetIndexRange: the range is set on the cursor's position (a deferred move-first resolved,
  // ErrDIRCheckIndexRange), then the key is reset (KSReset: the next JetSeek without JetMakeKey is KeyNotMade),
  // and an instant-duration range is removed at once.
  it('JetSetIndexRange on a new cursor, the key it uses up, and an instant-duration range', () => {
    const { w, p } = five();
    const t = openTable(w.api, self(w), PEOPLE);
    expect(w.api.JetMakeKey(w.ses, t, int32(30), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(w.api.JetSetIndexRange(w.ses, t, JET_bitRangeUpperLimit | JET_bitRangeInclusive)).toBe(JET_errSuccess);
    expect(w.api.JetSeek(w.ses, t, JET_bitSeekGE)).toBe(JET_errKeyNotMade);
    const n = out<number>();
    expect(w.api.JetIndexRecordCount(w.ses, t, n, 0)).toBe(JET_errSuccess);
    expect(n.value).toBe(3);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(w.api.JetMakeKey(w.ses, p.tableid, int32(20), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(w.api.JetSetIndexRange(w.ses, p.tableid, JET_bitRangeUpperLimit | JET_bitRangeInclusive | JET_bitRangeInstantDuration))
      .toBe(JET_errSuccess);
    // No range left: the moves go on past 20 to the end.
    expect(w.api.JetMove(w.ses, p.tableid, 4, 0)).toBe(JET_errSuccess);
    expect(idAt(w, p)).toBe(50);
    expect(w.api.JetSetIndexRange(w.ses, p.tableid, JET_bitRangeRemove)).toBe(JET_errInvalidOperation);
  });

  // rec.cxx ErrIsamGetCurrentIndex: the name of the cursor's current index.
  it('JetGetCurrentIndex names the secondary index set, then the primary again', () => {
    const { w, p } = five();
    const name = out<string>();
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byName')).toBe(JET_errSuccess);
    expect(w.api.JetGetCurrentIndex(w.ses, p.tableid, name, 64)).toBe(JET_errSuccess);
    expect(name.value).toBe('byName');
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, null)).toBe(JET_errSuccess);
    expect(w.api.JetGetCurrentIndex(w.ses, p.tableid, name, 64)).toBe(JET_errSuccess);
    expect(name.value).toBe('primary');
  });

  // JET_bitNoMove keeps the current record and puts the cursor on its entry in the new index, so the next move
  // follows the new index's order from that record.
  it('JetSetCurrentIndex(primary, NoMove) from a secondary index: the next move follows the primary order', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    fill(w.api, w.ses, p, [[10, 'e', 1], [20, 'd', 2], [30, 'c', 3], [40, 'b', 4], [50, 'a', 5]]);
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byName')).toBe(JET_errSuccess);
    expect(seekText(w.api, w.ses, p.tableid, 'c', JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetSetCurrentIndex2(w.ses, p.tableid, 'primary', JET_bitNoMove)).toBe(JET_errSuccess);
    expect(idAt(w, p)).toBe(30);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(idAt(w, p)).toBe(40);
    expect(w.api.JetMove(w.ses, p.tableid, -2, 0)).toBe(JET_errSuccess);
    expect(idAt(w, p)).toBe(20);
  });

  // dir.cxx (a failed seek leaves the cursor between the entries on either side of the sought key): on a
  // secondary index the next move goes to the first greater name, the previous one to the last smaller.
  it('after a failed JetSeek(EQ) on a secondary index, the moves go on from the sought key', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    fill(w.api, w.ses, p, [[10, 'b', 1], [20, 'd', 2], [30, 'f', 3]]);
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byName')).toBe(JET_errSuccess);
    expect(seekText(w.api, w.ses, p.tableid, 'c', JET_bitSeekEQ)).toBe(JET_errRecordNotFound);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(idAt(w, p)).toBe(20);
    expect(seekText(w.api, w.ses, p.tableid, 'e', JET_bitSeekEQ)).toBe(JET_errRecordNotFound);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MovePrevious, 0)).toBe(JET_errSuccess);
    expect(idAt(w, p)).toBe(20);
  });
});

describe('failed moves on an empty table keep the cursor before the first or after the last entry', () => {
  // rec.cxx ErrIsamMove: JET_MoveFirst puts the cursor before the first entry and steps forward, JET_MoveLast
  // after the last and steps back; a step that finds nothing leaves the cursor where it was (dir.cxx ErrDIRNext /
  // ErrDIRPrev restore the currency). A record inserted through another cursor does not move this one.
  function emptyWithTwoCursors() {
    const w = isam();
    const c = createPeople(w.api, self(w), true);
    const t = openTable(w.api, self(w), PEOPLE);
    const other = { ...c, tableid: openTable(w.api, self(w), PEOPLE) };
    return { w, t, other, c };
  }

  it('after a failed JetMove(Last) and Previous, a later Next still finds nothing', () => {
    const { w, t, other, c } = emptyWithTwoCursors();
    expect(w.api.JetMove(w.ses, t, JET_MoveLast, 0)).toBe(JET_errNoCurrentRecord);
    expect(w.api.JetMove(w.ses, t, JET_MovePrevious, 0)).toBe(JET_errNoCurrentRecord);
    fill(w.api, w.ses, other, [[10, 'a', 1]]);
    expect(w.api.JetMove(w.ses, t, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    expect(w.api.JetMove(w.ses, t, JET_MovePrevious, 0)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, t, c.id)).toBe(10);
  });

  it('after a failed JetMove(First), a later Previous still finds nothing and Next finds the new record', () => {
    const { w, t, other, c } = emptyWithTwoCursors();
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errNoCurrentRecord);
    fill(w.api, w.ses, other, [[10, 'a', 1]]);
    expect(w.api.JetMove(w.ses, t, JET_MovePrevious, 0)).toBe(JET_errNoCurrentRecord);
    expect(w.api.JetMove(w.ses, t, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, t, c.id)).toBe(10);
  });
});

describe('JetSetCurrentIndex: the key and records without an entry', () => {
  // rec.cxx ErrRECSetCurrentIndex: the search key belongs to the index cursor (KSReset of the old index's FUCB; a
  // new index's FUCB has no key made), so after changing the index a JetSeek without JetMakeKey is KeyNotMade.
  it('a key made on one index is gone after JetSetCurrentIndex to another, with or without NoMove', () => {
    const { w, p } = five();
    expect(w.api.JetMakeKey(w.ses, p.tableid, int32(30), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byAge')).toBe(JET_errSuccess);
    expect(w.api.JetSeek(w.ses, p.tableid, JET_bitSeekEQ)).toBe(JET_errKeyNotMade);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(w.api.JetMakeKey(w.ses, p.tableid, int32(3), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(w.api.JetSetCurrentIndex2(w.ses, p.tableid, 'byName', JET_bitNoMove)).toBe(JET_errSuccess);
    expect(w.api.JetSeek(w.ses, p.tableid, JET_bitSeekEQ)).toBe(JET_errKeyNotMade);
  });

  // rec.cxx ErrIsamSetCurrentIndex with JET_bitNoMove goes to the current record's entry in the new index
  // (ErrRECIGotoBookmark); a record an IgnoreAnyNull index has no entry for cannot be found there: NoCurrentRecord.
  it('NoMove to an index without an entry for the current record is NoCurrentRecord', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    expect(createIndex(w.api, w.ses, p.tableid, 'ageSet', JET_bitIndexIgnoreAnyNull, '+age')).toBe(JET_errSuccess);
    fill(w.api, w.ses, p, [[10, 'a', null], [20, 'b', 2]]);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(idAt(w, p)).toBe(10);
    expect(w.api.JetSetCurrentIndex2(w.ses, p.tableid, 'ageSet', JET_bitNoMove)).toBe(JET_errNoCurrentRecord);
  });
});

describe('JetIndexRecordCount after a failed seek', () => {
  // dir.cxx ErrDIRIndexRecordCount: NoCurrentRecord unless the cursor is on a record (locOnCurBM); a failed seek
  // leaves it between entries, not on one.
  it('is NoCurrentRecord', () => {
    const { w, p } = five();
    expect(w.api.JetMakeKey(w.ses, p.tableid, int32(25), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(w.api.JetSeek(w.ses, p.tableid, JET_bitSeekEQ)).toBe(JET_errRecordNotFound);
    expect(w.api.JetIndexRecordCount(w.ses, p.tableid, out<number>(), 0)).toBe(JET_errNoCurrentRecord);
  });
});
