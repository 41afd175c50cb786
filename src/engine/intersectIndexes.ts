import { JET_errInvalidGrbit, JET_errInvalidParameter } from '../constants/errors';
import * as C from '../constants/constants';
import { COLTYP } from '../catalog/columns';
import { fail } from '../storage/failure';
import { Cursor, PREP } from './cursor';
import { closeAnyCursor } from './cursorSet';
import { prepareUpdate, setColumn, update } from './cursorUpdate';
import type { Engine } from './engine';
import { openTempTable } from './openTempTable';
import { keyMostForPage } from '../storage/keys';
import { currentEntry } from './secondaryBookmark';
import type { Session } from './session';
import type { TableCursor } from './tableCursor';
import { enterTable, nextEntry } from './tableNav';

/** One JET_INDEXRANGE, its cursor already found. */
export interface IndexRange {
  readonly cursor: TableCursor;
  readonly grbit: number;
}

/**
 * rec.cxx ErrRECICheckIndexrangesForUniqueness, for each range in turn: its
 * cursor must be on a secondary index (the primary index or a sequential
 * table: InvalidParameter), its grbit exactly JET_bitRecordInIndex
 * (InvalidGrbit: RecordNotInIndex is turned away too), and against every
 * other range: on a secondary index, the same table and another index
 * (InvalidParameter otherwise).
 */
function checkRanges(ranges: readonly IndexRange[]): void {
  ranges.forEach((r, i) => {
    if (r.cursor.index === null) fail(JET_errInvalidParameter);
    if (r.grbit !== C.JET_bitRecordInIndex) fail(JET_errInvalidGrbit);
    ranges.forEach((o, j) => {
      if (j === i) return;
      if (o.cursor.index === null || o.cursor.table !== r.cursor.table || o.cursor.index === r.cursor.index) {
        fail(JET_errInvalidParameter);
      }
    });
  });
}

/**
 * The bookmarks of one range (rec.cxx ErrRECIInsertBookmarksIntoSort): from
 * the cursor's current entry (ErrDIRGet: NoCurrentRecord off an entry,
 * RecordDeleted when it is gone) forward until the end of the index or its
 * upper index range; the cursor is moved there as those DIRNext calls move
 * it. A record with several entries counts once (the sort drops duplicates).
 */
function bookmarksOf(cursor: TableCursor): Set<string> {
  const out = new Set<string>();
  out.add(currentEntry(cursor).bm);
  while (nextEntry(cursor)) out.add(cursor.bm as string);
  return out;
}

/**
 * JetIntersectIndexes (rec.cxx ErrIsamIntersectIndexes): the records every
 * range holds, as a new temp table of their primary bookmarks (one Binary
 * key column, JET_bitColumnTTKey, opened with no grbit: a sort whose first
 * move ends the inserts), in bookmark order. The count and record list checks
 * are the caller's; here the ranges are checked, then each range's bookmarks
 * are collected (which moves its cursor), then the common ones are inserted.
 */
export function intersectIndexes(engine: Engine, ses: Session, ranges: readonly IndexRange[]):
  { cursor: Cursor; columnid: number; count: number } {
  for (const r of ranges) enterTable(engine, r.cursor);
  checkRanges(ranges);
  const sets = ranges.map((r) => bookmarksOf(r.cursor));
  const common = [...sets[0]].filter((bm) => sets.every((s) => s.has(bm)));
  // rec.cxx ErrIsamIntersectIndexes: the bookmarks' temp table takes the longest key the page size allows.
  const keyMost = keyMostForPage(ses.instance.param(C.JET_paramDatabasePageSize));
  const cursor = openTempTable(engine, ses, {
    columns: [{ coltyp: COLTYP.Binary, cp: 0, cbMax: 0, grbit: C.JET_bitColumnTTKey }], grbit: 0, keyMost, varSegMac: keyMost,
  });
  const columnid = cursor.table.columns[0].columnid;
  try {
    for (const bm of common) {
      prepareUpdate(engine, cursor, PREP.Insert);
      const bytes = new Uint8Array(bm.length);
      for (let i = 0; i < bm.length; i++) bytes[i] = bm.charCodeAt(i);
      setColumn(engine, cursor, columnid, bytes, 0, true);
      update(engine, cursor);
    }
  } catch (caught) {
    // On a failure the engine closes the temp table (ErrRECIJoinFindDuplicates).
    closeAnyCursor(engine, cursor);
    throw caught;
  }
  return { cursor, columnid, count: common.length };
}
