/**
 * Oracle tests for sorts and temporary tables (JetOpenTempTable* / JetOpenTemporaryTable*, the insert and retrieve
 * phases of a sort, and materialized temp tables), written from the engine source only
 * (microsoft/Extensible-Storage-Engine, HEAD). Line numbers are those of `git show HEAD:<file>`:
 *   dev/ese/src/ese/sortapi.cxx  ErrSORTTableOpen 41-323, ErrIsamSortSetIndexRange 357-390, ErrIsamSortMove 393-465,
 *                                ErrIsamSortSeek 468-598, ErrIsamSortGetBookmark 601-639,
 *                                ErrIsamSortGotoBookmark 642-675, ErrIsamSortUpdate 697-801,
 *                                ErrIsamSortGetTableInfo 915-955, vtfndefTTSortIns 2903-2961,
 *                                vtfndefTTSortRet 2964-3023, vtfndefTTBase 3026-3087, ErrIsamOpenTempTable 3240-3322,
 *                                ErrTTEndInsert 3325-3392, ErrTTSortInsMove 3395-3425, ErrTTSortInsSeek 3436-3463
 *   dev/ese/src/ese/sort.cxx     ErrSORTEndInsert 303-373, ErrSORTFirst 380-426, ErrSORTLast 429-503,
 *                                ErrSORTNext 506-589, ErrSORTPrev 592-633, ErrSORTSeek 647-715,
 *                                ErrSORTCheckIndexRange 849-893
 *   dev/ese/src/ese/fucb.cxx     FUCBSetIndexRange 272-299, ErrFUCBCheckIndexRange 331-369
 *   dev/ese/src/ese/fldmod.cxx   ErrIsamPrepareUpdate 761-1340
 *   dev/ese/src/ese/fileopen.cxx ErrRECAddFieldDef 315-364
 *   dev/ese/src/ese/jetapi.cxx   ErrIllegal* 150-560 (every one returns JET_errIllegalOperation),
 *                                JetOpenTempTable* 17143-17319 (only dispatch, no argument checks of their own)
 *   dev/ese/src/inc/daedef.hxx   CbKeyMostForPage 5798-5820;  rec.hxx CbRecordMost 351-388
 */
import {
  createEmulator, out,
  JET_bitColumnTTKey, JET_bitNewKey, JET_bitRangeInclusive,
  JET_bitRangeRemove, JET_bitRangeUpperLimit, JET_bitSeekEQ, JET_bitSeekGE, JET_bitSeekGT, JET_bitSeekLT,
  JET_bitTTForwardOnly, JET_bitTTIndexed, JET_bitTTScrollable, JET_bitTTUpdatable,
  JET_coltypLong, JET_coltypLongText, JET_coltypText,
  JET_errAlreadyPrepared, JET_errBufferTooSmall, JET_errCannotMaterializeForwardOnlySort,
  JET_errIllegalOperation, JET_errInvalidBookmark, JET_errInvalidCodePage, JET_errInvalidColumnType,
  JET_errInvalidOperation, JET_errInvalidParameter, JET_errKeyNotMade, JET_errNoCurrentRecord,
  JET_errNotInTransaction, JET_errRecordNotFound, JET_errSuccess, JET_errTooManyColumns,
  JET_errTooManySorts, JET_errUpdateNotPrepared,
  JET_MoveFirst, JET_MoveLast, JET_MoveNext, JET_MovePrevious, JET_paramMaxTemporaryTables,
  JET_prepCancel, JET_prepInsert, JET_prepInsertCopy, JET_prepInsertMustSetAutoIncrement, JET_prepReadOnlyCopy,
  JET_prepReplace, JET_prepReplaceNoLock, JET_tableidNil, JET_TblInfo, JET_TblInfoName, JET_ColInfo,
  JET_IdxInfoCount, JET_errBufferTooSmall as BTS, JET_errInvalidGrbit,
} from '../../src';
import type {
  JetApi, JET_COLUMNBASE, JET_COLUMNDEF, JET_COLUMNDEF_INFO, JET_COLUMNID, JET_COLUMNLIST, JET_INDEXLIST, JET_INSTANCE, JET_OBJECTINFO,
  JET_OPENTEMPORARYTABLE, JET_SESID, JET_TABLEID,
} from '../../src';

// ---- helpers ----------------------------------------------------------------------------------------------

interface Env { api: JetApi; ses: JET_SESID }
interface TT { tid: JET_TABLEID; ids: JET_COLUMNID[] }

function env(params: Array<[number, number]> = []): Env {
  const { api } = createEmulator();
  const inst = out<JET_INSTANCE>();
  expect(api.JetCreateInstance(inst, 'oracle-sort')).toBe(JET_errSuccess);
  for (const [id, v] of params) expect(api.JetSetSystemParameter(inst, -1 as JET_SESID, id, v, null)).toBe(JET_errSuccess);
  expect(api.JetInit(inst)).toBe(JET_errSuccess);
  const ses = out<JET_SESID>();
  expect(api.JetBeginSession(inst.value, ses, '', '')).toBe(JET_errSuccess);
  return { api, ses: ses.value };
}

