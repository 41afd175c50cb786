import fc from 'fast-check';
import {
  createEmulator, onThread, out, JET_bitColumnTTKey, JET_bitRollbackAll, JET_bitTermDirty, JET_coltypLong,
  JET_MoveFirst, JET_prepInsert,
} from '../../src';
import type { Emulator, JET_COLUMNID, JET_DBID, JET_INSTANCE, JET_SESID, JET_TABLEID } from '../../src';
import { C, LifecycleModel, MSort } from '../support/lifecycleModel';

type Cmd =
  | { k: 'init' } | { k: 'stop' } | { k: 'term'; dirty: boolean }
  | { k: 'begin' } | { k: 'dup'; s: number } | { k: 'end'; s: number; t: number }
  | { k: 'setCtx'; s: number; t: number; ctx: number } | { k: 'resetCtx'; s: number; t: number }
  | { k: 'trx'; s: number; t: number } | { k: 'commit'; s: number; t: number } | { k: 'rollback'; s: number; t: number; all: boolean }
  | { k: 'openSort'; s: number } | { k: 'insert'; s: number; sort: number; v: number } | { k: 'move'; s: number; sort: number }
  | { k: 'closeSort'; s: number; sort: number }
  | { k: 'createDb'; s: number; db: string } | { k: 'openDb'; s: number; db: string } | { k: 'closeDb'; s: number; db: string }
  | { k: 'detachDb'; s: number; db: string };

const idx = fc.nat({ max: 3 });
const thread = fc.oneof({ arbitrary: fc.constant(1), weight: 6 }, { arbitrary: fc.constant(2), weight: 1 });
const dbName = fc.constantFrom('a.edb', 'b.edb');
const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  { arbitrary: fc.constant<Cmd>({ k: 'init' }), weight: 2 },
  { arbitrary: fc.constant<Cmd>({ k: 'stop' }), weight: 1 },
  { arbitrary: fc.boolean().map<Cmd>((dirty) => ({ k: 'term', dirty })), weight: 1 },
  { arbitrary: fc.constant<Cmd>({ k: 'begin' }), weight: 4 },
  { arbitrary: idx.map<Cmd>((s) => ({ k: 'dup', s })), weight: 1 },
  { arbitrary: fc.record({ s: idx, t: thread }).map<Cmd>((a) => ({ k: 'end', ...a })), weight: 3 },
  { arbitrary: fc.record({ s: idx, t: thread, ctx: fc.constantFrom(5, 6) }).map<Cmd>((a) => ({ k: 'setCtx', ...a })), weight: 2 },
  { arbitrary: fc.record({ s: idx, t: thread }).map<Cmd>((a) => ({ k: 'resetCtx', ...a })), weight: 2 },
  { arbitrary: fc.record({ s: idx, t: thread }).map<Cmd>((a) => ({ k: 'trx', ...a })), weight: 10 },
  { arbitrary: fc.record({ s: idx, t: thread }).map<Cmd>((a) => ({ k: 'commit', ...a })), weight: 3 },
  { arbitrary: fc.record({ s: idx, t: thread, all: fc.boolean() }).map<Cmd>((a) => ({ k: 'rollback', ...a })), weight: 3 },
  { arbitrary: idx.map<Cmd>((s) => ({ k: 'openSort', s })), weight: 3 },
  { arbitrary: fc.record({ s: idx, sort: idx, v: fc.integer({ min: -3, max: 3 }) }).map<Cmd>((a) => ({ k: 'insert', ...a })), weight: 3 },
  { arbitrary: fc.record({ s: idx, sort: idx }).map<Cmd>((a) => ({ k: 'move', ...a })), weight: 2 },
  { arbitrary: fc.record({ s: idx, sort: idx }).map<Cmd>((a) => ({ k: 'closeSort', ...a })), weight: 2 },
  { arbitrary: fc.record({ s: idx, db: dbName }).map<Cmd>((a) => ({ k: 'createDb', ...a })), weight: 1 },
  { arbitrary: fc.record({ s: idx, db: dbName }).map<Cmd>((a) => ({ k: 'openDb', ...a })), weight: 1 },
  { arbitrary: fc.record({ s: idx, db: dbName }).map<Cmd>((a) => ({ k: 'closeDb', ...a })), weight: 1 },
  { arbitrary: fc.record({ s: idx, db: dbName }).map<Cmd>((a) => ({ k: 'detachDb', ...a })), weight: 1 },
);

