import {
  JET_errBadColumnId, JET_errCallbackFailed, JET_errColumnNotFound, JET_errInvalidGrbit, JET_errSuccess,
  JET_wrnColumnDefault, JET_wrnColumnNotInRecord, JET_wrnColumnNull, JET_wrnColumnPresent, JET_wrnColumnSingleValue,
  JET_wrnColumnSkipped, JET_wrnColumnTruncated,
} from '../constants/errors';
import * as C from '../constants/constants';
import { COLUMN } from '../catalog/tableColumn';
import { columnidValid } from '../catalog/columns';
import { columnClass, recordOrder } from '../catalog/template';
import { answersForId, COVERS_ALL } from '../catalog/recordCovers';
import { COLTYP } from '../storage/coltyp';
import { fail } from '../storage/failure';
import { copyField, copyPackedField } from '../storage/record';
import { currentRow, enter, requireReadable } from './cursor';
import type { AnyCursor } from './cursorSet';
import type { Engine } from './engine';
import { TableCursor } from './tableCursor';
import { enterTable } from './tableNav';
import { storedRead } from './tableRead';
import { columnsSeen } from './columnCatalog';

/**
 * JetEnumerateColumns (fldenum.cxx ErrRECEnumerateAllColumns / ErrRECEnumerateReqColumns).
 * The results are plain objects shaped as esent.h's JET_ENUMCOLUMN and
 * JET_ENUMCOLUMNVALUE; every value is a Uint8Array of its own.
 */

const KNOWN = C.JET_bitEnumerateCopy | C.JET_bitEnumerateIgnoreDefault | C.JET_bitEnumerateLocal | C.JET_bitEnumeratePresenceOnly
  | C.JET_bitEnumerateTaggedOnly | C.JET_bitEnumerateCompressOutput | C.JET_bitEnumerateIgnoreUserDefinedDefault
  | C.JET_bitEnumerateInRecordOnly | C.JET_bitEnumerateAsRefIfNotInRecord;
const IGNORE_DEFAULT = C.JET_bitEnumerateIgnoreDefault;
const PRESENCE_ONLY = C.JET_bitEnumeratePresenceOnly;
const COMPRESS = C.JET_bitEnumerateCompressOutput;
const IN_RECORD_ONLY = C.JET_bitEnumerateInRecordOnly;
/** A long value longer than this is kept outside the record (rec.hxx cbLVIntrinsicMost, less the flag byte). */
const INTRINSIC_LV_MOST = 1022;

export interface EnumColumnValue {
  itagSequence: number;
  err: number;
  cbData: number;
  pvData: Uint8Array | null;
}

/** A column: its values (cEnumColumnValue / rgEnumColumnValue), or with wrnColumnSingleValue its one value (cbData / pvData). */
export type EnumColumn =
  | { columnid: number; err: number; cEnumColumnValue: number; rgEnumColumnValue: EnumColumnValue[] | null }
  | { columnid: number; err: number; cbData: number; pvData: Uint8Array };

/** One requested column: its id and the itagSequences wanted (null: all of them, ctagSequence 0). */
export interface EnumRequest {
  columnid: number;
  tags: readonly number[] | null;
}

interface ColumnFacts {
  columnid: number;
  tagged: boolean;
  isLong: boolean;
  defaultValue: Uint8Array | null;
}

/** The record as the enumeration sees it: the table's columns by id and the values each holds. */
interface RecordView {
  columns: ColumnFacts[];
  byId: Map<number, ColumnFacts>;
  values(columnid: number): readonly Uint8Array[];
  /**
   * A regular table's record: which columns it answers for (catalog/recordCovers.ts), and which the table's default
   * record does (its last column with a default, in each class). Null for a temp table's row.
   */
  range: { covers: number; defaults: number } | null;
}

const classOf = columnClass;

function tableView(engine: Engine, cursor: TableCursor, copy: boolean): RecordView {
  enterTable(engine, cursor);
  const { values: record, covers } = storedRead(cursor, copy);
  const columns = columnsSeen(cursor.session, cursor.table).sort((a, b) => recordOrder(a.columnid, b.columnid)).map((c) => ({
    columnid: c.columnid, tagged: classOf(c.columnid) === 2, isLong: c.isLong, defaultValue: c.defaultValue,
  }));
  return {
    columns,
    byId: new Map(columns.map((c) => [c.columnid, c])),
    values: (id) => record.get(id) ?? [],
    range: { covers, defaults: cursor.table.shape().defaults.needed },
  };
}

