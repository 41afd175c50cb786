import { EsentException } from './esentException';

/** A typed column retrieve (RetrieveColumnAsInt32, ...) found a value whose size does not fit the type. */
export class EsentInvalidColumnException extends EsentException {
  constructor() {
    super('Column is not valid for this operation');
  }
}
