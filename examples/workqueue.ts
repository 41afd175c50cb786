/**
 * A work queue in one table with competing consumers, the shape of Rhino.Queues' Dequeue and RavenDB's task
 * table: each consumer has its own session and claims the first ready job in a transaction.
 *
 * - Jobs: id (autoincrement, primary), state (0 ready, 1 taken, 2 done), owner, attempts, payload; the index
 *   "byState" on (state, id) gives the ready jobs in FIFO order through MakeKey(state) + Seek(GE) and
 *   MakeKey(state, FullColumnEndLimit) + SetIndexRange(UpperLimit | Inclusive).
 * - Claiming is JetPrepareUpdate(Replace) on the job. Under snapshot isolation two consumers can see the same
 *   ready job; the second to write it gets JET_errWriteConflict (from the uncommitted claim, or from a claim
 *   committed after its transaction began) and tries the next ready job; when all of them conflicted it rolls
 *   back and retries in a new transaction, with a fresh snapshot.
 * - A claim that is never committed (the consumer's session ends) is rolled back: the job is ready again.
 * - JavaScript has one thread, so consumers are written as generators that yield where a thread could be
 *   pre-empted; `runInterleaved` steps them in a chosen order, which makes every interleaving reproducible.
 *
 * Run: npx tsc -p tsconfig.json --outDir dist/all && node dist/all/examples/workqueue.js
 */
import {
  createEmulator, out,
  JET_MoveNext, JET_bitColumnAutoincrement, JET_bitColumnNotNULL, JET_bitFullColumnEndLimit, JET_bitIndexPrimary,
  JET_bitIndexUnique, JET_bitNewKey, JET_bitRangeInclusive, JET_bitRangeUpperLimit, JET_bitRetrieveCopy,
  JET_bitSeekEQ, JET_bitSeekGE, JET_coltypLong, JET_coltypLongText, JET_coltypText, JET_errWriteConflict,
  JET_prepInsert, JET_prepReplace,
} from '../src';
import type {
  JetApi, JET_COLUMNCREATE, JET_COLUMNID, JET_DBID, JET_INDEXCREATE, JET_SESID, JET_TABLECREATE, JET_TABLEID,
} from '../src';
import {
  check, columnId, found, inTransaction, int32, keyDescription, makeKey, openSession, readInt32,
  readUtf16, retrieveColumn, setColumn, startInstance, tryOpenTable, utf16,
} from './esent';

export const JOBS = 'jobs';
export enum JobState { Ready = 0, Taken = 1, Done = 2 }

export interface Job {
  id: number;
  payload: string;
  owner: string;
  attempts: number;
}

interface JobColumns {
  id: JET_COLUMNID; state: JET_COLUMNID; owner: JET_COLUMNID; attempts: JET_COLUMNID; payload: JET_COLUMNID;
}

/** Creates the jobs table if missing (call once, from any session with the database open). */
export function ensureQueue(api: JetApi, ses: JET_SESID, dbid: JET_DBID): void {
  const existing = tryOpenTable(api, ses, dbid, JOBS);
  if (existing !== null) {
    check(api.JetCloseTable(ses, existing), 'JetCloseTable');
    return;
  }
  const columns: JET_COLUMNCREATE[] = [
    { szColumnName: 'id', coltyp: JET_coltypLong, grbit: JET_bitColumnAutoincrement },
    { szColumnName: 'state', coltyp: JET_coltypLong, grbit: JET_bitColumnNotNULL },
    { szColumnName: 'owner', coltyp: JET_coltypText, cp: 1200, cbMax: 128 },
    { szColumnName: 'attempts', coltyp: JET_coltypLong, grbit: JET_bitColumnNotNULL },
    { szColumnName: 'payload', coltyp: JET_coltypLongText, cp: 1200 },
  ];
  const primary = keyDescription('+id');
  const byState = keyDescription('+state', '+id');
  const indexes: JET_INDEXCREATE[] = [
    { szIndexName: 'primary', ...primary, grbit: JET_bitIndexPrimary | JET_bitIndexUnique },
    { szIndexName: 'byState', ...byState, grbit: JET_bitIndexUnique },
  ];
  const create: JET_TABLECREATE = {
    szTableName: JOBS, rgcolumncreate: columns, cColumns: columns.length, rgindexcreate: indexes,
    cIndexes: indexes.length, grbit: 0,
  };
  inTransaction(api, ses, () => {
    check(api.JetCreateTableColumnIndex(ses, dbid, create), 'JetCreateTableColumnIndex');
    if (create.tableid !== undefined) check(api.JetCloseTable(ses, create.tableid), 'JetCloseTable');
  });
}

/** One session's view of the queue: producers and consumers both use it. */
export class QueueClient {
  /** JET_errWriteConflict answers this client got (each one cost a retry). */
  conflicts = 0;
  private readonly tableid: JET_TABLEID;
  private readonly c: JobColumns;

