/**
 * The reference model's state: process, instances, sessions, attached
 * databases, temp tables and cursors, as the engine keeps them (ese-semantics.md
 * and the engine source). Written from the engine's rules, never from esemu's
 * code. Handles (`h`) are the values the emulator answered, kept only so the
 * runner can address the same object again.
 */
import { FaultModel } from './faults';

export const TRX_MAX = 0xffffffff;
export const NIL = -1;
/** The reserved session context JetEndSession installs (~0). */
export const CONTEXT_UNUSABLE = -1;
/** A cursor's navigation level the model cannot tell. */
export const NAV_UNKNOWN = -1;

export type InstanceState = 'created' | 'initializing' | 'initialized' | 'terminating' | 'restoring';
export type RunMode = 'none' | 'one' | 'multi';

/** The parameters the model follows (sysparamtable.g.cxx defaults, "legacy" set). */
export interface Params {
  maxSessions: number;
  maxCursors: number;
  maxSorts: number;
  versioning: number;
  oneDb: number;
  commitDefault: number;
}
export const DEFAULT_PARAMS: Readonly<Params> = {
  maxSessions: 16, maxCursors: 1024, maxSorts: 20, versioning: 1, oneDb: 0, commitDefault: 0,
};

export interface MInstance {
  h: number;
  readonly name: string | null;
  alive: boolean;
  state: InstanceState;
  stop: boolean;
  /** m_grbitStopped: 0x1 (internal "stop all"), BackgroundUserTasks 0x2, QuiesceCaches 0x4. */
  stopBits: number;
  unavailable: number;
  params: Params;
  sessions: MSession[];
  attached: MAttach[];
  /** Level-0 begins so far (the engine's trxBegin0 is taken from a counter that only grows). */
  trxSeq: number;
  observedTrx: { seq: number; value: number }[];
}

export interface MAttach {
  readonly inst: MInstance;
  readonly file: string;
  /** The instance's dbid slot 1..6: the smallest free one at attach time. */
  readonly slot: number;
  readonly readOnly: boolean;
  dbid: number;
  alive: boolean;
  exclusiveBy: MSession | null;
}

export interface Owner {
  /** Context-owned (a session context was set at the level-0 begin) or thread-owned. */
  byContext: boolean;
  value: number;
}

export interface MSession {
  readonly h: number;
  readonly inst: MInstance;
  readonly procid: number;
  alive: boolean;
  level: number;
  context: number;
  contextThread: number;
  owner: Owner;
  /** JET_SESSIONINFO.ulTrxContext; undefined when the engine would report ~0 (not representable). */
  trxContextInfo: number | undefined;
  readOnly: boolean;
  rollbackFailure: number;
  commitDefault: number;
  trx: { seq: number } | null;
  dbOpens: Map<MAttach, number>;
  /** Open cursors, oldest first. */
  cursors: MCursor[];
  /** undo[l - 1]: versioned temp-table changes made at level l. */
  undo: UndoEntry[][];
}

export type Phase = 'insert' | 'retrieve' | 'materialized' | 'broken';

/** A row of a sort in its retrieve phase: which record is kept for a key is not fixed by the engine. */
export interface SortRow {
  readonly k: number;
  cands: (number | null)[];
  /** Duplicates were removed: once one survivor is seen it stays the survivor. */
  readonly pinnable: boolean;
}

/** A row of a materialized temp table; `order` is its key (k) or its sequential dbk. */
export interface TRow {
  k: number | null;
  d: number | null;
  /** Set while the surviving duplicate of a materialized sort is not yet observed. */
  dCands?: (number | null)[];
  readonly order: number;
}

export interface MTable {
  readonly id: number;
  readonly session: MSession;
  readonly grbit: number;
  readonly hasKey: boolean;
  phase: Phase;
  /** Materialized with a unique key index (else sequential, duplicates accepted). */
  indexed: boolean;
  pending: { k: number; d: number | null }[];
  sorted: SortRow[];
  rows: TRow[];
  nextDbk: number;
  /** Holds one of the instance's JET_paramMaxTemporaryTables slots. */
  holdsSlot: boolean;
  cursors: MCursor[];
  alive: boolean;
  cols: { k: number; d: number };
}

export type Pos =
  | { t: 'before' } | { t: 'after' } | { t: 'defer' } | { t: 'unknown' }
  | { t: 'at'; i: number }
  | { t: 'on'; row: TRow };

export interface Prepared {
  kind: 'insert' | 'replace';
  level: number;
  row: TRow | null;
  /** Values JetSetColumn put in the copy buffer (kept when a JetUpdate fails and the update stays prepared). */
  k?: number;
  d?: number | null;
}

