"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.COVERS_NONE = exports.COVERS_ALL = void 0;
exports.coverPart = coverPart;
exports.lastStored = lastStored;
exports.answersFor = answersFor;
exports.answersForId = answersForId;
exports.coverColumn = coverColumn;
exports.coversAll = coversAll;
exports.defaultsShape = defaultsShape;
exports.withDefaults = withDefaults;
const template_1 = require("./template");
/** A record that answers for every column (no range tracked). */
exports.COVERS_ALL = -1;
/** A record that holds no column at all. */
exports.COVERS_NONE = 0;
const FIXED_MASK = 0x7f;
const VAR_MASK = 0xff << 7;
const TAGGED_MASK = 0xffff << 15;
/** The CoverPart of a column id (TableColumn keeps its own: coverMask, coverValue). */
function coverPart(columnid) {
    if ((0, template_1.isTemplateColumnid)(columnid))
        return { mask: 0, value: 0 };
    const fid = (0, template_1.fidOf)(columnid);
    if (fid <= 127)
        return { mask: FIXED_MASK, value: fid };
    if (fid <= 255)
        return { mask: VAR_MASK, value: (fid - 127) << 7 };
    return { mask: TAGGED_MASK, value: (fid - 255) * (1 << 15) };
}
/**
 * The last fixed FID (0: none) and the last variable FID (127: none) a record's stored range reaches, the engine's
 * FidFixedLastInRec / FidVarLastInRec; null for a record whose range is not tracked (COVERS_ALL).
 */
function lastStored(covers) {
    if (covers === exports.COVERS_ALL)
        return null;
    return { fixed: bits(covers, FIXED_MASK), variable: (bits(covers, VAR_MASK) >>> 7) + 127 };
}
/** The bits of `covers` under `mask`, as a non-negative number (the tagged bits reach bit 30). */
function bits(covers, mask) {
    return (covers & mask) >>> 0;
}
/** Does a record with these covers answer for the column (hold its value, or its NULL)? */
function answersFor(covers, col) {
    return covers === exports.COVERS_ALL || bits(covers, col.coverMask) >= col.coverValue;
}
/** answersFor, by column id (the slow paths that have no TableColumn at hand). */
function answersForId(covers, columnid) {
    const part = coverPart(columnid);
    return covers === exports.COVERS_ALL || bits(covers, part.mask) >= part.value;
}
/** Covers raised so that the record answers for the column too (the other classes unchanged). */
function coverColumn(covers, col) {
    if (answersFor(covers, col))
        return covers;
    return covers - bits(covers, col.coverMask) + col.coverValue;
}
/** Does every column in `needed` (covers of the last column of each class that has a default) fall in `covers`? */
function coversAll(covers, needed) {
    if (covers === exports.COVERS_ALL || covers === needed)
        return true;
    return bits(covers, FIXED_MASK) >= bits(needed, FIXED_MASK) && bits(covers, VAR_MASK) >= bits(needed, VAR_MASK)
        && bits(covers, TAGGED_MASK) >= bits(needed, TAGGED_MASK);
}
/** The DefaultsShape of a table's columns. */
function defaultsShape(columns) {
    const defaulted = columns.filter((c) => c.defaultValue !== null && c.coverMask !== 0);
    let needed = exports.COVERS_NONE;
    for (const c of defaulted)
        needed = coverColumn(needed, c);
    return { defaulted, needed };
}
/**
 * A record's values as its readers see them: the stored values, and the current default of each column the record
 * does not answer for (see the top of this file). The stored values themselves when there is none to add: a table
 * whose records all answer for its defaulted columns pays one comparison.
 */
function withDefaults(shape, values, covers) {
    if (coversAll(covers, shape.needed))
        return values;
    let full = null;
    for (const col of shape.defaulted) {
        if (answersFor(covers, col) || values.has(col.columnid))
            continue;
        full ??= new Map(values);
        full.set(col.columnid, [col.defaultValue]);
    }
    return full ?? values;
}
