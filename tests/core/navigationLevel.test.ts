/**
 * A cursor remembers the transaction level of its last navigation; rolling back that level puts it before the
 * first row, rolling back a higher level does not.
 *
 * Engine rules:
 * - every navigation of a table cursor records the session's current level (FUCBSetLevelNavigate in ErrDIRNext,
 *   ErrDIRPrev, ErrDIRDown, ErrDIRGotoPosition..., dir.cxx:647-1328); JetMove on a materialized temp table
 *   navigates this way;
 * - ErrDIRRollback (dir.cxx:2264-2274): every cursor of the session whose navigation level equals the level being
 *   rolled back gets navigation level - 1 and is moved before the first row (DIRBeforeFirst); a retrieve then
 *   answers NoCurrentRecord and JetMove(JET_MoveNext) lands on the first row (ese-semantics.md §7.4);
 * - a commit lowers the navigation level of cursors that navigated in the committed level to the new level
 *   (dir.cxx:2150-2160, §7.3).
 * The tables are opened at level 0, so no rollback here closes them (§9.5).
 */
import {
  out, JET_bitNewKey, JET_bitRollbackAll, JET_bitSeekEQ, JET_errNoCurrentRecord, JET_MoveFirst, JET_MoveLast,
  JET_MoveNext, JET_MovePrevious,
} from '../../src';
import type { JetApi, JET_COLUMNID, JET_SESID, JET_TABLEID } from '../../src';
import { insert, int32, openSort, readInt32, session, world } from '../support/fixture';

interface Cursor {
  api: JetApi;
  ses: JET_SESID;
  tableid: JET_TABLEID;
  col: JET_COLUMNID;
}

/** A materialized temp table holding 1, 2, 3, filled at level 0. */
function table(api: JetApi, ses: JET_SESID): Cursor {
  const t = openSort(api, ses, 0, true);
  for (const v of [1, 2, 3]) expect(insert(api, ses, t.tableid, t.col, v)).toBe(0);
  return { api, ses, ...t };
}

function setUp(): Cursor {
  const { api, ses } = world();
  return table(api, ses);
}

/** The current row's value, or the error code when there is none. */
function current(c: Cursor): number | string {
  const buf = new Uint8Array(4);
  const rc = c.api.JetRetrieveColumn(c.ses, c.tableid, c.col, buf, 4, null, 0, null);
  return rc === 0 ? readInt32(buf) : `error ${rc}`;
}

const BEFORE_FIRST = `error ${JET_errNoCurrentRecord}`;
const move = (c: Cursor, how: number) => expect(c.api.JetMove(c.ses, c.tableid, how, 0)).toBe(0);
const begin = (c: Cursor) => expect(c.api.JetBeginTransaction(c.ses)).toBe(0);
const rollback = (c: Cursor, grbit = 0) => expect(c.api.JetRollback(c.ses, grbit)).toBe(0);
const commit = (c: Cursor) => expect(c.api.JetCommitTransaction(c.ses, 0)).toBe(0);

