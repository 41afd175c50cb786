/**
 * Rows with equal keys in a sort: which duplicate survives, and in which order a forward-only sort returns them.
 * Expected values come from the engine source (microsoft/Extensible-Storage-Engine, dev/ese/src), as summed up
 * below; each test writes out the record bytes its expected order follows from.
 *
 * Rules:
 * - sortapi.cxx ErrIsamOpenTempTable (~3293-3318): a temp table is a B-tree from the start only when it has no
 *   JET_bitColumnTTKey column, a long-value column without JET_bitTTIntrinsicLVsOnly, or
 *   JET_bitTTForceMaterialization (== JET_bitTTErrorOnDuplicateInsertion); its primary index is unique
 *   (ErrSORTTableOpen, idb.SetFUnique, 282) so a second equal key is KeyDuplicate (bt.cxx ErrBTInsert ~5822).
 *   Every other table (grbit 0, Unique, Indexed, Scrollable, Updatable, ForwardOnly) collects its rows in a sort.
 * - sortapi.cxx ErrSORTTableOpen (74): duplicates are removed unless ForwardOnly without Unique.
 * - sortapi.cxx ErrIsamSortUpdate (792): each row is stored as (normalized key, copy-buffer REC bytes).
 * - sort.cxx ErrSORTInsert (246-276), ISORTICmpPspairPspair (1226), ISORTICmp2PspairPspair (1303): rows are ordered
 *   by memcmp of key‖record, then shorter first; with equal keys: by the REC bytes, a proper prefix first.
 * - sort.cxx ErrSORTEndInsert (303) → SORTIQuicksort, then CspairSORTIUnique (1029): the first row of each run of
 *   equal KEYS is kept = the one with the smallest REC bytes, whatever the insertion order.
 * - sortapi.cxx ErrTTEndInsert (~3343): JET_bitTTUpdatable materializes only after that sort + de-duplication.
 *
 * The REC bytes (rec.hxx REC / RECHDR 284-345, fldmod.cxx ErrRECISetIFixedColumn 2129, ErrRECISetVarColumn 2669,
 * tagfld.cxx TAGFIELDS::ErrSetColumn 1042 / InsertTagfld 280; small pages, the default 4 KiB page size):
 *   [fidFixedLastInRec:1][fidVarLastInRec:1 (0x7F none)][ibEndOfFixedData: LE16]
 *   [fixed slots in definition order from offset 4][null bitmap, bit = 1 NULL, unused bits 1]
 *   [LE16 end offset per variable column, 0x8000 = NULL][variable data]
 *   [TAGFLD {fid LE16, ib LE16 (0x4000 = header byte present)} per tagged column][data; LV: header 0x01 + bytes]
 * Empty record (JetPrepareUpdate on a sort, fldmod.cxx 890, REC::SetMinimumRecord): 00 7F 04 00.
 * A fixed column set NULL still enters the record with '*' (0x2A) filler (fldmod.cxx 2276, 2408); setting a value
 * then NULL keeps the old bytes (only the null bit changes); zero-length on a fixed column is NULL (DATA::FNull).
 * A tagged column set NULL is not stored at all (tagfld.cxx 1095-1111).
 * Column ids: fixed types 1.., Text/Binary 128.., long values and JET_bitColumnTagged 256.. (sortapi.cxx 110-150).
 *
 * Long values are set inside a transaction (lv.cxx ErrRECSetLongField 2487-2492 refuses level 0).
 * Every key here is a Long (normalized 7F + 4 bytes), or a Text key where stated; sorts stay far below any spill.
 */
import {
  out,
  JET_bitColumnTagged, JET_bitColumnTTDescending, JET_bitColumnTTKey, JET_bitSetZeroLength,
  JET_bitTTForceMaterialization, JET_bitTTForwardOnly, JET_bitTTIndexed, JET_bitTTIntrinsicLVsOnly,
  JET_bitTTScrollable, JET_bitTTUnique, JET_bitTTUpdatable,
  JET_coltypBinary, JET_coltypLong, JET_coltypLongBinary, JET_coltypLongText, JET_coltypText,
  JET_errKeyDuplicate, JET_errNoCurrentRecord, JET_errSuccess, JET_MoveFirst, JET_MoveLast, JET_MoveNext,
  JET_MovePrevious, JET_prepCancel, JET_prepInsert, JET_wrnColumnNull,
} from '../../src';
import type { JetApi, JET_COLUMNDEF, JET_COLUMNID, JET_SESID, JET_TABLEID } from '../../src';
import { int32, world } from '../support/fixture';

// ---------------------------------------------------------------------------------------------------------------
// helpers

type Cell = string | null; // a column's value as hex, or null for a NULL column

const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
const bytes = (...v: number[]): Uint8Array => Uint8Array.from(v);
const ascii = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
/** A Long's cell: its 4 little-endian bytes. */
const L = (n: number): string => hex(int32(n));
/** A Text / Binary cell. */
const A = (s: string): string => hex(ascii(s));
const EMPTY = new Uint8Array(0);