  constructor(private readonly api: JetApi, readonly ses: JET_SESID, dbid: JET_DBID, readonly name: string,
    private readonly maxAttempts = 20) {
    const t = tryOpenTable(api, ses, dbid, JOBS);
    if (t === null) throw new Error('no jobs table: call ensureQueue first');
    this.tableid = t;
    const col = (n: string): JET_COLUMNID => columnId(api, ses, t, n);
    this.c = {
      id: col('id'), state: col('state'), owner: col('owner'), attempts: col('attempts'), payload: col('payload'),
    };
    check(api.JetSetCurrentIndex(ses, t, 'byState'), 'JetSetCurrentIndex');
  }

  /** Adds a ready job; returns its id. */
  enqueue(payload: string): number {
    const { api, ses, tableid: t, c } = this;
    return inTransaction(api, ses, () => {
      check(api.JetPrepareUpdate(ses, t, JET_prepInsert), 'JetPrepareUpdate');
      const id = retrieveColumn(api, ses, t, c.id, JET_bitRetrieveCopy);
      setColumn(api, ses, t, c.state, int32(JobState.Ready));
      setColumn(api, ses, t, c.attempts, int32(0));
      setColumn(api, ses, t, c.payload, utf16(payload));
      check(api.JetUpdate(ses, t, null, 0, null), 'JetUpdate');
      if (id === null) throw new Error('autoincrement column not assigned');
      return readInt32(id);
    });
  }

  /**
   * Claims the first ready job it can, as a coroutine that yields where another consumer may run. A ready job
   * answering JET_errWriteConflict belongs to someone else: skip to the next one (Rhino.Queues). When every ready
   * job in this snapshot conflicted, roll back, back off and retry with a new transaction, since those claims may
   * still be rolled back (up to maxAttempts transactions). Returns null when no job could be claimed.
   */
  *take(): Generator<void, Job | null, void> {
    const { api, ses, tableid: t } = this;
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      check(api.JetBeginTransaction(ses), 'JetBeginTransaction');
      let open = true;
      let conflicted = false;
      try {
        if (this.seekState(JobState.Ready)) {
          do {
            yield; // on a ready job: another consumer may claim it now
            const rc = api.JetPrepareUpdate(ses, t, JET_prepReplace);
            if (rc === JET_errWriteConflict) {
              this.conflicts++;
              conflicted = true;
              continue; // to the next ready job
            }
            check(rc, 'JetPrepareUpdate');
            const job = this.claimHere();
            yield; // claimed but not committed: the others cannot see it yet
            open = false;
            check(api.JetCommitTransaction(ses, 0), 'JetCommitTransaction');
            return job;
          } while (found(api.JetMove(ses, t, JET_MoveNext, 0), 'JetMove'));
        }
        open = false;
        check(api.JetRollback(ses, 0), 'JetRollback'); // nothing was written
      } catch (e) {
        if (open) check(api.JetRollback(ses, 0), 'JetRollback');
        throw e;
      }
      if (!conflicted) return null; // the queue is empty
      yield; // back off: let the claims that beat us commit or roll back
    }
    return null;
  }

  /** Inside take(): fills the prepared Replace of the current job with the claim and saves it. */
  private claimHere(): Job {
    const { api, ses, tableid: t, c } = this;
    const attempts = readInt32(this.required(c.attempts)) + 1;
    setColumn(api, ses, t, c.state, int32(JobState.Taken));
    setColumn(api, ses, t, c.owner, utf16(this.name));
    setColumn(api, ses, t, c.attempts, int32(attempts));
    const job: Job = {
      id: readInt32(this.required(c.id)), payload: readUtf16(this.required(c.payload)), owner: this.name, attempts,
    };
    check(api.JetUpdate(ses, t, null, 0, null), 'JetUpdate');
    return job;
  }

  /** Runs `take` to the end without yielding to anyone. */
  takeNow(): Job | null {
    return runInterleaved([this.take()], () => 0)[0];
  }

  /** Marks a job this client took as done. */
  complete(job: Job): void {
    this.setState(job.id, JobState.Taken, JobState.Done);
  }

  /** Takes and completes jobs until none is ready; returns the ids it did. */
  *work(): Generator<void, number[], void> {
    const done: number[] = [];
    for (;;) {
      const job = yield* this.take();
      if (job === null) return done;
      this.complete(job);
      done.push(job.id);
      yield;
    }
  }

  /** How many jobs are in `state` (JetIndexRecordCount over the state's range). */
  count(state: JobState): number {
    if (!this.seekState(state)) return 0;
    const n = out<number>(0);
    check(this.api.JetIndexRecordCount(this.ses, this.tableid, n, 0), 'JetIndexRecordCount');
    return n.value;
  }

  /** Every job in `state`, in id order, with its owner. */
  list(state: JobState): Array<{ id: number; owner: string; attempts: number }> {
    const rows: Array<{ id: number; owner: string; attempts: number }> = [];
    if (!this.seekState(state)) return rows;
    do {
      const owner = retrieveColumn(this.api, this.ses, this.tableid, this.c.owner);
      rows.push({
        id: readInt32(this.required(this.c.id)), owner: owner === null ? '' : readUtf16(owner),
        attempts: readInt32(this.required(this.c.attempts)),
      });
    } while (found(this.api.JetMove(this.ses, this.tableid, JET_MoveNext, 0), 'JetMove'));
    return rows;
  }

  /** Deletes every done job in one transaction: delete, then Move(Next) from the deleted record. */
  purgeDone(): number {
    const { api, ses, tableid: t } = this;
    return inTransaction(api, ses, () => {
      let n = 0;
      if (!this.seekState(JobState.Done)) return n;
      do {
        check(api.JetDelete(ses, t), 'JetDelete');
        n++;
      } while (found(api.JetMove(ses, t, JET_MoveNext, 0), 'JetMove'));
      return n;
    });
  }

  close(): void {
    check(this.api.JetCloseTable(this.ses, this.tableid), 'JetCloseTable');
  }

  /** Positions on the first job in `state` with an index range over that state; false when there is none. */
  private seekState(state: JobState): boolean {
    const { api, ses, tableid: t } = this;
    makeKey(api, ses, t, int32(state), JET_bitNewKey);
    if (!found(api.JetSeek(ses, t, JET_bitSeekGE), 'JetSeek')) return false;
    makeKey(api, ses, t, int32(state), JET_bitNewKey | JET_bitFullColumnEndLimit);
    return found(api.JetSetIndexRange(ses, t, JET_bitRangeUpperLimit | JET_bitRangeInclusive), 'JetSetIndexRange');
  }

  private setState(id: number, from: JobState, to: JobState): void {
    const { api, ses, tableid: t, c } = this;
    inTransaction(api, ses, () => {
      makeKey(api, ses, t, int32(from), JET_bitNewKey);
      makeKey(api, ses, t, int32(id), 0);
      check(api.JetSeek(ses, t, JET_bitSeekEQ), `JetSeek(job ${id})`);
      check(api.JetPrepareUpdate(ses, t, JET_prepReplace), 'JetPrepareUpdate');
      setColumn(api, ses, t, c.state, int32(to));
      check(api.JetUpdate(ses, t, null, 0, null), 'JetUpdate');
    });
  }

  private required(col: JET_COLUMNID): Uint8Array {
    const v = retrieveColumn(this.api, this.ses, this.tableid, col);
    if (v === null) throw new Error('NotNULL column is NULL');
    return v;
  }
}

