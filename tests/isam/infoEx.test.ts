/**
 * The checks of jetapi.cxx's JetGetTableColumnInfoEx, JetGetColumnInfoEx and JetGetIndexInfoEx, through the esent.h
 * functions that run them (engine mirror, HEAD 7030fe7).
 *
 * Those Ex names are not API functions: jetapi.cxx declares JetGetTableColumnInfoEx (10215), JetGetColumnInfoEx
 * (10480), JetGetIndexInfoEx (9072) and JetGetSystemParameterEx (12261) LOCAL, and esent.def exports none of them;
 * they are the bodies of JetGetTableColumnInfoA (10456-10466), JetGetColumnInfoA (10654-10665), JetGetIndexInfo
 * (9198-9209) and JetGetSystemParameterA / W (12382, 12393), the first three called with fUnicodeNames false. So
 * esemu's JetGetTableColumnInfo, JetGetColumnInfo and JetGetIndexInfo are those helpers, and what the engine says of
 * the helpers is what these calls must answer:
 *  - handles first: JET_VALIDATE_SESID_TABLEID (10464; c_rgerrValid 5286-5296) or JET_VALIDATE_SESID and
 *    APICALL_SESID::FEnter(sesid, dbid) (10512, 9100; the dbid checks 4304-4309: InvalidDatabaseId);
 *  - then the info level, its grbits masked off for the column calls (maskGetColumInfoLevelBase 10211-10212, 10249):
 *    an unknown level is InvalidParameter (10270-10271, 10538-10539, 9153-9154); JET_ColInfoSysTabCursor
 *    (10266-10268, 10534-10536) and JET_IdxInfoSysTabCursor / OLC / ResetOLC (9147-9151) are FeatureNotAvailable;
 *  - then the room for the level's struct (BufferTooSmall: 10274/10303, 10542/10573, 9157/9171);
 *  - then info.cxx: the names (ErrUTILCheckName: InvalidName), and the lookups: JET_ColInfo with a NULL or empty name
 *    is ColumnNotFound (info.cxx 1759-1761, 1850-1860, 254-255), an unknown id ColumnNotFound (328-331), an unknown
 *    name ColumnNotFound / IndexNotFound. JetGetColumnInfo's internal cursor drops its updatable flag (1700).
 */
import {
  out, JET_bitColumnFixed, JET_bitColumnUpdatable, JET_ColInfo, JET_ColInfoByColid, JET_ColInfoGrbitNonDerivedColumnsOnly,
  JET_ColInfoGrbitSortByColumnid, JET_ColInfoList, JET_ColInfoSysTabCursor, JET_coltypLong, JET_errBufferTooSmall,
  JET_errColumnNotFound, JET_errFeatureNotAvailable, JET_errIndexNotFound, JET_errInvalidDatabaseId, JET_errInvalidName,
  JET_errInvalidParameter, JET_errInvalidSesid, JET_errInvalidTableId, JET_errObjectNotFound, JET_errSesidTableIdMismatch, JET_errSuccess,
  JET_IdxInfoCount, JET_IdxInfoList, JET_IdxInfoOLC, JET_IdxInfoResetOLC, JET_IdxInfoSysTabCursor,
} from '../../src';
import type { JET_COLUMNDEF_INFO, JET_COLUMNLIST, JET_DBID, JET_INDEXLIST, JET_SESID, JET_TABLEID } from '../../src';
import { createPeople, isam, openTable, peer, PEOPLE, self } from '../support/isam';
import type { Isam, People } from '../support/isam';

interface Answer { rc: number; value: unknown }

/** JetGetTableColumnInfo (JetGetTableColumnInfoEx). */
function tableColumn(w: Isam, tableid: JET_TABLEID, column: unknown, cb: number, level: number, ses: JET_SESID = w.ses): Answer {
  const box = out<JET_COLUMNDEF_INFO | JET_COLUMNLIST>();
  const rc = w.emu.api.JetGetTableColumnInfo(ses, tableid, column as string, box, cb, level);
  return { rc, value: box.value };
}

/** JetGetColumnInfo (JetGetColumnInfoEx). */
function column(w: Isam, table: string, col: unknown, cb: number, level: number, dbid: JET_DBID = w.dbid, ses: JET_SESID = w.ses): Answer {
  const box = out<JET_COLUMNDEF_INFO | JET_COLUMNLIST>();
  const rc = w.emu.api.JetGetColumnInfo(ses, dbid, table, col as string, box, cb, level);
  return { rc, value: box.value };
}

/** JetGetIndexInfo (JetGetIndexInfoEx). */
function index(w: Isam, table: string, name: string | null, cb: number, level: number, dbid: JET_DBID = w.dbid, ses: JET_SESID = w.ses): Answer {
  const box = out<JET_INDEXLIST | number>();
  const rc = w.emu.api.JetGetIndexInfo(ses, dbid, table, name, box, cb, level);
  return { rc, value: box.value };
}

