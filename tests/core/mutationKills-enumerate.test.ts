/**
 * Survivors of mutation testing in src/engine/enumerateColumns.ts and src/engine/tableInfo.ts (docs/testing.md,
 * run 18), killed here. Expected values from the engine:
 * - fldenum.cxx ErrRECEnumerateAllColumns / ErrRECEnumerateReqColumns: the columns come fixed, then variable, then
 *   tagged, each class by column id; a NULL fixed column below the last fixed column the record holds is in the
 *   record (wrnColumnNull), a NULL tagged column is not; JET_bitEnumerateTaggedOnly lists tagged columns only;
 *   JET_bitEnumerateCopy reads the copy buffer of the prepared update; a long value kept outside the record is cut
 *   at cbDataMost (wrnColumnTruncated) only when it is longer; a zero-length value is a value (cbData 0); the
 *   values are copied out; a requested value the record does not hold is wrnColumnNull (wrnColumnDefault only with
 *   JET_bitEnumerateIgnoreDefault); JET_bitEnumerateAsRefIfNotInRecord is refused only with InRecordOnly; a tagged
 *   column set to NULL over its default keeps a null entry (tagfld.cxx), listed as wrnColumnNull;
 * - info.cxx ErrInfoGetObjectInfoList: only JET_objtypNil and JET_objtypTable list tables; any other type gives
 *   an empty list.
 */
import {
  out, JET_bitColumnTagged, JET_bitColumnTTKey, JET_bitEnumerateAsRefIfNotInRecord, JET_bitEnumerateCopy,
  JET_bitEnumerateTaggedOnly, JET_bitSetZeroLength, JET_bitTTForceMaterialization, JET_coltypBinary, JET_coltypLong,
  JET_coltypLongBinary, JET_coltypLongText, JET_coltypText, JET_errSuccess, JET_MoveFirst, JET_ObjInfoList,
  JET_prepInsert, JET_wrnColumnNull, JET_wrnColumnTruncated,
} from '../../src';
import type { JetApi, JET_COLUMNID, JET_OBJECTLIST, JET_SESID, JET_TABLEID } from '../../src';
import { int32, world } from '../support/fixture';
import { addColumn, createPeople, isam, self } from '../support/isam';

interface Enum { rc: number; columns: Array<Record<string, unknown>> }

function enumerate(api: JetApi, ses: JET_SESID, t: JET_TABLEID, grbit: number, cbDataMost = 0x7fffffff, requests: unknown[] | null = null): Enum {
  const count = out<number>(0);
  const list = out<Array<Record<string, unknown>>>([]);
  const rc = api.JetEnumerateColumns(ses, t, requests === null ? 0 : requests.length, requests as never, count, list as never, null, null,
    cbDataMost, grbit);
  return { rc, columns: list.value ?? [] };
}

/** A materialized temp table: k Long key, then the columns given; returns their ids (k first). */
function temp(api: JetApi, ses: JET_SESID, defs: Array<{ coltyp: number; grbit?: number }>): { t: JET_TABLEID; ids: JET_COLUMNID[] } {
  const ids: JET_COLUMNID[] = [];
  const box = out<JET_TABLEID>();
  const all = [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }, ...defs.map((d) => ({ grbit: 0, ...d }))];
  expect(api.JetOpenTempTable(ses, all, all.length, JET_bitTTForceMaterialization, box, ids)).toBe(JET_errSuccess);
  return { t: box.value, ids };
}

function row(api: JetApi, ses: JET_SESID, t: JET_TABLEID, values: Array<[JET_COLUMNID, Uint8Array, number?]>, update = true): void {
  expect(api.JetPrepareUpdate(ses, t, JET_prepInsert)).toBe(JET_errSuccess);
  for (const [c, v, g] of values) expect(api.JetSetColumn(ses, t, c, v, v.length, g ?? 0, null)).toBe(JET_errSuccess);
  if (update) expect(api.JetUpdate(ses, t, null, 0, null)).toBe(JET_errSuccess);
}

const ids = (e: Enum): unknown[] => e.columns.map((c) => c.columnid);

