import { JET_errKeyDuplicate } from '../constants/errors';
import * as C from '../constants/constants';
import { buildColumns, COLTYP, Column, ColumnsById, columnsById, ColumnSpec } from '../catalog/columns';
import { fail } from '../storage/failure';
import { appendSegment, cutAsciiText, keyFromBytes, PREFIX_DATA, SegmentOptions } from '../storage/keys';
import { PARAM } from './params';
import { HandleSet } from './handles';
import { CopyBuffer, FieldSource } from '../storage/record';
import { Row, RowStore, TreeRows } from '../storage/rows';
import { SortBuilder } from '../storage/sortBuilder';
import { RecordImage } from '../storage/engineRecord';
import type { KeyColumn } from '../storage/coltyp';
import type { KeyShape } from '../storage/keyBuilder';
import type { Session } from './session';
import { recordUndo } from './undo';
import type { Cursor } from './cursor';

/** Temp table grbits (JET_bitTT*). */
export const TT = {
  Indexed: C.JET_bitTTIndexed, Unique: C.JET_bitTTUnique, Updatable: C.JET_bitTTUpdatable,
  Scrollable: C.JET_bitTTScrollable, SortNullsHigh: C.JET_bitTTSortNullsHigh,
  ForceMaterialization: C.JET_bitTTForceMaterialization, ForwardOnly: C.JET_bitTTForwardOnly,
  IntrinsicLVsOnly: C.JET_bitTTIntrinsicLVsOnly, DotNetGuid: C.JET_bitTTDotNetGuid,
} as const;

/** The largest page size of the engine's small-page record formats. */
const SMALL_PAGE = 8192;

/**
 * Where a sort / temp table is in its life: collecting inserts, being read
 * back in order, materialized into a real (B+ tree) temp table, or broken by a
 * failed end of insert (only JetCloseTable works then).
 */
export type TempPhase = 'insert' | 'retrieve' | 'materialized' | 'broken';

export class TempTable implements KeyShape {
  phase: TempPhase;
  readonly columns: Column[];
  readonly byId: ColumnsById;
  readonly keyColumns: Column[];
  readonly segmentOptions: SegmentOptions;
  /** Rows collected in the insert phase. */
  pending: SortBuilder;
  /** The engine's record format of the rows, which orders the rows of a sort whose keys tie. */
  readonly image: RecordImage;
  /** The column id of each value of a row, for the copy buffer (CopyBuffer.reach). */
  readonly ids: Int32Array;
  /** Rows in key order once the insert phase is over. */
  store: RowStore | null = null;
  readonly cursors = new HandleSet<Cursor>();
  /** Counter for tables without key columns, and for keeping duplicates apart. */
  sequence = 0;
  /** The key column when the key is one ascending Long / UnsignedLong (built without the general segment code). */
  private readonly int32Key: Column | null;
  /** Reused by the general key code (keyNumbers). */
  private readonly scratch: number[] = [];
  /** Holds one of the instance's sort slots (released on materialization or close). */
  holdsSortSlot = false;
  /**
   * Rows are ordered by the key columns. False for a table without key
   * columns, and for an updatable sort opened without JET_bitTTIndexed once
   * it is materialized: its rows then sit in a sequential index (insertion
   * order, duplicates allowed, no key to make).
   */
  indexed: boolean;

