/**
 * JetGetCursorInfo, JetSetTableSequential / JetResetTableSequential and JetComputeStats, checked against the engine
 * source (microsoft/Extensible-Storage-Engine, dev/ese/src):
 * - info.cxx ErrIsamGetCursorInfo: InvalidParameter unless cbMax and InfoLevel are both 0 (pvResult is never
 *   touched); NoCurrentRecord unless locLogical is locOnCurBM (a new cursor is locDeferMoveFirst: rec.hxx
 *   RECDeferMoveFirst from fileopen.cxx ErrFILEOpenTable); then dir.cxx ErrDIRGet (bt.cxx ErrBTGet: a node the
 *   cursor cannot see is RecordDeleted) and, when the node carries its version bit, ver.cxx VsVERCheck on the
 *   NEWEST version of the record (PrceRCEGet returns the head of the node's RCE chain, where
 *   VERIInsertRCEIntoHash puts every new RCE): WriteConflict only when that newest version is uncommitted and
 *   another session's.
 * - fileopen.cxx ErrIsamSetSequential / ErrIsamResetSequential: set or clear the sequential flag and the preread
 *   hint on the current index's cursor, look at no other bit of the grbit, and answer Success; jetapi.cxx
 *   JetSetTableSequentialEx / JetResetTableSequentialEx pass the grbit through unchecked.
 * - stats.cxx ErrIsamComputeStats: in a transaction of its own (nested in the caller's), counts the records its
 *   cursor can see (bt.cxx ErrBTComputeStats walks with fDIRNull, skipping nodes ErrNDVisibleToCursor hides) and
 *   writes them with cat.cxx ErrCATStats(fWrite) as an ordinary versioned replace of the table's MSysObjects row;
 *   info.cxx JET_TblInfo (ErrIsamGetTableInfo) and JET_ObjInfo / JET_ObjInfoList read that row back through
 *   stats.cxx ErrSTATSRetrieveTableStats (a NULL Stats column reads as zeros), the NoStats levels write 0.
 * - sortapi.cxx dispatch tables: vtfndefTTSortIns / vtfndefTTSortRet hold ErrIllegalGetCursorInfo,
 *   ErrIllegalSetSequential, ErrIllegalResetSequential and ErrIllegalComputeStats; vtfndefTTBase (a materialized
 *   temp table) holds ErrIsamGetCursorInfo but still the three others as ErrIllegal...; every ErrIllegal... in
 *   jetapi.cxx answers JET_errIllegalOperation.
 */
import {
  out,
  JET_bitColumnEscrowUpdate, JET_bitColumnFixed, JET_bitIndexPrimary, JET_bitIndexUnique, JET_bitReadLock, JET_bitSeekEQ,
  JET_bitTableReadOnly, JET_bitTTForceMaterialization, JET_bitTTIndexed, JET_bitTTScrollable, JET_bitTTUpdatable,
  JET_bitWriteLock, JET_coltypLong, JET_errIllegalOperation, JET_errInvalidParameter, JET_errInvalidSesid,
  JET_errInvalidTableId, JET_errNoCurrentRecord, JET_errRecordDeleted, JET_errSesidTableIdMismatch, JET_errSuccess,
  JET_errWriteConflict, JET_MoveFirst, JET_MoveLast, JET_MoveNext, JET_MovePrevious, JET_ObjInfo, JET_ObjInfoList,
  JET_ObjInfoListNoStats, JET_ObjInfoNoStats, JET_objtypTable, JET_prepInsert, JET_prepReplace, JET_TblInfo,
} from '../../src';
import type { JET_COLUMNID, JET_DBID, JET_OBJECTINFO, JET_OBJECTLIST, JET_SESID, JET_TABLEID } from '../../src';
import {
  addColumn, closedPeople, createIndex, createPeople, fill, insertPerson, int32, intOf, isam, on, openTable, peer,
  peopleIds, PEOPLE, readInt32, seekInt, self, intTempTable,
} from '../support/isam';
import type { Isam, People } from '../support/isam';

/** The four calls with esent.h's parameter order. */
interface HintApi {
  JetGetCursorInfo(sesid: JET_SESID, tableid: JET_TABLEID, pvResult: Uint8Array | null, cbMax: number, InfoLevel: number): number;
  JetSetTableSequential(sesid: JET_SESID, tableid: JET_TABLEID, grbit: number): number;
  JetResetTableSequential(sesid: JET_SESID, tableid: JET_TABLEID, grbit: number): number;
  JetComputeStats(sesid: JET_SESID, tableid: JET_TABLEID): number;
}

function h(w: Isam): HintApi {
  return w.api as unknown as HintApi;
}

/** JetGetCursorInfo with the only legal arguments. */
function cursorInfo(w: Isam, ses: JET_SESID, tableid: JET_TABLEID): number {
  return h(w).JetGetCursorInfo(ses, tableid, null, 0, 0);
}

/** JET_TblInfo's JET_OBJECTINFO through a cursor. */
function tblInfo(w: Isam, ses: JET_SESID, tableid: JET_TABLEID): JET_OBJECTINFO {
  const box = out<JET_OBJECTINFO>();
  expect(w.emu.api.JetGetTableInfo(ses, tableid, box as never, 40, JET_TblInfo)).toBe(JET_errSuccess);
  return box.value;
}

