"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.closeAnyCursor = closeAnyCursor;
exports.cursorsAfterCommit = cursorsAfterCommit;
exports.cursorsBeforeRollback = cursorsBeforeRollback;
exports.cursorsAfterRollback = cursorsAfterRollback;
const cursor_1 = require("./cursor");
const tableCursor_1 = require("./tableCursor");
function closeAnyCursor(engine, cursor) {
    if (cursor instanceof tableCursor_1.TableCursor)
        (0, tableCursor_1.closeTableCursor)(engine, cursor);
    else
        (0, cursor_1.closeCursor)(engine, cursor);
}
/** Commit to `level`: everything the session's cursors did in the committed level now belongs to `level`. */
function cursorsAfterCommit(ses, level) {
    ses.cursors.forEach((c) => {
        if (c.levelOpen > level)
            c.levelOpen = level;
        if (c.navLevel > level)
            c.navLevel = level;
        if (c.update !== null && c.update.level > level)
            c.update.level = level;
    });
    // dir.cxx ErrDIRCommitTransaction walks every cursor of the session, the deferred-closed ones too.
    for (const c of ses.deferredCursors)
        if (c.levelOpen > level)
            c.levelOpen = level;
}
/** Rollback to `target`, first step: cancel updates prepared above it and close cursors opened above it. */
function cursorsBeforeRollback(engine, ses, target) {
    if (ses.cursors.size === 0)
        return;
    // Which cursors go does not depend on the order they are looked at in (nothing a close does is seen by another);
    // the ones to close are closed after the walk, which must not change the set.
    let closing = null;
    ses.cursors.forEach((c) => {
        if (c.update !== null && c.update.level > target)
            c.update = null;
        if (c.levelOpen > target)
            (closing ??= []).push(c);
    });
    if (closing !== null)
        for (const c of closing)
            closeAnyCursor(engine, c);
}
/** Rollback to `target`, after the checks: cursors that navigated in the level go before the first row. */
function cursorsAfterRollback(ses, target) {
    ses.cursors.forEach((c) => {
        if (c.navLevel <= target)
            return;
        c.navLevel = target;
        if (c instanceof tableCursor_1.TableCursor) {
            c.where = tableCursor_1.Where.Before;
            c.bm = null;
            c.entry = null;
        }
        else {
            c.at = cursor_1.At.Before;
            c.row = null;
        }
    });
}
