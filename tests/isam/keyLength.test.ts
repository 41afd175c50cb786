/**
 * Key length on regular indexes: JET_INDEXCREATE.cbKeyMost (with JET_bitIndexKeyMost) and cbVarSegMac, keys cut
 * at them, seeks that find records whose keys were cut, JET_bitIndexDisallowTruncation, and the values accepted.
 *
 * The rules, from the engine's source (dev/ese/src/ese/):
 * - fcreate.cxx:1475-1497: cbKeyMost is read only with JET_bitIndexKeyMost, and must be in
 *   [JET_cbKeyMostMin (255), CbKeyMostForPage()] (1000 for the default 4 KB page, daedef.hxx g_cbPageDefault and
 *   CbKeyMostForPage; 2000 for 8 KB pages and up), else
 *   IndexInvalidDef; without the bit the index has 255 (JET_cbKeyMost_OLD). cbVarSegMac 0 means cbKeyMost.
 *   fcreate.cxx:1642-1646: cbVarSegMac above cbKeyMost is IndexInvalidDef.
 * - fldnorm.cxx:23-175 (ErrFLDNormalizeTextSegment) + _osu/normu.cxx ErrUtilNormText: a non-Unicode text segment
 *   is 0x7f, the upper-cased characters, then a 0x00 terminator; it gets min(key space left, cbVarSegMac) bytes,
 *   the prefix byte included, and is cut (without terminator) when longer. A cut at cbVarSegMac is on purpose
 *   (no warning); a cut by the end of key space is reported (wrnFLDKeyTooBig).
 * - fldnorm.cxx:1777-1810 (ErrRECIIRetrieveKey): a reported cut with JET_bitIndexDisallowTruncation is KeyTruncated.
 * - JetMakeKey normalizes its data with the same rules (fldnorm.cxx:2836-2850), so a seek key is cut the same way.
 */
import {
  createEmulator, out, JET_coltypText, JET_paramDatabasePageSize,
  JET_bitColumnTagged, JET_bitIndexDisallowTruncation, JET_bitIndexKeyMost, JET_bitIndexPrimary, JET_bitIndexUnique,
  JET_bitNewKey, JET_bitSeekEQ, JET_coltypLong, JET_coltypLongText, JET_errIndexInvalidDef, JET_errKeyDuplicate,
  JET_errKeyTruncated, JET_errSuccess, JET_prepCancel, JET_prepInsert, JET_IdxInfoKeyMost, JET_IdxInfoVarSegMac,
  JET_errBufferTooSmall, JET_errIndexNotFound,
} from '../../src';
import type { JET_COLUMNID, JET_DBID, JET_INSTANCE, JET_SESID, JET_TABLEID } from '../../src';
import { addColumn, ascii, createIndex, int32, intOf, isam, keyOf, scan } from '../support/isam';
import type { Isam, JET_INDEXCREATE } from '../support/isam';

interface T {
  w: Isam;
  t: JET_TABLEID;
  id: JET_COLUMNID;
  s: JET_COLUMNID;
  n: JET_COLUMNID;
}

function table(): T {
  const w = isam();
  const box = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, 'l', 0, 100, box)).toBe(JET_errSuccess);
  const t = box.value;
  const id = addColumn(w.api, w.ses, t, 'id', { coltyp: JET_coltypLong });
  const s = addColumn(w.api, w.ses, t, 's', { coltyp: JET_coltypLongText, cp: 1252, grbit: JET_bitColumnTagged });
  const n = addColumn(w.api, w.ses, t, 'n', { coltyp: JET_coltypLong });
  expect(createIndex(w.api, w.ses, t, 'pk', JET_bitIndexPrimary | JET_bitIndexUnique, '+id')).toBe(JET_errSuccess);
  return { w, t, id, s, n };
}

function index(k: T, name: string, grbit: number, segments: string[], more: Partial<JET_INDEXCREATE> = {}): number {
  const ic: JET_INDEXCREATE = { szIndexName: name, ...keyOf(...segments), grbit, ulDensity: 100, ...more };
  return k.w.api.JetCreateIndex2(k.w.ses, k.t, [ic], 1);
}

let nextId = 1;

