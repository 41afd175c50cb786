/**
 * The transaction and update commands. Each runs its esent.h calls on the session's writer cursor and compares
 * every code with the model's. A prepared update the model cannot carry (into JetBeginTransaction, through the
 * commit of level 1, into a new seek of the writer) is cancelled first with JetPrepareUpdate(JET_prepCancel),
 * itself a checked call.
 */
import {
  JET_bitRollbackAll, JET_bitSeekEQ, JET_errRecordDeleted, JET_errSuccess, JET_errTransTooDeep, JET_prepCancel,
  JET_errUpdateNotPrepared, JET_prepInsert, JET_prepReplace, JET_prepReplaceNoLock,
} from '../../../src';
import type { Cmd } from './commands';
import { Ctx } from './context';

function cancelPending(c: Ctx, i: number, why: string): void {
  if (c.model.sessions[i].pending === null) return;
  const rc = c.es.api.JetPrepareUpdate(c.ses(i).ses, c.ses(i).writer, JET_prepCancel);
  c.check.code(`JetPrepareUpdate(Cancel) ${why}`, c.model.cancel(i), rc);
}

export function begin(c: Ctx, i: number, cmd: Extract<Cmd, { t: 'begin' }>): void {
  cancelPending(c, i, 'before a begin');
  for (let n = 0; n < cmd.n; n += 1) {
    const rc = c.es.api.JetBeginTransaction(c.ses(i).ses);
    c.check.code(`JetBeginTransaction (level ${c.model.sessions[i].level})`, c.model.begin(i), rc);
    if (rc === JET_errTransTooDeep) break;
  }
}

/** One JetCommitTransaction, or (all) one per level and a last one that is NotInTransaction. */
export function commit(c: Ctx, i: number, cmd: Extract<Cmd, { t: 'commit' }>): void {
  for (;;) {
    if (c.model.sessions[i].level === 1) cancelPending(c, i, 'before the commit to level 0');
    const rc = c.es.api.JetCommitTransaction(c.ses(i).ses, 0);
    c.check.code(`JetCommitTransaction (level ${c.model.sessions[i].level})`, c.model.commit(i), rc);
    if (!cmd.all || rc !== JET_errSuccess) return;
  }
}

export function rollback(c: Ctx, i: number, cmd: Extract<Cmd, { t: 'rollback' }>): void {
  const rc = c.es.api.JetRollback(c.ses(i).ses, cmd.all ? JET_bitRollbackAll : 0);
  c.check.code(`JetRollback${cmd.all ? '(All)' : ''} (level ${c.model.sessions[i].level})`, c.model.rollback(i, cmd.all), rc);
}

export function endSession(c: Ctx, i: number): void {
  const rc = c.es.api.JetEndSession(c.ses(i).ses, 0);
  c.check.code(`JetEndSession (level ${c.model.sessions[i].level})`, JET_errSuccess, rc);
  c.model.endSession(i);
  c.es.replace(i);
}

export function insert(c: Ctx, i: number, cmd: Extract<Cmd, { t: 'insert' }>): void {
  const { api, cols } = c.es;
  const { ses, writer } = c.ses(i);
  let rc = api.JetPrepareUpdate(ses, writer, JET_prepInsert);
  c.check.code('JetPrepareUpdate(Insert)', c.model.prepareInsert(i), rc);
  if (rc !== JET_errSuccess) return;
  const row = { v: cmd.v, s: c.nextStamp() };
  c.setInt(i, cols.k, cmd.k, 'JetSetColumn k');
  c.setInt(i, cols.v, row.v, 'JetSetColumn v');
  c.setInt(i, cols.s, row.s, 'JetSetColumn s');
  rc = api.JetUpdate(ses, writer, null, 0, null);
  c.check.code(`JetUpdate (insert k${cmd.k} v${row.v} s${row.s})`, c.model.insert(i, cmd.k, row), rc);
  if (rc === JET_errSuccess) return;
  // A failed JetUpdate leaves the insert prepared (recupd.cxx:1000-1004): the cancel finds it.
  rc = api.JetPrepareUpdate(ses, writer, JET_prepCancel);
  c.check.code('JetPrepareUpdate(Cancel) of the failed insert', JET_errSuccess, rc);
}

/** JetSeek EQ k on the writer; true when it is on the record. */
function seekWriter(c: Ctx, i: number, k: number, what: string): boolean {
  const { ses, writer } = c.ses(i);
  c.makeKey(i, writer, k, what);
  const rc = c.es.api.JetSeek(ses, writer, JET_bitSeekEQ);
  c.check.code(`${what} JetSeek(EQ ${k})`, c.model.seek(i, 'primary', k, false).code, rc);
  return rc === JET_errSuccess;
}

export function prepare(c: Ctx, i: number, cmd: { k: number; noLock: boolean }): void {
  cancelPending(c, i, 'before a new seek');
  if (!seekWriter(c, i, cmd.k, 'prepare')) return;
  const rc = c.es.api.JetPrepareUpdate(c.ses(i).ses, c.ses(i).writer, cmd.noLock ? JET_prepReplaceNoLock : JET_prepReplace);
  c.check.code(`JetPrepareUpdate(${cmd.noLock ? 'ReplaceNoLock' : 'Replace'}) (level ${c.model.sessions[i].level})`,
    c.model.prepareReplace(i, cmd.k, cmd.noLock), rc);
}

export function update(c: Ctx, i: number, cmd: { v: number }): void {
  const { api, cols } = c.es;
  const { ses, writer } = c.ses(i);
  const pending = c.model.sessions[i].pending;
  const row = { v: cmd.v, s: c.nextStamp() };
  if (pending === null) {
    const rcSet = api.JetSetColumn(ses, writer, cols.v, new Uint8Array(4), 4, 0, null);
    c.check.code('JetSetColumn v (nothing prepared)', JET_errUpdateNotPrepared, rcSet); // fldmod.cxx:1963
  } else {
    c.setInt(i, cols.v, row.v, 'JetSetColumn v');
    c.setInt(i, cols.s, row.s, 'JetSetColumn s');
  }
  const what = pending === null ? '' : ` (${pending.mode} replace k${pending.k} v${row.v} s${row.s})`;
  const rc = api.JetUpdate(ses, writer, null, 0, null);
  c.check.code(`JetUpdate${what}`, c.model.update(i, row), rc);
}

export function replace(c: Ctx, i: number, cmd: Extract<Cmd, { t: 'replace' }>): void {
  prepare(c, i, cmd);
  if (c.model.sessions[i].pending !== null) update(c, i, cmd);
}

export function cancel(c: Ctx, i: number): void {
  const rc = c.es.api.JetPrepareUpdate(c.ses(i).ses, c.ses(i).writer, JET_prepCancel);
  c.check.code('JetPrepareUpdate(Cancel)', c.model.cancel(i), rc);
}

export function del(c: Ctx, i: number, cmd: Extract<Cmd, { t: 'delete' }>): void {
  cancelPending(c, i, 'before a new seek');
  if (!seekWriter(c, i, cmd.k, 'delete')) return;
  const rc = c.es.api.JetDelete(c.ses(i).ses, c.ses(i).writer);
  c.check.code(`JetDelete k${cmd.k} (level ${c.model.sessions[i].level})`, c.model.delete(i, cmd.k), rc);
  // The deleted record stays current (managedesent-api.md §7 item 22): a retrieve is RecordDeleted.
  if (rc !== JET_errSuccess) return;
  c.retrieveInt(i, c.ses(i).writer, c.es.cols.k, 'JetRetrieveColumn(k) of the deleted record', JET_errRecordDeleted);
}
