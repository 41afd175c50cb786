/**
 * The data and the contract shared by the ISAM benchmarks (bench/isam.ts): the records every engine stores,
 * drawn once from a seeded generator so that every engine gets the same work, and the Engine interface that
 * esemu, better-sqlite3 and fake-indexeddb each implement.
 *
 * Every table has three columns: id (32-bit integer, the primary / clustered key), val (32-bit integer, with a
 * non-unique secondary index "byVal") and txt (a short ASCII text, "row <id>").
 */

/** Records in the preloaded table ("big"): ids 0, 2, 4, ..., vals a permutation of 0 .. PRELOAD - 1. */
export const PRELOAD = 100_000;
/** Row counts of the insert workloads (W2, W3, W4, W3p, W4p). */
export const SIZES = [1_000, 10_000, 100_000];
/** W4 / W4p: transaction levels, each with its share of the rows. */
export const LEVELS = 7;
/** W5: random seeks on the primary index. */
export const SEEKS = 100_000;
/** W7: range scans, each over 1% of the secondary index. */
export const RANGES = 1_000;
export const RANGE_WIDTH = PRELOAD / 100;

export interface Rows {
  n: number;
  ids: Int32Array;
  vals: Int32Array;
  /** txt as a string (better-sqlite3, fake-indexeddb) ... */
  txt: string[];
  /** ... and as its code page 1252 bytes (esemu's JetSetColumn). */
  txtBytes: Uint8Array[];
}

export interface Dataset {
  /** The rows of "big", in a shuffled insertion order. */
  preload: Rows;
  /** The rows an insert workload adds, by row count: odd ids in shuffled order, random vals. */
  inserts: Map<number, Rows>;
  /** W5: ids of preloaded records, in random order. */
  seekKeys: Int32Array;
  /** W7: lower bounds of the ranges [lo, lo + RANGE_WIDTH) of val. */
  rangeStarts: Int32Array;
}

/** mulberry32: a small seeded generator, so every run of the bench does the same work. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(n: number, random: () => number): Int32Array {
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
  return a;
}

function rows(ids: Int32Array, vals: Int32Array): Rows {
  const txt = Array.from(ids, (id) => `row ${id}`);
  const txtBytes = txt.map((s) => Uint8Array.from(s, (c) => c.charCodeAt(0)));
  return { n: ids.length, ids, vals, txt, txtBytes };
}

export function makeDataset(seed = 20261203): Dataset {
  const random = generator(seed);
  const order = shuffled(PRELOAD, random);
  const preload = rows(order.map((k) => 2 * k), shuffled(PRELOAD, random));
  const inserts = new Map<number, Rows>();
  for (const n of SIZES) {
    const ids = shuffled(n, random).map((k) => 2 * k + 1);
    const vals = Int32Array.from({ length: n }, () => Math.floor(random() * PRELOAD));
    inserts.set(n, rows(ids, vals));
  }
  const seekKeys = Int32Array.from({ length: SEEKS }, () => 2 * Math.floor(random() * PRELOAD));
  const rangeStarts = Int32Array.from({ length: RANGES }, () => Math.floor(random() * (PRELOAD - RANGE_WIDTH + 1)));
  return { preload, inserts, seekKeys, rangeStarts };
}

/** How an insert workload ends. */
export type InsertEnd =
  /** W2: begin, insert, commit. */
  | 'commit'
  /** W3 / W3p: begin, insert, roll back. */
  | 'rollback'
  /** W4 / W4p: a new session, LEVELS nested levels with inserts in each, then the session ends. */
  | 'levels';

export interface InsertWork {
  end: InsertEnd;
  /** Into "big" (PRELOAD records, left as it was by the rollback) rather than into a new empty table. */
  preloaded: boolean;
  rows: Rows;
  /** Count the table's records afterwards (not timed) into `check`; otherwise `check` is NaN. */
  verify: boolean;
}

/**
 * One timed run. Times in milliseconds: `main` is the work up to the end (the begin and the inserts, or the
 * reads), `end` the commit / rollback / end-session phase (0 for reads). `check` is what the run read or left
 * (a record count, a checksum), compared across engines.
 */
export interface Timed {
  main: number;
  end: number;
  check: number;
}

export interface Engine {
  readonly name: string;
  /** W1: n begin+end pairs, in sequence. */
  sessions(n: number): Promise<Timed>;
  /** W2 / W3 / W4 / W3p / W4p. `check` is the record count of the table afterwards when `verify` (not timed). */
  insert(work: InsertWork): Promise<Timed>;
  /** W5: one read transaction; a seek on the primary index and a read of val per key; check = sum of vals. */
  seeks(keys: Int32Array): Promise<Timed>;
  /** W6: one read transaction; every record in primary-key order, reading id and val; check = sum of vals. */
  scan(): Promise<Timed>;
  /** W7: one read transaction; per start, the records with start <= val < start + width on byVal, reading txt. */
  ranges(starts: Int32Array, width: number): Promise<Timed>;
  close(): void;
}

export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** The level each row goes in when n rows are spread over LEVELS levels: rows [from(l), from(l + 1)). */
export function levelStart(n: number, level: number): number {
  return Math.floor((n * level) / LEVELS);
}
