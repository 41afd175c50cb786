/**
 * Reproductions found by fuzzing (issue 5, section 1b), items a-e: key making on a Binary sort key, trace copies of
 * uncopyable arguments, outputs that cannot be written, holes in the column definitions, column-id classes.
 * Items f-i (re-entrancy, throwing reads, handle order of the parameter calls, throwing listeners) are in
 * fuzzRegressions2.test.ts.
 */
import {
  createEmulator, formatTraceRecord, out,
  JET_errSuccess, JET_errInvalidParameter, JET_errInvalidSesid, JET_errFileNotFound, JET_errTooManyColumns,
  JET_bitColumnTTKey, JET_bitColumnTagged, JET_bitNewKey, JET_bitPartialColumnStartLimit, JET_bitPartialColumnEndLimit,
  JET_bitStrLimit, JET_bitRetrieveCopy, JET_bitTTIndexed, JET_coltypBinary, JET_coltypLong, JET_coltypLongBinary,
  JET_instanceNil, JET_MoveFirst, JET_prepInsert,
} from '../../src';
import type {
  Emulator, JetApi, JET_COLUMNDEF, JET_COLUMNID, JET_DBID, JET_INSTANCE, JET_OPENTEMPORARYTABLE, JET_SESID,
  JET_TABLEID, TraceRecord,
} from '../../src';
import { insert, int32, openSort, world } from '../support/fixture';

const TRIP_LIMIT = 1000;

/**
 * Runs `fn` with a counting Proxy between Array.prototype and Object.prototype, so that walking an array of length
 * 2**32-1 index by index is stopped (RangeError) after TRIP_LIMIT missing-element lookups instead of running for
 * minutes. Returns the result and whether the walk was stopped.
 */
function guarded<T>(fn: () => T): { result: T; walked: boolean } {
  const objectProto = Object.getPrototypeOf(Array.prototype) as object;
  let lookups = 0;
  const touch = (k: string | symbol): void => {
    if (typeof k === 'string' && /^\d+$/.test(k) && ++lookups > TRIP_LIMIT) throw new RangeError(`tripwire at element ${k}`);
  };
  Object.setPrototypeOf(Array.prototype, new Proxy(objectProto, {
    get(t, k, r) { touch(k); return Reflect.get(t, k, r); },
    has(t, k) { touch(k); return Reflect.has(t, k); },
  }));
  try {
    return { result: fn(), walked: lookups > TRIP_LIMIT };
  } finally {
    Object.setPrototypeOf(Array.prototype, objectProto);
  }
}

/**
 * Calls `fn` under `guarded` (which counts element reads through the prototype chain, so a walk over a huge sparse
 * array is caught deterministically rather than by a stopwatch); the code, or a description of what went wrong.
 */
function prompt(fn: () => number): number | string {
  let r: { result: number; walked: boolean };
  try {
    r = guarded(fn);
  } catch (e) {
    return `threw ${e instanceof Error ? e.message : typeof e}`;
  }
  if (r.walked) return `walked the array of length 2**32-1 (returned ${r.result})`;
  return r.result;
}

function cursors(emu: Emulator): number[] {
  return emu.dump().instances.flatMap((i) => i.sessions.flatMap((s) => s.cursors.map((cur) => cur.handle)));
}

function sessions(emu: Emulator): number[] {
  return emu.dump().instances.flatMap((i) => i.sessions.map((s) => s.handle));
}

function keyDef(coltyp = JET_coltypLong): JET_COLUMNDEF[] {
  return [{ coltyp, grbit: JET_bitColumnTTKey }];
}

function cyclicArray(): unknown[] {
  const a: unknown[] = [];
  a.push(a);
  return a;
}

function revoked(): object {
  const r = Proxy.revocable({}, {});
  r.revoke();
  return r.proxy;
}

function detached(n: number): Uint8Array {
  const b = new Uint8Array(n);
  structuredClone(b.buffer, { transfer: [b.buffer] });
  return b;
}

/** The API with every argument typed `unknown`, for calls TypeScript would refuse. */
function loose(api: JetApi): Record<keyof JetApi, (...args: unknown[]) => number> {
  return api as unknown as Record<keyof JetApi, (...args: unknown[]) => number>;
}

