/**
 * Sorts (temp tables that are not materialized): the insert / retrieve state machine (ese-semantics.md §9.4),
 * duplicates, bookmarks, JetDupCursor, JetRetrieveKey, JetRetrieveColumn(s), JetSetColumns, JetSeek on sorts
 * (keys.md §9a), JetSetIndexRange on sorts (§10) and the JetMakeKey errors (§6).
 */
import {
  createEmulator, out,
  JET_bitColumnTTKey, JET_bitFullColumnEndLimit, JET_bitFullColumnStartLimit, JET_bitKeyDataZeroLength,
  JET_bitNewKey, JET_bitNormalizedKey, JET_bitPartialColumnEndLimit, JET_bitPartialColumnStartLimit,
  JET_bitRangeInclusive, JET_bitRangeInstantDuration, JET_bitRangeUpperLimit, JET_bitRetrieveCopy, JET_bitSeekEQ,
  JET_bitSeekGE, JET_bitSeekGT, JET_bitSeekLE, JET_bitSeekLT, JET_bitSetIndexRange, JET_bitSetZeroLength,
  JET_bitStrLimit, JET_bitSubStrLimit, JET_bitTTForwardOnly, JET_bitTTIndexed, JET_bitTTScrollable, JET_bitTTUnique,
  JET_coltypBinary, JET_coltypGUID, JET_coltypLong, JET_coltypShort, JET_coltypText,
  JET_errAlreadyPrepared, JET_errBufferTooSmall, JET_errColumnNotFound, JET_errIllegalOperation,
  JET_errInvalidBookmark, JET_errInvalidBufferSize, JET_errInvalidGrbit, JET_errInvalidParameter, JET_errKeyIsMade,
  JET_errKeyNotMade, JET_errNoCurrentRecord, JET_errRecordNotFound, JET_errSuccess, JET_errUpdateNotPrepared,
  JET_MoveFirst, JET_MoveLast, JET_MoveNext, JET_MovePrevious, JET_prepCancel, JET_prepInsert,
  JET_wrnBufferTruncated, JET_wrnColumnNull,
} from '../src';
import type {
  JetApi, JET_COLUMNDEF, JET_COLUMNID, JET_INSTANCE, JET_RETRIEVECOLUMN, JET_SESID, JET_SETCOLUMN, JET_TABLEID,
} from '../src';

// ---- helpers ------------------------------------------------------------------------------------

interface Env { api: JetApi; ses: JET_SESID }
interface TT { tid: JET_TABLEID; ids: JET_COLUMNID[] }

function env(): Env {
  const { api } = createEmulator();
  const inst = out<JET_INSTANCE>();
  expect(api.JetCreateInstance(inst, 'sort')).toBe(JET_errSuccess);
  expect(api.JetInit(inst)).toBe(JET_errSuccess);
  const ses = out<JET_SESID>();
  expect(api.JetBeginSession(inst.value, ses, '', '')).toBe(JET_errSuccess);
  return { api, ses: ses.value };
}

function open(e: Env, defs: JET_COLUMNDEF[], grbit: number): TT {
  const ids: JET_COLUMNID[] = [];
  const box = out<JET_TABLEID>();
  expect(e.api.JetOpenTempTable(e.ses, defs, defs.length, grbit, box, ids)).toBe(JET_errSuccess);
  return { tid: box.value, ids };
}

const KEY_LONG: JET_COLUMNDEF = { coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey };

/** Long key + Text data. */
function sortOf(e: Env, grbit: number): TT {
  return open(e, [{ ...KEY_LONG }, { coltyp: JET_coltypText, cp: 1252 }], grbit);
}

function i32(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setInt32(0, n, true);
  return b;
}

function ascii(s: string): Uint8Array {
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

function insert(e: Env, t: TT, values: Array<Uint8Array | null>): number {
  const rc = e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepInsert);
  if (rc !== JET_errSuccess) return rc;
  values.forEach((v, i) => {
    if (v !== null) expect(e.api.JetSetColumn(e.ses, t.tid, t.ids[i], v, v.length, 0, null)).toBe(JET_errSuccess);
  });
  return e.api.JetUpdate(e.ses, t.tid, null, 0, null);
}

function insertKV(e: Env, t: TT, k: number, text = `v${k}`): number {
  return insert(e, t, [i32(k), ascii(text)]);
}

function readLong(e: Env, t: TT, col = 0): number {
  const b = new Uint8Array(4);
  expect(e.api.JetRetrieveColumn(e.ses, t.tid, t.ids[col], b, 4, null, 0, null)).toBe(JET_errSuccess);
  return new DataView(b.buffer).getInt32(0, true);
}

function readText(e: Env, t: TT, col = 1): string {
  const b = new Uint8Array(64);
  const n = out<number>(0);
  expect(e.api.JetRetrieveColumn(e.ses, t.tid, t.ids[col], b, 64, n, 0, null)).toBe(JET_errSuccess);
  return String.fromCharCode(...b.subarray(0, n.value));
}

/** MoveFirst, then MoveNext to the end, collecting the Long key. */
function all(e: Env, t: TT): number[] {
  const seen: number[] = [];
  for (let rc = e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0); rc === JET_errSuccess; rc = e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)) {
    seen.push(readLong(e, t));
  }
  return seen;
}

/** From the current row on, with MoveNext. */
function rest(e: Env, t: TT): number[] {
  const seen = [readLong(e, t)];
  while (e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0) === JET_errSuccess) seen.push(readLong(e, t));
  return seen;
}

function makeKey(e: Env, t: TT, k: number, grbit = JET_bitNewKey): number {
  return e.api.JetMakeKey(e.ses, t.tid, i32(k), 4, grbit);
}

function seek(e: Env, t: TT, k: number, grbit: number): number {
  expect(makeKey(e, t, k)).toBe(JET_errSuccess);
  return e.api.JetSeek(e.ses, t.tid, grbit);
}

function keyCopy(e: Env, t: TT): number[] {
  const b = new Uint8Array(300);
  const n = out<number>(0);
  expect(e.api.JetRetrieveKey(e.ses, t.tid, b, 300, n, JET_bitRetrieveCopy)).toBe(JET_errSuccess);
  return Array.from(b.subarray(0, n.value));
}

