// `npm run playground:build`: bundles the playground (playground/src/main.ts and the library it imports from src/)
// into one classic script with esbuild, and writes playground/dist/ (index.html, style.css, app.js): a static folder
// that works from any static host or a file:// open. The error matrix comes from docs/error-matrix.md.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

/** The table between the matrix markers of docs/error-matrix.md, as { columns, rows }. */
function readMatrix() {
  const doc = readFileSync(join(root, 'docs', 'error-matrix.md'), 'utf8');
  const body = doc.slice(doc.indexOf('<!-- matrix:begin -->'), doc.indexOf('<!-- matrix:end -->'));
  const lines = body.split('\n').filter((l) => l.startsWith('|'));
  const split = (l) => l.slice(1, -1).split('|').map((c) => c.trim());
  const [, ...columns] = split(lines[0]);
  const rows = lines.slice(2).map((l) => {
    const [api, ...cells] = split(l);
    return { api, cells };
  });
  if (columns.length === 0 || rows.length === 0) throw new Error('docs/error-matrix.md: no matrix between the markers');
  return { columns, rows };
}

/** Node built-ins the library uses, replaced by the page's stand-ins (playground/shims/). */
const shims = {
  name: 'node-shims',
  setup(b) {
    b.onResolve({ filter: /^node:(async_hooks|util)$/ }, (args) => ({
      path: join(here, 'shims', args.path === 'node:util' ? 'util.ts' : 'asyncHooks.ts'),
    }));
  },
};

/** Build into `out` (default playground/dist). */
export async function buildPlayground({ minify = true, out = join(here, 'dist') } = {}) {
  mkdirSync(out, { recursive: true });
  const result = await build({
    entryPoints: [join(here, 'src', 'main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify,
    sourcemap: false,
    legalComments: 'none',
    outfile: join(out, 'app.js'),
    define: { __ESEMU_MATRIX__: JSON.stringify(readMatrix()), 'process.env.NODE_ENV': '"production"' },
    plugins: [shims],
    logLevel: 'warning',
    metafile: true,
  });
  copyFileSync(join(here, 'index.html'), join(out, 'index.html'));
  copyFileSync(join(here, 'style.css'), join(out, 'style.css'));
  return { dir: out, metafile: result.metafile };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const { dir } = await buildPlayground(process.argv[2] === undefined ? {} : { out: process.argv[2] });
  console.log(`playground built in ${Date.now() - started} ms: ${join(dir, 'index.html')}`);
}
