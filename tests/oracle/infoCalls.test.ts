/**
 * Oracle tests for the info calls on regular tables, written from the engine source only
 * (microsoft/Extensible-Storage-Engine, HEAD: dev/ese/src/ese/jetapi.cxx, info.cxx, cat.cxx, util.cxx, fldmod.cxx,
 * rec.cxx, fileopen.cxx, fucb.cxx). Each test names the engine lines that decide its expected values.
 *
 * esemu models the A entry points (fUnicodeNames false), x64 struct sizes: JET_COLUMNDEF 28, JET_COLUMNLIST 80,
 * JET_COLUMNBASE_A 540, JET_INDEXLIST 88 (84 without columnidLCMapFlags), JET_OBJECTINFO 40, JET_OBJECTLIST 56.
 */
import { out } from '../../src';
import { createPeople, isam, openTable, peer, PEOPLE, self, fill } from '../support/isam';
import type { Isam, People } from '../support/isam';

/* eslint-disable @typescript-eslint/no-explicit-any */

// ---- codes (from /work/shared/esent-errors.tsv) ---------------------------------------------------------
const Success = 0;
const wrnBufferTruncated = 1006;
const FeatureNotAvailable = -1001;
const InvalidName = -1002;
const InvalidParameter = -1003;
const InvalidDatabaseId = -1010;
const BufferTooSmall = -1038;
const TableLocked = -1302;
const ObjectNotFound = -1305;
const IndexNotFound = -1404;
const ColumnNotFound = -1507;
const NoCurrentRecord = -1603;
const InvalidOperation = -1906;

// ---- constants (jethdr.w) ---------------------------------------------------------------------------------
const JET_ObjInfo = 0;
const JET_ObjInfoListNoStats = 1;
const JET_ObjInfoList = 2;
const JET_ObjInfoNoStats = 5;
const JET_objtypNil = 0;
const JET_objtypTable = 1;
const JET_objtypDb = 2;

const JET_TblInfo = 0;
const JET_TblInfoName = 1;
const JET_TblInfoDbid = 2;
const JET_TblInfoRetrieveAndReserveAutoIncrement = 16;

const JET_IdxInfo = 0;
const JET_IdxInfoList = 1;
const JET_IdxInfoSysTabCursor = 2;
const JET_IdxInfoCount = 7;
const JET_IdxInfoVarSegMac = 8;
const JET_IdxInfoKeyMost = 10;

const JET_ColInfo = 0;
const JET_ColInfoList = 1;
const JET_ColInfoBase = 4;
const JET_ColInfoListCompact = 5;
const JET_ColInfoByColid = 6;
const JET_ColInfoListSortColumnid = 7;
const JET_ColInfoGrbitMinimalInfo = 0x40000000;

const JET_bitTableInfoBookmark = 0x2;
const JET_bitTableInfoRollback = 0x4;
const JET_bitColumnFixed = 0x1;
const JET_bitColumnUpdatable = 0x8;
const JET_bitTableDenyRead = 0x2;
const JET_bitTableReadOnly = 0x4;
const JET_bitDbReadOnly = 0x1;
const JET_MoveFirst = 0x80000000 | 0;

function world(): { w: Isam; p: People; api: any } {
  const w = isam();
  const p = createPeople(w.api, self(w));
  return { w, p, api: w.emu.api as any };
}

function closedWorld(): { w: Isam; p: People; api: any } {
  const w = isam();
  const p = createPeople(w.api, self(w), true);
  return { w, p, api: w.emu.api as any };
}

const SENTINEL = 'untouched';

// ==========================================================================================================
describe('JetGetTableIndexInfo: order of checks', () => {
  // jetapi.cxx JetGetTableIndexInfoEx (8924-9028): after FEnter the switch on InfoLevel decides
  // InvalidParameter (default) / FeatureNotAvailable (SysTabCursor, OLC, ResetOLC), then `cbResult >= cbMin` decides
  // BufferTooSmall; only then ErrDispGetTableIndexInfo -> info.cxx ErrINFOGetTableIndexInfo (2594) checks the index
  // name with ErrUTILCheckName (2621-2628: InvalidName). So the level and the room win over a bad name.
  it('an unknown level beats a bad index name: InvalidParameter', () => {
    const { w, p, api } = world();
    const box = out<any>(SENTINEL);
    expect(api.JetGetTableIndexInfo(w.ses, p.tableid, 'bad!', box, 4, 99)).toBe(InvalidParameter);
    expect(box.value).toBe(SENTINEL);
  });

  it('too little room beats a bad index name: BufferTooSmall', () => {
    const { w, p, api } = world();
    expect(api.JetGetTableIndexInfo(w.ses, p.tableid, 'bad!', out<any>(), 3, JET_IdxInfoCount)).toBe(BufferTooSmall);
    expect(api.JetGetTableIndexInfo(w.ses, p.tableid, 'bad!', out<any>(), 83, JET_IdxInfoList)).toBe(BufferTooSmall);
    expect(api.JetGetTableIndexInfo(w.ses, p.tableid, 'bad!', out<any>(), 1, JET_IdxInfoKeyMost)).toBe(BufferTooSmall);
  });

  it('JET_IdxInfoSysTabCursor beats a bad index name: FeatureNotAvailable', () => {
    const { w, p, api } = world();
    expect(api.JetGetTableIndexInfo(w.ses, p.tableid, 'bad!', out<any>(), 1000, JET_IdxInfoSysTabCursor)).toBe(FeatureNotAvailable);
  });
});

