/**
 * JetRetrieveColumn / JetRetrieveColumns of an escrow column (JET_bitColumnEscrowUpdate, a fixed Long or LongLong)
 * into less room than the column. From the engine source (microsoft/Extensible-Storage-Engine, dev/ese/src/ese):
 * - fldext.cxx ErrIsamRetrieveColumn, "set return values" block: *pcbActual gets the value's size, then the bytes
 *   that fit are copied (JET_wrnBufferTruncated when they do not all fit), and then, for an escrow column while no
 *   insert is prepared on the cursor (FFIELDEscrowUpdate && !FFUCBInsertPrepared), ErrRECAdjustEscrowedColumn is
 *   called with the number of bytes copied.
 * - fldext.cxx ErrRECAdjustEscrowedColumn: the bytes copied must be the whole column (cbMaxLen), else
 *   JET_errInvalidBufferSize; with the whole value it adds ver.cxx DeltaVERGetDelta (the deltas this session must
 *   not see) to the copied value. So a short buffer, a size query (no buffer, cbMax 0) included, fails.
 * - With an insert prepared there is no adjustment, so a short buffer is the usual JET_wrnBufferTruncated; the same
 *   cut of a non-escrow column is JET_wrnBufferTruncated too.
 * - JET_bitRetrievePhysicalSize skips the copy and the adjustment; it asks for cbMax 0 and a pcbActual
 *   (ErrIsamRetrieveColumn, its grbit checks near the top).
 * - fldext.cxx ErrRECRetrieveColumns does the same per entry: the entry's err is set (JET_wrnBufferTruncated for a
 *   cut) and its bytes copied before ErrRECAdjustEscrowedColumn runs; its failure ends the loop (Call) and the call
 *   answers JET_errInvalidBufferSize; later entries are not looked at.
 * The engine writes *pcbActual before the failure; esemu documents (docs/differences.md) that it leaves pcbActual
 * unwritten on a failed call, so pcbActual is not asserted on failing calls here.
 */
import {
  out,
  JET_bitColumnEscrowUpdate, JET_bitColumnFixed, JET_bitIndexPrimary, JET_bitIndexUnique, JET_bitRetrieveCopy,
  JET_bitRetrievePhysicalSize, JET_bitSeekEQ, JET_coltypLong, JET_coltypLongLong, JET_errInvalidBufferSize,
  JET_errInvalidParameter, JET_errSuccess, JET_prepInsert, JET_prepReplace, JET_wrnBufferTruncated,
  JET_wrnColumnNull,
} from '../../src';
import type { JET_COLUMNID, JET_RETRIEVECOLUMN, JET_SESID, JET_TABLEID } from '../../src';
import { addColumn, createIndex, int32, int64, isam, openTable, peer, readInt32, readInt64, seekInt, self } from '../support/isam';
import type { Isam } from '../support/isam';

const ESCROW = JET_bitColumnFixed | JET_bitColumnEscrowUpdate;
const TABLE = 'counters';
/** n's default, bytes 0d 0c 0b 0a. */
const N_DEFAULT = 0x0a0b0c0d;
/** big's default, bytes 08 07 06 05 04 03 02 01. */
const BIG_DEFAULT = 0x0102030405060708n;
const BIG_START = 5_000_000_000n;

interface Counters {
  w: Isam;
  id: JET_COLUMNID;
  n: JET_COLUMNID;
  big: JET_COLUMNID;
  plain: JET_COLUMNID;
}

/**
 * Table "counters": id Long (primary), n Long escrow (default N_DEFAULT), big LongLong escrow (default BIG_DEFAULT),
 * plain Long fixed. One committed record: id 1, n 100, big BIG_START, plain 7. The creator's cursor is closed.
 */