/** JetGetObjectInfo(JET_ObjInfo or JET_ObjInfoNoStats) of the people table. */
function objInfo(w: Isam, ses: JET_SESID, dbid: JET_DBID, level: number): JET_OBJECTINFO {
  const box = out<JET_OBJECTINFO>();
  expect(w.emu.api.JetGetObjectInfo(ses, dbid, JET_objtypTable, null, PEOPLE, box, 40, level)).toBe(JET_errSuccess);
  return box.value;
}

/** The cRecord column of the people row of JetGetObjectInfo(JET_ObjInfoList / ...NoStats). */
function listedCount(w: Isam, level: number): number {
  const api = w.emu.api;
  const box = out<JET_OBJECTLIST>();
  expect(api.JetGetObjectInfo(w.ses, w.dbid, JET_objtypTable, null, null, box, 56, level)).toBe(JET_errSuccess);
  const l = box.value;
  expect(l.cRecord).toBe(1);
  const b = new Uint8Array(4);
  expect(api.JetRetrieveColumn(w.ses, l.tableid, l.columnidcRecord, b, 4, null, 0, null)).toBe(JET_errSuccess);
  expect(api.JetCloseTable(w.ses, l.tableid)).toBe(JET_errSuccess);
  return readInt32(b);
}

/** A JET_prepReplace of age on the current record, JetUpdate'd; returns the first code that failed, else JetUpdate's. */
function replaceAge(w: Isam, ses: JET_SESID, t: People, age: number): number {
  let rc = w.api.JetPrepareUpdate(ses, t.tableid, JET_prepReplace);
  if (rc !== JET_errSuccess) return rc;
  rc = w.api.JetSetColumn(ses, t.tableid, t.age, int32(age), 4, 0, null);
  if (rc !== JET_errSuccess) return rc;
  return w.api.JetUpdate(ses, t.tableid, null, 0, null);
}

/**
 * Table "counters": id Long (primary), n Long escrow (default 0); one record, id 1, committed while a third
 * session (pin) holds a transaction open, so the insert's version (and the node's version bit) stays.
 * a (the world's session) and b each have a cursor on the record.
 */
function counterWorld(): { w: Isam; n: JET_COLUMNID; pin: JET_SESID; a: { ses: JET_SESID; t: JET_TABLEID }; b: { ses: JET_SESID; t: JET_TABLEID } } {
  const w = isam();
  const pin = peer(w);
  expect(w.api.JetBeginTransaction(pin.ses)).toBe(JET_errSuccess);
  const box = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, 'counters', 0, 100, box)).toBe(JET_errSuccess);
  const id = addColumn(w.api, w.ses, box.value, 'id', { coltyp: JET_coltypLong });
  const n = addColumn(w.api, w.ses, box.value, 'n', { coltyp: JET_coltypLong, grbit: JET_bitColumnFixed | JET_bitColumnEscrowUpdate }, int32(0));
  expect(createIndex(w.api, w.ses, box.value, 'primary', JET_bitIndexPrimary | JET_bitIndexUnique, '+id')).toBe(JET_errSuccess);
  expect(w.api.JetPrepareUpdate(w.ses, box.value, JET_prepInsert)).toBe(JET_errSuccess);
  expect(w.api.JetSetColumn(w.ses, box.value, id, int32(1), 4, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetUpdate(w.ses, box.value, null, 0, null)).toBe(JET_errSuccess);
  expect(w.api.JetCloseTable(w.ses, box.value)).toBe(JET_errSuccess);
  const pb = peer(w);
  const ta = openTable(w.api, self(w), 'counters');
  const tb = openTable(w.api, pb, 'counters');
  expect(seekInt(w.api, w.ses, ta, 1, JET_bitSeekEQ)).toBe(JET_errSuccess);
  expect(seekInt(w.api, pb.ses, tb, 1, JET_bitSeekEQ)).toBe(JET_errSuccess);
  return { w, n, pin: pin.ses, a: { ses: w.ses, t: ta }, b: { ses: pb.ses, t: tb } };
}

