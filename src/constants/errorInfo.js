"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.errorInfo = errorInfo;
exports.errorName = errorName;
exports.errorByName = errorByName;
const errors_1 = require("./errors");
/** Short explanations, in our words, for the codes esemu returns. */
const descriptions = {
    JET_errSuccess: 'The call worked.',
    JET_errInternalError: 'esemu hit a bug of its own; please report it with the trace.',
    JET_errInvalidParameter: 'An argument is out of range, of the wrong kind, or names nothing.',
    JET_errInvalidGrbit: 'The option bits include one the call does not accept, or a combination it refuses.',
    JET_errTermInProgress: 'The instance is shutting down.',
    JET_errRestoreInProgress: 'The instance is being restored from backup.',
    JET_errNotInitialized: 'The instance has not been initialized (or no instance exists).',
    JET_errAlreadyInitialized: 'The instance is already initialized, or the setting can no longer change.',
    JET_errInitInProgress: 'The instance is in the middle of JetInit.',
    JET_errClientRequestToStopJetService: 'JetStopService was called; only clean-up calls still work.',
    JET_errInstanceUnavailable: 'The instance hit a fatal error and can only be terminated.',
    JET_errInstanceUnavailableDueToFatalLogDiskFull: 'The instance stopped because its log disk filled up.',
    JET_errInvalidInstance: 'The instance handle is not a live instance.',
    JET_errInvalidSesid: 'The session handle is not a live session.',
    JET_errInvalidTableId: 'The table or cursor handle is not open.',
    JET_errSesidTableIdMismatch: 'The cursor belongs to another session.',
    JET_errInvalidDatabaseId: 'The session does not have that database open.',
    JET_errOutOfSessions: 'No more sessions can be started on the instance (JET_paramMaxSessions).',
    JET_errOutOfCursors: 'No more cursors can be opened on the instance (JET_paramMaxCursors).',
    JET_errOutOfMemory: 'Memory ran out.',
    JET_errOutOfBuffers: 'The database cache ran out of buffers.',
    JET_errTooManySorts: 'No more sort tables can be open at once (JET_paramMaxTemporaryTables).',
    JET_errTooManyInstances: 'No more instances can be created (JET_paramMaxInstances).',
    JET_errInstanceNameInUse: 'Another instance already has that name.',
    JET_errRunningInOneInstanceMode: 'The process uses the single legacy instance; multi-instance calls are refused.',
    JET_errRunningInMultiInstanceMode: 'The process uses named instances; the legacy single-instance call is refused.',
    JET_errSystemParamsAlreadySet: 'Multi-instance mode was already chosen.',
    JET_errTooManyActiveUsers: 'A session still has an open transaction, so the instance cannot terminate cleanly.',
    JET_errDirtyShutdown: 'The instance was torn down without a clean shutdown, as asked.',
    JET_errSessionInUse: 'The session cannot end while a session context is set on it.',
    JET_errSessionContextAlreadySet: 'The session already has a context set.',
    JET_errSessionContextNotSetByThisThread: 'No context is set, or another thread set it.',
    JET_errSessionSharingViolation: 'The session\'s transaction belongs to another thread or context.',
    JET_errTransTooDeep: 'Transactions nest at most seven levels deep.',
    JET_errNotInTransaction: 'The call needs an open transaction.',
    JET_errInTransaction: 'The call cannot run inside a transaction.',
    JET_errMustRollback: 'The transaction can only be rolled back.',
    JET_errRollbackError: 'An earlier rollback failed; the session cannot start or undo transactions.',
    JET_errTransReadOnly: 'The transaction was begun read-only.',
    JET_errDatabaseDuplicate: 'That database already exists.',
    JET_errDatabaseInUse: 'The database is open, so it cannot be detached or opened exclusively.',
    JET_errDatabaseNotFound: 'No database with that name is attached.',
    JET_errDatabaseLocked: 'Another session has the database open exclusively.',
    JET_errDatabaseInvalidPath: 'The database path is empty or invalid.',
    JET_errFileNotFound: 'No such file.',
    JET_errFileAccessDenied: 'Another instance is using the file.',
    JET_errTooManyAttachedDatabases: 'An instance attaches at most six databases.',
    JET_errOneDatabasePerSession: 'JET_paramOneDatabasePerSession is set and the session has another database open.',
    JET_wrnDatabaseAttached: 'The database was already attached.',
    JET_wrnFileOpenReadOnly: 'The database is attached read-only, so it was opened read-only.',
    JET_errIllegalOperation: 'The cursor cannot do this in its current state (for example a sort still taking inserts).',
    JET_errCannotMaterializeForwardOnlySort: 'A forward-only sort cannot be indexed, scrollable, updatable or materialized.',
    JET_errInvalidOperation: 'The operation does not apply here.',
    JET_errNoCurrentRecord: 'The cursor is not on a record.',
    JET_errRecordNotFound: 'No record matches the key.',
    JET_errRecordDeleted: 'The record has been deleted.',
    JET_errKeyDuplicate: 'A record with that key already exists.',
    JET_errKeyNotMade: 'No search key has been made (call JetMakeKey with JET_bitNewKey).',
    JET_errKeyIsMade: 'The search key already has all its columns.',
    JET_errUpdateNotPrepared: 'There is no update in progress (call JetPrepareUpdate).',
    JET_errAlreadyPrepared: 'An update is already in progress on the cursor.',
    JET_errRecordPrimaryChanged: 'A replace may not change the primary key.',
    JET_errColumnNotFound: 'The table has no such column.',
    JET_errInvalidColumnType: 'Unknown column type.',
    JET_errInvalidCodePage: 'Text columns take code page 1200 (Unicode) or 1252 (ASCII).',
    JET_errInvalidBufferSize: 'The value size does not fit the column type.',
    JET_errColumnTooBig: 'The value is longer than the column allows.',
    JET_errBufferTooSmall: 'The output buffer is too small.',
    JET_errInvalidBookmark: 'The bookmark is not a valid bookmark for this cursor.',
    JET_errNoCurrentIndex: 'The table has no index to make a key for.',
    JET_wrnColumnNull: 'The column is NULL.',
    JET_wrnBufferTruncated: 'The value was longer than the buffer; only part was copied.',
    JET_wrnSeekNotEqual: 'The seek landed on a record that does not match the key exactly.',
};
const byValue = new Map();
const byName = new Map();
for (const [name, value, category] of errors_1.errorTable) {
    const info = { name, value, category, description: descriptions[name] ?? describeFromName(name) };
    byName.set(name, info);
    if (!byValue.has(value) || errors_1.preferredErrorNames.has(name))
        byValue.set(value, info);
}
function describeFromName(name) {
    const words = name.replace(/^JET_(err|wrn)/, '').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
    return `${name.startsWith('JET_wrn') ? 'Warning' : 'Error'}: ${words}.`;
}
/** Name and description of a code; unknown codes get a generic entry. */
function errorInfo(code) {
    return byValue.get(code) ?? {
        name: code === 0 ? 'JET_errSuccess' : `JET_err(${code})`,
        value: code,
        category: 'unknown',
        description: 'Not a code esent.h defines.',
    };
}
function errorName(code) {
    return errorInfo(code).name;
}
function errorByName(name) {
    return byName.get(name);
}
