import { EsentErrorException } from './esentErrorException';
import { exceptionClasses } from './generated/exceptions';
import type { JET_wrn } from './generated/enums';

/** The exception for an error code: its generated class, or a plain EsentErrorException for a code without one. */
export function errToException(err: number): EsentErrorException {
  const ctor = exceptionClasses.get(err);
  return ctor === undefined ? new EsentErrorException(undefined, err) : new ctor();
}

/**
 * Called with each error before it is thrown (ManagedEsent's Api.HandleError); a handler may throw an
 * exception of its own instead. Set with setErrorHandler, cleared with setErrorHandler(null).
 */
export type ErrorHandler = (err: number) => void;

let handler: ErrorHandler | null = null;

/** Install (or, with null, remove) the process-wide error handler. Returns the previous one. */
export function setErrorHandler(next: ErrorHandler | null): ErrorHandler | null {
  const previous = handler;
  handler = next;
  return previous;
}

/** ManagedEsent's Api.Check: a negative code throws its exception; anything else comes back as a warning. */
export function check(err: number): JET_wrn {
  if (err < 0) {
    if (handler !== null) handler(err);
    throw errToException(err);
  }
  return err;
}
