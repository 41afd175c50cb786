/**
 * JetGetCurrentIndex and its cbIndexName, after rec.cxx ErrIsamGetCurrentIndex (engine mirror, HEAD 7030fe7):
 *  - 4757-4760: a cbIndexName under 1 returns JET_wrnBufferTruncated at once; the buffer is not touched.
 *  - 4856-4858: otherwise cbIndexName is capped at JET_cbNameMost + 1 and the name is copied with OSStrCbCopyA
 *    (StringCbCopyA, os/string.hxx:49-56): at most cbIndexName bytes counting the terminating NUL, so a name of
 *    cbIndexName characters or more keeps its first cbIndexName - 1. The copy's result is dropped in a retail build
 *    and the function answers its `err`, still JET_errSuccess (4859-4861): a cut name is not a warning.
 *  - 4847-4850: a table without a primary index (the sequential order) has the empty name.
 * esemu hands the name back as a JS string in the out box, the NUL left out (as JetGetTableInfo's JET_TblInfoName).
 */
import { out, JET_bitIndexPrimary, JET_coltypLong, JET_errSuccess, JET_wrnBufferTruncated } from '../../src';
import type { JET_TABLEID } from '../../src';
import { addColumn, createIndex, createPeople, isam, self } from '../support/isam';
import type { Isam } from '../support/isam';

function current(w: Isam, tableid: JET_TABLEID, cb: number, start = 'untouched'): { rc: number; name: string } {
  const box = out<string>(start);
  const rc = w.api.JetGetCurrentIndex(w.ses, tableid, box, cb);
  return { rc, name: box.value };
}

/** A 64-character (JET_cbNameMost) index name. */
const LONG = `ix${'x'.repeat(61)}Z`;

describe('JetGetCurrentIndex(cbIndexName)', () => {
  it('room for the name and its NUL: the whole name, success', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    expect(current(w, p.tableid, 8)).toEqual({ rc: JET_errSuccess, name: 'primary' });
    expect(current(w, p.tableid, 65)).toEqual({ rc: JET_errSuccess, name: 'primary' });
    // More than JET_cbNameMost + 1 is capped, which changes nothing.
    expect(current(w, p.tableid, 100000)).toEqual({ rc: JET_errSuccess, name: 'primary' });
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byName')).toBe(JET_errSuccess);
    expect(current(w, p.tableid, 7)).toEqual({ rc: JET_errSuccess, name: 'byName' });
  });

  it('a size that cuts the name: cbIndexName - 1 characters (the NUL takes a byte), still success', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    // 'primary' is 7 characters: 7 bytes hold 6 of them and the NUL.
    expect(current(w, p.tableid, 7)).toEqual({ rc: JET_errSuccess, name: 'primar' });
    expect(current(w, p.tableid, 3)).toEqual({ rc: JET_errSuccess, name: 'pr' });
    // One byte holds only the NUL.
    expect(current(w, p.tableid, 1)).toEqual({ rc: JET_errSuccess, name: '' });
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byAge')).toBe(JET_errSuccess);
    expect(current(w, p.tableid, 4)).toEqual({ rc: JET_errSuccess, name: 'byA' });
  });

  it('cbIndexName 0: JET_wrnBufferTruncated and nothing written', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    expect(current(w, p.tableid, 0)).toEqual({ rc: JET_wrnBufferTruncated, name: 'untouched' });
    // The cursor is unchanged: the next call names the index.
    expect(current(w, p.tableid, 65)).toEqual({ rc: JET_errSuccess, name: 'primary' });
  });

  it('a name of JET_cbNameMost characters: 65 bytes hold it, 64 cut its last character', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    expect(LONG.length).toBe(64);
    expect(createIndex(w.api, w.ses, p.tableid, LONG, 0, '+age')).toBe(JET_errSuccess);
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, LONG)).toBe(JET_errSuccess);
    expect(current(w, p.tableid, 65)).toEqual({ rc: JET_errSuccess, name: LONG });
    expect(current(w, p.tableid, 64)).toEqual({ rc: JET_errSuccess, name: LONG.slice(0, 63) });
  });

  it('the sequential order of a table without a primary index: the empty name at any size from 1, the warning at 0', () => {
    const w = isam();
    const t = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'plain', 0, 100, t)).toBe(JET_errSuccess);
    addColumn(w.api, w.ses, t.value, 'a', { coltyp: JET_coltypLong });
    expect(current(w, t.value, 1)).toEqual({ rc: JET_errSuccess, name: '' });
    expect(current(w, t.value, 65)).toEqual({ rc: JET_errSuccess, name: '' });
    expect(current(w, t.value, 0)).toEqual({ rc: JET_wrnBufferTruncated, name: 'untouched' });
    // With a primary index added the name is the index's.
    expect(createIndex(w.api, w.ses, t.value, 'pk', JET_bitIndexPrimary, '+a')).toBe(JET_errSuccess);
    expect(current(w, t.value, 65)).toEqual({ rc: JET_errSuccess, name: 'pk' });
  });
});
