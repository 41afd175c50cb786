/**
 * Model-based test: random call sequences run on esemu and on a reference model
 * written from the engine's rules (tests/support/model/); every code, every value
 * read back (rows and their order, session info, dbids, parameters) and the state
 * dump (every third command, and after every command when replaying) must agree.
 *
 * Each pass prints its fast-check seed and how often each code was answered, and
 * fails if a code the model lists (MODELLED_CODES) was never answered.
 *
 * Replaying a failure: the failure message gives `seed` and `path` (fast-check's);
 *   MODEL_SEED=<seed> MODEL_PATH=<path> npx jest tests/core/model.test.ts --maxWorkers=1
 * runs that exact case again. MODEL_SEED alone replays the whole pass. MODEL_SHRINK=1 lets
 * fast-check shrink a failure (up to a minute) before reporting it; by default it stops at the
 * first failing run so a failure costs no more than a pass. MODEL_RUNS changes the number of
 * runs (default below). MODEL_DEBUG=1 adds the model's cursor positions to the call trace
 * printed with a failure.
 */
import fc from 'fast-check';
import { MODELLED_CODES, runSteps, Stats } from '../support/lifecycleModel';
import type { Step } from '../support/lifecycleModel';
import { errorName } from '../../src';

const NUM_RUNS = Number(process.env.MODEL_RUNS ?? 400);
const STEPS = { minLength: 60, maxLength: 160 };

function seedFromEnv(): number {
  const env = process.env.MODEL_SEED;
  if (env !== undefined && env !== '') return Number(env);
  return (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0;
}

describe('lifecycle model', () => {
  it('agrees with the reference model on every code, value read back and dump over random call sequences', async () => {
    const seed = seedFromEnv();
    const path = process.env.MODEL_PATH;
    const shrink = process.env.MODEL_SHRINK === '1' && path === undefined;
    const stats = new Stats();
    const step: fc.Arbitrary<Step> = fc.tuple(fc.nat(), fc.nat());
    const started = Date.now();
    const cpu = process.cpuUsage();
    const details = await fc.check(
      fc.asyncProperty(fc.array(step, { ...STEPS, size: 'max' }), (steps) => runSteps(stats, steps)),
      shrink
        ? { numRuns: NUM_RUNS, seed, path, interruptAfterTimeLimit: 60_000, markInterruptAsFailure: true }
        : { numRuns: NUM_RUNS, seed, path, endOnFailure: true },
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const used = process.cpuUsage(cpu);
    const cpuSeconds = ((used.user + used.system) / 1e6).toFixed(1);
    // eslint-disable-next-line no-console
    const where = path !== undefined ? ` path ${path}` : '';
    console.log(`model test: seed ${seed}${where}, ${seconds}s (${cpuSeconds}s CPU)\n${stats.report()}`);
    if (details.failed) {
      const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      throw new Error(
        `replay with MODEL_SEED=${details.seed} MODEL_PATH=${details.counterexamplePath ?? ''}` +
        ` (run ${details.numRuns}, ${details.numShrinks} shrinks)\n${cause}`,
      );
    }
    const missing = MODELLED_CODES.filter((c) => stats.count(c) === 0);
    expect(missing.map((c) => `${c} ${errorName(c)}`)).toEqual([]);
  });
});
