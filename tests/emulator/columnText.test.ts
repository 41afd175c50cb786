/**
 * Column values as text and back (src/emulator/columnText.ts), used by the dump's row previews and the playground's
 * composer. Expected bytes are written from how esent.dll stores each type (esent.h's JET_coltyp comments): integers
 * little-endian two's complement at their width (Currency an 8-byte signed integer), IEEE floats little-endian,
 * DateTime an OLE Automation date (a double counting days from 1899-12-30; before it, the whole part counts days
 * back and the fraction is still the time of that day), GUID Windows' struct (Data1, Data2, Data3 little-endian,
 * then Data4's 8 bytes), Text UTF-16LE in code page 1200 and one byte per character otherwise.
 */
import fc from 'fast-check';
import {
  columnValueBytes, columnValueText, JET_coltypBinary, JET_coltypBit, JET_coltypCurrency, JET_coltypDateTime,
  JET_coltypGUID, JET_coltypIEEEDouble, JET_coltypIEEESingle, JET_coltypLong, JET_coltypLongBinary, JET_coltypLongLong,
  JET_coltypLongText, JET_coltypShort, JET_coltypText, JET_coltypUnsignedByte, JET_coltypUnsignedLong,
  JET_coltypUnsignedLongLong, JET_coltypUnsignedShort,
} from '../../src';

const b = (...x: number[]): Uint8Array => Uint8Array.from(x);
/** The IEEE 754 double's 8 bytes, little-endian: the standard's layout, written out by hand for the values used. */
const DOUBLE = {
  zero: b(0, 0, 0, 0, 0, 0, 0, 0),
  '1.5': b(0, 0, 0, 0, 0, 0, 0xf8, 0x3f), // 0x3FF8000000000000
  '25569.5': b(0, 0, 0, 0, 0x60, 0xf8, 0xd8, 0x40), // 0x40D8F86000000000: 25569.5 is 1.100011111000011 (binary) x 2^14
  '-1.25': b(0, 0, 0, 0, 0, 0, 0xf4, 0xbf), // 0xBFF4000000000000
};

describe('columnValueText', () => {
  it('reads integers little-endian at their width, signed or not', () => {
    expect(columnValueText(JET_coltypLong, 0, b(4, 3, 2, 1))).toBe('16909060');
    expect(columnValueText(JET_coltypLong, 0, b(0xff, 0xff, 0xff, 0xff))).toBe('-1');
    expect(columnValueText(JET_coltypUnsignedLong, 0, b(0xff, 0xff, 0xff, 0xff))).toBe('4294967295');
    expect(columnValueText(JET_coltypShort, 0, b(0, 0x80))).toBe('-32768');
    expect(columnValueText(JET_coltypUnsignedShort, 0, b(0, 0x80))).toBe('32768');
    expect(columnValueText(JET_coltypUnsignedByte, 0, b(0xff))).toBe('255');
    expect(columnValueText(JET_coltypLongLong, 0, b(0, 0, 0, 0, 0, 0, 0, 0x80))).toBe('-9223372036854775808');
    expect(columnValueText(JET_coltypUnsignedLongLong, 0, new Uint8Array(8).fill(0xff))).toBe('18446744073709551615');
    expect(columnValueText(JET_coltypCurrency, 0, b(0x10, 0x27, 0, 0, 0, 0, 0, 0))).toBe('10000');
  });

  it('reads Bit (0 is false, any other byte true), floats, DateTime as an ISO time and GUID in its usual form', () => {
    expect(columnValueText(JET_coltypBit, 0, b(0))).toBe('false');
    expect(columnValueText(JET_coltypBit, 0, b(0xff))).toBe('true');
    expect(columnValueText(JET_coltypBit, 0, b(1))).toBe('true');
    expect(columnValueText(JET_coltypIEEEDouble, 0, DOUBLE['1.5'])).toBe('1.5');
    expect(columnValueText(JET_coltypIEEESingle, 0, b(0, 0, 0xc0, 0x3f))).toBe('1.5');
    expect(columnValueText(JET_coltypIEEEDouble, 0, b(0, 0, 0, 0, 0, 0, 0, 0x80))).toBe('-0');
    expect(columnValueText(JET_coltypDateTime, 0, DOUBLE.zero)).toBe('1899-12-30T00:00:00.000Z');
    expect(columnValueText(JET_coltypDateTime, 0, DOUBLE['25569.5'])).toBe('1970-01-01T12:00:00.000Z');
    expect(columnValueText(JET_coltypDateTime, 0, DOUBLE['-1.25'])).toBe('1899-12-29T06:00:00.000Z');
    const guid = Uint8Array.from({ length: 16 }, (_, i) => i);
    expect(columnValueText(JET_coltypGUID, 0, guid)).toBe('03020100-0504-0706-0809-0a0b0c0d0e0f');
  });

  it('quotes text in its code page, shows binary in hex, and cuts long values giving their size', () => {
    expect(columnValueText(JET_coltypText, 1200, b(0x61, 0, 0x62, 0))).toBe('"ab"');
    expect(columnValueText(JET_coltypLongText, 1252, b(0x61, 0x22, 0xe9))).toBe('"a\\"é"');
    expect(columnValueText(JET_coltypBinary, 0, b(0xde, 0xad))).toBe('dead');
    expect(columnValueText(JET_coltypLongBinary, 0, new Uint8Array(30).fill(0xab), 40)).toBe(`${'ab'.repeat(20)}… (30 bytes)`);
    expect(columnValueText(JET_coltypText, 1252, new Uint8Array(50).fill(0x61), 40)).toBe(`"${'a'.repeat(40)}"… (50 bytes)`);
    expect(columnValueText(JET_coltypText, 1200, new Uint8Array(100).fill(0x41), 40)).toBe(`"${'\u4141'.repeat(40)}"… (100 bytes)`);
    expect(columnValueText(JET_coltypText, 1252, new Uint8Array(40).fill(0x61), 40)).toBe(`"${'a'.repeat(40)}"`);
  });

  it('shows bytes that do not fit a fixed type in hex', () => {
    expect(columnValueText(JET_coltypLong, 0, b(1, 2, 3))).toBe('010203');
    expect(columnValueText(JET_coltypGUID, 0, b(1))).toBe('01');
    expect(columnValueText(JET_coltypDateTime, 0, b(1, 2))).toBe('0102');
    expect(columnValueText(JET_coltypBit, 0, b())).toBe('');
  });
});

