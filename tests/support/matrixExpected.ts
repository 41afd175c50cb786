/**
 * The API x state matrix written out by hand from the engine's rules: what
 * esent.dll (ESENT build, so handle validation is on, ese-semantics.md §0)
 * answers for each row's call in each column's state. Nothing here was taken
 * from running esemu or from docs/error-matrix.md. tests/matrix.test.ts checks
 * what esemu computes against this table.
 *
 * The scene every cell starts from (tests/support/matrix.ts): one instance in
 * multi-instance mode, created and initialized; one session that created
 * matrix.edb (so it holds one open of it, db.cxx DBSetOpenDatabaseFlag at
 * create), opened a sort at level 0 with one row (insert phase) and then began
 * a transaction on the main thread with no session context, so the level-1
 * transaction is thread-owned (pib.hxx PIBSetTrxContext: no context means the
 * thread id is recorded).
 *
 * Source references are to microsoft/Extensible-Storage-Engine at 7030fe7,
 * dev/ese/src/ese/<file> unless a path is given.
 *
 * Rules used by every row (written once here, not again in each row):
 * - G0 (§0, jetapi.cxx:5264-5335): the exported wrappers validate handles first.
 *   A sesid of an ended session (stale handle) or of a freed instance
 *   (instance gone) answers InvalidSesid; with a bad sesid the sesid/tableid
 *   check also answers InvalidSesid (c_rgerrValid[0], jetapi.cxx:5286-5296). A
 *   freed instance answers InvalidInstance (JET_VALIDATE_INSTANCE).
 * - G1 (§3, APICALL_SESID::FEnter, jetapi.cxx:4182-4250), in this order:
 *   every instance terminating -> TermInProgress (4191-4195; the 'terminating'
 *   column has one instance, counted as terminating); stop requested and the
 *   API not exempt -> ClientRequestToStopJetService (4199-4202); instance
 *   unavailable -> InstanceUnavailable (4203-4206); this instance terminating
 *   -> TermInProgress (4207-4210). The gate checks neither a running restore
 *   nor session contexts nor who owns the transaction.
 *   Exempt from the stop (FEnter(sesid, fTrue)): JetRollback 9648,
 *   JetGetSessionInfo 9672, JetCloseTable 10198, JetEndSession 12561,
 *   JetCloseDatabase 12816, JetDetachDatabase 16911, JetResetSessionContext 20393.
 * - G2 (§2.4, INST::ErrAPIEnter, jetapi.cxx:4421-4449): the instance gate of
 *   JetBeginSession checks stop, then unavailable, then the API lock flags:
 *   terminating -> TermInProgress, restoring -> RestoreInProgress (4397-4419).
 *   JetTerm enters with fTerminating = true (FEnterForTerm, 20884), which skips
 *   the stop and unavailable checks.
 * - T (§6, pib.hxx:1441-1466 FPIBCheckTrxContext): a thread-owned transaction
 *   may be nested, committed or rolled back only from the owning thread, else
 *   SessionSharingViolation (dir.cxx:1878 begin, 1936 commit, 2234 rollback).
 *   Setting a session context after the level-0 begin does not change the owner,
 *   so in both 'context' columns the main thread still owns level 1.
 */

export const COLUMN_NAMES = [
  'initialized', 'level 7', 'context by caller', 'context by other thread', 'trx of other thread', 'rollback failed',
  'stop requested', 'unavailable', 'terminating', 'restoring', 'stale handle', 'instance gone',
] as const;
export type ColumnName = (typeof COLUMN_NAMES)[number];

export const ROW_NAMES = [
  'JetBeginSession', 'JetDupSession', 'JetEndSession (engine)', 'JetEndSession (documented)', 'JetBeginTransaction',
  'JetCommitTransaction', 'JetRollback', 'JetSetSessionContext', 'JetResetSessionContext', 'JetGetSessionInfo',
  'JetOpenTempTable', 'JetOpenDatabase', 'JetCloseDatabase', 'JetDetachDatabase', 'JetCloseTable (sort)',
  'JetMove (sort)', 'JetOpenTable', 'JetMove (table)', 'JetPrepareUpdate (table)', 'JetCloseTable (table)', 'JetTerm',
] as const;
export type RowName = (typeof ROW_NAMES)[number];

