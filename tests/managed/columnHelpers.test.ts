/**
 * SetColumn / MakeKey / RetrieveColumnAs* per type. Expected bytes follow ManagedEsent's encodings:
 * little-endian integers and IEEE floats at the .NET width, bool as 0xFF / 0x00, DateTime as an OLE
 * Automation date (days since 1899-12-30), Guid in .NET's ToByteArray order, strings UTF-16LE or ASCII.
 */
import {
  Encoding, EsentInvalidColumnException, JET_prep, SeekGrbit, MakeKeyGrbit, JET_wrn, RetrieveColumnGrbit,
  dateToOADate, oaDateToDate, guidBytes, bytesGuid, EsentKeyDuplicateException, JET_coltyp, JET_CP, ColumndefGrbit,
  TempTableGrbit, RetrieveKeyGrbit,
} from '../../src/managed';
import type { JET_COLUMNID, JET_TABLEID } from '../../src/managed';
import { managedWorld, typedTable } from './world';
import type { ColumnName, ManagedWorld } from './world';

let w: ManagedWorld;
let tableid: JET_TABLEID;
let columns: Record<ColumnName, JET_COLUMNID>;

beforeEach(() => {
  w = managedWorld();
  ({ tableid, columns } = typedTable(w));
});

/** Insert one record with key `key`, letting `fill` set the other columns, and land on it. */
function insert(key: number, fill: () => void = () => undefined): void {
  const { api, sesid } = w;
  // In a transaction, as ManagedEsent code writes records: long values are set only there (lv.cxx ErrRECSetLongField).
  api.JetBeginTransaction(sesid);
  api.JetPrepareUpdate(sesid, tableid, JET_prep.Insert);
  api.SetColumnInt32(sesid, tableid, columns.key, key);
  try {
    fill();
  } catch (caught) {
    api.JetRollback(sesid, 0);
    throw caught;
  }
  const bookmark = new Uint8Array(256);
  const size = api.JetUpdate(sesid, tableid, bookmark, bookmark.length);
  api.JetCommitTransaction(sesid, 0);
  api.JetGotoBookmark(sesid, tableid, bookmark, size);
}

const raw = (column: ColumnName): Uint8Array | null => w.api.RetrieveColumn(w.sesid, tableid, columns[column]);

