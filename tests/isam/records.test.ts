/**
 * Records of regular tables: insert / replace / delete / retrieve, NULL versus zero-length, fixed-size checks,
 * cbMax, NotNULL, unique and primary keys, RecordPrimaryChanged, a failed JetUpdate staying prepared,
 * JetSetColumns / JetRetrieveColumns, RetrieveCopy and default values (fldmod.cxx, recupd.cxx).
 */
import {
  out,
  JET_bitColumnNotNULL, JET_bitColumnTagged, JET_bitIndexUnique, JET_bitRetrieveCopy, JET_bitSeekEQ, JET_bitSetZeroLength,
  JET_coltypBinary, JET_coltypBit, JET_coltypCurrency, JET_coltypDateTime, JET_coltypGUID, JET_coltypIEEEDouble,
  JET_coltypLong, JET_coltypLongLong, JET_coltypShort, JET_coltypText, JET_coltypUnsignedByte,
  JET_errAlreadyPrepared, JET_errColumnNotFound, JET_errColumnTooBig, JET_errInvalidBufferSize, JET_errKeyDuplicate,
  JET_errNoCurrentRecord, JET_errNullInvalid, JET_errRecordPrimaryChanged, JET_errSuccess, JET_errUpdateNotPrepared,
  JET_MoveFirst, JET_prepCancel, JET_prepInsert, JET_prepReplace, JET_wrnBufferTruncated, JET_wrnColumnMaxTruncated,
  JET_wrnColumnNull,
} from '../../src';
import type { JET_COLUMNID, JET_RETRIEVECOLUMN, JET_SETCOLUMN, JET_TABLEID } from '../../src';
import {
  addColumn, ascii, createIndex, createPeople, fill, fromAscii, insertPerson, int32, intOf, isam, peopleIds, readInt32,
  retrieve, seekInt, self, textOf,
} from '../support/isam';
import type { Isam, People } from '../support/isam';

function people(): { w: Isam; p: People } {
  const w = isam();
  return { w, p: createPeople(w.api, self(w)) };
}

function set(w: Isam, t: JET_TABLEID, col: JET_COLUMNID, data: Uint8Array | null, grbit = 0): number {
  return w.api.JetSetColumn(w.ses, t, col, data, data === null ? 0 : data.length, grbit, null);
}

function goto(w: Isam, p: People, id: number): void {
  expect(seekInt(w.api, w.ses, p.tableid, id, JET_bitSeekEQ)).toBe(JET_errSuccess);
}

