/**
 * JetGetTableIndexInfo (info.cxx ErrINFOGetTableIndexInfo, rgcolumndefGetIndexInfo_A): the list form hands back a
 * Scrollable | Indexed temp table keyed by (index name, key position) with one row per key column of each index, on
 * its first row. Column ids follow the sort layout: fixed 1..14 (index grbit, keys, entries, pages, key columns,
 * position, column id, type, country, langid, cp, collate, column grbit, LCMap flags), Text 128..129 (index name,
 * column name). JET_IdxInfoCount answers the number of indexes.
 */
import {
  out, JET_bitIndexPrimary, JET_bitIndexUnique, JET_bitKeyAscending, JET_bitKeyDescending, JET_coltypLong,
  JET_errBufferTooSmall, JET_errFeatureNotAvailable, JET_errIndexNotFound, JET_errInvalidName, JET_errSuccess,
  JET_IdxInfoCount, JET_IdxInfoList, JET_IdxInfoOLC, JET_IdxInfoResetOLC, JET_IdxInfoSysTabCursor, JET_MoveNext,
} from '../../src';
import type { JET_COLUMNID, JET_INDEXLIST, JET_TABLEID } from '../../src';
import { createPeople, fromAscii, isam, readInt32, self } from '../support/isam';
import type { Isam } from '../support/isam';

function rows(w: Isam, l: JET_INDEXLIST): Array<[string, number, number, string, number]> {
  const api = w.emu.api;
  const text = (col: JET_COLUMNID): string => {
    const b = new Uint8Array(64);
    const size = out<number>();
    expect(api.JetRetrieveColumn(w.ses, l.tableid, col, b, 64, size, 0, null)).toBe(JET_errSuccess);
    return fromAscii(b.subarray(0, size.value));
  };
  const int = (col: JET_COLUMNID): number => {
    const b = new Uint8Array(4);
    expect(api.JetRetrieveColumn(w.ses, l.tableid, col, b, 4, null, 0, null)).toBe(JET_errSuccess);
    return readInt32(b);
  };
  const found: Array<[string, number, number, string, number]> = [];
  for (let rc = JET_errSuccess; rc === JET_errSuccess; rc = api.JetMove(w.ses, l.tableid, JET_MoveNext, 0)) {
    found.push([text(l.columnidindexname), int(l.columnidcColumn), int(l.columnidiColumn), text(l.columnidcolumnname), int(l.columnidgrbitColumn)]);
  }
  return found;
}

function list(w: Isam, t: JET_TABLEID, name: string | null): JET_INDEXLIST {
  const box = out<JET_INDEXLIST | number>();
  expect(w.emu.api.JetGetTableIndexInfo(w.ses, t, name, box, 88, JET_IdxInfoList)).toBe(JET_errSuccess);
  return box.value as JET_INDEXLIST;
}

