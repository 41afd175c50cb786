/**
 * Densities of tables and indexes. esemu has no pages, but the engine checks every density it is given, and a
 * client that passes a wrong one must see the engine's answer:
 *
 * - cat.cxx ErrCATCheckJetSpaceHints: a density (an unsigned 32-bit number) is 0, the default (daeconst.hxx
 *   ulFILEDefaultDensity, 80), or a percentage from ulFILEDensityLeast (20) to ulFILEDensityMost (100); anything
 *   else is JET_errDensityInvalid.
 * - fcreate.cxx ErrFILECreateTable: the name is checked first, then the template is opened, then
 *   ErrFILECreateTableProcessSpaceHints runs, before any column, index or catalog entry is made (so before
 *   TableDuplicate and every column error). It checks each index's own space hints, then the primary tree's
 *   density: the primary index's hints when it has some (then the table's density is never looked at), else the
 *   primary index's ulDensity, else the table's ulDensity, else the default.
 * - jetapi.cxx: JetCreateIndex puts lDensity into the index's space hints, and CAutoINDEXCREATE1To2_T does the same
 *   for each first-version JET_INDEXCREATE (JetCreateIndex2, JetCreateTableColumnIndex and
 *   JetCreateTableColumnIndex2). The later structs (JetCreateIndex3 / 4, JetCreateTableColumnIndex3 / 4) carry
 *   space hints only through pSpacehints; without them an index's ulDensity is read only for the primary tree of a
 *   new table (above), and JetCreateIndex3 / 4 take the table's density (fcreate.cxx ErrFILEICreateIndex).
 * - fcreate.cxx ErrFILEIValidateCreateIndex checks the index's hints after its grbit, sizes and key description and
 *   before the key's columns are looked up.
 */
import {
  out,
  JET_bitIndexIgnoreNull, JET_bitIndexPrimary, JET_coltypLong, JET_errColumnNotFound, JET_errDensityInvalid,
  JET_errIndexInvalidDef, JET_errInvalidGrbit, JET_errInvalidName, JET_errObjectNotFound, JET_errSuccess,
  JET_errTableDuplicate, JET_errInvalidColumnType, JET_tableidNil,
} from '../../src';
import type { JET_TABLEID } from '../../src';
import { addColumn, isam, keyOf, self, tryOpenTable } from '../support/isam';
import type { Isam, JET_INDEXCREATE, JET_TABLECREATE } from '../support/isam';

/** Densities the engine accepts: 0 (the default) and 20 to 100 percent. */
const VALID = [0, 20, 21, 80, 99, 100];
/** Densities it refuses: 1 to 19, over 100, and what a negative C int becomes as a ULONG. */
const INVALID = [1, 19, 101, 255, 0x7fffffff, -1];

/** JetCreateIndex3 / 4 and JetCreateTableColumnIndex3 / 4 are not in IsamFunctions: reached untyped. */
type Untyped = (...args: unknown[]) => number;
function call(w: Isam, name: string, ...args: unknown[]): number {
  return (w.emu.api as unknown as Record<string, Untyped>)[name](...args);
}

function createTable(w: Isam, name: string, density: number): { rc: number; tableid: JET_TABLEID } {
  const box = out<JET_TABLEID>();
  const rc = w.api.JetCreateTable(w.ses, w.dbid, name, 0, density, box);
  return { rc, tableid: box.value };
}

/** A table "t" with Long columns a and b, and its creator's cursor. */
function table(w: Isam): JET_TABLEID {
  const made = createTable(w, 't', 0);
  expect(made.rc).toBe(JET_errSuccess);
  addColumn(w.api, w.ses, made.tableid, 'a', { coltyp: JET_coltypLong });
  addColumn(w.api, w.ses, made.tableid, 'b', { coltyp: JET_coltypLong });
  return made.tableid;
}

function index(name: string, ulDensity: number, grbit = 0, key = keyOf('+a')): JET_INDEXCREATE {
  return { szIndexName: name, ...key, grbit, ulDensity };
}

function tableCreate(ulDensity: number, indexes: JET_INDEXCREATE[], name = 'tc'): JET_TABLECREATE {
  return {
    szTableName: name, ulDensity, grbit: 0,
    rgcolumncreate: [{ szColumnName: 'a', coltyp: JET_coltypLong }], cColumns: 1,
    rgindexcreate: indexes, cIndexes: indexes.length,
  };
}

