import * as C from '../constants/constants';
import { JET_errKeyTruncated } from '../constants/errors';
import { fail } from '../storage/failure';
import { integerSegment, keyFromBytes } from '../storage/keys';
import type { RecordValues } from '../storage/tableImage';
import { meetsConditions } from './indexConditions';
import { tupleAt } from './indexTuples';
import type { IndexDef } from './indexDef';
import { COLUMN } from './tableColumn';

/**
 * The entries a record has in a secondary index, enumerated as the engine's
 * ErrRECIEnumerateKeys / KeySequence (recupd.cxx, rec.hxx) do.
 *
 * Each segment reads one value of its column: the itag-th of a multi-valued
 * column, the only one of any other. Which itags are tried: all 1 first (the
 * base key); then, without JET_bitIndexCrossProduct / NestedTable, only the
 * first multi-valued column of the index counts up (later multi-valued
 * columns stay on their first value); with CrossProduct every combination
 * (the last multi-valued column fastest); with NestedTable all of them move
 * together. A multi-valued column without an itag-th value (itag > 1) is "out
 * of keys" (wrnFLDOutOfKeys) and the sequence rolls over; in a nested-table
 * index it is NULL instead, until every one is out of values.
 *
 * NULL segments (fcreate.cxx sets the IDB flags): AllowSomeNulls unless
 * DisallowNull or IgnoreAnyNull; AllowFirstNull when also not IgnoreFirstNull;
 * AllowAllNulls when also not IgnoreNull. A key whose segments are all NULL
 * (wrnFLDNullKey), whose first is NULL (NullFirstSeg) or some NULL (NullSeg)
 * that the index does not allow gets no entry and ends the enumeration; an
 * all-NULL key ends it in any case. One record's equal keys make one entry.
 */

/** One key of a record in an index: the key and the itags its segments read. */
export interface IndexKey {
  readonly key: string;
  readonly itags: readonly number[];
  /** A tuple index: the character offset of the tuple in the first column's value. */
  readonly tupleOffset: number;
}

type Nulls = 'none' | 'some' | 'first' | 'all';

/** Every segment at its first value (rec.hxx rgitagBaseKey). */
const BASE_KEY: readonly number[] = new Array<number>(C.JET_ccolKeyMost).fill(1);

/**
 * The key made from the given itags (and, in a tuple index, the tuple at
 * `tupleOffset`), with which of its segments are NULL; `outOfKeys` is the
 * segment whose multi-valued column has no such value (-1: none), and
 * 'outOfTuples' means the first column has no tuple there.
 */
export function keyAt(index: IndexDef, values: RecordValues, itags: readonly number[], nested = false, tupleOffset = 0):
  { key: string; nulls: Nulls; outOfKeys: number } | 'outOfTuples' {
  const bytes: number[] = [];
  let nullCount = 0;
  let firstNull = false;
  let allMvOut = true;
  let anyMv = false;
  let truncated = false;
  for (let i = 0; i < index.segments.length; i++) {
    const seg = index.segments[i];
    const list = values.get(seg.column.columnid);
    const itag = itags[i] ?? 1;
    let value = list === undefined ? null : list[itag - 1] ?? null;
    if (itag > 1) {
      anyMv = true;
      if (value !== null) allMvOut = false;
      if (value === null && !nested) return { key: '', nulls: 'none', outOfKeys: i };
    }
    // A tuple index keys its first column by the tuple at the offset (fldnorm.cxx; too short: wrnFLDOutOfTuples).
    if (i === 0 && index.tuples !== null) {
      value = tupleAt(index.tuples, value, tupleOffset, seg.isText && seg.cp === 1200);
      if (value === null) return 'outOfTuples';
    }
    if (value === null) {
      nullCount += 1;
      if (i === 0) firstNull = true;
    }
    // fldnorm.cxx ErrRECIRetrieveKey: a segment that does not fit whole in what is left of cbKeyMost, or any segment
    // after the key is full, makes the key truncated; a segment cut to cbVarSegMac is cut on purpose and does not
    // (the normalization drops its warning, fldnorm.cxx 153-167).
    if (bytes.length < index.keyMost) {
      index.appendKeySegment(bytes, seg, value ?? new Uint8Array(0), 0, value === null ? -1 : value.length);
    } else {
      truncated = true;
    }
  }
  if (nested && anyMv && allMvOut) return { key: '', nulls: 'none', outOfKeys: 0 };
  if (bytes.length > index.keyMost) {
    bytes.length = index.keyMost;
    truncated = true;
  }
  // ... which an index made with JET_bitIndexDisallowTruncation refuses (fldnorm.cxx 1336-1343, 1808-1838).
  if (truncated && index.disallowsTruncation) fail(JET_errKeyTruncated);
  const nulls: Nulls = nullCount === index.segments.length ? 'all' : firstNull ? 'first' : nullCount > 0 ? 'some' : 'none';
  return { key: keyFromBytes(bytes), nulls, outOfKeys: -1 };
}

/** Does the index take a key with these NULL segments (its IgnoreNull / IgnoreAnyNull / IgnoreFirstNull / DisallowNull)? */
export function allowsNulls(index: IndexDef, nulls: Nulls): boolean {
  const g = index.grbit;
  const someOk = (g & (C.JET_bitIndexDisallowNull | C.JET_bitIndexIgnoreAnyNull)) === 0;
  const firstOk = someOk && (g & C.JET_bitIndexIgnoreFirstNull) === 0;
  const allOk = firstOk && (g & C.JET_bitIndexIgnoreNull) === 0;
  if (nulls === 'all') return allOk;
  if (nulls === 'first') return firstOk;
  if (nulls === 'some') return someOk;
  return true;
}

