/**
 * When a record whose DeleteOnZero escrow column reaches zero goes away, from the engine source:
 * - bt.cxx (the delta, 5621-5636): a delta that leaves the column at zero only flags its version
 *   (fDeleteOnZero; JET_bitColumnFinalize sets fCallbackOnZero, recupd.cxx 3643-3650); nothing is deleted then;
 * - ver.cxx (5364-5378): version cleanup, which handles a version only once it is committed and older than every
 *   transaction, turns a flagged version into a FINALIZETASK;
 * - dbtask.cxx FINALIZETASK::ErrExecuteDbTask: in a transaction of its own, the task deletes the record if the
 *   column is still zero and no transaction has an uncommitted version of the record (FVERActive); otherwise it
 *   does nothing, and it runs once. The historical notes there: Finalize columns delete too.
 *
 * So: inside the transaction, and for every transaction older than the commit, the record stays with its zero;
 * after it, at a moment the engine does not fix. esemu picks the first moment the engine could: the end of the
 * last transaction older than the commit (or the commit itself when there is none), see docs/differences.md.
 */
import {
  out,
  JET_bitColumnDeleteOnZero, JET_bitColumnEscrowUpdate, JET_bitColumnFinalize, JET_bitWriteLock, JET_coltypLong,
  JET_errSuccess, JET_MoveFirst, JET_prepInsert,
} from '../../src';
import type { JET_COLUMNID, JET_TABLEID } from '../../src';
import { addColumn, int32, intOf, isam, openTable, peer, scan, self } from '../support/isam';
import type { Isam, Peer } from '../support/isam';

interface Refs {
  w: Isam;
  t: JET_TABLEID;
  id: JET_COLUMNID;
  n: JET_COLUMNID;
}

/** Table "refs": id Long, n Long escrow (with `flag`, default 0); records (id, n) as given; a cursor on the first. */
function refs(rows: Array<[number, number]>, flag = JET_bitColumnDeleteOnZero): Refs {
  const w = isam();
  const box = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, 'refs', 0, 100, box)).toBe(JET_errSuccess);
  const t = box.value;
  const id = addColumn(w.api, w.ses, t, 'id', { coltyp: JET_coltypLong });
  const n = addColumn(w.api, w.ses, t, 'n', { coltyp: JET_coltypLong, grbit: JET_bitColumnEscrowUpdate | flag }, int32(0));
  for (const [i, v] of rows) {
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, id, int32(i), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, n, int32(v), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
  }
  // The creator's cursor holds the table exclusively (JetCreateTable): reopen it so that other sessions can open it.
  expect(w.api.JetCloseTable(w.ses, t)).toBe(JET_errSuccess);
  const mine = openTable(w.api, self(w), 'refs');
  expect(w.api.JetMove(w.ses, mine, JET_MoveFirst, 0)).toBe(JET_errSuccess);
  return { w, t: mine, id, n };
}

function add(r: Refs, delta: number, t = r.t, ses = r.w.ses): number {
  return r.w.api.JetEscrowUpdate(ses, t, r.n, int32(delta), 4, null, 0, null, 0);
}

/** The n of every record the session sees, in order. */
function values(r: Refs, p: Peer, t: JET_TABLEID): Array<number | null> {
  return scan(r.w.api, p.ses, t, r.n);
}

