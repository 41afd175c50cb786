/**
 * Oracle tests for record updates on regular tables, written from the engine source only
 * (microsoft/Extensible-Storage-Engine, HEAD: dev/ese/src/ese/fldmod.cxx, recupd.cxx, lv.cxx, tagfld.cxx, rec.cxx,
 * fldext.cxx, dir.cxx; dev/ese/src/inc/fucb.hxx, rec.hxx, daedef.hxx, pib.hxx). Each test names the engine lines
 * that decide its expected values. Line numbers are those of `git show HEAD:<file>` at 7030fe7407615160e54d152e4ef704eede2fdd7e;
 * a bare line number means fldmod.cxx in the JetPrepareUpdate / JetSetColumn sections and recupd.cxx in the
 * JetUpdate / JetDelete / JetEscrowUpdate sections.
 *
 * Flags the tests lean on (fucb.hxx 23-31, 1144-1217):
 *   FFUCBUpdatePrepared = Insert | InsertCopy | InsertReadOnlyCopy | Replace
 *   FFUCBSetPrepared    = (Insert | InsertCopy | Replace) and levelPrep <= level   (no ReadOnlyCopy)
 *   FFUCBInsertPrepared = Insert | InsertCopy
 *   FFUCBInsertCopyDeleteOriginalPrepared = InsertCopy and InsertCopyDeleteOriginal both set
 */
import {
  out,
  JET_bitColumnAutoincrement, JET_bitColumnEscrowUpdate, JET_bitColumnFixed, JET_bitColumnMultiValued,
  JET_bitColumnNotNULL, JET_bitColumnTagged, JET_bitColumnVersion, JET_bitIndexPrimary,
  JET_bitIndexUnique, JET_bitRetrieveCopy, JET_bitSeekEQ, JET_bitSetAppendLV, JET_bitSetContiguousLV,
  JET_bitSetOverwriteLV, JET_bitSetSizeLV, JET_bitSetUniqueMultiValues, JET_bitSetUniqueNormalizedMultiValues,
  JET_bitSetZeroLength, JET_bitTableReadOnly, JET_bitTransactionReadOnly, JET_bitUpdateNoVersion,
  JET_coltypBinary, JET_coltypGUID, JET_coltypLong, JET_coltypLongBinary, JET_coltypLongLong,
  JET_coltypShort, JET_coltypText,
  JET_errAlreadyPrepared, JET_errAutoIncrementNotSet, JET_errBadColumnId, JET_errBufferTooSmall, JET_errColumnNoChunk,
  JET_errColumnNotFound, JET_errColumnTooBig, JET_errIllegalOperation, JET_errInvalidBufferSize,
  JET_errInvalidColumnType, JET_errInvalidGrbit, JET_errInvalidOperation, JET_errInvalidParameter,
  JET_errKeyDuplicate, JET_errMultiValuedDuplicate, JET_errNoCurrentRecord, JET_errNotInTransaction,
  JET_errNullInvalid, JET_errPermissionDenied, JET_errRecordPrimaryChanged, JET_errSuccess, JET_errTransReadOnly,
  JET_errUpdateMustVersion, JET_errUpdateNotPrepared, JET_wrnColumnMaxTruncated,
  JET_MoveFirst, JET_MoveLast, JET_MoveNext,
  JET_prepCancel, JET_prepInsert, JET_prepInsertCopy, JET_prepInsertCopyDeleteOriginal,
  JET_prepInsertCopyReplaceOriginal, JET_prepInsertMustSetAutoIncrement, JET_prepReadOnlyCopy, JET_prepReplace,
  JET_prepReplaceNoLock,
} from '../../src';
import type { JET_COLUMNDEF, JET_COLUMNID, JET_SESID, JET_TABLEID } from '../../src';
import { addColumn, createIndex, int32, isam, openTable, readInt32, retrieve, scan, seekInt, self } from '../support/isam';
import type { Isam, IsamApi } from '../support/isam';

// ---- set-up -----------------------------------------------------------------------------------------------

type Col = [name: string, def: JET_COLUMNDEF, dflt?: Uint8Array];

interface T {
  w: Isam;
  api: IsamApi;
  ses: JET_SESID;
  t: JET_TABLEID;
  c: Record<string, JET_COLUMNID>;
}

/** Table "t" (created and committed at level 0): id Long first (primary, unique "+id"), then the columns given. */
function table(cols: Col[] = []): T {
  const w = isam();
  const box = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, 't', 0, 100, box)).toBe(JET_errSuccess);
  const t = box.value;
  const c: Record<string, JET_COLUMNID> = {};
  c.id = addColumn(w.api, w.ses, t, 'id', { coltyp: JET_coltypLong });
  for (const [name, def, dflt] of cols) c[name] = addColumn(w.api, w.ses, t, name, def, dflt ?? null);
  expect(createIndex(w.api, w.ses, t, 'primary', JET_bitIndexPrimary | JET_bitIndexUnique, '+id')).toBe(JET_errSuccess);
  return { w, api: w.api, ses: w.ses, t, c };
}

/** Prepares an insert, sets id and the columns given, and returns JetUpdate's code (or the first failure). */
function insert(x: T, id: number, sets: Array<[JET_COLUMNID, Uint8Array | null]> = [], tableid = x.t): number {
  let rc = x.api.JetPrepareUpdate(x.ses, tableid, JET_prepInsert);
  if (rc !== JET_errSuccess) return rc;
  rc = x.api.JetSetColumn(x.ses, tableid, x.c.id, int32(id), 4, 0, null);
  if (rc !== JET_errSuccess) return rc;
  for (const [col, v] of sets) {
    rc = x.api.JetSetColumn(x.ses, tableid, col, v, v === null ? 0 : v.length, 0, null);
    if (rc < 0) return rc;
  }
  return x.api.JetUpdate(x.ses, tableid, null, 0, null);
}

function seek(x: T, id: number, tableid = x.t): void {
  expect(seekInt(x.api, x.ses, tableid, id, JET_bitSeekEQ)).toBe(JET_errSuccess);
}