function tryOpen(e: Env, defs: JET_COLUMNDEF[], grbit: number): { rc: number; tt: TT; box: { value: JET_TABLEID } } {
  const ids: JET_COLUMNID[] = [];
  const box = out<JET_TABLEID>();
  const rc = e.api.JetOpenTempTable(e.ses, defs, defs.length, grbit, box, ids);
  return { rc, tt: { tid: box.value, ids }, box };
}

const KEY: JET_COLUMNDEF = { coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey };
const DATA: JET_COLUMNDEF = { coltyp: JET_coltypText, cp: 1252 };

function i32(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setInt32(0, n, true);
  return b;
}

function ascii(s: string): Uint8Array {
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

/** A sort keyed by a Long (column 0) with a Text column (1), still in its insert phase. */
function sortOf(e: Env, grbit: number): TT {
  const r = tryOpen(e, [{ ...KEY }, { ...DATA }], grbit);
  expect(r.rc).toBe(JET_errSuccess);
  return r.tt;
}

function insertK(e: Env, t: TT, k: number): void {
  expect(e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepInsert)).toBe(JET_errSuccess);
  expect(e.api.JetSetColumn(e.ses, t.tid, t.ids[0], i32(k), 4, 0, null)).toBe(JET_errSuccess);
  const v = ascii(`v${k}`);
  expect(e.api.JetSetColumn(e.ses, t.tid, t.ids[1], v, v.length, 0, null)).toBe(JET_errSuccess);
  expect(e.api.JetUpdate(e.ses, t.tid, null, 0, null)).toBe(JET_errSuccess);
}

/** A sort holding keys 10, 20, 30, 40, still in its insert phase. */
function filled(e: Env, grbit: number): TT {
  const t = sortOf(e, grbit);
  for (const k of [30, 10, 40, 20]) insertK(e, t, k);
  return t;
}

/** The same, read back: the first JetMove(JET_MoveFirst) ended the insert phase. */
function reading(e: Env, grbit: number): TT {
  const t = filled(e, grbit);
  expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
  return t;
}

function readK(e: Env, t: TT): number {
  const b = new Uint8Array(4);
  expect(e.api.JetRetrieveColumn(e.ses, t.tid, t.ids[0], b, 4, null, 0, null)).toBe(JET_errSuccess);
  return new DataView(b.buffer).getInt32(0, true);
}

function makeKey(e: Env, t: TT, k: number): void {
  expect(e.api.JetMakeKey(e.ses, t.tid, i32(k), 4, JET_bitNewKey)).toBe(JET_errSuccess);
}

// ---- opening ----------------------------------------------------------------------------------------------

