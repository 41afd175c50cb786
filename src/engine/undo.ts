import type { Session } from './session';

/** Restores what one change did; a rollback runs a level's entries newest first. */
export type UndoEntry = () => void;

/** Record how to undo a change made by the session (nothing to record outside a transaction). */
export function recordUndo(ses: Session, entry: UndoEntry): void {
  if (ses.level > 0) ses.undo.push(entry);
}
