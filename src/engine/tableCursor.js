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
exports.TableCursor = exports.Where = exports.TABLE_CREATE = exports.TABLE = void 0;
exports.checkOpenGrbit = checkOpenGrbit;
exports.openTableCursor = openTableCursor;
exports.newTableCursor = newTableCursor;
exports.markVersioned = markVersioned;
exports.closeTableCursor = closeTableCursor;
exports.closeDeferred = closeDeferred;
exports.cursorsOn = cursorsOn;
exports.refuseFiltered = refuseFiltered;
const errors_1 = require("../constants/errors");
const C = __importStar(require("../constants/constants"));
const names_1 = require("../catalog/names");
const failure_1 = require("../storage/failure");
const keyBuilder_1 = require("../storage/keyBuilder");
const cursorRegistry_1 = require("./cursorRegistry");
const handles_1 = require("./handles");
const params_1 = require("./params");
const tableCatalog_1 = require("./tableCatalog");
/** JetOpenTable grbits (JET_bitTable*). */
exports.TABLE = {
    DenyWrite: C.JET_bitTableDenyWrite, DenyRead: C.JET_bitTableDenyRead, ReadOnly: C.JET_bitTableReadOnly,
    Updatable: C.JET_bitTableUpdatable, PermitDDL: C.JET_bitTablePermitDDL,
};
/** Internal: the creator's exclusive open of a new table (a bit no caller may pass). */
exports.TABLE_CREATE = 0x40000000;
/**
 * Where a table cursor is: before the first entry, on one, after the last, "on the first once used" (a new
 * cursor), or in the gap a failed seek left at its key (`entry` then holds the search position).
 */
