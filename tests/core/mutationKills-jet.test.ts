/**
 * Survivors of mutation testing in src/jet's cross-cutting files (args.ts, callerValues.ts, handles.ts, host.ts,
 * trace.ts; docs/testing.md, run 19), killed here. The expected values come from esemu's documented contract:
 * - api-reference.md "Conventions": a grbit is a number, negative values read as their unsigned 32-bit pattern (so
 *   every value from -2**31 to 2**32-1 is a grbit); esent.h's signed 32-bit arguments (a JetMove count) likewise
 *   (JET_MoveFirst is 0x80000000, JET_MovePrevious -1); a size or count is 0..2**31-1; anything else of the wrong
 *   kind is InvalidParameter.
 * - api-reference.md "Order of checks": a sesid that is not a live session of this emulator is InvalidSesid, a tableid
 *   that is not an open cursor InvalidTableId, one of another session SesidTableIdMismatch; emulator-control.md:
 *   handle values come from one counter shared by every emulator, so a handle of another emulator (or from
 *   before a reset) is a stale handle here.
 * - emulator-control.md "Trace": a record's `args` are copied after the call (a later change to a box or buffer
 *   does not rewrite it), arrays and objects keep at most 256 entries each and 4 levels, the rest summarised as
 *   `<n more>`; formatTraceRecord renders `NULL`, `&value`, `<n bytes>`, `[thread n]`; nothing ever throws.
 */
import {
  createEmulator, formatTraceRecord, out, JET_errBufferTooSmall, JET_errInvalidParameter, JET_errInvalidSesid,
  JET_errNoCurrentRecord, JET_errInvalidTableId, JET_errSesidTableIdMismatch, JET_errSuccess, JET_MoveFirst, JET_MovePrevious, JET_SessionInfo,
  JET_wrnBufferTruncated, JET_bitColumnTTKey, JET_coltypLong,
} from '../../src';
import type { JET_COLUMNID, JET_DBID, JET_SESID, JET_SESSIONINFO, JET_TABLEID, TraceRecord } from '../../src';
import { insert, openSort, readInt32, world } from '../support/fixture';

function traced(): { emu: ReturnType<typeof createEmulator>; seen: TraceRecord[] } {
  const emu = createEmulator();
  const seen: TraceRecord[] = [];
  emu.subscribe((r) => seen.push(r));
  return { emu, seen };
}

/** A call that only gets as far as its sesid check: the trace still records every argument as passed. */
function callWith(emu: ReturnType<typeof createEmulator>, arg: unknown): number {
  const fn = emu.api.JetEndSession as unknown as (a: unknown, b: unknown) => number;
  return fn(999999 as JET_SESID, arg);
}

