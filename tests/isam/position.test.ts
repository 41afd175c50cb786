/**
 * JetGetRecordPosition / JetGotoPosition (rec.cxx, dir.cxx): the current entry's place in its index as entries
 * before it out of the total, and going to the entry at a fraction of the index; GotoPosition is a navigation.
 */
import {
  out, JET_errInvalidParameter, JET_errNoCurrentRecord, JET_errSuccess, JET_MoveFirst, JET_MoveNext,
} from '../../src';
import type { JET_RECPOS } from '../../src';
import { createPeople, fill, isam, peopleIds, self } from '../support/isam';

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
