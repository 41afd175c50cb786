import { disposeSymbol } from './disposeSymbol';
import { ObjectDisposedError } from './objectDisposedError';

/**
 * ManagedEsent's EsentResource: a wrapper that holds an engine resource until released. Dispose releases
 * it if still held; using any member afterwards throws ObjectDisposedError; a second dispose does nothing.
 */
export abstract class EsentResource {
  private disposed = false;
  private held = false;

  /** Whether the resource is still held (not yet ended, closed, committed, ...). */
  protected get hasResource(): boolean {
    return this.held;
  }

  protected resourceWasAllocated(): void {
    this.checkObjectIsNotDisposed();
    this.held = true;
  }

  protected resourceWasReleased(): void {
    this.checkObjectIsNotDisposed();
    this.held = false;
  }

  protected checkObjectIsNotDisposed(): void {
    if (this.disposed) throw new ObjectDisposedError(this.constructor.name);
  }

  /** Release the engine resource (end, close, roll back, cancel). */
  protected abstract releaseResource(): void;

  dispose(): void {
    if (this.disposed) return;
    try {
      if (this.held) this.releaseResource();
    } finally {
      this.held = false;
      this.disposed = true;
    }
  }

  [disposeSymbol](): void {
    this.dispose();
  }
}