describe('SetColumn and RetrieveColumnAs* per type', () => {
  it('store integers little-endian at their width and read them back', () => {
    const { api, sesid } = w;
    insert(1, () => {
      api.SetColumnInt16(sesid, tableid, columns.int16, -2);
      api.SetColumnUInt16(sesid, tableid, columns.uint16, 0xfffe);
      api.SetColumnInt32(sesid, tableid, columns.int32, -0x12345678);
      api.SetColumnUInt32(sesid, tableid, columns.uint32, 0xfedcba98);
      api.SetColumnInt64(sesid, tableid, columns.int64, -(2n ** 62n));
      api.SetColumnUInt64(sesid, tableid, columns.uint64, 2n ** 64n - 2n);
      api.SetColumnByte(sesid, tableid, columns.byte, 0xab);
    });
    expect(Array.from(raw('int16')!)).toEqual([0xfe, 0xff]);
    expect(Array.from(raw('int32')!)).toEqual([0x88, 0xa9, 0xcb, 0xed]);
    expect(Array.from(raw('uint64')!)).toEqual([0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
    expect(api.RetrieveColumnAsInt16(sesid, tableid, columns.int16)).toBe(-2);
    expect(api.RetrieveColumnAsUInt16(sesid, tableid, columns.uint16)).toBe(0xfffe);
    expect(api.RetrieveColumnAsInt32(sesid, tableid, columns.int32)).toBe(-0x12345678);
    expect(api.RetrieveColumnAsUInt32(sesid, tableid, columns.uint32)).toBe(0xfedcba98);
    expect(api.RetrieveColumnAsInt64(sesid, tableid, columns.int64)).toBe(-(2n ** 62n));
    expect(api.RetrieveColumnAsUInt64(sesid, tableid, columns.uint64)).toBe(2n ** 64n - 2n);
    expect(api.RetrieveColumnAsByte(sesid, tableid, columns.byte)).toBe(0xab);
  });

  it('store floats as IEEE single / double', () => {
    const { api, sesid } = w;
    insert(1, () => {
      api.SetColumnFloat(sesid, tableid, columns.float, 1.5);
      api.SetColumnDouble(sesid, tableid, columns.double, -0.1);
    });
    expect(Array.from(raw('float')!)).toEqual([0, 0, 0xc0, 0x3f]);
    expect(api.RetrieveColumnAsFloat(sesid, tableid, columns.float)).toBe(1.5);
    expect(api.RetrieveColumnAsDouble(sesid, tableid, columns.double)).toBe(-0.1);
  });

  it('store bool as one byte 0xFF / 0x00; any non-zero byte reads as true', () => {
    const { api, sesid } = w;
    insert(1, () => api.SetColumn(sesid, tableid, columns.bool, true));
    expect(Array.from(raw('bool')!)).toEqual([0xff]);
    expect(api.RetrieveColumnAsBoolean(sesid, tableid, columns.bool)).toBe(true);
    insert(2, () => api.SetColumnBoolean(sesid, tableid, columns.bool, false));
    expect(Array.from(raw('bool')!)).toEqual([0x00]);
    expect(api.RetrieveColumnAsBoolean(sesid, tableid, columns.bool)).toBe(false);
    insert(3, () => api.SetColumnByte(sesid, tableid, columns.byte, 1));
    expect(api.RetrieveColumnAsBoolean(sesid, tableid, columns.byte)).toBe(true);
  });

  it('store a Date as an OLE Automation date', () => {
    const { api, sesid } = w;
    const date = new Date(Date.UTC(2000, 0, 1, 18, 0, 0));
    insert(1, () => api.SetColumn(sesid, tableid, columns.date, date));
    // 2000-01-01 is day 36526 after 1899-12-30; 18:00 is three quarters of a day.
    expect(new DataView(raw('date')!.buffer).getFloat64(0, true)).toBe(36526.75);
    expect(api.RetrieveColumnAsDateTime(sesid, tableid, columns.date)).toEqual(date);
  });

  it('store a Guid in .NET byte order (first three groups little-endian)', () => {
    const { api, sesid } = w;
    const guid = '00112233-4455-6677-8899-aabbccddeeff';
    insert(1, () => api.SetColumnGuid(sesid, tableid, columns.guid, guid));
    expect(Array.from(raw('guid')!)).toEqual([
      0x33, 0x22, 0x11, 0x00, 0x55, 0x44, 0x77, 0x66, 0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff,
    ]);
    expect(api.RetrieveColumnAsGuid(sesid, tableid, columns.guid)).toBe(guid);
  });

  it('store strings as UTF-16LE (Unicode) or 7-bit ASCII, and read them back in the same encoding', () => {
    const { api, sesid } = w;
    insert(1, () => {
      api.SetColumn(sesid, tableid, columns.unicode, 'Aé', Encoding.Unicode);
      api.SetColumn(sesid, tableid, columns.ascii, 'Ab', Encoding.ASCII);
    });
    expect(Array.from(raw('unicode')!)).toEqual([0x41, 0x00, 0xe9, 0x00]);
    expect(Array.from(raw('ascii')!)).toEqual([0x41, 0x62]);
    expect(api.RetrieveColumnAsString(sesid, tableid, columns.unicode)).toBe('Aé');
    expect(api.RetrieveColumnAsString(sesid, tableid, columns.ascii, Encoding.ASCII)).toBe('Ab');
  });

  it('turn a character ASCII cannot hold into "?", as .NET\'s ASCII encoding does', () => {
    const { api, sesid } = w;
    insert(1, () => api.SetColumnString(sesid, tableid, columns.ascii, 'é', Encoding.ASCII));
    expect(Array.from(raw('ascii')!)).toEqual([0x3f]);
  });

  it('refuse an encoding other than ASCII and Unicode', () => {
    const { api, sesid } = w;
    api.JetPrepareUpdate(sesid, tableid, JET_prep.Insert);
    expect(() => api.SetColumn(sesid, tableid, columns.ascii, 'x', 'utf8' as Encoding)).toThrow(RangeError);
  });

  it('keep null and zero-length apart: null reads null, empty reads empty', () => {
    const { api, sesid } = w;
    insert(1, () => {
      api.SetColumn(sesid, tableid, columns.unicode, '', Encoding.Unicode);
      api.SetColumn(sesid, tableid, columns.binary, new Uint8Array(0));
      api.SetColumn(sesid, tableid, columns.ascii, null, Encoding.ASCII);
    });
    expect(api.RetrieveColumnAsString(sesid, tableid, columns.unicode)).toBe('');
    expect(api.RetrieveColumn(sesid, tableid, columns.binary)).toEqual(new Uint8Array(0));
    expect(api.RetrieveColumnSize(sesid, tableid, columns.binary)).toBe(0);
    expect(api.RetrieveColumnAsString(sesid, tableid, columns.ascii)).toBeNull();
    expect(api.RetrieveColumnSize(sesid, tableid, columns.ascii)).toBeNull();
  });

  it('read a column never set as null for every type', () => {
    const { api, sesid } = w;
    insert(1);
    const c = columns;
    expect(api.RetrieveColumnAsInt16(sesid, tableid, c.int16)).toBeNull();
    expect(api.RetrieveColumnAsUInt16(sesid, tableid, c.uint16)).toBeNull();
    expect(api.RetrieveColumnAsInt32(sesid, tableid, c.int32)).toBeNull();
    expect(api.RetrieveColumnAsUInt32(sesid, tableid, c.uint32)).toBeNull();
    expect(api.RetrieveColumnAsInt64(sesid, tableid, c.int64)).toBeNull();
    expect(api.RetrieveColumnAsUInt64(sesid, tableid, c.uint64)).toBeNull();
    expect(api.RetrieveColumnAsByte(sesid, tableid, c.byte)).toBeNull();
    expect(api.RetrieveColumnAsBoolean(sesid, tableid, c.bool)).toBeNull();
    expect(api.RetrieveColumnAsFloat(sesid, tableid, c.float)).toBeNull();
    expect(api.RetrieveColumnAsDouble(sesid, tableid, c.double)).toBeNull();
    expect(api.RetrieveColumnAsDateTime(sesid, tableid, c.date)).toBeNull();
    expect(api.RetrieveColumnAsGuid(sesid, tableid, c.guid)).toBeNull();
    expect(api.RetrieveColumnAsString(sesid, tableid, c.unicode)).toBeNull();
    expect(api.RetrieveColumn(sesid, tableid, c.binary)).toBeNull();
  });

  it('throw EsentInvalidColumnException when the value is not the size of the type', () => {
    const { api, sesid } = w;
    insert(1, () => api.SetColumn(sesid, tableid, columns.binary, Uint8Array.of(1, 2, 3)));
    expect(() => api.RetrieveColumnAsInt32(sesid, tableid, columns.binary)).toThrow(EsentInvalidColumnException);
    expect(() => api.RetrieveColumnAsInt16(sesid, tableid, columns.binary)).toThrow(EsentInvalidColumnException);
    expect(() => api.RetrieveColumnAsGuid(sesid, tableid, columns.binary)).toThrow(EsentInvalidColumnException);
    expect(api.RetrieveColumn(sesid, tableid, columns.binary)).toEqual(Uint8Array.of(1, 2, 3));
  });

  it('read a long value whole, past the first read\'s buffer', () => {
    const { api, sesid } = w;
    const big = Uint8Array.from({ length: 5000 }, (_, i) => i % 251);
    insert(1, () => api.SetColumn(sesid, tableid, columns.binary, big));
    expect(api.RetrieveColumn(sesid, tableid, columns.binary)).toEqual(big);
    expect(api.RetrieveColumnSize(sesid, tableid, columns.binary)).toBe(5000);
  });

  it('read the copy buffer with RetrieveColumnGrbit.RetrieveCopy during an update', () => {
    const { api, sesid } = w;
    api.JetPrepareUpdate(sesid, tableid, JET_prep.Insert);
    api.SetColumnInt32(sesid, tableid, columns.int32, 42);
    expect(api.RetrieveColumnAsInt32(sesid, tableid, columns.int32, RetrieveColumnGrbit.RetrieveCopy)).toBe(42);
  });

  it('reject numbers that do not fit the type instead of wrapping them', () => {
    const { api, sesid } = w;
    api.JetPrepareUpdate(sesid, tableid, JET_prep.Insert);
    expect(() => api.SetColumnInt16(sesid, tableid, columns.int16, 0x8000)).toThrow(RangeError);
    expect(() => api.SetColumnByte(sesid, tableid, columns.byte, -1)).toThrow(RangeError);
    expect(() => api.SetColumnInt32(sesid, tableid, columns.int32, 1.5)).toThrow(RangeError);
    expect(() => api.SetColumnUInt64(sesid, tableid, columns.uint64, -1n)).toThrow(RangeError);
  });
});

describe('MakeKey per type', () => {
  it('makes keys that find records by Int32 (and a null key segment is not zero)', () => {
    const { api, sesid } = w;
    for (const k of [10, 20, 30]) insert(k);
    api.MakeKeyInt32(sesid, tableid, 20, MakeKeyGrbit.NewKey);
    expect(api.JetSeek(sesid, tableid, SeekGrbit.SeekEQ)).toBe(JET_wrn.Success);
    expect(api.RetrieveColumnAsInt32(sesid, tableid, columns.key)).toBe(20);
    api.MakeKeyInt32(sesid, tableid, 25, MakeKeyGrbit.NewKey);
    expect(api.JetSeek(sesid, tableid, SeekGrbit.SeekGE)).toBe(JET_wrn.SeekNotEqual);
    expect(api.RetrieveColumnAsInt32(sesid, tableid, columns.key)).toBe(30);
  });

  it('MakeKeyString makes the same key as MakeKey with a string', () => {
    const { api, sesid } = w;
    insert(1, () => api.SetColumn(sesid, tableid, columns.unicode, 'plum', Encoding.Unicode));
    api.JetSetCurrentIndex(sesid, tableid, 'byUnicode');
    api.MakeKeyString(sesid, tableid, 'plum', Encoding.Unicode, MakeKeyGrbit.NewKey);
    const viaString = api.RetrieveKey(sesid, tableid, RetrieveKeyGrbit.RetrieveCopy);
    api.MakeKey(sesid, tableid, 'plum', Encoding.Unicode, MakeKeyGrbit.NewKey);
    expect(api.RetrieveKey(sesid, tableid, RetrieveKeyGrbit.RetrieveCopy)).toEqual(viaString);
    expect(api.TrySeek(sesid, tableid, SeekGrbit.SeekEQ)).toBe(true);
    expect(api.RetrieveColumnAsInt32(sesid, tableid, columns.key)).toBe(1);
  });

  it('a Date before 1899-12-30 round-trips through a DateTime column', () => {
    const { api, sesid } = w;
    const date = new Date(Date.UTC(1850, 6, 4, 6, 30));
    insert(1, () => api.SetColumnDateTime(sesid, tableid, columns.date, date));
    expect(api.RetrieveColumnAsDateTime(sesid, tableid, columns.date)).toEqual(date);
  });

  it('makes string keys in the column\'s encoding; null and "" are different segments', () => {
    const { api, sesid } = w;
    insert(1, () => api.SetColumn(sesid, tableid, columns.unicode, 'pear', Encoding.Unicode));
    insert(2, () => api.SetColumn(sesid, tableid, columns.unicode, '', Encoding.Unicode));
    insert(3);
    api.JetSetCurrentIndex(sesid, tableid, 'byUnicode');
    api.MakeKey(sesid, tableid, 'pear', Encoding.Unicode, MakeKeyGrbit.NewKey);
    expect(api.TrySeek(sesid, tableid, SeekGrbit.SeekEQ)).toBe(true);
    expect(api.RetrieveColumnAsInt32(sesid, tableid, columns.key)).toBe(1);
    api.MakeKey(sesid, tableid, '', Encoding.Unicode, MakeKeyGrbit.NewKey);
    expect(api.TrySeek(sesid, tableid, SeekGrbit.SeekEQ)).toBe(true);
    expect(api.RetrieveColumnAsInt32(sesid, tableid, columns.key)).toBe(2);
    api.MakeKey(sesid, tableid, null, Encoding.Unicode, MakeKeyGrbit.NewKey);
    expect(api.TrySeek(sesid, tableid, SeekGrbit.SeekEQ)).toBe(true);
    expect(api.RetrieveColumnAsInt32(sesid, tableid, columns.key)).toBe(3);
  });

  it('finds, with each typed MakeKey, the record whose key column SetColumn stored with the same type', () => {
    const { api, sesid } = w;
    const g = (n: number): string => `00000000-0000-0000-0000-00000000000${n}`;
    const d = (n: number): Date => new Date(Date.UTC(2020, 0, n));
    type Case = [number, (v: number, col: JET_COLUMNID, t: JET_TABLEID) => void, (v: number, t: JET_TABLEID) => void];
    const k = MakeKeyGrbit.NewKey;
    const cases: Record<string, Case> = {
      Int16: [JET_coltyp.Short, (v, c, t) => api.SetColumnInt16(sesid, t, c, -v), (v, t) => api.MakeKeyInt16(sesid, t, -v, k)],
      UInt16: [JET_coltyp.UnsignedShort, (v, c, t) => api.SetColumnUInt16(sesid, t, c, v), (v, t) => api.MakeKeyUInt16(sesid, t, v, k)],
      Int32: [JET_coltyp.Long, (v, c, t) => api.SetColumnInt32(sesid, t, c, -v), (v, t) => api.MakeKeyInt32(sesid, t, -v, k)],
      UInt32: [JET_coltyp.UnsignedLong, (v, c, t) => api.SetColumnUInt32(sesid, t, c, v), (v, t) => api.MakeKeyUInt32(sesid, t, v, k)],
      Int64: [JET_coltyp.LongLong, (v, c, t) => api.SetColumnInt64(sesid, t, c, BigInt(-v)), (v, t) => api.MakeKeyInt64(sesid, t, BigInt(-v), k)],
      UInt64: [JET_coltyp.UnsignedLongLong, (v, c, t) => api.SetColumnUInt64(sesid, t, c, BigInt(v)), (v, t) => api.MakeKeyUInt64(sesid, t, BigInt(v), k)],
      Byte: [JET_coltyp.UnsignedByte, (v, c, t) => api.SetColumnByte(sesid, t, c, v), (v, t) => api.MakeKeyByte(sesid, t, v, k)],
      Float: [JET_coltyp.IEEESingle, (v, c, t) => api.SetColumnFloat(sesid, t, c, v / 4), (v, t) => api.MakeKeyFloat(sesid, t, v / 4, k)],
      Double: [JET_coltyp.IEEEDouble, (v, c, t) => api.SetColumnDouble(sesid, t, c, -v / 8), (v, t) => api.MakeKeyDouble(sesid, t, -v / 8, k)],
      DateTime: [JET_coltyp.DateTime, (v, c, t) => api.SetColumnDateTime(sesid, t, c, d(v)), (v, t) => api.MakeKeyDateTime(sesid, t, d(v), k)],
      Guid: [JET_coltyp.GUID, (v, c, t) => api.SetColumnGuid(sesid, t, c, g(v)), (v, t) => api.MakeKeyGuid(sesid, t, g(v), k)],
      Binary: [JET_coltyp.Binary, (v, c, t) => api.SetColumn(sesid, t, c, Uint8Array.of(v)), (v, t) => api.MakeKey(sesid, t, Uint8Array.of(v), k)],
      Ascii: [JET_coltyp.Text, (v, c, t) => api.SetColumn(sesid, t, c, `k${v}`, Encoding.ASCII), (v, t) => api.MakeKey(sesid, t, `k${v}`, Encoding.ASCII, k)],
    };
    for (const [name, [coltyp, set, make]] of Object.entries(cases)) {
      const cp = coltyp === JET_coltyp.Text ? JET_CP.ASCII : 0;
      const tt = api.JetOpenTempTable(sesid, [{ coltyp, cp, grbit: ColumndefGrbit.TTKey }, { coltyp: JET_coltyp.Long }], 2,
        TempTableGrbit.Indexed | TempTableGrbit.Scrollable);
      const [keyColumn, tag] = tt.columnids;
      for (const v of [1, 2, 3]) {
        api.JetPrepareUpdate(sesid, tt.tableid, JET_prep.Insert);
        set(v, keyColumn, tt.tableid);
        api.SetColumnInt32(sesid, tt.tableid, tag, v * 100);
        api.JetUpdate(sesid, tt.tableid);
      }
      make(2, tt.tableid);
      expect([name, api.TrySeek(sesid, tt.tableid, SeekGrbit.SeekEQ)]).toEqual([name, true]);
      expect([name, api.RetrieveColumnAsInt32(sesid, tt.tableid, tag)]).toEqual([name, 200]);
      api.JetCloseTable(sesid, tt.tableid);
    }
  });

  it('a bool key: true and false find their own records', () => {
    const { api, sesid } = w;
    const tt = api.JetOpenTempTable(sesid, [{ coltyp: JET_coltyp.Bit, grbit: ColumndefGrbit.TTKey }, { coltyp: JET_coltyp.Long }], 2,
      TempTableGrbit.Indexed);
    for (const v of [false, true]) {
      api.JetPrepareUpdate(sesid, tt.tableid, JET_prep.Insert);
      api.SetColumn(sesid, tt.tableid, tt.columnids[0], v);
      api.SetColumnInt32(sesid, tt.tableid, tt.columnids[1], v ? 1 : 0);
      api.JetUpdate(sesid, tt.tableid);
    }
    api.MakeKey(sesid, tt.tableid, true, MakeKeyGrbit.NewKey);
    expect(api.TrySeek(sesid, tt.tableid, SeekGrbit.SeekEQ)).toBe(true);
    expect(api.RetrieveColumnAsInt32(sesid, tt.tableid, tt.columnids[1])).toBe(1);
    api.MakeKeyBoolean(sesid, tt.tableid, false, MakeKeyGrbit.NewKey);
    expect(api.TrySeek(sesid, tt.tableid, SeekGrbit.SeekEQ)).toBe(true);
    expect(api.RetrieveColumnAsInt32(sesid, tt.tableid, tt.columnids[1])).toBe(0);
  });
});

describe('conversions', () => {
  it('OLE Automation dates: day 0 is 1899-12-30, earlier days count the time forward', () => {
    expect(dateToOADate(new Date(Date.UTC(1899, 11, 30)))).toBe(0);
    expect(dateToOADate(new Date(Date.UTC(1900, 0, 1, 12)))).toBe(2.5);
    // 1899-12-29 06:00: one day back, a quarter forward: -1.25.
    expect(dateToOADate(new Date(Date.UTC(1899, 11, 29, 6)))).toBe(-1.25);
    expect(oaDateToDate(-1.25)).toEqual(new Date(Date.UTC(1899, 11, 29, 6)));
    expect(oaDateToDate(36526.75)).toEqual(new Date(Date.UTC(2000, 0, 1, 18)));
  });

  it('Guids round-trip and reject malformed strings', () => {
    const g = 'a1b2c3d4-e5f6-0718-293a-4b5c6d7e8f90';
    expect(bytesGuid(guidBytes(g))).toBe(g);
    expect(bytesGuid(guidBytes(g.toUpperCase()))).toBe(g);
    expect(() => guidBytes('not-a-guid')).toThrow(RangeError);
  });
});

describe('keys and duplicates through the helpers', () => {
  it('a second insert with the same primary key throws EsentKeyDuplicateException at JetUpdate', () => {
    const { api, sesid } = w;
    insert(7);
    api.JetPrepareUpdate(sesid, tableid, JET_prep.Insert);
    api.SetColumnInt32(sesid, tableid, columns.key, 7);
    expect(() => api.JetUpdate(sesid, tableid)).toThrow(EsentKeyDuplicateException);
  });
});
