/**
 * The client programs in examples/ run their scenarios here. Expected values follow from each example's own
 * logic (the puts and deletes made, the transfers posted, the jobs enqueued), not from reading esemu back.
 */
import {
  createEmulator, out,
  JET_bitColumnNotNULL, JET_bitIndexPrimary, JET_bitIndexUnique, JET_coltypLongBinary, JET_coltypText,
  JET_errDatabaseSharingViolation, JET_errSuccess, JET_prepInsert,
} from '../src';
import type { JetApi, JET_DBID, JET_INSTANCE, JET_SESID, JET_TABLECREATE } from '../src';
import {
  EsentError, check, keyDescription, openOrCreateDatabase, openSession, setColumn, startInstance, utf16,
} from '../examples/esent';
import { KvStore, KV_TABLE, main as kvMain } from '../examples/kvstore';
import { Ledger, LedgerError, main as ledgerMain } from '../examples/ledger';
import type { Transfer } from '../examples/ledger';
import {
  JobState, QueueClient, ensureQueue, main as queueMain, roundRobin, runInterleaved,
} from '../examples/workqueue';

const text = (b: Uint8Array | undefined): string | undefined => (b && new TextDecoder().decode(b));

const tr = (from: string, to: string, amount: number, time: number): Transfer => ({ from, to, amount, time });

/** Runs a coroutine to its end without interleaving anything. */
function finish<T>(task: Generator<void, T, void>): T {
  for (;;) {
    const r = task.next();
    if (r.done === true) return r.value;
  }
}

