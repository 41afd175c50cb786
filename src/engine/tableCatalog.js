"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sees = sees;
exports.seesTable = seesTable;
exports.tableSeen = tableSeen;
exports.checkNotDeleting = checkNotDeleting;
exports.tablesSeenBy = tablesSeenBy;
exports.nameHeldElsewhere = nameHeldElsewhere;
exports.checkEntryWritable = checkEntryWritable;
exports.renameInCatalog = renameInCatalog;
exports.newChange = newChange;
exports.stampCreation = stampCreation;
exports.addToCatalog = addToCatalog;
exports.removeFromCatalog = removeFromCatalog;
exports.commitCatalog = commitCatalog;
const errors_1 = require("../constants/errors");
const names_1 = require("../catalog/names");
const failure_1 = require("../storage/failure");
const undo_1 = require("./undo");
/**
 * Which tables, columns and indexes a session sees. The engine keeps its
 * catalog (MSysObjects) in a table of its own, versioned like any other:
 *
 * - A table is found by seeking its name there with the caller's session
 *   (fileopen.cxx ErrFILEOpenTable: ErrCATSeekTable, in a read-only transaction
 *   of its own outside one). The catalog's name hash, which would skip that
 *   seek, learns a new table only when its creation's version is cleaned up
 *   (ver.cxx, operCreateTable), once no transaction older than the commit is
 *   left. So a table is seen by the session that created it, and by the others
 *   once the creation committed before their transaction began (at once
 *   outside a transaction).
 * - A column or index added while the table is not held with DenyRead by its
 *   creator is flagged versioned (fcreate.cxx ErrIsamAddColumn / ErrIsamCreateIndex:
 *   FIELDSetVersioned, SetFVersionedCreate), and every use of it asks the
 *   catalog with the caller's session (fldext.cxx ErrRECIAccessColumn and
 *   fcreate.cxx ErrFILEIScanForColumnName: ColumnNotFound; file.hxx
 *   ErrFILEIAccessIndex: IndexNotFound), the same rule; lists skip it (info.cxx).
 *   Added under DenyRead it is not versioned: everybody sees it at once. A
 *   column deleted without DenyRead is versioned the same way (columnCatalog.ts
 *   has the columns' and indexes' side).
 * - A table deleted in a transaction stays in the catalog for the others until
 *   the delete commits (and for older transactions after it), and its FCB is
 *   marked delete-pending at once: opening it answers TableLocked (fileopen.cxx
 *   ErrFILEISetMode, FDeletePending), while the session that deleted it no
 *   longer finds it. A rename is versioned in the catalog alike (formerNames).
 *
 * `sees` is the one rule: a change is seen by the session that made it, and by
 * the others once it committed before their transaction began (clock values).
 */
function sees(ses, made) {
    if (made.by !== null)
        return made.by === ses;
    return made.at < ses.trxBegin0;
}
function seesTable(ses, table) {
    return table.deletedBy !== ses && sees(ses, table.creation);
}
/**
 * The entry of a name the session sees: the table there, or the one it replaced (a session deleted a table and
 * created another of the same name in one transaction: the catalog entry is reused, and the others read it as it
 * was before that transaction's first change, ver.cxx ErrVERAccessNode: the old table, delete-pending). A table
 * renamed by a change the session does not see is not found under its new name.
 */
function entrySeen(ses, table) {
    for (let t = table ?? null; t !== null; t = t.replaced) {
        if (seesTable(ses, t) && (t.nameMade === null || sees(ses, t.nameMade)))
            return t;
    }
    return undefined;
}
/**
 * A name the catalog still holds for the session: the old name of a table renamed, or the name of a table
 * deleted, by a change it does not see (fcreate.cxx ErrIsamRenameTable: the new name is versioned in the catalog;
 * a committed delete is read as not done by an older transaction).
 */
function formerSeen(file, ses, key) {
    const former = file.formerNames.get(key);
    return former !== undefined && !sees(ses, former.gone) && seesTable(ses, former.table) ? former.table : undefined;
}
/** The table a session finds by name in the catalog (ObjectNotFound when it does not see one). */
function tableSeen(file, ses, name) {
    const key = (0, names_1.nameKey)(name);
    const table = entrySeen(ses, file.tables.get(key)) ?? formerSeen(file, ses, key);
    if (table === undefined)
        (0, failure_1.fail)(errors_1.JET_errObjectNotFound);
    return table;
}
/**
 * Opening a table another session is deleting, or whose delete the session does not see yet: TableLocked
 * (checked once the open's grbits are; the FCB stays delete-pending until it is purged).
 */
function checkNotDeleting(table) {
    // A pending delete (deletedBy) has marked the table deleted too (removeFromCatalog).
    if (table.deleted)
        (0, failure_1.fail)(errors_1.JET_errTableLocked);
}
/** The tables of a file a session sees, each with the name it sees it by, in the file's order. */
function tablesSeenBy(file, ses) {
    const seen = [];
    for (const entry of file.tables.values()) {
        const t = entrySeen(ses, entry);
        if (t !== undefined)
            seen.push({ table: t, name: t.name });
    }
    for (const [key, former] of file.formerNames) {
        if (formerSeen(file, ses, key) !== undefined)
            seen.push({ table: former.table, name: former.name });
    }
    return seen;
}
/** Whether a name is held in the catalog by a change the session does not see (TableDuplicate for a new one). */
function nameHeldElsewhere(file, ses, key) {
    const former = file.formerNames.get(key);
    return former !== undefined && !sees(ses, former.gone);
}
/**
 * A change to a table's catalog entry (delete, rename) by a session that does not see the entry's last change
 * (another session's rename not committed, or committed after its transaction began): WriteConflict.
 */
