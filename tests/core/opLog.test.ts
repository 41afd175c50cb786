/**
 * OpLog: a transaction's changes to one table, in the order made, cut back by a rollback to the mark its level
 * took (a level's changes go with it, the levels below keep theirs). Each change is a bookmark and what was done:
 * new values, a delete (null) or an escrow delta.
 */
import { Change, isDelta, OpLog } from '../../src/engine/opLog';

function changes(log: OpLog): Array<[string, Change]> {
  const out: Array<[string, Change]> = [];
  log.forEach((bm, change) => out.push([bm, change]));
  return out;
}

const inserted = new Map<number, Uint8Array[]>([[1, [Uint8Array.of(7)]]]);
const delta = { columnid: 2, amount: 5n, size: 4 };

describe('OpLog', () => {
  test('keeps each bookmark with its own change, in order', () => {
    const log = new OpLog();
    log.push('a', inserted);
    log.push('b', null);
    log.push('c', delta);
    log.push('a', null);
    expect(log.length).toBe(4);
    expect(changes(log)).toEqual([['a', inserted], ['b', null], ['c', delta], ['a', null]]);
  });

  test('tells a delta from values and from a delete', () => {
    expect(isDelta(delta)).toBe(true);
    expect(isDelta(inserted)).toBe(false);
    expect(isDelta(null)).toBe(false);
  });

  test('a cut to a mark removes the changes made after it, whatever their number', () => {
    const log = new OpLog();
    log.push('a', inserted);
    const level2 = log.mark();
    for (let i = 0; i < 1000; i++) log.push(`x${i}`, null);
    const level3 = log.mark();
    log.push('y', delta);
    log.cut(level3);
    expect(log.length).toBe(1001);
    log.cut(level2);
    expect(changes(log)).toEqual([['a', inserted]]);
    log.push('z', null);
    expect(changes(log)).toEqual([['a', inserted], ['z', null]]);
    log.cut(log.mark());
    expect(log.length).toBe(2);
  });

  test('some() stops at the first change its visitor accepts', () => {
    const log = new OpLog();
    for (const bm of ['a', 'b', 'c', 'd']) log.push(bm, null);
    const seen: string[] = [];
    expect(log.some((bm) => {
      seen.push(bm);
      return bm === 'b';
    })).toBe(true);
    expect(seen).toEqual(['a', 'b']);
    expect(log.some(() => false)).toBe(false);
    expect(new OpLog().some(() => true)).toBe(false);
  });
});
