/**
 * How the engine reports an error: it throws an EngineFailure carrying the
 * JET_err code, and the API layer turns it into the function's return value.
 * It is deliberately not an Error subclass: failures are an ordinary outcome
 * and capturing a stack trace for each would cost time on hot paths.
 */
export class EngineFailure {
  constructor(readonly code: number) {}
}

export function fail(code: number): never {
  throw new EngineFailure(code);
}
