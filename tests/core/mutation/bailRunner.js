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
 */
const TestRunner = require('jest-runner').default;

const ACTIVE = '__STRYKER_ACTIVE_MUTANT__';

class BailRunner extends TestRunner {
  /**
   * @param {Array<import('@jest/test-result').Test>} tests
   * @param {any} watcher
   * @param {any} options
   */
  async runTests(tests, watcher, options) {
    if (process.env[ACTIVE] === undefined || !options.serial) return super.runTests(tests, watcher, options);
    let failed = false;
    const offSuccess = this.on('test-file-success', ([, result]) => {
      if (result.numFailingTests > 0 || result.testExecError !== undefined) failed = true;
    });
    const offFailure = this.on('test-file-failure', () => {
      failed = true;
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
