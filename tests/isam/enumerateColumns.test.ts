/**
 * JetEnumerateColumns, as fldenum.cxx settles it.
 *
 * Every column (cEnumColumnId 0, ErrRECEnumerateAllColumns): the record's columns in column-id order (a union of the
 * fixed, variable and tagged iterators, each walking its class in id order); a fixed or variable column inside the
 * record's stored range but NULL is listed with JET_wrnColumnNull; a tagged column that is not in the record is not
 * listed; JET_bitEnumerateTaggedOnly keeps the tagged ones. A column with values has err 0 and one JET_ENUMCOLUMNVALUE
 * per value (itagSequence 1, 2...); with JET_bitEnumerateCompressOutput a single value sits in the JET_ENUMCOLUMN itself
 * (JET_wrnColumnSingleValue); with JET_bitEnumeratePresenceOnly a column with values is only JET_wrnColumnPresent.
 *
 * Requested columns (ErrRECEnumerateReqColumns): in the order asked; columnid 0 is JET_wrnColumnSkipped; an unknown
 * column has its own err (ColumnNotFound, BadColumnId for an id beyond 16 bits) and the call returns the first such
 * error with the results; a column that is not there is JET_wrnColumnNull, or JET_wrnColumnDefault with
 * JET_bitEnumerateIgnoreDefault; with ctagSequence the values asked for (itag 0: JET_wrnColumnSkipped, past the last
 * value: JET_wrnColumnNull). JET_bitEnumerateTaggedOnly is InvalidGrbit here.
 *
 * Long values stored outside the record (over cbLVIntrinsicMost) are cut at cbDataMost with JET_wrnColumnTruncated,
 * or with JET_bitEnumerateInRecordOnly reported as JET_wrnColumnNotInRecord; values in the record are never cut.
 * Grbits: unknown bits and JET_bitEnumerateLocal are InvalidGrbit, so is InRecordOnly with AsRefIfNotInRecord.
 * JET_bitEnumerateCopy reads the prepared update. A sort that still collects rows has ErrIllegalEnumerateColumns.
 */
import {
  out, JET_bitColumnMultiValued, JET_bitColumnTagged, JET_bitColumnUserDefinedDefault, JET_bitEnumerateIgnoreUserDefinedDefault,
  JET_errCallbackFailed, JET_errRecordDeleted, JET_bitEnumerateAsRefIfNotInRecord, JET_bitEnumerateCompressOutput,
  JET_bitEnumerateCopy, JET_bitEnumerateIgnoreDefault, JET_bitEnumerateInRecordOnly, JET_bitEnumerateLocal,
  JET_bitEnumeratePresenceOnly, JET_bitEnumerateTaggedOnly, JET_coltypBinary, JET_coltypLong, JET_coltypLongBinary,
  JET_coltypText, JET_errBadColumnId, JET_errColumnNotFound, JET_errIllegalOperation, JET_errInvalidGrbit,
  JET_errNoCurrentRecord, JET_errSuccess, JET_MoveFirst, JET_prepInsert, JET_prepReplace, JET_wrnColumnDefault,
  JET_wrnColumnNotInRecord, JET_wrnColumnNull, JET_wrnColumnPresent, JET_wrnColumnSingleValue, JET_wrnColumnSkipped,
  JET_wrnColumnTruncated,
} from '../../src';
import type { JET_COLUMNID, JET_ENUMCOLUMN, JET_ENUMCOLUMNID, JET_TABLEID } from '../../src';
import { addColumn, ascii, int32, isam } from '../support/isam';
import type { Isam } from '../support/isam';

interface Things {
  t: JET_TABLEID;
  a: JET_COLUMNID;
  b: JET_COLUMNID;
  c: JET_COLUMNID;
  s: JET_COLUMNID;
  v: JET_COLUMNID;
  tags: JET_COLUMNID;
  blob: JET_COLUMNID;
}

