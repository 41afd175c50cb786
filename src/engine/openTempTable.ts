import * as C from '../constants/constants';
import {
  JET_errCannotMaterializeForwardOnlySort, JET_errInvalidParameter, JET_errOutOfCursors, JET_errTooManySorts,
} from '../constants/errors';
import type { ColumnSpec } from '../catalog/columns';
import { fail } from '../storage/failure';
import { DEFAULT_KEY_MOST, keyMostForPage } from '../storage/keys';
import { TreeRows } from '../storage/rows';
import { At, Cursor, newCursor } from './cursor';
import type { Engine } from './engine';
import { enterSession } from './gates';
import { PARAM } from './params';
import type { Session } from './session';
import { TempTable, TT } from './tempTable';

export interface OpenTempTableArgs {
  columns: readonly ColumnSpec[];
  grbit: number;
  keyMost: number;
  varSegMac: number;
  /** Runs once the session's gate is passed: sortapi.cxx ErrIsamOpenTempTable writes JET_tableidNil there. */
  started?: () => void;
}

/** JetOpenTempTable* / JetOpenTemporaryTable*: a new sort or temp table and its first cursor. */
export function openTempTable(engine: Engine, ses: Session, args: OpenTempTableArgs): Cursor {
  enterSession(engine, ses, false);
  args.started?.();
  const inst = ses.instance;
  const maxSorts = inst.param(PARAM.MaxTemporaryTables);
  if (maxSorts === 0) fail(JET_errTooManySorts);
  const g = args.grbit;
  const forwardOnly = (g & TT.ForwardOnly) !== 0;
  if (forwardOnly && (g & (TT.Indexed | TT.Updatable | TT.Scrollable | TT.ForceMaterialization)) !== 0) {
    fail(JET_errCannotMaterializeForwardOnlySort);
  }
  // ErrSORTOpen takes a cursor, then a sort control block; only then are the sizes and the columns checked.
  if (inst.cursorCount >= inst.param(PARAM.MaxCursors)) fail(JET_errOutOfCursors);
  if (inst.sortCount >= maxSorts) fail(JET_errTooManySorts);
  const keyMost = args.keyMost === 0 ? DEFAULT_KEY_MOST : args.keyMost;
  // sortapi.cxx ErrSORTTableOpen: up to what the page size allows (keys.ts keyMostForPage).
  const largest = keyMostForPage(inst.param(C.JET_paramDatabasePageSize));
  if (keyMost < DEFAULT_KEY_MOST || keyMost > largest || args.varSegMac > keyMost) fail(JET_errInvalidParameter);
  const table = new TempTable(ses, g, args.columns, keyMost, args.varSegMac);
  const needsLongValueTable = table.columns.some((c) => c.isLong) && (g & TT.IntrinsicLVsOnly) === 0;
  const materializeNow = table.keyColumns.length === 0 || needsLongValueTable || (g & TT.ForceMaterialization) !== 0;
  if (materializeNow && forwardOnly) fail(JET_errCannotMaterializeForwardOnlySort);
  if (materializeNow) {
    table.phase = 'materialized';
    table.store = new TreeRows();
  } else {
    table.holdsSortSlot = true;
    inst.sortCount += 1;
  }
  const cursor = newCursor(engine, ses, table);
  // ErrIsamSortMaterialize leaves the cursor before the first row (DIRBeforeFirst).
  if (materializeNow) cursor.at = At.Before;
  return cursor;
}

