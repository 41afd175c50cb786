/**
 * Oracle tests for the key and navigation calls on regular tables (JetMakeKey, JetRetrieveKey, JetSeek,
 * JetSetIndexRange, JetGetBookmark, JetGotoBookmark, JetMove, JetIndexRecordCount, JetPrereadKeys).
 *
 * Every expected value is read from the engine's source (microsoft/Extensible-Storage-Engine, HEAD,
 * dev/ese/src/ese/ unless said otherwise); each test names the function and lines that decide it.
 *   fldnorm.cxx  ErrFLDNormalizeSegment 2143-2397, ErrIsamMakeKey 2444-2911, ErrIsamRetrieveKey 3553-3654,
 *                ErrIsamGetBookmark 3657-3705
 *   rec.cxx      ErrIsamMove 825-1055, ErrIsamSeek 1224-1994, ErrIsamValidatePrereadKeysArguments 2412-2485,
 *                ErrIsamPrereadKeys 2489-2541, ErrRECIGotoBookmark 3234-3390, ErrIsamSetIndexRange 3789-3896
 *   dir.cxx      ErrDIRGet 353-400, ErrDIRCheckIndexRange 1215-1243, ErrDIRIndexRecordCount 1586-1778,
 *                ErrDIRICheckIndexRange 2497-2524, ErrDIRIIRefresh 2533-2598
 *   fucb.cxx     FUCBSetIndexRange 272-299, ErrFUCBCheckIndexRange 331-369
 *   inc/dir.hxx  ErrDIRGetBookmark 337-361;  inc/fucb.hxx KSReset / FKSPrepared 1282-1315;
 *   inc/daedef.hxx DATA::FNull 1238-1243 (cb == 0), KEY::CbLimitKeyMost 1442-1446 (cbKeyMost + 1)
 *   stats.cxx    ErrIsamIndexRecordCount 304-336;  jetapi.cxx JetIndexRecordCountEx32Bit 17386-17411
 */
import {
  out,
  JET_bitColumnFixed, JET_bitColumnTagged, JET_bitFullColumnEndLimit, JET_bitFullColumnStartLimit,
  JET_bitIndexIgnoreNull, JET_bitIndexKeyMost, JET_bitIndexPrimary, JET_bitIndexUnique, JET_bitKeyDataZeroLength,
  JET_bitNewKey, JET_bitNormalizedKey, JET_bitPartialColumnStartLimit, JET_bitPrereadBackward,
  JET_bitPrereadForward, JET_bitRangeInclusive, JET_bitRangeInstantDuration, JET_bitRangeRemove,
  JET_bitRangeUpperLimit, JET_bitRetrieveCopy, JET_bitSeekEQ, JET_bitSeekGE, JET_bitStrLimit, JET_bitSubStrLimit,
  JET_coltypBinary, JET_coltypLong, JET_coltypText,
  JET_errAlreadyPrepared, JET_errBufferTooSmall, JET_errInvalidBookmark, JET_errInvalidBufferSize,
  JET_errInvalidGrbit, JET_errInvalidOperation, JET_errInvalidParameter, JET_errKeyIsMade, JET_errKeyNotMade,
  JET_errNoCurrentIndex, JET_errNoCurrentRecord, JET_errRecordDeleted, JET_errRecordNotFound, JET_errSuccess,
  JET_errUpdateNotPrepared, JET_MoveFirst, JET_MoveLast, JET_MoveNext, JET_MovePrevious, JET_prepInsert,
  JET_prepReplace, JET_wrnBufferTruncated, JET_wrnSeekNotEqual,
} from '../../src';
import type { JET_COLUMNID, JET_TABLEID } from '../../src';
import { addColumn, ascii, createIndex, int32, intOf, isam, openTable, self } from '../support/isam';
import type { Isam } from '../support/isam';

interface K {
  w: Isam;
  t: JET_TABLEID;
  id: JET_COLUMNID;
  a: JET_COLUMNID;
  b: JET_COLUMNID;
  s: JET_COLUMNID;
  ft: JET_COLUMNID;
  fb: JET_COLUMNID;
  tl: JET_COLUMNID;
}

/**
 * Table "k": id Long (primary "+id"), a Long, b Long, s Text 1252 (variable), ft Text 1252 fixed 8, fb Binary fixed 4,
 * tl Long tagged. Indexes: byA "+a", byAB "+a+b", byFt "+ft", byFb "+fb", byTl "+tl", byS "+s" (IgnoreNull).
 * Rows: (id, a, b, s) = (1, 10, 1, 'x'), (2, 20, 2, 'y'), (3, 30, 3, NULL); ft 'ab', fb 01020304, tl = id.
 * The creator's cursor is closed; k.t is a fresh cursor opened with JetOpenTable.
 */
function table(rows = true): K {
  const w = isam();
  const box = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, 'k', 0, 100, box)).toBe(JET_errSuccess);
  const c = box.value;
  const id = addColumn(w.api, w.ses, c, 'id', { coltyp: JET_coltypLong });
  const a = addColumn(w.api, w.ses, c, 'a', { coltyp: JET_coltypLong });
  const b = addColumn(w.api, w.ses, c, 'b', { coltyp: JET_coltypLong });
  const s = addColumn(w.api, w.ses, c, 's', { coltyp: JET_coltypText, cp: 1252, cbMax: 64 });
  const ft = addColumn(w.api, w.ses, c, 'ft', { coltyp: JET_coltypText, cp: 1252, cbMax: 8, grbit: JET_bitColumnFixed });
  const fb = addColumn(w.api, w.ses, c, 'fb', { coltyp: JET_coltypBinary, cbMax: 4, grbit: JET_bitColumnFixed });
  const tl = addColumn(w.api, w.ses, c, 'tl', { coltyp: JET_coltypLong, grbit: JET_bitColumnTagged });
  expect(createIndex(w.api, w.ses, c, 'primary', JET_bitIndexPrimary | JET_bitIndexUnique, '+id')).toBe(JET_errSuccess);
  expect(createIndex(w.api, w.ses, c, 'byA', 0, '+a')).toBe(JET_errSuccess);
  expect(createIndex(w.api, w.ses, c, 'byAB', 0, '+a', '+b')).toBe(JET_errSuccess);
  expect(createIndex(w.api, w.ses, c, 'byFt', 0, '+ft')).toBe(JET_errSuccess);
  expect(createIndex(w.api, w.ses, c, 'byFb', 0, '+fb')).toBe(JET_errSuccess);
  expect(createIndex(w.api, w.ses, c, 'byTl', 0, '+tl')).toBe(JET_errSuccess);
  expect(createIndex(w.api, w.ses, c, 'byS', JET_bitIndexIgnoreNull, '+s')).toBe(JET_errSuccess);
  if (rows) {
    for (const [i, sv] of [[1, 'x'], [2, 'y'], [3, null]] as Array<[number, string | null]>) {
      expect(w.api.JetPrepareUpdate(w.ses, c, JET_prepInsert)).toBe(JET_errSuccess);
      expect(w.api.JetSetColumn(w.ses, c, id, int32(i), 4, 0, null)).toBe(JET_errSuccess);
      expect(w.api.JetSetColumn(w.ses, c, a, int32(i * 10), 4, 0, null)).toBe(JET_errSuccess);
      expect(w.api.JetSetColumn(w.ses, c, b, int32(i), 4, 0, null)).toBe(JET_errSuccess);
      if (sv !== null) expect(w.api.JetSetColumn(w.ses, c, s, ascii(sv), 1, 0, null)).toBe(JET_errSuccess);
      expect(w.api.JetSetColumn(w.ses, c, ft, ascii('ab'), 2, 0, null)).toBe(JET_errSuccess);
      expect(w.api.JetSetColumn(w.ses, c, fb, Uint8Array.of(1, 2, 3, 4), 4, 0, null)).toBe(JET_errSuccess);
      expect(w.api.JetSetColumn(w.ses, c, tl, int32(i), 4, 0, null)).toBe(JET_errSuccess);
      expect(w.api.JetUpdate(w.ses, c, null, 0, null)).toBe(JET_errSuccess);
    }
  }
  expect(w.api.JetCloseTable(w.ses, c)).toBe(JET_errSuccess);
  const t = openTable(w.api, self(w), 'k');
  return { w, t, id, a, b, s, ft, fb, tl };
}

