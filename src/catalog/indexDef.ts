import { committedCreation, Creation } from './creation';
import {
  JET_errColumnNotFound, JET_errIndexInvalidDef, JET_errInvalidGrbit, JET_errInvalidParameter,
} from '../constants/errors';
import * as C from '../constants/constants';
import type { KeyColumn } from '../storage/coltyp';
import { fail } from '../storage/failure';
import type { KeyShape } from '../storage/keyBuilder';
import { appendSegment, cutAsciiText, isIntegerColtyp } from '../storage/keys';
import type { SegmentOptions } from '../storage/keys';
import type { RecordValues } from '../storage/tableImage';
import { meetsConditions } from './indexConditions';
import type { ConditionalRequest, IndexCondition } from './indexConditions';
import { keyAtItag } from './indexEntries';
import { checkTupleGrbit } from './indexTuples';
import { checkDensity } from './spaceHints';
import type { TupleLimits, TupleLimitsRequest } from './indexTuples';
import type { TableColumn } from './tableColumn';

/** Index grbits (JET_bitIndex*). */
export const INDEX = {
  Unique: C.JET_bitIndexUnique, Primary: C.JET_bitIndexPrimary, DisallowNull: C.JET_bitIndexDisallowNull,
  IgnoreNull: C.JET_bitIndexIgnoreNull, IgnoreAnyNull: C.JET_bitIndexIgnoreAnyNull,
  IgnoreFirstNull: C.JET_bitIndexIgnoreFirstNull, SortNullsHigh: C.JET_bitIndexSortNullsHigh,
  KeyMost: C.JET_bitIndexKeyMost, DotNetGuid: C.JET_bitIndexDotNetGuid, Unicode: C.JET_bitIndexUnicode,
  Empty: C.JET_bitIndexEmpty, Tuples: C.JET_bitIndexTuples, DisallowTruncation: C.JET_bitIndexDisallowTruncation,
} as const;

/** One segment of an index: a column, ascending or descending (what key normalization needs). */
export class IndexSegment implements KeyColumn {
  readonly coltyp: number;
  readonly cp: number;
  readonly fixedSize: number;
  readonly isText: boolean;
  readonly padTo: number;
  constructor(readonly column: TableColumn, readonly descending: boolean) {
    this.coltyp = column.coltyp;
    this.cp = column.cp;
    this.fixedSize = column.fixedSize;
    this.isText = column.isText;
    this.padTo = column.padTo;
  }
}

/** A parsed key description: column names and their directions. */
export interface KeyDescription {
  names: string[];
  descending: boolean[];
}

/**
 * Parse an esent.h key description ("+name\0-age\0\0", cbKey counting both
 * final NULs) as fcreate.cxx does: cbKey 0 is InvalidParameter; it must
 * start with '+' or '-' and end with two NULs; later segments may omit the
 * '+'; at most JET_ccolKeyMost segments; nothing may follow the final NUL.
 */
export function parseKeyDescription(szKey: string, cbKey: number): KeyDescription {
  if (cbKey === 0) fail(JET_errInvalidParameter);
  if (cbKey > szKey.length) fail(JET_errInvalidParameter);
  const key = szKey.slice(0, cbKey);
  if (cbKey < 2 || (key[0] !== '+' && key[0] !== '-') || key[cbKey - 1] !== '\0' || key[cbKey - 2] !== '\0') {
    fail(JET_errIndexInvalidDef);
  }
  const names: string[] = [];
  const descending: boolean[] = [];
  let at = 0;
  while (key[at] !== '\0') {
    if (names.length >= C.JET_ccolKeyMost) fail(JET_errIndexInvalidDef);
    let desc = false;
    if (key[at] === '-') {
      desc = true;
      at += 1;
    } else if (key[at] === '+') {
      at += 1;
    }
    const end = key.indexOf('\0', at);
    names.push(key.slice(at, end));
    descending.push(desc);
    at = end + 1;
  }
  if (names.length === 0 || at + 1 < cbKey) fail(JET_errIndexInvalidDef);
  return { names, descending };
}

