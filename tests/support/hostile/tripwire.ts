/** The tripwire for arrays of length 2**32-1, and the one count of element lookups it keeps. */
export const TRIP_LIMIT = 1000;

let tripCount = 0;

/**
 * Runs `fn` with a counting Proxy between Array.prototype and Object.prototype: every lookup of a missing array
 * element goes through it, so walking an array of length 2**32-1 index by index trips it after TRIP_LIMIT
 * lookups (and is stopped by the RangeError) instead of running for minutes. Reading own keys does not trip it.
 */
export function guarded<T>(fn: () => T): T {
  const objectProto = Object.getPrototypeOf(Array.prototype) as object;
  const touch = (k: string | symbol): void => {
    if (typeof k === 'string' && /^\d+$/.test(k) && ++tripCount > TRIP_LIMIT) {
      throw new RangeError(`tripwire: element ${k} of a sparse array was looked up`);
    }
  };
  Object.setPrototypeOf(Array.prototype, new Proxy(objectProto, {
    get(t, k, r) { touch(k); return Reflect.get(t, k, r); },
    has(t, k) { touch(k); return Reflect.has(t, k); },
  }));
  try {
    return fn();
  } finally {
    Object.setPrototypeOf(Array.prototype, objectProto);
  }
}

/** Starts a new count of element lookups. */
export function resetTrips(): void {
  tripCount = 0;
}

/** Element lookups counted since the last `resetTrips`. */
export function trips(): number {
  return tripCount;
}
