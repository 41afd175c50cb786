/**
 * The esemu side of a run: one emulator, one database, the table "t" (k Long primary "+k", v Long with the
 * non-unique index "byV" "+v", s Long), and two or three sessions, each with the file open and three cursors opened
 * at level 0 (so no rollback closes them): a writer for updates and deletes, and one reader per index.
 */
import {
  JET_bitIndexPrimary, JET_bitIndexUnique, JET_coltypLong, JET_errSuccess, out,
} from '../../../src';
import type { JET_COLUMNID, JET_DBID, JET_SESID, JET_TABLEID } from '../../../src';
import { addColumn, createIndex, isam, openTable } from '../isam';
import type { Isam, IsamApi, Peer } from '../isam';
import type { IndexName } from './model';

export const TABLE = 't';

export interface Columns {
  k: JET_COLUMNID;
  v: JET_COLUMNID;
  s: JET_COLUMNID;
}

export interface EsSession {
  ses: JET_SESID;
  dbid: JET_DBID;
  writer: JET_TABLEID;
  readers: Record<IndexName, JET_TABLEID>;
}

function must(what: string, rc: number): void {
  if (rc !== JET_errSuccess) throw new Error(`set-up: ${what} answered ${rc}`);
}

export class EsWorld {
  readonly w: Isam;
  readonly api: IsamApi;
  readonly cols: Columns;
  readonly sessions: EsSession[] = [];

  constructor(count: number) {
    this.w = isam();
    this.api = this.w.api;
    const box = out<JET_TABLEID>();
    must('JetCreateTable', this.api.JetCreateTable(this.w.ses, this.w.dbid, TABLE, 0, 100, box));
    const t = box.value;
    const long = { coltyp: JET_coltypLong };
    this.cols = {
      k: addColumn(this.api, this.w.ses, t, 'k', long),
      v: addColumn(this.api, this.w.ses, t, 'v', long),
      s: addColumn(this.api, this.w.ses, t, 's', long),
    };
    must('JetCreateIndex primary', createIndex(this.api, this.w.ses, t, 'primary', JET_bitIndexPrimary | JET_bitIndexUnique, '+k'));
    must('JetCreateIndex byV', createIndex(this.api, this.w.ses, t, 'byV', 0, '+v'));
    must('JetCloseTable', this.api.JetCloseTable(this.w.ses, t));
    this.sessions.push(this.cursors({ ses: this.w.ses, dbid: this.w.dbid }));
    while (this.sessions.length < count) this.sessions.push(this.openSession());
  }

  /** JetEndSession of slot i (checked by the caller), then a new session in its place. */
  replace(i: number): void {
    this.sessions[i] = this.openSession();
  }

  private openSession(): EsSession {
    const ses = out<JET_SESID>();
    must('JetBeginSession', this.api.JetBeginSession(this.w.inst, ses, '', ''));
    const dbid = out<JET_DBID>();
    must('JetOpenDatabase', this.api.JetOpenDatabase(ses.value, this.w.file, null, dbid, 0));
    return this.cursors({ ses: ses.value, dbid: dbid.value });
  }

  private cursors(p: Peer): EsSession {
    const writer = openTable(this.api, p, TABLE);
    const primary = openTable(this.api, p, TABLE);
    const byV = openTable(this.api, p, TABLE);
    must('JetSetCurrentIndex byV', this.api.JetSetCurrentIndex(p.ses, byV, 'byV'));
    return { ses: p.ses, dbid: p.dbid, writer, readers: { primary, byV } };
  }
}
