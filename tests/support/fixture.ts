import {
  createEmulator, out, JET_bitColumnTTKey, JET_bitTTForceMaterialization, JET_coltypLong, JET_prepInsert,
} from '../../src';
import type {
  Emulator, EngineOptions, JetApi, JET_COLUMNID, JET_DBID, JET_INSTANCE, JET_SESID, JET_TABLEID,
} from '../../src';

/** A fresh emulator with one initialized instance and one session. */
export interface World {
  emu: Emulator;
  api: JetApi;
  inst: JET_INSTANCE;
  ses: JET_SESID;
}

export function world(options: Partial<EngineOptions> = {}, params: Array<[number, number]> = []): World {
  const emu = createEmulator(options);
  const api = emu.api;
  const inst = out<JET_INSTANCE>();
  expect(api.JetCreateInstance(inst, 'test')).toBe(0);
  for (const [id, value] of params) expect(api.JetSetSystemParameter(inst, -1 as JET_SESID, id, value, null)).toBe(0);
  expect(api.JetInit(inst)).toBe(0);
  return { emu, api, inst: inst.value, ses: session(api, inst.value) };
}

export function session(api: JetApi, inst: JET_INSTANCE): JET_SESID {
  const ses = out<JET_SESID>();
  expect(api.JetBeginSession(inst, ses, '', '')).toBe(0);
  return ses.value;
}

export function int32(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setInt32(0, n, true);
  return b;
}

export function readInt32(b: Uint8Array): number {
  return new DataView(b.buffer, b.byteOffset, 4).getInt32(0, true);
}

/** A LongLong value's 8 bytes, little-endian. */
export function int64(n: bigint): Uint8Array {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigInt64(0, n, true);
  return b;
}

export function readInt64(b: Uint8Array): bigint {
  return new DataView(b.buffer, b.byteOffset, 8).getBigInt64(0, true);
}

/** A sort (or, with materialize, a temp table) keyed by one Long column. */
export function openSort(api: JetApi, ses: JET_SESID, grbit = 0, materialize = false): { tableid: JET_TABLEID; col: JET_COLUMNID } {
  const ids: JET_COLUMNID[] = [];
  const tt = out<JET_TABLEID>();
  const g = grbit | (materialize ? JET_bitTTForceMaterialization : 0);
  expect(api.JetOpenTempTable(ses, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }], 1, g, tt, ids)).toBe(0);
  return { tableid: tt.value, col: ids[0] };
}

export function insert(api: JetApi, ses: JET_SESID, tableid: JET_TABLEID, col: JET_COLUMNID, value: number): number {
  const rc = api.JetPrepareUpdate(ses, tableid, JET_prepInsert);
  if (rc !== 0) return rc;
  expect(api.JetSetColumn(ses, tableid, col, int32(value), 4, 0, null)).toBe(0);
  return api.JetUpdate(ses, tableid, null, 0, null);
}

export function createDb(api: JetApi, ses: JET_SESID, name: string): JET_DBID {
  const dbid = out<JET_DBID>();
  expect(api.JetCreateDatabase(ses, name, null, dbid, 0)).toBe(0);
  return dbid.value;
}

export function level(emu: Emulator, ses: JET_SESID): number | undefined {
  for (const i of emu.dump().instances) for (const s of i.sessions) if (s.handle === ses) return s.level;
  return undefined;
}

export function sessionDump(emu: Emulator, ses: JET_SESID) {
  for (const i of emu.dump().instances) for (const s of i.sessions) if (s.handle === ses) return s;
  return undefined;
}
