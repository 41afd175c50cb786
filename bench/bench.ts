/**
 * npm run bench: the figures behind docs/performance.md. Each measurement is
 * repeated and the median reported. Not part of the tests.
 */
import { cpus, loadavg } from 'node:os';
import {
  createEmulator, out, JET_bitColumnTTKey, JET_coltypLong, JET_coltypText, JET_MoveFirst, JET_MoveNext,
  JET_paramMaxCursors, JET_paramMaxSessions, JET_paramMaxTemporaryTables, JET_prepInsert,
} from '../src';
import type { JetApi, JET_COLUMNID, JET_DBID, JET_INSTANCE, JET_SESID, JET_TABLEID } from '../src';

const RUNS = 7;
/** The sort round trip varies more from run to run (garbage collection), so it gets more runs. */
const SORT_RUNS = 15;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[s.length >> 1];
}

function seconds(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

function instance(params: Array<[number, number]> = []): { api: JetApi; inst: JET_INSTANCE } {
  const { api } = createEmulator();
  const inst = out<JET_INSTANCE>();
  api.JetCreateInstance(inst, 'bench');
  for (const [id, v] of params) api.JetSetSystemParameter(inst, -1 as JET_SESID, id, v, null);
  if (api.JetInit(inst) !== 0) throw new Error('init failed');
  return { api, inst: inst.value };
}

function check(rc: number, what: string): void {
  if (rc < 0) throw new Error(`${what} failed with ${rc}`);
}

// 1. BeginSession + EndSession pairs per second, and a plain Map as reference.
function sessionPairs(): { esemu: number; map: number } {
  const { api, inst } = instance();
  const ses = out<JET_SESID>();
  const n = 1_000_000;
  const pair = () => {
    for (let i = 0; i < n; i++) {
      api.JetBeginSession(inst, ses, '', '');
      api.JetEndSession(ses.value, 0);
    }
  };
  pair();
  const esemu = median(Array.from({ length: RUNS }, () => n / seconds(pair)));
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

// 2 and 3. JetEndSession on a loaded session (7 levels, 10 sorts, 3 databases), with or without idle sessions.
function loadedEndSession(idle: number): number {
  const count = 200;
  const { api, inst } = instance([
    [JET_paramMaxSessions, idle + count + 10], [JET_paramMaxTemporaryTables, 10 * count + 10], [JET_paramMaxCursors, 10 * count + 10],
  ]);
  const idleSessions: JET_SESID[] = [];
  for (let i = 0; i < idle; i++) {
    const s = out<JET_SESID>();
    check(api.JetBeginSession(inst, s, '', ''), 'idle session');
    idleSessions.push(s.value);
  }
  const owner = out<JET_SESID>();
  check(api.JetBeginSession(inst, owner, '', ''), 'owner');
  for (const name of ['a.edb', 'b.edb', 'c.edb']) check(api.JetCreateDatabase(owner.value, name, null, out<JET_DBID>(), 0), 'create db');
  const samples: number[] = [];
  for (let run = 0; run < RUNS + 1; run++) {
    const loaded: JET_SESID[] = [];
    for (let i = 0; i < count; i++) {
      const s = out<JET_SESID>();
      check(api.JetBeginSession(inst, s, '', ''), 'session');
      for (const name of ['a.edb', 'b.edb', 'c.edb']) check(api.JetOpenDatabase(s.value, name, null, out<JET_DBID>(), 0), 'open db');
      for (let l = 0; l < 7; l++) check(api.JetBeginTransaction(s.value), 'begin');
      for (let t = 0; t < 10; t++) {
        const ids: JET_COLUMNID[] = [];
        const tt = out<JET_TABLEID>();
        check(api.JetOpenTempTable(s.value, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }], 1, 0, tt, ids), 'sort');
        for (let r = 0; r < 3; r++) {
          api.JetPrepareUpdate(s.value, tt.value, JET_prepInsert);
          api.JetSetColumn(s.value, tt.value, ids[0], Uint8Array.of(r, 0, 0, 0), 4, 0, null);
          api.JetUpdate(s.value, tt.value, null, 0, null);
        }
      }
      loaded.push(s.value);
    }
    const t = seconds(() => {
      for (const s of loaded) check(api.JetEndSession(s, 0), 'end');
    });
    if (run > 0) samples.push((t / count) * 1e6);
  }
  return median(samples);
}