  /**
   * @param keyMost longest key (cbKeyMost)
   * @param varSegMac longest text / binary key segment, prefix byte included (cbVarSegMac; 0 or keyMost: no limit)
   */
  constructor(
    readonly session: Session,
    readonly grbit: number,
    specs: readonly ColumnSpec[],
    readonly keyMost: number,
    private readonly varSegMac: number,
  ) {
    this.columns = buildColumns(specs);
    this.byId = columnsById(this.columns);
    // At most JET_ccolKeyMost key segments; further key columns are plain columns (sortapi.cxx ErrSORTTableOpen).
    this.keyColumns = this.columns.filter((c) => c.isKey).slice(0, C.JET_ccolKeyMost);
    this.indexed = this.keyColumns.length > 0;
    this.keyColumns.forEach((c, i) => (c.keySegment = i));
    this.segmentOptions = { nullsHigh: (grbit & TT.SortNullsHigh) !== 0, dotNetGuid: (grbit & TT.DotNetGuid) !== 0, keyMost };
    // tagfld.hxx: the tagged part of a record has one format up to 8 KB pages and another above (xsum.cxx FIsSmallPage).
    this.image = new RecordImage(this.columns, session.instance.param(C.JET_paramDatabasePageSize) <= SMALL_PAGE);
    this.ids = Int32Array.from(this.columns, (c) => c.columnid);
    this.pending = new SortBuilder(!this.removesDuplicates, this.image);
    const only = this.keyColumns.length === 1 ? this.keyColumns[0] : null;
    this.int32Key = only !== null && !only.descending && (only.coltyp === COLTYP.Long || only.coltyp === COLTYP.UnsignedLong) ? only : null;
    this.phase = 'insert';
  }

  has(bit: number): boolean {
    return (this.grbit & bit) !== 0;
  }

  /** Duplicate keys are dropped unless the sort is forward-only and not unique. */
  get removesDuplicates(): boolean {
    return !this.has(TT.ForwardOnly) || this.has(TT.Unique);
  }

  /** Seeks, ranges and backward moves need an indexed or scrollable sort. */
  get seekable(): boolean {
    return this.has(TT.Indexed) || this.has(TT.Scrollable);
  }

  /** Normalized key of a row's values. */
  keyOf(values: FieldSource): string {
    if (!this.indexed) return this.sequenceSuffix();
    const int32 = this.int32Key;
    if (int32 !== null) {
      // Fast path for the most common sort key, one ascending 32-bit integer: the same bytes appendSegment makes.
      const i = int32.index;
      if (values.lengthOf(i) === 4) {
        const v = values.bytes;
        const at = values.startOf(i);
        const top = int32.coltyp === COLTYP.Long ? v[at + 3] ^ 0x80 : v[at + 3];
        return String.fromCharCode(PREFIX_DATA, top, v[at + 2], v[at + 1], v[at]);
      }
    }
    return keyFromBytes(this.keyNumbers(values));
  }

  /**
   * Write the normalized key of a row's values (the bytes keyOf makes a
   * string of) into `dst` from `at`, which has room for keyMost bytes;
   * returns its length.
   */
  writeKey(values: FieldSource, dst: Uint8Array, at: number): number {
    if (!this.indexed) return this.writeSequence(dst, at);
    const int32 = this.int32Key;
    if (int32 !== null) {
      const i = int32.index;
      if (values.lengthOf(i) === 4) {
        const v = values.bytes;
        const from = values.startOf(i);
        dst[at] = PREFIX_DATA;
        dst[at + 1] = int32.coltyp === COLTYP.Long ? v[from + 3] ^ 0x80 : v[from + 3];
        dst[at + 2] = v[from + 2];
        dst[at + 3] = v[from + 1];
        dst[at + 4] = v[from];
        return 5;
      }
    }
    const bytes = this.keyNumbers(values);
    const n = bytes.length;
    for (let k = 0; k < n; k++) dst[at + k] = bytes[k];
    return n;
  }

  /** The key bytes through the general segment code, in a scratch array reused from call to call. */
  private keyNumbers(values: FieldSource): number[] {
    const bytes = this.scratch;
    bytes.length = 0;
    for (const col of this.keyColumns) {
      const i = col.index;
      this.appendKeySegment(bytes, col, values.bytes, values.startOf(i), values.lengthOf(i));
      if (bytes.length >= this.keyMost) break;
    }
    if (bytes.length > this.keyMost) bytes.length = this.keyMost;
    return bytes;
  }

