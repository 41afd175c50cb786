/**
 * The ISAM workloads on better-sqlite3, in memory: the same table (id INTEGER PRIMARY KEY, the clustered rowid
 * key; val with a secondary index; txt), prepared statements, BEGIN / COMMIT / ROLLBACK, and SAVEPOINTs for the
 * nested levels of W4. A client of SQLite would write it this way.
 */
import { LEVELS, levelStart, nowMs } from './isamData';
import type { Dataset, Engine, InsertWork, Rows, Timed } from './isamData';
import type { SqliteConstructor, SqliteStatement } from './peers';

function schema(table: string): string {
  return `CREATE TABLE ${table} (id INTEGER PRIMARY KEY, val INTEGER NOT NULL, txt TEXT NOT NULL);
    CREATE INDEX ${table}_byVal ON ${table} (val);`;
}

function insertRows(insert: SqliteStatement, rows: Rows, from: number, to: number): void {
  for (let i = from; i < to; i++) insert.run(rows.ids[i], rows.vals[i], rows.txt[i]);
}

export function sqliteEngine(Database: SqliteConstructor, data: Dataset): Engine {
  const db = new Database(':memory:');
  const begin = db.prepare('BEGIN');
  const commit = db.prepare('COMMIT');
  const rollback = db.prepare('ROLLBACK');
  const savepoints = Array.from({ length: LEVELS }, (_, level) => db.prepare(`SAVEPOINT level${level}`));

  db.exec(schema('big'));
  const insertBig = db.prepare('INSERT INTO big (id, val, txt) VALUES (?, ?, ?)');
  const countBig = db.prepare('SELECT count(*) FROM big').pluck();
  begin.run();
  insertRows(insertBig, data.preload, 0, data.preload.n);
  commit.run();

  async function insert(work: InsertWork): Promise<Timed> {
    const table = work.preloaded ? 'big' : 'fresh';
    if (!work.preloaded) db.exec(schema(table));
    const ins = work.preloaded ? insertBig : db.prepare(`INSERT INTO ${table} (id, val, txt) VALUES (?, ?, ?)`);
    const { rows } = work;
    const t0 = nowMs();
    begin.run();
    if (work.end === 'levels') {
      // Level 0 is the BEGIN; each further level is a SAVEPOINT. The end of the session rolls them all back.
      for (let level = 0; level < LEVELS; level++) {
        if (level > 0) savepoints[level].run();
        insertRows(ins, rows, levelStart(rows.n, level), levelStart(rows.n, level + 1));
      }
    } else {
      insertRows(ins, rows, 0, rows.n);
    }
    const t1 = nowMs();
    (work.end === 'commit' ? commit : rollback).run();
    const t2 = nowMs();
    const after = !work.verify ? Number.NaN : work.preloaded ? countBig.get() : db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    if (!work.preloaded) db.exec(`DROP TABLE ${table}`);
    return { main: t1 - t0, end: t2 - t1, check: Number(after) };
  }

  async function sessions(n: number): Promise<Timed> {
    const t0 = nowMs();
    for (let i = 0; i < n; i++) {
      begin.run();
      rollback.run();
    }
    return { main: nowMs() - t0, end: 0, check: n };
  }

  const seek = db.prepare('SELECT val FROM big WHERE id = ?').pluck();
  async function seeks(keys: Int32Array): Promise<Timed> {
    let sum = 0;
    const t0 = nowMs();
    begin.run();
    for (let i = 0; i < keys.length; i++) sum += seek.get(keys[i]) as number;
    commit.run();
    return { main: nowMs() - t0, end: 0, check: sum };
  }

  const all = db.prepare('SELECT id, val FROM big ORDER BY id').raw();
  async function scan(): Promise<Timed> {
    let sum = 0;
    let rowsSeen = 0;
    let previous = -1;
    let ordered = true;
    const t0 = nowMs();
    begin.run();
    for (const row of all.iterate()) {
      const [id, val] = row as [number, number];
      if (id <= previous) ordered = false;
      previous = id;
      sum += val;
      rowsSeen++;
    }
    commit.run();
    const t1 = nowMs();
    if (!ordered) throw new Error('better-sqlite3: scan out of order');
    return { main: t1 - t0, end: 0, check: rowsSeen * 1e10 + sum };
  }

  const range = db.prepare('SELECT txt FROM big WHERE val >= ? AND val < ? ORDER BY val').pluck();
  async function ranges(starts: Int32Array, width: number): Promise<Timed> {
    let lengths = 0;
    const t0 = nowMs();
    begin.run();
    for (let i = 0; i < starts.length; i++) {
      for (const txt of range.iterate(starts[i], starts[i] + width)) lengths += (txt as string).length;
    }
    commit.run();
    return { main: nowMs() - t0, end: 0, check: lengths };
  }

  return { name: 'better-sqlite3', sessions, insert, seeks, scan, ranges, close: () => db.close() };
}
