/**
 * The ISAM benchmarks of `npm run bench` (issue 6, section 5): W1-W7 on esemu's regular tables, each run beside
 * the same work on better-sqlite3 (in memory) and fake-indexeddb when bench/node_modules has them. Runs of the
 * engines alternate so that they share the machine's conditions; each figure is the median of its runs, and
 * the ratios come from the same invocation. Every run's result (record counts, checksums of what was read) is
 * checked against what the data says it must be.
 */
import { cpus, loadavg } from 'node:os';
import { esemuEngine } from './isamEsemu';
import { idbEngine } from './isamIdb';
import { sqliteEngine } from './isamSqlite';
import { makeDataset, nowMs, PRELOAD, RANGE_WIDTH, RANGES, SEEKS, SIZES } from './isamData';
import type { Dataset, Engine, InsertEnd, Timed } from './isamData';
import { loadPeers } from './peers';

/**
 * Timed runs per figure, after a warm-up on a smaller input: 5 for the light workloads (W1, 10^3 and 10^4 rows),
 * whose short times suffer most from a busy machine, 3 for the heavy ones. BENCH_ISAM_RUNS=n sets both.
 */
const RUNS_OVERRIDE = process.env.BENCH_ISAM_RUNS === undefined ? null : Math.max(1, Number(process.env.BENCH_ISAM_RUNS) | 0);
const LIGHT_RUNS = RUNS_OVERRIDE ?? 5;
const HEAVY_RUNS = RUNS_OVERRIDE ?? 3;
/** Runs of fake-indexeddb for its slow cells (10^5-row inserts, W5, W6, W7): one, or the bench would take half an hour. */
const IDB_HEAVY_RUNS = 1;
/** fake-indexeddb's W5 and W7 are timed on the first part of the keys / ranges and scaled up (see docs/performance.md). */
const IDB_SEEK_SAMPLE = 10_000;
const IDB_RANGE_SAMPLE = 5;
const SESSION_PAIRS = 100_000;
const IDB_SESSION_PAIRS = 1_000;

const IDB = 'fake-indexeddb';
const SQLITE = 'better-sqlite3';

interface Phase {
  label: string;
  unit: 'ms' | 'us';
  value(t: Timed): number;
  /** A rollback phase: its target is a tenth of better-sqlite3's, and flat in the number of rows. */
  rollback: boolean;
  /** Shown for information, with no target (W2's commit, which is inside its total). */
  informational?: boolean;
}

interface Workload {
  /** "W3p 10^4" */
  name: string;
  /** For the fake-indexeddb column: a workload whose figures are another's (W4 = W3 without levels). */
  idbSameAs?: string;
  /** Operations in `main`, for the per-operation cost. */
  ops: number;
  /** What every run's check must be (NaN: not checked, as for W1, where the engines run different numbers of pairs). */
  expect: number;
  /** fake-indexeddb gets IDB_HEAVY_RUNS runs. */
  heavy: boolean;
  /** `verify`: also check the result (insert workloads count the records, untimed); done on the first timed run. */
  run(e: Engine, verify: boolean): Promise<Timed>;
  warm(e: Engine): Promise<Timed>;
  /** Phases reported: the main part, and for the insert workloads the end (commit / rollback / end session). */
  phases: Phase[];
}

function power(n: number): string {
  return `10^${Math.round(Math.log10(n))}`;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function gc(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect !== undefined) collect();
}

/** The checks the read workloads must return, computed from the data directly. */
function expectedReads(data: Dataset): { seeks: number; scan: number; ranges: number } {
  const { preload } = data;
  const valById = new Map<number, number>();
  const lengthByVal = new Int32Array(PRELOAD);
  let vals = 0;
  for (let i = 0; i < preload.n; i++) {
    valById.set(preload.ids[i], preload.vals[i]);
    lengthByVal[preload.vals[i]] = preload.txt[i].length;
    vals += preload.vals[i];
  }
  let seeks = 0;
  for (const k of data.seekKeys) seeks += valById.get(k) ?? 0;
  let ranges = 0;
  for (const lo of data.rangeStarts) for (let v = lo; v < lo + RANGE_WIDTH; v++) ranges += lengthByVal[v];
  return { seeks, scan: preload.n * 1e10 + vals, ranges };
}

