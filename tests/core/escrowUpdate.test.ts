/**
 * JetEscrowUpdate's checks, in the engine's order, and its effect, from the engine source:
 * recupd.cxx ErrIsamEscrowUpdate (3711-3760): not in a transaction -> NotInTransaction; ErrFUCBCheckUpdatable
 * (a ReadOnly cursor -> PermissionDenied), then ErrPIBCheckUpdatable (a read-only transaction -> TransReadOnly);
 * then ErrRECIEscrowUpdate (3560-3708): ErrRECIAccessColumn (unknown column -> ColumnNotFound), an update
 * prepared -> AlreadyPrepared, cbMax other than the column's size -> InvalidBufferSize, pvOld with a non-zero
 * cbOldMax smaller than the column -> InvalidBufferSize, a non-fixed or non-escrow column -> InvalidOperation;
 * then the delta (LONG for 4-byte columns, LONGLONG for 8-byte ones) with the previous value written to pvOld
 * and the column's size to pcbOldActual.
 */
import {
  out,
  JET_bitColumnDeleteOnZero, JET_bitColumnEscrowUpdate, JET_bitTableReadOnly,
  JET_bitTransactionReadOnly, JET_ccolFixedMost, JET_coltypLong, JET_coltypLongLong,
  JET_errAlreadyPrepared, JET_errColumnNotFound, JET_errInvalidBufferSize, JET_errInvalidOperation,
  JET_errNotInTransaction, JET_errPermissionDenied, JET_errSuccess, JET_errTransReadOnly, JET_MoveFirst,
  JET_prepInsert, JET_prepReplace,
} from '../../src';
import type { JET_COLUMNID, JET_TABLEID } from '../../src';
import { addColumn, int32, intOf, isam, openTable, readInt32, retrieve, scan } from '../support/isam';
import type { Isam } from '../support/isam';

interface Counters {
  w: Isam;
  t: JET_TABLEID;
  id: JET_COLUMNID;
  n: JET_COLUMNID;
  big: JET_COLUMNID;
  plain: JET_COLUMNID;
}

function int64(n: bigint): Uint8Array {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigInt64(0, n, true);
  return b;
}

/**
 * Table "counters": id Long, n Long escrow (default 0), big LongLong escrow (default 0), plain Long; one record id 1 with n = start, big = 0; the cursor on it, outside any transaction. With deleteOnZero
 * n is also DeleteOnZero.
 */
