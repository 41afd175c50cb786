import {
  JET_errAlreadyPrepared, JET_errInvalidBufferSize, JET_errInvalidGrbit, JET_errInvalidOperation,
  JET_errNotInTransaction, JET_errPermissionDenied, JET_errTransReadOnly,
} from '../constants/errors';
import { enterChange } from './gates';
import * as C from '../constants/constants';
import { COLUMN } from '../catalog/tableColumn';
import { columnClass } from '../catalog/template';
import { fail } from '../storage/failure';
import type { Engine } from './engine';
import { markVersioned, TableCursor } from './tableCursor';
import { columnOf } from './columnCatalog';
import { deltaRecord, lockRecord, readLockRecord } from './tableData';
import { currentRecord, enterTable } from './tableNav';

/** JetGetLock, in rec.cxx ErrIsamGetLock's order (ese-semantics §7.5). */
export function getLock(engine: Engine, cursor: TableCursor, grbit: number): void {
  enterTable(engine, cursor);
  const ses = cursor.session;
  if (ses.level === 0) fail(JET_errNotInTransaction);
  const read = (grbit & C.JET_bitReadLock) !== 0;
  const write = (grbit & C.JET_bitWriteLock) !== 0;
  if (read === write) fail(JET_errInvalidGrbit);
  if (write) {
    if (!cursor.updatable) fail(JET_errPermissionDenied);
    if (ses.readOnly) fail(JET_errTransReadOnly);
  }
  const { bm } = currentRecord(cursor);
  if (write) lockRecord(ses, cursor.table, bm);
  else readLockRecord(ses, cursor.table, bm);
  markVersioned(cursor);
}

/**
 * JetEscrowUpdate, in recupd.cxx's order: a transaction, an updatable cursor
 * and transaction, the column, no update prepared, a delta of the column's
 * size, room for the old value, a fixed escrow column; then the delta.
 * Returns the value before the delta.
 */
export function escrowUpdate(engine: Engine, cursor: TableCursor, columnid: number, delta: Uint8Array, oldRoom: number | null): Uint8Array {
  enterTable(engine, cursor);
  const ses = cursor.session;
  if (ses.level === 0) fail(JET_errNotInTransaction);
  if (!cursor.updatable) fail(JET_errPermissionDenied);
  if (ses.readOnly) fail(JET_errTransReadOnly);
  const col = columnOf(cursor, columnid);
  if (cursor.update !== null) fail(JET_errAlreadyPrepared);
  if (col.fixedSize !== delta.length) fail(JET_errInvalidBufferSize);
  if (oldRoom !== null && oldRoom !== 0 && col.fixedSize > oldRoom) fail(JET_errInvalidBufferSize);
  if (columnClass(col.columnid) !== 0 || !col.has(COLUMN.EscrowUpdate)) fail(JET_errInvalidOperation);
  if (col.fixedSize !== 4 && col.fixedSize !== 8) fail(JET_errInvalidOperation);
  // recupd.cxx ErrRECIEscrowUpdate: the engine's own transaction (gates.ts enterChange).
  enterChange(ses);
  const { bm } = currentRecord(cursor);
  const view = new DataView(delta.buffer, delta.byteOffset, delta.byteLength);
  const amount = col.fixedSize === 8 ? view.getBigInt64(0, true) : BigInt(view.getInt32(0, true));
  // A delta that brings a DeleteOnZero column to zero deletes nothing now: version cleanup does, after the commit
  // (versionCleanup.ts).
  const before = deltaRecord(engine, ses, cursor.table, bm, { columnid: col.columnid, amount, size: col.fixedSize });
  markVersioned(cursor);
  return before;
}
