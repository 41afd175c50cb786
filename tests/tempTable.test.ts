/**
 * Temp tables: the five open entry points and their checks, sort-slot and cursor quotas, and everything a
 * materialized temp table (Updatable, ForceMaterialization, keyless, long-value columns) accepts:
 * inserts after reading, duplicates, replace, delete, insert-copy, bookmarks, seeks (ese-semantics.md §9,
 * keys.md §9b, §10, §11).
 */
import {
  createEmulator, out,
  JET_bitColumnTTKey, JET_bitColumnTTDescending, JET_bitNewKey, JET_bitNormalizedKey, JET_bitRangeInclusive,
  JET_bitRangeInstantDuration, JET_bitRangeRemove, JET_bitRangeUpperLimit, JET_bitRetrieveCopy, JET_bitSeekEQ,
  JET_bitSeekGE, JET_bitSeekGT, JET_bitSeekLE, JET_bitSeekLT, JET_bitSetIndexRange, JET_bitStrLimit,
  JET_bitTTErrorOnDuplicateInsertion, JET_bitTTForceMaterialization, JET_bitTTForwardOnly, JET_bitTTIndexed,
  JET_bitTTIntrinsicLVsOnly, JET_bitTTScrollable, JET_bitTTUnique, JET_bitTTUpdatable,
  JET_coltypBinary, JET_coltypLong, JET_coltypLongBinary, JET_coltypLongText, JET_coltypNil, JET_coltypText,
  JET_errCannotMaterializeForwardOnlySort, JET_errOutOfMemory, JET_errIllegalOperation, JET_errInvalidBookmark, JET_errInvalidCodePage,
  JET_errInvalidColumnType, JET_errInvalidOperation, JET_errInvalidParameter, JET_errInvalidTableId,
  JET_errKeyDuplicate, JET_errKeyNotMade, JET_errBufferTooSmall, JET_errNoCurrentIndex, JET_errNoCurrentRecord, JET_errOutOfCursors,
  JET_errRecordDeleted, JET_errRecordNotFound, JET_errRecordPrimaryChanged, JET_errSuccess, JET_errTooManySorts,
  JET_errUpdateNotPrepared, JET_MoveFirst, JET_MoveLast, JET_MoveNext, JET_MovePrevious, JET_paramMaxCursors,
  JET_errNotInTransaction, JET_paramMaxTemporaryTables, JET_prepCancel, JET_prepInsert, JET_prepInsertCopy, JET_prepReplace,
  JET_wrnSeekNotEqual, JET_wrnColumnMaxTruncated, JET_errColumnTooBig, JET_errInvalidBufferSize, JET_bitColumnTagged,
  JET_bitColumnFixed, JET_tableidNil, JET_paramDatabasePageSize,
} from '../src';
import type {
  JetApi, JET_COLUMNDEF, JET_COLUMNID, JET_INSTANCE, JET_OPENTEMPORARYTABLE, JET_SESID, JET_TABLEID,
} from '../src';

// ---- helpers ------------------------------------------------------------------------------------

interface Env { api: JetApi; inst: JET_INSTANCE; ses: JET_SESID }
interface TT { tid: JET_TABLEID; ids: JET_COLUMNID[] }

function env(params: Array<[number, number]> = []): Env {
  const { api } = createEmulator();
  const inst = out<JET_INSTANCE>();
  expect(api.JetCreateInstance(inst, 'tt')).toBe(JET_errSuccess);
  for (const [id, v] of params) expect(api.JetSetSystemParameter(inst, -1 as JET_SESID, id, v, null)).toBe(JET_errSuccess);
  expect(api.JetInit(inst)).toBe(JET_errSuccess);
  const ses = out<JET_SESID>();
  expect(api.JetBeginSession(inst.value, ses, '', '')).toBe(JET_errSuccess);
  return { api, inst: inst.value, ses: ses.value };
}

function tryOpen(e: Env, defs: JET_COLUMNDEF[], grbit: number): { rc: number; tt: TT } {
  const ids: JET_COLUMNID[] = [];
  const box = out<JET_TABLEID>();
  const rc = e.api.JetOpenTempTable(e.ses, defs, defs.length, grbit, box, ids);
  return { rc, tt: { tid: box.value, ids } };
}

function open(e: Env, defs: JET_COLUMNDEF[], grbit: number): TT {
  const r = tryOpen(e, defs, grbit);
  expect(r.rc).toBe(JET_errSuccess);
  return r.tt;
}

const KEY_LONG: JET_COLUMNDEF = { coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey };
const DATA_TEXT: JET_COLUMNDEF = { coltyp: JET_coltypText, cp: 1252 };

/** A temp table keyed by a Long with a Text data column. */
function keyed(e: Env, grbit: number): TT {
  return open(e, [{ ...KEY_LONG }, { ...DATA_TEXT }], grbit);
}

function i32(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setInt32(0, n, true);
  return b;
}

function ascii(s: string): Uint8Array {
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

/** Insert one row: values[i] goes to column i (null: left unset). */
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

function readText(e: Env, t: TT, col = 1, grbit = 0): string {
  const b = new Uint8Array(64);
  const n = out<number>(0);
  expect(e.api.JetRetrieveColumn(e.ses, t.tid, t.ids[col], b, 64, n, grbit, null)).toBe(JET_errSuccess);
  return String.fromCharCode(...b.subarray(0, n.value));
}

function all(e: Env, t: TT): number[] {
  const seen: number[] = [];
  for (let rc = e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0); rc === JET_errSuccess; rc = e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)) {
    seen.push(readLong(e, t));
  }
  return seen;
}

function makeKey(e: Env, t: TT, k: number, grbit = JET_bitNewKey): number {
  return e.api.JetMakeKey(e.ses, t.tid, i32(k), 4, grbit);
}

function seek(e: Env, t: TT, k: number, grbit: number): number {
  expect(makeKey(e, t, k)).toBe(JET_errSuccess);
  return e.api.JetSeek(e.ses, t.tid, grbit);
}

function retrieveKey(e: Env, t: TT, grbit = 0): number[] {
  const b = new Uint8Array(300);
  const n = out<number>(0);
  expect(e.api.JetRetrieveKey(e.ses, t.tid, b, 300, n, grbit)).toBe(JET_errSuccess);
  return Array.from(b.subarray(0, n.value));
}

function bookmark(e: Env, t: TT): Uint8Array {
  const b = new Uint8Array(300);
  const n = out<number>(0);
  expect(e.api.JetGetBookmark(e.ses, t.tid, b, 300, n)).toBe(JET_errSuccess);
  return b.slice(0, n.value);
}

/** A materialized table (by `how`) holding keys 10, 20, 30, 40. */
function filled(how: number): Env & { t: TT } {
  const e = env();
  const t = keyed(e, how);
  for (const k of [30, 10, 40, 20]) expect(insertKV(e, t, k)).toBe(JET_errSuccess);
  if ((how & JET_bitTTUpdatable) !== 0) expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
  return { ...e, t };
}

const LONG_1 = [0x7f, 0x80, 0x00, 0x00, 0x01];

// ---- opening ------------------------------------------------------------------------------------

