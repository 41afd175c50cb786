/**
 * What a Bit column keeps. fldmod.cxx ErrRECISetIFixedColumn (the set of any fixed column, of a table or a temp table,
 * and of a column's default value through ErrRECSetDefaultValue) stores a Bit value as 0x00 when its byte is 0 and
 * 0xFF otherwise; retrieving a fixed column copies the stored byte back (fldext.cxx), so a Bit set to 0x01 reads 0xFF,
 * in the copy buffer (JET_bitRetrieveCopy) as in the record. A tagged Bit column (JET_bitColumnTagged) goes through
 * tagfld.cxx, which copies the byte as given (rec.hxx RECCopyData).
 */
import {
  out, JET_bitColumnTagged, JET_bitColumnTTKey, JET_bitRetrieveCopy, JET_coltypBit, JET_coltypLong,
  JET_errSuccess, JET_MoveFirst, JET_prepInsert,
} from '../../src';
import type { JET_COLUMNID, JET_TABLEID } from '../../src';
import { addColumn, int32, isam, retrieve } from '../support/isam';

describe('Bit columns', () => {
  it('a fixed Bit column keeps 0xFF for any non-zero byte, 0x00 for zero; a tagged one keeps the byte', () => {
    const w = isam();
    const { api, ses } = w;
    const t = out<JET_TABLEID>();
    expect(api.JetCreateTable(ses, w.dbid, 'bits', 0, 100, t)).toBe(JET_errSuccess);
    const fixed = addColumn(api, ses, t.value, 'fixed', { coltyp: JET_coltypBit });
    const zero = addColumn(api, ses, t.value, 'zero', { coltyp: JET_coltypBit });
    const tagged = addColumn(api, ses, t.value, 'tagged', { coltyp: JET_coltypBit, grbit: JET_bitColumnTagged });
    expect(api.JetPrepareUpdate(ses, t.value, JET_prepInsert)).toBe(JET_errSuccess);
    expect(api.JetSetColumn(ses, t.value, fixed, Uint8Array.of(0x01), 1, 0, null)).toBe(JET_errSuccess);
    expect(api.JetSetColumn(ses, t.value, zero, Uint8Array.of(0x00), 1, 0, null)).toBe(JET_errSuccess);
    expect(api.JetSetColumn(ses, t.value, tagged, Uint8Array.of(0x07), 1, 0, null)).toBe(JET_errSuccess);
    // The copy buffer already holds what the record will.
    expect(retrieve(api, ses, t.value, fixed, JET_bitRetrieveCopy).data).toEqual(Uint8Array.of(0xff));
    expect(api.JetUpdate(ses, t.value, null, 0, null)).toBe(JET_errSuccess);
    expect(api.JetMove(ses, t.value, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(retrieve(api, ses, t.value, fixed).data).toEqual(Uint8Array.of(0xff));
    expect(retrieve(api, ses, t.value, zero).data).toEqual(Uint8Array.of(0x00));
    expect(retrieve(api, ses, t.value, tagged).data).toEqual(Uint8Array.of(0x07));
  });

  it('a fixed Bit column default of 0x07 reads 0xFF (ErrRECSetDefaultValue sets it as a column value)', () => {
    const w = isam();
    const { api, ses } = w;
    const t = out<JET_TABLEID>();
    expect(api.JetCreateTable(ses, w.dbid, 'bits', 0, 100, t)).toBe(JET_errSuccess);
    const id = addColumn(api, ses, t.value, 'id', { coltyp: JET_coltypLong });
    const flag = addColumn(api, ses, t.value, 'flag', { coltyp: JET_coltypBit }, Uint8Array.of(0x07));
    expect(api.JetPrepareUpdate(ses, t.value, JET_prepInsert)).toBe(JET_errSuccess);
    expect(api.JetSetColumn(ses, t.value, id, int32(1), 4, 0, null)).toBe(JET_errSuccess);
    expect(api.JetUpdate(ses, t.value, null, 0, null)).toBe(JET_errSuccess);
    expect(api.JetMove(ses, t.value, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(retrieve(api, ses, t.value, flag).data).toEqual(Uint8Array.of(0xff));
  });

  it('a temp table Bit column keeps 0xFF too', () => {
    const w = isam();
    const { api, ses } = w;
    const tt = out<JET_TABLEID>();
    const ids: JET_COLUMNID[] = [];
    expect(api.JetOpenTempTable(ses, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }, { coltyp: JET_coltypBit }], 2, 0, tt, ids)).toBe(JET_errSuccess);
    expect(api.JetPrepareUpdate(ses, tt.value, JET_prepInsert)).toBe(JET_errSuccess);
    expect(api.JetSetColumn(ses, tt.value, ids[0], int32(1), 4, 0, null)).toBe(JET_errSuccess);
    expect(api.JetSetColumn(ses, tt.value, ids[1], Uint8Array.of(0x2b), 1, 0, null)).toBe(JET_errSuccess);
    expect(api.JetUpdate(ses, tt.value, null, 0, null)).toBe(JET_errSuccess);
    expect(api.JetMove(ses, tt.value, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(retrieve(api, ses, tt.value, ids[1]).data).toEqual(Uint8Array.of(0xff));
  });
});
