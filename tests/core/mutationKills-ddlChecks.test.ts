/**
 * Survivors of mutation testing in src/engine/templateDdl.ts, src/engine/tableInfoLevel.ts and
 * src/engine/intersectIndexes.ts (docs/testing.md, run 16), killed here. Expected values from the engine:
 * - fcreate.cxx ErrIsamCreateTableColumnIndex: JET_bitTableCreateSystemTable is for internal use only
 *   (InvalidGrbit);
 * - fcreate.cxx ErrIsamCreateIndex (7128-7135): a fixed-DDL table takes an index through a cursor opened with
 *   JET_bitTablePermitDDL unless it is a template;
 * - fldmod.cxx ErrRECRetrieveAndReserveAutoInc: an autoincrement column with a default value is InvalidOperation
 *   (and fcreate.cxx ErrFILEIAddColumn lets such a column be made: only a user-defined default is refused there);
 * - rec.cxx ErrRECICheckIndexrangesForUniqueness: per range in turn, first its cursor must be on a secondary index
 *   (InvalidParameter), then its grbit checked (InvalidGrbit), then every other range's cursor (InvalidParameter
 *   for one on the primary index).
 */
import {
  out, JET_bitColumnAutoincrement, JET_bitRecordInIndex, JET_bitSeekEQ, JET_bitSetIndexRange,
  JET_bitTableCreateFixedDDL, JET_bitTableCreateSystemTable, JET_bitTableDenyRead, JET_bitTablePermitDDL,
  JET_coltypLong, JET_errFixedDDL, JET_errInvalidGrbit, JET_errInvalidOperation, JET_errInvalidParameter,
  JET_errSuccess, JET_MoveFirst, JET_TblInfoRetrieveAndReserveAutoIncrement,
} from '../../src';
import type { JET_COLUMNID, JET_INDEXRANGE, JET_RECORDLIST, JET_TABLEID } from '../../src';
import { createIndex, createPeople, fill, int32, isam, openTable, seekInt, seekText, self, PEOPLE } from '../support/isam';
import type { Isam } from '../support/isam';
import { col, create, created } from '../support/templates';

describe('table creation grbits', () => {
  it('JET_bitTableCreateSystemTable is InvalidGrbit (fcreate.cxx: internal use only)', () => {
    const w = isam();
    expect(create(w, 'sys', JET_bitTableCreateSystemTable, [col('A', JET_coltypLong)]).rc).toBe(JET_errInvalidGrbit);
  });
});

describe('JetCreateIndex on a fixed-DDL table', () => {
  it('works through a JET_bitTablePermitDDL cursor, not through another one (fcreate.cxx ErrIsamCreateIndex)', () => {
    const w = isam();
    const tc = created(w, 'fixed', JET_bitTableCreateFixedDDL, [col('A', JET_coltypLong), col('B', JET_coltypLong)]);
    expect(w.api.JetCloseTable(w.ses, tc.tableid as JET_TABLEID)).toBe(JET_errSuccess);
    const plain = openTable(w.api, self(w), 'fixed');
    expect(createIndex(w.api, w.ses, plain, 'byA', 0, '+A')).toBe(JET_errFixedDDL);
    expect(w.api.JetCloseTable(w.ses, plain)).toBe(JET_errSuccess);
    // (In the engine this PermitDDL open is TableInUse while versions of the new table remain, until version
    // clean-up: see docs/differences.md; esemu has no such versions.)
    const ddl = openTable(w.api, self(w), 'fixed', JET_bitTableDenyRead | JET_bitTablePermitDDL);
    expect(createIndex(w.api, w.ses, ddl, 'byB', 0, '+B')).toBe(JET_errSuccess);
  });
});

describe('JET_TblInfoRetrieveAndReserveAutoIncrement', () => {
  it('an autoincrement column with a default value is InvalidOperation (fldmod.cxx ErrRECRetrieveAndReserveAutoInc)', () => {
    const w = isam();
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'counter', 0, 100, box)).toBe(JET_errSuccess);
    const id = out<JET_COLUMNID>();
    expect(w.api.JetAddColumn(w.ses, box.value, 'n', { coltyp: JET_coltypLong, grbit: JET_bitColumnAutoincrement }, int32(100), 4, id))
      .toBe(JET_errSuccess);
    const info = out<unknown>();
    expect(w.emu.api.JetGetTableInfo(w.ses, box.value, info as never, 4, JET_TblInfoRetrieveAndReserveAutoIncrement))
      .toBe(JET_errInvalidOperation);
  });
});

describe('JetIntersectIndexes: the order of the range checks', () => {
  function world(): Isam {
    const w = isam();
    const p = createPeople(w.api, self(w));
    fill(w.api, w.ses, p, [[1, 'a', 10], [2, 'a', 20]]);
    return w;
  }

  function on(w: Isam, index: string | null): JET_TABLEID {
    const c = openTable(w.api, self(w), PEOPLE);
    if (index === null) {
      expect(w.api.JetMove(w.ses, c, JET_MoveFirst, 0)).toBe(JET_errSuccess);
      return c;
    }
    expect(w.api.JetSetCurrentIndex(w.ses, c, index)).toBe(JET_errSuccess);
    const grbit = JET_bitSeekEQ | JET_bitSetIndexRange;
    expect(index === 'byAge' ? seekInt(w.api, w.ses, c, 20, grbit) : seekText(w.api, w.ses, c, 'a', grbit)).toBe(JET_errSuccess);
    return c;
  }

  function intersect(w: Isam, rs: JET_INDEXRANGE[]): number {
    return w.api.JetIntersectIndexes(w.ses, rs, rs.length, out<JET_RECORDLIST>(), 0);
  }

  it('a range on the primary index is InvalidParameter before its own bad grbit is looked at', () => {
    const w = world();
    const rs = [{ cbStruct: 24, tableid: on(w, null), grbit: 0 }, { cbStruct: 24, tableid: on(w, 'byAge'), grbit: JET_bitRecordInIndex }];
    expect(intersect(w, rs)).toBe(JET_errInvalidParameter);
  });

  it("a later range on the primary index is InvalidParameter, found by the first range's loop before the second's grbit", () => {
    const w = world();
    const rs = [
      { cbStruct: 24, tableid: on(w, 'byAge'), grbit: JET_bitRecordInIndex },
      { cbStruct: 24, tableid: on(w, 'byName'), grbit: 0 },
      { cbStruct: 24, tableid: on(w, null), grbit: JET_bitRecordInIndex },
    ];
    expect(intersect(w, rs)).toBe(JET_errInvalidParameter);
  });
});
