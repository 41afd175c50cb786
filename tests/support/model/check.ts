/** A failed model expectation (the runner adds the command and the seed). */
export class ModelMismatch extends Error {}

export function check(cond: boolean, message: string): asserts cond {
  if (!cond) throw new ModelMismatch(message);
}