export interface MCursor {
  readonly h: number;
  readonly seq: number;
  readonly table: MTable;
  readonly session: MSession;
  alive: boolean;
  levelOpen: number;
  navLevel: number;
  pos: Pos;
  /** The key being made; false: none; undefined: not known. */
  key: number | false | undefined;
  /** Upper index range; null: none; undefined: not known. */
  range: { limit: number; inclusive: boolean } | null | undefined;
  prepared: Prepared | null;
}

export type UndoEntry =
  | { op: 'insert'; table: MTable; row: TRow }
  | { op: 'delete'; table: MTable; row: TRow }
  | { op: 'replace'; table: MTable; row: TRow; k: number | null; d: number | null; dCands?: (number | null)[] };

export class World {
  runMode: RunMode = 'none';
  maxInstances = 16;
  defaults: Params = { ...DEFAULT_PARAMS };
  instances: MInstance[] = [];
  sessions: MSession[] = [];
  cursors: MCursor[] = [];
  attachments: MAttach[] = [];
  files = new Set<string>();
  fidelity: 'engine' | 'documented' = 'engine';
  readonly faults = new FaultModel();
  /** The logical thread the current call runs on. */
  thread = 1;
  private seq = 0;
  private tableIds = 0;

  nextSeq(): number {
    this.seq += 1;
    return this.seq;
  }

  nextTableId(): number {
    this.tableIds += 1;
    return this.tableIds;
  }

  liveInstances(): MInstance[] {
    return this.instances.filter((i) => i.alive);
  }

  liveSessions(): MSession[] {
    return this.sessions.filter((s) => s.alive);
  }

  liveCursors(): MCursor[] {
    return this.cursors.filter((c) => c.alive);
  }

  instanceByHandle(h: number): MInstance | undefined {
    return this.instances.find((i) => i.h === h);
  }

  newInstance(h: number, name: string | null, state: InstanceState): MInstance {
    const inst: MInstance = {
      h, name, alive: true, state, stop: false, stopBits: 0, unavailable: 0, params: { ...this.defaults },
      sessions: [], attached: [], trxSeq: 0, observedTrx: [],
    };
    this.instances.push(inst);
    return inst;
  }

  /** Cursors holding a JET_paramMaxCursors slot (the model counts the user's open cursors). */
  cursorCount(inst: MInstance): number {
    let n = 0;
    for (const s of inst.sessions) n += s.cursors.length;
    return n;
  }

  slotCount(inst: MInstance): number {
    let n = 0;
    for (const s of inst.sessions) for (const c of s.cursors) if (c.table.holdsSlot && c.table.cursors[0] === c) n += 1;
    return n;
  }

  newSession(h: number, inst: MInstance): MSession {
    const used = new Set(inst.sessions.map((s) => s.procid));
    let procid = 1;
    while (used.has(procid)) procid += 1;
    const s: MSession = {
      h, inst, procid, alive: true, level: 0, context: 0, contextThread: 0, owner: { byContext: false, value: 0 },
      trxContextInfo: 0, readOnly: false, rollbackFailure: 0, commitDefault: inst.params.commitDefault, trx: null,
      dbOpens: new Map(), cursors: [], undo: [],
    };
    inst.sessions.push(s);
    this.sessions.push(s);
    return s;
  }

  /** The instance goes away with everything in it (JetTerm, failed JetInit); files stay. */
  freeInstance(inst: MInstance): void {
    for (const s of inst.sessions) this.dropSession(s);
    inst.sessions = [];
    for (const a of inst.attached) a.alive = false;
    inst.attached = [];
    inst.alive = false;
    if (this.liveInstances().length === 0) this.runMode = 'none';
  }

  /** Forget a session and all it holds, without the per-session clean-up. */
  dropSession(s: MSession): void {
    for (const c of s.cursors) this.dropCursor(c);
    s.cursors = [];
    s.dbOpens.clear();
    for (const a of s.inst.attached) if (a.exclusiveBy === s) a.exclusiveBy = null;
    s.alive = false;
    s.inst.sessions = s.inst.sessions.filter((x) => x !== s);
  }

  /** Close one cursor: its update is cancelled; the last cursor deletes the table (and frees its sort slot). */
  dropCursor(c: MCursor): void {
    c.alive = false;
    c.prepared = null;
    const t = c.table;
    t.cursors = t.cursors.filter((x) => x !== c);
    c.session.cursors = c.session.cursors.filter((x) => x !== c);
    if (t.cursors.length === 0) {
      t.alive = false;
      t.holdsSlot = false;
    }
  }

  pins(a: MAttach): number {
    let n = 0;
    for (const s of a.inst.sessions) n += s.dbOpens.get(a) ?? 0;
    return n;
  }
}
