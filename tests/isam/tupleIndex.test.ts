/**
 * Tuple indexes (JET_bitIndexTuples, JET_bitIndexTupleLimits with JET_INDEXCREATE's ptuplelimits), from the
 * engine's rules:
 * - fcreate.cxx: TupleLimits without the struct is JET_errIndexInvalidDef; a primary tuple index is
 *   JET_errIndexTuplesSecondaryIndexOnly, a unique one JET_errIndexTuplesNonUniqueOnly, a cbVarSegMac under
 *   cbKeyMost JET_errIndexTuplesVarSegMacNotAllowed; limits (0 = default: length 3..10, 0x7fff tuples, increment 1,
 *   start 0) with a length outside 2..255, min > max or more than 0x7fff tuples are JET_errIndexTuplesInvalidLimits;
 *   the first column must be Text or Binary (JET_errIndexTuplesTextBinaryColumnsOnly).
 * - fldnorm.cxx / recupd.cxx: the first column is keyed by each tuple: at offsets start, start + increment, ...
 *   (at most chToIndexMax tuples), at most chLengthMax characters; fewer than chLengthMin left ends the tuples
 *   (wrnFLDOutOfTuples), so a short or NULL value has no entry; equal tuples of one record make one entry.
 * - fldext.cxx: RetrieveFromIndex of the tuple column is JET_errIndexTuplesCannotRetrieveFromIndex unless
 *   JET_bitRetrieveTuple, which without RetrieveFromIndex is JET_errInvalidGrbit.
 */
import {
  out, JET_bitIndexPrimary, JET_bitIndexTupleLimits, JET_bitIndexTuples, JET_bitIndexUnique, JET_bitNewKey,
  JET_bitRetrieveFromIndex, JET_bitRetrieveTuple, JET_bitSeekEQ, JET_bitSeekGE, JET_coltypLong, JET_coltypText,
  JET_errIndexInvalidDef, JET_errIndexTuplesCannotRetrieveFromIndex, JET_errIndexTuplesInvalidLimits,
  JET_errIndexTuplesNonUniqueOnly, JET_errIndexTuplesSecondaryIndexOnly, JET_errIndexTuplesTextBinaryColumnsOnly,
  JET_errIndexTuplesVarSegMacNotAllowed, JET_errInvalidGrbit, JET_errSuccess, JET_prepInsert,
} from '../../src';
import type { JET_COLUMNID, JET_TABLEID } from '../../src';
import { addColumn, ascii, createIndex, fromAscii, int32, intOf, isam, scan } from '../support/isam';
import type { Isam, JET_INDEXCREATE } from '../support/isam';

interface T { w: Isam; t: JET_TABLEID; id: JET_COLUMNID; s: JET_COLUMNID }

/** t: id Long (primary +id), s Text 1252, n Long; rows id -> s. */
function world(rows: Array<[number, string | null]>): T {
  const w = isam();
  const box = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, 't', 0, 100, box)).toBe(JET_errSuccess);
  const t = box.value;
  const id = addColumn(w.api, w.ses, t, 'id', { coltyp: JET_coltypLong });
  const s = addColumn(w.api, w.ses, t, 's', { coltyp: JET_coltypText, cp: 1252, cbMax: 64 });
  addColumn(w.api, w.ses, t, 'n', { coltyp: JET_coltypLong });
  expect(createIndex(w.api, w.ses, t, 'pk', JET_bitIndexPrimary | JET_bitIndexUnique, '+id')).toBe(JET_errSuccess);
  for (const [k, v] of rows) {
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, id, int32(k), 4, 0, null)).toBe(JET_errSuccess);
    if (v !== null) expect(w.api.JetSetColumn(w.ses, t, s, ascii(v), v.length, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
  }
  return { w, t, id, s };
}

function tupleIndex(x: T, name: string, extra: Partial<JET_INDEXCREATE> = {}, key = '+s\0\0'): number {
  const ic: JET_INDEXCREATE = { szIndexName: name, szKey: key, cbKey: key.length, grbit: JET_bitIndexTuples, ...extra };
  return x.w.api.JetCreateIndex2(x.w.ses, x.t, [ic], 1);
}

