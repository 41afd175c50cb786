"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RecordImage = void 0;
const coltyp_1 = require("./coltyp");
const HEADER = 4;
const VAR_LEAST = 128;
const TAGGED_LEAST = 256;
/** daedef.hxx chRECFill: what fills a fixed column the record was widened over. */
const FILL = 0x2a;
/** daedef.hxx chRECFixedColAndKeyFill: the tail of a fixed text column. */
const TEXT_FILL = 0x20;
const VAR_NULL = 0x8000;
const EXTENDED_INFO = 0x4000;
const LONG_VALUE_HEADER = 0x01;
const CP_UNICODE = 1200;
/** JET_cbColumnMost: the widest fixed Binary / Text column. */
const COLUMN_MOST = 255;
/** cat.cxx UlCATColumnSize: the bytes a fixed column takes (a fixed Binary / Text one: cbMax, 0 or above 255 is 255). */
function fixedWidth(col) {
    return coltyp_1.FIXED_SIZE[col.coltyp] ?? (col.cbMax === 0 || col.cbMax > COLUMN_MOST ? COLUMN_MOST : col.cbMax);
}
class RecordImage {
    smallPage;
    fixed;
    variable;
    tagged;
    /** Where each fixed column starts (by position in `fixed`), and where the last one ends. */
    offsets;
    /** How many values a row has. */
    count;
    /** @param smallPage database pages of 8 KB or less (tagfld.hxx: the tagged format depends on it) */
    constructor(columns, smallPage) {
        this.smallPage = smallPage;
        this.count = columns.length;
        const byId = [...columns].sort((a, b) => a.columnid - b.columnid);
        this.fixed = byId.filter((c) => c.columnid < VAR_LEAST);
        this.variable = byId.filter((c) => c.columnid >= VAR_LEAST && c.columnid < TAGGED_LEAST);
        this.tagged = byId.filter((c) => c.columnid >= TAGGED_LEAST);
        this.offsets = [HEADER];
        for (const col of this.fixed)
            this.offsets.push(this.offsets[this.offsets.length - 1] + fixedWidth(col));
    }
    /**
     * The record bytes of a row: its values, how far its record reaches (CopyBuffer.reach), and what its NULL fixed
     * columns that had a value still hold (CopyBuffer.stale).
     */
    bytes(src, reach, stale) {
        const fixedLast = reach & 0xff;
        const varLast = reach >>> 8;
        const fixedCount = fixedLast;
        const varCount = varLast - (VAR_LEAST - 1);
        const bitmap = (fixedCount + 7) >> 3;
        const endFixed = this.offsets[fixedCount] + bitmap;
        let varBytes = 0;
        for (let v = 0; v < varCount; v++)
            varBytes += Math.max(src.lengthOf(this.variable[v].index), 0);
        const held = this.tagged.filter((c) => src.lengthOf(c.index) >= 0);
        const headerOf = (c) => (!this.smallPage || c.isLong ? 1 : 0);
        let taggedBytes = 4 * held.length;
        for (const c of held)
            taggedBytes += headerOf(c) + src.lengthOf(c.index);
        const out = new Uint8Array(endFixed + 2 * varCount + varBytes + taggedBytes);
        out[0] = fixedLast;
        out[1] = varLast;
        out[2] = endFixed & 0xff;
        out[3] = endFixed >>> 8;
        // Fixed columns and their NULL bits.
        const bits = this.offsets[fixedCount];
        out.fill(0xff, bits, endFixed);
        for (let f = 0; f < fixedCount; f++) {
            const col = this.fixed[f];
            const at = this.offsets[f];
            const width = this.offsets[f + 1] - at;
            const len = src.lengthOf(col.index);
            const old = len > 0 ? undefined : stale?.get(col.index);
            if (len <= 0 && old === undefined) {
                out.fill(FILL, at, at + width);
                continue;
            }
            if (len > 0)
                out[bits + (f >> 3)] &= ~(1 << (f & 7));
            const value = old ?? src.bytes.subarray(src.startOf(col.index), src.startOf(col.index) + len);
            const n = Math.min(value.length, width);
            // (A Bit value is already 0x00 or 0xFF: the copy buffer keeps it so, as the engine's record does.)
            out.set(value.subarray(0, n), at);
            if (n < width && col.coltyp === coltyp_1.COLTYP.Text) {
                // rec.hxx RECTextColumnPadding: spaces, as UTF-16 for a Unicode column.
                for (let k = n; k < width; k++)
                    out[at + k] = col.cp === CP_UNICODE && k % 2 === 1 ? 0 : TEXT_FILL;
            }
        }
        // Variable columns: the offsets, then the data.
        let at = endFixed + 2 * varCount;
        let end = 0;
        for (let v = 0; v < varCount; v++) {
            const col = this.variable[v];
            const len = src.lengthOf(col.index);
            if (len > 0) {
                const from = src.startOf(col.index);
                out.set(src.bytes.subarray(from, from + len), at);
                at += len;
                end += len;
            }
            const entry = len < 0 ? end | VAR_NULL : end;
            out[endFixed + 2 * v] = entry & 0xff;
            out[endFixed + 2 * v + 1] = entry >>> 8;
        }
        // Tagged columns: the entries, then the data.
        const area = at;
        let ib = 4 * held.length;
        held.forEach((col, i) => {
            const header = headerOf(col);
            const flags = this.smallPage && header !== 0 ? EXTENDED_INFO : 0;
            const entry = area + 4 * i;
            out[entry] = col.columnid & 0xff;
            out[entry + 1] = col.columnid >>> 8;
            out[entry + 2] = (ib | flags) & 0xff;
            out[entry + 3] = (ib | flags) >>> 8;
            if (header !== 0)
                out[area + ib] = col.isLong ? LONG_VALUE_HEADER : 0;
            const len = src.lengthOf(col.index);
            const from = src.startOf(col.index);
            if (len > 0)
                out.set(src.bytes.subarray(from, from + len), area + ib + header);
            ib += header + len;
        });
        return out;
    }
}
exports.RecordImage = RecordImage;