describe('JetGetTableIndexInfo: sizes and names', () => {
  // jetapi.cxx JetGetTableIndexInfoEx: cbMin is sizeof(ULONG) for Count and sizeof(USHORT) for VarSegMac / KeyMost;
  // the test is `cbResult >= cbMin`, a bigger buffer is fine. info.cxx ErrINFOGetTableIndexInfo (2715-2733,
  // 2735-2763): the `Assert( sizeof(...) == cbMax )` lines are debug-only; retail writes the USHORT / INT.
  it('a buffer larger than the level needs is accepted (Count 8 bytes, KeyMost / VarSegMac 4 bytes)', () => {
    const { w, p, api } = world();
    const n = out<any>();
    expect(api.JetGetTableIndexInfo(w.ses, p.tableid, null, n, 8, JET_IdxInfoCount)).toBe(Success);
    expect(n.value).toBe(3);
    const k = out<any>();
    expect(api.JetGetTableIndexInfo(w.ses, p.tableid, 'byName', k, 4, JET_IdxInfoKeyMost)).toBe(Success);
    expect(k.value).toBe(255);
    const v = out<any>();
    expect(api.JetGetTableIndexInfo(w.ses, p.tableid, 'byName', v, 4, JET_IdxInfoVarSegMac)).toBe(Success);
    expect(v.value).toBe(255);
  });

  // info.cxx ErrINFOGetTableIndexInfo, case JET_IdxInfoCount (2735-2763): the name is only checked (2621-2628), never
  // looked up: cIndexes is 1 plus every accessible secondary index.
  it('JET_IdxInfoCount ignores a valid index name that names no index', () => {
    const { w, p, api } = world();
    const n = out<any>();
    expect(api.JetGetTableIndexInfo(w.ses, p.tableid, 'nosuch', n, 4, JET_IdxInfoCount)).toBe(Success);
    expect(n.value).toBe(3);
  });

  // util.cxx ErrUTILICheckName (192-266): trailing blanks are dropped (pchLast); but the loop stops at
  // JET_cbNameMost (64) characters and a 65th non-NUL character is InvalidName (238-245) even if it is a blank.
  it('index names: trailing blanks dropped, but 65 characters (blanks included) are InvalidName', () => {
    const { w, p, api } = world();
    const l = out<any>();
    expect(api.JetGetTableIndexInfo(w.ses, p.tableid, 'byName   ', l, 88, JET_IdxInfoList)).toBe(Success);
    expect(l.value.cRecord).toBe(1);
    const name64 = 'byName' + ' '.repeat(58);
    const name65 = 'byName' + ' '.repeat(59);
    expect(name64.length).toBe(64);
    expect(api.JetGetTableIndexInfo(w.ses, p.tableid, name64, out<any>(), 88, JET_IdxInfoList)).toBe(Success);
    expect(api.JetGetTableIndexInfo(w.ses, p.tableid, name65, out<any>(), 88, JET_IdxInfoList)).toBe(InvalidName);
    expect(api.JetGetTableIndexInfo(w.ses, p.tableid, ' byName', out<any>(), 88, JET_IdxInfoList)).toBe(InvalidName);
  });

  // util.cxx rgbValidName (165-182): the row 0x78-0x7F is 0x00, so DEL (0x7F) is a valid name character; only
  // 0x00-0x1F, '!', '.', '[' and ']' are refused. A valid name that names nothing is IndexNotFound.
  it('DEL (0x7F) is a valid name character: IndexNotFound, not InvalidName', () => {
    const { w, p, api } = world();
    expect(api.JetGetTableIndexInfo(w.ses, p.tableid, 'by\x7fName', out<any>(), 88, JET_IdxInfoList)).toBe(IndexNotFound);
  });

  // info.cxx ErrINFOGetTableIndexInfo (list helper, 2826-): cbMax >= 88 gives cbStruct 88.
  it('JET_IdxInfo of the named primary index: one row', () => {
    const { w, p, api } = world();
    const l = out<any>();
    expect(api.JetGetTableIndexInfo(w.ses, p.tableid, 'primary', l, 88, JET_IdxInfo)).toBe(Success);
    expect(l.value.cbStruct).toBe(88);
    expect(l.value.cRecord).toBe(1);
  });
});