/** Leaves the cursor after the last record: no current record. */
function offTheEnd(x: T, tableid = x.t): void {
  expect(x.api.JetMove(x.ses, tableid, JET_MoveLast, 0)).toBe(JET_errSuccess);
  expect(x.api.JetMove(x.ses, tableid, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
}

function set(x: T, col: JET_COLUMNID, v: Uint8Array | null, grbit = 0, itagSequence?: number, tableid = x.t,
  cb = v === null ? 0 : v.length, ibLongValue = 0): number {
  const setinfo = itagSequence === undefined ? null : { itagSequence, ibLongValue };
  return x.api.JetSetColumn(x.ses, tableid, col, v, cb, grbit, setinfo);
}

function bytes(...b: number[]): Uint8Array {
  return Uint8Array.from(b);
}

function ascii(s: string): Uint8Array {
  return Uint8Array.from(s, (ch) => ch.charCodeAt(0));
}

function int16(n: number): Uint8Array {
  const b = new Uint8Array(2);
  new DataView(b.buffer).setInt16(0, n, true);
  return b;
}

function ids(x: T, tableid = x.t): Array<number | null> {
  return scan(x.api, x.ses, tableid, x.c.id);
}

function intAt(x: T, col: JET_COLUMNID, tableid = x.t): number | null {
  const r = retrieve(x.api, x.ses, tableid, col);
  expect(r.rc >= 0).toBe(true);
  return r.data === null ? null : readInt32(r.data);
}

function valueOf(x: T, col: JET_COLUMNID, grbit = 0, tableid = x.t): { rc: number; data: Uint8Array | null } {
  return retrieve(x.api, x.ses, tableid, col, grbit);
}

// ================================================================================================
// JetPrepareUpdate (fldmod.cxx ErrIsamPrepareUpdate, 761-1343)
// ================================================================================================

describe('JetPrepareUpdate', () => {
  it('JET_prepCancel with nothing prepared is UpdateNotPrepared, also through a ReadOnly cursor in a read-only transaction (786-788: Cancel checks nothing else)', () => {
    const x = table();
    expect(insert(x, 1)).toBe(JET_errSuccess);
    const ro = openTable(x.api, self(x.w), 't', JET_bitTableReadOnly);
    expect(x.api.JetPrepareUpdate(x.ses, ro, JET_prepCancel)).toBe(JET_errUpdateNotPrepared);
    expect(x.api.JetBeginTransaction2(x.ses, JET_bitTransactionReadOnly)).toBe(JET_errSuccess);
    expect(x.api.JetPrepareUpdate(x.ses, ro, JET_prepCancel)).toBe(JET_errUpdateNotPrepared);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepCancel)).toBe(JET_errUpdateNotPrepared);
  });

  it('a prep outside the switch (1, 6, 11) is InvalidParameter before any other check: a ReadOnly cursor, an update already prepared (1325-1327, default case)', () => {
    const x = table();
    expect(insert(x, 1)).toBe(JET_errSuccess);
    const ro = openTable(x.api, self(x.w), 't', JET_bitTableReadOnly);
    for (const prep of [1, 6, 11]) expect(x.api.JetPrepareUpdate(x.ses, ro, prep)).toBe(JET_errInvalidParameter);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    for (const prep of [1, 6, 11]) expect(x.api.JetPrepareUpdate(x.ses, x.t, prep)).toBe(JET_errInvalidParameter);
    // ... and the insert prepared before is untouched (the default case returns through HandleError with
    // fFreeCopyBufOnErr false)
    expect(set(x, x.c.id, int32(2))).toBe(JET_errSuccess);
    expect(x.api.JetUpdate(x.ses, x.t, null, 0, null)).toBe(JET_errSuccess);
    expect(ids(x)).toEqual([1, 2]);
  });

  it('every writing prep through a ReadOnly cursor is PermissionDenied, before TransReadOnly and before the record is looked at (819, 1119, 1180, 1229: ErrFUCBCheckUpdatable first)', () => {
    const x = table([['auto', { coltyp: JET_coltypLong, grbit: JET_bitColumnAutoincrement }]]);
    expect(insert(x, 1)).toBe(JET_errSuccess);
    const ro = openTable(x.api, self(x.w), 't', JET_bitTableReadOnly);
    offTheEnd(x, ro);
    expect(x.api.JetBeginTransaction2(x.ses, JET_bitTransactionReadOnly)).toBe(JET_errSuccess);
    for (const prep of [JET_prepInsert, JET_prepInsertMustSetAutoIncrement, JET_prepReplace, JET_prepReplaceNoLock,
      JET_prepInsertCopy, JET_prepInsertCopyDeleteOriginal, JET_prepInsertCopyReplaceOriginal]) {
      expect([prep, x.api.JetPrepareUpdate(x.ses, ro, prep)]).toEqual([prep, JET_errPermissionDenied]);
    }
  });

  it('in a read-only transaction: TransReadOnly, before AlreadyPrepared, IllegalOperation and NoCurrentRecord (822 before 826 and 835; 1122 before 1125 and ErrDIRGetLock)', () => {
    const x = table();
    expect(insert(x, 1)).toBe(JET_errSuccess);
    const other = openTable(x.api, self(x.w), 't');
    offTheEnd(x, other);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess); // at level 0
    expect(x.api.JetBeginTransaction2(x.ses, JET_bitTransactionReadOnly)).toBe(JET_errSuccess);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsert)).toBe(JET_errTransReadOnly);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepReplace)).toBe(JET_errTransReadOnly);
    // no autoincrement column (would be IllegalOperation), no current record (would be NoCurrentRecord)
    expect(x.api.JetPrepareUpdate(x.ses, other, JET_prepInsertMustSetAutoIncrement)).toBe(JET_errTransReadOnly);
    expect(x.api.JetPrepareUpdate(x.ses, other, JET_prepReplace)).toBe(JET_errTransReadOnly);
    expect(x.api.JetPrepareUpdate(x.ses, other, JET_prepInsertCopy)).toBe(JET_errTransReadOnly);
  });

  it('JET_prepReadOnlyCopy checks no updatability: a ReadOnly cursor in a read-only transaction gets it (1300-1322: no ErrFUCBCheckUpdatable / ErrPIBCheckUpdatable)', () => {
    const x = table([['n', { coltyp: JET_coltypLong }]]);
    expect(insert(x, 1, [[x.c.n, int32(3)]])).toBe(JET_errSuccess);
    const ro = openTable(x.api, self(x.w), 't', JET_bitTableReadOnly);
    expect(x.api.JetMove(x.ses, ro, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(x.api.JetBeginTransaction2(x.ses, JET_bitTransactionReadOnly)).toBe(JET_errSuccess);
    expect(x.api.JetPrepareUpdate(x.ses, ro, JET_prepReadOnlyCopy)).toBe(JET_errSuccess);
    expect(readInt32(valueOf(x, x.c.id, JET_bitRetrieveCopy, ro).data!)).toBe(1);
  });

  it('JET_prepReadOnlyCopy: AlreadyPrepared before NotInTransaction, NotInTransaction before NoCurrentRecord (1301-1308 before ErrDIRGet 1311)', () => {
    const x = table();
    expect(insert(x, 1)).toBe(JET_errSuccess);
    offTheEnd(x);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepReadOnlyCopy)).toBe(JET_errNotInTransaction);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepReadOnlyCopy)).toBe(JET_errAlreadyPrepared);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepCancel)).toBe(JET_errSuccess);
    expect(x.api.JetBeginTransaction(x.ses)).toBe(JET_errSuccess);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepReadOnlyCopy)).toBe(JET_errNoCurrentRecord);
  });

  it('a ReadOnlyCopy is not an update: JetSetColumn and JetUpdate answer UpdateNotPrepared, it still blocks a new prep, Cancel ends it (fucb.hxx FFUCBSetPrepared 1213-1217; recupd.cxx 993-996)', () => {
    const x = table();
    expect(insert(x, 1)).toBe(JET_errSuccess);
    expect(x.api.JetBeginTransaction(x.ses)).toBe(JET_errSuccess);
    expect(x.api.JetMove(x.ses, x.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepReadOnlyCopy)).toBe(JET_errSuccess);
    expect(set(x, x.c.id, int32(5))).toBe(JET_errUpdateNotPrepared);
    expect(x.api.JetUpdate(x.ses, x.t, null, 0, null)).toBe(JET_errUpdateNotPrepared);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsert)).toBe(JET_errAlreadyPrepared);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepCancel)).toBe(JET_errSuccess);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
  });

  it('JET_prepInsertMustSetAutoIncrement without an autoincrement column: AlreadyPrepared wins over IllegalOperation (826 before 833-836)', () => {
    const x = table();
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsertMustSetAutoIncrement)).toBe(JET_errIllegalOperation);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsertMustSetAutoIncrement)).toBe(JET_errAlreadyPrepared);
  });

  it('Replace, ReplaceNoLock and the insert copies with no current record: NoCurrentRecord, at level 0 and 1, leaving nothing prepared (fldmod.cxx 1154-1155, 1200, 1240-1243; dir.cxx ErrDIRGet 353-400, ErrDIRGetLock 1507-1535; HandleError 1334-1340 frees the copy buffer)', () => {
    const x = table();
    expect(insert(x, 1)).toBe(JET_errSuccess);
    for (const level of [0, 1]) {
      if (level === 1) expect(x.api.JetBeginTransaction(x.ses)).toBe(JET_errSuccess);
      offTheEnd(x);
      for (const prep of [JET_prepReplace, JET_prepReplaceNoLock, JET_prepInsertCopy, JET_prepInsertCopyReplaceOriginal]) {
        expect([level, prep, x.api.JetPrepareUpdate(x.ses, x.t, prep)]).toEqual([level, prep, JET_errNoCurrentRecord]);
        expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepCancel)).toBe(JET_errUpdateNotPrepared);
      }
    }
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsertCopyDeleteOriginal)).toBe(JET_errNoCurrentRecord);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepCancel)).toBe(JET_errUpdateNotPrepared);
  });

  it('JET_prepInsertCopyReplaceOriginal keeps the record\'s autoincrement value; InsertCopyDeleteOriginal takes the next one (1259-1275)', () => {
    const x = table([['auto', { coltyp: JET_coltypLong, grbit: JET_bitColumnAutoincrement }]]);
    for (const id of [1, 2, 3]) expect(insert(x, id)).toBe(JET_errSuccess); // auto 1, 2, 3
    expect(x.api.JetBeginTransaction(x.ses)).toBe(JET_errSuccess);
    seek(x, 1);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsertCopyReplaceOriginal)).toBe(JET_errSuccess);
    expect(readInt32(valueOf(x, x.c.auto, JET_bitRetrieveCopy).data!)).toBe(1);
    expect(set(x, x.c.id, int32(10))).toBe(JET_errSuccess);
    expect(x.api.JetUpdate(x.ses, x.t, null, 0, null)).toBe(JET_errSuccess);
    seek(x, 2);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsertCopyDeleteOriginal)).toBe(JET_errSuccess);
    expect(readInt32(valueOf(x, x.c.auto, JET_bitRetrieveCopy).data!)).toBe(4);
    expect(set(x, x.c.id, int32(20))).toBe(JET_errSuccess);
    expect(x.api.JetUpdate(x.ses, x.t, null, 0, null)).toBe(JET_errSuccess);
    expect(ids(x)).toEqual([3, 10, 20]);
    seek(x, 10);
    expect(intAt(x, x.c.auto)).toBe(1);
    seek(x, 20);
    expect(intAt(x, x.c.auto)).toBe(4);
  });
});

