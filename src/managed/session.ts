import { JET_sesidNil } from '../jet/types';
import type { JET_INSTANCE, JET_SESID } from '../jet/types';
import { Api } from './api';
import type { ManagedApi } from './api';
import { EsentResource } from './esentResource';

/** ManagedEsent's Session: begins a session; End() or dispose ends it (JetEndSession). */
export class Session extends EsentResource {
  private sesid: JET_SESID;

  constructor(instance: JET_INSTANCE | { JetInstance: JET_INSTANCE }, private readonly api: ManagedApi = Api) {
    super();
    const handle = typeof instance === 'number' ? instance : instance.JetInstance;
    this.sesid = api.BeginSession(handle);
    this.resourceWasAllocated();
  }

  /** The session handle; JET_SESID.Nil once ended. */
  get JetSesid(): JET_SESID {
    this.checkObjectIsNotDisposed();
    return this.sesid;
  }

  /** End the session now. */
  End(): void {
    this.checkObjectIsNotDisposed();
    this.releaseResource();
  }

  protected releaseResource(): void {
    if (this.hasResource) {
      this.api.JetEndSession(this.sesid, 0);
      this.sesid = JET_sesidNil;
      this.resourceWasReleased();
    }
  }

  override toString(): string {
    return `Session (0x${(this.sesid >>> 0).toString(16)})`;
  }
}