// ==========================================================================================================
describe('JetGetIndexInfo', () => {
  // info.cxx ErrIsamGetIndexInfo (2389-2470): ErrUTILCheckName( szTableName, szTable ) runs on the table name with no
  // NULL test first; util.cxx ErrUTILICheckName (204-209): NULL == szName is InvalidName. (Contrast
  // ErrIsamGetColumnInfo, 1690-1691, which tests NULL and answers InvalidParameter.)
  it('a NULL table name is InvalidName', () => {
    const { w, api } = closedWorld();
    expect(api.JetGetIndexInfo(w.ses, w.dbid, null, null, out<any>(), 4, JET_IdxInfoCount)).toBe(InvalidName);
    expect(api.JetGetIndexInfo(w.ses, w.dbid, '', null, out<any>(), 4, JET_IdxInfoCount)).toBe(InvalidName);
  });

  // info.cxx ErrIsamGetIndexInfo (2412-2427): for JET_IdxInfoVarSegMac and JET_IdxInfoKeyMost the table is not
  // opened (no ErrFILEOpenTable): FCATHashLookup / ErrCATSeekTable read the catalog, then cat.cxx
  // ErrCATGetIndexKeyMost / ErrCATGetIndexVarSegMac (4814-4935) read the index row. Another session's DenyRead
  // cursor therefore does not lock these levels out (it does lock out JET_IdxInfoCount, which opens the table).
  for (const level of [JET_IdxInfoKeyMost, JET_IdxInfoVarSegMac]) {
    it(`${level === JET_IdxInfoKeyMost ? 'JET_IdxInfoKeyMost' : 'JET_IdxInfoVarSegMac'} does not open the table: another session's DenyRead cursor is no obstacle`, () => {
      const { w, api } = closedWorld();
      const other = peer(w);
      openTable(w.api, other, PEOPLE, JET_bitTableDenyRead);
      expect(api.JetGetIndexInfo(w.ses, w.dbid, PEOPLE, null, out<any>(), 4, JET_IdxInfoCount)).toBe(TableLocked);
      const k = out<any>();
      expect(api.JetGetIndexInfo(w.ses, w.dbid, PEOPLE, 'byName', k, 2, level)).toBe(Success);
      expect(k.value).toBe(255);
    });
  }

  // info.cxx ErrIsamGetIndexInfo: the table (name check, then ErrCATSeekTable / ErrFILEOpenTable: ObjectNotFound)
  // comes before ErrINFOGetTableIndexInfo's index-name check (2621-2628).
  it('the table is looked up before the index name is checked', () => {
    const { w, api } = closedWorld();
    expect(api.JetGetIndexInfo(w.ses, w.dbid, 'nosuch', 'bad!', out<any>(), 4, JET_IdxInfoCount)).toBe(ObjectNotFound);
    expect(api.JetGetIndexInfo(w.ses, w.dbid, 'nosuch', 'bad!', out<any>(), 2, JET_IdxInfoKeyMost)).toBe(ObjectNotFound);
    expect(api.JetGetIndexInfo(w.ses, w.dbid, PEOPLE, 'bad!', out<any>(), 2, JET_IdxInfoKeyMost)).toBe(InvalidName);
  });

  // jetapi.cxx FEnter( sesid, dbid ) (4293-4324) answers InvalidDatabaseId before JetGetIndexInfoEx's level switch.
  it('a bad dbid beats a bad level', () => {
    const { w, api } = closedWorld();
    expect(api.JetGetIndexInfo(w.ses, 4321, PEOPLE, null, out<any>(), 4, 99)).toBe(InvalidDatabaseId);
  });
});