/** The real emulator side: handles in the same order as the model's objects. */
class Real {
  readonly emu: Emulator = createEmulator();
  inst = 0 as JET_INSTANCE;
  sesids: JET_SESID[] = [];
  sorts: { tableid: JET_TABLEID; col: JET_COLUMNID }[] = [];
  dbids = new Map<string, JET_DBID>();
}

function pick<T>(list: T[], i: number): T | undefined {
  return list.length === 0 ? undefined : list[i % list.length];
}

/** Run one command on both sides; returns [expected, actual] codes. */
function run(m: LifecycleModel, r: Real, c: Cmd): [number, number] {
  const api = r.emu.api;
  if (c.k === 'init') {
    const box = out<JET_INSTANCE>();
    if (m.instance === 'live') return [C.NameInUse, api.JetCreateInstance(box, 'model')];
    const a = api.JetCreateInstance(box, 'model');
    const b = api.JetInit(box);
    r.inst = box.value;
    m.instance = 'live';
    m.everCreated = true;
    return [C.Success, a !== 0 ? a : b];
  }
  if (c.k === 'stop') {
    const actual = api.JetStopServiceInstance(r.inst);
    if (m.instance !== 'live') return [m.everCreated ? C.InvalidInstance : C.InvalidParameter, actual];
    m.stopped = true;
    return [C.Success, actual];
  }
  if (c.k === 'term') {
    const actual = api.JetTerm2(r.inst, c.dirty ? JET_bitTermDirty : 0);
    if (m.instance !== 'live') return [m.everCreated ? C.InvalidInstance : C.InvalidParameter, actual];
    return [m.term(c.dirty), actual];
  }
  if (c.k === 'begin') {
    const box = out<JET_SESID>();
    const actual = api.JetBeginSession(r.inst, box, '', '');
    let expected: number = C.Success;
    if (m.instance !== 'live') expected = m.everCreated ? C.InvalidInstance : C.InvalidParameter;
    else if (m.stopped) expected = C.Stop;
    else if (m.liveSessions().length >= m.maxSessions) expected = C.OutOfSessions;
    if (expected === C.Success && actual === C.Success) {
      m.newSession();
      r.sesids.push(box.value);
    }
    return [expected, actual];
  }
  const s = pick(m.sessions, c.s);
  const sesid = pick(r.sesids, c.s);
  if (s === undefined || sesid === undefined) return [0, 0];
  switch (c.k) {
    case 'dup': {
      const box = out<JET_SESID>();
      const actual = api.JetDupSession(sesid, box);
      let expected = m.gate(s, false);
      if (expected === 0 && m.liveSessions().length >= m.maxSessions) expected = C.OutOfSessions;
      if (expected === 0 && actual === 0) {
        m.newSession();
        r.sesids.push(box.value);
      }
      return [expected, actual];
    }
    case 'end': {
      const actual = onThread(c.t, () => api.JetEndSession(sesid, 0));
      let expected = m.gate(s, true);
      if (expected !== 0) return [expected, actual];
      if (s.context !== 0) return [C.InUse, actual];
      if (s.level > 0 && !s.trxByContext && s.trxOwner !== c.t) {
        m.closeSortsAbove(s, s.level - 1);
        return [C.SharingViolation, actual];
      }
      m.closeSession(s);
      expected = C.Success;
      return [expected, actual];
    }
    case 'setCtx': {
      const actual = onThread(c.t, () => api.JetSetSessionContext(sesid, c.ctx));
      let expected = m.gate(s, false);
      if (expected === 0 && s.context !== 0) expected = C.AlreadySet;
      if (expected === 0) {
        s.context = c.ctx;
        s.contextThread = c.t;
      }
      return [expected, actual];
    }
    case 'resetCtx': {
      const actual = onThread(c.t, () => api.JetResetSessionContext(sesid));
      let expected = m.gate(s, true);
      if (expected === 0 && (s.context === 0 || s.contextThread !== c.t)) expected = C.NotSetByThisThread;
      if (expected === 0) s.context = 0;
      return [expected, actual];
    }
    case 'trx': {
      const actual = onThread(c.t, () => api.JetBeginTransaction(sesid));
      let expected = m.gate(s, false);
      if (expected === 0 && s.level >= 7) expected = C.TooDeep;
      if (expected === 0 && s.level > 0 && !m.owns(s, c.t)) expected = C.SharingViolation;
      if (expected === 0) {
        if (s.level === 0) {
          s.trxByContext = s.context !== 0;
          s.trxOwner = s.trxByContext ? s.context : c.t;
        }
        s.level += 1;
      }
      return [expected, actual];
    }
    case 'commit': {
      const actual = onThread(c.t, () => api.JetCommitTransaction(sesid, 0));
      let expected = m.gate(s, false);
      if (expected === 0 && s.level === 0) expected = C.NotInTransaction;
      if (expected === 0 && !m.owns(s, c.t)) expected = C.SharingViolation;
      if (expected === 0) {
        s.level -= 1;
        for (const sort of s.sorts) sort.levelOpen = Math.min(sort.levelOpen, s.level);
      }
      return [expected, actual];
    }
    case 'rollback': {
      const actual = onThread(c.t, () => api.JetRollback(sesid, c.all ? JET_bitRollbackAll : 0));
      let expected = m.gate(s, true);
      if (expected === 0 && s.level === 0) expected = C.NotInTransaction;
      while (expected === 0) {
        m.closeSortsAbove(s, s.level - 1);
        if (!m.owns(s, c.t)) {
          expected = C.SharingViolation;
          break;
        }
        s.level -= 1;
        if (!c.all || s.level === 0) break;
      }
      return [expected, actual];
    }
    case 'openSort': {
      const ids: JET_COLUMNID[] = [];
      const tt = out<JET_TABLEID>();
      const actual = api.JetOpenTempTable(sesid, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }], 1, 0, tt, ids);
      let expected = m.gate(s, false);
      if (expected === 0 && m.openSortCount() >= m.maxSorts) expected = C.TooManySorts;
      if (expected === 0 && actual === 0) {
        const sort: MSort = { owner: s, open: true, levelOpen: s.level, phase: 'insert', keys: new Set() };
        s.sorts.push(sort);
        m.sorts.push(sort);
        r.sorts.push({ tableid: tt.value, col: ids[0] });
      }
      return [expected, actual];
    }
    case 'insert':
    case 'move':
    case 'closeSort': {
      const sort = pick(m.sorts, c.sort);
      const real = pick(r.sorts, c.sort);
      if (sort === undefined || real === undefined) return [0, 0];
      let expected: number = s.alive ? (sort.open ? (sort.owner === s ? C.Success : C.Mismatch) : C.InvalidTableId) : C.InvalidSesid;
      if (expected === 0) expected = m.gate(s, c.k === 'closeSort');
      if (c.k === 'closeSort') {
        const actual = api.JetCloseTable(sesid, real.tableid);
        if (expected === 0) {
          sort.open = false;
          s.sorts = s.sorts.filter((x) => x !== sort);
        }
        return [expected, actual];
      }
      if (c.k === 'insert') {
        const actual = api.JetPrepareUpdate(sesid, real.tableid, JET_prepInsert);
        if (expected === 0 && sort.phase === 'retrieve') expected = C.IllegalOperation;
        if (expected === 0 && actual === 0) {
          const v = new Uint8Array(4);
          new DataView(v.buffer).setInt32(0, c.v, true);
          expect(api.JetSetColumn(sesid, real.tableid, real.col, v, 4, 0, null)).toBe(0);
          expect(api.JetUpdate(sesid, real.tableid, null, 0, null)).toBe(0);
          sort.keys.add(c.v);
        }
        return [expected, actual];
      }
      const actual = api.JetMove(sesid, real.tableid, JET_MoveFirst, 0);
      if (expected === 0) {
        sort.phase = 'retrieve';
        if (sort.keys.size === 0) expected = C.NoCurrentRecord;
      }
      return [expected, actual];
    }
    case 'createDb':
    case 'openDb':
    case 'closeDb':
    case 'detachDb': {
      const db = m.files.get(c.db);
      if (c.k === 'createDb') {
        const box = out<JET_DBID>();
        const actual = api.JetCreateDatabase(sesid, c.db, null, box, 0);
        let expected = m.gate(s, false);
        if (expected === 0 && s.level > 0) expected = C.InTransaction;
        if (expected === 0 && db !== undefined) expected = C.DatabaseDuplicate;
        if (expected === 0) {
          m.files.set(c.db, { attached: true, generation: 1, pins: 1 });
          s.dbOpens.set(c.db, 1);
          r.dbids.set(c.db, box.value);
        }
        return [expected, actual];
      }
      if (c.k === 'openDb') {
        const box = out<JET_DBID>();
        const actual = api.JetOpenDatabase(sesid, c.db, null, box, 0);
        let expected = m.gate(s, false);
        if (expected === 0 && (db === undefined || !db.attached)) expected = C.DatabaseNotFound;
        if (expected === 0 && db !== undefined) {
          db.pins += 1;
          s.dbOpens.set(c.db, (s.dbOpens.get(c.db) ?? 0) + 1);
          expect(box.value).toBe(r.dbids.get(c.db));
        }
        return [expected, actual];
      }
      if (c.k === 'closeDb') {
        const actual = api.JetCloseDatabase(sesid, r.dbids.get(c.db) ?? (-1 as JET_DBID), 0);
        let expected = m.gate(s, true);
        const count = s.dbOpens.get(c.db) ?? 0;
        if (expected === 0 && count === 0) expected = C.InvalidDatabaseId;
        if (expected === 0 && db !== undefined) {
          db.pins -= 1;
          if (count === 1) s.dbOpens.delete(c.db);
          else s.dbOpens.set(c.db, count - 1);
        }
        return [expected, actual];
      }
      const actual = api.JetDetachDatabase(sesid, c.db);
      let expected = m.gate(s, true);
      if (expected === 0 && s.level > 0) expected = C.InTransaction;
      if (expected === 0 && db !== undefined && db.attached && db.pins > 0) expected = C.DatabaseInUse;
      if (expected === 0 && (db === undefined || !db.attached)) expected = C.DatabaseNotFound;
      if (expected === 0 && db !== undefined) {
        db.attached = false;
        r.dbids.delete(c.db);
      }
      return [expected, actual];
    }
  }
  throw new Error(`unknown command ${JSON.stringify(c)}`);
}

