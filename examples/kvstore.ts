/**
 * A persistent key-value store on one ESE table, the shape of ManagedEsent's PersistentDictionary and of the
 * key-value stores in the client survey: put / get / delete / scan by prefix.
 *
 * - The schema is ensured on open: JetOpenTable, and on JET_errObjectNotFound JetCreateTableColumnIndex3 inside a
 *   transaction; a store written by an older version (no "revision" column) is upgraded with JetAddColumn.
 * - Keys are Unicode text (code page 1200) under a unique primary index. Like every ESE text index they compare
 *   case-insensitively: "Color" and "color" are the same key (the stored key keeps the case of its first put).
 * - A prefix scan is the canonical range idiom: MakeKey + Seek(GE), then MakeKey(PartialColumnEndLimit) +
 *   SetIndexRange(UpperLimit | Inclusive), then Move(Next) until JET_errNoCurrentRecord.
 * - Everything is in the database file: it survives close and reopen, detach and attach, and a new instance.
 *
 * Run: npx tsc -p tsconfig.json --outDir dist/all && node dist/all/examples/kvstore.js
 */
import {
  createEmulator, out,
  JET_MoveFirst, JET_MoveNext, JET_bitColumnNotNULL, JET_bitIndexDisallowNull, JET_bitIndexPrimary,
  JET_bitIndexUnique, JET_bitNewKey, JET_bitPartialColumnEndLimit, JET_bitRangeInclusive, JET_bitRangeUpperLimit,
  JET_bitSeekEQ, JET_bitSeekGE, JET_coltypLong, JET_coltypLongBinary, JET_coltypText, JET_errDatabaseInUse,
  JET_prepInsert, JET_prepReplace,
} from '../src';
import type {
  JetApi, JET_COLUMNCREATE, JET_COLUMNID, JET_DBID, JET_INDEXCREATE, JET_INSTANCE, JET_SESID, JET_TABLECREATE,
  JET_TABLEID,
} from '../src';
import {
  check, found, inTransaction, int32, keyDescription, makeKey, openOrCreateDatabase, readInt32, readUtf16,
  retrieveColumn, setColumn, startInstance, tryColumnId, tryOpenTable, utf16,
} from './esent';

export const KV_TABLE = 'kv';
/** Longest key, in UTF-16 code units: its normalized form (a Windows sort key in esent.dll) must fit 255 bytes. */
export const MAX_KEY_LENGTH = 100;

export interface KvOptions {
  /** Open on this (initialized) instance and leave it running on close; by default the store has its own. */
  instance?: JET_INSTANCE;
  /** Name of the store's own instance (instance names must differ while both are alive). */
  instanceName?: string;
}

export interface KvEntry {
  key: string;
  value: Uint8Array;
  /** How many times the key was written (1 after the first put). */
  revision: number;
}

const textEncoder = new TextEncoder();
const textDecoder = new TextDecoder();

export class KvStore {
  private constructor(
    private readonly api: JetApi,
    readonly file: string,
    private readonly inst: JET_INSTANCE,
    private readonly ownsInstance: boolean,
    private readonly ses: JET_SESID,
    private readonly dbid: JET_DBID,
    private readonly tableid: JET_TABLEID,
    private readonly cols: { key: JET_COLUMNID; value: JET_COLUMNID; revision: JET_COLUMNID },
  ) {}

  /** Opens (creating if needed) the store in `file`. */
  static open(api: JetApi, file: string, options: KvOptions = {}): KvStore {
    let inst: JET_INSTANCE;
    let ses: JET_SESID;
    if (options.instance === undefined) {
      ({ inst, ses } = startInstance(api, options.instanceName ?? `kv:${file}`));
    } else {
      inst = options.instance;
      const box = out<JET_SESID>();
      check(api.JetBeginSession(inst, box, '', ''), 'JetBeginSession');
      ses = box.value;
    }
    try {
      const dbid = openOrCreateDatabase(api, ses, file);
      const tableid = KvStore.ensureSchema(api, ses, dbid);
      const cols = {
        key: mustColumn(api, ses, tableid, 'key'),
        value: mustColumn(api, ses, tableid, 'value'),
        revision: mustColumn(api, ses, tableid, 'revision'),
      };
      return new KvStore(api, file, inst, options.instance === undefined, ses, dbid, tableid, cols);
    } catch (e) {
      // leave nothing behind: ending the session closes what it opened; JetTerm ends our own instance
      api.JetEndSession(ses, 0);
      if (options.instance === undefined) api.JetTerm(inst);
      throw e;
    }
  }

