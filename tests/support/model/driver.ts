/**
 * One run: a fresh emulator and model, then each step picks a command with
 * weights that follow the state (no instance: create one; sessions below the
 * quota: begin more; deep levels: go deeper) and the run's coverage (codes the
 * run has not answered yet make the commands that reach them likelier). The
 * choice depends only on the run's own steps, so a run replays exactly.
 */
import { CommandSpec } from './commandSpec';
import { checkWorld } from './invariants';
import { DATABASE_COMMANDS } from './cmdDb';
import { INSTANCE_COMMANDS } from './cmdInstance';
import { SESSION_COMMANDS } from './cmdSession';
import { TABLE_COMMANDS } from './cmdTable';
import { ModelMismatch } from './check';
import { Harness } from './harness';
import { Rng } from './random';
import { Stats } from './stats';
import type { MCursor } from './world';

export const COMMANDS: readonly CommandSpec[] = [...INSTANCE_COMMANDS, ...SESSION_COMMANDS, ...TABLE_COMMANDS, ...DATABASE_COMMANDS];

/** For MODEL_DEBUG: a cursor as the model sees it (position, navigation level, range, prepared update). */
function describeCursor(c: MCursor): string {
  const pos = c.pos.t === 'on' ? `on(${String(c.pos.row.k)})` : c.pos.t === 'at' ? `at(${c.pos.i})` : c.pos.t;
  const range = c.range === undefined ? '?' : c.range === null ? '-' : String(c.range.limit);
  return `${c.h}:${pos} nav${c.navLevel} r${range}${c.prepared === null ? '' : 'P'}`;
}

/** A step as fast-check draws it: which command (op) and the seed of its choices. */
export type Step = [op: number, seed: number];

function choose(h: Harness, op: number): CommandSpec {
  const weights = COMMANDS.map((c) => {
    const base = c.weight(h.w);
    const boost = c.produces?.some((code) => !h.seen.has(code)) === true ? 3 : 1;
    return base * boost;
  });
  const total = weights.reduce((a, b) => a + b, 0);
  let x = (op / 0x80000000) * total;
  for (let i = 0; i < COMMANDS.length; i += 1) {
    x -= weights[i];
    if (x < 0) return COMMANDS[i];
  }
  return COMMANDS[COMMANDS.length - 1];
}

/** The state dump is compared every few commands (it is the costly part), after the last one, and after each when replaying. */
const CHECK_EVERY = process.env.MODEL_PATH !== undefined ? 1 : 3;

export async function runSteps(stats: Stats, steps: readonly Step[]): Promise<void> {
  const h = new Harness(stats);
  stats.runs += 1;
  for (const [i, [op, seed]] of steps.entries()) {
    const cmd = choose(h, op);
    h.trace.push(`-- ${cmd.kind}`);
    stats.steps += 1;
    try {
      await cmd.run(h, new Rng(seed));
      if (process.env.MODEL_DEBUG === '1') h.trace.push(`   model: ${h.w.liveCursors().map(describeCursor).join(' ')}`);
      if (i % CHECK_EVERY === CHECK_EVERY - 1 || i === steps.length - 1) checkWorld(h.w, h.emu.dump(), h.emu.pendingFaults());
    } catch (e) {
      if (e instanceof ModelMismatch) {
        const tail = h.lastCalls(150);
        throw new ModelMismatch(`${e.message}\n  last calls:\n  ${tail}\n${h.emu.dumpText()}`);
      }
      throw e;
    }
    h.thread = 1;
    h.async = false;
  }
}