describe('opening temp tables', () => {
  it('JetOpenTempTable fills prgcolumnid in input order and writes columnid back into each definition', () => {
    const e = env();
    const defs: JET_COLUMNDEF[] = [{ coltyp: JET_coltypText, cp: 1252 }, { ...KEY_LONG }, { coltyp: JET_coltypLong }];
    const ids: JET_COLUMNID[] = [];
    const box = out<JET_TABLEID>();
    expect(e.api.JetOpenTempTable(e.ses, defs, 3, 0, box, ids)).toBe(JET_errSuccess);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    expect(defs.map((d) => d.columnid)).toEqual(ids);
    // Each id addresses the column it was given for: the Long at index 1 is the key.
    const t: TT = { tid: box.value, ids };
    expect(insert(e, t, [ascii('x'), i32(7), i32(8)])).toBe(JET_errSuccess);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(readLong(e, t, 1)).toBe(7);
    expect(readLong(e, t, 2)).toBe(8);
    expect(retrieveKey(e, t)).toEqual([0x7f, 0x80, 0x00, 0x00, 0x07]);
  });

  it('JetOpenTempTable2 (lcid) and JetOpenTempTable3 (unicode index) open working sorts', () => {
    const e = env();
    const ids2: JET_COLUMNID[] = [];
    const box2 = out<JET_TABLEID>();
    expect(e.api.JetOpenTempTable2(e.ses, [{ ...KEY_LONG }], 1, 1033, JET_bitTTScrollable, box2, ids2)).toBe(JET_errSuccess);
    const ids3: JET_COLUMNID[] = [];
    const box3 = out<JET_TABLEID>();
    expect(e.api.JetOpenTempTable3(e.ses, [{ ...KEY_LONG }], 1, { lcid: 1033, dwMapFlags: 0x00030401 }, JET_bitTTScrollable, box3, ids3)).toBe(JET_errSuccess);
    expect(box2.value).not.toBe(box3.value);
    for (const t of [{ tid: box2.value, ids: ids2 }, { tid: box3.value, ids: ids3 }]) {
      for (const k of [3, 1, 2]) expect(insert(e, t, [i32(k)])).toBe(JET_errSuccess);
      expect(all(e, t)).toEqual([1, 2, 3]);
    }
  });

  it.each([
    ['JetOpenTemporaryTable', false],
    ['JetOpenTemporaryTable2', true],
  ])('%s fills prgcolumnid, columnid and tableid in the struct', (_name, second) => {
    const e = env();
    const defs: JET_COLUMNDEF[] = [{ ...KEY_LONG }, { ...DATA_TEXT }];
    const s: JET_OPENTEMPORARYTABLE = { prgcolumndef: defs, ccolumn: 2, grbit: JET_bitTTScrollable, prgcolumnid: [] };
    const rc = second ? e.api.JetOpenTemporaryTable2(e.ses, s) : e.api.JetOpenTemporaryTable(e.ses, s);
    expect(rc).toBe(JET_errSuccess);
    expect(typeof s.tableid).toBe('number');
    expect(s.prgcolumnid).toHaveLength(2);
    expect(defs.map((d) => d.columnid)).toEqual(s.prgcolumnid);
    const t: TT = { tid: s.tableid as JET_TABLEID, ids: s.prgcolumnid };
    for (const k of [2, 1]) expect(insertKV(e, t, k)).toBe(JET_errSuccess);
    expect(all(e, t)).toEqual([1, 2]);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveLast, 0)).toBe(JET_errSuccess);
    expect(readText(e, t)).toBe('v2');
  });

  // sortapi.cxx ErrSORTTableOpen: up to daedef.hxx CbKeyMostForPage, 1000 for the default 4 KB page, 2000 from 8 KB.
  it.each([0, 255, 256, 1000])('JetOpenTemporaryTable accepts cbKeyMost %i', (cb) => {
    const e = env();
    const s: JET_OPENTEMPORARYTABLE = { prgcolumndef: [{ ...KEY_LONG }], ccolumn: 1, grbit: 0, prgcolumnid: [], cbKeyMost: cb };
    expect(e.api.JetOpenTemporaryTable(e.ses, s)).toBe(JET_errSuccess);
  });

  it('JetOpenTemporaryTable with 8 KB pages accepts cbKeyMost 2000, not 2001', () => {
    // The page size is the process's, set before any instance exists.
    const { api } = createEmulator();
    expect(api.JetSetSystemParameter(null, -1 as JET_SESID, JET_paramDatabasePageSize, 8192, null)).toBe(JET_errSuccess);
    const inst = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(inst, 'pages')).toBe(JET_errSuccess);
    expect(api.JetInit(inst)).toBe(JET_errSuccess);
    const ses = out<JET_SESID>();
    expect(api.JetBeginSession(inst.value, ses, '', '')).toBe(JET_errSuccess);
    const at = (cb: number): number => api.JetOpenTemporaryTable(ses.value, { prgcolumndef: [{ ...KEY_LONG }], ccolumn: 1, grbit: 0, prgcolumnid: [], cbKeyMost: cb });
    expect(at(2000)).toBe(JET_errSuccess);
    expect(at(2001)).toBe(JET_errInvalidParameter);
  });

  it.each([1, 100, 254, 1001, 2000, 4000])('JetOpenTemporaryTable rejects cbKeyMost %i with InvalidParameter', (cb) => {
    const e = env();
    const s: JET_OPENTEMPORARYTABLE = { prgcolumndef: [{ ...KEY_LONG }], ccolumn: 1, grbit: 0, prgcolumnid: [], cbKeyMost: cb };
    expect(e.api.JetOpenTemporaryTable(e.ses, s)).toBe(JET_errInvalidParameter);
    // sortapi.cxx ErrIsamOpenTempTable writes JET_tableidNil before its checks.
    expect(s.tableid).toBe(JET_tableidNil);
  });

  it('cbVarSegMac larger than cbKeyMost is InvalidParameter (256 with the default 255 too)', () => {
    const e = env();
    const mk = (cbKeyMost: number, cbVarSegMac: number): JET_OPENTEMPORARYTABLE => ({
      prgcolumndef: [{ ...KEY_LONG }], ccolumn: 1, grbit: 0, prgcolumnid: [], cbKeyMost, cbVarSegMac,
    });
    expect(e.api.JetOpenTemporaryTable(e.ses, mk(0, 256))).toBe(JET_errInvalidParameter);
    expect(e.api.JetOpenTemporaryTable(e.ses, mk(300, 301))).toBe(JET_errInvalidParameter);
    expect(e.api.JetOpenTemporaryTable(e.ses, mk(0, 255))).toBe(JET_errSuccess);
    expect(e.api.JetOpenTemporaryTable(e.ses, mk(300, 300))).toBe(JET_errSuccess);
    expect(e.api.JetOpenTemporaryTable(e.ses, mk(300, 10))).toBe(JET_errSuccess);
  });

  it.each([JET_coltypNil, 19, 100])('coltyp %i is InvalidColumnType', (coltyp) => {
    const e = env();
    expect(tryOpen(e, [{ ...KEY_LONG }, { coltyp }], 0).rc).toBe(JET_errInvalidColumnType);
  });

  it.each([437, 65001, 1251, 1201])('text code page %i is InvalidCodePage', (cp) => {
    const e = env();
    expect(tryOpen(e, [{ coltyp: JET_coltypText, cp, grbit: JET_bitColumnTTKey }], 0).rc).toBe(JET_errInvalidCodePage);
  });

  it('text code pages 0, 1252 and 1200 are accepted', () => {
    const e = env();
    for (const cp of [0, 1252, 1200]) {
      expect(tryOpen(e, [{ coltyp: JET_coltypText, cp, grbit: JET_bitColumnTTKey }], 0).rc).toBe(JET_errSuccess);
    }
  });

  it.each([
    ['Indexed', JET_bitTTIndexed],
    ['Updatable', JET_bitTTUpdatable],
    ['Scrollable', JET_bitTTScrollable],
    ['ForceMaterialization', JET_bitTTForceMaterialization],
  ])('ForwardOnly with %s is CannotMaterializeForwardOnlySort', (_n, bit) => {
    const e = env();
    expect(tryOpen(e, [{ ...KEY_LONG }], JET_bitTTForwardOnly | bit).rc).toBe(JET_errCannotMaterializeForwardOnlySort);
  });

  it('ForwardOnly on a table that must materialize (no key columns, a long-value column) is CannotMaterializeForwardOnlySort', () => {
    const e = env();
    expect(tryOpen(e, [{ coltyp: JET_coltypLong }], JET_bitTTForwardOnly).rc).toBe(JET_errCannotMaterializeForwardOnlySort);
    expect(tryOpen(e, [{ ...KEY_LONG }, { coltyp: JET_coltypLongBinary }], JET_bitTTForwardOnly).rc)
      .toBe(JET_errCannotMaterializeForwardOnlySort);
    expect(tryOpen(e, [{ ...KEY_LONG }, { coltyp: JET_coltypLongText, cp: 1252 }], JET_bitTTForwardOnly).rc)
      .toBe(JET_errCannotMaterializeForwardOnlySort);
    // IntrinsicLVsOnly keeps a long-value table a plain sort, so ForwardOnly is fine.
    expect(tryOpen(e, [{ ...KEY_LONG }, { coltyp: JET_coltypLongBinary }], JET_bitTTForwardOnly | JET_bitTTIntrinsicLVsOnly).rc)
      .toBe(JET_errSuccess);
    expect(tryOpen(e, [{ ...KEY_LONG }], JET_bitTTForwardOnly | JET_bitTTUnique).rc).toBe(JET_errSuccess);
  });

  it('JET_bitTTErrorOnDuplicateInsertion is the ForceMaterialization bit', () => {
    expect(JET_bitTTErrorOnDuplicateInsertion).toBe(JET_bitTTForceMaterialization);
  });
});

