/**
 * Navigation on a regular table (src/engine/tableNav.ts) where mutation testing found no test: the limit of
 * JetIndexRecordCount and the place JetGotoPosition lands on. Expected values from the engine's rules:
 * dir.cxx ErrDIRIndexRecordCount counts entries from the current one forward and stops when the count reaches
 * crecMax (0: no limit); an empty index counts 0.
 */
import { out, JET_errSuccess, JET_MoveFirst, JET_MoveNext } from '../../src';
import type { JET_RECPOS } from '../../src';
import { createPeople, fill, isam, People, self } from '../support/isam';
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