function tempView(engine: Engine, cursor: Exclude<AnyCursor, TableCursor>, copy: boolean): RecordView {
  const table = enter(engine, cursor);
  requireReadable(table);
  const read = (index: number): Uint8Array | null => {
    if (copy && cursor.update !== null) {
      const src = cursor.update.values;
      const len = copyField(src, index, null, 0);
      return len < 0 ? null : src.bytes.slice(src.startOf(index), src.startOf(index) + len);
    }
    const row = currentRow(cursor);
    const len = copyPackedField(row.rec, row.at, table.columns.length, index, null, 0);
    if (len < 0) return null;
    const out = new Uint8Array(len);
    copyPackedField(row.rec, row.at, table.columns.length, index, out, len);
    return out;
  };
  const found = new Map<number, Uint8Array>();
  const columns = [...table.columns].sort((a, b) => a.columnid - b.columnid).map((c) => {
    const v = read(c.index);
    if (v !== null) found.set(c.columnid, v);
    return { columnid: c.columnid, tagged: classOf(c.columnid) === 2, isLong: c.coltyp === COLTYP.LongBinary || c.coltyp === COLTYP.LongText, defaultValue: null };
  });
  return {
    columns, byId: new Map(columns.map((c) => [c.columnid, c])),
    values: (id) => (found.has(id) ? [found.get(id) as Uint8Array] : []),
    range: null,
  };
}

/**
 * Which columns the record holds, and how. fldenum.cxx enumerates the record's columns together with those of the
 * table's default record (not read with IgnoreDefault): a column past the record's stored range reads from the
 * default record, as its default or, for a fixed or variable column within the default record's range, as NULL.
 * A fixed or variable column within the record's range is in it, NULL or not (a temp table's row: when a column of
 * its class with a higher id holds a value). A tagged column's values are its own unless, with IgnoreDefault, they
 * are still the very default value the insert filled in (tagged defaults stay in the engine's default record). A
 * NULL tagged column that has a default was set to NULL over that default.
 */
function presence(view: RecordView, col: ColumnFacts, ignoreDefault: boolean, highest: number[]): { found: boolean; values: readonly Uint8Array[] } {
  const values = view.values(col.columnid);
  const range = view.range;
  if (range !== null && !answersForId(range.covers, col.columnid)) {
    if (ignoreDefault) return { found: false, values: [] };
    if (col.defaultValue !== null) return { found: true, values: [col.defaultValue] };
    return { found: !col.tagged && answersForId(range.defaults, col.columnid), values: [] };
  }
  if (col.tagged) {
    if (ignoreDefault && values.length === 1 && values[0] === col.defaultValue) return { found: false, values: [] };
    return { found: values.length > 0 || col.defaultValue !== null, values };
  }
  if (range !== null && range.covers !== COVERS_ALL) return { found: true, values };
  const last = highest[classOf(col.columnid)];
  return { found: values.length > 0 || (last !== 0 && recordOrder(col.columnid, last) < 0), values };
}

function highestPresent(view: RecordView): number[] {
  const highest = [0, 0, 0];
  for (const col of view.columns) if (view.values(col.columnid).length > 0) highest[classOf(col.columnid)] = col.columnid;
  return highest;
}

function separated(col: ColumnFacts, value: Uint8Array): boolean {
  return col.isLong && value.length > INTRINSIC_LV_MOST;
}

/** One value as ErrRECEnumerate* hands it back: kept outside the record (InRecordOnly), cut at cbDataMost, or whole. */
function valueOf(col: ColumnFacts, itag: number, value: Uint8Array, cbDataMost: number, grbit: number): EnumColumnValue {
  if (separated(col, value)) {
    if ((grbit & IN_RECORD_ONLY) !== 0) return { itagSequence: itag, err: JET_wrnColumnNotInRecord, cbData: 0, pvData: null };
    if (value.length > cbDataMost) {
      return { itagSequence: itag, err: JET_wrnColumnTruncated, cbData: cbDataMost, pvData: value.slice(0, cbDataMost) };
    }
  }
  return { itagSequence: itag, err: JET_errSuccess, cbData: value.length, pvData: value.slice() };
}

/** A column with at least one value: one value in the struct itself (CompressOutput), or the list of them. */
function columnOf(col: ColumnFacts, values: readonly Uint8Array[], cbDataMost: number, grbit: number): EnumColumn {
  if ((grbit & PRESENCE_ONLY) !== 0) return { columnid: col.columnid, err: JET_wrnColumnPresent, cEnumColumnValue: 0, rgEnumColumnValue: null };
  if (values.length === 1 && (grbit & COMPRESS) !== 0 && !separated(col, values[0])) {
    return { columnid: col.columnid, err: JET_wrnColumnSingleValue, cbData: values[0].length, pvData: values[0].slice() };
  }
  const list = values.map((v, i) => valueOf(col, i + 1, v, cbDataMost, grbit));
  return { columnid: col.columnid, err: JET_errSuccess, cEnumColumnValue: list.length, rgEnumColumnValue: list };
}

function empty(columnid: number, err: number): EnumColumn {
  return { columnid, err, cEnumColumnValue: 0, rgEnumColumnValue: null };
}

