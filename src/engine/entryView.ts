import type { StringTree } from '../storage/stringTree';
import { bookmarkOf, shiftUp, splitEntry } from '../storage/tableImage';
import type { RecordValues, TableImage } from '../storage/tableImage';
import type { MoveFilter, TableCursor } from './tableCursor';
import type { IndexDef } from '../catalog/indexDef';
import { indexTree, readImage } from './tableData';

/** An entry a navigation found: its entry key and bookmark. */
export interface Found {
  entry: string;
  bm: string;
  /** The record the entry holds: with the image it came from, it primes the cursor's cache. */
  values?: RecordValues;
  image?: TableImage;
}

/**
 * The entries of an index as one image holds them: on the primary index (or the sequential order) each record is
 * its own entry, keyed by its bookmark; on a secondary index the entries are (shifted key, bookmark) strings whose
 * value is the record. One small object per navigation, its methods on the prototype.
 */
export class EntryView {
  constructor(
    private readonly t: StringTree<RecordValues>,
    private readonly secondary: boolean,
    readonly image: TableImage,
    /** The index the view is of (null: the primary index or the sequential order). */
    readonly index: IndexDef | null,
    /** The cursor's filter (JetSetCursorFilter): the records a navigation may land on; null: every record. */
    private readonly keep: MoveFilter | null = null,
  ) {}

  private pair(p: [string, RecordValues] | undefined): Found | undefined {
    if (p === undefined) return undefined;
    return { entry: p[0], bm: this.secondary ? bookmarkOf(p[0]) : p[0], values: p[1], image: this.image };
  }

  first(): Found | undefined {
    return this.onward(this.pair(this.t.firstPair()));
  }

  last(): Found | undefined {
    return this.back(this.pair(this.t.lastPair()));
  }

  after(entry: string): Found | undefined {
    return this.onward(this.pair(this.t.nextHigherPair(entry)));
  }

  before(entry: string): Found | undefined {
    return this.back(this.pair(this.t.nextLowerPair(entry)));
  }

  /** The entry whose key is exactly `key` (on the primary index, a lookup of the record itself). */
  exactly(key: string): Found | undefined {
    if (this.secondary) {
      const found = this.atOrAfter(key);
      return found !== undefined && splitEntry(found.entry).indexKey === key ? found : undefined;
    }
    const values = this.image.record(key);
    if (values === undefined || (this.keep !== null && !this.keep(values, key))) return undefined;
    return { entry: key, bm: key, values, image: this.image };
  }

  /** The first entry whose key is `key` or greater. */
  atOrAfter(key: string): Found | undefined {
    return this.onward(this.pair(this.t.getPairOrNextHigher(this.secondary ? shiftUp(key) : key)));
  }

  /** The last entry whose key is `key` or less. */
  atOrBefore(key: string): Found | undefined {
    return this.back(this.pair(this.secondary ? this.t.nextLowerPair(shiftUp(key) + '\u0001') : this.t.getPairOrNextLower(key)));
  }

  /** The first entry whose key is greater than `key`. */
  greater(key: string): Found | undefined {
    return this.onward(this.pair(this.secondary ? this.t.getPairOrNextHigher(shiftUp(key) + '\u0001') : this.t.nextHigherPair(key)));
  }

  /** The last entry whose key is less than `key`. */
  less(key: string): Found | undefined {
    return this.back(this.pair(this.t.nextLowerPair(this.secondary ? shiftUp(key) : key)));
  }

  atOrAfterEntry(entry: string): Found | undefined {
    return this.onward(this.pair(this.t.getPairOrNextHigher(entry)));
  }

  beforeEntry(entry: string): Found | undefined {
    return this.back(this.pair(this.t.nextLowerPair(entry)));
  }

  /** `found`, or with a cursor filter the first entry from it on whose record passes (bt.cxx ErrBTNext skips the rest). */
  private onward(found: Found | undefined): Found | undefined {
    const keep = this.keep;
    if (keep === null) return found;
    let f = found;
    while (f !== undefined && !keep(f.values as RecordValues, f.bm)) f = this.pair(this.t.nextHigherPair(f.entry));
    return f;
  }

  /** `found`, or with a cursor filter the last entry from it back whose record passes (bt.cxx ErrBTPrev). */
  private back(found: Found | undefined): Found | undefined {
    const keep = this.keep;
    if (keep === null) return found;
    let f = found;
    while (f !== undefined && !keep(f.values as RecordValues, f.bm)) f = this.pair(this.t.nextLowerPair(f.entry));
    return f;
  }

  size(): number {
    return this.t.size;
  }

  /** Is `entry` one of the view's entries? */
  has(entry: string): boolean {
    return this.t.has(entry);
  }

  /** How many entries come before `entry` (a view without a filter: the positions count every entry). */
  rank(entry: string): number {
    return this.t.rank(entry);
  }

  /** The entry with `k` entries before it (a view without a filter). */
  at(k: number): Found | undefined {
    return this.pair(this.t.at(k));
  }
}

/** The entries of the cursor's current index, as the session sees them now. */
export function view(cursor: TableCursor): EntryView {
  const image = readImage(cursor.session, cursor.table);
  // A scan navigates the same image and index call after call: the view made last time is the same one. An image
  // object keeps its trees while it lives (a change edits them in place; a clone is a new image), so the view stays
  // right for as long as the session reads that image through that index.
  const last = cursor.entries;
  if (last !== null && last.image === image && last.index === cursor.index) return last;
  // A filter is only ever set on the primary index (cursorFilter.ts); setting or removing one drops the last view.
  const made = cursor.index === null
    ? new EntryView(image.records, false, image, null, cursor.filter)
    : new EntryView(indexTree(image, cursor.table, cursor.index), true, image, cursor.index);
  cursor.entries = made;
  return made;
}
