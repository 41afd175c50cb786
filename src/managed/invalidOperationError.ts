/** Thrown for a wrapper call that does not fit its state (ManagedEsent's InvalidOperationException). */
export class InvalidOperationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidOperationError';
  }
}
