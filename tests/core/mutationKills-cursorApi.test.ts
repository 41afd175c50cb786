/**
 * Survivors of mutation testing in src/jet/cursorApi.ts (docs/testing.md, "Ninth session"), killed here, and the
 * JetSetColumns rules found while reading the engine for them. Expected values come from:
 * - fldmod.cxx ErrIsamSetColumns: ErrFUCBCheckUpdatable (a read-only cursor: PermissionDenied), ErrPIBCheckUpdatable
 *   (a read-only transaction: TransReadOnly), then UpdateNotPrepared, all before any entry is read (so with none too);
 *   then every entry's cbData is checked (InvalidParameter) before the first is set; then each entry is set in turn
 *   (`Call( ErrFLDSetOneColumn(...) ); psetcolcurr->err = err;`): an entry's err is written after its success only,
 *   the first failure ends the call, and what the entries before it set stays set.
 * - sortapi.cxx vtfndefTTSortRet: a sort being read back has ErrIllegalSetColumns (IllegalOperation, whatever the count).
 * - fldext.cxx ErrRECRetrieveColumns: on a sort the current row is read before the loop (off a row: NoCurrentRecord, with
 *   no entry too); a regular or materialized table reads the record per entry; a failing entry ends the call before its
 *   err and cbActual are written (Call() leaves the loop). sortapi.cxx vtfndefTTSortIns: while rows go in,
 *   ErrIllegalRetrieveColumns (IllegalOperation).
 * - fldmod.cxx ErrIsamSetColumn: no JET_SETINFO is itagSequence 1, ibLongValue 0.
 * - lv.cxx ErrLVOpFromGrbit: JET_bitSetSizeLV with no data keeps only cbData (a resize); differences.md: esemu makes
 *   such a value up to 64 MiB, OutOfMemory above (an emulator limit).
 * - fldext.cxx ErrIsamRetrieveColumn: with JET_bitRetrievePhysicalSize only JET_bitRetrieveCopy may be added
 *   (InvalidGrbit), and cbMax must be 0, pcbActual given and ibLongValue 0 (InvalidParameter); the JET_RETINFO's
 *   itagSequence is written back only with JET_bitRetrieveFromIndex | JET_bitRetrieveTag and only when a JET_RETINFO is
 *   given (`pretinfo != NULL && (grbit & JET_bitRetrieveTag)`, inside the RetrieveFromIndex branch).
 * - api-reference.md "Arguments are plain data": undefined is NULL; a struct whose output fields cannot be written
 *   gets InvalidParameter with nothing done.
 */
import {
  out, JET_bitColumnMultiValued, JET_bitColumnTagged, JET_bitIndexPrimary, JET_bitIndexUnique, JET_bitNewKey, JET_bitRetrieveCopy, JET_bitRetrieveFromIndex,
  JET_bitRetrieveIgnoreDefault, JET_bitRetrievePhysicalSize, JET_bitRetrieveTag, JET_bitSeekEQ, JET_bitSetSizeLV,
  JET_bitTableReadOnly, JET_bitTransactionReadOnly, JET_coltypLong, JET_coltypLongBinary, JET_errColumnNotFound,
  JET_errIllegalOperation, JET_errInvalidGrbit, JET_errInvalidParameter, JET_errNoCurrentRecord, JET_errOutOfMemory, JET_errPermissionDenied,
  JET_errSuccess, JET_errTransReadOnly, JET_errUpdateNotPrepared, JET_MoveFirst, JET_MoveNext, JET_prepInsert, JET_prepReplace,
  JET_wrnBufferTruncated, JET_wrnColumnNull,
} from '../../src';
import type { JET_COLUMNID, JET_RETINFO, JET_RETRIEVECOLUMN, JET_SETCOLUMN, JET_TABLEID } from '../../src';
import { int32, insert, openSort, readInt32 } from '../support/fixture';
import { addColumn, createIndex, createPeople, isam, openTable, PEOPLE, self } from '../support/isam';
import type { Isam, People } from '../support/isam';

