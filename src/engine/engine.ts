import { HandleMap } from './handleMap';
import { Faults } from './faults';
import { defaultParams, ParamSet } from './params';
import type { Instance } from './instance';
import type { Session } from './session';
import type { Cursor } from './cursor';
import type { TableCursor, TableUse } from './tableCursor';
import type { TableDef } from '../catalog/tableDef';
import type { AttachedDatabase } from './database';
import type { DatabaseFile } from '../catalog/databaseFile';
import type { PendingFinalize } from './versionCleanup';

/** "engine": answer as esent.dll does. "documented": answer as its documentation says, where the two differ. */
export type Fidelity = 'engine' | 'documented';
/** "esent": handle checks of the Windows esent.dll build. "ese": the retail ESE build, which checks only for 0 / ~0. */
export type HandleValidation = 'esent' | 'ese';

export interface EngineOptions {
  fidelity: Fidelity;
  handleValidation: HandleValidation;
}

export type RunMode = 'none' | 'oneInstance' | 'multiInstance';

/**
 * The whole state of one emulator: what esent.dll keeps per process. Tables
 * indexed by handle give O(1) lookups; each instance and session also keeps
 * its own children so cleanup costs what the owner holds, not what exists.
 */
export class Engine {
  options: EngineOptions;
  runMode: RunMode = 'none';
  /** Parameter values new instances start from (JetSetSystemParameter with no instance). */
  globalParams: ParamSet = defaultParams();
  readonly instances = new Map<number, Instance>();
  readonly sessions = new HandleMap<Session>();
  readonly cursors = new HandleMap<Cursor | TableCursor>();
  /** Who has each regular table open (JetOpenTable's lock matrix). */
  readonly tableUse = new Map<TableDef, TableUse>();
  readonly databases = new Map<number, AttachedDatabase>();
  /** The in-memory file system: database files by normalized path. */
  readonly files = new Map<string, DatabaseFile>();
  /** Which attachment holds each file (a file is attached by one instance at a time). */
  readonly attachments = new Map<DatabaseFile, AttachedDatabase>();
  /** Instances whose JetTerm is under way (the engine's g_cTermsInProgress). */
  termsInProgress = 0;
  readonly faults = new Faults();
  /** Monotonic clock for transaction begin / commit timestamps. */
  trxClock = 0;
  /** Database signatures made so far: each new file's signDb is told apart by the next number. */
  signatures = 0;
  /** Committed deltas on DeleteOnZero columns that version cleanup has still to look at (versionCleanup.ts). */
  finalizing: PendingFinalize[] = [];

  constructor(options: Partial<EngineOptions> = {}) {
    this.options = { fidelity: options.fidelity ?? 'engine', handleValidation: options.handleValidation ?? 'esent' };
  }
}
