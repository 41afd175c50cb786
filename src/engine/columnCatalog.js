"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.seesColumn = seesColumn;
exports.columnSeen = columnSeen;
exports.deletedColumnSeen = deletedColumnSeen;
exports.deletedColumnNamed = deletedColumnNamed;
exports.columnsSeen = columnsSeen;
exports.columnOf = columnOf;
exports.indexSeen = indexSeen;
exports.indexesSeen = indexesSeen;
const errors_1 = require("../constants/errors");
const names_1 = require("../catalog/names");
const failure_1 = require("../storage/failure");
const tableCatalog_1 = require("./tableCatalog");
/*
 * The columns and indexes of a table as a session sees them: added, or deleted, without DenyRead, they follow the
 * catalog's versioning (tableCatalog.ts has the rule and the tables' side).
 */
/** Does the session see this column of the table? */
function seesColumn(ses, table, col) {
    const made = table.columnCreations.get(col.columnid);
    return made === undefined || (0, tableCatalog_1.sees)(ses, made);
}
/** A column found by id or name, or ColumnNotFound when the session does not see it. */
function columnSeen(ses, table, col) {
    if (col === undefined || !seesColumn(ses, table, col))
        (0, failure_1.fail)(errors_1.JET_errColumnNotFound);
    return col;
}
/**
 * A column deleted without DenyRead is flagged versioned too (fcreate.cxx ErrIsamDeleteColumn: FIELDSetVersioned
 * unless FDomainDenyReadByUs), and the catalog, read with the caller's session, still holds it for a session that
 * does not see the deletion (an uncommitted one of another session, or one committed after its transaction began):
 * for that session the column is still there, by id and by name.
 */
function deletedColumnSeen(ses, table, columnid) {
    const gone = table.columnDeletions.get(columnid);
    return gone !== undefined && !(0, tableCatalog_1.sees)(ses, gone.deletion) ? gone.col : undefined;
}
/** The same, by name (another session's pending deletion holds the name: nobody else may add it, ColumnDuplicate). */
function deletedColumnNamed(ses, table, name) {
    if (table.columnDeletions.size === 0)
        return undefined;
    const key = (0, names_1.nameKey)(name);
    for (const { col } of table.columnDeletions.values()) {
        const seen = (0, names_1.nameKey)(col.name) === key ? deletedColumnSeen(ses, table, col.columnid) : undefined;
        if (seen !== undefined)
            return seen;
    }
    return undefined;
}
/** Every column of a table a session sees, in no particular order. */
function columnsSeen(ses, table) {
    const cols = [...table.byId.values()].filter((c) => seesColumn(ses, table, c));
    for (const { col } of table.columnDeletions.values())
        if (deletedColumnSeen(ses, table, col.columnid) !== undefined)
            cols.push(col);
    return cols;
}
/** The column a cursor's call names by id: ColumnNotFound when there is none, or its session does not see it. */
function columnOf(cursor, columnid) {
    const table = cursor.table;
    const col = table.columnById(columnid) ?? (table.columnDeletions.size === 0 ? undefined : deletedColumnSeen(cursor.session, table, columnid));
    if (col === undefined)
        (0, failure_1.fail)(errors_1.JET_errColumnNotFound);
    // Most tables have no column another session may not see yet: one size check on the path of every set and read.
    if (table.columnCreations.size !== 0)
        columnSeen(cursor.session, table, col);
    return col;
}
/** An index found by name, or IndexNotFound when the session does not see it. */
function indexSeen(ses, index) {
    if (index === undefined || !(0, tableCatalog_1.sees)(ses, index.creation))
        (0, failure_1.fail)(errors_1.JET_errIndexNotFound);
    return index;
}
/** The indexes of a cursor's table its session sees (info.cxx: the lists and counts skip the others). */
function indexesSeen(cursor) {
    return cursor.table.indexes.filter((i) => (0, tableCatalog_1.sees)(cursor.session, i.creation));
}
