/**
 * Index DDL on regular tables: key descriptions as esent.h writes them ("+a\0-b\0\0", cbKey counting both final
 * NULs) and how the engine parses them (fcreate.cxx:1425-1847 ErrFILEIValidateCreateIndex), IndexDuplicate,
 * IndexHasPrimary, TableNotEmpty, JetCreateIndex2's batch rules, JetSetCurrentIndex and JetDeleteIndex.
 */
import {
  out,
  JET_bitIndexEmpty, JET_bitIndexIgnoreNull, JET_bitIndexPrimary, JET_bitIndexUnique, JET_bitTableDenyRead,
  JET_bitTableReadOnly, JET_prepInsert, JET_prepCancel, JET_coltypText, JET_errKeyDuplicate,
  JET_coltypLong, JET_errColumnNotFound, JET_errExclusiveTableLockRequired, JET_errIndexDuplicate,
  JET_errIndexHasPrimary, JET_errIndexInvalidDef, JET_errIndexMustStay, JET_errIndexNotFound, JET_errInTransaction,
  JET_errInvalidGrbit, JET_errInvalidName, JET_errInvalidParameter, JET_errPermissionDenied, JET_errSuccess,
  JET_errTableNotEmpty,
} from '../../src';
import type { JET_COLUMNID, JET_TABLEID } from '../../src';
import {
  addColumn, createIndex, createPeople, fill, int32, intOf, isam, keyOf, openTable, scan, self, PEOPLE,
} from '../support/isam';
import type { Isam, JET_INDEXCREATE } from '../support/isam';

/** A table "t" with Long columns a, b, c (ids 1, 2, 3) and no index; the creator's exclusive cursor. */
function plain(w: Isam): JET_TABLEID {
  const box = out<JET_TABLEID>();
  expect(w.api.JetCreateTable(w.ses, w.dbid, 't', 0, 100, box)).toBe(JET_errSuccess);
  for (const c of ['a', 'b', 'c']) addColumn(w.api, w.ses, box.value, c, { coltyp: JET_coltypLong });
  return box.value;
}

function raw(w: Isam, t: JET_TABLEID, name: string, szKey: string, cbKey: number, grbit = 0): number {
  return w.api.JetCreateIndex(w.ses, t, name, grbit, szKey, cbKey, 100);
}

describe('key descriptions (fcreate.cxx:1580-1646)', () => {
  it('accepts "+a\\0-b\\0\\0" with cbKey counting both final NULs', () => {
    const w = isam();
    const t = plain(w);
    expect(raw(w, t, 'ab', '+a\0-b\0\0', 7)).toBe(JET_errSuccess);
    expect(keyOf('+a', '-b')).toEqual({ szKey: '+a\0-b\0\0', cbKey: 7 });
  });

  it('cbKey 0 is InvalidParameter (fcreate.cxx:1582-1586)', () => {
    const w = isam();
    expect(raw(w, plain(w), 'i', '+a\0\0', 0)).toBe(JET_errInvalidParameter);
  });

  it('a description not starting with + or - is IndexInvalidDef (fcreate.cxx:1588-1593)', () => {
    const w = isam();
    const t = plain(w);
    expect(raw(w, t, 'i', 'a\0\0', 3)).toBe(JET_errIndexInvalidDef);
    expect(raw(w, t, 'i', ' +a\0\0', 5)).toBe(JET_errIndexInvalidDef);
  });

  it('a cbKey that does not end on the double NUL is IndexInvalidDef (fcreate.cxx:1588-1593)', () => {
    const w = isam();
    const t = plain(w);
    expect(raw(w, t, 'i', '+a\0\0', 3)).toBe(JET_errIndexInvalidDef); // last two bytes 'a', NUL
    expect(raw(w, t, 'i', '+a\0b\0\0', 5)).toBe(JET_errIndexInvalidDef);
  });

  it('only the first segment needs a sign: later ones default to ascending (fcreate.cxx:1608-1615)', () => {
    const w = isam();
    const t = plain(w);
    expect(raw(w, t, 'i', '+a\0b\0-c\0\0', 9)).toBe(JET_errSuccess);
  });

  it('16 segments are allowed, a 17th is IndexInvalidDef before any column is looked up (fcreate.cxx:1601-1607)', () => {
    const w = isam();
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'wide', 0, 100, box)).toBe(JET_errSuccess);
    const cols = Array.from({ length: 17 }, (_, i) => `c${i}`);
    for (const c of cols) addColumn(w.api, w.ses, box.value, c, { coltyp: JET_coltypLong });
    expect(createIndex(w.api, w.ses, box.value, 'i16', 0, ...cols.slice(0, 16).map((c) => `+${c}`))).toBe(JET_errSuccess);
    expect(createIndex(w.api, w.ses, box.value, 'i17', 0, ...cols.map((c) => `+${c}`))).toBe(JET_errIndexInvalidDef);
    expect(createIndex(w.api, w.ses, box.value, 'i17x', 0, ...cols.map((c) => `+${c}x`))).toBe(JET_errIndexInvalidDef);
  });

  it('a segment naming no column is ColumnNotFound; column names compare case-insensitively', () => {
    const w = isam();
    const t = plain(w);
    expect(createIndex(w.api, w.ses, t, 'i', 0, '+a', '+zz')).toBe(JET_errColumnNotFound);
    expect(createIndex(w.api, w.ses, t, 'j', 0, '+A', '-B')).toBe(JET_errSuccess);
  });
});

