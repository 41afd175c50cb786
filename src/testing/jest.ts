/**
 * esemu's jest helper: `setupFilesAfterEnv: ['esemu/jest']` in jest's configuration gives each test a clean
 * default emulator (the one behind the named `Jet*` exports), adds the matchers `toBeJetError` and
 * `toBeJetSuccess`, and after each test reports what it left open: instances, sessions, transactions, open
 * databases, cursors, sorts and temp tables (warn by default; `configure({ leaks: 'fail' })` or
 * ESEMU_LEAKS=fail fails the test). The framework-neutral parts are in leaks.ts, callSites.ts and matchers.ts.
 */
import { emulator } from '../index';
import type { Emulator } from '../emulator/emulator';
import type { EmulatorSnapshot } from '../emulator/snapshot';
import { CallSites } from './callSites';
import { findLeaks, formatLeaks } from './leaks';
import type { Leak } from './leaks';
import { toBeJetError, toBeJetSuccess } from './matchers';

export { findLeaks, formatLeaks, CallSites };
export type { Leak };
export { describeCode, toBeJetError, toBeJetSuccess } from './matchers';
export type { MatchResult } from './matchers';

/** What to do with a test that leaves things open. */
export type LeakMode = 'warn' | 'fail' | 'off';

export interface LeakOptions {
  /** 'warn' (the default: console.warn), 'fail' (the test fails) or 'off'. ESEMU_LEAKS sets the default. */
  leaks: LeakMode;
  /** Record where each instance, session, cursor... was made, for the report (off by default: it costs a stack capture per call). */
  callSites: boolean;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      /** The code is this JET_err / JET_wrn (by name, or the number). */
      toBeJetError(expected: string | number): R;
      /** The code is JET_errSuccess or, unless `warnings: false`, a warning. */
      toBeJetSuccess(options?: { warnings?: boolean }): R;
    }
  }
}

function envMode(): LeakMode {
  const v = typeof process === 'undefined' ? undefined : process.env.ESEMU_LEAKS;
  return v === 'fail' || v === 'off' ? v : 'warn';
}

const settings: LeakOptions = { leaks: envMode(), callSites: false };
/** Emulators checked and reset besides the default one (see watch()). */
const watched = new Set<Emulator>([emulator]);
let sites = new Map<Emulator, CallSites>();

/** Change the helper's settings (for the rest of the test file: call it at the top level or in beforeAll). */
export function configure(options: Partial<LeakOptions>): void {
  Object.assign(settings, options);
}

/** Also reset `emu` before each test and report what each test left open in it (an emulator from createEmulator()). */
export function watch(emu: Emulator): void {
  watched.add(emu);
}

/** What the tests of this file left open so far in the emulators watched, as of now (for a test of its own). */
export function currentLeaks(): Leak[] {
  return [...watched].flatMap((emu) => findLeaks(emu.dump(), sites.get(emu) ?? null));
}

/** jest's globals, when this module runs under jest. */
const g = globalThis as unknown as Partial<JestGlobals>;

/**
 * A fixture for the tests of the current file (or `describe` block): `build` runs once, on the default emulator
 * made clean for it, and the state it leaves is put back before each test (emulator.snapshot / restore: the
 * time does not depend on how many records it holds). Call it at the top level of a test file or in a describe.
 */
export function fixture(build: () => void): void {
  let snapshot: EmulatorSnapshot | null = null;
  if (typeof g.beforeAll !== 'function' || typeof g.beforeEach !== 'function') throw new Error('fixture(): jest globals are not there');
  g.beforeAll(() => {
    emulator.reset();
    build();
    snapshot = emulator.snapshot();
  });
  g.beforeEach(() => {
    if (snapshot !== null) emulator.restore(snapshot);
  });
}

interface JestGlobals {
  beforeAll(fn: () => void): void;
  beforeEach(fn: () => void): void;
  afterEach(fn: () => void): void;
  expect: { extend(matchers: Record<string, (this: unknown, received: unknown, ...args: never[]) => { pass: boolean; message: () => string }>): void };
}

if (typeof g.beforeEach === 'function' && typeof g.afterEach === 'function' && g.expect !== undefined) {
  g.expect.extend({
    toBeJetError: (received: unknown, expected: string | number) => toBeJetError(received, expected),
    toBeJetSuccess: (received: unknown, options?: { warnings?: boolean }) => toBeJetSuccess(received, options),
  });
  g.beforeEach(() => {
    for (const emu of watched) emu.reset();
    if (settings.callSites) sites = new Map([...watched].map((emu) => [emu, new CallSites(emu)]));
  });
  g.afterEach(() => {
    const found = settings.leaks === 'off' ? [] : currentLeaks();
    for (const s of sites.values()) s.close();
    sites = new Map();
    // An expect() that failed inside a trace listener fails the test here.
    for (const emu of watched) emu.throwListenerErrors();
    if (found.length === 0) return;
    const report = formatLeaks(found);
    if (settings.leaks === 'fail') throw new Error(report);
    console.warn(report);
  });
}
