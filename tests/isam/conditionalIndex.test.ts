/**
 * Conditional indexes (JET_INDEXCREATE rgconditionalcolumn / cConditionalColumn), from the engine's rules:
 * - fcreate.cxx (index creation): a primary index with conditional columns is JET_errIndexInvalidDef; after the
 *   key segments, more than JET_ccolKeyMost (16) conditional columns is IndexInvalidDef; each one's cbStruct must be
 *   sizeof(JET_CONDITIONALCOLUMN) (IndexInvalidDef), its grbit exactly JET_bitIndexColumnMustBeNull or
 *   JET_bitIndexColumnMustBeNonNull (JET_errInvalidGrbit), its column one of the table's (JET_errColumnNotFound).
 * - fldnorm.cxx ErrRECRetrieveKeyFromRecord: each condition reads the column's first value; MustBeNull with a
 *   value, or MustBeNonNull without one, is wrnFLDNotPresentInIndex and (recupd.cxx ErrRECIEnumerateKeys) the
 *   record gets no entry in the index.
 */
import {
  out, JET_coltypLong, JET_bitIndexColumnMustBeNonNull, JET_bitIndexDisallowNull, JET_bitIndexColumnMustBeNull, JET_bitIndexPrimary, JET_bitSeekEQ, JET_errColumnNotFound,
  JET_errIndexInvalidDef, JET_errInvalidGrbit, JET_errNoCurrentRecord, JET_errNullKeyDisallowed, JET_errSuccess, JET_MoveNext, JET_prepReplace,
} from '../../src';
import type { JET_TABLEID } from '../../src';
import { addColumn, createPeople, fill, int32, intOf, isam, scan, seekInt, self } from '../support/isam';
import type { Isam, JET_INDEXCREATE, People } from '../support/isam';

/** ids 1..5; ages 1 -> 10, 2 -> NULL, 3 -> 30, 4 -> NULL, 5 -> 50; names all set. */
function world(): { w: Isam; p: People } {
  const w = isam();
  const p = createPeople(w.api, self(w));
  fill(w.api, w.ses, p, [[1, 'e', 10], [2, 'd', null], [3, 'c', 30], [4, 'b', null], [5, 'a', 50]]);
  return { w, p };
}

function conditional(name: string, grbit: number, column = 'age', extra: Partial<JET_INDEXCREATE> = {}): JET_INDEXCREATE {
  const szKey = '+name\0\0';
  return {
    szIndexName: name, szKey, cbKey: szKey.length, grbit: 0,
    rgconditionalcolumn: [{ cbStruct: 24, szColumnName: column, grbit }], cConditionalColumn: 1, ...extra,
  };
}

function create(w: Isam, p: People, ...ics: JET_INDEXCREATE[]): number {
  return w.api.JetCreateIndex2(w.ses, p.tableid, ics, ics.length);
}

function idsIn(w: Isam, p: People, index: string): Array<number | null> {
  expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, index)).toBe(JET_errSuccess);
  return scan(w.api, w.ses, p.tableid, p.id);
}