describe('JetGetTableIndexInfo', () => {
  it('each row carries the default country, 1, and the langid of the index locale, en-US 1033 (info.cxx ErrINFOGetTableIndexInfo: countryDefault, LangidFromLcid)', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    const l = list(w, p.tableid, null);
    const api = w.emu.api;
    const short = (col: JET_COLUMNID): number => {
      const b = new Uint8Array(2);
      expect(api.JetRetrieveColumn(w.ses, l.tableid, col, b, 2, null, 0, null)).toBe(JET_errSuccess);
      return b[0] | (b[1] << 8);
    };
    let n = 0;
    for (let rc = JET_errSuccess; rc === JET_errSuccess; rc = api.JetMove(w.ses, l.tableid, JET_MoveNext, 0)) {
      expect([short(l.columnidCountry), short(l.columnidLangid)]).toEqual([1, 1033]);
      n += 1;
    }
    expect(n).toBe(l.cRecord);
  });

  it('lists every key column of every index, by index name then key position', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    expect(w.api.JetCreateIndex(w.ses, p.tableid, 'byAgeName', 0, '+age\0-name\0\0', 12, 100)).toBe(JET_errSuccess);
    const l = list(w, p.tableid, null);
    expect(l).toMatchObject({
      cRecord: 5, columnidgrbitIndex: 1, columnidcKey: 2, columnidcEntry: 3, columnidcPage: 4, columnidcColumn: 5,
      columnidiColumn: 6, columnidcolumnid: 7, columnidcoltyp: 8, columnidCountry: 9, columnidLangid: 10, columnidCp: 11,
      columnidCollate: 12, columnidgrbitColumn: 13, columnidLCMapFlags: 14, columnidindexname: 128, columnidcolumnname: 129,
    });
    expect(rows(w, l)).toEqual([
      ['byAge', 1, 0, 'age', JET_bitKeyDescending],
      ['byAgeName', 2, 0, 'age', JET_bitKeyAscending],
      ['byAgeName', 2, 1, 'name', JET_bitKeyDescending],
      ['byName', 1, 0, 'name', JET_bitKeyAscending],
      ['primary', 1, 0, 'id', JET_bitKeyAscending],
    ]);
  });

  it('lists one index by name, with its grbit; IndexNotFound for another', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    const l = list(w, p.tableid, 'PRIMARY');
    expect(rows(w, l).map((r) => r[0])).toEqual(['primary']);
    const grbit = new Uint8Array(4);
    expect(list(w, p.tableid, 'primary').cRecord).toBe(1);
    const again = list(w, p.tableid, 'primary');
    expect(w.emu.api.JetRetrieveColumn(w.ses, again.tableid, again.columnidgrbitIndex, grbit, 4, null, 0, null)).toBe(JET_errSuccess);
    expect(readInt32(grbit)).toBe(JET_bitIndexPrimary | JET_bitIndexUnique);
    expect(w.emu.api.JetGetTableIndexInfo(w.ses, p.tableid, 'nope', out(), 88, JET_IdxInfoList)).toBe(JET_errIndexNotFound);
  });

  it('counts the indexes at JET_IdxInfoCount; a list needs room for a JET_INDEXLIST', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    const n = out<JET_INDEXLIST | number>();
    expect(w.emu.api.JetGetTableIndexInfo(w.ses, p.tableid, null, n, 4, JET_IdxInfoCount)).toBe(JET_errSuccess);
    expect(n.value).toBe(3);
    // jetapi.cxx JetGetTableIndexInfoEx: at least sizeof(JET_INDEXLIST) less cbIDXLISTNewMembersSinceOriginalFormat (4).
    expect(w.emu.api.JetGetTableIndexInfo(w.ses, p.tableid, null, out(), 83, JET_IdxInfoList)).toBe(JET_errBufferTooSmall);
  });

  it('counts the sequential order of a table without a primary index as its first index (info.cxx: cIndexes starts at 1)', () => {
    const w = isam();
    const t = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'plain', 0, 100, t)).toBe(JET_errSuccess);
    const n = out<JET_INDEXLIST | number>();
    expect(w.emu.api.JetGetTableIndexInfo(w.ses, t.value, null, n, 4, JET_IdxInfoCount)).toBe(JET_errSuccess);
    expect(n.value).toBe(1);
    expect(w.api.JetAddColumn(w.ses, t.value, 'a', { coltyp: JET_coltypLong }, null, 0, out())).toBe(JET_errSuccess);
    expect(w.api.JetCreateIndex(w.ses, t.value, 'byA', 0, '+a\0\0', 4, 100)).toBe(JET_errSuccess);
    expect(w.emu.api.JetGetTableIndexInfo(w.ses, t.value, null, n, 4, JET_IdxInfoCount)).toBe(JET_errSuccess);
    expect(n.value).toBe(2);
  });

  it('checks an index name given at every level, and answers FeatureNotAvailable for the dropped levels', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    expect(w.emu.api.JetGetTableIndexInfo(w.ses, p.tableid, 'bad!', out(), 4, JET_IdxInfoCount)).toBe(JET_errInvalidName);
    for (const level of [JET_IdxInfoSysTabCursor, JET_IdxInfoOLC, JET_IdxInfoResetOLC]) {
      expect(w.emu.api.JetGetTableIndexInfo(w.ses, p.tableid, null, out(), 1000, level)).toBe(JET_errFeatureNotAvailable);
    }
  });

  it('answers the original 84-byte struct when the result is smaller than JET_INDEXLIST (info.cxx)', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    const short = out<JET_INDEXLIST>();
    expect(w.emu.api.JetGetTableIndexInfo(w.ses, p.tableid, null, short, 84, JET_IdxInfoList)).toBe(JET_errSuccess);
    expect(short.value.cbStruct).toBe(84);
    expect('columnidLCMapFlags' in short.value).toBe(false);
    expect(short.value.cRecord).toBe(3);
    const full = out<JET_INDEXLIST>();
    expect(w.emu.api.JetGetTableIndexInfo(w.ses, p.tableid, null, full, 88, JET_IdxInfoList)).toBe(JET_errSuccess);
    expect(full.value).toMatchObject({ cbStruct: 88, columnidLCMapFlags: 14 });
  });
});
