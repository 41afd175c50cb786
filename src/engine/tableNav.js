"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.enterTable = enterTable;
exports.shapeOf = shapeOf;
exports.normOf = normOf;
exports.landOn = landOn;
exports.currentRecord = currentRecord;
exports.nextEntry = nextEntry;
exports.moveTable = moveTable;
exports.makeTableKey = makeTableKey;
exports.seekTable = seekTable;
exports.setTableIndexRange = setTableIndexRange;
exports.setCurrentIndex = setCurrentIndex;
exports.currentIndexName = currentIndexName;
exports.currentKey = currentKey;
exports.entryCount = entryCount;
exports.keyOfBytes = keyOfBytes;
exports.recordPosition = recordPosition;
exports.gotoPosition = gotoPosition;
const errors_1 = require("../constants/errors");
const indexEntries_1 = require("../catalog/indexEntries");
const failure_1 = require("../storage/failure");
const keys_1 = require("../storage/keys");
const tableImage_1 = require("../storage/tableImage");
const gates_1 = require("./gates");
const tableCursor_1 = require("./tableCursor");
const tableData_1 = require("./tableData");
const fullRecord_1 = require("./fullRecord");
const entryView_1 = require("./entryView");
const columnCatalog_1 = require("./columnCatalog");
/**
 * Currency on regular tables (ese-semantics §8, managedesent-api.md §7 16-29):
 * a cursor sits on an entry of its current index (the primary index, whose
 * entries are the records' bookmarks; a secondary index; or, without a primary
 * index, the sequential order of bookmarks). It keeps the entry's key, so a
 * deleted record stays current and moves go on from where it was.
 */
const MOVE_FIRST = -0x80000000;
const MOVE_LAST = 0x7fffffff;
const MOVE_KEY_NE = 0x1;
const SEEK = { EQ: 0x1, LT: 0x2, LE: 0x4, GE: 0x8, GT: 0x10, SetIndexRange: 0x20 };
const RANGE = { Inclusive: 0x1, UpperLimit: 0x2, InstantDuration: 0x4, Remove: 0x8 };
/** The gate every table-cursor call passes (the table may have been deleted under it). */
function enterTable(engine, cursor) {
    (0, gates_1.enterSession)(engine, cursor.session, false);
}
/** A sequential table has no key to make: its "index" orders bookmarks. */
const SEQUENTIAL = { keyMost: 255, keyColumns: [], indexed: false, appendKeySegment: () => undefined };
/** The index a cursor's keys are made for. */
function shapeOf(cursor) {
    return cursor.index ?? cursor.table.primary ?? SEQUENTIAL;
}
/** The index key of an entry of the cursor's current index. */
function normOf(cursor, entry) {
    return cursor.index === null ? entry : (0, tableImage_1.splitEntry)(entry).indexKey;
}
function land(cursor, found, otherwise) {
    if (found === undefined) {
        cursor.where = otherwise;
        cursor.bm = null;
        cursor.entry = null;
        return false;
    }
    cursor.where = tableCursor_1.Where.On;
    cursor.bm = found.bm;
    cursor.entry = found.entry;
    if (found.values !== undefined && found.image !== undefined) {
        // The record is in hand already: the next read of it (currentRecord) need not look it up again.
        const cached = cursor.lastRead;
        cached.image = found.image;
        cached.changes = found.image.changes;
        cached.bm = found.bm;
        cached.values = found.values;
    }
    return true;
}
/** Put the cursor on a record's entry in the current index (after an insert read back, a bookmark...). */
function landOn(cursor, entry, bm) {
    land(cursor, { entry, bm }, tableCursor_1.Where.Before);
}
/**
 * The record under the cursor: NoCurrentRecord off a record, RecordDeleted when it is gone from the session's view.
 * The record is the table cursor's (a bookmark): it is there whenever `bm` is, which is when the cursor is on an
 * entry, and also after a failed range check on a secondary index moved only the index's cursor off it
 * (setTableIndexRange).
 */
