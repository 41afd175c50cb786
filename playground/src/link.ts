import type { ControlOp, Step } from './steps';
import type { ReplayStep } from './timeline';
import { fromPlain, Plain, toPlain } from './values';

/**
 * The shareable link: `#v1.<base64url of JSON>`, the JSON being `{ s: script, p: step, h: history }`, where each
 * history entry is a call `{ a: api, b: arguments before, f: arguments after, t: thread }` or a control `{ x: op }`.
 * Loading it redoes the history on a fresh emulator and goes to the step. A link is data: the script only fills the
 * script box (it is not run), and the history replays Jet calls by name and the page's own controls.
 */
export interface SharedState {
  script: string;
  position: number;
  steps: ReplayStep[];
}

const PREFIX = '#v1.';

/** A control from a link, checked: a link is data, and only the page's own controls with values of their kinds pass. */
function control(p: Plain): ControlOp {
  const c = fromPlain(p) as Record<string, unknown>;
  const num = (k: string): boolean => typeof c[k] === 'number';
  const spec = (): boolean => typeof c.spec === 'object' && c.spec !== null;
  const ok = (c.op === 'setFidelity' && (c.fidelity === 'engine' || c.fidelity === 'documented'))
    || (c.op === 'setHandleValidation' && (c.handleValidation === 'esent' || c.handleValidation === 'ese'))
    || (c.op === 'failCall' && typeof c.api === 'string' && spec())
    || (c.op === 'failStep' && typeof c.step === 'string' && spec())
    || c.op === 'clearFaults'
    || (c.op === 'setInstanceState' && num('instance') && typeof c.state === 'string')
    || (c.op === 'setInstanceUnavailable' && num('instance') && num('code'));
  if (!ok) throw new Error(`not a control: ${JSON.stringify(p)}`);
  return c as unknown as ControlOp;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): string {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

export function encodeLink(script: string, position: number, steps: readonly Step[]): string {
  const h: Plain[] = steps.map((s): Plain => (s.kind === 'call'
    ? { a: s.api, b: toPlain(s.before), f: toPlain(s.after), t: s.thread }
    : { x: toPlain(s.control) }));
  return PREFIX + toBase64Url(JSON.stringify({ s: script, p: position, h }));
}

/** The state a link holds, or an error message when it is not one of ours. */
export function decodeLink(hash: string): SharedState | string | null {
  if (!hash.startsWith(PREFIX)) return null;
  try {
    const o = JSON.parse(fromBase64Url(hash.slice(PREFIX.length))) as { s?: unknown; p?: unknown; h?: unknown };
    if (typeof o.s !== 'string' || typeof o.p !== 'number' || !Array.isArray(o.h)) return 'the link is damaged: fields missing';
    const steps: ReplayStep[] = (o.h as Array<Record<string, Plain>>).map((e) => {
      if (e.x !== undefined) return { kind: 'control', control: control(e.x) };
      if (typeof e.a !== 'string' || !Array.isArray(e.b) || !Array.isArray(e.f)) throw new Error('a step is damaged');
      return {
        kind: 'call', api: e.a, before: fromPlain(e.b) as unknown[], after: fromPlain(e.f) as unknown[],
        thread: typeof e.t === 'number' ? e.t : 1,
      };
    });
    return { script: o.s, position: o.p, steps };
  } catch (e) {
    return `the link is damaged: ${e instanceof Error ? e.message : String(e)}`;
  }
}