describe('DeleteOnZero: the record goes at version cleanup, after the commit (bt.cxx, ver.cxx, dbtask.cxx)', () => {
  it('inside the transaction the record stays, holding 0; once committed with nobody older, it is gone', () => {
    const r = refs([[1, 2]]);
    expect(r.w.api.JetBeginTransaction(r.w.ses)).toBe(JET_errSuccess);
    expect(add(r, -2)).toBe(JET_errSuccess);
    expect(intOf(r.w.api, r.w.ses, r.t, r.n)).toBe(0);
    expect(scan(r.w.api, r.w.ses, r.t, r.n)).toEqual([0]);
    expect(r.w.api.JetCommitTransaction(r.w.ses, 0)).toBe(JET_errSuccess);
    expect(scan(r.w.api, r.w.ses, r.t, r.n)).toEqual([]);
  });

  it('a rolled-back delta deletes nothing: the record keeps its value', () => {
    const r = refs([[1, 2]]);
    expect(r.w.api.JetBeginTransaction(r.w.ses)).toBe(JET_errSuccess);
    expect(add(r, -2)).toBe(JET_errSuccess);
    expect(r.w.api.JetRollback(r.w.ses, 0)).toBe(JET_errSuccess);
    expect(scan(r.w.api, r.w.ses, r.t, r.n)).toEqual([2]);
  });

  it('zero, then back above zero before the commit: the task finds a non-zero value and keeps the record', () => {
    const r = refs([[1, 1]]);
    expect(r.w.api.JetBeginTransaction(r.w.ses)).toBe(JET_errSuccess);
    expect(add(r, -1)).toBe(JET_errSuccess);
    expect(add(r, 1)).toBe(JET_errSuccess);
    expect(r.w.api.JetCommitTransaction(r.w.ses, 0)).toBe(JET_errSuccess);
    expect(scan(r.w.api, r.w.ses, r.t, r.n)).toEqual([1]);
  });

  it('a transaction older than the commit keeps the record for everybody until it ends; it still sees its old value', () => {
    const r = refs([[1, 1], [2, 5]]);
    const b = peer(r.w);
    const tb = openTable(r.w.api, b, 'refs');
    expect(r.w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(values(r, b, tb)).toEqual([1, 5]);
    expect(r.w.api.JetBeginTransaction(r.w.ses)).toBe(JET_errSuccess);
    expect(r.w.api.JetMove(r.w.ses, r.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(add(r, -1)).toBe(JET_errSuccess);
    expect(r.w.api.JetCommitTransaction(r.w.ses, 0)).toBe(JET_errSuccess);
    // b's transaction began before the commit: the version is not yet older than every transaction.
    expect(values(r, b, tb)).toEqual([1, 5]);
    expect(values(r, { ses: r.w.ses, dbid: r.w.dbid }, r.t)).toEqual([0, 5]);
    expect(r.w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    expect(values(r, b, tb)).toEqual([5]);
    expect(values(r, { ses: r.w.ses, dbid: r.w.dbid }, r.t)).toEqual([5]);
  });

  it('ending the older session (JetEndSession rolls it back) lets the cleanup run too', () => {
    const r = refs([[1, 1]]);
    const b = peer(r.w);
    expect(r.w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(r.w.api.JetBeginTransaction(r.w.ses)).toBe(JET_errSuccess);
    expect(add(r, -1)).toBe(JET_errSuccess);
    expect(r.w.api.JetCommitTransaction(r.w.ses, 0)).toBe(JET_errSuccess);
    expect(scan(r.w.api, r.w.ses, r.t, r.n)).toEqual([0]);
    expect(r.w.api.JetEndSession(b.ses, 0)).toBe(JET_errSuccess);
    expect(scan(r.w.api, r.w.ses, r.t, r.n)).toEqual([]);
  });

  it('an uncommitted version of the record when the cleanup runs (FVERActive) keeps it, for good', () => {
    const r = refs([[1, 1]]);
    const old = peer(r.w);
    const c = peer(r.w);
    const tc = openTable(r.w.api, c, 'refs');
    expect(r.w.api.JetBeginTransaction(old.ses)).toBe(JET_errSuccess);
    expect(r.w.api.JetBeginTransaction(r.w.ses)).toBe(JET_errSuccess);
    expect(add(r, -1)).toBe(JET_errSuccess);
    expect(r.w.api.JetCommitTransaction(r.w.ses, 0)).toBe(JET_errSuccess);
    // c begins after the commit and write-locks the record; then the older transaction ends and cleanup runs.
    expect(r.w.api.JetBeginTransaction(c.ses)).toBe(JET_errSuccess);
    expect(r.w.api.JetMove(c.ses, tc, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(r.w.api.JetGetLock(c.ses, tc, JET_bitWriteLock)).toBe(JET_errSuccess);
    expect(r.w.api.JetCommitTransaction(old.ses, 0)).toBe(JET_errSuccess);
    expect(r.w.api.JetCommitTransaction(c.ses, 0)).toBe(JET_errSuccess);
    // The task ran once and found the record active: it stays, with its zero, after every transaction ended.
    expect(scan(r.w.api, r.w.ses, r.t, r.n)).toEqual([0]);
  });

  it('JET_bitColumnFinalize deletes the same way (dbtask.cxx, historical notes)', () => {
    const r = refs([[1, 3], [2, 4]], JET_bitColumnFinalize);
    expect(r.w.api.JetBeginTransaction(r.w.ses)).toBe(JET_errSuccess);
    expect(add(r, -3)).toBe(JET_errSuccess);
    expect(scan(r.w.api, r.w.ses, r.t, r.n)).toEqual([0, 4]);
    expect(r.w.api.JetCommitTransaction(r.w.ses, 0)).toBe(JET_errSuccess);
    expect(scan(r.w.api, r.w.ses, r.t, r.n)).toEqual([4]);
  });

  it('a column with neither flag keeps its zero record (no fDIREscrowDeleteOnZero / CallbackOnZero)', () => {
    const r = refs([[1, 3]], 0);
    expect(r.w.api.JetBeginTransaction(r.w.ses)).toBe(JET_errSuccess);
    expect(add(r, -3)).toBe(JET_errSuccess);
    expect(r.w.api.JetCommitTransaction(r.w.ses, 0)).toBe(JET_errSuccess);
    expect(scan(r.w.api, r.w.ses, r.t, r.n)).toEqual([0]);
  });
});
