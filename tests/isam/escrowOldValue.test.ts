/**
 * What JetEscrowUpdate hands back in pvOld, set against what JetRetrieveColumn reads, with several sessions on one
 * record. From the engine source (microsoft/Extensible-Storage-Engine, dev/ese/src):
 * - pvOld is the value the record physically holds just before the delta: recupd.cxx ErrRECIEscrowUpdate passes
 *   pvOld to dir.cxx ErrDIRDelta -> bt.cxx ErrBTDelta, which takes it from node.cxx ErrNDDelta, and ErrNDDelta reads
 *   it from the node on the page right before adding the delta there in place. The node holds the latest committed
 *   value plus every delta not committed yet, whichever session made it; a rollback takes a delta off the node again
 *   (ver.cxx ErrVERIUndoDeltaPhysical).
 * - JetRetrieveColumn is snapshot-consistent: fldext.cxx ErrRECAdjustEscrowedColumn adds ver.cxx DeltaVERGetDelta,
 *   the negation of every delta RCE that is "active not by me" (ver.hxx RCE::FActiveNotByMe: not committed and made
 *   by another session, or committed after this session's trxBegin0).
 * - Deltas of several sessions commute (ver.cxx FVERIWriteConflict), but only deltas of one kind: a LONG delta is
 *   operDelta and a LONGLONG delta operDelta64 (ver.hxx VERDELTA_TRAITS).
 */
import {
  out,
  JET_bitColumnEscrowUpdate, JET_bitColumnFixed, JET_bitIndexPrimary, JET_bitIndexUnique, JET_bitSeekEQ,
  JET_coltypLong, JET_coltypLongLong, JET_errInvalidBufferSize, JET_errSuccess, JET_errWriteConflict, JET_prepInsert, JET_prepReplace,
} from '../../src';
import type { JET_COLUMNID, JET_SESID, JET_TABLEID } from '../../src';
import { addColumn, createIndex, int32, int64, isam, openTable, peer, readInt32, readInt64, retrieve, seekInt, self } from '../support/isam';
import type { Isam, Peer } from '../support/isam';

const ESCROW = JET_bitColumnFixed | JET_bitColumnEscrowUpdate;
const TABLE = 'counters';

interface Counters {
  w: Isam;
  n: JET_COLUMNID;
  big: JET_COLUMNID;
  plain: JET_COLUMNID;
}

/** A session with its own cursor on the table, placed on record id 1 by a seek. */
interface Side {
  ses: JET_SESID;
  t: JET_TABLEID;
}

/**
 * Table "counters": id Long (primary), n Long escrow (default 0), big LongLong escrow (default 0), plain Long
 * fixed; the escrow columns are added while the table is empty. One record, id 1, n = start, big = bigStart,
 * committed; the creator's cursor is closed again.
 */
