import {
  JET_errBufferTooSmall, JET_errInvalidParameter, JET_errOutOfSessions, JET_errSessionContextAlreadySet,
  JET_errSessionContextNotSetByThisThread, JET_errSessionInUse,
} from '../constants/errors';
import type { Engine } from './engine';
import { fail } from '../storage/failure';
import { enterInstance, enterSession } from './gates';
import { HandleSet, newHandle } from './handles';
import type { Instance } from './instance';
import { PARAM } from './params';
import { currentThread } from './threads';
import type { Cursor } from './cursor';
import type { TableCursor } from './tableCursor';
import { closeAnyCursor } from './cursorSet';
import { closeDeferred } from './tableCursor';
import type { AttachedDatabase } from './database';
import { closeAllDatabases, releaseAllDatabases } from './database';
import { rollbackAll, TRX_MAX } from './transaction';
import type { UndoEntry } from './undo';
import type { SessionParams } from './sessionParams';
import type { TableDef } from '../catalog/tableDef';
import type { LockToken } from '../storage/tableStore';
import { rollbackTables } from './tableData';
import type { TableView } from './tableData';

/** The session context value the engine installs while JetEndSession runs (~0). */
export const END_SESSION_LOCK = -1;
const FORCE_SESSION_CLOSED = 0x1;

export class Session {
  readonly handle = newHandle();
  /** Transaction nesting level, 0..7. */
  level = 0;
  /** The level-0 begin asked for a read-only transaction. */
  readOnly = false;
  /** Clock value of the level-0 begin (snapshot point); TRX_MAX outside a transaction. */
  trxBegin0 = TRX_MAX;
  /** Who owns the open transaction: a thread id, or a session context value when trxByContext. */
  trxContext = 0;
  trxByContext = false;
  /** Diagnostic transaction ids pushed by each begin (JetBeginTransaction3's trxid). */
  readonly trxIds: number[] = [];
  /** Undo records of the open transaction, and where each level's records start. */
  readonly undo: UndoEntry[] = [];
  readonly levelStarts: number[] = [];
  /** What the open transaction's commit to level 0 makes everybody's: its DDL (tableCatalog.ts), given the commit's clock. */
  readonly onCommit: Array<(now: number) => void> = [];
  /** Table cursors closed in the open transaction after they made versions (tableCursor.ts closeTableCursor). */
  readonly deferredCursors: TableCursor[] = [];
  /** Session context (0 = none) and the thread that set it. */
  context = 0;
  contextThread = 0;
  commitDefault: number;
  /** The session parameters beyond CommitDefault (sessionParams.ts), made when one is first set. */
  params: SessionParams | null = null;
  /** The session's view of each table it read or changed in its transaction (tableData.ts). Made when first used. */
  get tableViews(): Map<TableDef, TableView> {
    return (this.views ??= new Map<TableDef, TableView>());
  }

  private views: Map<TableDef, TableView> | null = null;
  /** The token that keeps alive the locks taken at each transaction level (index = level; tableData.ts). */
  readonly lockTokens: Array<LockToken | undefined> = [];
  /** Version-store bytes charged at each transaction level (index = level; versionStore.ts). */
  readonly versionCharges: number[] = [];
  /** Per-database open counts (JetOpenDatabase stacks). Made when first used: many sessions open none. */
  get openDatabases(): Map<AttachedDatabase, number> {
    return (this.opens ??= new Map<AttachedDatabase, number>());
  }

  private opens: Map<AttachedDatabase, number> | null = null;

  /** Does the session hold a database open (without making the map to say no)? */
  get hasOpenDatabases(): boolean {
    return this.opens !== null && this.opens.size > 0;
  }
  /** Every cursor, sort and temp table the session holds, in opening order. */
  readonly cursors = new HandleSet<Cursor | TableCursor>();
  /** Sticky error left by a rollback that failed part-way (0 = none). */
  rollbackFailure = 0;
  ended = false;

  constructor(readonly instance: Instance, readonly procid: number) {
    this.commitDefault = instance.param(PARAM.CommitDefault);
  }
}

export function beginSession(engine: Engine, inst: Instance): Session {
  enterInstance(inst);
  if (inst.sessions.size >= inst.param(PARAM.MaxSessions)) fail(JET_errOutOfSessions);
  engine.faults.check('BeginSession.allocate');
  const ses = new Session(inst, inst.procids.take());
  inst.sessions.add(ses);
  engine.sessions.set(ses.handle, ses);
  return ses;
}

