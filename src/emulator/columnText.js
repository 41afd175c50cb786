"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.columnValueText = columnValueText;
exports.columnValueBytes = columnValueBytes;
const coltyp_1 = require("../storage/coltyp");
/**
 * Column values as short text and back, by column type, for people reading a state (the dump's row previews, the
 * playground's composer). Bytes are what esent.dll stores: integers and floats little-endian at their width, Bit
 * one byte (0 is false), DateTime an OLE Automation date (days since 1899-12-30 as a double), GUID in the byte
 * order of Windows' GUID struct (the first three groups little-endian), Text UTF-16LE in code page 1200 and one
 * byte per character otherwise, Binary as it is.
 */
/** Code page of Unicode text columns. */
const CP_UNICODE = 1200;
const MS_PER_DAY = 86_400_000;
/** Days from the OLE Automation epoch (1899-12-30) to the Unix epoch (1970-01-01). */
const OLE_UNIX_DAYS = 25_569;
/** Where each byte of a GUID comes from in its 32 hex digits (the first three groups are little-endian). */
const GUID_ORDER = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15];
const GUID_TEXT = /^\{?([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})\}?$/i;
const INTEGERS = {
    [coltyp_1.COLTYP.UnsignedByte]: { size: 1, signed: false }, [coltyp_1.COLTYP.Short]: { size: 2, signed: true },
    [coltyp_1.COLTYP.UnsignedShort]: { size: 2, signed: false }, [coltyp_1.COLTYP.Long]: { size: 4, signed: true },
    [coltyp_1.COLTYP.UnsignedLong]: { size: 4, signed: false }, [coltyp_1.COLTYP.LongLong]: { size: 8, signed: true },
    [coltyp_1.COLTYP.UnsignedLongLong]: { size: 8, signed: false }, [coltyp_1.COLTYP.Currency]: { size: 8, signed: true },
};
function hexOf(bytes, max) {
    let s = '';
    const n = Math.min(bytes.length, max);
    for (let i = 0; i < n; i++)
        s += bytes[i].toString(16).padStart(2, '0');
    return n < bytes.length ? `${s}… (${bytes.length} bytes)` : s;
}
function view(bytes) {
    return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
function integerText(bytes, t) {
    let v = 0n;
    for (let i = t.size - 1; i >= 0; i--)
        v = (v << 8n) | BigInt(bytes[i]);
    if (t.signed && v >= 1n << BigInt(8 * t.size - 1))
        v -= 1n << BigInt(8 * t.size);
    return String(v);
}
/** A float as text that reads back to the same value (String() writes -0 as "0"). */
const numberText = (d) => (Object.is(d, -0) ? '-0' : String(d));
/** An OLE Automation date as an ISO time, or null when it is outside what a JavaScript Date holds. */
function oleDateText(d) {
    if (!Number.isFinite(d))
        return null;
    // Before the epoch the whole part counts days back and the fraction is still the time of that day.
    const whole = Math.trunc(d);
    const ms = Math.round((whole - OLE_UNIX_DAYS + Math.abs(d - whole)) * MS_PER_DAY);
    const date = new Date(ms);
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
function textOf(bytes, cp, max) {
    let s = '';
    if (cp === CP_UNICODE) {
        const v = view(bytes);
        for (let i = 0; i + 1 < bytes.length && s.length < max; i += 2)
            s += String.fromCharCode(v.getUint16(i, true));
    }
    else {
        for (let i = 0; i < bytes.length && s.length < max; i++)
            s += String.fromCharCode(bytes[i]);
    }
    const all = cp === CP_UNICODE ? bytes.length >> 1 : bytes.length;
    return s.length < all ? `${JSON.stringify(s)}… (${bytes.length} bytes)` : JSON.stringify(s);
}
/**
 * A value as short text: a number for the integer and float types, true / false for Bit, an ISO time for
 * DateTime, the usual GUID form, quoted text, hex for binary. Text longer than `max` characters (binary
 * longer than `max` / 2 bytes) is cut and its size given. Bytes that do not fit the type are shown in hex.
 */
function columnValueText(coltyp, cp, bytes, max = 40) {
    const int = INTEGERS[coltyp];
    if (int !== undefined)
        return bytes.length === int.size ? integerText(bytes, int) : hexOf(bytes, max >> 1);
    switch (coltyp) {
        case coltyp_1.COLTYP.Bit: return bytes.length === 1 ? (bytes[0] === 0 ? 'false' : 'true') : hexOf(bytes, max >> 1);
        case coltyp_1.COLTYP.IEEESingle: return bytes.length === 4 ? numberText(view(bytes).getFloat32(0, true)) : hexOf(bytes, max >> 1);
        case coltyp_1.COLTYP.IEEEDouble: return bytes.length === 8 ? numberText(view(bytes).getFloat64(0, true)) : hexOf(bytes, max >> 1);
        case coltyp_1.COLTYP.DateTime: {
            if (bytes.length !== 8)
                return hexOf(bytes, max >> 1);
            const d = view(bytes).getFloat64(0, true);
            return oleDateText(d) ?? numberText(d);
        }
        case coltyp_1.COLTYP.GUID: {
            if (bytes.length !== 16)
                return hexOf(bytes, max >> 1);
            const h = GUID_ORDER.map((i) => bytes[i].toString(16).padStart(2, '0')).join('');
            return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
        }
        case coltyp_1.COLTYP.Text:
        case coltyp_1.COLTYP.LongText: return textOf(bytes, cp, max);
        default: return hexOf(bytes, max >> 1);
    }
}
function integerBytes(text, t) {
    if (!/^\s*[-+]?\d+\s*$/.test(text))
        return null;
    let v = BigInt(text.trim());
    const bits = BigInt(8 * t.size);
    const lo = t.signed ? -(1n << (bits - 1n)) : 0n;
    const hi = t.signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
    if (v < lo || v > hi)
        return null;
    if (v < 0n)
        v += 1n << bits;
    const out = new Uint8Array(t.size);
    for (let i = 0; i < t.size; i++, v >>= 8n)
        out[i] = Number(v & 0xffn);
    return out;
}
function floatBytes(d, size) {
    const out = new Uint8Array(size);
    if (size === 4)
        view(out).setFloat32(0, d, true);
    else
        view(out).setFloat64(0, d, true);
    return out;
}
function number(text) {
    const t = text.trim();
    if (t === '')
        return null;
    const d = Number(t);
    return Number.isNaN(d) && !/^[-+]?nan$/i.test(t) ? null : d;
}
/** A time (ISO or anything Date.parse reads) or a number of days as an OLE Automation date. */
function oleDate(text) {
    const d = number(text);
    if (d !== null)
        return d;
    const ms = Date.parse(text.trim());
    if (Number.isNaN(ms))
        return null;
    const days = ms / MS_PER_DAY + OLE_UNIX_DAYS;
    if (days >= 0)
        return days;
    const day = Math.floor(days);
    return day - (days - day);
}
function hexBytes(text) {
    const digits = text.replace(/0x|[\s,:-]/gi, '');
    if (!/^[0-9a-f]*$/i.test(digits) || digits.length % 2 !== 0)
        return null;
    const out = new Uint8Array(digits.length >> 1);
    for (let i = 0; i < out.length; i++)
        out[i] = parseInt(digits.slice(2 * i, 2 * i + 2), 16);
    return out;
}
function textBytes(text, cp) {
    if (cp === CP_UNICODE) {
        const out = new Uint8Array(text.length * 2);
        for (let i = 0; i < text.length; i++)
            view(out).setUint16(2 * i, text.charCodeAt(i), true);
        return out;
    }
    const out = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c > 0xff)
            return null;
        out[i] = c;
    }
    return out;
}
/**
 * The bytes of a value written as text for a column type: the inverse of columnValueText for whole values
 * (text is taken as it is, not quoted; binary as hex digits). Null when the text is not a value of the type: an
 * integer out of range, a character a one-byte code page cannot hold, odd hex.
 */
