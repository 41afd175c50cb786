/**
 * Regular-table columns of type Binary and Text made fixed with JET_bitColumnFixed: their size, JetSetColumn,
 * defaults, keys (JetMakeKey and index entries) and the order of index entries.
 *
 * The rules, from the engine's source (dev/ese/src/ese/ and dev/ese/src/inc/):
 * - cat.cxx UlCATColumnSize: Binary/Text cbMax 0 is JET_cbColumnMost (255); above 255 is cut to 255 and
 *   fcreate.cxx ErrFILEIValidateAddColumn / ErrIsamAddColumn answer JET_wrnColumnMaxTruncated.
 *   fcreate.cxx ErrFILEGetNextColumnid: JET_bitColumnFixed gives a fixed-class id (daedef.hxx: fixed fids 1..127,
 *   variable 128..255).
 * - fldmod.cxx ErrRECISetIFixedColumn: data longer than cbMaxLen is InvalidBufferSize; shorter Binary data is padded
 *   with 0x00, shorter Text with rec.hxx RECTextColumnPadding (daedef.hxx chRECFixedColAndKeyFill ' '; code page 1200:
 *   byte i of the column gets byte i % 2 of L' ', i.e. 0x20 0x00). Zero-length data is taken as NULL (DATA::FNull is
 *   cb == 0), so JET_bitSetZeroLength does not make a zero-length fixed column.
 * - fldext.cxx ErrRECIRetrieveFixedColumn: a set fixed column is retrieved as cbMaxLen bytes.
 * - fcreate.cxx ErrFILEIValidateAddColumn (end): a default longer than cbMaxLen (cbMaxLen != 0) is DefaultValueTooBig;
 *   the default is then set into the default record (fileopen.cxx ErrFILERebuildDefaultRec -> fldmod.cxx
 *   ErrRECSetDefaultValue -> ErrRECSetColumn -> ErrRECISetFixedColumn), so it is padded like a set value.
 * - fldnorm.cxx ErrIsamMakeKey: a fixed segment with cbKeySeg > 0 and != cbMaxLen is InvalidBufferSize, except fixed
 *   Text shorter than cbMaxLen, padded with RECTextColumnPadding; Partial*Limit is InvalidGrbit unless the column is
 *   text or variable binary. ErrFLDNormalizeSegment: JET_bitKeyDataZeroLength on a fixed field is InvalidBufferSize.
 * - fldnorm.cxx FLDNormalizeBinarySegment: fixed binary is 0x7f (bPrefixData) + the bytes; variable binary is 0x7f +
 *   chunks of 8 bytes (cbFLDBinaryChunk), each followed by a byte: 9 after a full inner chunk, the count of bytes in
 *   the last chunk (zero-filled to 8). ErrFLDNormalizeTextSegment + _osu/normu.cxx ErrUtilNormText (non-Unicode):
 *   0x7f + the C-locale upper-cased text + 0x00.
 */
import {
  out,
  JET_bitColumnFixed, JET_bitColumnTagged, JET_bitFullColumnStartLimit, JET_bitIndexPrimary, JET_bitIndexUnique,
  JET_bitKeyDataZeroLength, JET_bitNewKey, JET_bitPartialColumnEndLimit, JET_bitPartialColumnStartLimit,
  JET_bitRetrieveCopy, JET_bitSeekEQ, JET_bitSetZeroLength, JET_coltypBinary, JET_coltypLong, JET_coltypText,
  JET_errDefaultValueTooBig, JET_errInvalidBufferSize, JET_errInvalidGrbit, JET_errKeyDuplicate, JET_errSuccess,
  JET_MoveFirst, JET_prepCancel, JET_prepInsert, JET_prepReplace, JET_wrnColumnMaxTruncated, JET_wrnColumnNull,
} from '../../src';
import type { JET_COLUMNDEF, JET_COLUMNID, JET_TABLEID } from '../../src';
import { addColumn, ascii, columnInfo, createIndex, int32, isam, retrieve, scan, seekInt } from '../support/isam';
import type { Isam } from '../support/isam';

interface T {
  w: Isam;
  t: JET_TABLEID;
  id: JET_COLUMNID;
  fb: JET_COLUMNID; // Binary fixed, cbMax 4
  ft: JET_COLUMNID; // Text 1252 fixed, cbMax 4
  fu: JET_COLUMNID; // Text 1200 fixed, cbMax 8
  vb: JET_COLUMNID; // Binary variable
  vt: JET_COLUMNID; // Text 1252 variable
}