describe('JetCreateTable: lDensity (ErrFILECreateTableProcessSpaceHints, no primary index)', () => {
  it.each(VALID)('density %d is accepted', (d) => {
    const w = isam();
    expect(createTable(w, 't', d).rc).toBe(JET_errSuccess);
  });

  it.each(INVALID)('density %d is DensityInvalid, and no table is made', (d) => {
    const w = isam();
    const made = createTable(w, 't', d);
    expect(made.rc).toBe(JET_errDensityInvalid);
    expect(tryOpenTable(w.api, self(w), 't').rc).toBe(JET_errObjectNotFound);
    // The name stays free: the same create with a valid density succeeds.
    expect(createTable(w, 't', 50).rc).toBe(JET_errSuccess);
  });

  it('a bad name is found first (InvalidName), a duplicate name only after the density (DensityInvalid)', () => {
    const w = isam();
    expect(createTable(w, '', 5).rc).toBe(JET_errInvalidName);
    expect(createTable(w, 't', 0).rc).toBe(JET_errSuccess);
    expect(createTable(w, 't', 5).rc).toBe(JET_errDensityInvalid);
    expect(createTable(w, 't', 0).rc).toBe(JET_errTableDuplicate);
  });
});

describe('JetCreateIndex: lDensity becomes the index space hints (ErrFILEIValidateCreateIndex)', () => {
  it.each(VALID)('density %d is accepted', (d) => {
    const w = isam();
    const t = table(w);
    const k = keyOf('+a');
    expect(w.api.JetCreateIndex(w.ses, t, 'ia', 0, k.szKey, k.cbKey, d)).toBe(JET_errSuccess);
  });

  it.each(INVALID)('density %d is DensityInvalid, and no index is made', (d) => {
    const w = isam();
    const t = table(w);
    const k = keyOf('+a');
    expect(w.api.JetCreateIndex(w.ses, t, 'ia', 0, k.szKey, k.cbKey, d)).toBe(JET_errDensityInvalid);
    expect(w.api.JetSetCurrentIndex(w.ses, t, 'ia')).not.toBe(JET_errSuccess);
    expect(w.api.JetCreateIndex(w.ses, t, 'ia', 0, k.szKey, k.cbKey, 100)).toBe(JET_errSuccess);
  });

  it('after the grbit and the key description, before the key columns are looked up', () => {
    const w = isam();
    const t = table(w);
    const k = keyOf('+a');
    // A primary index with IgnoreNull: InvalidGrbit comes first.
    expect(w.api.JetCreateIndex(w.ses, t, 'i', JET_bitIndexPrimary | JET_bitIndexIgnoreNull, k.szKey, k.cbKey, 5))
      .toBe(JET_errInvalidGrbit);
    // A description that does not end in two NULs: IndexInvalidDef comes first.
    expect(w.api.JetCreateIndex(w.ses, t, 'i', 0, '+a\0', 3, 5)).toBe(JET_errIndexInvalidDef);
    // A column the table does not have: the density is found first.
    const missing = keyOf('+nope');
    expect(w.api.JetCreateIndex(w.ses, t, 'i', 0, missing.szKey, missing.cbKey, 5)).toBe(JET_errDensityInvalid);
    expect(w.api.JetCreateIndex(w.ses, t, 'i', 0, missing.szKey, missing.cbKey, 0)).toBe(JET_errColumnNotFound);
  });
});

describe('JetCreateIndex2 reads ulDensity, JetCreateIndex3 / 4 do not (no pSpacehints)', () => {
  it('JetCreateIndex2: an index with density 10 is DensityInvalid', () => {
    const w = isam();
    const t = table(w);
    expect(w.api.JetCreateIndex2(w.ses, t, [index('ia', 10)], 1)).toBe(JET_errDensityInvalid);
    expect(w.api.JetCreateIndex2(w.ses, t, [index('ia', 20)], 1)).toBe(JET_errSuccess);
  });

  it.each(['JetCreateIndex3', 'JetCreateIndex4'])('%s: ulDensity 10 is not read, the index is made', (fn) => {
    const w = isam();
    const t = table(w);
    expect(call(w, fn, w.ses, t, [index('ia', 10)], 1)).toBe(JET_errSuccess);
    expect(w.api.JetSetCurrentIndex(w.ses, t, 'ia')).toBe(JET_errSuccess);
  });
});

