import type { TableDef } from '../catalog/tableDef';
import { EngineFailure } from '../storage/failure';
import type { Engine } from './engine';
import type { Session } from './session';
import { oldestBegin, writeRecord } from './tableData';

/**
 * A committed escrow delta on a DeleteOnZero (or Finalize) column, waiting for version cleanup: in the engine
 * the delta's version carries a flag when it brought the column to zero (bt.cxx, the delta's RCE), and once that
 * version is older than every transaction, version cleanup queues a task (ver.cxx, FINALIZETASK) that deletes
 * the record, in a transaction of its own, if the column is still zero and nobody has an uncommitted version of
 * the record (dbtask.cxx FINALIZETASK::ErrExecuteDbTask). Both column kinds delete (the notes there: Finalize
 * has behaved as DeleteOnZero in Windows for years).
 */
export interface PendingFinalize {
  readonly table: TableDef;
  readonly bm: string;
  readonly columnid: number;
  /** The commit stamp of the delta. */
  readonly at: number;
}

/**
 * Run the clean-up the engine would have run by now, as a transaction ends: every pending delta that every live
 * transaction can see (committed at or before the oldest level-0 begin) is finished. The engine does this in
 * the background at a time no caller controls; esemu does it at the first moment the engine could, so a record
 * is still there, with its zero, for the transaction that zeroed it and for every transaction older than the
 * commit. `ses` (at level 0) is the session the delete is made under: only its identity is used.
 */
export function cleanupVersions(engine: Engine, ses: Session): void {
  if (engine.finalizing.length === 0) return;
  const oldest = oldestBegin(engine, null);
  const waiting: PendingFinalize[] = [];
  for (const item of engine.finalizing) {
    if (oldest !== null && item.at > oldest) waiting.push(item);
    else finish(engine, ses, item);
  }
  engine.finalizing = waiting;
}

function finish(engine: Engine, ses: Session, item: PendingFinalize): void {
  const { table, bm } = item;
  if (table.deleted) return;
  const value = table.store.committed.records.get(bm)?.get(item.columnid)?.[0];
  if (value === undefined || !value.every((b) => b === 0)) return;
  // FVERActive: another transaction's uncommitted change, lock or delta on the record keeps it.
  if (table.store.active(bm)) return;
  try {
    writeRecord(engine, ses, table, bm, null);
  } catch (failure) {
    // A task that fails is dropped (FINALIZETASK::HandleError only counts it).
    if (!(failure instanceof EngineFailure)) throw failure;
  }
}