function world(): { w: Isam; p: People } {
  const w = isam();
  const p = createPeople(w.api, self(w));
  return { w, p };
}

// wCountry: norm.hxx countryDefault; langid: the instance's default locale, en-US (info.cxx ErrINFOGetTableColumnInfo).
const AGE = { coltyp: JET_coltypLong, wCountry: 1, langid: 1033, cp: 0, wCollate: 0, cbMax: 4 };

describe('what they answer', () => {
  it('JetGetTableColumnInfo: by name and by id the same JET_COLUMNDEF; the level grbits change nothing at JET_ColInfo', () => {
    const { w, p } = world();
    const expected = { rc: JET_errSuccess, value: { columnid: p.age, ...AGE, grbit: JET_bitColumnFixed | JET_bitColumnUpdatable } };
    expect(tableColumn(w, p.tableid, 'age', 28, JET_ColInfo)).toEqual(expected);
    expect(tableColumn(w, p.tableid, p.age, 28, JET_ColInfoByColid)).toEqual(expected);
    expect(tableColumn(w, p.tableid, 'age', 28, JET_ColInfo | JET_ColInfoGrbitNonDerivedColumnsOnly)).toEqual(expected);
    expect(tableColumn(w, p.tableid, p.age, 28, JET_ColInfoByColid | JET_ColInfoGrbitSortByColumnid)).toEqual(expected);
  });

  it('JetGetColumnInfo: the cursor form\'s answer without JET_bitColumnUpdatable (info.cxx 1700)', () => {
    const { w, p } = world();
    const expected = { rc: JET_errSuccess, value: { columnid: p.age, ...AGE, grbit: JET_bitColumnFixed } };
    expect(column(w, PEOPLE, 'age', 28, JET_ColInfo)).toEqual(expected);
    expect(column(w, PEOPLE, p.age, 28, JET_ColInfoByColid)).toEqual(expected);
    const list = column(w, PEOPLE, null, 80, JET_ColInfoList);
    const viaCursor = tableColumn(w, p.tableid, null, 80, JET_ColInfoList);
    expect(list.rc).toBe(JET_errSuccess);
    expect((list.value as JET_COLUMNLIST).cRecord).toBe((viaCursor.value as JET_COLUMNLIST).cRecord);
  });

  it('JetGetIndexInfo: the count and the list JetGetTableIndexInfo gives for the same table', () => {
    const { w, p } = world();
    const count = out<number>();
    expect(w.emu.api.JetGetTableIndexInfo(w.ses, p.tableid, null, count, 4, JET_IdxInfoCount)).toBe(JET_errSuccess);
    expect(index(w, PEOPLE, null, 4, JET_IdxInfoCount)).toEqual({ rc: JET_errSuccess, value: count.value });
    const list = out<JET_INDEXLIST>();
    expect(w.emu.api.JetGetTableIndexInfo(w.ses, p.tableid, 'byName', list, 88, JET_IdxInfoList)).toBe(JET_errSuccess);
    const named = index(w, PEOPLE, 'byName', 88, JET_IdxInfoList).value as JET_INDEXLIST;
    expect({ cbStruct: named.cbStruct, cRecord: named.cRecord }).toEqual({ cbStruct: list.value.cbStruct, cRecord: list.value.cRecord });
  });
});

describe('a bad info level', () => {
  it('an unknown level is InvalidParameter, before the room and the names', () => {
    const { w, p } = world();
    expect(tableColumn(w, p.tableid, 'bad!', 0, 99).rc).toBe(JET_errInvalidParameter);
    expect(column(w, 'bad!', 'bad!', 0, 99).rc).toBe(JET_errInvalidParameter);
    expect(index(w, 'bad!', 'bad!', 0, 99).rc).toBe(JET_errInvalidParameter);
    // The grbits are masked off only for the column calls: JET_IdxInfoCount with a grbit is no level.
    expect(index(w, PEOPLE, null, 4, JET_IdxInfoCount | JET_ColInfoGrbitSortByColumnid).rc).toBe(JET_errInvalidParameter);
  });

  it('a known level with too little room is BufferTooSmall, before the names', () => {
    const { w, p } = world();
    expect(tableColumn(w, p.tableid, 'bad!', 27, JET_ColInfo).rc).toBe(JET_errBufferTooSmall);
    expect(column(w, 'bad!', 'bad!', 79, JET_ColInfoList).rc).toBe(JET_errBufferTooSmall);
    expect(index(w, 'bad!', 'bad!', 3, JET_IdxInfoCount).rc).toBe(JET_errBufferTooSmall);
  });

  it('JET_IdxInfoSysTabCursor, JET_IdxInfoOLC and JET_IdxInfoResetOLC are FeatureNotAvailable', () => {
    const { w } = world();
    for (const level of [JET_IdxInfoSysTabCursor, JET_IdxInfoOLC, JET_IdxInfoResetOLC]) {
      expect(index(w, 'nowhere', null, 1000, level).rc).toBe(JET_errFeatureNotAvailable);
    }
  });

  // jetapi.cxx 10266-10268 / 10534-10536.
  it('JET_ColInfoSysTabCursor is FeatureNotAvailable', () => {
    const { w, p } = world();
    expect(tableColumn(w, p.tableid, 'id', 1000, JET_ColInfoSysTabCursor).rc).toBe(JET_errFeatureNotAvailable);
    expect(column(w, PEOPLE, 'id', 1000, JET_ColInfoSysTabCursor).rc).toBe(JET_errFeatureNotAvailable);
  });
});

