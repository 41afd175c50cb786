import { JET_errInvalidGrbit, JET_errSuccess, JET_wrnBufferTruncated } from '../constants/errors';
import * as C from '../constants/constants';
import { fail } from '../storage/failure';
import { checkOpenGrbit, openTableCursor } from '../engine/tableCursor';
import {
  addColumn, checkBatchIndexCreate, createIndex, createTable, deleteColumn, deleteIndex, deleteTable,
} from '../engine/tableDdl';
import { renameColumn, renameTable } from '../engine/renameDdl';
import { enterDatabase } from '../engine/database';
import { currentIndexName, entryCount, setCurrentIndex } from '../engine/tableNav';
import { grbitArg, inputBytes, intArg, objectArg, optionalString, outArg, size64Arg, sizeArg, stringArg } from './args';
import { cursorOf, sessionOf, tableCursorOf } from './handles';
import { gateTempCursor, tableOnly } from '../engine/anyCursor';
import type { AnyCursor } from '../engine/cursorSet';
import { checkColumnInfoRoom, columnInfo, columnNameOrId } from './columnIndexInfo';
import { createTableColumnIndex } from './createTableColumnIndex';
import { columnRequest, indexCreateRequest, indexRequest, structList, writesIndexErr } from './ddlRequests';
import { apiFunction, Host } from './host';
import type { Engine } from '../engine/engine';
import type {
  JET_COLUMNBASE, JET_COLUMNDEF, JET_COLUMNDEF_INFO, JET_COLUMNID, JET_COLUMNLIST, JET_DBID, JET_INDEXCREATE, JET_SESID,
  JET_TABLECREATE, JET_TABLEID, Out,
} from './types';
import { JET_tableidNil } from './types';