const FIXED = JET_bitColumnFixed;

/** Table "f" (the creator's cursor is kept): indexes pk "+id", byFb "+fb", byFt "+ft", byVb "+vb", byVt "+vt". */
function table(): T {
  const w = isam();
  const box = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, 'f', 0, 100, box)).toBe(JET_errSuccess);
  const t = box.value;
  const k: T = {
    w, t,
    id: addColumn(w.api, w.ses, t, 'id', { coltyp: JET_coltypLong }),
    fb: addColumn(w.api, w.ses, t, 'fb', { coltyp: JET_coltypBinary, cbMax: 4, grbit: FIXED }),
    ft: addColumn(w.api, w.ses, t, 'ft', { coltyp: JET_coltypText, cp: 1252, cbMax: 4, grbit: FIXED }),
    fu: addColumn(w.api, w.ses, t, 'fu', { coltyp: JET_coltypText, cp: 1200, cbMax: 8, grbit: FIXED }),
    vb: addColumn(w.api, w.ses, t, 'vb', { coltyp: JET_coltypBinary, cbMax: 255 }),
    vt: addColumn(w.api, w.ses, t, 'vt', { coltyp: JET_coltypText, cp: 1252, cbMax: 255 }),
  };
  expect(createIndex(w.api, w.ses, t, 'pk', JET_bitIndexPrimary | JET_bitIndexUnique, '+id')).toBe(JET_errSuccess);
  for (const [name, seg] of [['byFb', '+fb'], ['byFt', '+ft'], ['byVb', '+vb'], ['byVt', '+vt']]) {
    expect(createIndex(w.api, w.ses, t, name, 0, seg)).toBe(JET_errSuccess);
  }
  return k;
}

type Set = [JET_COLUMNID, Uint8Array, number?];

/** Inserts a record with id and the values given (each set must succeed); returns JetUpdate's answer. */
function insert(k: T, id: number, sets: Set[]): number {
  const { w, t } = k;
  expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
  expect(w.api.JetSetColumn(w.ses, t, k.id, int32(id), 4, 0, null)).toBe(JET_errSuccess);
  for (const [col, b, grbit] of sets) expect(w.api.JetSetColumn(w.ses, t, col, b, b.length, grbit ?? 0, null)).toBe(JET_errSuccess);
  const rc = w.api.JetUpdate(w.ses, t, null, 0, null);
  if (rc < 0) expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepCancel)).toBe(JET_errSuccess);
  return rc;
}

/** JetSetColumn's answer for one value in a prepared insert that is then cancelled. */
function setRc(k: T, col: JET_COLUMNID, b: Uint8Array): number {
  const { w, t } = k;
  expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
  const rc = w.api.JetSetColumn(w.ses, t, col, b, b.length, 0, null);
  expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepCancel)).toBe(JET_errSuccess);
  return rc;
}

/** Makes the cursor current on record id through the primary index. */
function goTo(k: T, id: number): void {
  expect(k.w.api.JetSetCurrentIndex(k.w.ses, k.t, 'pk')).toBe(JET_errSuccess);
  expect(seekInt(k.w.api, k.w.ses, k.t, id, JET_bitSeekEQ)).toBe(JET_errSuccess);
}

function bytes(k: T, col: JET_COLUMNID): { rc: number; data: number[] | null } {
  const r = retrieve(k.w.api, k.w.ses, k.t, col);
  return { rc: r.rc, data: r.data === null ? null : Array.from(r.data) };
}

function makeKey(k: T, index: string, b: Uint8Array | null, grbit = 0): number {
  expect(k.w.api.JetSetCurrentIndex(k.w.ses, k.t, index)).toBe(JET_errSuccess);
  return k.w.api.JetMakeKey(k.w.ses, k.t, b, b === null ? 0 : b.length, JET_bitNewKey | grbit);
}

/** The key being made (JET_bitRetrieveCopy) or the current index entry's key (grbit 0). */
function key(k: T, grbit: number): number[] {
  const buf = new Uint8Array(300);
  const cb = out<number>(0);
  expect(k.w.api.JetRetrieveKey(k.w.ses, k.t, buf, buf.length, cb, grbit)).toBe(JET_errSuccess);
  return Array.from(buf.subarray(0, cb.value));
}