// ==========================================================================================================
describe('JetGetObjectInfo', () => {
  // jetapi.cxx JetGetObjectInfoEx (9224-9304): ObjInfo / ObjInfoNoStats need sizeof(JET_OBJECTINFO) (40),
  // ObjInfoList / ObjInfoListNoStats sizeof(JET_OBJECTLIST) (56); SysTabCursor (3), ListACM (4), SysTabReadOnly (6),
  // RulesLoaded (7) are FeatureNotAvailable; anything else InvalidParameter. All before ErrIsamGetObjectInfo.
  for (const level of [3, 4, 6, 7]) {
    for (const cb of [0, 1000]) {
      it(`JetGetObjectInfo level ${level} (cbMax ${cb}) is FeatureNotAvailable`, () => {
        const { w, api } = closedWorld();
        expect(api.JetGetObjectInfo(w.ses, w.dbid, JET_objtypTable, null, null, out<any>(), cb, level)).toBe(FeatureNotAvailable);
      });
    }
  }
  for (const level of [8, 99]) {
    it(`level ${level} is InvalidParameter`, () => {
      const { w, api } = closedWorld();
      expect(api.JetGetObjectInfo(w.ses, w.dbid, JET_objtypTable, null, PEOPLE, out<any>(), 1000, level)).toBe(InvalidParameter);
    });
  }

  it('room: 40 for ObjInfo / ObjInfoNoStats, 56 for the two list levels; checked before the names', () => {
    const { w, api } = closedWorld();
    expect(api.JetGetObjectInfo(w.ses, w.dbid, JET_objtypTable, 'bad!', 'bad!', out<any>(), 39, JET_ObjInfoNoStats)).toBe(BufferTooSmall);
    expect(api.JetGetObjectInfo(w.ses, w.dbid, JET_objtypTable, 'bad!', 'bad!', out<any>(), 55, JET_ObjInfoListNoStats)).toBe(BufferTooSmall);
    const box = out<any>(SENTINEL);
    expect(api.JetGetObjectInfo(w.ses, w.dbid, JET_objtypTable, null, PEOPLE, box, 39, JET_ObjInfo)).toBe(BufferTooSmall);
    expect(box.value).toBe(SENTINEL);
  });

  // info.cxx ErrIsamGetObjectInfo (599-697): a non-empty container name is checked (ErrUTILCheckName: InvalidName)
  // and must be "Tables" (_stricmp), else ObjectNotFound (623-633) -- for every level, the list ones included.
  // Then a non-empty object name is checked (636-639) -- also for the list levels, which never use it.
  const cases: Array<[string, string | null, string | null, number, number, number]> = [
    ['container "tables" (any case), JET_ObjInfo', 'tables', PEOPLE, 40, JET_ObjInfo, Success],
    ['container "", JET_ObjInfo', '', PEOPLE, 40, JET_ObjInfo, Success],
    ['container "Foo", JET_ObjInfo', 'Foo', PEOPLE, 40, JET_ObjInfo, ObjectNotFound],
    ['container "Foo", JET_ObjInfoList', 'Foo', null, 56, JET_ObjInfoList, ObjectNotFound],
    ['container "bad!", JET_ObjInfoList', 'bad!', null, 56, JET_ObjInfoList, InvalidName],
    ['container "bad!", JET_ObjInfo', 'bad!', PEOPLE, 40, JET_ObjInfo, InvalidName],
    ['container "Foo" is checked before a bad object name', 'Foo', 'bad!', 40, JET_ObjInfo, ObjectNotFound],
    ['container "TABLES", JET_ObjInfoList', 'TABLES', null, 56, JET_ObjInfoList, Success],
    ['list levels check the object name: "bad!" is InvalidName', null, 'bad!', 56, JET_ObjInfoList, InvalidName],
    ['list levels check the object name: " x" is InvalidName', null, ' x', 56, JET_ObjInfoListNoStats, InvalidName],
    ['list levels ignore a valid object name that names nothing', null, 'nosuch', 56, JET_ObjInfoList, Success],
    // info.cxx ErrIsamGetObjectInfo (636-639): NULL or "" object name becomes ""; cat.cxx ErrCATGetTableInfoCursor
    // (4416-4431): an empty name is ObjectNotFound. util.cxx: a leading blank is InvalidName, trailing blanks drop.
    ['JET_ObjInfo, NULL object name: ObjectNotFound', null, null, 40, JET_ObjInfo, ObjectNotFound],
    ['JET_ObjInfo, "" object name: ObjectNotFound', null, '', 40, JET_ObjInfo, ObjectNotFound],
    ['JET_ObjInfoNoStats, "" object name: ObjectNotFound', null, '', 40, JET_ObjInfoNoStats, ObjectNotFound],
    ['JET_ObjInfo, " people": InvalidName', null, ' people', 40, JET_ObjInfo, InvalidName],
    ['JET_ObjInfo, "people   ": found', null, 'people   ', 40, JET_ObjInfo, Success],
    ['JET_ObjInfo, "people" + 59 blanks (65 chars): InvalidName', null, 'people' + ' '.repeat(59), 40, JET_ObjInfo, InvalidName],
  ];
  for (const [title, container, object, cb, level, expected] of cases) {
    it(title, () => {
      const { w, api } = closedWorld();
      const box = out<any>();
      const rc = api.JetGetObjectInfo(w.ses, w.dbid, JET_objtypTable, container, object, box, cb, level);
      if (rc === Success && (level === JET_ObjInfoList || level === JET_ObjInfoListNoStats)) {
        expect(api.JetCloseTable(w.ses, box.value.tableid)).toBe(Success);
      }
      expect(rc).toBe(expected);
    });
  }

  // info.cxx ErrIsamGetObjectInfo passes objtyp only to ErrInfoGetObjectInfoList; ErrInfoGetObjectInfo (699-777)
  // never reads it. ErrInfoGetObjectInfoList (779-): an objtyp other than Nil / Table gives an empty list (Success).
  it('objtyp: ignored by JET_ObjInfo; JET_objtypDb lists nothing', () => {
    const { w, api } = closedWorld();
    const o = out<any>();
    expect(api.JetGetObjectInfo(w.ses, w.dbid, JET_objtypDb, null, PEOPLE, o, 40, JET_ObjInfo)).toBe(Success);
    expect(o.value.objtyp).toBe(JET_objtypTable);
    expect(api.JetGetObjectInfo(w.ses, w.dbid, 99, null, PEOPLE, out<any>(), 40, JET_ObjInfo)).toBe(Success);
    const l = out<any>();
    expect(api.JetGetObjectInfo(w.ses, w.dbid, JET_objtypDb, null, null, l, 56, JET_ObjInfoList)).toBe(Success);
    expect(l.value.cRecord).toBe(0);
    expect(api.JetCloseTable(w.ses, l.value.tableid)).toBe(Success);
    const n = out<any>();
    expect(api.JetGetObjectInfo(w.ses, w.dbid, JET_objtypNil, null, null, n, 56, JET_ObjInfoList)).toBe(Success);
    expect(n.value.cRecord).toBe(1);
    expect(api.JetCloseTable(w.ses, n.value.tableid)).toBe(Success);
  });

  // info.cxx ErrInfoGetObjectInfo (740-762): JET_ObjInfo reads the stats (ErrSTATSRetrieveTableStats),
  // JET_ObjInfoNoStats writes cRecord = cPage = 0.
  it('JET_ObjInfoNoStats reports 0 records after JetComputeStats, JET_ObjInfo the computed count', () => {
    const w = isam();
    const api = w.emu.api as any;
    const p = createPeople(w.api, self(w));
    fill(w.api, w.ses, p, [[1, 'a', 1], [2, 'b', 2]]);
    expect(api.JetComputeStats(w.ses, p.tableid)).toBe(Success);
    const s = out<any>();
    expect(api.JetGetObjectInfo(w.ses, w.dbid, JET_objtypTable, null, PEOPLE, s, 40, JET_ObjInfo)).toBe(Success);
    expect(s.value.cRecord).toBe(2);
    const n = out<any>();
    expect(api.JetGetObjectInfo(w.ses, w.dbid, JET_objtypTable, null, PEOPLE, n, 40, JET_ObjInfoNoStats)).toBe(Success);
    expect(n.value.cRecord).toBe(0);
  });

  it('a bad dbid beats a bad level (FEnter( sesid, dbid ))', () => {
    const { w, api } = closedWorld();
    expect(api.JetGetObjectInfo(w.ses, 4321, JET_objtypTable, null, null, out<any>(), 56, 99)).toBe(InvalidDatabaseId);
  });
});

