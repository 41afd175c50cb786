/**
 * JetGetColumnInfo and JetGetIndexInfo: JetGetTableColumnInfo and JetGetTableIndexInfo addressed by database and table
 * name. jetapi.cxx JetGetColumnInfoEx / JetGetIndexInfoEx check the info level (InvalidParameter) and the room for its
 * struct (BufferTooSmall) before anything else; info.cxx ErrIsamGetColumnInfo then refuses a NULL table name
 * (InvalidParameter), checks the name (InvalidName) and opens the table with no grbit (ErrFILEOpenTable: ObjectNotFound,
 * the lock matrix's TableLocked), resets the cursor's updatable flag (FUCBResetUpdatable: no JET_bitColumnUpdatable in
 * what it reports), answers as the cursor form, and closes the table again. A list answer is a temp table of the
 * session that outlives the internal cursor.
 */
import {
  out, JET_bitColumnFixed, JET_bitColumnTagged, JET_bitColumnUpdatable, JET_bitTableDenyRead, JET_ColInfo,
  JET_ColInfoList, JET_coltypLong, JET_coltypLongText, JET_errBufferTooSmall, JET_errColumnNotFound,
  JET_errIndexNotFound, JET_errInvalidName, JET_errInvalidParameter, JET_errObjectNotFound, JET_errSuccess,
  JET_errTableLocked, JET_IdxInfoCount, JET_IdxInfoList, JET_MoveNext,
} from '../../src';
import type { JET_COLUMNDEF_INFO, JET_COLUMNID, JET_COLUMNLIST, JET_INDEXLIST } from '../../src';
import { createPeople, fromAscii, isam, openTable, peer, PEOPLE, readInt32, self } from '../support/isam';
import type { Isam } from '../support/isam';

function columnInfo(w: Isam, table: string | null, column: string | null, cbMax: number, level: number): { rc: number; value: unknown } {
  const box = out<JET_COLUMNDEF_INFO | JET_COLUMNLIST>();
  const rc = w.emu.api.JetGetColumnInfo(w.ses, w.dbid, table as string, column, box, cbMax, level);
  return { rc, value: box.value };
}

function indexInfo(w: Isam, table: string, index: string | null, cbResult: number, level: number): { rc: number; value: unknown } {
  const box = out<JET_INDEXLIST | number>();
  const rc = w.emu.api.JetGetIndexInfo(w.ses, w.dbid, table, index, box, cbResult, level);
  return { rc, value: box.value };
}

/** The text column `col` of every row of a list temp table, from its current (first) row on. */
function names(w: Isam, tableid: JET_COLUMNLIST['tableid'], col: JET_COLUMNID): string[] {
  const found: string[] = [];
  let rc = JET_errSuccess;
  while (rc === JET_errSuccess) {
    const b = new Uint8Array(64);
    const cb = out<number>();
    expect(w.emu.api.JetRetrieveColumn(w.ses, tableid, col, b, 64, cb, 0, null)).toBe(JET_errSuccess);
    found.push(fromAscii(b.subarray(0, cb.value)));
    rc = w.api.JetMove(w.ses, tableid, JET_MoveNext, 0);
  }
  return found;
}

