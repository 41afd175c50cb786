/**
 * Session contexts and logical threads: JetSetSessionContext /
 * JetResetSessionContext, JetEndSession while a context is set, and which
 * thread (or context) owns a transaction (ese-semantics.md §4.3, §6, §7.2-7.4).
 */
import {
  currentThread, newThreadId, onThread, out, MAIN_THREAD,
  JET_bitColumnTTKey, JET_bitForceNewLog, JET_bitRollbackAll, JET_coltypLong, JET_errInvalidGrbit,
  JET_errInvalidParameter, JET_errInvalidSesid, JET_errInvalidTableId, JET_errNoCurrentRecord, JET_errNotInTransaction, JET_errOutOfMemory, JET_errRollbackError,
  JET_errSessionContextAlreadySet, JET_errSessionContextNotSetByThisThread, JET_errSessionInUse,
  JET_errSessionSharingViolation, JET_errSuccess, JET_errTransTooDeep, JET_MoveFirst, JET_prepInsert,
} from '../src';
import { world } from './support/fixture';
import type { World } from './support/fixture';
import type {
  Emulator, JET_COLUMNID, JET_SESID, JET_SESSIONINFO, JET_TABLEID, SessionDump,
} from '../src';

// ---- helpers ------------------------------------------------------------------------------------

type Setup = World;
const setup = (): Setup => world();

function dumpOf(emu: Emulator, ses: JET_SESID): SessionDump | undefined {
  for (const i of emu.dump().instances) for (const s of i.sessions) if (s.handle === ses) return s;
  return undefined;
}

function level(w: Setup): number | undefined {
  return dumpOf(w.emu, w.ses)?.level;
}

function context(w: Setup): number | undefined {
  return dumpOf(w.emu, w.ses)?.context;
}

function openSort(w: Setup): { tableid: JET_TABLEID; col: JET_COLUMNID } {
  const ids: JET_COLUMNID[] = [];
  const tt = out<JET_TABLEID>();
  expect(w.api.JetOpenTempTable(w.ses, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }], 1, 0, tt, ids)).toBe(JET_errSuccess);
  return { tableid: tt.value, col: ids[0] };
}

/** Run fn on a logical thread (a shorter name for the tests). */
function on<T>(thread: number, fn: () => T): T {
  return onThread(thread, fn);
}

