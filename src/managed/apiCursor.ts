import type { JetApi } from '../jet/api';
import { out } from '../jet/types';
import type {
  JET_COLUMNID, JET_INDEX_COLUMN, JET_INDEX_RANGE, JET_INDEXRANGE, JET_RECORDLIST, JET_RECPOS, JET_RECSIZE2, JET_SESID,
  JET_TABLEID,
} from '../jet/types';
import { check } from './check';
import type { JET_wrn } from './generated/enums';

/** The longest index name JetGetCurrentIndex hands back when no size is given (esent's JET_cbNameMost + 1). */
const NAME_MOST = 65;

/** Navigation, keys, seeks, ranges, bookmarks and index selection. */
export function cursorCalls(jet: JetApi) {
  /** Windows7Api.JetPrereadKeys, with or without a first key index: how many keys were preread. */
  function JetPrereadKeys(sesid: JET_SESID, tableid: JET_TABLEID, keys: Uint8Array[], keyLengths: number[], keyCount: number, grbit: number): number;
  function JetPrereadKeys(sesid: JET_SESID, tableid: JET_TABLEID, keys: Uint8Array[], keyLengths: number[], keyIndex: number, keyCount: number, grbit: number): number;
  function JetPrereadKeys(sesid: JET_SESID, tableid: JET_TABLEID, keys: Uint8Array[], keyLengths: number[], a: number, b: number, c?: number): number {
    const [index, count, grbit] = c === undefined ? [0, a, b] : [a, b, c];
    const read = out(0);
    check(jet.JetPrereadKeys(sesid, tableid, keys.slice(index), keyLengths.slice(index), count, read, grbit));
    return read.value;
  }
  return {
    JetPrereadKeys,
    /** Windows8Api.JetPrereadIndexRanges: ranges [rangeIndex, rangeIndex + rangeCount); how many were preread. */
    JetPrereadIndexRanges(
      sesid: JET_SESID, tableid: JET_TABLEID, indexRanges: JET_INDEX_RANGE[], rangeIndex: number, rangeCount: number,
      columnsPreread: JET_COLUMNID[] | null, grbit: number,
    ): number {
      const read = out(0);
      const columns = columnsPreread ?? [];
      check(jet.JetPrereadIndexRanges(sesid, tableid, indexRanges.slice(rangeIndex), rangeCount, read, columns, columns.length, grbit));
      return read.value;
    },
    /**
     * VistaApi.JetGetRecordSize: the sizes, added to `recsize` with GetRecordSizeGrbit.RunningTotal (ref JET_RECSIZE).
     * ManagedEsent's JET_RECSIZE has the compression counts too: it calls JetGetRecordSize2, as this does.
     */
    JetGetRecordSize(sesid: JET_SESID, tableid: JET_TABLEID, recsize: JET_RECSIZE2 | null, grbit: number): JET_RECSIZE2 {
      const box = out<JET_RECSIZE2>(recsize === null ? undefined : { ...recsize });
      check(jet.JetGetRecordSize2(sesid, tableid, box, grbit));
      return box.value;
    },
    JetDupCursor(sesid: JET_SESID, tableid: JET_TABLEID, grbit: number): JET_TABLEID {
      const box = out<JET_TABLEID>();
      check(jet.JetDupCursor(sesid, tableid, box, grbit));
      return box.value;
    },
    /** numRows: a JET_Move value or a count of entries to move (negative: backwards). */
    JetMove(sesid: JET_SESID, tableid: JET_TABLEID, numRows: number, grbit: number): void {
      check(jet.JetMove(sesid, tableid, numRows, grbit));
    },
    JetMakeKey(sesid: JET_SESID, tableid: JET_TABLEID, data: Uint8Array | null, dataSize: number, grbit: number): void {
      check(jet.JetMakeKey(sesid, tableid, data, dataSize, grbit));
    },
    /** A seek that lands on a key other than the one made returns JET_wrn.SeekNotEqual. */
    JetSeek(sesid: JET_SESID, tableid: JET_TABLEID, grbit: number): JET_wrn {
      return check(jet.JetSeek(sesid, tableid, grbit));
    },
    JetSetIndexRange(sesid: JET_SESID, tableid: JET_TABLEID, grbit: number): void {
      check(jet.JetSetIndexRange(sesid, tableid, grbit));
    },
    JetIndexRecordCount(sesid: JET_SESID, tableid: JET_TABLEID, maxRecordsToCount: number): number {
      const box = out(0);
      check(jet.JetIndexRecordCount(sesid, tableid, box, maxRecordsToCount));
      return box.value;
    },
    /** The 64-bit count (ManagedEsent's out long); maxRecordsToCount 0 counts everything. */
    JetIndexRecordCount2(sesid: JET_SESID, tableid: JET_TABLEID, maxRecordsToCount: number): number {
      const box = out(0);
      check(jet.JetIndexRecordCount2(sesid, tableid, box, maxRecordsToCount));
      return box.value;
    },
    /** Windows8Api.JetSetCursorFilter: the moves and seeks of the cursor skip records failing the filters (none: removed). */
    JetSetCursorFilter(sesid: JET_SESID, tableid: JET_TABLEID, filters: JET_INDEX_COLUMN[], grbit: number): void {
      check(jet.JetSetCursorFilter(sesid, tableid, filters, filters.length, grbit));
    },
    /** Copies the key into `data` and returns its full size. */
    JetRetrieveKey(sesid: JET_SESID, tableid: JET_TABLEID, data: Uint8Array | null, dataSize: number, grbit: number): number {
      const box = out(0);
      check(jet.JetRetrieveKey(sesid, tableid, data, dataSize, box, grbit));
      return box.value;
    },
    /** Copies the bookmark into `bookmark` and returns its full size. */
    JetGetBookmark(sesid: JET_SESID, tableid: JET_TABLEID, bookmark: Uint8Array | null, bookmarkSize: number): number {
      const box = out(0);
      check(jet.JetGetBookmark(sesid, tableid, bookmark, bookmarkSize, box));
      return box.value;
    },
    JetGotoBookmark(sesid: JET_SESID, tableid: JET_TABLEID, bookmark: Uint8Array | null, bookmarkSize: number): void {
      check(jet.JetGotoBookmark(sesid, tableid, bookmark, bookmarkSize));
    },
    JetGetSecondaryIndexBookmark(
      sesid: JET_SESID, tableid: JET_TABLEID, secondaryKey: Uint8Array | null, secondaryKeySize: number,
      primaryBookmark: Uint8Array | null, primaryBookmarkSize: number, grbit: number,
    ): { actualSecondaryKeySize: number; actualPrimaryBookmarkSize: number } {
      const key = out(0);
      const bookmark = out(0);
      check(jet.JetGetSecondaryIndexBookmark(
        sesid, tableid, secondaryKey, secondaryKeySize, key, primaryBookmark, primaryBookmarkSize, bookmark, grbit,
      ));
      return { actualSecondaryKeySize: key.value, actualPrimaryBookmarkSize: bookmark.value };
    },
    JetGotoSecondaryIndexBookmark(
      sesid: JET_SESID, tableid: JET_TABLEID, secondaryKey: Uint8Array | null, secondaryKeySize: number,
      primaryBookmark: Uint8Array | null, primaryBookmarkSize: number, grbit: number,
    ): void {
      check(jet.JetGotoSecondaryIndexBookmark(
        sesid, tableid, secondaryKey, secondaryKeySize, primaryBookmark, primaryBookmarkSize, grbit,
      ));
    },
    JetGetRecordPosition(sesid: JET_SESID, tableid: JET_TABLEID): JET_RECPOS {
      const box = out<JET_RECPOS>();
      check(jet.JetGetRecordPosition(sesid, tableid, box, 16));
      return box.value;
    },
    JetGotoPosition(sesid: JET_SESID, tableid: JET_TABLEID, recpos: JET_RECPOS): void {
      check(jet.JetGotoPosition(sesid, tableid, recpos));
    },
    JetIntersectIndexes(sesid: JET_SESID, ranges: JET_INDEXRANGE[], numRanges: number, grbit: number): JET_RECORDLIST {
      const box = out<JET_RECORDLIST>();
      check(jet.JetIntersectIndexes(sesid, ranges, numRanges, box, grbit));
      return box.value;
    },
    /** null or '' selects the clustered index. */
    JetSetCurrentIndex(sesid: JET_SESID, tableid: JET_TABLEID, index: string | null): void {
      check(jet.JetSetCurrentIndex(sesid, tableid, index));
    },
    JetSetCurrentIndex2(sesid: JET_SESID, tableid: JET_TABLEID, index: string | null, grbit: number): void {
      check(jet.JetSetCurrentIndex2(sesid, tableid, index, grbit));
    },
    JetSetCurrentIndex3(
      sesid: JET_SESID, tableid: JET_TABLEID, index: string | null, grbit: number, itagSequence: number,
    ): void {
      check(jet.JetSetCurrentIndex3(sesid, tableid, index, grbit, itagSequence));
    },
    JetSetCurrentIndex4(
      sesid: JET_SESID, tableid: JET_TABLEID, index: string | null, indexid: object | null, grbit: number,
      itagSequence: number,
    ): void {
      check(jet.JetSetCurrentIndex4(sesid, tableid, index, indexid, grbit, itagSequence));
    },
    /** The current index's name (the clustered index's name when none was chosen). */
    JetGetCurrentIndex(sesid: JET_SESID, tableid: JET_TABLEID, maxNameLength = NAME_MOST): string {
      const box = out('');
      check(jet.JetGetCurrentIndex(sesid, tableid, box, maxNameLength));
      return box.value;
    },
  };
}