describe('JetCreateIndex rules', () => {
  it('index names follow the name rules: InvalidName (fcreate.cxx:7141)', () => {
    const w = isam();
    const t = plain(w);
    for (const name of ['', ' x', 'a.b', 'a!b', 'x'.repeat(65)]) {
      expect([name, createIndex(w.api, w.ses, t, name, 0, '+a')]).toEqual([name, JET_errInvalidName]);
    }
  });

  it('IndexDuplicate for a name in use, case-insensitively (cat.cxx:2919-2921)', () => {
    const w = isam();
    const t = plain(w);
    expect(createIndex(w.api, w.ses, t, 'byA', 0, '+a')).toBe(JET_errSuccess);
    expect(createIndex(w.api, w.ses, t, 'BYA', 0, '+b')).toBe(JET_errIndexDuplicate);
  });

  it('a second primary index is IndexHasPrimary, checked before the name (fcreate.cxx:6766-6779)', () => {
    const w = isam();
    const t = plain(w);
    expect(createIndex(w.api, w.ses, t, 'pk', JET_bitIndexPrimary, '+a')).toBe(JET_errSuccess);
    expect(createIndex(w.api, w.ses, t, 'pk2', JET_bitIndexPrimary, '+b')).toBe(JET_errIndexHasPrimary);
    expect(createIndex(w.api, w.ses, t, 'pk', JET_bitIndexPrimary, '+b')).toBe(JET_errIndexHasPrimary);
    expect(createIndex(w.api, w.ses, t, 'pk', 0, '+b')).toBe(JET_errIndexDuplicate);
  });

  it('a primary index needs an empty table: TableNotEmpty (fcreate.cxx:6795-6818)', () => {
    const w = isam();
    const t = plain(w);
    expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
    expect(w.api.JetSetColumn(w.ses, t, 1 as JET_COLUMNID, int32(5), 4, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, t, null, 0, null)).toBe(JET_errSuccess);
    expect(createIndex(w.api, w.ses, t, 'pk', JET_bitIndexPrimary, '+a')).toBe(JET_errTableNotEmpty);
    // A secondary index over existing records is built from them.
    expect(createIndex(w.api, w.ses, t, 'byA', 0, '+a')).toBe(JET_errSuccess);
    expect(w.api.JetSetCurrentIndex(w.ses, t, 'byA')).toBe(JET_errSuccess);
    expect(scan(w.api, w.ses, t, 1 as JET_COLUMNID)).toEqual([5]);
  });

  it('grbits the engine refuses: a primary index with an ignore bit, IndexEmpty without IgnoreAnyNull', () => {
    const w = isam();
    const t = plain(w);
    expect(createIndex(w.api, w.ses, t, 'p', JET_bitIndexPrimary | JET_bitIndexIgnoreNull, '+a')).toBe(JET_errInvalidGrbit); // 1503
    expect(createIndex(w.api, w.ses, t, 'e', JET_bitIndexEmpty, '+a')).toBe(JET_errInvalidGrbit); // 1530
  });

  it('JetCreateIndex through a ReadOnly cursor is PermissionDenied (fcreate.cxx:7125)', () => {
    const w = isam();
    createPeople(w.api, self(w), true);
    const ro = openTable(w.api, self(w), PEOPLE, JET_bitTableReadOnly);
    expect(createIndex(w.api, w.ses, ro, 'byNote', 0, '+note')).toBe(JET_errPermissionDenied);
  });
});

