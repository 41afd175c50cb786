/**
 * JetGetTableColumnInfo's list form (info.cxx ErrInfoGetTableColumnInfoList): a temp table opened
 * Scrollable | Indexed with the layout of rgcolumndefGetColumnInfo_A (presentation order and name as the key), one
 * row per column, the cursor moved to the first row; JET_COLUMNLIST gives the temp table and its column ids.
 * Column ids in the temp table follow the sort layout: the fixed columns 1..9 (order, id, type, country, langid,
 * cp, collate, size, grbit), the Text columns 128..130 (name, base table, base column), the LongBinary default 256.
 */
import {
  out, JET_bitColumnFixed, JET_bitColumnTagged, JET_bitColumnUpdatable, JET_ColInfoList, JET_ColInfoListSortColumnid,
  JET_coltypLong, JET_coltypLongText, JET_coltypText, JET_errBufferTooSmall, JET_errInvalidParameter, JET_errSuccess,
  JET_MoveNext,
} from '../../src';
import type { JET_COLUMNID, JET_COLUMNLIST, JET_TABLEID } from '../../src';
import { createPeople, fromAscii, isam, readInt32, self } from '../support/isam';
import type { Isam } from '../support/isam';

function list(w: Isam, tableid: JET_TABLEID, level: number): JET_COLUMNLIST {
  const box = out<JET_COLUMNLIST>();
  expect(w.emu.api.JetGetTableColumnInfo(w.ses, tableid, null, box, 80, level)).toBe(JET_errSuccess);
  return box.value;
}

function rows(w: Isam, l: JET_COLUMNLIST): Array<[string, number, number, number, number]> {
  const found: Array<[string, number, number, number, number]> = [];
  const int = (col: number): number => {
    const b = new Uint8Array(4);
    expect(w.emu.api.JetRetrieveColumn(w.ses, l.tableid, col as JET_COLUMNID, b, 4, null, 0, null)).toBe(JET_errSuccess);
    return readInt32(b);
  };
  for (let rc = JET_errSuccess; rc === JET_errSuccess; rc = w.api.JetMove(w.ses, l.tableid, JET_MoveNext, 0)) {
    const name = new Uint8Array(64);
    const size = out<number>();
    expect(w.emu.api.JetRetrieveColumn(w.ses, l.tableid, l.columnidcolumnname, name, 64, size, 0, null)).toBe(JET_errSuccess);
    found.push([fromAscii(name.subarray(0, size.value)), int(l.columnidcolumnid), int(l.columnidcoltyp), int(l.columnidcbMax), int(l.columnidgrbit)]);
  }
  return found;
}

describe('JetGetTableColumnInfo(JET_ColInfoList)', () => {
  it('hands back a temp table of the columns, by name, already on its first row', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    const l = list(w, p.tableid, JET_ColInfoList);
    expect(l).toMatchObject({
      cRecord: 4, columnidPresentationOrder: 1, columnidcolumnid: 2, columnidcoltyp: 3, columnidCountry: 4,
      columnidLangid: 5, columnidCp: 6, columnidCollate: 7, columnidcbMax: 8, columnidgrbit: 9, columnidcolumnname: 128,
      columnidBaseTableName: 129, columnidBaseColumnName: 130, columnidDefault: 256, columnidDefinitionName: 128,
    });
    const upd = JET_bitColumnUpdatable;
    expect(rows(w, l)).toEqual([
      ['age', 2, JET_coltypLong, 4, JET_bitColumnFixed | upd],
      ['id', 1, JET_coltypLong, 4, JET_bitColumnFixed | upd],
      ['name', 128, JET_coltypText, 64, upd],
      ['note', 256, JET_coltypLongText, 0, JET_bitColumnTagged | upd],
    ]);
    expect(w.api.JetCloseTable(w.ses, l.tableid)).toBe(JET_errSuccess);
  });

  it('orders by column id with JET_ColInfoListSortColumnid', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    expect(rows(w, list(w, p.tableid, JET_ColInfoListSortColumnid)).map((r) => r[0])).toEqual(['id', 'age', 'name', 'note']);
  });

  it('needs room for a JET_COLUMNLIST, and a known info level', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    expect(w.emu.api.JetGetTableColumnInfo(w.ses, p.tableid, null, out(), 79, JET_ColInfoList)).toBe(JET_errBufferTooSmall);
    expect(w.api.JetGetTableColumnInfo(w.ses, p.tableid, 'id', out(), 80, 99)).toBe(JET_errInvalidParameter);
  });

  it('lists a column added in the same session, text columns with their code page', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    expect(w.api.JetAddColumn(w.ses, p.tableid, 'uni', { coltyp: JET_coltypText, cp: 1200 }, null, 0, out())).toBe(JET_errSuccess);
    const l = list(w, p.tableid, JET_ColInfoList);
    expect(l.cRecord).toBe(5);
    expect(rows(w, l).map((r) => r[0])).toEqual(['age', 'id', 'name', 'note', 'uni']);
  });
});
