import {
  out, JET_bitColumnTTKey, JET_bitColumnTTDescending, JET_bitNewKey, JET_bitRangeInclusive, JET_bitRangeRemove,
  JET_bitRangeUpperLimit, JET_bitRetrieveCopy, JET_bitSeekEQ, JET_bitSeekGE, JET_bitSeekGT, JET_bitSeekLE, JET_bitSeekLT,
  JET_bitSetIndexRange, JET_bitTTErrorOnDuplicateInsertion, JET_bitTTForwardOnly, JET_bitTTIndexed, JET_bitTTScrollable,
  JET_bitTTUnique, JET_bitTTUpdatable, JET_coltypLong, JET_coltypLongBinary, JET_coltypText, JET_errAlreadyPrepared,
  JET_errBufferTooSmall, JET_errCannotMaterializeForwardOnlySort, JET_errColumnNotFound, JET_errIllegalOperation,
  JET_errInvalidBookmark, JET_errInvalidBufferSize, JET_errInvalidCodePage, JET_errInvalidColumnType,
  JET_errInvalidOperation, JET_errInvalidParameter, JET_errInvalidTableId, JET_errKeyDuplicate, JET_errKeyIsMade,
  JET_errKeyNotMade, JET_errNoCurrentIndex, JET_errNoCurrentRecord, JET_errOutOfCursors, JET_errRecordDeleted,
  JET_errRecordNotFound, JET_errRecordPrimaryChanged, JET_errSesidTableIdMismatch, JET_errSuccess, JET_errTooManySorts,
  JET_errUpdateNotPrepared, JET_MoveFirst, JET_MoveLast, JET_MoveNext, JET_MovePrevious, JET_paramMaxCursors,
  JET_prepCancel, JET_prepInsert, JET_prepInsertCopy, JET_prepReplace, JET_wrnBufferTruncated, JET_wrnColumnNull,
  JET_wrnSeekNotEqual, JET_bitTTForceMaterialization, JET_bitSetAppendLV,
} from '../../src';
import type { JetApi, JET_COLUMNDEF, JET_COLUMNID, JET_OPENTEMPORARYTABLE, JET_SESID, JET_TABLEID } from '../../src';
import { insert, int32, openSort, readInt32, session, world } from '../support/fixture';

/** Read the Long key column of every row from the current position on. */
function readAll(api: JetApi, ses: JET_SESID, tableid: JET_TABLEID, col: JET_COLUMNID): number[] {
  const seen: number[] = [];
  for (let rc = api.JetMove(ses, tableid, JET_MoveFirst, 0); rc === 0; rc = api.JetMove(ses, tableid, JET_MoveNext, 0)) {
    seen.push(current(api, ses, tableid, col));
  }
  return seen;
}

function current(api: JetApi, ses: JET_SESID, tableid: JET_TABLEID, col: JET_COLUMNID): number {
  const buf = new Uint8Array(4);
  expect(api.JetRetrieveColumn(ses, tableid, col, buf, 4, null, 0, null)).toBe(0);
  return readInt32(buf);
}

function key(api: JetApi, ses: JET_SESID, tableid: JET_TABLEID, value: number, grbit = JET_bitNewKey): number {
  return api.JetMakeKey(ses, tableid, int32(value), 4, grbit);
}

function filled(values: number[], grbit = 0, materialize = false) {
  const w = world();
  const t = openSort(w.api, w.ses, grbit, materialize);
  for (const v of values) expect(insert(w.api, w.ses, t.tableid, t.col, v)).toBe(0);
  return { ...w, ...t };
}