describe('JetCreateIndex2 (fcreate.cxx:8296-8420, 7562-7612)', () => {
  const two = (): JET_INDEXCREATE[] => [
    { szIndexName: 'i1', ...keyOf('+a'), grbit: 0 },
    { szIndexName: 'i2', ...keyOf('-b', '+c'), grbit: JET_bitIndexUnique },
  ];

  it('one index is created as by JetCreateIndex and gets err 0', () => {
    const w = isam();
    const t = plain(w);
    const one: JET_INDEXCREATE[] = [{ szIndexName: 'i1', ...keyOf('+a'), err: -1 }];
    expect(w.api.JetCreateIndex2(w.ses, t, one, 1)).toBe(JET_errSuccess);
    expect(one[0].err).toBe(JET_errSuccess);
    expect(w.api.JetSetCurrentIndex(w.ses, t, 'i1')).toBe(JET_errSuccess);
  });

  it('several indexes (batch mode) need level 0 and the table held DenyRead by the session', () => {
    const w = isam();
    const t = plain(w); // the creator's cursor holds DenyRead (fcreate.cxx:2924-2930)
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(w.api.JetCreateIndex2(w.ses, t, two(), 2)).toBe(JET_errInTransaction);
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
    expect(w.api.JetCloseTable(w.ses, t)).toBe(JET_errSuccess);
    const shared = openTable(w.api, self(w), 't');
    expect(w.api.JetCreateIndex2(w.ses, shared, two(), 2)).toBe(JET_errExclusiveTableLockRequired);
    const excl = openTable(w.api, self(w), 't', JET_bitTableDenyRead);
    expect(w.api.JetCreateIndex2(w.ses, excl, two(), 2)).toBe(JET_errSuccess);
    expect(w.api.JetSetCurrentIndex(w.ses, shared, 'i2')).toBe(JET_errSuccess);
  });
});

