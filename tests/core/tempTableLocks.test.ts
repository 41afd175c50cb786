/**
 * JetGetLock and JetEscrowUpdate on sorts and temp tables. The engine dispatches each call through the cursor's
 * function table (sortapi.cxx vtfndefTTSortIns while a sort collects rows, vtfndefTTSortRet while it is read back,
 * vtfndefTTBase once materialized): JetGetLock is ErrIllegalGetLock in all three (IllegalOperation, jetapi.cxx);
 * JetEscrowUpdate is ErrIllegalEscrowUpdate for a sort being read, and the ordinary ErrIsamEscrowUpdate otherwise
 * (recupd.cxx): NotInTransaction at level 0, then ErrRECIEscrowUpdate's checks (ColumnNotFound, AlreadyPrepared,
 * InvalidBufferSize), ending in InvalidOperation because no temp table column is an escrow column.
 */
import {
  out, JET_bitColumnTTKey, JET_bitTTForceMaterialization, JET_bitTTScrollable, JET_coltypLong, JET_coltypText,
  JET_errAlreadyPrepared, JET_errClientRequestToStopJetService, JET_errColumnNotFound, JET_errIllegalOperation, JET_errInvalidBufferSize,
  JET_errInvalidOperation, JET_errNotInTransaction, JET_errSuccess, JET_MoveFirst, JET_prepInsert,
} from '../../src';
import type { JetApi, JET_COLUMNID, JET_SESID, JET_TABLEID } from '../../src';
import { insert, int32, world } from '../support/fixture';

/** A temp table: key Long, value Long, note Text; one row inserted; in its insert phase unless moved. */
function table(api: JetApi, ses: JET_SESID, grbit: number): { t: JET_TABLEID; ids: JET_COLUMNID[] } {
  const t = out<JET_TABLEID>();
  const ids: JET_COLUMNID[] = [];
  const defs = [
    { coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey },
    { coltyp: JET_coltypLong, grbit: 0 },
    { coltyp: JET_coltypText, grbit: 0, cp: 1252 },
  ];
  expect(api.JetOpenTempTable(ses, defs, 3, grbit, t, ids)).toBe(JET_errSuccess);
  expect(insert(api, ses, t.value, ids[0], 1)).toBe(JET_errSuccess);
  return { t: t.value, ids };
}

function escrow(api: JetApi, ses: JET_SESID, t: JET_TABLEID, col: JET_COLUMNID, cb = 4): number {
  return api.JetEscrowUpdate(ses, t, col, int32(1).subarray(0, cb), cb, null, 0, null, 0);
}

describe('JetGetLock on a temp table: IllegalOperation in every phase', () => {
  it('collecting rows, read back, materialized', () => {
    const { api, ses } = world();
    const collecting = table(api, ses, JET_bitTTScrollable);
    expect(api.JetGetLock(ses, collecting.t, 0x1 /* JET_bitReadLock */)).toBe(JET_errIllegalOperation);
    const read = table(api, ses, JET_bitTTScrollable);
    expect(api.JetMove(ses, read.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(api.JetGetLock(ses, read.t, 0x1)).toBe(JET_errIllegalOperation);
    const tt = table(api, ses, JET_bitTTForceMaterialization);
    expect(api.JetMove(ses, tt.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(api.JetGetLock(ses, tt.t, 0x2 /* JET_bitWriteLock */)).toBe(JET_errIllegalOperation);
  });
});

describe('the session gate comes before the function table', () => {
  it('after JetStopServiceInstance both calls answer ClientRequestToStopJetService (jetapi.cxx: FEnter, not exempt)', () => {
    const { api, inst, ses } = world();
    const { t, ids } = table(api, ses, JET_bitTTScrollable);
    expect(api.JetStopServiceInstance(inst)).toBe(JET_errSuccess);
    expect(api.JetGetLock(ses, t, 0x1)).toBe(JET_errClientRequestToStopJetService);
    expect(escrow(api, ses, t, ids[1])).toBe(JET_errClientRequestToStopJetService);
    // The secondary-index bookmark calls are ErrIllegal* on temp tables too, and pass the same gate first.
    expect(api.JetGotoSecondaryIndexBookmark(ses, t, Uint8Array.of(1), 1, null, 0, 0)).toBe(JET_errClientRequestToStopJetService);
  });

  it('without a stop, a temp table answers IllegalOperation to the secondary-index bookmark calls', () => {
    const { api, ses } = world();
    const { t } = table(api, ses, JET_bitTTScrollable);
    expect(api.JetGotoSecondaryIndexBookmark(ses, t, Uint8Array.of(1), 1, null, 0, 0)).toBe(JET_errIllegalOperation);
  });
});

describe('JetEscrowUpdate on a temp table', () => {
  it('a sort being read back: IllegalOperation, even outside a transaction', () => {
    const { api, ses } = world();
    const { t, ids } = table(api, ses, JET_bitTTScrollable);
    expect(api.JetMove(ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(escrow(api, ses, t, ids[1])).toBe(JET_errIllegalOperation);
  });

  it('a materialized table at level 0: NotInTransaction before anything else', () => {
    const { api, ses } = world();
    const { t } = table(api, ses, JET_bitTTForceMaterialization);
    expect(escrow(api, ses, t, 999 as JET_COLUMNID)).toBe(JET_errNotInTransaction);
  });

  it('in a transaction: ColumnNotFound, AlreadyPrepared, InvalidBufferSize, then InvalidOperation', () => {
    const { api, ses } = world();
    const { t, ids } = table(api, ses, JET_bitTTForceMaterialization);
    expect(api.JetMove(ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
    expect(escrow(api, ses, t, 999 as JET_COLUMNID)).toBe(JET_errColumnNotFound);
    expect(api.JetPrepareUpdate(ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(escrow(api, ses, t, ids[1])).toBe(JET_errAlreadyPrepared);
    expect(api.JetPrepareUpdate(ses, t, 0x3 /* JET_prepCancel */)).toBe(JET_errSuccess);
    expect(escrow(api, ses, t, ids[1], 2)).toBe(JET_errInvalidBufferSize);
    expect(escrow(api, ses, t, ids[1])).toBe(JET_errInvalidOperation);
    expect(escrow(api, ses, t, ids[2])).toBe(JET_errInvalidOperation);
  });

  it('a sort still collecting rows runs the same checks', () => {
    const { api, ses } = world();
    const { t, ids } = table(api, ses, JET_bitTTScrollable);
    expect(escrow(api, ses, t, ids[1])).toBe(JET_errNotInTransaction);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
    expect(escrow(api, ses, t, ids[1])).toBe(JET_errInvalidOperation);
  });
});