/** A code as the matrix writes it: its esent.h name without the JET_err / JET_wrn prefix. */
export type Code =
  | 'Success' | 'InvalidSesid' | 'InvalidInstance' | 'ClientRequestToStopJetService' | 'InstanceUnavailable'
  | 'TermInProgress' | 'RestoreInProgress' | 'SessionInUse' | 'SessionSharingViolation' | 'OutOfMemory'
  | 'TransTooDeep' | 'RollbackError' | 'SessionContextAlreadySet' | 'SessionContextNotSetByThisThread'
  | 'InTransaction' | 'TooManyActiveUsers';

export type ExpectedRow = Readonly<Record<ColumnName, Code>>;

export const EXPECTED: Readonly<Record<RowName, ExpectedRow>> = {
  // Instance gate G2, then ErrIsamBeginSession (tm.cxx:59-77): one session of 16 is in use, so the pool has room
  // (pib.cxx:706-710). Session state (levels, contexts, a failed rollback) is not looked at. The stale column still
  // has a live instance; after JetTerm2 the INST is freed, so G0 answers InvalidInstance (§2.5 last bullet).
  'JetBeginSession': {
    'initialized': 'Success', 'level 7': 'Success', 'context by caller': 'Success', 'context by other thread': 'Success',
    'trx of other thread': 'Success', 'rollback failed': 'Success', 'stop requested': 'ClientRequestToStopJetService',
    'unavailable': 'InstanceUnavailable', 'terminating': 'TermInProgress', 'restoring': 'RestoreInProgress',
    'stale handle': 'Success', 'instance gone': 'InvalidInstance',
  },
  // Session gate G1 (not exempt), then ErrIsamBeginSession on the same instance (jetapi.cxx:12503-12527): nothing
  // of the source session is checked, and the gate ignores a restore.
  'JetDupSession': {
    'initialized': 'Success', 'level 7': 'Success', 'context by caller': 'Success', 'context by other thread': 'Success',
    'trx of other thread': 'Success', 'rollback failed': 'Success', 'stop requested': 'ClientRequestToStopJetService',
    'unavailable': 'InstanceUnavailable', 'terminating': 'TermInProgress', 'restoring': 'Success',
    'stale handle': 'InvalidSesid', 'instance gone': 'InvalidSesid',
  },
  // G1 exempt from the stop (12561), then ErrIsamEndSession (tm.cxx:97-195): any context already set, the caller's
  // included, fails the CAS of the reserved context -> SessionInUse (tm.cxx:105-111). Else roll back all levels
  // (tm.cxx:115-124): PrepareTrxContextForEnd (pib.hxx:1425-1439) leaves a thread-owned trx alone, so thread t's
  // level 1 fails the owner check (dir.cxx:2230-2235) -> SessionSharingViolation; a sticky rollback failure makes
  // ErrDIRRollback answer RollbackError (dir.cxx:2237-2243), which ErrIsamRollback turns back into the recorded
  // error, OutOfMemory (tm.cxx:2020-2025). Otherwise close the database and the sort and succeed. A restore is
  // not looked at (§13).
  'JetEndSession (engine)': {
    'initialized': 'Success', 'level 7': 'Success', 'context by caller': 'SessionInUse',
    'context by other thread': 'SessionInUse', 'trx of other thread': 'SessionSharingViolation',
    'rollback failed': 'OutOfMemory', 'stop requested': 'Success', 'unavailable': 'InstanceUnavailable',
    'terminating': 'TermInProgress', 'restoring': 'Success', 'stale handle': 'InvalidSesid',
    'instance gone': 'InvalidSesid',
  },
  // The same call as documented (§13; docs/differences.md §2): the documentation adds ClientRequestToStopJetService
  // after a stop and RestoreInProgress during a restore; everything else is the engine's answer. The all-terminating
  // check of G1 comes before the stop either way.
  'JetEndSession (documented)': {
    'initialized': 'Success', 'level 7': 'Success', 'context by caller': 'SessionInUse',
    'context by other thread': 'SessionInUse', 'trx of other thread': 'SessionSharingViolation',
    'rollback failed': 'OutOfMemory', 'stop requested': 'ClientRequestToStopJetService',
    'unavailable': 'InstanceUnavailable', 'terminating': 'TermInProgress', 'restoring': 'RestoreInProgress',
    'stale handle': 'InvalidSesid', 'instance gone': 'InvalidSesid',
  },
  // G1 (not exempt), then ErrIsamBeginTransaction (tm.cxx:1706-1732): level 7 = levelUserMost -> TransTooDeep
  // (1715, 1728). Below that ErrDIRBeginTransaction: a recorded rollback failure -> RollbackError (dir.cxx:1818-1822)
  // before anything else; a nested begin needs the owner, rule T (dir.cxx:1874-1878).
  'JetBeginTransaction': {
    'initialized': 'Success', 'level 7': 'TransTooDeep', 'context by caller': 'Success',
    'context by other thread': 'Success', 'trx of other thread': 'SessionSharingViolation',
    'rollback failed': 'RollbackError', 'stop requested': 'ClientRequestToStopJetService',
    'unavailable': 'InstanceUnavailable', 'terminating': 'TermInProgress', 'restoring': 'Success',
    'stale handle': 'InvalidSesid', 'instance gone': 'InvalidSesid',
  },
  // G1 (not exempt: §3, commit is not in the list), then ErrIsamCommitTransaction (tm.cxx:1755-1863): grbit 0 is
  // in the mask, level >= 1, must-rollback is never set here; ErrDIRCommitTransaction checks the owner, rule T
  // (dir.cxx:1932-1937). Nothing on the commit path reads the rollback failure (only dir.cxx:1818 and 2237 do).
  'JetCommitTransaction': {
    'initialized': 'Success', 'level 7': 'Success', 'context by caller': 'Success', 'context by other thread': 'Success',
    'trx of other thread': 'SessionSharingViolation', 'rollback failed': 'Success',
    'stop requested': 'ClientRequestToStopJetService', 'unavailable': 'InstanceUnavailable',
    'terminating': 'TermInProgress', 'restoring': 'Success', 'stale handle': 'InvalidSesid',
    'instance gone': 'InvalidSesid',
  },
  // G1 exempt from the stop (9648), grbit 0 is valid (9650-9652), level >= 1 (tm.cxx:1896-1899). ErrDIRRollback:
  // owner check first, rule T (dir.cxx:2230-2235), then the sticky failure, answered with the recorded error
  // (tm.cxx:2020-2025).
  'JetRollback': {
    'initialized': 'Success', 'level 7': 'Success', 'context by caller': 'Success', 'context by other thread': 'Success',
    'trx of other thread': 'SessionSharingViolation', 'rollback failed': 'OutOfMemory', 'stop requested': 'Success',
    'unavailable': 'InstanceUnavailable', 'terminating': 'TermInProgress', 'restoring': 'Success',
    'stale handle': 'InvalidSesid', 'instance gone': 'InvalidSesid',
  },
  // G1 (not exempt), then ErrIsamSetSessionContext (pib.cxx:942-952): 7 is not a reserved value; any context
  // already set, by any thread -> SessionContextAlreadySet (pib.hxx:1325-1330). Transactions are not looked at.
  'JetSetSessionContext': {
    'initialized': 'Success', 'level 7': 'Success', 'context by caller': 'SessionContextAlreadySet',
    'context by other thread': 'SessionContextAlreadySet', 'trx of other thread': 'Success',
    'rollback failed': 'Success', 'stop requested': 'ClientRequestToStopJetService',
    'unavailable': 'InstanceUnavailable', 'terminating': 'TermInProgress', 'restoring': 'Success',
    'stale handle': 'InvalidSesid', 'instance gone': 'InvalidSesid',
  },
  // G1 exempt from the stop (20393), then ErrPIBCheckCorrectSessionContext (pib.hxx:1353-1360): no context set, or
  // set by another thread -> SessionContextNotSetByThisThread. Only 'context by caller' has the caller's context.
  'JetResetSessionContext': {
    'initialized': 'SessionContextNotSetByThisThread', 'level 7': 'SessionContextNotSetByThisThread',
    'context by caller': 'Success', 'context by other thread': 'SessionContextNotSetByThisThread',
    'trx of other thread': 'SessionContextNotSetByThisThread', 'rollback failed': 'SessionContextNotSetByThisThread',
    'stop requested': 'SessionContextNotSetByThisThread', 'unavailable': 'InstanceUnavailable',
    'terminating': 'TermInProgress', 'restoring': 'SessionContextNotSetByThisThread', 'stale handle': 'InvalidSesid',
    'instance gone': 'InvalidSesid',
  },
  // G1 exempt from the stop (9672), then ErrIsamGetSessionInfo (tm.cxx:197-227): JET_SessionInfo with cbMax 24 =
  // sizeof(JET_SESSIONINFO) on x64 (§15) is accepted in every state that passes the gate.
  'JetGetSessionInfo': {
    'initialized': 'Success', 'level 7': 'Success', 'context by caller': 'Success', 'context by other thread': 'Success',
    'trx of other thread': 'Success', 'rollback failed': 'Success', 'stop requested': 'Success',
    'unavailable': 'InstanceUnavailable', 'terminating': 'TermInProgress', 'restoring': 'Success',
    'stale handle': 'InvalidSesid', 'instance gone': 'InvalidSesid',
  },
  // G1 (not exempt, §9.1), then ErrIsamOpenTempTable (sortapi.cxx:3240-3322): temp tables are enabled, no
  // ForwardOnly; ErrSORTOpen (sort.cxx:77-96) takes a cursor (1 of 1024) and a sort slot (1 of 20 in use). Neither
  // the level nor contexts nor a failed rollback are looked at; a key column, so no materialization.
  'JetOpenTempTable': {
    'initialized': 'Success', 'level 7': 'Success', 'context by caller': 'Success', 'context by other thread': 'Success',
    'trx of other thread': 'Success', 'rollback failed': 'Success', 'stop requested': 'ClientRequestToStopJetService',
    'unavailable': 'InstanceUnavailable', 'terminating': 'TermInProgress', 'restoring': 'Success',
    'stale handle': 'InvalidSesid', 'instance gone': 'InvalidSesid',
  },
  // G1 (not exempt, jetapi.cxx:12727-12760), then ErrDBOpenDatabase (db.cxx:5993-6090): matrix.edb is attached,
  // read-write, not exclusive, OneDatabasePerSession is off; opens stack on the creator's open. No level check.
  'JetOpenDatabase': {
    'initialized': 'Success', 'level 7': 'Success', 'context by caller': 'Success', 'context by other thread': 'Success',
    'trx of other thread': 'Success', 'rollback failed': 'Success', 'stop requested': 'ClientRequestToStopJetService',
    'unavailable': 'InstanceUnavailable', 'terminating': 'TermInProgress', 'restoring': 'Success',
    'stale handle': 'InvalidSesid', 'instance gone': 'InvalidSesid',
  },
  // G1 exempt from the stop (12816), the dbid is open by this session (ErrPIBCheckIfmp, jetapi.cxx:4293-4323), and
  // ErrDBCloseDatabase always succeeds (§10.3, db.cxx:6394-6462).
  'JetCloseDatabase': {
    'initialized': 'Success', 'level 7': 'Success', 'context by caller': 'Success', 'context by other thread': 'Success',
    'trx of other thread': 'Success', 'rollback failed': 'Success', 'stop requested': 'Success',
    'unavailable': 'InstanceUnavailable', 'terminating': 'TermInProgress', 'restoring': 'Success',
    'stale handle': 'InvalidSesid', 'instance gone': 'InvalidSesid',
  },
  // G1 exempt from the stop (16911), then ErrIsamDetachDatabase (db.cxx:5356-5374): level > 0 -> InTransaction is its
  // first check, and every live column is at level >= 1 ('trx of other thread' re-began level 1 on thread t).
  'JetDetachDatabase': {
    'initialized': 'InTransaction', 'level 7': 'InTransaction', 'context by caller': 'InTransaction',
    'context by other thread': 'InTransaction', 'trx of other thread': 'InTransaction',
    'rollback failed': 'InTransaction', 'stop requested': 'InTransaction', 'unavailable': 'InstanceUnavailable',
    'terminating': 'TermInProgress', 'restoring': 'InTransaction', 'stale handle': 'InvalidSesid',
    'instance gone': 'InvalidSesid',
  },
  // G0 sesid/tableid check, G1 exempt from the stop (10198), then the sort is closed: JetCloseTable always succeeds
  // for a valid handle (§8.3). The sort was opened at level 0, so no rollback in the setup closed it (tm.cxx:1997-2004).
  'JetCloseTable (sort)': {
    'initialized': 'Success', 'level 7': 'Success', 'context by caller': 'Success', 'context by other thread': 'Success',
    'trx of other thread': 'Success', 'rollback failed': 'Success', 'stop requested': 'Success',
    'unavailable': 'InstanceUnavailable', 'terminating': 'TermInProgress', 'restoring': 'Success',
    'stale handle': 'InvalidSesid', 'instance gone': 'InvalidSesid',
  },
  // G0, G1 (not exempt, jetapi.cxx:11535-11545), then ErrTTSortInsMove (sortapi.cxx:3395-3425): the first move ends
  // the insert phase and lands on the one row. Move on a sort checks no transaction owner (§6: only begin, commit
  // and rollback are checked).
  'JetMove (sort)': {
    'initialized': 'Success', 'level 7': 'Success', 'context by caller': 'Success', 'context by other thread': 'Success',
    'trx of other thread': 'Success', 'rollback failed': 'Success', 'stop requested': 'ClientRequestToStopJetService',
    'unavailable': 'InstanceUnavailable', 'terminating': 'TermInProgress', 'restoring': 'Success',
    'stale handle': 'InvalidSesid', 'instance gone': 'InvalidSesid',
  },
  // G1 (not exempt: JetOpenTable is not in the fIgnoreStopService list, ese-semantics.md §3), the dbid is open by
  // the session (ErrPIBCheckIfmp), then ErrFILEOpenTable: the table exists and nobody holds it exclusively (the
  // scene's own cursor is a shared one). Neither the level, contexts nor a failed rollback are looked at.
  'JetOpenTable': {
    'initialized': 'Success', 'level 7': 'Success', 'context by caller': 'Success', 'context by other thread': 'Success',
    'trx of other thread': 'Success', 'rollback failed': 'Success', 'stop requested': 'ClientRequestToStopJetService',
    'unavailable': 'InstanceUnavailable', 'terminating': 'TermInProgress', 'restoring': 'Success',
    'stale handle': 'InvalidSesid', 'instance gone': 'InvalidSesid',
  },
  // G0 sesid / tableid, G1 (not exempt), then ErrIsamMove (rec.cxx:825-): MoveFirst on a table with one committed
  // record lands on it; a move checks no transaction owner (only begin, commit and rollback do, §6).
  'JetMove (table)': {
    'initialized': 'Success', 'level 7': 'Success', 'context by caller': 'Success', 'context by other thread': 'Success',
    'trx of other thread': 'Success', 'rollback failed': 'Success', 'stop requested': 'ClientRequestToStopJetService',
    'unavailable': 'InstanceUnavailable', 'terminating': 'TermInProgress', 'restoring': 'Success',
    'stale handle': 'InvalidSesid', 'instance gone': 'InvalidSesid',
  },
  // G0, G1 (not exempt), then ErrIsamPrepareUpdate (fldmod.cxx): an insert needs an updatable cursor and no update
  // already prepared; it takes no lock and makes no version, so neither the level nor a failed rollback matter.
  'JetPrepareUpdate (table)': {
    'initialized': 'Success', 'level 7': 'Success', 'context by caller': 'Success', 'context by other thread': 'Success',
    'trx of other thread': 'Success', 'rollback failed': 'Success', 'stop requested': 'ClientRequestToStopJetService',
    'unavailable': 'InstanceUnavailable', 'terminating': 'TermInProgress', 'restoring': 'Success',
    'stale handle': 'InvalidSesid', 'instance gone': 'InvalidSesid',
  },
  // G0, G1 exempt from the stop (jetapi.cxx:10198), then the cursor is closed: JetCloseTable always succeeds for a
  // valid handle (§8.3). The cursor was opened at level 0, so no rollback in the setup closed it.
  'JetCloseTable (table)': {
    'initialized': 'Success', 'level 7': 'Success', 'context by caller': 'Success', 'context by other thread': 'Success',
    'trx of other thread': 'Success', 'rollback failed': 'Success', 'stop requested': 'Success',
    'unavailable': 'InstanceUnavailable', 'terminating': 'TermInProgress', 'restoring': 'Success',
    'stale handle': 'InvalidSesid', 'instance gone': 'InvalidSesid',
  },
  // JetTerm = JetTerm2(JET_bitTermAbrupt) (jetapi.cxx:22267-22270) -> ErrTermComplete (20847-21026): FEnterForTerm
  // skips stop and unavailable but answers the API lock: TermInProgress / RestoreInProgress (4397-4419). Abrupt is
  // a no-cleanup term, which refuses while any transaction is open -> TooManyActiveUsers (sysinit.cxx:597-606); the
  // stop does not change that. An unavailable instance makes it an error-type term (tm.cxx:1168-1171), which skips
  // that check and tears down; DirtyShutdown is only for the Dirty grbit (tm.cxx:1193-1196), so Success. Once the
  // session is ended no transaction is open: Success. A freed INST fails G0: InvalidInstance.
  'JetTerm': {
    'initialized': 'TooManyActiveUsers', 'level 7': 'TooManyActiveUsers', 'context by caller': 'TooManyActiveUsers',
    'context by other thread': 'TooManyActiveUsers', 'trx of other thread': 'TooManyActiveUsers',
    'rollback failed': 'TooManyActiveUsers', 'stop requested': 'TooManyActiveUsers', 'unavailable': 'Success',
    'terminating': 'TermInProgress', 'restoring': 'RestoreInProgress', 'stale handle': 'Success',
    'instance gone': 'InvalidInstance',
  },
};
