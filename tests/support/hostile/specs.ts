/** What each Jet function is called with when nothing is hostile, what it answers, and the kind of each argument. */
import {
  JET_DbInfoCp, JET_DbInfoPageSize, JET_wrnNoIdleActivity, JET_sesparamCorrelationID, JET_bitPrereadForward,
  out, JET_bitNewKey, JET_bitRangeUpperLimit, JET_bitSeekEQ, JET_bitTTIndexed, JET_bitTTForceMaterialization,
  JET_errRunningInMultiInstanceMode, JET_MoveFirst, JET_paramCommitDefault, JET_paramMaxSessions, JET_prepInsert,
  JET_SessionInfo, JET_coltypLong, JET_bitColumnEscrowUpdate, JET_bitReadLock, JET_bitRecordInIndex,
} from '../../../src';
import type { JET_COLUMNID, JET_DBID, JET_INSTANCE, JET_TABLEID } from '../../../src';
import { int32 } from '../fixture';
import type { Kind } from './kinds';
import { insertRows, keyDef, must, openSort } from './world';
import type { World } from './world';

export interface Spec {
  /** Run in an emulator with no instance at all. */
  empty?: boolean;
  /** What the valid call answers. */
  code: number;
  kinds: Kind[];
  /** Prepares the world; returns a maker of fresh valid arguments. */
  setup(w: World): () => unknown[];
}

function createdInstance(w: World): JET_INSTANCE {
  const box = out<JET_INSTANCE>();
  must(w.api.JetCreateInstance(box, 'created'), 'JetCreateInstance');
  return box.value;
}

function database(w: World, name: string, keepOpen: boolean): JET_DBID {
  const dbid = out<JET_DBID>();
  must(w.api.JetCreateDatabase(w.ses, name, null, dbid, 0), 'JetCreateDatabase');
  if (!keepOpen) must(w.api.JetCloseDatabase(w.ses, dbid.value, 0), 'JetCloseDatabase');
  return dbid.value;
}

/** An indexed sort holding 1, 2, 3, in its retrieve phase, on the first row. */
function readSort(w: World): { t: JET_TABLEID; col: JET_COLUMNID } {
  const s = openSort(w.api, w.ses, JET_bitTTIndexed);
  insertRows(w, s.t, s.col, [1, 2, 3]);
  must(w.api.JetMove(w.ses, s.t, JET_MoveFirst, 0), 'JetMove');
  return s;
}

/** A database holding table 't' with Long columns a and b and a secondary index 'ix' on a; the creator's cursor stays open unless `close`. */
function table(w: World, close: boolean): { dbid: JET_DBID; t: JET_TABLEID } {
  const dbid = database(w, 'w.edb', true);
  const t = out<JET_TABLEID>();
  must(w.api.JetCreateTable(w.ses, dbid, 't', 0, 0, t), 'JetCreateTable');
  must(w.api.JetAddColumn(w.ses, t.value, 'a', { coltyp: JET_coltypLong }, null, 0, out()), 'JetAddColumn');
  must(w.api.JetAddColumn(w.ses, t.value, 'b', { coltyp: JET_coltypLong }, null, 0, out()), 'JetAddColumn');
  must(w.api.JetCreateIndex(w.ses, t.value, 'ix', 0, '+a\0\0', 4, 100), 'JetCreateIndex');
  if (close) must(w.api.JetCloseTable(w.ses, t.value), 'JetCloseTable');
  return { dbid, t: t.value };
}

/** Table 't' (see `table`), closed after its DDL and opened again: a new cursor, its move to the first entry deferred. */
function reopened(w: World): JET_TABLEID {
  const { dbid } = table(w, true);
  const t = out<JET_TABLEID>();
  must(w.api.JetOpenTable(w.ses, dbid, 't', null, 0, 0, t), 'JetOpenTable');
  return t.value;
}

/** Table 't' (see `table`) with an escrow column n and one record, the cursor on it. */
function row(w: World): { t: JET_TABLEID; n: JET_COLUMNID } {
  const { t } = table(w, false);
  const n = out<JET_COLUMNID>();
  must(w.api.JetAddColumn(w.ses, t, 'n', { coltyp: JET_coltypLong, grbit: JET_bitColumnEscrowUpdate }, int32(0), 4, n), 'JetAddColumn');
  must(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert), 'JetPrepareUpdate');
  must(w.api.JetUpdate(w.ses, t, null, 0, null), 'JetUpdate');
  must(w.api.JetMove(w.ses, t, JET_MoveFirst, 0), 'JetMove');
  return { t, n: n.value };
}

