/**
 * Survivors of mutation testing in src/engine/columnDefault.ts (docs/testing.md, run 12), killed here. Expected
 * values from fldmod.cxx ErrIsamSetColumnDefaultValue: a column that any index of the table uses is ColumnInUse
 * (FFILEIsIndexColumn); any other column of the table takes the new default, which records inserted afterwards get.
 * The default is written into the catalog (ErrCATChangeColumnDefaultValue), so the caller's buffer is not used after
 * the call returns.
 */
import {
  out, JET_coltypLong, JET_errColumnInUse, JET_errSuccess, JET_MoveFirst, JET_prepInsert,
} from '../../src';
import type { JET_COLUMNID, JET_TABLEID } from '../../src';
import { addColumn, createIndex, int32, intOf, isam, openTable, self } from '../support/isam';
import type { Isam } from '../support/isam';

function table(w: Isam, name: string, indexed: string[]): { t: JET_TABLEID; cols: Record<string, JET_COLUMNID> } {
  const t = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, name, 0, 100, t)).toBe(JET_errSuccess);
  const cols: Record<string, JET_COLUMNID> = {};
  for (const c of ['a', 'b', 'c']) cols[c] = addColumn(w.api, w.ses, t.value, c, { coltyp: JET_coltypLong });
  for (const c of indexed) expect(createIndex(w.api, w.ses, t.value, `by_${c}`, 0, `+${c}`)).toBe(JET_errSuccess);
  expect(w.api.JetCloseTable(w.ses, t.value)).toBe(JET_errSuccess);
  return { t: t.value, cols };
}

function setDefault(w: Isam, name: string, column: string, n: number): number {
  return w.emu.api.JetSetColumnDefaultValue(w.ses, w.dbid, name, column, int32(n), 4, 0);
}

describe('JetSetColumnDefaultValue and indexes', () => {
  it('on a table without indexes every column takes a default', () => {
    const w = isam();
    const { cols } = table(w, 'plain', []);
    expect(setDefault(w, 'plain', 'a', 5)).toBe(JET_errSuccess);
    const t = openTable(w.api, self(w), 'plain');
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, t, cols.a)).toBe(5);
  });

  it('a column one of two indexes uses is ColumnInUse; a column no index uses is not', () => {
    const w = isam();
    table(w, 'two', ['a', 'b']);
    expect(setDefault(w, 'two', 'a', 5)).toBe(JET_errColumnInUse);
    expect(setDefault(w, 'two', 'b', 5)).toBe(JET_errColumnInUse);
    expect(setDefault(w, 'two', 'c', 5)).toBe(JET_errSuccess);
  });

  it("the default is a copy: changing the caller's buffer afterwards changes nothing", () => {
    const w = isam();
    const { cols } = table(w, 'plain', []);
    const value = int32(5);
    expect(w.emu.api.JetSetColumnDefaultValue(w.ses, w.dbid, 'plain', 'b', value, 4, 0)).toBe(JET_errSuccess);
    value.set(int32(9));
    const t = openTable(w.api, self(w), 'plain');
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, t, cols.b)).toBe(5);
  });
});
