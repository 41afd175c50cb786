import { JET_errInvalidBookmark, JET_errNoCurrentIndex, JET_errRecordDeleted } from '../constants/errors';
import * as C from '../constants/constants';
import { fail } from '../storage/failure';
import { keyFromBytes } from '../storage/keys';
import { bookmarkOf, entryKey, shiftUp, splitEntry } from '../storage/tableImage';
import type { Engine } from './engine';
import { resetKeys, TableCursor, Where } from './tableCursor';
import { indexTree, readImage } from './tableData';
import { currentRecord, enterTable, landOn } from './tableNav';

function bytesOf(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/**
 * JetGetSecondaryIndexBookmark (fldnorm.cxx ErrIsamGetIndexBookmark): the
 * current entry of the cursor's secondary index, as its key and the record's
 * primary bookmark. NoCurrentIndex on the primary index (or the sequential
 * order); otherwise the entry is read as ErrDIRGet reads it: a new cursor is
 * on the first entry, off an entry is NoCurrentRecord, an entry gone from the
 * session's view (the record deleted, or its key changed) is RecordDeleted.
 */
export function secondaryBookmark(engine: Engine, cursor: TableCursor): { key: Uint8Array; bookmark: Uint8Array } {
  enterTable(engine, cursor);
  const index = cursor.index;
  if (index === null) fail(JET_errNoCurrentIndex);
  const { entry, bm } = currentEntry(cursor);
  return { key: bytesOf(splitEntry(entry).indexKey), bookmark: bytesOf(bm) };
}

/**
 * JetGotoSecondaryIndexBookmark (rec.cxx ErrIsamGotoIndexBookmark): onto the
 * entry (secondary key, primary bookmark) of the current secondary index.
 * NoCurrentIndex on the primary index; an empty secondary key is
 * InvalidBookmark, and so is an empty primary bookmark unless the index is
 * unique (a unique index finds the entry by its key alone). A prepared update
 * is cancelled and the index range removed first. No such entry:
 * RecordDeleted, and with JET_bitBookmarkPermitVirtualCurrency the cursor is
 * left at the place the entry would have (moves go on from there; reads are
 * NoCurrentRecord). On a unique index, a primary bookmark that is not the
 * found entry's is RecordDeleted with the cursor on that entry. Other grbits
 * are not looked at.
 */
export function gotoSecondaryBookmark(
  engine: Engine, cursor: TableCursor, key: Uint8Array | null, bookmark: Uint8Array | null, grbit: number,
): void {
  enterTable(engine, cursor);
  const index = cursor.index;
  if (index === null) fail(JET_errNoCurrentIndex);
  if (key === null || key.length === 0) fail(JET_errInvalidBookmark);
  const unique = index.unique;
  const hasBm = bookmark !== null && bookmark.length > 0;
  if (!unique && !hasBm) fail(JET_errInvalidBookmark);
  cursor.update = null;
  cursor.range = null;
  resetKeys(cursor);
  const tree = indexTree(readImage(cursor.session, cursor.table), cursor.table, index);
  const keyStr = keyFromBytes(key);
  const bmStr = hasBm ? keyFromBytes(bookmark as Uint8Array) : '';
  let found: [string, string] | undefined;
  let place: string;
  if (unique) {
    place = shiftUp(keyStr) + '\u0000';
    const hit = tree.getPairOrNextHigher(place);
    if (hit !== undefined && hit[0].startsWith(place)) found = [hit[0], bookmarkOf(hit[0])];
  } else {
    place = entryKey(keyStr, bmStr);
    if (tree.has(place)) found = [place, bookmarkOf(place)];
  }
  if (found === undefined) {
    if ((grbit & C.JET_bitBookmarkPermitVirtualCurrency) !== 0) {
      cursor.where = Where.Gap;
      cursor.bm = null;
      cursor.entry = place;
    }
    fail(JET_errRecordDeleted);
  }
  landOn(cursor, found[0], found[1]);
  if (unique && hasBm && found[1] !== bmStr) fail(JET_errRecordDeleted);
}

/**
 * The entry of its secondary index a cursor is on, as ErrDIRGet reads it: a
 * new cursor is on the first entry, off an entry is NoCurrentRecord, an entry
 * gone from the session's view (record deleted, key changed) RecordDeleted.
 */
export function currentEntry(cursor: TableCursor): { entry: string; bm: string } {
  const index = cursor.index;
  const { bm } = currentRecord(cursor);
  const entry = cursor.entry as string;
  if (index !== null && !indexTree(readImage(cursor.session, cursor.table), cursor.table, index).has(entry)) fail(JET_errRecordDeleted);
  return { entry, bm };
}