/** A sort with keys 10, 20, 30 (inserted out of order), still in its insert phase. */
function collecting(grbit = JET_bitTTScrollable): Env & { t: TT } {
  const e = env();
  const t = sortOf(e, grbit);
  for (const k of [20, 30, 10]) expect(insertKV(e, t, k)).toBe(JET_errSuccess);
  return { ...e, t };
}

/** The same sort, in its retrieve phase, on the first row. */
function reading(grbit = JET_bitTTScrollable): Env & { t: TT } {
  const r = collecting(grbit);
  expect(r.api.JetMove(r.ses, r.t.tid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
  return r;
}

const FILL = (n: number) => new Array<number>(n).fill(0xff);

// ---- the insert phase ---------------------------------------------------------------------------

describe('insert phase', () => {
  it('rejects JetRetrieveColumn and JetRetrieveColumns with IllegalOperation', () => {
    const { t, ...e } = collecting();
    expect(e.api.JetRetrieveColumn(e.ses, t.tid, t.ids[0], new Uint8Array(4), 4, null, 0, null)).toBe(JET_errIllegalOperation);
    expect(e.api.JetRetrieveColumn(e.ses, t.tid, t.ids[0], new Uint8Array(4), 4, null, JET_bitRetrieveCopy, null)).toBe(JET_errIllegalOperation);
    const cols: JET_RETRIEVECOLUMN[] = [{ columnid: t.ids[0], pvData: new Uint8Array(4), cbData: 4 }];
    expect(e.api.JetRetrieveColumns(e.ses, t.tid, cols, 1)).toBe(JET_errIllegalOperation);
  });

  it('rejects JetGetBookmark and JetGotoBookmark with IllegalOperation', () => {
    const { t, ...e } = collecting();
    expect(e.api.JetGetBookmark(e.ses, t.tid, new Uint8Array(8), 8, null)).toBe(JET_errIllegalOperation);
    expect(e.api.JetGotoBookmark(e.ses, t.tid, i32(0), 4)).toBe(JET_errIllegalOperation);
  });

  it('rejects JetDupCursor, JetSetIndexRange and JetDelete with IllegalOperation', () => {
    const { t, ...e } = collecting();
    const dup = out<JET_TABLEID>();
    expect(e.api.JetDupCursor(e.ses, t.tid, dup, 0)).toBe(JET_errIllegalOperation);
    expect(makeKey(e, t, 10)).toBe(JET_errSuccess);
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeUpperLimit)).toBe(JET_errIllegalOperation);
    expect(e.api.JetDelete(e.ses, t.tid)).toBe(JET_errIllegalOperation);
  });

  it('the failed calls leave the sort collecting: more inserts are fine and all rows come out', () => {
    const { t, ...e } = collecting();
    expect(e.api.JetDelete(e.ses, t.tid)).toBe(JET_errIllegalOperation);
    expect(insertKV(e, t, 15)).toBe(JET_errSuccess);
    expect(all(e, t)).toEqual([10, 15, 20, 30]);
  });

  it('JetSetColumn / JetUpdate without a prepared insert are UpdateNotPrepared; Cancel without one too', () => {
    const { t, ...e } = collecting();
    expect(e.api.JetSetColumn(e.ses, t.tid, t.ids[0], i32(1), 4, 0, null)).toBe(JET_errUpdateNotPrepared);
    expect(e.api.JetUpdate(e.ses, t.tid, null, 0, null)).toBe(JET_errUpdateNotPrepared);
    expect(e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepCancel)).toBe(JET_errUpdateNotPrepared);
  });

  it('a second PrepareUpdate is AlreadyPrepared; a cancelled insert adds nothing', () => {
    const { t, ...e } = collecting();
    expect(e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepInsert)).toBe(JET_errAlreadyPrepared);
    expect(e.api.JetSetColumn(e.ses, t.tid, t.ids[0], i32(99), 4, 0, null)).toBe(JET_errSuccess);
    expect(e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepCancel)).toBe(JET_errSuccess);
    expect(all(e, t)).toEqual([10, 20, 30]);
  });

  it('JetMakeKey works while collecting and JetRetrieveKey(RetrieveCopy) shows it', () => {
    const { t, ...e } = collecting();
    expect(makeKey(e, t, 1)).toBe(JET_errSuccess);
    expect(keyCopy(e, t)).toEqual([0x7f, 0x80, 0, 0, 1]);
  });

  it('a NULL key column is accepted (sorts allow null keys)', () => {
    const { t, ...e } = collecting();
    expect(insert(e, t, [null, ascii('nokey')])).toBe(JET_errSuccess);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(e.api.JetRetrieveColumn(e.ses, t.tid, t.ids[0], new Uint8Array(4), 4, null, 0, null)).toBe(JET_wrnColumnNull);
    expect(readText(e, t)).toBe('nokey');
  });
});

// ---- ending the insert phase --------------------------------------------------------------------

