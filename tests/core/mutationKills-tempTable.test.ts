/**
 * Survivors of mutation testing in src/engine/tempTable.ts (docs/testing.md, run 11), killed here. Expected values
 * from the engine:
 * - sortapi.cxx ErrSORTTableOpen: a column with JET_bitColumnTTKey becomes a key segment only while fewer than
 *   JET_ccolKeyMost (16) segments exist; later key columns are plain columns. A sort removes rows whose keys are
 *   equal unless it is forward-only and not unique (ese-semantics.md §9.2);
 * - fldnorm.cxx: cbVarSegMac is applied by the text and binary segment normalization only
 *   (ErrFLDNormalizeTextSegment, FLDNormalizeBinarySegment); a fixed-size column's segment is always whole;
 * - the normalized key of a Long is 0x7f then the 4 bytes big-endian with the sign bit flipped (fldnorm.cxx), and
 *   JetRetrieveKey hands back the normalized key of the row, nothing more.
 */
import {
  out, JET_bitColumnTTKey, JET_bitTTForwardOnly, JET_coltypLong, JET_coltypShort, JET_errNoCurrentRecord,
  JET_errSuccess, JET_MoveFirst, JET_MoveNext,
} from '../../src';
import type { JetApi, JET_COLUMNDEF, JET_COLUMNID, JET_OPENTEMPORARYTABLE, JET_SESID, JET_TABLEID } from '../../src';
import { world } from '../support/fixture';

function ok(rc: number): void {
  expect(rc).toBe(JET_errSuccess);
}

function le(n: number, size: number): Uint8Array {
  const b = new Uint8Array(size);
  for (let i = 0; i < size; i++) b[i] = (n >>> (8 * i)) & 0xff;
  return b;
}

function insert(api: JetApi, ses: JET_SESID, t: JET_TABLEID, values: Array<[JET_COLUMNID, Uint8Array]>): void {
  ok(api.JetPrepareUpdate(ses, t, 0));
  for (const [col, v] of values) ok(api.JetSetColumn(ses, t, col, v, v.length, 0, null));
  ok(api.JetUpdate(ses, t, null, 0, null));
}

/** Every row's value of `col` (little-endian, `size` bytes), in the sort's order. */
function column(api: JetApi, ses: JET_SESID, t: JET_TABLEID, col: JET_COLUMNID, size: number): number[] {
  const seen: number[] = [];
  let rc = api.JetMove(ses, t, JET_MoveFirst, 0);
  while (rc === JET_errSuccess) {
    const b = new Uint8Array(size);
    ok(api.JetRetrieveColumn(ses, t, col, b, size, out<number>(), 0, null));
    seen.push(b.reduceRight((acc, x) => acc * 256 + x, 0));
    rc = api.JetMove(ses, t, JET_MoveNext, 0);
  }
  expect(rc).toBe(JET_errNoCurrentRecord);
  return seen;
}

describe('sort keys', () => {
  it('only the first 16 key columns make the key: rows equal in them are duplicates', () => {
    const { api, ses } = world();
    const defs: JET_COLUMNDEF[] = Array.from({ length: 17 }, () => ({ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }));
    const ids: JET_COLUMNID[] = [];
    const tt = out<JET_TABLEID>();
    ok(api.JetOpenTempTable(ses, defs, 17, 0, tt, ids));
    for (const last of [2, 1]) insert(api, ses, tt.value, ids.map((c, i) => [c, le(i === 16 ? last : 7, 4)]));
    // The 17th column is a plain column: the two rows have one key, and one of them is dropped.
    expect(column(api, ses, tt.value, ids[16], 4)).toHaveLength(1);
  });

  it('cbVarSegMac does not cut the segment of a fixed-size column', () => {
    const { api, ses } = world();
    const spec: JET_OPENTEMPORARYTABLE = {
      prgcolumndef: [{ coltyp: JET_coltypShort, grbit: JET_bitColumnTTKey }], ccolumn: 1, grbit: 0,
      prgcolumnid: [], cbKeyMost: 255, cbVarSegMac: 2,
    };
    ok(api.JetOpenTemporaryTable(ses, spec));
    const t = spec.tableid as JET_TABLEID;
    const col = spec.prgcolumnid[0];
    for (const n of [3, 1, 2]) insert(api, ses, t, [[col, le(n, 2)]]);
    // The whole Short segment (0x7f and 2 bytes) is kept: three keys, in order.
    expect(column(api, ses, t, col, 2)).toEqual([1, 2, 3]);
  });

  it('a forward-only sort keeps duplicates, each row with the plain normalized key', () => {
    const { api, ses } = world();
    const ids: JET_COLUMNID[] = [];
    const tt = out<JET_TABLEID>();
    ok(api.JetOpenTempTable(ses, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }], 1, JET_bitTTForwardOnly, tt, ids));
    for (const n of [2, 1, 1]) insert(api, ses, tt.value, [[ids[0], le(n, 4)]]);
    ok(api.JetMove(ses, tt.value, JET_MoveFirst, 0));
    const keys: number[][] = [];
    let rc = JET_errSuccess;
    while (rc === JET_errSuccess) {
      const b = new Uint8Array(32);
      const cb = out<number>();
      ok(api.JetRetrieveKey(ses, tt.value, b, 32, cb, 0));
      keys.push([...b.subarray(0, cb.value)]);
      rc = api.JetMove(ses, tt.value, JET_MoveNext, 0);
    }
    expect(rc).toBe(JET_errNoCurrentRecord);
    expect(keys).toEqual([[0x7f, 0x80, 0, 0, 1], [0x7f, 0x80, 0, 0, 1], [0x7f, 0x80, 0, 0, 2]]);
  });
});
