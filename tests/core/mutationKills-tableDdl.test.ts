/**
 * Survivors of mutation testing in src/engine/tableDdl.ts (docs/testing.md, run 17), killed here. Expected values
 * from the engine:
 * - fcreate.cxx ErrIsamCreateTableColumnIndex: a database attached read-only is PermissionDenied before the grbits
 *   are looked at; a table or catalog change on it is refused (PermissionDenied) for JetDeleteTable /
 *   JetRenameTable too (no cursor on a read-only attachment is updatable, fucb.cxx ErrFUCBOpen);
 * - fcreate.cxx ErrFILEIValidateCreateIndex, segment by segment (6628-6637): a primary index over a multi-valued
 *   column, and a JET_bitIndexEmpty index over a column with a default value, are IndexInvalidDef; a plain index
 *   over a column with a default is fine;
 * - fcreate.cxx ErrIsamCreateIndex (6797-6817): a primary index needs a table with no node at all, whoever can
 *   see it (TableNotEmpty);
 * - fcreate.cxx ErrFILEIBuildIndex: a unique index over distinct keys is built;
 * - fcreate.cxx ErrFILEICreateIndexes: only indexes without a column array are InvalidCreateIndex;
 * - fcb.cxx FCB::ErrSetDeleteIndex: JetDeleteIndex is IndexInUse while any cursor, the caller's included, has the
 *   index current;
 * - cat.cxx ErrCATRenameTable / ErrCATRenameColumn: a name taken by another table / column is TableDuplicate /
 *   ColumnDuplicate; fcreate.cxx:9537-9540: JetRenameColumn only at level 0 (InTransaction);
 * - ese-semantics.md §7.8 (DDL inside transactions): a rollback undoes JetCreateIndex, JetDeleteIndex,
 *   JetDeleteColumn and JetRenameTable, and leaves the other cursors' current indexes alone.
 */
import {
  out, JET_bitColumnMultiValued, JET_bitColumnTagged, JET_bitDbReadOnly, JET_bitIndexEmpty, JET_bitIndexIgnoreAnyNull,
  JET_bitIndexPrimary, JET_bitIndexUnique, JET_bitTableCreateSystemTable, JET_bitTableDenyRead, JET_coltypLong,
  JET_errIndexInUse, JET_errIndexInvalidDef, JET_errIndexNotFound, JET_errInTransaction,
  JET_errObjectNotFound, JET_errPermissionDenied, JET_errSuccess, JET_errKeyDuplicate, JET_errTableNotEmpty,
  JET_prepInsert,
} from '../../src';
import type { JET_COLUMNID, JET_DBID, JET_TABLEID } from '../../src';
import { addColumn, columnInfo, createIndex, createPeople, int32, isam, openTable, peer, self, tryOpenTable, PEOPLE } from '../support/isam';
import type { Isam } from '../support/isam';
import { col, create } from '../support/templates';

function currentIndex(w: Isam, t: JET_TABLEID): string {
  const name = out<string>('');
  expect(w.api.JetGetCurrentIndex(w.ses, t, name, 64)).toBe(JET_errSuccess);
  return name.value;
}

/** A table "plain" (a Long, b Long with default 7), no index, the creator's cursor closed; `a` values inserted. */
function plain(w: Isam, rows: number[] = []): { a: JET_COLUMNID; b: JET_COLUMNID } {
  const box = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, 'plain', 0, 100, box)).toBe(JET_errSuccess);
  const a = addColumn(w.api, w.ses, box.value, 'a', { coltyp: JET_coltypLong });
  const b = addColumn(w.api, w.ses, box.value, 'b', { coltyp: JET_coltypLong }, int32(7));
  for (const v of rows) {
    expect(w.api.JetPrepareUpdate(w.ses, box.value, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, box.value, a, int32(v), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, box.value, null, 0, null)).toBe(JET_errSuccess);
  }
  expect(w.api.JetCloseTable(w.ses, box.value)).toBe(JET_errSuccess);
  return { a, b };
}

