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
exports.FIXED_SIZE = exports.COLTYP = void 0;
exports.bitByte = bitByte;
exports.padFixed = padFixed;
const C = __importStar(require("../constants/constants"));
/** Column types (JET_coltyp*). */
exports.COLTYP = {
    Bit: C.JET_coltypBit, UnsignedByte: C.JET_coltypUnsignedByte, Short: C.JET_coltypShort, Long: C.JET_coltypLong,
    Currency: C.JET_coltypCurrency, IEEESingle: C.JET_coltypIEEESingle, IEEEDouble: C.JET_coltypIEEEDouble,
    DateTime: C.JET_coltypDateTime, Binary: C.JET_coltypBinary, Text: C.JET_coltypText, LongBinary: C.JET_coltypLongBinary,
    LongText: C.JET_coltypLongText, UnsignedLong: C.JET_coltypUnsignedLong, LongLong: C.JET_coltypLongLong,
    GUID: C.JET_coltypGUID, UnsignedShort: C.JET_coltypUnsignedShort, UnsignedLongLong: C.JET_coltypUnsignedLongLong,
};
/** Byte size of each fixed-size type (the others are variable: text, binary and long values). */
exports.FIXED_SIZE = {
    [exports.COLTYP.Bit]: 1, [exports.COLTYP.UnsignedByte]: 1, [exports.COLTYP.Short]: 2, [exports.COLTYP.Long]: 4, [exports.COLTYP.Currency]: 8,
    [exports.COLTYP.IEEESingle]: 4, [exports.COLTYP.IEEEDouble]: 8, [exports.COLTYP.DateTime]: 8, [exports.COLTYP.UnsignedLong]: 4,
    [exports.COLTYP.LongLong]: 8, [exports.COLTYP.GUID]: 16, [exports.COLTYP.UnsignedShort]: 2, [exports.COLTYP.UnsignedLongLong]: 8,
};
/** The byte that fills a fixed Text column's value (and a key segment of it) up to its size: a space (daedef.hxx). */
const FIXED_FILL = 0x20;
/**
 * A value of a fixed Binary / Text column padded to the column's size `size` (rec.hxx RECTextColumnPadding): Binary
 * with zero bytes, Text with spaces (in UTF-16 little-endian for code page 1200, filled by byte position).
 */
/** A fixed Bit column's stored byte for a 1-byte value (fldmod.cxx ErrRECISetFixedColumn): 0x00 or 0xFF. */
function bitByte(value) {
    return Uint8Array.of(value[0] === 0 ? 0x00 : 0xff);
}
function padFixed(value, size, coltyp, cp) {
    if (value.length >= size)
        return value;
    const out = new Uint8Array(size);
    out.set(value);
    if (coltyp === exports.COLTYP.Text) {
        for (let i = value.length; i < size; i++)
            out[i] = cp === 1200 && i % 2 === 1 ? 0 : FIXED_FILL;
    }
    return out;
}
