import { JET_prepCancel, JET_prepInsert, JET_prepInsertCopy, JET_prepInsertCopyDeleteOriginal, JET_prepReplace, JET_prepReplaceNoLock } from '../constants/constants';
import type { JET_SESID, JET_TABLEID } from '../jet/types';
import { Api } from './api';
import type { ManagedApi } from './api';
import { EsentResource } from './esentResource';
import { InvalidOperationError } from './invalidOperationError';

const PREP_NAMES: Readonly<Record<number, string>> = {
  [JET_prepInsert]: 'Insert', [JET_prepReplace]: 'Replace', [JET_prepReplaceNoLock]: 'ReplaceNoLock',
  [JET_prepInsertCopy]: 'InsertCopy', [JET_prepInsertCopyDeleteOriginal]: 'InsertCopyDeleteOriginal',
};

/** Room for the bookmark Save returns (JET_cbBookmarkMostMost and then some). */
const BOOKMARK_ROOM = 4096;

/**
 * ManagedEsent's Update: prepares an update (JetPrepareUpdate); Save() stores it (JetUpdate), Cancel() or
 * dispose cancels it unless it was saved. JET_prep.Cancel is not a way to start one (RangeError).
 */
export class Update extends EsentResource {
  private readonly sesid: JET_SESID;
  private readonly tableid: JET_TABLEID;

  constructor(
    session: JET_SESID | { JetSesid: JET_SESID }, table: JET_TABLEID | { JetTableid: JET_TABLEID }, readonly prep: number,
    private readonly api: ManagedApi = Api,
  ) {
    super();
    if (prep === JET_prepCancel) throw new RangeError('Cancel is not a valid JET_prep for an Update; use Cancel() instead');
    this.sesid = typeof session === 'number' ? session : session.JetSesid;
    this.tableid = typeof table === 'number' ? table : table.JetTableid;
    api.JetPrepareUpdate(this.sesid, this.tableid, prep);
    this.resourceWasAllocated();
  }

  private pending(): void {
    this.checkObjectIsNotDisposed();
    if (!this.hasResource) throw new InvalidOperationError('Not in an update');
  }

  /** Store the update; returns the record's bookmark. InvalidOperationError when it is no longer pending. */
  Save(): Uint8Array {
    this.pending();
    const room = new Uint8Array(BOOKMARK_ROOM);
    const size = this.api.JetUpdate(this.sesid, this.tableid, room, room.length);
    this.resourceWasReleased();
    return room.slice(0, size);
  }

  /** Store the update and move the cursor to the record (inserts do not move it otherwise). */
  SaveAndGotoBookmark(): void {
    const bookmark = this.Save();
    this.api.JetGotoBookmark(this.sesid, this.tableid, bookmark, bookmark.length);
  }

  /** Cancel the update; InvalidOperationError when it is no longer pending. */
  Cancel(): void {
    this.pending();
    this.releaseResource();
  }

  protected releaseResource(): void {
    this.api.JetPrepareUpdate(this.sesid, this.tableid, JET_prepCancel);
    this.resourceWasReleased();
  }

  override toString(): string {
    return `Update (${PREP_NAMES[this.prep] ?? this.prep})`;
  }
}
