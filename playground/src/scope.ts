import { columnValueBytes, errorInfo, errorName, formatState, newThreadId, onThread, out } from '../../src/index';
import type { FaultSpec, FaultStep, Fidelity, HandleValidation, InstanceState, StateDump } from '../../src/index';
import { CONSTANTS } from './grbits';
import type { Timeline } from './timeline';
import { show } from './values';

/** A little-endian 32-bit integer as bytes (a JET_coltypLong value). */
export function int32(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setInt32(0, n, true);
  return b;
}

/** Text as UTF-8 bytes, or bytes (up to `length`) back as text. */
export function text(v: string | Uint8Array, length?: number): Uint8Array | string {
  if (typeof v === 'string') return new TextEncoder().encode(v);
  return new TextDecoder().decode(v.subarray(0, length ?? v.length));
}

/** Bytes from hex digits ("0a0b" is [10, 11]). */
export function hex(digits: string): Uint8Array {
  const clean = digits.replace(/[^0-9a-f]/gi, '');
  return Uint8Array.from({ length: clean.length >> 1 }, (_, i) => parseInt(clean.slice(2 * i, 2 * i + 2), 16));
}

/** A value written as text for a column type (`value(JET_coltypShort, "5")`; text with its code page, 1200 by default). */
export function value(coltyp: number, v: string, cp = 1200): Uint8Array {
  const bytes = columnValueBytes(Number(coltyp), Number(cp), String(v));
  if (bytes === null) throw new RangeError(`${JSON.stringify(String(v))} is not a value of column type ${String(coltyp)}`);
  return bytes;
}

/** What a script finds in scope: the Jet functions, the constants, out, threads, helpers, and `emu`. */
export function scriptNames(t: Timeline, print: (line: string) => void): Record<string, unknown> {
  const emu = {
    setFidelity: (fidelity: Fidelity): number => t.control({ op: 'setFidelity', fidelity }),
    setHandleValidation: (handleValidation: HandleValidation): number => t.control({ op: 'setHandleValidation', handleValidation }),
    failCall: (api: string, spec: FaultSpec): number => t.control({ op: 'failCall', api: String(api), spec }),
    failStep: (step: FaultStep, spec: FaultSpec): number => t.control({ op: 'failStep', step: String(step) as FaultStep, spec }),
    clearFaults: (): number => t.control({ op: 'clearFaults' }),
    // Numbers and strings as the controls take them, so that a wrong argument is the emulator's InvalidParameter.
    setInstanceState: (instance: number, state: InstanceState): number => t.control({ op: 'setInstanceState', instance: Number(instance), state: String(state) as InstanceState }),
    setInstanceUnavailable: (instance: number, code = -1090): number => t.control({ op: 'setInstanceUnavailable', instance: Number(instance), code: Number(code) }),
    dump: (): StateDump => t.dump,
    dumpText: (): string => formatState(t.dump),
  };
  return {
    ...CONSTANTS, ...t.api, out, onThread, newThreadId, errorInfo, errorName, emu, int32, text, hex, value,
    print: (...values: unknown[]): void => print(values.map((v) => (typeof v === 'string' ? v : show(v))).join(' ')),
  };
}
