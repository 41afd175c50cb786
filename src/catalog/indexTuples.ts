import {
  JET_errIndexInvalidDef, JET_errIndexTuplesInvalidLimits, JET_errIndexTuplesNonUniqueOnly,
  JET_errIndexTuplesSecondaryIndexOnly, JET_errIndexTuplesTextBinaryColumnsOnly, JET_errIndexTuplesVarSegMacNotAllowed,
} from '../constants/errors';
import * as C from '../constants/constants';
import { COLTYP } from '../storage/coltyp';
import { fail } from '../storage/failure';
import type { IndexSegment } from './indexDef';

/** JET_TUPLELIMITS as given (JET_INDEXCREATE2+ ptuplelimits, with JET_bitIndexTupleLimits). */
export interface TupleLimitsRequest {
  readonly chLengthMin: number;
  readonly chLengthMax: number;
  readonly chToIndexMax: number;
  readonly cchIncrement: number;
  readonly ichStart: number;
}

/** The limits of a tuple index, in characters (two bytes each for Unicode text). */
export interface TupleLimits {
  readonly lengthMin: number;
  readonly lengthMax: number;
  /** How many tuples of a value are indexed at most. */
  readonly toIndexMax: number;
  readonly increment: number;
  readonly start: number;
}

/** idb.hxx: the engine's absolute bounds and defaults. */
const LENGTH_MIN_ABSOLUTE = 2;
const LENGTH_MAX_ABSOLUTE = 255;
const TO_INDEX_MAX_ABSOLUTE = 0x7fff;
const DEFAULTS = { lengthMin: 3, lengthMax: 10, toIndexMax: 0x7fff, increment: 1, start: 0 } as const;
const US_MAX = 0xffff;

/** Is this a tuple index (JET_bitIndexTuples, or JET_bitIndexTupleLimits which implies it)? */
export function isTupleIndex(grbit: number): boolean {
  return (grbit & (C.JET_bitIndexTuples | C.JET_bitIndexTupleLimits)) !== 0;
}

/** fcreate.cxx: JET_bitIndexTupleLimits without the struct is IndexInvalidDef (checked with the grbits). */
export function checkTupleGrbit(grbit: number, given: TupleLimitsRequest | null): void {
  if ((grbit & C.JET_bitIndexTupleLimits) !== 0 && given === null) fail(JET_errIndexInvalidDef);
}

/**
 * The limits of a new tuple index (fcreate.cxx, after the key description):
 * a primary index is IndexTuplesSecondaryIndexOnly, a unique one
 * IndexTuplesNonUniqueOnly, a cbVarSegMac under cbKeyMost
 * IndexTuplesVarSegMacNotAllowed. The limits come from JET_TUPLELIMITS with
 * JET_bitIndexTupleLimits, else from the instance's JET_paramIndexTuples*
 * parameters; any above 0xffff is IndexTuplesInvalidLimits, 0 means the
 * default (3, 10, 0x7fff, 1; a start of -1 means 0), and a length outside
 * 2..255, a minimum above the maximum or more than 0x7fff tuples is
 * IndexTuplesInvalidLimits.
 */
export function tupleLimitsOf(grbit: number, keyMost: number, varSegMac: number, given: TupleLimitsRequest | null,
  param: (id: number) => number): TupleLimits | null {
  if (!isTupleIndex(grbit)) return null;
  if ((grbit & C.JET_bitIndexPrimary) !== 0) fail(JET_errIndexTuplesSecondaryIndexOnly);
  if ((grbit & C.JET_bitIndexUnique) !== 0) fail(JET_errIndexTuplesNonUniqueOnly);
  if (varSegMac < keyMost) fail(JET_errIndexTuplesVarSegMacNotAllowed);
  const custom = (grbit & C.JET_bitIndexTupleLimits) !== 0 && given !== null;
  const raw = custom ? given as TupleLimitsRequest : {
    chLengthMin: param(C.JET_paramIndexTuplesLengthMin), chLengthMax: param(C.JET_paramIndexTuplesLengthMax),
    chToIndexMax: param(C.JET_paramIndexTuplesToIndexMax), cchIncrement: param(C.JET_paramIndexTupleIncrement),
    ichStart: param(C.JET_paramIndexTupleStart),
  };
  const start = raw.ichStart === -1 || raw.ichStart === 0xffffffff ? -1 : raw.ichStart;
  if (raw.chLengthMin > US_MAX || raw.chLengthMax > US_MAX || raw.chToIndexMax > US_MAX || raw.cchIncrement > US_MAX
    || (start !== -1 && start > US_MAX)) fail(JET_errIndexTuplesInvalidLimits);
  const limits: TupleLimits = {
    lengthMin: raw.chLengthMin !== 0 ? raw.chLengthMin : DEFAULTS.lengthMin,
    lengthMax: raw.chLengthMax !== 0 ? raw.chLengthMax : DEFAULTS.lengthMax,
    toIndexMax: raw.chToIndexMax !== 0 ? raw.chToIndexMax : DEFAULTS.toIndexMax,
    increment: raw.cchIncrement !== 0 ? raw.cchIncrement : DEFAULTS.increment,
    start: start !== -1 ? start : DEFAULTS.start,
  };
  if (limits.lengthMin < LENGTH_MIN_ABSOLUTE || limits.lengthMin > LENGTH_MAX_ABSOLUTE
    || limits.lengthMax < LENGTH_MIN_ABSOLUTE || limits.lengthMax > LENGTH_MAX_ABSOLUTE
    || limits.lengthMin > limits.lengthMax || limits.toIndexMax > TO_INDEX_MAX_ABSOLUTE) {
    fail(JET_errIndexTuplesInvalidLimits);
  }
  return limits;
}

/** fcreate.cxx, in the segment loop: the first column of a tuple index must be Text or Binary (long ones too). */
export function checkTupleSegments(limits: TupleLimits | null, segments: readonly IndexSegment[]): void {
  if (limits === null) return;
  const t = segments[0].coltyp;
  if (t !== COLTYP.Text && t !== COLTYP.LongText && t !== COLTYP.Binary && t !== COLTYP.LongBinary) {
    fail(JET_errIndexTuplesTextBinaryColumnsOnly);
  }
}

/**
 * The tuple of a value at a character offset (fldnorm.cxx): at most
 * lengthMax characters from there; null when fewer than lengthMin are left
 * (wrnFLDOutOfTuples), a NULL value included.
 */
export function tupleAt(limits: TupleLimits, value: Uint8Array | null, offset: number, unicode: boolean): Uint8Array | null {
  const unit = unicode ? 2 : 1;
  if (value === null) return null;
  const from = offset * unit;
  const rest = from <= value.length ? value.subarray(from) : new Uint8Array(0);
  const cut = rest.subarray(0, Math.min(rest.length, limits.lengthMax * unit));
  return cut.length < limits.lengthMin * unit ? null : cut;
}