describe('examples/kvstore', () => {
  let api: JetApi;
  beforeEach(() => {
    api = createEmulator().api;
  });

  it('put, get, delete and scan by prefix', () => {
    const kv = KvStore.open(api, 'kv.edb');
    const puts = [['fruit.apple', 'red'], ['fruit.banana', 'yellow'], ['fruit.cherry', 'dark red'],
      ['fruit', 'a category'], ['fruitcake', 'dessert'], ['veg.carrot', 'orange']];
    for (const [k, v] of puts) kv.put(k, v);
    expect(kv.delete('fruit.banana')).toBe(true);
    expect(kv.delete('fruit.banana')).toBe(false);
    expect(kv.delete('never.there')).toBe(false);
    expect(kv.getText('fruit.apple')).toBe('red');
    expect(kv.get('fruit.banana')).toBeUndefined();
    expect(kv.keys('fruit.')).toEqual(['fruit.apple', 'fruit.cherry']);
    expect(kv.keys('fruit')).toEqual(['fruit', 'fruit.apple', 'fruit.cherry', 'fruitcake']);
    expect(kv.keys('veg.')).toEqual(['veg.carrot']);
    expect(kv.keys('g')).toEqual([]); // Seek(GE) lands on veg.carrot, outside the range
    expect(kv.keys('zzz')).toEqual([]); // Seek(GE) finds nothing
    expect(kv.keys()).toEqual(['fruit', 'fruit.apple', 'fruit.cherry', 'fruitcake', 'veg.carrot']);
    expect(kv.scan('fruit.').map((e) => text(e.value))).toEqual(['red', 'dark red']);
    kv.close();
  });

  it('a put of an existing key replaces it: keys compare case-insensitively, as in every ESE text index', () => {
    const kv = KvStore.open(api, 'kv.edb');
    for (const [k, v] of [['Color', 'red'], ['color', 'blue'], ['COLOR', 'green']]) kv.put(k, v);
    expect(kv.keys()).toEqual(['Color']); // one record, the key as first written
    expect(kv.getText('cOlOr')).toBe('green');
    expect(kv.revision('color')).toBe(3);
    expect(kv.revision('colour')).toBe(0);
    kv.close();
  });

  it('values are bytes of any size (the retrieve grows its buffer on wrnBufferTruncated)', () => {
    const kv = KvStore.open(api, 'kv.edb');
    const big = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7) & 0xff);
    kv.put('blob', big);
    kv.put('empty', new Uint8Array(0));
    const got = kv.get('blob');
    expect(got?.length).toBe(big.length);
    expect(got !== undefined && Buffer.from(got).equals(Buffer.from(big))).toBe(true); // toEqual is slow on 100 KB
    expect(kv.get('empty')).toEqual(new Uint8Array(0));
    kv.close();
  });

  it('data survives closing and reopening in the same instance, JetTerm, and a new instance attaching the file', () => {
    const { inst, ses } = startInstance(api, 'host');
    let kv = KvStore.open(api, 'shared.edb', { instance: inst });
    kv.put('a', '1');
    kv.put('b', '2');
    kv.close(); // table and database closed, file detached; the instance keeps running
    kv = KvStore.open(api, 'shared.edb', { instance: inst });
    expect(kv.keys()).toEqual(['a', 'b']);
    kv.delete('a');
    kv.put('c', '3');
    kv.close();
    check(api.JetEndSession(ses, 0));
    check(api.JetTerm(inst));

    kv = KvStore.open(api, 'shared.edb', { instanceName: 'second' });
    expect(kv.keys()).toEqual(['b', 'c']);
    expect(kv.getText('c')).toBe('3');
    kv.put('d', '4');
    kv.close();

    kv = KvStore.open(api, 'shared.edb', { instanceName: 'third' });
    expect(kv.keys()).toEqual(['b', 'c', 'd']);
    kv.close();
  });

  it('two stores on one instance share the file through two sessions', () => {
    const { inst } = startInstance(api, 'host');
    const one = KvStore.open(api, 'shared.edb', { instance: inst });
    const two = KvStore.open(api, 'shared.edb', { instance: inst });
    one.put('x', 'from one');
    expect(two.getText('x')).toBe('from one'); // committed: visible to the other session
    one.close(); // the file stays attached: two still has it open (DatabaseInUse from the detach is expected)
    two.put('y', 'from two');
    expect(two.keys()).toEqual(['x', 'y']);
    two.close(); // the last one detaches
    check(api.JetTerm(inst));
  });

  it('opening ensures the schema: a version-1 table (no revision column) gets the column added', () => {
    const { inst, ses } = startInstance(api, 'v1');
    const dbid = openOrCreateDatabase(api, ses, 'old.edb');
    const create: JET_TABLECREATE = {
      szTableName: KV_TABLE, grbit: 0, cColumns: 2, cIndexes: 1,
      rgcolumncreate: [
        { szColumnName: 'key', coltyp: JET_coltypText, cp: 1200, cbMax: 240, grbit: JET_bitColumnNotNULL },
        { szColumnName: 'value', coltyp: JET_coltypLongBinary },
      ],
      rgindexcreate: [
        { szIndexName: 'primary', ...keyDescription('+key'), grbit: JET_bitIndexPrimary | JET_bitIndexUnique },
      ],
    };
    check(api.JetCreateTableColumnIndex3(ses, dbid, create));
    const [t, keyCol, valueCol] = [create.tableid, ...create.rgcolumncreate.map((c) => c.columnid)];
    if (t === undefined || keyCol === undefined || valueCol === undefined) throw new Error('no cursor or column ids');
    // lv.cxx ErrRECSetLongField: a long value (the LongBinary value column) is set only inside a transaction.
    check(api.JetBeginTransaction(ses));
    check(api.JetPrepareUpdate(ses, t, JET_prepInsert));
    setColumn(api, ses, t, keyCol, utf16('old'));
    setColumn(api, ses, t, valueCol, new TextEncoder().encode('v1 value'));
    check(api.JetUpdate(ses, t, null, 0, null));
    check(api.JetCommitTransaction(ses, 0));
    check(api.JetCloseTable(ses, t));
    check(api.JetCloseDatabase(ses, dbid, 0));
    check(api.JetDetachDatabase(ses, 'old.edb'));
    check(api.JetTerm(inst));

    const kv = KvStore.open(api, 'old.edb');
    expect(kv.getText('old')).toBe('v1 value');
    expect(kv.revision('old')).toBe(0); // NULL in the added column
    kv.put('old', 'v2 value');
    expect(kv.revision('old')).toBe(1);
    expect(kv.scan()).toEqual([{ key: 'old', value: new TextEncoder().encode('v2 value'), revision: 1 }]);
    kv.close();
  });

  it('errors come out of check() as EsentError with the engine code, and a failed open leaves nothing behind', () => {
    const first = KvStore.open(api, 'busy.edb', { instanceName: 'one' });
    const second = (): KvStore => KvStore.open(api, 'busy.edb', { instanceName: 'two' }); // attached to "one"
    expect(second).toThrow(EsentError);
    expect(second).toThrow(new EsentError(JET_errDatabaseSharingViolation, 'JetAttachDatabase')); // same message
    // instance "two" was terminated, so its name is free again; the first store still works
    const inst = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(inst, 'two')).toBe(JET_errSuccess);
    check(api.JetTerm(inst.value));
    first.put('k', 'v');
    expect(first.getText('k')).toBe('v');
    expect(() => first.put('', 'x')).toThrow(RangeError);
    expect(() => first.put('x'.repeat(101), 'x')).toThrow(RangeError);
    first.close();
  });
});