describe('trace records (emulator-control.md "Trace")', () => {
  it('an array keeps its first 256 entries and summarises the rest as <n more>', () => {
    const { emu, seen } = traced();
    const big = Array.from({ length: 300 }, (_, i) => i);
    expect(callWith(emu, big)).toBe(JET_errInvalidSesid);
    const copy = seen[0].args[1] as unknown[];
    expect(copy).toHaveLength(257);
    expect(copy.slice(0, 256)).toEqual(big.slice(0, 256));
    expect(copy[256]).toBe('<44 more>');
    // Exactly 256 entries: all kept, no summary.
    expect(callWith(emu, big.slice(0, 256))).toBe(JET_errInvalidSesid);
    expect(seen[1].args[1]).toEqual(big.slice(0, 256));
    // Formatting is bounded the same way (a record made by hand, whose array was not cut).
    const line = formatTraceRecord({ ...seen[0], args: [999999, big] });
    expect(line).toContain(', 255, <44 more>]) = ');
    expect(line).not.toContain(', 256,');
    expect(formatTraceRecord({ ...seen[0], args: [999999, big.slice(0, 256)] })).toContain(', 255]) = ');
    // The record as traced (256 entries and its note) formats with the true count, not as "<1 more>".
    expect(formatTraceRecord(seen[0])).toContain(', 255, "<44 more>"]) = ');
  });

  it('an object keeps at most 256 entries', () => {
    const { emu, seen } = traced();
    const obj: Record<string, number> = {};
    for (let i = 0; i < 257; i++) obj[`k${i}`] = i;
    callWith(emu, obj);
    const copy = seen[0].args[1] as Record<string, number>;
    expect(Object.keys(copy)).toHaveLength(256);
    expect(copy.k255).toBe(255);
    expect(copy.k256).toBeUndefined();
    const exact: Record<string, number> = {};
    for (let i = 0; i < 256; i++) exact[`k${i}`] = i;
    callWith(emu, exact);
    expect(seen[1].args[1]).toEqual(exact);
  });

  it('nesting is copied 4 levels deep (the argument and three levels inside it), deeper levels are summarised', () => {
    const { emu, seen } = traced();
    callWith(emu, [[[[[7, 8]]]]]);
    callWith(emu, { a: { b: { c: { d: { e: 1 } } } } });
    callWith(emu, [[[[7]]]]);
    const arr = seen[0].args[1] as unknown[][][][];
    expect(Array.isArray(arr[0][0][0])).toBe(true);
    expect(typeof arr[0][0][0][0]).toBe('string');
    const obj = seen[1].args[1] as { a: { b: { c: { d: unknown } } } };
    expect(obj.a.b.c).toEqual({ d: expect.any(String) });
    expect(seen[2].args[1]).toEqual([[[[7]]]]);
    // Formatting stops at the same depth (a record made by hand, not cut by the copy).
    expect(formatTraceRecord(seen[2])).toBe('JetEndSession(999999, [[[[7]]]]) = -1104 JET_errInvalidSesid');
    expect(formatTraceRecord({ ...seen[2], args: [999999, [[[[[7]]]]]] })).not.toContain('7]');
  });

  it('a buffer and a box are copied: changing them after the call does not rewrite the record', () => {
    const { emu, seen } = traced();
    const buf = new Uint8Array([1, 2, 3]);
    const box = out<number>(5);
    const nested = { inner: [1, 2] };
    callWith(emu, buf);
    callWith(emu, box);
    callWith(emu, nested);
    buf[0] = 9;
    box.value = 6;
    nested.inner[0] = 9;
    expect(seen[0].args[1]).toEqual(new Uint8Array([1, 2, 3]));
    expect(seen[1].args[1]).toEqual({ value: 5 });
    expect(seen[2].args[1]).toEqual({ inner: [1, 2] });
    expect(formatTraceRecord(seen[0])).toBe('JetEndSession(999999, <3 bytes>) = -1104 JET_errInvalidSesid');
    expect(formatTraceRecord(seen[1])).toBe('JetEndSession(999999, &5) = -1104 JET_errInvalidSesid');
  });
});

describe('what a record holds (emulator-control.md "Trace")', () => {
  it('an argument the call found unreadable (a Proxy, a getter) shows as <unreadable>', () => {
    const { emu, seen } = traced();
    const proxy = new Proxy({ value: 1 }, {});
    const getter = Object.defineProperty({}, 'value', { get: () => 1, enumerable: true });
    callWith(emu, proxy);
    callWith(emu, [getter]);
    expect(seen[0].args[1]).toBe('<unreadable>');
    expect(seen[1].args[1]).toBe('<unreadable>');
  });

  it('seq numbers the records 1, 2, 3...: a call made while no one listens is not traced', () => {
    const { emu, seen } = traced();
    callWith(emu, 0);
    emu.subscribe(() => undefined)();
    const emu2 = createEmulator();
    const seen2: TraceRecord[] = [];
    callWith(emu2, 0);
    callWith(emu2, 0);
    emu2.subscribe((r) => seen2.push(r));
    callWith(emu2, 0);
    expect(seen.map((r) => r.seq)).toEqual([1]);
    expect(seen2.map((r) => r.seq)).toEqual([1]);
  });

  it('formatTraceRecord shows a box (an object with only `value`) as &value, any other object as a struct', () => {
    const { emu, seen } = traced();
    callWith(emu, { value: 1, cb: 2 });
    callWith(emu, { cb: 2 });
    expect(formatTraceRecord(seen[0])).toBe('JetEndSession(999999, {value: 1, cb: 2}) = -1104 JET_errInvalidSesid');
    expect(formatTraceRecord(seen[1])).toBe('JetEndSession(999999, {cb: 2}) = -1104 JET_errInvalidSesid');
    // Bounded: an object made by hand with more than 256 keys shows 256.
    const obj: Record<string, number> = {};
    for (let i = 0; i < 300; i++) obj[`k${i}`] = i;
    const line = formatTraceRecord({ ...seen[1], args: [obj] });
    expect(line).toContain('k255: 255}');
    expect(line).not.toContain('k256');
  });
});

