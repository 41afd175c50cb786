import { closeCursor, Cursor, At } from './cursor';
import type { Engine } from './engine';
import type { Session } from './session';
import { closeTableCursor, TableCursor, Where } from './tableCursor';

/**
 * What happens to a session's cursors, of both kinds (sorts and temp tables,
 * regular tables), when it commits, rolls back or goes away.
 */
export type AnyCursor = Cursor | TableCursor;

export function closeAnyCursor(engine: Engine, cursor: AnyCursor): void {
  if (cursor instanceof TableCursor) closeTableCursor(engine, cursor);
  else closeCursor(engine, cursor);
}

/** Commit to `level`: everything the session's cursors did in the committed level now belongs to `level`. */
export function cursorsAfterCommit(ses: Session, level: number): void {
  ses.cursors.forEach((c) => {
    if (c.levelOpen > level) c.levelOpen = level;
    if (c.navLevel > level) c.navLevel = level;
    if (c.update !== null && c.update.level > level) c.update.level = level;
  });
  // dir.cxx ErrDIRCommitTransaction walks every cursor of the session, the deferred-closed ones too.
  for (const c of ses.deferredCursors) if (c.levelOpen > level) c.levelOpen = level;
}

/** Rollback to `target`, first step: cancel updates prepared above it and close cursors opened above it. */
export function cursorsBeforeRollback(engine: Engine, ses: Session, target: number): void {
  if (ses.cursors.size === 0) return;
  // Which cursors go does not depend on the order they are looked at in (nothing a close does is seen by another);
  // the ones to close are closed after the walk, which must not change the set.
  let closing: AnyCursor[] | null = null;
  ses.cursors.forEach((c) => {
    if (c.update !== null && c.update.level > target) c.update = null;
    if (c.levelOpen > target) (closing ??= []).push(c);
  });
  if (closing !== null) for (const c of closing as AnyCursor[]) closeAnyCursor(engine, c);
}

/** Rollback to `target`, after the checks: cursors that navigated in the level go before the first row. */
export function cursorsAfterRollback(ses: Session, target: number): void {
  ses.cursors.forEach((c) => {
    if (c.navLevel <= target) return;
    c.navLevel = target;
    if (c instanceof TableCursor) {
      c.where = Where.Before;
      c.bm = null;
      c.entry = null;
    } else {
      c.at = At.Before;
      c.row = null;
    }
  });
}