describe('the first Move / Seek ends insertion', () => {
  it('a pending prepared insert is cancelled by the first Move (its row never appears)', () => {
    const { t, ...e } = collecting();
    expect(e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(e.api.JetSetColumn(e.ses, t.tid, t.ids[0], i32(5), 4, 0, null)).toBe(JET_errSuccess);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(10);
    expect(e.api.JetUpdate(e.ses, t.tid, null, 0, null)).toBe(JET_errIllegalOperation);
    expect(all(e, t)).toEqual([10, 20, 30]);
  });

  it('a pending prepared insert is cancelled by the first Seek', () => {
    const { t, ...e } = collecting();
    expect(e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(e.api.JetSetColumn(e.ses, t.tid, t.ids[0], i32(25), 4, 0, null)).toBe(JET_errSuccess);
    expect(seek(e, t, 25, JET_bitSeekEQ)).toBe(JET_errRecordNotFound);
    expect(all(e, t)).toEqual([10, 20, 30]);
  });

  it.each([
    ['MoveFirst', JET_MoveFirst, 10],
    ['MoveNext (counts the implicit move to first)', JET_MoveNext, 10],
    ['Move 0', 0, 10],
    ['Move 2', 2, 20],
    ['MoveLast', JET_MoveLast, 30],
  ])('as the first move, %s lands on the expected row', (_n, crow, expected) => {
    const { t, ...e } = collecting(0);
    expect(e.api.JetMove(e.ses, t.tid, crow, 0)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(expected);
  });

  it('as the first move, MovePrevious is IllegalOperation without Scrollable and NoCurrentRecord with it', () => {
    const a = collecting(0);
    expect(a.api.JetMove(a.ses, a.t.tid, JET_MovePrevious, 0)).toBe(JET_errIllegalOperation);
    const b = collecting(JET_bitTTScrollable);
    expect(b.api.JetMove(b.ses, b.t.tid, JET_MovePrevious, 0)).toBe(JET_errNoCurrentRecord);
  });

  it('an empty sort: every move is NoCurrentRecord', () => {
    const e = env();
    const t = sortOf(e, JET_bitTTScrollable);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errNoCurrentRecord);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveLast, 0)).toBe(JET_errNoCurrentRecord);
    expect(e.api.JetMove(e.ses, t.tid, 0, 0)).toBe(JET_errNoCurrentRecord);
    expect(e.api.JetRetrieveColumn(e.ses, t.tid, t.ids[0], new Uint8Array(4), 4, null, 0, null)).toBe(JET_errNoCurrentRecord);
  });

  it('an empty sort: the first Seek is RecordNotFound', () => {
    const e = env();
    const t = sortOf(e, JET_bitTTScrollable);
    expect(seek(e, t, 1, JET_bitSeekGE)).toBe(JET_errRecordNotFound);
  });

  it('an empty sort that is not scrollable: the first Seek is RecordNotFound too (end of insert answers first)', () => {
    const e = env();
    const t = sortOf(e, 0);
    expect(seek(e, t, 1, JET_bitSeekEQ)).toBe(JET_errRecordNotFound);
  });
});

// ---- the retrieve phase -------------------------------------------------------------------------

describe('retrieve phase', () => {
  it('rows come back in key order', () => {
    const { t, ...e } = reading(0);
    expect(rest(e, t)).toEqual([10, 20, 30]);
  });

  it('inserting after reading is IllegalOperation (PrepareUpdate, SetColumn, Update, Delete)', () => {
    const { t, ...e } = reading();
    expect(e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepInsert)).toBe(JET_errIllegalOperation);
    expect(e.api.JetSetColumn(e.ses, t.tid, t.ids[0], i32(1), 4, 0, null)).toBe(JET_errIllegalOperation);
    expect(e.api.JetUpdate(e.ses, t.tid, null, 0, null)).toBe(JET_errIllegalOperation);
    expect(e.api.JetDelete(e.ses, t.tid)).toBe(JET_errIllegalOperation);
    expect(all(e, t)).toEqual([10, 20, 30]);
  });

  it('backward moves other than MoveFirst are IllegalOperation without Scrollable / Indexed', () => {
    const { t, ...e } = reading(0);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveLast, 0)).toBe(JET_errSuccess);
    expect(e.api.JetMove(e.ses, t.tid, JET_MovePrevious, 0)).toBe(JET_errIllegalOperation);
    expect(e.api.JetMove(e.ses, t.tid, -2, 0)).toBe(JET_errIllegalOperation);
    expect(readLong(e, t)).toBe(30);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(10);
  });

  it.each([
    ['Scrollable', JET_bitTTScrollable],
    ['Indexed', JET_bitTTIndexed],
  ])('%s sorts move backwards', (_n, bit) => {
    const { t, ...e } = reading(bit);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveLast, 0)).toBe(JET_errSuccess);
    expect(e.api.JetMove(e.ses, t.tid, JET_MovePrevious, 0)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(20);
    expect(e.api.JetMove(e.ses, t.tid, -1, 0)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(10);
    expect(e.api.JetMove(e.ses, t.tid, JET_MovePrevious, 0)).toBe(JET_errNoCurrentRecord);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(10);
  });

  it('past the end: NoCurrentRecord for MoveNext, Move 0 and RetrieveColumn; MovePrevious comes back to the last', () => {
    const { t, ...e } = reading();
    expect(e.api.JetMove(e.ses, t.tid, 2, 0)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(30);
    expect(e.api.JetMove(e.ses, t.tid, 0, 0)).toBe(JET_errSuccess);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    expect(e.api.JetMove(e.ses, t.tid, 0, 0)).toBe(JET_errNoCurrentRecord);
    expect(e.api.JetRetrieveColumn(e.ses, t.tid, t.ids[0], new Uint8Array(4), 4, null, 0, null)).toBe(JET_errNoCurrentRecord);
    expect(e.api.JetMove(e.ses, t.tid, JET_MovePrevious, 0)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(30);
  });

  it('moving more rows than remain is NoCurrentRecord', () => {
    const { t, ...e } = reading(0);
    expect(e.api.JetMove(e.ses, t.tid, 5, 0)).toBe(JET_errNoCurrentRecord);
    expect(e.api.JetMove(e.ses, t.tid, 0, 0)).toBe(JET_errNoCurrentRecord);
  });
});

describe('duplicates', () => {
  it('a sort keeps one row per key (whatever the other columns hold)', () => {
    const e = env();
    const t = sortOf(e, 0);
    for (const [k, s] of [[2, 'a'], [1, 'b'], [2, 'c'], [1, 'd'], [2, 'e']] as const) expect(insertKV(e, t, k, s)).toBe(JET_errSuccess);
    expect(all(e, t)).toEqual([1, 2]);
  });

  it.each([
    ['Scrollable', JET_bitTTScrollable],
    ['Indexed', JET_bitTTIndexed],
    ['ForwardOnly | Unique', JET_bitTTForwardOnly | JET_bitTTUnique],
    ['Unique', JET_bitTTUnique],
  ])('%s sorts drop duplicate keys', (_n, grbit) => {
    const e = env();
    const t = sortOf(e, grbit);
    for (const k of [3, 3, 1, 3, 1]) expect(insertKV(e, t, k)).toBe(JET_errSuccess);
    expect(all(e, t)).toEqual([1, 3]);
  });

  it('a ForwardOnly sort without Unique keeps duplicates', () => {
    const e = env();
    const t = sortOf(e, JET_bitTTForwardOnly);
    for (const k of [3, 3, 1, 3, 1]) expect(insertKV(e, t, k)).toBe(JET_errSuccess);
    expect(all(e, t)).toEqual([1, 1, 3, 3, 3]);
  });
});

