/**
 * A double-entry ledger: accounts with balances, and an entries table with a secondary index on
 * (account, time) for statements over a time range.
 *
 * - Schema built the way most clients build it: JetCreateTable, JetAddColumn, JetCreateIndex, in one transaction.
 *   Entry ids are an autoincrement column, read back with JET_bitRetrieveCopy right after
 *   JetPrepareUpdate(Insert) (the Roslyn pattern).
 * - A transfer is one transaction level: debit entry, debit balance, credit entry, credit balance. Any failure
 *   (insufficient funds, unknown account) rolls the level back, so the entries already written disappear.
 * - A batch is an outer level holding one nested level per transfer: a rejected transfer is undone alone and the
 *   rest commit together; an atomic batch rolls everything back on the first rejection.
 * - Range queries: MakeKey(account) + MakeKey(time) + Seek(GE), then the upper key + SetIndexRange(UpperLimit |
 *   Inclusive); the last entry of an account with Seek(LE) and a lower-limit range.
 *
 * Amounts are integers (cents); times are integers (milliseconds since the epoch), stored as JET_coltypLongLong.
 * Run: npx tsc -p tsconfig.json --outDir dist/all && node dist/all/examples/ledger.js
 */
import {
  createEmulator, out,
  JET_MoveNext, JET_bitColumnAutoincrement, JET_bitColumnNotNULL, JET_bitFullColumnEndLimit, JET_bitIndexDisallowNull,
  JET_bitIndexPrimary, JET_bitIndexUnique, JET_bitNewKey, JET_bitRangeInclusive, JET_bitRangeRemove,
  JET_bitRangeUpperLimit, JET_bitRetrieveCopy, JET_bitSeekEQ, JET_bitSeekGE, JET_bitSeekLE, JET_coltypLong,
  JET_coltypLongLong, JET_coltypLongText, JET_coltypText, JET_errKeyDuplicate, JET_prepInsert, JET_prepReplace,
} from '../src';
import type { JetApi, JET_COLUMNDEF, JET_COLUMNID, JET_DBID, JET_SESID, JET_TABLEID } from '../src';
import {
  check, columnId, found, inTransaction, int32, int64, keyDescription, makeKey, openOrCreateDatabase, readInt32,
  readInt64, readUtf16, retrieveColumn, setColumn, startInstance, tryOpenTable, utf16,
} from './esent';

export type LedgerErrorReason = 'InsufficientFunds' | 'UnknownAccount' | 'AccountExists' | 'InvalidTransfer';

/** A business-rule failure; the transaction level that raised it is rolled back. */
export class LedgerError extends Error {
  constructor(readonly reason: LedgerErrorReason, message: string) {
    super(`${reason}: ${message}`);
    this.name = 'LedgerError';
  }
}

export interface Transfer {
  from: string;
  to: string;
  /** Cents, > 0. */
  amount: number;
  time: number;
  memo?: string;
}

export interface Entry {
  id: number;
  account: string;
  time: number;
  /** Cents: negative for the debit side. */
  amount: number;
  /** The id of the transfer's debit entry, shared by both entries. */
  transfer: number;
  memo: string;
}

export interface BatchResult {
  posted: number[];
  rejected: Array<{ index: number; reason: LedgerErrorReason }>;
}

interface AccountColumns { name: JET_COLUMNID; balance: JET_COLUMNID }
interface EntryColumns {
  id: JET_COLUMNID; account: JET_COLUMNID; time: JET_COLUMNID; amount: JET_COLUMNID; transfer: JET_COLUMNID;
  memo: JET_COLUMNID;
}

const NAME: JET_COLUMNDEF = { coltyp: JET_coltypText, cp: 1200, cbMax: 128, grbit: JET_bitColumnNotNULL };
const MONEY: JET_COLUMNDEF = { coltyp: JET_coltypLongLong, grbit: JET_bitColumnNotNULL };
const BY_ACCOUNT_TIME = 'byAccountTime';

export class Ledger {
  private constructor(
    private readonly api: JetApi,
    private readonly ses: JET_SESID,
    private readonly accounts: JET_TABLEID,
    private readonly entriesT: JET_TABLEID,
    private readonly a: AccountColumns,
    private readonly e: EntryColumns,
  ) {}

