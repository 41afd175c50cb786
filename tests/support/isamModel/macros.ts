/**
 * Two fixed interleavings that the random mix reaches too rarely on its own: the race (a prepared replace, another
 * session's write of the record, then the JetUpdate) and the stale transaction (a transaction that meets a change,
 * or a write lock alone, committed after its begin). Each is a sequence of the ordinary commands.
 */
import type { Cmd } from './commands';
import { otherSession } from './commands';
import { Ctx } from './context';
import { begin, cancel, commit, del, insert, prepare, replace, update } from './writes';

function other(c: Ctx, i: number, o: number): number {
  return otherSession(i, o, c.model.sessions.length);
}

function levels(c: Ctx): string {
  return `[levels ${c.model.sessions.map((s) => s.level).join(',')}]`;
}

/** Session o replaces (with or without lock), deletes or inserts k. */
function act(c: Ctx, o: number, k: number, v: number, what: 'replace' | 'replaceNoLock' | 'delete' | 'insert'): void {
  c.check.note(`  s${o} ${what} k${k}    ${levels(c)}`);
  if (what === 'delete') del(c, o, { t: 'delete', s: o, k });
  else if (what === 'insert') insert(c, o, { t: 'insert', s: o, k, v });
  else replace(c, o, { t: 'replace', s: o, k, v, noLock: what === 'replaceNoLock' });
}

export function race(c: Ctx, i: number, cmd: Extract<Cmd, { t: 'race' }>): void {
  prepare(c, i, cmd);
  act(c, other(c, i, cmd.o), cmd.k, cmd.v, cmd.act);
  c.check.note(`  s${i} update    ${levels(c)}`);
  update(c, i, cmd);
}

/** JetPrepareUpdate(Replace) of k then JetPrepareUpdate(Cancel): in a transaction, the write lock stays. */
export function lock(c: Ctx, i: number, k: number): void {
  prepare(c, i, { k, noLock: false });
  if (c.model.sessions[i].pending !== null) cancel(c, i);
}

export function stale(c: Ctx, i: number, cmd: Extract<Cmd, { t: 'stale' }>): void {
  const o = other(c, i, cmd.o);
  if (c.model.sessions[o].level === 0) {
    c.check.note(`  s${o} begin    ${levels(c)}`);
    begin(c, o, { t: 'begin', s: o, n: 1 });
  }
  if (c.model.sessions[i].level === 0) begin(c, i, { t: 'begin', s: i, n: 1 });
  if (cmd.lockOnly) lock(c, i, cmd.k);
  else replace(c, i, { t: 'replace', s: i, k: cmd.k, v: cmd.v, noLock: false });
  commit(c, i, { t: 'commit', s: i, all: true });
  act(c, o, cmd.k, cmd.v, cmd.act);
}