describe('opening sorts and temp tables', () => {
  it('fills the column ids in order and writes them back into the definitions', () => {
    const { api, ses } = world();
    const defs: JET_COLUMNDEF[] = [
      { coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }, { coltyp: JET_coltypText, cp: 1200 }, { coltyp: JET_coltypLongBinary },
    ];
    const ids: JET_COLUMNID[] = [];
    const tt = out<JET_TABLEID>();
    expect(api.JetOpenTempTable(ses, defs, 3, 0, tt, ids)).toBe(0);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    expect(defs.map((d) => d.columnid)).toEqual(ids);
  });

  it('JetOpenTempTable2 / 3 and JetOpenTemporaryTable / 2 open the same kind of table', () => {
    const { api, ses } = world();
    const defs = [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }];
    expect(api.JetOpenTempTable2(ses, defs, 1, 1033, 0, out<JET_TABLEID>(), [])).toBe(0);
    expect(api.JetOpenTempTable3(ses, defs, 1, { lcid: 1033, dwMapFlags: 0x400 }, 0, out<JET_TABLEID>(), [])).toBe(0);
    for (const fn of [api.JetOpenTemporaryTable, api.JetOpenTemporaryTable2]) {
      const t: JET_OPENTEMPORARYTABLE = { prgcolumndef: defs, ccolumn: 1, grbit: JET_bitTTIndexed, prgcolumnid: [] };
      expect(fn(ses, t)).toBe(0);
      expect(t.prgcolumnid).toHaveLength(1);
      expect(typeof t.tableid).toBe('number');
      expect(insert(api, ses, t.tableid as JET_TABLEID, t.prgcolumnid[0], 5)).toBe(0);
    }
  });

  it('refuses unknown column types and code pages', () => {
    const { api, ses } = world();
    expect(api.JetOpenTempTable(ses, [{ coltyp: 99 }], 1, 0, out<JET_TABLEID>(), [])).toBe(JET_errInvalidColumnType);
    expect(api.JetOpenTempTable(ses, [{ coltyp: JET_coltypText, cp: 437 }], 1, 0, out<JET_TABLEID>(), [])).toBe(JET_errInvalidCodePage);
  });

  it.each([
    [JET_bitTTForwardOnly | JET_bitTTIndexed], [JET_bitTTForwardOnly | JET_bitTTScrollable],
    [JET_bitTTForwardOnly | JET_bitTTUpdatable], [JET_bitTTForwardOnly | JET_bitTTForceMaterialization],
  ])('refuses forward-only with grbit %p', (grbit) => {
    const { api, ses } = world();
    const defs = [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }];
    expect(api.JetOpenTempTable(ses, defs, 1, grbit, out<JET_TABLEID>(), [])).toBe(JET_errCannotMaterializeForwardOnlySort);
  });

  it('refuses a forward-only sort that would need materializing (no key columns)', () => {
    const { api, ses } = world();
    expect(api.JetOpenTempTable(ses, [{ coltyp: JET_coltypLong }], 1, JET_bitTTForwardOnly, out<JET_TABLEID>(), []))
      .toBe(JET_errCannotMaterializeForwardOnlySort);
  });

  it('checks cbKeyMost (0, or 255 up to the page size\'s limit: 1000 for the default 4 KB page, daedef.hxx CbKeyMostForPage)', () => {
    const { api, ses } = world();
    const open = (cbKeyMost: number) => api.JetOpenTemporaryTable(ses, {
      prgcolumndef: [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }], ccolumn: 1, grbit: 0, prgcolumnid: [], cbKeyMost,
    });
    expect(open(0)).toBe(0);
    expect(open(255)).toBe(0);
    expect(open(1000)).toBe(0);
    expect(open(254)).toBe(JET_errInvalidParameter);
    expect(open(1001)).toBe(JET_errInvalidParameter);
  });

  it('counts unmaterialized sorts against JET_paramMaxTemporaryTables (20), not materialized ones', () => {
    const { api, ses } = world();
    for (let i = 0; i < 20; i++) openSort(api, ses);
    const defs = [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }];
    expect(api.JetOpenTempTable(ses, defs, 1, 0, out<JET_TABLEID>(), [])).toBe(JET_errTooManySorts);
    // The quota check comes first, as in the engine, even for a table that would be materialized.
    expect(api.JetOpenTempTable(ses, defs, 1, JET_bitTTForceMaterialization, out<JET_TABLEID>(), [])).toBe(JET_errTooManySorts);
  });

  it('a materialized table does not hold a sort slot once open', () => {
    const { api, ses } = world();
    for (let i = 0; i < 5; i++) openSort(api, ses, 0, true);
    for (let i = 0; i < 20; i++) openSort(api, ses);
  });

  it('OutOfCursors at JET_paramMaxCursors', () => {
    const { api, ses } = world({}, [[JET_paramMaxCursors, 2]]);
    openSort(api, ses);
    openSort(api, ses);
    expect(api.JetOpenTempTable(ses, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }], 1, 0, out<JET_TABLEID>(), []))
      .toBe(JET_errOutOfCursors);
  });
});