function columnValueBytes(coltyp, cp, text) {
    const int = INTEGERS[coltyp];
    if (int !== undefined)
        return integerBytes(text, int);
    switch (coltyp) {
        case coltyp_1.COLTYP.Bit: {
            const t = text.trim().toLowerCase();
            if (t === 'true' || t === '1')
                return Uint8Array.of(0xff);
            return t === 'false' || t === '0' ? Uint8Array.of(0) : null;
        }
        case coltyp_1.COLTYP.IEEESingle:
        case coltyp_1.COLTYP.IEEEDouble: {
            const d = number(text);
            return d === null ? null : floatBytes(d, coltyp === coltyp_1.COLTYP.IEEESingle ? 4 : 8);
        }
        case coltyp_1.COLTYP.DateTime: {
            const d = oleDate(text);
            return d === null ? null : floatBytes(d, 8);
        }
        case coltyp_1.COLTYP.GUID: {
            const m = GUID_TEXT.exec(text.trim());
            if (m === null)
                return null;
            const h = m.slice(1).join('');
            const out = new Uint8Array(16);
            GUID_ORDER.forEach((from, i) => { out[from] = parseInt(h.slice(2 * i, 2 * i + 2), 16); });
            return out;
        }
        case coltyp_1.COLTYP.Text:
        case coltyp_1.COLTYP.LongText: return textBytes(text, cp);
        default: return hexBytes(text);
    }
}