describe('32-bit arguments (api-reference.md "Conventions")', () => {
  it('a grbit may be any 32-bit pattern, from -2**31 to 2**32-1; one bit past either end is InvalidParameter', () => {
    const { api, ses } = world();
    // JetBeginTransaction2 looks at JET_bitTransactionReadOnly only; the other bits are ignored.
    expect(api.JetBeginTransaction2(ses, -0x80000000)).toBe(JET_errSuccess);
    expect(api.JetRollback(ses, 0)).toBe(JET_errSuccess);
    expect(api.JetBeginTransaction2(ses, 0xffffffff)).toBe(JET_errSuccess);
    expect(api.JetRollback(ses, 0)).toBe(JET_errSuccess);
    expect(api.JetBeginTransaction2(ses, -0x80000001)).toBe(JET_errInvalidParameter);
    expect(api.JetBeginTransaction2(ses, 0x100000000)).toBe(JET_errInvalidParameter);
  });

  it('a JetMove count of -2**31 or 0x80000000 is JET_MoveFirst, 0xffffffff is JET_MovePrevious (-1)', () => {
    const { api, ses } = world();
    const s = openSort(api, ses, 0, true);
    for (const v of [1, 2, 3]) expect(insert(api, ses, s.tableid, s.col, v)).toBe(JET_errSuccess);
    const current = (): number => {
      const buf = new Uint8Array(4);
      expect(api.JetRetrieveColumn(ses, s.tableid, s.col, buf, 4, null, 0, null)).toBe(JET_errSuccess);
      return readInt32(buf);
    };
    expect(JET_MoveFirst).toBe(0x80000000);
    expect(api.JetMove(ses, s.tableid, -0x80000000, 0)).toBe(JET_errSuccess);
    expect(current()).toBe(1);
    expect(api.JetMove(ses, s.tableid, 2, 0)).toBe(JET_errSuccess);
    expect(current()).toBe(3);
    expect(api.JetMove(ses, s.tableid, 0x80000000, 0)).toBe(JET_errSuccess);
    expect(current()).toBe(1);
    expect(api.JetMove(ses, s.tableid, 2, 0)).toBe(JET_errSuccess);
    expect(api.JetMove(ses, s.tableid, 0xffffffff, 0)).toBe(JET_errSuccess);
    expect(current()).toBe(2);
    expect(api.JetMove(ses, s.tableid, JET_MovePrevious, 0)).toBe(JET_errSuccess);
    expect(current()).toBe(1);
    expect(api.JetMove(ses, s.tableid, 0xffffffff, 0)).toBe(JET_errNoCurrentRecord);
    expect(api.JetMove(ses, s.tableid, 0x100000000, 0)).toBe(JET_errInvalidParameter);
    expect(api.JetMove(ses, s.tableid, -0x80000001, 0)).toBe(JET_errInvalidParameter);
  });

  it('a size may be 0 or 2**31-1 (then the call\'s own rules answer), not -1 or 2**31', () => {
    const { api, ses } = world();
    const box = out<JET_SESSIONINFO>();
    expect(api.JetGetSessionInfo(ses, box, 0, JET_SessionInfo)).toBe(JET_errBufferTooSmall);
    expect(api.JetGetSessionInfo(ses, box, 0x7fffffff, JET_SessionInfo)).toBe(JET_errSuccess);
    expect(api.JetGetSessionInfo(ses, box, -1, JET_SessionInfo)).toBe(JET_errInvalidParameter);
    expect(api.JetGetSessionInfo(ses, box, 0x80000000, JET_SessionInfo)).toBe(JET_errInvalidParameter);
  });
});

