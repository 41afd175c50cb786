import * as C from '../constants/constants';
import { COLTYP } from './coltyp';
import type { KeyColumn } from './coltyp';

/**
 * ESE normalized keys. A key is a byte string whose plain byte order is the
 * index order; we hold it as a JS string with one char per byte (0..255), so
 * comparing keys is comparing strings. Each segment starts with a prefix byte
 * (NULL, zero-length, data), integers are big-endian with the sign bit flipped,
 * floats are flipped so their bytes sort numerically, variable binary is cut in
 * 8-byte chunks with a length marker, ASCII text is upper-cased (a-z) and
 * terminated, and a descending segment is complemented, prefix included.
 */
export const PREFIX_NULL = 0x00;
export const PREFIX_NULL_HIGH = 0xc0;
export const PREFIX_ZERO_LENGTH = 0x40;
export const PREFIX_DATA = 0x7f;
export const LIMIT_FILL = 0xff;

/** The default key size of an index or a temp table. */
export const DEFAULT_KEY_MOST = 255;

/**
 * daedef.hxx CbKeyMostForPage: the largest key the engine takes (JET_bitIndexKeyMost's cbKeyMost, a temp table's
 * cbKeyMost) for its page size (JET_paramDatabasePageSize).
 */
export function keyMostForPage(pageSize: number): number {
  switch (pageSize) {
    case 2048: return C.JET_cbKeyMost2KBytePage;
    case 4096: return C.JET_cbKeyMost4KBytePage;
    case 8192: return C.JET_cbKeyMost8KBytePage;
    case 16384: return C.JET_cbKeyMost16KBytePage;
    case 32768: return C.JET_cbKeyMost32KBytePage;
    default: return DEFAULT_KEY_MOST;
  }
}

export interface SegmentOptions {
  nullsHigh: boolean;
  /** GUIDs in .NET byte order (JET_bitTTDotNetGuid). */
  dotNetGuid: boolean;
  /** The index's cbKeyMost (255 when absent): how much of a long text or binary value the segment is made from. */
  keyMost?: number;
}

/**
 * How many bytes of a text or binary value a key segment is made from (fldnorm.cxx ErrFLDNormalizeTextSegment and
 * ErrRECRetrieveKeyFromRecord): an index of the old key size, 255 bytes, always used the first 255 bytes (256 for
 * Unicode, whole characters), and keeps doing so; a larger cbKeyMost takes as much as fills the key.
 */
export function sourceMost(keyMost: number | undefined, unicode: boolean): number {
  const most = keyMost !== undefined && keyMost > DEFAULT_KEY_MOST ? keyMost : DEFAULT_KEY_MOST;
  return unicode ? most + (most & 1) : most;
}

const SIGNED_FLIP: Readonly<Record<number, boolean>> = {
  [COLTYP.Short]: true, [COLTYP.Long]: true, [COLTYP.LongLong]: true, [COLTYP.Currency]: true,
};
const FLOAT: Readonly<Record<number, boolean>> = {
  [COLTYP.IEEESingle]: true, [COLTYP.IEEEDouble]: true, [COLTYP.DateTime]: true,
};
const GUID_ORDER = [10, 11, 12, 13, 14, 15, 8, 9, 6, 7, 4, 5, 0, 1, 2, 3];
const DOTNET_GUID_ORDER = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15];

/** Is a fixed type keyed as an integer: its bytes big-endian, the sign bit flipped when it is signed (appendData)? */
export function isIntegerColtyp(t: number): boolean {
  return t !== COLTYP.Bit && t !== COLTYP.GUID && FLOAT[t] !== true;
}

/**
 * The normalized segment of a whole value of an integer column (`v` holds its `fixedSize` bytes), as a key string:
 * what appendSegment then keyFromBytes make of it, without the byte array in between. Most indexes of real clients
 * are one integer column, and a record insert makes this key for each of them.
 */