// ================================================================================================
// JetSetColumn (fldmod.cxx ErrIsamSetColumn 1931-2002, ErrFLDSetOneColumn 1623-1890)
// ================================================================================================

describe('JetSetColumn: state and argument checks, in order', () => {
  it('a ReadOnly cursor is PermissionDenied before UpdateNotPrepared (1949 before 1962-1963)', () => {
    const x = table();
    const ro = openTable(x.api, self(x.w), 't', JET_bitTableReadOnly);
    expect(set(x, x.c.id, int32(1), 0, undefined, ro)).toBe(JET_errPermissionDenied);
  });

  it('an insert prepared at level 0, then a read-only transaction: TransReadOnly (1950-1953 before the update check at 1962-1963)', () => {
    const x = table();
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(x.api.JetBeginTransaction2(x.ses, JET_bitTransactionReadOnly)).toBe(JET_errSuccess);
    expect(set(x, x.c.id, int32(1))).toBe(JET_errTransReadOnly);
  });

  it('with nothing prepared: UpdateNotPrepared before the grbit and the columnid are looked at (1962-1963 before ErrFLDSetOneColumn)', () => {
    const x = table();
    expect(set(x, 0 as JET_COLUMNID, int32(1), JET_bitSetUniqueMultiValues | JET_bitSetAppendLV)).toBe(JET_errUpdateNotPrepared);
    expect(set(x, 0x12345 as JET_COLUMNID, int32(1), 0x10000000)).toBe(JET_errUpdateNotPrepared);
  });

  it('the unique bits with AppendLV / OverwriteLV / SizeLV are InvalidGrbit on any column, before the column is looked up (1650-1667 before ErrRECIAccessColumn 1693)', () => {
    const x = table();
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    for (const grbit of [JET_bitSetUniqueMultiValues | JET_bitSetAppendLV, JET_bitSetUniqueMultiValues | JET_bitSetOverwriteLV,
      JET_bitSetUniqueNormalizedMultiValues | JET_bitSetSizeLV]) {
      expect(set(x, x.c.id, int32(1), grbit)).toBe(JET_errInvalidGrbit);
      expect(set(x, 0 as JET_COLUMNID, int32(1), grbit)).toBe(JET_errInvalidGrbit);
      expect(set(x, 0x7fff as JET_COLUMNID, int32(1), grbit)).toBe(JET_errInvalidGrbit);
    }
  });

  it('ContiguousLV without SeparateLV and the internal bits (0xf0000000) are InvalidGrbit before the column (1669-1674, 1685-1690; rec.hxx 65)', () => {
    const x = table();
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(set(x, 0 as JET_COLUMNID, int32(1), JET_bitSetContiguousLV)).toBe(JET_errInvalidGrbit);
    for (const bit of [0x10000000, 0x20000000, 0x40000000, 0x80000000]) {
      expect(set(x, 0x7fff as JET_COLUMNID, int32(1), bit)).toBe(JET_errInvalidGrbit);
    }
  });

  it('a columnid with a bit in its high word other than the template bit, or fid 0, is BadColumnId; a template columnid on a plain table is ColumnNotFound (fldext.cxx ErrRECIAccessColumn 62-90; daedef.hxx FCOLUMNIDValid 723-733)', () => {
    const x = table();
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect([
      set(x, 0 as JET_COLUMNID, int32(1)),
      set(x, (0x00010000 | x.c.id) as JET_COLUMNID, int32(1)),
      set(x, 0xffff as JET_COLUMNID, int32(1)),
      set(x, (0x80000000 | x.c.id) as JET_COLUMNID, int32(1)),
      set(x, 300 as JET_COLUMNID, int32(1)),
    ]).toEqual([JET_errBadColumnId, JET_errBadColumnId, JET_errBadColumnId, JET_errColumnNotFound, JET_errColumnNotFound]);
  });

  it('the autoincrement column in a JET_prepInsert is InvalidColumnType whatever the data: NULL, a wrong size (1725-1732, before the NULL and size checks of ErrRECISetIFixedColumn)', () => {
    const x = table([['auto', { coltyp: JET_coltypLong, grbit: JET_bitColumnAutoincrement }]]);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(set(x, x.c.auto, null)).toBe(JET_errInvalidColumnType);
    expect(set(x, x.c.auto, bytes(1, 2), 0)).toBe(JET_errInvalidColumnType);
    expect(set(x, x.c.auto, int32(7))).toBe(JET_errInvalidColumnType);
  });

  it('the version column: InvalidColumnType in a replace whatever the size; in an insert a wrong size is InvalidBufferSize (1716-1724; 2423-2440)', () => {
    const x = table([['ver', { coltyp: JET_coltypLong, grbit: JET_bitColumnVersion }]]);
    expect(insert(x, 1)).toBe(JET_errSuccess);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(set(x, x.c.ver, bytes(1, 2))).toBe(JET_errInvalidBufferSize);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepCancel)).toBe(JET_errSuccess);
    expect(x.api.JetMove(x.ses, x.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(set(x, x.c.ver, bytes(1, 2))).toBe(JET_errInvalidColumnType);
    expect(set(x, x.c.ver, null)).toBe(JET_errInvalidColumnType);
  });
});