function checkInvariants(m: LifecycleModel, r: Real): void {
  const dump = r.emu.dump();
  const live = m.liveSessions();
  const dumped = dump.instances.flatMap((i) => i.sessions);
  expect(dumped.length).toBe(live.length);
  m.sessions.forEach((s, i) => {
    const d = dumped.find((x) => x.handle === r.sesids[i]);
    if (!s.alive) {
      expect(d).toBeUndefined();
      return;
    }
    expect(d).toBeDefined();
    expect(d?.level).toBe(s.level);
    expect(d?.level).toBeGreaterThanOrEqual(0);
    expect(d?.level).toBeLessThanOrEqual(7);
    expect(d?.context).toBe(s.context);
    expect(d?.cursors.length).toBe(s.sorts.length);
    expect(d?.openDatabases.reduce((n, x) => n + x.count, 0)).toBe([...s.dbOpens.values()].reduce((n, x) => n + x, 0));
  });
}

describe('lifecycle model', () => {
  it('agrees with the reference model on every code and invariant over random call sequences', () => {
    fc.assert(
      fc.property(fc.array(cmd, { minLength: 5, maxLength: 50, size: 'max' }), (cmds) => {
        const m = new LifecycleModel();
        const r = new Real();
        for (const c of cmds) {
          const [expected, actual] = run(m, r, c);
          if (actual !== expected) throw new Error(`${JSON.stringify(c)}: expected ${expected}, got ${actual}`);
          checkInvariants(m, r);
        }
        // After everything: ended sessions stay invalid.
        m.sessions.forEach((s, i) => {
          if (!s.alive) expect(r.emu.api.JetEndSession(r.sesids[i], 0)).toBe(C.InvalidSesid);
        });
      }),
      { numRuns: 1200 },
    );
  });
});