describe('a database attached read-only (fcreate.cxx)', () => {
  it('JetCreateTableColumnIndex is PermissionDenied before its grbit is checked; JetDeleteTable / JetRenameTable too', () => {
    const w = isam();
    createPeople(w.api, self(w), true);
    expect(w.api.JetCloseDatabase(w.ses, w.dbid, 0)).toBe(JET_errSuccess);
    expect(w.api.JetDetachDatabase(w.ses, w.file)).toBe(JET_errSuccess);
    expect(w.api.JetAttachDatabase(w.ses, w.file, JET_bitDbReadOnly)).toBe(JET_errSuccess);
    const dbid = out<JET_DBID>();
    expect(w.api.JetOpenDatabase(w.ses, w.file, null, dbid, 0)).toBe(JET_errSuccess);
    const ro: Isam = { ...w, dbid: dbid.value };
    expect(create(ro, 'x', JET_bitTableCreateSystemTable, [col('A', JET_coltypLong)]).rc).toBe(JET_errPermissionDenied);
    expect(w.api.JetDeleteTable(w.ses, dbid.value, PEOPLE)).toBe(JET_errPermissionDenied);
    expect(w.emu.api.JetRenameTable(w.ses, dbid.value, PEOPLE, 'persons')).toBe(JET_errPermissionDenied);
    expect(tryOpenTable(w.api, { ses: w.ses, dbid: dbid.value }, PEOPLE).rc).toBe(JET_errSuccess);
  });
});

describe('index definitions (fcreate.cxx ErrFILEIValidateCreateIndex)', () => {
  it('a primary index over a multi-valued second segment is IndexInvalidDef', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'mv', 0, 100, box)).toBe(JET_errSuccess);
    addColumn(w.api, w.ses, box.value, 'id', { coltyp: JET_coltypLong });
    addColumn(w.api, w.ses, box.value, 'tags', { coltyp: JET_coltypLong, grbit: JET_bitColumnTagged | JET_bitColumnMultiValued });
    expect(createIndex(w.api, w.ses, box.value, 'pk', JET_bitIndexPrimary, '+id', '+tags')).toBe(JET_errIndexInvalidDef);
    expect(createIndex(w.api, w.ses, box.value, 'pk', JET_bitIndexPrimary, '+id')).toBe(JET_errSuccess);
    void p;
  });

  it('an index over a column with a default: IndexInvalidDef only with JET_bitIndexEmpty, on any of its segments', () => {
    const w = isam();
    plain(w);
    const t = openTable(w.api, self(w), 'plain');
    expect(createIndex(w.api, w.ses, t, 'empty', JET_bitIndexEmpty | JET_bitIndexIgnoreAnyNull, '+a', '+b')).toBe(JET_errIndexInvalidDef);
    expect(createIndex(w.api, w.ses, t, 'byB', 0, '+b')).toBe(JET_errSuccess);
  });

  it('a unique index over distinct keys is built', () => {
    const w = isam();
    plain(w, [1, 2, 3]);
    const t = openTable(w.api, self(w), 'plain');
    expect(createIndex(w.api, w.ses, t, 'uA', JET_bitIndexUnique, '+a')).toBe(JET_errSuccess);
  });
});

