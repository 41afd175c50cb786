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
  'JetMove (sort)', 'JetOpenTable', 'JetMove (table)', 'JetPrepareUpdate (table)', 'JetCloseTable (table)',
  'JetRetrieveColumn (table)', 'JetSetColumn (table)', 'JetUpdate (table)', 'JetSeek (table)', 'JetMakeKey (table)',
  'JetDelete (table)', 'JetSetCurrentIndex (table)', 'JetGetTableColumnInfo (table)', 'JetCreateTable',
  'JetAddColumn (table)', 'JetCreateIndex (table)', 'JetSetIndexRange (table)', 'JetGetBookmark (table)',
  'JetGotoBookmark (table)', 'JetRetrieveColumns (table)', 'JetIndexRecordCount (table)', 'JetDeleteTable', 'JetTerm',
] as const;
export type RowName = (typeof ROW_NAMES)[number];

/** A code as the matrix writes it: its esent.h name without the JET_err / JET_wrn prefix. */
export type Code =
  | 'Success' | 'InvalidSesid' | 'InvalidInstance' | 'ClientRequestToStopJetService' | 'InstanceUnavailable'
  | 'TermInProgress' | 'RestoreInProgress' | 'SessionInUse' | 'SessionSharingViolation' | 'OutOfMemory'
  | 'TransTooDeep' | 'RollbackError' | 'SessionContextAlreadySet' | 'SessionContextNotSetByThisThread'
  | 'InTransaction' | 'TooManyActiveUsers' | 'KeyNotMade' | 'NoCurrentIndex' | 'IndexNotFound';

/** A row's hand-written cells; a cell listed in UNWRITTEN is left out of its row. */
export type ExpectedRow = Readonly<Partial<Record<ColumnName, Code>>>;