function workloads(data: Dataset): Workload[] {
  const list: Workload[] = [];
  const expected = expectedReads(data);
  list.push({
    name: 'W1', ops: SESSION_PAIRS, heavy: false, expect: Number.NaN,
    run: (e) => e.sessions(e.name === IDB ? IDB_SESSION_PAIRS : SESSION_PAIRS),
    warm: (e) => e.sessions(e.name === IDB ? 100 : 10_000),
    phases: [{ label: 'begin+end pair', unit: 'us', value: (t) => (t.main * 1e3) / t.check, rollback: false }],
  });
  const inserts: Array<[string, InsertEnd, boolean]> = [
    ['W2', 'commit', false], ['W3', 'rollback', false], ['W4', 'levels', false], ['W3p', 'rollback', true], ['W4p', 'levels', true],
  ];
  for (const [id, end, preloaded] of inserts) {
    for (const n of SIZES) {
      const rows = data.inserts.get(n);
      const small = data.inserts.get(SIZES[0]);
      if (rows === undefined || small === undefined) throw new Error(`no rows of size ${n}`);
      const name = `${id} ${power(n)}`;
      const phases: Phase[] = end === 'commit'
        ? [
          { label: 'begin + inserts + commit', unit: 'ms', value: (t) => t.main + t.end, rollback: false },
          { label: '(of which the commit)', unit: 'us', value: (t) => t.end * 1e3, rollback: false, informational: true },
        ]
        : [
          { label: end === 'levels' ? 'session + 7 levels of inserts' : 'begin + inserts', unit: 'ms', value: (t) => t.main, rollback: false },
          { label: end === 'levels' ? 'JetEndSession (rollback)' : 'rollback', unit: 'us', value: (t) => t.end * 1e3, rollback: true },
        ];
      list.push({
        name, ops: n, heavy: n > 10_000, phases,
        expect: (preloaded ? PRELOAD : 0) + (end === 'commit' ? n : 0),
        idbSameAs: end === 'levels' ? `${id.replace('4', '3')} ${power(n)}` : undefined,
        run: (e, verify) => e.insert({ end, preloaded, rows, verify }),
        warm: (e) => e.insert({ end, preloaded, rows: small, verify: false }),
      });
    }
  }
  const seekSample = data.seekKeys.subarray(0, IDB_SEEK_SAMPLE);
  list.push({
    name: 'W5', ops: SEEKS, heavy: true, expect: expected.seeks,
    run: async (e) => {
      if (e.name !== IDB) return e.seeks(data.seekKeys);
      const t = await e.seeks(seekSample);
      return { main: (t.main * SEEKS) / IDB_SEEK_SAMPLE, end: 0, check: Number.NaN };
    },
    warm: (e) => e.seeks(data.seekKeys.subarray(0, 1_000)),
    phases: [{ label: `${power(SEEKS)} seeks + retrieve`, unit: 'ms', value: (t) => t.main, rollback: false }],
  });
  list.push({
    name: 'W6', ops: PRELOAD, heavy: true, expect: expected.scan, run: (e) => e.scan(), warm: (e) => e.scan(),
    phases: [{ label: `scan of ${power(PRELOAD)} records`, unit: 'ms', value: (t) => t.main, rollback: false }],
  });
  const rangeSample = data.rangeStarts.subarray(0, IDB_RANGE_SAMPLE);
  list.push({
    name: 'W7', ops: RANGES * RANGE_WIDTH, heavy: true, expect: expected.ranges,
    run: async (e) => {
      if (e.name !== IDB) return e.ranges(data.rangeStarts, RANGE_WIDTH);
      const t = await e.ranges(rangeSample, RANGE_WIDTH);
      return { main: (t.main * RANGES) / IDB_RANGE_SAMPLE, end: 0, check: Number.NaN };
    },
    warm: (e) => e.ranges(data.rangeStarts.subarray(0, e.name === IDB ? 1 : 20), RANGE_WIDTH),
    phases: [{ label: `${RANGES} ranges of 1%`, unit: 'ms', value: (t) => t.main, rollback: false }],
  });
  return list;
}

