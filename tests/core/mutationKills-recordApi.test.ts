/**
 * Survivors of mutation testing in src/jet/recordApi.ts (docs/testing.md, "Tenth session"), killed here. Expected
 * values come from:
 * - recupd.cxx ErrIsamUpdate (JetUpdate2): the bookmark is copied into the caller's buffer as far as `cbBookmark`
 *   goes, never further (a replace cuts it silently).
 * - rec.cxx ErrRECIValidateOneMoveFilter (JetSetCursorFilter): an entry with `cb` 0 and no data compares the column
 *   with NULL; the engine keeps its own copy of each value (the caller's buffer may change after the call).
 * - api-reference.md "Arguments are plain data": a value that is not bytes, or a length past the buffer's end, is
 *   InvalidParameter.
 */
import { JET_errInvalidParameter, JET_errSuccess, JET_MoveFirst, JET_prepReplace } from '../../src';
import type { JET_COLUMNID, JET_SESID, JET_TABLEID } from '../../src';
import { createPeople, fill, int32, isam, scan, self } from '../support/isam';
import type { Isam, People } from '../support/isam';

/** jethdr.w JET_RELOP: relopEquals. */
const JET_relopEquals = 0;

interface Filter { columnid: JET_COLUMNID; relop: number; pv: unknown; cb: number; grbit: number }
type SetFilter = (sesid: JET_SESID, tableid: JET_TABLEID, filters: Filter[] | null, count: number, grbit: number) => number;

function people(): { w: Isam; p: People; setFilter: SetFilter } {
  const w = isam();
  const p = createPeople(w.api, self(w));
  fill(w.api, w.ses, p, [[1, 'a', 10], [2, 'b', null], [3, 'c', 30]]);
  const setFilter = (w.emu.api as unknown as { JetSetCursorFilter: SetFilter }).JetSetCursorFilter;
  return { w, p, setFilter };
}

describe('recordApi.ts survivors', () => {
  it('JetUpdate2 of a replace writes no further than cbBookmark into a larger buffer', () => {
    const { w, p } = people();
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepReplace)).toBe(JET_errSuccess);
    const buffer = new Uint8Array(16).fill(0xee);
    expect(w.emu.api.JetUpdate2(w.ses, p.tableid, buffer, 1, null, 0)).toBe(JET_errSuccess);
    expect(buffer[0]).not.toBe(0xee);
    expect([...buffer.subarray(1)]).toEqual(new Array<number>(15).fill(0xee));
  });

  it('JetSetCursorFilter: no data and cb 0 compares with NULL', () => {
    const { w, p, setFilter } = people();
    expect(setFilter(w.ses, p.tableid, [{ columnid: p.age, relop: JET_relopEquals, pv: null, cb: 0, grbit: 0 }], 1, 0)).toBe(JET_errSuccess);
    expect(scan(w.api, w.ses, p.tableid, p.id)).toEqual([2]);
    expect(setFilter(w.ses, p.tableid, [{ columnid: p.age, relop: JET_relopEquals, pv: undefined, cb: 0, grbit: 0 }], 1, 0)).toBe(JET_errSuccess);
    expect(scan(w.api, w.ses, p.tableid, p.id)).toEqual([2]);
  });

  it('JetSetCursorFilter: a value that is not bytes, or a cb past its end, is InvalidParameter', () => {
    const { w, p, setFilter } = people();
    expect(setFilter(w.ses, p.tableid, [{ columnid: p.age, relop: JET_relopEquals, pv: 'abcd', cb: 4, grbit: 0 }], 1, 0)).toBe(JET_errInvalidParameter);
    expect(setFilter(w.ses, p.tableid, [{ columnid: p.age, relop: JET_relopEquals, pv: int32(10), cb: 5, grbit: 0 }], 1, 0)).toBe(JET_errInvalidParameter);
  });

  it('JetSetCursorFilter keeps its own copy of the value: changing the caller\'s buffer afterwards changes nothing', () => {
    const { w, p, setFilter } = people();
    const value = int32(30);
    expect(setFilter(w.ses, p.tableid, [{ columnid: p.age, relop: JET_relopEquals, pv: value, cb: 4, grbit: 0 }], 1, 0)).toBe(JET_errSuccess);
    value.set(int32(10));
    expect(scan(w.api, w.ses, p.tableid, p.id)).toEqual([3]);
  });
});