describe('JetSetColumn: sizes per column type', () => {
  it('fixed columns: a fixed-size type given another length is InvalidBufferSize; fixed Text / Binary over cbMax too; no data is NULL (2183-2195, 2423-2460; 1696-1697, 1843-1844)', () => {
    const x = table([
      ['l', { coltyp: JET_coltypLong }],
      ['ll', { coltyp: JET_coltypLongLong }],
      ['s', { coltyp: JET_coltypShort }],
      ['g', { coltyp: JET_coltypGUID }],
      ['ft', { coltyp: JET_coltypText, cp: 1252, cbMax: 10, grbit: JET_bitColumnFixed }],
      ['fb', { coltyp: JET_coltypBinary, cbMax: 10, grbit: JET_bitColumnFixed }],
    ]);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(set(x, x.c.l, new Uint8Array(3))).toBe(JET_errInvalidBufferSize);
    expect(set(x, x.c.l, new Uint8Array(5))).toBe(JET_errInvalidBufferSize);
    expect(set(x, x.c.ll, new Uint8Array(4))).toBe(JET_errInvalidBufferSize);
    expect(set(x, x.c.s, new Uint8Array(4))).toBe(JET_errInvalidBufferSize);
    expect(set(x, x.c.g, new Uint8Array(15))).toBe(JET_errInvalidBufferSize);
    expect(set(x, x.c.ft, new Uint8Array(11))).toBe(JET_errInvalidBufferSize);
    expect(set(x, x.c.fb, new Uint8Array(11))).toBe(JET_errInvalidBufferSize);
    expect(set(x, x.c.fb, new Uint8Array(3))).toBe(JET_errSuccess);
    expect(set(x, x.c.l, null)).toBe(JET_errSuccess);
    // zero length on a fixed column is NULL too (2183: pdataField->FNull() is cb 0, daedef.hxx 1238-1243)
    expect(set(x, x.c.l, new Uint8Array(0), JET_bitSetZeroLength)).toBe(JET_errSuccess);
  });

  it('a NotNULL fixed column: no data is NullInvalid, zero length with JET_bitSetZeroLength too; a wrong length is InvalidBufferSize (2183-2190 before 2423-2440)', () => {
    const x = table([['nn', { coltyp: JET_coltypLong, grbit: JET_bitColumnNotNULL }]]);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(set(x, x.c.nn, null)).toBe(JET_errNullInvalid);
    expect(set(x, x.c.nn, new Uint8Array(0), JET_bitSetZeroLength)).toBe(JET_errNullInvalid);
    expect(set(x, x.c.nn, new Uint8Array(3))).toBe(JET_errInvalidBufferSize);
  });

  it('variable Text / Binary over cbMax: wrnColumnMaxTruncated and the value cut; a NotNULL variable column given NULL: NullInvalid (2726-2745)', () => {
    const x = table([
      ['vt', { coltyp: JET_coltypText, cp: 1252, cbMax: 10 }],
      ['vb', { coltyp: JET_coltypBinary, cbMax: 10, grbit: JET_bitColumnNotNULL }],
    ]);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(set(x, x.c.vt, ascii('abcdefghijkl'))).toBe(JET_wrnColumnMaxTruncated);
    expect(valueOf(x, x.c.vt, JET_bitRetrieveCopy).data).toEqual(ascii('abcdefghij'));
    expect(set(x, x.c.vb, null)).toBe(JET_errNullInvalid);
  });

  it('a NotNULL tagged column given NULL: NullInvalid (3121-3124)', () => {
    const x = table([['nt', { coltyp: JET_coltypBinary, cbMax: 10, grbit: JET_bitColumnTagged | JET_bitColumnNotNULL }]]);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(set(x, x.c.nt, null)).toBe(JET_errNullInvalid);
  });

  it('UniqueMultiValues means nothing to a fixed or variable column: the same value twice is Success (only tagfld.cxx 1053-1056 and the long-value path, fldmod.cxx 1756-1787, read it)', () => {
    const x = table([['l', { coltyp: JET_coltypLong }], ['vt', { coltyp: JET_coltypText, cp: 1252, cbMax: 10 }]]);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    for (let i = 0; i < 2; i++) {
      expect(set(x, x.c.l, int32(3), JET_bitSetUniqueMultiValues)).toBe(JET_errSuccess);
      expect(set(x, x.c.vt, ascii('ab'), JET_bitSetUniqueMultiValues)).toBe(JET_errSuccess);
    }
  });

  it('UniqueMultiValues on a tagged column compares a zero-length value set with JET_bitSetZeroLength (MultiValuedDuplicate), (1650-1667, 1843-1844; tagfld.cxx 1053-1056, 1180-1217)', () => {
    const x = table([['mv', { coltyp: JET_coltypBinary, cbMax: 10, grbit: JET_bitColumnTagged | JET_bitColumnMultiValued }]]);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(set(x, x.c.mv, new Uint8Array(0), JET_bitSetZeroLength, 0)).toBe(JET_errSuccess);
    expect(set(x, x.c.mv, bytes(1), 0, 0)).toBe(JET_errSuccess);
    expect(set(x, x.c.mv, new Uint8Array(0), JET_bitSetZeroLength | JET_bitSetUniqueMultiValues, 0)).toBe(JET_errMultiValuedDuplicate);
    expect(set(x, x.c.mv, bytes(1), JET_bitSetUniqueMultiValues, 0)).toBe(JET_errMultiValuedDuplicate);
    expect(set(x, x.c.mv, bytes(2), JET_bitSetUniqueMultiValues, 0)).toBe(JET_errSuccess);
  });
});