describe('examples/ledger', () => {
  let api: JetApi;
  let inst: JET_INSTANCE;
  let ses: JET_SESID;
  let dbid: JET_DBID;
  let ledger: Ledger;
  let transferIds: number[];

  const balances = (): Record<string, number> =>
    Object.fromEntries(['alice', 'bob', 'carol', 'bobby'].map((n) => [n, ledger.balance(n)]));
  const moves = (entries: Array<{ time: number; amount: number }>): Array<[number, number]> =>
    entries.map((e) => [e.time, e.amount]);
  const allEntries = (): number =>
    ['alice', 'bob', 'carol', 'bobby'].reduce((n, a) => n + ledger.history(a).length, 0);

  beforeEach(() => {
    api = createEmulator().api;
    ({ inst, ses } = startInstance(api, 'ledger'));
    dbid = openOrCreateDatabase(api, ses, 'ledger.edb');
    ledger = Ledger.open(api, ses, dbid);
    ledger.openAccount('alice', 10_000);
    ledger.openAccount('bob', 5_000);
    ledger.openAccount('carol');
    ledger.openAccount('bobby'); // sorts between bob and carol, never used
    transferIds = [
      { ...tr('alice', 'bob', 3_000, 1_000), memo: 'rent' }, tr('bob', 'carol', 1_000, 2_000),
      tr('alice', 'carol', 500, 3_000), tr('carol', 'alice', 100, 4_000), tr('bob', 'alice', 200, 4_000),
    ].map((t) => ledger.transfer(t));
  });

  afterEach(() => {
    ledger.close();
    check(api.JetTerm(inst));
  });

  it('balances follow the transfers and money is conserved', () => {
    expect(balances()).toEqual({ alice: 6_800, bob: 6_800, carol: 1_400, bobby: 0 });
    expect(Object.values(balances()).reduce((a, b) => a + b, 0)).toBe(15_000);
  });

  it('range queries on (account, time): Seek(GE) + SetIndexRange(UpperLimit | Inclusive)', () => {
    expect(moves(ledger.entries('alice', 1_500, 4_000))).toEqual([[3_000, -500], [4_000, 100], [4_000, 200]]);
    expect(moves(ledger.entries('alice', 1_000, 1_000))).toEqual([[1_000, -3_000]]);
    expect(moves(ledger.entries('alice', 4_000, 4_000))).toEqual([[4_000, 100], [4_000, 200]]); // equal keys by id
    expect(ledger.entries('alice', 4_001, 9_999)).toEqual([]);
    expect(ledger.entries('bobby', 0, 9_999)).toEqual([]); // Seek(GE) lands on carol's first entry
    expect(ledger.entries('zed', 0, 9_999)).toEqual([]); // Seek(GE) finds nothing
    expect(moves(ledger.history('bob'))).toEqual([[1_000, 3_000], [2_000, -1_000], [4_000, -200]]);
    expect(ledger.history('BOB').map((e) => e.account)).toEqual(['bob', 'bob', 'bob']);
    expect(ledger.history('alice')[0].memo).toBe('rent');
  });

  it('the last entry of an account: Seek(LE) and a lower-limit range', () => {
    expect(ledger.lastEntry('carol')).toMatchObject({ account: 'carol', time: 4_000, amount: -100 });
    expect(ledger.lastEntry('alice')).toMatchObject({ account: 'alice', time: 4_000, amount: 200 });
    expect(ledger.lastEntry('bobby')).toBeUndefined(); // Seek(LE) lands on bob's last entry
    expect(ledger.lastEntry('aaron')).toBeUndefined(); // nothing sorts before
  });

  it('both entries of a transfer carry the debit entry id; ids increase', () => {
    const all = ['alice', 'bob', 'carol'].flatMap((a) => ledger.history(a));
    expect(all).toHaveLength(10);
    expect(new Set(all.map((e) => e.id)).size).toBe(10);
    expect([...new Set(all.map((e) => e.transfer))].sort((x, y) => x - y)).toEqual(transferIds);
    for (const id of transferIds) {
      const pair = all.filter((e) => e.transfer === id);
      expect(pair).toHaveLength(2);
      expect(pair[0].amount + pair[1].amount).toBe(0);
      expect(pair.find((e) => e.id === id)?.amount).toBeLessThan(0); // the debit entry's id names the transfer
    }
    for (let i = 1; i < transferIds.length; i++) expect(transferIds[i]).toBeGreaterThan(transferIds[i - 1]);
  });

  it('a failed transfer rolls its level back, entries already written included', () => {
    const before = balances();
    const entries = allEntries();
    expect(() => ledger.transfer(tr('carol', 'bob', 5_000, 5_000)))
      .toThrow(new LedgerError('InsufficientFunds', 'carol has 1400, needs 5000'));
    expect(() => ledger.transfer(tr('alice', 'zed', 100, 5_000))).toThrow(LedgerError); // after the debit entry
    expect(() => ledger.transfer(tr('alice', 'ALICE', 1, 5_000))).toThrow(LedgerError);
    expect(balances()).toEqual(before);
    expect(allEntries()).toBe(entries);
    expect(ledger.lastEntry('alice')?.time).toBe(4_000);
  });

  it('a batch commits the good transfers and rolls back only the nested level of a rejected one', () => {
    const r = ledger.postBatch([
      tr('alice', 'bob', 100, 5_000), tr('carol', 'alice', 99_999, 5_001), tr('bob', 'carol', 100, 5_002),
      tr('nobody', 'carol', 1, 5_003),
    ]);
    expect(r.posted).toHaveLength(2);
    expect(r.rejected).toEqual([{ index: 1, reason: 'InsufficientFunds' }, { index: 3, reason: 'UnknownAccount' }]);
    expect(balances()).toEqual({ alice: 6_700, bob: 6_800, carol: 1_500, bobby: 0 });
    expect(moves(ledger.entries('carol', 5_000, 6_000))).toEqual([[5_002, 100]]);
  });

  it('an atomic batch rolls everything back on the first rejection', () => {
    const before = balances();
    const entries = allEntries();
    const batch = [tr('alice', 'bob', 100, 5_000), tr('carol', 'alice', 99_999, 5_001)];
    expect(() => ledger.postBatch(batch, { atomic: true })).toThrow(LedgerError);
    expect(balances()).toEqual(before);
    expect(allEntries()).toBe(entries);
  });

  it('account names are unique, case-insensitively', () => {
    expect(() => ledger.openAccount('ALICE')).toThrow(new LedgerError('AccountExists', 'ALICE'));
    expect(ledger.balance('Alice')).toBe(6_800);
  });

  it('another session opening the ledger sees the committed state', () => {
    const other = openSession(api, inst, 'ledger.edb');
    const view = Ledger.open(api, other.ses, other.dbid);
    expect(view.balance('carol')).toBe(1_400);
    expect(moves(view.history('carol'))).toEqual([[2_000, 1_000], [3_000, 500], [4_000, -100]]);
    view.close();
  });
});

