/**
 * The package as a user gets it (issue 7, section 1): `npm pack` of this project installed into a scratch
 * project, and a fresh clone of it installed by its path into another; each then used the ways users use it: a
 * CommonJS program, an ES module program, the `esemu` command, the README's TypeScript blocks, a typed program
 * checked by `tsc --strict` with node16 and with bundler resolution (and a mistyped one that must not compile),
 * and jest + ts-jest test files with `setupFilesAfterEnv: ['esemu/jest']`. publint and @arethetypeswrong/cli check the
 * package's metadata. The expected outputs come from esent.h's rules (see consumers.ts).
 *
 * The package is built from dist/ (`npm run build`, which `npm ci` runs through `prepare`); when src/ is newer
 * than the build, the test builds first.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { CJS, ESM, JEST_CLEAN, JEST_LEAKY, MISTYPED, TYPED } from './consumers';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'node_modules', '.bin');
const NPM_FLAGS = ['--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];

function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs);
  }
  return t;
}

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): { status: number; out: string } {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 180_000 });
  return { status: r.status ?? -1, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

/** The README's TypeScript code blocks. */
function readmeBlocks(): string[] {
  return [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
}

let scratch = '';
let tarball = '';
/** The consumer projects: one with the tarball installed, one with a fresh clone installed by its path. */
const projects: Record<'tarball' | 'path', string> = { tarball: '', path: '' };

beforeAll(() => {
  const built = join(ROOT, 'dist', 'cjs', 'index.js');
  if (!existsSync(built) || statSync(built).mtimeMs < newest(join(ROOT, 'src'))) {
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe' });
  }
  scratch = mkdtempSync(join(tmpdir(), 'esemu-consumer-'));
  const packed = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], { cwd: ROOT, encoding: 'utf8' });
  tarball = join(scratch, (JSON.parse(packed) as Array<{ filename: string }>)[0].filename);
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  execFileSync('npm', ['install', tarball, ...NPM_FLAGS], { cwd: scratch, stdio: 'pipe' });
  projects.tarball = scratch;
  // A fresh clone installed by path: npm links it and runs its prepare, which installs what the build needs.
  const clone = join(scratch, 'clone');
  execFileSync('git', ['clone', '--quiet', ROOT, clone]);
  projects.path = join(scratch, 'by-path');
  execFileSync('mkdir', ['-p', projects.path]);
  writeFileSync(join(projects.path, 'package.json'), JSON.stringify({ name: 'by-path', version: '1.0.0', private: true }));
  execFileSync('npm', ['install', clone, ...NPM_FLAGS], { cwd: projects.path, stdio: 'pipe' });
}, 400_000);

