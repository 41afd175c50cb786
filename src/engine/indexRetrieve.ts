import { JET_errColumnNotFound, JET_errIndexTuplesCannotRetrieveFromIndex, JET_errInvalidGrbit } from '../constants/errors';
import * as C from '../constants/constants';
import { entryOf } from '../catalog/indexEntries';
import { fail } from '../storage/failure';
import { splitEntry } from '../storage/tableImage';
import { TableCursor, Where } from './tableCursor';
import { currentRecord } from './tableNav';
import { fullRecord } from './fullRecord';

const FROM_INDEX = C.JET_bitRetrieveFromIndex;
const FROM_PRIMARY = C.JET_bitRetrieveFromPrimaryBookmark;

/** Does a retrieve read "from the index" (JET_bitRetrieveFromIndex / ...FromPrimaryBookmark; ...Tuple needs the first)? */
export function fromIndex(grbit: number): boolean {
  return (grbit & (FROM_INDEX | FROM_PRIMARY | C.JET_bitRetrieveTuple)) !== 0;
}

/** Which value a JET_bitRetrieveFromIndex retrieve reads, and for the tuple column of a tuple index, which part. */
export interface IndexPlace {
  readonly itag: number;
  /** The tuple (its character offset) when the column is a tuple index's first column read with JET_bitRetrieveTuple. */
  readonly tupleOffset: number | null;
}

/**
 * The value a JET_bitRetrieveFromIndex retrieve reads (fldext.cxx
 * ErrIsamRetrieveColumn / ErrRECIRetrieveFromIndex): JET_bitRetrieveTuple
 * without FromIndex is InvalidGrbit, both FromIndex and FromPrimaryBookmark
 * too; on a secondary index the column must be one of its segments
 * (ColumnNotFound), and a multi-valued column reads the value the current
 * entry was made from (the engine finds it by making the record's keys again
 * until one equals the entry's, as JET_bitRetrieveTag reports it). The first
 * column of a tuple index is IndexTuplesCannotRetrieveFromIndex unless
 * JET_bitRetrieveTuple asks for the entry's tuple. With
 * JET_bitRetrieveFromPrimaryBookmark the column must be in the primary index
 * (a sequential table has none: ColumnNotFound). On the primary index the
 * value is the record's, itag 1, and a column outside the primary key is
 * ColumnNotFound when the cursor is on a record.
 */
export function indexPlace(cursor: TableCursor, columnid: number, grbit: number): IndexPlace {
  if ((grbit & C.JET_bitRetrieveTuple) !== 0 && (grbit & FROM_INDEX) === 0) fail(JET_errInvalidGrbit);
  if ((grbit & FROM_INDEX) !== 0 && (grbit & FROM_PRIMARY) !== 0) fail(JET_errInvalidGrbit);
  const index = cursor.index;
  if (index === null) {
    // On the primary index, on a record, the value comes from the primary key: a column outside it is
    // ColumnNotFound. Off a record, or in a table without a primary index, the record is read as usual.
    const primary = cursor.table.primary;
    if (primary !== null && cursor.where === Where.On && !primary.uses(columnid)) fail(JET_errColumnNotFound);
    return { itag: 1, tupleOffset: null };
  }
  if ((grbit & FROM_PRIMARY) !== 0) {
    const primary = cursor.table.primary;
    if (primary === null || !primary.uses(columnid)) fail(JET_errColumnNotFound);
    return { itag: 1, tupleOffset: null };
  }
  if (!index.uses(columnid)) fail(JET_errColumnNotFound);
  const tupleColumn = index.tuples !== null && index.segments[0].column.columnid === columnid;
  if (tupleColumn && (grbit & C.JET_bitRetrieveTuple) === 0) fail(JET_errIndexTuplesCannotRetrieveFromIndex);
  const values = fullRecord(cursor.table, currentRecord(cursor).values);
  const entry = cursor.entry;
  if (entry === null) return { itag: 1, tupleOffset: null };
  const found = entryOf(index, values, splitEntry(entry).indexKey);
  const i = index.segments.findIndex((s) => s.column.columnid === columnid);
  return { itag: found === undefined ? 1 : found.itags[i], tupleOffset: tupleColumn && found !== undefined ? found.tupleOffset : null };
}

/** The itagSequence JET_bitRetrieveTag reports for a JET_bitRetrieveFromIndex retrieve. */
export function indexItag(cursor: TableCursor, columnid: number, grbit: number): number {
  return indexPlace(cursor, columnid, grbit).itag;
}
