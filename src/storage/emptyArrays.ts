/**
 * Empty arrays made with the elements kind they will hold. V8 gives a literal `[]` the kind of small integers and
 * changes it at the first store of a string, an object or a fraction; code compiled for the arrays already in use
 * (strings, objects, unboxed doubles) then meets an array of another kind and is thrown away. Measured: the first
 * table a process created after filling another deoptimized the trees' search and insert functions and the logs'
 * push, which V8 compiled again only some thousands of inserts later. A one-element literal of the right kind,
 * emptied, has that kind from the start.
 */

/** An empty array for strings. */
export function emptyStrings(): string[] {
  const a = [''];
  a.pop();
  return a;
}

/** An empty array of unboxed doubles (a tree's prefix numbers are mostly above the small-integer range). */
export function emptyNumbers(): number[] {
  const a = [0.5];
  a.pop();
  return a;
}

/** An empty array for any values (objects, strings, or both). */
export function emptyValues<T>(): T[] {
  const a: Array<T | null> = [null];
  a.pop();
  return a as T[];
}