const B = (...b: number[]): Uint8Array => Uint8Array.from(b);
const A = (s: string): number[] => Array.from(ascii(s));

describe('definition', () => {
  it('JET_bitColumnFixed gives a fixed-class column id; JetGetTableColumnInfo reports cbMax and the bit', () => {
    const k = table();
    // daedef.hxx: fixed fids 1..127, variable 128..255 (fcreate.cxx ErrFILEGetNextColumnid)
    for (const c of [k.fb, k.ft, k.fu]) expect(c >= 1 && c <= 127).toBe(true);
    expect(k.vb >= 128 && k.vb <= 255).toBe(true);
    // info.cxx: grbit JET_bitColumnFixed for a fixed columnid, cbMax = pfield->cbMaxLen
    for (const [name, cb] of [['fb', 4], ['ft', 4], ['fu', 8]] as const) {
      const r = columnInfo(k.w.api, k.w.ses, k.t, name);
      expect(r.rc).toBe(JET_errSuccess);
      expect(r.def.cbMax).toBe(cb);
      expect((r.def.grbit ?? 0) & JET_bitColumnFixed).toBe(JET_bitColumnFixed);
      expect((r.def.grbit ?? 0) & JET_bitColumnTagged).toBe(0);
    }
    expect((columnInfo(k.w.api, k.w.ses, k.t, 'vb').def.grbit ?? 0) & JET_bitColumnFixed).toBe(0);
  });

  it('cbMax 0 is 255; cbMax 300 is cut to 255 with JET_wrnColumnMaxTruncated (cat.cxx UlCATColumnSize)', () => {
    const k = table();
    const { api, ses } = k.w;
    const id = out<JET_COLUMNID>();
    const def = (coltyp: number, cbMax: number): JET_COLUMNDEF => ({ coltyp, cbMax, grbit: FIXED });
    expect(api.JetAddColumn(ses, k.t, 'b0', def(JET_coltypBinary, 0), null, 0, id)).toBe(JET_errSuccess);
    const b0 = id.value;
    expect(api.JetAddColumn(ses, k.t, 't300', def(JET_coltypText, 300), null, 0, id)).toBe(JET_wrnColumnMaxTruncated);
    expect(columnInfo(api, ses, k.t, 'b0').def.cbMax).toBe(255);
    expect(columnInfo(api, ses, k.t, 't300').def.cbMax).toBe(255);
    // the column is 255 bytes: 255 fit, 256 is longer than cbMaxLen (fldmod.cxx ErrRECISetIFixedColumn)
    expect(setRc(k, b0, new Uint8Array(255).fill(7))).toBe(JET_errSuccess);
    expect(setRc(k, b0, new Uint8Array(256))).toBe(JET_errInvalidBufferSize);
  });

  it('a fixed-size type keeps its own size whatever cbMax it is given: nothing is padded (cat.cxx UlCATColumnSize)', () => {
    // UlCATColumnSize gives a Long 4 bytes, not the cbMax asked for; only Binary and Text take cbMax as their size.
    const k = table();
    const { api, ses } = k.w;
    const wide = addColumn(api, ses, k.t, 'wide', { coltyp: JET_coltypLong, cbMax: 8 });
    expect(columnInfo(api, ses, k.t, 'wide').def.cbMax).toBe(4);
    expect(insert(k, 9, [[wide, int32(7)]])).toBe(JET_errSuccess);
    goTo(k, 9);
    expect(bytes(k, wide)).toEqual({ rc: JET_errSuccess, data: [7, 0, 0, 0] });
  });
});

