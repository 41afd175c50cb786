import { JET_errInvalidParameter, JET_errSuccess } from '../constants/errors';
import { tableOnly } from '../engine/anyCursor';
import { prereadIndexRange, prereadIndexRanges, prereadKeys } from '../engine/preread';
import { RECORD_SIZE_GRBITS, recordSize } from '../engine/recordSize';
import type { RecordSizes } from '../engine/recordSize';
import { enterSession } from '../engine/gates';
import { JET_errInvalidGrbit } from '../constants/errors';
import type { PrereadRange } from '../engine/preread';
import { fail } from '../storage/failure';
import { arrayArg, columnidArg, grbitArg, intArg, objectArg, optionalOut, outArg, sizeArg } from './args';
import { bytesLength, isBytes, ownBytes } from './callerValues';
import { cursorOf } from './handles';
import { apiFunction, Host } from './host';
import type { Engine } from '../engine/engine';
import { indexColumns } from './recordApi';
import type { JET_COLUMNID, JET_INDEX_RANGE, JET_RECSIZE, JET_RECSIZE2, JET_SESID, JET_TABLEID, Out } from './types';

const RUNNING_TOTAL = 0x2;
const RECSIZE_FIELDS = [
  'cbData', 'cbLongValueData', 'cbOverhead', 'cbLongValueOverhead', 'cNonTaggedColumns', 'cTaggedColumns', 'cLongValues',
  'cMultiValues',
] as const;
const RECSIZE2_FIELDS = [...RECSIZE_FIELDS, 'cCompressedColumns', 'cbDataCompressed', 'cbLongValueDataCompressed'] as const;

/**
 * JetGetRecordSize / JetGetRecordSize2 (jetapi.cxx JetGetRecordSize3Ex): the session gate, the grbit, then the
 * record's sizes; with JET_bitRecordSizeRunningTotal they are added to the struct the box holds (its fields read as
 * numbers, a missing one as 0), else they replace it. A failure leaves the box as it was.
 */
function getRecordSize<T extends object>(e: Engine, sesid: unknown, tableid: unknown, box: unknown, grbit: unknown, fields: readonly (keyof RecordSizes)[]): number {
  const c = cursorOf(e, sesid, tableid);
  const out = outArg<T>(box);
  const bits = grbitArg(grbit);
  enterSession(e, c.session, false);
  if ((bits & ~RECORD_SIZE_GRBITS) !== 0) fail(JET_errInvalidGrbit);
  const sizes = recordSize(e, c, bits);
  const given = (bits & RUNNING_TOTAL) !== 0 && typeof out.value === 'object' && out.value !== null ? out.value as Record<string, unknown> : null;
  const result: Record<string, number> = {};
  for (const f of fields) {
    const before = given === null ? 0 : given[f];
    result[f] = (typeof before === 'number' ? before : 0) + sizes[f];
  }
  out.value = result as T;
  return JET_errSuccess;
}

