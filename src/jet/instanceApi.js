"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.instanceApi = instanceApi;
const paramScope_1 = require("../constants/paramScope");
const errors_1 = require("../constants/errors");
const failure_1 = require("../storage/failure");
const gates_1 = require("../engine/gates");
const instance_1 = require("../engine/instance");
const params_1 = require("../engine/params");
const paramDefaults_1 = require("../constants/paramDefaults");
const failure_2 = require("../storage/failure");
const host_1 = require("./host");
const args_1 = require("./args");
const handles_1 = require("./handles");
const instanceInfo_1 = require("../engine/instanceInfo");
const JET_RSTINFO_SIZE = 48;
function isNilHandle(h) {
    return h === undefined || h === null || h === 0 || h === -1;
}
function instanceApi(host) {
    function create(engine, pinstance, name, displayName) {
        const box = (0, args_1.outArg)(pinstance);
        const n = (0, args_1.optionalString)(name);
        const d = (0, args_1.optionalString)(displayName);
        box.value = -1;
        box.value = (0, instance_1.createInstance)(engine, n, d).handle;
        return errors_1.JET_errSuccess;
    }
    function init(engine, pinstance, rstInfo) {
        const box = (0, args_1.optionalOut)(pinstance);
        if (rstInfo !== null && rstInfo !== undefined && (0, args_1.objectArg)(rstInfo).cbStruct !== JET_RSTINFO_SIZE) {
            (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
        }
        const given = box === null ? 0 : box.value;
        // The in/out instance: a handle, or nothing yet (undefined / null / 0 / nil) to ask for a new one.
        if (given !== undefined && given !== null && typeof given !== 'number')
            (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
        const target = typeof given === 'number' && given !== 0 && given !== -1 ? given : null;
        if (box !== null && target === null)
            box.value = -1;
        const inst = (0, instance_1.initInstance)(engine, target, box !== null, () => {
            if (box !== null)
                box.value = 0;
        });
        if (box !== null && inst.handle !== target)
            box.value = inst.handle;
        return errors_1.JET_errSuccess;
    }
    /**
     * Resolve the instance a parameter call targets, as jetapi.cxx divines it: in one-instance mode the one instance
     * (sesid and instance ignored); in multi-instance mode the session's (checked first), else the given instance;
     * otherwise none (the global defaults).
     */
    function paramTarget(engine, instance, sesid, paramid) {
        // One-instance mode: the instance, unless the parameter is global, which no instance gate guards
        // (jetapi.cxx JetSetSystemParameterEx / JetGetSystemParameterEx).
        if (engine.runMode === 'oneInstance')
            return paramScope_1.globalParamIds.has((0, args_1.intArg)(paramid)) ? null : (0, instance_1.findInstance)(engine, 0);
        if (engine.runMode !== 'multiInstance')
            return null;
        if (!isNilHandle(sesid))
            return (0, handles_1.sessionOf)(engine, sesid).instance;
        const given = instance();
        return isNilHandle(given) ? null : (0, handles_1.instanceOf)(engine, given);
    }
    /**
     * A JetSetSystemParameter lParam (NULL and undefined stand for 0), checked to be a 32-bit integer. It is a
     * ULONG_PTR: for a parameter of the engine's table 0xFFFFFFFF stays 4294967295 and -1 is the largest value there is
     * (params.ts tableSet compares unsigned); a modelled parameter gets it as a signed 32-bit number, as it always has.
     */
    function lParamArg(id, lParam) {
        const raw = lParam === undefined || lParam === null ? 0 : lParam;
        const signed = (0, args_1.intArg)(raw);
        return params_1.modelledParams.has(id) ? signed : raw;
    }
    /**
     * The session a parameter call names, for the one parameter the engine keeps per session when a session is given
     * (jetapi.cxx GetCommitDefault / SetCommitDefault: JET_paramCommitDefault is then the session's CommitDefault).
     */
    function paramSession(engine, sesid, paramid) {
        if (paramid !== params_1.PARAM.CommitDefault || engine.runMode !== 'multiInstance' || isNilHandle(sesid))
            return null;
        return (0, handles_1.sessionOf)(engine, sesid);
    }
    function setParam(engine, target, paramid, lParam, sz, ses = null) {
        if (target !== null)
            (0, gates_1.enterInstanceWithoutInit)(target);
        // A modelled parameter takes lParam; one of the engine's table its argument by type (szParam for a string, NULL
        // as ''; else lParam); any other, szParam when given.
        const value = params_1.modelledParams.has(paramid) ? lParam
            : paramDefaults_1.paramDefaults.has(paramid) ? ((0, params_1.isStringParam)(paramid) ? sz ?? '' : lParam)
                : sz !== null ? sz : lParam;
        const ctx = { instanceInitialized: target !== null && target.state !== 'created', runModeSet: engine.runMode !== 'none' };
        const result = (0, params_1.checkedSet)(target === null ? engine.globalParams : target.params, paramid, value, ctx);
        if (result.code < 0)
            (0, failure_1.fail)(result.code);
        if (ses !== null)
            ses.commitDefault = lParam;
        else if (target === null)
            engine.globalParams = result.params;
        else
            target.params = result.params;
        return result.code;
    }
    return {
        JetCreateInstance: (0, host_1.apiFunction)(host, 'JetCreateInstance', (e, pinstance, szInstanceName) => create(e, pinstance, szInstanceName, null)),
        JetCreateInstance2: (0, host_1.apiFunction)(host, 'JetCreateInstance2', (e, pinstance, szInstanceName, szDisplayName, grbit) => {
            (0, args_1.grbitArg)(grbit);
            return create(e, pinstance, szInstanceName, szDisplayName);
        }),
        JetInit: (0, host_1.apiFunction)(host, 'JetInit', (e, pinstance) => init(e, pinstance, null)),
        JetInit2: (0, host_1.apiFunction)(host, 'JetInit2', (e, pinstance, grbit) => {
            (0, args_1.grbitArg)(grbit);
            return init(e, pinstance, null);
        }),
        JetInit3: (0, host_1.apiFunction)(host, 'JetInit3', (e, pinstance, prstInfo, grbit) => {
            (0, args_1.grbitArg)(grbit);
            return init(e, pinstance, prstInfo);
        }),
        JetTerm: (0, host_1.apiFunction)(host, 'JetTerm', (e, instance) => (0, instance_1.termInstance)(e, (0, handles_1.instanceOf)(e, instance), 0x2)),
        JetTerm2: (0, host_1.apiFunction)(host, 'JetTerm2', (e, instance, grbit) => {
            const inst = (0, handles_1.instanceOf)(e, instance);
            return (0, instance_1.termInstance)(e, inst, (0, args_1.grbitArg)(grbit));
        }),
        JetStopService: (0, host_1.apiFunction)(host, 'JetStopService', (e) => {
            (0, instance_1.stopServiceLegacy)(e);
            return errors_1.JET_errSuccess;
        }),
        JetStopServiceInstance: (0, host_1.apiFunction)(host, 'JetStopServiceInstance', (e, instance) => {
            (0, instance_1.stopInstance)((0, handles_1.instanceOf)(e, instance));
            return errors_1.JET_errSuccess;
        }),
        JetStopServiceInstance2: (0, host_1.apiFunction)(host, 'JetStopServiceInstance2', (e, instance, grbit) => {
            const inst = (0, handles_1.instanceOf)(e, instance);
            (0, instance_1.stopInstance2)(inst, (0, args_1.grbitArg)(grbit));
            return errors_1.JET_errSuccess;
        }),
        JetEnableMultiInstance: (0, host_1.apiFunction)(host, 'JetEnableMultiInstance', (e, psetsysparam, csetsysparam, pcsetsucceed) => {
            const count = (0, args_1.sizeArg)(csetsysparam);
            const list = count === 0 ? [] : (0, args_1.arrayArg)(psetsysparam, count);
            const params = [];
            for (let i = 0; i < count; i++) {
                const p = (0, args_1.objectArg)(list[i]);
                (0, args_1.writableField)(p, 'err');
                params.push(p);
            }
            const succeeded = (0, args_1.optionalOut)(pcsetsucceed);
            let ok = 0;
            try {
                (0, instance_1.enableMultiInstance)(e, count, (i) => {
                    const p = params[i];
                    try {
                        const id = (0, args_1.intArg)(p.paramid);
                        p.err = setParam(e, null, id, lParamArg(id, p.lParam), (0, args_1.optionalString)(p.sz));
                    }
                    catch (caught) {
                        if (caught instanceof failure_2.EngineFailure)
                            p.err = caught.code;
                        throw caught;
                    }
                    ok += 1;
                });
            }
            finally {
                if (succeeded !== null)
                    succeeded.value = ok;
            }
            return errors_1.JET_errSuccess;
        }),
        JetSetSystemParameter: (0, host_1.apiFunction)(host, 'JetSetSystemParameter', (e, pinstance, sesid, paramid, lParam, szParam) => {
            // The box is read only when the session does not name the instance.
            const box = (0, args_1.optionalOut)(pinstance);
            const target = paramTarget(e, () => (box === null ? null : box.value), sesid, paramid);
            const id = (0, args_1.intArg)(paramid);
            return setParam(e, target, id, lParamArg(id, lParam), (0, args_1.optionalString)(szParam), paramSession(e, sesid, id));
        }),
        JetGetSystemParameter: (0, host_1.apiFunction)(host, 'JetGetSystemParameter', (e, instance, sesid, paramid, plParam, szParam, cbMax) => {
            // Handles first (the session, else the instance), then the parameter and the outputs.
            const target = paramTarget(e, () => instance, sesid, paramid);
            const id = (0, args_1.intArg)(paramid);
            const numberOut = (0, args_1.optionalOut)(plParam);
            const stringOut = (0, args_1.optionalOut)(szParam);
            (0, args_1.sizeArg)(cbMax);
            if (!params_1.knownParamIds.has(id))
                (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
            // jetapi.cxx JetGetSystemParameterEx: the gate of an instance found from the arguments runs before the read.
            if (target !== null)
                (0, gates_1.enterInstanceWithoutInit)(target);
            if (id === params_1.PARAM.TransactionLevel) {
                // The level is a session's: without one the request itself is malformed.
                if (sesid === undefined || sesid === null || sesid === 0 || sesid === -1)
                    (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
                const ses = (0, handles_1.sessionOf)(e, sesid);
                if (numberOut === null)
                    (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
                numberOut.value = ses.level;
                return errors_1.JET_errSuccess;
            }
            const ses = paramSession(e, sesid, id);
            const value = ses !== null ? ses.commitDefault : (0, params_1.paramValue)(target === null ? e.globalParams : target.params, id);
            if (typeof value === 'number') {
                if (numberOut === null)
                    (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
                numberOut.value = value;
            }
            else {
                // jetapi.cxx CJetParam::GetString: a string needs a buffer of at least one character (InvalidParameter);
                // one too small for the string and its terminating NUL is BufferTooSmall (ErrOSStrCbCopyW), and
                // JetGetSystemParameterA then leaves its buffer unwritten.
                if (stringOut === null || cbMax < 1)
                    (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
                if (value.length + 1 > cbMax)
                    return errors_1.JET_errBufferTooSmall;
                stringOut.value = value;
            }
            return errors_1.JET_errSuccess;
        }),
        JetGetInstanceInfo: (0, host_1.apiFunction)(host, 'JetGetInstanceInfo', (e, pcInstanceInfo, paInstanceInfo) => {
            // io.cxx ErrIsamGetInstanceInfo: no gate; only the outputs are checked.
            const count = (0, args_1.outArg)(pcInstanceInfo);
            const list = (0, args_1.outArg)(paInstanceInfo);
            const infos = (0, instanceInfo_1.instanceInfo)(e);
            count.value = infos.length;
            list.value = infos;
            return errors_1.JET_errSuccess;
        }),
    };
}