export function tableApi(host: Host) {
  return {
    JetCreateTable: apiFunction(host, 'JetCreateTable',
      (e, sesid: JET_SESID, dbid: JET_DBID, szTableName: string, lPages: number, lDensity: number, ptableid: Out<JET_TABLEID>) => {
        const ses = sessionOf(e, sesid);
        const name = stringArg(szTableName);
        const pages = intArg(lPages);
        const density = intArg(lDensity);
        const box = outArg<JET_TABLEID>(ptableid);
        const db = enterDatabase(e, ses, dbid);
        box.value = createTable(e, ses, db, name, pages, density, [], []).cursor.handle as JET_TABLEID;
        return JET_errSuccess;
      }),
    JetCreateTableColumnIndex: apiFunction(host, 'JetCreateTableColumnIndex', (e, sesid: JET_SESID, dbid: JET_DBID, ptablecreate: JET_TABLECREATE) =>
      createTableColumnIndex(e, sesid, dbid, ptablecreate, true)),
    JetCreateTableColumnIndex2: apiFunction(host, 'JetCreateTableColumnIndex2', (e, sesid: JET_SESID, dbid: JET_DBID, ptablecreate: JET_TABLECREATE) =>
      createTableColumnIndex(e, sesid, dbid, ptablecreate, true)),
    JetCreateTableColumnIndex3: apiFunction(host, 'JetCreateTableColumnIndex3', (e, sesid: JET_SESID, dbid: JET_DBID, ptablecreate: JET_TABLECREATE) =>
      createTableColumnIndex(e, sesid, dbid, ptablecreate, false)),
    JetCreateTableColumnIndex4: apiFunction(host, 'JetCreateTableColumnIndex4', (e, sesid: JET_SESID, dbid: JET_DBID, ptablecreate: JET_TABLECREATE) =>
      createTableColumnIndex(e, sesid, dbid, ptablecreate, false)),
    JetOpenTable: apiFunction(host, 'JetOpenTable',
      (e, sesid: JET_SESID, dbid: JET_DBID, szTableName: string, pvParameters: Uint8Array | null, cbParameters: number, grbit: number, ptableid: Out<JET_TABLEID>) => {
        const ses = sessionOf(e, sesid);
        const name = stringArg(szTableName);
        inputBytes(pvParameters, cbParameters);
        const bits = grbitArg(grbit);
        const box = outArg<JET_TABLEID>(ptableid);
        const db = enterDatabase(e, ses, dbid);
        // fileopen.cxx ErrIsamOpenTable: the result is JET_tableidNil until the table is open.
        box.value = JET_tableidNil;
        checkOpenGrbit(bits);
        box.value = openTableCursor(e, ses, db, name, bits).handle as JET_TABLEID;
        return JET_errSuccess;
      }),
    JetDeleteTable: apiFunction(host, 'JetDeleteTable', (e, sesid: JET_SESID, dbid: JET_DBID, szTableName: string) => {
      const ses = sessionOf(e, sesid);
      const name = stringArg(szTableName);
      deleteTable(e, ses, enterDatabase(e, ses, dbid), name);
      return JET_errSuccess;
    }),
    JetAddColumn: apiFunction(host, 'JetAddColumn',
      (e, sesid: JET_SESID, tableid: JET_TABLEID, szColumnName: string, pcolumndef: JET_COLUMNDEF, pvDefault: Uint8Array | null, cbDefault: number, pcolumnid: Out<JET_COLUMNID> | null) => {
        const cursor = tableCursorOf(e, sesid, tableid);
        const def = objectArg<JET_COLUMNDEF>(pcolumndef);
        const req = columnRequest(szColumnName, def, pvDefault, cbDefault);
        const box = pcolumnid === null || pcolumnid === undefined ? null : outArg<JET_COLUMNID>(pcolumnid);
        const { col, warning } = addColumn(e, cursor, req);
        if (box !== null) box.value = col.columnid as JET_COLUMNID;
        return warning;
      }),
    JetCreateIndex: apiFunction(host, 'JetCreateIndex',
      (e, sesid: JET_SESID, tableid: JET_TABLEID, szIndexName: string, grbit: number, szKeyDescription: string, cbKey: number, lDensity: number) => {
        const cursor = tableCursorOf(e, sesid, tableid);
        const density = intArg(lDensity);
        // jetapi.cxx JetCreateIndexEx: a JET_INDEXCREATE of the first version, its density turned into space hints.
        createIndex(e, cursor, { ...indexRequest(szIndexName, grbit, szKeyDescription, cbKey, 0, 0), density, spaceHints: true });
        return JET_errSuccess;
      }),
    JetCreateIndex2: apiFunction(host, 'JetCreateIndex2', (e, sesid: JET_SESID, tableid: JET_TABLEID, pindexcreate: JET_INDEXCREATE[], cIndexCreate: number) =>
      createIndexes(e, sesid, tableid, pindexcreate, cIndexCreate, true)),
    /** JET_INDEXCREATE2: the same fields (its space hints are not read: esemu has no pages). */
    JetCreateIndex3: apiFunction(host, 'JetCreateIndex3', (e, sesid: JET_SESID, tableid: JET_TABLEID, pindexcreate: JET_INDEXCREATE[], cIndexCreate: number) =>
      createIndexes(e, sesid, tableid, pindexcreate, cIndexCreate, false)),
    /** JET_INDEXCREATE3: the locale by name in pidxunicode (JET_UNICODEINDEX2), no lcid. */
    JetCreateIndex4: apiFunction(host, 'JetCreateIndex4', (e, sesid: JET_SESID, tableid: JET_TABLEID, pindexcreate: JET_INDEXCREATE[], cIndexCreate: number) =>
      createIndexes(e, sesid, tableid, pindexcreate, cIndexCreate, false)),
    JetDeleteColumn: apiFunction(host, 'JetDeleteColumn', (e, sesid: JET_SESID, tableid: JET_TABLEID, szColumnName: string) => {
      const cursor = tableCursorOf(e, sesid, tableid);
      deleteColumn(e, cursor, stringArg(szColumnName));
      return JET_errSuccess;
    }),
    JetDeleteColumn2: apiFunction(host, 'JetDeleteColumn2', (e, sesid: JET_SESID, tableid: JET_TABLEID, szColumnName: string, grbit: number) => {
      const cursor = tableCursorOf(e, sesid, tableid);
      const name = stringArg(szColumnName);
      deleteColumn(e, cursor, name, grbitArg(grbit));
      return JET_errSuccess;
    }),
    JetDeleteIndex: apiFunction(host, 'JetDeleteIndex', (e, sesid: JET_SESID, tableid: JET_TABLEID, szIndexName: string) => {
      const cursor = tableCursorOf(e, sesid, tableid);
      deleteIndex(e, cursor, stringArg(szIndexName));
      return JET_errSuccess;
    }),
    JetSetCurrentIndex: apiFunction(host, 'JetSetCurrentIndex', (e, sesid: JET_SESID, tableid: JET_TABLEID, szIndexName: string | null) => {
      const cursor = tableCursorOf(e, sesid, tableid);
      setCurrentIndex(e, cursor, optionalString(szIndexName));
      return JET_errSuccess;
    }),
    JetSetCurrentIndex2: apiFunction(host, 'JetSetCurrentIndex2', (e, sesid: JET_SESID, tableid: JET_TABLEID, szIndexName: string | null, grbit: number) => {
      const c = cursorOf(e, sesid, tableid);
      const name = optionalString(szIndexName);
      const bits = indexMoveGrbit(e, c, grbit);
      setCurrentIndex(e, tableOnly(e, c), name, bits);
      return JET_errSuccess;
    }),
    JetSetCurrentIndex3: apiFunction(host, 'JetSetCurrentIndex3',
      (e, sesid: JET_SESID, tableid: JET_TABLEID, szIndexName: string | null, grbit: number, itagSequence: number) => {
        const c = cursorOf(e, sesid, tableid);
        const name = optionalString(szIndexName);
        const bits = indexMoveGrbit(e, c, grbit);
        const itag = sizeArg(itagSequence);
        setCurrentIndex(e, tableOnly(e, c), name, bits, itag);
        return JET_errSuccess;
      }),
    JetSetCurrentIndex4: apiFunction(host, 'JetSetCurrentIndex4',
      (e, sesid: JET_SESID, tableid: JET_TABLEID, szIndexName: string | null, pindexid: object | null, grbit: number, itagSequence: number) => {
        const c = cursorOf(e, sesid, tableid);
        const name = optionalString(szIndexName);
        // JET_INDEXID is an opaque hint; its size is the only field looked at.
        if (pindexid !== null && pindexid !== undefined) {
          const hint = objectArg<{ cbStruct?: unknown }>(pindexid);
          if (hint.cbStruct !== undefined) sizeArg(hint.cbStruct);
        }
        const bits = indexMoveGrbit(e, c, grbit);
        const itag = sizeArg(itagSequence);
        setCurrentIndex(e, tableOnly(e, c), name, bits, itag);
        return JET_errSuccess;
      }),
    JetGetCurrentIndex: apiFunction(host, 'JetGetCurrentIndex',
      (e, sesid: JET_SESID, tableid: JET_TABLEID, szIndexName: Out<string>, cbIndexName: number) => {
        const cursor = tableCursorOf(e, sesid, tableid);
        const box = outArg<string>(szIndexName);
        const room = sizeArg(cbIndexName);
        const name = currentIndexName(e, cursor);
        // rec.cxx ErrIsamGetCurrentIndex: no room at all is wrnBufferTruncated with nothing written; otherwise the
        // name is copied with its NUL into cbIndexName bytes (StringCbCopyA), so a name that does not fit loses its
        // tail, and the call still succeeds (the copy's result is not looked at).
        if (room < 1) return JET_wrnBufferTruncated;
        box.value = name.length < room ? name : name.slice(0, room - 1);
        return JET_errSuccess;
      }),
    JetRenameTable: apiFunction(host, 'JetRenameTable', (e, sesid: JET_SESID, dbid: JET_DBID, szName: string, szNameNew: string) => {
      const ses = sessionOf(e, sesid);
      const from = stringArg(szName);
      const to = stringArg(szNameNew);
      renameTable(e, ses, enterDatabase(e, ses, dbid), from, to);
      return JET_errSuccess;
    }),
    JetRenameColumn: apiFunction(host, 'JetRenameColumn',
      (e, sesid: JET_SESID, tableid: JET_TABLEID, szName: string, szNameNew: string, grbit: number) => {
        const cursor = tableCursorOf(e, sesid, tableid);
        const from = stringArg(szName);
        const to = stringArg(szNameNew);
        grbitArg(grbit);
        renameColumn(e, cursor, from, to);
        return JET_errSuccess;
      }),
    JetGetTableColumnInfo: apiFunction(host, 'JetGetTableColumnInfo',
      (e, sesid: JET_SESID, tableid: JET_TABLEID, szColumnName: string | JET_COLUMNID | null, pvResult: Out<JET_COLUMNDEF_INFO | JET_COLUMNLIST | JET_COLUMNBASE>, cbMax: number, InfoLevel: number) => {
        const c = cursorOf(e, sesid, tableid);
        const name = columnNameOrId(szColumnName, InfoLevel);
        const box = outArg<JET_COLUMNDEF_INFO | JET_COLUMNLIST | JET_COLUMNBASE>(pvResult);
        const room = sizeArg(cbMax);
        const level = intArg(InfoLevel);
        // jetapi.cxx JetGetTableColumnInfoEx: the level and the room are checked before the call reaches the cursor's
        // dispatch table (a sort's answers IllegalOperation).
        gateTempCursor(e, c);
        checkColumnInfoRoom(level, room);
        const cursor = tableOnly(e, c);
        box.value = columnInfo(e, cursor, name, level, room, cursor.updatable);
        return JET_errSuccess;
      }),
    JetIndexRecordCount: apiFunction(host, 'JetIndexRecordCount', (e, sesid: JET_SESID, tableid: JET_TABLEID, pcrec: Out<number>, crecMax: number) => {
      const c = cursorOf(e, sesid, tableid);
      const box = outArg<number>(pcrec);
      const max = sizeArg(crecMax);
      // jetapi.cxx JetIndexRecordCountEx32Bit: the 32-bit form writes 0 before the gate and the count.
      box.value = 0;
      box.value = entryCount(e, tableOnly(e, c), max, () => { box.value = 0; });
      return JET_errSuccess;
    }),
    JetIndexRecordCount2: apiFunction(host, 'JetIndexRecordCount2', (e, sesid: JET_SESID, tableid: JET_TABLEID, pcrec: Out<number>, crecMax: number) => {
      const c = cursorOf(e, sesid, tableid);
      const box = outArg<number>(pcrec);
      const max = size64Arg(crecMax);
      // The count writes 0 first once it starts (dir.cxx ErrDIRIndexRecordCount); the gate's failures write nothing.
      box.value = entryCount(e, tableOnly(e, c), max, () => { box.value = 0; });
      return JET_errSuccess;
    }),
  };
}

