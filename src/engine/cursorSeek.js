"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.makeKey = makeKey;
exports.seek = seek;
exports.setIndexRange = setIndexRange;
const errors_1 = require("../constants/errors");
const failure_1 = require("../storage/failure");
const cursor_1 = require("./cursor");
const cursorMove_1 = require("./cursorMove");
const SEEK = { EQ: 0x1, LT: 0x2, LE: 0x4, GE: 0x8, GT: 0x10, SetIndexRange: 0x20 };
const RANGE = { Inclusive: 0x1, UpperLimit: 0x2, InstantDuration: 0x4, Remove: 0x8 };
// ---- keys, seeks, ranges ------------------------------------------------------------------------
function makeKey(engine, cursor, data, grbit) {
    cursor.key.make((0, cursor_1.enter)(engine, cursor), data, grbit);
}
function madeKey(cursor) {
    return cursor.key.made();
}
function seek(engine, cursor, grbit) {
    const table = (0, cursor_1.enter)(engine, cursor);
    const how = grbit & (SEEK.EQ | SEEK.LT | SEEK.LE | SEEK.GE | SEEK.GT);
    if ((grbit & ~(how | SEEK.SetIndexRange)) !== 0 || (how & (how - 1)) !== 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    if (how === 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    // ErrTTSortInsSeek: the seek that ends the insert phase finds nothing in an empty sort before any other check.
    (0, cursor_1.leaveInsertPhase)(engine, cursor, errors_1.JET_errRecordNotFound);
    if (table.phase === 'retrieve')
        return seekSort(cursor, how);
    return seekTable(cursor, how, (grbit & SEEK.SetIndexRange) !== 0);
}
/** Seek in a sort being read back: no SeekNotEqual warning, and a miss may leave the cursor on a row. */
function seekSort(cursor, how) {
    if (!cursor.table.seekable)
        (0, failure_1.fail)(errors_1.JET_errIllegalOperation);
    const key = madeKey(cursor);
    cursor.key.inProgress = false;
    const rows = (0, cursor_1.store)(cursor.table);
    const ge = rows.ceiling(key);
    if (ge === undefined) {
        (0, cursor_1.land)(cursor, rows.last(), cursor_1.At.Before);
        if (how === SEEK.LE || how === SEEK.LT) {
            if (cursor.at !== cursor_1.At.On)
                (0, failure_1.fail)(errors_1.JET_errRecordNotFound);
            return errors_1.JET_errSuccess;
        }
        (0, failure_1.fail)(errors_1.JET_errRecordNotFound);
    }
    (0, cursor_1.land)(cursor, ge, cursor_1.At.Before);
    const exact = ge.norm === key;
    switch (how) {
        case SEEK.EQ:
            if (!exact)
                (0, failure_1.fail)(errors_1.JET_errRecordNotFound);
            return errors_1.JET_errSuccess;
        case SEEK.GE:
            return errors_1.JET_errSuccess;
        case SEEK.GT:
            if (exact && !(0, cursorMove_1.step)(cursor, true, true))
                (0, failure_1.fail)(errors_1.JET_errRecordNotFound);
            return errors_1.JET_errSuccess;
        case SEEK.LE:
            if (!exact && !(0, cursorMove_1.step)(cursor, false, false))
                (0, failure_1.fail)(errors_1.JET_errRecordNotFound);
            return errors_1.JET_errSuccess;
        default:
            if (!(0, cursorMove_1.step)(cursor, false, false))
                (0, failure_1.fail)(errors_1.JET_errRecordNotFound);
            return errors_1.JET_errSuccess;
    }
}
/** Seek in a materialized temp table (the ordinary B-tree seek). */
function seekTable(cursor, how, setRange) {
    // rec.cxx ErrIsamSeek: KeyNotMade before anything changes; then the prepared update and the range go.
    const key = madeKey(cursor);
    cursor.key.inProgress = false;
    cursor.update = null;
    cursor.range = null;
    cursor.navLevel = cursor.session.level;
    const rows = (0, cursor_1.store)(cursor.table);
    let row;
    let code = errors_1.JET_errSuccess;
    switch (how) {
        case SEEK.EQ:
            row = rows.get(key);
            break;
        case SEEK.GE:
            row = rows.ceiling(key);
            if (row !== undefined && row.key !== key)
                code = errors_1.JET_wrnSeekNotEqual;
            break;
        case SEEK.GT:
            row = rows.ceiling(key);
            if (row !== undefined && row.key === key)
                row = rows.next(key, null);
            break;
        case SEEK.LE:
            row = rows.floor(key);
            if (row !== undefined && row.key !== key)
                code = errors_1.JET_wrnSeekNotEqual;
            break;
        default:
            row = rows.prev(key, null);
    }
    if (!(0, cursor_1.land)(cursor, row, cursor_1.At.Before))
        (0, failure_1.fail)(errors_1.JET_errRecordNotFound);
    if (setRange && how === SEEK.EQ)
        cursor.range = { limit: key, upper: true, inclusive: true };
    return code;
}
function setIndexRange(engine, cursor, grbit) {
    const table = (0, cursor_1.enter)(engine, cursor);
    if ((grbit & ~(RANGE.Inclusive | RANGE.UpperLimit | RANGE.InstantDuration | RANGE.Remove)) !== 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    if (table.phase === 'insert')
        (0, failure_1.fail)(errors_1.JET_errIllegalOperation);
    if (table.phase === 'retrieve') {
        if (!table.seekable)
            (0, failure_1.fail)(errors_1.JET_errIllegalOperation);
    }
    else {
        if ((grbit & RANGE.Remove) !== 0) {
            if (cursor.range === null)
                (0, failure_1.fail)(errors_1.JET_errInvalidOperation);
            cursor.range = null;
            return;
        }
        // rec.cxx ErrIsamSetIndexRange: a table without a key index has no current index (checked before the key).
        if (!table.indexed)
            (0, failure_1.fail)(errors_1.JET_errNoCurrentIndex);
    }
    const limit = madeKey(cursor);
    cursor.key.inProgress = false;
    const range = { limit, upper: (grbit & RANGE.UpperLimit) !== 0, inclusive: (grbit & RANGE.Inclusive) !== 0 };
    cursor.range = range;
    // dir.cxx ErrDIRCheckIndexRange: a deferred move-first is resolved first (it stays deferred on an empty table).
    if (cursor.at === cursor_1.At.DeferredFirst)
        (0, cursor_1.land)(cursor, (0, cursor_1.store)(table).first(), cursor_1.At.DeferredFirst);
    const row = cursor.at === cursor_1.At.On ? cursor.row : null;
    if (row !== null && (0, cursorMove_1.outOfRange)(cursor, row, range.upper)) {
        // On a row outside the range: the range goes and the cursor moves past its end (fucb.cxx ErrFUCBCheckIndexRange).
        cursor.range = null;
        (0, cursor_1.land)(cursor, undefined, range.upper ? cursor_1.At.After : cursor_1.At.Before);
        (0, failure_1.fail)(errors_1.JET_errNoCurrentRecord);
    }
    // An instant-duration range is removed whatever the check answered.
    if ((grbit & RANGE.InstantDuration) !== 0)
        cursor.range = null;
    // Not on a row: NoCurrentRecord, but the range stays set and the cursor stays where it is.
    if (row === null)
        (0, failure_1.fail)(errors_1.JET_errNoCurrentRecord);
}
