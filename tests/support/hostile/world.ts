/**
 * The world each hostile case runs in (tests/core/hostile.test.ts): a fresh emulator with a trace listener, a
 * live instance, session and cursor, another session with a cursor of its own, and stale handles; plus live
 * handles of another emulator (`foreign`).
 */
import {
  createEmulator, formatTraceRecord, out, errorName, JET_bitColumnTTKey, JET_coltypLong, JET_prepInsert,
} from '../../../src';
import type {
  Emulator, JetApi, JET_COLUMNDEF, JET_COLUMNID, JET_INSTANCE, JET_SESID, JET_TABLEID, TraceRecord,
} from '../../../src';
import { int32 } from '../fixture';

export interface Handles {
  inst: JET_INSTANCE;
  ses: JET_SESID;
  tableid: JET_TABLEID;
}

export interface World {
  emu: Emulator;
  api: JetApi;
  inst: JET_INSTANCE;
  ses: JET_SESID;
  /** Another live session of this emulator, with a cursor of its own. */
  otherSes: JET_SESID;
  otherTable: JET_TABLEID;
  /** Handles of this emulator that were live once. */
  stale: Handles;
  calls: number;
  last: TraceRecord | undefined;
  traceErrors: string[];
}

export function must(rc: number, what: string, want = 0): void {
  if (rc !== want) throw new Error(`set-up: ${what} returned ${rc} (${errorName(rc)}), expected ${want}`);
}

export function keyDef(): JET_COLUMNDEF[] {
  return [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }];
}

export function openSort(api: JetApi, ses: JET_SESID, grbit = 0): { t: JET_TABLEID; col: JET_COLUMNID } {
  const box = out<JET_TABLEID>();
  const ids: JET_COLUMNID[] = [];
  must(api.JetOpenTempTable(ses, keyDef(), 1, grbit, box, ids), 'JetOpenTempTable');
  return { t: box.value, col: ids[0] };
}

export function insertRows(w: World, t: JET_TABLEID, col: JET_COLUMNID, values: number[]): void {
  for (const v of values) {
    must(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert), 'JetPrepareUpdate');
    must(w.api.JetSetColumn(w.ses, t, col, int32(v), 4, 0, null), 'JetSetColumn');
    must(w.api.JetUpdate(w.ses, t, null, 0, null), 'JetUpdate');
  }
}

function liveHandles(emu: Emulator, name: string): Handles {
  const api = emu.api;
  const inst = out<JET_INSTANCE>();
  must(api.JetCreateInstance(inst, name), 'JetCreateInstance');
  must(api.JetInit(inst), 'JetInit');
  const ses = out<JET_SESID>();
  must(api.JetBeginSession(inst.value, ses, '', ''), 'JetBeginSession');
  return { inst: inst.value, ses: ses.value, tableid: openSort(api, ses.value).t };
}

let foreignHandles: Handles | undefined;
/** Live handles of another emulator. */
export function foreign(): Handles {
  foreignHandles ??= liveHandles(createEmulator(), 'foreign');
  return foreignHandles;
}

export function build(empty: boolean): World {
  const emu = createEmulator();
  const nil = { inst: -1 as JET_INSTANCE, ses: -1 as JET_SESID, tableid: -1 as JET_TABLEID };
  const w: World = {
    emu, api: emu.api, inst: nil.inst, ses: nil.ses, otherSes: nil.ses, otherTable: nil.tableid, stale: nil,
    calls: 0, last: undefined, traceErrors: [],
  };
  emu.subscribe((r) => {
    w.calls++;
    w.last = r;
    try {
      formatTraceRecord(r);
    } catch (e) {
      w.traceErrors.push(`formatTraceRecord threw ${describeError(e)}`);
    }
  });
  if (empty) return w;
  const api = emu.api;
  // Stale handles first: an instance created and terminated, a session ended, a cursor closed.
  const gone = out<JET_INSTANCE>();
  must(api.JetCreateInstance(gone, 'gone'), 'JetCreateInstance');
  must(api.JetTerm(gone.value), 'JetTerm');
  const live = liveHandles(emu, 'live');
  const ended = out<JET_SESID>();
  must(api.JetBeginSession(live.inst, ended, '', ''), 'JetBeginSession');
  must(api.JetEndSession(ended.value, 0), 'JetEndSession');
  const closed = openSort(api, live.ses).t;
  must(api.JetCloseTable(live.ses, closed), 'JetCloseTable');
  must(api.JetCloseTable(live.ses, live.tableid), 'JetCloseTable');
  const other = out<JET_SESID>();
  must(api.JetBeginSession(live.inst, other, '', ''), 'JetBeginSession');
  w.inst = live.inst;
  w.ses = live.ses;
  w.otherSes = other.value;
  w.otherTable = openSort(api, other.value).t;
  w.stale = { inst: gone.value, ses: ended.value, tableid: closed };
  return w;
}

export function describeError(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : typeof e;
}
