import {
  JET_errBufferTooSmall, JET_errInvalidGrbit, JET_errInvalidParameter, JET_errOutOfMemory, JET_errSuccess,
  JET_wrnBufferTruncated, JET_wrnColumnNull,
} from '../constants/errors';
import { fail } from '../storage/failure';
import {
  JET_bitRetrieveAsRefIfNotInRecord, JET_bitRetrieveCopy, JET_bitRetrieveFromIndex, JET_bitRetrievePhysicalSize, JET_bitRetrieveTag,
  JET_bitRetrieveTuple, JET_bitSetSizeLV,
} from '../constants/constants';
import { out } from './types';
import {
  checkRetrieveColumnsAny, checkSetColumnsAny, closeAny, countColumnAny, deleteAny, dupAny, getBookmarkAny, gotoBookmarkAny,
  makeKeyAny, moveAny, prepareAny, retrieveColumnAny, retrieveKeyAny, seekAny, setColumnAny, setIndexRangeAny, updateAny,
} from '../engine/anyCursor';
import type { AnyCursor } from '../engine/cursorSet';
import type { ValuePlace } from '../engine/anyCursor';
import type { Engine } from '../engine/engine';
import { fromIndex, indexItag } from '../engine/indexRetrieve';
import { TableCursor } from '../engine/tableCursor';
import { EscrowCutShort } from '../engine/tableRead';
import { EngineFailure } from '../storage/failure';
import {
  arrayArg, columnidArg, grbitArg, inputBytes, inputCopy, intArg, objectArg, optionalOut, outArg, outputBuffer, outputRoom, sizeArg,
  writableField,
} from './args';
import { cursorOf } from './handles';
import { apiFunction, Host } from './host';
import type {
  JET_COLUMNID, JET_RETINFO, JET_RETRIEVECOLUMN, JET_SESID, JET_SETCOLUMN, JET_SETINFO, JET_TABLEID, Out,
} from './types';

/** The most bytes esemu will make up for a long value resized without data (an emulator limit: OutOfMemory above). */
const MAX_ZEROED = 64 * 1024 * 1024;

function zeroed(size: number): Uint8Array {
  if (size > MAX_ZEROED) fail(JET_errOutOfMemory);
  return new Uint8Array(size);
}

/** Copy `count` bytes; a plain loop beats creating a subarray view for the short values columns hold. */
function copyBytes(from: Uint8Array, to: Uint8Array, count: number): void {
  if (count > 64) {
    to.set(from.subarray(0, count));
    return;
  }
  for (let i = 0; i < count; i++) to[i] = from[i];
}

/** Copy a value into a caller's buffer; the full size goes to pcbActual. */
function copyOut(value: Uint8Array, pv: unknown, cbMax: unknown, pcbActual: unknown): number {
  const buffer = outputBuffer(pv, cbMax);
  const room = outputRoom(pv, cbMax);
  const actual = optionalOut<number>(pcbActual);
  if (buffer !== null) copyBytes(value, buffer, Math.min(room, value.length));
  if (actual !== null) actual.value = value.length;
  return value.length > room ? JET_wrnBufferTruncated : JET_errSuccess;
}

/** JetRetrieveColumn without a JET_RETINFO: itagSequence 1, ibLongValue 0 (fldext.cxx ErrIsamRetrieveColumn). */
const NO_PLACE: ValuePlace = { itag: 1, offset: 0 };
const PHYSICAL_SIZE = JET_bitRetrievePhysicalSize;

/** JetSetColumn without a JET_SETINFO: itagSequence 1, ibLongValue 0 (fldmod.cxx ErrIsamSetColumn), so the first value is set. */
const FIRST_VALUE: ValuePlace = { itag: 1, offset: 0 };

function placeOf(itagSequence: unknown, ibLongValue: unknown): ValuePlace {
  return {
    // Left out of the struct, itagSequence is 1, the first value (the usual C initialization sets it so); 0 given
    // explicitly keeps its meaning (a new value for a set, BadItagSequence for a retrieve of a tagged column).
    itag: itagSequence === undefined ? 1 : sizeArg(itagSequence),
    offset: ibLongValue === undefined ? 0 : sizeArg(ibLongValue),
  };
}

