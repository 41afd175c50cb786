/**
 * The Try helpers turn exactly their expected error into `false` (ManagedEsent's HelperMethodErrorHandling
 * tests); any other error still throws. MoveBeforeFirst / MoveAfterLast are safe on an empty table.
 */
import {
  EsentInvalidTableIdException, EsentKeyNotMadeException, EsentNotInTransactionException, EsentInvalidDatabaseIdException,
  EsentRecordNotFoundException, EsentNoCurrentRecordException, GetLockGrbit, JET_prep, MakeKeyGrbit, SeekGrbit,
  SetIndexRangeGrbit, JET_Move, MoveGrbit, setErrorHandler, OpenTableGrbit,
} from '../../src/managed';
import type { JET_COLUMNID, JET_TABLEID } from '../../src/managed';
import { managedWorld, typedTable } from './world';
import type { ColumnName, ManagedWorld } from './world';

let w: ManagedWorld;
let tableid: JET_TABLEID;
let columns: Record<ColumnName, JET_COLUMNID>;
const BAD = 0x7ff0 as JET_TABLEID;

beforeEach(() => {
  w = managedWorld();
  ({ tableid, columns } = typedTable(w));
});

function fill(...keys: number[]): void {
  for (const key of keys) {
    w.api.JetPrepareUpdate(w.sesid, tableid, JET_prep.Insert);
    w.api.SetColumnInt32(w.sesid, tableid, columns.key, key);
    w.api.JetUpdate(w.sesid, tableid);
  }
}

const key = (): number | null => w.api.RetrieveColumnAsInt32(w.sesid, tableid, columns.key);

function scanForward(): number[] {
  const seen: number[] = [];
  w.api.MoveBeforeFirst(w.sesid, tableid);
  while (w.api.TryMoveNext(w.sesid, tableid)) seen.push(key()!);
  return seen;
}

describe('Try moves', () => {
  it('all answer false on an empty table; MoveBeforeFirst / MoveAfterLast do not throw', () => {
    const { api, sesid } = w;
    expect(api.TryMoveFirst(sesid, tableid)).toBe(false);
    expect(api.TryMoveLast(sesid, tableid)).toBe(false);
    expect(api.TryMoveNext(sesid, tableid)).toBe(false);
    expect(api.TryMovePrevious(sesid, tableid)).toBe(false);
    expect(() => api.MoveBeforeFirst(sesid, tableid)).not.toThrow();
    expect(() => api.MoveAfterLast(sesid, tableid)).not.toThrow();
    expect(scanForward()).toEqual([]);
  });

  it('scan forward from MoveBeforeFirst and backward from MoveAfterLast', () => {
    const { api, sesid } = w;
    fill(3, 1, 2);
    expect(scanForward()).toEqual([1, 2, 3]);
    api.MoveAfterLast(sesid, tableid);
    const back: number[] = [];
    while (api.TryMovePrevious(sesid, tableid)) back.push(key()!);
    expect(back).toEqual([3, 2, 1]);
  });

  it('TryMoveFirst / TryMoveLast land on the ends; TryMove moves by a count', () => {
    const { api, sesid } = w;
    fill(1, 2, 3, 4);
    expect(api.TryMoveLast(sesid, tableid)).toBe(true);
    expect(key()).toBe(4);
    expect(api.TryMoveFirst(sesid, tableid)).toBe(true);
    expect(key()).toBe(1);
    expect(api.TryMove(sesid, tableid, 2, MoveGrbit.None)).toBe(true);
    expect(key()).toBe(3);
    expect(api.TryMove(sesid, tableid, 5, MoveGrbit.None)).toBe(false);
    expect(api.TryMove(sesid, tableid, JET_Move.Previous, MoveGrbit.None)).toBe(true);
    expect(key()).toBe(4);
  });

  it('throw any error other than NoCurrentRecord', () => {
    const { api, sesid } = w;
    expect(() => api.TryMoveFirst(sesid, BAD)).toThrow(EsentInvalidTableIdException);
    expect(() => api.TryMoveNext(sesid, BAD)).toThrow(EsentInvalidTableIdException);
    expect(() => api.TryMovePrevious(sesid, BAD)).toThrow(EsentInvalidTableIdException);
    expect(() => api.TryMoveLast(sesid, BAD)).toThrow(EsentInvalidTableIdException);
    expect(() => api.MoveBeforeFirst(sesid, BAD)).toThrow(EsentInvalidTableIdException);
    expect(() => api.MoveAfterLast(sesid, BAD)).toThrow(EsentInvalidTableIdException);
  });

  it('the swallowed error never reaches the error handler, while the plain call throws it', () => {
    const { api, sesid } = w;
    const seen: number[] = [];
    const previous = setErrorHandler((err) => {
      seen.push(err);
    });
    try {
      expect(api.TryMoveFirst(sesid, tableid)).toBe(false);
      expect(seen).toEqual([]);
      expect(() => api.JetMove(sesid, tableid, JET_Move.First, 0)).toThrow(EsentNoCurrentRecordException);
      expect(seen).toEqual([-1603]);
    } finally {
      setErrorHandler(previous);
    }
  });
});

