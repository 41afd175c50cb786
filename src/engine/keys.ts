import { Column, COLTYP } from './columns';

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

/** Default and largest key sizes of a temp table. */
export const DEFAULT_KEY_MOST = 255;
export const LARGEST_KEY_MOST = 2000;

export interface SegmentOptions {
  nullsHigh: boolean;
  /** GUIDs in .NET byte order (JET_bitTTDotNetGuid). */
  dotNetGuid: boolean;
}

const SIGNED_FLIP: Readonly<Record<number, boolean>> = {
  [COLTYP.Short]: true, [COLTYP.Long]: true, [COLTYP.LongLong]: true, [COLTYP.Currency]: true,
};
const FLOAT: Readonly<Record<number, boolean>> = {
  [COLTYP.IEEESingle]: true, [COLTYP.IEEEDouble]: true, [COLTYP.DateTime]: true,
};
const GUID_ORDER = [10, 11, 12, 13, 14, 15, 8, 9, 6, 7, 4, 5, 0, 1, 2, 3];
const DOTNET_GUID_ORDER = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15];

/**
 * Append the normalized segment for the `len` bytes of `v` from `at` (len -1:
 * NULL; 0: zero-length) to `out`. Values are in the column's stored form:
 * little-endian numbers, text in its code page (UTF-16LE for 1200).
 */
export function appendSegment(out: number[], col: Column, v: Uint8Array, at: number, len: number, opts: SegmentOptions): void {
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

function appendData(out: number[], col: Column, v: Uint8Array, at: number, len: number, opts: SegmentOptions): void {
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
    if (col.cp === 1200) appendUnicodeText(out, v, at, len);
    else appendAsciiText(out, v, at, len);
    return;
  }
  appendChunkedBinary(out, v, at, len);
}

/** ASCII: stop at NUL, upper-case a-z only, terminate with 0x00. */
function appendAsciiText(out: number[], v: Uint8Array, at: number, len: number): void {
  const n = at + Math.min(len, DEFAULT_KEY_MOST);
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
function appendUnicodeText(out: number[], v: Uint8Array, at: number, len: number): void {
  const units = Math.min(len, 256) >> 1;
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
function appendChunkedBinary(out: number[], v: Uint8Array, at: number, len: number): void {
  const n = Math.min(len, DEFAULT_KEY_MOST);
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

/** Which limit JetMakeKey was asked to build. */
export type KeyLimit = 'none' | 'start' | 'fullEnd' | 'str' | 'subStr' | 'partialStart' | 'partialEnd';

/**
 * Apply a limit to the segment that starts at `segStart` in `out` (already
 * complemented when descending), making the whole key cbKeyMost + 1 bytes for
 * end limits so that it sorts after every key with the same prefix.
 */
export function applyLimit(out: number[], segStart: number, col: Column, limit: KeyLimit, keyMost: number): boolean {
  if (limit === 'none') return false;
  if (limit === 'start' || limit === 'fullEnd') {
    if (limit === 'fullEnd') fill(out, keyMost + 1);
    return true;
  }
  const segLength = out.length - segStart;
  const binary = !col.isText && col.fixedSize === 0;
  if (segLength <= 1 || (!col.isText && !binary)) {
    // Nothing to cut (NULL / empty segment, fixed types): behaves as the full-column variant.
    if (limit === 'subStr' && !col.isText) return false;
    if (limit !== 'partialStart') fill(out, keyMost + 1);
    return true;
  }
  if (col.isText && limit !== 'str') {
    const terminator = col.cp === 1200 ? 2 : 1;
    out.length = Math.max(segStart + 1, out.length - terminator);
    if (limit !== 'partialStart') fill(out, keyMost + 1);
    return true;
  }
  if (binary && limit !== 'subStr') {
    // Keep data up to the last real byte of the final chunk, then FF through that chunk plus one byte.
    const marker = out[out.length - 1] ^ (col.descending ? 0xff : 0);
    const used = marker === 9 ? 8 : marker;
    const lastChunkStart = out.length - 9;
    out.length = lastChunkStart + used;
    if (limit === 'partialStart') return true;
    while (out.length < lastChunkStart + 10) out.push(LIMIT_FILL);
    return true;
  }
  fill(out, keyMost + 1);
  return true;
}

function fill(out: number[], length: number): void {
  while (out.length < length) out.push(LIMIT_FILL);
}
