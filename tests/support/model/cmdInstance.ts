/** Commands on the process and its instances: create, init, term, stop, parameters, controls, faults. */
import {
  FAULT_STEPS, JET_errInitInProgress, JET_errInstanceNameInUse, JET_errInstanceUnavailable,
  JET_errInstanceUnavailableDueToFatalLogDiskFull,
  JET_errInvalidParameter, JET_errOutOfBuffers, JET_errOutOfMemory, JET_errRunningInOneInstanceMode,
  JET_errTooManyInstances, JET_paramTransactionLevel, JET_sesidNil, out,
} from '../../../src';
import type { JET_INSTANCE, JET_SESID, JetApiName } from '../../../src';
import type { Harness } from './harness';
import { createInstance, init, stopInstance, stopInstance2, stopService, term } from './instances';
import { getParam, getTransactionLevel, PARAM_IDS, ParamKey, setParam, Target } from './params';
import { instanceArg, Rng, sessionArg } from './random';
import { CommandSpec, onThreadOf } from './commandSpec';
import { InstanceState, MInstance, NIL, World } from './world';

const NAMES: readonly (string | null)[] = ['i1', 'i2', null];

/** An instance that can do work: initialized, not stopped, available. */
export function usable(i: MInstance): boolean {
  return i.alive && i.state === 'initialized' && !i.stop && i.unavailable === 0;
}

/** Mostly a name no live instance has (collisions are reached anyway). */
function instanceName(w: World, r: Rng): string | null {
  const free = NAMES.filter((n) => !w.liveInstances().some((i) => i.name === n));
  return free.length > 0 && r.chance(0.85) ? r.pick(free) : r.pick(NAMES);
}

/** Quotas low enough to be reached within a run. */
function lowQuotas(r: Rng): [ParamKey, number][] {
  const out: [ParamKey, number][] = [
    ['maxSessions', r.weighted([[1, 2], [2, 4], [3, 3], [0, 1]])],
    ['maxSorts', r.weighted([[1, 3], [2, 4], [3, 2], [0, 1]])],
    ['maxCursors', r.weighted([[1, 1], [2, 3], [3, 3], [4, 2], [6, 1]])],
  ];
  if (r.chance(0.25)) out.push(['versioning', 0]);
  if (r.chance(0.45)) out.push(['oneDb', 1]);
  if (r.chance(0.3)) out.push(['commitDefault', 1]);
  return out;
}

async function setOne(h: Harness, key: ParamKey, value: number, target: Target, box: { value: JET_INSTANCE } | null): Promise<void> {
  const sesid = (target.kind === 'ses' ? target.s.h : JET_sesidNil) as JET_SESID;
  await h.jet('JetSetSystemParameter', () => setParam(h.w, key, value, target),
    () => h.api.JetSetSystemParameter(box, sesid, PARAM_IDS[key], value, null));
}

/** In one-instance mode the new instance's handle comes from the dump when JetInit had no box. */
function adoptHandle(h: Harness): void {
  const fresh = h.w.instances.find((i) => i.alive && i.h === 0);
  if (fresh === undefined) return;
  const known = new Set(h.w.instances.map((i) => i.h));
  const d = h.emu.dump().instances.find((x) => !known.has(x.handle));
  if (d !== undefined) fresh.h = d.handle;
}

async function runInit(h: Harness, boxIn: number | null, variant: number): Promise<number> {
  const box = boxIn === null ? null : out<JET_INSTANCE>(boxIn as JET_INSTANCE);
  const read = (): number => box?.value ?? 0;
  const names: JetApiName[] = ['JetInit', 'JetInit2', 'JetInit3'];
  const rc = await h.jet(names[variant], () => init(h.w, boxIn, read), () => {
    if (variant === 0) return h.api.JetInit(box);
    if (variant === 1) return h.api.JetInit2(box, 0);
    return h.api.JetInit3(box, null, 0);
  });
  if (rc === 0) adoptHandle(h);
  return rc;
}

