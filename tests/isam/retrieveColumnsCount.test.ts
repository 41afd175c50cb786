/**
 * JetRetrieveColumns with itagSequence 0 counts values (fldext.cxx ErrRECRetrieveColumns, RECICountColumn): the
 * count goes into itagSequence, cbActual is 0, columnidNextTagged is the column and err Success; nothing is copied.
 * A tagged column counts its values, a fixed or variable one 1 (or 0 when NULL); JET_bitRetrieveCopy counts in the
 * prepared update. The column is looked up first (ColumnNotFound, ErrRECIAccessColumn). ManagedEsent documents
 * the same (JET_RETRIEVECOLUMN.itagSequence: 0 returns the number of values). An itagSequence left out of the
 * JavaScript struct reads value 1.
 */
import {
  out, JET_bitColumnMultiValued, JET_bitColumnTagged, JET_bitRetrieveCopy, JET_coltypLong, JET_coltypText,
  JET_bitTTScrollable, JET_errColumnNotFound, JET_errSuccess, JET_MoveFirst, JET_prepInsert, JET_prepReplace,
} from '../../src';
import type { JET_COLUMNID, JET_RETRIEVECOLUMN, JET_TABLEID } from '../../src';
import { addColumn, ascii, int32, isam } from '../support/isam';

function world() {
  const w = isam();
  const box = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, 't', 0, 100, box)).toBe(JET_errSuccess);
  const t = box.value;
  const n = addColumn(w.api, w.ses, t, 'n', { coltyp: JET_coltypLong });
  const empty = addColumn(w.api, w.ses, t, 'empty', { coltyp: JET_coltypLong });
  const tags = addColumn(w.api, w.ses, t, 'tags', { coltyp: JET_coltypText, cp: 1252, grbit: JET_bitColumnTagged | JET_bitColumnMultiValued });
  expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
  expect(w.api.JetSetColumn(w.ses, t, n, int32(7), 4, 0, null)).toBe(JET_errSuccess);
  for (const s of ['a', 'b', 'c']) expect(w.api.JetSetColumn(w.ses, t, tags, ascii(s), 1, 0, { itagSequence: 0 })).toBe(JET_errSuccess);
  expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
  return { w, t, n, empty, tags };
}

function counting(columnid: JET_COLUMNID, grbit = 0): JET_RETRIEVECOLUMN {
  return { columnid, pvData: new Uint8Array(8).fill(0xee), cbData: 8, grbit, itagSequence: 0, cbActual: 99, err: 1 };
}

describe('JetRetrieveColumns with itagSequence 0', () => {
  it('counts the values of each column into itagSequence and copies nothing', () => {
    const { w, t, n, empty, tags } = world();
    const cols = [counting(tags), counting(n), counting(empty)];
    expect(w.api.JetRetrieveColumns(w.ses, t, cols, 3)).toBe(JET_errSuccess);
    expect(cols.map((c) => c.itagSequence)).toEqual([3, 1, 0]);
    expect(cols.map((c) => [c.err, c.cbActual, c.columnidNextTagged])).toEqual([[0, 0, tags], [0, 0, n], [0, 0, empty]]);
    expect(cols.every((c) => (c.pvData as Uint8Array).every((b) => b === 0xee))).toBe(true);
  });

  it('JET_bitRetrieveCopy counts in the prepared update', () => {
    const { w, t, tags } = world();
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, tags, ascii('d'), 1, 0, { itagSequence: 0 })).toBe(JET_errSuccess);
    const cols = [counting(tags, JET_bitRetrieveCopy), counting(tags)];
    expect(w.api.JetRetrieveColumns(w.ses, t, cols, 2)).toBe(JET_errSuccess);
    expect(cols.map((c) => c.itagSequence)).toEqual([4, 3]);
  });

  it('an unknown column is ColumnNotFound; an itagSequence left out reads the first value', () => {
    const { w, t, tags } = world();
    const bad = counting(0x7777 as JET_COLUMNID);
    expect(w.api.JetRetrieveColumns(w.ses, t, [bad], 1)).toBe(JET_errColumnNotFound);
    // fldext.cxx ErrRECRetrieveColumns: Call( ErrRECIAccessColumn(...) ) leaves the loop before the entry's err is written.
    expect([bad.err, bad.cbActual]).toEqual([1, 99]);
    const first: JET_RETRIEVECOLUMN = { columnid: tags, pvData: new Uint8Array(4), cbData: 4 };
    expect(w.api.JetRetrieveColumns(w.ses, t, [first], 1)).toBe(JET_errSuccess);
    expect([first.cbActual, (first.pvData as Uint8Array)[0]]).toEqual([1, 'a'.charCodeAt(0)]);
  });

  it('on a sort, each column holds one value at most here: 1, or 0 for a NULL one', () => {
    const w = isam();
    const ids: JET_COLUMNID[] = [];
    const box = out<JET_TABLEID>();
    const defs = [{ coltyp: JET_coltypLong, grbit: 0x40 /* JET_bitColumnTTKey */ }, { coltyp: JET_coltypLong }];
    expect(w.api.JetOpenTempTable(w.ses, defs, 2, JET_bitTTScrollable, box, ids)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, box.value, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, box.value, ids[0], int32(1), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, box.value, null, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, box.value, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    const cols = [counting(ids[0]), counting(ids[1])];
    expect(w.api.JetRetrieveColumns(w.ses, box.value, cols, 2)).toBe(JET_errSuccess);
    expect(cols.map((c) => [c.itagSequence, c.err, c.cbActual])).toEqual([[1, 0, 0], [0, 0, 0]]);
  });
});
