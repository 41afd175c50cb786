import { types } from 'node:util';

/**
 * Values that come from the caller, looked at without ever running the
 * caller's code. A C caller hands the engine plain memory; a JavaScript caller
 * can hand it a Proxy, a getter, a setter or a revoked object, whose code
 * would run (or throw) in the middle of an engine operation. Every argument is
 * inspected before a call starts, through property descriptors only; one that
 * holds such a thing anywhere is replaced by UNREADABLE, which every argument
 * check answers with JET_errInvalidParameter after the handles are checked.
 * Outputs are checked the same way: a box or field that cannot be written as a
 * plain data property is refused before anything is done.
 */

/** Stands for an argument whose contents cannot be read without running caller code. */
export const UNREADABLE: object = Object.freeze(Object.create(null) as object);

const typedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype) as object, Symbol.toStringTag)
  ?.get as (this: unknown) => string | undefined;

/** A real Uint8Array (or Buffer), told apart without calling anything the caller can override. */
export function isBytes(value: unknown): value is Uint8Array {
  return typeof value === 'object' && value !== null && !types.isProxy(value) && typedArrayTag.call(value) === 'Uint8Array';
}

/** How many objects one argument may hold before it counts as unreadable (a C struct graph is small). */
const MAX_NODES = 1 << 20;

/**
 * Is `value` plain data all the way down: no Proxy, no accessor property, no
 * exotic prototype? Cycles are fine (visited once). Cost is proportional to
 * what the value really holds: a sparse array's holes cost nothing.
 */
export function isPlainData(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  // The common case, checked without allocating: a box or struct of primitives, or a byte array.
  if (types.isProxy(value)) return false;
  if (isBytes(value)) return true;
  if (!plainPrototype(value)) return false;
  let nested = false;
  for (const key of Reflect.ownKeys(value)) {
    const d = Reflect.getOwnPropertyDescriptor(value, key) as PropertyDescriptor;
    if (!('value' in d)) return false;
    if (typeof d.value === 'object' && d.value !== null) nested = true;
  }
  return !nested || isPlainGraph(value);
}

/** Does reading or writing the object's properties stay clear of caller code all along its prototype chain? */
function plainPrototype(node: object): boolean {
  for (let p = Object.getPrototypeOf(node) as object | null; p !== null; p = Object.getPrototypeOf(p) as object | null) {
    if (p === Object.prototype || p === Array.prototype) return true;
    if (types.isProxy(p) || hasAccessors(p)) return false;
  }
  return true;
}

function isPlainGraph(value: object): boolean {
  const seen = new Set<object>();
  const stack: object[] = [value];
  while (stack.length > 0) {
    const node = stack.pop() as object;
    if (seen.has(node)) continue;
    if (types.isProxy(node)) return false;
    seen.add(node);
    if (seen.size > MAX_NODES) return false;
    if (isBytes(node)) continue;
    if (!plainPrototype(node)) return false;
    for (const key of Reflect.ownKeys(node)) {
      const d = Reflect.getOwnPropertyDescriptor(node, key) as PropertyDescriptor;
      if (!('value' in d)) return false;
      const v: unknown = d.value;
      if (typeof v === 'object' && v !== null) stack.push(v);
    }
  }
  return true;
}

/** Does an object (a caller's prototype) define getters or setters of its own? */
function hasAccessors(obj: object): boolean {
  for (const key of Reflect.ownKeys(obj)) {
    const d = Reflect.getOwnPropertyDescriptor(obj, key) as PropertyDescriptor;
    if (!('value' in d)) return true;
  }
  return false;
}

/**
 * Can `obj[key] = v` be done as a plain data write: an own writable data
 * property, or an absent one on an extensible object whose prototype chain
 * does not intercept or forbid it?
 */
export function canWrite(obj: object, key: PropertyKey): boolean {
  const own = Reflect.getOwnPropertyDescriptor(obj, key);
  if (own !== undefined) return 'value' in own && own.writable === true;
  if (!Object.isExtensible(obj)) return false;
  for (let p = Object.getPrototypeOf(obj) as object | null; p !== null; p = Object.getPrototypeOf(p) as object | null) {
    const d = Reflect.getOwnPropertyDescriptor(p, key);
    if (d !== undefined) return 'value' in d && d.writable === true;
  }
  return true;
}

/** Replace every argument that is not plain data by UNREADABLE, in place. */
export function screenArguments(args: unknown[]): void {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (typeof a === 'object' && a !== null && !isPlainData(a)) args[i] = UNREADABLE;
  }
}
