/**
 * Jest setup file for mutation runs only (stryker.config.json, jest.config.setupFilesAfterEnv; docs/testing.md).
 * During Stryker's initial test run (no mutant active) it records which file each test is in, one JSON line
 * [file, full name] per test, for testFileSequencer.js. It never fails a test and records nothing otherwise.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';

const MAP_FILE = join(__dirname, '..', '..', '..', '.stryker-test-files.jsonl');

if (process.env.__STRYKER_ACTIVE_MUTANT__ === undefined) {
  beforeEach(() => {
    const { currentTestName, testPath } = expect.getState();
    if (typeof currentTestName === 'string' && typeof testPath === 'string') {
      appendFileSync(MAP_FILE, `${JSON.stringify([testPath, currentTestName])}\n`);
    }
  });
}
