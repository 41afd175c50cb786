import {
  JET_errBadItagSequence, JET_errInvalidGrbit, JET_errInvalidOperation, JET_errInvalidParameter,
  JET_errNoCurrentIndex, JET_errNoCurrentRecord, JET_errRecordDeleted, JET_errRecordNotFound, JET_errSuccess, JET_wrnSeekNotEqual,
} from '../constants/errors';
import type { IndexDef } from '../catalog/indexDef';
import { keyAtItag } from '../catalog/indexEntries';
import { fail } from '../storage/failure';
import type { KeyShape } from '../storage/keyBuilder';
import { keyFromBytes } from '../storage/keys';
import { entryKey, RecordValues, shiftUp, splitEntry } from '../storage/tableImage';
import type { Engine } from './engine';
import { enterSession } from './gates';
import { refuseFiltered, resetKeys, TableCursor, useIndex, Where } from './tableCursor';
import { readImage } from './tableData';
import { fullRecord } from './fullRecord';
import { view } from './entryView';
import type { EntryView, Found } from './entryView';
import { indexSeen } from './columnCatalog';

/**
 * Currency on regular tables (ese-semantics §8, managedesent-api.md §7 16-29):
 * a cursor sits on an entry of its current index (the primary index, whose
 * entries are the records' bookmarks; a secondary index; or, without a primary
 * index, the sequential order of bookmarks). It keeps the entry's key, so a
 * deleted record stays current and moves go on from where it was.
 */

const MOVE_FIRST = -0x80000000;
const MOVE_LAST = 0x7fffffff;
const MOVE_KEY_NE = 0x1;
const SEEK = { EQ: 0x1, LT: 0x2, LE: 0x4, GE: 0x8, GT: 0x10, SetIndexRange: 0x20 } as const;
const RANGE = { Inclusive: 0x1, UpperLimit: 0x2, InstantDuration: 0x4, Remove: 0x8 } as const;

/** The gate every table-cursor call passes (the table may have been deleted under it). */
export function enterTable(engine: Engine, cursor: TableCursor): void {
  enterSession(engine, cursor.session, false);
}

/** A sequential table has no key to make: its "index" orders bookmarks. */
const SEQUENTIAL: KeyShape = { keyMost: 255, keyColumns: [], indexed: false, appendKeySegment: () => undefined };

/** The index a cursor's keys are made for. */
export function shapeOf(cursor: TableCursor): KeyShape {
  return cursor.index ?? cursor.table.primary ?? SEQUENTIAL;
}

/** The index key of an entry of the cursor's current index. */
export function normOf(cursor: TableCursor, entry: string): string {
  return cursor.index === null ? entry : splitEntry(entry).indexKey;
}

function land(cursor: TableCursor, found: Found | undefined, otherwise: Where): boolean {
  if (found === undefined) {
    cursor.where = otherwise;
    cursor.bm = null;
    cursor.entry = null;
    return false;
  }
  cursor.where = Where.On;
  cursor.bm = found.bm;
  cursor.entry = found.entry;
  if (found.values !== undefined && found.image !== undefined) {
    // The record is in hand already: the next read of it (currentRecord) need not look it up again.
    const cached = cursor.lastRead;
    cached.image = found.image;
    cached.changes = found.image.changes;
    cached.bm = found.bm;
    cached.values = found.values;
  }
  return true;
}

/**
 * dir.cxx ErrDIRIRefresh: a new cursor's move to the first entry, deferred until the cursor is first used. False when
 * the index has no entry: the cursor then stays deferred, and a later use tries again. A cursor already placed is left
 * as it is (true).
 */
function refreshDeferred(cursor: TableCursor, v: EntryView | null = null): boolean {
  // The view is made only for a deferred cursor: every retrieve comes through here (currentRecord).
  return cursor.where !== Where.DeferredFirst || land(cursor, (v ?? view(cursor)).first(), Where.DeferredFirst);
}

/** Put the cursor on a record's entry in the current index (after an insert read back, a bookmark...). */
export function landOn(cursor: TableCursor, entry: string, bm: string): void {
  land(cursor, { entry, bm }, Where.Before);
}

