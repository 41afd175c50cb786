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
exports.intersectIndexes = intersectIndexes;
const errors_1 = require("../constants/errors");
const C = __importStar(require("../constants/constants"));
const columns_1 = require("../catalog/columns");
const failure_1 = require("../storage/failure");
const cursor_1 = require("./cursor");
const cursorSet_1 = require("./cursorSet");
const cursorUpdate_1 = require("./cursorUpdate");
const openTempTable_1 = require("./openTempTable");
const secondaryBookmark_1 = require("./secondaryBookmark");
const tableNav_1 = require("./tableNav");
/**
 * rec.cxx ErrRECICheckIndexrangesForUniqueness, for each range in turn: its
 * cursor must be on a secondary index (the primary index or a sequential
 * table: InvalidParameter), its grbit exactly JET_bitRecordInIndex
 * (InvalidGrbit: RecordNotInIndex is turned away too), and against every
 * other range: on a secondary index, the same table and another index
 * (InvalidParameter otherwise).
 */
function checkRanges(ranges) {
    ranges.forEach((r, i) => {
        if (r.cursor.index === null)
            (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
        if (r.grbit !== C.JET_bitRecordInIndex)
            (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
        ranges.forEach((o, j) => {
            if (j === i)
                return;
            if (o.cursor.index === null || o.cursor.table !== r.cursor.table || o.cursor.index === r.cursor.index) {
                (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
            }
        });
    });
}
/**
 * The bookmarks of one range (rec.cxx ErrRECIInsertBookmarksIntoSort): from
 * the cursor's current entry (ErrDIRGet: NoCurrentRecord off an entry,
 * RecordDeleted when it is gone) forward until the end of the index or its
 * upper index range; the cursor is moved there as those DIRNext calls move
 * it. A record with several entries counts once (the sort drops duplicates).
 */
function bookmarksOf(cursor) {
    const out = new Set();
    out.add((0, secondaryBookmark_1.currentEntry)(cursor).bm);
    while ((0, tableNav_1.nextEntry)(cursor))
        out.add(cursor.bm);
    return out;
}
/**
 * JetIntersectIndexes (rec.cxx ErrIsamIntersectIndexes): the records every
 * range holds, as a new temp table of their primary bookmarks (one Binary
 * key column, JET_bitColumnTTKey, opened with no grbit: a sort whose first
 * move ends the inserts), in bookmark order. The count and record list checks
 * are the caller's; here the ranges are checked, then each range's bookmarks
 * are collected (which moves its cursor), then the common ones are inserted.
 */
function intersectIndexes(engine, ses, ranges) {
    for (const r of ranges)
        (0, tableNav_1.enterTable)(engine, r.cursor);
    checkRanges(ranges);
    const sets = ranges.map((r) => bookmarksOf(r.cursor));
    const common = [...sets[0]].filter((bm) => sets.every((s) => s.has(bm)));
    const keyMost = C.JET_cbKeyMost8KBytePage;
    const cursor = (0, openTempTable_1.openTempTable)(engine, ses, {
        columns: [{ coltyp: columns_1.COLTYP.Binary, cp: 0, cbMax: 0, grbit: C.JET_bitColumnTTKey }], grbit: 0, keyMost, varSegMac: keyMost,
    });
    const columnid = cursor.table.columns[0].columnid;
    try {
        for (const bm of common) {
            (0, cursorUpdate_1.prepareUpdate)(engine, cursor, cursor_1.PREP.Insert);
            const bytes = new Uint8Array(bm.length);
            for (let i = 0; i < bm.length; i++)
                bytes[i] = bm.charCodeAt(i);
            (0, cursorUpdate_1.setColumn)(engine, cursor, columnid, bytes, 0, true);
            (0, cursorUpdate_1.update)(engine, cursor);
        }
    }
    catch (caught) {
        // On a failure the engine closes the temp table (ErrRECIJoinFindDuplicates).
        (0, cursorSet_1.closeAnyCursor)(engine, cursor);
        throw caught;
    }
    return { cursor, columnid, count: common.length };
}
