import {
  JET_errInvalidBufferSize, JET_errInvalidGrbit, JET_errInvalidParameter, JET_errKeyIsMade, JET_errKeyNotMade,
  JET_errNoCurrentIndex,
} from '../constants/errors';
import { padFixed } from './coltyp';
import type { KeyColumn } from './coltyp';
import { fail } from './failure';
import { applyLimit, integerSegment, KeyLimit, keyFromBytes } from './keys';

/** What a cursor's current index tells JetMakeKey: its segments, its longest key and how it cuts a segment. */
export interface KeyShape {
  /** cbKeyMost of the index. */
  readonly keyMost: number;
  /** The key segments, in order. */
  readonly keyColumns: readonly KeyColumn[];
  /** False when there is no index to make a key for (a sequential table): JetMakeKey answers NoCurrentIndex. */
  readonly indexed: boolean;
  /** Append one normalized segment for `len` bytes of `v` from `at` (-1: NULL), applying the index's cbVarSegMac. */
  appendKeySegment(bytes: number[], col: KeyColumn, v: Uint8Array, at: number, len: number): void;
  /**
   * The only segment of an index on one integer column whose whole key fits (IndexDef.integerKey), or absent: a
   * key made for it from a whole value is keys.ts integerSegment's string.
   */
  readonly integerKey?: KeyColumn | null;
}

const KEY = { NewKey: 0x1, StrLimit: 0x2, SubStrLimit: 0x4, NormalizedKey: 0x8, DataZeroLength: 0x10 } as const;
const FULL_START = 0x100;
const FULL_END = 0x200;
const PARTIAL_START = 0x400;
const PARTIAL_END = 0x800;
const EMPTY_BYTES = new Uint8Array(0);

/** The limit asked for, as the engine reads the bits (fldnorm.cxx): the limit options first, then SubStrLimit on text, then StrLimit. */
function limitOf(grbit: number, col: KeyColumn): KeyLimit {
  const limits = grbit & (FULL_START | FULL_END | PARTIAL_START | PARTIAL_END);
  if ((limits & (limits - 1)) !== 0) fail(JET_errInvalidGrbit);
  if (limits === FULL_START) return 'start';
  if (limits === FULL_END) return 'fullEnd';
  if (limits === PARTIAL_START) return 'partialStart';
  if (limits === PARTIAL_END) return 'partialEnd';
  if ((grbit & KEY.SubStrLimit) !== 0 && col.isText) return 'subStr';
  if ((grbit & KEY.StrLimit) !== 0) return 'str';
  return 'none';
}

/**
 * The search key a cursor is building with JetMakeKey (the engine's
 * dataSearchKey): its bytes, how many segments it has, whether it is a limit
 * (no more segments may follow).
 */
export class KeyBuilder {
  /** The key's bytes, or null while only `made` holds it (a key made by the integer fast path below). */
  private built: number[] | null = [];
  /** The key as made() returns it, once known; null while `built` is being changed. */
  private madeKey: string | null = null;
  segments = 0;
  inProgress = false;
  isLimit = false;

  /** The key's normalized bytes (JetRetrieveKey with JET_bitRetrieveCopy; appended to by make()). */
  get bytes(): number[] {
    if (this.built === null) {
      const key = this.madeKey as string;
      const list: number[] = [];
      for (let i = 0; i < key.length; i++) list.push(key.charCodeAt(i));
      this.built = list;
    }
    return this.built;
  }

  set bytes(list: number[]) {
    this.built = list;
    this.madeKey = null;
  }