/** A sort in its retrieve phase, on its first row. */
function readSort(api: JetApi, ses: JET_SESID): { t: JET_TABLEID; col: JET_COLUMNID } {
  const s = openSort(api, ses, JET_bitTTIndexed);
  expect(insert(api, ses, s.tableid, s.col, 1)).toBe(0);
  expect(api.JetMove(ses, s.tableid, JET_MoveFirst, 0)).toBe(0);
  return { t: s.tableid, col: s.col };
}

describe('a. JetMakeKey with a limit on a Binary sort key (was InternalError)', () => {
  const limits: Array<[string, number]> = [
    ['PartialColumnStartLimit', JET_bitPartialColumnStartLimit],
    ['PartialColumnEndLimit', JET_bitPartialColumnEndLimit],
    ['StrLimit', JET_bitStrLimit],
  ];

  it.each([2, 3, 4, 5, 6, 7, 8])('cbVarSegMac %i: every limit, last byte 0, 1 or 0xff, answers Success', (cbVarSegMac) => {
    const { api, ses, emu } = world();
    const tt: JET_OPENTEMPORARYTABLE = {
      prgcolumndef: keyDef(JET_coltypBinary), ccolumn: 1, grbit: 0, prgcolumnid: [], cbVarSegMac,
    };
    expect(api.JetOpenTemporaryTable(ses, tt)).toBe(JET_errSuccess);
    const t = tt.tableid as JET_TABLEID;
    const got: string[] = [];
    const want: string[] = [];
    for (const [name, limit] of limits) {
      for (const last of [0, 1, 0xff]) {
        const made = api.JetMakeKey(ses, t, new Uint8Array([0, 0, last]), 3, JET_bitNewKey | limit);
        const key = new Uint8Array(300);
        const copied = api.JetRetrieveKey(ses, t, key, 300, out<number>(0), JET_bitRetrieveCopy);
        got.push(`${name} [0,0,${last}]: make ${made}, retrieve copy ${copied}`);
        want.push(`${name} [0,0,${last}]: make 0, retrieve copy 0`);
      }
    }
    expect(got).toEqual(want);
    expect(emu.lastInternalError).toBeUndefined();
  });
});

