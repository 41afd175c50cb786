/** Commands on temp tables: open, rows in and out, navigation, copies, close. */
import {
  JET_bitColumnTTKey, JET_bitNewKey, JET_bitRangeInclusive, JET_bitRangeRemove, JET_bitRangeUpperLimit, JET_bitSeekEQ,
  JET_bitSeekGE, JET_bitSeekGT, JET_bitSeekLE, JET_bitSeekLT, JET_bitTTForceMaterialization, JET_bitTTForwardOnly,
  JET_bitTTIndexed, JET_bitTTScrollable, JET_bitTTUnique, JET_bitTTUpdatable, JET_coltypLong, JET_errInvalidOperation,
  JET_errKeyDuplicate, JET_errKeyNotMade, JET_errNoCurrentIndex, JET_errOutOfCursors, JET_errRecordDeleted,
  JET_errRecordPrimaryChanged, JET_errTooManySorts, JET_wrnSeekNotEqual, JET_MoveFirst, JET_MoveLast, JET_MoveNext,
  JET_MovePrevious, JET_prepCancel, JET_prepInsert,
  JET_prepReplace, JET_wrnColumnNull, out,
} from '../../../src';
import type { JET_COLUMNDEF, JET_COLUMNID, JET_SESID, JET_TABLEID } from '../../../src';
import type { Harness } from './harness';
import { MoveKind, SeekKind } from './moves';
import { cursorArg, Rng, sessionArg } from './random';
import { CommandSpec, onThreadOf } from './commandSpec';
import {
  closeTable, del, dupCursor, makeKey, move, openTable, prepare, retrieve, seek, setColumn, setRange, update,
} from './tableRules';
import { seekable } from './tables';
import { MCursor, MSession, World } from './world';

const KEY_COLS: JET_COLUMNDEF[] = [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }, { coltyp: JET_coltypLong, grbit: 0 }];
const PLAIN_COLS: JET_COLUMNDEF[] = [{ coltyp: JET_coltypLong, grbit: 0 }, { coltyp: JET_coltypLong, grbit: 0 }];
const TT = { idx: JET_bitTTIndexed, uniq: JET_bitTTUnique, upd: JET_bitTTUpdatable, scroll: JET_bitTTScrollable,
  force: JET_bitTTForceMaterialization, fwd: JET_bitTTForwardOnly };

/** [has key column, grbit] */
const SHAPES: readonly (readonly [readonly [boolean, number], number])[] = [
  [[true, 0], 4], [[true, TT.scroll], 3], [[true, TT.idx], 3], [[true, TT.upd], 3], [[true, TT.upd | TT.idx], 3],
  [[true, TT.force], 2], [[true, TT.fwd], 2], [[true, TT.fwd | TT.uniq], 1], [[true, TT.fwd | TT.idx], 1],
  [[false, 0], 2], [[false, TT.fwd], 1], [[true, TT.upd | TT.scroll], 1],
];

function int32(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setInt32(0, n, true);
  return b;
}

const sid = (s: MSession): JET_SESID => s.h as JET_SESID;
const tid = (c: MCursor): JET_TABLEID => c.h as JET_TABLEID;
const hasCursors = (w: World): boolean => w.liveCursors().length > 0;

/** Session and cursor for a cursor command; `prefer` steers toward cursors where the command means something. */
function target(h: Harness, r: Rng, prefer?: (c: MCursor) => boolean): [MSession, MCursor] | undefined {
  const s = sessionArg(h.w, r, (x) => x.cursors.length > 0);
  if (s === undefined) return undefined;
  const c = cursorArg(h.w, r, s, prefer);
  if (c === undefined) return undefined;
  onThreadOf(h, r, s);
  return [s, c];
}

const open: CommandSpec = {
  kind: 'openTempTable',
  weight: (w) => (w.liveSessions().length > 0 ? 12 : 0),
  produces: [JET_errTooManySorts, JET_errOutOfCursors],
  async run(h, r) {
    const s = sessionArg(h.w, r);
    if (s === undefined) return;
    onThreadOf(h, r, s);
    const [hasKey, grbit] = r.weighted(SHAPES);
    const cols = hasKey ? KEY_COLS : PLAIN_COLS;
    const ids: JET_COLUMNID[] = [];
    const tt = out<JET_TABLEID>();
    const o = () => ({ h: tt.value as number, k: ids[0] as number, d: ids[1] as number });
    if (r.chance(0.8)) {
      await h.jet('JetOpenTempTable', () => openTable(h.w, s, hasKey, grbit, o),
        () => h.api.JetOpenTempTable(sid(s), cols.map((c) => ({ ...c })), 2, grbit, tt, ids));
      return;
    }
    const spec = {
      prgcolumndef: cols.map((c) => ({ ...c })), ccolumn: 2, grbit, prgcolumnid: ids, tableid: undefined as JET_TABLEID | undefined,
    };
    const o2 = () => ({ h: spec.tableid as number, k: ids[0] as number, d: ids[1] as number });
    await h.jet('JetOpenTemporaryTable', () => openTable(h.w, s, hasKey, grbit, o2),
      () => h.api.JetOpenTemporaryTable(sid(s), spec));
  },
};

