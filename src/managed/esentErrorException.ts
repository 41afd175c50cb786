import { errorInfo } from '../constants/errorInfo';
import { EsentException } from './esentException';

/**
 * An engine call failed: `error` is the JET_err code (negative). Every code esent.h defines has a subclass
 * named after it (EsentWriteConflictException, ...) under its category (EsentStateException, ...); a code
 * without one is thrown as a plain EsentErrorException.
 */
export class EsentErrorException extends EsentException {
  /** The JET_err code. */
  readonly error: number;

  constructor(message: string | undefined, error: number) {
    const info = errorInfo(error);
    super(message ?? `${info.name} (${error}): ${info.description}`);
    this.error = error;
  }
}