/** The people table (creator's cursor open) with a LongBinary column "blob" added. */
function people(): { w: Isam; p: People; blob: JET_COLUMNID } {
  const w = isam();
  const p = createPeople(w.api, self(w));
  const blob = addColumn(w.api, w.ses, p.tableid, 'blob', { coltyp: JET_coltypLongBinary, grbit: JET_bitColumnTagged });
  return { w, p, blob };
}

/** A column of the copy buffer (JET_bitRetrieveCopy): the code and the bytes. */
function copyOf(w: Isam, t: JET_TABLEID, col: JET_COLUMNID): { rc: number; bytes: number[] } {
  const buf = new Uint8Array(64);
  const cb = out<number>(0);
  const rc = w.api.JetRetrieveColumn(w.ses, t, col, buf, buf.length, cb, JET_bitRetrieveCopy, null);
  return { rc, bytes: rc === JET_wrnColumnNull ? [] : [...buf.subarray(0, Math.min(cb.value, buf.length))] };
}

/** A JET_SETCOLUMN whose `err` is a read-only data property (what a caller cannot have written back). */
function frozenErr(c: JET_SETCOLUMN): JET_SETCOLUMN {
  Object.defineProperty(c, 'err', { value: 12345, writable: false, enumerable: true });
  return c;
}

describe('JetSetColumns: the checks before any entry is read (fldmod.cxx ErrIsamSetColumns)', () => {
  it('no update prepared: UpdateNotPrepared, with no entry as with one; with an update prepared, no entry is Success', () => {
    const { w, p } = people();
    expect(w.api.JetSetColumns(w.ses, p.tableid, null as unknown as JET_SETCOLUMN[], 0)).toBe(JET_errUpdateNotPrepared);
    expect(w.api.JetSetColumns(w.ses, p.tableid, [], 0)).toBe(JET_errUpdateNotPrepared);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumns(w.ses, p.tableid, null as unknown as JET_SETCOLUMN[], 0)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumns(w.ses, p.tableid, [], 0)).toBe(JET_errSuccess);
  });

  it('a read-only cursor: PermissionDenied; a read-only transaction: TransReadOnly; both before UpdateNotPrepared', () => {
    const { w, p } = people();
    expect(w.api.JetCloseTable(w.ses, p.tableid)).toBe(JET_errSuccess);
    const ro = openTable(w.api, self(w), PEOPLE, JET_bitTableReadOnly);
    expect(w.api.JetSetColumns(w.ses, ro, [], 0)).toBe(JET_errPermissionDenied);
    const rw = openTable(w.api, self(w), PEOPLE);
    expect(w.api.JetBeginTransaction2(w.ses, JET_bitTransactionReadOnly)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumns(w.ses, rw, [], 0)).toBe(JET_errTransReadOnly);
    expect(w.api.JetSetColumns(w.ses, ro, [], 0)).toBe(JET_errPermissionDenied);
  });

  it('a sort being read back: IllegalOperation with no entry (sortapi.cxx: ErrIllegalSetColumns)', () => {
    const w = isam();
    const s = openSort(w.emu.api, w.ses);
    expect(insert(w.emu.api, w.ses, s.tableid, s.col, 1)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, s.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumns(w.ses, s.tableid, [], 0)).toBe(JET_errIllegalOperation);
  });

  it('an entry whose cbData is out of range: InvalidParameter before the entries before it are set', () => {
    const { w, p } = people();
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    const cols: JET_SETCOLUMN[] = [
      { columnid: p.id, pvData: int32(7), cbData: 4, err: 99 },
      { columnid: p.age, pvData: int32(8), cbData: 2 ** 31, err: 99 },
    ];
    expect(w.api.JetSetColumns(w.ses, p.tableid, cols, 2)).toBe(JET_errInvalidParameter);
    expect(cols.map((c) => c.err)).toEqual([99, 99]);
    expect(copyOf(w, p.tableid, p.id).rc).toBe(JET_wrnColumnNull);
  });

  it('the failing entry keeps its err, the ones before it are set and get theirs, the ones after are not looked at', () => {
    const { w, p } = people();
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    const cols: JET_SETCOLUMN[] = [
      { columnid: p.id, pvData: int32(7), cbData: 4, err: 99 },
      { columnid: 9999 as JET_COLUMNID, pvData: int32(1), cbData: 4, err: 99 },
      { columnid: p.age, pvData: int32(30), cbData: 4, err: 99 },
    ];
    expect(w.api.JetSetColumns(w.ses, p.tableid, cols, 3)).toBe(JET_errColumnNotFound);
    expect(cols.map((c) => c.err)).toEqual([JET_errSuccess, 99, 99]);
    expect(copyOf(w, p.tableid, p.id)).toEqual({ rc: JET_errSuccess, bytes: [7, 0, 0, 0] });
    expect(copyOf(w, p.tableid, p.age).rc).toBe(JET_wrnColumnNull);
  });

  it('an entry whose err cannot be written: InvalidParameter, and no entry is set', () => {
    const { w, p } = people();
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    const cols: JET_SETCOLUMN[] = [
      { columnid: p.id, pvData: int32(7), cbData: 4, err: 99 },
      frozenErr({ columnid: p.age, pvData: int32(8), cbData: 4 }),
    ];
    expect(w.api.JetSetColumns(w.ses, p.tableid, cols, 2)).toBe(JET_errInvalidParameter);
    expect(cols[0].err).toBe(99);
    expect(copyOf(w, p.tableid, p.id).rc).toBe(JET_wrnColumnNull);
  });
});