function counters(): Counters {
  const w = isam();
  const box = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, TABLE, 0, 100, box)).toBe(JET_errSuccess);
  const t = box.value;
  const id = addColumn(w.api, w.ses, t, 'id', { coltyp: JET_coltypLong });
  const n = addColumn(w.api, w.ses, t, 'n', { coltyp: JET_coltypLong, grbit: ESCROW }, int32(N_DEFAULT));
  const big = addColumn(w.api, w.ses, t, 'big', { coltyp: JET_coltypLongLong, grbit: ESCROW }, int64(BIG_DEFAULT));
  const plain = addColumn(w.api, w.ses, t, 'plain', { coltyp: JET_coltypLong, grbit: JET_bitColumnFixed });
  expect(createIndex(w.api, w.ses, t, 'primary', JET_bitIndexPrimary | JET_bitIndexUnique, '+id')).toBe(JET_errSuccess);
  expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
  expect(w.api.JetSetColumn(w.ses, t, id, int32(1), 4, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetSetColumn(w.ses, t, n, int32(100), 4, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetSetColumn(w.ses, t, big, int64(BIG_START), 8, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetSetColumn(w.ses, t, plain, int32(7), 4, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetCloseTable(w.ses, t)).toBe(JET_errSuccess);
  return { w, id, n, big, plain };
}

/** A new cursor of the session given (the world's by default) placed on record 1 by a seek. */
function onRecord(c: Counters, ses: JET_SESID = c.w.ses, dbid = c.w.dbid): JET_TABLEID {
  const t = openTable(c.w.api, { ses, dbid }, TABLE);
  expect(seekInt(c.w.api, ses, t, 1, JET_bitSeekEQ)).toBe(JET_errSuccess);
  return t;
}

/** Another session, in a transaction, that added an uncommitted +delta to n of record 1. */
function pendingDelta(c: Counters, delta: number): void {
  const p = peer(c.w);
  const t = onRecord(c, p.ses, p.dbid);
  expect(c.w.api.JetBeginTransaction(p.ses)).toBe(JET_errSuccess);
  expect(c.w.api.JetEscrowUpdate(p.ses, t, c.n, int32(delta), 4, null, 0, null, 0)).toBe(JET_errSuccess);
}

interface Got {
  rc: number;
  buf: Uint8Array | null;
  cb: number;
}

/** JetRetrieveColumn into a buffer of `room` bytes pre-filled with 0xee (null buffer when room is null), cbMax given. */
function get(c: Counters, t: JET_TABLEID, col: JET_COLUMNID, room: number | null, cbMax: number, grbit = 0): Got {
  const buf = room === null ? null : new Uint8Array(room).fill(0xee);
  const cb = out<number>(-1);
  const rc = c.w.api.JetRetrieveColumn(c.w.ses, t, col, buf, cbMax, cb, grbit, null);
  return { rc, buf, cb: cb.value };
}

describe('JetRetrieveColumn of an escrow column needs room for the whole value (fldext.cxx ErrRECAdjustEscrowedColumn)', () => {
  it('a Long escrow column into 2 or 3 bytes, a LongLong into 4 or 7, is InvalidBufferSize; with room it succeeds', () => {
    const c = counters();
    const t = onRecord(c);
    // fldext.cxx ErrIsamRetrieveColumn copies cbCopy = cbMax bytes, then ErrRECAdjustEscrowedColumn compares
    // fieldFixed.cbMaxLen (4) with cbCopy and answers JET_errInvalidBufferSize.
    expect(get(c, t, c.n, 2, 2).rc).toBe(JET_errInvalidBufferSize);
    expect(get(c, t, c.n, 3, 3).rc).toBe(JET_errInvalidBufferSize);
    // cbCopy = 4 = cbMaxLen: the adjustment runs and the call keeps JET_errSuccess.
    const exact = get(c, t, c.n, 4, 4);
    expect([exact.rc, exact.cb, readInt32(exact.buf!)]).toEqual([JET_errSuccess, 4, 100]);
    // More room: cbCopy is the value's size (4), still the whole column; the bytes past it are not written.
    const roomy = get(c, t, c.n, 8, 8);
    expect([roomy.rc, roomy.cb, readInt32(roomy.buf!)]).toEqual([JET_errSuccess, 4, 100]);
    expect(Array.from(roomy.buf!.subarray(4))).toEqual([0xee, 0xee, 0xee, 0xee]);
    // LongLong: fldext.cxx ErrRECAdjustEscrowedColumn compares cbMaxLen 8 with cbCopy 4 / 7.
    expect(get(c, t, c.big, 4, 4).rc).toBe(JET_errInvalidBufferSize);
    expect(get(c, t, c.big, 7, 7).rc).toBe(JET_errInvalidBufferSize);
    const big = get(c, t, c.big, 8, 8);
    expect([big.rc, big.cb, readInt64(big.buf!)]).toEqual([JET_errSuccess, 8, BIG_START]);
  });

  it('a size query (no buffer, cbMax 0) of an escrow column is InvalidBufferSize; a plain Long, queried or cut, is wrnBufferTruncated', () => {
    const c = counters();
    const t = onRecord(c);
    // fldext.cxx ErrIsamRetrieveColumn: cbCopy = cbMax = 0, nothing copied, then ErrRECAdjustEscrowedColumn(cb 0)
    // fails because 0 != cbMaxLen.
    expect(get(c, t, c.n, null, 0).rc).toBe(JET_errInvalidBufferSize);
    expect(get(c, t, c.big, null, 0).rc).toBe(JET_errInvalidBufferSize);
    // The non-escrow column takes the plain path: *pcbActual = 4 and JET_wrnBufferTruncated.
    const plain = get(c, t, c.plain, null, 0);
    expect([plain.rc, plain.cb]).toEqual([JET_wrnBufferTruncated, 4]);
    // A plain Long into 2 bytes: cbCopy = cbMax, JET_wrnBufferTruncated, the first 2 bytes copied; no adjustment.
    const r = get(c, t, c.plain, 4, 2);
    expect([r.rc, r.cb]).toEqual([JET_wrnBufferTruncated, 4]);
    expect(Array.from(r.buf!)).toEqual([7, 0, 0xee, 0xee]);
  });

  it("with room, the value is the snapshot's (another session's uncommitted delta taken out); without, InvalidBufferSize", () => {
    const c = counters();
    pendingDelta(c, 5);
    const t = onRecord(c);
    // The record holds 105; fldext.cxx ErrRECAdjustEscrowedColumn adds ver.cxx DeltaVERGetDelta (-5) to the copy.
    const r = get(c, t, c.n, 4, 4);
    expect([r.rc, readInt32(r.buf!)]).toEqual([JET_errSuccess, 100]);
    // A short buffer cannot be adjusted, so no unadjusted (105) bytes are handed out as a truncation.
    expect(get(c, t, c.n, 2, 2).rc).toBe(JET_errInvalidBufferSize);
  });

  it('a replace prepared does not lift the rule: JET_bitRetrieveCopy into 2 bytes is InvalidBufferSize', () => {
    const c = counters();
    const t = onRecord(c);
    expect(c.w.api.JetPrepareUpdate(c.w.ses, t, JET_prepReplace)).toBe(JET_errSuccess);
    // fldext.cxx ErrIsamRetrieveColumn: the gate is !FFUCBInsertPrepared only; a replace copy buffer is adjusted too.
    expect(get(c, t, c.n, 2, 2, JET_bitRetrieveCopy).rc).toBe(JET_errInvalidBufferSize);
    expect(get(c, t, c.big, null, 0, JET_bitRetrieveCopy).rc).toBe(JET_errInvalidBufferSize);
    const r = get(c, t, c.n, 4, 4, JET_bitRetrieveCopy);
    expect([r.rc, r.cb, readInt32(r.buf!)]).toEqual([JET_errSuccess, 4, 100]);
  });
});

describe('an insert prepared on the cursor skips the adjustment (fldext.cxx: FFIELDEscrowUpdate && !FFUCBInsertPrepared)', () => {
  it('JET_bitRetrieveCopy of the defaults copied in: short room and a size query are wrnBufferTruncated', () => {
    const c = counters();
    const t = openTable(c.w.api, self(c.w), TABLE);
    expect(c.w.api.JetPrepareUpdate(c.w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    // fldext.cxx ErrIsamRetrieveColumn: FFUCBInsertPrepared, so ErrRECAdjustEscrowedColumn is not called; the cut is
    // the ordinary JET_wrnBufferTruncated with *pcbActual = the column's size and the leading bytes copied.
    const n2 = get(c, t, c.n, 4, 2, JET_bitRetrieveCopy);
    expect([n2.rc, n2.cb]).toEqual([JET_wrnBufferTruncated, 4]);
    expect(Array.from(n2.buf!)).toEqual([0x0d, 0x0c, 0xee, 0xee]);
    const query = get(c, t, c.n, null, 0, JET_bitRetrieveCopy);
    expect([query.rc, query.cb]).toEqual([JET_wrnBufferTruncated, 4]);
    const big4 = get(c, t, c.big, 8, 4, JET_bitRetrieveCopy);
    expect([big4.rc, big4.cb]).toEqual([JET_wrnBufferTruncated, 8]);
    expect(Array.from(big4.buf!)).toEqual([0x08, 0x07, 0x06, 0x05, 0xee, 0xee, 0xee, 0xee]);
    // With room: the default, unchanged.
    const whole = get(c, t, c.n, 4, 4, JET_bitRetrieveCopy);
    expect([whole.rc, whole.cb, readInt32(whole.buf!)]).toEqual([JET_errSuccess, 4, N_DEFAULT]);
  });

  it('the gate is the prepared insert, not the copy buffer: the current record read without RetrieveCopy is not adjusted', () => {
    const c = counters();
    pendingDelta(c, 5);
    const t = onRecord(c);
    expect(c.w.api.JetPrepareUpdate(c.w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    // fldext.cxx ErrIsamRetrieveColumn reads the current record (no JET_bitRetrieveCopy) and skips
    // ErrRECAdjustEscrowedColumn because an insert is prepared: a cut is wrnBufferTruncated ...
    const cut = get(c, t, c.n, 4, 2);
    expect([cut.rc, cut.cb]).toEqual([JET_wrnBufferTruncated, 4]);
    // ... and the value is the record's physical one: ver.cxx ErrVERAccessNode treats a node whose active versions
    // are all deltas as nsDatabase, so the other session's uncommitted +5 is in the bytes (105 = 0x69).
    expect(Array.from(cut.buf!)).toEqual([0x69, 0x00, 0xee, 0xee]);
    const whole = get(c, t, c.n, 4, 4);
    expect([whole.rc, readInt32(whole.buf!)]).toEqual([JET_errSuccess, 105]);
  });
});

describe('JET_bitRetrievePhysicalSize (fldext.cxx ErrIsamRetrieveColumn)', () => {
  it('of an escrow column: Success with the size, no copy and no adjustment; cbMax other than 0 is InvalidParameter', () => {
    const c = counters();
    const t = onRecord(c);
    // Only *pcbActual is set ("only retrieve data if not getting column physical size"): ErrRECAdjustEscrowedColumn
    // is inside that branch, so cbMax 0 does not fail here.
    const n = get(c, t, c.n, null, 0, JET_bitRetrievePhysicalSize);
    const big = get(c, t, c.big, null, 0, JET_bitRetrievePhysicalSize);
    // The grbit check near the top: cbMax must be 0 (and pcbActual given).
    const roomy = get(c, t, c.n, 4, 4, JET_bitRetrievePhysicalSize);
    expect([n.rc, n.cb, big.rc, big.cb, roomy.rc]).toEqual([JET_errSuccess, 4, JET_errSuccess, 8, JET_errInvalidParameter]);
    // The check reads cbMax itself, whether or not a buffer is given.
    expect(get(c, t, c.n, null, 4, JET_bitRetrievePhysicalSize).rc).toBe(JET_errInvalidParameter);
  });
});

describe('JetRetrieveColumns (fldext.cxx ErrRECRetrieveColumns)', () => {
  function entry(columnid: JET_COLUMNID, room: number, grbit = 0): JET_RETRIEVECOLUMN {
    return { columnid, pvData: new Uint8Array(room).fill(0xee), cbData: room, grbit, itagSequence: 1, cbActual: 99, err: 12345 };
  }

  it('an escrow entry with short room ends the call with InvalidBufferSize; earlier entries are done, later ones untouched', () => {
    const c = counters();
    const t = onRecord(c);
    const cols = [entry(c.plain, 4), entry(c.n, 2), entry(c.big, 8)];
    // The escrow entry: pretcolT->err = JET_wrnBufferTruncated and the bytes copied, then ErrRECAdjustEscrowedColumn
    // fails and Call() leaves the loop; ErrIsamRetrieveColumns returns that error.
    expect(c.w.api.JetRetrieveColumns(c.w.ses, t, cols, 3)).toBe(JET_errInvalidBufferSize);
    expect([cols[0].err, cols[0].cbActual, readInt32(cols[0].pvData as Uint8Array)]).toEqual([JET_errSuccess, 4, 7]);
    // The escrow entry's err was written (as a truncation) before the adjustment failed; the loop then ended, so
    // the third entry was never reached (err, cbActual and bytes as they were).
    const third = (cols[2].pvData as Uint8Array).every((b) => b === 0xee);
    expect([cols[1].err, cols[2].err, cols[2].cbActual, third]).toEqual([JET_wrnBufferTruncated, 12345, 99, true]);
  });

  it('with room the escrow entries are adjusted; with an insert prepared a short escrow entry is a plain truncation', () => {
    const c = counters();
    pendingDelta(c, 5);
    const t = onRecord(c);
    const cols = [entry(c.n, 4), entry(c.big, 8)];
    // ErrRECAdjustEscrowedColumn on each entry: n's physical 105 becomes 100 for this session.
    expect(c.w.api.JetRetrieveColumns(c.w.ses, t, cols, 2)).toBe(JET_errSuccess);
    expect([cols[0].err, cols[0].cbActual, readInt32(cols[0].pvData as Uint8Array)]).toEqual([JET_errSuccess, 4, 100]);
    expect([cols[1].err, cols[1].cbActual, readInt64(cols[1].pvData as Uint8Array)]).toEqual([JET_errSuccess, 8, BIG_START]);

    expect(c.w.api.JetPrepareUpdate(c.w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    const copy = [entry(c.n, 2, JET_bitRetrieveCopy), entry(c.plain, 4, JET_bitRetrieveCopy)];
    // !FFUCBInsertPrepared is false: no adjustment; the truncated entry sets *pfBufferTruncated and
    // ErrIsamRetrieveColumns answers JET_wrnBufferTruncated.
    expect(c.w.api.JetRetrieveColumns(c.w.ses, t, copy, 2)).toBe(JET_wrnBufferTruncated);
    expect([copy[0].err, copy[0].cbActual, Array.from(copy[0].pvData as Uint8Array)])
      .toEqual([JET_wrnBufferTruncated, 4, [0x0d, 0x0c]]);
    // plain has no default: NULL in the new record's copy buffer.
    expect([copy[1].err, copy[1].cbActual]).toEqual([JET_wrnColumnNull, 0]);
  });
});