describe('b. arguments the trace cannot copy, with a listener subscribed', () => {
  function traced(): { emu: Emulator; api: JetApi; inst: JET_INSTANCE; ses: JET_SESID; seen: TraceRecord[]; formatErrors: string[] } {
    const w = world();
    const seen: TraceRecord[] = [];
    const formatErrors: string[] = [];
    w.emu.subscribe((r) => {
      seen.push(r);
      try {
        formatTraceRecord(r);
      } catch (e) {
        formatErrors.push(`${r.api}: ${e instanceof Error ? e.message : typeof e}`);
      }
    });
    return { ...w, seen, formatErrors };
  }

  it('a self-referencing array, a throwing getter, a revoked Proxy, a detached Uint8Array: the exact code, no throw', () => {
    const { api, ses, inst, emu, seen, formatErrors } = traced();
    const s = openSort(api, ses);
    const l = loose(api);
    const calls: Array<[string, () => number, number]> = [
      ['JetOpenTempTable(cyclic array)', () => l.JetOpenTempTable(ses, cyclicArray(), 1, 0, out(), []), JET_errInvalidParameter],
      ['JetOpenTemporaryTable(throwing getter)', () => l.JetOpenTemporaryTable(ses, {
        get prgcolumndef(): never { throw new Error('boom'); }, ccolumn: 1, grbit: 0, prgcolumnid: [],
      }), JET_errInvalidParameter],
      ['JetOpenTemporaryTable(revoked Proxy)', () => l.JetOpenTemporaryTable(ses, revoked()), JET_errInvalidParameter],
      ['JetBeginSession(revoked Proxy)', () => l.JetBeginSession(inst, revoked(), '', ''), JET_errInvalidParameter],
      ['JetMakeKey(detached)', () => l.JetMakeKey(ses, s.tableid, detached(4), 4, JET_bitNewKey), JET_errInvalidParameter],
      ['JetGetBookmark(detached)', () => l.JetGetBookmark(ses, s.tableid, detached(16), 16, out()), JET_errInvalidParameter],
      ['JetBeginSession(cyclic box)', () => {
        const box: Record<string, unknown> = { value: 0 };
        box.self = box;
        return l.JetBeginSession(inst, box, '', '');
      }, JET_errSuccess],
    ];
    const got: string[] = [];
    for (const [what, fn] of calls) {
      let rc: number | string;
      try {
        rc = fn();
      } catch (e) {
        rc = `threw ${e instanceof Error ? e.message : typeof e}`;
      }
      got.push(`${what}: ${rc}`);
    }
    expect(got).toEqual(calls.map(([what, , code]) => `${what}: ${code}`));
    expect(seen.slice(-calls.length).map((r) => r.code)).toEqual(calls.map(([, , code]) => code));
    expect(formatErrors).toEqual([]);
    expect(emu.lastInternalError).toBeUndefined();
  });

  it('an array of length 2**32-1 in any array position returns promptly with the exact code', () => {
    const { api, ses, seen, formatErrors } = traced();
    const l = loose(api);
    const sparse = (): unknown[] => new Array<unknown>(2 ** 32 - 1);
    const s = openSort(api, ses);
    const r = readSort(api, ses);
    expect(api.JetPrepareUpdate(ses, s.tableid, JET_prepInsert)).toBe(0);
    const calls: Array<[string, () => number, number]> = [
      ['JetOpenTempTable(prgcolumndef)', () => l.JetOpenTempTable(ses, sparse(), 1, 0, out(), []), JET_errInvalidParameter],
      ['JetOpenTempTable(prgcolumnid, an output)', () => l.JetOpenTempTable(ses, keyDef(), 1, 0, out(), sparse()), JET_errSuccess],
      ['JetSetColumns', () => l.JetSetColumns(ses, s.tableid, sparse(), 1), JET_errInvalidParameter],
      ['JetRetrieveColumns', () => l.JetRetrieveColumns(ses, r.t, sparse(), 1), JET_errInvalidParameter],
      ['JetEnableMultiInstance', () => l.JetEnableMultiInstance(sparse(), 1, null), JET_errInvalidParameter],
      ['JetBeginTransaction2(grbit)', () => l.JetBeginTransaction2(ses, sparse()), JET_errInvalidParameter],
      ['JetEndSession(sesid)', () => l.JetEndSession(sparse(), 0), JET_errInvalidSesid],
    ];
    expect(calls.map(([what, fn]) => `${what}: ${prompt(fn)}`)).toEqual(calls.map(([what, , code]) => `${what}: ${code}`));
    expect(seen.slice(-calls.length).map((rec) => rec.api)).toEqual(calls.map(([what]) => what.split('(')[0]));
    expect(formatErrors).toEqual([]);
  });
});