afterAll(() => {
  if (scratch !== '') rmSync(scratch, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('holds the build, its types, README, LICENSE and docs, and nothing else (no tests, tools, bench, sources)', () => {
    const listed = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter((l) => l !== '');
    const top = new Set(listed.map((f) => f.replace(/^package\//, '').split('/')[0]));
    expect([...top].sort()).toEqual(['LICENSE', 'README.md', 'dist', 'docs', 'package.json']);
    expect(listed).toContain('package/dist/cjs/index.js');
    expect(listed).toContain('package/dist/cjs/index.d.ts');
    expect(listed).toContain('package/dist/esm/index.mjs');
    expect(listed).toContain('package/dist/esm/index.d.mts');
    expect(listed).toContain('package/dist/cjs/testing/jest.js');
    expect(listed).toContain('package/dist/cjs/managed/index.js');
    expect(listed).toContain('package/dist/esm/managed.mjs');
    expect(listed.some((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.endsWith('.d.mts'))).toBe(false);
  });

  it('has an up-to-date API reference in docs/api (npm run docs:api regenerates it with typedoc)', () => {
    const out = join(scratch, 'api');
    const r = run(join(BIN, 'typedoc'), ['--out', out], ROOT);
    expect(r.status).toBe(0);
    const files = (dir: string, base = dir): string[] => readdirSync(dir).flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? files(p, base) : [p.slice(base.length + 1)];
    }).sort();
    const committed = join(ROOT, 'docs', 'api');
    expect(files(committed)).toEqual(files(out));
    for (const f of files(out)) expect(`${f}: ${readFileSync(join(committed, f), 'utf8') === readFileSync(join(out, f), 'utf8') ? 'same' : 'stale'}`).toBe(`${f}: same`);
  });

  it('passes publint and @arethetypeswrong/cli', () => {
    const lint = run(join(BIN, 'publint'), ['run', tarball, '--strict'], ROOT);
    expect(lint.out).toMatch(/All good/);
    expect(lint.status).toBe(0);
    const attw = run(join(BIN, 'attw'), [tarball, '--format', 'json'], ROOT);
    const report = JSON.parse(attw.out.slice(attw.out.indexOf('{'))) as { analysis: { problems: unknown[] } };
    expect(report.analysis.problems).toEqual([]);
  });

});

describe.each(['tarball', 'path'] as const)('the package installed from its %s', (how) => {
  let project = '';
  beforeAll(() => {
    project = projects[how];
  });

    it('is installed (a link to the clone for the path install, a copy of the tarball otherwise)', () => {
      const link = lstatSync(join(project, 'node_modules', 'esemu')).isSymbolicLink();
      expect(link).toBe(how === 'path');
      expect(existsSync(join(project, 'node_modules', 'esemu', 'dist', 'cjs', 'index.js'))).toBe(true);
    });

    it('works from CommonJS: a session ended twice is InvalidSesid the second time', () => {
      writeFileSync(join(project, 'consumer.cjs'), CJS);
      const r = run('node', ['consumer.cjs'], project);
      expect(r.status).toBe(0);
      const got = JSON.parse(r.out) as { codes: number[]; success: number; invalid: number; emu: string };
      expect(got.success).toBe(0);
      expect(got.invalid).toBe(-1104);
      expect(got.codes).toEqual([0, 0, 0, 0, 0, -1104, 0]);
      expect(got.emu).toBe('function');
    });

    it('installs the esemu command: --help lists tour, repl and run; run prints a script\'s calls', () => {
      const bin = join(project, 'node_modules', '.bin', 'esemu');
      const help = run(bin, ['--help'], project);
      expect(help.status).toBe(0);
      expect(help.out).toMatch(/esemu repl/);
      writeFileSync(join(project, 'script.js'), "const i = out(); JetCreateInstance(i, 'cli'); JetInit(i); JetEndSession(99999, 0);\n");
      const script = run(bin, ['run', 'script.js'], project);
      expect(script.status).toBe(0);
      // A session handle nobody was given: InvalidSesid.
      expect(script.out).toMatch(/^JetInit\(.*\) = 0 JET_errSuccess$/m);
      expect(script.out).toMatch(/^JetEndSession\(99999, 0\) = -1104 JET_errInvalidSesid$/m);
    });

    it('runs every TypeScript block of the README against the installed package (tsc --strict checks them with the typed consumer)', () => {
      expect(readmeBlocks().length).toBeGreaterThanOrEqual(3);
      readmeBlocks().forEach((code, i) => {
        // Each block is a module of its own (it has imports): compiled to CommonJS as it is, and run.
        const js = ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } });
        writeFileSync(join(project, `readme${i}.cjs`), js.outputText);
        const r = run('node', [`readme${i}.cjs`], project);
        expect(`block ${i}: ${r.out}`).toBe(`block ${i}: `);
        expect(r.status).toBe(0);
      });
    });

    it('works from an ES module, sharing one copy of the state with CommonJS', () => {
      writeFileSync(join(project, 'consumer.mjs'), ESM);
      const r = run('node', ['consumer.mjs'], project);
      expect(r.status).toBe(0);
      // esemu/managed over the same default emulator: the ended session's handle throws InvalidSesid's exception.
      expect(JSON.parse(r.out)).toEqual({ codes: [0, 0, 0, 0, -1104, 0], invalid: -1104, same: true, managed: 'EsentInvalidSesidException' });
    });

    it.each([
      ['node16', ['--module', 'node16', '--moduleResolution', 'node16']],
      ['bundler', ['--module', 'esnext', '--moduleResolution', 'bundler']],
    ])('type-checks under tsc --strict with %s resolution (with the README blocks), and rejects a session passed as an instance', (_name, flags) => {
      writeFileSync(join(project, 'typed.ts'), TYPED);
      writeFileSync(join(project, 'mistyped.ts'), MISTYPED);
      const readme = readmeBlocks().map((code, i) => {
        writeFileSync(join(project, `readme${i}.ts`), code);
        return `readme${i}.ts`;
      });
      const common = ['--strict', '--noEmit', '--target', 'es2022', '--types', 'node', '--typeRoots', join(ROOT, 'node_modules', '@types'), ...flags];
      // One run over all: the only error is the mistyped program's (a JET_SESID where a JET_INSTANCE goes); the
      // typed consumer and the README's blocks compile.
      const r = run(join(BIN, 'tsc'), [...common, 'typed.ts', 'mistyped.ts', ...readme], project);
      const errors = r.out.split('\n').filter((l) => /error TS/.test(l));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^mistyped\.ts\(5,17\): error TS2345: .*JET_SESID.*JET_INSTANCE/);
    });

    it('runs jest + ts-jest tests with the helper: matchers, a clean emulator per test, a leak failing its test with where it was made', () => {
      writeFileSync(join(project, 'clean.test.ts'), JEST_CLEAN);
      writeFileSync(join(project, 'leaky.test.ts'), JEST_LEAKY);
      const config = {
        rootDir: project,
        testEnvironment: 'node',
        setupFilesAfterEnv: ['esemu/jest'],
        transform: { '^.+\\.ts$': [join(ROOT, 'node_modules', 'ts-jest'), { tsconfig: { strict: true, types: ['jest'], typeRoots: [join(ROOT, 'node_modules', '@types')] } }] },
        cacheDirectory: join(project, '.jest-cache'),
      };
      const r = run('node', [join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), '--config', JSON.stringify(config), '--json', '--outputFile', join(project, 'jest.json')], project);
      const result = JSON.parse(readFileSync(join(project, 'jest.json'), 'utf8')) as {
        numPassedTests: number; numFailedTests: number;
        testResults: Array<{ name: string; assertionResults: Array<{ title: string; status: string; failureMessages: string[] }> }>;
      };
      expect(r.status).toBe(1);
      const byFile = new Map(result.testResults.map((t) => [t.name.split(/[\\/]/).pop(), t.assertionResults]));
      expect(byFile.get('clean.test.ts')?.map((a) => a.status)).toEqual(['passed', 'passed', 'passed']);
      const leaky = byFile.get('leaky.test.ts') ?? [];
      expect(leaky.map((a) => a.status)).toEqual(['failed']);
      const message = leaky[0].failureMessages.join('\n');
      const line = (text: string) => JEST_LEAKY.split('\n').findIndex((l) => l.includes(text)) + 1;
      expect(message).toMatch(/the test left open 3 things/);
      const file = join(project, 'leaky.test.ts').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const site = (text: string) => `made at ${file}:${line(text)}:\\d+`;
      // Handles are opaque numbers: the report names them, the test only checks that they agree.
      const session = /session (\d+), made at/.exec(message)?.[1];
      expect(message).toMatch(new RegExp(`instance \\d+ "leaky" \\(initialized\\), ${site("JetCreateInstance(inst, 'leaky')")}`));
      expect(message).toMatch(new RegExp(`session ${session}, ${site('JetBeginSession(inst.value')}`));
      expect(message).toMatch(new RegExp(`a transaction of session ${session}, at level 1, ${site('JetBeginTransaction(ses.value)')}`));
    });
});
