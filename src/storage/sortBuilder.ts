import { PackedRecord } from './record';
import type { CopyBuffer } from './record';
import { radixOrder } from './radixOrder';
import type { RecordImage } from './engineRecord';
import { settleTies } from './tieOrder';
import type { Row } from './rows';
import { bytesToString, SortedRows } from './sortedRows';

/**
 * The rows a sort collects before its first move, with nothing allocated per
 * row: the key bytes back to back in one growing byte area (row `r`'s key
 * from `keyStarts[r]` to `keyStarts[r + 1]`), the packed records back to
 * back in another, and where each record starts. Keys become strings only
 * when a row is looked at as a Row.
 *
 * A row is added in two steps: its key is written into `keyRoom(max)` from
 * `keyEnd`, then `add(length, values)` takes it. A key written but not added
 * (its making failed) is overwritten by the next one.
 */
export class SortBuilder {
  // Every area starts at 64 bytes, which V8 keeps on its heap (a larger typed array gets a buffer of its own, which
  // costs about a microsecond to make and to free): opening a small sort stays cheap; the areas double as they fill.
  /** Key bytes of every row, back to back. */
  private keys = new Uint8Array(64);
  /** Row `r`'s key starts at keyStarts[r] and ends at keyStarts[r + 1]. */
  private keyStarts = new Int32Array(16);
  /** Where each row's packed record starts in `area`. */
  private recStarts = new Int32Array(16);
  /** How far each row's engine record reaches (CopyBuffer.reach), for ordering rows whose keys tie. */
  private reaches = new Int32Array(16);
  /** The rows whose copy buffer held stale fixed-column bytes (CopyBuffer.stale), with them: rare. */
  private stale: Map<number, ReadonlyMap<number, Uint8Array>> | null = null;
  private area = new Uint8Array(64);
  private used = 0;
  private n = 0;
  /**
   * Bytes at the end of each key that are not part of the index key: 4 for a
   * sort that keeps duplicates (its keys end with a sequence number), else 0.
   */
  private readonly normCut: number;

  /** @param image the engine's record format of the rows, which orders rows whose keys tie (tieOrder.ts) */
  constructor(keepsDuplicates: boolean, private readonly image: RecordImage) {
    this.normCut = keepsDuplicates ? 4 : 0;
  }

  get count(): number {
    return this.n;
  }

  /** Where the next row's key is written in the key area. */
  get keyEnd(): number {
    return this.keyStarts[this.n];
  }

  /** The key area, with room for at least `max` bytes from keyEnd. */
  keyRoom(max: number): Uint8Array {
    const end = this.keyStarts[this.n];
    if (end + max > this.keys.length) {
      const grown = new Uint8Array(Math.max(this.keys.length * 2, end + max));
      grown.set(this.keys.subarray(0, end));
      this.keys = grown;
    }
    return this.keys;
  }

  /** Add a row whose key (`keyLength` bytes, the sequence suffix included) was written at keyEnd. */
  add(keyLength: number, values: CopyBuffer): void {
    const size = values.packedSize();
    if (this.used + size > this.area.length) {
      const grown = new Uint8Array(Math.max(this.area.length * 2, this.used + size));
      grown.set(this.area.subarray(0, this.used));
      this.area = grown;
    }
    values.packInto(this.area, this.used);
    const n = this.n;
    if (n + 2 > this.keyStarts.length) {
      const starts = new Int32Array(this.keyStarts.length * 2);
      starts.set(this.keyStarts);
      this.keyStarts = starts;
      const recs = new Int32Array(this.recStarts.length * 2);
      recs.set(this.recStarts);
      this.recStarts = recs;
      const reaches = new Int32Array(this.reaches.length * 2);
      reaches.set(this.reaches);
      this.reaches = reaches;
    }
    this.keyStarts[n + 1] = this.keyStarts[n] + keyLength;
    this.recStarts[n] = this.used;
    this.reaches[n] = values.reach;
    if (values.stale !== null && values.stale.size > 0) (this.stale ??= new Map()).set(n, new Map(values.stale));
    this.used += size;
    this.n = n + 1;
  }

  /** The row added `i`-th (insertion order), for looking at a sort before it is sorted. */
  added(i: number): Row | undefined {
    if (i < 0 || i >= this.n) return undefined;
    return this.row(i, i);
  }

  /** The sorted rows, for reading back. */
  sorted(removeDuplicates: boolean): SortedRows {
    return new SortedRows(this.keys, this.keyStarts, this.normCut, this.order(removeDuplicates), this.recStarts, this.area);
  }

  /** The sorted rows as Row objects (to fill a materialized table). */
  rows(removeDuplicates: boolean): Row[] {
    return Array.from(this.order(removeDuplicates), (r) => this.row(r, 0));
  }

  private order(removeDuplicates: boolean): Uint32Array {
    const byKey = radixOrder(this.keys, this.keyStarts, this.n, false, this.normCut);
    const record = (r: number): Uint8Array => {
      const reach = this.reaches[r];
      return this.image.bytes(new PackedRecord(this.area, this.recStarts[r], this.image.count), reach, this.stale?.get(r));
    };
    return settleTies(byKey, { keys: this.keys, starts: this.keyStarts, cut: this.normCut }, record, removeDuplicates);
  }

  private row(r: number, idx: number): Row {
    const s = this.keyStarts[r];
    const len = this.keyStarts[r + 1] - s;
    const key = bytesToString(this.keys, s, len);
    const norm = this.normCut === 0 ? key : bytesToString(this.keys, s, len - this.normCut);
    return { key, norm, rec: this.area, at: this.recStarts[r], idx };
  }
}