describe('c. outputs that cannot be written: InvalidParameter and nothing created', () => {
  const frozen = (): object => Object.freeze({ value: 0 });

  it('JetBeginSession and JetDupSession with a frozen box create no session', () => {
    const { emu, api, inst, ses } = world();
    const l = loose(api);
    const before = sessions(emu);
    expect(l.JetBeginSession(inst, frozen(), '', '')).toBe(JET_errInvalidParameter);
    expect(l.JetDupSession(ses, frozen())).toBe(JET_errInvalidParameter);
    expect(sessions(emu)).toEqual(before);
  });

  it('JetOpenTempTable with a frozen ptableid box or prgcolumnid array opens nothing and keeps no sort slot', () => {
    const { emu, api, ses } = world();
    const l = loose(api);
    for (let i = 0; i < 25; i++) {
      expect(l.JetOpenTempTable(ses, keyDef(), 1, 0, frozen(), [])).toBe(JET_errInvalidParameter);
      expect(l.JetOpenTempTable(ses, keyDef(), 1, 0, out(), Object.freeze([]))).toBe(JET_errInvalidParameter);
      expect(l.JetOpenTemporaryTable(ses, Object.freeze({ prgcolumndef: keyDef(), ccolumn: 1, grbit: 0, prgcolumnid: [] })))
        .toBe(JET_errInvalidParameter);
    }
    expect(cursors(emu)).toEqual([]);
    for (let i = 0; i < 20; i++) openSort(api, ses); // the default JET_paramMaxTemporaryTables
    expect(cursors(emu)).toHaveLength(20);
  });

  it('JetDupCursor with a frozen box makes no cursor', () => {
    const { emu, api, ses } = world();
    const r = readSort(api, ses);
    const before = cursors(emu);
    expect(loose(api).JetDupCursor(ses, r.t, frozen(), 0)).toBe(JET_errInvalidParameter);
    expect(cursors(emu)).toEqual(before);
  });

  it.each(['JetCreateDatabase', 'JetCreateDatabase2'] as const)('%s with a frozen pdbid creates and attaches no file', (fn) => {
    const { emu, api, ses } = world();
    const l = loose(api);
    const args = fn === 'JetCreateDatabase' ? [ses, 'f.edb', null, frozen(), 0] : [ses, 'f.edb', 0, frozen(), 0];
    expect(l[fn](...args)).toBe(JET_errInvalidParameter);
    expect(emu.dump().instances[0].attached).toEqual([]);
    expect(api.JetAttachDatabase(ses, 'f.edb', 0)).toBe(JET_errFileNotFound);
    const dbid = out<JET_DBID>();
    expect(api.JetCreateDatabase(ses, 'f.edb', null, dbid, 0)).toBe(JET_errSuccess);
  });

  it('JetInit with a frozen pinstance initializes nothing and allocates nothing', () => {
    const emu = createEmulator();
    const api = emu.api;
    const l = loose(api);
    const created = out<JET_INSTANCE>();
    expect(api.JetCreateInstance(created, 'created')).toBe(0);
    expect(l.JetInit(Object.freeze({ value: created.value }))).toBe(JET_errInvalidParameter);
    expect(l.JetInit2(Object.freeze({ value: JET_instanceNil }), 0)).toBe(JET_errInvalidParameter);
    expect(emu.dump().instances.map((i) => [i.handle, i.state])).toEqual([[created.value, 'created']]);
    expect(api.JetInit(created)).toBe(JET_errSuccess);
  });

  it('JetCreateInstance with a frozen box creates no instance', () => {
    const emu = createEmulator();
    expect(loose(emu.api).JetCreateInstance(frozen(), 'x')).toBe(JET_errInvalidParameter);
    expect(emu.dump().instances).toEqual([]);
    expect(emu.dump().runMode).toBe('none');
    expect(emu.api.JetCreateInstance(out<JET_INSTANCE>(), 'x')).toBe(JET_errSuccess);
  });

  it('JetCommitTransaction2 with a frozen pCommitId commits nothing', () => {
    const { emu, api, ses } = world();
    expect(api.JetBeginTransaction(ses)).toBe(0);
    expect(loose(api).JetCommitTransaction2(ses, 0, 0, Object.freeze({ value: { commitId: 0 } }))).toBe(JET_errInvalidParameter);
    expect(emu.dump().instances[0].sessions[0].level).toBe(1);
  });

  it('JetUpdate with a frozen pcbActual inserts no row and keeps the update prepared', () => {
    const { emu, api, ses } = world();
    const s = openSort(api, ses);
    expect(api.JetPrepareUpdate(ses, s.tableid, JET_prepInsert)).toBe(0);
    expect(api.JetSetColumn(ses, s.tableid, s.col, int32(5), 4, 0, null)).toBe(0);
    expect(loose(api).JetUpdate(ses, s.tableid, null, 0, frozen())).toBe(JET_errInvalidParameter);
    expect(emu.dump().instances[0].sessions[0].cursors[0]).toMatchObject({ rows: 0, updatePrepared: true });
    expect(api.JetUpdate(ses, s.tableid, null, 0, null)).toBe(JET_errSuccess);
    expect(emu.dump().instances[0].sessions[0].cursors[0]).toMatchObject({ rows: 1, updatePrepared: false });
  });
});

