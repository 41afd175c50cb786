import * as esemu from '../../src';
import { createEmulator, errorInfo, out, JET_errInternalError } from '../../src';
import type { Emulator, JetApi, JET_INSTANCE, JET_SESID, JET_TABLEID } from '../../src';
import { openSort } from '../support/fixture';

/** Every Jet* function the package exports (new ones are covered automatically). */
const names = Object.keys(esemu).filter((n) => n.startsWith('Jet') && typeof (esemu as Record<string, unknown>)[n] === 'function') as (keyof JetApi)[];

const hostile: unknown[] = [
  undefined, null, NaN, Infinity, -Infinity, -1, 0, 2 ** 53, -(2 ** 31) - 1, 2 ** 32, 1.5, '', 'x', '65537',
  {}, { value: 1 }, [], [1, 2], Symbol('s'), 10n, () => 0, new Uint8Array(0), new Uint8Array(3), 0xffffffff, true,
];

interface Live {
  emu: Emulator;
  inst: JET_INSTANCE;
  ses: JET_SESID;
  tableid: JET_TABLEID;
  stale: { ses: JET_SESID; tableid: JET_TABLEID; inst: JET_INSTANCE };
}

function live(): Live {
  const emu = createEmulator();
  const api = emu.api;
  const gone = out<JET_INSTANCE>();
  api.JetCreateInstance(gone, 'gone');
  api.JetInit(gone);
  const goneSes = out<JET_SESID>();
  api.JetBeginSession(gone.value, goneSes, '', '');
  const goneTable = openSort(api, goneSes.value).tableid;
  api.JetTerm(gone.value);
  const inst = out<JET_INSTANCE>();
  api.JetCreateInstance(inst, 'live');
  api.JetInit(inst);
  const ses = out<JET_SESID>();
  api.JetBeginSession(inst.value, ses, '', '');
  api.JetBeginTransaction(ses.value);
  const tableid = openSort(api, ses.value).tableid;
  return { emu, inst: inst.value, ses: ses.value, tableid, stale: { ses: goneSes.value, tableid: goneTable, inst: gone.value } };
}

/** Arguments that are valid in kind for the live world, so a hostile value in one position is what gets tested. */
function baseline(w: Live): unknown[] {
  return [w.ses, w.tableid, 1, new Uint8Array(8), 4, out<number>(0), 0, null];
}

/** Tear down whatever the hostile calls left, then prove a whole normal lifecycle still works. */
function expectUsable(emu: Emulator): void {
  const api = emu.api;
  for (const i of emu.dump().instances) {
    expect([0, -1116]).toContain(api.JetTerm2(i.handle as JET_INSTANCE, 0x8));
  }
  expect(emu.dump().instances).toEqual([]);
  const inst = out<JET_INSTANCE>();
  expect(api.JetCreateInstance(inst, 'after')).toBe(0);
  expect(api.JetInit(inst)).toBe(0);
  const ses = out<JET_SESID>();
  expect(api.JetBeginSession(inst.value, ses, '', '')).toBe(0);
  expect(api.JetBeginTransaction(ses.value)).toBe(0);
  openSort(api, ses.value);
  expect(api.JetEndSession(ses.value, 0)).toBe(0);
  expect(api.JetTerm(inst.value)).toBe(0);
}

function call(emu: Emulator, name: keyof JetApi, args: unknown[]): number {
  const fn = emu.api[name] as (...a: unknown[]) => number;
  return fn(...args);
}

function expectJetCode(emu: Emulator, name: string, args: unknown[], code: unknown): void {
  if (typeof code !== 'number' || errorInfo(code).category === 'unknown' || code === JET_errInternalError) {
    throw new Error(`${name}(${args.map(String).join(', ')}) returned ${String(code)}: ${String(emu.lastInternalError)}`);
  }
}

describe('hostile arguments', () => {
  it('covers every exported Jet function', () => {
    expect(names.length).toBeGreaterThanOrEqual(54);
  });

  it.each(names)('%s returns a JET code for every hostile value in every position', (name) => {
    const w = live();
    const foreign = live();
    const values = [...hostile, w.stale.ses, w.stale.tableid, w.stale.inst, foreign.ses, foreign.tableid, foreign.inst];
    for (let position = 0; position < 8; position++) {
      for (const value of values) {
        for (const base of [baseline(w), [w.inst, out(), 0, 0, 0, 0, 0, 0]]) {
          const args = base.slice();
          args[position] = value;
          let code: unknown;
          expect(() => {
            code = call(w.emu, name, args);
          }).not.toThrow();
          expectJetCode(w.emu, name, args, code);
        }
      }
    }
    expectUsable(w.emu);
  });

  it('leaves a fresh emulator usable after every function was called with nothing at all', () => {
    const emu = createEmulator();
    for (const name of names) expectJetCode(emu, name, [], call(emu, name, []));
    expectUsable(emu);
  });
});
