import {
  JET_errFilteredMoveNotSupported,
  JET_errInvalidGrbit, JET_errOutOfCursors, JET_errTableInUse, JET_errTableLocked,
} from '../constants/errors';
import * as C from '../constants/constants';
import type { IndexDef } from '../catalog/indexDef';
import { checkName } from '../catalog/names';
import type { TableDef } from '../catalog/tableDef';
import { fail } from '../storage/failure';
import { KeyBuilder } from '../storage/keyBuilder';
import type { RecordValues, TableImage } from '../storage/tableImage';
import type { AttachedDatabase } from './database';
import { registerCursor, unregisterCursor } from './cursorRegistry';
import type { Engine } from './engine';
import type { EntryView } from './entryView';
import { HandleSet, newHandle } from './handles';
import { PARAM } from './params';
import type { Session } from './session';
import { checkNotDeleting, tableSeen } from './tableCatalog';

/** JetOpenTable grbits (JET_bitTable*). */
export const TABLE = {
  DenyWrite: C.JET_bitTableDenyWrite, DenyRead: C.JET_bitTableDenyRead, ReadOnly: C.JET_bitTableReadOnly,
  Updatable: C.JET_bitTableUpdatable, PermitDDL: C.JET_bitTablePermitDDL,
} as const;
/** Internal: the creator's exclusive open of a new table (a bit no caller may pass). */
export const TABLE_CREATE = 0x40000000;

/**
 * Where a table cursor is: before the first entry, on one, after the last, "on the first once used" (a new
 * cursor), or in the gap a failed seek left at its key (`entry` then holds the search position).
 */
export const Where = { Before: 0, On: 1, After: 2, DeferredFirst: 3, Gap: 4 } as const;
export type Where = (typeof Where)[keyof typeof Where];

export interface TableUpdate {
  prep: number;
  level: number;
  /** The record being built: column id -> values. */
  values: Map<number, Uint8Array[]>;
  /** The record a replace or copy started from (its bookmark), or null for an insert. */
  original: string | null;
  /** The original's values when the update was prepared (the ReplaceNoLock check). */
  originalValues: RecordValues | null;
  /** Whether a JetSetColumn succeeded in this update: a replace with none writes nothing (recupd.cxx). */
  anySet: boolean;
  /** Whether the table's version column was set in it: an insert that did not set it gets 0 (recupd.cxx). */
  versionSet: boolean;
  /**
   * The columns the record being built answers for (catalog/recordCovers.ts): an insert's starts as the default
   * record's, a replace's as the record's; setting a column past it extends it. The others read as their default.
   */
  covers: number;
}

/** An index range set by JetSetIndexRange: the limit key and which way it bounds. */
export interface TableRange {
  limit: string;
  upper: boolean;
  inclusive: boolean;
  /** The limit as a secondary index's entry keys hold it (shiftUp), made the first time a step needs it. */
  shifted?: string;
}

/** Whether a record (its values and bookmark) passes a cursor's filter (JetSetCursorFilter, cursorFilter.ts). */
export type MoveFilter = (values: RecordValues, bm: string) => boolean;

/** A cursor on a regular table (the engine's FUCB on a table). */
const EMPTY_RECORD: RecordValues = new Map();

export class TableCursor {
  readonly handle = newHandle();
  levelOpen: number;
  navLevel: number;
  /** Current index; null: the primary index, or the sequential order of a table without one. */
  index: IndexDef | null = null;
  where: Where = Where.DeferredFirst;
  /** The record the cursor is on (it may have been deleted since) and its entry in the current index. */
  bm: string | null = null;
  entry: string | null = null;
  /** The record last read through this cursor, and the image (and its change count) it was read from. */
  readonly lastRead: { image: TableImage | null; changes: number; bm: string; values: RecordValues } = {
    image: null, changes: 0, bm: '', values: EMPTY_RECORD,
  };
  /** The search key JetMakeKey builds: the current index's (see useIndex). */
  key = new KeyBuilder();
  /** While a secondary index is current, the key made on the primary index, kept for when it is current again. */
  tableKey: KeyBuilder | null = null;
  /** The view of the current index made by the last navigation (entryView.ts view()), reused while it still applies. */
  entries: EntryView | null = null;
  /** JetSetCursorFilter's test of a record (cursorFilter.ts): the moves and seeks skip records failing it. */
  filter: MoveFilter | null = null;
  update: TableUpdate | null = null;
  range: TableRange | null = null;
  closed = false;
  /** trxBegin0 of the transaction in which the cursor last made a version (a change, a lock, DDL); -1: none. */
  versionedAt = -1;
  /** Closed by its user while versioned inside a transaction: kept on the table until the transaction ends. */
  deferred = false;

