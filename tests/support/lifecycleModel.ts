/**
 * A small reference model of the ESE lifecycle, written from the engine's
 * documented rules (ese-semantics.md) and independent of esemu's engine code.
 * It predicts the code of each call and the state that should remain.
 */
export const C = {
  Success: 0, InvalidParameter: -1003, InvalidInstance: -1115, InvalidSesid: -1104, InvalidTableId: -1310,
  Mismatch: -1114, Stop: -1329, OutOfSessions: -1101, InUse: -1914, AlreadySet: -1912, NotSetByThisThread: -1913,
  TooDeep: -1103, SharingViolation: -1910, NotInTransaction: -1054, TooManySorts: -1701, IllegalOperation: -1312,
  NoCurrentRecord: -1603, InTransaction: -1108, DatabaseDuplicate: -1201, DatabaseNotFound: -1203,
  InvalidDatabaseId: -1010, DatabaseInUse: -1202, TooManyActiveUsers: -1059, DirtyShutdown: -1116,
  NameInUse: -1086,
} as const;

export interface MSort {
  owner: MSession;
  open: boolean;
  levelOpen: number;
  phase: 'insert' | 'retrieve';
  keys: Set<number>;
}

export interface MSession {
  alive: boolean;
  level: number;
  context: number;
  contextThread: number;
  trxByContext: boolean;
  trxOwner: number;
  sorts: MSort[];
  dbOpens: Map<string, number>;
}

export interface MDatabase {
  attached: boolean;
  /** Index of the attachment (a new dbid per attachment). */
  generation: number;
  pins: number;
}

export class LifecycleModel {
  /** 'none': never created or terminated (handle stale); 'live': initialized. */
  instance: 'none' | 'live' = 'none';
  everCreated = false;
  stopped = false;
  sessions: MSession[] = [];
  sorts: MSort[] = [];
  files = new Map<string, MDatabase>();
  readonly maxSessions = 16;
  readonly maxSorts = 20;

  liveSessions(): MSession[] {
    return this.sessions.filter((s) => s.alive);
  }

  /** Sorts holding a JET_paramMaxTemporaryTables slot: every open one (the model never materializes). */
  openSortCount(): number {
    return this.sorts.filter((s) => s.open).length;
  }

  newSession(): MSession {
    const s: MSession = { alive: true, level: 0, context: 0, contextThread: 0, trxByContext: false, trxOwner: 0, sorts: [], dbOpens: new Map() };
    this.sessions.push(s);
    return s;
  }

  owns(s: MSession, thread: number): boolean {
    return s.trxByContext ? s.context === s.trxOwner && s.contextThread === thread : s.trxOwner === thread;
  }

  /** Close the sorts of a session opened above `target`. */
  closeSortsAbove(s: MSession, target: number): void {
    for (const sort of s.sorts) if (sort.open && sort.levelOpen > target) sort.open = false;
    s.sorts = s.sorts.filter((x) => x.open);
  }

  closeSession(s: MSession): void {
    for (const sort of s.sorts) sort.open = false;
    s.sorts = [];
    for (const [name, count] of s.dbOpens) {
      const db = this.files.get(name);
      if (db !== undefined) db.pins -= count;
    }
    s.dbOpens.clear();
    s.alive = false;
  }

  /** Everything the session gate checks that the model exercises: dead handle, then stop service. */
  gate(s: MSession, ignoreStop: boolean): number {
    if (!s.alive) return C.InvalidSesid;
    if (this.stopped && !ignoreStop) return C.Stop;
    return C.Success;
  }

  term(dirty: boolean): number {
    if (this.liveSessions().some((s) => s.level > 0) && !dirty) return C.TooManyActiveUsers;
    for (const s of this.liveSessions()) this.closeSession(s);
    for (const db of this.files.values()) {
      db.attached = false;
      db.pins = 0;
    }
    this.instance = 'none';
    this.stopped = false;
    return dirty ? C.DirtyShutdown : C.Success;
  }
}
