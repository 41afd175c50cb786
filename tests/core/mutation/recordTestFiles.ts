/**
 * Jest setup file for mutation runs only (stryker.config.json, jest.config.setupFilesAfterEnv; docs/testing.md).
 * During Stryker's initial test run (no mutant active) it records which file each test is in and how long the
 * test took, one JSON line [file, full name, milliseconds] per test, for testFileSequencer.js. It never fails a
 * test and records nothing otherwise.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';

const MAP_FILE = join(__dirname, '..', '..', '..', '.stryker-test-files.jsonl');

if (process.env.__STRYKER_ACTIVE_MUTANT__ === undefined) {
  let started = 0;
  beforeEach(() => {
    started = performance.now();
  });
  afterEach(() => {
    const { currentTestName, testPath } = expect.getState();
    if (typeof currentTestName === 'string' && typeof testPath === 'string') {
      const ms = Math.round(performance.now() - started);
      appendFileSync(MAP_FILE, `${JSON.stringify([testPath, currentTestName, ms])}\n`);
    }
  });
}
