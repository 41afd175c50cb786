/**
 * Hostile arguments in every position of every exported Jet function, with a trace listener subscribed.
 *
 * The rules (issue 5, section 1b; ese-semantics.md §0):
 *  (i)   handles are checked before anything else: a stale, foreign or junk sesid answers InvalidSesid, a tableid
 *        InvalidTableId (SesidTableIdMismatch for another session's cursor), an instance InvalidInstance;
 *  (ii)  any other argument of the wrong kind, whose read throws, or an output that cannot be written answers
 *        InvalidParameter and changes nothing (the dump is the same and the valid call still works afterwards);
 *  (iii) no call throws, answers InternalError, or takes long (arrays of length 2**32-1 must not be walked).
 *
 * Every case runs in a fresh emulator. Values of the right kind (a frozen input struct, a cyclic box...) must
 * answer what the valid call answers. Calls given an array of length 2**32-1 run under `guarded`, which stops an
 * index-by-index walk of it after TRIP_LIMIT lookups, so a walk shows up as a failure instead of a hung test.
 */
import * as esemu from '../../src';
import { errorName, JET_errInvalidParameter, JET_errInternalError } from '../../src';
import type { JetApi } from '../../src';
import { SKIP } from '../support/hostile/cases';
import type { Case } from '../support/hostile/cases';
import { casesFor } from '../support/hostile/kinds';
import { specs } from '../support/hostile/specs';
import type { Spec } from '../support/hostile/specs';
import { guarded, resetTrips, trips, TRIP_LIMIT } from '../support/hostile/tripwire';
import { build, describeError } from '../support/hostile/world';
import type { World } from '../support/hostile/world';

/** Every Jet* function the package exports (new ones must get a spec in tests/support/hostile/specs.ts). */
const names = Object.keys(esemu).filter(
  (n) => n.startsWith('Jet') && typeof (esemu as Record<string, unknown>)[n] === 'function',
) as (keyof JetApi)[];

// ---------------------------------------------------------------------------------------------------------------
// Running the cases

function call(w: World, name: keyof JetApi, args: unknown[]): unknown {
  const fn = w.api[name] as unknown as (...a: unknown[]) => unknown;
  return fn(...args);
}

function fmt(code: unknown): string {
  return typeof code === 'number' ? `${code} ${errorName(code)}` : `${typeof code} ${typeof code === 'symbol' ? '' : String(code)}`;
}

function state(w: World): string {
  return JSON.stringify(w.emu.dump());
}

function runCase(name: keyof JetApi, spec: Spec, position: number, kase: Case, problems: string[]): void {
  const w = build(spec.empty === true);
  const valid = spec.setup(w);
  const args = valid();
  const value = kase.make(w, args[position]);
  if (value === SKIP) return;
  args[position] = value;
  const where = `${name} arg ${position} = ${kase.label}`;
  const expected = kase.expect === 'same' ? spec.code : kase.expect === 'param' ? JET_errInvalidParameter : kase.expect;
  const before = state(w);
  const callsBefore = w.calls;
  resetTrips();
  let rc: unknown;
  let threw = false;
  try {
    rc = kase.sparse === true ? guarded(() => call(w, name, args)) : call(w, name, args);
  } catch (e) {
    threw = true;
    problems.push(`${where}: threw ${describeError(e)}`);
  }
  const walked = trips() > TRIP_LIMIT;
  if (walked) problems.push(`${where}: walked the array of length 2**32-1 (more than ${TRIP_LIMIT} element accesses)`);
  if (threw) return;
  if (rc !== expected) {
    const internal = rc === JET_errInternalError ? ` (${String(w.emu.lastInternalError)})` : '';
    problems.push(`${where}: returned ${fmt(rc)}${internal}, expected ${fmt(expected)}`);
  }
  if (w.calls !== callsBefore + 1 || w.last?.api !== name || w.last.code !== rc) {
    problems.push(`${where}: the trace listener did not get one record of this call with its code`);
  }
  if (w.traceErrors.length > 0) problems.push(`${where}: ${w.traceErrors.join('; ')}`);
  if (kase.expect !== 'same' && rc === expected) {
    const after = state(w);
    if (after !== before) problems.push(`${where}: answered ${fmt(rc)} but changed the state:\n  before ${before}\n  after  ${after}`);
    try {
      const again = call(w, name, valid());
      if (again !== spec.code) problems.push(`${where}: afterwards the valid call answers ${fmt(again)}, not ${fmt(spec.code)}`);
    } catch (e) {
      problems.push(`${where}: afterwards the valid call threw ${describeError(e)}`);
    }
  }
}

/** Runs the function's cases: those holding an array of length 2**32-1, or all the others. */
function runFunction(name: keyof JetApi, sparseOnly: boolean): string[] {
  const spec = specs[name];
  const problems: string[] = [];
  if (!sparseOnly) {
    // The valid call itself.
    const w = build(spec.empty === true);
    const rc = call(w, name, spec.setup(w)());
    if (rc !== spec.code) problems.push(`${name} with valid arguments: returned ${fmt(rc)}, expected ${fmt(spec.code)}`);
  }
  spec.kinds.forEach((kind, position) => {
    for (const kase of casesFor(kind)) if ((kase.sparse === true) === sparseOnly) runCase(name, spec, position, kase, problems);
  });
  return problems;
}

function report(problems: string[]): string {
  const shown = problems.slice(0, 60).join('\n');
  return problems.length > 60 ? `${shown}\n... and ${problems.length - 60} more` : shown;
}

describe('hostile arguments (with a trace listener)', () => {
  it('has a spec for every exported Jet function', () => {
    expect(names.length).toBeGreaterThanOrEqual(54);
    expect(names.filter((n) => !(n in specs))).toEqual([]);
  });

  it.each(names.filter((n) => n in specs))('%s answers the exact code for every hostile value in every position', (name) => {
    expect(report(runFunction(name, false))).toBe('');
  });
});

// Last: once `guarded` has put a Proxy into Array.prototype's chain, V8 runs array code more slowly for good.
describe('arrays of length 2**32-1 (with a trace listener)', () => {
  it.each(names.filter((n) => n in specs))('%s answers the exact code, promptly, for new Array(2**32-1) in every position', (name) => {
    expect(report(runFunction(name, true))).toBe('');
  });
});
