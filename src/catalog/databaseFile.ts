import { nameKey } from './names';
import type { TableDef } from './tableDef';
import type { Creation } from './creation';
import type { FileHeader } from './fileHeader';

/** A name a table had, and the change (a rename, a committed delete) that took it away. */
export interface FormerName {
  readonly table: TableDef;
  readonly name: string;
  readonly gone: Creation;
}

/**
 * A database file in the emulator's in-memory file system: what outlives
 * attachments, instances and JetTerm until the emulator is reset. Which
 * instance has it attached is the session layer's business (Engine.attachments).
 */
export class DatabaseFile {
  /** Tables by name, compared without regard to case. */
  readonly tables = new Map<string, TableDef>();
  /**
   * Names a table had (renamed) or that a deleted table held, while a transaction older than the change may still
   * read them from the catalog (the session layer's tableCatalog.ts decides who does).
   */
  readonly formerNames = new Map<string, FormerName>();
  /** Index ids are never reused within a file (images key their entry trees by them). */
  private lastIndexId = 0;

  constructor(readonly path: string, readonly header: FileHeader) {}

  table(name: string): TableDef | undefined {
    return this.tables.get(nameKey(name));
  }

  /** The tables derived from a template. */
  derivedFrom(template: TableDef): TableDef[] {
    return [...this.tables.values()].filter((t) => t.template === template);
  }

  newIndexId(): number {
    this.lastIndexId += 1;
    return this.lastIndexId;
  }
}