/**
 * Steps the coroutines until all have returned: `pick(step, alive)` chooses which one runs next (an index into
 * `alive`, the indexes of the tasks still running). Returns their results in task order.
 */
export function runInterleaved<T>(tasks: Array<Generator<void, T, void>>,
  pick: (step: number, alive: number[]) => number): T[] {
  const results: Array<T | undefined> = new Array<T | undefined>(tasks.length);
  const alive = tasks.map((_, i) => i);
  for (let step = 0; alive.length > 0; step++) {
    const slot = pick(step, alive) % alive.length;
    const i = alive[slot];
    const r = tasks[i].next();
    if (r.done === true) {
      results[i] = r.value;
      alive.splice(slot, 1);
    }
  }
  return results as T[];
}

/** Round robin: one step each, in turn. */
export const roundRobin = (step: number, alive: number[]): number => step % alive.length;

/** Two consumers on two sessions drain ten jobs in round robin. */
export function main(log: (line: string) => void = console.log): void {
  const api = createEmulator().api;
  const { inst, ses } = startInstance(api, 'queue');
  const dbid = out<JET_DBID>();
  check(api.JetCreateDatabase(ses, 'queue.edb', null, dbid, 0), 'JetCreateDatabase');
  ensureQueue(api, ses, dbid.value);
  const producer = new QueueClient(api, ses, dbid.value, 'producer');
  for (let i = 1; i <= 10; i++) producer.enqueue(`job ${i}`);
  const a = openSession(api, inst, 'queue.edb');
  const b = openSession(api, inst, 'queue.edb');
  const ca = new QueueClient(api, a.ses, a.dbid, 'A');
  const cb = new QueueClient(api, b.ses, b.dbid, 'B');
  const [doneA, doneB] = runInterleaved([ca.work(), cb.work()], roundRobin);
  log(`A did ${doneA.join(',')}; B did ${doneB.join(',')}; `
    + `write conflicts retried: A ${ca.conflicts}, B ${cb.conflicts}`);
  log(`ready ${producer.count(JobState.Ready)}, done ${producer.count(JobState.Done)}; purged ${producer.purgeDone()}`);
  check(api.JetTerm(inst), 'JetTerm'); // closes the cursors and ends the sessions
}

if (require.main === module) main();