  /** JetMakeKey, in the engine's order of checks. */
  make(shape: KeyShape, data: Uint8Array | null, grbit: number): void {
    const keyMost = shape.keyMost;
    // The usual seek of an index on one integer column: a new key of one whole value, no limit asked for. Every check
    // below passes for it and every step makes what integerSegment does, so the key is made as a string at once.
    const only = shape.integerKey;
    if (grbit === KEY.NewKey && only !== undefined && only !== null && data !== null && data.length === only.fixedSize) {
      this.built = null;
      this.madeKey = integerSegment(only, data);
      this.segments = 1;
      this.isLimit = false;
      this.inProgress = true;
      return;
    }
    if ((grbit & KEY.NormalizedKey) !== 0) {
      const length = data === null ? 0 : data.length;
      if (length > keyMost + 1 && length > 255) fail(JET_errInvalidParameter);
      this.bytes = data === null ? [] : Array.from(data.subarray(0, keyMost + 1));
      // fldnorm.cxx ErrIsamMakeKey: a normalized key counts as one segment, whatever the index has, so more may follow.
      this.segments = 1;
      this.inProgress = true;
      this.isLimit = length > keyMost;
      return;
    }
    if (!shape.indexed) fail(JET_errNoCurrentIndex);
    if ((grbit & KEY.NewKey) !== 0) {
      this.bytes = [];
      this.segments = 0;
      this.isLimit = false;
      this.inProgress = false;
    } else {
      if (this.isLimit) fail(JET_errKeyIsMade);
      if (!this.inProgress) fail(JET_errKeyNotMade);
    }
    if (this.segments >= shape.keyColumns.length) fail(JET_errKeyIsMade);
    const col = shape.keyColumns[this.segments];
    // The engine's order: a wrong size for a fixed column, then the limit bits, then zero-length data.
    let value: Uint8Array | null = null;
    const padTo = col.padTo ?? 0;
    if (data !== null && data.length > 0) {
      if (col.fixedSize !== 0 && data.length !== col.fixedSize) fail(JET_errInvalidBufferSize);
      value = data;
      // fldnorm.cxx ErrIsamMakeKey: a fixed Text segment shorter than its column is padded with spaces; any other
      // fixed column's segment must have the column's size.
      if (padTo !== 0 && data.length !== padTo) {
        if (!col.isText || data.length > padTo) fail(JET_errInvalidBufferSize);
        value = padFixed(data, padTo, col.coltyp, col.cp);
      }
    }
    const limit = limitOf(grbit, col);
    // Partial limits need a delimiter to strip: text, or variable binary (ErrIsamMakeKey's limit switch).
    if ((limit === 'partialStart' || limit === 'partialEnd') && (col.fixedSize !== 0 || (padTo !== 0 && !col.isText))) fail(JET_errInvalidGrbit);
    if (value === null && (grbit & KEY.DataZeroLength) !== 0) {
      // fldnorm.cxx ErrFLDNormalizeSegment: only variable binary and text columns can be zero-length.
      if (col.fixedSize !== 0 || padTo !== 0) fail(JET_errInvalidBufferSize);
      value = EMPTY_BYTES;
    }
    const bytes = this.bytes;
    this.madeKey = null;
    if (bytes.length < keyMost) {
      const segStart = bytes.length;
      shape.appendKeySegment(bytes, col, value ?? EMPTY_BYTES, 0, value === null ? -1 : value.length);
      if (bytes.length > keyMost) bytes.length = keyMost;
      if (applyLimit(bytes, segStart, col, limit, keyMost, value === null ? -1 : value.length)) this.isLimit = true;
    }
    if (bytes.length > keyMost + 1) bytes.length = keyMost + 1;
    this.segments += 1;
    this.inProgress = true;
  }

  /**
   * JetRetrieveKey with JET_bitRetrieveCopy (fldnorm.cxx ErrIsamRetrieveKey, sorts included): a copy of the key
   * buffer as it is, whether or not a key is being made; no bytes at all is KeyNotMade.
   */
  copy(): Uint8Array {
    const bytes = this.bytes;
    if (bytes.length === 0) fail(JET_errKeyNotMade);
    return Uint8Array.from(bytes);
  }

  /** The key made so far, for a seek or an index range (KeyNotMade when none is being made). */
  made(): string {
    if (!this.inProgress) fail(JET_errKeyNotMade);
    return (this.madeKey ??= keyFromBytes(this.bytes));
  }
}