/**
 * Inserts (s, n); returns JetUpdate's answer (the update is cancelled when it fails). s is a long value, set only
 * inside a transaction (lv.cxx ErrRECSetLongField): each insert is made in a transaction of its own, committed.
 */
function insert(k: T, s: string, n = 0): number {
  const { w, t } = k;
  expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
  expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
  expect(w.api.JetSetColumn(w.ses, t, k.id, int32(nextId++), 4, 0, null)).toBe(JET_errSuccess);
  const b = ascii(s);
  expect(w.api.JetSetColumn(w.ses, t, k.s, b, b.length, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetSetColumn(w.ses, t, k.n, int32(n), 4, 0, null)).toBe(JET_errSuccess);
  const rc = w.api.JetUpdate(w.ses, t, null, 0, null);
  if (rc < 0) expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepCancel)).toBe(JET_errSuccess);
  expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
  return rc;
}

function count(k: T, name: string): number {
  expect(k.w.api.JetSetCurrentIndex(k.w.ses, k.t, name)).toBe(JET_errSuccess);
  return scan(k.w.api, k.w.ses, k.t, k.id).length;
}

const A300 = 'a'.repeat(300);
const A200 = 'a'.repeat(200);

describe('cbKeyMost', () => {
  it('default 255: two texts equal in their first 254 characters have the same key (unique: KeyDuplicate)', () => {
    const k = table();
    expect(index(k, 'us', JET_bitIndexUnique, ['+s'])).toBe(JET_errSuccess);
    expect(insert(k, A300 + 'x')).toBe(JET_errSuccess);
    expect(insert(k, A300 + 'y')).toBe(JET_errKeyDuplicate);
    expect(insert(k, 'a'.repeat(253) + 'b')).toBe(JET_errSuccess); // differs inside the key
    expect(insert(k, A200 + 'x')).toBe(JET_errSuccess);
    expect(insert(k, A200 + 'y')).toBe(JET_errSuccess);
    expect(count(k, 'us')).toBe(4);
  });

  it('with JET_bitIndexKeyMost and cbKeyMost 500, texts differing after 255 characters make different keys', () => {
    // fldnorm.cxx:88-91 cuts the source at 255 only for cbKeyMost 255; fldnorm.cxx:898-926 reads cbKeyMost bytes of a
    // long value first: two 301-character texts differing in the last make 303-byte keys that differ.
    const k = table();
    expect(index(k, 'us', JET_bitIndexUnique | JET_bitIndexKeyMost, ['+s'], { cbKeyMost: 500 })).toBe(JET_errSuccess);
    expect(insert(k, A300 + 'x')).toBe(JET_errSuccess);
    expect(insert(k, A300 + 'y')).toBe(JET_errSuccess);
    expect(insert(k, A300 + 'x')).toBe(JET_errKeyDuplicate);
  });


  it('cbKeyMost without JET_bitIndexKeyMost is not read: the key is still cut at 255', () => {
    const k = table();
    expect(index(k, 'us', JET_bitIndexUnique, ['+s'], { cbKeyMost: 500 })).toBe(JET_errSuccess);
    expect(insert(k, A300 + 'x')).toBe(JET_errSuccess);
    expect(insert(k, A300 + 'y')).toBe(JET_errKeyDuplicate);
  });

  it('a seek with a long key finds the record whose key was cut', () => {
    const k = table();
    expect(index(k, 'bys', 0, ['+s'])).toBe(JET_errSuccess);
    expect(insert(k, 'b')).toBe(JET_errSuccess);
    expect(insert(k, A300 + 'x')).toBe(JET_errSuccess); // id = nextId - 1
    const cut = nextId - 1;
    expect(k.w.api.JetSetCurrentIndex(k.w.ses, k.t, 'bys')).toBe(JET_errSuccess);
    const key = ascii('a'.repeat(280) + 'zzz');
    expect(k.w.api.JetMakeKey(k.w.ses, k.t, key, key.length, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(k.w.api.JetSeek(k.w.ses, k.t, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(intOf(k.w.api, k.w.ses, k.t, k.id)).toBe(cut);
  });

  it.each([
    [254, JET_errIndexInvalidDef],
    [255, JET_errSuccess],
    [1000, JET_errSuccess],
    [1001, JET_errIndexInvalidDef],
    [2000, JET_errIndexInvalidDef],
  ])('JET_bitIndexKeyMost with cbKeyMost %i answers %i (4 KB pages, the default)', (cb, rc) => {
    const k = table();
    expect(index(k, 'ix', JET_bitIndexKeyMost, ['+s'], { cbKeyMost: cb })).toBe(rc);
  });

  it('with 8 KB pages (JET_paramDatabasePageSize 8192) cbKeyMost goes up to 2000', () => {
    const emu = createEmulator();
    const api = emu.api;
    expect(api.JetSetSystemParameter(null, -1 as JET_SESID, JET_paramDatabasePageSize, 8192, null)).toBe(JET_errSuccess);
    const inst = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(inst, 'pages')).toBe(JET_errSuccess);
    expect(api.JetInit(inst)).toBe(JET_errSuccess);
    const ses = out<JET_SESID>();
    expect(api.JetBeginSession(inst.value, ses, '', '')).toBe(JET_errSuccess);
    const dbid = out<JET_DBID>();
    expect(api.JetCreateDatabase(ses.value, 'pages.edb', null, dbid, 0)).toBe(JET_errSuccess);
    const t = out<JET_TABLEID>();
    expect(api.JetCreateTable(ses.value, dbid.value, 't', 0, 0, t)).toBe(JET_errSuccess);
    expect(api.JetAddColumn(ses.value, t.value, 's', { coltyp: JET_coltypText }, null, 0, out<JET_COLUMNID>())).toBe(JET_errSuccess);
    const make = (name: string, cbKeyMost: number): number => api.JetCreateIndex2(ses.value, t.value, [
      { szIndexName: name, szKey: '+s\0\0', cbKey: 4, grbit: JET_bitIndexKeyMost, cbKeyMost },
    ], 1);
    expect(make('a', 2000)).toBe(JET_errSuccess);
    expect(make('b', 2001)).toBe(JET_errIndexInvalidDef);
  });

  it('cbVarSegMac above cbKeyMost is IndexInvalidDef', () => {
    const k = table();
    expect(index(k, 'a', 0, ['+s'], { cbVarSegMac: 256 })).toBe(JET_errIndexInvalidDef);
    expect(index(k, 'b', JET_bitIndexKeyMost, ['+s'], { cbKeyMost: 500, cbVarSegMac: 501 })).toBe(JET_errIndexInvalidDef);
    expect(index(k, 'c', JET_bitIndexKeyMost, ['+s'], { cbKeyMost: 500, cbVarSegMac: 500 })).toBe(JET_errSuccess);
    expect(index(k, 'd', 0, ['+s'], { cbVarSegMac: 255 })).toBe(JET_errSuccess);
  });
});

describe('cbVarSegMac', () => {
  // cbVarSegMac 10: the prefix byte and 9 characters; 'abcdefghi…' all share one segment.
  it('cuts each text segment at cbVarSegMac bytes and the next segment still counts', () => {
    const k = table();
    expect(index(k, 'sn', JET_bitIndexUnique, ['+s', '+n'], { cbVarSegMac: 10 })).toBe(JET_errSuccess);
    expect(insert(k, 'abcdefghiXXX', 1)).toBe(JET_errSuccess);
    expect(insert(k, 'abcdefghiYYY', 1)).toBe(JET_errKeyDuplicate);
    expect(insert(k, 'abcdefghiYYY', 2)).toBe(JET_errSuccess);
    expect(insert(k, 'abcdefgh', 1)).toBe(JET_errSuccess); // 8 characters and the terminator: not cut
    expect(insert(k, 'abcdefghj', 1)).toBe(JET_errSuccess); // differs in the 9th character
    expect(count(k, 'sn')).toBe(4);
  });

  it('a seek key is cut the same way: EQ on a different tail finds the record', () => {
    const k = table();
    expect(index(k, 'bys', 0, ['+s'], { cbVarSegMac: 10 })).toBe(JET_errSuccess);
    expect(insert(k, 'abcdefghiXXX')).toBe(JET_errSuccess);
    const id = nextId - 1;
    expect(k.w.api.JetSetCurrentIndex(k.w.ses, k.t, 'bys')).toBe(JET_errSuccess);
    const key = ascii('abcdefghiQ');
    expect(k.w.api.JetMakeKey(k.w.ses, k.t, key, key.length, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(k.w.api.JetSeek(k.w.ses, k.t, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(intOf(k.w.api, k.w.ses, k.t, k.id)).toBe(id);
  });
});

describe('JET_bitIndexDisallowTruncation', () => {
  // Left out, a suspected esemu bug (see the report): with cbVarSegMac 10 a 16-character text is cut on purpose,
  // the warning is dropped (fldnorm.cxx:153-167) and the insert is accepted; esemu answers KeyTruncated.

  it('a key cut by the end of key space is KeyTruncated at JetUpdate', () => {
    const k = table();
    expect(index(k, 'ix', JET_bitIndexDisallowTruncation, ['+s'])).toBe(JET_errSuccess);
    expect(insert(k, A300)).toBe(JET_errKeyTruncated);
    expect(count(k, 'ix')).toBe(0);
    // (recupd.cxx:1960-1990 rolls the whole insert back; esemu keeps the record in the primary index: reported.)
  });

  it('a key that fits is accepted', () => {
    const k = table();
    expect(index(k, 'ix', JET_bitIndexDisallowTruncation, ['+s'])).toBe(JET_errSuccess);
    expect(insert(k, 'a'.repeat(253))).toBe(JET_errSuccess); // 0x7f + 253 + terminator = 255 bytes
    expect(count(k, 'ix')).toBe(1);
  });
});

describe('JetGetTableIndexInfo(JET_IdxInfoKeyMost / JET_IdxInfoVarSegMac) (info.cxx ErrINFOGetTableIndexInfo)', () => {
  // jetapi.cxx JetGetTableIndexInfoEx: cbMin is sizeof(USHORT) for both. cat.cxx ErrCATGetIndexKeyMost: the
  // catalog's cbKeyMost, JET_cbKeyMost_OLD (255) when none was stored; ErrCATGetIndexVarSegMac: the stored
  // cbVarSegMac, else the key's most. Both seek the index by name in the catalog (ErrCATISeekTableObject):
  // no such name is IndexNotFound.
  function info(k: T, name: string | null, level: number, room = 2): { rc: number; value: unknown } {
    const box = out<unknown>();
    const rc = k.w.api.JetGetTableIndexInfo(k.w.ses, k.t, name, box as never, room, level);
    return { rc, value: box.value };
  }

  it('answers the sizes the index was made with, or the defaults', () => {
    const k = table();
    expect(index(k, 'big', JET_bitIndexKeyMost, ['+s'], { cbKeyMost: 500, cbVarSegMac: 100 })).toBe(JET_errSuccess);
    expect(index(k, 'wide', JET_bitIndexKeyMost, ['+s'], { cbKeyMost: 400 })).toBe(JET_errSuccess);
    expect(info(k, 'big', JET_IdxInfoKeyMost)).toEqual({ rc: JET_errSuccess, value: 500 });
    expect(info(k, 'big', JET_IdxInfoVarSegMac)).toEqual({ rc: JET_errSuccess, value: 100 });
    expect(info(k, 'wide', JET_IdxInfoVarSegMac)).toEqual({ rc: JET_errSuccess, value: 400 });
    expect(info(k, 'pk', JET_IdxInfoKeyMost)).toEqual({ rc: JET_errSuccess, value: 255 });
    expect(info(k, 'pk', JET_IdxInfoVarSegMac)).toEqual({ rc: JET_errSuccess, value: 255 });
  });

  it('needs 2 bytes and a name the catalog holds', () => {
    const k = table();
    expect(info(k, 'pk', JET_IdxInfoKeyMost, 1).rc).toBe(JET_errBufferTooSmall);
    expect(info(k, 'pk', JET_IdxInfoVarSegMac, 1).rc).toBe(JET_errBufferTooSmall);
    expect(info(k, null, JET_IdxInfoKeyMost).rc).toBe(JET_errIndexNotFound);
    expect(info(k, 'nope', JET_IdxInfoVarSegMac).rc).toBe(JET_errIndexNotFound);
  });
});