/** things: fixed a, b, c (Long), variable s, v (Text), tagged multi-valued tags (Binary), tagged blob (LongBinary). */
function things(w: Isam): Things {
  const box = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, 'things', 0, 100, box)).toBe(JET_errSuccess);
  const t = box.value;
  return {
    t,
    a: addColumn(w.api, w.ses, t, 'a', { coltyp: JET_coltypLong }),
    b: addColumn(w.api, w.ses, t, 'b', { coltyp: JET_coltypLong }),
    c: addColumn(w.api, w.ses, t, 'c', { coltyp: JET_coltypLong }),
    s: addColumn(w.api, w.ses, t, 's', { coltyp: JET_coltypText, cbMax: 32 }),
    v: addColumn(w.api, w.ses, t, 'v', { coltyp: JET_coltypText, cbMax: 32 }),
    tags: addColumn(w.api, w.ses, t, 'tags', { coltyp: JET_coltypBinary, grbit: JET_bitColumnTagged | JET_bitColumnMultiValued }),
    blob: addColumn(w.api, w.ses, t, 'blob', { coltyp: JET_coltypLongBinary }),
  };
}

/** Insert one record with the values given (an array: several values of a multi-valued column) and stay on it. */
function insert(w: Isam, t: JET_TABLEID, values: Array<[JET_COLUMNID, Uint8Array | Uint8Array[]]>): void {
  // lv.cxx ErrRECSetLongField: long values are set only inside a transaction (blob is LongBinary); committed at once.
  expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
  expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
  for (const [col, v] of values) {
    // Several values: each added with itagSequence 0 (without a JET_SETINFO the engine sets value 1, fldmod.cxx).
    for (const one of Array.isArray(v) ? v : [v]) expect(w.api.JetSetColumn(w.ses, t, col, one, one.length, 0, { itagSequence: 0 })).toBe(JET_errSuccess);
  }
  expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
  expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
}

function enumerate(w: Isam, t: JET_TABLEID, ids: JET_ENUMCOLUMNID[], grbit = 0, cbDataMost = 0x7fffffff): { rc: number; count: number; columns: JET_ENUMCOLUMN[] | null } {
  const count = out<number>(-1);
  const columns = out<JET_ENUMCOLUMN[] | null>();
  const rc = w.emu.api.JetEnumerateColumns(w.ses, t, ids.length, ids, count, columns, null, null, cbDataMost, grbit);
  return { rc, count: count.value, columns: columns.value };
}

function values(...list: Uint8Array[]) {
  return { err: JET_errSuccess, cEnumColumnValue: list.length, rgEnumColumnValue: list.map((v, i) => ({ itagSequence: i + 1, err: JET_errSuccess, cbData: v.length, pvData: v })) };
}

function none(columnid: number, err: number) {
  return { columnid, err, cEnumColumnValue: 0, rgEnumColumnValue: null };
}