describe('TrySeek', () => {
  it('is false for a missing key and true (on the record) for a present one', () => {
    const { api, sesid } = w;
    fill(10, 20);
    api.MakeKeyInt32(sesid, tableid, 15, MakeKeyGrbit.NewKey);
    expect(api.TrySeek(sesid, tableid, SeekGrbit.SeekEQ)).toBe(false);
    api.MakeKeyInt32(sesid, tableid, 20, MakeKeyGrbit.NewKey);
    expect(api.TrySeek(sesid, tableid, SeekGrbit.SeekEQ)).toBe(true);
    expect(key()).toBe(20);
    api.MakeKeyInt32(sesid, tableid, 15, MakeKeyGrbit.NewKey);
    expect(api.TrySeek(sesid, tableid, SeekGrbit.SeekGE)).toBe(true);
    expect(key()).toBe(20);
  });

  it('throws KeyNotMade and other errors; JetSeek itself throws RecordNotFound', () => {
    const { api, sesid } = w;
    fill(10);
    expect(() => api.TrySeek(sesid, tableid, SeekGrbit.SeekEQ)).toThrow(EsentKeyNotMadeException);
    expect(() => api.TrySeek(sesid, BAD, SeekGrbit.SeekEQ)).toThrow(EsentInvalidTableIdException);
    api.MakeKeyInt32(sesid, tableid, 11, MakeKeyGrbit.NewKey);
    expect(() => api.JetSeek(sesid, tableid, SeekGrbit.SeekEQ)).toThrow(EsentRecordNotFoundException);
  });
});