describe('handles (api-reference.md "Order of checks")', () => {
  it("a session or cursor of another emulator is stale here, even right after it was used there", () => {
    const a = world();
    const b = world();
    const sa = openSort(a.api, a.ses);
    expect(a.api.JetMove(a.ses, sa.tableid, 0, 0)).not.toBe(JET_errInvalidSesid);
    expect(b.api.JetBeginTransaction(a.ses)).toBe(JET_errInvalidSesid);
    expect(a.api.JetMove(a.ses, sa.tableid, 0, 0)).not.toBe(JET_errInvalidSesid);
    expect(b.api.JetMove(b.ses, sa.tableid, 0, 0)).toBe(JET_errInvalidTableId);
  });

  it('an ended session, a closed cursor and another session\'s cursor are refused right after their last use', () => {
    const { api, inst, ses } = world();
    const other = out<JET_SESID>();
    expect(api.JetBeginSession(inst, other, '', '')).toBe(JET_errSuccess);
    const s = openSort(api, ses);
    expect(api.JetMove(ses, s.tableid, 0, 0)).not.toBe(JET_errInvalidTableId);
    expect(api.JetMove(other.value, s.tableid, 0, 0)).toBe(JET_errSesidTableIdMismatch);
    expect(api.JetMove(ses, s.tableid, 0, 0)).not.toBe(JET_errSesidTableIdMismatch);
    expect(api.JetCloseTable(ses, s.tableid)).toBe(JET_errSuccess);
    expect(api.JetMove(ses, s.tableid, 0, 0)).toBe(JET_errInvalidTableId);
    expect(api.JetBeginTransaction(other.value)).toBe(JET_errSuccess);
    expect(api.JetRollback(other.value, 0)).toBe(JET_errSuccess);
    expect(api.JetEndSession(other.value, 0)).toBe(JET_errSuccess);
    expect(api.JetBeginTransaction(other.value)).toBe(JET_errInvalidSesid);
  });
});

/**
 * Survivors of the first complete run over args.ts, handles.ts and trace.ts (docs/testing.md, run 20), killed here
 * from emulator-control.md "Trace" (what a record's copy and formatTraceRecord show) and api-reference.md
 * "Conventions" (NULL is null or an omitted argument).
 */
