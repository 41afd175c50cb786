// @ts-check
/**
 * Jest test runner for mutation runs only (stryker.config.json, jest.config.runner; docs/testing.md).
 *
 * Stryker runs jest in band, one test file after the other. bailEnvironment.js skips the tests of a mutant once
 * one has failed, but jest still loads every remaining covering file (its imports, describe bodies), which costs
 * about as much as running its few covering tests. This runner runs the files one at a time and, once a file
 * reports a failing test (or fails to run) under the active mutant, does not start the files after it: the
 * mutant is already killed, and a file that is not run reports nothing, so no result changes from failed to
 * passed. With no active mutant (Stryker's initial test run, plain jest) or when jest runs files in parallel, it
 * is jest's own runner unchanged.
 *
 * It also keeps, per process, how often each file ran under a mutant and how often it failed (both decaying, so
 * recent mutants, usually nearby code, count most), for testFileSequencer.js to try likely killers first.
 */
const TestRunner = require('jest-runner').default;

const ACTIVE = '__STRYKER_ACTIVE_MUTANT__';

/** Per test file { runs, kills }, in the outer realm shared with testFileSequencer.js. */
const STATS = Symbol.for('esemu.mutation.fileStats');
/** How much of the history each new mutant keeps. */
const DECAY = 0.97;

/** @returns {Map<string, { runs: number, kills: number }>} */
function fileStats() {
  const g = /** @type {any} */ (globalThis);
  if (g[STATS] === undefined) g[STATS] = new Map();
  return g[STATS];
}

class BailRunner extends TestRunner {
  /**
   * @param {Array<import('@jest/test-result').Test>} tests
   * @param {any} watcher
   * @param {any} options
   */
  async runTests(tests, watcher, options) {
    if (process.env[ACTIVE] === undefined || !options.serial) return super.runTests(tests, watcher, options);
    let failed = false;
    const stats = fileStats();
    for (const s of stats.values()) {
      s.runs *= DECAY;
      s.kills *= DECAY;
    }
    /** @param {string} path @param {boolean} killed */
    const count = (path, killed) => {
      const s = stats.get(path) ?? { runs: 0, kills: 0 };
      s.runs += 1;
      if (killed) s.kills += 1;
      stats.set(path, s);
      if (killed) failed = true;
    };
    const offSuccess = this.on('test-file-success', ([test, result]) => {
      count(test.path, result.numFailingTests > 0 || result.testExecError !== undefined);
    });
    const offFailure = this.on('test-file-failure', ([test]) => {
      count(test.path, true);
    });
    try {
      for (const test of tests) {
        if (failed) break;
        await super.runTests([test], watcher, options);
      }
    } finally {
      offSuccess();
      offFailure();
    }
  }
}

module.exports = BailRunner;
