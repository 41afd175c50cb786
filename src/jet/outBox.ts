/**
 * The boxes `out()` makes. A box stands for a C pointer to an output: the call reads and writes its `value`.
 *
 * Every argument object is screened before a call so that no caller code (a getter, a setter, a Proxy trap) can
 * run inside it (callerValues.ts). For a plain `{ value }` object that screening costs about 100 ns: a Proxy test,
 * the prototype chain, each own property's descriptor, then a writability test. A box made by `out()` is
 * recognized in about 20 ns instead, because it cannot hold caller code:
 *
 * - it is sealed when made, so `value` can never become an accessor, no property can be added, and its
 *   prototype can never change;
 * - its prototype is frozen and holds no accessor;
 * - the private brand proves the object was made here (a Proxy has no private fields);
 * - the last thing a caller can still do, make `value` read-only, is tested by writing the value back.
 *
 * A box whose value is an object is screened the long way, like any other argument.
 */
/** A box standing for a C pointer to an output (or in/out) value. */
export interface Out<T> {
  value: T;
}

class OutBox<T> implements Out<T> {
  #made = true;
  value: T;

  constructor(value: T) {
    this.value = value;
    Object.seal(this);
  }

  /** Is `x` a box `out()` made, still writable, whose value is not an object? */
  static isClear(x: object): boolean {
    if (!(#made in x) || Object.getPrototypeOf(x) !== OutBox.prototype) return false;
    const box = x as OutBox<unknown>;
    const v = box.value;
    // Writing the value back is the cheapest writability test (Object.isFrozen costs four times as much): on a sealed
    // box's own data property it runs no caller code, and a read-only value throws (modules are strict code).
    try {
      box.value = v;
    } catch {
      return false;
    }
    return typeof v !== 'object' || v === null;
  }
}
Object.freeze(OutBox.prototype);

/** Make an output box, e.g. `const ses = out<JET_SESID>(); JetBeginSession(inst.value, ses, '', '')`. Boxes are sealed. */
export function out<T>(value?: T): Out<T> {
  return new OutBox(value as T);
}

/** A box `out()` made that the call may read and write without screening (see the note above). */
export function isClearBox(x: object): boolean {
  return OutBox.isClear(x);
}
