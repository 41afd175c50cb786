/**
 * The caller's byte arrays, reused from call to call as clients do (one buffer filled through a DataView for every
 * value). esemu reads and writes them through views of its own (src/jet/callerValues.ts, ownBytes) and keeps the
 * views of the last few arrays: each call must still see exactly the bytes the caller's array holds now, for the
 * `cb` of this call, whatever an earlier call with the same array asked for, and wherever its buffer went since.
 *
 * The contract (esent.h, JetSetColumn / JetRetrieveColumn): a call reads `cbData` bytes from `pvData` and
 * JetRetrieveColumn writes at most `cbData` bytes into `pvData`; a NULL buffer with a non-zero size, or a size
 * past the end of the buffer, is JET_errInvalidParameter (the memory a C caller would pass does not exist).
 */
import {
  out, JET_errInvalidParameter, JET_errSuccess, JET_MoveFirst, JET_prepCancel, JET_prepInsert, JET_bitColumnTTKey, JET_coltypLong,
  JET_coltypLongBinary,
} from '../../src';
import type { JetApi, JET_COLUMNID, JET_SESID, JET_TABLEID } from '../../src';
import { session, world } from '../support/fixture';

interface Sort {
  api: JetApi;
  ses: JET_SESID;
  t: JET_TABLEID;
  key: JET_COLUMNID;
  data: JET_COLUMNID;
}

/** A sort of (Long key, LongBinary value) rows. */
function sortOf(): Sort {
  const { api, inst } = world();
  const ses = session(api, inst);
  const box = out<JET_TABLEID>();
  const ids: JET_COLUMNID[] = [];
  expect(api.JetOpenTempTable(ses, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }, { coltyp: JET_coltypLongBinary }], 2, 0, box, ids)).toBe(JET_errSuccess);
  // Long values are set only inside a transaction (lv.cxx ErrRECSetLongField: NotInTransaction at level 0).
  expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
  return { api, ses, t: box.value, key: ids[0], data: ids[1] };
}

function insert(s: Sort, key: Uint8Array, cbKey: number, value: Uint8Array, cbValue: number): void {
  expect(s.api.JetPrepareUpdate(s.ses, s.t, JET_prepInsert)).toBe(JET_errSuccess);
  expect(s.api.JetSetColumn(s.ses, s.t, s.key, key, cbKey, 0, null)).toBe(JET_errSuccess);
  expect(s.api.JetSetColumn(s.ses, s.t, s.data, value, cbValue, 0, null)).toBe(JET_errSuccess);
  expect(s.api.JetUpdate(s.ses, s.t, null, 0, null)).toBe(JET_errSuccess);
}

/** Every row's value, in key order, read into one reused buffer. */
function values(s: Sort, into: Uint8Array): number[][] {
  const size = out<number>(0);
  const rows: number[][] = [];
  for (let rc = s.api.JetMove(s.ses, s.t, JET_MoveFirst, 0); rc === JET_errSuccess; rc = s.api.JetMove(s.ses, s.t, 1, 0)) {
    expect(s.api.JetRetrieveColumn(s.ses, s.t, s.data, into, into.length, size, 0, null)).toBe(JET_errSuccess);
    rows.push([...into.subarray(0, size.value)]);
  }
  return rows;
}

function le32(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setInt32(0, n, true);
  return b;
}