async function setCols(h: Harness, s: MSession, c: MCursor, k: number | undefined, d: number | null, setNull: boolean): Promise<boolean> {
  const cols = c.table.cols;
  if (k !== undefined) {
    const rc = await h.jet('JetSetColumn', () => setColumn(h.w, s, c, { k }),
      () => h.api.JetSetColumn(sid(s), tid(c), cols.k as JET_COLUMNID, int32(k), 4, 0, null));
    if (rc !== 0) return false;
  }
  if (d !== null || setNull) {
    const data = d === null ? null : int32(d);
    const rc = await h.jet('JetSetColumn', () => setColumn(h.w, s, c, { d }),
      () => h.api.JetSetColumn(sid(s), tid(c), cols.d as JET_COLUMNID, data, d === null ? 0 : 4, 0, null));
    if (rc !== 0) return false;
  }
  return true;
}

/** SetColumn(s) then JetUpdate; a failed update stays prepared, so it is cancelled. */
async function complete(h: Harness, s: MSession, c: MCursor, k: number | undefined, d: number | null): Promise<void> {
  // A replace sets d every time (NULL included); an insert leaves a NULL d unset.
  if (!(await setCols(h, s, c, k, d, c.prepared?.kind === 'replace'))) return;
  const rc = await h.jet('JetUpdate', () => update(h.w, s, c), () => h.api.JetUpdate(sid(s), tid(c), null, 0, null));
  if (rc !== 0 && c.alive && c.prepared !== null) {
    await h.jet('JetPrepareUpdate', () => prepare(h.w, s, c, 'cancel'),
      () => h.api.JetPrepareUpdate(sid(s), tid(c), JET_prepCancel));
  }
}

const keyValue = (r: Rng): number => r.weighted([[-3, 1], [-1, 2], [0, 2], [1, 3], [2, 3], [3, 2], [7, 1]]);
const dValue = (r: Rng): number | null => (r.chance(0.3) ? null : r.int(10));
const fillable = (c: MCursor): boolean => c.table.phase === 'insert' || c.table.phase === 'materialized';

const indexedTable = (c: MCursor): boolean => c.table.phase === 'materialized' && c.table.indexed;

const insert: CommandSpec = {
  kind: 'insert',
  weight: (w) => (w.liveCursors().some(fillable) ? 22 : 2),
  produces: [JET_errKeyDuplicate],
  async run(h, r) {
    const t = target(h, r, r.chance(0.3) ? indexedTable : fillable);
    if (t === undefined) return;
    const [s, c] = t;
    const rc = await h.jet('JetPrepareUpdate', () => prepare(h.w, s, c, 'insert'),
      () => h.api.JetPrepareUpdate(sid(s), tid(c), JET_prepInsert));
    if (rc === 0) await complete(h, s, c, keyValue(r), dValue(r));
  },
};

const MOVES: readonly (readonly [MoveKind, number])[] = [['first', 4], ['next', 6], ['prev', 2], ['last', 2], ['zero', 1]];
const MOVE_ARG: Record<MoveKind, number> = {
  first: JET_MoveFirst, next: JET_MoveNext, prev: JET_MovePrevious, last: JET_MoveLast, zero: 0,
};

async function moveCmd(h: Harness, s: MSession, c: MCursor, kind: MoveKind): Promise<void> {
  await h.jet('JetMove', () => move(h.w, s, c, kind), () => h.api.JetMove(sid(s), tid(c), MOVE_ARG[kind], 0));
}

const moveSpec: CommandSpec = {
  kind: 'move',
  weight: (w) => (hasCursors(w) ? 14 : 0),
  async run(h, r) {
    const t = target(h, r);
    if (t !== undefined) await moveCmd(h, t[0], t[1], r.weighted(MOVES));
  },
};

const readable = (c: MCursor): boolean => c.table.phase === 'retrieve' || c.table.phase === 'materialized';

const retrieveSpec: CommandSpec = {
  kind: 'retrieve',
  weight: (w) => (w.liveCursors().some(readable) ? 14 : 1),
  produces: [JET_wrnColumnNull],
  async run(h, r) {
    const t = target(h, r, readable);
    if (t !== undefined) await retrieveCmd(h, r, t[0], t[1]);
  },
};

