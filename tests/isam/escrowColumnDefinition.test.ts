/**
 * The checks of a column definition with JET_bitColumnEscrowUpdate (and the special columns next to it: Finalize,
 * DeleteOnZero, Version, Autoincrement), through JetAddColumn and JetCreateTableColumnIndex, as fcreate.cxx makes
 * them (line numbers of the engine's fcreate.cxx):
 * - ErrFILEIValidateAddColumn, in this order: an unknown coltyp is InvalidColumnType (900-903); a text column's code
 *   page (907-919); a tagged or long value column that is Fixed is InvalidGrbit, a MultiValued column that is neither
 *   is MultiValuedColumnMustBeTagged (937-945). Then, for an escrow column (965-997): a coltyp other than Long /
 *   LongLong is InvalidGrbit; Tagged is CannotBeTagged; Version, then Autoincrement, is InvalidGrbit; no default
 *   value (cbDefault 0: fDefaultValue, 878) is InvalidGrbit; a session that does not hold the table exclusively gets
 *   ExclusiveTableLockRequired; Finalize with DeleteOnZero is InvalidGrbit. Finalize or DeleteOnZero without
 *   EscrowUpdate is InvalidGrbit (1013-1016). A version or autoincrement column (1022-1052): the coltyp first
 *   (Autoincrement: Long, LongLong, UnsignedLongLong or Currency; Version: Long; else InvalidGrbit), then Tagged is
 *   CannotBeTagged, both bits are InvalidGrbit, and an autoincrement column needs the table exclusively.
 * - "Exclusively" is FCB::FDomainDenyReadByUs (JetAddColumn, 3400): some cursor of the session opened the table with
 *   JET_bitTableDenyRead, or created it (2929). The columns of JetCreateTableColumnIndex always have it (1287).
 * - ErrIsamAddColumn, after the validation (3419-3445): an escrow column is not added to a table that holds any
 *   record, even one not committed (TableNotEmpty); the column's name is looked up only after that (3454-3456).
 */
import {
  out, JET_bitColumnAutoincrement, JET_bitColumnDeleteOnZero, JET_bitColumnEscrowUpdate, JET_bitColumnFinalize,
  JET_bitColumnFixed, JET_bitColumnMultiValued, JET_bitColumnTagged, JET_bitColumnVersion, JET_bitTableDenyRead,
  JET_coltypCurrency, JET_coltypLong, JET_coltypLongLong, JET_coltypShort, JET_coltypText, JET_coltypUnsignedLong,
  JET_coltypUnsignedLongLong, JET_errCannotBeTagged, JET_errColumnDuplicate, JET_errColumnNotFound,
  JET_errExclusiveTableLockRequired, JET_errInvalidCodePage, JET_errInvalidColumnType, JET_errInvalidGrbit,
  JET_errMultiValuedColumnMustBeTagged, JET_errSuccess, JET_errTableInUse, JET_errTableNotEmpty, JET_prepInsert,
} from '../../src';
import type { JET_COLUMNID, JET_TABLEID } from '../../src';
import { columnInfo, int32, isam, openTable, peer, self, tryOpenTable } from '../support/isam';
import type { Isam, JET_TABLECREATE } from '../support/isam';
import { insert } from '../support/templates';

const ESCROW = JET_bitColumnEscrowUpdate;
const i64 = (n: number): Uint8Array => {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigInt64(0, BigInt(n), true);
  return b;
};

interface Case {
  what: string;
  coltyp: number;
  grbit: number;
  dflt: Uint8Array | null;
  rc: number;
  cp: number;
}

function c(what: string, coltyp: number, grbit: number, dflt: Uint8Array | null, rc: number, cp = 0): Case {
  return { what, coltyp, grbit, dflt, rc, cp };
}

