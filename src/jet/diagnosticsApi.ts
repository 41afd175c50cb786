import { JET_errBufferTooSmall, JET_errInvalidBufferSize, JET_errInvalidParameter, JET_errSuccess } from '../constants/errors';
import { JET_ErrorInfoSpecificErr } from '../constants/constants';
import { ERRINFOBASIC_SIZE, errorInfoBasic } from '../engine/errorInfo';
import type { JET_ERRINFOBASIC } from '../engine/errorInfo';
import { THREADSTATS_SIZE, threadStats } from '../engine/threadStats';

/** The struct sizes callers pass (the managed layer's VistaApi, Windows8Api and Windows10Api calls). */
export { ERRINFOBASIC_SIZE } from '../engine/errorInfo';
export { THREADSTATS_SIZE, THREADSTATS2_SIZE } from '../engine/threadStats';
import type { JET_THREADSTATS } from '../engine/threadStats';
import { fail } from '../storage/failure';
import { grbitArg, intArg, outArg, ulongArg } from './args';
import { apiFunction, Host } from './host';
import type { Out } from './types';

/** The calls that answer about codes and the calling thread, not about an instance: no gate, no handle. */
export function diagnosticsApi(host: Host) {
  return {
    /**
     * esent.h's JetGetErrorInfoW. `pvContext` is the code asked about (C passes a pointer to it; null is NULL).
     * jetapi.cxx JetGetErrorInfoExW: the level, then the context, then the grbit (all InvalidParameter), then the
     * buffer's size (InvalidBufferSize); errValue and cbStruct are written before the code is looked up.
     */
    JetGetErrorInfo: apiFunction(host, 'JetGetErrorInfo',
      (_e, pvContext: number | null, pvResult: Out<JET_ERRINFOBASIC | Pick<JET_ERRINFOBASIC, 'cbStruct' | 'errValue'>>, cbMax: number, InfoLevel: number, grbit: number) => {
        // A NULL context is the engine's InvalidParameter, like a value that is no 32-bit integer; the level and grbit
        // checks before and after it give the same code, so where it is checked makes no difference.
        const err = intArg(pvContext);
        const box = outArg<JET_ERRINFOBASIC | Pick<JET_ERRINFOBASIC, 'cbStruct' | 'errValue'>>(pvResult);
        const room = ulongArg(cbMax);
        const level = intArg(InfoLevel);
        const bits = grbitArg(grbit);
        if (level !== JET_ErrorInfoSpecificErr || bits !== 0) fail(JET_errInvalidParameter);
        if (room < ERRINFOBASIC_SIZE) fail(JET_errInvalidBufferSize);
        box.value = errorInfoBasic(err, (partial) => { box.value = partial; });
        return JET_errSuccess;
      }),
    /** jetapi.cxx JetGetThreadStatsEx: BufferTooSmall below sizeof(JET_THREADSTATS), else the thread's counters. */
    JetGetThreadStats: apiFunction(host, 'JetGetThreadStats', (_e, pvResult: Out<JET_THREADSTATS>, cbMax: number) => {
      const box = outArg<JET_THREADSTATS>(pvResult);
      const room = ulongArg(cbMax);
      if (room < THREADSTATS_SIZE) fail(JET_errBufferTooSmall);
      box.value = threadStats(room);
      return JET_errSuccess;
    }),
  };
}