type Results = Map<string, Map<string, Timed[]>>;

async function measure(engines: Engine[], w: Workload, results: Results): Promise<void> {
  const byEngine = new Map<string, Timed[]>();
  results.set(w.name, byEngine);
  const active = engines.filter((e) => !(e.name === IDB && w.idbSameAs !== undefined));
  for (const e of active) {
    // fake-indexeddb's slow cells get no warm-up: it would double their time, and its code is warm from the others.
    if (!(e.name === IDB && w.heavy)) await w.warm(e);
    byEngine.set(e.name, []);
  }
  const runs = w.heavy ? HEAVY_RUNS : LIGHT_RUNS;
  for (let run = 0; run < runs; run++) {
    for (const e of active) {
      if (e.name === IDB && w.heavy && run >= Math.min(runs, IDB_HEAVY_RUNS)) continue;
      // A heavy run starts on a collected heap, so that it does not pay for the garbage of the run before it
      // (a full collection costs 0.2-1 s here, so light runs, which leave little garbage, go without).
      if (w.heavy) gc();
      byEngine.get(e.name)?.push(await w.run(e, run === 0));
    }
  }
  if (w.idbSameAs !== undefined && engines.some((e) => e.name === IDB)) {
    const same = results.get(w.idbSameAs)?.get(IDB);
    if (same !== undefined) byEngine.set(IDB, same);
  }
  if (Number.isNaN(w.expect)) return;
  for (const [name, runs] of byEngine) {
    for (const t of runs) {
      if (!Number.isNaN(t.check) && t.check !== w.expect) throw new Error(`${w.name}: ${name} returned ${t.check}, expected ${w.expect}`);
    }
  }
}

function fmt(v: number | undefined, digits = 1): string {
  if (v === undefined) return '-';
  if (v >= 1000) return Math.round(v).toLocaleString('en-US');
  return v.toFixed(v >= 100 ? 0 : v >= 10 ? 1 : digits);
}

function report(engines: Engine[], list: Workload[], results: Results): void {
  const names = engines.map((e) => e.name);
  const hasSqlite = names.includes(SQLITE);
  const hasIdb = names.includes(IDB);
  const cols = ['workload', 'phase', 'unit', 'esemu', 'us/op', ...(hasSqlite ? [SQLITE, 'ratio'] : []),
    ...(hasIdb ? [IDB, 'x faster'] : []), 'targets'];
  const width: Record<string, number> = { workload: 9, phase: 30, unit: 4, esemu: 9, 'us/op': 7, [SQLITE]: 14, ratio: 6, [IDB]: 14 };
  const widths = cols.map((c) => width[c] ?? 8);
  const line = (cells: string[]) => process.stdout.write(`${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : i === cells.length - 1 ? c : c.padStart(widths[i]))).join(' ')}\n`);
  line(cols);
  line(cols.map((_, i) => '-'.repeat(i === cols.length - 1 ? 20 : widths[i])));
  const misses: string[] = [];
  const flat: string[] = [];
  for (const w of list) {
    const byEngine = results.get(w.name);
    if (byEngine === undefined) continue;
    for (const p of w.phases) {
      const fig = (name: string) => {
        const runs = byEngine.get(name);
        return runs === undefined || runs.length === 0 ? undefined : median(runs.map((t) => p.value(t)));
      };
      const e = fig('esemu');
      const s = fig(SQLITE);
      const i = fig(IDB);
      const perOp = e === undefined ? undefined : (p.unit === 'ms' ? e * 1e3 : e) / (p.unit === 'ms' ? w.ops : 1);
      const ratio = e !== undefined && s !== undefined ? e / s : undefined;
      const faster = e !== undefined && i !== undefined ? i / e : undefined;
      const targets: string[] = [];
      if (ratio !== undefined && p.informational !== true) {
        const ok = p.rollback ? ratio <= 0.1 : ratio <= 1.0;
        targets.push(`${p.rollback ? 'sqlite/10' : 'sqlite'} ${ok ? 'yes' : 'NO'}`);
        if (!ok) misses.push(`${w.name} ${p.label} vs ${SQLITE}`);
      }
      if (faster !== undefined && p.informational !== true) {
        const ok = faster >= 10;
        targets.push(`idb ${ok ? 'yes' : 'NO'}`);
        if (!ok) misses.push(`${w.name} ${p.label} vs ${IDB}`);
      }
      line([w.name, p.label, p.unit, fmt(e, 2), p.rollback || p.informational === true ? '' : fmt(perOp, 2), ...(hasSqlite ? [fmt(s, 2), fmt(ratio, 2)] : []),
        ...(hasIdb ? [fmt(i, 2), fmt(faster, 1)] : []), targets.join(', ')]);
      if (p.rollback && w.name.endsWith(power(SIZES[SIZES.length - 1]))) {
        const base = w.name.split(' ')[0];
        const firstRuns = results.get(`${base} ${power(SIZES[0])}`)?.get('esemu');
        const first = firstRuns === undefined ? undefined : median(firstRuns.map((t) => p.value(t)));
        if (first !== undefined && e !== undefined) {
          flat.push(`${base}: ${fmt(first, 2)} us at ${power(SIZES[0])}, ${fmt(e, 2)} us at ${w.name.split(' ')[1]}, ratio ${(e / first).toFixed(2)}: ${e <= first ? 'flat, yes' : 'NO'}`);
          if (e > first) misses.push(`${base} rollback not flat`);
        }
      }
    }
  }
  process.stdout.write(`\nrollback flat in the number of rows (esemu, ${power(SIZES[SIZES.length - 1])} rows no slower than ${power(SIZES[0])}):\n`);
  for (const f of flat) process.stdout.write(`  ${f}\n`);
  const compared = hasSqlite && hasIdb ? '' : ' (only those against the peers that ran)';
  process.stdout.write(`targets missed${compared}: ${misses.length === 0 ? 'none' : `${misses.length}`}\n`);
}

