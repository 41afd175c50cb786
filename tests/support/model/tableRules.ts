/**
 * Temp-table calls: open (sortapi.cxx ErrIsamOpenTempTable 3240-3322), the
 * phase dispatch tables (sortapi.cxx 2903-3210), prepared updates (fldmod.cxx
 * ErrIsamPrepareUpdate), JetUpdate / JetDelete (recupd.cxx), JetDupCursor
 * (sortapi.cxx ErrIsamSortDupCursor, fileopen.cxx ErrIsamDupCursor), JetCloseTable.
 */
import {
  JET_bitTTForceMaterialization, JET_bitTTForwardOnly, JET_bitTTIndexed, JET_bitTTScrollable, JET_bitTTUpdatable,
  JET_errAlreadyPrepared, JET_errCannotMaterializeForwardOnlySort, JET_errIllegalOperation, JET_errKeyDuplicate,
  JET_errNoCurrentIndex, JET_errNoCurrentRecord, JET_errOutOfCursors, JET_errRecordDeleted,
  JET_errRecordNotFound, JET_errRecordPrimaryChanged, JET_errTooManySorts, JET_errUpdateNotPrepared, JET_wrnColumnNull,
} from '../../../src';
import { check } from './check';
import { cursorCall, Outcome, sessionCall } from './gates';
import { MoveKind, SeekKind, sortMove, sortRange, sortSeek, tableMove, tableRange, tableSeek } from './moves';
import { addRow, currentRow, endInsert, isLive, newRow, observeRow, observeSortRow, removeRow } from './tables';
import { recordUndo } from './transactions';
import { MCursor, MSession, MTable, Phase, World } from './world';

const ILLEGAL: Outcome = { code: JET_errIllegalOperation };

export function openTable(
  w: World, s: MSession, hasKey: boolean, grbit: number, out: () => { h: number; k: number; d: number },
): Outcome {
  const g = sessionCall(w, s, false);
  if (g !== 0) return { code: g };
  const inst = s.inst;
  if (inst.params.maxSorts === 0) return { code: JET_errTooManySorts };
  const fwd = (grbit & JET_bitTTForwardOnly) !== 0;
  const needsTable = JET_bitTTIndexed | JET_bitTTUpdatable | JET_bitTTScrollable | JET_bitTTForceMaterialization;
  if (fwd && (grbit & needsTable) !== 0) return { code: JET_errCannotMaterializeForwardOnlySort };
  if (w.cursorCount(inst) >= inst.params.maxCursors) return { code: JET_errOutOfCursors };
  if (w.slotCount(inst) >= inst.params.maxSorts) return { code: JET_errTooManySorts };
  const atOpen = !hasKey || (grbit & JET_bitTTForceMaterialization) !== 0;
  if (atOpen && fwd) return { code: JET_errCannotMaterializeForwardOnlySort };
  return {
    code: 0,
    then: () => {
      const o = out();
      const t: MTable = {
        id: w.nextTableId(), session: s, grbit, hasKey, phase: atOpen ? 'materialized' : 'insert', indexed: atOpen && hasKey,
        pending: [], sorted: [], rows: [], nextDbk: 1, holdsSlot: !atOpen, cursors: [], alive: true, cols: { k: o.k, d: o.d },
      };
      // Materialized at open: the cursor is before the first row (ErrIsamSortMaterialize ends with DIRBeforeFirst).
      addCursor(w, t, o.h, { t: 'before' });
    },
  };
}

function addCursor(w: World, t: MTable, h: number, pos: MCursor['pos']): MCursor {
  const s = t.session;
  const c: MCursor = {
    h, seq: w.nextSeq(), table: t, session: s, alive: true, levelOpen: s.level, navLevel: s.level, pos,
    key: false, range: null, prepared: null,
  };
  t.cursors.push(c);
  s.cursors.push(c);
  w.cursors.push(c);
  return c;
}

/** The first JetMove / JetSeek of the insert phase: cancel the update, end insertion (fault Sort.endInsert). */
function leaveInsertPhase(w: World, c: MCursor): number | undefined {
  c.prepared = null;
  const fault = w.faults.hit('Sort.endInsert');
  if (fault !== undefined) {
    // The sort is broken: only JetCloseTable works; it keeps its sort slot until then.
    c.table.phase = 'broken';
    c.table.pending = [];
    return fault;
  }
  endInsert(c.table);
  return undefined;
}

/**
 * The move or seek that ends a sort's insert phase (sortapi.cxx ErrTTEndInsert). A materialized table leaves the
 * cursor before its first row (ErrIsamSortMaterialize) and the call then runs on it as asked; a sort read from
 * memory is on its first record (ErrSORTFirst), and an empty one answers `empty` before the call itself is looked
 * at (NoCurrentRecord to a move, even MovePrevious; RecordNotFound to a seek). A failed end of insert answers its
 * fault.
 */
