/**
 * What the lifecycle model test (tests/core/model.test.ts) found: sixteen places where esemu answered
 * differently from the engine. One test per finding, each with the engine source that settles it; the
 * expected values come from that source, not from running esemu.
 */
import {
  out, JET_bitRangeInstantDuration, JET_bitRangeUpperLimit, JET_bitSeekEQ, JET_bitSeekGE,
  JET_bitStopServiceResume, JET_bitTTForceMaterialization, JET_bitTTIndexed, JET_bitTTScrollable, JET_bitTTUpdatable,
  JET_coltypLong, JET_errAlreadyInitialized, JET_errDatabaseInUse, JET_errDatabaseNotFound,
  JET_errDatabaseSharingViolation, JET_errIllegalOperation, JET_errInstanceUnavailable, JET_errInvalidOperation,
  JET_errInvalidSesid, JET_errKeyNotMade, JET_errNoCurrentIndex, JET_errNoCurrentRecord, JET_errOutOfMemory,
  JET_errRecordNotFound, JET_errRestoreInProgress, JET_errSuccess, JET_errUpdateNotPrepared, JET_MoveFirst,
  JET_MoveNext, JET_MovePrevious, JET_paramMaxInstances, JET_paramTransactionLevel, JET_prepInsert, JET_wrnSeekNotEqual,
  createEmulator,
} from '../../src';
import type { JetApi, JET_COLUMNID, JET_DBID, JET_INSTANCE, JET_SESID, JET_TABLEID } from '../../src';
import { createDb, insert, int32, openSort, readInt32, session, world } from '../support/fixture';

function read(api: JetApi, ses: JET_SESID, t: JET_TABLEID, col: JET_COLUMNID): number {
  const buf = new Uint8Array(4);
  expect(api.JetRetrieveColumn(ses, t, col, buf, 4, null, 0, null)).toBe(JET_errSuccess);
  return readInt32(buf);
}

function key(api: JetApi, ses: JET_SESID, t: JET_TABLEID, n: number): void {
  expect(api.JetMakeKey(ses, t, int32(n), 4, 0x1 /* JET_bitNewKey */)).toBe(JET_errSuccess);
}

/** A temp table with a key column and a plain column, opened with `grbit`, rows inserted while collecting. */
function filled(api: JetApi, ses: JET_SESID, grbit: number, values: number[]): { t: JET_TABLEID; col: JET_COLUMNID } {
  const s = openSort(api, ses, grbit);
  for (const v of values) expect(insert(api, ses, s.tableid, s.col, v)).toBe(JET_errSuccess);
  return { t: s.tableid, col: s.col };
}

describe('1. a file attached by another instance (fmp.cxx FMP::ErrNewAndWriteLatch)', () => {
  it('creating or attaching it answers DatabaseSharingViolation', () => {
    const emu = createEmulator();
    const api = emu.api;
    const a = out<JET_INSTANCE>();
    const b = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(a, 'a')).toBe(JET_errSuccess);
    expect(api.JetCreateInstance(b, 'b')).toBe(JET_errSuccess);
    expect(api.JetInit(a)).toBe(JET_errSuccess);
    expect(api.JetInit(b)).toBe(JET_errSuccess);
    const sa = session(api, a.value);
    const sb = session(api, b.value);
    createDb(api, sa, 'shared.edb');
    expect(api.JetAttachDatabase(sb, 'shared.edb', 0)).toBe(JET_errDatabaseSharingViolation);
    expect(api.JetCreateDatabase(sb, 'SHARED.edb', null, out<JET_DBID>(), 0x200 /* OverwriteExisting */))
      .toBe(JET_errDatabaseSharingViolation);
  });
});

