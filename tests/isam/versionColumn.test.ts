/**
 * The version column (JET_bitColumnVersion), as recupd.cxx maintains it:
 * - ErrRECIInsert (lines 1682-1728): an insert that did not set the column gets 0 (a 4-byte ULONG); one that set it
 *   (only an insert may: a replace answers InvalidColumnType, fldmod.cxx) keeps what was set. An insert copy starts
 *   with no column marked set (FUCBResetColumnSet), so the copy gets 0 too.
 * - ErrRECIReplace (lines 3088-3172): the value is read from the record as it is now and goes up by one; a NULL
 *   (a record inserted before the column was added) becomes 1. Before that, a replace in which no JetSetColumn
 *   succeeded (!FFUCBAnyColumnSet, line 3031) ends without writing anything, so the version stays.
 */
import {
  out, JET_bitColumnVersion, JET_coltypLong, JET_errSuccess, JET_MoveFirst, JET_MoveNext, JET_prepInsert,
  JET_prepInsertCopy, JET_prepReplace, JET_prepReplaceNoLock,
} from '../../src';
import type { JET_COLUMNID, JET_TABLEID } from '../../src';
import { addColumn, int32, intOf, isam, scan } from '../support/isam';
import type { Isam } from '../support/isam';

interface T {
  w: Isam;
  t: JET_TABLEID;
  n: JET_COLUMNID;
  ver: JET_COLUMNID;
}

function table(withVersion = true): T & { ver: JET_COLUMNID } {
  const w = isam();
  const box = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, 't', 0, 100, box)).toBe(JET_errSuccess);
  const t = box.value;
  const n = addColumn(w.api, w.ses, t, 'n', { coltyp: JET_coltypLong });
  const ver = withVersion ? addColumn(w.api, w.ses, t, 'ver', { coltyp: JET_coltypLong, grbit: JET_bitColumnVersion }) : (0 as JET_COLUMNID);
  return { w, t, n, ver };
}

function insert(x: T, n: number, ver?: number): void {
  const { w, t } = x;
  expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
  expect(w.api.JetSetColumn(w.ses, t, x.n, int32(n), 4, 0, null)).toBe(JET_errSuccess);
  if (ver !== undefined) expect(w.api.JetSetColumn(w.ses, t, x.ver, int32(ver), 4, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
}

function replaceN(x: T, n: number, prep = JET_prepReplace): void {
  const { w, t } = x;
  expect(w.api.JetPrepareUpdate(w.ses, t, prep)).toBe(JET_errSuccess);
  expect(w.api.JetSetColumn(w.ses, t, x.n, int32(n), 4, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
}

describe('the version column (recupd.cxx)', () => {
  it('an insert that does not set it stores 0; each replace adds one, read from the record as it is', () => {
    const x = table();
    insert(x, 1);
    insert(x, 2);
    expect(scan(x.w.api, x.w.ses, x.t, x.ver)).toEqual([0, 0]);
    expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    replaceN(x, 10);
    replaceN(x, 11, JET_prepReplaceNoLock);
    replaceN(x, 12);
    expect(intOf(x.w.api, x.w.ses, x.t, x.ver)).toBe(3);
    expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveNext, 0)).toBe(JET_errSuccess);
    replaceN(x, 20);
    expect(scan(x.w.api, x.w.ses, x.t, x.ver)).toEqual([3, 1]);
    expect(scan(x.w.api, x.w.ses, x.t, x.n)).toEqual([12, 20]);
  });

  it('an insert may set it, and keeps that value; the next replace counts on from it, wrapping at 2^32 as a ULONG', () => {
    const x = table();
    insert(x, 1, 41);
    insert(x, 2, -1); // 0xffffffff
    expect(scan(x.w.api, x.w.ses, x.t, x.ver)).toEqual([41, -1]);
    expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    replaceN(x, 5);
    expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveNext, 0)).toBe(JET_errSuccess);
    replaceN(x, 6);
    expect(scan(x.w.api, x.w.ses, x.t, x.ver)).toEqual([42, 0]);
  });

  it('an insert copy starts again at 0, whatever the original held', () => {
    const x = table();
    insert(x, 1);
    expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    replaceN(x, 1);
    replaceN(x, 1);
    expect(intOf(x.w.api, x.w.ses, x.t, x.ver)).toBe(2);
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepInsertCopy)).toBe(JET_errSuccess);
    expect(x.w.api.JetSetColumn(x.w.ses, x.t, x.n, int32(2), 4, 0, null)).toBe(JET_errSuccess);
    expect(x.w.api.JetUpdate(x.w.ses, x.t, null, 0, null)).toBe(JET_errSuccess);
    expect(scan(x.w.api, x.w.ses, x.t, x.ver)).toEqual([2, 0]);
  });

  it('a replace that set no column writes nothing: the version stays', () => {
    const x = table();
    insert(x, 1);
    expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    for (const prep of [JET_prepReplace, JET_prepReplaceNoLock]) {
      expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, prep)).toBe(JET_errSuccess);
      expect(x.w.api.JetUpdate(x.w.ses, x.t, null, 0, null)).toBe(JET_errSuccess);
    }
    expect(intOf(x.w.api, x.w.ses, x.t, x.ver)).toBe(0);
    // A JetSetColumn that failed does not count as one set.
    expect(x.w.api.JetPrepareUpdate(x.w.ses, x.t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(x.w.api.JetSetColumn(x.w.ses, x.t, x.ver, int32(9), 4, 0, null)).toBeLessThan(0);
    expect(x.w.api.JetUpdate(x.w.ses, x.t, null, 0, null)).toBe(JET_errSuccess);
    expect(intOf(x.w.api, x.w.ses, x.t, x.ver)).toBe(0);
  });

  it('a record from before the column was added reads NULL until its first replace, which makes it 1', () => {
    const x = table(false);
    insert(x, 7);
    const ver = addColumn(x.w.api, x.w.ses, x.t, 'ver', { coltyp: JET_coltypLong, grbit: JET_bitColumnVersion });
    const y = { ...x, ver };
    expect(x.w.api.JetMove(x.w.ses, x.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(intOf(x.w.api, x.w.ses, x.t, ver)).toBeNull();
    replaceN(y, 8);
    expect(intOf(x.w.api, x.w.ses, x.t, ver)).toBe(1);
  });
});
