/** Thrown when a disposed wrapper is used (ManagedEsent's ObjectDisposedException). */
export class ObjectDisposedError extends Error {
  constructor(what: string) {
    super(`${what} has been disposed`);
    this.name = 'ObjectDisposedError';
  }
}