/** Let other async work run. */
function tick(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

// ---- logical threads ----------------------------------------------------------------------------

describe('logical threads', () => {
  it('code outside onThread runs on MAIN_THREAD; inside, on the given thread', () => {
    const t = newThreadId();
    expect(currentThread()).toBe(MAIN_THREAD);
    expect(on(t, () => currentThread())).toBe(t);
    expect(currentThread()).toBe(MAIN_THREAD);
  });

  it('newThreadId never repeats and never gives the main thread', () => {
    const ids = new Set<number>();
    for (let i = 0; i < 20; i++) ids.add(newThreadId());
    expect(ids.size).toBe(20);
    expect(ids.has(MAIN_THREAD)).toBe(false);
  });

  it('an async function keeps its thread across awaits', async () => {
    const t = newThreadId();
    const seen = await onThread(t, async () => {
      const before = currentThread();
      await tick();
      await Promise.resolve();
      return [before, currentThread()];
    });
    expect(seen).toEqual([t, t]);
    expect(currentThread()).toBe(MAIN_THREAD);
  });
});

// ---- JetSetSessionContext -----------------------------------------------------------------------

describe('JetSetSessionContext', () => {
  it('records the context', () => {
    const w = setup();
    expect(w.api.JetSetSessionContext(w.ses, 0x1234)).toBe(JET_errSuccess);
    expect(context(w)).toBe(0x1234);
  });

  it.each([
    ['0', 0],
    ['-1 (~0, the value JetEndSession reserves)', -1],
  ])('%s answers InvalidParameter and sets nothing', (_name, ctx) => {
    const w = setup();
    expect(w.api.JetSetSessionContext(w.ses, ctx)).toBe(JET_errInvalidParameter);
    expect(context(w)).toBe(0);
    expect(w.api.JetResetSessionContext(w.ses)).toBe(JET_errSessionContextNotSetByThisThread);
    expect(w.api.JetEndSession(w.ses, 0)).toBe(JET_errSuccess);
  });

  it('a second set from the same thread answers SessionContextAlreadySet (same or other value)', () => {
    const w = setup();
    expect(w.api.JetSetSessionContext(w.ses, 5)).toBe(JET_errSuccess);
    expect(w.api.JetSetSessionContext(w.ses, 5)).toBe(JET_errSessionContextAlreadySet);
    expect(w.api.JetSetSessionContext(w.ses, 6)).toBe(JET_errSessionContextAlreadySet);
    expect(context(w)).toBe(5);
  });

  it('a set from another thread answers SessionContextAlreadySet and the owner keeps it', () => {
    const w = setup();
    const a = newThreadId();
    const b = newThreadId();
    expect(on(a, () => w.api.JetSetSessionContext(w.ses, 5))).toBe(JET_errSuccess);
    expect(on(b, () => w.api.JetSetSessionContext(w.ses, 8))).toBe(JET_errSessionContextAlreadySet);
    expect(w.api.JetSetSessionContext(w.ses, 9)).toBe(JET_errSessionContextAlreadySet);
    expect(context(w)).toBe(5);
    expect(on(a, () => w.api.JetResetSessionContext(w.ses))).toBe(JET_errSuccess);
  });

  it('the invalid value is reported before AlreadySet', () => {
    const w = setup();
    expect(w.api.JetSetSessionContext(w.ses, 5)).toBe(JET_errSuccess);
    expect(w.api.JetSetSessionContext(w.ses, 0)).toBe(JET_errInvalidParameter);
    expect(w.api.JetSetSessionContext(w.ses, -1)).toBe(JET_errInvalidParameter);
  });

  it('after a reset the context can be set again, by any thread, to any value', () => {
    const w = setup();
    const t = newThreadId();
    expect(w.api.JetSetSessionContext(w.ses, 1)).toBe(JET_errSuccess);
    expect(w.api.JetResetSessionContext(w.ses)).toBe(JET_errSuccess);
    expect(on(t, () => w.api.JetSetSessionContext(w.ses, 2))).toBe(JET_errSuccess);
    expect(context(w)).toBe(2);
  });

  it('contexts are per session: the same value may be set on two sessions', () => {
    const w = setup();
    const other = out<JET_SESID>();
    expect(w.api.JetBeginSession(w.inst, other, '', '')).toBe(JET_errSuccess);
    expect(w.api.JetSetSessionContext(w.ses, 77)).toBe(JET_errSuccess);
    expect(w.api.JetSetSessionContext(other.value, 77)).toBe(JET_errSuccess);
    expect(dumpOf(w.emu, other.value)?.context).toBe(77);
  });

  it('setting a context neither needs nor affects a transaction', () => {
    const w = setup();
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetSetSessionContext(w.ses, 3)).toBe(JET_errSuccess);
    expect(level(w)).toBe(1);
    expect(w.api.JetResetSessionContext(w.ses)).toBe(JET_errSuccess);
    expect(level(w)).toBe(1);
  });
});

// ---- JetResetSessionContext ---------------------------------------------------------------------