describe('JetSetColumn on fixed Binary / Text (fldmod.cxx ErrRECISetIFixedColumn)', () => {
  it('data longer than cbMax is InvalidBufferSize', () => {
    const k = table();
    expect(setRc(k, k.fb, B(1, 2, 3, 4, 5))).toBe(JET_errInvalidBufferSize);
    expect(setRc(k, k.ft, ascii('abcde'))).toBe(JET_errInvalidBufferSize);
    expect(setRc(k, k.fu, new Uint8Array(9))).toBe(JET_errInvalidBufferSize);
  });

  it('shorter Binary is padded with 0x00 and Text (1252) with spaces; cbActual is cbMax', () => {
    const k = table();
    expect(insert(k, 1, [[k.fb, B(0xab, 0xcd)], [k.ft, ascii('ab')]])).toBe(JET_errSuccess);
    expect(insert(k, 2, [[k.fb, B(9, 8, 7, 6)], [k.ft, ascii('wxyz')]])).toBe(JET_errSuccess);
    goTo(k, 1);
    expect(bytes(k, k.fb)).toEqual({ rc: JET_errSuccess, data: [0xab, 0xcd, 0, 0] });
    expect(bytes(k, k.ft)).toEqual({ rc: JET_errSuccess, data: A('ab  ') });
    goTo(k, 2); // full length: stored as given
    expect(bytes(k, k.fb).data).toEqual([9, 8, 7, 6]);
    expect(bytes(k, k.ft).data).toEqual(A('wxyz'));
  });

  it('code page 1200: byte i of the padding is byte i % 2 of L" " (0x20 0x00) (rec.hxx RECTextColumnPadding)', () => {
    const k = table();
    expect(insert(k, 1, [[k.fu, B(0x61, 0x00)]])).toBe(JET_errSuccess);
    expect(insert(k, 2, [[k.fu, B(0x61, 0x00, 0x62)]])).toBe(JET_errSuccess); // odd: byte 3 gets 0x00
    goTo(k, 1);
    expect(bytes(k, k.fu).data).toEqual([0x61, 0, 0x20, 0, 0x20, 0, 0x20, 0]);
    goTo(k, 2);
    expect(bytes(k, k.fu).data).toEqual([0x61, 0, 0x62, 0, 0x20, 0, 0x20, 0]);
  });

  it('zero-length data, even with JET_bitSetZeroLength, makes the fixed column NULL', () => {
    const k = table();
    const zero = new Uint8Array(0);
    expect(insert(k, 1, [[k.fb, zero, JET_bitSetZeroLength], [k.ft, zero, JET_bitSetZeroLength]])).toBe(JET_errSuccess);
    expect(insert(k, 2, [[k.fb, B(1, 2, 3, 4)], [k.ft, ascii('ab')]])).toBe(JET_errSuccess);
    goTo(k, 1);
    expect(bytes(k, k.fb).rc).toBe(JET_wrnColumnNull);
    expect(bytes(k, k.ft).rc).toBe(JET_wrnColumnNull);
    // a value already there is cleared the same way
    goTo(k, 2);
    const { api, ses } = k.w;
    expect(api.JetPrepareUpdate(ses, k.t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(api.JetSetColumn(ses, k.t, k.fb, zero, 0, JET_bitSetZeroLength, null)).toBe(JET_errSuccess);
    expect(api.JetSetColumn(ses, k.t, k.ft, zero, 0, JET_bitSetZeroLength, null)).toBe(JET_errSuccess);
    expect(api.JetUpdate(ses, k.t, null, 0, null)).toBe(JET_errSuccess);
    goTo(k, 2);
    expect(bytes(k, k.fb).rc).toBe(JET_wrnColumnNull);
    expect(bytes(k, k.ft).rc).toBe(JET_wrnColumnNull);
  });
});

describe('JetAddColumn defaults', () => {
  function add(k: T, name: string, def: JET_COLUMNDEF, dflt: Uint8Array): number {
    return k.w.api.JetAddColumn(k.w.ses, k.t, name, def, dflt, dflt.length, out<JET_COLUMNID>());
  }

  it('a default longer than cbMax is DefaultValueTooBig (fcreate.cxx ErrFILEIValidateAddColumn)', () => {
    const k = table();
    expect(add(k, 'b', { coltyp: JET_coltypBinary, cbMax: 4, grbit: FIXED }, B(1, 2, 3, 4, 5))).toBe(JET_errDefaultValueTooBig);
    expect(add(k, 't', { coltyp: JET_coltypText, cp: 1252, cbMax: 10 }, ascii('abcdefghijk'))).toBe(JET_errDefaultValueTooBig);
    // Long: UlCATColumnSize makes cbMaxLen 4 whatever cbMax says
    expect(add(k, 'l', { coltyp: JET_coltypLong, grbit: FIXED }, new Uint8Array(8))).toBe(JET_errDefaultValueTooBig);
    // a default of exactly cbMax is accepted
    expect(add(k, 'b4', { coltyp: JET_coltypBinary, cbMax: 4, grbit: FIXED }, B(1, 2, 3, 4))).toBe(JET_errSuccess);
  });

  it('a shorter Long default fails the fixed set path: InvalidBufferSize (fldmod.cxx ErrRECISetIFixedColumn)', () => {
    const k = table();
    expect(add(k, 'l2', { coltyp: JET_coltypLong }, B(1, 2))).toBe(JET_errInvalidBufferSize);
  });

  it('a shorter fixed Binary / Text default is padded like a set value (fileopen.cxx ErrFILERebuildDefaultRec)', () => {
    const k = table();
    const db = addColumn(k.w.api, k.w.ses, k.t, 'db', { coltyp: JET_coltypBinary, cbMax: 4, grbit: FIXED }, B(0xab));
    const dt = addColumn(k.w.api, k.w.ses, k.t, 'dt', { coltyp: JET_coltypText, cp: 1252, cbMax: 5, grbit: FIXED },
      ascii('xy'));
    expect(insert(k, 1, [])).toBe(JET_errSuccess);
    goTo(k, 1);
    expect(bytes(k, db)).toEqual({ rc: JET_errSuccess, data: [0xab, 0, 0, 0] });
    expect(bytes(k, dt)).toEqual({ rc: JET_errSuccess, data: A('xy   ') });
  });
});

describe('JetMakeKey on fixed segments (fldnorm.cxx ErrIsamMakeKey)', () => {
  it('fixed Text shorter than cbMax is padded with spaces: 0x7f, upper-cased padded text, 0x00', () => {
    const k = table();
    expect(makeKey(k, 'byFt', ascii('ab'))).toBe(JET_errSuccess);
    expect(key(k, JET_bitRetrieveCopy)).toEqual([0x7f, ...A('AB  '), 0x00]);
    expect(makeKey(k, 'byFt', ascii('ab  '))).toBe(JET_errSuccess);
    expect(key(k, JET_bitRetrieveCopy)).toEqual([0x7f, ...A('AB  '), 0x00]);
  });

  it('JetSeek(EQ) with "ab" finds the record whose fixed text was set to "ab"', () => {
    const k = table();
    expect(insert(k, 1, [[k.ft, ascii('abc')]])).toBe(JET_errSuccess);
    expect(insert(k, 2, [[k.ft, ascii('ab')]])).toBe(JET_errSuccess);
    expect(insert(k, 3, [[k.ft, ascii('abcd')]])).toBe(JET_errSuccess);
    expect(makeKey(k, 'byFt', ascii('ab'))).toBe(JET_errSuccess);
    expect(k.w.api.JetSeek(k.w.ses, k.t, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(bytes(k, k.id).data).toEqual(Array.from(int32(2)));
  });

  it('any other length mismatch is InvalidBufferSize', () => {
    const k = table();
    expect(makeKey(k, 'byFb', B(1, 2, 3))).toBe(JET_errInvalidBufferSize); // binary shorter
    expect(makeKey(k, 'byFb', B(1, 2, 3, 4, 5))).toBe(JET_errInvalidBufferSize); // binary longer
    expect(makeKey(k, 'byFt', ascii('abcde'))).toBe(JET_errInvalidBufferSize); // text longer
    expect(makeKey(k, 'byFb', B(1, 2, 3, 4))).toBe(JET_errSuccess);
    expect(makeKey(k, 'byVb', B(1, 2, 3))).toBe(JET_errSuccess); // variable: any length
  });

  it('Partial*Limit: InvalidGrbit on fixed Binary, allowed on fixed Text and variable Binary', () => {
    const k = table();
    for (const g of [JET_bitPartialColumnStartLimit, JET_bitPartialColumnEndLimit]) {
      expect(makeKey(k, 'byFb', B(1, 2, 3, 4), g)).toBe(JET_errInvalidGrbit);
      expect(makeKey(k, 'byFt', ascii('ab'), g)).toBe(JET_errSuccess);
      expect(makeKey(k, 'byVb', B(1, 2), g)).toBe(JET_errSuccess);
    }
    expect(makeKey(k, 'byFb', B(1, 2, 3, 4), JET_bitFullColumnStartLimit)).toBe(JET_errSuccess);
  });

  it('JET_bitKeyDataZeroLength on a fixed field is InvalidBufferSize (ErrFLDNormalizeSegment)', () => {
    const k = table();
    expect(makeKey(k, 'byFb', null, JET_bitKeyDataZeroLength)).toBe(JET_errInvalidBufferSize);
    expect(makeKey(k, 'byFt', null, JET_bitKeyDataZeroLength)).toBe(JET_errInvalidBufferSize);
    // variable binary: the zero-length segment, bPrefixZeroLength 0x40 (FLDNormalizeNullSegment)
    expect(makeKey(k, 'byVb', null, JET_bitKeyDataZeroLength)).toBe(JET_errSuccess);
    expect(key(k, JET_bitRetrieveCopy)).toEqual([0x40]);
  });
});

describe('index entries of records (JetRetrieveKey, fldnorm.cxx ErrIsamRetrieveKey)', () => {
  function onlyEntry(k: T, index: string): number[] {
    expect(k.w.api.JetSetCurrentIndex(k.w.ses, k.t, index)).toBe(JET_errSuccess);
    expect(k.w.api.JetMove(k.w.ses, k.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    return key(k, 0);
  }

  it('fixed Binary: 0x7f + the bytes; variable Binary: 8-byte chunks (FLDNormalizeBinarySegment)', () => {
    const k = table();
    expect(insert(k, 1, [[k.fb, B(1, 2, 3, 4)], [k.vb, B(1, 2, 3, 4)]])).toBe(JET_errSuccess);
    expect(onlyEntry(k, 'byFb')).toEqual([0x7f, 1, 2, 3, 4]);
    // last (only) chunk: the 4 bytes, zero-filled to 8, then the count 4
    expect(onlyEntry(k, 'byVb')).toEqual([0x7f, 1, 2, 3, 4, 0, 0, 0, 0, 4]);
  });

  it('a padded fixed Binary value is keyed with its padding; a 9-byte variable value takes two chunks', () => {
    const k = table();
    expect(insert(k, 1, [[k.fb, B(1, 2)], [k.vb, B(1, 2, 3, 4, 5, 6, 7, 8, 9)]])).toBe(JET_errSuccess);
    expect(onlyEntry(k, 'byFb')).toEqual([0x7f, 1, 2, 0, 0]);
    expect(onlyEntry(k, 'byVb')).toEqual([0x7f, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('fixed Text: 0x7f, the upper-cased padded text, 0x00 (ErrUtilNormText)', () => {
    const k = table();
    expect(insert(k, 1, [[k.ft, ascii('ab')], [k.vt, ascii('ab')]])).toBe(JET_errSuccess);
    expect(onlyEntry(k, 'byFt')).toEqual([0x7f, ...A('AB  '), 0x00]);
    expect(onlyEntry(k, 'byVt')).toEqual([0x7f, ...A('AB'), 0x00]);
  });
});

describe('order and equality of fixed text keys', () => {
  it('entries sort as the padded values: "a\\t" < "a" = "a " < "b"; variable text sorts "a" < "a\\t" < "a "', () => {
    const k = table();
    const vals = ['b', 'a ', 'a\t', 'a'];
    vals.forEach((s, i) => expect(insert(k, i + 1, [[k.ft, ascii(s)], [k.vt, ascii(s)]])).toBe(JET_errSuccess));
    // fixed: "B   ", "A   ", "A\t  ", "A   " -- equal keys in primary-key order
    expect(k.w.api.JetSetCurrentIndex(k.w.ses, k.t, 'byFt')).toBe(JET_errSuccess);
    expect(scan(k.w.api, k.w.ses, k.t, k.id)).toEqual([3, 2, 4, 1]);
    // variable: "B\0", "A \0", "A\t\0", "A\0"
    expect(k.w.api.JetSetCurrentIndex(k.w.ses, k.t, 'byVt')).toBe(JET_errSuccess);
    expect(scan(k.w.api, k.w.ses, k.t, k.id)).toEqual([4, 3, 2, 1]);
  });

  it('on a unique index, fixed text "a" and "a " are the same key (KeyDuplicate)', () => {
    const k = table();
    expect(createIndex(k.w.api, k.w.ses, k.t, 'uFt', JET_bitIndexUnique, '+ft')).toBe(JET_errSuccess);
    expect(insert(k, 1, [[k.ft, ascii('a')]])).toBe(JET_errSuccess);
    expect(insert(k, 2, [[k.ft, ascii('a ')]])).toBe(JET_errKeyDuplicate);
    expect(insert(k, 3, [[k.ft, ascii('a  x')]])).toBe(JET_errSuccess);
  });
});
