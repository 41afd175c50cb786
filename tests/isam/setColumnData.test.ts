/**
 * JetSetColumn on a regular table takes the caller's bytes at the call (esent.h: the engine copies cbData bytes
 * from pvData into the record being built; the buffer is the caller's again when the call returns). So a buffer
 * refilled or changed after the call changes nothing in the prepared update or the record; the bytes read are the
 * first cbData of the array, from its own offset; an array with a size past its end, or detached, is
 * InvalidParameter; and what a caller hangs on its array (a `length` of its own) is never looked at.
 */
import {
  out, JET_bitRetrieveCopy, JET_bitSeekEQ, JET_errInvalidParameter, JET_errSuccess, JET_prepInsert,
} from '../../src';
import { createPeople, fromAscii, isam, peopleIds, retrieve, seekInt, self, textOf } from '../support/isam';
import type { Isam, People } from '../support/isam';

function table(): { w: Isam; p: People } {
  const w = isam();
  return { w, p: createPeople(w.api, self(w)) };
}

function idBytes(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setInt32(0, n, true);
  return b;
}

describe('JetSetColumn data on a regular table', () => {
  it('one buffer refilled for every record gives each record the bytes it held at its call', () => {
    const { w, p } = table();
    const id = new Uint8Array(4);
    const name = new Uint8Array(8);
    for (let n = 1; n <= 3; n++) {
      new DataView(id.buffer).setInt32(0, n, true);
      name.set([0x61 + n, 0x61 + n, 0x61 + n]);
      expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsert)).toBe(JET_errSuccess);
      expect(w.api.JetSetColumn(w.ses, p.tableid, p.id, id, 4, 0, null)).toBe(JET_errSuccess);
      expect(w.api.JetSetColumn(w.ses, p.tableid, p.name, name, 3, 0, null)).toBe(JET_errSuccess);
      // Changed after the call: the prepared update keeps what was set.
      name.fill(0x7a);
      id.fill(0xff);
      expect(fromAscii(retrieve(w.api, w.ses, p.tableid, p.name, JET_bitRetrieveCopy).data as Uint8Array)).toBe(String.fromCharCode(0x61 + n).repeat(3));
      expect(w.api.JetUpdate(w.ses, p.tableid, null, 0, null)).toBe(JET_errSuccess);
    }
    expect(peopleIds(w.api, w.ses, p)).toEqual([1, 2, 3]);
    expect(seekInt(w.api, w.ses, p.tableid, 2, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(textOf(w.api, w.ses, p.tableid, p.name)).toBe('ccc');
  });

  it('a long value (more than 64 bytes) and a view into the middle of a buffer are read from their own bytes', () => {
    const { w, p } = table();
    const backing = new Uint8Array(400);
    for (let i = 0; i < backing.length; i++) backing[i] = 0x41 + (i % 26);
    const note = backing.subarray(10, 310); // 300 bytes from offset 10: "KLM..."
    const name = backing.subarray(3, 8); // "DEFGH"
    // note is a long value column, set only inside a transaction (lv.cxx ErrRECSetLongField).
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, p.tableid, p.id, idBytes(5), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, p.tableid, p.note, note, 200, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, p.tableid, p.name, name, 5, 0, null)).toBe(JET_errSuccess);
    backing.fill(0);
    expect(w.api.JetUpdate(w.ses, p.tableid, null, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
    expect(seekInt(w.api, w.ses, p.tableid, 5, JET_bitSeekEQ)).toBe(JET_errSuccess);
    const expected = Array.from({ length: 200 }, (_, i) => 0x41 + ((i + 10) % 26));
    expect(Array.from(retrieve(w.api, w.ses, p.tableid, p.note).data as Uint8Array)).toEqual(expected);
    expect(textOf(w.api, w.ses, p.tableid, p.name)).toBe('DEFGH');
  });

  it("a length the caller defined on its array is not used; a size past the array's end is InvalidParameter", () => {
    const { w, p } = table();
    const name = Uint8Array.from([0x78, 0x79]);
    Object.defineProperty(name, 'length', { value: 1000 });
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, p.tableid, p.name, name, 3, 0, null)).toBe(JET_errInvalidParameter);
    expect(w.api.JetSetColumn(w.ses, p.tableid, p.name, name, 2, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, p.tableid, p.id, Buffer.from([9, 0, 0, 0]), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, p.tableid, null, 0, null)).toBe(JET_errSuccess);
    expect(seekInt(w.api, w.ses, p.tableid, 9, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(textOf(w.api, w.ses, p.tableid, p.name)).toBe('xy');
  });

  it('a detached array is InvalidParameter for any non-zero size; zero bytes of it set the column to NULL', () => {
    const { w, p } = table();
    const name = new Uint8Array(8).fill(0x61);
    structuredClone(name.buffer, { transfer: [name.buffer] });
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, p.tableid, p.id, idBytes(4), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, p.tableid, p.name, name, 1, 0, null)).toBe(JET_errInvalidParameter);
    expect(w.api.JetSetColumn(w.ses, p.tableid, p.name, name, 0, 0, null)).toBe(JET_errSuccess);
    const cb = out<number>(0);
    expect(w.api.JetUpdate(w.ses, p.tableid, null, 0, cb)).toBe(JET_errSuccess);
    expect(seekInt(w.api, w.ses, p.tableid, 4, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(textOf(w.api, w.ses, p.tableid, p.name)).toBeNull();
  });
});