describe('sort slots (JET_paramMaxTemporaryTables) and cursors', () => {
  it('allows 20 open sorts by default; the 21st is TooManySorts', () => {
    const e = env();
    for (let i = 0; i < 20; i++) expect(tryOpen(e, [{ ...KEY_LONG }], 0).rc).toBe(JET_errSuccess);
    const r = tryOpen(e, [{ ...KEY_LONG }], 0);
    expect(r.rc).toBe(JET_errTooManySorts);
    expect(r.tt.ids).toEqual([]);
  });

  it('materialized tables do not keep a slot: 20 of them leave room for 20 sorts', () => {
    const e = env();
    for (let i = 0; i < 20; i++) expect(tryOpen(e, [{ ...KEY_LONG }], JET_bitTTForceMaterialization).rc).toBe(JET_errSuccess);
    for (let i = 0; i < 5; i++) expect(tryOpen(e, [{ coltyp: JET_coltypLong }], 0).rc).toBe(JET_errSuccess);
    for (let i = 0; i < 20; i++) expect(tryOpen(e, [{ ...KEY_LONG }], 0).rc).toBe(JET_errSuccess);
    expect(tryOpen(e, [{ ...KEY_LONG }], 0).rc).toBe(JET_errTooManySorts);
  });

  it('with every slot taken, even a table that would materialize at open is TooManySorts', () => {
    const e = env([[JET_paramMaxTemporaryTables, 2]]);
    open(e, [{ ...KEY_LONG }], 0);
    open(e, [{ ...KEY_LONG }], 0);
    expect(tryOpen(e, [{ ...KEY_LONG }], JET_bitTTForceMaterialization).rc).toBe(JET_errTooManySorts);
  });

  it('MaxTemporaryTables 0 refuses every open with TooManySorts, before the ForwardOnly check', () => {
    const e = env([[JET_paramMaxTemporaryTables, 0]]);
    expect(tryOpen(e, [{ ...KEY_LONG }], 0).rc).toBe(JET_errTooManySorts);
    expect(tryOpen(e, [{ ...KEY_LONG }], JET_bitTTForceMaterialization).rc).toBe(JET_errTooManySorts);
    expect(tryOpen(e, [{ ...KEY_LONG }], JET_bitTTForwardOnly | JET_bitTTIndexed).rc).toBe(JET_errTooManySorts);
  });

  it('the ForwardOnly combination check comes before the slot quota', () => {
    const e = env([[JET_paramMaxTemporaryTables, 1]]);
    open(e, [{ ...KEY_LONG }], 0);
    expect(tryOpen(e, [{ ...KEY_LONG }], JET_bitTTForwardOnly | JET_bitTTScrollable).rc).toBe(JET_errCannotMaterializeForwardOnlySort);
    expect(tryOpen(e, [{ ...KEY_LONG }], 0).rc).toBe(JET_errTooManySorts);
  });

  it('an Updatable sort holds its slot while collecting and gives it back when it materializes', () => {
    const e = env([[JET_paramMaxTemporaryTables, 1]]);
    const t = keyed(e, JET_bitTTUpdatable);
    expect(insertKV(e, t, 1)).toBe(JET_errSuccess);
    expect(tryOpen(e, [{ ...KEY_LONG }], 0).rc).toBe(JET_errTooManySorts);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(tryOpen(e, [{ ...KEY_LONG }], 0).rc).toBe(JET_errSuccess);
  });

  it('a sort being read back (not materialized) still holds its slot', () => {
    const e = env([[JET_paramMaxTemporaryTables, 1]]);
    const t = keyed(e, JET_bitTTScrollable);
    expect(insertKV(e, t, 1)).toBe(JET_errSuccess);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(tryOpen(e, [{ ...KEY_LONG }], 0).rc).toBe(JET_errTooManySorts);
  });

  it('JetCloseTable releases the slot and kills the tableid', () => {
    const e = env([[JET_paramMaxTemporaryTables, 1]]);
    const t = keyed(e, 0);
    expect(tryOpen(e, [{ ...KEY_LONG }], 0).rc).toBe(JET_errTooManySorts);
    expect(e.api.JetCloseTable(e.ses, t.tid)).toBe(JET_errSuccess);
    expect(e.api.JetCloseTable(e.ses, t.tid)).toBe(JET_errInvalidTableId);
    expect(e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepInsert)).toBe(JET_errInvalidTableId);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errInvalidTableId);
    expect(tryOpen(e, [{ ...KEY_LONG }], 0).rc).toBe(JET_errSuccess);
  });

  it('JetCloseTable works in every phase and on materialized tables', () => {
    const e = env();
    const sorting = keyed(e, 0);
    expect(e.api.JetPrepareUpdate(e.ses, sorting.tid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(e.api.JetCloseTable(e.ses, sorting.tid)).toBe(JET_errSuccess);
    const reading = keyed(e, 0);
    expect(insertKV(e, reading, 1)).toBe(JET_errSuccess);
    expect(e.api.JetMove(e.ses, reading.tid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(e.api.JetCloseTable(e.ses, reading.tid)).toBe(JET_errSuccess);
    const table = keyed(e, JET_bitTTForceMaterialization);
    expect(insertKV(e, table, 1)).toBe(JET_errSuccess);
    expect(e.api.JetCloseTable(e.ses, table.tid)).toBe(JET_errSuccess);
    for (const t of [sorting, reading, table]) expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errInvalidTableId);
  });

  it('opening beyond JET_paramMaxCursors is OutOfCursors, and so is JetDupCursor', () => {
    const e = env([[JET_paramMaxCursors, 3]]);
    const t = keyed(e, JET_bitTTForceMaterialization);
    open(e, [{ ...KEY_LONG }], 0);
    const dup = out<JET_TABLEID>();
    expect(e.api.JetDupCursor(e.ses, t.tid, dup, 0)).toBe(JET_errSuccess);
    const r = tryOpen(e, [{ ...KEY_LONG }], 0);
    expect(r.rc).toBe(JET_errOutOfCursors);
    const dup2 = out<JET_TABLEID>();
    expect(e.api.JetDupCursor(e.ses, t.tid, dup2, 0)).toBe(JET_errOutOfCursors);
    expect(e.api.JetCloseTable(e.ses, dup.value)).toBe(JET_errSuccess);
    expect(tryOpen(e, [{ ...KEY_LONG }], 0).rc).toBe(JET_errSuccess);
  });

  // sort.cxx ErrSORTOpen opens the cursor (ErrFUCBOpen) before it allocates the sort control block (TooManySorts);
  // sortapi.cxx ErrSORTTableOpen checks cbKeyMost / cbVarSegMac only after ErrSORTOpen.
  it('with both quotas used up the cursor quota answers first; the size checks come after both quotas', () => {
    const e = env([[JET_paramMaxCursors, 2], [JET_paramMaxTemporaryTables, 2]]);
    open(e, [{ ...KEY_LONG }], 0);
    open(e, [{ ...KEY_LONG }], 0);
    expect(tryOpen(e, [{ ...KEY_LONG }], 0).rc).toBe(JET_errOutOfCursors);
    const more = env([[JET_paramMaxCursors, 3], [JET_paramMaxTemporaryTables, 2]]);
    open(more, [{ ...KEY_LONG }], 0);
    open(more, [{ ...KEY_LONG }], 0);
    expect(tryOpen(more, [{ ...KEY_LONG }], 0).rc).toBe(JET_errTooManySorts);
    const ids: JET_COLUMNID[] = [];
    const bad = { prgcolumndef: [{ ...KEY_LONG }], ccolumn: 1, grbit: 0, prgcolumnid: ids, cbKeyMost: 100 };
    expect(more.api.JetOpenTemporaryTable(more.ses, bad)).toBe(JET_errTooManySorts);
    const room = env();
    expect(room.api.JetOpenTemporaryTable(room.ses, { ...bad, prgcolumnid: [] })).toBe(JET_errInvalidParameter);
  });

  // sortapi.cxx ErrTTEndInsert: when the end of the insert phase fails, the sort is only switched to the close-only
  // dispatch table; its control block (the MaxTemporaryTables slot) goes when JetCloseTable closes it.
  it('a sort whose end of insert failed keeps its slot until JetCloseTable', () => {
    const e = createEmulator();
    const api = e.api;
    const inst = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(inst, 'tt')).toBe(JET_errSuccess);
    expect(api.JetSetSystemParameter(inst, -1 as JET_SESID, JET_paramMaxTemporaryTables, 1, null)).toBe(JET_errSuccess);
    expect(api.JetInit(inst)).toBe(JET_errSuccess);
    const ses = out<JET_SESID>();
    expect(api.JetBeginSession(inst.value, ses, '', '')).toBe(JET_errSuccess);
    const env1: Env = { api, inst: inst.value, ses: ses.value };
    const t = keyed(env1, 0);
    expect(insertKV(env1, t, 1)).toBe(JET_errSuccess);
    expect(e.failStep('Sort.endInsert', { code: JET_errOutOfMemory })).toBe(JET_errSuccess);
    expect(api.JetMove(ses.value, t.tid, JET_MoveFirst, 0)).toBe(JET_errOutOfMemory);
    expect(api.JetMove(ses.value, t.tid, JET_MoveFirst, 0)).toBe(JET_errIllegalOperation);
    expect(tryOpen(env1, [{ ...KEY_LONG }], 0).rc).toBe(JET_errTooManySorts);
    expect(api.JetCloseTable(ses.value, t.tid)).toBe(JET_errSuccess);
    expect(tryOpen(env1, [{ ...KEY_LONG }], 0).rc).toBe(JET_errSuccess);
  });

  it('a sort opened inside a transaction is closed when that level rolls back', () => {
    const e = env();
    const before = keyed(e, 0);
    expect(e.api.JetBeginTransaction(e.ses)).toBe(JET_errSuccess);
    const inside = keyed(e, 0);
    expect(e.api.JetRollback(e.ses, 0)).toBe(JET_errSuccess);
    expect(e.api.JetPrepareUpdate(e.ses, inside.tid, JET_prepInsert)).toBe(JET_errInvalidTableId);
    expect(e.api.JetPrepareUpdate(e.ses, before.tid, JET_prepInsert)).toBe(JET_errSuccess);
  });
});

