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
exports.CONDITIONAL_COLUMN_SIZE = void 0;
exports.conditionsOf = conditionsOf;
exports.meetsConditions = meetsConditions;
const errors_1 = require("../constants/errors");
const C = __importStar(require("../constants/constants"));
const failure_1 = require("../storage/failure");
/** sizeof(JET_CONDITIONALCOLUMN) on x64: cbStruct, a pointer to the name, grbit, padded to 8. */
exports.CONDITIONAL_COLUMN_SIZE = 24;
/**
 * The conditions of a new index, checked as fcreate.cxx does after the key
 * segments: more than JET_ccolKeyMost is IndexInvalidDef; each one's cbStruct
 * must be sizeof(JET_CONDITIONALCOLUMN) (IndexInvalidDef), its grbit exactly
 * JET_bitIndexColumnMustBeNull or ...MustBeNonNull (InvalidGrbit), its column
 * one of the table's (ColumnNotFound).
 */
function conditionsOf(reqs, column) {
    if (reqs.length > C.JET_ccolKeyMost)
        (0, failure_1.fail)(errors_1.JET_errIndexInvalidDef);
    return reqs.map((r) => {
        if (r.cbStruct !== undefined && r.cbStruct !== exports.CONDITIONAL_COLUMN_SIZE)
            (0, failure_1.fail)(errors_1.JET_errIndexInvalidDef);
        if (r.grbit !== C.JET_bitIndexColumnMustBeNull && r.grbit !== C.JET_bitIndexColumnMustBeNonNull)
            (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
        const col = column(r.name);
        if (col === undefined)
            (0, failure_1.fail)(errors_1.JET_errColumnNotFound);
        return { column: col, mustBeNull: r.grbit === C.JET_bitIndexColumnMustBeNull };
    });
}
/**
 * Is a record in a conditional index (fldnorm.cxx: each condition reads the
 * column's first value; one that does not hold is wrnFLDNotPresentInIndex, and
 * the record has no entry at all)?
 */
function meetsConditions(conditions, values) {
    for (const c of conditions) {
        const list = values.get(c.column.columnid);
        const isNull = list === undefined || list.length === 0;
        if (isNull !== c.mustBeNull)
            return false;
    }
    return true;
}