describe('JetEnumerateColumns, every column', () => {
  it('lists the record by column id: a NULL fixed column below a set one, values of a multi-valued column in order', () => {
    const w = isam();
    const x = things(w);
    insert(w, x.t, [[x.b, int32(7)], [x.s, ascii('hi')], [x.tags, [ascii('p'), ascii('q')]]]);
    const r = enumerate(w, x.t, []);
    expect(r.rc).toBe(JET_errSuccess);
    expect(r.count).toBe(4);
    expect(r.columns).toEqual([
      none(x.a, JET_wrnColumnNull),
      { columnid: x.b, ...values(int32(7)) },
      { columnid: x.s, ...values(ascii('hi')) },
      { columnid: x.tags, ...values(ascii('p'), ascii('q')) },
    ]);
  });

  it('CompressOutput puts a single value in the column struct; PresenceOnly only says the column is there', () => {
    const w = isam();
    const x = things(w);
    insert(w, x.t, [[x.a, int32(1)], [x.tags, [ascii('p'), ascii('q')]], [x.blob, ascii('data')]]);
    expect(enumerate(w, x.t, [], JET_bitEnumerateCompressOutput).columns).toEqual([
      { columnid: x.a, err: JET_wrnColumnSingleValue, cbData: 4, pvData: int32(1) },
      { columnid: x.tags, ...values(ascii('p'), ascii('q')) },
      { columnid: x.blob, err: JET_wrnColumnSingleValue, cbData: 4, pvData: ascii('data') },
    ]);
    expect(enumerate(w, x.t, [], JET_bitEnumeratePresenceOnly).columns).toEqual([
      none(x.a, JET_wrnColumnPresent), none(x.tags, JET_wrnColumnPresent), none(x.blob, JET_wrnColumnPresent),
    ]);
  });

  it('TaggedOnly keeps the tagged columns', () => {
    const w = isam();
    const x = things(w);
    insert(w, x.t, [[x.a, int32(1)], [x.v, ascii('z')], [x.blob, ascii('data')]]);
    expect(enumerate(w, x.t, [], JET_bitEnumerateTaggedOnly).columns?.map((c) => c.columnid)).toEqual([x.blob]);
    // s (128) is NULL below v (129), which is set: it is listed as NULL.
    expect(enumerate(w, x.t, []).columns?.map((c) => [c.columnid, c.err])).toEqual([
      [x.a, 0], [x.s, JET_wrnColumnNull], [x.v, 0], [x.blob, 0],
    ]);
  });

  it('hands out copies: changing them changes nothing', () => {
    const w = isam();
    const x = things(w);
    insert(w, x.t, [[x.a, int32(5)]]);
    const first = enumerate(w, x.t, [], JET_bitEnumerateCompressOutput).columns as Array<{ pvData: Uint8Array }>;
    first[0].pvData[0] = 99;
    expect(enumerate(w, x.t, [], JET_bitEnumerateCompressOutput).columns).toEqual([
      { columnid: x.a, err: JET_wrnColumnSingleValue, cbData: 4, pvData: int32(5) },
    ]);
  });
});

describe('JetEnumerateColumns, requested columns', () => {
  it('answers each request in order: skipped, NULL, values, chosen itagSequences', () => {
    const w = isam();
    const x = things(w);
    insert(w, x.t, [[x.s, ascii('hi')], [x.tags, [ascii('p'), ascii('q')]]]);
    const r = enumerate(w, x.t, [
      { columnid: x.s }, { columnid: 0 as JET_COLUMNID }, { columnid: x.blob },
      { columnid: x.tags, ctagSequence: 3, rgtagSequence: [2, 0, 5] },
    ]);
    expect(r.rc).toBe(JET_errSuccess);
    expect(r.count).toBe(4);
    expect(r.columns).toEqual([
      { columnid: x.s, ...values(ascii('hi')) },
      none(0, JET_wrnColumnSkipped),
      none(x.blob, JET_wrnColumnNull),
      {
        columnid: x.tags, err: JET_errSuccess, cEnumColumnValue: 3, rgEnumColumnValue: [
          { itagSequence: 2, err: JET_errSuccess, cbData: 1, pvData: ascii('q') },
          { itagSequence: 0, err: JET_wrnColumnSkipped, cbData: 0, pvData: null },
          { itagSequence: 5, err: JET_wrnColumnNull, cbData: 0, pvData: null },
        ],
      },
    ]);
  });

  it('IgnoreDefault: a column not in the record is JET_wrnColumnDefault; PresenceOnly marks values present', () => {
    const w = isam();
    const x = things(w);
    insert(w, x.t, [[x.a, int32(1)]]);
    const r = enumerate(w, x.t, [
      { columnid: x.blob }, { columnid: x.blob, ctagSequence: 1, rgtagSequence: [1] },
      { columnid: x.a, ctagSequence: 2, rgtagSequence: [1, 2] },
    ], JET_bitEnumerateIgnoreDefault | JET_bitEnumeratePresenceOnly);
    expect(r.columns).toEqual([
      none(x.blob, JET_wrnColumnDefault),
      { columnid: x.blob, err: JET_errSuccess, cEnumColumnValue: 1, rgEnumColumnValue: [{ itagSequence: 1, err: JET_wrnColumnDefault, cbData: 0, pvData: null }] },
      {
        // The column is in the record: a value past its last is NULL, not default.
        columnid: x.a, err: JET_errSuccess, cEnumColumnValue: 2, rgEnumColumnValue: [
          { itagSequence: 1, err: JET_wrnColumnPresent, cbData: 0, pvData: null },
          { itagSequence: 2, err: JET_wrnColumnNull, cbData: 0, pvData: null },
        ],
      },
    ]);
  });

  it('returns the first bad column id with the results, each bad column carrying its own error', () => {
    const w = isam();
    const x = things(w);
    insert(w, x.t, [[x.a, int32(1)]]);
    const r = enumerate(w, x.t, [{ columnid: 0x10001 as JET_COLUMNID }, { columnid: x.a }, { columnid: 300 as JET_COLUMNID }]);
    expect(r.rc).toBe(JET_errBadColumnId);
    expect(r.count).toBe(3);
    expect(r.columns?.map((c) => c.err)).toEqual([JET_errBadColumnId, JET_errSuccess, JET_errColumnNotFound]);
    expect(enumerate(w, x.t, [{ columnid: 300 as JET_COLUMNID }]).rc).toBe(JET_errColumnNotFound);
  });

  it('TaggedOnly is InvalidGrbit when columns are requested', () => {
    const w = isam();
    const x = things(w);
    insert(w, x.t, [[x.a, int32(1)]]);
    expect(enumerate(w, x.t, [{ columnid: x.a }], JET_bitEnumerateTaggedOnly).rc).toBe(JET_errInvalidGrbit);
  });
});