describe('JetResetSessionContext', () => {
  it('with no context set answers SessionContextNotSetByThisThread, on any thread', () => {
    const w = setup();
    expect(w.api.JetResetSessionContext(w.ses)).toBe(JET_errSessionContextNotSetByThisThread);
    expect(on(newThreadId(), () => w.api.JetResetSessionContext(w.ses))).toBe(JET_errSessionContextNotSetByThisThread);
  });

  it('from a thread other than the one that set it answers SessionContextNotSetByThisThread and keeps it', () => {
    const w = setup();
    expect(w.api.JetSetSessionContext(w.ses, 4)).toBe(JET_errSuccess);
    expect(on(newThreadId(), () => w.api.JetResetSessionContext(w.ses))).toBe(JET_errSessionContextNotSetByThisThread);
    expect(context(w)).toBe(4);
    expect(w.api.JetResetSessionContext(w.ses)).toBe(JET_errSuccess);
    expect(context(w)).toBe(0);
  });

  it('a context set on another thread cannot be reset from the main thread', () => {
    const w = setup();
    const t = newThreadId();
    expect(on(t, () => w.api.JetSetSessionContext(w.ses, 4))).toBe(JET_errSuccess);
    expect(w.api.JetResetSessionContext(w.ses)).toBe(JET_errSessionContextNotSetByThisThread);
    expect(on(t, () => w.api.JetResetSessionContext(w.ses))).toBe(JET_errSuccess);
  });

  it('a second reset answers SessionContextNotSetByThisThread', () => {
    const w = setup();
    expect(w.api.JetSetSessionContext(w.ses, 4)).toBe(JET_errSuccess);
    expect(w.api.JetResetSessionContext(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetResetSessionContext(w.ses)).toBe(JET_errSessionContextNotSetByThisThread);
  });

  it('an async thread that set the context can reset it after awaiting', async () => {
    const w = setup();
    const t = newThreadId();
    const codes = await onThread(t, async () => {
      const set = w.api.JetSetSessionContext(w.ses, 21);
      await tick();
      const stranger = await onThread(newThreadId(), async () => {
        await tick();
        return w.api.JetResetSessionContext(w.ses);
      });
      await tick();
      const reset = w.api.JetResetSessionContext(w.ses);
      return [set, stranger, reset];
    });
    expect(codes).toEqual([JET_errSuccess, JET_errSessionContextNotSetByThisThread, JET_errSuccess]);
    expect(context(w)).toBe(0);
  });

  it('two async threads interleaving: each thread sees its own identity', async () => {
    const w = setup();
    const a = newThreadId();
    const b = newThreadId();
    const results: Array<[string, number]> = [];
    await Promise.all([
      onThread(a, async () => {
        results.push(['a set', w.api.JetSetSessionContext(w.ses, 1)]);
        await tick();
        await tick();
        results.push(['a reset', w.api.JetResetSessionContext(w.ses)]);
      }),
      onThread(b, async () => {
        await tick();
        results.push(['b set', w.api.JetSetSessionContext(w.ses, 2)]);
        results.push(['b reset', w.api.JetResetSessionContext(w.ses)]);
      }),
    ]);
    expect(Object.fromEntries(results)).toEqual({
      'a set': JET_errSuccess,
      'b set': JET_errSessionContextAlreadySet,
      'b reset': JET_errSessionContextNotSetByThisThread,
      'a reset': JET_errSuccess,
    });
  });
});

// ---- JetEndSession and contexts -----------------------------------------------------------------

describe('JetEndSession while a context is set', () => {
  it('answers SessionInUse even when the caller set it, and changes nothing', () => {
    const w = setup();
    const t = openSort(w);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetSetSessionContext(w.ses, 11)).toBe(JET_errSuccess);
    const before = dumpOf(w.emu, w.ses);
    expect(w.api.JetEndSession(w.ses, 0)).toBe(JET_errSessionInUse);
    expect(dumpOf(w.emu, w.ses)).toEqual(before);
    // the sort opened at level 0 is still open (empty: the first move finds no record)
    expect(w.api.JetMove(w.ses, t.tableid, JET_MoveFirst, 0)).toBe(JET_errNoCurrentRecord);
    // still the caller's context: it can reset it and then end the session
    expect(w.api.JetResetSessionContext(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetEndSession(w.ses, 0)).toBe(JET_errSuccess);
    expect(dumpOf(w.emu, w.ses)).toBeUndefined();
  });

  it('answers SessionInUse when another thread set it, on every thread', () => {
    const w = setup();
    const a = newThreadId();
    expect(on(a, () => w.api.JetSetSessionContext(w.ses, 11))).toBe(JET_errSuccess);
    expect(w.api.JetEndSession(w.ses, 0)).toBe(JET_errSessionInUse);
    expect(on(newThreadId(), () => w.api.JetEndSession(w.ses, 0))).toBe(JET_errSessionInUse);
    expect(on(a, () => w.api.JetEndSession(w.ses, 0))).toBe(JET_errSessionInUse);
    expect(context(w)).toBe(11);
    expect(on(a, () => w.api.JetResetSessionContext(w.ses))).toBe(JET_errSuccess);
    expect(w.api.JetEndSession(w.ses, 0)).toBe(JET_errSuccess);
  });

  it('answers SessionInUse whatever the grbit', () => {
    const w = setup();
    expect(w.api.JetSetSessionContext(w.ses, 11)).toBe(JET_errSuccess);
    for (const grbit of [0, 1, 0x80000000]) expect(w.api.JetEndSession(w.ses, grbit)).toBe(JET_errSessionInUse);
  });

  it('a refused JetEndSession leaves the prepared update and the open transaction alone', () => {
    const w = setup();
    const t = openSort(w);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, t.tableid, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetSessionContext(w.ses, 2)).toBe(JET_errSuccess);
    expect(w.api.JetEndSession(w.ses, 0)).toBe(JET_errSessionInUse);
    expect(dumpOf(w.emu, w.ses)?.cursors[0].updatePrepared).toBe(true);
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
  });
});

