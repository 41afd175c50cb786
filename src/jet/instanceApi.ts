import { globalParamIds } from '../constants/paramScope';
import {
  JET_errBufferTooSmall, JET_errInvalidParameter, JET_errSuccess,
} from '../constants/errors';
import type { Engine } from '../engine/engine';
import type { Session } from '../engine/session';
import { fail } from '../storage/failure';
import { enterInstanceWithoutInit } from '../engine/gates';
import {
  createInstance, enableMultiInstance, findInstance, initInstance, Instance, stopInstance, stopInstance2,
  stopServiceLegacy, termInstance,
} from '../engine/instance';
import { checkedSet, isStringParam, knownParamIds, modelledParams, PARAM, paramValue, write } from '../engine/params';
import { paramDefaults } from '../constants/paramDefaults';
import { EngineFailure } from '../storage/failure';
import { apiFunction, Host } from './host';
import { grbitArg, intArg, objectArg, optionalOut, optionalString, outArg, arrayArg, sizeArg, writableField } from './args';
import { instanceOf, sessionOf } from './handles';
import type { JET_INSTANCE, JET_INSTANCE_INFO, JET_RSTINFO, JET_SESID, JET_SETSYSPARAM, Out } from './types';
import { instanceInfo } from '../engine/instanceInfo';

const JET_RSTINFO_SIZE = 48;

function isNilHandle(h: unknown): boolean {
  return h === undefined || h === null || h === 0 || h === -1;
}