describe('a primary index needs a table with no record anyone can see (fcreate.cxx ErrIsamCreateIndex)', () => {
  it('TableNotEmpty for a record only the session\'s own transaction holds', () => {
    const w = isam();
    const { a } = plain(w);
    const t = openTable(w.api, self(w), 'plain');
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, a, int32(1), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(createIndex(w.api, w.ses, t, 'pk', JET_bitIndexPrimary, '+a')).toBe(JET_errTableNotEmpty);
  });

  it('TableNotEmpty for a record committed after the session\'s transaction began (its snapshot has none)', () => {
    const w = isam();
    const { a } = plain(w);
    const other = peer(w);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    const o = openTable(w.api, other, 'plain');
    expect(w.api.JetPrepareUpdate(other.ses, o, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(other.ses, o, a, int32(1), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(other.ses, o, null, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(other.ses, o)).toBe(JET_errSuccess);
    const t = openTable(w.api, self(w), 'plain', JET_bitTableDenyRead);
    expect(createIndex(w.api, w.ses, t, 'pk', JET_bitIndexPrimary, '+a')).toBe(JET_errTableNotEmpty);
  });
});

describe('JetCreateTableColumnIndex without a column array', () => {
  it('and without indexes creates the table (only indexes need the array: fcreate.cxx ErrFILEICreateIndexes)', () => {
    const w = isam();
    const tc = { szTableName: 'bare', szTemplateTableName: null, rgcolumncreate: null, cColumns: 0, rgindexcreate: null,
      cIndexes: 0, grbit: 0, ulPages: 0, ulDensity: 100 };
    expect(w.emu.api.JetCreateTableColumnIndex(w.ses, w.dbid, tc as never)).toBe(JET_errSuccess);
  });
});

describe('JetDeleteIndex (fcb.cxx FCB::ErrSetDeleteIndex)', () => {
  it('is IndexInUse while another cursor or the caller\'s own cursor has the index current', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    const other = openTable(w.api, self(w), PEOPLE);
    expect(w.api.JetSetCurrentIndex(w.ses, other, 'byName')).toBe(JET_errSuccess);
    expect(w.api.JetDeleteIndex(w.ses, p.tableid, 'byName')).toBe(JET_errIndexInUse);
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byAge')).toBe(JET_errSuccess);
    expect(w.api.JetDeleteIndex(w.ses, p.tableid, 'byAge')).toBe(JET_errIndexInUse);
    expect(w.api.JetSetCurrentIndex(w.ses, other, null)).toBe(JET_errSuccess);
    expect(w.api.JetDeleteIndex(w.ses, p.tableid, 'byName')).toBe(JET_errSuccess);
    expect(currentIndex(w, p.tableid)).toBe('byAge');
  });
});

describe('DDL rolled back (ese-semantics.md §7.8)', () => {
  it('JetCreateIndex on a table without indexes: the index is gone; other cursors keep their current index', () => {
    const w = isam();
    plain(w);
    const t = openTable(w.api, self(w), 'plain');
    expect(createIndex(w.api, w.ses, t, 'byA', 0, '+a')).toBe(JET_errSuccess);
    const other = openTable(w.api, self(w), 'plain');
    expect(w.api.JetSetCurrentIndex(w.ses, other, 'byA')).toBe(JET_errSuccess);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(createIndex(w.api, w.ses, t, 'byB', 0, '+b')).toBe(JET_errSuccess);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetSetCurrentIndex(w.ses, t, 'byB')).toBe(JET_errIndexNotFound);
    expect(currentIndex(w, other)).toBe('byA');
    const bare = isam('bare.edb');
    plain(bare);
    const u = openTable(bare.api, self(bare), 'plain');
    expect(bare.api.JetBeginTransaction(bare.ses)).toBe(JET_errSuccess);
    expect(createIndex(bare.api, bare.ses, u, 'first', 0, '+a')).toBe(JET_errSuccess);
    expect(bare.api.JetRollback(bare.ses, 0)).toBe(JET_errSuccess);
    expect(bare.api.JetSetCurrentIndex(bare.ses, u, 'first')).toBe(JET_errIndexNotFound);
  });

  it('JetDeleteIndex and JetDeleteColumn: the index and the column are back', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetDeleteIndex(w.ses, p.tableid, 'byName')).toBe(JET_errSuccess);
    expect(w.api.JetDeleteColumn(w.ses, p.tableid, 'note')).toBe(JET_errSuccess);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byName')).toBe(JET_errSuccess);
    expect(columnInfo(w.api, w.ses, p.tableid, 'note').rc).toBe(JET_errSuccess);
  });

  it('JetRenameTable: the old name is back', () => {
    const w = isam();
    createPeople(w.api, self(w), true);
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.emu.api.JetRenameTable(w.ses, w.dbid, PEOPLE, 'persons')).toBe(JET_errSuccess);
    expect(w.api.JetRollback(w.ses, 0)).toBe(JET_errSuccess);
    expect(tryOpenTable(w.api, self(w), PEOPLE).rc).toBe(JET_errSuccess);
    expect(tryOpenTable(w.api, self(w), 'persons').rc).toBe(JET_errObjectNotFound);
  });
});

describe('renames (cat.cxx)', () => {
  // cat.cxx ErrCATRenameTable / ErrCATRenameColumn make no check of their own: the catalog's update meets its unique
  // index on names (_cat.cxx), whose failure is KeyDuplicate, passed on as it is.
  it('JetRenameTable: another table\'s name is KeyDuplicate; its own name is accepted', () => {
    const w = isam();
    createPeople(w.api, self(w), true);
    plain(w);
    expect(w.emu.api.JetRenameTable(w.ses, w.dbid, PEOPLE, 'plain')).toBe(JET_errKeyDuplicate);
    expect(w.emu.api.JetRenameTable(w.ses, w.dbid, PEOPLE, 'PEOPLE')).toBe(JET_errSuccess);
    expect(tryOpenTable(w.api, self(w), 'people').rc).toBe(JET_errSuccess);
  });

  it('JetRenameColumn: InTransaction inside a transaction; another column\'s name is KeyDuplicate; its own is fine', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.emu.api.JetRenameColumn(w.ses, p.tableid, 'age', 'years', 0)).toBe(JET_errInTransaction);
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
    expect(w.emu.api.JetRenameColumn(w.ses, p.tableid, 'age', 'name', 0)).toBe(JET_errKeyDuplicate);
    expect(w.emu.api.JetRenameColumn(w.ses, p.tableid, 'age', 'AGE', 0)).toBe(JET_errSuccess);
    expect(columnInfo(w.api, w.ses, p.tableid, 'age').rc).toBe(JET_errSuccess);
  });
});