describe('run 20: trace text and NULL arguments', () => {
  it('formatTraceRecord quotes strings, as in the documented line JetBeginSession(inst, &ses, "", "")', () => {
    const { emu, seen } = traced();
    const inst = out<number>();
    expect(emu.api.JetCreateInstance(inst as never, 'x')).toBe(JET_errSuccess);
    expect(emu.api.JetInit(inst as never)).toBe(JET_errSuccess);
    const ses = out<JET_SESID>();
    expect(emu.api.JetBeginSession(inst.value as never, ses, '', 'pw "q"')).toBe(JET_errSuccess);
    const line = formatTraceRecord(seen[seen.length - 1]);
    expect(line).toBe(`JetBeginSession(${inst.value}, &${ses.value}, "", "pw \\"q\\"") = 0 JET_errSuccess`);
  });

  it('the copy summarises a fifth level as <array of n> or <object>, and formatting shows a fifth level as ...', () => {
    const { emu, seen } = traced();
    callWith(emu, [[[[[7, 8, 9]]]]]);
    callWith(emu, { a: { b: { c: { d: { e: 1 } } } } });
    expect((seen[0].args[1] as unknown[][][][])[0][0][0][0]).toBe('<array of 3>');
    expect((seen[1].args[1] as { a: { b: { c: { d: unknown } } } }).a.b.c.d).toBe('<object>');
    // Made by hand (not cut by the copy): boxes and structs nested five deep.
    const base = seen[1];
    const boxes = { value: { value: { value: { value: { value: 1 } } } } };
    expect(formatTraceRecord({ ...base, args: [boxes] })).toBe('JetEndSession(&&&&...) = -1104 JET_errInvalidSesid');
    const structs = { a: { a: { a: { a: { a: 1 } } } } };
    expect(formatTraceRecord({ ...base, args: [structs] })).toBe('JetEndSession({a: {a: {a: {a: ...}}}}) = -1104 JET_errInvalidSesid');
  });

  it('an optional output or output buffer left out (undefined) is NULL, as null is', () => {
    const w = world();
    const sort = openSort(w.api, w.ses);
    expect(insert(w.api, w.ses, sort.tableid, sort.col, 5)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, sort.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    const actual = out<number>(0);
    // A NULL buffer asks only for the size: the value does not fit, and its size is reported.
    const retrieve = w.api.JetRetrieveColumn as unknown as (...args: unknown[]) => number;
    expect(retrieve(w.ses, sort.tableid, sort.col, undefined, 0, actual, 0, null)).toBe(JET_wrnBufferTruncated);
    expect(actual.value).toBe(4);
    // pcbActual and the JET_RETINFO left out altogether.
    const buf = new Uint8Array(4);
    expect(retrieve(w.ses, sort.tableid, sort.col, buf, 4, undefined, 0)).toBe(JET_errSuccess);
    expect(readInt32(buf)).toBe(5);
  });

  it('JetOpenTempTable writes exactly ccolumn ids: a sealed id array of that length is fine, a frozen one is not', () => {
    const w = world();
    const tt = out<JET_TABLEID>();
    const defs = [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }, { coltyp: JET_coltypLong }];
    // Sealed: its two entries can be written, no third could be added (api-reference.md "Arguments are plain data":
    // an output array is checked for the entries the call writes).
    const ids = Object.seal([0, 0]) as unknown as JET_COLUMNID[];
    expect(w.api.JetOpenTempTable(w.ses, defs, 2, 0, tt, ids)).toBe(JET_errSuccess);
    expect(ids[0]).not.toBe(0);
    expect(ids[1]).not.toBe(0);
    const frozen = Object.freeze([0, 0]) as unknown as JET_COLUMNID[];
    expect(w.api.JetOpenTempTable(w.ses, defs, 2, 0, tt, frozen)).toBe(JET_errInvalidParameter);
  });

  it('a required output box or struct given as null is InvalidParameter (only optional ones take NULL)', () => {
    const w = world();
    const getVersion = w.api.JetGetVersion as unknown as (...args: unknown[]) => number;
    expect(getVersion(w.ses, null)).toBe(JET_errInvalidParameter);
    const db = out<JET_DBID>();
    expect(w.api.JetCreateDatabase(w.ses, 'k.edb', null, db, 0)).toBe(JET_errSuccess);
    const create = w.api.JetCreateTableColumnIndex as unknown as (...args: unknown[]) => number;
    expect(create(w.ses, db.value, null)).toBe(JET_errInvalidParameter);
    expect(w.emu.lastInternalError).toBeUndefined();
  });
});


/**
 * Survivors of the run over callerValues.ts (docs/testing.md, "Sixth session"), killed here from api-reference.md
 * "Arguments are plain data": an argument that is a Proxy counts as unreadable and is answered with InvalidParameter,
 * so no caller code runs inside a call.
 */
describe('callerValues run: a Proxy argument', () => {
  it('a box that is itself a Proxy is InvalidParameter, and none of its traps runs', () => {
    const w = world();
    let trapped = 0;
    const handler: ProxyHandler<{ value: number }> = {
      set: (t, k, v) => { trapped += 1; return Reflect.set(t, k, v); },
      get: (t, k) => { trapped += 1; return Reflect.get(t, k); },
    };
    const box = new Proxy({ value: 0 }, handler);
    const getVersion = w.api.JetGetVersion as unknown as (...args: unknown[]) => number;
    expect(getVersion(w.ses, box)).toBe(JET_errInvalidParameter);
    expect(trapped).toBe(0);
  });
});

/**
 * callerValues.ts survivors of run 20 (docs/testing.md, "Sixth session"), killed from api-reference.md "Arguments
 * are plain data": an argument that holds, at ANY depth, a getter or setter, or an object whose prototype defines
 * accessors, is InvalidParameter and none of that code runs; an output box whose `value` cannot be written as a plain
 * data property (here: one it would inherit read-only) is InvalidParameter with nothing done.
 */