/** Definitions whose answer does not depend on the table (a new one, held exclusively by its creator, empty). */
const CASES: Case[] = [
  c('Long escrow with a default', JET_coltypLong, ESCROW, int32(0), JET_errSuccess),
  c('LongLong escrow with a default', JET_coltypLongLong, ESCROW, i64(0), JET_errSuccess),
  c('escrow without a default (976-977)', JET_coltypLong, ESCROW, null, JET_errInvalidGrbit),
  c('escrow with a zero-length default (878, 976-977)', JET_coltypLong, ESCROW, new Uint8Array(0), JET_errInvalidGrbit),
  c('Short escrow (965-968)', JET_coltypShort, ESCROW, new Uint8Array(2), JET_errInvalidGrbit),
  c('Text escrow (965-968)', JET_coltypText, ESCROW, int32(0), JET_errInvalidGrbit),
  c('UnsignedLong escrow (965-968)', JET_coltypUnsignedLong, ESCROW, int32(0), JET_errInvalidGrbit),
  c('tagged escrow (969-970)', JET_coltypLong, ESCROW | JET_bitColumnTagged, int32(0), JET_errCannotBeTagged),
  c('tagged escrow without a default: Tagged first (969-977)', JET_coltypLong, ESCROW | JET_bitColumnTagged, null, JET_errCannotBeTagged),
  c('tagged Short escrow: the coltyp first (965-970)', JET_coltypShort, ESCROW | JET_bitColumnTagged, null, JET_errInvalidGrbit),
  c('escrow + Version (971-972)', JET_coltypLong, ESCROW | JET_bitColumnVersion, int32(0), JET_errInvalidGrbit),
  c('escrow + Autoincrement (973-974)', JET_coltypLong, ESCROW | JET_bitColumnAutoincrement, int32(0), JET_errInvalidGrbit),
  c('escrow + Finalize', JET_coltypLong, ESCROW | JET_bitColumnFinalize, int32(0), JET_errSuccess),
  c('escrow + DeleteOnZero', JET_coltypLong, ESCROW | JET_bitColumnDeleteOnZero, int32(0), JET_errSuccess),
  c('escrow + Finalize + DeleteOnZero (988-997)', JET_coltypLong, ESCROW | JET_bitColumnFinalize | JET_bitColumnDeleteOnZero, int32(0), JET_errInvalidGrbit),
  c('Finalize without escrow (1013-1016)', JET_coltypLong, JET_bitColumnFinalize, int32(0), JET_errInvalidGrbit),
  c('DeleteOnZero without escrow (1013-1016)', JET_coltypLong, JET_bitColumnDeleteOnZero, null, JET_errInvalidGrbit),
  c('multi-valued escrow, not tagged: MultiValuedColumnMustBeTagged first (942-945)', JET_coltypLong, ESCROW | JET_bitColumnMultiValued, int32(0), JET_errMultiValuedColumnMustBeTagged),
  c('multi-valued tagged escrow (969-970)', JET_coltypLong, ESCROW | JET_bitColumnMultiValued | JET_bitColumnTagged, int32(0), JET_errCannotBeTagged),
  c('tagged + fixed escrow (937-941)', JET_coltypLong, ESCROW | JET_bitColumnTagged | JET_bitColumnFixed, int32(0), JET_errInvalidGrbit),
  c('escrow Text with code page 437: the code page first (907-919)', JET_coltypText, ESCROW, null, JET_errInvalidCodePage, 437),
  c('escrow of coltyp 0 (900-903)', 0, ESCROW, int32(0), JET_errInvalidColumnType),
  c('Short version column (1030-1031)', JET_coltypShort, JET_bitColumnVersion, null, JET_errInvalidGrbit),
  c('LongLong version column (1030-1031)', JET_coltypLongLong, JET_bitColumnVersion, null, JET_errInvalidGrbit),
  c('tagged version column (1033-1034)', JET_coltypLong, JET_bitColumnVersion | JET_bitColumnTagged, null, JET_errCannotBeTagged),
  c('tagged Short version column: the coltyp first (1030-1034)', JET_coltypShort, JET_bitColumnVersion | JET_bitColumnTagged, null, JET_errInvalidGrbit),
  c('Version + Autoincrement (1036-1039)', JET_coltypLong, JET_bitColumnVersion | JET_bitColumnAutoincrement, null, JET_errInvalidGrbit),
  c('Short autoincrement (1024-1028)', JET_coltypShort, JET_bitColumnAutoincrement, null, JET_errInvalidGrbit),
  c('UnsignedLong autoincrement (1024-1028)', JET_coltypUnsignedLong, JET_bitColumnAutoincrement, null, JET_errInvalidGrbit),
  c('LongLong autoincrement', JET_coltypLongLong, JET_bitColumnAutoincrement, null, JET_errSuccess),
  c('UnsignedLongLong autoincrement', JET_coltypUnsignedLongLong, JET_bitColumnAutoincrement, null, JET_errSuccess),
  c('Currency autoincrement', JET_coltypCurrency, JET_bitColumnAutoincrement, null, JET_errSuccess),
  c('tagged autoincrement (1033-1034)', JET_coltypLong, JET_bitColumnAutoincrement | JET_bitColumnTagged, null, JET_errCannotBeTagged),
];