/** A JET_TABLECREATE of table 'fresh' with one Long column, its outputs present so a sealed copy stays writable. */
function tableCreate(): Record<string, unknown> {
  return {
    szTableName: 'fresh', szTemplateTableName: null, ulPages: 0, ulDensity: 0, grbit: 0, tableid: undefined, cCreated: undefined,
    rgcolumncreate: [{ szColumnName: 'a', coltyp: JET_coltypLong, columnid: undefined, err: undefined }], cColumns: 1,
    rgindexcreate: [], cIndexes: 0,
  };
}

const createTableColumnIndex: Spec = {
  code: 0, kinds: ['ses', 'dbid', 'tableCreate'],
  setup: (w) => { const dbid = database(w, 'w.edb', true); return () => [w.ses, dbid, tableCreate()]; },
};

/** Table 't' (see `row`) with a second index 'ib' on b, the cursor on its record in index 'ix'. */
function onIndex(w: World): { t: JET_TABLEID } {
  const { t } = row(w);
  must(w.api.JetCreateIndex(w.ses, t, 'ib', 0, '+b\0\0', 4, 100), 'JetCreateIndex');
  must(w.api.JetSetCurrentIndex(w.ses, t, 'ix'), 'JetSetCurrentIndex');
  return { t };
}

/** `onIndex` and the record's secondary index bookmark in 'ix'. */
function secondaryBookmark(w: World): { t: JET_TABLEID; key: Uint8Array; bm: Uint8Array } {
  const { t } = onIndex(w);
  const key = new Uint8Array(16);
  const bm = new Uint8Array(16);
  const cbKey = out<number>(0);
  const cbBm = out<number>(0);
  must(w.api.JetGetSecondaryIndexBookmark(w.ses, t, key, 16, cbKey, bm, 16, cbBm, 0), 'JetGetSecondaryIndexBookmark');
  return { t, key: key.slice(0, cbKey.value), bm: bm.slice(0, cbBm.value) };
}

/** `onIndex` plus a second cursor on index 'ib': the two index ranges of a JetIntersectIndexes. */
function twoRanges(w: World): { t: JET_TABLEID; u: JET_TABLEID } {
  const { t } = onIndex(w);
  const u = out<JET_TABLEID>();
  must(w.api.JetDupCursor(w.ses, t, u, 0), 'JetDupCursor');
  must(w.api.JetSetCurrentIndex(w.ses, u.value, 'ib'), 'JetSetCurrentIndex');
  return { t, u: u.value };
}

const tempTableArgs = (w: World): unknown[] => [w.ses, keyDef(), 1];
const begin = (w: World): void => must(w.api.JetBeginTransaction(w.ses), 'JetBeginTransaction');

