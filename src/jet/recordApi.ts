import { JET_errSuccess } from '../constants/errors';
import { escrowUpdateAny, getLockAny, updateAny } from '../engine/anyCursor';
import { gotoPosition, recordPosition } from '../engine/tableNav';
import { fail } from '../storage/failure';
import { JET_errInvalidParameter } from '../constants/errors';
import {
  arrayArg, columnidArg, grbitArg, inputBytes, intArg, objectArg, optionalOut, outArg, outputBuffer, outputRoom, sizeArg,
} from './args';
import { bytesLength, isBytes, ownBytes } from './callerValues';
import { computeStats, cursorInfo, tableSequential } from '../engine/cursorHints';
import { setCursorFilter } from '../engine/cursorFilter';
import type { FilterSpec } from '../engine/cursorFilter';
import { tableOnly } from '../engine/anyCursor';
import { cursorOf, tableCursorOf } from './handles';
import { apiFunction, Host } from './host';
import type { JET_COLUMNID, JET_INDEX_COLUMN, JET_RECPOS, JET_SESID, JET_TABLEID, Out } from './types';

/** sizeof(JET_RECPOS): four ULONGs. */
const JET_RECPOS_SIZE = 16;

/** Record-level calls beyond the basic cursor ones: locks, escrow updates, JetUpdate2, cursor hints and statistics. */
export function recordApi(host: Host) {
  return {
    JetGetCursorInfo: apiFunction(host, 'JetGetCursorInfo',
      (e, sesid: JET_SESID, tableid: JET_TABLEID, pvResult: Uint8Array | null, cbMax: number, InfoLevel: number) => {
        const c = cursorOf(e, sesid, tableid);
        // info.cxx ErrIsamGetCursorInfo never reads or writes pvResult: only cbMax 0 is accepted.
        void pvResult;
        cursorInfo(e, c, sizeArg(cbMax), intArg(InfoLevel));
        return JET_errSuccess;
      }),
    JetSetTableSequential: apiFunction(host, 'JetSetTableSequential', (e, sesid: JET_SESID, tableid: JET_TABLEID, grbit: number) => {
      const c = cursorOf(e, sesid, tableid);
      grbitArg(grbit);
      tableSequential(e, c);
      return JET_errSuccess;
    }),
    JetResetTableSequential: apiFunction(host, 'JetResetTableSequential', (e, sesid: JET_SESID, tableid: JET_TABLEID, grbit: number) => {
      const c = cursorOf(e, sesid, tableid);
      grbitArg(grbit);
      tableSequential(e, c);
      return JET_errSuccess;
    }),
    JetComputeStats: apiFunction(host, 'JetComputeStats', (e, sesid: JET_SESID, tableid: JET_TABLEID) => {
      computeStats(e, cursorOf(e, sesid, tableid));
      return JET_errSuccess;
    }),
    JetSetCursorFilter: apiFunction(host, 'JetSetCursorFilter',
      (e, sesid: JET_SESID, tableid: JET_TABLEID, rgColumnFilters: JET_INDEX_COLUMN[] | null, cColumnFilters: number, grbit: number) => {
        const c = cursorOf(e, sesid, tableid);
        const specs = indexColumns(rgColumnFilters, cColumnFilters);
        const bits = grbitArg(grbit);
        setCursorFilter(e, tableOnly(e, c), specs, bits);
        return JET_errSuccess;
      }),
    JetGetLock: apiFunction(host, 'JetGetLock', (e, sesid: JET_SESID, tableid: JET_TABLEID, grbit: number) => {
      const c = cursorOf(e, sesid, tableid);
      getLockAny(e, c, grbitArg(grbit));
      return JET_errSuccess;
    }),
    JetEscrowUpdate: apiFunction(host, 'JetEscrowUpdate',
      (e, sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID, pv: Uint8Array, cbMax: number, pvOld: Uint8Array | null, cbOldMax: number, pcbOldActual: Out<number> | null, grbit: number) => {
        const c = cursorOf(e, sesid, tableid);
        const id = columnidArg(columnid);
        const delta = inputBytes(pv, cbMax) ?? new Uint8Array(0);
        const old = outputBuffer(pvOld, cbOldMax);
        const room = outputRoom(pvOld, cbOldMax);
        const actual = optionalOut<number>(pcbOldActual);
        grbitArg(grbit);
        const before = escrowUpdateAny(e, c, id, delta, old === null ? null : room);
        if (old !== null) old.set(before.subarray(0, Math.min(room, before.length)));
        if (actual !== null) actual.value = before.length;
        return JET_errSuccess;
      }),
    JetGetRecordPosition: apiFunction(host, 'JetGetRecordPosition',
      (e, sesid: JET_SESID, tableid: JET_TABLEID, precpos: Out<JET_RECPOS>, cbRecpos: number) => {
        const c = tableCursorOf(e, sesid, tableid);
        const box = outArg<JET_RECPOS>(precpos);
        if (sizeArg(cbRecpos) < JET_RECPOS_SIZE) fail(JET_errInvalidParameter);
        const { before, total } = recordPosition(e, c);
        box.value = { cbStruct: JET_RECPOS_SIZE, centriesLT: before, centriesInRange: 1, centriesTotal: total };
        return JET_errSuccess;
      }),
    JetGotoPosition: apiFunction(host, 'JetGotoPosition', (e, sesid: JET_SESID, tableid: JET_TABLEID, precpos: JET_RECPOS) => {
      const c = tableCursorOf(e, sesid, tableid);
      const pos = objectArg<JET_RECPOS>(precpos);
      if (pos.cbStruct !== undefined) sizeArg(pos.cbStruct);
      sizeArg(pos.centriesInRange);
      const before = sizeArg(pos.centriesLT);
      const total = sizeArg(pos.centriesTotal);
      if (before > total) fail(JET_errInvalidParameter);
      gotoPosition(e, c, before, total);
      return JET_errSuccess;
    }),
    JetUpdate2: apiFunction(host, 'JetUpdate2',
      (e, sesid: JET_SESID, tableid: JET_TABLEID, pvBookmark: Uint8Array | null, cbBookmark: number, pcbActual: Out<number> | null, grbit: number) => {
        const c = cursorOf(e, sesid, tableid);
        const buffer = outputBuffer(pvBookmark, cbBookmark);
        const room = outputRoom(pvBookmark, cbBookmark);
        const actual = optionalOut<number>(pcbActual);
        const bits = grbitArg(grbit);
        const bookmark = updateAny(e, c, buffer !== null || actual !== null, buffer === null ? null : room, bits);
        if (buffer !== null) buffer.set(bookmark.subarray(0, Math.min(room, bookmark.length)));
        if (actual !== null) actual.value = bookmark.length;
        return JET_errSuccess;
      }),
  };
}