  constructor(
    readonly session: Session,
    readonly table: TableDef,
    readonly database: AttachedDatabase,
    /** The JET_bitTable* bits it was opened with. */
    readonly grbit: number,
  ) {
    this.levelOpen = session.level;
    this.navLevel = session.level;
  }

  get updatable(): boolean {
    return (this.grbit & TABLE.ReadOnly) === 0 && !this.database.readOnly;
  }
}

/** Who has a table open, for the lock matrix (fileopen.cxx). */
export interface TableUse {
  readonly cursors: HandleSet<TableCursor>;
}

function useOf(engine: Engine, table: TableDef): TableUse {
  let use = engine.tableUse.get(table);
  if (use === undefined) {
    use = { cursors: new HandleSet() };
    engine.tableUse.set(table, use);
  }
  return use;
}

/** The grbit checks JetOpenTable makes before it looks for the table (fileopen.cxx:929-953). */
export function checkOpenGrbit(grbit: number): void {
  // fileopen.cxx ErrIsamOpenTable: one chain of else-ifs, so PermitDDL with DenyRead is accepted whatever else is
  // set (ReadOnly, the internal bit), and the later checks apply only without PermitDDL.
  if ((grbit & (C.JET_bitTableDelete | C.JET_bitTableCreate)) !== 0) fail(JET_errInvalidGrbit);
  if ((grbit & TABLE.PermitDDL) !== 0) {
    if ((grbit & TABLE.DenyRead) === 0) fail(JET_errInvalidGrbit);
  } else if ((grbit & TABLE.DenyRead) !== 0 && (grbit & TABLE.ReadOnly) !== 0) {
    fail(JET_errInvalidGrbit);
  } else if ((grbit & UPDATABLE_DURING_RECOVERY) !== 0) {
    fail(JET_errInvalidGrbit);
  }
}

/** fileopen.cxx bitTableUpdatableDuringRecovery: an internal grbit (the same bit as esemu's TABLE_CREATE). */
const UPDATABLE_DURING_RECOVERY = 0x40000000;

/**
 * The lock matrix of JetOpenTable (ese-semantics §8.1): another session's
 * exclusive (DenyRead) open locks the table; an explicit Updatable open meets
 * another session's DenyWrite; DenyWrite needs no other DenyWrite and no other
 * session's updatable cursor; DenyRead needs no other session's cursor.
 */
function checkLocks(engine: Engine, ses: Session, table: TableDef, grbit: number): void {
  const use = engine.tableUse.get(table);
  if (use === undefined) return;
  for (const c of use.cursors) {
    if (c.session !== ses && (c.grbit & (TABLE.DenyRead | TABLE_CREATE)) !== 0) fail(JET_errTableLocked);
  }
  if ((grbit & TABLE.Updatable) !== 0) {
    for (const c of use.cursors) if (c.session !== ses && (c.grbit & TABLE.DenyWrite) !== 0) fail(JET_errTableLocked);
  }
  if ((grbit & TABLE.DenyWrite) !== 0) {
    for (const c of use.cursors) {
      if ((c.grbit & TABLE.DenyWrite) !== 0) fail(JET_errTableInUse);
      if (c.session !== ses && (c.grbit & TABLE.ReadOnly) === 0) fail(JET_errTableInUse);
    }
  }
  if ((grbit & TABLE.DenyRead) !== 0) {
    for (const c of use.cursors) if (c.session !== ses) fail(JET_errTableInUse);
  }
}

/** Open a cursor on a table by name (JetOpenTable after the gate and the grbit checks). */
export function openTableCursor(engine: Engine, ses: Session, db: AttachedDatabase, name: string, grbit: number): TableCursor {
  const table = tableSeen(db.file, ses, checkName(name));
  // Only once the table is found (fileopen.cxx:1228-1233), then the delete-pending check (1250).
  if ((grbit & TABLE.ReadOnly) !== 0 && (grbit & TABLE.Updatable) !== 0) fail(JET_errInvalidGrbit);
  checkNotDeleting(table);
  return newTableCursor(engine, ses, db, table, grbit & ~TABLE_CREATE);
}

export function newTableCursor(engine: Engine, ses: Session, db: AttachedDatabase, table: TableDef, grbit: number): TableCursor {
  checkLocks(engine, ses, table, grbit);
  // fileopen.cxx ErrFILEISetMode: a template a table was derived from is static, never again open for DDL.
  if ((grbit & TABLE.PermitDDL) !== 0 && table.isTemplate && table.templateStatic) fail(JET_errTableInUse);
  const inst = ses.instance;
  if (inst.cursorCount >= inst.param(PARAM.MaxCursors)) fail(JET_errOutOfCursors);
  const cursor = new TableCursor(ses, table, db, grbit);
  useOf(engine, table).cursors.add(cursor);
  registerCursor(engine, cursor);
  return cursor;
}

