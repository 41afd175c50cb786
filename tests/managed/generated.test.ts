/** src/managed/generated/ is what tools/gen-managed.mjs makes from data/*.tsv today: nobody edited it by hand. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

it('the committed generated files match a fresh run of tools/gen-managed.mjs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gen-managed-'));
  try {
    execFileSync(process.execPath, [join(root, 'tools/gen-managed.mjs')], { env: { ...process.env, GEN_MANAGED_OUT: dir } });
    for (const file of ['exceptions.ts', 'enums.ts']) {
      expect(readFileSync(join(dir, file), 'utf8')).toBe(readFileSync(join(root, 'src/managed/generated', file), 'utf8'));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
