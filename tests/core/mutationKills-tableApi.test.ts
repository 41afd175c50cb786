/**
 * Survivors of mutation testing in src/jet/tableApi.ts (docs/testing.md, "Tenth session"), killed here. Expected
 * values come from:
 * - api-reference.md "Arguments are plain data": a left-out (undefined) optional pointer is C NULL, as `null` is;
 *   an output field that cannot be written gets InvalidParameter with nothing done.
 * - esent.h JetAddColumn: `pcolumnid` is optional (`_Out_opt_`); JetSetCurrentIndex4: `pindexid` is optional
 *   (`_In_opt_`), and only its cbStruct is looked at (rec.cxx ErrIsamSetCurrentIndex reads the index id as a hint).
 * - dir.cxx ErrDIRIndexRecordCount (the 64-bit JetIndexRecordCount2): the count writes 0 into the result as soon as
 *   it begins, before it finds the cursor off any record (NoCurrentRecord).
 * - jetapi.cxx JetCreateIndexEx: each JET_INDEXCREATE's `err` is written back (unless it has
 *   JET_bitIndexImmutableStructure).
 */
import {
  out, JET_coltypLong, JET_errInvalidParameter, JET_errNoCurrentRecord, JET_errSuccess, JET_MoveFirst,
} from '../../src';
import type { JET_COLUMNID } from '../../src';
import { createPeople, isam, keyOf, self } from '../support/isam';
import type { JET_INDEXCREATE } from '../support/isam';

type Untyped = (...args: unknown[]) => number;

describe('tableApi.ts survivors', () => {
  it('JetAddColumn with pcolumnid left out (undefined) is Success, as with null', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    const add = w.emu.api.JetAddColumn as unknown as Untyped;
    expect(add(w.ses, p.tableid, 'x', { coltyp: JET_coltypLong }, null, 0)).toBe(JET_errSuccess);
    expect(add(w.ses, p.tableid, 'y', { coltyp: JET_coltypLong }, null, 0, undefined)).toBe(JET_errSuccess);
    const info = out<JET_COLUMNID>();
    expect(w.api.JetAddColumn(w.ses, p.tableid, 'z', { coltyp: JET_coltypLong }, null, 0, info)).toBe(JET_errSuccess);
    expect(info.value).toBeGreaterThan(0);
  });

  it('JetSetCurrentIndex4 takes a NULL or left-out pindexid, and a JET_INDEXID without cbStruct', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    const set4 = w.emu.api.JetSetCurrentIndex4 as unknown as Untyped;
    expect(set4(w.ses, p.tableid, 'byName', null, 0, 1)).toBe(JET_errSuccess);
    expect(set4(w.ses, p.tableid, 'byAge', undefined, 0, 1)).toBe(JET_errSuccess);
    expect(set4(w.ses, p.tableid, 'byName', {}, 0, 1)).toBe(JET_errSuccess);
    const name = out<string>();
    expect(w.api.JetGetCurrentIndex(w.ses, p.tableid, name, 64)).toBe(JET_errSuccess);
    expect(name.value).toBe('byName');
  });

  it('JetIndexRecordCount2 off any record: NoCurrentRecord with 0 written (the count had begun)', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveFirst, 0)).toBe(JET_errNoCurrentRecord);
    const n = out<number>(99);
    expect(w.emu.api.JetIndexRecordCount2(w.ses, p.tableid, n, 0)).toBe(JET_errNoCurrentRecord);
    expect(n.value).toBe(0);
  });

  it('JetCreateIndex2 with an index whose err cannot be written: InvalidParameter, no index made', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    const c: JET_INDEXCREATE = { szIndexName: 'byAgeToo', ...keyOf('+age'), grbit: 0 };
    Object.defineProperty(c, 'err', { value: 7, writable: false, enumerable: true });
    expect(w.api.JetCreateIndex2(w.ses, p.tableid, [c], 1)).toBe(JET_errInvalidParameter);
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byAgeToo')).not.toBe(JET_errSuccess);
  });
});
