import { errorName } from '../constants/errorInfo';

/** One API call as the trace saw it. */
export interface TraceRecord {
  seq: number;
  api: string;
  args: readonly unknown[];
  code: number;
  codeName: string;
  thread: number;
}

export type TraceListener = (record: TraceRecord) => void;

/** Fan-out of API calls to subscribers; costs nothing while nobody listens. */
export class Tracer {
  private readonly listeners = new Set<TraceListener>();
  private seq = 0;

  get active(): boolean {
    return this.listeners.size > 0;
  }

  /** Listen to every API call; returns the function that stops listening. */
  subscribe(listener: TraceListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  emit(api: string, args: readonly unknown[], code: number, thread: number): void {
    const record: TraceRecord = { seq: ++this.seq, api, args: args.map(snapshotArg), code, codeName: errorName(code), thread };
    for (const listener of [...this.listeners]) {
      try {
        listener(record);
      } catch {
        // A failing listener must not turn an API call into an exception; the call has already happened.
      }
    }
  }
}

/** Copy what an argument holds now, so later changes to a box or buffer do not rewrite history. */
function snapshotArg(arg: unknown): unknown {
  if (arg instanceof Uint8Array) return arg.slice();
  if (Array.isArray(arg)) return arg.map(snapshotArg);
  if (typeof arg === 'object' && arg !== null) return { ...arg };
  return arg;
}

function formatArg(arg: unknown): string {
  if (arg === null || arg === undefined) return 'NULL';
  if (typeof arg === 'string') return JSON.stringify(arg);
  if (arg instanceof Uint8Array) return `<${arg.length} bytes>`;
  if (Array.isArray(arg)) return `[${arg.map(formatArg).join(', ')}]`;
  if (typeof arg === 'object') {
    const keys = Object.keys(arg);
    if (keys.length === 1 && keys[0] === 'value') return `&${formatArg((arg as { value: unknown }).value)}`;
    return `{${keys.map((k) => `${k}: ${formatArg((arg as Record<string, unknown>)[k])}`).join(', ')}}`;
  }
  return String(arg);
}

/** One line per call: `JetBeginSession(65538, &65539, "", "") = 0 JET_errSuccess`. */
export function formatTraceRecord(r: TraceRecord): string {
  const thread = r.thread === 1 ? '' : ` [thread ${r.thread}]`;
  return `${r.api}(${r.args.map(formatArg).join(', ')}) = ${r.code} ${r.codeName}${thread}`;
}