describe('insert and retrieve', () => {
  it('stores every column and reads it back; an unset column is NULL: wrnColumnNull with cbActual 0', () => {
    const { w, p } = people();
    expect(insertPerson(w.api, w.ses, p, 7, 'seven', 70)).toBe(JET_errSuccess);
    goto(w, p, 7);
    expect(intOf(w.api, w.ses, p.tableid, p.id)).toBe(7);
    expect(textOf(w.api, w.ses, p.tableid, p.name)).toBe('seven');
    expect(intOf(w.api, w.ses, p.tableid, p.age)).toBe(70);
    const cb = out<number>(99);
    expect(w.api.JetRetrieveColumn(w.ses, p.tableid, p.note, new Uint8Array(8), 8, cb, 0, null)).toBe(JET_wrnColumnNull);
    expect(cb.value).toBe(0);
  });

  it('a buffer too small gets the first bytes, wrnBufferTruncated and the full size in cbActual', () => {
    const { w, p } = people();
    expect(insertPerson(w.api, w.ses, p, 7, 'seventeen', 70)).toBe(JET_errSuccess);
    goto(w, p, 7);
    const buf = new Uint8Array(4);
    const cb = out<number>(0);
    expect(w.api.JetRetrieveColumn(w.ses, p.tableid, p.name, buf, 4, cb, 0, null)).toBe(JET_wrnBufferTruncated);
    expect([fromAscii(buf), cb.value]).toEqual(['seve', 9]);
  });

  it('every fixed type round-trips its bytes', () => {
    const w = isam();
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'types', 0, 100, box)).toBe(JET_errSuccess);
    const t = box.value;
    const cases: Array<[number, number]> = [[JET_coltypBit, 1], [JET_coltypUnsignedByte, 1], [JET_coltypShort, 2],
      [JET_coltypLong, 4], [JET_coltypLongLong, 8], [JET_coltypCurrency, 8], [JET_coltypIEEEDouble, 8],
      [JET_coltypDateTime, 8], [JET_coltypGUID, 16]];
    const cols = cases.map(([coltyp], i) => addColumn(w.api, w.ses, t, `c${i}`, { coltyp }));
    const values = cases.map(([, size], i) => Uint8Array.from({ length: size }, (_, j) => (i * 16 + j + 1) & 0xff));
    values[0] = Uint8Array.of(0xff); // a Bit column
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    cols.forEach((c, i) => expect(set(w, t, c, values[i])).toBe(JET_errSuccess));
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    cols.forEach((c, i) => expect(retrieve(w.api, w.ses, t, c).data?.length).toBe(cases[i][1]));
    cols.slice(1).forEach((c, i) => expect(retrieve(w.api, w.ses, t, c).data).toEqual(values[i + 1]));
  });

  it('a fixed-size column given another length is InvalidBufferSize (fldmod.cxx:2430-2440, 3145-3185)', () => {
    const w = isam();
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'sizes', 0, 100, box)).toBe(JET_errSuccess);
    const t = box.value;
    const long = addColumn(w.api, w.ses, t, 'long', { coltyp: JET_coltypLong });
    const short = addColumn(w.api, w.ses, t, 'short', { coltyp: JET_coltypShort });
    const guid = addColumn(w.api, w.ses, t, 'guid', { coltyp: JET_coltypGUID });
    const tagged = addColumn(w.api, w.ses, t, 'tlong', { coltyp: JET_coltypLong, grbit: JET_bitColumnTagged });
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(set(w, t, long, new Uint8Array(2))).toBe(JET_errInvalidBufferSize);
    expect(set(w, t, long, new Uint8Array(8))).toBe(JET_errInvalidBufferSize);
    expect(set(w, t, short, new Uint8Array(4))).toBe(JET_errInvalidBufferSize);
    expect(set(w, t, guid, new Uint8Array(8))).toBe(JET_errInvalidBufferSize);
    expect(set(w, t, tagged, new Uint8Array(3))).toBe(JET_errInvalidBufferSize);
    expect(set(w, t, long, int32(1))).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
  });

  it('an unknown column id is ColumnNotFound; no prepared update is UpdateNotPrepared (fldmod.cxx:1963, recupd.cxx:993-996)', () => {
    const { w, p } = people();
    expect(set(w, p.tableid, p.id, int32(1))).toBe(JET_errUpdateNotPrepared);
    expect(w.api.JetUpdate(w.ses, p.tableid, null, 0, null)).toBe(JET_errUpdateNotPrepared);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepCancel)).toBe(JET_errUpdateNotPrepared);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsert)).toBe(JET_errAlreadyPrepared);
    expect(set(w, p.tableid, 77 as JET_COLUMNID, int32(1))).toBe(JET_errColumnNotFound);
    expect(set(w, p.tableid, 300 as JET_COLUMNID, int32(1))).toBe(JET_errColumnNotFound);
  });
});

describe('NULL and zero-length (fldmod.cxx:1843-1844, 2182-2196)', () => {
  it('Text: no data is NULL, JET_bitSetZeroLength stores an empty value', () => {
    const { w, p } = people();
    for (const [id, grbit] of [[1, 0], [2, JET_bitSetZeroLength]]) {
      expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsert)).toBe(JET_errSuccess);
      expect(set(w, p.tableid, p.id, int32(id))).toBe(JET_errSuccess);
      expect(set(w, p.tableid, p.name, new Uint8Array(0), grbit)).toBe(JET_errSuccess);
      expect(w.api.JetUpdate(w.ses, p.tableid, null, 0, null)).toBe(JET_errSuccess);
    }
    goto(w, p, 1);
    expect(retrieve(w.api, w.ses, p.tableid, p.name).rc).toBe(JET_wrnColumnNull);
    goto(w, p, 2);
    const r = retrieve(w.api, w.ses, p.tableid, p.name);
    expect(r.rc).toBe(JET_errSuccess);
    expect(r.data?.length).toBe(0);
  });

  it('a fixed column set to zero length is NULL even with JET_bitSetZeroLength (fldmod.cxx:2182-2186)', () => {
    const { w, p } = people();
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(set(w, p.tableid, p.id, int32(1))).toBe(JET_errSuccess);
    expect(set(w, p.tableid, p.age, new Uint8Array(0), JET_bitSetZeroLength)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, p.tableid, null, 0, null)).toBe(JET_errSuccess);
    goto(w, p, 1);
    expect(retrieve(w.api, w.ses, p.tableid, p.age).rc).toBe(JET_wrnColumnNull);
  });

  it('replacing a value with no data makes it NULL again', () => {
    const { w, p } = people();
    fill(w.api, w.ses, p, [[1, 'x', 5]]);
    goto(w, p, 1);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepReplace)).toBe(JET_errSuccess);
    expect(set(w, p.tableid, p.name, null)).toBe(JET_errSuccess);
    expect(set(w, p.tableid, p.age, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, p.tableid, null, 0, null)).toBe(JET_errSuccess);
    expect(retrieve(w.api, w.ses, p.tableid, p.name).rc).toBe(JET_wrnColumnNull);
    expect(retrieve(w.api, w.ses, p.tableid, p.age).rc).toBe(JET_wrnColumnNull);
  });

  it('NotNULL: setting NULL is NullInvalid at JetSetColumn, leaving it unset is NullInvalid at JetUpdate', () => {
    const w = isam();
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'nn', 0, 100, box)).toBe(JET_errSuccess);
    const t = box.value;
    const a = addColumn(w.api, w.ses, t, 'a', { coltyp: JET_coltypLong, grbit: JET_bitColumnNotNULL });
    const b = addColumn(w.api, w.ses, t, 'b', { coltyp: JET_coltypText, grbit: JET_bitColumnNotNULL });
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(set(w, t, a, null)).toBe(JET_errNullInvalid); // fldmod.cxx:2186-2189
    expect(set(w, t, b, null)).toBe(JET_errNullInvalid); // fldmod.cxx:2729-2731
    expect(set(w, t, a, int32(1))).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errNullInvalid); // recupd.cxx:1672
    expect(set(w, t, b, ascii('ok'))).toBe(JET_errSuccess); // still prepared
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
  });
});

