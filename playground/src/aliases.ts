/**
 * Handle aliases. esemu never reuses a handle (one counter for the whole page), so when the history replays a call
 * to come back to a step, the objects the call makes get new handle values. The page keeps showing the values the
 * learner first saw ("page handles") and translates them to the live ones ("live handles") on the way into a call
 * and back on the way out. Without replays both sides are the same and nothing is translated.
 */
export const FIRST_HANDLE = 0x10001;

const isHandle = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= FIRST_HANDLE;

export class Aliases {
  private pageToLive = new Map<number, number>();
  private liveToPage = new Map<number, number>();

  get size(): number {
    return this.pageToLive.size;
  }

  copy(): Aliases {
    const a = new Aliases();
    a.pageToLive = new Map(this.pageToLive);
    a.liveToPage = new Map(this.liveToPage);
    return a;
  }

  /** The object the page calls `page` is `live` in the emulator now. */
  set(page: number, live: number): void {
    const old = this.pageToLive.get(page);
    if (old !== undefined) this.liveToPage.delete(old);
    if (page === live) {
      this.pageToLive.delete(page);
      return;
    }
    this.pageToLive.set(page, live);
    this.liveToPage.set(live, page);
  }

  toLive(n: number): number {
    return this.pageToLive.get(n) ?? n;
  }

  toPage(n: number): number {
    return this.liveToPage.get(n) ?? n;
  }

  /** Translate every handle-like number in a value, in place for objects; returns the value (a new one for a number). */
  translate(v: unknown, way: 'toLive' | 'toPage', depth = 0): unknown {
    if (this.pageToLive.size === 0) return v;
    const map = way === 'toLive' ? this.pageToLive : this.liveToPage;
    if (isHandle(v)) return map.get(v) ?? v;
    if (typeof v !== 'object' || v === null || v instanceof Uint8Array || depth > 6) return v;
    if (Object.isFrozen(v)) return v;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = this.translate(v[i], way, depth + 1);
      return v;
    }
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) o[k] = this.translate(o[k], way, depth + 1);
    return v;
  }

  /**
   * After a replayed call: where the recorded outputs (page values) and the replay's outputs (live values) hold
   * different handles, the replay made a new object for one the page knows: remember it.
   */
  discover(recorded: unknown, live: unknown, depth = 0): void {
    if (isHandle(recorded) && isHandle(live)) {
      if (this.toLive(recorded) !== live) this.set(recorded, live);
      return;
    }
    if (typeof recorded !== 'object' || recorded === null || typeof live !== 'object' || live === null) return;
    if (recorded instanceof Uint8Array || depth > 6) return;
    const r = recorded as Record<string, unknown>;
    const l = live as Record<string, unknown>;
    for (const k of Object.keys(r)) this.discover(r[k], l[k], depth + 1);
  }
}