/** The normalized key of a Long column value in an ascending segment: 0x7f, then big-endian with the sign flipped. */
function longKey(n: number): Uint8Array {
  const u = (n ^ 0x80000000) >>> 0;
  return Uint8Array.of(0x7f, u >>> 24, (u >>> 16) & 0xff, (u >>> 8) & 0xff, u & 0xff);
}

function mk(k: K, data: Uint8Array | null, cb: number, grbit: number): number {
  return k.w.api.JetMakeKey(k.w.ses, k.t, data, cb, grbit);
}

function idx(k: K, name: string | null): void {
  expect(k.w.api.JetSetCurrentIndex(k.w.ses, k.t, name)).toBe(JET_errSuccess);
}

function retrieveCopy(k: K): { rc: number; key: Uint8Array } {
  const buf = new Uint8Array(300);
  const cb = out<number>(0);
  const rc = k.w.api.JetRetrieveKey(k.w.ses, k.t, buf, buf.length, cb, JET_bitRetrieveCopy);
  return { rc, key: buf.slice(0, cb.value) };
}

function currentId(k: K): number | null {
  return intOf(k.w.api, k.w.ses, k.t, k.id);
}

// ------------------------------------------------------------------------------------------------------------------
describe('JetMakeKey: grbits and data per column type', () => {
  it('bits outside JET_maskLimitOptions that the engine does not know are ignored', () => {
    // fldnorm.cxx ErrIsamMakeKey 2810-2831: only (grbit & JET_maskLimitOptions 0xf00) is switched on; no other bit is
    // checked anywhere in ErrIsamMakeKey / ErrFLDNormalizeSegment (jetapi.cxx JetMakeKeyEx 11583-11612 checks nothing).
    const k = table();
    expect(mk(k, int32(2), 4, JET_bitNewKey | 0x1000)).toBe(JET_errSuccess);
    expect(k.w.api.JetSeek(k.w.ses, k.t, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(currentId(k)).toBe(2);
  });

  it('a partial limit on a FIXED text column is accepted (the check is "not text and (fixed or not binary)")', () => {
    // fldnorm.cxx ErrIsamMakeKey 2813-2826: Partial*Limit is InvalidGrbit only when !FRECTextColumn(coltyp) &&
    // (fFixedField || !FRECBinaryColumn(coltyp)); a fixed Text column passes. The 2-byte value is padded to 8 first
    // (2744-2760, RECTextColumnPadding).
    const k = table();
    idx(k, 'byFt');
    expect(mk(k, ascii('ab'), 2, JET_bitNewKey | JET_bitPartialColumnStartLimit)).toBe(JET_errSuccess);
  });

  it('a partial limit on a fixed Binary column is InvalidGrbit', () => {
    // fldnorm.cxx ErrIsamMakeKey 2813-2826: not text, and fixed.
    const k = table();
    idx(k, 'byFb');
    expect(mk(k, Uint8Array.of(1, 2, 3, 4), 4, JET_bitNewKey | JET_bitPartialColumnStartLimit)).toBe(JET_errInvalidGrbit);
  });

  it('fixed Text: a shorter value is padded (Success), a longer one is InvalidBufferSize', () => {
    // fldnorm.cxx ErrIsamMakeKey 2740-2767: cbKeySeg != cbMaxLen is allowed only for Text shorter than the column.
    const k = table();
    idx(k, 'byFt');
    expect(mk(k, ascii('ab'), 2, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(k.w.api.JetSeek(k.w.ses, k.t, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(mk(k, ascii('abcdefghi'), 9, JET_bitNewKey)).toBe(JET_errInvalidBufferSize);
  });

  it('fixed Binary: a shorter value is InvalidBufferSize (no padding for binary)', () => {
    // fldnorm.cxx ErrIsamMakeKey 2746-2766: only coltyp Text is padded; everything else is InvalidBufferSize.
    const k = table();
    idx(k, 'byFb');
    expect(mk(k, Uint8Array.of(1, 2), 2, JET_bitNewKey)).toBe(JET_errInvalidBufferSize);
  });

  it('order: a wrong fixed size wins over two limit bits (size checked before the limit switch)', () => {
    // fldnorm.cxx ErrIsamMakeKey: the fixed-size check (2740-2767) comes before the JET_maskLimitOptions switch
    // (2810-2831).
    const k = table();
    expect(mk(k, int32(1), 3, JET_bitNewKey | JET_bitFullColumnStartLimit | JET_bitFullColumnEndLimit))
      .toBe(JET_errInvalidBufferSize);
  });

  it('order: KeyNotMade wins over two limit bits and a wrong size when no key is in progress', () => {
    // fldnorm.cxx ErrIsamMakeKey 2681-2688: without NewKey and no key prepared: KeyNotMade, before any column check.
    const k = table();
    expect(mk(k, int32(1), 3, JET_bitFullColumnStartLimit | JET_bitFullColumnEndLimit)).toBe(JET_errKeyNotMade);
  });

  it('order: KeyIsMade (every segment made) wins over a wrong size', () => {
    // fldnorm.cxx ErrIsamMakeKey 2697-2701: iidxsegCur >= Cidxseg is KeyIsMade before the column is looked at.
    const k = table();
    expect(mk(k, int32(1), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(mk(k, int32(1), 3, 0)).toBe(JET_errKeyIsMade);
  });

  it('a failed JetMakeKey(JET_bitNewKey) has already wiped the previous key: JetSeek is KeyNotMade', () => {
    // fldnorm.cxx ErrIsamMakeKey 2672-2679: NewKey runs KSReset, cb = 0 and cColumnsInSearchKey = 0 before the
    // column checks; the InvalidBufferSize of 2764 then leaves no key prepared. rec.cxx ErrIsamSeek 1258-1261:
    // !FKSPrepared is KeyNotMade. fldnorm.cxx ErrIsamRetrieveKey 3578-3582: dataSearchKey.FNull() (cb 0) is KeyNotMade.
    const k = table();
    expect(mk(k, int32(2), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(mk(k, int32(2), 3, JET_bitNewKey)).toBe(JET_errInvalidBufferSize);
    expect(k.w.api.JetSeek(k.w.ses, k.t, JET_bitSeekEQ)).toBe(JET_errKeyNotMade);
    expect(retrieveCopy(k).rc).toBe(JET_errKeyNotMade);
  });

  it('a JetMakeKey(JET_bitNewKey) refused with InvalidGrbit has also wiped the previous key', () => {
    // fldnorm.cxx ErrIsamMakeKey 2672-2679 (reset) then 2829-2830 (InvalidGrbit for two limit bits).
    const k = table();
    expect(mk(k, int32(2), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(mk(k, int32(2), 4, JET_bitNewKey | JET_bitFullColumnStartLimit | JET_bitFullColumnEndLimit))
      .toBe(JET_errInvalidGrbit);
    expect(k.w.api.JetSeek(k.w.ses, k.t, JET_bitSeekEQ)).toBe(JET_errKeyNotMade);
  });

  it('a failed JetMakeKey without NewKey keeps the segments made so far', () => {
    // fldnorm.cxx ErrIsamMakeKey: the error paths (2764, 2830) return before cColumnsInSearchKey++ (2884) and
    // KSSetPrepare (2901), and nothing reset the key.
    const k = table();
    idx(k, 'byAB');
    expect(mk(k, int32(20), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(mk(k, int32(2), 3, 0)).toBe(JET_errInvalidBufferSize);
    expect(retrieveCopy(k).key.length).toBe(5);
    expect(mk(k, int32(2), 4, 0)).toBe(JET_errSuccess);
    expect(retrieveCopy(k).key.length).toBe(10);
    expect(k.w.api.JetSeek(k.w.ses, k.t, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(currentId(k)).toBe(2);
  });

  it('JET_bitKeyDataZeroLength with data given is ignored: the data makes the segment', () => {
    // fldnorm.cxx ErrIsamMakeKey 2668 is only an Assert (debug); 2842 passes &lineKeySeg, and ErrFLDNormalizeSegment
    // 2186 looks at KeyDataZeroLength only when the data is empty.
    const k = table();
    idx(k, 'byA');
    expect(mk(k, int32(20), 4, JET_bitNewKey | JET_bitKeyDataZeroLength)).toBe(JET_errSuccess);
    expect(k.w.api.JetSeek(k.w.ses, k.t, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(currentId(k)).toBe(2);
  });

  it('JET_bitKeyDataZeroLength with no data on a tagged (not fixed) Long column is InvalidBufferSize', () => {
    // fldnorm.cxx ErrFLDNormalizeSegment 2196-2209: not fixed, but neither text nor binary.
    const k = table();
    idx(k, 'byTl');
    expect(mk(k, null, 0, JET_bitNewKey | JET_bitKeyDataZeroLength)).toBe(JET_errInvalidBufferSize);
    // no data without the bit: a NULL segment (2211-2217)
    expect(mk(k, null, 0, JET_bitNewKey)).toBe(JET_errSuccess);
  });

  it('SubStrLimit on a Long column sets no limit; StrLimit does', () => {
    // fldnorm.cxx ErrFLDNormalizeSegment 2370-2394: SubStrLimit only on text (else falls to StrLimit test), so a
    // Long segment made with SubStrLimit alone is not a limit, and a further segment can be added (ErrIsamMakeKey
    // 2681: FKSLimit); with StrLimit, KSSetLimit: KeyIsMade.
    const k = table();
    idx(k, 'byAB');
    expect(mk(k, int32(20), 4, JET_bitNewKey | JET_bitSubStrLimit)).toBe(JET_errSuccess);
    expect(mk(k, int32(2), 4, 0)).toBe(JET_errSuccess);
    expect(mk(k, int32(20), 4, JET_bitNewKey | JET_bitStrLimit)).toBe(JET_errSuccess);
    expect(mk(k, int32(2), 4, 0)).toBe(JET_errKeyIsMade);
  });
});

// ------------------------------------------------------------------------------------------------------------------
describe('JetMakeKey: JET_bitNormalizedKey', () => {
  it('is accepted on a table without a primary index (no NoCurrentIndex), where a plain key is NoCurrentIndex', () => {
    // fldnorm.cxx ErrIsamMakeKey 2553-2571: for the sequential index (pidb NULL) the error is returned only
    // `if ( pidb || !( grbit & JET_bitNormalizedKey ) )`; with NormalizedKey the bytes are copied (2670-2700).
    const w = isam();
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'seq', 0, 100, box)).toBe(JET_errSuccess);
    addColumn(w.api, w.ses, box.value, 'x', { coltyp: JET_coltypLong });
    expect(w.api.JetMakeKey(w.ses, box.value, int32(1), 4, JET_bitNewKey)).toBe(JET_errNoCurrentIndex);
    expect(w.api.JetMakeKey(w.ses, box.value, Uint8Array.of(0x7f, 0, 0, 1), 4, JET_bitNormalizedKey)).toBe(JET_errSuccess);
  });

  it('longer than cbKeyMost + 1 (and 255): InvalidParameter, and the key made before is kept', () => {
    // fldnorm.cxx ErrIsamMakeKey 2674-2682: cbKeySeg > CbLimitKeyMost(255) = 256 and > JET_cbKeyMost is
    // InvalidParameter, returned before KSReset (2687).
    const k = table();
    expect(mk(k, int32(2), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(mk(k, new Uint8Array(257), 257, JET_bitNormalizedKey)).toBe(JET_errInvalidParameter);
    expect(k.w.api.JetSeek(k.w.ses, k.t, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(currentId(k)).toBe(2);
  });

  it('cbKeyMost + 1 bytes is accepted as a limit: the next segment is KeyIsMade', () => {
    // fldnorm.cxx ErrIsamMakeKey 2695-2698: cbKeySeg > cbKeyMost sets KSLimit; 2681: FKSLimit -> KeyIsMade.
    const k = table();
    idx(k, 'byAB');
    expect(mk(k, new Uint8Array(256).fill(0x7f), 256, JET_bitNormalizedKey)).toBe(JET_errSuccess);
    expect(mk(k, int32(2), 4, 0)).toBe(JET_errKeyIsMade);
  });

  it('counts as one segment: on a two-segment index a second segment may follow', () => {
    // fldnorm.cxx ErrIsamMakeKey 2689-2693: cColumnsInSearchKey = 1 "regardless of the number of key segments".
    const k = table();
    idx(k, 'byAB');
    expect(mk(k, longKey(20), 5, JET_bitNormalizedKey)).toBe(JET_errSuccess);
    expect(mk(k, int32(2), 4, 0)).toBe(JET_errSuccess);
    expect(mk(k, int32(2), 4, 0)).toBe(JET_errKeyIsMade);
    expect(k.w.api.JetSeek(k.w.ses, k.t, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(currentId(k)).toBe(2);
  });

  it('an empty normalized key is a prepared key (JetSeek works) but JetRetrieveKey(RetrieveCopy) is KeyNotMade', () => {
    // fldnorm.cxx ErrIsamMakeKey 2691-2698: cb 0 copied, KSSetPrepare. ErrIsamRetrieveKey 3578-3582:
    // dataSearchKey.FNull() (daedef.hxx 1238: cb == 0) is KeyNotMade. rec.cxx ErrIsamSeek 1258 only checks
    // FKSPrepared; an empty key is below every entry: SeekGE lands on the first one with wrnSeekNotEqual (1786-1812).
    const k = table();
    expect(mk(k, null, 0, JET_bitNormalizedKey)).toBe(JET_errSuccess);
    const r = retrieveCopy(k);
    expect(k.w.api.JetSeek(k.w.ses, k.t, JET_bitSeekGE)).toBe(JET_wrnSeekNotEqual);
    expect(currentId(k)).toBe(1);
    expect(r.rc).toBe(JET_errKeyNotMade);
  });
});

// ------------------------------------------------------------------------------------------------------------------
describe('JetRetrieveKey', () => {
  it('grbit bits other than JET_bitRetrieveCopy are ignored', () => {
    // fldnorm.cxx ErrIsamRetrieveKey 3572-3654: only JET_bitRetrieveCopy is tested.
    const k = table();
    const buf = new Uint8Array(16);
    const cb = out<number>(0);
    expect(k.w.api.JetRetrieveKey(k.w.ses, k.t, buf, 16, cb, 0x40000000)).toBe(JET_errSuccess);
    expect(Array.from(buf.slice(0, cb.value))).toEqual(Array.from(longKey(1)));
  });

  it('RetrieveCopy after a seek gives the key the seek used (the buffer is not cleared, only the key status)', () => {
    // rec.cxx ErrIsamSeek 1958: KSReset only clears keystat (fucb.hxx 1282); ErrIsamRetrieveKey 3578-3597 reads
    // dataSearchKey whatever keystat says, and answers Success.
    const k = table();
    expect(mk(k, int32(2), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(k.w.api.JetSeek(k.w.ses, k.t, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(k.w.api.JetSeek(k.w.ses, k.t, JET_bitSeekEQ)).toBe(JET_errKeyNotMade);
    const r = retrieveCopy(k);
    expect(r.rc).toBe(JET_errSuccess);
    expect(Array.from(r.key)).toEqual(Array.from(longKey(2)));
  });

  it('RetrieveCopy into a short buffer: Success (no warning), the full size in pcbActual', () => {
    // fldnorm.cxx ErrIsamRetrieveKey 3583-3597.
    const k = table();
    expect(mk(k, int32(2), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    const buf = new Uint8Array(2);
    const cb = out<number>(0);
    expect(k.w.api.JetRetrieveKey(k.w.ses, k.t, buf, 2, cb, JET_bitRetrieveCopy)).toBe(JET_errSuccess);
    expect(cb.value).toBe(5);
    expect(Array.from(buf)).toEqual([0x7f, 0x80]);
  });

  it('the current key into a short buffer: wrnBufferTruncated with the full size', () => {
    // fldnorm.cxx ErrIsamRetrieveKey 3617-3624.
    const k = table();
    const cb = out<number>(0);
    expect(k.w.api.JetRetrieveKey(k.w.ses, k.t, null, 0, cb, 0)).toBe(JET_wrnBufferTruncated);
    expect(cb.value).toBe(5);
  });
});

// ------------------------------------------------------------------------------------------------------------------
describe('JetSeek', () => {
  it('no seek bit and no key: InvalidParameter comes first', () => {
    // rec.cxx ErrIsamSeek 1247-1250 (InvalidParameter) before 1258-1261 (KeyNotMade).
    const k = table();
    expect(k.w.api.JetSeek(k.w.ses, k.t, 0)).toBe(JET_errInvalidParameter);
  });

  it('a seek that finds nothing (EQ) consumes the key', () => {
    // rec.cxx ErrIsamSeek: RecordNotFound goes to Release (1521, 1741), which runs KSReset (1958).
    const k = table();
    expect(mk(k, int32(7), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(k.w.api.JetSeek(k.w.ses, k.t, JET_bitSeekEQ)).toBe(JET_errRecordNotFound);
    expect(k.w.api.JetSeek(k.w.ses, k.t, JET_bitSeekGE)).toBe(JET_errKeyNotMade);
  });

  it('KeyNotMade and InvalidParameter leave the index range and the prepared update in place', () => {
    // rec.cxx ErrIsamSeek: both return (1249, 1260) before the update is cancelled (1266-1269) and before
    // DIRResetIndexRange (1273).
    const k = table();
    expect(mk(k, int32(3), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(k.w.api.JetSetIndexRange(k.w.ses, k.t, JET_bitRangeUpperLimit | JET_bitRangeInclusive)).toBe(JET_errSuccess);
    expect(k.w.api.JetPrepareUpdate(k.w.ses, k.t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(k.w.api.JetSeek(k.w.ses, k.t, JET_bitSeekEQ)).toBe(JET_errKeyNotMade);
    expect(k.w.api.JetSeek(k.w.ses, k.t, 0)).toBe(JET_errInvalidParameter);
    expect(k.w.api.JetPrepareUpdate(k.w.ses, k.t, JET_prepReplace)).toBe(JET_errAlreadyPrepared);
    expect(k.w.api.JetSetIndexRange(k.w.ses, k.t, JET_bitRangeRemove)).toBe(JET_errSuccess);
  });
});

describe('JetSeek: the key across JetSetCurrentIndex', () => {
  it('a key made on the primary index survives JetSetCurrentIndex to the primary index it is already on', () => {
    // rec.cxx ErrRECSetCurrentIndex 4136-4139 + 4217-4248: NULL name = primary; with no secondary current it returns
    // Success at once; ErrIsamSetCurrentIndex 3941-3965 then only defers a move first. Nothing runs KSReset on the
    // table cursor, so ErrIsamSeek 1258 finds the key prepared.
    const k = table();
    expect(mk(k, int32(2), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    idx(k, null);
    expect(k.w.api.JetSeek(k.w.ses, k.t, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(currentId(k)).toBe(2);
  });

  it('a key made on the primary index survives a round trip to a secondary index and back', () => {
    // Going to byA opens a secondary cursor (rec.cxx 4470) and touches only its key status; coming back closes it
    // (4228-4244: DIRClose -> dir.cxx 338 RECReleaseKeySearchBuffer of the SECONDARY cursor, which only lets go of
    // the table's buffer, rec.hxx 1809-1826) and puts the table cursor before the first record (ResetCurrency 4514-4521).
    // The table cursor's keystat is never reset: ErrIsamSeek finds its key prepared.
    const k = table();
    expect(mk(k, int32(2), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    idx(k, 'byA');
    idx(k, null);
    expect(k.w.api.JetSeek(k.w.ses, k.t, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(currentId(k)).toBe(2);
  });

  it('a key made on a secondary index survives JetSetCurrentIndex to that same index', () => {
    // rec.cxx ErrRECSetCurrentIndex 4283-4316: "changing to the current secondary index, so do nothing" (Success).
    const k = table();
    idx(k, 'byA');
    expect(mk(k, int32(20), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    idx(k, 'byA');
    expect(k.w.api.JetSeek(k.w.ses, k.t, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(currentId(k)).toBe(2);
  });

  it('a key made on a secondary index is gone after switching to another secondary index', () => {
    // rec.cxx ErrRECSetCurrentIndex 4323-4346: the old index cursor is closed or KSReset before it is reused.
    const k = table();
    idx(k, 'byA');
    expect(mk(k, int32(20), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    idx(k, 'byAB');
    expect(k.w.api.JetSeek(k.w.ses, k.t, JET_bitSeekGE)).toBe(JET_errKeyNotMade);
  });
});

describe('JetSeek with JET_bitSetIndexRange', () => {
  it('only EQ sets the range: GE | SetIndexRange on an exact match sets none', () => {
    // rec.cxx ErrIsamSeek 1410-1446: ErrIsamSetIndexRange is called in the SeekEQ case only; the GE case (1448-1455)
    // just releases.
    const k = table();
    expect(mk(k, int32(2), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(k.w.api.JetSeek(k.w.ses, k.t, JET_bitSeekGE | 0x20 /* JET_bitSetIndexRange */)).toBe(JET_errSuccess);
    expect(k.w.api.JetSetIndexRange(k.w.ses, k.t, JET_bitRangeRemove)).toBe(JET_errInvalidOperation);
  });

  it('EQ | SetIndexRange on a non-unique index: an inclusive upper range over every duplicate', () => {
    // rec.cxx ErrIsamSeek 1624-1664: JET_bitRangeInclusive | JET_bitRangeUpperLimit with the key made; dir.cxx
    // ErrDIRIndexRecordCount counts to the limit.
    const k = table();
    idx(k, 'byFt');
    expect(mk(k, ascii('ab'), 2, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(k.w.api.JetSeek(k.w.ses, k.t, JET_bitSeekEQ | 0x20)).toBe(JET_errSuccess);
    const n = out<number>(0);
    expect(k.w.api.JetIndexRecordCount(k.w.ses, k.t, n, 0)).toBe(JET_errSuccess);
    expect(n.value).toBe(3);
  });
});

// ------------------------------------------------------------------------------------------------------------------
describe('JetSetIndexRange', () => {
  it('JET_bitRangeRemove with no range is InvalidOperation, before the key is looked at', () => {
    // rec.cxx ErrIsamSetIndexRange 3803-3815 comes before the KeyNotMade check (3864-3867).
    const k = table();
    expect(k.w.api.JetSetIndexRange(k.w.ses, k.t, JET_bitRangeRemove)).toBe(JET_errInvalidOperation);
    expect(k.w.api.JetSetIndexRange(k.w.ses, k.t, JET_bitRangeRemove | JET_bitRangeUpperLimit)).toBe(JET_errInvalidOperation);
  });

  it('JET_bitRangeRemove with a range and other bits removes it (Success), no key needed', () => {
    // rec.cxx ErrIsamSetIndexRange 3803-3810.
    const k = table();
    expect(mk(k, int32(3), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(k.w.api.JetSetIndexRange(k.w.ses, k.t, JET_bitRangeUpperLimit)).toBe(JET_errSuccess);
    expect(k.w.api.JetSetIndexRange(k.w.ses, k.t, JET_bitRangeRemove | JET_bitRangeUpperLimit | JET_bitRangeInclusive))
      .toBe(JET_errSuccess);
    expect(k.w.api.JetSetIndexRange(k.w.ses, k.t, JET_bitRangeRemove)).toBe(JET_errInvalidOperation);
  });

  it('on a table without a primary index: NoCurrentIndex before KeyNotMade', () => {
    // rec.cxx ErrIsamSetIndexRange 3819-3860: the sequential index (Pidb NULL) is NoCurrentIndex, checked before
    // the key (3864).
    const w = isam();
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'seq', 0, 100, box)).toBe(JET_errSuccess);
    addColumn(w.api, w.ses, box.value, 'x', { coltyp: JET_coltypLong });
    expect(w.api.JetSetIndexRange(w.ses, box.value, JET_bitRangeUpperLimit)).toBe(JET_errNoCurrentIndex);
    expect(w.api.JetMakeKey(w.ses, box.value, Uint8Array.of(0x7f, 0, 0, 1), 4, JET_bitNormalizedKey)).toBe(JET_errSuccess);
    expect(w.api.JetSetIndexRange(w.ses, box.value, JET_bitRangeUpperLimit)).toBe(JET_errNoCurrentIndex);
  });

  it('the key is consumed by a successful range: a second JetSetIndexRange is KeyNotMade', () => {
    // rec.cxx ErrIsamSetIndexRange 3878: KSReset after DIRSetIndexRange / ErrDIRCheckIndexRange.
    const k = table();
    expect(mk(k, int32(3), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(k.w.api.JetSetIndexRange(k.w.ses, k.t, JET_bitRangeUpperLimit)).toBe(JET_errSuccess);
    expect(k.w.api.JetSetIndexRange(k.w.ses, k.t, JET_bitRangeUpperLimit)).toBe(JET_errKeyNotMade);
  });

  it('after the last record: NoCurrentRecord, but the range stays set (ErrDIRCheckIndexRange does not reset it)', () => {
    // rec.cxx ErrIsamSetIndexRange 3872-3878: DIRSetIndexRange sets limstat, then ErrDIRCheckIndexRange (dir.cxx
    // 1215-1243) answers NoCurrentRecord for a cursor not on a bookmark (locAfterLast) WITHOUT FUCBResetLimstat (only
    // ErrFUCBCheckIndexRange, fucb.cxx 357-362, resets it, for an entry out of range). So JET_bitRangeRemove then
    // finds FFUCBLimstat set: Success (rec.cxx 3803-3810). The key is consumed either way (3878).
    const k = table();
    expect(k.w.api.JetMove(k.w.ses, k.t, JET_MoveLast, 0)).toBe(JET_errSuccess);
    expect(k.w.api.JetMove(k.w.ses, k.t, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    expect(mk(k, int32(3), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(k.w.api.JetSetIndexRange(k.w.ses, k.t, JET_bitRangeUpperLimit | JET_bitRangeInclusive)).toBe(JET_errNoCurrentRecord);
    expect(k.w.api.JetSetIndexRange(k.w.ses, k.t, JET_bitRangeUpperLimit)).toBe(JET_errKeyNotMade);
    expect(k.w.api.JetSetIndexRange(k.w.ses, k.t, JET_bitRangeRemove)).toBe(JET_errSuccess);
  });

  it('on an entry outside the range: NoCurrentRecord and the range is gone', () => {
    // fucb.cxx ErrFUCBCheckIndexRange 340-362: out of range resets limstat; rec.cxx 3803-3815: InvalidOperation.
    const k = table();
    expect(k.w.api.JetMove(k.w.ses, k.t, JET_MoveLast, 0)).toBe(JET_errSuccess); // id 3
    expect(mk(k, int32(2), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(k.w.api.JetSetIndexRange(k.w.ses, k.t, JET_bitRangeUpperLimit | JET_bitRangeInclusive)).toBe(JET_errNoCurrentRecord);
    expect(k.w.api.JetSetIndexRange(k.w.ses, k.t, JET_bitRangeRemove)).toBe(JET_errInvalidOperation);
  });

  it('on a record the session deleted: the range is checked against its bookmark (Success), no RecordDeleted', () => {
    // rec.cxx ErrIsamSetIndexRange 3872-3873 -> dir.cxx ErrDIRCheckIndexRange 1215-1243: ErrDIRIRefresh does nothing
    // for a cursor that is not deferred; locOnCurBM (left by ErrDIRDelete, dir.cxx 1435-1449) is checked with
    // bmCurr.key only (fucb.cxx ErrFUCBCheckIndexRange), never reading the node.
    const k = table();
    expect(k.w.api.JetMove(k.w.ses, k.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(k.w.api.JetDelete(k.w.ses, k.t)).toBe(JET_errSuccess);
    expect(mk(k, int32(3), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(k.w.api.JetSetIndexRange(k.w.ses, k.t, JET_bitRangeUpperLimit | JET_bitRangeInclusive)).toBe(JET_errSuccess);
    expect(k.w.api.JetMove(k.w.ses, k.t, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(currentId(k)).toBe(2);
  });

  it('JET_bitRangeInstantDuration: the check is answered, then the range removed', () => {
    // rec.cxx ErrIsamSetIndexRange 3872-3886.
    const k = table();
    expect(mk(k, int32(3), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(k.w.api.JetSetIndexRange(k.w.ses, k.t, JET_bitRangeUpperLimit | JET_bitRangeInstantDuration)).toBe(JET_errSuccess);
    expect(k.w.api.JetSetIndexRange(k.w.ses, k.t, JET_bitRangeRemove)).toBe(JET_errInvalidOperation);
  });
});

// ------------------------------------------------------------------------------------------------------------------
describe('JetGetBookmark', () => {
  it('a new cursor (deferred move to the first record) has no bookmark yet: NoCurrentRecord', () => {
    // fldnorm.cxx ErrIsamGetBookmark 3678: ErrDIRGetBookmark (inc/dir.hxx 337-361) does not refresh the cursor: only
    // locOnCurBM has a bookmark, anything else (locDeferMoveFirst, set by RECDeferMoveFirst at open, fileopen.cxx
    // 57) is NoCurrentRecord. JetRetrieveColumn goes through ErrDIRGet (dir.cxx 353-400), which refreshes
    // (ErrDIRIIRefresh 2533-2598: locOnCurBM on the first entry); after it, the bookmark is there.
    const k = table();
    const buf = new Uint8Array(16);
    const cb = out<number>(0);
    expect(k.w.api.JetGetBookmark(k.w.ses, k.t, buf, 16, cb)).toBe(JET_errNoCurrentRecord);
    expect(currentId(k)).toBe(1);
    expect(k.w.api.JetGetBookmark(k.w.ses, k.t, buf, 16, cb)).toBe(JET_errSuccess);
    expect(Array.from(buf.slice(0, cb.value))).toEqual(Array.from(longKey(1)));
  });

  it('on a record the session deleted: the bookmark is still answered (no visibility check)', () => {
    // recupd.cxx ErrIsamDelete -> dir.cxx ErrDIRDelete 1417-1455 / bt.cxx ErrBTFlagDelete leave locOnCurBM;
    // inc/dir.hxx ErrDIRGetBookmark 337-361 returns bmCurr for locOnCurBM without reading the node.
    const k = table();
    expect(k.w.api.JetMove(k.w.ses, k.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(k.w.api.JetDelete(k.w.ses, k.t)).toBe(JET_errSuccess);
    const buf = new Uint8Array(16);
    const cb = out<number>(0);
    expect(k.w.api.JetRetrieveKey(k.w.ses, k.t, buf, 16, cb, 0)).toBe(JET_errRecordDeleted);
    expect(k.w.api.JetGetBookmark(k.w.ses, k.t, buf, 16, cb)).toBe(JET_errSuccess);
    expect(Array.from(buf.slice(0, cb.value))).toEqual(Array.from(longKey(1)));
  });

  it('a buffer too small: BufferTooSmall, pcbActual the full size, the first cbMax bytes copied', () => {
    // fldnorm.cxx ErrIsamGetBookmark 3686-3702.
    const k = table();
    expect(k.w.api.JetMove(k.w.ses, k.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    const buf = new Uint8Array(4).fill(0xee);
    const cb = out<number>(0);
    expect(k.w.api.JetGetBookmark(k.w.ses, k.t, buf, 2, cb)).toBe(JET_errBufferTooSmall);
    expect(cb.value).toBe(5);
    expect(Array.from(buf)).toEqual([0x7f, 0x80, 0xee, 0xee]);
    expect(k.w.api.JetGetBookmark(k.w.ses, k.t, null, 0, cb)).toBe(JET_errBufferTooSmall);
  });
});

// ------------------------------------------------------------------------------------------------------------------
describe('JetGotoBookmark', () => {
  it('a 0-byte bookmark is InvalidBookmark and drops nothing: the range, the key and the update stay', () => {
    // rec.cxx ErrRECIGotoBookmark 3253-3257 returns before the update is cancelled (3261-3264), the range reset
    // (3268) and KSReset (3270).
    const k = table();
    expect(mk(k, int32(3), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(k.w.api.JetSetIndexRange(k.w.ses, k.t, JET_bitRangeUpperLimit | JET_bitRangeInclusive)).toBe(JET_errSuccess);
    expect(k.w.api.JetPrepareUpdate(k.w.ses, k.t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(mk(k, int32(2), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(k.w.api.JetGotoBookmark(k.w.ses, k.t, longKey(1), 0)).toBe(JET_errInvalidBookmark);
    expect(k.w.api.JetPrepareUpdate(k.w.ses, k.t, JET_prepReplace)).toBe(JET_errAlreadyPrepared);
    expect(k.w.api.JetSetIndexRange(k.w.ses, k.t, JET_bitRangeRemove)).toBe(JET_errSuccess);
    expect(k.w.api.JetSeek(k.w.ses, k.t, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(currentId(k)).toBe(2);
  });

  it('a bookmark of no record: RecordDeleted, with the range and the key already dropped', () => {
    // rec.cxx ErrRECIGotoBookmark 3268-3270 then ErrDIRGotoJetBookmark -> bt.cxx ErrBTGotoBookmark 4773-4783.
    const k = table();
    expect(mk(k, int32(3), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(k.w.api.JetSetIndexRange(k.w.ses, k.t, JET_bitRangeUpperLimit | JET_bitRangeInclusive)).toBe(JET_errSuccess);
    expect(mk(k, int32(2), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(k.w.api.JetGotoBookmark(k.w.ses, k.t, longKey(9), 5)).toBe(JET_errRecordDeleted);
    expect(k.w.api.JetSetIndexRange(k.w.ses, k.t, JET_bitRangeRemove)).toBe(JET_errInvalidOperation);
    expect(k.w.api.JetSeek(k.w.ses, k.t, JET_bitSeekEQ)).toBe(JET_errKeyNotMade);
  });

  it('a bookmark that is a proper prefix of a record\'s: RecordDeleted (exact position asked)', () => {
    // rec.cxx ErrRECIGotoBookmark 3278 -> dir.cxx ErrDIRGotoJetBookmark 535 -> bt.cxx ErrBTGotoBookmark 4768-4783.
    const k = table();
    expect(k.w.api.JetGotoBookmark(k.w.ses, k.t, longKey(1), 4)).toBe(JET_errRecordDeleted);
  });

  it('on a secondary index that leaves the record out (IgnoreNull, NULL key): NoCurrentRecord', () => {
    // rec.cxx ErrRECIGotoBookmark 3340-3352: wrnFLDNullKey on an index without FAllowAllNulls (fcreate.cxx
    // 9579-9588: IgnoreNull clears it) puts the index cursor before the first entry and answers NoCurrentRecord.
    const k = table();
    idx(k, 'byS');
    expect(k.w.api.JetGotoBookmark(k.w.ses, k.t, longKey(3), 5)).toBe(JET_errNoCurrentRecord);
    expect(k.w.api.JetGotoBookmark(k.w.ses, k.t, longKey(2), 5)).toBe(JET_errSuccess);
    expect(currentId(k)).toBe(2);
  });
});

// ------------------------------------------------------------------------------------------------------------------
describe('JetMove', () => {
  it('grbit bits other than JET_bitMoveKeyNE are not looked at', () => {
    // rec.cxx ErrIsamMove 825-1055 tests only JET_bitMoveKeyNE; jetapi.cxx JetMoveEx 11510-11534 checks nothing.
    const k = table();
    expect(k.w.api.JetMove(k.w.ses, k.t, JET_MoveFirst, 0x7ffffff0)).toBe(JET_errSuccess);
    expect(k.w.api.JetMove(k.w.ses, k.t, JET_MoveNext, 0x100)).toBe(JET_errSuccess);
    expect(currentId(k)).toBe(2);
  });

  it('a move that fails still cancelled the prepared update first', () => {
    // rec.cxx ErrIsamMove 843-846: JET_prepCancel before moving.
    const k = table();
    expect(k.w.api.JetMove(k.w.ses, k.t, JET_MoveLast, 0)).toBe(JET_errSuccess);
    expect(k.w.api.JetPrepareUpdate(k.w.ses, k.t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(k.w.api.JetMove(k.w.ses, k.t, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    expect(k.w.api.JetUpdate(k.w.ses, k.t, null, 0, null)).toBe(JET_errUpdateNotPrepared);
  });

  it('a count past the end: NoCurrentRecord after the last; MovePrevious then finds the last record', () => {
    // rec.cxx ErrIsamMove 874-897 then HandleError 986-990: DIRAfterLast for crow > 0.
    const k = table();
    expect(k.w.api.JetMove(k.w.ses, k.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(k.w.api.JetMove(k.w.ses, k.t, 5, 0)).toBe(JET_errNoCurrentRecord);
    expect(k.w.api.JetMove(k.w.ses, k.t, JET_MovePrevious, 0)).toBe(JET_errSuccess);
    expect(currentId(k)).toBe(3);
  });

  it('a count before the start: NoCurrentRecord before the first; MoveNext then finds the first record', () => {
    // rec.cxx ErrIsamMove 935-960 then 991-995: DIRBeforeFirst for crow < 0.
    const k = table();
    expect(k.w.api.JetMove(k.w.ses, k.t, JET_MoveLast, 0)).toBe(JET_errSuccess);
    expect(k.w.api.JetMove(k.w.ses, k.t, -7, 0)).toBe(JET_errNoCurrentRecord);
    expect(k.w.api.JetMove(k.w.ses, k.t, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(currentId(k)).toBe(1);
  });
});

// ------------------------------------------------------------------------------------------------------------------
describe('JetIndexRecordCount', () => {
  it('crecMax caps the count', () => {
    // dir.cxx ErrDIRIndexRecordCount 1718-1722: ++count == ullCountMost stops.
    const k = table();
    const n = out<number>(99);
    expect(k.w.api.JetIndexRecordCount(k.w.ses, k.t, n, 2)).toBe(JET_errSuccess);
    expect(n.value).toBe(2);
    expect(k.w.api.JetIndexRecordCount(k.w.ses, k.t, n, 0)).toBe(JET_errSuccess);
    expect(n.value).toBe(3);
  });

  it('a new cursor on an empty table: Success, 0', () => {
    // dir.cxx ErrDIRIndexRecordCount 1643-1650: NoCurrentRecord from the deferred move first is Success.
    const k = table(false);
    const n = out<number>(99);
    expect(k.w.api.JetIndexRecordCount(k.w.ses, k.t, n, 0)).toBe(JET_errSuccess);
    expect(n.value).toBe(0);
  });

  it('a new cursor on a secondary index counts its entries (the deferred move is made on the index)', () => {
    // stats.cxx ErrIsamIndexRecordCount 325-331 -> dir.cxx ErrDIRIndexRecordCount 1643 (ErrDIRIIRefresh on the index
    // cursor). byS ignores the NULL row: 2 entries.
    const k = table();
    idx(k, 'byS');
    const n = out<number>(0);
    expect(k.w.api.JetIndexRecordCount(k.w.ses, k.t, n, 0)).toBe(JET_errSuccess);
    expect(n.value).toBe(2);
  });

  it('after the last record: NoCurrentRecord and 0', () => {
    // dir.cxx ErrDIRIndexRecordCount 1656-1661; jetapi.cxx JetIndexRecordCountEx32Bit 17394-17408 writes 0 first.
    const k = table();
    expect(k.w.api.JetMove(k.w.ses, k.t, JET_MoveLast, 0)).toBe(JET_errSuccess);
    expect(k.w.api.JetMove(k.w.ses, k.t, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    const n = out<number>(99);
    expect(k.w.api.JetIndexRecordCount(k.w.ses, k.t, n, 0)).toBe(JET_errNoCurrentRecord);
    expect(n.value).toBe(0);
  });

  it('counts to the range limit, then removes the range and leaves the cursor where it was', () => {
    // dir.cxx ErrDIRIndexRecordCount 1740-1748 (range check) and 1761-1766 (FUCBResetLimstat, back to the bookmark).
    const k = table();
    expect(k.w.api.JetMove(k.w.ses, k.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(mk(k, int32(2), 4, JET_bitNewKey)).toBe(JET_errSuccess);
    expect(k.w.api.JetSetIndexRange(k.w.ses, k.t, JET_bitRangeUpperLimit | JET_bitRangeInclusive)).toBe(JET_errSuccess);
    const n = out<number>(0);
    expect(k.w.api.JetIndexRecordCount(k.w.ses, k.t, n, 0)).toBe(JET_errSuccess);
    expect(n.value).toBe(2);
    expect(currentId(k)).toBe(1);
    expect(k.w.api.JetSetIndexRange(k.w.ses, k.t, JET_bitRangeRemove)).toBe(JET_errInvalidOperation);
  });
});

// ------------------------------------------------------------------------------------------------------------------
describe('JetPrereadKeys', () => {
  function pre(k: K, keys: Uint8Array[] | null, cbs: number[] | null, ckeys: number, grbit: number):
    { rc: number; n: number } {
    const n = out<number>(77);
    const rc = k.w.api.JetPrereadKeys(k.w.ses, k.t, keys, cbs, ckeys, n, grbit);
    return { rc, n: n.value };
  }

  it('order of the argument checks: arrays, ckeys, grbit, then key by key (NULL, size, order)', () => {
    // rec.cxx ErrIsamValidatePrereadKeysArguments 2424-2480; ErrIsamPrereadKeys 2505-2508 zeroes the count first.
    const k = table();
    const k1 = longKey(1);
    const k2 = longKey(2);
    expect(pre(k, null, [5], 1, 0)).toEqual({ rc: JET_errInvalidParameter, n: 0 });
    expect(pre(k, [k1], [5], 0, 0)).toEqual({ rc: JET_errInvalidParameter, n: 0 });
    expect(pre(k, [k1], [0], 1, 0)).toEqual({ rc: JET_errInvalidGrbit, n: 0 });
    expect(pre(k, [k1], [5], 1, JET_bitPrereadForward | JET_bitPrereadBackward)).toEqual({ rc: JET_errInvalidGrbit, n: 0 });
    // key 1 out of order AND of size 0: its size is checked before its order
    expect(pre(k, [k2, k1], [5, 0], 2, JET_bitPrereadForward)).toEqual({ rc: JET_errInvalidBufferSize, n: 0 });
    // key 1 out of order, key 2 of size 0: key 1's order fails first
    expect(pre(k, [k2, k1, k1], [5, 5, 0], 3, JET_bitPrereadForward)).toEqual({ rc: JET_errInvalidParameter, n: 0 });
    // backward wants non-increasing keys; duplicates are fine
    expect(pre(k, [k2, k2, k1], [5, 5, 5], 3, JET_bitPrereadBackward).rc).toBe(JET_errSuccess);
    expect(pre(k, [k1, k2], [5, 5], 2, JET_bitPrereadBackward).rc).toBe(JET_errInvalidParameter);
  });

  it('the size limit is the CURRENT index\'s cbKeyMost (secondary when one is current)', () => {
    // rec.cxx ErrIsamPrereadKeys 2499-2503 switches to pfucbCurIndex; ErrIsamValidatePrereadKeysArguments 2440-2452
    // takes that FCB's Pidb()->CbKeyMost().
    const w = isam();
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'big', 0, 100, box)).toBe(JET_errSuccess);
    const t = box.value;
    addColumn(w.api, w.ses, t, 'id', { coltyp: JET_coltypBinary, cbMax: 255 });
    addColumn(w.api, w.ses, t, 'x', { coltyp: JET_coltypLong });
    const ic = { szIndexName: 'pk', szKey: '+id\0\0', cbKey: 5, grbit: JET_bitIndexPrimary | JET_bitIndexUnique | JET_bitIndexKeyMost, ulDensity: 100, cbKeyMost: 500 };
    expect(w.api.JetCreateIndex2(w.ses, t, [ic], 1)).toBe(JET_errSuccess);
    expect(createIndex(w.api, w.ses, t, 'byX', 0, '+x')).toBe(JET_errSuccess);
    const key = new Uint8Array(600).fill(0x7f);
    const n = out<number>(0);
    expect(w.api.JetPrereadKeys(w.ses, t, [key], [300], 1, n, JET_bitPrereadForward)).toBe(JET_errSuccess);
    expect(w.api.JetPrereadKeys(w.ses, t, [key], [501], 1, n, JET_bitPrereadForward)).toBe(JET_errInvalidBufferSize);
    expect(w.api.JetSetCurrentIndex(w.ses, t, 'byX')).toBe(JET_errSuccess);
    expect(w.api.JetPrereadKeys(w.ses, t, [key], [300], 1, n, JET_bitPrereadForward)).toBe(JET_errInvalidBufferSize);
    expect(w.api.JetPrereadKeys(w.ses, t, [key], [255], 1, n, JET_bitPrereadForward)).toBe(JET_errSuccess);
  });

  it('without a primary index the limit is sizeof(DBK), 4 bytes', () => {
    // rec.cxx ErrIsamValidatePrereadKeysArguments 2442: pidb NULL -> sizeof(DBK).
    const w = isam();
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'seq', 0, 100, box)).toBe(JET_errSuccess);
    addColumn(w.api, w.ses, box.value, 'x', { coltyp: JET_coltypLong });
    const n = out<number>(0);
    expect(w.api.JetPrereadKeys(w.ses, box.value, [int32(1)], [4], 1, n, JET_bitPrereadForward)).toBe(JET_errSuccess);
    expect(w.api.JetPrereadKeys(w.ses, box.value, [longKey(1)], [5], 1, n, JET_bitPrereadForward)).toBe(JET_errInvalidBufferSize);
  });
});