export async function isamBenchmarks(): Promise<void> {
  const started = nowMs();
  const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
  process.stdout.write(`\nISAM workloads (regular tables), ${new Date().toISOString()}\n`);
  process.stdout.write(`node ${process.version}, ${cpus().length} cores; load average (1/5/15 min) at start: ${load()}\n`);
  const peers = loadPeers();
  for (const v of peers.versions) process.stdout.write(`peer: ${v}\n`);
  for (const m of peers.missing) process.stdout.write(`peer missing, not compared: ${m}\n`);
  const data = makeDataset();
  const engines: Engine[] = [esemuEngine(data)];
  if (peers.sqlite !== null) engines.push(sqliteEngine(peers.sqlite, data));
  if (peers.idb !== null) engines.push(await idbEngine(peers.idb, data));
  process.stdout.write(`medians of ${LIGHT_RUNS} runs (W1, 10^3 and 10^4 rows) or ${HEAVY_RUNS} (10^5 rows, W5-W7),`
    + ' each workload after a warm-up on a smaller input\n');
  if (peers.sqlite !== null) {
    process.stdout.write(`ratio = esemu / ${SQLITE} (target <= 1.0; rollback phases <= 0.1)\n`);
  }
  if (peers.idb !== null) {
    process.stdout.write(`x faster = ${IDB} / esemu (target >= 10). ${IDB}: ${IDB_HEAVY_RUNS} run, no warm-up, for the 10^5-row`
      + ` inserts and W5-W7; W5 timed on ${IDB_SEEK_SAMPLE} of the ${SEEKS} keys and W7 on ${IDB_RANGE_SAMPLE} of the`
      + ` ${RANGES} ranges, scaled up; no nested transactions, so its W4 / W4p figures are W3 / W3p's\n`);
  }
  process.stdout.write('\n');
  const list = workloads(data);
  const results: Results = new Map();
  for (const w of list) await measure(engines, w, results);
  report(engines, list, results);
  for (const e of engines) e.close();
  process.stdout.write(`load average (1/5/15 min) at end: ${load()}; the ISAM part took ${Math.round((nowMs() - started) / 1e3)} s\n`);
}
