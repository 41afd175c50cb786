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
exports.MAX_COLUMNS = exports.Column = exports.MAX_SHORT_COLUMN = exports.COLTYP = void 0;
exports.buildColumns = buildColumns;
exports.columnsById = columnsById;
exports.findColumn = findColumn;
const errors_1 = require("../constants/errors");
const C = __importStar(require("../constants/constants"));
const coltyp_1 = require("../storage/coltyp");
const failure_1 = require("../storage/failure");
var coltyp_2 = require("../storage/coltyp");
Object.defineProperty(exports, "COLTYP", { enumerable: true, get: function () { return coltyp_2.COLTYP; } });
/** Longest value a non-long Binary / Text column holds. */
exports.MAX_SHORT_COLUMN = 255;
const CP_UNICODE = 1200;
const CP_ASCII = 1252;
const COLUMN_TT_KEY = 0x40;
const COLUMN_TT_DESCENDING = 0x80;
const COLUMN_TAGGED = 0x2;
const COLUMN_FIXED = 0x1;
class Column {
    columnid;
    index;
    coltyp;
    cp;
    cbMax;
    grbit;
    /** Key segment position, or -1 when the column is not part of the key. */
    keySegment = -1;
    constructor(columnid, index, coltyp, cp, cbMax, grbit) {
        this.columnid = columnid;
        this.index = index;
        this.coltyp = coltyp;
        this.cp = cp;
        this.cbMax = cbMax;
        this.grbit = grbit;
        this.fixedSize = coltyp_1.FIXED_SIZE[coltyp] ?? 0;
        this.isLong = coltyp === coltyp_1.COLTYP.LongBinary || coltyp === coltyp_1.COLTYP.LongText;
        this.isText = coltyp === coltyp_1.COLTYP.Text || coltyp === coltyp_1.COLTYP.LongText;
        this.isKey = (grbit & COLUMN_TT_KEY) !== 0;
        this.descending = (grbit & COLUMN_TT_DESCENDING) !== 0;
    }
    /** Byte size of a fixed-size type, 0 for variable and long ones. */
    fixedSize;
    isLong;
    isText;
    /** A key column of a temp table (JET_bitColumnTTKey). */
    isKey;
    /** A descending key segment (JET_bitColumnTTDescending). */
    descending;
    /** Check the length of a value about to be set (-1: NULL). */
    checkLength(len) {
        if (len < 0)
            return;
        const fixed = this.fixedSize;
        if (fixed !== 0) {
            if (len !== fixed)
                (0, failure_1.fail)(errors_1.JET_errInvalidBufferSize);
            return;
        }
        if (!this.isLong && len > (this.cbMax > 0 ? Math.min(this.cbMax, exports.MAX_SHORT_COLUMN) : exports.MAX_SHORT_COLUMN)) {
            (0, failure_1.fail)(errors_1.JET_errColumnTooBig);
        }
    }
}
exports.Column = Column;
/** Column id ranges (daedef.hxx FID): fixed 1-127, variable 128-255, tagged 256-JET_ccolMost. */
const FIXED_MOST = 127;
const VAR_MOST = 255;
const TAGGED_MOST = C.JET_ccolMost;
/** The most columns a table can have: every id of the three classes. */
exports.MAX_COLUMNS = FIXED_MOST + (VAR_MOST - FIXED_MOST) + (TAGGED_MOST - VAR_MOST);
function isKnownType(coltyp) {
    return coltyp_1.FIXED_SIZE[coltyp] !== undefined || coltyp === coltyp_1.COLTYP.Binary || coltyp === coltyp_1.COLTYP.Text
        || coltyp === coltyp_1.COLTYP.LongBinary || coltyp === coltyp_1.COLTYP.LongText;
}
/**
 * Build the columns of a table from caller specs as sortapi.cxx does: a first
 * pass gives the column ids (tagged for long values and JET_bitColumnTagged,
 * fixed for fixed-size types and JET_bitColumnFixed, variable otherwise),
 * answering JET_errTooManyColumns when a class runs out; a second pass checks
 * each column's type and code page.
 */
function buildColumns(specs) {
    let fixed = 0;
    let variable = FIXED_MOST;
    let tagged = VAR_MOST;
    const ids = specs.map((spec) => {
        const long = spec.coltyp === coltyp_1.COLTYP.LongBinary || spec.coltyp === coltyp_1.COLTYP.LongText;
        if (long || (spec.grbit & COLUMN_TAGGED) !== 0) {
            if (tagged >= TAGGED_MOST)
                (0, failure_1.fail)(errors_1.JET_errTooManyColumns);
            return ++tagged;
        }
        if (coltyp_1.FIXED_SIZE[spec.coltyp] !== undefined || (spec.grbit & COLUMN_FIXED) !== 0) {
            if (fixed >= FIXED_MOST)
                (0, failure_1.fail)(errors_1.JET_errTooManyColumns);
            return ++fixed;
        }
        if (variable >= VAR_MOST)
            (0, failure_1.fail)(errors_1.JET_errTooManyColumns);
        return ++variable;
    });
    return specs.map((spec, index) => {
        if (!isKnownType(spec.coltyp))
            (0, failure_1.fail)(errors_1.JET_errInvalidColumnType);
        const text = spec.coltyp === coltyp_1.COLTYP.Text || spec.coltyp === coltyp_1.COLTYP.LongText;
        if (text && spec.cp !== 0 && spec.cp !== CP_UNICODE && spec.cp !== CP_ASCII)
            (0, failure_1.fail)(errors_1.JET_errInvalidCodePage);
        const cp = text ? (spec.cp === 0 ? CP_ASCII : spec.cp) : 0;
        return new Column(ids[index], index, spec.coltyp, cp, spec.cbMax, spec.grbit);
    });
}
function columnsById(columns) {
    const byId = [];
    for (const c of columns)
        byId[c.columnid] = c;
    return byId;
}
function findColumn(columns, columnid) {
    const col = columnid >= 0 ? columns[columnid] : undefined;
    if (col === undefined)
        (0, failure_1.fail)(errors_1.JET_errColumnNotFound);
    return col;
}
