/**
 * The layers of docs/architecture.md, checked on the source: no import circle
 * (madge, type-only imports aside, as in .madgerc), and every runtime import
 * points to the same layer or one below it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import madge from 'madge';

const SRC = join(__dirname, '..', 'src');

/** Bottom first; a file may import its own layer and those before it ('index' is src/index.ts). */
const LAYERS = ['constants', 'storage', 'catalog', 'engine', 'jet', 'emulator', 'index', 'tour', 'testing', 'cli'] as const;
/** The package entry point (src/index.ts) sits above the emulator; the tour is a client of it. */
const ENTRY = 'index.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.ts') ? [path] : [];
  });
}

function layerOf(file: string): number {
  const rel = relative(SRC, file);
  if (rel === ENTRY) return LAYERS.indexOf('index');
  const top = rel.split(/[\\/]/)[0];
  const at = (LAYERS as readonly string[]).indexOf(top);
  if (at < 0) throw new Error(`${rel} is in no layer; add its folder to LAYERS and to docs/architecture.md`);
  return at;
}

/** Relative imports that exist at run time (`import type` and `export type` are erased). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  const re = /^(?:import|export)\s+(?!type\b)[^'";]*?from\s+'(\.[^']+)'/gm;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) found.push(resolve(dirname(file), m[1]) + '.ts');
  return found;
}

describe('architecture', () => {
  it('has no import circle', async () => {
    const result = await madge(SRC, {
      fileExtensions: ['ts'],
      tsConfig: join(__dirname, '..', 'tsconfig.json'),
      detectiveOptions: { ts: { skipTypeImports: true }, es6: { skipTypeImports: true } },
    });
    expect(result.circular()).toEqual([]);
  });

  it('imports only point down the layers (storage, catalog, engine, jet, emulator)', () => {
    const upward: string[] = [];
    for (const file of files(SRC)) {
      for (const target of runtimeImports(file)) {
        if (layerOf(target) > layerOf(file)) upward.push(`${relative(SRC, file)} -> ${relative(SRC, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('keeps every source file near 400 lines (generated constants aside)', () => {
    const long = files(SRC)
      .filter((f) => !relative(SRC, f).startsWith('constants'))
      .map((f) => [relative(SRC, f), readFileSync(f, 'utf8').split('\n').length] as const)
      .filter(([, n]) => n > 450);
    expect(long).toEqual([]);
  });
});