// ---- transaction ownership: threads -------------------------------------------------------------

describe('a transaction begun without a context belongs to its thread', () => {
  function begunOn(thread: number, levels = 1): Setup {
    const w = setup();
    on(thread, () => {
      for (let i = 0; i < levels; i++) expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    });
    return w;
  }

  it('another thread gets SessionSharingViolation from nested begin, commit and rollback; nothing changes', () => {
    const a = newThreadId();
    const b = newThreadId();
    const w = begunOn(a, 2);
    const codes = on(b, () => [
      w.api.JetBeginTransaction(w.ses),
      w.api.JetBeginTransaction2(w.ses, 0),
      w.api.JetBeginTransaction3(w.ses, 3, 0),
      w.api.JetCommitTransaction(w.ses, 0),
      w.api.JetCommitTransaction2(w.ses, 0, 0, null),
      w.api.JetRollback(w.ses, 0),
      w.api.JetRollback(w.ses, JET_bitRollbackAll),
    ]);
    expect(codes).toEqual(Array(7).fill(JET_errSessionSharingViolation));
    expect(level(w)).toBe(2);
    on(a, () => {
      expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
      expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
      expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
      expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    });
    expect(level(w)).toBe(0);
  });

  it('a transaction begun on the main thread refuses another thread, and vice versa', () => {
    const w = setup();
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(on(newThreadId(), () => w.api.JetCommitTransaction(w.ses, 0))).toBe(JET_errSessionSharingViolation);
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
    on(newThreadId(), () => expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess));
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSessionSharingViolation);
    expect(level(w)).toBe(1);
  });

  it('once back at level 0, any thread may begin the next transaction', () => {
    const a = newThreadId();
    const b = newThreadId();
    const w = begunOn(a);
    expect(on(a, () => w.api.JetCommitTransaction(w.ses, 0))).toBe(JET_errSuccess);
    on(b, () => {
      expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
      expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    });
    expect(on(a, () => w.api.JetRollback(w.ses, 0))).toBe(JET_errSessionSharingViolation);
    expect(on(b, () => w.api.JetRollback(w.ses, JET_bitRollbackAll))).toBe(JET_errSuccess);
  });

  it('a context set later does not change the owner: still the thread', () => {
    const a = newThreadId();
    const b = newThreadId();
    const w = begunOn(a);
    expect(on(a, () => w.api.JetSetSessionContext(w.ses, 50))).toBe(JET_errSuccess);
    expect(on(a, () => w.api.JetResetSessionContext(w.ses))).toBe(JET_errSuccess);
    expect(on(b, () => w.api.JetSetSessionContext(w.ses, 50))).toBe(JET_errSuccess);
    expect(on(b, () => w.api.JetCommitTransaction(w.ses, 0))).toBe(JET_errSessionSharingViolation);
    // thread A owns it, whatever context B holds
    expect(on(a, () => w.api.JetCommitTransaction(w.ses, 0))).toBe(JET_errSuccess);
  });

  it('operations other than begin/commit/rollback are not checked', () => {
    const a = newThreadId();
    const w = begunOn(a);
    on(newThreadId(), () => {
      const t = openSort(w);
      expect(w.api.JetPrepareUpdate(w.ses, t.tableid, JET_prepInsert)).toBe(JET_errSuccess);
      expect(w.api.JetUpdate(w.ses, t.tableid, null, 0, null)).toBe(JET_errSuccess);
      expect(w.api.JetGetSessionInfo(w.ses, out<JET_SESSIONINFO>(), 24, 0)).toBe(JET_errSuccess);
      expect(w.api.JetSetSessionContext(w.ses, 8)).toBe(JET_errSuccess);
      expect(w.api.JetResetSessionContext(w.ses)).toBe(JET_errSuccess);
    });
    expect(level(w)).toBe(1);
  });

  describe('the order of checks on the foreign thread', () => {
    it('commit: grbit and flush-only rules come first; ForceNewLog still succeeds', () => {
      const w = begunOn(newThreadId());
      on(newThreadId(), () => {
        expect(w.api.JetCommitTransaction(w.ses, 0x4)).toBe(JET_errInvalidGrbit);
        expect(w.api.JetCommitTransaction(w.ses, JET_bitForceNewLog)).toBe(JET_errSuccess);
      });
      expect(level(w)).toBe(1);
    });

    it('commit: JetCommitTransaction2’s durable-commit check comes before the owner check', () => {
      const w = begunOn(newThreadId());
      expect(on(newThreadId(), () => w.api.JetCommitTransaction2(w.ses, 0, 100, null))).toBe(JET_errInvalidParameter);
    });

    it('rollback: the grbit check comes first', () => {
      const w = begunOn(newThreadId());
      expect(on(newThreadId(), () => w.api.JetRollback(w.ses, 0x4))).toBe(JET_errInvalidGrbit);
    });

    it('begin: TransTooDeep comes before the owner check', () => {
      const w = begunOn(newThreadId(), 7);
      expect(on(newThreadId(), () => w.api.JetBeginTransaction(w.ses))).toBe(JET_errTransTooDeep);
    });

    it('begin: a failed rollback’s RollbackError comes before the owner check; rollback: the owner check comes first', () => {
      const a = newThreadId();
      const w = begunOn(a, 2);
      expect(w.emu.failStep('Rollback.level', { code: JET_errOutOfMemory })).toBe(JET_errSuccess);
      expect(on(a, () => w.api.JetRollback(w.ses, 0))).toBe(JET_errOutOfMemory);
      // The failed undo took the instance down (ver.cxx ErrVERIUndo); bring it back to see the session's checks.
      expect(w.emu.setInstanceUnavailable(w.inst, 0)).toBe(JET_errSuccess);
      on(newThreadId(), () => {
        expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errRollbackError);
        expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSessionSharingViolation);
      });
      expect(on(a, () => w.api.JetRollback(w.ses, 0))).toBe(JET_errOutOfMemory);
    });

    it('rollback: the sorts opened in the level are closed before the owner check refuses', () => {
      const a = newThreadId();
      const w = setup();
      const t = on(a, () => {
        expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
        return openSort(w);
      });
      expect(on(newThreadId(), () => w.api.JetRollback(w.ses, 0))).toBe(JET_errSessionSharingViolation);
      expect(level(w)).toBe(1);
      expect(w.api.JetMove(w.ses, t.tableid, JET_MoveFirst, 0)).toBe(JET_errInvalidTableId);
    });

    it('commit at level 0 from any thread is NotInTransaction', () => {
      const w = setup();
      expect(on(newThreadId(), () => w.api.JetCommitTransaction(w.ses, 0))).toBe(JET_errNotInTransaction);
    });
  });

  it('JetEndSession from another thread: the implicit rollback is refused and the session stays', () => {
    const a = newThreadId();
    const w = begunOn(a, 2);
    expect(w.api.JetEndSession(w.ses, 0)).toBe(JET_errSessionSharingViolation);
    expect(dumpOf(w.emu, w.ses)).toMatchObject({ level: 2, context: 0 });
    expect(on(a, () => w.api.JetEndSession(w.ses, 0))).toBe(JET_errSuccess);
    expect(dumpOf(w.emu, w.ses)).toBeUndefined();
  });

  it('async: the owning thread keeps the transaction across awaits while others are refused', async () => {
    const w = setup();
    const a = newThreadId();
    const b = newThreadId();
    const log: Array<[string, number]> = [];
    await Promise.all([
      onThread(a, async () => {
        log.push(['a begin', w.api.JetBeginTransaction(w.ses)]);
        await tick();
        log.push(['a nested begin', w.api.JetBeginTransaction(w.ses)]);
        await tick();
        await tick();
        log.push(['a commit', w.api.JetCommitTransaction(w.ses, 0)]);
        log.push(['a rollback', w.api.JetRollback(w.ses, 0)]);
      }),
      onThread(b, async () => {
        await tick();
        log.push(['b commit', w.api.JetCommitTransaction(w.ses, 0)]);
        await tick();
        log.push(['b rollback', w.api.JetRollback(w.ses, 0)]);
      }),
    ]);
    expect(Object.fromEntries(log)).toEqual({
      'a begin': JET_errSuccess,
      'a nested begin': JET_errSuccess,
      'b commit': JET_errSessionSharingViolation,
      'b rollback': JET_errSessionSharingViolation,
      'a commit': JET_errSuccess,
      'a rollback': JET_errSuccess,
    });
    expect(level(w)).toBe(0);
  });
});

