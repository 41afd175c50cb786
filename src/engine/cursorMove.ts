import { JET_errIllegalOperation, JET_errNoCurrentRecord } from '../constants/errors';
import type { Engine } from './engine';
import { fail } from '../storage/failure';
import { Row } from '../storage/rows';
import type { SortedRows } from '../storage/sortedRows';
import { At, Cursor, currentRow, enter, IndexRange, land, leaveInsertPhase, store } from './cursor';

export const MOVE_FIRST = -0x80000000;
export const MOVE_LAST = 0x7fffffff;

// ---- navigation ---------------------------------------------------------------------------------

export function outOfRange(cursor: Cursor, row: Row, forward: boolean): boolean {
  const r = cursor.range;
  if (r === null || r.upper !== forward) return false;
  return beyond(r, row.norm);
}

/** Is `norm` outside range `r` (fucb.cxx ErrFUCBCheckIndexRange: past an upper limit, before a lower one)? */
export function beyond(r: IndexRange, norm: string): boolean {
  if (norm === r.limit) return !r.inclusive;
  return r.upper ? norm > r.limit : norm < r.limit;
}

export function step(cursor: Cursor, forward: boolean, keyNE: boolean): boolean {
  const rows = store(cursor.table);
  let next: Row | undefined;
  const from = cursor.row;
  const pos = cursor.pos;
  if (pos !== null) {
    // A sort after JetGotoBookmark: the move starts from the position set, whatever row is loaded (ErrSORTNext /
    // ErrSORTPrev work from ispairCurr).
    next = (rows as SortedRows).at(forward ? pos + 1 : pos - 1);
  } else switch (cursor.at) {
    case At.DeferredFirst:
    case At.Before:
      next = forward ? rows.first() : undefined;
      // Nothing to move onto: the cursor stays before the first row (dir.cxx ErrDIRNext restores its currency).
      if (next === undefined) return false;
      break;
    case At.After:
      next = forward ? undefined : rows.last();
      if (next === undefined) return false;
      break;
    default: {
      if (cursor.table.phase === 'retrieve' && !keyNE) {
        // A sort being read: the neighbour by position, without making the row's key.
        // The cursor's row object is its own (every move, seek or goto makes a new one), so it moves in place.
        const idx = (from as Row).idx;
        if ((rows as SortedRows).stepInPlace(from as Row, forward)) next = from as Row;
        else next = forward ? (rows as SortedRows).after(idx) : (rows as SortedRows).at(idx - 1);
        break;
      }
      const key = (from as Row).key;
      const live = cursor.table.phase !== 'materialized' || rows.get(key) === from ? from : null;
      next = forward ? rows.next(key, live) : rows.prev(key, live);
      while (keyNE && next !== undefined && next.norm === (from as Row).norm) {
        next = forward ? rows.next(next.key, next) : rows.prev(next.key, next);
      }
    }
  }
  // A sort read from memory checks only an upper range, in either direction (sort.cxx ErrSORTNext / ErrSORTPrev:
  // FFUCBUpper), and leaving it puts the cursor after the last row (ErrSORTCheckIndexRange); a lower range is never
  // checked by its moves. A table checks the range on the side it moves towards (dir.cxx ErrDIRCheckIndexRange).
  const sortRead = cursor.table.phase === 'retrieve';
  if (next !== undefined && (sortRead ? cursor.range !== null && cursor.range.upper && outOfRange(cursor, next, true) : outOfRange(cursor, next, forward))) {
    cursor.range = null;
    // The sort has loaded the row beyond the limit before checking it: that is the key JetRetrieveKey gives now.
    if (sortRead) cursor.loaded = next;
    return land(cursor, undefined, sortRead || forward ? At.After : At.Before);
  }
  return land(cursor, next, forward ? At.After : At.Before);
}

export function move(engine: Engine, cursor: Cursor, cRow: number, grbit: number): void {
  const table = enter(engine, cursor);
  // ErrTTSortInsMove: the move that ends the insert phase of a sort read from memory starts on its first row.
  if (leaveInsertPhase(engine, cursor)) {
    if (cRow > 0 && cRow < MOVE_LAST) cRow--;
    if (cRow === MOVE_FIRST || cRow === 0) return;
  }
  // A move cancels a prepared update, even a move by 0 (rec.cxx ErrIsamMove).
  cursor.update = null;
  const backwards = cRow < 0 && cRow !== MOVE_FIRST;
  if (table.phase === 'retrieve' && backwards && !table.seekable) fail(JET_errIllegalOperation);
  const rows = store(table);
  if (cRow === 0) {
    // A sort answers by its position (sortapi.cxx ErrIsamSortMove), which JetGotoBookmark may have set apart from the
    // row; otherwise only a re-read of the current row (rec.cxx ErrIsamMove: ErrDIRGet): no navigation, no level.
    if (cursor.pos !== null) return;
    currentRow(cursor);
    return;
  }
  // A sort's cursor records no navigation level: rollback leaves it where it is.
  if (table.phase === 'materialized') cursor.navLevel = cursor.session.level;
  if (cRow === MOVE_FIRST || cRow === MOVE_LAST) {
    cursor.range = null;
    if (!land(cursor, cRow === MOVE_FIRST ? rows.first() : rows.last(), cRow === MOVE_FIRST ? At.Before : At.After)) {
      fail(JET_errNoCurrentRecord);
    }
    return;
  }
  // A deferred move-first is on the first row once used (a Next goes to the second); on an empty table the move
  // fails and the cursor stays deferred (dir.cxx ErrDIRNext / ErrDIRPrev -> ErrDIRIIRefresh).
  if (cursor.at === At.DeferredFirst && !land(cursor, rows.first(), At.DeferredFirst)) fail(JET_errNoCurrentRecord);
  // No grbit is looked at (JET_bitMoveKeyNE included): sortapi.cxx ErrIsamSortMove ignores it, and the keys of a
  // materialized table are unique, so ErrIsamMove's JET_bitMoveKeyNE never skips a row there.
  for (let n = Math.abs(cRow); n > 0; n--) {
    if (!step(cursor, cRow > 0, false)) fail(JET_errNoCurrentRecord);
  }
}