/** The preread hints (JetPrereadKeys, JetPrereadIndexRanges, JetPrereadIndexRange: src/engine/preread.ts) and JetGetRecordSize. */
export function prereadApi(host: Host) {
  return {
    JetGetRecordSize: apiFunction(host, 'JetGetRecordSize',
      (e, sesid: JET_SESID, tableid: JET_TABLEID, precsize: Out<JET_RECSIZE>, grbit: number) =>
        getRecordSize<JET_RECSIZE>(e, sesid, tableid, precsize, grbit, RECSIZE_FIELDS)),
    JetGetRecordSize2: apiFunction(host, 'JetGetRecordSize2',
      (e, sesid: JET_SESID, tableid: JET_TABLEID, precsize: Out<JET_RECSIZE2>, grbit: number) =>
        getRecordSize<JET_RECSIZE2>(e, sesid, tableid, precsize, grbit, RECSIZE2_FIELDS)),
    JetPrereadKeys: apiFunction(host, 'JetPrereadKeys',
      (e, sesid: JET_SESID, tableid: JET_TABLEID, rgpvKeys: Uint8Array[] | null, rgcbKeys: number[] | null, ckeys: number, pckeysPreread: Out<number> | null, grbit: number) => {
        const c = cursorOf(e, sesid, tableid);
        const n = intArg(ckeys);
        const keys = rgpvKeys === null || rgpvKeys === undefined ? null : keyList(rgpvKeys, Math.max(n, 0));
        const sizes = rgcbKeys === null || rgcbKeys === undefined ? null : sizeList(rgcbKeys, Math.max(n, 0));
        // A key shorter than its size is past the end of the caller's buffer: C would read garbage.
        if (keys !== null && sizes !== null) keys.forEach((k, i) => { if (k !== null && sizes[i] > bytesLength(k)) fail(JET_errInvalidParameter); });
        const count = optionalOut<number>(pckeysPreread);
        const bits = grbitArg(grbit);
        const read = prereadKeys(e, tableOnly(e, c), keys, sizes, n, bits, () => { if (count !== null) count.value = 0; });
        if (count !== null) count.value = read;
        return JET_errSuccess;
      }),
    JetPrereadIndexRanges: apiFunction(host, 'JetPrereadIndexRanges',
      (e, sesid: JET_SESID, tableid: JET_TABLEID, rgIndexRanges: JET_INDEX_RANGE[] | null, cIndexRanges: number, pcRangesPreread: Out<number> | null, rgcolumnidPreread: JET_COLUMNID[] | null, ccolumnidPreread: number, grbit: number) => {
        const c = cursorOf(e, sesid, tableid);
        const n = sizeArg(cIndexRanges);
        const ranges: PrereadRange[] = [];
        if (n > 0) {
          const list = arrayArg<unknown>(rgIndexRanges, n);
          for (let i = 0; i < n; i++) ranges.push(rangeArg(list[i]));
        }
        const count = optionalOut<number>(pcRangesPreread);
        const columns = idList(rgcolumnidPreread, ccolumnidPreread);
        const bits = grbitArg(grbit);
        const read = prereadIndexRanges(e, tableOnly(e, c), ranges, count !== null, columns, bits);
        if (count !== null) count.value = read;
        return JET_errSuccess;
      }),
    JetPrereadIndexRange: apiFunction(host, 'JetPrereadIndexRange',
      (e, sesid: JET_SESID, tableid: JET_TABLEID, pIndexRange: JET_INDEX_RANGE | null, cPageCacheMin: number, cPageCacheMax: number, grbit: number, pcPageCacheActual: Out<number> | null) => {
        const c = cursorOf(e, sesid, tableid);
        const range = pIndexRange === null || pIndexRange === undefined ? null : rangeArg(pIndexRange);
        const min = sizeArg(cPageCacheMin);
        const max = sizeArg(cPageCacheMax);
        const bits = grbitArg(grbit);
        const actual = optionalOut<number>(pcPageCacheActual);
        const pages = prereadIndexRange(e, tableOnly(e, c), range, min, max, bits);
        if (pages !== null && actual !== null) actual.value = pages;
        return JET_errSuccess;
      }),
  };
}

/** The first `n` keys of JetPrereadKeys: each a byte array, or null (the engine's own InvalidParameter). */
function keyList(value: unknown, n: number): Array<Uint8Array | null> {
  const list = arrayArg<unknown>(value, n);
  const keys: Array<Uint8Array | null> = [];
  for (let i = 0; i < n; i++) {
    const k = list[i];
    if (k === null) keys.push(null);
    else if (isBytes(k)) keys.push(ownBytes(k, bytesLength(k)).slice());
    else fail(JET_errInvalidParameter);
  }
  return keys;
}

/** The first `n` key sizes of JetPrereadKeys (a loop by index: a hole in the array is a bad size, not a skipped one). */
function sizeList(value: unknown, n: number): number[] {
  const list = arrayArg<unknown>(value, n);
  const sizes: number[] = [];
  for (let i = 0; i < n; i++) sizes.push(sizeArg(list[i]));
  return sizes;
}

/** A JET_INDEX_RANGE: its start and end columns, screened and copied. */
function rangeArg(value: unknown): PrereadRange {
  const r = objectArg<Partial<JET_INDEX_RANGE>>(value);
  return { start: indexColumns(r.rgStartColumns, r.cStartColumns ?? 0), end: indexColumns(r.rgEndColumns, r.cEndColumns ?? 0) };
}

/** The first `count` column ids of an array (none when the count is 0). */
function idList(value: unknown, count: unknown): number[] {
  const n = sizeArg(count);
  if (n === 0) return [];
  const list = arrayArg<unknown>(value, n);
  const ids: number[] = [];
  for (let i = 0; i < n; i++) ids.push(columnidArg(list[i]));
  return ids;
}
