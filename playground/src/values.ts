/**
 * Copies of call arguments (boxes, arrays, byte arrays, plain objects), and their JSON form for shared links:
 * a `Uint8Array` becomes `{ $u8: hex }`, `undefined` `{ $u: 1 }`, a number JSON cannot hold `{ $n: "NaN" }`.
 * Functions and other objects are kept as `null`.
 */
export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

const MAX_DEPTH = 6;

/** A deep copy of a value as it can be kept and replayed later. */
export function copyValue(v: unknown, depth = 0): unknown {
  if (typeof v !== 'object' || v === null) return typeof v === 'function' ? null : v;
  if (depth > MAX_DEPTH) return null;
  if (v instanceof Uint8Array) return v.slice();
  if (Array.isArray(v)) return v.map((x) => copyValue(x, depth + 1));
  const o: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) o[k] = copyValue(x, depth + 1);
  return o;
}

const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

function unhex(s: string): Uint8Array {
  const b = new Uint8Array(s.length >> 1);
  for (let i = 0; i < b.length; i++) b[i] = parseInt(s.slice(2 * i, 2 * i + 2), 16);
  return b;
}

export function toPlain(v: unknown): Plain {
  if (v === undefined) return { $u: 1 };
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0) ? v : { $n: String(v) };
  if (typeof v === 'boolean' || typeof v === 'string' || v === null) return v;
  if (typeof v === 'bigint') return { $n: String(v) };
  if (v instanceof Uint8Array) return { $u8: hex(v) };
  if (Array.isArray(v)) return v.map(toPlain);
  if (typeof v === 'object') {
    const o: Record<string, Plain> = {};
    for (const [k, x] of Object.entries(v)) o[k] = toPlain(x);
    return o;
  }
  return null;
}

export function fromPlain(p: Plain): unknown {
  if (Array.isArray(p)) return p.map(fromPlain);
  if (typeof p !== 'object' || p === null) return p;
  if (typeof p.$u8 === 'string') return unhex(p.$u8);
  if (p.$u === 1) return undefined;
  if (typeof p.$n === 'string') return Number(p.$n);
  const o: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(p)) o[k] = fromPlain(x);
  return o;
}

/** A value as short text for the page (JSON where it can be, never throwing: BigInts, cycles and all). */
export function show(v: unknown): string {
  try {
    const text = JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x instanceof Uint8Array ? `<${x.length} bytes>` : x));
    return text === undefined ? String(v) : text;
  } catch {
    return String(v);
  }
}
