/**
 * Session procids are reused smallest-free-first.
 *
 * Engine rule (ese-semantics.md §4.1; ErrPIBBeginSession, pib.cxx:795-804): the instance keeps its sessions in a
 * list sorted by procid, and a new session (JetBeginSession or JetDupSession, both ErrIsamBeginSession) takes the
 * first gap in 1, 2, 3, ... — the smallest positive procid no live session holds. JetGetSessionInfo reports it in
 * ulProcid (tm.cxx). In the engine internal sessions may hold the lowest procids, so the tests only rely on the
 * rule itself: the procids below the first user session are taken to be held, and every later session must get
 * the smallest procid that is neither held nor in use.
 */
import fc from 'fast-check';
import { out, JET_paramMaxSessions, JET_SessionInfo } from '../../src';
import type { JetApi, JET_SESID, JET_SESSIONINFO } from '../../src';
import { session, world } from '../support/fixture';

function procid(api: JetApi, ses: JET_SESID): number {
  const box = out<JET_SESSIONINFO>();
  // JET_SESSIONINFO is 24 bytes on x64 (jethdr.w); cbMax must cover it.
  expect(api.JetGetSessionInfo(ses, box, 24, JET_SessionInfo)).toBe(0);
  return box.value.ulProcid;
}

/** A world whose instance allows `max` sessions, with `count` sessions in all (the fixture's one included). */
function sessions(max: number, count: number) {
  const w = world({}, [[JET_paramMaxSessions, max]]);
  const live = [w.ses];
  for (let i = 1; i < count; i++) live.push(session(w.api, w.inst));
  return { ...w, live };
}

/** The smallest procid that is not held: neither below `first` (possibly internal) nor in `used`. */
function smallestFree(first: number, used: Set<number>): number {
  let p = first;
  while (used.has(p)) p++;
  return p;
}

describe('procids', () => {
  it('consecutive new sessions get consecutive procids', () => {
    const { api, live } = sessions(16, 8);
    const ps = live.map((s) => procid(api, s));
    expect(ps[0]).toBeGreaterThan(0);
    expect(ps).toEqual(ps.map((_, i) => ps[0] + i));
  });

  // Every order of freeing 4 of 6 procids, and of freeing 5 of 7 (a heap of free procids with 4 or more entries
  // must still hand out its smallest each time).
  const orders = (n: number, of: number[]): number[][] => {
    if (n === 0) return [[]];
    return of.flatMap((x) => orders(n - 1, of.filter((y) => y !== x)).map((rest) => [x, ...rest]));
  };
  const CASES: Array<[number, number[]]> = [
    ...orders(4, [1, 2, 3, 4, 5]).map((o): [number, number[]] => [6, o]),
    ...orders(5, [1, 2, 3, 5, 6]).map((o): [number, number[]] => [7, o]),
  ];

  it.each([[6, 4], [7, 5]])('with %i sessions, in every order of ending %i of them: the freed procids come back smallest first', (count, n) => {
    const cases = CASES.filter(([c, o]) => c === count && o.length === n);
    expect(cases.length).toBe(120);
    for (const [, freed] of cases) {
      const { api, inst, live } = sessions(16, count);
      const ps = live.map((s) => procid(api, s));
      for (const i of freed) expect(api.JetEndSession(live[i], 0)).toBe(0);
      const expected = freed.map((i) => ps[i]).sort((a, b) => a - b);
      const got = expected.map(() => procid(api, session(api, inst)));
      expect({ freed, got }).toEqual({ freed, got: expected });
      // With every gap filled, the next one goes past the highest procid in use.
      expect(procid(api, session(api, inst))).toBe(ps[count - 1] + 1);
    }
  });

  it('JetDupSession takes the smallest free procid too', () => {
    const { api, live } = sessions(16, 7);
    const ps = live.map((s) => procid(api, s));
    for (const i of [5, 1, 4, 2]) expect(api.JetEndSession(live[i], 0)).toBe(0);
    const got: number[] = [];
    for (let i = 0; i < 4; i++) {
      const dup = out<JET_SESID>();
      expect(api.JetDupSession(live[6], dup)).toBe(0);
      got.push(procid(api, dup.value));
    }
    expect(got).toEqual([ps[1], ps[2], ps[4], ps[5]]);
  });

  it('frees and new sessions interleaved at random: every new session gets the smallest free procid', () => {
    type Step = { end: true; i: number } | { end: false; dup: boolean };
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.nat({ max: 40 }).map((i): Step => ({ end: true, i })),
      fc.boolean().map((dup): Step => ({ end: false, dup })),
    );
    fc.assert(fc.property(fc.array(step, { minLength: 4, maxLength: 40 }), (steps) => {
      const { api, inst, ses } = world({}, [[JET_paramMaxSessions, 40]]);
      const first = procid(api, ses);
      const live = new Map<JET_SESID, number>([[ses, first]]);
      for (const s of steps) {
        if (s.end) {
          if (live.size <= 1) continue;
          const victim = [...live.keys()][s.i % live.size];
          expect(api.JetEndSession(victim, 0)).toBe(0);
          live.delete(victim);
        } else {
          const expected = smallestFree(first, new Set(live.values()));
          let created: JET_SESID;
          if (s.dup) {
            const box = out<JET_SESID>();
            expect(api.JetDupSession([...live.keys()][0], box)).toBe(0);
            created = box.value;
          } else {
            created = session(api, inst);
          }
          expect(procid(api, created)).toBe(expected);
          live.set(created, expected);
        }
      }
    }), { numRuns: 150 });
  });

  it('procids are per instance: ending a session of one instance frees nothing in another', () => {
    const a = sessions(16, 4);
    const other = out<typeof a.inst>();
    expect(a.api.JetCreateInstance(other, 'other')).toBe(0);
    expect(a.api.JetInit(other)).toBe(0);
    const b1 = session(a.api, other.value);
    const b2 = session(a.api, other.value);
    const pa = a.live.map((s) => procid(a.api, s));
    expect(a.api.JetEndSession(a.live[1], 0)).toBe(0);
    expect(procid(a.api, session(a.api, other.value))).toBe(procid(a.api, b2) + 1);
    expect(procid(a.api, b1)).toBeLessThan(procid(a.api, b2));
    expect(procid(a.api, session(a.api, a.inst))).toBe(pa[1]);
  });
});