describe('JetSetColumn: left-out and NULL arguments', () => {
  it('a JET_SETINFO left out (undefined) is the first value, as NULL is', () => {
    const { w, p } = people();
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    const setColumn = w.api.JetSetColumn as (...args: unknown[]) => number;
    expect(setColumn(w.ses, p.tableid, p.id, int32(5), 4, 0)).toBe(JET_errSuccess);
    expect(copyOf(w, p.tableid, p.id)).toEqual({ rc: JET_errSuccess, bytes: [5, 0, 0, 0] });
  });

  it('JET_bitSetSizeLV with undefined data resizes as NULL data does (cbData counts, no bytes are read)', () => {
    const { w, p, blob } = people();
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, p.tableid, p.id, int32(1), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, p.tableid, blob, Uint8Array.of(1, 2, 3, 4, 5), 5, 0, null)).toBe(JET_errSuccess);
    const setColumn = w.api.JetSetColumn as (...args: unknown[]) => number;
    expect(setColumn(w.ses, p.tableid, blob, undefined, 2, JET_bitSetSizeLV, null)).toBe(JET_errSuccess);
    expect(copyOf(w, p.tableid, blob)).toEqual({ rc: JET_errSuccess, bytes: [1, 2] });
    expect(setColumn(w.ses, p.tableid, blob, undefined, 4, JET_bitSetSizeLV, undefined)).toBe(JET_errSuccess);
    expect(copyOf(w, p.tableid, blob)).toEqual({ rc: JET_errSuccess, bytes: [1, 2, 0, 0] });
  });

  it('JET_bitSetSizeLV with no data: 64 MiB is made, one byte more is OutOfMemory (an emulator limit)', () => {
    const { w, p, blob } = people();
    const MiB64 = 64 * 1024 * 1024;
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, p.tableid, blob, null, MiB64 + 1, JET_bitSetSizeLV, null)).toBe(JET_errOutOfMemory);
    expect(copyOf(w, p.tableid, blob).rc).toBe(JET_wrnColumnNull);
    expect(w.api.JetSetColumn(w.ses, p.tableid, blob, null, MiB64, JET_bitSetSizeLV, null)).toBe(JET_errSuccess);
    const size = out<number>(0);
    expect(w.api.JetRetrieveColumn(w.ses, p.tableid, blob, null, 0, size, JET_bitRetrieveCopy, null)).toBe(JET_wrnBufferTruncated);
    expect(size.value).toBe(MiB64);
  });
});