/** Cells deliberately left unwritten (none now: the disagreements found when the ISAM rows came were fixed). */
export const UNWRITTEN: ReadonlyArray<readonly [string, string]> = [];

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
  // Set-up in the call: JetMove(First). G0 sesid/tableid, G1 (not exempt), then ErrIsamRetrieveColumn
  // (fldext.cxx:1692-1760): the only transaction it begins is a read-only one at level 0 (1750-1755), so at level >= 1
  // no begin runs and neither the owner check nor a recorded rollback failure is reached (dir.cxx:1818, 1872-1879 are
  // inside ErrDIRBeginTransaction). The cursor is on the one record (JetMove (table) succeeds in the same states):
  // a 4-byte buffer for the Long column -> Success.
  'JetRetrieveColumn (table)': {
    'initialized': 'Success', 'level 7': 'Success', 'context by caller': 'Success', 'context by other thread': 'Success',
    'trx of other thread': 'Success', 'rollback failed': 'Success', 'stop requested': 'ClientRequestToStopJetService',
    'unavailable': 'InstanceUnavailable', 'terminating': 'TermInProgress', 'restoring': 'Success',
    'stale handle': 'InvalidSesid', 'instance gone': 'InvalidSesid',
  },
  // Set-up in the call: JetPrepareUpdate(JET_prepInsert) (Success in every live state, see JetPrepareUpdate (table)).
  // ErrIsamSetColumn (fldmod.cxx:1931-2002): updatable cursor, not a read-only transaction, cbData within bounds, an
  // update prepared; a fixed Long column needs no long-value tree, so no internal transaction is begun (the only
  // begins in fldmod.cxx, 76 and 213, are auto-increment paths at level 0). Nothing reads the owner or the failure.
  'JetSetColumn (table)': {
    'initialized': 'Success', 'level 7': 'Success', 'context by caller': 'Success', 'context by other thread': 'Success',
    'trx of other thread': 'Success', 'rollback failed': 'Success', 'stop requested': 'ClientRequestToStopJetService',
    'unavailable': 'InstanceUnavailable', 'terminating': 'TermInProgress', 'restoring': 'Success',
    'stale handle': 'InvalidSesid', 'instance gone': 'InvalidSesid',
  },
  // Set-up in the call: JetPrepareUpdate(JET_prepInsert) and JetSetColumn(n = 1). ErrIsamUpdate (recupd.cxx:941-1008)
  // goes to ErrRECIInsert, which begins an internal transaction before anything else for an ordinary table
  // (recupd.cxx:1630-1634). ErrDIRBeginTransaction (dir.cxx:1808-1880) looks at a recorded rollback failure
  // (1818-1822) and, at level >= 1, at the transaction's owner (FPIBCheckTrxContext, pib.hxx:1441-1466; 1872-1879): in
  // both context columns the main thread still owns level 1 (rule T), so it inserts. An internal begin has no level
  // limit (only ErrIsamBeginTransaction checks levelUserMost, §7.1), so level 7 inserts. 'trx of other thread' and
  // 'rollback failed': the internal begin refuses the other thread's transaction and the failed rollback.
  'JetUpdate (table)': {
    'initialized': 'Success', 'level 7': 'Success', 'context by caller': 'Success', 'context by other thread': 'Success',
    'trx of other thread': 'SessionSharingViolation', 'rollback failed': 'RollbackError',
    'stop requested': 'ClientRequestToStopJetService',
    'unavailable': 'InstanceUnavailable', 'terminating': 'TermInProgress', 'restoring': 'Success',
    'stale handle': 'InvalidSesid', 'instance gone': 'InvalidSesid',
  },
  // Set-up in the call: JetCreateIndex('ix', '+n'), JetSetCurrentIndex('ix'), JetMakeKey(1, JET_bitNewKey). The table
  // has no primary index (sequential). Where the index is created (see JetCreateIndex (table)), the key is made on it
  // and ErrIsamSeek (rec.cxx:1224-1290) with SeekEQ finds the committed record (n = 1): Success; the seek begins no
  // transaction at level >= 1 (the begin at 1344 is compiled out, TRANSACTED_SEEK). 'trx of other thread' and 'rollback failed' follow from JetCreateIndex
  // failing there (the internal begin): the index 'ix' does not exist.
  'JetSeek (table)': {
    'initialized': 'Success', 'level 7': 'Success', 'context by caller': 'Success', 'context by other thread': 'Success',
    'trx of other thread': 'KeyNotMade', 'rollback failed': 'KeyNotMade',
    'stop requested': 'ClientRequestToStopJetService',
    'unavailable': 'InstanceUnavailable', 'terminating': 'TermInProgress', 'restoring': 'Success',
    'stale handle': 'InvalidSesid', 'instance gone': 'InvalidSesid',
  },
  // Set-up in the call: JetCreateIndex('ix', '+n'), JetSetCurrentIndex('ix'). ErrIsamMakeKey (fldnorm.cxx:2444-)
  // on the secondary index 'ix' with a 4-byte segment and NewKey: Success; no transaction is begun. In 'trx of other
  // thread' and 'rollback failed' JetCreateIndex failed (the internal begin), so the cursor has no index: NoCurrentIndex
  // (fldnorm.cxx:2562-2575).
  'JetMakeKey (table)': {
    'initialized': 'Success', 'level 7': 'Success', 'context by caller': 'Success', 'context by other thread': 'Success',
    'trx of other thread': 'NoCurrentIndex', 'rollback failed': 'NoCurrentIndex',
    'stop requested': 'ClientRequestToStopJetService',
    'unavailable': 'InstanceUnavailable', 'terminating': 'TermInProgress', 'restoring': 'Success',
    'stale handle': 'InvalidSesid', 'instance gone': 'InvalidSesid',
  },
  // Set-up in the call: JetMove(First). ErrIsamDelete (recupd.cxx:2302-2390): updatable cursor, no update prepared,
  // then it begins an internal transaction for every ordinary table (2366) before it locks the record, which passes
  // in the context columns (the main thread owns level 1, rule T); the current record is deleted: Success (level 7
  // included: no limit on internal levels). 'trx of other thread' and 'rollback failed': the internal begin
  // refuses them (SessionSharingViolation, RollbackError; dir.cxx 1818-1822, 1872-1879).
  'JetDelete (table)': {
    'initialized': 'Success', 'level 7': 'Success', 'context by caller': 'Success', 'context by other thread': 'Success',
    'trx of other thread': 'SessionSharingViolation', 'rollback failed': 'RollbackError',
    'stop requested': 'ClientRequestToStopJetService',
    'unavailable': 'InstanceUnavailable', 'terminating': 'TermInProgress', 'restoring': 'Success',
    'stale handle': 'InvalidSesid', 'instance gone': 'InvalidSesid',
  },
  // Set-up in the call: JetCreateIndex('ix', '+n'). ErrIsamSetCurrentIndex (rec.cxx:3899-3960) with JET_bitMoveFirst
  // (JetSetCurrentIndex passes it) -> ErrRECSetCurrentIndex: the creator sees its own uncommitted index: Success, no
  // transaction begun. 'trx of other thread' and 'rollback failed' follow from JetCreateIndex
  // failing there (the internal begin): the index 'ix' does not exist.
  'JetSetCurrentIndex (table)': {
    'initialized': 'Success', 'level 7': 'Success', 'context by caller': 'Success', 'context by other thread': 'Success',
    'trx of other thread': 'IndexNotFound', 'rollback failed': 'IndexNotFound',
    'stop requested': 'ClientRequestToStopJetService',
    'unavailable': 'InstanceUnavailable', 'terminating': 'TermInProgress', 'restoring': 'Success',
    'stale handle': 'InvalidSesid', 'instance gone': 'InvalidSesid',
  },
  // By name ('n'), JET_ColInfo, cbMax 28 = sizeof(JET_COLUMNDEF). G0 sesid/tableid (jetapi.cxx JetGetTableColumnInfoA),
  // G1 (not exempt), then ErrIsamGetTableColumnInfo (info.cxx:1738-1790): it begins a transaction only at level 0
  // (1768-1772), so at level >= 1 neither the owner nor a rollback failure is looked at: Success.
  'JetGetTableColumnInfo (table)': {
    'initialized': 'Success', 'level 7': 'Success', 'context by caller': 'Success', 'context by other thread': 'Success',
    'trx of other thread': 'Success', 'rollback failed': 'Success', 'stop requested': 'ClientRequestToStopJetService',
    'unavailable': 'InstanceUnavailable', 'terminating': 'TermInProgress', 'restoring': 'Success',
    'stale handle': 'InvalidSesid', 'instance gone': 'InvalidSesid',
  },
  // 'second' in matrix.edb. G0 sesid only, G1 FEnter(sesid, dbid) (jetapi.cxx:14093): the dbid is open by the session.
  // ErrIsamCreateTable (fcreate.cxx:438-530): not the temp DB, not a read-only attachment; ErrFILECreateTable checks
  // the name and space hints, then begins an internal transaction (fcreate.cxx:2771), which passes where the main
  // thread owns level 1. DDL is allowed inside a transaction (§7.8): Success. 'trx of other thread' and 'rollback failed': the internal begin
  // refuses them (SessionSharingViolation, RollbackError; dir.cxx 1818-1822, 1872-1879).
  'JetCreateTable': {
    'initialized': 'Success', 'level 7': 'Success', 'context by caller': 'Success', 'context by other thread': 'Success',
    'trx of other thread': 'SessionSharingViolation', 'rollback failed': 'RollbackError',
    'stop requested': 'ClientRequestToStopJetService',
    'unavailable': 'InstanceUnavailable', 'terminating': 'TermInProgress', 'restoring': 'Success',
    'stale handle': 'InvalidSesid', 'instance gone': 'InvalidSesid',
  },
  // Column 'm', JET_coltypLong, no default, on the scene's shared cursor. ErrIsamAddColumn (fcreate.cxx:3274-3450):
  // updatable cursor, not a read-only transaction, no FixedDDL, a full JET_COLUMNDEF, versioned (so no DenyRead or
  // level 0 needed), not escrow (so an exclusive, empty table is not needed); then it begins an internal transaction
  // (3447), as JetUpdate does: Success. 'trx of other thread' and 'rollback failed': the internal begin
  // refuses them (SessionSharingViolation, RollbackError; dir.cxx 1818-1822, 1872-1879).
  'JetAddColumn (table)': {
    'initialized': 'Success', 'level 7': 'Success', 'context by caller': 'Success', 'context by other thread': 'Success',
    'trx of other thread': 'SessionSharingViolation', 'rollback failed': 'RollbackError',
    'stop requested': 'ClientRequestToStopJetService',
    'unavailable': 'InstanceUnavailable', 'terminating': 'TermInProgress', 'restoring': 'Success',
    'stale handle': 'InvalidSesid', 'instance gone': 'InvalidSesid',
  },
  // 'ix' over '+n', grbit 0 (versioned, secondary), on the scene's shared cursor. ErrIsamCreateIndex
  // (fcreate.cxx:8296-8400) -> one index, one by one -> ErrFILEICreateIndex: updatable, no FixedDDL, valid name and key,
  // then it begins an internal transaction (7201), as JetUpdate does: Success (a versioned secondary index may be
  // built inside a transaction on a non-exclusive cursor). 'trx of other thread' and 'rollback failed': the internal begin
  // refuses them (SessionSharingViolation, RollbackError; dir.cxx 1818-1822, 1872-1879).
  'JetCreateIndex (table)': {
    'initialized': 'Success', 'level 7': 'Success', 'context by caller': 'Success', 'context by other thread': 'Success',
    'trx of other thread': 'SessionSharingViolation', 'rollback failed': 'RollbackError',
    'stop requested': 'ClientRequestToStopJetService',
    'unavailable': 'InstanceUnavailable', 'terminating': 'TermInProgress', 'restoring': 'Success',
    'stale handle': 'InvalidSesid', 'instance gone': 'InvalidSesid',
  },
  // Set-up in the call: the JetSeek (table) steps, then JetMakeKey(1, JET_bitNewKey); the range is
  // UpperLimit | Inclusive. ErrIsamSetIndexRange (rec.cxx:3789-3895): on 'ix' the key is made, the seek left the cursor
  // on the record whose key equals the inclusive upper limit: Success; no transaction begun. 'trx of other thread' and 'rollback failed' follow from JetCreateIndex
  // failing there (the internal begin): the index 'ix' does not exist.
  'JetSetIndexRange (table)': {
    'initialized': 'Success', 'level 7': 'Success', 'context by caller': 'Success', 'context by other thread': 'Success',
    'trx of other thread': 'NoCurrentIndex', 'rollback failed': 'NoCurrentIndex',
    'stop requested': 'ClientRequestToStopJetService',
    'unavailable': 'InstanceUnavailable', 'terminating': 'TermInProgress', 'restoring': 'Success',
    'stale handle': 'InvalidSesid', 'instance gone': 'InvalidSesid',
  },
  // Set-up in the call: JetMove(First). ErrIsamGetBookmark (fldnorm.cxx:3657-3705): the bookmark of the current record
  // into a 256-byte buffer; no transaction begun, owner and rollback failure not looked at: Success.
  'JetGetBookmark (table)': {
    'initialized': 'Success', 'level 7': 'Success', 'context by caller': 'Success', 'context by other thread': 'Success',
    'trx of other thread': 'Success', 'rollback failed': 'Success', 'stop requested': 'ClientRequestToStopJetService',
    'unavailable': 'InstanceUnavailable', 'terminating': 'TermInProgress', 'restoring': 'Success',
    'stale handle': 'InvalidSesid', 'instance gone': 'InvalidSesid',
  },
  // Set-up in the call: JetMove(First), JetGetBookmark. ErrIsamGotoBookmark (rec.cxx:3393-3500) goes back to the
  // same committed record; it begins a read-only transaction only at level 0 (3479-3483): Success in every live state.
  'JetGotoBookmark (table)': {
    'initialized': 'Success', 'level 7': 'Success', 'context by caller': 'Success', 'context by other thread': 'Success',
    'trx of other thread': 'Success', 'rollback failed': 'Success', 'stop requested': 'ClientRequestToStopJetService',
    'unavailable': 'InstanceUnavailable', 'terminating': 'TermInProgress', 'restoring': 'Success',
    'stale handle': 'InvalidSesid', 'instance gone': 'InvalidSesid',
  },
  // Set-up in the call: JetMove(First). One JET_RETRIEVECOLUMN for 'n' (4 bytes, itagSequence 1).
  // ErrIsamRetrieveColumns (fldext.cxx:2975-3000) begins a read-only transaction only at level 0 (2992-2997): Success.
  'JetRetrieveColumns (table)': {
    'initialized': 'Success', 'level 7': 'Success', 'context by caller': 'Success', 'context by other thread': 'Success',
    'trx of other thread': 'Success', 'rollback failed': 'Success', 'stop requested': 'ClientRequestToStopJetService',
    'unavailable': 'InstanceUnavailable', 'terminating': 'TermInProgress', 'restoring': 'Success',
    'stale handle': 'InvalidSesid', 'instance gone': 'InvalidSesid',
  },
  // crecMax 0 (no limit), on the current (sequential primary) index. ErrIsamIndexRecordCount (stats.cxx:304-334):
  // tableid check, no filter, ErrDIRIndexRecordCount counts the one record; no transaction begun: Success. (Its
  // termination check, ErrCheckForTermination §2.6, is not reached after a stop: the gate answers first.)
  'JetIndexRecordCount (table)': {
    'initialized': 'Success', 'level 7': 'Success', 'context by caller': 'Success', 'context by other thread': 'Success',
    'trx of other thread': 'Success', 'rollback failed': 'Success', 'stop requested': 'ClientRequestToStopJetService',
    'unavailable': 'InstanceUnavailable', 'terminating': 'TermInProgress', 'restoring': 'Success',
    'stale handle': 'InvalidSesid', 'instance gone': 'InvalidSesid',
  },
  // Set-up in the call: JetCloseTable(table) (the scene's cursor, opened at level 0 and with no versions, is freed,
  // §8.3; otherwise the caller's own open cursor would make the delete answer TableInUse, fileopen.cxx:1160-1166).
  // G0 sesid, G1 FEnter(sesid, dbid) (jetapi.cxx:15868), ErrIsamDeleteTable (fcreate.cxx:8439-8470) ->
  // ErrFILEDeleteTable: not the temp DB, valid name, then an internal transaction is begun (8602) before the table is
  // opened, as JetUpdate does; no cursor is left on the table: Success. 'trx of other thread' and 'rollback failed': the internal begin
  // refuses them (SessionSharingViolation, RollbackError; dir.cxx 1818-1822, 1872-1879).
  'JetDeleteTable': {
    'initialized': 'Success', 'level 7': 'Success', 'context by caller': 'Success', 'context by other thread': 'Success',
    'trx of other thread': 'SessionSharingViolation', 'rollback failed': 'RollbackError',
    'stop requested': 'ClientRequestToStopJetService',
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
