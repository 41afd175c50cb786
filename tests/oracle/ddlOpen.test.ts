/**
 * Oracle tests for DDL and table opening on regular tables, written from the engine source only
 * (microsoft/Extensible-Storage-Engine, HEAD): dev/ese/src/ese/fcreate.cxx (ErrFILEIValidateAddColumn 866-1127,
 * ErrIsamAddColumn 3274-3917, ErrFILEIValidateCreateIndex 1425-1846, ErrFILEIPrepareOneIndex 6566-,
 * ErrFILEICreateIndex 7046-, ErrFILEIBatchCreateIndex 7562-, ErrIsamDeleteTable 8439-, ErrFILEDeleteTable 8563-,
 * ErrIsamDeleteIndex 8956-9154, ErrIsamDeleteColumn 9303-9442, ErrIsamRenameTable 9445-9488, ErrIsamRenameColumn
 * 9499-9551), fileopen.cxx (ErrIsamOpenTable 908-1000, ErrFILEISetMode 1046-1216, ErrFILEICheckAndSetMode 1219-1293),
 * cat.cxx (UlCATColumnSize 8722-8789, ErrCATIDeleteTableIndex 3722-3829, ErrCATIRenameTable 10110-10170,
 * ErrCATRenameColumn 10345-10500), fldmod.cxx (ErrRECSetDefaultValue 2068-2123), _cat.cxx (rgidescMSO 170-179),
 * fucb.hxx ErrFUCBCheckUpdatable 1550, pib.hxx ErrPIBCheckUpdatable 1495. Each test names the lines deciding it.
 */
import {
  out, JET_tableidNil,
  JET_errSuccess, JET_wrnColumnMaxTruncated,
  JET_errPermissionDenied, JET_errTransReadOnly, JET_errInvalidParameter, JET_errFixedDDL, JET_errInTransaction,
  JET_errInvalidName, JET_errInvalidColumnType, JET_errInvalidCodePage, JET_errColumnCannotBeCompressed,
  JET_errColumnCannotBeEncrypted, JET_errInvalidGrbit, JET_errMultiValuedColumnMustBeTagged, JET_errCannotBeTagged,
  JET_errExclusiveTableLockRequired, JET_errTableNotEmpty, JET_errDefaultValueTooBig, JET_errColumnDuplicate,
  JET_errRecordTooBig, JET_errColumnInUse, JET_errColumnNotFound, JET_errIndexMustStay,
  JET_errIndexInUse, JET_errKeyDuplicate, JET_errObjectNotFound, JET_errInvalidPlaceholderColumn,
  JET_errCannotDeleteSystemTable, JET_errTableInUse, JET_errTableLocked, JET_errCannotIndex,
  JET_errIndexTuplesVarSegMacNotAllowed, JET_errNoCurrentRecord, JET_errIndexNotFound,
  JET_bitColumnFixed, JET_bitColumnTagged, JET_bitColumnNotNULL, JET_bitColumnVersion, JET_bitColumnAutoincrement,
  JET_bitColumnUpdatable, JET_bitColumnTTKey, JET_bitColumnMultiValued, JET_bitColumnEscrowUpdate,
  JET_bitColumnUnversioned, JET_bitColumnMaybeNull, JET_bitColumnFinalize, JET_bitColumnUserDefinedDefault,
  JET_bitColumnDeleteOnZero, JET_bitColumnVariable, JET_bitColumnCompressed, JET_bitColumnEncrypted,
  JET_bitColumnRenameConvertToPrimaryIndexPlaceholder,
  JET_coltypShort, JET_coltypLong, JET_coltypCurrency, JET_coltypBinary, JET_coltypText, JET_coltypLongBinary,
  JET_coltypLongText, JET_coltypSLV, JET_coltypLongLong, JET_coltypUnsignedLongLong, JET_coltypMax,
  JET_bitTableDenyWrite, JET_bitTableDenyRead, JET_bitTableReadOnly, JET_bitTableUpdatable, JET_bitTablePermitDDL,
  JET_bitTableDelete, JET_bitTableCreateFixedDDL, JET_bitTransactionReadOnly,
  JET_bitIndexPrimary, JET_bitIndexIgnoreAnyNull, JET_bitIndexEmpty,
  JET_bitIndexUnversioned, JET_bitIndexTupleLimits,
  JET_bitIndexKeyMost, JET_bitIndexColumnMustBeNull,
  JET_ColInfo, JET_MoveFirst, JET_MoveNext, JET_prepInsert,
} from '../../src';
import { closedPeople, createPeople, isam, keyOf, self, int32, readInt32 } from '../support/isam';
import type { Isam, Peer } from '../support/isam';

/* eslint-disable @typescript-eslint/no-explicit-any */

// ---- helpers ------------------------------------------------------------------------------------------------

/** people (id Long 1 / name Text 128 / age Long 2 / note LongText 256; primary "+id", byName, byAge) holding
 * records 1 and 2, the creator's cursor closed; a is the world's session, b another session. */
function world(): { w: Isam; api: any; a: Peer; b: Peer } {
  const { w, a, b } = closedPeople();
  return { w, api: w.emu.api as any, a, b };
}

/** people created and closed without records. */
function emptyWorld(): { w: Isam; api: any } {
  const w = isam();
  createPeople(w.api, self(w), true);
  return { w, api: w.emu.api as any };
}

function open(api: any, p: Peer, grbit = 0, name = 'people'): number {
  const box = out<any>();
  expect(api.JetOpenTable(p.ses, p.dbid, name, null, 0, grbit, box)).toBe(JET_errSuccess);
  return box.value;
}

function openRc(api: any, p: Peer, grbit: number, name = 'people'): number {
  const box = out<any>();
  const rc = api.JetOpenTable(p.ses, p.dbid, name, null, 0, grbit, box);
  if (rc >= 0) expect(api.JetCloseTable(p.ses, box.value)).toBe(JET_errSuccess);
  return rc;
}

function add(api: any, ses: any, t: any, name: string, def: any, dflt: Uint8Array | null = null, cb?: number): number {
  return api.JetAddColumn(ses, t, name, def, dflt, cb ?? (dflt === null ? 0 : dflt.length), out<any>());
}

function colInfo(api: any, ses: any, t: any, name: string): { rc: number; def: any } {
  const box = out<any>();
  const rc = api.JetGetTableColumnInfo(ses, t, name, box, 28, JET_ColInfo);
  return { rc, def: box.value };
}

/** A JetCreateTableColumnIndex table with JET_bitTableCreateFixedDDL: a, b Long; primary "+a", byB "+b". Closed. */
function fixedDdlTable(w: Isam, name = 'fixed'): void {
  const api = w.emu.api as any;
  const pk = keyOf('+a');
  const kb = keyOf('+b');
  const tc: any = {
    szTableName: name, ulPages: 0, ulDensity: 0, grbit: JET_bitTableCreateFixedDDL,
    rgcolumncreate: [{ szColumnName: 'a', coltyp: JET_coltypLong }, { szColumnName: 'b', coltyp: JET_coltypLong }],
    cColumns: 2,
    rgindexcreate: [{ szIndexName: 'pk', szKey: pk.szKey, cbKey: pk.cbKey, grbit: JET_bitIndexPrimary },
      { szIndexName: 'byB', szKey: kb.szKey, cbKey: kb.cbKey, grbit: 0 }],
    cIndexes: 2,
  };
  expect(api.JetCreateTableColumnIndex(w.ses, w.dbid, tc)).toBe(JET_errSuccess);
  expect(api.JetCloseTable(w.ses, tc.tableid)).toBe(JET_errSuccess);
}

