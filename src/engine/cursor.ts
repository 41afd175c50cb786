import { JET_errIllegalOperation, JET_errNoCurrentRecord, JET_errRecordDeleted } from '../constants/errors';
import * as C from '../constants/constants';
import { registerCursor, unregisterCursor } from './cursorRegistry';
import type { Engine } from './engine';
import { fail } from '../storage/failure';
import { enterSession } from './gates';
import { newHandle } from './handles';
import { KeyBuilder } from '../storage/keyBuilder';
import { CopyBuffer } from '../storage/record';
import { Row } from '../storage/rows';
import type { Session } from './session';
import { endInsert, releaseSortSlot, TempPhase, TempTable } from './tempTable';

/**
 * Cursors on sorts and temp tables: the cursor, its life (open, close, what
 * commit and rollback do to it) and the helpers every cursor call shares. The
 * calls themselves are in cursorUpdate (prepare, set, update, delete),
 * cursorRead (retrieve, keys, bookmarks, dup), cursorMove and cursorSeek
 * (make key, seek, index ranges).
 */

/** Cursor position: before the first row, on a row, after the last row, or "move to first when first used". */
export const At = { Before: 0, On: 1, After: 2, DeferredFirst: 3 } as const;
export type At = (typeof At)[keyof typeof At];

export const PREP = {
  Insert: C.JET_prepInsert, Replace: C.JET_prepReplace, Cancel: C.JET_prepCancel, ReplaceNoLock: C.JET_prepReplaceNoLock,
  InsertCopy: C.JET_prepInsertCopy, InsertCopyDeleteOriginal: C.JET_prepInsertCopyDeleteOriginal,
  ReadOnlyCopy: C.JET_prepReadOnlyCopy, InsertCopyReplaceOriginal: C.JET_prepInsertCopyReplaceOriginal,
  InsertMustSetAutoIncrement: C.JET_prepInsertMustSetAutoIncrement,
} as const;

/** An empty byte array: JetUpdate's bookmark while a sort still collects rows, and the data of empty values. */
export const EMPTY_BYTES = new Uint8Array(0);

export interface PreparedUpdate {
  prep: number;
  level: number;
  /** The copy buffer: the values being prepared (the cursor's, reused between updates). */
  values: CopyBuffer;
  /** Storage key of the record a replace / copy started from. */
  original: Row | null;
}

export interface IndexRange {
  limit: string;
  upper: boolean;
  inclusive: boolean;
}

export class Cursor {
  readonly handle = newHandle();
  /** Level the cursor was opened at (lowered by commits); rollback of a higher level closes it. */
  levelOpen: number;
  /** Level of the cursor's last navigation; rollback of that level puts it before the first row. */
  navLevel: number;
  at: At = At.DeferredFirst;
  /** The row the cursor is on (it may have been deleted since). */
  row: Row | null = null;
  /**
   * A sort read from memory: the last row the cursor loaded (the engine's kdfCurr, sort.cxx SrecToKeydataflags), kept
   * when a move walks off either end: JetRetrieveKey and JetSetIndexRange look at it whatever the location.
   */
  loaded: Row | null = null;
  /**
   * A sort read from memory: the position JetGotoBookmark set without loading its row (ErrIsamSortGotoBookmark sets
   * ispairCurr alone), where the next move starts; null when the position is the row's or the location's.
   */
  pos: number | null = null;
  /** Key being built by JetMakeKey. */
  readonly key = new KeyBuilder();
  update: PreparedUpdate | null = null;
  /** The update record and copy buffer, kept between updates so preparing one allocates nothing. */
  private spare: PreparedUpdate | null = null;
  range: IndexRange | null = null;
  closed = false;

  constructor(readonly session: Session, readonly table: TempTable) {
    this.levelOpen = session.level;
    this.navLevel = session.level;
  }

  /** A new prepared update with an empty copy buffer (install it as `update`). */
  prepare(prep: number, level: number, original: Row | null): PreparedUpdate {
    let u = this.spare;
    if (u === null) {
      u = { prep, level, values: new CopyBuffer(this.table.columns.length, this.table.ids), original };
      this.spare = u;
    } else {
      u.prep = prep;
      u.level = level;
      u.original = original;
      u.values.clear();
    }
    return u;
  }
}

export function newCursor(engine: Engine, ses: Session, table: TempTable): Cursor {
  const cursor = new Cursor(ses, table);
  table.cursors.add(cursor);
  registerCursor(engine, cursor);
  return cursor;
}

/** Close a cursor: its tableid is dead for good; the last cursor of a temp table deletes it. */
export function closeCursor(engine: Engine, cursor: Cursor): void {
  if (!unregisterCursor(engine, cursor)) return;
  cursor.table.cursors.delete(cursor);
  if (cursor.table.cursors.size === 0) releaseSortSlot(cursor.table);
}

export function closeTable(engine: Engine, cursor: Cursor): void {
  enterSession(engine, cursor.session, true);
  closeCursor(engine, cursor);
}

// ---- phases -------------------------------------------------------------------------------------

export function enter(engine: Engine, cursor: Cursor): TempTable {
  enterSession(engine, cursor.session, false);
  if (cursor.table.phase === 'broken') fail(JET_errIllegalOperation);
  return cursor.table;
}

/**
 * First Move / Seek of a sort: cancel a pending insert and sort (sortapi.cxx
 * ErrTTEndInsert). A materialized table leaves the cursor before its first
 * row (ErrIsamSortMaterialize ends with DIRBeforeFirst); a sort read back from
 * memory puts it on its first row (ErrSORTFirst). Returns true in that second
 * case; an empty sort then answers `empty` (the error of ErrSORTFirst).
 */
export function leaveInsertPhase(engine: Engine, cursor: Cursor, empty = JET_errNoCurrentRecord): boolean {
  const table = cursor.table;
  if (table.phase !== 'insert') return false;
  cursor.update = null;
  try {
    engine.faults.check('Sort.endInsert');
    endInsert(table);
  } catch (failure) {
    // Only JetCloseTable works now; the sort keeps its slot until then (sortapi.cxx ErrTTEndInsert).
    table.phase = 'broken';
    throw failure;
  }
  if ((table.phase as TempPhase) === 'materialized') {
    land(cursor, undefined, At.Before);
    return false;
  }
  if (!land(cursor, store(table).first(), At.After)) fail(empty);
  return true;
}

export function requireReadable(table: TempTable): void {
  if (table.phase === 'insert') fail(JET_errIllegalOperation);
}

export function store(table: TempTable) {
  return table.store as NonNullable<TempTable['store']>;
}

/** The row under the cursor (resolving a deferred move-first). */
export function currentRow(cursor: Cursor): Row {
  // A deferred move-first resolves onto the first row; with none it stays deferred (dir.cxx ErrDIRIIRefresh).
  if (cursor.at === At.DeferredFirst) land(cursor, store(cursor.table).first(), At.DeferredFirst);
  if (cursor.at !== At.On || cursor.row === null) fail(JET_errNoCurrentRecord);
  if (cursor.table.phase === 'materialized' && store(cursor.table).get(cursor.row.key) !== cursor.row) {
    fail(JET_errRecordDeleted);
  }
  return cursor.row;
}

export function land(cursor: Cursor, row: Row | undefined, otherwise: At): boolean {
  cursor.pos = null;
  if (row === undefined) {
    cursor.at = otherwise;
    cursor.row = null;
    return false;
  }
  cursor.at = At.On;
  cursor.row = row;
  cursor.loaded = row;
  return true;
}