function counters(start: number, deleteOnZero = false): Counters {
  const w = isam();
  const box = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, 'counters', 0, 100, box)).toBe(JET_errSuccess);
  const t = box.value;
  const id = addColumn(w.api, w.ses, t, 'id', { coltyp: JET_coltypLong });
  const grbit = JET_bitColumnEscrowUpdate | (deleteOnZero ? JET_bitColumnDeleteOnZero : 0);
  const n = addColumn(w.api, w.ses, t, 'n', { coltyp: JET_coltypLong, grbit }, int32(0));
  const big = addColumn(w.api, w.ses, t, 'big', { coltyp: JET_coltypLongLong, grbit: JET_bitColumnEscrowUpdate }, int64(0n));
  const plain = addColumn(w.api, w.ses, t, 'plain', { coltyp: JET_coltypLong });
  expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
  expect(w.api.JetSetColumn(w.ses, t, id, int32(1), 4, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetSetColumn(w.ses, t, n, int32(start), 4, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
  return { w, t, id, n, big, plain };
}

function escrow(c: Counters, col: JET_COLUMNID, delta: Uint8Array, old: Uint8Array | null = null, cbOld = old?.length ?? 0,
  actual: { value: number } | null = null, t = c.t): number {
  return c.w.api.JetEscrowUpdate(c.w.ses, t, col, delta, delta.length, old, cbOld, actual, 0);
}

describe('JetEscrowUpdate refuses (recupd.cxx 3711-3760, 3560-3620)', () => {
  it('outside a transaction: NotInTransaction (3728-3731)', () => {
    const c = counters(5);
    expect(escrow(c, c.n, int32(1))).toBe(JET_errNotInTransaction);
  });

  it('through a ReadOnly cursor: PermissionDenied, before the read-only transaction is looked at (ErrFUCBCheckUpdatable, 3740)', () => {
    const c = counters(5);
    const ro = openTable(c.w.api, { ses: c.w.ses, dbid: c.w.dbid }, 'counters', JET_bitTableReadOnly);
    expect(c.w.api.JetMove(c.w.ses, ro, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(c.w.api.JetBeginTransaction2(c.w.ses, JET_bitTransactionReadOnly)).toBe(JET_errSuccess);
    expect(escrow(c, c.n, int32(1), null, 0, null, ro)).toBe(JET_errPermissionDenied);
  });

  it('in a read-only transaction: TransReadOnly (ErrPIBCheckUpdatable, 3741-3744)', () => {
    const c = counters(5);
    expect(c.w.api.JetBeginTransaction2(c.w.ses, JET_bitTransactionReadOnly)).toBe(JET_errSuccess);
    expect(escrow(c, c.n, int32(1))).toBe(JET_errTransReadOnly);
  });

  it('an unknown column: ColumnNotFound, before a prepared update is looked at (ErrRECIAccessColumn, 3575)', () => {
    const c = counters(5);
    expect(c.w.api.JetBeginTransaction(c.w.ses)).toBe(JET_errSuccess);
    expect(c.w.api.JetPrepareUpdate(c.w.ses, c.t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(escrow(c, 0x7777 as JET_COLUMNID, int32(1))).toBe(JET_errColumnNotFound);
    expect(escrow(c, c.n, int32(1))).toBe(JET_errAlreadyPrepared); // 3577-3580
  });

  it('a delta of another size than the column: InvalidBufferSize, before the column kind is looked at (3582-3585)', () => {
    const c = counters(5);
    expect(c.w.api.JetBeginTransaction(c.w.ses)).toBe(JET_errSuccess);
    expect(escrow(c, c.n, int64(1n))).toBe(JET_errInvalidBufferSize);
    expect(escrow(c, c.big, int32(1))).toBe(JET_errInvalidBufferSize);
    expect(escrow(c, c.plain, new Uint8Array(2))).toBe(JET_errInvalidBufferSize);
  });

  it('pvOld smaller than the column (cbOldMax not 0): InvalidBufferSize; as large, or cbOldMax 0, is fine (3587-3590)', () => {
    const c = counters(5);
    expect(c.w.api.JetBeginTransaction(c.w.ses)).toBe(JET_errSuccess);
    expect(escrow(c, c.n, int32(1), new Uint8Array(3), 3)).toBe(JET_errInvalidBufferSize);
    expect(escrow(c, c.big, int64(1n), new Uint8Array(7), 7)).toBe(JET_errInvalidBufferSize);
    expect(escrow(c, c.n, int32(1), new Uint8Array(4), 4)).toBe(JET_errSuccess);
    expect(escrow(c, c.big, int64(1n), new Uint8Array(8), 8)).toBe(JET_errSuccess);
    expect(escrow(c, c.n, int32(1), new Uint8Array(2), 0)).toBe(JET_errSuccess);
    expect(intOf(c.w.api, c.w.ses, c.t, c.n)).toBe(7);
  });

  it('a fixed column without EscrowUpdate: InvalidOperation (3617-3620)', () => {
    const c = counters(5);
    expect(c.w.api.JetBeginTransaction(c.w.ses)).toBe(JET_errSuccess);
    expect(escrow(c, c.plain, int32(1))).toBe(JET_errInvalidOperation);
  });
});

describe('JetEscrowUpdate applies the delta (recupd.cxx 3653-3699)', () => {
  it('a 4-byte column takes a LONG delta; pvOld gets the value before it and pcbOldActual the column size', () => {
    const c = counters(5);
    expect(c.w.api.JetBeginTransaction(c.w.ses)).toBe(JET_errSuccess);
    const old = new Uint8Array(4);
    const actual = { value: -1 };
    expect(escrow(c, c.n, int32(-12), old, 4, actual)).toBe(JET_errSuccess);
    expect(readInt32(old)).toBe(5);
    expect(actual.value).toBe(4);
    expect(intOf(c.w.api, c.w.ses, c.t, c.n)).toBe(-7);
  });

  it('an 8-byte column takes a LONGLONG delta, past 32 bits', () => {
    const c = counters(0);
    expect(c.w.api.JetBeginTransaction(c.w.ses)).toBe(JET_errSuccess);
    const delta = 0x1_0000_0003n;
    const old = new Uint8Array(8);
    const actual = { value: -1 };
    expect(escrow(c, c.big, int64(delta), old, 8, actual)).toBe(JET_errSuccess);
    expect(escrow(c, c.big, int64(delta), old, 8, actual)).toBe(JET_errSuccess);
    expect(new DataView(old.buffer).getBigInt64(0, true)).toBe(delta);
    expect(actual.value).toBe(8);
    const r = retrieve(c.w.api, c.w.ses, c.t, c.big);
    expect(r.rc).toBe(JET_errSuccess);
    expect(new DataView(r.data!.buffer, r.data!.byteOffset, 8).getBigInt64(0, true)).toBe(2n * delta);
  });

  it('a column without DeleteOnZero that reaches zero keeps its record (no fDIREscrowDeleteOnZero, 3647-3650)', () => {
    const c = counters(5);
    expect(c.w.api.JetBeginTransaction(c.w.ses)).toBe(JET_errSuccess);
    expect(escrow(c, c.n, int32(-5))).toBe(JET_errSuccess);
    expect(c.w.api.JetCommitTransaction(c.w.ses, 0)).toBe(JET_errSuccess);
    expect(scan(c.w.api, c.w.ses, c.t, c.n)).toEqual([0]);
  });

  it('the last fixed column id (JET_ccolFixedMost, 127) is a fixed column: FCOLUMNIDFixed holds, the delta applies (3592)', () => {
    const w = isam();
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'wide', 0, 100, box)).toBe(JET_errSuccess);
    const t = box.value;
    for (let i = 1; i < JET_ccolFixedMost; i++) addColumn(w.api, w.ses, t, `c${i}`, { coltyp: JET_coltypLong });
    const last = addColumn(w.api, w.ses, t, 'last', { coltyp: JET_coltypLong, grbit: JET_bitColumnEscrowUpdate }, int32(0));
    expect(last).toBe(JET_ccolFixedMost);
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetEscrowUpdate(w.ses, t, last, int32(3), 4, null, 0, null, 0)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, t, last)).toBe(3);
  });

  it('DeleteOnZero acts only on a zero value: a value with some zero bytes (256) keeps the record (fDIREscrowDeleteOnZero, 3647-3650)', () => {
    const c = counters(1, true);
    expect(c.w.api.JetBeginTransaction(c.w.ses)).toBe(JET_errSuccess);
    expect(escrow(c, c.n, int32(255))).toBe(JET_errSuccess);
    expect(c.w.api.JetCommitTransaction(c.w.ses, 0)).toBe(JET_errSuccess);
    expect(scan(c.w.api, c.w.ses, c.t, c.n)).toEqual([256]);
  });

  it('DeleteOnZero: a value with no zero byte (0x01010101) keeps the record too (fDIREscrowDeleteOnZero, 3647-3650)', () => {
    const c = counters(1, true);
    expect(c.w.api.JetBeginTransaction(c.w.ses)).toBe(JET_errSuccess);
    expect(escrow(c, c.n, int32(0x01010100))).toBe(JET_errSuccess);
    expect(c.w.api.JetCommitTransaction(c.w.ses, 0)).toBe(JET_errSuccess);
    expect(scan(c.w.api, c.w.ses, c.t, c.n)).toEqual([0x01010101]);
  });
});