describe('JetSetColumn: long values (lv.cxx ErrRECSetLongField 2424-2700, ErrLVOpFromGrbit 1994-2113)', () => {
  function lvTable(): T {
    return table([
      ['lv', { coltyp: JET_coltypLongBinary, grbit: JET_bitColumnTagged | JET_bitColumnMultiValued }],
      ['small', { coltyp: JET_coltypLongBinary, cbMax: 8, grbit: JET_bitColumnTagged }],
    ]);
  }

  it('at level 0: NotInTransaction, even for a value over the column\'s cbMax (lv.cxx 2488-2492 before the size checks at 2766 and 4078-4081)', () => {
    const x = lvTable();
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(set(x, x.c.small, new Uint8Array(20))).toBe(JET_errNotInTransaction);
    expect(set(x, x.c.lv, null)).toBe(JET_errNotInTransaction);
  });

  it('cbMax: a longer value, or an append that makes it longer, is ColumnTooBig (lv.cxx ErrRECAOIntrinsicLV 4078-4081)', () => {
    const x = lvTable();
    expect(x.api.JetBeginTransaction(x.ses)).toBe(JET_errSuccess);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(set(x, x.c.small, new Uint8Array(9))).toBe(JET_errColumnTooBig);
    expect(set(x, x.c.small, new Uint8Array(6))).toBe(JET_errSuccess);
    expect(set(x, x.c.small, new Uint8Array(3), JET_bitSetAppendLV)).toBe(JET_errColumnTooBig);
    expect(set(x, x.c.small, new Uint8Array(2), JET_bitSetAppendLV)).toBe(JET_errSuccess);
    expect(set(x, x.c.small, null, JET_bitSetSizeLV, undefined, x.t, 9)).toBe(JET_errColumnTooBig);
  });

  it('OverwriteLV at a non-zero offset of a new value, or past the end of an existing one: ColumnNoChunk (lv.cxx 2015-2043, 4037-4040)', () => {
    const x = lvTable();
    expect(x.api.JetBeginTransaction(x.ses)).toBe(JET_errSuccess);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(set(x, x.c.lv, bytes(1, 2), JET_bitSetOverwriteLV, 1, x.t, 2, 1)).toBe(JET_errColumnNoChunk);
    expect(set(x, x.c.lv, bytes(1, 2, 3), 0, 1)).toBe(JET_errSuccess);
    expect(set(x, x.c.lv, bytes(9), JET_bitSetOverwriteLV, 1, x.t, 1, 4)).toBe(JET_errColumnNoChunk);
    expect(set(x, x.c.lv, bytes(9), JET_bitSetOverwriteLV, 1, x.t, 1, 3)).toBe(JET_errSuccess);
    expect(valueOf(x, x.c.lv, JET_bitRetrieveCopy).data).toEqual(bytes(1, 2, 3, 9));
  });

  it('SizeLV with no buffer makes a zero-filled value of cbData bytes (fldmod.cxx 1696-1697 keeps cb; lv.cxx 2047-2055 lvopInsertZeroedOut)', () => {
    const x = lvTable();
    expect(x.api.JetBeginTransaction(x.ses)).toBe(JET_errSuccess);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(set(x, x.c.lv, null, JET_bitSetSizeLV, undefined, x.t, 5)).toBe(JET_errSuccess);
    expect(valueOf(x, x.c.lv, JET_bitRetrieveCopy).data).toEqual(new Uint8Array(5));
  });

  it('AppendLV together with a bit the LV code does not strip is not an append: ErrLVOpFromGrbit switches on the exact grbit, and its default case replaces (lv.cxx 2459-2466 strip list, 2003-2107 switch and its default case)', () => {
    const x = lvTable();
    expect(x.api.JetBeginTransaction(x.ses)).toBe(JET_errSuccess);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(set(x, x.c.lv, bytes(1, 2), 0, 1)).toBe(JET_errSuccess);
    expect(set(x, x.c.lv, bytes(3), JET_bitSetAppendLV, 1)).toBe(JET_errSuccess);
    expect(valueOf(x, x.c.lv, JET_bitRetrieveCopy).data).toEqual(bytes(1, 2, 3));
    // AppendLV | OverwriteLV: not one of the cases: replace
    expect(set(x, x.c.lv, bytes(4), JET_bitSetAppendLV | JET_bitSetOverwriteLV, 1)).toBe(JET_errSuccess);
    expect(valueOf(x, x.c.lv, JET_bitRetrieveCopy).data).toEqual(bytes(4));
    // AppendLV | 0x10 (a bit no JET_bitSet* names, not rejected by ErrFLDSetOneColumn): replace as well
    expect(set(x, x.c.lv, bytes(5), JET_bitSetAppendLV | 0x10, 1)).toBe(JET_errSuccess);
    expect(valueOf(x, x.c.lv, JET_bitRetrieveCopy).data).toEqual(bytes(5));
  });
});