describe('opening: checks and their order', () => {
  it('a refused open leaves JET_tableidNil in *ptableid (TooManySorts, CannotMaterializeForwardOnlySort)', () => {
    // sortapi.cxx ErrIsamOpenTempTable 3254-3255: `*ptableid = JET_tableidNil;` before the MaxTemporaryTables check
    // (3258-3261) and the ForwardOnly check (3265-3270).
    const e0 = env([[JET_paramMaxTemporaryTables, 0]]);
    const box0 = out<JET_TABLEID>(123 as JET_TABLEID);
    expect(e0.api.JetOpenTempTable(e0.ses, [{ ...KEY }], 1, 0, box0, [])).toBe(JET_errTooManySorts);
    expect(box0.value).toBe(JET_tableidNil);

    const e = env();
    const box = out<JET_TABLEID>(123 as JET_TABLEID);
    expect(e.api.JetOpenTempTable(e.ses, [{ ...KEY }], 1, JET_bitTTForwardOnly | JET_bitTTIndexed, box, []))
      .toBe(JET_errCannotMaterializeForwardOnlySort);
    expect(box.value).toBe(JET_tableidNil);
  });

  it('JetOpenTemporaryTable refused for cbKeyMost leaves tableid JET_tableidNil', () => {
    // sortapi.cxx ErrIsamOpenTempTable 3255 writes JET_tableidNil through &popentemporarytable->tableid
    // (jetapi.cxx JetOpenTemporaryTable 17284-17294), then ErrSORTTableOpen 85-88 refuses cbKeyMost 100.
    const e = env();
    const s: JET_OPENTEMPORARYTABLE = { prgcolumndef: [{ ...KEY }], ccolumn: 1, grbit: 0, prgcolumnid: [], cbKeyMost: 100 };
    expect(e.api.JetOpenTemporaryTable(e.ses, s)).toBe(JET_errInvalidParameter);
    expect(s.tableid).toBe(JET_tableidNil);
  });

  it('cbKeyMost above the 4 KB page\'s key limit (1000) is InvalidParameter; 1000 is accepted', () => {
    // sortapi.cxx ErrSORTTableOpen 85: cbKeyMost > CbKeyMostForPage(); daedef.hxx 5798-5820 CbKeyMostForPage(4096)
    // = JET_cbKeyMost4KBytePage (1000). JET_paramDatabasePageSize defaults to 4096 (data/param-defaults.tsv).
    const e = env();
    const mk = (cbKeyMost: number): JET_OPENTEMPORARYTABLE =>
      ({ prgcolumndef: [{ ...KEY }], ccolumn: 1, grbit: 0, prgcolumnid: [], cbKeyMost });
    expect(e.api.JetOpenTemporaryTable(e.ses, mk(1000))).toBe(JET_errSuccess);
    expect(e.api.JetOpenTemporaryTable(e.ses, mk(1001))).toBe(JET_errInvalidParameter);
    expect(e.api.JetOpenTemporaryTable(e.ses, mk(2000))).toBe(JET_errInvalidParameter);
  });

  it('the ForwardOnly combination is checked before cbKeyMost', () => {
    // sortapi.cxx ErrIsamOpenTempTable 3265-3270 (ForwardOnly + Indexed) runs before ErrIsamSortOpen ->
    // ErrSORTTableOpen 85-88 (cbKeyMost).
    const e = env();
    const s: JET_OPENTEMPORARYTABLE = {
      prgcolumndef: [{ ...KEY }], ccolumn: 1, grbit: JET_bitTTForwardOnly | JET_bitTTIndexed, prgcolumnid: [], cbKeyMost: 7,
    };
    expect(e.api.JetOpenTemporaryTable(e.ses, s)).toBe(JET_errCannotMaterializeForwardOnlySort);
  });

  it('TooManyColumns (first pass over the definitions) wins over an earlier column\'s bad code page', () => {
    // sortapi.cxx ErrSORTTableOpen: the first loop 111-151 gives every column its id (TooManyColumns at the 128th
    // fixed column, 136-141); the code page is checked only in the second loop 165-194.
    const e = env();
    const defs: JET_COLUMNDEF[] = [{ coltyp: JET_coltypText, cp: 437, grbit: JET_bitColumnTTKey }];
    for (let i = 0; i < 128; i++) defs.push({ coltyp: JET_coltypLong });
    expect(tryOpen(e, defs, 0).rc).toBe(JET_errTooManyColumns);
  });

  it('columns are checked in order: a bad code page before a later bad type, a bad type before a later bad code page', () => {
    // sortapi.cxx ErrSORTTableOpen second loop 159-208: for each column the code page (174-194), then
    // ErrRECAddFieldDef (206), which refuses a variable column that is not Text / Binary (fileopen.cxx 351-356).
    const e = env();
    expect(tryOpen(e, [{ ...KEY }, { coltyp: JET_coltypText, cp: 437 }, { coltyp: 100 }], 0).rc).toBe(JET_errInvalidCodePage);
    expect(tryOpen(e, [{ ...KEY }, { coltyp: 100 }, { coltyp: JET_coltypText, cp: 437 }], 0).rc).toBe(JET_errInvalidColumnType);
  });

  it('a LongText column with another code page is InvalidCodePage', () => {
    // sortapi.cxx 173: FRECTextColumn (rec.hxx 1290: Text or LongText) -> 191-192 InvalidCodePage.
    const e = env();
    expect(tryOpen(e, [{ ...KEY }, { coltyp: JET_coltypLongText, cp: 437 }], 0).rc).toBe(JET_errInvalidCodePage);
  });

});

// ---- the insert phase -------------------------------------------------------------------------------------

