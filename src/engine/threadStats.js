"use strict";
/**
 * JetGetThreadStats's answer (jetapi.cxx JetGetThreadStatsEx): the calling thread's counters, as many bytes of the
 * engine's per-thread struct (JET_THREADSTATS4, tls.hxx) as the caller's buffer holds, with cbStruct the number of
 * bytes copied. esemu has no buffer cache, no pages and no log, so it has nothing to count: every counter is 0
 * (docs/differences.md).
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.THREADSTATS4_SIZE = exports.THREADSTATS2_SIZE = exports.THREADSTATS_SIZE = void 0;
exports.threadStats = threadStats;
/** sizeof(JET_THREADSTATS), the smallest buffer the call takes. */
exports.THREADSTATS_SIZE = 32;
/** sizeof(JET_THREADSTATS2) on x64 (ManagedEsent's Windows10Api passes it). */
exports.THREADSTATS2_SIZE = 48;
/** sizeof(JET_THREADSTATS4), the struct the engine keeps per thread (x64 layout, 8-byte alignment). */
exports.THREADSTATS4_SIZE = 128;
/** Each counter of JET_THREADSTATS4 (jethdr.w) with the offset its bytes end at in the x64 layout. */
const COUNTERS = [
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
function threadStats(room) {
    const cbStruct = Math.min(room, exports.THREADSTATS4_SIZE);
    const stats = { cbStruct };
    for (const [name, end] of COUNTERS)
        if (end <= cbStruct)
            stats[name] = 0;
    return stats;
}
