/**
 * JET_ColInfoBase / JET_ColInfoBaseByColid (JetGetTableColumnInfo, JetGetColumnInfo): jetapi.cxx takes them as
 * valid levels needing sizeof(JET_COLUMNBASE_A) = 540 bytes (BufferTooSmall below), and info.cxx
 * ErrInfoGetTableColumnInfoBase answers the column's definition as JET_ColInfo does (looked up by name, or by the
 * columnid given with the ByColid form), with cbStruct 540, wFiller 0, the column's name and the name of the
 * cursor's table; an unknown column is ColumnNotFound.
 */
import {
  out, JET_bitColumnFixed, JET_bitColumnUpdatable, JET_ColInfoBase, JET_ColInfoBaseByColid, JET_coltypLong, JET_errBufferTooSmall,
  JET_errColumnNotFound, JET_errSuccess,
} from '../../src';
import type { JET_COLUMNBASE, JET_COLUMNDEF_INFO, JET_COLUMNID, JET_COLUMNLIST } from '../../src';
import { columnInfo as byName, createPeople, isam, PEOPLE, self } from '../support/isam';

describe('JET_ColInfoBase', () => {
  it('answers the column definition with its name and its table\'s, by name and by columnid', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    const plain = byName(w.api, w.ses, p.tableid, 'age');
    const box = out<JET_COLUMNDEF_INFO | JET_COLUMNLIST | JET_COLUMNBASE>();
    expect(w.emu.api.JetGetTableColumnInfo(w.ses, p.tableid, 'age', box, 540, JET_ColInfoBase)).toBe(JET_errSuccess);
    const expected: JET_COLUMNBASE = {
      // wCountry: norm.hxx countryDefault; langid: the instance's default locale, en-US (info.cxx ErrINFOGetTableColumnInfo).
      cbStruct: 540, columnid: p.age, coltyp: JET_coltypLong, wCountry: 1, langid: 1033, cp: 0, wFiller: 0, cbMax: 4,
      // A Long column is fixed (JET_bitColumnFixed); the creator's cursor may update it (JET_bitColumnUpdatable).
      grbit: JET_bitColumnFixed | JET_bitColumnUpdatable, szBaseTableName: PEOPLE, szBaseColumnName: 'age',
    };
    expect(box.value).toEqual(expected);
    // The same definition as JET_ColInfo gives.
    expect(plain.rc).toBe(JET_errSuccess);
    expect(plain.def.grbit).toBe(expected.grbit);
    const byId = out<JET_COLUMNDEF_INFO | JET_COLUMNLIST | JET_COLUMNBASE>();
    expect(w.emu.api.JetGetTableColumnInfo(w.ses, p.tableid, p.age as unknown as string, byId, 540, JET_ColInfoBaseByColid)).toBe(JET_errSuccess);
    expect(byId.value).toEqual(expected);
    // Through JetGetColumnInfo (the table opened by name: no updatable cursor).
    const viaDb = out<JET_COLUMNDEF_INFO | JET_COLUMNLIST | JET_COLUMNBASE>();
    expect(w.emu.api.JetGetColumnInfo(w.ses, w.dbid, PEOPLE, 'age', viaDb, 540, JET_ColInfoBase)).toBe(JET_errSuccess);
    expect(viaDb.value).toEqual({ ...expected, grbit: expected.grbit & ~JET_bitColumnUpdatable });
  });

  it('needs 540 bytes of room (BufferTooSmall); an unknown column is ColumnNotFound', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    const box = out<JET_COLUMNDEF_INFO | JET_COLUMNLIST | JET_COLUMNBASE>();
    expect(w.emu.api.JetGetTableColumnInfo(w.ses, p.tableid, 'age', box, 539, JET_ColInfoBase)).toBe(JET_errBufferTooSmall);
    expect(w.emu.api.JetGetTableColumnInfo(w.ses, p.tableid, 'nope', box, 540, JET_ColInfoBase)).toBe(JET_errColumnNotFound);
    expect(w.emu.api.JetGetTableColumnInfo(w.ses, p.tableid, 0x7777 as JET_COLUMNID as unknown as string, box, 540, JET_ColInfoBaseByColid)).toBe(JET_errColumnNotFound);
  });
});
