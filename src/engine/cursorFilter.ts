/**
 * JetSetCursorFilter (rec.cxx ErrIsamSetCursorFilter, ErrRECSetCursorFilter, ErrRECIValidateOneMoveFilter,
 * ErrRECICheckCursorFilter): conditions on column values that a table cursor's moves and seeks skip the records
 * failing. The filter is kept on the cursor (TableCursor.filter) and applied by its entry views (entryView.ts), so
 * every navigation that looks for a record (JetMove, a new cursor's first use, JetSeek) sees only records that pass;
 * JetGotoBookmark and the calls on the current record do not look at it.
 */
import * as C from '../constants/constants';
import {
  JET_errFilteredMoveNotSupported, JET_errInvalidGrbit, JET_errInvalidParameter,
} from '../constants/errors';
import { COLUMN, TableColumn } from '../catalog/tableColumn';
import { COLTYP, FIXED_SIZE } from '../storage/coltyp';
import { fail } from '../storage/failure';
import { appendSegment, compareBytes } from '../storage/keys';
import { columnOf } from './columnCatalog';
import { physicalOldValue } from './escrowValue';
import type { Engine } from './engine';
import { fullRecord } from './fullRecord';
import type { TableCursor } from './tableCursor';
import { enterTable } from './tableNav';

/** One condition as the caller gives it (JET_INDEX_COLUMN), its value already copied. */
export interface FilterSpec {
  readonly columnid: number;
  readonly relop: number;
  /** The value's bytes; null when the caller passed no buffer. */
  readonly pv: Uint8Array | null;
  readonly cb: number;
  readonly grbit: number;
}

const RELOP = {
  Equals: C.JET_relopEquals, PrefixEquals: C.JET_relopPrefixEquals, NotEquals: C.JET_relopNotEquals,
  LessThanOrEqual: C.JET_relopLessThanOrEqual, LessThan: C.JET_relopLessThan,
  GreaterThanOrEqual: C.JET_relopGreaterThanOrEqual, GreaterThan: C.JET_relopGreaterThan,
  BitmaskEqualsZero: C.JET_relopBitmaskEqualsZero, BitmaskNotEqualsZero: C.JET_relopBitmaskNotEqualsZero,
} as const;

/** A condition ready to test: the column, the operator, the value in the form it is compared in (null: NULL). */
interface Condition {
  readonly col: TableColumn;
  readonly relop: number;
  readonly value: Uint8Array | null;
  /** Whether values are compared in key order (normalized) rather than as their stored bytes. */
  readonly normalized: boolean;
  /** An escrow column: compared as the record physically holds it (see setCursorFilter). */
  readonly escrow: boolean;
  readonly dotNetGuid: boolean;
}

/**
 * JetSetCursorFilter on a table cursor: any old filter goes first, whatever the outcome (a failed call leaves the
 * cursor with none); count 0 only removes it. Each condition is checked in order and the first bad one answers.
 */
export function setCursorFilter(engine: Engine, cursor: TableCursor, specs: readonly FilterSpec[], grbit: number): void {
  enterTable(engine, cursor);
  clearFilter(cursor);
  if (grbit !== 0) fail(JET_errInvalidGrbit);
  // Only the primary index (or the sequential order) is filtered; a filter never moves to another index.
  if (cursor.index !== null) fail(JET_errFilteredMoveNotSupported);
  if (specs.length === 0) return;
  const primary = cursor.table.primary;
  const dotNetGuid = primary !== null && (primary.grbit & C.JET_bitIndexDotNetGuid) !== 0;
  const conditions = specs.map((spec) => condition(cursor, spec, dotNetGuid));
  const table = cursor.table;
  const ses = cursor.session;
  cursor.filter = (values, bm) => {
    const record = fullRecord(table, values);
    for (const c of conditions) {
      let value = record.get(c.col.columnid)?.[0] ?? null;
      // rec.cxx ErrRECICheckCursorFilter reads the record as it physically is: an escrow column with every
      // session's uncommitted deltas (node.cxx ErrNDDelta changes it in place), where a retrieve takes back those
      // the reader cannot see (escrowValue.ts).
      if (c.escrow && value !== null) value = physicalOldValue(ses, table, bm, { columnid: c.col.columnid, amount: 0n, size: value.length }, value);
      if (!matches(c, value)) return false;
    }
    return true;
  };
}

function clearFilter(cursor: TableCursor): void {
  cursor.filter = null;
  // The view the last navigation made carries the old filter.
  cursor.entries = null;
}