export function integerSegment(col: KeyColumn, v: Uint8Array): string {
  const x = col.descending ? 0xff : 0;
  const flip = SIGNED_FLIP[col.coltyp] === true ? 0x80 : 0;
  const n = v.length;
  const p = PREFIX_DATA ^ x;
  switch (n) {
    case 1: return String.fromCharCode(p, v[0] ^ flip ^ x);
    case 2: return String.fromCharCode(p, v[1] ^ flip ^ x, v[0] ^ x);
    case 4: return String.fromCharCode(p, v[3] ^ flip ^ x, v[2] ^ x, v[1] ^ x, v[0] ^ x);
    default: {
      let s = String.fromCharCode(p, v[n - 1] ^ flip ^ x);
      for (let i = n - 2; i >= 0; i--) s += String.fromCharCode(v[i] ^ x);
      return s;
    }
  }
}

/**
 * Append the normalized segment for the `len` bytes of `v` from `at` (len -1:
 * NULL; 0: zero-length) to `out`. Values are in the column's stored form:
 * little-endian numbers, text in its code page (UTF-16LE for 1200).
 */
export function appendSegment(out: number[], col: KeyColumn, v: Uint8Array, at: number, len: number, opts: SegmentOptions): void {
  const start = out.length;
  if (len < 0) {
    out.push(opts.nullsHigh ? PREFIX_NULL_HIGH : PREFIX_NULL);
  } else if (len === 0) {
    out.push(col.fixedSize !== 0 ? (opts.nullsHigh ? PREFIX_NULL_HIGH : PREFIX_NULL) : PREFIX_ZERO_LENGTH);
  } else {
    out.push(PREFIX_DATA);
    appendData(out, col, v, at, len, opts);
  }
  if (col.descending) for (let i = start; i < out.length; i++) out[i] ^= 0xff;
}

function appendData(out: number[], col: KeyColumn, v: Uint8Array, at: number, len: number, opts: SegmentOptions): void {
  const t = col.coltyp;
  if (col.fixedSize !== 0) {
    const last = at + len - 1;
    if (t === COLTYP.Bit) {
      out.push(v[at] === 0 ? 0x00 : 0xff);
    } else if (t === COLTYP.GUID) {
      for (const i of opts.dotNetGuid ? DOTNET_GUID_ORDER : GUID_ORDER) out.push(v[at + i]);
    } else if (FLOAT[t]) {
      const negative = (v[last] & 0x80) !== 0;
      for (let i = last; i >= at; i--) {
        const b = v[i];
        out.push(negative ? b ^ 0xff : i === last ? b ^ 0x80 : b);
      }
    } else {
      const flip = SIGNED_FLIP[t] === true;
      for (let i = last; i >= at; i--) out.push(flip && i === last ? v[i] ^ 0x80 : v[i]);
    }
    return;
  }
  if (col.isText) {
    if (col.cp === 1200) appendUnicodeText(out, v, at, len, sourceMost(opts.keyMost, true));
    else appendAsciiText(out, v, at, len, sourceMost(opts.keyMost, false));
    return;
  }
  // fldnorm.cxx FLDNormalizeBinarySegment: a fixed Binary column is keyed as its bytes, a variable one in chunks.
  if (col.padTo !== undefined && col.padTo !== 0) {
    const n = at + Math.min(len, sourceMost(opts.keyMost, false));
    for (let i = at; i < n; i++) out.push(v[i]);
    return;
  }
  appendChunkedBinary(out, v, at, len, sourceMost(opts.keyMost, false));
}

/**
 * The end of an ASCII text segment that does not fit the room it has, `room` bytes with its prefix byte (the key
 * space left, or cbVarSegMac when that is less): normu.cxx ErrUtilNormText, called by fldnorm.cxx
 * ErrFLDNormalizeTextSegment, copies one byte less than fits, upper-cases that, and writes the next source byte in
 * the last place with 0x20 taken off whatever it is (the old C runtime's toupper, which does not check that the
 * byte is a lower-case letter: 'a' becomes 'A' but 'A' becomes '!'), with no terminator. Text that stops at a NUL
 * before that place fits, and ends as usual. Called after `out` got the segment from `start` (appendSegment).
 */