async function retrieveCmd(h: Harness, r: Rng, s: MSession, c: MCursor): Promise<void> {
  const col = r.chance(0.75) ? 'd' : 'k';
  const buf = new Uint8Array(4);
  const actual = out<number>();
  const value = (): number | null => (actual.value === 0 ? null : new DataView(buf.buffer).getInt32(0, true));
  const colid = (col === 'k' ? c.table.cols.k : c.table.cols.d) as JET_COLUMNID;
  await h.jet('JetRetrieveColumn', () => retrieve(h.w, s, c, col, value),
    () => h.api.JetRetrieveColumn(sid(s), tid(c), colid, buf, 4, actual, 0, null));
}

const SEEKS: readonly (readonly [SeekKind, number])[] = [['EQ', 3], ['GE', 2], ['GT', 1], ['LE', 2], ['LT', 1]];
const SEEK_BIT: Record<SeekKind, number> = {
  EQ: JET_bitSeekEQ, GE: JET_bitSeekGE, GT: JET_bitSeekGT, LE: JET_bitSeekLE, LT: JET_bitSeekLT,
};

/** Where a key and a seek or range make sense (the model leaves the rest open). */
function keyable(c: MCursor): boolean {
  const t = c.table;
  // A key made before a sequential table was materialized: what a seek does with it is left open, so avoid it.
  if (t.phase === 'materialized') return t.indexed || c.key === false;
  if (t.phase === 'insert') return (t.grbit & JET_bitTTUpdatable) === 0 || (t.grbit & JET_bitTTIndexed) !== 0;
  return t.phase === 'retrieve' && c.range === null;
}

async function makeKeyCmd(h: Harness, s: MSession, c: MCursor, key: number): Promise<number> {
  return h.jet('JetMakeKey', () => makeKey(h.w, s, c, key),
    () => h.api.JetMakeKey(sid(s), tid(c), int32(key), 4, JET_bitNewKey));
}

const seekSpec: CommandSpec = {
  kind: 'seek',
  weight: (w) => (hasCursors(w) ? 8 : 0),
  produces: [JET_wrnSeekNotEqual, JET_errKeyNotMade],
  async run(h, r) {
    const t = target(h, r, r.chance(0.4) ? indexedTable : (c) => keyable(c) && seekable(c.table));
    if (t === undefined) return;
    const [s, c] = t;
    if (!keyable(c)) {
      await moveCmd(h, s, c, 'first');
      return;
    }
    const rc = await makeKeyCmd(h, s, c, keyValue(r));
    if (rc !== 0 && r.chance(0.5)) return;
    const kind = r.weighted(SEEKS);
    await h.jet('JetSeek', () => seek(h.w, s, c, kind), () => h.api.JetSeek(sid(s), tid(c), SEEK_BIT[kind]));
  },
};

function onRow(c: MCursor): boolean {
  if (c.table.phase === 'retrieve') return c.pos.t === 'at' && c.pos.i >= 0 && c.pos.i < c.table.sorted.length && c.range === null;
  return c.table.phase === 'materialized' && c.pos.t !== 'unknown' && c.range !== undefined;
}

const rangeSpec: CommandSpec = {
  kind: 'indexRange',
  weight: (w) => (w.liveCursors().some((c) => c.table.phase === 'materialized') ? 7 : hasCursors(w) ? 4 : 0),
  produces: [JET_errInvalidOperation, JET_errNoCurrentIndex],
  async run(h, r) {
    const t = target(h, r, (c) => onRow(c) && (c.table.indexed || seekable(c.table)));
    if (t === undefined) return;
    const [s, c] = t;
    if (!onRow(c) && c.table.phase !== 'insert' && c.table.phase !== 'broken') {
      await moveCmd(h, s, c, 'first');
      return;
    }
    if (c.table.phase === 'materialized' && r.chance(0.45)) {
      await h.jet('JetSetIndexRange', () => setRange(h.w, s, c, 'remove'),
        () => h.api.JetSetIndexRange(sid(s), tid(c), JET_bitRangeRemove));
      return;
    }
    if (r.chance(0.85)) await makeKeyCmd(h, s, c, keyValue(r));
    const inclusive = r.chance(0.5);
    const grbit = JET_bitRangeUpperLimit | (inclusive ? JET_bitRangeInclusive : 0);
    await h.jet('JetSetIndexRange', () => setRange(h.w, s, c, inclusive ? 'upperInclusive' : 'upper'),
      () => h.api.JetSetIndexRange(sid(s), tid(c), grbit));
  },
};

const materialized = (c: MCursor): boolean => c.table.phase === 'materialized' && c.pos.t !== 'unknown';