function firstMoveOrSeek(w: World, c: MCursor, empty: number): Outcome | 'materialized' | 'sorted' {
  const fault = leaveInsertPhase(w, c);
  if (fault !== undefined) return { code: fault };
  const t = c.table;
  if ((t.phase as Phase) === 'materialized') {
    c.pos = { t: 'before' };
    return 'materialized';
  }
  if (t.sorted.length === 0) {
    c.pos = { t: 'at', i: -1 };
    return { code: empty };
  }
  c.pos = { t: 'at', i: 0 };
  return 'sorted';
}

export function move(w: World, s: MSession, c: MCursor, kind: MoveKind): Outcome {
  const g = cursorCall(w, s, c, false);
  if (g !== 0) return { code: g };
  const t = c.table;
  if (t.phase === 'broken') return ILLEGAL;
  if (t.phase === 'insert') {
    const ended = firstMoveOrSeek(w, c, JET_errNoCurrentRecord);
    if (ended !== 'sorted') return ended === 'materialized' ? tableMove(c, kind, s.level) : ended;
    // ErrTTSortInsMove: the sort is already on its first record; MoveNext counts that move.
    if (kind === 'first' || kind === 'next' || kind === 'zero') return { code: 0 };
    return sortMove(c, kind);
  }
  if (t.phase === 'retrieve') return sortMove(c, kind);
  // ErrIsamMove cancels a prepared update first.
  c.prepared = null;
  return tableMove(c, kind, s.level);
}

export function makeKey(w: World, s: MSession, c: MCursor, key: number): Outcome {
  const g = cursorCall(w, s, c, false);
  if (g !== 0) return { code: g };
  const t = c.table;
  if (t.phase === 'broken') return ILLEGAL;
  if (t.phase === 'materialized' && !t.indexed) return { code: JET_errNoCurrentIndex };
  return { code: 0, then: () => { c.key = key; } };
}

export function seek(w: World, s: MSession, c: MCursor, kind: SeekKind): Outcome {
  const g = cursorCall(w, s, c, false);
  if (g !== 0) return { code: g };
  const t = c.table;
  if (t.phase === 'broken') return ILLEGAL;
  if (t.phase === 'insert') {
    const ended = firstMoveOrSeek(w, c, JET_errRecordNotFound);
    if (ended !== 'sorted') return ended === 'materialized' ? tableSeek(c, kind, s.level) : ended;
    return sortSeek(c, kind);
  }
  if (t.phase === 'retrieve') return sortSeek(c, kind);
  return tableSeek(c, kind, s.level);
}

export function setRange(w: World, s: MSession, c: MCursor, grbit: 'upper' | 'upperInclusive' | 'remove'): Outcome {
  const g = cursorCall(w, s, c, false);
  if (g !== 0) return { code: g };
  const t = c.table;
  if (t.phase === 'broken' || t.phase === 'insert') return ILLEGAL;
  if (t.phase === 'retrieve') return grbit === 'remove' ? { code: 'any' } : sortRange(c, grbit === 'upperInclusive');
  return tableRange(c, grbit);
}

/** JetRetrieveColumn of k or d into a 4-byte buffer; `value` reads what came back (null for wrnColumnNull). */
export function retrieve(w: World, s: MSession, c: MCursor, col: 'k' | 'd', value: () => number | null): Outcome {
  const g = cursorCall(w, s, c, false);
  if (g !== 0) return { code: g };
  const t = c.table;
  if (t.phase === 'broken' || t.phase === 'insert') return ILLEGAL;
  if (t.phase === 'retrieve') {
    if (c.pos.t !== 'at') return { code: 'any' };
    const r = t.sorted[c.pos.i];
    if (r === undefined) return { code: JET_errNoCurrentRecord };
    const nullable = col === 'd' && r.cands.includes(null);
    const allNull = col === 'd' && r.cands.every((x) => x === null);
    return { code: allNull ? JET_wrnColumnNull : nullable ? [0, JET_wrnColumnNull] : 0, then: () => observeSortRow(r, col, value()) };
  }
  if (c.pos.t === 'unknown') return { code: 'any' };
  const row = currentRow(c);
  if (row === undefined) return { code: JET_errNoCurrentRecord };
  if (row === 'deleted') return { code: [JET_errRecordDeleted, JET_errNoCurrentRecord] };
  const cands = col === 'k' ? [row.k] : row.dCands ?? [row.d];
  const code = cands.every((x) => x === null) ? JET_wrnColumnNull : cands.includes(null) ? [0, JET_wrnColumnNull] : 0;
  return { code, then: () => observeRow(row, col, value()) };
}