export function cutAsciiText(out: number[], start: number, col: KeyColumn, v: Uint8Array, at: number, len: number, room: number, keyMost: number): void {
  if (!col.isText || col.cp === 1200 || len <= 0) return;
  const data = room - 1;
  if (data <= 0 || data > Math.min(len, sourceMost(keyMost, false))) return;
  for (let i = 0; i < data - 1; i++) if (v[at + i] === 0) return;
  const last = v[at + data - 1];
  if (last === 0) return;
  out[start + data] = ((last - 0x20) & 0xff) ^ (col.descending ? 0xff : 0);
}

/** ASCII: stop at NUL, upper-case a-z only, terminate with 0x00. */
function appendAsciiText(out: number[], v: Uint8Array, at: number, len: number, most: number): void {
  const n = at + Math.min(len, most);
  for (let i = at; i < n; i++) {
    const b = v[i];
    if (b === 0) break;
    out.push(b >= 0x61 && b <= 0x7a ? b - 0x20 : b);
  }
  out.push(0x00);
}

/**
 * Unicode: esent.dll uses the Windows sort key (LCMapString, case-insensitive).
 * We approximate it: upper-cased UTF-16 code units, big-endian, ending with 0x00 0x00
 * (documented in docs/differences.md).
 */
function appendUnicodeText(out: number[], v: Uint8Array, at: number, len: number, most: number): void {
  const units = Math.min(len, most) >> 1;
  let text = '';
  for (let i = 0; i < units; i++) {
    const u = v[at + 2 * i] | (v[at + 2 * i + 1] << 8);
    if (u === 0) break;
    text += String.fromCharCode(u);
  }
  const upper = text.toUpperCase();
  for (let i = 0; i < upper.length; i++) {
    const u = upper.charCodeAt(i);
    out.push(u >> 8, u & 0xff);
  }
  out.push(0x00, 0x00);
}

/** Variable binary: 8-byte chunks, each followed by 9 (more follows) or its data length. */
function appendChunkedBinary(out: number[], v: Uint8Array, at: number, len: number, most: number): void {
  const n = Math.min(len, most);
  for (let i = 0; i < n; i += 8) {
    const r = Math.min(8, n - i);
    for (let j = 0; j < 8; j++) out.push(j < r ? v[at + i + j] : 0);
    out.push(i + 8 < n ? 9 : r);
  }
}

/** Turn key bytes into the string form used for comparisons and storage. */
export function keyFromBytes(bytes: ArrayLike<number>, length = bytes.length): string {
  const b = bytes;
  switch (length) {
    // Short keys (integers, dates, small binaries) skip the cost of apply().
    case 1: return String.fromCharCode(b[0]);
    case 2: return String.fromCharCode(b[0], b[1]);
    case 3: return String.fromCharCode(b[0], b[1], b[2]);
    case 5: return String.fromCharCode(b[0], b[1], b[2], b[3], b[4]);
    case 9: return String.fromCharCode(b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8]);
    default:
      if (length <= 32 && length === bytes.length && Array.isArray(bytes)) return String.fromCharCode.apply(null, bytes as number[]);
  }
  let s = '';
  for (let i = 0; i < length; i += 4096) {
    s += String.fromCharCode.apply(null, Array.prototype.slice.call(bytes, i, Math.min(length, i + 4096)) as number[]);
  }
  return s;
}

export function keyToBytes(key: string): Uint8Array {
  const out = new Uint8Array(key.length);
  for (let i = 0; i < key.length; i++) out[i] = key.charCodeAt(i);
  return out;
}