/** A new table "name" (JetCreateTable), with a Long column "k"; the creator's cursor stays open. */
function table(w: Isam, name = 't'): { t: JET_TABLEID; k: JET_COLUMNID } {
  const box = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, name, 0, 100, box)).toBe(JET_errSuccess);
  const k = out<JET_COLUMNID>();
  expect(w.api.JetAddColumn(w.ses, box.value, 'k', { coltyp: JET_coltypLong }, null, 0, k)).toBe(JET_errSuccess);
  return { t: box.value, k: k.value };
}

function add(w: Isam, t: JET_TABLEID, name: string, coltyp: number, grbit: number, dflt: Uint8Array | null, cp = 0, ses = w.ses): number {
  return w.api.JetAddColumn(ses, t, name, { coltyp, grbit, cp }, dflt, dflt === null ? 0 : dflt.length, out<JET_COLUMNID>());
}

describe('an escrow column definition through JetAddColumn (fcreate.cxx ErrFILEIValidateAddColumn 900-1052)', () => {
  it.each(CASES.map((k) => [k.what, k] as const))('%s', (_what, k) => {
    const w = isam();
    const { t } = table(w);
    expect(add(w, t, 'e', k.coltyp, k.grbit, k.dflt, k.cp)).toBe(k.rc);
    // A refused column is not there.
    expect(columnInfo(w.api, w.ses, t, 'e').rc).toBe(k.rc === JET_errSuccess ? JET_errSuccess : JET_errColumnNotFound);
  });

  it('the column made carries EscrowUpdate (and DeleteOnZero) in its grbit', () => {
    const w = isam();
    const { t } = table(w);
    expect(add(w, t, 'e', JET_coltypLong, ESCROW | JET_bitColumnDeleteOnZero, int32(5))).toBe(JET_errSuccess);
    const info = columnInfo(w.api, w.ses, t, 'e');
    expect(info.rc).toBe(JET_errSuccess);
    expect((info.def.grbit ?? 0) & (ESCROW | JET_bitColumnDeleteOnZero)).toBe(ESCROW | JET_bitColumnDeleteOnZero);
  });
});

describe('an escrow column definition through JetCreateTableColumnIndex (fcreate.cxx ErrFILEIAddColumns 1280-1287)', () => {
  it.each(CASES.map((k) => [k.what, k] as const))('%s', (_what, k) => {
    const w = isam();
    const dflt = k.dflt;
    const tc: JET_TABLECREATE = {
      szTableName: 'made', grbit: 0, rgindexcreate: [], cIndexes: 0, cColumns: 2,
      rgcolumncreate: [
        { szColumnName: 'k', coltyp: JET_coltypLong },
        { szColumnName: 'e', coltyp: k.coltyp, grbit: k.grbit, cp: k.cp, pvDefault: dflt, cbDefault: dflt === null ? 0 : dflt.length },
      ],
    };
    expect(w.api.JetCreateTableColumnIndex(w.ses, w.dbid, tc)).toBe(k.rc);
    expect(tc.rgcolumncreate.map((col) => col.err)).toEqual([JET_errSuccess, k.rc]);
  });
});

