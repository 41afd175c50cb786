/**
 * Calls that only regular tables have, made on a sort or temp table: the engine dispatches each call through the
 * cursor's function table, and the three tables a sort or temp table goes through (sortapi.cxx vtfndefTTSortIns
 * while rows go in, vtfndefTTSortRet once read, vtfndefTTBase when materialized) hold ErrIllegal... entries for
 * AddColumn, CreateIndex, DeleteColumn, DeleteIndex, GetCurrentIndex, GetRecordPosition, GetTableColumnInfo,
 * GetTableIndexInfo, GotoPosition, RenameColumn, SetCurrentIndex and IndexRecordCount: JET_errIllegalOperation
 * (jetapi.cxx ErrIllegal...), whatever the other arguments are.
 */
import {
  out, JET_bitTTForceMaterialization, JET_bitTTIndexed, JET_bitTTScrollable, JET_bitTTUpdatable, JET_coltypLong,
  JET_ColInfo, JET_errIllegalOperation, JET_errSuccess, JET_IdxInfo, JET_MoveFirst, JET_prepInsert,
} from '../../src';
import type { JET_COLUMNDEF, JET_COLUMNID, JET_SESID, JET_TABLEID } from '../../src';
import { int32, isam } from '../support/isam';
import type { Isam } from '../support/isam';

function tempTable(w: Isam, grbit: number): JET_TABLEID {
  const defs: JET_COLUMNDEF[] = [{ coltyp: JET_coltypLong, grbit: 0x40 /* JET_bitColumnTTKey */ }];
  const ids: JET_COLUMNID[] = [];
  const box = out<JET_TABLEID>();
  expect(w.api.JetOpenTempTable(w.ses, defs, 1, grbit, box, ids)).toBe(JET_errSuccess);
  expect(w.api.JetPrepareUpdate(w.ses, box.value, JET_prepInsert)).toBe(JET_errSuccess);
  expect(w.api.JetSetColumn(w.ses, box.value, ids[0], int32(1), 4, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetUpdate(w.ses, box.value, null, 0, null)).toBe(JET_errSuccess);
  return box.value;
}

function calls(w: Isam, ses: JET_SESID, t: JET_TABLEID): Array<[string, () => number]> {
  const api = w.api;
  return [
    ['JetAddColumn', () => api.JetAddColumn(ses, t, 'c', { coltyp: JET_coltypLong }, null, 0, out<JET_COLUMNID>())],
    ['JetCreateIndex', () => api.JetCreateIndex(ses, t, 'ix', 0, '+c\0\0', 4, 100)],
    ['JetDeleteColumn', () => api.JetDeleteColumn(ses, t, 'c')],
    ['JetDeleteIndex', () => api.JetDeleteIndex(ses, t, 'ix')],
    ['JetGetCurrentIndex', () => api.JetGetCurrentIndex(ses, t, out<string>(''), 64)],
    ['JetGetRecordPosition', () => api.JetGetRecordPosition(ses, t, out(), 0)],
    // Rooms large enough: jetapi.cxx checks the info level and the room before the dispatch (tests/oracle/sortsTempTables).
    ['JetGetTableColumnInfo', () => api.JetGetTableColumnInfo(ses, t, 'c', out(), 28, JET_ColInfo)],
    ['JetGetTableIndexInfo', () => api.JetGetTableIndexInfo(ses, t, 'ix', out(), 88, JET_IdxInfo)],
    ['JetGotoPosition', () => api.JetGotoPosition(ses, t, { centriesLT: 0, centriesInRange: 1, centriesTotal: 1 })],
    ['JetRenameColumn', () => api.JetRenameColumn(ses, t, 'c', 'd', 0)],
    ['JetSetCurrentIndex', () => api.JetSetCurrentIndex(ses, t, 'ix')],
    ['JetIndexRecordCount', () => api.JetIndexRecordCount(ses, t, out<number>(0), 0)],
  ];
}

describe('regular-table calls on a sort or temp table', () => {
  it.each([
    ['a sort taking rows', JET_bitTTIndexed],
    ['a sort being read', JET_bitTTScrollable],
    ['a materialized temp table', JET_bitTTForceMaterialization | JET_bitTTUpdatable | JET_bitTTIndexed],
  ])('%s answers IllegalOperation to each, before looking at the other arguments', (_what, grbit) => {
    const w = isam();
    const t = tempTable(w, grbit);
    if (grbit === JET_bitTTScrollable) expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    for (const [name, call] of calls(w, w.ses, t)) expect([name, call()]).toEqual([name, JET_errIllegalOperation]);
  });
});
