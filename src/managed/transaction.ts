import type { JET_SESID } from '../jet/types';
import { Api } from './api';
import type { ManagedApi } from './api';
import { EsentResource } from './esentResource';
import { InvalidOperationError } from './invalidOperationError';

/**
 * ManagedEsent's Transaction: begins a transaction (one nesting level); Commit() or Rollback() ends it,
 * dispose rolls it back unless it was committed. After a commit or rollback Begin() may start another.
 */
export class Transaction extends EsentResource {
  private readonly sesid: JET_SESID;

  constructor(session: JET_SESID | { JetSesid: JET_SESID }, private readonly api: ManagedApi = Api) {
    super();
    this.sesid = typeof session === 'number' ? session : session.JetSesid;
    this.Begin();
  }

  /** Whether this object's transaction is open. */
  get IsInTransaction(): boolean {
    this.checkObjectIsNotDisposed();
    return this.hasResource;
  }

  /** The session's transaction nesting level (0 outside any), as JetGetSessionInfo reports it. */
  get TransactionLevel(): number {
    this.checkObjectIsNotDisposed();
    return this.api.JetGetSessionInfo(this.sesid).ulTrxLevel;
  }

  /** Begin a transaction; InvalidOperationError if this object already has one open. */
  Begin(grbit = 0): void {
    this.checkObjectIsNotDisposed();
    if (this.hasResource) throw new InvalidOperationError('Already in a transaction');
    this.api.JetBeginTransaction2(this.sesid, grbit);
    this.resourceWasAllocated();
  }

  /** Commit; InvalidOperationError when no transaction is open. */
  Commit(grbit = 0): void {
    this.checkObjectIsNotDisposed();
    if (!this.hasResource) throw new InvalidOperationError('Not in a transaction');
    this.api.JetCommitTransaction(this.sesid, grbit);
    this.resourceWasReleased();
  }

  /** Roll back; InvalidOperationError when no transaction is open. */
  Rollback(): void {
    this.checkObjectIsNotDisposed();
    if (!this.hasResource) throw new InvalidOperationError('Not in a transaction');
    this.releaseResource();
  }

  protected releaseResource(): void {
    this.api.JetRollback(this.sesid, 0);
    this.resourceWasReleased();
  }

  override toString(): string {
    return `Transaction (0x${(this.sesid >>> 0).toString(16)})`;
  }
}
