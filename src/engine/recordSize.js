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
exports.RECORD_SIZE_GRBITS = void 0;
exports.recordSize = recordSize;
/**
 * JetGetRecordSize / JetGetRecordSize2 (fldenum.cxx ErrIsamGetRecordSize, ErrRECIGetRecordSize): what a record
 * takes in the engine's record format. The logical counts follow the record's layout, not which values are set: its
 * fixed and variable slots run up to the last column of each class the record holds (its stored range,
 * src/catalog/recordCovers.ts: NULL columns below it count), its tagged columns are those it holds (a tagged default
 * esemu copied into the record does not count: the engine keeps it in the default record), and a long value over
 * 1,023 bytes lives outside the record. The overheads are the engine's formula for its small pages (4 and 8 KB).
 */
const recordCovers_1 = require("../catalog/recordCovers");
const C = __importStar(require("../constants/constants"));
const errors_1 = require("../constants/errors");
const failure_1 = require("../storage/failure");
const record_1 = require("../storage/record");
const cursor_1 = require("./cursor");
const fullRecord_1 = require("./fullRecord");
const tableCursor_1 = require("./tableCursor");
const tableNav_1 = require("./tableNav");
/** The grbits JetGetRecordSize3 takes (jetapi.cxx): InCopyBuffer, RunningTotal, Local, IntrinsicPhysicalOnly, ExtrinsicLogicalOnly. */
exports.RECORD_SIZE_GRBITS = 0x1 | 0x2 | 0x4 | 0x20 | 0x40;
const IN_COPY_BUFFER = 0x1;
const LOCAL = 0x4;
/** rec.hxx cbLVIntrinsicMost: the longest long value the record holds itself. */
const INTRINSIC_MOST = 1023;
/** A page's TAG (cpage.hxx), the key's length count (daeconst.hxx) and the REC header (rec.hxx). */
const NODE_OVERHEAD = 4 + 2 + 4;
/** TAGFLD, and the header byte of a long value or of several values. */
const TAGFLD = 4;
const TAGFLD_HEADER = 1;
/** The LID a separated long value leaves in the record (LID64 in current formats). */
const LID = 8;
/** A separated long value's root node and the chunk each of its nodes holds, estimated (see differences.md). */
const LV_ROOT_OVERHEAD = 4 + 2 + LID + 8;
const LV_CHUNK = 4096 - 200;
const LV_CHUNK_OVERHEAD = 4 + 2 + LID + 4;
/** A table without a primary index keys its records by a DBK, a ULONG. */
const DBK_SIZE = 4;
const FIXED_LAST = 127;
const VAR_FIRST = 128;
const TAGGED_FIRST = 256;
function zero() {
    return {
        cbData: 0, cbLongValueData: 0, cbOverhead: 0, cbLongValueOverhead: 0, cNonTaggedColumns: 0, cTaggedColumns: 0,
        cLongValues: 0, cMultiValues: 0, cCompressedColumns: 0, cbDataCompressed: 0, cbLongValueDataCompressed: 0,
    };
}
/**
 * The sizes of a record: `fixedLast` / `varLast` its last fixed and variable fids (0 / 127: none), `keyLength` the
 * key counted in the overhead. `local`: JET_bitRecordSizeLocal (separated long values counted, not measured).
 */
