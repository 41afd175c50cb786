/**
 * How a FaultSpec counts (src/engine/faults.ts), as docs/emulator-control.md
 * "Fault injection" specifies it:
 *
 * - the `nth` occurrence of the point after arming (default 1) fails with
 *   `code`, and so do the `times - 1` occurrences after it (default 1);
 * - occurrences are counted only while a fault is armed, and only for the
 *   point armed; once used up the point is disarmed;
 * - arming a point again replaces its spec;
 * - failCall / failStep answer InvalidParameter for `nth` / `times` that are
 *   not positive integers or a `code` that is not an integer, and arm nothing.
 *
 * A refused call leaves nothing changed (the fault fires before the call's
 * body), so the transaction level shows which calls really ran.
 */
import { JET_errDiskFull, JET_errInvalidParameter, JET_errOutOfMemory } from '../../src';
import type { FaultSpec } from '../../src';
import { level, world } from '../support/fixture';

describe('nth and times', () => {
  it('nth 3: two calls run, the third fails, the fourth runs again and the point is disarmed', () => {
    const { emu, api, ses } = world();
    expect(emu.failCall('JetBeginTransaction', { nth: 3, code: JET_errOutOfMemory })).toBe(0);
    expect(api.JetBeginTransaction(ses)).toBe(0);
    expect(api.JetBeginTransaction(ses)).toBe(0);
    expect(emu.pendingFaults()).toEqual(['JetBeginTransaction']);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errOutOfMemory);
    expect(level(emu, ses)).toBe(2);
    expect(emu.pendingFaults()).toEqual([]);
    expect(api.JetBeginTransaction(ses)).toBe(0);
    expect(level(emu, ses)).toBe(3);
  });

  it('times 3: three consecutive occurrences fail, then the point is disarmed', () => {
    const { emu, api, ses } = world();
    expect(emu.failCall('JetBeginTransaction', { code: JET_errDiskFull, times: 3 })).toBe(0);
    for (let i = 0; i < 3; i++) {
      expect(api.JetBeginTransaction(ses)).toBe(JET_errDiskFull);
      expect(level(emu, ses)).toBe(0);
    }
    expect(emu.pendingFaults()).toEqual([]);
    expect(api.JetBeginTransaction(ses)).toBe(0);
  });

  it('nth 2 with times 2: the first runs, the second and third fail, the fourth runs', () => {
    const { emu, api, ses } = world();
    expect(emu.failCall('JetBeginTransaction', { nth: 2, times: 2, code: JET_errDiskFull })).toBe(0);
    expect(api.JetBeginTransaction(ses)).toBe(0);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errDiskFull);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errDiskFull);
    expect(api.JetBeginTransaction(ses)).toBe(0);
    expect(level(emu, ses)).toBe(2);
  });

  it('only the armed point counts: other calls neither fail nor move its countdown', () => {
    const { emu, api, ses } = world();
    expect(emu.failCall('JetCommitTransaction', { nth: 2, code: JET_errOutOfMemory })).toBe(0);
    for (let i = 0; i < 5; i++) expect(api.JetBeginTransaction(ses)).toBe(0);
    expect(api.JetCommitTransaction(ses, 0)).toBe(0);
    expect(api.JetRollback(ses, 0)).toBe(0);
    expect(api.JetCommitTransaction(ses, 0)).toBe(JET_errOutOfMemory);
    expect(level(emu, ses)).toBe(3);
  });

  it('calls made before arming do not count', () => {
    const { emu, api, ses } = world();
    expect(api.JetBeginTransaction(ses)).toBe(0);
    expect(api.JetBeginTransaction(ses)).toBe(0);
    expect(emu.failCall('JetBeginTransaction', { nth: 2, code: JET_errOutOfMemory })).toBe(0);
    expect(api.JetBeginTransaction(ses)).toBe(0);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errOutOfMemory);
    expect(level(emu, ses)).toBe(3);
  });

  it('arming a point again replaces its spec (the countdown starts over)', () => {
    const { emu, api, ses } = world();
    expect(emu.failCall('JetBeginTransaction', { nth: 2, code: JET_errOutOfMemory })).toBe(0);
    expect(api.JetBeginTransaction(ses)).toBe(0);
    expect(emu.failCall('JetBeginTransaction', { nth: 2, code: JET_errDiskFull })).toBe(0);
    expect(api.JetBeginTransaction(ses)).toBe(0);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errDiskFull);
    expect(level(emu, ses)).toBe(2);
  });
});

describe('malformed specs arm nothing', () => {
  const bad: Array<[string, FaultSpec]> = [
    ['nth 0', { nth: 0, code: JET_errOutOfMemory }],
    ['nth -1', { nth: -1, code: JET_errOutOfMemory }],
    ['nth 1.5', { nth: 1.5, code: JET_errOutOfMemory }],
    ['nth NaN', { nth: Number.NaN, code: JET_errOutOfMemory }],
    ['times 0', { times: 0, code: JET_errOutOfMemory }],
    ['times -2', { times: -2, code: JET_errOutOfMemory }],
    ['times 2.5', { times: 2.5, code: JET_errOutOfMemory }],
    ['times Infinity', { times: Number.POSITIVE_INFINITY, code: JET_errOutOfMemory }],
    ['code 1.5', { code: 1.5 }],
    ['code NaN', { code: Number.NaN }],
  ];
  it.each(bad)('%s: InvalidParameter from failCall and failStep, and the call still works', (_name, spec) => {
    const { emu, api, ses } = world();
    expect(emu.failCall('JetBeginTransaction', spec)).toBe(JET_errInvalidParameter);
    expect(emu.failStep('Rollback.level', spec)).toBe(JET_errInvalidParameter);
    expect(emu.pendingFaults()).toEqual([]);
    expect(api.JetBeginTransaction(ses)).toBe(0);
    expect(api.JetRollback(ses, 0)).toBe(0);
  });

  it('the smallest valid values (nth 1, times 1) are accepted', () => {
    const { emu, api, ses } = world();
    expect(emu.failCall('JetBeginTransaction', { nth: 1, times: 1, code: JET_errOutOfMemory })).toBe(0);
    expect(api.JetBeginTransaction(ses)).toBe(JET_errOutOfMemory);
    expect(api.JetBeginTransaction(ses)).toBe(0);
  });
});
