import { committedCreation, Creation } from './creation';
import { JET_errTooManyColumns } from '../constants/errors';
import * as C from '../constants/constants';
import { fail } from '../storage/failure';
import { TableStore } from '../storage/tableStore';
import type { IndexDef } from './indexDef';
import { nameKey } from './names';
import { DefaultsShape, defaultsShape } from './recordCovers';
import { TableColumn } from './tableColumn';
import { isTemplateColumnid, templateColumnid } from './template';
import { emptyValues } from '../storage/emptyArrays';

const FIXED_MOST = C.JET_ccolFixedMost;
const VAR_MOST = 255;
/** Column ids below this are also kept in an array (fixed, variable and the first tagged columns). */
const SMALL_IDS = 1024;

/** The columns an insert deals with, in column id order. */
export interface ColumnShape {
  /** The autoincrement column, if the table has one. */
  readonly autoInc: TableColumn | undefined;
  /** The version column, if the table has one (JET_bitColumnVersion: at most one, a Long). */
  readonly version: TableColumn | undefined;
  /** Columns with a default value or autoincrement (a new record starts with their values). */
  readonly initial: readonly TableColumn[];
  /** NotNULL and autoincrement columns (an update checks that they are set). */
  readonly required: readonly TableColumn[];
  /** The columns with a default, and what a record must cover not to read any of them as a default (recordCovers.ts). */
  readonly defaults: DefaultsShape;
}

/**
 * A regular table: its columns, its indexes and its data. The definition
 * changes in place (DDL inside a transaction records how to undo it); the
 * data is versioned in `store`.
 */
export class TableDef {
  readonly columns = new Map<string, TableColumn>();
  readonly byId = new Map<number, TableColumn>();
  /** The same columns, indexed by id for ids below SMALL_IDS (every id but a template column's): see columnById. */
  private readonly smallIds: Array<TableColumn | undefined> = [];
  /** Every index, primary included, in creation order. */
  readonly indexes: IndexDef[] = emptyValues<IndexDef>();
  readonly store = new TableStore();
  /** Last column id given in each class (ids are not reused after a column is deleted). */
  fixedLast = 0;
  varLast = FIXED_MOST;
  taggedLast = VAR_MOST;
  /** Next value of the autoincrement column (not rolled back, as in the engine). */
  autoIncNext = 1;
  /** Marked when JetDeleteTable removed it; cursors still open on it answer as the engine does. */
  deleted = false;
  /** The table's creation, and the session deleting it in a transaction not committed yet (tableCatalog.ts). */
  readonly creation: Creation = committedCreation();
  deletedBy: object | null = null;
  /** The rename that gave the table its name, when there was one (the others see the old name until they see it). */
  nameMade: Creation | null = null;
  /** The table of the same name its creator deleted in the same transaction, which the others still see until the commit. */
  replaced: TableDef | null = null;
  /** The creations of columns added in a way other sessions see only once committed (by column id). */
  readonly columnCreations = new Map<number, Creation>();
  /** Columns deleted in a way other sessions see only once committed: the column and its deletion (by column id). */
  readonly columnDeletions = new Map<number, { readonly col: TableColumn; readonly deletion: Creation }>();
  /** JET_bitTableCreateFixedDDL (a template table's DDL is fixed too). */
  fixedDdl = false;
  /** JET_bitTableCreateTemplateTable: its DDL is inherited by the tables derived from it. */
  isTemplate = false;
  /** A template a table has been derived from can no longer be opened with JET_bitTablePermitDDL (FCB::SetTemplateStatic). */
  templateStatic = false;
  /**
   * The record counts JetComputeStats stored in the catalog (stats.cxx ErrSTATSComputeIndexStats), newest first, each
   * with its change (versioned like the catalog row it lives in): JET_TblInfo and JetGetObjectInfo report the newest
   * one the reader sees, 0 when there is none.
   */
  stats: Array<{ readonly records: number; readonly made: Creation }> = [];
  /** The template a derived table inherits its columns and indexes from. */
  template: TableDef | null = null;

  constructor(public name: string, readonly pages: number, readonly density: number) {}