function measure(columns, fixedLast, varLast, keyLength, local) {
    const r = zero();
    const fixedSlots = fixedLast;
    const varSlots = Math.max(0, varLast - FIXED_LAST);
    r.cNonTaggedColumns = fixedSlots + varSlots;
    r.cbOverhead = NODE_OVERHEAD + keyLength + Math.ceil(fixedSlots / 8) + 2 * varSlots;
    for (const c of columns) {
        if (c.fid <= FIXED_LAST) {
            if (c.fid <= fixedLast)
                r.cbData += c.width;
        }
        else if (c.fid < TAGGED_FIRST) {
            if (c.fid <= varLast)
                r.cbData += c.values[0]?.length ?? 0;
        }
        else if (c.values.length > 0) {
            tagged(r, c, local);
        }
        else if (c.nullEntry === true) {
            r.cTaggedColumns += 1;
            r.cbOverhead += TAGFLD;
        }
    }
    r.cbDataCompressed = r.cbData;
    return r;
}
/** One tagged column the record holds (fldenum.cxx: the single, two-value and multi-value iterators). */
function tagged(r, c, local) {
    const n = c.values.length;
    r.cTaggedColumns += 1;
    r.cMultiValues += n - 1;
    let separated = 0;
    for (const v of c.values) {
        if (c.isLong && v.length > INTRINSIC_MOST) {
            separated += 1;
            r.cLongValues += 1;
            if (!local) {
                r.cbLongValueData += v.length;
                r.cbLongValueDataCompressed += v.length;
                r.cbLongValueOverhead += LV_ROOT_OVERHEAD + Math.ceil(v.length / LV_CHUNK) * LV_CHUNK_OVERHEAD;
            }
        }
        else {
            r.cbData += v.length;
        }
    }
    // One value: its TAGFLD (a long value's header byte too); two short values: TWOVALUES (a header and a length
    // byte); else MULTIVALUES (a header and two bytes of offset per value).
    if (n === 1)
        r.cbOverhead += TAGFLD + (c.isLong ? TAGFLD_HEADER : 0);
    else if (n === 2 && !c.isLong)
        r.cbOverhead += TAGFLD + 2;
    else
        r.cbOverhead += TAGFLD + TAGFLD_HEADER + 2 * n;
    r.cbOverhead += separated * LID;
}
/** The last fid from `first` to `last` that holds a value (first - 1: none), for a record whose range is not kept. */
function lastHeld(columns, first, last) {
    let highest = first - 1;
    for (const c of columns)
        if (c.fid >= first && c.fid <= last && c.values.length > 0 && c.fid > highest)
            highest = c.fid;
    return highest;
}
/** A regular table's record, or its update's copy buffer with JET_bitRecordSizeInCopyBuffer. */
function tableRecord(cursor, grbit) {
    const upd = cursor.update;
    let values;
    let covers;
    let keyLength;
    if ((grbit & IN_COPY_BUFFER) !== 0 && upd !== null) {
        values = upd.values;
        covers = upd.covers;
        // An insert has no key yet; a replace keeps the record's (fldenum.cxx ErrRECIGetRecordSize).
        const replacing = upd.prep === C.JET_prepReplace || upd.prep === C.JET_prepReplaceNoLock;
        keyLength = replacing && upd.original !== null ? upd.original.length : 0;
    }
    else {
        const found = (0, tableNav_1.currentRecord)(cursor);
        values = found.values;
        covers = (0, fullRecord_1.coversOfRecord)(values);
        // fldenum.cxx ErrIsamGetRecordSize / ErrRECIGetRecordSize: the record is measured from a copy, its page
        // released, unless JET_bitRecordSizeLocal; the key then counts only with no update prepared or a replace.
        const insertPrepared = upd !== null && upd.prep !== C.JET_prepReplace && upd.prep !== C.JET_prepReplaceNoLock;
        keyLength = insertPrepared && (grbit & LOCAL) === 0 ? 0 : cursor.table.primary === null ? DBK_SIZE : found.bm.length;
    }
    const columns = [];
    for (const col of cursor.table.columns.values()) {
        let list = values.get(col.columnid) ?? [];
        let nullEntry = false;
        // A tagged default esemu copied in at the insert is the default record's in the engine, not the record's.
        if (col.tagged && list.length === 1 && list[0] === col.defaultValue)
            list = [];
        // A tagged column with a default that a record answers for but holds no value of was set to NULL: the engine
        // keeps a NULL entry for it (tagfld.cxx TAGFIELDS::ErrSetColumn), a tagged column of its own.
        else if (col.tagged && list.length === 0 && col.defaultValue !== null && (0, recordCovers_1.answersFor)(covers, col))
            nullEntry = true;
        columns.push({ fid: col.columnid & 0xffff, width: col.fixedSize || col.padTo, isLong: col.isLong, values: list, nullEntry });
    }
    const stored = (0, recordCovers_1.lastStored)(covers);
    const fixedLast = stored?.fixed ?? lastHeld(columns, 1, FIXED_LAST);
    const varLast = stored?.variable ?? lastHeld(columns, VAR_FIRST, TAGGED_FIRST - 1);
    return measure(columns, fixedLast, varLast, keyLength, (grbit & LOCAL) !== 0);
}
/**
 * JetGetRecordSize after the grbit check: a regular table's current record (or its copy buffer), or a temp table's
 * current row once it is read back or materialized (IllegalOperation while it takes rows: ErrIllegalGetRecordSize).
 */
function recordSize(engine, cursor, grbit) {
    if (cursor instanceof tableCursor_1.TableCursor) {
        (0, tableNav_1.enterTable)(engine, cursor);
        return tableRecord(cursor, grbit);
    }
    const table = (0, cursor_1.enter)(engine, cursor);
    if (table.phase === 'insert')
        (0, failure_1.fail)(errors_1.JET_errIllegalOperation);
    const row = (0, cursor_1.currentRow)(cursor);
    // A sort's record: its fixed columns, then its variable ones, then its long values as tagged columns, numbered in
    // that order as the engine numbers a temp table's columns.
    const columns = [];
    let fixed = 0;
    let variable = FIXED_LAST;
    let taggedFid = TAGGED_FIRST - 1;
    for (const col of table.columns) {
        const len = (0, record_1.copyPackedField)(row.rec, row.at, table.columns.length, col.index, null, 0);
        const bytes = new Uint8Array(Math.max(len, 0));
        if (len > 0)
            (0, record_1.copyPackedField)(row.rec, row.at, table.columns.length, col.index, bytes, len);
        const fid = col.isLong ? ++taggedFid : col.fixedSize > 0 ? ++fixed : ++variable;
        columns.push({ fid, width: col.fixedSize, isLong: col.isLong, values: len < 0 ? [] : [bytes] });
    }
    const fixedLast = lastHeld(columns, 1, FIXED_LAST);
    const varLast = lastHeld(columns, VAR_FIRST, TAGGED_FIRST - 1);
    return measure(columns, fixedLast, varLast, row.norm.length, (grbit & LOCAL) !== 0);
}