// ---- materialized tables ------------------------------------------------------------------------

describe('materialized temp tables', () => {
  it('an Updatable sort materializes at the end of insert: it takes inserts after reading', () => {
    const { t, ...e } = filled(JET_bitTTUpdatable | JET_bitTTIndexed);
    expect(readLong(e, t)).toBe(10);
    expect(insertKV(e, t, 25)).toBe(JET_errSuccess);
    expect(insertKV(e, t, 5)).toBe(JET_errSuccess);
    expect(all(e, t)).toEqual([5, 10, 20, 25, 30, 40]);
  });

  // sortapi.cxx ErrTTEndInsert materializes an updatable sort with ErrIsamSortMaterialize(..., grbit & JET_bitTTIndexed):
  // without JET_bitTTIndexed the table has no key index, only a sequential one. The rows collected so far keep the
  // sort's order (duplicates already removed), later inserts go to the end, equal key values are accepted, and
  // fldnorm.cxx ErrIsamMakeKey answers NoCurrentIndex when the table has no index.
  it('an Updatable sort without TTIndexed materializes with no key index: sequential order, duplicates kept, no key', () => {
    const e = env();
    const t = keyed(e, JET_bitTTUpdatable);
    for (const k of [30, 10, 30, 20]) expect(insertKV(e, t, k)).toBe(JET_errSuccess);
    expect(all(e, t)).toEqual([10, 20, 30]);
    expect(insertKV(e, t, 5)).toBe(JET_errSuccess);
    expect(insertKV(e, t, 20)).toBe(JET_errSuccess);
    expect(all(e, t)).toEqual([10, 20, 30, 5, 20]);
    expect(makeKey(e, t, 20)).toBe(JET_errNoCurrentIndex);
    expect(e.api.JetSeek(e.ses, t.tid, JET_bitSeekEQ)).toBe(JET_errKeyNotMade);
    // With no key, a replace may change any column: there is no primary key to change.
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepReplace)).toBe(JET_errSuccess);
    expect(e.api.JetSetColumn(e.ses, t.tid, t.ids[0], i32(99), 4, 0, null)).toBe(JET_errSuccess);
    expect(e.api.JetUpdate(e.ses, t.tid, null, 0, null)).toBe(JET_errSuccess);
    expect(all(e, t)).toEqual([99, 20, 30, 5, 20]);
  });

  it('duplicates collected by an Updatable sort are removed; later duplicate inserts are KeyDuplicate', () => {
    const e = env();
    const t = keyed(e, JET_bitTTUpdatable | JET_bitTTIndexed);
    for (const k of [2, 1, 2, 1]) expect(insertKV(e, t, k)).toBe(JET_errSuccess);
    expect(all(e, t)).toEqual([1, 2]);
    expect(insertKV(e, t, 2)).toBe(JET_errKeyDuplicate);
    expect(all(e, t)).toEqual([1, 2]);
  });

  it.each([
    ['ForceMaterialization', JET_bitTTForceMaterialization],
    ['ErrorOnDuplicateInsertion', JET_bitTTErrorOnDuplicateInsertion],
  ])('%s: a duplicate key fails at JetUpdate with KeyDuplicate before any read', (_n, bit) => {
    const e = env();
    const t = keyed(e, bit);
    expect(insertKV(e, t, 1)).toBe(JET_errSuccess);
    expect(insertKV(e, t, 1, 'other')).toBe(JET_errKeyDuplicate);
    // The failed update stays prepared; cancel it.
    expect(e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepCancel)).toBe(JET_errSuccess);
    expect(all(e, t)).toEqual([1]);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(readText(e, t)).toBe('v1');
  });

  it('a long-value column materializes at open (duplicates fail at update)', () => {
    const e = env();
    const t = open(e, [{ ...KEY_LONG }, { coltyp: JET_coltypLongBinary }], 0);
    // Long values are set only inside a transaction (lv.cxx ErrRECSetLongField): at level 0, NotInTransaction.
    expect(e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(e.api.JetSetColumn(e.ses, t.tid, t.ids[1], Uint8Array.of(1), 1, 0, null)).toBe(JET_errNotInTransaction);
    // NULL too (the engine's check comes before it looks at the data), and a short column is not affected.
    expect(e.api.JetSetColumn(e.ses, t.tid, t.ids[1], null, 0, 0, null)).toBe(JET_errNotInTransaction);
    expect(e.api.JetSetColumn(e.ses, t.tid, t.ids[0], i32(1), 4, 0, null)).toBe(JET_errSuccess);
    expect(e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepCancel)).toBe(JET_errSuccess);
    expect(e.api.JetBeginTransaction(e.ses)).toBe(JET_errSuccess);
    expect(insert(e, t, [i32(1), Uint8Array.of(1, 2, 3)])).toBe(JET_errSuccess);
    expect(insert(e, t, [i32(1), Uint8Array.of(4)])).toBe(JET_errKeyDuplicate);
  });

  it('with IntrinsicLVsOnly a long-value column stays a sort (duplicates silently dropped)', () => {
    const e = env();
    const t = open(e, [{ ...KEY_LONG }, { coltyp: JET_coltypLongBinary }], JET_bitTTIntrinsicLVsOnly);
    expect(e.api.JetBeginTransaction(e.ses)).toBe(JET_errSuccess);
    expect(insert(e, t, [i32(1), Uint8Array.of(1, 2, 3)])).toBe(JET_errSuccess);
    expect(insert(e, t, [i32(1), Uint8Array.of(4)])).toBe(JET_errSuccess);
    expect(all(e, t)).toEqual([1]);
    expect(e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepInsert)).toBe(JET_errIllegalOperation);
  });

  it('a table without key columns keeps every row in insertion order', () => {
    const e = env();
    const t = open(e, [{ coltyp: JET_coltypLong }], 0);
    for (const k of [3, 1, 3, 2]) expect(insert(e, t, [i32(k)])).toBe(JET_errSuccess);
    expect(all(e, t)).toEqual([3, 1, 3, 2]);
    expect(insert(e, t, [i32(0)])).toBe(JET_errSuccess);
    expect(all(e, t)).toEqual([3, 1, 3, 2, 0]);
  });

  it('bookmarks of a keyless table are 4-byte big-endian counters from 0, and JetUpdate returns them', () => {
    const e = env();
    const t = open(e, [{ coltyp: JET_coltypLong }], 0);
    const bm = new Uint8Array(16);
    const n = out<number>(0);
    for (const k of [5, 6, 7]) {
      expect(e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepInsert)).toBe(JET_errSuccess);
      expect(e.api.JetSetColumn(e.ses, t.tid, t.ids[0], i32(k), 4, 0, null)).toBe(JET_errSuccess);
      expect(e.api.JetUpdate(e.ses, t.tid, bm, 16, n)).toBe(JET_errSuccess);
    }
    expect(n.value).toBe(4);
    expect(Array.from(bm.subarray(0, 4))).toEqual([0, 0, 0, 2]);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(Array.from(bookmark(e, t))).toEqual([0, 0, 0, 0]);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(Array.from(bookmark(e, t))).toEqual([0, 0, 0, 1]);
  });

  it('a keyless table rejects JetMakeKey with NoCurrentIndex unless the key is normalized', () => {
    const e = env();
    const t = open(e, [{ coltyp: JET_coltypLong }], 0);
    for (const k of [5, 6, 7]) expect(insert(e, t, [i32(k)])).toBe(JET_errSuccess);
    expect(e.api.JetMakeKey(e.ses, t.tid, i32(6), 4, JET_bitNewKey)).toBe(JET_errNoCurrentIndex);
    expect(e.api.JetMakeKey(e.ses, t.tid, Uint8Array.of(0, 0, 0, 1), 4, JET_bitNormalizedKey)).toBe(JET_errSuccess);
    expect(e.api.JetSeek(e.ses, t.tid, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(6);
  });

  it('Replace of a non-key column keeps the row and changes the value', () => {
    const { t, ...e } = filled(JET_bitTTForceMaterialization);
    expect(seek(e, t, 20, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepReplace)).toBe(JET_errSuccess);
    expect(e.api.JetSetColumn(e.ses, t.tid, t.ids[1], ascii('new'), 3, 0, null)).toBe(JET_errSuccess);
    expect(readText(e, t)).toBe('v20');
    expect(readText(e, t, 1, JET_bitRetrieveCopy)).toBe('new');
    expect(e.api.JetUpdate(e.ses, t.tid, null, 0, null)).toBe(JET_errSuccess);
    expect(readText(e, t)).toBe('new');
    expect(all(e, t)).toEqual([10, 20, 30, 40]);
  });

  it('Replace that changes the key is RecordPrimaryChanged at JetUpdate; setting the same key is fine', () => {
    const { t, ...e } = filled(JET_bitTTUpdatable | JET_bitTTIndexed);
    expect(e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepReplace)).toBe(JET_errSuccess);
    expect(e.api.JetSetColumn(e.ses, t.tid, t.ids[0], i32(11), 4, 0, null)).toBe(JET_errSuccess);
    expect(e.api.JetUpdate(e.ses, t.tid, null, 0, null)).toBe(JET_errRecordPrimaryChanged);
    expect(e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepCancel)).toBe(JET_errSuccess);
    expect(e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepReplace)).toBe(JET_errSuccess);
    expect(e.api.JetSetColumn(e.ses, t.tid, t.ids[0], i32(10), 4, 0, null)).toBe(JET_errSuccess);
    expect(e.api.JetSetColumn(e.ses, t.tid, t.ids[1], ascii('ten'), 3, 0, null)).toBe(JET_errSuccess);
    expect(e.api.JetUpdate(e.ses, t.tid, null, 0, null)).toBe(JET_errSuccess);
    expect(all(e, t)).toEqual([10, 20, 30, 40]);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(readText(e, t)).toBe('ten');
  });

  it('InsertCopy copies the current row into a new one with a new key', () => {
    const { t, ...e } = filled(JET_bitTTForceMaterialization);
    expect(seek(e, t, 30, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepInsertCopy)).toBe(JET_errSuccess);
    expect(readText(e, t, 1, JET_bitRetrieveCopy)).toBe('v30');
    expect(e.api.JetSetColumn(e.ses, t.tid, t.ids[0], i32(35), 4, 0, null)).toBe(JET_errSuccess);
    expect(e.api.JetUpdate(e.ses, t.tid, null, 0, null)).toBe(JET_errSuccess);
    expect(all(e, t)).toEqual([10, 20, 30, 35, 40]);
    expect(seek(e, t, 35, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(readText(e, t)).toBe('v30');
  });

  it('InsertCopy without changing the key is KeyDuplicate', () => {
    const { t, ...e } = filled(JET_bitTTForceMaterialization);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepInsertCopy)).toBe(JET_errSuccess);
    expect(e.api.JetUpdate(e.ses, t.tid, null, 0, null)).toBe(JET_errKeyDuplicate);
  });

  it('Delete: the row answers RecordDeleted, MoveNext continues after the deleted key, MovePrev before it', () => {
    const { t, ...e } = filled(JET_bitTTForceMaterialization);
    expect(seek(e, t, 20, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(e.api.JetDelete(e.ses, t.tid)).toBe(JET_errSuccess);
    const b = new Uint8Array(4);
    expect(e.api.JetRetrieveColumn(e.ses, t.tid, t.ids[0], b, 4, null, 0, null)).toBe(JET_errRecordDeleted);
    expect(e.api.JetDelete(e.ses, t.tid)).toBe(JET_errRecordDeleted);
    expect(e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepReplace)).toBe(JET_errRecordDeleted);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(30);
    expect(seek(e, t, 30, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(e.api.JetDelete(e.ses, t.tid)).toBe(JET_errSuccess);
    expect(e.api.JetMove(e.ses, t.tid, JET_MovePrevious, 0)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(10);
    expect(all(e, t)).toEqual([10, 40]);
  });

  it('Delete with no current record is NoCurrentRecord', () => {
    const { t, ...e } = filled(JET_bitTTForceMaterialization);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveLast, 0)).toBe(JET_errSuccess);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    expect(e.api.JetDelete(e.ses, t.tid)).toBe(JET_errNoCurrentRecord);
  });

  it('a deleted key can be inserted again', () => {
    const { t, ...e } = filled(JET_bitTTUpdatable | JET_bitTTIndexed);
    expect(e.api.JetDelete(e.ses, t.tid)).toBe(JET_errSuccess);
    expect(insertKV(e, t, 10, 'again')).toBe(JET_errSuccess);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(readText(e, t)).toBe('again');
  });

  it('updates inside a transaction are rolled back (temp-table versioning on by default)', () => {
    const { t, ...e } = filled(JET_bitTTForceMaterialization);
    expect(e.api.JetBeginTransaction(e.ses)).toBe(JET_errSuccess);
    expect(insertKV(e, t, 50)).toBe(JET_errSuccess);
    expect(seek(e, t, 10, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(e.api.JetDelete(e.ses, t.tid)).toBe(JET_errSuccess);
    expect(all(e, t)).toEqual([20, 30, 40, 50]);
    expect(e.api.JetRollback(e.ses, 0)).toBe(JET_errSuccess);
    expect(all(e, t)).toEqual([10, 20, 30, 40]);
  });
});

describe('bookmarks of materialized tables', () => {
  it('the bookmark is the normalized key; JetUpdate returns it too', () => {
    const e = env();
    const t = keyed(e, JET_bitTTForceMaterialization);
    expect(e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(e.api.JetSetColumn(e.ses, t.tid, t.ids[0], i32(1), 4, 0, null)).toBe(JET_errSuccess);
    const bm = new Uint8Array(16);
    const n = out<number>(0);
    expect(e.api.JetUpdate(e.ses, t.tid, bm, 16, n)).toBe(JET_errSuccess);
    expect(Array.from(bm.subarray(0, n.value))).toEqual(LONG_1);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(Array.from(bookmark(e, t))).toEqual(LONG_1);
    expect(retrieveKey(e, t)).toEqual(LONG_1);
  });

  it('a descending key column gives complemented bookmark bytes', () => {
    const e = env();
    const t = open(e, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey | JET_bitColumnTTDescending }], JET_bitTTForceMaterialization);
    expect(insert(e, t, [i32(1)])).toBe(JET_errSuccess);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(Array.from(bookmark(e, t))).toEqual([0x80, 0x7f, 0xff, 0xff, 0xfe]);
  });

  it('GotoBookmark returns to the row; a too small buffer is BufferTooSmall with the bytes that fit', () => {
    const { t, ...e } = filled(JET_bitTTForceMaterialization);
    expect(seek(e, t, 30, JET_bitSeekEQ)).toBe(JET_errSuccess);
    const bm = bookmark(e, t);
    const small = new Uint8Array(2);
    expect(e.api.JetGetBookmark(e.ses, t.tid, small, 2, null)).toBe(JET_errBufferTooSmall);
    expect(Array.from(small)).toEqual([0x7f, 0x80]);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(e.api.JetGotoBookmark(e.ses, t.tid, bm, bm.length)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(30);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(40);
  });

  it('GetBookmark with no current record is NoCurrentRecord', () => {
    const { t, ...e } = filled(JET_bitTTForceMaterialization);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveLast, 0)).toBe(JET_errSuccess);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    expect(e.api.JetGetBookmark(e.ses, t.tid, new Uint8Array(16), 16, null)).toBe(JET_errNoCurrentRecord);
  });

  it('GotoBookmark of a deleted row (or an unknown key) is RecordDeleted; an empty one is InvalidBookmark', () => {
    const { t, ...e } = filled(JET_bitTTForceMaterialization);
    expect(seek(e, t, 20, JET_bitSeekEQ)).toBe(JET_errSuccess);
    const bm = bookmark(e, t);
    expect(e.api.JetDelete(e.ses, t.tid)).toBe(JET_errSuccess);
    expect(e.api.JetGotoBookmark(e.ses, t.tid, bm, bm.length)).toBe(JET_errRecordDeleted);
    expect(e.api.JetGotoBookmark(e.ses, t.tid, Uint8Array.of(0x7f, 0x80, 0, 0, 99), 5)).toBe(JET_errRecordDeleted);
    expect(e.api.JetGotoBookmark(e.ses, t.tid, null, 0)).toBe(JET_errInvalidBookmark);
  });

  it('GotoBookmark clears an index range', () => {
    const { t, ...e } = filled(JET_bitTTForceMaterialization);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    const first = bookmark(e, t);
    expect(makeKey(e, t, 20)).toBe(JET_errSuccess);
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeUpperLimit | JET_bitRangeInclusive)).toBe(JET_errSuccess);
    expect(e.api.JetGotoBookmark(e.ses, t.tid, first, first.length)).toBe(JET_errSuccess);
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeRemove)).toBe(JET_errInvalidOperation);
  });
});

