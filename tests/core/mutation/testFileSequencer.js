// @ts-check
/**
 * Jest test sequencer for mutation runs only (stryker.config.json, jest.config.testSequencer; docs/testing.md).
 *
 * For each mutant Stryker's jest runner passes the names of the tests that cover it as testNamePattern but no
 * test files, so jest would load every test file (imports, describe bodies, module-level set-up) only to skip
 * most of their tests. This sequencer keeps only the files that hold a covering test, using the map of test
 * names to files that recordTestFiles.ts writes during Stryker's initial test run. Whenever it cannot tell
 * (no pattern, no map, a name missing from the map) it keeps every file, so it can cost time, never a kill.
 *
 * It also orders the kept files so that the run can stop early (bailRunner.js starts no file after one has
 * failed): by expected cost per kill, the file's cost (the time its covering tests took in the initial run, plus
 * a fixed cost for loading it) divided by its chance to kill, estimated from how often it failed among the
 * recent mutants of this process (bailRunner.js counts them). A quick, targeted file that has been killing the
 * neighbours of a mutant goes first, the slow model and fuzz files last. The order cannot change which tests
 * fail, only when the run stops.
 */
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

/** The map file, at the root of the (sandbox) project. */
const MAP_FILE = '.stryker-test-files.jsonl';

/** Per test file { runs, kills } kept by bailRunner.js in this process. */
const STATS = Symbol.for('esemu.mutation.fileStats');

/** The chance that a file kills a mutant, from its recent record and a prior of 1 kill in 4 runs. */
function killChance(path) {
  /** @type {Map<string, { runs: number, kills: number }> | undefined} */
  const stats = /** @type {any} */ (globalThis)[STATS];
  const s = stats?.get(path);
  return ((s?.kills ?? 0) + 1) / ((s?.runs ?? 0) + 4);
}

/** What loading one test file costs, in ms, on top of its tests (imports, describe bodies; measured roughly). */
const LOAD_MS = 300;

/**
 * @typedef {{ file: string, name: string, ms: number }} Recorded one test of the initial run
 * @type {{ size: number, names: Recorded[], lower: string[], memo: Map<string, Recorded[]> } | null}
 */
let cached = null;

/** The tests recorded so far, with their names lower-cased and a memo of matches, kept while the map is unchanged. */
function recorded(rootDir) {
  const path = join(rootDir, MAP_FILE);
  if (!existsSync(path)) return null;
  const text = readFileSync(path, 'utf8');
  if (cached !== null && cached.size === text.length) return cached;
  /** @type {Recorded[]} */
  const names = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const [file, name, ms] = JSON.parse(line);
    names.push({ file, name, ms: typeof ms === 'number' ? ms : 0 });
  }
  cached = { size: text.length, names, lower: names.map((n) => n.name.toLowerCase()), memo: new Map() };
  return cached;
}

/**
 * The recorded tests whose name one alternative of Stryker's pattern matches. Stryker escapes every regexp
 * character of a test name with a backslash, so removing those gives the name back. For a name in ASCII, a
 * lower-cased substring test finds every name jest's case-insensitive regexp matches (and possibly more, which
 * only costs time); any other name goes through the regexp itself.
 * @param {string} alternative
 * @param {NonNullable<typeof cached>} map
 */
function matching(alternative, map) {
  const known = map.memo.get(alternative);
  if (known !== undefined) return known;
  const literal = alternative.replace(/\\(.)/gs, '$1');
  /** @type {Recorded[]} */
  const found = [];
  if (/^[\x00-\x7f]*$/.test(literal)) {
    const lower = literal.toLowerCase();
    map.lower.forEach((name, i) => {
      if (name.includes(lower)) found.push(map.names[i]);
    });
  } else {
    const re = new RegExp(alternative, 'i');
    for (const n of map.names) if (re.test(n.name)) found.push(n);
  }
  map.memo.set(alternative, found);
  return found;
}

/**
 * The files holding a test each alternative of Stryker's pattern, `(name1)|(name2)|...` with every name
 * regexp-escaped, matches (as jest matches testNamePattern: case-insensitive, anywhere in the name), each with
 * its cost (LOAD_MS plus the recorded time of its matching tests); null when some alternative matches no
 * recorded test.
 * @param {string} pattern
 * @param {typeof cached} map
 */
function filesFor(pattern, map) {
  if (map === null || !pattern.startsWith('(') || !pattern.endsWith(')')) return null;
  /** @type {Map<string, number>} */
  const files = new Map();
  /** @type {Set<Recorded>} */
  const counted = new Set();
  for (const alternative of pattern.slice(1, -1).split(')|(')) {
    const found = matching(alternative, map);
    if (found.length === 0) return null;
    for (const n of found) {
      if (counted.has(n)) continue;
      counted.add(n);
      files.set(n.file, (files.get(n.file) ?? LOAD_MS) + n.ms);
    }
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
    const files = filesFor(this.pattern, recorded(this.rootDir));
    if (files === null) return sorted;
    /** @type {Map<string, number>} */
    const rank = new Map();
    for (const [path, cost] of files) rank.set(path, cost / killChance(path));
    const cost = (/** @type {{ path: string }} */ t) => rank.get(t.path) ?? 0;
    return sorted
      .filter((t) => files.has(t.path))
      .sort((a, b) => cost(a) - cost(b) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
}

module.exports = TestFileSequencer;
