/**
 * The cursor calls that change nothing a reader sees: JetSetTableSequential / JetResetTableSequential (a scan is
 * coming, read ahead), JetGetCursorInfo (is the current record being changed by another session?) and
 * JetComputeStats (store the table's record count in the catalog).
 */
import { JET_errInvalidParameter, JET_errNoCurrentRecord, JET_errRecordDeleted, JET_errWriteConflict } from '../constants/errors';
import { fail } from '../storage/failure';
import type { AnyCursor } from './cursorSet';
import { currentRow, enter } from './cursor';
import type { Engine } from './engine';
import { tableOnly } from './anyCursor';
import { refuseFiltered, TableCursor, Where } from './tableCursor';
import { oldestBegin, readImage } from './tableData';
import { newChange, sees } from './tableCatalog';
import type { Session } from './session';
import type { TableDef } from '../catalog/tableDef';
import { enterTable } from './tableNav';
import { recordUndo } from './undo';

/**
 * JetSetTableSequential / JetResetTableSequential (fileopen.cxx ErrIsamSetSequential / ErrIsamResetSequential): a
 * hint on the cursor's current index that it is about to be walked (JET_bitPrereadForward / Backward: in which
 * direction), or that it no longer is. The grbit is not checked. esemu reads nothing from a disk, so the hint changes
 * nothing; every kind of temp table answers IllegalOperation (ErrIllegalSetSequential in sortapi.cxx's tables).
 */
export function tableSequential(engine: Engine, cursor: AnyCursor): void {
  enterTable(engine, tableOnly(engine, cursor));
}

/**
 * JetGetCursorInfo (info.cxx ErrIsamGetCursorInfo): InvalidParameter unless cbMax and InfoLevel are 0, then
 * NoCurrentRecord when the cursor is not on a record (a new cursor's deferred move counts as not on one),
 * RecordDeleted for a record deleted under it, WriteConflict when the newest version of the record is another
 * session's uncommitted one (a change, a lock, an escrow delta: ver.cxx VsVERCheck reads the chain's head only).
 * A materialized temp table is never seen by another session; a sort answers IllegalOperation (its function tables
 * have no GetCursorInfo).
 */
export function cursorInfo(engine: Engine, cursor: AnyCursor, cbMax: number, level: number): void {
  if (!(cursor instanceof TableCursor)) {
    const table = enter(engine, cursor);
    if (table.phase !== 'materialized') tableOnly(engine, cursor);
    if (cbMax !== 0 || level !== 0) fail(JET_errInvalidParameter);
    currentRow(cursor);
    return;
  }
  enterTable(engine, cursor);
  if (cbMax !== 0 || level !== 0) fail(JET_errInvalidParameter);
  // The table's cursor (pfucb->locLogical), which a failed range check on a secondary index leaves on its record.
  const bm = cursor.where === Where.DeferredFirst ? null : cursor.bm;
  if (bm === null) fail(JET_errNoCurrentRecord);
  const ses = cursor.session;
  if (readImage(ses, cursor.table).records.get(bm) === undefined) fail(JET_errRecordDeleted);
  if (cursor.table.store.newestByOther(bm, ses)) fail(JET_errWriteConflict);
}

/**
 * JetComputeStats (stats.cxx ErrIsamComputeStats): count the table's records as the session sees them and keep the
 * count in the catalog, where JET_TblInfo and JetGetObjectInfo read it; a rollback of the session's transaction puts
 * the old count back. Temp tables: IllegalOperation (ErrIllegalComputeStats).
 */
export function computeStats(engine: Engine, cursor: AnyCursor): void {
  const t = tableOnly(engine, cursor);
  enterTable(engine, t);
  refuseFiltered(t);
  const ses = t.session;
  const table = t.table;
  // cat.cxx ErrCATStats: a replace of the table's catalog row, versioned: another session's uncommitted statistics,
  // or statistics committed after this transaction began, are a write conflict (ver.cxx FVERIWriteConflict).
  const newest = table.stats[0];
  if (newest !== undefined && !sees(ses, newest.made)) fail(JET_errWriteConflict);
  const entry = { records: readImage(ses, table).records.size, made: newChange(engine, ses) };
  table.stats.unshift(entry);
  recordUndo(ses, () => {
    const at = table.stats.indexOf(entry);
    if (at >= 0) table.stats.splice(at, 1);
  });
  // Counts no transaction can read any more go: every live transaction sees a newer committed one.
  const oldest = oldestBegin(engine, null);
  const keep = table.stats.findIndex((s) => s.made.by === null && (oldest === null || s.made.at < oldest));
  if (keep >= 0) table.stats.length = keep + 1;
}

/** The record count the session reads from the catalog's statistics: the newest JetComputeStats it sees, else 0. */
export function statsSeen(ses: Session, table: TableDef): number {
  for (const s of table.stats) if (sees(ses, s.made)) return s.records;
  return 0;
}