/** sizeof(JET_SETINFO) and sizeof(JET_RETINFO): the least cbStruct the engine takes. */
const SETINFO_SIZE = 12;
const RETINFO_SIZE = 16;

/**
 * Check a JET_SETINFO / JET_RETINFO and return the place it names. A cbStruct below the struct's size is the
 * engine's first check (fldmod.cxx ErrIsamSetColumn, fldext.cxx ErrIsamRetrieveColumn: InvalidParameter); left out,
 * it is taken as right.
 */
function checkInfo(info: unknown, absent: ValuePlace, size: number): ValuePlace {
  if (info === null || info === undefined) return absent;
  const i = objectArg<JET_SETINFO | JET_RETINFO>(info);
  if (i.cbStruct !== undefined && sizeArg(i.cbStruct) < size) fail(JET_errInvalidParameter);
  return placeOf(i.itagSequence, i.ibLongValue);
}

/** fldext.cxx (rec.hxx grbitRetrieveColumnInternalFlagsMask): grbits only the engine itself may pass. */
const INTERNAL_RETRIEVE_BITS = 0xf0000000 | 0;

/**
 * The grbit checks of a retrieve from a regular table before its column is looked up (fldext.cxx
 * ErrIsamRetrieveColumn, and per entry ErrRECRetrieveColumns): the engine's internal bits, the physical size's
 * conditions, then (JetRetrieveColumn only) a tuple read from anywhere but the index, and a reference asked for while
 * an update is prepared (the copy buffer is not stable storage).
 */
function checkRetrieveGrbit(cursor: TableCursor, bits: number, room: unknown, actual: Out<number> | null, place: ValuePlace, single: boolean): void {
  if ((bits & INTERNAL_RETRIEVE_BITS) !== 0) fail(JET_errInvalidGrbit);
  if ((bits & PHYSICAL_SIZE) !== 0) {
    // The size only, into pcbActual; the copy buffer may be named, nothing else; no data, no offset.
    if ((bits & ~(PHYSICAL_SIZE | JET_bitRetrieveCopy)) !== 0) fail(JET_errInvalidGrbit);
    if (sizeArg(room) !== 0 || actual === null || place.offset !== 0) fail(JET_errInvalidParameter);
  }
  if (single && (bits & JET_bitRetrieveTuple) !== 0 && (bits & JET_bitRetrieveFromIndex) === 0) fail(JET_errInvalidGrbit);
  if ((bits & JET_bitRetrieveAsRefIfNotInRecord) !== 0 && cursor.update !== null) fail(JET_errInvalidGrbit);
}

function retrieveOne(
  e: Engine, cursor: AnyCursor, columnid: unknown, pv: unknown, cb: unknown, pcbActual: unknown, grbit: unknown, place: ValuePlace,
  single = false,
): number {
  const id = columnidArg(columnid);
  const bits = grbitArg(grbit);
  const buffer = outputBuffer(pv, cb);
  const room = outputRoom(pv, cb);
  const actual = optionalOut<number>(pcbActual);
  if (cursor instanceof TableCursor) checkRetrieveGrbit(cursor, bits, cb, actual, place, single);
  let length: number;
  try {
    length = retrieveColumnAny(e, cursor, id, bits, place, buffer, room);
  } catch (caught) {
    // An escrow column cut short: the engine has written the length before it fails.
    if (caught instanceof EscrowCutShort && actual !== null) actual.value = caught.length;
    throw caught;
  }
  if (actual !== null) actual.value = Math.max(length, 0);
  if (length < 0) return JET_wrnColumnNull;
  return length > room && (bits & PHYSICAL_SIZE) === 0 ? JET_wrnBufferTruncated : JET_errSuccess;
}

/** What JetRetrieveColumns writes into each entry (on a regular table also the column read). */
const RETRIEVED = ['err', 'cbActual'] as const;
const RETRIEVED_TABLE = ['err', 'cbActual', 'columnidNextTagged'] as const;

/** Run one element of a JetSetColumns / JetRetrieveColumns array, turning a failure into its code. */
function each(run: () => number): number {
  try {
    return run();
  } catch (caught) {
    if (caught instanceof EngineFailure) return caught.code;
    throw caught;
  }
}

