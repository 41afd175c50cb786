import {
  JET_errInvalidOperation, JET_errNoCurrentRecord, JET_errObjectNotFound, JET_errRecordDeleted,
  JET_errRecordNotFound, JET_errWriteConflict,
} from '../constants/errors';
import {
  JET_MoveFirst, JET_MoveLast, JET_MoveNext, JET_MovePrevious, JET_bitRangeRemove,
} from '../constants/constants';
import type { JetApi } from '../jet/api';
import { out } from '../jet/types';
import type { JET_DBID, JET_SESID, JET_TABLEID } from '../jet/types';
import { check } from './check';

/**
 * The Try helpers and the moves built on them. Each calls the flat API directly and turns exactly one
 * expected error into `false` (TryGotoBookmark: two); every other error throws as usual.
 */
export function moveHelpers(jet: JetApi) {
  const tryCall = (err: number, ...expected: number[]): boolean => {
    if (expected.includes(err)) return false;
    check(err);
    return true;
  };
  const TryMove = (sesid: JET_SESID, tableid: JET_TABLEID, move: number, grbit = 0): boolean =>
    tryCall(jet.JetMove(sesid, tableid, move, grbit), JET_errNoCurrentRecord);
  const TryMoveFirst = (sesid: JET_SESID, tableid: JET_TABLEID): boolean => TryMove(sesid, tableid, JET_MoveFirst);
  const TryMoveLast = (sesid: JET_SESID, tableid: JET_TABLEID): boolean => TryMove(sesid, tableid, JET_MoveLast);
  const TryMoveNext = (sesid: JET_SESID, tableid: JET_TABLEID): boolean => TryMove(sesid, tableid, JET_MoveNext);
  const TryMovePrevious = (sesid: JET_SESID, tableid: JET_TABLEID): boolean =>
    TryMove(sesid, tableid, JET_MovePrevious);
  return {
    /** false when the move found no record (NoCurrentRecord). */
    TryMove,
    TryMoveFirst,
    TryMoveLast,
    TryMoveNext,
    TryMovePrevious,
    /** Before the first entry, so that TryMoveNext lands on the first; fine on an empty table. */
    MoveBeforeFirst(sesid: JET_SESID, tableid: JET_TABLEID): void {
      TryMoveFirst(sesid, tableid);
      TryMovePrevious(sesid, tableid);
    },
    /** After the last entry, so that TryMovePrevious lands on the last; fine on an empty table. */
    MoveAfterLast(sesid: JET_SESID, tableid: JET_TABLEID): void {
      TryMoveLast(sesid, tableid);
      TryMoveNext(sesid, tableid);
    },
    /** false when no entry matches (RecordNotFound). */
    TrySeek(sesid: JET_SESID, tableid: JET_TABLEID, grbit: number): boolean {
      return tryCall(jet.JetSeek(sesid, tableid, grbit), JET_errRecordNotFound);
    },
    /** false when the cursor is already outside the range (NoCurrentRecord). */
    TrySetIndexRange(sesid: JET_SESID, tableid: JET_TABLEID, grbit: number): boolean {
      return tryCall(jet.JetSetIndexRange(sesid, tableid, grbit), JET_errNoCurrentRecord);
    },
    /** Remove the index range, if there is one (InvalidOperation, "no range", is ignored). */
    ResetIndexRange(sesid: JET_SESID, tableid: JET_TABLEID): void {
      tryCall(jet.JetSetIndexRange(sesid, tableid, JET_bitRangeRemove), JET_errInvalidOperation);
    },
    /** false when the bookmark's record is gone (RecordDeleted or NoCurrentRecord). */
    TryGotoBookmark(sesid: JET_SESID, tableid: JET_TABLEID, bookmark: Uint8Array, bookmarkSize: number): boolean {
      return tryCall(jet.JetGotoBookmark(sesid, tableid, bookmark, bookmarkSize), JET_errRecordDeleted, JET_errNoCurrentRecord);
    },
    /** The cursor, or null when there is no such table (ObjectNotFound). */
    TryOpenTable(sesid: JET_SESID, dbid: JET_DBID, tablename: string, grbit: number): JET_TABLEID | null {
      const box = out<JET_TABLEID>();
      return tryCall(jet.JetOpenTable(sesid, dbid, tablename, null, 0, grbit, box), JET_errObjectNotFound) ? box.value : null;
    },
    /** false when another session holds the record (WriteConflict). */
    TryGetLock(sesid: JET_SESID, tableid: JET_TABLEID, grbit: number): boolean {
      return tryCall(jet.JetGetLock(sesid, tableid, grbit), JET_errWriteConflict);
    },
  };
}