/** What a caller asks for (JetCreateIndex / JET_INDEXCREATE). */
export interface IndexRequest {
  name: string;
  key: KeyDescription;
  grbit: number;
  cbKeyMost: number;
  cbVarSegMac: number;
  /** JET_INDEXCREATE's rgconditionalcolumn (its first cConditionalColumn entries). */
  conditional?: readonly ConditionalRequest[];
  /** JET_INDEXCREATE2+'s ptuplelimits (read with JET_bitIndexTupleLimits). */
  tupleLimits?: TupleLimitsRequest | null;
  /** The index's density (JetCreateIndex's lDensity, JET_INDEXCREATE's ulDensity; 0 when not given). */
  density?: number;
  /**
   * The engine carries the density as the index's own space hints, which index creation checks (spaceHints.ts):
   * JetCreateIndex and the first JET_INDEXCREATE (JetCreateIndex2, JetCreateTableColumnIndex / 2), which jetapi.cxx
   * CAutoINDEXCREATE1To2_T turns into hints. The later structs carry hints only through pSpacehints, which esemu
   * does not read; their ulDensity counts only for a primary index made with its table.
   */
  spaceHints?: boolean;
}

/** Check the grbit and sizes of an index request (fcreate.cxx ErrFILEIIndexCreate...); `largestKeyMost`: the page size's. */
export function checkIndexRequest(req: IndexRequest, largestKeyMost: number): { keyMost: number; varSegMac: number } {
  const g = req.grbit;
  const primary = (g & INDEX.Primary) !== 0;
  if (primary && (g & (INDEX.IgnoreNull | INDEX.IgnoreAnyNull | INDEX.IgnoreFirstNull)) !== 0) fail(JET_errInvalidGrbit);
  if ((g & C.JET_bitIndexCrossProduct) !== 0 && (g & C.JET_bitIndexNestedTable) !== 0) fail(JET_errInvalidGrbit);
  // fcreate.cxx: a primary index cannot be conditional.
  if (primary && (req.conditional?.length ?? 0) > 0) fail(JET_errIndexInvalidDef);
  if ((g & INDEX.Empty) !== 0 && (g & INDEX.IgnoreAnyNull) === 0) fail(JET_errInvalidGrbit);
  checkTupleGrbit(g, req.tupleLimits ?? null);
  let keyMost: number = C.JET_cbKeyMost_OLD;
  if ((g & INDEX.KeyMost) !== 0) {
    // fcreate.cxx ErrFILEIValidateCreateIndex: up to what the page size allows (keys.ts keyMostForPage).
    if (req.cbKeyMost < C.JET_cbKeyMostMin || req.cbKeyMost > largestKeyMost) fail(JET_errIndexInvalidDef);
    keyMost = req.cbKeyMost;
  }
  // With JET_bitIndexTupleLimits the cbVarSegMac field holds the tuple limits instead (a union in esent.h).
  const varSegMac = req.cbVarSegMac === 0 || (g & C.JET_bitIndexTupleLimits) !== 0 ? keyMost : req.cbVarSegMac;
  if (varSegMac > keyMost) fail(JET_errIndexInvalidDef);
  // fcreate.cxx ErrFILEIValidateCreateIndex: the space hints after the grbit, sizes and key description, before the
  // key's columns are looked up.
  if (req.spaceHints === true) checkDensity(req.density ?? 0);
  return { keyMost, varSegMac };
}

/** Find the columns of a key description (ColumnNotFound for a name the table does not have). */
export function segmentsOf(key: KeyDescription, column: (name: string) => TableColumn | undefined): IndexSegment[] {
  return key.names.map((name, i) => {
    const col = column(name);
    if (col === undefined) fail(JET_errColumnNotFound);
    return new IndexSegment(col, key.descending[i]);
  });
}

/** An index of a regular table. The primary index orders the records themselves; the others have entries. */
export class IndexDef implements KeyShape {
  readonly indexed = true;
  readonly keyColumns: readonly IndexSegment[];
  /** When other sessions see it (the session layer's tableCatalog.ts). */
  readonly creation: Creation = committedCreation();