describe('cbMax', () => {
  it('a variable Text column longer than cbMax is cut, with wrnColumnMaxTruncated (fldmod.cxx:2739-2745)', () => {
    const w = isam();
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'short', 0, 100, box)).toBe(JET_errSuccess);
    const t = box.value;
    const s = addColumn(w.api, w.ses, t, 's', { coltyp: JET_coltypText, cp: 1252, cbMax: 4 });
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(set(w, t, s, ascii('abcdef'))).toBe(JET_wrnColumnMaxTruncated);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(textOf(w.api, w.ses, t, s)).toBe('abcd');
  });

  it('a tagged Text or Binary column longer than cbMax is ColumnTooBig (fldmod.cxx:3130-3140)', () => {
    const w = isam();
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'tags', 0, 100, box)).toBe(JET_errSuccess);
    const t = box.value;
    const s = addColumn(w.api, w.ses, t, 's', { coltyp: JET_coltypText, cbMax: 4, grbit: JET_bitColumnTagged });
    const b = addColumn(w.api, w.ses, t, 'b', { coltyp: JET_coltypBinary, cbMax: 2, grbit: JET_bitColumnTagged });
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(set(w, t, s, ascii('abcde'))).toBe(JET_errColumnTooBig);
    expect(set(w, t, b, Uint8Array.of(1, 2, 3))).toBe(JET_errColumnTooBig);
    expect(set(w, t, s, ascii('abcd'))).toBe(JET_errSuccess);
  });
});

describe('keys on update', () => {
  it('a duplicate primary key is KeyDuplicate at JetUpdate, which stays prepared (bt.cxx:5723, recupd.cxx:1000-1004)', () => {
    const { w, p } = people();
    fill(w.api, w.ses, p, [[1, 'a', 1]]);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(set(w, p.tableid, p.id, int32(1))).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, p.tableid, null, 0, null)).toBe(JET_errKeyDuplicate);
    expect(set(w, p.tableid, p.id, int32(2))).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, p.tableid, null, 0, null)).toBe(JET_errSuccess);
    expect(peopleIds(w.api, w.ses, p)).toEqual([1, 2]);
  });

  it('a unique secondary index refuses a second equal key (recupd.cxx:2044-2107); a non-unique one accepts it', () => {
    const { w, p } = people();
    expect(createIndex(w.api, w.ses, p.tableid, 'uniqueAge', JET_bitIndexUnique, '+age')).toBe(JET_errSuccess);
    fill(w.api, w.ses, p, [[1, 'same', 10]]);
    expect(insertPerson(w.api, w.ses, p, 2, 'same', 10)).toBe(JET_errKeyDuplicate);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepCancel)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, w.ses, p, 2, 'same', 11)).toBe(JET_errSuccess);
    expect(peopleIds(w.api, w.ses, p)).toEqual([1, 2]);
  });

  it('a replace that changes the primary key is RecordPrimaryChanged and stays prepared (recupd.cxx:3056-3069)', () => {
    const { w, p } = people();
    fill(w.api, w.ses, p, [[1, 'a', 1]]);
    goto(w, p, 1);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepReplace)).toBe(JET_errSuccess);
    expect(set(w, p.tableid, p.id, int32(9))).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, p.tableid, null, 0, null)).toBe(JET_errRecordPrimaryChanged);
    expect(set(w, p.tableid, p.id, int32(1))).toBe(JET_errSuccess);
    expect(set(w, p.tableid, p.name, ascii('b'))).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, p.tableid, null, 0, null)).toBe(JET_errSuccess);
    expect(textOf(w.api, w.ses, p.tableid, p.name)).toBe('b');
    expect(peopleIds(w.api, w.ses, p)).toEqual([1]);
  });
});