describe('JetRetrieveColumn with JET_bitRetrievePhysicalSize (fldext.cxx ErrIsamRetrieveColumn)', () => {
  function withRecord(): { w: Isam; p: People } {
    const { w, p } = people();
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, p.tableid, p.id, int32(1), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, p.tableid, null, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    return { w, p };
  }

  it('any grbit but JET_bitRetrieveCopy with it is InvalidGrbit; with RetrieveCopy the size is read', () => {
    const { w, p } = withRecord();
    const size = out<number>(0);
    expect(w.api.JetRetrieveColumn(w.ses, p.tableid, p.id, null, 0, size, JET_bitRetrievePhysicalSize | JET_bitRetrieveIgnoreDefault, null))
      .toBe(JET_errInvalidGrbit);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepReplace)).toBe(JET_errSuccess);
    expect(w.api.JetRetrieveColumn(w.ses, p.tableid, p.id, null, 0, size, JET_bitRetrievePhysicalSize | JET_bitRetrieveCopy, null))
      .toBe(JET_errSuccess);
    expect(size.value).toBe(4);
  });

  it('no pcbActual, or an ibLongValue other than 0, is InvalidParameter', () => {
    const { w, p } = withRecord();
    expect(w.api.JetRetrieveColumn(w.ses, p.tableid, p.id, null, 0, null, JET_bitRetrievePhysicalSize, null)).toBe(JET_errInvalidParameter);
    const info: JET_RETINFO = { ibLongValue: 1, itagSequence: 1, columnidNextTagged: 0 as JET_COLUMNID };
    expect(w.api.JetRetrieveColumn(w.ses, p.tableid, p.id, null, 0, out<number>(0), JET_bitRetrievePhysicalSize, info))
      .toBe(JET_errInvalidParameter);
    info.ibLongValue = 0;
    expect(w.api.JetRetrieveColumn(w.ses, p.tableid, p.id, null, 0, out<number>(0), JET_bitRetrievePhysicalSize, info)).toBe(JET_errSuccess);
  });
});

