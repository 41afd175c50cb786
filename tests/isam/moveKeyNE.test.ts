/**
 * JetMove with JET_bitMoveKeyNE over a secondary index with duplicate keys, and JetSetCurrentIndex2/4 grbits.
 *
 * The rules, from the engine's source (dev/ese/src/ese/):
 * - rec.cxx:877-940 (ErrIsamMove): with MoveKeyNE each of the crow steps is one ErrDIRNext / ErrDIRPrev with
 *   fDIRNeighborKey; bt.cxx:1839-1851 / 2271-2283 keep moving while the entry's key equals the key the move started
 *   from (the key only, not the primary bookmark), so forward it lands on the first entry of the next key, backward
 *   on the last entry of the previous key. Entries with equal keys are in primary-key order.
 * - jetapi.cxx:11401-11405: a JetSetCurrentIndex grbit other than JET_bitMoveFirst / JET_bitNoMove is InvalidGrbit.
 * - rec.cxx:3947-3997 (ErrIsamSetCurrentIndex): MoveFirst cancels a prepared update, changes index and defers a move
 *   to the first entry (also when the index named is the current one); NoMove takes the bookmark of the current
 *   record first (dir.hxx:338-364 ErrDIRGetBookmark: NoCurrentRecord when not on a record, and then the index is not
 *   changed) and goes to the same record in the new index, leaving a prepared update alone.
 */
import {
  out,
  JET_bitMoveFirst, JET_bitMoveKeyNE, JET_bitNewKey, JET_bitNoMove, JET_bitSeekEQ, JET_errInvalidGrbit, JET_errNoCurrentRecord,
  JET_errSuccess, JET_MoveFirst, JET_MoveLast, JET_MoveNext, JET_MovePrevious,
  JET_errUpdateNotPrepared, JET_prepReplace,
} from '../../src';
import { ascii, createPeople, fill, intOf, isam, seekInt, self } from '../support/isam';
import type { Isam, People } from '../support/isam';

/** byName: al(1) bo(2) bo(4) bo(6) cy(3) dee(5) dee(7); byAge descending: 7(60) 6(50) 5(40) 4(40) 3(30) 2(20) 1(10). */
function world(): { w: Isam; p: People } {
  const w = isam();
  const p = createPeople(w.api, self(w));
  fill(w.api, w.ses, p, [[6, 'bo', 50], [1, 'al', 10], [4, 'bo', 40], [3, 'cy', 30], [2, 'bo', 20], [7, 'dee', 60], [5, 'dee', 40]]);
  return { w, p };
}

function move(w: Isam, p: People, crow: number, grbit = JET_bitMoveKeyNE): number {
  return w.api.JetMove(w.ses, p.tableid, crow, grbit);
}

function cur(w: Isam, p: People): number | null {
  return intOf(w.api, w.ses, p.tableid, p.id);
}

function byName(w: Isam, p: People, name = 'byName'): void {
  expect(w.api.JetSetCurrentIndex(w.ses, p.tableid, name)).toBe(JET_errSuccess);
}

function seekName(w: Isam, p: People, s: string): void {
  const b = ascii(s);
  expect(w.api.JetMakeKey(w.ses, p.tableid, b, b.length, JET_bitNewKey)).toBe(JET_errSuccess);
  expect(w.api.JetSeek(w.ses, p.tableid, JET_bitSeekEQ)).toBe(JET_errSuccess);
}

function currentIndex(w: Isam, p: People): string {
  const box = out<string>('');
  expect(w.api.JetGetCurrentIndex(w.ses, p.tableid, box, 64)).toBe(JET_errSuccess);
  return box.value;
}