describe('columnValueBytes', () => {
  it('writes integers at their width and refuses what the type cannot hold', () => {
    expect(columnValueBytes(JET_coltypShort, 0, '-2')).toEqual(b(0xfe, 0xff));
    expect(columnValueBytes(JET_coltypShort, 0, '32768')).toBeNull();
    expect(columnValueBytes(JET_coltypShort, 0, '1.5')).toBeNull();
    expect(columnValueBytes(JET_coltypShort, 0, 'abc')).toBeNull();
    expect(columnValueBytes(JET_coltypUnsignedLong, 0, ' 4294967295 ')).toEqual(b(0xff, 0xff, 0xff, 0xff));
    expect(columnValueBytes(JET_coltypUnsignedLong, 0, '-1')).toBeNull();
    expect(columnValueBytes(JET_coltypLongLong, 0, '-9223372036854775808')).toEqual(b(0, 0, 0, 0, 0, 0, 0, 0x80));
    expect(columnValueBytes(JET_coltypUnsignedLongLong, 0, '18446744073709551616')).toBeNull();
    expect(columnValueBytes(JET_coltypUnsignedByte, 0, '256')).toBeNull();
    expect(columnValueBytes(JET_coltypCurrency, 0, '10000')).toEqual(b(0x10, 0x27, 0, 0, 0, 0, 0, 0));
  });

  it('writes Bit as 0xFF / 0x00, floats, DateTime from a time or a number of days, and GUIDs with or without braces', () => {
    expect(columnValueBytes(JET_coltypBit, 0, 'true')).toEqual(b(0xff));
    expect(columnValueBytes(JET_coltypBit, 0, '0')).toEqual(b(0));
    expect(columnValueBytes(JET_coltypBit, 0, 'yes')).toBeNull();
    expect(columnValueBytes(JET_coltypIEEESingle, 0, '1.5')).toEqual(b(0, 0, 0xc0, 0x3f));
    expect(columnValueBytes(JET_coltypIEEEDouble, 0, '1.5')).toEqual(DOUBLE['1.5']);
    expect(columnValueBytes(JET_coltypIEEEDouble, 0, 'x')).toBeNull();
    expect(columnValueBytes(JET_coltypDateTime, 0, '1970-01-01T12:00:00Z')).toEqual(DOUBLE['25569.5']);
    expect(columnValueBytes(JET_coltypDateTime, 0, '1899-12-29T06:00:00Z')).toEqual(DOUBLE['-1.25']);
    expect(columnValueBytes(JET_coltypDateTime, 0, '0')).toEqual(DOUBLE.zero);
    expect(columnValueBytes(JET_coltypDateTime, 0, 'not a date')).toBeNull();
    const guid = Uint8Array.from({ length: 16 }, (_, i) => i);
    expect(columnValueBytes(JET_coltypGUID, 0, '03020100-0504-0706-0809-0a0b0c0d0e0f')).toEqual(guid);
    expect(columnValueBytes(JET_coltypGUID, 0, '{03020100-0504-0706-0809-0A0B0C0D0E0F}')).toEqual(guid);
    expect(columnValueBytes(JET_coltypGUID, 0, '0302')).toBeNull();
  });

  it('writes text in its code page (a character one byte cannot hold is refused) and binary from hex digits', () => {
    expect(columnValueBytes(JET_coltypText, 1200, 'ab')).toEqual(b(0x61, 0, 0x62, 0));
    expect(columnValueBytes(JET_coltypLongText, 1252, 'aé')).toEqual(b(0x61, 0xe9));
    expect(columnValueBytes(JET_coltypText, 1252, 'Ā')).toBeNull();
    expect(columnValueBytes(JET_coltypBinary, 0, 'de ad')).toEqual(b(0xde, 0xad));
    expect(columnValueBytes(JET_coltypLongBinary, 0, '0xdead')).toEqual(b(0xde, 0xad));
    expect(columnValueBytes(JET_coltypBinary, 0, 'abc')).toBeNull();
    expect(columnValueBytes(JET_coltypBinary, 0, 'zz')).toBeNull();
  });

  it('gives back the bytes of any value of a fixed type from its text (floats but NaN; DateTime by its number of days)', () => {
    const types = [JET_coltypUnsignedByte, JET_coltypShort, JET_coltypUnsignedShort, JET_coltypLong, JET_coltypUnsignedLong,
      JET_coltypLongLong, JET_coltypUnsignedLongLong, JET_coltypCurrency, JET_coltypIEEESingle, JET_coltypIEEEDouble, JET_coltypGUID];
    const size: Record<number, number> = {
      [JET_coltypUnsignedByte]: 1, [JET_coltypShort]: 2, [JET_coltypUnsignedShort]: 2, [JET_coltypLong]: 4, [JET_coltypUnsignedLong]: 4,
      [JET_coltypLongLong]: 8, [JET_coltypUnsignedLongLong]: 8, [JET_coltypCurrency]: 8, [JET_coltypIEEESingle]: 4, [JET_coltypIEEEDouble]: 8,
      [JET_coltypGUID]: 16,
    };
    const value = fc.constantFrom(...types).chain((t) => fc.uint8Array({ minLength: size[t], maxLength: size[t] }).map((bytes) => ({ t, bytes })));
    fc.assert(fc.property(value, ({ t, bytes }) => {
      const v = new DataView(bytes.buffer);
      const nan = (t === JET_coltypIEEESingle && Number.isNaN(v.getFloat32(0, true))) || (t === JET_coltypIEEEDouble && Number.isNaN(v.getFloat64(0, true)));
      fc.pre(!nan);
      expect(columnValueBytes(t, 0, columnValueText(t, 0, bytes))).toEqual(bytes);
    }), { numRuns: 500 });
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (d) => {
      fc.pre(!Object.is(d, -0)); // its text is an ISO time, which has no sign of zero
      const bytes = new Uint8Array(8);
      new DataView(bytes.buffer).setFloat64(0, d, true);
      expect(columnValueBytes(JET_coltypDateTime, 0, String(d))).toEqual(bytes);
    }), { numRuns: 200 });
  });

  it('gives back any string written to a Unicode text column, as the quoted text shows it', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => {
      const bytes = columnValueBytes(JET_coltypText, 1200, s);
      expect(bytes).not.toBeNull();
      expect(JSON.parse(columnValueText(JET_coltypText, 1200, bytes ?? b()))).toBe(s);
    }), { numRuns: 300 });
  });
});