describe('itagSequence written back only for JET_bitRetrieveFromIndex | JET_bitRetrieveTag with a JET_RETINFO', () => {
  /** tags: id (primary), tag Long tagged multi-valued with index byTag; one record, id 1, tags 10 and 20; on byTag's 10. */
  function tagged(): { w: Isam; t: JET_TABLEID; tag: JET_COLUMNID } {
    const w = isam();
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'tags', 0, 100, box)).toBe(JET_errSuccess);
    const t = box.value;
    const id = addColumn(w.api, w.ses, t, 'id', { coltyp: JET_coltypLong });
    const tag = addColumn(w.api, w.ses, t, 'tag', { coltyp: JET_coltypLong, grbit: JET_bitColumnTagged | JET_bitColumnMultiValued });
    expect(createIndex(w.api, w.ses, t, 'primary', JET_bitIndexPrimary | JET_bitIndexUnique, '+id')).toBe(JET_errSuccess);
    expect(createIndex(w.api, w.ses, t, 'byTag', 0, '+tag')).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, id, int32(1), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, tag, int32(10), 4, 0, { itagSequence: 0 })).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, tag, int32(20), 4, 0, { itagSequence: 0 })).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetSetCurrentIndex(w.ses, t, 'byTag')).toBe(JET_errSuccess);
    expect(w.api.JetMakeKey(w.ses, t, int32(10), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(w.api.JetSeek(w.ses, t, JET_bitSeekEQ)).toBe(JET_errSuccess);
    return { w, t, tag };
  }

  const info = (itag: number): JET_RETINFO => ({ ibLongValue: 0, itagSequence: itag, columnidNextTagged: 0 as JET_COLUMNID });

  it('JetRetrieveColumn: a plain read of value 2, or FromIndex without Tag, leaves itagSequence as given', () => {
    const { w, t, tag } = tagged();
    const buf = new Uint8Array(4);
    const plain = info(2);
    expect(w.api.JetRetrieveColumn(w.ses, t, tag, buf, 4, null, 0, plain)).toBe(JET_errSuccess);
    expect([readInt32(buf), plain.itagSequence]).toEqual([20, 2]);
    const fromIndex = info(2);
    expect(w.api.JetRetrieveColumn(w.ses, t, tag, buf, 4, null, JET_bitRetrieveFromIndex, fromIndex)).toBe(JET_errSuccess);
    expect([readInt32(buf), fromIndex.itagSequence]).toEqual([10, 2]);
    const tagBit = info(2);
    expect(w.api.JetRetrieveColumn(w.ses, t, tag, buf, 4, null, JET_bitRetrieveFromIndex | JET_bitRetrieveTag, tagBit)).toBe(JET_errSuccess);
    expect([readInt32(buf), tagBit.itagSequence]).toEqual([10, 1]);
  });

  it('JetRetrieveColumn: FromIndex | Tag with the JET_RETINFO left out reads the value; with an unwritable itagSequence, InvalidParameter', () => {
    const { w, t, tag } = tagged();
    const buf = new Uint8Array(4);
    const retrieve = w.api.JetRetrieveColumn as (...args: unknown[]) => number;
    expect(retrieve(w.ses, t, tag, buf, 4, null, JET_bitRetrieveFromIndex | JET_bitRetrieveTag)).toBe(JET_errSuccess);
    expect(readInt32(buf)).toBe(10);
    const fixed = info(2);
    Object.defineProperty(fixed, 'itagSequence', { value: 2, writable: false, enumerable: true });
    expect(w.api.JetRetrieveColumn(w.ses, t, tag, buf, 4, null, JET_bitRetrieveFromIndex | JET_bitRetrieveTag, fixed)).toBe(JET_errInvalidParameter);
  });

  it('JetRetrieveColumns: a plain read of value 2, or FromIndex without Tag, leaves itagSequence; FromIndex | Tag with it unwritable is InvalidParameter', () => {
    const { w, t, tag } = tagged();
    const c: JET_RETRIEVECOLUMN = { columnid: tag, pvData: new Uint8Array(4), cbData: 4, grbit: 0, itagSequence: 2 };
    expect(w.api.JetRetrieveColumns(w.ses, t, [c], 1)).toBe(JET_errSuccess);
    expect([readInt32(c.pvData as Uint8Array), c.itagSequence, c.err]).toEqual([20, 2, JET_errSuccess]);
    const fromIndex: JET_RETRIEVECOLUMN = { columnid: tag, pvData: new Uint8Array(4), cbData: 4, grbit: JET_bitRetrieveFromIndex, itagSequence: 2 };
    expect(w.api.JetRetrieveColumns(w.ses, t, [fromIndex], 1)).toBe(JET_errSuccess);
    expect([readInt32(fromIndex.pvData as Uint8Array), fromIndex.itagSequence]).toEqual([10, 2]);
    const fixed: JET_RETRIEVECOLUMN = { columnid: tag, pvData: new Uint8Array(4), cbData: 4, grbit: JET_bitRetrieveFromIndex | JET_bitRetrieveTag };
    Object.defineProperty(fixed, 'itagSequence', { value: 2, writable: false, enumerable: true });
    expect(w.api.JetRetrieveColumns(w.ses, t, [fixed], 1)).toBe(JET_errInvalidParameter);
  });

  it('JetRetrieveColumns: counting the values (itagSequence 0) needs itagSequence and columnidNextTagged writable', () => {
    const { w, t, tag } = tagged();
    const counted: JET_RETRIEVECOLUMN = { columnid: tag, pvData: null, cbData: 0, grbit: 0, itagSequence: 0 };
    expect(w.api.JetRetrieveColumns(w.ses, t, [counted], 1)).toBe(JET_errSuccess);
    expect([counted.itagSequence, counted.columnidNextTagged]).toEqual([2, tag]);
    for (const field of ['itagSequence', 'columnidNextTagged']) {
      const c: JET_RETRIEVECOLUMN = { columnid: tag, pvData: null, cbData: 0, grbit: 0, itagSequence: 0, columnidNextTagged: 0 as JET_COLUMNID };
      Object.defineProperty(c, field, { value: 0, writable: false, enumerable: true });
      expect(w.api.JetRetrieveColumns(w.ses, t, [c], 1)).toBe(JET_errInvalidParameter);
    }
  });

  it("JetRetrieveColumns: an entry whose err or cbActual cannot be written is InvalidParameter before any is read", () => {
    const { w, t, tag } = tagged();
    for (const field of ['err', 'cbActual']) {
      const first: JET_RETRIEVECOLUMN = { columnid: tag, pvData: new Uint8Array(4), cbData: 4, grbit: 0, itagSequence: 1, cbActual: 77 };
      const c: JET_RETRIEVECOLUMN = { columnid: tag, pvData: new Uint8Array(4), cbData: 4, grbit: 0, itagSequence: 1 };
      Object.defineProperty(c, field, { value: 0, writable: false, enumerable: true });
      expect(w.api.JetRetrieveColumns(w.ses, t, [first, c], 2)).toBe(JET_errInvalidParameter);
      expect(first.cbActual).toBe(77);
    }
  });
});