/** The tuple of every entry of the current index (RetrieveFromIndex | RetrieveTuple), in order. */
function tuples(x: T): string[] {
  const seen: string[] = [];
  let rc = x.w.api.JetMove(x.w.ses, x.t, -0x80000000, 0);
  while (rc === JET_errSuccess) {
    const buf = new Uint8Array(64);
    const cb = out<number>(0);
    expect(x.w.api.JetRetrieveColumn(x.w.ses, x.t, x.s, buf, 64, cb, JET_bitRetrieveFromIndex | JET_bitRetrieveTuple, null)).toBe(JET_errSuccess);
    seen.push(fromAscii(buf.slice(0, cb.value)));
    rc = x.w.api.JetMove(x.w.ses, x.t, 1, 0);
  }
  return seen;
}

describe('tuple indexes', () => {
  test('default limits: one entry per 3-to-10-character tuple at each offset; short and NULL values have none', () => {
    const x = world([[1, 'abcde'], [2, 'xy'], [3, null], [4, 'zzzz']]);
    expect(tupleIndex(x, 'byTuple')).toBe(JET_errSuccess);
    expect(x.w.api.JetSetCurrentIndex(x.w.ses, x.t, 'byTuple')).toBe(JET_errSuccess);
    // abcde: abcde, bcde, cde (de is too short); zzzz: zzzz, zzz.
    expect(tuples(x)).toEqual(['abcde', 'bcde', 'cde', 'zzz', 'zzzz']);
    expect(scan(x.w.api, x.w.ses, x.t, x.id)).toEqual([1, 1, 1, 4, 4]);
  });

  test('a seek finds a record by a substring', () => {
    const x = world([[1, 'abcde'], [2, 'qrcdx']]);
    expect(tupleIndex(x, 'byTuple')).toBe(JET_errSuccess);
    expect(x.w.api.JetSetCurrentIndex(x.w.ses, x.t, 'byTuple')).toBe(JET_errSuccess);
    expect(x.w.api.JetMakeKey(x.w.ses, x.t, ascii('cde'), 3, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(x.w.api.JetSeek(x.w.ses, x.t, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(intOf(x.w.api, x.w.ses, x.t, x.id)).toBe(1);
    expect(x.w.api.JetMakeKey(x.w.ses, x.t, ascii('cdx'), 3, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(x.w.api.JetSeek(x.w.ses, x.t, JET_bitSeekGE)).toBe(JET_errSuccess);
    expect(intOf(x.w.api, x.w.ses, x.t, x.id)).toBe(2);
  });

  test('Unicode text counts characters (two bytes each)', () => {
    // fldnorm.cxx: for cp 1200 the offset and the lengths are doubled.
    const w = isam();
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'u', 0, 100, box)).toBe(JET_errSuccess);
    const t = box.value;
    const id = addColumn(w.api, w.ses, t, 'id', { coltyp: JET_coltypLong });
    const s = addColumn(w.api, w.ses, t, 's', { coltyp: JET_coltypText, cp: 1200, cbMax: 64 });
    expect(createIndex(w.api, w.ses, t, 'pk', JET_bitIndexPrimary | JET_bitIndexUnique, '+id')).toBe(JET_errSuccess);
    const key = '+s\0\0';
    expect(w.api.JetCreateIndex2(w.ses, t, [{ szIndexName: 'tu', szKey: key, cbKey: key.length, grbit: JET_bitIndexTuples }], 1)).toBe(JET_errSuccess);
    const utf16 = Uint8Array.from([0x61, 0, 0x62, 0, 0x63, 0, 0x64, 0]);
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, id, int32(1), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, s, utf16, 8, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetSetCurrentIndex(w.ses, t, 'tu')).toBe(JET_errSuccess);
    // "abcd" and "bcd"; "cd" is under three characters.
    const n = out<number>(0);
    expect(w.api.JetIndexRecordCount(w.ses, t, n, 0)).toBe(JET_errSuccess);
    expect(n.value).toBe(2);
    expect(w.api.JetMove(w.ses, t, -0x7fffffff - 1, 0)).toBe(JET_errSuccess);
    const got = new Uint8Array(16);
    const cb = out<number>(0);
    const seen: number[] = [];
    for (let i = 0; i < 2; i++) {
      expect(w.api.JetRetrieveColumn(w.ses, t, s, got, 16, cb, JET_bitRetrieveFromIndex | JET_bitRetrieveTuple, null)).toBe(JET_errSuccess);
      seen.push(cb.value);
      w.api.JetMove(w.ses, t, 1, 0);
    }
    expect(seen.sort()).toEqual([6, 8]);
  });

  test('JET_TUPLELIMITS: start, increment, length and how many tuples', () => {
    const x = world([[1, 'abcdefgh']]);
    const limits = { chLengthMin: 2, chLengthMax: 3, chToIndexMax: 2, cchIncrement: 2, ichStart: 1 };
    expect(tupleIndex(x, 'custom', { grbit: JET_bitIndexTupleLimits, ptuplelimits: limits })).toBe(JET_errSuccess);
    expect(x.w.api.JetSetCurrentIndex(x.w.ses, x.t, 'custom')).toBe(JET_errSuccess);
    // Offsets 1 and 3 (two tuples), three characters each.
    expect(tuples(x)).toEqual(['bcd', 'def']);
  });

  test('RetrieveFromIndex of the tuple column needs RetrieveTuple, which needs RetrieveFromIndex', () => {
    const x = world([[1, 'abcde']]);
    expect(tupleIndex(x, 'byTuple')).toBe(JET_errSuccess);
    expect(x.w.api.JetSetCurrentIndex(x.w.ses, x.t, 'byTuple')).toBe(JET_errSuccess);
    const buf = new Uint8Array(64);
    expect(x.w.api.JetRetrieveColumn(x.w.ses, x.t, x.s, buf, 64, null, JET_bitRetrieveFromIndex, null))
      .toBe(JET_errIndexTuplesCannotRetrieveFromIndex);
    expect(x.w.api.JetRetrieveColumn(x.w.ses, x.t, x.s, buf, 64, null, JET_bitRetrieveTuple, null)).toBe(JET_errInvalidGrbit);
    expect(x.w.api.JetRetrieveColumn(x.w.ses, x.t, x.s, buf, 64, null, 0, null)).toBe(JET_errSuccess);
  });

  test('definitions the engine refuses', () => {
    const x = world([]);
    expect(tupleIndex(x, 'u', { grbit: JET_bitIndexTuples | JET_bitIndexUnique })).toBe(JET_errIndexTuplesNonUniqueOnly);
    expect(tupleIndex(x, 'v', { cbVarSegMac: 10 })).toBe(JET_errIndexTuplesVarSegMacNotAllowed);
    expect(tupleIndex(x, 'l', {}, '+n\0\0')).toBe(JET_errIndexTuplesTextBinaryColumnsOnly);
    // A Long column after the tuple column is allowed.
    expect(tupleIndex(x, 'sn', {}, '+s\0+n\0\0')).toBe(JET_errSuccess);
    expect(tupleIndex(x, 'noLimits', { grbit: JET_bitIndexTupleLimits })).toBe(JET_errIndexInvalidDef);
    const bad = (l: { chLengthMin: number; chLengthMax: number; chToIndexMax: number }): number =>
      tupleIndex(x, 'bad', { grbit: JET_bitIndexTupleLimits, ptuplelimits: l });
    expect(bad({ chLengthMin: 1, chLengthMax: 5, chToIndexMax: 1 })).toBe(JET_errIndexTuplesInvalidLimits);
    expect(bad({ chLengthMin: 6, chLengthMax: 5, chToIndexMax: 1 })).toBe(JET_errIndexTuplesInvalidLimits);
    expect(bad({ chLengthMin: 2, chLengthMax: 256, chToIndexMax: 1 })).toBe(JET_errIndexTuplesInvalidLimits);
    expect(bad({ chLengthMin: 2, chLengthMax: 5, chToIndexMax: 0x8000 })).toBe(JET_errIndexTuplesInvalidLimits);
    // 0 picks the defaults (3..10).
    expect(bad({ chLengthMin: 0, chLengthMax: 0, chToIndexMax: 0 })).toBe(JET_errSuccess);
  });

  test('a primary tuple index is IndexTuplesSecondaryIndexOnly', () => {
    const w = isam();
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'p', 0, 100, box)).toBe(JET_errSuccess);
    addColumn(w.api, w.ses, box.value, 's', { coltyp: JET_coltypText, cp: 1252 });
    const key = '+s\0\0';
    const ic: JET_INDEXCREATE = { szIndexName: 'pk', szKey: key, cbKey: key.length, grbit: JET_bitIndexPrimary | JET_bitIndexTuples };
    expect(w.api.JetCreateIndex2(w.ses, box.value, [ic], 1)).toBe(JET_errIndexTuplesSecondaryIndexOnly);
  });
});
