/**
 * The order of the checks in the instance gate and the session gate, every pair of conditions, applied in both
 * orders (the answer must not depend on which condition arose first).
 *
 * Instance gate (JetBeginSession; APICALL_INST::FEnter -> INST::ErrAPIEnter, jetapi.cxx:4397-4525,
 * ese-semantics.md §2.4): stop requested -> ClientRequestToStopJetService; then unavailable -> InstanceUnavailable;
 * then an API lock: terminating -> TermInProgress, else restoring -> RestoreInProgress, else NotInitialized
 * (ErrAPIAbandonEnter_); then not initialized -> NotInitialized.
 *
 * Session gate (APICALL_SESID::FEnter, jetapi.cxx:4182-4250, §3): (1) every instance terminating -> TermInProgress
 * (NotInitialized with none), before anything else; (2) stop requested, unless the API ignores it (JetEndSession
 * does, JetBeginTransaction does not) -> ClientRequestToStopJetService; (3) unavailable -> InstanceUnavailable;
 * (4) this instance terminating -> TermInProgress. It never looks at restoring or initializing.
 */
import {
  out, JET_errClientRequestToStopJetService, JET_errInstanceUnavailable,
  JET_errInstanceUnavailableDueToFatalLogDiskFull, JET_errNotInitialized, JET_errRestoreInProgress, JET_errSuccess,
  JET_errTermInProgress,
} from '../../src';
import type { JET_INSTANCE, JET_SESID } from '../../src';
import { session, world } from '../support/fixture';
import type { World } from '../support/fixture';

type Cond = 'stop' | 'unavailable' | 'logDiskFull' | 'terminating' | 'restoring' | 'initializing';

function apply(w: World, c: Cond): void {
  if (c === 'stop') expect(w.api.JetStopServiceInstance(w.inst)).toBe(0);
  else if (c === 'unavailable') expect(w.emu.setInstanceUnavailable(w.inst)).toBe(0);
  else if (c === 'logDiskFull') expect(w.emu.setInstanceUnavailable(w.inst, JET_errInstanceUnavailableDueToFatalLogDiskFull)).toBe(0);
  else expect(w.emu.setInstanceState(w.inst, c)).toBe(0);
}

/** A world plus, when `bystander`, a second initialized instance that is not terminating. */
function setUp(bystander: boolean): World {
  const w = world();
  if (bystander) {
    const other = out<JET_INSTANCE>();
    expect(w.api.JetCreateInstance(other, 'bystander')).toBe(0);
    expect(w.api.JetInit(other)).toBe(0);
  }
  return w;
}

const STOP = JET_errClientRequestToStopJetService;
const UNAVAILABLE = JET_errInstanceUnavailable;
const DISK_FULL = JET_errInstanceUnavailableDueToFatalLogDiskFull;
const TERM = JET_errTermInProgress;
const RESTORE = JET_errRestoreInProgress;

/** [condition a, condition b, instance gate, JetBeginTransaction, JetEndSession] with another instance alive. */
const PAIRS: Array<[Cond, Cond, number, number, number]> = [
  ['stop', 'unavailable', STOP, STOP, UNAVAILABLE],
  ['stop', 'logDiskFull', STOP, STOP, DISK_FULL],
  ['stop', 'terminating', STOP, STOP, TERM],
  ['stop', 'restoring', STOP, STOP, JET_errSuccess],
  ['stop', 'initializing', STOP, STOP, JET_errSuccess],
  ['unavailable', 'terminating', UNAVAILABLE, UNAVAILABLE, UNAVAILABLE],
  ['logDiskFull', 'terminating', DISK_FULL, DISK_FULL, DISK_FULL],
  ['unavailable', 'restoring', UNAVAILABLE, UNAVAILABLE, UNAVAILABLE],
  ['unavailable', 'initializing', UNAVAILABLE, UNAVAILABLE, UNAVAILABLE],
];

const SINGLE: Array<[Cond, number, number, number]> = [
  ['stop', STOP, STOP, JET_errSuccess],
  ['unavailable', UNAVAILABLE, UNAVAILABLE, UNAVAILABLE],
  ['logDiskFull', DISK_FULL, DISK_FULL, DISK_FULL],
  ['terminating', TERM, TERM, TERM],
  ['restoring', RESTORE, JET_errSuccess, JET_errSuccess],
  ['initializing', JET_errNotInitialized, JET_errSuccess, JET_errSuccess],
];

function check(conds: Cond[], bystander: boolean, expected: [number, number, number]): void {
  // A fresh world per API, so that each call meets exactly the conditions applied.
  const answers: number[] = [];
  for (const call of ['JetBeginSession', 'JetBeginTransaction', 'JetEndSession'] as const) {
    const w = setUp(bystander);
    const ses: JET_SESID = w.ses;
    for (const c of conds) apply(w, c);
    if (call === 'JetBeginSession') answers.push(w.api.JetBeginSession(w.inst, out<JET_SESID>(), '', ''));
    else if (call === 'JetBeginTransaction') answers.push(w.api.JetBeginTransaction(ses));
    else answers.push(w.api.JetEndSession(ses, 0));
  }
  expect({ conds, answers }).toEqual({ conds, answers: expected });
}

describe('one condition at a time (another instance alive)', () => {
  it.each(SINGLE)('%s: JetBeginSession %i, JetBeginTransaction %i, JetEndSession %i', (c, inst, trx, end) => {
    check([c], true, [inst, trx, end]);
  });
});

describe('two conditions, in both orders (another instance alive)', () => {
  it.each(PAIRS)('%s and %s: JetBeginSession %i, JetBeginTransaction %i, JetEndSession %i', (a, b, inst, trx, end) => {
    check([a, b], true, [inst, trx, end]);
    check([b, a], true, [inst, trx, end]);
  });

  it('stop, unavailable and terminating together: the stop wins where it is checked, else unavailable', () => {
    const all: Cond[] = ['terminating', 'unavailable', 'stop'];
    check(all, true, [STOP, STOP, UNAVAILABLE]);
    check([...all].reverse(), true, [STOP, STOP, UNAVAILABLE]);
  });
});

describe('when the only instance is terminating, the session gate answers TermInProgress before anything', () => {
  // The instance gate has no such first step: the stop and unavailable checks still come first there.
  it.each([
    [['terminating', 'stop'] as Cond[], STOP],
    [['stop', 'terminating'] as Cond[], STOP],
    [['terminating', 'unavailable'] as Cond[], UNAVAILABLE],
    [['unavailable', 'terminating'] as Cond[], UNAVAILABLE],
    [['terminating', 'logDiskFull', 'stop'] as Cond[], STOP],
  ])('%j', (conds, instanceGate) => {
    check(conds, false, [instanceGate, TERM, TERM]);
  });
});

describe('the gates clear again', () => {
  it('back to initialized and available, both gates let calls through', () => {
    const w = setUp(false);
    const other = session(w.api, w.inst);
    apply(w, 'terminating');
    apply(w, 'unavailable');
    expect(w.api.JetBeginTransaction(other)).toBe(TERM);
    expect(w.emu.setInstanceState(w.inst, 'initialized')).toBe(0);
    expect(w.api.JetBeginTransaction(other)).toBe(UNAVAILABLE);
    expect(w.emu.setInstanceUnavailable(w.inst, 0)).toBe(0);
    expect(w.api.JetBeginTransaction(other)).toBe(0);
    expect(w.api.JetBeginSession(w.inst, out<JET_SESID>(), '', '')).toBe(0);
  });
});
