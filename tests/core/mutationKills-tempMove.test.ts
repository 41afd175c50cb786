/**
 * Survivors of mutation testing in src/engine/cursorMove.ts and src/engine/cursorRead.ts (docs/testing.md, run 15),
 * killed here. Expected values from the engine:
 * - a materialized temp table is a B-tree moved through rec.cxx ErrIsamMove and dir.cxx: JET_MoveFirst is
 *   DIRBeforeFirst then ErrDIRNext, JET_MoveLast DIRAfterLast then ErrDIRPrev; a move that finds no node restores
 *   the cursor's place (dir.cxx ErrDIRNext / ErrDIRPrev: locBeforeFirst / locAfterLast), and from after the last
 *   node ErrDIRNext is NoCurrentRecord at once, whatever was inserted since;
 * - rec.cxx ErrRECIGotoBookmark cancels a prepared update and calls KSReset before going to the record;
 * - sortapi.cxx ErrIsamSortMove looks at no grbit: JET_bitMoveKeyNE moves a sort read from memory onto the next
 *   row even when its key is the same (a forward-only sort that is not unique keeps rows with equal keys, §9.3);
 * - a bookmark outside a sort being read is InvalidBookmark in esemu (docs/differences.md, "JetGotoBookmark on a
 *   sort": the engine only asserts that it is in range).
 */
import {
  out, JET_bitColumnTTKey, JET_bitMoveKeyNE, JET_bitNewKey, JET_bitSeekEQ, JET_bitTTForwardOnly, JET_coltypLong,
  JET_errInvalidBookmark, JET_errKeyNotMade, JET_errNoCurrentRecord, JET_errSuccess, JET_MoveFirst, JET_MoveLast,
  JET_MoveNext, JET_MovePrevious, JET_errUpdateNotPrepared, JET_prepCancel, JET_prepReplace,
} from '../../src';
import type { JetApi, JET_COLUMNID, JET_SESID, JET_TABLEID } from '../../src';
import { insert, int32, openSort, readInt32, world } from '../support/fixture';

function dup(api: JetApi, ses: JET_SESID, t: JET_TABLEID): JET_TABLEID {
  const box = out<JET_TABLEID>();
  expect(api.JetDupCursor(ses, t, box, 0)).toBe(JET_errSuccess);
  return box.value;
}

function value(api: JetApi, ses: JET_SESID, t: JET_TABLEID, col: JET_COLUMNID): number {
  const buf = new Uint8Array(4);
  expect(api.JetRetrieveColumn(ses, t, col, buf, 4, null, 0, null)).toBe(JET_errSuccess);
  return readInt32(buf);
}

