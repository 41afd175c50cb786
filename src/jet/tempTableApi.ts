import { JET_errInvalidParameter, JET_errSuccess } from '../constants/errors';
import { MAX_COLUMNS } from '../catalog/columns';
import type { ColumnSpec } from '../catalog/columns';
import type { Engine } from '../engine/engine';
import { fail } from '../storage/failure';
import type { Session } from '../engine/session';
import { openTempTable } from '../engine/openTempTable';
import { arrayArg, grbitArg, intArg, objectArg, outArg, outputArray, sizeArg, writableField } from './args';
import { canWrite } from './callerValues';
import { sessionOf } from './handles';
import { apiFunction, Host } from './host';
import type {
  JET_COLUMNDEF, JET_COLUMNID, JET_OPENTEMPORARYTABLE, JET_SESID, JET_TABLEID, JET_UNICODEINDEX, Out,
} from './types';
import { JET_tableidNil } from './types';

/**
 * The column definitions, read one by one: a hole or a value of the wrong
 * kind stops the reading with InvalidParameter. No more than MAX_COLUMNS + 1
 * are read, since the engine's column-id pass fails on the one past that
 * (TooManyColumns) whatever the rest holds.
 */
function columnSpecs(prgcolumndef: unknown, ccolumn: unknown): { defs: JET_COLUMNDEF[]; specs: ColumnSpec[] } {
  const count = sizeArg(ccolumn);
  const list = count === 0 ? [] : arrayArg<JET_COLUMNDEF>(prgcolumndef, count);
  const read = Math.min(count, MAX_COLUMNS + 1);
  const defs: JET_COLUMNDEF[] = [];
  const specs: ColumnSpec[] = [];
  for (let i = 0; i < read; i++) {
    const def = objectArg<JET_COLUMNDEF>(list[i]);
    defs.push(def);
    specs.push({
      coltyp: intArg(def.coltyp),
      cp: def.cp === undefined ? 0 : intArg(def.cp),
      cbMax: def.cbMax === undefined ? 0 : sizeArg(def.cbMax),
      grbit: def.grbit === undefined ? 0 : grbitArg(def.grbit),
    });
  }
  return { defs, specs };
}

interface TempTableRequest {
  prgcolumndef: unknown;
  ccolumn: unknown;
  grbit: unknown;
  prgcolumnid: unknown;
  cbKeyMost: unknown;
  cbVarSegMac: unknown;
}

/**
 * Shared body of every temp-table entry point; returns the new cursor and
 * fills the column ids (checked writable first, so a failure changes nothing).
 * Each definition also gets its `columnid` when that field can take it (the
 * engine never writes its const definitions; this is esemu's convenience).
 */
function open(engine: Engine, ses: Session, req: TempTableRequest, started: () => void): JET_TABLEID {
  const { defs, specs } = columnSpecs(req.prgcolumndef, req.ccolumn);
  const ids = specs.length === 0 ? [] : outputArray<JET_COLUMNID>(req.prgcolumnid, specs.length);
  const grbit = grbitArg(req.grbit);
  const keyMost = req.cbKeyMost === undefined ? 0 : sizeArg(req.cbKeyMost);
  const varSegMac = req.cbVarSegMac === undefined ? 0 : sizeArg(req.cbVarSegMac);
  const cursor = openTempTable(engine, ses, { columns: specs, grbit, keyMost, varSegMac, started });
  cursor.table.columns.forEach((col, i) => {
    ids[i] = col.columnid as JET_COLUMNID;
    if (canWrite(defs[i], 'columnid')) defs[i].columnid = col.columnid as JET_COLUMNID;
  });
  return cursor.handle as JET_TABLEID;
}

function checkUnicodeIndex(idx: unknown): void {
  if (idx === null || idx === undefined) return;
  const u = objectArg<JET_UNICODEINDEX>(idx);
  if (u.lcid !== undefined) intArg(u.lcid);
  if (u.dwMapFlags !== undefined) grbitArg(u.dwMapFlags);
  if (u.szLocaleName !== undefined && typeof u.szLocaleName !== 'string') fail(JET_errInvalidParameter);
}

export function tempTableApi(host: Host) {
  function classic(e: Engine, sesid: unknown, prgcolumndef: unknown, ccolumn: unknown, grbit: unknown, ptableid: unknown, prgcolumnid: unknown): number {
    const ses = sessionOf(e, sesid);
    const box = outArg<JET_TABLEID>(ptableid);
    box.value = open(e, ses, { prgcolumndef, ccolumn, grbit, prgcolumnid, cbKeyMost: 0, cbVarSegMac: 0 }, () => {
      box.value = JET_tableidNil;
    });
    return JET_errSuccess;
  }

  function structured(e: Engine, sesid: unknown, popentemporarytable: unknown): number {
    const ses = sessionOf(e, sesid);
    const t = objectArg<JET_OPENTEMPORARYTABLE>(popentemporarytable);
    checkUnicodeIndex(t.pidxunicode);
    writableField(t, 'tableid');
    t.tableid = open(e, ses, { ...t, cbKeyMost: t.cbKeyMost ?? 0, cbVarSegMac: t.cbVarSegMac ?? 0 }, () => {
      t.tableid = JET_tableidNil;
    });
    return JET_errSuccess;
  }

  return {
    JetOpenTempTable: apiFunction(host, 'JetOpenTempTable',
      (e, sesid: JET_SESID, prgcolumndef: JET_COLUMNDEF[], ccolumn: number, grbit: number, ptableid: Out<JET_TABLEID>, prgcolumnid: JET_COLUMNID[]) =>
        classic(e, sesid, prgcolumndef, ccolumn, grbit, ptableid, prgcolumnid)),
    JetOpenTempTable2: apiFunction(host, 'JetOpenTempTable2',
      (e, sesid: JET_SESID, prgcolumndef: JET_COLUMNDEF[], ccolumn: number, lcid: number, grbit: number, ptableid: Out<JET_TABLEID>, prgcolumnid: JET_COLUMNID[]) => {
        const ses = sessionOf(e, sesid);
        intArg(lcid);
        return classic(e, ses.handle, prgcolumndef, ccolumn, grbit, ptableid, prgcolumnid);
      }),
    JetOpenTempTable3: apiFunction(host, 'JetOpenTempTable3',
      (e, sesid: JET_SESID, prgcolumndef: JET_COLUMNDEF[], ccolumn: number, pidxunicode: JET_UNICODEINDEX | null, grbit: number, ptableid: Out<JET_TABLEID>, prgcolumnid: JET_COLUMNID[]) => {
        const ses = sessionOf(e, sesid);
        checkUnicodeIndex(pidxunicode);
        return classic(e, ses.handle, prgcolumndef, ccolumn, grbit, ptableid, prgcolumnid);
      }),
    JetOpenTemporaryTable: apiFunction(host, 'JetOpenTemporaryTable', (e, sesid: JET_SESID, popentemporarytable: JET_OPENTEMPORARYTABLE) =>
      structured(e, sesid, popentemporarytable)),
    JetOpenTemporaryTable2: apiFunction(host, 'JetOpenTemporaryTable2', (e, sesid: JET_SESID, popentemporarytable: JET_OPENTEMPORARYTABLE) =>
      structured(e, sesid, popentemporarytable)),
  };
}