  /** Opens the ledger in the session's open database, creating its tables the first time. */
  static open(api: JetApi, ses: JET_SESID, dbid: JET_DBID): Ledger {
    if (tryOpenTable(api, ses, dbid, 'accounts') === null) Ledger.createSchema(api, ses, dbid);
    const accounts = tryOpenTable(api, ses, dbid, 'accounts');
    const entries = tryOpenTable(api, ses, dbid, 'entries');
    if (accounts === null || entries === null) throw new Error('ledger tables missing');
    const col = (t: JET_TABLEID, n: string): JET_COLUMNID => columnId(api, ses, t, n);
    check(api.JetSetCurrentIndex(ses, entries, BY_ACCOUNT_TIME), 'JetSetCurrentIndex');
    return new Ledger(api, ses, accounts, entries,
      { name: col(accounts, 'name'), balance: col(accounts, 'balance') },
      {
        id: col(entries, 'id'), account: col(entries, 'account'), time: col(entries, 'time'),
        amount: col(entries, 'amount'), transfer: col(entries, 'transfer'), memo: col(entries, 'memo'),
      });
  }

  private static createSchema(api: JetApi, ses: JET_SESID, dbid: JET_DBID): void {
    inTransaction(api, ses, () => {
      type Columns = Array<[string, JET_COLUMNDEF]>;
      type Indexes = Array<[string, number, string[]]>;
      const create = (name: string, columns: Columns, indexes: Indexes): void => {
        const t = out<JET_TABLEID>();
        check(api.JetCreateTable(ses, dbid, name, 0, 100, t), `JetCreateTable(${name})`);
        for (const [col, def] of columns) {
          check(api.JetAddColumn(ses, t.value, col, def, null, 0, null), `JetAddColumn(${col})`);
        }
        for (const [idx, grbit, segments] of indexes) {
          const k = keyDescription(...segments);
          check(api.JetCreateIndex(ses, t.value, idx, grbit, k.szKey, k.cbKey, 100), `JetCreateIndex(${idx})`);
        }
        check(api.JetCloseTable(ses, t.value), 'JetCloseTable');
      };
      create('accounts', [['name', NAME], ['balance', MONEY]],
        [['primary', JET_bitIndexPrimary | JET_bitIndexUnique, ['+name']]]);
      create('entries', [
        ['id', { coltyp: JET_coltypLong, grbit: JET_bitColumnAutoincrement }],
        ['account', NAME],
        ['time', MONEY],
        ['amount', MONEY],
        ['transfer', { coltyp: JET_coltypLong, grbit: JET_bitColumnNotNULL }],
        ['memo', { coltyp: JET_coltypLongText, cp: 1200 }],
      ], [
        ['primary', JET_bitIndexPrimary | JET_bitIndexUnique, ['+id']],
        [BY_ACCOUNT_TIME, JET_bitIndexDisallowNull, ['+account', '+time']],
      ]);
    });
  }

  openAccount(name: string, opening = 0): void {
    const { api, ses, accounts, a } = this;
    inTransaction(api, ses, () => {
      check(api.JetPrepareUpdate(ses, accounts, JET_prepInsert), 'JetPrepareUpdate');
      setColumn(api, ses, accounts, a.name, utf16(name));
      setColumn(api, ses, accounts, a.balance, int64(opening));
      const rc = api.JetUpdate(ses, accounts, null, 0, null);
      if (rc === JET_errKeyDuplicate) throw new LedgerError('AccountExists', name); // the rollback cancels the update
      check(rc, 'JetUpdate');
    });
  }

  balance(name: string): number {
    if (!this.seekAccount(name)) throw new LedgerError('UnknownAccount', name);
    return this.balanceHere();
  }

  /** Moves money in one transaction level; returns the transfer id. Throws LedgerError, having undone everything. */
  transfer(t: Transfer): number {
    if (!Number.isSafeInteger(t.amount) || t.amount <= 0 || t.from.toLowerCase() === t.to.toLowerCase()) {
      throw new LedgerError('InvalidTransfer', JSON.stringify(t));
    }
    return inTransaction(this.api, this.ses, () => {
      const id = this.postEntry(t.from, -t.amount, t, null);
      this.adjust(t.from, -t.amount); // may throw after the debit entry was written: the rollback removes it
      this.postEntry(t.to, t.amount, t, id);
      this.adjust(t.to, t.amount);
      return id;
    });
  }

