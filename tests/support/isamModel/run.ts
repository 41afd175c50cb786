/**
 * One run: a fresh emulator and model, the set-up rows committed by session 0 at level 0, then each command on
 * both sides. Any disagreement (or an exception from esemu) ends the run with a Divergence carrying its trace.
 */
import { Checker, Divergence } from './check';
import type { Cmd, Setup } from './commands';
import { formatCmd } from './commands';
import { Ctx } from './context';
import { lock, race, stale } from './macros';
import { Model } from './model';
import { scan, seek, range } from './reads';
import { Stats } from './stats';
import { begin, cancel, commit, del, endSession, insert, prepare, replace, rollback, update } from './writes';
import { EsWorld } from './world';

function dispatch(c: Ctx, i: number, cmd: Cmd): void {
  switch (cmd.t) {
    case 'begin': return begin(c, i, cmd);
    case 'commit': return commit(c, i, cmd);
    case 'rollback': return rollback(c, i, cmd);
    case 'end': return endSession(c, i);
    case 'insert': return insert(c, i, cmd);
    case 'prepare': return prepare(c, i, cmd);
    case 'update': return update(c, i, cmd);
    case 'replace': return replace(c, i, cmd);
    case 'cancel': return cancel(c, i);
    case 'lock': return lock(c, i, cmd.k);
    case 'race': return race(c, i, cmd);
    case 'stale': return stale(c, i, cmd);
    case 'delete': return del(c, i, cmd);
    case 'seek': return seek(c, i, cmd);
    case 'scan': return scan(c, i, cmd);
    case 'range': return range(c, i, cmd);
  }
}

export function runCommands(stats: Stats, setup: Setup, cmds: readonly Cmd[]): void {
  stats.runs += 1;
  const n = setup.sessions;
  const check = new Checker(stats);
  const c = new Ctx(new Model(n, (rule) => stats.rule(rule)), new EsWorld(n), check);
  let at = -1;
  try {
    const rows = setup.rows.map(([k, v]) => `k${k} v${v}`).join(', ') || 'nothing';
    check.note(`set-up: ${n} sessions; s0 inserts ${rows}`);
    for (const [k, v] of setup.rows) insert(c, 0, { t: 'insert', s: 0, k, v });
    for (const raw of cmds) {
      at += 1;
      stats.commands += 1;
      const cmd = { ...raw, s: raw.s % n };
      const levels = c.model.sessions.map((s) => s.level).join(',');
      check.note(`${formatCmd(cmd, n)}    [levels ${levels}]`);
      dispatch(c, cmd.s, cmd);
    }
  } catch (e) {
    const thrown = e instanceof Error ? e.stack ?? e.message : String(e);
    const d = e instanceof Divergence ? e : check.divergence(`esemu threw ${thrown}`);
    d.command = at;
    throw d;
  }
}