exports.Where = { Before: 0, On: 1, After: 2, DeferredFirst: 3, Gap: 4 };
/** A cursor on a regular table (the engine's FUCB on a table). */
const EMPTY_RECORD = new Map();
class TableCursor {
    session;
    table;
    database;
    grbit;
    handle = (0, handles_1.newHandle)();
    levelOpen;
    navLevel;
    /** Current index; null: the primary index, or the sequential order of a table without one. */
    index = null;
    where = exports.Where.DeferredFirst;
    /** The record the cursor is on (it may have been deleted since) and its entry in the current index. */
    bm = null;
    entry = null;
    /** The record last read through this cursor, and the image (and its change count) it was read from. */
    lastRead = {
        image: null, changes: 0, bm: '', values: EMPTY_RECORD,
    };
    key = new keyBuilder_1.KeyBuilder();
    /** The view of the current index made by the last navigation (entryView.ts view()), reused while it still applies. */
    entries = null;
    /** JetSetCursorFilter's test of a record (cursorFilter.ts): the moves and seeks skip records failing it. */
    filter = null;
    update = null;
    range = null;
    closed = false;
    /** trxBegin0 of the transaction in which the cursor last made a version (a change, a lock, DDL); -1: none. */
    versionedAt = -1;
    /** Closed by its user while versioned inside a transaction: kept on the table until the transaction ends. */
    deferred = false;
    constructor(session, table, database, 
    /** The JET_bitTable* bits it was opened with. */
    grbit) {
        this.session = session;
        this.table = table;
        this.database = database;
        this.grbit = grbit;
        this.levelOpen = session.level;
        this.navLevel = session.level;
    }
    get updatable() {
        return (this.grbit & exports.TABLE.ReadOnly) === 0 && !this.database.readOnly;
    }
}
exports.TableCursor = TableCursor;
function useOf(engine, table) {
    let use = engine.tableUse.get(table);
    if (use === undefined) {
        use = { cursors: new handles_1.HandleSet() };
        engine.tableUse.set(table, use);
    }
    return use;
}
/** The grbit checks JetOpenTable makes before it looks for the table (fileopen.cxx:929-953). */
function checkOpenGrbit(grbit) {
    if ((grbit & (C.JET_bitTableDelete | C.JET_bitTableCreate)) !== 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    if ((grbit & exports.TABLE.PermitDDL) !== 0 && (grbit & exports.TABLE.DenyRead) === 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    if ((grbit & exports.TABLE.DenyRead) !== 0 && (grbit & exports.TABLE.ReadOnly) !== 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
}
/**
 * The lock matrix of JetOpenTable (ese-semantics §8.1): another session's
 * exclusive (DenyRead) open locks the table; an explicit Updatable open meets
 * another session's DenyWrite; DenyWrite needs no other DenyWrite and no other
 * session's updatable cursor; DenyRead needs no other session's cursor.
 */
function checkLocks(engine, ses, table, grbit) {
    const use = engine.tableUse.get(table);
    if (use === undefined)
        return;
    for (const c of use.cursors) {
        if (c.session !== ses && (c.grbit & (exports.TABLE.DenyRead | exports.TABLE_CREATE)) !== 0)
            (0, failure_1.fail)(errors_1.JET_errTableLocked);
    }
    if ((grbit & exports.TABLE.Updatable) !== 0) {
        for (const c of use.cursors)
            if (c.session !== ses && (c.grbit & exports.TABLE.DenyWrite) !== 0)
                (0, failure_1.fail)(errors_1.JET_errTableLocked);
    }
    if ((grbit & exports.TABLE.DenyWrite) !== 0) {
        for (const c of use.cursors) {
            if ((c.grbit & exports.TABLE.DenyWrite) !== 0)
                (0, failure_1.fail)(errors_1.JET_errTableInUse);
            if (c.session !== ses && (c.grbit & exports.TABLE.ReadOnly) === 0)
                (0, failure_1.fail)(errors_1.JET_errTableInUse);
        }
    }
    if ((grbit & exports.TABLE.DenyRead) !== 0) {
        for (const c of use.cursors)
            if (c.session !== ses)
                (0, failure_1.fail)(errors_1.JET_errTableInUse);
    }
}
/** Open a cursor on a table by name (JetOpenTable after the gate and the grbit checks). */
function openTableCursor(engine, ses, db, name, grbit) {
    const table = (0, tableCatalog_1.tableSeen)(db.file, ses, (0, names_1.checkName)(name));
    // Only once the table is found (fileopen.cxx:1228-1233), then the delete-pending check (1250).
    if ((grbit & exports.TABLE.ReadOnly) !== 0 && (grbit & exports.TABLE.Updatable) !== 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidGrbit);
    (0, tableCatalog_1.checkNotDeleting)(table);
    return newTableCursor(engine, ses, db, table, grbit & ~exports.TABLE_CREATE);
}
function newTableCursor(engine, ses, db, table, grbit) {
    checkLocks(engine, ses, table, grbit);
    // fileopen.cxx ErrFILEISetMode: a template a table was derived from is static, never again open for DDL.
    if ((grbit & exports.TABLE.PermitDDL) !== 0 && table.isTemplate && table.templateStatic)
        (0, failure_1.fail)(errors_1.JET_errTableInUse);
    const inst = ses.instance;
    if (inst.cursorCount >= inst.param(params_1.PARAM.MaxCursors))
        (0, failure_1.fail)(errors_1.JET_errOutOfCursors);
    const cursor = new TableCursor(ses, table, db, grbit);
    useOf(engine, table).cursors.add(cursor);
    (0, cursorRegistry_1.registerCursor)(engine, cursor);
    return cursor;
}
/** Note that a cursor made a version: a change, a record lock or DDL (ver.cxx: FUCBSetVersioned with each RCE). */
function markVersioned(cursor) {
    const ses = cursor.session;
    if (ses.level > 0)
        cursor.versionedAt = ses.trxBegin0;
}
/**
 * Close a table cursor: its tableid is dead for good, its prepared update goes. Closed by its user
 * (`deferrable`: JetCloseTable, JetCloseDatabase), a cursor that made a version in the open transaction is closed
 * only when the transaction ends (bt.cxx BTClose: FUCBSetDeferClose; fucb.hxx FUCBCloseDeferredClosed at the
 * commit or rollback to level 0): until then it holds its DenyRead / DenyWrite and counts as a cursor on the table
 * for the others' opens and JetDeleteTable. The engine's own closes (a rollback's, a session's end, a dirty
 * JetTerm's) close it at once.
 */
function closeTableCursor(engine, cursor, deferrable = false) {
    if (!(0, cursorRegistry_1.unregisterCursor)(engine, cursor)) {
        if (cursor.deferred)
            closeNow(engine, cursor);
        return;
    }
    const ses = cursor.session;
    if (deferrable && ses.level > 0 && cursor.versionedAt === ses.trxBegin0) {
        cursor.deferred = true;
        cursor.index = null;
        cursor.update = null;
        // The FUCB stays allocated until it is really closed: it still takes one of the instance's MaxCursors (the
        // resource manager's JET_residFUCB quota, freed by FUCBClose).
        ses.instance.cursorCount += 1;
        ses.deferredCursors.push(cursor);
        return;
    }
    dropUse(engine, cursor);
}
/** The real close of a deferred cursor: off the table, and its MaxCursors slot back. */
function closeNow(engine, cursor) {
    if (!cursor.deferred)
        return;
    cursor.deferred = false;
    cursor.session.instance.cursorCount -= 1;
    dropUse(engine, cursor);
}
/**
 * The end of a transaction closes the cursors whose close it deferred; the rollback of a level (to `level` > 0)
 * those opened in it (dir.cxx ErrDIRRollback: a deferred cursor opened in the level is closed with it).
 */
function closeDeferred(engine, ses, level = 0) {
    const list = ses.deferredCursors;
    if (level === 0) {
        while (list.length > 0)
            closeNow(engine, list.pop());
        return;
    }
    let kept = 0;
    for (const c of list) {
        if (c.levelOpen > level)
            closeNow(engine, c);
        else
            list[kept++] = c;
    }
    while (list.length > kept)
        list.pop();
}
function dropUse(engine, cursor) {
    const use = engine.tableUse.get(cursor.table);
    if (use !== undefined) {
        use.cursors.delete(cursor);
        if (use.cursors.size === 0)
            engine.tableUse.delete(cursor.table);
    }
}
/** Every open cursor on a table (to close them when it goes away). */
function cursorsOn(engine, table) {
    return [...(engine.tableUse.get(table)?.cursors ?? [])];
}
/**
 * The calls a filtered cursor refuses (JetMove with a count of 0, JetSetCurrentIndex*, JetGotoPosition,
 * JetGetRecordPosition, JetIndexRecordCount, JetComputeStats): each checks for a filter first (rec.cxx, stats.cxx).
 */
function refuseFiltered(cursor) {
    if (cursor.filter !== null)
        (0, failure_1.fail)(errors_1.JET_errFilteredMoveNotSupported);
}