describe('JetAddColumn of an escrow or autoincrement column needs the table exclusively (fcreate.cxx 979-980, 1051-1052, 3400)', () => {
  function closedTable(w: Isam): void {
    const { t } = table(w);
    expect(w.api.JetCloseTable(w.ses, t)).toBe(JET_errSuccess);
  }

  it('through a cursor opened without JET_bitTableDenyRead: ExclusiveTableLockRequired, the column is not made', () => {
    const w = isam();
    closedTable(w);
    const t = openTable(w.api, self(w), 't');
    expect(add(w, t, 'e', JET_coltypLong, ESCROW, int32(0))).toBe(JET_errExclusiveTableLockRequired);
    expect(add(w, t, 'd', JET_coltypLong, ESCROW | JET_bitColumnDeleteOnZero, int32(0))).toBe(JET_errExclusiveTableLockRequired);
    expect(add(w, t, 'a', JET_coltypLong, JET_bitColumnAutoincrement, null)).toBe(JET_errExclusiveTableLockRequired);
    expect(columnInfo(w.api, w.ses, t, 'e').rc).toBe(JET_errColumnNotFound);
    // A version column (1036-1041) and an ordinary one do not need it.
    expect(add(w, t, 'v', JET_coltypLong, JET_bitColumnVersion, null)).toBe(JET_errSuccess);
    expect(add(w, t, 'n', JET_coltypLong, 0, null)).toBe(JET_errSuccess);
  });

  it('the definition is checked first: no default, Tagged, Version, a bad coltyp answer before the lock (965-980)', () => {
    const w = isam();
    closedTable(w);
    const t = openTable(w.api, self(w), 't');
    expect(add(w, t, 'e', JET_coltypLong, ESCROW, null)).toBe(JET_errInvalidGrbit);
    expect(add(w, t, 'e', JET_coltypLong, ESCROW | JET_bitColumnTagged, int32(0))).toBe(JET_errCannotBeTagged);
    expect(add(w, t, 'e', JET_coltypLong, ESCROW | JET_bitColumnVersion, int32(0))).toBe(JET_errInvalidGrbit);
    expect(add(w, t, 'e', JET_coltypShort, ESCROW, new Uint8Array(2))).toBe(JET_errInvalidGrbit);
    expect(add(w, t, 'a', JET_coltypShort, JET_bitColumnAutoincrement, null)).toBe(JET_errInvalidGrbit);
    expect(add(w, t, 'a', JET_coltypLong, JET_bitColumnAutoincrement | JET_bitColumnTagged, null)).toBe(JET_errCannotBeTagged);
    // ... and the lock before Finalize with DeleteOnZero (979-980, then 988-997).
    const both = ESCROW | JET_bitColumnFinalize | JET_bitColumnDeleteOnZero;
    expect(add(w, t, 'e', JET_coltypLong, both, int32(0))).toBe(JET_errExclusiveTableLockRequired);
  });

  it('a cursor opened with JET_bitTableDenyRead, or the creator\'s, has it', () => {
    const w = isam();
    closedTable(w);
    const t = openTable(w.api, self(w), 't', JET_bitTableDenyRead);
    expect(add(w, t, 'e', JET_coltypLong, ESCROW, int32(0))).toBe(JET_errSuccess);
    expect(add(w, t, 'a', JET_coltypLong, JET_bitColumnAutoincrement, null)).toBe(JET_errSuccess);
    const { t: fresh } = table(w, 'u');
    expect(add(w, fresh, 'e', JET_coltypLongLong, ESCROW, i64(0))).toBe(JET_errSuccess);
  });

  it('the lock is the session\'s (FDomainDenyReadByUs): another cursor of the same session may add the column', () => {
    const w = isam();
    closedTable(w);
    openTable(w.api, self(w), 't', JET_bitTableDenyRead);
    const plain = openTable(w.api, self(w), 't');
    expect(add(w, plain, 'e', JET_coltypLong, ESCROW, int32(0))).toBe(JET_errSuccess);
  });

  it('the lock goes with the DenyRead cursor that held it', () => {
    const w = isam();
    closedTable(w);
    const x = openTable(w.api, self(w), 't', JET_bitTableDenyRead);
    const plain = openTable(w.api, self(w), 't');
    expect(w.api.JetCloseTable(w.ses, x)).toBe(JET_errSuccess);
    expect(add(w, plain, 'e', JET_coltypLong, ESCROW, int32(0))).toBe(JET_errExclusiveTableLockRequired);
  });
});

