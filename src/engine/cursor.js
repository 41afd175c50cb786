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
exports.Cursor = exports.EMPTY_BYTES = exports.PREP = exports.At = void 0;
exports.newCursor = newCursor;
exports.closeCursor = closeCursor;
exports.closeTable = closeTable;
exports.enter = enter;
exports.leaveInsertPhase = leaveInsertPhase;
exports.requireReadable = requireReadable;
exports.store = store;
exports.currentRow = currentRow;
exports.land = land;
const errors_1 = require("../constants/errors");
const C = __importStar(require("../constants/constants"));
const cursorRegistry_1 = require("./cursorRegistry");
const failure_1 = require("../storage/failure");
const gates_1 = require("./gates");
const handles_1 = require("./handles");
const keyBuilder_1 = require("../storage/keyBuilder");
const record_1 = require("../storage/record");
const tempTable_1 = require("./tempTable");
/**
 * Cursors on sorts and temp tables: the cursor, its life (open, close, what
 * commit and rollback do to it) and the helpers every cursor call shares. The
 * calls themselves are in cursorUpdate (prepare, set, update, delete),
 * cursorRead (retrieve, keys, bookmarks, dup), cursorMove and cursorSeek
 * (make key, seek, index ranges).
 */
/** Cursor position: before the first row, on a row, after the last row, or "move to first when first used". */
exports.At = { Before: 0, On: 1, After: 2, DeferredFirst: 3 };
exports.PREP = {
    Insert: C.JET_prepInsert, Replace: C.JET_prepReplace, Cancel: C.JET_prepCancel, ReplaceNoLock: C.JET_prepReplaceNoLock,
    InsertCopy: C.JET_prepInsertCopy, InsertCopyDeleteOriginal: C.JET_prepInsertCopyDeleteOriginal,
    ReadOnlyCopy: C.JET_prepReadOnlyCopy, InsertCopyReplaceOriginal: C.JET_prepInsertCopyReplaceOriginal,
    InsertMustSetAutoIncrement: C.JET_prepInsertMustSetAutoIncrement,
};
/** An empty byte array: JetUpdate's bookmark while a sort still collects rows, and the data of empty values. */
exports.EMPTY_BYTES = new Uint8Array(0);
class Cursor {
    session;
    table;
    handle = (0, handles_1.newHandle)();
    /** Level the cursor was opened at (lowered by commits); rollback of a higher level closes it. */
    levelOpen;
    /** Level of the cursor's last navigation; rollback of that level puts it before the first row. */
    navLevel;
    at = exports.At.DeferredFirst;
    /** The row the cursor is on (it may have been deleted since). */
    row = null;
    /** Key being built by JetMakeKey. */
    key = new keyBuilder_1.KeyBuilder();
    update = null;
    /** The update record and copy buffer, kept between updates so preparing one allocates nothing. */
    spare = null;
    range = null;
    closed = false;
    constructor(session, table) {
        this.session = session;
        this.table = table;
        this.levelOpen = session.level;
        this.navLevel = session.level;
    }
    /** A new prepared update with an empty copy buffer (install it as `update`). */
    prepare(prep, level, original) {
        let u = this.spare;
        if (u === null) {
            u = { prep, level, values: new record_1.CopyBuffer(this.table.columns.length, this.table.ids), original };
            this.spare = u;
        }
        else {
            u.prep = prep;
            u.level = level;
            u.original = original;
            u.values.clear();
        }
        return u;
    }
}
exports.Cursor = Cursor;
function newCursor(engine, ses, table) {
    const cursor = new Cursor(ses, table);
    table.cursors.add(cursor);
    (0, cursorRegistry_1.registerCursor)(engine, cursor);
    return cursor;
}
/** Close a cursor: its tableid is dead for good; the last cursor of a temp table deletes it. */
function closeCursor(engine, cursor) {
    if (!(0, cursorRegistry_1.unregisterCursor)(engine, cursor))
        return;
    cursor.table.cursors.delete(cursor);
    if (cursor.table.cursors.size === 0)
        (0, tempTable_1.releaseSortSlot)(cursor.table);
}
function closeTable(engine, cursor) {
    (0, gates_1.enterSession)(engine, cursor.session, true);
    closeCursor(engine, cursor);
}
// ---- phases -------------------------------------------------------------------------------------
function enter(engine, cursor) {
    (0, gates_1.enterSession)(engine, cursor.session, false);
    if (cursor.table.phase === 'broken')
        (0, failure_1.fail)(errors_1.JET_errIllegalOperation);
    return cursor.table;
}
/**
 * First Move / Seek of a sort: cancel a pending insert and sort (sortapi.cxx
 * ErrTTEndInsert). A materialized table leaves the cursor before its first
 * row (ErrIsamSortMaterialize ends with DIRBeforeFirst); a sort read back from
 * memory puts it on its first row (ErrSORTFirst). Returns true in that second
 * case; an empty sort then answers `empty` (the error of ErrSORTFirst).
 */
function leaveInsertPhase(engine, cursor, empty = errors_1.JET_errNoCurrentRecord) {
    const table = cursor.table;
    if (table.phase !== 'insert')
        return false;
    cursor.update = null;
    try {
        engine.faults.check('Sort.endInsert');
        (0, tempTable_1.endInsert)(table);
    }
    catch (failure) {
        // Only JetCloseTable works now; the sort keeps its slot until then (sortapi.cxx ErrTTEndInsert).
        table.phase = 'broken';
        throw failure;
    }
    if (table.phase === 'materialized') {
        land(cursor, undefined, exports.At.Before);
        return false;
    }
    if (!land(cursor, store(table).first(), exports.At.After))
        (0, failure_1.fail)(empty);
    return true;
}
function requireReadable(table) {
    if (table.phase === 'insert')
        (0, failure_1.fail)(errors_1.JET_errIllegalOperation);
}
function store(table) {
    return table.store;
}
/** The row under the cursor (resolving a deferred move-first). */
function currentRow(cursor) {
    // A deferred move-first resolves onto the first row; with none it stays deferred (dir.cxx ErrDIRIIRefresh).
    if (cursor.at === exports.At.DeferredFirst)
        land(cursor, store(cursor.table).first(), exports.At.DeferredFirst);
    if (cursor.at !== exports.At.On || cursor.row === null)
        (0, failure_1.fail)(errors_1.JET_errNoCurrentRecord);
    if (cursor.table.phase === 'materialized' && store(cursor.table).get(cursor.row.key) !== cursor.row) {
        (0, failure_1.fail)(errors_1.JET_errRecordDeleted);
    }
    return cursor.row;
}
function land(cursor, row, otherwise) {
    if (row === undefined) {
        cursor.at = otherwise;
        cursor.row = null;
        return false;
    }
    cursor.at = exports.At.On;
    cursor.row = row;
    return true;
}