/**
 * Make `index` the cursor's current index (null: the primary index), as rec.cxx ErrRECSetCurrentIndex does with the
 * engine's cursors: the table's own cursor, and one of the current secondary index. Each has its search key. The
 * index already current changes nothing, its key included; leaving the primary index keeps the table cursor and
 * its key aside, and coming back to it finds that key again (prepared if it was); a secondary index starts with no
 * key made. (The two keys share one buffer in the engine, so a key made on a secondary index overwrites the bytes
 * of the table's; esemu keeps them apart: docs/differences.md.)
 */
export function useIndex(cursor: TableCursor, index: IndexDef | null): void {
  if (index === cursor.index) return;
  if (cursor.index === null) cursor.tableKey = cursor.key;
  if (index === null) {
    cursor.key = cursor.tableKey ?? new KeyBuilder();
    cursor.tableKey = null;
  } else {
    cursor.key = new KeyBuilder();
  }
  cursor.index = index;
}

/** KSReset of both of the engine's cursors (rec.cxx ErrRECIGotoBookmark, ErrIsamGotoIndexBookmark): no key in progress. */
export function resetKeys(cursor: TableCursor): void {
  cursor.key.inProgress = false;
  if (cursor.tableKey !== null) cursor.tableKey.inProgress = false;
}

/** Note that a cursor made a version: a change, a record lock or DDL (ver.cxx: FUCBSetVersioned with each RCE). */
export function markVersioned(cursor: TableCursor): void {
  const ses = cursor.session;
  if (ses.level > 0) cursor.versionedAt = ses.trxBegin0;
}

/**
 * Close a table cursor: its tableid is dead for good, its prepared update goes. Closed by its user
 * (`deferrable`: JetCloseTable, JetCloseDatabase), a cursor that made a version in the open transaction is closed
 * only when the transaction ends (bt.cxx BTClose: FUCBSetDeferClose; fucb.hxx FUCBCloseDeferredClosed at the
 * commit or rollback to level 0): until then it holds its DenyRead / DenyWrite and counts as a cursor on the table
 * for the others' opens and JetDeleteTable. The engine's own closes (a rollback's, a session's end, a dirty
 * JetTerm's) close it at once.
 */
export function closeTableCursor(engine: Engine, cursor: TableCursor, deferrable = false): void {
  if (!unregisterCursor(engine, cursor)) {
    if (cursor.deferred) closeNow(engine, cursor);
    return;
  }
  const ses = cursor.session;
  if (deferrable && ses.level > 0 && cursor.versionedAt === ses.trxBegin0) {
    cursor.deferred = true;
    useIndex(cursor, null);
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
function closeNow(engine: Engine, cursor: TableCursor): void {
  if (!cursor.deferred) return;
  cursor.deferred = false;
  cursor.session.instance.cursorCount -= 1;
  dropUse(engine, cursor);
}

/**
 * The end of a transaction closes the cursors whose close it deferred; the rollback of a level (to `level` > 0)
 * those opened in it (dir.cxx ErrDIRRollback: a deferred cursor opened in the level is closed with it).
 */
export function closeDeferred(engine: Engine, ses: Session, level = 0): void {
  const list = ses.deferredCursors;
  if (level === 0) {
    while (list.length > 0) closeNow(engine, list.pop() as TableCursor);
    return;
  }
  let kept = 0;
  for (const c of list) {
    if (c.levelOpen > level) closeNow(engine, c);
    else list[kept++] = c;
  }
  while (list.length > kept) list.pop();
}

function dropUse(engine: Engine, cursor: TableCursor): void {
  const use = engine.tableUse.get(cursor.table);
  if (use !== undefined) {
    use.cursors.delete(cursor);
    if (use.cursors.size === 0) engine.tableUse.delete(cursor.table);
  }
}

/** Every open cursor on a table (to close them when it goes away). */
export function cursorsOn(engine: Engine, table: TableDef): TableCursor[] {
  return [...(engine.tableUse.get(table)?.cursors ?? [])];
}

/**
 * The calls a filtered cursor refuses (JetMove with a count of 0, JetSetCurrentIndex*, JetGotoPosition,
 * JetGetRecordPosition, JetIndexRecordCount, JetComputeStats): each checks for a filter first (rec.cxx, stats.cxx).
 */
export function refuseFiltered(cursor: TableCursor): void {
  if (cursor.filter !== null) fail(JET_errFilteredMoveNotSupported);
}
