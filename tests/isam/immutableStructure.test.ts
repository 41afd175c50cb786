/**
 * JET_bitTableCreateImmutableStructure and JET_bitIndexImmutableStructure, as the engine implements them:
 * - jetapi.cxx, JetCreateTableColumnIndexEx2 and the Ex wrappers: with the table bit the call works on a copy of
 *   the JET_TABLECREATE and never writes `tableid` or `cCreated` back (esent.h: "do not write to the input
 *   structures ... do not return any auto-opened tableid");
 * - fcreate.cxx, ErrIsamCreateTable: the new table's cursor is closed, since its tableid cannot reach the caller;
 * - the copy points at the caller's column array (CAutoTABLECREATE2To3_T::Result: "do not need to copy over .err
 *   values of columns"), so column ids and errs are still written;
 * - CAutoINDEXCREATE3To3_T::Result copies an index's `err` back only when that index lacks
 *   JET_bitIndexImmutableStructure; JetCreateIndex2 goes through the same class.
 */
import {
  JET_bitIndexImmutableStructure, JET_bitIndexPrimary, JET_bitTableCreateImmutableStructure, JET_coltypLong,
  JET_errColumnDuplicate, JET_errInvalidParameter, JET_errSuccess,
} from '../../src';
import type { JET_TABLEID } from '../../src';
import { addColumn, isam, keyOf, peer, tryOpenTable } from '../support/isam';
import type { Isam, JET_COLUMNCREATE, JET_INDEXCREATE, JET_TABLECREATE } from '../support/isam';

const SENTINEL = 0x5eed as unknown as JET_TABLEID;

function spec(grbit: number, columns: JET_COLUMNCREATE[], indexes: JET_INDEXCREATE[]): JET_TABLECREATE {
  return {
    szTableName: 'made', rgcolumncreate: columns, cColumns: columns.length, rgindexcreate: indexes, cIndexes: indexes.length,
    grbit, tableid: SENTINEL, cCreated: 99,
  };
}

const cursors = (w: Isam): number => w.emu.dump().instances[0].sessions.reduce((n, s) => n + s.cursors.length, 0);

describe('JET_bitTableCreateImmutableStructure', () => {
  it('creates the table, writes column ids and errs, leaves tableid and cCreated alone, and closes the new cursor', () => {
    const w = isam();
    const tc = spec(JET_bitTableCreateImmutableStructure,
      [{ szColumnName: 'k', coltyp: JET_coltypLong }, { szColumnName: 'v', coltyp: JET_coltypLong }],
      [{ szIndexName: 'pk', ...keyOf('+k'), grbit: JET_bitIndexPrimary }]);
    expect(w.api.JetCreateTableColumnIndex(w.ses, w.dbid, tc)).toBe(JET_errSuccess);
    expect(tc.tableid).toBe(SENTINEL);
    expect(tc.cCreated).toBe(99);
    // Fixed columns take ids from 1 (fcreate.cxx), in the order given.
    expect(tc.rgcolumncreate?.map((c) => [c.columnid, c.err])).toEqual([[1, JET_errSuccess], [2, JET_errSuccess]]);
    expect(tc.rgindexcreate?.map((i) => i.err)).toEqual([JET_errSuccess]);
    // No cursor is left: nothing holds the new table, so another session opens it.
    expect(cursors(w)).toBe(0);
    expect(tryOpenTable(w.api, peer(w), 'made').rc).toBe(JET_errSuccess);
    expect(w.emu.dump().files[0].tables.map((t) => t.name)).toEqual(['made']);
  });

  it('needs no writable tableid or cCreated: a frozen JET_TABLECREATE is accepted with the bit, refused without it', () => {
    const w = isam();
    const frozen = (grbit: number): JET_TABLECREATE => Object.freeze({ ...spec(grbit, [{ szColumnName: 'k', coltyp: JET_coltypLong }], []), szTableName: `t${grbit}` });
    expect(w.api.JetCreateTableColumnIndex(w.ses, w.dbid, frozen(JET_bitTableCreateImmutableStructure))).toBe(JET_errSuccess);
    expect(w.api.JetCreateTableColumnIndex(w.ses, w.dbid, frozen(0))).toBe(JET_errInvalidParameter);
    expect(w.emu.dump().files[0].tables.map((t) => t.name)).toEqual([`t${JET_bitTableCreateImmutableStructure}`]);
  });

  it('on a failure still writes the failing column err, and still not tableid or cCreated', () => {
    const w = isam();
    const tc = spec(JET_bitTableCreateImmutableStructure,
      [{ szColumnName: 'a', coltyp: JET_coltypLong }, { szColumnName: 'A', coltyp: JET_coltypLong }], []);
    expect(w.api.JetCreateTableColumnIndex2(w.ses, w.dbid, tc)).toBe(JET_errColumnDuplicate);
    expect(tc.rgcolumncreate?.map((c) => c.err)).toEqual([JET_errSuccess, JET_errColumnDuplicate]);
    expect(tc.tableid).toBe(SENTINEL);
    expect(tc.cCreated).toBe(99);
    expect(cursors(w)).toBe(0);
  });
});

describe('JET_bitIndexImmutableStructure', () => {
  it("in JetCreateTableColumnIndex: that index's err is not written (a frozen struct is fine), the others' are", () => {
    const w = isam();
    const frozen = Object.freeze({ szIndexName: 'byV', ...keyOf('+v'), grbit: JET_bitIndexImmutableStructure }) as JET_INDEXCREATE;
    const open: JET_INDEXCREATE = { szIndexName: 'byK', ...keyOf('+k'), grbit: 0 };
    const tc = spec(0, [{ szColumnName: 'k', coltyp: JET_coltypLong }, { szColumnName: 'v', coltyp: JET_coltypLong }], [frozen, open]);
    expect(w.api.JetCreateTableColumnIndex(w.ses, w.dbid, tc)).toBe(JET_errSuccess);
    expect(frozen.err).toBeUndefined();
    expect(open.err).toBe(JET_errSuccess);
    expect(tc.cCreated).toBe(1 + 2 + 2);
    expect(w.emu.dump().files[0].tables[0].indexes.map((i) => i.name)).toEqual(['byV', 'byK']);
  });

  it('in JetCreateIndex2: the index is made and its struct left as it was', () => {
    const w = isam();
    const t = createEmpty(w);
    addColumn(w.api, w.ses, t, 'k', { coltyp: JET_coltypLong });
    const frozen = Object.freeze({ szIndexName: 'byK', ...keyOf('+k'), grbit: JET_bitIndexImmutableStructure, err: 7 }) as JET_INDEXCREATE;
    expect(w.api.JetCreateIndex2(w.ses, t, [frozen], 1)).toBe(JET_errSuccess);
    expect(frozen.err).toBe(7);
    expect(w.emu.dump().files[0].tables[0].indexes.map((i) => i.name)).toEqual(['byK']);
    // Without the bit the engine writes err, so a frozen struct is refused before anything is made.
    const plain = Object.freeze({ szIndexName: 'other', ...keyOf('+k'), grbit: 0 }) as JET_INDEXCREATE;
    expect(w.api.JetCreateIndex2(w.ses, t, [plain], 1)).toBe(JET_errInvalidParameter);
    expect(w.emu.dump().files[0].tables[0].indexes.map((i) => i.name)).toEqual(['byK']);
  });
});

function createEmpty(w: Isam): JET_TABLEID {
  const tc = spec(0, [], []);
  expect(w.api.JetCreateTableColumnIndex(w.ses, w.dbid, tc)).toBe(JET_errSuccess);
  return tc.tableid as JET_TABLEID;
}
