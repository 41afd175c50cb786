"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MOVE_LAST = exports.MOVE_FIRST = void 0;
exports.outOfRange = outOfRange;
exports.step = step;
exports.move = move;
const errors_1 = require("../constants/errors");
const failure_1 = require("../storage/failure");
const cursor_1 = require("./cursor");
exports.MOVE_FIRST = -0x80000000;
exports.MOVE_LAST = 0x7fffffff;
// ---- navigation ---------------------------------------------------------------------------------
function outOfRange(cursor, row, forward) {
    const r = cursor.range;
    if (r === null || r.upper !== forward)
        return false;
    if (row.norm === r.limit)
        return !r.inclusive;
    return r.upper ? row.norm > r.limit : row.norm < r.limit;
}
function step(cursor, forward, keyNE) {
    const rows = (0, cursor_1.store)(cursor.table);
    let next;
    const from = cursor.row;
    switch (cursor.at) {
        case cursor_1.At.DeferredFirst:
        case cursor_1.At.Before:
            next = forward ? rows.first() : undefined;
            // Nothing to move onto: the cursor stays before the first row (dir.cxx ErrDIRNext restores its currency).
            if (next === undefined)
                return false;
            break;
        case cursor_1.At.After:
            next = forward ? undefined : rows.last();
            if (next === undefined)
                return false;
            break;
        default: {
            if (cursor.table.phase === 'retrieve' && !keyNE) {
                // A sort being read: the neighbour by position, without making the row's key.
                // The cursor's row object is its own (every move, seek or goto makes a new one), so it moves in place.
                const idx = from.idx;
                if (rows.stepInPlace(from, forward))
                    next = from;
                else
                    next = forward ? rows.after(idx) : rows.at(idx - 1);
                break;
            }
            const key = from.key;
            const live = cursor.table.phase !== 'materialized' || rows.get(key) === from ? from : null;
            next = forward ? rows.next(key, live) : rows.prev(key, live);
            while (keyNE && next !== undefined && next.norm === from.norm) {
                next = forward ? rows.next(next.key, next) : rows.prev(next.key, next);
            }
        }
    }
    // A sort read from memory checks only an upper range, in either direction (sort.cxx ErrSORTNext / ErrSORTPrev:
    // FFUCBUpper), and leaving it puts the cursor after the last row (ErrSORTCheckIndexRange); a lower range is never
    // checked by its moves. A table checks the range on the side it moves towards (dir.cxx ErrDIRCheckIndexRange).
    const sortRead = cursor.table.phase === 'retrieve';
    if (next !== undefined && (sortRead ? cursor.range !== null && cursor.range.upper && outOfRange(cursor, next, true) : outOfRange(cursor, next, forward))) {
        cursor.range = null;
        return (0, cursor_1.land)(cursor, undefined, sortRead || forward ? cursor_1.At.After : cursor_1.At.Before);
    }
    return (0, cursor_1.land)(cursor, next, forward ? cursor_1.At.After : cursor_1.At.Before);
}
function move(engine, cursor, cRow, grbit) {
    const table = (0, cursor_1.enter)(engine, cursor);
    // ErrTTSortInsMove: the move that ends the insert phase of a sort read from memory starts on its first row.
    if ((0, cursor_1.leaveInsertPhase)(engine, cursor)) {
        if (cRow > 0 && cRow < exports.MOVE_LAST)
            cRow--;
        if (cRow === exports.MOVE_FIRST || cRow === 0)
            return;
    }
    // A move cancels a prepared update, even a move by 0 (rec.cxx ErrIsamMove).
    cursor.update = null;
    const backwards = cRow < 0 && cRow !== exports.MOVE_FIRST;
    if (table.phase === 'retrieve' && backwards && !table.seekable)
        (0, failure_1.fail)(errors_1.JET_errIllegalOperation);
    const rows = (0, cursor_1.store)(table);
    if (cRow === 0) {
        // Only a re-read of the current row (rec.cxx ErrIsamMove: ErrDIRGet): no navigation, no level recorded.
        (0, cursor_1.currentRow)(cursor);
        return;
    }
    // A sort's cursor records no navigation level: rollback leaves it where it is.
    if (table.phase === 'materialized')
        cursor.navLevel = cursor.session.level;
    if (cRow === exports.MOVE_FIRST || cRow === exports.MOVE_LAST) {
        cursor.range = null;
        if (!(0, cursor_1.land)(cursor, cRow === exports.MOVE_FIRST ? rows.first() : rows.last(), cRow === exports.MOVE_FIRST ? cursor_1.At.Before : cursor_1.At.After)) {
            (0, failure_1.fail)(errors_1.JET_errNoCurrentRecord);
        }
        return;
    }
    // A deferred move-first is on the first row once used (a Next goes to the second); on an empty table the move
    // fails and the cursor stays deferred (dir.cxx ErrDIRNext / ErrDIRPrev -> ErrDIRIIRefresh).
    if (cursor.at === cursor_1.At.DeferredFirst && !(0, cursor_1.land)(cursor, rows.first(), cursor_1.At.DeferredFirst))
        (0, failure_1.fail)(errors_1.JET_errNoCurrentRecord);
    // No grbit is looked at (JET_bitMoveKeyNE included): sortapi.cxx ErrIsamSortMove ignores it, and the keys of a
    // materialized table are unique, so ErrIsamMove's JET_bitMoveKeyNE never skips a row there.
    for (let n = Math.abs(cRow); n > 0; n--) {
        if (!step(cursor, cRow > 0, false))
            (0, failure_1.fail)(errors_1.JET_errNoCurrentRecord);
    }
}