  /** The primary index, if any (a loop, not find(): read a few times by every insert, it makes no closure). */
  get primary(): IndexDef | null {
    const list = this.indexes;
    for (let i = 0; i < list.length; i++) if (list[i].primary) return list[i];
    return null;
  }

  /** The column with this id: an array read for the ids a table gives its own columns, which a retrieve pays for. */
  columnById(columnid: number): TableColumn | undefined {
    return columnid < SMALL_IDS ? this.smallIds[columnid] : this.byId.get(columnid);
  }

  column(name: string): TableColumn | undefined {
    return this.columns.get(nameKey(name));
  }

  indexById(id: number): IndexDef | undefined {
    for (const i of this.indexes) if (i.id === id) return i;
    return undefined;
  }

  /** A column a derived table inherits from its template. */
  inherited(col: TableColumn): boolean {
    return this.template !== null && isTemplateColumnid(col.columnid);
  }

  /** A column of the table's own (not one inherited from a template). */
  ownColumn(name: string): TableColumn | undefined {
    const col = this.column(name);
    return col === undefined || this.inherited(col) ? undefined : col;
  }

  index(name: string): IndexDef | undefined {
    const key = nameKey(name);
    return this.indexes.find((i) => nameKey(i.name) === key);
  }

  get autoIncColumn(): TableColumn | undefined {
    return this.shape().autoInc;
  }

  /** What every insert asks of the columns, kept until a column is added or removed (or changed: both happen). */
  shape(): ColumnShape {
    let shape = this.cachedShape;
    if (shape === null) {
      const cols = [...this.byId.values()];
      shape = {
        autoInc: cols.find((c) => (c.grbit & C.JET_bitColumnAutoincrement) !== 0),
        version: cols.find((c) => (c.grbit & C.JET_bitColumnVersion) !== 0),
        initial: cols.filter((c) => c.defaultValue !== null || (c.grbit & C.JET_bitColumnAutoincrement) !== 0),
        required: cols.filter((c) => (c.grbit & (C.JET_bitColumnNotNULL | C.JET_bitColumnAutoincrement)) !== 0),
        defaults: defaultsShape(cols.sort((a, b) => a.columnid - b.columnid)),
      };
      this.cachedShape = shape;
    }
    return shape;
  }

  private cachedShape: ColumnShape | null = null;

  /** The next column id of a class (TooManyColumns when the class is used up); a template's carry the template bit. */
  nextColumnId(cls: 'fixed' | 'variable' | 'tagged'): number {
    const fid = this.nextFid(cls);
    return this.isTemplate ? templateColumnid(fid) : fid;
  }

  private nextFid(cls: 'fixed' | 'variable' | 'tagged'): number {
    if (cls === 'fixed') {
      if (this.fixedLast >= FIXED_MOST) fail(JET_errTooManyColumns);
      return ++this.fixedLast;
    }
    if (cls === 'variable') {
      if (this.varLast >= VAR_MOST) fail(JET_errTooManyColumns);
      return ++this.varLast;
    }
    if (this.taggedLast >= C.JET_ccolMost) fail(JET_errTooManyColumns);
    return ++this.taggedLast;
  }

  addColumn(col: TableColumn): void {
    this.columns.set(nameKey(col.name), col);
    this.byId.set(col.columnid, col);
    if (col.columnid < SMALL_IDS) this.smallIds[col.columnid] = col;
    this.cachedShape = null;
  }

  removeColumn(col: TableColumn): void {
    this.columns.delete(nameKey(col.name));
    this.byId.delete(col.columnid);
    if (col.columnid < SMALL_IDS) this.smallIds[col.columnid] = undefined;
    this.cachedShape = null;
  }

  /** Put a changed definition of a column in place (renamed, new default), in the tables derived from this one too. */
  replaceColumn(old: TableColumn, changed: TableColumn, derived: Iterable<TableDef>): void {
    for (const t of [this, ...derived]) {
      if (t.byId.get(old.columnid) !== old) continue;
      t.removeColumn(old);
      t.addColumn(changed);
    }
  }
}