describe('insert phase (vtfndefTTSortIns)', () => {
  it.each([
    ['JetGetBookmark', (e: Env, t: TT) => e.api.JetGetBookmark(e.ses, t.tid, new Uint8Array(8), 8, out<number>())],
    ['JetGotoBookmark', (e: Env, t: TT) => e.api.JetGotoBookmark(e.ses, t.tid, new Uint8Array(4), 4)],
    ['JetSetIndexRange', (e: Env, t: TT) => e.api.JetSetIndexRange(e.ses, t.tid, 0)],
    ['JetRetrieveColumn', (e: Env, t: TT) => e.api.JetRetrieveColumn(e.ses, t.tid, t.ids[0], new Uint8Array(4), 4, null, 0, null)],
    ['JetDelete', (e: Env, t: TT) => e.api.JetDelete(e.ses, t.tid)],
    ['JetDupCursor', (e: Env, t: TT) => e.api.JetDupCursor(e.ses, t.tid, out<JET_TABLEID>(), 0)],
    ['JetGetTableInfo', (e: Env, t: TT) => e.api.JetGetTableInfo(e.ses, t.tid, out<JET_OBJECTINFO | string | number>(), 40, JET_TblInfo)],
  ])('%s is IllegalOperation', (_name, call) => {
    // sortapi.cxx vtfndefTTSortIns 2903-2961: ErrIllegalGetBookmark, ErrIllegalGotoBookmark, ErrIllegalSetIndexRange,
    // ErrIllegalRetrieveColumn, ErrIllegalDelete, ErrIllegalDupCursor, ErrIllegalGetTableInfo (jetapi.cxx 150-560).
    const e = env();
    const t = filled(e, JET_bitTTScrollable);
    expect(call(e, t)).toBe(JET_errIllegalOperation);
  });

  it('JetPrepareUpdate(JET_prepReadOnlyCopy) at level 0 is NotInTransaction', () => {
    // The sort's PrepareUpdate is ErrIsamPrepareUpdate (vtfndefTTSortIns 2931); fldmod.cxx 1336-1343: not prepared,
    // then `0 == Level()` -> NotInTransaction.
    const e = env();
    const t = filled(e, JET_bitTTScrollable);
    expect(e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepReadOnlyCopy)).toBe(JET_errNotInTransaction);
  });

  it('JetPrepareUpdate(JET_prepInsertMustSetAutoIncrement) with nothing prepared is IllegalOperation (no autoinc)', () => {
    // fldmod.cxx 807-831: ErrFUCBCheckUpdatable (a sort is updatable: sortapi.cxx 349), AlreadyPrepared, then
    // fMustSetAutoInc without an autoincrement column -> IllegalOperation.
    const e = env();
    const t = filled(e, JET_bitTTScrollable);
    expect(e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepInsertMustSetAutoIncrement)).toBe(JET_errIllegalOperation);
  });

  it.each([
    ['JET_prepInsert', JET_prepInsert],
    ['JET_prepInsertMustSetAutoIncrement', JET_prepInsertMustSetAutoIncrement],
    ['JET_prepReplace', JET_prepReplace],
    ['JET_prepReplaceNoLock', JET_prepReplaceNoLock],
    ['JET_prepInsertCopy', JET_prepInsertCopy],
    ['JET_prepReadOnlyCopy', JET_prepReadOnlyCopy],
  ])('%s with an insert already prepared is AlreadyPrepared', (_name, prep) => {
    // fldmod.cxx ErrIsamPrepareUpdate: every prep checks FFUCBUpdatePrepared first (after the updatable checks, which
    // a sort passes): 823-826 (insert), 1124-1125 (replace), 1137-1138 (replace no lock), 1155-1156 (insert copy),
    // 1337-1338 (read-only copy); nothing about the sort is looked at before.
    const e = env();
    const t = filled(e, JET_bitTTScrollable);
    expect(e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(e.api.JetPrepareUpdate(e.ses, t.tid, prep)).toBe(JET_errAlreadyPrepared);
  });

  it.each([1, 6, 11, 99])('an unknown prep %i is InvalidParameter', (prep) => {
    // fldmod.cxx 1361-1363: default -> InvalidParameter.
    const e = env();
    const t = filled(e, JET_bitTTScrollable);
    expect(e.api.JetPrepareUpdate(e.ses, t.tid, prep)).toBe(JET_errInvalidParameter);
  });

  it('JetUpdate with nothing prepared is UpdateNotPrepared', () => {
    // sortapi.cxx ErrIsamSortUpdate 724-727.
    const e = env();
    const t = filled(e, 0);
    expect(e.api.JetUpdate(e.ses, t.tid, null, 0, null)).toBe(JET_errUpdateNotPrepared);
  });

  it('JetSeek on an empty, non-seekable sort with no key made is RecordNotFound (the end of the insert phase answers first)', () => {
    // sortapi.cxx ErrTTSortInsSeek 3436-3463: ErrTTEndInsert -> ErrSORTFirst on no rows -> NoCurrentRecord, turned into
    // RecordNotFound (3449-3454) before ErrDispSeek (IllegalOperation / KeyNotMade) is reached.
    const e = env();
    const t = sortOf(e, 0);
    expect(e.api.JetSeek(e.ses, t.tid, JET_bitSeekEQ)).toBe(JET_errRecordNotFound);
    // The phase ended (vtfndefTTSortRet): ErrIsamSortSeek 476-479 on a non-seekable sort.
    expect(e.api.JetSeek(e.ses, t.tid, JET_bitSeekEQ)).toBe(JET_errIllegalOperation);
  });

  it('JetSeek with no key made on a filled scrollable sort: KeyNotMade, and the sort is now on its first row', () => {
    // ErrTTSortInsSeek 3445: ErrTTEndInsert -> ErrSORTFirst puts the cursor on row 0 (3361-3371, sort.cxx 406-418);
    // then ErrIsamSortSeek 484-487 KeyNotMade. ErrIsamSortMove(0) 451-462: on a row -> Success.
    const e = env();
    const t = filled(e, JET_bitTTScrollable);
    expect(e.api.JetSeek(e.ses, t.tid, JET_bitSeekEQ)).toBe(JET_errKeyNotMade);
    expect(e.api.JetMove(e.ses, t.tid, 0, 0)).toBe(JET_errSuccess);
    expect(readK(e, t)).toBe(10);
  });

  it('JetSeek with a key on a filled non-seekable sort: IllegalOperation after the phase ended on the first row', () => {
    // ErrTTSortInsSeek: ErrTTEndInsert (on row 0), then ErrDispSeek -> ErrIsamSortSeek 476-479 IllegalOperation.
    const e = env();
    const t = filled(e, 0);
    makeKey(e, t, 20);
    expect(e.api.JetSeek(e.ses, t.tid, JET_bitSeekEQ)).toBe(JET_errIllegalOperation);
    expect(readK(e, t)).toBe(10);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(readK(e, t)).toBe(20);
  });

  it('JetMove(JET_MovePrevious) on a filled non-seekable sort: IllegalOperation, the phase ended on the first row', () => {
    // ErrTTSortInsMove 3395-3425: ErrTTEndInsert moves to row 0; crow -1 is not adjusted (3415), not First / 0, so
    // ErrDispMove -> ErrIsamSortMove 434-438: a backward move on a sort neither Scrollable nor Indexed.
    const e = env();
    const t = filled(e, 0);
    expect(e.api.JetMove(e.ses, t.tid, JET_MovePrevious, 0)).toBe(JET_errIllegalOperation);
    expect(e.api.JetMove(e.ses, t.tid, 0, 0)).toBe(JET_errSuccess);
    expect(readK(e, t)).toBe(10);
  });

  it('JetMove(JET_MovePrevious) on a filled scrollable sort: NoCurrentRecord (before the first row), then MoveNext finds 10', () => {
    // ErrTTSortInsMove -> ErrIsamSortMove(-1) -> ErrSORTPrev (sort.cxx 604-609): ispairCurr 0 -> before first,
    // NoCurrentRecord; ErrSORTNext 544-547 from -1 -> row 0.
    const e = env();
    const t = filled(e, JET_bitTTScrollable);
    expect(e.api.JetMove(e.ses, t.tid, JET_MovePrevious, 0)).toBe(JET_errNoCurrentRecord);
    expect(e.api.JetMove(e.ses, t.tid, 0, 0)).toBe(JET_errNoCurrentRecord);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(readK(e, t)).toBe(10);
  });

  it('JetMove(JET_MoveLast) ends the phase of a forward-only sort and lands on the last row', () => {
    // ErrTTSortInsMove: crow JET_MoveLast is not adjusted (3415), ErrIsamSortMove 414-417 -> ErrSORTLast.
    const e = env();
    const t = filled(e, JET_bitTTForwardOnly);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveLast, 0)).toBe(JET_errSuccess);
    expect(readK(e, t)).toBe(40);
  });

  it('JetMove with an insert prepared cancels it and ends the phase (JetUpdate is then IllegalOperation)', () => {
    // ErrTTSortInsMove 3400-3403 cancels the prepared update; the phase becomes vtfndefTTSortRet (3373) whose Update
    // is ErrIllegalUpdate (2999).
    const e = env();
    const t = filled(e, 0);
    expect(e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(e.api.JetSetColumn(e.ses, t.tid, t.ids[0], i32(5), 4, 0, null)).toBe(JET_errSuccess);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(readK(e, t)).toBe(10);
    expect(e.api.JetUpdate(e.ses, t.tid, null, 0, null)).toBe(JET_errIllegalOperation);
  });
});