function idx(name: string, grbit: number, ...segments: string[]): any {
  const k = keyOf(...segments);
  return { szIndexName: name, szKey: k.szKey, cbKey: k.cbKey, grbit };
}


/** Collects several checks of one scenario and reports every mismatch at once. */
function soft(): { c: (label: string, got: unknown, want: unknown) => void; done: () => void } {
  const bad: string[] = [];
  return {
    c: (label, got, want) => { if (!Object.is(got, want)) bad.push(`${label}: got ${String(got)}, engine ${String(want)}`); },
    done: () => expect(bad).toEqual([]),
  };
}

const L4 = int32(7);

it('every imported constant is defined', () => {
  for (const v of [JET_errTransReadOnly, JET_errColumnCannotBeCompressed, JET_errColumnCannotBeEncrypted,
    JET_errRecordTooBig, JET_errKeyDuplicate, JET_errInvalidPlaceholderColumn, JET_errCannotDeleteSystemTable,
    JET_errCannotIndex, JET_errIndexTuplesVarSegMacNotAllowed, JET_bitColumnVariable, JET_bitColumnCompressed,
    JET_bitColumnEncrypted, JET_bitColumnRenameConvertToPrimaryIndexPlaceholder, JET_bitColumnUserDefinedDefault,
    JET_bitColumnDeleteOnZero, JET_bitColumnFinalize, JET_bitColumnMaybeNull, JET_bitColumnTTKey, JET_coltypSLV,
    JET_coltypMax, JET_bitIndexTupleLimits, JET_bitIndexKeyMost, JET_bitIndexColumnMustBeNull]) {
    expect(typeof v).toBe('number');
  }
});