describe('sort insert phase', () => {
  it('takes inserts only', () => {
    const { api, ses, tableid, col } = filled([3]);
    expect(api.JetPrepareUpdate(ses, tableid, JET_prepReplace)).toBe(JET_errIllegalOperation);
    expect(api.JetRetrieveColumn(ses, tableid, col, new Uint8Array(4), 4, null, 0, null)).toBe(JET_errIllegalOperation);
    expect(api.JetGetBookmark(ses, tableid, new Uint8Array(4), 4, null)).toBe(JET_errIllegalOperation);
    expect(api.JetDupCursor(ses, tableid, out<JET_TABLEID>(), 0)).toBe(JET_errIllegalOperation);
    expect(api.JetSetIndexRange(ses, tableid, 0)).toBe(JET_errIllegalOperation);
    expect(api.JetDelete(ses, tableid)).toBe(JET_errIllegalOperation);
  });

  it('needs a prepared update for SetColumn and Update, and cancels', () => {
    const { api, ses, tableid, col } = filled([]);
    expect(api.JetSetColumn(ses, tableid, col, int32(1), 4, 0, null)).toBe(JET_errUpdateNotPrepared);
    expect(api.JetUpdate(ses, tableid, null, 0, null)).toBe(JET_errUpdateNotPrepared);
    expect(api.JetPrepareUpdate(ses, tableid, JET_prepCancel)).toBe(JET_errUpdateNotPrepared);
    expect(api.JetPrepareUpdate(ses, tableid, JET_prepInsert)).toBe(0);
    expect(api.JetPrepareUpdate(ses, tableid, JET_prepInsert)).toBe(JET_errAlreadyPrepared);
    expect(api.JetPrepareUpdate(ses, tableid, JET_prepCancel)).toBe(0);
    expect(api.JetPrepareUpdate(ses, tableid, 42)).toBe(JET_errInvalidParameter);
  });

  it('checks the column and the value size', () => {
    const { api, ses, tableid, col } = filled([]);
    expect(api.JetPrepareUpdate(ses, tableid, JET_prepInsert)).toBe(0);
    expect(api.JetSetColumn(ses, tableid, 999 as JET_COLUMNID, int32(1), 4, 0, null)).toBe(JET_errColumnNotFound);
    expect(api.JetSetColumn(ses, tableid, col, new Uint8Array(3), 3, 0, null)).toBe(JET_errInvalidBufferSize);
  });

  it('the first move ends insertion and cancels a pending update', () => {
    const { api, ses, tableid, col } = filled([2, 1]);
    expect(api.JetPrepareUpdate(ses, tableid, JET_prepInsert)).toBe(0);
    expect(api.JetSetColumn(ses, tableid, col, int32(0), 4, 0, null)).toBe(0);
    expect(api.JetMove(ses, tableid, JET_MoveNext, 0)).toBe(0);
    expect(current(api, ses, tableid, col)).toBe(1);
    expect(api.JetUpdate(ses, tableid, null, 0, null)).toBe(JET_errIllegalOperation);
    expect(readAll(api, ses, tableid, col)).toEqual([1, 2]);
  });
});