describe('JetCreateTableColumnIndex / 2: every index density is checked first', () => {
  it.each(['JetCreateTableColumnIndex', 'JetCreateTableColumnIndex2'])('%s: a secondary index of density 10', (fn) => {
    const w = isam();
    const tc = tableCreate(0, [index('ia', 10)]);
    expect(call(w, fn, w.ses, w.dbid, tc)).toBe(JET_errDensityInvalid);
    // Nothing was made (cCreated is set to 0 at the start of ErrFILECreateTable), no err written to the index.
    expect(tc.cCreated).toBe(0);
    expect(tc.rgindexcreate[0].err).toBeUndefined();
    expect(tryOpenTable(w.api, self(w), 'tc').rc).toBe(JET_errObjectNotFound);
  });

  it('the space hints come before the columns: a bad column type is not reached', () => {
    const w = isam();
    const tc = tableCreate(0, [index('ia', 10)]);
    tc.rgcolumncreate = [{ szColumnName: 'a', coltyp: 9999 }];
    expect(w.api.JetCreateTableColumnIndex(w.ses, w.dbid, tc)).toBe(JET_errDensityInvalid);
    expect(tc.rgcolumncreate[0].err).toBeUndefined();
    tc.rgindexcreate[0].ulDensity = 0;
    expect(w.api.JetCreateTableColumnIndex(w.ses, w.dbid, tc)).toBe(JET_errInvalidColumnType);
  });

  it('a template that cannot be opened is found before the densities', () => {
    const w = isam();
    const tc = { ...tableCreate(10, [index('ia', 10)]), szTemplateTableName: 'absent' };
    expect(w.api.JetCreateTableColumnIndex(w.ses, w.dbid, tc)).toBe(JET_errObjectNotFound);
  });

  it.each([0x80000000, 0xffffffff, -1])('a table ulDensity of %d (an unsigned 32-bit value) is DensityInvalid', (d) => {
    const w = isam();
    expect(w.api.JetCreateTableColumnIndex(w.ses, w.dbid, tableCreate(d, [index('ia', 0)]))).toBe(JET_errDensityInvalid);
    expect(w.api.JetCreateIndex2(w.ses, table(w), [index('ib', d)], 1)).toBe(JET_errDensityInvalid);
  });

  it('no primary index: the table density is checked', () => {
    const w = isam();
    expect(w.api.JetCreateTableColumnIndex(w.ses, w.dbid, tableCreate(10, [index('ia', 0)]))).toBe(JET_errDensityInvalid);
    const tc = tableCreate(100, [index('ia', 0)]);
    expect(w.api.JetCreateTableColumnIndex(w.ses, w.dbid, tc)).toBe(JET_errSuccess);
    expect(tc.cCreated).toBe(3);
  });

  it('a primary index has hints of its own: the table density is never looked at', () => {
    const w = isam();
    const tc = tableCreate(10, [index('pk', 0, JET_bitIndexPrimary)]);
    expect(w.api.JetCreateTableColumnIndex2(w.ses, w.dbid, tc)).toBe(JET_errSuccess);
    expect(tc.tableid).not.toBe(JET_tableidNil);
  });
});

describe('JetCreateTableColumnIndex3 / 4: only the primary tree density is read', () => {
  const versions = ['JetCreateTableColumnIndex3', 'JetCreateTableColumnIndex4'];

  it.each(versions)('%s: a secondary index of density 10 is made', (fn) => {
    const w = isam();
    const tc = tableCreate(0, [index('ia', 10)]);
    expect(call(w, fn, w.ses, w.dbid, tc)).toBe(JET_errSuccess);
  });

  it.each(versions)('%s: a primary index of density 10 is DensityInvalid', (fn) => {
    const w = isam();
    expect(call(w, fn, w.ses, w.dbid, tableCreate(50, [index('pk', 10, JET_bitIndexPrimary)]))).toBe(JET_errDensityInvalid);
  });

  it.each(versions)('%s: a primary index of density 0 takes the table density, checked', (fn) => {
    const w = isam();
    expect(call(w, fn, w.ses, w.dbid, tableCreate(10, [index('pk', 0, JET_bitIndexPrimary)]))).toBe(JET_errDensityInvalid);
    expect(call(w, fn, w.ses, w.dbid, tableCreate(10, [index('pk', 50, JET_bitIndexPrimary)]))).toBe(JET_errSuccess);
  });

  it.each(versions)('%s: no primary index, the table density is checked', (fn) => {
    const w = isam();
    expect(call(w, fn, w.ses, w.dbid, tableCreate(101, [index('ia', 0)]))).toBe(JET_errDensityInvalid);
    expect(call(w, fn, w.ses, w.dbid, tableCreate(0, [index('ia', 0)]))).toBe(JET_errSuccess);
  });
});