describe('caller values below the top level and on prototypes (api-reference.md "Arguments are plain data")', () => {
  /** JetOpenTempTable with one column definition; the number of temp tables the session has afterwards. */
  function openWith(def: object): { rc: number; sorts: number } {
    const { emu, api, ses } = world();
    const tt = out<JET_TABLEID>();
    const rc = api.JetOpenTempTable(ses, [def as never], 1, 0, tt, []);
    const sorts = emu.dump().instances[0].sessions[0].cursors.length;
    return { rc, sorts };
  }

  it('a getter in a struct inside an array (depth 2) is InvalidParameter and is never called', () => {
    let calls = 0;
    const def = { grbit: JET_bitColumnTTKey };
    Object.defineProperty(def, 'coltyp', { enumerable: true, get: () => { calls += 1; return JET_coltypLong; } });
    expect(openWith(def)).toEqual({ rc: JET_errInvalidParameter, sorts: 0 });
    expect(calls).toBe(0);
    // The same definition as plain data opens the table.
    expect(openWith({ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey })).toEqual({ rc: JET_errSuccess, sorts: 1 });
  });

  it('a struct inside an array whose prototype defines a getter is InvalidParameter and the getter never runs', () => {
    let calls = 0;
    const proto = {};
    Object.defineProperty(proto, 'coltyp', { get: () => { calls += 1; return JET_coltypLong; } });
    const def = Object.create(proto) as { grbit: number };
    def.grbit = JET_bitColumnTTKey;
    expect(openWith(def)).toEqual({ rc: JET_errInvalidParameter, sorts: 0 });
    expect(calls).toBe(0);
    // A prototype of plain data is fine: the inherited coltyp is read as a value.
    const plain = Object.create({ coltyp: JET_coltypLong }) as { grbit: number };
    plain.grbit = JET_bitColumnTTKey;
    expect(openWith(plain)).toEqual({ rc: JET_errSuccess, sorts: 1 });
  });

  it('an output box that would inherit a read-only value is InvalidParameter; one inheriting a writable value is written', () => {
    const { emu, api, inst } = world();
    const sessions = () => emu.dump().instances[0].sessions.length;
    const before = sessions();
    const frozen = Object.create(Object.freeze({ value: 0 })) as { value: JET_SESID };
    expect(api.JetBeginSession(inst, frozen, '', '')).toBe(JET_errInvalidParameter);
    expect(sessions()).toBe(before);
    expect(Object.prototype.hasOwnProperty.call(frozen, 'value')).toBe(false);
    const open = Object.create({ value: 0 }) as { value: JET_SESID };
    expect(api.JetBeginSession(inst, open, '', '')).toBe(JET_errSuccess);
    expect(sessions()).toBe(before + 1);
    expect(Object.prototype.hasOwnProperty.call(open, 'value')).toBe(true);
    expect(open.value).not.toBe(0);
  });

  it('objects without a prototype are plain data: a box and a struct made by Object.create(null) are read and written', () => {
    const { api, inst, ses } = world();
    const box = Object.assign(Object.create(null) as object, { value: 0 }) as { value: JET_SESID };
    expect(api.JetBeginSession(inst, box, '', '')).toBe(JET_errSuccess);
    expect(box.value).not.toBe(0);
    const def = Object.assign(Object.create(null) as object, { coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey });
    const tt = out<JET_TABLEID>();
    expect(api.JetOpenTempTable(ses, [def as never], 1, 0, tt, [])).toBe(JET_errSuccess);
  });
});

/**
 * host.ts survivors (docs/testing.md, "Seventh session"), killed from emulator-control.md "Trace": a record's `args` are
 * the arguments as passed up to the function's last esent.h parameter given, trailing `undefined`s left out.
 */
describe('the arguments a trace record shows (emulator-control.md "Trace")', () => {
  it('leaves out trailing undefined arguments, and arguments past the last esent.h parameter', () => {
    const { emu, seen } = traced();
    const end = emu.api.JetEndSession as unknown as (...args: unknown[]) => number;
    end(999999, undefined);
    end();
    end(999999, 0, 'one more', 7);
    expect(seen.map((r) => r.args.length)).toEqual([1, 0, 2]);
    expect(seen[2].args).toEqual([999999, 0]);
  });
});
