import { JET_errSessionInUse, JET_errSuccess, JET_errTransTooDeep, JET_errWriteConflict } from '../../src/index';
import type { StateDump } from '../../src/index';
import type { Step } from './steps';

/** What an exercise looks at after each step: the step and the states before and after it (page handles). */
export interface Attempt {
  step: Step;
  before: StateDump;
  after: StateDump;
}

export interface Exercise {
  id: string;
  title: string;
  hint: string;
  solved: (a: Attempt) => boolean;
}

const sessionsOf = (d: StateDump) => d.instances.flatMap((i) => i.sessions);
const isCall = (a: Attempt, api: string, code: number): boolean => a.step.kind === 'call' && a.step.api === api && a.step.code === code;

export const EXERCISES: readonly Exercise[] = [
  {
    id: 'session-in-use',
    title: 'Make JetEndSession answer JET_errSessionInUse',
    hint: 'Something set on the session makes JetEndSession refuse. Look at JetSetSessionContext.',
    solved: (a) => isCall(a, 'JetEndSession', JET_errSessionInUse),
  },
  {
    id: 'trans-too-deep',
    title: 'Reach JET_errTransTooDeep',
    hint: 'Transactions nest, but not forever.',
    solved: (a) => a.step.kind === 'call' && a.step.code === JET_errTransTooDeep,
  },
  {
    id: 'sort-disappears',
    title: 'End a session so that its sort disappears',
    hint: 'Open a sort (JetOpenTempTable) on a session, then end the session without closing the sort.',
    solved: (a) => {
      if (!isCall(a, 'JetEndSession', JET_errSuccess)) return false;
      const ended = sessionsOf(a.before).filter((s) => !sessionsOf(a.after).some((t) => t.handle === s.handle));
      return ended.some((s) => s.cursors.some((c) => c.kind === 'sort' || c.kind === 'temp table'));
    },
  },
  {
    id: 'works-after-stop',
    title: 'Find a call that still works after JetStopService',
    hint: 'Stop the service (JetStopService in one-instance mode, or JetStopServiceInstance), then try clean-up calls.',
    solved: (a) => a.step.kind === 'call' && a.step.code === JET_errSuccess && !a.step.api.startsWith('JetStopService')
      && a.before.instances.some((i) => i.stopRequested),
  },
  {
    id: 'write-conflict',
    title: 'With two sessions, produce a write conflict (JET_errWriteConflict)',
    hint: 'Two sessions, one table, one record: both change it inside their transactions.',
    solved: (a) => a.step.kind === 'call' && a.step.code === JET_errWriteConflict && sessionsOf(a.before).length >= 2,
  },
];