/**
 * The record under the cursor: NoCurrentRecord off a record, RecordDeleted when it is gone from the session's view.
 * The record is the table cursor's (a bookmark): it is there whenever `bm` is, which is when the cursor is on an
 * entry, and also after a failed range check on a secondary index moved only the index's cursor off it
 * (setTableIndexRange).
 */
export function currentRecord(cursor: TableCursor): { bm: string; values: RecordValues } {
  refreshDeferred(cursor);
  if (cursor.bm === null) fail(JET_errNoCurrentRecord);
  const image = readImage(cursor.session, cursor.table);
  // The last record read stays valid while the image it came from is the one read and has not changed since.
  const cached = cursor.lastRead;
  if (cached.image === image && cached.changes === image.changes && cached.bm === cursor.bm) return cached;
  const values = image.record(cursor.bm);
  if (values === undefined) fail(JET_errRecordDeleted);
  cached.image = image;
  cached.changes = image.changes;
  cached.bm = cursor.bm;
  cached.values = values;
  return cached;
}

function outOfRange(cursor: TableCursor, entry: string, forward: boolean): boolean {
  const r = cursor.range;
  if (r === null || r.upper !== forward) return false;
  // The entry's index key compared with the limit: on a secondary index without taking the key out of the entry.
  // Its key part holds no 0 (every byte is moved up by one) and a 0 follows it, so the entry compares with the
  // shifted limit as its key part does, and the two are equal exactly when the entry is the limit then a 0.
  let order: number;
  if (cursor.index === null) {
    order = entry === r.limit ? 0 : entry < r.limit ? -1 : 1;
  } else {
    const limit = (r.shifted ??= shiftUp(r.limit));
    order = entry.startsWith(limit) && entry.charCodeAt(limit.length) === 0 ? 0 : entry < limit ? -1 : 1;
  }
  if (order === 0) return !r.inclusive;
  return r.upper ? order > 0 : order < 0;
}

function step(cursor: TableCursor, forward: boolean, keyNE: boolean): boolean {
  const v = view(cursor);
  let next: Found | undefined;
  if (cursor.where === Where.On && cursor.entry !== null) {
    const from = cursor.entry;
    next = forward ? v.after(from) : v.before(from);
    if (keyNE) {
      const norm = normOf(cursor, from);
      while (next !== undefined && normOf(cursor, next.entry) === norm) next = forward ? v.after(next.entry) : v.before(next.entry);
    }
  } else if (cursor.where === Where.Gap && cursor.entry !== null) {
    // After a failed seek: the entries on either side of the sought key.
    next = forward ? v.atOrAfterEntry(cursor.entry) : v.beforeEntry(cursor.entry);
  } else {
    // Before the first or after the last entry: with nothing to move onto, the cursor stays where it is
    // (dir.cxx ErrDIRNext / ErrDIRPrev restore its currency).
    next = cursor.where === Where.After ? (forward ? undefined : v.last()) : forward ? v.first() : undefined;
    if (next === undefined) {
      // rec.cxx ErrIsamMove: the failed move leaves the table's cursor off its record too (a failed range check
      // may have left it on one, setTableIndexRange).
      cursor.bm = null;
      return false;
    }
  }
  if (next !== undefined && outOfRange(cursor, next.entry, forward)) {
    cursor.range = null;
    next = undefined;
  }
  return land(cursor, next, forward ? Where.After : Where.Before);
}

/** One step forward on the current index as the engine's DIRNext takes it (the index range checked): false past the end. */
export function nextEntry(cursor: TableCursor): boolean {
  return step(cursor, true, false);
}

