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
exports.secondaryBookmark = secondaryBookmark;
exports.gotoSecondaryBookmark = gotoSecondaryBookmark;
exports.currentEntry = currentEntry;
const errors_1 = require("../constants/errors");
const C = __importStar(require("../constants/constants"));
const failure_1 = require("../storage/failure");
const keys_1 = require("../storage/keys");
const tableImage_1 = require("../storage/tableImage");
const tableCursor_1 = require("./tableCursor");
const tableData_1 = require("./tableData");
const tableNav_1 = require("./tableNav");
function bytesOf(s) {
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++)
        out[i] = s.charCodeAt(i);
    return out;
}
/**
 * JetGetSecondaryIndexBookmark (fldnorm.cxx ErrIsamGetIndexBookmark): the
 * current entry of the cursor's secondary index, as its key and the record's
 * primary bookmark. NoCurrentIndex on the primary index (or the sequential
 * order); otherwise the entry is read as ErrDIRGet reads it: a new cursor is
 * on the first entry, off an entry is NoCurrentRecord, an entry gone from the
 * session's view (the record deleted, or its key changed) is RecordDeleted.
 */
function secondaryBookmark(engine, cursor) {
    (0, tableNav_1.enterTable)(engine, cursor);
    const index = cursor.index;
    if (index === null)
        (0, failure_1.fail)(errors_1.JET_errNoCurrentIndex);
    const { entry, bm } = currentEntry(cursor);
    return { key: bytesOf((0, tableImage_1.splitEntry)(entry).indexKey), bookmark: bytesOf(bm) };
}
/**
 * JetGotoSecondaryIndexBookmark (rec.cxx ErrIsamGotoIndexBookmark): onto the
 * entry (secondary key, primary bookmark) of the current secondary index.
 * NoCurrentIndex on the primary index; an empty secondary key is
 * InvalidBookmark, and so is an empty primary bookmark unless the index is
 * unique (a unique index finds the entry by its key alone). A prepared update
 * is cancelled and the index range removed first. No such entry:
 * RecordDeleted, and with JET_bitBookmarkPermitVirtualCurrency the cursor is
 * left at the place the entry would have (moves go on from there; reads are
 * NoCurrentRecord). On a unique index, a primary bookmark that is not the
 * found entry's is RecordDeleted with the cursor on that entry. Other grbits
 * are not looked at.
 */
function gotoSecondaryBookmark(engine, cursor, key, bookmark, grbit) {
    (0, tableNav_1.enterTable)(engine, cursor);
    const index = cursor.index;
    if (index === null)
        (0, failure_1.fail)(errors_1.JET_errNoCurrentIndex);
    if (key === null || key.length === 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidBookmark);
    const unique = index.unique;
    const hasBm = bookmark !== null && bookmark.length > 0;
    if (!unique && !hasBm)
        (0, failure_1.fail)(errors_1.JET_errInvalidBookmark);
    cursor.update = null;
    cursor.range = null;
    cursor.key.inProgress = false;
    const tree = (0, tableData_1.indexTree)((0, tableData_1.readImage)(cursor.session, cursor.table), cursor.table, index);
    const keyStr = (0, keys_1.keyFromBytes)(key);
    const bmStr = hasBm ? (0, keys_1.keyFromBytes)(bookmark) : '';
    let found;
    let place;
    if (unique) {
        place = (0, tableImage_1.shiftUp)(keyStr) + '\u0000';
        const hit = tree.getPairOrNextHigher(place);
        if (hit !== undefined && hit[0].startsWith(place))
            found = [hit[0], (0, tableImage_1.bookmarkOf)(hit[0])];
    }
    else {
        place = (0, tableImage_1.entryKey)(keyStr, bmStr);
        if (tree.has(place))
            found = [place, (0, tableImage_1.bookmarkOf)(place)];
    }
    if (found === undefined) {
        if ((grbit & C.JET_bitBookmarkPermitVirtualCurrency) !== 0) {
            cursor.where = tableCursor_1.Where.Gap;
            cursor.bm = null;
            cursor.entry = place;
        }
        (0, failure_1.fail)(errors_1.JET_errRecordDeleted);
    }
    (0, tableNav_1.landOn)(cursor, found[0], found[1]);
    if (unique && hasBm && found[1] !== bmStr)
        (0, failure_1.fail)(errors_1.JET_errRecordDeleted);
}
/**
 * The entry of its secondary index a cursor is on, as ErrDIRGet reads it: a
 * new cursor is on the first entry, off an entry is NoCurrentRecord, an entry
 * gone from the session's view (record deleted, key changed) RecordDeleted.
 */
function currentEntry(cursor) {
    const index = cursor.index;
    const { bm } = (0, tableNav_1.currentRecord)(cursor);
    const entry = cursor.entry;
    if (index !== null && !(0, tableData_1.indexTree)((0, tableData_1.readImage)(cursor.session, cursor.table), cursor.table, index).has(entry))
        (0, failure_1.fail)(errors_1.JET_errRecordDeleted);
    return { entry, bm };
}
