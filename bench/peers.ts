/**
 * The comparison peers of the ISAM benchmarks, better-sqlite3 and fake-indexeddb, loaded at run time from
 * bench/node_modules (installed by `cd bench && npm ci`, with bench/package.json and its own lock), so the
 * library's own `npm ci` never installs them. When they are missing, the loader says so and the benchmarks
 * run esemu alone.
 *
 * The few types used are declared here, so the root type-check works on a fresh clone without
 * bench/node_modules (better-sqlite3 ships no types, and fake-indexeddb's need the DOM library).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// ---- better-sqlite3 (the subset used) -------------------------------------------------------------------

export type SqliteValue = number | string | null;

export interface SqliteStatement {
  run(...params: SqliteValue[]): unknown;
  get(...params: SqliteValue[]): unknown;
  iterate(...params: SqliteValue[]): IterableIterator<unknown>;
  /** Rows come back as their first column only. */
  pluck(toggle?: boolean): SqliteStatement;
  /** Rows come back as arrays. */
  raw(toggle?: boolean): SqliteStatement;
}

export interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
  exec(sql: string): SqliteDatabase;
  close(): void;
}

export type SqliteConstructor = new (filename: string) => SqliteDatabase;

// ---- fake-indexeddb (the subset used) --------------------------------------------------------------------

/** The records the benchmarks store: the same three columns as the esemu table. */
export interface IdbRow {
  id: number;
  val: number;
  txt: string;
}

export interface IdbRequest<T> {
  readonly result: T;
  readonly error: unknown;
  onsuccess: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export interface IdbCursorWithValue {
  readonly value: IdbRow;
  continue(): void;
}

export type IdbKeyRange = object;

export interface IdbIndex {
  openCursor(range?: IdbKeyRange | null): IdbRequest<IdbCursorWithValue | null>;
}

export interface IdbObjectStore {
  put(value: IdbRow): IdbRequest<unknown>;
  get(key: number): IdbRequest<IdbRow | undefined>;
  count(): IdbRequest<number>;
  clear(): IdbRequest<undefined>;
  openCursor(range?: IdbKeyRange | null): IdbRequest<IdbCursorWithValue | null>;
  index(name: string): IdbIndex;
  createIndex(name: string, keyPath: string, options?: { unique?: boolean }): IdbIndex;
}

export interface IdbTransaction {
  objectStore(name: string): IdbObjectStore;
  abort(): void;
  oncomplete: ((event: unknown) => void) | null;
  onabort: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export interface IdbDatabase {
  transaction(storeNames: string | string[], mode: 'readonly' | 'readwrite'): IdbTransaction;
  createObjectStore(name: string, options: { keyPath: string }): IdbObjectStore;
  close(): void;
}

export interface IdbOpenRequest extends IdbRequest<IdbDatabase> {
  onupgradeneeded: ((event: unknown) => void) | null;
}

export interface IdbFactory {
  open(name: string, version?: number): IdbOpenRequest;
}

export interface FakeIndexedDb {
  IDBFactory: new () => IdbFactory;
  IDBKeyRange: { bound(lower: number, upper: number, lowerOpen?: boolean, upperOpen?: boolean): IdbKeyRange };
}

// ---- loading --------------------------------------------------------------------------------------------

export interface Peers {
  sqlite: SqliteConstructor | null;
  idb: FakeIndexedDb | null;
  /** "better-sqlite3 12.4.1 (SQLite 3.50.4)", "fake-indexeddb 6.2.8". */
  versions: string[];
  /** Why a peer is not there, one line each. */
  missing: string[];
}

/** The bench/ folder of the source tree: found upwards from this file (bench/ or dist/bench/). */
function benchFolder(): string | null {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, 'bench');
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

function installedVersion(folder: string, name: string): string | null {
  const file = join(folder, 'node_modules', name, 'package.json');
  if (!existsSync(file)) return null;
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const version = typeof parsed === 'object' && parsed !== null ? (parsed as { version?: unknown }).version : undefined;
  return typeof version === 'string' ? version : null;
}

function message(caught: unknown): string {
  return (caught instanceof Error ? caught.message : String(caught)).split('\n')[0];
}

export function loadPeers(): Peers {
  const peers: Peers = { sqlite: null, idb: null, versions: [], missing: [] };
  const folder = benchFolder();
  const hint = 'run `cd bench && npm ci`';
  if (folder === null) {
    peers.missing.push(`better-sqlite3 and fake-indexeddb: no bench/package.json found (${hint})`);
    return peers;
  }
  const load = createRequire(join(folder, 'package.json'));

  const sqliteVersion = installedVersion(folder, 'better-sqlite3');
  if (sqliteVersion === null) {
    peers.missing.push(`better-sqlite3: not installed in bench/node_modules (${hint})`);
  } else if (Number(sqliteVersion.split('.')[0]) !== 12) {
    // bench/package.json pins 12: 13 and later crash the process on this machine's Node 20.
    peers.missing.push(`better-sqlite3 ${sqliteVersion}: bench/package.json asks for 12 (${hint})`);
  } else {
    try {
      const ctor = load('better-sqlite3') as SqliteConstructor;
      const db = new ctor(':memory:');
      const engine = db.prepare('SELECT sqlite_version()').pluck().get();
      db.close();
      peers.sqlite = ctor;
      peers.versions.push(`better-sqlite3 ${sqliteVersion} (SQLite ${String(engine)})`);
    } catch (caught) {
      peers.missing.push(`better-sqlite3 ${sqliteVersion}: cannot be loaded: ${message(caught)} (${hint})`);
    }
  }

  const idbVersion = installedVersion(folder, 'fake-indexeddb');
  if (idbVersion === null) {
    peers.missing.push(`fake-indexeddb: not installed in bench/node_modules (${hint})`);
  } else {
    try {
      const mod = load('fake-indexeddb') as Partial<FakeIndexedDb>;
      if (typeof mod.IDBFactory !== 'function' || typeof mod.IDBKeyRange !== 'function') {
        throw new Error('IDBFactory / IDBKeyRange not exported');
      }
      peers.idb = mod as FakeIndexedDb;
      peers.versions.push(`fake-indexeddb ${idbVersion}`);
    } catch (caught) {
      peers.missing.push(`fake-indexeddb ${idbVersion}: cannot be loaded: ${message(caught)} (${hint})`);
    }
  }
  return peers;
}