// ==========================================================================================================
describe('JetGetTableColumnInfo', () => {
  // jetapi.cxx maskGetColumInfoGrbits (10211) = NonDerivedColumnsOnly | MinimalInfo | SortByColumnid | Compacting
  // (0xF0000000); JetGetTableColumnInfoEx's switch (10249-10272) on the rest: 0, 6 -> 28 bytes; 1, 5, 7 -> 80;
  // 4, 8 -> 540; 3 FeatureNotAvailable; any other value (2, 9, 0x08000000) InvalidParameter.
  it('levels: 2, 9 and a non-grbit high bit are InvalidParameter; MinimalInfo with JET_ColInfo is accepted', () => {
    const { w, p, api } = world();
    expect(api.JetGetTableColumnInfo(w.ses, p.tableid, 'id', out<any>(), 1000, 2)).toBe(InvalidParameter);
    expect(api.JetGetTableColumnInfo(w.ses, p.tableid, 'id', out<any>(), 1000, 9)).toBe(InvalidParameter);
    expect(api.JetGetTableColumnInfo(w.ses, p.tableid, 'id', out<any>(), 1000, 0x08000000)).toBe(InvalidParameter);
    expect(api.JetGetTableColumnInfo(w.ses, p.tableid, 'id', out<any>(), 28, JET_ColInfo | JET_ColInfoGrbitMinimalInfo)).toBe(Success);
  });

  it('JET_ColInfoListCompact and JET_ColInfoListSortColumnid need 80 bytes and answer a list', () => {
    const { w, p, api } = world();
    for (const level of [JET_ColInfoListCompact, JET_ColInfoListSortColumnid]) {
      expect(api.JetGetTableColumnInfo(w.ses, p.tableid, null, out<any>(), 79, level)).toBe(BufferTooSmall);
      const l = out<any>();
      expect(api.JetGetTableColumnInfo(w.ses, p.tableid, null, l, 80, level)).toBe(Success);
      expect(l.value.cRecord).toBe(4);
      expect(api.JetCloseTable(w.ses, l.value.tableid)).toBe(Success);
    }
  });

  // info.cxx ErrIsamGetTableColumnInfo (1744-1773): a non-empty name is checked (InvalidName) for every level;
  // the list levels (1791-1799) never look it up.
  it('JET_ColInfoList: a valid name that names no column is ignored; a leading blank is InvalidName', () => {
    const { w, p, api } = world();
    const l = out<any>();
    expect(api.JetGetTableColumnInfo(w.ses, p.tableid, 'nosuch', l, 80, JET_ColInfoList)).toBe(Success);
    expect(l.value.cRecord).toBe(4);
    expect(api.JetCloseTable(w.ses, l.value.tableid)).toBe(Success);
    expect(api.JetGetTableColumnInfo(w.ses, p.tableid, ' id', out<any>(), 80, JET_ColInfoList)).toBe(InvalidName);
  });

  // util.cxx ErrUTILICheckName: trailing blanks are dropped; a 65th character, blank or not, is InvalidName.
  it('column names: trailing blanks dropped, 65 characters InvalidName, DEL valid', () => {
    const { w, p, api } = world();
    const d = out<any>();
    expect(api.JetGetTableColumnInfo(w.ses, p.tableid, 'age   ', d, 28, JET_ColInfo)).toBe(Success);
    expect(d.value.columnid).toBe(p.age);
    expect(api.JetGetTableColumnInfo(w.ses, p.tableid, 'age' + ' '.repeat(61), out<any>(), 28, JET_ColInfo)).toBe(Success);
    expect(api.JetGetTableColumnInfo(w.ses, p.tableid, 'age' + ' '.repeat(62), out<any>(), 28, JET_ColInfo)).toBe(InvalidName);
    expect(api.JetGetTableColumnInfo(w.ses, p.tableid, 'a\x7fge', out<any>(), 28, JET_ColInfo)).toBe(ColumnNotFound);
    expect(api.JetGetTableColumnInfo(w.ses, p.tableid, 'a]ge', out<any>(), 28, JET_ColInfo)).toBe(InvalidName);
  });

  // info.cxx ErrInfoGetTableColumnInfoBase (2314-2340): an empty name without a colid keeps "" as the name and
  // ErrINFOGetTableColumnInfo (254-255) answers ColumnNotFound.
  it('JET_ColInfoBase with a NULL or empty name: ColumnNotFound, nothing written', () => {
    const { w, p, api } = world();
    const box = out<any>(SENTINEL);
    expect(api.JetGetTableColumnInfo(w.ses, p.tableid, null, box, 540, JET_ColInfoBase)).toBe(ColumnNotFound);
    expect(api.JetGetTableColumnInfo(w.ses, p.tableid, '', box, 540, JET_ColInfoBase)).toBe(ColumnNotFound);
    expect(box.value).toBe(SENTINEL);
  });

  // info.cxx ErrINFOGetTableColumnInfo (393-398): wCountry = countryDefault (norm.hxx: 1); langid =
  // LangidFromLcid( lcid of the instance's default locale ), the default locale being L"en-US" (os/norm.cxx 20),
  // LCID 0x409 = 1033. ErrInfoGetTableColumnInfo (1862-1871) copies both into the JET_COLUMNDEF.
  it('JET_ColInfo: wCountry 1 and langid 1033 (en-US)', () => {
    const { w, p, api } = world();
    const d = out<any>();
    expect(api.JetGetTableColumnInfo(w.ses, p.tableid, 'age', d, 28, JET_ColInfo)).toBe(Success);
    expect({ wCountry: d.value.wCountry, langid: d.value.langid }).toEqual({ wCountry: 1, langid: 1033 });
  });

  // info.cxx ErrINFOSetTableColumnInfoList (1879-2070): the list rows carry the same wCountry / langid
  // (ErrDispSetColumn of pcolumndef->wCountry / ->langid into iColumnCountry / iColumnLangid, 1946-1963).
  it('JET_ColInfoList rows: country 1, langid 1033', () => {
    const { w, p, api } = world();
    const l = out<any>();
    expect(api.JetGetTableColumnInfo(w.ses, p.tableid, null, l, 80, JET_ColInfoList)).toBe(Success);
    const b = new Uint8Array(2);
    expect(api.JetRetrieveColumn(w.ses, l.value.tableid, l.value.columnidCountry, b, 2, null, 0, null)).toBe(Success);
    const c = new Uint8Array(2);
    expect(api.JetRetrieveColumn(w.ses, l.value.tableid, l.value.columnidLangid, c, 2, null, 0, null)).toBe(Success);
    expect({ country: b[0] | (b[1] << 8), langid: c[0] | (c[1] << 8) }).toEqual({ country: 1, langid: 1033 });
  });

  // info.cxx ErrINFOSetTableColumnInfoList (1944 `if ( !fMinimalInfo )`): with JET_ColInfoGrbitMinimalInfo only the
  // name and the column id are set; the type column stays NULL (JET_wrnColumnNull 1004).
  it('JET_ColInfoList | JET_ColInfoGrbitMinimalInfo: only name and columnid, the coltyp column is NULL', () => {
    const { w, p, api } = world();
    const l = out<any>();
    expect(api.JetGetTableColumnInfo(w.ses, p.tableid, null, l, 80, JET_ColInfoList | JET_ColInfoGrbitMinimalInfo)).toBe(Success);
    const id = new Uint8Array(4);
    expect(api.JetRetrieveColumn(w.ses, l.value.tableid, l.value.columnidcolumnid, id, 4, null, 0, null)).toBe(Success);
    const t = new Uint8Array(4);
    expect(api.JetRetrieveColumn(w.ses, l.value.tableid, l.value.columnidcoltyp, t, 4, null, 0, null)).toBe(1004);
  });

  // info.cxx ErrINFOGetTableColumnInfo (363-364): JET_bitColumnUpdatable iff FFUCBUpdatable( pfucb );
  // fileopen.cxx (1228-1236): a JET_bitTableReadOnly open resets it.
  it('a read-only cursor reports no JET_bitColumnUpdatable', () => {
    const { w, api } = closedWorld();
    const t = openTable(w.api, self(w), PEOPLE, JET_bitTableReadOnly);
    const d = out<any>();
    expect(api.JetGetTableColumnInfo(w.ses, t, 'age', d, 28, JET_ColInfo)).toBe(Success);
    expect(d.value.grbit).toBe(JET_bitColumnFixed);
  });
});