interface TT {
  api: JetApi;
  ses: JET_SESID;
  tableid: JET_TABLEID;
  ids: JET_COLUMNID[];
}

const KEY: JET_COLUMNDEF = { coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey };
const LONG: JET_COLUMNDEF = { coltyp: JET_coltypLong };
const TEXT: JET_COLUMNDEF = { coltyp: JET_coltypText, cp: 1252 };
const BIN: JET_COLUMNDEF = { coltyp: JET_coltypBinary };
const LBIN: JET_COLUMNDEF = { coltyp: JET_coltypLongBinary };
const LTEXT: JET_COLUMNDEF = { coltyp: JET_coltypLongText, cp: 1252 };
const TAGBIN: JET_COLUMNDEF = { coltyp: JET_coltypBinary, grbit: JET_bitColumnTagged };

function open(defs: JET_COLUMNDEF[], grbit: number): TT {
  const { api, ses } = world();
  const ids: JET_COLUMNID[] = [];
  const tt = out<JET_TABLEID>();
  expect(api.JetOpenTempTable(ses, defs.map((d) => ({ ...d })), defs.length, grbit, tt, ids)).toBe(JET_errSuccess);
  return { api, ses, tableid: tt.value, ids };
}

/**
 * One set: column index, data (null = no data = NULL; EMPTY with JET_bitSetZeroLength = zero-length), grbit.
 * Sets run in the order given.
 */
type SetOp = [number, Uint8Array | null, number?];

/** Insert one row; returns JetUpdate's answer. With trx, the row is inserted inside a transaction. */
function put(t: TT, sets: SetOp[], trx = false): number {
  const { api, ses, tableid, ids } = t;
  if (trx) expect(api.JetBeginTransaction(ses)).toBe(JET_errSuccess);
  expect(api.JetPrepareUpdate(ses, tableid, JET_prepInsert)).toBe(JET_errSuccess);
  for (const [i, data, grbit] of sets) {
    expect(api.JetSetColumn(ses, tableid, ids[i], data, data ? data.length : 0, grbit ?? 0, null)).toBe(JET_errSuccess);
  }
  const rc = api.JetUpdate(ses, tableid, null, 0, null);
  if (rc !== JET_errSuccess) expect(api.JetPrepareUpdate(ses, tableid, JET_prepCancel)).toBe(JET_errSuccess);
  if (trx) expect(api.JetCommitTransaction(ses, 0)).toBe(JET_errSuccess);
  return rc;
}

/** Insert rows that must all succeed. */
function putAll(t: TT, rows: SetOp[][], trx = false): void {
  for (const r of rows) expect(put(t, r, trx)).toBe(JET_errSuccess);
}

function cell(t: TT, i: number): Cell {
  const buf = new Uint8Array(512);
  const cb = out<number>(0);
  const rc = t.api.JetRetrieveColumn(t.ses, t.tableid, t.ids[i], buf, buf.length, cb, 0, null);
  if (rc === JET_wrnColumnNull) return null;
  expect(rc).toBe(JET_errSuccess);
  return hex(buf.subarray(0, cb.value));
}

function current(t: TT): Cell[] {
  return t.ids.map((_, i) => cell(t, i));
}

/** Every row from the first on (JetMove First / Next), each as its cells. */
function rows(t: TT): Cell[][] {
  const seen: Cell[][] = [];
  for (let rc = t.api.JetMove(t.ses, t.tableid, JET_MoveFirst, 0); rc === JET_errSuccess;
    rc = t.api.JetMove(t.ses, t.tableid, JET_MoveNext, 0)) {
    seen.push(current(t));
    if (seen.length > 50) break; // guard against a cursor that never ends
  }
  return seen;
}

/** Rows as [key, data] for the {KEY, LONG} layout. */
const kd = (k: number, d: number | null): Cell[] => [L(k), d === null ? null : L(d)];

// De-duplicating sorts: every grbit that keeps the table a sort and removes duplicates (sortapi.cxx 74, ~3300).
const DEDUP: Array<[string, number]> = [
  ['no grbit', 0],
  ['JET_bitTTUnique', JET_bitTTUnique],
  ['JET_bitTTForwardOnly | JET_bitTTUnique', JET_bitTTForwardOnly | JET_bitTTUnique],
  ['JET_bitTTIndexed', JET_bitTTIndexed],
  ['JET_bitTTScrollable', JET_bitTTScrollable],
  // materialized only at the end of the insert phase, after the sort removed duplicates (ErrTTEndInsert ~3343)
  ['JET_bitTTUpdatable', JET_bitTTUpdatable],
  ['JET_bitTTIndexed | JET_bitTTUpdatable', JET_bitTTIndexed | JET_bitTTUpdatable],
];

// ---------------------------------------------------------------------------------------------------------------