function currentRecord(cursor) {
    if (cursor.where === tableCursor_1.Where.DeferredFirst)
        land(cursor, (0, entryView_1.view)(cursor).first(), tableCursor_1.Where.DeferredFirst);
    if (cursor.bm === null)
        (0, failure_1.fail)(errors_1.JET_errNoCurrentRecord);
    const image = (0, tableData_1.readImage)(cursor.session, cursor.table);
    // The last record read stays valid while the image it came from is the one read and has not changed since.
    const cached = cursor.lastRead;
    if (cached.image === image && cached.changes === image.changes && cached.bm === cursor.bm)
        return cached;
    const values = image.record(cursor.bm);
    if (values === undefined)
        (0, failure_1.fail)(errors_1.JET_errRecordDeleted);
    cached.image = image;
    cached.changes = image.changes;
    cached.bm = cursor.bm;
    cached.values = values;
    return cached;
}
function outOfRange(cursor, entry, forward) {
    const r = cursor.range;
    if (r === null || r.upper !== forward)
        return false;
    // The entry's index key compared with the limit: on a secondary index without taking the key out of the entry.
    // Its key part holds no 0 (every byte is moved up by one) and a 0 follows it, so the entry compares with the
    // shifted limit as its key part does, and the two are equal exactly when the entry is the limit then a 0.
    let order;
    if (cursor.index === null) {
        order = entry === r.limit ? 0 : entry < r.limit ? -1 : 1;
    }
    else {
        const limit = (r.shifted ??= (0, tableImage_1.shiftUp)(r.limit));
        order = entry.startsWith(limit) && entry.charCodeAt(limit.length) === 0 ? 0 : entry < limit ? -1 : 1;
    }
    if (order === 0)
        return !r.inclusive;
    return r.upper ? order > 0 : order < 0;
}
function step(cursor, forward, keyNE) {
    const v = (0, entryView_1.view)(cursor);
    let next;
    if (cursor.where === tableCursor_1.Where.On && cursor.entry !== null) {
        const from = cursor.entry;
        next = forward ? v.after(from) : v.before(from);
        if (keyNE) {
            const norm = normOf(cursor, from);
            while (next !== undefined && normOf(cursor, next.entry) === norm)
                next = forward ? v.after(next.entry) : v.before(next.entry);
        }
    }
    else if (cursor.where === tableCursor_1.Where.Gap && cursor.entry !== null) {
        // After a failed seek: the entries on either side of the sought key.
        next = forward ? v.atOrAfterEntry(cursor.entry) : v.beforeEntry(cursor.entry);
    }
    else {
        // Before the first or after the last entry: with nothing to move onto, the cursor stays where it is
        // (dir.cxx ErrDIRNext / ErrDIRPrev restore its currency).
        next = cursor.where === tableCursor_1.Where.After ? (forward ? undefined : v.last()) : forward ? v.first() : undefined;
        if (next === undefined) {
            // rec.cxx ErrIsamMove: the failed move leaves the table's cursor off its record too (a failed range check
            // may have left it on one, setTableIndexRange).
            cursor.bm = null;
            return false;
        }
    }
    if (next !== undefined && outOfRange(cursor, next.entry, forward)) {
        cursor.range = null;
        next = undefined;
    }
    return land(cursor, next, forward ? tableCursor_1.Where.After : tableCursor_1.Where.Before);
}
/** One step forward on the current index as the engine's DIRNext takes it (the index range checked): false past the end. */
function nextEntry(cursor) {
    return step(cursor, true, false);
}
/** JetMove on a table. */
function moveTable(engine, cursor, cRow, grbit) {
    enterTable(engine, cursor);
    // rec.cxx ErrIsamMove: a count of 0 on a filtered cursor is refused before the prepared update is cancelled.
    if (cRow === 0)
        (0, tableCursor_1.refuseFiltered)(cursor);
    // rec.cxx ErrIsamMove: a move cancels the prepared update, whatever the count.
    cursor.update = null;
    if (cRow === 0) {
        currentRecord(cursor);
        return;
    }
    cursor.navLevel = cursor.session.level;
    if (cRow === MOVE_FIRST || cRow === MOVE_LAST) {
        cursor.range = null;
        const v = (0, entryView_1.view)(cursor);
        if (!land(cursor, cRow === MOVE_FIRST ? v.first() : v.last(), cRow === MOVE_FIRST ? tableCursor_1.Where.Before : tableCursor_1.Where.After)) {
            (0, failure_1.fail)(errors_1.JET_errNoCurrentRecord);
        }
        return;
    }
    // A new cursor is on the first entry as soon as it is used: a Next from there goes to the second (dir.cxx:850-870).
    // With no entry the move fails and the cursor stays deferred (dir.cxx ErrDIRIIRefresh).
    if (cursor.where === tableCursor_1.Where.DeferredFirst && !land(cursor, (0, entryView_1.view)(cursor).first(), tableCursor_1.Where.DeferredFirst)) {
        (0, failure_1.fail)(errors_1.JET_errNoCurrentRecord);
    }
    const keyNE = (grbit & MOVE_KEY_NE) !== 0;
    for (let n = Math.abs(cRow); n > 0; n--) {
        if (!step(cursor, cRow > 0, keyNE))
            (0, failure_1.fail)(errors_1.JET_errNoCurrentRecord);
    }
}
/** JetMakeKey on a table. */
function makeTableKey(engine, cursor, data, grbit) {
    enterTable(engine, cursor);
    cursor.key.make(shapeOf(cursor), data, grbit);
}
/** JetSeek on a table: EQ exact or RecordNotFound, GE / LE with SeekNotEqual when not exact (§7 24-25). */
function seekTable(engine, cursor, grbit) {
    enterTable(engine, cursor);
    const how = grbit & (SEEK.EQ | SEEK.LT | SEEK.LE | SEEK.GE | SEEK.GT);
    if ((grbit & ~(how | SEEK.SetIndexRange)) !== 0 || (how & (how - 1)) !== 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    if (how === 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    const key = cursor.key.made();
    // rec.cxx:1264-1276: the seek cancels a prepared update and the index range.
    cursor.update = null;
    cursor.key.inProgress = false;
    cursor.range = null;
    cursor.navLevel = cursor.session.level;
    const v = (0, entryView_1.view)(cursor);
    let found;
    let code = errors_1.JET_errSuccess;
    switch (how) {
        case SEEK.EQ:
            found = v.exactly(key);
            break;
        case SEEK.GE:
            found = v.atOrAfter(key);
            if (found !== undefined && normOf(cursor, found.entry) !== key)
                code = errors_1.JET_wrnSeekNotEqual;
            break;
        case SEEK.GT:
            found = v.greater(key);
            break;
        case SEEK.LE:
            found = v.atOrBefore(key);
            if (found !== undefined && normOf(cursor, found.entry) !== key) {
                code = errors_1.JET_wrnSeekNotEqual;
            }
            else if (found !== undefined && cursor.index !== null) {
                // The first entry of an equal-key group, as GE lands on.
                found = v.atOrAfter(key);
            }
            break;
        default:
            found = v.less(key);
    }
    if (!land(cursor, found, tableCursor_1.Where.Before)) {
        // No currency, but a place: the next move goes on from the sought key (dir.cxx:882-897).
        cursor.where = tableCursor_1.Where.Gap;
        cursor.entry = cursor.index === null ? key : (0, tableImage_1.shiftUp)(key);
        (0, failure_1.fail)(errors_1.JET_errRecordNotFound);
    }
    if ((grbit & SEEK.SetIndexRange) !== 0 && how === SEEK.EQ)
        cursor.range = { limit: key, upper: true, inclusive: true };
    return code;
}
/** JetSetIndexRange on a table (§7 26-28). */
function setTableIndexRange(engine, cursor, grbit) {
    enterTable(engine, cursor);
    if ((grbit & ~(RANGE.Inclusive | RANGE.UpperLimit | RANGE.InstantDuration | RANGE.Remove)) !== 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    if ((grbit & RANGE.Remove) !== 0) {
        if (cursor.range === null)
            (0, failure_1.fail)(errors_1.JET_errInvalidOperation);
        cursor.range = null;
        return;
    }
    // rec.cxx ErrIsamSetIndexRange: on the table itself, a table without a primary index has no index to range over.
    if (cursor.index === null && cursor.table.primary === null)
        (0, failure_1.fail)(errors_1.JET_errNoCurrentIndex);
    const limit = cursor.key.made();
    cursor.key.inProgress = false;
    const range = { limit, upper: (grbit & RANGE.UpperLimit) !== 0, inclusive: (grbit & RANGE.Inclusive) !== 0 };
    cursor.range = range;
    // dir.cxx ErrDIRCheckIndexRange: a deferred move-first is resolved first (it stays deferred on an empty index).
    if (cursor.where === tableCursor_1.Where.DeferredFirst)
        land(cursor, (0, entryView_1.view)(cursor).first(), tableCursor_1.Where.DeferredFirst);
    const entry = cursor.where === tableCursor_1.Where.On ? cursor.entry : null;
    if (entry !== null && outOfRange(cursor, entry, range.upper)) {
        // On an entry outside the range: the range goes and the cursor moves past its end (fucb.cxx ErrFUCBCheckIndexRange).
        // dir.cxx ErrDIRICheckIndexRange moves only the index's cursor (rec.cxx ErrIsamSetIndexRange works on
        // pfucbCurIndex): on a secondary index the table's cursor stays on the record, which a retrieve still reads.
        cursor.range = null;
        const bm = cursor.bm;
        land(cursor, undefined, range.upper ? tableCursor_1.Where.After : tableCursor_1.Where.Before);
        if (cursor.index !== null)
            cursor.bm = bm;
        (0, failure_1.fail)(errors_1.JET_errNoCurrentRecord);
    }
    // An instant-duration range is removed whatever the check answered.
    if ((grbit & RANGE.InstantDuration) !== 0)
        cursor.range = null;
    // Off an entry: NoCurrentRecord, but the range stays set and the cursor stays where it is (rec.cxx ErrIsamSetIndexRange).
    if (entry === null)
        (0, failure_1.fail)(errors_1.JET_errNoCurrentRecord);
}
const NO_MOVE = 0x2;
/**
 * JetSetCurrentIndex*: the named index (null or '' the primary) on its first
 * entry, or with JET_bitNoMove on the current record's entry in it
 * (NoCurrentRecord when the record has none there; with an itagSequence, the
 * entry of that value of the index's first multi-valued column, BadItagSequence
 * when there is no such value).
 */
function setCurrentIndex(engine, cursor, name, grbit = 0, itag = 1) {
    enterTable(engine, cursor);
    if ((grbit & ~NO_MOVE) !== 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    (0, tableCursor_1.refuseFiltered)(cursor);
    // rec.cxx ErrIsamSetCurrentIndex: with JET_bitMoveFirst a prepared update is cancelled first, whatever follows.
    if ((grbit & NO_MOVE) === 0)
        cursor.update = null;
    let index = null;
    if (name !== null && name !== '') {
        const found = (0, columnCatalog_1.indexSeen)(cursor.session, cursor.table.index(name));
        index = found.primary ? null : found;
    }
    if ((grbit & NO_MOVE) !== 0) {
        const { bm, values } = currentRecord(cursor);
        // rec.cxx: the index changes, then the record's entry for itag max(1, itagSequence) is sought (ErrRECIGotoBookmark).
        const key = index === null ? bm : (0, indexEntries_1.keyAtItag)(index, (0, fullRecord_1.fullRecord)(cursor.table, values), Math.max(1, itag));
        cursor.index = index;
        cursor.range = null;
        cursor.key.inProgress = false;
        if (key === 'outOfKeys' || key === null) {
            land(cursor, undefined, tableCursor_1.Where.Before);
            (0, failure_1.fail)(key === null ? errors_1.JET_errNoCurrentRecord : errors_1.JET_errBadItagSequence);
        }
        land(cursor, { entry: index === null ? bm : (0, tableImage_1.entryKey)(key, bm), bm }, tableCursor_1.Where.Before);
        return;
    }
    cursor.index = index;
    cursor.range = null;
    cursor.key.inProgress = false;
    cursor.where = tableCursor_1.Where.DeferredFirst;
    cursor.bm = null;
    cursor.entry = null;
}
/** JetGetCurrentIndex: the current index's name ('' for the sequential order of a table without a primary index). */
function currentIndexName(engine, cursor) {
    enterTable(engine, cursor);
    return (cursor.index ?? cursor.table.primary)?.name ?? '';
}
/** The key of the current entry (JetRetrieveKey). */
function currentKey(cursor) {
    const { bm } = currentRecord(cursor);
    const norm = normOf(cursor, cursor.entry ?? bm);
    const out = new Uint8Array(norm.length);
    for (let i = 0; i < norm.length; i++)
        out[i] = norm.charCodeAt(i);
    return out;
}
/**
 * JetIndexRecordCount (dir.cxx ErrDIRIndexRecordCount): the entries from the
 * current one forward, up to the index range's limit or the end of the index,
 * at most `max` (0: no limit). A new cursor counts the whole index; an empty
 * index counts 0; off a record it is NoCurrentRecord. The count removes the
 * index range and leaves the cursor where it was. `started` runs once the checks have passed.
 */
function entryCount(engine, cursor, max, started = () => undefined) {
    enterTable(engine, cursor);
    (0, tableCursor_1.refuseFiltered)(cursor);
    // The count proper begins (its result is 0 until it ends): a failure from here leaves 0 in the caller's box.
    started();
    const v = (0, entryView_1.view)(cursor);
    if (cursor.where === tableCursor_1.Where.DeferredFirst) {
        if (!land(cursor, v.first(), tableCursor_1.Where.Before))
            return 0;
    }
    if (cursor.where !== tableCursor_1.Where.On || cursor.entry === null) {
        if (v.size() === 0)
            return 0;
        (0, failure_1.fail)(errors_1.JET_errNoCurrentRecord);
    }
    let n = 0;
    for (let e = { entry: cursor.entry, bm: cursor.bm ?? '' }; e !== undefined; e = v.after(e.entry)) {
        if (outOfRange(cursor, e.entry, true))
            break;
        n += 1;
        if (max !== 0 && n >= max)
            break;
    }
    cursor.range = null;
    return n;
}
/** A search key from bytes (for bookmarks). */
function keyOfBytes(bytes) {
    return (0, keys_1.keyFromBytes)(bytes);
}
/** JetGetRecordPosition: how many entries lie before the current one, and how many there are (O(entries)). */
function recordPosition(engine, cursor) {
    enterTable(engine, cursor);
    (0, tableCursor_1.refuseFiltered)(cursor);
    currentRecord(cursor);
    const v = (0, entryView_1.view)(cursor);
    let before = 0;
    for (let e = v.before(cursor.entry); e !== undefined; e = v.before(e.entry))
        before += 1;
    return { before, total: v.size() };
}
/** JetGotoPosition: the entry at the fraction `before / total` of the index (a navigation, like a move). */
function gotoPosition(engine, cursor, before, total) {
    enterTable(engine, cursor);
    (0, tableCursor_1.refuseFiltered)(cursor);
    const v = (0, entryView_1.view)(cursor);
    const size = v.size();
    cursor.update = null;
    cursor.range = null;
    cursor.navLevel = cursor.session.level;
    const target = total === 0 ? 0 : Math.min(size - 1, Math.floor((before * size) / total));
    let e = v.first();
    for (let i = 0; i < target && e !== undefined; i++)
        e = v.after(e.entry);
    if (!land(cursor, e, tableCursor_1.Where.After))
        (0, failure_1.fail)(errors_1.JET_errNoCurrentRecord);
}