// ---- bookmarks, dup cursors ---------------------------------------------------------------------

describe('sort bookmarks', () => {
  it('a bookmark is the 4-byte position of the row', () => {
    const { t, ...e } = reading();
    const b = new Uint8Array(8).fill(0xee);
    const n = out<number>(0);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(e.api.JetGetBookmark(e.ses, t.tid, b, 8, n)).toBe(JET_errSuccess);
    expect(n.value).toBe(4);
    expect(Array.from(b.subarray(0, 4))).toEqual([1, 0, 0, 0]);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(e.api.JetGetBookmark(e.ses, t.tid, b, 4, n)).toBe(JET_errSuccess);
    expect(Array.from(b.subarray(0, 4))).toEqual([2, 0, 0, 0]);
  });

  it('a buffer under 4 bytes is BufferTooSmall, checked before the position', () => {
    const { t, ...e } = reading();
    expect(e.api.JetGetBookmark(e.ses, t.tid, new Uint8Array(3), 3, null)).toBe(JET_errBufferTooSmall);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveLast, 0)).toBe(JET_errSuccess);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    expect(e.api.JetGetBookmark(e.ses, t.tid, new Uint8Array(2), 2, null)).toBe(JET_errBufferTooSmall);
    expect(e.api.JetGetBookmark(e.ses, t.tid, new Uint8Array(4), 4, null)).toBe(JET_errNoCurrentRecord);
  });

  it('GotoBookmark of the wrong size (or none) is InvalidBookmark', () => {
    const { t, ...e } = reading();
    expect(e.api.JetGotoBookmark(e.ses, t.tid, Uint8Array.of(0, 0, 0), 3)).toBe(JET_errInvalidBookmark);
    expect(e.api.JetGotoBookmark(e.ses, t.tid, Uint8Array.of(0, 0, 0, 0, 0), 5)).toBe(JET_errInvalidBookmark);
    expect(e.api.JetGotoBookmark(e.ses, t.tid, null, 0)).toBe(JET_errInvalidBookmark);
  });

  it('after GotoBookmark, moves are relative to the bookmarked position', () => {
    const { t, ...e } = reading();
    const b = new Uint8Array(4);
    expect(e.api.JetGetBookmark(e.ses, t.tid, b, 4, null)).toBe(JET_errSuccess);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveLast, 0)).toBe(JET_errSuccess);
    expect(e.api.JetGotoBookmark(e.ses, t.tid, b, 4)).toBe(JET_errSuccess);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(20);
  });

  it('works on a non-scrollable sort too', () => {
    const { t, ...e } = reading(0);
    const b = new Uint8Array(4);
    expect(e.api.JetGetBookmark(e.ses, t.tid, b, 4, null)).toBe(JET_errSuccess);
    expect(Array.from(b)).toEqual([0, 0, 0, 0]);
  });
});

describe('JetDupCursor on a sort', () => {
  it('the new cursor is on the first row, whatever the original is on', () => {
    const { t, ...e } = reading();
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveLast, 0)).toBe(JET_errSuccess);
    const dup = out<JET_TABLEID>();
    expect(e.api.JetDupCursor(e.ses, t.tid, dup, 0)).toBe(JET_errSuccess);
    const d: TT = { tid: dup.value, ids: t.ids };
    expect(readLong(e, d)).toBe(10);
    expect(readLong(e, t)).toBe(30);
    expect(e.api.JetMove(e.ses, d.tid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(readLong(e, d)).toBe(20);
    expect(readLong(e, t)).toBe(30);
  });

  it('the copy outlives the original cursor and is itself a sort cursor (no inserts)', () => {
    const { t, ...e } = reading(0);
    const dup = out<JET_TABLEID>();
    expect(e.api.JetDupCursor(e.ses, t.tid, dup, 0)).toBe(JET_errSuccess);
    expect(e.api.JetCloseTable(e.ses, t.tid)).toBe(JET_errSuccess);
    const d: TT = { tid: dup.value, ids: t.ids };
    expect(rest(e, d)).toEqual([10, 20, 30]);
    expect(e.api.JetPrepareUpdate(e.ses, d.tid, JET_prepInsert)).toBe(JET_errIllegalOperation);
    expect(e.api.JetMove(e.ses, d.tid, JET_MovePrevious, 0)).toBe(JET_errIllegalOperation);
  });

  it('duplicating an empty sort succeeds; the copy has no current record', () => {
    const e = env();
    const t = sortOf(e, 0);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errNoCurrentRecord);
    const dup = out<JET_TABLEID>();
    expect(e.api.JetDupCursor(e.ses, t.tid, dup, 0)).toBe(JET_errSuccess);
    expect(e.api.JetMove(e.ses, dup.value, 0, 0)).toBe(JET_errNoCurrentRecord);
  });
});

// ---- reading keys and columns -------------------------------------------------------------------

