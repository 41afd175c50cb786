import { JET_errInvalidParameter, JET_errSuccess } from '../constants/errors';
import { fail } from '../storage/failure';
import {
  beginSession, dupSession, endSession, resetSessionContext, sessionInfo, setSessionContext,
} from '../engine/session';
import { beginTransaction, commitTransaction, rollback } from '../engine/transaction';
import { enterInstance, enterSession } from '../engine/gates';
import { idle } from '../engine/idle';
import { getSessionParameter, setSessionParameter } from '../engine/sessionParams';
import { grbitArg, inputBytes, intArg, optionalOut, outArg, outputBuffer, sizeArg } from './args';
import { instanceOf, sessionOf } from './handles';
import { apiFunction, Host } from './host';
import type { JET_COMMIT_ID, JET_INSTANCE, JET_SESID, JET_SESSIONINFO, Out } from './types';

/**
 * What JetGetVersion reports: the esent.dll of Windows 10 (version 10.0, build 19041, service pack 0) in the
 * layout jetapi.cxx JetGetVersionEx builds for esent.dll (major in bits 28-31, minor 24-27, build 8-23, service pack
 * 0-7). ManagedEsent turns on the calls of each Windows version by the build number; 19041 turns all of them on.
 */
const ESENT_VERSION = ((10 << 28) | (0 << 24) | (19041 << 8) | 0) >>> 0;

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
      if (!Number.isSafeInteger(ulContext)) fail(JET_errInvalidParameter);
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
      if (!Number.isSafeInteger(trxid)) fail(JET_errInvalidParameter);
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
    JetIdle: apiFunction(host, 'JetIdle', (e, sesid: JET_SESID, grbit: number) => {
      const ses = sessionOf(e, sesid);
      const bits = grbitArg(grbit);
      enterSession(e, ses, false);
      return idle(ses, bits);
    }),
    JetGetVersion: apiFunction(host, 'JetGetVersion', (e, sesid: JET_SESID, pwVersion: Out<number>) => {
      const ses = sessionOf(e, sesid);
      const box = outArg<number>(pwVersion);
      enterSession(e, ses, false);
      box.value = ESENT_VERSION;
      return JET_errSuccess;
    }),
    JetSetSessionParameter: apiFunction(host, 'JetSetSessionParameter',
      (e, sesid: JET_SESID, sesparamid: number, pvParam: Uint8Array | null, cbParam: number) => {
        const ses = sessionOf(e, sesid);
        const id = intArg(sesparamid);
        const cb = sizeArg(cbParam);
        // A NULL buffer with a size is the engine's own InvalidParameter (after the gate): only a buffer is read here.
        const data = pvParam === null || pvParam === undefined ? null : inputBytes(pvParam, cb);
        enterSession(e, ses, false);
        return setSessionParameter(ses, id, data, cb);
      }),
    JetGetSessionParameter: apiFunction(host, 'JetGetSessionParameter',
      (e, sesid: JET_SESID, sesparamid: number, pvParam: Uint8Array | null, cbParamMax: number, pcbParamActual: Out<number> | null) => {
        const ses = sessionOf(e, sesid);
        const id = intArg(sesparamid);
        const buffer = outputBuffer(pvParam, cbParamMax);
        const room = sizeArg(cbParamMax);
        const actual = optionalOut<number>(pcbParamActual);
        // jetapi.cxx JetGetSessionParameterEx enters the session's instance, not the session (a monitor may read it).
        enterInstance(ses.instance);
        getSessionParameter(ses, id, buffer, room, actual === null ? null : (n) => { actual.value = n; });
        return JET_errSuccess;
      }),
  };
}
