import { JET_errInvalidParameter, JET_errSuccess } from '../constants/errors';
import * as C from '../constants/constants';
import type { ConditionalRequest } from '../catalog/indexConditions';
import type { IndexRequest } from '../catalog/indexDef';
import type { TupleLimitsRequest } from '../catalog/indexTuples';
import { parseKeyDescription } from '../catalog/indexDef';
import type { ColumnRequest } from '../catalog/tableColumn';
import { enterDatabase } from '../engine/database';
import type { Engine } from '../engine/engine';
import { checkOpenGrbit, openTableCursor, TableCursor } from '../engine/tableCursor';
import {
  addColumn, checkBatchIndexCreate, createIndex, createTable, deleteColumn, deleteIndex, deleteTable,
  renameColumn, renameTable,
} from '../engine/tableDdl';
import { currentIndexName, entryCount, setCurrentIndex } from '../engine/tableNav';
import { EngineFailure, fail } from '../storage/failure';
import { JET_errInvalidTableId } from '../constants/errors';
import {
  arrayArg, grbitArg, inputBytes, intArg, objectArg, optionalString, outArg, sizeArg, stringArg, writableField,
} from './args';
import { cursorOf, sessionOf } from './handles';
import { columnInfo, columnNameOrId } from './columnIndexInfo';
import { apiFunction, Host } from './host';
import type {
  JET_COLUMNCREATE, JET_COLUMNDEF, JET_COLUMNDEF_INFO, JET_CONDITIONALCOLUMN, JET_TUPLELIMITS, JET_COLUMNID, JET_COLUMNLIST, JET_DBID, JET_INDEXCREATE, JET_SESID,
  JET_TABLECREATE, JET_TABLEID, Out,
} from './types';
import { JET_tableidNil } from './types';

/** A regular-table cursor (a sort or temp table here is the engine's InvalidTableId for a table-only call). */
function tableCursorOf(e: Engine, sesid: unknown, tableid: unknown): TableCursor {
  const c = cursorOf(e, sesid, tableid);
  if (!(c instanceof TableCursor)) fail(JET_errInvalidParameter);
  return c;
}

function defaultOf(pv: unknown, cb: unknown): Uint8Array | null {
  const bytes = inputBytes(pv, cb);
  return bytes === null || bytes.length === 0 ? null : bytes.slice();
}

function columnRequest(name: unknown, def: JET_COLUMNDEF | JET_COLUMNCREATE, pvDefault: unknown, cbDefault: unknown): ColumnRequest {
  return {
    name: stringArg(name),
    coltyp: intArg(def.coltyp),
    cp: def.cp === undefined ? 0 : intArg(def.cp),
    cbMax: def.cbMax === undefined ? 0 : sizeArg(def.cbMax),
    grbit: def.grbit === undefined ? 0 : grbitArg(def.grbit),
    defaultValue: defaultOf(pvDefault, cbDefault),
  };
}

function indexRequest(name: unknown, grbit: unknown, szKey: unknown, cbKey: unknown, cbVarSegMac: unknown, cbKeyMost: unknown): IndexRequest {
  const key = stringArg(szKey);
  return {
    name: stringArg(name),
    key: parseKeyDescription(key, sizeArg(cbKey)),
    grbit: grbitArg(grbit),
    cbVarSegMac: cbVarSegMac === undefined ? 0 : sizeArg(cbVarSegMac),
    cbKeyMost: cbKeyMost === undefined ? 0 : sizeArg(cbKeyMost),
  };
}

/** JET_INDEXCREATE's rgconditionalcolumn: more than JET_ccolKeyMost is the engine's IndexInvalidDef, found before any is read. */
function conditionalRequests(rg: unknown, count: unknown): ConditionalRequest[] {
  if (count === undefined) return [];
  const n = sizeArg(count);
  if (n > C.JET_ccolKeyMost) return new Array<ConditionalRequest>(C.JET_ccolKeyMost + 1).fill({ cbStruct: undefined, name: '', grbit: 0 });
  const list = n === 0 ? [] : arrayArg<JET_CONDITIONALCOLUMN>(rg, n);
  return list.slice(0, n).map((item) => {
    const c = objectArg<JET_CONDITIONALCOLUMN>(item);
    return { cbStruct: c.cbStruct === undefined ? undefined : sizeArg(c.cbStruct), name: stringArg(c.szColumnName), grbit: grbitArg(c.grbit) };
  });
}

/** JET_TUPLELIMITS (read only with JET_bitIndexTupleLimits: in esent.h it shares its place with cbVarSegMac). */
function tupleLimitsRequest(grbit: number, value: unknown): TupleLimitsRequest | null {
  if ((grbit & C.JET_bitIndexTupleLimits) === 0 || value === null || value === undefined) return null;
  const t = objectArg<JET_TUPLELIMITS>(value);
  const ulong = (v: unknown): number => (v === undefined ? 0 : intArg(v) >>> 0);
  return {
    chLengthMin: ulong(t.chLengthMin), chLengthMax: ulong(t.chLengthMax), chToIndexMax: ulong(t.chToIndexMax),
    cchIncrement: ulong(t.cchIncrement), ichStart: ulong(t.ichStart),
  };
}