export const specs: Record<string, Spec> = {
  JetCreateInstance: { code: 0, kinds: ['box', 'str'], setup: () => () => [out(), 'fresh'] },
  JetCreateInstance2: { code: 0, kinds: ['box', 'str', 'str', 'grbit'], setup: () => () => [out(), 'fresh', 'shown', 0] },
  JetInit: { code: 0, kinds: ['initBox'], setup: (w) => { const i = createdInstance(w); return () => [{ value: i }]; } },
  JetInit2: { code: 0, kinds: ['initBox', 'grbit'], setup: (w) => { const i = createdInstance(w); return () => [{ value: i }, 0]; } },
  JetInit3: {
    code: 0, kinds: ['initBox', 'struct', 'grbit'],
    setup: (w) => { const i = createdInstance(w); return () => [{ value: i }, { cbStruct: 48 }, 0]; },
  },
  JetTerm: { code: 0, kinds: ['inst'], setup: (w) => () => [w.inst] },
  JetTerm2: { code: 0, kinds: ['inst', 'grbit'], setup: (w) => () => [w.inst, 0] },
  JetStopService: { code: JET_errRunningInMultiInstanceMode, kinds: [], setup: () => () => [] },
  JetStopServiceInstance: { code: 0, kinds: ['inst'], setup: (w) => () => [w.inst] },
  JetStopServiceInstance2: { code: 0, kinds: ['inst', 'grbit'], setup: (w) => () => [w.inst, 0] },
  JetEnableMultiInstance: {
    empty: true, code: 0, kinds: ['sysParams', 'count', 'boxOpt'],
    setup: () => () => [[{ paramid: JET_paramMaxSessions, lParam: 10 }], 1, out()],
  },
  JetSetSystemParameter: {
    code: 0, kinds: ['instBox', 'sesOpt', 'int', 'lParam', 'str'],
    setup: (w) => () => [{ value: w.inst }, 0, JET_paramCommitDefault, 1, null],
  },
  JetGetSystemParameter: {
    code: 0, kinds: ['instOpt', 'sesOpt', 'int', 'boxOpt', 'boxOpt', 'size'],
    setup: (w) => () => [w.inst, 0, JET_paramMaxSessions, out(), null, 0],
  },
  JetBeginSession: { code: 0, kinds: ['inst', 'box', 'unreadStr', 'unreadStr'], setup: (w) => () => [w.inst, out(), '', ''] },
  JetDupSession: { code: 0, kinds: ['ses', 'box'], setup: (w) => () => [w.ses, out()] },
  JetEndSession: { code: 0, kinds: ['ses', 'unread'], setup: (w) => () => [w.ses, 0] },
  JetSetSessionContext: { code: 0, kinds: ['ses', 'int'], setup: (w) => () => [w.ses, 5] },
  JetResetSessionContext: {
    code: 0, kinds: ['ses'],
    setup: (w) => { must(w.api.JetSetSessionContext(w.ses, 5), 'JetSetSessionContext'); return () => [w.ses]; },
  },
  JetGetSessionInfo: { code: 0, kinds: ['ses', 'box', 'size', 'int'], setup: (w) => () => [w.ses, out(), 24, JET_SessionInfo] },
  JetBeginTransaction: { code: 0, kinds: ['ses'], setup: (w) => () => [w.ses] },
  JetIdle: { code: JET_wrnNoIdleActivity, kinds: ['ses', 'grbit'], setup: (w) => () => [w.ses, 0] },
  JetGetVersion: { code: 0, kinds: ['ses', 'box'], setup: (w) => () => [w.ses, out()] },
  JetGetInstanceInfo: { code: 0, kinds: ['box', 'box'], setup: () => () => [out(), out()] },
  // JET_errWriteConflict's information: no instance needed (jetapi.cxx JetGetErrorInfoExW has no gate).
  JetGetErrorInfo: { code: 0, kinds: ['int', 'box', 'size', 'int', 'grbit'], setup: () => () => [-1102, out(), 152, 1, 0] },
  JetGetThreadStats: { code: 0, kinds: ['box', 'size'], setup: () => () => [out(), 80] },
  JetSetSessionParameter: {
    code: 0, kinds: ['ses', 'int', 'inBuf', 'size'], setup: (w) => () => [w.ses, JET_sesparamCorrelationID, int32(5), 4],
  },
  JetGetSessionParameter: {
    code: 0, kinds: ['ses', 'int', 'outBuf', 'size', 'boxOpt'],
    setup: (w) => () => [w.ses, JET_sesparamCorrelationID, new Uint8Array(4), 4, out()],
  },
  JetBeginTransaction2: { code: 0, kinds: ['ses', 'grbit'], setup: (w) => () => [w.ses, 0] },
  JetBeginTransaction3: { code: 0, kinds: ['ses', 'int', 'grbit'], setup: (w) => () => [w.ses, 7, 0] },
  JetCommitTransaction: { code: 0, kinds: ['ses', 'grbit'], setup: (w) => { begin(w); return () => [w.ses, 0]; } },
  JetCommitTransaction2: {
    code: 0, kinds: ['ses', 'grbit', 'int', 'boxOpt'], setup: (w) => { begin(w); return () => [w.ses, 0, 0, out()]; },
  },
  JetRollback: { code: 0, kinds: ['ses', 'grbit'], setup: (w) => { begin(w); return () => [w.ses, 0]; } },
  JetCreateDatabase: {
    code: 0, kinds: ['ses', 'str', 'str', 'box', 'grbit'], setup: (w) => () => [w.ses, 'new.edb', null, out(), 0],
  },
  JetCreateDatabase2: {
    code: 0, kinds: ['ses', 'str', 'int', 'box', 'grbit'], setup: (w) => () => [w.ses, 'new.edb', 0, out(), 0],
  },
  JetAttachDatabase: {
    code: 0, kinds: ['ses', 'str', 'grbit'],
    setup: (w) => {
      database(w, 'old.edb', false);
      must(w.api.JetDetachDatabase(w.ses, 'old.edb'), 'JetDetachDatabase');
      return () => [w.ses, 'old.edb', 0];
    },
  },
  JetAttachDatabase2: {
    code: 0, kinds: ['ses', 'str', 'int', 'grbit'],
    setup: (w) => {
      database(w, 'old.edb', false);
      must(w.api.JetDetachDatabase(w.ses, 'old.edb'), 'JetDetachDatabase');
      return () => [w.ses, 'old.edb', 0, 0];
    },
  },
  JetOpenDatabase: {
    code: 0, kinds: ['ses', 'str', 'str', 'box', 'grbit'],
    setup: (w) => { database(w, 'w.edb', false); return () => [w.ses, 'w.edb', null, out(), 0]; },
  },
  JetGetDatabaseInfo: {
    code: 0, kinds: ['ses', 'dbid', 'box', 'size', 'int'],
    setup: (w) => { const dbid = database(w, 'w.edb', true); return () => [w.ses, dbid, out(), 4, JET_DbInfoCp]; },
  },
  JetGetDatabaseFileInfo: {
    code: 0, kinds: ['str', 'box', 'size', 'int'],
    setup: (w) => { database(w, 'w.edb', false); return () => ['w.edb', out(), 4, JET_DbInfoPageSize]; },
  },
  JetSetMaxDatabaseSize: {
    code: 0, kinds: ['ses', 'dbid', 'grbit', 'unread'],
    setup: (w) => { const dbid = database(w, 'w.edb', true); return () => [w.ses, dbid, 1000, 0]; },
  },
  JetGetMaxDatabaseSize: {
    code: 0, kinds: ['ses', 'dbid', 'box', 'unread'],
    setup: (w) => { const dbid = database(w, 'w.edb', true); return () => [w.ses, dbid, out(), 0]; },
  },
  JetCloseDatabase: {
    code: 0, kinds: ['ses', 'dbid', 'unread'],
    setup: (w) => { const dbid = database(w, 'w.edb', true); return () => [w.ses, dbid, 0]; },
  },
  JetDetachDatabase: { code: 0, kinds: ['ses', 'str'], setup: (w) => { database(w, 'w.edb', false); return () => [w.ses, 'w.edb']; } },
  JetDetachDatabase2: {
    code: 0, kinds: ['ses', 'str', 'grbit'], setup: (w) => { database(w, 'w.edb', false); return () => [w.ses, 'w.edb', 0]; },
  },
  JetOpenTempTable: {
    code: 0, kinds: ['ses', 'colDefs', 'count', 'grbit', 'box', 'outIds'],
    setup: (w) => () => [...tempTableArgs(w), 0, out(), []],
  },
  JetOpenTempTable2: {
    code: 0, kinds: ['ses', 'colDefs', 'count', 'int', 'grbit', 'box', 'outIds'],
    setup: (w) => () => [...tempTableArgs(w), 1033, 0, out(), []],
  },
  JetOpenTempTable3: {
    code: 0, kinds: ['ses', 'colDefs', 'count', 'struct', 'grbit', 'box', 'outIds'],
    setup: (w) => () => [...tempTableArgs(w), { lcid: 1033 }, 0, out(), []],
  },
  JetOpenTemporaryTable: {
    code: 0, kinds: ['ses', 'ott'],
    setup: (w) => () => [w.ses, { prgcolumndef: keyDef(), ccolumn: 1, grbit: 0, prgcolumnid: [] }],
  },
  JetOpenTemporaryTable2: {
    code: 0, kinds: ['ses', 'ott'],
    setup: (w) => () => [w.ses, { prgcolumndef: keyDef(), ccolumn: 1, grbit: 0, prgcolumnid: [] }],
  },
  JetPrepareUpdate: {
    code: 0, kinds: ['sesCursor', 'tab', 'int'],
    setup: (w) => { const s = openSort(w.api, w.ses); return () => [w.ses, s.t, JET_prepInsert]; },
  },
  JetSetColumn: {
    code: 0, kinds: ['sesCursor', 'tab', 'int', 'inBuf', 'count', 'grbit', 'struct'],
    setup: (w) => {
      const s = openSort(w.api, w.ses);
      must(w.api.JetPrepareUpdate(w.ses, s.t, JET_prepInsert), 'JetPrepareUpdate');
      return () => [w.ses, s.t, s.col, int32(7), 4, 0, { ibLongValue: 0, itagSequence: 1 }];
    },
  },
  JetSetColumns: {
    code: 0, kinds: ['sesCursor', 'tab', 'setCols', 'count'],
    setup: (w) => {
      const s = openSort(w.api, w.ses);
      must(w.api.JetPrepareUpdate(w.ses, s.t, JET_prepInsert), 'JetPrepareUpdate');
      return () => [w.ses, s.t, [{ columnid: s.col, pvData: int32(7), cbData: 4 }], 1];
    },
  },
  JetUpdate: {
    code: 0, kinds: ['sesCursor', 'tab', 'outBuf', 'count', 'boxOpt'],
    setup: (w) => {
      const s = openSort(w.api, w.ses);
      must(w.api.JetPrepareUpdate(w.ses, s.t, JET_prepInsert), 'JetPrepareUpdate');
      must(w.api.JetSetColumn(w.ses, s.t, s.col, int32(7), 4, 0, null), 'JetSetColumn');
      return () => [w.ses, s.t, new Uint8Array(16), 16, out()];
    },
  },
  JetDelete: {
    code: 0, kinds: ['sesCursor', 'tab'],
    setup: (w) => {
      const s = openSort(w.api, w.ses, JET_bitTTForceMaterialization);
      insertRows(w, s.t, s.col, [1]);
      must(w.api.JetMove(w.ses, s.t, JET_MoveFirst, 0), 'JetMove');
      return () => [w.ses, s.t];
    },
  },
  JetMove: {
    code: 0, kinds: ['sesCursor', 'tab', 'int32', 'grbit'],
    setup: (w) => {
      const s = openSort(w.api, w.ses);
      insertRows(w, s.t, s.col, [1, 2]);
      return () => [w.ses, s.t, JET_MoveFirst, 0];
    },
  },
  JetMakeKey: {
    code: 0, kinds: ['sesCursor', 'tab', 'inBuf', 'count', 'grbit'],
    setup: (w) => { const s = openSort(w.api, w.ses); return () => [w.ses, s.t, int32(5), 4, JET_bitNewKey]; },
  },
  JetSeek: {
    code: 0, kinds: ['sesCursor', 'tab', 'grbit'],
    setup: (w) => {
      const s = readSort(w);
      must(w.api.JetMakeKey(w.ses, s.t, int32(2), 4, JET_bitNewKey), 'JetMakeKey');
      return () => [w.ses, s.t, JET_bitSeekEQ];
    },
  },
  JetSetIndexRange: {
    code: 0, kinds: ['sesCursor', 'tab', 'grbit'],
    setup: (w) => {
      const s = readSort(w);
      must(w.api.JetMakeKey(w.ses, s.t, int32(3), 4, JET_bitNewKey), 'JetMakeKey');
      return () => [w.ses, s.t, JET_bitRangeUpperLimit];
    },
  },
  JetRetrieveColumn: {
    code: 0, kinds: ['sesCursor', 'tab', 'int', 'outBuf', 'count', 'boxOpt', 'grbit', 'struct'],
    setup: (w) => {
      const s = readSort(w);
      return () => [w.ses, s.t, s.col, new Uint8Array(4), 4, out(), 0, { ibLongValue: 0, itagSequence: 1 }];
    },
  },
  JetRetrieveColumns: {
    code: 0, kinds: ['sesCursor', 'tab', 'retCols', 'count'],
    setup: (w) => { const s = readSort(w); return () => [w.ses, s.t, [{ columnid: s.col, pvData: new Uint8Array(4), cbData: 4 }], 1]; },
  },
  JetRetrieveKey: {
    code: 0, kinds: ['sesCursor', 'tab', 'outBuf', 'count', 'boxOpt', 'grbit'],
    setup: (w) => { const s = readSort(w); return () => [w.ses, s.t, new Uint8Array(16), 16, out(), 0]; },
  },
  JetGetBookmark: {
    code: 0, kinds: ['sesCursor', 'tab', 'outBuf', 'count', 'boxOpt'],
    setup: (w) => { const s = readSort(w); return () => [w.ses, s.t, new Uint8Array(16), 16, out()]; },
  },
  JetGotoBookmark: {
    code: 0, kinds: ['sesCursor', 'tab', 'inBuf', 'count'],
    setup: (w) => {
      const s = readSort(w);
      const bm = new Uint8Array(16);
      const cb = out<number>(0);
      must(w.api.JetGetBookmark(w.ses, s.t, bm, 16, cb), 'JetGetBookmark');
      return () => [w.ses, s.t, bm.slice(0, cb.value), cb.value];
    },
  },
  JetDupCursor: {
    code: 0, kinds: ['sesCursor', 'tab', 'box', 'unread'],
    setup: (w) => { const s = readSort(w); return () => [w.ses, s.t, out(), 0]; },
  },
  JetCloseTable: {
    code: 0, kinds: ['sesCursor', 'tab'],
    setup: (w) => { const s = openSort(w.api, w.ses); return () => [w.ses, s.t]; },
  },
  JetCreateTable: {
    code: 0, kinds: ['ses', 'dbid', 'str', 'int', 'int', 'box'],
    setup: (w) => { const dbid = database(w, 'w.edb', true); return () => [w.ses, dbid, 'fresh', 0, 0, out()]; },
  },
  JetCreateTableColumnIndex: createTableColumnIndex,
  JetCreateTableColumnIndex2: createTableColumnIndex,
  JetCreateTableColumnIndex3: createTableColumnIndex,
  JetCreateTableColumnIndex4: createTableColumnIndex,
  JetOpenTable: {
    code: 0, kinds: ['ses', 'dbid', 'str', 'inBuf', 'size', 'grbit', 'box'],
    setup: (w) => { const { dbid } = table(w, true); return () => [w.ses, dbid, 't', new Uint8Array(4), 4, 0, out()]; },
  },
  JetDeleteTable: {
    code: 0, kinds: ['ses', 'dbid', 'str'],
    setup: (w) => { const { dbid } = table(w, true); return () => [w.ses, dbid, 't']; },
  },
  JetAddColumn: {
    code: 0, kinds: ['sesCursor', 'tab', 'str', 'struct', 'inBuf', 'size', 'boxOpt'],
    setup: (w) => { const { t } = table(w, false); return () => [w.ses, t, 'c', { coltyp: JET_coltypLong }, int32(5), 4, out()]; },
  },
  JetCreateIndex: {
    code: 0, kinds: ['sesCursor', 'tab', 'str', 'grbit', 'str', 'size', 'int'],
    setup: (w) => { const { t } = table(w, false); return () => [w.ses, t, 'iy', 0, '+b\0\0', 4, 100]; },
  },
  JetCreateIndex2: {
    code: 0, kinds: ['sesCursor', 'tab', 'idxCreates', 'count'],
    setup: (w) => {
      const { t } = table(w, false);
      return () => [w.ses, t, [{ szIndexName: 'iy', szKey: '+b\0\0', cbKey: 4, grbit: 0, err: undefined }], 1];
    },
  },
  JetCreateIndex3: {
    code: 0, kinds: ['sesCursor', 'tab', 'idxCreates', 'count'],
    setup: (w) => {
      const { t } = table(w, false);
      return () => [w.ses, t, [{ szIndexName: 'iy', szKey: '+b\0\0', cbKey: 4, grbit: 0, err: undefined }], 1];
    },
  },
  JetCreateIndex4: {
    code: 0, kinds: ['sesCursor', 'tab', 'idxCreates', 'count'],
    setup: (w) => {
      const { t } = table(w, false);
      return () => [w.ses, t, [{ szIndexName: 'iy', szKey: '+b\0\0', cbKey: 4, grbit: 0, err: undefined }], 1];
    },
  },
  JetDeleteColumn: {
    code: 0, kinds: ['sesCursor', 'tab', 'str'], setup: (w) => { const { t } = table(w, false); return () => [w.ses, t, 'b']; },
  },
  JetDeleteColumn2: {
    code: 0, kinds: ['sesCursor', 'tab', 'str', 'grbit'], setup: (w) => { const { t } = table(w, false); return () => [w.ses, t, 'b', 0]; },
  },
  JetDeleteIndex: {
    code: 0, kinds: ['sesCursor', 'tab', 'str'], setup: (w) => { const { t } = table(w, false); return () => [w.ses, t, 'ix']; },
  },
  JetSetCurrentIndex: {
    code: 0, kinds: ['sesCursor', 'tab', 'str'], setup: (w) => { const { t } = table(w, false); return () => [w.ses, t, 'ix']; },
  },
  JetSetCurrentIndex2: {
    code: 0, kinds: ['sesCursor', 'tab', 'str', 'grbit'], setup: (w) => { const { t } = table(w, false); return () => [w.ses, t, 'ix', 0]; },
  },
  JetGetTableColumnInfo: {
    code: 0, kinds: ['sesCursor', 'tab', 'str', 'box', 'size', 'int'],
    setup: (w) => { const { t } = table(w, false); return () => [w.ses, t, 'a', out(), 100, 0]; },
  },
  JetSetCurrentIndex3: {
    code: 0, kinds: ['sesCursor', 'tab', 'str', 'grbit', 'size'], setup: (w) => { const { t } = table(w, false); return () => [w.ses, t, 'ix', 0, 0]; },
  },
  JetSetCurrentIndex4: {
    code: 0, kinds: ['sesCursor', 'tab', 'str', 'struct', 'grbit', 'size'],
    setup: (w) => { const { t } = table(w, false); return () => [w.ses, t, 'ix', { cbStruct: 16 }, 0, 0]; },
  },
  JetGetCurrentIndex: {
    code: 0, kinds: ['sesCursor', 'tab', 'box', 'size'], setup: (w) => { const { t } = table(w, false); return () => [w.ses, t, out(), 64]; },
  },
  JetRenameTable: {
    code: 0, kinds: ['ses', 'dbid', 'str', 'str'], setup: (w) => { const { dbid } = table(w, true); return () => [w.ses, dbid, 't', 'u']; },
  },
  JetRenameColumn: {
    code: 0, kinds: ['sesCursor', 'tab', 'str', 'str', 'grbit'],
    setup: (w) => { const { t } = table(w, false); return () => [w.ses, t, 'b', 'c', 0]; },
  },
  JetGetCursorInfo: {
    code: 0, kinds: ['sesCursor', 'tab', 'unread', 'size', 'int32'],
    setup: (w) => { const { t } = row(w); return () => [w.ses, t, new Uint8Array(0), 0, 0]; },
  },
  JetSetTableSequential: {
    code: 0, kinds: ['sesCursor', 'tab', 'grbit'], setup: (w) => { const { t } = table(w, false); return () => [w.ses, t, 0]; },
  },
  JetResetTableSequential: {
    code: 0, kinds: ['sesCursor', 'tab', 'grbit'], setup: (w) => { const { t } = table(w, false); return () => [w.ses, t, 0]; },
  },
  JetComputeStats: {
    code: 0, kinds: ['sesCursor', 'tab'], setup: (w) => { const { t } = table(w, false); return () => [w.ses, t]; },
  },
  JetSetCursorFilter: {
    code: 0, kinds: ['sesCursor', 'tab', 'idxCols', 'count', 'grbit'],
    setup: (w) => {
      const { t } = table(w, false);
      const id = out<JET_COLUMNID>();
      must(w.api.JetAddColumn(w.ses, t, 'n', { coltyp: JET_coltypLong }, null, 0, id), 'JetAddColumn');
      return () => [w.ses, t, [{ columnid: id.value, relop: 0, pv: int32(1), cb: 4, grbit: 0 }], 1, 0];
    },
  },
  JetPrereadKeys: {
    code: 0, kinds: ['sesCursor', 'tab', 'inArray', 'inArray', 'int', 'boxOpt', 'grbit'],
    setup: (w) => { const { t } = table(w, false); return () => [w.ses, t, [int32(1)], [4], 1, out(), JET_bitPrereadForward]; },
  },
  JetPrereadIndexRanges: {
    code: 0, kinds: ['sesCursor', 'tab', 'rangeArr', 'count', 'boxOpt', 'unread', 'size', 'grbit'],
    setup: (w) => {
      const { t } = table(w, false);
      const range = { rgStartColumns: [{ columnid: 0, relop: 0, pv: int32(1), cb: 4, grbit: 0 }], cStartColumns: 1, rgEndColumns: [], cEndColumns: 0 };
      must(w.api.JetSetCurrentIndex(w.ses, t, 'ix'), 'JetSetCurrentIndex');
      return () => [w.ses, t, [range], 1, out(), [], 0, JET_bitPrereadForward];
    },
  },
  JetPrereadIndexRange: {
    code: 0, kinds: ['sesCursor', 'tab', 'range', 'size', 'size', 'grbit', 'boxOpt'],
    setup: (w) => {
      const { t } = table(w, false);
      const range = { rgStartColumns: [{ columnid: 0, relop: 0, pv: int32(1), cb: 4, grbit: 0 }], cStartColumns: 1, rgEndColumns: [], cEndColumns: 0 };
      must(w.api.JetSetCurrentIndex(w.ses, t, 'ix'), 'JetSetCurrentIndex');
      return () => [w.ses, t, range, 0, 4, JET_bitPrereadForward, out()];
    },
  },
  JetGetRecordSize: {
    code: 0, kinds: ['sesCursor', 'tab', 'box', 'grbit'], setup: (w) => { const { t } = row(w); return () => [w.ses, t, out(), 0]; },
  },
  JetGetRecordSize2: {
    code: 0, kinds: ['sesCursor', 'tab', 'box', 'grbit'], setup: (w) => { const { t } = row(w); return () => [w.ses, t, out(), 0]; },
  },
  JetGetLock: {
    code: 0, kinds: ['sesCursor', 'tab', 'grbit'],
    setup: (w) => { const { t } = row(w); begin(w); return () => [w.ses, t, JET_bitReadLock]; },
  },
  JetEscrowUpdate: {
    code: 0, kinds: ['sesCursor', 'tab', 'int32', 'inBuf', 'size', 'outBuf', 'size', 'boxOpt', 'grbit'],
    setup: (w) => { const { t, n } = row(w); begin(w); return () => [w.ses, t, n, int32(1), 4, new Uint8Array(4), 4, out(), 0]; },
  },
  JetUpdate2: {
    code: 0, kinds: ['sesCursor', 'tab', 'outBuf', 'size', 'boxOpt', 'grbit'],
    setup: (w) => {
      const { t } = table(w, false);
      must(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert), 'JetPrepareUpdate');
      return () => [w.ses, t, new Uint8Array(16), 16, out(), 0];
    },
  },
  JetGetObjectInfo: {
    code: 0, kinds: ['ses', 'dbid', 'int', 'strOpt', 'strOpt', 'box', 'size', 'int'],
    setup: (w) => { const { dbid } = table(w, true); return () => [w.ses, dbid, 1, null, null, out(), 56, 2]; },
  },
  JetGetTableIndexInfo: {
    code: 0, kinds: ['sesCursor', 'tab', 'strOpt', 'box', 'size', 'int'],
    setup: (w) => { const { t } = table(w, false); return () => [w.ses, t, null, out(), 88, 1]; },
  },
  JetGetTableInfo: {
    code: 0, kinds: ['sesCursor', 'tab', 'box', 'size', 'int'],
    setup: (w) => { const { t } = table(w, false); return () => [w.ses, t, out(), 40, 0]; },
  },
  JetGetColumnInfo: {
    code: 0, kinds: ['ses', 'dbid', 'str', 'strOpt', 'box', 'size', 'int'],
    setup: (w) => { const { dbid } = table(w, true); return () => [w.ses, dbid, 't', 'a', out(), 28, 0]; },
  },
  JetGetIndexInfo: {
    code: 0, kinds: ['ses', 'dbid', 'str', 'strOpt', 'box', 'size', 'int'],
    setup: (w) => { const { dbid } = table(w, true); return () => [w.ses, dbid, 't', null, out(), 88, 1]; },
  },
  JetSetColumnDefaultValue: {
    code: 0, kinds: ['ses', 'dbid', 'str', 'str', 'inBuf', 'size', 'unread'],
    setup: (w) => { const { dbid } = table(w, true); return () => [w.ses, dbid, 't', 'b', int32(5), 4, 0]; },
  },
  JetEnumerateColumns: {
    code: 0, kinds: ['sesCursor', 'tab', 'count', 'enumIds', 'box', 'box', 'unread', 'unread', 'size', 'grbit'],
    setup: (w) => { const { t, n } = row(w); return () => [w.ses, t, 1, [{ columnid: n }], out(), out(), null, null, 0, 0]; },
  },
  JetGetRecordPosition: {
    code: 0, kinds: ['sesCursor', 'tab', 'box', 'size'], setup: (w) => { const { t } = row(w); return () => [w.ses, t, out(), 16]; },
  },
  JetGotoPosition: {
    code: 0, kinds: ['sesCursor', 'tab', 'struct'],
    setup: (w) => { const { t } = row(w); return () => [w.ses, t, { cbStruct: 16, centriesLT: 0, centriesInRange: 1, centriesTotal: 1 }]; },
  },
  JetGetSecondaryIndexBookmark: {
    code: 0, kinds: ['sesCursor', 'tab', 'outBuf', 'size', 'boxOpt', 'outBuf', 'size', 'boxOpt', 'grbit'],
    setup: (w) => { const { t } = onIndex(w); return () => [w.ses, t, new Uint8Array(16), 16, out(), new Uint8Array(16), 16, out(), 0]; },
  },
  JetGotoSecondaryIndexBookmark: {
    code: 0, kinds: ['sesCursor', 'tab', 'inBuf', 'size', 'inBuf', 'size', 'grbit'],
    setup: (w) => { const b = secondaryBookmark(w); return () => [w.ses, b.t, b.key, b.key.length, b.bm, b.bm.length, 0]; },
  },
  JetIntersectIndexes: {
    code: 0, kinds: ['ses', 'idxRanges', 'count', 'box', 'grbit'],
    setup: (w) => {
      const { t, u } = twoRanges(w);
      return () => [w.ses, [{ cbStruct: 24, tableid: t, grbit: JET_bitRecordInIndex }, { tableid: u, grbit: JET_bitRecordInIndex }], 2, out(), 0];
    },
  },
  // A new cursor on the empty table: its deferred move to the first entry finds none, and the count is 0 (dir.cxx
  // ErrDIRIndexRecordCount); the creator's cursor is before the first entry after the DDL, where the count is
  // NoCurrentRecord.
  JetIndexRecordCount: {
    code: 0, kinds: ['sesCursor', 'tab', 'box', 'size'], setup: (w) => { const t = reopened(w); return () => [w.ses, t, out(), 0]; },
  },
  JetIndexRecordCount2: {
    code: 0, kinds: ['sesCursor', 'tab', 'box', 'size64'], setup: (w) => { const t = reopened(w); return () => [w.ses, t, out(), 0]; },
  },
};
