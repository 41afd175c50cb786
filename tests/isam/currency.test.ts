/**
 * Currency on regular tables: the deferred move-first of a new cursor, JetMove First / Last / Next / Previous /
 * relative counts and the ends, the deleted record that stays current, inserts that do not move the cursor,
 * secondary-index order (primary key as tie-break), JetDupCursor, bookmarks and what DDL does to currency
 * (dir.cxx, rec.cxx ErrIsamMove, managedesent-api.md §7 items 16-23).
 */
import {
  out,
  JET_bitSeekEQ, JET_coltypLong, JET_errNoCurrentRecord, JET_errRecordDeleted, JET_errRecordNotFound, JET_errSuccess,
  JET_errUpdateNotPrepared,
  JET_MoveFirst, JET_MoveLast, JET_MoveNext, JET_MovePrevious, JET_prepInsert, JET_prepReplace,
} from '../../src';
import type { JET_COLUMNID, JET_TABLEID } from '../../src';
import {
  createPeople, fill, insertPerson, int32, intOf, isam, on, openTable, peopleIds, retrieve, scan, seekInt, self,
  PEOPLE,
} from '../support/isam';
import type { Isam, People } from '../support/isam';

/** people with ids 1..5 (names e..a, ages 10..50), the creator's cursor closed and a fresh one opened. */
function five(): { w: Isam; p: People } {
  const w = isam();
  const c = createPeople(w.api, self(w));
  fill(w.api, w.ses, c, [[1, 'e', 10], [2, 'd', 20], [3, 'c', 30], [4, 'b', 40], [5, 'a', 50]]);
  expect(w.api.JetCloseTable(w.ses, c.tableid)).toBe(JET_errSuccess);
  return { w, p: on(c, openTable(w.api, self(w), PEOPLE)) };
}

function move(w: Isam, p: People, n: number): number {
  return w.api.JetMove(w.ses, p.tableid, n, 0);
}

function cur(w: Isam, p: People): number | null {
  return intOf(w.api, w.ses, p.tableid, p.id);
}