  /** Opens the kv table, creating it or adding the columns of later versions; returns a cursor on it. */
  static ensureSchema(api: JetApi, ses: JET_SESID, dbid: JET_DBID): JET_TABLEID {
    inTransaction(api, ses, () => {
      let tableid = tryOpenTable(api, ses, dbid, KV_TABLE);
      if (tableid === null) {
        const columns: JET_COLUMNCREATE[] = [
          // 240 bytes: room for MAX_KEY_LENGTH UTF-16 code units
          { szColumnName: 'key', coltyp: JET_coltypText, cp: 1200, cbMax: 240, grbit: JET_bitColumnNotNULL },
          { szColumnName: 'value', coltyp: JET_coltypLongBinary },
          { szColumnName: 'revision', coltyp: JET_coltypLong },
        ];
        const primary = keyDescription('+key');
        const indexes: JET_INDEXCREATE[] = [{
          szIndexName: 'primary', szKey: primary.szKey, cbKey: primary.cbKey,
          grbit: JET_bitIndexPrimary | JET_bitIndexUnique | JET_bitIndexDisallowNull, ulDensity: 90,
        }];
        const create: JET_TABLECREATE = {
          szTableName: KV_TABLE, ulPages: 0, ulDensity: 90,
          rgcolumncreate: columns, cColumns: columns.length, rgindexcreate: indexes, cIndexes: indexes.length, grbit: 0,
        };
        check(api.JetCreateTableColumnIndex3(ses, dbid, create), 'JetCreateTableColumnIndex3');
        if (create.tableid === undefined) throw new Error('JetCreateTableColumnIndex3 gave no cursor');
        tableid = create.tableid;
      } else if (tryColumnId(api, ses, tableid, 'revision') === null) {
        // version 1 of the store had no revision column
        check(api.JetAddColumn(ses, tableid, 'revision', { coltyp: JET_coltypLong }, null, 0, null), 'JetAddColumn');
      }
      // close this cursor (the creator's is exclusive) and work with an ordinary one opened outside the transaction
      check(api.JetCloseTable(ses, tableid), 'JetCloseTable');
    });
    const tableid = tryOpenTable(api, ses, dbid, KV_TABLE);
    if (tableid === null) throw new Error('kv table vanished');
    return tableid;
  }

  /** Inserts or replaces `key`. */
  put(key: string, value: Uint8Array | string): void {
    const bytes = typeof value === 'string' ? textEncoder.encode(value) : value;
    const { api, ses, tableid, cols } = this;
    inTransaction(api, ses, () => {
      const exists = this.seek(key);
      const revision = exists ? (this.revisionHere() + 1) : 1;
      check(api.JetPrepareUpdate(ses, tableid, exists ? JET_prepReplace : JET_prepInsert), 'JetPrepareUpdate');
      if (!exists) setColumn(api, ses, tableid, cols.key, utf16(key));
      setColumn(api, ses, tableid, cols.value, bytes);
      setColumn(api, ses, tableid, cols.revision, int32(revision));
      check(api.JetUpdate(ses, tableid, null, 0, null), 'JetUpdate');
    });
  }

  /** The value stored under `key`, or `undefined`. */
  get(key: string): Uint8Array | undefined {
    if (!this.seek(key)) return undefined;
    return retrieveColumn(this.api, this.ses, this.tableid, this.cols.value) ?? new Uint8Array(0);
  }

  getText(key: string): string | undefined {
    const v = this.get(key);
    return v === undefined ? undefined : textDecoder.decode(v);
  }

  /** Deletes `key`; false when it was not there. */
  delete(key: string): boolean {
    const { api, ses, tableid } = this;
    return inTransaction(api, ses, () => {
      if (!this.seek(key)) return false;
      check(api.JetDelete(ses, tableid), 'JetDelete');
      return true;
    });
  }

