"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.conflictCode = conflictCode;
exports.checkKeyLocks = checkKeyLocks;
exports.uniqueKeyLocks = uniqueKeyLocks;
/**
 * The locks esemu takes on the keys of unique secondary indexes beside a record's, and the code a conflict on a key
 * answers (an insert's KeyDuplicate, any other change's WriteConflict).
 */
const errors_1 = require("../constants/errors");
const indexEntries_1 = require("../catalog/indexEntries");
const failure_1 = require("../storage/failure");
const fullRecord_1 = require("./fullRecord");
/** No keys: a shared empty list, never changed. */
const NO_KEYS = [];
/**
 * The code of a conflict on a version another session holds or committed after this transaction began: a new key
 * (a record's insert, a unique secondary key taken) is KeyDuplicate, because the B-tree insert turns the version
 * store's WriteConflict into one (bt.cxx ErrBTInsert: an insert never answers WriteConflict); any other change is
 * WriteConflict.
 */
function conflictCode(insert) {
    return insert ? errors_1.JET_errKeyDuplicate : errors_1.JET_errWriteConflict;
}
/** The unique secondary keys a change takes (KeyDuplicate when held) or gives up (WriteConflict), in that order. */
function checkKeyLocks(store, ses, begin, keys) {
    const names = keys.names;
    for (let i = 0; i < names.length; i++)
        if (store.conflicts(names[i], ses, begin))
            (0, failure_1.fail)(conflictCode(i < keys.taken));
}
const NO_KEY_LOCKS = { names: NO_KEYS, taken: 0 };
/**
 * The keys of unique secondary indexes a change adds or gives up, as lock names. In the engine the index entry
 * itself is versioned: another session's uncommitted insert or delete of the same unique key, or one committed
 * after this transaction began, is "active not by me": taking the key is then KeyDuplicate (bt.cxx ErrBTInsert),
 * giving it up WriteConflict (the entry's flag-delete). esemu takes a lock on each such key beside the record's,
 * with the same rules. The names cannot meet a bookmark: bookmarks hold only characters below 256.
 */
function uniqueKeyLocks(table, before, after) {
    let taken = null;
    let given = null;
    for (const index of table.indexes) {
        if (index.primary || !index.unique)
            continue;
        const old = before === undefined ? [] : (0, indexEntries_1.entryKeysOf)(index, (0, fullRecord_1.fullRecord)(table, before));
        const now = after === null ? [] : (0, indexEntries_1.entryKeysOf)(index, (0, fullRecord_1.fullRecord)(table, after));
        for (const key of now)
            if (!old.includes(key))
                (taken ??= []).push(`\uffff${index.id}\u0000${key}`);
        for (const key of old)
            if (!now.includes(key))
                (given ??= []).push(`\uffff${index.id}\u0000${key}`);
    }
    if (taken === null && given === null)
        return NO_KEY_LOCKS;
    return { names: [...(taken ?? []), ...(given ?? [])], taken: taken?.length ?? 0 };
}
