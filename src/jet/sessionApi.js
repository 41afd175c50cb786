"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sessionApi = sessionApi;
const errors_1 = require("../constants/errors");
const failure_1 = require("../storage/failure");
const session_1 = require("../engine/session");
const transaction_1 = require("../engine/transaction");
const gates_1 = require("../engine/gates");
const idle_1 = require("../engine/idle");
const sessionParams_1 = require("../engine/sessionParams");
const args_1 = require("./args");
const handles_1 = require("./handles");
const host_1 = require("./host");
/**
 * What JetGetVersion reports: the esent.dll of Windows 10 (version 10.0, build 19041, service pack 0) in the
 * layout jetapi.cxx JetGetVersionEx builds for esent.dll (major in bits 28-31, minor 24-27, build 8-23, service pack
 * 0-7). ManagedEsent turns on the calls of each Windows version by the build number; 19041 turns all of them on.
 */
const ESENT_VERSION = ((10 << 28) | (0 << 24) | (19041 << 8) | 0) >>> 0;
/** Transaction ids JetBeginTransaction / JetBeginTransaction2 tag their levels with, as esent.dll does. */
const TRXID_BEGIN = 57573;
const TRXID_BEGIN2 = 32997;
function sessionApi(host) {
    return {
        JetBeginSession: (0, host_1.apiFunction)(host, 'JetBeginSession', (e, instance, psesid, szUserName, szPassword) => {
            const inst = (0, handles_1.instanceOf)(e, instance);
            const box = (0, args_1.outArg)(psesid);
            box.value = (0, session_1.beginSession)(e, inst).handle;
            return errors_1.JET_errSuccess;
        }),
        JetDupSession: (0, host_1.apiFunction)(host, 'JetDupSession', (e, sesid, psesid) => {
            const ses = (0, handles_1.sessionOf)(e, sesid);
            const box = (0, args_1.outArg)(psesid);
            box.value = (0, session_1.dupSession)(e, ses).handle;
            return errors_1.JET_errSuccess;
        }),
        JetEndSession: (0, host_1.apiFunction)(host, 'JetEndSession', (e, sesid, grbit) => {
            const ses = (0, handles_1.sessionOf)(e, sesid);
            // The engine never reads this grbit; documented fidelity checks it.
            let bits = 0;
            if (e.options.fidelity === 'documented') {
                if (typeof grbit !== 'number')
                    (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
                bits = grbit;
            }
            (0, session_1.endSession)(e, ses, bits);
            return errors_1.JET_errSuccess;
        }),
        JetSetSessionContext: (0, host_1.apiFunction)(host, 'JetSetSessionContext', (e, sesid, ulContext) => {
            const ses = (0, handles_1.sessionOf)(e, sesid);
            if (typeof ulContext !== 'number' || !Number.isSafeInteger(ulContext))
                (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
            (0, session_1.setSessionContext)(e, ses, ulContext);
            return errors_1.JET_errSuccess;
        }),
        JetResetSessionContext: (0, host_1.apiFunction)(host, 'JetResetSessionContext', (e, sesid) => {
            (0, session_1.resetSessionContext)(e, (0, handles_1.sessionOf)(e, sesid));
            return errors_1.JET_errSuccess;
        }),
        JetGetSessionInfo: (0, host_1.apiFunction)(host, 'JetGetSessionInfo', (e, sesid, pvResult, cbMax, ulInfoLevel) => {
            const ses = (0, handles_1.sessionOf)(e, sesid);
            const box = (0, args_1.outArg)(pvResult);
            const info = (0, session_1.sessionInfo)(e, ses, (0, args_1.sizeArg)(cbMax), (0, args_1.intArg)(ulInfoLevel));
            box.value = {
                ulTrxBegin0: info.trxBegin0, ulTrxLevel: info.trxLevel, ulProcid: info.procid, ulFlags: info.flags, ulTrxContext: info.trxContext,
            };
            return errors_1.JET_errSuccess;
        }),
        JetBeginTransaction: (0, host_1.apiFunction)(host, 'JetBeginTransaction', (e, sesid) => {
            (0, transaction_1.beginTransaction)(e, (0, handles_1.sessionOf)(e, sesid), TRXID_BEGIN, 0);
            return errors_1.JET_errSuccess;
        }),
        JetBeginTransaction2: (0, host_1.apiFunction)(host, 'JetBeginTransaction2', (e, sesid, grbit) => {
            const ses = (0, handles_1.sessionOf)(e, sesid);
            (0, transaction_1.beginTransaction)(e, ses, TRXID_BEGIN2, (0, args_1.grbitArg)(grbit));
            return errors_1.JET_errSuccess;
        }),
        JetBeginTransaction3: (0, host_1.apiFunction)(host, 'JetBeginTransaction3', (e, sesid, trxid, grbit) => {
            const ses = (0, handles_1.sessionOf)(e, sesid);
            if (typeof trxid !== 'number' || !Number.isSafeInteger(trxid))
                (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
            (0, transaction_1.beginTransaction)(e, ses, trxid, (0, args_1.grbitArg)(grbit));
            return errors_1.JET_errSuccess;
        }),
        JetCommitTransaction: (0, host_1.apiFunction)(host, 'JetCommitTransaction', (e, sesid, grbit) => {
            const ses = (0, handles_1.sessionOf)(e, sesid);
            (0, transaction_1.commitTransaction)(e, ses, (0, args_1.grbitArg)(grbit), 0);
            return errors_1.JET_errSuccess;
        }),
        JetCommitTransaction2: (0, host_1.apiFunction)(host, 'JetCommitTransaction2', (e, sesid, grbit, cmsecDurableCommit, pCommitId) => {
            const ses = (0, handles_1.sessionOf)(e, sesid);
            const bits = (0, args_1.grbitArg)(grbit);
            const durable = (0, args_1.sizeArg)(cmsecDurableCommit);
            const box = (0, args_1.optionalOut)(pCommitId);
            (0, transaction_1.commitTransaction)(e, ses, bits, durable);
            if (box !== null)
                box.value = { commitId: e.trxClock };
            return errors_1.JET_errSuccess;
        }),
        JetRollback: (0, host_1.apiFunction)(host, 'JetRollback', (e, sesid, grbit) => {
            const ses = (0, handles_1.sessionOf)(e, sesid);
            (0, transaction_1.rollback)(e, ses, (0, args_1.grbitArg)(grbit));
            return errors_1.JET_errSuccess;
        }),
        JetIdle: (0, host_1.apiFunction)(host, 'JetIdle', (e, sesid, grbit) => {
            const ses = (0, handles_1.sessionOf)(e, sesid);
            const bits = (0, args_1.grbitArg)(grbit);
            (0, gates_1.enterSession)(e, ses, false);
            return (0, idle_1.idle)(ses, bits);
        }),
        JetGetVersion: (0, host_1.apiFunction)(host, 'JetGetVersion', (e, sesid, pwVersion) => {
            const ses = (0, handles_1.sessionOf)(e, sesid);
            const box = (0, args_1.outArg)(pwVersion);
            (0, gates_1.enterSession)(e, ses, false);
            box.value = ESENT_VERSION;
            return errors_1.JET_errSuccess;
        }),
        JetSetSessionParameter: (0, host_1.apiFunction)(host, 'JetSetSessionParameter', (e, sesid, sesparamid, pvParam, cbParam) => {
            const ses = (0, handles_1.sessionOf)(e, sesid);
            const id = (0, args_1.intArg)(sesparamid);
            const cb = (0, args_1.sizeArg)(cbParam);
            // A NULL buffer with a size is the engine's own InvalidParameter (after the gate): only a buffer is read here.
            const data = pvParam === null || pvParam === undefined ? null : (0, args_1.inputBytes)(pvParam, cb);
            (0, gates_1.enterSession)(e, ses, false);
            return (0, sessionParams_1.setSessionParameter)(ses, id, data, cb);
        }),
        JetGetSessionParameter: (0, host_1.apiFunction)(host, 'JetGetSessionParameter', (e, sesid, sesparamid, pvParam, cbParamMax, pcbParamActual) => {
            const ses = (0, handles_1.sessionOf)(e, sesid);
            const id = (0, args_1.intArg)(sesparamid);
            const buffer = (0, args_1.outputBuffer)(pvParam, cbParamMax);
            const room = (0, args_1.sizeArg)(cbParamMax);
            const actual = (0, args_1.optionalOut)(pcbParamActual);
            // jetapi.cxx JetGetSessionParameterEx enters the session's instance, not the session (a monitor may read it).
            (0, gates_1.enterInstance)(ses.instance);
            (0, sessionParams_1.getSessionParameter)(ses, id, buffer, room, actual === null ? null : (n) => { actual.value = n; });
            return errors_1.JET_errSuccess;
        }),
    };
}