describe('moves on a materialized temp table that find no row', () => {
  it('a failed JET_MoveFirst leaves the cursor before the first row: a row inserted later is the next one', () => {
    const { api, ses } = world();
    const { tableid: t, col } = openSort(api, ses, 0, true);
    expect(api.JetMove(ses, t, JET_MoveFirst, 0)).toBe(JET_errNoCurrentRecord);
    expect(insert(api, ses, dup(api, ses, t), col, 7)).toBe(JET_errSuccess);
    expect(api.JetMove(ses, t, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(value(api, ses, t, col)).toBe(7);
  });

  it('a failed JET_MoveLast leaves the cursor after the last row: a row inserted later is the previous one', () => {
    const { api, ses } = world();
    const { tableid: t, col } = openSort(api, ses, 0, true);
    expect(api.JetMove(ses, t, JET_MoveLast, 0)).toBe(JET_errNoCurrentRecord);
    expect(insert(api, ses, dup(api, ses, t), col, 7)).toBe(JET_errSuccess);
    expect(api.JetMove(ses, t, JET_MovePrevious, 0)).toBe(JET_errSuccess);
    expect(value(api, ses, t, col)).toBe(7);
  });

  it('after the last row, a JET_MovePrevious on a table emptied meanwhile leaves it there (dir.cxx ErrDIRPrev)', () => {
    const { api, ses } = world();
    const { tableid: t, col } = openSort(api, ses, 0, true);
    expect(insert(api, ses, t, col, 1)).toBe(JET_errSuccess);
    expect(api.JetMove(ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(api.JetMove(ses, t, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    const other = dup(api, ses, t);
    expect(api.JetMove(ses, other, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(api.JetDelete(ses, other)).toBe(JET_errSuccess);
    expect(api.JetMove(ses, t, JET_MovePrevious, 0)).toBe(JET_errNoCurrentRecord);
    expect(insert(api, ses, other, col, 2)).toBe(JET_errSuccess);
    // Still after the last row: a next row is never found from there.
    expect(api.JetMove(ses, t, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    expect(api.JetMove(ses, t, JET_MovePrevious, 0)).toBe(JET_errSuccess);
    expect(value(api, ses, t, col)).toBe(2);
  });
});

describe('JetGotoBookmark on temp tables', () => {
  it('on a materialized temp table it drops the key being made (rec.cxx ErrRECIGotoBookmark: KSReset)', () => {
    const { api, ses } = world();
    const { tableid: t, col } = openSort(api, ses, 0, true);
    expect(insert(api, ses, t, col, 1)).toBe(JET_errSuccess);
    expect(api.JetMove(ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    const bm = new Uint8Array(256);
    const cb = out<number>(0);
    expect(api.JetGetBookmark(ses, t, bm, 256, cb)).toBe(JET_errSuccess);
    expect(api.JetMakeKey(ses, t, int32(1), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(api.JetGotoBookmark(ses, t, bm.subarray(0, cb.value), cb.value)).toBe(JET_errSuccess);
    expect(api.JetSeek(ses, t, JET_bitSeekEQ)).toBe(JET_errKeyNotMade);
  });

  it('on a materialized temp table it cancels a prepared update (rec.cxx ErrRECIGotoBookmark)', () => {
    const { api, ses } = world();
    const { tableid: t, col } = openSort(api, ses, 0, true);
    expect(insert(api, ses, t, col, 1)).toBe(JET_errSuccess);
    expect(api.JetMove(ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    const bm = new Uint8Array(256);
    const cb = out<number>(0);
    expect(api.JetGetBookmark(ses, t, bm, 256, cb)).toBe(JET_errSuccess);
    expect(api.JetPrepareUpdate(ses, t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(api.JetGotoBookmark(ses, t, bm.subarray(0, cb.value), cb.value)).toBe(JET_errSuccess);
    expect(api.JetPrepareUpdate(ses, t, JET_prepCancel)).toBe(JET_errUpdateNotPrepared);
  });

  it('a bookmark past the rows of a sort being read is InvalidBookmark (docs/differences.md)', () => {
    const { api, ses } = world();
    const { tableid: t, col } = openSort(api, ses);
    expect(insert(api, ses, t, col, 1)).toBe(JET_errSuccess);
    expect(api.JetMove(ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(api.JetGotoBookmark(ses, t, int32(5), 4)).toBe(JET_errInvalidBookmark);
  });
});

describe('JET_bitMoveKeyNE on a sort', () => {
  it('is not looked at: a forward-only sort moves onto the next row of the same key (sortapi.cxx ErrIsamSortMove)', () => {
    const { api, ses } = world();
    const ids: JET_COLUMNID[] = [];
    const box = out<JET_TABLEID>();
    const defs = [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }, { coltyp: JET_coltypLong }];
    expect(api.JetOpenTempTable(ses, defs, 2, JET_bitTTForwardOnly, box, ids)).toBe(JET_errSuccess);
    const t = box.value;
    for (const [k, v] of [[1, 10], [1, 11], [2, 20]]) {
      expect(api.JetPrepareUpdate(ses, t, 0)).toBe(JET_errSuccess);
      expect(api.JetSetColumn(ses, t, ids[0], int32(k), 4, 0, null)).toBe(JET_errSuccess);
      expect(api.JetSetColumn(ses, t, ids[1], int32(v), 4, 0, null)).toBe(JET_errSuccess);
      expect(api.JetUpdate(ses, t, null, 0, null)).toBe(JET_errSuccess);
    }
    expect(api.JetMove(ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    const keys = [value(api, ses, t, ids[0])];
    while (api.JetMove(ses, t, JET_MoveNext, JET_bitMoveKeyNE) === JET_errSuccess) keys.push(value(api, ses, t, ids[0]));
    expect(keys).toEqual([1, 1, 2]);
  });
});