// ---- the retrieve phase -----------------------------------------------------------------------------------

describe('retrieve phase (vtfndefTTSortRet)', () => {
  it.each([
    ['JetPrepareUpdate(JET_prepCancel)', (e: Env, t: TT) => e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepCancel)],
    ['JetPrepareUpdate(JET_prepInsert)', (e: Env, t: TT) => e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepInsert)],
    ['JetPrepareUpdate(99)', (e: Env, t: TT) => e.api.JetPrepareUpdate(e.ses, t.tid, 99)],
    ['JetSetColumn', (e: Env, t: TT) => e.api.JetSetColumn(e.ses, t.tid, t.ids[0], i32(1), 4, 0, null)],
    ['JetUpdate', (e: Env, t: TT) => e.api.JetUpdate(e.ses, t.tid, null, 0, null)],
    ['JetDelete', (e: Env, t: TT) => e.api.JetDelete(e.ses, t.tid)],
  ])('%s is IllegalOperation', (_name, call) => {
    // sortapi.cxx vtfndefTTSortRet 2964-3023: ErrIllegalPrepareUpdate (whatever the prep), ErrIllegalSetColumn,
    // ErrIllegalUpdate, ErrIllegalDelete.
    const e = env();
    const t = reading(e, JET_bitTTScrollable);
    expect(call(e, t)).toBe(JET_errIllegalOperation);
  });

  it('JetMove(JET_MoveFirst) works on a non-seekable sort; other backward moves are IllegalOperation', () => {
    // sortapi.cxx ErrIsamSortMove 428-438: csrid == JET_MoveFirst -> ErrSORTFirst with no grbit check; other
    // negative counts need Scrollable or Indexed.
    const e = env();
    const t = reading(e, 0);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(readK(e, t)).toBe(30);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(readK(e, t)).toBe(10);
    expect(e.api.JetMove(e.ses, t.tid, -2, 0)).toBe(JET_errIllegalOperation);
    expect(e.api.JetMove(e.ses, t.tid, JET_MovePrevious, 0)).toBe(JET_errIllegalOperation);
  });

  it('JetMove(0) after walking off the end is NoCurrentRecord; JetMove(JET_MovePrevious) then finds the last row', () => {
    // sort.cxx ErrSORTNext 550-554: past the last row ispairCurr = ispairMac, NoCurrentRecord; sortapi.cxx 451-462
    // (move 0 reports the position); ErrSORTPrev 611-613 from ispairMac -> ispairMac - 1.
    const e = env();
    const t = reading(e, JET_bitTTScrollable);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveLast, 0)).toBe(JET_errSuccess);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    expect(e.api.JetMove(e.ses, t.tid, 0, 0)).toBe(JET_errNoCurrentRecord);
    expect(e.api.JetMove(e.ses, t.tid, JET_MovePrevious, 0)).toBe(JET_errSuccess);
    expect(readK(e, t)).toBe(40);
  });

  it('JetGetBookmark with cbMax 3 off the rows is BufferTooSmall (the size is checked before the position)', () => {
    // sortapi.cxx ErrIsamSortGetBookmark 619-628: cbMax < sizeof(LONG) before `ipb < 0 || ipb >= ispairMac`.
    const e = env();
    const t = reading(e, JET_bitTTScrollable);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveLast, 0)).toBe(JET_errSuccess);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    expect(e.api.JetGetBookmark(e.ses, t.tid, new Uint8Array(3), 3, out<number>())).toBe(JET_errBufferTooSmall);
    expect(e.api.JetGetBookmark(e.ses, t.tid, new Uint8Array(4), 4, out<number>())).toBe(JET_errNoCurrentRecord);
  });

  it.each([0, 3, 5, 8])('JetGotoBookmark with a %i-byte bookmark is InvalidBookmark', (cb) => {
    // sortapi.cxx ErrIsamSortGotoBookmark 660-664: cbBookmark != sizeof(LONG) -> InvalidBookmark.
    const e = env();
    const t = reading(e, JET_bitTTScrollable);
    expect(e.api.JetGotoBookmark(e.ses, t.tid, new Uint8Array(Math.max(cb, 1)), cb)).toBe(JET_errInvalidBookmark);
  });

  it('a failed JetSeek(EQ) leaves the cursor on the next greater row and consumes the key', () => {
    // sort.cxx ErrSORTSeek 701-712: no match -> ispairCurr on the first greater row, wrnNDFoundGreater; sortapi.cxx
    // 500-503 KSReset (err >= 0); 550-555 EQ turns the warning into RecordNotFound without moving.
    const e = env();
    const t = reading(e, JET_bitTTScrollable);
    makeKey(e, t, 25);
    expect(e.api.JetSeek(e.ses, t.tid, JET_bitSeekEQ)).toBe(JET_errRecordNotFound);
    expect(e.api.JetMove(e.ses, t.tid, 0, 0)).toBe(JET_errSuccess);
    expect(readK(e, t)).toBe(30);
    expect(e.api.JetSeek(e.ses, t.tid, JET_bitSeekEQ)).toBe(JET_errKeyNotMade);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(readK(e, t)).toBe(40);
  });

  it('a failed JetSeek(GE) past every key leaves the cursor on the last row', () => {
    // sort.cxx ErrSORTSeek 689-694: all rows less -> ispairCurr = ispairMac - 1, wrnNDFoundLess; sortapi.cxx 558-569
    // GE turns it into RecordNotFound without moving.
    const e = env();
    const t = reading(e, JET_bitTTScrollable);
    makeKey(e, t, 50);
    expect(e.api.JetSeek(e.ses, t.tid, JET_bitSeekGE)).toBe(JET_errRecordNotFound);
    expect(e.api.JetMove(e.ses, t.tid, 0, 0)).toBe(JET_errSuccess);
    expect(readK(e, t)).toBe(40);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
  });

  it('a failed JetSeek(LT) below every key leaves the cursor before the first row', () => {
    // sortapi.cxx 520-529: found greater -> ErrIsamSortMove(JET_MovePrevious) -> ErrSORTPrev from row 0: before first,
    // NoCurrentRecord -> RecordNotFound. ErrSORTNext from -1 -> row 0.
    const e = env();
    const t = reading(e, JET_bitTTScrollable);
    makeKey(e, t, 5);
    expect(e.api.JetSeek(e.ses, t.tid, JET_bitSeekLT)).toBe(JET_errRecordNotFound);
    expect(e.api.JetMove(e.ses, t.tid, 0, 0)).toBe(JET_errNoCurrentRecord);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(readK(e, t)).toBe(10);
  });

  it('a failed JetSeek(GT) on the last key leaves the cursor after the last row', () => {
    // sortapi.cxx 572-580: exact match -> ErrIsamSortMove(JET_MoveNext) -> ErrSORTNext past the end (after last) ->
    // RecordNotFound. ErrSORTPrev from ispairMac -> the last row.
    const e = env();
    const t = reading(e, JET_bitTTScrollable);
    makeKey(e, t, 40);
    expect(e.api.JetSeek(e.ses, t.tid, JET_bitSeekGT)).toBe(JET_errRecordNotFound);
    expect(e.api.JetMove(e.ses, t.tid, 0, 0)).toBe(JET_errNoCurrentRecord);
    expect(e.api.JetMove(e.ses, t.tid, JET_MovePrevious, 0)).toBe(JET_errSuccess);
    expect(readK(e, t)).toBe(40);
  });

  it('JetSetIndexRange on a non-seekable sort with no key made is IllegalOperation (before KeyNotMade)', () => {
    // sortapi.cxx ErrIsamSortSetIndexRange 365-373: the Scrollable / Indexed check, then FKSPrepared.
    const e = env();
    const t = reading(e, 0);
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeUpperLimit)).toBe(JET_errIllegalOperation);
  });

  it('JetSetIndexRange(JET_bitRangeRemove) on a seekable sort with no key made is KeyNotMade', () => {
    // sortapi.cxx ErrIsamSortSetIndexRange 370-373: no special case for JET_bitRangeRemove; no key -> KeyNotMade.
    const e = env();
    const t = reading(e, JET_bitTTScrollable);
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeRemove)).toBe(JET_errKeyNotMade);
  });

  it('JetSetIndexRange(JET_bitRangeRemove) with a key made sets a lower-limit range (Success on a row above it)', () => {
    // sortapi.cxx 375-376: FUCBSetIndexRange (fucb.cxx 272-299: no UpperLimit bit -> lower limit) and
    // ErrSORTCheckIndexRange: row 30 > limit 20, lower limit -> in range (fucb.cxx 345-347).
    const e = env();
    const t = reading(e, JET_bitTTScrollable);
    makeKey(e, t, 30);
    expect(e.api.JetSeek(e.ses, t.tid, JET_bitSeekEQ)).toBe(JET_errSuccess);
    makeKey(e, t, 20);
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeRemove)).toBe(JET_errSuccess);
  });

  it('a lower-limit range on a sort does not bound JetMove(JET_MovePrevious)', () => {
    // sort.cxx ErrSORTPrev 625-626 (and ErrSORTNext 566-567) check the range only when FFUCBUpper: a range set without
    // JET_bitRangeUpperLimit is checked once, by ErrIsamSortSetIndexRange, and never by a move.
    const e = env();
    const t = reading(e, JET_bitTTScrollable);
    makeKey(e, t, 30);
    expect(e.api.JetSeek(e.ses, t.tid, JET_bitSeekEQ)).toBe(JET_errSuccess);
    makeKey(e, t, 20);
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeInclusive)).toBe(JET_errSuccess);
    expect(e.api.JetMove(e.ses, t.tid, JET_MovePrevious, 0)).toBe(JET_errSuccess);
    expect(readK(e, t)).toBe(20);
    expect(e.api.JetMove(e.ses, t.tid, JET_MovePrevious, 0)).toBe(JET_errSuccess);
    expect(readK(e, t)).toBe(10);
  });

  it('a lower-limit range set on a row below it: NoCurrentRecord and the cursor goes before the first row', () => {
    // fucb.cxx ErrFUCBCheckIndexRange 343-347: row 10 < limit 20 with a lower limit -> out of range, NoCurrentRecord;
    // sort.cxx ErrSORTCheckIndexRange 866-878: not Upper -> SORTBeforeFirst. ErrSORTNext from -1 -> row 0.
    const e = env();
    const t = reading(e, JET_bitTTScrollable);
    makeKey(e, t, 20);
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeInclusive)).toBe(JET_errNoCurrentRecord);
    expect(e.api.JetMove(e.ses, t.tid, 0, 0)).toBe(JET_errNoCurrentRecord);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(readK(e, t)).toBe(10);
  });

  it('an upper range ends the walk past its limit, is dropped, and leaves the cursor after the last row', () => {
    // sort.cxx ErrSORTNext 566-567 -> ErrSORTCheckIndexRange: 40 > 30 -> NoCurrentRecord, limstat reset
    // (fucb.cxx 359-363), ispairCurr = ispairMac (sort.cxx 870-874). ErrSORTPrev from ispairMac -> row 40.
    const e = env();
    const t = reading(e, JET_bitTTScrollable);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    makeKey(e, t, 30);
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeUpperLimit | JET_bitRangeInclusive)).toBe(JET_errSuccess);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(readK(e, t)).toBe(30);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    expect(e.api.JetMove(e.ses, t.tid, JET_MovePrevious, 0)).toBe(JET_errSuccess);
    expect(readK(e, t)).toBe(40);
  });

  it('JetGetTableInfo: JET_TblInfoName is InvalidOperation, JET_TblInfo with 39 bytes InvalidParameter', () => {
    // sortapi.cxx ErrIsamSortGetTableInfo 924-934 (vtfndefTTSortRet 2985).
    const e = env();
    const t = reading(e, JET_bitTTScrollable);
    expect(e.api.JetGetTableInfo(e.ses, t.tid, out<JET_OBJECTINFO | string | number>(), 256, JET_TblInfoName))
      .toBe(JET_errInvalidOperation);
    expect(e.api.JetGetTableInfo(e.ses, t.tid, out<JET_OBJECTINFO | string | number>(), 39, JET_TblInfo))
      .toBe(JET_errInvalidParameter);
  });
});