describe('JetGetCursorInfo: arguments and currency', () => {
  it('InvalidParameter unless cbMax and InfoLevel are both 0, checked before the currency; pvResult is never written', () => {
    // info.cxx ErrIsamGetCursorInfo: a non-zero cbMax or InfoLevel is InvalidParameter, tested before locLogical.
    const w = isam();
    const p = createPeople(w.api, self(w));
    fill(w.api, w.ses, p, [[1, 'one', 10], [2, 'two', 20]]);
    const fresh = openTable(w.api, self(w), PEOPLE);
    const buf = new Uint8Array(8).fill(0xab);
    expect(h(w).JetGetCursorInfo(w.ses, fresh, buf, 8, 0)).toBe(JET_errInvalidParameter);
    expect(h(w).JetGetCursorInfo(w.ses, fresh, buf, 0, 1)).toBe(JET_errInvalidParameter);
    expect(h(w).JetGetCursorInfo(w.ses, fresh, null, 0, 0)).toBe(JET_errNoCurrentRecord);
    expect(w.api.JetMove(w.ses, fresh, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(h(w).JetGetCursorInfo(w.ses, fresh, buf, 1, 0)).toBe(JET_errInvalidParameter);
    expect(h(w).JetGetCursorInfo(w.ses, fresh, null, 0, 0x7fffffff)).toBe(JET_errInvalidParameter);
    expect(h(w).JetGetCursorInfo(w.ses, fresh, buf, 0, 0)).toBe(JET_errSuccess);
    expect(Array.from(buf)).toEqual(new Array(8).fill(0xab));
  });

  it('a new cursor is NoCurrentRecord (its move-first is deferred) until something resolves it', () => {
    // fileopen.cxx ErrFILEOpenTable -> rec.hxx RECDeferMoveFirst: locLogical = locDeferMoveFirst, which
    // ErrIsamGetCursorInfo does not resolve (it tests locLogical != locOnCurBM first). A JetRetrieveColumn goes
    // through dir.cxx ErrDIRGet -> ErrDIRIIRefresh, which lands on the first record and sets locOnCurBM.
    const { w, p, a } = closedPeople();
    const t = on(p, openTable(w.api, a, PEOPLE));
    expect(cursorInfo(w, w.ses, t.tableid)).toBe(JET_errNoCurrentRecord);
    expect(cursorInfo(w, w.ses, t.tableid)).toBe(JET_errNoCurrentRecord);
    expect(intOf(w.api, w.ses, t.tableid, t.id)).toBe(1);
    expect(cursorInfo(w, w.ses, t.tableid)).toBe(JET_errSuccess);
  });

  it('NoCurrentRecord before the first and after the last record, Success on each record', () => {
    // info.cxx ErrIsamGetCursorInfo: locBeforeFirst / locAfterLast are not locOnCurBM.
    const { w, p, a } = closedPeople();
    const t = on(p, openTable(w.api, a, PEOPLE));
    expect(w.api.JetMove(w.ses, t.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(cursorInfo(w, w.ses, t.tableid)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, t.tableid, JET_MovePrevious, 0)).toBe(JET_errNoCurrentRecord);
    expect(cursorInfo(w, w.ses, t.tableid)).toBe(JET_errNoCurrentRecord);
    expect(w.api.JetMove(w.ses, t.tableid, JET_MoveLast, 0)).toBe(JET_errSuccess);
    expect(cursorInfo(w, w.ses, t.tableid)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, t.tableid, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    expect(cursorInfo(w, w.ses, t.tableid)).toBe(JET_errNoCurrentRecord);
    expect(seekInt(w.api, w.ses, t.tableid, 2, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(cursorInfo(w, w.ses, t.tableid)).toBe(JET_errSuccess);
  });

  it('an empty table: NoCurrentRecord fresh and after a failed JetMove', () => {
    // dir.cxx ErrDIRIIRefresh leaves locDeferMoveFirst when there is no first node; a JetMove on an empty tree
    // leaves the cursor before the first / after the last node: never locOnCurBM.
    const w = isam();
    createPeople(w.api, self(w), true);
    const t = openTable(w.api, self(w), PEOPLE);
    expect(cursorInfo(w, w.ses, t)).toBe(JET_errNoCurrentRecord);
    expect(w.api.JetMove(w.ses, t, JET_MoveFirst, 0)).toBe(JET_errNoCurrentRecord);
    expect(cursorInfo(w, w.ses, t)).toBe(JET_errNoCurrentRecord);
    expect(w.api.JetMove(w.ses, t, JET_MoveLast, 0)).toBe(JET_errNoCurrentRecord);
    expect(cursorInfo(w, w.ses, t)).toBe(JET_errNoCurrentRecord);
  });
});

describe('JetGetCursorInfo: versions of the current record', () => {
  it("another session's uncommitted replace is WriteConflict for everyone but that session, until it ends", () => {
    // ver.cxx VsVERCheck: newest RCE uncommitted and of another PIB -> vsUncommittedByOther -> WriteConflict;
    // the modifier's own is vsUncommittedByCaller (Success); after commit vsCommitted (Success); a rollback takes
    // the RCE out of the hash chain (ver.cxx VERINullifyRolledBackRCE -> VERIDeleteRCEFromHash).
    const { w, p, a, b } = closedPeople();
    const ta = on(p, openTable(w.api, a, PEOPLE));
    const tb = on(p, openTable(w.api, b, PEOPLE));
    for (const [s, t] of [[a.ses, ta], [b.ses, tb]] as const) expect(seekInt(w.api, s, t.tableid, 1, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(replaceAge(w, b.ses, tb, 11)).toBe(JET_errSuccess);
    expect(cursorInfo(w, b.ses, tb.tableid)).toBe(JET_errSuccess);
    expect(cursorInfo(w, a.ses, ta.tableid)).toBe(JET_errWriteConflict);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(cursorInfo(w, a.ses, ta.tableid)).toBe(JET_errWriteConflict);
    // Only that record: the other one has no uncommitted version.
    expect(w.api.JetMove(a.ses, ta.tableid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(cursorInfo(w, a.ses, ta.tableid)).toBe(JET_errSuccess);
    expect(w.api.JetMove(a.ses, ta.tableid, JET_MovePrevious, 0)).toBe(JET_errSuccess);
    expect(w.api.JetRollback(b.ses, 0)).toBe(JET_errSuccess);
    expect(cursorInfo(w, a.ses, ta.tableid)).toBe(JET_errSuccess);
    // Committed this time: Success even for a's transaction, which began before the commit (vsCommitted).
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(replaceAge(w, b.ses, tb, 12)).toBe(JET_errSuccess);
    expect(cursorInfo(w, a.ses, ta.tableid)).toBe(JET_errWriteConflict);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    expect(cursorInfo(w, a.ses, ta.tableid)).toBe(JET_errSuccess);
    expect(intOf(w.api, a.ses, ta.tableid, ta.age)).toBe(10);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    expect(cursorInfo(w, a.ses, ta.tableid)).toBe(JET_errSuccess);
  });

  it('the caller\'s own uncommitted replace is Success; its own uncommitted delete is RecordDeleted', () => {
    // ver.cxx VsVERCheck -> vsUncommittedByCaller. For a delete, bt.cxx ErrBTGet: node.cxx ErrNDVisibleToCursor
    // (ErrVERAccessNode -> nsUncommittedVerInDB, node flagged deleted) says invisible -> JET_errRecordDeleted, which
    // ErrIsamGetCursorInfo returns through Call( ErrDIRGet ). dir.cxx ErrDIRDelete leaves locLogical on the record.
    const { w, p, a } = closedPeople();
    const t = on(p, openTable(w.api, a, PEOPLE));
    expect(seekInt(w.api, a.ses, t.tableid, 2, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(replaceAge(w, a.ses, t, 21)).toBe(JET_errSuccess);
    expect(cursorInfo(w, a.ses, t.tableid)).toBe(JET_errSuccess);
    expect(w.api.JetDelete(a.ses, t.tableid)).toBe(JET_errSuccess);
    expect(cursorInfo(w, a.ses, t.tableid)).toBe(JET_errRecordDeleted);
    // The argument check still comes first.
    expect(h(w).JetGetCursorInfo(a.ses, t.tableid, null, 4, 0)).toBe(JET_errInvalidParameter);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess);
    expect(cursorInfo(w, a.ses, t.tableid)).toBe(JET_errSuccess);
    expect(intOf(w.api, a.ses, t.tableid, t.age)).toBe(20);
  });

  it("another session's delete: WriteConflict while uncommitted, RecordDeleted once committed, unless a's snapshot still has the record", () => {
    // Uncommitted: ErrVERAccessNode -> nsVersionedUpdate (the node stays visible), VsVERCheck -> vsUncommittedByOther.
    // Committed: at level 0 the committed delete is older than the session's view (nsCommittedVerInDB, node
    // flagged deleted) -> RecordDeleted; a transaction begun before the commit still sees the record
    // (nsVersionedUpdate) and VsVERCheck finds the newest RCE committed -> Success.
    const { w, p, a, b } = closedPeople();
    const ta = on(p, openTable(w.api, a, PEOPLE));
    const tb = on(p, openTable(w.api, b, PEOPLE));
    const c = peer(w);
    const tc = on(p, openTable(w.api, c, PEOPLE));
    expect(seekInt(w.api, a.ses, ta.tableid, 1, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(seekInt(w.api, b.ses, tb.tableid, 1, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(seekInt(w.api, c.ses, tc.tableid, 1, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(c.ses)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(w.api.JetDelete(b.ses, tb.tableid)).toBe(JET_errSuccess);
    expect(cursorInfo(w, a.ses, ta.tableid)).toBe(JET_errWriteConflict);
    expect(cursorInfo(w, c.ses, tc.tableid)).toBe(JET_errWriteConflict);
    expect(cursorInfo(w, b.ses, tb.tableid)).toBe(JET_errRecordDeleted);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    expect(cursorInfo(w, a.ses, ta.tableid)).toBe(JET_errRecordDeleted);
    expect(cursorInfo(w, c.ses, tc.tableid)).toBe(JET_errSuccess);
    expect(intOf(w.api, c.ses, tc.tableid, tc.id)).toBe(1);
    expect(w.api.JetCommitTransaction(c.ses, 0)).toBe(JET_errSuccess);
    expect(cursorInfo(w, c.ses, tc.tableid)).toBe(JET_errRecordDeleted);
  });

  it("another session's escrow delta or JetGetLock lock is WriteConflict until it commits or rolls back", () => {
    // node.cxx ErrNDDelta sets the node's version bit; ver.cxx ErrVERModify(operDelta / operReadLock /
    // operWriteLock) puts an uncommitted RCE of b's at the head of the record's chain -> VsVERCheck
    // vsUncommittedByOther for a, vsUncommittedByCaller for b. bt.cxx ErrBTLock does not set the version bit
    // itself (VERInsertRCEIntoLists with pcsrNil): here the bit is the one the records' inserts set, kept by
    // the pin session's transaction (begun before the inserts, so their RCEs cannot be cleaned up, and ver.cxx
    // resets the bit only when it finds no RCE).
    const c = counterWorld();
    const { w, a, b } = c;
    expect(cursorInfo(w, a.ses, a.t)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(w.api.JetEscrowUpdate(b.ses, b.t, c.n, int32(1), 4, null, 0, null, 0)).toBe(JET_errSuccess);
    expect(cursorInfo(w, a.ses, a.t)).toBe(JET_errWriteConflict);
    expect(cursorInfo(w, b.ses, b.t)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    expect(cursorInfo(w, a.ses, a.t)).toBe(JET_errSuccess);
    for (const lock of [JET_bitReadLock, JET_bitWriteLock]) {
      expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
      expect(w.api.JetGetLock(b.ses, b.t, lock)).toBe(JET_errSuccess);
      expect([lock, cursorInfo(w, a.ses, a.t)]).toEqual([lock, JET_errWriteConflict]);
      expect([lock, cursorInfo(w, b.ses, b.t)]).toEqual([lock, JET_errSuccess]);
      expect(w.api.JetRollback(b.ses, 0)).toBe(JET_errSuccess);
      expect([lock, cursorInfo(w, a.ses, a.t)]).toEqual([lock, JET_errSuccess]);
      expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
      expect(w.api.JetGetLock(b.ses, b.t, lock)).toBe(JET_errSuccess);
      expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
      expect([lock, cursorInfo(w, a.ses, a.t)]).toEqual([lock, JET_errSuccess]);
    }
    expect(w.api.JetRollback(c.pin, 0)).toBe(JET_errSuccess);
  });

  it('escrow deltas of two sessions: only the session whose delta is the newest version gets Success', () => {
    // ver.cxx VsVERCheck looks at PrceRCEGet only: the head of the record's RCE chain, where
    // ErrVERIInsertRCEIntoHash puts each new RCE (outside recovery, always in front of the older ones). Deltas commute
    // (FVERIWriteConflict), so both sessions hold one, and the older delta of the other session is not looked
    // at. A rollback takes a's RCEs out of the chain (VERINullifyRolledBackRCE -> VERIDeleteRCEFromHash).
    const c = counterWorld();
    const { w, a, b } = c;
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(w.api.JetEscrowUpdate(a.ses, a.t, c.n, int32(1), 4, null, 0, null, 0)).toBe(JET_errSuccess);
    expect(w.api.JetEscrowUpdate(b.ses, b.t, c.n, int32(1), 4, null, 0, null, 0)).toBe(JET_errSuccess);
    expect(cursorInfo(w, a.ses, a.t)).toBe(JET_errWriteConflict);
    expect(cursorInfo(w, b.ses, b.t)).toBe(JET_errSuccess);
    expect(w.api.JetEscrowUpdate(a.ses, a.t, c.n, int32(1), 4, null, 0, null, 0)).toBe(JET_errSuccess);
    expect(cursorInfo(w, a.ses, a.t)).toBe(JET_errSuccess);
    expect(cursorInfo(w, b.ses, b.t)).toBe(JET_errWriteConflict);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess);
    expect(cursorInfo(w, a.ses, a.t)).toBe(JET_errWriteConflict);
    expect(cursorInfo(w, b.ses, b.t)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    expect(cursorInfo(w, a.ses, a.t)).toBe(JET_errSuccess);
    expect(w.api.JetRollback(c.pin, 0)).toBe(JET_errSuccess);
  });

  it('read locks of two sessions: the later one is the newest version, so its holder gets Success', () => {
    // Same rule (ver.cxx VsVERCheck on the chain head) for operReadLock RCEs, which commute (ErrVERModify:
    // FVERIWriteConflict lets a read lock past another session's). The version bit is the insert's, kept by the
    // pin transaction as above.
    const c = counterWorld();
    const { w, a, b } = c;
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(w.api.JetGetLock(b.ses, b.t, JET_bitReadLock)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(w.api.JetGetLock(a.ses, a.t, JET_bitReadLock)).toBe(JET_errSuccess);
    expect(cursorInfo(w, a.ses, a.t)).toBe(JET_errSuccess);
    expect(cursorInfo(w, b.ses, b.t)).toBe(JET_errWriteConflict);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess);
    expect(cursorInfo(w, a.ses, a.t)).toBe(JET_errWriteConflict);
    expect(cursorInfo(w, b.ses, b.t)).toBe(JET_errSuccess);
    expect(w.api.JetRollback(b.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetRollback(c.pin, 0)).toBe(JET_errSuccess);
  });
});

describe('JetSetTableSequential / JetResetTableSequential', () => {
  it('Success on a table cursor whatever the grbit, Reset without Set included', () => {
    // fileopen.cxx ErrIsamSetSequential tests only JET_bitPrereadForward / JET_bitPrereadBackward and returns
    // Success; ErrIsamResetSequential ignores its grbit; jetapi.cxx JetSetTableSequentialEx checks nothing.
    const { w, p, a } = closedPeople();
    const t = on(p, openTable(w.api, a, PEOPLE));
    expect(h(w).JetResetTableSequential(w.ses, t.tableid, 0)).toBe(JET_errSuccess);
    for (const grbit of [0, 1 /* JET_bitPrereadForward */, 2 /* JET_bitPrereadBackward */, 3, 0x10000, 0xffffffff, -1]) {
      expect([grbit, h(w).JetSetTableSequential(w.ses, t.tableid, grbit)]).toEqual([grbit, JET_errSuccess]);
      expect([grbit, h(w).JetSetTableSequential(w.ses, t.tableid, grbit)]).toEqual([grbit, JET_errSuccess]);
      expect([grbit, h(w).JetResetTableSequential(w.ses, t.tableid, grbit)]).toEqual([grbit, JET_errSuccess]);
    }
    // A read-only cursor, inside a transaction.
    const ro = openTable(w.api, a, PEOPLE, JET_bitTableReadOnly);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(h(w).JetSetTableSequential(w.ses, ro, 1)).toBe(JET_errSuccess);
    expect(h(w).JetResetTableSequential(w.ses, ro, 0)).toBe(JET_errSuccess);
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
  });

  it('changes nothing a reader sees: currency, deferred move-first and scans stay as they were', () => {
    // fileopen.cxx: only FUCBSetSequential / FUCBSetPreread* (flags of the index cursor), no DIR movement.
    const { w, p, a } = closedPeople();
    const t = on(p, openTable(w.api, a, PEOPLE));
    fill(w.api, w.ses, t, [[3, 'three', 5], [4, 'four', 40]]);
    const fresh = on(p, openTable(w.api, a, PEOPLE));
    expect(h(w).JetSetTableSequential(w.ses, fresh.tableid, 1)).toBe(JET_errSuccess);
    expect(cursorInfo(w, w.ses, fresh.tableid)).toBe(JET_errNoCurrentRecord);
    expect(seekInt(w.api, w.ses, t.tableid, 3, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(h(w).JetSetTableSequential(w.ses, t.tableid, 2)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, t.tableid, t.id)).toBe(3);
    expect(w.api.JetMove(w.ses, t.tableid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, t.tableid, t.id)).toBe(4);
    expect(peopleIds(w.api, w.ses, t)).toEqual([1, 2, 3, 4]);
    expect(w.api.JetSetCurrentIndex(w.ses, t.tableid, 'byAge')).toBe(JET_errSuccess);
    expect(h(w).JetSetTableSequential(w.ses, t.tableid, 1)).toBe(JET_errSuccess);
    expect(peopleIds(w.api, w.ses, t)).toEqual([4, 2, 1, 3]);
    expect(h(w).JetResetTableSequential(w.ses, t.tableid, 0)).toBe(JET_errSuccess);
    expect(peopleIds(w.api, w.ses, t)).toEqual([4, 2, 1, 3]);
  });
});

describe('JetComputeStats', () => {
  it('JET_TblInfo and JET_ObjInfo report the count stored by the last JetComputeStats, not the live one', () => {
    // cat.cxx: only ErrCATStats writes fidMSO_Stats, so before any JetComputeStats the column is NULL and
    // ErrCATStats(read) answers zeros; info.cxx JET_TblInfo / ErrInfoGetObjectInfo(fStats) read it through
    // stats.cxx ErrSTATSRetrieveTableStats; JET_ObjInfoNoStats sets cRecord = cPage = 0.
    const { w, p, a } = closedPeople();
    const t = on(p, openTable(w.api, a, PEOPLE));
    expect(tblInfo(w, w.ses, t.tableid)).toMatchObject({ cRecord: 0, cPage: 0 });
    expect(objInfo(w, w.ses, w.dbid, JET_ObjInfo)).toMatchObject({ cRecord: 0, cPage: 0 });
    expect(h(w).JetComputeStats(w.ses, t.tableid)).toBe(JET_errSuccess);
    expect(tblInfo(w, w.ses, t.tableid).cRecord).toBe(2);
    expect(objInfo(w, w.ses, w.dbid, JET_ObjInfo).cRecord).toBe(2);
    expect(objInfo(w, w.ses, w.dbid, JET_ObjInfoNoStats)).toMatchObject({ cRecord: 0, cPage: 0 });
    fill(w.api, w.ses, t, [[3, 'three', 30], [4, 'four', 40], [5, 'five', 50]]);
    expect(tblInfo(w, w.ses, t.tableid).cRecord).toBe(2);
    expect(objInfo(w, w.ses, w.dbid, JET_ObjInfo).cRecord).toBe(2);
    expect(h(w).JetComputeStats(w.ses, t.tableid)).toBe(JET_errSuccess);
    expect(tblInfo(w, w.ses, t.tableid).cRecord).toBe(5);
    // Deleted (committed) records are not counted: bt.cxx ErrBTComputeStats skips nodes the cursor cannot see.
    expect(seekInt(w.api, w.ses, t.tableid, 4, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetDelete(w.ses, t.tableid)).toBe(JET_errSuccess);
    expect(tblInfo(w, w.ses, t.tableid).cRecord).toBe(5);
    expect(h(w).JetComputeStats(w.ses, t.tableid)).toBe(JET_errSuccess);
    expect(tblInfo(w, w.ses, t.tableid).cRecord).toBe(4);
    expect(objInfo(w, w.ses, w.dbid, JET_ObjInfo).cRecord).toBe(4);
  });

  it('JET_ObjInfoList lists the stored count, ...ListNoStats 0; a read-only cursor may compute the stats', () => {
    // info.cxx ErrInfoGetObjectInfoList: fStats -> ErrSTATSRetrieveTableStats per table, else 0. stats.cxx
    // ErrIsamComputeStats never looks at the cursor's updatability: ErrCATStats writes through a catalog cursor
    // of its own (cat.hxx ErrCATOpen).
    const { w, p, a } = closedPeople();
    expect(listedCount(w, JET_ObjInfoList)).toBe(0);
    const ro = on(p, openTable(w.api, a, PEOPLE, JET_bitTableReadOnly));
    expect(seekInt(w.api, w.ses, ro.tableid, 2, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(h(w).JetComputeStats(w.ses, ro.tableid)).toBe(JET_errSuccess);
    // The cursor passed in is not moved: the stats are counted through index cursors of their own.
    expect(intOf(w.api, w.ses, ro.tableid, ro.id)).toBe(2);
    expect(listedCount(w, JET_ObjInfoList)).toBe(2);
    expect(listedCount(w, JET_ObjInfoListNoStats)).toBe(0);
    expect(tblInfo(w, w.ses, ro.tableid).cRecord).toBe(2);
  });

  it('the stored count is a versioned catalog update: its own transaction sees it, a rollback undoes it', () => {
    // stats.cxx ErrIsamComputeStats nests its own transaction in the caller's; cat.cxx ErrCATStats writes with
    // ErrIsamPrepareUpdate(JET_prepReplaceNoLock) + ErrIsamUpdate, a versioned replace of the MSysObjects row,
    // which the caller's rollback undoes. The count is of what the counting session sees: its own
    // uncommitted insert included, another session's not (bt.cxx ErrBTComputeStats, fDIRNull).
    const { w, p, a, b } = closedPeople();
    const ta = on(p, openTable(w.api, a, PEOPLE));
    const tb = on(p, openTable(w.api, b, PEOPLE));
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, b.ses, tb, 9, 'nine', 90)).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(insertPerson(w.api, a.ses, ta, 3, 'three', 30)).toBe(JET_errSuccess);
    expect(h(w).JetComputeStats(a.ses, ta.tableid)).toBe(JET_errSuccess);
    expect(tblInfo(w, a.ses, ta.tableid).cRecord).toBe(3);
    expect(objInfo(w, a.ses, a.dbid, JET_ObjInfo).cRecord).toBe(3);
    expect(w.api.JetRollback(a.ses, 0)).toBe(JET_errSuccess);
    expect(tblInfo(w, a.ses, ta.tableid).cRecord).toBe(0);
    expect(objInfo(w, a.ses, a.dbid, JET_ObjInfo).cRecord).toBe(0);
    // b now counts the two committed records and its own uncommitted one.
    expect(h(w).JetComputeStats(b.ses, tb.tableid)).toBe(JET_errSuccess);
    expect(tblInfo(w, b.ses, tb.tableid).cRecord).toBe(3);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    expect(tblInfo(w, a.ses, ta.tableid).cRecord).toBe(3);
  });

  it("another session does not see a stored count that is not committed yet, and its own JetComputeStats is WriteConflict", () => {
    // stats.cxx ErrSTATSRetrieveTableStats -> cat.cxx ErrCATStats(read): ErrCATISeekTableObject (ErrIsamSeek) +
    // ErrDIRGet on the reader's own catalog cursor; bt.cxx ErrBTGet -> ErrNDVisibleToCursor -> ver.cxx
    // ErrVERAccessNode, which for another session's uncommitted operReplace points kdfCurr at the RCE's before
    // image: the Stats column as it was (NULL -> zeros). Same for a level-0 reader and for a transaction.
    // ErrCATStats(write) by the other session replaces the same MSysObjects row: ver.cxx ErrVERModify ->
    // FVERIWriteConflict (an uncommitted replace of another session) -> WriteConflict, which
    // ErrIsamComputeStats returns after rolling back its own nested transaction.
    const { w, p, a, b } = closedPeople();
    const ta = on(p, openTable(w.api, a, PEOPLE));
    const tb = on(p, openTable(w.api, b, PEOPLE));
    expect(w.api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(h(w).JetComputeStats(a.ses, ta.tableid)).toBe(JET_errSuccess);
    expect(tblInfo(w, a.ses, ta.tableid).cRecord).toBe(2);
    expect(tblInfo(w, b.ses, tb.tableid).cRecord).toBe(0);
    expect(objInfo(w, b.ses, b.dbid, JET_ObjInfo).cRecord).toBe(0);
    expect(h(w).JetComputeStats(b.ses, tb.tableid)).toBe(JET_errWriteConflict);
    expect(w.api.JetBeginTransaction(b.ses)).toBe(JET_errSuccess);
    expect(tblInfo(w, b.ses, tb.tableid).cRecord).toBe(0);
    expect(h(w).JetComputeStats(b.ses, tb.tableid)).toBe(JET_errWriteConflict);
    expect(w.api.JetCommitTransaction(a.ses, 0)).toBe(JET_errSuccess);
    // b's transaction began before a's commit: still the old row (snapshot); at level 0 the new one.
    expect(tblInfo(w, b.ses, tb.tableid).cRecord).toBe(0);
    expect(w.api.JetCommitTransaction(b.ses, 0)).toBe(JET_errSuccess);
    expect(tblInfo(w, b.ses, tb.tableid).cRecord).toBe(2);
  });
});

describe('sorts and temp tables', () => {
  it('a sort, taking rows or being read: IllegalOperation for all four, whatever the other arguments', () => {
    // sortapi.cxx vtfndefTTSortIns / vtfndefTTSortRet: ErrIllegalGetCursorInfo, ErrIllegalSetSequential,
    // ErrIllegalResetSequential, ErrIllegalComputeStats -> jetapi.cxx: JET_errIllegalOperation.
    for (const reading of [false, true]) {
      const w = isam();
      const s = intTempTable(w, JET_bitTTIndexed | JET_bitTTScrollable, [3, 1, 2]);
      if (reading) expect(w.api.JetMove(w.ses, s.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
      expect([reading, h(w).JetGetCursorInfo(w.ses, s.tableid, null, 0, 0)]).toEqual([reading, JET_errIllegalOperation]);
      expect([reading, h(w).JetGetCursorInfo(w.ses, s.tableid, new Uint8Array(4), 4, 7)]).toEqual([reading, JET_errIllegalOperation]);
      expect([reading, h(w).JetSetTableSequential(w.ses, s.tableid, 1)]).toEqual([reading, JET_errIllegalOperation]);
      expect([reading, h(w).JetResetTableSequential(w.ses, s.tableid, 0)]).toEqual([reading, JET_errIllegalOperation]);
      expect([reading, h(w).JetComputeStats(w.ses, s.tableid)]).toEqual([reading, JET_errIllegalOperation]);
    }
  });

  it('a materialized temp table answers JetGetCursorInfo from its currency, and IllegalOperation to the other three', () => {
    // sortapi.cxx ErrIsamOpenTempTable materializes at once with JET_bitTTForceMaterialization (vtfndefTTBase,
    // cursor DIRBeforeFirst); ErrTTEndInsert materializes a JET_bitTTUpdatable one at its first move (until then
    // vtfndefTTSortIns). vtfndefTTBase: ErrIsamGetCursorInfo (a temp table's answer is Success on a record),
    // ErrIllegalSetSequential / ResetSequential / ComputeStats.
    const w = isam();
    const m = intTempTable(w, JET_bitTTForceMaterialization | JET_bitTTIndexed | JET_bitTTScrollable | JET_bitTTUpdatable, []);
    expect(h(w).JetGetCursorInfo(w.ses, m.tableid, null, 0, 0)).toBe(JET_errNoCurrentRecord);
    for (const n of [2, 1]) {
      expect(w.api.JetPrepareUpdate(w.ses, m.tableid, JET_prepInsert)).toBe(JET_errSuccess);
      expect(w.api.JetSetColumn(w.ses, m.tableid, m.col, int32(n), 4, 0, null)).toBe(JET_errSuccess);
      expect(w.api.JetUpdate(w.ses, m.tableid, null, 0, null)).toBe(JET_errSuccess);
    }
    expect(w.api.JetMove(w.ses, m.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(h(w).JetGetCursorInfo(w.ses, m.tableid, null, 0, 0)).toBe(JET_errSuccess);
    expect(h(w).JetGetCursorInfo(w.ses, m.tableid, null, 4, 0)).toBe(JET_errInvalidParameter);
    expect(h(w).JetGetCursorInfo(w.ses, m.tableid, null, 0, 1)).toBe(JET_errInvalidParameter);
    expect(w.api.JetMove(w.ses, m.tableid, JET_MoveLast, 0)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, m.tableid, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    expect(h(w).JetGetCursorInfo(w.ses, m.tableid, null, 0, 0)).toBe(JET_errNoCurrentRecord);
    expect(h(w).JetSetTableSequential(w.ses, m.tableid, 0)).toBe(JET_errIllegalOperation);
    expect(h(w).JetResetTableSequential(w.ses, m.tableid, 0)).toBe(JET_errIllegalOperation);
    expect(h(w).JetComputeStats(w.ses, m.tableid)).toBe(JET_errIllegalOperation);

    const u = intTempTable(w, JET_bitTTIndexed | JET_bitTTUpdatable, [5, 4]);
    expect(h(w).JetGetCursorInfo(w.ses, u.tableid, null, 0, 0)).toBe(JET_errIllegalOperation);
    expect(w.api.JetMove(w.ses, u.tableid, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, u.tableid, u.col)).toBe(4);
    expect(h(w).JetGetCursorInfo(w.ses, u.tableid, null, 0, 0)).toBe(JET_errSuccess);
    expect(h(w).JetSetTableSequential(w.ses, u.tableid, 1)).toBe(JET_errIllegalOperation);
    expect(h(w).JetComputeStats(w.ses, u.tableid)).toBe(JET_errIllegalOperation);
  });
});

describe('handles', () => {
  it('a closed or made-up tableid is InvalidTableId, another session\'s SesidTableIdMismatch, a made-up sesid InvalidSesid', () => {
    // jetapi.cxx JET_VALIDATE_SESID_TABLEID and the dispatch (ErrDisp...): a closed cursor's function table is
    // vtfndefInvalidTableid (fileopen.cxx ErrIsamCloseTable), whose every entry answers InvalidTableId.
    const { w, p, a, b } = closedPeople();
    const t = openTable(w.api, a, PEOPLE);
    expect(w.api.JetMove(a.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    const closed = openTable(w.api, a, PEOPLE);
    expect(w.api.JetCloseTable(a.ses, closed)).toBe(JET_errSuccess);
    const junkTable = 0x7654321 as JET_TABLEID;
    const junkSes = 0x7654321 as JET_SESID;
    const calls = (ses: JET_SESID, tid: JET_TABLEID): number[] => [
      h(w).JetGetCursorInfo(ses, tid, null, 0, 0),
      h(w).JetSetTableSequential(ses, tid, 0),
      h(w).JetResetTableSequential(ses, tid, 0),
      h(w).JetComputeStats(ses, tid),
    ];
    expect(calls(a.ses, closed)).toEqual(new Array(4).fill(JET_errInvalidTableId));
    expect(calls(a.ses, junkTable)).toEqual(new Array(4).fill(JET_errInvalidTableId));
    expect(calls(b.ses, t)).toEqual(new Array(4).fill(JET_errSesidTableIdMismatch));
    expect(calls(junkSes, t)).toEqual(new Array(4).fill(JET_errInvalidSesid));
    // Nothing happened to the stats through those.
    expect(tblInfo(w, a.ses, t).cRecord).toBe(0);
    expect(cursorInfo(w, a.ses, t)).toBe(JET_errSuccess);
    void p;
  });
});