describe('JetRetrieveColumns: what is checked before any entry, and the entry that fails (fldext.cxx ErrRECRetrieveColumns)', () => {
  const entry = (columnid: JET_COLUMNID): JET_RETRIEVECOLUMN =>
    ({ columnid, pvData: new Uint8Array(4), cbData: 4, grbit: 0, itagSequence: 1, cbActual: 77, err: 99 });

  it('a sort: IllegalOperation while rows go in, NoCurrentRecord off a row (entries untouched), Success on one, with no entry', () => {
    const w = isam();
    const api = w.emu.api;
    const s = openSort(api, w.ses);
    expect(api.JetRetrieveColumns(w.ses, s.tableid, [], 0)).toBe(JET_errIllegalOperation);
    expect(insert(api, w.ses, s.tableid, s.col, 5)).toBe(JET_errSuccess);
    expect(api.JetMove(w.ses, s.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(api.JetRetrieveColumns(w.ses, s.tableid, [], 0)).toBe(JET_errSuccess);
    expect(api.JetMove(w.ses, s.tableid, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    expect(api.JetRetrieveColumns(w.ses, s.tableid, [], 0)).toBe(JET_errNoCurrentRecord);
    const one = entry(s.col);
    expect(api.JetRetrieveColumns(w.ses, s.tableid, [one], 1)).toBe(JET_errNoCurrentRecord);
    expect([one.err, one.cbActual]).toEqual([99, 77]);
  });

  it('a materialized temp table and a regular table read per entry: off a record, no entry is Success', () => {
    const w = isam();
    const api = w.emu.api;
    const m = openSort(api, w.ses, 0, true);
    expect(api.JetRetrieveColumns(w.ses, m.tableid, [], 0)).toBe(JET_errSuccess);
    expect(api.JetRetrieveColumns(w.ses, m.tableid, [entry(m.col)], 1)).toBe(JET_errNoCurrentRecord);
    const t = people();
    // The creator's cursor on the new (empty) table is on no record.
    expect(t.w.api.JetRetrieveColumns(t.w.ses, t.p.tableid, [], 0)).toBe(JET_errSuccess);
    expect(t.w.api.JetRetrieveColumns(t.w.ses, t.p.tableid, [entry(t.p.id)], 1)).toBe(JET_errNoCurrentRecord);
  });

  it('a regular table: the entries before a failing one are done, it and the ones after it keep what they held', () => {
    const { w, p } = people();
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, p.tableid, p.id, int32(3), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, p.tableid, null, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    const cols = [entry(p.id), entry(9999 as JET_COLUMNID), entry(p.age)];
    expect(w.api.JetRetrieveColumns(w.ses, p.tableid, cols, 3)).toBe(JET_errColumnNotFound);
    expect(cols.map((c) => [c.err, c.cbActual])).toEqual([[JET_errSuccess, 4], [99, 77], [99, 77]]);
    expect(readInt32(cols[0].pvData as Uint8Array)).toBe(3);
  });
});