/** JetPrepareUpdate(insert | replace | cancel). */
export function prepare(w: World, s: MSession, c: MCursor, kind: 'insert' | 'replace' | 'cancel'): Outcome {
  const g = cursorCall(w, s, c, false);
  if (g !== 0) return { code: g };
  const t = c.table;
  if (t.phase === 'broken' || t.phase === 'retrieve') return ILLEGAL;
  if (kind === 'cancel') {
    return c.prepared === null ? { code: JET_errUpdateNotPrepared } : { code: 0, then: () => { c.prepared = null; } };
  }
  check(!(t.phase === 'insert' && kind === 'replace'), 'the chooser never prepares a replace on a sort being filled');
  if (c.prepared !== null) return { code: JET_errAlreadyPrepared };
  const level = s.level;
  if (kind === 'insert') return { code: 0, then: () => { c.prepared = { kind, level, row: null }; } };
  if (c.pos.t === 'unknown') return { code: 'any', then: () => { c.pos = { t: 'unknown' }; } };
  const row = currentRow(c);
  if (row === undefined) return { code: JET_errNoCurrentRecord };
  if (row === 'deleted') return { code: [JET_errRecordDeleted, JET_errNoCurrentRecord] };
  return { code: 0, then: () => { c.prepared = { kind, level, row }; } };
}

/** JetSetColumn while an update is (or is not) prepared. */
/** JetSetColumn of the key column (`k`) or the data column (`d`, null: NULL) into the copy buffer. */
export function setColumn(w: World, s: MSession, c: MCursor, set: { k: number } | { d: number | null }): Outcome {
  const g = cursorCall(w, s, c, false);
  if (g !== 0) return { code: g };
  const t = c.table;
  if (t.phase === 'broken' || t.phase === 'retrieve') return ILLEGAL;
  const p = c.prepared;
  if (p === null) return { code: JET_errUpdateNotPrepared };
  return { code: 0, then: () => { Object.assign(p, set); } };
}

/** JetUpdate of the prepared update with the values its copy buffer holds (every JetSetColumn since the prepare). */
export function update(w: World, s: MSession, c: MCursor): Outcome {
  const g = cursorCall(w, s, c, false);
  if (g !== 0) return { code: g };
  const t = c.table;
  if (t.phase === 'broken' || t.phase === 'retrieve') return ILLEGAL;
  const p = c.prepared;
  if (p === null) return { code: JET_errUpdateNotPrepared };
  const k = p.k;
  if (p.kind === 'insert') {
    const d = p.d ?? null;
    check(k !== undefined, 'an insert always sets the key column');
    if (t.phase === 'insert') return { code: 0, then: () => { t.pending.push({ k, d }); c.prepared = null; } };
    const row = newRow(t, k, d);
    if (row === 'duplicate') return { code: JET_errKeyDuplicate };
    return {
      code: 0,
      then: () => {
        addRow(t, row);
        recordUndo(s, { op: 'insert', table: t, row });
        c.prepared = null;
        // The insert goes through a cursor of its own (recupd.cxx ErrRECIInsert): this cursor does not move.
      },
    };
  }
  const row = p.row;
  if (row === null || !isLive(t, row)) return { code: [JET_errRecordDeleted, JET_errNoCurrentRecord] };
  const newK = k ?? row.k;
  const d = p.d === undefined ? row.d : p.d;
  if (t.indexed && newK !== row.k) return { code: JET_errRecordPrimaryChanged };
  return {
    code: 0,
    then: () => {
      recordUndo(s, { op: 'replace', table: t, row, k: row.k, d: row.d, dCands: row.dCands });
      row.k = newK;
      row.d = d;
      delete row.dCands;
      c.prepared = null;
    },
  };
}

export function del(w: World, s: MSession, c: MCursor): Outcome {
  const g = cursorCall(w, s, c, false);
  if (g !== 0) return { code: g };
  const t = c.table;
  if (t.phase !== 'materialized') return ILLEGAL;
  c.prepared = null;
  if (c.pos.t === 'unknown') return { code: 'any' };
  const row = currentRow(c);
  if (row === undefined) return { code: JET_errNoCurrentRecord };
  if (row === 'deleted') return { code: [JET_errRecordDeleted, JET_errNoCurrentRecord] };
  return {
    code: 0,
    then: () => {
      removeRow(t, row);
      recordUndo(s, { op: 'delete', table: t, row });
    },
  };
}

export function dupCursor(w: World, s: MSession, c: MCursor, box: () => number): Outcome {
  const g = cursorCall(w, s, c, false);
  if (g !== 0) return { code: g };
  const t = c.table;
  if (t.phase === 'broken' || t.phase === 'insert') return ILLEGAL;
  if (w.cursorCount(s.inst) >= s.inst.params.maxCursors) return { code: JET_errOutOfCursors };
  // A sort copy moves to its first record; a table copy defers its move-first.
  const pos: MCursor['pos'] = t.phase === 'retrieve' ? { t: 'at', i: t.sorted.length > 0 ? 0 : -1 } : { t: 'defer' };
  return { code: 0, then: () => { addCursor(w, t, box(), pos); } };
}

export function closeTable(w: World, s: MSession, c: MCursor): Outcome {
  const g = cursorCall(w, s, c, true);
  if (g !== 0) return { code: g };
  return { code: 0, then: () => w.dropCursor(c) };
}