  /** All transfers in one transaction, each in its own nested level. */
  postBatch(transfers: Transfer[], options: { atomic?: boolean } = {}): BatchResult {
    return inTransaction(this.api, this.ses, () => {
      const result: BatchResult = { posted: [], rejected: [] };
      transfers.forEach((t, index) => {
        try {
          result.posted.push(this.transfer(t));
        } catch (e) {
          if (!(e instanceof LedgerError) || options.atomic === true) throw e; // the outer level rolls back too
          result.rejected.push({ index, reason: e.reason });
        }
      });
      return result;
    });
  }

  /** The account's entries with from <= time <= to, in time order. */
  entries(account: string, from: number, to: number): Entry[] {
    const { api, ses, entriesT: t } = this;
    makeKey(api, ses, t, utf16(account), JET_bitNewKey);
    makeKey(api, ses, t, int64(from), 0);
    if (!found(api.JetSeek(ses, t, JET_bitSeekGE), 'JetSeek')) return [];
    makeKey(api, ses, t, utf16(account), JET_bitNewKey);
    makeKey(api, ses, t, int64(to), JET_bitFullColumnEndLimit); // every entry at `to` is in
    return this.readRange();
  }

  /** Every entry of the account, in time order. */
  history(account: string): Entry[] {
    const { api, ses, entriesT: t } = this;
    makeKey(api, ses, t, utf16(account), JET_bitNewKey);
    if (!found(api.JetSeek(ses, t, JET_bitSeekGE), 'JetSeek')) return [];
    makeKey(api, ses, t, utf16(account), JET_bitNewKey | JET_bitFullColumnEndLimit); // any time
    return this.readRange();
  }

  /** The account's latest entry: Seek(LE) on the end of its key space, then a lower limit at its start. */
  lastEntry(account: string): Entry | undefined {
    const { api, ses, entriesT: t } = this;
    makeKey(api, ses, t, utf16(account), JET_bitNewKey | JET_bitFullColumnEndLimit);
    if (!found(api.JetSeek(ses, t, JET_bitSeekLE), 'JetSeek')) return undefined;
    makeKey(api, ses, t, utf16(account), JET_bitNewKey);
    // without UpperLimit the key is a lower limit: NoCurrentRecord when Seek(LE) landed on an earlier account
    if (!found(api.JetSetIndexRange(ses, t, JET_bitRangeInclusive), 'JetSetIndexRange')) return undefined;
    const entry = this.entryHere();
    check(api.JetSetIndexRange(ses, t, JET_bitRangeRemove), 'JetSetIndexRange');
    return entry;
  }

  close(): void {
    check(this.api.JetCloseTable(this.ses, this.accounts), 'JetCloseTable');
    check(this.api.JetCloseTable(this.ses, this.entriesT), 'JetCloseTable');
  }

  /** After a seek: SetIndexRange(UpperLimit | Inclusive) with the key made, then read until the range ends. */
  private readRange(): Entry[] {
    const { api, ses, entriesT: t } = this;
    const list: Entry[] = [];
    const inRange = api.JetSetIndexRange(ses, t, JET_bitRangeUpperLimit | JET_bitRangeInclusive);
    if (!found(inRange, 'JetSetIndexRange')) return list; // the first entry found is already past the range
    do list.push(this.entryHere());
    while (found(api.JetMove(ses, t, JET_MoveNext, 0), 'JetMove'));
    return list;
  }

  /** Inserts an entry; returns its id, read from the copy buffer before JetUpdate. */
  private postEntry(account: string, amount: number, t: Transfer, transfer: number | null): number {
    const { api, ses, entriesT: tbl, e } = this;
    check(api.JetPrepareUpdate(ses, tbl, JET_prepInsert), 'JetPrepareUpdate');
    const idBytes = retrieveColumn(api, ses, tbl, e.id, JET_bitRetrieveCopy); // the autoincrement value
    if (idBytes === null) throw new Error('autoincrement column not assigned');
    const id = readInt32(idBytes);
    setColumn(api, ses, tbl, e.account, utf16(account));
    setColumn(api, ses, tbl, e.time, int64(t.time));
    setColumn(api, ses, tbl, e.amount, int64(amount));
    setColumn(api, ses, tbl, e.transfer, int32(transfer ?? id));
    if (t.memo !== undefined) setColumn(api, ses, tbl, e.memo, utf16(t.memo));
    check(api.JetUpdate(ses, tbl, null, 0, null), 'JetUpdate');
    return id;
  }