/** JetMove on a table. */
export function moveTable(engine: Engine, cursor: TableCursor, cRow: number, grbit: number): void {
  enterTable(engine, cursor);
  // rec.cxx ErrIsamMove: a count of 0 on a filtered cursor is refused before the prepared update is cancelled.
  if (cRow === 0) refuseFiltered(cursor);
  // rec.cxx ErrIsamMove: a move cancels the prepared update, whatever the count.
  cursor.update = null;
  if (cRow === 0) {
    currentRecord(cursor);
    return;
  }
  cursor.navLevel = cursor.session.level;
  if (cRow === MOVE_FIRST || cRow === MOVE_LAST) {
    cursor.range = null;
    const v = view(cursor);
    if (!land(cursor, cRow === MOVE_FIRST ? v.first() : v.last(), cRow === MOVE_FIRST ? Where.Before : Where.After)) {
      fail(JET_errNoCurrentRecord);
    }
    return;
  }
  // A new cursor is on the first entry as soon as it is used: a Next from there goes to the second (dir.cxx:850-870).
  // With no entry the move fails and the cursor stays deferred (dir.cxx ErrDIRIIRefresh).
  if (!refreshDeferred(cursor)) fail(JET_errNoCurrentRecord);
  const keyNE = (grbit & MOVE_KEY_NE) !== 0;
  for (let n = Math.abs(cRow); n > 0; n--) {
    if (!step(cursor, cRow > 0, keyNE)) fail(JET_errNoCurrentRecord);
  }
}

/** JetMakeKey on a table. */
export function makeTableKey(engine: Engine, cursor: TableCursor, data: Uint8Array | null, grbit: number): void {
  enterTable(engine, cursor);
  cursor.key.make(shapeOf(cursor), data, grbit);
}

/** JetSeek on a table: EQ exact or RecordNotFound, GE / LE with SeekNotEqual when not exact (§7 24-25). */
export function seekTable(engine: Engine, cursor: TableCursor, grbit: number): number {
  enterTable(engine, cursor);
  const how = grbit & (SEEK.EQ | SEEK.LT | SEEK.LE | SEEK.GE | SEEK.GT);
  if ((grbit & ~(how | SEEK.SetIndexRange)) !== 0 || (how & (how - 1)) !== 0) fail(JET_errInvalidGrbit);
  if (how === 0) fail(JET_errInvalidParameter);
  const key = cursor.key.made();
  // rec.cxx:1264-1276: the seek cancels a prepared update and the index range.
  cursor.update = null;
  cursor.key.inProgress = false;
  cursor.range = null;
  cursor.navLevel = cursor.session.level;
  const v = view(cursor);
  let found: Found | undefined;
  let code = JET_errSuccess;
  switch (how) {
    case SEEK.EQ:
      found = v.exactly(key);
      break;
    case SEEK.GE:
      found = v.atOrAfter(key);
      if (found !== undefined && normOf(cursor, found.entry) !== key) code = JET_wrnSeekNotEqual;
      break;
    case SEEK.GT:
      found = v.greater(key);
      break;
    case SEEK.LE:
      found = v.atOrBefore(key);
      if (found !== undefined && normOf(cursor, found.entry) !== key) {
        code = JET_wrnSeekNotEqual;
      } else if (found !== undefined && cursor.index !== null) {
        // The first entry of an equal-key group, as GE lands on.
        found = v.atOrAfter(key);
      }
      break;
    default:
      found = v.less(key);
  }
  if (!land(cursor, found, Where.Before)) {
    // No currency, but a place: the next move goes on from the sought key (dir.cxx:882-897).
    cursor.where = Where.Gap;
    cursor.entry = cursor.index === null ? key : shiftUp(key);
    fail(JET_errRecordNotFound);
  }
  if ((grbit & SEEK.SetIndexRange) !== 0 && how === SEEK.EQ) cursor.range = { limit: key, upper: true, inclusive: true };
  return code;
}

