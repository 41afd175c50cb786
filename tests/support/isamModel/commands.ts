/**
 * The commands of a run and their fast-check arbitraries. A command names a session slot (taken modulo the run's
 * session count, so shrinking the count keeps commands valid), small keys (1..6) and values (1..3), so that
 * duplicates, conflicts and equal secondary keys happen often.
 */
import fc from 'fast-check';
import type { IndexName } from './model';

export const KEYS = 6;
export const VALUES = 3;

export type Cmd =
  | { t: 'begin'; s: number; n: number }
  /** all: commit until JetCommitTransaction answers NotInTransaction (as client teardowns do). */
  | { t: 'commit'; s: number; all: boolean }
  | { t: 'rollback'; s: number; all: boolean }
  | { t: 'end'; s: number }
  | { t: 'insert'; s: number; k: number; v: number }
  | { t: 'prepare'; s: number; k: number; noLock: boolean }
  | { t: 'update'; s: number; v: number }
  | { t: 'replace'; s: number; k: number; v: number; noLock: boolean }
  | { t: 'cancel'; s: number }
  /** JetPrepareUpdate(Replace) of k and at once JetPrepareUpdate(Cancel): in a transaction, a write lock alone. */
  | { t: 'lock'; s: number; k: number }
  | { t: 'delete'; s: number; k: number }
  | { t: 'seek'; s: number; ix: IndexName; key: number; ge: boolean }
  | { t: 'scan'; s: number; ix: IndexName; reverse: boolean }
  | { t: 'range'; s: number; ix: IndexName; lo: number; hi: number }
  /** s prepares a replace of k; another session (the o-th after s) replaces, deletes or inserts k; s updates. */
  | { t: 'race'; s: number; k: number; noLock: boolean; v: number; o: number; act: 'replace' | 'delete' | 'insert' }
  /**
   * A stale transaction: the o-th session after s is in a transaction (begun here if at level 0); s, in a
   * transaction, replaces k (or with lockOnly only write-locks it) and commits every level; then o acts on k.
   */
  | {
    t: 'stale'; s: number; k: number; v: number; o: number; lockOnly: boolean;
    act: 'replace' | 'replaceNoLock' | 'delete' | 'insert';
  };

/** Rows committed before the first command, and how many sessions take part. */
export interface Setup {
  sessions: number;
  rows: Array<[k: number, v: number]>;
}

const slot = fc.nat({ max: 2 });
const other = fc.nat({ max: 1 });
const key = fc.integer({ min: 1, max: KEYS });
const value = fc.integer({ min: 1, max: VALUES });
const seekKey = fc.integer({ min: 0, max: KEYS + 1 });
const ix = fc.constantFrom<IndexName>('primary', 'byV');
const depth = fc.constantFrom(1, 1, 1, 1, 1, 2, 8);
const raceAct = fc.constantFrom<'replace' | 'delete' | 'insert'>('replace', 'delete', 'insert');
const staleAct = fc.constantFrom<'replace' | 'replaceNoLock' | 'delete' | 'insert'>('replace', 'replaceNoLock', 'delete', 'insert');

function kind<T extends Cmd['t']>(t: T): fc.Arbitrary<T> {
  return fc.constant(t);
}

/** Weights chosen so that transactions stay open long enough to meet each other. */
export const cmdArb: fc.Arbitrary<Cmd> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ t: kind('begin'), s: slot, n: depth }) },
  { weight: 3, arbitrary: fc.record({ t: kind('commit'), s: slot, all: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ t: kind('rollback'), s: slot, all: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ t: kind('end'), s: slot }) },
  { weight: 5, arbitrary: fc.record({ t: kind('insert'), s: slot, k: key, v: value }) },
  { weight: 3, arbitrary: fc.record({ t: kind('prepare'), s: slot, k: key, noLock: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ t: kind('update'), s: slot, v: value }) },
  { weight: 6, arbitrary: fc.record({ t: kind('replace'), s: slot, k: key, v: value, noLock: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ t: kind('cancel'), s: slot }) },
  { weight: 2, arbitrary: fc.record({ t: kind('lock'), s: slot, k: key }) },
  { weight: 5, arbitrary: fc.record({ t: kind('delete'), s: slot, k: key }) },
  { weight: 2, arbitrary: fc.record({ t: kind('seek'), s: slot, ix, key: seekKey, ge: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ t: kind('scan'), s: slot, ix, reverse: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ t: kind('range'), s: slot, ix, lo: seekKey, hi: seekKey }) },
  { weight: 2, arbitrary: fc.record({ t: kind('race'), s: slot, k: key, noLock: fc.boolean(), v: value, o: other, act: raceAct }) },
  { weight: 2, arbitrary: fc.record({ t: kind('stale'), s: slot, k: key, v: value, o: other, lockOnly: fc.boolean(), act: staleAct }) },
);

export const setupArb: fc.Arbitrary<Setup> = fc.record({
  sessions: fc.integer({ min: 2, max: 3 }),
  rows: fc.uniqueArray(fc.tuple(key, value), { maxLength: KEYS, selector: ([k]) => k }),
});

/** The o-th session after session s, among n. */
export function otherSession(s: number, o: number, n: number): number {
  return (s + 1 + (o % (n - 1))) % n;
}

/** A command as one line, with its session slot taken modulo n: "s1 replace k3 v2 nolock". */
export function formatCmd(raw: Cmd, n: number): string {
  const c = { ...raw, s: raw.s % n };
  const head = `s${c.s} ${c.t}`;
  switch (c.t) {
    case 'begin': return `${head}${c.n > 1 ? ` x${c.n}` : ''}`;
    case 'commit':
    case 'rollback': return `${head}${c.all ? ' all' : ''}`;
    case 'insert': return `${head} k${c.k} v${c.v}`;
    case 'prepare': return `${head} k${c.k}${c.noLock ? ' nolock' : ''}`;
    case 'update': return `${head} v${c.v}`;
    case 'replace': return `${head} k${c.k} v${c.v}${c.noLock ? ' nolock' : ''}`;
    case 'lock':
    case 'delete': return `${head} k${c.k}`;
    case 'seek': return `${head} ${c.ix} ${c.ge ? 'GE' : 'EQ'} ${c.key}`;
    case 'scan': return `${head} ${c.ix}${c.reverse ? ' reverse' : ''}`;
    case 'range': return `${head} ${c.ix} ${c.lo}..${c.hi}`;
    case 'race': return `${head} k${c.k} v${c.v}${c.noLock ? ' nolock' : ''}: s${otherSession(c.s, c.o, n)} ${c.act}s k${c.k} in between`;
    case 'stale': return `${head} k${c.k} v${c.v}${c.lockOnly ? ' lock only' : ''}: then s${otherSession(c.s, c.o, n)} ${c.act}s k${c.k}`;
    default: return head;
  }
}