// 4. Sort round trip of 10^5 records against Array.prototype.sort of the same records.
function sortRoundTrip(): { esemu: number; reference: number } {
  const n = 100_000;
  const keys = Array.from({ length: n }, () => (Math.random() * 2 ** 32) | 0);
  const texts = keys.map((k) => `row ${k}`);
  const encoded = texts.map((t) => new TextEncoder().encode(t));
  const keyBytes = keys.map((k) => {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setInt32(0, k, true);
    return b;
  });
  const { api, inst } = instance();
  const ses = out<JET_SESID>();
  check(api.JetBeginSession(inst, ses, '', ''), 'session');
  const s = ses.value;
  const keyBuf = new Uint8Array(4);
  const textBuf = new Uint8Array(64);
  const size = out<number>(0);
  let checksum = 0;
  const esemuRun = () => {
    const ids: JET_COLUMNID[] = [];
    const tt = out<JET_TABLEID>();
    check(api.JetOpenTempTable(s, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }, { coltyp: JET_coltypText, cp: 1252 }], 2, 0, tt, ids), 'sort');
    const t = tt.value;
    for (let i = 0; i < n; i++) {
      api.JetPrepareUpdate(s, t, JET_prepInsert);
      api.JetSetColumn(s, t, ids[0], keyBytes[i], 4, 0, null);
      api.JetSetColumn(s, t, ids[1], encoded[i], encoded[i].length, 0, null);
      api.JetUpdate(s, t, null, 0, null);
    }
    for (let rc = api.JetMove(s, t, JET_MoveFirst, 0); rc === 0; rc = api.JetMove(s, t, JET_MoveNext, 0)) {
      api.JetRetrieveColumn(s, t, ids[0], keyBuf, 4, null, 0, null);
      api.JetRetrieveColumn(s, t, ids[1], textBuf, 64, size, 0, null);
      checksum += keyBuf[0] + size.value;
    }
    api.JetCloseTable(s, t);
  };
  const referenceRun = () => {
    const records = keys.map((key, i) => ({ key, text: texts[i] }));
    records.sort((a, b) => a.key - b.key);
    for (const r of records) checksum += (r.key & 0xff) + r.text.length;
  };
  esemuRun();
  referenceRun();
  // Alternate the two so that both see the same machine conditions.
  const esemuTimes: number[] = [];
  const referenceTimes: number[] = [];
  for (let run = 0; run < SORT_RUNS; run++) {
    esemuTimes.push(seconds(esemuRun) * 1e3);
    referenceTimes.push(seconds(referenceRun) * 1e3);
  }
  const esemu = median(esemuTimes);
  const reference = median(referenceTimes);
  if (checksum === 0.5) process.stdout.write('');
  return { esemu, reference };
}

function main(): void {
  const row = (label: string, value: string) => process.stdout.write(`${label.padEnd(62)} ${value}\n`);
  process.stdout.write(`esemu benchmarks: node ${process.version}, ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
  process.stdout.write(`medians of ${RUNS} runs\n\n`);
  const pairs = sessionPairs();
  row('BeginSession+EndSession pairs/s (target >= 1,000,000)', Math.round(pairs.esemu).toLocaleString('en-US'));
  row('  reference: Map set+delete pairs/s', Math.round(pairs.map).toLocaleString('en-US'));
  loadedEndSession(0); // warm-up, so the first measured figure is not paying for compilation
  const alone = loadedEndSession(0);
  const crowded = loadedEndSession(10_000);
  row('JetEndSession, 7 levels + 10 sorts + 3 databases (us)', alone.toFixed(2));
  row('  same, with 10,000 idle sessions alive (us)', crowded.toFixed(2));
  row('  ratio (target: about 1)', (crowded / alone).toFixed(2));
  const sort = sortRoundTrip();
  row('Sort insert + ordered read of 10^5 records (ms)', sort.esemu.toFixed(1));
  row('  reference: Array.prototype.sort of the same records (ms)', sort.reference.toFixed(1));
  row('  ratio (target <= 3)', (sort.esemu / sort.reference).toFixed(2));
}

main();
