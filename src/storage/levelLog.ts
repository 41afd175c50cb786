import { emptyValues } from './emptyArrays';

/**
 * An append-only list that a rollback cuts back to a mark, at a cost that hardly depends on what it drops:
 * entries are kept in chunks, a new one at each mark (and after a full one), and a cut drops whole chunks without
 * looking into them.
 * (Cutting a plain array by setting its length costs V8 a write per removed entry: a rollback of 10^5 changes spent
 * most of its time there.) The changes and locks a transaction level made live in these (engine/tableData.ts).
 */
export class LevelLog<T> {
  private chunks: T[][] = [emptyValues<T>()];
  /** How many entries come before each chunk: a cut reads its new size here instead of adding up the chunks it drops. */
  private starts: number[] = [0];
  private size = 0;

  /**
   * `chunkMost`: entries per chunk at most; a full chunk is followed by a new one. A JavaScript array grows by
   * copying itself into a larger one, and one of 10^5 entries or more lives among the heap's large objects, where
   * each growth costs more: a transaction of 10^5 inserts spent 4% of its time growing its logs.
   */
  constructor(private readonly chunkMost = 4096) {}

  get length(): number {
    return this.size;
  }

  push(entry: T): void {
    let last = this.chunks[this.chunks.length - 1];
    if (last.length >= this.chunkMost) {
      last = emptyValues<T>();
      this.chunks.push(last);
      this.starts.push(this.size);
    }
    last.push(entry);
    this.size += 1;
  }

  /** Start a new chunk; the number returned cuts back to here (everything pushed after this call goes). */
  mark(): number {
    const last = this.chunks.length - 1;
    // An empty last chunk is reused: a mark costs nothing until something is pushed after it.
    if (this.chunks[last].length === 0) return last;
    this.chunks.push(emptyValues<T>());
    this.starts.push(this.size);
    return last + 1;
  }

  /** Remove every entry pushed after mark() returned `mark`. */
  cut(mark: number): void {
    // Nothing here looks into the chunks dropped: after a long transaction they are cold, a cache miss each. They
    // are popped rather than cut by setting the length, a call into V8's C++ code, which is cold then too.
    if (mark <= 0) {
      this.chunks = [emptyValues<T>()];
      this.starts = [0];
      this.size = 0;
    } else if (mark < this.chunks.length) {
      this.size = this.starts[mark];
      while (this.chunks.length > mark) this.chunks.pop();
      while (this.starts.length > mark) this.starts.pop();
      this.chunks.push(emptyValues<T>());
      this.starts.push(this.size);
    }
  }

  /** Visit the entries in the order they were pushed until `visit` answers true; whether it did. */
  some(visit: (entry: T) => boolean): boolean {
    for (const chunk of this.chunks) for (let i = 0; i < chunk.length; i++) if (visit(chunk[i])) return true;
    return false;
  }

  /** Visit the entries in the order they were pushed. */
  forEach(visit: (entry: T) => void): void {
    for (const chunk of this.chunks) for (let i = 0; i < chunk.length; i++) visit(chunk[i]);
  }
}