// ==========================================================================================================
describe('JetAddColumn: state checks before the definition', () => {
  // fcreate.cxx ErrIsamAddColumn 3325-3326: ErrFUCBCheckUpdatable (PermissionDenied), then ErrPIBCheckUpdatable
  // (TransReadOnly), both before FixedDDL (3352), cbStruct (3363) and ErrFILEIValidateAddColumn (3393).
  it('a ReadOnly cursor: PermissionDenied beats a bad name and coltyp 0', () => {
    const { api, a } = world();
    const t = open(api, a, JET_bitTableReadOnly);
    expect(add(api, a.ses, t, 'bad!', { coltyp: 0 })).toBe(JET_errPermissionDenied);
  });

  it('a read-only transaction: TransReadOnly beats a bad name; a ReadOnly cursor still wins', () => {
    const { api, a } = world();
    const t = open(api, a);
    const r = open(api, a, JET_bitTableReadOnly);
    expect(api.JetBeginTransaction2(a.ses, JET_bitTransactionReadOnly)).toBe(JET_errSuccess);
    expect(add(api, a.ses, t, 'bad!', { coltyp: 0 })).toBe(JET_errTransReadOnly);
    expect(add(api, a.ses, r, 'bad!', { coltyp: 0 })).toBe(JET_errPermissionDenied);
  });

  it('Unversioned in a transaction through a DenyRead cursor: Success', () => {
    const { api, a } = world();
    const t = open(api, a, JET_bitTableDenyRead);
    expect(api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(add(api, a.ses, t, 'u1', { coltyp: JET_coltypLong, grbit: JET_bitColumnUnversioned })).toBe(JET_errSuccess);
  });
});

describe('JetAddColumn: ErrFILEIValidateAddColumn, in order', () => {
  // fcreate.cxx 881-884: cbMaxLen > JET_cbLVColumnMost (0x7FFFFFFF) is InvalidParameter, the first check, for
  // every coltyp (UlCATColumnSize only later replaces the size of fixed types).
  it('cbMax 0x80000000: InvalidParameter, before the name, for a Long column too', () => {
    const { api, a } = world();
    const t = open(api, a, JET_bitTableDenyRead);
    expect(add(api, a.ses, t, 'bad!', { coltyp: JET_coltypLongBinary, cbMax: 0x80000000 })).toBe(JET_errInvalidParameter);
    expect(add(api, a.ses, t, 'c1', { coltyp: JET_coltypLong, cbMax: 0x80000000 })).toBe(JET_errInvalidParameter);
    expect(add(api, a.ses, t, 'c2', { coltyp: JET_coltypLongBinary, cbMax: 0x7FFFFFFF })).toBe(JET_errSuccess);
  });

  // 888: ErrUTILCheckName before the coltyp (897-900).
  it('a bad name beats coltyp 0: InvalidName', () => {
    const { api, a } = world();
    const t = open(api, a);
    expect(add(api, a.ses, t, 'bad!', { coltyp: 0 })).toBe(JET_errInvalidName);
  });

  // 897-900: coltyp 0, >= JET_coltypMax (19) or JET_coltypSLV (13) is InvalidColumnType, before the code page.
  it('coltyp 0, SLV (13), 19 and 0x10013: InvalidColumnType, before a bad code page', () => {
    const { api, a } = world();
    const t = open(api, a);
    for (const coltyp of [0, JET_coltypSLV, JET_coltypMax, 0x10013]) {
      expect(add(api, a.ses, t, 'c', { coltyp, cp: 437 })).toBe(JET_errInvalidColumnType);
    }
  });

  // 904-920: text columns take cp 0 (-> 1252), 1252 or 1200; other columns get cp 0 whatever was given.
  it('code pages: Text 437 InvalidCodePage before grbit checks; a Long column ignores cp 437 (reads cp 0)', () => {
    const { api, a } = world();
    const t = open(api, a);
    expect(add(api, a.ses, t, 'c', { coltyp: JET_coltypText, cp: 437, grbit: JET_bitColumnFixed | JET_bitColumnTagged }))
      .toBe(JET_errInvalidCodePage);
    expect(add(api, a.ses, t, 'c', { coltyp: JET_coltypLongText, cp: 437, grbit: JET_bitColumnCompressed }))
      .toBe(JET_errInvalidCodePage);
    expect(add(api, a.ses, t, 'l437', { coltyp: JET_coltypLong, cp: 437 })).toBe(JET_errSuccess);
    const i = colInfo(api, a.ses, t, 'l437');
    expect(i.rc).toBe(JET_errSuccess);
    expect(i.def.cp).toBe(0);
  });

  // 922-930: Compressed on a non-long type: ColumnCannotBeCompressed; Encrypted on a non-long type, with
  // MultiValued or with a default: ColumnCannotBeEncrypted; both before the Fixed/Tagged check (932-940).
  it.each([
    ['Compressed on Long', JET_coltypLong, JET_bitColumnCompressed, null, JET_errColumnCannotBeCompressed],
    ['Compressed | Fixed | Tagged on Long', JET_coltypLong, JET_bitColumnCompressed | JET_bitColumnFixed | JET_bitColumnTagged, null, JET_errColumnCannotBeCompressed],
    ['Compressed | Encrypted on Text', JET_coltypText, JET_bitColumnCompressed | JET_bitColumnEncrypted, null, JET_errColumnCannotBeCompressed],
    ['Encrypted on Long', JET_coltypLong, JET_bitColumnEncrypted, null, JET_errColumnCannotBeEncrypted],
    ['Encrypted | Fixed | Tagged on Long', JET_coltypLong, JET_bitColumnEncrypted | JET_bitColumnFixed | JET_bitColumnTagged, null, JET_errColumnCannotBeEncrypted],
    ['Encrypted | MultiValued on LongBinary', JET_coltypLongBinary, JET_bitColumnEncrypted | JET_bitColumnMultiValued, null, JET_errColumnCannotBeEncrypted],
    ['Encrypted on LongBinary with a default', JET_coltypLongBinary, JET_bitColumnEncrypted, L4, JET_errColumnCannotBeEncrypted],
  ])('%s: %s', (_label, coltyp, grbit, dflt, expected) => {
    const { api, a } = world();
    const t = open(api, a, JET_bitTableDenyRead);
    expect(add(api, a.ses, t, 'c', { coltyp, grbit }, dflt as Uint8Array | null)).toBe(expected);
  });

  // 932-940: Fixed with Tagged or with a long type: InvalidGrbit; MultiValued on a non-tagged, non-long column:
  // MultiValuedColumnMustBeTagged (a long type is tagged without the bit).
  it('Fixed / Tagged / MultiValued', () => {
    const { c, done } = soft();
    const { api, a } = world();
    const t = open(api, a);
    c('#1', add(api, a.ses, t, 'c', { coltyp: JET_coltypLong, grbit: JET_bitColumnFixed | JET_bitColumnTagged | JET_bitColumnMultiValued }), JET_errInvalidGrbit);
    c('#2', add(api, a.ses, t, 'c', { coltyp: JET_coltypLongText, grbit: JET_bitColumnFixed }), JET_errInvalidGrbit);
    c('#3', add(api, a.ses, t, 'c', { coltyp: JET_coltypLong, grbit: JET_bitColumnMultiValued | JET_bitColumnFixed }), JET_errMultiValuedColumnMustBeTagged);
    c('#4', add(api, a.ses, t, 'mvlb', { coltyp: JET_coltypLongBinary, grbit: JET_bitColumnMultiValued }), JET_errSuccess);
    done();
  });

  // 942-1007: EscrowUpdate: coltyp not Long/LongLong InvalidGrbit; Tagged CannotBeTagged; Version / Autoincrement
  // InvalidGrbit; no default (fDefaultValue = pvDefault ? cbDefault > 0) InvalidGrbit; then !fExclusiveLock
  // ExclusiveTableLockRequired; then Finalize with DeleteOnZero InvalidGrbit.
  it('EscrowUpdate checks, in order', () => {
    const { c, done } = soft();
    const { api, a } = world();
    const t = open(api, a);
    const E = JET_bitColumnEscrowUpdate;
    c('#1', add(api, a.ses, t, 'e', { coltyp: JET_coltypShort, grbit: E | JET_bitColumnTagged }, int32(0).subarray(0, 2)), JET_errInvalidGrbit);
    c('#2', add(api, a.ses, t, 'e', { coltyp: JET_coltypLong, grbit: E | JET_bitColumnTagged | JET_bitColumnVersion }, L4), JET_errCannotBeTagged);
    c('#3', add(api, a.ses, t, 'e', { coltyp: JET_coltypLong, grbit: E | JET_bitColumnVersion }, L4), JET_errInvalidGrbit);
    c('#4', add(api, a.ses, t, 'e', { coltyp: JET_coltypLong, grbit: E | JET_bitColumnAutoincrement }, L4), JET_errInvalidGrbit);
    c('#5', add(api, a.ses, t, 'e', { coltyp: JET_coltypLong, grbit: E }), JET_errInvalidGrbit);
    c('#6', add(api, a.ses, t, 'e', { coltyp: JET_coltypLong, grbit: E }, L4, 0), JET_errInvalidGrbit);
    c('#7', add(api, a.ses, t, 'e', { coltyp: JET_coltypLong, grbit: E }, L4), JET_errExclusiveTableLockRequired);
    c('#8', add(api, a.ses, t, 'e', { coltyp: JET_coltypLong, grbit: E | JET_bitColumnFinalize | JET_bitColumnDeleteOnZero }, L4), JET_errExclusiveTableLockRequired);
    done();
  });

  it('EscrowUpdate on an exclusive cursor: Finalize + DeleteOnZero InvalidGrbit; on an empty table Success', () => {
    const { w, api } = emptyWorld();
    const p = self(w);
    const t = open(api, p, JET_bitTableDenyRead);
    const E = JET_bitColumnEscrowUpdate;
    expect(add(api, p.ses, t, 'e', { coltyp: JET_coltypLong, grbit: E | JET_bitColumnFinalize | JET_bitColumnDeleteOnZero }, L4))
      .toBe(JET_errInvalidGrbit);
    expect(add(api, p.ses, t, 'e', { coltyp: JET_coltypLong, grbit: E | JET_bitColumnFixed | JET_bitColumnDeleteOnZero }, L4))
      .toBe(JET_errSuccess);
  });

  // fcreate.cxx 3420-3446: the escrow column's TableNotEmpty comes before the transaction and the duplicate-name
  // check (3456).
  it('EscrowUpdate on a table with records and a duplicate name: TableNotEmpty before ColumnDuplicate', () => {
    const { api, a } = world();
    const t = open(api, a, JET_bitTableDenyRead);
    expect(add(api, a.ses, t, 'age', { coltyp: JET_coltypLong, grbit: JET_bitColumnEscrowUpdate }, L4)).toBe(JET_errTableNotEmpty);
  });

  // 1008-1011: Finalize / DeleteOnZero without EscrowUpdate: InvalidGrbit.
  it('Finalize or DeleteOnZero without EscrowUpdate: InvalidGrbit', () => {
    const { api, a } = world();
    const t = open(api, a, JET_bitTableDenyRead);
    expect(add(api, a.ses, t, 'f', { coltyp: JET_coltypLong, grbit: JET_bitColumnFinalize }, L4)).toBe(JET_errInvalidGrbit);
    expect(add(api, a.ses, t, 'f', { coltyp: JET_coltypText, grbit: JET_bitColumnDeleteOnZero })).toBe(JET_errInvalidGrbit);
  });

  // 1012-1050: Autoincrement only on Long / LongLong / UnsignedLongLong / Currency, Version only on Long
  // (InvalidGrbit); then Tagged CannotBeTagged; Version with Autoincrement InvalidGrbit; Autoincrement without the
  // exclusive lock ExclusiveTableLockRequired (Version needs no lock).
  it('Version / Autoincrement checks, in order', () => {
    const { c, done } = soft();
    const { api, a } = world();
    const t = open(api, a);
    const V = JET_bitColumnVersion;
    const A = JET_bitColumnAutoincrement;
    c('#1', add(api, a.ses, t, 'v', { coltyp: JET_coltypLongLong, grbit: V }), JET_errInvalidGrbit);
    c('#2', add(api, a.ses, t, 'v', { coltyp: JET_coltypShort, grbit: V | JET_bitColumnTagged }), JET_errInvalidGrbit);
    c('#3', add(api, a.ses, t, 'v', { coltyp: JET_coltypLong, grbit: V | JET_bitColumnTagged }), JET_errCannotBeTagged);
    c('#4', add(api, a.ses, t, 'v', { coltyp: JET_coltypLong, grbit: V | A | JET_bitColumnTagged }), JET_errCannotBeTagged);
    c('#5', add(api, a.ses, t, 'v', { coltyp: JET_coltypLong, grbit: V | A }), JET_errInvalidGrbit);
    c('#6', add(api, a.ses, t, 'v', { coltyp: JET_coltypShort, grbit: A }), JET_errInvalidGrbit);
    c('#7', add(api, a.ses, t, 'v', { coltyp: JET_coltypLong, grbit: A | JET_bitColumnTagged }), JET_errCannotBeTagged);
    c('#8', add(api, a.ses, t, 'v', { coltyp: JET_coltypLong, grbit: V }), JET_errSuccess);
    done();
  });

  it('Autoincrement through a cursor without DenyRead: ExclusiveTableLockRequired (fcreate.cxx 1041-1044)', () => {
    const { api, a } = world();
    const t = open(api, a);
    expect(add(api, a.ses, t, 'ai', { coltyp: JET_coltypLong, grbit: JET_bitColumnAutoincrement })).toBe(JET_errExclusiveTableLockRequired);
    expect(add(api, a.ses, t, 'ai', { coltyp: JET_coltypCurrency, grbit: JET_bitColumnAutoincrement })).toBe(JET_errExclusiveTableLockRequired);
  });

  it('Autoincrement through a DenyRead cursor: UnsignedLongLong accepted', () => {
    const { w, api } = emptyWorld();
    const p = self(w);
    const t = open(api, p, JET_bitTableDenyRead);
    expect(add(api, p.ses, t, 'ai', { coltyp: JET_coltypUnsignedLongLong, grbit: JET_bitColumnAutoincrement })).toBe(JET_errSuccess);
  });

  // 1053-1083: UserDefinedDefault with Fixed / NotNULL / Version / Autoincrement / Updatable / EscrowUpdate /
  // Finalize / DeleteOnZero / MaybeNull: InvalidGrbit; not tagged and not long: InvalidGrbit; then cbDefault must be
  // sizeof(JET_USERDEFINEDDEFAULT_A): InvalidParameter.
  const U = JET_bitColumnUserDefinedDefault;
  it.each([
    ['U | Fixed on Long', JET_coltypLong, U | JET_bitColumnFixed, null, JET_errInvalidGrbit],
    ['U | Tagged | NotNULL on Long', JET_coltypLong, U | JET_bitColumnTagged | JET_bitColumnNotNULL, null, JET_errInvalidGrbit],
    ['U | Tagged | MaybeNull on Long', JET_coltypLong, U | JET_bitColumnTagged | JET_bitColumnMaybeNull, null, JET_errInvalidGrbit],
    ['U | Tagged | Updatable on Long', JET_coltypLong, U | JET_bitColumnTagged | JET_bitColumnUpdatable, null, JET_errInvalidGrbit],
    ['U on a non-tagged Long', JET_coltypLong, U, null, JET_errInvalidGrbit],
    ['U | Tagged on Long without a default', JET_coltypLong, U | JET_bitColumnTagged, null, JET_errInvalidParameter],
    ['U on LongText with a 4-byte default', JET_coltypLongText, U, L4, JET_errInvalidParameter],
  ])('UserDefinedDefault: %s', (_label, coltyp, grbit, dflt, expected) => {
    const { api, a } = world();
    const t = open(api, a);
    expect(add(api, a.ses, t, 'u', { coltyp, grbit }, dflt as Uint8Array | null)).toBe(expected);
  });

  // No check in ErrIsamAddColumn / ErrFILEIValidateAddColumn looks at Updatable (outside UserDefinedDefault),
  // TTKey, Variable or unknown bits: they are ignored.
  it('Updatable, TTKey, Variable and unknown bits are ignored: Success', () => {
    const { api, a } = world();
    const t = open(api, a);
    expect(add(api, a.ses, t, 'g1', { coltyp: JET_coltypLong, grbit: JET_bitColumnUpdatable })).toBe(JET_errSuccess);
    expect(add(api, a.ses, t, 'g2', { coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey })).toBe(JET_errSuccess);
    expect(add(api, a.ses, t, 'g3', { coltyp: JET_coltypLong, grbit: JET_bitColumnVariable })).toBe(JET_errSuccess);
    expect(add(api, a.ses, t, 'g4', { coltyp: JET_coltypLong, grbit: 0x00800000 })).toBe(JET_errSuccess);
  });
});

describe('JetAddColumn: sizes and defaults', () => {
  // cat.cxx UlCATColumnSize 8722-8789: Text/Binary 0 -> 255, > 255 -> 255 and truncated; fixed types their size;
  // fcreate.cxx 1111-1126: a default longer than the (new) cbMax is DefaultValueTooBig, else the warning.
  it('Text cbMax 300: wrnColumnMaxTruncated and cbMax 255; Long cbMax 300 is 4; Binary 0 is 255', () => {
    const { api, a } = world();
    const t = open(api, a);
    expect(add(api, a.ses, t, 't300', { coltyp: JET_coltypText, cbMax: 300 })).toBe(JET_wrnColumnMaxTruncated);
    expect(colInfo(api, a.ses, t, 't300').def.cbMax).toBe(255);
    expect(add(api, a.ses, t, 'l300', { coltyp: JET_coltypLong, cbMax: 300 })).toBe(JET_errSuccess);
    expect(colInfo(api, a.ses, t, 'l300').def.cbMax).toBe(4);
    expect(add(api, a.ses, t, 'b0', { coltyp: JET_coltypBinary, cbMax: 0 })).toBe(JET_errSuccess);
    expect(colInfo(api, a.ses, t, 'b0').def.cbMax).toBe(255);
  });

  it('defaults longer than the column: DefaultValueTooBig', () => {
    const { c, done } = soft();
    const { api, a } = world();
    const t = open(api, a);
    c('#1', add(api, a.ses, t, 'd', { coltyp: JET_coltypText, cbMax: 300 }, new Uint8Array(256)), JET_errDefaultValueTooBig);
    c('#2', add(api, a.ses, t, 'd', { coltyp: JET_coltypText, cbMax: 10 }, new Uint8Array(11)), JET_errDefaultValueTooBig);
    c('#3', add(api, a.ses, t, 'd', { coltyp: JET_coltypLong }, new Uint8Array(5)), JET_errDefaultValueTooBig);
    c('#4', add(api, a.ses, t, 'd', { coltyp: JET_coltypLongText, cbMax: 10 }, new Uint8Array(11).fill(65)), JET_errDefaultValueTooBig);
    c('#5', add(api, a.ses, t, 'd10', { coltyp: JET_coltypText, cbMax: 10 }, new Uint8Array(10).fill(65)), JET_errSuccess);
    done();
  });

  // fldmod.cxx ErrRECSetDefaultValue 2081-2093: a long-value default over JET_cbLVDefaultValueMost (255) is
  // DefaultValueTooBig even with cbMax 0 (reached from fcreate.cxx 3773 ErrFILERebuildDefaultRec).
  it('a long-value default of 256 bytes (cbMax 0): DefaultValueTooBig; 255 bytes: Success', () => {
    const { c, done } = soft();
    const { api, a } = world();
    const t = open(api, a);
    c('#1', add(api, a.ses, t, 'lv', { coltyp: JET_coltypLongBinary }, new Uint8Array(256).fill(1)), JET_errDefaultValueTooBig);
    c('#2', add(api, a.ses, t, 'lv2', { coltyp: JET_coltypLongBinary }, new Uint8Array(255).fill(1)), JET_errSuccess);
    done();
  });

  // fcreate.cxx 3393-3401 (validation) before 3456 (ErrFILEICheckForDuplicateColumn).
  it('a duplicate name loses to the definition checks', () => {
    const { c, done } = soft();
    const { api, a } = world();
    const t = open(api, a);
    c('#1', add(api, a.ses, t, 'id', { coltyp: 0 }), JET_errInvalidColumnType);
    c('#2', add(api, a.ses, t, 'id', { coltyp: JET_coltypLong, grbit: JET_bitColumnFixed | JET_bitColumnTagged }), JET_errInvalidGrbit);
    c('#3', add(api, a.ses, t, 'id', { coltyp: JET_coltypLong, grbit: JET_bitColumnAutoincrement }), JET_errExclusiveTableLockRequired);
    c('#4', add(api, a.ses, t, 'name', { coltyp: JET_coltypText, cbMax: 300 }), JET_errColumnDuplicate);
    c('#5', add(api, a.ses, t, 'name', { coltyp: JET_coltypText }, new Uint8Array(300)), JET_errDefaultValueTooBig);
    done();
  });

});

// ==========================================================================================================
describe('JetDeleteColumn / JetDeleteColumn2', () => {
  // fcreate.cxx ErrIsamDeleteColumn 9328-9333: ErrUTILCheckName, then ErrFUCBCheckUpdatable, then
  // ErrPIBCheckUpdatable; FixedDDL (9343-9363) and ColumnNotFound (ErrCATDeleteTableColumn, 9378) after.
  it('order: InvalidName, PermissionDenied, TransReadOnly, FixedDDL, ColumnNotFound', () => {
    const { c, done } = soft();
    const { w, api, a } = world();
    const r = open(api, a, JET_bitTableReadOnly);
    c('#1', api.JetDeleteColumn(a.ses, r, 'bad!'), JET_errInvalidName);
    c('#2', api.JetDeleteColumn(a.ses, r, 'nosuch'), JET_errPermissionDenied);
    const t = open(api, a);
    c('#3', api.JetBeginTransaction2(a.ses, JET_bitTransactionReadOnly), JET_errSuccess);
    c('#4', api.JetDeleteColumn(a.ses, t, 'nosuch'), JET_errTransReadOnly);
    c('#5', api.JetRollback(a.ses, 0), JET_errSuccess);
    fixedDdlTable(w);
    const f = open(api, a, 0, 'fixed');
    c('#6', api.JetDeleteColumn(a.ses, f, 'nosuch'), JET_errFixedDDL);
    c('#7', api.JetDeleteColumn(a.ses, t, 'nosuch'), JET_errColumnNotFound);
    done();
  });

  // ErrIsamDeleteColumn reads grbit only for JET_bitDeleteColumnIgnoreTemplateColumns (9365-9370): other bits are
  // not checked.
  it('JetDeleteColumn2 with unknown grbit bits: Success', () => {
    const { api, a } = world();
    const t = open(api, a);
    expect(api.JetDeleteColumn2(a.ses, t, 'note', 0xFFFFFFFE)).toBe(JET_errSuccess);
    expect(colInfo(api, a.ses, t, 'note').rc).toBe(JET_errColumnNotFound);
  });

  // FFILEIsIndexColumn 9157-9218: the index's key segments and its conditional columns both count: ColumnInUse.
  it('a column used only as an index condition: ColumnInUse; the column stays', () => {
    const { c, done } = soft();
    const { api, a } = world();
    const t = open(api, a);
    const k = keyOf('+name');
    const ic = { szIndexName: 'cond', szKey: k.szKey, cbKey: k.cbKey, grbit: 0,
      rgconditionalcolumn: [{ cbStruct: 24, szColumnName: 'note', grbit: JET_bitIndexColumnMustBeNull }], cConditionalColumn: 1 };
    c('#1', api.JetCreateIndex2(a.ses, t, [ic], 1), JET_errSuccess);
    c('#2', api.JetDeleteColumn(a.ses, t, 'note'), JET_errColumnInUse);
    c('#3', colInfo(api, a.ses, t, 'note').rc, JET_errSuccess);
    done();
  });

  // 9424-9431: after the delete the caller's cursor is set before the first record (DIRBeforeFirst).
  it('a successful delete leaves the caller\'s cursor before the first record', () => {
    const { c, done } = soft();
    const { api, a } = world();
    const t = open(api, a);
    c('#1', api.JetMove(a.ses, t, JET_MoveFirst, 0), JET_errSuccess);
    c('#2', api.JetDeleteColumn(a.ses, t, 'note'), JET_errSuccess);
    const cb = out<number>(0);
    c('#3', api.JetRetrieveColumn(a.ses, t, 1, new Uint8Array(4), 4, cb, 0, null), JET_errNoCurrentRecord);
    c('#4', api.JetMove(a.ses, t, JET_MoveNext, 0), JET_errSuccess);
    c('#5', api.JetRetrieveColumn(a.ses, t, 1, new Uint8Array(4), 4, cb, 0, null), JET_errSuccess);
    done();
  });
});

// ==========================================================================================================
describe('JetDeleteIndex', () => {
  // fcreate.cxx ErrIsamDeleteIndex 8984-8989: name, then ErrFUCBCheckUpdatable, ErrPIBCheckUpdatable; FixedDDL
  // (9009-9030) before the catalog (9050-9055: IndexNotFound / IndexMustStay).
  it('order: InvalidName, PermissionDenied, TransReadOnly, FixedDDL before IndexMustStay', () => {
    const { c, done } = soft();
    const { w, api, a } = world();
    const r = open(api, a, JET_bitTableReadOnly);
    c('#1', api.JetDeleteIndex(a.ses, r, 'bad!'), JET_errInvalidName);
    c('#2', api.JetDeleteIndex(a.ses, r, 'nosuch'), JET_errPermissionDenied);
    const t = open(api, a);
    c('#3', api.JetBeginTransaction2(a.ses, JET_bitTransactionReadOnly), JET_errSuccess);
    c('#4', api.JetDeleteIndex(a.ses, t, 'nosuch'), JET_errTransReadOnly);
    c('#5', api.JetRollback(a.ses, 0), JET_errSuccess);
    fixedDdlTable(w);
    const f = open(api, a, 0, 'fixed');
    c('#6', api.JetDeleteIndex(a.ses, f, 'pk'), JET_errFixedDDL);
    c('#7', api.JetDeleteIndex(a.ses, t, 'nosuch'), JET_errIndexNotFound);
    done();
  });

  // cat.cxx ErrCATIDeleteTableIndex 3823-3826 (IndexMustStay) runs before FCB::ErrSetDeleteIndex (fcb.cxx
  // 2935-2938, IndexInUse; called at fcreate.cxx 9099): the primary index that is current is IndexMustStay.
  it('the primary index, current on another session\'s cursor: IndexMustStay', () => {
    const { api, a, b } = world();
    const tb = open(api, b);
    expect(api.JetSetCurrentIndex(b.ses, tb, 'primary')).toBe(JET_errSuccess);
    const t = open(api, a);
    expect(api.JetDeleteIndex(a.ses, t, 'primary')).toBe(JET_errIndexMustStay);
  });

  it('a secondary index current on another session\'s cursor: IndexInUse; the index stays', () => {
    const { api, a, b } = world();
    const tb = open(api, b);
    expect(api.JetSetCurrentIndex(b.ses, tb, 'byAge')).toBe(JET_errSuccess);
    const t = open(api, a);
    expect(api.JetDeleteIndex(a.ses, t, 'byAge')).toBe(JET_errIndexInUse);
    expect(api.JetSetCurrentIndex(a.ses, t, 'byAge')).toBe(JET_errSuccess);
  });

  // 9040-9044: "create new cursor -- to leave user's cursor unmoved"; DIRBeforeFirst (9133) is on that internal
  // cursor. The caller's cursor keeps its record.
  it('a successful delete leaves the caller\'s cursor on its record', () => {
    const { api, a } = world();
    const t = open(api, a);
    expect(api.JetMove(a.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(api.JetMove(a.ses, t, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(api.JetDeleteIndex(a.ses, t, 'byAge')).toBe(JET_errSuccess);
    const buf = new Uint8Array(4);
    const cb = out<number>(0);
    expect(api.JetRetrieveColumn(a.ses, t, 1, buf, 4, cb, 0, null)).toBe(JET_errSuccess);
    expect(readInt32(buf)).toBe(2);
  });
});

// ==========================================================================================================
describe('JetRenameTable', () => {
  // fcreate.cxx ErrIsamRenameTable 9457-9485: TransReadOnly, the dbid, NULL names (InvalidParameter), both names
  // (InvalidName), then ErrCATRenameTable (ObjectNotFound...).
  it('order: TransReadOnly, InvalidParameter (NULL), InvalidName (both names before the lookup)', () => {
    const { c, done } = soft();
    const { api, a } = world();
    c('#1', api.JetBeginTransaction2(a.ses, JET_bitTransactionReadOnly), JET_errSuccess);
    c('#2', api.JetRenameTable(a.ses, a.dbid, 'bad!', 'x'), JET_errTransReadOnly);
    c('#3', api.JetRollback(a.ses, 0), JET_errSuccess);
    c('#4', api.JetRenameTable(a.ses, a.dbid, null, 'bad!'), JET_errInvalidParameter);
    c('#5', api.JetRenameTable(a.ses, a.dbid, 'nosuch', 'bad!'), JET_errInvalidName);
    c('#6', api.JetRenameTable(a.ses, a.dbid, 'nosuch', 'fine'), JET_errObjectNotFound);
    done();
  });

  // cat.cxx ErrCATIRenameTable 10110-10170: the new name is set in the catalog record and ErrIsamUpdate's error is
  // returned as is; MSysObjects' Name index "+ObjidTable+Type+Name" and RootObjects "+RootFlag+Name" are unique
  // (_cat.cxx 170-179): KeyDuplicate. Only the add paths map KeyDuplicate (cat.cxx 2591-2598 TableDuplicate,
  // 2692-2693 ColumnDuplicate); ErrCATRenameTable (10174-10280) does not.
  it('renaming onto an existing table name: KeyDuplicate', () => {
    const { w, api, a } = world();
    const box = out<any>();
    expect(api.JetCreateTable(a.ses, a.dbid, 'other', 0, 0, box)).toBe(JET_errSuccess);
    expect(api.JetCloseTable(a.ses, box.value)).toBe(JET_errSuccess);
    expect(api.JetRenameTable(a.ses, a.dbid, 'people', 'other')).toBe(JET_errKeyDuplicate);
    expect(openRc(api, self(w), 0, 'people')).toBe(JET_errSuccess);
  });

  // ErrCATRenameTable 10174-10280 takes no table lock: a table another session holds with DenyRead is renamed.
  it('a table another session holds open with DenyRead is renamed: Success', () => {
    const { api, a, b } = world();
    open(api, b, JET_bitTableDenyRead);
    expect(api.JetRenameTable(a.ses, a.dbid, 'people', 'folk')).toBe(JET_errSuccess);
  });

  // ErrCATIRenameTable 10143-10148: a FixedDDL or template table is FixedDDL, found after the names are checked and
  // before the new name is set (so before KeyDuplicate).
  it('a fixed-DDL table: InvalidName for a bad new name, FixedDDL for a taken one', () => {
    const { w, api, a } = world();
    fixedDdlTable(w);
    expect(api.JetRenameTable(a.ses, a.dbid, 'fixed', 'bad!')).toBe(JET_errInvalidName);
    expect(api.JetRenameTable(a.ses, a.dbid, 'fixed', 'people')).toBe(JET_errFixedDDL);
  });

  it('inside a transaction: Success (no level check)', () => {
    const { api, a } = world();
    expect(api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(api.JetRenameTable(a.ses, a.dbid, 'people', 'folk')).toBe(JET_errSuccess);
  });
});

// ==========================================================================================================
describe('JetRenameColumn', () => {
  // fcreate.cxx ErrIsamRenameColumn 9519-9548: TransReadOnly, NULL names (InvalidParameter), level (InTransaction),
  // then both names (InvalidName), then ErrCATRenameColumn.
  it('order: TransReadOnly, InvalidParameter, InTransaction, InvalidName, ColumnNotFound', () => {
    const { c, done } = soft();
    const { api, a } = world();
    const t = open(api, a);
    c('#1', api.JetBeginTransaction2(a.ses, JET_bitTransactionReadOnly), JET_errSuccess);
    c('#2', api.JetRenameColumn(a.ses, t, 'bad!', 'x', 0), JET_errTransReadOnly);
    c('#3', api.JetRollback(a.ses, 0), JET_errSuccess);
    c('#4', api.JetBeginTransaction(a.ses), JET_errSuccess);
    c('#5', api.JetRenameColumn(a.ses, t, 'bad!', null, 0), JET_errInvalidParameter);
    c('#6', api.JetRenameColumn(a.ses, t, 'bad!', 'bad!', 0), JET_errInTransaction);
    c('#7', api.JetRollback(a.ses, 0), JET_errSuccess);
    c('#8', api.JetRenameColumn(a.ses, t, 'nosuch', 'bad!', 0), JET_errInvalidName);
    c('#9', api.JetRenameColumn(a.ses, t, 'nosuch', 'fine', 0), JET_errColumnNotFound);
    done();
  });

  // ErrIsamRenameColumn has no ErrFUCBCheckUpdatable and no FixedDDL check; the catalog is updated through the
  // engine's own catalog cursor (cat.cxx ErrCATIRenameTableObject 10284-10342).
  it('through a ReadOnly cursor, and on a fixed-DDL table: Success', () => {
    const { c, done } = soft();
    const { w, api, a } = world();
    const r = open(api, a, JET_bitTableReadOnly);
    c('#1', api.JetRenameColumn(a.ses, r, 'age', 'years', 0), JET_errSuccess);
    c('#2', colInfo(api, a.ses, r, 'years').rc, JET_errSuccess);
    fixedDdlTable(w);
    const f = open(api, a, 0, 'fixed');
    c('#3', api.JetRenameColumn(a.ses, f, 'b', 'bee', 0), JET_errSuccess);
    done();
  });

  // cat.cxx ErrCATRenameColumn 10345-10500: no duplicate check; the catalog replace hits the unique Name index
  // (_cat.cxx 173): KeyDuplicate. Only JET_bitColumnRenameConvertToPrimaryIndexPlaceholder is read (10400-10416).
  it('onto an existing column name: KeyDuplicate; unknown grbit bits ignored; a case-only rename works', () => {
    const { c, done } = soft();
    const { api, a } = world();
    const t = open(api, a);
    c('#1', api.JetRenameColumn(a.ses, t, 'age', 'name', 0), JET_errKeyDuplicate);
    c('#2', api.JetRenameColumn(a.ses, t, 'age', 'years', 0x1), JET_errSuccess);
    c('#3', api.JetRenameColumn(a.ses, t, 'years', 'YEARS', 0), JET_errSuccess);
    done();
  });

});

// ==========================================================================================================
describe('JetDeleteTable', () => {
  // fcreate.cxx ErrIsamDeleteTable 8450-8466: MSysObjids / MSysExtentPageCountCache (cat.hxx 257-265, UtilCmpName,
  // case-insensitive) are CannotDeleteSystemTable before ErrPIBCheckUpdatable and before the name is looked up.
  it('the reserved system table names: CannotDeleteSystemTable, even in a read-only transaction', () => {
    const { c, done } = soft();
    const { api, a } = world();
    c('#1', api.JetDeleteTable(a.ses, a.dbid, 'MSysObjids'), JET_errCannotDeleteSystemTable);
    c('#2', api.JetDeleteTable(a.ses, a.dbid, 'msysextentpagecountcache'), JET_errCannotDeleteSystemTable);
    c('#3', api.JetBeginTransaction2(a.ses, JET_bitTransactionReadOnly), JET_errSuccess);
    c('#4', api.JetDeleteTable(a.ses, a.dbid, 'MSysObjids'), JET_errCannotDeleteSystemTable);
    // 8464 then ErrFILEDeleteTable's ErrUTILCheckName (8612): TransReadOnly beats a bad name.
    c('#5', api.JetDeleteTable(a.ses, a.dbid, 'bad!'), JET_errTransReadOnly);
    done();
  });

  // fileopen.cxx ErrFILEISetMode 1142-1163: the Delete | DenyRead open meets the session's own open cursor
  // (not deferred-closed) or another session's cursor: TableInUse. The table stays.
  it('own open cursor or another session\'s ReadOnly cursor: TableInUse, table intact', () => {
    const { api, a, b } = world();
    const t = open(api, a);
    expect(api.JetDeleteTable(a.ses, a.dbid, 'people')).toBe(JET_errTableInUse);
    expect(api.JetMove(a.ses, t, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(api.JetCloseTable(a.ses, t)).toBe(JET_errSuccess);
    const r = open(api, b, JET_bitTableReadOnly);
    expect(api.JetDeleteTable(a.ses, a.dbid, 'people')).toBe(JET_errTableInUse);
    expect(api.JetCloseTable(b.ses, r)).toBe(JET_errSuccess);
    expect(api.JetBeginTransaction(a.ses)).toBe(JET_errSuccess);
    expect(api.JetDeleteTable(a.ses, a.dbid, 'people')).toBe(JET_errSuccess);
    expect(api.JetRollback(a.ses, 0)).toBe(JET_errSuccess);
    expect(openRc(api, a, 0)).toBe(JET_errSuccess);
  });
});

// ==========================================================================================================
describe('JetOpenTable', () => {
  // fileopen.cxx ErrIsamOpenTable 922-923: *ptableid = JET_tableidNil before any check after the API gate.
  it('a failed open writes JET_tableidNil (InvalidGrbit before the name; ObjectNotFound)', () => {
    const { c, done } = soft();
    const { api, a } = world();
    const box = out<any>(777);
    c('#1', api.JetOpenTable(a.ses, a.dbid, 'bad!', null, 0, JET_bitTableDelete, box), JET_errInvalidGrbit);
    c('#2', box.value, JET_tableidNil);
    const box2 = out<any>(777);
    c('#3', api.JetOpenTable(a.ses, a.dbid, 'nosuch', null, 0, 0, box2), JET_errObjectNotFound);
    c('#4', box2.value, JET_tableidNil);
    done();
  });

  // (These opens with PermitDDL assume a table whose versions have been cleaned up: fileopen.cxx 1193-1200
  // refuses PermitDDL while the FCB has RCEs, a known difference in docs/differences.md.)
  // 931-953: an else-if chain. With PermitDDL (and DenyRead) the DenyRead+ReadOnly and bitTableUpdatableDuringRecovery
  // (0x40000000) branches are never reached; ErrFILEICheckAndSetMode (1228-1237) then only rejects ReadOnly with
  // Updatable. So DenyRead|ReadOnly|PermitDDL opens a read-only exclusive cursor.
  it('DenyRead | ReadOnly | PermitDDL: Success, a read-only cursor', () => {
    const { c, done } = soft();
    const { api, a } = world();
    const t = open(api, a, JET_bitTableDenyRead | JET_bitTableReadOnly | JET_bitTablePermitDDL);
    c('#1', api.JetPrepareUpdate(a.ses, t, JET_prepInsert), JET_errPermissionDenied);
    done();
  });

  it('0x40000000 (internal UpdatableDuringRecovery): InvalidGrbit alone, accepted with DenyRead | PermitDDL', () => {
    const { c, done } = soft();
    const { api, a } = world();
    c('#1', openRc(api, a, 0x40000000), JET_errInvalidGrbit);
    c('#2', openRc(api, a, 0x40000000 | JET_bitTableDenyRead | JET_bitTablePermitDDL), JET_errSuccess);
    done();
  });

  // No check reads the other bits: 0x400, 0x02000000, AllowOutOfDate 0x100, AllowPgnoFDPLastSetTime 0x200,
  // TryPurgeOnClose 0x01000000 are accepted; pvParameters / cbParameters are not passed on (jetapi.cxx
  // JetOpenTableEx 9716-9722).
  it('unread grbit bits and pvParameters / cbParameters are accepted', () => {
    const { api, a } = world();
    for (const g of [0x400, 0x02000000, 0x100, 0x200, 0x01000000]) expect(openRc(api, a, g)).toBe(JET_errSuccess);
    const box = out<any>();
    expect(api.JetOpenTable(a.ses, a.dbid, 'people', new Uint8Array(16), 16, 0, box)).toBe(JET_errSuccess);
  });

  // ErrFILEISetMode 1092-1100: DenyWrite when the domain already has DenyWrite, even by the same session: TableInUse.
  it('DenyWrite twice by the same session: TableInUse', () => {
    const { api, a } = world();
    open(api, a, JET_bitTableDenyWrite);
    expect(openRc(api, a, JET_bitTableDenyWrite)).toBe(JET_errTableInUse);
  });

  // ErrFILEISetMode: the DenyWrite part passes (the other cursor is ReadOnly, 1104-1116) and the DenyRead part fails
  // (1142-1163); the cursor is closed on the error path (ErrIsamOpenTable 978-985), releasing its DenyWrite.
  it('DenyWrite | DenyRead against another session\'s ReadOnly cursor: TableInUse, and no DenyWrite left behind', () => {
    const { api, a, b } = world();
    open(api, b, JET_bitTableReadOnly);
    expect(openRc(api, a, JET_bitTableDenyWrite | JET_bitTableDenyRead)).toBe(JET_errTableInUse);
    expect(openRc(api, b, JET_bitTableDenyWrite)).toBe(JET_errSuccess);
  });

  // 1073-1088: only an explicit JET_bitTableUpdatable meets another session's DenyWrite (TableLocked).
  it('another session\'s DenyWrite: Updatable is TableLocked, grbit 0 opens', () => {
    const { api, a, b } = world();
    open(api, b, JET_bitTableDenyWrite);
    expect(openRc(api, a, JET_bitTableUpdatable)).toBe(JET_errTableLocked);
    expect(openRc(api, a, 0)).toBe(JET_errSuccess);
  });

  // ErrFILEICheckAndSetMode 1228-1237: ReadOnly with Updatable is InvalidGrbit before FDeletePending (1253) and
  // before ErrFILEISetMode (another session's DenyRead: TableLocked).
  it('ReadOnly | Updatable against another session\'s DenyRead: InvalidGrbit', () => {
    const { api, a, b } = world();
    open(api, b, JET_bitTableDenyRead);
    expect(openRc(api, a, JET_bitTableReadOnly | JET_bitTableUpdatable)).toBe(JET_errInvalidGrbit);
    expect(openRc(api, a, JET_bitTableReadOnly)).toBe(JET_errTableLocked);
  });
});

// ==========================================================================================================
describe('JetCreateIndex / JetCreateIndex2 grbit combinations', () => {
  // fcreate.cxx ErrIsamCreateIndex 8334 (fDoOneByOne = 1 == cIndexCreate), 8394: any other count, 0 included, goes to
  // ErrFILEIBatchCreateIndex 7597-7631: PermissionDenied, TransReadOnly, InTransaction (7600), ExclusiveTableLockRequired
  // (7607), FixedDDL, then 0 indexes: Success. jetapi.cxx CAutoINDEXCREATE*::ErrSet accept a count of 0.
  // (8314-8339: the engine as built without MINIMAL_FUNCTIONALITY, which no build file of the repository defines.)
  it('JetCreateIndex2 with 0 indexes takes the batch path: ExclusiveTableLockRequired / InTransaction / Success', () => {
    const { c, done } = soft();
    const { api, a } = world();
    const t = open(api, a);
    c('#1', api.JetCreateIndex2(a.ses, t, [], 0), JET_errExclusiveTableLockRequired);
    c('#2', api.JetBeginTransaction(a.ses), JET_errSuccess);
    c('#3', api.JetCreateIndex2(a.ses, t, [], 0), JET_errInTransaction);
    const r = open(api, a, JET_bitTableReadOnly);
    c('#4', api.JetCreateIndex2(a.ses, r, [], 0), JET_errPermissionDenied);
    c('#5', api.JetRollback(a.ses, 0), JET_errSuccess);
    const x = open(api, a, JET_bitTableDenyRead);
    c('#6', api.JetCreateIndex2(a.ses, x, [], 0), JET_errSuccess);
    done();
  });

  // 7670-7675: in batch mode Primary, Unversioned or Empty is InvalidGrbit, before the index name (7698).
  it('batch of two: a Primary, Unversioned or Empty index is InvalidGrbit, before its name', () => {
    const { c, done } = soft();
    const w = isam();
    const api = w.emu.api as any;
    const box = out<any>();
    c('#1', api.JetCreateTable(w.ses, w.dbid, 't', 0, 0, box), JET_errSuccess);
    const t = box.value;
    c('#2', add(api, w.ses, t, 'a', { coltyp: JET_coltypLong }), JET_errSuccess);
    c('#3', add(api, w.ses, t, 'b', { coltyp: JET_coltypLong }), JET_errSuccess);
    c('#4', api.JetCreateIndex2(w.ses, t, [idx('bad!', JET_bitIndexPrimary, '+a'), idx('ib', 0, '+b')], 2), JET_errInvalidGrbit);
    c('#5', api.JetCreateIndex2(w.ses, t, [idx('ia', 0, '+a'), idx('ib', JET_bitIndexUnversioned, '+b')], 2), JET_errInvalidGrbit);
    c('#6', api.JetCreateIndex2(w.ses, t, [idx('ea', JET_bitIndexEmpty | JET_bitIndexIgnoreAnyNull, '+a'), idx('eb', 0, '+b')], 2), JET_errInvalidGrbit);
    done();
  });

  // ErrFILEIPrepareOneIndex 6620-6627: an escrow-update column cannot be indexed: CannotIndex.
  it('an index over an escrow column: CannotIndex', () => {
    const { w, api } = emptyWorld();
    const p = self(w);
    const t = open(api, p, JET_bitTableDenyRead);
    expect(add(api, p.ses, t, 'cnt', { coltyp: JET_coltypLong, grbit: JET_bitColumnEscrowUpdate }, L4)).toBe(JET_errSuccess);
    expect(api.JetCreateIndex2(p.ses, t, [idx('byCnt', 0, '+cnt')], 1)).toBe(JET_errCannotIndex);
  });
});