const newInstance: CommandSpec = {
  kind: 'newInstance',
  weight: (w) => {
    if (w.runMode === 'one') return 1;
    const n = w.liveInstances().filter(usable).length;
    return n === 0 ? 40 : n === 1 ? 6 : 2;
  },
  produces: [JET_errTooManyInstances, JET_errInstanceNameInUse, JET_errRunningInOneInstanceMode],
  async run(h, r) {
    onThreadOf(h, r, undefined);
    if (h.w.runMode === 'none' && r.chance(0.35)) await setOne(h, 'maxInstances', r.pick([1, 2, 3]), { kind: 'none' }, null);
    const name = instanceName(h.w, r);
    const box = out<JET_INSTANCE>();
    const rc = await h.jet('JetCreateInstance', () => createInstance(h.w, name, () => box.value),
      () => h.api.JetCreateInstance(box, name));
    if (rc !== 0) return;
    if (r.chance(0.9)) for (const [k, v] of lowQuotas(r)) await setOne(h, k, v, { kind: 'inst', h: box.value }, box);
    if (r.chance(0.9)) await runInit(h, box.value, r.int(3));
  },
};

const newLegacy: CommandSpec = {
  kind: 'newLegacy',
  weight: (w) => (w.runMode === 'none' ? 10 : 1),
  async run(h, r) {
    onThreadOf(h, r, undefined);
    if (r.chance(0.85)) for (const [k, v] of lowQuotas(r)) await setOne(h, k, v, { kind: 'none' }, null);
    if (r.chance(0.3)) await setOne(h, 'maxInstances', r.pick([0, 1, 2, 3, 16]), { kind: 'none' }, null);
    const boxIn = r.weighted<number | null>([[null, 2], [0, 1], [NIL, 1], [instanceArg(h.w, r), 1]]);
    const target = boxIn === null ? undefined : h.w.instanceByHandle(boxIn);
    if (target !== undefined && target.alive && (target.state === 'initializing' || target.state === 'restoring')) return;
    await runInit(h, boxIn, r.int(3));
  },
};

const createOnly: CommandSpec = {
  kind: 'create',
  weight: () => 3,
  produces: [JET_errTooManyInstances],
  async run(h, r) {
    onThreadOf(h, r, undefined);
    const name = instanceName(h.w, r);
    const box = out<JET_INSTANCE>(12345 as JET_INSTANCE);
    if (r.chance(0.5)) {
      await h.jet('JetCreateInstance', () => createInstance(h.w, name, () => box.value),
        () => h.api.JetCreateInstance(box, name));
    } else {
      await h.jet('JetCreateInstance2', () => createInstance(h.w, name, () => box.value),
        () => h.api.JetCreateInstance2(box, name, 'display', 0));
    }
  },
};

const initOnly: CommandSpec = {
  kind: 'init',
  weight: (w) => (w.liveInstances().some((i) => i.state === 'created') ? 10 : 3),
  produces: [JET_errRunningInOneInstanceMode],
  async run(h, r) {
    onThreadOf(h, r, undefined);
    const created = h.w.liveInstances().filter((i) => i.state === 'created');
    const avoid = (i: MInstance): boolean => i.state !== 'initializing' && i.state !== 'restoring';
    let boxIn: number | null;
    if (created.length > 0 && r.chance(0.6)) boxIn = r.pick(created).h;
    else boxIn = r.weighted<number | null>([[null, 1], [0, 1], [NIL, 1], [instanceArg(h.w, r, avoid), 3]]);
    const target = boxIn === null ? undefined : h.w.instanceByHandle(boxIn);
    if (target !== undefined && target.alive && !avoid(target)) return;
    await runInit(h, boxIn, r.int(3));
  },
};