describe('JetSeek on materialized tables (keys.md §9b)', () => {
  it('EQ finds exact keys only', () => {
    const { t, ...e } = filled(JET_bitTTForceMaterialization);
    expect(seek(e, t, 30, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(30);
    expect(seek(e, t, 25, JET_bitSeekEQ)).toBe(JET_errRecordNotFound);
  });

  it('GE: exact is Success, landing beyond is wrnSeekNotEqual, nothing beyond is RecordNotFound', () => {
    const { t, ...e } = filled(JET_bitTTUpdatable | JET_bitTTIndexed);
    expect(seek(e, t, 20, JET_bitSeekGE)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(20);
    expect(seek(e, t, 21, JET_bitSeekGE)).toBe(JET_wrnSeekNotEqual);
    expect(readLong(e, t)).toBe(30);
    expect(seek(e, t, -5, JET_bitSeekGE)).toBe(JET_wrnSeekNotEqual);
    expect(readLong(e, t)).toBe(10);
    expect(seek(e, t, 41, JET_bitSeekGE)).toBe(JET_errRecordNotFound);
  });

  it('LE: exact is Success, landing before is wrnSeekNotEqual, nothing before is RecordNotFound', () => {
    const { t, ...e } = filled(JET_bitTTForceMaterialization);
    expect(seek(e, t, 20, JET_bitSeekLE)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(20);
    expect(seek(e, t, 29, JET_bitSeekLE)).toBe(JET_wrnSeekNotEqual);
    expect(readLong(e, t)).toBe(20);
    expect(seek(e, t, 1000, JET_bitSeekLE)).toBe(JET_wrnSeekNotEqual);
    expect(readLong(e, t)).toBe(40);
    expect(seek(e, t, 9, JET_bitSeekLE)).toBe(JET_errRecordNotFound);
  });

  it('GT and LT skip an equal key; running off either end is RecordNotFound', () => {
    const { t, ...e } = filled(JET_bitTTForceMaterialization);
    expect(seek(e, t, 20, JET_bitSeekGT)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(30);
    expect(seek(e, t, 25, JET_bitSeekGT)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(30);
    expect(seek(e, t, 40, JET_bitSeekGT)).toBe(JET_errRecordNotFound);
    expect(seek(e, t, 20, JET_bitSeekLT)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(10);
    expect(seek(e, t, 25, JET_bitSeekLT)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(20);
    expect(seek(e, t, 10, JET_bitSeekLT)).toBe(JET_errRecordNotFound);
  });

  it('no seek bit is InvalidParameter; no key made is KeyNotMade; the key is used up by a seek', () => {
    const { t, ...e } = filled(JET_bitTTForceMaterialization);
    expect(e.api.JetSeek(e.ses, t.tid, JET_bitSeekEQ)).toBe(JET_errKeyNotMade);
    expect(makeKey(e, t, 20)).toBe(JET_errSuccess);
    expect(e.api.JetSeek(e.ses, t.tid, 0)).toBe(JET_errInvalidParameter);
    expect(e.api.JetSeek(e.ses, t.tid, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(e.api.JetSeek(e.ses, t.tid, JET_bitSeekEQ)).toBe(JET_errKeyNotMade);
  });

  it('EQ with a partial key (first of two segments) fails; GE with it lands on the first match with wrnSeekNotEqual', () => {
    const e = env();
    const t = open(e, [{ ...KEY_LONG }, { coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }], JET_bitTTForceMaterialization);
    for (const [a, b] of [[1, 5], [2, 7], [2, 3], [3, 1]]) expect(insert(e, t, [i32(a), i32(b)])).toBe(JET_errSuccess);
    expect(makeKey(e, t, 2)).toBe(JET_errSuccess);
    expect(e.api.JetSeek(e.ses, t.tid, JET_bitSeekEQ)).toBe(JET_errRecordNotFound);
    expect(makeKey(e, t, 2)).toBe(JET_errSuccess);
    expect(e.api.JetSeek(e.ses, t.tid, JET_bitSeekGE)).toBe(JET_wrnSeekNotEqual);
    expect([readLong(e, t, 0), readLong(e, t, 1)]).toEqual([2, 3]);
    expect(makeKey(e, t, 2)).toBe(JET_errSuccess);
    expect(makeKey(e, t, 7, 0)).toBe(JET_errSuccess);
    expect(e.api.JetSeek(e.ses, t.tid, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect([readLong(e, t, 0), readLong(e, t, 1)]).toEqual([2, 7]);
  });

  it('EQ | SetIndexRange sets an inclusive upper range on the key found', () => {
    const { t, ...e } = filled(JET_bitTTForceMaterialization);
    expect(seek(e, t, 20, JET_bitSeekEQ | JET_bitSetIndexRange)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(20);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeRemove)).toBe(JET_errInvalidOperation);
  });

  it('a seek clears the index range', () => {
    const { t, ...e } = filled(JET_bitTTForceMaterialization);
    expect(seek(e, t, 20, JET_bitSeekEQ | JET_bitSetIndexRange)).toBe(JET_errSuccess);
    expect(seek(e, t, 10, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeRemove)).toBe(JET_errInvalidOperation);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(30);
  });

  it('inserts prepared after a seek on a materialized table work as usual', () => {
    const { t, ...e } = filled(JET_bitTTUpdatable | JET_bitTTIndexed);
    expect(seek(e, t, 40, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(insertKV(e, t, 45)).toBe(JET_errSuccess);
    expect(seek(e, t, 41, JET_bitSeekGE)).toBe(JET_wrnSeekNotEqual);
    expect(readLong(e, t)).toBe(45);
  });
});

describe('JetSetIndexRange on materialized tables', () => {
  it('upper inclusive range stops MoveNext after the limit', () => {
    const { t, ...e } = filled(JET_bitTTForceMaterialization);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(makeKey(e, t, 30)).toBe(JET_errSuccess);
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeUpperLimit | JET_bitRangeInclusive)).toBe(JET_errSuccess);
    const seen = [readLong(e, t)];
    while (e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0) === JET_errSuccess) seen.push(readLong(e, t));
    expect(seen).toEqual([10, 20, 30]);
  });

  it('upper exclusive range stops before the limit', () => {
    const { t, ...e } = filled(JET_bitTTForceMaterialization);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(makeKey(e, t, 30)).toBe(JET_errSuccess);
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeUpperLimit)).toBe(JET_errSuccess);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(20);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
  });

  it('lower range stops MovePrevious', () => {
    const { t, ...e } = filled(JET_bitTTForceMaterialization);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveLast, 0)).toBe(JET_errSuccess);
    expect(makeKey(e, t, 20)).toBe(JET_errSuccess);
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeInclusive)).toBe(JET_errSuccess);
    expect(e.api.JetMove(e.ses, t.tid, JET_MovePrevious, 0)).toBe(JET_errSuccess);
    expect(e.api.JetMove(e.ses, t.tid, JET_MovePrevious, 0)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(20);
    expect(e.api.JetMove(e.ses, t.tid, JET_MovePrevious, 0)).toBe(JET_errNoCurrentRecord);
  });

  it('a current record outside the range is NoCurrentRecord', () => {
    const { t, ...e } = filled(JET_bitTTForceMaterialization);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveLast, 0)).toBe(JET_errSuccess);
    expect(makeKey(e, t, 30)).toBe(JET_errSuccess);
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeUpperLimit | JET_bitRangeInclusive)).toBe(JET_errNoCurrentRecord);
  });

  it('walking off the range ends it', () => {
    const { t, ...e } = filled(JET_bitTTForceMaterialization);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(makeKey(e, t, 10)).toBe(JET_errSuccess);
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeUpperLimit | JET_bitRangeInclusive)).toBe(JET_errSuccess);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeRemove)).toBe(JET_errInvalidOperation);
  });

  it('RangeRemove clears a range; without one it is InvalidOperation', () => {
    const { t, ...e } = filled(JET_bitTTForceMaterialization);
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeRemove)).toBe(JET_errInvalidOperation);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(makeKey(e, t, 10)).toBe(JET_errSuccess);
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeUpperLimit | JET_bitRangeInclusive)).toBe(JET_errSuccess);
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeRemove)).toBe(JET_errSuccess);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(20);
  });

  it('InstantDuration checks the current record, then leaves no range', () => {
    const { t, ...e } = filled(JET_bitTTForceMaterialization);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(makeKey(e, t, 10)).toBe(JET_errSuccess);
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeUpperLimit | JET_bitRangeInclusive | JET_bitRangeInstantDuration)).toBe(JET_errSuccess);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(readLong(e, t)).toBe(20);
    expect(makeKey(e, t, 10)).toBe(JET_errSuccess);
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeUpperLimit | JET_bitRangeInclusive | JET_bitRangeInstantDuration)).toBe(JET_errNoCurrentRecord);
  });

  it('no key made is KeyNotMade; MoveFirst and MoveLast clear the range', () => {
    const { t, ...e } = filled(JET_bitTTForceMaterialization);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeUpperLimit)).toBe(JET_errKeyNotMade);
    expect(makeKey(e, t, 20)).toBe(JET_errSuccess);
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeUpperLimit)).toBe(JET_errSuccess);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(all(e, t)).toEqual([10, 20, 30, 40]);
  });

  it('a StrLimit key makes an inclusive prefix range over a two-column key', () => {
    const e = env();
    const t = open(e, [{ ...KEY_LONG }, { coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }], JET_bitTTForceMaterialization);
    for (const [a, b] of [[1, 1], [2, 1], [2, 2], [2, 3], [3, 0]]) expect(insert(e, t, [i32(a), i32(b)])).toBe(JET_errSuccess);
    expect(makeKey(e, t, 2)).toBe(JET_errSuccess);
    expect(e.api.JetSeek(e.ses, t.tid, JET_bitSeekGE)).toBe(JET_wrnSeekNotEqual);
    expect(e.api.JetMakeKey(e.ses, t.tid, i32(2), 4, JET_bitNewKey | JET_bitStrLimit)).toBe(JET_errSuccess);
    expect(e.api.JetSetIndexRange(e.ses, t.tid, JET_bitRangeUpperLimit | JET_bitRangeInclusive)).toBe(JET_errSuccess);
    const seen = [readLong(e, t, 1)];
    while (e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0) === JET_errSuccess) seen.push(readLong(e, t, 1));
    expect(seen).toEqual([1, 2, 3]);
  });
});

