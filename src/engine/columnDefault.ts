import {
  JET_errColumnInUse, JET_errColumnNotFound, JET_errColumnTooBig, JET_errDefaultValueTooBig, JET_errNullInvalid,
  JET_errPermissionDenied, JET_errTransReadOnly,
} from '../constants/errors';
import * as C from '../constants/constants';
import { checkName } from '../catalog/names';
import { EngineFailure, fail } from '../storage/failure';
import type { AttachedDatabase } from './database';
import type { Engine } from './engine';
import type { Session } from './session';
import { TABLE } from './tableCursor';
import { withTableByName } from './tableByName';
import { recordUndo } from './undo';

/**
 * JetSetColumnDefaultValue (fldmod.cxx ErrIsamSetColumnDefaultValue): the
 * column name is checked first, then the value (none or zero bytes:
 * NullInvalid), then the table is opened exclusively (JET_bitTableDenyRead:
 * TableInUse / TableLocked), then the column is looked up (ColumnNotFound; one
 * an index uses: ColumnInUse) and its new default checked as a value of the
 * column (a long value holds at most JET_cbLVDefaultValueMost bytes; a value
 * too long for the column is DefaultValueTooBig). Records inserted afterwards
 * take the new default. Inside a transaction, its rollback puts the old one back.
 */
export function setColumnDefaultValue(
  engine: Engine, ses: Session, db: AttachedDatabase, tableName: string | null, columnName: string | null, value: Uint8Array | null,
): void {
  const name = checkName(columnName);
  if (value === null || value.length === 0) fail(JET_errNullInvalid);
  const copy = value.slice();
  withTableByName(engine, ses, db, tableName, TABLE.DenyRead, (cursor) => {
    const table = cursor.table;
    // fldmod.cxx looks in the table's own columns: a derived table's template column is not found.
    const col = table.ownColumn(name);
    if (col === undefined) fail(JET_errColumnNotFound);
    if (table.indexes.some((i) => i.involves(col.columnid))) fail(JET_errColumnInUse);
    if (db.readOnly) fail(JET_errPermissionDenied);
    if (ses.readOnly) fail(JET_errTransReadOnly);
    if (col.isLong && copy.length > C.JET_cbLVDefaultValueMost) fail(JET_errDefaultValueTooBig);
    try {
      col.checkLength(copy.length);
    } catch (caught) {
      if (caught instanceof EngineFailure && caught.code === JET_errColumnTooBig) fail(JET_errDefaultValueTooBig);
      throw caught;
    }
    const changed = col.withDefault(col.stored(copy));
    // A template's new default holds in the tables derived from it too (they read the template's definition).
    const derived = db.file.derivedFrom(table);
    table.replaceColumn(col, changed, derived);
    recordUndo(ses, () => table.replaceColumn(changed, col, derived));
  });
}