const termCmd: CommandSpec = {
  kind: 'term',
  weight: (w) => 2 + 3 * w.liveInstances().filter((i) => !usable(i)).length,
  async run(h, r) {
    onThreadOf(h, r, undefined);
    const inst = instanceArg(h.w, r) as JET_INSTANCE;
    if (r.chance(0.3)) {
      await h.jet('JetTerm', () => term(h.w, inst, 0x2), () => h.api.JetTerm(inst));
      return;
    }
    const grbit = r.weighted([[0, 3], [0x1, 1], [0x2, 1], [0x4, 1], [0x8, 4], [0xa, 1], [0x40, 1]]);
    await h.jet('JetTerm2', () => term(h.w, inst, grbit), () => h.api.JetTerm2(inst, grbit));
  },
};

const stopCmd: CommandSpec = {
  kind: 'stop',
  weight: () => 2,
  async run(h, r) {
    onThreadOf(h, r, undefined);
    const which = r.weighted([[0, 1], [1, 2], [2, 4]]);
    if (which === 0) {
      await h.jet('JetStopService', () => stopService(h.w), () => h.api.JetStopService());
      return;
    }
    const inst = instanceArg(h.w, r) as JET_INSTANCE;
    if (which === 1) {
      await h.jet('JetStopServiceInstance', () => stopInstance(h.w, inst), () => h.api.JetStopServiceInstance(inst));
      return;
    }
    const grbit = r.pick([0, 0x2, 0x4, 0x8, 0x80000000, 0x80000002, 0x80000004, 0x80000008, 0x1, 0xa, 0x10]);
    await h.jet('JetStopServiceInstance2', () => stopInstance2(h.w, inst, grbit),
      () => h.api.JetStopServiceInstance2(inst, grbit));
  },
};

const KEYS: readonly ParamKey[] = ['maxSessions', 'maxCursors', 'maxSorts', 'versioning', 'oneDb', 'commitDefault', 'maxInstances'];
const VALUES: Record<ParamKey, readonly number[]> = {
  maxSessions: [0, 1, 2, 3, 16, 30001], maxCursors: [0, 1, 2, 3, 6], maxSorts: [0, 1, 2, 3], versioning: [0, 1],
  oneDb: [0, 1], commitDefault: [0, 1, 4], maxInstances: [0, 1, 2, 3, 16],
};

function targetFor(w: World, r: Rng): Target {
  const initializing = w.liveInstances().filter((i) => i.state === 'initializing');
  if (initializing.length > 0 && r.chance(0.3)) return { kind: 'inst', h: r.pick(initializing).h };
  const x = r.next();
  if (x < 0.2) return { kind: 'none' };
  if (x < 0.85 || w.liveSessions().length === 0) {
    const odd = r.chance(0.4);
    return { kind: 'inst', h: instanceArg(w, r, (i) => (odd ? i.state !== 'initialized' : i.state === 'created')) };
  }
  const s = sessionArg(w, r);
  return s === undefined || (!s.alive && w.runMode === 'one') ? { kind: 'none' } : { kind: 'ses', s };
}

const paramCmd: CommandSpec = {
  kind: 'param',
  weight: (w) => (w.liveInstances().some((i) => i.state === 'created' || i.state === 'initializing') ? 8 : 4),
  produces: [JET_errInitInProgress],
  async run(h, r) {
    onThreadOf(h, r, undefined);
    const key = r.pick(KEYS);
    const target = targetFor(h.w, r);
    const box = target.kind === 'inst' ? out<JET_INSTANCE>(target.h as JET_INSTANCE) : null;
    if (r.chance(0.7)) {
      if (key === 'commitDefault' && target.kind === 'ses') return;
      await setOne(h, key, r.pick(VALUES[key]), target, box);
      return;
    }
    if (target.kind === 'ses' || r.chance(0.4)) {
      const s = target.kind === 'ses' ? target.s : null;
      const v = out<number>();
      const sesid = (s?.h ?? JET_sesidNil) as JET_SESID;
      await h.jet('JetGetSystemParameter', () => getTransactionLevel(h.w, s, () => v.value),
        () => h.api.JetGetSystemParameter(0 as JET_INSTANCE, sesid, JET_paramTransactionLevel, v, null, 0));
      return;
    }
    const inst = (target.kind === 'inst' ? target.h : 0) as JET_INSTANCE;
    const v = out<number>();
    const readKey = key === 'commitDefault' ? 'maxSessions' : key;
    await h.jet('JetGetSystemParameter', () => getParam(h.w, readKey, target, () => v.value),
      () => h.api.JetGetSystemParameter(inst, JET_sesidNil, PARAM_IDS[readKey], v, null, 0));
  },
};