describe('conditional indexes', () => {
  test('MustBeNonNull keeps the records with a value in the column, MustBeNull those without (built over existing records)', () => {
    const { w, p } = world();
    expect(create(w, p, conditional('withAge', JET_bitIndexColumnMustBeNonNull), conditional('noAge', JET_bitIndexColumnMustBeNull)))
      .toBe(JET_errSuccess);
    // byName order: a(5) b(4) c(3) d(2) e(1).
    expect(idsIn(w, p, 'withAge')).toEqual([5, 3, 1]);
    expect(idsIn(w, p, 'noAge')).toEqual([4, 2]);
  });

  test('updates move a record into and out of the index as the condition changes', () => {
    const { w, p } = world();
    expect(create(w, p, conditional('withAge', JET_bitIndexColumnMustBeNonNull))).toBe(JET_errSuccess);
    fill(w.api, w.ses, p, [[6, 'f', 60], [7, 'g', null]]);
    expect(idsIn(w, p, 'withAge')).toEqual([5, 3, 1, 6]);
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, null)).toBe(JET_errSuccess);
    // Record 2 gets an age, record 3 loses its one.
    for (const [id, age] of [[2, 20], [3, null]] as Array<[number, number | null]>) {
      expect(seekInt(w.api, w.ses, p.tableid, id, JET_bitSeekEQ)).toBe(JET_errSuccess);
      expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepReplace)).toBe(JET_errSuccess);
      const v = age === null ? null : int32(age);
      expect(w.api.JetSetColumn(w.ses, p.tableid, p.age, v, v === null ? 0 : 4, 0, null)).toBe(JET_errSuccess);
      expect(w.api.JetUpdate(w.ses, p.tableid, null, 0, null)).toBe(JET_errSuccess);
    }
    expect(idsIn(w, p, 'withAge')).toEqual([5, 2, 1, 6]);
  });

  test('JetGotoBookmark to a record the index leaves out: NoCurrentRecord, before the first entry', () => {
    // rec.cxx ErrRECIGotoBookmark: wrnFLDNotPresentInIndex -> DIRBeforeFirst and JET_errNoCurrentRecord.
    const { w, p } = world();
    expect(create(w, p, conditional('withAge', JET_bitIndexColumnMustBeNonNull))).toBe(JET_errSuccess);
    expect(seekInt(w.api, w.ses, p.tableid, 2, JET_bitSeekEQ)).toBe(JET_errSuccess);
    const bm = new Uint8Array(16);
    const cb = out<number>(0);
    expect(w.api.JetGetBookmark(w.ses, p.tableid, bm, 16, cb)).toBe(JET_errSuccess);
    expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, 'withAge')).toBe(JET_errSuccess);
    expect(w.api.JetGotoBookmark(w.ses, p.tableid, bm, cb.value)).toBe(JET_errNoCurrentRecord);
    // Before the first entry: the next move lands on the first one, a(5).
    expect(w.api.JetMove(w.ses, p.tableid, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(intOf(w.api, w.ses, p.tableid, p.id)).toBe(5);
  });

  test('DisallowNull: a NULL key refuses the index build, but a record the condition leaves out has no key to refuse', () => {
    // fcreate.cxx ErrFILEIBuildIndex: FNoNullSeg with a NULL-segment warning is JET_errNullKeyDisallowed; fldnorm.cxx
    // answers wrnFLDNotPresentInIndex before looking at the key's segments.
    const { w, p } = world();
    const plain: JET_INDEXCREATE = { szIndexName: 'ageNN', szKey: '+age\0\0', cbKey: 6, grbit: JET_bitIndexDisallowNull };
    expect(create(w, p, plain)).toBe(JET_errNullKeyDisallowed);
    const withAge = conditional('ageNN', JET_bitIndexColumnMustBeNonNull, 'age', { szKey: '+age\0\0', cbKey: 6, grbit: JET_bitIndexDisallowNull });
    expect(create(w, p, withAge)).toBe(JET_errSuccess);
    // Record 9 without an age is outside the index: no NullKeyDisallowed.
    fill(w.api, w.ses, p, [[9, 'z', null]]);
    expect(idsIn(w, p, 'ageNN')).toEqual([1, 3, 5]);
  });

  test('a condition on the key column itself: MustBeNull on name leaves only NULL-name records', () => {
    const { w, p } = world();
    fill(w.api, w.ses, p, [[6, null, 1]]);
    expect(create(w, p, conditional('nullNames', JET_bitIndexColumnMustBeNull, 'name'))).toBe(JET_errSuccess);
    expect(idsIn(w, p, 'nullNames')).toEqual([6]);
  });

  test('bad definitions: the grbit, cbStruct, column and count', () => {
    const { w, p } = world();
    expect(create(w, p, conditional('x', 0))).toBe(JET_errInvalidGrbit);
    expect(create(w, p, conditional('x', JET_bitIndexColumnMustBeNull | JET_bitIndexColumnMustBeNonNull))).toBe(JET_errInvalidGrbit);
    expect(create(w, p, conditional('x', JET_bitIndexColumnMustBeNull, 'nope'))).toBe(JET_errColumnNotFound);
    const c = conditional('x', JET_bitIndexColumnMustBeNull);
    expect(create(w, p, { ...c, rgconditionalcolumn: [{ cbStruct: 16, szColumnName: 'age', grbit: JET_bitIndexColumnMustBeNull }] }))
      .toBe(JET_errIndexInvalidDef);
    const many = new Array(17).fill({ cbStruct: 24, szColumnName: 'age', grbit: JET_bitIndexColumnMustBeNull });
    expect(create(w, p, { ...c, rgconditionalcolumn: many, cConditionalColumn: 17 })).toBe(JET_errIndexInvalidDef);
    // 16 is allowed.
    expect(create(w, p, { ...c, szIndexName: 'sixteen', rgconditionalcolumn: many, cConditionalColumn: 16 })).toBe(JET_errSuccess);
    expect(idsIn(w, p, 'sixteen')).toEqual([4, 2]);
  });

  test('a primary index cannot be conditional', () => {
    const w = isam();
    const szKey = '+id\0\0';
    const box = out<JET_TABLEID>();
    expect(w.api.JetCreateTable(w.ses, w.dbid, 't', 0, 100, box)).toBe(JET_errSuccess);
    addColumn(w.api, w.ses, box.value, 'id', { coltyp: JET_coltypLong });
    const ic: JET_INDEXCREATE = {
      szIndexName: 'pk', szKey, cbKey: szKey.length, grbit: JET_bitIndexPrimary,
      rgconditionalcolumn: [{ cbStruct: 24, szColumnName: 'id', grbit: JET_bitIndexColumnMustBeNonNull }], cConditionalColumn: 1,
    };
    expect(w.api.JetCreateIndex2(w.ses, box.value, [ic], 1)).toBe(JET_errIndexInvalidDef);
  });
});