/** rec.cxx ErrRECIValidateOneMoveFilter, in its order, then the value in the form it is compared in. */
function condition(cursor: TableCursor, spec: FilterSpec, dotNetGuid: boolean): Condition {
  const zeroLength = spec.grbit === C.JET_bitZeroLength;
  if ((spec.grbit & ~C.JET_bitZeroLength) !== 0) fail(JET_errInvalidParameter);
  if (spec.cb === 0 ? spec.pv !== null : spec.pv === null || zeroLength) fail(JET_errInvalidParameter);
  // The column as a retrieve finds it (fldext.cxx ErrRECIAccessColumn: daedef.hxx FCOLUMNIDValid first).
  const col = columnOf(cursor, spec.columnid);
  if (col.isLong || col.isText || col.has(COLUMN.UserDefinedDefault)) fail(JET_errFilteredMoveNotSupported);
  const binary = col.coltyp === COLTYP.Binary;
  const relop = spec.relop;
  const bitmask = relop === RELOP.BitmaskEqualsZero || relop === RELOP.BitmaskNotEqualsZero;
  if (!binary && (relop === RELOP.PrefixEquals || zeroLength)) fail(JET_errInvalidParameter);
  if (spec.cb === 0) {
    if (bitmask || relop === RELOP.PrefixEquals) fail(JET_errInvalidParameter);
  } else if (!binary && spec.cb !== FIXED_SIZE[col.coltyp]) {
    fail(JET_errInvalidParameter);
  } else if (bitmask && (col.coltyp === COLTYP.Bit || col.coltyp === COLTYP.GUID || binary)) {
    fail(JET_errInvalidParameter);
  }
  const ordered = relop === RELOP.LessThanOrEqual || relop === RELOP.LessThan || relop === RELOP.GreaterThanOrEqual
    || relop === RELOP.GreaterThan;
  const normalized = !binary && (col.coltyp === COLTYP.Bit || ordered);
  const given = spec.cb === 0 ? (zeroLength ? new Uint8Array(0) : null) : (spec.pv as Uint8Array).slice(0, spec.cb);
  const value = given !== null && normalized && given.length > 0 ? normal(col, given, dotNetGuid) : given;
  return { col, relop, value, normalized, dotNetGuid, escrow: col.has(COLUMN.EscrowUpdate) };
}

/** A fixed value in key order (fldnorm.cxx FLDNormalizeFixedSegment), without its prefix byte. */
function normal(col: TableColumn, v: Uint8Array, dotNetGuid: boolean): Uint8Array {
  const out: number[] = [];
  appendSegment(out, col, v, 0, v.length, { nullsHigh: false, dotNetGuid });
  return Uint8Array.from(out.slice(1));
}

/** Whether `a & mask` has any bit set, both as integers of the column's size (little-endian bytes alike). */
function anyBitsShared(a: Uint8Array, mask: Uint8Array): boolean {
  const n = Math.min(a.length, mask.length);
  for (let i = 0; i < n; i++) if ((a[i] & mask[i]) !== 0) return true;
  return false;
}

/** rec.cxx ErrRECICheckCursorFilter for one condition and the record's first value of its column (null: NULL). */
function matches(c: Condition, stored: Uint8Array | null): boolean {
  const filter = c.value;
  if (stored === null) {
    // NULL sorts below every value and equals only a NULL filter value.
    switch (c.relop) {
      case RELOP.Equals: return filter === null;
      case RELOP.PrefixEquals: return false;
      case RELOP.NotEquals: return filter !== null;
      case RELOP.LessThanOrEqual: return true;
      case RELOP.LessThan: return filter !== null;
      case RELOP.GreaterThanOrEqual: return filter === null;
      case RELOP.GreaterThan: return false;
      case RELOP.BitmaskEqualsZero: return true;
      case RELOP.BitmaskNotEqualsZero: return false;
      // An operator the engine does not know lets every record through (its switch's default).
      default: return true;
    }
  }
  const data = c.normalized && stored.length > 0 ? normal(c.col, stored, c.dotNetGuid) : stored;
  const none = new Uint8Array(0);
  switch (c.relop) {
    case RELOP.Equals: return filter !== null && compareBytes(data, filter) === 0;
    case RELOP.PrefixEquals: {
      const f = filter ?? none;
      return data.length >= f.length && compareBytes(data.subarray(0, f.length), f) === 0;
    }
    case RELOP.NotEquals: return filter === null || compareBytes(data, filter) !== 0;
    case RELOP.LessThanOrEqual: return filter !== null && compareBytes(data, filter) <= 0;
    case RELOP.LessThan: return compareBytes(data, filter ?? none) < 0;
    case RELOP.GreaterThanOrEqual: return compareBytes(data, filter ?? none) >= 0;
    case RELOP.GreaterThan: return filter === null || compareBytes(data, filter) > 0;
    case RELOP.BitmaskEqualsZero: return !anyBitsShared(data, filter ?? none);
    case RELOP.BitmaskNotEqualsZero: return anyBitsShared(data, filter ?? none);
    default: return true;
  }
}
