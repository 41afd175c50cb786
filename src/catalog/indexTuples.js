"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.isTupleIndex = isTupleIndex;
exports.checkTupleGrbit = checkTupleGrbit;
exports.tupleLimitsOf = tupleLimitsOf;
exports.checkTupleSegments = checkTupleSegments;
exports.tupleAt = tupleAt;
const errors_1 = require("../constants/errors");
const C = __importStar(require("../constants/constants"));
const coltyp_1 = require("../storage/coltyp");
const failure_1 = require("../storage/failure");
/** idb.hxx: the engine's absolute bounds and defaults. */
const LENGTH_MIN_ABSOLUTE = 2;
const LENGTH_MAX_ABSOLUTE = 255;
const TO_INDEX_MAX_ABSOLUTE = 0x7fff;
const DEFAULTS = { lengthMin: 3, lengthMax: 10, toIndexMax: 0x7fff, increment: 1, start: 0 };
const US_MAX = 0xffff;
/** Is this a tuple index (JET_bitIndexTuples, or JET_bitIndexTupleLimits which implies it)? */
function isTupleIndex(grbit) {
    return (grbit & (C.JET_bitIndexTuples | C.JET_bitIndexTupleLimits)) !== 0;
}
/** fcreate.cxx: JET_bitIndexTupleLimits without the struct is IndexInvalidDef (checked with the grbits). */
function checkTupleGrbit(grbit, given) {
    if ((grbit & C.JET_bitIndexTupleLimits) !== 0 && given === null)
        (0, failure_1.fail)(errors_1.JET_errIndexInvalidDef);
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
function tupleLimitsOf(grbit, keyMost, varSegMac, given, param) {
    if (!isTupleIndex(grbit))
        return null;
    if ((grbit & C.JET_bitIndexPrimary) !== 0)
        (0, failure_1.fail)(errors_1.JET_errIndexTuplesSecondaryIndexOnly);
    if ((grbit & C.JET_bitIndexUnique) !== 0)
        (0, failure_1.fail)(errors_1.JET_errIndexTuplesNonUniqueOnly);
    if (varSegMac < keyMost)
        (0, failure_1.fail)(errors_1.JET_errIndexTuplesVarSegMacNotAllowed);
    const custom = (grbit & C.JET_bitIndexTupleLimits) !== 0 && given !== null;
    const raw = custom ? given : {
        chLengthMin: param(C.JET_paramIndexTuplesLengthMin), chLengthMax: param(C.JET_paramIndexTuplesLengthMax),
        chToIndexMax: param(C.JET_paramIndexTuplesToIndexMax), cchIncrement: param(C.JET_paramIndexTupleIncrement),
        ichStart: param(C.JET_paramIndexTupleStart),
    };
    const start = raw.ichStart === -1 || raw.ichStart === 0xffffffff ? -1 : raw.ichStart;
    if (raw.chLengthMin > US_MAX || raw.chLengthMax > US_MAX || raw.chToIndexMax > US_MAX || raw.cchIncrement > US_MAX
        || (start !== -1 && start > US_MAX))
        (0, failure_1.fail)(errors_1.JET_errIndexTuplesInvalidLimits);
    const limits = {
        lengthMin: raw.chLengthMin !== 0 ? raw.chLengthMin : DEFAULTS.lengthMin,
        lengthMax: raw.chLengthMax !== 0 ? raw.chLengthMax : DEFAULTS.lengthMax,
        toIndexMax: raw.chToIndexMax !== 0 ? raw.chToIndexMax : DEFAULTS.toIndexMax,
        increment: raw.cchIncrement !== 0 ? raw.cchIncrement : DEFAULTS.increment,
        start: start !== -1 ? start : DEFAULTS.start,
    };
    if (limits.lengthMin < LENGTH_MIN_ABSOLUTE || limits.lengthMin > LENGTH_MAX_ABSOLUTE
        || limits.lengthMax < LENGTH_MIN_ABSOLUTE || limits.lengthMax > LENGTH_MAX_ABSOLUTE
        || limits.lengthMin > limits.lengthMax || limits.toIndexMax > TO_INDEX_MAX_ABSOLUTE) {
        (0, failure_1.fail)(errors_1.JET_errIndexTuplesInvalidLimits);
    }
    return limits;
}
/** fcreate.cxx, in the segment loop: the first column of a tuple index must be Text or Binary (long ones too). */
function checkTupleSegments(limits, segments) {
    if (limits === null)
        return;
    const t = segments[0].coltyp;
    if (t !== coltyp_1.COLTYP.Text && t !== coltyp_1.COLTYP.LongText && t !== coltyp_1.COLTYP.Binary && t !== coltyp_1.COLTYP.LongBinary) {
        (0, failure_1.fail)(errors_1.JET_errIndexTuplesTextBinaryColumnsOnly);
    }
}
/**
 * The tuple of a value at a character offset (fldnorm.cxx): at most
 * lengthMax characters from there; null when fewer than lengthMin are left
 * (wrnFLDOutOfTuples), a NULL value included.
 */
function tupleAt(limits, value, offset, unicode) {
    const unit = unicode ? 2 : 1;
    if (value === null)
        return null;
    const from = offset * unit;
    const rest = from <= value.length ? value.subarray(from) : new Uint8Array(0);
    const cut = rest.subarray(0, Math.min(rest.length, limits.lengthMax * unit));
    return cut.length < limits.lengthMin * unit ? null : cut;
}