/**
 * The first `count` JET_INDEX_COLUMNs of an array, screened (the engine copies the values it keeps). Only what
 * JavaScript adds is screened here (a value that is not bytes, a length past the buffer's end: InvalidParameter);
 * the engine's own rules on pv and cb are the caller's (cursorFilter.ts).
 */
export function indexColumns(value: unknown, count: unknown): FilterSpec[] {
  const n = sizeArg(count);
  if (n === 0) return [];
  const list = arrayArg<unknown>(value, n);
  const specs: FilterSpec[] = [];
  // A loop by index, not map(): map skips the holes of a sparse array, which must count as bad entries.
  for (let i = 0; i < n; i++) specs.push(indexColumn(list[i]));
  return specs;
}

/** One JET_INDEX_COLUMN, screened and copied (see indexColumns). */
function indexColumn(entry: unknown): FilterSpec {
  const c = objectArg<Partial<JET_INDEX_COLUMN>>(entry);
  const columnid = columnidArg(c.columnid);
  const relop = intArg(c.relop);
  const cb = sizeArg(c.cb);
  const grbit = grbitArg(c.grbit ?? 0);
  const pv: unknown = c.pv;
  if (pv === null || pv === undefined) return { columnid, relop, pv: null, cb, grbit };
  if (!isBytes(pv) || cb > bytesLength(pv)) fail(JET_errInvalidParameter);
  // A view of the caller's bytes: the engine copies the value it keeps (cursorFilter.ts condition).
  return { columnid, relop, pv: ownBytes(pv, cb), cb, grbit };
}
