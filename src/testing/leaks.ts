import type { StateDump } from '../emulator/dump';
import type { CallSites } from './callSites';

/** One thing a test left open. */
export interface Leak {
  kind: 'instance' | 'session' | 'transaction' | 'database' | 'cursor' | 'sort' | 'temp table';
  /** The handle (an instance, session, dbid or tableid), as esent.h would show it. */
  handle: number;
  /** For what a session holds: the session's handle. */
  session: number | null;
  /** What it is, in a few words: `session 2 at transaction level 3`. */
  what: string;
  /** Where it was made (`file:line:column`), when call sites are being recorded; otherwise null. */
  createdAt: string | null;
}

/**
 * Everything a state dump shows still open: each instance (its attached databases go with it), each session of
 * it, each session's transaction levels, open databases and cursors (tables, sorts, temp tables). Call sites,
 * when given, say where each was made.
 */
export function findLeaks(dump: StateDump, sites: CallSites | null = null): Leak[] {
  const leaks: Leak[] = [];
  const at = (key: string): string | null => (sites === null ? null : sites.get(key));
  for (const i of dump.instances) {
    const name = i.name === null ? '' : ` "${i.name}"`;
    leaks.push({ kind: 'instance', handle: i.handle, session: null, what: `instance ${i.handle}${name} (${i.state})`, createdAt: at(`instance:${i.handle}`) });
    for (const s of i.sessions) {
      leaks.push({ kind: 'session', handle: s.handle, session: null, what: `session ${s.handle}`, createdAt: at(`session:${s.handle}`) });
      if (s.level > 0) {
        leaks.push({
          kind: 'transaction', handle: s.handle, session: s.handle,
          what: `a transaction of session ${s.handle}, at level ${s.level}`, createdAt: at(`transaction:${s.handle}`),
        });
      }
      for (const d of s.openDatabases) {
        leaks.push({
          kind: 'database', handle: d.dbid, session: s.handle,
          what: `database ${d.dbid} (${d.path}) opened by session ${s.handle}${d.count > 1 ? `, ${d.count} times` : ''}`,
          createdAt: at(`database:${s.handle}:${d.dbid}`),
        });
      }
      for (const c of s.cursors) {
        const kind = c.kind === 'table' ? 'cursor' : c.kind;
        const what = c.kind === 'table' ? `cursor ${c.handle} on table "${c.phase}"` : `${c.kind} ${c.handle} (${c.rows} rows)`;
        leaks.push({ kind, handle: c.handle, session: s.handle, what: `${what} of session ${s.handle}`, createdAt: at(`cursor:${c.handle}`) });
      }
    }
  }
  return leaks;
}

/** The leaks as a report, one per line, with where each was made when known. */
export function formatLeaks(leaks: readonly Leak[], title = 'esemu: the test left open'): string {
  if (leaks.length === 0) return `${title}: nothing`;
  const lines = [`${title} ${leaks.length} thing${leaks.length === 1 ? '' : 's'}:`];
  for (const l of leaks) {
    const indent = l.kind === 'instance' ? '  ' : l.kind === 'session' ? '    ' : '      ';
    lines.push(`${indent}${l.what}${l.createdAt === null ? '' : `, made at ${l.createdAt}`}`);
  }
  lines.push('End them in the test (JetCloseTable, JetCloseDatabase, JetEndSession, JetTerm), or they leak in production too.');
  return lines.join('\n');
}
