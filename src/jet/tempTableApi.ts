import { JET_errInvalidParameter, JET_errSuccess } from '../constants/errors';
import type { ColumnSpec } from '../engine/columns';
import { Engine } from '../engine/engine';
import { fail } from '../engine/failure';
import type { Session } from '../engine/session';
import { openTempTable } from '../engine/tempTable';
import { arrayArg, grbitArg, intArg, objectArg, outArg, sizeArg } from './args';
import { sessionOf } from './handles';
import { apiFunction, Host } from './host';
import type {
  JET_COLUMNDEF, JET_COLUMNID, JET_OPENTEMPORARYTABLE, JET_SESID, JET_TABLEID, JET_UNICODEINDEX, Out,
} from './types';

function columnSpecs(prgcolumndef: unknown, ccolumn: unknown): { defs: JET_COLUMNDEF[]; specs: ColumnSpec[] } {
  const count = sizeArg(ccolumn);
  const defs = count === 0 ? [] : arrayArg<JET_COLUMNDEF>(prgcolumndef, count).slice(0, count);
  const specs = defs.map((d) => {
    const def = objectArg<JET_COLUMNDEF>(d);
    return {
      coltyp: intArg(def.coltyp),
      cp: def.cp === undefined ? 0 : intArg(def.cp),
      cbMax: def.cbMax === undefined ? 0 : sizeArg(def.cbMax),
      grbit: def.grbit === undefined ? 0 : grbitArg(def.grbit),
    };
  });
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

/** Shared body of every temp-table entry point; returns the new cursor and fills the column ids. */
function open(engine: Engine, ses: Session, req: TempTableRequest): JET_TABLEID {
  const { defs, specs } = columnSpecs(req.prgcolumndef, req.ccolumn);
  const ids = specs.length === 0 ? [] : arrayArg<JET_COLUMNID>(req.prgcolumnid, 0);
  const grbit = grbitArg(req.grbit);
  const keyMost = req.cbKeyMost === undefined ? 0 : sizeArg(req.cbKeyMost);
  const varSegMac = req.cbVarSegMac === undefined ? 0 : sizeArg(req.cbVarSegMac);
  const cursor = openTempTable(engine, ses, { columns: specs, grbit, keyMost, varSegMac });
  cursor.table.columns.forEach((col, i) => {
    ids[i] = col.columnid as JET_COLUMNID;
    defs[i].columnid = col.columnid as JET_COLUMNID;
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
    box.value = open(e, ses, { prgcolumndef, ccolumn, grbit, prgcolumnid, cbKeyMost: 0, cbVarSegMac: 0 });
    return JET_errSuccess;
  }

  function structured(e: Engine, sesid: unknown, popentemporarytable: unknown): number {
    const ses = sessionOf(e, sesid);
    const t = objectArg<JET_OPENTEMPORARYTABLE>(popentemporarytable);
    checkUnicodeIndex(t.pidxunicode);
    t.tableid = open(e, ses, { ...t, cbKeyMost: t.cbKeyMost ?? 0, cbVarSegMac: t.cbVarSegMac ?? 0 });
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
