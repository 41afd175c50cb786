import { JET_MoveFirst, JET_MoveNext, JET_bitRecordInIndex } from '../constants/constants';
import { JET_errNoCurrentRecord } from '../constants/errors';
import type { JetApi } from '../jet/api';
import { out } from '../jet/types';
import type { JET_INDEXRANGE, JET_RECORDLIST, JET_SESID, JET_TABLEID } from '../jet/types';
import { check } from './check';

/** Room for one primary bookmark read from the record list. */
const BOOKMARK_ROOM = 4096;

/** ManagedEsent's Api.IntersectIndexes. */
export function intersectHelper(jet: JetApi) {
  return {
    /**
     * The primary bookmarks of the records in every one of the cursors' index ranges (each cursor on a
     * secondary index with its range set), read from JetIntersectIndexes' record list, which is then closed.
     */
    IntersectIndexes(sesid: JET_SESID, ...tableids: JET_TABLEID[]): Uint8Array[] {
      const ranges: JET_INDEXRANGE[] = tableids.map((tableid) => ({ tableid, grbit: JET_bitRecordInIndex }));
      const box = out<JET_RECORDLIST>();
      check(jet.JetIntersectIndexes(sesid, ranges, ranges.length, box, 0));
      const list = box.value;
      const bookmarks: Uint8Array[] = [];
      try {
        let err = jet.JetMove(sesid, list.tableid, JET_MoveFirst, 0);
        while (err !== JET_errNoCurrentRecord) {
          check(err);
          const room = new Uint8Array(BOOKMARK_ROOM);
          const size = out(0);
          check(jet.JetRetrieveColumn(sesid, list.tableid, list.columnidBookmark, room, room.length, size, 0, null));
          bookmarks.push(room.slice(0, size.value));
          err = jet.JetMove(sesid, list.tableid, JET_MoveNext, 0);
        }
      } finally {
        jet.JetCloseTable(sesid, list.tableid);
      }
      return bookmarks;
    },
  };
}