/** Index definitions never change: their multi-valued segments are worked out once. */
const mvCache = new WeakMap<IndexDef, readonly number[]>();

/** The segments whose multi-valued columns count up (see the comment at the top). */
export function multiValuedSegments(index: IndexDef): readonly number[] {
  const cached = mvCache.get(index);
  if (cached !== undefined) return cached;
  const all = (index.grbit & (C.JET_bitIndexCrossProduct | C.JET_bitIndexNestedTable)) !== 0;
  const out: number[] = [];
  index.segments.forEach((seg, i) => {
    if (seg.column.tagged && seg.column.has(COLUMN.MultiValued) && (all || out.length === 0)) out.push(i);
  });
  mvCache.set(index, out);
  return out;
}

/** Every entry key of a record in the index, in enumeration order, without repeats. */
export function indexKeys(index: IndexDef, values: RecordValues): IndexKey[] {
  if (!meetsConditions(index.conditions, values)) return [];
  const mv = multiValuedSegments(index);
  const nested = (index.grbit & C.JET_bitIndexNestedTable) !== 0 && (index.grbit & C.JET_bitIndexCrossProduct) === 0;
  const itags = index.segments.map(() => 1);
  const out: IndexKey[] = [];
  const seen = new Set<string>();
  const tuples = index.tuples;
  const firstMv = mv[0] === 0;
  for (;;) {
    let rollover = -1;
    let complete = false;
    // Each tuple of the first column in turn (a plain index has one "tuple": the whole value).
    const count = tuples === null ? 1 : tuples.toIndexMax;
    for (let t = 0; t < count; t++) {
      const made = keyAt(index, values, itags, nested, tuples === null ? 0 : tuples.start + t * tuples.increment);
      if (made === 'outOfTuples') {
        // recupd.cxx: the tuples of this value are done; unless the first column is multi-valued, so is the record.
        if (!firstMv) complete = true;
        break;
      }
      if (made.outOfKeys >= 0) {
        rollover = made.outOfKeys;
        break;
      }
      if (!allowsNulls(index, made.nulls)) {
        complete = true;
        break;
      }
      if (!seen.has(made.key)) {
        seen.add(made.key);
        out.push({ key: made.key, itags: itags.slice(), tupleOffset: tuples === null ? 0 : tuples.start + t * tuples.increment });
      }
      if (made.nulls === 'all') complete = true;
    }
    if (complete || mv.length === 0) break;
    if (rollover < 0) {
      // No column ran out: the next value of the least significant one (all of them in a nested-table index).
      if (nested) for (const s of mv) itags[s] += 1;
      else itags[mv[mv.length - 1]] += 1;
      continue;
    }
    if (nested) break;
    // The column at `rollover` ran out: back to its first value, and the next more significant one moves on.
    const before = mv.filter((s) => s < rollover);
    if (before.length === 0) break;
    for (const s of mv) if (s >= rollover) itags[s] = 1;
    itags[before[before.length - 1]] += 1;
  }
  return out;
}

/** The keys alone (what a table image's index tree holds per record). */
export function entryKeysOf(index: IndexDef, values: RecordValues): string[] {
  // The common case (no multi-valued column, tuples or conditions): the base key or nothing.
  if (index.tuples === null && index.conditions.length === 0 && multiValuedSegments(index).length === 0) {
    const key = keyAtItag(index, values, 1);
    return typeof key === 'string' ? [key] : [];
  }
  return indexKeys(index, values).map((k) => k.key);
}

/** The key of a record that an entry key is (which itags, which tuple), or undefined. */
export function entryOf(index: IndexDef, values: RecordValues, key: string): IndexKey | undefined {
  return indexKeys(index, values).find((k) => k.key === key);
}

/**
 * The key JetGotoBookmark / JetSetCurrentIndex3(NoMove) use: the first
 * multi-valued column at `itag` (KeySequence's itag constructor). 'outOfKeys'
 * when that value does not exist (itag > 1), null when the index takes no
 * entry for it.
 */
export function keyAtItag(index: IndexDef, values: RecordValues, itag: number): string | null | 'outOfKeys' {
  // One integer column holding a whole value: no NULL rule, truncation or condition can apply.
  const seg = index.integerKey;
  if (seg !== null && itag === 1) {
    const list = values.get(seg.column.columnid);
    const v = list === undefined ? undefined : list[0];
    if (v !== undefined && v.length === seg.fixedSize) return integerSegment(seg, v);
  }
  if (!meetsConditions(index.conditions, values)) return null;
  const mv = multiValuedSegments(index);
  let itags: readonly number[] = BASE_KEY;
  if (itag > 1 && mv.length > 0) {
    const picked = index.segments.map(() => 1);
    picked[mv[0]] = itag;
    itags = picked;
  }
  const nested = (index.grbit & C.JET_bitIndexNestedTable) !== 0 && (index.grbit & C.JET_bitIndexCrossProduct) === 0;
  // rec.cxx ErrRECIGotoBookmark makes the key at tuple offset 0; out of tuples: no entry.
  const made = keyAt(index, values, itags, nested, 0);
  if (made === 'outOfTuples') return null;
  if (made.outOfKeys >= 0) return 'outOfKeys';
  return allowsNulls(index, made.nulls) ? made.key : null;
}