describe('JetCreateIndex3 and JetCreateIndex4 (jetapi.cxx JetCreateIndexEx2 / JetCreateIndexEx: each struct version is turned into JET_INDEXCREATE3 and made as JetCreateIndex2 makes it)', () => {
  it('JetCreateIndex3 takes JET_INDEXCREATE2: the same batch rules and err written back', () => {
    const w = isam();
    const t = plain(w);
    const list: JET_INDEXCREATE[] = [
      { szIndexName: 'i1', ...keyOf('+a'), grbit: 0, err: -1 },
      { szIndexName: 'i2', ...keyOf('-b'), grbit: JET_bitIndexUnique, err: -1 },
    ];
    expect(w.api.JetCreateIndex3(w.ses, t, list, 2)).toBe(JET_errSuccess);
    expect(list.map((c) => c.err)).toEqual([JET_errSuccess, JET_errSuccess]);
    expect(w.api.JetSetCurrentIndex(w.ses, t, 'i2')).toBe(JET_errSuccess);
    // The same name again: IndexDuplicate (fcreate.cxx ErrIsamCreateIndex), as through JetCreateIndex2.
    expect(w.api.JetCreateIndex3(w.ses, t, [{ szIndexName: 'i1', ...keyOf('+b') }], 1)).toBe(JET_errIndexDuplicate);
  });

  it('JetCreateIndex4 takes JET_INDEXCREATE3, its locale by name (JET_UNICODEINDEX2): a case-insensitive Unicode key', () => {
    const w = isam();
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 'u', 0, 100, box)).toBe(JET_errSuccess);
    const t = box.value;
    const name = addColumn(w.api, w.ses, t, 'name', { coltyp: JET_coltypText, cp: 1200 });
    // LCMAP_LINGUISTIC_CASING | NORM_IGNORECASE: the engine's default map flags; esemu folds case whatever they are.
    const create: JET_INDEXCREATE[] = [{
      szIndexName: 'byName', ...keyOf('+name'), grbit: JET_bitIndexUnique, pidxunicode: { szLocaleName: 'en-US', dwMapFlags: 0x1000001 }, err: -1,
    }];
    expect(w.api.JetCreateIndex4(w.ses, t, create, 1)).toBe(JET_errSuccess);
    expect(create[0].err).toBe(JET_errSuccess);
    const insert = (text: string): number => {
      expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepInsert)).toBe(JET_errSuccess);
      const bytes = new Uint8Array(Buffer.from(text, 'utf16le'));
      expect(w.api.JetSetColumn(w.ses, t, name, bytes, bytes.length, 0, null)).toBe(JET_errSuccess);
      const rc = w.api.JetUpdate(w.ses, t, null, 0, null);
      if (rc !== JET_errSuccess) expect(w.api.JetPrepareUpdate(w.ses, t, JET_prepCancel)).toBe(JET_errSuccess);
      return rc;
    };
    expect(insert('Alpha')).toBe(JET_errSuccess);
    // A unique index that ignores case (NORM_IGNORECASE): ALPHA is the same key.
    expect(insert('ALPHA')).toBe(JET_errKeyDuplicate);
  });
});

describe('JetSetCurrentIndex and JetDeleteIndex', () => {
  it('switches by name, null or "" is the primary index, a missing one is IndexNotFound', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    fill(w.api, w.ses, p, [[1, 'c', 30], [2, 'a', 10], [3, 'b', 20]]);
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byName')).toBe(JET_errSuccess);
    expect(scan(w.api, w.ses, p.tableid, p.id)).toEqual([2, 3, 1]);
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'BYAGE')).toBe(JET_errSuccess);
    expect(scan(w.api, w.ses, p.tableid, p.id)).toEqual([1, 3, 2]); // "-age": descending
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, null)).toBe(JET_errSuccess);
    expect(scan(w.api, w.ses, p.tableid, p.id)).toEqual([1, 2, 3]);
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byName')).toBe(JET_errSuccess);
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, '')).toBe(JET_errSuccess);
    expect(scan(w.api, w.ses, p.tableid, p.id)).toEqual([1, 2, 3]);
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'nope')).toBe(JET_errIndexNotFound);
  });

  it('JetSetCurrentIndex puts the cursor on the first entry of the new index (rec.cxx:3940-3965, deferred move first)', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    fill(w.api, w.ses, p, [[1, 'c', 30], [2, 'a', 10], [3, 'b', 20]]);
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byName')).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, p.tableid, p.id)).toBe(2);
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byAge')).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, p.tableid, p.id)).toBe(1);
  });

  it('JetDeleteIndex: IndexNotFound, IndexMustStay for the primary index, else the index is gone', () => {
    const w = isam();
    const p = createPeople(w.api, self(w));
    expect(w.api.JetDeleteIndex(w.ses, p.tableid, 'nope')).toBe(JET_errIndexNotFound); // cat.cxx:3166
    expect(w.api.JetDeleteIndex(w.ses, p.tableid, 'primary')).toBe(JET_errIndexMustStay); // cat.cxx:3823-3824
    expect(w.api.JetDeleteIndex(w.ses, p.tableid, 'ByName')).toBe(JET_errSuccess);
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'byName')).toBe(JET_errIndexNotFound);
    expect(createIndex(w.api, w.ses, p.tableid, 'byName', 0, '-name')).toBe(JET_errSuccess);
  });
});