describe('sort retrieve phase', () => {
  it('reads rows back in key order, once per key', () => {
    const { api, ses, tableid, col } = filled([5, -3, 10, 5, 0, -3]);
    expect(readAll(api, ses, tableid, col)).toEqual([-3, 0, 5, 10]);
    expect(api.JetMove(ses, tableid, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    expect(api.JetMove(ses, tableid, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    expect(api.JetMove(ses, tableid, 0, 0)).toBe(JET_errNoCurrentRecord);
  });

  it('keeps duplicates in a forward-only sort without TTUnique, removes them with it', () => {
    const dup = filled([2, 1, 2], JET_bitTTForwardOnly);
    expect(readAll(dup.api, dup.ses, dup.tableid, dup.col)).toEqual([1, 2, 2]);
    const uniq = filled([2, 1, 2], JET_bitTTForwardOnly | JET_bitTTUnique);
    expect(readAll(uniq.api, uniq.ses, uniq.tableid, uniq.col)).toEqual([1, 2]);
  });

  it('refuses inserts after reading', () => {
    const { api, ses, tableid } = filled([1]);
    expect(api.JetMove(ses, tableid, JET_MoveFirst, 0)).toBe(0);
    expect(api.JetPrepareUpdate(ses, tableid, JET_prepInsert)).toBe(JET_errIllegalOperation);
  });

  it('moves backwards only when scrollable or indexed', () => {
    const plain = filled([1, 2, 3]);
    expect(plain.api.JetMove(plain.ses, plain.tableid, JET_MoveLast, 0)).toBe(0);
    expect(plain.api.JetMove(plain.ses, plain.tableid, JET_MovePrevious, 0)).toBe(JET_errIllegalOperation);
    expect(plain.api.JetMove(plain.ses, plain.tableid, -2, 0)).toBe(JET_errIllegalOperation);
    const scroll = filled([1, 2, 3], JET_bitTTScrollable);
    expect(scroll.api.JetMove(scroll.ses, scroll.tableid, JET_MoveLast, 0)).toBe(0);
    expect(scroll.api.JetMove(scroll.ses, scroll.tableid, JET_MovePrevious, 0)).toBe(0);
    expect(current(scroll.api, scroll.ses, scroll.tableid, scroll.col)).toBe(2);
    expect(scroll.api.JetMove(scroll.ses, scroll.tableid, -5, 0)).toBe(JET_errNoCurrentRecord);
    expect(scroll.api.JetMove(scroll.ses, scroll.tableid, JET_MoveNext, 0)).toBe(0);
    expect(current(scroll.api, scroll.ses, scroll.tableid, scroll.col)).toBe(1);
  });

  it('moves several rows at once', () => {
    const { api, ses, tableid, col } = filled([1, 2, 3, 4]);
    expect(api.JetMove(ses, tableid, JET_MoveFirst, 0)).toBe(0);
    expect(api.JetMove(ses, tableid, 2, 0)).toBe(0);
    expect(current(api, ses, tableid, col)).toBe(3);
    expect(api.JetMove(ses, tableid, 5, 0)).toBe(JET_errNoCurrentRecord);
  });

  it('an empty sort has no current record', () => {
    const { api, ses, tableid } = filled([]);
    expect(api.JetMove(ses, tableid, JET_MoveFirst, 0)).toBe(JET_errNoCurrentRecord);
    expect(api.JetMove(ses, tableid, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
  });

  it('retrieves NULL as wrnColumnNull and truncates into a small buffer', () => {
    const { api, ses } = world();
    const ids: JET_COLUMNID[] = [];
    const tt = out<JET_TABLEID>();
    expect(api.JetOpenTempTable(ses, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }, { coltyp: JET_coltypText }, { coltyp: JET_coltypText }], 3, 0, tt, ids)).toBe(0);
    expect(api.JetPrepareUpdate(ses, tt.value, JET_prepInsert)).toBe(0);
    expect(api.JetSetColumn(ses, tt.value, ids[1], new TextEncoder().encode('hello'), 5, 0, null)).toBe(0);
    expect(api.JetUpdate(ses, tt.value, null, 0, null)).toBe(0);
    expect(api.JetMove(ses, tt.value, JET_MoveFirst, 0)).toBe(0);
    const size = out<number>(-1);
    expect(api.JetRetrieveColumn(ses, tt.value, ids[2], new Uint8Array(8), 8, size, 0, null)).toBe(JET_wrnColumnNull);
    expect(size.value).toBe(0);
    const small = new Uint8Array(3);
    expect(api.JetRetrieveColumn(ses, tt.value, ids[1], small, 3, size, 0, null)).toBe(JET_wrnBufferTruncated);
    expect(size.value).toBe(5);
    expect(new TextDecoder().decode(small)).toBe('hel');
    const cols = [
      { columnid: ids[1], pvData: new Uint8Array(8), cbData: 8 },
      { columnid: ids[2], pvData: new Uint8Array(8), cbData: 8 },
    ];
    expect(api.JetRetrieveColumns(ses, tt.value, cols, 2)).toBe(0);
    expect(cols.map((c) => [(c as { err?: number }).err, (c as { cbActual?: number }).cbActual])).toEqual([[0, 5], [JET_wrnColumnNull, 0]]);
  });

  it('JetSetColumns sets several columns and reports each result', () => {
    const { api, ses } = world();
    const ids: JET_COLUMNID[] = [];
    const tt = out<JET_TABLEID>();
    expect(api.JetOpenTempTable(ses, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }, { coltyp: JET_coltypLong }], 2, 0, tt, ids)).toBe(0);
    expect(api.JetPrepareUpdate(ses, tt.value, JET_prepInsert)).toBe(0);
    const set = [{ columnid: ids[0], pvData: int32(7), cbData: 4 }, { columnid: 12345 as JET_COLUMNID, pvData: int32(8), cbData: 4 }];
    expect(api.JetSetColumns(ses, tt.value, set, 2)).toBe(JET_errColumnNotFound);
    // fldmod.cxx ErrIsamSetColumns: err is written after an entry's success only, so the failing one keeps its own.
    expect(set.map((s) => (s as { err?: number }).err)).toEqual([0, undefined]);
  });

  it('bookmarks are 4-byte positions', () => {
    const { api, ses, tableid, col } = filled([10, 20, 30]);
    expect(api.JetMove(ses, tableid, JET_MoveFirst, 0)).toBe(0);
    expect(api.JetMove(ses, tableid, JET_MoveNext, 0)).toBe(0);
    expect(api.JetGetBookmark(ses, tableid, new Uint8Array(2), 2, null)).toBe(JET_errBufferTooSmall);
    const bm = new Uint8Array(4);
    const size = out<number>();
    expect(api.JetGetBookmark(ses, tableid, bm, 4, size)).toBe(0);
    expect(size.value).toBe(4);
    expect(api.JetMove(ses, tableid, JET_MoveNext, 0)).toBe(0);
    // sortapi.cxx ErrIsamSortGotoBookmark sets the position alone: the row loaded before (30) is still what a
    // retrieve reads, while the bookmark, JetMove(0) and the next move go by the new position (20's).
    expect(api.JetGotoBookmark(ses, tableid, bm, 4)).toBe(0);
    expect(current(api, ses, tableid, col)).toBe(30);
    const again = new Uint8Array(4);
    expect(api.JetGetBookmark(ses, tableid, again, 4, size)).toBe(0);
    expect(again).toEqual(bm);
    expect(api.JetMove(ses, tableid, 0, 0)).toBe(0);
    expect(api.JetMove(ses, tableid, JET_MoveNext, 0)).toBe(0);
    expect(current(api, ses, tableid, col)).toBe(30);
    expect(api.JetGotoBookmark(ses, tableid, bm, 3)).toBe(JET_errInvalidBookmark);
  });

  it('a copy of a sort cursor is already on the first row: its first MoveNext goes to the second', () => {
    const { api, ses, tableid, col } = filled([5, 1, 3]);
    expect(api.JetMove(ses, tableid, JET_MoveLast, 0)).toBe(0);
    const dup = out<JET_TABLEID>();
    expect(api.JetDupCursor(ses, tableid, dup, 0)).toBe(0);
    expect(api.JetMove(ses, dup.value, JET_MoveNext, 0)).toBe(0);
    expect(current(api, ses, dup.value, col)).toBe(3);
  });

  it('JetDupCursor gives a second cursor on the first row', () => {
    const { api, ses, tableid, col } = filled([3, 1, 2]);
    expect(api.JetMove(ses, tableid, JET_MoveLast, 0)).toBe(0);
    const dup = out<JET_TABLEID>();
    expect(api.JetDupCursor(ses, tableid, dup, 0)).toBe(0);
    expect(current(api, ses, dup.value, col)).toBe(1);
    expect(api.JetCloseTable(ses, tableid)).toBe(0);
    expect(api.JetMove(ses, dup.value, JET_MoveNext, 0)).toBe(0);
    expect(current(api, ses, dup.value, col)).toBe(2);
  });

  it('seeks (indexed): no SeekNotEqual warning on sorts', () => {
    const { api, ses, tableid, col } = filled([10, 20, 30], JET_bitTTIndexed);
    expect(api.JetMove(ses, tableid, JET_MoveFirst, 0)).toBe(0);
    expect(api.JetSeek(ses, tableid, JET_bitSeekEQ)).toBe(JET_errKeyNotMade);
    const seek = (v: number, grbit: number) => {
      expect(key(api, ses, tableid, v)).toBe(0);
      return api.JetSeek(ses, tableid, grbit);
    };
    expect(seek(20, JET_bitSeekEQ)).toBe(0);
    expect(current(api, ses, tableid, col)).toBe(20);
    expect(seek(25, JET_bitSeekEQ)).toBe(JET_errRecordNotFound);
    expect(seek(25, JET_bitSeekGE)).toBe(JET_errSuccess);
    expect(current(api, ses, tableid, col)).toBe(30);
    expect(seek(20, JET_bitSeekGT)).toBe(0);
    expect(current(api, ses, tableid, col)).toBe(30);
    expect(seek(25, JET_bitSeekLE)).toBe(0);
    expect(current(api, ses, tableid, col)).toBe(20);
    expect(seek(20, JET_bitSeekLT)).toBe(0);
    expect(current(api, ses, tableid, col)).toBe(10);
    expect(seek(40, JET_bitSeekGE)).toBe(JET_errRecordNotFound);
    expect(seek(40, JET_bitSeekLE)).toBe(0);
    expect(current(api, ses, tableid, col)).toBe(30);
    expect(seek(5, JET_bitSeekLT)).toBe(JET_errRecordNotFound);
    expect(api.JetSeek(ses, tableid, JET_bitSeekEQ)).toBe(JET_errKeyNotMade);
  });

  it('refuses seeks on a plain sort', () => {
    const { api, ses, tableid } = filled([1]);
    expect(key(api, ses, tableid, 1)).toBe(0);
    expect(api.JetSeek(ses, tableid, JET_bitSeekEQ)).toBe(JET_errIllegalOperation);
  });

  it('index ranges on sorts end the walk at the limit', () => {
    const { api, ses, tableid, col } = filled([1, 2, 3, 4, 5], JET_bitTTIndexed);
    expect(key(api, ses, tableid, 2)).toBe(0);
    expect(api.JetSeek(ses, tableid, JET_bitSeekGE)).toBe(0);
    expect(key(api, ses, tableid, 4)).toBe(0);
    expect(api.JetSetIndexRange(ses, tableid, JET_bitRangeUpperLimit | JET_bitRangeInclusive)).toBe(0);
    const seen = [current(api, ses, tableid, col)];
    while (api.JetMove(ses, tableid, JET_MoveNext, 0) === 0) seen.push(current(api, ses, tableid, col));
    expect(seen).toEqual([2, 3, 4]);
    expect(key(api, ses, tableid, 1)).toBe(0);
    expect(api.JetSetIndexRange(ses, tableid, JET_bitRangeUpperLimit)).toBe(JET_errNoCurrentRecord);
    expect(api.JetSetIndexRange(ses, tableid, JET_bitRangeUpperLimit)).toBe(JET_errKeyNotMade);
  });

  it('a sort checks only an upper range as it moves, in either direction; a lower range never stops a move', () => {
    // sort.cxx ErrSORTNext / ErrSORTPrev check the range only when it is an upper one (FFUCBUpper); a materialized
    // table checks a lower range moving backwards (tempTable.test "lower range stops MovePrevious").
    const { api, ses, tableid, col } = filled([1, 2, 3, 4, 5], JET_bitTTIndexed);
    expect(api.JetMove(ses, tableid, JET_MoveLast, 0)).toBe(0);
    expect(key(api, ses, tableid, 4)).toBe(0);
    // The current row (5) is at or above the lower limit 4: the range is set (checked once, here).
    expect(api.JetSetIndexRange(ses, tableid, JET_bitRangeInclusive)).toBe(0);
    const seen = [current(api, ses, tableid, col)];
    while (api.JetMove(ses, tableid, JET_MovePrevious, 0) === 0) seen.push(current(api, ses, tableid, col));
    expect(seen).toEqual([5, 4, 3, 2, 1]);
    // An upper range moving backwards: every row it reaches is below the limit, so the walk goes to the first row.
    expect(api.JetMove(ses, tableid, JET_MoveLast, 0)).toBe(0);
    expect(api.JetMove(ses, tableid, JET_MovePrevious, 0)).toBe(0);
    expect(key(api, ses, tableid, 4)).toBe(0);
    expect(api.JetSetIndexRange(ses, tableid, JET_bitRangeUpperLimit | JET_bitRangeInclusive)).toBe(0);
    const back = [current(api, ses, tableid, col)];
    while (api.JetMove(ses, tableid, JET_MovePrevious, 0) === 0) back.push(current(api, ses, tableid, col));
    expect(back).toEqual([4, 3, 2, 1]);
    // The walk ended before the first row (ErrSORTPrev). Forwards, the upper range (still set) stops the walk after
    // 4, leaving the cursor after the last row (ErrSORTCheckIndexRange): a MovePrevious then lands on the last row, 5.
    const fwd = [];
    while (api.JetMove(ses, tableid, JET_MoveNext, 0) === 0) fwd.push(current(api, ses, tableid, col));
    expect(fwd).toEqual([1, 2, 3, 4]);
    expect(api.JetMove(ses, tableid, JET_MovePrevious, 0)).toBe(0);
    expect(current(api, ses, tableid, col)).toBe(5);
  });
});

describe('keys', () => {
  it('JetMakeKey needs NewKey first, and refuses more segments than the key has', () => {
    const { api, ses, tableid } = filled([]);
    expect(key(api, ses, tableid, 1, 0)).toBe(JET_errKeyNotMade);
    expect(key(api, ses, tableid, 1)).toBe(0);
    expect(key(api, ses, tableid, 2, 0)).toBe(JET_errKeyIsMade);
    expect(api.JetMakeKey(ses, tableid, new Uint8Array(2), 2, JET_bitNewKey)).toBe(JET_errInvalidBufferSize);
    expect(api.JetMakeKey(ses, tableid, int32(1), 4, JET_bitNewKey | 0x100 | 0x200)).toBe(0 - 900);
    expect(api.JetMakeKey(ses, tableid, int32(1), 4, JET_bitNewKey | 0x400)).toBe(0 - 900);
  });

  it('a keyless temp table has no index to make a key for', () => {
    const { api, ses } = world();
    const tt = out<JET_TABLEID>();
    expect(api.JetOpenTempTable(ses, [{ coltyp: JET_coltypLong }], 1, 0, tt, [])).toBe(0);
    expect(api.JetMakeKey(ses, tt.value, int32(1), 4, JET_bitNewKey)).toBe(JET_errNoCurrentIndex);
  });

  it('JetRetrieveKey returns the normalized key, or the key being made with RetrieveCopy', () => {
    const { api, ses, tableid } = filled([1]);
    const buf = new Uint8Array(16);
    const size = out<number>();
    expect(api.JetRetrieveKey(ses, tableid, buf, 16, size, JET_bitRetrieveCopy)).toBe(JET_errKeyNotMade);
    // In the insert phase no row has been loaded: the key is empty (fldnorm.cxx ErrIsamRetrieveKey reads kdfCurr).
    expect(api.JetRetrieveKey(ses, tableid, buf, 16, size, 0)).toBe(0);
    expect(size.value).toBe(0);
    expect(key(api, ses, tableid, 2)).toBe(0);
    expect(api.JetRetrieveKey(ses, tableid, buf, 16, size, JET_bitRetrieveCopy)).toBe(0);
    expect([...buf.subarray(0, size.value)]).toEqual([0x7f, 0x80, 0, 0, 2]);
    expect(api.JetMove(ses, tableid, JET_MoveFirst, 0)).toBe(0);
    expect(api.JetRetrieveKey(ses, tableid, buf, 16, size, 0)).toBe(0);
    expect([...buf.subarray(0, size.value)]).toEqual([0x7f, 0x80, 0, 0, 1]);
    expect(api.JetRetrieveKey(ses, tableid, buf, 2, size, 0)).toBe(JET_wrnBufferTruncated);
  });

  it('descending segments reverse the order', () => {
    const { api, ses } = world();
    const ids: JET_COLUMNID[] = [];
    const tt = out<JET_TABLEID>();
    expect(api.JetOpenTempTable(ses, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey | JET_bitColumnTTDescending }], 1, 0, tt, ids)).toBe(0);
    for (const v of [1, 3, 2]) expect(insert(api, ses, tt.value, ids[0], v)).toBe(0);
    expect(readAll(api, ses, tt.value, ids[0])).toEqual([3, 2, 1]);
  });
});