describe('JetEnumerateColumns on a temp table (fldenum.cxx)', () => {
  it('columns come by class and id; a NULL fixed column below a set one is wrnColumnNull; TaggedOnly lists tagged ones', () => {
    const { api, ses } = world();
    const { t, ids: c } = temp(api, ses, [{ coltyp: JET_coltypText }, { coltyp: JET_coltypLong }, { coltyp: JET_coltypLong },
      { coltyp: JET_coltypBinary, grbit: JET_bitColumnTagged }]);
    row(api, ses, t, [[c[0], int32(1)], [c[1], Uint8Array.of(65)], [c[3], int32(3)], [c[4], Uint8Array.of(9)]]);
    expect(api.JetMove(ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    const all = enumerate(api, ses, t, 0);
    expect(all.rc).toBe(JET_errSuccess);
    const sorted = [...c].sort((a, b) => a - b);
    expect(ids(all)).toEqual(sorted);
    expect(all.columns.find((x) => x.columnid === c[2])?.err).toBe(JET_wrnColumnNull);
    expect(ids(enumerate(api, ses, t, JET_bitEnumerateTaggedOnly))).toEqual([c[4]]);
  });

  it('JET_bitEnumerateCopy reads the prepared update; a zero-length value is a value', () => {
    const { api, ses } = world();
    const { t, ids: c } = temp(api, ses, [{ coltyp: JET_coltypBinary }, { coltyp: JET_coltypBinary }, { coltyp: JET_coltypBinary }]);
    row(api, ses, t, [[c[0], int32(1)], [c[1], Uint8Array.of(1, 2)], [c[2], new Uint8Array(0), JET_bitSetZeroLength]]);
    expect(api.JetMove(ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    const stored = enumerate(api, ses, t, 0).columns;
    expect(stored.map((x) => [x.columnid, x.err, x.cEnumColumnValue])).toEqual([[c[0], 0, 1], [c[1], 0, 1], [c[2], 0, 1]]);
    expect((stored[2].rgEnumColumnValue as Array<{ cbData: number }>)[0].cbData).toBe(0);
    row(api, ses, t, [[c[0], int32(2)], [c[1], Uint8Array.of(7, 8, 9)], [c[2], new Uint8Array(0), JET_bitSetZeroLength]], false);
    const copy = enumerate(api, ses, t, JET_bitEnumerateCopy).columns;
    // The last column is NULL in the copy buffer: not in the record.
    expect(ids({ rc: 0, columns: copy })).toEqual([c[0], c[1], c[2]]);
    const values = copy.map((x) => (x.rgEnumColumnValue as Array<{ pvData: Uint8Array | null; cbData: number }>)[0]);
    expect(values.map((v) => v.cbData)).toEqual([4, 3, 0]);
    expect(Array.from(values[1].pvData as Uint8Array)).toEqual([7, 8, 9]);
    expect(Array.from(values[0].pvData as Uint8Array)).toEqual([2, 0, 0, 0]);
  });

  it('a long value kept outside the record is cut at cbDataMost only when longer; values are copies', () => {
    const { api, ses } = world();
    // Long values are set only inside a transaction (lv.cxx ErrRECSetLongField: NotInTransaction at level 0).
    expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
    const { t, ids: c } = temp(api, ses, [{ coltyp: JET_coltypLongBinary }, { coltyp: JET_coltypLongText }]);
    const big = new Uint8Array(2000).fill(66);
    row(api, ses, t, [[c[0], int32(1)], [c[1], big], [c[2], big]]);
    expect(api.JetMove(ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    const cut = enumerate(api, ses, t, 0, 10).columns.slice(1);
    for (const col of cut) {
      const v = (col.rgEnumColumnValue as Array<{ err: number; cbData: number }>)[0];
      expect([v.err, v.cbData]).toEqual([JET_wrnColumnTruncated, 10]);
    }
    const whole = enumerate(api, ses, t, 0, 2000).columns.slice(1);
    for (const col of whole) {
      const v = (col.rgEnumColumnValue as Array<{ err: number; cbData: number; pvData: Uint8Array }>)[0];
      expect([v.err, v.cbData]).toEqual([JET_errSuccess, 2000]);
      v.pvData.fill(0);
    }
    const again = enumerate(api, ses, t, 0).columns[1];
    expect((again.rgEnumColumnValue as Array<{ pvData: Uint8Array }>)[0].pvData[0]).toBe(66);
  });
});

describe('JetEnumerateColumns on a table', () => {
  it('a requested value the record does not hold is wrnColumnNull; AsRefIfNotInRecord alone is accepted', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    row(w.emu.api, w.ses, p.tableid, [[p.id, int32(1)]]);
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    // The values handed back are copies: changing them changes nothing in the record.
    const first = enumerate(w.emu.api, w.ses, p.tableid, 0).columns[0];
    (first.rgEnumColumnValue as Array<{ pvData: Uint8Array }>)[0].pvData.fill(0);
    const again = enumerate(w.emu.api, w.ses, p.tableid, 0).columns[0];
    expect(Array.from((again.rgEnumColumnValue as Array<{ pvData: Uint8Array }>)[0].pvData)).toEqual(Array.from(int32(1)));
    const req = enumerate(w.emu.api, w.ses, p.tableid, 0, 100, [{ columnid: p.note, ctagSequence: 1, rgtagSequence: [1] }]);
    expect(req.rc).toBe(JET_errSuccess);
    expect((req.columns[0].rgEnumColumnValue as Array<{ err: number }>)[0].err).toBe(JET_wrnColumnNull);
    expect(enumerate(w.emu.api, w.ses, p.tableid, JET_bitEnumerateAsRefIfNotInRecord).rc).toBe(JET_errSuccess);
  });
});

describe('a tagged column set to NULL over its default (tagfld.cxx: a null entry is left in the record)', () => {
  it('is enumerated as wrnColumnNull (fldenum.cxx: a column with no value in the iterator)', () => {
    const w = isam();
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'tags', 0, 100, box)).toBe(JET_errSuccess);
    const t = box.value;
    const id = addColumn(w.api, w.ses, t, 'id', { coltyp: JET_coltypLong });
    const tag = addColumn(w.api, w.ses, t, 'tag', { coltyp: JET_coltypLong, grbit: JET_bitColumnTagged }, int32(5));
    row(w.emu.api, w.ses, t, [[id, int32(1)]], false);
    expect(w.api.JetSetColumn(w.ses, t, tag, null, 0, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    const found = enumerate(w.emu.api, w.ses, t, 0).columns.find((c) => c.columnid === tag);
    expect(found?.err).toBe(JET_wrnColumnNull);
  });
});

describe('JetGetObjectInfo(JET_ObjInfoList) (info.cxx)', () => {
  it('an object type other than Nil and Table lists nothing', () => {
    const w = isam();
    createPeople(w.api, self(w), true);
    const box = out<JET_OBJECTLIST>();
    expect(w.emu.api.JetGetObjectInfo(w.ses, w.dbid, 2, null, null, box as never, 64, JET_ObjInfoList)).toBe(JET_errSuccess);
    expect(box.value.cRecord).toBe(0);
  });
});
