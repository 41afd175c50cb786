// @ts-check
/**
 * Jest test sequencer for mutation runs only (stryker.config.json, jest.config.testSequencer; docs/testing.md).
 *
 * For each mutant Stryker's jest runner passes the names of the tests that cover it as testNamePattern but no
 * test files, so jest would load every test file (imports, describe bodies, module-level set-up) only to skip
 * most of their tests. This sequencer keeps only the files that hold a covering test, using the map of test
 * names to files that recordTestFiles.ts writes during Stryker's initial test run. Whenever it cannot tell
 * (no pattern, no map, a name missing from the map) it keeps every file, so it can cost time, never a kill.
 */
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

/** The map file, at the root of the (sandbox) project. */
const MAP_FILE = '.stryker-test-files.jsonl';

/** @type {{ size: number, names: Array<[string, string]> } | null} */
let cached = null;

/** @returns {Array<[string, string]>} [test file, full test name] pairs recorded so far */
function testFiles(rootDir) {
  const path = join(rootDir, MAP_FILE);
  if (!existsSync(path)) return [];
  const text = readFileSync(path, 'utf8');
  if (cached !== null && cached.size === text.length) return cached.names;
  /** @type {Array<[string, string]>} */
  const names = [];
  for (const line of text.split('\n')) if (line !== '') names.push(JSON.parse(line));
  cached = { size: text.length, names };
  return names;
}

/**
 * The files holding a test each alternative of Stryker's pattern, `(name1)|(name2)|...` with every name
 * regexp-escaped, matches (as jest matches testNamePattern: case-insensitive, anywhere in the name); null when
 * some alternative matches no recorded test.
 */
function filesFor(pattern, names) {
  if (!pattern.startsWith('(') || !pattern.endsWith(')')) return null;
  const files = new Set();
  for (const alternative of pattern.slice(1, -1).split(')|(')) {
    const re = new RegExp(alternative, 'i');
    let found = false;
    for (const [file, name] of names) {
      if (re.test(name)) {
        files.add(file);
        found = true;
      }
    }
    if (!found) return null;
  }
  return files;
}

class TestFileSequencer extends Sequencer {
  constructor(options) {
    super(options);
    this.pattern = options.globalConfig.testNamePattern;
    this.rootDir = options.globalConfig.rootDir;
  }

  async sort(tests) {
    const sorted = await super.sort(tests);
    if (typeof this.pattern !== 'string' || this.pattern === '') return sorted;
    const files = filesFor(this.pattern, testFiles(this.rootDir));
    return files === null ? sorted : sorted.filter((t) => files.has(t.path));
  }
}

module.exports = TestFileSequencer;
