/**
 * JetGetRecordPosition / JetGotoPosition (rec.cxx, dir.cxx): the current entry's place in its index as entries
 * before it out of the total, and going to the entry at a fraction of the index; GotoPosition is a navigation.
 */
import {
  out, JET_bitNewKey, JET_bitRangeInclusive, JET_bitRangeUpperLimit, JET_bitSeekEQ, JET_errInvalidParameter,
  JET_errNoCurrentRecord, JET_errRecordDeleted, JET_errRecordNotFound, JET_errSuccess, JET_MoveFirst, JET_MoveLast,
  JET_MoveNext, JET_MovePrevious,
} from '../../src';
import type { JET_RECPOS, JET_SESID, JET_TABLEID } from '../../src';
import {
  createPeople, fill, insertPerson, int32, intOf, isam, on, openTable, peer, peopleIds, PEOPLE, seekInt, self,
} from '../support/isam';
import type { Isam, People } from '../support/isam';

describe('record positions', () => {
  it('reports entries before the current one and the total; goes to a fraction of the index', () => {
    const w = isam();
    const api = w.emu.api;
    const p = createPeople(w.api, self(w));
    fill(w.api, w.ses, p, [[10, 'a', 1], [20, 'b', 2], [30, 'c', 3], [40, 'd', 4], [50, 'e', 5]]);
    expect(peopleIds(w.api, w.ses, p)).toEqual([10, 20, 30, 40, 50]);
    expect(api.JetMove(w.ses, p.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(api.JetMove(w.ses, p.tableid, 2, 0)).toBe(JET_errSuccess);
    const pos = out<JET_RECPOS>();
    expect(api.JetGetRecordPosition(w.ses, p.tableid, pos, 16)).toBe(JET_errSuccess);
    expect(pos.value).toMatchObject({ centriesLT: 2, centriesTotal: 5 });
    expect(api.JetGetRecordPosition(w.ses, p.tableid, pos, 15)).toBe(JET_errInvalidParameter);
    expect(api.JetGotoPosition(w.ses, p.tableid, { centriesLT: 1, centriesInRange: 1, centriesTotal: 5 })).toBe(JET_errSuccess);
    expect(api.JetMove(w.ses, p.tableid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(api.JetGetRecordPosition(w.ses, p.tableid, pos, 16)).toBe(JET_errSuccess);
    expect(pos.value.centriesLT).toBe(2);
    expect(api.JetGotoPosition(w.ses, p.tableid, { centriesLT: 1, centriesInRange: 1, centriesTotal: 2 })).toBe(JET_errSuccess);
    expect(api.JetGetRecordPosition(w.ses, p.tableid, pos, 16)).toBe(JET_errSuccess);
    expect(pos.value.centriesLT).toBe(2);
    expect(api.JetGotoPosition(w.ses, p.tableid, { centriesLT: 3, centriesInRange: 1, centriesTotal: 2 })).toBe(JET_errInvalidParameter);
  });

  it('answers NoCurrentRecord on an empty table', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    expect(w.emu.api.JetGotoPosition(w.ses, p.tableid, { centriesLT: 0, centriesInRange: 1, centriesTotal: 1 })).toBe(JET_errNoCurrentRecord);
    expect(w.emu.api.JetGetRecordPosition(w.ses, p.tableid, out(), 16)).toBe(JET_errNoCurrentRecord);
  });
});

/**
 * Positions and counts in a table large enough for three levels of tree, as each session sees it: the entries
 * before the current one are counted in key order of the cursor's index (ascending ids on the primary index,
 * descending ages on byAge), over what the session sees (its own uncommitted inserts and deletes in, another
 * session's out), and JetGotoPosition lands on the entry at that fraction of the index (rec.cxx ErrIsamGotoPosition).
 */
describe('record positions and counts over thousands of records, per session', () => {
  const N = 6_000;
  /** A permutation of 0 .. N - 1 (7919 is prime, so it shares no factor with N). */
  const ageOf = (id: number) => (id < N ? (id * 7919) % N : id);

  function world() {
    const w = isam();
    const p = createPeople(w.api, self(w));
    // Inserted in a scrambled order, each in a transaction of its own (the default version store would not hold
    // them all in one).
    for (let i = 0; i < N; i++) {
      const id = (i * 4_001) % N;
      expect(insertPerson(w.api, w.ses, p, id, null, ageOf(id))).toBe(JET_errSuccess);
    }
    // The creator's cursor is exclusive: closed, so that another session can open the table too.
    expect(w.api.JetCloseTable(w.ses, p.tableid)).toBe(JET_errSuccess);
    return { w, p: on(p, openTable(w.api, self(w), PEOPLE)) };
  }

  function position(w: Isam, ses: JET_SESID, tableid: JET_TABLEID): JET_RECPOS {
    const pos = out<JET_RECPOS>();
    expect(w.api.JetGetRecordPosition(ses, tableid, pos, 16)).toBe(JET_errSuccess);
    return pos.value;
  }

  /** Checks positions of sampled ids on both indexes against the ids the session should see. */
  function checkPositions(w: Isam, ses: JET_SESID, t: People, ids: number[]) {
    const byId = [...ids].sort((a, b) => a - b);
    const byAgeDesc = [...ids].sort((a, b) => ageOf(b) - ageOf(a));
    const api = w.api;
    expect(api.JetSetCurrentIndex(ses, t.tableid, null)).toBe(JET_errSuccess);
    for (let s = 0; s < byId.length; s += 97) {
      expect(seekInt(api, ses, t.tableid, byId[s], JET_bitSeekEQ)).toBe(JET_errSuccess);
      expect(position(w, ses, t.tableid)).toMatchObject({ centriesLT: s, centriesTotal: byId.length });
      // JetIndexRecordCount from here to the end of the index, then capped by its limit.
      const n = out<number>(0);
      expect(api.JetIndexRecordCount(ses, t.tableid, n, 0)).toBe(JET_errSuccess);
      expect(n.value).toBe(byId.length - s);
      expect(api.JetIndexRecordCount(ses, t.tableid, n, 7)).toBe(JET_errSuccess);
      expect(n.value).toBe(Math.min(7, byId.length - s));
    }
    // JetGotoPosition: the entry floor(lt * total / given total) of the index.
    for (const [lt, of] of [[0, 1], [1, 3], [2, 3], [999, 1_000], [5, 7]]) {
      expect(api.JetGotoPosition(ses, t.tableid, { centriesLT: lt, centriesInRange: 1, centriesTotal: of })).toBe(JET_errSuccess);
      expect(intOf(api, ses, t.tableid, t.id)).toBe(byId[Math.floor((lt * byId.length) / of)]);
    }
    expect(api.JetSetCurrentIndex(ses, t.tableid, 'byAge')).toBe(JET_errSuccess);
    for (let s = 0; s < byAgeDesc.length; s += 89) {
      expect(seekInt(api, ses, t.tableid, ageOf(byAgeDesc[s]), JET_bitSeekEQ)).toBe(JET_errSuccess);
      expect(intOf(api, ses, t.tableid, t.id)).toBe(byAgeDesc[s]);
      expect(position(w, ses, t.tableid)).toMatchObject({ centriesLT: s, centriesTotal: byAgeDesc.length });
    }
    expect(api.JetGotoPosition(ses, t.tableid, { centriesLT: 1, centriesInRange: 1, centriesTotal: 2 })).toBe(JET_errSuccess);
    expect(intOf(api, ses, t.tableid, t.id)).toBe(byAgeDesc[byAgeDesc.length >> 1]);
  }

  it('counts what each session sees: its own inserts and deletes in, another session\'s uncommitted ones out; a rollback restores them', () => {
    const { w, p } = world();
    const all = Array.from({ length: N }, (_, i) => i);
    const b = peer(w);
    const tb = on(p, openTable(w.api, b, PEOPLE));
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    // Session a removes every tenth record and adds 500 more, uncommitted.
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    for (let id = 0; id < N; id += 10) {
      expect(seekInt(w.api, w.ses, p.tableid, id, JET_bitSeekEQ)).toBe(JET_errSuccess);
      expect(w.api.JetDelete(w.ses, p.tableid)).toBe(JET_errSuccess);
    }
    for (let id = N; id < N + 500; id++) expect(insertPerson(w.api, w.ses, p, id, null, ageOf(id))).toBe(JET_errSuccess);
    const mine = [...all.filter((id) => id % 10 !== 0), ...Array.from({ length: 500 }, (_, i) => N + i)];
    checkPositions(w, w.ses, p, mine);
    // Session b, in its own transaction, still sees the table as it was.
    checkPositions(w, b.ses, tb, all);
    // a's rollback: every record back where it was.
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    checkPositions(w, w.ses, p, all);
  });

  it('JetIndexRecordCount on a record the session deleted: RecordDeleted, 0 counted, and the index range stays (dir.cxx)', () => {
    // dir.cxx ErrDIRIndexRecordCount reads the current entry first (ErrBTGet, which answers RecordDeleted for an
    // entry the cursor cannot see), with the count already set to 0; its exit resets the index range only on success.
    const w = isam();
    const p = createPeople(w.api, self(w));
    fill(w.api, w.ses, p, Array.from({ length: 10 }, (_, i): [number, null, number] => [i, null, i]));
    const api = w.api;
    expect(seekInt(api, w.ses, p.tableid, 3, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(api.JetMakeKey(w.ses, p.tableid, int32(5), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(api.JetSetIndexRange(w.ses, p.tableid, JET_bitRangeUpperLimit | JET_bitRangeInclusive)).toBe(JET_errSuccess);
    expect(api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(api.JetDelete(w.ses, p.tableid)).toBe(JET_errSuccess);
    const n = out<number>(99);
    expect(api.JetIndexRecordCount(w.ses, p.tableid, n, 0)).toBe(JET_errRecordDeleted);
    expect(n.value).toBe(0);
    // The range still ends the walk after 5.
    expect(api.JetMove(w.ses, p.tableid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(intOf(api, w.ses, p.tableid, p.id)).toBe(4);
    expect(api.JetMove(w.ses, p.tableid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(intOf(api, w.ses, p.tableid, p.id)).toBe(5);
    expect(api.JetMove(w.ses, p.tableid, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    // On a record it still sees, the count works and removes the range: from 6 to the end, 4 records.
    expect(seekInt(api, w.ses, p.tableid, 6, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(api.JetIndexRecordCount(w.ses, p.tableid, n, 0)).toBe(JET_errSuccess);
    expect(n.value).toBe(4);
  });
});

/**
 * Where JetGetRecordPosition finds a place (dir.cxx ErrDIRGetPosition): on an entry (locOnCurBM), or where a seek
 * that found nothing left the cursor (locOnSeekBM: dir.cxx ErrDIRDown keeps the sought key as the cursor's bookmark
 * on RecordNotFound), after resolving a new cursor's deferred move to the first entry (ErrDIRIRefresh). bt.cxx
 * ErrBTGetPosition then seeks that key in the tree without asking whether the session sees the entry there, so a
 * record the session deleted keeps its place. Before the first or after the last entry: NoCurrentRecord.
 */
describe('JetGetRecordPosition off a visible record', () => {
  function tenEven() {
    const w = isam();
    const p = createPeople(w.api, self(w));
    fill(w.api, w.ses, p, Array.from({ length: 10 }, (_, i): [number, null, number] => [i * 2, null, 100 - i]));
    return { w, p, api: w.api };
  }
  const pos = (w: Isam, tableid: JET_TABLEID) => {
    const box = out<JET_RECPOS>();
    return { rc: w.api.JetGetRecordPosition(w.ses, tableid, box, 16), value: box.value };
  };

  it('after a seek that found nothing: the place of the sought key (entries before it), on either index', () => {
    const { w, p, api } = tenEven();
    // ids 0, 2, ..., 18: 7 would come after 0, 2, 4, 6.
    expect(seekInt(api, w.ses, p.tableid, 7, JET_bitSeekEQ)).toBe(JET_errRecordNotFound);
    expect(pos(w, p.tableid)).toMatchObject({ rc: JET_errSuccess, value: { centriesLT: 4, centriesTotal: 10 } });
    // Past the last key: every entry is before it.
    expect(seekInt(api, w.ses, p.tableid, 99, JET_bitSeekEQ)).toBe(JET_errRecordNotFound);
    expect(pos(w, p.tableid)).toMatchObject({ rc: JET_errSuccess, value: { centriesLT: 10, centriesTotal: 10 } });
    // byAge is descending (ages 100 down to 91): every entry comes before a sought 0, none before a sought 200.
    expect(api.JetSetCurrentIndex(w.ses, p.tableid, 'byAge')).toBe(JET_errSuccess);
    expect(seekInt(api, w.ses, p.tableid, 0, JET_bitSeekEQ)).toBe(JET_errRecordNotFound);
    expect(pos(w, p.tableid)).toMatchObject({ rc: JET_errSuccess, value: { centriesLT: 10, centriesTotal: 10 } });
    expect(seekInt(api, w.ses, p.tableid, 200, JET_bitSeekEQ)).toBe(JET_errRecordNotFound);
    expect(pos(w, p.tableid)).toMatchObject({ rc: JET_errSuccess, value: { centriesLT: 0, centriesTotal: 10 } });
  });

  it('on a record the session deleted: its place, among the records the session still sees', () => {
    const { w, p, api } = tenEven();
    expect(seekInt(api, w.ses, p.tableid, 8, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(api.JetDelete(w.ses, p.tableid)).toBe(JET_errSuccess);
    // The retrieve answers RecordDeleted; the position does not look at the record. (The total is esemu's exact
    // count of what the session sees, 9; the engine's is an estimate from its pages: docs/differences.md.)
    expect(api.JetRetrieveColumn(w.ses, p.tableid, p.id, new Uint8Array(4), 4, out<number>(0), 0, null)).toBe(JET_errRecordDeleted);
    expect(pos(w, p.tableid)).toMatchObject({ rc: JET_errSuccess, value: { centriesLT: 4, centriesTotal: 9 } });
  });

  it('a new cursor is at the first entry (its deferred move resolved); before the first or after the last, NoCurrentRecord', () => {
    const { w, p, api } = tenEven();
    expect(api.JetCloseTable(w.ses, p.tableid)).toBe(JET_errSuccess);
    const t = openTable(api, self(w), PEOPLE);
    expect(pos(w, t)).toMatchObject({ rc: JET_errSuccess, value: { centriesLT: 0, centriesTotal: 10 } });
    expect(api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(api.JetMove(w.ses, t, JET_MovePrevious, 0)).toBe(JET_errNoCurrentRecord);
    expect(pos(w, t).rc).toBe(JET_errNoCurrentRecord);
    expect(api.JetMove(w.ses, t, JET_MoveLast, 0)).toBe(JET_errSuccess);
    expect(pos(w, t)).toMatchObject({ rc: JET_errSuccess, value: { centriesLT: 9, centriesTotal: 10 } });
    expect(api.JetMove(w.ses, t, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    expect(pos(w, t).rc).toBe(JET_errNoCurrentRecord);
  });
});

/**
 * Where JetIndexRecordCount counts from (dir.cxx ErrDIRIndexRecordCount): only an entry (locOnCurBM). A new
 * cursor's deferred move to the first entry is made first (ErrDIRIIRefresh); on an empty index it finds nothing,
 * the cursor stays deferred and the count is 0. Before the first entry (after DDL: fcreate.cxx ErrIsamAddColumn and
 * ErrIsamCreateIndex call DIRBeforeFirst; after a failed move: rec.cxx ErrIsamMove) it is NoCurrentRecord, even on
 * an empty index.
 */
describe('JetIndexRecordCount off an entry', () => {
  it('a new cursor on an empty table counts 0 and stays deferred: once there are records it counts them all', () => {
    const w = isam();
    const p = createPeople(w.api, self(w), true);
    const t = openTable(w.api, self(w), PEOPLE);
    const n = out<number>(7);
    expect(w.api.JetIndexRecordCount(w.ses, t, n, 0)).toBe(JET_errSuccess);
    expect(n.value).toBe(0);
    // Records inserted through another cursor: the first one's deferred move now lands on the first of them.
    const other = on(p, openTable(w.api, self(w), PEOPLE));
    fill(w.api, w.ses, other, [[5, null, 1], [6, null, 2], [7, null, 3]]);
    expect(w.api.JetIndexRecordCount(w.ses, t, n, 0)).toBe(JET_errSuccess);
    expect(n.value).toBe(3);
  });

  it('before the first entry, after DDL or a failed move, is NoCurrentRecord even on an empty table', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    const n = out<number>(7);
    // The creator's cursor after JetAddColumn / JetCreateIndex.
    expect(w.api.JetIndexRecordCount(w.ses, p.tableid, n, 0)).toBe(JET_errNoCurrentRecord);
    expect(n.value).toBe(0);
    expect(w.api.JetCloseTable(w.ses, p.tableid)).toBe(JET_errSuccess);
    const t = openTable(w.api, self(w), PEOPLE);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errNoCurrentRecord);
    expect(w.api.JetIndexRecordCount(w.ses, t, n, 0)).toBe(JET_errNoCurrentRecord);
  });
});
