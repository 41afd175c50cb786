import { produce } from 'immer';
import * as C from '../constants/constants';
import { paramDefaults, paramSetRules } from '../constants/paramDefaults';
import type { ParamSetRule } from '../constants/paramDefaults';
import {
  JET_errAlreadyInitialized,
  JET_errInvalidParameter,
  JET_errSuccess,
} from '../constants/errors';

/**
 * System parameters. Each instance holds an immutable snapshot of its values
 * (replaced through immer on every set, so dumps and readers share it
 * safely); the emulator holds the defaults new instances start from.
 */
export type ParamValue = number | string;
export type ParamSet = Readonly<Record<number, ParamValue>>;

/** When a parameter may be written. */
type Writable = 'always' | 'beforeInstanceInit' | 'beforeAnyInstance' | 'never';

export interface ParamRule {
  readonly name: string;
  readonly fallback: ParamValue;
  readonly min?: number;
  readonly max?: number;
  readonly mask?: number;
  /** A boolean: any value is accepted (range 0 to the largest unsigned value) and stored as 0 or 1 (CJetParam::SetBoolean). */
  readonly boolean?: true;
  readonly writable: Writable;
}

export const PARAM = {
  MaxSessions: C.JET_paramMaxSessions,
  MaxOpenTables: C.JET_paramMaxOpenTables,
  MaxCursors: C.JET_paramMaxCursors,
  MaxVerPages: C.JET_paramMaxVerPages,
  MaxTemporaryTables: C.JET_paramMaxTemporaryTables,
  CommitDefault: C.JET_paramCommitDefault,
  TransactionLevel: C.JET_paramTransactionLevel,
  EnableTempTableVersioning: C.JET_paramEnableTempTableVersioning,
  OneDatabasePerSession: C.JET_paramOneDatabasePerSession,
  MaxInstances: C.JET_paramMaxInstances,
} as const;

const INT_MAX = 0x7fffffff;
const COMMIT_MASK = 0x1 | 0x2 | 0x8 | 0x10 | 0x20;

/** Parameters whose values change behaviour, with the engine's defaults and rules. */
export const modelledParams: ReadonlyMap<number, ParamRule> = new Map<number, ParamRule>([
  [PARAM.MaxSessions, { name: 'JET_paramMaxSessions', fallback: 16, min: 0, max: 30000, writable: 'beforeInstanceInit' }],
  [PARAM.MaxOpenTables, { name: 'JET_paramMaxOpenTables', fallback: 300, min: 0, max: INT_MAX, writable: 'beforeInstanceInit' }],
  [PARAM.MaxCursors, { name: 'JET_paramMaxCursors', fallback: 1024, min: 0, max: INT_MAX, writable: 'beforeInstanceInit' }],
  [PARAM.MaxVerPages, { name: 'JET_paramMaxVerPages', fallback: 64, min: 1, max: INT_MAX, writable: 'beforeInstanceInit' }],
  [PARAM.MaxTemporaryTables, { name: 'JET_paramMaxTemporaryTables', fallback: 20, min: 0, max: INT_MAX, writable: 'beforeInstanceInit' }],
  [PARAM.CommitDefault, { name: 'JET_paramCommitDefault', fallback: 0, mask: COMMIT_MASK, writable: 'always' }],
  [PARAM.TransactionLevel, { name: 'JET_paramTransactionLevel', fallback: 0, writable: 'never' }],
  [PARAM.EnableTempTableVersioning, { name: 'JET_paramEnableTempTableVersioning', fallback: 1, boolean: true, writable: 'beforeInstanceInit' }],
  [PARAM.OneDatabasePerSession, { name: 'JET_paramOneDatabasePerSession', fallback: 0, boolean: true, writable: 'beforeInstanceInit' }],
  [PARAM.MaxInstances, { name: 'JET_paramMaxInstances', fallback: 16, min: 1, max: 10240, writable: 'beforeAnyInstance' }],
]);

/** Every parameter id of esent.h; those not modelled are stored and read back but change nothing. */
export const knownParamIds: ReadonlySet<number> = new Set(
  C.constantTable.filter(([name, , kind]) => kind === 'param' && name.startsWith('JET_param')).map(([, v]) => v),
);

export function defaultParams(): ParamSet {
  const out: Record<number, ParamValue> = {};
  for (const [id, rule] of modelledParams) out[id] = rule.fallback;
  return out;
}

