import { JET_errInvalidBookmark, JET_errKeyNotMade, JET_errNoCurrentRecord, JET_errRecordDeleted } from '../constants/errors';
import { fail } from '../storage/failure';
import { keyFromBytes } from '../storage/keys';
import { entryKey } from '../storage/tableImage';
import type { Engine } from './engine';
import { newTableCursor, TABLE, TableCursor, Where } from './tableCursor';
import { readImage } from './tableData';
import { currentKey, currentRecord, enterTable, landOn } from './tableNav';

const RETRIEVE_COPY = 0x1;

/** JetGetBookmark on a table: the record's bookmark (its primary key, or its sequential number). */
export function tableBookmark(engine: Engine, cursor: TableCursor): Uint8Array {
  enterTable(engine, cursor);
  const { bm } = currentRecord(cursor);
  const out = new Uint8Array(bm.length);
  for (let i = 0; i < bm.length; i++) out[i] = bm.charCodeAt(i);
  return out;
}

/**
 * JetGotoBookmark on a table: onto the record, at its entry in the current
 * index. Not a navigation: a rollback does not move the cursor back (ese-semantics, managedesent §7 9).
 */
export function gotoTableBookmark(engine: Engine, cursor: TableCursor, bookmark: Uint8Array): void {
  enterTable(engine, cursor);
  if (bookmark.length === 0) fail(JET_errInvalidBookmark);
  // rec.cxx ErrRECIGotoBookmark: the update, the index range and the key being made go before the record is looked for.
  cursor.range = null;
  cursor.key.inProgress = false;
  cursor.update = null;
  const bm = keyFromBytes(bookmark);
  const values = readImage(cursor.session, cursor.table).records.get(bm);
  if (values === undefined) fail(JET_errRecordDeleted);
  if (cursor.index === null) {
    landOn(cursor, bm, bm);
    return;
  }
  const key = cursor.index.keyOf(values);
  if (key === null) {
    // rec.cxx ErrRECIGotoBookmark: a record the index has no entry for leaves the cursor before the first entry.
    cursor.where = Where.Before;
    cursor.bm = null;
    cursor.entry = null;
    fail(JET_errNoCurrentRecord);
  }
  landOn(cursor, entryKey(key, bm), bm);
}

/** JetRetrieveKey on a table: the current entry's key, or with JET_bitRetrieveCopy the key being made. */
export function retrieveTableKey(engine: Engine, cursor: TableCursor, grbit: number): Uint8Array {
  enterTable(engine, cursor);
  if ((grbit & RETRIEVE_COPY) !== 0) {
    if (!cursor.key.everMade) fail(JET_errKeyNotMade);
    return Uint8Array.from(cursor.key.bytes);
  }
  return currentKey(cursor);
}

/** JetDupCursor on a table: same table and updatability, primary index, deferred move-first, no deny locks (§8.2). */
export function dupTableCursor(engine: Engine, cursor: TableCursor): TableCursor {
  enterTable(engine, cursor);
  const grbit = cursor.grbit & ~(TABLE.DenyRead | TABLE.DenyWrite | TABLE.PermitDDL);
  return newTableCursor(engine, cursor.session, cursor.database, cursor.table, grbit);
}