// ---- transaction ownership: contexts ------------------------------------------------------------

describe('a transaction begun with a context set follows the context', () => {
  /** Set ctx on thread a, begin there, reset there: the transaction now belongs to ctx, which nobody holds. */
  function handedOff(ctx: number, levels = 1): { w: Setup; a: number } {
    const w = setup();
    const a = newThreadId();
    on(a, () => {
      expect(w.api.JetSetSessionContext(w.ses, ctx)).toBe(JET_errSuccess);
      for (let i = 0; i < levels; i++) expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
      expect(w.api.JetResetSessionContext(w.ses)).toBe(JET_errSuccess);
    });
    return { w, a };
  }

  it('set on A, begin, reset on A, set the same context on B: commit on B works', () => {
    const { w } = handedOff(0x77);
    const b = newThreadId();
    on(b, () => {
      expect(w.api.JetSetSessionContext(w.ses, 0x77)).toBe(JET_errSuccess);
      expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
      expect(w.api.JetResetSessionContext(w.ses)).toBe(JET_errSuccess);
    });
    expect(level(w)).toBe(0);
  });

  it('B holding the context may also nest, commit and roll back', () => {
    const { w } = handedOff(0x77, 2);
    on(newThreadId(), () => {
      expect(w.api.JetSetSessionContext(w.ses, 0x77)).toBe(JET_errSuccess);
      expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
      expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
      expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
      expect(w.api.JetRollback(w.ses, JET_bitRollbackAll)).toBe(JET_errSuccess);
    });
    expect(level(w)).toBe(0);
  });

  it('the thread that began it but no longer holds the context is refused', () => {
    const { w, a } = handedOff(0x77);
    on(a, () => {
      expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSessionSharingViolation);
      expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSessionSharingViolation);
      expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSessionSharingViolation);
    });
    expect(level(w)).toBe(1);
  });

  it('a different context on B is refused', () => {
    const { w } = handedOff(0x77);
    on(newThreadId(), () => {
      expect(w.api.JetSetSessionContext(w.ses, 0x78)).toBe(JET_errSuccess);
      expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSessionSharingViolation);
      expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSessionSharingViolation);
    });
    expect(level(w)).toBe(1);
  });

  it('the right context set by another thread is not enough: the caller must have set it', () => {
    const w = setup();
    const a = newThreadId();
    on(a, () => {
      expect(w.api.JetSetSessionContext(w.ses, 5)).toBe(JET_errSuccess);
      expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    });
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSessionSharingViolation);
    expect(on(newThreadId(), () => w.api.JetBeginTransaction(w.ses))).toBe(JET_errSessionSharingViolation);
    expect(on(a, () => w.api.JetCommitTransaction(w.ses, 0))).toBe(JET_errSuccess);
  });

  it('the same thread without the context (after its reset) is refused; setting it back works', () => {
    const w = setup();
    expect(w.api.JetSetSessionContext(w.ses, 5)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetResetSessionContext(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSessionSharingViolation);
    expect(w.api.JetSetSessionContext(w.ses, 5)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
  });

  it('JetGetSessionInfo reports the context as the transaction owner', () => {
    const { w } = handedOff(0x4242);
    const info = out<JET_SESSIONINFO>();
    expect(w.api.JetGetSessionInfo(w.ses, info, 24, 0)).toBe(JET_errSuccess);
    expect(info.value.ulTrxContext).toBe(0x4242);
  });

  it('after the transaction ends, the next level-0 begin without a context is owned by its thread again', () => {
    const { w } = handedOff(0x77);
    const b = newThreadId();
    on(b, () => {
      expect(w.api.JetSetSessionContext(w.ses, 0x77)).toBe(JET_errSuccess);
      expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
      expect(w.api.JetResetSessionContext(w.ses)).toBe(JET_errSuccess);
      expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    });
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSessionSharingViolation);
    expect(on(b, () => w.api.JetCommitTransaction(w.ses, 0))).toBe(JET_errSuccess);
  });

  it('JetEndSession from any thread rolls a context-owned transaction back (once nobody holds the context)', () => {
    const { w } = handedOff(0x77, 3);
    const t = on(newThreadId(), () => openSort(w));
    expect(on(newThreadId(), () => w.api.JetEndSession(w.ses, 0))).toBe(JET_errSuccess);
    expect(dumpOf(w.emu, w.ses)).toBeUndefined();
    expect(w.api.JetCloseTable(w.ses, t.tableid)).toBe(JET_errInvalidSesid);
  });

  it('async: a context-owned transaction handed from one async thread to another', async () => {
    const w = setup();
    const steps: Array<[string, number]> = [];
    await onThread(newThreadId(), async () => {
      steps.push(['A set', w.api.JetSetSessionContext(w.ses, 9)]);
      steps.push(['A begin', w.api.JetBeginTransaction(w.ses)]);
      await tick();
      steps.push(['A reset', w.api.JetResetSessionContext(w.ses)]);
    });
    await onThread(newThreadId(), async () => {
      await tick();
      steps.push(['B set', w.api.JetSetSessionContext(w.ses, 9)]);
      await tick();
      steps.push(['B nested begin', w.api.JetBeginTransaction(w.ses)]);
      await tick();
      steps.push(['B rollback all', w.api.JetRollback(w.ses, JET_bitRollbackAll)]);
      steps.push(['B reset', w.api.JetResetSessionContext(w.ses)]);
    });
    expect(steps).toEqual([
      ['A set', JET_errSuccess], ['A begin', JET_errSuccess], ['A reset', JET_errSuccess],
      ['B set', JET_errSuccess], ['B nested begin', JET_errSuccess], ['B rollback all', JET_errSuccess],
      ['B reset', JET_errSuccess],
    ]);
    expect(level(w)).toBe(0);
    expect(context(w)).toBe(0);
  });
});