describe('materialized temp tables', () => {
  it('take inserts after reading, refuse duplicate keys, and delete', () => {
    const { api, ses, tableid, col } = filled([2, 1], 0, true);
    expect(readAll(api, ses, tableid, col)).toEqual([1, 2]);
    expect(insert(api, ses, tableid, col, 3)).toBe(0);
    expect(insert(api, ses, tableid, col, 2)).toBe(JET_errKeyDuplicate);
    expect(api.JetPrepareUpdate(ses, tableid, JET_prepCancel)).toBe(0);
    expect(api.JetMove(ses, tableid, JET_MoveFirst, 0)).toBe(0);
    expect(api.JetDelete(ses, tableid)).toBe(0);
    expect(api.JetRetrieveColumn(ses, tableid, col, new Uint8Array(4), 4, null, 0, null)).toBe(JET_errRecordDeleted);
    expect(api.JetMove(ses, tableid, JET_MoveNext, 0)).toBe(0);
    expect(current(api, ses, tableid, col)).toBe(2);
    expect(readAll(api, ses, tableid, col)).toEqual([2, 3]);
  });

  it('an updatable sort materializes at the end of insertion', () => {
    const { api, ses, tableid, col } = filled([5, 4], JET_bitTTUpdatable);
    expect(readAll(api, ses, tableid, col)).toEqual([4, 5]);
    expect(insert(api, ses, tableid, col, 6)).toBe(0);
    expect(readAll(api, ses, tableid, col)).toEqual([4, 5, 6]);
  });

  it('ErrorOnDuplicateInsertion reports KeyDuplicate at JetUpdate', () => {
    const { api, ses, tableid, col } = filled([1], JET_bitTTErrorOnDuplicateInsertion);
    expect(insert(api, ses, tableid, col, 1)).toBe(JET_errKeyDuplicate);
  });

  it('replace may not change the primary key; other columns change', () => {
    const { api, ses } = world();
    const ids: JET_COLUMNID[] = [];
    const tt = out<JET_TABLEID>();
    expect(api.JetOpenTempTable(ses, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }, { coltyp: JET_coltypLong }], 2, JET_bitTTForceMaterialization, tt, ids)).toBe(0);
    expect(insert(api, ses, tt.value, ids[0], 1)).toBe(0);
    expect(api.JetMove(ses, tt.value, JET_MoveFirst, 0)).toBe(0);
    expect(api.JetPrepareUpdate(ses, tt.value, JET_prepReplace)).toBe(0);
    expect(api.JetSetColumn(ses, tt.value, ids[0], int32(9), 4, 0, null)).toBe(0);
    expect(api.JetUpdate(ses, tt.value, null, 0, null)).toBe(JET_errRecordPrimaryChanged);
    expect(api.JetSetColumn(ses, tt.value, ids[0], int32(1), 4, 0, null)).toBe(0);
    expect(api.JetSetColumn(ses, tt.value, ids[1], int32(42), 4, 0, null)).toBe(0);
    const copy = new Uint8Array(4);
    expect(api.JetRetrieveColumn(ses, tt.value, ids[1], copy, 4, null, JET_bitRetrieveCopy, null)).toBe(0);
    expect(readInt32(copy)).toBe(42);
    expect(api.JetUpdate(ses, tt.value, null, 0, null)).toBe(0);
    expect(current(api, ses, tt.value, ids[1])).toBe(42);
  });

  it('InsertCopy copies the current record', () => {
    const { api, ses, tableid, col } = filled([1], 0, true);
    expect(api.JetMove(ses, tableid, JET_MoveFirst, 0)).toBe(0);
    expect(api.JetPrepareUpdate(ses, tableid, JET_prepInsertCopy)).toBe(0);
    expect(api.JetUpdate(ses, tableid, null, 0, null)).toBe(JET_errKeyDuplicate);
    expect(api.JetSetColumn(ses, tableid, col, int32(2), 4, 0, null)).toBe(0);
    expect(api.JetUpdate(ses, tableid, null, 0, null)).toBe(0);
    expect(readAll(api, ses, tableid, col)).toEqual([1, 2]);
  });

  it('seeks with SeekNotEqual, exact EQ and an EQ index range', () => {
    const { api, ses, tableid, col } = filled([10, 20, 30], 0, true);
    const seek = (v: number, grbit: number) => {
      expect(key(api, ses, tableid, v)).toBe(0);
      return api.JetSeek(ses, tableid, grbit);
    };
    expect(seek(15, JET_bitSeekGE)).toBe(JET_wrnSeekNotEqual);
    expect(current(api, ses, tableid, col)).toBe(20);
    expect(seek(15, JET_bitSeekLE)).toBe(JET_wrnSeekNotEqual);
    expect(current(api, ses, tableid, col)).toBe(10);
    expect(seek(20, JET_bitSeekGE)).toBe(0);
    expect(seek(20, JET_bitSeekGT)).toBe(0);
    expect(current(api, ses, tableid, col)).toBe(30);
    expect(seek(20, JET_bitSeekLT)).toBe(0);
    expect(current(api, ses, tableid, col)).toBe(10);
    expect(seek(15, JET_bitSeekEQ)).toBe(JET_errRecordNotFound);
    expect(seek(35, JET_bitSeekGT)).toBe(JET_errRecordNotFound);
    expect(seek(20, JET_bitSeekEQ | JET_bitSetIndexRange)).toBe(0);
    expect(api.JetMove(ses, tableid, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    expect(seek(20, JET_bitSeekEQ | JET_bitSeekGE)).toBe(0 - 900);
  });

  it('RangeRemove needs a range', () => {
    const { api, ses, tableid } = filled([1, 2], 0, true);
    expect(api.JetSetIndexRange(ses, tableid, JET_bitRangeRemove)).toBe(JET_errInvalidOperation);
    expect(api.JetMove(ses, tableid, JET_MoveFirst, 0)).toBe(0);
    expect(key(api, ses, tableid, 2)).toBe(0);
    expect(api.JetSetIndexRange(ses, tableid, JET_bitRangeUpperLimit | JET_bitRangeInclusive)).toBe(0);
    expect(api.JetSetIndexRange(ses, tableid, JET_bitRangeRemove)).toBe(0);
  });

  it('bookmarks are the key; a deleted record answers RecordDeleted', () => {
    const { api, ses, tableid, col } = filled([1, 2], 0, true);
    expect(api.JetMove(ses, tableid, JET_MoveLast, 0)).toBe(0);
    const bm = new Uint8Array(16);
    const size = out<number>();
    expect(api.JetGetBookmark(ses, tableid, bm, 16, size)).toBe(0);
    expect(size.value).toBe(5);
    expect(api.JetDelete(ses, tableid)).toBe(0);
    expect(api.JetMove(ses, tableid, JET_MoveFirst, 0)).toBe(0);
    expect(api.JetGotoBookmark(ses, tableid, bm, size.value)).toBe(JET_errRecordDeleted);
    expect(api.JetGotoBookmark(ses, tableid, null, 0)).toBe(JET_errInvalidBookmark);
    expect(current(api, ses, tableid, col)).toBe(1);
  });

  it('long values grow the copy buffer and JET_bitSetAppendLV appends', () => {
    const { api, ses } = world();
    const ids: JET_COLUMNID[] = [];
    const tt = out<JET_TABLEID>();
    expect(api.JetOpenTempTable(ses, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }, { coltyp: JET_coltypLongBinary }], 2, 0, tt, ids)).toBe(0);
    // Long values are set only inside a transaction (lv.cxx ErrRECSetLongField: NotInTransaction at level 0).
    expect(api.JetBeginTransaction(ses)).toBe(0);
    const part = Uint8Array.from({ length: 150 }, (_, i) => i);
    expect(api.JetPrepareUpdate(ses, tt.value, JET_prepInsert)).toBe(0);
    expect(api.JetSetColumn(ses, tt.value, ids[0], int32(1), 4, 0, null)).toBe(0);
    expect(api.JetSetColumn(ses, tt.value, ids[1], part, 150, 0, null)).toBe(0);
    expect(api.JetSetColumn(ses, tt.value, ids[1], part, 150, JET_bitSetAppendLV, null)).toBe(0);
    expect(api.JetUpdate(ses, tt.value, null, 0, null)).toBe(0);
    expect(api.JetMove(ses, tt.value, JET_MoveFirst, 0)).toBe(0);
    const buf = new Uint8Array(400);
    const size = out<number>();
    expect(api.JetRetrieveColumn(ses, tt.value, ids[1], buf, 400, size, 0, null)).toBe(0);
    expect(size.value).toBe(300);
    expect([...buf.subarray(0, 300)]).toEqual([...part, ...part]);
    expect(current(api, ses, tt.value, ids[0])).toBe(1);
  });

  it('keyless tables keep insertion order', () => {
    const { api, ses } = world();
    const ids: JET_COLUMNID[] = [];
    const tt = out<JET_TABLEID>();
    expect(api.JetOpenTempTable(ses, [{ coltyp: JET_coltypLong }], 1, 0, tt, ids)).toBe(0);
    for (const v of [3, 1, 2]) expect(insert(api, ses, tt.value, ids[0], v)).toBe(0);
    expect(readAll(api, ses, tt.value, ids[0])).toEqual([3, 1, 2]);
  });
});

describe('closing', () => {
  it('the tableid is dead afterwards and the sort slot is released', () => {
    const { api, inst, ses, tableid } = filled([1]);
    expect(api.JetCloseTable(ses, tableid)).toBe(0);
    expect(api.JetCloseTable(ses, tableid)).toBe(JET_errInvalidTableId);
    expect(api.JetMove(ses, tableid, JET_MoveFirst, 0)).toBe(JET_errInvalidTableId);
    const other = session(api, inst);
    const t = openSort(api, other);
    expect(api.JetMove(ses, t.tableid, JET_MoveFirst, 0)).toBe(JET_errSesidTableIdMismatch);
  });

  it('a column count larger than the definitions is refused', () => {
    const { api, ses } = world();
    const defs = Array.from({ length: 3 }, () => ({ coltyp: JET_coltypLong }));
    expect(api.JetOpenTempTable(ses, defs, 5, 0, out<JET_TABLEID>(), [])).toBe(JET_errInvalidParameter);
  });
});
