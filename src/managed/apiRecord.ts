import type { JetApi } from '../jet/api';
import { out } from '../jet/types';
import type {
  JET_COLUMNID, JET_ENUMCOLUMN, JET_ENUMCOLUMNID, JET_RETINFO, JET_RETRIEVECOLUMN, JET_SESID, JET_SETCOLUMN,
  JET_SETINFO, JET_TABLEID,
} from '../jet/types';
import { check } from './check';
import type { JET_wrn } from './generated/enums';

/** Updates, column values, deletes, escrow updates and locks. */
export function recordCalls(jet: JetApi) {
  /** JetUpdate with or without a buffer for the record's bookmark (then its full size comes back). */
  function JetUpdate(sesid: JET_SESID, tableid: JET_TABLEID): void;
  function JetUpdate(sesid: JET_SESID, tableid: JET_TABLEID, bookmark: Uint8Array | null, bookmarkSize: number): number;
  function JetUpdate(sesid: JET_SESID, tableid: JET_TABLEID, bookmark?: Uint8Array | null, bookmarkSize?: number): number | void {
    if (bookmark === undefined) {
      check(jet.JetUpdate(sesid, tableid, null, 0, null));
      return;
    }
    const box = out(0);
    check(jet.JetUpdate(sesid, tableid, bookmark, bookmarkSize ?? 0, box));
    return box.value;
  }
  return {
    JetPrepareUpdate(sesid: JET_SESID, tableid: JET_TABLEID, prep: number): void {
      check(jet.JetPrepareUpdate(sesid, tableid, prep));
    },
    JetUpdate,
    JetUpdate2(
      sesid: JET_SESID, tableid: JET_TABLEID, bookmark: Uint8Array | null, bookmarkSize: number, grbit: number,
    ): number {
      const box = out(0);
      check(jet.JetUpdate2(sesid, tableid, bookmark, bookmarkSize, box, grbit));
      return box.value;
    },
    JetDelete(sesid: JET_SESID, tableid: JET_TABLEID): void {
      check(jet.JetDelete(sesid, tableid));
    },
    JetSetColumn(
      sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID, data: Uint8Array | null, dataSize: number,
      grbit: number, setinfo: JET_SETINFO | null = null,
    ): JET_wrn {
      return check(jet.JetSetColumn(sesid, tableid, columnid, data, dataSize, grbit, setinfo));
    },
    JetSetColumns(sesid: JET_SESID, tableid: JET_TABLEID, setcolumns: JET_SETCOLUMN[], numColumns: number): JET_wrn {
      return check(jet.JetSetColumns(sesid, tableid, setcolumns, numColumns));
    },
    /** Copies the value into `data`; actualDataSize is its full size (JET_wrn.ColumnNull: the column is null). */
    JetRetrieveColumn(
      sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID, data: Uint8Array | null, dataSize: number,
      grbit: number, retinfo: JET_RETINFO | null = null,
    ): { actualDataSize: number; wrn: JET_wrn } {
      const box = out(0);
      const wrn = check(jet.JetRetrieveColumn(sesid, tableid, columnid, data, dataSize, box, grbit, retinfo));
      return { actualDataSize: box.value, wrn };
    },
    JetRetrieveColumns(
      sesid: JET_SESID, tableid: JET_TABLEID, retrievecolumns: JET_RETRIEVECOLUMN[], numColumns: number,
    ): JET_wrn {
      return check(jet.JetRetrieveColumns(sesid, tableid, retrievecolumns, numColumns));
    },
    /**
     * The record's values as JET_ENUMCOLUMNs. ManagedEsent's allocator and context arguments are left out:
     * esemu hands each value back in an array of its own.
     */
    JetEnumerateColumns(
      sesid: JET_SESID, tableid: JET_TABLEID, numColumnids: number, columnids: JET_ENUMCOLUMNID[] | null,
      maxDataSize: number, grbit: number,
    ): { numColumnValues: number; columnValues: JET_ENUMCOLUMN[]; wrn: JET_wrn } {
      const count = out(0);
      const values = out<JET_ENUMCOLUMN[] | null>(null);
      const wrn = check(jet.JetEnumerateColumns(
        sesid, tableid, numColumnids, columnids, count, values, null, null, maxDataSize, grbit,
      ));
      return { numColumnValues: count.value, columnValues: values.value ?? [], wrn };
    },
    /** Adds delta to an escrow column; the value before is copied into previousValue and its size returned. */
    JetEscrowUpdate(
      sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID, delta: Uint8Array, deltaSize: number,
      previousValue: Uint8Array | null, previousValueLength: number, grbit: number,
    ): number {
      const box = out(0);
      check(jet.JetEscrowUpdate(
        sesid, tableid, columnid, delta, deltaSize, previousValue, previousValueLength, box, grbit,
      ));
      return box.value;
    },
    JetGetLock(sesid: JET_SESID, tableid: JET_TABLEID, grbit: number): void {
      check(jet.JetGetLock(sesid, tableid, grbit));
    },
    /** ManagedEsent's JetGetCursorInfo(sesid, tableid): no result, cbMax and InfoLevel 0; throws WriteConflict and the like. */
    JetGetCursorInfo(sesid: JET_SESID, tableid: JET_TABLEID): void {
      check(jet.JetGetCursorInfo(sesid, tableid, null, 0, 0));
    },
    JetSetTableSequential(sesid: JET_SESID, tableid: JET_TABLEID, grbit: number): void {
      check(jet.JetSetTableSequential(sesid, tableid, grbit));
    },
    JetResetTableSequential(sesid: JET_SESID, tableid: JET_TABLEID, grbit: number): void {
      check(jet.JetResetTableSequential(sesid, tableid, grbit));
    },
    JetComputeStats(sesid: JET_SESID, tableid: JET_TABLEID): void {
      check(jet.JetComputeStats(sesid, tableid));
    },
  };
}
