import { FAULT_STEPS } from '../../../src/index';
import type { FaultStep, Fidelity, HandleValidation, InstanceState, StateDump } from '../../../src/index';
import { byId, h } from '../dom';
import type { Timeline } from '../timeline';

const STATES: readonly InstanceState[] = ['created', 'initializing', 'initialized', 'terminating', 'restoring'];

/** The emulator's controls: fidelity, fault injection (failCall / failStep), instance state. Each is a step. */
export class Controls {
  private readonly instance = byId<HTMLSelectElement>('ctl-instance');
  private readonly result = byId<HTMLElement>('ctl-result');

  constructor(private readonly t: Timeline, apis: readonly string[]) {
    const fidelity = byId<HTMLSelectElement>('ctl-fidelity');
    fidelity.addEventListener('change', () => this.show(t.control({ op: 'setFidelity', fidelity: fidelity.value as Fidelity })));
    const checks = byId<HTMLSelectElement>('ctl-handles');
    checks.addEventListener('change', () => this.show(t.control({ op: 'setHandleValidation', handleValidation: checks.value as HandleValidation })));
    const api = byId<HTMLSelectElement>('ctl-fail-api');
    for (const a of [...apis].sort()) api.append(h('option', { value: a }, a));
    const step = byId<HTMLSelectElement>('ctl-fail-step');
    for (const s of FAULT_STEPS) step.append(h('option', { value: s }, s));
    const code = byId<HTMLInputElement>('ctl-fail-code');
    const nth = byId<HTMLInputElement>('ctl-fail-nth');
    const spec = (): { code: number; nth: number } => ({ code: Number(code.value), nth: Number(nth.value) });
    byId('ctl-fail-call').addEventListener('click', () => this.show(t.control({ op: 'failCall', api: api.value, spec: spec() })));
    byId('ctl-fail-step-arm').addEventListener('click', () => this.show(t.control({ op: 'failStep', step: step.value as FaultStep, spec: spec() })));
    byId('ctl-clear').addEventListener('click', () => this.show(t.control({ op: 'clearFaults' })));
    const state = byId<HTMLSelectElement>('ctl-state');
    for (const s of STATES) state.append(h('option', { value: s }, s));
    byId('ctl-set-state').addEventListener('click', () => this.show(t.control({ op: 'setInstanceState', instance: Number(this.instance.value), state: state.value as InstanceState })));
    byId('ctl-unavailable').addEventListener('click', () => this.show(t.control({ op: 'setInstanceUnavailable', instance: Number(this.instance.value), code: -1090 })));
    byId('ctl-available').addEventListener('click', () => this.show(t.control({ op: 'setInstanceUnavailable', instance: Number(this.instance.value), code: 0 })));
  }

  private show(code: number): void {
    this.result.textContent = code === 0 ? '✓ done' : `✗ refused: ${code} (JET_errInvalidParameter: check the values)`;
  }

  update(d: StateDump): void {
    const keep = this.instance.value;
    this.instance.replaceChildren(...(d.instances.length === 0 ? [h('option', { value: '0' }, '(no instance)')] : []),
      ...d.instances.map((i) => h('option', { value: String(i.handle) }, `instance ${i.handle} [${i.state}]`)));
    if (d.instances.some((i) => String(i.handle) === keep)) this.instance.value = keep;
    byId<HTMLSelectElement>('ctl-fidelity').value = d.fidelity;
    byId<HTMLSelectElement>('ctl-handles').value = d.handleValidation;
    byId('ctl-pending').textContent = this.t.emu.pendingFaults().join(', ') || 'none';
  }
}