describe('d. holes in the column definitions', () => {
  it('new Array(1) answers InvalidParameter exactly as [undefined] does, opening nothing', () => {
    const { emu, api, ses } = world();
    const l = loose(api);
    expect(l.JetOpenTempTable(ses, [undefined], 1, 0, out(), [])).toBe(JET_errInvalidParameter);
    expect(l.JetOpenTempTable(ses, new Array<unknown>(1), 1, 0, out(), [])).toBe(JET_errInvalidParameter);
    expect(l.JetOpenTemporaryTable(ses, { prgcolumndef: new Array<unknown>(1), ccolumn: 1, grbit: 0, prgcolumnid: [] }))
      .toBe(JET_errInvalidParameter);
    expect(cursors(emu)).toEqual([]);
  });

  // esent.dll has no up-front bound on ccolumn: JetOpenTempTable* pass it through (jetapi.cxx:17143-17306) and
  // ErrSORTTableOpen walks the definitions (sortapi.cxx:112-150), answering TooManyColumns only when a column class
  // runs out of ids. A hole at index 0 is therefore met first: InvalidParameter.
  it('ccolumn 0x7fffffff over an array of length 2**32-1 returns promptly with InvalidParameter', () => {
    const { emu, api, ses } = world();
    const l = loose(api);
    const sparse = (): unknown[] => new Array<unknown>(2 ** 32 - 1);
    expect(prompt(() => l.JetOpenTempTable(ses, sparse(), 0x7fffffff, 0, out(), []))).toBe(JET_errInvalidParameter);
    expect(prompt(() => l.JetOpenTemporaryTable(ses, { prgcolumndef: sparse(), ccolumn: 0x7fffffff, grbit: 0, prgcolumnid: [] })))
      .toBe(JET_errInvalidParameter);
    expect(prompt(() => l.JetOpenTempTable(ses, keyDef(), 0x7fffffff, 0, out(), []))).toBe(JET_errInvalidParameter);
    expect(cursors(emu)).toEqual([]);
    expect(emu.lastInternalError).toBeUndefined();
  });
});

// Column ids (daedef.hxx:211-224, TCIB starts each class at its "none" id, daedef.hxx:681-695): fixed 1..127
// (fidFixedMost 127), variable 128..255 (fidVarMost 255), tagged 256..JET_ccolMost (0xfee0, jethdr.w:3665).
// ErrSORTTableOpen (sortapi.cxx:112-150) answers TooManyColumns when the next id of a class leaves its range.
// (The tagged bound, 64993 columns, is not exercised here: two tables of 65k columns cost seconds under load.)
describe('e. column ids of temp tables', () => {
  function open(api: JetApi, ses: JET_SESID, defs: JET_COLUMNDEF[]): { rc: number; ids: JET_COLUMNID[] } {
    const ids: JET_COLUMNID[] = [];
    const rc = api.JetOpenTempTable(ses, defs, defs.length, 0, out<JET_TABLEID>(), ids);
    return { rc, ids };
  }
  const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const columns = (n: number, coltyp: number): JET_COLUMNDEF[] =>
    Array.from({ length: n }, (_, i) => ({ coltyp, grbit: i === 0 ? JET_bitColumnTTKey : 0 }));

  it('127 fixed columns and a variable one get 1..127 and 128', () => {
    const { api, ses } = world();
    const r = open(api, ses, [...columns(127, JET_coltypLong), { coltyp: JET_coltypBinary }]);
    expect(r.rc).toBe(JET_errSuccess);
    expect(r.ids).toEqual([...range(1, 127), 128]);
  });

  it('128 fixed columns and a variable one: TooManyColumns, nothing opened', () => {
    const { emu, api, ses } = world();
    expect(open(api, ses, [...columns(128, JET_coltypLong), { coltyp: JET_coltypBinary }]).rc).toBe(JET_errTooManyColumns);
    expect(cursors(emu)).toEqual([]);
  });

  it('128 Binary columns and a LongBinary get 128..255 and 256', () => {
    const { api, ses } = world();
    const r = open(api, ses, [...columns(128, JET_coltypBinary), { coltyp: JET_coltypLongBinary }]);
    expect(r.rc).toBe(JET_errSuccess);
    expect(r.ids).toEqual([...range(128, 255), 256]);
  });

  it('129 Binary columns and a LongBinary: TooManyColumns, nothing opened', () => {
    const { emu, api, ses } = world();
    expect(open(api, ses, [...columns(129, JET_coltypBinary), { coltyp: JET_coltypLongBinary }]).rc).toBe(JET_errTooManyColumns);
    expect(cursors(emu)).toEqual([]);
  });

  it('every class counts on its own: fixed, variable, tagged and long columns interleaved', () => {
    const { api, ses } = world();
    const r = open(api, ses, [
      { coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }, { coltyp: JET_coltypBinary }, { coltyp: JET_coltypLongBinary },
      { coltyp: JET_coltypLong }, { coltyp: JET_coltypBinary, grbit: JET_bitColumnTagged }, { coltyp: JET_coltypBinary },
    ]);
    expect(r.rc).toBe(JET_errSuccess);
    expect(r.ids).toEqual([1, 128, 256, 2, 257, 129]);
    expect(new Set(r.ids).size).toBe(r.ids.length);
  });
});