describe('navigation level and rollback', () => {
  it('a cursor that navigated at level 0 keeps its row when level 1 rolls back', () => {
    const c = setUp();
    move(c, JET_MoveLast);
    begin(c);
    rollback(c);
    expect(current(c)).toBe(3);
  });

  it('a cursor that navigated inside level 1 is before the first row after level 1 rolls back', () => {
    const c = setUp();
    move(c, JET_MoveFirst);
    begin(c);
    move(c, JET_MoveNext);
    expect(current(c)).toBe(2);
    rollback(c);
    expect(current(c)).toBe(BEFORE_FIRST);
    move(c, JET_MoveNext);
    expect(current(c)).toBe(1);
  });

  it.each([
    ['JET_MoveFirst', JET_MoveFirst], ['JET_MoveLast', JET_MoveLast], ['JET_MovePrevious', JET_MovePrevious], ['2 rows back', -2],
  ])('%s records the level', (_name, how) => {
    const c = setUp();
    move(c, JET_MoveLast);
    begin(c);
    move(c, how);
    rollback(c);
    expect(current(c)).toBe(BEFORE_FIRST);
  });

  it('navigated at level N-1, level N rolled back: still on its row; level N-1 rolled back: before the first', () => {
    for (let n = 2; n <= 7; n++) {
      const c = setUp();
      for (let l = 1; l < n; l++) begin(c);
      move(c, JET_MoveLast);
      begin(c);
      rollback(c);
      expect({ n, row: current(c) }).toEqual({ n, row: 3 });
      rollback(c);
      expect({ n, row: current(c) }).toEqual({ n, row: BEFORE_FIRST });
    }
  });

  it('a move that fails (MoveNext off the last row) records the level too', () => {
    // ErrDIRNext sets the navigation level before it moves (dir.cxx:863-865).
    const c = setUp();
    move(c, JET_MoveLast);
    begin(c);
    expect(c.api.JetMove(c.ses, c.tableid, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    rollback(c);
    move(c, JET_MoveNext);
    expect(current(c)).toBe(1);
  });

  it('JetMove(0) only re-reads the current row: it records no level', () => {
    // ErrIsamMove with crow 0 calls ErrDIRGet only (rec.cxx:928-931), which does not set the navigation level.
    const c = setUp();
    move(c, JET_MoveLast);
    begin(c);
    expect(c.api.JetMove(c.ses, c.tableid, 0, 0)).toBe(0);
    rollback(c);
    expect(current(c)).toBe(3);
  });

  it('JetGotoBookmark records no level', () => {
    // ErrDIRGotoJetBookmark (dir.cxx:522-) does not set the navigation level; only GotoPosition, Down,
    // DownKeyData, Next, Prev, Insert and InitAppend do (dir.cxx:647-1328).
    const c = setUp();
    move(c, JET_MoveFirst);
    const bm = new Uint8Array(16);
    const size = out<number>(0);
    expect(c.api.JetGetBookmark(c.ses, c.tableid, bm, 16, size)).toBe(0);
    move(c, JET_MoveLast);
    begin(c);
    expect(c.api.JetGotoBookmark(c.ses, c.tableid, bm, size.value)).toBe(0);
    expect(current(c)).toBe(1);
    rollback(c);
    expect(current(c)).toBe(1);
  });

  it('navigated at level N, a lower level rolled back with it: before the first row', () => {
    const c = setUp();
    begin(c);
    begin(c);
    move(c, JET_MoveFirst);
    rollback(c, JET_bitRollbackAll);
    expect(current(c)).toBe(BEFORE_FIRST);
  });

  it('navigation at level 2 committed into level 1 counts as level 1', () => {
    const c = setUp();
    begin(c);
    begin(c);
    move(c, JET_MoveLast);
    commit(c);
    expect(current(c)).toBe(3);
    rollback(c);
    expect(current(c)).toBe(BEFORE_FIRST);
  });

  it('navigation at level 1 committed to level 0 survives a later transaction', () => {
    const c = setUp();
    begin(c);
    move(c, JET_MoveLast);
    commit(c);
    begin(c);
    rollback(c);
    expect(current(c)).toBe(3);
  });

  it('navigated at level 1 and again at level 2: rolling back level 2 resets it', () => {
    const c = setUp();
    begin(c);
    move(c, JET_MoveFirst);
    begin(c);
    move(c, JET_MoveNext);
    rollback(c);
    expect(current(c)).toBe(BEFORE_FIRST);
  });

  it('a seek navigates too', () => {
    const c = setUp();
    move(c, JET_MoveFirst);
    begin(c);
    expect(c.api.JetMakeKey(c.ses, c.tableid, int32(2), 4, JET_bitNewKey)).toBe(0);
    expect(c.api.JetSeek(c.ses, c.tableid, JET_bitSeekEQ)).toBe(0);
    rollback(c);
    expect(current(c)).toBe(BEFORE_FIRST);
  });

  it('only the cursors that navigated in the level are reset', () => {
    const { api, ses } = world();
    const still = table(api, ses);
    const moved = table(api, ses);
    move(still, JET_MoveLast);
    move(moved, JET_MoveLast);
    begin(still);
    move(moved, JET_MovePrevious);
    rollback(still);
    expect(current(still)).toBe(3);
    expect(current(moved)).toBe(BEFORE_FIRST);
  });

  it('another session\'s rollback leaves this session\'s cursors alone', () => {
    const { api, inst, ses } = world();
    const mine = table(api, ses);
    const ses2 = session(api, inst);
    expect(api.JetBeginTransaction(ses)).toBe(0);
    expect(api.JetBeginTransaction(ses2)).toBe(0);
    move(mine, JET_MoveLast);
    expect(api.JetRollback(ses2, 0)).toBe(0);
    expect(current(mine)).toBe(3);
    expect(api.JetRollback(ses, 0)).toBe(0);
    expect(current(mine)).toBe(BEFORE_FIRST);
  });
});