describe('examples/workqueue', () => {
  let api: JetApi;
  let inst: JET_INSTANCE | undefined;
  let producer: QueueClient;
  let a: QueueClient;
  let b: QueueClient;
  let ids: number[];

  function setUp(jobs: number): void {
    api = createEmulator().api;
    const c = startInstance(api, 'queue');
    inst = c.inst;
    const dbid = openOrCreateDatabase(api, c.ses, 'queue.edb');
    ensureQueue(api, c.ses, dbid);
    producer = new QueueClient(api, c.ses, dbid, 'producer');
    ids = [];
    for (let i = 1; i <= jobs; i++) ids.push(producer.enqueue(`job ${i}`));
    const sa = openSession(api, c.inst, 'queue.edb');
    const sb = openSession(api, c.inst, 'queue.edb');
    a = new QueueClient(api, sa.ses, sa.dbid, 'A');
    b = new QueueClient(api, sb.ses, sb.dbid, 'B');
  }

  afterEach(() => {
    if (inst !== undefined) check(api.JetTerm(inst));
    inst = undefined;
  });

  it('two consumers in round robin drain 50 jobs: each taken exactly once, write conflicts retried', () => {
    setUp(50);
    expect(new Set(ids).size).toBe(50);
    const [doneA, doneB] = runInterleaved([a.work(), b.work()], roundRobin);
    expect([...doneA, ...doneB].sort((x, y) => x - y)).toEqual([...ids].sort((x, y) => x - y));
    expect(doneA.length).toBeGreaterThan(0);
    expect(doneB.length).toBeGreaterThan(0);
    expect(a.conflicts + b.conflicts).toBeGreaterThan(0);
    // the table agrees: every job done once, by the consumer that reported it, a conflict never counted an attempt
    const done = producer.list(JobState.Done);
    expect(done.map((j) => j.id)).toEqual([...ids].sort((x, y) => x - y));
    for (const j of done) {
      expect(j.attempts).toBe(1);
      expect(j.owner).toBe(doneA.includes(j.id) ? 'A' : 'B');
    }
    expect(producer.count(JobState.Ready)).toBe(0);
    expect(producer.count(JobState.Taken)).toBe(0);
    expect(producer.count(JobState.Done)).toBe(50);
    expect(producer.purgeDone()).toBe(50);
    expect(producer.count(JobState.Done)).toBe(0);
  });

  it('run one after the other, the first consumer takes everything without a conflict', () => {
    setUp(5);
    const [doneA, doneB] = runInterleaved([a.work(), b.work()], () => 0);
    expect(doneA).toEqual(ids);
    expect(doneB).toEqual([]);
    expect(a.conflicts + b.conflicts).toBe(0);
  });

  it('a job claimed but not committed: the other consumer conflicts on it and takes the next one', () => {
    setUp(3);
    const takeA = a.take();
    takeA.next(); // A is on job 1
    takeA.next(); // A has claimed job 1, not committed
    expect(b.takeNow()?.id).toBe(ids[1]); // B sees job 1 ready, WriteConflict, skips to job 2
    expect(b.conflicts).toBe(1);
    expect(finish(takeA)?.id).toBe(ids[0]);
    expect(a.conflicts).toBe(0);
  });

  it('a claim committed after the transaction began is a WriteConflict too (snapshot isolation)', () => {
    setUp(3);
    const takeA = a.take();
    takeA.next(); // A's transaction began and is on job 1
    expect(b.takeNow()?.id).toBe(ids[0]); // B claims job 1 and commits
    expect(finish(takeA)?.id).toBe(ids[1]); // A's snapshot still showed job 1 ready: conflict, then job 2
    expect(a.conflicts).toBe(1);
  });

  it('when every ready job conflicts the consumer backs off and retries in a new transaction', () => {
    setUp(1);
    const takeA = a.take();
    takeA.next();
    takeA.next(); // A holds the only job, uncommitted
    const takeB = b.take();
    takeB.next(); // B on job 1
    takeB.next(); // WriteConflict, nothing else: rolled back, backing off
    expect(b.conflicts).toBe(1);
    check(api.JetEndSession(a.ses, 0)); // A dies before committing: its claim is rolled back
    expect(finish(takeB)).toEqual({ id: ids[0], payload: 'job 1', owner: 'B', attempts: 1 });
    expect(producer.count(JobState.Taken)).toBe(1);
  });

  it('a consumer that gives up after a conflict finds the queue empty once the winner committed', () => {
    setUp(1);
    const [jobA, jobB] = runInterleaved([a.take(), b.take()], roundRobin);
    expect(jobA?.id).toBe(ids[0]);
    expect(jobB).toBeNull();
    expect(b.conflicts).toBe(1);
  });

  // esent.dll counts from the current entry to the end of the index range (ErrDIRIndexRecordCount, dir.cxx: "counts
  // nodes from current to limit or end of table").
  it('count(state) counts the jobs in that state only (JetIndexRecordCount stops at the range end)', () => {
    setUp(3);
    expect(a.takeNow()?.id).toBe(ids[0]);
    expect(producer.list(JobState.Ready).map((j) => j.id)).toEqual([ids[1], ids[2]]);
    expect(producer.count(JobState.Taken)).toBe(1);
    expect(producer.count(JobState.Ready)).toBe(2);
  });
});

describe('the main programs run and print what their logic says', () => {
  const run = (main: (log: (line: string) => void) => void): string[] => {
    const lines: string[] = [];
    main((l) => lines.push(l));
    return lines;
  };

  it('kvstore', () => expect(run(kvMain)).toEqual([
    'color.* -> color.background=white (rev 1), color.text=navy (rev 2)',
    'after reopening in a new instance: color.background, color.text, font.size; COLOR.TEXT = navy',
  ]));

  it('ledger', () => expect(run(ledgerMain)).toEqual([
    'posted 2, rejected #1 (InsufficientFunds)', // carol had nothing yet
    'alice: 7000', 'bob: 7000', 'carol: 1000',
    'bob @1000: 3000 rent share', 'bob @2000: -1000 lunch',
    'rejected: UnknownAccount: mallory; alice still has 7000',
  ]));

  it('workqueue', () => {
    const lines = run(queueMain);
    const [, a, b] = /^A did ([\d,]+); B did ([\d,]+); write conflicts retried: A \d+, B \d+$/.exec(lines[0]) ?? [];
    const all = [...a.split(','), ...b.split(',')].map(Number).sort((x, y) => x - y);
    expect(all).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(lines[1]).toBe('ready 0, done 10; purged 10');
  });
});