/** Which limit JetMakeKey was asked to build ('subStr' only ever names a text column). */
export type KeyLimit = 'none' | 'start' | 'fullEnd' | 'str' | 'subStr' | 'partialStart' | 'partialEnd';

/**
 * Apply a limit to the segment that starts at `segStart` in `out` (already
 * complemented when descending), as the engine's normalization does
 * (fldnorm.cxx: FLDISetFullColumnLimit, FLDISetPartialColumnLimitOnTextColumn,
 * FLDITrySetPartialColumnLimitOnBinaryColumn). End limits fill the rest of the
 * key space, to cbKeyMost + 1 bytes, with 0xFF so that the key sorts after
 * every key with the same prefix. `dataLength` is the length of the value the
 * segment was made from (-1 NULL, 0 zero-length). Returns whether the key is
 * now a limit.
 */
export function applyLimit(out: number[], segStart: number, col: KeyColumn, limit: KeyLimit, keyMost: number, dataLength: number): boolean {
  switch (limit) {
    case 'none':
      return false;
    case 'start':
      return true;
    case 'fullEnd':
      fill(out, keyMost + 1);
      return true;
    case 'subStr':
      textLimit(out, segStart, col, true, keyMost);
      return true;
    case 'str':
      binaryLimit(out, segStart, col, dataLength, true, keyMost);
      return true;
    default:
      if (col.isText) textLimit(out, segStart, col, limit === 'partialEnd', keyMost);
      else binaryLimit(out, segStart, col, dataLength, limit === 'partialEnd', keyMost);
      return true;
  }
}

/** Text: drop the terminator (when the segment was not cut short), then fill with 0xFF or stop there. */
function textLimit(out: number[], segStart: number, col: KeyColumn, sentinel: boolean, keyMost: number): void {
  const segLength = out.length - segStart;
  if (segLength < 2) {
    // Nothing but a prefix byte: the full-column limit instead.
    if (sentinel) fill(out, keyMost + 1);
    return;
  }
  const flip = col.descending ? 0xff : 0;
  let end = out.length;
  const terminator = col.cp === 1200 ? 2 : 1;
  let ends = true;
  for (let i = 1; i <= terminator; i++) if (out[end - i] !== flip) ends = false;
  if (ends && end - terminator > segStart) end -= terminator;
  out.length = Math.min(end, keyMost);
  if (sentinel) fill(out, keyMost + 1);
}

/**
 * Variable binary: the delimiter is the position right after the value's
 * last byte, known only when the whole value made it into the segment with
 * at least one byte (padding or chunk marker) after it. End limits put 0xFF
 * from there to one byte past the segment; start limits cut the segment
 * there. Without a delimiter (fixed types, text, a value cut short) the full
 * column limit applies.
 */
function binaryLimit(out: number[], segStart: number, col: KeyColumn, dataLength: number, sentinel: boolean, keyMost: number): void {
  const segLength = out.length - segStart;
  let delimiter = 0;
  if (!col.isText && col.fixedSize === 0 && (col.padTo ?? 0) === 0 && dataLength > 0) {
    const last = Math.min(dataLength, sourceMost(keyMost, false)) - 1;
    const position = 1 + Math.floor(last / 8) * 9 + (last % 8);
    if (segLength >= position + 2) delimiter = position + 1;
  }
  if (delimiter === 0) {
    if (sentinel) fill(out, keyMost + 1);
    return;
  }
  if (!sentinel) {
    out.length = segStart + delimiter;
    return;
  }
  out.push(LIMIT_FILL);
  for (let i = segStart + delimiter; i < out.length; i++) out[i] = LIMIT_FILL;
}

function fill(out: number[], length: number): void {
  while (out.length < length) out.push(LIMIT_FILL);
}

/**
 * Byte strings in the engine's order (daedef.hxx CmpKey / CmpData): the bytes up to the shorter length, then the
 * shorter first. For keys held as arrays rather than strings (the preread calls' keys, a cursor filter's values).
 */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