export function instanceApi(host: Host) {
  function create(engine: Engine, pinstance: unknown, name: unknown, displayName: unknown): number {
    const box = outArg<JET_INSTANCE>(pinstance);
    const n = optionalString(name);
    const d = optionalString(displayName);
    box.value = -1 as JET_INSTANCE;
    box.value = createInstance(engine, n, d).handle as JET_INSTANCE;
    return JET_errSuccess;
  }

  function init(engine: Engine, pinstance: unknown, rstInfo: unknown): number {
    const box = optionalOut<JET_INSTANCE>(pinstance);
    if (rstInfo !== null && rstInfo !== undefined && objectArg<JET_RSTINFO>(rstInfo).cbStruct !== JET_RSTINFO_SIZE) {
      fail(JET_errInvalidParameter);
    }
    const given: unknown = box === null ? 0 : box.value;
    // The in/out instance: a handle, or nothing yet (undefined / null / 0 / nil) to ask for a new one.
    if (given !== undefined && given !== null && typeof given !== 'number') fail(JET_errInvalidParameter);
    const target = typeof given === 'number' && given !== 0 && given !== -1 ? given : null;
    if (box !== null && target === null) box.value = -1 as JET_INSTANCE;
    const inst = initInstance(engine, target, box !== null, () => {
      if (box !== null) box.value = 0 as JET_INSTANCE;
    });
    if (box !== null && inst.handle !== target) box.value = inst.handle as JET_INSTANCE;
    return JET_errSuccess;
  }

  /**
   * Resolve the instance a parameter call targets, as jetapi.cxx divines it: in one-instance mode the one instance
   * (sesid and instance ignored); in multi-instance mode the session's (checked first), else the given instance;
   * otherwise none (the global defaults).
   */
  function paramTarget(engine: Engine, instance: () => unknown, sesid: unknown, paramid: unknown): Instance | null {
    // One-instance mode: the instance, unless the parameter is global, which no instance gate guards
    // (jetapi.cxx JetSetSystemParameterEx / JetGetSystemParameterEx).
    if (engine.runMode === 'oneInstance') return globalParamIds.has(intArg(paramid)) ? null : findInstance(engine, 0);
    if (engine.runMode !== 'multiInstance') return null;
    if (!isNilHandle(sesid)) return sessionOf(engine, sesid).instance;
    const given = instance();
    return isNilHandle(given) ? null : instanceOf(engine, given);
  }

  /**
   * A JetSetSystemParameter lParam (NULL and undefined stand for 0), checked to be a 32-bit integer. It is a
   * ULONG_PTR: for a parameter of the engine's table 0xFFFFFFFF stays 4294967295 and -1 is the largest value there is
   * (params.ts tableSet compares unsigned); a modelled parameter gets it as a signed 32-bit number, as it always has.
   */
  function lParamArg(id: number, lParam: unknown): number {
    const raw = lParam === undefined || lParam === null ? 0 : lParam;
    const signed = intArg(raw);
    return modelledParams.has(id) ? signed : (raw as number);
  }

  /**
   * The session a parameter call names, for the one parameter the engine keeps per session when a session is given
   * (jetapi.cxx GetCommitDefault / SetCommitDefault: JET_paramCommitDefault is then the session's CommitDefault).
   */
  function paramSession(engine: Engine, sesid: unknown, paramid: number): Session | null {
    if (paramid !== PARAM.CommitDefault || engine.runMode !== 'multiInstance' || isNilHandle(sesid)) return null;
    return sessionOf(engine, sesid);
  }

  function setParam(engine: Engine, target: Instance | null, paramid: number, lParam: number, sz: string | null, ses: Session | null = null): number {
    if (target !== null) enterInstanceWithoutInit(target);
    // A modelled parameter takes lParam; one of the engine's table its argument by type (szParam for a string, NULL
    // as ''; else lParam); any other, szParam when given.
    const value = modelledParams.has(paramid) ? lParam
      : paramDefaults.has(paramid) ? (isStringParam(paramid) ? sz ?? '' : lParam)
        : sz !== null ? sz : lParam;
    const ctx = { instanceInitialized: target !== null && target.state !== 'created', runModeSet: engine.runMode !== 'none' };
    // jetapi.cxx ErrSetSystemParameter: a parameter the engine keeps for the process is set there, whatever instance
    // is named; each instance's copy follows, so that every instance reads the one value.
    const global = globalParamIds.has(paramid);
    const result = checkedSet(target === null || global ? engine.globalParams : target.params, paramid, value, ctx);
    if (result.code < 0) fail(result.code);
    if (ses !== null) ses.commitDefault = lParam;
    else if (target === null || global) engine.globalParams = result.params;
    else target.params = result.params;
    if (global && ses === null) {
      const now = paramValue(result.params, paramid);
      for (const inst of engine.instances.values()) inst.params = write(inst.params, paramid, now);
    }
    return result.code;
  }

  return {
    JetCreateInstance: apiFunction(host, 'JetCreateInstance', (e, pinstance: Out<JET_INSTANCE>, szInstanceName: string | null) =>
      create(e, pinstance, szInstanceName, null)),
    JetCreateInstance2: apiFunction(host, 'JetCreateInstance2',
      (e, pinstance: Out<JET_INSTANCE>, szInstanceName: string | null, szDisplayName: string | null, grbit: number) => {
        grbitArg(grbit);
        return create(e, pinstance, szInstanceName, szDisplayName);
      }),
    JetInit: apiFunction(host, 'JetInit', (e, pinstance: Out<JET_INSTANCE> | null) => init(e, pinstance, null)),
    JetInit2: apiFunction(host, 'JetInit2', (e, pinstance: Out<JET_INSTANCE> | null, grbit: number) => {
      grbitArg(grbit);
      return init(e, pinstance, null);
    }),
    JetInit3: apiFunction(host, 'JetInit3', (e, pinstance: Out<JET_INSTANCE> | null, prstInfo: JET_RSTINFO | null, grbit: number) => {
      grbitArg(grbit);
      return init(e, pinstance, prstInfo);
    }),
    JetTerm: apiFunction(host, 'JetTerm', (e, instance: JET_INSTANCE) => termInstance(e, instanceOf(e, instance), 0x2)),
    JetTerm2: apiFunction(host, 'JetTerm2', (e, instance: JET_INSTANCE, grbit: number) => {
      const inst = instanceOf(e, instance);
      return termInstance(e, inst, grbitArg(grbit));
    }),
    JetStopService: apiFunction(host, 'JetStopService', (e) => {
      stopServiceLegacy(e);
      return JET_errSuccess;
    }),
    JetStopServiceInstance: apiFunction(host, 'JetStopServiceInstance', (e, instance: JET_INSTANCE) => {
      stopInstance(instanceOf(e, instance));
      return JET_errSuccess;
    }),
    JetStopServiceInstance2: apiFunction(host, 'JetStopServiceInstance2', (e, instance: JET_INSTANCE, grbit: number) => {
      const inst = instanceOf(e, instance);
      stopInstance2(inst, grbitArg(grbit));
      return JET_errSuccess;
    }),
    JetEnableMultiInstance: apiFunction(host, 'JetEnableMultiInstance',
      (e, psetsysparam: JET_SETSYSPARAM[] | null, csetsysparam: number, pcsetsucceed: Out<number> | null) => {
        const count = sizeArg(csetsysparam);
        const list = count === 0 ? [] : arrayArg<JET_SETSYSPARAM>(psetsysparam, count);
        const params: JET_SETSYSPARAM[] = [];
        for (let i = 0; i < count; i++) {
          const p = objectArg<JET_SETSYSPARAM>(list[i]);
          writableField(p, 'err');
          params.push(p);
        }
        const succeeded = optionalOut<number>(pcsetsucceed);
        let ok = 0;
        try {
          enableMultiInstance(e, count, (i) => {
            const p = params[i];
            try {
              const id = intArg(p.paramid);
              p.err = setParam(e, null, id, lParamArg(id, p.lParam), optionalString(p.sz));
            } catch (caught) {
              if (caught instanceof EngineFailure) p.err = caught.code;
              throw caught;
            }
            ok += 1;
          });
        } finally {
          if (succeeded !== null) succeeded.value = ok;
        }
        return JET_errSuccess;
      }),
    JetSetSystemParameter: apiFunction(host, 'JetSetSystemParameter',
      (e, pinstance: Out<JET_INSTANCE> | null, sesid: JET_SESID, paramid: number, lParam: number, szParam: string | null) => {
        // The box is read only when the session does not name the instance.
        const box = optionalOut<JET_INSTANCE>(pinstance);
        const target = paramTarget(e, () => (box === null ? null : box.value), sesid, paramid);
        const id = intArg(paramid);
        return setParam(e, target, id, lParamArg(id, lParam), optionalString(szParam), paramSession(e, sesid, id));
      }),
    JetGetSystemParameter: apiFunction(host, 'JetGetSystemParameter',
      (e, instance: JET_INSTANCE, sesid: JET_SESID, paramid: number, plParam: Out<number> | null, szParam: Out<string> | null, cbMax: number) => {
        // Handles first (the session, else the instance), then the parameter and the outputs.
        const target = paramTarget(e, () => instance, sesid, paramid);
        const id = intArg(paramid);
        const numberOut = optionalOut<number>(plParam);
        const stringOut = optionalOut<string>(szParam);
        sizeArg(cbMax);
        if (!knownParamIds.has(id)) fail(JET_errInvalidParameter);
        // jetapi.cxx JetGetSystemParameterEx: the gate of an instance found from the arguments runs before the read.
        if (target !== null) enterInstanceWithoutInit(target);
        if (id === PARAM.TransactionLevel) {
          // The level is a session's: without one the request itself is malformed.
          if (sesid === undefined || sesid === null || sesid === 0 || sesid === -1) fail(JET_errInvalidParameter);
          const ses = sessionOf(e, sesid);
          if (numberOut === null) fail(JET_errInvalidParameter);
          numberOut.value = ses.level;
          return JET_errSuccess;
        }
        const ses = paramSession(e, sesid, id);
        // jetapi.cxx ErrGetSystemParameter: a global parameter is read from the process's table.
        const store = target === null || globalParamIds.has(id) ? e.globalParams : target.params;
        const value = ses !== null ? ses.commitDefault : paramValue(store, id);
        if (typeof value === 'number') {
          if (numberOut === null) fail(JET_errInvalidParameter);
          numberOut.value = value;
        } else {
          // jetapi.cxx CJetParam::GetString: a string needs a buffer of at least one character (InvalidParameter);
          // one too small for the string and its terminating NUL is BufferTooSmall (ErrOSStrCbCopyW), and
          // JetGetSystemParameterA then leaves its buffer unwritten.
          if (stringOut === null || cbMax < 1) fail(JET_errInvalidParameter);
          if (value.length + 1 > cbMax) return JET_errBufferTooSmall;
          stringOut.value = value;
        }
        return JET_errSuccess;
      }),
    JetGetInstanceInfo: apiFunction(host, 'JetGetInstanceInfo',
      (e, pcInstanceInfo: Out<number>, paInstanceInfo: Out<JET_INSTANCE_INFO[]>) => {
        // io.cxx ErrIsamGetInstanceInfo: no gate; only the outputs are checked.
        const count = outArg<number>(pcInstanceInfo);
        const list = outArg<JET_INSTANCE_INFO[]>(paInstanceInfo);
        const infos = instanceInfo(e) as JET_INSTANCE_INFO[];
        count.value = infos.length;
        list.value = infos;
        return JET_errSuccess;
      }),
  };
}