export function dupSession(engine: Engine, ses: Session): Session {
  enterSession(engine, ses, false);
  const inst = ses.instance;
  if (inst.sessions.size >= inst.param(PARAM.MaxSessions)) fail(JET_errOutOfSessions);
  engine.faults.check('BeginSession.allocate');
  const dup = new Session(inst, inst.procids.take());
  inst.sessions.add(dup);
  engine.sessions.set(dup.handle, dup);
  return dup;
}

/**
 * JetEndSession. Refuses while a session context is set; otherwise rolls
 * every level back, closes every database (and the tables on it), closes
 * every remaining sort and temp table, and frees the session. A failure
 * part-way leaves the session alive with the work already done kept.
 */
export function endSession(engine: Engine, ses: Session, grbit: number): void {
  const documented = engine.options.fidelity === 'documented';
  if (documented && grbit !== 0 && grbit !== FORCE_SESSION_CLOSED) fail(JET_errInvalidParameter);
  enterSession(engine, ses, !documented, documented);
  if (ses.context !== 0) fail(JET_errSessionInUse);
  ses.context = END_SESSION_LOCK;
  ses.contextThread = currentThread();
  try {
    if (ses.level > 0) {
      if (ses.trxByContext) ses.trxContext = END_SESSION_LOCK;
      rollbackAll(engine, ses, 'EndSession.rollbackLevel');
    }
    closeAllDatabases(engine, ses, 'EndSession.closeDatabase');
    // Newest first: the engine walks the session's cursor list from its head, where each new cursor is linked.
    if (ses.cursors.size > 0) {
      for (const cursor of [...ses.cursors].reverse()) {
        engine.faults.check('EndSession.closeCursor');
        closeAnyCursor(engine, cursor);
      }
    }
  } catch (failure) {
    ses.context = 0;
    ses.contextThread = 0;
    throw failure;
  }
  freeSession(engine, ses);
}

/** Remove a session and everything it holds without any per-resource work (JetTerm's teardown). */
export function destroySession(engine: Engine, ses: Session): void {
  // Uncommitted table changes go, and with them the locks they held (recovery would undo them too).
  rollbackTables(ses, 0);
  // So do its uncommitted DDL (a table it created, deleted, a column or index it added), newest first.
  while (ses.undo.length > 0) (ses.undo.pop() as () => void)();
  ses.onCommit.length = 0;
  closeDeferred(engine, ses);
  for (const cursor of ses.cursors) closeAnyCursor(engine, cursor);
  releaseAllDatabases(ses);
  freeSession(engine, ses);
}

function freeSession(engine: Engine, ses: Session): void {
  const inst = ses.instance;
  if (ses.level > 0) inst.openTransactions -= 1;
  ses.ended = true;
  inst.sessions.delete(ses);
  engine.sessions.delete(ses.handle);
  inst.procids.give(ses.procid);
}

export function setSessionContext(engine: Engine, ses: Session, context: number): void {
  enterSession(engine, ses, false);
  if (context === 0 || context === END_SESSION_LOCK) fail(JET_errInvalidParameter);
  if (ses.context !== 0) fail(JET_errSessionContextAlreadySet);
  ses.context = context;
  ses.contextThread = currentThread();
}

export function resetSessionContext(engine: Engine, ses: Session): void {
  enterSession(engine, ses, true);
  if (ses.context === 0 || ses.contextThread !== currentThread()) fail(JET_errSessionContextNotSetByThisThread);
  ses.context = 0;
  ses.contextThread = 0;
}

/** What JetGetSessionInfo reports (JET_SESSIONINFO). */
export interface SessionInfo {
  trxBegin0: number;
  trxLevel: number;
  procid: number;
  flags: number;
  trxContext: number;
}

/**
 * sizeof(JET_SESSIONINFO) on x64, the size esemu follows: four ULONGs, then
 * ulTrxContext, a JET_API_PTR (8 bytes on x64; 20 in all on x86).
 */
export const SESSION_INFO_SIZE = 24;

export function sessionInfo(engine: Engine, ses: Session, cbMax: number, infoLevel: number): SessionInfo {
  enterSession(engine, ses, true);
  if (infoLevel !== 0) fail(JET_errInvalidParameter);
  if (cbMax < SESSION_INFO_SIZE) fail(JET_errBufferTooSmall);
  return { trxBegin0: ses.trxBegin0, trxLevel: ses.level, procid: ses.procid, flags: 0, trxContext: ses.trxContext };
}