/** A parameter's value: the one set, else its default as esent.dll starts with it (src/constants/paramDefaults.ts). */
export function paramValue(params: ParamSet, id: number): ParamValue {
  return params[id] ?? modelledParams.get(id)?.fallback ?? paramDefaults.get(id) ?? 0;
}

export function numericParam(params: ParamSet, id: number): number {
  const v = paramValue(params, id);
  return typeof v === 'number' ? v : 0;
}

export interface SetContext {
  /** The target instance has completed JetInit. */
  instanceInitialized: boolean;
  /** Any instance exists, or a run mode has been chosen. */
  runModeSet: boolean;
}

/**
 * Check a write against the engine's order of rules and return the new
 * snapshot (or the same one when nothing changes). Throws on refusal.
 */
export function checkedSet(params: ParamSet, id: number, value: ParamValue, ctx: SetContext): { code: number; params: ParamSet } {
  if (!knownParamIds.has(id)) return { code: JET_errInvalidParameter, params };
  const rule = modelledParams.get(id);
  if (rule === undefined) {
    const table = paramSetRules.get(id);
    if (table === undefined) return { code: JET_errSuccess, params: write(params, id, value) };
    return tableSet(params, id, value, table, ctx);
  }
  if (rule.writable === 'never') return { code: JET_errInvalidParameter, params };
  if (typeof value !== 'number') return { code: JET_errInvalidParameter, params };
  if (paramValue(params, id) === value) return { code: JET_errSuccess, params };
  if (rule.writable === 'beforeAnyInstance' && ctx.runModeSet) return { code: JET_errAlreadyInitialized, params };
  if (rule.writable === 'beforeInstanceInit' && ctx.instanceInitialized) return { code: JET_errAlreadyInitialized, params };
  if (rule.min !== undefined && value < rule.min) return { code: JET_errInvalidParameter, params };
  if (rule.max !== undefined && value > rule.max) return { code: JET_errInvalidParameter, params };
  if (rule.mask !== undefined && (value & ~rule.mask) !== 0) return { code: JET_errInvalidParameter, params };
  return { code: JET_errSuccess, params: write(params, id, rule.boolean === true ? Number(value !== 0) : value) };
}

/**
 * A parameter esemu does not model, set by the engine's rules for it (jetapi.cxx CJetParam::ValidateSet and the
 * type's setter; data/param-defaults.tsv): a read-only one is InvalidParameter; the current value again is Success
 * at once; then the write window (AlreadyInitialized) and the range (InvalidParameter: a number compared as the
 * engine's unsigned ULONG_PTR, so a negative one is past any bound but the largest; a string by its length); a
 * boolean is stored as 0 or 1, a block size must be a power of two. What the other custom setters do beyond that
 * (a path completed to a full one, for instance) is not done: the value is stored as given.
 */
function tableSet(params: ParamSet, id: number, value: ParamValue, rule: ParamSetRule, ctx: SetContext): { code: number; params: ParamSet } {
  if (rule.set === 'readonly') return { code: JET_errInvalidParameter, params };
  if (typeof value === 'number' && paramValue(params, id) === value) return { code: JET_errSuccess, params };
  if (rule.write === 'beforeGlobalInit' && ctx.runModeSet) return { code: JET_errAlreadyInitialized, params };
  if (rule.write === 'beforeInstanceInit' && ctx.instanceInitialized) return { code: JET_errAlreadyInitialized, params };
  const measure = typeof value === 'string' ? value.length : value;
  const below = rule.min !== null && measure >= 0 && measure < rule.min;
  const above = rule.max !== null && (measure < 0 || measure > rule.max);
  if (below || above) return { code: JET_errInvalidParameter, params };
  // jetapi.cxx SetBlockSize: a page or version page size is a power of two.
  if ((id === C.JET_paramDatabasePageSize || id === C.JET_paramVerPageSize) && typeof value === 'number' && (value & (value - 1)) !== 0) {
    return { code: JET_errInvalidParameter, params };
  }
  const stored = rule.set === 'boolean' && typeof value === 'number' ? Number(value !== 0) : value;
  return { code: JET_errSuccess, params: write(params, id, stored) };
}

/** Is a parameter one the engine's table gives a string (read from szParam, lParam ignored)? */
export function isStringParam(id: number): boolean {
  return typeof paramDefaults.get(id) === 'string';
}

/** `params` with parameter `id` set to `value` (a new snapshot). */
export function write(params: ParamSet, id: number, value: ParamValue): ParamSet {
  return produce(params, (draft: Record<number, ParamValue>) => {
    draft[id] = value;
  });
}
