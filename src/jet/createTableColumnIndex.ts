import { JET_errSuccess } from '../constants/errors';
import * as C from '../constants/constants';
import { enterDatabase } from '../engine/database';
import type { Engine } from '../engine/engine';
import { closeTableCursor } from '../engine/tableCursor';
import { createTable } from '../engine/tableDdl';
import { EngineFailure } from '../storage/failure';
import { grbitArg, intArg, objectArg, optionalString, sizeArg, stringArg, writableField } from './args';
import { columnRequest, indexCreateRequest, structList, writesIndexErr } from './ddlRequests';
import { sessionOf } from './handles';
import type { JET_COLUMNCREATE, JET_COLUMNID, JET_INDEXCREATE, JET_TABLECREATE, JET_TABLEID } from './types';
import { JET_tableidNil } from './types';

/**
 * JetCreateTableColumnIndex / 2 / 3 / 4: the table, its columns and indexes in one call, each item's `err` and each
 * column's id written back, `cCreated` and the open `tableid`.
 *
 * With JET_bitTableCreateImmutableStructure the engine works on a copy of the struct (jetapi.cxx, the immutable
 * branch of JetCreateTableColumnIndexEx2 and the Ex wrappers): `tableid` and `cCreated` are never written back,
 * and ErrIsamCreateTable (fcreate.cxx) closes the new table's cursor, since its tableid cannot reach the caller.
 * The column structs are not copied (the copy points at the caller's array), so their ids and `err` are still
 * written; an index's `err` is written unless that index has JET_bitIndexImmutableStructure.
 *
 * `spaceHints`: the call passes the first JET_INDEXCREATE (JetCreateTableColumnIndex / 2), whose densities the
 * engine turns into each index's space hints (IndexRequest.spaceHints).
 */
export function createTableColumnIndex(e: Engine, sesid: unknown, dbid: unknown, ptablecreate: unknown, spaceHints: boolean): number {
  const ses = sessionOf(e, sesid);
  const t = objectArg<JET_TABLECREATE>(ptablecreate);
  const grbit = t.grbit === undefined ? 0 : grbitArg(t.grbit);
  const immutable = (grbit & C.JET_bitTableCreateImmutableStructure) !== 0;
  if (!immutable) {
    writableField(t, 'tableid');
    writableField(t, 'cCreated');
  }
  const cols = structList<JET_COLUMNCREATE>(t.rgcolumncreate, t.cColumns, ['columnid', 'err']);
  const idxs = structList<JET_INDEXCREATE>(t.rgindexcreate, t.cIndexes, ['err'], writesIndexErr);
  const setIndexErr = (i: number, code: number): void => {
    if (writesIndexErr(idxs[i])) idxs[i].err = code;
  };
  const name = stringArg(t.szTableName);
  const templateName = optionalString(t.szTemplateTableName);
  const pages = t.ulPages === undefined ? 0 : sizeArg(t.ulPages);
  const density = t.ulDensity === undefined ? 0 : intArg(t.ulDensity);
  const db = enterDatabase(e, ses, dbid);
  const columnReqs = cols.map((c) => columnRequest(c.szColumnName, c, c.pvDefault, c.cbDefault ?? 0));
  const indexReqs = idxs.map((c) => indexCreateRequest(c, spaceHints));
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
    idxs.forEach((_, i) => setIndexErr(i, JET_errSuccess));
    if (immutable) {
      closeTableCursor(e, made.cursor);
    } else {
      t.tableid = made.cursor.handle as JET_TABLEID;
      t.cCreated = 1 + cols.length + idxs.length;
    }
    return JET_errSuccess;
  } catch (caught) {
    // fcreate.cxx: the items before the failing one succeeded and count in cCreated (the table first); no cursor.
    const f = failed as { kind: 'column' | 'index'; i: number } | null;
    if (f !== null && caught instanceof EngineFailure) {
      const columnsDone = f.kind === 'column' ? f.i : cols.length;
      for (let i = 0; i < columnsDone; i++) cols[i].err = JET_errSuccess;
      if (f.kind === 'index') for (let i = 0; i < f.i; i++) setIndexErr(i, JET_errSuccess);
      if (f.kind === 'column') cols[f.i].err = caught.code;
      else setIndexErr(f.i, caught.code);
      if (!immutable) {
        t.cCreated = 1 + columnsDone + (f.kind === 'index' ? f.i : 0);
        t.tableid = JET_tableidNil;
      }
    } else if (caught instanceof EngineFailure && progress.created !== null && !immutable) {
      // fcreate.cxx ErrFILECreateTable: cCreated is 0 from its start, 1 once the table's directory is made; a
      // failure after its transaction began resets the tableid.
      t.cCreated = progress.created;
      if (progress.begun) t.tableid = JET_tableidNil;
    }
    throw caught;
  }
}