// ==========================================================================================================
describe('JetGetColumnInfo', () => {
  // jetapi.cxx JetGetColumnInfoEx (10480-10579): level, then room; then info.cxx ErrIsamGetColumnInfo (1669-1715):
  // NULL table InvalidParameter (1690-1691), ErrUTILCheckName (InvalidName), ErrFILEOpenTable (ObjectNotFound), then
  // ErrIsamGetTableColumnInfo's column-name check (InvalidName).
  it('order: level, room, NULL table, table name, table, column name', () => {
    const { w, api } = closedWorld();
    expect(api.JetGetColumnInfo(w.ses, w.dbid, null, 'id', out<any>(), 28, 99)).toBe(InvalidParameter);
    expect(api.JetGetColumnInfo(w.ses, w.dbid, null, 'id', out<any>(), 27, JET_ColInfo)).toBe(BufferTooSmall);
    expect(api.JetGetColumnInfo(w.ses, w.dbid, null, 'bad!', out<any>(), 28, JET_ColInfo)).toBe(InvalidParameter);
    expect(api.JetGetColumnInfo(w.ses, w.dbid, '', 'id', out<any>(), 28, JET_ColInfo)).toBe(InvalidName);
    expect(api.JetGetColumnInfo(w.ses, w.dbid, 'nosuch', 'bad!', out<any>(), 28, JET_ColInfo)).toBe(ObjectNotFound);
    expect(api.JetGetColumnInfo(w.ses, w.dbid, PEOPLE, 'bad!', out<any>(), 28, JET_ColInfo)).toBe(InvalidName);
    expect(api.JetGetColumnInfo(w.ses, w.dbid, 'people  ', 'id  ', out<any>(), 28, JET_ColInfo)).toBe(Success);
  });

  it('a bad dbid beats a bad level (FEnter( sesid, dbid ))', () => {
    const { w, api } = closedWorld();
    expect(api.JetGetColumnInfo(w.ses, 4321, PEOPLE, 'id', out<any>(), 28, 99)).toBe(InvalidDatabaseId);
  });

  it('by column id: the JET_COLUMNDEF of that column, wCountry 1 and langid 1033 (info.cxx 393-398)', () => {
    const { w, p, api } = closedWorld();
    const d = out<any>();
    expect(api.JetGetColumnInfo(w.ses, w.dbid, PEOPLE, p.id, d, 28, JET_ColInfoByColid)).toBe(Success);
    expect(d.value).toMatchObject({ columnid: p.id, wCountry: 1, langid: 1033, grbit: JET_bitColumnFixed });
  });
});

