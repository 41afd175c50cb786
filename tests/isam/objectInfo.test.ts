/**
 * JetGetObjectInfo (info.cxx ErrInfoGetObjectInfoList): the list form hands back a Scrollable | Indexed temp table
 * with the layout of rgcolumndefGetObjectInfo_A (container and object name as the key, then objtyp, the two dates,
 * records, pages, grbit, flags), one row per table in the "Tables" container, on its first row. Column ids follow
 * the sort layout: fixed 1..7 (objtyp, dtCreate, dtUpdate, cRecord, cPage, grbit, flags), Text 128..129.
 */
import {
  out, JET_bitTableInfoBookmark, JET_bitTableInfoRollback, JET_bitTableInfoUpdatable, JET_errBufferTooSmall,
  JET_errObjectNotFound, JET_errSuccess, JET_MoveNext, JET_ObjInfo, JET_ObjInfoList, JET_ObjInfoListNoStats,
  JET_objtypNil, JET_objtypTable,
} from '../../src';
import type { JET_COLUMNID, JET_OBJECTINFO, JET_OBJECTLIST, JET_TABLEID } from '../../src';
import { fromAscii, isam, readInt32 } from '../support/isam';
import type { Isam } from '../support/isam';

function create(w: Isam, name: string): void {
  const t = out<JET_TABLEID>();
  expect(w.emu.api.JetCreateTable(w.ses, w.dbid, name, 0, 0, t)).toBe(JET_errSuccess);
  expect(w.emu.api.JetCloseTable(w.ses, t.value)).toBe(JET_errSuccess);
}

function names(w: Isam, l: JET_OBJECTLIST): Array<[string, string, number, number]> {
  const api = w.emu.api;
  const rows: Array<[string, string, number, number]> = [];
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
  if (l.cRecord === 0) return rows;
  for (let rc = JET_errSuccess; rc === JET_errSuccess; rc = api.JetMove(w.ses, l.tableid, JET_MoveNext, 0)) {
    rows.push([text(l.columnidcontainername), text(l.columnidobjectname), int(l.columnidobjtyp), int(l.columnidgrbit)]);
  }
  return rows;
}

describe('JetGetObjectInfo', () => {
  const grbit = JET_bitTableInfoBookmark | JET_bitTableInfoRollback | JET_bitTableInfoUpdatable;

  it('lists the tables of a database by name in a temp table', () => {
    const w = isam();
    for (const n of ['orders', 'Customers', 'items']) create(w, n);
    const box = out<JET_OBJECTLIST>();
    expect(w.emu.api.JetGetObjectInfo(w.ses, w.dbid, JET_objtypTable, null, null, box, 56, JET_ObjInfoList)).toBe(JET_errSuccess);
    expect(box.value).toMatchObject({
      cRecord: 3, columnidobjtyp: 1, columniddtCreate: 2, columniddtUpdate: 3, columnidcRecord: 4, columnidcPage: 5,
      columnidgrbit: 6, columnidflags: 7, columnidcontainername: 128, columnidobjectname: 129,
    });
    expect(names(w, box.value)).toEqual([
      ['Tables', 'Customers', JET_objtypTable, grbit], ['Tables', 'items', JET_objtypTable, grbit], ['Tables', 'orders', JET_objtypTable, grbit],
    ]);
    expect(w.emu.api.JetCloseTable(w.ses, box.value.tableid)).toBe(JET_errSuccess);
  });

  it('JET_objtypNil lists every object, an empty database gives an empty list', () => {
    const w = isam();
    const box = out<JET_OBJECTLIST>();
    expect(w.emu.api.JetGetObjectInfo(w.ses, w.dbid, JET_objtypNil, null, null, box, 56, JET_ObjInfoListNoStats)).toBe(JET_errSuccess);
    expect(box.value.cRecord).toBe(0);
    create(w, 'one');
    expect(w.emu.api.JetGetObjectInfo(w.ses, w.dbid, JET_objtypNil, null, null, box, 56, JET_ObjInfoListNoStats)).toBe(JET_errSuccess);
    expect(names(w, box.value).map((r) => r[1])).toEqual(['one']);
  });

  it('answers one table at JET_ObjInfo, ObjectNotFound for a missing one, BufferTooSmall below the struct', () => {
    const w = isam();
    create(w, 'one');
    const info = out<JET_OBJECTINFO>();
    expect(w.emu.api.JetGetObjectInfo(w.ses, w.dbid, JET_objtypTable, null, 'ONE', info, 40, JET_ObjInfo)).toBe(JET_errSuccess);
    expect(info.value).toMatchObject({ objtyp: JET_objtypTable, grbit });
    expect(w.emu.api.JetGetObjectInfo(w.ses, w.dbid, JET_objtypTable, null, 'two', info, 40, JET_ObjInfo)).toBe(JET_errObjectNotFound);
    expect(w.emu.api.JetGetObjectInfo(w.ses, w.dbid, JET_objtypTable, null, null, out(), 55, JET_ObjInfoList)).toBe(JET_errBufferTooSmall);
  });
});
