/**
 * JetGetThreadStats's answer (jetapi.cxx JetGetThreadStatsEx): the calling thread's counters, as many bytes of the
 * engine's per-thread struct (JET_THREADSTATS4, tls.hxx) as the caller's buffer holds, with cbStruct the number of
 * bytes copied. esemu has no buffer cache, no pages and no log, so it has nothing to count: every counter is 0
 * (docs/differences.md).
 */

/** sizeof(JET_THREADSTATS), the smallest buffer the call takes. */
export const THREADSTATS_SIZE = 32;
/** sizeof(JET_THREADSTATS2) on x64 (ManagedEsent's Windows10Api passes it). */
export const THREADSTATS2_SIZE = 48;
/** sizeof(JET_THREADSTATS4), the struct the engine keeps per thread (x64 layout, 8-byte alignment). */
export const THREADSTATS4_SIZE = 128;

/** JetGetThreadStats's result: cbStruct and the counters of JET_THREADSTATS4 that fit in it. */
export interface JET_THREADSTATS {
  cbStruct: number;
  cPageReferenced?: number;
  cPageRead?: number;
  cPagePreread?: number;
  cPageDirtied?: number;
  cPageRedirtied?: number;
  cLogRecord?: number;
  cbLogRecord?: number;
  cusecPageCacheMiss?: number;
  cPageCacheMiss?: number;
  cSeparatedLongValueRead?: number;
  cusecLongValuePageCacheMiss?: number;
  cLongValuePageCacheMiss?: number;
  cSeparatedLongValueCreated?: number;
  cPageUniqueCacheHits?: number;
  cPageUniqueCacheRequests?: number;
  cDatabaseReads?: number;
  cSumDatabaseReadQueueDepthImpact?: number;
  cSumDatabaseReadQueueDepth?: number;
  cusecWait?: number;
  cWait?: number;
  cNodesFlagDeleted?: number;
  cbNodesFlagDeleted?: number;
  cPageTableAllocated?: number;
  cPageTableReleased?: number;
  cPageUpdateAllocated?: number;
  cPageUpdateReleased?: number;
  cPageUniqueModified?: number;
}

type Counter = Exclude<keyof JET_THREADSTATS, 'cbStruct'>;

/** Each counter of JET_THREADSTATS4 (jethdr.w) with the offset its bytes end at in the x64 layout. */
const COUNTERS: ReadonlyArray<readonly [Counter, number]> = [
  ['cPageReferenced', 8], ['cPageRead', 12], ['cPagePreread', 16], ['cPageDirtied', 20], ['cPageRedirtied', 24],
  ['cLogRecord', 28], ['cbLogRecord', 32],
  // JET_THREADSTATS2: an unsigned __int64 at 32, then a ULONG.
  ['cusecPageCacheMiss', 40], ['cPageCacheMiss', 44],
  // JET_THREADSTATS3: a ULONG, then an unsigned __int64 at 48, then a ULONG.
  ['cSeparatedLongValueRead', 48], ['cusecLongValuePageCacheMiss', 56], ['cLongValuePageCacheMiss', 60],
  // JET_THREADSTATS4.
  ['cSeparatedLongValueCreated', 64], ['cPageUniqueCacheHits', 68], ['cPageUniqueCacheRequests', 72],
  ['cDatabaseReads', 76], ['cSumDatabaseReadQueueDepthImpact', 80], ['cSumDatabaseReadQueueDepth', 84],
  // 4 bytes of padding, then an unsigned __int64 at 88.
  ['cusecWait', 96], ['cWait', 100], ['cNodesFlagDeleted', 104], ['cbNodesFlagDeleted', 108],
  ['cPageTableAllocated', 112], ['cPageTableReleased', 116], ['cPageUpdateAllocated', 120],
  ['cPageUpdateReleased', 124], ['cPageUniqueModified', 128],
];

/** The counters as a buffer of `room` bytes (at least THREADSTATS_SIZE) receives them. */
export function threadStats(room: number): JET_THREADSTATS {
  const cbStruct = Math.min(room, THREADSTATS4_SIZE);
  const stats: JET_THREADSTATS = { cbStruct };
  for (const [name, end] of COUNTERS) if (end <= cbStruct) stats[name] = 0;
  return stats;
}