// ---- materialized temp tables -----------------------------------------------------------------------------

describe('materialized temp tables (vtfndefTTBase)', () => {
  it('an updatable sort ends its insert phase before its first row: JetMove(0) is NoCurrentRecord', () => {
    // sortapi.cxx ErrTTEndInsert 3348-3357: TTUpdatable -> ErrIsamSortMaterialize, which leaves the table cursor
    // before first (2635 DIRBeforeFirst); fMovedToFirst stays false, so ErrTTSortInsMove calls ErrDispMove(0) on the
    // table -> ErrIsamMove(0) before first -> NoCurrentRecord.
    const e = env();
    const t = filled(e, JET_bitTTUpdatable | JET_bitTTIndexed);
    expect(e.api.JetMove(e.ses, t.tid, 0, 0)).toBe(JET_errNoCurrentRecord);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(readK(e, t)).toBe(10);
  });

  it('JetPrepareUpdate(JET_prepReadOnlyCopy) at level 0 is NotInTransaction', () => {
    // vtfndefTTBase 3054: ErrIsamPrepareUpdate; fldmod.cxx 1336-1343.
    const e = env();
    const t = filled(e, JET_bitTTUpdatable | JET_bitTTIndexed);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepReadOnlyCopy)).toBe(JET_errNotInTransaction);
  });
});