const deleteSpec: CommandSpec = {
  kind: 'delete',
  weight: (w) => (w.liveCursors().some(materialized) ? 6 : 1),
  produces: [JET_errRecordDeleted],
  async run(h, r) {
    const t = target(h, r, materialized);
    if (t === undefined) return;
    const [s, c] = t;
    if (c.table.phase === 'materialized' && c.pos.t === 'unknown') {
      await moveCmd(h, s, c, 'first');
      return;
    }
    const rc = await h.jet('JetDelete', () => del(h.w, s, c), () => h.api.JetDelete(sid(s), tid(c)));
    // The cursor now stands on a deleted row.
    if (rc === 0 && r.chance(0.4)) await retrieveCmd(h, r, s, c);
  },
};

const replaceSpec: CommandSpec = {
  kind: 'replace',
  weight: (w) => (w.liveCursors().some((c) => materialized(c) && c.table.indexed) ? 9 : w.liveCursors().some(materialized) ? 6 : 1),
  produces: [JET_errRecordPrimaryChanged],
  async run(h, r) {
    const t = target(h, r, r.chance(0.6) ? (c) => materialized(c) && c.table.indexed : materialized);
    if (t === undefined) return;
    const [s, c] = t;
    if (c.table.phase === 'insert' || (c.table.phase === 'materialized' && c.pos.t === 'unknown')) {
      await moveCmd(h, s, c, 'first');
      return;
    }
    const rc = await h.jet('JetPrepareUpdate', () => prepare(h.w, s, c, 'replace'),
      () => h.api.JetPrepareUpdate(sid(s), tid(c), JET_prepReplace));
    if (rc !== 0) return;
    let k = r.chance(c.table.indexed ? 0.7 : 0.2) ? keyValue(r) : undefined;
    // On an indexed table a new key value is what makes RecordPrimaryChanged; keep it different most of the time.
    if (k !== undefined && c.pos.t === 'on' && c.pos.row.k === k && r.chance(0.8)) k += 1;
    await complete(h, s, c, k, dValue(r));
  },
};

const prepareSpec: CommandSpec = {
  kind: 'prepare',
  weight: (w) => (w.liveCursors().some(fillable) ? 4 : 1),
  async run(h, r) {
    const t = target(h, r, fillable);
    if (t === undefined) return;
    const [s, c] = t;
    const x = r.next();
    if (x < 0.25) {
      await h.jet('JetPrepareUpdate', () => prepare(h.w, s, c, 'cancel'),
        () => h.api.JetPrepareUpdate(sid(s), tid(c), JET_prepCancel));
      return;
    }
    const kind = x < 0.7 || c.table.phase === 'insert' || c.pos.t === 'unknown' ? 'insert' : 'replace';
    const prep = kind === 'insert' ? JET_prepInsert : JET_prepReplace;
    await h.jet('JetPrepareUpdate', () => prepare(h.w, s, c, kind), () => h.api.JetPrepareUpdate(sid(s), tid(c), prep));
  },
};

const updateSpec: CommandSpec = {
  kind: 'update',
  weight: (w) => (w.liveCursors().some((c) => c.prepared !== null) ? 8 : 1),
  async run(h, r) {
    const t = target(h, r, (c) => c.prepared !== null);
    if (t === undefined) return;
    const [s, c] = t;
    if (c.prepared === null && r.chance(0.5)) {
      await h.jet('JetUpdate', () => update(h.w, s, c),
        () => h.api.JetUpdate(sid(s), tid(c), null, 0, null));
      return;
    }
    const k = c.prepared?.kind === 'insert' || r.chance(0.2) ? keyValue(r) : undefined;
    await complete(h, s, c, k, dValue(r));
  },
};

const dupSpec: CommandSpec = {
  kind: 'dupCursor',
  weight: (w) => (w.liveCursors().some(readable) ? 6 : 1),
  produces: [JET_errOutOfCursors],
  async run(h, r) {
    const t = target(h, r, readable);
    if (t === undefined) return;
    const [s, c] = t;
    const box = out<JET_TABLEID>();
    await h.jet('JetDupCursor', () => dupCursor(h.w, s, c, () => box.value),
      () => h.api.JetDupCursor(sid(s), tid(c), box, 0));
  },
};

const closeSpec: CommandSpec = {
  kind: 'closeTable',
  weight: (w) => (hasCursors(w) ? 6 : 0),
  async run(h, r) {
    const t = target(h, r);
    if (t === undefined) return;
    const [s, c] = t;
    await h.jet('JetCloseTable', () => closeTable(h.w, s, c), () => h.api.JetCloseTable(sid(s), tid(c)));
  },
};

export const TABLE_COMMANDS: readonly CommandSpec[] = [
  open, insert, moveSpec, retrieveSpec, seekSpec, rangeSpec, deleteSpec, replaceSpec, prepareSpec, updateSpec, dupSpec,
  closeSpec,
];