  constructor(
    /** Never reused within a database file: images key their entry trees by it. */
    readonly id: number,
    readonly name: string,
    readonly segments: readonly IndexSegment[],
    readonly grbit: number,
    readonly keyMost: number,
    readonly varSegMac: number,
    /** Conditional columns (JET_INDEXCREATE's rgconditionalcolumn): a record not meeting them has no entry. */
    readonly conditions: readonly IndexCondition[] = [],
    /** A tuple index's limits (JET_bitIndexTuples), or null. */
    readonly tuples: TupleLimits | null = null,
  ) {
    this.keyColumns = segments;
    const only = segments.length === 1 ? segments[0] : null;
    this.integerKey = only !== null && conditions.length === 0 && tuples === null && only.fixedSize > 0 &&
      isIntegerColtyp(only.coltyp) && 1 + only.fixedSize <= keyMost ? only : null;
  }

  /**
   * The segment of an index of one integer column with no conditions or tuples: a record's key in it is then
   * made directly from the column's value (keys.ts integerSegment). Null for every other index.
   */
  readonly integerKey: IndexSegment | null;

  get primary(): boolean {
    return (this.grbit & INDEX.Primary) !== 0;
  }

  /** Primary indexes are unique (the record's key is its bookmark). */
  get unique(): boolean {
    return (this.grbit & (INDEX.Unique | INDEX.Primary)) !== 0;
  }

  /** How this index normalizes a segment (made once: the key of every record of the table goes through it). */
  private get segmentOptions(): SegmentOptions {
    return (this.options ??= { nullsHigh: (this.grbit & INDEX.SortNullsHigh) !== 0, dotNetGuid: (this.grbit & INDEX.DotNetGuid) !== 0, keyMost: this.keyMost });
  }

  private options: SegmentOptions | undefined;

  appendKeySegment(bytes: number[], col: KeyColumn, v: Uint8Array, at: number, len: number): void {
    const start = bytes.length;
    appendSegment(bytes, col, v, at, len, this.segmentOptions);
    const cap = this.varSegMac;
    if (cap < this.keyMost && col.fixedSize === 0 && bytes.length - start > cap) bytes.length = start + cap;
    if (col.isText) cutAsciiText(bytes, start, col, v, at, len, Math.min(this.keyMost - start, cap < this.keyMost ? cap : this.keyMost), this.keyMost);
  }

  /** JET_bitIndexDisallowTruncation: a record whose key would be cut is refused (KeyTruncated). */
  get disallowsTruncation(): boolean {
    return (this.grbit & INDEX.DisallowTruncation) !== 0;
  }

  /**
   * The base key of a record in this index (every multi-valued column at its
   * first value), or null when the index takes no entry for it (see
   * indexEntries.ts for the NULL rules). The record's other entries: indexKeys.
   */
  keyOf(values: RecordValues): string | null {
    const key = keyAtItag(this, values, 1);
    return key === 'outOfKeys' ? null : key;
  }

  /** Does a record break DisallowNull (some key column NULL)? */
  refusesNulls(values: RecordValues): boolean {
    if ((this.grbit & INDEX.DisallowNull) === 0) return false;
    const isNull = (seg: IndexSegment): boolean => {
      const v = values.get(seg.column.columnid);
      return v === undefined || v.length === 0;
    };
    // A record the index leaves out (a condition, or no tuple in a NULL first column) has no key to refuse
    // (fldnorm.cxx answers NotPresentInIndex / OutOfTuples before any NULL-segment warning).
    if (!meetsConditions(this.conditions, values)) return false;
    if (this.tuples !== null && isNull(this.segments[0])) return false;
    return this.segments.some(isNull);
  }

  /** Does the index use this column? */
  uses(columnid: number): boolean {
    return this.segments.some((s) => s.column.columnid === columnid);
  }

  /** fcreate.cxx FFILEIsIndexColumn: a key column or a conditional column of the index (ColumnInUse for DDL). */
  involves(columnid: number): boolean {
    return this.uses(columnid) || this.conditions.some((c) => c.column.columnid === columnid);
  }
}