function checkEntryWritable(ses, table) {
    if (table.deletedBy !== null || (table.nameMade !== null && !sees(ses, table.nameMade)))
        (0, failure_1.fail)(errors_1.JET_errWriteConflict);
}
/**
 * JetRenameTable: the table's name changes at once (the engine's TDB), while the catalog keeps the old name for
 * the sessions that do not see the rename (by id: the rename's stamp) and hides the new one from them.
 */
function renameInCatalog(engine, ses, file, table, newName) {
    prune(engine, file);
    const oldName = table.name;
    const oldKey = (0, names_1.nameKey)(oldName);
    const newKey = (0, names_1.nameKey)(newName);
    const before = { nameMade: table.nameMade, former: file.formerNames.get(oldKey) };
    const made = newChange(engine, ses);
    if (file.tables.get(oldKey) === table)
        file.tables.delete(oldKey);
    table.name = newName;
    table.nameMade = made;
    file.tables.set(newKey, table);
    file.formerNames.set(oldKey, { table, name: oldName, gone: made });
    (0, undo_1.recordUndo)(ses, () => {
        if (file.tables.get(newKey) === table)
            file.tables.delete(newKey);
        table.name = oldName;
        table.nameMade = before.nameMade;
        file.tables.set(oldKey, table);
        if (before.former === undefined)
            file.formerNames.delete(oldKey);
        else
            file.formerNames.set(oldKey, before.former);
    });
}
/** Drop the former names every live transaction sees gone (their changes committed before the oldest began). */
function prune(engine, file) {
    if (file.formerNames.size === 0)
        return;
    let oldest = Number.MAX_SAFE_INTEGER;
    for (const s of engine.sessions.values())
        if (s.level > 0 && s.trxBegin0 < oldest)
            oldest = s.trxBegin0;
    for (const [key, former] of file.formerNames) {
        if (former.gone.by === null && former.gone.at < oldest)
            file.formerNames.delete(key);
    }
}
/** A new change (a column added or deleted, a rename) stamped for the session (stampCreation). */
function newChange(engine, ses) {
    const made = { by: null, at: 0 };
    stampCreation(engine, ses, made);
    return made;
}
/**
 * Stamp a creation: the session's until its transaction commits (a rollback
 * undoes the creation itself), or committed now, stamped with the clock, for
 * one made outside a transaction.
 */
function stampCreation(engine, ses, made) {
    if (ses.level === 0) {
        made.at = ++engine.trxClock;
        return;
    }
    made.by = ses;
    ses.onCommit.push((now) => {
        if (made.by !== ses)
            return;
        made.by = null;
        made.at = now;
    });
}
/**
 * Put a new table in the catalog. A table the same session deleted under the
 * same name is replaced (the engine reuses the catalog's deleted entry); a
 * rollback puts it back.
 */
function addToCatalog(engine, ses, file, table) {
    prune(engine, file);
    const key = (0, names_1.nameKey)(table.name);
    const before = file.tables.get(key);
    file.tables.set(key, table);
    stampCreation(engine, ses, table.creation);
    if (before !== undefined && ses.level > 0) {
        table.replaced = before;
        // Once committed, the old table's name is a former name (removeFromCatalog) for the older transactions.
        ses.onCommit.push(() => {
            table.replaced = null;
        });
    }
    (0, undo_1.recordUndo)(ses, () => {
        table.creation.by = null;
        if (before === undefined)
            file.tables.delete(key);
        else
            file.tables.set(key, before);
    });
}
/**
 * Take a table out of the catalog: at once outside a transaction, when the transaction commits inside one; its
 * name stays a former name for the transactions older than the delete (TableLocked for them: checkNotDeleting).
 */
function removeFromCatalog(engine, ses, file, table) {
    prune(engine, file);
    table.deleted = true;
    const key = (0, names_1.nameKey)(table.name);
    const gone = (at) => {
        if (file.tables.get(key) === table)
            file.tables.delete(key);
        file.formerNames.set(key, { table, name: table.name, gone: { by: null, at } });
    };
    if (ses.level === 0) {
        gone(++engine.trxClock);
        return;
    }
    table.deletedBy = ses;
    ses.onCommit.push((now) => {
        if (table.deletedBy !== ses)
            return;
        table.deletedBy = null;
        gone(now);
    });
    (0, undo_1.recordUndo)(ses, () => {
        table.deletedBy = null;
        table.deleted = false;
    });
}
/** A transaction's commit to level 0 makes its creations and deletions everybody's, stamped with the clock. */
function commitCatalog(engine, ses) {
    const hooks = ses.onCommit;
    if (hooks.length === 0)
        return;
    const now = ++engine.trxClock;
    for (const hook of hooks)
        hook(now);
}
