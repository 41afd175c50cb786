import { dirname } from 'node:path';
import type { Emulator } from '../emulator/emulator';
import type { TraceRecord } from '../jet/trace';

/**
 * Where each handle was made: listens to an emulator's trace and, after each successful call that makes an
 * instance, session, transaction, open database or cursor, keeps the caller's `file:line:column` (the first
 * stack frame outside esemu). Costs a stack capture per such call, so leak reports record it only on request.
 */
export class CallSites {
  private readonly sites = new Map<string, string>();
  /** Open transaction levels per session, to keep the site of the outermost begin. */
  private readonly depth = new Map<number, number>();
  private readonly stop: () => void;

  constructor(emu: Emulator) {
    this.stop = emu.subscribe((r) => this.record(r));
  }

  /** Where the thing with this key (`session:2`, `cursor:7`, `database:2:1`...) was made, or null. */
  get(key: string): string | null {
    return this.sites.get(key) ?? null;
  }

  /** Stop listening. */
  close(): void {
    this.stop();
  }

  private record(r: TraceRecord): void {
    if (r.code < 0) return;
    const a = r.args;
    const box = (i: number): number | null => {
      const v = a[i] as { value?: unknown } | null | undefined;
      return typeof v === 'object' && v !== null && typeof v.value === 'number' ? v.value : null;
    };
    const field = (i: number): number | null => {
      const v = a[i] as { tableid?: unknown } | null | undefined;
      return typeof v === 'object' && v !== null && typeof v.tableid === 'number' ? v.tableid : null;
    };
    const ses = typeof a[0] === 'number' ? a[0] : -1;
    switch (r.api) {
      case 'JetCreateInstance': case 'JetCreateInstance2':
        return this.keep('instance', box(0));
      case 'JetInit': case 'JetInit2': case 'JetInit3': {
        // JetInit makes an instance only in one-instance mode (no JetCreateInstance before it).
        const made = box(0);
        if (made !== null && !this.sites.has(`instance:${made}`)) this.keep('instance', made);
        return;
      }
      case 'JetBeginSession': case 'JetDupSession':
        return this.keep('session', box(1));
      case 'JetOpenDatabase': case 'JetCreateDatabase': case 'JetCreateDatabase2': {
        const dbid = box(3);
        return this.keep(`database:${ses}`, dbid);
      }
      case 'JetOpenTable': return this.keep('cursor', box(6));
      case 'JetCreateTable': return this.keep('cursor', box(5));
      case 'JetOpenTempTable': return this.keep('cursor', box(4));
      case 'JetOpenTempTable2': case 'JetOpenTempTable3': return this.keep('cursor', box(5));
      case 'JetDupCursor': return this.keep('cursor', box(2));
      case 'JetOpenTemporaryTable': case 'JetOpenTemporaryTable2': return this.keep('cursor', field(1));
      case 'JetCreateTableColumnIndex': case 'JetCreateTableColumnIndex2': case 'JetCreateTableColumnIndex3':
      case 'JetCreateTableColumnIndex4':
        return this.keep('cursor', field(2));
      case 'JetBeginTransaction': case 'JetBeginTransaction2': case 'JetBeginTransaction3': {
        const d = this.depth.get(ses) ?? 0;
        this.depth.set(ses, d + 1);
        if (d === 0) this.keep('transaction', ses);
        return;
      }
      case 'JetCommitTransaction': case 'JetCommitTransaction2':
        this.depth.set(ses, Math.max(0, (this.depth.get(ses) ?? 0) - 1));
        return;
      case 'JetRollback':
        // JET_bitRollbackAll (1) ends every level.
        this.depth.set(ses, (Number(a[1]) & 1) !== 0 ? 0 : Math.max(0, (this.depth.get(ses) ?? 0) - 1));
        return;
      case 'JetEndSession':
        this.depth.delete(ses);
        return;
      default:
    }
  }

  private keep(kind: string, handle: number | null): void {
    if (handle === null) return;
    this.sites.set(`${kind}:${handle}`, callerSite());
  }
}

/** The folder esemu's own modules are in (src/ when run from source, dist/cjs/ when installed). */
const OWN = dirname(__dirname);

/** The first stack frame that is not esemu's own code nor Node's: `file:line:column`. */
function callerSite(): string {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 40;
  const stack = new Error().stack ?? '';
  Error.stackTraceLimit = limit;
  for (const line of stack.split('\n').slice(1)) {
    const m = /\(?((?:file:\/\/)?[^()\s]+:\d+:\d+)\)?\s*$/.exec(line.trim());
    if (m === null) continue;
    const where = m[1].replace(/^file:\/\//, '');
    if (where.startsWith(OWN) || where.startsWith('node:') || where.includes('/node_modules/jest-') || where.includes('/node_modules/@jest/')) continue;
    return where;
  }
  return 'unknown';
}
