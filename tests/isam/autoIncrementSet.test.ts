/**
 * Setting an autoincrement or a version column, from fldmod.cxx:
 * - ErrFLDSetOneColumn: after the column is found (ErrRECIAccessColumn), an autoincrement column answers
 *   InvalidColumnType unless the update was prepared with JET_prepInsertMustSetAutoIncrement, and a version column
 *   answers InvalidColumnType in a replace (FFUCBReplacePrepared);
 * - with JET_prepInsertMustSetAutoIncrement: NULL is AutoIncrementNotSet (ErrRECISetFixedColumn), 0 is
 *   InvalidParameter, a value at or above the table's next autoincrement value is SetAutoIncrementTooHigh;
 * - rec.cxx ErrRECIIllegalNulls: a JetUpdate that never set it is AutoIncrementNotSet.
 */
import {
  out, JET_bitColumnAutoincrement, JET_bitColumnVersion, JET_coltypLong, JET_errAutoIncrementNotSet,
  JET_errInvalidColumnType, JET_errInvalidParameter, JET_errSetAutoIncrementTooHigh, JET_errSuccess, JET_MoveFirst,
  JET_prepInsert, JET_prepInsertMustSetAutoIncrement, JET_prepReplace,
} from '../../src';
import type { JET_COLUMNID, JET_TABLEID } from '../../src';
import { addColumn, int32, isam, scan } from '../support/isam';
import type { Isam } from '../support/isam';

interface T {
  w: Isam;
  t: JET_TABLEID;
  auto: JET_COLUMNID;
  ver: JET_COLUMNID;
  n: JET_COLUMNID;
}

/** Table "t": auto (Long, autoincrement), ver (Long, version), n (Long); two records inserted, n = 10 and 20. */
function table(): T {
  const w = isam();
  const box = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, 't', 0, 100, box)).toBe(JET_errSuccess);
  const t = box.value;
  const auto = addColumn(w.api, w.ses, t, 'auto', { coltyp: JET_coltypLong, grbit: JET_bitColumnAutoincrement });
  const ver = addColumn(w.api, w.ses, t, 'ver', { coltyp: JET_coltypLong, grbit: JET_bitColumnVersion });
  const n = addColumn(w.api, w.ses, t, 'n', { coltyp: JET_coltypLong });
  for (const v of [10, 20]) {
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, n, int32(v), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
  }
  return { w, t, auto, ver, n };
}

describe('setting an autoincrement column (fldmod.cxx ErrFLDSetOneColumn)', () => {
  it('in an ordinary insert or a replace: InvalidColumnType, and the value the table gives is kept', () => {
    const { w, t, auto, n } = table();
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, auto, int32(99), 4, 0, null)).toBe(JET_errInvalidColumnType);
    expect(w.api.JetSetColumn(w.ses, t, n, int32(30), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    // The autoincrement values are 1, 2, 3 in insert order (the first value is 1).
    expect(scan(w.api, w.ses, t, auto)).toEqual([1, 2, 3]);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, auto, int32(1), 4, 0, null)).toBe(JET_errInvalidColumnType);
  });

  it('with JET_prepInsertMustSetAutoIncrement: 0 is InvalidParameter, the next value or above is SetAutoIncrementTooHigh, NULL is AutoIncrementNotSet', () => {
    const { w, t, auto } = table();
    // Two records took 1 and 2: the next value is 3.
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsertMustSetAutoIncrement)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, auto, int32(0), 4, 0, null)).toBe(JET_errInvalidParameter);
    expect(w.api.JetSetColumn(w.ses, t, auto, int32(3), 4, 0, null)).toBe(JET_errSetAutoIncrementTooHigh);
    expect(w.api.JetSetColumn(w.ses, t, auto, int32(1000), 4, 0, null)).toBe(JET_errSetAutoIncrementTooHigh);
    expect(w.api.JetSetColumn(w.ses, t, auto, null, 0, 0, null)).toBe(JET_errAutoIncrementNotSet);
  });

  it('with JET_prepInsertMustSetAutoIncrement: an update that never set it is AutoIncrementNotSet; a value below the next one is taken', () => {
    const { w, t, auto, n } = table();
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsertMustSetAutoIncrement)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, n, int32(5), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errAutoIncrementNotSet);
    // The update stays prepared after the failure (recupd.cxx): set the value and update again.
    expect(w.api.JetSetColumn(w.ses, t, auto, int32(2), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(scan(w.api, w.ses, t, n)).toEqual([10, 20, 5]);
    expect(scan(w.api, w.ses, t, auto)).toEqual([1, 2, 2]);
  });
});

describe('setting a version column (fldmod.cxx ErrFLDSetOneColumn)', () => {
  it('in a replace: InvalidColumnType; in an insert JetSetColumn takes it', () => {
    const { w, t, ver } = table();
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, ver, int32(7), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, ver, int32(8), 4, 0, null)).toBe(JET_errInvalidColumnType);
  });
});
