/** A kind of command: how likely it is in the current state, and what it runs. */
import type { Harness } from './harness';
import { Rng, threadFor } from './random';
import { MSession, World } from './world';

export interface CommandSpec {
  readonly kind: string;
  weight(w: World): number;
  /** Codes this command is the usual way to reach; their weight grows while the pass has not seen them. */
  readonly produces?: readonly number[];
  run(h: Harness, r: Rng): Promise<void>;
}

/** Choose the thread (and whether the call runs inside an async function) for a command on `s`. */
export function onThreadOf(h: Harness, r: Rng, s: MSession | undefined): void {
  h.thread = threadFor(r, s);
  h.async = r.chance(0.15);
}