/**
 * jetapi.cxx JetSetCurrentIndexEx: a grbit other than JET_bitMoveFirst / JET_bitNoMove is InvalidGrbit before the call
 * reaches the cursor's dispatch table (a sort's answers IllegalOperation).
 */
function indexMoveGrbit(e: Engine, c: AnyCursor, grbit: unknown): number {
  const bits = grbitArg(grbit);
  gateTempCursor(e, c);
  if ((bits & ~C.JET_bitNoMove) !== 0) fail(JET_errInvalidGrbit);
  return bits;
}

/** fcreate.cxx ErrFILEIBatchCreateIndex: index kinds a batch cannot make. */
const NOT_IN_BATCH = C.JET_bitIndexPrimary | C.JET_bitIndexUnversioned | C.JET_bitIndexEmpty;

/**
 * JetCreateIndex2 / 3 / 4: jetapi.cxx turns each version of JET_INDEXCREATE into the newest and makes the indexes in
 * one call (JetCreateIndexEx); the fields esemu reads are the same in all three, but only JetCreateIndex2's first
 * version of the struct has its density checked (`spaceHints`, IndexRequest.spaceHints).
 */
function createIndexes(e: Engine, sesid: unknown, tableid: unknown, pindexcreate: unknown, cIndexCreate: unknown, spaceHints: boolean): number {
  const cursor = tableCursorOf(e, sesid, tableid);
  const list = structList<JET_INDEXCREATE>(pindexcreate, cIndexCreate, ['err'], writesIndexErr);
  // fcreate.cxx ErrIsamCreateIndex: any count but one takes the batch path (its checks, then each index's grbit:
  // no primary, unversioned or empty index in a batch, before its name).
  const batch = list.length !== 1;
  if (batch) checkBatchIndexCreate(e, cursor);
  for (const c of list) {
    if (batch && (grbitArg(c.grbit ?? 0) & NOT_IN_BATCH) !== 0) fail(JET_errInvalidGrbit);
    createIndex(e, cursor, indexCreateRequest(c, spaceHints));
    if (writesIndexErr(c)) c.err = JET_errSuccess;
  }
  return JET_errSuccess;
}