describe('JetRetrieveKey on a sort', () => {
  it('returns the normalized key of the current row', () => {
    const { t, ...e } = reading();
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    const b = new Uint8Array(16);
    const n = out<number>(0);
    expect(e.api.JetRetrieveKey(e.ses, t.tid, b, 16, n, 0)).toBe(JET_errSuccess);
    expect(Array.from(b.subarray(0, n.value))).toEqual([0x7f, 0x80, 0, 0, 20]);
  });

  it('a short buffer gets the leading bytes, wrnBufferTruncated and the full size', () => {
    const { t, ...e } = reading();
    const b = new Uint8Array(3);
    const n = out<number>(0);
    expect(e.api.JetRetrieveKey(e.ses, t.tid, b, 3, n, 0)).toBe(JET_wrnBufferTruncated);
    expect(n.value).toBe(5);
    expect(Array.from(b)).toEqual([0x7f, 0x80, 0]);
  });

  it('RetrieveCopy returns the key being made, never truncation warnings', () => {
    const { t, ...e } = reading();
    expect(makeKey(e, t, -1)).toBe(JET_errSuccess);
    expect(keyCopy(e, t)).toEqual([0x7f, 0x7f, 0xff, 0xff, 0xff]);
    const b = new Uint8Array(2);
    const n = out<number>(0);
    expect(e.api.JetRetrieveKey(e.ses, t.tid, b, 2, n, JET_bitRetrieveCopy)).toBe(JET_errSuccess);
    expect(n.value).toBe(5);
    expect(Array.from(b)).toEqual([0x7f, 0x7f]);
  });

  it('RetrieveCopy reads the key buffer: empty after a JetMakeKey(NewKey) that failed, or an empty normalized key: KeyNotMade (fldnorm.cxx ErrIsamMakeKey resets it first; ErrIsamRetrieveKey, which sorts share)', () => {
    const { t, ...e } = reading();
    expect(makeKey(e, t, 20)).toBe(JET_errSuccess);
    expect(e.api.JetMakeKey(e.ses, t.tid, Uint8Array.of(1, 2, 3), 3, JET_bitNewKey)).toBe(JET_errInvalidBufferSize);
    expect(e.api.JetRetrieveKey(e.ses, t.tid, new Uint8Array(16), 16, null, JET_bitRetrieveCopy)).toBe(JET_errKeyNotMade);
    expect(e.api.JetMakeKey(e.ses, t.tid, null, 0, JET_bitNormalizedKey)).toBe(JET_errSuccess);
    expect(e.api.JetRetrieveKey(e.ses, t.tid, new Uint8Array(16), 16, null, JET_bitRetrieveCopy)).toBe(JET_errKeyNotMade);
  });

  it('RetrieveCopy before any JetMakeKey is KeyNotMade; after a seek it still returns the bytes', () => {
    const { t, ...e } = reading();
    expect(e.api.JetRetrieveKey(e.ses, t.tid, new Uint8Array(16), 16, null, JET_bitRetrieveCopy)).toBe(JET_errKeyNotMade);
    expect(seek(e, t, 20, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(keyCopy(e, t)).toEqual([0x7f, 0x80, 0, 0, 20]);
  });
});

describe('JetRetrieveColumn / JetRetrieveColumns on a sort', () => {
  function mixed(): Env & { t: TT } {
    const e = env();
    const t = open(e, [{ ...KEY_LONG }, { coltyp: JET_coltypText, cp: 1252 }, { coltyp: JET_coltypBinary }, { coltyp: JET_coltypShort }], 0);
    expect(e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(e.api.JetSetColumn(e.ses, t.tid, t.ids[0], i32(1), 4, 0, null)).toBe(JET_errSuccess);
    expect(e.api.JetSetColumn(e.ses, t.tid, t.ids[1], ascii('hello world'), 11, 0, null)).toBe(JET_errSuccess);
    expect(e.api.JetSetColumn(e.ses, t.tid, t.ids[2], null, 0, JET_bitSetZeroLength, null)).toBe(JET_errSuccess);
    expect(e.api.JetUpdate(e.ses, t.tid, null, 0, null)).toBe(JET_errSuccess);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    return { ...e, t };
  }

  it('a NULL column is wrnColumnNull with a size of 0', () => {
    const { t, ...e } = mixed();
    const n = out<number>(77);
    expect(e.api.JetRetrieveColumn(e.ses, t.tid, t.ids[3], new Uint8Array(2), 2, n, 0, null)).toBe(JET_wrnColumnNull);
    expect(n.value).toBe(0);
  });

  it('a zero-length value is Success with a size of 0', () => {
    const { t, ...e } = mixed();
    const n = out<number>(77);
    expect(e.api.JetRetrieveColumn(e.ses, t.tid, t.ids[2], new Uint8Array(2), 2, n, 0, null)).toBe(JET_errSuccess);
    expect(n.value).toBe(0);
  });

  it('a short buffer is wrnBufferTruncated with the leading bytes and pcbActual the full size', () => {
    const { t, ...e } = mixed();
    const b = new Uint8Array(5);
    const n = out<number>(0);
    expect(e.api.JetRetrieveColumn(e.ses, t.tid, t.ids[1], b, 5, n, 0, null)).toBe(JET_wrnBufferTruncated);
    expect(n.value).toBe(11);
    expect(String.fromCharCode(...b)).toBe('hello');
    expect(e.api.JetRetrieveColumn(e.ses, t.tid, t.ids[1], null, 0, n, 0, null)).toBe(JET_wrnBufferTruncated);
    expect(n.value).toBe(11);
  });

  it('an unknown column id is ColumnNotFound', () => {
    const { t, ...e } = mixed();
    expect(e.api.JetRetrieveColumn(e.ses, t.tid, 999 as JET_COLUMNID, new Uint8Array(4), 4, null, 0, null)).toBe(JET_errColumnNotFound);
  });

  it('JetRetrieveColumns reports each column: err and cbActual', () => {
    const { t, ...e } = mixed();
    const cols: JET_RETRIEVECOLUMN[] = [
      { columnid: t.ids[0], pvData: new Uint8Array(4), cbData: 4 },
      { columnid: t.ids[3], pvData: new Uint8Array(2), cbData: 2 },
      { columnid: t.ids[1], pvData: new Uint8Array(64), cbData: 64 },
    ];
    expect(e.api.JetRetrieveColumns(e.ses, t.tid, cols, 3)).toBe(JET_errSuccess);
    expect(cols.map((c) => c.err)).toEqual([JET_errSuccess, JET_wrnColumnNull, JET_errSuccess]);
    expect(cols.map((c) => c.cbActual)).toEqual([4, 0, 11]);
    expect(Array.from((cols[0].pvData as Uint8Array))).toEqual([1, 0, 0, 0]);
  });

  it('JetRetrieveColumns returns wrnBufferTruncated when a column was truncated', () => {
    const { t, ...e } = mixed();
    const cols: JET_RETRIEVECOLUMN[] = [
      { columnid: t.ids[1], pvData: new Uint8Array(4), cbData: 4 },
      { columnid: t.ids[0], pvData: new Uint8Array(4), cbData: 4 },
    ];
    expect(e.api.JetRetrieveColumns(e.ses, t.tid, cols, 2)).toBe(JET_wrnBufferTruncated);
    expect(cols.map((c) => c.err)).toEqual([JET_wrnBufferTruncated, JET_errSuccess]);
    expect(cols[0].cbActual).toBe(11);
  });
});

describe('JetSetColumns on a sort', () => {
  it('sets several columns in one call and fills each err', () => {
    const e = env();
    const t = sortOf(e, 0);
    for (const [k, s] of [[2, 'two'], [1, 'one']] as const) {
      expect(e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepInsert)).toBe(JET_errSuccess);
      const cols: JET_SETCOLUMN[] = [
        { columnid: t.ids[0], pvData: i32(k), cbData: 4 },
        { columnid: t.ids[1], pvData: ascii(s), cbData: s.length },
      ];
      expect(e.api.JetSetColumns(e.ses, t.tid, cols, 2)).toBe(JET_errSuccess);
      expect(cols.map((c) => c.err)).toEqual([JET_errSuccess, JET_errSuccess]);
      expect(e.api.JetUpdate(e.ses, t.tid, null, 0, null)).toBe(JET_errSuccess);
    }
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(readText(e, t)).toBe('one');
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(readText(e, t)).toBe('two');
  });

  it('a wrong size for a fixed column is InvalidBufferSize (returned; that element keeps its err)', () => {
    const e = env();
    const t = sortOf(e, 0);
    expect(e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepInsert)).toBe(JET_errSuccess);
    const cols: JET_SETCOLUMN[] = [
      { columnid: t.ids[1], pvData: ascii('x'), cbData: 1 },
      { columnid: t.ids[0], pvData: Uint8Array.of(1, 2), cbData: 2 },
    ];
    expect(e.api.JetSetColumns(e.ses, t.tid, cols, 2)).toBe(JET_errInvalidBufferSize);
    expect(cols[0].err).toBe(JET_errSuccess);
    // fldmod.cxx ErrIsamSetColumns (a sort's insert phase too, sortapi.cxx vtfndefTTSortIns) writes err after a success only.
    expect(cols[1].err).toBeUndefined();
    expect(e.api.JetSetColumn(e.ses, t.tid, t.ids[0], Uint8Array.of(1, 2, 3), 3, 0, null)).toBe(JET_errInvalidBufferSize);
  });

  it('SetColumns in the retrieve phase is IllegalOperation', () => {
    const { t, ...e } = reading();
    const cols: JET_SETCOLUMN[] = [{ columnid: t.ids[0], pvData: i32(1), cbData: 4 }];
    expect(e.api.JetSetColumns(e.ses, t.tid, cols, 1)).toBe(JET_errIllegalOperation);
  });
});

// ---- seeks and ranges on sorts ------------------------------------------------------------------

describe('JetSeek on a sort (keys.md §9a)', () => {
  it('EQ: exact hit succeeds', () => {
    const { t, ...e } = reading();
    expect(seek(e, t, 20, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(20);
  });

  it('EQ: a miss is RecordNotFound and leaves the cursor on the next greater row', () => {
    const { t, ...e } = reading();
    expect(seek(e, t, 25, JET_bitSeekEQ)).toBe(JET_errRecordNotFound);
    expect(readLong(e, t)).toBe(30);
    expect(seek(e, t, 35, JET_bitSeekEQ)).toBe(JET_errRecordNotFound);
  });

  it('GE: a greater row is plain Success (sorts never give wrnSeekNotEqual); nothing greater is RecordNotFound', () => {
    const { t, ...e } = reading();
    expect(seek(e, t, 20, JET_bitSeekGE)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(20);
    expect(seek(e, t, 11, JET_bitSeekGE)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(20);
    expect(seek(e, t, -100, JET_bitSeekGE)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(10);
    expect(seek(e, t, 31, JET_bitSeekGE)).toBe(JET_errRecordNotFound);
  });

  it('GT: skips the equal row; nothing after is RecordNotFound', () => {
    const { t, ...e } = reading();
    expect(seek(e, t, 10, JET_bitSeekGT)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(20);
    expect(seek(e, t, 21, JET_bitSeekGT)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(30);
    expect(seek(e, t, 30, JET_bitSeekGT)).toBe(JET_errRecordNotFound);
    expect(seek(e, t, 31, JET_bitSeekGT)).toBe(JET_errRecordNotFound);
  });

  it('LE: exact, previous row, last row when all are less; below all is RecordNotFound', () => {
    const { t, ...e } = reading();
    expect(seek(e, t, 20, JET_bitSeekLE)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(20);
    expect(seek(e, t, 29, JET_bitSeekLE)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(20);
    expect(seek(e, t, 1000, JET_bitSeekLE)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(30);
    expect(seek(e, t, 9, JET_bitSeekLE)).toBe(JET_errRecordNotFound);
  });

  it('LT: previous row, last row when all are less; nothing before is RecordNotFound', () => {
    const { t, ...e } = reading();
    expect(seek(e, t, 20, JET_bitSeekLT)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(10);
    expect(seek(e, t, 25, JET_bitSeekLT)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(20);
    expect(seek(e, t, 1000, JET_bitSeekLT)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(30);
    expect(seek(e, t, 10, JET_bitSeekLT)).toBe(JET_errRecordNotFound);
  });

  it('needs Scrollable or Indexed (IllegalOperation, checked before the key)', () => {
    const { t, ...e } = reading(0);
    expect(e.api.JetSeek(e.ses, t.tid, JET_bitSeekEQ)).toBe(JET_errIllegalOperation);
    expect(seek(e, t, 20, JET_bitSeekEQ)).toBe(JET_errIllegalOperation);
    const ix = reading(JET_bitTTIndexed);
    expect(seek(ix, ix.t, 20, JET_bitSeekEQ)).toBe(JET_errSuccess);
  });

  it('no key made is KeyNotMade; a seek uses the key up', () => {
    const { t, ...e } = reading();
    expect(e.api.JetSeek(e.ses, t.tid, JET_bitSeekEQ)).toBe(JET_errKeyNotMade);
    expect(seek(e, t, 20, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(e.api.JetSeek(e.ses, t.tid, JET_bitSeekEQ)).toBe(JET_errKeyNotMade);
    expect(makeKey(e, t, 1, 0)).toBe(JET_errKeyNotMade);
  });

  it('JET_bitSetIndexRange is ignored on sorts', () => {
    const { t, ...e } = reading();
    expect(seek(e, t, 10, JET_bitSeekEQ | JET_bitSetIndexRange)).toBe(JET_errSuccess);
    expect(rest(e, t)).toEqual([10, 20, 30]);
  });

  it('a first Seek ends the insert phase and seeks', () => {
    const { t, ...e } = collecting();
    expect(seek(e, t, 15, JET_bitSeekGE)).toBe(JET_errSuccess);
    expect(rest(e, t)).toEqual([20, 30]);
  });

  it('a partial key (first of two segments) is a shorter byte string: GE finds the first extension, EQ misses', () => {
    const e = env();
    const t = open(e, [{ ...KEY_LONG }, { coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }], JET_bitTTScrollable);
    for (const [a, b] of [[1, 9], [2, 5], [2, 1], [3, 0]]) expect(insert(e, t, [i32(a), i32(b)])).toBe(JET_errSuccess);
    expect(seek(e, t, 2, JET_bitSeekGE)).toBe(JET_errSuccess);
    expect([readLong(e, t, 0), readLong(e, t, 1)]).toEqual([2, 1]);
    expect(seek(e, t, 2, JET_bitSeekEQ)).toBe(JET_errRecordNotFound);
    expect(seek(e, t, 2, JET_bitSeekLT)).toBe(JET_errSuccess);
    expect([readLong(e, t, 0), readLong(e, t, 1)]).toEqual([1, 9]);
  });
});

describe('JetSetIndexRange on a sort', () => {
  it('needs Scrollable or Indexed (IllegalOperation)', () => {
    const { t, ...e } = reading(0);
    expect(makeKey(e, t, 20)).toBe(JET_errSuccess);
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeUpperLimit)).toBe(JET_errIllegalOperation);
  });

  it('no key made is KeyNotMade', () => {
    const { t, ...e } = reading();
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeUpperLimit)).toBe(JET_errKeyNotMade);
  });

  it('an inclusive upper range stops MoveNext after the limit', () => {
    const { t, ...e } = reading();
    expect(makeKey(e, t, 20)).toBe(JET_errSuccess);
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeUpperLimit | JET_bitRangeInclusive)).toBe(JET_errSuccess);
    expect(rest(e, t)).toEqual([10, 20]);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
  });

  it('an exclusive upper range stops before the limit', () => {
    const { t, ...e } = reading();
    expect(makeKey(e, t, 20)).toBe(JET_errSuccess);
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeUpperLimit)).toBe(JET_errSuccess);
    expect(rest(e, t)).toEqual([10]);
  });

  it('a current row outside the range is NoCurrentRecord', () => {
    const { t, ...e } = reading();
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveLast, 0)).toBe(JET_errSuccess);
    expect(makeKey(e, t, 20)).toBe(JET_errSuccess);
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeUpperLimit | JET_bitRangeInclusive)).toBe(JET_errNoCurrentRecord);
    expect(makeKey(e, t, 20)).toBe(JET_errSuccess);
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeUpperLimit)).toBe(JET_errNoCurrentRecord);
  });

  it('the range key is used up: SetIndexRange twice without JetMakeKey is KeyNotMade', () => {
    const { t, ...e } = reading();
    expect(makeKey(e, t, 30)).toBe(JET_errSuccess);
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeUpperLimit)).toBe(JET_errSuccess);
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeUpperLimit)).toBe(JET_errKeyNotMade);
  });

  it('MoveFirst clears the range', () => {
    const { t, ...e } = reading();
    expect(makeKey(e, t, 10)).toBe(JET_errSuccess);
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeUpperLimit | JET_bitRangeInclusive)).toBe(JET_errSuccess);
    expect(all(e, t)).toEqual([10, 20, 30]);
  });

  it('InstantDuration checks the current row and leaves no range', () => {
    const { t, ...e } = reading();
    expect(makeKey(e, t, 10)).toBe(JET_errSuccess);
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeUpperLimit | JET_bitRangeInclusive | JET_bitRangeInstantDuration)).toBe(JET_errSuccess);
    expect(rest(e, t)).toEqual([10, 20, 30]);
  });

  it('a SubStrLimit text key gives a prefix range', () => {
    const e = env();
    const t = open(e, [{ coltyp: JET_coltypText, cp: 1252, grbit: JET_bitColumnTTKey }], JET_bitTTScrollable);
    for (const s of ['apple', 'apricot', 'banana', 'ap', 'b']) expect(insert(e, t, [ascii(s)])).toBe(JET_errSuccess);
    expect(e.api.JetMakeKey(e.ses, t.tid, ascii('ap'), 2, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(e.api.JetSeek(e.ses, t.tid, JET_bitSeekGE)).toBe(JET_errSuccess);
    expect(e.api.JetMakeKey(e.ses, t.tid, ascii('ap'), 2, JET_bitNewKey | JET_bitSubStrLimit)).toBe(JET_errSuccess);
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeUpperLimit | JET_bitRangeInclusive)).toBe(JET_errSuccess);
    const seen = [readText(e, t, 0)];
    while (e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0) === JET_errSuccess) seen.push(readText(e, t, 0));
    expect(seen).toEqual(['ap', 'apple', 'apricot']);
  });
});

