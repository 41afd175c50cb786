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
exports.TableColumn = exports.COLUMN = void 0;
exports.checkColumnRequest = checkColumnRequest;
const errors_1 = require("../constants/errors");
const C = __importStar(require("../constants/constants"));
const coltyp_1 = require("../storage/coltyp");
const failure_1 = require("../storage/failure");
const template_1 = require("./template");
const recordCovers_1 = require("./recordCovers");
const CP_UNICODE = 1200;
const CP_ASCII = 1252;
/** Column grbits (JET_bitColumn*). */
exports.COLUMN = {
    Fixed: C.JET_bitColumnFixed, Tagged: C.JET_bitColumnTagged, NotNULL: C.JET_bitColumnNotNULL,
    Version: C.JET_bitColumnVersion, Autoincrement: C.JET_bitColumnAutoincrement, MultiValued: C.JET_bitColumnMultiValued,
    EscrowUpdate: C.JET_bitColumnEscrowUpdate, Unversioned: C.JET_bitColumnUnversioned, MaybeNull: C.JET_bitColumnMaybeNull,
    Finalize: C.JET_bitColumnFinalize, UserDefinedDefault: C.JET_bitColumnUserDefinedDefault,
    DeleteOnZero: C.JET_bitColumnDeleteOnZero, Variable: C.JET_bitColumnVariable, Compressed: C.JET_bitColumnCompressed,
};
/** A column of a regular table. */
class TableColumn {
    name;
    columnid;
    coltyp;
    cp;
    cbMax;
    grbit;
    defaultValue;
    fixedSize;
    isText;
    isLong;
    /** A tagged column (its id is in the tagged class). */
    tagged;
    /** A column of the fixed class: fixed-size types, and Binary / Text columns made with JET_bitColumnFixed. */
    fixedClass;
    /** The size a fixed Binary / Text column's values are padded to (its cbMax), 0 for other columns (coltyp.ts padFixed). */
    padTo;
    /** Always false: a descending segment is a property of an index segment, not of the column. */
    descending = false;
    /** Where the column's class keeps its bound in a record's covers, and its own FID there (recordCovers.ts). */
    coverMask;
    coverValue;
    constructor(name, columnid, coltyp, cp, cbMax, grbit, defaultValue) {
        this.name = name;
        this.columnid = columnid;
        this.coltyp = coltyp;
        this.cp = cp;
        this.cbMax = cbMax;
        this.grbit = grbit;
        this.defaultValue = defaultValue;
        this.fixedSize = coltyp_1.FIXED_SIZE[coltyp] ?? 0;
        this.isText = coltyp === coltyp_1.COLTYP.Text || coltyp === coltyp_1.COLTYP.LongText;
        this.isLong = coltyp === coltyp_1.COLTYP.LongBinary || coltyp === coltyp_1.COLTYP.LongText;
        this.tagged = (0, template_1.columnClass)(columnid) === 2;
        this.fixedClass = (0, template_1.columnClass)(columnid) === 0;
        this.padTo = this.fixedClass && (coltyp === coltyp_1.COLTYP.Binary || coltyp === coltyp_1.COLTYP.Text) ? cbMax : 0;
        const part = (0, recordCovers_1.coverPart)(columnid);
        this.coverMask = part.mask;
        this.coverValue = part.value;
    }
    /** A value as the record keeps it: a fixed Binary / Text column's padded to its size. */
    stored(value) {
        // fldmod.cxx ErrRECISetFixedColumn: a fixed Bit column keeps 0x00 for a zero byte and 0xFF for any other (a
        // tagged one keeps the byte given: tagfld.cxx copies it as it is).
        if (this.fixedClass && this.coltyp === coltyp_1.COLTYP.Bit)
            return (0, coltyp_1.bitByte)(value);
        return this.padTo === 0 ? value : (0, coltyp_1.padFixed)(value, this.padTo, this.coltyp, this.cp);
    }
    /** Does stored() change a value (padding, or a Bit made 0x00 / 0xFF)? */
    get reshapes() {
        return this.padTo !== 0 || (this.fixedClass && this.coltyp === coltyp_1.COLTYP.Bit);
    }
    /** The same column under another name (JetRenameColumn). */
    renamed(name) {
        return new TableColumn(name, this.columnid, this.coltyp, this.cp, this.cbMax, this.grbit, this.defaultValue);
    }
    /** The same column with another default value (JetSetColumnDefaultValue). */
    withDefault(value) {
        return new TableColumn(this.name, this.columnid, this.coltyp, this.cp, this.cbMax, this.grbit, value);
    }
    /** The grbit JetGetTableColumnInfo reports: the column's own bits and its class (Fixed or Tagged). */
    get infoGrbit() {
        const cls = (0, template_1.columnClass)(this.columnid) === 0 ? exports.COLUMN.Fixed : this.tagged ? exports.COLUMN.Tagged : 0;
        return this.grbit | cls;
    }
    has(bit) {
        return (this.grbit & bit) !== 0;
    }
    /** Check the length of a value about to be set. */
    checkLength(len) {
        if (this.fixedSize !== 0) {
            if (len !== this.fixedSize)
                (0, failure_1.fail)(errors_1.JET_errInvalidBufferSize);
            return;
        }
        // fldmod.cxx ErrRECISetFixedColumn: a fixed Binary / Text value may be shorter than the column, not longer.
        if (this.padTo !== 0) {
            if (len > this.padTo)
                (0, failure_1.fail)(errors_1.JET_errInvalidBufferSize);
            return;
        }
        if (!this.isLong && len > (this.cbMax > 0 ? Math.min(this.cbMax, C.JET_cbColumnMost) : C.JET_cbColumnMost)) {
            (0, failure_1.fail)(errors_1.JET_errColumnTooBig);
        }
        if (this.isLong && this.cbMax > 0 && len > this.cbMax)
            (0, failure_1.fail)(errors_1.JET_errColumnTooBig);
    }
}
exports.TableColumn = TableColumn;
function knownType(coltyp) {
    return coltyp_1.FIXED_SIZE[coltyp] !== undefined || coltyp === coltyp_1.COLTYP.Binary || coltyp === coltyp_1.COLTYP.Text
        || coltyp === coltyp_1.COLTYP.LongBinary || coltyp === coltyp_1.COLTYP.LongText;
}
/**
 * Validate a column request as fcreate.cxx ErrFILEIValidateAddColumn does for JetAddColumn and the columns of
 * JetCreateTableColumnIndex, in its order, and say which id class it takes. `exclusive`: the session holds the
 * table exclusively (FCB::FDomainDenyReadByUs; always so for the columns of a table being created, fcreate.cxx:1287).
 * Not modelled: the engine format version an escrow LongLong column needs (JET_efvEscrow64, fcreate.cxx:983-986).
 */