describe('index ranges', () => {
  it('TrySetIndexRange limits a scan; false when the cursor is already past the limit', () => {
    const { api, sesid } = w;
    fill(1, 2, 3, 4, 5);
    api.MakeKeyInt32(sesid, tableid, 2, MakeKeyGrbit.NewKey);
    api.JetSeek(sesid, tableid, SeekGrbit.SeekGE);
    api.MakeKeyInt32(sesid, tableid, 4, MakeKeyGrbit.NewKey);
    expect(api.TrySetIndexRange(sesid, tableid, SetIndexRangeGrbit.RangeUpperLimit | SetIndexRangeGrbit.RangeInclusive)).toBe(true);
    const seen = [key()!];
    while (api.TryMoveNext(sesid, tableid)) seen.push(key()!);
    expect(seen).toEqual([2, 3, 4]);

    api.MakeKeyInt32(sesid, tableid, 5, MakeKeyGrbit.NewKey);
    api.JetSeek(sesid, tableid, SeekGrbit.SeekEQ);
    api.MakeKeyInt32(sesid, tableid, 3, MakeKeyGrbit.NewKey);
    expect(api.TrySetIndexRange(sesid, tableid, SetIndexRangeGrbit.RangeUpperLimit)).toBe(false);
  });

  it('TrySetIndexRange throws KeyNotMade when no key was made', () => {
    const { api, sesid } = w;
    fill(1);
    api.TryMoveFirst(sesid, tableid);
    expect(() => api.TrySetIndexRange(sesid, tableid, SetIndexRangeGrbit.RangeUpperLimit)).toThrow(EsentKeyNotMadeException);
  });

  it('ResetIndexRange removes a range, and is harmless without one', () => {
    const { api, sesid } = w;
    fill(1, 2, 3);
    expect(() => api.ResetIndexRange(sesid, tableid)).not.toThrow();
    api.TryMoveFirst(sesid, tableid);
    api.MakeKeyInt32(sesid, tableid, 1, MakeKeyGrbit.NewKey);
    api.JetSetIndexRange(sesid, tableid, SetIndexRangeGrbit.RangeUpperLimit | SetIndexRangeGrbit.RangeInclusive);
    api.ResetIndexRange(sesid, tableid);
    expect(api.TryMoveNext(sesid, tableid)).toBe(true);
    expect(key()).toBe(2);
    expect(() => api.ResetIndexRange(sesid, BAD)).toThrow(EsentInvalidTableIdException);
  });
});

describe('TryGotoBookmark, TryOpenTable, TryGetLock', () => {
  it('TryGotoBookmark: true on a live record, false once it is deleted', () => {
    const { api, sesid } = w;
    fill(1, 2);
    api.TryMoveFirst(sesid, tableid);
    const bookmark = api.GetBookmark(sesid, tableid);
    api.TryMoveLast(sesid, tableid);
    expect(api.TryGotoBookmark(sesid, tableid, bookmark, bookmark.length)).toBe(true);
    expect(key()).toBe(1);
    api.JetDelete(sesid, tableid);
    api.TryMoveLast(sesid, tableid);
    expect(api.TryGotoBookmark(sesid, tableid, bookmark, bookmark.length)).toBe(false);
    expect(() => api.TryGotoBookmark(sesid, BAD, bookmark, bookmark.length)).toThrow(EsentInvalidTableIdException);
  });

  it('TryOpenTable: a cursor for a table, null for a missing one, throws for a bad database', () => {
    const { api, sesid, dbid } = w;
    const opened = api.TryOpenTable(sesid, dbid, 't', OpenTableGrbit.None);
    expect(opened).not.toBeNull();
    api.JetCloseTable(sesid, opened!);
    expect(api.TryOpenTable(sesid, dbid, 'nosuch', OpenTableGrbit.None)).toBeNull();
    expect(() => api.TryOpenTable(sesid, 0x7777 as typeof dbid, 't', OpenTableGrbit.None)).toThrow(EsentInvalidDatabaseIdException);
  });

  it('TryGetLock: false when another session holds the record, throws outside a transaction', () => {
    const { api, sesid, dbid, instance } = w;
    fill(1);
    const other = api.BeginSession(instance);
    api.JetOpenDatabase(other, 'managed.edb', null, 0);
    const otherTable = api.OpenTable(other, dbid, 't', OpenTableGrbit.None);
    api.TryMoveFirst(sesid, tableid);
    api.TryMoveFirst(other, otherTable);
    expect(() => api.TryGetLock(sesid, tableid, GetLockGrbit.Write)).toThrow(EsentNotInTransactionException);
    api.JetBeginTransaction(sesid);
    api.JetBeginTransaction(other);
    expect(api.TryGetLock(sesid, tableid, GetLockGrbit.Write)).toBe(true);
    expect(api.TryGetLock(other, otherTable, GetLockGrbit.Write)).toBe(false);
    api.JetRollback(sesid, 0);
    api.JetRollback(other, 0);
  });
});