// ---- JetMakeKey ---------------------------------------------------------------------------------

describe('JetMakeKey errors', () => {
  function twoKeys(): Env & { t: TT } {
    const e = env();
    const t = open(e, [{ coltyp: JET_coltypText, cp: 1252, grbit: JET_bitColumnTTKey }, { ...KEY_LONG }], JET_bitTTScrollable);
    return { ...e, t };
  }

  it('without NewKey and no key in progress: KeyNotMade', () => {
    const { t, ...e } = reading();
    expect(makeKey(e, t, 1, 0)).toBe(JET_errKeyNotMade);
  });

  it('after every segment is given: KeyIsMade', () => {
    const { t, ...e } = reading();
    expect(makeKey(e, t, 1)).toBe(JET_errSuccess);
    expect(makeKey(e, t, 2, 0)).toBe(JET_errKeyIsMade);
    const two = twoKeys();
    expect(two.api.JetMakeKey(two.ses, two.t.tid, ascii('a'), 1, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(makeKey(two, two.t, 1, 0)).toBe(JET_errSuccess);
    expect(makeKey(two, two.t, 1, 0)).toBe(JET_errKeyIsMade);
  });

  it.each([
    ['StrLimit', JET_bitStrLimit],
    ['SubStrLimit', JET_bitSubStrLimit],
    ['FullColumnStartLimit', JET_bitFullColumnStartLimit],
    ['FullColumnEndLimit', JET_bitFullColumnEndLimit],
    ['PartialColumnStartLimit', JET_bitPartialColumnStartLimit],
    ['PartialColumnEndLimit', JET_bitPartialColumnEndLimit],
  ])('after a %s segment the key is complete: KeyIsMade', (_n, bit) => {
    const { t, ...e } = twoKeys();
    expect(e.api.JetMakeKey(e.ses, t.tid, ascii('a'), 1, JET_bitNewKey | bit)).toBe(JET_errSuccess);
    expect(makeKey(e, t, 1, 0)).toBe(JET_errKeyIsMade);
    expect(makeKey(e, t, 1, JET_bitNewKey)).toBe(JET_errSuccess);
  });

  it.each([
    ['Long, 3 bytes', JET_coltypLong, 3],
    ['Long, 8 bytes', JET_coltypLong, 8],
    ['Short, 4 bytes', JET_coltypShort, 4],
    ['GUID, 15 bytes', JET_coltypGUID, 15],
  ])('a wrong size for a fixed column is InvalidBufferSize (%s)', (_n, coltyp, size) => {
    const e = env();
    const t = open(e, [{ coltyp, grbit: JET_bitColumnTTKey }], JET_bitTTScrollable);
    expect(e.api.JetMakeKey(e.ses, t.tid, new Uint8Array(size), size, JET_bitNewKey)).toBe(JET_errInvalidBufferSize);
  });

  it('KeyDataZeroLength on a fixed column is InvalidBufferSize; on text it makes the zero-length byte 40', () => {
    const { t, ...e } = reading();
    expect(e.api.JetMakeKey(e.ses, t.tid, null, 0, JET_bitNewKey | JET_bitKeyDataZeroLength)).toBe(JET_errInvalidBufferSize);
    const two = twoKeys();
    expect(two.api.JetMakeKey(two.ses, two.t.tid, null, 0, JET_bitNewKey | JET_bitKeyDataZeroLength)).toBe(JET_errSuccess);
    expect(keyCopy(two, two.t)).toEqual([0x40]);
  });

  it('cb 0 without KeyDataZeroLength is a NULL segment (byte 00)', () => {
    const { t, ...e } = reading();
    expect(e.api.JetMakeKey(e.ses, t.tid, null, 0, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(keyCopy(e, t)).toEqual([0x00]);
  });

  it('two limit bits at once are InvalidGrbit', () => {
    const { t, ...e } = twoKeys();
    expect(e.api.JetMakeKey(e.ses, t.tid, ascii('a'), 1, JET_bitNewKey | JET_bitFullColumnStartLimit | JET_bitFullColumnEndLimit)).toBe(JET_errInvalidGrbit);
    expect(e.api.JetMakeKey(e.ses, t.tid, ascii('a'), 1, JET_bitNewKey | JET_bitPartialColumnStartLimit | JET_bitPartialColumnEndLimit)).toBe(JET_errInvalidGrbit);
    expect(e.api.JetMakeKey(e.ses, t.tid, ascii('a'), 1, JET_bitNewKey | JET_bitFullColumnEndLimit | JET_bitPartialColumnEndLimit)).toBe(JET_errInvalidGrbit);
  });

  it('a partial limit on a fixed column is InvalidGrbit; full limits are fine there', () => {
    const { t, ...e } = reading();
    expect(makeKey(e, t, 1, JET_bitNewKey | JET_bitPartialColumnStartLimit)).toBe(JET_errInvalidGrbit);
    expect(makeKey(e, t, 1, JET_bitNewKey | JET_bitPartialColumnEndLimit)).toBe(JET_errInvalidGrbit);
    expect(makeKey(e, t, 1, JET_bitNewKey | JET_bitFullColumnEndLimit)).toBe(JET_errSuccess);
    expect(makeKey(e, t, 1, JET_bitNewKey | JET_bitFullColumnStartLimit)).toBe(JET_errSuccess);
  });

  it('the limit-grbit check comes before the zero-length check', () => {
    const { t, ...e } = reading();
    expect(e.api.JetMakeKey(e.ses, t.tid, null, 0, JET_bitNewKey | JET_bitKeyDataZeroLength | JET_bitFullColumnStartLimit | JET_bitFullColumnEndLimit))
      .toBe(JET_errInvalidGrbit);
  });

  it('a NewKey call that fails leaves no key in progress', () => {
    const { t, ...e } = reading();
    expect(makeKey(e, t, 10)).toBe(JET_errSuccess);
    expect(e.api.JetMakeKey(e.ses, t.tid, Uint8Array.of(1, 2), 2, JET_bitNewKey)).toBe(JET_errInvalidBufferSize);
    expect(e.api.JetSeek(e.ses, t.tid, JET_bitSeekEQ)).toBe(JET_errKeyNotMade);
  });

  it('NormalizedKey: up to cbKeyMost + 1 bytes; longer than that (and than 255) is InvalidParameter', () => {
    const { t, ...e } = reading();
    expect(e.api.JetMakeKey(e.ses, t.tid, new Uint8Array(257), 257, JET_bitNormalizedKey)).toBe(JET_errInvalidParameter);
    expect(e.api.JetMakeKey(e.ses, t.tid, Uint8Array.of(0x7f, 0x80, 0, 0, 20), 5, JET_bitNormalizedKey)).toBe(JET_errSuccess);
    expect(e.api.JetSeek(e.ses, t.tid, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(20);
  });

  it('NormalizedKey of cbKeyMost + 1 bytes is a limit key: JetMakeKey without NewKey is KeyIsMade', () => {
    const { t, ...e } = reading();
    const k = new Uint8Array(256).fill(0xff);
    expect(e.api.JetMakeKey(e.ses, t.tid, k, 256, JET_bitNormalizedKey)).toBe(JET_errSuccess);
    expect(keyCopy(e, t)).toEqual(FILL(256));
    expect(makeKey(e, t, 1, 0)).toBe(JET_errKeyIsMade);
    expect(e.api.JetSeek(e.ses, t.tid, JET_bitSeekLE)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(30);
  });
});
