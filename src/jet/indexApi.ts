import {
  JET_errBufferTooSmall, JET_errInvalidParameter, JET_errSuccess,
} from '../constants/errors';
import { tableOnly } from '../engine/anyCursor';
import type { Engine } from '../engine/engine';
import { IndexRange, intersectIndexes } from '../engine/intersectIndexes';
import { gotoSecondaryBookmark, secondaryBookmark } from '../engine/secondaryBookmark';
import { TableCursor } from '../engine/tableCursor';
import { fail } from '../storage/failure';
import { arrayArg, grbitArg, inputBytes, intArg, objectArg, optionalOut, outArg, outputBuffer, outputRoom, sizeArg } from './args';
import { cursorOf, sessionOf } from './handles';
import { apiFunction, Host } from './host';
import type { JET_COLUMNID, JET_INDEXRANGE, JET_RECORDLIST, JET_SESID, JET_TABLEID, Out } from './types';
import { JET_tableidNil } from './types';

/** sizeof(JET_INDEXRANGE) on x64: cbStruct, an 8-byte tableid, grbit, padded to 8. */
const JET_INDEXRANGE_SIZE = 24;
/** sizeof(JET_RECORDLIST) on x64: cbStruct, an 8-byte tableid, cRecord, columnidBookmark. */
const JET_RECORDLIST_SIZE = 24;
/** rec.cxx ErrIsamIntersectIndexes: at most 64 ranges. */
const MAX_RANGES = 64;

/** A regular-table cursor for the index-bookmark calls: a sort or temp table dispatches to the engine's ErrIllegal* (IllegalOperation). */
function indexCursorOf(e: Engine, sesid: unknown, tableid: unknown): TableCursor {
  return tableOnly(e, cursorOf(e, sesid, tableid));
}

/** Copy `value` into an output buffer of `room` bytes; true when it did not fit. */
function copyInto(value: Uint8Array, buffer: Uint8Array | null, room: number, actual: Out<number> | null): boolean {
  if (actual !== null) actual.value = value.length;
  if (buffer !== null) buffer.set(value.subarray(0, Math.min(room, value.length)));
  return value.length > room;
}

/** JetGetSecondaryIndexBookmark, JetGotoSecondaryIndexBookmark, JetIntersectIndexes. */
export function indexApi(host: Host) {
  return {
    JetGetSecondaryIndexBookmark: apiFunction(host, 'JetGetSecondaryIndexBookmark',
      (e, sesid: JET_SESID, tableid: JET_TABLEID, pvSecondaryKey: Uint8Array | null, cbSecondaryKeyMax: number,
        pcbSecondaryKeyActual: Out<number> | null, pvPrimaryBookmark: Uint8Array | null, cbPrimaryBookmarkMax: number,
        pcbPrimaryBookmarkActual: Out<number> | null, grbit: number) => {
        const keyBuffer = outputBuffer(pvSecondaryKey, cbSecondaryKeyMax);
        const keyRoom = outputRoom(pvSecondaryKey, cbSecondaryKeyMax);
        const keyActual = optionalOut<number>(pcbSecondaryKeyActual);
        const bmBuffer = outputBuffer(pvPrimaryBookmark, cbPrimaryBookmarkMax);
        const bmRoom = outputRoom(pvPrimaryBookmark, cbPrimaryBookmarkMax);
        const bmActual = optionalOut<number>(pcbPrimaryBookmarkActual);
        // jetapi.cxx JetGetSecondaryIndexBookmark does not pass its grbit on.
        grbitArg(grbit);
        const c = indexCursorOf(e, sesid, tableid);
        const { key, bookmark } = secondaryBookmark(e, c);
        const keyShort = copyInto(key, keyBuffer, keyRoom, keyActual);
        const bmShort = copyInto(bookmark, bmBuffer, bmRoom, bmActual);
        return keyShort || bmShort ? JET_errBufferTooSmall : JET_errSuccess;
      }),
    JetGotoSecondaryIndexBookmark: apiFunction(host, 'JetGotoSecondaryIndexBookmark',
      (e, sesid: JET_SESID, tableid: JET_TABLEID, pvSecondaryKey: Uint8Array | null, cbSecondaryKey: number,
        pvPrimaryBookmark: Uint8Array | null, cbPrimaryBookmark: number, grbit: number) => {
        const key = inputBytes(pvSecondaryKey, cbSecondaryKey);
        const bookmark = inputBytes(pvPrimaryBookmark, cbPrimaryBookmark);
        const bits = grbitArg(grbit);
        const c = indexCursorOf(e, sesid, tableid);
        // Views of the caller's bytes: the call reads them at once and keeps nothing of them.
        gotoSecondaryBookmark(e, c, key, bookmark, bits);
        return JET_errSuccess;
      }),
    JetIntersectIndexes: apiFunction(host, 'JetIntersectIndexes',
      (e, sesid: JET_SESID, rgindexrange: JET_INDEXRANGE[], cindexrange: number, precordlist: Out<JET_RECORDLIST>, grbit: number) => {
        const ses = sessionOf(e, sesid);
        const box = outArg<JET_RECORDLIST>(precordlist);
        // rec.cxx: the record list's cbStruct must be sizeof(JET_RECORDLIST) (here: when the box already holds one).
        const given = box.value as unknown;
        if (given !== undefined && given !== null) {
          const list = objectArg<{ cbStruct?: unknown }>(given);
          if (list.cbStruct !== undefined && list.cbStruct !== JET_RECORDLIST_SIZE) fail(JET_errInvalidParameter);
        }
        const n = sizeArg(cindexrange);
        grbitArg(grbit);
        if (n === 0 || n > MAX_RANGES) fail(JET_errInvalidParameter);
        const items = arrayArg<JET_INDEXRANGE>(rgindexrange, n);
        const ranges: IndexRange[] = [];
        for (let i = 0; i < n; i++) {
          const r = objectArg<JET_INDEXRANGE>(items[i]);
          if (r.cbStruct !== undefined && r.cbStruct !== JET_INDEXRANGE_SIZE) fail(JET_errInvalidParameter);
          const tableid = intArg(r.tableid);
          const bits = grbitArg(r.grbit);
          const c = cursorOf(e, ses.handle, tableid);
          if (!(c instanceof TableCursor)) fail(JET_errInvalidParameter);
          ranges.push({ cursor: c, grbit: bits });
        }
        box.value = { cbStruct: JET_RECORDLIST_SIZE, tableid: JET_tableidNil as JET_TABLEID, cRecord: 0, columnidBookmark: 0 as JET_COLUMNID };
        const made = intersectIndexes(e, ses, ranges);
        box.value = {
          cbStruct: JET_RECORDLIST_SIZE, tableid: made.cursor.handle as JET_TABLEID, cRecord: made.count,
          columnidBookmark: made.columnid as JET_COLUMNID,
        };
        return JET_errSuccess;
      }),
  };
}