// ==========================================================================================================
describe('JetGetTableInfo', () => {
  // info.cxx ErrIsamGetTableInfo, JET_TblInfoDbid (1502-1514): only cbMax < sizeof(JET_DBID) is refused.
  it('JET_TblInfoDbid with 8 bytes of room succeeds', () => {
    const { w, p, api } = world();
    const b = out<any>();
    expect(api.JetGetTableInfo(w.ses, p.tableid, b, 8, JET_TblInfoDbid)).toBe(Success);
    expect(b.value).toBe(w.dbid);
  });

  // info.cxx JET_TblInfoName (1460-1474): strlen( name ) >= cbMax is BufferTooSmall, nothing copied.
  it('JET_TblInfoName with cbMax 0: BufferTooSmall, nothing written', () => {
    const { w, p, api } = world();
    const b = out<any>(SENTINEL);
    expect(api.JetGetTableInfo(w.ses, p.tableid, b, 0, JET_TblInfoName)).toBe(BufferTooSmall);
    expect(b.value).toBe(SENTINEL);
  });

  // fldmod.cxx ErrRECRetrieveAndReserveAutoInc (530-578): no autoincrement column (InvalidOperation, 545-550) is
  // checked before the size (InvalidBufferSize, 560-563).
  it('JET_TblInfoRetrieveAndReserveAutoIncrement without an autoincrement column: InvalidOperation whatever the size', () => {
    const { w, p, api } = world();
    expect(api.JetGetTableInfo(w.ses, p.tableid, out<any>(), 3, JET_TblInfoRetrieveAndReserveAutoIncrement)).toBe(InvalidOperation);
    expect(api.JetGetTableInfo(w.ses, p.tableid, out<any>(), 0, JET_TblInfoRetrieveAndReserveAutoIncrement)).toBe(InvalidOperation);
  });

  // info.cxx ErrIsamGetTableInfo JET_TblInfo (1382-1458): cRecord from ErrSTATSRetrieveTableStats.
  it('JET_TblInfo reports the record count JetComputeStats stored', () => {
    const w = isam();
    const api = w.emu.api as any;
    const p = createPeople(w.api, self(w));
    fill(w.api, w.ses, p, [[1, 'a', 1], [2, 'b', 2], [3, 'c', 3]]);
    expect(api.JetComputeStats(w.ses, p.tableid)).toBe(Success);
    const b = out<any>();
    expect(api.JetGetTableInfo(w.ses, p.tableid, b, 40, JET_TblInfo)).toBe(Success);
    expect(b.value.cRecord).toBe(3);
  });
});

