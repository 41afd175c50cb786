/**
 * The consumer projects the package test (package.test.ts) installs esemu into: each file is written into a
 * scratch project and run the way a user would run it. Each prints what it checks, so the test compares the
 * output with what esent.h's rules say: a session ended twice is InvalidSesid the second time (handles are
 * never reused), JetEndSession rolls a transaction back.
 */

/** A CommonJS program. */
export const CJS = `
const { out, createEmulator, JetCreateInstance, JetInit, JetBeginSession, JetBeginTransaction, JetEndSession, JetTerm,
  JET_errSuccess, JET_errInvalidSesid } = require('esemu');
const inst = out(); const ses = out();
const codes = [JetCreateInstance(inst, 'cjs'), JetInit(inst), JetBeginSession(inst.value, ses, '', ''),
  JetBeginTransaction(ses.value), JetEndSession(ses.value, 0), JetEndSession(ses.value, 0), JetTerm(inst.value)];
console.log(JSON.stringify({ codes, success: JET_errSuccess, invalid: JET_errInvalidSesid, emu: typeof createEmulator().api.JetInit }));
`;

/** An ES module program, importing by name. */
export const ESM = `
import { out, JetCreateInstance, JetInit, JetBeginSession, JetEndSession, JetTerm, JET_errInvalidSesid, emulator } from 'esemu';
import * as cjsView from 'esemu';
import { Api, EsentInvalidSesidException } from 'esemu/managed';
const inst = out(); const ses = out();
const codes = [JetCreateInstance(inst, 'esm'), JetInit(inst), JetBeginSession(inst.value, ses, '', ''),
  JetEndSession(ses.value, 0), JetEndSession(ses.value, 0), JetTerm(inst.value)];
let managed = 'no exception';
try { Api.JetBeginTransaction(ses.value); } catch (e) { managed = e instanceof EsentInvalidSesidException ? 'EsentInvalidSesidException' : String(e); }
console.log(JSON.stringify({ codes, invalid: JET_errInvalidSesid, same: cjsView.emulator === emulator, managed }));
`;

/** A typed program, checked with tsc --strict; the second half must not compile (swapped handles). */
export const TYPED = `
import { out, JetCreateInstance, JetInit, JetBeginSession, JetEndSession, JET_errSuccess } from 'esemu';
import type { JET_INSTANCE, JET_SESID, JET_ERR } from 'esemu';
import { findLeaks, formatLeaks, toBeJetError } from 'esemu/jest';
import { Api, EsentErrorException, EsentInvalidSesidException } from 'esemu/managed';
const inst = out<JET_INSTANCE>();
const ses = out<JET_SESID>();
const a: JET_ERR = JetCreateInstance(inst, 'typed');
const b: number = JetInit(inst);
const c: number = JetBeginSession(inst.value, ses, '', '');
const d: boolean = JetEndSession(ses.value, 0) === JET_errSuccess;
const leaks: string = formatLeaks(findLeaks({ runMode: 'none', fidelity: 'engine', handleValidation: 'esent', instances: [], files: [] }));
const m: boolean = toBeJetError(0, 'JET_errSuccess').pass;
let thrown: unknown = null;
try { Api.JetBeginTransaction(ses.value); } catch (e) { thrown = e; }
const n: boolean = thrown instanceof EsentInvalidSesidException && thrown instanceof EsentErrorException;
export { a, b, c, d, leaks, m, n };
`;

/** Must fail to compile: a session where an instance goes. */
export const MISTYPED = `
import { out, JetBeginSession } from 'esemu';
import type { JET_SESID } from 'esemu';
const ses = out<JET_SESID>();
JetBeginSession(ses.value, ses, '', '');
`;

/** A jest test file using the helper (setupFilesAfterEnv: ['esemu/jest']): matchers and a clean emulator per test. */
export const JEST_CLEAN = `
import { out, emulator, JetCreateInstance, JetInit, JetBeginSession, JetEndSession, JetTerm, JetBeginTransaction, JetCommitTransaction } from 'esemu';
import type { JET_INSTANCE, JET_SESID } from 'esemu';

test('leaves nothing open', () => {
  const inst = out<JET_INSTANCE>();
  const ses = out<JET_SESID>();
  expect(JetCreateInstance(inst, 'clean')).toBeJetSuccess();
  expect(JetInit(inst)).toBeJetSuccess();
  expect(JetBeginSession(inst.value, ses, '', '')).toBeJetSuccess();
  expect(JetCommitTransaction(ses.value, 0)).toBeJetError('JET_errNotInTransaction');
  expect(JetEndSession(ses.value, 0)).toBeJetSuccess({ warnings: false });
  expect(JetTerm(inst.value)).toBeJetSuccess();
});

test('starts from a clean emulator', () => {
  expect(emulator.dump().instances).toEqual([]);
});

test('a matcher failure names the code', () => {
  expect(() => expect(-1102).toBeJetError('JET_errSuccess')).toThrow(/JET_errWriteConflict/);
  expect(() => expect(JetBeginTransaction(12345 as unknown as JET_SESID)).toBeJetSuccess()).toThrow(/JET_errInvalidSesid/);
});
`;

/** A jest test file that leaks a session in a transaction, with leaks failing the test and call sites on. */
export const JEST_LEAKY = `
import { out, JetCreateInstance, JetInit, JetBeginSession, JetBeginTransaction } from 'esemu';
import type { JET_INSTANCE, JET_SESID } from 'esemu';
import { configure } from 'esemu/jest';
configure({ leaks: 'fail', callSites: true });

test('leaks a session', () => {
  const inst = out<JET_INSTANCE>();
  const ses = out<JET_SESID>();
  JetCreateInstance(inst, 'leaky');
  JetInit(inst);
  JetBeginSession(inst.value, ses, '', '');
  JetBeginTransaction(ses.value);
  expect(ses.value).not.toBe(0);
});
`;
