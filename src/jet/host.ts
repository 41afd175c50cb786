import { JET_errInternalError } from '../constants/errors';
import type { Engine } from '../engine/engine';
import { EngineFailure } from '../storage/failure';
import { currentThread } from '../engine/threads';
import { isPlainData, UNREADABLE } from './callerValues';
import { Tracer } from './trace';
import { isClearBox } from './outBox';

/** What the API functions of one emulator share: its engine (replaced on reset) and its trace. */
export interface Host {
  engine: Engine;
  readonly tracer: Tracer;
  /** The last JavaScript exception an API call caught (a bug in esemu), for diagnosis. */
  lastInternalError: unknown;
}

/** An argument as the body sees it: itself when it is plain data, UNREADABLE when reading it could run caller code. */
function screen(x: unknown): unknown {
  // Numbers, strings, null and byte arrays (only ever read through intrinsics) are the common case: no call.
  if (typeof x !== 'object' || x === null || ArrayBuffer.isView(x) || isClearBox(x)) return x;
  return isPlainData(x) ? x : UNREADABLE;
}

/** The arguments a call's trace shows: those the body declares, less the undefined ones at the end (not given). */
function givenArgs(all: unknown[], arity: number): unknown[] {
  let n = arity;
  while (n > 0 && all[n - 1] === undefined) n -= 1;
  return all.slice(0, n);
}

/**
 * Turn an implementation into an API function: the screening of arguments
 * (so that no caller code runs inside the call, see callerValues.ts), the API-level fault point,
 * conversion of engine failures to return codes, a safety net that turns
 * any exception into JET_errInternalError, and the trace. The function takes
 * its arguments as fixed parameters (the esent.h functions esemu has take at most ten),
 * which keeps the hot path free of rest-array allocation.
 */
export function apiFunction<A extends unknown[]>(host: Host, name: string, body: (engine: Engine, ...args: A) => number): (...args: A) => number {
  // How many arguments the body reads: only those need screening (one it does not declare it never looks at).
  // Counted from its declaration, not from `arguments`: a function that reads `arguments` and reassigns its
  // parameters costs V8 a copy of them on every call (about 10% of a JetRetrieveColumn). tests/core/apiBodies.test.ts
  // checks that no body has a default or rest parameter, which would end the count early.
  const arity = Math.max(body.length - 1, 0);
  const run = body as unknown as (engine: Engine, a: unknown, b: unknown, c: unknown, d: unknown, e: unknown, f: unknown, g: unknown, h: unknown, i: unknown, j: unknown) => number;
  function call(a?: unknown, b?: unknown, c?: unknown, d?: unknown, e?: unknown, f?: unknown, g?: unknown, h?: unknown, i?: unknown, j?: unknown): number {
    const engine = host.engine;
    let code: number;
    try {
      // Only objects need a look (screen() is not called for the numbers, strings and nulls most arguments are).
      if (typeof a === 'object' && a !== null) a = screen(a);
      if (typeof b === 'object' && b !== null) b = screen(b);
      if (arity > 2) {
        if (typeof c === 'object' && c !== null) c = screen(c);
        if (typeof d === 'object' && d !== null) d = screen(d);
        if (arity > 4) {
          if (typeof e === 'object' && e !== null) e = screen(e);
          if (typeof f === 'object' && f !== null) f = screen(f);
          if (arity > 6) {
            if (typeof g === 'object' && g !== null) g = screen(g);
            if (typeof h === 'object' && h !== null) h = screen(h);
            if (typeof i === 'object' && i !== null) i = screen(i);
            if (typeof j === 'object' && j !== null) j = screen(j);
          }
        }
      }
      const injected = engine.faults.take(name);
      code = injected !== 0 ? injected : run(engine, a, b, c, d, e, f, g, h, i, j);
    } catch (caught) {
      if (caught instanceof EngineFailure) {
        code = caught.code;
      } else {
        host.lastInternalError = caught;
        code = JET_errInternalError;
      }
    }
    if (host.tracer.active) {
      host.tracer.emit(name, givenArgs([a, b, c, d, e, f, g, h, i, j], arity), code, currentThread());
    }
    return code;
  }
  return call as unknown as (...args: A) => number;
}
