import {
  out, FAULT_STEPS, JET_errIllegalOperation, JET_errInvalidParameter, JET_errOutOfMemory, JET_MoveFirst, JET_prepInsert,
} from '../../src';
import type { JET_SESID } from '../../src';
import { insert, openSort, world } from '../support/fixture';

describe('fault injection', () => {
  it('BeginSession.allocate fails session creation without leaving a session behind', () => {
    const { emu, api, inst, ses } = world();
    expect(emu.failStep('BeginSession.allocate', { code: JET_errOutOfMemory, times: 2 })).toBe(0);
    expect(api.JetBeginSession(inst, out<JET_SESID>(), '', '')).toBe(JET_errOutOfMemory);
    expect(api.JetDupSession(ses, out<JET_SESID>())).toBe(JET_errOutOfMemory);
    expect(emu.dump().instances[0].sessions).toHaveLength(1);
    expect(api.JetBeginSession(inst, out<JET_SESID>(), '', '')).toBe(0);
  });

  it('Sort.endInsert breaks the sort: only JetCloseTable still works', () => {
    const { emu, api, ses } = world();
    const sort = openSort(api, ses);
    expect(insert(api, ses, sort.tableid, sort.col, 1)).toBe(0);
    expect(emu.failStep('Sort.endInsert', { code: JET_errOutOfMemory })).toBe(0);
    expect(api.JetMove(ses, sort.tableid, JET_MoveFirst, 0)).toBe(JET_errOutOfMemory);
    expect(emu.dump().instances[0].sessions[0].cursors[0].phase).toBe('broken');
    expect(api.JetMove(ses, sort.tableid, JET_MoveFirst, 0)).toBe(JET_errIllegalOperation);
    expect(api.JetPrepareUpdate(ses, sort.tableid, JET_prepInsert)).toBe(JET_errIllegalOperation);
    expect(api.JetCloseTable(ses, sort.tableid)).toBe(0);
  });

  it('refuses unknown points and malformed specs', () => {
    const { emu } = world();
    expect(emu.failStep('No.such.step' as (typeof FAULT_STEPS)[number], { code: -1 })).toBe(JET_errInvalidParameter);
    expect(emu.failCall('JetNothing' as 'JetTerm', { code: -1 })).toBe(JET_errInvalidParameter);
    expect(emu.failCall('JetTerm', { code: -1, nth: 0 })).toBe(JET_errInvalidParameter);
    expect(emu.failCall('JetTerm', { code: 1.5 })).toBe(JET_errInvalidParameter);
    expect(emu.pendingFaults()).toEqual([]);
    expect(emu.failCall('JetTerm', { code: -1 })).toBe(0);
    emu.clearFaults();
    expect(emu.pendingFaults()).toEqual([]);
  });
});