describe('JetEnumerateColumns: long values, grbits, currency', () => {
  it('cuts a long value kept outside the record at cbDataMost, never one inside it', () => {
    const w = isam();
    const x = things(w);
    const big = new Uint8Array(2000).map((_, i) => i & 0xff);
    insert(w, x.t, [[x.blob, big], [x.tags, ascii('abcdefgh')]]);
    const r = enumerate(w, x.t, [], 0, 100);
    expect(r.columns).toEqual([
      { columnid: x.tags, ...values(ascii('abcdefgh')) },
      { columnid: x.blob, err: JET_errSuccess, cEnumColumnValue: 1, rgEnumColumnValue: [{ itagSequence: 1, err: JET_wrnColumnTruncated, cbData: 100, pvData: big.slice(0, 100) }] },
    ]);
    const small = enumerate(w, x.t, [{ columnid: x.tags }], 0, 2).columns as Array<{ rgEnumColumnValue: Array<{ cbData: number }> }>;
    expect(small[0].rgEnumColumnValue[0].cbData).toBe(8);
    const inRecord = enumerate(w, x.t, [{ columnid: x.blob }], JET_bitEnumerateInRecordOnly).columns as Array<{ rgEnumColumnValue: unknown[] }>;
    expect(inRecord[0].rgEnumColumnValue).toEqual([{ itagSequence: 1, err: JET_wrnColumnNotInRecord, cbData: 0, pvData: null }]);
    // Outside the record but shorter than cbDataMost: whole.
    const whole = enumerate(w, x.t, [{ columnid: x.blob }], 0, 5000).columns as Array<{ rgEnumColumnValue: Array<{ err: number; cbData: number }> }>;
    expect(whole[0].rgEnumColumnValue[0]).toMatchObject({ err: JET_errSuccess, cbData: 2000 });
  });

  it('refuses unknown grbits, JET_bitEnumerateLocal, and InRecordOnly with AsRefIfNotInRecord', () => {
    const w = isam();
    const x = things(w);
    insert(w, x.t, [[x.a, int32(1)]]);
    for (const grbit of [0x8, JET_bitEnumerateLocal, JET_bitEnumerateInRecordOnly | JET_bitEnumerateAsRefIfNotInRecord]) {
      const r = enumerate(w, x.t, [], grbit);
      expect(r).toEqual({ rc: JET_errInvalidGrbit, count: 0, columns: null });
    }
  });

  it('Copy reads the prepared update; AsRefIfNotInRecord is refused while one is prepared', () => {
    const w = isam();
    const x = things(w);
    insert(w, x.t, [[x.a, int32(1)]]);
    expect(w.api.JetPrepareUpdate(w.ses, x.t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, x.t, x.a, int32(2), 4, 0, null)).toBe(JET_errSuccess);
    const single = (grbit: number) => enumerate(w, x.t, [], grbit | JET_bitEnumerateCompressOutput).columns;
    expect(single(0)).toEqual([{ columnid: x.a, err: JET_wrnColumnSingleValue, cbData: 4, pvData: int32(1) }]);
    expect(single(JET_bitEnumerateCopy)).toEqual([{ columnid: x.a, err: JET_wrnColumnSingleValue, cbData: 4, pvData: int32(2) }]);
    expect(enumerate(w, x.t, [], JET_bitEnumerateAsRefIfNotInRecord).rc).toBe(JET_errInvalidGrbit);
  });

  it('needs a current record; the outputs are emptied', () => {
    const w = isam();
    const x = things(w);
    expect(enumerate(w, x.t, [])).toEqual({ rc: JET_errNoCurrentRecord, count: 0, columns: null });
  });
});

