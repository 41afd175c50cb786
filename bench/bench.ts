/**
 * npm run bench: the figures behind docs/performance.md. Each measurement is
 * repeated after a warm-up and the median reported. Not part of the tests.
 *
 * Everything goes through the esent.h API of an emulator made by
 * createEmulator(), exactly as a user would call it.
 *
 * `npm run bench` runs both parts: the session and sort benchmarks below, then
 * the ISAM workloads of bench/isam.ts beside their comparison peers.
 * `npm run bench -- core` or `npm run bench -- isam` runs one part.
 */
import { cpus, loadavg } from 'node:os';
import {
  createEmulator, out, JET_bitColumnTTKey, JET_coltypLong, JET_coltypText, JET_MoveFirst, JET_MoveNext,
  JET_paramMaxCursors, JET_paramMaxSessions, JET_paramMaxTemporaryTables, JET_prepInsert,
} from '../src';
import type { Emulator, JetApi, JET_COLUMNID, JET_DBID, JET_INSTANCE, JET_SESID, JET_TABLEID } from '../src';
import { fixtureRestore } from './fixtures';
import { isamBenchmarks } from './isam';

const RUNS = 7;
/** The sort round trip varies more from run to run (garbage collection), so it gets more runs. */
const SORT_RUNS = 15;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function seconds(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

function check(rc: number, what: string): void {
  if (rc < 0) throw new Error(`${what} failed with ${rc}`);
}

function load(): string {
  return loadavg().map((l) => l.toFixed(2)).join(' ');
}

/** A fresh emulator with one initialized instance; params are set before JetInit. */
function instance(params: Array<[number, number]> = []): { emu: Emulator; api: JetApi; inst: JET_INSTANCE } {
  const emu = createEmulator();
  const { api } = emu;
  const inst = out<JET_INSTANCE>();
  check(api.JetCreateInstance(inst, 'bench'), 'JetCreateInstance');
  for (const [id, v] of params) check(api.JetSetSystemParameter(inst, -1 as JET_SESID, id, v, null), `JetSetSystemParameter(${id})`);
  check(api.JetInit(inst), 'JetInit');
  return { emu, api, inst: inst.value };
}

// 1. BeginSession + EndSession pairs per second, and a plain Map-based session table as reference.
function sessionPairs(): { esemu: number; map: number } {
  const { api, inst } = instance();
  const ses = out<JET_SESID>();
  // One checked pair first: the timed loop below must measure successful calls.
  check(api.JetBeginSession(inst, ses, '', ''), 'JetBeginSession');
  check(api.JetEndSession(ses.value, 0), 'JetEndSession');
  const n = 1_000_000;
  let failures = 0;
  const pair = () => {
    for (let i = 0; i < n; i++) {
      failures += api.JetBeginSession(inst, ses, '', '');
      failures += api.JetEndSession(ses.value, 0);
    }
  };
  pair();
  const esemu = median(Array.from({ length: RUNS }, () => n / seconds(pair)));
  if (failures !== 0) throw new Error('a timed BeginSession/EndSession failed');
  const table = new Map<number, { id: number; level: number }>();
  let next = 0;
  const mapPair = () => {
    for (let i = 0; i < n; i++) {
      const id = ++next;
      table.set(id, { id, level: 0 });
      table.delete(id);
    }
  };
  mapPair();
  const map = median(Array.from({ length: RUNS }, () => n / seconds(mapPair)));
  return { esemu, map };
}

// 2 and 3. JetEndSession on a loaded session (7 transaction levels, 10 sorts, 3 open databases),
// with or without idle sessions alive on the same instance.
const DATABASES = ['a.edb', 'b.edb', 'c.edb'];
const LEVELS = 7;
const SORTS = 10;
const ROWS = 3;

function loadSession(api: JetApi, inst: JET_INSTANCE): JET_SESID {
  const s = out<JET_SESID>();
  check(api.JetBeginSession(inst, s, '', ''), 'JetBeginSession');
  for (const name of DATABASES) check(api.JetOpenDatabase(s.value, name, null, out<JET_DBID>(), 0), 'JetOpenDatabase');
  for (let l = 0; l < LEVELS; l++) check(api.JetBeginTransaction(s.value), 'JetBeginTransaction');
  for (let t = 0; t < SORTS; t++) {
    const ids: JET_COLUMNID[] = [];
    const tt = out<JET_TABLEID>();
    check(api.JetOpenTempTable(s.value, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }], 1, 0, tt, ids), 'JetOpenTempTable');
    for (let r = 0; r < ROWS; r++) {
      check(api.JetPrepareUpdate(s.value, tt.value, JET_prepInsert), 'JetPrepareUpdate');
      check(api.JetSetColumn(s.value, tt.value, ids[0], Uint8Array.of(r, 0, 0, 0), 4, 0, null), 'JetSetColumn');
      check(api.JetUpdate(s.value, tt.value, null, 0, null), 'JetUpdate');
    }
  }
  return s.value;
}

