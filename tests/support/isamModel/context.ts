/** What a command runs against: the model, esemu's world, the checker, and the run's write stamps. */
import {
  JET_bitNewKey, JET_errSuccess, out,
} from '../../../src';
import type { JET_COLUMNID, JET_TABLEID } from '../../../src';
import { int32, readInt32 } from '../isam';
import { Checker } from './check';
import { Model } from './model';
import type { Rec } from './store';
import { EsSession, EsWorld } from './world';

export class Ctx {
  private stamp = 0;

  constructor(readonly model: Model, readonly es: EsWorld, readonly check: Checker) {}

  /** A stamp no earlier write used (so a level-0 ReplaceNoLock sees every change as a change). */
  nextStamp(): number {
    this.stamp += 1;
    return this.stamp;
  }

  ses(i: number): EsSession {
    return this.es.sessions[i];
  }

  /** JetRetrieveColumn of a Long column; expected code given. */
  retrieveInt(i: number, tableid: JET_TABLEID, col: JET_COLUMNID, what: string, expected: number, traced = true): number {
    const buf = new Uint8Array(4);
    const cb = out<number>(0);
    const rc = this.es.api.JetRetrieveColumn(this.ses(i).ses, tableid, col, buf, 4, cb, 0, null);
    this.check.code(what, expected, rc, traced);
    return readInt32(buf);
  }

  /** The current record of a cursor: three retrieves, each expected to succeed. */
  readRec(i: number, tableid: JET_TABLEID, what: string): Rec {
    const c = this.es.cols;
    const k = this.retrieveInt(i, tableid, c.k, `${what} JetRetrieveColumn(k)`, JET_errSuccess, false);
    const v = this.retrieveInt(i, tableid, c.v, `${what} JetRetrieveColumn(v)`, JET_errSuccess, false);
    const s = this.retrieveInt(i, tableid, c.s, `${what} JetRetrieveColumn(s)`, JET_errSuccess, false);
    return { k, v, s };
  }

  /** JetMakeKey(int32, JET_bitNewKey), expected to succeed. */
  makeKey(i: number, tableid: JET_TABLEID, key: number, what: string): void {
    const rc = this.es.api.JetMakeKey(this.ses(i).ses, tableid, int32(key), 4, JET_bitNewKey);
    this.check.code(`${what} JetMakeKey(${key})`, JET_errSuccess, rc, false);
  }

  /** JetSetColumn of a Long column in the prepared update, expected to succeed. */
  setInt(i: number, col: JET_COLUMNID, n: number, what: string): void {
    const rc = this.es.api.JetSetColumn(this.ses(i).ses, this.ses(i).writer, col, int32(n), 4, 0, null);
    this.check.code(`${what}=${n}`, JET_errSuccess, rc, false);
  }
}
