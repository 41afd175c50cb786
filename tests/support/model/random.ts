/**
 * Choices inside one command: a small deterministic generator seeded by the
 * step's number from fast-check, and pickers that favour live handles.
 */
import { NIL, MCursor, MInstance, MSession, World } from './world';

export class Rng {
  private s: number;

  constructor(seed: number) {
    this.s = (seed >>> 0) ^ 0x9e3779b9;
  }

  /** mulberry32 */
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }

  /** Pick with weights: [value, weight][]. */
  weighted<T>(xs: readonly (readonly [T, number])[]): T {
    const total = xs.reduce((n, [, wt]) => n + wt, 0);
    let x = this.next() * total;
    for (const [v, wt] of xs) {
      x -= wt;
      if (x < 0) return v;
    }
    return xs[xs.length - 1][0];
  }
}

/** An instance handle for instance APIs: mostly a live one, sometimes 0 / nil / a freed one. */
export function instanceArg(w: World, r: Rng, prefer?: (i: MInstance) => boolean): number {
  const live = w.liveInstances();
  const good = prefer === undefined ? live : live.filter(prefer);
  const dead = w.instances.filter((i) => !i.alive);
  const x = r.next();
  if (good.length > 0 && x < 0.8) return r.pick(good).h;
  if (live.length > 0 && x < 0.88) return r.pick(live).h;
  if (dead.length > 0 && x < 0.94) return r.pick(dead).h;
  return r.chance(0.5) ? 0 : NIL;
}

/** A session: mostly a live one (optionally one that `prefer` likes), sometimes an ended one. */
export function sessionArg(w: World, r: Rng, prefer?: (s: MSession) => boolean): MSession | undefined {
  const live = w.liveSessions();
  const dead = w.sessions.filter((s) => !s.alive);
  if (live.length === 0 || (dead.length > 0 && r.chance(0.06))) return dead.length > 0 ? r.pick(dead) : undefined;
  if (prefer !== undefined) {
    const good = live.filter(prefer);
    if (good.length > 0 && r.chance(0.7)) return r.pick(good);
  }
  return r.pick(live);
}

/** A cursor for session `s`: mostly its own, sometimes another session's or a closed one. */
export function cursorArg(w: World, r: Rng, s: MSession, prefer?: (c: MCursor) => boolean): MCursor | undefined {
  const own = s.cursors;
  const x = r.next();
  if (own.length > 0 && x < 0.88) {
    const good = prefer === undefined ? own : own.filter(prefer);
    return good.length > 0 && r.chance(0.8) ? r.pick(good) : r.pick(own);
  }
  const others = w.liveCursors().filter((c) => c.session !== s);
  if (others.length > 0 && x < 0.94) return r.pick(others);
  const dead = w.cursors.filter((c) => !c.alive);
  if (dead.length > 0) return r.pick(dead);
  return own.length > 0 ? r.pick(own) : undefined;
}

/** The thread a command runs on: usually the one that owns what the session holds. */
export function threadFor(r: Rng, s: MSession | undefined): number {
  if (s !== undefined && r.chance(0.75)) {
    if (s.context !== 0 && s.context !== -1) return s.contextThread;
    if (s.level > 0 && !s.owner.byContext) return s.owner.value;
  }
  return r.weighted([[1, 6], [2, 2], [3, 1]]);
}
