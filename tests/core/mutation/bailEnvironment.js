// @ts-check
/**
 * Jest test environment for mutation runs only (stryker.config.json, jest.config.testEnvironment; docs/testing.md).
 *
 * Stryker's jest runner cannot make jest bail (it forces bail: false), so a mutant that the first covering test
 * already kills still runs every other covering test. This environment remembers, per process, the active
 * mutant (process.env.__STRYKER_ACTIVE_MUTANT__) under which a test or hook failed, and marks every later test
 * of that same mutant as skipped before it starts. The failure stays in the result, so the mutant is still
 * killed; only the runs of tests that could not change the verdict are saved. With no active mutant (the
 * initial test run, plain jest) it changes nothing.
 */
const { TestEnvironment } = require('jest-environment-node');

const ACTIVE = '__STRYKER_ACTIVE_MUTANT__';

/** Where the mutant under which some test failed is kept: the outer realm's global, shared by every test file run in band. */
const KEY = Symbol.for('esemu.mutation.failedMutant');
/** @type {Record<symbol, string | undefined>} */
const shared = /** @type {any} */ (globalThis);

class BailEnvironment extends TestEnvironment {
  /** @param {any} event */
  async handleTestEvent(event) {
    const mutant = process.env[ACTIVE];
    if (mutant === undefined) return;
    if (event.name === 'test_fn_failure' || event.name === 'hook_failure') shared[KEY] = mutant;
    else if (event.name === 'test_start' && shared[KEY] === mutant && event.test.mode === undefined) {
      event.test.mode = 'skip';
    }
  }
}

module.exports = BailEnvironment;