describe("the caller's reused byte arrays", () => {
  it('one buffer refilled for every row gives each row the bytes it held at that call', () => {
    const s = sortOf();
    const key = new Uint8Array(4);
    const keyView = new DataView(key.buffer);
    const value = new Uint8Array(3);
    for (let i = 1; i <= 5; i++) {
      keyView.setInt32(0, i, true);
      value.set([i, i * 2, i * 3]);
      insert(s, key, 4, value, 3);
    }
    expect(values(s, new Uint8Array(8))).toEqual([[1, 2, 3], [2, 4, 6], [3, 6, 9], [4, 8, 12], [5, 10, 15]]);
  });

  it('the same array with a smaller, then a larger cb reads exactly cb bytes each time', () => {
    const s = sortOf();
    const value = Uint8Array.of(9, 8, 7, 6, 5, 4);
    insert(s, le32(1), 4, value, 2);
    insert(s, le32(2), 4, value, 6);
    insert(s, le32(3), 4, value, 4);
    expect(values(s, new Uint8Array(8))).toEqual([[9, 8], [9, 8, 7, 6, 5, 4], [9, 8, 7, 6]]);
  });

  it('a view into the middle of a buffer reads from its own offset, also after another view of the same buffer', () => {
    const s = sortOf();
    const whole = Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8);
    insert(s, le32(1), 4, whole, 8);
    insert(s, le32(2), 4, whole.subarray(5), 3);
    insert(s, le32(3), 4, whole, 2);
    expect(values(s, new Uint8Array(8))).toEqual([[1, 2, 3, 4, 5, 6, 7, 8], [6, 7, 8], [1, 2]]);
  });

  it('an array whose buffer was detached after an earlier call answers InvalidParameter for any non-zero cb', () => {
    const s = sortOf();
    const value = Uint8Array.of(1, 2, 3, 4);
    insert(s, le32(1), 4, value, 4);
    structuredClone(value.buffer, { transfer: [value.buffer] });
    expect(value.length).toBe(0);
    expect(s.api.JetPrepareUpdate(s.ses, s.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(s.api.JetSetColumn(s.ses, s.t, s.data, value, 4, 0, null)).toBe(JET_errInvalidParameter);
    expect(s.api.JetSetColumn(s.ses, s.t, s.data, value, 1, 0, null)).toBe(JET_errInvalidParameter);
  });

  it('an output buffer detached after a retrieve into it answers InvalidParameter, and a new one is written', () => {
    const s = sortOf();
    insert(s, le32(1), 4, Uint8Array.of(7, 7), 2);
    expect(s.api.JetMove(s.ses, s.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    const into = new Uint8Array(4);
    expect(s.api.JetRetrieveColumn(s.ses, s.t, s.data, into, 4, null, 0, null)).toBe(JET_errSuccess);
    expect([...into]).toEqual([7, 7, 0, 0]);
    structuredClone(into.buffer, { transfer: [into.buffer] });
    expect(s.api.JetRetrieveColumn(s.ses, s.t, s.data, into, 4, null, 0, null)).toBe(JET_errInvalidParameter);
    const fresh = new Uint8Array(4);
    expect(s.api.JetRetrieveColumn(s.ses, s.t, s.data, fresh, 4, null, 0, null)).toBe(JET_errSuccess);
    expect([...fresh]).toEqual([7, 7, 0, 0]);
  });

  it('a length-tracking array over a resizable buffer is read at its current size after the buffer shrinks and grows', () => {
    const s = sortOf();
    // Resizable buffers (ES2024) are in Node 20, not in the ES2022 library types this project compiles against.
    const Resizable = ArrayBuffer as unknown as new (n: number, o: { maxByteLength: number }) => ArrayBuffer & { resize(n: number): void };
    const buffer = new Resizable(6, { maxByteLength: 16 });
    const value = new Uint8Array(buffer);
    value.set([1, 2, 3, 4, 5, 6]);
    insert(s, le32(1), 4, value, 6);
    buffer.resize(3);
    expect(value.length).toBe(3);
    expect(s.api.JetPrepareUpdate(s.ses, s.t, JET_prepInsert)).toBe(JET_errSuccess);
    // 6 bytes no longer exist behind the array.
    expect(s.api.JetSetColumn(s.ses, s.t, s.data, value, 6, 0, null)).toBe(JET_errInvalidParameter);
    expect(s.api.JetPrepareUpdate(s.ses, s.t, JET_prepCancel)).toBe(JET_errSuccess);
    insert(s, le32(2), 4, value, 3);
    buffer.resize(8);
    value.set([8, 7, 6, 5, 4, 3, 2, 1]);
    insert(s, le32(3), 4, value, 8);
    insert(s, le32(4), 4, value, 6);
    expect(values(s, new Uint8Array(8))).toEqual([[1, 2, 3, 4, 5, 6], [1, 2, 3], [8, 7, 6, 5, 4, 3, 2, 1], [8, 7, 6, 5, 4, 3]]);
  });

  it('retrieves into several reused output arrays, alternating, each get their own value', () => {
    const s = sortOf();
    for (let i = 1; i <= 3; i++) insert(s, le32(i), 4, Uint8Array.of(i, i), 2);
    const outs = [new Uint8Array(2), new Uint8Array(2), new Uint8Array(2), new Uint8Array(2), new Uint8Array(2), new Uint8Array(2)];
    const seen: number[][] = [];
    let rc = s.api.JetMove(s.ses, s.t, JET_MoveFirst, 0);
    for (let row = 0; rc === JET_errSuccess; row++, rc = s.api.JetMove(s.ses, s.t, 1, 0)) {
      for (const o of outs) o.fill(0);
      // Six arrays: more than any small set of remembered views.
      for (const o of outs) expect(s.api.JetRetrieveColumn(s.ses, s.t, s.data, o, 2, null, 0, null)).toBe(JET_errSuccess);
      seen.push(outs.map((o) => o[0]));
    }
    expect(seen).toEqual([[1, 1, 1, 1, 1, 1], [2, 2, 2, 2, 2, 2], [3, 3, 3, 3, 3, 3]]);
  });
});