  /** Adds `delta` to an account's balance (a Replace: another session's concurrent change is a WriteConflict). */
  private adjust(name: string, delta: number): void {
    const { api, ses, accounts, a } = this;
    if (!this.seekAccount(name)) throw new LedgerError('UnknownAccount', name);
    const next = this.balanceHere() + delta;
    if (next < 0) throw new LedgerError('InsufficientFunds', `${name} has ${next - delta}, needs ${-delta}`);
    check(api.JetPrepareUpdate(ses, accounts, JET_prepReplace), 'JetPrepareUpdate');
    setColumn(api, ses, accounts, a.balance, int64(next));
    check(api.JetUpdate(ses, accounts, null, 0, null), 'JetUpdate');
  }

  private seekAccount(name: string): boolean {
    makeKey(this.api, this.ses, this.accounts, utf16(name), JET_bitNewKey);
    return found(this.api.JetSeek(this.ses, this.accounts, JET_bitSeekEQ), 'JetSeek');
  }

  private balanceHere(): number {
    return readInt64(this.required(this.accounts, this.a.balance));
  }

  private entryHere(): Entry {
    const { entriesT: t, e } = this;
    const memo = retrieveColumn(this.api, this.ses, t, e.memo);
    return {
      id: readInt32(this.required(t, e.id)),
      account: readUtf16(this.required(t, e.account)),
      time: readInt64(this.required(t, e.time)),
      amount: readInt64(this.required(t, e.amount)),
      transfer: readInt32(this.required(t, e.transfer)),
      memo: memo === null ? '' : readUtf16(memo),
    };
  }

  private required(t: JET_TABLEID, col: JET_COLUMNID): Uint8Array {
    const v = retrieveColumn(this.api, this.ses, t, col);
    if (v === null) throw new Error('NotNULL column is NULL');
    return v;
  }
}

export function isLedgerError(e: unknown, reason: LedgerErrorReason): boolean {
  return e instanceof LedgerError && e.reason === reason;
}

/** Opens three accounts, posts a batch with one bad transfer, prints balances and a statement. */
export function main(log: (line: string) => void = console.log): void {
  const api = createEmulator().api;
  const { inst, ses } = startInstance(api, 'ledger');
  const dbid = openOrCreateDatabase(api, ses, 'ledger.edb');
  const ledger = Ledger.open(api, ses, dbid);
  ledger.openAccount('alice', 100_00);
  ledger.openAccount('bob', 50_00);
  ledger.openAccount('carol');
  const batch = ledger.postBatch([
    { from: 'alice', to: 'bob', amount: 30_00, time: 1_000, memo: 'rent share' },
    { from: 'carol', to: 'alice', amount: 5_00, time: 1_500, memo: 'carol has nothing yet' },
    { from: 'bob', to: 'carol', amount: 10_00, time: 2_000, memo: 'lunch' },
  ]);
  log(`posted ${batch.posted.length}, rejected ${batch.rejected.map((r) => `#${r.index} (${r.reason})`).join(', ')}`);
  for (const name of ['alice', 'bob', 'carol']) log(`${name}: ${ledger.balance(name)}`);
  for (const x of ledger.entries('bob', 0, 5_000)) log(`bob @${x.time}: ${x.amount} ${x.memo}`);
  try {
    ledger.transfer({ from: 'alice', to: 'mallory', amount: 1_00, time: 3_000 });
  } catch (e) {
    if (!(e instanceof LedgerError)) throw e;
    log(`rejected: ${e.message}; alice still has ${ledger.balance('alice')}`);
  }
  ledger.close();
  check(api.JetTerm(inst), 'JetTerm');
}

if (require.main === module) main();