/** JetSetIndexRange on a table (§7 26-28). */
export function setTableIndexRange(engine: Engine, cursor: TableCursor, grbit: number): void {
  enterTable(engine, cursor);
  if ((grbit & ~(RANGE.Inclusive | RANGE.UpperLimit | RANGE.InstantDuration | RANGE.Remove)) !== 0) fail(JET_errInvalidGrbit);
  if ((grbit & RANGE.Remove) !== 0) {
    if (cursor.range === null) fail(JET_errInvalidOperation);
    cursor.range = null;
    return;
  }
  // rec.cxx ErrIsamSetIndexRange: on the table itself, a table without a primary index has no index to range over.
  if (cursor.index === null && cursor.table.primary === null) fail(JET_errNoCurrentIndex);
  const limit = cursor.key.made();
  cursor.key.inProgress = false;
  const range = { limit, upper: (grbit & RANGE.UpperLimit) !== 0, inclusive: (grbit & RANGE.Inclusive) !== 0 };
  cursor.range = range;
  // dir.cxx ErrDIRCheckIndexRange: a deferred move-first is resolved first (it stays deferred on an empty index).
  refreshDeferred(cursor);
  const entry = cursor.where === Where.On ? cursor.entry : null;
  if (entry !== null && outOfRange(cursor, entry, range.upper)) {
    // On an entry outside the range: the range goes and the cursor moves past its end (fucb.cxx ErrFUCBCheckIndexRange).
    // dir.cxx ErrDIRICheckIndexRange moves only the index's cursor (rec.cxx ErrIsamSetIndexRange works on
    // pfucbCurIndex): on a secondary index the table's cursor stays on the record, which a retrieve still reads.
    cursor.range = null;
    const bm = cursor.bm;
    land(cursor, undefined, range.upper ? Where.After : Where.Before);
    if (cursor.index !== null) cursor.bm = bm;
    fail(JET_errNoCurrentRecord);
  }
  // An instant-duration range is removed whatever the check answered.
  if ((grbit & RANGE.InstantDuration) !== 0) cursor.range = null;
  // Off an entry: NoCurrentRecord, but the range stays set and the cursor stays where it is (rec.cxx ErrIsamSetIndexRange).
  if (entry === null) fail(JET_errNoCurrentRecord);
}

const NO_MOVE = 0x2;

/**
 * JetSetCurrentIndex*: the named index (null or '' the primary) on its first
 * entry, or with JET_bitNoMove on the current record's entry in it
 * (NoCurrentRecord when the record has none there; with an itagSequence, the
 * entry of that value of the index's first multi-valued column, BadItagSequence
 * when there is no such value).
 */
export function setCurrentIndex(engine: Engine, cursor: TableCursor, name: string | null, grbit = 0, itag = 1): void {
  enterTable(engine, cursor);
  if ((grbit & ~NO_MOVE) !== 0) fail(JET_errInvalidGrbit);
  refuseFiltered(cursor);
  // rec.cxx ErrIsamSetCurrentIndex: with JET_bitMoveFirst a prepared update is cancelled first, whatever follows.
  if ((grbit & NO_MOVE) === 0) cursor.update = null;
  let index: IndexDef | null = null;
  if (name !== null && name !== '') {
    const found = indexSeen(cursor.session, cursor.table.index(name));
    index = found.primary ? null : found;
  }
  if ((grbit & NO_MOVE) !== 0) {
    const { bm, values } = currentRecord(cursor);
    // rec.cxx: the index changes, then the record's entry for itag max(1, itagSequence) is sought (ErrRECIGotoBookmark).
    const key = index === null ? bm : keyAtItag(index, fullRecord(cursor.table, values), Math.max(1, itag));
    useIndex(cursor, index);
    cursor.range = null;
    // ErrRECIGotoBookmark: the keys of the table's and the index's cursors are no longer prepared.
    resetKeys(cursor);
    if (key === 'outOfKeys' || key === null) {
      land(cursor, undefined, Where.Before);
      fail(key === null ? JET_errNoCurrentRecord : JET_errBadItagSequence);
    }
    land(cursor, { entry: index === null ? bm : entryKey(key, bm), bm }, Where.Before);
    return;
  }
  // The key being made stays with the index it was made on (useIndex); ErrIsamSetCurrentIndex resets none.
  useIndex(cursor, index);
  cursor.range = null;
  cursor.where = Where.DeferredFirst;
  cursor.bm = null;
  cursor.entry = null;
}

/** JetGetCurrentIndex: the current index's name ('' for the sequential order of a table without a primary index). */
export function currentIndexName(engine: Engine, cursor: TableCursor): string {
  enterTable(engine, cursor);
  return (cursor.index ?? cursor.table.primary)?.name ?? '';
}