describe('a new cursor (deferred move-first: fileopen.cxx:1920, dir.cxx:2533-2600)', () => {
  it('on an empty table every move is NoCurrentRecord, a retrieve too, and a seek RecordNotFound', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    expect(retrieve(w.api, w.ses, p.tableid, p.id).rc).toBe(JET_errNoCurrentRecord);
    for (const m of [JET_MoveFirst, JET_MoveLast, JET_MoveNext, JET_MovePrevious, 0]) expect(move(w, p, m)).toBe(JET_errNoCurrentRecord);
    expect(seekInt(w.api, w.ses, p.tableid, 1, JET_bitSeekEQ)).toBe(JET_errRecordNotFound);
  });

  it('a retrieve on a fresh cursor reads the first record of the index', () => {
    const { w, p } = five();
    expect(cur(w, p)).toBe(1);
    expect(move(w, p, JET_MoveNext)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(2);
  });

  // "Creating a new JET_TABLEID positions it on the first record in the table. This position is 'virtual'"
  // (Laurion Burchall, ESE team: learn.microsoft.com/en-us/archive/blogs/laurionb/inserting-a-record-does-not-move-the-cursor).
  // ErrIsamMove(+1) calls ErrDIRNext, whose refresh resolves the deferred move-first onto the first record and then
  // steps from it (rec.cxx:878-890, dir.cxx:865-880, 2533-2600).
  it('JetMove(Next) from a fresh cursor goes past the first record: the cursor is on it, not before it', () => {
    const { w, p } = five();
    expect(move(w, p, JET_MoveNext)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(2);
  });

  it('JetMove(Previous) from a fresh cursor is NoCurrentRecord; then Next lands on the first record', () => {
    const { w, p } = five();
    expect(move(w, p, JET_MovePrevious)).toBe(JET_errNoCurrentRecord);
    expect(move(w, p, JET_MoveNext)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(1);
  });
});

describe('JetMove (rec.cxx:825-1040)', () => {
  it('First, Next to the end, then NoCurrentRecord; Previous from after-last is the last record', () => {
    const { w, p } = five();
    expect(peopleIds(w.api, w.ses, p)).toEqual([1, 2, 3, 4, 5]);
    expect(retrieve(w.api, w.ses, p.tableid, p.id).rc).toBe(JET_errNoCurrentRecord);
    expect(move(w, p, JET_MoveNext)).toBe(JET_errNoCurrentRecord); // repeating the failing move keeps failing
    expect(move(w, p, 0)).toBe(JET_errNoCurrentRecord);
    expect(move(w, p, JET_MovePrevious)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(5);
  });

  it('Last, Previous to the start, then NoCurrentRecord; Next from before-first is the first record', () => {
    const { w, p } = five();
    expect(move(w, p, JET_MoveLast)).toBe(JET_errSuccess);
    const seen: Array<number | null> = [cur(w, p)];
    while (move(w, p, JET_MovePrevious) === JET_errSuccess) seen.push(cur(w, p));
    expect(seen).toEqual([5, 4, 3, 2, 1]);
    expect(move(w, p, JET_MovePrevious)).toBe(JET_errNoCurrentRecord);
    expect(move(w, p, JET_MoveNext)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(1);
  });

  it('relative counts move that many records; too far is NoCurrentRecord at that end', () => {
    const { w, p } = five();
    expect(move(w, p, JET_MoveFirst)).toBe(JET_errSuccess);
    expect(move(w, p, 2)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(3);
    expect(move(w, p, -1)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(2);
    expect(move(w, p, 0)).toBe(JET_errSuccess); // a probe: stays
    expect(cur(w, p)).toBe(2);
    expect(move(w, p, 4)).toBe(JET_errNoCurrentRecord); // rec.cxx:1001-1005: after last
    expect(move(w, p, JET_MovePrevious)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(5);
    expect(move(w, p, -7)).toBe(JET_errNoCurrentRecord); // before first
    expect(move(w, p, JET_MoveNext)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(1);
  });
});

describe('deleted records and inserts (managedesent-api.md §7 items 21-22; bt.cxx:870-880)', () => {
  it('a deleted record stays current: retrieve and Move(0) are RecordDeleted, Next / Previous move from it', () => {
    const { w, p } = five();
    expect(seekInt(w.api, w.ses, p.tableid, 3, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetDelete(w.ses, p.tableid)).toBe(JET_errSuccess);
    expect(retrieve(w.api, w.ses, p.tableid, p.id).rc).toBe(JET_errRecordDeleted);
    expect(move(w, p, 0)).toBe(JET_errRecordDeleted);
    expect(move(w, p, JET_MoveNext)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(4);
    expect(seekInt(w.api, w.ses, p.tableid, 4, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetDelete(w.ses, p.tableid)).toBe(JET_errSuccess);
    expect(move(w, p, JET_MovePrevious)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(2);
  });

  it('the delete-in-a-loop pattern empties the table (do JetDelete while JetMove(Next) succeeds)', () => {
    const { w, p } = five();
    expect(move(w, p, JET_MoveFirst)).toBe(JET_errSuccess);
    let deleted = 0;
    do {
      expect(w.api.JetDelete(w.ses, p.tableid)).toBe(JET_errSuccess);
      deleted++;
    } while (move(w, p, JET_MoveNext) === JET_errSuccess);
    expect(deleted).toBe(5);
    expect(move(w, p, JET_MoveFirst)).toBe(JET_errNoCurrentRecord);
  });

  it('inserting does not move the cursor', () => {
    const { w, p } = five();
    expect(seekInt(w.api, w.ses, p.tableid, 2, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, w.ses, p, 0)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, w.ses, p, 9)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(2);
    expect(move(w, p, JET_MoveNext)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(3);
  });

  it('a new cursor whose first read comes after an insert of a smaller key sees the new first record', () => {
    const { w, p } = five();
    expect(insertPerson(w.api, w.ses, p, 0)).toBe(JET_errSuccess); // before the deferred move-first resolves
    expect(cur(w, p)).toBe(0);
  });

  it('JetCloseTable drops a prepared insert (fileopen.cxx:2120-2124)', () => {
    const { w, p } = five();
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, p.tableid, p.id, int32(42), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(w.ses, p.tableid)).toBe(JET_errSuccess);
    const again = on(p, openTable(w.api, self(w), PEOPLE));
    expect(peopleIds(w.api, w.ses, again)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('secondary indexes', () => {
  it('equal keys are ordered by primary key, whatever the insert order, ascending or descending', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    fill(w.api, w.ses, p, [[5, 'x', 1], [2, 'y', 2], [4, 'x', 2], [1, 'x', 1], [3, 'y', 1]]);
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byName')).toBe(JET_errSuccess);
    expect(scan(w.api, w.ses, p.tableid, p.id)).toEqual([1, 4, 5, 2, 3]);
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byAge')).toBe(JET_errSuccess); // "-age"
    expect(scan(w.api, w.ses, p.tableid, p.id)).toEqual([2, 4, 1, 3, 5]);
  });

  it('a replace that moves the record in the current index keeps it current; Next goes on from its old key', () => {
    // managedesent-api.md §7 item 23 (ManagedEsent CursorPositionAfterUpdateSecondary).
    const { w, p } = five();
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byAge')).toBe(JET_errSuccess); // "-age": 5 4 3 2 1
    expect(seekInt(w.api, w.ses, p.tableid, 30, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepReplace)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, p.tableid, p.age, int32(55), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, p.tableid, null, 0, null)).toBe(JET_errSuccess);
    expect([cur(w, p), intOf(w.api, w.ses, p.tableid, p.age)]).toEqual([3, 55]);
    expect(move(w, p, JET_MoveNext)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(2);
    expect(scan(w.api, w.ses, p.tableid, p.id)).toEqual([3, 5, 4, 2, 1]);
  });

  it('a NULL key column sorts before every value in an ascending index, and the record is in the index', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    fill(w.api, w.ses, p, [[1, 'b', 1], [2, null, 2], [3, 'a', 3]]);
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byName')).toBe(JET_errSuccess);
    expect(scan(w.api, w.ses, p.tableid, p.id)).toEqual([2, 3, 1]);
  });
});

describe('JetDupCursor and bookmarks', () => {
  it('a duplicate starts on the primary index at its first record, whatever the source does (fileopen.cxx:8-60)', () => {
    const { w, p } = five();
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byName')).toBe(JET_errSuccess);
    expect(move(w, p, JET_MoveLast)).toBe(JET_errSuccess);
    const dup = out<JET_TABLEID>();
    expect(w.api.JetDupCursor(w.ses, p.tableid, dup, 0)).toBe(JET_errSuccess);
    const d = on(p, dup.value);
    expect(cur(w, d)).toBe(1);
    expect(peopleIds(w.api, w.ses, d)).toEqual([1, 2, 3, 4, 5]);
    expect(cur(w, p)).toBe(1); // source: last of byName is "e", id 1
  });

  it("JetUpdate's bookmark and JetGetBookmark lead back to the record with JetGotoBookmark", () => {
    const { w, p } = five();
    const bm = new Uint8Array(64);
    const cb = out<number>(0);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, p.tableid, p.id, int32(7), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, p.tableid, bm, bm.length, cb)).toBe(JET_errSuccess);
    expect(cb.value).toBeGreaterThan(0);
    expect(w.api.JetGotoBookmark(w.ses, p.tableid, bm, cb.value)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(7);
    expect(seekInt(w.api, w.ses, p.tableid, 3, JET_bitSeekEQ)).toBe(JET_errSuccess);
    const bm3 = new Uint8Array(64);
    const cb3 = out<number>(0);
    expect(w.api.JetGetBookmark(w.ses, p.tableid, bm3, bm3.length, cb3)).toBe(JET_errSuccess);
    expect(move(w, p, JET_MoveLast)).toBe(JET_errSuccess);
    expect(w.api.JetGotoBookmark(w.ses, p.tableid, bm3, cb3.value)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(3);
    expect(move(w, p, JET_MoveNext)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(4);
  });

  it("JetUpdate's bookmark: its length alone, or the bytes alone, or nothing asked (the bookmark of a primary key is its normalized key)", () => {
    const { w, p } = five();
    const insert = (id: number, pv: Uint8Array | null, cb: number, pcb: ReturnType<typeof out<number>> | null): number => {
      expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsert)).toBe(JET_errSuccess);
      expect(w.api.JetSetColumn(w.ses, p.tableid, p.id, int32(id), 4, 0, null)).toBe(JET_errSuccess);
      return w.api.JetUpdate(w.ses, p.tableid, pv, cb, pcb);
    };
    // One Long column: the 0x7f data prefix, then the value big-endian with its sign bit flipped (fldnorm.cxx).
    const key8 = [0x7f, 0x80, 0, 0, 8];
    const cb = out<number>(0);
    expect(insert(8, null, 0, cb)).toBe(JET_errSuccess);
    expect(cb.value).toBe(5);
    const bm = new Uint8Array(8).fill(0xee);
    expect(w.api.JetGotoBookmark(w.ses, p.tableid, Uint8Array.from(key8), 5)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(8);
    expect(insert(9, bm, bm.length, null)).toBe(JET_errSuccess);
    expect([...bm]).toEqual([0x7f, 0x80, 0, 0, 9, 0xee, 0xee, 0xee]);
    expect(insert(10, null, 0, null)).toBe(JET_errSuccess);
    const bm2 = new Uint8Array(5);
    const cb2 = out<number>(0);
    expect(w.api.JetUpdate2(w.ses, p.tableid, null, 0, null, 0)).toBe(JET_errUpdateNotPrepared);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, p.tableid, p.id, int32(11), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate2(w.ses, p.tableid, bm2, bm2.length, cb2, 0)).toBe(JET_errSuccess);
    expect([[...bm2], cb2.value]).toEqual([[0x7f, 0x80, 0, 0, 11], 5]);
    expect(peopleIds(w.api, w.ses, p)).toEqual([1, 2, 3, 4, 5, 8, 9, 10, 11]);
  });

  it('the bookmark of a deleted record is RecordDeleted (bt.cxx:4772-4783); no current record: NoCurrentRecord', () => {
    const { w, p } = five();
    expect(seekInt(w.api, w.ses, p.tableid, 2, JET_bitSeekEQ)).toBe(JET_errSuccess);
    const bm = new Uint8Array(64);
    const cb = out<number>(0);
    expect(w.api.JetGetBookmark(w.ses, p.tableid, bm, bm.length, cb)).toBe(JET_errSuccess);
    expect(w.api.JetDelete(w.ses, p.tableid)).toBe(JET_errSuccess);
    expect(move(w, p, JET_MoveFirst)).toBe(JET_errSuccess);
    expect(w.api.JetGotoBookmark(w.ses, p.tableid, bm, cb.value)).toBe(JET_errRecordDeleted);
    expect(move(w, p, JET_MoveLast)).toBe(JET_errSuccess);
    expect(move(w, p, JET_MoveNext)).toBe(JET_errNoCurrentRecord);
    expect(w.api.JetGetBookmark(w.ses, p.tableid, bm, bm.length, cb)).toBe(JET_errNoCurrentRecord);
  });
});

describe('DDL and currency', () => {
  it('JetAddColumn leaves the cursor before the first record (fcreate.cxx:3827-3833)', () => {
    const { w, p } = five();
    expect(seekInt(w.api, w.ses, p.tableid, 3, JET_bitSeekEQ)).toBe(JET_errSuccess);
    const col = out<JET_COLUMNID>();
    expect(w.api.JetAddColumn(w.ses, p.tableid, 'extra', { coltyp: JET_coltypLong }, null, 0, col)).toBe(JET_errSuccess);
    expect(retrieve(w.api, w.ses, p.tableid, p.id).rc).toBe(JET_errNoCurrentRecord);
    expect(move(w, p, JET_MoveNext)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(1);
  });
});