const NEXT_STATE: Record<InstanceState, readonly InstanceState[]> = {
  created: ['initializing'], initializing: ['created'], initialized: ['terminating', 'restoring'],
  terminating: ['initialized'], restoring: ['initialized'],
};

const controlCmd: CommandSpec = {
  kind: 'control',
  weight: () => 4,
  async run(h, r) {
    const w = h.w;
    const live = w.liveInstances();
    const x = r.next();
    if (x < 0.15) {
      const f = r.pick(['engine', 'documented'] as const);
      h.emu.setFidelity(f);
      w.fidelity = f;
      h.trace.push(`setFidelity(${f})`);
      return;
    }
    const dead = w.instances.filter((i) => !i.alive);
    if (live.length === 0 || (dead.length > 0 && r.chance(0.05))) {
      const hd = (dead.length > 0 ? r.pick(dead).h : 4242) as JET_INSTANCE;
      h.control(`setInstanceState(${hd})`, h.emu.setInstanceState(hd, 'initialized'), JET_errInvalidParameter);
      return;
    }
    const created = live.filter((i) => i.state === 'created');
    const inst = created.length > 0 && r.chance(0.6) ? r.pick(created) : r.pick(live);
    if (x < 0.6) {
      const next = r.pick(NEXT_STATE[inst.state]);
      h.control(`setInstanceState(${inst.h}, ${next})`, h.emu.setInstanceState(inst.h as JET_INSTANCE, next));
      inst.state = next;
      return;
    }
    // Clearing is likelier on an instance a failed undo took down, so its sessions can be used again.
    const down = live.filter((i) => i.unavailable !== 0);
    const target = down.length > 0 && r.chance(0.5) ? r.pick(down) : inst;
    const code = target.unavailable !== 0 && r.chance(0.7) ? 0
      : r.pick([JET_errInstanceUnavailable, JET_errInstanceUnavailableDueToFatalLogDiskFull]);
    h.control(`setInstanceUnavailable(${target.h}, ${code})`, h.emu.setInstanceUnavailable(target.h as JET_INSTANCE, code));
    target.unavailable = code;
  },
};

const CALL_FAULTS: readonly JetApiName[] = [
  'JetBeginSession', 'JetBeginTransaction', 'JetCommitTransaction', 'JetRollback', 'JetEndSession', 'JetOpenTempTable',
  'JetMove', 'JetCloseTable', 'JetSetSessionContext', 'JetUpdate', 'JetInit', 'JetCreateDatabase', 'JetDupCursor',
  'JetRetrieveColumn', 'JetGetSessionInfo', 'JetTerm2', 'JetSeek', 'JetPrepareUpdate',
];

const faultCmd: CommandSpec = {
  kind: 'fault',
  weight: () => 4,
  produces: [JET_errOutOfMemory, JET_errOutOfBuffers],
  async run(h, r) {
    const code = r.pick([JET_errOutOfMemory, JET_errOutOfBuffers]);
    const nth = r.weighted([[1, 3], [2, 2], [3, 1]]);
    if (r.chance(0.4)) {
      const api = r.pick(CALL_FAULTS);
      h.control(`failCall(${api}, ${nth}, ${code})`, h.emu.failCall(api, { code, nth }));
      h.w.faults.arm(`call:${api}`, nth, code);
      return;
    }
    const step = r.pick(FAULT_STEPS);
    h.control(`failStep(${step}, ${nth}, ${code})`, h.emu.failStep(step, { code, nth }));
    h.w.faults.arm(step, nth, code);
  },
};

export const INSTANCE_COMMANDS: readonly CommandSpec[] = [
  newInstance, newLegacy, createOnly, initOnly, termCmd, stopCmd, paramCmd, controlCmd, faultCmd,
];
