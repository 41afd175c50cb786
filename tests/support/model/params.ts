/**
 * JetSetSystemParameter / JetGetSystemParameter: target resolution
 * (jetapi.cxx JetSetSystemParameterEx 20437-20536, JetGetSystemParameterEx
 * 12261-12350), the WithoutInit gate and CJetParam::ValidateSet (5600-5644).
 */
import {
  JET_errAlreadyInitialized, JET_errInvalidInstance, JET_errInvalidParameter, JET_errInvalidSesid,
  JET_paramCommitDefault, JET_paramEnableTempTableVersioning, JET_paramMaxCursors, JET_paramMaxInstances,
  JET_paramMaxSessions, JET_paramMaxTemporaryTables, JET_paramOneDatabasePerSession,
} from '../../../src';
import { check } from './check';
import { Outcome, paramGate } from './gates';
import { MInstance, MSession, NIL, Params, World } from './world';

export type ParamKey = keyof Params | 'maxInstances';

export const PARAM_IDS: Record<ParamKey, number> = {
  maxSessions: JET_paramMaxSessions,
  maxCursors: JET_paramMaxCursors,
  maxSorts: JET_paramMaxTemporaryTables,
  versioning: JET_paramEnableTempTableVersioning,
  oneDb: JET_paramOneDatabasePerSession,
  commitDefault: JET_paramCommitDefault,
  maxInstances: JET_paramMaxInstances,
};

/** The parameters that may not change once the instance is initialized (m_fMayNotWriteAfterInstanceInit). */
const INIT_TIME: ReadonlySet<ParamKey> = new Set<ParamKey>(['maxSessions', 'maxCursors', 'maxSorts', 'versioning', 'oneDb']);
const COMMIT_MASK = 0x1 | 0x2 | 0x8 | 0x10 | 0x20;

function inRange(key: ParamKey, v: number): boolean {
  switch (key) {
    case 'maxSessions': return v >= 0 && v <= 30000;
    case 'maxInstances': return v >= 1 && v <= 10 * 1024;
    case 'commitDefault': return (v & ~COMMIT_MASK) === 0;
    default: return v >= 0;
  }
}

/** Where the call lands: an instance, the process defaults, or an error. */
export type Target = { kind: 'none' } | { kind: 'inst'; h: number } | { kind: 'ses'; s: MSession };

function resolve(w: World, key: ParamKey, target: Target): MInstance | null | number {
  // In one-instance mode a global parameter (MaxInstances) is set without the instance (and its gate).
  if (w.runMode === 'one') return key === 'maxInstances' ? null : w.liveInstances()[0];
  if (w.runMode === 'none') return null;
  if (target.kind === 'ses') return target.s.alive ? target.s.inst : JET_errInvalidSesid;
  if (target.kind === 'inst' && target.h !== 0 && target.h !== NIL) {
    const inst = w.instanceByHandle(target.h);
    return inst !== undefined && inst.alive ? inst : JET_errInvalidInstance;
  }
  return null;
}

export function setParam(w: World, key: ParamKey, value: number, target: Target): Outcome {
  const r = resolve(w, key, target);
  if (typeof r === 'number') return { code: r };
  if (r !== null) {
    const g = paramGate(r);
    if (g !== 0) return { code: g };
  }
  const current = key === 'maxInstances' ? w.maxInstances : (r?.params ?? w.defaults)[key];
  if (value === current) return { code: 0 };
  if (key === 'maxInstances' && w.runMode !== 'none') return { code: JET_errAlreadyInitialized };
  if (r !== null && INIT_TIME.has(key) && r.state === 'initialized') return { code: JET_errAlreadyInitialized };
  if (!inRange(key, value)) return { code: JET_errInvalidParameter };
  return {
    code: 0,
    then: () => {
      if (key === 'maxInstances') w.maxInstances = value;
      else if (r !== null) r.params[key] = value;
      else w.defaults[key] = value;
    },
  };
}

/** JetGetSystemParameter(JET_paramTransactionLevel) with a sesid: the level, through the WithoutInit gate only. */
export function getTransactionLevel(w: World, s: MSession | null, value: () => number): Outcome {
  let inst: MInstance;
  if (w.runMode === 'none') return { code: JET_errInvalidParameter };
  if (w.runMode === 'one') inst = w.liveInstances()[0];
  else {
    if (s === null) return { code: JET_errInvalidParameter };
    if (!s.alive) return { code: JET_errInvalidSesid };
    inst = s.inst;
  }
  const g = paramGate(inst);
  if (g !== 0) return { code: g };
  if (s === null) return { code: JET_errInvalidParameter };
  const level = s.level;
  return { code: 0, then: () => check(value() === level, `TransactionLevel ${value()} should be ${level}`) };
}

/** JetGetSystemParameter of a number parameter on an instance (or the defaults). */
export function getParam(w: World, key: ParamKey, target: Target, value: () => number): Outcome {
  const r = resolve(w, key, target);
  if (typeof r === 'number') return { code: r };
  if (r !== null) {
    const g = paramGate(r);
    if (g !== 0) return { code: g };
  }
  const expected = key === 'maxInstances' ? w.maxInstances : (r?.params ?? w.defaults)[key];
  return { code: 0, then: () => check(value() === expected, `parameter ${key} reads ${value()}, expected ${expected}`) };
}
