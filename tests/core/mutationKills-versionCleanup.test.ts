/**
 * A survivor of mutation testing in src/engine/versionCleanup.ts (docs/testing.md, run 15), killed here.
 * dbtask.cxx FINALIZETASK::ErrExecuteDbTask opens the table before it deletes a record whose DeleteOnZero column
 * reached zero; a table whose delete is pending (JetDeleteTable in a transaction not yet committed) does not open
 * (fileopen.cxx:1251-1260, TableLocked; ese-semantics.md §8.1), and a task that fails is dropped
 * (FINALIZETASK::HandleError). So when that delete is rolled back, the record is still there, with its zero.
 */
import {
  out, JET_bitColumnDeleteOnZero, JET_bitColumnEscrowUpdate, JET_coltypLong, JET_errSuccess, JET_MoveFirst,
  JET_prepInsert,
} from '../../src';
import type { JET_TABLEID } from '../../src';
import { addColumn, int32, isam, openTable, peer, scan, self } from '../support/isam';

describe('DeleteOnZero clean-up and a table being deleted', () => {
  it('a table whose delete is pending when the clean-up runs keeps the record once the delete is rolled back', () => {
    const w = isam();
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'refs', 0, 100, box)).toBe(JET_errSuccess);
    const n = addColumn(w.api, w.ses, box.value, 'n', { coltyp: JET_coltypLong, grbit: JET_bitColumnEscrowUpdate | JET_bitColumnDeleteOnZero }, int32(0));
    expect(w.api.JetPrepareUpdate(w.ses, box.value, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, box.value, n, int32(1), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, box.value, null, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(w.ses, box.value)).toBe(JET_errSuccess);
    // An older transaction keeps the zeroing delta's version from clean-up.
    const old = peer(w);
    expect(w.api.JetBeginTransaction(old.ses)).toBe(JET_errSuccess);
    const t = openTable(w.api, self(w), 'refs');
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetEscrowUpdate(w.ses, t, n, int32(-1), 4, null, 0, null, 0)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(w.ses, t)).toBe(JET_errSuccess);
    // The delete of the table is pending when the older transaction ends and the clean-up runs.
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetDeleteTable(w.ses, w.dbid, 'refs')).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(old.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    const again = openTable(w.api, self(w), 'refs');
    expect(scan(w.api, w.ses, again, n)).toEqual([0]);
  });
});
