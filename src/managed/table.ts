import { JET_tableidNil } from '../jet/types';
import type { JET_DBID, JET_SESID, JET_TABLEID } from '../jet/types';
import { Api } from './api';
import type { ManagedApi } from './api';
import { EsentResource } from './esentResource';

/** ManagedEsent's Table: opens a table (JetOpenTable); Close() or dispose closes it (JetCloseTable). */
export class Table extends EsentResource {
  private tableid: JET_TABLEID;
  private tableName: string | null;
  private readonly sesid: JET_SESID;

  constructor(
    session: JET_SESID | { JetSesid: JET_SESID }, dbid: JET_DBID, name: string, grbit: number,
    private readonly api: ManagedApi = Api,
  ) {
    super();
    this.sesid = typeof session === 'number' ? session : session.JetSesid;
    this.tableName = name;
    this.tableid = api.OpenTable(this.sesid, dbid, name, grbit);
    this.resourceWasAllocated();
  }

  /** The table's name; null once closed. */
  get Name(): string | null {
    this.checkObjectIsNotDisposed();
    return this.tableName;
  }

  /** The cursor; JET_TABLEID.Nil once closed. */
  get JetTableid(): JET_TABLEID {
    this.checkObjectIsNotDisposed();
    return this.tableid;
  }

  /** Close the table now. */
  Close(): void {
    this.checkObjectIsNotDisposed();
    this.releaseResource();
  }

  protected releaseResource(): void {
    if (this.hasResource) {
      this.api.JetCloseTable(this.sesid, this.tableid);
      this.tableid = JET_tableidNil;
      this.tableName = null;
      this.resourceWasReleased();
    }
  }

  override toString(): string {
    return this.tableName ?? 'Table (closed)';
  }
}