function indexCreateRequest(c: JET_INDEXCREATE): IndexRequest {
  const req = indexRequest(c.szIndexName, c.grbit ?? 0, c.szKey, c.cbKey, c.cbVarSegMac, c.cbKeyMost);
  return {
    ...req, conditional: conditionalRequests(c.rgconditionalcolumn, c.cConditionalColumn),
    tupleLimits: tupleLimitsRequest(req.grbit, c.ptuplelimits),
  };
}

/** The first `count` structs of an array, each an object whose output fields can be written. */
function structList<T extends object>(value: unknown, count: unknown, outputs: readonly string[]): T[] {
  const n = sizeArg(count);
  const list = n === 0 ? [] : arrayArg<T>(value, n);
  const out: T[] = [];
  for (let i = 0; i < n; i++) {
    const item = objectArg<T>(list[i]);
    for (const field of outputs) writableField(item, field);
    out.push(item);
  }
  return out;
}

export function tableApi(host: Host) {
  function createTableColumnIndex(e: Engine, sesid: unknown, dbid: unknown, ptablecreate: unknown): number {
    const ses = sessionOf(e, sesid);
    const t = objectArg<JET_TABLECREATE>(ptablecreate);
    writableField(t, 'tableid');
    writableField(t, 'cCreated');
    const cols = structList<JET_COLUMNCREATE>(t.rgcolumncreate, t.cColumns, ['columnid', 'err']);
    const idxs = structList<JET_INDEXCREATE>(t.rgindexcreate, t.cIndexes, ['err']);
    const name = stringArg(t.szTableName);
    const templateName = optionalString(t.szTemplateTableName);
    const pages = t.ulPages === undefined ? 0 : sizeArg(t.ulPages);
    const density = t.ulDensity === undefined ? 0 : sizeArg(t.ulDensity);
    const grbit = t.grbit === undefined ? 0 : grbitArg(t.grbit);
    const db = enterDatabase(e, ses, dbid);
    const columnReqs = cols.map((c) => columnRequest(c.szColumnName, c, c.pvDefault, c.cbDefault ?? 0));
    const indexReqs = idxs.map(indexCreateRequest);
    let failed: { kind: 'column' | 'index'; i: number } | null = null;
    const progress = { created: null as number | null, begun: false };
    const columnArray = t.rgcolumncreate !== null && t.rgcolumncreate !== undefined;
    try {
      const made = createTable(e, ses, db, name, pages, density, columnReqs, indexReqs, (kind, i) => {
        failed = { kind, i };
      }, { grbit, templateName, columnArray, progress });
      made.columns.forEach((col, i) => {
        cols[i].columnid = col.columnid as JET_COLUMNID;
        cols[i].err = JET_errSuccess;
      });
      for (const idx of idxs) idx.err = JET_errSuccess;
      t.tableid = made.cursor.handle as JET_TABLEID;
      t.cCreated = 1 + cols.length + idxs.length;
      return JET_errSuccess;
    } catch (caught) {
      // fcreate.cxx: the items before the failing one succeeded and count in cCreated (the table first); no cursor.
      const f = failed as { kind: 'column' | 'index'; i: number } | null;
      if (f !== null && caught instanceof EngineFailure) {
        const columnsDone = f.kind === 'column' ? f.i : cols.length;
        for (let i = 0; i < columnsDone; i++) cols[i].err = JET_errSuccess;
        if (f.kind === 'index') for (let i = 0; i < f.i; i++) idxs[i].err = JET_errSuccess;
        if (f.kind === 'column') cols[f.i].err = caught.code;
        else idxs[f.i].err = caught.code;
        t.cCreated = 1 + columnsDone + (f.kind === 'index' ? f.i : 0);
        t.tableid = JET_tableidNil;
      } else if (caught instanceof EngineFailure && progress.created !== null) {
        // fcreate.cxx ErrFILECreateTable: cCreated is 0 from its start, 1 once the table's directory is made; a
        // failure after its transaction began resets the tableid.
        t.cCreated = progress.created;
        if (progress.begun) t.tableid = JET_tableidNil;
      }
      throw caught;
    }
  }

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
      createTableColumnIndex(e, sesid, dbid, ptablecreate)),
    JetCreateTableColumnIndex2: apiFunction(host, 'JetCreateTableColumnIndex2', (e, sesid: JET_SESID, dbid: JET_DBID, ptablecreate: JET_TABLECREATE) =>
      createTableColumnIndex(e, sesid, dbid, ptablecreate)),
    JetCreateTableColumnIndex3: apiFunction(host, 'JetCreateTableColumnIndex3', (e, sesid: JET_SESID, dbid: JET_DBID, ptablecreate: JET_TABLECREATE) =>
      createTableColumnIndex(e, sesid, dbid, ptablecreate)),
    JetCreateTableColumnIndex4: apiFunction(host, 'JetCreateTableColumnIndex4', (e, sesid: JET_SESID, dbid: JET_DBID, ptablecreate: JET_TABLECREATE) =>
      createTableColumnIndex(e, sesid, dbid, ptablecreate)),
    JetOpenTable: apiFunction(host, 'JetOpenTable',
      (e, sesid: JET_SESID, dbid: JET_DBID, szTableName: string, pvParameters: Uint8Array | null, cbParameters: number, grbit: number, ptableid: Out<JET_TABLEID>) => {
        const ses = sessionOf(e, sesid);
        const name = stringArg(szTableName);
        inputBytes(pvParameters, cbParameters);
        const bits = grbitArg(grbit);
        const box = outArg<JET_TABLEID>(ptableid);
        const db = enterDatabase(e, ses, dbid);
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
        intArg(lDensity);
        createIndex(e, cursor, indexRequest(szIndexName, grbit, szKeyDescription, cbKey, 0, 0));
        return JET_errSuccess;
      }),
    JetCreateIndex2: apiFunction(host, 'JetCreateIndex2', (e, sesid: JET_SESID, tableid: JET_TABLEID, pindexcreate: JET_INDEXCREATE[], cIndexCreate: number) => {
      const cursor = tableCursorOf(e, sesid, tableid);
      const list = structList<JET_INDEXCREATE>(pindexcreate, cIndexCreate, ['err']);
      if (list.length > 1) checkBatchIndexCreate(e, cursor);
      for (const c of list) {
        createIndex(e, cursor, indexCreateRequest(c));
        c.err = JET_errSuccess;
      }
      return JET_errSuccess;
    }),
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
      const cursor = tableCursorOf(e, sesid, tableid);
      const name = optionalString(szIndexName);
      setCurrentIndex(e, cursor, name, grbitArg(grbit));
      return JET_errSuccess;
    }),
    JetSetCurrentIndex3: apiFunction(host, 'JetSetCurrentIndex3',
      (e, sesid: JET_SESID, tableid: JET_TABLEID, szIndexName: string | null, grbit: number, itagSequence: number) => {
        const cursor = tableCursorOf(e, sesid, tableid);
        const name = optionalString(szIndexName);
        const bits = grbitArg(grbit);
        const itag = sizeArg(itagSequence);
        setCurrentIndex(e, cursor, name, bits, itag);
        return JET_errSuccess;
      }),
    JetSetCurrentIndex4: apiFunction(host, 'JetSetCurrentIndex4',
      (e, sesid: JET_SESID, tableid: JET_TABLEID, szIndexName: string | null, pindexid: object | null, grbit: number, itagSequence: number) => {
        const cursor = tableCursorOf(e, sesid, tableid);
        const name = optionalString(szIndexName);
        // JET_INDEXID is an opaque hint; its size is the only field looked at.
        if (pindexid !== null && pindexid !== undefined) {
          const hint = objectArg<{ cbStruct?: unknown }>(pindexid);
          if (hint.cbStruct !== undefined) sizeArg(hint.cbStruct);
        }
        const bits = grbitArg(grbit);
        const itag = sizeArg(itagSequence);
        setCurrentIndex(e, cursor, name, bits, itag);
        return JET_errSuccess;
      }),
    JetGetCurrentIndex: apiFunction(host, 'JetGetCurrentIndex',
      (e, sesid: JET_SESID, tableid: JET_TABLEID, szIndexName: Out<string>, cbIndexName: number) => {
        const cursor = tableCursorOf(e, sesid, tableid);
        const box = outArg<string>(szIndexName);
        sizeArg(cbIndexName);
        box.value = currentIndexName(e, cursor);
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
      (e, sesid: JET_SESID, tableid: JET_TABLEID, szColumnName: string | JET_COLUMNID | null, pvResult: Out<JET_COLUMNDEF_INFO | JET_COLUMNLIST>, cbMax: number, InfoLevel: number) => {
        const cursor = tableCursorOf(e, sesid, tableid);
        const name = columnNameOrId(szColumnName, InfoLevel);
        const box = outArg<JET_COLUMNDEF_INFO | JET_COLUMNLIST>(pvResult);
        const room = sizeArg(cbMax);
        const level = intArg(InfoLevel);
        box.value = columnInfo(e, cursor, name, level, room, cursor.updatable);
        return JET_errSuccess;
      }),
    JetIndexRecordCount: apiFunction(host, 'JetIndexRecordCount', (e, sesid: JET_SESID, tableid: JET_TABLEID, pcrec: Out<number>, crecMax: number) => {
      const c = cursorOf(e, sesid, tableid);
      if (!(c instanceof TableCursor)) fail(JET_errInvalidTableId);
      const box = outArg<number>(pcrec);
      const max = sizeArg(crecMax);
      box.value = entryCount(e, c, max);
      return JET_errSuccess;
    }),
  };
}