describe('which duplicate a de-duplicating sort keeps: the smallest record bytes', () => {
  // {key Long (fid 1, offset 4), data Long (fid 2, offset 8)}:
  //   data 2   : 02 7F 0D 00 | 01 00 00 00 | 02 00 00 00 | FC
  //   data 256 : 02 7F 0D 00 | 01 00 00 00 | 00 01 00 00 | FC   → smaller at byte 8 (00 < 02): 256 survives
  //   key 9 rows have another key and stay.
  it.each(DEDUP)('%s: Long 256 (00 01 00 00) beats Long 2 (02 00 00 00), whichever is inserted first', (_, grbit) => {
    for (const order of [[2, 256], [256, 2]]) {
      const t = open([KEY, LONG], grbit);
      putAll(t, [
        [[0, int32(9)], [1, int32(7)]],
        [[0, int32(1)], [1, int32(order[0])]],
        [[0, int32(1)], [1, int32(order[1])]],
      ]);
      expect(rows(t)).toEqual([kd(1, 256), kd(9, 7)]);
    }
  });

  it('no grbit: a row whose data column was never set wins (01 7F 09 00 … is below 02 7F 0D 00 …)', () => {
    // data 5        : 02 7F 0D 00 | 01 00 00 00 | 05 00 00 00 | FC
    // data never set: 01 7F 09 00 | 01 00 00 00 | FE              → byte 0: 01 < 02
    // data -1       : 02 7F 0D 00 | 01 00 00 00 | FF FF FF FF | FC
    const t = open([KEY, LONG], 0);
    putAll(t, [
      [[0, int32(1)], [1, int32(5)]],
      [[0, int32(1)]],
      [[0, int32(1)], [1, int32(-1)]],
    ]);
    expect(rows(t)).toEqual([kd(1, null)]);
  });

  it('no grbit: an explicit NULL fixed column holds 2A 2A 2A 2A, so it beats 43 (2B …) but loses to 42 (2A 00 …)', () => {
    // NULL (no data): 02 7F 0D 00 | 01 00 00 00 | 2A 2A 2A 2A | FE   (fldmod.cxx 2276 '*' filler, 2412 null bit)
    // 43            : 02 7F 0D 00 | 01 00 00 00 | 2B 00 00 00 | FC   → NULL smaller at byte 8
    // 42            : 02 7F 0D 00 | 01 00 00 00 | 2A 00 00 00 | FC   → 42 smaller at byte 9 (00 < 2A)
    const a = open([KEY, LONG], 0);
    putAll(a, [[[0, int32(1)], [1, int32(43)]], [[0, int32(1)], [1, null]]]);
    expect(rows(a)).toEqual([kd(1, null)]);

    const b = open([KEY, LONG], 0);
    putAll(b, [[[0, int32(1)], [1, null]], [[0, int32(1)], [1, int32(42)]]]);
    expect(rows(b)).toEqual([kd(1, 42)]);
  });

  it('no grbit: a zero-length set on a fixed column is NULL too (DATA::FNull is cb == 0)', () => {
    // SetZeroLength on Long: same bytes as NULL: … 2A 2A 2A 2A | FE → beats 43 (2B 00 00 00 | FC)
    // The set itself succeeds: ErrFLDSetOneColumn keeps a zero-length value with SetZeroLength (fldmod.cxx 1843) and
    // ErrRECISetIFixedColumn takes FNull() (cb == 0) as NULL before any size check (2185, 2408); the JET layer
    // passes the call straight through (_jet.hxx ErrDispSetColumn).
    const t = open([KEY, LONG], 0);
    putAll(t, [[[0, int32(1)], [1, int32(43)]]]);
    const { api, ses, tableid, ids } = t;
    expect(api.JetPrepareUpdate(ses, tableid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(api.JetSetColumn(ses, tableid, ids[0], int32(1), 4, 0, null)).toBe(JET_errSuccess);
    expect(api.JetSetColumn(ses, tableid, ids[1], EMPTY, 0, JET_bitSetZeroLength, null)).toBe(JET_errSuccess);
    expect(api.JetUpdate(ses, tableid, null, 0, null)).toBe(JET_errSuccess);
    expect(rows(t)).toEqual([kd(1, null)]);
  });

  it('no grbit: variable Text keeps the SHORTER value first ("b" beats "ab": the offset word 01 00 < 02 00)', () => {
    // {key Long (fid 1), text Text (fid 128)}
    //   "ab": 01 80 09 00 | 01 00 00 00 | FE | 02 00 | 61 62
    //   "b" : 01 80 09 00 | 01 00 00 00 | FE | 01 00 | 62     → byte 9: 01 < 02
    const t = open([KEY, TEXT], 0);
    putAll(t, [[[0, int32(1)], [1, ascii('ab')]], [[0, int32(1)], [1, ascii('b')]]]);
    expect(rows(t)).toEqual([[L(1), A('b')]]);
  });

  it('no grbit: equal-length Text values: the smaller bytes win ("Ab" 41 62 beats "ab" 61 62)', () => {
    //   "ab": … FE | 02 00 | 61 62 ;  "Ab": … FE | 02 00 | 41 62
    const t = open([KEY, TEXT], 0);
    putAll(t, [[[0, int32(1)], [1, ascii('ab')]], [[0, int32(1)], [1, ascii('Ab')]]]);
    expect(rows(t)).toEqual([[L(1), A('Ab')]]);
  });

  it('no grbit: a case-insensitive Text key keeps the row whose bytes are smaller ("ABC" over "abc")', () => {
    // {key Text cp 1252 (fid 128)}: both keys normalize to 7F 41 42 43 00 (equal keys);
    //   "abc": 00 80 04 00 | 03 00 | 61 62 63 ;  "ABC": 00 80 04 00 | 03 00 | 41 42 43 → "ABC" smaller
    for (const order of [['abc', 'ABC'], ['ABC', 'abc']]) {
      const t = open([{ coltyp: JET_coltypText, cp: 1252, grbit: JET_bitColumnTTKey }], 0);
      putAll(t, order.map((s) => [[0, ascii(s)] as SetOp]));
      expect(rows(t)).toEqual([[A('ABC')]]);
    }
  });

  it('JET_bitTTIntrinsicLVsOnly: a LongBinary 41 42 43 beats 42 (TAGFLD 00 01 04 40, header 01, then data)', () => {
    // {key Long (fid 1), blob LongBinary (fid 256)}
    //   42      : 01 7F 09 00 | 01 00 00 00 | FE | 00 01 04 40 | 01 42
    //   41 42 43: 01 7F 09 00 | 01 00 00 00 | FE | 00 01 04 40 | 01 41 42 43  → byte 14: 41 < 42
    const t = open([KEY, LBIN], JET_bitTTIntrinsicLVsOnly);
    putAll(t, [[[0, int32(1)], [1, bytes(0x42)]], [[0, int32(1)], [1, bytes(0x41, 0x42, 0x43)]]], true);
    expect(rows(t)).toEqual([[L(1), '414243']]);
  });

  it('JET_bitTTIntrinsicLVsOnly: a zero-length LongBinary beats a value; no value at all beats both', () => {
    //   value 00    : … FE | 00 01 04 40 | 01 00
    //   zero-length : … FE | 00 01 04 40 | 01        → a prefix of the above: smaller
    //   never set   : 01 7F 09 00 | 01 00 00 00 | FE → a prefix of both: smallest
    const a = open([KEY, LBIN], JET_bitTTIntrinsicLVsOnly);
    putAll(a, [[[0, int32(1)], [1, bytes(0x00)]], [[0, int32(1)], [1, EMPTY, JET_bitSetZeroLength]]], true);
    expect(rows(a)).toEqual([[L(1), '']]);

    const b = open([KEY, LBIN], JET_bitTTIntrinsicLVsOnly);
    putAll(b, [
      [[0, int32(1)], [1, bytes(0x00)]],
      [[0, int32(1)], [1, EMPTY, JET_bitSetZeroLength]],
      [[0, int32(1)]],
    ], true);
    expect(rows(b)).toEqual([[L(1), null]]);
  });

  it('the survivor is the row read back by MoveFirst / MoveNext, and by MoveLast / MovePrevious on a scrollable sort', () => {
    // keys 3, 1, 2 each twice; per key the smaller data bytes win: key 1: 256 (00 01 ..) over 1 (01 ..);
    // key 2: 0 (00 00 00 00) over 65536 (00 00 01 00); key 3: 3 (03 ..) over -3 (FD FF FF FF).
    const t = open([KEY, LONG], JET_bitTTScrollable);
    putAll(t, [
      [[0, int32(3)], [1, int32(-3)]], [[0, int32(1)], [1, int32(1)]], [[0, int32(2)], [1, int32(65536)]],
      [[0, int32(2)], [1, int32(0)]], [[0, int32(3)], [1, int32(3)]], [[0, int32(1)], [1, int32(256)]],
    ]);
    const forward = [kd(1, 256), kd(2, 0), kd(3, 3)];
    expect(rows(t)).toEqual(forward);
    const back: Cell[][] = [];
    for (let rc = t.api.JetMove(t.ses, t.tableid, JET_MoveLast, 0); rc === JET_errSuccess;
      rc = t.api.JetMove(t.ses, t.tableid, JET_MovePrevious, 0)) {
      back.push(current(t));
      if (back.length > 10) break;
    }
    expect(back).toEqual([...forward].reverse());
  });

  it('identical rows collapse to one', () => {
    const t = open([KEY, LONG, TEXT], 0);
    putAll(t, [
      [[0, int32(4)], [1, int32(5)], [2, ascii('x')]],
      [[0, int32(4)], [1, int32(5)], [2, ascii('x')]],
    ]);
    expect(rows(t)).toEqual([[L(4), L(5), A('x')]]);
  });
});

describe('forward-only sort without Unique: every row, equal keys in record-byte order', () => {
  const FO = JET_bitTTForwardOnly;

  it('fixed Long data: little-endian bytes decide (0 < 65536 < 256 < 1 < 2 < -1)', () => {
    // all: 02 7F 0D 00 | 07 00 00 00 | <data> | FC, data bytes:
    //   0 = 00 00 00 00, 65536 = 00 00 01 00, 256 = 00 01 00 00, 1 = 01 00 00 00, 2 = 02 00 00 00, -1 = FF FF FF FF
    const t = open([KEY, LONG], FO);
    putAll(t, [2, 256, -1, 0, 65536, 1].map((d) => [[0, int32(7)], [1, int32(d)]] as SetOp[]));
    expect(rows(t)).toEqual([0, 65536, 256, 1, 2, -1].map((d) => kd(7, d)));
  });

  it('fixed column never set, NULL, and values around the 2A filler', () => {
    // {key Long (1), data Long (2), label Text (128)}; every row sets the label, so byte 1 is 80 in all rows and
    // the fixed area decides before the label is reached:
    //   never   : 01 80 09 00 | 01 00 00 00 | FE | …                 (byte 0: 01, first)
    //   42      : 02 80 0D 00 | 01 00 00 00 | 2A 00 00 00 | FC | …
    //   2A2A2A2A: 02 80 0D 00 | 01 00 00 00 | 2A 2A 2A 2A | FC | …
    //   NULL    : 02 80 0D 00 | 01 00 00 00 | 2A 2A 2A 2A | FE | …   (after 2A2A2A2A: FC < FE)
    //   43      : 02 80 0D 00 | 01 00 00 00 | 2B 00 00 00 | FC | …
    const t = open([KEY, LONG, TEXT], FO);
    const k: SetOp = [0, int32(1)];
    putAll(t, [
      [k, [1, int32(43)], [2, ascii('43')]],
      [k, [1, null], [2, ascii('null')]],
      [k, [2, ascii('never')]],
      [k, [1, int32(0x2a2a2a2a)], [2, ascii('2a2a2a2a')]],
      [k, [1, int32(42)], [2, ascii('42')]],
    ]);
    expect(rows(t)).toEqual([
      [L(1), null, A('never')],
      [L(1), L(42), A('42')],
      [L(1), L(0x2a2a2a2a), A('2a2a2a2a')],
      [L(1), null, A('null')],
      [L(1), L(43), A('43')],
    ]);
  });

  it('a fixed column set to a value and then to NULL keeps the old bytes in its slot (only the null bit changes)', () => {
    // fldmod.cxx ErrRECISetIFixedColumn 2408-2413: NULL sets the null bit and leaves the slot alone.
    //   5 → NULL: 02 80 0D 00 | 01 00 00 00 | 05 00 00 00 | FE | 06 00 | "5-null"
    //   6       : 02 80 0D 00 | 01 00 00 00 | 06 00 00 00 | FC | 01 00 | "6"
    //   NULL    : 02 80 0D 00 | 01 00 00 00 | 2A 2A 2A 2A | FE | 04 00 | "null"
    // (were the slot refilled with 2A, "5-null" would tie with "null" on the fixed area and come after it)
    const t = open([KEY, LONG, TEXT], FO);
    const k: SetOp = [0, int32(1)];
    putAll(t, [
      [k, [1, null], [2, ascii('null')]],
      [k, [1, int32(6)], [2, ascii('6')]],
      [k, [1, int32(5)], [1, null], [2, ascii('5-null')]],
    ]);
    expect(rows(t).map((r) => [r[1], r[2]])).toEqual([[null, A('5-null')], [L(6), A('6')], [null, A('null')]]);

    // The same bytes decide which row a de-duplicating sort keeps: 05 00 00 00 … beats 2A 2A 2A 2A ….
    const d = open([KEY, LONG, TEXT], 0);
    putAll(d, [
      [k, [1, null], [2, ascii('null')]],
      [k, [1, int32(5)], [1, null], [2, ascii('5-null')]],
    ]);
    expect(rows(d)).toEqual([[L(1), null, A('5-null')]]);
  });

  it('a NULL fixed column BEFORE the key column still counts (the key is fid 2 here)', () => {
    // {data Long (fid 1, offset 4), key Long TTKey (fid 2, offset 8)}: data comes first in the record.
    //   data 256: 02 7F 0D 00 | 00 01 00 00 | 05 00 00 00 | FC
    //   data 1  : 02 7F 0D 00 | 01 00 00 00 | 05 00 00 00 | FC
    //   data NULL (key set only: slot filled with 2A): 02 7F 0D 00 | 2A 2A 2A 2A | 05 00 00 00 | FD (bit 0 set)
    const t = open([LONG, KEY], FO);
    putAll(t, [
      [[1, int32(5)]],
      [[0, int32(1)], [1, int32(5)]],
      [[1, int32(5)], [0, int32(256)]],
    ]);
    expect(rows(t)).toEqual([[L(256), L(5)], [L(1), L(5)], [null, L(5)]]);
  });

  it('variable Text: never set < zero-length < NULL < 1-byte values < 2-byte values', () => {
    // {key Long (1), text Text (128)}; after 01 ?? 09 00 | 01 00 00 00 | FE:
    //   never   : (byte 1 = 7F, record ends)        → first
    //   ''      : byte 1 = 80 | 00 00
    //   NULL    : byte 1 = 80 | 00 80
    //   "a"     : byte 1 = 80 | 01 00 | 61
    //   "b"     : byte 1 = 80 | 01 00 | 62
    //   "ab"    : byte 1 = 80 | 02 00 | 61 62
    //   "ba"    : byte 1 = 80 | 02 00 | 62 61
    const t = open([KEY, TEXT], FO);
    const k: SetOp = [0, int32(1)];
    putAll(t, [
      [k, [1, ascii('ba')]], [k, [1, null]], [k, [1, ascii('b')]], [k, [1, ascii('ab')]],
      [k], [k, [1, EMPTY, JET_bitSetZeroLength]], [k, [1, ascii('a')]],
    ]);
    expect(rows(t).map((r) => r[1])).toEqual([null, '', null, A('a'), A('b'), A('ab'), A('ba')]);
  });

  it('variable Binary: the length word comes before the bytes (FF sorts before 00 00)', () => {
    //   [FF]   : … FE | 01 00 | FF
    //   [00 00]: … FE | 02 00 | 00 00
    //   [00]   : … FE | 01 00 | 00
    const t = open([KEY, BIN], FO);
    const k: SetOp = [0, int32(1)];
    putAll(t, [[k, [1, bytes(0, 0)]], [k, [1, bytes(0xff)]], [k, [1, bytes(0)]]]);
    expect(rows(t).map((r) => r[1])).toEqual(['00', 'ff', '0000']);
  });

  it('several variable columns: how many offset entries the record holds decides first', () => {
    // {key Long (1), v1 Text (128), v2 Text (129)}; after 01 ?? 09 00 | 01 00 00 00 | FE:
    //   none          : byte 1 = 7F
    //   v1 NULL only  : byte 1 = 80 | 00 80
    //   v1 "x" only   : byte 1 = 80 | 01 00 | 78
    //   v2 "x" only   : byte 1 = 81 | 00 80 | 01 00 | 78   (v1's entry: end 0 with the null bit)
    //   v1 "x", v2 "y": byte 1 = 81 | 01 00 | 02 00 | 78 79
    const t = open([KEY, TEXT, TEXT], FO);
    const k: SetOp = [0, int32(1)];
    putAll(t, [
      [k, [1, ascii('x')], [2, ascii('y')]],
      [k, [2, ascii('x')]],
      [k, [1, ascii('x')]],
      [k, [1, null]],
      [k],
    ]);
    expect(rows(t).map((r) => [r[1], r[2]])).toEqual([
      [null, null],
      [null, null],
      [A('x'), null],
      [null, A('x')],
      [A('x'), A('y')],
    ]);
  });

  it('setting the later variable column first gives the same bytes as setting it last', () => {
    // v2 then v1, or v1 then v2: both 01 81 09 00 | 01 00 00 00 | FE | 01 00 | 02 00 | 78 79 — identical records,
    // so the two rows tie entirely and a de-duplicating sort keeps one of them; the row with v1 "x" and v2 "z"
    // (… 01 00 | 02 00 | 78 7A) is larger and comes after in the forward-only sort.
    const t = open([KEY, TEXT, TEXT], FO);
    const k: SetOp = [0, int32(1)];
    putAll(t, [
      [k, [1, ascii('x')], [2, ascii('z')]],
      [[2, ascii('y')], [1, ascii('x')], k],
      [k, [1, ascii('x')], [2, ascii('y')]],
    ]);
    expect(rows(t).map((r) => [r[1], r[2]])).toEqual([[A('x'), A('y')], [A('x'), A('y')], [A('x'), A('z')]]);
  });

  it.each([
    ['LongBinary', LBIN],
    ['LongText cp 1252', LTEXT],
  ])('tagged %s: never set < zero-length < values by memcmp, a prefix first', (_, def) => {
    // {key Long (1), lv (256)}; after 01 7F 09 00 | 01 00 00 00 | FE:
    //   never : (ends here)
    //   ''    : 00 01 04 40 | 01
    //   21 7E : 00 01 04 40 | 01 21 7E
    //   41    : 00 01 04 40 | 01 41
    //   41 42 : 00 01 04 40 | 01 41 42
    //   42    : 00 01 04 40 | 01 42
    const t = open([KEY, def], JET_bitTTForwardOnly | JET_bitTTIntrinsicLVsOnly);
    const k: SetOp = [0, int32(1)];
    putAll(t, [
      [k, [1, bytes(0x42)]], [k, [1, bytes(0x41, 0x42)]], [k], [k, [1, bytes(0x21, 0x7e)]],
      [k, [1, EMPTY, JET_bitSetZeroLength]], [k, [1, bytes(0x41)]],
    ], true);
    expect(rows(t).map((r) => r[1])).toEqual([null, '', '217e', '41', '4142', '42']);
  });

  it('tagged Binary (JET_bitColumnTagged) has no length word: "ab" sorts before "b", unlike a variable column', () => {
    // {key Long (1), tag Binary tagged (256)}; after … FE:
    //   "ab": 00 01 04 00 | 61 62   (small page: no header byte for a non-LV tagged column)
    //   "b" : 00 01 04 00 | 62
    //   ''  : 00 01 04 00           (zero-length: an entry without data)
    //   NULL: nothing stored → same as never set → first
    const t = open([KEY, TAGBIN], FO);
    const k: SetOp = [0, int32(1)];
    putAll(t, [[k, [1, ascii('b')]], [k, [1, ascii('ab')]], [k, [1, EMPTY, JET_bitSetZeroLength]], [k, [1, null]]]);
    expect(rows(t).map((r) => r[1])).toEqual([null, '', A('ab'), A('b')]);
  });

  it('several tagged columns: the TAGFLD array (fid, then offset) decides before the data', () => {
    // {key Long (1), t1 LongBinary (256), t2 LongBinary (257)}; after … FE:
    //   t1 = FF only   : 00 01 04 40 | 01 FF
    //   t1 = 00, t2 = 00: 00 01 08 40 | 01 01 0A 40 | 01 00 | 01 00
    //   t2 = 00 only   : 01 01 04 40 | 01 00
    const t = open([KEY, LBIN, LBIN], JET_bitTTForwardOnly | JET_bitTTIntrinsicLVsOnly);
    const k: SetOp = [0, int32(1)];
    putAll(t, [
      [k, [2, bytes(0x00)]],
      [k, [2, bytes(0x00)], [1, bytes(0x00)]],
      [k, [1, bytes(0xff)]],
    ], true);
    expect(rows(t).map((r) => [r[1], r[2]])).toEqual([['ff', null], ['00', '00'], [null, '00']]);
  });

  it('a tagged column set to NULL stores nothing: the row ties with one that never set it', () => {
    // Both: 01 80 09 00 | 01 00 00 00 | FE | 01 00 | 78  → identical; forward-only keeps both; the Text "w" row
    // (01 00 | 77) is smaller and comes first.
    const t = open([KEY, TEXT, TAGBIN], FO);
    const k: SetOp = [0, int32(1)];
    putAll(t, [[k, [1, ascii('x')], [2, null]], [k, [1, ascii('x')]], [k, [1, ascii('w')], [2, ascii('zz')]]]);
    expect(rows(t).map((r) => [r[1], r[2]])).toEqual([[A('w'), A('zz')], [A('x'), null], [A('x'), null]]);
  });

  it('fixed, then variable, then tagged: the first differing area decides', () => {
    // {key Long (1), n Long (2), s Text (128), b LongBinary (256)}, all set; after 02 80 0D 00 | 01 00 00 00:
    //   n 1, s "zz", b 00 : 01 00 00 00 | FC | 02 00 | 7A 7A | 00 01 04 40 | 01 00
    //   n 2, s "a",  b 00 : 02 00 00 00 | FC | 01 00 | 61    | …             → after every n = 1 row
    //   n 1, s "a",  b FF : 01 00 00 00 | FC | 01 00 | 61    | 00 01 04 40 | 01 FF
    //   n 1, s "a",  b 01 : 01 00 00 00 | FC | 01 00 | 61    | 00 01 04 40 | 01 01
    const t = open([KEY, LONG, TEXT, LBIN], JET_bitTTForwardOnly | JET_bitTTIntrinsicLVsOnly);
    const k: SetOp = [0, int32(1)];
    putAll(t, [
      [k, [1, int32(2)], [2, ascii('a')], [3, bytes(0)]],
      [k, [1, int32(1)], [2, ascii('zz')], [3, bytes(0)]],
      [k, [1, int32(1)], [2, ascii('a')], [3, bytes(0xff)]],
      [k, [3, bytes(1)], [2, ascii('a')], [1, int32(1)]],
    ], true);
    expect(rows(t).map((r) => r.slice(1))).toEqual([
      [L(1), A('a'), '01'],
      [L(1), A('a'), 'ff'],
      [L(1), A('zz'), '00'],
      [L(2), A('a'), '00'],
    ]);
  });

  it('byte-identical rows are all returned', () => {
    const t = open([KEY, LONG, TEXT], FO);
    const row: SetOp[] = [[0, int32(4)], [1, int32(5)], [2, ascii('x')]];
    putAll(t, [row, row, row]);
    expect(rows(t)).toEqual([0, 1, 2].map(() => [L(4), L(5), A('x')]));
  });

  it('a descending key reverses the keys only; equal keys still go by ascending record bytes', () => {
    // keys 5 and 1 descending → 5 first; among key 5: 256 (00 01 00 00) before 2 (02 00 00 00).
    const t = open([{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey | JET_bitColumnTTDescending }, LONG], FO);
    putAll(t, [
      [[0, int32(1)], [1, int32(2)]], [[0, int32(5)], [1, int32(2)]],
      [[0, int32(1)], [1, int32(256)]], [[0, int32(5)], [1, int32(256)]],
    ]);
    expect(rows(t)).toEqual([kd(5, 256), kd(5, 2), kd(1, 256), kd(1, 2)]);
  });
});

describe('different keys keep pure key order whatever the record bytes (regression guard)', () => {
  // The key is compared first (Long key = 7F + big-endian with the sign bit flipped: fixed 5 bytes, no key is a prefix
  // of another), so record bytes only ever break ties. Record bytes here would order the rows the other way:
  //   key -5: 02 7F 0D 00 | FB FF FF FF | … (the largest record) ; key 3 with data never set: 01 7F … (the smallest)
  it.each([
    ['no grbit', 0],
    ['JET_bitTTForwardOnly', JET_bitTTForwardOnly],
    ['JET_bitTTUnique', JET_bitTTUnique],
  ])('%s', (_, grbit) => {
    const t = open([KEY, LONG], grbit);
    putAll(t, [
      [[0, int32(3)]],
      [[0, int32(-5)], [1, int32(-1)]],
      [[0, int32(256)], [1, int32(0)]],
      [[0, int32(2)], [1, int32(-1)]],
      [[0, int32(1)], [1, int32(0x7fffffff)]],
    ]);
    expect(rows(t)).toEqual([kd(-5, -1), kd(1, 0x7fffffff), kd(2, -1), kd(3, null), kd(256, 0)]);
  });

  it('JET_bitTTForwardOnly with duplicates of several keys: key order, then record order within each key', () => {
    //   key 1: data 256 (00 01 ..) before data 1 (01 ..);  key 2: data 0 before data -1;  key 3: single row
    const t = open([KEY, LONG], JET_bitTTForwardOnly);
    putAll(t, [
      [[0, int32(2)], [1, int32(-1)]], [[0, int32(3)], [1, int32(0)]], [[0, int32(1)], [1, int32(1)]],
      [[0, int32(2)], [1, int32(0)]], [[0, int32(1)], [1, int32(256)]],
    ]);
    expect(rows(t)).toEqual([kd(1, 256), kd(1, 1), kd(2, 0), kd(2, -1), kd(3, 0)]);
  });
});

describe('tables that are B-trees from the open are not sorts (no tie rule)', () => {
  it('JET_bitTTForceMaterialization: the second equal key is KeyDuplicate and the first row stays', () => {
    // unique primary index (sortapi.cxx 282) → bt.cxx ErrBTInsert KeyDuplicate; 2 was inserted first, so 2 stays
    // although 256's record bytes are smaller.
    const t = open([KEY, LONG], JET_bitTTForceMaterialization);
    expect(put(t, [[0, int32(1)], [1, int32(2)]])).toBe(JET_errSuccess);
    expect(put(t, [[0, int32(1)], [1, int32(256)]])).toBe(JET_errKeyDuplicate);
    expect(rows(t)).toEqual([kd(1, 2)]);
  });

  it('a LongBinary column without JET_bitTTIntrinsicLVsOnly: materialized at open, KeyDuplicate, first row stays', () => {
    // sortapi.cxx ~3301: long values without IntrinsicLVsOnly force the B-tree at open.
    const t = open([KEY, LBIN], 0);
    expect(put(t, [[0, int32(1)], [1, bytes(0x42)]], true)).toBe(JET_errSuccess);
    expect(put(t, [[0, int32(1)], [1, bytes(0x41)]], true)).toBe(JET_errKeyDuplicate);
    expect(rows(t)).toEqual([[L(1), '42']]);
  });

  it('no key column: every row, in insertion order (sequential bookmarks), not record order', () => {
    // sortapi.cxx ~3300 (!fIndexed) → ErrIsamSortMaterialize without an index: rows in insertion order.
    const t = open([LONG, TEXT], 0);
    putAll(t, [[[0, int32(2)], [1, ascii('b')]], [[0, int32(256)], [1, ascii('ab')]], [[0, int32(2)], [1, ascii('b')]]]);
    expect(rows(t)).toEqual([[L(2), A('b')], [L(256), A('ab')], [L(2), A('b')]]);
  });

  it('a sort with no rows answers NoCurrentRecord on the first move (the tie rule has nothing to do)', () => {
    const t = open([KEY, LONG], 0);
    expect(t.api.JetMove(t.ses, t.tableid, JET_MoveFirst, 0)).toBe(JET_errNoCurrentRecord);
  });
});