function allColumns(view: RecordView, cbDataMost: number, grbit: number): EnumColumn[] {
  const ignoreDefault = (grbit & IGNORE_DEFAULT) !== 0;
  const highest = highestPresent(view);
  const out: EnumColumn[] = [];
  for (const col of view.columns) {
    if ((grbit & C.JET_bitEnumerateTaggedOnly) !== 0 && !col.tagged) continue;
    const { found, values } = presence(view, col, ignoreDefault, highest);
    if (!found) continue;
    out.push(values.length === 0 ? empty(col.columnid, JET_wrnColumnNull) : columnOf(col, values, cbDataMost, grbit));
  }
  return out;
}

function requestedValue(col: ColumnFacts, itag: number, found: boolean, values: readonly Uint8Array[], cbDataMost: number, grbit: number): EnumColumnValue {
  const none = (err: number): EnumColumnValue => ({ itagSequence: itag, err, cbData: 0, pvData: null });
  if (itag === 0) return none(JET_wrnColumnSkipped);
  if (itag > values.length) return none(!found && (grbit & IGNORE_DEFAULT) !== 0 ? JET_wrnColumnDefault : JET_wrnColumnNull);
  if ((grbit & PRESENCE_ONLY) !== 0) return none(JET_wrnColumnPresent);
  return valueOf(col, itag, values[itag - 1], cbDataMost, grbit);
}

function requestedColumns(view: RecordView, requests: readonly EnumRequest[], cbDataMost: number, grbit: number): { columns: EnumColumn[]; code: number } {
  const ignoreDefault = (grbit & IGNORE_DEFAULT) !== 0;
  const highest = highestPresent(view);
  let code = JET_errSuccess;
  const columns = requests.map((req): EnumColumn => {
    const id = req.columnid;
    if (id === 0) return empty(id, JET_wrnColumnSkipped);
    const col = view.byId.get(id);
    if (col === undefined) {
      // fldext.cxx ErrRECIAccessColumn: an id that is no column id at all is a bad one (daedef.hxx FCOLUMNIDValid).
      const err = columnidValid(id) ? JET_errColumnNotFound : JET_errBadColumnId;
      if (code === JET_errSuccess) code = err;
      return empty(id, err);
    }
    const { found, values } = presence(view, col, ignoreDefault, highest);
    if (req.tags === null) {
      if (!found && ignoreDefault) return empty(id, JET_wrnColumnDefault);
      if (values.length === 0) return empty(id, JET_wrnColumnNull);
      return columnOf(col, values, cbDataMost, grbit);
    }
    const list = req.tags.map((itag) => requestedValue(col, itag, found, values, cbDataMost, grbit));
    return { columnid: id, err: JET_errSuccess, cEnumColumnValue: list.length, rgEnumColumnValue: list };
  });
  return { columns, code };
}

/**
 * Enumerate the current record's columns (`requests` null: every column in the
 * record, by column id) or the ones requested, in their order. `code` is
 * Success, or the first BadColumnId / ColumnNotFound of a requested column
 * (the results are handed back with it).
 */
export function enumerateColumns(engine: Engine, cursor: AnyCursor, requests: readonly EnumRequest[] | null, cbDataMost: number, grbit: number): { columns: EnumColumn[]; code: number } {
  const copy = (grbit & C.JET_bitEnumerateCopy) !== 0;
  // A sort still collecting rows has no EnumerateColumns in its dispatch table (ErrIllegalEnumerateColumns).
  if (!(cursor instanceof TableCursor)) requireReadable(enter(engine, cursor));
  else enterTable(engine, cursor);
  if ((grbit & ~KNOWN) !== 0 || (grbit & C.JET_bitEnumerateLocal) !== 0) fail(JET_errInvalidGrbit);
  if (requests !== null && (grbit & C.JET_bitEnumerateTaggedOnly) !== 0) fail(JET_errInvalidGrbit);
  // User-defined defaults would need the callback, which the engine does not call here.
  const userDefault = cursor instanceof TableCursor && [...cursor.table.byId.values()].some((c) => c.has(COLUMN.UserDefinedDefault));
  if (userDefault && (grbit & (IGNORE_DEFAULT | C.JET_bitEnumerateIgnoreUserDefinedDefault)) === 0) fail(JET_errCallbackFailed);
  if ((grbit & IN_RECORD_ONLY) !== 0 && (grbit & C.JET_bitEnumerateAsRefIfNotInRecord) !== 0) fail(JET_errInvalidGrbit);
  const view = cursor instanceof TableCursor ? tableView(engine, cursor, copy) : tempView(engine, cursor, copy);
  if ((grbit & C.JET_bitEnumerateAsRefIfNotInRecord) !== 0) {
    const prepared = cursor.update !== null;
    if (prepared || !(cursor instanceof TableCursor)) fail(JET_errInvalidGrbit);
  }
  if (requests === null) return { columns: allColumns(view, cbDataMost, grbit), code: JET_errSuccess };
  return requestedColumns(view, requests, cbDataMost, grbit);
}
