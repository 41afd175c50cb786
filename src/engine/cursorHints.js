"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tableSequential = tableSequential;
exports.cursorInfo = cursorInfo;
exports.computeStats = computeStats;
exports.statsSeen = statsSeen;
/**
 * The cursor calls that change nothing a reader sees: JetSetTableSequential / JetResetTableSequential (a scan is
 * coming, read ahead), JetGetCursorInfo (is the current record being changed by another session?) and
 * JetComputeStats (store the table's record count in the catalog).
 */
const errors_1 = require("../constants/errors");
const failure_1 = require("../storage/failure");
const cursor_1 = require("./cursor");
const anyCursor_1 = require("./anyCursor");
const tableCursor_1 = require("./tableCursor");
const tableData_1 = require("./tableData");
const tableCatalog_1 = require("./tableCatalog");
const tableNav_1 = require("./tableNav");
const undo_1 = require("./undo");
/**
 * JetSetTableSequential / JetResetTableSequential (fileopen.cxx ErrIsamSetSequential / ErrIsamResetSequential): a
 * hint on the cursor's current index that it is about to be walked (JET_bitPrereadForward / Backward: in which
 * direction), or that it no longer is. The grbit is not checked. esemu reads nothing from a disk, so the hint changes
 * nothing; every kind of temp table answers IllegalOperation (ErrIllegalSetSequential in sortapi.cxx's tables).
 */
function tableSequential(engine, cursor) {
    (0, tableNav_1.enterTable)(engine, (0, anyCursor_1.tableOnly)(engine, cursor));
}
/**
 * JetGetCursorInfo (info.cxx ErrIsamGetCursorInfo): InvalidParameter unless cbMax and InfoLevel are 0, then
 * NoCurrentRecord when the cursor is not on a record (a new cursor's deferred move counts as not on one),
 * RecordDeleted for a record deleted under it, WriteConflict when the newest version of the record is another
 * session's uncommitted one (a change, a lock, an escrow delta: ver.cxx VsVERCheck reads the chain's head only).
 * A materialized temp table is never seen by another session; a sort answers IllegalOperation (its function tables
 * have no GetCursorInfo).
 */
function cursorInfo(engine, cursor, cbMax, level) {
    if (!(cursor instanceof tableCursor_1.TableCursor)) {
        const table = (0, cursor_1.enter)(engine, cursor);
        if (table.phase !== 'materialized')
            (0, anyCursor_1.tableOnly)(engine, cursor);
        if (cbMax !== 0 || level !== 0)
            (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
        (0, cursor_1.currentRow)(cursor);
        return;
    }
    (0, tableNav_1.enterTable)(engine, cursor);
    if (cbMax !== 0 || level !== 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    // The table's cursor (pfucb->locLogical), which a failed range check on a secondary index leaves on its record.
    const bm = cursor.where === tableCursor_1.Where.DeferredFirst ? null : cursor.bm;
    if (bm === null)
        (0, failure_1.fail)(errors_1.JET_errNoCurrentRecord);
    const ses = cursor.session;
    if ((0, tableData_1.readImage)(ses, cursor.table).records.get(bm) === undefined)
        (0, failure_1.fail)(errors_1.JET_errRecordDeleted);
    if (cursor.table.store.newestByOther(bm, ses))
        (0, failure_1.fail)(errors_1.JET_errWriteConflict);
}
/**
 * JetComputeStats (stats.cxx ErrIsamComputeStats): count the table's records as the session sees them and keep the
 * count in the catalog, where JET_TblInfo and JetGetObjectInfo read it; a rollback of the session's transaction puts
 * the old count back. Temp tables: IllegalOperation (ErrIllegalComputeStats).
 */
function computeStats(engine, cursor) {
    const t = (0, anyCursor_1.tableOnly)(engine, cursor);
    (0, tableNav_1.enterTable)(engine, t);
    (0, tableCursor_1.refuseFiltered)(t);
    const ses = t.session;
    const table = t.table;
    // cat.cxx ErrCATStats: a replace of the table's catalog row, versioned: another session's uncommitted statistics,
    // or statistics committed after this transaction began, are a write conflict (ver.cxx FVERIWriteConflict).
    const newest = table.stats[0];
    if (newest !== undefined && !(0, tableCatalog_1.sees)(ses, newest.made))
        (0, failure_1.fail)(errors_1.JET_errWriteConflict);
    const entry = { records: (0, tableData_1.readImage)(ses, table).records.size, made: (0, tableCatalog_1.newChange)(engine, ses) };
    table.stats.unshift(entry);
    (0, undo_1.recordUndo)(ses, () => {
        const at = table.stats.indexOf(entry);
        if (at >= 0)
            table.stats.splice(at, 1);
    });
    // Counts no transaction can read any more go: every live transaction sees a newer committed one.
    const oldest = (0, tableData_1.oldestBegin)(engine, null);
    const keep = table.stats.findIndex((s) => s.made.by === null && (oldest === null || s.made.at < oldest));
    if (keep >= 0)
        table.stats.length = keep + 1;
}
/** The record count the session reads from the catalog's statistics: the newest JetComputeStats it sees, else 0. */
function statsSeen(ses, table) {
    for (const s of table.stats)
        if ((0, tableCatalog_1.sees)(ses, s.made))
            return s.records;
    return 0;
}
