import { JET_errColumnNotFound, JET_errInvalidGrbit } from '../constants/errors';
import * as C from '../constants/constants';
import { itagOfEntry } from '../catalog/indexEntries';
import { fail } from '../storage/failure';
import { splitEntry } from '../storage/tableImage';
import type { TableCursor } from './tableCursor';
import { currentRecord } from './tableNav';

const FROM_INDEX = C.JET_bitRetrieveFromIndex;
const FROM_PRIMARY = C.JET_bitRetrieveFromPrimaryBookmark;

/** Does a retrieve read "from the index" (JET_bitRetrieveFromIndex / JET_bitRetrieveFromPrimaryBookmark)? */
export function fromIndex(grbit: number): boolean {
  return (grbit & (FROM_INDEX | FROM_PRIMARY)) !== 0;
}

/**
 * The itagSequence a JET_bitRetrieveFromIndex retrieve reads (fldext.cxx
 * ErrRECIRetrieveFromIndex): both bits together are InvalidGrbit; on a
 * secondary index the column must be one of its segments (ColumnNotFound),
 * and a multi-valued column reads the value the current entry was made from
 * (the engine finds it by making the record's keys again until one equals the
 * entry's, as JET_bitRetrieveTag reports it). With
 * JET_bitRetrieveFromPrimaryBookmark the column must be in the primary index
 * (a sequential table has none: ColumnNotFound). On the primary index the
 * value is the record's, itag 1.
 */
export function indexItag(cursor: TableCursor, columnid: number, grbit: number): number {
  if ((grbit & FROM_INDEX) !== 0 && (grbit & FROM_PRIMARY) !== 0) fail(JET_errInvalidGrbit);
  const index = cursor.index;
  if (index === null) return 1;
  if ((grbit & FROM_PRIMARY) !== 0) {
    const primary = cursor.table.primary;
    if (primary === null || !primary.uses(columnid)) fail(JET_errColumnNotFound);
    return 1;
  }
  if (!index.uses(columnid)) fail(JET_errColumnNotFound);
  const { values } = currentRecord(cursor);
  const entry = cursor.entry;
  if (entry === null) return 1;
  return itagOfEntry(index, values, splitEntry(entry).indexKey, columnid);
}
