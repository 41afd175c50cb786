"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.recordUndo = recordUndo;
/** Record how to undo a change made by the session (nothing to record outside a transaction). */
function recordUndo(ses, entry) {
    if (ses.level > 0)
        ses.undo.push(entry);
}