/**
 * The first `count` entries of an array of structs (JET_SETCOLUMN, JET_RETRIEVECOLUMN), each checked to be
 * an object whose output fields can be written, before any of them is acted on.
 */
function structs<T extends object>(value: unknown, count: unknown, outputs: readonly string[]): T[] {
  const n = sizeArg(count);
  const list = n === 0 ? [] : arrayArg<T>(value, n);
  const checked: T[] = [];
  for (let i = 0; i < n; i++) {
    const c = objectArg<T>(list[i]);
    for (const field of outputs) writableField(c, field);
    checked.push(c);
  }
  return checked;
}

export function cursorApi(host: Host) {
  return {
    JetPrepareUpdate: apiFunction(host, 'JetPrepareUpdate', (e, sesid: JET_SESID, tableid: JET_TABLEID, prep: number) => {
      const cursor = cursorOf(e, sesid, tableid);
      prepareAny(e, cursor, intArg(prep));
      return JET_errSuccess;
    }),
    JetSetColumn: apiFunction(host, 'JetSetColumn',
      (e, sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID, pvData: Uint8Array | null, cbData: number, grbit: number, psetinfo: JET_SETINFO | null) => {
        const cursor = cursorOf(e, sesid, tableid);
        const id = columnidArg(columnid);
        const bits = grbitArg(grbit);
        // With JET_bitSetSizeLV only cbData counts: the data pointer may be NULL (fldmod.cxx:1696).
        const sizeOnly = (bits & JET_bitSetSizeLV) !== 0 && (pvData === null || pvData === undefined);
        const data = sizeOnly ? zeroed(sizeArg(cbData)) : inputCopy(pvData, cbData);
        const place = checkInfo(psetinfo, FIRST_VALUE, SETINFO_SIZE);
        return setColumnAny(e, cursor, id, data, bits, place);
      }),
    JetSetColumns: apiFunction(host, 'JetSetColumns', (e, sesid: JET_SESID, tableid: JET_TABLEID, psetcolumn: JET_SETCOLUMN[], csetcolumn: number) => {
      const cursor = cursorOf(e, sesid, tableid);
      const list = structs<JET_SETCOLUMN>(psetcolumn, csetcolumn, ['err']);
      // fldmod.cxx ErrIsamSetColumns: the table, transaction and update checks come first, with no entry read (so
      // they apply to an empty list too), then every entry's cbData is checked before any is set.
      checkSetColumnsAny(e, cursor);
      for (const c of list) sizeArg(c.cbData);
      for (const c of list) {
        const code = each(() => {
          const place = placeOf(c.itagSequence, c.ibLongValue);
          return setColumnAny(e, cursor, columnidArg(c.columnid), inputCopy(c.pvData, c.cbData), grbitArg(c.grbit ?? 0), place);
        });
        // The entry that fails keeps its err as the caller left it (the engine writes err after a success only);
        // the entries before it stay set.
        if (code < 0) return code;
        c.err = code;
      }
      return JET_errSuccess;
    }),
    JetUpdate: apiFunction(host, 'JetUpdate',
      (e, sesid: JET_SESID, tableid: JET_TABLEID, pvBookmark: Uint8Array | null, cbBookmark: number, pcbActual: Out<number> | null) => {
        const cursor = cursorOf(e, sesid, tableid);
        const buffer = outputBuffer(pvBookmark, cbBookmark);
        const actual = optionalOut<number>(pcbActual);
        const bookmark = updateAny(e, cursor, buffer !== null || actual !== null, buffer === null ? null : outputRoom(pvBookmark, cbBookmark));
        copyOut(bookmark, pvBookmark, cbBookmark, pcbActual);
        return JET_errSuccess;
      }),
    JetDelete: apiFunction(host, 'JetDelete', (e, sesid: JET_SESID, tableid: JET_TABLEID) => {
      deleteAny(e, cursorOf(e, sesid, tableid));
      return JET_errSuccess;
    }),
    JetMove: apiFunction(host, 'JetMove', (e, sesid: JET_SESID, tableid: JET_TABLEID, cRow: number, grbit: number) => {
      const cursor = cursorOf(e, sesid, tableid);
      moveAny(e, cursor, intArg(cRow), grbitArg(grbit));
      return JET_errSuccess;
    }),
    JetMakeKey: apiFunction(host, 'JetMakeKey', (e, sesid: JET_SESID, tableid: JET_TABLEID, pvData: Uint8Array | null, cbData: number, grbit: number) => {
      const cursor = cursorOf(e, sesid, tableid);
      makeKeyAny(e, cursor, inputBytes(pvData, cbData), grbitArg(grbit));
      return JET_errSuccess;
    }),
    JetSeek: apiFunction(host, 'JetSeek', (e, sesid: JET_SESID, tableid: JET_TABLEID, grbit: number) => {
      const cursor = cursorOf(e, sesid, tableid);
      return seekAny(e, cursor, grbitArg(grbit));
    }),
    JetSetIndexRange: apiFunction(host, 'JetSetIndexRange', (e, sesid: JET_SESID, tableid: JET_TABLEID, grbit: number) => {
      const cursor = cursorOf(e, sesid, tableid);
      setIndexRangeAny(e, cursor, grbitArg(grbit));
      return JET_errSuccess;
    }),
    JetRetrieveColumn: apiFunction(host, 'JetRetrieveColumn',
      (e, sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID, pvData: Uint8Array | null, cbData: number, pcbActual: Out<number> | null, grbit: number, pretinfo: JET_RETINFO | null) => {
        const cursor = cursorOf(e, sesid, tableid);
        // The usual call: no JET_RETINFO, so no place to read and no itagSequence to write back.
        if (pretinfo === null || pretinfo === undefined) return retrieveOne(e, cursor, columnid, pvData, cbData, pcbActual, grbit, NO_PLACE, true);
        const place = checkInfo(pretinfo, NO_PLACE, RETINFO_SIZE);
        const bits = grbitArg(grbit);
        const table = cursor instanceof TableCursor;
        // fldext.cxx: with RetrieveFromIndex, JET_bitRetrieveTag reports the itagSequence the entry came from.
        const tag = (bits & JET_bitRetrieveTag) !== 0 && fromIndex(bits) && table;
        if (tag) writableField(pretinfo, 'itagSequence');
        if (table) writableField(pretinfo, 'columnidNextTagged');
        const code = retrieveOne(e, cursor, columnid, pvData, cbData, pcbActual, grbit, place, true);
        if (tag) (pretinfo as JET_RETINFO).itagSequence = indexItag(cursor, columnidArg(columnid), bits);
        // fldext.cxx ErrIsamRetrieveColumn: a retrieve that did not fail names the column it read.
        if (table) (pretinfo as JET_RETINFO).columnidNextTagged = columnidArg(columnid) as JET_COLUMNID;
        return code;
      }),
    JetRetrieveColumns: apiFunction(host, 'JetRetrieveColumns',
      (e, sesid: JET_SESID, tableid: JET_TABLEID, pretrievecolumn: JET_RETRIEVECOLUMN[], cretrievecolumn: number) => {
        const cursor = cursorOf(e, sesid, tableid);
        const outputs = cursor instanceof TableCursor ? RETRIEVED_TABLE : RETRIEVED;
        const list = structs<JET_RETRIEVECOLUMN>(pretrievecolumn, cretrievecolumn, outputs);
        checkRetrieveColumnsAny(e, cursor);
        let result = JET_errSuccess;
        for (const c of list) {
          const size = out<number>(0);
          // fldext.cxx ErrRECRetrieveColumns: itagSequence 0 (given as 0; left out, it reads value 1) counts the
          // column's values into itagSequence, unless the value is read from the index.
          if (c.itagSequence === 0 && !fromIndex(grbitArg(c.grbit ?? 0))) {
            const counted = each(() => {
              writableField(c, 'itagSequence');
              writableField(c, 'columnidNextTagged');
              c.itagSequence = countColumnAny(e, cursor, columnidArg(c.columnid), grbitArg(c.grbit ?? 0));
              c.columnidNextTagged = c.columnid;
              return JET_errSuccess;
            });
            if (counted < 0) return counted;
            c.err = counted;
            c.cbActual = 0;
            continue;
          }
          let cut = false;
          const code = each(() => {
            let rc: number;
            try {
              rc = retrieveOne(e, cursor, c.columnid, c.pvData, c.cbData, size, c.grbit ?? 0, placeOf(c.itagSequence, c.ibLongValue));
            } catch (caught) {
              cut = caught instanceof EscrowCutShort;
              throw caught;
            }
            // fldext.cxx ErrRECRetrieveColumns: RetrieveFromIndex | RetrieveTag writes the entry's itagSequence back.
            const bits = grbitArg(c.grbit ?? 0);
            if ((bits & JET_bitRetrieveTag) !== 0 && fromIndex(bits) && cursor instanceof TableCursor) {
              writableField(c, 'itagSequence');
              c.itagSequence = indexItag(cursor, columnidArg(c.columnid), bits);
            }
            return rc;
          });
          // fldext.cxx ErrRECRetrieveColumns: a failure ends the call with the entry as the caller left it (Call()
          // leaves the loop before err and cbActual are written), except an escrow column cut short, whose entry is
          // marked truncated, with its length, before the adjustment fails.
          if (code < 0) {
            if (cut) {
              c.err = JET_wrnBufferTruncated;
              c.cbActual = size.value;
            }
            return code;
          }
          c.err = code;
          c.cbActual = size.value;
          // fldext.cxx ErrRECRetrieveColumns: an entry that did not fail names the column it read.
          if (cursor instanceof TableCursor) c.columnidNextTagged = c.columnid;
          // Of the per-column warnings, only truncation is reported for the whole call.
          if (code === JET_wrnBufferTruncated) result = code;
        }
        return result;
      }),
    JetRetrieveKey: apiFunction(host, 'JetRetrieveKey',
      (e, sesid: JET_SESID, tableid: JET_TABLEID, pvKey: Uint8Array | null, cbMax: number, pcbActual: Out<number> | null, grbit: number) => {
        const cursor = cursorOf(e, sesid, tableid);
        outputBuffer(pvKey, cbMax);
        optionalOut<number>(pcbActual);
        const bits = grbitArg(grbit);
        const key = retrieveKeyAny(e, cursor, bits);
        const code = copyOut(key, pvKey, cbMax, pcbActual);
        return (bits & 0x1) !== 0 ? JET_errSuccess : code;
      }),
    JetGetBookmark: apiFunction(host, 'JetGetBookmark',
      (e, sesid: JET_SESID, tableid: JET_TABLEID, pvBookmark: Uint8Array | null, cbMax: number, pcbActual: Out<number> | null) => {
        const cursor = cursorOf(e, sesid, tableid);
        outputBuffer(pvBookmark, cbMax);
        const room = outputRoom(pvBookmark, cbMax);
        optionalOut<number>(pcbActual);
        const bookmark = getBookmarkAny(e, cursor, room);
        copyOut(bookmark, pvBookmark, cbMax, pcbActual);
        return bookmark.length > room ? JET_errBufferTooSmall : JET_errSuccess;
      }),
    JetGotoBookmark: apiFunction(host, 'JetGotoBookmark', (e, sesid: JET_SESID, tableid: JET_TABLEID, pvBookmark: Uint8Array | null, cbBookmark: number) => {
      const cursor = cursorOf(e, sesid, tableid);
      gotoBookmarkAny(e, cursor, inputBytes(pvBookmark, cbBookmark) ?? new Uint8Array(0));
      return JET_errSuccess;
    }),
    JetDupCursor: apiFunction(host, 'JetDupCursor', (e, sesid: JET_SESID, tableid: JET_TABLEID, ptableid: Out<JET_TABLEID>, grbit: number) => {
      const cursor = cursorOf(e, sesid, tableid);
      const box = outArg<JET_TABLEID>(ptableid);
      box.value = dupAny(e, cursor).handle as JET_TABLEID;
      return JET_errSuccess;
    }),
    JetCloseTable: apiFunction(host, 'JetCloseTable', (e, sesid: JET_SESID, tableid: JET_TABLEID) => {
      closeAny(e, cursorOf(e, sesid, tableid));
      return JET_errSuccess;
    }),
  };
}
