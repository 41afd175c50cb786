/**
 * How the managed helpers turn JavaScript values into column and key bytes and back, as ManagedEsent does
 * for .NET values: integers and floats little-endian at their native width, bool as one byte (0xFF / 0x00),
 * DateTime as an OLE Automation date (a double), Guid in .NET's byte order, strings as UTF-16LE (Unicode)
 * or 7-bit ASCII.
 */

/** The two text encodings ManagedEsent's string helpers accept (System.Text.Encoding.ASCII / .Unicode). */
export const Encoding = { ASCII: 'ascii', Unicode: 'unicode' } as const;
export type Encoding = (typeof Encoding)[keyof typeof Encoding];

function checkEncoding(encoding: Encoding): void {
  if (encoding !== Encoding.ASCII && encoding !== Encoding.Unicode) {
    throw new RangeError(`encoding must be Encoding.ASCII or Encoding.Unicode, not ${String(encoding)}`);
  }
}

/** A string's bytes: UTF-16LE, or ASCII where a character above 0x7F becomes '?' (as .NET's ASCII encoding). */
export function stringBytes(value: string, encoding: Encoding): Uint8Array {
  checkEncoding(encoding);
  if (encoding === Encoding.ASCII) {
    const bytes = new Uint8Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      bytes[i] = c < 0x80 ? c : 0x3f;
    }
    return bytes;
  }
  const bytes = new Uint8Array(value.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < value.length; i++) view.setUint16(i * 2, value.charCodeAt(i), true);
  return bytes;
}

/** The string in some bytes; a byte above 0x7F reads as '?' in ASCII, an odd last byte is dropped in Unicode. */
export function bytesString(bytes: Uint8Array, encoding: Encoding): string {
  checkEncoding(encoding);
  let s = '';
  if (encoding === Encoding.ASCII) {
    for (const b of bytes) s += String.fromCharCode(b < 0x80 ? b : 0x3f);
    return s;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode(view.getUint16(i, true));
  return s;
}

/** The fixed-size number types of the typed helpers. */
export type NumberType = 'Int16' | 'UInt16' | 'Int32' | 'UInt32' | 'Byte' | 'Float' | 'Double';
export type BigIntType = 'Int64' | 'UInt64';

export const sizeOf: Readonly<Record<NumberType | BigIntType, number>> = {
  Byte: 1, Int16: 2, UInt16: 2, Int32: 4, UInt32: 4, Float: 4, Double: 8, Int64: 8, UInt64: 8,
};

const ranges: Readonly<Record<Exclude<NumberType, 'Float' | 'Double'>, readonly [number, number]>> = {
  Byte: [0, 0xff], Int16: [-0x8000, 0x7fff], UInt16: [0, 0xffff], Int32: [-0x80000000, 0x7fffffff], UInt32: [0, 0xffffffff],
};

/** A number at a native width; an integer out of range, or not an integer, is a RangeError (.NET would not compile it). */
export function numberBytes(value: number, type: NumberType): Uint8Array {
  const bytes = new Uint8Array(sizeOf[type]);
  const view = new DataView(bytes.buffer);
  if (type === 'Float') view.setFloat32(0, value, true);
  else if (type === 'Double') view.setFloat64(0, value, true);
  else {
    const [lo, hi] = ranges[type];
    if (!Number.isInteger(value) || value < lo || value > hi) throw new RangeError(`${value} is not a ${type}`);
    if (type === 'Byte') view.setUint8(0, value);
    else if (type === 'Int16') view.setInt16(0, value, true);
    else if (type === 'UInt16') view.setUint16(0, value, true);
    else if (type === 'Int32') view.setInt32(0, value, true);
    else view.setUint32(0, value, true);
  }
  return bytes;
}

export function bytesNumber(bytes: Uint8Array, type: NumberType): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  switch (type) {
    case 'Byte': return view.getUint8(0);
    case 'Int16': return view.getInt16(0, true);
    case 'UInt16': return view.getUint16(0, true);
    case 'Int32': return view.getInt32(0, true);
    case 'UInt32': return view.getUint32(0, true);
    case 'Float': return view.getFloat32(0, true);
    default: return view.getFloat64(0, true);
  }
}

export function bigintBytes(value: bigint, type: BigIntType): Uint8Array {
  const signed = type === 'Int64';
  const lo = signed ? -(1n << 63n) : 0n;
  const hi = signed ? (1n << 63n) - 1n : (1n << 64n) - 1n;
  if (value < lo || value > hi) throw new RangeError(`${value} is not a ${type}`);
  const bytes = new Uint8Array(8);
  const view = new DataView(bytes.buffer);
  if (signed) view.setBigInt64(0, value, true);
  else view.setBigUint64(0, value, true);
  return bytes;
}

export function bytesBigint(bytes: Uint8Array, type: BigIntType): bigint {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return type === 'Int64' ? view.getBigInt64(0, true) : view.getBigUint64(0, true);
}

/** bool as ManagedEsent stores it: one byte, 0xFF for true, 0x00 for false. */
export function booleanBytes(value: boolean): Uint8Array {
  return Uint8Array.of(value ? 0xff : 0x00);
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Where each byte of .NET's Guid.ToByteArray comes from in the hex string: the first three groups are little-endian. */
const GUID_ORDER = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15];

/** A Guid ('xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx') in .NET's byte order. */
export function guidBytes(guid: string): Uint8Array {
  if (!GUID.test(guid)) throw new RangeError(`${guid} is not a Guid`);
  const hex = guid.replace(/-/g, '');
  const plain = Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16));
  return Uint8Array.from(GUID_ORDER, (from) => plain[from]);
}

/** The Guid string (lower case) of 16 bytes in .NET's byte order. */
export function bytesGuid(bytes: Uint8Array): string {
  const plain = new Array<number>(16);
  GUID_ORDER.forEach((from, i) => { plain[from] = bytes[i]; });
  const hex = plain.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const MS_PER_DAY = 86_400_000;
/** 1899-12-30T00:00Z, day 0 of OLE Automation dates, in JavaScript time. */
const OA_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A Date as an OLE Automation date (.NET DateTime.ToOADate, the Date read as UTC): whole days since 1899-12-30
 * plus the time of day as a fraction. Before the epoch the days are negative but the fraction still counts
 * forward (-1.25 is 1899-12-29 06:00).
 */
export function dateToOADate(date: Date): number {
  let ms = date.getTime() - OA_EPOCH;
  if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
  if (ms < 0) {
    const frac = ms % MS_PER_DAY;
    if (frac !== 0) ms -= (MS_PER_DAY + frac) * 2;
  }
  return ms / MS_PER_DAY;
}

/** An OLE Automation date as a Date (.NET DateTime.FromOADate, in UTC, rounded half away from zero to the millisecond). */
export function oaDateToDate(oadate: number): Date {
  let ms = Math.trunc(oadate * MS_PER_DAY + (oadate >= 0 ? 0.5 : -0.5));
  if (ms < 0) {
    const frac = ms % MS_PER_DAY;
    if (frac !== 0) ms -= frac * 2;
  }
  return new Date(OA_EPOCH + ms);
}

export function dateBytes(date: Date): Uint8Array {
  return numberBytes(dateToOADate(date), 'Double');
}
