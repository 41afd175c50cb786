"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.registerCursor = registerCursor;
exports.unregisterCursor = unregisterCursor;
/**
 * Where every cursor, of either kind, is known: its session's set, the
 * instance's MaxCursors count and the engine's handle table. One place for
 * both kinds, so that opening and closing cost and count the same.
 */
function registerCursor(engine, cursor) {
    const ses = cursor.session;
    ses.cursors.add(cursor);
    ses.instance.cursorCount += 1;
    engine.cursors.set(cursor.handle, cursor);
}
/** Forget a cursor: its tableid is dead for good and its prepared update goes. False if it was already closed. */
function unregisterCursor(engine, cursor) {
    if (cursor.closed)
        return false;
    cursor.closed = true;
    cursor.update = null;
    const ses = cursor.session;
    ses.cursors.delete(cursor);
    ses.instance.cursorCount -= 1;
    engine.cursors.delete(cursor.handle);
    return true;
}
