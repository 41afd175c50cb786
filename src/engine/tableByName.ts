import type { AttachedDatabase } from './database';
import type { Engine } from './engine';
import type { Session } from './session';
import { closeTableCursor, openTableCursor, TableCursor } from './tableCursor';

/**
 * The calls that name a table instead of taking a cursor (JetGetColumnInfo,
 * JetGetIndexInfo, JetSetColumnDefaultValue) open one internally, as the
 * engine's ErrFILEOpenTable does: the name check (InvalidName), the lookup
 * (ObjectNotFound), the lock matrix for `grbit` and the cursor limit
 * (OutOfCursors) all apply. The cursor is closed again whatever the body does.
 */
export function withTableByName<T>(
  engine: Engine, ses: Session, db: AttachedDatabase, name: string | null, grbit: number, body: (cursor: TableCursor) => T,
): T {
  const cursor = openTableCursor(engine, ses, db, name as string, grbit);
  try {
    return body(cursor);
  } finally {
    closeTableCursor(engine, cursor);
  }
}