describe('unknown names', () => {
  it('a column: ColumnNotFound by name, by an unknown id, and for a NULL or empty name at JET_ColInfo', () => {
    const { w, p } = world();
    for (const ask of [
      (c: unknown, level: number) => tableColumn(w, p.tableid, c, 28, level),
      (c: unknown, level: number) => column(w, PEOPLE, c, 28, level),
    ]) {
      expect(ask('missing', JET_ColInfo)).toEqual({ rc: JET_errColumnNotFound, value: undefined });
      expect(ask(null, JET_ColInfo).rc).toBe(JET_errColumnNotFound);
      expect(ask('', JET_ColInfo).rc).toBe(JET_errColumnNotFound);
      expect(ask(0, JET_ColInfoByColid).rc).toBe(JET_errColumnNotFound);
      expect(ask(999, JET_ColInfoByColid).rc).toBe(JET_errColumnNotFound);
      expect(ask('bad!', JET_ColInfo).rc).toBe(JET_errInvalidName);
    }
  });

  it('an index: IndexNotFound for the list levels; a table: InvalidName, then ObjectNotFound', () => {
    const { w } = world();
    expect(index(w, PEOPLE, 'missing', 88, JET_IdxInfoList)).toEqual({ rc: JET_errIndexNotFound, value: undefined });
    expect(index(w, PEOPLE, 'bad!', 4, JET_IdxInfoCount).rc).toBe(JET_errInvalidName);
    expect(index(w, 'bad!', null, 4, JET_IdxInfoCount).rc).toBe(JET_errInvalidName);
    expect(column(w, 'nowhere', 'id', 28, JET_ColInfo).rc).toBe(JET_errObjectNotFound);
    expect(index(w, 'nowhere', null, 4, JET_IdxInfoCount).rc).toBe(JET_errObjectNotFound);
  });
});

describe('bad handles (checked before the level)', () => {
  it('JetGetTableColumnInfo: InvalidSesid, InvalidTableId, SesidTableIdMismatch', () => {
    const w = isam();
    createPeople(w.api, self(w), true);
    const p = { tableid: openTable(w.api, self(w), PEOPLE) };
    expect(tableColumn(w, p.tableid, 'id', 28, 99, 0x7654321 as JET_SESID).rc).toBe(JET_errInvalidSesid);
    expect(tableColumn(w, 0x7654321 as JET_TABLEID, 'id', 28, 99).rc).toBe(JET_errInvalidTableId);
    const closed = openTable(w.api, self(w), PEOPLE);
    expect(w.api.JetCloseTable(w.ses, closed)).toBe(JET_errSuccess);
    expect(tableColumn(w, closed, 'id', 28, 99).rc).toBe(JET_errInvalidTableId);
    const other = openTable(w.api, peer(w), PEOPLE);
    expect(tableColumn(w, other, 'id', 28, 99).rc).toBe(JET_errSesidTableIdMismatch);
  });

  it('JetGetColumnInfo and JetGetIndexInfo: InvalidSesid, then InvalidDatabaseId', () => {
    const { w } = world();
    const junk = 0x7654321 as JET_SESID;
    expect(column(w, PEOPLE, 'id', 28, 99, w.dbid, junk).rc).toBe(JET_errInvalidSesid);
    expect(index(w, PEOPLE, null, 4, 99, w.dbid, junk).rc).toBe(JET_errInvalidSesid);
    expect(column(w, PEOPLE, 'id', 28, 99, 4321 as JET_DBID).rc).toBe(JET_errInvalidDatabaseId);
    expect(index(w, PEOPLE, null, 4, 99, 4321 as JET_DBID).rc).toBe(JET_errInvalidDatabaseId);
    // A session that has closed the database: the dbid is no longer one of its own (ErrPIBCheckIfmp, 4309).
    const w2 = peer(w);
    expect(w.api.JetCloseDatabase(w2.ses, w2.dbid, 0)).toBe(JET_errSuccess);
    expect(column(w, PEOPLE, 'id', 28, 99, w.dbid, w2.ses).rc).toBe(JET_errInvalidDatabaseId);
    expect(index(w, PEOPLE, null, 4, 99, w.dbid, w2.ses).rc).toBe(JET_errInvalidDatabaseId);
  });
});