describe('2. a materialized temp table starts before its first row (sortapi.cxx ErrIsamSortMaterialize: DIRBeforeFirst)', () => {
  it('materialized at open: JetMove(0) after inserts answers NoCurrentRecord, MoveNext reaches the first row', () => {
    const { api, ses } = world();
    const { t, col } = filled(api, ses, JET_bitTTForceMaterialization, [20, 10]);
    expect(api.JetMove(ses, t, 0, 0)).toBe(JET_errNoCurrentRecord);
    expect(api.JetMove(ses, t, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(read(api, ses, t, col)).toBe(10);
  });

  it('materialized by the first move of an updatable sort: a move by 0 answers NoCurrentRecord', () => {
    const { api, ses } = world();
    const { t, col } = filled(api, ses, JET_bitTTUpdatable | JET_bitTTIndexed, [30, 10, 20]);
    expect(api.JetMove(ses, t, 0, 0)).toBe(JET_errNoCurrentRecord);
    expect(api.JetMove(ses, t, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(read(api, ses, t, col)).toBe(10);
  });

  it('a JetDupCursor copy is "move first when used": JetSetIndexRange puts it on the first row (dir.cxx ErrDIRCheckIndexRange)', () => {
    const { api, ses } = world();
    const { t, col } = filled(api, ses, JET_bitTTForceMaterialization, [10, 20, 30]);
    const dup = out<JET_TABLEID>();
    expect(api.JetDupCursor(ses, t, dup, 0)).toBe(JET_errSuccess);
    key(api, ses, dup.value, 20);
    expect(api.JetSetIndexRange(ses, dup.value, JET_bitRangeUpperLimit)).toBe(JET_errSuccess);
    expect(read(api, ses, dup.value, col)).toBe(10);
    expect(api.JetMove(ses, dup.value, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord); // 20 is outside the exclusive range
  });

  it('a deferred move-first cursor is on the first row once used: MoveNext goes to the second (dir.cxx ErrDIRNext)', () => {
    const { api, ses } = world();
    const { t, col } = filled(api, ses, JET_bitTTForceMaterialization, [10, 20]);
    const dup = out<JET_TABLEID>();
    expect(api.JetDupCursor(ses, t, dup, 0)).toBe(JET_errSuccess);
    expect(api.JetMove(ses, dup.value, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(read(api, ses, dup.value, col)).toBe(20);
  });

  it('on an empty table the deferred cursor stays deferred: a row inserted later is then its first row (dir.cxx ErrDIRIIRefresh)', () => {
    const { api, ses } = world();
    const { t, col } = filled(api, ses, JET_bitTTForceMaterialization, []);
    const dup = out<JET_TABLEID>();
    expect(api.JetDupCursor(ses, t, dup, 0)).toBe(JET_errSuccess);
    expect(api.JetMove(ses, dup.value, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    expect(insert(api, ses, t, col, 5)).toBe(JET_errSuccess);
    expect(api.JetMove(ses, dup.value, 0, 0)).toBe(JET_errSuccess);
    expect(read(api, ses, dup.value, col)).toBe(5);
  });

  it('a MoveNext that finds nothing before the first row leaves the cursor there (dir.cxx ErrDIRNext restores locBeforeFirst)', () => {
    const { api, ses } = world();
    const { t, col } = filled(api, ses, JET_bitTTForceMaterialization, []);
    expect(api.JetMove(ses, t, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    expect(insert(api, ses, t, col, 7)).toBe(JET_errSuccess);
    expect(api.JetMove(ses, t, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(read(api, ses, t, col)).toBe(7);
  });
});

describe('3 and 10. the move that ends the insert phase of a sort read from memory (sortapi.cxx ErrTTSortInsMove)', () => {
  it('an empty sort answers the first MovePrevious with NoCurrentRecord, before the scrollability check', () => {
    const { api, ses } = world();
    const { t } = filled(api, ses, 0, []);
    expect(api.JetMove(ses, t, JET_MovePrevious, 0)).toBe(JET_errNoCurrentRecord);
  });

  it('a failed first MovePrevious leaves the cursor on the first row: MoveNext then gives the second', () => {
    const { api, ses } = world();
    const { t, col } = filled(api, ses, 0, [30, 10, 20]);
    expect(api.JetMove(ses, t, JET_MovePrevious, 0)).toBe(JET_errIllegalOperation);
    expect(api.JetMove(ses, t, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(read(api, ses, t, col)).toBe(20);
  });

  it('a failed first seek on a sort that cannot seek leaves the cursor on the first row too', () => {
    const { api, ses } = world();
    const { t, col } = filled(api, ses, 0, [30, 10, 20]);
    key(api, ses, t, 20);
    expect(api.JetSeek(ses, t, JET_bitSeekEQ)).toBe(JET_errIllegalOperation);
    expect(read(api, ses, t, col)).toBe(10);
    expect(api.JetMove(ses, t, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(read(api, ses, t, col)).toBe(20);
  });

  it('the first MoveNext counts the move onto the first row: it lands on the first', () => {
    const { api, ses } = world();
    const { t, col } = filled(api, ses, 0, [30, 10, 20]);
    expect(api.JetMove(ses, t, 2, 0)).toBe(JET_errSuccess);
    expect(read(api, ses, t, col)).toBe(20);
  });
});

describe('4. a move or a seek on a materialized temp table cancels the prepared update (rec.cxx ErrIsamMove / ErrIsamSeek)', () => {
  it('a move, even by 0, cancels it', () => {
    const { api, ses } = world();
    const { t } = filled(api, ses, JET_bitTTForceMaterialization, [10]);
    expect(api.JetPrepareUpdate(ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(api.JetMove(ses, t, 0, 0)).toBe(JET_errNoCurrentRecord);
    expect(api.JetUpdate(ses, t, null, 0, null)).toBe(JET_errUpdateNotPrepared);
  });

  it('a seek cancels it, but a seek refused with KeyNotMade does not', () => {
    const { api, ses } = world();
    const { t } = filled(api, ses, JET_bitTTForceMaterialization, [10, 20]);
    expect(api.JetPrepareUpdate(ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(api.JetSeek(ses, t, JET_bitSeekEQ)).toBe(JET_errKeyNotMade);
    expect(api.JetPrepareUpdate(ses, t, JET_prepInsert)).not.toBe(JET_errSuccess); // still prepared: AlreadyPrepared
    key(api, ses, t, 15);
    expect(api.JetSeek(ses, t, JET_bitSeekGE)).toBe(JET_wrnSeekNotEqual);
    expect(api.JetUpdate(ses, t, null, 0, null)).toBe(JET_errUpdateNotPrepared);
  });
});

describe('5. JetSetIndexRange on a temp table without a key index (rec.cxx ErrIsamSetIndexRange)', () => {
  it('answers NoCurrentIndex, before the key is looked at', () => {
    const { api, ses } = world();
    const t = out<JET_TABLEID>();
    const ids: JET_COLUMNID[] = [];
    expect(api.JetOpenTempTable(ses, [{ coltyp: JET_coltypLong, grbit: 0 }], 1, 0, t, ids)).toBe(JET_errSuccess);
    expect(api.JetSetIndexRange(ses, t.value, JET_bitRangeUpperLimit)).toBe(JET_errNoCurrentIndex);
  });

  it('also for an updatable sort materialized without JET_bitTTIndexed', () => {
    const { api, ses } = world();
    const { t } = filled(api, ses, JET_bitTTUpdatable, [2, 1]);
    expect(api.JetMove(ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(api.JetSetIndexRange(ses, t, JET_bitRangeUpperLimit)).toBe(JET_errNoCurrentIndex);
  });
});

describe('6. a rollback whose undo fails takes the instance down (ver.cxx ErrVERIUndo: SetInstanceUnavailable)', () => {
  it('JetEndSession failing in its rollback leaves every session of the instance unavailable', () => {
    const { emu, api, inst, ses } = world();
    const other = session(api, inst);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
    expect(emu.failStep('EndSession.rollbackLevel', { code: JET_errOutOfMemory })).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errOutOfMemory);
    expect(api.JetBeginTransaction(other)).toBe(JET_errInstanceUnavailable);
    // An unavailable instance terminates without TooManyActiveUsers, and its sessions go with it.
    expect(api.JetTerm(inst)).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errInvalidSesid);
  });
});

describe('7. JetStopServiceInstance2(Resume) after JetStopServiceInstance (jetapi.cxx JetStopServiceInstance2)', () => {
  it('succeeds: the old form does not record its full stop with the stopped tasks', () => {
    const { api, inst } = world();
    expect(api.JetStopServiceInstance(inst)).toBe(JET_errSuccess);
    expect(api.JetStopServiceInstance2(inst, JET_bitStopServiceResume)).toBe(JET_errSuccess);
  });

  it('but not after JetStopServiceInstance2(0), whose full stop cannot be undone', () => {
    const { api, inst } = world();
    expect(api.JetStopServiceInstance2(inst, 0)).toBe(JET_errSuccess);
    expect(api.JetStopServiceInstance2(inst, JET_bitStopServiceResume)).not.toBe(JET_errSuccess);
  });
});

describe('8 and 9. which parameter calls pass the instance gate (jetapi.cxx JetSet/GetSystemParameterEx)', () => {
  function oneInstanceRestoring(): { api: JetApi; inst: JET_INSTANCE; ses: JET_SESID } {
    const emu = createEmulator();
    const api = emu.api;
    const inst = out<JET_INSTANCE>();
    expect(api.JetInit(inst)).toBe(JET_errSuccess); // one-instance mode
    const ses = session(api, inst.value);
    expect(emu.setInstanceState(inst.value, 'restoring')).toBe(JET_errSuccess);
    return { api, inst: inst.value, ses };
  }

  it('a global parameter in one-instance mode finds no instance, so no gate: MaxInstances is AlreadyInitialized', () => {
    const { api } = oneInstanceRestoring();
    expect(api.JetSetSystemParameter(null, 0 as JET_SESID, JET_paramMaxInstances, 4, null)).toBe(JET_errAlreadyInitialized);
    const v = out<number>();
    expect(api.JetGetSystemParameter(0 as JET_INSTANCE, 0 as JET_SESID, JET_paramMaxInstances, v, null, 0)).toBe(JET_errSuccess);
  });

  it('JetGetSystemParameter(TransactionLevel) passes the gate first: RestoreInProgress', () => {
    const { api, inst, ses } = oneInstanceRestoring();
    const v = out<number>();
    expect(api.JetGetSystemParameter(inst, ses, JET_paramTransactionLevel, v, null, 0)).toBe(JET_errRestoreInProgress);
  });
});

describe('11. rollback leaves a sort cursor where it is (sort moves record no navigation level)', () => {
  it('a sort read inside a transaction keeps its position after the rollback', () => {
    const { api, ses } = world();
    const { t, col } = filled(api, ses, JET_bitTTScrollable, [10, 20, 30]);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
    expect(api.JetMove(ses, t, JET_MoveNext, 0)).toBe(JET_errSuccess); // ends the insert phase: on 10
    expect(api.JetMove(ses, t, JET_MoveNext, 0)).toBe(JET_errSuccess); // 20
    expect(api.JetRollback(ses, 0)).toBe(JET_errSuccess);
    expect(read(api, ses, t, col)).toBe(20);
  });
});

describe('12. a detach of every database (db.cxx ErrIsamDetachAllDatabase)', () => {
  it('goes in dbid order and stops at the first in use; those before it are detached', () => {
    const { api, ses } = world();
    for (const name of ['d1.edb', 'd2.edb', 'd3.edb']) {
      const dbid = createDb(api, ses, name);
      if (name !== 'd2.edb') expect(api.JetCloseDatabase(ses, dbid, 0)).toBe(JET_errSuccess);
    }
    expect(api.JetDetachDatabase(ses, null)).toBe(JET_errDatabaseInUse);
    const dbid = out<JET_DBID>();
    expect(api.JetOpenDatabase(ses, 'd1.edb', null, dbid, 0)).toBe(JET_errDatabaseNotFound); // detached
    expect(api.JetOpenDatabase(ses, 'd3.edb', null, dbid, 0)).toBe(JET_errSuccess); // after the one in use: kept
  });
});

describe('13. JetSetIndexRange off a row (rec.cxx ErrIsamSetIndexRange: the range is set before the check)', () => {
  it('answers NoCurrentRecord but keeps the range and the position: MoveNext then gives the first row', () => {
    const { api, ses } = world();
    const { t, col } = filled(api, ses, JET_bitTTForceMaterialization, [10, 20, 30]);
    key(api, ses, t, 20);
    expect(api.JetSetIndexRange(ses, t, JET_bitRangeUpperLimit)).toBe(JET_errNoCurrentRecord);
    expect(api.JetMove(ses, t, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(read(api, ses, t, col)).toBe(10);
    expect(api.JetMove(ses, t, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord); // the range stopped it
  });

  it('an upper range kept after the last row does not stop MovePrevious (dir.cxx ErrDIRPrev checks only lower ranges)', () => {
    const { api, ses } = world();
    const { t, col } = filled(api, ses, JET_bitTTForceMaterialization, [10, 20, 30]);
    expect(api.JetMove(ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(api.JetMove(ses, t, 3, 0)).toBe(JET_errNoCurrentRecord); // after the last row
    key(api, ses, t, 20);
    expect(api.JetSetIndexRange(ses, t, JET_bitRangeUpperLimit)).toBe(JET_errNoCurrentRecord); // kept
    expect(api.JetMove(ses, t, JET_MovePrevious, 0)).toBe(JET_errSuccess);
    expect(read(api, ses, t, col)).toBe(30);
  });

  it('an instant-duration range is still removed', () => {
    const { api, ses } = world();
    const { t } = filled(api, ses, JET_bitTTForceMaterialization, [10, 20, 30]);
    key(api, ses, t, 20);
    expect(api.JetSetIndexRange(ses, t, JET_bitRangeUpperLimit | JET_bitRangeInstantDuration)).toBe(JET_errNoCurrentRecord);
    expect(api.JetSetIndexRange(ses, t, 0x8 /* JET_bitRangeRemove */)).toBe(JET_errInvalidOperation);
  });
});

describe('14. JetEndSession closes databases in dbid order (db.cxx ErrDBCloseAllDBs)', () => {
  it('a close failing on the second database leaves the first (lowest dbid) closed, whatever the open order', () => {
    const { emu, api, ses } = world();
    const low = createDb(api, ses, 'low.edb'); // dbid slot 1
    const high = createDb(api, ses, 'high.edb'); // dbid slot 2
    expect(api.JetCloseDatabase(ses, low, 0)).toBe(JET_errSuccess);
    const again = out<JET_DBID>();
    expect(api.JetOpenDatabase(ses, 'low.edb', null, again, 0)).toBe(JET_errSuccess); // now opened after high.edb
    expect(emu.failStep('EndSession.closeDatabase', { nth: 2, code: JET_errOutOfMemory })).toBe(JET_errSuccess);
    expect(api.JetEndSession(ses, 0)).toBe(JET_errOutOfMemory);
    const open = emu.dump().instances[0].sessions[0].openDatabases.map((d) => d.path);
    expect(open).toEqual(['high.edb']);
    expect(high).not.toBe(low);
  });
});

describe('15. a JetInit that fails frees the instance with its sessions', () => {
  it('an instance restoring with a session: the failed init leaves the session handle dead', () => {
    const emu = createEmulator();
    const api = emu.api;
    const inst = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(inst, 'r')).toBe(JET_errSuccess);
    expect(api.JetInit(inst)).toBe(JET_errSuccess);
    const handle = inst.value;
    const ses = session(api, handle);
    expect(emu.setInstanceState(handle, 'restoring')).toBe(JET_errSuccess);
    expect(emu.failStep('Init.recovery', { code: JET_errOutOfMemory })).toBe(JET_errSuccess);
    expect(api.JetInit(out<JET_INSTANCE>(handle))).toBe(JET_errOutOfMemory);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errInvalidSesid);
  });
});

describe('16. JetSeek refused with KeyNotMade records no navigation level', () => {
  it('a rollback of the level then leaves the cursor on its row', () => {
    const { api, ses } = world();
    const { t, col } = filled(api, ses, JET_bitTTForceMaterialization, [10, 20]);
    expect(api.JetMove(ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
    expect(api.JetSeek(ses, t, JET_bitSeekEQ)).toBe(JET_errKeyNotMade);
    expect(api.JetRollback(ses, 0)).toBe(JET_errSuccess);
    expect(read(api, ses, t, col)).toBe(10);
  });

  it('while a seek that ran does: the rollback puts the cursor before the first row', () => {
    const { api, ses } = world();
    const { t } = filled(api, ses, JET_bitTTForceMaterialization, [10, 20]);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
    key(api, ses, t, 20);
    expect(api.JetSeek(ses, t, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(api.JetRollback(ses, 0)).toBe(JET_errSuccess);
    expect(api.JetMove(ses, t, 0, 0)).toBe(JET_errNoCurrentRecord);
  });
});

describe('the seek that ends an empty sort\'s insert phase', () => {
  it('answers RecordNotFound for a sort read from memory (ErrTTSortInsSeek turns NoCurrentRecord into it)', () => {
    const { api, ses } = world();
    const { t } = filled(api, ses, JET_bitTTIndexed, []);
    key(api, ses, t, 1);
    expect(api.JetSeek(ses, t, JET_bitSeekEQ)).toBe(JET_errRecordNotFound);
  });

  it('but an updatable sort is materialized first and the seek checks its key: KeyNotMade', () => {
    const { api, ses } = world();
    const { t } = filled(api, ses, JET_bitTTUpdatable | JET_bitTTIndexed, []);
    expect(api.JetSeek(ses, t, JET_bitSeekEQ)).toBe(JET_errKeyNotMade);
  });
});