describe('JetGetColumnInfo', () => {
  it('JET_ColInfo: the column as JetGetTableColumnInfo reports it, never updatable', () => {
    const w = isam();
    const p = createPeople(w.api, self(w), true);
    expect(columnInfo(w, PEOPLE, 'age', 28, JET_ColInfo)).toEqual({
      rc: JET_errSuccess,
      // wCountry: norm.hxx countryDefault; langid: the instance's default locale, en-US (info.cxx ErrINFOGetTableColumnInfo).
      value: { columnid: p.age, coltyp: JET_coltypLong, wCountry: 1, langid: 1033, cp: 0, wCollate: 0, cbMax: 4, grbit: JET_bitColumnFixed },
    });
    const note = columnInfo(w, PEOPLE, 'NOTE', 28, JET_ColInfo).value as JET_COLUMNDEF_INFO;
    expect(note).toMatchObject({ columnid: p.note, coltyp: JET_coltypLongText, cp: 1252, grbit: JET_bitColumnTagged });
    // Through an updatable cursor the same column carries JET_bitColumnUpdatable.
    const t = openTable(w.api, self(w), PEOPLE);
    const viaCursor = out<JET_COLUMNDEF_INFO>();
    expect(w.emu.api.JetGetTableColumnInfo(w.ses, t, 'age', viaCursor, 28, JET_ColInfo)).toBe(JET_errSuccess);
    expect(viaCursor.value.grbit).toBe(JET_bitColumnFixed | JET_bitColumnUpdatable);
  });

  it('JET_ColInfoList: a temp table of the columns that outlives the internal cursor', () => {
    const w = isam();
    createPeople(w.api, self(w), true);
    const r = columnInfo(w, PEOPLE, null, 80, JET_ColInfoList);
    expect(r.rc).toBe(JET_errSuccess);
    const list = r.value as JET_COLUMNLIST;
    expect(list.cRecord).toBe(4);
    expect(names(w, list.tableid, list.columnidcolumnname)).toEqual(['age', 'id', 'name', 'note']);
    const grbit = new Uint8Array(4);
    expect(w.api.JetMove(w.ses, list.tableid, -0x80000000, 0)).toBe(JET_errSuccess);
    expect(w.emu.api.JetRetrieveColumn(w.ses, list.tableid, list.columnidgrbit, grbit, 4, null, 0, null)).toBe(JET_errSuccess);
    expect(readInt32(grbit)).toBe(JET_bitColumnFixed);
    // The internal cursor is closed: nothing keeps the table open, so it can be deleted.
    expect(w.api.JetDeleteTable(w.ses, w.dbid, PEOPLE)).toBe(JET_errSuccess);
  });

  it('checks the level and the room first, then the table name, then the table, then the column', () => {
    const w = isam();
    createPeople(w.api, self(w), true);
    expect(columnInfo(w, 'nowhere', 'id', 28, 99).rc).toBe(JET_errInvalidParameter);
    expect(columnInfo(w, 'nowhere', 'id', 27, JET_ColInfo).rc).toBe(JET_errBufferTooSmall);
    expect(columnInfo(w, 'nowhere', null, 79, JET_ColInfoList).rc).toBe(JET_errBufferTooSmall);
    expect(columnInfo(w, null, 'id', 28, JET_ColInfo).rc).toBe(JET_errInvalidParameter);
    expect(columnInfo(w, 'bad!name', 'id', 28, JET_ColInfo).rc).toBe(JET_errInvalidName);
    expect(columnInfo(w, 'nowhere', 'id', 28, JET_ColInfo).rc).toBe(JET_errObjectNotFound);
    expect(columnInfo(w, PEOPLE, 'missing', 28, JET_ColInfo).rc).toBe(JET_errColumnNotFound);
    // info.cxx ErrIsamGetTableColumnInfo checks a column name given at every level, the list ones included.
    expect(columnInfo(w, 'nowhere', 'bad!', 80, JET_ColInfoList).rc).toBe(JET_errObjectNotFound);
    expect(columnInfo(w, PEOPLE, 'bad!', 80, JET_ColInfoList).rc).toBe(JET_errInvalidName);
    const t = openTable(w.api, self(w), PEOPLE);
    expect(w.emu.api.JetGetTableColumnInfo(w.ses, t, 'bad!', out(), 80, JET_ColInfoList)).toBe(JET_errInvalidName);
  });

  it("opens the table as JetOpenTable with no grbit would: another session's exclusive cursor locks it out", () => {
    const w = isam();
    createPeople(w.api, self(w), true);
    const other = peer(w);
    openTable(w.api, other, PEOPLE, JET_bitTableDenyRead);
    expect(columnInfo(w, PEOPLE, 'id', 28, JET_ColInfo).rc).toBe(JET_errTableLocked);
    expect(indexInfo(w, PEOPLE, null, 4, JET_IdxInfoCount).rc).toBe(JET_errTableLocked);
  });

  it("the session's own exclusive cursor is no obstacle", () => {
    const w = isam();
    createPeople(w.api, self(w));
    expect(columnInfo(w, PEOPLE, 'id', 28, JET_ColInfo).rc).toBe(JET_errSuccess);
  });
});

describe('JetGetIndexInfo', () => {
  it('JET_IdxInfoCount and JET_IdxInfoList, of every index or the one named', () => {
    const w = isam();
    createPeople(w.api, self(w), true);
    expect(indexInfo(w, PEOPLE, null, 4, JET_IdxInfoCount)).toEqual({ rc: JET_errSuccess, value: 3 });
    const all = indexInfo(w, PEOPLE, null, 88, JET_IdxInfoList);
    expect(all.rc).toBe(JET_errSuccess);
    const list = all.value as JET_INDEXLIST;
    expect(list.cRecord).toBe(3);
    expect(names(w, list.tableid, list.columnidindexname)).toEqual(['byAge', 'byName', 'primary']);
    const one = indexInfo(w, PEOPLE, 'byname', 88, JET_IdxInfoList).value as JET_INDEXLIST;
    expect(one.cRecord).toBe(1);
    expect(names(w, one.tableid, one.columnidcolumnname)).toEqual(['name']);
  });

  it('checks the level and the room first, then the table, then the index', () => {
    const w = isam();
    createPeople(w.api, self(w), true);
    expect(indexInfo(w, 'nowhere', null, 88, 99).rc).toBe(JET_errInvalidParameter);
    expect(indexInfo(w, 'nowhere', null, 3, JET_IdxInfoCount).rc).toBe(JET_errBufferTooSmall);
    expect(indexInfo(w, 'nowhere', null, 83, JET_IdxInfoList).rc).toBe(JET_errBufferTooSmall);
    expect((indexInfo(w, PEOPLE, null, 84, JET_IdxInfoList).value as JET_INDEXLIST).cbStruct).toBe(84);
    expect(indexInfo(w, 'nowhere', null, 88, JET_IdxInfoList).rc).toBe(JET_errObjectNotFound);
    expect(indexInfo(w, 'no.dots', null, 88, JET_IdxInfoList).rc).toBe(JET_errInvalidName);
    expect(indexInfo(w, PEOPLE, 'missing', 88, JET_IdxInfoList).rc).toBe(JET_errIndexNotFound);
    expect(w.api.JetDeleteTable(w.ses, w.dbid, PEOPLE)).toBe(JET_errSuccess);
  });
});
