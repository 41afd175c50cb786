// `npm run prepare`: build the package (dist/cjs, dist/esm). npm runs it on `npm ci` / `npm install` in this
// project, before `npm pack`, for a git dependency (after installing its dev dependencies), and for a folder
// dependency (`npm install /path/to/a/clone`), where npm links the folder and runs this script WITHOUT
// installing any of its dependencies. In that last case the runtime dependencies are installed from the lock file
// (`npm ci --omit=dev`: the linked package needs them at run time too), the build tools (typescript,
// @types/node: the versions in package.json) into .build-tools/, and the build runs with them.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

const local = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
if (existsSync(local) && existsSync(join(root, 'node_modules', '@types', 'node'))) {
  run(process.execPath, [local, '-p', 'tsconfig.package.json']);
} else {
  const dev = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies;
  const tools = join(root, '.build-tools');
  console.log('esemu: no dependencies installed here (a folder install?): installing them, and the build tools into .build-tools');
  run(npm, ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund']);
  run(npm, ['install', '--prefix', tools, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--ignore-scripts',
    `typescript@${dev.typescript}`, `@types/node@${dev['@types/node']}`]);
  run(process.execPath, [join(tools, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.package.json',
    '--typeRoots', join(tools, 'node_modules', '@types')]);
}
run(process.execPath, [join(root, 'tools', 'build-esm.mjs')]);