function counters(start = 100, bigStart = 0n): Counters {
  const w = isam();
  const box = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, TABLE, 0, 100, box)).toBe(JET_errSuccess);
  const t = box.value;
  const id = addColumn(w.api, w.ses, t, 'id', { coltyp: JET_coltypLong });
  const n = addColumn(w.api, w.ses, t, 'n', { coltyp: JET_coltypLong, grbit: ESCROW }, int32(0));
  const big = addColumn(w.api, w.ses, t, 'big', { coltyp: JET_coltypLongLong, grbit: ESCROW }, int64(0n));
  const plain = addColumn(w.api, w.ses, t, 'plain', { coltyp: JET_coltypLong, grbit: JET_bitColumnFixed });
  expect(createIndex(w.api, w.ses, t, 'primary', JET_bitIndexPrimary | JET_bitIndexUnique, '+id')).toBe(JET_errSuccess);
  expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
  expect(w.api.JetSetColumn(w.ses, t, id, int32(1), 4, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetSetColumn(w.ses, t, n, int32(start), 4, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetSetColumn(w.ses, t, big, int64(bigStart), 8, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetSetColumn(w.ses, t, plain, int32(7), 4, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetCloseTable(w.ses, t)).toBe(JET_errSuccess);
  return { w, n, big, plain };
}

function sideOf(c: Counters, p: Peer): Side {
  const t = openTable(c.w.api, p, TABLE);
  expect(seekInt(c.w.api, p.ses, t, 1, JET_bitSeekEQ)).toBe(JET_errSuccess);
  return { ses: p.ses, t };
}

/** The world's session and count - 1 new peers, each on record 1 through a cursor of its own. */
function sessions(c: Counters, count: number): Side[] {
  const all: Side[] = [sideOf(c, self(c.w))];
  for (let i = 1; i < count; i++) all.push(sideOf(c, peer(c.w)));
  return all;
}

function begin(c: Counters, s: Side): void {
  expect(c.w.api.JetBeginTransaction(s.ses)).toBe(JET_errSuccess);
}

function commit(c: Counters, s: Side): void {
  expect(c.w.api.JetCommitTransaction(s.ses, 0)).toBe(JET_errSuccess);
}

function rollback(c: Counters, s: Side): void {
  expect(c.w.api.JetRollback(s.ses, 0)).toBe(JET_errSuccess);
}

/** JetEscrowUpdate of a LONG delta on n with a 4-byte pvOld (filled with 0xEE first); expects success; pvOld's value. */
function add(c: Counters, s: Side, delta: number): number {
  const old = new Uint8Array(4).fill(0xee);
  const actual = out<number>(-1);
  expect(c.w.api.JetEscrowUpdate(s.ses, s.t, c.n, int32(delta), 4, old, 4, actual, 0)).toBe(JET_errSuccess);
  expect(actual.value).toBe(4);
  return readInt32(old);
}

/** The same with a LONGLONG delta on big and an 8-byte pvOld. */
function add64(c: Counters, s: Side, delta: bigint): bigint {
  const old = new Uint8Array(8).fill(0xee);
  const actual = out<number>(-1);
  expect(c.w.api.JetEscrowUpdate(s.ses, s.t, c.big, int64(delta), 8, old, 8, actual, 0)).toBe(JET_errSuccess);
  expect(actual.value).toBe(8);
  return readInt64(old);
}

/** n of record 1 as JetRetrieveColumn gives it to the session. */
function read(c: Counters, s: Side): number {
  const r = retrieve(c.w.api, s.ses, s.t, c.n);
  expect(r.rc).toBe(JET_errSuccess);
  expect(r.data!.length).toBe(4);
  return readInt32(r.data!);
}

function read64(c: Counters, s: Side): bigint {
  const r = retrieve(c.w.api, s.ses, s.t, c.big);
  expect(r.rc).toBe(JET_errSuccess);
  expect(r.data!.length).toBe(8);
  return readInt64(r.data!);
}

describe('pvOld is the physical value: latest committed plus every uncommitted delta (node.cxx ErrNDDelta)', () => {
  it('A +1, B +1, A +5 without commits: pvOld 100, 101, 102; each retrieve shows its own snapshot and deltas only', () => {
    const c = counters(100);
    const [a, b, r] = sessions(c, 3);
    begin(c, a);
    begin(c, b);
    // node.cxx ErrNDDelta: old value read from the node, then the delta added in place.
    expect(add(c, a, 1)).toBe(100);
    // B's old value includes A's uncommitted +1: it is on the node already.
    expect(add(c, b, 1)).toBe(101);
    // A's old value includes B's uncommitted +1.
    expect(add(c, a, 5)).toBe(102);
    // fldext.cxx ErrRECAdjustEscrowedColumn + ver.cxx DeltaVERGetDelta: the other session's uncommitted delta is
    // subtracted from the physical 107, the session's own are not.
    expect(read(c, a)).toBe(106);
    expect(read(c, b)).toBe(101);
    // A session outside a transaction (trxBegin0 = trxMax): only uncommitted deltas of others are subtracted.
    expect(read(c, r)).toBe(100);
    commit(c, a);
    expect(read(c, r)).toBe(106);
    // A's delta committed after B's begin: active not by B (ver.hxx RCE::FActiveNotByMe), still subtracted.
    expect(read(c, b)).toBe(101);
    commit(c, b);
    expect(read(c, r)).toBe(107);
  });

  it("a session's own earlier deltas of the transaction count: +3, +4, -10 get 100, 103, 107", () => {
    const c = counters(100);
    const [a] = sessions(c, 1);
    begin(c, a);
    // node.cxx ErrNDDelta: each delta is on the node as soon as it is made.
    expect(add(c, a, 3)).toBe(100);
    expect(add(c, a, 4)).toBe(103);
    expect(add(c, a, -10)).toBe(107);
    // ver.cxx DeltaVERGetDelta: own deltas are not "active not by me".
    expect(read(c, a)).toBe(97);
    commit(c, a);
    expect(read(c, a)).toBe(97);
  });
});

describe('a rollback takes the delta off the record (ver.cxx ErrVERIUndoDeltaPhysical)', () => {
  it('A +7 then rolls back; B +1 afterwards gets 100, not 107', () => {
    const c = counters(100);
    const [a, b] = sessions(c, 2);
    begin(c, a);
    expect(add(c, a, 7)).toBe(100);
    rollback(c, a);
    begin(c, b);
    // ErrVERIUndoDeltaPhysical applies -7 to the node through ErrNDDelta.
    expect(add(c, b, 1)).toBe(100);
    expect(read(c, b)).toBe(101);
    commit(c, b);
    expect(read(c, a)).toBe(101);
  });

  it('A +7, B +1 (pvOld 107), A rolls back, B +1 again gets 101: its own +1 stays, A\'s +7 is gone', () => {
    const c = counters(100);
    const [a, b] = sessions(c, 2);
    begin(c, a);
    begin(c, b);
    expect(add(c, a, 7)).toBe(100);
    expect(add(c, b, 1)).toBe(107);
    rollback(c, a);
    // node.cxx ErrNDDelta reads 100 + B's +1; ver.cxx ErrVERIUndoDeltaPhysical took A's +7 off.
    expect(add(c, b, 1)).toBe(101);
    expect(read(c, b)).toBe(102);
    // A, now outside a transaction, sees the committed 100 (B's uncommitted deltas subtracted).
    expect(read(c, a)).toBe(100);
    commit(c, b);
    expect(read(c, a)).toBe(102);
  });

  it('nested levels: A +10, A +20 one level in, the inner level rolled back; B +1 gets 110', () => {
    const c = counters(100);
    const [a, b] = sessions(c, 2);
    begin(c, a);
    expect(add(c, a, 10)).toBe(100);
    begin(c, a);
    expect(add(c, a, 20)).toBe(110);
    expect(read(c, a)).toBe(130);
    // JetRollback without RollbackAll undoes the innermost level's RCEs only (ErrVERIUndoDeltaPhysical on +20).
    rollback(c, a);
    expect(read(c, a)).toBe(110);
    begin(c, b);
    // node.cxx ErrNDDelta: the node still holds A's outer +10.
    expect(add(c, b, 1)).toBe(110);
    // ver.cxx DeltaVERGetDelta: each session sees its own delta only.
    expect(read(c, a)).toBe(110);
    expect(read(c, b)).toBe(101);
    commit(c, a);
    commit(c, b);
    expect(read(c, a)).toBe(111);
  });

  it('three sessions, the middle one rolls back: C\'s next pvOld drops B\'s delta, A\'s next counts A and C', () => {
    const c = counters(100);
    const [a, b, cc] = sessions(c, 3);
    begin(c, a);
    begin(c, b);
    begin(c, cc);
    expect(add(c, a, 1)).toBe(100);
    expect(add(c, b, 10)).toBe(101);
    expect(add(c, cc, 100)).toBe(111);
    rollback(c, b);
    // node: 100 + 1 (A) + 100 (C); B's +10 undone by ver.cxx ErrVERIUndoDeltaPhysical.
    expect(add(c, cc, 1000)).toBe(201);
    expect(add(c, a, 1)).toBe(1201);
    // ver.cxx DeltaVERGetDelta: A sees 100 + its 2, C sees 100 + its 1100, B (outside a transaction) sees 100.
    expect(read(c, a)).toBe(102);
    expect(read(c, cc)).toBe(1200);
    expect(read(c, b)).toBe(100);
    commit(c, cc);
    commit(c, a);
    expect(read(c, b)).toBe(1202);
  });
});

describe('a delta committed after the transaction began', () => {
  it('is in pvOld (the node holds the latest committed value) but not in the snapshot JetRetrieveColumn reads', () => {
    const c = counters(100);
    const [a, b] = sessions(c, 2);
    begin(c, b); // trxBegin0 of B is taken here
    begin(c, a);
    expect(add(c, a, 5)).toBe(100);
    commit(c, a);
    // fldext.cxx ErrRECAdjustEscrowedColumn: A's delta committed after B's trxBegin0 is active not by B, so it is
    // subtracted (ver.cxx DeltaVERGetDelta).
    expect(read(c, b)).toBe(100);
    // No WriteConflict: ver.cxx FVERIWriteConflict lets a delta follow deltas committed after trxBegin0 (they commute).
    // node.cxx ErrNDDelta: pvOld is the physical 105.
    expect(add(c, b, 1)).toBe(105);
    expect(read(c, b)).toBe(101);
    commit(c, b);
    expect(read(c, b)).toBe(106);
  });
});

describe('the identity pattern (RavenDB: id = pvOld + 1 from a shared counter)', () => {
  it('three sessions taking ids without committing in between get 1, 2, 3; the counter ends at 3', () => {
    const c = counters(0);
    const [a, b, cc] = sessions(c, 3);
    begin(c, a);
    begin(c, b);
    begin(c, cc);
    // node.cxx ErrNDDelta: each increment lands on the node at once, so the next caller's old value includes it.
    const ids = [add(c, a, 1) + 1, add(c, b, 1) + 1, add(c, cc, 1) + 1];
    expect(ids).toEqual([1, 2, 3]);
    // ...while every session's retrieve still reads 0 + its own +1 (ver.cxx DeltaVERGetDelta).
    expect([read(c, a), read(c, b), read(c, cc)]).toEqual([1, 1, 1]);
    commit(c, b);
    commit(c, cc);
    commit(c, a);
    expect(read(c, a)).toBe(3);
  });
});

describe('pvOld, cbOldMax and pcbOldActual (recupd.cxx ErrRECIEscrowUpdate)', () => {
  it('pcbOldActual is the column size even without pvOld; a pvOld larger than the column gets only its first bytes', () => {
    const c = counters(100, 5n);
    const [a] = sessions(c, 1);
    begin(c, a);
    // ErrRECIEscrowUpdate: "*pcbOldActual = fieldFixed.cbMaxLen" does not depend on pvOld; pvOld null skips the
    // cbOldMax check too (it needs pvOld).
    const actual = out<number>(-1);
    expect(c.w.api.JetEscrowUpdate(a.ses, a.t, c.n, int32(2), 4, null, 3, actual, 0)).toBe(JET_errSuccess);
    expect(actual.value).toBe(4);
    // A 16-byte pvOld: ErrBTDelta stores one LONG (4 bytes); the rest keeps what it held.
    const old = new Uint8Array(16).fill(0xee);
    const actual2 = out<number>(-1);
    expect(c.w.api.JetEscrowUpdate(a.ses, a.t, c.n, int32(3), 4, old, 16, actual2, 0)).toBe(JET_errSuccess);
    expect(Array.from(old)).toEqual([102, 0, 0, 0, ...new Array(12).fill(0xee)]);
    expect(actual2.value).toBe(4);
    // The LongLong column: one LONGLONG (8 bytes) and pcbOldActual 8.
    const old64 = new Uint8Array(12).fill(0xee);
    const actual3 = out<number>(-1);
    expect(c.w.api.JetEscrowUpdate(a.ses, a.t, c.big, int64(1n), 8, old64, 12, actual3, 0)).toBe(JET_errSuccess);
    expect(Array.from(old64)).toEqual([5, 0, 0, 0, 0, 0, 0, 0, 0xee, 0xee, 0xee, 0xee]);
    expect(actual3.value).toBe(8);
    expect(read(c, a)).toBe(105);
    expect(read64(c, a)).toBe(6n);
  });

  it('cbOldMax below the column size is InvalidBufferSize, before the escrow-column check and before any delta', () => {
    const c = counters(100);
    const [a, b] = sessions(c, 2);
    begin(c, a);
    const old = new Uint8Array(4).fill(0xee);
    const actual = out<number>(-1);
    // recupd.cxx ErrRECIEscrowUpdate: "fieldFixed.cbMaxLen > cbOldMax" (with pvOld and cbOldMax not 0) fails ...
    expect(c.w.api.JetEscrowUpdate(a.ses, a.t, c.n, int32(9), 4, old, 3, actual, 0)).toBe(JET_errInvalidBufferSize);
    expect(c.w.api.JetEscrowUpdate(a.ses, a.t, c.big, int64(9n), 8, new Uint8Array(8), 7, actual, 0))
      .toBe(JET_errInvalidBufferSize);
    // ... ahead of the FFIELDEscrowUpdate check (InvalidOperation) on a fixed column that is no escrow column.
    expect(c.w.api.JetEscrowUpdate(a.ses, a.t, c.plain, int32(9), 4, old, 2, actual, 0)).toBe(JET_errInvalidBufferSize);
    // Nothing was written: the failures come before ErrDIRDelta and before pcbOldActual is set.
    expect(Array.from(old)).toEqual([0xee, 0xee, 0xee, 0xee]);
    expect(actual.value).toBe(-1);
    expect(read(c, a)).toBe(100);
    begin(c, b);
    expect(add(c, b, 1)).toBe(100);
  });
});

describe('8-byte (LongLong) counters follow the same rule', () => {
  it('pvOld crosses 2^32 with another session\'s uncommitted delta; retrieves stay per snapshot', () => {
    const c = counters(0, 0xfffffffen);
    const [a, b, r] = sessions(c, 3);
    begin(c, a);
    begin(c, b);
    // node.cxx ErrNDDelta< LONGLONG > (recupd.cxx ErrRECIEscrowUpdate picks it for cbMaxLen 8).
    expect(add64(c, a, 1n)).toBe(0xfffffffen);
    expect(add64(c, b, 3n)).toBe(0xffffffffn);
    expect(add64(c, a, 1n << 40n)).toBe(0x1_0000_0002n);
    // ver.cxx DeltaVERGetDelta< LONGLONG >.
    expect(read64(c, a)).toBe(0xfffffffen + 1n + (1n << 40n));
    expect(read64(c, b)).toBe(0x1_0000_0001n);
    expect(read64(c, r)).toBe(0xfffffffen);
    rollback(c, b);
    expect(add64(c, a, -1n)).toBe(0xffffffffn + (1n << 40n));
    commit(c, a);
    expect(read64(c, r)).toBe(0xfffffffen + (1n << 40n));
  });

  it('a LONGLONG delta does not commute with another session\'s LONG delta on the record: WriteConflict', () => {
    const c = counters(100, 0n);
    const [a, b] = sessions(c, 2);
    begin(c, a);
    begin(c, b);
    expect(add(c, a, 1)).toBe(100);
    // ver.hxx VERDELTA_TRAITS: LONG -> operDelta, LONGLONG -> operDelta64; ver.cxx FVERIWriteConflict: an RCE active
    // not by me is tolerated only when every such RCE has the same oper as the new one.
    const old = new Uint8Array(8).fill(0xee);
    expect(c.w.api.JetEscrowUpdate(b.ses, b.t, c.big, int64(1n), 8, old, 8, null, 0)).toBe(JET_errWriteConflict);
    expect(Array.from(old)).toEqual(new Array(8).fill(0xee));
    // A LONG delta by B still commutes with A's, and sees it.
    expect(add(c, b, 1)).toBe(101);
    // Now the newest RCE active not by A is B's LONG delta: A's LONGLONG delta conflicts the same way.
    expect(c.w.api.JetEscrowUpdate(a.ses, a.t, c.big, int64(1n), 8, null, 0, null, 0)).toBe(JET_errWriteConflict);
    commit(c, a);
    commit(c, b);
    expect(read(c, a)).toBe(102);
    expect(read64(c, a)).toBe(0n);
  });

  it('a session may mix both kinds on its own; then another session\'s delta of either kind conflicts until it commits', () => {
    const c = counters(100, 0n);
    const [a, b] = sessions(c, 2);
    begin(c, a);
    begin(c, b);
    expect(add(c, a, 1)).toBe(100);
    // ver.cxx FVERIWriteConflict: the newest RCE is A's own; a different delta kind is allowed while no RCE on the
    // record is active not by A.
    expect(add64(c, a, 1n)).toBe(0n);
    // For B both of A's RCEs are active, and one of them is of the other kind: WriteConflict either way.
    expect(c.w.api.JetEscrowUpdate(b.ses, b.t, c.n, int32(1), 4, null, 0, null, 0)).toBe(JET_errWriteConflict);
    expect(c.w.api.JetEscrowUpdate(b.ses, b.t, c.big, int64(1n), 8, null, 0, null, 0)).toBe(JET_errWriteConflict);
    commit(c, a);
    // Committed after B's trxBegin0: still active not by B (ver.hxx RCE::FActiveNotByMe).
    expect(c.w.api.JetEscrowUpdate(b.ses, b.t, c.n, int32(1), 4, null, 0, null, 0)).toBe(JET_errWriteConflict);
    rollback(c, b);
    // A transaction begun after A's commit: nothing is active, both kinds go through and see A's committed deltas.
    begin(c, b);
    expect(add(c, b, 1)).toBe(101);
    expect(add64(c, b, 1n)).toBe(1n);
    commit(c, b);
    expect(read(c, a)).toBe(102);
    expect(read64(c, a)).toBe(2n);
  });
});

describe('pvOld and conflicts around a record the session wrote itself, or another session replaced', () => {
  it('after its own uncommitted replace of the record, a session gets its own value as pvOld', () => {
    const c = counters(100);
    const [a] = sessions(c, 1);
    begin(c, a);
    // Its replace is the record's newest version, in place on the node (recupd.cxx ErrRECIReplace); the delta's old
    // value is read from that node (node.cxx ErrNDDelta): the value the replace wrote.
    expect(c.w.api.JetPrepareUpdate(a.ses, a.t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(c.w.api.JetSetColumn(a.ses, a.t, c.n, int32(500), 4, 0, null)).toBe(JET_errSuccess);
    expect(c.w.api.JetUpdate(a.ses, a.t, null, 0, null)).toBe(JET_errSuccess);
    expect(add(c, a, 1)).toBe(500);
    expect(read(c, a)).toBe(501);
    commit(c, a);
  });

  it('a delta after another session committed a replace of the record since this transaction began is WriteConflict', () => {
    const c = counters(100);
    const [a, b] = sessions(c, 2);
    // a begins first; then b replaces the record and commits.
    begin(c, a);
    begin(c, b);
    expect(c.w.api.JetPrepareUpdate(b.ses, b.t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(c.w.api.JetSetColumn(b.ses, b.t, c.plain, int32(8), 4, 0, null)).toBe(JET_errSuccess);
    expect(c.w.api.JetUpdate(b.ses, b.t, null, 0, null)).toBe(JET_errSuccess);
    commit(c, b);
    // ver.cxx FVERIWriteConflict: the newest version (b's replace, committed after a began) is active for a and is
    // not a delta: a's delta conflicts.
    const old = new Uint8Array(4);
    expect(c.w.api.JetEscrowUpdate(a.ses, a.t, c.n, int32(1), 4, old, 4, null, 0)).toBe(JET_errWriteConflict);
    rollback(c, a);
    // A transaction begun after b's commit is free of it.
    begin(c, a);
    expect(add(c, a, 1)).toBe(100);
    commit(c, a);
  });
});