/** The key of the current entry (JetRetrieveKey). */
export function currentKey(cursor: TableCursor): Uint8Array {
  const { bm } = currentRecord(cursor);
  const norm = normOf(cursor, cursor.entry ?? bm);
  const out = new Uint8Array(norm.length);
  for (let i = 0; i < norm.length; i++) out[i] = norm.charCodeAt(i);
  return out;
}

/**
 * JetIndexRecordCount (dir.cxx ErrDIRIndexRecordCount): the entries from the
 * current one forward, up to the index range's limit or the end of the index,
 * at most `max` (0: no limit). A new cursor counts the whole index; an empty
 * index counts 0; off a record it is NoCurrentRecord. The count removes the
 * index range and leaves the cursor where it was. `started` runs once the checks have passed.
 */
export function entryCount(engine: Engine, cursor: TableCursor, max: number, started: () => void = () => undefined): number {
  enterTable(engine, cursor);
  refuseFiltered(cursor);
  // The count proper begins (its result is 0 until it ends): a failure from here leaves 0 in the caller's box.
  started();
  const v = view(cursor);
  // dir.cxx ErrDIRIIRefresh: a new cursor's deferred move to the first entry; on an empty index the cursor stays
  // deferred (a later call tries again, once there are records) and the count is 0 (ErrDIRIndexRecordCount).
  if (!refreshDeferred(cursor, v)) return 0;
  // Anywhere but on an entry (before the first, after the last, where a seek found nothing): NoCurrentRecord, even
  // on an empty index (ErrDIRIndexRecordCount wants locOnCurBM).
  if (cursor.where !== Where.On || cursor.entry === null) fail(JET_errNoCurrentRecord);
  // dir.cxx ErrDIRIndexRecordCount reads the current entry first (ErrBTGet): one the session no longer sees (its own
  // delete, or a replace that moved the record's key in this index) is RecordDeleted.
  if (!v.has(cursor.entry)) fail(JET_errRecordDeleted);
  // Without an index range the count is what lies from the entry to the end, read from the tree's counts.
  if (cursor.range === null) {
    const left = v.size() - v.rank(cursor.entry);
    return max !== 0 && left > max ? max : left;
  }
  let n = 0;
  for (let e: Found | undefined = { entry: cursor.entry, bm: cursor.bm ?? '' }; e !== undefined; e = v.after(e.entry)) {
    if (outOfRange(cursor, e.entry, true)) break;
    n += 1;
    if (max !== 0 && n >= max) break;
  }
  cursor.range = null;
  return n;
}

/** A search key from bytes (for bookmarks). */
export function keyOfBytes(bytes: Uint8Array): string {
  return keyFromBytes(bytes);
}

/**
 * JetGetRecordPosition: how many entries lie before the current one, and how many there are (exact, from the
 * tree's counts of the entries under each branch: O(log entries)). dir.cxx ErrDIRGetPosition resolves a deferred
 * move-first, then takes the place of the index's cursor on an entry (locOnCurBM) or where a failed seek left it
 * (locOnSeekBM, esemu's gap), and bt.cxx ErrBTGetPosition finds that place in the tree without asking whether the
 * session sees the entry: a record the session deleted still has its place. Anywhere else, NoCurrentRecord.
 */
export function recordPosition(engine: Engine, cursor: TableCursor): { before: number; total: number } {
  enterTable(engine, cursor);
  refuseFiltered(cursor);
  const v = view(cursor);
  refreshDeferred(cursor, v);
  if ((cursor.where !== Where.On && cursor.where !== Where.Gap) || cursor.entry === null) fail(JET_errNoCurrentRecord);
  return { before: v.rank(cursor.entry), total: v.size() };
}

/** JetGotoPosition: the entry at the fraction `before / total` of the index (a navigation, like a move). */
export function gotoPosition(engine: Engine, cursor: TableCursor, before: number, total: number): void {
  enterTable(engine, cursor);
  refuseFiltered(cursor);
  const v = view(cursor);
  const size = v.size();
  cursor.update = null;
  cursor.range = null;
  cursor.navLevel = cursor.session.level;
  const target = total === 0 ? 0 : Math.min(size - 1, Math.floor((before * size) / total));
  if (!land(cursor, v.at(target), Where.After)) fail(JET_errNoCurrentRecord);
}