describe('JetEnumerateColumns: user-defined defaults and deleted records', () => {
  it('a table with a user-defined default is CallbackFailed, even before the record is read, unless defaults are ignored', () => {
    const w = isam();
    const x = things(w);
    // fcreate.cxx 1086-1087: the default of such a column is its JET_USERDEFINEDDEFAULT (x64: 32 bytes).
    addColumn(w.api, w.ses, x.t, 'udd', { coltyp: JET_coltypLong, grbit: JET_bitColumnTagged | JET_bitColumnUserDefinedDefault }, new Uint8Array(32));
    expect(enumerate(w, x.t, []).rc).toBe(JET_errCallbackFailed);
    insert(w, x.t, [[x.a, int32(1)]]);
    expect(enumerate(w, x.t, [{ columnid: x.a }]).rc).toBe(JET_errCallbackFailed);
    expect(enumerate(w, x.t, [], JET_bitEnumerateIgnoreDefault).rc).toBe(JET_errSuccess);
    expect(enumerate(w, x.t, [], JET_bitEnumerateIgnoreUserDefinedDefault).rc).toBe(JET_errSuccess);
  });

  it('a deleted current record is RecordDeleted', () => {
    const w = isam();
    const x = things(w);
    insert(w, x.t, [[x.a, int32(1)]]);
    expect(w.api.JetDelete(w.ses, x.t)).toBe(JET_errSuccess);
    expect(enumerate(w, x.t, []).rc).toBe(JET_errRecordDeleted);
  });
});

describe('JetEnumerateColumns on sorts', () => {
  it('is illegal while the sort collects rows, then lists the current row', () => {
    const w = isam();
    const box = out<JET_TABLEID>();
    const ids: JET_COLUMNID[] = [];
    expect(w.api.JetOpenTempTable(w.ses, [{ coltyp: JET_coltypLong, grbit: 0x40 }, { coltyp: JET_coltypText }], 2, 0, box, ids)).toBe(JET_errSuccess);
    const t = box.value;
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, ids[0], int32(4), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(enumerate(w, t, []).rc).toBe(JET_errIllegalOperation);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(enumerate(w, t, [{ columnid: ids[1] }, { columnid: ids[0] }])).toEqual({
      rc: JET_errSuccess, count: 2, columns: [none(ids[1], JET_wrnColumnNull), { columnid: ids[0], ...values(int32(4)) }],
    });
  });
});
