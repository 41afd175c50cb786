import type { FaultSpec, FaultStep, Fidelity, HandleValidation, InstanceState } from '../../src/index';
import type { MachineState } from './machines';

/** An emulator control the page can use; each use is a step of the history like a call. */
export type ControlOp =
  | { op: 'setFidelity'; fidelity: Fidelity }
  | { op: 'setHandleValidation'; handleValidation: HandleValidation }
  | { op: 'failCall'; api: string; spec: FaultSpec }
  | { op: 'failStep'; step: FaultStep; spec: FaultSpec }
  | { op: 'clearFaults' }
  | { op: 'setInstanceState'; instance: number; state: InstanceState }
  | { op: 'setInstanceUnavailable'; instance: number; code: number };

/** One step of the history: a Jet call (its arguments before and after, in page handles) or a control. */
export type Step =
  | {
    kind: 'call'; api: string; before: readonly unknown[]; after: readonly unknown[]; thread: number; code: number;
    /** The call as the trace shows it, with page handles. */
    label: string;
    /** What the call changed in the state tree. */
    changes: readonly string[];
    /** Where each instance and session is after the call (machines.ts), for the diagrams' last transition. */
    states: ReadonlyMap<string, MachineState>;
  }
  | {
    kind: 'control'; control: ControlOp; code: number; label: string; changes: readonly string[];
    states: ReadonlyMap<string, MachineState>;
  };

export function controlLabel(c: ControlOp): string {
  switch (c.op) {
    case 'setFidelity': return `emu.setFidelity('${c.fidelity}')`;
    case 'setHandleValidation': return `emu.setHandleValidation('${c.handleValidation}')`;
    case 'failCall': return `emu.failCall('${c.api}', ${JSON.stringify(c.spec)})`;
    case 'failStep': return `emu.failStep('${c.step}', ${JSON.stringify(c.spec)})`;
    case 'clearFaults': return 'emu.clearFaults()';
    case 'setInstanceState': return `emu.setInstanceState(${c.instance}, '${c.state}')`;
    case 'setInstanceUnavailable': return `emu.setInstanceUnavailable(${c.instance}, ${c.code})`;
  }
}
