import type { JET_COLUMNID } from '../jet/types';

/**
 * GetColumnDictionary's result: column name to column id, looked up ignoring case (as ManagedEsent's
 * dictionary with OrdinalIgnoreCase). Iteration yields the names as the table spells them.
 */
export class ColumnDictionary extends Map<string, JET_COLUMNID> {
  private readonly folded = new Map<string, string>();

  override set(name: string, columnid: JET_COLUMNID): this {
    const key = name.toLowerCase();
    const existing = this.folded?.get(key);
    if (existing !== undefined && existing !== name) super.delete(existing);
    this.folded?.set(key, name);
    return super.set(name, columnid);
  }

  override get(name: string): JET_COLUMNID | undefined {
    const spelled = this.folded.get(name.toLowerCase());
    return spelled === undefined ? undefined : super.get(spelled);
  }

  override has(name: string): boolean {
    return this.folded.has(name.toLowerCase());
  }

  override delete(name: string): boolean {
    const key = name.toLowerCase();
    const spelled = this.folded.get(key);
    if (spelled === undefined) return false;
    this.folded.delete(key);
    return super.delete(spelled);
  }

  override clear(): void {
    this.folded.clear();
    super.clear();
  }
}