describe('JetSetColumn: what a failed set leaves', () => {
  function versioned(): T {
    const x = table([
      ['ver', { coltyp: JET_coltypLong, grbit: JET_bitColumnVersion }],
      ['l', { coltyp: JET_coltypLong }],
      ['nnf', { coltyp: JET_coltypLong, grbit: JET_bitColumnNotNULL }, int32(0)],
      ['nnv', { coltyp: JET_coltypBinary, cbMax: 10, grbit: JET_bitColumnNotNULL }, bytes(0)],
      ['tl', { coltyp: JET_coltypLong, grbit: JET_bitColumnTagged }],
    ]);
    expect(insert(x, 1)).toBe(JET_errSuccess);
    expect(x.api.JetMove(x.ses, x.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(intAt(x, x.c.ver)).toBe(0);
    return x;
  }

  function replaceAfterFailedSet(x: T, col: JET_COLUMNID, v: Uint8Array | null, expected: number): number | null {
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(set(x, col, v)).toBe(expected);
    expect(x.api.JetUpdate(x.ses, x.t, null, 0, null)).toBe(JET_errSuccess);
    return intAt(x, x.c.ver);
  }

  it('a fixed NotNULL column given NULL was not marked (fldmod.cxx 2185-2190 return before 2202): the replace writes nothing, the version stays', () => {
    const x = versioned();
    expect(replaceAfterFailedSet(x, x.c.nnf, null, JET_errNullInvalid)).toBe(0);
  });
});

// ================================================================================================
// JetUpdate / JetUpdate2 (recupd.cxx ErrIsamUpdate 941-1009, ErrRECIInsert 1559-2007, ErrRECIReplace 2950-3311)
// ================================================================================================

describe('JetUpdate', () => {
  it('a replace with a bookmark buffer smaller than the key: Success, the bookmark cut, pcbActual the whole length (958-973)', () => {
    const x = table([['n', { coltyp: JET_coltypLong }]]);
    expect(insert(x, 1)).toBe(JET_errSuccess);
    expect(x.api.JetMove(x.ses, x.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    const full = new Uint8Array(64);
    const cbFull = out<number>(0);
    expect(x.api.JetGetBookmark(x.ses, x.t, full, full.length, cbFull)).toBe(JET_errSuccess);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(set(x, x.c.n, int32(5))).toBe(JET_errSuccess);
    const bm = new Uint8Array(1);
    const cb = out<number>(0);
    expect(x.api.JetUpdate(x.ses, x.t, bm, 1, cb)).toBe(JET_errSuccess);
    expect(cb.value).toBe(cbFull.value);
    expect(bm[0]).toBe(full[0]);
    expect(intAt(x, x.c.n)).toBe(5);
  });

  it('JetUpdate2 reads only the bits it knows: others are not rejected (941-1009: no grbit check)', () => {
    const x = table();
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(set(x, x.c.id, int32(1))).toBe(JET_errSuccess);
    expect(x.api.JetUpdate2(x.ses, x.t, null, 0, null, 0x100)).toBe(JET_errSuccess);
    expect(ids(x)).toEqual([1]);
  });

  it('a NotNULL column left NULL: NullInvalid, the insert stays prepared and succeeds once the column is set (1672; rec.cxx ErrRECIIllegalNulls 4596-4611)', () => {
    const x = table([['nn', { coltyp: JET_coltypLong, grbit: JET_bitColumnNotNULL }]]);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(set(x, x.c.id, int32(1))).toBe(JET_errSuccess);
    expect(x.api.JetUpdate(x.ses, x.t, null, 0, null)).toBe(JET_errNullInvalid);
    expect(set(x, x.c.nn, int32(3))).toBe(JET_errSuccess);
    expect(x.api.JetUpdate(x.ses, x.t, null, 0, null)).toBe(JET_errSuccess);
    expect(ids(x)).toEqual([1]);
  });

  it('a NotNULL column that has a default need not be set (rec.cxx 4597, 4645, 4690: !FFIELDDefault)', () => {
    const x = table([
      ['nnf', { coltyp: JET_coltypLong, grbit: JET_bitColumnNotNULL }, int32(4)],
      ['nnt', { coltyp: JET_coltypBinary, cbMax: 10, grbit: JET_bitColumnNotNULL | JET_bitColumnTagged }, bytes(7)],
    ]);
    expect(insert(x, 1)).toBe(JET_errSuccess);
    expect(x.api.JetMove(x.ses, x.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(intAt(x, x.c.nnf)).toBe(4);
  });

  it('a JET_prepInsertMustSetAutoIncrement update with both the autoincrement and a NotNULL column unset: the fixed column with the smaller fid decides (rec.cxx 4565-4612)', () => {
    const autoFirst = table([
      ['auto', { coltyp: JET_coltypLong, grbit: JET_bitColumnAutoincrement }],
      ['nn', { coltyp: JET_coltypLong, grbit: JET_bitColumnNotNULL }],
    ]);
    expect(autoFirst.api.JetPrepareUpdate(autoFirst.ses, autoFirst.t, JET_prepInsertMustSetAutoIncrement)).toBe(JET_errSuccess);
    expect(set(autoFirst, autoFirst.c.id, int32(1))).toBe(JET_errSuccess);
    expect(autoFirst.api.JetUpdate(autoFirst.ses, autoFirst.t, null, 0, null)).toBe(JET_errAutoIncrementNotSet);

    const nnFirst = table([
      ['nn', { coltyp: JET_coltypLong, grbit: JET_bitColumnNotNULL }],
      ['auto', { coltyp: JET_coltypLong, grbit: JET_bitColumnAutoincrement }],
    ]);
    expect(nnFirst.api.JetPrepareUpdate(nnFirst.ses, nnFirst.t, JET_prepInsertMustSetAutoIncrement)).toBe(JET_errSuccess);
    expect(set(nnFirst, nnFirst.c.id, int32(1))).toBe(JET_errSuccess);
    expect(nnFirst.api.JetUpdate(nnFirst.ses, nnFirst.t, null, 0, null)).toBe(JET_errNullInvalid);
  });

  it('RecordPrimaryChanged leaves the replace prepared: the key can be put back and the update stored (3068; 1000-1003)', () => {
    const x = table([['n', { coltyp: JET_coltypLong }]]);
    expect(insert(x, 1)).toBe(JET_errSuccess);
    expect(x.api.JetMove(x.ses, x.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(set(x, x.c.id, int32(2))).toBe(JET_errSuccess);
    expect(set(x, x.c.n, int32(8))).toBe(JET_errSuccess);
    expect(x.api.JetUpdate(x.ses, x.t, null, 0, null)).toBe(JET_errRecordPrimaryChanged);
    expect(set(x, x.c.id, int32(1))).toBe(JET_errSuccess);
    expect(x.api.JetUpdate(x.ses, x.t, null, 0, null)).toBe(JET_errSuccess);
    expect(intAt(x, x.c.n)).toBe(8);
  });


  it('an insert with a bookmark buffer smaller than the key: BufferTooSmall before the insert; nothing inserted, the update stays prepared (1835-1838; 1000-1003 frees only on success)', () => {
    const x = table();
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(set(x, x.c.id, int32(1))).toBe(JET_errSuccess);
    const bm = new Uint8Array(1);
    const cb = out<number>(77);
    expect(x.api.JetUpdate(x.ses, x.t, bm, 1, cb)).toBe(JET_errBufferTooSmall);
    expect(cb.value).toBe(77);
    // Looked at through another cursor: a move on this one would cancel the update (rec.cxx ErrIsamMove).
    const other = out<JET_TABLEID>();
    expect(x.api.JetDupCursor(x.ses, x.t, other, 0)).toBe(JET_errSuccess);
    expect(ids(x, other.value)).toEqual([]);
    const big = new Uint8Array(64);
    expect(x.api.JetUpdate(x.ses, x.t, big, big.length, cb)).toBe(JET_errSuccess);
    expect(cb.value).toBeGreaterThan(1);
    expect(ids(x)).toEqual([1]);
  });

  it('order: NullInvalid before BufferTooSmall before KeyDuplicate (1672, 1835-1838, then ErrDIRInsert 1844)', () => {
    const x = table([['nn', { coltyp: JET_coltypLong, grbit: JET_bitColumnNotNULL }]]);
    expect(insert(x, 1, [[x.c.nn, int32(1)]])).toBe(JET_errSuccess);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(set(x, x.c.id, int32(1))).toBe(JET_errSuccess);
    const bm = new Uint8Array(1);
    expect(x.api.JetUpdate(x.ses, x.t, bm, 1, null)).toBe(JET_errNullInvalid);
    expect(set(x, x.c.nn, int32(2))).toBe(JET_errSuccess);
    expect(x.api.JetUpdate(x.ses, x.t, bm, 1, null)).toBe(JET_errBufferTooSmall);
    expect(x.api.JetUpdate(x.ses, x.t, null, 0, null)).toBe(JET_errKeyDuplicate);
  });

  it('JET_bitUpdateNoVersion on a committed table: UpdateMustVersion for an insert and for a replace; the update stays prepared (1644-1650, 3008-3012)', () => {
    const x = table([['n', { coltyp: JET_coltypLong }]]);
    expect(insert(x, 1)).toBe(JET_errSuccess);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(set(x, x.c.id, int32(2))).toBe(JET_errSuccess);
    expect(x.api.JetUpdate2(x.ses, x.t, null, 0, null, JET_bitUpdateNoVersion)).toBe(JET_errUpdateMustVersion);
    expect(x.api.JetUpdate2(x.ses, x.t, null, 0, null, 0)).toBe(JET_errSuccess);
    seek(x, 1);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(set(x, x.c.n, int32(9))).toBe(JET_errSuccess);
    expect(x.api.JetUpdate2(x.ses, x.t, null, 0, null, JET_bitUpdateNoVersion)).toBe(JET_errUpdateMustVersion);
    expect(x.api.JetUpdate2(x.ses, x.t, null, 0, null, 0)).toBe(JET_errSuccess);
    expect(ids(x)).toEqual([1, 2]);
  });

  it('JET_bitUpdateNoVersion inserts into a table whose creation has not committed (recupd.cxx ErrRECIInsert: FUncommitted)', () => {
    const w = isam();
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    const made = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'fresh', 0, 0, made)).toBe(JET_errSuccess);
    const col = out<JET_COLUMNID>();
    expect(w.api.JetAddColumn(w.ses, made.value, 'n', { coltyp: JET_coltypLong }, null, 0, col)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, made.value, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, made.value, col.value, int32(5), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.emu.api.JetUpdate2(w.ses, made.value, null, 0, null, JET_bitUpdateNoVersion)).toBe(JET_errSuccess);
    expect(w.api.JetMove(w.ses, made.value, JET_MoveFirst, 0)).toBe(JET_errSuccess);
  });
});

// ================================================================================================
// JetDelete (recupd.cxx ErrIsamDelete 2302-2507)
// ================================================================================================

describe('JetDelete', () => {
  it('a ReadOnly cursor: PermissionDenied before NoCurrentRecord; a read-only transaction: TransReadOnly (2321-2326)', () => {
    const x = table();
    expect(insert(x, 1)).toBe(JET_errSuccess);
    const ro = openTable(x.api, self(x.w), 't', JET_bitTableReadOnly);
    offTheEnd(x, ro);
    expect(x.api.JetDelete(x.ses, ro)).toBe(JET_errPermissionDenied);
    offTheEnd(x);
    expect(x.api.JetBeginTransaction2(x.ses, JET_bitTransactionReadOnly)).toBe(JET_errSuccess);
    expect(x.api.JetDelete(x.ses, x.t)).toBe(JET_errTransReadOnly);
  });

  for (const [name, prep] of [['InsertCopyDeleteOriginal', JET_prepInsertCopyDeleteOriginal],
    ['InsertCopyReplaceOriginal', JET_prepInsertCopyReplaceOriginal]] as const) {
    it(`with ${name} prepared: AlreadyPrepared, the update kept (2344-2349; both preps set fCBSTATInsertCopy | fCBSTATInsertCopyDeleteOriginal, fldmod.cxx 1276-1281, fucb.hxx 1100-1105)`, () => {
      const x = table();
      for (const id of [1, 2]) expect(insert(x, id)).toBe(JET_errSuccess);
      expect(x.api.JetBeginTransaction(x.ses)).toBe(JET_errSuccess);
      seek(x, 1);
      expect(x.api.JetPrepareUpdate(x.ses, x.t, prep)).toBe(JET_errSuccess);
      expect(x.api.JetDelete(x.ses, x.t)).toBe(JET_errAlreadyPrepared);
      expect(set(x, x.c.id, int32(10))).toBe(JET_errSuccess);
      expect(x.api.JetUpdate(x.ses, x.t, null, 0, null)).toBe(JET_errSuccess);
      expect(ids(x)).toEqual([2, 10]);
    });
  }

  it('any other prepared update is cancelled before the record is looked at: NoCurrentRecord leaves nothing prepared (2350-2353 before ErrDIRGetLock 2391)', () => {
    const x = table();
    expect(insert(x, 1)).toBe(JET_errSuccess);
    offTheEnd(x);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(set(x, x.c.id, int32(2))).toBe(JET_errSuccess);
    expect(x.api.JetDelete(x.ses, x.t)).toBe(JET_errNoCurrentRecord);
    expect(x.api.JetUpdate(x.ses, x.t, null, 0, null)).toBe(JET_errUpdateNotPrepared);
    expect(ids(x)).toEqual([1]);
  });

  it('a ReadOnlyCopy prepared is cancelled too, and the record deleted (FFUCBUpdatePrepared includes it, fucb.hxx 1203-1206)', () => {
    const x = table();
    for (const id of [1, 2]) expect(insert(x, id)).toBe(JET_errSuccess);
    expect(x.api.JetBeginTransaction(x.ses)).toBe(JET_errSuccess);
    seek(x, 1);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepReadOnlyCopy)).toBe(JET_errSuccess);
    expect(x.api.JetDelete(x.ses, x.t)).toBe(JET_errSuccess);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepCancel)).toBe(JET_errSuccess);
    expect(ids(x)).toEqual([2]);
  });
});

// ================================================================================================
// JetEscrowUpdate (recupd.cxx ErrIsamEscrowUpdate 3711-3760, ErrRECIEscrowUpdate 3560-3708)
// ================================================================================================

describe('JetEscrowUpdate', () => {
  function counters(): T {
    const x = table([
      ['n', { coltyp: JET_coltypLong, grbit: JET_bitColumnEscrowUpdate }, int32(0)],
      ['plain', { coltyp: JET_coltypLong }],
    ]);
    expect(insert(x, 1, [[x.c.n, int32(10)]])).toBe(JET_errSuccess);
    expect(x.api.JetMove(x.ses, x.t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    return x;
  }

  function escrow(x: T, col: JET_COLUMNID, delta: Uint8Array, grbit = 0, pvOld: Uint8Array | null = null, cbOld = 0): number {
    return x.api.JetEscrowUpdate(x.ses, x.t, col, delta, delta.length, pvOld, cbOld, null, grbit);
  }

  it('other grbit bits are not looked at (3560-3708 read only JET_bitEscrowNoRollback, 3639)', () => {
    const x = counters();
    expect(x.api.JetBeginTransaction(x.ses)).toBe(JET_errSuccess);
    expect(escrow(x, x.c.n, int32(1), 0x2)).toBe(JET_errSuccess);
    expect(escrow(x, x.c.n, int32(1), 0x100)).toBe(JET_errSuccess);
    expect(intAt(x, x.c.n)).toBe(12);
  });

  it('a bad columnid: BadColumnId (ErrRECIAccessColumn 3575), after NotInTransaction (3728-3731)', () => {
    const x = counters();
    expect(escrow(x, 0 as JET_COLUMNID, int32(1))).toBe(JET_errNotInTransaction);
    expect(x.api.JetBeginTransaction(x.ses)).toBe(JET_errSuccess);
    expect(escrow(x, 0 as JET_COLUMNID, int32(1))).toBe(JET_errBadColumnId);
    expect(escrow(x, (0x00010000 | x.c.n) as JET_COLUMNID, int32(1))).toBe(JET_errBadColumnId);
  });

  it('pvOld NULL: cbOldMax is not checked (3587-3590 tests pvOld first)', () => {
    const x = counters();
    expect(x.api.JetBeginTransaction(x.ses)).toBe(JET_errSuccess);
    expect(escrow(x, x.c.n, int32(1), 0, null, 2)).toBe(JET_errSuccess);
    expect(escrow(x, x.c.n, int32(1), 0, new Uint8Array(2), 2)).toBe(JET_errInvalidBufferSize);
  });

  it('with no current record, a column that is not an escrow column is InvalidOperation: the column is judged before the record (3617-3620 before ErrDIRDelta 3657)', () => {
    const x = counters();
    expect(x.api.JetBeginTransaction(x.ses)).toBe(JET_errSuccess);
    offTheEnd(x);
    expect(escrow(x, x.c.plain, int32(1))).toBe(JET_errInvalidOperation);
  });

  it('an update prepared on the cursor: AlreadyPrepared, after the column is found, before the size (3575, 3577-3580, 3582-3585)', () => {
    const x = counters();
    expect(x.api.JetBeginTransaction(x.ses)).toBe(JET_errSuccess);
    expect(x.api.JetPrepareUpdate(x.ses, x.t, JET_prepReplace)).toBe(JET_errSuccess);
    expect(escrow(x, 300 as JET_COLUMNID, int32(1))).toBe(JET_errColumnNotFound);
    expect(escrow(x, x.c.n, int16(1))).toBe(JET_errAlreadyPrepared);
    expect(escrow(x, x.c.plain, int32(1))).toBe(JET_errAlreadyPrepared);
  });
});