describe('JET_bitMoveKeyNE', () => {
  it('forward: from any entry of a key to the first entry of the next key, to NoCurrentRecord after the last key', () => {
    const { w, p } = world();
    byName(w, p);
    const seen: Array<number | null> = [];
    expect(move(w, p, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    let rc: number;
    do { seen.push(cur(w, p)); } while ((rc = move(w, p, JET_MoveNext)) === JET_errSuccess);
    expect(rc).toBe(JET_errNoCurrentRecord);
    expect(seen).toEqual([1, 2, 3, 5]);
    // from the middle of the 'bo' group
    seekName(w, p, 'bo');
    expect(move(w, p, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(4);
    expect(move(w, p, JET_MoveNext)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(3);
  });

  it('backward: to the last entry of the previous key', () => {
    const { w, p } = world();
    byName(w, p);
    expect(move(w, p, JET_MoveLast, 0)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(7);
    const seen: Array<number | null> = [];
    let rc: number;
    do { seen.push(cur(w, p)); } while ((rc = move(w, p, JET_MovePrevious)) === JET_errSuccess);
    expect(rc).toBe(JET_errNoCurrentRecord);
    expect(seen).toEqual([7, 3, 6, 1]);
  });

  it('every step of a move of several rows skips a whole key', () => {
    const { w, p } = world();
    byName(w, p);
    expect(move(w, p, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(move(w, p, 2)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(3); // al -> bo -> cy
    expect(move(w, p, -2)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(1); // cy -> bo(6) -> al
    expect(move(w, p, 2, 0)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(4); // without the bit: two entries
  });

  it('on a descending index with equal ages, and on the unique primary index where it is a plain move', () => {
    const { w, p } = world();
    byName(w, p, 'byAge');
    expect(move(w, p, JET_MoveFirst, 0)).toBe(JET_errSuccess);
    expect(move(w, p, 2)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(4); // 60 -> 50 -> 40 (first entry: id 4)
    expect(move(w, p, 1)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(3);
    byName(w, p, 'primary');
    expect(seekInt(w.api, w.ses, p.tableid, 2, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(move(w, p, JET_MoveNext)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(3);
  });
});

describe('JetSetCurrentIndex2 / JetSetCurrentIndex4 grbits', () => {
  it('MoveFirst: the first entry of the new index', () => {
    const { w, p } = world();
    expect(seekInt(w.api, w.ses, p.tableid, 5, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetSetCurrentIndex2(w.ses, p.tableid, 'byAge', JET_bitMoveFirst)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(7);
  });

  it('NoMove: the same record, and moves then follow the new index', () => {
    const { w, p } = world();
    expect(seekInt(w.api, w.ses, p.tableid, 4, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetSetCurrentIndex2(w.ses, p.tableid, 'byName', JET_bitNoMove)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(4);
    expect(move(w, p, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(6);
    expect(w.api.JetSetCurrentIndex4(w.ses, p.tableid, 'byAge', null, JET_bitNoMove, 1)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(6);
    expect(move(w, p, JET_MoveNext, 0)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(4); // 50 -> 40 (id 4 before id 5)
  });

  it('naming the current index again: MoveFirst still goes to the first entry, NoMove stays', () => {
    const { w, p } = world();
    byName(w, p);
    seekName(w, p, 'cy');
    expect(w.api.JetSetCurrentIndex2(w.ses, p.tableid, 'byName', JET_bitNoMove)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(3);
    expect(w.api.JetSetCurrentIndex2(w.ses, p.tableid, 'byName', JET_bitMoveFirst)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(1);
  });

  it('a grbit other than MoveFirst / NoMove is InvalidGrbit', () => {
    const { w, p } = world();
    expect(w.api.JetSetCurrentIndex2(w.ses, p.tableid, 'byName', 1)).toBe(JET_errInvalidGrbit);
    expect(w.api.JetSetCurrentIndex4(w.ses, p.tableid, 'byName', null, 4, 1)).toBe(JET_errInvalidGrbit);
    expect(currentIndex(w, p)).toBe('primary');
  });

  it('NoMove with no current record is NoCurrentRecord and the index is not changed', () => {
    const { w, p } = world();
    expect(move(w, p, JET_MoveLast, 0)).toBe(JET_errSuccess);
    expect(move(w, p, JET_MoveNext, 0)).toBe(JET_errNoCurrentRecord);
    expect(w.api.JetSetCurrentIndex2(w.ses, p.tableid, 'byName', JET_bitNoMove)).toBe(JET_errNoCurrentRecord);
    expect(currentIndex(w, p)).toBe('primary');
  });

  it('NoMove leaves a prepared update prepared', () => {
    const { w, p } = world();
    expect(w.api.JetBeginTransaction(w.ses)).toBe(JET_errSuccess);
    expect(seekInt(w.api, w.ses, p.tableid, 3, JET_bitSeekEQ)).toBe(JET_errSuccess);
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepReplace)).toBe(JET_errSuccess);
    expect(w.api.JetSetCurrentIndex2(w.ses, p.tableid, 'byName', JET_bitNoMove)).toBe(JET_errSuccess);
    const b = ascii('zed');
    expect(w.api.JetSetColumn(w.ses, p.tableid, p.name, b, b.length, 0, null)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, p.tableid, null, 0, null)).toBe(JET_errSuccess);
    expect(move(w, p, JET_MoveLast, 0)).toBe(JET_errSuccess);
    expect(cur(w, p)).toBe(3); // 'zed' is last by name
    // rec.cxx:3947-3953: MoveFirst cancels a prepared update, so a JetUpdate after it is UpdateNotPrepared.
    expect(w.api.JetPrepareUpdate(w.ses, p.tableid, JET_prepReplace)).toBe(JET_errSuccess);
    expect(w.api.JetSetCurrentIndex2(w.ses, p.tableid, 'byName', JET_bitMoveFirst)).toBe(JET_errSuccess);
    expect(w.api.JetUpdate(w.ses, p.tableid, null, 0, null)).toBe(JET_errUpdateNotPrepared);
    expect(w.api.JetCommitTransaction(w.ses, 0)).toBe(JET_errSuccess);
  });
});
