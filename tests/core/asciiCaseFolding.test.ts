/**
 * ASCII (non-Unicode) text key normalization at the edges of the case-folding range.
 *
 * Engine rule (ErrUtilNormText and _crt_clocale_strupr, dev/ese/src/ese/_osu/normu.cxx): the text is copied,
 * cut at its first 0x00 byte (strlen), and every byte with 'a' (0x61) <= c <= 'z' (0x7A) gets 0x20 taken off; the
 * test is on a signed char, so bytes 0x80-0xFF are never changed. The segment is 0x7F, the folded bytes, 0x00
 * (ErrFLDNormalizeTextSegment, fldnorm.cxx); a descending segment is complemented (ErrFLDNormalizeSegment).
 */
import {
  out, JET_bitColumnTTDescending, JET_bitColumnTTKey, JET_bitNewKey, JET_bitRetrieveCopy, JET_coltypText,
  JET_MoveFirst, JET_MoveNext, JET_prepInsert,
} from '../../src';
import type { JetApi, JET_COLUMNID, JET_SESID, JET_TABLEID } from '../../src';
import { world } from '../support/fixture';

interface TextTable {
  api: JetApi;
  ses: JET_SESID;
  tableid: JET_TABLEID;
  col: JET_COLUMNID;
}

function textTable(descending = false): TextTable {
  const { api, ses } = world();
  const ids: JET_COLUMNID[] = [];
  const tt = out<JET_TABLEID>();
  const grbit = JET_bitColumnTTKey | (descending ? JET_bitColumnTTDescending : 0);
  expect(api.JetOpenTempTable(ses, [{ coltyp: JET_coltypText, cp: 1252, grbit }], 1, 0, tt, ids)).toBe(0);
  return { api, ses, tableid: tt.value, col: ids[0] };
}

const bytesOf = (s: string) => Uint8Array.from(s, (ch) => ch.charCodeAt(0));

function madeKey(t: TextTable, value: Uint8Array): number[] {
  expect(t.api.JetMakeKey(t.ses, t.tableid, value, value.length, JET_bitNewKey)).toBe(0);
  const buf = new Uint8Array(300);
  const size = out<number>(0);
  expect(t.api.JetRetrieveKey(t.ses, t.tableid, buf, 300, size, JET_bitRetrieveCopy)).toBe(0);
  return [...buf.subarray(0, size.value)];
}

function insertText(t: TextTable, value: Uint8Array): void {
  expect(t.api.JetPrepareUpdate(t.ses, t.tableid, JET_prepInsert)).toBe(0);
  expect(t.api.JetSetColumn(t.ses, t.tableid, t.col, value, value.length, 0, null)).toBe(0);
  expect(t.api.JetUpdate(t.ses, t.tableid, null, 0, null)).toBe(0);
}

/** Insert the values, then read back [value, stored key] for every row, in order. */
function readBack(t: TextTable, values: Uint8Array[]): Array<[string, number[]]> {
  for (const v of values) insertText(t, v);
  const got: Array<[string, number[]]> = [];
  for (let rc = t.api.JetMove(t.ses, t.tableid, JET_MoveFirst, 0); rc === 0; rc = t.api.JetMove(t.ses, t.tableid, JET_MoveNext, 0)) {
    const buf = new Uint8Array(300);
    const size = out<number>(0);
    expect(t.api.JetRetrieveColumn(t.ses, t.tableid, t.col, buf, 300, size, 0, null)).toBe(0);
    const key = new Uint8Array(300);
    const cbKey = out<number>(0);
    expect(t.api.JetRetrieveKey(t.ses, t.tableid, key, 300, cbKey, 0)).toBe(0);
    got.push([String.fromCharCode(...buf.subarray(0, size.value)), [...key.subarray(0, cbKey.value)]]);
  }
  return got;
}

/** The folded byte by the rule: only 'a'..'z' move, by 0x20. */
const fold = (b: number) => (b >= 0x61 && b <= 0x7a ? b - 0x20 : b);

describe('ASCII case folding at the edges', () => {
  it.each([
    ['@', 0x40], ['A', 0x41], ['Z', 0x5a], ['[', 0x5b], ['`', 0x60], ['a', 0x41], ['z', 0x5a], ['{', 0x7b],
  ])('"%s" normalizes to %i', (ch, folded) => {
    const t = textTable();
    expect(madeKey(t, bytesOf(ch))).toEqual([0x7f, folded, 0x00]);
    expect(readBack(t, [bytesOf(ch)])).toEqual([[ch, [0x7f, folded, 0x00]]]);
  });

  it('every byte from 0x01 to 0xFF: only 0x61..0x7A change, by -0x20', () => {
    const t = textTable();
    const got = Array.from({ length: 255 }, (_, i) => madeKey(t, Uint8Array.of(i + 1)));
    expect(got).toEqual(Array.from({ length: 255 }, (_, i) => [0x7f, fold(i + 1), 0x00]));
    // Spot checks of the rule, written out: the neighbours of the range stay, its ends move.
    expect([0x60, 0x61, 0x7a, 0x7b, 0xe1, 0xff].map(fold)).toEqual([0x60, 0x41, 0x5a, 0x7b, 0xe1, 0xff]);
  });

  it('a string with every edge character', () => {
    const t = textTable();
    expect(madeKey(t, bytesOf('`az{AZ@['))).toEqual([0x7f, 0x60, 0x41, 0x5a, 0x7b, 0x41, 0x5a, 0x40, 0x5b, 0x00]);
  });

  it('sorted by their folded bytes: @ a z [ ` {', () => {
    const t = textTable();
    const rows = readBack(t, ['{', '`', 'z', '[', 'a', '@'].map(bytesOf));
    expect(rows.map(([v]) => v)).toEqual(['@', 'a', 'z', '[', '`', '{']);
  });

  it('letters equal to their upper case collapse to one row; their neighbours do not', () => {
    for (const [x, y, count] of [['a', 'A', 1], ['z', 'Z', 1], ['`', '@', 2], ['{', '[', 2], ['`', 'A', 2], ['{', 'Z', 2]] as const) {
      const t = textTable();
      expect({ x, y, rows: readBack(t, [bytesOf(x), bytesOf(y)]).length }).toEqual({ x, y, rows: count });
    }
  });

  it('a descending segment complements the folded bytes', () => {
    const t = textTable(true);
    expect(madeKey(t, bytesOf('a`z{'))).toEqual([0x80, 0xbe, 0x9f, 0xa5, 0x84, 0xff]);
  });

  it('normalization stops at an embedded 0x00 byte', () => {
    const t = textTable();
    expect(madeKey(t, bytesOf('a\0b'))).toEqual([0x7f, 0x41, 0x00]);
  });
});
