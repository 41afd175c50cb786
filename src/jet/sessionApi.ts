import { JET_errInvalidParameter, JET_errSuccess } from '../constants/errors';
import { fail } from '../storage/failure';
import {
  beginSession, dupSession, endSession, resetSessionContext, sessionInfo, setSessionContext,
} from '../engine/session';
import { beginTransaction, commitTransaction, rollback } from '../engine/transaction';
import { grbitArg, intArg, optionalOut, outArg, sizeArg } from './args';
import { instanceOf, sessionOf } from './handles';
import { apiFunction, Host } from './host';
import type { JET_COMMIT_ID, JET_INSTANCE, JET_SESID, JET_SESSIONINFO, Out } from './types';

/** Transaction ids JetBeginTransaction / JetBeginTransaction2 tag their levels with, as esent.dll does. */
const TRXID_BEGIN = 57573;
const TRXID_BEGIN2 = 32997;

export function sessionApi(host: Host) {
  return {
    JetBeginSession: apiFunction(host, 'JetBeginSession',
      (e, instance: JET_INSTANCE, psesid: Out<JET_SESID>, szUserName?: string | null, szPassword?: string | null) => {
        const inst = instanceOf(e, instance);
        const box = outArg<JET_SESID>(psesid);
        box.value = beginSession(e, inst).handle as JET_SESID;
        return JET_errSuccess;
      }),
    JetDupSession: apiFunction(host, 'JetDupSession', (e, sesid: JET_SESID, psesid: Out<JET_SESID>) => {
      const ses = sessionOf(e, sesid);
      const box = outArg<JET_SESID>(psesid);
      box.value = dupSession(e, ses).handle as JET_SESID;
      return JET_errSuccess;
    }),
    JetEndSession: apiFunction(host, 'JetEndSession', (e, sesid: JET_SESID, grbit: number) => {
      const ses = sessionOf(e, sesid);
      // The engine never reads this grbit; documented fidelity checks it.
      let bits = 0;
      if (e.options.fidelity === 'documented') {
        if (typeof grbit !== 'number') fail(JET_errInvalidParameter);
        bits = grbit;
      }
      endSession(e, ses, bits);
      return JET_errSuccess;
    }),
    JetSetSessionContext: apiFunction(host, 'JetSetSessionContext', (e, sesid: JET_SESID, ulContext: number) => {
      const ses = sessionOf(e, sesid);
      if (typeof ulContext !== 'number' || !Number.isSafeInteger(ulContext)) fail(JET_errInvalidParameter);
      setSessionContext(e, ses, ulContext);
      return JET_errSuccess;
    }),
    JetResetSessionContext: apiFunction(host, 'JetResetSessionContext', (e, sesid: JET_SESID) => {
      resetSessionContext(e, sessionOf(e, sesid));
      return JET_errSuccess;
    }),
    JetGetSessionInfo: apiFunction(host, 'JetGetSessionInfo',
      (e, sesid: JET_SESID, pvResult: Out<JET_SESSIONINFO>, cbMax: number, ulInfoLevel: number) => {
        const ses = sessionOf(e, sesid);
        const box = outArg<JET_SESSIONINFO>(pvResult);
        const info = sessionInfo(e, ses, sizeArg(cbMax), intArg(ulInfoLevel));
        box.value = {
          ulTrxBegin0: info.trxBegin0, ulTrxLevel: info.trxLevel, ulProcid: info.procid, ulFlags: info.flags, ulTrxContext: info.trxContext,
        };
        return JET_errSuccess;
      }),
    JetBeginTransaction: apiFunction(host, 'JetBeginTransaction', (e, sesid: JET_SESID) => {
      beginTransaction(e, sessionOf(e, sesid), TRXID_BEGIN, 0);
      return JET_errSuccess;
    }),
    JetBeginTransaction2: apiFunction(host, 'JetBeginTransaction2', (e, sesid: JET_SESID, grbit: number) => {
      const ses = sessionOf(e, sesid);
      beginTransaction(e, ses, TRXID_BEGIN2, grbitArg(grbit));
      return JET_errSuccess;
    }),
    JetBeginTransaction3: apiFunction(host, 'JetBeginTransaction3', (e, sesid: JET_SESID, trxid: number, grbit: number) => {
      const ses = sessionOf(e, sesid);
      if (typeof trxid !== 'number' || !Number.isSafeInteger(trxid)) fail(JET_errInvalidParameter);
      beginTransaction(e, ses, trxid, grbitArg(grbit));
      return JET_errSuccess;
    }),
    JetCommitTransaction: apiFunction(host, 'JetCommitTransaction', (e, sesid: JET_SESID, grbit: number) => {
      const ses = sessionOf(e, sesid);
      commitTransaction(e, ses, grbitArg(grbit), 0);
      return JET_errSuccess;
    }),
    JetCommitTransaction2: apiFunction(host, 'JetCommitTransaction2',
      (e, sesid: JET_SESID, grbit: number, cmsecDurableCommit: number, pCommitId: Out<JET_COMMIT_ID> | null) => {
        const ses = sessionOf(e, sesid);
        const bits = grbitArg(grbit);
        const durable = sizeArg(cmsecDurableCommit);
        const box = optionalOut<JET_COMMIT_ID>(pCommitId);
        commitTransaction(e, ses, bits, durable);
        if (box !== null) box.value = { commitId: e.trxClock };
        return JET_errSuccess;
      }),
    JetRollback: apiFunction(host, 'JetRollback', (e, sesid: JET_SESID, grbit: number) => {
      const ses = sessionOf(e, sesid);
      rollback(e, ses, grbitArg(grbit));
      return JET_errSuccess;
    }),
  };
}
