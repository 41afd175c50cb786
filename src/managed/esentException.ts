/**
 * The root of every exception the managed layer throws for the engine (ManagedEsent's EsentException).
 * Engine errors are EsentErrorException and its generated subclasses; EsentInvalidColumnException
 * (a typed retrieve found a value of the wrong size) is the one non-error branch.
 */
export abstract class EsentException extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}
