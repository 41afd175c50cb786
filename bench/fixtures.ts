/**
 * Benchmark 5 of `npm run bench`: restoring a fixture (`emulator.restore(snapshot)`) must cost the same whatever
 * the number of records. Two fixtures are built, each one instance, one session, a database and one table with
 * a primary index, holding 10^3 and 10^5 records, a cursor open on it; each is snapshotted, then the two are
 * restored alternately (timed, the median per restore of each). After each restore the record count is checked.
 */
import { createEmulator, out, JET_bitIndexPrimary, JET_bitIndexUnique, JET_coltypLong, JET_MoveFirst } from '../src';
import type { Emulator, JET_COLUMNID, JET_DBID, JET_INSTANCE, JET_SESID, JET_TABLEID } from '../src';

function check(rc: number, what: string): void {
  if (rc < 0) throw new Error(`fixture bench: ${what} failed with ${rc}`);
}

function fixture(records: number): { emu: Emulator; ses: JET_SESID; t: JET_TABLEID } {
  const emu = createEmulator();
  const api = emu.api;
  const inst = out<JET_INSTANCE>();
  check(api.JetCreateInstance(inst, 'fixture'), 'JetCreateInstance');
  check(api.JetInit(inst), 'JetInit');
  const ses = out<JET_SESID>();
  check(api.JetBeginSession(inst.value, ses, '', ''), 'JetBeginSession');
  const db = out<JET_DBID>();
  check(api.JetCreateDatabase(ses.value, 'f.edb', null, db, 0), 'JetCreateDatabase');
  const t = out<JET_TABLEID>();
  check(api.JetCreateTable(ses.value, db.value, 'f', 0, 100, t), 'JetCreateTable');
  const col = out<JET_COLUMNID>();
  check(api.JetAddColumn(ses.value, t.value, 'id', { coltyp: JET_coltypLong }, null, 0, col), 'JetAddColumn');
  check(api.JetCreateIndex(ses.value, t.value, 'primary', JET_bitIndexPrimary | JET_bitIndexUnique, '+id\0\0', 5, 100), 'JetCreateIndex');
  const buf = new Uint8Array(4);
  const view = new DataView(buf.buffer);
  // In transactions of 1,000 records: the default version store (JET_paramMaxVerPages) holds no more.
  for (let i = 0; i < records; i++) {
    if (i % 1000 === 0) check(api.JetBeginTransaction(ses.value), 'JetBeginTransaction');
    view.setInt32(0, i, true);
    api.JetPrepareUpdate(ses.value, t.value, 0);
    api.JetSetColumn(ses.value, t.value, col.value, buf, 4, 0, null);
    check(api.JetUpdate(ses.value, t.value, null, 0, null), 'JetUpdate');
    if (i % 1000 === 999 || i === records - 1) check(api.JetCommitTransaction(ses.value, 0), 'JetCommitTransaction');
  }
  check(api.JetMove(ses.value, t.value, JET_MoveFirst, 0), 'JetMove');
  return { emu, ses: ses.value, t: t.value };
}

/** Median microseconds per restore of each fixture; the two are restored alternately, so both see the same heap. */
export function fixtureRestore(runs = 41): { small: number; large: number } {
  const sizes = [1_000, 100_000];
  const fixtures = sizes.map((n) => ({ n, f: fixture(n), times: [] as number[] }));
  const snaps = fixtures.map(({ f }) => f.emu.snapshot());
  const count = out<number>(0);
  for (let r = -5; r < runs; r++) {
    fixtures.forEach(({ n, f, times }, i) => {
      const t0 = process.hrtime.bigint();
      f.emu.restore(snaps[i]);
      const us = Number(process.hrtime.bigint() - t0) / 1e3;
      if (r >= 0) times.push(us); // the first five are a warm-up
      check(f.emu.api.JetIndexRecordCount(f.ses, f.t, count, 0), 'JetIndexRecordCount');
      if (count.value !== n) throw new Error(`fixture bench: ${count.value} records after a restore, expected ${n}`);
    });
  }
  const median = (t: number[]) => [...t].sort((a, b) => a - b)[t.length >> 1];
  return { small: median(fixtures[0].times), large: median(fixtures[1].times) };
}