/** Confirms through the emulator's dump that a loaded session holds what the benchmark says it holds. */
function verifyLoaded(emu: Emulator, s: JET_SESID, idle: number, loadedCount: number): void {
  const inst = emu.dump().instances[0];
  const ses = inst.sessions.find((x) => x.handle === (s as unknown as number));
  const ok = ses !== undefined && ses.level === LEVELS && ses.cursors.length === SORTS
    && ses.cursors.every((c) => c.kind === 'sort' && c.rows === ROWS)
    && ses.openDatabases.length === DATABASES.length && inst.sessions.length === idle + 1 + loadedCount;
  if (!ok) throw new Error(`loaded session is not as described: ${JSON.stringify(ses)}, ${inst.sessions.length} sessions`);
}

/** Returns microseconds per JetEndSession (timed) and per loaded-session set-up (timed separately). */
function loadedEndSession(idle: number): { end: number; setup: number } {
  const count = 200;
  const { emu, api, inst } = instance([
    [JET_paramMaxSessions, idle + count + 10],
    [JET_paramMaxTemporaryTables, SORTS * count + 10],
    [JET_paramMaxCursors, SORTS * count + 10],
  ]);
  for (let i = 0; i < idle; i++) check(api.JetBeginSession(inst, out<JET_SESID>(), '', ''), 'idle JetBeginSession');
  // The owner creates the databases (JetCreateDatabase); every loaded session then opens all three
  // (JetOpenDatabase). An instance attaches at most six databases, so they cannot be per session.
  const owner = out<JET_SESID>();
  check(api.JetBeginSession(inst, owner, '', ''), 'owner JetBeginSession');
  for (const name of DATABASES) check(api.JetCreateDatabase(owner.value, name, null, out<JET_DBID>(), 0), 'JetCreateDatabase');
  const endSamples: number[] = [];
  const setupSamples: number[] = [];
  for (let run = 0; run < RUNS + 1; run++) {
    const loaded: JET_SESID[] = [];
    const setup = seconds(() => {
      for (let i = 0; i < count; i++) loaded.push(loadSession(api, inst));
    });
    if (run === 0) verifyLoaded(emu, loaded[0], idle, count);
    const t = seconds(() => {
      for (const s of loaded) check(api.JetEndSession(s, 0), 'JetEndSession');
    });
    if (emu.dump().instances[0].sessions.length !== idle + 1) throw new Error('loaded sessions were not all ended');
    if (run > 0) {
      endSamples.push((t / count) * 1e6);
      setupSamples.push((setup / count) * 1e6);
    }
  }
  return { end: median(endSamples), setup: median(setupSamples) };
}

// 4. Sort round trip of 10^5 records against Array.prototype.sort of the same records.
interface SortFigures { esemu: number; reference: number; insert: number; order: number; read: number }

function sortRoundTrip(): SortFigures {
  const n = 100_000;
  const keys = Array.from({ length: n }, () => (Math.random() * 2 ** 32) | 0);
  const texts = keys.map((k) => `row ${k}`);
  const encoder = new TextEncoder();
  const encoded = texts.map((t) => encoder.encode(t));
  const keyBytes = keys.map((k) => {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setInt32(0, k, true);
    return b;
  });
  // A sort removes duplicate keys, so it reads back the distinct keys only.
  const sorted = [...keys].sort((a, b) => a - b);
  let distinct = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  const { api, inst } = instance();
  const ses = out<JET_SESID>();
  check(api.JetBeginSession(inst, ses, '', ''), 'JetBeginSession');
  const s = ses.value;
  const keyBuf = new Uint8Array(4);
  const keyView = new DataView(keyBuf.buffer);
  const textBuf = new Uint8Array(64);
  const size = out<number>(0);
  let checksum = 0;
  let insert = 0;
  let order = 0;
  let read = 0;
  const esemuRun = () => {
    const t0 = process.hrtime.bigint();
    const ids: JET_COLUMNID[] = [];
    const tt = out<JET_TABLEID>();
    check(api.JetOpenTempTable(s, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }, { coltyp: JET_coltypText, cp: 1252 }], 2, 0, tt, ids), 'JetOpenTempTable');
    const t = tt.value;
    for (let i = 0; i < n; i++) {
      api.JetPrepareUpdate(s, t, JET_prepInsert);
      api.JetSetColumn(s, t, ids[0], keyBytes[i], 4, 0, null);
      api.JetSetColumn(s, t, ids[1], encoded[i], encoded[i].length, 0, null);
      api.JetUpdate(s, t, null, 0, null);
    }
    const t1 = process.hrtime.bigint();
    let rc = api.JetMove(s, t, JET_MoveFirst, 0); // ends the insert phase: the rows are ordered here
    const t2 = process.hrtime.bigint();
    let rows = 0;
    let previous = -Infinity;
    let inOrder = true;
    for (; rc === 0; rc = api.JetMove(s, t, JET_MoveNext, 0)) {
      api.JetRetrieveColumn(s, t, ids[0], keyBuf, 4, null, 0, null);
      api.JetRetrieveColumn(s, t, ids[1], textBuf, 64, size, 0, null);
      const key = keyView.getInt32(0, true);
      if (key < previous) inOrder = false;
      previous = key;
      checksum += (key & 0xff) + size.value;
      rows++;
    }
    const t3 = process.hrtime.bigint();
    check(api.JetCloseTable(s, t), 'JetCloseTable');
    insert = Number(t1 - t0) / 1e6;
    order = Number(t2 - t1) / 1e6;
    read = Number(t3 - t2) / 1e6;
    if (!inOrder || rows !== distinct) throw new Error(`sort read back ${rows} rows (expected ${distinct}), in order: ${inOrder}`);
  };
  const referenceRun = () => {
    const records = keys.map((key, i) => ({ key, text: texts[i] }));
    records.sort((a, b) => a.key - b.key);
    for (const r of records) checksum += (r.key & 0xff) + r.text.length;
  };
  esemuRun();
  referenceRun();
  esemuRun();
  referenceRun();
  // Alternate the two so that both see the same machine conditions.
  const esemuTimes: number[] = [];
  const referenceTimes: number[] = [];
  const inserts: number[] = [];
  const orders: number[] = [];
  const reads: number[] = [];
  for (let run = 0; run < SORT_RUNS; run++) {
    esemuTimes.push(seconds(esemuRun) * 1e3);
    inserts.push(insert);
    orders.push(order);
    reads.push(read);
    referenceTimes.push(seconds(referenceRun) * 1e3);
  }
  if (checksum === 0.5) process.stdout.write('');
  return {
    esemu: median(esemuTimes), reference: median(referenceTimes),
    insert: median(inserts), order: median(orders), read: median(reads),
  };
}

