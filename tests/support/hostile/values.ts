/** Hostile values: revoked Proxies, cyclic and detached objects, boxes and arrays whose reads or writes throw. */

export function revoked(): object {
  const r = Proxy.revocable({}, {});
  r.revoke();
  return r.proxy;
}

export function revokedArray(): unknown[] {
  const r = Proxy.revocable<unknown[]>([], {});
  r.revoke();
  return r.proxy;
}

export function cyclicArray(): unknown[] {
  const a: unknown[] = [];
  a.push(a);
  return a;
}

export function cyclicObject(): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  o.self = o;
  return o;
}

export function detached(n = 8): Uint8Array {
  const b = new Uint8Array(n);
  structuredClone(b.buffer, { transfer: [b.buffer] });
  return b;
}

export function record(v: unknown): Record<string, unknown> {
  return v as Record<string, unknown>;
}

/** What a valid box (or null) holds. */
export function boxValue(base: unknown): unknown {
  return base === null ? undefined : record(base).value;
}

/** A copy of `base` whose field `key` throws when read. */
export function throwingField(base: unknown, key: string): Record<string, unknown> {
  return Object.defineProperty({ ...record(base) }, key, {
    get(): never { throw new Error(`reading ${key}`); },
    enumerable: true,
    configurable: true,
  });
}

export function getterOnlyBox(value: unknown): object {
  return { get value(): unknown { return value; } };
}

export function throwingSetterBox(value: unknown): object {
  return {
    get value(): unknown { return value; },
    set value(_v: unknown) { throw new Error('writing value'); },
  };
}

export function throwingIndexArray(length: number): unknown[] {
  const a = new Array<unknown>(length);
  Object.defineProperty(a, 0, { get(): never { throw new Error('reading [0]'); }, enumerable: true });
  return a;
}

export function throwingSetterArray(): unknown[] {
  const a: unknown[] = [];
  Object.defineProperty(a, 0, { get: () => 0, set(_v: unknown) { throw new Error('writing [0]'); }, enumerable: true });
  return a;
}