describe('updates on materialized tables', () => {
  it('JetUpdate without a prepared update is UpdateNotPrepared', () => {
    const { t, ...e } = filled(JET_bitTTForceMaterialization);
    expect(e.api.JetUpdate(e.ses, t.tid, null, 0, null)).toBe(JET_errUpdateNotPrepared);
  });

  it('keys of text and binary columns materialize and seek as their normalized bytes', () => {
    const e = env();
    const t = open(e, [{ coltyp: JET_coltypBinary, grbit: JET_bitColumnTTKey }], JET_bitTTForceMaterialization);
    expect(insert(e, t, [Uint8Array.of(0x41, 0x42)])).toBe(JET_errSuccess);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(retrieveKey(e, t)).toEqual([0x7f, 0x41, 0x42, 0, 0, 0, 0, 0, 0, 0x02]);
    expect(e.api.JetMakeKey(e.ses, t.tid, Uint8Array.of(0x41), 1, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(e.api.JetSeek(e.ses, t.tid, JET_bitSeekGE)).toBe(JET_wrnSeekNotEqual);
    expect(e.api.JetMakeKey(e.ses, t.tid, Uint8Array.of(0x41, 0x42), 2, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(e.api.JetSeek(e.ses, t.tid, JET_bitSeekEQ)).toBe(JET_errSuccess);
  });
});

describe('column sizes of temp tables (fldmod.cxx; sortapi.cxx ErrSORTTableOpen: cbMaxLen from cat.cxx UlCATColumnSize)', () => {
  /** The bytes of column `col` of the first row. */
  function firstValue(e: Env, t: TT, col: number): number[] {
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    const buf = new Uint8Array(300);
    const size = out<number>(0);
    expect(e.api.JetRetrieveColumn(e.ses, t.tid, t.ids[col], buf, buf.length, size, 0, null)).toBe(JET_errSuccess);
    return [...buf.subarray(0, size.value)];
  }

  it('a variable Text / Binary value longer than the column is cut to it with JET_wrnColumnMaxTruncated (ErrRECISetVarColumn)', () => {
    const e = env();
    const t = open(e, [{ ...KEY_LONG }, { coltyp: JET_coltypText, cp: 1252, cbMax: 4 }, { coltyp: JET_coltypBinary }], 0);
    expect(e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(e.api.JetSetColumn(e.ses, t.tid, t.ids[0], i32(1), 4, 0, null)).toBe(JET_errSuccess);
    expect(e.api.JetSetColumn(e.ses, t.tid, t.ids[1], ascii('abcdefg'), 7, 0, null)).toBe(JET_wrnColumnMaxTruncated);
    // cbMax 0 is 255 bytes.
    const long = Uint8Array.from({ length: 300 }, (_, i) => i & 0xff);
    expect(e.api.JetSetColumn(e.ses, t.tid, t.ids[2], long, 300, 0, null)).toBe(JET_wrnColumnMaxTruncated);
    expect(e.api.JetUpdate(e.ses, t.tid, null, 0, null)).toBe(JET_errSuccess);
    expect(firstValue(e, t, 1)).toEqual([...ascii('abcd')]);
    expect(firstValue(e, t, 2)).toEqual([...long.subarray(0, 255)]);
  });

  it('a tagged Text value longer than the column is ColumnTooBig (ErrRECISetTaggedColumn)', () => {
    const e = env();
    const t = open(e, [{ ...KEY_LONG }, { coltyp: JET_coltypText, cp: 1252, cbMax: 4, grbit: JET_bitColumnTagged }], 0);
    expect(e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(e.api.JetSetColumn(e.ses, t.tid, t.ids[1], ascii('abcde'), 5, 0, null)).toBe(JET_errColumnTooBig);
    expect(e.api.JetSetColumn(e.ses, t.tid, t.ids[1], ascii('abcd'), 4, 0, null)).toBe(JET_errSuccess);
  });

  it('a fixed Binary / Text column (JET_bitColumnFixed) pads its values to its size and refuses longer ones', () => {
    const e = env();
    const t = open(e, [
      { ...KEY_LONG }, { coltyp: JET_coltypBinary, cbMax: 4, grbit: JET_bitColumnFixed },
      { coltyp: JET_coltypText, cp: 1252, cbMax: 4, grbit: JET_bitColumnFixed },
    ], 0);
    expect(e.api.JetPrepareUpdate(e.ses, t.tid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(e.api.JetSetColumn(e.ses, t.tid, t.ids[0], i32(1), 4, 0, null)).toBe(JET_errSuccess);
    // fldmod.cxx ErrRECISetFixedColumn: longer than the column is InvalidBufferSize.
    expect(e.api.JetSetColumn(e.ses, t.tid, t.ids[1], Uint8Array.of(1, 2, 3, 4, 5), 5, 0, null)).toBe(JET_errInvalidBufferSize);
    expect(e.api.JetSetColumn(e.ses, t.tid, t.ids[1], Uint8Array.of(1, 2), 2, 0, null)).toBe(JET_errSuccess);
    expect(e.api.JetSetColumn(e.ses, t.tid, t.ids[2], ascii('ab'), 2, 0, null)).toBe(JET_errSuccess);
    expect(e.api.JetUpdate(e.ses, t.tid, null, 0, null)).toBe(JET_errSuccess);
    // Binary padded with zero bytes, Text with spaces (rec.hxx RECTextColumnPadding).
    expect(firstValue(e, t, 1)).toEqual([1, 2, 0, 0]);
    expect(firstValue(e, t, 2)).toEqual([...ascii('ab  ')]);
  });

  it('a fixed Binary column of cbMax 0 or above 255 is 255 bytes wide (cat.cxx UlCATColumnSize)', () => {
    for (const cbMax of [0, 300]) {
      const e = env();
      const t = open(e, [{ ...KEY_LONG }, { coltyp: JET_coltypBinary, cbMax, grbit: JET_bitColumnFixed }], 0);
      expect(insert(e, t, [i32(1), Uint8Array.of(5)])).toBe(JET_errSuccess);
      const value = firstValue(e, t, 1);
      expect(value.length).toBe(255);
      expect(value.slice(0, 2)).toEqual([5, 0]);
    }
  });

  it('a fixed Binary key column: values that pad to the same bytes are one key, so a sort keeps one of them', () => {
    const e = env();
    const t = open(e, [{ coltyp: JET_coltypBinary, cbMax: 4, grbit: JET_bitColumnFixed | JET_bitColumnTTKey }, { coltyp: JET_coltypLong }], 0);
    expect(insert(e, t, [Uint8Array.of(7), i32(1)])).toBe(JET_errSuccess);
    expect(insert(e, t, [Uint8Array.of(7, 0), i32(2)])).toBe(JET_errSuccess);
    expect(insert(e, t, [Uint8Array.of(7, 0, 0, 1), i32(3)])).toBe(JET_errSuccess);
    expect(e.api.JetMove(e.ses, t.tid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    const rows: number[] = [];
    do rows.push(readLong(e, t, 1)); while (e.api.JetMove(e.ses, t.tid, JET_MoveNext, 0) === JET_errSuccess);
    // 07 00 00 00 twice (one kept: the record bytes tie up to the Long, 01 before 02), then 07 00 00 01.
    expect(rows).toEqual([1, 3]);
  });
});