  /** Every entry whose key starts with `prefix` (case-insensitively), in key order; '' scans the whole store. */
  scan(prefix = ''): KvEntry[] {
    const { api, ses, tableid } = this;
    const entries: KvEntry[] = [];
    if (prefix === '') {
      if (!found(api.JetMove(ses, tableid, JET_MoveFirst, 0), 'JetMove')) return entries;
    } else {
      this.checkKey(prefix);
      makeKey(api, ses, tableid, utf16(prefix), JET_bitNewKey);
      if (!found(api.JetSeek(ses, tableid, JET_bitSeekGE), 'JetSeek')) return entries;
      makeKey(api, ses, tableid, utf16(prefix), JET_bitNewKey | JET_bitPartialColumnEndLimit);
      const inRange = api.JetSetIndexRange(ses, tableid, JET_bitRangeUpperLimit | JET_bitRangeInclusive);
      if (!found(inRange, 'JetSetIndexRange')) return entries; // the first key >= prefix does not start with it
    }
    do {
      entries.push(this.entryHere());
    } while (found(api.JetMove(ses, tableid, JET_MoveNext, 0), 'JetMove')); // walking off the range ends it
    return entries;
  }

  keys(prefix = ''): string[] {
    return this.scan(prefix).map((e) => e.key);
  }

  /** The revision of `key` (0 when absent). */
  revision(key: string): number {
    return this.seek(key) ? this.revisionHere() : 0;
  }

  /** Closes the table, the database and the session; detaches the file; ends the store's own instance. */
  close(): void {
    const { api, ses } = this;
    check(api.JetCloseTable(ses, this.tableid), 'JetCloseTable');
    check(api.JetCloseDatabase(ses, this.dbid, 0), 'JetCloseDatabase');
    const detached = api.JetDetachDatabase(ses, this.file);
    if (detached !== JET_errDatabaseInUse) check(detached, 'JetDetachDatabase'); // in use: another store's session
    check(api.JetEndSession(ses, 0), 'JetEndSession');
    if (this.ownsInstance) check(api.JetTerm(this.inst), 'JetTerm');
  }

  private checkKey(key: string): void {
    if (key.length === 0 || key.length > MAX_KEY_LENGTH) {
      throw new RangeError(`key length must be 1..${MAX_KEY_LENGTH}, got ${key.length}`);
    }
  }

  /** Positions the cursor on `key`; false when there is no such record. */
  private seek(key: string): boolean {
    this.checkKey(key);
    makeKey(this.api, this.ses, this.tableid, utf16(key), JET_bitNewKey);
    return found(this.api.JetSeek(this.ses, this.tableid, JET_bitSeekEQ), 'JetSeek');
  }

  private revisionHere(): number {
    const r = retrieveColumn(this.api, this.ses, this.tableid, this.cols.revision);
    return r === null ? 0 : readInt32(r); // NULL in rows written before the revision column existed
  }

  private entryHere(): KvEntry {
    const { api, ses, tableid, cols } = this;
    const key = retrieveColumn(api, ses, tableid, cols.key);
    if (key === null) throw new Error('a kv record without a key'); // NotNULL
    return {
      key: readUtf16(key),
      value: retrieveColumn(api, ses, tableid, cols.value) ?? new Uint8Array(0),
      revision: this.revisionHere(),
    };
  }
}

function mustColumn(api: JetApi, ses: JET_SESID, tableid: JET_TABLEID, name: string): JET_COLUMNID {
  const id = tryColumnId(api, ses, tableid, name);
  if (id === null) throw new Error(`kv table has no column ${name}`);
  return id;
}

/** Writes a few entries, reopens the file in a new instance and reads them back. */
export function main(log: (line: string) => void = console.log): void {
  const api = createEmulator().api;
  const store = KvStore.open(api, 'settings.edb', { instanceName: 'first' });
  store.put('color.background', 'white');
  store.put('color.text', 'black');
  store.put('font.size', '12');
  store.put('color.text', 'navy'); // replace: revision 2
  store.put('color.link', 'blue');
  store.delete('color.link');
  const colors = store.scan('color.').map((e) => `${e.key}=${textDecoder.decode(e.value)} (rev ${e.revision})`);
  log(`color.* -> ${colors.join(', ')}`);
  store.close(); // JetTerm: the file stays in the emulator

  const again = KvStore.open(api, 'settings.edb', { instanceName: 'second' });
  log(`after reopening in a new instance: ${again.keys().join(', ')}; COLOR.TEXT = ${again.getText('COLOR.TEXT')}`);
  again.close();
}

if (require.main === module) main();
