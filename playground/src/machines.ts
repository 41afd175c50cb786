import type { InstanceDump, SessionDump, StateDump } from '../../src/index';

/** A state machine of docs/state-machines.md, laid out for drawing. */
export interface Machine {
  title: string;
  nodes: ReadonlyArray<{ id: string; label: string; x: number; y: number }>;
  /** `from>to`; `*` is the start. */
  edges: ReadonlyArray<{ from: string; to: string; label: string }>;
}

export const INSTANCE_MACHINE: Machine = {
  title: 'Instance',
  nodes: [
    { id: 'created', label: 'created', x: 90, y: 50 },
    { id: 'initialized', label: 'initialized', x: 290, y: 50 },
    { id: 'terminating', label: 'terminating', x: 490, y: 50 },
    { id: 'initializing', label: 'initializing', x: 90, y: 150 },
    { id: 'stopRequested', label: 'stop requested', x: 290, y: 150 },
    { id: 'restoring', label: 'restoring', x: 490, y: 150 },
    { id: 'freed', label: 'freed', x: 90, y: 250 },
    { id: 'unavailable', label: 'unavailable', x: 290, y: 250 },
  ],
  edges: [
    { from: 'created', to: 'initialized', label: 'JetInit*' },
    { from: 'created', to: 'freed', label: 'JetTerm, failed JetInit' },
    { from: 'initialized', to: 'stopRequested', label: 'JetStopService*' },
    { from: 'initialized', to: 'unavailable', label: 'fatal error' },
    { from: 'stopRequested', to: 'unavailable', label: 'fatal error' },
    { from: 'initialized', to: 'freed', label: 'JetTerm' },
    { from: 'stopRequested', to: 'freed', label: 'JetTerm' },
    { from: 'unavailable', to: 'freed', label: 'JetTerm' },
    { from: 'initialized', to: 'terminating', label: 'emu.setInstanceState' },
    { from: 'terminating', to: 'initialized', label: 'emu.setInstanceState' },
    { from: 'initialized', to: 'restoring', label: 'emu.setInstanceState' },
    { from: 'restoring', to: 'initialized', label: 'emu.setInstanceState, JetInit' },
    { from: 'created', to: 'initializing', label: 'emu.setInstanceState' },
    { from: 'initializing', to: 'initialized', label: 'emu.setInstanceState, JetInit' },
  ],
};

export const SESSION_MACHINE: Machine = {
  title: 'Session',
  nodes: [
    { id: 'level0', label: 'level 0', x: 90, y: 50 },
    { id: 'levelN', label: 'level 1..7', x: 290, y: 50 },
    { id: 'rollbackFailed', label: 'rollback failed', x: 490, y: 50 },
    { id: 'ending', label: 'ending', x: 190, y: 150 },
    { id: 'ended', label: 'ended', x: 290, y: 250 },
  ],
  edges: [
    { from: 'level0', to: 'levelN', label: 'JetBeginTransaction' },
    { from: 'levelN', to: 'levelN', label: 'JetBeginTransaction / commit or rollback to a level >= 1' },
    { from: 'levelN', to: 'level0', label: 'commit or rollback from level 1' },
    { from: 'levelN', to: 'rollbackFailed', label: 'a level\'s undo fails' },
    { from: 'rollbackFailed', to: 'rollbackFailed', label: 'JetRollback, JetCommitTransaction' },
    { from: 'level0', to: 'ending', label: 'JetEndSession' },
    { from: 'levelN', to: 'ending', label: 'JetEndSession' },
    { from: 'ending', to: 'ended', label: 'every step done' },
    { from: 'ending', to: 'level0', label: 'a step fails after the rollback' },
    { from: 'ending', to: 'levelN', label: 'the rollback fails' },
    { from: 'level0', to: 'ended', label: 'JetTerm of the instance' },
    { from: 'levelN', to: 'ended', label: 'JetTerm2(JET_bitTermDirty)' },
    { from: 'rollbackFailed', to: 'ended', label: 'JetTerm2(JET_bitTermDirty)' },
  ],
};

/** Where a machine is: its state, its transaction level (0 for an instance), and a detail shown beside it. */
export interface MachineState {
  state: string;
  level: number;
  detail: string;
}

export function instanceState(inst: InstanceDump | undefined): MachineState {
  if (inst === undefined) return { state: 'freed', level: 0, detail: '' };
  if (inst.unavailable !== 0) return { state: 'unavailable', level: 0, detail: '' };
  if (inst.stopRequested) return { state: 'stopRequested', level: 0, detail: '' };
  return { state: inst.state, level: 0, detail: '' };
}

export function sessionState(ses: SessionDump | undefined): MachineState {
  if (ses === undefined) return { state: 'ended', level: 0, detail: '' };
  const detail = `level ${ses.level}${ses.context !== 0 ? `, context ${ses.context}` : ''}`;
  if (ses.rollbackFailure !== 0) return { state: 'rollbackFailed', level: ses.level, detail };
  return { state: ses.level === 0 ? 'level0' : 'levelN', level: ses.level, detail };
}

/** The state of every instance (`i<handle>`) and session (`s<handle>`) alive in a dump. */
export function machineStates(d: StateDump): Map<string, MachineState> {
  const m = new Map<string, MachineState>();
  for (const inst of d.instances) {
    m.set(`i${inst.handle}`, instanceState(inst));
    for (const s of inst.sessions) m.set(`s${s.handle}`, sessionState(s));
  }
  return m;
}

/**
 * The edges a move from one state to another went along (through `ending` when there is no direct edge); a change
 * of level within level 1..7 is the self-loop.
 */
export function transitionEdges(machine: Machine, from: MachineState, to: MachineState, call = ''): string[] {
  if (from.state === to.state && from.level === to.level) return [];
  const has = (a: string, b: string): boolean => machine.edges.some((e) => e.from === a && e.to === b);
  // JetEndSession goes through `ending` (its own steps), even where a direct edge (JetTerm's) joins the two states.
  if (call === 'JetEndSession' && has(from.state, 'ending') && has('ending', to.state)) return [`${from.state}>ending`, `ending>${to.state}`];
  if (has(from.state, to.state)) return [`${from.state}>${to.state}`];
  for (const mid of machine.nodes) {
    if (has(from.state, mid.id) && has(mid.id, to.state)) return [`${from.state}>${mid.id}`, `${mid.id}>${to.state}`];
  }
  return [];
}