// ==========================================================================================================
describe('JetGetCursorInfo', () => {
  // info.cxx ErrIsamGetCursorInfo (4297-4355): `cbMax != 0 || InfoLevel != 0` is InvalidParameter (4314-4315)
  // before the currency test (NoCurrentRecord, 4317-4318).
  it('InvalidParameter (size or level) before NoCurrentRecord', () => {
    const { w, p, api } = world();
    expect(api.JetGetCursorInfo(w.ses, p.tableid, null, 0, 0)).toBe(NoCurrentRecord);
    expect(api.JetGetCursorInfo(w.ses, p.tableid, null, 1, 0)).toBe(InvalidParameter);
    expect(api.JetGetCursorInfo(w.ses, p.tableid, null, 0, 1)).toBe(InvalidParameter);
  });

  it('on a record: Success', () => {
    const { w, p, api } = world();
    fill(w.api, w.ses, p, [[1, 'a', 1]]);
    expect(api.JetMove(w.ses, p.tableid, JET_MoveFirst, 0)).toBe(Success);
    expect(api.JetGetCursorInfo(w.ses, p.tableid, null, 0, 0)).toBe(Success);
  });
});

// ==========================================================================================================
describe('JetGetCurrentIndex', () => {
  // rec.cxx ErrIsamGetCurrentIndex (4743-4860): cbMax < 1 is wrnBufferTruncated; otherwise OSStrCbCopyA into cbMax
  // (capped at JET_cbNameMost + 1) bytes: cbMax 1 holds only the NUL.
  it('cbIndexName 1: the empty string, Success; 0: wrnBufferTruncated', () => {
    const { w, p, api } = world();
    const b = out<any>(SENTINEL);
    expect(api.JetGetCurrentIndex(w.ses, p.tableid, b, 1)).toBe(Success);
    expect(b.value).toBe('');
    const c = out<any>(SENTINEL);
    expect(api.JetGetCurrentIndex(w.ses, p.tableid, c, 0)).toBe(wrnBufferTruncated);
    expect(c.value).toBe(SENTINEL);
    expect(api.JetSetCurrentIndex(w.ses, p.tableid, 'byName')).toBe(Success);
    const d = out<any>();
    expect(api.JetGetCurrentIndex(w.ses, p.tableid, d, 1000)).toBe(Success);
    expect(d.value).toBe('byName');
  });
});

// ==========================================================================================================
describe('a read-only attachment', () => {
  // fucb.cxx (106-112): a cursor is updatable only when the database is not attached read-only. So:
  //  - info.cxx ErrInfoGetObjectInfo (720-724) and ErrInfoGetObjectInfoList (831-833): the catalog cursor is not
  //    updatable, no JET_bitTableInfoUpdatable in grbit;
  //  - info.cxx ErrIsamGetTableInfo JET_TblInfo (1436-1438): no JET_bitTableInfoUpdatable;
  //  - info.cxx ErrINFOGetTableColumnInfo (363-364): no JET_bitColumnUpdatable.
  function readOnly(): { w: Isam; api: any; dbid: number } {
    const w = isam('ro.edb');
    const api = w.emu.api as any;
    createPeople(w.api, self(w), true);
    expect(api.JetCloseDatabase(w.ses, w.dbid, 0)).toBe(Success);
    expect(api.JetDetachDatabase(w.ses, 'ro.edb')).toBe(Success);
    expect(api.JetAttachDatabase(w.ses, 'ro.edb', JET_bitDbReadOnly)).toBe(Success);
    const dbid = out<any>();
    expect(api.JetOpenDatabase(w.ses, 'ro.edb', null, dbid, JET_bitDbReadOnly)).toBe(Success);
    return { w, api, dbid: dbid.value };
  }
  const ro = JET_bitTableInfoBookmark | JET_bitTableInfoRollback;

  it('JET_ObjInfo: grbit without Updatable', () => {
    const { w, api, dbid } = readOnly();
    const o = out<any>();
    expect(api.JetGetObjectInfo(w.ses, dbid, JET_objtypTable, null, PEOPLE, o, 40, JET_ObjInfo)).toBe(Success);
    expect(o.value.grbit).toBe(ro);
  });

  it('JET_ObjInfoList: the grbit column without Updatable', () => {
    const { w, api, dbid } = readOnly();
    const l = out<any>();
    expect(api.JetGetObjectInfo(w.ses, dbid, JET_objtypTable, null, null, l, 56, JET_ObjInfoList)).toBe(Success);
    const b = new Uint8Array(4);
    expect(api.JetRetrieveColumn(w.ses, l.value.tableid, l.value.columnidgrbit, b, 4, null, 0, null)).toBe(Success);
    expect(b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24)).toBe(ro);
  });

  it('JET_TblInfo and JET_ColInfo on a cursor: nothing updatable', () => {
    const { w, api, dbid } = readOnly();
    const t = out<any>();
    expect(api.JetOpenTable(w.ses, dbid, PEOPLE, null, 0, 0, t)).toBe(Success);
    const o = out<any>();
    expect(api.JetGetTableInfo(w.ses, t.value, o, 40, JET_TblInfo)).toBe(Success);
    expect(o.value.grbit).toBe(ro);
    const d = out<any>();
    expect(api.JetGetTableColumnInfo(w.ses, t.value, 'age', d, 28, JET_ColInfo)).toBe(Success);
    expect(d.value.grbit & JET_bitColumnUpdatable).toBe(0);
  });
});

void JET_IdxInfo; void JET_ColInfoByColid; void JET_ObjInfoListNoStats;