  /** Append one key segment, cut to cbVarSegMac for text and binary columns (later segments still follow). */
  appendKeySegment(bytes: number[], col: KeyColumn, v: Uint8Array, at: number, len: number): void {
    const start = bytes.length;
    appendSegment(bytes, col, v, at, len, this.segmentOptions);
    const cap = this.varSegMac;
    if (cap !== 0 && cap < this.keyMost && col.fixedSize === 0 && bytes.length - start > cap) bytes.length = start + cap;
    if (col.isText) cutAsciiText(bytes, start, col, v, at, len, Math.min(this.keyMost - start, cap !== 0 && cap < this.keyMost ? cap : this.keyMost), this.keyMost);
  }

  /** The next 4-byte big-endian counter value (key of a keyless table, tie-breaker of kept duplicates). */
  sequenceSuffix(): string {
    const n = this.sequence++;
    return String.fromCharCode((n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
  }

  /** sequenceSuffix() written into `dst` from `at`; returns its length, 4. */
  writeSequence(dst: Uint8Array, at: number): number {
    const n = this.sequence++;
    dst[at] = (n >>> 24) & 0xff;
    dst[at + 1] = (n >>> 16) & 0xff;
    dst[at + 2] = (n >>> 8) & 0xff;
    dst[at + 3] = n & 0xff;
    return 4;
  }
}

/**
 * End the insert phase: sort and drop duplicates, then either read back from
 * memory or, for updatable sorts, materialize into a B+ tree temp table.
 */
export function endInsert(table: TempTable): void {
  const pending = table.pending;
  table.pending = new SortBuilder(!table.removesDuplicates, table.image);
  if (table.has(TT.Updatable)) {
    // Materializing gives the sort slot back; a sort read from memory keeps it until it is closed.
    releaseSortSlot(table);
    const tree = new TreeRows();
    const rows = pending.rows(table.removesDuplicates);
    if (table.has(TT.Indexed)) {
      for (const row of rows) tree.insert(row);
    } else {
      // ErrIsamSortMaterialize without an index: the sorted rows get sequential keys, in order.
      table.indexed = false;
      for (const row of rows) {
        const key = table.sequenceSuffix();
        tree.insert({ key, norm: key, rec: row.rec, at: row.at, idx: 0 });
      }
    }
    table.store = tree;
    table.phase = 'materialized';
  } else {
    table.store = pending.sorted(table.removesDuplicates);
    table.phase = 'retrieve';
  }
}

export function releaseSortSlot(table: TempTable): void {
  if (!table.holdsSortSlot) return;
  table.holdsSortSlot = false;
  table.session.instance.sortCount -= 1;
}

/**
 * Add a row: to the collecting sort (returns null: the row has no position
 * yet), or to a materialized table's tree, versioned inside a transaction.
 */
export function insertRow(table: TempTable, values: CopyBuffer): Row | null {
  if (table.phase === 'insert') {
    // The key is written straight into the sort's key area: no string per row.
    const sort = table.pending;
    const dst = sort.keyRoom(table.keyMost + 16);
    const at = sort.keyEnd;
    let length = table.writeKey(values, dst, at);
    if (!table.removesDuplicates) length += table.writeSequence(dst, at + length);
    sort.add(length, values);
    return null;
  }
  const key = table.keyOf(values);
  const norm = key;
  const tree = table.store as TreeRows;
  if (tree.get(key) !== undefined) fail(JET_errKeyDuplicate);
  const row: Row = { key, norm, rec: values.pack(), at: 0, idx: 0 };
  tree.insert(row);
  versioned(table, () => tree.delete(key));
  return row;
}

/** Record an undo step for a change to a materialized temp table. */
export function versioned(table: TempTable, undo: () => void): void {
  if (table.session.instance.param(PARAM.EnableTempTableVersioning) !== 0) recordUndo(table.session, undo);
}