function core(): void {
  const row = (label: string, value: string) => process.stdout.write(`${label.padEnd(64)} ${value.padStart(12)}\n`);
  const cpuList = cpus();
  process.stdout.write(`esemu benchmarks, ${new Date().toISOString()}\n`);
  process.stdout.write(`node ${process.version}, ${cpuList.length} cores (${cpuList[0]?.model ?? 'unknown CPU'})\n`);
  process.stdout.write(`load average (1/5/15 min) at start: ${load()}\n`);
  process.stdout.write(`medians of ${RUNS} runs (sort round trip: ${SORT_RUNS}), each after a warm-up\n\n`);
  row('benchmark', 'median');
  row('-'.repeat(64), '-'.repeat(12));

  const pairs = sessionPairs();
  row('1. BeginSession+EndSession pairs/s (target >= 1,000,000)', Math.round(pairs.esemu).toLocaleString('en-US'));
  row('   reference: Map set+delete pairs/s', Math.round(pairs.map).toLocaleString('en-US'));
  row('   met', pairs.esemu >= 1_000_000 ? 'yes' : 'NO');

  loadedEndSession(0); // warm-up, so the first measured figure is not paying for compilation
  const alone = loadedEndSession(0);
  const crowded = loadedEndSession(10_000);
  row('2. JetEndSession, 7 levels + 10 sorts + 3 databases (us)', alone.end.toFixed(2));
  row('   (set-up of one such session, not in the figure above) (us)', alone.setup.toFixed(2));
  row('3. the same with 10,000 idle sessions alive (us)', crowded.end.toFixed(2));
  row('   (set-up of one such session, not in the figure above) (us)', crowded.setup.toFixed(2));
  row('   ratio crowded / alone (target: no slow-down, about 1)', (crowded.end / alone.end).toFixed(2));

  const sort = sortRoundTrip();
  row('4. sort: insert + ordered read of 10^5 records (ms)', sort.esemu.toFixed(1));
  row('   of which inserts (JetPrepareUpdate/SetColumn x2/Update) (ms)', sort.insert.toFixed(1));
  row('   of which the first JetMove (ends insert, orders) (ms)', sort.order.toFixed(1));
  row('   of which the read back (JetMove + RetrieveColumn x2) (ms)', sort.read.toFixed(1));
  row('   reference: build + Array.prototype.sort + read (ms)', sort.reference.toFixed(1));
  row('   ratio esemu / reference (target <= 3)', (sort.esemu / sort.reference).toFixed(2));
  row('   met', sort.esemu / sort.reference <= 3 ? 'yes' : 'NO');

  const restore = fixtureRestore();
  row('5. restore a fixture of 10^3 records (us)', restore.small.toFixed(1));
  row('   restore a fixture of 10^5 records (us)', restore.large.toFixed(1));
  row('   ratio 10^5 / 10^3 (target: independent of size, about 1)', (restore.large / restore.small).toFixed(2));
  process.stdout.write(`\nload average (1/5/15 min) at end: ${load()}\n`);
}

async function main(): Promise<void> {
  const parts = process.argv.slice(2);
  const unknown = parts.filter((p) => p !== 'core' && p !== 'isam');
  if (unknown.length > 0) throw new Error(`unknown part ${unknown.join(', ')}: expected core and / or isam`);
  if (parts.length === 0 || parts.includes('core')) core();
  if (parts.length === 0 || parts.includes('isam')) await isamBenchmarks();
}

main().catch((caught: unknown) => {
  process.stderr.write(`${caught instanceof Error ? caught.stack ?? caught.message : String(caught)}\n`);
  process.exitCode = 1;
});