describe('JetAddColumn of an escrow column to a table with records: TableNotEmpty (fcreate.cxx 3419-3445)', () => {
  it('a committed record: TableNotEmpty; an ordinary, version or autoincrement column is still added', () => {
    const w = isam();
    const { t, k } = table(w);
    insert(w, t, [[k, int32(1)]]);
    expect(add(w, t, 'e', JET_coltypLong, ESCROW, int32(0))).toBe(JET_errTableNotEmpty);
    expect(add(w, t, 'd', JET_coltypLongLong, ESCROW | JET_bitColumnDeleteOnZero, i64(0))).toBe(JET_errTableNotEmpty);
    expect(columnInfo(w.api, w.ses, t, 'e').rc).toBe(JET_errColumnNotFound);
    expect(add(w, t, 'n', JET_coltypLong, 0, int32(0))).toBe(JET_errSuccess);
    expect(add(w, t, 'v', JET_coltypLong, JET_bitColumnVersion, null)).toBe(JET_errSuccess);
    expect(add(w, t, 'a', JET_coltypLong, JET_bitColumnAutoincrement, null)).toBe(JET_errSuccess);
  });

  it('a record not committed yet counts (any node, 3430-3444); another session\'s keeps the exclusive open away until it commits', () => {
    const w = isam();
    const { t, k } = table(w);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    insert(w, t, [[k, int32(1)]]);
    expect(add(w, t, 'e', JET_coltypLong, ESCROW, int32(0))).toBe(JET_errTableNotEmpty);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    // The rollback took the record away: now the table is empty.
    expect(add(w, t, 'e', JET_coltypLong, ESCROW, int32(0))).toBe(JET_errSuccess);

    expect(w.api.JetCloseTable(w.ses, t)).toBe(JET_errSuccess);
    const p = peer(w);
    const theirs = openTable(w.api, p, 't');
    expect(w.api.JetBeginTransaction(p.ses)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(p.ses, theirs, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(p.ses, theirs, k, int32(2), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(p.ses, theirs, null, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(p.ses, theirs)).toBe(JET_errSuccess);
    // The other session's cursor made a version in its transaction, so its close waits for the transaction's end
    // (bt.cxx BTClose: FUCBSetDeferClose): the exclusive open the escrow column needs is refused meanwhile
    // (fileopen.cxx ErrFILEISetMode, DenyRead with another session's cursor on the table: TableInUse).
    expect(tryOpenTable(w.api, self(w), 't', JET_bitTableDenyRead).rc).toBe(JET_errTableInUse);
    expect(w.api.JetCommitTransaction(p.ses, 0)).toBe(JET_errSuccess);
    const mine = openTable(w.api, self(w), 't', JET_bitTableDenyRead);
    expect(add(w, mine, 'f', JET_coltypLong, ESCROW, int32(0))).toBe(JET_errTableNotEmpty);
  });

  it('after the definition\'s checks and before the name\'s (3419-3445, then 3454-3456)', () => {
    const w = isam();
    const { t, k } = table(w);
    insert(w, t, [[k, int32(1)]]);
    expect(add(w, t, 'e', JET_coltypLong, ESCROW, null)).toBe(JET_errInvalidGrbit);
    expect(add(w, t, 'e', JET_coltypLong, ESCROW | JET_bitColumnTagged, int32(0))).toBe(JET_errCannotBeTagged);
    // "k" is taken: the records are found first.
    expect(add(w, t, 'k', JET_coltypLong, ESCROW, int32(0))).toBe(JET_errTableNotEmpty);
    // Without records, the name: ColumnDuplicate, but only once the definition passed.
    const { t: u } = table(w, 'u');
    expect(add(w, u, 'k', JET_coltypLong, ESCROW, null)).toBe(JET_errInvalidGrbit);
    expect(add(w, u, 'k', JET_coltypLong, ESCROW, int32(0))).toBe(JET_errColumnDuplicate);
  });
});