describe('replace, delete, copy buffer', () => {
  it('replace changes only the columns set; JetPrepareUpdate(Replace) needs a current record', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepReplace)).toBe(JET_errNoCurrentRecord);
    fill(w.api, w.ses, p, [[1, 'a', 10], [2, 'b', 20]]);
    goto(w, p, 2);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepReplace)).toBe(JET_errSuccess);
    expect(set(w, p.tableid, p.age, int32(21))).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, p.tableid, null, 0, null)).toBe(JET_errSuccess);
    goto(w, p, 2);
    expect([textOf(w.api, w.ses, p.tableid, p.name), intOf(w.api, w.ses, p.tableid, p.age)]).toEqual(['b', 21]);
    goto(w, p, 1);
    expect(intOf(w.api, w.ses, p.tableid, p.age)).toBe(10);
  });

  it('JetDelete removes the record; JetPrepareUpdate(Cancel) leaves the record as it was', () => {
    const { w, p } = people();
    fill(w.api, w.ses, p, [[1, 'a', 10], [2, 'b', 20], [3, 'c', 30]]);
    goto(w, p, 2);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepReplace)).toBe(JET_errSuccess);
    expect(set(w, p.tableid, p.age, int32(99))).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepCancel)).toBe(JET_errSuccess);
    expect(set(w, p.tableid, p.age, int32(98))).toBe(JET_errUpdateNotPrepared);
    expect(intOf(w.api, w.ses, p.tableid, p.age)).toBe(20);
    expect(w.api.JetDelete(w.ses, p.tableid)).toBe(JET_errSuccess);
    expect(peopleIds(w.api, w.ses, p)).toEqual([1, 3]);
  });

  it('JetDelete cancels a prepared update (recupd.cxx:2341-2354)', () => {
    const { w, p } = people();
    fill(w.api, w.ses, p, [[1, 'a', 10], [2, 'b', 20]]);
    goto(w, p, 1);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepReplace)).toBe(JET_errSuccess);
    expect(w.api.JetDelete(w.ses, p.tableid)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, p.tableid, null, 0, null)).toBe(JET_errUpdateNotPrepared);
    expect(peopleIds(w.api, w.ses, p)).toEqual([2]);
  });

  it('JET_bitRetrieveCopy reads the prepared values, a plain retrieve the stored record', () => {
    const { w, p } = people();
    fill(w.api, w.ses, p, [[1, 'a', 10]]);
    goto(w, p, 1);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepReplace)).toBe(JET_errSuccess);
    expect(set(w, p.tableid, p.age, int32(11))).toBe(JET_errSuccess);
    expect(readInt32(retrieve(w.api, w.ses, p.tableid, p.age, JET_bitRetrieveCopy).data ?? new Uint8Array(4))).toBe(11);
    expect(intOf(w.api, w.ses, p.tableid, p.age)).toBe(10);
  });

  it("JetSetColumns and JetRetrieveColumns write each entry's err and cbActual", () => {
    const { w, p } = people();
    const setc: JET_SETCOLUMN[] = [
      { columnid: p.id, pvData: int32(4), cbData: 4 },
      { columnid: p.name, pvData: ascii('four'), cbData: 4 },
      { columnid: p.age, pvData: int32(40), cbData: 4 },
    ];
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumns(w.ses, p.tableid, setc, 3)).toBe(JET_errSuccess);
    expect(setc.map((c) => c.err)).toEqual([0, 0, 0]);
    expect(w.api.JetUpdate(w.ses, p.tableid, null, 0, null)).toBe(JET_errSuccess);
    goto(w, p, 4);
    const ret: JET_RETRIEVECOLUMN[] = [
      { columnid: p.name, pvData: new Uint8Array(16), cbData: 16 },
      { columnid: p.note, pvData: new Uint8Array(16), cbData: 16 },
      { columnid: p.age, pvData: new Uint8Array(4), cbData: 4 },
    ];
    expect(w.api.JetRetrieveColumns(w.ses, p.tableid, ret, 3)).toBe(JET_errSuccess);
    expect(ret.map((r) => [r.err, r.cbActual])).toEqual([[0, 4], [JET_wrnColumnNull, 0], [0, 4]]);
    expect(fromAscii((ret[0].pvData as Uint8Array).slice(0, 4))).toBe('four');
  });

  it('a default value from JetAddColumn is what a record inserted afterwards without the column reads', () => {
    const { w, p } = people();
    const dflt = addColumn(w.api, w.ses, p.tableid, 'score', { coltyp: JET_coltypLong }, int32(7));
    fill(w.api, w.ses, p, [[1, null, null]]);
    goto(w, p, 1);
    expect(intOf(w.api, w.ses, p.tableid, dflt)).toBe(7);
  });
});
