/**
 * JetIdle (tm.cxx ErrIsamIdle): the idle work a caller may ask for. esemu has no background tasks and no cache, so
 * the work is the version store's clean-up; the codes are the engine's. The first group of bits is an if / else-if
 * chain (at most one branch runs); JET_bitIdleFlushBuffers is refused after it; unknown bits are ignored.
 */
import * as C from '../constants/constants';
import {
  JET_errInvalidGrbit, JET_errSuccess, JET_wrnIdleFull, JET_wrnNoIdleActivity, JET_wrnRemainingVersions,
} from '../constants/errors';
import { fail } from '../storage/failure';
import { PARAM } from './params';
import type { Session } from './session';
import { cleanUp, VERSION_BUCKET_BYTES } from './versionStore';

/** JetIdle after the session gate. */
export function idle(ses: Session, grbit: number): number {
  const inst = ses.instance;
  const store = inst.versionStore;
  let result: number = JET_errSuccess;
  if ((grbit & C.JET_bitIdleStatus) !== 0) {
    // ver.cxx ErrVERStatus: full past 60% of the smaller of the store's size and the preferred size.
    const most = Math.min(inst.param(PARAM.MaxVerPages), inst.param(C.JET_paramPreferredVerPages));
    if (Math.ceil(store.used / VERSION_BUCKET_BYTES) > most * 0.6) result = JET_wrnIdleFull;
  } else if (grbit === 0 || (grbit & C.JET_bitIdleCompact) !== 0) {
    cleanUp(inst, null);
    result = JET_wrnNoIdleActivity;
  } else if ((grbit & C.JET_bitIdleCompactAsync) !== 0) {
    fail(JET_errInvalidGrbit);
  } else if ((grbit & C.JET_bitIdleWaitForAsyncActivity) !== 0) {
    if (store.used > 0) result = JET_wrnRemainingVersions;
  }
  if ((grbit & C.JET_bitIdleFlushBuffers) !== 0) fail(JET_errInvalidGrbit);
  // JET_bitIdleAvailBuffersStatus: esemu has no buffer cache to run short of.
  return result;
}