function checkColumnRequest(req, exclusive = true) {
    // fcreate.cxx ErrFILEIValidateAddColumn 900-903: a type the engine does not know.
    if (!knownType(req.coltyp))
        (0, failure_1.fail)(errors_1.JET_errInvalidColumnType);
    const g = req.grbit;
    const text = req.coltyp === coltyp_1.COLTYP.Text || req.coltyp === coltyp_1.COLTYP.LongText;
    const long = req.coltyp === coltyp_1.COLTYP.LongBinary || req.coltyp === coltyp_1.COLTYP.LongText;
    const fixedType = coltyp_1.FIXED_SIZE[req.coltyp] !== undefined;
    const hasDefault = req.defaultValue !== null && req.defaultValue.length > 0;
    // fcreate.cxx 907-919: a text column's code page (0 means 1252), checked before any grbit.
    if (text && req.cp !== 0 && req.cp !== CP_UNICODE && req.cp !== CP_ASCII)
        (0, failure_1.fail)(errors_1.JET_errInvalidCodePage);
    // fcreate.cxx 937-945: a tagged or long value column cannot be Fixed; a MultiValued one must be tagged.
    if (((g & exports.COLUMN.Tagged) !== 0 || long) && (g & exports.COLUMN.Fixed) !== 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    else if ((g & exports.COLUMN.MultiValued) !== 0 && !long && (g & exports.COLUMN.Tagged) === 0)
        (0, failure_1.fail)(errors_1.JET_errMultiValuedColumnMustBeTagged);
    if ((g & exports.COLUMN.EscrowUpdate) !== 0) {
        // fcreate.cxx 965-980: an escrow column is a Long or LongLong (else InvalidGrbit), not tagged (CannotBeTagged),
        // neither Version nor Autoincrement, has a default value (cbDefault > 0, 878; else InvalidGrbit), and needs the table exclusively.
        if (req.coltyp !== coltyp_1.COLTYP.Long && req.coltyp !== coltyp_1.COLTYP.LongLong)
            (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
        if ((g & exports.COLUMN.Tagged) !== 0)
            (0, failure_1.fail)(errors_1.JET_errCannotBeTagged);
        if ((g & exports.COLUMN.Version) !== 0)
            (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
        if ((g & exports.COLUMN.Autoincrement) !== 0)
            (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
        if (!hasDefault)
            (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
        if (!exclusive)
            (0, failure_1.fail)(errors_1.JET_errExclusiveTableLockRequired);
        // fcreate.cxx 988-997: Finalize and DeleteOnZero together.
        if ((g & exports.COLUMN.Finalize) !== 0 && (g & exports.COLUMN.DeleteOnZero) !== 0)
            (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    }
    else if ((g & (exports.COLUMN.Finalize | exports.COLUMN.DeleteOnZero)) !== 0) {
        // fcreate.cxx 1013-1016: Finalize / DeleteOnZero only on an escrow column.
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    }
    else if ((g & (exports.COLUMN.Version | exports.COLUMN.Autoincrement)) !== 0) {
        // fcreate.cxx 1022-1031: an autoincrement column is a Long, LongLong, UnsignedLongLong or Currency, a version
        // column (without Autoincrement) a Long; else InvalidGrbit.
        if ((g & exports.COLUMN.Autoincrement) !== 0) {
            const ok = req.coltyp === coltyp_1.COLTYP.Long || req.coltyp === coltyp_1.COLTYP.LongLong
                || req.coltyp === coltyp_1.COLTYP.UnsignedLongLong || req.coltyp === coltyp_1.COLTYP.Currency;
            if (!ok)
                (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
        }
        else if (req.coltyp !== coltyp_1.COLTYP.Long)
            (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
        // fcreate.cxx 1033-1034: neither is tagged.
        if ((g & exports.COLUMN.Tagged) !== 0)
            (0, failure_1.fail)(errors_1.JET_errCannotBeTagged);
        // fcreate.cxx 1036-1039: not both.
        if ((g & exports.COLUMN.Version) !== 0 && (g & exports.COLUMN.Autoincrement) !== 0)
            (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
        // fcreate.cxx 1051-1052: an autoincrement column needs the table exclusively.
        if ((g & exports.COLUMN.Version) === 0 && !exclusive)
            (0, failure_1.fail)(errors_1.JET_errExclusiveTableLockRequired);
    }
    const cp = text ? (req.cp === 0 ? CP_ASCII : req.cp) : 0;
    // A Text / Binary column holds at most 255 bytes: 0 means that, more is cut to it with a warning (cat.cxx).
    let cbMax = req.cbMax;
    let warning = 0;
    if (!long && !fixedType) {
        if (cbMax === 0)
            cbMax = C.JET_cbColumnMost;
        else if (cbMax > C.JET_cbColumnMost) {
            cbMax = C.JET_cbColumnMost;
            warning = errors_1.JET_wrnColumnMaxTruncated;
        }
    }
    if (long || (g & exports.COLUMN.Tagged) !== 0)
        return { cls: 'tagged', cp, cbMax, warning };
    if (fixedType || (g & exports.COLUMN.Fixed) !== 0)
        return { cls: 'fixed', cp, cbMax, warning };
    return { cls: 'variable', cp, cbMax, warning };
}