// ---- JET-layer checks made before the temp table's ErrIllegal* entries ------------------------------------

describe('jetapi.cxx argument checks come before the dispatch table\'s IllegalOperation', () => {
  const phases: Array<[string, (e: Env) => TT]> = [
    ['a sort collecting rows', (e) => filled(e, JET_bitTTScrollable)],
    ['a sort being read', (e) => reading(e, JET_bitTTScrollable)],
    ['a materialized temp table', (e) => reading(e, JET_bitTTUpdatable | JET_bitTTIndexed)],
  ];

  // jetapi.cxx JetGetTableColumnInfoEx 10247-10300: the level's switch (default InvalidParameter) and
  // `cbMax >= cbMin` (else BufferTooSmall) run before ErrDispGetTableColumnInfo, which is ErrIllegalGetTableColumnInfo
  // in vtfndefTTSortIns / TTSortRet / TTBase (sortapi.cxx 2926, 2987, 3045).
  it.each(phases)('JetGetTableColumnInfo on %s with an unknown level (99) is InvalidParameter', (_n, mk) => {
    const e = env();
    const t = mk(e);
    expect(e.api.JetGetTableColumnInfo(e.ses, t.tid, null, out<JET_COLUMNDEF_INFO | JET_COLUMNBASE | JET_COLUMNLIST>(), 512, 99))
      .toBe(JET_errInvalidParameter);
  });

  it.each(phases)('JetGetTableColumnInfo(JET_ColInfo) on %s with cbMax 0 is BufferTooSmall', (_n, mk) => {
    const e = env();
    const t = mk(e);
    expect(e.api.JetGetTableColumnInfo(e.ses, t.tid, null, out<JET_COLUMNDEF_INFO | JET_COLUMNBASE | JET_COLUMNLIST>(), 0, JET_ColInfo))
      .toBe(BTS);
  });

  it.each(phases)('JetGetTableColumnInfo(JET_ColInfo) on %s with room is IllegalOperation', (_n, mk) => {
    const e = env();
    const t = mk(e);
    expect(e.api.JetGetTableColumnInfo(e.ses, t.tid, null, out<JET_COLUMNDEF_INFO | JET_COLUMNBASE | JET_COLUMNLIST>(), 512, JET_ColInfo))
      .toBe(JET_errIllegalOperation);
  });

  // jetapi.cxx JetGetTableIndexInfoEx 8956-9024: the level's switch (default InvalidParameter) and
  // `cbResult >= cbMin` (else BufferTooSmall) before ErrDispGetTableIndexInfo (ErrIllegalGetTableIndexInfo,
  // sortapi.cxx 2927, 2988, 3046).
  it.each(phases)('JetGetTableIndexInfo on %s with an unknown level (99) is InvalidParameter', (_n, mk) => {
    const e = env();
    const t = mk(e);
    expect(e.api.JetGetTableIndexInfo(e.ses, t.tid, null, out<JET_INDEXLIST | number>(), 512, 99)).toBe(JET_errInvalidParameter);
  });

  it.each(phases)('JetGetTableIndexInfo(JET_IdxInfoCount) on %s with cbResult 0 is BufferTooSmall', (_n, mk) => {
    const e = env();
    const t = mk(e);
    expect(e.api.JetGetTableIndexInfo(e.ses, t.tid, null, out<JET_INDEXLIST | number>(), 0, JET_IdxInfoCount)).toBe(BTS);
  });

  it.each(phases)('JetGetTableIndexInfo(JET_IdxInfoCount) on %s with room is IllegalOperation', (_n, mk) => {
    const e = env();
    const t = mk(e);
    expect(e.api.JetGetTableIndexInfo(e.ses, t.tid, null, out<JET_INDEXLIST | number>(), 4, JET_IdxInfoCount))
      .toBe(JET_errIllegalOperation);
  });

  // jetapi.cxx JetSetCurrentIndexEx 11405-11409: grbit & ~(MoveFirst | NoMove) -> InvalidGrbit before
  // ErrDispSetCurrentIndex (ErrIllegalSetCurrentIndex in every temp-table dispatch table).
  it.each(phases)('JetSetCurrentIndex2 on %s with an unknown grbit (0x1000) is InvalidGrbit', (_n, mk) => {
    const e = env();
    const t = mk(e);
    expect(e.api.JetSetCurrentIndex2(e.ses, t.tid, null, 0x1000)).toBe(JET_errInvalidGrbit);
  });

  it.each(phases)('JetSetCurrentIndex2 on %s with grbit 0 is IllegalOperation', (_n, mk) => {
    const e = env();
    const t = mk(e);
    expect(e.api.JetSetCurrentIndex2(e.ses, t.tid, null, 0)).toBe(JET_errIllegalOperation);
  });
});
